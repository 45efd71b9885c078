// SPDX-License-Identifier: MIT
// The Global Sanctions Data Base (GSDB), release 3 (1949-2022): each case a sanction relation
// from each sanctioning state or organisation to each sanctioned one, named by name.

#include <algorithm>
#include <array>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "../loader_text.hpp"
#include "dataset_text.hpp"
#include "loaders.hpp"
#include "organisations.hpp"

namespace geokg::io::detail {
namespace {

constexpr std::string_view source_id = "gsdb_3";

source_document gsdb_source() {
  return source_document{
      std::string(source_id),
      source_kind::dataset,
      "Global Sanctions Data Base (GSDB), release 3",
      "Felbermayr, Kirilakha, Syropoulos, Yalcin and Yotov",
      "GSDB team",
      parse_date("2022"),
      "",
      std::nullopt,
      "Cite: Felbermayr, Gabriel, Aleksandra Kirilakha, Constantinos Syropoulos, Erdal Yalcin, and "
      "Yoto V. Yotov. 2020. \"The Global Sanctions Data Base.\" European Economic Review 129: "
      "103561; and Kirilakha, Felbermayr, Syropoulos, Yalcin and Yotov. 2021. \"The Global "
      "Sanctions Data Base: An Update that Includes the Years of the Trump Presidency.\" GSDB is "
      "distributed by its authors on request; confirm the terms with them before redistributing."};
}

// The last year of release 3: an end year of 2022 means "ongoing when the data were released".
constexpr std::int64_t release_year = 2022;

// GSDB keeps the names of two states that merged for the merged state: "South Vietnam" for
// Vietnam after 1975 and "Yemen, North" for Yemen after 1990 (the sanctions of 1976-2022 against
// "South Vietnam" are against the Socialist Republic). From the year given, the name is the
// successor's.
struct renamed_state {
  std::string_view name;
  std::int64_t from_year;
  std::string_view id;
};
constexpr std::array<renamed_state, 2> successors = {{
    {"South Vietnam", 1976, "VNM"},
    {"Yemen, North", 1990, "YEM"},
}};

constexpr std::array<std::string_view, 6> type_columns = {"trade",     "arms",   "military",
                                                          "financial", "travel", "other"};

std::vector<std::string_view> split_commas(std::string_view s) {
  std::vector<std::string_view> out;
  for (std::size_t b = 0; b <= s.size();) {
    auto e = s.find(',', b);
    if (e == std::string_view::npos) e = s.size();
    out.push_back(trim(s.substr(b, e - b)));
    b = e + 1;
  }
  return out;
}

// A year cell (GSDB's begin and end).
std::int64_t year_cell(const table_reader& t, std::size_t col) {
  const auto v = int_cell(t, col);
  if (!v) fail(errc::missing_field, "no year", t.where(col));
  if (*v < 1000 || *v > 9998)
    fail(errc::invalid_date, "impossible year " + quote_text(t[col]), t.where(col));
  return *v;
}

struct party {
  actor_id id;
  std::string name;  // as GSDB writes it
};

struct unmapped {
  std::string name;
  std::string column;
  std::string why;
  location where;
};

class name_resolver {
 public:
  explicit name_resolver(dataset_context& ctx) : ctx_(ctx) {}

  // Whether a name denotes anything (used to split a cell into names).
  bool known(std::string_view name) const {
    return find_organisation(name) != nullptr || !ctx_.states.codes().by_name(name).empty();
  }

  // The parties a cell names. GSDB separates several names with commas, and some names hold a
  // comma ("Egypt, Arab Rep.", "Korea, North"): at each position the longest run of
  // comma-separated pieces that is a known name wins; a piece that starts no known name is
  // unmapped.
  std::vector<party> resolve(const table_reader& t, std::size_t col, std::int64_t begin,
                             std::int64_t end, std::vector<unmapped>& bad) {
    std::vector<party> out;
    const auto pieces = split_commas(t[col]);
    for (std::size_t i = 0; i < pieces.size();) {
      std::size_t taken = 0;
      for (std::size_t j = pieces.size(); j > i && taken == 0; --j) {
        const auto first = pieces[i].data();
        const auto last = pieces[j - 1].data() + pieces[j - 1].size();
        const std::string_view name(first, static_cast<std::size_t>(last - first));
        if (j - i > 1 && !known(name)) continue;
        taken = j - i;
        if (name.empty()) {
          bad.push_back({"", t.header()[col], "an empty name", t.where(col)});
        } else if (auto id = one(name, begin, end, bad, t, col)) {
          if (std::none_of(out.begin(), out.end(), [&](const party& p) { return p.id == *id; }))
            out.push_back({std::move(*id), std::string(name)});
        }
      }
      i += taken;
    }
    return out;
  }

