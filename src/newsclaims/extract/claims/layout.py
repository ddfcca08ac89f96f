"""Page layout: the lines of an article that are furniture, its dateline, and its sure countries.

Rules (issue 14, round 12), each computed once per document and cached on the ``Doc``:

1. **Furniture** (:func:`furniture`): a masthead or outlet line ("West Coast Bulletin - Saturday,
   February 1, 2025", "Berlin Bulletin · Published 24.02.2025", "Levant Dispatch | 4 min read")
   — a short line (at most :data:`FURNITURE_WORDS` words, no final full stop) split by ``|``,
   ``·`` or a spaced dash, whose first part is a name without figures and whose other parts all
   tell a date, a time or a reading time — and a byline ("By our correspondent in Cairo", a short
   line opening on "By") name the outlet and its staff, never the story's places: "Coast" of a
   masthead is no Kenyan province. A headline ("Floods kill 40 in Kenya - officials") has parts
   that tell no date and stays.
2. **Dateline** (:func:`dateline`): a paragraph opening on a place written in capitals and a
   dash ("PASADENA - ...", "GAZA CITY, 3 May - ...") names where the outlet reports from; its
   country (a city several countries share read by :func:`certain`) counts for the article's main
   actor like one mention of a country (:func:`~.assembly.main_actor`); the scene rules ignore it.
   Round 16: a country written after the place's comma ("GORIS, Armenia -") is the dateline's
   country, before any reading of the place itself (Goris is also a Georgian district's name).
3. **Sure countries** (:func:`certain`): the countries the article names by a name that is no
   one else's (a country's own name, nationality, capital or territory: "Israel", "Gaza Strip";
   not a province or city several countries share, nor anything in the furniture). A place
   several countries share ("Gaza", "Santa Ana") resolves among them (``gazetteer.country``'s
   ``near``) on every path that reads subjects, scenes and the main actor. Round 17: a short name
   several countries share ("Congo", "Congolese": ``gazetteer.shared``) is no sure country, but is
   decided by the sure ones ("Kinshasa", "Democratic Republic of the Congo"); nor is a country's name
   that ends a longer place's ("East Palestine": ``gazetteer.prefixed``).
4. **The outlet's home** (:func:`home`, issue 14, round 13): the country an outlet's masthead names by
   a country's own name, nationality or capital ("Berlin Bulletin · Published ...": Germany). It is
   no place of the story (rule 1) and counts for nothing while the article names any country; an
   article that names none (a national election told by party names alone) is read as its home
   outlet's country, the last fallback of :func:`~.assembly.main_actor`.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from ... import gazetteer

#: A furniture line has at most this many words.
FURNITURE_WORDS = 14

_SEPARATOR = re.compile(r"\s*(?:\||·|•|\s[-–—]\s)\s*")
_DATEISH = re.compile(
    r"\b(?:published|updated|posted|min(?:ute)?s? read|gmt|utc|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"january|february|march|april|may|june|july|august|september|october|november|december|"
    r"jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\b|\d{1,2}[./:]\d{2}", re.I)
_BYLINE = re.compile(r"^By\s+\S")
_DATELINE = re.compile(r"(?m)^([A-Z][A-Z'.-]+(?: [A-Z][A-Z'.-]+){0,2})(,[^\n\-–—]{0,40})?\s+[-–—]\s")


def is_furniture(line: str) -> bool:
    """Is this line of text a masthead, outlet line or byline (rule 1)?"""
    line = line.strip()
    if not line or line.endswith(".") or len(line.split()) > FURNITURE_WORDS:
        return False
    if _BYLINE.match(line):
        return len(line.split()) <= 8
    parts = [p for p in _SEPARATOR.split(line) if p]
    if len(parts) < 2 or re.search(r"\d", parts[0]) or len(parts[0].split()) > 5:
        return False
    return all(_DATEISH.search(p) for p in parts[1:])


def furniture(doc: Doc) -> frozenset[int]:
    """Indices of the tokens in the article's furniture lines (rule 1), cached on ``doc``."""
    cached = doc.user_data.get("newsclaims.furniture")
    if cached is None:
        found: set[int] = set()
        for line in re.finditer(r"(?m)^[^\n]+$", doc.text):
            if is_furniture(line.group()):
                span = doc.char_span(line.start(), line.end(), alignment_mode="expand")
                found.update(range(span.start, span.end) if span is not None else ())
        cached = doc.user_data["newsclaims.furniture"] = frozenset(found)
    return cached


def _admin(doc: Doc, ent) -> str | None:
    """Round 18: "Niger state" names a state of Nigeria, never Niger (``gazetteer.admin_area``)."""
    if ent.end < len(doc) and doc[ent.end].lower_ in gazetteer.ADMIN_WORDS and ent[-1].is_title:
        return gazetteer.admin_area(ent.text)
    return None


def certain(doc: Doc) -> frozenset[str]:
    """The countries the article names without doubt (rule 3), cached on ``doc``."""
    cached = doc.user_data.get("newsclaims.certain")
    if cached is None:
        skip = furniture(doc)
        cached = frozenset(
            found for ent in doc.ents if ent.label_ in ("GPE", "NORP", "LOC") and ent.start not in skip
            and not gazetteer.shared(ent.text)  # round 17: "Congo" is decided by the sure ones
            and not (ent.start and gazetteer.prefixed(doc[ent.start - 1].text, ent.text))  # "East Palestine"
            for found in [gazetteer.country(ent.text, provinces=False)] if found
            for found in [_admin(doc, ent) or found])  # round 18: a country's name only, corrected
        doc.user_data["newsclaims.certain"] = cached
    return cached


def dateline(doc: Doc) -> tuple[int, int, str | None] | None:
    """The dateline place's tokens ``(start, end)`` and its country (rule 2), or None."""
    if "newsclaims.dateline" not in doc.user_data:
        match = _DATELINE.search(doc.text)
        span = doc.char_span(match.start(1), match.end(1), alignment_mode="expand") if match else None
        after = match and match.group(2) and match.group(2).strip(" ,")
        written = after and (gazetteer.country(after, provinces=False)
                             or gazetteer.is_province(after) and gazetteer.country(after))  # round 17: ", Ohio -"
        doc.user_data["newsclaims.dateline"] = None if span is None else (
            span.start, span.end, written or gazetteer.country(match.group(1).title(), near=certain(doc)))
    return doc.user_data["newsclaims.dateline"]


def home(doc: Doc) -> str | None:
    """Rule 4: the one country the masthead of a furniture line names (not a byline), cached."""
    if "newsclaims.home" not in doc.user_data:
        found = set()
        for line in re.finditer(r"(?m)^[^\n]+$", doc.text):
            text = line.group()
            if not is_furniture(text) or _BYLINE.match(text.strip()):
                continue
            masthead = _SEPARATOR.split(text.strip())[0]
            found.update(c for word in re.findall(r"[A-Z][a-z]+", masthead)
                         for c in [gazetteer.country(word, provinces=False)] if c)
        doc.user_data["newsclaims.home"] = found.pop() if len(found) == 1 else None
    return doc.user_data["newsclaims.home"]
