#pragma once
// SPDX-License-Identifier: MIT
// Streaming readers of raw event files: GDELT 1.0 and 2.0 exports, ICEWS and POLECAT files,
// plain, .gz and .zip.

#include <array>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "geokg/core/diagnostic.hpp"
#include "geokg/events/event_row.hpp"
#include "geokg/events/plover.hpp"
#include "geokg/events/state_index.hpp"
#include "geokg/io/load_options.hpp"

namespace geokg::events {

/// The event data sets a reader knows. Each format has its own reader behind one row type
/// (`event_row`), so that ICEWS and POLECAT readers slot in beside GDELT's.
enum class event_format : std::uint8_t {
  gdelt,    ///< GDELT 1.0 (57/58 fields) and 2.0 (61 fields) event exports, tab-separated.
  icews,    ///< ICEWS Coded Event Data (Dataverse `.tab`): a header row, tab-separated.
  polecat,  ///< POLECAT release files (header row, tab-separated) or PLOVER JSON records.
};

/// The format's name as `-i FORMAT:PATH` spells it ("gdelt", "icews", "polecat").
std::string_view to_string(event_format format) noexcept;
/// The format of a name; nullopt if unknown.
std::optional<event_format> parse_event_format(std::string_view name) noexcept;

/// Why a row was counted but not used (the rules every reader applies).
enum class skip_reason : std::uint8_t {
  not_dyadic,     ///< One of the two actors has no country code.
  not_states,     ///< Both have one, but one is not a state (a region such as `AFR`, or unknown).
  self,           ///< Both actors are the same state.
  no_quad_class,  ///< The QuadClass field is empty.
  no_goldstein,   ///< The GoldsteinScale (Intensity) field is empty.
  /// A country name (ICEWS, POLECAT) that no state of the table is known under on the event's
  /// day; `row_account::unknown_names` says which.
  unknown_name,
  not_event,  ///< A record that is no event (PLOVER's `DOCUMENT` records).
};

/// The number of `skip_reason` values.
inline constexpr std::size_t skip_reason_count = 7;

/// The stable name of a skip reason, e.g. "not_dyadic".
std::string_view to_string(skip_reason reason) noexcept;

/// The rows of one file: `read = used + skipped + rejected + duplicates`.
struct row_account {
  std::string path;            ///< The file, as given.
  std::uint64_t read = 0;      ///< Rows (non-empty lines; not header rows) or JSON records read.
  std::uint64_t used = 0;      ///< Rows passed to the sink.
  std::uint64_t rejected = 0;  ///< Malformed rows (collect mode; stop mode throws the first).
  /// Rows dropped as repeats of an earlier row of the file with the same key (ICEWS:
  /// `(Event ID, Event Date)`); always 0 for GDELT, whose ids are unique.
  std::uint64_t duplicates = 0;
  std::array<std::uint64_t, skip_reason_count> skipped_by{};  ///< Skipped rows, by reason.
  /// The country names counted under `skip_reason::unknown_name`, with the number of actor
  /// fields that held each, sorted by name.
  std::vector<std::pair<std::string, std::uint64_t>> unknown_names{};
  std::uint64_t bytes = 0;  ///< Bytes of text read (after decompression).
  /// The event ids of the rows read (every row whose id parsed, used or not), as inclusive
  /// ranges in file order, consecutive ids joined: one range for a GDELT file, whose ids are
  /// gap-free. `partial_aggregate::add_account` folds them into its id set to find duplicates.
  std::vector<std::pair<std::uint64_t, std::uint64_t>> id_ranges{};
  /// The first diagnostics of the rejected rows (at most `read_options::max_diagnostics`).
  std::vector<diagnostic> diagnostics{};

