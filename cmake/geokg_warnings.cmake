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

# geokg_use_private(<target> <interface-target>...): applies the compile-time usage requirements
# of private INTERFACE helper targets (warnings, RapidJSON) to a library without linking them, so
# that they stay out of the library's exported link interface (a static library would otherwise
# export them as $<LINK_ONLY:...> dependencies).
function(geokg_use_private target)
  foreach(dep IN LISTS ARGN)
    target_compile_options(${target} PRIVATE $<TARGET_PROPERTY:${dep},INTERFACE_COMPILE_OPTIONS>)
    target_include_directories(${target} SYSTEM PRIVATE $<TARGET_PROPERTY:${dep},INTERFACE_INCLUDE_DIRECTORIES>)
    target_compile_definitions(${target} PRIVATE $<TARGET_PROPERTY:${dep},INTERFACE_COMPILE_DEFINITIONS>)
  endforeach()
endfunction()
