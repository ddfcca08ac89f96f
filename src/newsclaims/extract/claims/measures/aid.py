"""Aid: money given or pledged, gifts, doses and supplies given, aid vehicles that enter or carry
goods, goods carried, purposes, and deliveries that are none.

Rules (numbered as in the index of :mod:`newsclaims.extract.claims.measures`, whose cascade
:func:`~newsclaims.extract.claims.measures.measure` decides which applies first):

1. A measurement unit ("41,000 hectares", "50-100 meters") is ``other``; so is money, except:
1b. Aid money (round 10, :func:`_aid_money`): money a donor announces, releases, pledges or gives
   (:data:`GRANTING`) "for" or "to" a place ("announced a further $10 million for Jamaica", "released $4
   million from its emergency fund for Haiti"), and the level of a noun of aid (:data:`AID_MONEY`:
   "bringing its aid to $37 million", "aid worth $5 million") are ``supplied`` (the supplier is the
   subject, :mod:`.subjects` rule 2). An appeal, a damage estimate, compensation or a fund set up for
   victims (no place after "for") stay ``other``.
5b. Response machines (:data:`RESPONSE_MACHINES`: fire engines, ambulances) sent or dispatched to a
   scene (:data:`SCENE_SENDING`) are ``deployed`` with their crews, as doctors and nurses sent are
   (:data:`PERSONNEL`); a mass of goods flown, trucked or airlifted in (:data:`CARRYING`, with a
   unit of mass: "flew 29 tonnes of medicines into the city") is ``supplied``; goods named for
   the harmed (:data:`GOODS`: "6,000 body bags", "coffins") are not the harm their compound names,
   and what is "handed" to someone is sent.
6. Purpose: a figure's noun followed by "for deployment" or "to deploy/send" is what is being
   readied to go: ``deployed`` for personnel, ``supplied`` for anything else ("preparing 3,000
   more soldiers for deployment"), where the walk found no trigger (or only ``other``).

Round 8 (issue 14):

- *Changes are no deliveries*: a figure counting a change of a level (``counted.CHANGE_NOUNS``: cut,
  rise, fall) is never ``supplied`` or ``deployed`` ("accept a 10% cut in pay").

Round 9 (issue 14):

- *Supplies that enter* (:func:`_entering`): aid vehicles (:data:`AID_VEHICLES`: trucks, lorries) or a
  mass of goods ("300 tonnes of flour") that enter, cross into or are let into a place are ``supplied``.

Round 13 (issue 14):

11. *Gifts of money* (rule 1c, :func:`_foreign_gift`, :func:`_own_government`): money a country
   other than the article's own (:func:`_home`: the dateline's, else the one named most) gives,
   pledges or releases with no place said is ``supplied`` ("Britain pledged 10 million pounds", "The
   United States said it would give $2 million"), and so is an international body's donation or
   release ("The UN released $5 million"); money the article's own country gives ("the Spanish
   government approved an aid package worth 10.6 billion euros", datelined Madrid) is ``other``.
   "The evacuation of 735,000 people" counts the displaced (:data:`NOUNS`).
12. *Aid vehicles promised or laden*: aid trucks "promised" (:func:`_promised`) and figures that
   "carried aid" or goods (:func:`_carrying_goods`, also where "carried" is read as the goods'
   modifier) are ``supplied``; in an article about captives, people "taken into" a place (not
   custody) are ``captured``; in a poisoning, people who drank or ate are ``affected`` (:func:`_drank`);
   returnees resettled, relocated or who "moved on" are ``displaced`` (rule 8f).

Round 16 (issue 14; a refugee flight, a building collapse and a court case):

27. *Gifts pledged, promised or sent* (rule 1c widened): "promise" and "send" are verbs of giving; a giver
   named by a title "of" a body ("the head of USAID pledged ...") is that body; the subject nearest the verb
   gives; and a gift whose verb is left out (:func:`_gapped_gift`: "The United States has pledged $11.5
   million, and the European Union more than 5 million euros", "France has sent 7 million euros, Germany 5
   million euros ...") is ``supplied`` where the donor right before the money is a country other than the
   article's own or a named body.
30. *No harm, no delivery*: people rescued or saved (:func:`_rescued`; "four bodies and four people rescued")
   are ``other`` outside an article about captives; personnel conjoined with a site's workforce
   (:func:`_among_workforce`: "about 30 of us bricklayers ... and four engineers") are ``other``; what is sold
   is no personnel ("65% of the units had been sold"), a count given ("gave a higher count of 9,100
   marchers") no delivery, and the active subject of a verb of giving gives ("23 had given answers")
   (:func:`_no_delivery`); people of a court or a gathering (jurors, alternates, witnesses, delegates) are
   no personnel (:data:`CIVILIANS`): sent home, they are ``other``.

Round 17 (issue 14; an epidemic's vaccines, a chemical spill and a protest crackdown):

32. *Doses given* (:func:`_goods_given`, :data:`DOSES`): doses, vials or kits whose nearest verb is one of giving,
   buying, landing or asking for (pledged, promised, bought, "asked France for") or that are "due" are ``supplied``;
   doses needed are left to the other rules.

Round 20 (issue 14; an epidemic's cases, deaths and vaccines, a cyclone, and a protest crackdown over job quotas):

58. *Doses gone out* (rule 32 widened, :data:`_GOODS_GIVEN`): doses that have "gone out" to a place, or that are contracted,
   distributed, dispatched or allocated, are ``supplied``.
71. *Receivers are not sent* (:func:`_recipient`): "the 686 municipalities that have received the vaccine" are the receivers,
   ``other``, not a delivery.
75. *Bare doses bought* (:func:`_bare_doses_given`): a bare figure with a relative clause of giving or buying in a sentence
   that counts doses ("on top of the 5.2 million the ministry bought for delivery") is ``supplied``.

Round 22 (issue 14; an epidemic's doses, a smog season, returns, a tanker blast and a concert-hall attack):

89. *Money for a response* (:func:`_response_to`, rule 1b widened): money given, committed, pledged or released "to" or
   "for" the response, the relief effort or the fight against an outbreak (:data:`_RESPONSES`: "Washington had committed
   more than $8 million to the response") is aid, ``supplied``, as money given "for" a country is.

86. *Doses of a vaccine* (:func:`_doses_of_a_vaccine`, rule 32 widened): where the count reads the compound before the
   doses ("First 100,000 mpox vaccine doses land in Kinshasa": counted "mpox vaccine", not a case of the disease), the
   doses' own verb decides as rule 32's does (the compound of a compound too: "mpox vaccine doses") (``supplied`` when they land, are given or asked for); doses that are the
   subject of a verb of passing a level (:data:`_PASSING`: "Vaccine doses pass 20,000") count the doses delivered or
   given so far, ``supplied``; so are doses of a headline whose verb of arrival the tagger read as a noun ("50,000 doses
   land in Lilongwe", :data:`.counted.MISREAD_ARRIVALS`, as rule 78's personnel), also where the parser made the doses
   a compound of that noun.

Round 23 (issue 14; protest crackdowns, a war's air strikes, floods):

95. *Temporary homes provided* (:func:`_shelter_provided`): homes, houses, units or cabins marked as temporary
   (:data:`_MAKESHIFT`: modular, mobile, prefabricated, temporary, container) that a verb places, sends, delivers,
   provides, sets up or asks for (:data:`_PROVIDING`: "the government has placed 40 mobile homes in the town", "asked for
   another 100") are ``supplied``; homes destroyed or damaged, and homes with no such mark, are not.

Round 24 (issue 14; an uprising, vaccine requests, trade measures):

100. *An attribution set in* (rule 32 widened, :func:`_goods_given`): doses whose "for" the parser hangs on a verb of
   saying set in after the clause ("asked Japan, which holds a stockpile, for 2 million doses, an official told a
   briefing"), where that verb is the complement of a verb of giving or asking, are asked for (``supplied``).

Round 27 (issue 14; a Channel crossing):

117. *Money paid to a country* (:func:`_paid_to_country`): money one country pays another under a deal ("London would
   pay Paris £476 million", "Britain has paid France €141 million") is ``supplied``, even from the article's own
   country; money paid to a firm or a person is not.
"""

