"""newsclaims: who claims what, when, and who disagrees - across the news.

The public surface is small; everything else lives in modules a reader can ignore::

    from newsclaims import Store, analyze, extract, facts
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

__version__ = "0.1.0"

# name -> module that defines it; imported on first use so `import newsclaims` stays cheap
_EXPORTS = {
    "analyze": "newsclaims.pipeline",
    "Options": "newsclaims.pipeline",
    "Store": "newsclaims.store",
    "extract": "newsclaims.extract",
    "facts": "newsclaims.reconcile",
    "Article": "newsclaims.model",
    "Claim": "newsclaims.model",
    "Fact": "newsclaims.model",
    "NewsclaimsError": "newsclaims.errors",
}
__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        return getattr(import_module(_EXPORTS[name]), name)
    raise AttributeError(f"module 'newsclaims' has no attribute {name!r}")
