"""Page-furniture removal for scraped plain text: which paragraphs are article, which are not.

A paragraph is furniture when

1. it matches a rule of :mod:`newsclaims.clean.rules` (appeal, share bar, tweet embed ...);
2. it repeats the page's headline (its first paragraph that is not furniture): scrapes
   often print it twice. Other repeated paragraphs stay (lists, tables and recipes repeat
   lines on purpose);
3. it is one of the ``repeated`` lines: lines seen on other pages of the same outlet
   (see :class:`newsclaims.clean.repeated.Boilerplate`);
4. it sits in a *block* opened by an opener rule (an appeal, a sign-up box, a "Related Posts"
   heading, a correction form): the run of *weak* paragraphs after the opener - furniture by
   rule, addressed to the reader ("you", "your", "we", "our", "us", with no reporting verb
   such as "said"), or short (at most 5 words, or at most 12 without a full stop). If the
   run reaches the end of the page, all of it is furniture (the tail of a scraped page:
   outlet names, button labels, link titles). If article text follows, only the
   reader-addressed paragraphs go: short ones there are kept, as they may be a headline or
   subhead (a donation banner above the headline must not take the headline with it) -
   except under a "Related ..." heading, where all short paragraphs but the last (which
   may be the subhead of the article's next section) are link titles.

Kept paragraphs lose a short link or share bar glued to their end by scraping
("... he said.Read more"), see :func:`kept`.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from . import rules
from .ids import normalise
from .text import lines as split_lines
from .text import paragraphs as join_paragraphs
from .text import unglue

__all__ = ["Paragraph", "judge", "strip", "kept", "line_labels", "outlet_hint"]

_ADDRESSED = re.compile(r"\b(?:you|your|yours|you'?re|you'?ll|you'?ve|we|our|ours|we'?re|we'?ve|(?-i:us))\b", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?][\"”’')\]]*$")
_BOUNDARY = re.compile(r"[.!?][\"”’')\]]?\s+(?=[A-Z])")
# furniture that scraping glues to the end of a paragraph ("... he said.Read more")
_TAILS = frozenset({"related-links heading", "related link", "share links", "advertisement", "scroll to top",
                    "follow prompt", "comments", "reading time"})
_OUTLET = re.compile(
    r"^(?i:support|(?:an? )?message from|(?:help )?keep)\s+((?:The )?[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,4}?)"
    r"(?i: free| independent| going| alive)?\s*[!:]?$"
)


@dataclass(frozen=True)
class Paragraph:
    """One paragraph of a page, the input lines it came from (0-based), and why it is
    furniture (None: article text)."""

    text: str
    lines: tuple[int, ...]
    reason: str | None = None


def judge(text: str, repeated: Collection[str] = ()) -> list[Paragraph]:
    """Every paragraph of ``text`` with its verdict (see the module rules)."""
    found = join_paragraphs(split_lines(text))
    texts = [paragraph for paragraph, _ in found]
    openers = [rules.opener(text) for text in texts]
    reasons = _own_reasons(texts, openers, {normalise(line) for line in repeated})
    _mark_blocks(texts, openers, reasons)
    return [Paragraph(text, indices, reason) for (text, indices), reason in zip(found, reasons)]


def strip(text: str, repeated: Collection[str] = ()) -> list[str]:
    """The article paragraphs of ``text``, furniture removed (see :func:`kept`)."""
    return kept(judge(text, repeated))


def kept(paragraphs: Sequence[Paragraph]) -> list[str]:
    """The text of the article paragraphs, with sentences glued by scraping parted and a
    short furniture sentence glued to a paragraph's end ("... he said.Read more") cut off."""
    return [_trim_tail(unglue(p.text)) for p in paragraphs if p.reason is None]


def line_labels(text: str, repeated: Collection[str] = ()) -> list[bool | None]:
    """For each input line: True if kept as article text, False if furniture, None if blank."""
    labels: list[bool | None] = [None] * len(split_lines(text))
    for paragraph in judge(text, repeated):
        for index in paragraph.lines:
            labels[index] = paragraph.reason is None
    return labels


def outlet_hint(paragraphs: Sequence[Paragraph]) -> str | None:
    """An outlet named by an appeal heading ("Support The Daily Bugle!", "Keep The Daily Bugle
    Free!", "A message from The Daily Bugle:"), if one is there."""
    for paragraph in paragraphs:
        if paragraph.reason and (match := _OUTLET.match(paragraph.text)):
            return match.group(1)
    return None


def _own_reasons(texts: Sequence[str], openers: Sequence[str | None], repeated: set[str]) -> list[str | None]:
    headline: str | None = None
    reasons: list[str | None] = []
    for text, opener in zip(texts, openers):
        key = normalise(text)
        reason = opener or rules.single(text)
        if reason is None and key == headline:
            reason = "repeats the headline"
        if reason is None and key in repeated:
            reason = "repeated on other pages of the outlet"
        if reason is None and headline is None:
            headline = key
        reasons.append(reason)
    return reasons


def _mark_blocks(texts: Sequence[str], openers: Sequence[str | None], reasons: list[str | None]) -> None:
    index = 0
    while index < len(texts):
        name = openers[index]
        if name is None:
            index += 1
            continue
        end = index + 1
        while end < len(texts) and (reasons[end] is not None or _weak(texts[end])):
            end += 1
        for k in _block_furniture(texts, reasons, index, end, links=name == "related-links heading"):
            reasons[k] = f"in a block after a {name}"
        index = end


def _block_furniture(texts: Sequence[str], reasons: list[str | None], start: int, end: int, *, links: bool) -> list[int]:
    """Which unmarked paragraphs of the block ``texts[start + 1:end]`` are furniture."""
    unmarked = [k for k in range(start + 1, end) if reasons[k] is None]
    if end == len(texts):
        return unmarked
    if links:  # link titles under a "Related" heading; the last short one may be a subhead
        return unmarked[:-1]
    return [k for k in unmarked if _addressed(texts[k])]


def _trim_tail(text: str) -> str:
    """``text`` without a last sentence of at most 6 words that is a link, share bar or the
    like (:data:`_TAILS`)."""
    ends = [match.end() for match in _BOUNDARY.finditer(text)]
    if not ends:
        return text
    tail = text[ends[-1]:]
    if len(tail.split()) > 6 or (rules.opener(tail) or rules.single(tail)) not in _TAILS:
        return text
    return text[: ends[-1]].rstrip()


def _weak(text: str) -> bool:
    words = len(text.split())
    return _addressed(text) or words <= 5 or (words <= 12 and not _SENTENCE_END.search(text))


def _addressed(text: str) -> bool:
    return bool(_ADDRESSED.search(text)) and not rules.REPORTED.search(text)