 private:
  std::optional<actor_id> one(std::string_view name, std::int64_t begin, std::int64_t end,
                              std::vector<unmapped>& bad, const table_reader& t, std::size_t col) {
    if (const auto* o = find_organisation(name)) {
      ctx_.states.define_other(make_organisation(*o, "GSDB"));
      return actor_id(o->id);
    }
    for (const auto& s : successors)
      if (s.name == name && begin >= s.from_year) return ctx_.states.use(actor_id(s.id));
    const auto& codes = ctx_.states.codes();
    const auto ids = codes.by_name(name);
    if (ids.empty()) {
      bad.push_back({std::string(name), t.header()[col], "no state or organisation of that name",
                     t.where(col)});
      return std::nullopt;
    }
    // The state of that name on the first day of the case's first year; if none (a state that
    // joined the COW system during the case), the first one in the case's years.
    for (auto y = begin; y <= end; ++y) {
      for (const auto& d : {date::from_ymd(static_cast<int>(y), 1, 1),
                            date::from_ymd(static_cast<int>(y), 12, 31)}) {
        if (auto id = codes.by_name(name, *d)) return ctx_.states.use(*id);
      }
    }
    // Not a COW system member in those years (Lithuania in 1990, Kiribati in 1995): a name that
    // denotes one state only still names it (the builder warns that the relation falls outside
    // the state's existence).
    if (ids.size() == 1) return ctx_.states.use(ids.front());
    std::string list;
    for (const auto& id : ids)
      list += (list.empty() ? "" : ", ") + id.str();
    bad.push_back({std::string(name), t.header()[col],
                   "ambiguous: it names " + list + ", none of them or several in the case's years",
                   t.where(col)});
    return std::nullopt;
  }

