// SPDX-License-Identifier: MIT
// The geokg CSV loader: streams each table of a dataset folder through csv_reader, converts every
// row into the model with the same checks and messages as the JSON loader, and hands it to the
// graph builder with the position of each of its cells.

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <limits>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <system_error>
#include <unordered_map>
#include <utility>
#include <vector>

#include "csv_list.hpp"
#include "csv_loader.hpp"
#include "csv_reader.hpp"
#include "field_parsers.hpp"
#include "geokg/io/csv.hpp"
#include "graph_builder.hpp"
#include "record_origin.hpp"

namespace geokg::io {
namespace detail {
namespace {

namespace fs = std::filesystem;

// ------------------------------------------------------------------------------------------------
// The tables and their columns (docs/format.md, CSV). Column constants index `table_info::columns`.

enum class table : std::uint8_t { sources, actors, events, relations, claims, citations, quantities };
constexpr std::size_t table_count = 7;

struct column_info {
  std::string_view name;
  bool required = false;
};

struct table_info {
  std::string_view file;
  std::span<const column_info> columns;
};

// `date` and `when` are the other two time-span forms that every relation and event accepts
// (docs/format.md, common rules); they follow the documented columns.
namespace source_col {
enum : std::size_t { id, kind, title, author, publisher, published, url, reliability, note };
constexpr column_info columns[] = {{"id", true}, {"kind"}, {"title"}, {"author"}, {"publisher"},
                                   {"published"}, {"url"}, {"reliability"}, {"note"}};
}  // namespace source_col
namespace actor_col {
enum : std::size_t { id, name, kind, start, end, aliases, codes, existence, note };
constexpr column_info columns[] = {{"id", true}, {"name"},  {"kind", true}, {"start"},    {"end"},
                                   {"aliases"},  {"codes"}, {"existence"},  {"note"}};
}  // namespace actor_col
namespace event_col {
enum : std::size_t { id, kind, subkind, title, start, end, participants, part_of, status, note, date, when };
constexpr column_info columns[] = {{"id"},   {"kind", true}, {"subkind"},  {"title"},
                                   {"start"}, {"end"},       {"participants", true},
                                   {"part_of"}, {"status"},  {"note"},     {"date"}, {"when"}};
}  // namespace event_col
namespace relation_col {
enum : std::size_t {
  id, source, target, kind, sign, start, end, weight, source_ref, subkind, event, status, note, date, when
};
constexpr column_info columns[] = {{"id"},     {"source", true}, {"target", true}, {"kind", true}, {"sign"},
                                   {"start"},  {"end"},          {"weight"},       {"source_ref"}, {"subkind"},
                                   {"event"},  {"status"},       {"note"},         {"date"},       {"when"}};
}  // namespace relation_col
namespace claim_col {
enum : std::size_t { id, kind, subjects, objects, actors, label, text, made_on, status, note };
constexpr column_info columns[] = {{"id"},    {"kind", true}, {"subjects"}, {"objects"}, {"actors"},
                                   {"label"}, {"text"},       {"made_on"},  {"status"},  {"note"}};
}  // namespace claim_col
namespace citation_col {
enum : std::size_t { statement, source, locator, quote, confidence };
constexpr column_info columns[] = {{"statement", true}, {"source"}, {"locator"}, {"quote"}, {"confidence"}};
}  // namespace citation_col
namespace quantity_col {
enum : std::size_t { statement, name, value, low, high, unit, approximate };
constexpr column_info columns[] = {{"statement", true}, {"name"}, {"value"},      {"low"},
                                   {"high"},            {"unit"}, {"approximate"}};
}  // namespace quantity_col

// In the order of `csv_tables`.
constexpr std::array<table_info, table_count> tables{{
    {"sources.csv", source_col::columns},
    {"actors.csv", actor_col::columns},
    {"events.csv", event_col::columns},
    {"relations.csv", relation_col::columns},
    {"claims.csv", claim_col::columns},
    {"citations.csv", citation_col::columns},
    {"quantities.csv", quantity_col::columns},
}};

constexpr bool tables_follow_csv_tables() {
  for (std::size_t i = 0; i < table_count; ++i) {
    if (tables[i].file != csv_tables[i]) return false;
  }
  return std::size(csv_tables) == table_count;
}
static_assert(tables_follow_csv_tables(), "the loader's tables must follow io::csv_tables");

constexpr std::size_t max_columns = 16;
static_assert(std::all_of(tables.begin(), tables.end(), [](const table_info& t) { return t.columns.size() <= max_columns; }));

constexpr const table_info& info_of(table t) noexcept { return tables[static_cast<std::size_t>(t)]; }

constexpr record_kind kind_of(table t) noexcept {
  switch (t) {
    case table::sources: return record_kind::source;
    case table::actors: return record_kind::actor;
    case table::events: return record_kind::event;
    case table::claims: return record_kind::claim;
    default: return record_kind::relation;
  }
}

// Citations and quantities are not records of their own kind: they are details of statements.
constexpr bool is_detail_table(table t) noexcept { return t == table::citations || t == table::quantities; }

std::optional<table> table_named(std::string_view file_name) {
  for (std::size_t i = 0; i < table_count; ++i) {
    if (tables[i].file == file_name) return static_cast<table>(i);
  }
  return std::nullopt;
}

std::uint32_t clamp32(std::uint64_t v) noexcept {
  return static_cast<std::uint32_t>(std::min<std::uint64_t>(v, std::numeric_limits<std::uint32_t>::max()));
}

constexpr std::int32_t absent = -1;

// Where each known column of a table sits in a file's header.
struct table_layout {
  table which = table::actors;
  std::vector<std::string> header;
  std::vector<position> header_positions;
  std::array<std::int32_t, max_columns> slot{};  // header position per known column, or `absent`

