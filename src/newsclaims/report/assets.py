"""The JavaScript and CSS every page needs, read from installed packages and package data.

The Vega, Vega-Lite and vega-embed libraries come bundled from the ``vl-convert-python``
wheel (:func:`vl_convert.javascript_bundle`), so neither the report nor the web app ever
fetches a script from a CDN. Building the bundle takes seconds (5-15 s), so it is built once
per process and kept in a cache file (``$XDG_CACHE_HOME/newsclaims``, else ``~/.cache/newsclaims``,
named by the wheel's version; ``NEWSCLAIMS_CACHE`` overrides the folder). A cache that
cannot be written is skipped silently: it only saves time.
"""

from __future__ import annotations

import base64
import hashlib
import os
import re
import tempfile
from functools import lru_cache
from importlib import metadata, resources
from pathlib import Path

import vl_convert

VEGA_LITE_VERSION = "6.4"  # matches Altair 6's schema (alt.SCHEMA_VERSION v6.x)
BUNDLE_MARKER = "window.vegaEmbed="  # the bundle's last statement, so a complete bundle has it
_SCRIPT_END = re.compile(r"</(script)", re.IGNORECASE)


@lru_cache(maxsize=1)
def vega_bundle() -> str:
    """Vega + Vega-Lite + vega-embed as one classic script (sets window.vegaEmbed)."""
    path = cache_dir() / f"vega-bundle-{metadata.version('vl-convert-python')}-{VEGA_LITE_VERSION}.js"
    try:
        cached = path.read_text(encoding="utf-8")
        if BUNDLE_MARKER in cached:  # a cache from something else is rebuilt, not trusted
            return cached
    except (OSError, UnicodeDecodeError):
        pass
    code = inline_script(vl_convert.javascript_bundle(vl_version=VEGA_LITE_VERSION))
    _save(path, code)
    return code


def cache_dir() -> Path:
    if os.environ.get("NEWSCLAIMS_CACHE"):
        return Path(os.environ["NEWSCLAIMS_CACHE"])
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "newsclaims"


def _save(path: Path, text: str) -> None:
    """Write atomically (a rename), so a parallel process never reads half a file."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=path.parent, delete=False, suffix=".tmp") as tmp:
            tmp.write(text)
        os.replace(tmp.name, path)
    except OSError:
        pass


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
