"""One transaction per document: a document the database rejects leaves nothing behind and
costs nothing already stored; set_published re-dates claims dated by the article."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
import store_records as records

from newsclaims.errors import InputError, UsageError
from newsclaims.model import Findings

TEXT = records.TEXT


def broken(findings: Findings, where: str) -> Findings:
    """The findings with their last record of one kind made unstorable (a required field None,
    or a span that ends before it starts), so the failure comes after the document's row and
    its other rows are written."""
    if where == "claims":
        bad = dataclasses.replace(findings.claims[-1], sentence=None)
    elif where == "times":
        bad = dataclasses.replace(findings.times[-1], start=9, end=3)
    elif where == "events":
        bad = dataclasses.replace(findings.events[-1], action=None)
    else:
        bad = (findings.aliases[-1][0], None)
    kind = getattr(findings, where)
    return dataclasses.replace(findings, **{where: kind[:-1] + (bad,)})


@pytest.mark.parametrize("where", ["claims", "times", "events", "aliases"])
def test_failure_mid_document_leaves_nothing_of_it(store, where) -> None:
    (first, first_findings), (second, second_findings) = records.corpus(2)
    bad_article, good_findings = records.article("bad"), records.full_findings()
    batch = [(first, first_findings), (bad_article, broken(good_findings, where)),
             (second, second_findings)]
    with pytest.raises(InputError, match="corpus/bad.txt: cannot store"):
        store.add_many(batch)
    assert store.contains(first.id) and not store.contains(bad_article.id)
    assert not store.contains(second.id)  # the batch stopped at the bad document
    assert store.stats() | {"first_published": None, "last_published": None} == {
        "articles": 1, "outlets": 1, "claims": len(first_findings.claims), "events": 0,
        "time_expressions": 0, "aliases": 0, "corrections": 0, "corrections_undone": 0,
        "first_published": None, "last_published": None}
    # the store is usable afterwards, and the document goes in once its findings are good
    assert store.add_many([(bad_article, good_findings), (second, second_findings)]) == [True, True]
    assert store.count_claims(document="bad") == len(good_findings.claims)


@pytest.mark.parametrize("field", ["text", "title", "outlet"])
def test_nul_characters_are_refused_on_every_backend(store, field) -> None:
    article = records.article(**{field: "before\x00after"})
    with pytest.raises(InputError, match="contains NUL characters"):
        store.add(article, Findings())
    assert not store.contains(article.id)


def test_a_rejected_add_can_be_skipped(store) -> None:
    items = records.corpus(3)
    bad = (items[1][0], broken(items[1][1], "claims"))
    results = []
    for article, findings in [items[0], bad, items[2]]:
        try:
            results.append(store.add(article, findings))
        except InputError:
            results.append(None)
    assert results == [True, None, True]
    assert [s.article.id for s in store.articles()] == ["doc-0000", "doc-0002"]


D = dt.date
# (claim's as_of, as_of_basis, article's previous date) -> claim's as_of after set_published
REDATE_CASES = [
    (None, "published", None, D(2025, 6, 1)),
    (D(2025, 4, 28), "published", D(2025, 4, 28), D(2025, 6, 1)),
    (D(2025, 4, 2), "published", D(2025, 4, 28), D(2025, 4, 2)),
    (D(2024, 10, 31), "stated", D(2025, 4, 28), D(2024, 10, 31)),
    (D(2025, 4, 28), "stated", D(2025, 4, 28), D(2025, 4, 28)),
    (None, "stated", None, None),
    (None, None, None, None),
]


@pytest.mark.parametrize("as_of, basis, previous, expected", REDATE_CASES)
def test_set_published(store, as_of, basis, previous, expected) -> None:
    article = records.article(published=previous, published_basis=None if previous is None else "text")
    claim = records.claim(TEXT, "12,000", as_of=as_of, as_of_basis=basis)
    other = records.article("other", "Other 12,000 text.", published=None, published_basis=None)
    store.add(article, Findings(claims=(claim,)))
    store.add(other, Findings(claims=(records.claim(other.text, "12,000", as_of=None),)))
    store.set_published(article.id, D(2025, 6, 1), "corpus", 0.4, "the corpus spans June 2025")
    assert store.article(article.id) == dataclasses.replace(
        article, published=D(2025, 6, 1), published_basis="corpus", published_confidence=0.4,
        published_reason="the corpus spans June 2025")
    [stored] = store.claims(document=article.id)
    assert stored.claim == dataclasses.replace(claim, as_of=expected)
    assert stored.published == D(2025, 6, 1)
    assert store.claims(document="other")[0].claim.as_of is None  # other documents untouched


def test_set_published_of_unknown_article(store) -> None:
    with pytest.raises(UsageError, match="no stored article with id nowhere"):
        store.set_published("nowhere", D(2025, 1, 1), "corpus", 0.5, None)
