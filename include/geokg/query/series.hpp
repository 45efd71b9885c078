#pragma once
// SPDX-License-Identifier: MIT
// Time travel without rebuilding: an interval index answering "which relations were active at D"
// in O(log n + k), calendar steps, and time series of any per-date measure.

#include <algorithm>
#include <chrono>
#include <concepts>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <optional>
#include <span>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

#include "geokg/core/date.hpp"
#include "geokg/core/error.hpp"
#include "geokg/core/interval.hpp"
#include "geokg/core/knowledge_graph.hpp"
#include "geokg/core/predicates.hpp"
#include "geokg/core/views.hpp"
#include "geokg/query/concepts.hpp"

namespace geokg::query {

/// An index of relations by time span, built once from a graph or view, answering "which
/// relations were active at date D" without scanning every relation.
///
/// It is a centred interval tree (Edelsbrunner 1980) over the day numbers of the relations'
/// spans, as the chosen `time_rule` reads them: stabbing queries cost O(log n + k) for k active
/// relations (`for_each_active`, `count_active_at`), plus O(k log k) to return them sorted
/// (`active_at`). It stores 2n small records and no pointer into the graph, so it stays valid
/// while the graph only grows (relations added later are simply not indexed). Build O(n log n).
///
/// Under `time_rule::first_day` (the default) the answer depends only on D's first day. Under
/// `possible` the query is an overlap with D's days; under `certain` a stab at D's first day
/// filtered by D's last day (O(log n + k') where k' relations are active at D's first day).
///
/// **Example**
/// ```
/// geokg::query::time_index idx(g);
/// for (int y = 1900; y < 2024; ++y) {
///   std::size_t n = idx.count_active_at(*geokg::date::from_year(y));
///   // ...
/// }
/// ```
class time_index {
 public:
  /// Indexes every relation of `g`.
  explicit time_index(const knowledge_graph& g, time_rule rule = time_rule::first_day)
      : time_index(g, g.graph(), rule) {}

  /// Indexes the relations of `view` (any `relation_graph` over `g`).
  template <relation_graph G>
  time_index(const knowledge_graph& g, const G& view, time_rule rule = time_rule::first_day)
      : rule_(rule) {
    std::vector<item> items;
    auto [e, e_end] = edges(view);
    for (; e != e_end; ++e) {
      const item it = map(g[*e].when, g.relation_of(*e), rule);
      if (it.lo < it.hi) items.push_back(it);  // never active under this rule
    }
    size_ = items.size();
    by_start_.reserve(items.size());
    by_end_.reserve(items.size());
    root_ = build(items);
  }

  /// Indexes the relations of a geokg view.
  template <geokg_view G>
  explicit time_index(const G& view, time_rule rule = time_rule::first_day)
      : time_index(geokg::graph_of(view), view, rule) {}

  /// The rule the index was built for.
  time_rule rule() const noexcept { return rule_; }
  /// The number of relations indexed (those never active under the rule are left out).
  std::size_t size() const noexcept { return size_; }

  /// Calls `f(relation_index)` for every indexed relation active at `at`, in no particular
  /// order. O(log n + k) under `first_day`.
  template <std::invocable<relation_index> F>
  void for_each_active(const date& at, F&& f) const {
    const std::int64_t first = at.first_day();
    const std::int64_t last = at.last_day();
    switch (rule_) {
      case time_rule::first_day:
        visit(root_, first, first, f);
        break;
      case time_rule::possible:
        visit(root_, first, last, f);
        break;
      case time_rule::certain:
        visit_certain(first, last, f);
        break;
    }
  }

  /// The indexed relations active at `at`, sorted by index. O(log n + k log k).
  std::vector<relation_index> active_at(const date& at) const {
    std::vector<relation_index> out;
    active_at(at, out);
    return out;
  }

  /// The same into a caller's buffer (cleared first), to reuse its memory across dates.
  void active_at(const date& at, std::vector<relation_index>& out) const {
    out.clear();
    for_each_active(at, [&out](relation_index r) { out.push_back(r); });
    std::sort(out.begin(), out.end());
  }

  /// The number of indexed relations active at `at`. O(log n + k).
  std::size_t count_active_at(const date& at) const {
    std::size_t n = 0;
    for_each_active(at, [&n](relation_index) { ++n; });
    return n;
  }

