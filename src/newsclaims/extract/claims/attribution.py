"""Who says so: the source of a figure, who relays it (via), and the cue that attributes it.

Rules, first that applies (:func:`attribute`):

0. A relative clause on the figure itself with its own subject and a verb of giving figures ("the
   60 the operator listed") -> that subject; also on the figure noun the figure belongs to ("the
   estimate of 270 that doctors had given").
1. "according to X" in the sentence -> source X, cue "according to"; with several, the one whose
   phrase holds the figure ("2 million according to the organisers and about 700,000 according to
   the police"), else the nearest; "a statement by X, according to which ..." -> X; "according to
   its own count" -> the clause's subject. If X "cited"/"quoted" Y
   ("according to lawmaker Lee, who cited intelligence from Seoul's spy agency"), Y is the source
   and X the via; if X is "cited by" Y ("Western intelligence cited by The Times"), X is the
   source and Y the via.
2. A speech or estimate verb (:data:`SAY_VERBS`) on the path from the figure to the root, or the
   root's parenthetical "..., X said" -> its subject ("South Korea estimates that ...", "X places
   casualties at ...", "..., officials said"); "X said ..., citing Y" makes Y the source, X the via
   ("citing what Y had told officials": Y); "..., naming Y as its source" is "citing Y"
   (round 6), wherever the participle hangs in the said clause.
   A saying verb the tagger read as a plural noun ("British intelligence estimates that ...": a
   noun with a "that" clause) is a verb, its compounds the speaker. A verb of giving figures with a
   figure noun as object ("X gave the same figure of about 600") attributes like a weak saying verb.
   A verb that says only with a clause (:data:`CLAUSE_SAY_VERBS`: "admitted that ...") does not
   when it has an object ("its teams had admitted 486 patients": taken in). A parenthetical
   "..., X said, and ..." also covers the clause conjoined after it ("60 patients were treated,
   Mwale said, and nearly a third of them were children"). An all-capitals acronym ("the WHO
   warned") is a name, never the pronoun it spells.
   A participle hanging from a clause ("X offers a higher estimate, saying ...") is said by that
   clause's subject; one the parser hangs on the reported clause of a saying verb ("X denied that
   ..., saying the real figure was N") is that verb's speaker's. "X, citing Y, said" parsed with X
   as the participle's subject has X as speaker; "citing its own count" keeps X the source.
   "X, a lawmaker who cited Y" cites through the apposition: source Y, via X; so does a cited
   figure noun with an owner ("X cited an army estimate of 88,000", "the union's count": source
   the owner, via X; :func:`_cited_owner`).
   A parenthetical saying clause set off by commas before the figure also attributes it
   ("Across the region, the council said, floods destroyed 1,800 homes"; "Three died, a rights
   group reported, with 44 held"), unless the figure sits in a comparison ("more than ... 870").
   "he"/"she" is the person who spoke or acted before (:mod:`.coref`), even in an earlier
   paragraph.
   Issue 14, round 4 (an attribution reaches only what it governs):
   a clause only conjoined to an inner saying verb ("..., initial figures showed, and were still
   searching for 65, a broadcaster said") is governed by the saying verb above both, not by the
   inner one (:func:`_conjoined_to`); a saying verb in a relative clause the parser hung on the
   main verb ("16 agencies that it says sent ...") says nothing about the sentence's figures
   (:func:`_relative`); a subject that cannot speak ("the toll reported so far stands at 577, X
   said": :data:`NO_SPEAKERS`) passes the figure on to the next saying verb; "X said they
   believed ..." is X's (:func:`_believer`); a gapped clause ("Cao Bang has reported 29 deaths,
   and Yen Bai 37", "the ministry counted 300 and the police 250") names its own reporter before
   its figure (:func:`_gapped`); "X has reported N, Y M, official statements show" is the outer
   speaker's list (:data:`RELAYED`).
3. A closing ", X say(s)" or ", X told reporters" before a semicolon or the sentence's end,
   however the parser hung it ("Rally draws 107,000, police say; ...": :func:`_closing_say`).
4. Otherwise the source is None: the outlet itself stands behind the figure. Sentences before or
   after an attributed one stay the outlet's unless assembly's "Quoted speaker" or "Paragraph's
   speaker" rule gives them that attribution.

Issue 14, round 20: a count, tally or panel owned by a body gives its figures ("The interior ministry's
latest count, released on Wednesday, gives 31 deaths": :data:`OWNED_COUNTS`, named as written for
sources.py rule 43); "he"/"she" as the subject of what a saying verb says is that verb's speaker, a relative
pronoun's antecedent too ("the prefect, X, who had said he feared hundreds", before any person named
later: :func:`_outer_speaker`); "At X Hospital, a doctor who asked not to be named said ...", parsed with
the doctor as the place's apposition, is the doctor's (:func:`_described_before_verb`); a figure in an
"as" clause with its own subject after the saying verb and outside what it says ("Prefect fears hundreds
dead as official count stands at 14") is the writer's (:func:`_as_clause_apart`).

Issue 14, round 6: a saying clause set off by commas between the figure and a later "according
to" ("Two died, the consulate said, and 19 are missing, according to the embassy") closes the
figure's own clause and wins over that "according to" (:func:`_said_between`); "..., naming Y as
its source" is "citing Y" (:func:`_named_as_source`); a proper name that ends a list of counted
nouns right before the saying verb, after a comma ("Among them were 40 nurses, 12 porters and one
cook, Mercy General said"), is the speaker the parser folded into the list (:func:`_list_tail`).

Issue 14, round 7: a finding is said by whoever finds ("the judge found that savers lost N",
"agreed with the regulator that ...": "find"/"agree" say only with a clause, :data:`.verbs.CLAUSE_SAY_VERBS`);
a figure in a relative clause on the saying verb's subject ("X, which owns a 20% stake, said") or
under a weak saying verb's object ("declares an end to the outbreak that infected 762") is no part
of what is said (:func:`_describes_speaker`); "X, where a man who ... died, has recorded N" parsed
with the aside's subject on the verb has X as speaker (:func:`_where_aside`); a place that
"recorded"/"registered" a count in the simple past states a record, the outlet's, while "has
recorded"/"reported" is its report (:func:`_place_of_record`); a headline "Union: X plans to cut
N jobs" names its speaker before the colon when that is a body, group or person
(:func:`_headline_speaker`).

Issue 14, round 8: a figure asked for is the asker's ("sought a term of 40 years", "argued for 63
months", "had wanted a 7% increase", "launched an appeal for $71 million": :data:`REQUEST_VERBS`,
:data:`REQUEST_NOUNS`, only with the figure in the object or "for" phrase, not in a relative clause),
a figure in the to-infinitive of a verb of ordering is the one who orders ("ordered him to forfeit
$11 billion": :data:`ORDER_VERBS`, with a subject; the people ordered are acted on), and a figure
"citing" takes as object is a reason, its clause subject's, not a source relayed (:func:`_asks`);
these attribute like weak saying verbs. A verb that changes the subject's own figure noun to a new
value ("cut its count to 3,958, citing the WHO": :data:`CHANGE_VERBS`) gives it like "put"
(:func:`_gives_figure`). An apposition the parser hung on the subject but set after its verb is
part of what is said (:func:`_after_verb_appositions`). A judging verb in a relative clause on the
figure's noun names who counts it ("the 250,000 people it considers most in need":
:data:`JUDGING_VERBS`, "it" being the enclosing clause's named subject).

Issue 14, round 9: forecasts are their forecaster's: "pencil in" and a present-tense "see" with
the figure in its clause or "at" phrase ("It sees inflation averaging 2.5%", :func:`.verbs.forecasts`)
attribute like weak saying verbs (and make the figure `projected`); a figure noun or a reporting
participle with a "by" phrase ("the 0.1% forecast by economists", :func:`_figure_by`, not "promised
by") names its source first; "Economists polled before the release had forecast 3.7%", parsed with
the participle as main verb, has the participle's subject as speaker
(:func:`_reduced_relative_subject`); "X put the number of civilians who died ... at N" with the "at"
phrase hung inside the relative clause is X's (:func:`_put_at`); a verb whose object is a noun of
saying with the figure in its "that" clause ("repeated its accusation that the RSF killed N",
:data:`SAYING_NOUNS`) says it; a saying verb across a semicolon that takes its own object ("Gunmen kill
12 at X; police declare terror attack") does not govern the other clause (:func:`_across_semicolon`);
"raised"/"lowered"/"cut" with an object that is no figure noun ("lowered its benchmark rate from
4.25% to 4%") is an act, not a report (:func:`_sets_own`).

Issue 14, round 10: a survey named in an "in" phrase that opens the sentence or the figure's
clause ("In a hospital association survey, 94% of hospitals said ...") is the source of its
respondents' figures, also where a share of them is the saying verb's subject ("and a third said
..."): :func:`_survey`. A clause conjoined after an "according to" with a saying verb and subject of
its own ("..., according to UN figures, and the UN expects up to 1.6 million more") is that verb's
(:func:`_own_conjunct`). "announced" as the content of an outer saying verb yields to it, as
"reported" does (:data:`RELAYED`: "The government announced A$4.5 million, the treasurer said"). A subject counted by a figure of its own ("Some 182 communities have reported
damage, and 34 roads were blocked") is what its sentence counts, not a speaker for the sentence's
other figures (:func:`_counted_subject`; counted people who speak, "two witnesses said", still are).

Issue 14, round 11: people "polled"/"surveyed" by a provider ("analysts polled by LSEG") are the
source and the provider the via, as "X cited by Y" (:data:`POLL_VERBS` in :func:`_cited`); the
active subject of a forecasting verb (:data:`FORECASTING_VERBS`) with an "according to" is the
source and what "according to" names the via, also data ("Analysts had expected $4 billion,
according to FactSet data": :func:`_counter`); a relative clause with a giving verb on the figure
whose subject is "it" resolved to a named owner ("The junta's figure rose from the 2,056 deaths
it had announced": :func:`.names.name`) names its source (rule 0); "put"/"placed" with an "at"
phrase and no object ("Rebuild now put at $5 billion", a headline dropping "is") is a passive:
its subject is no speaker (:func:`_put_without_object`).

Issue 14, round 13: a verb of giving figures also gives a "toll", "total" or "range" it takes as
object ("gave a toll of 24 dead, with 17 injured", "gave a lower range of $20 billion to $30 billion":
:data:`GIVEN_NOUNS`); "according to its website" after a figure that is its clause's subject ("one in
every three records passes through its systems") is the subject of the clause it is conjoined to
(:func:`_owner_of_its`): a number owns nothing. A figure noun a rejecting verb takes as object
("rejected the figure of $5.6 million that X says it spent") is the rejecter's, not the relative
clause's sayer's (:func:`_rejected`, before rule 0). "claim" with an object after a modal or "to"
("survivors can claim a payment of $770") asks for it and says nothing (:func:`_claims_for`). "By his
count, ..." and "by the ministry's estimate" before the figure name its owner (:func:`_by_count`).
Also in round 13: a projection, poll or forecast (:data:`.names.FORECAST_NOUNS`) that "gives",
"puts" or "shows" a figure says it ("Early seat projections gave the Liberals 80 seats":
:func:`_forecast_gives`), also where the parser hung the verb on the noun as a clause with no
subject ("A later poll for the broadcaster X put the Greens at 18%": :func:`_forecast_head`). A
headline whose actor changes a toll or count to a figure ("Region cuts toll to 40", "UN lowers flood
toll to 980") names its source, the actor, although whose toll it is goes unsaid
(:func:`_headline_change`; in body text "cuts toll to 275" still gives nothing). "appealed for" and
"pleaded for" a sum ask for it, as "launched an appeal for" does (:data:`REQUEST_VERBS`).

Issue 14, round 14: a participle that passes on a figure with a "by" agent ("government data
reported by the news agency X", "figures from Y, reported by local media": :data:`RELAY_VERBS`, also
hung on the evidence noun's origin, :func:`_origin_clauses`) reads as "cited by": the data or origin
is the source, the agent the via. A saying or forecasting verb that is the content of an outer
"reported" with a named subject ("The newspaper X reported that some analysts expected N") is the
inner speaker's, via the reporter (:func:`_outer_reporter`). A present-tense "sees" whose object has
the figure in apposition ("X sees a bigger hit, close to 0.5% of GDP") gives it, reported
(:func:`.verbs.sees_figure`). A list's last name followed by a relative clause or apposition set off
by commas before the saying verb is the speaker (:func:`_list_tail`). A clause before a colon whose
verb says or gives a figure noun ("X gave the governor a breakdown: 187 were taken ...") introduces
the figures after the colon (:func:`_before_colon`). "spoke of", "told of" a figure say it
(:func:`_speaks_of`). A headline's first verb the parser made the subject of the second ("Army hands
40 ... to mayor, says 52 were ...") gives way to its own subject as speaker, and the first clause's
figure is an act, no one's report.

Issue 14, round 15 (saying verbs the lexicon or the parser missed): "argued" and "repeated" say with
a "that" clause or a noun of saying ("The union argued that N jobs would go", "repeated its accusation
that ..."), never through a conjunct or as an act ("the lab repeated the test 30 times"); "argued for
N months" still asks (:data:`CLAUSE_ONLY_VERBS`, :func:`_says_with_clause`, :func:`_clauseless`; they are
kept out of :data:`.verbs.SAY_VERBS`, so no other rule reads them as saying). "measured" attributes like a weak
saying verb when its subject can measure: a person, body, group, "-ist" or :data:`MEASURERS`
("Forecasters measured a surge of up to 4 metres", "it measured 185 litres"), never the thing whose size
it gives ("The crater measured 30 metres across": :func:`_thing_measured`). A saying verb's past form
the tagger read as a compound noun in a sentence with no verb ("For the quarter, Meta forecast revenue
of $40 billion": :data:`NOUN_LIKE_SAYING`, :func:`_compound_verb`) is the verb, the proper name right
before it the speaker (not "The Meta forecast revenue ...", with a determiner). A saying verb with no
subject whose organisation's or person's name right before it the parser hung as an adverb ("ALPHV
claimed on its leak site that ...") has that name as speaker (:func:`_misread_subject`). An actor
sentence "X did A, and Y said B" gives Y only B's figures: a saying verb conjoined after the figure's
clause by "and"/"but", with its own subject and said clause, says nothing of the first clause, an act
the outlet reports (:func:`_says_own_conjunct`; ", police said" closing both clauses still covers both).

Issue 14, round 16 (actors are no sources; documents are): a verb that says only with a clause
reaching the figure through its to-infinitive ("X agreed to pay $787.5 million", also in a relative
clause on the figure, "the $45 million that X agreed to pay") is an act, and so is a giving verb with
a particle and no "at" phrase ("was putting up three towers"); the object of a telling verb with a
said clause of its own ("told the 12 jurors, six men and six women, that ...": :data:`ADDRESSING_VERBS`)
is who is told, not what (:func:`_outside_said`). A year before a subject dates it and does not count
it ("A 2005 study by X found that 20 ...": :func:`_year`). A document that gives or finds the figure
in the clause an outlet "reported" ("A damages report commissioned by X put its losses at N, NPR
reported": :data:`DOCUMENT_SUBJECTS`) is the source and the outlet the via (:func:`_reported_document`).
A verb of asking in a relative clause on the figure ("the $1.6 billion X had demanded") names the
asker (rule 0), and "suing ... for" a sum asks for it (only with "for": its object is the defendant).
A headline's closing "..., professor estimates" with the clause parsed as an adverbial on a noun
"estimates" still says (:func:`_closing_noun_verb`). "X reported on Saturday, citing Y, that N ..." with
the participle hung on the said clause, before its "that", cites Y (:func:`_citing_before_content`). A
figure in the object of a verb whose subject is a document ("a planning document seen by this newspaper
..., grants X a permit for 15 floors": :data:`DOCUMENT_VERBS`) is that document's, as written, when no
saying verb attributes it (:func:`_document_states`). "citing X's records" cites X, the owner of the
records (a named owner; "citing their records" still keeps the speaker). "ruled that ..." says like
"argued that ..." (:data:`CLAUSE_ONLY_VERBS`: a judge's finding is the judge's; "ruled out 40", "ruled on
12 cases" are acts).

How a source is named is :mod:`.names`.

Issue 14, round 23: a giving verb whose "as" is followed by a colon ("X, citing Y, gave the deaths by state
as: A 95, B 39 and C 33") gives every item of the list after it, whatever its object
(:func:`_given_as_list`, read by :func:`_before_colon`), and the list's names are no gapped reporters
(:func:`_gapped_name`: no colon between the verb and the figure). A rejecting verb whose object is a thing
put to a vote ("members had rejected a 25% raise ..., by 94.6% and 64%": :data:`REJECTED_THINGS`) is an
act, as "reject 4% offer" is (:func:`_rejects_thing`); "raised" with a sum of money for object and no
"to"/"from"/"at" phrase ("Acme raised about $3 billion in a share sale") raises funds, an act
(:func:`_raises_money`). A passive conjunct ("X approved N and were expected to vote on M") shares no
subject as its speaker. A passive rejecting verb names its agent ("A figure of 4,000 ... was rejected by the
ministry"), unless the agent is a count or the subject a thing put to a vote (:func:`speaker_of`).

Issue 14, round 17: a figure noun before a colon with a relative clause of giving ("That is well
above the count the Africa CDC had given in August: 455 deaths and ...") gives the figures after
the colon to that clause's subject (:func:`_given_before_colon`); an instrument (:data:`INSTRUMENTS`:
"a trackside detector warned the crew that ...", "two detectors had read it at 38") is no speaker,
the figure goes to the next saying verb up; a headline's subjectless saying verb after a comma
shares the first clause's subject ("X drops bill after deadly protests, says six died":
:func:`_first_clause_subject`); a figure standing alone after a body's possessive ("far above the
government's 19", "the ministry's 40%") is that body's count (:func:`_possessed_figure`; not a
place's, a time's or a person's: "Kenya's 47 counties", "last year's 19", "ahead of X's 4,000"); a
giving verb with its own subject after a semicolon is no content of the saying verb before it ("Ohio
says ...; NTSB counts 38 derailed cars" is the NTSB's: :func:`_own_clause_across_semicolon`); a
gapped clause's name may open with "the" ("X has recorded 22 deaths, and the Medical Association 23").

Issue 14, round 18: a briefer (:data:`BRIEFING_VERBS`: "X reported to the president that 11 were
detained", "told the cabinet that ...") with "according to" a relayer is the source and the relayer
the via, as a counter is (:func:`_counter`; the figure must be in the "that" clause, and news media
relay rather than brief); "X counted 484, ..., according to its figures cited by Y" is X's, via Y;
"record" counts, but not for a place, station or instrument ("the province has recorded 900").
"admitted to hospital" is no saying verb (:func:`_admitted_to`). A closing saying verb with no
subject whose noun phrase the parser hung as an apposition of the word before its comma ("..., set
the building alight, Russia's Investigative Committee said") has that phrase for subject
(:func:`_closing_appos`); ", the state news agency TASS reported, citing rescue services" (the
verb read as a relative clause of the description) closes the figure's clause, source what it
cites, via the agency (:func:`_closing_say`).

Issue 14, round 19: a body's own count (:data:`OWN_COUNTS`) with an owner that is the subject of a verb of
reaching a figure ("By Saturday night its count had reached 2,012", "the coast guard's tally climbed to
40") is its owner's ("its" left to :mod:`.sources` as "it said"; "the toll rose to 40" names none:
:func:`_owned_count`); "gave a reading of 7" gives a figure (:data:`GIVEN_NOUNS`); "According to X,
citing Y, 627 ..." is Y's, via X (:func:`_citing_after`); "adds to" with a "to" phrase is no saying
verb ("The monthly payment adds to a package ...": :func:`_adds_to`); a clause opened by "as" after a
closing saying verb ("..., the government said, as the toll rose to 42") is the writer's
(:func:`_as_after_said`; "while" contrasts within what is said).

Issue 14, round 21: "pointed out that ..." says like "argued that ..." (:data:`CLAUSE_ONLY_VERBS`: "Critics of
the plan have pointed out that its 2 million ..." is the critics'; "pointed to 30 cases" is no saying). A
noun with "any", "no", "every" or "each" right before a subjectless saying verb ("X, whose 72 seats make
theirs the most of any party, said ...") is no speaker the parser dropped (:func:`_just_before`).

Issue 14, round 22: a rate or share a body gives is its figure ("X gave a slightly lower rate of 22.7%":
:data:`GIVEN_NOUNS`), as "gave a toll of 24" is. In a headline, a figure in a clause opened by "as" after the saying verb ("Peru
confirms 300 cases as infections near 2,000") is the writer's context, not the speaker's, whatever the
parser made of the headline's verbs (:func:`_headline_as`; not "as many as", "such as"). A body's books written in the plural (:data:`BOOKS`: "Its interim accounts show
liabilities of N", "the filings show") give the figure they show, as round 16's documents do
(:func:`_document_states`; not across a semicolon to a clause with its own object); "an account" (a
witness's story) is no such document.

Issue 14, round 25: an opening place the parser read as the subject ("In X County, which includes Y, the
sheriff, Wade Ellison, said ...", the title hung inside the place's phrase) gives way to a lowercase title
with a person's name in apposition whose phrase ends right before the saying verb (:func:`_named_title_in_place`),
as round 20's "a nurse who asked not to be named" does; a noun counted by a number after it is a name,
not a counted subject ("Radio 1 said ...", "Channel 9 estimated ...": :func:`_counted_subject`).

Issue 14, round 26: a figure in the "at" phrase of a verb that sets a value (:data:`PUT_AT`: "put",
"estimated", "pegged"), written with no subject or auxiliary of its own and a "by" agent ("Goma's dead, put
at nearly 3,000 by the UN, remain uncounted"), is the agent's (rule 0, :func:`_figure_by`); "The toll was
put at 40" names nobody. A verb the parser conjoined to the clause a saying verb reports, whose only
subject is that clause's figure ("X said that more than 2,500 of the dead were soldiers, and rejected the
UN's figure of almost 3,000": no figure rejects), is the saying verb's conjunct and has its speaker
(:func:`_reporter_above`).

Issue 14, round 28: a giving verb (:data:`FORECAST_GIVING`) whose subject is a polling firm, written with
the poll it runs ("Harbour Research, surveying for the Daily Post, gave the Greens 14%": a "polling" or
"surveying" participle, or a forecast noun, inside the subject's words up to the verb) says the figure, as
a forecast noun's "projections gave" does (:func:`_forecast_gives`); "The minister gave the hospital $5
million" names no pollster and stays nobody's. A headline opening on a bare title and a verb the tagger
read as a plural noun ("Judge fines X $9,000 and warns of jail") has no speaker "Judge fines"
(:func:`_headline_title_verb`).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from . import coref
from .counted import own_subject, predicate_chain
from .names import BODY_WORDS, CITE_VERBS, EVIDENCE_NOUNS, FORECAST_NOUNS, GROUP_NOUNS, INFO_NOUNS, by_whom as _by_whom, name
from .modality import PLAN_NOUNS, rejects_proposal
from .verbs import CLAUSE_SAY_VERBS, RELEASE_VERBS, SAY_VERBS, WEAK_SAY_VERBS, forecasts, sees_figure

RELATIVE = frozenset({"which", "who", "that"})


@dataclass(frozen=True)
class Attribution:
    source: str | None = None
    via: str | None = None
    cue: str | None = None
    verb: Token | None = None  # the speech verb, for modality
    token: Token | None = None  # where the attribution is ("according" or the verb)


def attribute(sentence: Span, anchor: Token) -> Attribution:
    """The source, via and cue for the figure at ``anchor`` (module docstring rules).

    An attribution across a line break does not count: a headline the parser ran into the first
    sentence is not attributed by that sentence's "X said".
    """
    according = _according_to(sentence, anchor)
    if according is not None and according.token is not None and according.token.i > anchor.i:
        according = _said_between(anchor, according.token) or according
    according = _own_conjunct(anchor, according) or according
    said = _own_relative(anchor) or according or _speech_verb(anchor) or _given_before_colon(anchor) or \
        _closing_say(sentence, anchor) or _headline_speaker(sentence, anchor) or _by_count(sentence, anchor) or \
        _owned_count(anchor) or Attribution()
    if _headline_as(sentence, anchor, said):
        said = Attribution()  # round 22: "X says N ... as Y nears M": M is the writer's context
    survey = _survey(sentence, anchor)
    if survey is not None and (said.source is None or _respondents(said.verb)):
        said = survey
    if said.token is not None:
        low, high = sorted((said.token.idx, anchor.idx))
        if "\n" in sentence.doc.text[low:high]:
            return Attribution()
    return said


#: Round 22: words after "as" that make it a comparison of amounts ("as many as 300"), not a clause.
_AS_AMOUNT = frozenset({"many", "much", "high", "low", "few", "little", "well", "long", "far", "large", "big",
                        "of", "part", "to", "if", "though", "such", "against"})


def _headline_as(sentence: Span, anchor: Token, said: Attribution) -> bool:
    """Round 22: a headline (one line, no closing punctuation) whose saying verb comes before a clause
    opened by "as" that holds the figure ("Peru confirms 300 cases as infections near 2,000", "X says
    income down 40% as takings slump to $428 million"): the "as" clause is the writer's context, not
    said by the headline's speaker, however the parser read the headline's verbs (round 20 reads it
    from a clean parse, :func:`_as_clause_apart`); "as many as 300" is no such clause."""
    verb = said.verb
    if verb is None or said.cue == "according to" or said.token is None or said.token.i != verb.i or \
            verb.i > anchor.i or "\n" in sentence.text.strip() or \
            sentence.text.rstrip().endswith((".", "!", "?", '"', "\u201d", ":")):
        return False
    doc = sentence.doc
    for t in doc[verb.i + 1:anchor.i]:
        if t.lower_ != "as" or t.i + 1 >= len(doc) or t.i + 1 == anchor.i:
            continue
        after, before = doc[t.i + 1], doc[t.i - 1]
        if after.lower_ in _AS_AMOUNT or after.like_num or before.lower_ in ("as", "such", "known", "same", "so") or \
                any(u.lower_ == "as" for u in doc[max(verb.i, t.i - 3):t.i]):
            continue
        if after.pos_ in ("NOUN", "PROPN", "DET", "ADJ") or after.is_title:
            return True
    return False


#: Round 10: studies whose respondents' answers are the study's figures.
SURVEYS = frozenset({"survey", "poll", "study", "census", "questionnaire"})
#: Round 10: words for a share of respondents ("a third said", "most said").
SHARE_WORDS = frozenset({"third", "half", "quarter", "majority", "most", "minority", "percent", "%"})


def _survey(sentence: Span, anchor: Token) -> Attribution | None:
    """Round 10: "In a hospital association survey, 94% of hospitals said ...": a survey, poll or
    study named in an "in" phrase that opens the sentence (or the clause holding the figure) is the
    source of the figures its respondents give; named as written ("hospital association survey")."""
    for prep in sentence:
        if prep.lower_ != "in" or prep.dep_ != "prep" or prep.i > anchor.i:
            continue
        study = next((c for c in prep.children if c.dep_ == "pobj" and c.lemma_.lower() in SURVEYS), None)
        end = max(t.i for t in study.subtree if not t.is_punct) + 1 if study is not None else len(prep.doc)
        comma = prep.doc[end] if end < len(prep.doc) else None
        if study is None or comma is None or comma.text != "," or comma.i > anchor.i:
            continue
        opening = prep.i == sentence.start or prep.doc[prep.i - 1].text in (":", ";", ",")
        by = next((w for c in study.children if c.dep_ == "prep" and c.lower_ == "by"
                   for w in c.children if w.dep_ == "pobj"), None)
        words = [t for t in prep.doc[study.left_edge.i:study.i + 1] if t.dep_ != "det"]
        if opening and by is not None:  # "In a poll by the newspaper, ...": whoever ran it
            return Attribution(name(by), None, "in", None, prep)
        if opening and len(words) > 1:  # "the study" alone points back: left to the sentence's speaker
            return Attribution(prep.doc[words[0].i:study.i + 1].text, None, "in", None, prep)
    return None


def _respondents(verb: Token | None) -> bool:
    """Is ``verb``'s subject a count or share of respondents ("94% of hospitals said", "a third
    said"), who answer a survey rather than speak for themselves?"""
    subject = own_subject(verb) if verb is not None else None
    return subject is not None and (subject.like_num or subject.lemma_.lower() in SHARE_WORDS or
                                    any(c.dep_ == "nummod" for c in subject.children))


def _own_conjunct(anchor: Token, according: Attribution | None) -> Attribution | None:
    """Round 10: "Iran has returned three million since 2023, according to UN figures, and the UN
    expects up to 1.6 million more": a conjoined clause with a saying verb and a subject of its own
    is governed by that verb, not by an "according to" of the clause before it."""
    if according is None or according.token is None:
        return None
    said = _speech_verb(anchor)
    verb = said.verb if said is not None else None
    if verb is None or verb.dep_ != "conj" or not any(c.dep_ == "nsubj" for c in verb.children):
        return None
    inside = {t.i for t in verb.subtree}
    return said if anchor.i in inside and according.token.i not in inside and verb.i > according.token.i else None


#: Verbs by which a figure's own relative clause names who gives it: "the 60 the operator listed".
GIVING_VERBS = frozenset({"list", "give", "cite", "quote", "count", "report", "put", "record", "register",
                          "announce", "confirm"})  # round 11: "the 2,056 deaths it had announced"


def _closing_say(sentence: Span, anchor: Token) -> Attribution | None:
    """"Rally draws 107,000, police say; independent count far higher", "..., 19 were on the
    ground, the superintendent, Dr X, told reporters": a saying clause with no content clause
    (", X say(s)", ", X told reporters") that closes the figure's clause before a semicolon or the
    sentence's end attributes it however the parser hung it (headlines join clauses with
    semicolons; a long apposition can leave the verb without its subject)."""
    for verb in sentence:
        if verb.i <= anchor.i or verb.pos_ != "VERB" or verb.lemma_.lower() not in SAY_VERBS:
            continue
        end = max(t.i for t in verb.subtree if not t.is_punct) + 1
        closes = end >= sentence.end or verb.doc[end].text in (";", ".")
        if not closes or any(c.dep_ in ("ccomp", "xcomp") for c in verb.children):
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")), None)
        start = subject.left_edge.i if subject is not None else None
        if subject is not None and verb.dep_ == "relcl" and verb.head.pos_ == "NOUN" and \
                verb.head.i == subject.left_edge.i - 1 and subject.pos_ == "PROPN":
            start = verb.head.left_edge.i  # round 18: ", the state news agency TASS reported" (read as a relative)
        if subject is None and verb.doc[verb.i - 1].text == ",":  # ", the director, Dr X, told reporters"
            subject = _just_before(verb)
            start = next((t.i + 1 for t in reversed(verb.doc[anchor.i:subject.i]) if t.text == ","), None) \
                if subject is not None and subject.i > anchor.i else None
        between = verb.doc[anchor.i + 1:start] if start is not None else []
        if between and between[-1].text == "," and \
                not any(t.text == ";" or t.lemma_.lower() in SAY_VERBS for t in between):
            citing = _citing(verb) if start is not None and start < subject.left_edge.i else None
            if citing is not None:  # round 18: "..., the state news agency TASS reported, citing rescue services"
                return Attribution(name(citing), name(subject), verb.lower_, verb, verb)
            return Attribution(name(subject), None, verb.lower_, verb, verb)
    return None


#: Speakers a headline names before a colon besides bodies and groups (:mod:`.names`).
HEADLINE_SPEAKERS = frozenset({"union", "prosecutor", "spokesman", "spokeswoman", "minister", "mayor"})


def _headline_speaker(sentence: Span, anchor: Token) -> Attribution | None:
    """Round 7: a headline "Union: the firm plans to cut 900 jobs" puts its speaker before a colon:
    a short noun phrase (at most four words, no verb) that opens a line without closing punctuation
    and names a body, a group or a person (a topic such as "Libya floods:" says nothing)."""
    if sentence.text.rstrip().endswith((".", "!", "?", '"', "\u201d")) or "\n" in sentence.text.strip():
        return None
    colon = next((t for t in sentence if t.text == ":" and t.i < anchor.i), None)
    if colon is None:
        return None
    words = [t for t in sentence.doc[sentence.start:colon.i] if t.dep_ not in ("det", "case")]
    if not 0 < len(words) <= 4 or any(t.pos_ not in ("NOUN", "PROPN", "ADJ") for t in words):
        return None
    head = words[-1]
    if head.lemma_.lower() not in BODY_WORDS | GROUP_NOUNS | HEADLINE_SPEAKERS and head.ent_type_ != "PERSON":
        return None  # "Libya floods: ...", "VW job deal: ...": a topic, not a speaker
    return Attribution(sentence.doc[words[0].i:colon.i].text, None, ":", None, colon)


def _said_between(anchor: Token, according: Token) -> Attribution | None:
    """Round 6: "Two workers are among the dead, the Indonesian consulate said, and 19 are missing,
    according to the Philippine consulate": a saying clause set off by commas between the figure
    and a later "according to" closes the figure's own clause, so it is the figure's source."""
    doc = anchor.doc
    for verb in doc[anchor.i + 1:according.i]:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in SAY_VERBS or \
                any(c.dep_ in ("ccomp", "xcomp") for c in verb.children):
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")), None)
        end = max(t.i for t in verb.subtree if not t.is_punct) + 1
        if subject is not None and doc[subject.left_edge.i - 1].text == "," and doc[end].text == ",":
            return Attribution(name(subject), None, verb.lower_, verb, verb)
    return None


#: Round 8: verbs of judging that, in a relative clause on the figure itself, name who counts it:
#: "the 250,000 people it considers most in need", "the 40 sites the agency deems unsafe".
JUDGING_VERBS = frozenset({"consider", "deem", "regard", "judge", "classify"})


def _own_relative(anchor: Token) -> Attribution | None:
    """"far more than the 60 the operator listed": a relative clause on the figure itself, with a
    subject and a verb of giving figures, names its source (rule 0, before the sentence's own)."""
    owners = [anchor]
    figure = anchor.head if anchor.dep_ == "nummod" else anchor
    if figure.i != anchor.i:
        owners.append(figure)  # round 8: "the 250,000 people it considers most in need"
    if figure.dep_ == "pobj" and figure.head.lower_ == "of" and figure.head.head.lemma_.lower() in EVIDENCE_NOUNS | {"forecast"}:
        owners.append(figure.head.head)  # "the estimate of 270 that doctors had given"
    by = _figure_by(figure)
    if by is not None:
        return by
    owner = _possessed_figure(anchor)
    if owner is not None:  # round 17: "far above the government's 19"
        return Attribution(name(owner), None, "'s", owner, owner)
    if _rejected(owners[-1]):  # round 13: "rejected the figure of $5.6 million that X says ...": the rejecter's
        return None
    for clause in (c for owner in owners for c in owner.children):
        if clause.dep_ == "relcl" and clause.lemma_.lower() in CLAUSE_SAY_VERBS and \
                any(c.dep_ == "xcomp" for c in clause.children):
            continue  # round 16: "the $787.5 million that X agreed to pay": an act, no one's figure
        if clause.dep_ == "relcl" and clause.lemma_.lower() in GIVING_VERBS | SAY_VERBS | JUDGING_VERBS | \
                REQUEST_VERBS | {"publish", "issue"}:  # round 16: "the $1.6 billion X had demanded"
            subject = next((c for c in clause.children if c.dep_ == "nsubj" and (c.pos_ in ("NOUN", "PROPN") or
                            c.lower_ in ("it", "they") and (clause.lemma_.lower() in JUDGING_VERBS or
                                                            clause.lemma_.lower() in GIVING_VERBS and
                                                            name(c) not in ("it", "they")))), None)
            if subject is not None and subject.pos_ == "PRON" and name(subject) in ("it", "they"):  # "X has launched an appeal to help the 250,000 it considers ..."
                subject = next((s for v in clause.ancestors if v.pos_ in ("VERB", "AUX") for s in [own_subject(v)]
                                if s is not None and s.pos_ in ("NOUN", "PROPN")), subject)
            if subject is not None:  # "it"/"they" left are resolved against earlier sources (sources.py)
                return Attribution(name(subject), None, clause.lower_, clause, clause)
    return None


#: Round 17: owners that are places or groups of people, whose "'s" says where or whose, not who counts.
PLACE_OWNERS = frozenset({"country", "city", "state", "province", "region", "county", "nation", "district",
                          "town", "village", "house", "party", "world", "year", "week", "month", "day"})


def _possessed_figure(anchor: Token) -> Token | None:
    """Round 17: "a toll far above the government's 19", "up from the ministry's 4,100": a figure that
    stands alone (no counted noun after it) right after a possessive is its owner's count; the owner
    is the source. A place or a time ("Kenya's 47 counties", "last year's 19") owns nothing it counts."""
    doc = anchor.doc
    if anchor.text == "%" and anchor.i > 0 and doc[anchor.i - 1].like_num:
        anchor = doc[anchor.i - 1]  # the figure's head is its "%"
    if anchor.i < 2 or doc[anchor.i - 1].tag_ != "POS" or anchor.like_num is False and anchor.pos_ != "NUM":
        return None
    owner = doc[anchor.i - 2]
    end = anchor.i + 1
    while end < len(doc) and doc[end].text in ("%", "percent", "per", "cent"):
        end += 1  # "the ministry's 40%"
    after = doc[end] if end < len(doc) else None
    if after is not None and after.pos_ in ("NOUN", "PROPN", "ADJ") and after.lemma_.lower() not in EVIDENCE_NOUNS:
        return None  # "the country's 47 counties": a count of things it has
    if owner.pos_ not in ("NOUN", "PROPN") or owner.lemma_.lower() in PLACE_OWNERS or \
            owner.ent_type_ in ("GPE", "LOC", "DATE", "TIME", "FAC", "PERSON") or owner.lower_ in ("its", "their"):
        return None
    if owner.ent_type_ != "ORG" and owner.lemma_.lower() not in BODY_WORDS | COUNTING_BODIES:
        return None  # "ahead of X's 6,214,889": a candidate's votes, not a count X gives
    return owner


#: Round 17: bodies whose possessed figure is a count they give ("the army's 1,200"), besides :data:`BODY_WORDS`.
COUNTING_BODIES = frozenset({"army", "military", "union", "association", "junta", "regime", "presidency",
                             "organiser", "organizer", "commission", "agency", "group"})


def _claims_for(verb: Token) -> bool:
    """Round 13: "Survivors can claim a payment of $770", "families may claim up to $500": "claim" with
    an object after a modal or "to" asks for what it names; it says nothing ("claimed that ...",
    "the group claimed 40 attacks" still say)."""
    return verb.lemma_.lower() == "claim" and any(c.dep_ == "dobj" for c in verb.children) and \
        any(c.dep_ == "aux" and (c.tag_ == "MD" or c.lower_ == "to") for c in verb.children)


#: Round 13: figure nouns of "by his count", "by the ministry's estimate".
RECKONING_NOUNS = frozenset({"count", "estimate", "tally", "reckoning", "calculation", "measure", "account"})


def _by_count(sentence: Span, anchor: Token) -> Attribution | None:
    """Round 13: "By his count, 14,316 families ... have been resettled", "by the ministry's
    estimate": a "by" phrase before the figure whose object is a figure noun with an owner names
    the source (a pronoun owner is left to :mod:`.sources` to resolve, as "he said")."""
    for prep in sentence:
        if prep.lower_ != "by" or prep.i > anchor.i or prep.dep_ not in ("prep", "agent"):
            continue
        noun = next((c for c in prep.children if c.dep_ == "pobj" and c.lemma_.lower() in RECKONING_NOUNS), None)
        owner = next((c for c in noun.children if c.dep_ == "poss"), None) if noun is not None else None
        if owner is None or prep.head.i == anchor.i or anchor in list(prep.subtree):
            continue
        if owner.pos_ == "PRON":
            word = {"his": "he", "her": "she", "its": "it", "their": "they"}.get(owner.lower_)
            return Attribution(word, None, "by", None, prep) if word else None
        return Attribution(name(owner), None, "by", None, prep)
    return None


#: Round 19: verbs by which a count moves to a figure ("its count had reached 2,012").
REACHING_VERBS = frozenset({"reach", "rise", "climb", "stand", "hit", "pass", "top", "increase", "jump", "grow",
                            "exceed", "surpass"})
#: Round 19: a body's own counts (not "toll" or "total", which a place or event has).
OWN_COUNTS = frozenset({"count", "tally", "estimate", "reckoning", "calculation"})


def _owned_count(anchor: Token) -> Attribution | None:
    """Round 19: "By Saturday night its count had reached 2,012, with 2,059 injured", "the agency's
    tally rose to 40": a count with an owner (:data:`OWN_COUNTS`) that is the subject of a verb of
    reaching a figure (:data:`REACHING_VERBS`) on the figure's path is its owner's (a pronoun owner is
    left to :mod:`.sources`, as "it said"); "the toll rose to 40", "its population reached 2 million"
    name none."""
    for verb in predicate_chain(anchor):
        if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in REACHING_VERBS:
            continue
        subject = own_subject(verb)
        if subject is None or subject.lemma_.lower() not in OWN_COUNTS:
            return None
        owner = next((c for c in subject.children if c.dep_ == "poss"), None)
        if owner is None:
            return None
        if owner.pos_ == "PRON":
            word = {"his": "he", "her": "she", "its": "it", "their": "they"}.get(owner.lower_)
            return Attribution(word, None, "count", verb, verb) if word else None
        text = name(owner)
        if any(c.dep_ == "case" for c in owner.children):  # "the coast guard's tally": the owner
            text = text.removesuffix("'s").removesuffix("'").rstrip()
        return Attribution(text, None, "count", verb, verb)
    return None


#: Round 13: verbs that reject a figure another gives ("rejected the figure of $5.6 million that X says").
REJECTING_VERBS = frozenset({"reject", "deny", "dismiss", "dispute", "refute", "contest"})


def _rejected(noun: Token) -> bool:
    """Round 13: a figure noun that a rejecting verb (:data:`REJECTING_VERBS`) takes as object: the
    figure is denied by that verb's subject, not given by the relative clause on it."""
    return noun.dep_ == "dobj" and noun.head.lemma_.lower() in REJECTING_VERBS and noun.head.pos_ == "VERB"


#: Round 9: participles that give a figure as someone's count or forecast ("the 0.1% forecast by
#: economists"); "the 1 crore rupees promised by the group" is a promise, not a report.
FORECASTING = frozenset({"forecast", "predict", "project", "expect", "estimate", "report", "count", "calculate"})


#: Round 26: participles that set a figure "at" a value, with a "by" agent ("put at 3,000 by the UN").
PUT_AT = frozenset({"put", "estimate", "place", "set", "peg", "count"})


def _figure_by(figure: Token) -> Attribution | None:
    """Round 9: "more than the 0.1% forecast by economists", "the 40% estimate by the agency": a
    figure that is the modifier of a figure noun (or has a participle of a saying verb) with a
    "by" phrase is whoever that phrase names."""
    noun = figure.head if figure.dep_ == "compound" else figure
    if noun.lemma_.lower() in FIGURE_NOUNS:
        prep = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "by"), None)
        who = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
        if who is not None and who.pos_ in ("NOUN", "PROPN"):
            return Attribution(name(who), None, noun.lower_, None, noun)
    if noun.dep_ == "pobj" and noun.head.lower_ == "at" and noun.head.head.lemma_.lower() in PUT_AT and \
            noun.head.head.pos_ == "VERB" and not any(c.dep_ in ("nsubj", "nsubjpass", "auxpass", "aux") for c in noun.head.head.children):
        verb = noun.head.head  # round 26: "Goma's dead, put at nearly 3,000 by the UN, remain uncounted"
        who = _by_whom(verb)
        if who is not None and who.pos_ in ("NOUN", "PROPN") and not who.like_num:
            return Attribution(name(who), None, verb.lower_, verb, verb)
    participle = next((c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"
                       and c.lemma_.lower() in FORECASTING), None)
    who = _by_whom(participle) if participle is not None else None
    if who is not None and who.pos_ in ("NOUN", "PROPN"):
        return Attribution(name(who), None, participle.lower_, participle, participle)
    return None


