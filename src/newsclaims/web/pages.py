"""The HTML pages: the report's views, one page each, drawn from the shared templates."""

from __future__ import annotations

from functools import lru_cache
from typing import Annotated
from urllib.parse import quote, urlencode

import jinja2
from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse

from ..model import MEASURES, Fact, StoredClaim, StoredEvent
from ..report import charts
from ..report.data import fact_key
from ..report.highlight import claim_anchor, event_anchor
from ..report.page import environment
from .params import PageQ, search_filters
from .views import NotFound, SearchFilters, Views

PER_PAGE = 25  # search results per page
FACTS_PER_PAGE = 25
ARTICLES_PER_PAGE = 100

router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)


class AppLinks:
    """Where things point in the app: their pages, with a fragment for a claim's sentence."""

    def claim(self, claim: StoredClaim) -> str:
        return self.article(claim.document_id) + "#" + claim_anchor(claim.id)

    def event(self, event: StoredEvent) -> str:
        return self.article(event.document_id) + "#" + event_anchor(event.id)

    def fact(self, fact: Fact) -> str:
        return "/facts/" + fact_key(fact)

    def article(self, article_id: str) -> str:
        return "/articles/" + quote(article_id, safe="")

    def entry(self, index: int) -> str:
        return f"/timeline#tl-{index}"

    def correct(self, claim: StoredClaim) -> str:
        return f"/claims/{claim.id}/correct"


LINKS = AppLinks()


@lru_cache(maxsize=1)
def templates() -> jinja2.Environment:
    return environment(jinja2.PackageLoader("newsclaims.web", "templates"))


def render(name: str, **context) -> str:
    context.setdefault("charts", {})
    context.setdefault("scripts", [])
    return templates().get_template(name).render(links=LINKS, **context)


def error_page(status: int, code: str, message: str) -> str:
    return render("error.html", title=f"Error {status}", status=status, code=code, message=message)


def views(request: Request) -> Views:
    return request.app.state.views


ViewsDep = Annotated[Views, Depends(views)]


def fact_charts(facts: list[Fact] | tuple[Fact, ...]) -> tuple[dict, dict]:
    """(chart specs by element id, element id by fact key)."""
    specs, ids = {}, {}
    for fact in facts:
        spec = charts.fact_chart(fact, LINKS.claim)
        if spec is not None:
            ids[fact_key(fact)] = f"chart-fact-{fact_key(fact)}"
            specs[ids[fact_key(fact)]] = spec
    return specs, ids


