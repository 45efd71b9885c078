# Enforces geokg's layering (STYLE §2); run as a CTest test:
#   cmake -DGEOKG_SOURCE_DIR=<root> -P check_layering.cmake
# It scans every header and source file on disk, not a list, so that a new file cannot escape the
# check; that is why it globs (this is a check script, not a build's source list).
if(NOT GEOKG_SOURCE_DIR)
  message(FATAL_ERROR "GEOKG_SOURCE_DIR is not set")
endif()

# module -> regular expression of includes it must not contain
set(forbidden_core "^(geokg/(query|analysis|io|format|detail/io)|fmt/|rapidjson/|iostream|CLI/)")
set(forbidden_query "^(geokg/(analysis|io|format)|fmt/|rapidjson/|iostream|CLI/)")
set(forbidden_analysis "^(geokg/(io|format)|fmt/|rapidjson/|iostream|CLI/)")
set(forbidden_io "^(geokg/(query|analysis|events)|rapidjson/|CLI/)")
# events sits on core and io; no third-party types (zlib, libzip) in its headers.
set(forbidden_events "^(geokg/(query|analysis|format)|fmt/|rapidjson/|zlib|zip|iostream|CLI/)")
set(forbidden_output "^(rapidjson/|CLI/)")  # the top layer: results of query and analysis, io's writers

set(failures "")
foreach(module core query analysis io events output)
  file(GLOB_RECURSE files "${GEOKG_SOURCE_DIR}/include/geokg/${module}/*.hpp")
  foreach(f IN LISTS files)
    file(STRINGS "${f}" includes REGEX "^[ \t]*#[ \t]*include")
    foreach(line IN LISTS includes)
      string(REGEX REPLACE "^[ \t]*#[ \t]*include[ \t]*[<\"]([^>\"]+)[>\"].*$" "\\1" target "${line}")
      if(target MATCHES "${forbidden_${module}}")
        file(RELATIVE_PATH rel "${GEOKG_SOURCE_DIR}" "${f}")
        string(APPEND failures "  ${rel}: '${module}' must not include <${target}>\n")
      endif()
    endforeach()
  endforeach()
endforeach()

# Third-party parsing types never appear in public headers.
file(GLOB_RECURSE public "${GEOKG_SOURCE_DIR}/include/*")
foreach(f IN LISTS public)
  file(STRINGS "${f}" hits REGEX "[Rr]apid[Jj][Ss][Oo][Nn]")
  if(hits)
    file(RELATIVE_PATH rel "${GEOKG_SOURCE_DIR}" "${f}")
    string(APPEND failures "  ${rel}: names RapidJSON in a public header\n")
  endif()
endforeach()

if(failures)
  message(FATAL_ERROR "layering violations:\n${failures}")
endif()
message(STATUS "layering: ok")
