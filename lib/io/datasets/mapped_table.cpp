// SPDX-License-Identifier: MIT
// The generic `mapped` loader: a dyad-year or dated dyad table read through a declarative mapping
// file that names its actor, time and flag columns (docs/datasets.md, "Any dyad table through a
// mapping file").

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "../loader_text.hpp"
#include "dataset_text.hpp"
#include "loaders.hpp"

namespace geokg::io::detail {
namespace {

// --- the mapping file ---------------------------------------------------------------------------

// A value of the mapping file and where it was written, for errors found later (a column that the
// table does not have is reported at the mapping's line, not at the table's header).
struct mapped_text {
  std::string text;
  std::uint32_t line = 0;
  std::uint32_t column = 0;
};

// `COLUMN = VALUE -> kind KIND[, subkind SUBKIND][, weight W]`: a row whose COLUMN holds VALUE
// stands for a relation of that kind.
struct mapping_rule {
  mapped_text column;  // empty for the `unmatched` rule
  std::string value;
  relation_kind kind = relation_kind::other;
  std::string subkind;
  double weight = 1.0;
  std::size_t col = 0;  // the column's position in the table
  std::string label() const { return column.text.empty() ? "unmatched" : column.text; }
};

enum class code_kind : std::uint8_t { cow, name, other };

struct mapping {
  std::string path;
  mapped_text actor1, actor2, codes, year, start, end, dialect;
  code_kind code = code_kind::cow;
  code_system system = code_system::cow;
  bool mirrored = false;
  std::optional<mapping_rule> unmatched;  // empty: rows no rule matches are rejected
  source_document src{};
  std::vector<mapping_rule> rules;
};

// 64 bits of rule flags per row, one of them for the `unmatched` rule.
constexpr std::size_t max_rules = 63;

class mapping_parser {
 public:
  mapping_parser(std::string_view text, std::string path) : text_(text) {
    m_.path = std::move(path);
    m_.src.kind = source_kind::dataset;
  }

  mapping parse() {
    if (text_.starts_with("\xEF\xBB\xBF")) text_.remove_prefix(3);
    while (!text_.empty()) {
      const auto end = text_.find('\n');
      std::string_view line = text_.substr(0, end);
      text_ = end == std::string_view::npos ? std::string_view{} : text_.substr(end + 1);
      if (line.ends_with('\r')) line.remove_suffix(1);
      ++line_;
      parse_line(line);
    }
    check_complete();
    return std::move(m_);
  }

 private:
  enum class section : std::uint8_t { none, table, source, rules };

  [[noreturn]] void fail_at(errc code, std::string message, std::uint32_t line,
                            std::uint32_t column) const {
    throw data_error(code, std::move(message), location{m_.path, line, column, {}});
  }
  [[noreturn]] void fail_at(errc code, std::string message, std::size_t column) const {
    fail_at(code, std::move(message), line_, static_cast<std::uint32_t>(column));
  }

  void parse_line(std::string_view line) {
    const auto first = line.find_first_not_of(" \t");
    if (first == std::string_view::npos || line[first] == '#' || line[first] == ';') return;
    if (line[first] == '[') {
      open_section(line, first);
      return;
    }
    const auto eq = line.find('=', first);
    if (eq == std::string_view::npos)
      fail_at(errc::invalid_value, "expected 'key = value', '[section]' or a '#' comment",
              first + 1);
    const auto key = trim(line.substr(first, eq - first));
    if (key.empty()) fail_at(errc::missing_field, "no key before '='", eq + 1);
    const auto value_at = line.find_first_not_of(" \t", eq + 1);
    const mapped_text value{
        value_at == std::string_view::npos ? std::string{}
                                           : std::string(trim(line.substr(value_at))),
        line_,
        static_cast<std::uint32_t>(value_at == std::string_view::npos ? eq + 2 : value_at + 1)};
    const mapped_text key_text{std::string(key), line_, static_cast<std::uint32_t>(first + 1)};
    switch (section_) {
      case section::none:
        fail_at(
            errc::invalid_value,
            "'" + key_text.text + "' outside a section: start with [table], [source] or [rules]",
            first + 1);
      case section::table:
        table_key(key_text, value);
        return;
      case section::source:
        source_key(key_text, value);
        return;
      case section::rules:
        rule_line(key_text, value);
        return;
    }
  }