from __future__ import annotations

from spacy.tokens import Token

from .... import gazetteer
from .. import layout
from ..verbs import SAY_VERBS
from ..counted import predicate_chain
from ..measure_words import (
    AID_MONEY, AID_NOUNS, CARE, CARRYING, CONTAINERS, GRANTING, HAPPENINGS, HAZARDS, LIGHT, MATERIEL, PERSONNEL,
    POSTING, PURPOSE_NOUNS, RECEIVING, SELLING, SENDING, THINGS,
)
from .common import _verb_above, _verbs_above


#: Vehicles that carry aid in: counted, they are supplies when they enter a place.
AID_VEHICLES = frozenset({"truck", "lorry", "convoy", "truckload", "lorryload"})

#: Verbs of entering a place, with the particle some take ("let in", "go in").
ENTERING = frozenset({"enter", "cross"})

_ENTERING_WITH = frozenset({"let", "go", "get", "come", "allow"})


def _entering(token: Token) -> bool:
    """Supplies that enter (round 11): the first verb up from the figure's noun is "enter" or "cross",
    or "let", "go" or "get" with "in" or "into" ("trucks were let in", "have gone into Gaza")."""
    verb = next((t for t in predicate_chain(token)[1:] if t.pos_ == "VERB"), None)
    if verb is None:
        return False
    verbs = [verb, *(c for c in verb.children if c.dep_ == "xcomp")]  # "are meant to enter"
    return any(v.lemma_.lower() in ENTERING or v.lemma_.lower() in _ENTERING_WITH and any(
        c.lower_ in ("in", "into") and c.dep_ in ("prt", "prep", "advmod") for c in v.children) for v in verbs)


