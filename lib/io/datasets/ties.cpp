// SPDX-License-Identifier: MIT
// TIES v4.1, Threat and Imposition of Economic Sanctions 1945-2005: each case a threat relation
// (threat stage) and a sanction relation (imposition) from each of its senders to its target.

#include <algorithm>
#include <array>
#include <cctype>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "../loader_text.hpp"
#include "cow_fields.hpp"
#include "dataset_text.hpp"
#include "loaders.hpp"
#include "organisations.hpp"

namespace geokg::io::detail {
namespace {

constexpr std::string_view source_id = "ties_4_1";

source_document ties_source() {
  return source_document{
      std::string(source_id),
      source_kind::dataset,
      "Threat and Imposition of Economic Sanctions (TIES), v4.1",
      "Morgan, Bapat and Kobayashi",
      "TIES project",
      parse_date("2014"),
      "https://doi.org/10.1177/0738894213520379",
      std::nullopt,
      "Cite: Morgan, T. Clifton, Navin Bapat, and Yoshiharu Kobayashi. 2014. \"The Threat and "
      "Imposition of Sanctions: Updating the TIES dataset.\" Conflict Management and Peace "
      "Science 31(5): 541-558. Issue, sanction-type and outcome codes are those of the TIES "
      "v4 codebook."};
}

// TIES codes the European Communities / European Union as the pseudo-state 1000 in its sender
// and target columns: the cases it targets say "EEC", "EC", "EU is target" in `otherissue`.
constexpr std::int64_t eu_code = 1000;

// `institutionid` holds COW IGO codes. The TIES codebook, which lists them, is not available to
// geokg, so each code below is identified from the cases TIES files under it; the evidence is
// given for each (case start dates and targets). Codes not listed (3580, in two 1976 cases) are
// kept in the note and name no actor.
struct institution_code {
  std::int64_t code;
  std::string_view organisation;  // an id of organisations.cpp
};
constexpr std::array<institution_code, 16> institutions = {{
    {1240, "COMMONWEALTH"},  // Fiji 1987-05 (after the coup), Nigeria 1993, Pakistan 1999-10
    {1653, "EU"},     // EC members as senders 1970-1992 (steel and farm trade disputes, Iran 1980)
    {1830, "EU"},     // 1988-2005; sender 1000 (the EU) in 54 of its 116 cases
    {2370, "IAEA"},   // "allow inspection of nuclear facilities" (Israel 1981), North Korea 1991
    {2400, "IBRD"},   // lending stops: Vietnam 1979, China 1989-06, Zimbabwe 2000
    {2880, "IMF"},    // Pakistan 1999-10, Russia 1999-12, Malawi and Zimbabwe 2001
    {3450, "LAS"},    // Arab states against Jordan 1950, West Germany 1965, Egypt 1978-09
    {3700, "NATO"},   // COCOM 1948 ("NATO allies"), the pipe embargo on the USSR 1962-12
    {3750, "OECD"},   // FATF (at the OECD) list of 2000-06-22, tax-haven list of 2000-06-26
    {3760, "OAU"},    // African states against Israel 1973-11, Rhodesia 1965, Burundi 1996
    {3800, "OAPEC"},  // the 1973-10-17 oil embargo on the US, the EEC, Japan, the Netherlands
    {3840, "OPEC"},   // Iran, Iraq, Venezuela, Saudi Arabia, Libya against oil importers 1971
    {3850, "OIC"},    // boycott of Israel called at the Taif summit, 1981-01
    {3900, "OAS"},    // Caribbean disputes 1950, Dominican Republic 1960, Haiti 1991
    {4400, "UN"},     // Spain 1946, Rhodesia, Iraq 1990, Yugoslavia 1991, Haiti 1991
    {4580, "WTO"},    // trade disputes only, 1977-2005 (GATT before 1995)
}};

std::string_view institution_org(std::int64_t code) {
  for (const auto& i : institutions)
    if (i.code == code) return i.organisation;
  return {};
}

bool all_digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// A sender or target code: empty and 0 mean none.
std::optional<std::int64_t> code_cell(const table_reader& t, std::size_t col) {
  if (t[col].empty() || t[col] == "0") return std::nullopt;
  return int_cell(t, col);
}

// One date part of a TIES date. The file was exported with every cell as text, and a few date
// cells hold notes ("1949, sometime before this date."): a year cell is its leading four-digit
// year, the whole text going to the note; a month or day cell that is not a number ("?") is
// unknown, which lowers the date's precision. Each such cell is reported as a warning.
struct date_cells {
  std::optional<date> value;
  std::string remarks;  // for the relation's note
};

date_cells ties_date(const table_reader& t, dataset_context& ctx, std::size_t y_col,
                     std::size_t m_col, std::size_t d_col) {
  date_cells out;
  const auto y_text = t[y_col];
  if (y_text.empty()) return out;
  std::int64_t year = 0;
  if (all_digits(y_text)) {
    year = *int_cell(t, y_col);
  } else if (y_text.size() > 4 && all_digits(y_text.substr(0, 4)) &&
             !std::isdigit(static_cast<unsigned char>(y_text[4]))) {
    year = *parse_int64(y_text.substr(0, 4));
    add_note(out.remarks, t.header()[y_col], quote_text(y_text));
    ctx.builder.warn({severity::warning, errc::wrong_type, t.where(y_col),
                      "free-text year cell " + quote_text(y_text) + "; year " +
                          std::to_string(year) + " taken, the text kept in the note"});
  } else {
    fail(errc::wrong_type, "expected a year, found " + quote_text(y_text), t.where(y_col));
  }
  const auto part = [&](std::size_t col) -> std::optional<std::int64_t> {
    if (t[col].empty()) return std::nullopt;
    if (all_digits(t[col])) return int_cell(t, col);
    add_note(out.remarks, t.header()[col], quote_text(t[col]));
    ctx.builder.warn(
        {severity::warning, errc::wrong_type, t.where(col),
         "not a number: " + quote_text(t[col]) + "; taken as unknown, the text kept in the note"});
    return std::nullopt;
  };
  const auto m = part(m_col);
  const auto d = m ? part(d_col) : std::nullopt;
  if (m && (*m < 1 || *m > 12))
    fail(errc::invalid_date, "impossible month " + quote_text(t[m_col]), t.where(m_col));
  if (m && d)
    out.value = date::from_ymd(static_cast<int>(year), static_cast<unsigned>(*m),
                               static_cast<unsigned>(*d));
  else if (m)
    out.value = date::from_year_month(static_cast<int>(year), static_cast<unsigned>(*m));
  else
    out.value = date::from_year(static_cast<int>(year));
  if (!out.value || year < 1000)
    fail(errc::invalid_date,
         "impossible date (year " + std::string(y_text) + ", month " + std::string(t[m_col]) +
             ", day " + std::string(t[d_col]) + ")",
         t.where(y_col));
  return out;
}

// A 0/1 flag; empty is 0.
bool flag_cell(const table_reader& t, std::size_t col) {
  const auto v = int_cell(t, col).value_or(0);
  if (v != 0 && v != 1)
    fail(errc::invalid_value, "expected 0 or 1, found " + quote_text(t[col]), t.where(col));
  return v == 1;
}

struct sender {
  actor_id id;
  std::string how;  // "sender1 2", "institutionid 4400"
  std::size_t col;
};

}  // namespace

void load_ties(const input& in, dataset_context& ctx) {
  const auto file = dataset_path(in.path, "TIESv4-1.csv");
  const auto text = read_dataset_text(file, ctx.options);
  table_reader t(text, ctx.builder.intern_path(file.string()));
  const auto c_case = t.require("caseid"), c_sm = t.require("startmonth"),
             c_sd = t.require("startday"), c_sy = t.require("startyear"),
             c_em = t.require("endmonth"), c_ed = t.require("endday"), c_ey = t.require("endyear"),
             c_om = t.require("ongoingasofmonth"), c_od = t.require("ongoingasofday"),
             c_oy = t.require("ongoingasofyear"), c_primary = t.require("primarysender"),
             c_target = t.require("targetstate"), c_inst = t.require("institution"),
             c_inst_id = t.require("institutionid"), c_other_inst = t.require("otherinstitution"),
             c_issue1 = t.require("issue1"), c_issue2 = t.require("issue2"),
             c_issue3 = t.require("issue3"), c_other_issue = t.require("otherissue"),
             c_threat = t.require("threat"), c_type_threat = t.require("sanctiontypethreat"),
             c_other_type_threat = t.require("othersanctiontypethreatened"),
             c_imposition = t.require("imposition"), c_im = t.require("sancimpositionstartmonth"),
             c_id = t.require("sancimpositionstartday"),
             c_iy = t.require("sancimpositionstartyear"), c_type = t.require("sanctiontype"),
             c_other_type = t.require("othersanctiontype"), c_outcome = t.require("finaloutcome");
  const std::array<std::size_t, 5> c_senders = {t.require("sender1"), t.require("sender2"),
                                                t.require("sender3"), t.require("sender4"),
                                                t.require("sender5")};
  add_dataset_source(ctx, ties_source());

  const auto organisation = [&](std::string_view id) {
    const auto* o = organisation_by_id(id);
    ctx.states.define_other(make_organisation(*o, "TIES"));
    return o->id;
  };
  // A state code, or 1000 for the EU.
  const auto party = [&](std::int64_t code, std::size_t col) {
    if (code == eu_code) return actor_id(organisation("EU"));
    return ctx.states.cow_state(code, t.where(col));
  };

  for_each_row(t, ctx, record_kind::relation, [&] {
    const auto case_text = t[c_case];
    if (!all_digits(case_text))
      fail(errc::missing_field, "expected a case id, found " + quote_text(case_text),
           t.where(c_case));
    std::string note;

    // Senders: sender1..5, then the primary sender if those do not list it, then institutions.
    std::vector<sender> senders;
    const auto add_sender = [&](actor_id id, std::string how, std::size_t col) {
      const auto same =
          std::find_if(senders.begin(), senders.end(), [&](const sender& s) { return s.id == id; });
      if (same == senders.end()) senders.push_back({std::move(id), std::move(how), col});
    };
    for (std::size_t i = 0; i < c_senders.size(); ++i) {
      if (const auto code = code_cell(t, c_senders[i]))
        add_sender(party(*code, c_senders[i]),
                   "sender" + std::to_string(i + 1) + " " + std::to_string(*code), c_senders[i]);
    }
    if (const auto code = code_cell(t, c_primary)) {
      const auto id = party(*code, c_primary);
      if (std::none_of(senders.begin(), senders.end(),
                       [&](const sender& s) { return s.id == id; })) {
        add_sender(id, "primarysender " + std::to_string(*code), c_primary);
        add_note(note, "primary sender",
                 std::string(id.view()) + " (listed only as primarysender)");
      }
    }
    std::vector<std::string> unidentified;
    for (std::size_t b = 0, n = t[c_inst_id].size(); b < n;) {
      auto e = t[c_inst_id].find(' ', b);
      if (e == std::string_view::npos) e = n;
      const auto item = t[c_inst_id].substr(b, e - b);
      b = e + 1;
      if (item.empty()) continue;
      const auto code = parse_int64(item);
      if (!code)
        fail(errc::wrong_type, "expected COW IGO codes, found " + quote_text(t[c_inst_id]),
             t.where(c_inst_id));
      const auto org = institution_org(*code);
      if (org.empty()) {
        if (std::find(unidentified.begin(), unidentified.end(), item) == unidentified.end())
          unidentified.emplace_back(item);
        continue;
      }
      add_sender(actor_id(organisation(org)), "institutionid " + std::string(item), c_inst_id);
    }
    for (const auto& u : unidentified)
      add_note(note, "institution", "COW IGO code " + u + " (not identified by geokg; no actor)");
    if (flag_cell(t, c_inst) && t[c_inst_id].empty())
      add_note(note, "institution",
               "an international institution is a sender (institution = 1), institutionid does not "
               "say which");
    add_note(note, "other institution", t[c_other_inst]);
    if (senders.empty()) {
      std::string why = "no sender: sender1-5 and primarysender are empty";
      if (!unidentified.empty())
        why += ", and institutionid " + quote_text(t[c_inst_id]) +
               " is not an organisation geokg identifies";
      fail(errc::missing_field, why, t.where(unidentified.empty() ? c_senders[0] : c_inst_id));
    }
    if (senders.size() > 1) {
      std::string list;
      for (const auto& s : senders)
        list += (list.empty() ? "" : ", ") + std::string(s.id.view());
      add_note(note, "senders", list);
    }

    const auto target_code = code_cell(t, c_target);
    if (!target_code) fail(errc::missing_field, "no target state", t.where(c_target));
    const auto target = party(*target_code, c_target);

    // Issues and outcome, as TIES codes them (codebook v4).
    std::string issues;
    for (const auto c : {c_issue1, c_issue2, c_issue3})
      if (!t[c].empty()) issues += (issues.empty() ? "" : " ") + std::string(t[c]);
    add_note(note, "issue codes", issues);
    add_note(note, "other issue", t[c_other_issue]);
    add_note(note, "final outcome code",
             t[c_outcome].empty() ? std::string_view("not coded") : t[c_outcome]);

    const bool threat = flag_cell(t, c_threat);
    const bool imposition = flag_cell(t, c_imposition);
    if (!threat && !imposition)
      fail(errc::invalid_value, "neither a threat nor an imposition (threat = imposition = 0)",
           t.where(c_threat));

    const auto start = ties_date(t, ctx, c_sy, c_sm, c_sd);
    if (!start.value) fail(errc::missing_field, "no start year", t.where(c_sy));
    const auto end = ties_date(t, ctx, c_ey, c_em, c_ed);
    add_note(note, "", start.remarks);
    add_note(note, "", end.remarks);
    if (!end.value) {
      const auto ongoing = ties_date(t, ctx, c_oy, c_om, c_od);
      add_note(note, "end",
               ongoing.value
                   ? "none recorded, ongoing as of " + to_string(*ongoing.value) + " (open end)"
                   : std::string("none recorded (open end)"));
    }
    // TIES's end is the case's last day; geokg's end is exclusive.
    const auto last = end.value;
    const auto threat_span = cow_span(start.value, last, t, c_ey);

    std::optional<interval> sanction_span;
    std::string sanction_remarks;
    if (imposition) {
      auto imposed = ties_date(t, ctx, c_iy, c_im, c_id);
      sanction_remarks = imposed.remarks;
      if (!imposed.value) {
        imposed.value = start.value;
        add_note(sanction_remarks, "imposition date", "not recorded; the case's start is used");
        ctx.builder.warn(
            {severity::warning, errc::missing_field, t.where(c_iy),
             "imposition = 1 without an imposition date; the sanction starts at the case's start"});
      }
      sanction_span = cow_span(imposed.value, last, t, c_ey);
    } else if (!t[c_iy].empty()) {
      add_note(note, "imposition date",
               std::string(t[c_iy]) + " given although imposition = 0 (no sanction relation)");
    }

    if (std::all_of(senders.begin(), senders.end(),
                    [&](const sender& s) { return s.id == target; }))
      fail(errc::self_relation,
           "the only sender is the target " + std::string(target.view()) + "; no relation",
           t.where(c_target));
    for (const auto& s : senders) {
      if (s.id == target) {
        ctx.builder.warn({severity::warning, errc::self_relation, t.where(s.col),
                          "case " + std::string(case_text) + ": sender " + s.how +
                              " is the target " + std::string(target.view()) +
                              "; no relation with itself"});
        continue;
      }
      const auto origin = [&](std::size_t start_col) {
        return t.origin_as(
            {{"source", s.col}, {"target", c_target}, {"start", start_col}, {"end", c_ey}});
      };
      const auto base = "TIES-" + std::string(case_text) + "-" + std::string(s.id.view());
      if (threat) {
        relation_spec r{s.id, target, relation_kind::threat, threat_span};
        r.subkind = "sanction_threat";
        r.info.id = base + "-threat";
        r.info.citations.push_back(
            {std::string(source_id), "caseid " + std::string(case_text), {}, {}});
        r.info.note = note;
        add_note(r.info.note, "sanction type codes threatened", t[c_type_threat]);
        add_note(r.info.note, "other sanction type threatened", t[c_other_type_threat]);
        ctx.builder.add_relation(std::move(r), origin(c_sy));
      }
      if (imposition) {
        relation_spec r{s.id, target, relation_kind::sanction, *sanction_span};
        r.info.id = base + "-sanction";
        r.info.citations.push_back(
            {std::string(source_id), "caseid " + std::string(case_text), {}, {}});
        r.info.note = note;
        add_note(r.info.note, "sanction type codes imposed", t[c_type]);
        add_note(r.info.note, "other sanction type", t[c_other_type]);
        add_note(r.info.note, "", sanction_remarks);
        ctx.builder.add_relation(std::move(r), origin(c_iy));
      }
    }
  });
}

}  // namespace geokg::io::detail
