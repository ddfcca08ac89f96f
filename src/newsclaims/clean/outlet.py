"""Which outlet published a document: a readable name, never a file name.

The first found wins:

1. the container's ``outlet`` (a JSONL field, a feed's title);
2. the page's site name (``og:site_name``, JSON-LD publisher: trafilatura's ``sitename``);
3. a major outlet known by its URL's registered domain (``apnews.com`` -> "AP News",
   :data:`newsclaims.clean.urls.OUTLETS`);
4. a copyright or rights line ("© 2025 The Harbour Courier. All rights reserved.", "Copyright
   2024 Northbridge Media Ltd", "Continental Review. All rights reserved."), or a byline that puts
   a name before the date ("Coastal Times | October 4, 2026"), or an appeal heading ("Support The
   Moscow Times!"), found among the page's lines (plain text) or in its markup (HTML);
5. the URL's host without ``www.`` (``harbourcourier.example``);
6. the user's ``--outlet``; else None, shown everywhere as :data:`newsclaims.model.UNKNOWN_OUTLET`.
"""

from __future__ import annotations

import html as html_entities
import re
from collections.abc import Iterable

from .urls import OUTLETS, host_of, outlet_from_url

_NAME = r"(?:[Tt]he\s+)?[A-Z][\w&'’.-]*(?:[ \t]+(?:[A-Z&][\w&'’.-]*|of|and|de|du|la|el|for)){0,6}"
_COPYRIGHT = re.compile(r"(?:©|\(c\)|&copy;|&#169;|\bCopyright\b)[ \t:]*(?:©|\(c\)|&copy;)?[ \t]*"
                        r"(?:\d{4}(?:[ \t]*[-–][ \t]*\d{2,4})?[ \t,]*)?(?:by[ \t]+)?(?P<name>" + _NAME + ")")
_RIGHTS = re.compile(r"(?:^|>|\n)[ \t]*(?P<name>" + _NAME + r")[.,]?[ \t]+(?i:all rights reserved)")
_BYLINE = re.compile(r"^[ \t]*(?P<name>" + _NAME + r")[ \t]*[|—–][ \t]*(?:Published[ \t]+)?(?:\w+day,?[ \t]+)?"
                     r"(?:\d{1,2}[ \t]+)?(?:January|February|March|April|May|June|July|August|September|October"
                     r"|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b", re.MULTILINE)
_SUFFIX = re.compile(r"(?:[ \t,]+(?:Ltd|Limited|Inc|LLC|PLC|plc|GmbH|S\.A|Corp|Corporation|Company|Co|"
                     r"All|Rights|Reserved)\.?)+$")
# Photo agencies and image banks: a "© Getty Images" line credits a picture, not the page.
_CREDITS = re.compile(r"(?i)\b(?:getty|shutterstock|alamy|istock|epa|afp|reuters|ap photo|associated press|"
                      r"photo|image|pixabay|unsplash|wikimedia|creative commons)\b")


def outlet_of(*, container: str | None, site_name: str | None, url: str | None, lines: Iterable[str] = (),
              markup: str | None = None, given: str | None = None, hint: str | None = None) -> str | None:
    """The outlet's name by the rules of the module docstring; None when nothing names one."""
    host = host_of(url)
    known = outlet_from_url(url) if host else None
    return (_clean(container) or _clean(site_name) or (known if known and known != host else None)
            or from_lines(lines) or (from_markup(markup) if markup else None) or _clean(hint)
            or host or _clean(given))


TOP_LINES = 12  # a byline sits near the top of the page


def from_lines(lines: Iterable[str]) -> str | None:
    """A copyright line, a rights line or a dated byline near the top naming the outlet (plain text)."""
    short = [line.strip() for line in lines if len(line) <= 200]
    top = "\n".join([line for line in short if line][:TOP_LINES])
    for pattern, text in ((_COPYRIGHT, "\n".join(short)), (_RIGHTS, "\n".join(short)), (_BYLINE, top)):
        for match in pattern.finditer(text):
            name = _name(match["name"])
            if name:
                return name
    return None


def from_markup(markup: str) -> str | None:
    """A copyright or rights line in an HTML page's markup (a footer trafilatura drops)."""
    for pattern in (_COPYRIGHT, _RIGHTS):
        for match in pattern.finditer(markup):
            name = _name(html_entities.unescape(match["name"]))
            if name:
                return name
    return None


def _name(found: str) -> str | None:
    name = _SUFFIX.sub("", " ".join(found.split())).strip(" .,-–")
    if len(name) < 3 or _CREDITS.search(name) or name.lower() in {"the", "all", "copyright"}:
        return None
    return name


def _clean(value: str | None) -> str | None:
    return " ".join(value.split()) if value and value.strip() else None


__all__ = ["outlet_of", "from_lines", "from_markup", "OUTLETS"]
