// SPDX-License-Identifier: MIT
#include "geokg/io/svg_chart.hpp"

#include <algorithm>
#include <array>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <limits>
#include <ostream>
#include <utility>

#include "atomic_file.hpp"
#include "xml_text.hpp"

namespace geokg::io {

namespace {

// matplotlib's "tab10" palette: distinct, and readable by most colour-blind readers.
constexpr std::array<std::string_view, 10> palette = {"#1f77b4", "#d62728", "#2ca02c", "#ff7f0e",
                                                      "#9467bd", "#8c564b", "#e377c2", "#7f7f7f",
                                                      "#bcbd22", "#17becf"};

// Series with at most this many points also get a dot per point.
constexpr std::size_t max_points_with_dots = 60;

// A rough width of text in the 12 px sans-serif font, for margins (SVG has no text metrics).
double text_width(std::string_view s, double font_size = 12.0) {
  std::size_t n = 0;
  for (const char c : s)
    n += (static_cast<unsigned char>(c) & 0xC0U) != 0x80U ? 1U : 0U;
  return 0.6 * font_size * static_cast<double>(n);
}

std::string number(double x) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.2f", x);
  return buffer;
}

struct tick {
  double at;
  std::string label;
};

// The step of about `target` ticks over `span`: 1, 2 or 5 times a power of ten.
double nice_step(double span, int target) {
  const double raw = span / target;
  const double power = std::pow(10.0, std::floor(std::log10(raw)));
  for (const double m : {1.0, 2.0, 5.0}) {
    if (m * power >= raw) return m * power;
  }
  return 10.0 * power;
}

std::string tick_label(double v, double step) {
  const int decimals = std::max(0, static_cast<int>(-std::floor(std::log10(step) + 1e-9)));
  char buffer[48];
  std::snprintf(buffer, sizeof buffer, "%.*f", decimals, v == 0.0 ? 0.0 : v);  // no "-0"
  return buffer;
}

// Round ticks within [lo, hi].
std::vector<tick> number_ticks(double lo, double hi, int target) {
  const double step = nice_step(hi - lo, target);
  std::vector<tick> out;
  for (double k = std::ceil(lo / step - 1e-9); k * step <= hi + step * 1e-9; k += 1.0)
    out.push_back({k * step, tick_label(k * step, step)});
  return out;
}

// Ticks on 1 January of round years, or on the first of months when the span is under two years.
std::vector<tick> date_ticks(double lo, double hi) {
  using namespace std::chrono;
  const auto ymd = [](double day) {
    return year_month_day{sys_days{days{static_cast<long long>(std::floor(day))}}};
  };
  const auto day_of = [](year_month_day d) {
    return static_cast<double>(sys_days{d}.time_since_epoch().count());
  };
  const year_month_day first = ymd(lo);
  const year_month_day last = ymd(hi);
  const int y0 = static_cast<int>(first.year());
  const int y1 = static_cast<int>(last.year());
  std::vector<tick> out;
  if (hi - lo >= 2 * 365.25) {
    int step = 1;
    for (const int s : {1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000}) {
      step = s;
      if ((y1 - y0) / s <= 10) break;
    }
    const int start = static_cast<int>(std::ceil(static_cast<double>(y0) / step)) * step;
    for (int y = start; y <= y1; y += step) {
      const double at = day_of(year{y} / January / 1);
      if (at >= lo && at <= hi) out.push_back({at, std::to_string(y)});
    }
    return out;
  }
  const int months = (y1 - y0) * 12 + static_cast<int>(static_cast<unsigned>(last.month())) -
                     static_cast<int>(static_cast<unsigned>(first.month()));
  int step = 1;
  for (const int s : {1, 2, 3, 6, 12}) {
    step = s;
    if (months / s <= 8) break;
  }
  for (int y = y0; y <= y1; ++y) {
    for (unsigned m = 1; m <= 12; m += static_cast<unsigned>(step)) {
      const double at = day_of(year{y} / month{m} / 1);
      if (at < lo || at > hi) continue;
      char buffer[16];
      std::snprintf(buffer, sizeof buffer, "%04d-%02u", y, m);
      out.push_back({at, buffer});
    }
  }
  return out;
}

struct range {
  double lo = std::numeric_limits<double>::infinity();
  double hi = -std::numeric_limits<double>::infinity();
  [[nodiscard]] bool empty() const { return lo > hi; }
  void add(double v) {
    lo = std::min(lo, v);
    hi = std::max(hi, v);
  }
};

// Writes one SVG element into a text:
//   tag(out, "line").attr("x1", 3.0).attr("stroke", "#333").end();     <line x1="3.00" .../>
//   tag(out, "text").attr("x", 10.0).text("a < b");                     <text ...>a &lt; b</text>
// Attribute values and text are XML-escaped here, so callers never escape.
class tag {
 public:
  tag(std::string& out, std::string_view name) : out_(out), name_(name) {
    out_ += '<';
    out_ += name_;
  }
  tag& attr(std::string_view key, std::string_view value) {
    out_ += ' ';
    out_ += key;
    out_ += "=\"";
    out_ += detail::xml_text(value);
    out_ += '"';
    return *this;
  }
  tag& attr(std::string_view key, const char* value) { return attr(key, std::string_view(value)); }
  tag& attr(std::string_view key, const std::string& value) {
    return attr(key, std::string_view(value));
  }
  tag& attr(std::string_view key, double value) { return attr(key, number(value)); }
  /// Ends an element without content.
  void end() { out_ += "/>\n"; }
  /// Ends the start tag; the caller writes the children and then `close(out, name)`.
  void open() { out_ += ">\n"; }
  /// Writes text content and the end tag.
  void text(std::string_view content) {
    out_ += '>';
    out_ += detail::xml_text(content);
    out_ += "</";
    out_ += name_;
    out_ += ">\n";
  }

