// SPDX-License-Identifier: MIT

#include "dataset_context.hpp"

#include <system_error>
#include <utility>

#include "../field_parsers.hpp"
#include "geokg/core/error.hpp"

namespace geokg::io::detail {

actor_id state_registry::cow_state(std::int64_t code, const location& where) {
  const auto* e = code >= 0 && code < 100000 ? codes_.by_cow(static_cast<int>(code)) : nullptr;
  if (e == nullptr)
    fail(errc::unknown_actor, "unknown COW state code " + std::to_string(code), where);
  return use(e->id);
}

actor_id state_registry::use(const actor_id& id) {
  auto key = std::string(id.view());
  if (used_.insert(key).second && !defined_.contains(key)) {
    if (codes_.by_id(id.view()).empty())
      throw lookup_error("no state '" + key + "' in the state code table");
    order_.push_back(std::move(key));
  }
  return id;
}

bool state_registry::define(actor a) {
  auto key = std::string(a.id.view());
  if (defined_.contains(key)) return false;
  if (!used_.contains(key)) order_.push_back(key);
  used_.insert(key);
  defined_.emplace(std::move(key), std::move(a));
  return true;
}

void state_registry::define_other(actor a) {
  auto key = std::string(a.id.view());
  if (defined_.contains(key)) return;
  order_.push_back(key);
  used_.insert(key);
  defined_.emplace(std::move(key), std::move(a));
}

void state_registry::provide(graph_builder& builder) {
  const std::string origin_path = "<geokg state table>";
  record_origin origin;
  origin.path = builder.intern_path(origin_path);
  for (const auto& id : order_) {
    if (builder.graph().find_actor(id)) continue;  // an input defined it: that one wins
    if (auto it = defined_.find(id); it != defined_.end()) {
      builder.add_actor(std::move(it->second), origin);
    } else {
      builder.add_actor(codes_.make_actor(id), origin);
    }
  }
  order_.clear();
}

void add_dataset_source(dataset_context& ctx, source_document s) {
  if (ctx.builder.graph().find_source(s.id)) return;
  record_origin origin;
  ctx.builder.add_source(std::move(s), origin);
}

std::filesystem::path dataset_path(const std::filesystem::path& input, std::string_view name) {
  std::error_code ec;
  if (std::filesystem::is_directory(input, ec)) return input / std::string(name);
  return input;
}

}  // namespace geokg::io::detail