  void open_section(std::string_view line, std::size_t first) {
    const auto close = line.find(']', first);
    if (close == std::string_view::npos || !trim(line.substr(close + 1)).empty())
      fail_at(errc::invalid_value, "expected '[section]' alone on its line", first + 1);
    const auto name = trim(line.substr(first + 1, close - first - 1));
    const auto name_col = line.find_first_not_of(" \t", first + 1) + 1;
    section next = section::none;
    if (name == "table") next = section::table;
    if (name == "source") next = section::source;
    if (name == "rules") next = section::rules;
    if (next == section::none)
      fail_at(
          errc::unknown_field,
          "unknown section '[" + std::string(name) + "]' (expected [table], [source] or [rules])",
          name_col);
    auto& seen = section_line_[static_cast<std::size_t>(next)];
    if (seen != 0)
      fail_at(errc::invalid_value,
              "section [" + std::string(name) + "] appears twice (first on line " +
                  std::to_string(seen) + ")",
              first + 1);
    seen = line_;
    section_ = next;
  }

  // Each key of [table] and [source] may be given once.
  void once(const mapped_text& key) {
    const auto full = std::to_string(static_cast<int>(section_)) + key.text;
    const auto [it, inserted] = seen_keys_.emplace(full, key.line);
    if (!inserted)
      fail_at(
          errc::invalid_value,
          "'" + key.text + "' is given twice (first on line " + std::to_string(it->second) + ")",
          key.line, key.column);
  }

  void need_value(const mapped_text& key, const mapped_text& value) const {
    if (value.text.empty())
      fail_at(errc::missing_field, "'" + key.text + "' has no value", value.line, value.column);
  }

  bool yes_no(const mapped_text& key, const mapped_text& value) const {
    if (value.text == "yes" || value.text == "true") return true;
    if (value.text == "no" || value.text == "false") return false;
    fail_at(errc::invalid_value, "'" + key.text + "' is yes or no, not '" + value.text + "'",
            value.line, value.column);
  }

  void table_key(const mapped_text& key, const mapped_text& value) {
    once(key);
    need_value(key, value);
    const auto& k = key.text;
    if (k == "actor1") {
      m_.actor1 = value;
    } else if (k == "actor2") {
      m_.actor2 = value;
    } else if (k == "codes") {
      m_.codes = value;
      if (value.text == "cow") {
        m_.code = code_kind::cow;
      } else if (value.text == "name") {
        m_.code = code_kind::name;
      } else if (const auto s = parse_code_system(value.text);
                 s && *s != code_system::wikidata && *s != code_system::other) {
        m_.code = *s == code_system::cow ? code_kind::cow : code_kind::other;
        m_.system = *s;
      } else {
        fail_at(errc::invalid_value,
                "unknown code system '" + value.text +
                    "' (expected cow, cow_abbrev, iso3, iso2, iso_numeric, gw, cameo or name)",
                value.line, value.column);
      }
    } else if (k == "year") {
      m_.year = value;
    } else if (k == "start") {
      m_.start = value;
    } else if (k == "end") {
      m_.end = value;
    } else if (k == "mirrored") {
      m_.mirrored = yes_no(key, value);
    } else if (k == "dialect") {
      if (value.text != "csv" && value.text != "tsv")
        fail_at(errc::invalid_value, "'dialect' is csv or tsv, not '" + value.text + "'",
                value.line, value.column);
      m_.dialect = value;
    } else if (k == "unmatched") {
      if (value.text != "reject")
        m_.unmatched = action(mapping_rule{}, value.text, value.line, value.column);
    } else {
      fail_at(errc::unknown_field,
              "unknown key '" + k +
                  "' in [table] (expected actor1, actor2, codes, year, start, end, mirrored, "
                  "unmatched or dialect)",
              key.line, key.column);
    }
  }

  void source_key(const mapped_text& key, const mapped_text& value) {
    once(key);
    need_value(key, value);
    const auto& k = key.text;
    auto& s = m_.src;
    if (k == "id") {
      if (!is_valid_id(value.text))
        fail_at(errc::invalid_id,
                "invalid source id '" + value.text + "' (letters, digits, '_', '-', '.')",
                value.line, value.column);
      s.id = value.text;
    } else if (k == "title") {
      s.title = value.text;
    } else if (k == "author") {
      s.author = value.text;
    } else if (k == "publisher") {
      s.publisher = value.text;
    } else if (k == "published") {
      s.published = parse_date(value.text);
      if (!s.published)
        fail_at(errc::invalid_date, "invalid date '" + value.text + "'", value.line, value.column);
    } else if (k == "url") {
      s.url = value.text;
    } else if (k == "citation") {
      s.note = value.text;
    } else {
      fail_at(
          errc::unknown_field,
          "unknown key '" + k +
              "' in [source] (expected id, title, author, publisher, published, url or citation)",
          key.line, key.column);
    }
  }

