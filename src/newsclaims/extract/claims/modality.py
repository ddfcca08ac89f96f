"""How sure the text is of a figure: reported, estimated, projected or denied.

Rules, first that applies (:func:`modality`), over the path from the figure up to the root:

1. ``denied``: a denying verb on the path or as the cue ("denied sending 10,000 troops"), or a
   negated speech verb ("did not confirm"); rejecting a proposal ("unions reject 4% offer",
   "turned down a 3% raise") denies no figure (:func:`rejects_proposal`): it stays projected.
2. ``projected``: a modal on a verb of the path (may, might, could, would, will), a verb of
   planning or expectation (plan, expect, intend, prepare, ...), of asking (ask, request, recommend:
   "prosecutors asked for 40 years") or of bargaining (offer, demand:
   "the unions demand a 9% rise", "the government offered 4%"), a noun of intent with the
   figure inside it ("a deal to send 1,000 sappers"), or "potentially"/"possibly"; a grant to
   beneficiaries ("announced 10 lakh rupees for the family of each person killed", "approved 2
   million for the schools": :data:`GRANT_VERBS`); a modal of perception ("could be seen")
   projects nothing, nor does a negated one on a verb of finding (round 26: "27 campers could not be
   found", "could not be accounted for": a search that failed, :data:`UNFOUND`); "can" or "may" on a verb of
   being paid states an entitlement, yet to be paid (round 26: "a farmer can receive up to $28,000", "can be
   paid 90% of the value": :data:`ENTITLED`).
3. ``estimated``: an estimating cue (estimate, believe, assess, suggest, indicate ...), an
   estimating word on the path ("estimating that ...", "its estimate of ..."), "according to"
   estimates ("according to preliminary estimates by ..."), or "estimated" in the figure itself
   ("an estimated 75,000").

The path is cut at the first saying verb: what governs the saying does not hedge the figure; and
at a verb conjoined to another (a clause of its own): "had sought permission for 80,000, but at
least 250,000 turned up" does not project the crowd that came.
4. ``reported`` otherwise.

Round 30 (issue 14): "urge" asks as "ask" does ("had urged the court to grant at least $20 million"); a capitalised
"May" after a number or a preposition is the month the tagger read as a modal ("A storm on 15 May cut three
power lines": :func:`_month_may`); the path is cut at a relative clause, which is its own clause ("the creditors, who
hold most of the $900 million in bonds, agreed to ...": :func:`_own_clause`), and at the subject of a verb of
planning when the figure sits in a prepositional phrase on that subject ("Nurses at 40 clinics aim to reach
...": where the planners work is no plan); in an article about an auction (:data:`AUCTION_WORDS`), a bid or an offer
is one placed, a fact, not a proposal ("the winning $2 million bid", "offered $800,000 in cash").
"""

from __future__ import annotations

from spacy.tokens import Token

from .counted import predicate_chain
from .verbs import SAY_VERBS, forecasts

DENY = frozenset({"deny", "reject", "dismiss", "refute", "rebut"})
MODALS = frozenset({"may", "might", "could", "would", "will", "shall", "'ll"})
PLAN_VERBS = frozenset({"plan", "expect", "intend", "prepare", "aim", "seek", "threaten", "pledge",
                        "promise", "agree", "propose", "consider", "project", "forecast", "predict",
                        "offer", "demand", "ask", "recommend", "request", "urge"})
PLAN_NOUNS = frozenset({"deal", "plan", "agreement", "proposal", "pledge", "promise", "intention",
                        "offer", "prospect", "forecast", "projection", "demand", "bid",
                        "recommendation", "request"})
PERCEIVE = frozenset({"see", "hear", "watch", "spot", "observe", "notice"})
HEDGES = frozenset({"potentially", "possibly", "likely", "probably"})
#: Round 26: verbs of finding whose negated modal states a failed search ("could not be accounted for").
UNFOUND = frozenset({"find", "locate", "trace", "account", "reach", "contact", "identify"})
#: Round 26: verbs of being paid whose "can" states an entitlement ("a farmer can receive up to $28,000").
ENTITLED = frozenset({"receive", "claim", "get", "pay", "collect", "qualify"})
#: Round 30: words of an auction, in whose article a bid or an offer is placed, not proposed.
AUCTION_WORDS = frozenset({"auction", "auctioneer", "bidder", "bidding", "auctioned"})
#: Round 30: bargaining words a placed bid makes no projection of.
BIDDING = frozenset({"offer", "bid"})
ESTIMATE = frozenset({"estimate", "believe", "assess", "think", "suggest", "indicate", "calculate",
                      "reckon", "guess", "extrapolate"})


