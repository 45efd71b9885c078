// SPDX-License-Identifier: MIT
// Partial aggregates: windows as sums, id ranges for duplicates, the merge law, the binary form
// and the parallel driver.

#include "geokg/events/aggregate.hpp"

#include <zlib.h>

#include <algorithm>
#include <atomic>
#include <bit>
#include <cmath>
#include <exception>
#include <mutex>
#include <system_error>
#include <thread>
#include <tuple>

#include "geokg/core/error.hpp"
#include "geokg/io/dataset_files.hpp"

namespace geokg::events {
namespace {

std::shared_ptr<const state_index> or_builtin(std::shared_ptr<const state_index> states) {
  return states ? std::move(states) : std::make_shared<const state_index>();
}

// Adds [a, b] to a set of disjoint inclusive ranges; returns how many of its ids were in it.
std::uint64_t insert_range(std::map<std::uint64_t, std::uint64_t>& set, std::uint64_t a,
                           std::uint64_t b) {
  std::uint64_t overlap = 0;
  auto it = set.upper_bound(a);
  if (it != set.begin()) {
    const auto prev = std::prev(it);
    if (prev->second >= a || prev->second + 1 == a) it = prev;
  }
  std::uint64_t lo = a, hi = b;
  while (it != set.end() && (it->first <= b || (b != UINT64_MAX && it->first == b + 1))) {
    const auto x = std::max(it->first, a), y = std::min(it->second, b);
    if (x <= y) overlap += y - x + 1;
    lo = std::min(lo, it->first);
    hi = std::max(hi, it->second);
    it = set.erase(it);
  }
  set.emplace_hint(it, lo, hi);
  return overlap;
}

// Merges sorted id lists, keeping at most `limit` (all when nullopt) of the smallest, once each.
void merge_evidence(std::vector<std::uint64_t>& into, const std::vector<std::uint64_t>& from,
                    const std::optional<std::uint32_t>& limit) {
  std::vector<std::uint64_t> out;
  out.reserve(into.size() + from.size());
  std::set_union(into.begin(), into.end(), from.begin(), from.end(), std::back_inserter(out));
  if (limit && out.size() > *limit) out.resize(*limit);
  into = std::move(out);
}

bool account_less(const row_account& a, const row_account& b) {
  return std::tie(a.path, a.read, a.used, a.rejected, a.bytes) <
         std::tie(b.path, b.read, b.used, b.rejected, b.bytes);
}

// --- the binary form: little-endian integers, strings as u32 length + bytes ---------------------

constexpr std::string_view magic = "GKEVAGG1";
// Version 2 added the rule's PLOVER categories and the accounts' duplicates and unknown names.
constexpr std::uint32_t version = 2;

class writer {
 public:
  template <typename T>
  void num(T v) {
    using U = std::make_unsigned_t<T>;
    auto u = static_cast<U>(v);
    for (std::size_t i = 0; i < sizeof(T); ++i) {
      out.push_back(static_cast<char>(u & 0xFFU));
      if constexpr (sizeof(T) > 1) u = static_cast<U>(u >> 8);
    }
  }
  void str(std::string_view s) {
    num(static_cast<std::uint32_t>(s.size()));
    out.append(s);
  }
  std::string out;
};

class reader {
 public:
  explicit reader(std::string_view in) : in_(in) {}
  template <typename T>
  T num() {
    need(sizeof(T));
    using U = std::make_unsigned_t<T>;
    U u = 0;
    for (std::size_t i = 0; i < sizeof(T); ++i)
      u = static_cast<U>(u |
                         (static_cast<U>(static_cast<unsigned char>(in_[pos_ + i])) << (8 * i)));
    pos_ += sizeof(T);
    return static_cast<T>(u);
  }
  std::string str() {
    const auto n = num<std::uint32_t>();
    need(n);
    std::string s(in_.substr(pos_, n));
    pos_ += n;
    return s;
  }
  // A count of items of at least `min_bytes` each: bounded by what is left, so that a corrupted
  // count cannot make us allocate without limit.
  std::uint64_t count(std::size_t min_bytes) {
    const auto n = num<std::uint64_t>();
    if (n > (in_.size() - pos_) / std::max<std::size_t>(min_bytes, 1))
      bad("a count exceeds the data");
    return n;
  }
  bool done() const noexcept { return pos_ == in_.size(); }
  [[noreturn]] static void bad(const std::string& why) {
    throw data_error(errc::invalid_value, "not a geokg partial aggregate: " + why);
  }