#: Verbs of promising: aid vehicles promised are supplies to come (round 13).
_PROMISING = frozenset({"promise", "pledge", "guarantee"})

#: Goods and aid a vehicle carries: "2,564 carried aid and 639 carried goods" (round 13).
_CARGO = AID_NOUNS | frozenset({"good", "goods", "food", "fuel", "medicine", "supplies", "flour", "water", "tent",
                                "cargo", "relief"})

#: Verbs by which vehicles carry goods.
_CARRYING_VERBS = frozenset({"carry", "bring", "transport", "haul"})


def _promised(token: Token) -> bool:
    """"the 13,200 trucks promised", "the 600 lorries the deal promised": a verb of promising on the
    vehicles' noun or governing them."""
    verbs = [c for c in token.children if c.dep_ in ("acl", "relcl")] + \
        [t for t in predicate_chain(token)[1:2] if t.pos_ == "VERB"]
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None  # "trucks promised", hung elsewhere
    return any(v.lemma_.lower() in _PROMISING for v in verbs) or after is not None and after.tag_ in ("VBN", "VBD") and \
        after.lemma_.lower() in _PROMISING


def _carrying_goods(token: Token, anchor: Token) -> bool:
    """The subject of "carry" or "bring" whose object is goods or aid (:data:`_CARGO`): vehicles of
    supplies (the object may have been taken for the counted noun: "2,564 carried aid")."""
    if token.i != anchor.i and token.lemma_.lower() in _CARGO and any(
            c.dep_ == "amod" and c.lemma_.lower() in _CARRYING_VERBS and c.i > anchor.i for c in token.children):
        return True  # "1,200 carried aid", the verb read as the noun's modifier
    if token.i != anchor.i and token.dep_ == "dobj" and token.lemma_.lower() in _CARGO:
        token = anchor
    verb = token.head
    return token.dep_ == "nsubj" and verb.lemma_.lower() in _CARRYING_VERBS and any(
        c.dep_ == "dobj" and c.lemma_.lower() in _CARGO for c in verb.children) and \
        (token.pos_ == "NUM" or token.lemma_.lower() in AID_VEHICLES)


def _carried(token: Token) -> bool:
    """Rule 5b: a mass of goods that is the object of a verb of carrying (:data:`CARRYING`)."""
    verbs = [t for t in predicate_chain(token)[1:] if t.pos_ == "VERB"]
    return bool(verbs) and verbs[0].lemma_.lower() in CARRYING


