#pragma once
// SPDX-License-Identifier: MIT
// geokg's exception hierarchy: one base, bad input, unknown lookups, broken invariants.

#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>

#include "geokg/core/diagnostic.hpp"
#include "geokg/core/errc.hpp"
#include "geokg/core/location.hpp"

namespace geokg {

/// Base of every exception geokg throws, so that one `catch (const geokg::error&)` covers it.
class error : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// Bad input: a malformed file, an impossible date, an unknown actor id in a relation.
///
/// `what()` is the full diagnostic line (`path:line:col: error: message [geokg.id]`); the parts
/// are available separately. Thrown by loaders in stop mode and by programmatic construction
/// (with an empty location).
class data_error : public error {
 public:
  data_error(errc code, std::string message, location where = {})
      : error(to_string(diagnostic{severity::error, code, where, message})),
        diagnostic_{severity::error, code, std::move(where), std::move(message)} {}

  /// The same, naming the field of the record (or argument) that is wrong, for callers that
  /// locate it: `field` is not part of `what()`.
  ///
  /// **Example**
  /// ```
  /// throw geokg::data_error(geokg::errc::unknown_actor, "unknown actor 'KOR1' in field 'target'",
  ///                         {}, "target");
  /// ```
  data_error(errc code, std::string message, location where, std::string field)
      : data_error(code, std::move(message), std::move(where)) {
    field_ = std::move(field);
  }

  /// Throws a diagnostic as an error (whatever its level was: a thrown diagnostic is an error).
  explicit data_error(diagnostic d) : data_error(as_error(std::move(d)), 0) {}

  /// The stable error id.
  errc code() const noexcept { return diagnostic_.code; }
  /// Where the offending text is (empty for data built through the C++ API).
  const location& where() const noexcept { return diagnostic_.where; }
  /// The message without location and id.
  const std::string& message() const noexcept { return diagnostic_.message; }
  /// The whole diagnostic.
  const diagnostic& as_diagnostic() const noexcept { return diagnostic_; }
  /// The field of the record the error is about, as the thrower named it (`target`, `id`,
  /// `citations`, `weight`: the names of the spec's members, which are the JSON and CSV field
  /// names), or empty if it named none. Unlike `where().field`, which is the position in a file
  /// (`/relations/41/target`), this is set by code that knows the record but not the file: the
  /// knowledge graph's checks, so that a loader can locate them without reading the message.
  std::string_view field() const noexcept { return field_; }

 private:
  static diagnostic as_error(diagnostic d) {
    d.level = severity::error;
    return d;
  }
  data_error(diagnostic d, int) : error(to_string(d)), diagnostic_(std::move(d)) {}

  diagnostic diagnostic_;
  std::string field_;
};

/// An id passed to an API (an actor, statement or source id) that the graph does not hold.
/// Thrown by the `*_at` accessors; the `find_*` accessors return an empty optional instead.
class lookup_error : public error {
 public:
  using error::error;
};

/// A broken invariant inside geokg: a bug in geokg, never a problem with the input.
class internal_error : public error {
 public:
  using error::error;
};

namespace detail {
[[noreturn]] inline void assertion_failed(const char* condition, const char* file, int line) {
  throw internal_error(std::string("geokg internal error: ") + condition + " failed at " + file +
                       ":" + std::to_string(line));
}
}  // namespace detail

}  // namespace geokg

/// Checks an internal invariant and throws `geokg::internal_error` if it does not hold. Never used
/// to validate input: input errors are `data_error`s with a location.
#define GEOKG_ASSERT(condition)       \
  ((condition) ? static_cast<void>(0) \
               : ::geokg::detail::assertion_failed(#condition, __FILE__, __LINE__))
