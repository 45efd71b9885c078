# Runs `geokg render` on the curated data and checks the picture (a CTest test, registered only
# when the tool was built with Graphviz): an SVG with one edge per relation active at 2023-08-19
# and the two signed blocs as clusters.
#   cmake -DGEOKG=<geokg binary> -DSOURCE_DIR=<source root> -DOUTPUT=<file.svg> -P check_render.cmake
file(REMOVE "${OUTPUT}")
execute_process(
  COMMAND "${GEOKG}" render --at 2023-08-19 --blocs -o "${OUTPUT}" -i data/curated/east_asia
  WORKING_DIRECTORY "${SOURCE_DIR}" RESULT_VARIABLE code OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT code EQUAL 0)
  message(FATAL_ERROR "geokg render exited with ${code}\nstdout:\n${out}\nstderr:\n${err}")
endif()
if(NOT out STREQUAL "drew 21 actors and 29 relations to ${OUTPUT}\n")
  message(FATAL_ERROR "unexpected stdout: ${out}")
endif()
file(READ "${OUTPUT}" svg)
if(NOT svg MATCHES "<svg ")
  message(FATAL_ERROR "${OUTPUT} has no <svg element")
endif()
# Graphviz gives each edge the relation's id: <g id="usa_jpn_..." class="edge">.
string(REGEX MATCHALL "class=\"edge\"" edges "${svg}")
list(LENGTH edges edge_count)
if(NOT edge_count EQUAL 29)
  message(FATAL_ERROR "${edge_count} edges drawn, expected 29")
endif()
foreach(cluster "bloc 0" "bloc 1")
  if(NOT svg MATCHES ">${cluster}</text>")
    message(FATAL_ERROR "no cluster labelled '${cluster}'")
  endif()
endforeach()
