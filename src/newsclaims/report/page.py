"""Render report data as ONE self-contained HTML file.

Everything the page needs is inline: the CSS, the Vega/Vega-Lite/vega-embed JavaScript (from
the ``vl-convert-python`` wheel), the page script, and each chart's spec as JSON in a
``<script type="application/json">`` (Jinja's ``tojson`` escapes ``<``, ``>``, ``&`` and ``'``
so article text can never close the tag). A Content-Security-Policy ``<meta>`` allows only
those two inline scripts (by hash) and no network access at all, so the file works offline
and cannot phone home even if it is opened from a web server.

The Jinja environment (:func:`environment`) autoescapes everything and is shared with the
web app (:mod:`newsclaims.web`), which uses the same macros.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlsplit

import jinja2
from markupsafe import Markup

from .. import __version__
from ..model import UNKNOWN_OUTLET, Fact, Quantity, StoredClaim, StoredEvent
from . import assets, charts, extras
from .data import ReportData, collect, document_name, fact_claims, fact_key, outlet_of
from .highlight import claim_anchor, event_anchor, highlight

DEFAULT_TITLE = None  # named after the story (extras.title)
PREFIXES = {"more_than": "> ", "at_least": "≥ ", "less_than": "< ", "up_to": "≤ ", "approx": "≈ "}


class ReportLinks:
    """Where things point inside the one-page report: fragments of the same file."""

    def claim(self, claim: StoredClaim) -> str:
        return "#" + claim_anchor(claim.id)

    def event(self, event: StoredEvent) -> str:
        return "#" + event_anchor(event.id)

    def fact(self, fact: Fact) -> str:
        return "#fact-" + fact_key(fact)

    def article(self, article_id: str) -> str:
        return "#article-" + article_id

    def entry(self, index: int) -> str:
        return f"#tl-{index}"


@dataclass
class ChartSet:
    """Chart specs by element id, and which id belongs to which fact / the timeline."""

    specs: dict[str, dict] = field(default_factory=dict)
    fact_ids: dict[str, str] = field(default_factory=dict)
    timeline_id: str | None = None

    def add_fact(self, fact: Fact, links) -> str | None:
        spec = charts.fact_chart(fact, links.claim)
        if spec is None:
            return None
        chart_id = f"chart-fact-{fact_key(fact)}"
        self.specs[chart_id] = spec
        self.fact_ids[fact_key(fact)] = chart_id
        return chart_id

    def add_timeline(self, entries, links) -> str | None:
        spec = charts.timeline_chart(entries, links.entry)
        if spec is not None:
            self.timeline_id = "chart-timeline"
            self.specs[self.timeline_id] = spec
        return self.timeline_id


@lru_cache(maxsize=None)
def environment(*extra: jinja2.BaseLoader) -> jinja2.Environment:
    """The autoescaping Jinja environment with the shared macros, filters and helpers."""
    loader = jinja2.ChoiceLoader([*extra, jinja2.PackageLoader("newsclaims.report", "templates")])
    env = jinja2.Environment(
        loader=loader, autoescape=True, undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True
    )
    env.filters.update(num=format_number, bounds=format_bounds, http_url=http_url, plural=plural)
    env.globals.update(
        noun=noun,
        fact_key=fact_key, fact_claims=fact_claims, claims_by_id=claims_by_id, highlight=highlight,
        outlet_of=outlet_of, document_name=document_name, version=__version__, unknown_outlet=UNKNOWN_OUTLET,
    )
    return env


def render(data: ReportData, *, title: str | None = DEFAULT_TITLE) -> str:
    """The report as one HTML document (a pure function of ``data``); ``title`` defaults to
    one naming the story (:func:`newsclaims.report.extras.title`)."""
    links = ReportLinks()
    chart_set = ChartSet()
    for fact in data.facts:
        chart_set.add_fact(fact, links)
    chart_set.add_timeline(data.timeline, links)
    page_js = assets.static_text("app.js") + "\n" + assets.static_text("filter.js")  # the filter box is the report's own
    vega_js, app_js = assets.vega_bundle(), assets.inline_script(page_js)
    return environment().get_template("report.html").render(
        data=data,
        links=links,
        charts=chart_set,
        title=title or extras.title(data),
        claims_csv=extras.claims_csv_uri(data),
        css=Markup(assets.static_text("style.css")),
        vega_js=Markup(vega_js),
        app_js=Markup(app_js),
        csp=report_csp(vega_js, app_js),
        story_link=lambda story: f"#story-{story}",
    )


def write(store, out: Path | str, *, window_days: int = 14, title: str | None = DEFAULT_TITLE,
          story: str | None = None) -> Path:
    """Collect the store's data (one story's, if given) and write the report to ``out``; returns
    the path written."""
    out = Path(out)
    html = render(collect(store, window_days=window_days, story=story), title=title)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(html, encoding="utf-8")
    return out


def report_csp(*scripts: str) -> str:
    """No network at all; only the given inline scripts run. Vega compiles its expressions
    with ``new Function``, hence 'unsafe-eval'; vega-embed injects its tooltip styles."""
    hashes = " ".join(assets.csp_hash(s) for s in scripts)
    return (
        f"default-src 'none'; script-src {hashes} 'unsafe-eval'; style-src 'unsafe-inline'; "
        "img-src data:; font-src data:; base-uri 'none'; form-action 'none'"
    )


def claims_by_id(fact: Fact) -> Mapping[int, StoredClaim]:
    return {c.id: c for c in fact_claims(fact)}


def format_number(value: float | None) -> str:
    """6000.0 -> "6,000"; 1.25 -> "1.25"; None -> "?"."""
    if value is None:
        return "?"
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def format_bounds(quantity: Quantity) -> str:
    """The figure's bounds in one glance: "> 6,000", "≤ 50", "25,000–30,000", "4,700", "> 50%"."""
    low, high, q = quantity.low, quantity.high, quantity.qualifier
    if low is not None and high is not None and low != high:
        text = f"{format_number(low)}–{format_number(high)}"
    else:
        prefix = PREFIXES.get(q, "")
        value = quantity.value if quantity.value is not None else (low if low is not None else high)
        text = prefix + format_number(value)
    return text + unit_suffix(quantity.unit)


def http_url(url: str | None) -> str | None:
    """``url`` when it is an absolute http(s) URL, else None: only those become links (an
    article's ``javascript:`` or ``file:`` "URL" from a JSONL line stays text)."""
    if url and urlsplit(url).scheme.lower() in ("http", "https") and urlsplit(url).netloc:
        return url
    return None


def noun(count: int, singular: str, plural: str | None = None) -> str:
    """The noun for ``count`` of them: ``1, "claim"`` -> "claim", ``2, "claim"`` -> "claims"."""
    return singular if count == 1 else plural or singular + "s"


def plural(count: int, singular: str, plural: str | None = None) -> str:
    """``1, "claim"`` -> "1 claim"; ``2, "claim"`` -> "2 claims"; irregular plurals given."""
    return f"{count:,} {noun(count, singular, plural)}"


def unit_suffix(unit: str | None) -> str:
    """"%" for percentages, " <unit>" for any other unit, nothing for plain counts."""
    if not unit:
        return ""
    return "%" if unit == "percent" else f" {unit}"