 private:
  std::string& out_;
  std::string_view name_;
};

void close(std::string& out, std::string_view name) {
  out += "</";
  out += name;
  out += ">\n";
}

}  // namespace

std::string to_svg(const line_chart& chart) {
  const double width = std::max(chart.width, 200.0);
  const double height = std::max(chart.height, 150.0);

  // The x axis spans every point, gaps included (a series undefined at its start still begins
  // where it was asked to); the y axis spans the finite values.
  range xr;
  range yr;
  for (const auto& s : chart.series) {
    const std::size_t n = std::min(s.x.size(), s.y.size());
    for (std::size_t i = 0; i < n; ++i) {
      if (std::isfinite(s.x[i])) xr.add(s.x[i]);
      if (std::isfinite(s.x[i]) && std::isfinite(s.y[i])) yr.add(s.y[i]);
    }
  }
  const bool no_data = yr.empty();
  if (xr.empty()) xr = {0.0, 1.0};
  if (no_data) yr = {0.0, 1.0};
  if (xr.lo == xr.hi) {  // one date or value: centre it
    const double pad = chart.scale == x_scale::days ? 366.0 : 1.0;
    xr = {xr.lo - pad, xr.hi + pad};
  }
  if (chart.y_from_zero && yr.lo > 0.0) yr.lo = 0.0;
  if (chart.y_from_zero && yr.hi < 0.0) yr.hi = 0.0;
  if (yr.lo == yr.hi) yr = {yr.lo - 1.0, yr.hi + 1.0};
  // The y axis runs from tick to tick.
  const double y_step = nice_step(yr.hi - yr.lo, 5);
  yr = {std::floor(yr.lo / y_step + 1e-9) * y_step, std::ceil(yr.hi / y_step - 1e-9) * y_step};
  const auto y_ticks = number_ticks(yr.lo, yr.hi, 5);
  const auto x_ticks =
      chart.scale == x_scale::days ? date_ticks(xr.lo, xr.hi) : number_ticks(xr.lo, xr.hi, 8);

  // Margins: room for the y tick labels and label, the title, the legend, the x ticks and label.
  double widest = 0.0;
  for (const auto& t : y_ticks)
    widest = std::max(widest, text_width(t.label));
  const bool legend = chart.series.size() > 1;
  const double left = 16.0 + widest + (chart.y_label.empty() ? 0.0 : 22.0);
  const double right = 24.0;
  const double top = 40.0 + (legend ? 20.0 : 0.0);
  const double bottom = 36.0 + (chart.x_label.empty() ? 0.0 : 18.0);
  const double plot_w = width - left - right;
  const double plot_h = height - top - bottom;
  const auto px = [&](double x) { return left + plot_w * (x - xr.lo) / (xr.hi - xr.lo); };
  const auto py = [&](double y) { return top + plot_h * (1.0 - (y - yr.lo) / (yr.hi - yr.lo)); };

  std::string out;
  out += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  tag(out, "svg")
      .attr("xmlns", "http://www.w3.org/2000/svg")
      .attr("width", width)
      .attr("height", height)
      .attr("viewBox", "0 0 " + number(width) + " " + number(height))
      .attr("font-family", "sans-serif")
      .attr("font-size", "12")
      .open();
  tag(out, "title").text(chart.title);
  tag(out, "rect").attr("width", "100%").attr("height", "100%").attr("fill", "white").end();
  tag(out, "text")
      .attr("x", left)
      .attr("y", 24.0)
      .attr("font-size", "15")
      .attr("font-weight", "bold")
      .text(chart.title);

  // Grid lines at the ticks, then the tick labels, then the frame and the axis labels.
  tag(out, "g").attr("stroke", "#e0e0e0").attr("stroke-width", "1").open();
  for (const auto& t : y_ticks) {
    tag(out, "line")
        .attr("x1", left)
        .attr("x2", left + plot_w)
        .attr("y1", py(t.at))
        .attr("y2", py(t.at))
        .end();
  }
  for (const auto& t : x_ticks) {
    tag(out, "line")
        .attr("x1", px(t.at))
        .attr("x2", px(t.at))
        .attr("y1", top)
        .attr("y2", top + plot_h)
        .end();
  }
  close(out, "g");
  tag(out, "g").attr("fill", "#333").open();
  for (const auto& t : y_ticks) {
    tag(out, "text")
        .attr("x", left - 6.0)
        .attr("y", py(t.at) + 4.0)
        .attr("text-anchor", "end")
        .text(t.label);
  }
  for (const auto& t : x_ticks) {
    tag(out, "text")
        .attr("x", px(t.at))
        .attr("y", top + plot_h + 18.0)
        .attr("text-anchor", "middle")
        .text(t.label);
  }
  close(out, "g");
  tag(out, "rect")
      .attr("x", left)
      .attr("y", top)
      .attr("width", plot_w)
      .attr("height", plot_h)
      .attr("fill", "none")
      .attr("stroke", "#333")
      .end();
  if (!chart.x_label.empty()) {
    tag(out, "text")
        .attr("x", left + plot_w / 2.0)
        .attr("y", height - 10.0)
        .attr("text-anchor", "middle")
        .text(chart.x_label);
  }
  if (!chart.y_label.empty()) {
    const double x = 16.0;
    const double y = top + plot_h / 2.0;
    tag(out, "text")
        .attr("x", x)
        .attr("y", y)
        .attr("text-anchor", "middle")
        .attr("transform", "rotate(-90 " + number(x) + " " + number(y) + ")")
        .text(chart.y_label);
  }
  if (no_data) {
    tag(out, "text")
        .attr("x", left + plot_w / 2.0)
        .attr("y", top + plot_h / 2.0)
        .attr("text-anchor", "middle")
        .attr("fill", "#999")
        .text("no data");
  }

  // The series: one polyline per run of finite points, dots for isolated points (and for every
  // point of short series).
  double legend_x = left;
  for (std::size_t k = 0; k < chart.series.size(); ++k) {
    const auto& s = chart.series[k];
    const std::string colour =
        s.colour.empty() ? std::string(palette[k % palette.size()]) : s.colour;
    const std::size_t n = std::min(s.x.size(), s.y.size());
    std::size_t finite = 0;
    for (std::size_t i = 0; i < n; ++i)
      finite += std::isfinite(s.x[i]) && std::isfinite(s.y[i]) ? 1U : 0U;
    tag(out, "g").attr("stroke", colour).attr("fill", colour).open();
    std::vector<std::pair<double, double>> run;
    const auto dot = [&](std::pair<double, double> p, double r) {
      tag(out, "circle").attr("cx", p.first).attr("cy", p.second).attr("r", r).end();
    };
    const auto flush = [&] {
      if (run.size() == 1) {
        dot(run[0], 2.5);
      } else if (run.size() > 1) {
        std::string points;
        for (const auto& [x, y] : run) {
          if (!points.empty()) points += ' ';
          points += number(x);
          points += ',';
          points += number(y);
        }
        tag line(out, "polyline");
        line.attr("fill", "none").attr("stroke-width", "1.8");
        if (s.dashed) line.attr("stroke-dasharray", "5 3");
        line.attr("points", points).end();
        if (finite <= max_points_with_dots) {
          for (const auto& p : run)
            dot(p, 2.0);
        }
      }
      run.clear();
    };
    for (std::size_t i = 0; i < n; ++i) {
      if (std::isfinite(s.x[i]) && std::isfinite(s.y[i]))
        run.emplace_back(px(s.x[i]), py(s.y[i]));
      else
        flush();
    }
    flush();
    close(out, "g");
    if (legend) {
      const double y = 46.0;
      tag key(out, "line");
      key.attr("x1", legend_x)
          .attr("x2", legend_x + 20.0)
          .attr("y1", y - 4.0)
          .attr("y2", y - 4.0)
          .attr("stroke", colour)
          .attr("stroke-width", "1.8");
      if (s.dashed) key.attr("stroke-dasharray", "5 3");
      key.end();
      tag(out, "text").attr("x", legend_x + 26.0).attr("y", y).text(s.name);
      legend_x += 26.0 + text_width(s.name) + 20.0;
    }
  }
  close(out, "svg");
  return out;
}

void write_svg(const line_chart& chart, const std::filesystem::path& path) {
  const std::string text = to_svg(chart);
  write_atomically(path, [&](std::ostream& out) { out << text; });
}

}  // namespace geokg::io
