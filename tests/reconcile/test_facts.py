"""facts(): grouping, assertions, independence, status, bounds — on claims built directly."""

from __future__ import annotations

import pytest

from newsclaims.reconcile import conflicts, facts

UK = "UK defence intelligence"

# Each case: claims as (id, value, qualifier, keyword arguments of the builder), expected status.
STATUS_CASES = {
    "single": ([(1, 600, "exact", {})], "single"),
    "one figure, two outlets, is single": (
        [(1, 600, "exact", {"source": "spy agency", "outlet": "A"}),
         (2, 600, "approx", {"source": "spy agency", "outlet": "B"})],
        "single",
    ),
    "consistent: about 4,700 and 4,500": (
        [(1, 4700, "approx", {"source": "X"}), (2, 4500, "exact", {"source": "Y"})],
        "consistent",
    ),
    "consistent: more than 6,000 and about 6,500": (
        [(1, 6000, "more_than", {"source": "X"}), (2, 6500, "approx", {"source": "Y"})],
        "consistent",
    ),
    "conflicting: apart on the same date": (
        [(1, 6000, "more_than", {"source": UK}), (2, 4700, "approx", {"source": "NIS"})],
        "conflicting",
    ),
    "conflicting: a cumulative count falls later": (
        [(1, 10e6, "more_than", {"source": "X", "measure": "supplied", "counted": "artillery shells"}),
         (2, 9e6, "approx", {"source": "Y", "measure": "supplied", "counted": "shells", "as_of": "2026-01-26"})],
        "conflicting",
    ),
    "evolving: a death toll rises day by day": (
        [(1, 12, "exact", {"measure": "killed", "counted": "people", "source": "police", "as_of": "2025-03-01"}),
         (2, 31, "exact", {"measure": "killed", "counted": "people", "source": "mayor", "as_of": "2025-03-02"}),
         (3, 47, "at_least", {"measure": "killed", "counted": "deaths", "source": "ministry", "as_of": "2025-03-04"})],
        "evolving",
    ),
    "evolving: open lower bounds that rise": (
        [(1, 10, "at_least", {"measure": "killed", "as_of": "2025-03-01"}),
         (2, 25, "at_least", {"measure": "killed", "as_of": "2025-03-03"})],
        "evolving",
    ),
    "conflicting: turnout by police vs organisers": (
        [(1, 8000, "approx", {"measure": "other", "counted": "people", "source": "police"}),
         (2, 50000, "more_than", {"measure": "other", "counted": "protesters", "source": "organisers"})],
        "conflicting",
    ),
    "evolving: a non-cumulative count changes beyond the window": (
        [(1, 80000, "approx", {"measure": "affected", "counted": "homes", "as_of": "2025-03-01"}),
         (2, 20000, "approx", {"measure": "affected", "counted": "homes", "as_of": "2025-03-20"})],
        "evolving",
    ),
    "conflicting: a non-cumulative count apart within the window": (
        [(1, 80000, "approx", {"measure": "affected", "counted": "homes", "as_of": "2025-03-01"}),
         (2, 20000, "approx", {"measure": "affected", "counted": "homes", "as_of": "2025-03-10"})],
        "conflicting",
    ),
}


def _claims(build, rows):
    return [build(i, value, qualifier, **kwargs) for i, value, qualifier, kwargs in rows]


@pytest.mark.parametrize(("rows", "status"), list(STATUS_CASES.values()), ids=list(STATUS_CASES))
def test_status(build, rows, status: str) -> None:
    (fact,) = facts(_claims(build, rows))
    assert fact.status == status
    assert fact.reason
    assert (fact in conflicts([fact])) is (status == "conflicting")


def test_conflicting_toll_that_also_rose_says_both(build) -> None:
    rows = [
        (1, 120, "exact", {"measure": "killed", "counted": "deaths", "source": "ministry", "as_of": "2025-03-09"}),
        (2, 245, "exact", {"measure": "killed", "counted": "death toll", "source": "ministry", "as_of": "2025-03-10"}),
        (3, 300, "at_least", {"measure": "killed", "counted": "people", "source": "mayor", "as_of": "2025-03-11"}),
        (4, 268, "exact", {"measure": "killed", "counted": "deaths", "source": "ministry", "as_of": "2025-03-13"}),
    ]
    (fact,) = facts(_claims(build, rows))
    assert fact.status == "conflicting"
    assert [(a, b) for a, b, _ in fact.conflicts] == [(3, 4)]
    assert "Besides, it rose" in fact.reason and "245 (ministry, 2025-03-10) vs 268" in fact.reason
    assert (fact.low, fact.best, fact.high) == (268, 268, 300)


