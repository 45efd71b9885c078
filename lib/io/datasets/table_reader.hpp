#pragma once
// SPDX-License-Identifier: MIT
// Row-by-row access to the headed tables of real datasets (CSV or TSV), with every cell located.

#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "../csv_reader.hpp"
#include "../field_parsers.hpp"
#include "../record_origin.hpp"
#include "geokg/core/location.hpp"

namespace geokg::io::detail {

/// How a table is written.
enum class table_dialect : std::uint8_t {
  csv,            ///< RFC 4180 with a header line (CRLF, LF and bare CR line ends all accepted).
  tsv,            ///< Tab-separated with a header line, no quoting (GDELT lookups).
  tsv_headerless  ///< Tab-separated without a header (GDELT's raw exports); columns by index.
};

/// Reads a table from text that outlives the reader. Cells are views valid until the next `next`.
///
/// A row whose field count differs from the header's is malformed: `next` throws `record_error`
/// for it (the caller rejects the row and may call `next` again), as for any CSV syntax error.
class table_reader {
 public:
  /// @param path the display name for locations; it must outlive the reader (intern it).
  /// @throws record_error if the header line itself is malformed or missing.
  table_reader(std::string_view text, const std::string* path,
               table_dialect dialect = table_dialect::csv);

  /// The position of a header column, or nullopt.
  std::optional<std::size_t> column(std::string_view name) const;
  /// The position of a column the table must have.
  /// @throws record_error `missing_field` located at the header.
  std::size_t require(std::string_view name) const;
  /// The header's names.
  const std::vector<std::string>& header() const noexcept { return header_; }

  /// Reads the next row; false at the end.
  /// @throws record_error for a malformed row (then the reader goes on with the next line).
  bool next();

  /// Fields in the current row.
  std::size_t size() const noexcept { return cells_.size(); }
  /// A cell of the current row ("" past its end).
  std::string_view operator[](std::size_t col) const noexcept {
    return col < cells_.size() ? cells_[col].value : std::string_view{};
  }
  /// Where a cell is (the column's header name as the field).
  location where(std::size_t col) const;
  /// Where the current row starts.
  location where() const;
  /// The 1-based line of the current row.
  std::uint64_t line() const noexcept { return line_; }
  /// Rows returned or rejected so far (the header not counted).
  std::uint64_t rows() const noexcept { return rows_; }
  /// The origin of the current row for the graph builder, with the positions of `cols` under
  /// their header names (so diagnostics about e.g. a relation's target point at its cell).
  record_origin origin(std::initializer_list<std::size_t> cols = {}) const;
  /// Pairs a builder field name with a column (the builder's names are "source", "target",
  /// "start", ...; a dataset's are "ccode1", "styear", ...).
  record_origin origin_as(std::initializer_list<std::pair<const char*, std::size_t>> fields) const;

 private:
  struct cell {
    std::string_view value;
    std::uint32_t column = 0;
  };
  bool next_csv();
  bool next_tsv();
  [[noreturn]] void fail_row(errc code, const std::string& message, std::uint32_t column) const;

  const std::string* path_;
  table_dialect dialect_;
  std::optional<csv_reader> csv_;
  csv_record record_;
  std::string_view rest_;        // TSV: unread text
  std::uint64_t next_line_ = 1;  // TSV: line of `rest_`
  std::vector<std::string> header_;
  std::vector<cell> cells_;
  std::vector<std::uint32_t> cell_lines_;  // CSV: a quoted cell may start on a later line
  std::uint64_t line_ = 0;
  std::uint64_t rows_ = 0;
};

/// An integer cell; `std::nullopt` for an empty cell.
/// @throws record_error `wrong_type` if the cell is not an integer.
std::optional<std::int64_t> int_cell(const table_reader& t, std::size_t col);
/// A decimal cell; `std::nullopt` for an empty cell.
/// @throws record_error `wrong_type` if the cell is not a number.
std::optional<double> double_cell(const table_reader& t, std::size_t col);

}  // namespace geokg::io::detail
