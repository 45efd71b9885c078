// SPDX-License-Identifier: MIT
// The hostile inputs of docs/reliability.md, generated at run time into a folder (nothing big is
// committed). Shared by hostile_input_test.cpp (diagnostics, exit codes, memory) and
// nothing_lost_test.cpp (loaded + rejected = records in the input).
#pragma once

#include <sys/stat.h>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>
#include <vector>

#include "child_process.hpp"

namespace geokg::test {

/// One row of the hostile-input table.
struct hostile_case {
  std::string_view name;        ///< The row, as in docs/reliability.md.
  std::string_view input;       ///< What `geokg validate -i` gets, relative to the folder.
  void (*make)(const std::filesystem::path& folder);
  int exit_code;                ///< Exit code of `geokg validate -i <input>`.
  std::string_view diagnostic;  ///< Its first line on standard error, exactly ("" if none).
  std::uint64_t max_mib;        ///< Bound on its peak resident memory, in MiB.
  std::string_view stdout_line = {};  ///< A line its standard output must hold ("" for none).
};

inline void put(const std::filesystem::path& p, std::string_view bytes) {
  std::filesystem::create_directories(p.parent_path());
  std::ofstream(p, std::ios::binary | std::ios::trunc).write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

// The bytes of a string literal, NUL bytes included.
template <std::size_t N>
std::string bytes(const char (&literal)[N]) {
  return std::string(literal, N - 1);
}

inline const std::string two_actors_json = R"({"actors": [{"id": "A", "kind": "state"}, {"id": "B", "kind": "state"}], )";

// --- JSON ---------------------------------------------------------------------------------------
inline void json_empty(const std::filesystem::path& d) { put(d / "empty.json", ""); }
inline void json_bom(const std::filesystem::path& d) { put(d / "bom.json", "\xEF\xBB\xBF"); }
inline void json_invalid_utf8(const std::filesystem::path& d) {
  put(d / "utf8.json", "{\"actors\": [{\"id\": \"JPN\", \"kind\": \"state\"},\n"
                       "  {\"id\": \"KOR\", \"kind\": \"state\", \"name\": \"Kor\xC3\x28\"}]}\n");
}
inline void json_nul(const std::filesystem::path& d) {
  put(d / "nul.json", bytes("{\"actors\": [{\"id\": \"JPN\", \"kind\": \"state\"},\n"
                            "  {\"id\": \"KOR\", \"kind\": \"state\", \"name\": \"Ko\0r\"}]}\n"));
}
inline void json_line_ends(const std::filesystem::path& d) {
  put(d / "line_ends.json",
      "{\"geokg\": 1,\r\n \"actors\": [{\"id\": \"JPN\", \"kind\": \"state\"},\r\n"
      " {\"id\": \"KOR\", \"kind\": \"state\"}],\n \"relations\": [\r\n"
      "  {\"source\": \"JPN\", \"target\": \"KOR\", \"kind\": \"alliance\"},\r"
      "  {\"source\": \"JPN\", \"target\": \"KORR\", \"kind\": \"alliance\"}]}\r\n");
}
inline void json_deep(const std::filesystem::path& d) {
  put(d / "deep.json", "{\"dataset\": " + std::string(100000, '[') + std::string(100000, ']') + "}");
}
inline void json_deep_record(const std::filesystem::path& d) {
  put(d / "deep_record.json", "{\"actors\": [{\"id\": \"A\", \"kind\": \"state\"}, {\"id\": \"B\", \"note\": " +
                                  std::string(100000, '[') + std::string(100000, ']') + "}]}");
}
inline void json_numbers(const std::filesystem::path& d) {
  put(d / "numbers.json",
      two_actors_json + "\"relations\": [\n"
      R"({"id": 9223372036854775807, "source": "A", "target": "B", "kind": "alliance"},)" "\n"
      R"({"id": 9223372036854775808, "source": "A", "target": "B", "kind": "hostility"},)" "\n"
      R"({"id": -9223372036854775808, "source": "A", "target": "B", "kind": "sanction"},)" "\n"
      R"({"source": "A", "target": "B", "kind": "alliance", "weight": 1.7976931348623157e308},)" "\n"
      R"({"source": "A", "target": "B", "kind": "alliance", "weight": 4.9e-324},)" "\n"
      R"({"source": "A", "target": "B", "kind": "alliance", "weight": -0.0, "sign": 9223372036854775807}]})" "\n");
}
inline void json_number_overflow(const std::filesystem::path& d) {
  put(d / "overflow.json", two_actors_json + "\"relations\": [\n"
      R"({"source": "A", "target": "B", "kind": "alliance", "weight": 1e309}]})" "\n");
}
inline void json_dates(const std::filesystem::path& d) {
  put(d / "dates.json",
      two_actors_json + "\"relations\": [\n"
      R"({"source": "A", "target": "B", "kind": "alliance", "start": "0000-00-00"},)" "\n"
      R"({"source": "A", "target": "B", "kind": "alliance", "start": "2023-02-30"},)" "\n"
      R"({"source": "A", "target": "B", "kind": "alliance", "start": "99999-01-01"},)" "\n"
      R"({"source": "A", "target": "B", "kind": "alliance", "start": "-10000"},)" "\n"
      R"({"source": "A", "target": "B", "kind": "hostility", "start": "-0500", "end": "-0400"},)" "\n"
      R"({"source": "A", "target": "B", "kind": "sanction", "start": "0000"}]})" "\n");
}
inline void json_self(const std::filesystem::path& d) {
  put(d / "self.json", R"({"actors": [{"id": "A", "kind": "state"}], "relations": [{"source": "A", "target": "A", "kind": "alliance"}]})" "\n");
}
inline void json_claim_cycle(const std::filesystem::path& d) {
  put(d / "claim_cycle.json",
      R"({"actors": [{"id": "A", "kind": "state"}], "claims": [)" "\n"
      R"({"id": "c1", "kind": "contradicts", "subjects": ["c2"], "objects": ["c3"]},)" "\n"
      R"({"id": "c2", "kind": "contradicts", "subjects": ["c3"], "objects": ["c1"]},)" "\n"
      R"({"id": "c3", "kind": "corroborates", "subjects": ["c1"], "objects": ["c2"]}]})" "\n");
}
inline void json_event_cycle(const std::filesystem::path& d) {
  put(d / "event_cycle.json",
      R"({"actors": [{"id": "A", "kind": "state"}], "events": [)" "\n"
      R"({"id": "e1", "kind": "summit", "participants": ["A"], "part_of": "e2"},)" "\n"
      R"({"id": "e2", "kind": "summit", "participants": ["A"], "part_of": "e1"}]})" "\n");
}
inline void json_quote_10mb(const std::filesystem::path& d) {
  put(d / "quote.json", R"({"sources": [{"id": "s"}], )" + two_actors_json.substr(1) +
                            R"("relations": [{"source": "A", "target": "B", "kind": "alliance", "citations": [{"source": "s", "quote": ")" +
                            std::string(10'000'000, 'x') + "\"}]}]}\n");
}
inline void json_truncated(const std::filesystem::path& d) {
  put(d / "truncated.json", "{\"actors\": [\n  {\"id\": \"JPN\", \"kind\": \"state\"},\n  {\"id\": \"KOR\", \"ki");
}
inline void json_directory(const std::filesystem::path& d) { std::filesystem::create_directories(d / "folder.json"); }
inline void json_unreadable(const std::filesystem::path& d) {
  // A file inside a plain file cannot be opened, even by root (who reads any mode-000 file).
  put(d / "plain", "{}");
}

// --- CSV ----------------------------------------------------------------------------------------
inline void csv_empty(const std::filesystem::path& d) { put(d / "c_empty/actors.csv", ""); }
inline void csv_bom(const std::filesystem::path& d) { put(d / "c_bom/actors.csv", "\xEF\xBB\xBF"); }
inline void csv_invalid_utf8(const std::filesystem::path& d) {
  put(d / "c_utf8/actors.csv", "id,kind,name\nJPN,state,Japan\nKOR,state,Kor\xC3\x28\nCHN,state,China\n");
}
inline void csv_nul(const std::filesystem::path& d) {
  put(d / "c_nul/actors.csv", bytes("id,kind,name\nJPN,state,Japan\nKOR,state,Ko\0r\nCHN,state,China\n"));
}
inline void csv_line_ends(const std::filesystem::path& d) {
  put(d / "c_line_ends/actors.csv", "id,kind\r\nJPN,state\rKOR,state\n\r\nCHN,stat\r\nUSA,state");
}
inline void csv_numbers(const std::filesystem::path& d) {
  put(d / "c_numbers/actors.csv", "id,kind\nA,state\nB,state\n");
  put(d / "c_numbers/relations.csv",
      "id,source,target,kind,weight,sign\n"
      "9223372036854775807,A,B,alliance,1,\n"
      "9223372036854775808,A,B,hostility,1,\n"
      "r3,A,B,alliance,1.7976931348623157e308,\n"
      "r4,A,B,alliance,1e309,\n"
      "r5,A,B,alliance,4.9e-324,\n"
      "r6,A,B,alliance,-0,9223372036854775807\n"
      "r7,A,B,alliance,nan,\n");
}
inline void csv_dates(const std::filesystem::path& d) {
  put(d / "c_dates/actors.csv", "id,kind\nA,state\nB,state\n");
  put(d / "c_dates/relations.csv",
      "source,target,kind,start,end\n"
      "A,B,alliance,0000-00-00,\n"
      "A,B,alliance,2023-02-30,\n"
      "A,B,alliance,99999-01-01,\n"
      "A,B,alliance,-10000,\n"
      "A,B,hostility,-0500,-0400\n"
      "A,B,sanction,0000,\n");
}
inline void csv_self(const std::filesystem::path& d) {
  put(d / "c_self/actors.csv", "id,kind\nA,state\n");
  put(d / "c_self/relations.csv", "source,target,kind\nA,A,alliance\n");
}
inline void csv_claim_cycle(const std::filesystem::path& d) {
  put(d / "c_claim_cycle/actors.csv", "id,kind\nA,state\n");
  put(d / "c_claim_cycle/claims.csv",
      "id,kind,subjects,objects\nc1,contradicts,c2,c3\nc2,contradicts,c3,c1\nc3,corroborates,c1,c2\n");
}
inline void csv_event_cycle(const std::filesystem::path& d) {
  put(d / "c_event_cycle/actors.csv", "id,kind\nA,state\n");
  put(d / "c_event_cycle/events.csv", "id,kind,participants,part_of\ne1,summit,A,e2\ne2,summit,A,e1\n");
}
inline void csv_quote_10mb(const std::filesystem::path& d) {
  put(d / "c_quote/sources.csv", "id\ns\n");
  put(d / "c_quote/actors.csv", "id,kind\nA,state\nB,state\n");
  put(d / "c_quote/relations.csv", "id,source,target,kind\nr1,A,B,alliance\n");
  put(d / "c_quote/citations.csv", "statement,source,quote\nr1,s," + std::string(10'000'000, 'x') + "\n");
}
inline void csv_truncated(const std::filesystem::path& d) {
  put(d / "c_truncated/actors.csv", "id,kind,name\nJPN,state,Japan\nKOR,state,\"Republic of");
}
inline void csv_directory(const std::filesystem::path& d) {
  std::filesystem::create_directories(d / "c_directory/actors.csv");
}

}  // namespace geokg::test
