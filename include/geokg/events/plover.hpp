#pragma once
// SPDX-License-Identifier: MIT
// PLOVER event categories, their QuadClass grouping, and the CAMEO -> PLOVER table.

#include <array>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace geokg::events {

/// A PLOVER event category (PLOVER manual draft 0.8, 2021; POLECAT's `Event Type`), in the
/// manual's order: cooperation first, the most violent last.
enum class plover_category : std::uint8_t {
  none = 0,   ///< No category: a CAMEO code the table does not map (e.g. 01x statements).
  agree,      ///< AGREE (verbal cooperation).
  consult,    ///< CONSULT (verbal cooperation).
  support,    ///< SUPPORT (verbal cooperation).
  concede,    ///< CONCEDE (verbal cooperation).
  cooperate,  ///< COOPERATE (material cooperation).
  aid,        ///< AID (material cooperation).
  retreat,    ///< RETREAT (material cooperation).
  request,    ///< REQUEST (verbal conflict).
  accuse,     ///< ACCUSE (verbal conflict).
  reject,     ///< REJECT (verbal conflict).
  threaten,   ///< THREATEN (verbal conflict).
  protest,    ///< PROTEST (material conflict).
  sanction,   ///< SANCTION (material conflict).
  mobilize,   ///< MOBILIZE (material conflict).
  coerce,     ///< COERCE (material conflict).
  assault,    ///< ASSAULT (material conflict).
};

/// The number of categories besides `none`.
inline constexpr std::size_t plover_category_count = 16;

/// The category's PLOVER name in capitals ("AGREE"); "" for `none`.
std::string_view to_string(plover_category category) noexcept;
/// The category of a PLOVER name, compared case-insensitively ("AGREE", "agree"); nullopt for
/// any other text, `none` included.
std::optional<plover_category> parse_plover_category(std::string_view name) noexcept;

/// The QuadClass-like group of a category (1 verbal cooperation, 2 material cooperation,
/// 3 verbal conflict, 4 material conflict), as the PLOVER manual and POLECAT's Quad Code group
/// them; 0 for `none`.
std::uint8_t quad_class_of(plover_category category) noexcept;
/// The QuadClass of a CAMEO root code by the standard CAMEO grouping: 01-05 verbal cooperation
/// (1), 06-08 material cooperation (2), 09-13 verbal conflict (3), 14-20 material conflict (4);
/// 0 outside 1-20.
std::uint8_t quad_class_of_cameo_root(std::uint8_t root) noexcept;

/// The CAMEO -> PLOVER table: the PLOVER category of each CAMEO event code.
///
/// The text format is Philip Schrodt's `CAMEO2PLOVER-2021.txt` (PLOVER draft 0.8): `#` comments,
/// root lines `03: AGREE`, code lines `042: CONSULT, visit, # Make a visit` (mode and context
/// after the category are read past), blank lines between roots. The built-in table is that file
/// (CC BY-SA 4.0, Open Event Data Alliance), compiled into the library.
///
/// Lookups are O(1). Immutable once built and safe to share between threads.
class cameo_plover {
 public:
  /// An empty table: every code maps to `none`.
  cameo_plover() noexcept { by_code_.fill(0); }
  /// The table compiled into the library (`CAMEO2PLOVER-2021.txt`).
  static const cameo_plover& builtin();
  /// Reads a table from its text.
  /// @param where the name errors give (`where:line:column: error: ... [geokg.<errc>]`).
  /// @throws data_error `malformed_csv` for a line that is not `CODE: CATEGORY...`,
  ///   `invalid_value` for an unknown category or a code mapped twice to different categories.
  static cameo_plover parse(std::string_view text, const std::string& where);
  /// Reads a table file.
  /// @throws data_error `io_error` if it cannot be read, else as `parse`.
  static cameo_plover read_file(const std::filesystem::path& path);

  /// The category of a CAMEO event code (2 to 4 digits, leading zeros kept): the code's own line;
  /// else the line of its three-digit parent (`0871` -> `087`); else its root line if the root
  /// names one category (`08` names two, CONCEDE and RETREAT, so an unlisted `08x` is `none`);
  /// else `none`.
  plover_category of(std::string_view code) const noexcept;
  /// The number of codes the table lists (root lines included).
  std::size_t size() const noexcept { return size_; }

  friend bool operator==(const cameo_plover&, const cameo_plover&) = default;

 private:
  // Slots: 2-digit codes at [0, 100), 3-digit at [100, 1100), 4-digit at [1100, 11100); the
  // value is the category, 0 none, 0xFF an ambiguous root.
  std::array<std::uint8_t, 11100> by_code_{};
  std::size_t size_ = 0;
};

}  // namespace geokg::events
