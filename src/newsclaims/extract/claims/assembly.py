"""Assembles Claims from quantities, counted nouns, measures, subjects, attribution and modality.

Each concern lives in its own module, with its rules in its docstring:
:mod:`~newsclaims.extract.quantities` (which numbers are claims), :mod:`~.counted`, :mod:`~.measures`,
:mod:`~.subjects`, :mod:`~.attribution`, :mod:`~.modality` and :mod:`~.asof`. This module adds the
rules that need more than one figure:

- **Quoted speaker**: an unattributed figure inside a direct quote is the quoted speaker's, even
  where the quote runs over several sentences or continues an attributed quote (:mod:`.quotes`).
- **Paragraph's speaker**: an unattributed figure takes the attribution of a later sentence of its
  paragraph that ends in a parenthetical saying verb ("Some 3,200 homes were destroyed. Around
  18,000 people spent the night in tents, the agency said."), only when (a) the figure is what its
  sentence states (an argument of the main clause, not "a village of 37 households", "..., sending
  10 cars into the river": a description is the writer's), (b) that speaker gives figures there,
  all of that sentence's figures being its own ("the river rose to a record, a forecaster said"
  vouches for no count before it; "30 bodies were found, initial figures showed, and 65 are
  missing, a broadcaster said" splits its sentence between two attributions), and (c) no sentence
  between has an attribution of its own, and (d) (round 6) that sentence does not open with the
  place it is about ("In Kyiv, four died, city officials said": a speaker for one place vouches for
  no national count before it), and (e) (round 13) that sentence ends the paragraph: "X. Only 111
  are identified, the government said. Judges said 89 are missing." leaves X the outlet's (an
  attribution governs its own sentence and a paragraph it ends, round 6). Otherwise an
  unattributed sentence stays the outlet's.
- **Bracketed paragraph** (round 13 of issue 14): an unattributed figure between two sentences of
  its paragraph that one speaker says (the nearest earlier attributed sentence names the speaker,
  all its figures that speaker's; a later sentence closes with a parenthetical saying verb whose
  subject is a pronoun or the same name, and gives no other speaker's figures; no other attribution
  between) is that speaker's (:func:`_bracketed_attribution`). A place that "has recorded" a
  count in such a paragraph ("The toll rose to 40, the minister said. Kent has recorded 12. ...,
  she said") passes on the speaker's figure for it (:func:`_local_reporter`). Round 22: a closing
  "..., the report said" (a bare document word with "the") points back like a pronoun: "X found
  that N .... M .... P, the report said" is X's throughout (:func:`_the_document`).
- **Continued list** (round 6 of issue 14): a sentence that carries on the sentence before it in
  the paragraph, with a bare number for subject ("Forty patients remain in hospital, the
  health board said. Six are in intensive care, 12 stable.") or "They"/"These" ("They include
  ...") takes that sentence's closing attribution, when all its figures have the same saying one.
  Round 9: such a bare number (opening its sentence as its subject, no noun of its own) also counts
  what the last figure of the sentence before counted (the last whose measure a rule stated, else
  the last), for the same owner when it names none ("Ukraine launched 57 drones overnight.
  Twenty-nine were downed over Bryansk": Ukraine's drones, not the country of the place), and
  takes its measure unless its own verb states another ("Russia fired 40 missiles. Two were
  killed": people, as the rules read them).
  Round 15: so does a figure after "be" whose subject is "It", "That" or "This" opening the sentence
  ("The toll rose to 61 on Wednesday. It was 59 on Tuesday evening": ``killed``), and an item of
  "They/These include ..." (the object of "include" or "be", or a conjunct of it: "Of the dead, 140
  have been identified. They include the firefighter who died ..., 10 foreign domestic workers and five
  people": the group's measure where the item's own is ``other``, its own noun kept).
  Round 26: not "That"/"This" carrying a total "to" a new figure ("That brings the toll to 13", "This
  takes the total to 40": :func:`_running_total`): the writer adds the figure before to others, and the
  sum is the writer's (source null), while "That puts insured losses at N" works out the speaker's.
  Round 30: a figure with a noun of its own opening its sentence whose ``other`` a rule stated keeps it ("The crush
  killed 135 fans. Six people have been named as suspects": no toll; :func:`_continued`).
- **Breakdown** (round 22): an unattributed sentence that says what kinds the group the sentence
  before it counted is made of ("The agency put the dead at 900. Of the dead, 600 were men and 300
  women"; "Around 60% of them are children": "be" with a noun after it) takes that sentence's source
  when all its figures have one and the same source and none is denied, and no figure of its own
  sentence has a speaker (:func:`_breakdown_attribution`). A part that did something ("Of them,
  18,816 had been deported") stays the writer's, as the guide's round 9 has it.
- **Ellipsis**: a figure that leans on the one before it in the same sentence (the last one whose
  measure a rule stated, else the last one) takes that figure's
  measure (when its own is only a default, or when it is a share of that figure: "41,000
  displaced children were out of school, almost half of all school-age children in the camps"),
  counted noun (when it has none) and subject. It leans
  when it is a multiplier ("up to three times"), "N more" or "N others" ("thousands more wounded",
  "nine miners were killed and about 30 others remained trapped"; "N others" after a count of
  deaths or injuries count people: "3,804 deaths, with 7,189 others hurt"), or when it
  sits under the same verb (or no verb) and counts nothing of its own, is a fraction or percentage
  ("over half the initial deployment") or has only a default measure ("nine people were in
  hospital, two of them police officers"). A figure whose own noun is a thing, or the object of
  an action noun's "of" phrase ("toll rises to 159 as police finish search of seven towers"),
  never takes a harm measure so (round 9): harms count people.
- **List**: a figure with no noun of its own followed by a place or group ("92 deaths: 68 in A,
  15 in B and nine in C", "21 civilians were killed, 13 in one raid and eight in the other") is an
  item of the list the figure before it heads (the last in its sentence whose measure a rule
  stated): it takes that figure's measure, counted noun and subject. Round 15: not an item with a
  harm verb of its own that states another measure ("killed 22 people and injured 59 at the concert").
  Round 19: nor an item after a colon whose stretch before it names its own measure (measures rule 46: "counted 2,497
  dead and 2,476 injured, and had broken the deaths down by province: 1,452 in A, 764 in B").
- **Part of a group**: "four of them", "the remaining 382" count the group the figure before it
  counted (its counted noun and subject; the part's measure is its own when a rule states it: "14
  of them would face charges", else the group's: "60 patients were being treated ..., and nearly a
  third of them were children"). Round 15: a part with no verb of its own, or the group's verb, takes
  the group's measure over its own ``other`` ("Twenty people remained in hospital, one of them in a
  critical condition": ``wounded``), and "among them" before a figure makes it a part too ("a count of
  the injured, 98, among them two pregnant women"). Round 28: so do the later items of such a list ("among them
  51 women and 17 children"); and a group is never the places it is kept in ("about 90 were being treated in six
  hospitals, 8 of them in a serious condition": the 90, not the hospitals).
- **Set apart from a group** (issue 14, round 4): a figure after "except", "besides", "apart
  from", "other than" ("all of them died from the heat except one", "apart from seven children and
  one man, all of them were women") is a part of the group counted by the last figure before it
  that is no such part: its counted noun and subject when it has none, and its measure unless a
  rule stated one other than ``other``.
- **What is done to a group** (issue 14, round 4): a verb that tells what befalls people already
  counted without changing what they are (:data:`KEEPING`: identified, treated, discharged,
  admitted, buried; round 16: carried, flown, driven: "flew 96 of the wounded ... and drove 72 more"; "793 of them had been discharged", "Of the 275 dead, only 88 had been
  identified"), said of a bare number, states no measure of its own: its ``other`` is a default, so that the figure takes
  the measure of the group or the figure it leans on. "196 of those on board survived", "14 of
  them would face charges" keep their own.
- **Same count**: a bare container ("put the number at 52,000", "the figure could rise to 6
  million") is the count of the latest figure before it that counted a noun: its counted noun,
  subject, and measure when its own is only a default or ``other``.
- **Share of a figure told**: a fraction or percentage whose clause's subject points back ("That
  would be well over half of the original force", "..., which would be more than half of the
  force first sent") is a share of the figure before it (in its sentence, else the last one of the
  sentence before in the same paragraph): it takes that figure's measure and subject, and its
  source, via and cue when it has none of its own.
- **A figure of N**: "a middle figure of some 14,000 troops" names no event of its own; unless a
  rule stated its measure (other than ``other``), it takes the measure of the nearest earlier figure
  in the article counting the same kind of thing (personnel, else the same noun) with a noun of its
  own (not "600 of them", "thousands more", which count a part of that kind; nor a share).
  Round 16: so is a bare number that is the "of" object of a container said to be another one ("gave a higher
  count of 66,500", "a revised tally of 410": :func:`_count_of`).
- **Compared with** (issue 14, round 4): a bare number compared with the figure before it ("At
  least 60 Jordanians died, ..., more than the 41 that Amman had announced", "fewer than the 300
  the army gave") is another figure for the same count: it leans on that figure.
- **Kinds of a group** (issue 14, round 4): a bare number, subject of "be" with a noun
  complement and no measure a rule stated ("Of the 121 victims, 113 were women, seven were children
  and one was a man") says what kind of people a group counted before in its sentence is made of:
  it leans on that figure whatever its verb, and counts the complement ("child").
- **Harm after harm**: a bare number subject of a harm verb conjoined to the harm verb of the
  figure before ("25 civilians died and six were wounded") counts the same kind of people; not a
  conjoined "be" with no state after it ("Of the dead, 241 were passengers and 19 were on the
  ground": the 19 are no passengers; but "14 had died and 17 were missing").
- **Gapping**: a bare number as subject of a bare participle conjoined to the verb before it
  ("Some 3,200 homes were destroyed and 11,000 damaged": the auxiliary left out) leans on that
  figure; a finite verb ("... rescued and 41 remained missing") does not.
- **Earlier level**: "rose to 245 ..., up from 120", "raised its count to 48,200, from 31,500":
  the figure after "from" is the same count at an earlier time, so it takes the measure and counted
  noun of the figure reached "to" (or "at") before it; not a figure with another noun of its own (round 26: "400
  responders from over 20 agencies": where they come from).
- **People**: a bare number that is itself a verb's subject or object and leans on nothing counts
  people ("kills at least 120", "nearly 30,000 remain displaced"): counted ``person``.
- **Money**: a currency word several countries use ("pesos") is the main actor's when it uses one.
- **As of**: a date stated for one figure covers the others of its sentence (:func:`_fill_as_of`).
- **Place** and **another event**: once its subject is known, a figure's place (:mod:`.places`)
  and whether it is about another event (:mod:`.elsewhere`) are read from the parse.
- **Whose harm**: people killed, hurt or missing who are no fighters of a named side (civilians,
  residents, people) belong to the country where they were struck, not to the side that struck
  them: their main actor leaves out countries named as attackers ("in US strikes"); when no
  country is left, they have none (not the attacker's).
- **Restated whole** (issue 14, round 3): "Of the 121 victims, 113 were women", "only 23 of the 40
  bodies": a whole after "of the" whose value a figure earlier in the article already gave (the
  toll "rose to 121", "stands at 40", a headline's "658 dead") is that count named again to pick
  a part out of it, a determiner and no new claim. A whole stated there for the first time ("half
  of the 15,500 homes") stays a claim. Round 14: so is a sentence that opens on "The N <noun>" with a
  value told before ("The 42 miners were taken to hospital" after "rescued 42 miners"): the group
  named again, no new count. Round 27: not a whole after "any of the" / "none of the" ("denied that any of the 10
  posts broke the order"): no part is picked out, the claim is said of the whole itself.
- **Scene** (issue 14, round 5): a figure whose subject the sentence does not name belongs first
  to the country where the article's event happened (:mod:`.scene`: "sank off Greece", "crashed
  in Ahmedabad"), not to the country the outlet names most for its victims.
- **Two sides** (issue 14, round 6): in a story of two countries named about equally (an exchange,
  a war), a figure whose subject the sentence does not name belongs to the one side its sentence
  names, else to the side of the dateline (:mod:`.sides`); weapons fired to the attacker.
- **Returned people** (issue 14, round 10): a displaced figure of an article about returns and
  deportations belongs to the returning people's own country (:func:`subjects.returned_people`).
- **Paragraph's place** (issue 14, round 13): after the scene, a figure whose subject its sentence
  does not name belongs to the one country the opening sentence of its paragraph names as a place
  (:func:`scene.paragraph_place`), in a story of several countries; a figure whose clause names
  places of several countries ("in Jamaica, Haiti and Cuba") is a total across them: no subject;
  nor have supplies that move by themselves with no supplier named (:func:`subjects.no_supplier`:
  "3,000 trucks entered the strip").
  Round 20: in a story of two sides, also a country named once that the paragraph opens on ("In
  Malawi, ...") or that the figure's own placing phrase names ("64,000 in the Comoros"); in a story of
  several, a figure whose paragraph names no place takes the lead's place (:func:`scene.running_place`).
- **Flight** (issue 14, round 16): in an article that names one country most often as the place
  people fled, crossed or came from (:func:`subjects.article_origin`: "fled Karabakh", "crossed
  into Armenia from Nagorno-Karabakh", "the Karabakh exodus"; twice or more), a figure that is no
  money nor a count of places ("five other provinces") and whose sentence names no owner belongs to that country, before the scene, the two sides,
  the clause's place and the main actor: people from elsewhere take their country, also when the
  country that received them counts them, houses them in its provinces or is the dateline's. Not in
  an article about returns and deportations ("Returned people"). For the main actor, a country named
  as such an origin counts whole, and one named as the flight's destination ("into Armenia", "refugees
  reach Armenia") half, like a "from" phrase.
- **Inner place** (round 25, :func:`_governed`, :func:`scene.inner_place`): a clause placed by a city or
  province of a state ("In Shunde, daily new cases fell to 192", "12 people died in Foshan") is that
  state's even in an article whose main actor is the state's territory (Hong Kong beside China): the
  territory takes only clauses placed by the state's own name, capital or officials ("French officials said").
- **A side event's sentence** and **a sentence that opens on a place** (round 25, :mod:`.scene`): people
  harmed in a sentence whose one event word is placed outside the scene are that place's; a figure left
  without owner in a sentence opening "In <place>," is that place's, before the paragraph's place.
- **Sent in** (round 20, :func:`_sent_in`): people or supplies sent that no rule gave a sender and
  that fall to a territory (Mayotte) are its state's (France) when the article names the state.
- **Main actor**: a figure whose subject the sentence does not name belongs to the article's main
  actor: the country it names most often (round 20: a territory with its own ISO 3166 entry named at
  least half as often as its state, "Mayotte" beside "France", before the state: :func:`_top`) (places, nationalities and their plurals, provinces
  and capitals resolved; a place name several countries share counted for the one the
  article's other names point to; names known only as cities count only where nothing else
  names a country: "Kursk" says where North Korean troops fought, not whose they are), else the
  subject most often named for its other figures. Round 12 (:mod:`.layout`): the dateline's place
  ("PASADENA -") counts as one mention of its country; mastheads and bylines count nothing; a
  nationality naming people who live or stay in another country ("the Danish minority", "Danish
  tourists": :func:`subjects.elsewhere_weight`) counts nothing or half.
"""

