# SPDX-License-Identifier: MIT
# A compile-fail test, run by CTest:
#   cmake -DBUILD_DIR=<build tree> -DNAME=<case> -DSOURCE=<case>.cpp [-DCONFIG=<config>] -P check_compile_fail.cmake
# builds the object library geokg_compile_fail_<case>_control (the file without GEOKG_COMPILE_FAIL),
# which must compile: the includes, the flags and the right spelling are fine. Then it builds
# geokg_compile_fail_<case>_misuse (the same file with GEOKG_COMPILE_FAIL), which must fail with an
# error on the line marked GEOKG_EXPECTED_ERROR, so that the test cannot pass for another reason.
foreach(var BUILD_DIR NAME SOURCE)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "check_compile_fail.cmake: -D${var}=... is required")
  endif()
endforeach()

file(READ "${SOURCE}" text)
string(FIND "${text}" "// GEOKG_EXPECTED_ERROR" at)
if(at EQUAL -1)
  message(FATAL_ERROR "${SOURCE} has no line marked GEOKG_EXPECTED_ERROR")
endif()
string(SUBSTRING "${text}" 0 ${at} before)
string(REGEX MATCHALL "\n" newlines "${before}")
list(LENGTH newlines expected_line)
math(EXPR expected_line "${expected_line} + 1")

set(config_args "")
if(CONFIG)
  set(config_args --config "${CONFIG}")
endif()

execute_process(
  COMMAND "${CMAKE_COMMAND}" --build "${BUILD_DIR}" --target "geokg_compile_fail_${NAME}_control" ${config_args}
  RESULT_VARIABLE control_result OUTPUT_VARIABLE control_out ERROR_VARIABLE control_out)
if(NOT control_result EQUAL 0)
  message(FATAL_ERROR "the positive control of ${NAME} does not compile, so the test proves nothing:\n${control_out}")
endif()

execute_process(
  COMMAND "${CMAKE_COMMAND}" --build "${BUILD_DIR}" --target "geokg_compile_fail_${NAME}_misuse" ${config_args}
  RESULT_VARIABLE misuse_result OUTPUT_VARIABLE misuse_out ERROR_VARIABLE misuse_out)
if(misuse_result EQUAL 0)
  message(FATAL_ERROR "${NAME}: the misuse compiled, and it must not:\n${misuse_out}")
endif()
if(NOT misuse_out MATCHES "${NAME}\\.cpp:${expected_line}:[0-9]+: error")
  message(FATAL_ERROR "${NAME}: the build failed, but not with an error on line ${expected_line} of ${NAME}.cpp:\n${misuse_out}")
endif()
message(STATUS "${NAME}: the control compiles; the misuse fails on line ${expected_line}, as it should")
