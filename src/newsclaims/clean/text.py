"""Text tidying shared by the plain-text and HTML paths: lines in, paragraphs out.

Rules:

* Unicode NFC; no-break and other space separators become plain spaces; zero-width and
  control characters (other than newlines and tabs) are dropped; runs of spaces collapse;
* a paragraph is one line, except that a line that does not end a sentence and is followed
  (without a blank line) by a line starting in lower case is joined to it (hard-wrapped text);
* where scraping glued two sentences together ("victorious."Kim, "in 2024.The"), a space is
  put back: after sentence-final punctuation that follows a lower-case word or a number,
  before an upper-case letter that starts a word, on the correct side of a quote mark
  between them (not inside web and mail addresses).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

_INVISIBLE = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad]|[^\S\n\t ]|[\x00-\x08\x0b-\x1f\x7f]")
_SPACES = re.compile(r"[ \t]+")
_GLUED = re.compile(r"(?<=[a-z0-9]{2}[.!?])([\"”’“]?)(?=[A-Z][a-z])")
_WEB_ADDRESS = re.compile(r"^(?:www\.|\w+://)|@", re.IGNORECASE)
_ENDS_SENTENCE = re.compile(r"[.!?:;\"”’')\]]\s*$")


def tidy(text: str) -> str:
    """NFC, visible whitespace only, one space between words, lines stripped."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    text = _INVISIBLE.sub(lambda m: " " if m.group().isspace() else "", text)
    return "\n".join(_SPACES.sub(" ", line).strip() for line in text.split("\n"))


def unglue(line: str) -> str:
    """Put back the space scraping dropped between two sentences (on the right side of a
    quote mark: a straight quote closes when an odd number of them comes before it)."""

    def space(match: re.Match[str]) -> str:
        word = line[line.rfind(" ", 0, match.start()) + 1 : match.start()]
        if _WEB_ADDRESS.search(word):  # www.DearAbby.com, mail@Example.org
            return match.group(1)
        quote = match.group(1)
        opening = quote == "“" or (quote == '"' and line.count('"', 0, match.start()) % 2 == 0)
        return f" {quote}" if opening else f"{quote} "

    return _GLUED.sub(space, line)


def paragraphs(lines: Sequence[str]) -> list[tuple[str, tuple[int, ...]]]:
    """Non-empty lines as paragraphs, hard-wrapped lines joined (see the module rules); each
    paragraph comes with the indices of the lines it was made from."""
    result: list[tuple[str, tuple[int, ...]]] = []
    joinable = False
    for index, line in enumerate(lines):
        if not line:
            joinable = False
            continue
        if joinable and line[0].islower():
            text, indices = result[-1]
            result[-1] = (f"{text} {line}", (*indices, index))
        else:
            result.append((line, (index,)))
        joinable = not _ENDS_SENTENCE.search(result[-1][0])
    return result


def lines(text: str) -> list[str]:
    """The tidied lines of ``text``; line *i* here is line *i* of the input (``\\n``-split)."""
    return tidy(text).split("\n")
