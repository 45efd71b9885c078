// SPDX-License-Identifier: MIT
// Window arithmetic and the rule file format.

#include "geokg/events/rule.hpp"

#include <algorithm>
#include <charconv>
#include <fstream>
#include <sstream>

#include "civil.hpp"
#include "geokg/core/error.hpp"
#include "geokg/events/plover.hpp"

namespace geokg::events {
namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
    s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
    s.remove_suffix(1);
  return s;
}

std::vector<std::string_view> split_list(std::string_view s) {
  std::vector<std::string_view> out;
  if (trim(s).empty()) return out;
  for (;;) {
    const auto comma = s.find(',');
    out.push_back(trim(s.substr(0, comma)));
    if (comma == std::string_view::npos) break;
    s.remove_prefix(comma + 1);
  }
  return out;
}

bool all_digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::optional<std::uint32_t> to_u32(std::string_view s) {
  std::uint32_t v = 0;
  const auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (s.empty() || ec != std::errc{} || p != s.data() + s.size()) return std::nullopt;
  return v;
}

}  // namespace

std::string_view to_string(window_unit unit) noexcept {
  switch (unit) {
    case window_unit::day:
      return "day";
    case window_unit::week:
      return "week";
    case window_unit::month:
      return "month";
    case window_unit::quarter:
      return "quarter";
    case window_unit::year:
      return "year";
  }
  return "month";
}

std::optional<window_unit> parse_window_unit(std::string_view name) noexcept {
  for (const auto u : {window_unit::day, window_unit::week, window_unit::month,
                       window_unit::quarter, window_unit::year})
    if (to_string(u) == name) return u;
  return std::nullopt;
}

std::int32_t window_start(window_unit unit, std::int32_t day) noexcept {
  switch (unit) {
    case window_unit::day:
      return day;
    case window_unit::week: {
      // 1970-01-01 was a Thursday: (day + 3) mod 7 is 0 on Mondays.
      const int offset = ((day + 3) % 7 + 7) % 7;
      return day - offset;
    }
    case window_unit::month:
    case window_unit::quarter:
    case window_unit::year: {
      const auto c = detail::civil_from_days(day);
      const unsigned m = unit == window_unit::month     ? c.m
                         : unit == window_unit::quarter ? (c.m - 1) / 3 * 3 + 1
                                                        : 1;
      return detail::days_from_civil(c.y, m, 1);
    }
  }
  return day;
}

std::int32_t window_end(window_unit unit, std::int32_t start) noexcept {
  switch (unit) {
    case window_unit::day:
      return start + 1;
    case window_unit::week:
      return start + 7;
    default:
      break;
  }
  const auto c = detail::civil_from_days(start);
  const unsigned step = unit == window_unit::month ? 1 : unit == window_unit::quarter ? 3 : 12;
  unsigned m = c.m + step;
  int y = c.y;
  while (m > 12) {
    m -= 12;
    ++y;
  }
  return detail::days_from_civil(y, m, 1);
}

