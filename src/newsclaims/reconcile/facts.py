"""Stored claims -> facts: grouped, merged into assertions, judged, bounded.

**Grouping.** A fact is (subject, measure, counted, modality, unit):

- the subject by name after spelling variants and aliases (:mod:`.sources`), a capital
  standing for its country (:mod:`.bodies`);
- the counted noun by class (:mod:`.counted`): "troops" and "soldiers" meet, "laborers"
  and "engineers" do not; claims whose noun names only the measure ("600 deaths",
  "4,700 casualties") join the one specific group of the same subject, measure,
  modality and unit when there is exactly one, and form their own group otherwise;
- "reported" and "estimated" are one modality group (both assert an actual figure;
  most counts are estimates); "projected" and "denied" stay apart;
- the unit: percentages and fractions never meet plain counts;
- measure "other" is grouped like any measure, so nothing is silently lost (a crowd's
  turnout is an "other" count that can conflict).

**Assertions.** A claim's *primary source* is its source traced through relays (a "via"),
spelling variants and aliases (:mod:`.sources`) and bodies named by description
(:mod:`.bodies`: "Seoul's spy agency" is South Korea's intelligence service). Claims with
the same primary source and the same figure are one assertion, carried by every outlet
that printed it, however far apart in time (a figure restated is the same figure); its date
is the earliest, its interval the hull of its claims' intervals (:mod:`.intervals`).
Unattributed claims are their outlet's own assertion.

**Counts.** ``sources`` counts the attributions as the articles write them (source and via,
spelling variants merged; the outlet for an unattributed claim); ``independent_sources``
counts primary sources: five outlets quoting one agency, directly or through a lawmaker,
are one.

**Status** from every pair of assertions (A dated no later than B):

- *cumulative* measures (:data:`model.CUMULATIVE_MEASURES`): B lower than A (B's interval
  wholly below A's) is a conflict at any distance; B later and higher (its low above A's
  figure) is evolution at any distance ("later and higher is not a contradiction": tolls
  rise day by day); on the same date (or undated) intervals apart conflict;
- other measures, which may go up and down: intervals apart within ``window_days`` conflict;
  further apart they evolved;
- any conflict makes the fact *conflicting*, else any evolution *evolving*, else
  *consistent*; one assertion is *single*. The reason cites the pairs (the first
  :data:`MAX_REASONS` of them); a conflicting fact that also rose says so after its conflicts
  (an official toll rising while a mayor counts more is both).

**Low / best / high** (UCDP-style) come from the *current* assertions: those no later
figure has superseded (risen above), the latest one of each independent source. Low is
the smallest stated figure (lower bound, else value), high the largest (upper bound,
else value: an open "more than 6,000" adds 6,000, never an invented ceiling), best the
value of the assertion that the most other independent sources corroborate (overlap),
then the one carried by most outlets, then the latest. Vague amounts ("thousands") bound
them only when nothing more precise is known, and are never best. Each points to its
claims' ids.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import NamedTuple

from ..model import CUMULATIVE_MEASURES, MEASURES, Assertion, Fact, StoredClaim
from . import counted as counted_nouns
from .bodies import describe, resolve
from .intervals import Interval, of_quantity, point
from .records import fact_record  # noqa: F401 - also importable from here, where the CLI looks
from .sources import Names, key, named, outlet_name, primaries, story_aliases
from .summary import cite, summarise

DEFAULT_WINDOW_DAYS = 14
MAX_REASONS = 5  # pairs cited in a fact's reason; Fact.conflicts lists every conflicting pair
MODALITY_GROUPS = {"reported": "reported", "estimated": "reported", "projected": "projected", "denied": "denied"}


class _Namings(NamedTuple):
    sources: Names  # spelling and aliases: who stands behind a figure
    as_written: Names  # spelling only: how many sources the articles name
    subjects: Names


class Key(NamedTuple):
    subject: str  # subject key ("" when unknown)
    measure: str
    counted: str  # counted class ("" when the noun names only the measure)
    modality: str  # modality group
    unit: str  # "" for plain counts


@dataclass(frozen=True)
class Figure:
    """An assertion with what judging it needs: primary source, interval, figure, date."""

    assertion: Assertion
    primary: str
    span: Interval
    point: float | None
    cited: str  # "more than 6,000 (UK defence intelligence, 2025-07-01)", for reasons

    @property
    def date(self) -> dt.date | None:
        return self.assertion.as_of

    @property
    def ids(self) -> tuple[int, ...]:
        return tuple(c.id for c in self.assertion.claims)


def facts(
    claims: Sequence[StoredClaim],
    *,
    window_days: int = DEFAULT_WINDOW_DAYS,
    aliases: Mapping[str, str] | None = None,
) -> list[Fact]:
    """Group ``claims`` into facts and judge each one (module doc)."""
    aliases = story_aliases(claims, aliases)
    names = _Namings(Names(aliases), Names(), Names(aliases))
    for stored in claims:  # learn every spelling first, so each source is shown alike in every fact
        named(stored, names.sources)
    groups = _join_generic(_group(claims, names.subjects))
    ordered = sorted(groups.items(), key=lambda kv: _order(kv[0]))
    return [_fact(key, group, names, window_days) for key, group in ordered]


def conflicts(all_facts: Iterable[Fact]) -> list[Fact]:
    """The conflicting facts, for ``newsclaims facts --conflicts``."""
    return [f for f in all_facts if f.status == "conflicting"]


# --- grouping ------------------------------------------------------------------------------------

def _group(claims: Iterable[StoredClaim], subjects: Names) -> dict[Key, list[StoredClaim]]:
    groups: dict[Key, list[StoredClaim]] = defaultdict(list)
    for stored in claims:
        claim = stored.claim
        groups[Key(
            _subject(claim.subject, subjects),
            claim.measure,
            counted_nouns.normalise(claim.counted) or "",
            MODALITY_GROUPS.get(claim.modality, claim.modality),
            claim.quantity.unit or "",
        )].append(stored)
    return groups


def _subject(name: str | None, subjects: Names) -> str:
    """A subject's key; a capital stands for its country ("Pyongyang" -> North Korea)."""
    if not name:
        return ""
    owner, _kind, bare = describe(key(name))
    return subjects.canonical(owner if bare and owner else name)


