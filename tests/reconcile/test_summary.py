"""The casualty-box sentence and the plain-dict record of a fact."""

from __future__ import annotations

import json

import pytest

from newsclaims.reconcile import fact_record, facts
from newsclaims.reconcile.summary import number

CASUALTIES = [
    (1, 6000, "more_than", {"source": "UK defence intelligence", "outlet": "Post", "as_of": "2025-07-01"}),
    (2, 6000, "more_than", {"source": "U.K. defense intelligence", "outlet": "Digest", "as_of": "2026-01-26"}),
    (3, 4700, "approx", {"source": "South Korea's NIS", "outlet": "Post", "as_of": "2025-07-01",
                         "counted": "casualties"}),
    (4, 4000, "approx", {"source": "Western officials", "outlet": "Times", "as_of": "2025-08-22"}),
]


def _facts(build, rows, **options):
    return facts([build(i, v, q, **kw) for i, v, q, kw in rows], **options)


@pytest.mark.parametrize(
    ("rows", "sentence"),
    [
        (
            CASUALTIES,
            "Northland — casualties (soldiers): more than 6,000 (UK defence intelligence, July 2025; 2 outlets); "
            "about 4,700 (South Korea's NIS, July 2025); about 4,000 (Western officials, August 2025) — conflicting; "
            "the latest is about 4,000 (Western officials, August 2025).",
        ),
        (
            [(1, 9e6, "approx", {"measure": "supplied", "counted": "artillery shells", "subject": None,
                                 "source": "Western intelligence", "as_of": "2026-01-26"})],
            "Supplied (shells): about 9 million (Western intelligence, January 2026) — one assertion.",
        ),
        (
            [(1, None, "range", {"low": 25000, "high": 30000, "measure": "deployed", "modality": "projected",
                                 "as_of": "2025-08-22", "outlet": "Times"})],
            "Northland — deployed (soldiers), projected: 25,000 to 30,000 (Times, August 2025) — one assertion.",
        ),
        (
            [(1, 40, "approx", {"unit": "percent", "as_of": "2026-01-26", "outlet": "Digest"})],
            "Northland — casualties (soldiers) as a percentage: about 40% (Digest, January 2026) — one assertion.",
        ),
    ],
)
def test_summary_sentence(build, rows, sentence: str) -> None:
    (fact,) = _facts(build, rows)
    assert fact.summary == sentence


@pytest.mark.parametrize(
    ("value", "unit", "text"),
    [(6000, None, "6,000"), (9e6, None, "9 million"), (1.2e6, None, "1.2 million"), (1_250_000, None, "1,250,000"),
     (37, None, "37"), (2.5, None, "2.5"), (40, "percent", "40%"), (3e9, None, "3 billion"),
     (0.5, "fraction", "half"), (0.2, "fraction", "20%")],
)
def test_numbers_as_printed(value: float, unit: str | None, text: str) -> None:
    assert number(value, unit) == text


def test_fact_record_is_json_ready(build) -> None:
    (fact,) = _facts(build, CASUALTIES)
    record = json.loads(json.dumps(fact_record(fact)))
    for field in ("subject", "measure", "counted", "modality", "status", "reason", "low", "best", "high",
                  "sources", "independent_sources", "summary", "claims", "conflicts"):
        assert field in record
    assert (record["status"], record["sources"], record["independent_sources"]) == ("conflicting", 3, 3)
    assert [c["id"] for c in record["claims"]] == [1, 2, 3, 4]
    claim = record["claims"][0]
    for field in ("document", "outlet", "sentence", "value", "low", "high", "qualifier", "source", "via",
                  "as_of", "start", "end"):
        assert field in claim
    assert (claim["as_of"], claim["qualifier"], claim["value"]) == ("2025-07-01", "more_than", 6000)
    assert record["conflicts"][0]["claims"] == [1, 3]
