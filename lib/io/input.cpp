// SPDX-License-Identifier: MIT
// Input formats: their names, their detection from file names, and the `FORMAT:PATH` syntax.

#include "geokg/io/input.hpp"

#include <algorithm>
#include <array>
#include <system_error>

#include "geokg/core/error.hpp"

namespace geokg::io {
namespace {

namespace fs = std::filesystem;

constexpr std::array<input_format, 13> formats = {{
    {"json", "geokg JSON file or folder of them", "geokg's own format (docs/format.md)"},
    {"csv", "geokg CSV dataset folder (actors.csv, ...)", "geokg's own tables (docs/format.md)"},
    {"cow-states", "folder with states2016.csv, or the file",
     "COW states with membership spells; majors2016.csv as major-power membership"},
    {"cow-mid", "folder with MIDA 5.0.csv and MIDB 5.0.csv",
     "each dispute an event with its sides; a dispute relation per opposing pair"},
    {"cow-wars", "folder with Inter-StateWarData_v4.0.csv, or the file",
     "each inter-state war an event with its sides; a war relation per opposing pair; extra-state "
     "wars as events"},
    {"cow-tc", "folder with tc2018.csv, or the file",
     "territorial changes as dated annexation, cession and other relations"},
    {"ties", "TIESv4-1.csv",
     "TIES sanction threats and impositions as sanction and threat relations"},
    {"gsdb", "GSDB_V3.csv",
     "Global Sanctions Data Base cases as sanction relations (names mapped to states)"},
    {"gdelt", "GDELT 1.0/2.0 event file (CSV with header, or raw TSV), or a folder of *.export.CSV",
     "each event between states an event with its CAMEO code, Goldstein value, mentions and tone"},
    {"gdelt-monthly", "as gdelt",
     "the gdelt events, plus monthly cooperation and conflict relations per pair of states"},
    {"signed", "signed edge list (from,to,sign[,window])",
     "published signed networks (Highland Tribes, COW 1946-1999)"},
    {"mapped", "MAPPING:TABLE (a mapping file and a CSV or .csv.gz table)",
     "any dyad-year or event table through a declarative mapping (COW alliances, ATOP)"},
    {"state-codes", "(no path)", "every state of geokg's built-in identity table as an actor"},
}};

bool is_format(std::string_view name) {
  return std::any_of(formats.begin(), formats.end(),
                     [&](const input_format& f) { return f.name == name; });
}

bool has(const fs::path& dir, const char* name) {
  std::error_code ec;
  return fs::exists(dir / name, ec);
}

}  // namespace

std::span<const input_format> input_formats() noexcept {
  return formats;
}

input parse_input(std::string_view text) {
  const auto colon = text.find(':');
  if (colon == std::string_view::npos || !is_format(text.substr(0, colon)))
    return input{{}, fs::path(text), {}};
  input in{std::string(text.substr(0, colon)), {}, {}};
  auto rest = text.substr(colon + 1);
  if (in.format == "mapped") {
    const auto second = rest.find(':');
    if (second == std::string_view::npos)
      throw data_error(errc::invalid_value,
                       "mapped input needs MAPPING:TABLE, got '" + std::string(text) + "'");
    in.mapping = fs::path(rest.substr(0, second));
    rest = rest.substr(second + 1);
  }
  in.path = fs::path(rest);
  return in;
}

std::string detect_format(const fs::path& path) {
  std::error_code ec;
  const auto name = path.filename().string();
  if (fs::is_directory(path, ec)) {
    if (has(path, "actors.csv")) return "csv";
    if (has(path, "states2016.csv")) return "cow-states";
    if (has(path, "MIDA 5.0.csv")) return "cow-mid";
    if (has(path, "Inter-StateWarData_v4.0.csv")) return "cow-wars";
    if (has(path, "TIESv4-1.csv")) return "ties";
    if (has(path, "GSDB_V3.csv")) return "gsdb";
    if (has(path, "tc2018.csv")) return "cow-tc";
    return "json";
  }
  if (name == "states2016.csv") return "cow-states";
  if (name == "Inter-StateWarData_v4.0.csv") return "cow-wars";
  if (name.starts_with("tc20") && path.extension() == ".csv") return "cow-tc";
  if (name.starts_with("TIES")) return "ties";
  if (name.starts_with("GSDB")) return "gsdb";
  if (name.find(".export.") != std::string::npos || name.starts_with("gdelt")) return "gdelt";
  if (name.ends_with("_edges.csv")) return "signed";
  auto ext = path.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  if (ext == ".csv") return "csv";
  if (ext == ".json") return "json";
  return {};
}

}  // namespace geokg::io