@pytest.mark.parametrize(("window_days", "status"), [(14, "evolving"), (30, "conflicting")])
def test_window_is_configurable(build, window_days: int, status: str) -> None:
    rows = STATUS_CASES["evolving: a non-cumulative count changes beyond the window"][0]
    (fact,) = facts(_claims(build, rows), window_days=window_days)
    assert fact.status == status


def test_conflict_reason_cites_figures_and_sources(build) -> None:
    rows = [
        (1, 6000, "more_than", {"source": UK, "as_of": "2025-07-01"}),
        (2, 4000, "approx", {"source": "Western officials", "as_of": "2025-08-22"}),
    ]
    (fact,) = facts(_claims(build, rows))
    assert fact.status == "conflicting"
    assert fact.conflicts == ((1, 2, fact.reason),)
    assert "more than 6,000 (UK defence intelligence, 2025-07-01)" in fact.reason
    assert "about 4,000 (Western officials, 2025-08-22)" in fact.reason
    assert "lower" in fact.reason


@pytest.mark.parametrize(
    ("rows", "groups"),
    [
        # troops ~ soldiers ~ forces
        ([(1, 100, "exact", {"counted": "troops"}), (2, 100, "exact", {"counted": "soldiers"}),
          (3, 100, "exact", {"counted": "forces"})], 1),
        # laborers and engineers stay apart
        ([(1, 6000, "exact", {"counted": "laborers", "measure": "deployed"}),
          (2, 1000, "exact", {"counted": "engineers", "measure": "deployed"})], 2),
        # artillery shells ~ shells, not ballistic missiles
        ([(1, 9e6, "exact", {"counted": "artillery shells", "measure": "supplied"}),
          (2, 9e6, "exact", {"counted": "shells", "measure": "supplied"}),
          (3, 100, "exact", {"counted": "ballistic missiles", "measure": "supplied"})], 2),
        # percentages never meet counts
        ([(1, 40, "approx", {"unit": "percent"}), (2, 4000, "approx", {})], 2),
        # "deaths" joins the one specific group beside it ...
        ([(1, 600, "exact", {"counted": "deaths", "measure": "killed"}),
          (2, 600, "approx", {"counted": "soldiers", "measure": "killed"})], 1),
        # ... but not when two groups could claim it
        ([(1, 600, "exact", {"counted": "deaths", "measure": "killed"}),
          (2, 600, "approx", {"counted": "soldiers", "measure": "killed"}),
          (3, 90, "approx", {"counted": "civilians", "measure": "killed"})], 3),
        # reported and estimated meet; projected stays apart
        ([(1, 15000, "approx", {"modality": "estimated", "measure": "deployed"}),
          (2, 14000, "approx", {"modality": "reported", "measure": "deployed"}),
          (3, 25000, "range", {"modality": "projected", "measure": "deployed", "low": 25000, "high": 30000})], 2),
        # subjects by spelling; different measures apart
        ([(1, 10, "exact", {"subject": "Northland"}), (2, 10, "exact", {"subject": "northland"}),
          (3, 10, "exact", {"measure": "killed"})], 2),
        # a capital stands for its country
        ([(1, 10, "exact", {"subject": "Pyongyang"}), (2, 10, "exact", {"subject": "North Korea"})], 1),
    ],
)
def test_grouping(build, rows, groups: int) -> None:
    assert len(facts(_claims(build, rows))) == groups


def test_one_source_in_several_outlets_is_one_assertion(build) -> None:
    rows = [
        (1, 6000, "more_than", {"source": UK, "outlet": "Post", "as_of": "2025-07-01"}),
        (2, 6000, "more_than", {"source": "U.K. defense intelligence", "outlet": "Digest", "as_of": "2026-01-26"}),
        (3, 4700, "approx", {"source": "NIS", "outlet": "Post", "as_of": "2025-07-01"}),
    ]
    (fact,) = facts(_claims(build, rows))
    first = fact.assertions[0]
    assert (first.source, first.outlets, [c.id for c in first.claims]) == (UK, ("Post", "Digest"), [1, 2])
    assert first.as_of.isoformat() == "2025-07-01"
    assert (len(fact.assertions), fact.sources, fact.independent_sources) == (2, 2, 2)