 private:
  // A relation's span as day numbers [lo, hi) under the rule; open ends are +-infinity.
  struct item {
    std::int64_t lo;
    std::int64_t hi;
    relation_index relation;
  };
  // A node holds the spans containing its centre, sorted twice; children hold the spans wholly
  // before (hi <= centre) and wholly after (lo > centre) it.
  struct node {
    std::int64_t centre;
    std::uint32_t begin;
    std::uint32_t count;
    std::uint32_t left;
    std::uint32_t right;
  };
  static constexpr std::uint32_t none = std::numeric_limits<std::uint32_t>::max();
  static constexpr std::int64_t minus_infinity = std::numeric_limits<std::int64_t>::min();
  static constexpr std::int64_t plus_infinity = std::numeric_limits<std::int64_t>::max();

  // The days a relation is active under each rule (see `interval::contains`):
  //   first_day: start.first <= D.first < end.first
  //   certain:   start.last  <= D.first,  D.last < end.first
  //   possible:  start.first <= D.last,   D.first < end.last
  static item map(const interval& when, relation_index r, time_rule rule) noexcept {
    item it{minus_infinity, plus_infinity, r};
    if (const auto s = when.start())
      it.lo = rule == time_rule::certain ? s->last_day() : s->first_day();
    if (const auto e = when.end())
      it.hi = rule == time_rule::possible ? e->last_day() : e->first_day();
    return it;
  }

  std::uint32_t build(std::vector<item>& items) {
    if (items.empty()) return none;
    // The centre is the median start, so at least that span lies in this node and each child
    // gets at most half of the spans: the depth is O(log n).
    auto middle = items.begin() + static_cast<std::ptrdiff_t>(items.size() / 2);
    std::nth_element(items.begin(), middle, items.end(),
                     [](const item& x, const item& y) { return x.lo < y.lo; });
    const std::int64_t centre = middle->lo;
    std::vector<item> left;
    std::vector<item> right;
    std::vector<item> here;
    for (const item& it : items) {
      if (it.hi <= centre)
        left.push_back(it);
      else if (it.lo > centre)
        right.push_back(it);
      else
        here.push_back(it);
    }
    items.clear();
    items.shrink_to_fit();
    const auto index = static_cast<std::uint32_t>(nodes_.size());
    nodes_.push_back({centre, static_cast<std::uint32_t>(by_start_.size()),
                      static_cast<std::uint32_t>(here.size()), none, none});
    std::sort(here.begin(), here.end(), [](const item& x, const item& y) {
      return x.lo != y.lo ? x.lo < y.lo : x.relation < y.relation;
    });
    by_start_.insert(by_start_.end(), here.begin(), here.end());
    std::sort(here.begin(), here.end(), [](const item& x, const item& y) {
      return x.hi != y.hi ? x.hi > y.hi : x.relation < y.relation;
    });
    by_end_.insert(by_end_.end(), here.begin(), here.end());
    const std::uint32_t l = build(left);
    const std::uint32_t r = build(right);
    nodes_[index].left = l;
    nodes_[index].right = r;
    return index;
  }

  // Reports the spans [lo, hi) with lo <= last and hi > first (an overlap with [first, last];
  // a stab when first == last).
  template <class F>
  void visit(std::uint32_t at, std::int64_t first, std::int64_t last, F& f) const {
    while (at != none) {
      const node& n = nodes_[at];
      const auto begin = static_cast<std::ptrdiff_t>(n.begin);
      const auto end = begin + static_cast<std::ptrdiff_t>(n.count);
      if (last < n.centre) {  // every span here has hi > centre > last: test lo
        for (auto i = begin; i < end && by_start_[static_cast<std::size_t>(i)].lo <= last; ++i)
          f(by_start_[static_cast<std::size_t>(i)].relation);
        at = n.left;
      } else if (first > n.centre) {  // every span here has lo <= centre < first: test hi
        for (auto i = begin; i < end && by_end_[static_cast<std::size_t>(i)].hi > first; ++i)
          f(by_end_[static_cast<std::size_t>(i)].relation);
        at = n.right;
      } else {  // first <= centre <= last: every span here qualifies
        for (auto i = begin; i < end; ++i)
          f(by_start_[static_cast<std::size_t>(i)].relation);
        if (first < n.centre) visit(n.left, first, last, f);
        at = last > n.centre ? n.right : none;
      }
    }
  }

  // certain: lo <= first and hi > last. A stab at `first`, filtered on `last`.
  template <class F>
  void visit_certain(std::int64_t first, std::int64_t last, F& f) const {
    visit_items(root_, first, [&](const item& it) {
      if (it.hi > last) f(it.relation);
    });
  }