  std::span<const column_info> columns() const noexcept { return info_of(which).columns; }

  void bind(table t) {
    which = t;
    slot.fill(absent);
    const auto cols = columns();
    for (std::size_t c = 0; c < cols.size(); ++c) {
      for (std::size_t h = 0; h < header.size(); ++h) {
        if (header[h] == cols[c].name) slot[c] = static_cast<std::int32_t>(h);
      }
    }
  }
  bool knows(std::string_view name) const noexcept {
    return std::any_of(columns().begin(), columns().end(), [&](const column_info& c) { return c.name == name; });
  }
};

// The table a file holds when its name does not say: the one whose required columns are all in
// the header and which knows the most of the header's columns (ties: the first in `csv_tables`).
std::optional<table> table_from_header(const std::vector<std::string>& header) {
  std::optional<table> best;
  std::size_t best_known = 0;
  for (std::size_t i = 0; i < table_count; ++i) {
    const auto& cols = tables[i].columns;
    const auto in_header = [&](std::string_view name) {
      return std::find(header.begin(), header.end(), name) != header.end();
    };
    if (!std::all_of(cols.begin(), cols.end(), [&](const column_info& c) { return !c.required || in_header(c.name); })) {
      continue;
    }
    const auto known = static_cast<std::size_t>(
        std::count_if(cols.begin(), cols.end(), [&](const column_info& c) { return in_header(c.name); }));
    if (!best || known > best_known) {
      best = static_cast<table>(i);
      best_known = known;
    }
  }
  return best;
}

// ------------------------------------------------------------------------------------------------
// Syntax errors: their code, and the column they are in.

errc code_of(csv_errc e) noexcept {
  switch (e) {
    case csv_errc::nul_byte:
    case csv_errc::invalid_utf8: return errc::invalid_encoding;
    case csv_errc::field_too_large:
    case csv_errc::record_too_large:
    case csv_errc::too_many_fields: return errc::too_large;
    case csv_errc::io_error: return errc::io_error;
    default: return errc::malformed_csv;
  }
}

// The index of the field that holds byte `to` of a record whose bytes start at or after `from`
// (after the rest of a line when the reader was resynchronising). The reader does not say which
// field a syntax error is in, so the record is re-read from the file; this only ever happens for
// a rejected record, and reads at most one record.
std::optional<std::size_t> field_index_at(const fs::path& file, std::uint64_t from, std::uint64_t to,
                                          bool skip_line_first) {
  constexpr std::uint64_t max_scan = std::uint64_t{256} << 20;
  if (to < from || to - from > max_scan) return std::nullopt;
  std::ifstream in(file, std::ios::binary);
  if (!in) return std::nullopt;
  in.seekg(static_cast<std::streamoff>(from));
  enum class state : std::uint8_t { skip_line, before_record, in_record };
  state s = skip_line_first ? state::skip_line : state::before_record;
  std::size_t field = 0;
  bool field_start = true;
  bool quoted = false;
  bool quote_seen = false;  // a quote inside a quoted field: escaped or closing, by the next byte
  std::array<char, 64 * 1024> buf{};
  std::uint64_t left = to - from;
  while (left > 0) {
    in.read(buf.data(), static_cast<std::streamsize>(std::min<std::uint64_t>(left, buf.size())));
    const auto got = static_cast<std::size_t>(in.gcount());
    if (got == 0) break;
    left -= got;
    for (std::size_t i = 0; i < got; ++i) {
      const char c = buf[i];
      const bool line_end = c == '\n' || c == '\r';
      if (s == state::skip_line) {
        if (line_end) s = state::before_record;
        continue;
      }
      if (s == state::before_record) {
        if (line_end) continue;
        s = state::in_record;
        field = 0;
        field_start = true;
        quoted = false;
        quote_seen = false;
      }
      if (quoted) {
        if (quote_seen && c != '"') {
          quoted = false;  // that was the closing quote; c follows the field
        } else {
          if (c == '"') quote_seen = !quote_seen;
          continue;
        }
      }
      if (field_start && c == '"') {
        quoted = true;
        quote_seen = false;
        field_start = false;
        continue;
      }
      field_start = false;
      if (c == ',') {
        ++field;
        field_start = true;
      } else if (line_end) {
        s = state::before_record;
      }
    }
  }
  return field;
}

// ------------------------------------------------------------------------------------------------
// Details waiting for their statements: citations.csv and quantities.csv rows, by statement id.

struct statement_details {
  std::vector<citation> citations;
  std::vector<named_quantity> quantities;
};

class detail_store {
 public:
  void add_citation(std::string statement, citation c, location where) {
    const auto at = add_row(statement, std::move(where));
    citations_[std::move(statement)].push_back({std::move(c), at});
  }
  void add_quantity(std::string statement, named_quantity q, location where) {
    const auto at = add_row(statement, std::move(where));
    quantities_[std::move(statement)].push_back({std::move(q), at});
  }
  bool empty() const noexcept { return citations_.empty() && quantities_.empty(); }

