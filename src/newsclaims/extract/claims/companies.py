"""Whose a company's figures are: the company's own country, as the article states it (issue 14, round 21).

Rules (:func:`company_country`, :func:`company_figure`):

1. **A company's country** is what the article says about it, never a table of companies:
   a. a nationality, a country or "X-based" right before a company noun (:data:`COMPANY_NOUNS`: "the
      Chinese developer", "a German carmaker", "the Texas-based firm", "South Korea's largest
      chipmaker"); "X-listed" names the exchange, not the company ("the Hong Kong-listed developer":
      no country), and a court, regulator, exchange or police force is no company;
   b. a country that opens a company's proper name whose last word is a corporate word
      (:data:`CORPORATE_WORDS`: "China Evergrande Group", "Korea Zinc Company", "Japan Tobacco Inc");
      a country after "of" ("Bank of America") or a name whose last word is a body's ("China Securities
      Regulatory Commission", "Hong Kong Stock Exchange") names no company's country.
   After the lead (headline and first sentence), an indefinite company noun neither set beside a name
   nor said of one ("delays at a Chinese supplier") brings in another company and names no country. The article's company country is the one these name
   most; none when two tie.
2. **A company's figures** (``other``: money, debt, shares and their moves, projects, fines) that no rule
   gave an owner, in a sentence that speaks of the company (its name's own word, a company noun,
   "its shares", debt, liabilities, revenue: :data:`COMPANY_TALK`), take that country over the places
   where its court, its stock exchange or the dateline sit ("A Hong Kong judge ordered China Evergrande
   Group wound up ...; its liabilities of 2.39 trillion yuan": China). A figure its own clause places
   ("the plant in Puebla employs 5,000 workers", "Hong Kong's Hang Seng fell 2%") keeps its place, and
   people harmed or sent are never a company's figure (their measures are not ``other``).
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc, Span, Token

from ... import gazetteer
from .verbs import SAY_VERBS

#: Nouns that name a company ("the Chinese developer", "a German carmaker").
COMPANY_NOUNS = frozenset({
    "company", "firm", "developer", "carmaker", "automaker", "conglomerate", "lender", "bank", "insurer",
    "retailer", "manufacturer", "maker", "chipmaker", "miner", "airline", "carrier", "builder", "operator",
    "exporter", "producer", "brewer", "startup", "start-up", "giant", "supplier", "shipbuilder", "shipper",
    "refiner", "utility", "telecom", "broker", "brokerage", "investor", "fund", "distributor", "subsidiary",
    "multinational", "corporation", "group"})
#: Last words of a company's proper name ("China Evergrande Group", "Korea Zinc Company").
CORPORATE_WORDS = frozenset({
    "group", "holdings", "holding", "corp", "corporation", "company", "co", "ltd", "limited", "inc", "plc",
    "ag", "sa", "se", "nv", "bv", "gmbh", "airlines", "airways", "motors", "industries", "enterprises",
    "properties", "energy", "petroleum", "steel", "telecom", "electronics"})
#: Words after "X-" that name the company's home ("Texas-based", "Shanghai-headquartered").
HOME_WORDS = frozenset({"based", "headquartered"})
#: Words of a sentence that speaks of a company's own money, stock and business.
COMPANY_TALK = COMPANY_NOUNS | frozenset({
    "stock", "unit", "parent", "business", "liability", "debt", "asset", "revenue", "profit", "sale",
    "bondholder", "creditor", "bond", "note", "borrowing", "project", "stake", "fine", "loss", "earnings"})


def _before_noun(noun: Token) -> str | None:
    """Rule 1a: the country written right before a company noun ("the Chinese developer", "a German
    luxury carmaker", "the Texas-based firm", "South Korea's largest chipmaker"); "X-listed" names none."""
    doc = noun.doc
    i = noun.i - 1
    based = False
    if i >= 1 and doc[i - 1].text == "-" and doc[i].pos_ in ("ADJ", "VERB") and doc[i].text.islower():
        if doc[i].lower_ not in HOME_WORDS:
            return None  # "Hong Kong-listed": the exchange's place, not the company's home
        i, based = i - 2, True
    else:
        while i >= 0 and doc[i].text.islower() and doc[i].pos_ in ("ADJ", "NOUN") and doc[i].is_alpha:
            i -= 1  # "a German luxury carmaker", "the Chinese property developer"
        if i >= 1 and doc[i].text in ("'s", "\u2019s"):
            i -= 1  # "South Korea's largest chipmaker"
    for size in (3, 2, 1):  # whole names first: "South Korea", "Hong Kong"
        if i - size + 1 < 0:
            continue
        span = doc[i - size + 1:i + 1]
        if all(t.is_alpha and t.text[:1].isupper() for t in span) and (based or span[0].ent_type_ != "PERSON"):
            found = _country_words(span.text, provinces=based)
            if found:
                return found
    return None


def _country_words(text: str, provinces: bool = False) -> str | None:
    """A country a capitalised name or nationality stands for; a province's name ("Texas") only where
    the words say it is a home ("Texas-based"): "the Tata group" names no Moroccan province."""
    return gazetteer.country(text, provinces=provinces) if text[:1].isupper() else None


def _in_name(span: Span) -> str | None:
    """Rule 1b: the country that opens a company's proper name ending in a corporate word."""
    words = [t for t in span if t.text not in ("the", "The")]
    if len(words) < 2 or words[-1].lower_.rstrip(".") not in CORPORATE_WORDS:
        return None
    for size in (3, 2, 1):
        if size < len(words):
            found = _country_words(" ".join(t.text for t in words[:size]))
            if found:
                return found
    return None


def _another(noun: Token, lead: int) -> bool:
    """An indefinite company noun after the lead (its first ``lead`` characters: the headline and the first
    sentence), neither set beside a name nor said of one ("delays at a Chinese supplier"), brings in
    another company, not the story's; the lead's "froze the assets of a German carmaker", "Volkswagen, a
    German carmaker," and "the firm is a Japanese exporter" still describe the story's own."""
    return (noun.idx >= lead and noun.dep_ not in ("appos", "attr")
            and any(t.dep_ == "det" and t.lower_ in ("a", "an") for t in noun.children))


def company_country(doc: Doc) -> tuple[str | None, frozenset[str]]:
    """Rule 1: the article's company country and the words of its companies' names (for
    :func:`company_figure`); ``(None, ...)`` when the article states none or two tie."""
    counts: Counter[str] = Counter()
    names: set[str] = set()
    sentences = list(doc.sents)
    lead = sentences[min(2, len(sentences) - 1)].start_char if sentences else 0
    for token in doc:
        if token.lemma_.lower() in COMPANY_NOUNS and token.pos_ == "NOUN" and not _another(token, lead):
            found = _before_noun(token)
            if found:
                counts[found] += 1
    for ent in doc.ents:
        if ent.label_ == "ORG":
            found = _in_name(ent)
            if found:
                counts[found] += 1
                names.update(t.lower_ for t in ent if t.is_alpha and t.is_title
                             and not gazetteer.country(t.text) and t.lower_ not in CORPORATE_WORDS)
    if not counts:
        return None, frozenset()
    ranked = counts.most_common(2)
    if len(ranked) == 2 and ranked[0][1] == ranked[1][1]:
        return None, frozenset()
    return ranked[0][0], frozenset(names)


#: Verbs whose subject tells or measures a figure rather than owning it ("IQAir, the Swiss company, measured
#: the index at 1,067", "the operator counts 6.5 million consumers", "the firm gave a wider range").
TELLING = SAY_VERBS | frozenset({"measure", "estimate", "count", "put", "give", "gauge", "calculate", "report",
                                 "find", "show", "record"})


def _teller(token: Token) -> bool:
    """Is ``token`` (or the noun it is set beside) the subject of a verb of telling or measuring?"""
    while token.dep_ in ("appos", "compound", "conj") and token.head.i != token.i:
        token = token.head
    return token.dep_ in ("nsubj", "nsubjpass") and token.head.lemma_.lower() in TELLING


def company_figure(sentence: Span, names: frozenset[str]) -> bool:
    """Rule 2: does the sentence speak of a company's own things (its name's own word, :data:`COMPANY_TALK`,
    its "shares"), not only of a company that tells or measures a figure (:data:`TELLING`)?"""
    return any((t.lower_ in names or t.lower_ == "shares" or t.lemma_.lower() in COMPANY_TALK and t.pos_ == "NOUN")
               and not _teller(t) for t in sentence)
