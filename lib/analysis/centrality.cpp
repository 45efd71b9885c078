// SPDX-License-Identifier: MIT
// Signed degrees, Brandes betweenness (Boost.Graph), and the two power iterations on the positive
// layer (eigenvector centrality, PageRank), written to networkx's conventions.
#include "geokg/analysis/centrality.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <numeric>
#include <string>
#include <vector>

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/betweenness_centrality.hpp>
#include <boost/property_map/property_map.hpp>

#include "geokg/core/error.hpp"

namespace geokg::analysis {

namespace {

using plain_graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;

// Which edges make up a layer.
enum class layer : std::uint8_t { all, positive };

bool in_layer(const signed_edge& e, layer l) noexcept {
  return l == layer::all || e.polarity == sign::positive;
}

// Boost halves the counts of undirected graphs itself, so its raw value counts each pair once
// (networkx's `normalized=False`); networkx's normalisation then divides by the (n-1)(n-2)/2
// pairs not involving the vertex, and leaves graphs of 2 or fewer vertices unscaled (all 0).
std::vector<double> betweenness(const signed_graph& g, layer l) {
  const std::size_t n = g.num_vertices();
  plain_graph pg(n);
  for (const auto& e : g.edges) {
    if (in_layer(e, l)) boost::add_edge(e.u, e.v, pg);
  }
  std::vector<double> c(n, 0.0);
  if (n == 0) return c;
  boost::brandes_betweenness_centrality(
      pg, boost::make_iterator_property_map(c.begin(), boost::get(boost::vertex_index, pg)));
  if (n > 2) {
    const double pairs = static_cast<double>(n - 1) * static_cast<double>(n - 2) / 2.0;
    for (double& x : c)
      x /= pairs;
  }
  return c;
}

// The positive layer as adjacency lists.
std::vector<std::vector<signed_vertex>> positive_adjacency(const signed_graph& g) {
  std::vector<std::vector<signed_vertex>> adj(g.num_vertices());
  for (const auto& e : g.edges) {
    if (e.polarity != sign::positive) continue;
    adj[e.u].push_back(e.v);
    adj[e.v].push_back(e.u);
  }
  return adj;
}

double l1_change(const std::vector<double>& x, const std::vector<double>& last) {
  double err = 0.0;
  for (std::size_t i = 0; i < x.size(); ++i)
    err += std::abs(x[i] - last[i]);
  return err;
}

// networkx's `eigenvector_centrality`: start from the uniform vector scaled to sum 1, multiply by
// A + I (the identity keeps bipartite components from oscillating between two vectors without
// changing the eigenvectors), scale to unit Euclidean norm, stop when the L1 change is below
// n * tolerance. Following it step by step makes the results agree to rounding, including the
// choice among eigenvectors when the largest eigenvalue is shared by several components.
iteration_report eigenvector(const std::vector<std::vector<signed_vertex>>& adj,
                             const centrality_options& o, std::vector<double>& x) {
  const std::size_t n = adj.size();
  iteration_report report;
  x.assign(n, n == 0 ? 0.0 : 1.0 / static_cast<double>(n));
  if (n == 0) {
    report.converged = true;
    return report;
  }
  std::vector<double> last(n);
  for (std::uint32_t it = 1; it <= o.max_iterations; ++it) {
    last = x;
    for (std::size_t v = 0; v < n; ++v) {
      for (const signed_vertex w : adj[v])
        x[w] += last[v];
    }
    double norm = 0.0;
    for (const double xi : x)
      norm += xi * xi;
    norm = std::sqrt(norm);
    if (norm == 0.0) norm = 1.0;
    for (double& xi : x)
      xi /= norm;
    report.iterations = it;
    report.residual = l1_change(x, last);
    if (report.residual < static_cast<double>(n) * o.tolerance) {
      report.converged = true;
      break;
    }
  }
  return report;
}

// networkx's `pagerank` with uniform teleport: x <- alpha (x P + dangling mass / n) + (1 - alpha)
// / n from x = 1/n, where P follows each positive edge in both directions with probability 1 /
// degree and a vertex without positive edges (dangling) spreads its rank over all vertices.
// Boost's `page_rank` is not used: it keeps unnormalised ranks ((1 - d) + d * sum, summing to n)
// and leaves dangling vertices to the caller, so its numbers are not networkx's.
iteration_report pagerank(const std::vector<std::vector<signed_vertex>>& adj,
                          const centrality_options& o, std::vector<double>& x) {
  const std::size_t n = adj.size();
  iteration_report report;
  if (n == 0) {
    x.clear();
    report.converged = true;
    return report;
  }
  const double nd = static_cast<double>(n);
  x.assign(n, 1.0 / nd);
  std::vector<double> last(n);
  for (std::uint32_t it = 1; it <= o.max_iterations; ++it) {
    last = x;
    double dangling = 0.0;
    for (std::size_t v = 0; v < n; ++v) {
      if (adj[v].empty()) dangling += last[v];
    }
    std::fill(x.begin(), x.end(), 0.0);
    for (std::size_t v = 0; v < n; ++v) {
      if (adj[v].empty()) continue;
      const double share = last[v] / static_cast<double>(adj[v].size());
      for (const signed_vertex w : adj[v])
        x[w] += share;
    }
    for (double& xi : x)
      xi = o.damping * (xi + dangling / nd) + (1.0 - o.damping) / nd;
    report.iterations = it;
    report.residual = l1_change(x, last);
    if (report.residual < nd * o.tolerance) {
      report.converged = true;
      break;
    }
  }
  return report;
}

void check(const centrality_options& o) {
  if (!(o.damping >= 0.0 && o.damping < 1.0)) {
    throw data_error(errc::invalid_value,
                     "damping must be in [0, 1), not " + std::to_string(o.damping));
  }
  if (!(o.tolerance > 0.0) || !std::isfinite(o.tolerance)) {
    throw data_error(errc::invalid_value,
                     "tolerance must be a positive number, not " + std::to_string(o.tolerance));
  }
  if (o.max_iterations == 0) throw data_error(errc::invalid_value, "max_iterations must be >= 1");
}

std::string fixed(double x, int digits) {
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%.*f", digits, x);
  return buffer;
}

// Display width of UTF-8 text in code points, so that names with accents stay aligned.
std::size_t width(std::string_view s) {
  std::size_t w = 0;
  for (const char c : s)
    w += (static_cast<unsigned char>(c) & 0xC0U) != 0x80U ? 1U : 0U;
  return w;
}

// Left-aligned text columns, then right-aligned numeric columns, two spaces apart.
std::string aligned(const std::vector<std::vector<std::string>>& rows, std::size_t text_columns) {
  std::vector<std::size_t> w;
  for (const auto& r : rows) {
    w.resize(std::max(w.size(), r.size()), 0);
    for (std::size_t c = 0; c < r.size(); ++c)
      w[c] = std::max(w[c], width(r[c]));
  }
  std::string out;
  for (const auto& r : rows) {
    std::string line;
    for (std::size_t c = 0; c < r.size(); ++c) {
      const std::string fill(w[c] - width(r[c]), ' ');
      if (c != 0) line += "  ";
      line += c < text_columns ? r[c] + fill : fill + r[c];
    }
    while (!line.empty() && line.back() == ' ')
      line.pop_back();
    out += line + "\n";
  }
  return out;
}

std::vector<std::string> measure_cells(const vertex_centrality& c) {
  return {std::to_string(c.positive_degree), std::to_string(c.negative_degree),
          std::to_string(c.degree()),        std::to_string(c.net_degree()),
          fixed(c.betweenness, 6),           fixed(c.positive_betweenness, 6),
          fixed(c.eigenvector, 6),           fixed(c.pagerank, 6)};
}

const std::vector<std::string> measure_headers = {
    "deg+", "deg-", "deg", "net", "betweenness", "betweenness+", "eigenvector+", "pagerank+"};

std::string general(double x) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.3g", x);
  return buffer;
}

std::string report_lines(const centrality_result& r) {
  const auto line = [](const std::string& what, const iteration_report& it) {
    return what + ": " + std::to_string(it.iterations) + " iterations, " +
           (it.converged ? "converged" : "NOT converged") + " (L1 change " + general(it.residual) +
           ")\n";
  };
  return line("pagerank+ (damping " + fixed(r.options.damping, 2) + ")", r.pagerank) +
         line("eigenvector+", r.eigenvector);
}

}  // namespace