  // Hands over (once) the details of the statement with this id.
  statement_details take(std::string_view id) {
    statement_details out;
    if (empty() || id.empty()) return out;
    const std::string key(id);
    if (auto it = citations_.find(key); it != citations_.end()) {
      for (auto& [c, at] : it->second) {
        out.citations.push_back(std::move(c));
        rows_[at].taken = true;
      }
      citations_.erase(it);
    }
    if (auto it = quantities_.find(key); it != quantities_.end()) {
      for (auto& [q, at] : it->second) {
        out.quantities.push_back(std::move(q));
        rows_[at].taken = true;
      }
      quantities_.erase(it);
    }
    return out;
  }

  // Reports every row whose statement never appeared, in file order.
  void report_unclaimed(graph_builder& builder) {
    for (auto& r : rows_) {
      if (r.taken) continue;
      r.taken = true;
      builder.fail_input({severity::error, errc::unknown_statement, std::move(r.where),
                          "unknown statement '" + r.statement + "'"});
    }
    rows_.clear();
    citations_.clear();
    quantities_.clear();
  }

 private:
  struct detail_row {
    std::string statement;
    location where;
    bool taken = false;
  };
  template <class T>
  struct entry {
    T value;
    std::size_t row_index;
  };
  std::size_t add_row(const std::string& statement, location where) {
    rows_.push_back({statement, std::move(where), false});
    return rows_.size() - 1;
  }

  std::vector<detail_row> rows_;
  std::unordered_map<std::string, std::vector<entry<citation>>> citations_;
  std::unordered_map<std::string, std::vector<entry<named_quantity>>> quantities_;
};

// ------------------------------------------------------------------------------------------------
// Reading one row's cells, with located errors.

class row_reader {
 public:
  row_reader(const csv_record& rec, const table_layout& layout, record_origin& origin)
      : rec_(rec), layout_(layout), origin_(origin) {}