  // Stab at `day`, reporting whole items.
  template <class F>
  void visit_items(std::uint32_t at, std::int64_t day, F&& f) const {
    while (at != none) {
      const node& n = nodes_[at];
      const std::size_t begin = n.begin;
      const std::size_t end = begin + n.count;
      if (day < n.centre) {
        for (std::size_t i = begin; i < end && by_start_[i].lo <= day; ++i)
          f(by_start_[i]);
        at = n.left;
      } else {
        for (std::size_t i = begin; i < end && by_end_[i].hi > day; ++i)
          f(by_end_[i]);
        at = day > n.centre ? n.right : none;
      }
    }
  }

  time_rule rule_ = time_rule::first_day;
  std::size_t size_ = 0;
  std::vector<node> nodes_{};
  std::vector<item> by_start_{};
  std::vector<item> by_end_{};
  std::uint32_t root_ = none;
};

/// The unit of a calendar step.
enum class step_unit : std::uint8_t {
  day,    ///< Days.
  month,  ///< Calendar months (the day of month is kept, or clamped to the month's last day).
  year,   ///< Calendar years (29 February becomes 28 February in common years).
};

/// A calendar step: `count` units.
struct step {
  step_unit unit = step_unit::year;
  unsigned count = 1;  ///< At least 1.
};

/// One year.
inline constexpr step yearly{step_unit::year, 1};
/// One month.
inline constexpr step monthly{step_unit::month, 1};

/// The dates from `from` to `to` (inclusive, compared by first day) every `every`. The dates keep
/// the precision of `from` when the step allows it: yearly steps from a year give years
/// ("1950", "1951", ...), monthly steps from a year or month give months; otherwise days. Empty
/// if `to` is before `from`.
/// @throws data_error `invalid_value` if `every.count` is 0.
///
/// **Example**
/// ```
/// using geokg::date;
/// auto years = geokg::query::step_dates(*date::from_year(1945), *date::from_year(2023),
///                                       geokg::query::yearly);  // 79 dates
/// ```
inline std::vector<date> step_dates(date from, date to, step every) {
  if (every.count == 0) throw data_error(errc::invalid_value, "a calendar step must be at least 1");
  std::vector<date> out;
  if (to.first_day() < from.first_day()) return out;
  const bool by_year = every.unit == step_unit::year && from.precision() == date_precision::year;
  const bool by_month =
      every.unit == step_unit::month &&
      (from.precision() == date_precision::year || from.precision() == date_precision::month);
  const std::chrono::year_month_day start{std::chrono::year{from.year()},
                                          std::chrono::month{from.month()},
                                          std::chrono::day{from.day()}};
  for (long long k = 0;; ++k) {
    std::optional<date> next;
    const long long amount = k * every.count;
    if (every.unit == step_unit::day) {
      const auto day = static_cast<long long>(from.first_day()) + amount;
      if (day > std::numeric_limits<std::int32_t>::max()) break;
      next = date::from_day_number(static_cast<std::int32_t>(day));
    } else {
      const long long months = every.unit == step_unit::year ? amount * 12 : amount;
      const long long month0 =
          static_cast<long long>(static_cast<unsigned>(start.month())) - 1 + months;
      const long long year = static_cast<int>(start.year()) + month0 / 12;
      const auto month = static_cast<unsigned>(month0 % 12 + 1);
      if (year > date::max_year) break;
      const int y = static_cast<int>(year);
      if (by_year) {
        next = date::from_year(y);
      } else if (by_month) {
        next = date::from_year_month(y, month);
      } else {
        const std::chrono::year_month_day_last end_of_month{
            std::chrono::year{y}, std::chrono::month_day_last{std::chrono::month{month}}};
        const unsigned day =
            std::min(static_cast<unsigned>(start.day()), static_cast<unsigned>(end_of_month.day()));
        next = date::from_ymd(y, month, day);
      }
    }
    if (!next || next->first_day() > to.first_day()) break;
    out.push_back(*next);
  }
  return out;
}

/// The active relations at one date, as handed to an active-set measure by `series`.
struct active_set {
  const knowledge_graph* graph = nullptr;       ///< The graph the relations belong to.
  date at{};                                    ///< The date.
  std::span<const relation_index> relations{};  ///< Active relations, sorted by index.
};

/// One point of a time series.
template <class T>
struct series_point {
  date at{};
  T value{};

