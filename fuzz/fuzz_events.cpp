// SPDX-License-Identifier: MIT
// Fuzz target: the event layer. The input is written to a scratch file and read by each event
// reader (GDELT, ICEWS, POLECAT) in both error modes (plain text, or gzip/zip when its first bytes
// say so), its rows aggregated by month; the same bytes are also given to
// `partial_aggregate::deserialise`, and an aggregate that was read must survive its own
// serialise/deserialise round trip unchanged.

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>
#include <string_view>

#include "fuzz_support.hpp"
#include "geokg/core/error.hpp"
#include "geokg/events/aggregate.hpp"
#include "geokg/events/reader.hpp"

namespace {

std::shared_ptr<const geokg::events::state_index> states() {
  static const auto s = std::make_shared<const geokg::events::state_index>();
  return s;
}

void read_in(const std::filesystem::path& file, geokg::events::event_format format,
             geokg::io::error_mode mode) {
  geokg::events::partial_aggregate agg(geokg::events::aggregation_rule{}, states());
  try {
    auto account = geokg::events::read_events(
        file, format, *states(), [&](const geokg::events::event_row& row) { agg.add(row); },
        {.on_error = mode, .urls = true});
    if (account.read != account.used + account.skipped() + account.rejected + account.duplicates)
      __builtin_trap();
    agg.add_account(std::move(account));
  } catch (const geokg::data_error&) {
    return;  // a located error is the expected outcome for most inputs
  }
  const auto back = geokg::events::partial_aggregate::deserialise(agg.serialise(), states());
  // The binary form keeps no diagnostics; compare what it keeps.
  if (back.checksum() != agg.checksum() || back.windows().size() != agg.windows().size())
    __builtin_trap();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  static const auto file = [] {
    auto d = geokg::fuzz::scratch_dir() / "events";
    std::filesystem::create_directories(d);
    return d / "fuzz.export.CSV";
  }();
  {
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    out.write(text.data(), static_cast<std::streamsize>(text.size()));
  }
  for (const auto format : {geokg::events::event_format::gdelt, geokg::events::event_format::icews,
                            geokg::events::event_format::polecat}) {
    read_in(file, format, geokg::io::error_mode::stop);
    read_in(file, format, geokg::io::error_mode::collect);
  }
  try {
    (void)geokg::events::partial_aggregate::deserialise(text, states());
  } catch (const geokg::data_error&) {
  }
  return 0;
}
