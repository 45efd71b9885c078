// SPDX-License-Identifier: MIT
// Fuzz target: the geokg JSON loader on in-memory text (io::parse_json), in both error modes.

#include <cstddef>
#include <cstdint>
#include <string_view>

#include <geokg/io/json.hpp>

#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  for (const auto mode : {geokg::io::error_mode::stop, geokg::io::error_mode::collect}) {
    try {
      auto r = geokg::io::parse_json(text, "fuzz.json", {.on_error = mode});
      geokg::fuzz::format_diagnostics(r.report);
    } catch (const geokg::data_error&) {
      // A located data_error is the expected answer to a bad input; any other exception
      // (internal_error from a GEOKG_ASSERT included) escapes and is a finding.
    }
  }
  return 0;
}
