// SPDX-License-Identifier: MIT
#include "dated_snapshots.hpp"

#include <unistd.h>

#include <ostream>
#include <utility>

#include "session.hpp"

namespace geokg::cli {

std::optional<time_rule> parse_time_rule(std::string_view text) noexcept {
  for (const auto r : {time_rule::first_day, time_rule::certain, time_rule::possible}) {
    if (to_string(r) == text) return r;
  }
  return std::nullopt;
}

std::vector<date> step_dates_argument(const std::string& from, const std::string& to,
                                      const std::string& step) {
  const date first = parse_date_argument(from, "--from");
  const date last = parse_date_argument(to, "--to");
  if (step != "year" && step != "month")
    throw usage_error("unknown step '" + step + "' for --step (known: year, month)");
  if (last.first_day() < first.first_day())
    throw usage_error("--to " + to + " is before --from " + from);
  return query::step_dates(first, last, step == "year" ? query::yearly : query::monthly);
}

dated_snapshots::dated_snapshots(const knowledge_graph& g,
                                 const analysis::snapshot_options& options)
    : graph_(&g), options_(options), index_(g, options.time), actors_(g.num_actors()) {
  for (std::size_t i = 0; i < actors_.size(); ++i)
    actors_[i] = static_cast<actor_index>(i);
}

std::span<const relation_index> dated_snapshots::active(date d) {
  index_.active_at(d, active_);
  return active_;
}

analysis::signed_graph dated_snapshots::at(date d) {
  // The date overload of signed_snapshot tests every relation of the graph; the index finds the
  // active ones directly, and the collapse (kinds, actor kind, rule, isolated actors) is shared.
  return analysis::detail::collapse_relations(*graph_, actors_, active(d), options_);
}

step_progress::~step_progress() {
  if (drawn_) err_ << "\r\033[K" << std::flush;
}

bool step_progress::wanted(bool quiet) noexcept {
  return !quiet && ::isatty(STDERR_FILENO) != 0;
}

void step_progress::show(std::size_t done, date at) {
  if (!enabled_) return;
  err_ << "\r\033[K" << what_ << ' ' << to_string(at) << "  " << done + 1 << '/' << total_
       << std::flush;
  drawn_ = true;
}

}  // namespace geokg::cli