def _join_generic(groups: dict[Key, list[StoredClaim]]) -> dict[Key, list[StoredClaim]]:
    """Claims counting only the measure ("600 deaths") join the one specific group beside them."""
    for key in [k for k in groups if not k.counted]:
        specific = [k for k in groups if k.counted and k._replace(counted="") == key]
        if len(specific) == 1:
            groups[specific[0]].extend(groups.pop(key))
    return groups


def _order(key: Key) -> tuple:
    measure = MEASURES.index(key.measure) if key.measure in MEASURES else len(MEASURES)
    return (key.subject, measure, key.counted, key.modality, key.unit)


# --- assertions ----------------------------------------------------------------------------------

def as_of(stored: StoredClaim) -> dt.date | None:
    """The date a claim's figure holds for: stated, else its article's date."""
    return stored.claim.as_of or stored.published


def _figure_key(stored: StoredClaim) -> tuple:
    q = stored.claim.quantity
    return (q.value,) if q.value is not None and q.qualifier not in ("range", "vague") else (q.value, q.low, q.high)


def _assertions(group: list[StoredClaim], primary: Mapping[int, str], names: Names, unit: str | None) -> list[Figure]:
    buckets: dict[tuple, list[StoredClaim]] = defaultdict(list)
    for stored in sorted(group, key=lambda c: (as_of(c) or dt.date.min, c.id)):
        buckets[(primary[stored.id], _figure_key(stored))].append(stored)
    figures = [_merge(claims, primary[claims[0].id], names, unit) for claims in buckets.values()]
    return sorted(figures, key=lambda f: (f.date or dt.date.min, f.ids))


