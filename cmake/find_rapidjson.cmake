# Normalises RapidJSON into one private INTERFACE target, geokg_rapidjson. Debian's 1.1.0 exports
# no target, only RAPIDJSON_INCLUDE_DIRS; newer releases export RapidJSON. Never exported:
# RapidJSON is an implementation detail of geokg::io.
if(TARGET geokg_rapidjson)
  return()
endif()
find_package(RapidJSON CONFIG QUIET)
add_library(geokg_rapidjson INTERFACE)
if(TARGET RapidJSON)
  target_link_libraries(geokg_rapidjson INTERFACE RapidJSON)
elseif(RAPIDJSON_INCLUDE_DIRS)
  target_include_directories(geokg_rapidjson SYSTEM INTERFACE ${RAPIDJSON_INCLUDE_DIRS})
else()
  find_path(GEOKG_RAPIDJSON_INCLUDE_DIR rapidjson/reader.h REQUIRED)
  target_include_directories(geokg_rapidjson SYSTEM INTERFACE ${GEOKG_RAPIDJSON_INCLUDE_DIR})
endif()
