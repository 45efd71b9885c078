# geokg_warnings: the warning flags (and optional sanitizers) for geokg's own targets.
# Linked PRIVATE only, never exported, so users of the package keep their own flags.
add_library(geokg_warnings INTERFACE)
target_compile_options(geokg_warnings INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wsign-conversion -Wold-style-cast
  -Wnon-virtual-dtor -Woverloaded-virtual
  $<$<BOOL:${GEOKG_WERROR}>:-Werror>)
if(GEOKG_SANITIZE)
  target_compile_options(geokg_warnings INTERFACE -fsanitize=${GEOKG_SANITIZE} -fno-omit-frame-pointer
    -fno-sanitize-recover=all)
  target_link_options(geokg_warnings INTERFACE -fsanitize=${GEOKG_SANITIZE})
endif()