  std::string_view name(std::size_t c) const noexcept { return layout_.columns()[c].name; }
  std::string_view text(std::size_t c) const noexcept {
    const auto s = layout_.slot[c];
    return s == absent ? std::string_view{} : rec_[static_cast<std::size_t>(s)].value;
  }
  bool has(std::size_t c) const noexcept { return !text(c).empty(); }
  std::string str(std::size_t c) const { return std::string(text(c)); }

  location where(std::size_t c) const { return origin_.where(name(c)); }
  location where_item(std::size_t c, std::size_t i) const {
    auto out = where(c);
    out.field += "/" + std::to_string(i);
    return out;
  }

  std::string_view req(std::size_t c) const {
    if (!has(c)) fail(errc::missing_field, "missing field '" + std::string(name(c)) + "'", where(c));
    return text(c);
  }
  std::optional<date> opt_date(std::size_t c) const {
    if (!has(c)) return std::nullopt;
    return to_date(text(c), where(c));
  }
  std::optional<double> opt_number(std::size_t c) const {
    if (!has(c)) return std::nullopt;
    if (auto v = parse_double(text(c))) return v;
    fail(errc::wrong_type, "field '" + std::string(name(c)) + "' must be a number", where(c));
  }

  // The items of a list cell; each item is located at its cell, under `column/index`, also for
  // errors that the graph builder reports later.
  std::vector<std::string> list(std::size_t c) {
    if (!has(c)) return {};
    list_error bad;
    auto items = split_list(text(c), &bad);
    if (!items) {
      const auto cell = text(c);
      const auto escape = cell.substr(bad.offset, std::min<std::size_t>(2, cell.size() - bad.offset));
      fail(errc::invalid_value,
           "invalid escape " + quote_text(escape) + " in list field '" + std::string(name(c)) +
               "' (write '\\\\' for a backslash, '\\;' for a semicolon)",
           where(c));
    }
    const auto slot = layout_.slot[c];
    const auto& cell = rec_[static_cast<std::size_t>(slot)];
    for (std::size_t i = 0; i < items->size(); ++i) {
      origin_.fields.emplace_back(std::string(name(c)) + "/" + std::to_string(i),
                                  position{clamp32(cell.line), clamp32(cell.column)});
    }
    return std::move(*items);
  }

  // The time span given by start/end, date or when.
  interval when(std::size_t start, std::size_t end, std::size_t date_c, std::size_t when_c) const {
    const int forms = (has(start) || has(end) ? 1 : 0) + (has(date_c) ? 1 : 0) + (has(when_c) ? 1 : 0);
    if (forms > 1) {
      fail(errc::invalid_value, "give the time as one of 'start'/'end', 'date' or 'when'",
           where(has(date_c) ? date_c : when_c));
    }
    if (has(date_c)) {
      const auto d = to_date(text(date_c), where(date_c));
      if (auto i = interval::covering(d)) return *i;
      fail(errc::invalid_date, "date " + to_string(d) + " is at the end of the calendar", where(date_c));
    }
    if (has(when_c)) return to_interval_text(text(when_c), where(when_c));
    const auto s = opt_date(start);
    const auto e = opt_date(end);
    return to_interval(s, e, where(end));
  }

  // Id, status, note and the details attached by id (plus a relation's `source_ref`).
  statement_info info(std::size_t id, std::size_t status, std::size_t note, std::optional<std::size_t> source_ref,
                      statement_details details) const {
    statement_info out;
    if (has(id)) out.id = to_statement_id(text(id), where(id));
    if (has(status)) {
      out.status = to_enum<statement_status>(text(status), "status", parse_statement_status, where(status));
    }
    out.note = str(note);
    out.citations = std::move(details.citations);
    // The benchmark workload's shorthand: a bare citation text.
    if (source_ref && has(*source_ref)) out.citations.push_back(citation{.locator = str(*source_ref)});
    out.quantities = std::move(details.quantities);
    return out;
  }