@pytest.mark.parametrize(
    ("rows", "aliases", "sources", "independent"),
    [
        # a lawmaker who cited the spy agency: two named sources, one independent
        ([(1, 600, "exact", {"counted": "deaths", "measure": "killed", "source": "NIS", "outlet": "Post"}),
          (2, 600, "approx", {"measure": "killed", "source": "NIS", "via": "lawmaker Lee", "outlet": "Times"})],
         None, 2, 1),
        # the lawmaker alone in one outlet, relaying the agency in another
        ([(1, 600, "exact", {"measure": "killed", "source": "lawmaker Lee", "outlet": "Post"}),
          (2, 600, "approx", {"measure": "killed", "source": "NIS", "via": "lawmaker Lee", "outlet": "Times"})],
         None, 2, 1),
        # an agency and its acronym
        ([(1, 600, "exact", {"measure": "killed", "source": "National Intelligence Service"}),
          (2, 600, "approx", {"measure": "killed", "source": "NIS", "outlet": "Times"})],
         {"NIS": "National Intelligence Service"}, 2, 1),
        # undefined, the acronym meets its long form by initials
        ([(1, 600, "exact", {"measure": "killed", "source": "National Intelligence Service"}),
          (2, 600, "approx", {"measure": "killed", "source": "NIS", "outlet": "Times"})],
         None, 2, 1),
        # an acronym whose initials match no other source stays apart
        ([(1, 600, "exact", {"measure": "killed", "source": "Defence Intelligence Agency"}),
          (2, 600, "approx", {"measure": "killed", "source": "NIS", "outlet": "Times"})],
         None, 2, 2),
        # unattributed claims: each outlet is its own source
        ([(1, 600, "exact", {"measure": "killed", "outlet": "Post"}),
          (2, 600, "exact", {"measure": "killed", "outlet": "Times"})],
         None, 2, 2),
    ],
)
def test_independent_sources(build, rows, aliases, sources: int, independent: int) -> None:
    (fact,) = facts(_claims(build, rows), aliases=aliases)
    assert (fact.sources, fact.independent_sources) == (sources, independent)


def test_traced_figure_is_one_assertion_with_both_outlets(build) -> None:
    rows = [
        (1, 600, "exact", {"counted": "deaths", "measure": "killed", "source": "NIS", "outlet": "Post"}),
        (2, 600, "approx", {"measure": "killed", "source": "lawmaker Lee", "via": None, "outlet": "Herald"}),
        (3, 600, "approx", {"measure": "killed", "source": "NIS", "via": "lawmaker Lee", "outlet": "Times"}),
    ]
    (fact,) = facts(_claims(build, rows))
    (assertion,) = fact.assertions
    assert (assertion.source, assertion.outlets) == ("NIS", ("Post", "Herald", "Times"))
    assert fact.status == "single"


@pytest.mark.parametrize(
    ("rows", "low", "best", "high"),
    [
        # conflicting casualties: stated figures, best corroborated then latest
        ([(1, 6000, "more_than", {"source": UK, "as_of": "2025-07-01"}),
          (2, 4700, "approx", {"source": "NIS", "as_of": "2025-07-01"}),
          (3, 4000, "approx", {"source": "Western officials", "as_of": "2025-08-22"})],
         (4000, (3,)), (4000, (3,)), (6000, (1,))),
        # evolving toll: superseded figures drop out
        ([(1, 12, "exact", {"measure": "killed", "source": "police", "as_of": "2025-03-01"}),
          (2, 31, "exact", {"measure": "killed", "source": "mayor", "as_of": "2025-03-02"}),
          (3, 47, "exact", {"measure": "killed", "source": "police", "as_of": "2025-03-04"})],
         (47, (3,)), (47, (3,)), (47, (3,))),
        # a range: its bounds; best from the figure most outlets carry
        ([(1, None, "range", {"low": 25000, "high": 30000, "source": "X"}),
          (2, 27000, "approx", {"source": "Y", "outlet": "A"}),
          (3, 27000, "approx", {"source": "Y", "outlet": "B"})],
         (25000, (1,)), (27000, (2, 3)), (30000, (1,))),
        # vague beside precise figures: left out of the bounds
        ([(1, None, "vague", {"low": 2000, "high": 9999, "text": "thousands", "source": "X"}),
          (2, 15000, "approx", {"source": "Y"}), (3, 14000, "approx", {"source": "Z", "as_of": "2025-08-01"})],
         (14000, (3,)), (14000, (3,)), (15000, (2,))),
        # vague only: bounds, no best
        ([(1, None, "vague", {"low": 1000, "high": 9999, "text": "thousands"})], (1000, (1,)), (None, ()), (9999, (1,))),
    ],
)
def test_low_best_high(build, rows, low, best, high) -> None:
    (fact,) = facts(_claims(build, rows))
    assert ((fact.low, fact.low_claims), (fact.best, fact.best_claims), (fact.high, fact.high_claims)) == (low, best, high)


def test_no_claims_no_facts() -> None:
    assert facts([]) == []
