// SPDX-License-Identifier: MIT
// Published signed networks as edge lists: `from,to,sign` (Read's Highland Tribes: nodes are
// groups) or `window,from,to,sign` (Doreian and Mrvar's COW networks 1946-1999: nodes are states
// under Pajek labels, ties dated by four-year windows).

#include <algorithm>
#include <array>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <system_error>
#include <tuple>
#include <unordered_map>
#include <utility>
#include <vector>

#include "dataset_text.hpp"
#include "loaders.hpp"

namespace geokg::io::detail {
namespace {

namespace fs = std::filesystem;

source_document tribes_source() {
  return source_document{
      "read_1954_highland_tribes",
      source_kind::dataset,
      "Highland Tribes (Gahuku-Gama) signed network",
      "Kenneth E. Read",
      "signnet (data/tribes.rda), after the UCINET file gama.dat",
      parse_date("1954"),
      "https://github.com/schochastics/signnet",
      std::nullopt,
      "Cite: Read, Kenneth E. 1954. \"Cultures of the Central Highlands, New Guinea.\" "
      "Southwestern Journal of Anthropology 10(1): 1-43. Data as distributed by signnet "
      "(Schoch 2023, JOSS 8(81): 4987; MIT licence). Ties: rova (+1, alliance) and hina "
      "(-1, enmity); undated (Read's fieldwork, around 1950)."};
}

source_document cow_signed_source() {
  return source_document{
      "doreian_mrvar_2015_cow_signed",
      source_kind::dataset,
      "Signed international networks 1946-1999 (Correlates of War), 51 four-year windows",
      "Patrick Doreian and Andrej Mrvar",
      "Andrej Mrvar's Pajek data (CoW), as distributed by signnet (data/cowList.rda)",
      parse_date("2015"),
      "https://github.com/schochastics/signnet",
      std::nullopt,
      "Cite: Doreian, Patrick, and Andrej Mrvar. 2015. \"Structural Balance and Signed "
      "International Relations.\" Journal of Social Structure 16. Positive ties stand for "
      "alliance-type cooperation and negative ties for militarised disputes in COW data; see "
      "the article for the construction. Pajek's three-letter labels are mapped to states by "
      "geokg (docs/datasets.md, section \"Signed networks\")."};
}

source_document generic_source(const std::string& id, const fs::path& file) {
  return source_document{
      id,
      source_kind::dataset,
      "Signed network " + file.filename().string(),
      "",
      "",
      std::nullopt,
      "",
      std::nullopt,
      "A signed edge list loaded with geokg's `signed` format; cite its provenance."};
}

// Pajek labels of the Doreian-Mrvar COW networks that are neither the state's ISO 3166 alpha-3
// code nor its COW abbreviation, or that are another state's code in one of those schemes. Each
// was checked against its ties (window of first appearance, allies and rivals). Every other label
// is read as ISO alpha-3 first, then as a COW abbreviation (AUS is Australia, ISO, not Austria,
// COW; KOR is South Korea, ISO, not the Korea of 1887-1905, COW).
struct pajek_label {
  std::string_view label;
  std::string_view id;
};
constexpr std::array<pajek_label, 28> pajek_labels = {{
    {"ANT", "ATG"},  // Antigua and Barbuda (Rio Treaty ties from 1981); ISO ANT was the Netherlands
                     // Antilles
    {"BKF", "BFA"},  // Burkina Faso (COW BFO)
    {"CAM", "CMR"},  // Cameroon (ties to the francophone states from 1960); COW CAM is Cambodia
    {"CMB", "KHM"},  // Cambodia (from 1953, against Thailand and Vietnam)
    {"CVD", "CPV"},  // Cape Verde (COW CAP)
    {"CZE",
     "CSK"},  // Czechoslovakia (1946-1992, Warsaw Pact); ISO CZE is the Czech Republic (label CZR)
    {"ELS", "SLV"},  // El Salvador (COW SAL)
    {"GER", "DEU"},  // Germany after unification (from window 87-90; COW GMY)
    {"KYG", "KGZ"},  // Kyrgyzstan (COW KYR)
    {"LTN", "LIE"},  // Liechtenstein (from 1990, one tie, with Switzerland; COW LIE)
    {"LYB", "LBY"},  // Libya (from 1951; COW LIB)
    {"MAC", "MKD"},  // Macedonia (from 1991, against Albania and Yugoslavia); ISO MAC is Macao
    {"MLW", "MWI"},  // Malawi (COW MAW)
    {"MOL", "MDA"},  // Moldova (COW MLD)
    {"MYR", "MMR"},  // Myanmar (from 1948; COW MYA)
    {"NDL", "NLD"},  // Netherlands (COW NTH)
    {"NIG", "NER"},  // Niger (Conseil de l'Entente ties from 1959); COW NIG is Nigeria (label NGA)
    {"NKR", "PRK"},  // North Korea
    {"NZD", "NZL"},  // New Zealand (COW NEW)
    {"PRG", "PRT"},  // Portugal (NATO ties from 1949; COW POR); not Paraguay (label PAR)
    {"SLR", "SLE"},  // Sierra Leone (ECOWAS ties from 1975; COW SIE)
    {"STK", "KNA"},  // Saint Kitts and Nevis (COW SKN)
    {"STL", "LCA"},  // Saint Lucia (COW SLU)
    {"SWZ", "CHE"},  // Switzerland (COW SWZ); ISO SWZ is Eswatini (label SWA)
    {"TNZ", "TZA"},  // Tanzania (COW TAZ)
    {"UKI", "UKR"},  // Ukraine (from 1991; CIS ties, against Russia); the United Kingdom is GBR
    {"VTN", "VNM"},  // Vietnam (North Vietnam from 1954; COW DRV)
    {"VZA", "VEN"},  // Venezuela (Rio Treaty; COW VEN)
}};

std::optional<actor_id> resolve_label(const state_codes& codes, std::string_view label) {
  for (const auto& p : pajek_labels)
    if (p.label == label) return actor_id(p.id);
  if (auto id = codes.by_code(code_system::iso_alpha3, label)) return id;
  if (auto id = codes.by_code(code_system::cow_abbrev, label)) return id;
  return std::nullopt;
}

// A window "50-53" (two-digit years of the 1900s, as the COW networks write them) or
// "1950-1953": the years it covers, first and last.
std::optional<std::pair<int, int>> parse_window(std::string_view text) {
  const auto dash = text.find('-');
  if (dash == std::string_view::npos) return std::nullopt;
  const auto a = parse_int64(text.substr(0, dash));
  const auto b = parse_int64(text.substr(dash + 1));
  if (!a || !b || *a < 0 || *b < 0) return std::nullopt;
  const auto width = dash;
  if (width != text.size() - dash - 1 || (width != 2 && width != 4)) return std::nullopt;
  const int first = static_cast<int>(width == 2 ? 1900 + *a : *a);
  const int last = static_cast<int>(width == 2 ? 1900 + *b : *b);
  if (last < first) return std::nullopt;
  return std::pair{first, last};
}

// An id for a node name: the name itself if it is a valid id, else with each character that ids
// do not allow replaced by '_'.
std::string id_text(std::string_view name) {
  std::string out;
  for (const char c : name) {
    const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                    c == '_' || c == '-' || c == '.';
    out += ok ? c : '_';
  }
  return out.substr(0, 64);
}

// The part of a window in which a state was a COW system member, if that is less than the
// window: the COW networks date ties by four-year windows, and a state that joined or ended
// inside one (Slovenia in 1992, the GDR in 1990) cannot have had ties outside its existence.
// Nullopt if the state's spells cover the window, or do not meet it at all (the builder then
// warns that the relation falls outside the state's existence).
std::optional<interval> clipped(const state_codes& codes, const actor_id& id,
                                const interval& window) {
  std::optional<std::int32_t> first, end;  // days; the hull of the spells' parts inside the window
  const auto w_start = window.start()->first_day();
  const auto w_end = window.end()->first_day();
  for (const auto* e : codes.by_id(id.view())) {
    for (const auto& s : e->spells) {
      const auto s_start = s.start() ? s.start()->first_day() : w_start;
      const auto s_end = s.end() ? s.end()->first_day() : w_end;
      const auto a = std::max(s_start, w_start), b = std::min(s_end, w_end);
      if (a >= b) continue;
      first = first ? std::min(*first, a) : a;
      end = end ? std::max(*end, b) : b;
    }
  }
  if (!first || (*first == w_start && *end == w_end)) return std::nullopt;
  const auto start = *first == w_start ? window.start() : date::from_day_number(*first);
  const auto stop = *end == w_end ? window.end() : date::from_day_number(*end);
  return interval(start, stop);
}

struct pending {
  relation_spec spec;
  record_origin origin;
};

}  // namespace

void load_signed_network(const input& in, dataset_context& ctx) {
  const auto& file = in.path;
  const auto text = read_dataset_text(file, ctx.options);
  const auto* path = ctx.builder.intern_path(file.string());
  table_reader t(text, path);
  const auto c_window = t.column("window");
  const auto c_from = t.require("from"), c_to = t.require("to"), c_sign = t.require("sign");
  const auto file_name = file.filename().string();
  const bool tribes = !c_window && file_name.starts_with("highland_tribes");

  // The source and the prefix of statement ids.
  std::string source_id;
  std::string prefix;
  if (c_window) {
    add_dataset_source(ctx, cow_signed_source());
    source_id = "doreian_mrvar_2015_cow_signed";
    prefix = "cowsigned";
  } else if (tribes) {
    add_dataset_source(ctx, tribes_source());
    source_id = "read_1954_highland_tribes";
    prefix = "tribes";
  } else {
    auto stem = file.stem().string();
    if (stem.ends_with("_edges")) stem.resize(stem.size() - 6);
    prefix = id_text(stem);
    source_id = "signed-" + prefix;
    add_dataset_source(ctx, generic_source(source_id, file));
  }

  // Group nodes (edge lists without windows): from the nodes file beside the edges, if any,
  // else as the edges name them.
  std::unordered_map<std::string, actor_id> nodes;
  bool node_list = false;
  const auto add_node = [&](std::string_view name, const table_reader& from, std::size_t col) {
    if (name.empty()) fail(errc::missing_field, "empty node name", from.where(col));
    actor a{to_actor_id(id_text(name), from.where(col)), actor_kind::group};
    a.name = std::string(name);
    a.note =
        tribes
            ? "Tribe of the Gahuku-Gama (Read 1954), a node of the Highland Tribes signed network."
            : "Node of the signed network " + file_name + ".";
    auto id = a.id;
    ctx.builder.add_actor(std::move(a), from.origin_as({{"id", col}}));
    nodes.emplace(std::string(name), id);
    return id;
  };
  if (!c_window && file_name.ends_with("_edges.csv")) {
    const auto nodes_file =
        file.parent_path() / (file_name.substr(0, file_name.size() - 10) + "_nodes.csv");
    std::error_code ec;
    if (fs::exists(nodes_file, ec)) {
      node_list = true;
      const auto nodes_text = read_dataset_text(nodes_file, ctx.options);
      table_reader n(nodes_text, ctx.builder.intern_path(nodes_file.string()));
      const auto c_name = n.require("name");
      for_each_row(n, ctx, record_kind::actor, [&] {
        if (nodes.contains(std::string(n[c_name])))
          fail(errc::duplicate_actor, "node " + quote_text(n[c_name]) + " is listed twice",
               n.where(c_name));
        add_node(n[c_name], n, c_name);
      });
    }
  }

  // State labels (windowed networks), resolved once each.
  std::unordered_map<std::string, std::optional<actor_id>> labels;
  const auto state_of = [&](std::size_t col) {
    const auto label = std::string(t[col]);
    auto it = labels.find(label);
    if (it == labels.end())
      it = labels.emplace(label, resolve_label(ctx.states.codes(), label)).first;
    if (!it->second)
      fail(errc::unknown_actor,
           "Pajek label " + quote_text(label) +
               " is neither in geokg's label table nor an ISO alpha-3 code or COW "
               "abbreviation of a state",
           t.where(col));
    return ctx.states.use(*it->second);
  };
  const auto node_of = [&](std::size_t col) {
    const auto name = t[col];
    if (const auto it = nodes.find(std::string(name)); it != nodes.end()) return it->second;
    if (node_list)
      fail(errc::unknown_actor, "node " + quote_text(name) + " is not in the nodes file",
           t.where(col));
    return add_node(name, t, col);
  };

  // Two labels may denote one state (GFR and GER are both Germany in the windows around 1990):
  // their ties to the same partner with the same sign in the same window become one relation
  // citing both rows.
  std::vector<pending> relations;
  std::uint64_t clipped_count = 0;
  std::map<std::tuple<std::string, std::string, std::string, relation_kind>, std::size_t> merged;
  for_each_row(t, ctx, record_kind::relation, [&] {
    const auto sign = int_cell(t, c_sign);
    if (!sign || (*sign != 1 && *sign != -1))
      fail(errc::invalid_value, "expected a sign of 1 or -1, found " + quote_text(t[c_sign]),
           t.where(c_sign));
    interval when;
    std::string window;
    if (c_window) {
      window = std::string(t[*c_window]);
      const auto years = parse_window(window);
      if (!years)
        fail(errc::invalid_date,
             "expected a window of years such as '50-53', found " + quote_text(window),
             t.where(*c_window));
      when = interval(date::from_year(years->first), date::from_year(years->second + 1));
    }
    const auto from = c_window ? state_of(c_from) : node_of(c_from);
    const auto to = c_window ? state_of(c_to) : node_of(c_to);
    if (from == to)
      fail(errc::self_relation,
           "a tie of " + std::string(from.view()) + " with itself (" + std::string(t[c_from]) +
               ", " + std::string(t[c_to]) + ")",
           t.where(c_to));
    std::string clip_note;
    if (c_window) {
      for (const auto& id : {from, to}) {
        if (auto part = clipped(ctx.states.codes(), id, when)) {
          clip_note +=
              "; the window is cut to " + id.str() + "'s COW membership (" + to_string(*part) + ")";
          when = interval(std::max(*when.start(), *part->start()),
                          std::min(*when.end(), *part->end()));
        }
      }
      if (!clip_note.empty()) ++clipped_count;
    }
    const auto kind = *sign == 1 ? relation_kind::partnership : relation_kind::hostility;
    const auto locator = file_name + " line " + std::to_string(t.line());
    const auto pair = std::string(t[c_from]) + "-" + std::string(t[c_to]);
    const auto key =
        std::tuple{window, std::min(from.str(), to.str()), std::max(from.str(), to.str()), kind};
    if (const auto it = merged.find(key); it != merged.end()) {
      auto& r = relations[it->second].spec;
      r.info.citations.push_back({source_id, locator, {}, {}});
      r.info.note += "; also listed as " + pair + " (" + locator + ")";
      return;
    }
    relation_spec r{from, to, kind, when};
    r.subkind = "signed_network";
    r.info.id = id_text(prefix + (window.empty() ? "" : "-" + window) + "-" + pair);
    r.info.citations.push_back({source_id, locator, {}, {}});
    if (tribes) {
      r.info.note = *sign == 1 ? "rova (alliance, friendship), sign +1" : "hina (enmity), sign -1";
    } else if (c_window) {
      r.info.note = std::string(*sign == 1 ? "positive" : "negative") + " tie in window " + window +
                    " (Pajek labels " + pair + ")" + clip_note;
    } else {
      r.info.note = *sign == 1 ? "sign +1" : "sign -1";
    }
    merged.emplace(key, relations.size());
    auto origin = c_window
                      ? t.origin_as({{"source", c_from}, {"target", c_to}, {"start", *c_window}})
                      : t.origin_as({{"source", c_from}, {"target", c_to}});
    relations.push_back({std::move(r), std::move(origin)});
  });
  for (auto& p : relations)
    ctx.builder.add_relation(std::move(p.spec), std::move(p.origin));
  if (clipped_count != 0)
    ctx.builder.warn({severity::warning, errc::outside_existence, location{*path, 0, 0, {}},
                      std::to_string(clipped_count) +
                          " ties fall partly outside a state's COW membership; their "
                          "windows are cut to it (each relation's note says how)"});
}

}  // namespace geokg::io::detail
