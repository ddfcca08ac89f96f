"""One timeline per story: events that tell the same happening merged, in date order.

Events of different stories are never merged (two quakes on one day are two happenings);
events without a story (stored before stories) are one story together. Entries of all stories
are returned in one date order; each entry's events are of one story.

Merge rule. Two events tell the same happening when all three hold:

1. **Same kind of action**: their action lemmas name the same kind of happening
   (:func:`newsclaims.extract.events.kind`: "award" and "ceremony" are both a ceremony,
   "invade" and "offensive" both an offensive).
2. **Compatible dates at their precision**: the date ranges overlap, so "June 2024" meets
   "2024" and "2024-06-19"; two day-precise dates may differ by :data:`DAY_SLACK` day, because
   outlets date one happening by its local day or by the day it was reported.
3. **Related**: they share a (canonical) entity or a capitalised word of their sentences
   ("Kursk"; compared by their first :data:`STEM` letters, so "Philippine" meets "Philippines"
   and "Ukrainian" meets "Ukraine"), or their summaries read alike (rapidfuzz token-set ratio >= :data:`SIMILAR`);
   or, with nothing to compare, both are dated to the day and one of them names no entity
   ("marched on Saturday" and "Saturday's protest"). Two events naming only different
   entities are never merged on dates alone.

Events are taken most precise first; each joins the group it is most related to (through any
member) among those of its kind whose every member's date it is compatible with, so a vague "in 2024" cannot
chain two different happenings of that year together. Each entry takes its date from its most
precise events, its action and summary from the most representative of them
(:func:`_representative`), and lists every event, hence every source. A date a fuzzy part
narrows ("late 2024": September to December) is shown as the ISO 8601 interval it means
("2024-09/2024-12", precision month), so that it reads in its place in the order. Entries are
ordered by ``date_start`` (then the end of the range, then the action); events without a date
never reach this stage (:mod:`newsclaims.extract.events` drops them).
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Sequence

from rapidfuzz import fuzz

from ..extract.events import WEAK_ACTIONS, date_range, kind
from ..model import Event, StoredEvent, TimeExpression, TimelineEntry

DAY_SLACK = 1
SIMILAR = 60
STEM = 5
_CALENDAR_WORDS = re.compile(
    r"^(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|A|An|In|On|At|It|He|She|They|But)$")

__all__ = ["build", "same_happening"]


def build(events: Sequence[StoredEvent]) -> list[TimelineEntry]:
    """Merge events telling the same happening within each story (see the module docstring) and
    order them by date."""
    stories: dict[str, list[StoredEvent]] = {}
    for stored in events:
        stories.setdefault(stored.story or "", []).append(stored)
    entries = [_entry(group) for told in stories.values() for group in _merged(told)]
    return sorted(entries, key=lambda e: (e.date_start, e.date_end, e.action))


def _merged(events: Sequence[StoredEvent]) -> list[list[StoredEvent]]:
    """One story's events grouped by happening."""
    groups: list[list[StoredEvent]] = []
    for stored in sorted(events, key=_precision_order):
        group = _best_group(stored, groups)
        if group is None:
            groups.append([stored])
        else:
            group.append(stored)
    return groups


def same_happening(a: StoredEvent, b: StoredEvent) -> bool:
    """True when ``a`` and ``b`` tell one happening (rules 1-3 of the module docstring)."""
    return (a.story or "") == (b.story or "") and kind(a.event.action) == kind(b.event.action) \
        and _dates_compatible(a, b) and _related(a, b) > 0


def _precision_order(stored: StoredEvent) -> tuple:
    event = stored.event
    return (event.date_end - event.date_start).days, event.date_start, stored.document, event.sentence_start


def _best_group(stored: StoredEvent, groups: list[list[StoredEvent]]) -> list[StoredEvent] | None:
    scored = [(max(_related(stored, member) for member in group), i) for i, group in enumerate(groups)
              if kind(stored.event.action) == kind(group[0].event.action)
              and all(_dates_compatible(stored, member) for member in group)]
    scored = [(score, i) for score, i in scored if score > 0]
    return groups[max(scored)[1]] if scored else None


def _dates_compatible(a: StoredEvent, b: StoredEvent) -> bool:
    x, y = a.event, b.event
    if x.date_start == x.date_end and y.date_start == y.date_end:
        return abs((x.date_start - y.date_start).days) <= DAY_SLACK
    return x.date_start <= y.date_end and y.date_start <= x.date_end


def _related(a: StoredEvent, b: StoredEvent) -> float:
    """How strongly two events look alike: 0 when nothing ties them together."""
    x, y = a.event, b.event
    shared = len(set(x.entities) & set(y.entities))
    words = len(_capitalised(x.sentence) & _capitalised(y.sentence))
    similarity = fuzz.token_set_ratio(x.summary.lower(), y.summary.lower())
    if shared or words or similarity >= SIMILAR:
        return shared * 2 + words * 0.5 + similarity / 100
    one_day = x.date_start == x.date_end and y.date_start == y.date_end
    return 0.1 if one_day and not (x.entities and y.entities) else 0.0


def _capitalised(sentence: str) -> set[str]:
    """Capitalised words after the first (names and places, not calendar words), cut to their
    first :data:`STEM` letters: a name and its adjective ("Ukraine", "Ukrainian") meet."""
    words = re.findall(r"\b[A-Z][\w’'-]+", sentence)[1:]
    return {w[:STEM].lower() for w in words if not _CALENDAR_WORDS.match(w)}


def _entry(group: list[StoredEvent]) -> TimelineEntry:
    width = min(_width(s) for s in group)
    precise = [s.event for s in group if _width(s) == width]
    told = _representative(precise)
    entities = Counter(name for s in group for name in s.event.entities)
    first, last = min(e.date_start for e in precise), max(e.date_end for e in precise)
    return TimelineEntry(
        **_shown(told.date, told.granularity, first, last), date_start=first, date_end=last,
        action=told.action, summary=told.summary,
        entities=tuple(name for name, _ in entities.most_common()),
        events=tuple(sorted(group, key=lambda s: (s.published or dt.date.max, s.document, s.id))),
    )


def _shown(date: str, granularity: str, first: dt.date, last: dt.date) -> dict[str, str]:
    """The date as told, or the interval a fuzzy part narrowed it to ("late 2024" -> 2024-09/2024-12)."""
    whole = date_range(TimeExpression(text=date, start=0, end=0, type="DATE", value=date, granularity=granularity))
    if whole is None or whole == (first, last) or not (whole[0] <= first and last <= whole[1]):
        return {"date": date, "granularity": granularity}
    if first.day == 1 and (last + dt.timedelta(days=1)).day == 1:
        return {"date": f"{first:%Y-%m}/{last:%Y-%m}", "granularity": "month"}
    return {"date": f"{first.isoformat()}/{last.isoformat()}", "granularity": "day"}


def _representative(precise: list[Event]) -> Event:
    """The event whose action and summary an entry shows: the most told action, then a strong one
    (not one of :data:`~newsclaims.extract.events.WEAK_ACTIONS`), then one told in a sentence of
    prose (captions and headlines end without a full stop), then the fullest summary."""
    actions = Counter(e.action for e in precise)
    return max(precise, key=lambda e: (actions[e.action], e.action not in WEAK_ACTIONS,
                                       e.sentence.rstrip()[-1:] in ".!?\"”’'", len(e.summary)))


def _width(stored: StoredEvent) -> int:
    return (stored.event.date_end - stored.event.date_start).days
