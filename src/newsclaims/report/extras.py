"""What a reader takes away from the report: its title, named after the story it covers,
and the claims as a CSV file to download (a ``data:`` URI, so the file stays self-contained).

The title names the subjects most claims are about and the months the articles span
("North Korea: 6 articles, Jun 2025 – Feb 2026"); a report with no facts says how many
articles it covers.
"""

from __future__ import annotations

import base64
import datetime as dt
import io
from collections import Counter

from .. import output, records
from .data import ReportData, fact_claims

TOP_SUBJECTS = 2


def title(data: ReportData) -> str:
    """The report's title, from what its articles are about and when they were published."""
    counts = Counter({f.subject: len(fact_claims(f)) for f in data.facts if f.subject})
    topic = " and ".join(name for name, _ in counts.most_common(TOP_SUBJECTS)) or "News claims"
    n = data.overview.articles
    parts = [f"{n:,} article{'' if n == 1 else 's'}", period(data.overview.first, data.overview.last)]
    return f"{topic}: " + ", ".join(p for p in parts if p)


def period(first: dt.date | None, last: dt.date | None) -> str:
    """"Jun 2025", "Jun – Aug 2025"-style spans as "Jun 2025 – Feb 2026"; "" when undated."""
    if first is None or last is None:
        return ""
    start, end = month_year(first), month_year(last)
    return start if start == end else f"{start} – {end}"


def month_year(day: dt.date) -> str:
    return day.strftime("%b %Y")


def claims_csv_uri(data: ReportData) -> str:
    """Every claim of the report as CSV (flat rows, UTF-8 with a byte-order mark) in a data: URI."""
    claims = [c for view in data.articles for c in view.claims]
    stream = io.StringIO()
    stream.write("\ufeff")
    output.write_csv([records.claim(c) for c in claims], stream, fields=records.CLAIM_FIELDS)
    return "data:text/csv;charset=utf-8;base64," + base64.b64encode(stream.getvalue().encode("utf-8")).decode("ascii")
