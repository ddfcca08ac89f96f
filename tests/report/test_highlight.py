"""Highlighting rules (newsclaims.report.highlight), table-driven, on records built in place."""

from __future__ import annotations

import datetime as dt

import pytest

from newsclaims.model import Claim, Quantity, StoredClaim
from newsclaims.report.highlight import Mark, Sentence, highlight

TEXT = "Intro line.\n\nAbout 40 people died on Monday. Officials said 12,000 fled. Tail."


def stored(id: int, number: str, sentence: str, *, text: str = TEXT, shift: tuple[int, int] = (0, 0)) -> StoredClaim:
    start = text.index(number)
    s_start = text.index(sentence)
    quantity = Quantity(40, 40, 40, "approx", None, number, start, start + len(number))
    claim = Claim(
        quantity, "person", "killed", None, None, None, None, "reported", None, None,
        sentence, s_start + shift[0], s_start + len(sentence) + shift[1],
    )
    return StoredClaim(id, "doc", "doc.txt", "Outlet", dt.date(2025, 1, 1), claim)


def flat(blocks) -> str:
    """The text back from the blocks: nothing may be lost or repeated."""
    out = []
    for block in blocks:
        if isinstance(block, str):
            out.append(block)
        else:
            out.extend(p if isinstance(p, str) else p.text for p in block.parts)
    return "".join(out)


def marks(blocks) -> list[Mark]:
    return [p for b in blocks if isinstance(b, Sentence) for p in b.parts if isinstance(p, Mark)]


CASES = [
    # (claims, expected mark (text, ids), number of sentences)
    pytest.param([stored(1, "About 40", "About 40 people died on Monday.")], [("About 40", ("claim-1",))], 1, id="one"),
    pytest.param(
        [stored(1, "About 40", "About 40 people died on Monday."), stored(2, "12,000", "Officials said 12,000 fled.")],
        [("About 40", ("claim-1",)), ("12,000", ("claim-2",))], 2, id="two-sentences",
    ),
    pytest.param(
        [stored(1, "About 40", "About 40 people died on Monday."), stored(2, "40", "About 40 people died on Monday.")],
        [("About 40", ("claim-1", "claim-2"))], 1, id="overlapping-numbers-merge",
    ),
    pytest.param(
        [stored(1, "About 40", "About 40 people died on Monday."), stored(2, "12,000", "Officials said 12,000 fled.", shift=(-20, 0))],
        [("About 40", ("claim-1",)), ("12,000", ("claim-2",))], 1, id="overlapping-sentences-merge",
    ),
    pytest.param(
        [stored(1, "About 40", "About 40 people died on Monday.", shift=(0, 500))],
        [("About 40", ("claim-1",))], 1, id="sentence-end-past-text-clipped",
    ),
    pytest.param([], [], 0, id="no-claims"),
]


@pytest.mark.parametrize(("claims", "expected", "sentences"), CASES)
def test_highlight(claims, expected, sentences):
    blocks = highlight(TEXT, claims)
    assert flat(blocks) == TEXT
    assert [(m.text, m.ids) for m in marks(blocks)] == expected
    assert sum(isinstance(b, Sentence) for b in blocks) == sentences


def test_every_sentence_lists_its_mark_ids():
    claims = [stored(1, "About 40", "About 40 people died on Monday."), stored(2, "12,000", "Officials said 12,000 fled.")]
    sentences = [b for b in highlight(TEXT, claims) if isinstance(b, Sentence)]
    assert [s.ids for s in sentences] == [("claim-1",), ("claim-2",)]
