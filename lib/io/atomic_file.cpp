// SPDX-License-Identifier: MIT
#include "atomic_file.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <fstream>
#include <string>
#include <system_error>

#include "geokg/core/error.hpp"

namespace geokg::io::detail {

namespace {

[[noreturn]] void fail(const std::filesystem::path& path, const std::string& why) {
  throw data_error(errc::io_error, "cannot write: " + why, location{path.string(), 0, 0, {}});
}

void remove_quietly(const std::filesystem::path& p) {
  std::error_code ignored;
  std::filesystem::remove(p, ignored);
}

// Flushes a written file to the disk, so that after the rename a crash of the machine finds the
// new content, not an empty file (the rename may reach the disk before the data otherwise).
bool sync_file(const std::filesystem::path& p) {
  const int fd = ::open(p.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return false;
  const bool ok = ::fsync(fd) == 0;
  ::close(fd);
  return ok;
}

}  // namespace

atomic_files::~atomic_files() {
  for (const auto& staged : staged_)
    remove_quietly(staged.first);
}

void atomic_files::write(const std::filesystem::path& path,
                         const std::function<void(std::ostream&)>& write) {
  // A name unique to this process, in the target's folder so that the rename stays on one file
  // system; no loader reads it (its extension is .tmp-<pid>).
  auto temporary = path;
  temporary += ".tmp-" + std::to_string(::getpid());
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    if (!out) {
      const int code = errno;  // read first: the code below may change it
      // Named by its folder, not by the temporary file, whose name changes with every run.
      const auto folder =
          path.parent_path().empty() ? std::filesystem::path(".") : path.parent_path();
      fail(path, "cannot create a file in '" + folder.string() +
                     "': " + std::generic_category().message(code));
    }
    try {
      write(out);
    } catch (...) {
      out.close();
      remove_quietly(temporary);
      throw;
    }
    out.flush();
    if (!out) {
      out.close();
      remove_quietly(temporary);
      fail(path, "write error on " + temporary.string());
    }
  }
  if (!sync_file(temporary)) {
    const int code = errno;
    remove_quietly(temporary);
    fail(path, "cannot flush " + temporary.string() + ": " + std::generic_category().message(code));
  }
  staged_.emplace_back(std::move(temporary), path);
}

void atomic_files::commit() {
  while (!staged_.empty()) {
    const auto& [temporary, path] = staged_.front();
    std::error_code ec;
    std::filesystem::rename(temporary, path, ec);
    if (ec) fail(path, ec.message());  // the destructor removes what is left
    staged_.erase(staged_.begin());
  }
}

}  // namespace geokg::io::detail

namespace geokg::io {

void write_atomically(const std::filesystem::path& path,
                      const std::function<void(std::ostream&)>& write) {
  detail::atomic_files files;
  files.write(path, write);
  files.commit();
}

}  // namespace geokg::io
