// SPDX-License-Identifier: MIT
// PLOVER categories and the CAMEO -> PLOVER table (the built-in one is CAMEO2PLOVER-2021.txt).

#include "geokg/events/plover.hpp"

#include <fstream>
#include <sstream>

#include "geokg/core/error.hpp"
#include "reader_common.hpp"

namespace geokg::events {
namespace {

constexpr std::array<std::string_view, plover_category_count + 1> names = {
    "",        "AGREE",    "CONSULT",  "SUPPORT", "CONCEDE", "COOPERATE",
    "AID",     "RETREAT",  "REQUEST",  "ACCUSE",  "REJECT",  "THREATEN",
    "PROTEST", "SANCTION", "MOBILIZE", "COERCE",  "ASSAULT"};

constexpr std::uint8_t ambiguous = 0xFF;

constexpr std::string_view builtin_text =
#include "cameo2plover_2021.inc"
    ;

std::string_view trim(std::string_view s) noexcept {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
    s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
    s.remove_suffix(1);
  return s;
}

// The slot of a 2-4 digit code; -1 otherwise.
int slot_of(std::string_view code) noexcept {
  if (code.size() < 2 || code.size() > 4 || !detail::digits(code)) return -1;
  int v = 0;
  for (const char c : code)
    v = v * 10 + (c - '0');
  return code.size() == 2 ? v : code.size() == 3 ? 100 + v : 1100 + v;
}

}  // namespace

std::string_view to_string(plover_category category) noexcept {
  const auto i = static_cast<std::size_t>(category);
  return i < names.size() ? names[i] : std::string_view{};
}

std::optional<plover_category> parse_plover_category(std::string_view name) noexcept {
  for (std::size_t i = 1; i < names.size(); ++i) {
    const auto n = names[i];
    if (n.size() == name.size() && std::equal(n.begin(), n.end(), name.begin(), [](char a, char b) {
          return a == (b >= 'a' && b <= 'z' ? static_cast<char>(b - 'a' + 'A') : b);
        }))
      return static_cast<plover_category>(i);
  }
  return std::nullopt;
}

std::uint8_t quad_class_of(plover_category category) noexcept {
  switch (category) {
    case plover_category::none:
      return 0;
    case plover_category::agree:
    case plover_category::consult:
    case plover_category::support:
    case plover_category::concede:
      return 1;
    case plover_category::cooperate:
    case plover_category::aid:
    case plover_category::retreat:
      return 2;
    case plover_category::request:
    case plover_category::accuse:
    case plover_category::reject:
    case plover_category::threaten:
      return 3;
    case plover_category::protest:
    case plover_category::sanction:
    case plover_category::mobilize:
    case plover_category::coerce:
    case plover_category::assault:
      return 4;
  }
  return 0;
}

std::uint8_t quad_class_of_cameo_root(std::uint8_t root) noexcept {
  if (root >= 1 && root <= 5) return 1;
  if (root >= 6 && root <= 8) return 2;
  if (root >= 9 && root <= 13) return 3;
  if (root >= 14 && root <= 20) return 4;
  return 0;
}

const cameo_plover& cameo_plover::builtin() {
  // Immutable once built (a constant of the library, like the state table), so sharing one
  // instance between threads is safe; a parse error here would be a geokg bug.
  static const cameo_plover table = parse(builtin_text, "CAMEO2PLOVER-2021.txt (built in)");
  return table;
}

cameo_plover cameo_plover::parse(std::string_view text, const std::string& where) {
  cameo_plover out;
  std::uint32_t line_no = 0;
  while (!text.empty()) {
    ++line_no;
    const auto nl = text.find('\n');
    const std::string_view raw = text.substr(0, nl);
    text.remove_prefix(nl == std::string_view::npos ? text.size() : nl + 1);
    std::string_view line = raw;
    if (const auto hash = line.find('#'); hash != std::string_view::npos)
      line = line.substr(0, hash);
    line = trim(line);
    // The 2021 file ends with a line of tildes, a separator rather than a mapping.
    if (line.empty() || line.find_first_not_of('~') == std::string_view::npos) continue;
    const auto col = [&](std::string_view part) {
      return static_cast<std::uint32_t>(part.data() - raw.data() + 1);
    };
    const auto colon = line.find(':');
    const auto code = trim(line.substr(0, colon));
    const int slot = slot_of(code);
    if (colon == std::string_view::npos || slot < 0)
      throw data_error(errc::malformed_csv,
                       "expected 'CAMEO_CODE: PLOVER_EVENT, mode, context', with a code of 2 to 4 "
                       "digits",
                       location{where, line_no, col(line), {}});
    auto rest = line.substr(colon + 1);
    const auto name = trim(rest.substr(0, rest.find(',')));
    const auto category = parse_plover_category(name);
    if (!category)
      throw data_error(errc::invalid_value,
                       "'" + std::string(name) + "' is not a PLOVER event category",
                       location{where, line_no, col(name.empty() ? rest : name), "event"});
    auto& slot_value = out.by_code_[static_cast<std::size_t>(slot)];
    const auto value = static_cast<std::uint8_t>(*category);
    if (slot_value == 0) {
      slot_value = value;
      ++out.size_;
    } else if (slot_value != value) {
      // Root lines may name two categories (08: CONCEDE and 08: RETREAT); codes may not.
      if (code.size() != 2)
        throw data_error(errc::invalid_value,
                         "CAMEO code " + std::string(code) + " is mapped to " +
                             std::string(to_string(static_cast<plover_category>(slot_value))) +
                             " and to " + std::string(name),
                         location{where, line_no, col(code), "code"});
      slot_value = ambiguous;
    }
  }
  return out;
}

cameo_plover cameo_plover::read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in)
    throw data_error(errc::io_error, "cannot open the CAMEO -> PLOVER table",
                     location{path.string(), 0, 0, {}});
  std::ostringstream text;
  text << in.rdbuf();
  return parse(text.str(), path.string());
}

plover_category cameo_plover::of(std::string_view code) const noexcept {
  const int slot = slot_of(code);
  if (slot < 0) return plover_category::none;
  const auto at = [&](std::string_view c) -> std::uint8_t {
    return by_code_[static_cast<std::size_t>(slot_of(c))];
  };
  std::uint8_t v = by_code_[static_cast<std::size_t>(slot)];
  if (v == 0 && code.size() == 4) v = at(code.substr(0, 3));
  if (v == 0 && code.size() > 2) v = at(code.substr(0, 2));
  return v == ambiguous ? plover_category::none : static_cast<plover_category>(v);
}

}  // namespace geokg::events
