#pragma once
// SPDX-License-Identifier: MIT
// What a load did: records read, loaded and rejected per kind, and every diagnostic.

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "geokg/core/diagnostic.hpp"
#include "geokg/core/knowledge_graph.hpp"

namespace geokg::io {

/// Counts for one kind of record. `read == loaded + rejected` always holds: no record is dropped
/// without a diagnostic.
struct record_counts {
  std::uint64_t read = 0;      ///< Records met in the input.
  std::uint64_t loaded = 0;    ///< Records added to the graph.
  std::uint64_t rejected = 0;  ///< Records refused, each with an error diagnostic.

  friend bool operator==(const record_counts&, const record_counts&) = default;
};

/// The rows of one table of a real dataset (`rows.read == rows.loaded + skipped + rows.rejected`,
/// the README's row count): a row is loaded when it was turned into the records it stands for (an
/// event, a relation, a participant); skipped when a documented rule of the loader leaves it out
/// of the graph's scope (a GDELT event between two non-state actors), each reason counted in one
/// warning; rejected with an error diagnostic otherwise.
struct table_counts {
  std::string path;           ///< The table's display name.
  record_counts rows{};       ///< `read` counts every row; `loaded` and `rejected` as for records.
  std::uint64_t skipped = 0;  ///< Rows out of scope by a documented rule (see the warnings).

  friend bool operator==(const table_counts&, const table_counts&) = default;
};

/// The account of a load.
struct load_report {
  record_counts sources{};
  record_counts actors{};
  record_counts events{};
  record_counts relations{};
  record_counts claims{};
  /// Row accounts of the real-dataset tables read, in reading order (empty for geokg's formats,
  /// whose records are their rows).
  std::vector<table_counts> tables{};
  /// Every error and warning, in input order (for several inputs: input by input), up to
  /// `load_limits::max_diagnostics`; the ones met after that are counted below.
  std::vector<diagnostic> diagnostics{};
  /// Errors and warnings met once `diagnostics` held `load_limits::max_diagnostics`: counted,
  /// not kept. Their records are still in the record counts.
  std::uint64_t errors_not_kept = 0;
  std::uint64_t warnings_not_kept = 0;

  /// The number of diagnostics of one severity met by the load, kept or not.
  std::uint64_t count(severity level) const noexcept {
    std::uint64_t n = level == severity::error ? errors_not_kept : warnings_not_kept;
    for (const auto& d : diagnostics)
      n += d.level == level ? 1U : 0U;
    return n;
  }
  /// Whether some diagnostics were counted but not kept (see `load_limits::max_diagnostics`).
  bool truncated() const noexcept { return errors_not_kept + warnings_not_kept != 0; }
  /// Whether the load met no error (warnings allowed).
  bool ok() const noexcept { return count(severity::error) == 0; }

  /// One line per kind that was present: "loaded 812 relations, rejected 3".
  std::string summary() const {
    std::string out;
    const auto line = [&](const char* what, const record_counts& c) {
      if (c.read == 0) return;
      out += "loaded " + std::to_string(c.loaded) + " " + what;
      if (c.rejected != 0) out += ", rejected " + std::to_string(c.rejected);
      out += "\n";
    };
    line("sources", sources);
    line("actors", actors);
    line("events", events);
    line("relations", relations);
    line("claims", claims);
    for (const auto& t : tables) {
      out += t.path + ": " + std::to_string(t.rows.read) + " rows, " +
             std::to_string(t.rows.loaded) + " used";
      if (t.skipped != 0) out += ", " + std::to_string(t.skipped) + " skipped";
      if (t.rows.rejected != 0) out += ", " + std::to_string(t.rows.rejected) + " rejected";
      out += "\n";
    }
    const auto warnings = count(severity::warning);
    if (warnings != 0)
      out += std::to_string(warnings) + (warnings == 1 ? " warning\n" : " warnings\n");
    if (truncated())
      out += std::to_string(errors_not_kept) + " errors and " + std::to_string(warnings_not_kept) +
             " warnings counted but not kept (over the limit of " +
             std::to_string(diagnostics.size()) + " diagnostics)\n";
    return out;
  }
};

class json_writer;

/// Writes a load report as one JSON object, the shape of `geokg validate --format json`
/// (docs/cli.md): `ok`, `errors`, `warnings`, `diagnostics_not_kept`, the record counts of each
/// kind (`read`, `loaded`, `rejected`) and the kept `diagnostics` (`severity`, `id`, `path`,
/// `line`, `column`, `field`, `message`). The Python module's `Graph.report` builds on the same
/// object.
void write_json(json_writer& w, const load_report& report);

/// A loaded graph and the account of its load.
struct load_result {
  knowledge_graph graph;
  load_report report;
};

}  // namespace geokg::io
