"""Facts left out of the default views: kept as claims, shown with ``--all`` (``noise=True``).

A fact is noise when

- its figures are multipliers ("by up to three times": unit ``times``);
- its figures are measurements with a unit other than a share or money: magnitudes,
  distances, areas, weights, volumes ("a magnitude 7.1 quake", "accurate to 50 m");
- it is a lone figure of measure ``other`` (one assertion): page furniture, recipe amounts,
  scores and sizes mostly; an ``other`` count that several sources give (a crowd's turnout) stays,
  and so does a lone figure for a place of a count that stays (the capital's share of a turnout);
- it is an ``other`` count that only one body gives, in one article: one page's prices, scores,
  specifications and rankings share a subject and a noun without being one count told twice, and
  judged as one fact they would read as a body contradicting itself.

Money (currency codes) and shares (``percent``) are counts people follow and stay.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..model import Fact

#: Units of measurement (see :data:`newsclaims.extract.claims.quantities.UNITS`) and multipliers.
MEASUREMENT_UNITS = frozenset({
    "times", "m", "km", "mi", "km2", "sq mi", "ha", "acre", "t", "kg", "l", "barrel", "magnitude",
})


def is_noise(fact: Fact) -> bool:
    """Whether the default views leave ``fact`` out (module doc)."""
    if fact.unit in MEASUREMENT_UNITS:
        return True
    return fact.measure == "other" and (fact.status == "single" or _one_voice(fact))


def _one_voice(fact: Fact) -> bool:
    """Every figure of ``fact`` from one article and one body (or the outlet's own voice)."""
    claims = [c for a in fact.assertions for c in a.claims]
    return len({c.document_id for c in claims}) == 1 and len({a.source for a in fact.assertions}) == 1


def without_noise(found: Sequence[Fact]) -> list[Fact]:
    """The facts the default views show: not noise, or a place's figure of a count shown."""
    shown = {_count(f) for f in found if not is_noise(f)}
    return [f for f in found if not is_noise(f) or (f.place and f.unit not in MEASUREMENT_UNITS and _count(f) in shown)]


def _count(fact: Fact) -> tuple:
    return (fact.story, fact.subject, fact.measure, fact.counted, fact.modality, fact.unit)
