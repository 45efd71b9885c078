#!/usr/bin/env python3
"""Checks geokg JSON files against docs/geokg.schema.json (a CTest test).

Usage: schema_check.py SCHEMA --valid FILE... --invalid FILE...
Every --valid file must validate and every --invalid file must not. Exits 77 (CTest's skip code)
when the jsonschema module is missing.
"""
import json
import sys

try:
    import jsonschema
except ImportError:
    print("python3-jsonschema is not installed: skipped")
    sys.exit(77)


def main(argv):
    schema = json.load(open(argv[1], encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    mode, failures, checked = None, 0, 0
    for arg in argv[2:]:
        if arg in ("--valid", "--invalid"):
            mode = arg
            continue
        document = json.load(open(arg, encoding="utf-8"))
        errors = list(validator.iter_errors(document))
        checked += 1
        if mode == "--valid" and errors:
            failures += 1
            print(f"{arg}: does not match the schema: {errors[0].message} at {list(errors[0].absolute_path)}")
        if mode == "--invalid" and not errors:
            failures += 1
            print(f"{arg}: matches the schema but should not")
    print(f"{checked} files checked, {failures} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
