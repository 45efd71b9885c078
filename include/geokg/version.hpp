#pragma once
// SPDX-License-Identifier: MIT
// geokg's version. This header is the one place the version is written: the top-level
// CMakeLists.txt reads these three numbers into project(VERSION), and tests/version_test.cpp checks
// that the two agree. It needs no generation step, so the headers work from the source tree
// (`-I include`) as well as installed.

/// Major version of geokg (incompatible API changes).
#define GEOKG_VERSION_MAJOR 0
/// Minor version of geokg (compatible additions).
#define GEOKG_VERSION_MINOR 1
/// Patch version of geokg (fixes).
#define GEOKG_VERSION_PATCH 0
/// The version as text, "MAJOR.MINOR.PATCH".
#define GEOKG_VERSION_STRING "0.1.0"
/// The version as one comparable number: MAJOR * 10000 + MINOR * 100 + PATCH.
#define GEOKG_VERSION (GEOKG_VERSION_MAJOR * 10000 + GEOKG_VERSION_MINOR * 100 + GEOKG_VERSION_PATCH)
