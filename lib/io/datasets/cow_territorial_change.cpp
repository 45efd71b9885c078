// SPDX-License-Identifier: MIT
// COW Territorial Change v6 (tc2018.csv): each transfer of territory between two states a dated
// relation (annexation, cession or other, by procedure); a transfer with one state an event.

#include <string>
#include <utility>
#include <vector>

#include "../loader_text.hpp"
#include "cow_fields.hpp"
#include "dataset_text.hpp"
#include "loaders.hpp"

namespace geokg::io::detail {
namespace {

constexpr std::string_view source_id = "cow_tc_6";

source_document tc_source() {
  return source_document{
      std::string(source_id),
      source_kind::dataset,
      "Territorial Change, 1816-2018, v6",
      "Jaroslav Tir, Philip Schafer, Paul F. Diehl and Gary Goertz",
      "Correlates of War Project",
      std::nullopt,
      "https://correlatesofwar.org/data-sets/territorial-change/",
      std::nullopt,
      "Cite: Tir, Jaroslav, Philip Schafer, Paul F. Diehl, and Gary Goertz. 1998. \"Territorial "
      "Changes, 1816-1996: Procedures and Data.\" Conflict Management and Peace Science 16: 89-97. "
      "Give the version number (6)."};
}

// How a procedure becomes a statement. Conquest and annexation are `annexation` (the gainer takes
// territory from the loser); cession is `cession`, whose source is the state that cedes, so the
// loser; the procedures the taxonomy has no kind for are `other`, gainer first, with the procedure
// as subkind.
struct procedure {
  relation_kind kind;
  std::string_view subkind;
  bool loser_is_source;
};

procedure procedure_of(std::optional<std::int64_t> code, const table_reader& t, std::size_t col) {
  if (!code) return {relation_kind::other, "transfer", false};  // -9: the procedure is unknown
  switch (*code) {
    case 1:
      return {relation_kind::annexation, "conquest", false};
    case 2:
      return {relation_kind::annexation, "annexation", false};
    case 3:
      return {relation_kind::cession, "cession", true};
    case 4:
      return {relation_kind::other, "secession", false};
    case 5:
      return {relation_kind::other, "unification", false};
    case 6:
      return {relation_kind::other, "mandate", false};
    default:
      fail(errc::invalid_value, "unknown procedure code '" + std::string(t[col]) + "' (1-6 or -9)",
           t.where(col));
  }
}

// A yes/no column: 1 yes, 0 no, missing codes unknown.
std::optional<bool> flag(const table_reader& t, std::size_t col) {
  const auto v = cow_int(t, col);
  if (!v) return std::nullopt;
  if (*v != 0 && *v != 1)
    fail(errc::invalid_value, "expected 0 or 1, found '" + std::string(t[col]) + "'", t.where(col));
  return *v == 1;
}

// A quantity cell: `.` and the COW codes are missing; anything else must be a number >= 0.
std::optional<double> amount(const table_reader& t, std::size_t col) {
  const auto text = t[col];
  if (text == "." || text.empty() || text == "-9" || text == "-8") return std::nullopt;
  const auto v = double_cell(t, col);
  if (v && *v < 0)
    fail(errc::invalid_value, "negative amount '" + std::string(text) + "'", t.where(col));
  return v;
}

// One party of a transfer: a state geokg knows, or else what the file says about it.
struct party {
  std::optional<actor_id> state;
  std::string description;  // "not a state (-9)", "COW code 815, not in geokg's state table"
};

party resolve(const table_reader& t, std::size_t col, std::string_view role, dataset_context& ctx) {
  const auto code = cow_int(t, col);
  if (!code) return {std::nullopt, "not a state (" + std::string(t[col]) + ")"};
  const auto* entry =
      *code >= 0 && *code < 100000 ? ctx.states.codes().by_cow(static_cast<int>(*code)) : nullptr;
  if (entry == nullptr) {
    // TC codes some dependencies and pre-system entities with numbers that are no COW state.
    ctx.builder.warn({severity::warning, errc::unknown_actor, t.where(col),
                      std::string(role) + " code " + std::to_string(*code) +
                          " is not a COW state in geokg's table; taken as a non-state entity"});
    return {std::nullopt, "code " + std::to_string(*code) + ", not a COW state"};
  }
  return {ctx.states.use(entry->id), {}};
}

}  // namespace

void load_cow_tc(const input& in, dataset_context& ctx) {
  const auto file = dataset_path(in.path, "tc2018.csv");
  const auto text = read_dataset_text(file, ctx.options);
  table_reader t(text, ctx.builder.intern_path(file.string()));
  const auto c_year = t.require("year"), c_month = t.require("month"),
             c_gainer = t.require("gainer"), c_proc = t.require("procedur"),
             c_entity = t.require("entity"), c_contgain = t.require("contgain"),
             c_area = t.require("area"), c_pop = t.require("pop"), c_portion = t.require("portion"),
             c_loser = t.require("loser"), c_contlose = t.require("contlose"),
             c_entry = t.require("entry"), c_exit = t.require("exit"),
             c_number = t.require("number"), c_indep = t.require("indep"),
             c_conflict = t.require("conflict");
  add_dataset_source(ctx, tc_source());
  // A transfer is a point in time: the days of its month (or of its year when the month is
  // missing), as a single date in the curated data is.
  for_each_row(t, ctx, record_kind::relation, [&] {
    const auto number = cow_int(t, c_number);
    if (!number) fail(errc::missing_field, "no change number", t.where(c_number));
    const auto when = cow_date(t, c_year, c_month, std::nullopt);
    if (!when) fail(errc::missing_field, "no year", t.where(c_year));
    const auto span = interval::covering(*when);
    if (!span) fail(errc::invalid_date, "no interval for " + to_string(*when), t.where(c_year));
    const auto proc_code = cow_int(t, c_proc);
    const auto proc = procedure_of(proc_code, t, c_proc);
    const auto gainer = resolve(t, c_gainer, "gainer", ctx);
    const auto loser = resolve(t, c_loser, "loser", ctx);
    if (!gainer.state && !loser.state)
      fail(errc::unknown_actor,
           "neither the gainer (" + gainer.description + ") nor the loser (" + loser.description +
               ") is a state",
           t.where(c_gainer));

    statement_info info;
    info.id = "TC-" + std::to_string(*number);
    info.citations.push_back(
        {std::string(source_id), "tc2018.csv number " + std::to_string(*number), {}, {}});
    if (const auto area = amount(t, c_area))
      info.quantities.push_back({"area", quantity::exact(*area, "km2")});
    if (const auto pop = amount(t, c_pop))
      info.quantities.push_back({"population", quantity::exact(*pop, "person")});
    auto& note = info.note;
    const auto entity = cow_int(t, c_entity);
    const auto portion = flag(t, c_portion);
    add_note(note, "",
             "territory: " +
                 (entity ? "entity " + std::to_string(*entity) : std::string("entity unknown")) +
                 (portion ? (*portion ? " (entire)" : " (part)") : ""));
    if (!proc_code) add_note(note, "", "procedure unknown (" + std::string(t[c_proc]) + ")");
    if (!gainer.state) add_note(note, "", "gainer: " + gainer.description);
    if (!loser.state) add_note(note, "", "loser: " + loser.description);
    if (gainer.state && gainer.state == loser.state)
      add_note(note, "", "gainer and loser: " + std::string(gainer.state->view()));
    if (proc.kind == relation_kind::other && gainer.state && loser.state)
      add_note(
          note, "",
          std::string(gainer.state->view()) + " gains from " + std::string(loser.state->view()));
    if (const auto v = flag(t, c_contgain))
      add_note(note, "", *v ? "contiguous to the gainer" : "not contiguous to the gainer");
    if (const auto v = flag(t, c_contlose))
      add_note(note, "", *v ? "contiguous to the loser" : "not contiguous to the loser");
    if (flag(t, c_entry).value_or(false)) add_note(note, "", "the gainer enters the state system");
    if (flag(t, c_exit).value_or(false)) add_note(note, "", "the loser leaves the state system");
    if (flag(t, c_indep).value_or(false)) add_note(note, "", "independence");
    if (const auto v = flag(t, c_conflict))
      add_note(note, "", *v ? "armed conflict" : "no armed conflict");
    const auto origin = t.origin_as({{"id", c_number},
                                     {"source", proc.loser_is_source ? c_loser : c_gainer},
                                     {"target", proc.loser_is_source ? c_gainer : c_loser},
                                     {"start", c_year}});

    if (gainer.state && loser.state && *gainer.state != *loser.state) {
      relation_spec r{proc.loser_is_source ? *loser.state : *gainer.state,
                      proc.loser_is_source ? *gainer.state : *loser.state, proc.kind, *span};
      r.subkind = std::string(proc.subkind);
      r.info = std::move(info);
      ctx.builder.add_relation(std::move(r), origin);
      return;
    }
    // One state (or the same state on both ends): an event in which it takes part, gainer as
    // initiator and loser as target; the other party is described in the note.
    if (gainer.state && loser.state)
      ctx.builder.warn({severity::warning, errc::self_relation, t.where(c_loser),
                        "change " + std::to_string(*number) + " has " +
                            std::string(gainer.state->view()) +
                            " as gainer and loser; loaded as an event, not a relation"});
    event_spec e;
    e.kind = proc.kind;
    e.when = *span;
    e.subkind = std::string(proc.subkind);
    e.title = "Territorial change " + std::to_string(*number);
    if (gainer.state) e.participants.push_back({*gainer.state, participant_role::initiator});
    if (loser.state && loser.state != gainer.state)
      e.participants.push_back({*loser.state, participant_role::target});
    e.info = std::move(info);
    ctx.builder.add_event(std::move(e),
                          t.origin_as({{"id", c_number},
                                       {"participants/0", gainer.state ? c_gainer : c_loser},
                                       {"start", c_year}}));
  });
}

}  // namespace geokg::io::detail
