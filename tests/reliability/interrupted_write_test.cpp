// SPDX-License-Identifier: MIT
// An interrupted write never leaves a half-written dataset (docs/reliability.md): a writer killed
// with SIGKILL in the middle of a large write leaves the destination as it was (the old content,
// byte for byte, or nothing); what remains of the new content is a temporary file whose name no
// loader reads (`<name>.tmp-<pid>`). Tested on the library's JSON and CSV writers and on the
// command-line tool's `geokg export`.

#include <signal.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <map>
#include <string>
#include <thread>
#include <vector>

#include <gtest/gtest.h>

#include "child_process.hpp"
#include "geokg/io/csv.hpp"
#include "geokg/io/json.hpp"
#include "geokg/io/load.hpp"

namespace {

namespace fs = std::filesystem;
using geokg::test::read_file;
using geokg::test::temp_dir;

// A graph of `actors` states and `relations` dated relations with a note each: about 100 bytes
// per relation in JSON. `tag` goes into every note, so two graphs differ everywhere.
geokg::knowledge_graph big_graph(int actors, int relations, const std::string& tag) {
  geokg::knowledge_graph g;
  for (int i = 0; i < actors; ++i)
    g.add_actor({.id = geokg::actor_id("A" + std::to_string(i)), .kind = geokg::actor_kind::state});
  const geokg::relation_kind kinds[] = {geokg::relation_kind::alliance, geokg::relation_kind::hostility};
  for (int r = 0; r < relations; ++r) {
    const int a = r % actors;
    const int b = (r / actors + a + 1) % actors;
    g.add_relation({.source = geokg::actor_id("A" + std::to_string(a)),
                    .target = geokg::actor_id("A" + std::to_string(b)),
                    .kind = kinds[r % 2],
                    .when = geokg::interval::since(*geokg::date::from_year(1000 + r % 1000)),
                    .info = {.id = "r" + std::to_string(r), .note = tag + " relation " + std::to_string(r)}});
  }
  return g;
}

// The files of a folder and their bytes.
std::map<std::string, std::string> contents(const fs::path& folder) {
  std::map<std::string, std::string> out;
  for (const auto& e : fs::directory_iterator(folder)) {
    if (e.is_regular_file()) out[e.path().filename().string()] = read_file(e.path());
  }
  return out;
}

// Waits until a temporary file of `name` in `folder` holds at least `bytes`, or `child` ends.
// Returns true if the temporary file got there with the child still running.
bool wait_for_temporary(const fs::path& folder, const std::string& name, std::uintmax_t bytes, pid_t child) {
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(120);
  while (std::chrono::steady_clock::now() < deadline) {
    int status = 0;
    if (::waitpid(child, &status, WNOHANG) == child) return false;
    std::error_code ec;
    for (const auto& e : fs::directory_iterator(folder, ec)) {
      const auto file = e.path().filename().string();
      if (file.starts_with(name + ".tmp-") && e.file_size(ec) >= bytes && !ec) return true;
    }
    std::this_thread::sleep_for(std::chrono::microseconds(200));
  }
  return false;
}

void kill_and_reap(pid_t child) {
  ::kill(child, SIGKILL);
  int status = 0;
  ::waitpid(child, &status, 0);
  EXPECT_TRUE(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL) << "the writer ended before it was killed";
}

// After the kill, the folder holds exactly the old files, plus leftovers named
// `<file>.tmp-<pid of the killed writer>` only.
void expect_old_content_and_only_temporaries(const std::map<std::string, std::string>& before,
                                             const fs::path& folder, pid_t child) {
  auto after = contents(folder);
  const std::string suffix = ".tmp-" + std::to_string(child);
  for (auto it = after.begin(); it != after.end();) {
    if (it->first.ends_with(suffix)) {
      EXPECT_TRUE(before.contains(it->first.substr(0, it->first.size() - suffix.size())) ||
                  it->first.find(".csv") != std::string::npos || it->first.find(".json") != std::string::npos ||
                  it->first.find(".graphml") != std::string::npos)
          << it->first;
      it = after.erase(it);
    } else {
      ++it;
    }
  }
  ASSERT_EQ(after.size(), before.size());
  for (const auto& [name, bytes] : before) {
    ASSERT_TRUE(after.contains(name)) << name << " is gone";
    EXPECT_TRUE(after.at(name) == bytes) << name << " changed: the dataset is half-written";
  }
}

TEST(interrupted_write, a_killed_json_writer_leaves_the_old_file) {
  temp_dir dir;
  const auto dest = dir / "dataset.json";
  geokg::io::write_json(big_graph(10, 20, "old"), dest);
  const auto before = contents(dir.path());
  const auto g = big_graph(1000, 400'000, "new");
  const pid_t child = ::fork();
  if (child == 0) {
    geokg::io::write_json(g, dest);
    ::_exit(0);
  }
  ASSERT_TRUE(wait_for_temporary(dir.path(), "dataset.json", std::uintmax_t{4} << 20, child))
      << "the writer finished before it could be interrupted";
  kill_and_reap(child);
  expect_old_content_and_only_temporaries(before, dir.path(), child);
  const auto reloaded = geokg::io::load_json(dest);
  EXPECT_EQ(reloaded.graph.num_relations(), 20U);
}

TEST(interrupted_write, a_killed_json_writer_leaves_no_file_where_there_was_none) {
  temp_dir dir;
  const auto dest = dir / "dataset.json";
  const auto g = big_graph(1000, 400'000, "new");
  const pid_t child = ::fork();
  if (child == 0) {
    geokg::io::write_json(g, dest);
    ::_exit(0);
  }
  ASSERT_TRUE(wait_for_temporary(dir.path(), "dataset.json", std::uintmax_t{4} << 20, child));
  kill_and_reap(child);
  EXPECT_FALSE(fs::exists(dest));
  expect_old_content_and_only_temporaries({}, dir.path(), child);
}

// A CSV dataset is several files: a writer killed while writing relations.csv must not leave the
// new actors.csv beside the old relations.csv.
TEST(interrupted_write, a_killed_csv_writer_leaves_the_whole_old_dataset) {
  temp_dir dir;
  const auto folder = dir / "dataset";
  geokg::io::write_csv(big_graph(10, 20, "old"), folder);
  const auto before = contents(folder);
  ASSERT_TRUE(before.contains("actors.csv") && before.contains("relations.csv"));
  const auto g = big_graph(1000, 400'000, "new");
  const pid_t child = ::fork();
  if (child == 0) {
    geokg::io::write_csv(g, folder);
    ::_exit(0);
  }
  ASSERT_TRUE(wait_for_temporary(folder, "relations.csv", std::uintmax_t{4} << 20, child))
      << "the writer finished before it could be interrupted";
  kill_and_reap(child);
  expect_old_content_and_only_temporaries(before, folder, child);
  const auto reloaded = geokg::io::load_csv(folder);
  EXPECT_EQ(reloaded.graph.num_actors(), 10U);
  EXPECT_EQ(reloaded.graph.num_relations(), 20U);
}

#ifdef GEOKG_CLI
// The command-line tool's export, killed while it writes a large GraphML file.
TEST(interrupted_write, a_killed_geokg_export_leaves_the_old_file) {
  temp_dir dir;
  geokg::io::write_json(big_graph(1000, 400'000, "new"), dir / "big.json");
  const auto dest = dir / "out.graphml";
  { std::ofstream(dest) << "old export\n"; }
  const auto before = contents(dir.path());
  const pid_t child = ::fork();
  if (child == 0) {
    if (::chdir(dir.path().c_str()) != 0) ::_exit(97);
    ::execl(GEOKG_CLI, GEOKG_CLI, "export", "--format", "graphml", "-o", "out.graphml", "-i", "big.json", "-q",
            static_cast<char*>(nullptr));
    ::_exit(96);
  }
  ASSERT_TRUE(wait_for_temporary(dir.path(), "out.graphml", std::uintmax_t{4} << 20, child))
      << "geokg export finished before it could be interrupted";
  kill_and_reap(child);
  expect_old_content_and_only_temporaries(before, dir.path(), child);
}
#endif

}  // namespace
