// SPDX-License-Identifier: MIT
// Biconnected blocks (Boost's biconnected_components, the one Boost.Graph algorithm of the
// solver) and the block-cut tree walk that joins their partitions.
#include "blocks.hpp"

#include <cstddef>
#include <cstdint>
#include <limits>
#include <vector>

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/biconnected_components.hpp>
#include <boost/property_map/property_map.hpp>

#include "geokg/core/error.hpp"

namespace geokg::analysis::detail {

std::vector<block> split_blocks(const wgraph& g) {
  using undirected =
      boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS, boost::no_property,
                            boost::property<boost::edge_index_t, std::size_t>>;
  undirected ug(g.n);
  for (std::size_t i = 0; i < g.edges.size(); ++i)
    boost::add_edge(g.edges[i].u, g.edges[i].v, i, ug);
  std::vector<std::size_t> component(g.edges.size(), 0);
  const auto count = boost::biconnected_components(
      ug, boost::make_iterator_property_map(component.begin(), boost::get(boost::edge_index, ug)));
  std::vector<block> blocks(count);
  std::vector<uint32_t> local(g.n, std::numeric_limits<uint32_t>::max());
  std::vector<std::vector<std::size_t>> members(count);
  for (std::size_t i = 0; i < g.edges.size(); ++i)
    members[component[i]].push_back(i);
  for (std::size_t b = 0; b < count; ++b) {
    auto& blk = blocks[b];
    const auto id = [&](uint32_t v) {
      if (local[v] == std::numeric_limits<uint32_t>::max()) {
        local[v] = static_cast<uint32_t>(blk.vertices.size());
        blk.vertices.push_back(v);
      }
      return local[v];
    };
    for (const std::size_t i : members[b]) {
      const auto& e = g.edges[i];
      const uint32_t u = id(e.u);
      const uint32_t v = id(e.v);
      blk.graph.edges.push_back({u, v, e.positive, e.w});
    }
    blk.graph.n = static_cast<uint32_t>(blk.vertices.size());
    for (const uint32_t v : blk.vertices)
      local[v] = std::numeric_limits<uint32_t>::max();
  }
  return blocks;
}

// Joins the blocks' labellings into one, walking the block-cut tree: a block reached through a
// cut vertex c has its labels permuted (two swapped) so that c keeps the label it already has.
std::vector<int> join_blocks(uint32_t n, const std::vector<block>& blocks,
                             const std::vector<std::vector<int>>& labels) {
  std::vector<int> label(n, no_label);
  std::vector<std::vector<uint32_t>> blocks_of(n);
  for (uint32_t b = 0; b < blocks.size(); ++b) {
    for (const uint32_t v : blocks[b].vertices)
      blocks_of[v].push_back(b);
  }
  std::vector<char> done(blocks.size(), 0);
  std::vector<uint32_t> queue;
  const auto place = [&](uint32_t b, uint32_t via) {
    const auto& blk = blocks[b];
    int from = 0;
    int to = 0;
    if (via != std::numeric_limits<uint32_t>::max()) {
      for (uint32_t i = 0; i < blk.vertices.size(); ++i) {
        if (blk.vertices[i] == via) from = labels[b][i];
      }
      to = label[via];
    }
    for (uint32_t i = 0; i < blk.vertices.size(); ++i) {
      const uint32_t v = blk.vertices[i];
      int l = labels[b][i];
      l = l == from ? to : l == to ? from : l;
      if (v == via) {
        GEOKG_ASSERT(label[v] == l);
        continue;
      }
      GEOKG_ASSERT(label[v] == no_label);  // a block-cut tree has no cycles
      label[v] = l;
      queue.push_back(v);
    }
    done[b] = 1;
  };
  for (uint32_t b0 = 0; b0 < blocks.size(); ++b0) {
    if (done[b0] != 0) continue;
    place(b0, std::numeric_limits<uint32_t>::max());
    while (!queue.empty()) {
      const uint32_t v = queue.back();
      queue.pop_back();
      for (const uint32_t b : blocks_of[v]) {
        if (done[b] == 0) place(b, v);
      }
    }
  }
  for (auto& l : label) {
    if (l == no_label) l = 0;
  }
  return label;
}

}  // namespace geokg::analysis::detail