def _according_to(sentence: Span, anchor: Token | None = None) -> Attribution | None:
    """Rule 1; with several "according to"s, the one of the figure's own clause or coordinated
    phrase (:func:`_own_according`)."""
    found = []
    for token in sentence:
        if token.lower_ != "according":
            continue
        to = next((c for c in token.children if c.lower_ == "to"), None)
        if to is None and token.i + 1 < len(token.doc) and token.doc[token.i + 1].lower_ == "to":
            to = token.doc[token.i + 1]  # "according to which ...", the parser hanging "to" elsewhere
        obj = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
        if obj is not None:
            found.append((token, obj))
    if not found:
        return None
    token, obj = _own_according(found, anchor)
    cited = _cited(obj)
    if cited and anchor is not None and obj.lemma_.lower() in INFO_NOUNS | {"datum"}:
        counter = _counter(anchor)  # round 18: "X counted 484, according to its figures cited by Y"
        if counter is not None:
            return Attribution(name(counter), cited[1], "according to", token=token)
    if cited:
        return Attribution(cited[0], cited[1], "according to", token=token)
    relayer = obj.lower_ not in ("which", "whom") and obj.lemma_.lower() not in INFO_NOUNS  # a person or body
    counter = _counter(anchor, COUNTING_VERBS | FORECASTING_VERBS | BRIEFING_VERBS if relayer else FORECASTING_VERBS) \
        if anchor is not None else None
    if counter is not None:  # "the army counted 88,000, according to the president"
        return Attribution(name(counter), name(_according_whom(token, obj)), "according to", token=token)
    cited = _citing_after(token, obj)
    if cited is not None:  # round 19: "According to the WHO, citing the health ministry, 627 ..."
        return Attribution(name(cited), name(_according_whom(token, obj)), "according to", token=token)
    return Attribution(name(_according_whom(token, obj)), None, "according to", token=token)


