"""The entity a token belongs to, found from the token's own IOB tags.

``next(e for e in doc.ents if e.start <= token.i < e.end)`` builds every entity of the document
on each call: per figure, that made extraction quadratic in the document's length (minutes for
one long scraped page). :func:`entity_at` walks only the tokens of the one entity.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token


def entity_at(token: Token) -> Span | None:
    """The named-entity span holding ``token`` (labelled), or None when it is in none."""
    if token.ent_iob_ not in ("B", "I") or not token.ent_type_:
        return None
    doc, start, end = token.doc, token.i, token.i + 1
    while doc[start].ent_iob_ == "I" and start > 0 and doc[start - 1].ent_type == token.ent_type:
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return Span(doc, start, end, label=token.ent_type_)


def words(doc: Doc) -> frozenset[str]:
    """Every word of ``doc`` in lower case, as written and as its lemma, computed once per doc.

    Rules that ask "does the article speak of X anywhere?" (an outbreak, captives, a court) once
    per figure scanned the whole document each time: quadratic in its length. The set is kept
    in ``doc.user_data``, which lives and dies with the parse."""
    found = doc.user_data.get(_WORDS)
    if found is None:
        found = frozenset(t.lower_ for t in doc) | frozenset(t.lemma_.lower() for t in doc)
        doc.user_data[_WORDS] = found
    return found


_WORDS = ("newsclaims", "words")