def _sent_by_a_happening(token: Token) -> bool:
    """Rule 5's exception: a sending verb in a participle clause of a happening ("a bridge collapsed,
    sending 10 cars into the river", "the wave hit the harbour, sending boats onto the quay") tells
    a result, not a delivery: the clause it hangs on has a thing or a hazard as its subject
    (:data:`THINGS`, :data:`HAZARDS`), or a verb of collapse (:data:`HAPPENINGS`)."""
    verb = next((t for t in predicate_chain(token)[1:] if t.pos_ == "VERB"), None)
    if verb is None or verb.lemma_.lower() not in SENDING or verb.tag_ != "VBG" or verb.dep_ != "advcl":
        return False
    event = verb.head
    subjects = [c for c in event.children if c.dep_ == "nsubj" and not c.ent_type_]
    return event.lemma_.lower() in HAPPENINGS or any(s.lemma_.lower() in THINGS | HAZARDS for s in subjects)


def _purpose(token: Token) -> bool:
    """Rule 6: "soldiers for deployment", "troops to deploy", "shells to send"."""
    doc = token.doc
    nxt = doc[token.i + 1:token.i + 3]
    if len(nxt) < 2:
        return False
    return (nxt[0].lower_ == "for" and nxt[1].lemma_.lower() in PURPOSE_NOUNS) or \
        (nxt[0].lower_ == "to" and nxt[1].pos_ == "VERB" and nxt[1].lemma_.lower() in SENDING | POSTING)


def _materiel_supplied(token: Token, head: str | None, counted_lemma: str | None) -> bool:
    """Rule 7: materiel governed by no verb but light or saying ones is supplied."""
    if not (head in MATERIEL or (counted_lemma or "").endswith("artillery piece")):
        return False
    verbs = [t for t in predicate_chain(token)[1:] if t.pos_ == "VERB"]
    return all(v.lemma_.lower() in LIGHT | SAY_VERBS for v in verbs)


def _aid_money(anchor: Token) -> bool:
    """Rule 1b: money given "for" or "to" a place by a verb of granting, or the level of a noun of aid."""
    node = anchor
    while node.head.i != node.i and node.pos_ not in ("VERB", "AUX"):
        if node.dep_ == "pobj" and node.head.lower_ in ("to", "at", "of") and node.head.head.pos_ == "VERB":
            verb = node.head.head  # "bringing its aid to $37 million", "put its aid at ..."
            if any(c.dep_ == "dobj" and c.lemma_.lower() in AID_MONEY for c in verb.children):
                return True
        if node.pos_ == "NOUN" and any(c.lemma_.lower() in AID_MONEY and c.dep_ in ("compound", "amod", "nmod")
                                       for c in node.children):
            return True  # "$5 million aid package"
        node = node.head
    if node.lemma_.lower() not in GRANTING:
        return False
    spans = [anchor, anchor.head, node, *(o for p in node.children if p.dep_ == "prep" for o in p.children
                                           if o.dep_ == "pobj")]  # "for Jamaica" on the money, the verb, "from its fund"
    return any(c.dep_ == "prep" and c.lower_ in ("for", "to") and any(
        o.ent_type_ == "GPE" or gazetteer.is_country(o.text) or _response_to(o) for o in c.children)
               for s in spans for c in s.children)


#: Round 22, rule 89: the effort money is given to ("committed $8 million to the response").
_RESPONSES = frozenset({"response", "relief", "fight"})


def _response_to(noun: Token) -> bool:
    """Round 22, rule 89: "the response", "the relief effort", "the fight against the outbreak": an effort, given to
    (with a determiner or a noun of the effort before it)."""
    lemma = noun.lemma_.lower()
    if lemma == "effort":
        return any(c.lemma_.lower() in _RESPONSES for c in noun.children)
    return lemma in _RESPONSES and any(c.dep_ in ("det", "poss", "compound", "amod") for c in noun.children)


#: Verbs by which a donor gives money with no place said (rule 1c): "Britain pledged 10 million pounds";
#: round 16 (rule 27): "The European Union has promised 5 million euros", "France has sent 7 million euros".
_GIVING = frozenset({"pledge", "give", "donate", "release", "contribute", "grant", "disburse", "approve", "announce",
                     "promise", "send", "provide"})  # round 21: "China said it would provide 100 million yuan"

#: Verbs by which a body (not a country) gives to others: "The UN had released $5 million from its fund".
_DONATING = frozenset({"pledge", "donate", "release", "contribute", "disburse", "promise", "send"})

