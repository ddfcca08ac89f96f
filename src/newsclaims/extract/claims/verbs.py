"""Saying verbs: the lexicon that attribution, modality, measures and subjects share.

Kept apart so that attribution and modality (which ask each other about say-verbs and
proposals) need not import each other.
"""

from __future__ import annotations

#: Verbs whose subject says, estimates or counts the figure ("X said", "X put the toll at").
SAY_VERBS = frozenset(
    "say tell report state announce claim confirm estimate believe assess think suggest indicate "
    "place put count reveal disclose add note write tally calculate project allege deny "
    "acknowledge admit warn describe register record raise revise reject expect fear predict "
    "forecast promise pledge offer demand specify show lower list ask declare accuse dismiss refute find agree trace "
    # round 14 (lexicon): more verbs of saying, stressing, conceding and recording ("the mayor stressed",
    # "officials documented 30 killings", "the governor tweeted"; not "argue", "respond", "reply", "answer":
    # "argued for going to 3.75%", "responded to 300 calls" say nothing of the figure)
    "insist stress assert affirm contend concede caution lament emphasise emphasize reiterate remark testify "
    "reckon document verify log tweet update "
    "explain maintain observe recall mention inform brief relay post recount "
    # round 15 (sources b): "measured" is a weak one, its subject an agent (attribution.py,
    # :func:`_thing_measured`); "argued that", "repeated that" say only with their clause and are no
    # saying verbs elsewhere (attribution.py, :data:`CLAUSE_ONLY_VERBS`)
    "measure".split()
)
#: Saying verbs that say only with a clause: with the figure as object they mean something else
#: ("admitted 486 patients", "added 30 beds", "a video showed 30 people": only "figures show that ..."
#: or a parenthetical ", records showed," attributes). Round 7: a court's or inquiry's finding ("the
#: judge found that savers lost N", "she agreed with the regulator that N were harmed") is said by the
#: one who finds; "found 30 bodies" (an object) is no finding.
CLAUSE_SAY_VERBS = frozenset({"admit", "add", "show", "find", "agree",
                              # round 14: "maintains 5,000 troops", "recalled 200 diplomats", "posted 300
                              # troops", "briefed 40 envoys": they attribute only with a clause or set off
                              "explain", "maintain", "observe", "recall", "mention", "inform", "brief", "relay", "post",
                              "recount"})
#: Verbs that attribute only when no saying verb does ("X raised its count to ..., Y said"); among
#: them verbs that change or give a count ("lowered the toll to 275", "had listed 27 as missing",
#: "had asked for 5 million", "declared an emergency in 14 districts"). Round 10: a finding of
#: investigators is theirs ("Security researchers traced a payment of 350 bitcoins to the gang").
WEAK_SAY_VERBS = frozenset({"register", "record", "raise", "revise", "count", "tally", "place", "put",
                            "pledge", "promise", "offer", "demand", "lower", "list", "ask", "declare", "trace",
                            "update", "log",  # round 14: "updated its toll to 30", "logged 30 deaths"
                            "measure"})  # round 15: "forecasters measured a surge of 4 metres"

#: Round 9: verbs that forecast only in one construction (:func:`forecasts`): "pencil in",
#: "see" in the present with a clause or an "at" phrase.
FORECAST_VERBS = frozenset({"see", "pencil"})
#: Participles by which a report or survey comes out ("A poll released on Friday found ..."): attribution reads
#: them to find the survey that speaks, dating to date what it says.
RELEASE_VERBS = frozenset({"release", "publish", "conduct", "issue", "carry"})


def forecasts(verb, chain) -> bool:
    """Round 9: does ``verb`` forecast the figure whose clause path is ``chain``?

    - "pencil in" ("The Bank had pencilled in growth of 1%");
    - "see" in the present tense with the figure in its clause or its "at" phrase ("It sees
      inflation averaging 2.5% next year", "which it now sees at 0.5%"); "saw 30 deaths" and "sees
      30 deaths a year" (the figure its object) are things seen, not forecast, and a place that
      "sees" something is where it happens.
    """
    lemma = verb.lemma_.lower()
    if lemma not in FORECAST_VERBS or verb not in chain or chain.index(verb) == 0:
        return False
    if lemma == "pencil":
        return any(c.dep_ in ("prt", "prep") and c.lower_ == "in" for c in verb.children)
    below = chain[chain.index(verb) - 1]
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return verb.tag_ in ("VBZ", "VBP") and subject is not None and subject.ent_type_ not in ("GPE", "LOC") and \
        (below.dep_ in ("ccomp", "xcomp") or below.dep_ == "prep" and below.lower_ == "at")


def sees_figure(verb, chain) -> bool:
    """Round 14: "X sees a bigger hit, close to 0.5% of output": a present-tense "see" whose object
    is a noun the figure is set beside as an apposition gives that figure, as "puts it at" does (an
    estimate, reported: not a forecast, so modality does not use it). Its subject is no place."""
    if verb.lemma_.lower() != "see" or verb not in chain or chain.index(verb) < 2 or verb.tag_ not in ("VBZ", "VBP"):
        return False
    below, inner = chain[chain.index(verb) - 1], chain[chain.index(verb) - 2]
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.ent_type_ not in ("GPE", "LOC") and below.dep_ == "dobj" and \
        below.pos_ == "NOUN" and inner.dep_ == "appos"
