"""Facts within a story: stories and places kept apart, other events left out, revised and
missing-persons statuses, the latest figure in the summary — on claims built directly."""

from __future__ import annotations

import pytest

from newsclaims.reconcile import facts
from newsclaims.reconcile.elsewhere import other_event, split
from newsclaims.reconcile.groups import place_key

KILLED = {"measure": "killed", "counted": "people"}


def _claims(build, rows):
    return [build(i, value, qualifier, **kwargs) for i, value, qualifier, kwargs in rows]


# --- stories ------------------------------------------------------------------------------------

def test_two_stories_never_share_a_fact(build) -> None:
    rows = [
        (1, 120, "exact", {**KILLED, "story": "quake-a", "source": "agency", "as_of": "2024-02-01"}),
        (2, 9000, "exact", {**KILLED, "story": "quake-b", "source": "agency", "as_of": "2024-02-01"}),
    ]
    found = facts(_claims(build, rows))
    assert [(f.story, f.status) for f in found] == [("quake-a", "single"), ("quake-b", "single")]


def test_claims_without_a_story_are_one_story(build) -> None:
    rows = [(1, 120, "exact", {**KILLED, "source": "agency"}), (2, 125, "exact", {**KILLED, "source": "police"})]
    (fact,) = facts(_claims(build, rows))
    assert fact.story is None and fact.status == "consistent"


# --- places -------------------------------------------------------------------------------------

@pytest.mark.parametrize(("written", "key"), [
    ("the capital", "capital"), ("The Capital", "capital"), ("his district", "district"),
    ("Paris", "paris"), (None, ""), ("the northern province", "northern province"),
])
def test_place_key(written, key: str) -> None:
    assert place_key(written) == key


def test_a_city_figure_never_joins_the_whole(build) -> None:
    rows = [
        (1, 200000, "approx", {"measure": "other", "counted": "protesters", "source": "organisers"}),
        (2, 80000, "approx", {"measure": "other", "counted": "protesters", "source": "police", "place": "the capital"}),
        (3, 90000, "approx", {"measure": "other", "counted": "people", "source": "organisers", "place": "Capital"}),
    ]
    whole, capital = facts(_claims(build, rows), noise=True)  # the whole is a lone "other" figure
    assert (whole.place, whole.status) == (None, "single")
    assert capital.place in ("the capital", "Capital") and capital.status == "consistent"
    assert "in the capital" in capital.summary or "in Capital" in capital.summary


# --- another event ------------------------------------------------------------------------------

@pytest.mark.parametrize(("marker", "as_of", "basis", "out"), [
    ("comparison", "2025-03-01", "published", True),
    ("teaser", "2025-03-01", "published", True),
    ("earlier:1976-12-31", "2025-03-01", "published", True),
    ("earlier:2024-10-31", "2025-03-01", "published", False),  # a war's first months stay in
    (None, "1962-09-01", "stated", True),  # a stated date decades before the story
    (None, "2025-02-27", "stated", False),
])
def test_other_event(build, marker, as_of: str, basis: str, out: bool) -> None:
    stored = build(1, 9000, "at_least", **KILLED, other_event=marker, as_of=as_of, as_of_basis=basis,
                   published="2025-03-01")
    assert other_event(stored, None) is out


def test_an_earlier_disaster_stays_a_claim_outside_the_fact(build) -> None:
    rows = [
        (1, 300, "exact", {**KILLED, "source": "agency", "as_of": "2025-03-01"}),
        (2, 9000, "at_least", {**KILLED, "source": "agency", "as_of": "2025-03-02", "other_event": "earlier:1976-12-31"}),
        (3, 320, "exact", {**KILLED, "source": "agency", "as_of": "2025-03-03"}),
    ]
    claims = _claims(build, rows)
    own, other = split(claims)
    assert [c.id for c in other] == [2]
    (fact,) = facts(claims)
    assert fact.status == "evolving" and {a.value for a in fact.assertions} == {300, 320}


def test_story_start_decides_what_is_earlier(build) -> None:
    """An article a year into the story may cite the story's own first figures."""
    rows = [
        (1, 12000, "exact", {"measure": "deployed", "story": "s", "as_of": "2024-11-01", "published": "2024-11-01"}),
        (2, 12000, "exact", {"measure": "deployed", "story": "s", "as_of": "2025-12-01", "published": "2025-12-01",
                             "other_event": "earlier:2024-10-31"}),
    ]
    assert split(_claims(build, rows))[1] == []


# --- statuses -----------------------------------------------------------------------------------

STATUS_CASES = {
    "revised: a body lowers its own toll after identification": (
        [(1, 215, "exact", {**KILLED, "source": "forensic institute", "as_of": "2025-05-02"}),
         (2, 198, "exact", {**KILLED, "source": "Forensic Institute", "as_of": "2025-05-06"})],
        "revised",
    ),
    "revised: an agency corrects its count of homes": (
        [(1, 4000, "exact", {"measure": "affected", "counted": "homes", "source": "housing agency", "as_of": "2025-05-02"}),
         (2, 2500, "exact", {"measure": "affected", "counted": "houses", "source": "housing agency", "as_of": "2025-05-04"})],
        "revised",
    ),
    "conflicting: another body's later figure is lower": (
        [(1, 215, "exact", {**KILLED, "source": "forensic institute", "as_of": "2025-05-02"}),
         (2, 198, "exact", {**KILLED, "source": "health ministry", "as_of": "2025-05-06"})],
        "conflicting",
    ),
    "evolving: missing people found over days": (
        [(1, 60, "exact", {"measure": "missing", "counted": "people", "source": "coast guard", "as_of": "2025-05-02"}),
         (2, 41, "exact", {"measure": "missing", "counted": "people", "source": "navy", "as_of": "2025-05-03"}),
         (3, 12, "exact", {"measure": "missing", "counted": "people", "source": "coast guard", "as_of": "2025-05-06"})],
        "evolving",
    ),
    "conflicting: two bodies' missing counts on one day": (
        [(1, 60, "exact", {"measure": "missing", "counted": "people", "source": "coast guard", "as_of": "2025-05-02"}),
         (2, 20, "exact", {"measure": "missing", "counted": "people", "source": "mayor", "as_of": "2025-05-02"})],
        "conflicting",
    ),
    "evolving: an injured count rises overnight": (
        [(1, 40, "exact", {"measure": "wounded", "counted": "people", "source": "hospital", "as_of": "2025-05-02"}),
         (2, 95, "more_than", {"measure": "wounded", "counted": "people", "source": "ministry", "as_of": "2025-05-03"})],
        "evolving",
    ),
}