 private:
  const csv_record& rec_;
  const table_layout& layout_;
  record_origin& origin_;
};

// ------------------------------------------------------------------------------------------------
// Converters: one per table, in the order of checks of the JSON loader, so that a record with
// several problems is reported for the same one in both formats.

source_document convert_source(row_reader& r) {
  using namespace source_col;
  source_document s;
  s.id = std::string(r.req(id));
  if (r.has(kind)) s.kind = to_enum<source_kind>(r.text(kind), "source kind", parse_source_kind, r.where(kind));
  s.title = r.str(title);
  s.author = r.str(author);
  s.publisher = r.str(publisher);
  s.published = r.opt_date(published);
  s.url = r.str(url);
  s.reliability = r.opt_number(reliability);
  s.note = r.str(note);
  return s;
}

actor convert_actor(row_reader& r) {
  using namespace actor_col;
  const auto id_text = r.req(id);
  actor a{.id = to_actor_id(id_text, r.where(id))};
  const auto kind_text = r.req(kind);
  a.kind = to_enum<actor_kind>(kind_text, "actor kind", parse_actor_kind, r.where(kind));
  a.name = r.str(name);
  a.aliases = r.list(aliases);
  a.note = r.str(note);
  const auto code_items = r.list(codes);
  for (std::size_t i = 0; i < code_items.size(); ++i) {
    // system:value or system:value@interval (values may hold ':'; intervals never hold '@')
    const std::string_view item = code_items[i];
    const auto where = r.where_item(codes, i);
    const auto colon = item.find(':');
    if (colon == std::string_view::npos) fail(errc::missing_field, "a code needs 'system' and 'value'", where);
    external_code code;
    code.system = to_enum<code_system>(item.substr(0, colon), "code system", parse_code_system, where);
    auto rest = item.substr(colon + 1);
    if (const auto at = rest.rfind('@'); at != std::string_view::npos) {
      code.valid = to_interval_text(rest.substr(at + 1), where);
      rest = rest.substr(0, at);
    }
    code.value = std::string(rest);
    a.codes.push_back(std::move(code));
  }
  const auto spells = r.list(existence);
  if ((r.has(start) || r.has(end)) && !spells.empty()) {
    fail(errc::invalid_value, "give the existence as 'existence' or as 'start'/'end', not both", r.where(existence));
  }
  if (r.has(start) || r.has(end)) {
    const auto s = r.opt_date(start);
    const auto e = r.opt_date(end);
    a.existence.push_back(to_interval(s, e, r.where(end)));
  }
  for (std::size_t i = 0; i < spells.size(); ++i) {
    a.existence.push_back(to_interval_text(spells[i], r.where_item(existence, i)));
  }
  return a;
}

relation_spec convert_relation(row_reader& r, statement_details details) {
  using namespace relation_col;
  const auto source_text = r.req(source);
  const auto target_text = r.req(target);
  const auto kind_text = r.req(kind);
  relation_spec s{.source = to_actor_id(source_text, r.where(source)),
                  .target = to_actor_id(target_text, r.where(target))};
  s.kind = to_relation_kind(kind_text, r.where(kind));
  if (r.has(sign)) {
    const auto given = parse_sign(r.text(sign));
    if (!given) fail(errc::invalid_value, "invalid sign (expected -1, 0 or 1)", r.where(sign));
    if (*given != sign_of(s.kind)) {
      fail(errc::invalid_value,
           "sign " + std::to_string(to_int(*given)) + " contradicts kind '" + std::string(to_string(s.kind)) +
               "', whose sign is " + std::to_string(to_int(sign_of(s.kind))),
           r.where(sign));
    }
  }
  s.subkind = r.str(subkind);
  s.when = r.when(start, end, date, when);
  if (auto w = r.opt_number(weight)) s.weight = *w;
  s.event = r.str(event);
  s.info = r.info(id, status, note, source_ref, std::move(details));
  return s;
}

event_spec convert_event(row_reader& r, statement_details details) {
  using namespace event_col;
  event_spec e;
  e.kind = to_relation_kind(r.req(kind), r.where(kind));
  e.title = r.str(title);
  e.subkind = r.str(subkind);
  e.when = r.when(start, end, date, when);
  e.part_of = r.str(part_of);
  const auto items = r.list(participants);
  if (items.empty()) fail(errc::missing_field, "missing field 'participants'", r.where(participants));
  for (std::size_t i = 0; i < items.size(); ++i) {
    // actor or actor:role
    const std::string_view item = items[i];
    const auto where = r.where_item(participants, i);
    const auto colon = item.find(':');
    participant_spec p{to_actor_id(item.substr(0, colon), where)};
    if (colon != std::string_view::npos) {
      p.role = to_enum<participant_role>(item.substr(colon + 1), "participant role", parse_participant_role, where);
    }
    e.participants.push_back(std::move(p));
  }
  e.info = r.info(id, status, note, std::nullopt, std::move(details));
  return e;
}

claim_spec convert_claim(row_reader& r, statement_details details) {
  using namespace claim_col;
  claim_spec c;
  c.kind = to_enum<claim_kind>(r.req(kind), "claim kind", parse_claim_kind, r.where(kind));
  c.subjects = r.list(subjects);
  c.objects = r.list(objects);
  const auto actor_items = r.list(actors);
  for (std::size_t i = 0; i < actor_items.size(); ++i) {
    c.actors.push_back(to_actor_id(actor_items[i], r.where_item(actors, i)));
  }
  c.label = r.str(label);
  c.text = r.str(text);
  c.made_on = r.opt_date(made_on);
  c.info = r.info(id, status, note, std::nullopt, std::move(details));
  return c;
}

std::pair<std::string, citation> convert_citation(row_reader& r) {
  using namespace citation_col;
  auto id = to_statement_id(r.req(statement), r.where(statement));
  citation c;
  c.source = r.str(source);
  c.locator = r.str(locator);
  c.quote = r.str(quote);
  c.confidence = r.opt_number(confidence);
  return {std::move(id), std::move(c)};
}

std::pair<std::string, named_quantity> convert_quantity(row_reader& r) {
  using namespace quantity_col;
  auto id = to_statement_id(r.req(statement), r.where(statement));
  const auto v = r.opt_number(value);
  const auto lo = r.opt_number(low);
  const auto hi = r.opt_number(high);
  if (v ? (lo || hi) : !(lo && hi)) {
    // Point at the bound that is too many, or at the one that is missing.
    const std::size_t at = v ? (lo ? low : high) : lo ? high : hi ? low : value;
    fail(errc::invalid_value, "a quantity needs either 'value' or both 'low' and 'high'", r.where(at));
  }
  named_quantity q;
  q.name = r.str(name);
  q.value.low = v ? *v : *lo;
  q.value.high = v ? *v : *hi;
  if (q.value.low > q.value.high) fail(errc::invalid_value, "quantity 'low' is above 'high'", r.where(low));
  q.value.unit = r.str(unit);
  if (r.has(approximate)) {
    const auto a = r.text(approximate);
    if (a != "true" && a != "false") {
      fail(errc::wrong_type, "field 'approximate' must be true or false", r.where(approximate));
    }
    q.value.approximate = a == "true";
  }
  return {std::move(id), std::move(q)};
}

// ------------------------------------------------------------------------------------------------
// The loader of one input (a dataset folder or one table file).

class csv_loader {
 public:
  csv_loader(graph_builder& builder, const load_options& options) : builder_(builder), options_(options) {
    limits_.max_field_bytes = static_cast<std::size_t>(
        std::min<std::uint64_t>(options.limits.max_string_bytes, std::numeric_limits<std::size_t>::max()));
    limits_.max_record_bytes = std::max(limits_.max_record_bytes, limits_.max_field_bytes);
  }

