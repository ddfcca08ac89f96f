"""Name filters know aliases and parts of names: one source, one set of claims."""

from __future__ import annotations

import pytest
import store_records as records

from newsclaims.model import Findings
from newsclaims.store.names import NameMatcher

SOURCES = ["NIS", "National Intelligence Service", "South Korea's NIS", "British defence intelligence",
           "intelligence reports", "Intelligence reports", "Western officials"]


@pytest.mark.parametrize("query, expected", [
    ("NIS", {"NIS", "National Intelligence Service", "South Korea's NIS"}),
    ("national intelligence service", {"NIS", "National Intelligence Service", "South Korea's NIS"}),
    ("british", {"British defence intelligence"}),
    ("British Defense Intelligence", {"British defence intelligence"}),
    ("intelligence reports", {"intelligence reports", "Intelligence reports"}),
    ("west", {"Western officials"}),
    ("nobody", set()),
    ("officials said", set()),
])
def test_source_filters(query, expected) -> None:
    assert NameMatcher(query, SOURCES).among(SOURCES) == expected


@pytest.mark.parametrize("query, names, expected", [
    ("DPRK", ["North Korea", "Russia"], {"North Korea"}),
    ("north korea", ["North Korea", "Russia"], {"North Korea"}),
    ("korea", ["North Korea", "South Korea", "Russia"], {"North Korea", "South Korea"}),
])
def test_subject_filters_know_countries(query, names, expected) -> None:
    assert NameMatcher(query, names, countries=True).among(names) == expected


def test_store_filters_match_any_alias(store) -> None:
    text = "The National Intelligence Service says 12,000 left. The NIS says 300 died. Seoul's NIS counts 40."
    findings = Findings(claims=(
        records.claim(text, "12,000", source="National Intelligence Service"),
        records.claim(text, "300", source="NIS"),
        records.claim(text, "40", source="Seoul's NIS"),
    ))
    store.add(records.article("a", text, outlet="Northbridge Post"), findings)
    for query in ("NIS", "National Intelligence Service", "nis", ["Nobody", "NIS"]):
        assert store.count_claims(source=query) == 3, query
    assert store.count_claims(outlet="northbridge") == 3
    assert store.count_claims(subject="DPRK") == 3
    assert store.count_claims(source="Nobody") == 0