def _as_after_said(verb: Token, chain: list[Token]) -> bool:
    """Round 19: "Ukrainians have given 100 million hryvnias, the government said, as the national toll
    rose to 42": a clause opened by "as" after a closing saying verb (after what it says) is the
    writer's context, not said by it; one opened by "while" contrasts within what is said ("..., a
    negotiator said, while Ukraine handed back 27" is the negotiator's)."""
    if verb.dep_ != "parataxis" and not any(c.dep_ == "ccomp" and c.i < verb.i for c in verb.children):
        return False  # not a closing saying verb ("the navy said on Sunday, while ...": the root)
    return any(t.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "as" and m.i > verb.i
                                         for m in t.children) for t in chain)


def _as_clause_apart(verb: Token, chain: list[Token]) -> bool:
    """Round 20: "Prefect fears hundreds dead as official count stands at 14": a figure in a clause
    opened by "as" after the saying verb, hung on that verb (or on its object's complement, not inside what
    it says: "X said 300 died as the toll rose" is unchanged) and with its own subject (no pronoun for
    the speaker: "..., as it raised its count to 57" stays the speaker's), is the writer's context."""
    if verb not in chain:
        return False
    below = chain[:chain.index(verb)]
    for k, t in enumerate(below):
        if t.dep_ == "advcl" and t.i > verb.i and any(m.dep_ == "mark" and m.lower_ == "as" for m in t.children) \
                and not any(u.dep_ in ("ccomp", "xcomp", "parataxis", "conj") for u in below[k:]):
            subject = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            return subject is not None and subject.pos_ in ("NOUN", "PROPN") and subject.i not in {c.i for c in chain}
    return False


def _adds_to(verb: Token) -> bool:
    """Round 19: "The monthly payment adds to a first package ...": "add" with a "to" phrase and no
    reported clause is "increase", not a saying verb ("he added that ...", "she added")."""
    return verb.lemma_.lower() == "add" and any(c.dep_ == "prep" and c.lower_ == "to" for c in verb.children) and \
        not any(c.dep_ in ("ccomp", "parataxis") for c in verb.children)


