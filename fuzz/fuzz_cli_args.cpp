// SPDX-License-Identifier: MIT
// Fuzz target: the geokg command line. The input is argv after the program name, NUL-separated
// (`stats\0-i\0ea\0--format\0json`); tools/geokg is compiled into the fuzzer and its `run` parses
// and runs the command, as `main` does. Commands run in a scratch folder holding two small
// datasets: `ea` (tests/golden/json/valid_everything.json: JPN, KOR, USA...) and `cow_states`
// (the COW states excerpt), so `-i ea`, `-i cow-states:cow_states` reach real data. Arguments
// holding a `/` are refused, so that nothing outside the scratch folder is read or written; files
// a command writes there (export -o, series --plot) are removed after each run, so every input
// behaves the same whatever ran before it. Standard output is dropped; standard error is kept per
// run only to look for "geokg internal error" (run() reports an internal_error as a data error,
// exit code 1, but it is a bug: the fuzzer aborts on it).

#include <unistd.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <sstream>
#include <string>
#include <string_view>
#include <system_error>
#include <vector>

#include "commands.hpp"
#include "fuzz_support.hpp"

#ifndef GEOKG_SOURCE_DIR
#error "GEOKG_SOURCE_DIR must name the source tree (the fixtures are copied from it)"
#endif

namespace {

namespace fs = std::filesystem;

/// Arguments after the program name, at most this many (CLI11's cost grows with their number).
constexpr std::size_t max_args = 64;

const fs::path& work_dir() {
  static const fs::path dir = geokg::fuzz::scratch_dir() / "cli";
  return dir;
}

void copy_fixture(const fs::path& from, const fs::path& to) {
  std::error_code ec;
  fs::create_directories(to.parent_path(), ec);
  fs::copy_file(fs::path(GEOKG_SOURCE_DIR) / from, to, fs::copy_options::overwrite_existing, ec);
  if (ec) {
    std::fprintf(stderr, "geokg fuzz: cannot copy %s: %s\n", from.c_str(), ec.message().c_str());
    std::abort();
  }
}

/// Removes whatever the last command left in the work folder besides the two datasets, and puts
/// back a dataset file a command overwrote.
void reset_work_dir() {
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(work_dir(), ec)) {
    const auto name = entry.path().filename().string();
    if (name != "ea" && name != "cow_states") fs::remove_all(entry.path(), ec);
  }
  static const std::uintmax_t ea_size = fs::file_size(work_dir() / "ea" / "ea.json");
  if (fs::file_size(work_dir() / "ea" / "ea.json", ec) != ea_size ||
      std::distance(fs::directory_iterator(work_dir() / "ea", ec), fs::directory_iterator()) != 1 ||
      std::distance(fs::directory_iterator(work_dir() / "cow_states", ec),
                    fs::directory_iterator()) != 2) {
    fs::remove_all(work_dir() / "ea", ec);
    fs::remove_all(work_dir() / "cow_states", ec);
    copy_fixture("tests/golden/json/valid_everything.json", work_dir() / "ea" / "ea.json");
    copy_fixture("tests/data/real/cow_states/states2016.csv",
                 work_dir() / "cow_states" / "states2016.csv");
    copy_fixture("tests/data/real/cow_states/majors2016.csv",
                 work_dir() / "cow_states" / "majors2016.csv");
  }
}

fs::path original_dir;

std::stringbuf errors;

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  static geokg::fuzz::null_buffer sink;
  std::cout.rdbuf(&sink);
  std::cerr.rdbuf(&errors);
  original_dir = fs::current_path();
  fs::create_directories(work_dir());
  copy_fixture("tests/golden/json/valid_everything.json", work_dir() / "ea" / "ea.json");
  copy_fixture("tests/data/real/cow_states/states2016.csv",
               work_dir() / "cow_states" / "states2016.csv");
  copy_fixture("tests/data/real/cow_states/majors2016.csv",
               work_dir() / "cow_states" / "majors2016.csv");
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  std::vector<std::string> args{"geokg"};
  std::size_t start = 0;
  while (start <= text.size()) {
    const auto nul = text.find('\0', start);
    const auto arg = text.substr(start, nul == std::string_view::npos ? text.npos : nul - start);
    if (arg.find('/') != std::string_view::npos) return -1;  // not added to the corpus
    args.emplace_back(arg);
    if (args.size() > max_args + 1) return -1;
    if (nul == std::string_view::npos) break;
    start = nul + 1;
  }
  if (!args.empty() && args.back().empty() && text.ends_with('\0')) args.pop_back();
  std::vector<const char*> argv;
  for (const auto& a : args)
    argv.push_back(a.c_str());
  argv.push_back(nullptr);

  errors.str({});
  fs::current_path(work_dir());
  geokg::cli::run(static_cast<int>(argv.size() - 1), argv.data());
  reset_work_dir();
  fs::current_path(original_dir);
  // An argument may carry the words itself (libFuzzer learns them from this very search), and the
  // tool echoes bad arguments: only an internal error the arguments do not spell counts.
  const auto err = errors.str();
  const bool spelled = std::any_of(args.begin(), args.end(), [](const std::string& a) {
    return a.find("internal error") != std::string::npos;
  });
  if (const auto at = err.find("geokg internal error"); !spelled && at != std::string::npos) {
    std::fprintf(stderr, "%s\n", err.substr(at, err.find('\n', at) - at).c_str());
    std::abort();
  }
  return 0;
}