  // `VALUE -> kind KIND[, subkind SUBKIND][, weight W]` after `COLUMN =`.
  void rule_line(const mapped_text& key, const mapped_text& value) {
    const auto arrow = value.text.find("->");
    if (arrow == std::string::npos)
      fail_at(
          errc::invalid_value,
          "expected 'VALUE -> kind KIND[, subkind SUBKIND][, weight W]' after '" + key.text + " ='",
          value.line, value.column);
    mapping_rule r;
    r.column = key;
    r.value = std::string(trim(std::string_view(value.text).substr(0, arrow)));
    if (r.value.empty())
      fail_at(errc::missing_field, "no cell value before '->'", value.line,
              value.column + static_cast<std::uint32_t>(arrow));
    if (m_.rules.size() == max_rules)
      fail_at(errc::too_large, "more than " + std::to_string(max_rules) + " rules", key.line,
              key.column);
    const auto rest_at = static_cast<std::uint32_t>(arrow + 2);
    m_.rules.push_back(action(std::move(r), std::string_view(value.text).substr(rest_at),
                              value.line, value.column + rest_at));
  }

  // `kind KIND[, subkind SUBKIND][, weight W]`, written from `column` of `line` on.
  mapping_rule action(mapping_rule r, std::string_view text, std::uint32_t line,
                      std::uint32_t column) const {
    bool has_kind = false;
    std::size_t at = 0;
    while (at <= text.size()) {
      const auto comma = std::min(text.find(',', at), text.size());
      const auto item = text.substr(at, comma - at);
      const auto lead = item.find_first_not_of(" \t");
      const auto item_col =
          column + static_cast<std::uint32_t>(at + (lead == std::string_view::npos ? 0 : lead));
      const auto body = trim(item);
      if (body.empty())
        fail_at(errc::missing_field,
                "empty item: expected 'kind KIND', 'subkind SUBKIND' or 'weight W'", line,
                item_col);
      const auto space = body.find_first_of(" \t");
      const auto word = body.substr(0, space);
      const auto arg =
          space == std::string_view::npos ? std::string_view{} : trim(body.substr(space));
      const auto arg_col = item_col + static_cast<std::uint32_t>(space == std::string_view::npos
                                                                     ? body.size()
                                                                     : body.find(arg, space));
      if (arg.empty())
        fail_at(errc::missing_field, "'" + std::string(word) + "' needs a value", line, arg_col);
      if (word == "kind") {
        const auto k = parse_relation_kind(arg);
        if (!k)
          fail_at(errc::unknown_relation_kind, "unknown relation kind '" + std::string(arg) + "'",
                  line, arg_col);
        r.kind = *k;
        has_kind = true;
      } else if (word == "subkind") {
        r.subkind = std::string(arg);
      } else if (word == "weight") {
        const auto w = parse_double(arg);
        if (!w || *w < 0.0 || *w > 1.0)
          fail_at(errc::invalid_value,
                  "weight '" + std::string(arg) + "' is not a number in [0, 1]", line, arg_col);
        r.weight = *w;
      } else {
        fail_at(errc::unknown_field,
                "unknown item '" + std::string(word) + "' (expected kind, subkind or weight)", line,
                item_col);
      }
      at = comma + 1;
    }
    if (!has_kind) fail_at(errc::missing_field, "no 'kind KIND' in the rule", line, column);
    return r;
  }