aggregation_rule parse_rule(std::string_view text, const std::string& where) {
  aggregation_rule rule;
  std::uint32_t line_no = 0;
  while (!text.empty()) {
    ++line_no;
    const auto nl = text.find('\n');
    const std::string_view raw = text.substr(0, nl);
    text.remove_prefix(nl == std::string_view::npos ? text.size() : nl + 1);
    std::string_view line = raw;
    if (const auto hash = line.find('#'); hash != std::string_view::npos)
      line = line.substr(0, hash);
    if (trim(line).empty()) continue;
    const auto col = [&](std::string_view part) {
      return static_cast<std::uint32_t>(part.data() - raw.data() + 1);
    };
    const auto eq = line.find('=');
    if (eq == std::string_view::npos)
      throw data_error(errc::malformed_csv, "expected 'key = value'",
                       location{where, line_no, col(trim(line)), {}});
    const auto key = trim(line.substr(0, eq));
    const auto value = trim(line.substr(eq + 1));
    const auto fail = [&](const std::string& message) {
      throw data_error(
          errc::invalid_value, message,
          location{where, line_no, col(value.empty() ? line.substr(eq) : value), std::string(key)});
    };
    if (key == "window") {
      const auto u = parse_window_unit(value);
      if (!u) fail("window '" + std::string(value) + "' is not day, week, month, quarter or year");
      rule.window = *u;
    } else if (key == "directed") {
      if (value != "true" && value != "false") fail("directed is true or false");
      rule.directed = value == "true";
    } else if (key == "quad_classes") {
      rule.quad_classes = 0;
      for (const auto q : split_list(value)) {
        if (q.size() != 1 || q[0] < '1' || q[0] > '4')
          fail("QuadClass '" + std::string(q) + "' is not 1, 2, 3 or 4");
        rule.quad_classes = static_cast<std::uint8_t>(rule.quad_classes | (1U << (q[0] - '1')));
      }
      if (rule.quad_classes == 0) fail("quad_classes names no QuadClass");
    } else if (key == "code_prefixes") {
      rule.code_prefixes.clear();
      for (const auto c : split_list(value)) {
        if (!all_digits(c) || c.size() > 4)
          fail("CAMEO code prefix '" + std::string(c) + "' is not 1 to 4 digits");
        rule.code_prefixes.emplace_back(c);
      }
    } else if (key == "plover") {
      rule.plover_categories = 0;
      for (const auto c : split_list(value)) {
        const auto category = parse_plover_category(c);
        if (!category)
          fail("'" + std::string(c) + "' is not a PLOVER category (AGREE ... ASSAULT)");
        rule.plover_categories |= 1U << (static_cast<unsigned>(*category) - 1U);
      }
    } else if (key == "min_events") {
      const auto v = to_u32(value);
      if (!v) fail("min_events '" + std::string(value) + "' is not a count");
      rule.min_events = *v;
    } else if (key == "goldstein_threshold") {
      const auto dot = value.find('.');
      const auto whole = value.substr(0, dot);
      const auto frac = dot == std::string_view::npos ? std::string_view{} : value.substr(dot + 1);
      const auto w = to_u32(whole);
      if (!w || *w > 10 ||
          (dot != std::string_view::npos && (frac.size() != 1 || !all_digits(frac))))
        fail("goldstein_threshold '" + std::string(value) +
             "' is not a number from 0 to 10 with at most one decimal");
      rule.goldstein_threshold10 =
          static_cast<std::int32_t>(*w * 10) + (frac.empty() ? 0 : frac[0] - '0');
    } else if (key == "evidence") {
      if (value == "all") {
        rule.evidence.reset();
      } else {
        const auto v = to_u32(value);
        if (!v) fail("evidence '" + std::string(value) + "' is not a count or 'all'");
        rule.evidence = *v;
      }
    } else {
      throw data_error(errc::unknown_field,
                       "unknown rule key '" + std::string(key) +
                           "' (window, directed, quad_classes, code_prefixes, plover, min_events, "
                           "goldstein_threshold, evidence)",
                       location{where, line_no, col(key), {}});
    }
  }
  return rule;
}

aggregation_rule read_rule_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in)
    throw data_error(errc::io_error, "cannot open the rule file",
                     location{path.string(), 0, 0, {}});
  std::ostringstream text;
  text << in.rdbuf();
  return parse_rule(text.str(), path.string());
}

std::string to_text(const aggregation_rule& rule) {
  std::string out = "window = " + std::string(to_string(rule.window)) + "\n";
  out += std::string("directed = ") + (rule.directed ? "true" : "false") + "\n";
  out += "quad_classes = ";
  bool first = true;
  for (int q = 0; q < 4; ++q)
    if ((rule.quad_classes >> q) & 1U) {
      out += (first ? "" : ",") + std::to_string(q + 1);
      first = false;
    }
  out += "\ncode_prefixes = ";
  for (std::size_t i = 0; i < rule.code_prefixes.size(); ++i)
    out += (i ? "," : "") + rule.code_prefixes[i];
  out += "\nplover = ";
  first = true;
  for (std::size_t c = 1; c <= plover_category_count; ++c)
    if ((rule.plover_categories >> (c - 1)) & 1U) {
      out += (first ? "" : ",") + std::string(to_string(static_cast<plover_category>(c)));
      first = false;
    }
  out += "\nmin_events = " + std::to_string(rule.min_events) + "\n";
  out += "goldstein_threshold = " + std::to_string(rule.goldstein_threshold10 / 10) + "." +
         std::to_string(rule.goldstein_threshold10 % 10) + "\n";
  out +=
      "evidence = " + (rule.evidence ? std::to_string(*rule.evidence) : std::string("all")) + "\n";
  return out;
}

}  // namespace geokg::events
