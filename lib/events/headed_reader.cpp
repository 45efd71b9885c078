// SPDX-License-Identifier: MIT
// The readers of headed, tab-separated event files: ICEWS (Dataverse .tab) and POLECAT release
// files. Columns are found by name in the header row; countries resolve through the state table.

#include <charconv>
#include <string>
#include <string_view>
#include <unordered_map>

#include "geokg/core/error.hpp"
#include "geokg/events/reader.hpp"
#include "reader_common.hpp"

namespace geokg::events::detail {
namespace {

enum class flavour : std::uint8_t { icews, polecat };

// Column roles, in the order of the names below.
enum role : std::size_t {
  c_id,
  c_day,
  c_code,
  c_intensity,
  c_src,
  c_tgt,
  c_quad,
  c_src_cow,
  c_tgt_cow
};

constexpr std::array<std::string_view, 6> icews_names = {
    "Event ID", "Event Date", "CAMEO Code", "Intensity", "Source Country", "Target Country"};
constexpr std::array<std::string_view, 9> polecat_names = {
    "Event ID",          "Event Date", "Event Type", "Intensity",    "Actor Country",
    "Recipient Country", "Quad Code",  "Actor COW",  "Recipient COW"};

// ICEWS spellings the state table does not know (checked against the 2018 sample): the
// Dataverse names of the DR Congo, North Macedonia before 2019 and the Holy See.
constexpr std::array<std::pair<std::string_view, std::string_view>, 3> icews_aliases = {{
    {"Democratic Republic of Congo", "COD"},
    {"the former Yugoslav Republic of Macedonia", "MKD"},
    {"Holy See", "VAT"},
}};

bool missing(std::string_view s) noexcept {
  return s.empty() || s == "NA";
}

// FNV-1a, 64 bits: POLECAT ids that are not numbers become stable numbers.
std::uint64_t fnv1a(std::string_view s) noexcept {
  std::uint64_t h = 0xcbf29ce484222325ULL;
  for (const char c : s) {
    h ^= static_cast<unsigned char>(c);
    h *= 0x100000001b3ULL;
  }
  return h;
}

class headed_reader {
 public:
  headed_reader(flavour kind, const std::filesystem::path& path, const state_index& states,
                const row_sink& sink, const read_options& options)
      : kind_(kind),
        path_(path),
        states_(states),
        sink_(sink),
        options_(options),
        plover_(options.plover != nullptr ? *options.plover : cameo_plover::builtin()) {
    account_.path = path.string();
  }

  row_account run() {
    for_each_line(path_, account_, options_,
                  [this](const char* b, const char* e, std::uint64_t line_no) {
                    if (e == b) return;
                    if (columns_.empty())
                      return header(std::string_view(b, static_cast<std::size_t>(e - b)));
                    ++account_.read;
                    guarded_row(account_, options_, line_no, [&] { row(b, e); });
                  });
    if (columns_.empty())
      throw data_error(errc::missing_field, "the file has no header row",
                       location{account_.path, 1, 1, {}});
    return std::move(account_);
  }

 private:
  std::string_view format() const noexcept { return kind_ == flavour::icews ? "ICEWS" : "POLECAT"; }

  void header(std::string_view text) {
    if (kind_ == flavour::icews) {
      columns_ = header_columns(text, account_.path, icews_names, icews_names.size(), format());
    } else {
      columns_ = header_columns(text, account_.path, polecat_names, 6, format());
    }
    width_ = 1;
    for (const char c : text)
      width_ += c == '\t' ? 1U : 0U;
  }

  std::string_view cell(role r) const noexcept {
    return r < columns_.size() && columns_[r] != std::string_view::npos ? fields_[columns_[r]]
                                                                        : std::string_view{};
  }

  [[noreturn]] void bad(errc code, std::string message, role r) const {
    const auto name = kind_ == flavour::icews ? icews_names[r] : polecat_names[r];
    throw bad_row{code, std::move(message), fields_.column(columns_[r]), name};
  }

  std::optional<state_ref> resolve(std::string_view country, std::string_view cow,
                                   std::int32_t day) {
    if (!missing(cow) && digits(cow) && cow.size() <= 4) {
      int code = 0;
      std::from_chars(cow.data(), cow.data() + cow.size(), code);
      if (const auto s = states_.by_cow(code, day)) return s;
    }
    if (kind_ == flavour::polecat && country.size() == 3)
      if (const auto s = states_.by_iso3(country)) return s;
    // Names repeat row after row: remember the last answer per name and day.
    auto it = cache_.find(std::string(country));
    if (it != cache_.end() && it->second.first == day) return it->second.second;
    std::optional<state_ref> s = states_.by_name(country, day);
    if (!s)
      for (const auto& [name, id] : icews_aliases)
        if (name == country) s = states_.by_id(id);
    cache_.insert_or_assign(std::string(country), std::make_pair(day, s));
    return s;
  }

