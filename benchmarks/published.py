"""Publication dates and outlets on real pages, read three ways, plus scraped-text fixtures.

    .venv/bin/python benchmarks/published.py            # the table, then the two shares (printed last)
    .venv/bin/python benchmarks/published.py --errors   # also every page dated wrong or not named

Data: the 181 pages of ``../shared/benchmarks/article-extraction/`` (``html/<id>.html.gz`` and
``ground-truth.json``: each page's URL and gold article text), and the fixtures of
``tests/data/dates/scraped.json`` (plain text as scrapers save it, in stories, with known dates).

* **reference**: the date in each page's own HTML metadata (htmldate over the markup alone:
  meta tags, JSON-LD, ``<time>``; the URL withheld), for the pages that have one.
* **html**: the page as an HTML document with its URL.
* **warc**: every page as a ``response`` record of one WARC file (written with warcio in a
  temporary folder), captured on :data:`CAPTURED`, years after the pages: the capture date must
  not stand in for the page's date.
* **text+url**: the page's gold article text as plain text, with only its URL (a scraper's JSONL).
* **fixtures**: each text with its URL if any, cleaned, then dated per story (``published.settle``).

Only cleaning runs (no spaCy). A date is right within :data:`TOLERANCE` day of the reference. Pages
the cleaner refuses (not English, no text) are counted apart, not scored. The shares printed last:
dates right among articles with a reference (fixtures: with a known date; and one undated fixture
must stay undated), and outlets named (a name that is not a file name) among articles with a URL.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import io
import json
import os
import sys
import tempfile
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NEWSCLAIMS_SHARED", ROOT.parent / "shared"))
PAGES = SHARED / "benchmarks" / "article-extraction"
FIXTURES = ROOT / "tests" / "data" / "dates" / "scraped.json"
CAPTURED = "2026-01-15T12:00:00Z"
TOLERANCE = 1


@dataclass
class Score:
    scored: int = 0  # articles with a reference date
    right: int = 0
    undated: int = 0  # of the scored, left without a date
    kept_undated: int = 0  # of those, rightly: nothing dates them (fixtures)
    with_url: int = 0
    named: int = 0
    refused: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def dated(self) -> int:
        return self.scored - self.undated

    def date_share(self) -> float:
        return self.right / self.scored if self.scored else 0.0

    def evidence_share(self) -> float:
        """Right among the articles dated at all: where the page, its URL, its text or its story
        held any evidence (an article with none is left undated, not guessed)."""
        return (self.right - self.kept_undated) / self.dated if self.dated else 0.0

    def outlet_share(self) -> float:
        return self.named / self.with_url if self.with_url else 0.0


def reference_date(markup: str) -> dt.date | None:
    import htmldate

    found = htmldate.find_date(markup, extensive_search=False, original_date=True, url="",
                               deferred_url_extractor=True)
    return dt.date.fromisoformat(found) if found else None


def load_pages() -> list[dict]:
    items = json.loads((PAGES / "ground-truth.json").read_text(encoding="utf-8"))
    pages = []
    for key, item in sorted(items.items()):
        markup = gzip.decompress((PAGES / "html" / f"{key}.html.gz").read_bytes()).decode("utf-8", "replace")
        pages.append({"id": key, "url": item["url"], "html": markup, "text": item["articleBody"],
                      "reference": reference_date(markup)})
    return pages


def score(score: Score, route: str, name: str, article, expected: dt.date | None, url: str | None,
          expected_outlet: str | None = None) -> None:
    published = getattr(article, "published", None)
    if expected is not None:
        score.scored += 1
        if published is None:
            score.undated += 1
        if published is not None and abs((published - expected).days) <= TOLERANCE:
            score.right += 1
        else:
            score.errors.append(f"{route} date {name}: {published} ({getattr(article, 'published_basis', None)}: "
                                f"{getattr(article, 'published_reason', None)}), expected {expected}")
    if url:
        score.with_url += 1
        outlet = getattr(article, "outlet", None)
        if outlet and not _file_name(outlet, name) and (expected_outlet is None or outlet == expected_outlet):
            score.named += 1
        else:
            score.errors.append(f"{route} outlet {name}: {outlet!r} for {url}")


def _file_name(outlet: str, name: str) -> bool:
    return outlet.endswith((".txt", ".html", ".gz", ".jsonl")) or outlet == name


def _clean(raw):
    from newsclaims.clean import clean
    from newsclaims.errors import InputError

    try:
        return clean(raw)
    except InputError:
        return None


def run_html(pages: list[dict]) -> Score:
    from newsclaims.model import RawDocument

    return _scored("html", ((page, RawDocument(uri=page["url"], content=page["html"], media_type="text/html",
                                               url=page["url"])) for page in pages))


def run_warc(pages: list[dict]) -> Score:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    from newsclaims import ingest
    from newsclaims.model import RawDocument

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "pages.warc.gz"
        with path.open("wb") as out:
            writer = WARCWriter(out, gzip=True)
            for page in pages:
                headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
                writer.write_record(writer.create_warc_record(
                    page["url"], "response", payload=io.BytesIO(page["html"].encode("utf-8")), http_headers=headers,
                    warc_headers_dict={"WARC-Date": CAPTURED}))
        by_url = {page["url"]: page for page in pages}
        return _scored("warc", ((by_url[raw.uri], raw) for raw in ingest.read(str(path))
                                if isinstance(raw, RawDocument)))


def run_text(pages: list[dict]) -> Score:
    from newsclaims.model import RawDocument

    return _scored("text+url", ((page, RawDocument(uri=page["url"], content=page["text"], media_type="text/plain",
                                                   url=page["url"])) for page in pages))


def _scored(route: str, documents) -> Score:
    """Clean each (page, raw document) and score its date and outlet against the page's reference."""
    result = Score()
    for page, raw in documents:
        article = _clean(raw)
        if article is None:
            result.refused += 1
            continue
        score(result, route, page["id"][:12], article, page["reference"], page["url"])
    return result


