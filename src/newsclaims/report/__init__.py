"""The HTML report: one self-contained file showing facts, conflicts, timeline, sources and
every article with its claims highlighted.

    >>> from newsclaims import report
    >>> report.write(store, "report.html")

:func:`collect` gathers plain data from a store, :func:`render` turns it into HTML (a pure
function), :func:`write` does both and saves the file.
"""

from .data import ReportData, collect
from .page import render, write

__all__ = ["ReportData", "collect", "render", "write"]