  void load(const fs::path& path) {
    std::error_code ec;
    if (fs::is_directory(path, ec)) {
      load_folder(path);
    } else {
      load_file(path, table_named(path.filename().string()));
    }
    details_.report_unclaimed(builder_);
  }

 private:
  void load_folder(const fs::path& folder) {
    std::error_code ec;
    if (!fs::exists(folder / "actors.csv", ec)) {
      builder_.fail_input({severity::error, errc::io_error, location{folder.string(), 0, 0, {}},
                           "folder holds no actors.csv, which a CSV dataset needs"});
      return;
    }
    // A misspelt table ("relation.csv") would otherwise pass unnoticed.
    std::vector<fs::path> strangers;
    for (const auto& entry : fs::directory_iterator(folder, ec)) {
      const auto file_name = entry.path().filename().string();
      if (entry.path().extension() == ".csv" && !table_named(file_name)) strangers.push_back(entry.path());
    }
    std::sort(strangers.begin(), strangers.end());
    for (const auto& p : strangers) {
      builder_.warn({severity::warning, errc::unknown_field, location{p.string(), 0, 0, {}},
                     "unknown table " + quote_text(p.filename().string()) + " is not loaded"});
    }
    // Details first, so that each statement finds its citations and quantities when it is read.
    for (const auto t : {table::citations, table::quantities, table::sources, table::actors, table::events,
                         table::relations, table::claims}) {
      const auto file = folder / std::string(info_of(t).file);
      if (fs::exists(file, ec)) load_file(file, t);
    }
  }