def _primaries(attributions: Mapping[int, tuple[str, str | None]]) -> dict[int, str]:
    """Primary source keys through relays, then official bodies named by description."""
    traced = primaries(attributions)
    bodies = resolve(traced.values())
    return {claim_id: bodies.get(source, source) for claim_id, source in traced.items()}


def _merge(claims: list[StoredClaim], primary: str, names: Names, unit: str | None) -> Figure:
    """One assertion from one source's restatements of one figure (the first claim speaks for it)."""
    first = claims[0].claim.quantity
    spans = [of_quantity(c.claim.quantity) for c in claims]
    outlets = tuple(dict.fromkeys(outlet_name(c) for c in claims))
    assertion = Assertion(
        source=None if primary.startswith("outlet:") else names.display(primary),
        low=first.low, high=first.high, value=first.value, qualifier=first.qualifier,
        as_of=as_of(claims[0]), outlets=outlets, claims=tuple(claims),
    )
    span = Interval(min(s.low for s in spans), max(s.high for s in spans))
    return Figure(assertion, primary, span, point(first.value, first.low, first.high), cite(assertion, unit))


# --- judging -------------------------------------------------------------------------------------

class Verdict(NamedTuple):
    kind: str  # "conflict" | "evolving"
    reason: str


def compare(a: Figure, b: Figure, cumulative: bool, window_days: int) -> Verdict | None:
    """How two assertions relate (module doc, "Status"); ``a`` is dated no later than ``b``."""
    days = (b.date - a.date).days if a.date and b.date else None
    judged = _cumulative(a, b, days) if cumulative else _fluctuating(a, b, days, window_days)
    if judged is None:
        return None
    kind, why = judged
    return Verdict(kind, f"{a.cited} vs {b.cited}: {why}")


def _fluctuating(a: Figure, b: Figure, days: int | None, window_days: int) -> tuple[str, str] | None:
    """Counts that may go up and down: apart within the window conflict, later they changed."""
    if a.span.overlaps(b.span):
        return None
    if days is None or days <= window_days:
        return "conflict", f"intervals do not overlap within {window_days} days"
    return "evolving", f"the figure changed over {days} days"


def _cumulative(a: Figure, b: Figure, days: int | None) -> tuple[str, str] | None:
    """Counts that only grow: lower later conflicts, higher later evolved, apart at once conflicts."""
    if not days:  # the same date, or a date unknown
        if a.span.overlaps(b.span):
            return None
        return "conflict", "intervals do not overlap " + ("on the same date" if days == 0 else "and a date is unknown")
    if b.span.below(a.span):
        return "conflict", "a later figure is lower than an earlier one for a cumulative count"
    if a.point is not None and b.span.low > a.point:
        return "evolving", f"a cumulative count rose over {days} days"
    return None


def _verdicts(figures: list[Figure], cumulative: bool, window_days: int):
    """Every related pair (earlier, later, verdict), in date order."""
    for i, a in enumerate(figures):
        for b in figures[i + 1:]:
            verdict = compare(a, b, cumulative, window_days)
            if verdict:
                yield a, b, verdict


def _status(figures: list[Figure], judged: list[tuple[Figure, Figure, Verdict]]) -> tuple[str, str]:
    if len(figures) == 1:
        outlets = len(figures[0].assertion.outlets)
        return "single", f"one assertion: {figures[0].cited}, carried by {outlets} outlet(s)"
    conflicting, evolving = _reasons(judged, "conflict"), _reasons(judged, "evolving")
    if conflicting:
        return "conflicting", conflicting + (f". Besides, it rose: {evolving}" if evolving else "")
    if evolving:
        return "evolving", evolving
    cited = ", ".join(f.cited for f in figures)
    return "consistent", f"all {len(figures)} figures overlap: {cited}"