 private:
  void need(std::size_t n) const {
    if (in_.size() - pos_ < n) bad("truncated");
  }
  std::string_view in_;
  std::size_t pos_ = 0;
};

}  // namespace

double window_measures::mean_goldstein() const noexcept {
  return events == 0 ? 0.0
                     : static_cast<double>(goldstein10) / (10.0 * static_cast<double>(events));
}

double window_measures::mean_tone() const noexcept {
  return events == 0 ? 0.0 : static_cast<double>(tone_micros) / (1e6 * static_cast<double>(events));
}

partial_aggregate::partial_aggregate(aggregation_rule rule,
                                     std::shared_ptr<const state_index> states)
    : rule_(std::move(rule)), states_(or_builtin(std::move(states))) {
  if (rule_.goldstein_threshold10 < 0 || rule_.goldstein_threshold10 > 100)
    throw data_error(errc::invalid_value, "the Goldstein threshold must be within [0, 10]");
  std::sort(rule_.code_prefixes.begin(), rule_.code_prefixes.end());
}

std::uint64_t partial_aggregate::key(state_ref s, state_ref t, std::int32_t start) noexcept {
  return (static_cast<std::uint64_t>(s) << 48) | (static_cast<std::uint64_t>(t) << 32) |
         static_cast<std::uint32_t>(start);
}

void partial_aggregate::add(const event_row& row) {
  if (row.quad_class < 1 || row.quad_class > 4 ||
      ((rule_.quad_classes >> (row.quad_class - 1)) & 1U) == 0) {
    ++filtered_;
    return;
  }
  if (rule_.plover_categories != 0 &&
      (row.plover == plover_category::none ||
       ((rule_.plover_categories >> (static_cast<unsigned>(row.plover) - 1U)) & 1U) == 0)) {
    ++filtered_;
    return;
  }
  if (!rule_.code_prefixes.empty() &&
      std::none_of(rule_.code_prefixes.begin(), rule_.code_prefixes.end(),
                   [&](const std::string& p) { return row.event_code.starts_with(p); })) {
    ++filtered_;
    return;
  }
  auto s = row.actor1, t = row.actor2;
  if (!rule_.directed && t < s) std::swap(s, t);  // refs are in id order
  auto& m = windows_[key(s, t, window_start(rule_.window, row.day))];
  ++m.events;
  ++m.quad[row.quad_class - 1U];
  m.goldstein10 += row.goldstein10;
  m.tone_micros += std::llround(static_cast<double>(row.tone) * 1e6);
  m.mentions += row.mentions;
  m.sources += row.sources;
  m.articles += row.articles;
  auto& ev = m.evidence;
  const bool all = !rule_.evidence;
  if (all || ev.size() < *rule_.evidence || (!ev.empty() && row.id < ev.back())) {
    if (ev.empty() || ev.back() < row.id) {
      ev.push_back(row.id);
    } else {
      const auto at = std::lower_bound(ev.begin(), ev.end(), row.id);
      if (*at != row.id) ev.insert(at, row.id);
    }
    if (!all && ev.size() > *rule_.evidence) ev.pop_back();
  }
  ++events_;
}

void partial_aggregate::add_account(row_account account) {
  for (const auto& [a, b] : account.id_ranges)
    duplicates_ += insert_range(ids_, a, b);
  account.id_ranges.clear();
  account.id_ranges.shrink_to_fit();
  const auto at = std::upper_bound(accounts_.begin(), accounts_.end(), account, account_less);
  accounts_.insert(at, std::move(account));
}

void partial_aggregate::merge(const partial_aggregate& other) {
  if (!(rule_ == other.rule_))
    throw data_error(errc::invalid_value, "cannot merge partial aggregates of different rules");
  if (states_ != other.states_ &&
      !std::equal(states_->ids().begin(), states_->ids().end(), other.states_->ids().begin(),
                  other.states_->ids().end()))
    throw data_error(errc::invalid_value,
                     "cannot merge partial aggregates of different state tables");
  for (const auto& [k, m] : other.windows_) {
    auto& w = windows_[k];
    w.events += m.events;
    for (std::size_t q = 0; q < 4; ++q)
      w.quad[q] += m.quad[q];
    w.goldstein10 += m.goldstein10;
    w.tone_micros += m.tone_micros;
    w.mentions += m.mentions;
    w.sources += m.sources;
    w.articles += m.articles;
    merge_evidence(w.evidence, m.evidence, rule_.evidence);
  }
  for (const auto& [a, b] : other.ids_)
    duplicates_ += insert_range(ids_, a, b);
  events_ += other.events_;
  filtered_ += other.filtered_;
  duplicates_ += other.duplicates_;
  for (const auto& acc : other.accounts_)
    accounts_.insert(std::upper_bound(accounts_.begin(), accounts_.end(), acc, account_less), acc);
}

std::optional<relation_kind> partial_aggregate::kind_of(const window_measures& m) const noexcept {
  if (m.events < rule_.min_events || m.events == 0) return std::nullopt;
  // mean >= t  <=>  sum10 >= t10 * n: exact, in integers.
  const auto bar =
      static_cast<std::int64_t>(rule_.goldstein_threshold10) * static_cast<std::int64_t>(m.events);
  if (m.goldstein10 >= bar) return relation_kind::cooperation;
  if (m.goldstein10 <= -bar) return relation_kind::conflict;
  return std::nullopt;
}

std::vector<window> partial_aggregate::windows() const {
  std::vector<std::pair<std::uint64_t, const window_measures*>> sorted;
  sorted.reserve(windows_.size());
  for (const auto& [k, m] : windows_)
    sorted.emplace_back(k, &m);
  // (start, source, target): refs are in id order, so this is the order of the ids.
  const auto order = [](std::uint64_t k) {
    return std::make_tuple(static_cast<std::int32_t>(static_cast<std::uint32_t>(k)), k >> 48,
                           (k >> 32) & 0xFFFFU);
  };
  std::sort(sorted.begin(), sorted.end(),
            [&](const auto& a, const auto& b) { return order(a.first) < order(b.first); });
  std::vector<window> out;
  out.reserve(sorted.size());
  for (const auto& [k, m] : sorted) {
    const auto start = static_cast<std::int32_t>(static_cast<std::uint32_t>(k));
    out.push_back({states_->id(static_cast<state_ref>(k >> 48)),
                   states_->id(static_cast<state_ref>((k >> 32) & 0xFFFFU)), start,
                   window_end(rule_.window, start), *m, kind_of(*m)});
  }
  return out;
}

std::string partial_aggregate::checksum() const {
  std::uint64_t kept = 0;
  std::int64_t g = 0;
  for (const auto& [k, m] : windows_) {
    if (kind_of(m)) ++kept;
    g += m.goldstein10;
  }
  return std::to_string(windows_.size()) + ":" + std::to_string(kept) + ":" +
         std::to_string(events_) + ":" + std::to_string(g);
}

bool operator==(const partial_aggregate& a, const partial_aggregate& b) {
  return a.rule_ == b.rule_ && a.windows_ == b.windows_ && a.ids_ == b.ids_ &&
         a.events_ == b.events_ && a.filtered_ == b.filtered_ && a.duplicates_ == b.duplicates_ &&
         a.accounts_ == b.accounts_ &&
         std::equal(a.states_->ids().begin(), a.states_->ids().end(), b.states_->ids().begin(),
                    b.states_->ids().end());
}

std::string partial_aggregate::serialise() const {
  writer w;
  w.out.append(magic);
  w.num(version);
  w.num(static_cast<std::uint8_t>(rule_.window));
  w.num(static_cast<std::uint8_t>(rule_.directed));
  w.num(rule_.quad_classes);
  w.num(static_cast<std::uint32_t>(rule_.code_prefixes.size()));
  for (const auto& p : rule_.code_prefixes)
    w.str(p);
  w.num(rule_.plover_categories);
  w.num(rule_.min_events);
  w.num(rule_.goldstein_threshold10);
  w.num(static_cast<std::uint8_t>(rule_.evidence.has_value()));
  w.num(rule_.evidence.value_or(0));
  w.num(static_cast<std::uint32_t>(states_->size()));
  for (const auto& id : states_->ids())
    w.str(id.view());
  w.num(events_);
  w.num(filtered_);
  w.num(duplicates_);
  std::vector<std::uint64_t> keys;
  keys.reserve(windows_.size());
  for (const auto& [k, m] : windows_)
    keys.push_back(k);
  std::sort(keys.begin(), keys.end());  // equal aggregates have equal bytes
  w.num(static_cast<std::uint64_t>(keys.size()));
  for (const auto k : keys) {
    const auto& m = windows_.at(k);
    w.num(k);
    w.num(m.events);
    for (const auto q : m.quad)
      w.num(q);
    w.num(m.goldstein10);
    w.num(m.tone_micros);
    w.num(m.mentions);
    w.num(m.sources);
    w.num(m.articles);
    w.num(static_cast<std::uint64_t>(m.evidence.size()));
    for (const auto id : m.evidence)
      w.num(id);
  }
  w.num(static_cast<std::uint64_t>(ids_.size()));
  for (const auto& [a, b] : ids_) {
    w.num(a);
    w.num(b);
  }
  w.num(static_cast<std::uint64_t>(accounts_.size()));
  for (const auto& acc : accounts_) {
    w.str(acc.path);
    w.num(acc.read);
    w.num(acc.used);
    w.num(acc.rejected);
    w.num(acc.duplicates);
    w.num(acc.bytes);
    for (const auto s : acc.skipped_by)
      w.num(s);
    w.num(static_cast<std::uint64_t>(acc.unknown_names.size()));
    for (const auto& [name, n] : acc.unknown_names) {
      w.str(name);
      w.num(n);
    }
    w.num(static_cast<std::uint64_t>(acc.diagnostics.size()));
    for (const auto& d : acc.diagnostics) {
      w.num(static_cast<std::uint8_t>(d.level));
      w.num(static_cast<std::uint8_t>(d.code));
      w.str(d.where.path);
      w.num(d.where.line);
      w.num(d.where.column);
      w.str(d.where.field);
      w.str(d.message);
    }
  }
  const auto crc =
      crc32(0L, reinterpret_cast<const Bytef*>(w.out.data()), static_cast<uInt>(w.out.size()));
  w.num(static_cast<std::uint32_t>(crc));
  return std::move(w.out);
}

partial_aggregate partial_aggregate::deserialise(std::string_view bytes,
                                                 std::shared_ptr<const state_index> states) {
  if (bytes.size() < magic.size() + 8 || bytes.substr(0, magic.size()) != magic)
    reader::bad("no GKEVAGG1 magic");
  const auto body = bytes.substr(0, bytes.size() - 4);
  reader tail(bytes.substr(bytes.size() - 4));
  const auto stored = tail.num<std::uint32_t>();
  const auto crc =
      crc32(0L, reinterpret_cast<const Bytef*>(body.data()), static_cast<uInt>(body.size()));
  if (stored != static_cast<std::uint32_t>(crc)) reader::bad("checksum mismatch (corrupted)");
  reader r(body.substr(magic.size()));
  if (const auto v = r.num<std::uint32_t>(); v != version)
    reader::bad("version " + std::to_string(v) + " (this geokg reads version " +
                std::to_string(version) + ")");
  aggregation_rule rule;
  const auto unit = r.num<std::uint8_t>();
  if (unit > static_cast<std::uint8_t>(window_unit::year)) reader::bad("unknown window unit");
  rule.window = static_cast<window_unit>(unit);
  rule.directed = r.num<std::uint8_t>() != 0;
  rule.quad_classes = r.num<std::uint8_t>();
  const auto np = r.num<std::uint32_t>();
  if (np > body.size()) reader::bad("a count exceeds the data");
  for (std::uint32_t i = 0; i < np; ++i)
    rule.code_prefixes.push_back(r.str());
  rule.plover_categories = r.num<std::uint32_t>();
  rule.min_events = r.num<std::uint32_t>();
  rule.goldstein_threshold10 = r.num<std::int32_t>();
  const bool has_evidence = r.num<std::uint8_t>() != 0;
  const auto evidence = r.num<std::uint32_t>();
  rule.evidence = has_evidence ? std::optional<std::uint32_t>(evidence) : std::nullopt;
  partial_aggregate out(std::move(rule), or_builtin(std::move(states)));
  // The writer's state refs, mapped onto this table's by id.
  const auto ns = r.num<std::uint32_t>();
  if (ns > 0x10000) reader::bad("too many states");
  std::vector<state_ref> map(ns);
  for (std::uint32_t i = 0; i < ns; ++i) {
    const auto id = r.str();
    const auto ref = out.states_->by_id(id);
    if (!ref) reader::bad("state '" + id + "' is not in this state table");
    map[i] = *ref;
  }
  const auto remap = [&](std::uint64_t ref) {
    if (ref >= map.size()) reader::bad("a window names an unknown state");
    return map[ref];
  };
  out.events_ = r.num<std::uint64_t>();
  out.filtered_ = r.num<std::uint64_t>();
  out.duplicates_ = r.num<std::uint64_t>();
  const auto nw = r.count(8 * 12);
  for (std::uint64_t i = 0; i < nw; ++i) {
    const auto k = r.num<std::uint64_t>();
    window_measures m;
    m.events = r.num<std::uint64_t>();
    for (auto& q : m.quad)
      q = r.num<std::uint64_t>();
    m.goldstein10 = r.num<std::int64_t>();
    m.tone_micros = r.num<std::int64_t>();
    m.mentions = r.num<std::uint64_t>();
    m.sources = r.num<std::uint64_t>();
    m.articles = r.num<std::uint64_t>();
    const auto ne = r.count(8);
    m.evidence.resize(ne);
    for (auto& id : m.evidence)
      id = r.num<std::uint64_t>();
    const auto nk = key(remap(k >> 48), remap((k >> 32) & 0xFFFFU),
                        static_cast<std::int32_t>(static_cast<std::uint32_t>(k)));
    if (!out.windows_.emplace(nk, std::move(m)).second) reader::bad("a window is repeated");
  }
  const auto ni = r.count(16);
  for (std::uint64_t i = 0; i < ni; ++i) {
    const auto a = r.num<std::uint64_t>();
    const auto b = r.num<std::uint64_t>();
    if (b < a) reader::bad("an id range ends before it starts");
    out.ids_.emplace_hint(out.ids_.end(), a, b);
  }
  const auto na = r.count(4 + (6 + skip_reason_count) * 8);
  for (std::uint64_t i = 0; i < na; ++i) {
    row_account acc;
    acc.path = r.str();
    acc.read = r.num<std::uint64_t>();
    acc.used = r.num<std::uint64_t>();
    acc.rejected = r.num<std::uint64_t>();
    acc.duplicates = r.num<std::uint64_t>();
    acc.bytes = r.num<std::uint64_t>();
    for (auto& s : acc.skipped_by)
      s = r.num<std::uint64_t>();
    const auto nn = r.count(4 + 8);
    for (std::uint64_t j = 0; j < nn; ++j) {
      auto name = r.str();
      const auto n = r.num<std::uint64_t>();
      acc.unknown_names.emplace_back(std::move(name), n);
    }
    const auto nd = r.count(2 + 4 + 8 + 4 + 4);
    for (std::uint64_t j = 0; j < nd; ++j) {
      diagnostic d;
      d.level = static_cast<severity>(r.num<std::uint8_t>());
      const auto code = r.num<std::uint8_t>();
      if (code >= errc_count) reader::bad("unknown error code");
      d.code = static_cast<errc>(code);
      d.where.path = r.str();
      d.where.line = r.num<std::uint32_t>();
      d.where.column = r.num<std::uint32_t>();
      d.where.field = r.str();
      d.message = r.str();
      acc.diagnostics.push_back(std::move(d));
    }
    out.accounts_.push_back(std::move(acc));
  }
  if (!r.done()) reader::bad("trailing bytes");
  return out;
}

std::vector<std::filesystem::path> event_files(const std::filesystem::path& path,
                                               event_format format) {
  switch (format) {
    case event_format::icews: {
      constexpr std::string_view parts[] = {".tab"};
      return io::dataset_files(path, parts, "ICEWS file (*.tab, *.tab.zip)");
    }
    case event_format::polecat: {
      constexpr std::string_view parts[] = {".tsv", ".txt", ".tab"};
      return io::dataset_files(path, parts, "POLECAT file (*.tsv, *.txt, *.tab)");
    }
    case event_format::gdelt:
      break;
  }
  constexpr std::string_view parts[] = {".export."};
  return io::dataset_files(path, parts, "GDELT export file (*.export.CSV)");
}

partial_aggregate aggregate_files(std::span<const std::filesystem::path> files, event_format format,
                                  const aggregation_rule& rule, const aggregate_options& options,
                                  std::shared_ptr<const state_index> states) {
  states = or_builtin(std::move(states));
  if (files.size() > 0xFFFF)
    throw data_error(errc::too_large, "at most 65,535 files are aggregated at once");
  unsigned threads =
      options.threads == 0 ? std::max(1U, std::thread::hardware_concurrency()) : options.threads;
  threads =
      static_cast<unsigned>(std::min<std::size_t>(threads, std::max<std::size_t>(files.size(), 1)));
  std::vector<partial_aggregate> partials(threads, partial_aggregate(rule, states));
  std::vector<std::exception_ptr> errors(files.size());
  std::atomic<std::size_t> next{0};
  std::atomic<bool> failed{false};
  const auto work = [&](unsigned t) {
    auto& p = partials[t];
    const row_sink sink = [&p](const event_row& row) { p.add(row); };
    for (;;) {
      const auto i = next.fetch_add(1);
      if (i >= files.size() || failed.load()) return;
      try {
        auto ro = options.read;
        ro.file_index = static_cast<std::uint16_t>(i);
        p.add_account(read_events(files[i], format, *states, sink, ro));
      } catch (...) {
        errors[i] = std::current_exception();
        failed.store(true);
      }
    }
  };
  if (threads == 1) {
    work(0);
  } else {
    std::vector<std::jthread> pool;
    pool.reserve(threads);
    for (unsigned t = 0; t < threads; ++t)
      pool.emplace_back(work, t);
  }
  for (const auto& e : errors)
    if (e) std::rethrow_exception(e);
  for (unsigned t = 1; t < threads; ++t)
    partials[0].merge(partials[t]);
  return std::move(partials[0]);
}

}  // namespace geokg::events