def _citing_after(according: Token, obj: Token) -> Token | None:
    """Round 19: "According to the WHO, citing the health ministry, 627 children ...": a "citing"
    participle set off by a comma right after the "according to" phrase, hung by the parser on the
    same verb, is that phrase's: its object is the source, the "according to" object the via."""
    doc = obj.doc
    after = obj.right_edge.i + 1
    if after + 1 >= len(doc) or doc[after].text != "," or doc[after + 1].tag_ != "VBG" or \
            doc[after + 1].lemma_.lower() not in CITE_VERBS:
        return None
    participle = doc[after + 1]
    if participle.head.i != according.head.i and participle.head.i != obj.i:
        return None
    cited = next((c for c in participle.children if c.dep_ == "dobj"), None)
    return _behind(cited) if cited is not None else None


#: Verbs by which a subject counts or estimates a figure itself (a relayed count, rule 1).
COUNTING_VERBS = frozenset({"count", "estimate", "tally", "calculate", "record"})


#: Round 11: verbs by which a subject forecasts a figure; with "according to" data ("Analysts had
#: expected $4 billion, according to FactSet data") the forecasters are the source, the data the via.
FORECASTING_VERBS = frozenset({"expect", "forecast", "predict", "anticipate", "project"})

#: Round 18: verbs by which a subject briefs someone on a figure ("X reported to the president that 11
#: were detained, according to the Kremlin"): with "according to" a relayer, the briefer is the source
#: and the relayer the via, as for a counted figure.
BRIEFING_VERBS = frozenset({"report", "tell", "inform", "brief"})
#: Round 18: where a count is recorded rather than who records it ("the province has recorded 1,142").
RECORDING_PLACES = frozenset({"station", "province", "state", "country", "region", "district", "city", "county",
                              "town", "area", "territory", "nation"})
#: Round 18: reporters of news, who relay rather than brief.
NEWS_WORDS = frozenset({"media", "medium", "newspaper", "broadcaster", "outlet", "television", "press"})


def _counter(anchor: Token, verbs: frozenset[str] = COUNTING_VERBS) -> Token | None:
    """"The army counted 88,000, according to the president": the named subject of a counting verb
    (:data:`COUNTING_VERBS`) that holds the figure counted it; "according to" names the relayer.
    Round 11: also an active forecasting verb's (:data:`FORECASTING_VERBS`), whether "according to"
    names a relayer or the data that gathered the forecasts."""
    for verb in predicate_chain(anchor)[1:]:
        if verb.pos_ == "VERB" and verb.lemma_.lower() in verbs:
            subject = own_subject(verb)
            if subject is not None and subject.pos_ in ("NOUN", "PROPN") and \
                    (verb.lemma_.lower() in COUNTING_VERBS or subject.dep_ == "nsubj"):
                if verb.lemma_.lower() == "record" and (subject.lemma_.lower() in INSTRUMENTS | RECORDING_PLACES or
                                                        subject.ent_type_ in ("GPE", "LOC", "DATE")):
                    continue  # round 18: "a sensor recorded 45C", "the province has recorded 1,142": no counter
                if verb.lemma_.lower() in BRIEFING_VERBS and not any(
                        c.dep_ == "ccomp" and anchor in c.subtree for c in verb.children):
                    continue  # round 18: a briefer reports "that ..."; "13 countries had reported 22,800 cases" is a count
                if verb.lemma_.lower() in BRIEFING_VERBS and subject.lemma_.lower() in INFO_NOUNS | NEWS_WORDS:
                    continue  # "a report told of 11 dead", "local media reported": no briefer
                return subject
    return None


def _own_according(found: list[tuple[Token, Token]], anchor: Token | None) -> tuple[Token, Token]:
    """"2 million according to the organisers and about 700,000 according to the police": the
    "according to" whose phrase holds the figure (the smallest such), else the nearest one."""
    if anchor is None or len(found) == 1:
        return found[0]
    holding = [(len(list(t.head.subtree)), pair) for pair in found for t in [pair[0]]
               if t.head.i != t.i and t.head.left_edge.i <= anchor.i <= t.head.right_edge.i]
    if holding and len({size for size, _ in holding}) == len(holding):
        return min(holding, key=lambda item: item[0])[1]
    return min(found, key=lambda pair: abs(pair[0].i - anchor.i))


def _according_whom(according: Token, obj: Token) -> Token:
    """Who "according to" names: "a statement by X, according to which ..." -> X (the relative
    pronoun's antecedent, a document standing for its author); "according to its own count" ->
    the subject of the clause the phrase sits in (the owner the possessive points at)."""
    if obj.lower_ in ("which", "whom"):
        node = according
        while node.dep_ != "relcl" and node.pos_ not in ("NOUN", "PROPN") and node.head.i != node.i:
            node = node.head
        if node.dep_ == "relcl" or node.pos_ in ("NOUN", "PROPN"):
            return _behind(node.head if node.dep_ == "relcl" else node)
    if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in obj.children):
        subject = own_subject(according.head) if according.head.pos_ in ("VERB", "AUX") else None
        subject = _owner_of_its(according.head, subject)
        if subject is not None and subject.pos_ != "PRON":
            return subject
    return _behind(obj)


def _owner_of_its(verb: Token, subject: Token | None) -> Token | None:
    """Round 13: "X handles 15 billion ..., and one in every three records passes through its
    systems, according to its website": a figure that is its clause's subject owns nothing; "its"
    is the subject of the clause the figure's clause is conjoined to."""
    if subject is None or not (subject.like_num or subject.pos_ == "NUM"):
        return subject
    if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        return own_subject(verb.head)
    return None


#: Round 11: "analysts polled by LSEG", "economists surveyed by Reuters": the people are the source,
#: whoever polled them the via (as "X cited by Y").
POLL_VERBS = frozenset({"poll", "survey", "canvass", "question", "interview"})
#: Round 14: verbs that pass on a figure, read only with a "by" agent as "X cited by Y": "government data
#: reported by the news agency X", "figures from Y, relayed by local media".
RELAY_VERBS = frozenset({"report", "relay", "carry", "broadcast"})


def _cited(speaker: Token) -> tuple[str | None, str | None] | None:
    """(source, via) for "X, who cited Y" and "X cited by Y" (also through an apposition: "X, a
    lawmaker who cited Y", and a conjoined relative: "X, who sits on ... and cited Y"); None when
    neither."""
    described = [a for c in speaker.children if c.dep_ == "appos" for a in c.children]
    clauses = [c for c in (*speaker.children, *described) if c.dep_ in ("relcl", "acl")]
    clauses += [c for clause in clauses if clause.dep_ == "relcl" for c in clause.conjuncts]  # "who sits ... and cited Y"
    clauses += [c for c in _origin_clauses(speaker) if c.lemma_.lower() in RELAY_VERBS]  # round 14
    for child in clauses:
        if child.lemma_.lower() not in CITE_VERBS | POLL_VERBS | RELAY_VERBS:
            continue
        agent = next((c for c in child.children if c.dep_ == "agent"), None)
        if agent is None and child.lemma_.lower() in POLL_VERBS | RELAY_VERBS:
            continue
        if agent is not None:  # "X cited by Y"
            by = next((c for c in agent.children if c.dep_ == "pobj"), None)
            return name(speaker), name(by) if by is not None else None
        obj = next((c for c in child.children if c.dep_ == "dobj"), None)
        if obj is not None:  # "X, who cited Y"
            return name(_behind(obj)), name(speaker)
    return None


def _origin_clauses(speaker: Token) -> list[Token]:
    """Round 14: "Figures from the operator X, reported by local media, showed ...": the participles
    hung on the origin of an evidence noun (its "from"/"of" object or that object's apposition),
    which the parser attaches there rather than to the evidence noun itself."""
    if speaker.lemma_.lower() not in INFO_NOUNS | {"datum"}:
        return []
    origins = [o for p in speaker.children if p.dep_ == "prep" and p.lower_ in ("from", "of")
               for o in p.children if o.dep_ == "pobj"]
    origins += [a for o in origins for a in o.children if a.dep_ == "appos"]
    return [c for o in origins for c in o.children if c.dep_ == "acl" and c.tag_ == "VBN"]


def _behind(obj: Token) -> Token:
    """"intelligence from Seoul's spy agency" -> the agency, "a list published by the provincial
    government" -> the government: information stands for its origin."""
    if obj.lemma_.lower() in INFO_NOUNS:
        for prep in obj.children:
            if prep.dep_ == "prep" and prep.lower_ in ("from", "of", "by"):
                origin = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if origin is not None:
                    return origin
            if prep.dep_ == "acl" and prep.tag_ == "VBN":  # "compiled by", "released by"
                origin = _by_whom(prep)
                if origin is not None:
                    return origin
    return obj


def _speech_verb(anchor: Token) -> Attribution | None:
    chain = predicate_chain(anchor)
    root = chain[-1]
    candidates = [t for t in chain if t.pos_ in ("VERB", "AUX") or _noun_as_verb(t) or _headline_change(t)]
    candidates += [c for c in [_compound_verb(root)] if c is not None]  # round 15: "Meta forecast revenue of N"
    candidates += [c for c in root.children if c.dep_ in ("parataxis", "ccomp", "conj") and c.i > anchor.i
                   and not _relative(c)]
    candidates += [c for c in root.children if c.dep_ == "parataxis" and c.i < anchor.i and any(
        t.dep_ == "conj" and t.head.i == root.i and c.i < t.i for t in chain)]  # "..., X said, and ..."
    if not any(t.lower_ == "than" for t in chain):  # a comparison after it is the writer's reference
        candidates += [c for c in root.children if c.dep_ == "parataxis" and c.i < anchor.i and _set_off(c)
                       and c not in candidates]  # "Across the region, the council said, 92 ...", "..., X reported, with 21 ..."
    candidates += [v for v in [_before_colon(anchor)] if v is not None and v not in candidates]  # round 14
    candidates = [v for v in candidates if not _conjoined_to(v, chain) and not _across_semicolon(v, anchor)
                  and not _sets_own(v) and not _adds_to(v) and not _as_after_said(v, chain)
                  and not _rejects_thing(v) and not _raises_money(v)
                  and not _as_clause_apart(v, chain)]
    candidates = [v for v in candidates if not (v.lemma_.lower() in CLAUSE_SAY_VERBS and
                                                any(c.dep_ == "dobj" and c.lemma_.lower() not in SAYING_NOUNS
                                                    for c in v.children)) and not rejects_proposal(v)
                  and not _claims_for(v) and not _clauseless(v, chain) and not _says_own_conjunct(v, anchor, chain)
                  and not _outside_said(v, chain)]
    chain_ids = {t.i for t in chain} - _after_verb_appositions(chain)
    closing = _closing_conjunct(anchor, root) or _reporter_misread(anchor, root)
    if closing is not None:
        return closing
    for verb in _ordered(candidates, chain):
        if any(c.dep_ == "nsubj" and c.pos_ == "VERB" and c.i in chain_ids for c in verb.children):
            continue  # round 14: "Army hands 131 pupils to governor, says ...": the first clause is an act
        speaker = _survey_subject(verb, chain_ids) or _survey_misread(verb) or speaker_of(verb, chain_ids)
        if speaker is None or speaker.sent.start == verb.sent.start and \
                "\n" in verb.doc.text[min(speaker.idx, verb.idx):max(speaker.idx, verb.idx)]:
            continue
        if _admitted_to(verb, chain):
            continue  # round 18: "people admitted to hospital 1 million each": an admission, no speech
        if _thing_measured(verb, speaker):
            continue  # round 15: "The crater measured 30 metres across": a size, no one's measurement
        if _place_of_record(verb, speaker):
            continue  # round 7: "The US recorded 285 cases in 2024": where it happened, not who says
        relayed = _relayed_count(anchor, verb, speaker)
        if relayed is not None:
            return relayed
        if _describes_speaker(verb, chain):
            continue  # round 7: "X, which owns a 20% stake, said": the figure describes the speaker
        if _counted_subject(speaker):
            continue  # round 10: "Some 182 communities have reported damage, and 34 roads ...": a count, no speaker
        if speaker.lemma_.lower() in NO_SPEAKERS | INSTRUMENTS or speaker.i == anchor.i:  # "the toll reported so far stands at 577, X said"
            continue  # the figure says nothing ("45 were written off": a phrasal verb, no speaker)
        speaker = _believer(verb, speaker) or _gapped(chain[0], verb, speaker) or speaker
        citing = _citing(verb) or _cited_owner(verb)
        if citing is not None:
            return Attribution(name(citing), name(speaker), verb.lower_, verb, verb)
        cited = _cited(speaker)
        if cited:
            return Attribution(cited[0], cited[1], verb.lower_, verb, verb)
        document = _reported_document(verb, chain)
        if document is not None:
            return Attribution(name(document), name(speaker), verb.lower_, verb, verb)
        return Attribution(name(speaker), _outer_reporter(verb, speaker), verb.lower_, verb, verb)
    return _owned_figure(chain) or _document_states(chain)


def _closing_conjunct(anchor: Token, root: Token) -> Attribution | None:
    """Round 30 (sources rule 64): "The agency recorded 310 cases on Monday, the radio station X reported,
    citing the agency", parsed with the closing saying verb as a conjunct of the figure's verb: a saying
    verb conjoined after the figure, its subject set off by a comma and no content of its own, relays
    what it cites (source the cited, via its subject) or what the figure's counting verb's subject
    counted (rule 65); otherwise it is left to the rules before."""
    for verb in root.children:
        if verb.dep_ not in ("conj", "advcl") or verb.i <= anchor.i or verb.lemma_.lower() not in SAY_VERBS or verb.pos_ != "VERB":
            continue
        subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")]
        if not subjects or subjects[0].left_edge.i <= anchor.i or verb.doc[subjects[0].left_edge.i - 1].text != ",":
            continue
        subject = subjects[-1]  # "the local radio station Kibanda FM", read as two subjects: the name
        subject = next((c for c in subject.children if c.dep_ == "appos" and c.pos_ == "PROPN"), subject)
        if any(c.dep_ in ("ccomp", "dobj", "xcomp") for c in verb.children) or any(
                t.like_num for c in verb.children if c.dep_ not in ("nsubj", "advcl") for t in c.subtree):
            continue  # "police count 149,000, organisers say 1 million": a figure of its own
        citing = _citing(verb)
        if citing is not None:
            return Attribution(name(citing), name(subject), verb.lower_, verb, verb)
        counter = _counter(anchor)
        if counter is not None and counter.i < anchor.i and counter.lemma_.lower() != subject.lemma_.lower():
            return Attribution(name(counter), name(subject), verb.lower_, verb, verb)
    return None


def _reporter_misread(anchor: Token, root: Token) -> Attribution | None:
    """Round 30 (sources rule 66): "The X news agency reported on Monday, citing a Y survey, that support had
    fallen by 4.2 points", parsed with "reported" as a participle on the agency, the agency as a subject of
    the reported clause and "that" as a determiner: the agency reports (via), the cited one is the source;
    with no "citing", the agency is the source."""
    if anchor.i < root.i:
        return None
    for subject in root.children:
        if subject.dep_ != "nsubj" or subject.pos_ not in ("NOUN", "PROPN") or subject.i > root.i:
            continue
        verb = next((c for c in subject.children if c.dep_ == "acl" and c.lemma_.lower() in SAY_VERBS
                     and c.tag_ in ("VBD", "VBN") and c.i == subject.i + 1), None)
        if verb is None or not any(t.lower_ == "that" and t.dep_ in ("det", "mark") and t.head.i != subject.i
                                   for t in root.doc[verb.i:root.i]):
            continue
        citing = next((c for c in root.children if c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in CITE_VERBS
                       and c.i < root.i), None)
        obj = next((c for c in citing.children if c.dep_ == "dobj"), None) if citing is not None else None
        if obj is not None:
            return Attribution(name(_behind(obj)), name(subject), verb.lower_, verb, verb)
        return Attribution(name(subject), None, verb.lower_, verb, verb)
    return None