from __future__ import annotations

import re
import datetime as dt
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Token

from ...model import PEOPLE_MEASURES, Article, Claim, TimeExpression
from ... import gazetteer
from . import asof, counted as counted_module, measures, sides, subjects
from . import companies, elsewhere, layout, places, quotes, scene, sources, trade
from .attribution import Attribution, attribute, speaker_of
from .names import BODY_WORDS
from .verbs import SAY_VERBS
from .modality import modality
from . import quantities
from .mention import Mention
from .quantities import mentions


@dataclass(frozen=True)
class _Draft:
    claim: Claim
    mention: Mention
    stated: bool  # the measure comes from a rule, not a default
    verb: int | None  # token index of the first verb governing the figure
    verbs: frozenset[int]  # that verb and its conjuncts
    follows_more: bool  # "thousands more wounded"
    stands_alone: bool  # a bare number that is a verb's argument: counts people
    earlier_level: bool  # "rose to 245, up from 120": the same count at an earlier time
    of_pronoun: bool = False  # "four of them": a part of the group counted just before
    refers_back: bool = False  # "put the number at 52,000": the count named before
    conj_of: int | None = None  # the verb its own verb is conjoined to ("... and 11,000 damaged")
    gapped: bool = False  # that verb is a bare participle, its auxiliary left out
    earlier_by: dt.timedelta | None = None  # "up from 61,000 a week earlier"
    sentence_day: dt.date | None = None  # the day the sentence is told of ("said on Thursday")
    share_back: bool = False  # "That would be over half of ...": a share of the figure before
    figure_of: bool = False  # "a figure of some 14,000 troops": a count named as a figure
    listed: bool = False  # "92 deaths: 68 in A, 15 in B": an item of a list that leaves the noun out
    others: bool = False  # "N others": people, whatever the figure before counted
    kind: str | None = None  # "seven were children": the kind of people (child) of a group counted before
    excepted: bool = False  # "all of them were women, apart from seven children": a part of the group before
    compared: bool = False  # "more than the 41 that Amman had announced": the same count, another figure
    continues: int | None = None  # "Twenty-nine were downed over Bryansk": the start of the sentence it carries on
    acted_on: bool = False  # "search of seven towers": its own noun, the object of an action noun
    broken_down: bool = False  # round 19: "broken the deaths down by province: 1,452 in A": the colon's noun decides


def extract(doc: Doc, article: Article, times: Sequence[TimeExpression]) -> list[Claim]:
    """Every quantitative claim in the parsed article ``doc`` (``doc.text == article.text``)."""
    drafts = [_draft(doc, article, mention, times) for mention in mentions(doc)]
    restated = _restated_wholes(drafts, doc)
    drafts = _fill_figures(_fill_shares(doc, _fill_ellipses(_fill_paragraph_sources(doc, drafts))))
    drafts = [d for i, d in enumerate(drafts) if i not in restated]  # after the fills: its part leans on it
    drafts = _fill_as_of(drafts)
    claims = places.assign(doc, sources.resolve(doc, _fill_subjects(doc, drafts)))
    return elsewhere.mark(doc, article, claims, times)


def _restated_wholes(drafts: list[_Draft], doc: Doc) -> set[int]:
    """Rule "Restated whole" (module docstring): the indices of wholes after "of the" told before,
    dropped once the figures that lean on them have taken their measure ("Of the 275 dead, only 88")."""
    restated, told = set(), set()
    for i, draft in enumerate(drafts):
        quantity = draft.mention.quantity
        if quantity.value is not None and quantity.value in told and _restated(doc, draft.mention):
            restated.add(i)
        if quantity.value is not None and quantity.unit is None:
            told.add(quantity.value)
    return restated


def _restated(doc: Doc, mention: Mention) -> bool:
    """"of the 40 bodies": a bare count right after "of the" (a plain count, no qualifier)."""
    start = mention.start
    opens = start >= 1 and doc[start - 1].lower_ == "the" and doc[start - 1].is_sent_start and \
        mention.end < len(doc) and doc[mention.end].tag_ == "NNS"  # round 14: "The 42 miners were ..."
    if start >= 3 and doc[start - 3].lower_ in ("any", "none"):
        return False  # round 27: "denied that any of the 10 posts broke the order": the whole itself, no part taken
    return mention.quantity.qualifier == "exact" and mention.quantity.unit is None and (opens or start >= 2 and
        doc[start - 1].lower_ == "the" and doc[start - 2].lower_ == "of")


