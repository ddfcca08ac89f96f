"""Every field of every record comes back exactly as it went in; re-adding changes nothing."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
import store_records as records

from newsclaims.model import Findings


def stored_findings(store, article_id: str) -> Findings:
    """The findings of one document as read back through the public read methods."""
    return Findings(
        claims=tuple(c.claim for c in store.claims(document=article_id)),
        times=tuple(t for doc, t in store.times(article_id)),
        events=tuple(e.event for e in store.events() if e.document_id == article_id),
        aliases=tuple(sorted(store.aliases().items())),
    )


ARTICLES = [
    pytest.param(records.article(), id="every-field-set"),
    pytest.param(
        records.article(title=None, outlet=None, published=None, published_basis=None,
                        published_confidence=0.0, url=None, published_reason=None),
        id="optional-fields-none",
    ),
    pytest.param(records.article(published=dt.date(1999, 12, 31), published_basis="corpus",
                                 published_confidence=0.333333333333), id="corpus-date"),
    pytest.param(records.article(text="Ein Satz – mit “Anführungszeichen” und 😀 Emoji.\n\nZwei."),
                 id="unicode-text"),
]


@pytest.mark.parametrize("article", ARTICLES)
def test_article_round_trip(store, article) -> None:
    assert store.add(article, Findings()) is True
    assert store.article(article.id) == article
    assert store.article(article.uri) == article
    [stored] = store.articles()
    assert stored.article == article and stored.claims == 0


def test_findings_round_trip(store) -> None:
    article, findings = records.article(), records.full_findings()
    assert store.add(article, findings) is True
    assert store.findings(article.id) == findings
    assert store.findings("nowhere") is None
    assert store.add(records.article("empty", "Nothing here."), Findings())
    assert store.findings("empty") == Findings()
    back = stored_findings(store, article.id)
    # claims come back ordered by as_of (None last), then position; compare as sets of records
    assert sorted(map(repr, back.claims)) == sorted(map(repr, findings.claims))
    assert back.times == tuple(sorted(findings.times, key=lambda t: t.start))
    assert set(back.events) == set(findings.events)
    assert back.aliases == tuple(sorted(findings.aliases))
    for claim in back.claims:
        assert type(claim.quantity.value) in (float, type(None))
        assert article.text[claim.start:claim.end] == claim.quantity.text


@pytest.mark.parametrize(
    "field, value",
    [("value", None), ("value", 0.0), ("low", -3.5), ("high", 1e15), ("value", 0.1 + 0.2),
     ("value", 12_000_000.0), ("unit", "percent")],
)
def test_quantity_values_round_trip(store, field, value) -> None:
    claim = records.claim(records.TEXT, "12,000", {field: value})
    store.add(records.article(), Findings(claims=(claim,)))
    [stored] = store.claims()
    assert getattr(stored.claim.quantity, field) == value
    assert stored.claim == claim


def test_stored_claim_carries_its_document(store) -> None:
    article = records.article()
    store.add(article, Findings(claims=(records.claim(records.TEXT, "12,000"),)))
    [stored] = store.claims()
    assert (stored.document_id, stored.document, stored.outlet, stored.published) == (
        article.id, article.uri, article.outlet, article.published)
    assert isinstance(stored.id, int)


def test_seed_articles_round_trip(store, seed_dir) -> None:
    """Real scraped text, with a claim on every number: text and offsets survive exactly."""
    paths = sorted(seed_dir.glob("*.txt"))
    items = [(records.article(p.stem, p.read_text(encoding="utf-8"), uri=str(p)), None) for p in paths]
    items = [(a, records.numbers_findings(a.text)) for a, _ in items]
    assert store.add_many(items) == [True] * len(items)
    for article, findings in items:
        assert store.article(str(seed_dir / f"{article.id}.txt")) == article
        assert store.findings(article.id) == findings
        stored = store.claims(document=article.id)
        assert len(stored) == len(findings.claims) > 0
        assert all(article.text[s.claim.start:s.claim.end] == s.claim.quantity.text for s in stored)
    assert store.stats()["claims"] == sum(len(f.claims) for _, f in items)


def test_add_is_idempotent(store) -> None:
    article, findings = records.article(), records.full_findings()
    assert store.add(article, findings) is True
    before = store.stats()
    changed = dataclasses.replace(article, title="Another title")  # same id: same content
    assert store.add(changed, records.full_findings()) is False
    assert store.add(article, Findings()) is False
    assert store.stats() == before
    assert store.article(article.id) == article


def test_add_many_reports_each_document(store) -> None:
    (a, fa), (b, fb) = records.corpus(2)
    assert store.add_many([(a, fa), (a, fa), (b, fb)]) == [True, False, True]
    assert store.add_many(iter([(b, fb)])) == [False]
    assert store.add_many([]) == []
    assert store.stats()["articles"] == 2
    assert store.count_claims() == len(fa.claims) + len(fb.claims)


def test_contains_and_lookup(store) -> None:
    article = records.article()
    assert not store.contains(article.id) and store.article(article.id) is None
    store.add(article, Findings())
    assert store.contains(article.id)
    assert store.article("nowhere") is None


def test_latest_article_wins_for_a_shared_uri(store) -> None:
    old = records.article("v1", "First version of the page.", uri="https://x.example/a")
    new = records.article("v2", "Second version of the page.", uri="https://x.example/a")
    store.add_many([(old, Findings()), (new, Findings())])
    assert store.article("https://x.example/a") == new
    assert store.article("v1") == old


def test_stats(store) -> None:
    empty = store.stats()
    assert empty == {"articles": 0, "outlets": 0, "claims": 0, "events": 0, "time_expressions": 0,
                     "aliases": 0, "corrections": 0, "corrections_undone": 0,
                     "first_published": None, "last_published": None}
    store.add(records.article("a", published=dt.date(2025, 1, 5)), records.full_findings())
    store.add(records.article("b", "Other text.", outlet="Other", published=None), Findings())
    store.add(records.article("c", "Third text.", published=dt.date(2024, 6, 1)), Findings())
    stats = store.stats()
    assert stats == {"articles": 3, "outlets": 2, "claims": 5, "events": 2, "time_expressions": 3,
                     "aliases": 2, "corrections": 0, "corrections_undone": 0, "first_published": dt.date(2024, 6, 1),
                     "last_published": dt.date(2025, 1, 5)}


def test_published_dates(store) -> None:
    assert store.published_dates() == []
    for id, published in [("a", dt.date(2025, 3, 1)), ("b", None), ("c", dt.date(2024, 1, 2)),
                          ("d", dt.date(2025, 3, 1))]:
        store.add(records.article(id, f"Text {id}.", published=published), Findings())
    assert store.published_dates() == [dt.date(2024, 1, 2), dt.date(2025, 3, 1), dt.date(2025, 3, 1)]
