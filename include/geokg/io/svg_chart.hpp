#pragma once
// SPDX-License-Identifier: MIT
// A small line-chart writer: one or more series against a numeric or calendar x axis, with axes,
// ticks, a title and a legend, as one standalone SVG file. No external plotting program.

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace geokg::io {

/// How the x values of a chart are read.
enum class x_scale : std::uint8_t {
  number,  ///< Plain numbers; ticks at round values (1, 2 or 5 times a power of ten).
  days,    ///< Day numbers (days since 1970-01-01, as `date::first_day()`); ticks at round years,
           ///< or at months when the span is short, labelled `1950` or `1950-03`.
};

/// One line of a chart. `x` and `y` have the same length; a non-finite `y` (NaN) is a gap that
/// breaks the line; an isolated point is drawn as a dot.
struct chart_series {
  std::string name{};       ///< The legend label (any text: it is XML-escaped).
  std::vector<double> x{};  ///< In the chart's `x_scale`; need not be sorted, but lines join
                            ///< the points in the order given.
  std::vector<double> y{};  ///< Values; NaN for "undefined here".
  std::string colour{};     ///< A CSS colour (`#1f77b4`); empty picks one from a palette.
  bool dashed = false;      ///< Draw the line dashed (for bounds and reference lines).
};

/// What a line chart shows, and its size in pixels.
///
/// **Example**
/// ```
/// geokg::io::line_chart c{.title = "Active relations", .x_label = "year", .y_label = "count",
///                          .scale = geokg::io::x_scale::days};
/// c.series.push_back({.name = "relations", .x = days, .y = counts});
/// geokg::io::write_svg(c, "relations.svg");
/// ```
struct line_chart {
  std::string title{};    ///< Drawn above the plot and as the SVG `<title>`.
  std::string x_label{};  ///< Below the x axis; empty for none.
  std::string y_label{};  ///< Beside the y axis, rotated; empty for none.
  x_scale scale = x_scale::number;
  std::vector<chart_series> series{};
  double width = 800.0;   ///< Pixels, at least 200.
  double height = 400.0;  ///< Pixels, at least 150.
  /// Whether the y axis starts at 0 when every value is positive (counts read better so);
  /// otherwise the axis spans the values' own range, rounded out to ticks.
  bool y_from_zero = true;
};

/// The chart as standalone SVG 1.1 text (an XML declaration, then one `<svg>` element). Every
/// label is XML-escaped; coordinates have two decimals. A chart without any finite point still
/// gets its frame, title and the note "no data". O(points).
/// Precondition: each series has as many `x` as `y` values (extra values are ignored).
std::string to_svg(const line_chart& chart);

/// Writes `to_svg(chart)` to `path` atomically: into a temporary file beside it, then renamed over
/// `path`, so a reader never sees half a chart and a failed write leaves any old file in place.
/// @throws data_error `io_error` naming the path and the reason when the file cannot be written
/// (a folder that does not exist, a full disk).
void write_svg(const line_chart& chart, const std::filesystem::path& path);

}  // namespace geokg::io
