#pragma once
// SPDX-License-Identifier: MIT
// The one place geokg includes RapidJSON (private, never installed): configuration first.

#include "geokg/core/error.hpp"

// RapidJSON's asserts guard its own API use, never input; make a violation a geokg bug report
// rather than an abort.
#ifndef RAPIDJSON_ASSERT
#define RAPIDJSON_ASSERT(x) GEOKG_ASSERT(x)
#endif
#define RAPIDJSON_HAS_STDSTRING 1

#if defined(__GNUC__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wconversion"
#pragma GCC diagnostic ignored "-Wsign-conversion"
#pragma GCC diagnostic ignored "-Wold-style-cast"
#pragma GCC diagnostic ignored "-Wshadow"
#pragma GCC diagnostic ignored "-Wpedantic"
#endif
#include <rapidjson/error/en.h>
#include <rapidjson/filereadstream.h>
#include <rapidjson/reader.h>
#if defined(__GNUC__)
#pragma GCC diagnostic pop
#endif