  void fail_file(errc code, const std::string& path, std::string message, std::uint64_t line = 0,
                 std::uint64_t column = 0, std::string field = {}) {
    builder_.fail_input(
        {severity::error, code, location{path, clamp32(line), clamp32(column), std::move(field)}, std::move(message)});
  }

  void load_file(const fs::path& file, std::optional<table> named) {
    // Records may wait in the builder for later files, so it owns the name their origins show.
    const std::string& path = *builder_.intern_path(file.string());
    std::error_code ec;
    if (fs::is_directory(file, ec)) return fail_file(errc::io_error, path, "is a directory, not a file");
    const auto size = fs::file_size(file, ec);
    if (ec) return fail_file(errc::io_error, path, "cannot read: " + ec.message());
    if (size > options_.limits.max_file_bytes) {
      return fail_file(errc::too_large, path,
                       "file of " + std::to_string(size) + " bytes exceeds the limit of " +
                           std::to_string(options_.limits.max_file_bytes));
    }
    std::ifstream in(file, std::ios::binary);
    if (!in) return fail_file(errc::io_error, path, "cannot open: " + std::generic_category().message(errno));
    csv_reader reader(in, limits_);
    csv_record rec;

    // The header.
    try {
      if (!reader.next(rec)) return fail_file(errc::malformed_csv, path, "the file is empty (no header record)", 1, 1);
    } catch (const csv_error& e) {
      return fail_file(code_of(e.code()), path, e.what(), e.line(), e.column());
    }
    table_layout layout;
    for (const auto& f : rec) {
      const std::string name(f.value);
      if (std::find(layout.header.begin(), layout.header.end(), name) != layout.header.end()) {
        return fail_file(errc::malformed_csv, path, "duplicate column " + quote_text(name) + " in the header", f.line,
                         f.column, name);
      }
      layout.header.push_back(name);
      layout.header_positions.push_back({clamp32(f.line), clamp32(f.column)});
    }
    const auto which = named ? named : table_from_header(layout.header);
    if (!which) {
      return fail_file(errc::missing_field, path,
                       quote_text(file.filename().string()) +
                           " is not named after a geokg table and its header lacks the required columns of "
                           "every table",
                       1, 1);
    }
    layout.bind(*which);
    for (std::size_t h = 0; h < layout.header.size(); ++h) {
      if (layout.knows(layout.header[h])) continue;
      const auto& p = layout.header_positions[h];
      builder_.warn({severity::warning, errc::unknown_field, location{path, p.line, p.column, layout.header[h]},
                     "unknown field " + quote_text(layout.header[h])});
    }
    const auto cols = layout.columns();
    for (std::size_t c = 0; c < cols.size(); ++c) {
      if (cols[c].required && layout.slot[c] == absent) {
        return fail_file(errc::missing_field, path, "the header has no column '" + std::string(cols[c].name) + "'",
                         layout.header_positions.front().line, layout.header_positions.front().column,
                         std::string(cols[c].name));
      }
    }

    // The rows.
    std::uint64_t rows = 0;
    std::uint64_t next_progress = std::uint64_t{4} << 20;
    bool resyncing = false;
    const auto progress = [&] {
      if (options_.on_progress) options_.on_progress({path, reader.bytes_consumed(), size, rows});
    };
    for (;;) {
      const auto before = reader.bytes_consumed();
      try {
        if (!reader.next(rec)) break;
      } catch (const csv_error& e) {
        if (e.code() == csv_errc::io_error) return fail_file(errc::io_error, path, e.what(), e.line(), e.column());
        if (++rows > options_.limits.max_records) return too_many_records(path, e.line(), e.column());
        std::string field;
        if (e.code() != csv_errc::record_too_large) {
          if (auto i = field_index_at(file, before, reader.bytes_consumed(), resyncing); i && *i < layout.header.size()) {
            field = layout.header[*i];
          }
        }
        resyncing = true;
        reject(*which, {severity::error, code_of(e.code()),
                        location{path, clamp32(e.line()), clamp32(e.column()), std::move(field)}, e.what()});
        continue;
      }
      resyncing = false;
      if (++rows > options_.limits.max_records) return too_many_records(path, rec.line(), rec[0].column);
      read_row(*which, layout, rec, path);
      if (options_.on_progress && reader.bytes_consumed() >= next_progress) {
        next_progress = reader.bytes_consumed() + (std::uint64_t{4} << 20);
        progress();
      }
    }
    progress();
  }