def _reasons(judged: list[tuple[Figure, Figure, Verdict]], kind: str) -> str:
    """The first :data:`MAX_REASONS` reasons of one kind, and how many more there are."""
    reasons = [v.reason for _a, _b, v in judged if v.kind == kind]
    more = f"; and {len(reasons) - MAX_REASONS} more" if len(reasons) > MAX_REASONS else ""
    return "; ".join(reasons[:MAX_REASONS]) + more


# --- bounds ------------------------------------------------------------------------------------

def current(figures: list[Figure], judged: list[tuple[Figure, Figure, Verdict]]) -> list[Figure]:
    """Assertions no later figure superseded, the latest of each independent source."""
    superseded = {id(a) for a, _b, v in judged if v.kind == "evolving"}
    latest: dict[str, Figure] = {}
    for figure in figures:  # date order: a later one replaces an earlier one of its source
        if id(figure) not in superseded:
            latest[figure.primary] = figure
    return list(latest.values()) or figures[-1:]


def _stated(figure: Figure, side: str) -> float | None:
    bound = figure.assertion.low if side == "low" else figure.assertion.high
    return bound if bound is not None else figure.point


def bounds(figures: list[Figure]) -> tuple[tuple[float | None, tuple[int, ...]], ...]:
    """(low, its claims), (best, its claims), (high, its claims) over the current assertions.

    Vague amounts ("thousands") count only when no figure is more precise.
    """
    figures = [f for f in figures if f.assertion.qualifier != "vague"] or figures
    low = _extreme(figures, "low", min)
    high = _extreme(figures, "high", max)
    best_figure = max(figures, key=lambda f: _support(f, figures))
    best = best_figure.assertion.value if best_figure.assertion.qualifier != "vague" else None
    return low, (best, best_figure.ids if best is not None else ()), high


def _extreme(figures: list[Figure], side: str, pick) -> tuple[float | None, tuple[int, ...]]:
    stated = [(v, f) for f in figures if (v := _stated(f, side)) is not None]
    if not stated:
        return None, ()
    value = pick(v for v, _f in stated)
    return value, tuple(i for v, f in stated if v == value for i in f.ids)


def _support(figure: Figure, figures: list[Figure]) -> tuple:
    corroborating = {f.primary for f in figures if f.primary != figure.primary and f.span.overlaps(figure.span)}
    has_value = figure.assertion.value is not None and figure.assertion.qualifier != "vague"
    return (has_value, len(corroborating), len(figure.assertion.outlets), figure.date or dt.date.min)


# --- the fact ----------------------------------------------------------------------------------

def _fact(key: Key, group: list[StoredClaim], names: _Namings, window_days: int) -> Fact:
    unit = key.unit or None
    attributions = {c.id: named(c, names.sources) for c in group}
    figures = _assertions(group, _primaries(attributions), names.sources, unit)
    judged = list(_verdicts(figures, key.measure in CUMULATIVE_MEASURES, window_days))
    status, reason = _status(figures, judged)
    (low, low_ids), (best, best_ids), (high, high_ids) = bounds(current(figures, judged))
    fact = Fact(
        subject=names.subjects.display(key.subject) if key.subject else None,
        measure=key.measure, counted=key.counted or None, modality=_modality(group, key.modality),
        status=status, reason=reason, low=low, best=best, high=high,
        low_claims=low_ids, best_claims=best_ids, high_claims=high_ids,
        sources=len({named(c, names.as_written) for c in group}),
        independent_sources=len({f.primary for f in figures}),
        assertions=tuple(f.assertion for f in figures), summary="",
        conflicts=tuple((a.ids[0], b.ids[0], v.reason) for a, b, v in judged if v.kind == "conflict"),
        unit=unit,
    )
    return _with_summary(fact)


def _modality(group: list[StoredClaim], modality_group: str) -> str:
    """The group's modality; a reported/estimated group is "estimated" only when all its claims are."""
    found = {c.claim.modality for c in group}
    return modality_group if modality_group in found or len(found) != 1 else found.pop()


def _with_summary(fact: Fact) -> Fact:
    return replace(fact, summary=summarise(fact))
