// SPDX-License-Identifier: MIT
#include "atomic_file.hpp"

#include <unistd.h>
#include <cerrno>
#include <fstream>
#include <string>
#include <system_error>

#include "geokg/core/error.hpp"

namespace geokg::io::detail {

void write_atomically(const std::filesystem::path& path,
                      const std::function<void(std::ostream&)>& write) {
  const auto fail = [&](const std::string& why) {
    throw data_error(errc::io_error, "cannot write: " + why, location{path.string(), 0, 0, {}});
  };
  // A name unique to this process, in the target's folder so that the rename stays on one file
  // system.
  auto temporary = path;
  temporary += ".tmp-" + std::to_string(::getpid());
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    if (!out) {
      const int code = errno;  // read first: the code below may change it
      // Named by its folder, not by the temporary file, whose name changes with every run.
      const auto folder =
          path.parent_path().empty() ? std::filesystem::path(".") : path.parent_path();
      fail("cannot create a file in '" + folder.string() +
           "': " + std::generic_category().message(code));
    }
    try {
      write(out);
    } catch (...) {
      out.close();
      std::error_code ignored;
      std::filesystem::remove(temporary, ignored);
      throw;
    }
    out.flush();
    if (!out) {
      out.close();
      std::error_code ignored;
      std::filesystem::remove(temporary, ignored);
      fail("write error on " + temporary.string());
    }
  }
  std::error_code ec;
  std::filesystem::rename(temporary, path, ec);
  if (ec) {
    std::error_code ignored;
    std::filesystem::remove(temporary, ignored);
    fail(ec.message());
  }
}

}  // namespace geokg::io::detail
