"""Named entities and aliases defined in the text. (stub)"""

from __future__ import annotations

from spacy.tokens import Doc


def aliases(doc: Doc) -> list[tuple[str, str]]:
    return []
