"""The FastAPI application: pages, JSON API, static assets, security headers.

The app serves its own copies of the CSS, the page script and the Vega bundle (from the
``vl-convert-python`` wheel), so it works without network access. Every response carries a
Content-Security-Policy that allows scripts and styles from this server only (Vega compiles
chart expressions with ``new Function``, hence 'unsafe-eval'; vega-embed injects its
tooltip style, hence inline styles), and forbids framing. Interactive API docs (/docs) are
Swagger UI served from this app too (:mod:`newsclaims.web.docs`); the schema is at /openapi.json.
"""

from __future__ import annotations

import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI, Request, Response

from .. import __version__
from ..report import assets
from ..store import Store
from . import api, assets as web_assets, corrections, docs, errors, exports, pages
from .guard import DEFAULT_MAX_BODY, LOOPBACK_HOSTS, Guard
from .views import Views

CSP = (
    "default-src 'self'; script-src 'self' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
)
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    # "same-origin", not "no-referrer": under no-referrer a browser sends "Origin: null" with the
    # app's own form posts, which the cross-site guard must refuse; no referrer ever leaves the site.
    "Referrer-Policy": "same-origin",
    "X-Frame-Options": "DENY",
}
STATIC = {  # name -> (media type, text)
    "style.css": ("text/css", lambda: assets.static_text("style.css")),
    "app.js": ("text/javascript", lambda: assets.static_text("app.js")),
    "vega.js": ("text/javascript", assets.vega_bundle),
    **web_assets.STATIC,
}


def create_app(
    url: str, *, allow_private: bool = False, window_days: int = 14, allowed_hosts: tuple[str, ...] = (),
    max_body: int = DEFAULT_MAX_BODY,
) -> FastAPI:
    """The web app over the store at ``url``. ``allow_private`` lets URL uploads reach
    loopback, private and link-local addresses (off by default). The app answers for the
    loopback names and ``allowed_hosts`` only, refuses cross-site state-changing requests and
    request bodies over ``max_body`` bytes (:mod:`newsclaims.web.guard`)."""
    store = Store(url)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        threading.Thread(target=app.state.views.data, daemon=True).start()  # the data and pages, ready early
        yield
        store.close()

    app = FastAPI(
        lifespan=lifespan,
        title="newsclaims",
        version=__version__,
        description="Who claims what, when, and who disagrees - across the news.",
        docs_url=None,
        redoc_url=None,
    )
    app.state.views = Views(store, window_days=window_days, warm=pages.warm)
    app.state.allow_private = allow_private
    app.include_router(exports.router)
    app.include_router(api.router)
    app.include_router(pages.router)
    app.include_router(corrections.router)
    app.add_api_route("/static/{name}", static, methods=["GET"], include_in_schema=False)
    app.add_api_route("/docs", docs.page, methods=["GET"], include_in_schema=False)
    app.middleware("http")(security_headers)
    app.add_middleware(Guard, allowed_hosts=(*LOOPBACK_HOSTS, *allowed_hosts), max_body=max_body)
    errors.install(app, pages.error_page)
    return app


async def security_headers(request: Request, call_next) -> Response:
    """Add the security headers to every response (a handler may set its own)."""
    response = await call_next(request)
    for header, value in SECURITY_HEADERS.items():
        response.headers.setdefault(header, value)
    return response


def static(name: str) -> Response:
    """The CSS, the page script and the Vega bundle; cached by the browser for an hour."""
    if name not in STATIC:
        raise errors.ApiError(404, "not_found", f"no static file {name!r}")
    media_type, text = STATIC[name]
    return Response(text(), media_type=media_type, headers={"Cache-Control": "public, max-age=3600"})
