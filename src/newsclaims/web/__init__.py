"""The web app: the report's views as pages, a JSON API with its OpenAPI schema, and
adding articles over HTTP.

    >>> from newsclaims import web
    >>> web.serve("newsclaims.db")          # http://127.0.0.1:8000/

It binds 127.0.0.1 unless told otherwise: the app has no authentication, and adding
articles by URL makes the server fetch pages.
"""

from __future__ import annotations

from .app import create_app

__all__ = ["create_app", "serve"]

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000
WILDCARDS = ("0.0.0.0", "::", "")


def serve(
    url: str, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT, allow_private: bool = False, *, window_days: int = 14,
    allowed_hosts: tuple[str, ...] = (),
) -> None:
    """Run the app with uvicorn until interrupted. The app answers for the loopback names, the
    address it binds (unless a wildcard) and ``allowed_hosts``."""
    import uvicorn

    bound = () if host in WILDCARDS else (host,)
    app = create_app(url, allow_private=allow_private, window_days=window_days, allowed_hosts=(*bound, *allowed_hosts))
    uvicorn.run(app, host=host, port=port)
