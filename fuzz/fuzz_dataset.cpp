// SPDX-License-Identifier: MIT
// Fuzz target for one real-data loader, chosen at compile time by GEOKG_FUZZ_FORMAT ("cow-mid",
// ...). The input holds the files the format reads, separated by 0x1E (fuzz_inputs.hpp has each
// format's files); they are written under their real names to a scratch folder and loaded
// through io::load, in both error modes.

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_inputs.hpp"
#include "fuzz_support.hpp"

#ifndef GEOKG_FUZZ_FORMAT
#error "GEOKG_FUZZ_FORMAT must name the input format, e.g. -DGEOKG_FUZZ_FORMAT=\"cow-mid\""
#endif

namespace {
constexpr const geokg::fuzz::dataset_layout* layout = geokg::fuzz::find_layout(GEOKG_FUZZ_FORMAT);
static_assert(layout != nullptr, "GEOKG_FUZZ_FORMAT is not a format of fuzz_inputs.hpp");
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const auto in = geokg::fuzz::write_dataset_input(*layout, text, geokg::fuzz::scratch_dir());
  geokg::fuzz::load_both_modes(std::span(&in, 1));
  return 0;
}
