"""Flat CSV rows: one row per record or per item of a nested list, one value per cell, never JSON."""

from __future__ import annotations

import csv
import io

import pytest

from newsclaims.output import Format, write
from newsclaims.tabular import cell, rows

FACT = {
    "subject": "North Korea", "measure": "killed", "low": 100.0, "best_claims": [3, 4],
    "summary": "North Korea - killed:\n about 100 (officials).\n\n",
    "assertions": [
        {"figure": "about 100", "source": "officials", "outlets": ["A", "B"], "claims": [3, 4]},
        {"figure": "120", "source": None, "outlets": ["C"], "claims": [5]},
    ],
    "conflicts": [{"claims": [3, 5], "reason": "far apart"}],
    "claims": [{"id": 3}, {"id": 4}, {"id": 5}],
}


@pytest.mark.parametrize(
    ("value", "flat"),
    [
        ("Officials said 12 died.\n\n\n", "Officials said 12 died."),
        ("  two\tspaced \r\n lines ", "two spaced lines"),
        (["a", "b", None], "a; b"),
        ({"claims": [1, 2], "reason": "far"}, "claims: 1; 2; reason: far"),
        (12.5, 12.5),
        (None, None),
        (True, True),
    ],
)
def test_cells_are_one_line_of_plain_text(value: object, flat: object) -> None:
    assert cell(value) == flat


def test_one_row_per_assertion_with_the_fact_repeated() -> None:
    columns, flat = rows([FACT], list(FACT), expand="assertions")
    assert "assertions" not in columns and "claims" not in columns and "conflicts" not in columns
    assert columns[-4:] == ["assertion_figure", "assertion_source", "assertion_outlets", "assertion_claims"]
    assert [r["assertion_figure"] for r in flat] == ["about 100", "120"]
    assert all(r["subject"] == "North Korea" and r["best_claims"] == "3; 4" for r in flat)
    assert flat[0]["summary"] == "North Korea - killed: about 100 (officials)."
    assert flat[0]["assertion_outlets"] == "A; B"


def test_a_record_without_items_is_one_row() -> None:
    columns, flat = rows([{**FACT, "assertions": []}, FACT], list(FACT), expand="assertions")
    assert len(flat) == 3 and "assertion_figure" not in flat[0] and "assertion_figure" in columns


def test_csv_written_flat() -> None:
    out = io.StringIO()
    write([FACT], Format.csv, out, fields=list(FACT), expand="assertions")
    table = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert len(table) == 2
    assert not any(v.startswith(("[", "{")) or "\n" in v for r in table for v in r.values())
