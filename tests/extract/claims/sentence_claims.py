"""Claims of one short test sentence: the helpers every test module of this folder shares.

``claims_of`` parses ``text`` as a whole article published on ``published``; ``with_times`` also
hands extraction the text's time expressions (as-of dates, other events), which most rules do not
need. ``claim_of`` is the one claim whose number reads ``figure``.
"""

from __future__ import annotations

import datetime as dt

from newsclaims.extract import claims, time as timex
from newsclaims.model import Article, Claim

PUBLISHED = dt.date(2026, 5, 4)


def claims_of(nlp, text: str, *, published: dt.date = PUBLISHED, with_times: bool = False) -> list[Claim]:
    article = Article(id="t", uri="t", text=text, title=None, outlet=None, published=published,
                      published_basis="metadata", published_confidence=1.0)
    doc = nlp(text)
    return claims.extract(doc, article, timex.extract(doc, published) if with_times else [])


def claim_of(nlp, text: str, figure: str, **options) -> Claim:
    found = claims_of(nlp, text, **options)
    matching = [c for c in found if c.quantity.text == figure]
    assert len(matching) == 1, [(c.quantity.text, c.measure, c.subject, c.source) for c in found]
    return matching[0]