def _relayed_count(anchor: Token, verb: Token, speaker: Token) -> Attribution | None:
    """Round 30 (sources rule 65): "The chamber counted 1,200 people in five days, the news agency said": a
    body's count, in the clause a closing saying verb reports, is the body's, relayed by the speaker
    (source the counter, via the speaker), as "X counted N, according to Y" is (:func:`_counter`). Not a
    place that recorded something ("The US recorded 285 cases"), a pronoun, or a person quoted on his own
    count."""
    if verb.lemma_.lower() not in SAY_VERBS or verb.lemma_.lower() in COUNTING_VERBS:
        return None
    counter = _counter(anchor)
    if counter is None or counter.i > verb.i or counter.head.dep_ != "ccomp" or counter.head.head.i != verb.i:
        return None
    own = any(c.dep_ in ("dobj", "attr") or c.like_num for c in verb.children)
    if counter.head.i > verb.i or counter.ent_type_ in ("GPE", "LOC", "NORP", "PERSON") or \
            counter.lemma_.lower() == speaker.lemma_.lower() or speaker.lower_ in ("he", "she", "it", "they"):
        return None
    if counter.dep_ != "nsubj" or any(c.dep_ == "auxpass" for c in counter.head.children) or \
            counter.lemma_.lower() in RECORDING_PLACES | PLACE_OWNERS | {"continent", "world"} or \
            speaker.ent_type_ == "PERSON":
        return None  # "the continent has counted N, the agency said"; "X counted N, Kessler said": his company's
    if own:  # "police count 149,000, organisers say 1 million": the speaker gives a figure of its own
        return Attribution(name(counter), None, counter.head.lower_, counter.head, counter.head)
    return Attribution(name(counter), name(speaker), verb.lower_, verb, verb)




def _survey_subject(verb: Token, chain_ids: set[int]) -> Token | None:
    """Round 30 (sources rule 63): "A Gallup poll of 1,004 adults found that ...": a survey that is the
    saying verb's subject and holds the figure (its sample, in an "of" phrase) gives it itself."""
    return next((c for c in verb.children if c.dep_ == "nsubj" and c.i in chain_ids
                 and c.lemma_.lower() in SURVEYS), None)


def _survey_misread(verb: Token) -> Token | None:
    """Round 30 (sources rule 63): "An Ipsos survey released the day before the election found that 55%
    ...", parsed with "released" as the main verb and "the election found" as a clause of time: the
    survey is the finder, not the event the clause of time names."""
    if verb.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in ("before", "after") for c in verb.children):
        return None
    head = verb.head
    if head.lemma_.lower() not in RELEASE_VERBS:
        return None
    return next((c for c in head.children if c.dep_ == "nsubj" and c.lemma_.lower() in SURVEYS), None)


def _admitted_to(verb: Token, chain: list[Token]) -> bool:
    """Round 18: "Governor X said the family would receive 3 million roubles, people admitted to
    hospital 1 million each": "admitted to" a place the figure hangs under is an admission, not a
    saying verb whose subject ("people") speaks ("admitted to lying" has no noun after "to")."""
    return verb.lemma_.lower() == "admit" and any(
        c.dep_ == "prep" and c.lower_ in ("to", "into") and any(o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN")
                                                               for o in c.children) for c in verb.children)


#: Round 16: verbs by which a document states what it sets out ("a planning document ... grants
#: a permit for 15 floors", "the filing lists 45 faults").
DOCUMENT_VERBS = frozenset({"grant", "list", "show", "allow", "permit", "approve", "detail", "set", "give",
                            "record", "cite", "count", "put", "estimate", "say", "state"})


