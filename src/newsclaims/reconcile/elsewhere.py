"""Figures about another event: kept as claims, never joined to the story's facts.

A story's article often cites figures of other events: an earlier disaster ("the 1976 floods
killed at least 9,000"), a comparison ("the deadliest since ..., when 15,000 died"), a teaser
for another story at the foot of the page. Extraction marks such a claim
(``Claim.other_event``, :mod:`newsclaims.extract.claims.elsewhere`): ``"comparison"``,
``"teaser"``, or ``"earlier:<ISO date>"`` (the last day of the earlier period its clause names).
Here a claim is another event's (:func:`other_event`) when

- it is marked a comparison or a teaser;
- it is marked earlier, or its stated as-of date is earlier, by more than :data:`EARLIER_DAYS`
  before its story's first publication date (its own article's when the story's are unknown):
  figures of a war's first months stay in the war's story, a quake 63 years back does not.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from ..model import StoredClaim

EARLIER_DAYS = 365
EARLIER = "earlier:"


def split(claims: Sequence[StoredClaim]) -> tuple[list[StoredClaim], list[StoredClaim]]:
    """(the stories' own claims, claims about another event)."""
    starts = story_starts(claims)
    own, other = [], []
    for stored in claims:
        (other if other_event(stored, starts.get(stored.story or "")) else own).append(stored)
    return own, other


def story_starts(claims: Iterable[StoredClaim]) -> dict[str, dt.date]:
    """Each story's first publication date ("" for claims without a story)."""
    starts: dict[str, dt.date] = {}
    for stored in claims:
        story = stored.story or ""
        if stored.published and (story not in starts or stored.published < starts[story]):
            starts[story] = stored.published
    return starts


def other_event(stored: StoredClaim, story_start: dt.date | None) -> bool:
    """Whether the claim's figure is about another event (module doc)."""
    claim = stored.claim
    marker = getattr(claim, "other_event", None) or ""
    if marker and not marker.startswith(EARLIER):
        return True
    start = story_start or stored.published
    if start is None:
        return False
    limit = start - dt.timedelta(days=EARLIER_DAYS)
    named = _date(marker.removeprefix(EARLIER)) if marker else None
    stated = claim.as_of if claim.as_of_basis == "stated" else None
    return any(day is not None and day < limit for day in (named, stated))


def _date(text: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        return None
