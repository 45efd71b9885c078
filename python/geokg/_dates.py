# SPDX-License-Identifier: MIT
"""Dates as geokg takes them: ``datetime.date``, a year as ``int``, or geokg's text."""

import datetime


def date_text(value, what="date"):
    """The geokg text of a date argument (``None`` stays ``None``).

    ``datetime.date(2023, 8, 19)`` and ``"2023-08-19"`` are the same day; ``1914`` and
    ``"1914"`` the same year (year precision, see docs/model.md); any text geokg parses
    (``"2023-08"``, ``"1930s"``) is passed through and checked by geokg.
    """
    if value is None:
        return None
    if isinstance(value, datetime.datetime):
        value = value.date()
    if isinstance(value, datetime.date):
        return value.isoformat() if value.year >= 1000 else "%04d-%02d-%02d" % (
            value.year, value.month, value.day)
    if isinstance(value, bool):
        raise TypeError("%s: expected a date, not a bool" % what)
    if isinstance(value, int):
        return "%04d" % value if value >= 0 else str(value)
    if isinstance(value, str):
        return value
    raise TypeError("%s: expected datetime.date, int (a year) or text, not %s"
                    % (what, type(value).__name__))


def to_python_date(text):
    """The first day of a geokg date text as ``datetime.date`` (``None`` if it has none)."""
    if text is None:
        return None
    head = text.split("/")[0]
    try:
        if len(head) == 10:
            return datetime.date.fromisoformat(head)
        if len(head) == 7:
            return datetime.date.fromisoformat(head + "-01")
        if len(head) == 4 and head.isdigit():
            return datetime.date(int(head), 1, 1)
    except ValueError:
        return None
    return None
