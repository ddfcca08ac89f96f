"""The JSON API under ``/api``: every page's data, claim search, and adding articles.

Records are the model's dataclasses, so the OpenAPI schema (``/openapi.json``) documents them
field by field. Errors use one shape (:mod:`newsclaims.web.errors`).
"""

from __future__ import annotations

import dataclasses
import re
import tempfile
from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, Depends, File, Form, Query, Request, Response, UploadFile
from pydantic import BaseModel

from .. import ingest, pipeline, records
from ..reconcile.records import fact_record
from ..ingest import redact
from ..errors import InputError
from ..model import Article, Fact, RawDocument, Skipped, TimelineEntry
from ..report.data import ArticleView, Overview, SourceRow, fact_key
from .errors import ERROR_RESPONSES, ApiError
from .params import OffsetQ, search_filters
from .views import ClaimPage, SearchFilters, Views

router = APIRouter(prefix="/api", tags=["api"], responses=ERROR_RESPONSES)
UPLOAD_CHUNK = 1 << 16
MAX_LIST = 1000  # items of one answer of /api/facts or /api/articles
_UNSAFE_NAME = re.compile(r"[^A-Za-z0-9._-]+")
_HTTP_URL = re.compile(r"^https?://[^\s/]", re.IGNORECASE)


class FactEntry(BaseModel):
    """A fact with its key (for /api/facts/{key} and the /facts/{key} page)."""

    key: str
    fact: Fact


class ArticleSummary(BaseModel):
    id: str
    uri: str
    title: str | None
    outlet: str | None
    published: str | None
    claims: int
    words: int


class AddResult(BaseModel):
    """What adding articles did: ids added, ids already stored, sources skipped (with why)."""

    added: list[str]
    unchanged: list[str]
    skipped: list[Skipped]


def views(request: Request) -> Views:
    return request.app.state.views


ViewsDep = Annotated[Views, Depends(views)]


def entry(fact: Fact) -> FactEntry:
    return FactEntry(key=fact_key(fact), fact=fact)


@router.get("/overview", response_model=Overview)
def overview(v: ViewsDep) -> Overview:
    return v.data().overview


@router.get("/stories")
def stories(v: ViewsDep) -> list[dict]:
    """The stories, largest and most contested first (fields as `newsclaims stories`)."""
    return [records.story(s.story, len(s.facts), s.conflicts) for s in v.data().stories]


@router.get("/stories/{story_id}")
def story(story_id: str, v: ViewsDep) -> dict:
    """One story with its facts (from its own claims only, tolls first)."""
    found = v.story(story_id)
    return {**records.story(found.story, len(found.facts), found.conflicts),
            "facts": [{"key": fact_key(f), **fact_record(f)} for f in found.facts]}


LimitQ = Annotated[int, Query(ge=1, le=MAX_LIST, description=f"at most this many (up to {MAX_LIST})")]


@router.get("/facts", response_model=list[FactEntry])
def facts(v: ViewsDep, limit: LimitQ = MAX_LIST, offset: OffsetQ = 0) -> list[FactEntry]:
    """Facts in the report's order, ``limit`` at a time from ``offset``."""
    return [entry(f) for f in v.data().facts[offset:offset + limit]]


@router.get("/facts/{key}", response_model=FactEntry)
def fact(key: str, v: ViewsDep) -> FactEntry:
    return entry(v.fact(key))


@router.get("/conflicts", response_model=list[FactEntry])
def conflicts(v: ViewsDep) -> list[FactEntry]:
    return [entry(f) for f in v.data().conflicts]


@router.get("/timeline", response_model=list[TimelineEntry])
def timeline(v: ViewsDep) -> tuple[TimelineEntry, ...]:
    return v.data().timeline


@router.get("/sources", response_model=list[SourceRow])
def sources(v: ViewsDep) -> tuple[SourceRow, ...]:
    return v.data().sources


@router.get("/articles", response_model=list[ArticleSummary])
def articles(v: ViewsDep, limit: LimitQ = MAX_LIST, offset: OffsetQ = 0) -> list[ArticleSummary]:
    """Articles in publication order, ``limit`` at a time from ``offset``."""
    return [summary(view.article, len(view.claims)) for view in v.data().articles[offset:offset + limit]]


@router.get("/articles/{article_id}", response_model=ArticleView)
def article(article_id: str, v: ViewsDep) -> ArticleView:
    return v.article(article_id)


