#pragma once
// SPDX-License-Identifier: MIT
// Escaping text for XML (GraphML, GEXF, SVG), shared by every XML writer of geokg.

#include <string>
#include <string_view>

namespace geokg::io::detail {

/// `text` as XML character data or attribute value: `&`, `<`, `>`, `"` and `'` as entities; tab,
/// line feed and carriage return as character references (so that attribute-value normalisation
/// keeps them); the other control characters, which XML 1.0 cannot carry, dropped (writers that
/// must not lose text check for them first).
inline std::string xml_text(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&apos;";
        break;
      case '\t':
        out += "&#9;";
        break;
      case '\n':
        out += "&#10;";
        break;
      case '\r':
        out += "&#13;";
        break;
      default:
        if (static_cast<unsigned char>(c) >= 0x20 || (c & 0x80) != 0) out += c;
    }
  }
  return out;
}

}  // namespace geokg::io::detail
