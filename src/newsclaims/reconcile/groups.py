"""Which claims are one fact: the key (story, subject, place, measure, counted, modality, unit).

- **Story**: a fact never crosses stories; claims stored before stories existed (story
  ``None``) are one story together.
- **Subject** by name after spelling variants and aliases (:mod:`.sources`), a capital
  standing for its country (:mod:`.bodies`).
- **Place** (:func:`place_key`): the part of the subject a figure is for, compared without
  case, a leading article or possessive ("the capital" = "Capital"; "his district" =
  "district"); ``None`` (the whole) never meets a place, so a national toll never holds a
  city's figure.
- **Counted** by class (:mod:`.counted`): "troops" and "soldiers" meet, "laborers" and
  "engineers" do not. Claims whose noun names only the measure ("600 deaths", "4,700
  casualties") join the one specific group of the same key but counted, when there is exactly
  one (:func:`join_generic`). For counts of harm to people (:data:`PEOPLE_MEASURES`) a claim
  counting plain "people" joins the one group of a more specific kind of people beside it when
  one of its figures overlaps one of that group's ("600 people" and "about 600 soldiers" killed
  are the same people; "300 people" and "5 rescuers" are not) (:func:`join_people`).
- **Modality**: "reported" and "estimated" are one group (both assert an actual figure);
  "projected" and "denied" stay apart.
- **Unit**: percentages and fractions are one unit, shares (:func:`as_percent` turns "more than
  half" into more than 50 %); shares never meet plain counts, nor other units.
- **Nothing said to count**: a figure of measure ``other`` with no counted noun ("All but four
  were released", "a 3-pointer", "$300 million") says neither what happened nor to what, so
  nothing shows that another such figure counts the same thing: each is a fact of its own
  (on a real mixed feed, scores, prices and page numbers of one subject were otherwise judged
  "conflicting" with each other).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import replace
from typing import NamedTuple

from ..model import MEASURES, PEOPLE_MEASURES, StoredClaim
from . import counted as counted_nouns
from .bodies import describe
from .intervals import of_quantity
from .sources import Names, key

MODALITY_GROUPS = {"reported": "reported", "estimated": "reported", "projected": "projected", "denied": "denied"}
#: words that count people without saying which people
UMBRELLA = frozenset({"person", "people", "persons", "individual", "individuals"})
_LEADING = frozenset({"the", "a", "an", "its", "his", "her", "their", "our", "this", "that"})


class Key(NamedTuple):
    story: str  # story id ("" for claims stored before stories)
    subject: str  # subject key ("" when unknown)
    place: str  # place key ("" for the whole)
    measure: str
    counted: str  # counted class ("" when the noun names only the measure)
    modality: str  # modality group
    unit: str  # "" for plain counts
    alone: int = 0  # the claim's id when it is a fact of its own (nothing said to count), else 0


def group(claims: Iterable[StoredClaim], subjects: Names) -> dict[Key, list[StoredClaim]]:
    """Claims by key (module doc), generic nouns and plain people joined where they belong."""
    groups: dict[Key, list[StoredClaim]] = defaultdict(list)
    for stored in claims:
        stored = as_percent(stored)
        claim = stored.claim
        counted = counted_nouns.normalise(claim.counted) or ""
        groups[Key(
            stored.story or "",
            subject_key(claim.subject, subjects),
            place_key(claim.place),
            claim.measure,
            counted,
            MODALITY_GROUPS.get(claim.modality, claim.modality),
            claim.quantity.unit or "",
            stored.id if claim.measure == "other" and not counted else 0,  # nothing said to count
        )].append(stored)
    return join_generic(join_people(groups))


def subject_key(name: str | None, subjects: Names) -> str:
    """A subject's key; a capital stands for its country ("Pyongyang" -> North Korea)."""
    if not name:
        return ""
    owner, _kind, bare = describe(key(name))
    return subjects.canonical(owner if bare and owner else name)


def place_key(place: str | None) -> str:
    """A place compared without case, a leading article or possessive ("The capital" -> "capital")."""
    words = key(place).split() if place else []
    while words and words[0] in _LEADING:
        words = words[1:]
    return " ".join(words)


def as_percent(stored: StoredClaim) -> StoredClaim:
    """A share written as a fraction ("more than half") as a percentage (more than 50 %)."""
    q = stored.claim.quantity
    if q.unit != "fraction":
        return stored

    def scaled(x: float | None) -> float | None:
        return None if x is None else round(x * 100, 6)

    quantity = replace(q, value=scaled(q.value), low=scaled(q.low), high=scaled(q.high), unit="percent")
    return replace(stored, claim=replace(stored.claim, quantity=quantity))


def join_generic(groups: dict[Key, list[StoredClaim]]) -> dict[Key, list[StoredClaim]]:
    """Claims counting only the measure ("600 deaths") join the one specific group beside them."""
    for generic in [k for k in groups if not k.counted]:
        specific = [k for k in groups if k.counted and k._replace(counted="") == generic]
        if len(specific) == 1:
            groups[specific[0]].extend(groups.pop(generic))
    return groups


def join_people(groups: dict[Key, list[StoredClaim]]) -> dict[Key, list[StoredClaim]]:
    """Plain "people" harmed join the one more specific kind of people beside them, when the
    figures overlap (module doc)."""
    for people in [k for k in groups if k.counted == "person" and k.measure in PEOPLE_MEASURES]:
        umbrella = [c for c in groups[people] if _umbrella(c.claim.counted)]
        kinds = [k for k in groups if k != people and k.counted and k._replace(counted="person") == people
                 and _human(k.counted)]
        if len(kinds) != 1 or not umbrella or not _overlap(umbrella, groups[kinds[0]]):
            continue
        groups[kinds[0]].extend(umbrella)
        rest = [c for c in groups[people] if not _umbrella(c.claim.counted)]
        if rest:
            groups[people] = rest
        else:
            del groups[people]
    return groups


def _umbrella(counted: str | None) -> bool:
    words = (counted or "").lower().split()
    return bool(words) and words[-1] in UMBRELLA


def _human(label: str) -> bool:
    """A class of people (soldiers, children, workers ...), not of things."""
    return label in _PEOPLE_CLASSES or label.endswith(_PEOPLE_ENDINGS)


_PEOPLE_CLASSES = frozenset({"soldier", "child", "worker", "police officer"})
_PEOPLE_ENDINGS = ("er", "or", "ist", "ian", "man", "men")  # rescuer, survivor, journalist, civilian


def _overlap(some: list[StoredClaim], others: list[StoredClaim]) -> bool:
    return any(of_quantity(a.claim.quantity).overlaps(of_quantity(b.claim.quantity)) for a in some for b in others)


def order(key: Key) -> tuple:
    """Facts in order: story, subject, the whole before its places, measure (MEASURES order) ..."""
    measure = MEASURES.index(key.measure) if key.measure in MEASURES else len(MEASURES)
    return (key.story, key.subject, measure, key.place, key.counted, key.modality, key.unit)
