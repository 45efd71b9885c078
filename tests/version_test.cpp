// SPDX-License-Identifier: MIT
#include "geokg/version.hpp"

#include <string>

#include <gtest/gtest.h>

TEST(version, header_agrees_with_project_version) {
  EXPECT_EQ(std::string(GEOKG_VERSION_STRING), std::string(GEOKG_PROJECT_VERSION));
  EXPECT_EQ(std::to_string(GEOKG_VERSION_MAJOR) + "." + std::to_string(GEOKG_VERSION_MINOR) + "." +
                std::to_string(GEOKG_VERSION_PATCH),
            std::string(GEOKG_PROJECT_VERSION));
  EXPECT_EQ(GEOKG_VERSION,
            GEOKG_VERSION_MAJOR * 10000 + GEOKG_VERSION_MINOR * 100 + GEOKG_VERSION_PATCH);
}