@pytest.mark.parametrize(("rows", "status"), list(STATUS_CASES.values()), ids=list(STATUS_CASES))
def test_status(build, rows, status: str) -> None:
    (fact,) = facts(_claims(build, rows))
    assert fact.status == status, fact.reason


def test_revised_fact_keeps_the_new_figure_as_best(build) -> None:
    (fact,) = facts(_claims(build, STATUS_CASES["revised: a body lowers its own toll after identification"][0]))
    assert "lowered its own figure" in fact.reason
    assert (fact.low, fact.best, fact.high) == (198, 198, 198)
    assert fact.summary.endswith("— revised; the latest is 198 (forensic institute, May 2025).")


def test_summary_names_the_latest_figure_and_its_source(build) -> None:
    (fact,) = facts(_claims(build, STATUS_CASES["evolving: missing people found over days"][0]))
    assert "the latest is 12 (coast guard, May 2025)" in fact.summary


# --- noise --------------------------------------------------------------------------------------

NOISE = [
    (1, 3, "up_to", {"measure": "deployed", "unit": "times", "source": "X"}),
    (2, 7.1, "exact", {"measure": "other", "counted": None, "unit": "magnitude"}),
    (3, 50, "range", {"measure": "other", "counted": None, "unit": "m", "low": 50, "high": 100}),
    (4, 4, "exact", {"measure": "other", "counted": "cups"}),
]


def test_noise_left_out_unless_asked(build) -> None:
    claims = _claims(build, [*NOISE, (5, 120, "exact", {**KILLED})])
    assert [f.measure for f in facts(claims)] == ["killed"]
    assert len(facts(claims, noise=True)) == 5


def test_an_other_count_many_sources_give_stays(build) -> None:
    rows = [(1, 8000, "approx", {"measure": "other", "counted": "people", "source": "police"}),
            (2, 50000, "more_than", {"measure": "other", "counted": "marchers", "source": "organisers"})]
    assert len(facts(_claims(build, rows))) == 1


def test_one_pages_other_figures_are_no_fact_by_default(build) -> None:
    """A page's prices or scores share a noun without being one count told twice."""
    import dataclasses

    rows = [(1, 129, "exact", {"measure": "other", "counted": "dollars"}),
            (2, 349, "exact", {"measure": "other", "counted": "dollars"})]
    one_page = [dataclasses.replace(c, document_id="page") for c in _claims(build, rows)]
    assert facts(one_page) == [] and len(facts(one_page, noise=True)) == 1
    assert len(facts(_claims(build, rows))) == 1  # two articles: a count worth showing


@pytest.mark.parametrize(("share", "unit", "percent"), [(0.5, "fraction", 50), (0.25, "fraction", 25), (40, "percent", 40)])
def test_shares_and_percentages_are_one_fact(build, share: float, unit: str, percent: float) -> None:
    rows = [(1, share, "more_than", {"unit": unit, "counted": "force", "source": "X"}),
            (2, 45, "approx", {"unit": "percent", "counted": "troops", "source": "Y"})]
    (fact,) = facts(_claims(build, rows))
    assert fact.unit == "percent" and percent in {a.value for a in fact.assertions}


@pytest.mark.parametrize(("rows", "groups"), [
    # "deaths", "people" and "soldiers" killed, the same 600: one fact
    ([(1, 600, "exact", {"measure": "killed", "counted": "deaths"}),
      (2, 600, "approx", {"measure": "killed", "counted": "people"}),
      (3, 600, "approx", {"measure": "killed", "counted": "soldiers"})], 1),
    # "individuals" and "servicemen": the same people, said otherwise
    ([(1, 580, "approx", {"measure": "killed", "counted": "individuals"}),
      (2, 600, "approx", {"measure": "killed", "counted": "servicemen"})], 1),
    # 300 people and 5 rescuers killed are not the same people
    ([(1, 300, "exact", {"measure": "killed", "counted": "people"}),
      (2, 5, "exact", {"measure": "killed", "counted": "rescuers"})], 2),
    # people and children: two kinds would compete, the total stays apart
    ([(1, 300, "exact", {"measure": "killed", "counted": "people"}),
      (2, 300, "approx", {"measure": "killed", "counted": "children"}),
      (3, 290, "approx", {"measure": "killed", "counted": "soldiers"})], 3),
    # deployments of people and troops are not harm counts: apart
    ([(1, 600, "exact", {"measure": "deployed", "counted": "people"}),
      (2, 600, "exact", {"measure": "deployed", "counted": "troops"})], 2),
])
def test_one_killed_count_whatever_noun(build, rows, groups: int) -> None:
    assert len(facts(_claims(build, rows))) == groups
