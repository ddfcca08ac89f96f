"""The report and web list a place's fact just after the fact of its whole."""

from __future__ import annotations

from newsclaims.model import Fact
from newsclaims.report.data import fact_key, with_breakdowns


def _fact(measure: str, place: str | None = None, story: str | None = "s") -> Fact:
    return Fact(subject="Chile", measure=measure, counted="person", modality="reported", status="single",
                reason="", low=None, best=None, high=None, low_claims=(), best_claims=(), high_claims=(),
                sources=1, independent_sources=1, assertions=(), summary="", story=story, place=place)


def test_places_follow_their_whole() -> None:
    region, whole, wounded = _fact("killed", "Valparaiso"), _fact("killed"), _fact("wounded")
    assert with_breakdowns([region, wounded, whole]) == [wounded, whole, region]


def test_a_place_without_its_whole_keeps_its_rank() -> None:
    region = _fact("killed", "Valparaiso")
    assert with_breakdowns([region]) == [region]


def test_fact_keys_tell_stories_and_places_apart() -> None:
    keys = {fact_key(_fact("killed")), fact_key(_fact("killed", "Valparaiso")), fact_key(_fact("killed", story="t"))}
    assert len(keys) == 3
    assert fact_key(_fact("killed", story=None)) == fact_key(_fact("killed", story=None))
