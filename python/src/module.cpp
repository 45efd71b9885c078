// SPDX-License-Identifier: MIT
// The `_geokg` extension: the C++ half of the `geokg` Python package (python/geokg/).
#include <geokg/version.hpp>

#include "bindings.hpp"

PYBIND11_MODULE(_geokg, m) {
  m.doc() = "geokg's C++ core; use the geokg package, not this module";
  m.attr("__version__") = GEOKG_VERSION_STRING;
  geokg::python::bind_errors(m);
  geokg::python::bind_graph(m);
  geokg::python::bind_events(m);
}
