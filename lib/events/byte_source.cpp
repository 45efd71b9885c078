// SPDX-License-Identifier: MIT
// Plain files through stdio, gzip through zlib's gzread, zip archives through libzip.

#include "byte_source.hpp"

#include <zip.h>
#include <zlib.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "geokg/core/error.hpp"

namespace geokg::events::detail {
namespace {

[[noreturn]] void fail(const std::filesystem::path& path, const std::string& message) {
  throw data_error(errc::io_error, message, location{path.string(), 0, 0, {}});
}

struct file_closer {
  void operator()(std::FILE* f) const noexcept { std::fclose(f); }
};

class plain_source final : public byte_source {
 public:
  plain_source(std::unique_ptr<std::FILE, file_closer> f, std::filesystem::path path)
      : f_(std::move(f)), path_(std::move(path)) {}
  std::size_t read(char* out, std::size_t n) override {
    const auto got = std::fread(out, 1, n, f_.get());
    if (got < n && std::ferror(f_.get())) fail(path_, "cannot read the file");
    return got;
  }

 private:
  std::unique_ptr<std::FILE, file_closer> f_;
  std::filesystem::path path_;
};

class gzip_source final : public byte_source {
 public:
  explicit gzip_source(std::filesystem::path path) : path_(std::move(path)) {
    gz_ = gzopen(path_.c_str(), "rb");
    if (gz_ == nullptr) fail(path_, "cannot open the gzip file");
    gzbuffer(gz_, 1U << 20);
  }
  ~gzip_source() override { gzclose(gz_); }
  gzip_source(const gzip_source&) = delete;
  gzip_source& operator=(const gzip_source&) = delete;

  std::size_t read(char* out, std::size_t n) override {
    const auto chunk = static_cast<unsigned>(std::min<std::size_t>(n, 1U << 30));
    const int got = gzread(gz_, out, chunk);
    int err = Z_OK;
    const char* message = gzerror(gz_, &err);
    // A truncated stream reads to its end and then reports Z_BUF_ERROR: an error, not an end.
    if (got < 0 || (err != Z_OK && err != Z_STREAM_END))
      fail(path_, std::string("the gzip stream is corrupt or truncated (") + message + ")");
    return static_cast<std::size_t>(got);
  }

 private:
  std::filesystem::path path_;
  gzFile gz_ = nullptr;
};

class zip_source final : public byte_source {
 public:
  explicit zip_source(std::filesystem::path path) : path_(std::move(path)) {
    int err = 0;
    archive_ = zip_open(path_.c_str(), ZIP_RDONLY | ZIP_CHECKCONS, &err);
    if (archive_ == nullptr) {
      zip_error_t ze;
      zip_error_init_with_code(&ze, err);
      const std::string message = zip_error_strerror(&ze);
      zip_error_fini(&ze);
      fail(path_, "cannot open the zip archive (" + message + ")");
    }
    const auto n = zip_get_num_entries(archive_, 0);
    for (zip_int64_t i = 0; i < n; ++i) {
      const char* name = zip_get_name(archive_, static_cast<zip_uint64_t>(i), 0);
      if (name == nullptr) continue;
      const std::string s(name);
      if (!s.empty() && s.back() != '/') entries_.push_back({s, static_cast<zip_uint64_t>(i)});
    }
    std::sort(entries_.begin(), entries_.end());
    if (entries_.empty()) fail(path_, "the zip archive holds no file");
  }
  ~zip_source() override {
    if (file_ != nullptr) zip_fclose(file_);
    zip_discard(archive_);
  }
  zip_source(const zip_source&) = delete;
  zip_source& operator=(const zip_source&) = delete;

  std::size_t read(char* out, std::size_t n) override {
    for (;;) {
      if (file_ == nullptr) {
        if (next_ == entries_.size()) return 0;
        const auto& [name, index] = entries_[next_++];
        file_ = zip_fopen_index(archive_, index, 0);
        if (file_ == nullptr)
          fail(path_,
               "cannot read " + name + " in the zip archive (" + zip_strerror(archive_) + ")");
      }
      const auto got = zip_fread(file_, out, n);
      if (got < 0)
        fail(path_, "the zip archive is corrupt or truncated (" +
                        std::string(zip_file_strerror(file_)) + ")");
      if (got > 0) return static_cast<std::size_t>(got);
      zip_fclose(file_);
      file_ = nullptr;
    }
  }

 private:
  std::filesystem::path path_;
  zip_t* archive_ = nullptr;
  zip_file_t* file_ = nullptr;
  std::vector<std::pair<std::string, zip_uint64_t>> entries_;
  std::size_t next_ = 0;
};

}  // namespace

std::unique_ptr<byte_source> open_byte_source(const std::filesystem::path& path) {
  std::unique_ptr<std::FILE, file_closer> f(std::fopen(path.c_str(), "rb"));
  if (!f) fail(path, std::string("cannot open the file (") + std::strerror(errno) + ")");
  std::array<unsigned char, 4> magic{};
  const auto got = std::fread(magic.data(), 1, magic.size(), f.get());
  if (got >= 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4) {
    f.reset();
    return std::make_unique<zip_source>(path);
  }
  if (got >= 2 && magic[0] == 0x1f && magic[1] == 0x8b) {
    f.reset();
    return std::make_unique<gzip_source>(path);
  }
  std::rewind(f.get());
  std::setvbuf(f.get(), nullptr, _IONBF, 0);  // the reader reads in large blocks itself
  return std::make_unique<plain_source>(std::move(f), path);
}

}  // namespace geokg::events::detail
