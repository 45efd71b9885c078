# SPDX-License-Identifier: MIT
"""geokg's exceptions, raised by every function of the package.

They mirror the C++ hierarchy: ``Error`` is the base; ``DataError`` (bad input or a bad
argument) keeps the stable error id (``e.id == "unknown_actor"``) and the place
(``e.path``, ``e.line``, ``e.column``, ``e.field``), and ``str(e)`` is the one GCC-like line
``file:line:col: error: message [geokg.id]`` that the CLI prints.
"""

import builtins


class Error(Exception):
    """Any geokg error."""

    def __init__(self, text, id=None, **fields):
        super().__init__(text)
        self.id = id
        for key, value in fields.items():
            setattr(self, key, value)

    def __reduce__(self):
        # Pickled with its fields (Exception's default keeps only the text), so that an error
        # raised in another process (a Dask worker) reaches the caller whole.
        return (_rebuilt, (type(self), self.args[0] if self.args else "", dict(self.__dict__)))


def _rebuilt(cls, text, fields):
    error = cls.__new__(cls)
    Exception.__init__(error, text)
    error.__dict__.update(fields)
    return error


class DataError(Error, ValueError):
    """Bad input: a record of a file, or an argument (a date, a kind) that geokg rejects.

    Attributes: ``id`` (the error id, e.g. ``"invalid_date"``), ``path``, ``line``, ``column``
    (1-based; 0 when unknown), ``field`` (a JSON pointer or column name) and ``message`` (the
    text without location or id).
    """

    def __init__(self, text, id=None, path="", line=0, column=0, field="", message=""):
        super().__init__(text, id=id, path=path, line=line, column=column, field=field,
                         message=message or text)

    @property
    def location(self):
        """``"path:line:column"`` as far as known (empty for an argument error)."""
        parts = [self.path] if self.path else []
        if self.path and self.line:
            parts.append(str(self.line))
            if self.column:
                parts.append(str(self.column))
        return ":".join(parts)


class LookupError(Error, builtins.LookupError):  # noqa: A001 - geokg.LookupError on purpose
    """An unknown actor (or other) id; ``suggestions`` lists the closest actor ids."""

    def __init__(self, text, id="unknown_actor", actor=None, suggestions=()):
        super().__init__(text, id=id, actor=actor, suggestions=list(suggestions))


class InternalError(Error, RuntimeError):
    """A broken invariant: a bug in geokg, please report it."""