  void too_many_records(const std::string& path, std::uint64_t line, std::uint64_t column) {
    fail_file(errc::too_large, path, "more than " + std::to_string(options_.limits.max_records) + " records", line,
              column);
  }

  void reject(table t, diagnostic d) {
    if (is_detail_table(t)) {
      builder_.fail_input(std::move(d));
    } else {
      builder_.reject(kind_of(t), std::move(d));
    }
  }

  void read_row(table t, const table_layout& layout, const csv_record& rec, const std::string& path) {
    record_origin origin;
    origin.path = &path;
    origin.at = {clamp32(rec.line()), clamp32(rec[0].column)};
    if (rec.size() != layout.header.size()) {
      const bool short_row = rec.size() < layout.header.size();
      // A short record is located where its next field would start (right after its last one,
      // when that is on one line), a long one at its first extra field.
      const auto& at = short_row ? rec[rec.size() - 1] : rec[layout.header.size()];
      auto column = at.column;
      if (short_row && at.value.find_first_of("\r\n") == std::string_view::npos) {
        column += at.value.size() +
                  (at.quoted ? 2 + static_cast<std::size_t>(std::count(at.value.begin(), at.value.end(), '"')) : 0);
      }
      return reject(t, {severity::error, errc::malformed_csv,
                        location{path, clamp32(at.line), clamp32(column),
                                 short_row ? layout.header[rec.size()] : std::string{}},
                        "record has " + std::to_string(rec.size()) + " fields, but the header has " +
                            std::to_string(layout.header.size())});
    }
    const auto cols = layout.columns();
    origin.fields.reserve(cols.size());
    for (std::size_t c = 0; c < cols.size(); ++c) {
      if (layout.slot[c] == absent) continue;
      const auto& f = rec[static_cast<std::size_t>(layout.slot[c])];
      origin.fields.emplace_back(std::string(cols[c].name), position{clamp32(f.line), clamp32(f.column)});
    }
    row_reader r(rec, layout, origin);
    // Details are claimed by the id as written, before conversion: a statement that is rejected
    // takes its details with it, instead of leaving them to be reported as orphans.
    const auto take = [&](std::size_t id_column) { return details_.take(r.text(id_column)); };
    try {
      switch (t) {
        case table::sources: {
          auto s = convert_source(r);
          builder_.add_source(std::move(s), std::move(origin));
          return;
        }
        case table::actors: {
          auto a = convert_actor(r);
          builder_.add_actor(std::move(a), std::move(origin));
          return;
        }
        case table::events: {
          auto e = convert_event(r, take(event_col::id));
          builder_.add_event(std::move(e), std::move(origin));
          return;
        }
        case table::relations: {
          auto rel = convert_relation(r, take(relation_col::id));
          builder_.add_relation(std::move(rel), std::move(origin));
          return;
        }
        case table::claims: {
          auto c = convert_claim(r, take(claim_col::id));
          builder_.add_claim(std::move(c), std::move(origin));
          return;
        }
        case table::citations: {
          auto [id, c] = convert_citation(r);
          details_.add_citation(std::move(id), std::move(c), r.where(citation_col::statement));
          return;
        }
        case table::quantities: {
          auto [id, q] = convert_quantity(r);
          details_.add_quantity(std::move(id), std::move(q), r.where(quantity_col::statement));
          return;
        }
      }
    } catch (const record_error& e) {
      reject(t, e.d);
    }
  }

  graph_builder& builder_;
  const load_options& options_;
  csv_limits limits_;
  detail_store details_;
};

}  // namespace

void load_csv_into(const std::filesystem::path& path, graph_builder& builder, const load_options& options) {
  csv_loader loader(builder, options);
  loader.load(path);
}

}  // namespace detail

load_result load_csv(const std::filesystem::path& path, const load_options& options) {
  detail::graph_builder builder(options);
  detail::load_csv_into(path, builder, options);
  return std::move(builder).finish();
}

}  // namespace geokg::io