def paged(items: tuple | list, page: int, per_page: int, path: str) -> tuple[tuple | list, str | None, str | None]:
    """(this page's items, previous page's URL, next page's URL); a page past the end is 404."""
    last = max(1, -(-len(items) // per_page))
    if page > last:
        raise NotFound(f"no page {page} (there are {last})")
    shown = items[(page - 1) * per_page: page * per_page]
    return shown, f"{path}?page={page - 1}" if page > 1 else None, f"{path}?page={page + 1}" if page < last else None


# Pages drawn from the snapshot alone are rendered once per change of the data (Views.memo).

@router.get("/")
def overview(v: ViewsDep) -> str:
    return v.memo("overview", lambda data: render("overview.html", title="Overview", data=data, story_link=story_link))


def story_link(story_id: str) -> str:
    return "/stories/" + quote(story_id, safe="")


@router.get("/stories/{story_id}")
def story(story_id: str, v: ViewsDep) -> str:
    found = v.story(story_id)  # an unknown id is a 404 before anything is kept

    def draw(_data) -> str:
        specs, ids = fact_charts(found.facts)
        return render("story.html", title=found.story.label, story=found, charts=specs, chart_ids=ids)

    return v.memo(("story", found.story.id), draw)


@router.get("/facts")
def facts(v: ViewsDep, page: PageQ = 1) -> str:
    def draw(data) -> str:
        shown, prev_url, next_url = paged(data.facts, page, FACTS_PER_PAGE, "/facts")
        specs, ids = fact_charts(shown)
        return render("facts.html", title="Facts", facts=shown, charts=specs, chart_ids=ids,
                      prev_url=prev_url, next_url=next_url)

    return v.memo(("facts", page), draw)


@router.get("/facts/{key}")
def fact(key: str, v: ViewsDep) -> str:
    found = v.fact(key)

    def draw(_) -> str:
        specs, ids = fact_charts([found])
        parts = (found.subject or "(unknown subject)", found.measure, found.counted, found.modality)
        title = " · ".join(str(p) for p in parts if p)
        return render("fact.html", title=title, fact=found, charts=specs, chart_ids=ids)

    return v.memo(("fact", key), draw)


@router.get("/conflicts")
def conflicts(v: ViewsDep) -> str:
    return v.memo("conflicts", lambda data: render("conflicts.html", title="Conflicts", facts=data.conflicts))


@router.get("/timeline")
def timeline(v: ViewsDep) -> str:
    def draw(data) -> str:
        spec = charts.timeline_chart(data.timeline, LINKS.entry)
        specs = {"chart-timeline": spec} if spec else {}
        chart_id = "chart-timeline" if spec else None
        return render("timeline.html", title="Timeline", entries=data.timeline, charts=specs, chart_id=chart_id)

    return v.memo("timeline", draw)


@router.get("/sources")
def sources(v: ViewsDep) -> str:
    return v.memo("sources", lambda data: render("sources.html", title="Sources", rows=data.sources))


@router.get("/articles")
def articles(v: ViewsDep, page: PageQ = 1) -> str:
    def draw(data) -> str:
        shown, prev_url, next_url = paged(data.articles, page, ARTICLES_PER_PAGE, "/articles")
        return render("articles.html", title="Articles", articles=shown, prev_url=prev_url, next_url=next_url)

    return v.memo(("articles", page), draw)


@router.get("/articles/{article_id}")
def article(article_id: str, v: ViewsDep) -> str:
    view = v.article(article_id)
    return render("article.html", title=view.article.title or view.article.uri, view=view)


@router.get("/search")
def search(
    request: Request,
    v: ViewsDep,
    filters: Annotated[SearchFilters, Depends(search_filters)],
    page: PageQ = 1,
) -> str:
    result = v.search(filters, limit=PER_PAGE, offset=(page - 1) * PER_PAGE)
    data = v.data()
    last = max(1, -(-result.total // PER_PAGE))
    return render(
        "search.html", title="Search", filters=filters, result=result, measures=MEASURES,
        outlets=data.overview.outlets,
        subjects=v.memo("subjects", lambda d: sorted({f.subject for f in d.facts if f.subject})),
        sources=[row.source for row in data.sources],
        csv_url=csv_url(request),
        prev_url=page_url(request, page - 1) if page > 1 else None,
        next_url=page_url(request, page + 1) if page < last else None,
    )


@router.get("/add")
def add() -> str:
    """The upload form: files and URLs, sent to POST /api/articles by add.js."""
    return render("add.html", title="Add articles", scripts=["/static/add.js"])


def csv_url(request: Request) -> str:
    """This search, every page of it, as CSV."""
    params = [(k, v) for k, v in request.query_params.multi_items() if k != "page"]
    return "/api/claims.csv" + ("?" + urlencode(params) if params else "")


def page_url(request: Request, page: int) -> str:
    """This search's URL at another page, keeping every filter."""
    params = [(k, v) for k, v in request.query_params.multi_items() if k != "page"]
    return "/search?" + urlencode([*params, ("page", str(page))])


def warm(v: Views) -> None:
    """Draw the pages most asked for (the first page of each list), so that the first visitors
    after a change of the data do not wait for their charts (Views calls this in the background)."""
    for draw in (overview, conflicts, timeline, sources):
        draw(v)
    facts(v, 1)
    articles(v, 1)