  dataset_context& ctx_;
};

}  // namespace

void load_gsdb(const input& in, dataset_context& ctx) {
  const auto file = dataset_path(in.path, "GSDB_V3.csv");
  const auto text = read_dataset_text(file, ctx.options);
  const auto* path = ctx.builder.intern_path(file.string());
  table_reader t(text, path);
  const auto c_case = t.require("case_id"), c_target = t.require("sanctioned_state"),
             c_sender = t.require("sanctioning_state"), c_begin = t.require("begin"),
             c_end = t.require("end"), c_descr = t.require("descr_trade"),
             c_tmult = t.require("target_mult"), c_smult = t.require("sender_mult"),
             c_objective = t.require("objective"), c_success = t.require("success");
  std::array<std::size_t, type_columns.size()> c_types{};
  for (std::size_t i = 0; i < type_columns.size(); ++i)
    c_types[i] = t.require(type_columns[i]);
  add_dataset_source(ctx, gsdb_source());

  name_resolver names(ctx);
  std::map<std::string, std::uint64_t> unmapped_rows;  // name (column) -> rows

  const auto flag = [&](std::size_t col) {
    const auto v = int_cell(t, col);
    if (!v || (*v != 0 && *v != 1))
      fail(errc::invalid_value, "expected 0 or 1, found " + quote_text(t[col]), t.where(col));
    return *v == 1;
  };

  for_each_row(t, ctx, record_kind::relation, [&] {
    const auto case_id = int_cell(t, c_case);
    if (!case_id) fail(errc::missing_field, "no case id", t.where(c_case));
    const auto begin = year_cell(t, c_begin);
    const auto end = year_cell(t, c_end);
    if (end < begin)
      fail(errc::end_before_start,
           "ends (" + std::to_string(end) + ") before it begins (" + std::to_string(begin) + ")",
           t.where(c_end));

    std::vector<unmapped> bad;
    const auto targets = names.resolve(t, c_target, begin, end, bad);
    const auto senders = names.resolve(t, c_sender, begin, end, bad);
    if (!bad.empty()) {
      std::string message = bad.size() == 1 ? "unmapped name " : "unmapped names ";
      for (std::size_t i = 0; i < bad.size(); ++i) {
        const auto& b = bad[i];
        message += (i == 0 ? "" : ", ") + quote_text(b.name) + " in column '" + b.column + "' (" +
                   b.why + ")";
        ++unmapped_rows[quote_text(b.name) + " (" + b.column + ")"];
      }
      fail(errc::unknown_actor, message + "; case rejected", bad.front().where);
    }

    // Sanction types: the flags as the subkind, GSDB's trade detail, objectives with outcomes.
    std::string types;
    for (std::size_t i = 0; i < type_columns.size(); ++i)
      if (flag(c_types[i])) types += (types.empty() ? "" : "+") + std::string(type_columns[i]);
    std::string note;
    if (types.empty()) add_note(note, "sanction types", "none flagged");
    add_note(note, "trade", t[c_descr]);
    const auto objectives = split_commas(t[c_objective]);
    const auto outcomes = split_commas(t[c_success]);
    if (objectives.size() == outcomes.size()) {
      std::string pairs;
      for (std::size_t i = 0; i < objectives.size(); ++i)
        pairs += (i == 0 ? "" : ", ") + std::string(objectives[i]) + " (" +
                 std::string(outcomes[i]) + ")";
      add_note(note, "objectives (success)", pairs);
    } else {
      add_note(note, "objectives", t[c_objective]);
      add_note(note, "success", t[c_success]);
    }
    if (end == release_year) add_note(note, "end", "ongoing at the 2022 release (open end)");
    if (flag(c_tmult)) add_note(note, "episode", "one of several targets (target_mult)");
    if (flag(c_smult)) add_note(note, "episode", "one of several senders (sender_mult)");
    if (senders.size() > 1 || targets.size() > 1)
      add_note(
          note, "GSDB names",
          "sanctioning " + quote_text(t[c_sender]) + ", sanctioned " + quote_text(t[c_target]));

    const auto first = date::from_year(static_cast<int>(begin));
    const auto after =
        end == release_year ? std::nullopt : date::from_year(static_cast<int>(end + 1));
    const auto span = to_interval(first, after, t.where(c_end));
    const bool any_pair = std::any_of(senders.begin(), senders.end(), [&](const party& s) {
      return std::any_of(targets.begin(), targets.end(),
                         [&](const party& x) { return s.id != x.id; });
    });
    if (!any_pair)
      fail(errc::self_relation,
           "case " + std::to_string(*case_id) +
               ": the sanctioning and the sanctioned are the same (" + quote_text(t[c_sender]) +
               "); no relation",
           t.where(c_sender));
    for (const auto& s : senders) {
      for (const auto& x : targets) {
        if (s.id == x.id) {
          ctx.builder.warn({severity::warning, errc::self_relation, t.where(c_sender),
                            "case " + std::to_string(*case_id) + ": " + quote_text(s.name) +
                                " sanctions itself; no relation"});
          continue;
        }
        relation_spec r{s.id, x.id, relation_kind::sanction, span};
        r.subkind = types;
        r.info.id = "GSDB-" + std::to_string(*case_id) + "-" + s.id.str() + "-" + x.id.str();
        r.info.citations.push_back(
            {std::string(source_id), "case_id " + std::to_string(*case_id), {}, {}});
        r.info.note = note;
        ctx.builder.add_relation(
            std::move(r),
            t.origin_as(
                {{"source", c_sender}, {"target", c_target}, {"start", c_begin}, {"end", c_end}}));
      }
    }
  });

  if (!unmapped_rows.empty()) {
    std::uint64_t rows = 0;
    std::string list;
    for (const auto& [name, n] : unmapped_rows) {
      rows += n;
      list += (list.empty() ? "" : ", ") + name + (n > 1 ? " x" + std::to_string(n) : "");
    }
    ctx.builder.warn(
        {severity::warning, errc::unknown_actor, location{*path, 0, 0, {}},
         std::to_string(unmapped_rows.size()) + " distinct names in " + std::to_string(rows) +
             " places could not be mapped to a state or organisation (those cases are rejected): " +
             list});
  }
}

}  // namespace geokg::io::detail