def _draft(doc: Doc, article: Article, mention: Mention, times: Sequence[TimeExpression]) -> _Draft:
    anchor = doc[mention.anchor]
    sentence = anchor.sent
    noun = counted_module.counted_token(doc, mention)
    counted = counted_module.counted_text(noun)
    measure, stated = measures.measure(noun, anchor, counted, mention.quantity.unit)
    said = attribute(sentence, anchor)
    as_of = asof.stated_date(sentence, anchor, times, article.published)
    claim = Claim(
        quantity=mention.quantity, counted=counted, measure=measure,
        subject=subjects.explicit_subject(None if mention.quantity.unit in AREA_UNITS else noun, anchor, measure,
                                          doc[mention.start], _money_unit(mention.quantity.unit)),
        source=said.source, via=said.via, cue=said.cue,
        modality=modality(anchor, mention.quantity.text, said.verb or said.token),
        as_of=as_of or article.published,
        as_of_basis="stated" if as_of else ("published" if article.published else None),
        sentence=sentence.text, sentence_start=sentence.start_char, sentence_end=sentence.end_char,
    )
    verb = next((t for t in counted_module.predicate_chain(noun if noun is not None else anchor)[1:]
                 if t.pos_ in ("VERB", "AUX") and t.dep_ != "prep"), None)  # "including" is no verb
    verbs = frozenset({verb.i, *(c.i for c in verb.conjuncts if not _has_subject(c))}) if verb is not None \
        else frozenset()
    if measure == "other" and noun is None and verb is not None and verb.lemma_.lower() in KEEPING:
        stated = False  # "793 of them had been discharged": what befalls the group says nothing new
    compared = noun is None and mention.start >= 2 and doc[mention.start - 1].lower_ in ("the", "a") and \
        doc[mention.start - 2].lower_ == "than"
    if measure == "other" and compared:
        stated = False  # "more than the 41 that Amman had announced": "than" is no circumstance
    return _Draft(claim, mention, stated, verb.i if verb is not None else None, verbs,
                  mention.end < len(doc) and doc[mention.end].lower_ in ("more", "others", "other"),
                  noun is None and counted_module.stands_for_people(doc, mention),
                  bool(_EARLIER.search(doc.text[sentence.start_char:mention.quantity.start])),
                  noun is None and counted_module.of_pronoun(doc, mention) or counted_module.among_pronoun(doc, mention),
                  noun is None and (counted_module.refers_back(doc, mention) or _count_of(doc, mention)),
                  verb.head.i if verb is not None and verb.dep_ == "conj" and not _bare_be(verb) else None,
                  verb is not None and verb.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children),
                  asof.earlier_by(sentence, anchor, times), asof.sentence_day(sentence, times),
                  mention.quantity.unit in ("fraction", "percent") and _points_back(verb),
                  counted_module.figure_of(doc, mention, noun),
                  _list_item(doc, mention, noun),
                  mention.end < len(doc) and doc[mention.end].lower_ in ("others", "other"),
                  _kind_of_people(anchor) if noun is None or noun.i < anchor.i else None,
                  _excepted(noun if noun is not None else anchor), compared,
                  _continued_from(doc, mention, noun), _acted_on(noun),
                  noun is None and stated and measure != "other" and measures._colon_breakdown(anchor) == measure)


def _count_of(doc: Doc, mention: Mention) -> bool:
    """Round 16: "gave a higher count of 66,500", "a revised tally of 410": a bare number that is the "of" object of a
    container said to be another one (:data:`_ANOTHER_COUNT`) is another figure for a count told before ("Same
    count"), as "more than the 41 that Amman had announced" is ("Compared with")."""
    anchor = doc[mention.anchor]
    while anchor.dep_ in ("compound", "nummod", "quantmod") and anchor.head.pos_ == "NUM":
        anchor = anchor.head
    container = anchor.head.head
    return mention.quantity.unit is None and anchor.dep_ == "pobj" and anchor.head.lower_ == "of" and \
        container.lemma_.lower() in counted_module.CONTAINERS | measures.CONTAINERS and \
        any(c.dep_ == "amod" and c.lower_ in _ANOTHER_COUNT for c in container.children)


#: What makes a container another figure for a count told before: "a higher count of 66,500".
_ANOTHER_COUNT = frozenset({"higher", "lower", "new", "revised", "updated", "later", "latest", "fresh", "earlier",
                            "different", "separate"})


#: Verbs of what befalls people already counted, which leave what they are unchanged (module
#: docstring, "What is done to a group"): the dead identified or buried, the injured treated or
#: discharged.
KEEPING = frozenset({"identify", "treat", "discharge", "admit", "bury", "examine", "cremate",
                     # round 16: people carried somewhere stay what they were ("flew 96 of the wounded ... and drove 72 more")
                     "fly", "drive", "airlift", "ferry", "transport", "carry"})


#: Prepositions that place an item of a list leaving its noun out: "68 in Davao, 15 in Norte".
LIST_PLACES = frozenset({"in", "at", "on", "among", "across", "from", "for"})


def _list_item(doc: Doc, mention: Mention, noun) -> bool:
    """Module docstring, "List": a figure with no noun after it (none, or only the list's head
    before it: "92 deaths: 68 in A"), followed by a place or group preposition."""
    after = doc[mention.end] if mention.end < len(doc) else None
    own = noun is not None and noun.i >= mention.end
    return not own and after is not None and after.lower_ in LIST_PLACES and after.pos_ == "ADP"


#: Prepositions that set a part apart from a whole: "except one", "apart from seven children".
EXCEPTING = frozenset({"except", "besides", "excluding"})


def _excepted(token) -> bool:
    """"all of them were women, apart from seven children and one man", "all died except one": the
    figure (through its noun and conjuncts) is the object of a preposition setting it apart
    (module docstring, "Part of a group")."""
    node = token
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    if node.dep_ != "pobj":
        return False
    prep = node.head
    return prep.lower_ in EXCEPTING or (prep.lower_ == "from" and prep.head.lower_ in ("apart", "aside")) or \
        (prep.lower_ == "than" and prep.head.lower_ == "other")


def _kind_of_people(anchor) -> str | None:
    """"seven were children", "one was a man": a bare number (or one whose noun is a fronted
    partitive), subject of "be" whose complement is a noun: that noun's lemma (module docstring,
    "Kinds of a group")."""
    verb = anchor.head
    after = anchor.doc[anchor.i + 1] if anchor.i + 1 < len(anchor.doc) else None
    if anchor.dep_ == "conj" and after is not None and after.lemma_.lower() == "be":
        verb = after  # "seven were children and one was a man", "one" parsed as a conjunct
    elif anchor.dep_ != "nsubj" or verb.lemma_.lower() != "be":
        return None
    return next((c.lemma_.lower() for c in verb.children if c.dep_ == "attr" and c.pos_ == "NOUN"), None)


def _points_back(verb) -> bool:
    """Is the figure's clause about something told before: its subject "that", "this", "which"?"""
    return verb is not None and any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("that", "this", "which")
                                    for c in verb.children)


#: Units of area: the land an area figure measures says where, not whose ("held 900 km2 of Peruvian
#: land" is the holder's figure), so its subject is looked for from the number itself.
AREA_UNITS = frozenset({"km2", "sq mi", "ha", "acre"})
_EARLIER = re.compile(r"\bfrom(?: (?:a|an|the) (?:\w+ )?(?:peak|high|low|level|total|figure) of| the)?\s*$", re.I)


def _has_subject(verb) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _fill_paragraph_sources(doc: Doc, drafts: list[_Draft]) -> list[_Draft]:
    """Module docstring, "Paragraph's speaker": an unattributed figure that is what its sentence
    states takes the attribution closing its paragraph, when that speaker gives figures too."""
    out = []
    for draft in drafts:
        claim = draft.claim
        anchor = doc[draft.mention.anchor]
        if claim.source is None and claim.cue is None:
            said = quotes.speaker(doc, anchor.idx) or \
                (_paragraph_attribution(doc, anchor.sent, drafts) if _stated(anchor) else None) or \
                _continued_attribution(doc, anchor.sent, out) or _bracketed_attribution(doc, anchor.sent, drafts, out) or \
                _breakdown_attribution(doc, anchor.sent, drafts, out)
            if said is not None:
                claim = replace(claim, source=said.source, via=said.via, cue=said.cue)
        elif _local_reporter(claim):  # round 13: "Westmoreland has recorded 15" inside the speaker's paragraph
            said = _bracketed_attribution(doc, anchor.sent, drafts, out)
            if said is not None:
                claim = replace(claim, source=said.source, via=said.via, cue=said.cue)
        out.append(replace(draft, claim=claim))
    return out


#: Round 13: pronouns a closing saying verb points back with ("..., she said").
_BACK = frozenset({"he", "she", "it", "they"})