@router.get("/claims", response_model=ClaimPage)
def claims(
    v: ViewsDep,
    filters: Annotated[SearchFilters, Depends(search_filters)],
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    offset: OffsetQ = 0,
) -> ClaimPage:
    """Claims whose sentence matches the filters, a page at a time (``total`` counts all)."""
    return v.search(filters, limit=limit, offset=offset)


@router.post("/articles", response_model=AddResult, status_code=201)
def add_articles(
    request: Request,
    response: Response,
    v: ViewsDep,
    files: Annotated[list[UploadFile], File(description="article files (.txt, .html, .jsonl, ...)")] = [],  # noqa: B006
    urls: Annotated[list[str], Form(description="http(s) URLs of articles")] = [],  # noqa: B006
) -> AddResult:
    """Analyse uploaded files and URLs into the store. URLs must be http(s); private, loopback
    and link-local addresses are refused unless the server was started with allow_private.
    Answers 201 when something was added, 200 when everything was already stored, 422 when
    no source could be used."""
    if not files and not urls:
        raise ApiError(422, "no_sources", "give at least one file or url")
    options = pipeline.Options(allow_private=request.app.state.allow_private, workers=1)
    with v.adding, tempfile.TemporaryDirectory(prefix="newsclaims-upload-") as tmp:
        documents, unread = read_uploads(files, Path(tmp), options.max_bytes)
        fetched, refused = fetch_urls(urls, options)
        result = pipeline.analyze([*documents, *fetched], v.store, options)
    v.invalidate()
    skipped = [redact.skipped(s) for s in (*unread, *refused, *result.skipped)]  # no credentials echoed
    if not result.added and not result.unchanged:
        raise ApiError(422, "no_usable_source", "; ".join(f"{s.uri}: {s.reason}" for s in skipped) or "nothing found")
    if not result.added:
        response.status_code = 200
    return AddResult(added=result.added, unchanged=result.unchanged, skipped=skipped)


def fetch_urls(urls: list[str], options: pipeline.Options) -> tuple[list[RawDocument], list[Skipped]]:
    """Fetch each http(s) URL. Anything else is refused without being looked at: the API never
    reads the server's own files, so a path (or a ``file:`` URL) gets the same answer whether or
    not it exists."""
    fetched: list[RawDocument] = []
    refused: list[Skipped] = []
    for url in urls:
        if not _HTTP_URL.match(url):
            refused.append(Skipped(url[:200], "not an http(s) URL: the API adds only uploaded files and http(s) URLs (scheme refused)"))
            continue
        try:
            fetched.append(ingest.fetch(url, max_bytes=options.max_bytes, allow_private=options.allow_private))
        except InputError as exc:
            refused.append(Skipped(url[:200], str(exc)))
    return fetched, refused


def read_uploads(files: list[UploadFile], folder: Path, max_bytes: int) -> tuple[list[RawDocument], list[Skipped]]:
    """Read uploaded files with the same readers as the CLI; each document is known by
    ``upload:<file name>`` (``#L<n>`` for a JSONL line), never by the temporary path."""
    documents: list[RawDocument] = []
    unread: list[Skipped] = []
    for index, upload in enumerate(files):
        path = save_upload(upload, folder, index, max_bytes)
        name = f"upload:{upload.filename or path.name}"
        for item in ingest.read(str(path), max_bytes=max_bytes):
            if isinstance(item, Skipped):
                unread.append(Skipped(item.uri.replace(str(path), name), item.reason.replace(str(path), name)))
            else:
                documents.append(dataclasses.replace(item, uri=item.uri.replace(str(path), name)))
    return documents, unread


def save_upload(upload: UploadFile, folder: Path, index: int, max_bytes: int) -> Path:
    """Write an upload to ``folder/<index>/<safe name>``, at most max_bytes + 1 bytes (enough
    for the reader to see it is too large)."""
    name = _UNSAFE_NAME.sub("_", Path(upload.filename or "").name).lstrip(".") or "upload.txt"
    path = folder / str(index) / name
    path.parent.mkdir()
    left = max_bytes + 1
    with path.open("wb") as out:
        while left > 0 and (chunk := upload.file.read(min(UPLOAD_CHUNK, left))):
            out.write(chunk)
            left -= len(chunk)
    return path


def summary(article: Article, claims: int) -> ArticleSummary:
    return ArticleSummary(
        id=article.id, uri=article.uri, title=article.title, outlet=article.outlet,
        published=article.published.isoformat() if article.published else None, claims=claims, words=article.words,
    )
