"""Named entities and aliases defined in the text.

Rules:

- **Acronyms** (:func:`aliases`): a name followed by a parenthesised all-capitals word defines
  that word as its alias — "the National Intelligence Service (NIS)" -> ("NIS", "National
  Intelligence Service"), "the UN refugee agency (UNHCR)" -> ("UNHCR", "UN refugee agency"). The
  name is the named entity (else the noun phrase) just before the parenthesis, without determiners (an entity
  or phrase that runs on over the parenthesis, "the World Health Organization (WHO) representative",
  is cut there); when its initials
  spell the acronym, the phrase is cut to the words that spell it ("South Korea's National
  Intelligence Service (NIS)" -> "National Intelligence Service").
  Issue 14, round 10: an acronym set off by commas in apposition to a description of a body
  ("the UN refugee agency, UNHCR, said", "The UN humanitarian office, OCHA, said") ties the two;
  a parenthesised definition elsewhere in the text wins, and a description that is no body's
  ("the group's leader, ABC") defines nothing. Round 27 (the lead's convention, claims guide): the
  NAME wins — the description is the alias ("UN humanitarian office" -> "OCHA"), so the description,
  "the agency" after it and "according to OCHA" all speak as "OCHA".
  Issue 14, round 17 (:func:`spelled_out`, part of :func:`aliases`): an acronym the text never
  defines but whose long form, an organisation's name whose capitalised words' initials spell it,
  is written elsewhere in the text ("WHO" and "the World Health Organization") is that long form.
  Issue 14, round 25 (:func:`_contraction`): a parenthesised one-word short name in title case made of
  the long name's letters in order, from the initial of one of its capitalised words ("US Central
  Command (Centcom)", "the Office of Communications (Ofcom)"), is defined as an acronym is; "(Reuters)"
  after a dateline defines nothing.
- **Canonical names** (:func:`canonical`): countries by :mod:`newsclaims.gazetteer`
  ("DPRK", "Pyongyang" -> "North Korea"); people's names with hyphenated given names spaced and
  capitalised alike ("Kim Jong-un" = "Kim Jong Un").
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from .. import gazetteer

_ACRONYM = re.compile(r"^[A-Z][A-Z0-9&]{1,9}$")
_MINOR = frozenset({"of", "the", "and", "for", "on", "in", "de"})


def aliases(doc: Doc) -> list[tuple[str, str]]:
    """(alias, long name) for every acronym the text defines, first definition wins, then those it
    spells out elsewhere (:func:`spelled_out`)."""
    found: dict[str, str] = {}
    for token in doc[2:]:
        if not (_ACRONYM.match(token.text) and token.nbor(-1).text == "(" and
                token.i + 1 < len(doc) and token.nbor(1).text == ")"):
            continue
        name = _name_before(doc, token.i - 1)
        if name and token.text not in found:
            found[token.text] = name
    for token in doc[2:]:  # issue 14 round 25: "US Central Command (Centcom)"
        if token.i + 1 < len(doc) and token.nbor(-1).text == "(" and token.nbor(1).text == ")" and \
                token.text not in found and token.ent_type_ not in ("GPE", "LOC", "NORP", "PERSON"):
            name = _name_before(doc, token.i - 1)
            if name and _contraction(token.text, name):
                found[token.text] = name
    apposed: dict[str, str] = {}
    for token in doc[2:]:  # round 27: the name in apposition wins over the description before it
        name = _apposed_description(token)
        if name and token.text not in found and token.text not in apposed.values() and name not in apposed:
            apposed[name] = token.text
    # round 17: an acronym the text spells out elsewhere is an alias too, so that "--source NIS" and facts
    # still know the long name the claims now carry (sources rule 38)
    found.update(spelled_out(doc, {**found, **{a: a for a in apposed.values()}}))
    found.update(apposed)
    return list(found.items())


def spelled_out(doc: Doc, known: dict[str, str]) -> dict[str, str]:
    """Issue 14, round 17: (acronym, long name) for an all-capitals word the text never defines but
    whose long form it writes elsewhere ("WHO" with "the World Health Organization" in another
    paragraph; "NTSB" in a headline with "the National Transportation Safety Board" below): an
    organisation the recogniser tagged, of two words or more, whose capitalised words' initials
    spell the acronym (minor words such as "of" left out); the first such name wins. Acronyms the
    text defines (``known``) and country codes are left alone."""
    names = [e.text.removeprefix("the ").removeprefix("The ") for e in doc.ents if e.label_ == "ORG"]
    found: dict[str, str] = {}
    for token in doc:
        acronym = token.text
        if not _ACRONYM.match(acronym) or not acronym.isalpha() or acronym in known or acronym in found or \
                gazetteer.country(acronym, provinces=False):
            continue
        for name in names:
            words = [w for w in name.split() if w.lower() not in _MINOR]
            if len(words) >= 2 and len(words) == len(acronym) and all(w[:1].isupper() for w in words) and \
                    "".join(w[0] for w in words) == acronym:
                found[acronym] = name
                break
    return found


#: Head nouns of a description of a body that an acronym in apposition names (round 10).
BODY_HEADS = frozenset({"agency", "office", "organisation", "organization", "body", "programme", "program",
                        "fund", "mission", "commission", "council", "authority", "directorate", "department",
                        "ministry", "service", "bureau", "institute", "union", "association"})


def _apposed_description(token) -> str | None:
    """Round 10: "the UN refugee agency, UNHCR," -> "UN refugee agency": an all-capitals word in
    apposition, right after a comma, to a lowercase body noun (:data:`BODY_HEADS`) that ends the
    phrase before it; the description without its determiner."""
    head = token.head
    set_off = token.dep_ == "npadvmod" and token.i + 1 < len(token.doc) and token.nbor(1).text == ","  # round 27
    if not _ACRONYM.match(token.text) or (token.dep_ != "appos" and not set_off) or head.i != token.i - 2 or \
            token.nbor(-1).text != "," or not head.is_lower or head.lemma_.lower() not in BODY_HEADS:
        return None
    words = [t for t in token.doc[head.left_edge.i:head.i + 1] if t.dep_ != "det" and t.tag_ != "POS"]
    if len(words) < 2 or any(t.is_punct for t in words):
        return None
    return token.doc[words[0].i:head.i + 1].text


def _name_before(doc: Doc, paren: int) -> str | None:
    """The noun phrase ending just before the "(" at token ``paren``."""
    chunk = next((e for e in doc.ents if e.end == paren and e.label_ in ("ORG", "GPE", "FAC", "NORP")), None)
    chunk = chunk or next((c for c in doc.noun_chunks if c.end == paren), None)
    chunk = chunk or next((doc[e.start:paren] for e in doc.ents if e.start < paren < e.end
                           and e.label_ in ("ORG", "GPE", "FAC", "NORP")), None)  # "... Organization (WHO"
    chunk = chunk or next((doc[c.start:paren] for c in doc.noun_chunks if c.start < paren < c.end), None)
    if chunk is None:
        return None
    chunk = _whole_phrase(chunk)
    words = [t for t in chunk if t.dep_ not in ("det",) and t.tag_ != "POS"]
    acronym = doc[paren + 1].text
    spelled = _spelling(chunk, acronym)
    if spelled is not None:
        return spelled.text
    if len(words) < 2:
        return None
    return doc[words[0].i:chunk.end].text


def _contraction(word: str, name: str) -> bool:
    """Issue 14, round 25: a short name written as one capitalised word and made of the long name's
    letters in order ("Centcom" for "US Central Command", "Ofcom" for "Office of Communications"), starting with the initial of one of its capitalised
    words: the text defines it in parentheses as it defines an acronym. A word that is no such
    contraction ("(Reuters)", "(Kyiv)") is not."""
    if not (word.isalpha() and word.istitle() and 4 <= len(word) <= 12) or len(name.split()) < 2:
        return False
    initials = {w[0] for w in name.split() if w[:1].isupper()}
    if word[0] not in initials:
        return False
    letters = iter(name.lower())
    return all(ch in letters for ch in word.lower())


def _whole_phrase(chunk: Span) -> Span:
    """Widen "Coordination of Humanitarian Affairs" to "UN Office for the Coordination of ...":
    climb from a prepositional object to the noun it belongs to."""
    root = chunk.root
    while root.dep_ == "pobj" and root.head.dep_ == "prep" and root.head.head.pos_ in ("NOUN", "PROPN"):
        root = root.head.head
    return chunk.doc[min(root.left_edge.i, chunk.start):chunk.end]


def _spelling(chunk: Span, acronym: str) -> Span | None:
    """The shortest tail of ``chunk`` whose capitalised words' initials spell ``acronym``."""
    for start in range(chunk.end - 1, chunk.start - 1, -1):
        tail = chunk.doc[start:chunk.end]
        initials = "".join(t.text[0] for t in tail if t.text.lower() not in _MINOR and t.is_alpha)
        if initials.upper() == acronym.upper() and tail[0].text[0].isupper():
            return tail
    return None


def canonical(name: str | None) -> str | None:
    """One spelling per country and per person ("Kim Jong-un" -> "Kim Jong Un")."""
    if not name:
        return name
    country = gazetteer.country(name)
    if country:
        return country
    if re.fullmatch(r"[A-Z][a-z]+ [A-Z][a-z]+-[a-z]+", name):
        family, given = name.split(" ", 1)
        return f"{family} " + " ".join(part.capitalize() for part in given.split("-"))
    return name


def expand(name: str | None, known: dict[str, str]) -> str | None:
    """A defined acronym's long name ("NIS" -> "National Intelligence Service"), else ``name``."""
    if not name:
        return name
    return known.get(name.strip(), name)
