// SPDX-License-Identifier: MIT
// Test helpers for the reliability suite: run a function or a program in a child process and
// measure its peak memory (getrusage's ru_maxrss of the child alone), its exit code and its
// output; write big hostile inputs into a temporary folder at run time.
#pragma once

#include <fcntl.h>
#include <sys/resource.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iterator>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>

#include "../io/test_files.hpp"  // read_file, temp_dir

namespace geokg::test {

// Sanitizers inflate memory (shadow memory, quarantine), so memory bounds are checked only in
// plain builds; the sanitizer run still checks diagnostics and exit codes.
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
inline constexpr bool memory_bounds_checked = false;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer)
inline constexpr bool memory_bounds_checked = false;
#else
inline constexpr bool memory_bounds_checked = true;
#endif
#else
inline constexpr bool memory_bounds_checked = true;
#endif

/// How a child process ended.
struct child_result {
  int exit_code = -1;           ///< The exit status, or -1 if it was killed by a signal.
  int signal = 0;               ///< The signal that killed it, or 0.
  std::uint64_t peak_kib = 0;   ///< Its peak resident set size (ru_maxrss), in KiB.
  std::string out;              ///< Its standard output.
  std::string err;              ///< Its standard error.
};

namespace detail {
inline child_result wait_for(pid_t pid, const std::filesystem::path& out,
                             const std::filesystem::path& err) {
  child_result r;
  int status = 0;
  rusage usage{};
  while (::wait4(pid, &status, 0, &usage) < 0) {
  }
  if (WIFEXITED(status)) r.exit_code = WEXITSTATUS(status);
  if (WIFSIGNALED(status)) r.signal = WTERMSIG(status);
  r.peak_kib = static_cast<std::uint64_t>(usage.ru_maxrss);
  r.out = read_file(out);
  r.err = read_file(err);
  return r;
}

inline void redirect(const std::filesystem::path& p, int fd) {
  const int f = ::open(p.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  if (f >= 0) {
    ::dup2(f, fd);
    ::close(f);
  }
}
}  // namespace detail

/// Runs `body` in a forked child (its return value is the exit code) and measures it. The child
/// starts as a copy of this process, so its peak memory includes the test's own: keep the parent
/// small before forking.
inline child_result run_in_child(const std::function<int()>& body, const std::filesystem::path& scratch) {
  const auto out = scratch / "child.out";
  const auto err = scratch / "child.err";
  std::fflush(nullptr);
  const pid_t pid = ::fork();
  if (pid == 0) {
    detail::redirect(out, 1);
    detail::redirect(err, 2);
    int code = 99;
    try {
      code = body();
    } catch (...) {
      code = 98;
    }
    std::fflush(nullptr);
    ::_exit(code);
  }
  return detail::wait_for(pid, out, err);
}

/// Runs a program with arguments in `cwd`, stdin from /dev/null, and measures it.
inline child_result run_program(const std::vector<std::string>& argv, const std::filesystem::path& cwd,
                                const std::filesystem::path& scratch) {
  const auto out = scratch / "program.out";
  const auto err = scratch / "program.err";
  std::fflush(nullptr);
  const pid_t pid = ::fork();
  if (pid == 0) {
    if (::chdir(cwd.c_str()) != 0) ::_exit(97);
    detail::redirect(out, 1);
    detail::redirect(err, 2);
    const int in = ::open("/dev/null", O_RDONLY);
    if (in >= 0) ::dup2(in, 0);
    std::vector<char*> args;
    args.reserve(argv.size() + 1);
    for (const auto& a : argv)
      args.push_back(const_cast<char*>(a.c_str()));  // NOLINT: execv's signature
    args.push_back(nullptr);
    ::execv(args[0], args.data());
    ::_exit(96);
  }
  return detail::wait_for(pid, out, err);
}

/// Writes `head`, then `count` times `unit`, then `tail` to `path`, in large blocks.
inline void write_repeated(const std::filesystem::path& path, std::string_view head,
                           std::string_view unit, std::uint64_t count, std::string_view tail) {
  std::ofstream f(path, std::ios::binary | std::ios::trunc);
  f << head;
  std::string block;
  const std::uint64_t per_block = std::max<std::uint64_t>(1, (std::uint64_t{1} << 20) / std::max<std::size_t>(1, unit.size()));
  for (std::uint64_t i = 0; i < per_block; ++i)
    block += unit;
  std::uint64_t left = count;
  while (left >= per_block) {
    f.write(block.data(), static_cast<std::streamsize>(block.size()));
    left -= per_block;
  }
  for (std::uint64_t i = 0; i < left; ++i)
    f << unit;
  f << tail;
  if (!f) ADD_FAILURE() << "cannot write " << path;
}

/// The first line of `text` that contains `needle`, or "" if none does.
inline std::string line_with(std::string_view text, std::string_view needle) {
  std::size_t start = 0;
  while (start < text.size()) {
    auto end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    const auto line = text.substr(start, end - start);
    if (line.find(needle) != std::string_view::npos) return std::string(line);
    start = end + 1;
  }
  return {};
}

}  // namespace geokg::test
