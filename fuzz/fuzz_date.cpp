// SPDX-License-Identifier: MIT
// Fuzz target: the date and interval parsers, with their documented round trips
// (parse_date(to_string(d)) == d, parse_interval(to_string(i)) == i) checked.

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include <geokg/core/date.hpp>
#include <geokg/core/interval.hpp>

namespace {

[[noreturn]] void broken(const char* what, std::string_view input, const std::string& text) {
  std::fprintf(stderr, "%s: input '%.*s', canonical text '%s'\n", what,
               static_cast<int>(input.size()), input.data(), text.c_str());
  std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  if (const auto d = geokg::parse_date(text)) {
    const auto canonical = geokg::to_string(*d);
    const auto again = geokg::parse_date(canonical);
    if (!again || !(*again == *d)) broken("date round trip", text, canonical);
    (void)d->first_day();
    (void)d->last_day();
    (void)d->day_after();
  }
  if (const auto i = geokg::parse_interval(text)) {
    const auto canonical = geokg::to_string(*i);
    const auto again = geokg::parse_interval(canonical);
    if (!again || !(*again == *i)) broken("interval round trip", text, canonical);
  }
  return 0;
}
