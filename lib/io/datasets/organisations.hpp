#pragma once
// SPDX-License-Identifier: MIT
// The international organisations that sanction datasets name as senders or targets (the UN,
// the EU, the Arab League, ...), with one geokg actor id each so that datasets join.

#include <string_view>

#include "geokg/core/actor.hpp"

namespace geokg::io::detail {

/// An organisation geokg knows by name. Ids are short upper-case acronyms; those that the curated
/// data already uses (`UN`, `NATO`) are the same, so that real and curated data join.
struct organisation_entry {
  std::string_view id;       ///< "EU"
  std::string_view name;     ///< "European Union"
  std::string_view aliases;  ///< Other names, separated by '|': "EEC|European Communities"
  std::string_view note;     ///< Why several bodies share the entry, if they do.
};

/// The organisation known under `name` (its id, name or an alias, compared as
/// `state_codes::normalize_name` does), or nullptr.
const organisation_entry* find_organisation(std::string_view name);

/// The organisation with id `id`, or nullptr.
const organisation_entry* organisation_by_id(std::string_view id) noexcept;

/// The actor of an organisation: kind `organisation`, its name and aliases, no existence spells
/// (always, as far as geokg knows), and a note naming the dataset that introduced it.
actor make_organisation(const organisation_entry& o, std::string_view introduced_by);

}  // namespace geokg::io::detail