def _bracketed_attribution(doc: Doc, sentence, drafts: list[_Draft], before: list[_Draft]) -> Attribution | None:
    """Module docstring, "Bracketed paragraph" (round 13): a sentence between two sentences of its
    paragraph that one speaker says, the first naming the speaker and giving figures, the later
    one closing with a pronoun's parenthetical "..., she said" (or the same name), with no
    attribution of another speaker between, is that speaker's too."""
    if "\n" in sentence.text.strip() or sentence.start == 0:
        return None
    opening, first = None, sentence
    while first.start > 0:  # back to the nearest earlier sentence of the paragraph with an attribution
        previous = doc[first.start - 1].sent
        if _paragraph_break(doc, previous, first):
            return None
        first = previous
        own = [d.claim for d in before if d.claim.sentence_start == first.start_char and not _local_reporter(d.claim)]
        if any(c.cue is not None for c in own):
            if any(c.source is None or c.cue is None for c in own) or \
                    len({(c.source, c.via) for c in own}) != 1 or own[0].source.lower() in _BACK:
                return None
            opening = own[0]
            break
    if opening is None:
        return None
    following = sentence
    while following.end < len(doc):
        after = doc[following.end].sent
        if _paragraph_break(doc, following, after):
            return None
        following = after
        root = following.root
        subject = next((c for c in root.children if c.dep_ == "nsubj"), None) if root.lemma_.lower() in SAY_VERBS \
            else None
        speaker = speaker_of(root) if subject is not None else None  # "she" resolved to the person's last word
        parenthetical = speaker is not None and \
            any(t.text == "," for t in doc[following.start:subject.left_edge.i])
        document = _the_document(subject) if subject is not None else None
        if parenthetical and (subject.lower_ in _BACK or speaker.text in re.split(r"[ -]", opening.source) or
                              document is not None):
            own = [d.claim for d in drafts if d.claim.sentence_start == following.start_char]
            if all(c.source is None or c.source.lower() in _BACK or c.source == opening.source or
                   c.source.lower() == document for c in own):
                return Attribution(opening.source, opening.via, opening.cue)
            return None
        if any(d.claim.cue is not None and not _local_reporter(d.claim)
               for d in drafts if d.claim.sentence_start == following.start_char):
            return None
    return None


#: Round 22: documents a closing "..., the report said" points back to its issuer with.
_DOCUMENT_BACK = frozenset({"report", "study", "analysis", "survey", "assessment", "review", "paper"})


def _the_document(subject) -> str | None:
    """Round 22: "..., the report said" (a document word with "the" and nothing else before it) closing
    a paragraph that its issuer opened speaks for that issuer, as "..., it said" does: the word."""
    if subject.lemma_.lower() not in _DOCUMENT_BACK or subject.tag_ != "NN":
        return None
    lefts = list(subject.lefts)
    return subject.lemma_.lower() if len(lefts) == 1 and lefts[0].lower_ == "the" else None


def _paragraph_break(doc: Doc, one, after) -> bool:
    """Round 13: is there a line break between sentence ``one`` and the next sentence ``after`` (or
    inside either: a headline)? A sentence's text may end in the blank line after it."""
    gap = doc.text[one.start_char + len(one.text.rstrip()):after.start_char + 1]
    return "\n" in gap or "\n" in after.text.strip() or "\n" in one.text.strip()


def _local_reporter(claim: Claim) -> bool:
    """Round 13: a figure whose source is a place below a country that "has recorded" it ("Westmoreland
    has recorded 15"): a proper name of no body (:data:`.names.BODY_WORDS`) and no country; inside a
    speaker's paragraph, the speaker's figure for that place."""
    words = (claim.source or "").split()
    return claim.cue in RECORD_CUES and 0 < len(words) <= 3 and all(w[:1].isupper() for w in words) and \
        not gazetteer.country(claim.source) and not any(w.lower() in BODY_WORDS for w in words)


#: Round 13: the cues (verbs) by which a place "has recorded" or "registered" a count.
RECORD_CUES = frozenset({"recorded", "registered"})


#: Dependencies by which a figure is an argument of its clause (the count the clause states),
#: not part of a description ("a village of 37 households", "..., sending 10 cars into the river").
_STATED_PATH = frozenset({"nsubj", "nsubjpass", "dobj", "attr", "pobj", "prep", "conj", "cc", "nummod",
                          "quantmod", "compound", "amod", "npadvmod", "ROOT", "advmod", "oprd", "dative"})


def _stated(anchor) -> bool:
    """Is the figure what its sentence states: on a path of arguments up to the root verb, with
    no apposition, participle, relative or adverbial clause between?"""
    chain = counted_module.predicate_chain(anchor)
    return all(t.dep_ in _STATED_PATH for t in chain[:-1])


def _paragraph_attribution(doc: Doc, sentence, drafts: list[_Draft] = ()) -> Attribution | None:
    """The attribution closing the paragraph: a later sentence of the same paragraph that ends in
    a parenthetical saying verb ("..., the agency said."), whose own figures it attributes (a
    speaker who gives no figure, "the river rose, a forecaster said", vouches for nothing before
    it), and with no other attribution between (an earlier clause's own "initial figures showed"
    is a boundary)."""
    following = sentence
    if "\n" in sentence.text.strip():  # a headline run into the next line: its own paragraph
        return None
    while following.end < len(doc):
        after = doc[following.end].sent
        gap = doc.text[following.start_char + len(following.text.rstrip()):after.start_char + 1]
        if "\n" in gap or "\n" in after.text.strip():
            return None
        following = after
        root = following.root
        speaker = speaker_of(root) if root.lemma_.lower() in SAY_VERBS else None
        parenthetical = speaker is not None and any(t.text == "," for t in doc[following.start:speaker.left_edge.i])
        if parenthetical and _scoped_to_place(following):
            return None  # "In Kyiv, four died, city officials said": they speak for that place only
        if parenthetical and not _ends_paragraph(doc, following):
            return None  # round 13: a saying sentence with more told after it governs its own sentence
        if parenthetical:
            said = attribute(following, root)
            own = [d.claim for d in drafts if d.claim.sentence_start == following.start_char]
            if said.source and any(c.source == said.source for c in own) and \
                    all(c.cue is not None for c in own) and all(c.source == said.source for c in own):
                return said
            return None
        if any(d.claim.cue is not None for d in drafts if d.claim.sentence_start == following.start_char):
            return None
    return None


def _ends_paragraph(doc: Doc, sentence) -> bool:
    """Round 13: is ``sentence`` the last of its paragraph (nothing but a line break after it)?"""
    if sentence.end >= len(doc):
        return True
    after = doc[sentence.end].sent
    return "\n" in doc.text[sentence.start_char + len(sentence.text.rstrip()):after.start_char + 1] or \
        not after.text.strip()


def _scoped_to_place(sentence) -> bool:
    """Does the sentence open with a place it is about ("In Kyiv, ...", "In the capital, ...")?"""
    words = [t for t in sentence if not t.is_space]
    comma = next((t.i for t in words[:6] if t.text == ","), None)
    return comma is not None and words[0].lower_ in ("in", "at") and any(
        t.ent_type_ in ("GPE", "LOC", "FAC") or t.lower_ in ("capital", "city") or
        t.pos_ == "PROPN" and bool(gazetteer.places(t.text) or gazetteer.country(t.text))
        for t in sentence.doc[words[0].i:comma])


#: Round 22: verbs by which "That"/"This" works a figure out of the one before ("That puts losses at N").
_RECKONING = frozenset({"put", "bring", "take", "push", "lift", "raise", "mean", "leave"})
#: Round 26: verbs that carry a running total up "to" a new figure ("That brings the toll to 13").
_TOTALLING = frozenset({"bring", "take", "push", "lift", "raise"})


def _running_total(verb) -> bool:
    """Round 26: "That brings the toll across Texas to at least 82", "This takes the total to 40",
    "That brings to 21 the number of arrests": a verb carrying a total "to" a new figure adds the
    figure before to others; the sum is the writer's, not the speaker's of the sentence before."""
    return verb.lemma_.lower() in _TOTALLING and any(
        c.dep_ in ("prep", "dative") and c.lower_ == "to" for c in verb.children)


#: Pronouns that open a sentence carrying on the one before: "They include ...", "These are ...".
CONTINUING = frozenset({"they", "these", "those"})


def _continued_attribution(doc: Doc, sentence, before: list[_Draft]) -> Attribution | None:
    """Module docstring, "Continued list": a sentence that carries on the sentence before it in
    its paragraph (its subject a bare number with its noun left out, "Four are in critical
    condition, nine serious", or "They"/"These") takes that sentence's closing attribution, when
    all of that sentence's figures have the same one."""
    first = next((t for t in sentence if not t.is_punct), None)
    if first is None or sentence.start == 0 or first.dep_ not in ("nsubj", "nsubjpass") or \
            not (first.like_num or first.lower_ in CONTINUING or
                 first.lower_ in ("that", "this") and first.head.lemma_.lower() in _RECKONING):
        return None
    if first.lower_ in ("that", "this") and _running_total(first.head):
        return None  # round 26: "That brings the toll to 13" is the writer's sum
    previous = doc[sentence.start - 1].sent
    if "\n" in doc.text[previous.end_char:sentence.start_char]:
        return None
    own = [d.claim for d in before if d.claim.sentence_start == previous.start_char]
    if not own or any(c.cue is None or c.source is None or c.cue == "according to" for c in own) or \
            len({(c.source, c.via, c.cue) for c in own}) != 1:
        return None
    return Attribution(own[-1].source, own[-1].via, own[-1].cue)


#: Round 22: words that point back to a group counted before ("Of the dead, ...", "75% of them").
_PARTITIVE_BACK = frozenset({"them", "those", "these", "whom"})


def _breakdown_attribution(doc: Doc, sentence, drafts: list[_Draft], before: list[_Draft]) -> Attribution | None:
    """Module docstring, "Breakdown" (round 22): a sentence with no attribution of its own that
    breaks down the group counted in the sentence before, in the same paragraph ("Of the dead, 1,300
    were men and 800 women", "Around 60% of them are children, 20% ..."), takes that sentence's
    source, when all of its figures have one and the same source and none is denied."""
    if sentence.start == 0 or not _breaks_down(sentence):
        return None
    if any(d.claim.source is not None or d.claim.cue is not None
           for d in drafts if d.claim.sentence_start == sentence.start_char):
        return None  # a speaker of its own for some figure of the sentence
    previous = doc[sentence.start - 1].sent
    last = next((t for t in reversed(previous) if not t.is_space), None)
    if last is None or "\n" in doc.text[last.idx + len(last):sentence.start_char]:
        return None  # a new paragraph (the parser may keep its line break in the sentence before)
    own = [d.claim for d in before if d.claim.sentence_start == previous.start_char]
    if not own or any(c.source is None or c.modality == "denied" for c in own) or \
            len({(c.source, c.via, c.cue) for c in own}) != 1:
        return None
    return Attribution(own[-1].source, own[-1].via, own[-1].cue)


