#pragma once
// SPDX-License-Identifier: MIT
// Text-to-model conversions shared by the JSON and CSV loaders, each failing with a located,
// quoted error (the same message whatever the format).

#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>

#include "geokg/core/actor_id.hpp"
#include "geokg/core/actor_kind.hpp"
#include "geokg/core/claim.hpp"
#include "geokg/core/date.hpp"
#include "geokg/core/diagnostic.hpp"
#include "geokg/core/event.hpp"
#include "geokg/core/external_code.hpp"
#include "geokg/core/interval.hpp"
#include "geokg/core/relation_kind.hpp"
#include "geokg/core/source.hpp"
#include "geokg/core/statement.hpp"

namespace geokg::io::detail {

/// Thrown while converting one record; the loader turns it into a rejection of that record.
struct record_error {
  diagnostic d;
};

[[noreturn]] inline void fail(errc code, std::string message, location where) {
  throw record_error{diagnostic{severity::error, code, std::move(where), std::move(message)}};
}

inline std::string quote_text(std::string_view text) {
  constexpr std::size_t max_shown = 60;
  std::string out = "'";
  out +=
      text.size() > max_shown ? std::string(text.substr(0, max_shown)) + "..." : std::string(text);
  return out + "'";
}

inline date to_date(std::string_view text, const location& where) {
  if (auto d = parse_date(text)) return *d;
  fail(errc::invalid_date, "invalid date " + quote_text(text), where);
}

inline actor_id to_actor_id(std::string_view text, const location& where) {
  if (auto id = parse_actor_id(text)) return *id;
  fail(errc::invalid_id, "invalid actor id " + quote_text(text), where);
}

inline std::string to_statement_id(std::string_view text, const location& where) {
  if (!is_valid_id(text)) fail(errc::invalid_id, "invalid id " + quote_text(text), where);
  return std::string(text);
}

inline relation_kind to_relation_kind(std::string_view text, const location& where) {
  if (auto k = parse_relation_kind(text)) return *k;
  fail(errc::unknown_relation_kind, "unknown relation kind " + quote_text(text), where);
}

template <class Enum, class Parse>
Enum to_enum(std::string_view text, const char* what, Parse parse, const location& where) {
  if (auto v = parse(text)) return *v;
  fail(errc::invalid_value, std::string("unknown ") + what + " " + quote_text(text), where);
}

/// Builds an interval from optional start and end dates, with the end located for errors.
inline interval to_interval(std::optional<date> start, std::optional<date> end,
                            const location& end_where) {
  if (auto i = interval::make(start, end)) return *i;
  fail(errc::end_before_start,
       "end " + to_string(*end) + " is not after start " + to_string(*start), end_where);
}

inline interval to_interval_text(std::string_view text, const location& where) {
  const auto slash = text.find('/');
  if (auto i = parse_interval(text)) return *i;
  // Say which part is wrong: a date, or the order.
  if (slash == std::string_view::npos)
    fail(errc::invalid_date, "invalid date " + quote_text(text), where);
  for (auto part : {text.substr(0, slash), text.substr(slash + 1)}) {
    if (!part.empty() && part != ".." && !parse_date(part))
      fail(errc::invalid_date, "invalid date " + quote_text(part), where);
  }
  fail(errc::end_before_start, "interval " + quote_text(text) + " ends before it starts", where);
}

}  // namespace geokg::io::detail