  void check_complete() const {
    const auto where_section = [&](section s) {
      const auto l = section_line_[static_cast<std::size_t>(s)];
      return std::pair<std::uint32_t, std::uint32_t>{l == 0 ? 1 : l, 1};
    };
    const auto require = [&](const mapped_text& v, section s, const char* key) {
      if (!v.text.empty()) return;
      const auto [l, c] = where_section(s);
      const char* name = s == section::table ? "[table]" : "[source]";
      fail_at(errc::missing_field, std::string("the mapping has no '") + key + "' in " + name, l,
              c);
    };
    require(m_.actor1, section::table, "actor1");
    require(m_.actor2, section::table, "actor2");
    require(m_.codes, section::table, "codes");
    if (m_.year.text.empty() && m_.start.text.empty()) {
      const auto [l, c] = where_section(section::table);
      fail_at(
          errc::missing_field,
          "the mapping has neither 'year' (a dyad-year table) nor 'start' (dated rows) in [table]",
          l, c);
    }
    if (!m_.year.text.empty() && !m_.start.text.empty())
      fail_at(errc::invalid_value,
              "'start' cannot be combined with 'year': a table has one or the other", m_.start.line,
              m_.start.column);
    if (!m_.end.text.empty() && m_.start.text.empty())
      fail_at(errc::missing_field, "'end' needs 'start'", m_.end.line, m_.end.column);
    if (m_.src.id.empty()) {
      const auto [l, c] = where_section(section::source);
      fail_at(errc::missing_field, "the mapping has no 'id' in [source]", l, c);
    }
    if (m_.rules.empty()) {
      const auto [l, c] = where_section(section::rules);
      fail_at(errc::missing_field, "the mapping has no rule in [rules]", l, c);
    }
  }

