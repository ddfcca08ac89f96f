"""The web app's own static files, and Swagger UI's, served under ``/static/``.

Swagger UI's files come from the ``fastapi-offline`` wheel (its ``static/`` folder), so
``/docs`` works offline; the app's scripts (the Swagger UI starter, the upload form) are
files in this package's ``static/`` folder, never inline scripts, so the
Content-Security-Policy needs no exception.
"""

from __future__ import annotations

from functools import cache
from importlib import resources


@cache
def swagger_file(name: str) -> str:
    """A file of the Swagger UI distribution (``swagger-ui-bundle.js``, ``swagger-ui.css``)."""
    return resources.files("fastapi_offline").joinpath("static", name).read_text(encoding="utf-8")


@cache
def own_file(name: str) -> str:
    """A file of the web app's own ``static/`` folder."""
    return resources.files(__package__).joinpath("static", name).read_text(encoding="utf-8")


STATIC = {  # name -> (media type, text)
    "swagger-ui-bundle.js": ("text/javascript", lambda: swagger_file("swagger-ui-bundle.js")),
    "swagger-ui.css": ("text/css", lambda: swagger_file("swagger-ui.css")),
    "docs.js": ("text/javascript", lambda: own_file("docs.js")),
    "add.js": ("text/javascript", lambda: own_file("add.js")),
}