def _breaks_down(sentence) -> bool:
    """Round 22: the sentence says what kinds of people or things a group counted before is made of:
    it opens on "Of the <noun>," / "Of those," or its subject is a part "of them", and its main verb is
    "be" with a noun after it ("Of the dead, 1,300 were men and 800 women", "Two-thirds of them are
    women"). A part that did something ("Of them, 18,816 had been deported", "60% of them are
    staying with relatives") is the writer's account (the guide's round 9), and stays unattributed."""
    root = sentence.root
    if root.lemma_.lower() != "be" or not any(c.dep_ == "attr" and c.pos_ in ("NOUN", "PROPN") for c in root.children):
        return False
    words = [t for t in sentence if not t.is_punct]
    if len(words) >= 2 and words[0].lower_ == "of":
        tail = [t for t in sentence[words[0].i - sentence.start + 1:]]
        comma = next((t for t in tail if t.text == ","), None)
        if comma is not None and comma.i - words[0].i <= 4 and not any(t.like_num for t in sentence.doc[words[0].i:comma.i]):
            return words[1].lower_ in ("the", "those", "these", "them")
    for token in sentence:
        if token.lower_ in _PARTITIVE_BACK and token.dep_ == "pobj" and token.head.lower_ == "of":
            part = token.head.head
            if (part.like_num or part.lower_ in ("%", "percent", "per")) and \
                    (part.dep_ in ("nsubj", "nsubjpass") or part.head.dep_ in ("nsubj", "nsubjpass")):
                return True
    return False


def _acted_on(noun) -> bool:
    """Module docstring, "Ellipsis": a figure whose own noun is a thing (:data:`~.measures.THINGS`)
    or the object of an action noun's "of" phrase ("police finish search of seven towers", "the
    repair of 12 bridges"; not a container, a harm noun nor a partitive: "the bodies of 40 migrants",
    "seven of the eight towers")."""
    if noun is None:
        return False
    if noun.lemma_.lower() in measures.THINGS:
        return True
    action = noun.head.head
    return noun.dep_ == "pobj" and noun.head.lower_ == "of" and action.pos_ == "NOUN" and \
        action.lemma_.lower() not in measures.NOUNS.keys() | measures.CONTAINERS | counted_module.CONTAINERS


def _continued_from(doc: Doc, mention: Mention, noun=None) -> int | None:
    """Module docstring, "Continued list": the character start of the sentence before, in the same
    paragraph, when the figure is a bare number opening its sentence as its subject ("Twenty-nine
    were downed over Bryansk", "Six are in intensive care")."""
    anchor = doc[mention.anchor]
    sentence = anchor.sent
    first = next((t for t in sentence if not t.is_punct), None)
    if first is None or sentence.start == 0:
        return None
    # round 15: "It was 59 on Tuesday evening." after a toll: a pronoun for the count told just before,
    # the figure its level after "be"
    level = first.lower_ in ("it", "that", "this") and first.dep_ == "nsubj" and anchor.dep_ == "attr" and \
        anchor.head.lemma_ == "be" and first.head.i == anchor.head.i and first.i + 2 >= mention.start
    listed = _pronoun_list(first, anchor)
    if noun is not None and not listed:
        return None
    if not level and not listed and (first.i != mention.start or anchor.dep_ not in ("nsubj", "nsubjpass")):
        return None
    previous = doc[sentence.start - 1].sent
    if "\n" in doc.text[previous.end_char:sentence.start_char]:
        return None
    return previous.start_char


def _pronoun_list(first, anchor) -> bool:
    """Round 15: "They include the firefighter who died ..., 10 foreign domestic workers and five people":
    a figure (or its noun) that is the object of "include" or "be", or a conjunct of it, whose subject is
    "They", "These" or "Those" opening the sentence: an item of the group the sentence before counted."""
    if first.lower_ not in ("they", "these", "those") or first.dep_ != "nsubj" or \
            first.head.lemma_.lower() not in ("include", "be"):
        return False
    node = anchor.head if anchor.dep_ == "nummod" else anchor
    if node.dep_ in ("dobj", "attr") and node.head.i == first.head.i:
        return True
    if node.dep_ not in ("conj", "appos"):
        return False  # "They include people from 12 countries": no item of the list
    # an item conjoined to the object, however deep the parser hung it ("a nurse who died at her post,
    # 12 students": the students read as conjoined to "post")
    return any(a.dep_ in ("dobj", "attr") and a.head.i == first.head.i for a in node.ancestors)


def _own_harm(draft: _Draft, head: _Draft) -> bool:
    """Round 15: an item that looks like one of a list ("59 at the concert") but has a verb of its own
    that states another measure ("The bombing killed 22 people and injured 59 at the concert") is no
    item of the list the figure before heads: it keeps its own measure."""
    return draft.stated and draft.claim.measure not in ("other", head.claim.measure) and \
        (draft.verb is not None and draft.verb != head.verb or draft.broken_down)  # round 19: a breakdown after a colon


def _own_origin(claim: Claim, level: Claim) -> bool:
    """Round 26 (measures, rule 106): a "from" figure with a noun of its own, another than the level's, is where
    the level's people come from, no earlier level ("400 responders from over 20 agencies")."""
    return claim.counted is not None and level.counted is not None and \
        claim.counted.split()[-1] != level.counted.split()[-1] and claim.counted.split()[-1] not in _CONTAINERS


def _bare_be(verb) -> bool:
    """"19 were on the ground": "be" with no state after it (not "17 were missing")."""
    return verb.lemma_.lower() == "be" and not any(
        c.dep_ in ("acomp", "attr") and c.lower_ in measures.ADJECTIVES for c in verb.children)


def _fill_ellipses(drafts: list[_Draft]) -> list[_Draft]:
    out: list[_Draft] = []
    for draft in drafts:
        same = [d for d in out if d.claim.sentence_start == draft.claim.sentence_start]
        telling = [d for d in same if d.stated and d.claim.measure != "other"]
        before = (telling or same)[-1] if same else None
        claim = draft.claim
        if draft.earlier_level and same and not _own_origin(claim, _level(same).claim):
            level = _level(same)
            claim = replace(claim, measure=level.claim.measure, counted=claim.counted or level.claim.counted,
                            subject=claim.subject or level.claim.subject)
        elif draft.listed and telling and not _own_harm(draft, telling[-1]):  # "600 deaths in A, 210 in B and 35 in C"
            head = telling[-1].claim
            claim = replace(claim, measure=head.measure, counted=head.counted or claim.counted,
                            subject=claim.subject or head.subject)
        elif before is not None and _elliptic(draft, before):
            share = claim.quantity.unit in ("fraction", "percent") and before.stated and before.claim.counted
            keep = (draft.stated and not share) or before.claim.measure == "other" or \
                draft.acted_on and before.claim.measure in PEOPLE_MEASURES  # "search of seven towers" is no toll
            claim = replace(
                claim,
                measure=claim.measure if keep else before.claim.measure,
                counted=claim.counted or (_others_of(draft, before) if claim.quantity.unit is None else None),
                subject=claim.subject or before.claim.subject,
            )
        if not same and draft.continues is not None:
            claim = _continued(draft, claim, [d for d in out if d.claim.sentence_start == draft.continues])
        claim = _from_group(draft, claim, out)
        if draft.kind and not draft.of_pronoun and claim.quantity.unit is None:
            claim = replace(claim, counted=draft.kind)  # "113 were women": women are what is counted
        if claim.counted is None and draft.stands_alone:
            claim = replace(claim, counted="person")
        out.append(replace(draft, claim=claim))
    return out


def _continued(draft: _Draft, claim: Claim, previous: list[_Draft]) -> Claim:
    """Module docstring, "Continued list": a bare number opening a sentence that carries on the
    one before counts what that sentence's last figure (whose measure a rule stated, else the last)
    counted, for the same owner, unless its own verb states another measure ("Russia launched 48
    drones. Two were killed": the two are people, not drones)."""
    telling = [d for d in previous if d.stated and d.claim.measure != "other"]
    opens = draft.stated and claim.start == claim.sentence_start
    if previous and claim.counted is not None and claim.measure == "other" and telling and not opens:
        # round 30: not a figure opening its sentence whose ``other`` a rule stated ("Six people have been named as
        # suspects" after a toll); "They include ..., 12 students" still takes the group's measure
        # round 15: "They include ... 10 foreign domestic workers": the group's measure, the item's own noun
        return replace(claim, measure=telling[-1].claim.measure)
    if not previous or claim.counted is not None:
        return claim
    before = (telling or previous)[-1].claim
    if draft.stated and claim.measure != before.measure:
        return claim
    return replace(claim, counted=before.counted, subject=claim.subject or before.subject,
                   measure=claim.measure if draft.stated else before.measure)


def _fill_shares(doc: Doc, drafts: list[_Draft]) -> list[_Draft]:
    """Module docstring, "Share of a figure told"."""
    out: list[_Draft] = []
    for draft in drafts:
        claim = draft.claim
        told = _told_before(doc, draft, out) if draft.share_back else None
        if told is not None:
            said = {} if claim.source else {"source": told.source, "via": told.via, "cue": told.cue}
            claim = replace(claim, measure=told.measure, subject=told.subject or claim.subject, **said)
        out.append(replace(draft, claim=claim))
    return out


