// SPDX-License-Identifier: MIT
// Files for the io tests: whole files read and written, a temporary folder, and the load checksum
// of the benchmark workload.
#pragma once

#include <unistd.h>

#include <cstddef>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>
#include <string>
#include <string_view>
#include <system_error>

#include <geokg/core/knowledge_graph.hpp>

namespace geokg::test {

/// The bytes of a file ("" if it cannot be read).
inline std::string read_file(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

/// Writes `text` to a file as it is (no line-end translation).
inline void write_file(const std::filesystem::path& p, std::string_view text) {
  std::ofstream out(p, std::ios::binary);
  out.write(text.data(), static_cast<std::streamsize>(text.size()));
}

/// A new empty folder under the system's temporary folder (`geokg-<tag>-<pid>-<n>`, never one
/// that exists already), removed with its content at the end of scope, even if a test took
/// away its permissions.
class temp_dir {
 public:
  explicit temp_dir(std::string_view tag = "test") {
    std::random_device rd;
    const auto base = std::filesystem::temp_directory_path();
    for (;;) {
      path_ = base / ("geokg-" + std::string(tag) + "-" + std::to_string(::getpid()) + "-" +
                      std::to_string(rd() % 1000000U));
      if (std::filesystem::create_directory(path_)) break;
    }
  }
  temp_dir(const temp_dir&) = delete;
  temp_dir& operator=(const temp_dir&) = delete;
  ~temp_dir() {
    std::error_code ignored;
    std::filesystem::permissions(path_, std::filesystem::perms::owner_all,
                                 std::filesystem::perm_options::add, ignored);
    std::filesystem::remove_all(path_, ignored);
  }
  const std::filesystem::path& path() const noexcept { return path_; }
  std::filesystem::path operator/(std::string_view name) const { return path_ / name; }

 private:
  std::filesystem::path path_;
};

/// The load checksum of the benchmark workload (the shared bench/WORKLOAD.md):
/// `actors:relations:open-ended relations`, "200:5000:500" for scale S.
inline std::string workload_checksum(const knowledge_graph& g) {
  std::size_t open = 0;
  for (const auto& r : g.relations())
    open += r.when.is_open_end() ? 1U : 0U;
  return std::to_string(g.num_actors()) + ":" + std::to_string(g.num_relations()) + ":" +
         std::to_string(open);
}

}  // namespace geokg::test
