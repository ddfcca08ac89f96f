"""Terminal output: what the article says is printed as it is, in every format."""

from __future__ import annotations

import io
import json

import pytest

from newsclaims.output import Format, write

RECORDS = [{"sentence": "Officials said [bold]600[/bold] died [percent].", "value": 600.0}]


@pytest.mark.parametrize("fmt", list(Format))
def test_brackets_in_article_text_are_not_markup(fmt: Format) -> None:
    out = io.StringIO()
    write(RECORDS, fmt, out, fields=["sentence", "value"])
    text = out.getvalue()
    if fmt is Format.json:
        text = json.loads(text)[0]["sentence"]
    assert "[bold]600[/bold] died [percent]" in text
