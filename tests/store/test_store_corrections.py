"""Corrections: kept in their own table, applied by every read, outliving re-extraction."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
import store_records as records

from newsclaims.model import Findings
from newsclaims.store.corrections import CorrectionError


@pytest.fixture
def filled(store):
    store.add(records.article("a"), records.full_findings())
    return store


def by_text(store, text: str, **filters):
    return next(c for c in store.claims(**filters) if c.claim.quantity.text == text)


def test_claim_correction_applies_and_is_marked(filled) -> None:
    wounded = by_text(filled, "About 4,700")
    made = filled.correct_claim(wounded.id, {"source": "NIS", "measure": "Casualties", "value": "4,800"},
                                by="ed", why="the agency is the NIS")
    assert [(c.field, c.value, c.by, c.number) for c in made] == [
        ("source", "NIS", "ed", "About 4,700"), ("measure", "casualties", "ed", "About 4,700"),
        ("value", "4800.0", "ed", "About 4,700")]
    fixed = by_text(filled, "About 4,700")
    assert (fixed.claim.source, fixed.claim.measure, fixed.claim.quantity.value) == ("NIS", "casualties", 4800.0)
    assert fixed.claim.quantity.low == 4230.0  # a bound that was not the figure stays
    assert fixed.corrected == ("source", "measure", "value")
    assert by_text(filled, "12,000").corrected == ()


def test_filters_see_corrected_values(filled) -> None:
    wounded = by_text(filled, "About 4,700")
    filled.correct_claim(wounded.id, {"source": "National Intelligence Service"}, by="ed")
    assert [c.id for c in filled.claims(source="NIS")] == [wounded.id]  # alias NIS defined in the text
    assert filled.claims(source="the agency") == []
    assert filled.count_claims(source="NIS") == 1


def test_not_a_claim_hides_it_everywhere(filled) -> None:
    before = filled.count_claims()
    heavy = by_text(filled, "heavy")
    filled.correct_claim(heavy.id, {"not_a_claim": None}, by="ed", why="an adjective")
    assert filled.count_claims() == before - 1
    assert filled.articles()[0].claims == before - 1
    assert all(c.claim.quantity.text != "heavy" for c in filled.claims())


def test_article_correction_redates_its_claims(filled) -> None:
    filled.correct_article("corpus/a.txt", {"outlet": "Example Post", "published": "2025-05-02"}, by="ed")
    article = filled.articles()[0]
    assert (article.article.outlet, article.article.published, article.corrected) == (
        "Example Post", dt.date(2025, 5, 2), ("outlet", "published"))
    assert filled.article("a").published_basis == "user"
    undated = by_text(filled, "About 4,700")  # dated by its article
    assert (undated.outlet, undated.claim.as_of) == ("Example Post", dt.date(2025, 5, 2))
    assert undated.corrected == ("outlet", "published", "as_of")
    assert by_text(filled, "more than 6,000").claim.as_of == dt.date(2025, 4, 1)  # stated: stays
    assert {e.outlet for e in filled.events()} == {"Example Post"}
    assert len(filled.claims(outlet="example post")) == 5


def test_later_correction_wins_and_undo_restores(filled) -> None:
    claim = by_text(filled, "12,000")
    first = filled.correct_claim(claim.id, {"subject": "Russia"}, by="ed")[0]
    second = filled.correct_claim(claim.id, {"subject": "Belarus"}, by="ann")[0]
    assert by_text(filled, "12,000").claim.subject == "Belarus"
    filled.undo_correction(second.id)
    assert by_text(filled, "12,000").claim.subject == "Russia"
    filled.undo_correction(first.id)
    assert by_text(filled, "12,000") == claim
    assert [c.id for c in filled.corrections(undone=True)] == [first.id, second.id]
    assert filled.corrections() == []
    with pytest.raises(CorrectionError, match="no active correction"):
        filled.undo_correction(first.id)


def test_corrections_survive_reextraction(filled) -> None:
    claim = by_text(filled, "12,000")
    filled.correct_claim(claim.id, {"source": "Seoul"}, by="ed")
    findings = records.full_findings()
    widened = dataclasses.replace(findings.claims[3], quantity=records.quantity(records.TEXT, "sent 12,000"))
    filled.replace_findings("a", Findings(claims=(findings.claims[0], widened)))
    again = by_text(filled, "sent 12,000")  # new id, new (overlapping) span: still corrected
    assert again.id != claim.id and again.claim.source == "Seoul"
    assert filled.findings("a").claims[1].source is None  # findings stay as extracted


@pytest.mark.parametrize("target, key, changes, message", [
    ("article", "nowhere", {"outlet": "X"}, "no stored article"),
    ("article", "a", {"value": "3"}, "no correctable field 'value'"),
    ("article", "a", {"published": "May 2"}, "not a date"),
    ("article", "a", {}, "nothing to correct"),
    ("claim", 10**6, {"source": "X"}, "no claim with id"),
    ("claim", None, {"measure": "exploded"}, "is not one of"),
    ("claim", None, {"value": "many"}, "is not a number"),
    ("claim", None, {"value": "1e400"}, "beyond any plausible figure"),  # the rule of newsclaims.figures
    ("claim", None, {"value": "2e15"}, "beyond any plausible figure"),
    ("claim", None, {"as_of": "2025-13-01"}, "not a date"),
])
def test_bad_corrections_are_refused(filled, target, key, changes, message) -> None:
    correct = filled.correct_article if target == "article" else filled.correct_claim
    key = filled.claims()[0].id if key is None else key
    with pytest.raises(CorrectionError, match=message):
        correct(key, changes, by="ed")
    assert filled.corrections() == []


@pytest.mark.parametrize("key", ["a", "corpus/a.txt", "a.txt"])
def test_an_article_is_named_by_id_uri_or_file_name(filled, key) -> None:
    filled.add(records.article("b", "Another text."), Findings())
    assert filled.correct_article(key, {"title": "Fixed"}, by="ed")[0].document_id == "a"


def test_stored_facts_table(filled) -> None:
    import json

    import sqlalchemy as sa

    from newsclaims import reconcile

    claim = by_text(filled, "12,000")
    filled.correct_claim(claim.id, {"source": "Seoul"}, by="ed")
    found = reconcile.facts(filled.claims())
    assert filled.save_facts(found) == len(found)
    engine = sa.create_engine(filled.url)
    with engine.connect() as conn:
        rows = conn.execute(sa.text("SELECT measure, claim_ids, corrected FROM facts")).all()
    engine.dispose()
    assert len(rows) == len(found)
    assert [bool(corrected) for _, ids, corrected in rows if claim.id in json.loads(ids)] == [True]
    assert filled.save_facts([]) == 0
