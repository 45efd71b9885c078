# SPDX-License-Identifier: MIT
"""geokg from Python: a geopolitical knowledge graph (actors, dated sourced typed relations,
events, claims) with queries and structural-balance analyses, on geokg's C++ core.

    import geokg
    g = geokg.load("data/curated/east_asia", on_error="collect")
    g.explain("JPN", "KOR", at="2023-08-19")
    g.series("balance", start=1950, end=2023, step="year", only="state").to_pandas()

See docs/python.md.
"""

from ._geokg import __version__
from ._graph import Graph, View, formats, load
from ._results import Balance, BalanceSeries, Explanation, Table
from .errors import DataError, Error, InternalError, LookupError

__all__ = ["load", "formats", "Graph", "View", "Table", "Balance", "BalanceSeries",
           "Explanation", "Error", "DataError", "LookupError", "InternalError", "__version__"]
