// SPDX-License-Identifier: MIT
// geokg's exceptions as Python exceptions (geokg/errors.py) that keep the error id and the
// file:line:column, so that a notebook can point at the offending record as the CLI does.
#include <exception>
#include <string>

#include "bindings.hpp"

namespace py = pybind11;

namespace geokg::python {

namespace {

// Raises the Python class `name` of geokg.errors, built with the message and keyword fields.
void raise(const char* name, const std::string& what, py::kwargs fields) {
  const auto errors = py::module_::import("geokg.errors");
  const auto type = errors.attr(name);
  PyErr_SetObject(type.ptr(), type(what, **fields).ptr());
}

}  // namespace

void bind_errors(py::module_& /*m*/) {
  py::register_exception_translator([](std::exception_ptr p) {
    if (!p) return;
    try {
      std::rethrow_exception(p);
    } catch (const data_error& e) {
      py::kwargs fields;
      fields["id"] = std::string(to_string(e.code()));
      fields["path"] = e.where().path;
      fields["line"] = e.where().line;
      fields["column"] = e.where().column;
      fields["field"] = e.where().field;
      fields["message"] = e.message();
      raise("DataError", e.what(), fields);
    } catch (const lookup_error& e) {
      py::kwargs fields;
      fields["id"] = "lookup";
      raise("LookupError", e.what(), fields);
    } catch (const internal_error& e) {
      py::kwargs fields;
      fields["id"] = "internal";
      raise("InternalError", e.what(), fields);
    } catch (const error& e) {
      raise("Error", e.what(), py::kwargs());
    }
  });
}

}  // namespace geokg::python