  void row(const char* b, const char* e) {
    const auto n = fields_.split(b, e, width_);
    if (n != width_)
      throw bad_row{errc::malformed_csv,
                    "an " + std::string(format()) +
                        " row has as many tab-separated fields as "
                        "the header (" +
                        std::to_string(width_) + "); this one has " + std::to_string(n),
                    0,
                    {}};
    event_row r;
    r.file = options_.file_index;
    const auto id = cell(c_id);
    {
      const auto [p, ec] = std::from_chars(id.data(), id.data() + id.size(), r.id);
      if (id.empty() || ec != std::errc{} || p != id.data() + id.size()) {
        if (kind_ == flavour::icews || missing(id))
          bad(errc::wrong_type, "Event ID " + quoted(id) + " is not a number", c_id);
        r.id = fnv1a(id);
      }
    }
    const auto day_text = cell(c_day);
    // POLECAT may write a time after the day; the day is what the windows use.
    const auto d = parse_day(day_text.substr(0, 10), true);
    if (!d)
      bad(errc::invalid_date, "Event Date " + quoted(day_text) + " is not a day YYYY-MM-DD", c_day);
    r.day = *d;
    if (kind_ == flavour::icews) {
      const auto code = cell(c_code);
      r.root_code = cameo_root(code);
      if (r.root_code == 0)
        bad(errc::invalid_value,
            "CAMEO Code " + quoted(code) + " is not a CAMEO event code (2 to 4 digits, root 01-20)",
            c_code);
      r.event_code = code;
      r.quad_class = quad_class_of_cameo_root(r.root_code);
      r.plover = plover_.of(code);
    } else {
      const auto type = cell(c_code);
      const auto category = parse_plover_category(type);
      if (!category)
        bad(errc::invalid_value, "Event Type " + quoted(type) + " is not a PLOVER category",
            c_code);
      r.plover = *category;
      const auto quad = cell(c_quad);
      if (!missing(quad)) {
        if (quad.size() != 1 || quad[0] < '1' || quad[0] > '4')
          bad(errc::invalid_value, "Quad Code " + quoted(quad) + " is not 1, 2, 3 or 4", c_quad);
        r.quad_class = static_cast<std::uint8_t>(quad[0] - '0');
      } else {
        r.quad_class = quad_class_of(r.plover);
      }
    }
    const auto intensity = cell(c_intensity);
    if (!missing(intensity) && !parse_tenths(intensity, r.goldstein10))
      bad(errc::invalid_value,
          "Intensity " + quoted(intensity) +
              " is not a number in [-10, 10] with at most one decimal",
          c_intensity);
    if (kind_ == flavour::icews && !seen_.insert(r.id, r.day)) {
      ++account_.duplicates;
      return;
    }
    r.actor1_code = cell(c_src);
    r.actor2_code = cell(c_tgt);
    const auto skip = [&](skip_reason why) { count_skip(account_, why); };
    if (missing(r.actor1_code) || missing(r.actor2_code)) return skip(skip_reason::not_dyadic);
    const auto s1 = resolve(r.actor1_code, cell(c_src_cow), r.day);
    const auto s2 = resolve(r.actor2_code, cell(c_tgt_cow), r.day);
    if (!s1 || !s2) {
      if (!s1) count_unknown_name(account_, r.actor1_code);
      if (!s2) count_unknown_name(account_, r.actor2_code);
      return skip(skip_reason::unknown_name);
    }
    if (*s1 == *s2) return skip(skip_reason::self);
    if (r.quad_class == 0) return skip(skip_reason::no_quad_class);
    if (missing(intensity)) return skip(skip_reason::no_goldstein);
    r.actor1 = *s1;
    r.actor2 = *s2;
    ++account_.used;
    sink_(r);
  }

  flavour kind_;
  const std::filesystem::path& path_;
  const state_index& states_;
  const row_sink& sink_;
  const read_options& options_;
  const cameo_plover& plover_;
  row_account account_;
  std::vector<std::size_t> columns_;
  std::size_t width_ = 0;
  tab_fields fields_;
  key_set seen_;
  std::unordered_map<std::string, std::pair<std::int32_t, std::optional<state_ref>>> cache_;
};

}  // namespace

row_account read_icews(const std::filesystem::path& path, const state_index& states,
                       const row_sink& sink, const read_options& options) {
  return headed_reader(flavour::icews, path, states, sink, options).run();
}

row_account read_polecat(const std::filesystem::path& path, const state_index& states,
                         const row_sink& sink, const read_options& options) {
  return headed_reader(flavour::polecat, path, states, sink, options).run();
}

}  // namespace geokg::events::detail