#: People who speak or act for a body (round 16, rule 27): "the head of USAID pledged ..." is USAID's gift.
_HEADS_OF = frozenset({"head", "chief", "director", "administrator", "president", "chairman", "chairwoman", "chair",
                       "secretary", "minister", "commissioner", "representative", "envoy", "ambassador", "spokesman",
                       "spokeswoman", "spokesperson", "leader", "boss"})


def _gapped_gift(anchor: Token) -> bool:
    """Rule 27 (round 16): a gift whose verb is left out ("The United States has pledged $11.5 million, and the
    European Union more than 5 million euros"; "France has sent 7 million euros, Germany 5 million euros,
    Sweden about $1.4 million and Spain 1 million euros"): the money right after a donor's name (a country
    other than the article's own, or a named body), with no verb of its own, under a verb of giving
    (:data:`_GIVING`) whose own object is money."""
    money = anchor
    while money.dep_ in ("nummod", "compound", "quantmod") and money.head.pos_ in ("NUM", "NOUN", "SYM"):
        money = money.head
    start = min((t.i for t in money.subtree if t.pos_ not in ("PROPN", "DET")), default=money.i)  # the donor may hang on the money
    if start == 0 or money.dep_ in ("pobj", "nsubj", "nsubjpass", "attr"):
        return False
    name = anchor.doc[start - 1]
    if name.pos_ != "PROPN" or name.dep_ in ("nsubj", "nsubjpass", "pobj", "poss", "compound"):
        return False
    verb = money
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    if verb.lemma_.lower() not in _GIVING or not any(
            c.dep_ == "dobj" and c.i < start and any(t.like_num for t in c.subtree) for c in verb.children):
        return False
    ent = next((e for e in name.doc.ents if e.start <= name.i < e.end), None)
    giver = gazetteer.country(ent.text if ent is not None else name.text)
    if giver is None and (ent is None or ent.label_ not in ("ORG", "GPE", "NORP")):
        return False
    return giver is None and verb.lemma_.lower() in _DONATING or giver is not None and giver != _home(anchor.doc)


#: Nouns of a sum set aside: "an aid package worth 10.6 billion euros".
_PACKAGES = frozenset({"package", "fund", "grant", "sum", "tranche"})


def _giving_verb(anchor: Token) -> Token | None:
    """The verb of granting (:data:`GRANTING`) that has the money (or the noun it sizes: "an aid
    package worth 10.6 billion euros") as its direct object."""
    node, own = anchor, True  # own: still the figure's own words ("7 million euros": the currency noun)
    while node.head.i != node.i and node.pos_ not in ("VERB", "AUX"):
        if node.dep_ == "dobj" and node.head.lemma_.lower() in GRANTING | _GIVING:
            money = own or node.ent_type_ == "MONEY" or node.lemma_.lower() in AID_MONEY | _PACKAGES
            return node.head if money else None  # not "gave a lower range of $20 billion": an estimate
        own = own and node.dep_ in ("nummod", "compound", "quantmod")
        node = node.head
    return None


def _giver(verb: Token) -> str | None:
    """The country or body that gives (rule 1c): the verb's subject as a country ("Britain", "The
    United States", "the Spanish government": its nationality), "it" standing for the subject of the
    saying verb above ("The United States said it would give ..."), or "international" for a named
    organisation ("The UN")."""
    subject = next((c for c in reversed(list(verb.children)) if c.dep_ == "nsubj"), None)  # the nearest (round 16)
    if subject is not None and subject.lemma_.lower() in _HEADS_OF:  # round 16, rule 27: "the head of USAID"
        subject = next((o for p in subject.children if p.dep_ == "prep" and p.lower_ == "of"
                        for o in p.children if o.dep_ == "pobj"), subject)
    if subject is not None and subject.pos_ == "PRON" and verb.dep_ in ("ccomp", "xcomp"):
        up = verb.head if verb.dep_ == "ccomp" else verb.head.head
        subject = next((c for c in up.children if c.dep_ == "nsubj"), None) if up.lemma_.lower() in SAY_VERBS else None
    if subject is None:
        return None
    for word in (subject, *(c for c in subject.children if c.dep_ in ("amod", "compound", "poss"))):
        ent = next((e for e in word.doc.ents if e.start <= word.i < e.end), None)
        name = ent.text if ent is not None else word.text
        if word.text[:1].isupper() and gazetteer.country(name):
            return gazetteer.country(name)
        if ent is not None and ent.label_ == "GPE" and word.i == subject.i:
            return name  # a country the gazetteer spells otherwise ("Britain")
        if ent is not None and ent.label_ == "ORG" and word.i == subject.i:
            return "international"
    return None


