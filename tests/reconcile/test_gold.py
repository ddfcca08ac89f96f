"""Reconciling the hand-annotated claims (tests/data/claims/gold.jsonl): seed articles and stories.

The annotations are the claims a perfect extractor would find; reconciling them checks the
rules of this stage on real reporting without the model. The same checks through the whole
pipeline are in test_pipeline.py.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from newsclaims.model import Claim, Quantity, StoredClaim
from newsclaims.reconcile import facts

GOLD = Path(__file__).resolve().parents[1] / "data" / "claims"


def _stored(number: int, row: dict, doc: dict) -> StoredClaim:
    published = dt.date.fromisoformat(doc["published"])
    quantity = Quantity(row["value"], row["low"], row["high"], row["qualifier"], row["unit"], row["text"], 0, 0)
    claim = Claim(
        quantity, row["counted"], row["measure"], row["subject"], row["source"], row["via"], None,
        row["modality"], dt.date.fromisoformat(row["as_of"]) if row["as_of"] else None, None, row["text"], 0, 0,
    )
    return StoredClaim(number, row["doc"], row["doc"], doc.get("outlet"), published, claim)


@pytest.fixture(scope="module")
def seed_facts():
    if not (GOLD / "gold.jsonl").is_file():
        pytest.skip("annotated claims not found")
    docs = {d["doc"]: d for d in map(json.loads, (GOLD / "docs.jsonl").read_text().splitlines())}
    rows = [r for r in map(json.loads, (GOLD / "gold.jsonl").read_text().splitlines()) if r.get("claim")]
    rows = [r for r in rows if r["doc"].startswith("seed/")]
    return facts([_stored(i, r, docs[r["doc"]]) for i, r in enumerate(rows, 1)])


def _find(all_facts, measure: str, counted: str, subject: str = "North Korea", modality: str = "reported", unit=None):
    found = [
        f for f in all_facts
        if (f.subject, f.measure, f.counted, f.unit) == (subject, measure, counted, unit)
        and (f.modality in ("reported", "estimated")) == (modality == "reported")
    ]
    assert len(found) == 1, [f.summary for f in all_facts]
    return found[0]


@pytest.mark.parametrize(
    ("measure", "counted", "status", "figures"),
    [
        ("casualties", "soldier", "conflicting", {6000, 4700, 4000}),
        ("supplied", "shell", "conflicting", {10e6, 9e6}),
        ("deployed", "soldier", "conflicting", {14000, 15000, 12000, None}),
        ("killed", "soldier", "single", {600}),
    ],
)
def test_seed_facts(seed_facts, measure: str, counted: str, status: str, figures: set) -> None:
    fact = _find(seed_facts, measure, counted)
    assert fact.status == status, fact.reason
    assert {a.value for a in fact.assertions} == figures


def test_casualties_conflict_with_reason(seed_facts) -> None:
    fact = _find(seed_facts, "casualties", "soldier")
    assert "more than 6,000 (UK defence intelligence, 2025-07-01)" in fact.reason
    uk = fact.assertions[[a.value for a in fact.assertions].index(6000)]
    assert len(uk.outlets) == 2  # one assertion carried by two outlets, spelt two ways
    assert (fact.low, fact.high) == (4000, 6000)


def test_shells_later_figure_lower(seed_facts) -> None:
    fact = _find(seed_facts, "supplied", "shell")
    assert "a later figure is lower" in fact.reason
    assert "more than 10 million" in fact.reason and "about 9 million" in fact.reason


def test_600_deaths_trace_to_one_intelligence_service(seed_facts) -> None:
    fact = _find(seed_facts, "killed", "soldier")
    (assertion,) = fact.assertions
    assert len(assertion.outlets) == 2
    assert (fact.sources, fact.independent_sources) == (2, 1)
    assert "spy agency" in assertion.source


def test_troop_numbers_classified_with_reason(seed_facts) -> None:
    fact = _find(seed_facts, "deployed", "soldier")
    assert "about 15,000" in fact.reason and "about 12,000" in fact.reason
    projected = _find(seed_facts, "deployed", "soldier", modality="projected")
    assert projected.status == "single"


def test_ballistic_missiles_and_percentages_stay_apart(seed_facts) -> None:
    assert _find(seed_facts, "supplied", "missile").status == "single"
    share = _find(seed_facts, "casualties", "deployment", unit="percent")
    # a share ("more than half") and a percentage ("about 40%") of the same force are one fact
    assert {a.value for a in share.assertions} == {50, 40}, share.summary
    assert not [f for f in seed_facts if f.unit == "fraction"]


# --- the invented stories of the annotated set -------------------------------------------------

@pytest.fixture(scope="module")
def story_facts():
    docs = {d["doc"]: d for d in map(json.loads, (GOLD / "docs.jsonl").read_text().splitlines())}
    rows = [r for r in map(json.loads, (GOLD / "gold.jsonl").read_text().splitlines()) if r.get("claim")]
    rows = [r for r in rows if r["doc"].startswith("stories/")]
    if not rows:
        pytest.skip("no annotated stories")
    return facts([_stored(i, r, docs[r["doc"]]) for i, r in enumerate(rows, 1)])


def _sources(fact) -> set[str]:
    return {(a.source or "").lower() for a in fact.assertions}


def test_story_death_toll_evolves(story_facts) -> None:
    """The official toll rises; a mayor's higher count may join it (see test_pipeline.py)."""
    tolls = [f for f in story_facts if f.measure == "killed" and {245, 268} <= {a.value for a in f.assertions}]
    assert len(tolls) == 1, [f.summary for f in story_facts]
    assert tolls[0].status in ("evolving", "conflicting") and "rose" in tolls[0].reason, tolls[0].reason
    assert tolls[0].best >= 268  # the latest toll, or a higher count challenging it


def test_story_turnout_police_vs_organisers_conflicts(story_facts) -> None:
    turnout = [
        f for f in story_facts
        if any("police" in s for s in _sources(f)) and any("organis" in s for s in _sources(f)) and f.measure == "other"
    ]
    assert turnout and all(f.status == "conflicting" for f in turnout), [f.summary for f in turnout]
