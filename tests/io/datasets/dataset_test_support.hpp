// SPDX-License-Identifier: MIT
// What the real-dataset tests share: where a dataset's excerpt and full files are, loading one
// input of a format, finding a relation by id, and the diagnostic lines and error codes of a
// report.
#pragma once

#include <filesystem>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>

#include <geokg/core/date.hpp>
#include <geokg/core/knowledge_graph.hpp>
#include <geokg/io/load.hpp>

namespace geokg::test {

/// Loads one file or folder in `format`, collecting errors by default.
inline io::load_result load_as(std::string_view format, const std::filesystem::path& path,
                               io::error_mode mode = io::error_mode::collect) {
  const io::input in{std::string(format), path, {}};
  io::load_options options;
  options.on_error = mode;
  return io::load(std::span<const io::input>(&in, 1), options);
}

/// A real dataset's test inputs: its `-i` format, and its folder both among the excerpts kept in
/// tests/data/real/ and among the full files of ../shared/data/real/ (absent on most machines).
struct real_dataset {
  std::string_view format;
  std::string_view folder;

  /// The excerpt folder.
  std::filesystem::path excerpt() const {
    return std::filesystem::path(GEOKG_TEST_DATA_DIR) / "real" / folder;
  }
  /// A file of the excerpt folder.
  std::filesystem::path excerpt(std::string_view file) const { return excerpt() / file; }
  /// The folder of the full files.
  std::filesystem::path full() const {
    return std::filesystem::path(GEOKG_SHARED_DIR) / "data" / "real" / folder;
  }
  /// A full file.
  std::filesystem::path full(std::string_view file) const { return full() / file; }
  /// Loads a file or folder in this dataset's format, collecting errors by default.
  io::load_result load(const std::filesystem::path& path,
                       io::error_mode mode = io::error_mode::collect) const {
    return load_as(format, path, mode);
  }
};

/// A suite of tests on one full real file, loaded once for all of them (it takes seconds) and
/// skipped when the file is absent. `Suite` derives from it and says which file:
/// `static std::filesystem::path full_file()` and `static io::load_result load_full()`.
template <class Suite>
class loaded_once : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    if (std::filesystem::exists(Suite::full_file()))
      result_ = std::make_unique<io::load_result>(Suite::load_full());
  }
  static void TearDownTestSuite() { result_.reset(); }
  void SetUp() override {
    if (!result_) GTEST_SKIP() << Suite::full_file() << " is absent";
  }
  static inline std::unique_ptr<io::load_result> result_;
};

/// A date the test writes itself ("1914-07-28"), so known to parse.
inline date day(std::string_view text) {
  return *parse_date(text);
}

/// A relation found by its statement id (`rel` is null if there is none).
struct loaded_relation {
  const relation* rel = nullptr;
  statement_ref ref{};
};

inline loaded_relation relation_named(const knowledge_graph& g, std::string_view id) {
  const auto s = g.find_statement(id);
  if (!s || s->kind != statement_kind::relation) return {};
  return {&g.relation_at(s->as_relation()), *s};
}

/// The report's error diagnostics as `file:line:column: error: ...` lines.
inline std::vector<std::string> errors_of(const io::load_report& r) {
  std::vector<std::string> out;
  for (const auto& d : r.diagnostics)
    if (d.level == severity::error) out.push_back(to_string(d));
  return out;
}

/// The report's diagnostics, one line each, for failure messages.
inline std::string diagnostics_text(const io::load_report& r) {
  std::string out;
  for (const auto& d : r.diagnostics)
    out += to_string(d) + "\n";
  return out;
}

/// The report's diagnostics with one error id, as lines.
inline std::vector<std::string> messages_with(const io::load_report& r, errc code) {
  std::vector<std::string> out;
  for (const auto& d : r.diagnostics)
    if (d.code == code) out.push_back(to_string(d));
  return out;
}

/// The error ids of the report's errors, in order.
inline std::vector<errc> error_codes_of(const io::load_report& r) {
  std::vector<errc> out;
  for (const auto& d : r.diagnostics)
    if (d.level == severity::error) out.push_back(d.code);
  return out;
}

}  // namespace geokg::test