  std::string_view text_;
  mapping m_;
  std::uint32_t line_ = 0;
  section section_ = section::none;
  std::array<std::uint32_t, 4> section_line_{};
  std::unordered_map<std::string, std::uint32_t> seen_keys_;
};

// Every column the mapping names, resolved against the table's header (reported in the mapping).
std::size_t resolve_column(const mapping& m, const table_reader& t, const mapped_text& name,
                           const std::string& table) {
  if (const auto c = t.column(name.text)) return *c;
  throw data_error(errc::missing_field,
                   "column '" + name.text + "' is not in the header of " + table,
                   location{m.path, name.line, name.column, {}});
}

// --- the table ----------------------------------------------------------------------------------

bool ends_with_ci(std::string name, std::string_view suffix) {
  std::transform(name.begin(), name.end(), name.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return name.ends_with(suffix);
}

table_dialect dialect_of(const mapping& m, const std::filesystem::path& table) {
  if (!m.dialect.text.empty())
    return m.dialect.text == "tsv" ? table_dialect::tsv : table_dialect::csv;
  const auto name = table.filename().string();
  for (const auto* ext : {".tsv", ".tab", ".tsv.gz", ".tab.gz"})
    if (ends_with_ci(name, ext)) return table_dialect::tsv;
  return table_dialect::csv;
}

// Where a relation of merged rows came from: the first row.
record_origin origin_at(const std::string* path, std::uint32_t line) {
  record_origin o;
  o.path = path;
  o.at = {line, 1};
  return o;
}

std::uint64_t pair_key(std::uint32_t a, std::uint32_t b) {
  return (std::uint64_t{a} << 32U) | b;
}

// The dyad-years (or dated rows) of one unordered pair and time, as each direction gave them.
struct mirror_entry {
  // The first row in each direction ("fwd": the actor interned first is actor1), 0 if none.
  std::uint32_t line_fwd = 0;
  std::uint32_t line_rev = 0;
  std::uint64_t bits_fwd = 0, bits_rev = 0;  // the rules each direction gave
};

// A pair of actors (ordered, or lower index first for mirrored tables) and a time: the year, or
// the row's start/end text. The year groups use it with the rule number as `time`.
struct dyad_key {
  std::uint64_t pair;
  std::string time;
  friend bool operator==(const dyad_key&, const dyad_key&) = default;
};
struct dyad_hash {
  std::size_t operator()(const dyad_key& k) const noexcept {
    return std::hash<std::uint64_t>{}(k.pair) ^
           (std::hash<std::string>{}(k.time) * static_cast<std::size_t>(0x9e3779b97f4a7c15ULL));
  }
};

// The years of one pair under one rule, merged into intervals at the end.
struct year_group {
  std::uint32_t a = 0, b = 0;  // in the orientation of the first row
  std::size_t rule = 0;
  std::string code_a, code_b;                                 // as the table writes them
  std::vector<std::pair<std::int32_t, std::uint32_t>> years;  // (year, line)
};

// One dyad-year row, as the year groups need it.
struct year_row {
  std::uint32_t a = 0, b = 0;
  std::int32_t year = 0;
  std::uint32_t line = 0;
  std::string code_a, code_b;
};

// A dated row no rule matched, waiting for its mirror's verdict.
struct deferred_relation {
  dyad_key key;
  relation_spec spec;
  record_origin origin;
};

class mapped_loader {
 public:
  mapped_loader(const input& in, dataset_context& ctx, mapping m)
      : in_(in), ctx_(ctx), m_(std::move(m)) {}

  void run() {
    const auto text = read_dataset_text(in_.path, ctx_.options);
    path_ = ctx_.builder.intern_path(in_.path.string());
    table_reader t(text, path_, dialect_of(m_, in_.path));
    c_a1_ = resolve_column(m_, t, m_.actor1, in_.path.string());
    c_a2_ = resolve_column(m_, t, m_.actor2, in_.path.string());
    if (!m_.year.text.empty()) c_year_ = resolve_column(m_, t, m_.year, in_.path.string());
    if (!m_.start.text.empty()) c_start_ = resolve_column(m_, t, m_.start, in_.path.string());
    if (!m_.end.text.empty()) c_end_ = resolve_column(m_, t, m_.end, in_.path.string());
    for (auto& r : m_.rules)
      r.col = resolve_column(m_, t, r.column, in_.path.string());
    add_dataset_source(ctx_, m_.src);
    for_each_row(t, ctx_, record_kind::relation, [&] { row(t); });
    add_deferred();
    report_mirrors();
    if (c_year_) add_merged();
  }

 private:
  const mapping_rule& rule_at(std::size_t i) const {
    return i < m_.rules.size() ? m_.rules[i] : *m_.unmatched;
  }

  // The state a code cell names, as an index into `ids_`.
  std::uint32_t resolve(const table_reader& t, std::size_t col, std::optional<date> at) {
    const auto code = t[col];
    if (code.empty()) fail(errc::missing_field, "no actor code", t.where(col));
    std::string key(code);
    if (m_.code == code_kind::name && at) key += "\x1F" + std::to_string(at->year());
    if (const auto it = cache_.find(key); it != cache_.end()) return it->second;
    std::optional<actor_id> id;
    if (m_.code == code_kind::cow) {
      const auto n = parse_int64(code);
      if (!n)
        fail(errc::wrong_type, "expected a COW state code, found " + quote_text(code),
             t.where(col));
      id = ctx_.states.cow_state(*n, t.where(col));
    } else if (m_.code == code_kind::name) {
      const auto candidates = ctx_.states.codes().by_name(code);
      if (candidates.size() == 1) {
        id = candidates.front();
      } else if (candidates.size() > 1 && at) {
        id = ctx_.states.codes().by_name(code, *at);
      }
      if (!id)
        fail(errc::unknown_actor,
             candidates.empty() ? "no state is known by the name " + quote_text(code)
                                : "the name " + quote_text(code) + " denotes " +
                                      std::to_string(candidates.size()) + " states" +
                                      (at ? " in " + std::to_string(at->year()) : std::string()),
             t.where(col));
    } else {
      id = ctx_.states.codes().by_code(m_.system, code);
      if (!id)
        fail(errc::unknown_actor,
             "no state has the " + std::string(to_string(m_.system)) + " code " + quote_text(code),
             t.where(col));
    }
    ctx_.states.use(*id);
    auto [slot, fresh] =
        index_.emplace(std::string(id->view()), static_cast<std::uint32_t>(ids_.size()));
    if (fresh) ids_.push_back(*id);
    cache_.emplace(std::move(key), slot->second);
    return slot->second;
  }

  std::uint64_t matched_rules(const table_reader& t) const {
    std::uint64_t bits = 0;
    for (std::size_t i = 0; i < m_.rules.size(); ++i)
      if (trim(t[m_.rules[i].col]) == m_.rules[i].value) bits |= std::uint64_t{1} << i;
    if (bits != 0) return bits;
    if (m_.unmatched) return std::uint64_t{1} << m_.rules.size();
    std::string cells;
    for (const auto& r : m_.rules) {
      if (cells.find(r.column.text + " = ") != std::string::npos) continue;
      cells += (cells.empty() ? "" : ", ") + r.column.text + " = " + quote_text(t[r.col]);
    }
    fail(errc::invalid_value,
         "no rule matches the row (" + cells + ") and the mapping rejects such rows", t.where());
  }

  dyad_key key_of(std::uint32_t a, std::uint32_t b, std::string time) const {
    return dyad_key{a < b ? pair_key(a, b) : pair_key(b, a), std::move(time)};
  }

  // Records a row's direction for the mirror check; returns the rule bits not yet given by the
  // row's mirror (or an earlier copy).
  std::uint64_t mirror(const dyad_key& key, bool fwd, std::uint64_t bits, std::uint32_t line,
                       std::uint32_t a, std::uint32_t b) {
    auto& e = mirrors_[key];
    const auto before = e.bits_fwd | e.bits_rev;
    auto& own_line = fwd ? e.line_fwd : e.line_rev;
    if (own_line != 0) {
      ctx_.builder.warn(
          {severity::warning, errc::duplicate_relation, location{*path_, line, 1, {}},
           "the row gives the same states (" + ids_[a].str() + ", " + ids_[b].str() + ") at " +
               key.time + " in the same order as line " + std::to_string(own_line) +
               " (two codes of one state, or a repeated row); the two rows are merged"});
    } else {
      own_line = line;
    }
    (fwd ? e.bits_fwd : e.bits_rev) |= bits;
    return bits & ~before;
  }

  void row(const table_reader& t) {
    std::optional<std::int32_t> year;
    std::optional<date> start, end;
    if (c_year_) {
      const auto y = int_cell(t, *c_year_);
      if (!y) fail(errc::missing_field, "no year", t.where(*c_year_));
      if (*y < 1 || *y >= date::max_year)
        fail(errc::invalid_date, "year " + std::to_string(*y) + " is out of range",
             t.where(*c_year_));
      year = static_cast<std::int32_t>(*y);
    } else {
      start = date_cell(t, *c_start_);
      const auto last = c_end_ ? date_cell(t, *c_end_) : std::nullopt;
      end = last ? last->day_after() : std::nullopt;  // the end column holds the last day
      if (start && end && end->first_day() <= start->first_day())
        fail(errc::end_before_start,
             "ends (" + to_string(*last) + ") before it starts (" + to_string(*start) + ")",
             t.where(*c_end_));
    }
    const auto at = year ? date::from_year(*year) : start;
    const auto a = resolve(t, c_a1_, at);
    const auto b = resolve(t, c_a2_, at);
    if (a == b) {
      // COW 255 and 260 are both Germany: such a row is a tie of one geokg state with itself.
      ctx_.builder.warn({severity::warning, errc::self_relation, t.where(c_a2_),
                         "both actors (" + quote_text(t[c_a1_]) + " and " + quote_text(t[c_a2_]) +
                             ") are the state '" + ids_[a].str() + "': the row gives no relation"});
      return;
    }
    auto bits = matched_rules(t);
    const auto line = static_cast<std::uint32_t>(t.line());
    std::optional<dyad_key> deferred;
    if (m_.mirrored) {
      auto key =
          key_of(a, b,
                 year ? std::to_string(*year)
                      : std::string(t[*c_start_]) + "/" + (c_end_ ? std::string(t[*c_end_]) : ""));
      bits = mirror(key, a < b, bits, line, a, b);
      // A row no rule matches stands for an unmatched dyad only if its mirror row agrees (in
      // ATOP, one direction of a one-sided obligation has all flags 0): decided at the end.
      if ((bits & unmatched_bit()) != 0) {
        bits &= ~unmatched_bit();
        deferred = std::move(key);
      }
    }
    if (year) {
      const year_row y{a, b, *year, line, std::string(t[c_a1_]), std::string(t[c_a2_])};
      for (std::size_t i = 0; bits != 0; ++i, bits >>= 1U)
        if ((bits & 1U) != 0) add_year(y, i);
      if (deferred) deferred_years_.emplace_back(std::move(*deferred), y);
      return;
    }
    // Dated rows: one relation per row and rule, as the row gives it.
    const auto origin = t.origin_as({{"source", c_a1_}, {"target", c_a2_}, {"start", *c_start_}});
    const auto dated = [&](std::size_t i) {
      const auto& r = rule_at(i);
      relation_spec spec{ids_[a], ids_[b], r.kind, interval(start, end)};
      spec.subkind = r.subkind;
      spec.weight = r.weight;
      spec.info.id = relation_id(a, b, r, "L" + std::to_string(line));
      spec.info.citations.push_back({m_.src.id,
                                     m_.actor1.text + " " + std::string(t[c_a1_]) + ", " +
                                         m_.actor2.text + " " + std::string(t[c_a2_]) + ", " +
                                         rule_text(r) + ", line " + std::to_string(line),
                                     {},
                                     {}});
      return spec;
    };
    for (std::size_t i = 0; bits != 0; ++i, bits >>= 1U)
      if ((bits & 1U) != 0) ctx_.builder.add_relation(dated(i), origin);
    if (deferred) deferred_dated_.push_back({std::move(*deferred), dated(m_.rules.size()), origin});
  }

  std::uint64_t unmatched_bit() const { return std::uint64_t{1} << m_.rules.size(); }

  void add_year(const year_row& y, std::size_t rule) {
    auto [it, fresh] = group_index_.emplace(group_key(y.a, y.b, rule), groups_.size());
    if (fresh) groups_.push_back({y.a, y.b, rule, y.code_a, y.code_b, {}});
    groups_[it->second].years.emplace_back(y.year, y.line);
  }

  // The unmatched rows whose mirror row matched no rule either.
  void add_deferred() {
    const auto real = unmatched_bit() - 1;
    for (auto& [key, y] : deferred_years_)
      if (const auto& e = mirrors_.at(key); ((e.bits_fwd | e.bits_rev) & real) == 0)
        add_year(y, m_.rules.size());
    for (auto& d : deferred_dated_)
      if (const auto& e = mirrors_.at(d.key); ((e.bits_fwd | e.bits_rev) & real) == 0)
        ctx_.builder.add_relation(std::move(d.spec), d.origin);
    deferred_years_.clear();
    deferred_dated_.clear();
  }

  std::optional<date> date_cell(const table_reader& t, std::size_t col) const {
    const auto text = trim(t[col]);
    if (text.empty()) return std::nullopt;
    if (auto d = parse_date(text)) return d;
    // YYYYMMDD, as event data write days.
    if (text.size() == 8 &&
        std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; })) {
      const auto n = *parse_int64(text);
      if (auto d = date::from_ymd(static_cast<int>(n / 10000), static_cast<unsigned>(n / 100 % 100),
                                  static_cast<unsigned>(n % 100)))
        return d;
    }
    fail(errc::invalid_date,
         "invalid date " + quote_text(text) + " (expected YYYY, YYYY-MM, YYYY-MM-DD or YYYYMMDD)",
         t.where(col));
  }

