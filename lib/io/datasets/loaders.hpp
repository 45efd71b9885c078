#pragma once
// SPDX-License-Identifier: MIT
// The real-dataset loaders behind `io::load` (docs/datasets.md has what each takes and how).

#include <algorithm>
#include <string>
#include <vector>

#include "dataset_context.hpp"
#include "geokg/io/input.hpp"
#include "table_reader.hpp"

namespace geokg::io::detail {

/// Thrown by a row handler for a row that a documented rule leaves out of the graph's scope (not
/// an error in the data). `reason` is the same text for every row skipped for one rule: the rows
/// are counted per reason and reported in one warning each.
struct row_skipped {
  std::string reason;
};

/// Calls `row()` for each row of `t`; a row that is malformed or that `row` rejects (by throwing
/// `record_error`) is counted and reported as a rejected record of `kind`, and the loop goes on
/// (in collect mode; stop mode throws); a row that `row` skips (`row_skipped`) is counted per
/// reason. Keeps the table's row account in the report.
template <class Row>
void for_each_row(table_reader& t, dataset_context& ctx, record_kind kind, Row&& row) {
  table_counts counts{t.where().path, {}};
  struct skip_reason {
    std::string reason;
    std::uint64_t rows = 0;
    location first;
  };
  std::vector<skip_reason> skips;
  for (;;) {
    try {
      if (!t.next()) break;
      row();
      ++counts.rows.loaded;
    } catch (const row_skipped& s) {
      ++counts.skipped;
      auto it = std::find_if(skips.begin(), skips.end(),
                             [&](const skip_reason& k) { return k.reason == s.reason; });
      if (it == skips.end()) it = skips.insert(skips.end(), {s.reason, 0, t.where()});
      ++it->rows;
    } catch (const record_error& e) {
      ++counts.rows.rejected;
      ctx.builder.reject(kind, e.d);  // throws in stop mode
    }
  }
  for (const auto& k : skips)
    ctx.builder.warn({severity::warning, errc::skipped_rows, k.first,
                      std::to_string(k.rows) + (k.rows == 1 ? " row" : " rows") +
                          " skipped: " + k.reason + " (the first here)"});
  counts.rows.read = counts.rows.loaded + counts.skipped + counts.rows.rejected;
  ctx.builder.add_table_counts(std::move(counts));
}

void load_cow_states(const input& in, dataset_context& ctx);
void load_cow_mid(const input& in, dataset_context& ctx);
void load_mapped_table(const input& in, dataset_context& ctx);
void load_gdelt(const input& in, dataset_context& ctx);
void load_gdelt_monthly(const input& in, dataset_context& ctx);
void load_cow_wars(const input& in, dataset_context& ctx);
void load_cow_tc(const input& in, dataset_context& ctx);
void load_ties(const input& in, dataset_context& ctx);
void load_gsdb(const input& in, dataset_context& ctx);
void load_signed_network(const input& in, dataset_context& ctx);

}  // namespace geokg::io::detail
