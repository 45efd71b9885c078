// SPDX-License-Identifier: MIT
// GDELT 1.0 and 2.0 events: each event a geokg event between the states of its two actors, with
// its CAMEO code, Goldstein value, mentions and tone; and the `gdelt-monthly` dyadic aggregates.

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <system_error>
#include <unordered_map>
#include <utility>
#include <vector>

#include "dataset_text.hpp"
#include "gdelt.hpp"
#include "geokg/io/dataset_files.hpp"
#include "loaders.hpp"

namespace geokg::io::detail {
namespace {

namespace fs = std::filesystem;

constexpr std::string_view source_id = "gdelt";

source_document gdelt_source() {
  return source_document{
      std::string(source_id),
      source_kind::dataset,
      "GDELT Event Database (GDELT 1.0 and 2.0 events)",
      "Kalev Leetaru and Philip A. Schrodt",
      "The GDELT Project",
      parse_date("2013"),
      "https://www.gdeltproject.org/",
      std::nullopt,
      "Cite: Leetaru, Kalev, and Philip A. Schrodt. 2013. \"GDELT: Global Data on Events, "
      "Location, "
      "and Tone, 1979-2012.\" ISA Annual Convention. Event codes: CAMEO (Schrodt 2012); weights: "
      "Goldstein 1992. GDELT is open; credit the GDELT Project."};
}

// A column: its position and its name in GDELT's codebook (headerless files have no names).
struct column {
  std::size_t at = 0;
  std::string_view name;
};

// Where the fields of an event are, in one of the layouts.
struct layout {
  column id{0, "GLOBALEVENTID"}, day{1, "SQLDATE"};
  column a1code{5, "Actor1Code"}, a1name{6, "Actor1Name"}, a1country{7, "Actor1CountryCode"};
  column a2code{15, "Actor2Code"}, a2name{16, "Actor2Name"}, a2country{17, "Actor2CountryCode"};
  column code{26, "EventCode"}, quad{29, "QuadClass"}, goldstein{30, "GoldsteinScale"};
  column mentions{31, "NumMentions"}, tone{34, "AvgTone"};
  std::optional<column> root_event{column{25, "IsRootEvent"}}, sources{column{32, "NumSources"}},
      articles{column{33, "NumArticles"}}, place{}, url{};
};

// GDELT 1.0 back-files (57 fields) and daily files (58: SOURCEURL), and GDELT 2.0 (61: the geo
// blocks gained ADM2Code, so ActionGeo_FullName moves from 50 to 52).
layout layout_of_width(std::size_t width) {
  layout l;
  if (width == 61) {
    l.place = column{52, "ActionGeo_FullName"};
    l.url = column{60, "SOURCEURL"};
  } else {
    l.place = column{50, "ActionGeo_FullName"};
    if (width == 58) l.url = column{57, "SOURCEURL"};
  }
  return l;
}

layout layout_of_header(const table_reader& t) {
  const auto need = [&](std::string_view name) { return column{t.require(name), name}; };
  const auto may = [&](std::string_view name) -> std::optional<column> {
    if (const auto c = t.column(name)) return column{*c, name};
    return std::nullopt;
  };
  layout l;
  l.id = need("GLOBALEVENTID");
  l.day = need("SQLDATE");
  l.a1code = need("Actor1Code");
  l.a1name = need("Actor1Name");
  l.a1country = need("Actor1CountryCode");
  l.a2code = need("Actor2Code");
  l.a2name = need("Actor2Name");
  l.a2country = need("Actor2CountryCode");
  l.code = need("EventCode");
  l.quad = need("QuadClass");
  l.goldstein = need("GoldsteinScale");
  l.mentions = need("NumMentions");
  l.tone = need("AvgTone");
  l.root_event = may("IsRootEvent");
  l.sources = may("NumSources");
  l.articles = may("NumArticles");
  l.place = may("ActionGeo_FullName");
  l.url = may("SOURCEURL");
  return l;
}

bool all_digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::string_view first_line(std::string_view text) {
  if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
  return text.substr(0, text.find_first_of("\r\n"));
}

// The export files of a folder (`*.export.CSV`, GDELT's names), in name order; or the file itself.
std::vector<fs::path> gdelt_files(const fs::path& path) {
  constexpr std::string_view parts[] = {".export."};
  return dataset_files(path, parts, "GDELT export file (*.export.CSV)");
}

class gdelt_loader {
 public:
  gdelt_loader(dataset_context& ctx, std::vector<gdelt_record>* records)
      : ctx_(ctx), records_(records) {}