  dyad_key group_key(std::uint32_t a, std::uint32_t b, std::size_t rule) const {
    return dyad_key{m_.mirrored && b < a ? pair_key(b, a) : pair_key(a, b), std::to_string(rule)};
  }

  std::string rule_text(const mapping_rule& r) const {
    return r.column.text.empty() ? "no rule matched" : r.column.text + " = " + r.value;
  }

  // `<source>.<A>-<B>.<rule>.<first year or line>`, or empty if that is no valid id.
  std::string relation_id(std::uint32_t a, std::uint32_t b, const mapping_rule& r,
                          const std::string& when) const {
    auto id = m_.src.id + "." + ids_[a].str() + "-" + ids_[b].str() + "." + r.label() + "." + when;
    return is_valid_id(id) ? id : std::string{};
  }

  void report_mirrors() {
    if (!m_.mirrored) return;
    std::vector<std::pair<std::uint32_t, diagnostic>> found;
    for (const auto& [key, e] : mirrors_) {
      const auto year = key.time;
      if (e.line_fwd == 0 || e.line_rev == 0) {
        const auto line = e.line_fwd != 0 ? e.line_fwd : e.line_rev;
        found.emplace_back(
            line,
            diagnostic{severity::warning, errc::missing_field, location{*path_, line, 1, {}},
                       "the row has no mirror row (the same pair in the other order, at " + year +
                           "), though the mapping says rows come in both orders; its relations are "
                           "kept"});
      } else if (e.bits_fwd != e.bits_rev) {
        std::string which;
        const auto diff = (e.bits_fwd ^ e.bits_rev) & (unmatched_bit() - 1);
        for (std::size_t i = 0; i < m_.rules.size(); ++i)
          if (((diff >> i) & 1U) != 0) which += (which.empty() ? "" : ", ") + rule_at(i).label();
        const auto line = std::max(e.line_fwd, e.line_rev);
        found.emplace_back(
            line,
            diagnostic{severity::warning, errc::invalid_value, location{*path_, line, 1, {}},
                       "the row and its mirror row at line " +
                           std::to_string(std::min(e.line_fwd, e.line_rev)) + " disagree on " +
                           which + "; a relation is kept if either row gives it"});
      }
    }
    std::sort(found.begin(), found.end(),
              [](const auto& x, const auto& y) { return x.first < y.first; });
    for (auto& [line, d] : found)
      ctx_.builder.warn(std::move(d));
    mirrors_.clear();
  }

