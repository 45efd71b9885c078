# Compiles the README's first C++ snippet from the source tree, as a reader would try it:
#   cmake -DGEOKG_SOURCE_DIR=<root> -DCXX=<compiler> -DWORK_DIR=<dir> [-DEXTRA_INCLUDES=<a|b|...>]
#         -P check_readme_snippet.cmake
# The snippet's #include lines go first and the rest becomes the body of main(); it is compiled
# with `-I include` alone (plus the system's Boost and fmt), never with the build tree's headers,
# so a header that exists only after configuring would fail here.
foreach(var GEOKG_SOURCE_DIR CXX WORK_DIR)
  if(NOT ${var})
    message(FATAL_ERROR "${var} is not set")
  endif()
endforeach()

file(READ "${GEOKG_SOURCE_DIR}/README.md" readme)
string(FIND "${readme}" "```cpp\n" start)
if(start EQUAL -1)
  message(FATAL_ERROR "README.md has no ```cpp snippet")
endif()
math(EXPR start "${start} + 7")
string(SUBSTRING "${readme}" ${start} -1 rest)
string(FIND "${rest}" "```" stop)
string(SUBSTRING "${rest}" 0 ${stop} snippet)

string(REPLACE ";" "\\;" snippet "${snippet}")
string(REPLACE "\n" ";" lines "${snippet}")
set(includes "")
set(body "")
foreach(line IN LISTS lines)
  if(line MATCHES "^#include")
    string(APPEND includes "${line}\n")
  else()
    string(APPEND body "  ${line}\n")
  endif()
endforeach()

file(MAKE_DIRECTORY "${WORK_DIR}")
set(tu "${WORK_DIR}/readme_snippet.cpp")
file(WRITE "${tu}" "// Generated from README.md's first snippet by cmake/check_readme_snippet.cmake.\n"
                   "${includes}\nint main() {\n${body}  return 0;\n}\n")
set(include_flags "-I${GEOKG_SOURCE_DIR}/include")
string(REPLACE "|" ";" extra_includes "${EXTRA_INCLUDES}")
foreach(dir IN LISTS extra_includes)
  # The compiler's own directories stay implicit: -isystem /usr/include breaks #include_next.
  if(dir AND NOT dir STREQUAL "/usr/include")
    list(APPEND include_flags "-isystem${dir}")
  endif()
endforeach()
execute_process(
  COMMAND "${CXX}" -std=c++20 -fsyntax-only -Wall -Wextra ${include_flags} "${tu}"
  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "README.md's first snippet does not compile with -I include:\n${out}${err}")
endif()
message(STATUS "README.md's first snippet compiles from the source tree (${tu})")