def _home(doc) -> str | None:
    """The article's own country: its dateline's, else the one it names most (cached on ``doc``)."""
    if "newsclaims.home" not in doc.user_data:
        from ..assembly import main_actor  # assembly imports this package
        line = layout.dateline(doc)
        doc.user_data["newsclaims.home"] = (line[2] if line and line[2] else None) or main_actor(doc)
    return doc.user_data["newsclaims.home"]


def _foreign_gift(anchor: Token) -> bool:
    """Rule 1c (round 13): money a foreign country or an international body gives, pledges or
    releases (:data:`_GIVING`) with no place said ("Britain pledged up to 10 million pounds", "The UN
    had released $5 million from its emergency fund") is aid ``supplied``: the giver is not the
    article's own country (:func:`_home`; "Washington releases $60 million" for a US bridge stays ``other``)."""
    verb = _giving_verb(anchor)
    if verb is None or verb.lemma_.lower() not in _GIVING:
        return False
    giver = _giver(verb)
    if giver == "international" and verb.lemma_.lower() not in _DONATING:
        return False  # "the Federal Highway Administration approved $60 million": a body's approval is no gift
    return giver is not None and giver != _home(anchor.doc)


def _own_government(anchor: Token) -> bool:
    """Rule 1c: money the article's own country gives (the giver is :func:`_home`: "The Spanish
    government approved an aid package worth 10.6 billion euros" datelined Madrid) is no aid supplied
    by a donor but relief or compensation: ``other``."""
    verb = _giving_verb(anchor)
    if verb is None or _giver(verb) is None or _giver(verb) != _home(anchor.doc):
        return False
    spans = [anchor, anchor.head, verb, *(o for p in verb.children if p.dep_ == "prep" for o in p.children)]
    return not any(c.dep_ == "prep" and c.lower_ in ("for", "to") and any(
        o.ent_type_ == "GPE" or gazetteer.is_country(o.text) for o in c.children)
        for s in spans for c in s.children)  # "Canada announced $5 million for Mozambique": rule 1b


#: Verbs of paying money over (rule 117).
_PAYING = frozenset({"pay", "transfer", "hand"})


def _paid_to_country(anchor: Token) -> bool:
    """Round 27, rule 117: money one country pays another ("London would pay Paris £476 million", "Britain has paid
    France €141 million ... and is paying €191 million") is ``supplied``, as a donor's money is, even where the payer
    is the article's own country: the receiving country is the verb's first object (a dative) and the payer its subject,
    both countries; a conjoined verb shares them. Not money paid to a firm or a person ("paid the contractor $2 million"),
    nor a bare "paid $2 million" with no country to receive it."""
    node = anchor
    while node.dep_ in ("nummod", "compound", "quantmod") and node.head.i != node.i:
        node = node.head
    if node.dep_ != "dobj" or node.head.lemma_.lower() not in _PAYING:
        return False
    verbs = [node.head] + ([node.head.head] if node.head.dep_ == "conj" else [])

    def country(token: Token) -> bool:
        return token.ent_type_ == "GPE" or gazetteer.is_country(token.text)

    receiver = next((c for v in verbs for c in v.children if c.i != node.i and c.dep_ in ("dative", "dobj")
                     and c.i < node.i), None)
    payer = next((c for v in verbs for c in v.children if c.dep_ == "nsubj"), None)
    return receiver is not None and payer is not None and country(receiver) and country(payer)


def _cared_for(token: Token) -> bool:
    """Rule 2c (round 10): people given food, care or aid (:data:`CARE`) are people in need,
    ``affected``, whatever else they are ("handed out emergency food to 300,000 returnees", "gave
    medical care to 796 people", "provided aid to 2,000 refugees"): the "to" object of a verb whose
    direct object is such care."""
    prep = token.head
    if token.dep_ != "pobj" or prep.lower_ != "to" or prep.head.pos_ != "VERB":
        return False
    return any(c.dep_ == "dobj" and c.lemma_.lower() in CARE for c in prep.head.children)


