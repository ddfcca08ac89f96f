"""Whose a trade measure's figure is: the trading partner (subjects.py rules 6, 6b, 6c, round 25).

A tariff, duty, levy, surcharge, quota or sanction rate belongs to the partner in the pair with the
story's home country (the main actor), whichever way it runs: the rate put on a country's goods, and
that country's own answer on the home country's goods (``tests/data/claims/README.md``, ``tariffs/``).
"""

from __future__ import annotations

from spacy.tokens import Token

from ... import gazetteer
from .subjects import country_of, proper_name, resolve

#: Nouns of a measure on trade, and nouns of what it falls on: a sentence needs one of them.
TRADE_WORDS = frozenset({"tariff", "duty", "levy", "surcharge", "quota", "sanction", "countermeasure", "customs",
                         "import", "export", "goods", "product", "shipment", "steel", "aluminium", "aluminum"})
#: Prepositions that name what a rate falls on ("34% on China", "46% for Vietnam", "against Canada").
TARGETS = frozenset({"on", "for", "against"})
#: Verbs whose subject country a rate falls on ("Japan faces 24%", "the EU, which faced 20%").
FACING = frozenset({"face", "get", "receive", "incur", "draw"})


def _party(token: Token) -> str | None:
    """A country a token names (:func:`subjects.resolve`, its modifiers), or a bloc that trades as one
    ("the European Union", "the EU": a region whose name ends in "Union", spelled out)."""
    found = resolve(token) or country_of(token)
    if found:
        return found
    whole = proper_name(token).text if token.pos_ == "PROPN" else ""
    if whole and gazetteer.region(whole):
        bloc = gazetteer.bloc_name(whole) or (whole.removeprefix("the ").title()
                                              if whole.lower().endswith(gazetteer._BLOCS) else None)
        return bloc
    return None


def trade_sentence(anchor: Token) -> bool:
    """Does the figure's sentence speak of trade (a tariff, duty, levy, goods, imports ...)?"""
    return any(t.lemma_.lower() in TRADE_WORDS or t.lower_ in TRADE_WORDS for t in anchor.sent)


def _target(prep: Token) -> str | None:
    """The country the object of "on"/"for"/"against" names: itself ("on China"), its nationality
    ("on Chinese goods") or a "from" phrase ("on goods from Vietnam")."""
    for obj in (c for c in prep.children if c.dep_ == "pobj"):
        found = _party(obj)
        if found:
            return found
    return None


def _phrase(anchor: Token) -> list[Token]:
    """The figure and the trade noun it sizes ("a 34% tariff", "tariffs of 20%", "20% [tariff]")."""
    tokens = [anchor]
    head = anchor.head
    if anchor.dep_ in ("compound", "nummod", "amod") and head.pos_ in ("NOUN", "PROPN"):
        tokens.append(head)
    if anchor.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ == "NOUN":
        tokens += [head.head]  # "duties of up to 25% on American goods"
    return tokens


def _imposer(anchor: Token) -> str | None:
    """The country that is the subject of the clause that puts the rate ("The EU approved duties ...")."""
    for verb in anchor.ancestors:
        if verb.pos_ in ("VERB", "AUX"):
            for child in verb.children:
                if child.dep_ in ("nsubj", "nsubjpass"):
                    return _party(child)
            return None
    return None


def partner(anchor: Token, home: str | None) -> str | None:
    """Rule 6: the country a trade rate falls on, named by "on"/"for"/"against" after the figure or its
    trade noun; when that country is the home country, the clause's subject country (the one that hits
    back). Rule 6b: the subject country of "face"/"get" whose object is the figure, also through a
    relative clause ("The European Union, which faced 20%"). Rule 6c: a figure "at N%" set in apposition
    to a country ("Vietnam, at 46%, and Cambodia, at 49%")."""
    if not trade_sentence(anchor):
        return None
    while anchor.dep_ in ("nummod", "quantmod") and anchor.head.i > anchor.i:  # "20" of "20%": the "%"
        anchor = anchor.head
    verb = anchor.head
    rated = [c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"] \
        if verb.pos_ in ("VERB", "AUX") and anchor.dep_ in ("npadvmod", "dobj", "attr", "pobj") else []
    phrase = _phrase(anchor)
    for token in phrase + rated[:1] + [phrase[-1].head]:  # rule 6d: "the rate on Chinese goods reached 104%"
        adjacent = token.i == phrase[-1].head.i  # rule 6e: a "for"/"from" the parser hung on the verb, right after
        for prep in (c for c in token.children if c.dep_ == "prep" and (
                c.lower_ in TARGETS and not adjacent
                or adjacent and c.lower_ in TARGETS | {"from"} and c.i == phrase[-1].right_edge.i + 1)):
            found = _target(prep)
            if found and found != home:
                return found
            if found:
                other = _imposer(anchor)
                return other if other and other != home else None
    if verb.lemma_.lower() in FACING and anchor.dep_ in ("dobj", "npadvmod", "attr"):
        for child in verb.children:
            if child.dep_ == "nsubj":
                owner = verb.head if child.lower_ in ("which", "that") and verb.dep_ == "relcl" else child
                found = _party(owner)
                if found:
                    return found
    if anchor.dep_ == "pobj" and verb.lower_ == "at" and verb.i >= 2 and anchor.doc[verb.i - 1].text == ",":
        found = _party(anchor.doc[verb.i - 2])  # the name just before ", at"
        if found:
            return found
    return None