centrality_result centrality(const signed_graph& g, const centrality_options& options) {
  validate(g);
  check(options);
  const std::size_t n = g.num_vertices();
  centrality_result r;
  r.options = options;
  r.vertices.assign(n, {});
  for (const auto& e : g.edges) {
    auto& a = r.vertices[e.u];
    auto& b = r.vertices[e.v];
    if (e.polarity == sign::positive) {
      ++a.positive_degree, ++b.positive_degree;
    } else {
      ++a.negative_degree, ++b.negative_degree;
    }
  }
  if (options.betweenness) {
    const auto b = betweenness(g, layer::all);
    for (std::size_t v = 0; v < n; ++v)
      r.vertices[v].betweenness = b[v];
  }
  if (options.positive_betweenness) {
    const auto b = betweenness(g, layer::positive);
    for (std::size_t v = 0; v < n; ++v)
      r.vertices[v].positive_betweenness = b[v];
  }
  const auto adj = positive_adjacency(g);
  std::vector<double> x;
  r.eigenvector = eigenvector(adj, options, x);
  for (std::size_t v = 0; v < n; ++v)
    r.vertices[v].eigenvector = x[v];
  r.pagerank = pagerank(adj, options, x);
  for (std::size_t v = 0; v < n; ++v)
    r.vertices[v].pagerank = x[v];
  return r;
}