#: Verbs by which a speaker gives a count ("gave a higher count of 9,100 marchers"); not "put", whose
#: container reads its own participle ("put the number of soldiers sent to Russia at 12,000": deployed).
_GIVING_A_COUNT = frozenset({"give", "provide", "offer", "issue"})


def _no_delivery(token: Token) -> bool:
    """Rule 30 (round 16): what is sold is never personnel deployed ("65% of the units had been sold": flats,
    not army units), a count given ("gave a higher count of 9,100 marchers") is no delivery, and a figure that is the active subject of a verb of giving gives rather than is given
    ("23 had given answers")."""
    verb = _verb_above(token)
    if verb is None:
        return False
    if verb.lemma_.lower() in SELLING and token.lemma_.lower() in PERSONNEL | {"%", "percent"} | {"unit"}:
        return True
    if verb.lemma_.lower() in _GIVING_A_COUNT and any(
            t.lemma_.lower() in CONTAINERS | {"estimate"} and t.pos_ == "NOUN" for t in token.ancestors
            if verb.i < t.i < token.i):
        return True  # "gave a higher count of 9,100 marchers": a count given is no delivery
    return token.dep_ == "nsubj" and token.head.i == verb.i and verb.lemma_.lower() in SENDING | GRANTING


# Round 17 (issue 14; an epidemic's vaccines, a chemical spill and a protest crackdown).

#: Goods counted by the unit a donor gives (rule 32): vaccine doses, vials, kits.
DOSES = frozenset({"dose", "vial", "jab", "kit"})

#: Verbs by which goods are given, bought or asked for (rule 32): what is pledged, promised, bought "for"
#: someone, lands or arrives, or is asked "for" is a delivery; what is needed or required is not.
_GOODS_GIVEN = frozenset({"pledge", "promise", "donate", "buy", "purchase", "order", "land", "arrive", "ask", "request",
                          "receive", "ship", "deliver", "send", "give", "provide", "secure",
                          "contract", "distribute", "dispatch", "allocate"})  # round 20, rule 58


def _goods_given(token: Token) -> bool:
    """Rule 32: doses (:data:`DOSES`) whose nearest verb is one of giving, buying or asking for
    (:data:`_GOODS_GIVEN`: "Donors have pledged about 120,000 doses", "asked France for at least 1 million
    doses", "50,000 doses land in Harare"), or that are "due" ("Another 40,000 doses are due next week"); not
    what is needed."""
    verbs = _verbs_above(token, 4)
    if any(c.dep_ == "acomp" and c.lower_ == "due" for v in verbs[:1] for c in v.children):
        return True
    if token.lower_ == "due" or token.head.lower_ == "due":
        return True
    if verbs and verbs[0].lemma_.lower() == "go" and any(c.dep_ in ("prt", "advmod", "prep") and c.lower_ == "out"
                                                         for c in verbs[0].children):
        return True  # round 20, rule 58: "712,000 doses have gone out to 315 towns"
    if verbs and verbs[0].lemma_.lower() in _PASSING and token.dep_ == "nsubj" and token.head.i == verbs[0].i:
        return True  # round 22, rule 86: "Vaccine doses pass 20,000": the doses delivered or given so far
    if verbs and verbs[0].lemma_.lower() in _SAYING_ASIDE and verbs[0].dep_ == "ccomp" and \
            verbs[0].head.lemma_.lower() in _GOODS_GIVEN:
        return True  # round 24, rule 100: "asked Japan, which ..., for 2 million doses, an official told a briefing"
    return bool(verbs) and verbs[0].lemma_.lower() in _GOODS_GIVEN


#: Round 24, rule 100: verbs of an attribution set in after the verb ("..., an official told a briefing"), which the
#: parser may hang the figure's "for" on.
_SAYING_ASIDE = frozenset({"tell", "say"})


#: Round 22, rule 86: verbs of a count passing a level ("doses pass 20,000").
_PASSING = frozenset({"pass", "top", "exceed", "surpass", "cross"})


