"""Interactive API docs at ``/docs``: Swagger UI over ``/openapi.json``, served by this app
(:mod:`newsclaims.web.assets`), never from a CDN. The page starts Swagger UI from a script
file (``docs.js``), not an inline script, so the Content-Security-Policy stays strict.
"""

from __future__ import annotations

from fastapi.responses import HTMLResponse

PAGE = """<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>newsclaims API</title>
<link rel="stylesheet" href="/static/swagger-ui.css">
<link rel="icon" href="data:,">
</head>
<body>
<div id="swagger-ui" data-openapi="/openapi.json"></div>
<script src="/static/swagger-ui-bundle.js"></script>
<script src="/static/docs.js"></script>
</body>
</html>
"""


def page() -> HTMLResponse:
    """The Swagger UI page over /openapi.json."""
    return HTMLResponse(PAGE)