  // Consecutive years of a pair under one rule become one relation [first year, last year + 1).
  void add_merged() {
    for (auto& g : groups_) {
      auto& ys = g.years;
      std::sort(ys.begin(), ys.end());
      std::vector<std::pair<std::int32_t, std::uint32_t>> unique;
      unique.reserve(ys.size());
      for (const auto& y : ys) {
        if (!unique.empty() && unique.back().first == y.first) {
          if (!m_.mirrored)
            ctx_.builder.warn(
                {severity::warning, errc::duplicate_relation, location{*path_, y.second, 1, {}},
                 "the row gives the same states (" + ids_[g.a].str() + ", " + ids_[g.b].str() +
                     "), year and " + rule_at(g.rule).label() + " as line " +
                     std::to_string(unique.back().second) +
                     " (two codes of one state, or a repeated row); the two rows are merged"});
          continue;  // mirrored: the mirror row, checked above
        }
        unique.push_back(y);
      }
      for (std::size_t i = 0; i < unique.size();) {
        std::size_t j = i;
        while (j + 1 < unique.size() && unique[j + 1].first == unique[j].first + 1)
          ++j;
        add_run(g, unique[i], unique[j], j - i + 1);
        i = j + 1;
      }
    }
  }

  void add_run(const year_group& g, std::pair<std::int32_t, std::uint32_t> first,
               std::pair<std::int32_t, std::uint32_t> last, std::size_t years) {
    const auto& r = rule_at(g.rule);
    const auto span =
        std::to_string(first.first) + (years == 1 ? "" : "-" + std::to_string(last.first));
    relation_spec spec{ids_[g.a], ids_[g.b], r.kind,
                       interval(date::from_year(first.first), date::from_year(last.first + 1))};
    spec.subkind = r.subkind;
    spec.weight = r.weight;
    spec.info.id = relation_id(g.a, g.b, r, std::to_string(first.first));
    const auto lines =
        years == 1 ? "line " + std::to_string(first.second)
                   : "lines " + std::to_string(first.second) + "-" + std::to_string(last.second);
    spec.info.citations.push_back({m_.src.id,
                                   m_.actor1.text + " " + g.code_a + ", " + m_.actor2.text + " " +
                                       g.code_b + ", " + rule_text(r) + ", " + span + " (" + lines +
                                       ")",
                                   {},
                                   {}});
    spec.info.quantities.push_back(
        {"dyad_years", quantity::exact(static_cast<double>(years), "year")});
    spec.info.note = std::to_string(years) +
                     (years == 1 ? " dyad-year" : " consecutive dyad-years") +
                     " merged; year precision: in force at some time in each year from " +
                     std::to_string(first.first) + " to " + std::to_string(last.first);
    ctx_.builder.add_relation(std::move(spec), origin_at(path_, first.second));
  }