def modality(anchor: Token, quantity_text: str, cue: Token | None) -> str:
    chain = _up_to_saying(predicate_chain(anchor))
    verbs = [t for t in chain if t.pos_ in ("VERB", "AUX")]
    if cue is not None and cue not in verbs:
        verbs.append(cue)
    if any(_denies(v) for v in verbs):
        return "denied"
    own = _own_clause(chain)
    auction = bool({t.lower_ for t in anchor.doc} & AUCTION_WORDS)
    if any((_projects(t) and not (auction and t.lemma_.lower() in BIDDING)) or forecasts(t, own) for t in own) or \
            _granted(own):
        return "projected"
    if cue is not None and cue.lemma_.lower() in ESTIMATE or "estimated" in quantity_text.lower():
        return "estimated"
    if cue is not None and cue.lower_ == "according" and _according_to_estimates(cue):
        return "estimated"
    if any(t.lemma_.lower() in ESTIMATE for t in chain):  # "estimating that ...", "its estimate of"
        return "estimated"
    return "reported"


#: Verbs that grant something to be paid or given later: with a beneficiary ("for the family of
#: each person killed") the figure is a promise.
GRANT_VERBS = frozenset({"announce", "grant", "sanction", "approve", "earmark", "allocate"})


def _granted(chain: list[Token]) -> bool:
    """"announced 10 lakh rupees for the family of each person killed": a grant to beneficiaries
    is yet to be paid."""
    for k, token in enumerate(chain[1:], start=1):
        if token.pos_ == "VERB" and token.lemma_.lower() in GRANT_VERBS:
            thing = chain[k - 1]
            return thing.dep_ in ("dobj", "conj") and thing.pos_ in ("NOUN", "PROPN", "NUM") and any(
                c.dep_ == "prep" and c.lower_ == "for" for c in (*thing.children, *token.children))
    return False


def _own_clause(chain: list[Token]) -> list[Token]:
    """The path up to a clause conjoined to another ("sought permission for 80,000, but 250,000
    turned up"): the verb a clause is conjoined to does not hedge it."""
    for k, token in enumerate(chain):
        if (token.dep_ == "conj" or token.dep_ == "relcl" and any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)) \
                and token.pos_ in ("VERB", "AUX") and k > 0:
            return chain[:k + 1]  # round 30: a relative clause is its own too
        if token.dep_ in ("nsubj", "nsubjpass") and k > 1 and chain[k - 1].dep_ == "prep" and \
                chain[k - 1].lower_ != "of" and k + 1 < len(chain) and chain[k + 1].lemma_.lower() in PLAN_VERBS:
            return chain[:k + 1]  # round 30: "Health workers at 105 facilities aim to reach ...": where the planners are
    return chain


def _according_to_estimates(according: Token) -> bool:
    """"according to preliminary estimates by the IFRC": the source's figure is an estimate."""
    objects = [o for to in according.children if to.lower_ == "to" for o in to.children if o.dep_ == "pobj"]
    return any(o.lemma_.lower() in ESTIMATE | {"assessment", "projection"} for o in objects)


def _up_to_saying(chain: list[Token]) -> list[Token]:
    """The path up to the first saying verb: a modal above it ("the move would add to what Seoul
    describes as ... 10 million shells") does not hedge the figure."""

    for k, token in enumerate(chain[1:], start=1):
        if token.pos_ in ("VERB", "AUX") and token.lemma_.lower() in SAY_VERBS:
            return chain[:k + 1]
    return chain


def rejects_proposal(verb: Token) -> bool:
    """"unions reject 4% offer": a denying verb whose object is a proposal (:data:`PLAN_NOUNS`)
    turns down a plan, it does not dispute a figure."""
    return verb.lemma_.lower() in DENY and any(c.dep_ == "dobj" and c.lemma_.lower() in PLAN_NOUNS for c in verb.children)


def _denies(verb: Token) -> bool:
    if rejects_proposal(verb):
        return False
    if verb.lemma_.lower() in DENY:
        return True
    return verb.lemma_.lower() in ("confirm", "say", "report") and any(c.dep_ == "neg" for c in verb.children)


def _projects(token: Token) -> bool:
    lemma = token.lemma_.lower()
    if token.pos_ == "NOUN":
        return lemma in PLAN_NOUNS
    if lemma in PLAN_VERBS:
        return True
    if lemma in PERCEIVE:
        return False  # "six coffins could be seen": a modal of perception hedges nothing
    if lemma in ENTITLED and any(c.dep_ == "aux" and c.lower_ in ("can", "may") for c in token.children) and \
            not any(c.dep_ == "neg" for c in token.children):
        return True  # round 26: "a farmer can receive up to $28,000", "can be paid 90%": an entitlement, yet to be paid
    if lemma in UNFOUND and any(c.dep_ == "neg" for c in token.children):
        return False  # round 26: "27 campers could not be found": a search that failed, no forecast
    return any(
        (c.dep_ == "aux" and c.lower_ in MODALS and not _month_may(c)) or (c.dep_ == "advmod" and c.lower_ in HEDGES)
        for c in token.children
    )


def _month_may(token: Token) -> bool:
    """Round 30: "A drone strike on 15 May hit ...": a capitalised "May" after a number or a preposition, not opening
    the sentence, is the month the tagger read as a modal."""
    if token.text != "May" or token.i == token.sent.start:
        return False
    before = token.doc[token.i - 1]
    return before.like_num or before.pos_ == "ADP" or before.lower_ in ("early", "late", "mid")