def _doses_of_a_vaccine(counted: Token) -> bool:
    """Round 22, rule 86: a counted word that is the compound of a noun of doses (:data:`DOSES`: "100,000 mpox
    vaccine doses", where the count reads "mpox vaccine"): the doses are what is counted."""
    if counted.lemma_.lower() in DOSES:  # the doses themselves, counted by their compound's name
        return any(c.dep_ == "compound" for c in counted.lefts)
    node = counted
    while node.dep_ == "compound" and node.head.i > node.i and node.head.lemma_.lower() not in DOSES:
        node = node.head  # "mpox vaccine doses": the compound of a compound
    return node.dep_ == "compound" and node.head.lemma_.lower() in DOSES and node.head.i > node.i


def _doses_head(counted: Token) -> Token:
    """The noun of doses a counted compound hangs on (rule 86), or the counted word itself."""
    node = counted
    while node.lemma_.lower() not in DOSES and node.dep_ == "compound" and node.head.i > node.i:
        node = node.head
    return node


def _recipient(counted: Token) -> bool:
    """Round 20, rule 71: places or bodies that are the active subject of a verb of receiving ("the 686 municipalities
    that have received the vaccine", "300 clinics received kits") are those supplied, not what was sent: ``other``."""
    if counted.dep_ == "nsubj" and counted.head.lemma_.lower() in RECEIVING | {"get", "obtain"}:
        return any(c.dep_ == "dobj" for c in counted.head.children)
    return any(c.dep_ == "relcl" and c.lemma_.lower() in RECEIVING | {"get", "obtain"} and
               any(d.dep_ == "nsubj" and d.lower_ in ("that", "which", "who") for d in c.children) and
               any(d.dep_ == "dobj" for d in c.children) for c in counted.children)


def _bare_doses_given(anchor: Token) -> bool:
    """Round 20, rule 75: a bare figure with a relative clause of giving or buying (:data:`_GOODS_GIVEN`: "on top of the
    5.2 million the ministry bought for delivery") in a sentence that counts doses (:data:`DOSES`) counts the doses
    left out: ``supplied``, as doses bought are (rule 32)."""
    root = anchor
    while root.dep_ in ("compound", "quantmod") and root.head.pos_ == "NUM":
        root = root.head
    if not any(c.dep_ == "relcl" and c.lemma_.lower() in _GOODS_GIVEN and
               any(d.dep_ == "nsubj" for d in c.children) for c in root.children):
        return False
    return any(t.lemma_.lower() in DOSES or t.lower_.rstrip("s") in DOSES for t in anchor.sent if t.i < anchor.i)


# --- round 23 (issue 14; protest crackdowns, a war's air strikes, floods) ----------------------------------------

#: Marks of a dwelling put up for the homeless (rule 95).
_MAKESHIFT = frozenset({"modular", "mobile", "prefabricated", "prefab", "temporary", "container", "emergency"})

#: Dwellings (rule 95).
_DWELLING_NOUNS = frozenset({"home", "house", "unit", "cabin", "shelter", "housing", "trailer", "caravan"})

#: Verbs of providing a dwelling (rule 95).
_PROVIDING = frozenset({"place", "send", "deliver", "provide", "supply", "install", "ship", "donate", "distribute",
                        "request", "ask", "order", "give", "offer", "pledge", "promise", "bring", "set", "erect",
                        "dispatch", "allocate"})


def _shelter_provided(token: Token, anchor: Token) -> bool:
    """Round 23, rule 95: "the government has placed 40 mobile homes in the town": temporary homes provided, ``supplied``;
    "asked for another 100": a bare figure after such homes in its clause, asked for."""
    noun = token
    if noun.lemma_.lower() not in _DWELLING_NOUNS or not any(
            c.lower_ in _MAKESHIFT and c.dep_ in ("amod", "compound") for c in noun.lefts):
        if token is not anchor or anchor.dep_ != "pobj":
            return False
        verb = anchor.head.head if anchor.head.dep_ == "prep" else None
        if verb is None or verb.lemma_.lower() not in _PROVIDING:
            return False
        earlier = [t for t in anchor.sent if t.i < anchor.i and t.lemma_.lower() in _DWELLING_NOUNS and any(
            c.lower_ in _MAKESHIFT for c in t.lefts)]
        return bool(earlier) and any(c.lower_ in ("another", "more", "further") for c in anchor.children)
    verb = noun.head if noun.dep_ in ("dobj", "pobj", "nsubjpass") else None
    if verb is not None and verb.dep_ == "prep":
        verb = verb.head
    return verb is not None and verb.lemma_.lower() in _PROVIDING