  const input& in_;
  dataset_context& ctx_;
  mapping m_;
  const std::string* path_ = nullptr;
  std::size_t c_a1_ = 0, c_a2_ = 0;
  std::optional<std::size_t> c_year_, c_start_, c_end_;
  std::vector<actor_id> ids_;
  std::unordered_map<std::string, std::uint32_t> index_;  // actor id -> position in ids_
  std::unordered_map<std::string, std::uint32_t> cache_;  // code (and year for names) -> ids_
  std::unordered_map<dyad_key, mirror_entry, dyad_hash> mirrors_;
  std::vector<year_group> groups_;
  std::vector<std::pair<dyad_key, year_row>> deferred_years_;
  std::vector<deferred_relation> deferred_dated_;
  std::unordered_map<dyad_key, std::size_t, dyad_hash> group_index_;
};

}  // namespace

void load_mapped_table(const input& in, dataset_context& ctx) {
  if (in.mapping.empty())
    throw data_error(errc::missing_field,
                     "the mapped format needs a mapping file: mapped:MAPPING:TABLE",
                     location{in.path.string(), 0, 0, {}});
  const auto text = read_dataset_text(in.mapping, ctx.options);
  auto m = mapping_parser(text, in.mapping.string()).parse();
  mapped_loader(in, ctx, std::move(m)).run();
}

}  // namespace geokg::io::detail