def run_fixtures(path: Path = FIXTURES) -> Score:
    from newsclaims.clean import published
    from newsclaims.model import RawDocument

    truth = json.loads(path.read_text(encoding="utf-8"))
    stories: dict[str, list[tuple[dict, object]]] = defaultdict(list)
    for item in truth["articles"]:
        text = (path.parent / "scraped" / item["file"]).read_text(encoding="utf-8")
        raw = RawDocument(uri=item["url"] or f"/scrapes/{item['file']}", content=text, media_type="text/plain",
                          url=item["url"])
        stories[item["story"]].append((item, _clean(raw)))
    result = Score()
    for members in stories.values():
        settled = published.settle([article for _, article in members])
        for (item, _), article in zip(members, settled):
            expected = dt.date.fromisoformat(item["published"]) if item["published"] else None
            score(result, "fixtures", item["file"], article, expected, item["url"], item["outlet"])
            if expected is None and article.published is not None:  # nothing dates it: it must stay undated
                result.scored += 1
                result.errors.append(f"fixtures date {item['file']}: {article.published} ({article.published_reason}), "
                                     "expected none")
            elif expected is None:  # left undated, rightly: scored, not counted as evidence
                result.scored, result.right, result.undated = result.scored + 1, result.right + 1, result.undated + 1
                result.kept_undated += 1
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", action="store_true", help="print every page dated wrong or not named")
    args = parser.parse_args()
    pages = load_pages()
    routes = {"html": run_html(pages), "warc": run_warc(pages), "text+url": run_text(pages), "fixtures": run_fixtures()}
    print(f"{len(pages)} pages, {sum(p['reference'] is not None for p in pages)} with a date in their own metadata "
          f"(the reference); WARC capture date {CAPTURED}; tolerance {TOLERANCE} day")
    print(f"{'route':<10} {'refused':>7} {'scored':>6} {'dated':>6} {'right':>6} {'of all':>6} {'of dated':>8} "
          f"{'URL':>5} {'named':>5} {'outlets':>7}")
    for name, result in routes.items():
        print(f"{name:<10} {result.refused:>7} {result.scored:>6} {result.dated:>6} {result.right:>6} "
              f"{result.date_share():>6.3f} {result.evidence_share():>8.3f} {result.with_url:>5} {result.named:>5} "
              f"{result.outlet_share():>7.3f}")
    if args.errors:
        for result in routes.values():
            print("\n".join(result.errors), file=sys.stderr)
    total = Score()
    for result in routes.values():
        total.scored += result.scored
        total.right += result.right
        total.undated += result.undated
        total.kept_undated += result.kept_undated
        total.with_url += result.with_url
        total.named += result.named
    print(f"dates right (within {TOLERANCE} day) of all with a reference: {total.date_share():.3f} "
          f"({total.right}/{total.scored})")
    print(f"dates right where any evidence exists (articles dated): {total.evidence_share():.3f} "
          f"({total.right - total.kept_undated}/{total.dated})")
    print(f"outlets named (articles with a URL): {total.outlet_share():.3f} ({total.named}/{total.with_url})")


if __name__ == "__main__":
    main()
