#pragma once
// SPDX-License-Identifier: MIT
// What the fuzz targets share besides fuzz_inputs.hpp: a scratch folder per process for loaders
// that read files, a sink for output, and running a load in both error modes.

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <span>
#include <streambuf>
#include <string>
#include <string_view>
#include <system_error>
#include <vector>

#include <geokg/core/diagnostic.hpp>
#include <geokg/core/error.hpp>
#include <geokg/io/load.hpp>

#include "fuzz_inputs.hpp"

namespace geokg::fuzz {

/// A folder of this process's own (under /dev/shm when it exists, so writes cost no disk I/O),
/// removed at exit. Fuzzers run with -jobs=N get one each.
inline const std::filesystem::path& scratch_dir() {
  static const std::filesystem::path dir = [] {
    std::error_code ec;
    const char* base = std::filesystem::is_directory("/dev/shm", ec) ? "/dev/shm" : "/tmp";
    if (const char* tmp = std::getenv("GEOKG_FUZZ_TMPDIR")) base = tmp;
    std::string templ = std::string(base) + "/geokg-fuzz-XXXXXX";
    if (::mkdtemp(templ.data()) == nullptr) {
      std::perror("geokg fuzz: mkdtemp");
      std::abort();
    }
    std::atexit([] {
      std::error_code ignored;
      std::filesystem::remove_all(scratch_dir(), ignored);
    });
    return std::filesystem::path(templ);
  }();
  return dir;
}

/// A stream buffer that drops everything, to keep the CLI's output out of the fuzzer's log.
class null_buffer : public std::streambuf {
 protected:
  int_type overflow(int_type c) override { return traits_type::not_eof(c); }
  std::streamsize xsputn(const char*, std::streamsize n) override { return n; }
};

/// Formats every diagnostic (the CLI prints them), so their text is part of what is fuzzed.
inline std::size_t format_diagnostics(const io::load_report& report) {
  std::size_t bytes = 0;
  for (const auto& d : report.diagnostics)
    bytes += to_string(d).size();
  return bytes + report.summary().size();
}

/// Loads `inputs` in stop mode (a data_error is the expected outcome of a bad input), then in
/// collect mode. Only data_error is caught: anything else a loader throws (internal_error from a
/// GEOKG_ASSERT, std::out_of_range, ...) escapes and the fuzzer reports it as a crash.
inline void load_both_modes(std::span<const io::input> inputs) {
  try {
    auto r = io::load(inputs, {.on_error = io::error_mode::stop});
    format_diagnostics(r.report);
  } catch (const data_error& e) {
    (void)std::string_view(e.what()).size();
  }
  try {
    auto r = io::load(inputs, {.on_error = io::error_mode::collect});
    format_diagnostics(r.report);
  } catch (const data_error& e) {
    (void)std::string_view(e.what()).size();
  }
}

}  // namespace geokg::fuzz
