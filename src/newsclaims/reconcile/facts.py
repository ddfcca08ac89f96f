"""Stored claims -> facts: grouped, merged into assertions, judged, bounded.

**Grouping** (:mod:`.groups`): a fact is (story, subject, place, measure, counted, modality,
unit); nothing from another story enters a fact, a city's figure never joins the whole's. A
figure about another event (:mod:`.elsewhere`: an earlier disaster, a comparison, a teaser for
another story) stays a claim but joins no fact.

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

**Status** (:mod:`.judge`): consistent, evolving, revised, conflicting or single, with the
pairs that make it so.

**Low / best / high** (UCDP-style) come from the *current* assertions: those no later
figure has superseded (risen above), the latest one of each independent source. Low is
the smallest stated figure (lower bound, else value), high the largest (upper bound,
else value: an open "more than 6,000" adds 6,000, never an invented ceiling), best the
value of the assertion that the most other independent sources corroborate (overlap),
then the one carried by most outlets, then the latest. Vague amounts ("thousands") bound
them only when nothing more precise is known, and are never best. Each points to its
claims' ids.

**Noise** (:mod:`.noise`): multipliers, measurements with units and lone ``other`` figures are
facts too, left out unless ``noise=True``.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from typing import NamedTuple

from ..model import CUMULATIVE_MEASURES, Assertion, Fact, StoredClaim
from . import elsewhere, noise as noise_rules
from .bodies import resolve
from .groups import Key, group, order
from .intervals import Interval, of_quantity, point
from .judge import Figure, Judged, status, verdicts
from .sources import Names, named, outlet_name, primaries, story_aliases
from .summary import cite, summarise

DEFAULT_WINDOW_DAYS = 14
OPEN = frozenset({"more_than", "at_least", "less_than", "up_to"})  # figures bounded on one side only


class _Namings(NamedTuple):
    sources: Names  # spelling and aliases: who stands behind a figure
    as_written: Names  # spelling only: how many sources the articles name
    subjects: Names


def facts(
    claims: Sequence[StoredClaim],
    *,
    window_days: int = DEFAULT_WINDOW_DAYS,
    aliases: Mapping[str, str] | None = None,
    noise: bool = False,
) -> list[Fact]:
    """Group ``claims`` into facts and judge each one (module doc).

    ``noise=True`` keeps the facts :mod:`.noise` leaves out (multipliers, measurements with
    units, lone ``other`` figures); claims about another event never join a fact.
    """
    aliases = story_aliases(claims, aliases)
    names = _Namings(Names(aliases), Names(), Names(aliases))
    for stored in claims:  # learn every spelling first, so each source is shown alike in every fact
        named(stored, names.sources)
    current_claims, _other_events = elsewhere.split(claims)
    groups = group(current_claims, names.subjects)
    ordered = sorted(groups.items(), key=lambda kv: order(kv[0]))
    found = [_fact(key, claims_of, names, window_days) for key, claims_of in ordered]
    return found if noise else noise_rules.without_noise(found)


def conflicts(all_facts: Iterable[Fact]) -> list[Fact]:
    """The conflicting facts, for ``newsclaims facts --conflicts``."""
    return [f for f in all_facts if f.status == "conflicting"]


# --- assertions ----------------------------------------------------------------------------------

def as_of(stored: StoredClaim) -> dt.date | None:
    """The date a claim's figure holds for: stated, else its article's date."""
    return stored.claim.as_of or stored.published


def _figure_key(stored: StoredClaim) -> tuple:
    q = stored.claim.quantity
    return (q.value,) if q.value is not None and q.qualifier not in ("range", "vague") else (q.value, q.low, q.high)


def _assertions(claims: list[StoredClaim], primary: Mapping[int, str], names: Names, unit: str | None) -> list[Figure]:
    buckets: dict[tuple, list[StoredClaim]] = defaultdict(list)
    for stored in sorted(claims, key=lambda c: (as_of(c) or dt.date.min, c.id)):
        buckets[(primary[stored.id], _figure_key(stored))].append(stored)
    figures = [_merge(bucket, primary[bucket[0].id], names, unit) for bucket in buckets.values()]
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


# --- bounds ------------------------------------------------------------------------------------

def current(figures: list[Figure], judged: list[Judged]) -> list[Figure]:
    """Assertions no later figure superseded, the latest of each independent source."""
    superseded = {id(a) for a, _b, v in judged if v.kind in ("evolving", "revision")}
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
    closed = figure.assertion.qualifier not in OPEN
    return (has_value, len(corroborating), len(figure.assertion.outlets), figure.date or dt.date.min, closed)


# --- the fact ----------------------------------------------------------------------------------

def _fact(key: Key, claims: list[StoredClaim], names: _Namings, window_days: int) -> Fact:
    unit = key.unit or None
    attributions = {c.id: named(c, names.sources) for c in claims}
    figures = _assertions(claims, _primaries(attributions), names.sources, unit)
    judged = list(verdicts(figures, key.measure, key.measure in CUMULATIVE_MEASURES, window_days))
    fact_status, reason = status(figures, judged)
    (low, low_ids), (best, best_ids), (high, high_ids) = bounds(current(figures, judged))
    fact = Fact(
        subject=names.subjects.display(key.subject) if key.subject else None,
        measure=key.measure, counted=key.counted or None, modality=_modality(claims, key.modality),
        status=fact_status, reason=reason, low=low, best=best, high=high,
        low_claims=low_ids, best_claims=best_ids, high_claims=high_ids,
        sources=len({named(c, names.as_written) for c in claims}),
        independent_sources=len({f.primary for f in figures}),
        assertions=tuple(f.assertion for f in figures), summary="",
        conflicts=tuple((a.ids[0], b.ids[0], v.reason) for a, b, v in judged if v.kind == "conflict"),
        unit=unit, story=key.story or None, place=_place(claims) if key.place else None,
    )
    return replace(fact, summary=summarise(fact))


def _modality(claims: list[StoredClaim], modality_group: str) -> str:
    """The group's modality; a reported/estimated group is "estimated" only when all its claims are."""
    found = {c.claim.modality for c in claims}
    return modality_group if modality_group in found or len(found) != 1 else found.pop()


def _place(claims: list[StoredClaim]) -> str | None:
    """The place as most of its claims write it."""
    written = [c.claim.place for c in claims if c.claim.place]
    return max(dict.fromkeys(written), key=written.count) if written else None
