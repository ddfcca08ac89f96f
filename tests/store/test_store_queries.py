"""Filters, ordering and pagination of the read methods, over a small table of documents."""

from __future__ import annotations

import datetime as dt

import pytest
import store_records as records

from newsclaims.model import Findings

D = dt.date
# document id -> (article fields, text, claims as (number, quantity fields, claim fields))
DOCS = {
    "A": ({"outlet": "Alpha Times", "published": D(2025, 1, 10)},
          "Officials said 1,100 soldiers were killed, a 100% rise. Another 2,200 were wounded.",
          [("1,100", {"measure": "killed", "source": "UK defence intelligence",
                      "as_of": D(2025, 1, 1), "as_of_basis": "stated"}),
           ("2,200", {"measure": "wounded", "as_of": D(2025, 1, 10)})]),
    "B": ({"outlet": "Beta Post", "published": D(2025, 3, 1)},
          "About 3,300 Ukrainian soldiers were killed. Pyongyang sent 4,400 troops_in_all.",
          [("3,300", {"measure": "killed", "subject": "Ukraine", "source": "uk Defence Intelligence",
                      "as_of": D(2025, 3, 1)}),
           ("4,400", {"measure": "deployed", "as_of": None, "as_of_basis": None})]),
    "C": ({"outlet": None, "published": None},
          "Moscow received 5,500 shells by December.",
          [("5,500", {"measure": "supplied", "subject": None, "as_of": D(2024, 12, 1),
                      "as_of_basis": "stated"})]),
}
ALL = ["5,500", "1,100", "2,200", "3,300", "4,400"]  # as_of order, undated last


@pytest.fixture
def filled(store):
    for doc_id, (fields, text, claims) in DOCS.items():
        findings = Findings(claims=tuple(records.claim(text, n, **f) for n, f in claims))
        store.add(records.article(doc_id, text, **fields), findings)
    return store


def numbers(stored) -> list[str]:
    return [s.claim.quantity.text for s in stored]


FILTER_CASES = [
    ({}, ALL),
    ({"measure": "killed"}, ["1,100", "3,300"]),
    ({"measure": "KILLED"}, ["1,100", "3,300"]),
    ({"measure": ["killed", "supplied"]}, ["5,500", "1,100", "3,300"]),
    ({"measure": "nothing"}, []),
    ({"subject": "north korea"}, ["1,100", "2,200", "4,400"]),
    ({"source": "UK Defence Intelligence"}, ["1,100", "3,300"]),
    ({"outlet": "alpha times"}, ["1,100", "2,200"]),
    ({"outlet": ("Alpha Times", "Beta Post")}, ["1,100", "2,200", "3,300", "4,400"]),
    ({"document": "A"}, ["1,100", "2,200"]),
    ({"document": "corpus/B.txt"}, ["3,300", "4,400"]),
    ({"document": "missing"}, []),
    ({"since": D(2025, 1, 1)}, ["1,100", "2,200", "3,300"]),
    ({"until": D(2025, 1, 1)}, ["5,500", "1,100"]),
    ({"since": D(2025, 1, 2), "until": D(2025, 3, 1)}, ["2,200", "3,300"]),
    ({"text": "ukrainian"}, ["3,300"]),
    ({"text": "100%"}, ["1,100"]),
    ({"text": "%"}, ["1,100"]),
    ({"text": "_in_"}, ["4,400"]),
    ({"measure": "killed", "subject": "North Korea"}, ["1,100"]),
    ({"measure": "killed", "outlet": "Beta Post", "since": D(2025, 2, 1)}, ["3,300"]),
]


@pytest.mark.parametrize("filters, expected", FILTER_CASES, ids=[str(f) for f, _ in FILTER_CASES])
def test_claim_filters(filled, filters, expected) -> None:
    assert numbers(filled.claims(**filters)) == expected
    assert filled.count_claims(**filters) == len(expected)


@pytest.mark.parametrize("limit", [1, 2, 3, 5, 10])
def test_pages_join_up_to_the_whole_list(filled, limit) -> None:
    pages, offset = [], 0
    while page := filled.claims(limit=limit, offset=offset):
        pages.extend(page)
        offset += limit
    assert pages == filled.claims()
    assert filled.claims(limit=limit, offset=100) == []


def test_page_of_a_filtered_list(filled) -> None:
    assert numbers(filled.claims(subject="North Korea", limit=1, offset=1)) == ["2,200"]
    assert numbers(filled.claims(limit=0)) == []


def test_articles_ordered_by_date_then_uri(filled) -> None:
    filled.add(records.article("0", "Same day, earlier uri.", uri="a-first.txt",
                               published=D(2025, 1, 10)), Findings())
    listed = [(s.article.id, s.claims) for s in filled.articles()]
    assert listed == [("0", 0), ("A", 2), ("B", 2), ("C", 1)]


def test_times_by_document(filled) -> None:
    text = DOCS["C"][1]
    times = (records.time_expression(text, "by December", value="2024-12", granularity="month"),
             records.time_expression(text, "Moscow", type="TIME", anchored=False))
    filled.add(records.article("T", text, uri="t.txt"), Findings(times=times))
    assert filled.times("T") == [("T", times[1]), ("T", times[0])]
    assert filled.times("A") == []
    assert filled.times() == filled.times("T")


def test_events_in_date_order(store) -> None:
    text = records.TEXT
    late = records.event(text, "were killed", "by April", date="2025-04",
                         date_start=D(2025, 4, 1), date_end=D(2025, 4, 30))
    early = records.event(text, "Pyongyang sent 12,000 troops", "October 2024")
    same_start_longer = records.event(text, "Pyongyang sent 12,000 troops", "October 2024",
                                      date="2024-Q4", date_end=D(2024, 12, 31))
    store.add(records.article("x", text, uri="x.txt"), Findings(events=(late, same_start_longer)))
    store.add(records.article("y", text + " ", uri="y.txt", outlet=None), Findings(events=(early,)))
    stored = store.events()
    assert [(s.document_id, s.event) for s in stored] == [
        ("y", early), ("x", same_start_longer), ("x", late)]
    assert (stored[0].document, stored[0].outlet, stored[0].published) == ("y.txt", None, D(2025, 4, 28))


ALIAS_CASES = [
    ([[("NIS", "National Intelligence Service")]], {"NIS": "National Intelligence Service"}),
    ([[("NIS", "Service")], [("NIS", "Service")], [("NIS", "Nissan")]], {"NIS": "Service"}),
    ([[("X", "b")], [("X", "a")]], {"X": "a"}),
    ([[("MoD", "Ministry of Defence"), ("DPRK", "North Korea")], []],
     {"MoD": "Ministry of Defence", "DPRK": "North Korea"}),
    ([[]], {}),
]


@pytest.mark.parametrize("per_document, expected", ALIAS_CASES)
def test_aliases_across_documents(store, per_document, expected) -> None:
    for n, pairs in enumerate(per_document):
        store.add(records.article(f"d{n}", f"Text {n}."), Findings(aliases=tuple(pairs)))
    assert store.aliases() == expected