  /// Every skipped row.
  std::uint64_t skipped() const noexcept;
  /// Adds another account's counts, unknown names, diagnostics and id ranges (the path is kept).
  row_account& operator+=(const row_account& other);
  friend bool operator==(const row_account&, const row_account&) = default;
};

/// Called for each used row.
using row_sink = std::function<void(const event_row&)>;

/// Called now and then while reading (about every 4 MiB) with the bytes and rows read since the
/// last call; from the reading thread.
using read_progress = std::function<void(std::uint64_t bytes, std::uint64_t rows)>;

/// Options of the readers.
struct read_options {
  /// `stop` throws the first malformed row as a `data_error`; `collect` counts it as rejected,
  /// keeps its diagnostic and reads on. A file that cannot be read (missing, a truncated or
  /// corrupt archive) always throws.
  io::error_mode on_error = io::error_mode::stop;
  /// How many diagnostics of rejected rows a `row_account` keeps.
  std::size_t max_diagnostics = 100;
  /// Passed on in `event_row::file`.
  std::uint16_t file_index = 0;
  /// Parses SOURCEURL into `event_row::url` (left empty otherwise).
  bool urls = false;
  /// Progress reports; none when empty.
  read_progress on_progress{};
  /// The CAMEO -> PLOVER table that gives CAMEO-coded rows their `event_row::plover`;
  /// `cameo_plover::builtin()` when null. Not owned.
  const cameo_plover* plover = nullptr;
};

/// Reads one event file as a stream and hands every used row to `sink`; the rows are not kept.
///
/// The file may be plain text, gzip (`.gz`) or a zip archive (`.zip`, GDELT's `.CSV.zip`: its one
/// entry, or every entry in name order), chosen by the file's first bytes. A final line without
/// newline and CRLF line ends are accepted. Memory is O(longest line), whatever the file's size
/// (ICEWS adds 32 bytes per row of the file for its duplicate check; PLOVER JSON is read whole).
///
/// **GDELT** rows are tab-separated without header or quoting; each row's layout is chosen by
/// its field count (57 or 58 for GDELT 1.0, 61 for 2.0), so files that mix 1.0 widths are read.
/// Rows are skipped (counted by reason, not errors) unless both actors' country codes denote
/// different states and the row has a QuadClass and a Goldstein value. A row is malformed (an
/// error at `path:line:column`, `[geokg.<errc>]`) if its field count is not 57, 58 or 61, its
/// GLOBALEVENTID or SQLDATE is not a number/day, its QuadClass is not 1-4, its Goldstein value is
/// not a number in [-10, 10] with at most one decimal (GDELT writes one), its event code is not 2
/// to 4 digits, or a count or the tone is not a number.
///
/// **ICEWS** files start with their header row; columns are found by name (`Event ID`, `Event
/// Date`, `Source Country`, `CAMEO Code`, `Intensity`, `Target Country`), every row must have the
/// header's field count. `NA` and the empty string are missing values. Countries are English
/// names, resolved with `state_index::by_name` on the event's day (a few ICEWS spellings the
/// table lacks are mapped first: docs/events.md); a name no state has is skipped as
/// `unknown_name` and listed in `row_account::unknown_names`. QuadClass is derived from the CAMEO
/// root. A row whose `(Event ID, Event Date)` was already read in the file is counted in
/// `row_account::duplicates` and dropped.
///
/// **POLECAT** release files start with their header row (`Event ID`, `Event Date`, `Event Type`,
/// `Intensity`, `Actor Country`, `Recipient Country`; `Quad Code`, `Actor COW`, `Recipient COW`
/// when present). A file whose first byte (after blanks) is `[` is read as PLOVER JSON records
/// (`PLOVER_GSR_CAMEO.txt`). docs/events.md lists how actors and categories are read.
/// @throws data_error `io_error` if the file cannot be read or an archive is truncated or corrupt;
///   `missing_field` if a header lacks a needed column; the first malformed row's error in `stop`
///   mode.
row_account read_events(const std::filesystem::path& path, event_format format,
                        const state_index& states, const row_sink& sink,
                        const read_options& options = {});

}  // namespace geokg::events