  void load_file(const fs::path& file) {
    const auto text = read_dataset_text(file, ctx_.options);
    load_descriptions(file.parent_path());
    const auto head = first_line(text);
    const bool headed = head.find("GLOBALEVENTID") != std::string_view::npos;
    const auto dialect = !headed                                     ? table_dialect::tsv_headerless
                         : head.find('\t') != std::string_view::npos ? table_dialect::tsv
                                                                     : table_dialect::csv;
    table_reader t(text, ctx_.builder.intern_path(file.string()), dialect);
    // The re-exported CSV writes empty fields as NA; GDELT's own files leave them empty.
    na_ = dialect == table_dialect::csv;
    headerless_ = dialect == table_dialect::tsv_headerless;
    std::optional<layout> fixed;
    if (!headerless_) fixed = layout_of_header(t);
    for_each_row(t, ctx_, record_kind::event, [&] {
      if (fixed) {
        row(t, *fixed);
        return;
      }
      const auto width = t.size();
      if (width != 57 && width != 58 && width != 61)
        fail(errc::malformed_csv,
             "a GDELT event row has 57 or 58 (GDELT 1.0) or 61 (GDELT 2.0) tab-separated fields; "
             "this one has " +
                 std::to_string(width),
             t.where());
      row(t, layout_of_width(width));
    });
  }

 private:
  // CAMEO.eventcodes.txt beside the data gives the codes' descriptions for titles (optional).
  void load_descriptions(const fs::path& dir) {
    if (descriptions_dir_ && *descriptions_dir_ == dir) return;
    descriptions_dir_ = dir;
    descriptions_.clear();
    const auto file = dir / "CAMEO.eventcodes.txt";
    std::error_code ec;
    if (!fs::is_regular_file(file, ec)) return;
    try {
      const auto text = read_dataset_text(file, ctx_.options);
      table_reader t(text, ctx_.builder.intern_path(file.string()), table_dialect::tsv);
      const auto c_code = t.require("CAMEOEVENTCODE"), c_text = t.require("EVENTDESCRIPTION");
      while (t.next())
        descriptions_.emplace(std::string(t[c_code]), std::string(t[c_text]));
    } catch (const record_error& e) {
      descriptions_.clear();
      auto d = e.d;
      d.message += "; event titles will not describe the codes";
      ctx_.builder.warn(std::move(d));
    } catch (const data_error& e) {
      descriptions_.clear();
      ctx_.builder.warn({severity::warning, e.code(), e.where(),
                         e.message() + "; event titles will not describe the codes"});
    }
  }

  std::string_view cell(const table_reader& t, const column& c) const {
    const auto v = t[c.at];
    return na_ && v == "NA" ? std::string_view{} : v;
  }
  std::string_view cell(const table_reader& t, const std::optional<column>& c) const {
    return c ? cell(t, *c) : std::string_view{};
  }

  location at(const table_reader& t, const column& c) const {
    auto l = t.where(c.at);
    if (headerless_) l.field = std::string(c.name);
    return l;
  }

  std::optional<std::int64_t> int_of(const table_reader& t, const std::optional<column>& c) const {
    const auto text = cell(t, c);
    if (text.empty()) return std::nullopt;
    if (auto v = parse_int64(text)) return v;
    fail(errc::wrong_type, "expected an integer, found " + quote_text(text), at(t, *c));
  }
  std::optional<double> double_of(const table_reader& t, const column& c) const {
    const auto text = cell(t, c);
    if (text.empty()) return std::nullopt;
    if (auto v = parse_double(text)) return v;
    fail(errc::wrong_type, "expected a number, found " + quote_text(text), at(t, c));
  }

  // The state of a CAMEO country code, or nullopt (empty, a region such as AFR, or unknown).
  std::optional<actor_id> state_of(std::string_view code) {
    if (code.empty()) return std::nullopt;
    auto it = states_.find(code);
    if (it == states_.end())
      it = states_.emplace(std::string(code), ctx_.states.codes().by_code(code_system::cameo, code))
               .first;
    return it->second;
  }

  static std::string actor_note(std::string_view which, std::string_view code,
                                std::string_view name, std::string_view country, bool is_state) {
    if (code.empty() && name.empty() && country.empty()) return std::string(which) + ": none";
    std::string s =
        std::string(which) + ": " + (name.empty() ? std::string("(no name)") : std::string(name));
    if (!code.empty()) s += " [" + std::string(code) + "]";
    if (country.empty()) {
      s += ", no country";
    } else if (!is_state) {
      s += ", country " + std::string(country) + " (not a state)";
    }
    return s;
  }

