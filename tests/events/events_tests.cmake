# geokg::events tests, included from tests/CMakeLists.txt (so that paths are relative to tests/).

foreach(name reader event_table aggregate plover)
  geokg_add_test(events/${name} LIBS geokg::events)
endforeach()

if(GEOKG_BUILD_TOOLS)
  set(ev tests/data/events)
  geokg_cli_test(aggregate_excerpt 0 aggregate -i gdelt:${ev}/gdelt2 --threads 2)
  geokg_cli_test(aggregate_rule_json 0 aggregate -i gdelt:${ev}/gdelt2 --rule tests/golden/cli/aggregate_rule.txt --format json)
  geokg_cli_test(aggregate_gdelt1_year 0 aggregate -i ${ev}/gdelt1/events1.csv --window year --undirected --evidence all)
  geokg_cli_test(aggregate_zip_kept 0 aggregate -i gdelt:${ev}/archives/20150218230000.export.CSV.zip --kept)
  geokg_cli_test(aggregate_gz_week 0 aggregate -i gdelt:${ev}/archives/20150218230000.export.CSV.gz --window week --evidence 1 -o -)
  geokg_cli_test(aggregate_malformed 1 aggregate -i gdelt:${ev}/hostile/bad_rows.export.CSV)
  geokg_cli_test(aggregate_collect 1 aggregate -i gdelt:${ev}/hostile/bad_rows.export.CSV --on-error collect --kept)
  geokg_cli_test(aggregate_truncated_zip 1 aggregate -i gdelt:${ev}/archives/truncated.export.CSV.zip)
  geokg_cli_test(aggregate_truncated_gz 1 aggregate -i gdelt:${ev}/archives/truncated.export.CSV.gz)
  geokg_cli_test(aggregate_duplicates 0 aggregate -i gdelt:${ev}/gdelt2/20150218230000.export.excerpt.CSV -i gdelt:${ev}/gdelt2/20150218230000.export.excerpt.CSV --kept)
  geokg_cli_test(aggregate_unknown_format 2 aggregate -i acled:${ev}/gdelt2)
  geokg_cli_test(aggregate_icews 0 aggregate -i icews:${ev}/icews --window day --format json)
  geokg_cli_test(aggregate_polecat 0 aggregate -i polecat:${ev}/polecat/polecat.excerpt.tsv)
  geokg_cli_test(aggregate_bad_rule 1 aggregate -i gdelt:${ev}/gdelt2 --rule tests/golden/cli/aggregate_bad_rule.txt)

  # The monthly windows of the four real exports against an independent pandas computation
  # (Debian's python3-pandas, hence /usr/bin/python3 first); skipped without the data or pandas.
  find_program(GEOKG_SYSTEM_PYTHON3 python3 PATHS /usr/bin NO_DEFAULT_PATH)
  find_package(Python3 COMPONENTS Interpreter)
  set(events_python "${GEOKG_SYSTEM_PYTHON3}")
  if(NOT events_python)
    set(events_python "${Python3_EXECUTABLE}")
  endif()
  if(events_python)
    add_test(NAME events_crosscheck_pandas
      COMMAND ${events_python} ${CMAKE_CURRENT_SOURCE_DIR}/events/crosscheck_pandas.py $<TARGET_FILE:geokg_cli>
              ${GEOKG_SHARED_DIR}/data/real/gdelt_raw ${PROJECT_SOURCE_DIR}/data/identity/states.csv
              ${GEOKG_SHARED_DIR}/bench/events/state_codes.txt)
    set_tests_properties(events_crosscheck_pandas PROPERTIES LABELS events SKIP_REGULAR_EXPRESSION "skipped:")
  endif()
endif()
