#pragma once
// SPDX-License-Identifier: MIT
// Writing CSV (RFC 4180): fields quoted where needed, records field by field. Every CSV text
// geokg writes goes through here (the graph's tables, the neo4j export, the CLI's tables and
// results), so that one field is quoted one way everywhere.

#include <cstdint>
#include <initializer_list>
#include <iosfwd>
#include <span>
#include <string>
#include <string_view>

#include "geokg/io/json_writer.hpp"  // detail::number_integer

namespace geokg::io {

/// When a CSV field is put in double quotes.
enum class csv_quoting : std::uint8_t {
  minimal,      ///< Only where RFC 4180 needs it: a comma, a double quote, CR or LF in the field.
  edge_spaces,  ///< Also where the field begins or ends with a space, so that readers which trim
                ///< unquoted fields keep it (geokg's own tables, docs/format.md).
};

/// Writes one field: as it is, or (where `quoting` asks for it) in double quotes with every
/// double quote inside doubled.
void write_csv_field(std::ostream& out, std::string_view text,
                     csv_quoting quoting = csv_quoting::minimal);

/// How a `csv_writer` writes its records.
struct csv_layout {
  csv_quoting quoting = csv_quoting::minimal;  ///< Which fields are quoted.
  /// What ends a record: RFC 4180's CRLF by default; `"\n"` for tools that expect it.
  std::string_view line_end = "\r\n";
};

/// Writes CSV records field by field: commas between the fields of a record, quoting, line ends.
///
/// **Example**
/// ```
/// geokg::io::csv_writer w(std::cout);
/// w.row({"id", "name"});
/// w.field("KOR").field("Korea, Republic of").end_row();  // KOR,"Korea, Republic of"\r\n
/// ```
class csv_writer {
 public:
  explicit csv_writer(std::ostream& out, csv_layout layout = {}) : out_(out), layout_(layout) {}

  /// The next field of the current record.
  csv_writer& field(std::string_view text);
  /// A number as the next field: the shortest text that reads back as the same value (as
  /// `write_json_number`); an empty field if it is not finite.
  csv_writer& number(double x);
  /// A float, the shortest text that reads back as the same float.
  csv_writer& number(float x);
  /// An integer of any width and signedness.
  template <detail::number_integer Int>
  csv_writer& number(Int n) {
    return field(std::to_string(n));
  }
  /// Ends the current record.
  csv_writer& end_row();
  /// A whole record: its fields, then the line end.
  csv_writer& row(std::span<const std::string> fields);
  csv_writer& row(std::span<const std::string_view> fields);
  csv_writer& row(std::initializer_list<std::string_view> fields) {
    return row(std::span<const std::string_view>(fields.begin(), fields.size()));
  }

 private:
  std::ostream& out_;
  csv_layout layout_;
  bool first_ = true;  // no field written in the current record yet
};

}  // namespace geokg::io