def _told_before(doc: Doc, draft: _Draft, out: list[_Draft]) -> Claim | None:
    """The figure a share points back to: the last before it in its sentence, else the last of
    the sentence just before it in the same paragraph."""
    claim = draft.claim
    before = [d.claim for d in out if d.claim.start < claim.start and d.claim.quantity.unit is None]
    if not before:
        return None
    last = before[-1]
    if last.sentence_start == claim.sentence_start:
        return last
    gap = doc.text[last.sentence_end:claim.sentence_start]
    between = doc.text[last.start:claim.sentence_start]
    if "\n" in between or gap.strip() or last.sentence_end > claim.sentence_start:
        return None
    return last


def _fill_figures(drafts: list[_Draft]) -> list[_Draft]:
    """Module docstring, "A figure of N"."""
    out: list[_Draft] = []
    for draft in drafts:
        claim = draft.claim
        if draft.figure_of and claim.counted and (not draft.stated or claim.measure == "other"):
            same = [d.claim for d in out if d.claim.measure != "other" and d.claim.quantity.unit is None and not (d.of_pronoun or d.follows_more)
                    and _same_kind(d.claim.counted, claim.counted)]
            claim = replace(claim, measure=same[-1].measure if same else "other")
        out.append(replace(draft, claim=claim))
    return out


def _same_kind(one: str | None, other: str) -> bool:
    if not one:
        return False
    a, b = one.split()[-1], other.split()[-1]
    return a == b or (a in measures.PERSONNEL and b in measures.PERSONNEL)


#: Round 28: places a group is kept in ("in eight hospitals"), never the group "N of them" is part of.
_PLACES_OF_CARE = frozenset({"hospital", "clinic", "camp", "shelter", "centre", "center", "ward", "school"})


def _from_group(draft: _Draft, claim: Claim, out: list[_Draft]) -> Claim:
    """"Four of them" takes the group of the figure just before; "put the number at 52,000", "the
    figure could rise to 6 million" the count of the latest figure before that counted a noun
    (module docstring, "Part of a group", "Same count"): in its sentence the last one whose measure
    a rule stated, else the last one; else the last one before."""
    if draft.of_pronoun and out and out[-1].mention.end <= draft.mention.start:
        group = out[-1].claim  # "58 survivors were treated ... Four of them remain ...": survivors
        if group.counted and group.counted.split()[-1] in _PLACES_OF_CARE and len(out) > 1 and \
                out[-2].claim.sentence_start == group.sentence_start and out[-2].claim.quantity.unit is None:
            group = out[-2].claim  # round 28: "180 were being treated in eight hospitals, 11 of them critical": people
        # round 15: a part with no verb of its own ("Twenty people remained in hospital, one of them in a
        # critical condition") says nothing new: its ``other`` is the group's measure
        own = draft.stated and (claim.measure != "other" or draft.verb is not None and draft.verb not in out[-1].verbs)
        return replace(claim, counted=claim.counted or group.counted, subject=claim.subject or group.subject,
                       measure=claim.measure if own else group.measure)
    if _next_part(draft, claim, out):  # round 26: "two of them with the UN mission and seven with the regional force"
        return replace(claim, subject=claim.subject or out[-1].claim.subject)
    if draft.excepted and out:  # "apart from seven children and one man, all of them were women"
        group = next((d.claim for d in reversed(out) if not d.excepted), out[-1].claim)
        return replace(claim, counted=claim.counted or group.counted, subject=claim.subject or group.subject,
                       measure=claim.measure if draft.stated and claim.measure != "other" else group.measure)
    if not draft.refers_back:
        return claim
    named = [d for d in out if d.claim.counted and d.claim.counted.split()[-1] not in _CONTAINERS]
    same = [d for d in named if d.claim.sentence_start == draft.claim.sentence_start]
    telling = [d for d in same if d.stated and d.claim.measure != "other"]
    group = (telling or same or named or [None])[-1]
    if group is None:
        return claim
    return replace(claim, counted=claim.counted or group.claim.counted, subject=claim.subject or group.claim.subject,
                   measure=claim.measure if draft.stated and claim.measure != "other" else group.claim.measure)


_CONTAINERS = counted_module.CONTAINERS


def _next_part(draft: _Draft, claim: Claim, out: list[_Draft]) -> bool:
    """Round 26 ("Part of a group", subjects rule 9): a bare number with no noun that follows "N of them" in its
    sentence after "and" or a comma, no other figure between ("two of them with the UN mission and seven with
    the regional force"), is the next part of the same group: whose the group is, its part is."""
    if not out or claim.counted or draft.of_pronoun or not out[-1].of_pronoun:
        return False
    before = out[-1]
    if before.claim.sentence_start != claim.sentence_start or before.mention.end > draft.mention.start:
        return False
    between = claim.sentence[before.claim.quantity.end - claim.sentence_start:claim.quantity.start - claim.sentence_start]
    return bool(re.search(r"(,|\band\b)\s*$", between)) and not re.search(r"\d", between)


def _fill_as_of(drafts: list[_Draft]) -> list[_Draft]:
    """A date stated for one figure covers the figures of its sentence that state none ("rose to 31
    on Monday, with 19 still missing"), except earlier levels ("up from 120") either way: the
    nearest dated figure before, else after."""
    out = []
    for draft in drafts:
        claim = draft.claim
        if draft.earlier_level and draft.earlier_by is not None:
            level = [d.claim for d in drafts if d.claim.sentence_start == claim.sentence_start
                     and not d.earlier_level and d.claim.start < claim.start and d.claim.as_of]
            if level:  # "92,000 ... said on Thursday, up from 61,000 a week earlier"
                then = level[-1].as_of if level[-1].as_of_basis == "stated" else draft.sentence_day or level[-1].as_of
                claim = replace(claim, as_of=then - draft.earlier_by, as_of_basis="stated")
        elif claim.as_of_basis != "stated" and not draft.earlier_level:
            same = [d for d in drafts if d.claim.sentence_start == claim.sentence_start and not d.earlier_level
                    and d.claim.as_of_basis == "stated"]
            before = [d for d in same if d.claim.start < claim.start]
            dated = before[-1] if before else (same[0] if same else None)
            if dated is not None:
                claim = replace(claim, as_of=dated.claim.as_of, as_of_basis="stated")
        out.append(replace(draft, claim=claim))
    return out


def _level(same: list[_Draft]) -> _Draft:
    """The figure an "up from N" compares with: the last one reached "to"/"at", else the last."""
    for draft in reversed(same):
        text = draft.claim.sentence
        offset = draft.claim.quantity.start - draft.claim.sentence_start
        if text[:offset].rstrip().lower().endswith((" to", " at")):
            return draft
    return same[-1]


#: Counts of events that happen to people: "N others" after one of them are people ("3,804 deaths,
#: with 7,189 others hurt").
_PEOPLE_EVENTS = frozenset({"death", "fatality", "casualty", "injury", "loss"})


def _others_of(draft: _Draft, before: _Draft) -> str | None:
    """The counted noun a leaning figure takes: the one before it, except that "N others" after a
    count of deaths or injuries are people."""
    counted = before.claim.counted
    return "person" if counted in _PEOPLE_EVENTS and draft.others else counted


def _elliptic(draft: _Draft, before: _Draft) -> bool:
    """Does the figure lean on the one before it (module docstring, "Ellipsis")?"""
    unit = draft.claim.quantity.unit
    if unit == "times" or draft.follows_more:
        return True
    if draft.compared and not draft.stated:
        return True  # "60 Jordanians died, more than the 41 that Amman had announced"
    if draft.kind and not draft.stated and draft.claim.counted is None:
        return True  # "Of the 121 victims, 113 were women, seven were children": kinds of the group
    attached = draft.verb is None or draft.verb in before.verbs
    if draft.claim.counted is None and draft.gapped and draft.conj_of == before.verb:
        return True  # gapping: "Some 3,200 homes were destroyed and 11,000 [were] damaged"
    harms = {"killed", "wounded", "missing", "captured"}
    if draft.claim.counted is None and draft.conj_of == before.verb and draft.stated and \
            {draft.claim.measure, before.claim.measure} <= harms:
        return True  # "25 civilians died and six were wounded": harm after harm counts the same people
    return attached and (draft.claim.counted is None or unit in ("fraction", "percent") or not draft.stated)


