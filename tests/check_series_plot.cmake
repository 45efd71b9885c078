# Runs `geokg series ... --plot FILE.svg` on the curated data and checks the chart (a CTest test):
# a standalone SVG document with the title, one line for the values (broken where the share of
# balanced triangles is undefined, before the first triangle), and no temporary file left beside it.
#   cmake -DGEOKG=<geokg binary> -DSOURCE_DIR=<source root> -DOUTPUT=<file.svg> -P check_series_plot.cmake
file(REMOVE "${OUTPUT}")
execute_process(
  COMMAND "${GEOKG}" series balanced_share --from 1950 --to 2023 --step year --only state
          -i data/curated/east_asia --plot "${OUTPUT}"
  WORKING_DIRECTORY "${SOURCE_DIR}" RESULT_VARIABLE code OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT code EQUAL 0)
  message(FATAL_ERROR "geokg series exited with ${code}\nstdout:\n${out}\nstderr:\n${err}")
endif()
if(NOT EXISTS "${OUTPUT}")
  message(FATAL_ERROR "geokg series --plot wrote no ${OUTPUT}")
endif()
file(READ "${OUTPUT}" svg)
string(SUBSTRING "${svg}" 0 5 head)
if(NOT head STREQUAL "<?xml" AND NOT head STREQUAL "<svg ")
  message(FATAL_ERROR "${OUTPUT} does not start with <?xml or <svg: '${head}'")
endif()
if(NOT svg MATCHES "</svg>\n$")
  message(FATAL_ERROR "${OUTPUT} does not end with </svg>")
endif()
if(NOT svg MATCHES "<title>Share of balanced triangles \\(state actors\\), 1950 to 2023, every year</title>")
  message(FATAL_ERROR "${OUTPUT} lacks the expected <title>")
endif()
string(REGEX MATCHALL "<polyline" lines "${svg}")
list(LENGTH lines line_count)
if(NOT line_count EQUAL 1)
  message(FATAL_ERROR "${line_count} polylines drawn, expected 1")
endif()
get_filename_component(folder "${OUTPUT}" DIRECTORY)
get_filename_component(name "${OUTPUT}" NAME)
file(GLOB leftovers "${folder}/.${name}.*.tmp")
if(leftovers)
  message(FATAL_ERROR "temporary files left behind: ${leftovers}")
endif()