  friend bool operator==(const series_point&, const series_point&) = default;
};

namespace detail {

// The graph as it stood at `at`: a view for a knowledge graph, a restricted view for a view.
inline relation_view<is_active_at> dated(const knowledge_graph& g, date at, time_rule rule) {
  return active_at(g, at, rule);
}
template <relation_predicate P>
relation_view<both<P, is_active_at>> dated(const relation_view<P>& v, date at, time_rule rule) {
  return restrict(v, is_active_at{at, rule});
}

template <class Base>
using dated_view_t =
    decltype(dated(std::declval<const Base&>(), std::declval<date>(), time_rule::first_day));

template <class Base>
concept dateable = requires(const Base& b) {
  dated(b, date{}, time_rule::first_day);
};

}  // namespace detail

/// The type of the view a view measure of `series` receives for a base of type `Base`:
/// `relation_view<is_active_at>` for a `knowledge_graph`, `relation_view<both<P, is_active_at>>`
/// for a `relation_view<P>`.
///
/// **Example**
/// ```
/// const auto friendly = geokg::with_sign(g, geokg::sign::positive);
/// auto measure = [](const geokg::query::view_at<decltype(friendly)>& v) {
///   return geokg::query::common_allies(v, jpn, kor).size();
/// };
/// ```
template <class Base>
requires detail::dateable<Base>
using view_at = detail::dated_view_t<Base>;

namespace detail {
template <class M, class Arg>
concept measure_of = std::invocable<M&, Arg> && !std::is_void_v<std::invoke_result_t<M&, Arg>>;
}  // namespace detail

/// A per-date measure over the set of active relations: `measure(const active_set&)`, returning
/// a value.
template <class M>
concept active_set_measure = detail::measure_of<M, const active_set&>;

/// A per-date measure over the graph as it stood then: `measure(const view_at<Base>&)`, returning
/// a value; the view is `active_at(g, d)` (or the base view restricted to `is_active_at{d}`).
template <class M, class Base>
concept view_measure = detail::dateable<Base> && detail::measure_of < M,
        const detail::dated_view_t<Base>
& > ;

/// A time series over a prebuilt `time_index` of `g`: `measure(const active_set&)` is called at
/// each date of `step_dates(from, to, every)`. The graph is never copied or rebuilt; the active
/// set lives in one reused buffer, valid only during the call.
///
/// Complexity: O(steps * (log n + k log k)) plus the measure.
///
/// **Example**
/// ```
/// geokg::query::time_index idx(g);
/// auto counts = geokg::query::series(idx, g, *geokg::date::from_year(1950),
///                                    *geokg::date::from_year(2020), geokg::query::yearly,
///                                    [](const geokg::query::active_set& s) {
///                                      return s.relations.size();
///                                    });
/// ```
template <active_set_measure M>
auto series(const time_index& index, const knowledge_graph& g, date from, date to, step every,
            M measure) {
  using value_type = std::invoke_result_t<M&, const active_set&>;
  std::vector<series_point<value_type>> out;
  std::vector<relation_index> active;
  for (const date d : step_dates(from, to, every)) {
    index.active_at(d, active);
    out.push_back({d, measure(active_set{&g, d, active})});
  }
  return out;
}

/// A time series of any per-date measure over a knowledge graph or a geokg `relation_view`, at
/// each date of `step_dates(from, to, every)`, without rebuilding the graph per step. The measure
/// takes either
/// - `const active_set&`: the relations active then (from a `time_index` built once), or
/// - the graph as it stood then as a Boost graph: `active_at(g, d, rule)` for a knowledge graph,
///   or `restrict(base, is_active_at{d, rule})` for a view.
/// Spell the measure's parameter type (`const active_set&` or `const view_at<Base>&`): a generic
/// lambda is tried with the active set first, and its body must then compile for it.
///
/// **Example**
/// ```
/// using namespace geokg;
/// // Number of alliances active each year, and Japan's number of friends each year.
/// auto alliances = query::series(of_kinds(g, {relation_kind::alliance}), *date::from_year(1945),
///                                *date::from_year(2023), query::yearly,
///                                [](const query::active_set& s) { return s.relations.size(); });
/// auto friends = query::series(g, *date::from_year(1945), *date::from_year(2023), query::yearly,
///                              [&](const relation_view<is_active_at>& v) {
///                                return query::allies(v, g.actor_index_of("JPN")).size(); });
/// ```
template <class Base, class M>
requires detail::dateable<Base> &&
    (active_set_measure<M> ||
     view_measure<M, Base>)auto series(const Base& base, date from, date to, step every, M measure,
                                       time_rule rule = time_rule::first_day) {
  if constexpr (active_set_measure<M>) {
    const knowledge_graph& g = detail::knowledge_of(base);
    const time_index index(g, detail::boost_of(base), rule);
    return series(index, g, from, to, every, std::move(measure));
  } else {
    using value_type = std::invoke_result_t<M&, const detail::dated_view_t<Base>&>;
    std::vector<series_point<value_type>> out;
    for (const date d : step_dates(from, to, every))
      out.push_back({d, measure(detail::dated(base, d, rule))});
    return out;
  }
}

}  // namespace geokg::query