def _fill_subjects(doc: Doc, drafts: list[_Draft]) -> list[Claim]:
    counts = _named_counts(doc, False)  # one walk over the article's tokens serves every rule below
    actor = main_actor(doc, counts) or _most_named([d.claim for d in drafts])
    drafts = [replace(d, claim=_local_money(doc, d, actor)) for d in drafts]
    home = scene.country(doc) or actor  # round 25 (subjects rules 6-6c): a trade rate is the partner's
    drafts = [replace(d, claim=replace(d.claim, subject=trade.partner(doc[d.mention.anchor], home)))
              if d.claim.measure == "other" and trade.partner(doc[d.mention.anchor], home)
              else d for d in drafts]
    drafts = [replace(d, claim=replace(d.claim, subject=scene.SEVERAL))  # round 26 (subjects rule 8): "foreign troops"
              if subjects.multinational(doc[d.mention.anchor]) else d for d in drafts]
    drafts = [replace(d, claim=replace(d.claim, subject=scene.SEVERAL))  # round 28 (subjects rule 14): a world index
              if d.claim.measure == "other" and subjects.world_rate(doc[d.mention.anchor]) else d for d in drafts]
    drafts = [replace(d, claim=replace(d.claim, subject=scene.SEVERAL))  # no single supplier (round 13)
              if d.claim.measure == "supplied" and not d.claim.subject
              and subjects.no_supplier(doc[d.mention.anchor]) else d for d in drafts]
    drafts = [replace(d, claim=replace(d.claim, subject=scene.SEVERAL))  # round 17: "in 80 countries", "worldwide"
              if not d.claim.subject and scene.total_across(doc[d.mention.anchor], d.claim.measure) else d
              for d in drafts]
    drafts = [replace(d, claim=replace(d.claim, subject=scene.SEVERAL))  # a total across several, before two sides
              if not d.claim.subject and len(counts) >= 2
              and scene.placed(doc[d.mention.anchor], d.claim.measure) == scene.SEVERAL else d for d in drafts]
    firm, firm_names = companies.company_country(doc)  # round 21 ("Company"): a company's own figures
    drafts = [replace(d, claim=replace(d.claim, subject=firm))
              if firm and not d.claim.subject and d.claim.measure == "other"
              and companies.company_figure(doc[d.mention.anchor].sent, firm_names)
              and scene.own_place(doc[d.mention.anchor]) in (None, firm) else d for d in drafts]
    fled = subjects.article_origin(doc)  # "Flight" (round 16): the people who fled are their land's
    drafts = [replace(d, claim=replace(d.claim, subject=fled))
              if fled and not d.claim.subject and not _money(d.claim) and not sides.armed(d.claim)
              and (d.claim.counted or "").split(" ")[-1] not in _PLACE_NOUNS else d
              for d in drafts]
    drafts = _part_of_them(doc, drafts)  # round 29 (subjects rule 18): "five Indian jets, three of them Rafales"
    drafts = [replace(d, claim=replace(d.claim, subject=share))  # round 27 (subjects rule 12): "followed by X at 13%"
              if (share := subjects.share_by_nationality(doc[d.mention.anchor])) else d for d in drafts]
    drafts = [replace(d, claim=replace(d.claim, subject=arrived))  # round 27 (subjects rule 11): arrivals' destination
              if not d.claim.subject and not _money(d.claim)
              and (arrived := subjects.arrivals_counted(doc[d.mention.anchor], d.claim.measure)) else d for d in drafts]
    where = scene.country(doc)  # "Scene": where the event happened, before who is named most
    side = None if where else sides.country(doc, counts)  # "Two sides"
    pair = sides.two(counts) if side else None
    drafts = [replace(d, claim=replace(d.claim, subject=_harmed_in(doc, d, counts)))  # round 23 (subjects rules 5d, 5e)
              if len(counts) >= 2 and not d.claim.subject and subjects.struck(d.claim) else d for d in drafts]
    drafts = [replace(d, claim=replace(d.claim, subject=other))  # round 29 (subjects rule 19): "its strikes killed 14"
              if not d.claim.subject and (other := _struck_by_speaker(doc, d, counts)) else d for d in drafts]
    drafts = [replace(d, claim=replace(d.claim, subject=sides.named(doc[d.mention.start].sent, pair)))
              if pair and not d.claim.subject and not sides.armed(d.claim)
              and scene.own_place(doc[d.mention.anchor]) in (None, *pair) else d  # round 20: "64,000 in the Comoros"
              for d in drafts]
    if len(counts) >= 2:  # "A clause's own place" (scene.placed), in a story of several countries
        drafts = [d if d.claim.subject or sides.armed(d.claim) else replace(  # weapons fired: the attacker's
            d, claim=replace(d.claim, subject=_placed(doc, d, counts, pair))) for d in drafts]
    actor = side or actor
    at_scene = [d for d in drafts if where and scene.covers(d.claim, doc[d.mention.start].sent, where)]
    drafts = [replace(d, claim=replace(d.claim, subject=aside))  # round 25: a side event's own sentence
              if where and not d.claim.subject and subjects.struck(d.claim) and d not in at_scene
              and (aside := scene.event_in(doc[d.mention.start].sent)) not in (None, where) else d for d in drafts]
    struck = [d for d in drafts if not d.claim.subject and subjects.struck(d.claim)]
    victims = side or (_victims_country(doc, actor, _top(counts) is not None) if struck else actor)  # "Whose harm"
    firing = sides.attacker(doc) if any(sides.armed(d.claim) for d in drafts) else None  # weapons fired
    drafts = [_returned(doc, d) for d in drafts]
    claims = [d.claim if d.claim.subject else _sent_in(replace(
        d.claim, subject=firing if firing and sides.armed(d.claim) else where if d in at_scene
        else scene.sentence_opens_on(doc[d.mention.start].sent) or _paragraph_placed(doc, d, counts, pair)
        or (victims if d in struck else actor)), counts) for d in drafts]  # round 25: "In Israel, ..."
    claims = [replace(c, subject=None) if c.subject == scene.SEVERAL else c for c in claims]  # a total across several
    return _subdivided(doc, claims)


_OF_THEM = re.compile(r"\s+of\s+(?:them|those|whom)\b")


def _part_of_them(doc: Doc, drafts: list[_Draft]) -> list[_Draft]:
    """Round 29 (subjects rule 18): "N of them" with no owner of its own is the whole's, the figure just before it
    in its sentence ("shot down five Indian aircraft, three of them French-made jets": India's)."""
    out: list[_Draft] = []
    for d in drafts:
        before = out[-1].claim if out else None
        if not d.claim.subject and before is not None and before.subject and before.subject != scene.SEVERAL \
                and before.sentence_start == d.claim.sentence_start and before.quantity.end <= d.claim.quantity.start \
                and _OF_THEM.match(doc.text, d.claim.quantity.end):
            d = replace(d, claim=replace(d.claim, subject=before.subject))
        out.append(d)
    return out


def _subdivided(doc: Doc, claims: list[Claim]) -> list[Claim]:
    """Round 23 (:func:`subjects.subdivision_senses`, :func:`subjects.canonical`): "Georgia" among US states
    is the United States'; "EU" is the "European Union"."""
    senses = subjects.subdivision_senses(doc)
    return [replace(c, subject=subjects.canonical(senses.get(c.subject, c.subject))) for c in claims]


def _harmed_in(doc: Doc, draft: _Draft, counts: Counter[str]) -> str | None:
    """Round 23, in a story of several countries: people harmed take the country their verb of harm places
    them in (:func:`subjects.harm_place`), else the country whose own body counts them
    (:func:`subjects.speaker_country`), a territory's when its state governs it (:func:`_governed`)."""
    anchor = doc[draft.mention.anchor]
    return subjects.harm_place(anchor) or _governed(subjects.speaker_country(anchor), counts) \
        or _struck_by_speaker(doc, draft, counts)


def _struck_by_speaker(doc: Doc, draft: _Draft, counts: Counter[str]) -> str | None:
    """Round 29 (subjects rule 19): in a story of two sides, people a side says its own strikes killed are the
    other side's."""
    pair = sides.two(counts)
    if not pair or draft.claim.measure not in subjects.HARMS:
        return None
    striker = subjects.speaker_country(doc[draft.mention.anchor], striking=True)
    return next((c for c in pair if c != striker), None) if striker in pair else None


def _sent_in(claim: Claim, counts: Counter[str]) -> Claim:
    """Round 20 ("Territory"): people, planes or supplies sent or handed out (``deployed``, ``supplied``)
    that no rule gave a sender and that fall to a territory with its own ISO 3166 entry (Mayotte) are its
    state's (France) when the article names that state: the state sends them in ("1,500 personnel have
    been flown in", "1,600 police officers have been mobilised"); a territory whose state the article
    never names (Hong Kong's own firefighters) keeps them."""
    state = gazetteer.sovereign(claim.subject) if claim.measure in scene.SENT and claim.subject else None
    return replace(claim, subject=state) if state and counts.get(state) else claim


#: Counted nouns of places, not people: "five other provinces" that house the people who fled are
#: the receiving country's, not the people's (round 16, "Flight").
_PLACE_NOUNS = frozenset({"province", "region", "district", "county", "state", "city", "town", "village",
                          "country", "municipality", "provinces", "regions", "districts", "counties", "states",
                          "cities", "towns", "villages", "countries", "municipalities"})


def _money(claim: Claim) -> bool:
    """Is the figure an amount of money (an ISO 4217 code for its unit)?"""
    return _money_unit(claim.quantity.unit)


def _money_unit(unit: str | None) -> bool:
    return bool(unit) and len(unit) == 3 and unit.isupper()


def _placed(doc: Doc, draft: _Draft, counts: Counter[str], pair) -> str | None:
    """:func:`scene.placed`; in a story of two sides, only a country the article names twice or more
    (a venue of talks named once, "talks in Istanbul", is neither side's place), or (round 20) the one
    its paragraph opens on ("In Malawi, the disaster agency said 13 people had died") or the figure's own
    placing phrase names ("about 64,000 in the Comoros": :func:`scene.own_place`), also before the side
    its sentence names."""
    anchor = doc[draft.mention.anchor]
    found = _governed(scene.placed(anchor, draft.claim.measure), counts, anchor)
    return found if not pair or counts.get(found, 0) >= 2 or scene.opens_on(doc[draft.mention.anchor].sent, found) \
        or found == scene.own_place(doc[draft.mention.anchor]) else None  # round 20: "In Malawi", "64,000 in X"


def _governed(found: str | None, counts: Counter[str], anchor: Token | None = None) -> str | None:
    """Round 20 ("Territory"): a clause placed by a state alone ("French officials said 12 people had
    died") in an article whose main actor is that state's territory (Guadeloupe) tells of the territory,
    which the state governs. Round 25 ("Inner place"): not a clause the figure's own placing phrase puts
    in one of the state's cities or provinces (:func:`scene.inner_place`: "In Shunde, cases fell to 192")."""
    top = _top(counts)
    if found and top and gazetteer.sovereign(top) == found and anchor is not None and scene.inner_place(anchor, found):
        return found
    return top if found and top and gazetteer.sovereign(top) == found else found


def _paragraph_placed(doc: Doc, draft: _Draft, counts: Counter[str], pair) -> str | None:
    """:func:`scene.paragraph_place` (round 13), in a story of several countries, after the scene;
    in a story of two sides, only a country the article names twice or more, or (round 20) the one its
    paragraph opens on ("In Malawi, ...": :func:`scene.opens_on`)."""
    if len(counts) < 2:
        return None
    sentence = doc[draft.mention.anchor].sent
    found = scene.paragraph_place(sentence, draft.claim.measure) or \
        (None if pair else scene.running_place(sentence, draft.claim.measure))  # round 20: the lead's place
    found = _governed(found, counts)
    return found if not pair or counts.get(found, 0) >= 2 \
        or scene.opens_on(doc[draft.mention.anchor].sent, found) else None  # round 20: "In Malawi, ..."


