// SPDX-License-Identifier: MIT
// CSV text: field quoting and the record writer of geokg/io/csv_writer.hpp.

#include "geokg/io/csv_writer.hpp"

#include <charconv>
#include <cmath>
#include <ostream>
#include <system_error>

namespace geokg::io {

namespace {

bool needs_quotes(std::string_view text, csv_quoting quoting) noexcept {
  if (text.find_first_of(",\"\r\n") != std::string_view::npos) return true;
  return quoting == csv_quoting::edge_spaces && !text.empty() &&
         (text.front() == ' ' || text.back() == ' ');
}

template <class Float>
std::string shortest(Float x) {
  if (!std::isfinite(x)) return {};
  char buffer[64];
  const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, x);
  return ec == std::errc{} ? std::string(buffer, end) : std::string{};
}

}  // namespace

void write_csv_field(std::ostream& out, std::string_view text, csv_quoting quoting) {
  if (!needs_quotes(text, quoting)) {
    out.write(text.data(), static_cast<std::streamsize>(text.size()));
    return;
  }
  out.put('"');
  std::size_t run = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '"') continue;
    out.write(text.data() + run, static_cast<std::streamsize>(i + 1 - run));
    out.put('"');  // a quote inside is doubled
    run = i + 1;
  }
  out.write(text.data() + run, static_cast<std::streamsize>(text.size() - run));
  out.put('"');
}

csv_writer& csv_writer::field(std::string_view text) {
  if (!first_) out_.put(',');
  first_ = false;
  write_csv_field(out_, text, layout_.quoting);
  return *this;
}

csv_writer& csv_writer::number(double x) {
  return field(shortest(x));
}

csv_writer& csv_writer::number(float x) {
  return field(shortest(x));
}

csv_writer& csv_writer::end_row() {
  out_ << layout_.line_end;
  first_ = true;
  return *this;
}

csv_writer& csv_writer::row(std::span<const std::string> fields) {
  for (const auto& f : fields)
    field(f);
  return end_row();
}

csv_writer& csv_writer::row(std::span<const std::string_view> fields) {
  for (const auto f : fields)
    field(f);
  return end_row();
}

}  // namespace geokg::io