std::string_view to_string(centrality_measure m) noexcept {
  switch (m) {
    case centrality_measure::positive_degree:
      return "positive_degree";
    case centrality_measure::negative_degree:
      return "negative_degree";
    case centrality_measure::degree:
      return "degree";
    case centrality_measure::net_degree:
      return "net_degree";
    case centrality_measure::betweenness:
      return "betweenness";
    case centrality_measure::positive_betweenness:
      return "positive_betweenness";
    case centrality_measure::eigenvector:
      return "eigenvector";
    case centrality_measure::pagerank:
      return "pagerank";
  }
  return "?";
}

std::optional<centrality_measure> parse_centrality_measure(std::string_view text) noexcept {
  for (auto m : {centrality_measure::positive_degree, centrality_measure::negative_degree,
                 centrality_measure::degree, centrality_measure::net_degree,
                 centrality_measure::betweenness, centrality_measure::positive_betweenness,
                 centrality_measure::eigenvector, centrality_measure::pagerank}) {
    if (to_string(m) == text) return m;
  }
  return std::nullopt;
}

double value_of(const vertex_centrality& c, centrality_measure m) noexcept {
  switch (m) {
    case centrality_measure::positive_degree:
      return c.positive_degree;
    case centrality_measure::negative_degree:
      return c.negative_degree;
    case centrality_measure::degree:
      return c.degree();
    case centrality_measure::net_degree:
      return static_cast<double>(c.net_degree());
    case centrality_measure::betweenness:
      return c.betweenness;
    case centrality_measure::positive_betweenness:
      return c.positive_betweenness;
    case centrality_measure::eigenvector:
      return c.eigenvector;
    case centrality_measure::pagerank:
      return c.pagerank;
  }
  return 0.0;
}

std::vector<signed_vertex> ranking(const centrality_result& r, centrality_measure m) {
  std::vector<signed_vertex> order(r.vertices.size());
  std::iota(order.begin(), order.end(), signed_vertex{0});
  std::stable_sort(order.begin(), order.end(), [&](signed_vertex a, signed_vertex b) {
    return value_of(r.vertices[a], m) > value_of(r.vertices[b], m);
  });
  return order;
}

std::string to_string(const centrality_result& r) {
  std::vector<std::vector<std::string>> rows;
  rows.push_back({"vertex"});
  rows.back().insert(rows.back().end(), measure_headers.begin(), measure_headers.end());
  for (std::size_t v = 0; v < r.vertices.size(); ++v) {
    rows.push_back({std::to_string(v)});
    const auto cells = measure_cells(r.vertices[v]);
    rows.back().insert(rows.back().end(), cells.begin(), cells.end());
  }
  return aligned(rows, 1) + report_lines(r);
}

std::string to_string(const centrality_result& r, const signed_graph& g,
                      const knowledge_graph& kg) {
  std::vector<std::vector<std::string>> rows;
  rows.push_back({"actor", "name"});
  rows.back().insert(rows.back().end(), measure_headers.begin(), measure_headers.end());
  for (std::size_t v = 0; v < r.vertices.size(); ++v) {
    const auto& a = kg[g.actors[v]];
    rows.push_back({a.id.str(), a.name});
    const auto cells = measure_cells(r.vertices[v]);
    rows.back().insert(rows.back().end(), cells.begin(), cells.end());
  }
  return aligned(rows, 2) + report_lines(r);
}

std::uint32_t kind_degree_table::at(actor_index a, relation_kind k) const noexcept {
  const auto it = std::lower_bound(actors.begin(), actors.end(), a);
  if (it == actors.end() || *it != a) return 0;
  return count[static_cast<std::size_t>(it - actors.begin())][static_cast<std::size_t>(k)];
}

}  // namespace geokg::analysis