def _returned(doc: Doc, draft: _Draft) -> _Draft:
    """"Returned people" (:func:`subjects.returned_people`): a displaced figure of an article about
    returns belongs to the returning people's own country, before any other reading."""
    if draft.claim.measure != "displaced":
        return draft
    anchor = doc[draft.mention.anchor]
    if draft.claim.subject and draft.claim.subject in (subjects.arrivals_counted(anchor, "displaced"),
                                                       subjects.share_by_nationality(anchor)):
        return draft  # round 27 (subjects rules 11, 12): arrivals are the destination's; "followed by X at 13%"
    people = subjects.returned_people(doc[draft.mention.start].sent) or \
        (None if draft.claim.subject else subjects.article_origin(doc))
    return replace(draft, claim=replace(draft.claim, subject=people)) if people else draft


def _victims_country(doc: Doc, actor: str | None, named_any: bool) -> str | None:
    """"Whose harm": the country most named once attackers are left out (also among province names
    the tagger missed); none when every country named is an attacker ("Russian missiles struck
    Kharkiv", the city read as a person's name): the striker's country is never the victims'."""
    found = _most_often(doc, False, True) or _most_often(doc, True, True)
    if found is None and named_any:  # ``named_any``: the article names some country (strict reading)
        return None
    return found or actor


def _local_money(doc: Doc, draft: _Draft, actor: str | None) -> Claim:
    """A currency word several countries use ("pesos", "dollars") means the main actor's money
    when it is one of them; else the usual reading stays (``quantities.currency_code``)."""
    claim, mention = draft.claim, draft.mention
    if not claim.quantity.unit or mention.unit_end <= mention.end:
        return claim
    local = quantities.currency_codes(doc[mention.unit_end - 1].text) & gazetteer.currencies(actor)
    if len(local) != 1 or claim.quantity.unit in local:
        return claim
    return replace(claim, quantity=replace(claim.quantity, unit=next(iter(local))))


def main_actor(doc: Doc, counts: Counter[str] | None = None) -> str | None:
    """The country the article names most often: every capitalised name of one to three words that
    the gazetteer resolves (countries, nationalities, capitals, and provinces where tagged as places —
    also inside names such as "Peruvian Red Cross"). A name after "from" ("firefighters from
    Mexico") marks help or origin from elsewhere and counts half, as does one in a phrase beside a
    person's name ("said Ana Kowal, a teacher in Warsaw": where a quoted person lives, round 7);
    dotted abbreviations ("U.S.") count; a province of several words counts whole, also inside an
    organisation's name ("New South Wales Police": Australia, not Wales; round 9); so does each name of a list after
    "from" ("came from Mexico, Guatemala and Honduras", round 13). An article that names no country
    falls back on province names the tagger missed, outside organisations' names ("Hospitals in
    Romblon": yes; "Coast Guard": no), and last on the country its masthead names
    (:func:`layout.home`, round 13: "Berlin Bulletin"). A city known only as a city counts only where no
    country is named, unless it is the dateline's own city named again ("BALTIMORE - ..." and
    "Baltimore's bridge": the outlet reports from the place the story names; round 13). Round 22: a name
    the article uses for a disease ("the Marburg virus", :func:`subjects.disease_name`) counts nothing.
    Round 26 ("A city named often"): cities known only as cities that the article names :data:`CITY_OFTEN` times
    or more count for their country, each mention, also where countries are named ("Foshan", named eight
    times, makes China the story's over the Hong Kong dateline)."""
    strict = _named_counts(doc, loose=False) if counts is None else counts  # ``counts``: computed already
    return _top(strict) or _most_often(doc, loose=True) or layout.home(doc)  # the outlet's home (round 13)


def _most_often(doc: Doc, loose: bool, victims: bool = False) -> str | None:
    """:func:`main_actor`'s country; for ``victims`` (people struck) the countries named as the side
    that strikes ("US strikes", "American forces", a "US-led mission") are left out."""
    return _top(_named_counts(doc, loose, victims))


def _top(counts: Counter[str]) -> str | None:
    """The country named most; round 20 ("Territory"): a state named most whose territory with its own
    ISO 3166 entry the article names about as often (``gazetteer.sovereign``: Mayotte and France, Puerto
    Rico and the United States) yields to that territory: the state is named as the one that governs and
    helps it ("France's poorest department", "the French state's top official", "mainland France"), the
    territory as the place the story is about."""
    if not counts:
        return None
    top, most = counts.most_common(1)[0]
    own = [(n, t) for t, n in counts.items() if gazetteer.sovereign(t) == top and n >= sides.BALANCE * most]
    return max(own)[1] if own else top


def _named_counts(doc: Doc, loose: bool, victims: bool = False) -> Counter[str]:
    """How often the article names each country (:func:`_most_often`)."""
    counts: Counter[str] = Counter()
    shared: list[tuple[str, float]] = []  # place names several countries share: settled last
    cities: Counter[str] = Counter()  # names known only as cities (GeoNames): a fallback
    skip = layout.furniture(doc)  # mastheads and bylines name the outlet, not the story's places
    line = layout.dateline(doc)  # "PASADENA -": counted once, as a country, below
    if line:
        skip = skip | set(range(line[0], line[1]))
    i = 0
    while i < len(doc):
        if i in skip:
            i += 1
            continue
        size, found = _country_at(doc, i, loose)
        if found and victims and (subjects.attacker(doc[i]) or subjects.company_place(doc[i])):  # rules 5, 5c
            found = None
        if found:
            end = subjects.flight_end(doc[i:i + size].root)  # round 16: where people fled from, or to
            weight = 1.0 if end == "origin" else 0.5 if end == "destination" or i and doc[i - 1].lower_ == "from" \
                or _from_list(doc[i:i + size]) or _describes_person(doc[i]) else 1.0
            weight *= subjects.elsewhere_weight(doc[i])  # "the Danish minority": people of another land
            text = doc[i:i + size].text
            if gazetteer.city_only(text) and not (line and text.lower() == doc[line[0]:line[1]].text.lower()):
                cities[found] += weight  # the dateline's own city named again counts (round 13)
            elif gazetteer.ambiguous(text):
                shared.append((text, weight))
            else:
                counts[found] += weight
        i += size
    if line and line[2]:
        counts[line[2]] += 1.0  # the dateline: where the outlet reports from, one mention
    near = set(counts) | layout.certain(doc)  # "Hyderabad" is India's when the story names India elsewhere
    for text, weight in shared:  # round 17: a short name several countries share ("Congo") by the sure ones only
        counts[gazetteer.country(text, near=layout.certain(doc) if gazetteer.shared(text) else near)] += weight
    counts, cities = +counts, +cities  # a nationality that counted nothing ("the Danish minority") is no name
    if counts:  # round 26 ("A city named often"): the story's own city counts for its country, each mention
        for found, weight in cities.items():
            if weight >= CITY_OFTEN:
                counts[found] += weight
    return counts or cities  # a city says where, not whose: it counts only where no country is named


#: Round 26: how often a city known only as a city (GeoNames) is named before it counts for its country among
#: countries named (each mention): "Foshan" named eight times in a story datelined in Hong Kong.
CITY_OFTEN = 3


def _from_list(span) -> bool:
    """A name conjoined to a name after "from" ("came from Mexico, Guatemala and Honduras"): an
    origin like the first, counting half (round 13)."""
    token = span.root
    if token.dep_ != "conj":
        return False
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token.dep_ == "pobj" and token.head.lower_ == "from"


def _describes_person(token: Token) -> bool:
    """A place inside a phrase set beside a person's name ("said Ana Kowal, a teacher in Warsaw"):
    it says where the person is from, not whose story it is."""
    return any(a.dep_ == "appos" and a.head.ent_type_ == "PERSON" for a in token.ancestors)


def _country_at(doc: Doc, i: int, loose: bool = False) -> tuple[int, str | None]:
    first = doc[i]
    if re.fullmatch(r"(?:[A-Z]\.){2,}", first.text):  # "U.S.", "U.K.": a dotted abbreviation
        return 1, gazetteer.country(first.text)
    if not (first.is_alpha and (first.is_title or first.is_upper)) or first.ent_type_ == "PERSON":
        return 1, None  # most tokens: no span slicing (this runs on every token of an article)
    for size in (3, 2, 1):
        span = doc[i:i + size]
        if len(span) == size and all(t.is_alpha and (t.is_title or t.is_upper) for t in span) \
                and span[0].ent_type_ != "PERSON":
            place = span[0].ent_type_ in subjects.PLACES or loose and span[0].ent_type_ != "ORG" and \
                not any(t.is_stop for t in span)  # a sentence's first "More" or "Most" is no place
            found = gazetteer.country(span.text, provinces=place or gazetteer.longest(
                [t.text for t in span], 0) == (0, size))  # "New South Wales Police"
            if found and subjects.admin_of(span[-1]):
                return size, subjects.admin_of(span[-1])  # round 18: "Niger state" is Nigeria's
            if found and size == 1 and subjects.embedded(first):
                return 1, None  # round 17: "East Palestine", read whole one word earlier
            if found and subjects.disease_name(first):
                return size, None  # round 22 (subjects rule 1p): "the Marburg virus" names no Slovenia
            if found and size == 1 and subjects.in_facility_name(first):
                return 1, None  # "the Saudi Maternity Hospital" in Sudan: a donor's name, no place
            if found:
                return size, found
    return 1, None


def _most_named(claims: list[Claim]) -> str | None:
    named = Counter(c.subject for c in claims if c.subject).most_common(1)
    return named[0][0] if named else None
