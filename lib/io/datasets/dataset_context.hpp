#pragma once
// SPDX-License-Identifier: MIT
// What every real-data loader works with: the graph builder, the load's options, and the state
// registry that gives each dataset's state codes one geokg actor.

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "../graph_builder.hpp"
#include "geokg/io/load_options.hpp"
#include "geokg/io/state_codes.hpp"

namespace geokg::io::detail {

/// Resolves dataset codes to state ids and supplies the actors of the states that were used.
///
/// Loaders only name states; the actors are added at the end of the load (`provide`), and only
/// those that no input (a curated dataset, the COW state system file) defined. So a curated `KOR`
/// and the real data's `KOR` are one actor whatever the order of the inputs, and relations wait in
/// the builder until then (it defers relations whose actors are not yet known).
class state_registry {
 public:
  // The built-in table is parsed once per process, not once per load: parsing it was two thirds
  // of the time of loading a small dataset file (seen in the fuzzers' profiles).
  state_registry() : codes_(builtin_codes()) {}

  const state_codes& codes() const noexcept { return codes_; }

  /// The state of a COW code, marked as used.
  /// @throws record_error `unknown_actor` at `where` if the code is in no COW list.
  actor_id cow_state(std::int64_t code, const location& where);
  /// Marks a state id of the table as used and returns it.
  /// @throws lookup_error if the id is not in the table (a loader bug, not bad input).
  actor_id use(const actor_id& id);
  /// Replaces the table's actor for `a.id` by one a dataset file defines (the COW state system
  /// gives existence spells). A later definition of the same id is an error.
  /// @returns false if `a.id` was already defined.
  bool define(actor a);
  /// An actor that is not a state (an organisation sending sanctions, a group of major powers),
  /// added at the end like states unless an input defines it.
  void define_other(actor a);

  /// Adds, in first-use order, each used or defined actor that the graph does not have.
  void provide(graph_builder& builder);

 private:
  static const state_codes& builtin_codes() {
    static const state_codes codes = state_codes::builtin();
    return codes;
  }

  const state_codes& codes_;
  std::vector<std::string> order_;  // first use or definition
  std::unordered_set<std::string> used_;
  std::unordered_map<std::string, actor> defined_;
};

/// A loader's working set.
struct dataset_context {
  graph_builder& builder;
  const load_options& options;
  state_registry& states;
};

/// Adds a dataset's bibliographic source once per load.
void add_dataset_source(dataset_context& ctx, source_document s);

/// The text of a dataset file, read with `read_dataset_text`, and its interned display name.
struct dataset_file {
  std::string text;
  const std::string* path = nullptr;
};

/// Finds `name` in `input` (a folder) or takes `input` itself (a file): the two ways users point
/// at a dataset.
std::filesystem::path dataset_path(const std::filesystem::path& input, std::string_view name);

}  // namespace geokg::io::detail
