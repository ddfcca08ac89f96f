"""Edit forms: correct an article or a claim from the web app.

``GET /articles/{id}/correct`` and ``GET /claims/{id}/correct`` show a form filled with the
current values; posting it stores one correction per field that changed (who and why are
asked for), recomputes the stored facts and goes back to the article. The forms carry a
CSRF token (an HMAC of the form's path under a secret made when the app starts), so a page
on another site cannot post them; the app also binds to loopback by default.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import secrets
from dataclasses import dataclass
from typing import Annotated

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from ..model import MEASURES, MODALITIES, StoredClaim
from ..pipeline import refresh_facts
from ..store.corrections import CorrectionError
from .errors import ApiError
from .pages import LINKS, render
from .views import Views

router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)


@dataclass(frozen=True)
class Input:
    """One field of an edit form, with its current value as text."""

    name: str
    label: str
    value: str
    kind: str = "text"  # text | date | number | select | checkbox
    choices: tuple[str, ...] = ()


def views(request: Request) -> Views:
    return request.app.state.views


ViewsDep = Annotated[Views, Depends(views)]
Text = Annotated[str, Form()]


def csrf_token(request: Request, path: str) -> str:
    """The token that the form at ``path`` must post back."""
    state = request.app.state
    if getattr(state, "csrf_secret", None) is None:
        state.csrf_secret = secrets.token_bytes(32)
    return hmac.new(state.csrf_secret, path.encode(), hashlib.sha256).hexdigest()


def check_token(request: Request, token: str) -> None:
    if not hmac.compare_digest(token, csrf_token(request, request.url.path)):
        raise ApiError(403, "forbidden", "this form has expired or came from another site; reload it")


# --- articles ------------------------------------------------------------------------------------

def article_inputs(article) -> list[Input]:
    return [
        Input("outlet", "outlet", article.outlet or ""),
        Input("published", "published", _text(article.published), "date"),
        Input("title", "title", article.title or ""),
        Input("story", "story", article.story or ""),
    ]


@router.get("/articles/{article_id}/correct")
def article_form(article_id: str, request: Request, v: ViewsDep) -> str:
    view = v.article(article_id)
    return _form(request, "Correct this article", article_inputs(view.article), back=LINKS.article(article_id))


@router.post("/articles/{article_id}/correct")
async def correct_article(article_id: str, request: Request, v: ViewsDep, by: Text, token: Text,
                          why: Annotated[str, Form()] = "") -> Response:
    check_token(request, token)
    inputs = article_inputs(v.article(article_id).article)
    changes = _changes(inputs, await request.form())
    back = LINKS.article(article_id)
    return _apply(request, v, lambda: v.store.correct_article(article_id, changes, by=by, why=why or None),
                  "Correct this article", inputs, back)


# --- claims --------------------------------------------------------------------------------------

def claim_inputs(stored: StoredClaim) -> list[Input]:
    c = stored.claim
    return [
        Input("value", "figure", _number(c.quantity.value), "number"),
        Input("measure", "measure", c.measure, "select", MEASURES),
        Input("counted", "counted", c.counted or ""),
        Input("subject", "subject", c.subject or ""),
        Input("place", "place", c.place or ""),
        Input("source", "source", c.source or ""),
        Input("via", "via", c.via or ""),
        Input("modality", "modality", c.modality, "select", MODALITIES),
        Input("as_of", "as of", _text(c.as_of), "date"),
        Input("not_a_claim", "not a claim", "", "checkbox"),
    ]


@router.get("/claims/{claim_id}/correct")
def claim_form(claim_id: int, request: Request, v: ViewsDep) -> str:
    stored = v.claim(claim_id)
    return _form(request, f"Correct the claim “{stored.claim.quantity.text}”", claim_inputs(stored),
                 back=LINKS.claim(stored), sentence=stored.claim.sentence)


@router.post("/claims/{claim_id}/correct")
async def correct_claim(claim_id: int, request: Request, v: ViewsDep, by: Text, token: Text,
                        why: Annotated[str, Form()] = "") -> Response:
    check_token(request, token)
    stored = v.claim(claim_id)
    inputs = claim_inputs(stored)
    changes = _changes(inputs, await request.form())
    return _apply(request, v, lambda: v.store.correct_claim(claim_id, changes, by=by, why=why or None),
                  f"Correct the claim “{stored.claim.quantity.text}”", inputs, LINKS.claim(stored))


# --- shared --------------------------------------------------------------------------------------

def _changes(inputs: list[Input], form) -> dict[str, str | None]:
    """The fields whose posted value differs from the current one (a ticked box is a change)."""
    changed = {}
    for field in inputs:
        posted = (form.get(field.name) or "").strip()
        if field.kind == "checkbox":
            if posted:
                changed[field.name] = "true"
        elif posted != field.value:
            changed[field.name] = posted or None
    return changed


def _apply(request: Request, v: Views, correct, title: str, inputs: list[Input], back: str) -> Response:
    try:
        correct()
    except CorrectionError as exc:
        return HTMLResponse(_form(request, title, inputs, back=back, error=str(exc)), status_code=400)
    refresh_facts(v.store, window_days=v.window_days)
    v.invalidate()
    return RedirectResponse(back, status_code=303)


def _form(request: Request, title: str, inputs: list[Input], *, back: str, error: str | None = None,
          sentence: str | None = None) -> str:
    path = request.url.path
    return render("correct.html", title=title, inputs=inputs, action=path, token=csrf_token(request, path),
                  back=back, error=error, sentence=sentence)


def _text(value: dt.date | None) -> str:
    return value.isoformat() if value else ""


def _number(value: float | None) -> str:
    if value is None:
        return ""
    return str(int(value)) if value.is_integer() else repr(value)
