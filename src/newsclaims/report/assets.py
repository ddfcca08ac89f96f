"""The JavaScript and CSS every page needs, read from installed packages and package data.

The Vega, Vega-Lite and vega-embed libraries come bundled from the ``vl-convert-python``
wheel (:func:`vl_convert.javascript_bundle`), so neither the report nor the web app ever
fetches a script from a CDN. Building the bundle takes a few seconds, so it is built once
per process.
"""

from __future__ import annotations

import base64
import hashlib
import re
from functools import lru_cache
from importlib import resources

import vl_convert

VEGA_LITE_VERSION = "6.4"  # matches Altair 6's schema (alt.SCHEMA_VERSION v6.x)
_SCRIPT_END = re.compile(r"</(script)", re.IGNORECASE)


@lru_cache(maxsize=1)
def vega_bundle() -> str:
    """Vega + Vega-Lite + vega-embed as one classic script (sets window.vegaEmbed)."""
    return inline_script(vl_convert.javascript_bundle(vl_version=VEGA_LITE_VERSION))


@lru_cache(maxsize=None)
def static_text(name: str) -> str:
    """A file from this package's ``static/`` folder (style.css, app.js)."""
    return resources.files(__package__).joinpath("static", name).read_text(encoding="utf-8")


def inline_script(code: str) -> str:
    """Code safe to place between <script> tags: ``</script`` cannot end the element early.

    ``<\\/`` means the same as ``</`` inside JavaScript strings and regular expressions,
    the only places such text can occur in script code.
    """
    return _SCRIPT_END.sub(r"<\\/\1", code)


def csp_hash(code: str) -> str:
    """The Content-Security-Policy source expression allowing exactly this inline script."""
    digest = hashlib.sha256(code.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"