def _document_states(chain: list[Token]) -> Attribution | None:
    """Round 16: "But a planning document seen by this newspaper, dated ..., grants the developer a
    permit for 15 floors": a figure in the object of a verb whose subject is a document
    (:data:`DOCUMENT_SUBJECTS`) is that document's, named as written ("planning document")."""
    for verb in chain[1:]:
        if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in DOCUMENT_VERBS:
            continue
        if _across_semicolon(verb, chain[0]):
            return None  # round 22: "Its accounts show N; other outlets have used M": M is not the accounts'
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.pos_ == "NOUN" and (subject.lemma_.lower() in DOCUMENT_SUBJECTS or
                                                              subject.lower_ in BOOKS):
            return Attribution(name(subject), None, verb.lower_, verb, verb)
        if subject is not None and subject.pos_ == "NOUN" and subject.lemma_.lower() in OWNED_COUNTS and any(
                c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN") for c in subject.children):
            return Attribution(name(subject), None, verb.lower_, verb, verb)  # round 20: "X's count lists N"
        return None
    return None


#: Round 20: figure words that give figures themselves when a body owns them ("The interior ministry's
#: latest count, released on Wednesday, gives 31 deaths"; "the health ministry's monitoring panel
#: showed N cases"): the owned phrase is named as written, and sources.py rule 41 makes a count its owner.
OWNED_COUNTS = frozenset({"count", "tally", "figure", "data", "panel", "dashboard", "database", "register",
                          "registry", "bulletin", "update", "list"})


#: Round 16: documents that give figures themselves ("A damages report ... put its losses at N").
DOCUMENT_SUBJECTS = frozenset({"report", "study", "analysis", "audit", "review", "complaint", "filing",
                               "lawsuit", "assessment", "survey", "document", "paper"})


#: Round 22: a body's own books, which give its figures ("Its interim accounts show liabilities of N"):
#: plural only ("an account" is a witness's story, not a document).
BOOKS = frozenset({"accounts", "filings", "financials"})


def _reported_document(verb: Token, chain: list[Token]) -> Token | None:
    """Round 16: "A damages report commissioned by X put its lost profits at $16 million, NPR
    reported": the clause a reporting verb relays has a document for subject and a verb that gives
    or finds the figure; the document is the source and the reporter the via (as "cited by")."""
    if verb.lemma_.lower() not in ("report", "say", "write") or verb.pos_ != "VERB":
        return None
    inner = next((t for t in chain if t.head.i == verb.i and t.i != verb.i), None)
    if inner is None or inner.dep_ not in ("ccomp", "parataxis") or inner.pos_ not in ("VERB", "AUX") or \
            inner.lemma_.lower() not in GIVING_VERBS | WEAK_SAY_VERBS | SAY_VERBS:
        return None
    subject = next((c for c in inner.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ != "NOUN" or subject.lemma_.lower() not in DOCUMENT_SUBJECTS:
        return None
    return subject


#: Round 16: saying verbs whose object is who is told ("told the 12 jurors that ...").
ADDRESSING_VERBS = frozenset({"tell", "inform", "brief", "assure", "warn", "remind", "advise", "notify"})


def _outside_said(verb: Token, chain: list[Token]) -> bool:
    """Round 16: the figure is no part of what ``verb`` says when the chain reaches it through an
    infinitive of a verb that says only with a clause ("X agreed to pay $45 million": an act it
    commits to), or through the object told while a said clause stands apart ("the judge told the
    14 jurors, eight women and six men, that ...": who was told, not what); a giving verb with a
    particle and no "at" phrase ("the developer was putting up three towers") is an act."""
    if verb.lemma_.lower() in GIVING_VERBS | WEAK_SAY_VERBS and any(c.dep_ == "prt" for c in verb.children) \
            and not any(c.dep_ == "prep" and c.lower_ == "at" for c in verb.children):
        return True  # "was putting up four towers", "gave out 300 meals": a phrasal verb of doing
    below = next((t for t in chain if t.head.i == verb.i and t.i != verb.i), None)
    if below is None:
        return False
    if below.dep_ == "xcomp" and verb.lemma_.lower() in CLAUSE_SAY_VERBS:
        return True
    return below.dep_ in ("dobj", "dative") and verb.lemma_.lower() in ADDRESSING_VERBS and any(
        c.dep_ == "ccomp" and c.i > below.i and c not in chain for c in verb.children)


#: Round 15: saying verbs that say only with a "that" clause or a noun of saying, never through a
#: conjunct or a "for" phrase ("one, X, argued for going to 3.75%"; "the lab repeated the test").
CLAUSE_ONLY_VERBS = frozenset({"argue", "repeat", "rule",  # round 16: "the judge ruled that ..."
                               "point"})  # round 21: "critics have pointed out that ..."


def _says_own_conjunct(verb: Token, anchor: Token, chain: list[Token]) -> bool:
    """Round 15: "The WHO has flown 29 tonnes in, and Russia said it had sent 35 doctors": a saying verb
    conjoined after the figure's clause by "and"/"but", with a subject and a said clause of its own,
    says only that clause; the first clause is an act the outlet reports (unless a saying verb of its
    own, before the figure, already speaks for it: the speakers are then chosen as before)."""
    if verb.dep_ != "conj" or verb.i < anchor.i or verb in chain or verb.head not in chain:
        return False
    joined = any(t.dep_ == "cc" and t.lower_ in ("and", "but") and t.head.i in (verb.i, verb.head.i) and
                 verb.head.i < t.i < verb.i for t in verb.doc[verb.head.i:verb.i])
    spoken = any(c.dep_ in ("ccomp", "parataxis") and c.lemma_.lower() in SAY_VERBS and c.i < verb.i
                 for c in verb.head.children)  # "But it said the market was cooling: N ..., and X expects ..."
    return joined and not spoken and any(c.dep_ == "nsubj" for c in verb.children) and \
        any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children)


def _says_with_clause(verb: Token) -> bool:
    """Round 15: "argued that ...", "repeated its claim that ...": a verb of :data:`CLAUSE_ONLY_VERBS`
    with its clause or noun of saying says it (only here: they are no :data:`SAY_VERBS`)."""
    return verb.pos_ == "VERB" and verb.lemma_.lower() in CLAUSE_ONLY_VERBS and any(
        c.dep_ == "ccomp" or c.dep_ == "dobj" and c.lemma_.lower() in SAYING_NOUNS for c in verb.children)


def _clauseless(verb: Token, chain: list[Token]) -> bool:
    """Round 15: "argued"/"repeated" with neither a clause nor a noun of saying says nothing of the
    sentence's figures; a figure in its own "for" phrase is asked for (:data:`REQUEST_VERBS`)."""
    if any(t.dep_ == "prep" and t.lower_ == "for" and t.head.i == verb.i for t in chain):
        return False
    return verb.lemma_.lower() in CLAUSE_ONLY_VERBS and not any(
        c.dep_ == "ccomp" or c.dep_ == "dobj" and c.lemma_.lower() in SAYING_NOUNS for c in verb.children)


#: Round 15: nouns naming those who measure, besides bodies, groups and "-ist"s ("meteorologists").
MEASURERS = frozenset({"forecaster", "researcher", "engineer", "inspector", "surveyor", "team", "observer",
                       "investigator", "crew", "lab", "laboratory", "station", "observatory", "meteorologist"})


def _thing_measured(verb: Token, speaker: Token) -> bool:
    """Round 15: "measured" attributes only when its subject can measure: a person, body or group
    ("Forecasters measured a surge of 4 metres", "the agency measured 185 litres", "it measured"),
    not the thing whose size it gives ("The crater measured 30 metres across", "the room measured")."""
    if verb.lemma_.lower() != "measure":
        return False
    if speaker.lower_ in ("it", "they", "he", "she", "we") or speaker.ent_type_ in ("PERSON", "ORG", "NORP"):
        return False
    lemma = speaker.lemma_.lower()
    agent = lemma in BODY_WORDS | GROUP_NOUNS | PEOPLE_WHO_SPEAK | MEASURERS or \
        lemma.endswith("ist") and speaker.pos_ == "NOUN"
    return not agent


def _outer_reporter(verb: Token, speaker: Token) -> str | None:
    """Round 14: "The newspaper X reported that some analysts expected losses of N": a saying or
    forecasting verb that is what an outer "reported" reports is the inner speaker's, and the outer
    reporter, a named body or outlet other than the inner speaker, is the via (as "cited by")."""
    outer = verb.head
    if verb.dep_ != "ccomp" or outer.lemma_.lower() != "report" or outer.pos_ != "VERB" or \
            speaker.lower_ in ("it", "they", "he", "she"):
        return None
    reporter = next((c for c in outer.children if c.dep_ == "nsubj"), None)
    if reporter is None or reporter.i == speaker.i or reporter.lower_ in ("it", "they", "he", "she") or \
            not (reporter.pos_ == "PROPN" or reporter.ent_type_ == "ORG" or
                 any(c.dep_ in ("appos", "compound") and c.pos_ == "PROPN" for c in reporter.children)):
        return None
    return name(reporter)


#: Round 14: verbs that say a figure in their "of" phrase ("Residents spoke of about 100 taken").
SPEAK_OF_VERBS = frozenset({"speak", "talk", "write", "tell"})


def _speaks_of(verb: Token, chain: list[Token]) -> bool:
    """Round 14: "Witnesses spoke of about 40 dead", "villagers told of dozens missing": a verb of
    speaking whose "of" phrase holds the figure says it (a weak saying verb: a saying verb whose
    clause this is still wins)."""
    if verb.lemma_.lower() not in SPEAK_OF_VERBS or verb not in chain or chain.index(verb) == 0:
        return False
    below = chain[chain.index(verb) - 1]
    return below.dep_ == "prep" and below.lower_ == "of"


def _before_colon(anchor: Token) -> Token | None:
    """Round 14: "X, a teacher, gave the governor a breakdown: 187 were taken from ..." and "X said
    on Monday: 40 had died": a clause before a colon whose verb says or gives a figure noun
    (:func:`_gives_figure`) introduces the figures after the colon, however the parser hung it."""
    sentence = anchor.sent
    colon = next((t for t in sentence if t.text == ":" and t.i < anchor.i), None)
    verb = colon.head if colon is not None else None
    if verb is not None and verb.lower_ == "as" and verb.dep_ == "prep" and verb.i == colon.i - 1:
        verb = verb.head  # round 23: "X, citing Y, gave the deaths by state as: A 95, B 39"
        verb = verb.head if verb.dep_ == "dobj" else verb  # "as" hung on the object
    if verb is None or verb.i > colon.i or verb.pos_ != "VERB" or any(t.text in (";", ":") for t in anchor.doc[colon.i + 1:anchor.i]):
        return None
    says = _gives_figure(verb) or verb.lemma_.lower() in SAY_VERBS - WEAK_SAY_VERBS - CLAUSE_SAY_VERBS and \
        not any(c.dep_ in ("dobj", "ccomp") for c in verb.children)
    return verb if says and any(c.dep_ == "nsubj" for c in verb.children) else None


def _given_before_colon(anchor: Token) -> Attribution | None:
    """Round 17: "That is well above the count the agency had given in May: 455 deaths and ...": a
    figure noun before a colon (:data:`.names.EVIDENCE_NOUNS`, "toll") with a relative clause of
    giving whose subject is a noun ("the count X had given", "the tally the ministry published")
    introduces the figures after the colon: that subject is their source. Another colon or a
    semicolon between ends it; a figure noun with no giver ("the latest count: 455") says nothing."""
    sentence = anchor.sent
    colons = [t for t in sentence if t.text == ":" and t.i < anchor.i]
    if not colons or any(t.text in (";", ":") for t in anchor.doc[colons[-1].i + 1:anchor.i]):
        return None
    nouns = [t for t in anchor.doc[sentence.start:colons[-1].i]
             if t.pos_ == "NOUN" and t.lemma_.lower() in EVIDENCE_NOUNS | {"toll", "tally", "count"}]
    for noun in reversed(nouns):
        clause = next((c for c in noun.children if c.dep_ == "relcl" and
                       c.lemma_.lower() in GIVING_VERBS | {"publish", "issue", "release", "announce"}), None)
        subject = next((c for c in clause.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")), None) \
            if clause is not None else None
        if subject is not None:
            words = [c for c in subject.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
            text = anchor.doc[words[0].i:subject.i + 1].text if words and subject.pos_ == "PROPN" else name(subject)
            return Attribution(text, None, clause.lower_, clause, clause)  # "the Africa CDC" whole
    return None


def _counted_subject(speaker: Token) -> bool:
    """Round 10: a subject counted by a figure of its own ("Some 182 communities have reported
    damage", "Nine hospitals recorded outages") is what the sentence counts, not who speaks for its
    other figures; people who speak ("three officials said", "two witnesses told") still do."""
    return speaker.pos_ == "NOUN" and speaker.lemma_.lower() not in GROUP_NOUNS | PEOPLE_WHO_SPEAK | INFO_NOUNS | \
        EVIDENCE_NOUNS and any(c.dep_ == "nummod" and c.like_num and c.lower_ != "one" and not _year(c)
                               and c.i < speaker.i for c in speaker.children)  # round 25: "Radio 1 said"


def _year(token: Token) -> bool:
    """Round 16: "A 2005 study by X found ...": a year before a noun dates it, it does not count it."""
    return token.text.isdigit() and len(token.text) == 4 and 1800 <= int(token.text) <= 2100


#: Round 10: people who, counted, still speak ("two witnesses said", "three doctors told").
PEOPLE_WHO_SPEAK = frozenset({"witness", "doctor", "resident", "survivor", "diplomat", "source", "person",
                              "people", "lawmaker", "senator", "worker", "nurse", "medic", "officer"})


#: Round 9: verbs that change a figure noun as a report ("lowered its estimate to 40") or a thing
#: as an act ("lowered its benchmark rate to 4%", "raised fares by 5%").
SETTING_VERBS = frozenset({"raise", "lower", "cut"})


def _sets_own(verb: Token) -> bool:
    """Round 9: "The central bank lowered its benchmark rate from 4.25% to 4%", "the council raised
    parking fees by 10%": a change verb whose object is a thing the subject sets, not a figure noun
    (:data:`FIGURE_NOUNS`: "raised the toll to 40", "lowered its forecast"), is an act; the subject
    does not report the figure, as "Police arrested three men" reports nothing."""
    if verb.lemma_.lower() not in SETTING_VERBS or verb.pos_ != "VERB":
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return bool(objects) and all(o.pos_ == "NOUN" and not o.like_num and o.lemma_.lower() not in FIGURE_NOUNS | {
        "number", "toll", "death", "figure", "count", "estimate", "forecast", "outlook", "projection", "tally"}
        and not any(c.dep_ == "nummod" for c in o.children) for o in objects)


#: Round 23: things a vote or a party turns down that are no figures ("members had rejected a 25% raise",
#: "rejected a $40 million pay package"): with one as object a rejecting verb is an act, not a denial.
REJECTED_THINGS = frozenset({"raise", "rise", "increase", "contract", "package", "settlement", "bill", "budget",
                             "motion", "pay", "wage", "tender", "merger", "takeover"})


def _rejects_thing(verb: Token) -> bool:
    """Round 23: "Staff had rejected a 12% raise in March, by 71%": a rejecting verb
    (:data:`REJECTING_VERBS`) whose object is a thing put to a vote (:data:`REJECTED_THINGS`) turns it
    down; its subject says none of the clause's figures (as :func:`.modality.rejects_proposal` reads
    "unions reject 4% offer"). "rejected the figure of 300", "denied 300 deaths" still deny."""
    return verb.lemma_.lower() in REJECTING_VERBS and any(
        c.dep_ == "dobj" and c.pos_ == "NOUN" and c.lemma_.lower() in REJECTED_THINGS for c in verb.children)


def _raises_money(verb: Token) -> bool:
    """Round 23: "Acme raised about $3 billion in a share sale": "raised" whose object is a sum of money
    itself, with no "to"/"from"/"at" phrase, raises funds (an act, the outlet's report); "raised its
    count to 40", "raised the toll from 12 to 40" still report."""
    if verb.lemma_.lower() != "raise" or verb.pos_ != "VERB":
        return False
    if any(c.dep_ == "prep" and c.lower_ in ("to", "from", "at") for c in verb.children):
        return False
    return any(c.dep_ == "dobj" and c.ent_type_ == "MONEY" and any(t.tag_ == "$" or t.ent_type_ == "MONEY" and
                                                                     t.lower_ in CURRENCY_WORDS for t in c.subtree)
               for c in verb.children)


CURRENCY_WORDS = frozenset({"dollars", "euros", "pounds", "yen", "yuan", "rupees", "francs", "shillings"})


def _across_semicolon(verb: Token, anchor: Token) -> bool:
    """Round 9: "Gunmen kill at least 12 at a beach festival; police declare terror attack": a
    saying verb on the other side of a semicolon that takes its own object says that object, not
    the other clause's figure (a bare ", police say;" closing the clause is :func:`_closing_say`)."""
    low, high = sorted((verb.i, anchor.i))
    if not any(t.text == ";" for t in verb.doc[low:high]):
        return False
    return any(c.dep_ in ("dobj", "attr") and not (c.left_edge.i <= anchor.i <= c.right_edge.i) for c in verb.children)


def _own_clause_across_semicolon(outer: Token, inner: Token) -> bool:
    """Round 17: "Ohio says the spill killed 43,000 fish; NTSB counts 38 derailed cars": a giving verb
    with a subject of its own after a semicolon is its own clause, not what the verb before the
    semicolon says, however the parser hung it."""
    low, high = sorted((outer.i, inner.i))
    return any(t.text == ";" for t in outer.doc[low:high]) and \
        any(c.dep_ == "nsubj" and c.pos_ in ("PROPN", "NOUN") for c in inner.children)


def _after_verb_appositions(chain: list[Token]) -> set[int]:
    """Round 8: "Management had warned of a shortfall of 500,000 cars, the output of roughly two
    plants": an apposition the parser hung on the subject but set after its verb describes what
    is said, not the subject; the subject stays the speaker of the figure inside it."""
    return {t.head.i for t in chain if t.dep_ == "appos" and t.head.dep_ == "nsubj" and t.head.i < t.head.head.i < t.i}


#: Heads that cannot say anything: "the toll reported so far" is a participle, not a speaker.
NO_SPEAKERS = frozenset({"toll", "total", "number", "death", "hundred", "thousand", "dozen", "million"})
#: Round 17: instruments that measure, not speak ("a trackside detector warned the crew that ...",
#: "two earlier detectors had read it at 38"): the figure goes to the next saying verb up, or to the
#: body that reports their findings ("..., the board said"; "it added": the sources' rules).
INSTRUMENTS = frozenset({"detector", "sensor", "gauge", "meter", "thermometer", "camera", "radar",
                         "seismograph", "seismometer", "instrument", "scanner", "alarm"})


def _believer(verb: Token, speaker: Token) -> Token | None:
    """"A medic said they believed some 600 died": a pronoun subject of a verb that is itself the
    content of a saying verb with a named subject is that speaker."""
    if speaker.lower_ not in ("they", "he", "she", "it") or verb.dep_ != "ccomp" or \
            verb.head.lemma_.lower() not in SAY_VERBS:
        return None
    outer = next((c for c in verb.head.children if c.dep_ in ("nsubj",) and c.i < verb.i), None)
    return outer if outer is not None and outer.pos_ in ("NOUN", "PROPN") else None


def _gapped(anchor: Token, verb: Token, speaker: Token) -> Token | None:
    """"Cao Bang has reported 29 deaths, and Yen Bai 37", "the ministry counted 300 and the police
    250": in a coordinated clause whose verb is left out, the name just before the figure (after
    "and" or a comma, the same kind of name as the verb's subject) is that clause's speaker; a
    figure conjoined to such a figure ("and Yen Bai 37 deaths and three missing") shares it."""
    noun = anchor.head if anchor.dep_ == "nummod" else anchor
    while noun.dep_ == "conj" and noun.head.i > verb.i:
        head = noun.head
        number = next((c for c in head.children if c.dep_ == "nummod"), head if head.like_num else None)
        if number is None:
            break
        found = _gapped_name(number, verb, speaker)
        if found is not None:
            return found
        noun = head
    return _gapped_name(anchor, verb, speaker)


def _gapped_name(anchor: Token, verb: Token, speaker: Token) -> Token | None:
    doc = anchor.doc
    end = anchor.left_edge.i - 1
    if end <= verb.i or speaker.i > verb.i or doc[end].pos_ not in ("PROPN", "NOUN"):
        return None
    if any(t.text == ":" for t in doc[verb.i:anchor.i]):
        return None  # round 23: "gave the deaths as: A 95, B 39": the list's items are places, not reporters
    start = end
    while start - 1 > verb.i and doc[start - 1].pos_ == doc[end].pos_ and doc[start - 1].is_title == doc[end].is_title:
        start -= 1
    if doc[start - 1].lower_ == "the" and (doc[end].pos_ == "NOUN" or doc[end].is_title):
        start -= 1  # round 17: "and the Medical Association 23"
    if doc[start - 1].lower_ not in ("and", ",") or doc[end].is_title != speaker.is_title or \
            doc[end].pos_ != speaker.pos_ or doc[end].ent_type_ in ("DATE", "TIME", "CARDINAL"):
        return None
    return doc[end]


def _relative(verb: Token) -> bool:
    """"the licences of 16 agencies that it says sent pilgrims": a saying verb inside a relative
    clause (a relative pronoun just before it) that the parser hung on the main verb says only
    about the noun the clause describes, not the sentence's figures."""
    start = verb.left_edge.i
    return verb.doc[start].lower_ in RELATIVE and start < verb.i or start > 0 and verb.doc[start - 1].lower_ in RELATIVE


def _conjoined_to(verb: Token, chain: list[Token]) -> bool:
    """Is the figure's clause only conjoined to the saying verb ("..., initial figures showed, and
    were still searching for 65 villagers, a broadcaster said": the parser hangs the second clause
    on "showed")? A conjoined clause that says nothing itself is no content of that verb when a
    saying verb above both governs the sentence ("..., X said, and 90,000 were stranded" keeps X)."""
    if verb not in chain or verb.lemma_.lower() not in SAY_VERBS:
        return False
    at = chain.index(verb)
    if not any(t.lemma_.lower() in SAY_VERBS for t in chain[at + 1:]):
        return False
    below = chain[at - 1] if at > 0 else None
    return below is not None and below.dep_ == "conj" and below.pos_ in ("VERB", "AUX") and \
        below.lemma_.lower() not in SAY_VERBS


def _set_off(verb: Token) -> bool:
    """A parenthetical saying verb: commas (or the sentence's edge) on both sides of its clause."""
    doc, left, right = verb.doc, verb.left_edge.i, verb.right_edge.i
    before = doc[left].text == "," or left == verb.sent.start or doc[left - 1].text == ","
    after = doc[right].text == "," or right + 1 < len(doc) and doc[right + 1].text == ","
    return verb.lemma_.lower() in SAY_VERBS and before and after


#: Verbs of reporting a count that, as the content of an outer saying verb, yield to it: "Indonesia
#: has reported 165 deaths, India 98, official statements show" is the statements' list; round 10:
#: "The state government announced a package of A$4.5 million, the treasurer said" is the treasurer's.
RELAYED = frozenset({"report", "announce"})


def _ordered(candidates: list[Token], chain: list[Token]) -> list[Token]:
    """Saying verbs nearest the figure first; a weak one ("raised its count to ...") or a reporting
    one (:data:`RELAYED`) yields to a saying verb whose reported content it is ("X raised its count
    to 48,200, the NRI said")."""
    says = [v for v in candidates if v.lemma_.lower() in SAY_VERBS or _says_with_clause(v) or _gives_figure(v) or
            _asks(v, chain) or forecasts(v, chain) or _says_by_noun(v, chain) or _forecast_gives(v) or _headline_change(v)
            or sees_figure(v, chain) or _speaks_of(v, chain)]
    if says and (says[0].lemma_.lower() in WEAK_SAY_VERBS | RELAYED or _gives_figure(says[0]) or _asks(says[0], chain)
                 or forecasts(says[0], chain) or _says_by_noun(says[0], chain) or sees_figure(says[0], chain)
                 or _speaks_of(says[0], chain)):
        outer = [v for v in says[1:] if v.lemma_.lower() not in WEAK_SAY_VERBS and _reports(v, says[0])
                 and not _own_clause_across_semicolon(v, says[0])]
        if outer:
            return [*outer, *says]
    return says


#: Verbs of record: with a place as subject in the simple past they say where things happened.
RECORD_VERBS = frozenset({"record", "register"})


def _place_of_record(verb: Token, speaker: Token) -> bool:
    """Round 7: "The US recorded 285 cases in all of 2024", "Ohio alone registered 400": a place
    (not its authorities) that "recorded" a count in the simple past states a record, the outlet's;
    "Ohio has recorded 90 cases" / "Ohio reported 20" are the place's own report (a tally still
    being kept, or a verb of reporting)."""
    return verb.lemma_.lower() in RECORD_VERBS and verb.tag_ == "VBD" and speaker.ent_type_ in ("GPE", "LOC") \
        and not any(c.dep_ == "aux" for c in verb.children)


def _describes_speaker(verb: Token, chain: list[Token]) -> bool:
    """Round 7: a figure in a relative clause on the saying verb's own subject ("The province,
    which holds a 20% stake, said ...") describes the speaker; one in a relative clause under a
    weak saying verb, on a noun other than the counted object ("X declares an end to the outbreak that
    infected 762"), describes what is declared: neither is what the speaker says (a relative clause
    on the counted object itself, "counted 900 cases, of which 40 ...", even hung on a date, is the
    count's)."""
    if _put_at(verb, chain):
        return False
    return any(t.dep_ == "relcl" and t.head.dep_ in ("nsubj", "nsubjpass") and t.head.head.i == verb.i
               for t in chain) or verb.lemma_.lower() in WEAK_SAY_VERBS and any(
        t.dep_ == "relcl" and t.head.dep_ not in ("dobj", "conj", "appos") and t.head.ent_type_ not in ("DATE", "TIME")
        and t.i > verb.i and verb in t.ancestors
        for t in chain)


#: Round 9: verbs that give a figure noun its value in an "at" phrase: "put the number at N".
PUT_AT_VERBS = frozenset({"put", "place", "peg"})


def _put_at(verb: Token, chain: list[Token]) -> bool:
    """Round 9: "X put the number of civilians who died in the city at more than 14,000": the "at"
    phrase the parser hung on the relative clause of the figure noun is the verb's own (the verb
    has a figure noun as object and no "at" phrase of its own), so the figure is what X gives."""
    if verb.lemma_.lower() not in PUT_AT_VERBS or any(c.dep_ == "prep" and c.lower_ == "at" for c in verb.children):
        return False
    at = next((t for t in chain if t.dep_ == "prep" and t.lower_ == "at"), None)
    return at is not None and any(c.dep_ == "relcl" for c in at.ancestors) and any(
        c.dep_ == "dobj" and c.lemma_.lower() in FIGURE_NOUNS | {"number", "toll"} and c in at.ancestors
        for c in verb.children)


def _noun_as_verb(token: Token) -> bool:
    """"British defence intelligence estimates that ...": a saying verb tagged as a plural noun,
    recognisable by the "that" clause it governs."""
    return token.tag_ == "NNS" and token.dep_ == "ROOT" and token.lemma_.lower() in SAY_VERBS and \
        (any(c.dep_ == "ccomp" for c in token.children) or _closing_noun_verb(token))


def _closing_noun_verb(token: Token) -> bool:
    """Round 16: a headline "Deal may cost X about $590 million, professor estimates" parsed with the
    clause as an adverbial on "estimates" read as a noun: a clause before it, then a comma right
    before the speaker's words."""
    lefts = [c for c in token.children if c.dep_ == "compound"]
    start = min([c.left_edge.i for c in lefts], default=token.i)
    return start > 0 and token.doc[start - 1].text == "," and \
        any(c.dep_ == "advcl" and c.pos_ in ("VERB", "AUX") and c.i < start for c in token.children)


def _misread_subject(verb: Token) -> Token | None:
    """Round 15: "ALPHV claimed on its site that ...": a saying verb with no subject whose name right
    before it the parser hung as an adverb or a loose dependent is its subject, when that name is
    an organisation's or a person's (or an acronym) and nothing but a determiner precedes it in its clause."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in SAY_VERBS or verb.tag_ == "VBG" or \
            any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children):
        return None
    before = verb.doc[verb.i - 1] if verb.i > verb.sent.start else None
    if before is None or before.head.i != verb.i or before.dep_ not in ("advmod", "npadvmod", "dep", "intj") or \
            before.pos_ != "PROPN" or not (before.ent_type_ in ("ORG", "PERSON") or before.is_upper and len(before) > 1):
        return None
    return before


#: Round 15: past forms of saying verbs that are also nouns, which the tagger may read as a compound
#: ("Meta forecast revenue of $40 billion" parsed as the noun phrase "Meta forecast revenue").
NOUN_LIKE_SAYING = frozenset({"forecast", "estimated", "reported", "projected", "predicted", "put", "report",
                              "estimate", "project"})


def _compound_verb(root: Token) -> Token | None:
    """Round 15: a sentence with no verb whose root noun has, as a compound, a saying verb's form
    (:data:`NOUN_LIKE_SAYING`) right after a proper name also hung on the root ("For the quarter, Meta
    forecast revenue of $40 billion"): that word is the verb and the name its speaker; a headline's
    noun phrase ("the Meta forecast", "Meta's forecast revenue") has a determiner or a possessive."""
    if root.pos_ != "NOUN" or root.dep_ != "ROOT" or any(t.pos_ in ("VERB", "AUX") for t in root.sent):
        return None
    for word in root.lefts:
        if word.dep_ == "compound" and word.lower_ in NOUN_LIKE_SAYING and word.i > root.sent.start and \
                word.i == root.i - 1:
            name = word.doc[word.i - 1]
            if name.pos_ == "PROPN" and name.head.i in (root.i, word.i) and name.dep_ == "compound" and \
                    not any(c.dep_ in ("det", "poss") for c in root.children) and \
                    not any(c.dep_ in ("det", "poss", "case") for c in name.children):
                return word
    return None


def _gives_figure(verb: Token) -> bool:
    """"gave the same figure of about 600", "cites an estimate of 4,000": a verb of giving figures
    whose object is a figure noun; round 8: also a verb that changes the subject's own figure noun
    to a new value ("has cut its count of the dead to 3,958", "revised their estimate to 40":
    :data:`CHANGE_VERBS`), as :func:`_owned_figure` reads "stood by its estimate of 12,000"; "cuts
    toll to 275" (whose toll is not said) and "correcting an earlier count of 79" (no new value)
    give nothing."""
    if verb.pos_ != "VERB":
        return False
    lemma = verb.lemma_.lower()
    return lemma in GIVING_VERBS and any(c.dep_ == "dobj" and c.lemma_.lower() in GIVEN_NOUNS for c in verb.children) \
        or lemma in GIVING_VERBS and _given_as_list(verb) \
        or lemma in CHANGE_VERBS and any(c.dep_ == "dobj" and c.lemma_.lower() in FIGURE_NOUNS and _own(c)
                                         for c in verb.children) \
        and any(c.dep_ == "prep" and c.lower_ in ("to", "at") for c in verb.children)


def _given_as_list(verb: Token) -> bool:
    """Round 23: "X, citing Y, gave the deaths by state as: A 95, B 39 ...": a giving verb whose "as"
    is followed by a colon gives the list after it, whatever its object ("the deaths", "the figures")."""
    heads = [verb, *(c for c in verb.children if c.dep_ == "dobj")]  # "as" hung on the verb or its object
    return any(c.dep_ == "prep" and c.lower_ == "as" and c.i + 1 < len(verb.doc) and verb.doc[c.i + 1].text == ":"
               for h in heads for c in h.children)


def _own(noun: Token) -> bool:
    """"its count", "their estimate": a figure noun its clause's subject owns (a possessive pronoun)."""
    return any(c.dep_ == "poss" and c.pos_ == "PRON" for c in noun.children)


#: Round 8: verbs that change a figure noun they take as object: "has cut its count of the dead to
#: 3,958", "amended the toll to 3,958", "pegged the toll at 3,958" (its subject's figure).
CHANGE_VERBS = frozenset({"cut", "amend", "reduce", "increase", "update", "adjust", "correct", "trim", "peg",
                          "revise", "lower", "raise"})
#: Round 8: nouns that name a figure as such (what a change verb changes).
FIGURE_NOUNS = EVIDENCE_NOUNS | {"toll", "total", "forecast", "projection", "tally"}
#: Round 13: figure nouns a verb of giving figures gives ("gave a toll of 24 dead", "gave a range of 20 to 30").
GIVEN_NOUNS = EVIDENCE_NOUNS | {"toll", "total", "range", "breakdown",  # round 14: "gave X a breakdown"
                                "reading", "measurement",  # round 19: "gave a reading of 7"
                                "rate", "share", "percentage"}  # round 22: "gave a lower rate of 22.7%"
#: Round 8: verbs of asking for a figure ("sought a term of 40 years", "the union had wanted a 7%
#: rise", "argued for 63 months", "recommended 100 years"): the asker's, when the figure sits in
#: the verb's object or its "for" phrase (not "sought shelter in 12 schools").
REQUEST_VERBS = frozenset({"seek", "want", "recommend", "argue", "urge", "propose", "request", "demand", "ask",
                           "appeal", "plead",  # round 13: "has appealed for $275 million"
                           "sue"})  # round 16: "X is suing it for $2.7 billion" (only with "for")
#: Round 8: nouns of asking, as a verb's object: "launched an appeal for $71 million".
REQUEST_NOUNS = frozenset({"appeal", "request", "call", "bid", "plea", "demand"})
#: Round 8: verbs that direct someone to do something with a figure: "ordered him to forfeit $11
#: billion" is the one who orders (not "ordered 3,000 people to leave": the people are acted on).
ORDER_VERBS = frozenset({"order", "direct", "instruct", "require"})


def _asks(verb: Token, chain: list[Token]) -> bool:
    """Round 8: does ``verb`` ask for, order or cite the figure whose clause path is ``chain``?

    - a verb of asking (:data:`REQUEST_VERBS`) with the figure in its object or "for" phrase
      ("Prosecutors had sought a term of 40 to 50 years", "The defence argued for 63 months"),
      or with a noun of asking as object ("launched an appeal for $71.4 million");
    - a verb of ordering (:data:`ORDER_VERBS`) whose to-infinitive holds the figure as object
      ("The judge ordered him to forfeit $11 billion");
    - "citing" with the figure in its object ("..., citing $11 billion fraud"): a figure given as
      a reason is the citer's own (its subject's), not a source it relays.
    """
    if verb not in chain or chain.index(verb) == 0 or verb.pos_ != "VERB" or verb.dep_ == "relcl":
        return False  # "the appeal, which seeks $352 million, ...": a relative clause on a thing
    lemma = verb.lemma_.lower()
    below = chain[chain.index(verb) - 1]
    if lemma in REQUEST_VERBS:
        if below.dep_ == "prep" and below.lower_ == "for" or below.dep_ == "dobj" and lemma not in ("argue", "sue"):
            return True
    if below.dep_ == "dobj" and below.lemma_.lower() in REQUEST_NOUNS and chain.index(below) > 0:
        under = chain[chain.index(below) - 1]
        return under.dep_ == "prep" and under.lower_ == "for"
    if lemma in ORDER_VERBS and below.dep_ in ("xcomp", "ccomp") and chain.index(below) > 0 and \
            any(c.dep_ == "nsubj" for c in verb.children):  # "X sentenced, ordered to forfeit N": nobody orders
        return chain[chain.index(below) - 1].dep_ in ("dobj", "prep", "attr")
    return lemma in CITE_VERBS and below.dep_ == "dobj" and verb.tag_ == "VBG"


#: Round 9: nouns of saying whose "that" clause is what is said: "repeated its accusation that the
#: RSF killed 2,000", "made the claim that 300 died", "rejected the assertion that ...".
SAYING_NOUNS = frozenset({"accusation", "allegation", "claim", "assertion", "charge", "warning"})


def _says_by_noun(verb: Token, chain: list[Token]) -> bool:
    """Round 9: a verb whose object is a noun of saying (:data:`SAYING_NOUNS`) with the figure in
    that noun's clause says the figure: "A spokesman repeated its accusation that the RSF killed
    more than 2,000" is the spokesman's (a figure in the noun's own "of" phrase, "the charge of 40
    counts", is not in a clause and is left alone)."""
    if verb not in chain or chain.index(verb) < 2 or verb.pos_ != "VERB":
        return False
    noun, clause = chain[chain.index(verb) - 1], chain[chain.index(verb) - 2]
    return noun.dep_ == "dobj" and noun.lemma_.lower() in SAYING_NOUNS and clause.dep_ in ("acl", "ccomp", "relcl") \
        and clause.pos_ in ("VERB", "AUX") and any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)


def _reports(verb: Token, inner: Token) -> bool:
    """Is ``inner``'s clause the content (ccomp) of ``verb``, or ``verb`` a parenthetical after it?
    A conjoined clause counts as its first conjunct ("has released ... and promised ..., X said")."""
    if inner.dep_ == "conj" and inner.head.i != inner.i:
        return _reports(verb, inner.head)
    return (inner.head.i == verb.i and inner.dep_ == "ccomp") or \
        (verb.head.i == inner.i and verb.dep_ in ("parataxis", "ccomp"))


def speaker_of(verb: Token, exclude: set[int] = frozenset()) -> Token | None:
    """Who does the saying: the verb's subject (not the figure's own noun phrase), a relative
    pronoun's antecedent ("Homes for All, which says ..."), a shared subject of conjoined verbs,
    the noun just before it (", the director, Mark Ellison, said"), or for a participle ("...,
    adding that ...") the speaker of the saying verb beside it."""
    passive = any(c.dep_ == "auxpass" for c in verb.children) or _put_without_object(verb)  # "X is said to ..."
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i not in exclude and not passive]
    speaker = subjects[-1] if subjects else None
    rejecter = _by_whom(verb) if passive and verb.lemma_.lower() in REJECTING_VERBS else None
    if rejecter is not None and rejecter.pos_ in ("NOUN", "PROPN") and not rejecter.like_num and \
            not any(c.dep_ == "nummod" or c.like_num for c in rejecter.children) and rejecter.ent_type_ not in (
                "PERCENT", "CARDINAL", "MONEY", "QUANTITY") and not any(
                c.dep_ == "nsubjpass" and c.lemma_.lower() in REJECTED_THINGS | PLAN_NOUNS for c in verb.children):
        return rejecter  # round 23: "A figure of 4,000 wounded ... was rejected by the ministry"
    listed = [c for c in verb.children if c.dep_ == "nsubj" and not passive]
    tail = _list_tail(verb, listed[-1]) if listed else None
    speaker = tail if tail is not None and tail.i not in exclude else speaker
    if speaker is not None and speaker.lower_ in RELATIVE and verb.dep_ == "relcl" and not speaker.is_upper:
        speaker = verb.head
    if speaker is not None and _where_aside(verb, speaker):
        speaker = verb.head
    if speaker is None and verb.tag_ == "VBG":
        speaker = _beside(verb, exclude) or _gerund_subject(verb) or _clause_subject(verb)
    if speaker is None:  # "X, citing Y, said ...", parsed with X as the participle's subject
        speaker = next((s for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VBG" and c.i < verb.i
                        for s in c.children if s.dep_ == "nsubj" and s.pos_ in ("PROPN", "NOUN")), None)
    if speaker is None:  # round 9: "Economists polled before the release had forecast 3.7%"
        speaker = _reduced_relative_subject(verb, exclude)
    if speaker is None and _compound_verb(verb.head) == verb:  # round 15: "Meta forecast revenue of N"
        speaker = verb.doc[verb.i - 1]
    if speaker is None:  # round 15: "ALPHV claimed ..." with the name read as an adverb
        speaker = _misread_subject(verb)
    if speaker is None and (_noun_as_verb(verb) or verb.pos_ == "NOUN" and _headline_change(verb)):
        speaker = next((c for c in reversed(list(verb.lefts)) if c.dep_ == "compound"), None)
    if speaker is None:  # round 13: "A later poll for X put the Greens at 18%"
        speaker = _forecast_head(verb)
    if speaker is None:
        speaker = _first_clause_subject(verb)  # round 17: "X drops bill after protests, says six died"
    if speaker is None:  # round 18: "..., set the building alight, Russia's Investigative Committee said"
        speaker = _closing_appos(verb)
    if speaker is None:
        speaker = _just_before(verb)
    if speaker is None:  # round 20: "At X Hospital, a doctor who asked not to be named said ..."
        speaker = _described_before_verb(verb)
    if speaker is not None and speaker.left_edge.i > 0 and verb.doc[speaker.left_edge.i - 1].dep_ == "prep" and \
            verb.doc[speaker.left_edge.i - 1].head.i == verb.i:  # round 20: the place read as the subject
        speaker = next((c for c in speaker.children if c.dep_ == "appos" and c.pos_ == "NOUN" and
                        c.right_edge.i == verb.i - 1 and any(r.dep_ == "relcl" for r in c.children)), None) or \
            _named_title_in_place(verb, speaker) or speaker
    if speaker is None and verb.dep_ == "conj" and not verb.doc[verb.i - 1].is_punct and not passive:
        speaker = own_subject(verb)  # round 23: "X approved N and were expected to vote on M": no expecter
        if speaker is not None and _figure_subject(speaker):
            speaker = _reporter_above(verb, exclude)  # round 26: "X said that 2,500 were soldiers, and rejected ..."
    if speaker is not None and speaker.pos_ == "VERB" and speaker.dep_ == "nsubj":
        # round 14: "Army hands 131 pupils to governor, says 137 were held": a headline's first verb
        # read as the second's subject; its own subject speaks
        # round 28: a capitalised name read as a verb ("Axis" of "Axis Data, polling for ..., gave") stays
        speaker = next((c for c in speaker.children if c.dep_ == "nsubj" and c.pos_ in ("PROPN", "NOUN")), None) or \
            (speaker if speaker.is_title and _polling_subject(speaker) else None)
    if speaker is not None and speaker.lower_ in ("he", "she"):
        speaker = _outer_speaker(verb, speaker) or _last_person(speaker) or speaker  # round 20, then coref.py
    if speaker is not None and _headline_title_verb(speaker):  # round 28: "Judge fines X $9,000 and warns ..."
        return None
    if speaker is None or speaker.lower_ in ("this", "that", "which", "who", "we", "i", "you") and not \
            (speaker.is_upper and len(speaker.text) > 1):  # "the WHO warned": an acronym
        return None
    return speaker  # "it"/"they" are resolved against earlier sources (sources.py)


def _headline_title_verb(token: Token) -> bool:
    """Round 28: "Judge fines X $9,000 and warns of jail" (a headline opening on a bare title): the verb
    ("fines") read as a plural noun the title compounds is no speaker: a lowercase plural whose only
    word before it is a capitalised title of office (:data:`.coref.PERSON_TITLES`) opening the line."""
    doc = token.doc
    sentence = token.sent
    return token.tag_ == "NNS" and token.is_lower and token.i == sentence.start + 1 and \
        doc[sentence.start].is_title and doc[sentence.start].lower_ in coref.PERSON_TITLES and \
        "\n" not in sentence.text.strip() and not sentence.text.rstrip().endswith((".", "!", "?", '"', "\u201d", ":"))


def _figure_subject(token: Token) -> bool:
    """Round 26: a subject that is a figure ("more than 2,500 of the dead"), which says nothing."""
    return token.like_num or token.ent_type_ in ("CARDINAL", "PERCENT", "MONEY", "QUANTITY") and token.pos_ == "NUM"


def _reporter_above(verb: Token, exclude: set[int]) -> Token | None:
    """Round 26: a verb the parser conjoined to the clause a saying verb reports, sharing that clause's
    figure for subject ("The alliance said that more than 2,500 of the dead were soldiers, and rejected
    the UN's figure of almost 3,000": no figure rejects) is the saying verb's conjunct: its speaker's."""
    head = verb.head
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    if head.dep_ != "ccomp" or head.head.lemma_.lower() not in SAY_VERBS:
        return None
    speaker = speaker_of(head.head, exclude)
    return None if speaker is None or _figure_subject(speaker) else speaker


#: Round 13: verbs by which a forecast gives a figure ("projections gave X 80 seats").
FORECAST_GIVING = frozenset({"give", "put", "show"})


def _forecast_gives(verb: Token) -> bool:
    """Round 13: "Early seat projections gave the Liberals between 80 and 95 seats": a giving verb
    (:data:`FORECAST_GIVING`) whose subject is a forecast noun says the figure."""
    return verb.pos_ == "VERB" and verb.lemma_.lower() in FORECAST_GIVING and any(
        c.dep_ == "nsubj" and (c.lemma_.lower() in FORECAST_NOUNS or _polling_subject(c)) for c in verb.children)


#: Round 28: participles that say a subject is a polling firm ("X, polling for the Y channel,").
POLLING = frozenset({"polling", "surveying"})


def _polling_subject(subject: Token) -> bool:
    """Round 28: a capitalised subject written with "polling"/"surveying" (or a forecast noun) among its
    words before the verb: "Axis Data, polling for a TV channel, gave ..."."""
    return subject.text[:1].isupper() and any(
        t.lower_ in POLLING or t.lemma_.lower() in FORECAST_NOUNS and t.pos_ == "NOUN"
        for t in subject.subtree if subject.i < t.i < subject.head.i)


def _headline_change(verb: Token) -> bool:
    """Round 13: "UN lowers flood toll to 980" (a headline: one line with no closing punctuation):
    a change verb (:data:`CHANGE_VERBS`) with a figure noun as object and a "to"/"at" phrase is
    its subject's report; also "lowers" tagged a plural noun, its subject then a compound before it."""
    sentence = verb.sent
    lemma = verb.lemma_.lower() if verb.pos_ == "VERB" else verb.lower_.removesuffix("s")
    if not (verb.pos_ == "VERB" or verb.tag_ == "NNS" and verb.dep_ == "ROOT") or lemma not in CHANGE_VERBS or \
            "\n" in sentence.text.strip() or \
            sentence.text.rstrip().endswith((".", "!", "?", '"', "\u201d", ":")):
        return False
    return any(c.dep_ == "dobj" and c.lemma_.lower() in FIGURE_NOUNS | {"number"} for c in verb.children) and \
        any(c.dep_ == "prep" and c.lower_ in ("to", "at") for c in verb.children)


def _forecast_head(verb: Token) -> Token | None:
    """Round 13: "A later poll for the broadcaster X put the Greens at 18%" parsed with the poll as
    the root and "put" a clause hung on it: a giving verb with no subject, after the forecast noun it
    hangs on, has that noun as its speaker."""
    head = verb.head
    if verb.lemma_.lower() not in FORECAST_GIVING or verb.dep_ not in ("advcl", "acl", "relcl") or \
            head.i > verb.i or head.lemma_.lower() not in FORECAST_NOUNS or \
            any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    return head


def _put_without_object(verb: Token) -> bool:
    """Round 11: "Rebuild cost now put at $2 billion" (a headline dropping "is"): "put"/"placed"
    with an "at" phrase and no object is a passive; its subject is the thing measured, no speaker."""
    return verb.lemma_.lower() in ("put", "place") and not any(c.dep_ in ("dobj", "ccomp") for c in verb.children) \
        and any(c.dep_ == "prep" and c.lower_ == "at" for c in verb.children) and verb.tag_ in ("VBN", "VBD")


def _reduced_relative_subject(verb: Token, exclude: set[int]) -> Token | None:
    """Round 9: "Economists polled ahead of the release had forecast a rate of 3.7%", "Analysts
    surveyed by the agency had expected 0.2%": the parser reads the participle that describes the
    subject as the main verb and the finite verb (its auxiliary written, its subject missing) as
    that participle's clause; the subject is the one right before the participle."""
    head = verb.head
    if verb.dep_ != "ccomp" or head.i > verb.i or head.tag_ not in ("VBD", "VBN") or \
            not any(c.dep_ == "aux" and c.i < verb.i for c in verb.children):
        return None
    subject = next((c for c in head.children if c.dep_ == "nsubj" and c.i < head.i), None)
    if subject is None or subject.i in exclude or subject.i != head.i - 1 or subject.pos_ not in ("NOUN", "PROPN") or \
            any(c.dep_ in ("dobj", "ccomp") and c.i != verb.i for c in head.children):
        return None
    return subject


def _where_aside(verb: Token, subject: Token) -> bool:
    """Round 7: "Ohio, where a child who had the virus died, has recorded 90 cases" parsed as one
    "where" clause with the child as subject: a subject set off by a comma right before the verb
    (and its auxiliaries) belongs to the aside; the place the aside hangs on is the speaker."""
    if verb.dep_ != "relcl" or not any(c.dep_ == "advmod" and c.lower_ == "where" for c in verb.children):
        return False
    first = min([verb.i, *(c.i for c in verb.children if c.dep_ in ("aux", "neg") and c.i < verb.i)])
    return subject.i < first and verb.doc[first - 1].text == ","


def _list_tail(verb: Token, subject: Token) -> Token | None:
    """Round 6: "Among the staff were 40 nurses, 12 cooks and one porter, the hospital trust said"
    parsed with the list as the verb's subject and the trust as one more item: a proper name
    (an organisation or a person) that ends the subject right before the verb, set off by a comma
    from a list of counted nouns, is the speaker. Round 14: also when a relative clause or an
    apposition set off by commas follows the name ("..., and 11 had minor ones, Tarek Osman, who heads
    the office, said")."""
    tail = verb.doc[verb.i - 1]
    if tail.text == "," and tail.i > 0:  # round 14: "..., Tarek Osman, who heads the office, said"
        for node in [verb.doc[tail.i - 1], *verb.doc[tail.i - 1].ancestors]:
            if node.i >= verb.i or node.i <= subject.i:
                break
            if node.dep_ in ("relcl", "appos"):
                tail = node.head
                break
    counted = any(c.dep_ == "nummod" for c in subject.children) or \
        tail.i != verb.i - 1 and any(t.like_num for t in verb.doc[subject.sent.start:subject.i])
    if tail.pos_ != "PROPN" or tail.ent_type_ not in ("ORG", "PERSON") or tail.dep_ != "conj" or \
            tail.head.i == verb.i or subject.pos_ != "NOUN" or not counted:
        return None
    if verb.doc[tail.left_edge.i - 1].text != "," or tail not in list(subject.subtree):
        return None
    return tail


def _first_clause_subject(verb: Token) -> Token | None:
    """Round 17: a headline "X drops bill after deadly protests, says six died", parsed with the first
    clause as the content of a subjectless "says" after a comma: the two verbs share the first
    clause's subject (a name or a noun, no pronoun), not the noun just before the comma."""
    sentence = verb.sent.text.strip()
    if verb.lemma_.lower() not in SAY_VERBS or verb.i == 0 or verb.doc[verb.i - 1].text != "," or \
            "\n" in sentence or sentence.endswith((".", "!", "?", '"', "\u201d", ":")):
        return None  # a headline only: a sentence's ", its manager, X, said" keeps its speaker
    first = next((c for c in verb.children if c.dep_ in ("ccomp", "conj") and c.i < verb.i and c.pos_ == "VERB"), None)
    if first is None:
        return None
    return next((c for c in first.children if c.dep_ == "nsubj" and c.pos_ in ("PROPN", "NOUN")), None)


def _closing_appos(verb: Token) -> Token | None:
    """Round 18: "At least 115 died when gunmen ... set the building alight, Russia's Investigative
    Committee said": a closing saying verb with no subject whose noun phrase right before it, set
    off by a comma, the parser hung as an apposition of the word before the comma is its subject."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in SAY_VERBS or verb.tag_ == "VBG" or verb.i == 0 or \
            any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children):
        return None
    before = verb.doc[verb.i - 1]
    if before.dep_ != "appos" or before.pos_ not in ("NOUN", "PROPN") or before.head.i >= before.i:
        return None
    start = before.left_edge.i
    if start == 0 or verb.doc[start - 1].text != "," or before.head.i >= start:
        return None
    return before


def _just_before(verb: Token) -> Token | None:
    prev = verb.i - 1
    while prev >= 0 and verb.doc[prev].is_punct:
        prev -= 1
    if prev < 0 or prev == verb.i - 1:
        return None
    token = verb.doc[prev]
    if any(c.dep_ == "det" and c.lower_ in ("any", "no", "every", "each") for c in token.children):
        return None  # round 21: "X, whose 72 seats make theirs the largest of any party, said ...": no speaker
    return _appositive_head(token) if token.pos_ in ("NOUN", "PROPN") else None


def _described_before_verb(verb: Token) -> Token | None:
    """Round 20: "At the city's main hospital, a nurse who asked not to be named said ...", parsed with
    the nurse hung as an apposition of the place before it and the saying verb left without a subject:
    a common noun with a relative clause that ends right before a subjectless saying verb, and is no
    part of the sentence's opening phrase's own words, is the speaker."""
    if verb.lemma_.lower() not in SAY_VERBS or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    for token in reversed(verb.doc[verb.sent.start:verb.i]):
        if token.right_edge.i == verb.i - 1 and token.pos_ == "NOUN" and token.dep_ == "appos" and \
                any(c.dep_ == "relcl" for c in token.children) and token.head.i < token.i:
            return token
    return None


def _named_title_in_place(verb: Token, place: Token) -> Token | None:
    """Round 25: "In X County, which includes Y, the sheriff, Wade Ellison, said ...", parsed with the
    opening place as the subject and the title hung somewhere inside the place's phrase: a lowercase
    title with a person's name in apposition whose phrase ends right before the saying verb (or its
    comma) is the speaker, as round 20's "a nurse who asked not to be named" is. A title without a
    name there ("In X, the sheriff's office said") is left to the parse."""
    doc = verb.doc
    ends = {verb.i - 1} | ({verb.i - 2} if verb.i >= 2 and doc[verb.i - 1].text == "," else set())
    for token in place.subtree:
        if token.i == place.i or token.pos_ != "NOUN" or not token.is_lower or token.dep_ not in ("appos", "conj") or \
                token.right_edge.i not in ends:
            continue
        if any(c.dep_ == "appos" and c.ent_type_ == "PERSON" and c.i > token.i for c in token.children):
            return token
    return None


def _appositive_head(token: Token) -> Token:
    """"Sergei Shoigu, the secretary of Russia's Security Council, said": the noun before the verb
    ends an apposition; the speaker is the name it describes. A person's name that ends it ("the
    superintendent of the Civil Hospital, Kiran Bhatt, said", hung on the body) is the speaker."""
    if token.ent_type_ == "PERSON" and token.dep_ == "appos" and token.head.ent_type_ != "PERSON":
        return token
    node = token
    while node.head.i != node.i and node.dep_ in ("pobj", "prep", "poss", "case", "compound", "appos"):
        if node.dep_ == "appos":
            return node.head
        node = node.head
    return token


def _beside(verb: Token, exclude: set[int]) -> Token | None:
    if verb.tag_ != "VBG":
        return None
    for other in (verb.head, *verb.head.children):
        if other.i != verb.i and other.pos_ == "VERB" and other.lemma_.lower() in SAY_VERBS and other.tag_ != "VBG":
            return speaker_of(other, exclude)
    outer = verb.head.head  # "X denied that N had ..., saying the real figure was M": hung on the content
    if verb.dep_ == "advcl" and verb.head.dep_ == "ccomp" and outer.pos_ == "VERB" and outer.lemma_.lower() in SAY_VERBS \
            and outer.tag_ != "VBG":
        return speaker_of(outer, exclude)
    return None


def _clause_subject(verb: Token) -> Token | None:
    """"X offers a higher estimate, saying ...": a participle in an adverbial clause of the main
    clause is said by that clause's subject (inside reported speech it is not: "X said the real
    number was higher, estimating ..." is X's)."""
    if verb.dep_ != "advcl" or verb.head.dep_ != "ROOT" or verb.head.pos_ not in ("VERB", "AUX"):
        return None
    return own_subject(verb.head)


def _outer_speaker(verb: Token, pronoun: Token) -> Token | None:
    """Round 20: "On Sunday the prefect, X, had said he expected hundreds", "X, who on Monday had said
    she feared thousands, ...": "he"/"she" as the subject of what a saying verb says is that verb's
    speaker (a relative pronoun's antecedent), before any person named elsewhere in the sentence."""
    if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in SAY_VERBS or pronoun.head.i != verb.i:
        return None
    outer = next((c for c in verb.head.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if outer is not None and outer.lower_ in RELATIVE and verb.head.dep_ == "relcl":
        outer = verb.head.head
    return outer if outer is not None and outer.pos_ in ("NOUN", "PROPN") else None


def _last_person(pronoun: Token) -> Token | None:
    """"she said": the person it points back to (:func:`.coref.antecedent`)."""
    return coref.antecedent(pronoun)


def _owned_figure(chain: list[Token]) -> Attribution | None:
    """"Police have not changed their figure of 12,000", "stood by its estimate of about 12,000":
    a figure owned by the subject of the verb that holds it."""
    for node in chain[1:]:
        if node.pos_ == "NOUN" and node.lemma_.lower() in EVIDENCE_NOUNS | {"count", "figure", "estimate"}:
            if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in node.children):
                verb = next((t for t in predicate_chain(node)[1:] if t.pos_ in ("VERB", "AUX")), None)
                speaker = own_subject(verb) if verb is not None else None
                if speaker is not None and speaker.pos_ != "PRON":
                    return Attribution(name(speaker), None, verb.lower_, verb, verb)
    return None


def _gerund_subject(verb: Token) -> Token | None:
    """"with intelligence indicating that ...": the noun the parser hangs on the gerund."""
    if verb.tag_ != "VBG":
        return None
    return next((c for c in verb.lefts if c.dep_ in ("compound", "npadvmod", "nsubj")), None)


def _cited_owner(verb: Token) -> Token | None:
    """"X cited an army estimate of 88,000", "X quoted the union's count of 4,000": a cited figure
    noun with an owner (a noun compound or possessive, or "by"/"from" someone) is the owner's, X
    relaying it; "X cited its own count" keeps X."""
    if verb.lemma_.lower() not in CITE_VERBS:
        return None
    for obj in (c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in EVIDENCE_NOUNS):
        for child in obj.children:
            if child.dep_ in ("compound", "poss") and child.pos_ in ("NOUN", "PROPN") and child.i < obj.i:
                return child
        for prep in obj.children:
            if prep.dep_ == "prep" and prep.lower_ in ("by", "from"):
                return next((c for c in prep.children if c.dep_ == "pobj"), None)
    return None


def _citing(verb: Token) -> Token | None:
    """"X said ..., citing Y": Y; None when X cites its own count ("citing its own count", "citing
    their records": the possessive points back at the speaker, who stays the source)."""
    for child in [*verb.children, *_citing_before_content(verb)]:
        if child.dep_ in ("advcl", "xcomp", "conj") and child.lemma_.lower() in CITE_VERBS:
            obj = next((c for c in child.children if c.dep_ == "dobj"), None)
            if obj is not None and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in obj.children):
                return None
            if obj is not None and any(t.like_num and t.ent_type_ not in ("DATE", "TIME") for t in obj.subtree):
                continue  # round 8: "..., citing $11 billion fraud": a figure given as a reason, no source
            owner = next((c for c in obj.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None) \
                if obj is not None and obj.lemma_.lower() in INFO_NOUNS | EVIDENCE_NOUNS | {"datum"} else None
            if owner is not None:
                return owner  # round 16: "Citing Staple Street's records, they said ...": the records' owner
            if obj is not None:
                return _behind(obj)
            told = next((c for c in child.children if c.dep_ == "ccomp"), None)  # "citing what survivors had told officials"
            teller = own_subject(told) if told is not None else None
            if teller is not None and teller.pos_ in ("NOUN", "PROPN"):
                return teller
    return _named_as_source(verb)


def _citing_before_content(verb: Token) -> list[Token]:
    """Round 16: "X reported on Monday, citing the ministry, that 4,100 people ...": a participle set
    off before the "that" of the said clause, which the parser hangs on that clause."""
    found = []
    for clause in (c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i):
        mark = next((c for c in clause.children if c.dep_ == "mark" and c.lower_ == "that"), None)
        found += [c for c in clause.children if mark is not None and c.dep_ == "advcl" and c.tag_ == "VBG"
                  and verb.i < c.i < mark.i]
    return found


def _named_as_source(verb: Token) -> Token | None:
    """Round 6: "X said 40 died and 12 are missing, naming the port authority as its source" is
    "citing the port authority", wherever the parser hung the participle in the said clause."""
    for token in verb.subtree:
        if token.dep_ != "advcl" or token.lemma_.lower() not in ("name", "give", "identify") or token.tag_ != "VBG":
            continue
        as_ = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "as"), None)
        role = next((c for c in as_.children if c.dep_ == "pobj"), None) if as_ is not None else None
        obj = next((c for c in token.children if c.dep_ == "dobj"), None)
        if role is not None and role.lemma_.lower() == "source" and obj is not None:
            return obj
    return None
