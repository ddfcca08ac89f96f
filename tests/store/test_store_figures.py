"""Poison figures (infinite, NaN or beyond any count) never reach a view: the store does not
write them, does not return those written before, and migration 0004 deletes them."""

from __future__ import annotations

import datetime as dt
import math

import pytest
import sqlalchemy as sa
import store_records as records

from newsclaims import reconcile
from newsclaims.model import Findings
from newsclaims.store import Store, migrate
from newsclaims.store import engine as engines

POISON = [math.inf, -math.inf, 1e300, 2e15]


def poison(store_url: str, value: float) -> None:
    """Set the figures of the first stored claim to ``value`` behind the store's back."""
    engine = engines.create(engines.parse_url(store_url))
    with engine.begin() as conn:
        first = conn.execute(sa.text("SELECT min(id) FROM claims")).scalar_one()
        conn.execute(sa.text("UPDATE claims SET value = :v, low = :v WHERE id = :id"), {"v": value, "id": first})
    engine.dispose()


@pytest.mark.parametrize("value", POISON)
def test_a_stored_poison_figure_is_never_returned(store, value):
    store.add(records.article(), records.full_findings())
    before = len(store.claims())
    poison(store.url, value)
    found = store.claims()
    assert len(found) == before - 1
    assert all(c.claim.quantity.value is None or math.isfinite(c.claim.quantity.value) for c in found)
    assert len(store.findings("doc-1").claims) == before - 1
    assert [f.summary for f in reconcile.facts(found, aliases=store.aliases())]


def test_a_poison_figure_is_not_stored(store):
    findings = records.full_findings()
    bad = records.claim(records.TEXT, "12,000", {"value": math.inf, "low": math.inf})
    assert store.add(records.article(), Findings(claims=(*findings.claims, bad), times=findings.times))
    assert len(store.claims()) == len(findings.claims)


def test_migration_0004_deletes_old_poison_rows(db_url):
    engine = engines.create(engines.parse_url(db_url))
    migrate.upgrade(engine, "0002")
    engine.dispose()
    _fill_at_0002(db_url)
    with Store(db_url) as store:
        values = sorted(c.claim.quantity.value or 0 for c in store.claims())
    engine = engines.create(engines.parse_url(db_url))
    assert migrate.current(engine) == migrate.head()
    with engine.connect() as conn:
        stored = sorted(conn.execute(sa.text("SELECT value FROM claims")).scalars())
    engine.dispose()
    assert stored == values == [4700.0, 6000.0]


def _fill_at_0002(db_url: str) -> None:
    """A document and four claims written as version 0002 did: two fine, two poison."""
    article = records.article()
    engine = engines.create(engines.parse_url(db_url))
    with engine.begin() as conn:
        conn.execute(sa.text(
            "INSERT INTO documents (id, uri, url, title, outlet, text, published, published_basis,"
            " published_confidence, published_reason, words, added_at) VALUES (:id, :uri, :url, :title,"
            " :outlet, :text, :published, 'metadata', 0.9, 'meta', 10, :added)"),
            {"id": article.id, "uri": article.uri, "url": article.url, "title": article.title,
             "outlet": article.outlet, "text": article.text, "published": article.published,
             "added": dt.datetime(2026, 1, 1, tzinfo=dt.UTC)})
        for seq, value in enumerate([6000.0, math.inf, 4700.0, 1e300]):
            conn.execute(sa.text(
                "INSERT INTO claims (document_id, seq, value, low, high, qualifier, unit, number_text,"
                " number_start, number_end, counted, measure, subject, modality, sentence, sentence_start,"
                " sentence_end) VALUES ('doc-1', :seq, :v, :v, NULL, 'exact', NULL, 'x', 0, 1, 'soldier',"
                " 'casualties', 'North Korea', 'reported', 'x', 0, 1)"), {"seq": seq, "v": value})
    engine.dispose()