  void row(const table_reader& t, const layout& c) {
    const auto id_text = cell(t, c.id);
    const auto id = parse_int64(id_text);
    if (id_text.empty()) fail(errc::missing_field, "no GLOBALEVENTID", at(t, c.id));
    if (!id || *id < 0)
      fail(errc::wrong_type, "GLOBALEVENTID " + quote_text(id_text) + " is not a number",
           at(t, c.id));
    const auto day_text = cell(t, c.day);
    std::optional<date> day;
    if (day_text.size() == 8 && all_digits(day_text)) {
      const auto n = *parse_int64(day_text);
      day = date::from_ymd(static_cast<int>(n / 10000), static_cast<unsigned>(n / 100 % 100),
                           static_cast<unsigned>(n % 100));
    }
    if (!day)
      fail(errc::invalid_date, "SQLDATE " + quote_text(day_text) + " is not a day YYYYMMDD",
           at(t, c.day));
    // CAMEO codes are strings: "042" is not 42.
    const auto code = cell(t, c.code);
    if (code.size() < 2 || code.size() > 4 || !all_digits(code))
      fail(errc::invalid_value,
           "EventCode " + quote_text(code) + " is not a CAMEO event code (2 to 4 digits)",
           at(t, c.code));
    const auto quad = int_of(t, c.quad);
    if (!quad || *quad < 1 || *quad > 4)
      fail(errc::invalid_value, "QuadClass " + quote_text(cell(t, c.quad)) + " is not 1, 2, 3 or 4",
           at(t, c.quad));
    const auto goldstein = double_of(t, c.goldstein);
    const auto mentions = int_of(t, c.mentions);
    const auto sources = int_of(t, c.sources);
    const auto articles = int_of(t, c.articles);
    const auto tone = double_of(t, c.tone);

    const auto country1 = cell(t, c.a1country), country2 = cell(t, c.a2country);
    const auto s1 = state_of(country1), s2 = state_of(country2);
    if (!s1 && !s2) {
      // Most GDELT rows are about people, firms or regions: out of scope, counted, not an error.
      throw row_skipped{
          "no state among the event's two actors (geokg keeps GDELT events that involve a state)"};
    }

    event_spec e;
    e.kind = *quad <= 2 ? relation_kind::cooperation : relation_kind::conflict;
    e.when = *interval::covering(*day);
    e.subkind = std::string(code);
    const auto desc = descriptions_.find(e.subkind);
    e.title =
        "CAMEO " + e.subkind + (desc == descriptions_.end() ? std::string() : " " + desc->second);
    if (s1) e.participants.push_back({ctx_.states.use(*s1), participant_role::initiator});
    if (s2) e.participants.push_back({ctx_.states.use(*s2), participant_role::target});
    e.info.id = "GDELT-" + std::to_string(*id);
    const auto url = cell(t, c.url);
    e.info.citations.push_back(
        {std::string(source_id),
         url.empty() ? "GLOBALEVENTID " + std::to_string(*id) : std::string(url),
         {},
         {}});
    auto& q = e.info.quantities;
    if (goldstein) q.push_back({"goldstein", quantity::exact(*goldstein, "")});
    q.push_back({"quad_class", quantity::exact(static_cast<double>(*quad), "")});
    if (mentions)
      q.push_back({"num_mentions", quantity::exact(static_cast<double>(*mentions), "mention")});
    if (sources)
      q.push_back({"num_sources", quantity::exact(static_cast<double>(*sources), "source")});
    if (articles)
      q.push_back({"num_articles", quantity::exact(static_cast<double>(*articles), "article")});
    if (tone) q.push_back({"avg_tone", quantity::exact(*tone, "")});
    auto& note = e.info.note;
    note = actor_note("Actor1", cell(t, c.a1code), cell(t, c.a1name), country1, s1.has_value()) +
           "; " +
           actor_note("Actor2", cell(t, c.a2code), cell(t, c.a2name), country2, s2.has_value());
    if (const auto place = cell(t, c.place); !place.empty())
      note += "; place: " + std::string(place);
    if (cell(t, c.root_event) == "1") note += "; root event";

    if (records_ != nullptr && s1 && s2 && *s1 != *s2 && goldstein)
      records_->push_back(
          {*s1, *s2, *day, static_cast<std::uint8_t>(*quad), *goldstein, e.info.id});
    auto origin = t.origin_as({{"id", c.id.at}, {"start", c.day.at}});
    const auto country_col = [&](std::size_t i) {
      return i == 0 && s1 ? c.a1country.at : c.a2country.at;
    };
    for (std::size_t i = 0; i < e.participants.size(); ++i) {
      const auto where = t.where(country_col(i));
      origin.fields.emplace_back("participants/" + std::to_string(i),
                                 position{where.line, where.column});
    }
    ctx_.builder.add_event(std::move(e), std::move(origin));
  }

  dataset_context& ctx_;
  std::vector<gdelt_record>* records_;
  bool na_ = false;
  bool headerless_ = false;
  std::optional<fs::path> descriptions_dir_;
  std::unordered_map<std::string, std::string> descriptions_;  // CAMEO code -> description
  geokg::detail::string_map<std::optional<actor_id>> states_;  // CAMEO country code -> state
};

}  // namespace

void load_gdelt(const input& in, dataset_context& ctx) {
  add_dataset_source(ctx, gdelt_source());
  gdelt_loader loader(ctx, nullptr);
  for (const auto& file : gdelt_files(in.path))
    loader.load_file(file);
}

void load_gdelt_monthly(const input& in, dataset_context& ctx) {
  add_dataset_source(ctx, gdelt_source());
  std::vector<gdelt_record> records;
  gdelt_loader loader(ctx, &records);
  for (const auto& file : gdelt_files(in.path))
    loader.load_file(file);
  const auto monthly = aggregate_gdelt_records(records, gdelt_monthly_options{});
  record_origin origin;
  origin.path = ctx.builder.intern_path(in.path.string());
  for (const auto& r : monthly.relations)
    ctx.builder.add_relation(r, origin);
}

}  // namespace geokg::io::detail
