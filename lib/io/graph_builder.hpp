#pragma once
// SPDX-License-Identifier: MIT
// Builds a graph from converted records of any format: resolves references across files, turns
// the core's errors into located diagnostics, and keeps the counts that prove nothing was lost.

#include <cstdint>
#include <deque>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "geokg/core/diagnostic.hpp"
#include "geokg/core/knowledge_graph.hpp"
#include "geokg/io/load_options.hpp"
#include "geokg/io/load_report.hpp"
#include "record_origin.hpp"
#include "relation_fingerprints.hpp"

namespace geokg::io::detail {

/// The kinds of record a dataset holds.
enum class record_kind : std::uint8_t { source, actor, event, relation, claim };

/// Collects records, adds them to a graph in dependency order, and reports.
///
/// Sources and actors are added at once. Relations and events are added at once when everything
/// they name exists, and deferred to `finish()` otherwise (their actors may come in a later file),
/// so that indices follow the input's order whenever the input names things before using them.
/// Claims are added in `finish()`, in input order, as one batch, so that they may refer to each
/// other, even in cycles.
class graph_builder {
 public:
  explicit graph_builder(const load_options& options);

  void add_source(source_document s, const record_origin& origin);
  void add_actor(actor a, const record_origin& origin);
  void add_event(event_spec e, record_origin origin);
  void add_relation(relation_spec r, record_origin origin);
  void add_claim(claim_spec c, record_origin origin);

  /// Counts a record that could not even be converted, with the error that says why.
  /// @throws data_error in stop mode.
  void reject(record_kind kind, diagnostic error);
  /// Records a warning about input (the record is kept or the warning is about the file).
  void warn(diagnostic warning);
  /// Reports a fatal problem with a whole input (unreadable file, syntax error). In collect mode
  /// it is recorded and the load goes on with the next input; in stop mode it is thrown.
  void fail_input(diagnostic error);

  /// Records the row account of a real dataset's table.
  void add_table_counts(table_counts counts) { report_.tables.push_back(std::move(counts)); }

  /// A stable copy of an input's display name for `record_origin::path`: records may outlive the
  /// reading of their file (they wait for references in later files), so the builder owns it.
  /// Asking again for the same name as the last one returns the same copy.
  const std::string* intern_path(const std::string& path) {
    if (!paths_.empty() && paths_.back() == path) return &paths_.back();
    return &paths_.emplace_back(path);
  }

  /// The graph as built so far (for loaders that attach details to statements).
  const knowledge_graph& graph() const noexcept { return graph_; }
  bool collecting() const noexcept { return options_.on_error == error_mode::collect; }

  /// Resolves what was deferred and returns the graph with its report.
  load_result finish() &&;

 private:
  struct pending_relation {
    relation_spec spec;
    record_origin origin;
  };
  struct pending_event {
    event_spec spec;
    record_origin origin;
  };
  struct pending_claim {
    claim_spec spec;
    record_origin origin;
  };

  record_counts& counts(record_kind kind) noexcept;
  void error(record_kind kind, diagnostic d);
  // Appends to the report, or only counts once it holds `load_limits::max_diagnostics`.
  void keep(diagnostic d);
  void error_at(record_kind kind, errc code, std::string message, location where);
  void from_core(record_kind kind, const data_error& e, const record_origin& origin);
  bool try_relation(pending_relation& p, bool final_attempt);
  bool sources_known(const statement_info& info) const;
  void after_relation(relation_index r, const record_origin& origin);
  void check_citations(std::span<const citation> citations, const record_origin& origin);
  void add_event_now(const pending_event& p);
  void finish_events();
  void finish_claims();

  std::deque<std::string> paths_;  // stable addresses for record_origin::path
  load_options options_;
  knowledge_graph graph_;
  load_report report_;
  std::vector<pending_relation> deferred_relations_;
  std::vector<pending_event> pending_events_;
  std::vector<pending_claim> pending_claims_;
  // Exact-duplicate detection by content hash.
  relation_fingerprints fingerprints_;
};

}  // namespace geokg::io::detail
