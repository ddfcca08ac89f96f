"""Canonical source names across one article.

Rules, applied to each claim's ``source`` and ``via`` (:func:`resolve`):

1. A defined acronym becomes its long name ("the NDMA said" -> "National Disaster Management
   Agency"; definitions from :func:`newsclaims.extract.entities.aliases`).
2. A bare definite description refers back to the latest earlier name it shortens ("the service
   said" -> "BC Wildfire Service", "the ministry" -> "interior ministry", "Ministry of Health"):
   organisation names, acronym definitions and earlier sources are candidates, matched on the last
   word or on the head before "of"/"for" (not a plural of people without "the": "officials had
   listed 27" after "rescue officials" are officials in general); a generic
   word for a body (:data:`GENERIC_BODIES`: "the agency") with no such match is the organisation
   named last before its sentence; a storm's name (:data:`STORMS`: "Typhoon Yagi") is none.
3. A country, capital or demonym speaking for its government becomes the country ("what Seoul
   describes" -> "South Korea"); a province or state reports its own count and stays itself
   ("Cao Bang has reported 29 deaths" -> "Cao Bang", not its country).
4. "it said", "they said": the subject of the sentence before, in the same paragraph, when it is a
   named body (a proper name, nationality or organisation among its words: "British defence
   intelligence goes further. It says ..."); else the latest source named before.
5. People keep one spelling ("Kim Jong-un" -> "Kim Jong Un"); a surname alone is the full name of
   the person named before with it ("Peter Mwale said ... Mwale said" -> "Peter Mwale").
6. Speakers named before (:mod:`.coref`): "she said" with no person in its sentence is the person
   who spoke or acted last before it; a bare title ("the governor also specified", "the
   chairperson said", "the provincial governor") is the latest person introduced with that title;
   round 10: also with a body's acronym before it ("the ODPEM chief said"), and a title of the
   same rank counts ("chief" for one introduced as "head of ...": :data:`.coref.SAME_TITLES`).
7. Sources that are no speakers: a document ("the statement said", "the data show", "excerpts")
   is whoever issued it (the speaker of the latest "said in a statement", "published its report"
   before it, else the latest source named before); a bare evidence word ("the data") written
   with its origin stays a source ("intelligence reports", "provincial data"); an event, a count or a quantity word
   ("the death toll", "the recovery", "hundreds") is nobody (None). A bare noun built on an
   earlier name's adjective is that name ("the province said" after "the provincial government").

Round 3 of issue 14 (counted over six held-out stories: speakers named before were the largest
cause of wrong sources):

8. "the company", "the firm", "the operator" with no earlier name ending in that word is the
   company named last before it (:func:`companies`): a run of capitalised proper nouns ending in
   a company word ("Apex Chemicals Ltd", "Korla Industries") or naming the works it runs ("the
   Korla Steel plant", "at the Brightwater mine"); the entity recogniser often misses such names,
   and "It said" after "The company said" then follows it (rule 4's latest source). Round 10: a
   name written as one mixed-case word ("UnitedHealth Group") counts, and in the figure's own
   sentence the company that is a clause's subject comes before one named in passing ("X has spent
   $872 million on the attack on its Y unit, the company said" is X).
9. "he"/"she" where no person was named before the pronoun is the latest unnamed speaker before
   it ("Fifty more died, a diplomat said. Of them, 30 had no permit, he said." -> "diplomat"): a
   singular common noun (its adjectives may be capitalised: "Arab diplomat") that was a figure's
   source, unless a named speaker or body came after it.

Round 6 of issue 14:

10. A title of office with nobody introduced by it before ("The mayor of Derna said ...") is
    the person named later with that title ("the mayor, Salem Bouzaid"); a role noun ("a
    railway spokesman") and a headline's title stay as written (:func:`.coref.named_later`).
11. "its" + a document ("Its revised report gives ...") is whoever "it" is: the named subject of
    the sentence before in the paragraph (rule 4), else the latest source; "its" + a body word
    ("Its humanitarian office estimates ...") is that body's office, named with its owner
    ("United Nations humanitarian office"); round 10: "its" + people who speak for themselves
    ("its organisers said", :data:`PEOPLE_OF`) is those people as written ("organisers").

Round 8 of issue 14:

12. A name written before the common noun it is a kind of ("the IG Metall union", "the Acme
    company") is also that noun's name: a later bare "the union" refers back to "IG Metall union"
    by rule 2.

Round 9 of issue 14:

13. A capitalised word standing alone for a body named in full before ("The Bank raised its
    forecast" after "the Bank of England"; "the Commission" after "the European Commission") is
    that full name: the latest earlier name of several words whose head (:func:`_head`) it is
    (:func:`_short_form`), also when "it" resolves to it; rule 2 does the same for lowercase
    descriptions ("the network"). A word never written after "the" (a brand: "Volkswagen"), or an
    earlier name with other than words in it (a dateline run into a name), is left alone. Rule 7's
    adjective match ("the province" -> "provincial government") no longer takes a plural for an
    adjective of its singular ("economists" is not "Deutsche Bank's economist").

Round 11 of issue 14:

14. "the company", "the firm" or a trade noun (:data:`INDUSTRY_WORDS`: "the airline", "the carmaker")
    for which rule 8 finds no company name is the organisation the recogniser tagged most often
    before it (a mention counts for every name its words hold: "Air India" in "An Air India
    Boeing"; ties go to the latest; one named once only counts when it was a clause's subject):
    :func:`_prominent_org`. "the company's own breakdown" names that company ("X's own breakdown").

Round 13 of issue 14:

15. A generic word for a body ("the agency said") with no earlier name ending in it is the body
    that spoke last before its sentence (a saying verb's capitalised subject or an "according to"
    object that is no place, storm, office holder such as "the County Medical Examiner", nor a
    person introduced with a title) when that body spoke in the same paragraph, or after the
    organisation named last, or when that organisation cannot be a body that speaks (an office one
    person holds, an event such as "the Palisades fire", a place): :func:`_speaking_body`.

16. A one-word name ("Moody's said") after the same word followed by an all-capitals unit name
    ("Moody's RMS") is that full name (:func:`_with_unit`; not a company suffix: "Acme AG").

17. "The company had 72,404 employees, it said": a closing "it"/"they" said whose reported clause
    has a body for subject (a company or trade word, a generic body, an organisation) is that
    subject, then named by the rules above (:func:`_reported_subject`).

18. A bare title written after "a"/"an" in the figure's sentence ("A state minister said ...") is
    someone new, not the person introduced before with that title (:func:`_indefinite`).

19. "the same projection", "the same survey": the latest earlier source with that head word
    ("NRK projection"), else the noun without "same" (:func:`_same`).
20. "it said", "it showed": rule 4's subject of the sentence before is skipped when it is a
    plural, by its tag or its verb ("The Greens were on 13%. ..., it showed" is not the Greens): :func:`_previous_subject`
    with the pronoun.

21. "he"/"she" that names nobody by rules 6 and 9 is the one person who spoke, unnamed, in the
    sentence before in the same paragraph ("..., a customs officer said. He said ..." ->
    "customs officer"), also when that sentence gave no figure (:func:`_speaker_before`).

22. A bare body word ("the committee said", "the party said": :data:`GENERIC_BODIES`,
    :data:`PANELS`, :data:`PARTY_WORDS`; not "police", "government") with no earlier name of that head is the subject of the sentence before, in
    the same paragraph, when that subject is the same word with its modifiers ("The federal
    electoral committee confirmed ...") or, for a party, a named body ("The Green Alliance won
    4.2%. The party said ..."): :func:`_body_before`; before rule 2's organisation named last.

23. A figure word written with the authority it comes from ("according to state figures", "police
    figures", "UN figures": :data:`ORIGIN_WORDS` or a capitalised name) is a source as written, as
    rule 7's "provincial data" is; "the figures" alone still names nobody (:func:`_origin_figures`).

24. A company word after a nationality ("the Swedish company said", "the German carmaker") is
    the named subject of the sentence before in the paragraph (rule 4: "Spotify welcomed ... The
    Swedish company said ..."), else the bare word ("the company") resolved by rules 8 and 14 to
    the company named before (:func:`_national_company`); kept as written when none is.

25. A bare body word owning an analysis or document ("the agency's modelling suggests ...", "the
    ministry's estimates") is that body, resolved by rules 2 and 22 ("US Geological Survey"), as
    rule 11's "its report" is (:func:`_body_analysis`); kept as written when it resolves to nothing.

Round 14 of issue 14:

26. An all-capitals name written right after a lowercase noun that describes it ("the association
    ATA said") is a body, not the country whose code it also is (:func:`_described_code`).

27. "The same report, quoting data from X" as a via is resolved like a source (rule 19, then rule 7's
    issuer: the body that reported before).

Round 15 of issue 14:

28. A name written as one mixed-case word whose last capitalised part is a common noun ("CaixaBank",
    "SoftBank") is also a name ending in that noun: a later "the bank said" refers back to it (rule 2),
    and "the bank's research unit" is "CaixaBank's research unit", as rule 14 names "the company's
    plan" (:func:`_compound_tail`; not a word that is one capitalised part: "Bank", nor a plain title
    word: "Bankside").

29. "it said" / "they said" whose sentence before has no named subject (rule 4 finds none) is the
    body that spoke last before its sentence in the same paragraph (rule 15's speaking bodies), also
    where that body gave no figure ("Apple said it would appeal. The ruling, it said, was unfair. It
    said Spotify held 56% ..." is Apple, not the latest source of an earlier paragraph), unless a
    figure written after that body's words has a source of its own (:func:`_paragraph_speaker`).

30. "the office said" with no earlier name ending in "office" is the latest earlier source that is an
    officer ("the federal returning officer announced ... Turnout was N, the office said"), in the
    fullest form written before, not a spokesman quoted in between (:func:`_officer_before`; before
    rule 2's organisation named last).

31. A surname written alone is the full name of a person named before with an abbreviated given
    name the tokenizer split off ("Health Minister Ma. Subramanian ... Subramanian said" ->
    "Ma. Subramanian": :func:`.coref.initials_before`), as rule 5 does for full names.

Round 16 of issue 14:

32. "its" + people who speak for a party rather than for themselves (:data:`AGENTS_OF`: "Its lawyers
    say") or + a party's own filing (:data:`FILINGS`: "according to its complaint", "Its nearly
    300-page complaint says") is named with the owner rule 11 finds ("Fox's lawyers", "Dominion's
    complaint"); "its organisers" stays as written (round 10).

33. "it said" whose sentence before, in the same paragraph, has for subject a body written as a
    description ("The government says it is offering housing. ... it had placed 4,002 people, it
    said": :data:`DESCRIBED_BODIES`, :data:`GENERIC_BODIES`) is that description named by rule 2
    ("Armenian government"), not the latest source, a person quoted before (:func:`_described_subject`).

34. "the company", "the firm" (:data:`COMPANY_WORDS`) after a sentence, in the same paragraph,
    whose subject (of its said clause, when it ends ", said X") is an organisation or is owned by one
    ("Unilever's tea business was sold ... The company says ...") is that organisation, in the fuller company name rule 8 finds when that starts
    with it ("Fox" -> "Fox Corp"), before rule 8's company named last (:func:`_owner_before`).

35. "it said" / "they said" named by the rules above as a speaker that, in the sentence right before in
    the same paragraph, relayed a figure of another source ("The state-run X, citing the health
    ministry, reported that 192 ... It said 511 had been wounded") goes on relaying it: source that
    other source, via the speaker (:func:`_relayed_before`).

Round 17 of issue 14:

36. "the railway said", "the carrier said" (:data:`TRADES`) with no earlier name ending in that word is
    the company named last before it as the owner of what the trade runs ("a CSX freight train", "an
    Emirates jet": the name a modifier of the vehicle) or right after the trade word ("the railway
    operator Deutsche Bahn"), before rules 8 and 14 (:func:`_trade_name`); kept as written when the
    text names none ("More than 150 trains were cancelled, the railway said"), or only a place ("a
    Kenyan train").

37. "the lawyers said" after "the class lawyers" is "class lawyers": a plural of people written with
    "the" refers back to the latest earlier mention of that noun written with "the" and lowercase
    words that say which (:func:`_people_before`; not "two lawyers", "other lawyers", nor a bare
    plural "Lawyers said", rule 2's people in general).

38. An all-capitals acronym the text never defines but spells out elsewhere ("WHO" with "the World
    Health Organization" in another paragraph; a headline's "NTSB" with "the National Transportation
    Safety Board (NTSB)" below) is that long name
    (:func:`newsclaims.extract.entities.spelled_out`, part of the article's aliases: an organisation
    the recogniser tagged whose capitalised words' initials spell it); one never spelled out stays as
    written. As an alias it also expands a subject and reaches the stored aliases ("--source NIS").

39. A body first given by a description ("..., the country's state-funded human rights body said.")
    and named in the next sentence by a body that speaks and shares a word of the description that
    says which ("The Kenya National Commission on Human Rights said ...") is that name, as rule 10
    names an official given by title (:func:`_body_named_next`); the description stays when no such
    body follows.

Round 18 of issue 14:

40. A court written with a proper name and lowercase words ("the Basmanny district court", "the Lagos
    high court"), which the recogniser tags as no organisation, is a name: a later "the court said"
    refers back to it by rule 2 (:func:`_named_courts`); "a court in Lagos", "the supreme court" name none.

Round 19 of issue 14:

41. A figure word owned by a body written in full ("according to the interior ministry's latest count",
    "the regional health office's revised tally"), with only words of time between, is that body,
    resolved as a source (rule 25 took only a bare body word): :func:`_owned_analysis`; an owner that
    cannot speak ("the storm's toll", "last year's count") names nobody. A body of several words left
    with a possessive ending ("Ghana Minerals Commission's", the figure word dropped) is its owner
    (:func:`_possessive_body`; not a name that ends so: "Moody's").

42. A bare body word ("the committee put ...", "the cluster said": :data:`GENERIC_BODIES`, :data:`PANELS`,
    :data:`.names.BODY_WORDS`, :data:`TEAMS`) with no earlier name of that head is the latest earlier
    mention in the article of that word written with "the"/"a" and lowercase words (or a hyphenated
    qualifier: "WHO-led") that say which ("a meeting of the ministerial committee in charge of ...",
    "a briefing by the WHO-led health cluster"), as rule 37 does for people: :func:`_described_before`;
    not one with a number, "other", "same", nor a possessive before it ("Russia's committee").

Round 20 of issue 14:

43. A body's count, tally or panel that gives figures itself ("The ministry's count gives 19 deaths", "the
    interior ministry's latest provisional count, released on Wednesday, lists 35 dead": attribution's
    :data:`.attribution.OWNED_COUNTS`) is its owner (rule 41; "provisional", "most recent" count as words of
    time), a one-word owner too (rule 25, before rule 7 drops a figure word); a panel or dashboard stays as
    written ("the health ministry's surveillance panel"), so that a later "the panel" refers back to it.

44. Rule 10 for a description of a place's top official ("the French state's top official on the island
    warned ...": "top"/"highest" and an owner) is the person next introduced, in the same or the next
    paragraph, by a lowercase title and an apposition ("the prefect, Francois-Xavier Bieuville, said"):
    :func:`.coref.named_later`; "a senior official" (no owner) stays as written.

Round 21 of issue 14:

45. "its" + people who speak for a party or a party's filing (rule 32) in the subject of a closing saying
    verb ("Top Shine is owed HK$862 million, its lawyers told the court") is owned by the named subject of
    the clause that verb closes ("Top Shine's lawyers"), not by the subject of the sentence before nor the
    latest source, a judge quoted before (:func:`_reported_owner`; a person or place there names no owner).

Round 22 of issue 14:

46. A body's own books ("Its interim accounts show liabilities of N": "accounts" in :data:`FILINGS`) are
    named with their owner as rule 32's filings are ("X's interim accounts"); attribution.py gives them the
    figure they show (:data:`.attribution.BOOKS`).

47. A closing "the <noun> said" that names no earlier body ("Drewry's index fell 1%, the consultancy
    said") is the organisation that owns the subject of the clause it closes (a proper name with "'s",
    not a person or a place): :func:`_clause_owner`.

Round 23 of issue 14:

48. "their" + a body word ("..., their union said", "their association") is the body as written without
    the pronoun ("union"): "their" points at the people the body speaks for (members, workers), who give
    it no name of its own (:func:`_their_body`; "its humanitarian office" keeps rule 11's owner).

49. "the ministry" with no earlier name ending in "ministry" is the ministry of the latest minister named
    before by portfolio ("Health Minister X said ... the ministry said" -> "health ministry"); a minister
    with none ("Prime Minister", "the minister") names no ministry (:func:`_minister_before`).

50. Rule 5 also for a person named before only in a possessive or by a title the recogniser missed
    ("Governor Roy Cooper's office ... Cooper said" -> "Roy Cooper": :func:`_unowned`, :func:`.coref.people`).

Round 26 of issue 14:

51. A description of a body ("..., the UN health agency said": lowercase words that say which, an acronym
    allowed, and a body word for head) after an organisation named in full earlier in the same paragraph
    that holds one of those words ("The World Health Organization (WHO) gave its own figures.") is that
    name, as rule 39 names a body that follows (:func:`_body_named_before`); a description sharing no such
    word ("the UN refugee agency" after the WHO) stays as written.

52. A bare noun ("the camp said") with no earlier name ending in it is the latest proper name before it
    that the same noun leads, capitalised ("Camp Mystic", "Fort Hays"), written inside a sentence, not a
    person ("President X" is no "president") nor a body word (:data:`.names.BODY_WORDS`: "the government"
    is not "Government Royapettah Hospital"): :func:`_led_by`; kept as written when none is.

53. "the paper added", "the newspaper said" (:data:`NEWS_WORDS`) with no earlier name ending in that word
    is the body that spoke last before its sentence, in the same paragraph, by "reported" or "wrote"
    ("..., USA Today reported. ..., the paper added" -> "USA Today"): :func:`_news_before`; kept as
    written when no body reported there.

54. (Round 27, the lead's convention.) A body introduced as a description with its name in apposition
    ("The UN children's agency, UNICEF, said") speaks under the NAME (:func:`.entities.aliases` makes the
    description the alias): the description, "the agency" that points back to it, and one of its people
    ("a senior official of the UN humanitarian office, OCHA,": official, spokesman, representative, head,
    chief, director) all give the name (:func:`_defined`).

55. (Round 27.) An honorific and a surname ("Ms Cooper said", "Mr. Okafor added") is the person named in
    full earlier in the text whose name ends in that surname, the latest such; kept
    as written when no one is. Round 28: the bare-surname branch of rule 5 with the honorific dropped
    (:func:`_same_surname`, shared with rules 5 and 50).

Round 28 of issue 14:

56. A person the recogniser missed ("Grace Okafor set out her plan ...") is a person when the text also
    writes the surname after an honorific ("Ms Okafor said"): two capitalised proper nouns ending in that
    surname (:func:`.coref.people`, :func:`.coref.honoured`), so "she said" and "Ms Okafor" (rule 55) name
    her; rule 55 no longer takes the honorific form itself ("Ms Okafor") for the full name.

57. A bare title of an office one person holds (:data:`.coref.OFFICES`: "the chancellor told MPs") that
    nobody was introduced with before and nobody is named with later (rules 6 and 10) is the person named
    before it, when that one person acted (a clause's subject) and was introduced with no title ("Grace
    Okafor set out ... The chancellor said"): :func:`.coref.untitled_actor`; a person named with another
    title ("X, a teacher,"), with an age ("X, 36,": a witness) or only in passing is not, nor anyone when
    two people were named before.

58. "According to the <title>, Name, N ..." is the name, also where the parser hung the name apart from
    the title (the recogniser reading it as an organisation too): the name between commas right after an
    "according to" title takes that title and spoke (:func:`.coref._according_title`), so rule 6 gives it.

Round 29 of issue 14:

59. "the watchdog" is a generic word for a body (:data:`GENERIC_BODIES`): with no earlier name ending in it,
    it is the body introduced with that description before (rule 42), else the body that spoke last in the
    paragraph (rule 15), else the organisation named last (rule 2). Not "the regulator": after "a notice
    from the X Regulatory Commission", rule 15's speaker (the company) would take it.

60. A bare title whose own sentence names its holder between commas right after it, before the figure ("The
    mayor of Saint-Malo, Anne Leroux, said N", "the governor of Rio Grande do Sul, X,": the parser often hangs
    the name on a hyphenated or many-word place) is that name, also when another person was named before;
    not a name that is a place, a body or holds a title word (:func:`_apposed_in_sentence`).

61. Rule 47 also for a subject "from"/"of"/"at" a named organisation ("A team from Save the Children walked
    N km ..., the charity said"): that organisation (:func:`_clause_owner`); not a place or a country.

62. A word of time (:data:`TIME_ONLY`) before a capitalised body's name is dropped ("according to
    provisional Home Office figures" -> "Home Office"): it says which count, not whose.

Round 30 of issue 14 (in :mod:`.attribution`, which finds the speaker these rules then name):

63. A survey that is the saying verb's subject and holds the figure ("A Gallup poll of 1,004 adults, released on
    Friday, found ...") gives it itself, not a word of its participle ("Friday"); "A survey released the day
    before the vote found that N%", parsed with the vote as the finder, is the survey's
    (:func:`.attribution._survey_subject`, :func:`.attribution._survey_misread`).

64. A closing saying verb the parser conjoined to the figure's clause or hung on it as a clause ("X recorded N
    on Tuesday, the local news site Y reported, citing X"), its subject set off by a comma and no content or
    figure of its own, relays: source what it cites, else the counting verb's subject; via its subject, the
    name in apposition when there is one (:func:`.attribution._closing_conjunct`).

65. A body's count in the clause a closing saying verb reports ("The chamber counted N people in five days,
    the agency said") is the counter's, relayed by the speaker (via), as "X counted N, according to Y" is; not
    a place, a person or a pronoun. Beside a figure of the speaker's own ("police count N, organisers say M")
    the count is the counter's with no via (:func:`.attribution._relayed_count`).

66. "The X news agency reported on Monday, citing a Y survey, that ...", parsed with "reported" as a participle
    on the agency and the agency as a subject of the reported clause, is source the cited, via the agency
    (:func:`.attribution._reporter_misread`).

Round 5 of issue 14: "he"/"she" takes a named person who spoke or acted first, then the latest
unnamed speaker (rule 9), and only then a person named in passing (a byline or a place the
recogniser read as a person: "Harbour Gazette | Monday ... The judge cited ... She said" is the
judge). Earlier claims count as (source, via) in that order, so a relayer ("the president cited
an army estimate") is the speaker a later "he said" or "it said" points back to.
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from ...model import Claim

#: Words for an organisation that, with no earlier name ending in them, refer back to the
#: organisation named last before the sentence ("... according to the Department of Environment
#: and Natural Resources. The agency said ...").
GENERIC_BODIES = frozenset({"agency", "body", "organisation", "organization", "group", "department",
                            "office", "bureau", "authority", "council", "commission", "institute",
                            "watchdog"})  # round 29 (rule 59): a body that oversees others
#: Documents that speak for whoever issued them (rule 7): "the statement said" is the body's.
ISSUED = frozenset({"statement", "report", "update", "excerpt", "data", "bulletin", "release", "communique",
                    "post", "document", "briefing"})
#: Verbs that issue a document: "X published its report", "X issued a statement".
ISSUING = frozenset({"publish", "issue", "release", "post", "put", "circulate", "send"})
#: Words that are no speaker (rule 7): documents (see :data:`ISSUED`), events and states, counts
#: and quantity words ("hundreds said ...", "the death toll", "the recovery", "the reform").
NOT_SPEAKERS = ISSUED | frozenset({
    "death", "toll", "recovery", "reform", "figure", "number", "count", "tally", "list", "total",
    "hundred", "thousand", "dozen", "million", "landslide", "strike", "attack", "flood", "quake",
    "earthquake", "storm", "fire", "explosion", "collapse", "crash", "accident", "violence", "operation",
})
from ... import gazetteer
from .. import entities
from . import coref
from .names import BODY_WORDS, name as phrase_name
from .verbs import SAY_VERBS


def resolve(doc: Doc, claims: list[Claim]) -> list[Claim]:
    known = dict(entities.aliases(doc))  # rule 38 too: "WHO" with "World Health Organization" elsewhere
    names = _names(doc, known)
    people = [(e.start_char, e.text) for e in doc.ents if e.label_ == "PERSON" and len(e.text.split()) > 1]
    people += [(p.start, p.name) for p in coref.people(doc) if "." in p.name]  # rule 31: "Ma. Subramanian"
    people = sorted(people + coref.honoured(doc))  # rule 56: "Grace Okafor ... Ms Okafor said"
    out: list[Claim] = []
    for claim in claims:
        before = [text for start, text in names if start < claim.sentence_start]
        earlier = [text for start, text in names if start < claim.start]
        earlier += [n for c in out for n in (c.source, c.via) if n and n not in ("it", "they")]
        latest = entities.expand(before[-1], known) if before else None
        if claim.source in ("it", "they"):
            found = _previous_subject(doc, claim.sentence_start, claim.source) or \
                _paragraph_speaker(doc, claim.sentence_start, out)  # rule 29
            if not found and claim.source == "it":  # rule 33: "The government says ... it said"
                described = _described_subject(doc, claim.sentence_start)
                resolved = _one(described, known, earlier, latest, [], doc, claim.start, claim.sentence) \
                    if described else None
                found = resolved if resolved and resolved != described else None
            earlier += [found] if found else []
        named = [text for start, text in people if start < claim.start]
        reported = _reported_subject(doc, claim) if claim.source in ("it", "they") else None  # rule 17
        source = _one(_its(_same(_their_body(reported or claim.source), earlier), doc, claim.sentence_start, earlier, latest), known, earlier, latest,
                      named, doc, claim.start, claim.sentence)
        if source and source == claim.source and _bare_title(source) and not _headline(claim.sentence):
            source = _apposed_in_sentence(doc, claim, source) or source  # rule 60
        if source and source.split()[-1].islower() and not _headline(claim.sentence):
            source = coref.named_later(doc, source, claim.start) or source  # rule 10
            if source == claim.source and _bare_title(source) and not _indefinite(source, claim.sentence):
                source = coref.untitled_actor(doc, source, claim.start) or source  # rule 57
        if source and source == claim.source and source.isalpha() and source.islower() and " " not in source:
            source = _clause_owner(doc, claim) or source  # rule 47: "X's index fell 1%, the consultancy said"
        if source and len(source.split()) > 1 and source.split()[0] in TIME_ONLY and source.split()[1][:1].isupper():
            source = source.split(" ", 1)[1]  # rule 62: "according to provisional Home Office figures"
        if source and source.split()[-1].islower() and source == claim.source and not _headline(claim.sentence):
            source = _body_named_next(doc, source, claim.start) or source  # rule 39
        if source and source == claim.source and not _headline(claim.sentence):
            source = _body_named_before(doc, source, claim.start, known) or source  # rule 51
        via = _one(_same(claim.via, earlier), known, earlier, latest, named, doc, claim.start,
                   claim.sentence)  # round 14: "The same report, quoting data from X"
        if claim.source in ("it", "they") and via is None and not reported:
            relayed = _relayed_before(doc, claim, out, source)
            if relayed is not None:  # rule 35: "X, citing Y, reported that ... It said ..." is Y's, via X
                source, via = relayed, source
        source, via = _defined(source, known), _defined(via, known)  # rule 54: description -> name
        out.append(replace(claim, source=source, via=via, subject=entities.expand(claim.subject, known)))
    return out


def _defined(name: str | None, known: dict[str, str]) -> str | None:
    """Rule 54 (round 27): a source that is a defined body's description or alias speaks under the
    name the text defines ("UN children's agency" -> "UNICEF" after "The UN children's agency, UNICEF,"),
    and so does one of its people ("senior official of the UN humanitarian office" -> "OCHA")."""
    if not name:
        return name
    name = entities.expand(name, known)
    for alias, long_name in known.items():
        if " " in alias and alias.split()[-1].islower() and \
                re.search(r"\b(?:official|spokes(?:man|woman|person)|representative|head|chief|director) of "
                          r"(?:the )?" + re.escape(alias) + "$", name):
            return long_name
    return name


def _relayed_before(doc: Doc, claim: Claim, done: list[Claim], speaker: str | None) -> str | None:
    """Rule 35: "it said" (or "they said") resolved to a speaker that, in the sentence right before
    in the same paragraph, relayed a figure of another source ("The state-run X, citing the health
    ministry, reported that 192 ... It said 511 had been wounded") goes on relaying it: that source."""
    if not speaker:
        return None
    for c in reversed(done):
        if c.sentence_start >= claim.sentence_start:
            continue
        between = doc.text[c.sentence_start + len(c.sentence.rstrip()):claim.sentence_start]
        if "\n" in doc.text[c.start:claim.sentence_start] or between.strip():
            return None  # not the sentence right before, in the same paragraph
        return c.source if c.via == speaker and c.source and c.source != speaker else None
    return None


def _apposed_in_sentence(doc: Doc, claim: Claim, title: str) -> str | None:
    """Rule 60 (round 29): a bare title whose own sentence names its holder between commas right after it,
    before the figure ("The mayor of Saint-Malo, Anne Leroux, said N": the parser hung the name on the
    place) is that name: two or three capitalised words, none of them a place or a body word."""
    words = title.split()
    if words[-1].lower() not in coref.ROLE_NOUNS:
        return None
    head = r"\b[Tt]he (?:[a-z][\w-]* ){0,3}" + re.escape(words[-1])
    place = r"(?: (?:of|for|in) (?:the )?[A-Z][\w'-]*(?: (?:[a-z]{1,3} )?[A-Z][\w'-]*){0,3})?"  # "Rio Grande do Sul"
    pattern = re.compile(head + place + r", ((?:[A-Z][\w.'-]+ ){1,2}[A-Z][\w'-]+),")
    text = doc.text[claim.sentence_start:claim.start]
    for match in pattern.finditer(text):
        name = match.group(1)
        if any(w.lower() in BODY_WORDS or w.lower() in coref.ROLE_NOUNS for w in name.split()) or \
                gazetteer.places(name) or gazetteer.country(name, provinces=False):
            continue
        span = doc.char_span(claim.sentence_start + match.start(1), claim.sentence_start + match.end(1),
                             alignment_mode="expand")
        if span is None or any(t.ent_type_ in ("GPE", "LOC", "ORG", "NORP", "FAC") for t in span):
            continue
        return name
    return None


def _bare_title(name: str) -> bool:
    """A title with no name: lowercase words, of which only a body's acronym may be capitalised
    ("the governor", "the ODPEM chief": round 10)."""
    words = name.split()
    return words[-1].islower() and all(w.islower() or w.isupper() and len(w) > 1 for w in words)


def _headline(sentence: str) -> bool:
    """A headline: a line with no closing punctuation."""
    return "\n" not in sentence.strip() and not sentence.rstrip().endswith((".", "!", "?", '"', "\u201d", ":"))


#: Round 23 (rule 48): bodies that speak for the people "their" points at ("their union said").
THEIR_BODIES = GENERIC_BODIES | frozenset({"union", "association", "federation", "guild", "syndicate", "committee",
                                           "council", "board", "party", "church", "school", "employer", "ministry"})


def _their_body(name: str | None) -> str | None:
    """Rule 48: "their union" -> "union"; anything else unchanged."""
    if not name or not name.lower().startswith("their ") or len(name.split()) < 2:
        return name
    return " ".join(name.split()[1:]) if name.split()[-1].lower() in THEIR_BODIES else name


def _its(name: str | None, doc: Doc, sentence_start: int, earlier: list[str], latest: str | None) -> str | None:
    """Rule 11: "Its revised report" is whoever "it" is, the named subject of the sentence before
    (rule 4), else the latest source; "its humanitarian office" is that body's office, named with it."""
    if not name or not name.lower().startswith("its "):
        return name
    if name.split()[-1].lower() in PEOPLE_OF:  # round 10: "its organisers said": the people, as written
        return " ".join(name.split()[1:])
    rest = name.split()[1:]
    own = _reported_owner(doc, sentence_start) if rest[-1].lower() in AGENTS_OF | FILINGS else None  # rule 45
    earlier = [e for e in earlier if not e.endswith(" " + " ".join(rest))]  # round 22: not "X's accounts" itself
    owner = own or _previous_subject(doc, sentence_start) or (earlier[-1] if earlier else latest)
    if owner is None:
        return name
    if rest[-1].lower() in AGENTS_OF | FILINGS:  # rule 32: "Its lawyers say", "its complaint"
        return " ".join([f"{owner}'s", *[w for w in rest if w.lower() not in TIME_ONLY]])
    if rest[-1].lower() in GENERIC_BODIES or rest[-1].lower() in ("ministry", "service", "mission", "branch"):
        return " ".join([owner, *[w for w in rest if w.lower() not in TIME_ONLY]])
    return owner


def _reported_owner(doc: Doc, sentence_start: int) -> str | None:
    """Rule 45: "Top Shine is owed HK$862 million, its lawyers told the court": "its" in the subject of a
    closing saying verb is the named subject (a proper name) of the clause it closes."""
    span = doc.char_span(sentence_start, sentence_start + 1, alignment_mode="expand")
    if span is None or not len(span):
        return None
    root = span[0].sent.root
    speaker = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if root.lemma_.lower() not in SAY_VERBS or speaker is None or \
            not any(c.dep_ == "poss" and c.lower_ == "its" for c in speaker.children):
        return None
    clause = next((c for c in root.children if c.dep_ in ("ccomp", "parataxis") and c.i < root.i), None)
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None) if clause is not None else None
    if subject is None or subject.pos_ != "PROPN" or subject.ent_type_ in ("PERSON", "GPE"):
        return None
    return phrase_name(subject)


#: Round 10: people of a thing or body that speak for themselves ("its organisers", "its staff").
PEOPLE_OF = frozenset({"organisers", "organizers", "staff", "members", "employees", "workers", "volunteers",
                       "founders", "researchers", "doctors", "owners", "residents"})
#: Round 16 (rule 32): people who speak for a party, not for themselves ("its lawyers"), and a
#: party's own filings ("its complaint"): named with their owner ("Fox's lawyers").
AGENTS_OF = frozenset({"lawyers", "lawyer", "attorneys", "attorney", "counsel", "advisers", "advisors",
                       "representatives", "spokesman", "spokeswoman", "spokesperson"})
FILINGS = frozenset({"complaint", "lawsuit", "suit", "filing", "petition", "motion", "claim",
                     "accounts"})  # round 22: "Its interim accounts show" (a company's own books)
#: Words of time that say which version of a document, not whose ("its revised report").
TIME_ONLY = frozenset({"revised", "latest", "new", "updated", "earlier", "initial", "final",
                       "provisional", "preliminary", "most", "recent"})  # round 20 (rule 43)


def _one(name: str | None, known: dict[str, str], earlier: list[str], latest: str | None = None,
         people: list[str] = (), doc: Doc | None = None, position: int = 0, sentence: str = "") -> str | None:
    if not name:
        return name
    if name in ("it", "they"):  # "..., it said": the latest source named before
        found = entities.expand(earlier[-1], known) if earlier else None  # round 10: "(OCHA) ... it said"
        short = _short_form(found, earlier, doc.text[:position]) \
            if found and doc is not None and found.istitle() and len(found.split()) == 1 else None
        return short or found  # rule 13: "It sees ..." after "The Bank said ..."
    if name in ("he", "she"):  # nobody named in the sentence: rule 6, else rule 9, else rule 21
        return coref.pronoun(doc, position, name, acting_only=True) or _unnamed_speaker(earlier) or \
            coref.pronoun(doc, position, name) or _speaker_before(doc, position)
    owned = _owned_analysis(name) or _possessive_body(name)
    if owned is not None:  # rule 41: "the interior ministry's latest count"
        return _one(owned, known, earlier, latest, people, doc, position, sentence)
    if name.islower() and _not_a_speaker(name) and _body_analysis(name):  # rule 43: "the ministry's count gives N"
        body = _one(_body_analysis(name), known, earlier, latest, people, doc, position, sentence)
        return body if body and body != _body_analysis(name) else _body_analysis(name)
    if name.islower() and _not_a_speaker(name):  # rule 7
        return _issuer(name, earlier, doc, position)
    if len(name.split()) == 1 and _not_a_speaker(name.lower()):  # "Hundreds said ...", at a sentence's start
        return _issuer(name.lower(), earlier, doc, position)
    described = _national_company(name)
    if described is not None:  # rule 24: "the Swedish company" is "the company"
        before = _previous_subject(doc, position) if doc is not None else None
        persons = {e.text for e in doc.ents if e.label_ == "PERSON"} | {p.name for p in coref.people(doc)} \
            if before else set()
        if before and before[:1].isupper() and not gazetteer.country(before, provinces=False) and before not in persons:
            return entities.canonical(before)
        company = _one(described, known, earlier, latest, people, doc, position, sentence)
        if company and company != described:
            return company
    analysis = _body_analysis(name)
    if analysis is not None:  # rule 25: "the agency's modelling" is the agency's
        body = _one(analysis, known, earlier, latest, people, doc, position, sentence)
        if body and body != analysis:
            return body
    owner = name.split()[0].removesuffix("'s")
    if name.split()[0].endswith("'s") and len(name.split()) > 1 and \
            (owner in COMPANY_WORDS | INDUSTRY_WORDS or any(_compound_tail(n, owner) for n in earlier)):  # rule 28
        company = _one(owner, known, earlier, latest, people, doc, position, sentence)  # rule 14
        if company and company != owner:
            return " ".join([f"{company}'s", *name.split()[1:]])
    person = coref.titled(doc, name, position) if _bare_title(name) and not _indefinite(name, sentence) else None
    if person is not None:  # "the governor also specified": rule 6
        return entities.canonical(person)
    name = entities.expand(name, known)
    words = name.split()
    if len(words) == 1 and name.islower():
        same = [n for n in earlier if (_head(n) == name and len(n.split()) > 1 or _compound_tail(n, name))
                and not _generic_plural(name, sentence)]  # rule 28: "CaixaBank" ... "the bank"
        adjective = [n for n in earlier if len(n.split()) > 1 and _derived(name, n)]
        if same:
            name = same[-1]
        elif doc is not None and _people_before(doc, name, position, sentence):  # rule 37: "the lawyers"
            name = _people_before(doc, name, position, sentence)
        elif name == "ministry" and doc is not None and _minister_before(doc, position):  # rule 49
            name = _minister_before(doc, position)
        elif name == "office" and _officer_before(earlier):  # rule 30: "the returning officer ... the office said"
            name = _officer_before(earlier)
        elif name in TRADES and doc is not None and _trade_name(doc, name, position):  # rule 36
            name = _trade_name(doc, name, position)
        elif name in COMPANY_WORDS and doc is not None and _owner_before(doc, position):  # rule 34
            owner, company = _owner_before(doc, position), _company_before(doc, position)
            name = company if company and company.split()[0] == owner.split()[0] else owner  # "Fox" is "Fox Corp"
        elif name in COMPANY_WORDS | INDUSTRY_WORDS and doc is not None and _company_before(doc, position):  # rule 8
            name = _company_before(doc, position)
        elif name in COMPANY_WORDS | INDUSTRY_WORDS and doc is not None and _prominent_org(doc, position):  # rule 14
            name = _prominent_org(doc, position)
        elif name in GENERIC_BODIES | PARTY_WORDS | PANELS and doc is not None and \
                _body_before(name, doc, position):
            name = _body_before(name, doc, position)  # rule 22
        elif doc is not None and _described_before(doc, name, position):  # rule 42: "the committee"
            name = _described_before(doc, name, position)
        elif name in GENERIC_BODIES and doc is not None and _speaking_body(doc, position, latest):  # rule 15
            name = entities.expand(_speaking_body(doc, position, latest), known)
        elif name in NEWS_WORDS and doc is not None and _news_before(doc, position):  # rule 53: "the paper added"
            name = _news_before(doc, position)
        elif name in GENERIC_BODIES and latest is not None:
            name = latest
        elif adjective:  # "the province" -> "provincial government"
            name = adjective[-1]
        elif doc is not None and name not in GENERIC_BODIES and _led_by(doc, name, position):  # rule 52
            name = _led_by(doc, name, position)
    elif len(words) == 2 and _HONORIFIC.fullmatch(name):  # rule 55: "Ms Cooper" -> "Yvette Cooper"
        same = _same_surname(_HONORIFIC.fullmatch(name).group(1), earlier, people, doc, position)
        if same:
            return entities.canonical(same[-1])
    elif len(words) == 1 and name.istitle():  # "Mwale said": the person named before
        same = _same_surname(name, earlier, people, doc, position)
        if same:
            name = same[-1]
        elif doc is not None and _short_form(name, earlier, doc.text[:position]):  # rule 13: "the Bank"
            name = _short_form(name, earlier, doc.text[:position])
    if len(name.split()) == 1 and _with_unit(name, earlier):  # rule 16
        name = _with_unit(name, earlier)
    if doc is not None and _described_code(doc, name):  # rule 26: "the association ATA"
        return name
    if gazetteer.country(name, provinces=False):
        return gazetteer.country(name, provinces=False)
    if gazetteer.places(name):  # a province or city reports for itself (rule 3)
        return name
    return entities.canonical(name)


#: Rule 55: an honorific and one surname ("Ms Cooper", "Mr. Okafor", "Dr Lee").
_HONORIFIC = re.compile(r"(?:Mr|Ms|Mrs|Miss|Dr)\.? ([A-Z][\w'-]+)")


def _same_surname(surname: str, earlier: list[str], people: list[str], doc: Doc | None, position: int) -> list[str]:
    """Rules 5, 50 and 55: the full names written before ``position`` that end in ``surname`` (earlier
    sources, people the recogniser found, people :mod:`.coref` found), without a possessive ("Roy Cooper's"
    -> "Roy Cooper") and not an honorific form ("Ms Cooper"), in text order of the lists."""
    titled = [p.name for p in coref.people(doc) if p.start < position] if doc is not None else []
    return [_unowned(n) for n in [*earlier, *people, *titled] if len(n.split()) > 1 and _unowned(n).split()[-1] == surname
            and _unowned(n).istitle() and not _HONORIFIC.fullmatch(_unowned(n))]


def _unowned(name: str) -> str:
    """Rule 50: a person's name without the possessive it was written with ("Roy Cooper's" -> "Roy Cooper")."""
    return name.removesuffix("'s").removesuffix("\u2019s").removesuffix("'")


#: Rule 49: a minister's portfolio written before "Minister" ("Health Minister X", "the health minister").
_MINISTER = re.compile(r"\b((?:[A-Z][a-z]+|[a-z]+)(?: [A-Z][a-z]+| [a-z]+)?) [Mm]inister\b")
NO_PORTFOLIO = frozenset({"prime", "deputy", "a", "the", "former", "junior", "state", "chief", "first", "his", "her",
                          "its", "their", "cabinet", "senior", "acting", "chief"})


def _minister_before(doc: Doc, position: int) -> str | None:
    """Rule 49: "the ministry said" with no earlier name ending in "ministry" is the ministry of the latest
    minister named before by portfolio ("Health Minister Firass Abiad said ... the ministry said" ->
    "health ministry"); a minister with no portfolio ("Prime Minister", "the minister") names none."""
    found = None
    for match in _MINISTER.finditer(doc.text[:position]):
        words = [w for w in match.group(1).lower().split() if w not in NO_PORTFOLIO]
        if words and words[-1] not in NO_PORTFOLIO and match.group(1).split()[-1].lower() not in NO_PORTFOLIO:
            found = f"{words[-1]} ministry"
    return found


def _paragraph_speaker(doc: Doc, sentence_start: int, done: list[Claim]) -> str | None:
    """Rule 29 (round 15): "Apple said it would appeal. The decision, it said, .... It said X held
    56%": an "it"/"they" said whose sentence before names no subject is the body that spoke last
    in the same paragraph before its sentence (rule 15's speaking bodies: a saying verb's
    capitalised subject, an "according to"), also where that body gave no figure, unless a figure
    given after that body's words already has a source (the latest source then stands)."""
    spoke = [(offset, text) for offset, text, _ in _speaking_bodies(doc) if offset < sentence_start]
    if not spoke:
        return None
    offset, text = spoke[-1]
    if "\n" in doc.text[offset:sentence_start]:
        return None
    if any(offset < c.start < sentence_start and c.source for c in done):
        return None
    return text


def _compound_tail(name: str, word: str) -> bool:
    """Rule 28 (round 15): a name written as one word whose last capitalised part is ``word``
    ("CaixaBank", "SoftBank" for "bank"; "TeleNetwork" for "network"), which "the bank" or "the
    bank's research unit" refers back to, as rule 2 does for "Deutsche Bank"."""
    if " " in name or not word.isalpha() or len(word) < 3 or not _mixed_case(name):
        return False
    return name.endswith(word.title()) and len(name) > len(word) + 1 and name[-len(word) - 1].islower()


def _described_code(doc: Doc, name: str) -> bool:
    """Round 14 (rule 26): an all-capitals name written right after a lowercase common noun that
    describes it ("the association ATA said", "the union UPTA") is that body's name, not a country
    code (ATA is also Antarctica's)."""
    if not (name.isupper() and len(name) <= 5):
        return False
    if "described_codes" not in doc.user_data:  # once per document
        doc.user_data["described_codes"] = frozenset(
            t.text for t in doc[1:] if t.is_upper and len(t.text) > 1 and t.text.isalpha()
            and doc[t.i - 1].pos_ == "NOUN" and doc[t.i - 1].is_lower)
    return name in doc.user_data["described_codes"]


#: Words that open a storm's name: "Typhoon Yagi", tagged an organisation, never speaks (rule 2).
STORMS = frozenset({"typhoon", "hurricane", "cyclone", "storm", "tropical", "super"})
#: Words for a company that refer back to the company named before (rule 8).
COMPANY_WORDS = frozenset({"company", "firm", "operator", "manufacturer", "employer", "owner", "group"})
#: Last words of a company's name ("Sigma Industries", "Delta Chemicals Ltd").
COMPANY_SUFFIXES = frozenset({"industries", "ltd", "limited", "inc", "corp", "corporation", "company", "co",
                              "holdings", "group", "chemicals", "pharma", "pharmaceuticals", "steel", "motors",
                              "mining", "energy", "enterprises", "plc", "llc", "gmbh", "sa"})
#: Works a company runs: "the Korla Steel plant" names the company that runs it.
WORKS = frozenset({"plant", "factory", "unit", "facility", "mine", "refinery", "mill", "warehouse", "site",
                   "works", "yard", "depot"})
_COMPANIES = "newsclaims.sources.companies"
#: Round 11: nouns for a company by its trade ("the airline said", "the carmaker's plan"), which
#: refer back like "the company" (rule 14).
INDUSTRY_WORDS = frozenset({"airline", "carrier", "carmaker", "automaker", "insurer", "lender", "retailer",
                            "chipmaker", "drugmaker", "miner", "shipper", "conglomerate", "startup", "start-up"})
_ORGS = "newsclaims.sources.orgs"
#: Round 17 (rule 36): a company by its trade and what the trade runs: "the railway said" after "a
#: Norfolk Southern freight train" is Norfolk Southern, "the carrier said" after "an Emirates jet".
TRADES = {
    "railway": frozenset({"train", "freight", "locomotive", "railcar", "wagon", "railway", "railroad", "rail"}),
    "railroad": frozenset({"train", "freight", "locomotive", "railcar", "wagon", "railway", "railroad", "rail"}),
    "airline": frozenset({"jet", "plane", "flight", "aircraft", "airliner", "airline", "carrier"}),
    "carrier": frozenset({"jet", "plane", "flight", "aircraft", "airliner", "airline", "carrier", "train",
                          "freight", "railway", "railroad", "ship", "vessel", "ferry", "tanker"}),
}
#: Round 17 (rule 36): descriptive words that may stand between a trade noun and the name it
#: introduces ("the railway operator Norfolk Southern", "the budget carrier Ryanair").
TRADE_TITLES = frozenset({"operator", "company", "firm", "group", "giant"})


def _prominent_org(doc: Doc, position: int) -> str | None:
    """Rule 14: the organisation named most often before ``position`` (ties: the latest), counting a
    mention whose words hold the name ("Air India" in "An Air India Boeing"); None when none is named
    twice or more and none is a clause's subject. A company the recogniser reads as a plain
    organisation ("Meta", "Volkswagen") is what "the company" refers back to when rule 8 finds none."""
    orgs = doc.user_data.get(_ORGS)
    if orgs is None:
        orgs = [(e.start_char, e.text.removeprefix("the ").removeprefix("The "), _is_subject(doc, e.start_char))
                for e in doc.ents if e.label_ == "ORG" and e[0].lower_ not in STORMS]
        doc.user_data[_ORGS] = orgs
    before = [(text, acting) for start, text, acting in orgs if start < position]
    names = {text for text, _ in before if all(w[:1].isupper() for w in text.split()) and "-" not in text.split()}
    scores = {n: (sum(f" {n} " in f" {text} " for text, _ in before),
                  any(acting and n == text for text, acting in before),
                  max(i for i, (text, _) in enumerate(before) if f" {n} " in f" {text} ")) for n in names}
    ranked = sorted(((count, acting, last, n) for n, (count, acting, last) in scores.items()
                     if count >= 2 or acting), reverse=True)
    return ranked[0][3] if ranked else None


def companies(doc: Doc) -> list[tuple[int, str]]:
    """(offset, name) of every company named in ``doc`` (rule 8), in text order; cached on the doc."""
    cached = doc.user_data.get(_COMPANIES)
    if cached is not None:
        return cached
    found, i = [], 0
    while i < len(doc):
        if doc[i].pos_ != "PROPN" or not (doc[i].is_title or _mixed_case(doc[i].text)):
            i += 1
            continue
        end = i
        while end < len(doc) and doc[end].pos_ == "PROPN" and (doc[end].is_title or doc[end].is_upper or
                                                              _mixed_case(doc[end].text)):
            end += 1
        words = doc[i:end]
        following = doc[end] if end < len(doc) else None
        if words[-1].lower_.rstrip(".") in COMPANY_SUFFIXES and len(words) > 1 or \
                following is not None and following.lemma_.lower() in WORKS and following.pos_ == "NOUN":
            if not any(t.ent_type_ in ("GPE", "PERSON", "NORP") for t in words):
                found.append((words.start_char, words.text))
        i = end
    doc.user_data[_COMPANIES] = found
    return found


def _company_before(doc: Doc, position: int) -> str | None:
    """Rule 8: the company named last before ``position``; round 10: in the figure's own sentence,
    the company that is a clause's subject there before any other ("UnitedHealth Group has spent
    $872 million on the attack on its Change Healthcare unit ..., the company said")."""
    found = [(start, text) for start, text in companies(doc) if start < position]
    if not found:
        return None
    span = doc.char_span(position, position + 1, alignment_mode="expand")
    if span is not None and len(span):
        sentence = span[0].sent
        acting = [text for start, text in found if start >= sentence.start_char and _is_subject(doc, start)]
        if acting:
            return acting[-1]
    return found[-1][1]


def _is_subject(doc: Doc, start: int) -> bool:
    """Is the name starting at offset ``start`` a clause's subject (through its compounds)?"""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None or not len(span):
        return False
    token = span[0]
    while token.dep_ in ("compound", "flat") and token.head.i != token.i:
        token = token.head
    return token.dep_ in ("nsubj", "nsubjpass")


def _mixed_case(text: str) -> bool:
    """Round 10: a name written as one mixed-case word ("UnitedHealth", "PayPal")."""
    return text.isalpha() and not text.islower() and not text.isupper() and not text.istitle() and text[0].isupper()


def _short_form(word: str, earlier: list[str], text_before: str) -> str | None:
    """Rule 13: a capitalised common word written after "the" ("the Bank", "the Commission", "the
    Network") is the latest earlier name of several words whose head it is, before "of"/"for"
    ("Bank of England", "European Commission", "Sudan Doctors Network"); a word that names a
    place, one never written after "the" (a brand: "Volkswagen said"), a name with other than
    words in it (a dateline run into a name), or no such earlier name, is left as it is."""
    if gazetteer.places(word) or gazetteer.country(word, provinces=False) or \
            f"the {word}" not in text_before.replace("The ", "the "):
        return None
    same = [n for n in earlier if len(n.split()) > 1 and _head(n) == word.lower() and n.split()[0][:1].isupper()
            and all(w.replace("'", "").isalpha() for w in n.split())]
    return same[-1] if same else None


def _officer_before(earlier: list[str]) -> str | None:
    """Rule 30 (round 15): "the office said" with no earlier name ending in "office" is the latest
    earlier source that is an officer ("the federal returning officer announced ... the office said"),
    in the fullest form written before ("federal returning officer" for a later "returning officer");
    a spokesman or party quoted in between does not take it."""
    officers = [n for n in earlier if n.split()[-1].lower() == "officer" and len(n.split()) > 1]
    if not officers:
        return None
    latest = officers[-1]
    fuller = [n for n in officers if n.lower().endswith(" " + latest.lower())]
    return max(fuller, key=len) if fuller else latest


def _generic_plural(name: str, sentence: str) -> bool:
    """"officials had listed 27": a plural of people with no "the" is whoever holds that role, not
    the group named before with more words ("rescue officials"; "the diplomats said" still refers
    back); bodies ("authorities") always refer."""
    return name.endswith("s") and f"the {name}" not in sentence.lower() and \
        not name.removesuffix("ies").removesuffix("s") in GENERIC_BODIES | COMPANY_WORDS


def _unnamed_speaker(earlier: list[str]) -> str | None:
    """Rule 9: the latest earlier source that is one unnamed person ("diplomat", "police officer")."""
    for source in reversed(earlier):
        last = source.split()[-1]
        if not last.islower():
            return None  # a named speaker or body came later: not the pronoun's
        if not last.endswith("s") and last not in COMPANY_WORDS | GENERIC_BODIES | ISSUED:
            return source
    return None


def _not_a_speaker(name: str) -> bool:
    """Rule 7: a phrase ending in a document, event or quantity word names nobody by itself."""
    words = name.split()
    last = words[-1].removesuffix("s")
    if last in ISSUED:  # "intelligence reports", "provincial data": a described document names its issuer
        return len(words) == 1
    if _origin_figures(words):  # rule 23: "according to state figures"
        return False
    return words[-1] in NOT_SPEAKERS or last in NOT_SPEAKERS


#: Round 13: words that say whose figures they are ("state figures", "police figures": rule 23).
ORIGIN_WORDS = frozenset({"state", "government", "provincial", "federal", "municipal", "city", "county", "district",
                          "police", "military", "army", "hospital", "ministry", "regional", "national"})


def _origin_figures(words: list[str]) -> bool:
    """Rule 23: a figure word (figures, count, tally, numbers, total) written with the authority
    it comes from ("state figures", "police count", "UN figures") names that origin as written."""
    return len(words) >= 2 and words[-1].lower().removesuffix("s") in ("figure", "count", "tally", "number", "total") \
        and (words[-2].lower() in ORIGIN_WORDS or words[-2][:1].isupper())


def _national_company(name: str) -> str | None:
    """Rule 24: "Swedish company", "German carmaker": a company word (:data:`COMPANY_WORDS`,
    :data:`INDUSTRY_WORDS`) after a nationality only is the bare word, for rules 8 and 14."""
    words = name.split()
    if len(words) == 2 and words[1] in COMPANY_WORDS | INDUSTRY_WORDS and words[0][:1].isupper() and \
            gazetteer.country(words[0], provinces=False):
        return words[1]
    return None


#: Round 13: a body's analyses that speak for it ("the agency's modelling": rule 25).
ANALYSES = ISSUED | frozenset({"modelling", "modeling", "model", "analysis", "estimate", "estimates", "projection",
                               "projections", "assessment", "figures", "calculations", "count"})


def _body_analysis(name: str) -> str | None:
    """Rule 25: "agency's modelling", "the ministry's estimates": a bare body word
    (:data:`GENERIC_BODIES`, :data:`.names.BODY_WORDS`) owning an analysis or document
    (:data:`ANALYSES`) is that body, as rule 11's "its report" is; the body word is returned."""
    words = name.split()
    if len(words) != 2 or not words[0].endswith("'s") or words[1].lower() not in ANALYSES:
        return None
    owner = words[0].removesuffix("'s")
    return owner if owner in GENERIC_BODIES | BODY_WORDS else None


#: Round 19 (rule 41): figure words a body's count is written with ("the ministry's latest tally").
OWNED_FIGURES = ANALYSES | frozenset({"tally", "toll", "figure", "numbers", "reading", "estimates"})


def _owned_analysis(name: str) -> str | None:
    """Rule 41: "interior ministry's latest count" -> "interior ministry": a figure word (:data:`OWNED_FIGURES`)
    owned by a body of several words, with only words of time (:data:`TIME_ONLY`) between; None for an
    owner that is no speaker (an event or quantity: "the storm's toll") or a time ("last year's")."""
    words = name.split()
    owners = [i for i, w in enumerate(words) if w.endswith(("'s", "s'"))]
    if not owners or words[-1].lower() not in OWNED_FIGURES:
        return None
    k = owners[-1]
    if k == 0 and len(words) == 2 or any(w.lower() not in TIME_ONLY for w in words[k + 1:-1]):
        return None  # a one-word owner is rule 25's
    owner = " ".join([*words[:k], words[k].removesuffix("'s").removesuffix("'")])
    if owner.lower() in ("its", "his", "her", "their") or _not_a_speaker(owner.lower()) or \
            owner.split()[-1].lower() in STORMS | {"year", "week", "month", "day", "today", "yesterday"}:
        return None
    return owner


def _possessive_body(name: str) -> str | None:
    """Rule 41: "Ghana Minerals Commission's" (the figure word it owned dropped) -> its owner, when the
    owner is a body of several words ending in a body word; "Moody's", a name that ends so, is kept."""
    words = name.split()
    if len(words) < 2 or not words[-1].endswith("'s"):
        return None
    head = words[-1].removesuffix("'s").lower()
    return name[:-2] if head in GENERIC_BODIES | PANELS | BODY_WORDS | TEAMS | COMPANY_SUFFIXES else None


def _issuer(name: str, earlier: list[str], doc: Doc | None, position: int) -> str | None:
    """A document speaks for whoever issued it: the speaker of the latest saying verb before it
    with that document ("the defence ministry said in a statement ... The statement said ..."),
    else the latest source named before; an event or a quantity speaks for nobody."""
    last = name.split()[-1].removesuffix("s")
    if last not in ISSUED:
        return None
    issued = _issued_by(doc, last, position) if doc is not None else None
    return issued or (earlier[-1] if earlier else None)


def _issued_by(doc: Doc, noun: str, position: int) -> str | None:
    """"X said in a statement": X, for the latest such mention of ``noun`` before ``position``."""
    for token in reversed([t for t in doc if t.idx < position and t.lemma_.lower() == noun]):
        verb = token.head.head if token.head.dep_ == "prep" else token.head if token.dep_ == "dobj" else None
        if verb is not None and verb.lemma_.lower() in SAY_VERBS | ISSUING:  # "said in a statement", "published its report"
            subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ != "PRON"), None)
            if subject is not None:
                return phrase_name(subject)
    return None


def _derived(word: str, name: str) -> bool:
    """"province" and "provincial government": a bare noun and a name built on its adjective."""
    return len(word) >= 6 and any(w.lower() not in (word, word.removesuffix("s")) and w.lower()[:6] == word[:6]
                                  for w in name.split())  # "economists" is no adjective of "economist"


def _head(name: str) -> str:
    """The word a bare description of ``name`` uses: its last ("interior ministry" -> "ministry"),
    or the last before "of"/"for" ("Ministry of Health" -> "ministry")."""
    words = name.lower().split()
    joins = [i for i, w in enumerate(words) if w in ("of", "for")]
    return words[joins[0] - 1] if joins and joins[0] > 0 else words[-1]


def _names(doc: Doc, known: dict[str, str]) -> list[tuple[int, str]]:
    """(offset, name) of every organisation named in the text, in order."""
    found = [(e.start_char, e.text.removeprefix("the ").removeprefix("The ")) for e in doc.ents
             if e.label_ == "ORG" and e[0].lower_ not in STORMS]
    found += [(e.start_char, f"{e.text.removeprefix('the ').removeprefix('The ')} {kind.text}") for e in doc.ents
              for kind in [_kind(e)] if e.label_ == "ORG" and kind is not None]  # rule 12
    found += _named_courts(doc)  # rule 40
    for alias, long_name in known.items():
        position = doc.text.find(long_name)
        if position >= 0:
            found.append((position, long_name))
        if " " in alias and alias.split()[-1].islower():  # round 27: "the UN children's agency, UNICEF,"
            position = doc.text.find(alias)
            if position >= 0:
                found.append((position, alias))
    return sorted(found)


#: Rule 40: institutions often written as a proper name and lowercase words ("the Basmanny district court").
COURT_WORDS = frozenset({"court", "tribunal"})


def _named_courts(doc: Doc) -> list[tuple[int, str]]:
    """Rule 40: "the Basmanny district court", "the Lagos high court": a lowercase court word whose
    modifiers open with a proper name is a name (the recogniser tags none), so that a later "the
    court said" refers back to it (rule 2). "the supreme court", "a court in Lagos" name none."""
    found = []
    for token in doc:
        if token.lemma_.lower() not in COURT_WORDS or not token.is_lower:
            continue
        lefts = [t for t in token.lefts if t.dep_ in ("compound", "amod", "nmod")]
        if not lefts or not any(t.dep_ == "det" and t.lower_ == "the" for t in token.lefts):
            continue
        first = doc[min(t.left_edge.i for t in lefts)]
        if first.pos_ != "PROPN" or not first.is_title or any(t.dep_ in ("poss", "case") for t in doc[first.i:token.i]):
            continue
        found.append((first.idx, doc[first.i:token.i + 1].text))
    return found


def _kind(entity: Span) -> Token | None:
    """Rule 12: "the IG Metall union", "the Acme company": the common noun a name is written before
    (the name a compound of it), so that a later "the union" refers back to the named body."""
    after = entity.doc[entity.end] if entity.end < len(entity.doc) else None
    if after is None or after.pos_ != "NOUN" or not after.is_lower or entity.root.head.i != after.i or \
            entity.root.dep_ != "compound":
        return None
    return after


def _sentence_before(doc: Doc, position: int) -> Span | None:
    """The sentence before the one holding ``position`` when both are in one paragraph (no line
    break between them), else None: what rules 4, 21, 22, 33 and 34 look back to."""
    span = doc.char_span(position, min(position + 1, len(doc.text)), alignment_mode="expand")
    if span is None or not len(span) or span[0].sent.start == 0:
        return None
    sentence = span[0].sent
    before = doc[sentence.start - 1].sent
    return None if "\n" in doc.text[before.end_char:sentence.start_char] else before


def _speaker_before(doc: Doc | None, position: int) -> str | None:
    """Rule 21: the singular person noun (a role: :data:`.coref.ROLE_NOUNS`) that is the subject of
    a saying verb in the sentence before the one at ``position``, in the same paragraph."""
    if doc is None:
        return None
    before = _sentence_before(doc, position)
    if before is None:
        return None
    speakers = [c for t in before if t.pos_ == "VERB" and t.lemma_.lower() in SAY_VERBS
                for c in t.children if c.dep_ == "nsubj" and c.tag_ == "NN" and c.lemma_.lower() in coref.ROLE_NOUNS]
    return phrase_name(speakers[-1]) if len(speakers) == 1 else None


def _plural_subject(subject: Token) -> bool:
    """Rule 20: a plural subject, by its tag or by its verb's agreement ("The Greens were ...",
    with "Greens" tagged a singular proper noun)."""
    verb = subject.head
    return subject.tag_ in ("NNS", "NNPS") or verb.tag_ == "VBP" or verb.lower_ == "were" or \
        any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("are", "were", "have") for c in verb.children)


#: Round 13: bodies of members that rule 22 refers back to ("the committee said"); not "police" or
#: "government", which name the service in general ("Spanish police ... police said" stays "police").
PANELS = frozenset({"committee", "board", "panel", "tribunal", "commission", "council"})
#: Round 13: words for a political party, which refer back to the named party before (rule 22).
PARTY_WORDS = frozenset({"party", "alliance", "coalition", "bloc", "movement"})


def _body_before(word: str, doc: Doc, position: int) -> str | None:
    """Rule 22: the subject of the sentence before the one at ``position`` (same paragraph) that
    "the <word>" refers back to: the same head word with its modifiers, or for a party word a
    proper name that is no person or place."""
    before = _sentence_before(doc, position)
    if before is None:
        return None
    subject = next((t for t in before if t.dep_ in ("nsubj", "nsubjpass") and t.head.pos_ in ("VERB", "AUX")), None)
    if subject is None or subject.pos_ == "PRON":  # the first clause's subject (a dateline may be the root)
        return None
    if subject.lower_ == word and any(c.dep_ in ("amod", "compound") for c in subject.children):
        return phrase_name(subject)
    if word in PARTY_WORDS and subject.pos_ == "PROPN" and subject.ent_type_ not in ("PERSON", "GPE", "LOC", "NORP"):
        return phrase_name(subject)
    return None


def _same(name: str | None, earlier: list[str]) -> str | None:
    """Rule 19: "same projection" is the latest earlier source whose head is "projection"."""
    words = name.split() if name else []
    if len(words) < 2 or words[0].lower() != "same":
        return name
    found = [n for n in earlier if _head(n) == words[-1].lower() and n.lower() != name.lower()]
    return found[-1] if found else " ".join(words[1:])


def _previous_subject(doc: Doc, start: int, pronoun: str = "") -> str | None:
    """Rule 4: the named subject of the sentence before the one at ``start``, same paragraph; rule
    20: for "it", not a plural one."""
    before = _sentence_before(doc, start)
    if before is None:
        return None
    subject = next((c for c in before.root.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ == "PRON" or pronoun == "it" and _plural_subject(subject):
        return None
    words = [t for t in subject.subtree if t.i <= subject.i]
    if not any(t.pos_ == "PROPN" or t.ent_type_ in ("ORG", "NORP", "GPE") for t in words):
        return None
    return phrase_name(subject)


def _owner_before(doc: Doc, start: int) -> str | None:
    """Rule 34: "Smartmatic's technology was used in one county ... The company says ...": "the
    company" is the organisation that is the subject of the sentence before in the same paragraph,
    or owns that subject, when the recogniser tags it an organisation (not a company named earlier)."""
    before = _sentence_before(doc, start)
    if before is None:
        return None
    root = before.root
    content = next((c for c in root.children if c.dep_ == "ccomp" and c.i < root.i), None)
    if root.lemma_.lower() in SAY_VERBS and content is not None:
        root = content  # "X's scanners were used in two hospitals, ..., said Ortiz": the said clause
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return None
    owner = next((c for c in subject.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
    body = owner if owner is not None else subject if subject.pos_ == "PROPN" else None
    if body is None or body.ent_type_ not in ("ORG", "") or body.ent_type_ == "" and (
            gazetteer.country(body.text, provinces=False) or body.text in {p.name.split()[-1] for p in coref.people(doc)}):
        return None  # an organisation, or a name the recogniser left untagged that is no place or person
    entity = next((e for e in doc.ents if e.start <= body.i < e.end), None)
    return entity.text.removesuffix("'s").strip() if entity is not None else body.text


#: Round 16 (rule 33): bodies written as a description ("the government") that "it" stands for.
DESCRIBED_BODIES = frozenset({"government", "ministry", "administration", "cabinet"})


def _described_subject(doc: Doc, start: int) -> str | None:
    """Rule 33: "The government says it is offering housing ... As of Wednesday it had placed 4,002
    people, it said": the sentence before, in the same paragraph, has for subject a body written as
    a description ("the government", a generic body word); returned as written, for rule 2 to name."""
    before = _sentence_before(doc, start)
    if before is None:
        return None
    subject = next((c for c in before.root.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ != "NOUN" or subject.tag_ != "NN" or \
            subject.lower_ not in DESCRIBED_BODIES | GENERIC_BODIES or \
            not any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children) or \
            len([c for c in subject.children if c.dep_ != "det"]):
        return None
    return subject.lower_


#: Round 13: last words of a name that hold an office one person fills ("the County Medical
#: Examiner"), not a body that "the agency" could point back to.
OFFICE_HOLDERS = coref.PERSON_TITLES | coref.OFFICES | frozenset({"examiner", "coroner", "officer", "head", "leader"})
_BODIES = "newsclaims.sources.speaking_bodies"


def _speaking_bodies(doc: Doc) -> list[tuple[int, str, str]]:
    """Round 13, rule 15: (offset, name, name's last word) of every capitalised name that speaks (a
    saying verb's subject, the object of "according to") and could be a body: no pronoun, place,
    country, storm, office holder or person named as such (:func:`.coref.people` with a
    title, or a surname written alone); cached on the doc."""
    cached = doc.user_data.get(_BODIES)
    if cached is not None:
        return cached
    persons = {p.name for p in coref.people(doc) if p.titles}  # "Cal Fire", read as a person, has no title
    surnames = {e.text for e in doc.ents if e.label_ == "PERSON" and len(e) == 1}
    found = []
    for token in doc:
        if token.dep_ == "nsubj" and token.head.lemma_.lower() in SAY_VERBS and token.head.pos_ == "VERB":
            head = token
        elif token.dep_ == "pobj" and token.head.lower_ == "to" and token.head.i > 0 and \
                token.doc[token.head.i - 1].lower_ == "according":
            head = token
        else:
            continue
        words = [t for t in head.subtree if t.i <= head.i and t.dep_ not in ("det", "poss", "case", "punct")]
        if not words or head.pos_ != "PROPN" or not all(w.text[:1].isupper() for w in words):
            continue
        text = phrase_name(head) or ""
        last = text.split()[-1].lower() if text and " of " not in f" {text} " else ""  # "Directorate General of ..."
        if not text or text in persons or words[-1].text in surnames or last in OFFICE_HOLDERS | STORMS or \
                gazetteer.places(text) or gazetteer.country(text, provinces=False):
            continue
        found.append((words[0].idx, text, last))
    doc.user_data[_BODIES] = found
    return found


#: Round 26 (rule 53): words for a news outlet that report as a body does ("the paper added").
NEWS_WORDS = frozenset({"paper", "newspaper", "daily", "weekly", "tabloid", "broadcaster"})


def _news_before(doc: Doc, position: int) -> str | None:
    """Rule 53 (round 26): "the paper added" with no earlier name ending in "paper" is the body that
    spoke last before its sentence in the same paragraph when it "reported" ("..., USA Today reported.
    The board offered 5% ..., the paper added"): rule 15's speaking bodies, kept to a reporting verb."""
    span = doc.char_span(position, position + 1, alignment_mode="expand")
    if span is None or not len(span):
        return None
    start = span[0].sent.start_char
    spoke = [(offset, text) for offset, text, _ in _speaking_bodies(doc) if offset < start]
    if not spoke or "\n\n" in doc.text[spoke[-1][0]:start]:
        return None
    offset, text = spoke[-1]
    token = doc.char_span(offset, offset + 1, alignment_mode="expand")
    verb = token[0].head if token is not None and len(token) else None
    while verb is not None and verb.dep_ not in ("ROOT", "ccomp", "parataxis", "conj") and verb.head.i != verb.i and \
            verb.pos_ != "VERB":
        verb = verb.head
    if verb is None or verb.lemma_.lower() not in ("report", "write", "say", "add"):
        return None
    return text


def _speaking_body(doc: Doc, position: int, latest: str | None) -> str | None:
    """Rule 15 (round 13): "the agency said" with no earlier name ending in "agency" is the body that
    spoke last before its sentence (a saying verb's subject, an "according to"), when that body
    spoke in the same paragraph, or after the organisation named last, or when that organisation
    is no body that speaks (an office one person holds, an event, a place: "the Medical Examiner",
    "the Palisades fire"). Otherwise rule 2's organisation named last stands."""
    span = doc.char_span(position, position + 1, alignment_mode="expand")
    if span is None or not len(span):
        return None
    start = span[0].sent.start_char
    spoke = [(offset, text) for offset, text, _ in _speaking_bodies(doc) if offset < start]
    if not spoke:
        return None
    offset, text = spoke[-1]
    same_paragraph = "\n\n" not in doc.text[offset:start]
    named = [o for o, n, _ in [(e.start_char, e.text, None) for e in doc.ents if e.label_ == "ORG"]
             if o < start and n.removeprefix("the ").removeprefix("The ") == latest] if latest else []
    unusable = latest is None or latest.split()[-1].lower() in OFFICE_HOLDERS | STORMS or \
        latest.split()[-1] in NOT_SPEAKERS or \
        bool(gazetteer.places(latest))
    if same_paragraph or unusable or (named and offset > named[-1]):
        return text
    return None


def _with_unit(word: str, earlier: list[str]) -> str | None:
    """Rule 16 (round 13): a one-word name ("Moody's said") is the latest earlier name that is that
    word followed by an all-capitals unit name ("Moody's RMS"), not a company suffix ("Acme AG"
    keeps "Acme"); None when there is none."""
    if not word[:1].isupper() or word.isupper():
        return None
    same = [n for n in earlier if len(n.split()) == 2 and n.split()[0] == word and n.split()[1].isupper()
            and len(n.split()[1]) > 1 and n.split()[1].lower().rstrip(".") not in COMPANY_SUFFIXES | {"ag", "nv", "se"}]
    return same[-1] if same else None


def _reported_subject(doc: Doc, claim: Claim) -> str | None:
    """Rule 17 (round 13): "The company had 72,404 employees, it said": a closing "it said" whose
    reported clause has a body for subject (a company or trade word, a generic body, an organisation
    name) points back to that subject, not to the sentence before."""
    span = doc.char_span(claim.start, claim.start + 1, alignment_mode="expand")
    if span is None or not len(span):
        return None
    root = span[0].sent.root
    if root.lemma_.lower() not in SAY_VERBS or not any(c.dep_ == "nsubj" and c.lower_ in ("it", "they")
                                                       for c in root.children):
        return None
    clause = next((c for c in root.children if c.dep_ == "ccomp" and c.i < root.i), None)
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None) if clause is not None else None
    if subject is None or not (subject.lemma_.lower() in COMPANY_WORDS | INDUSTRY_WORDS | GENERIC_BODIES or
                               subject.pos_ == "PROPN" and subject.ent_type_ == "ORG"):
        return None
    return phrase_name(subject)


def _clause_owner(doc: Doc, claim: Claim) -> str | None:
    """Rule 47 (round 22): "Drewry's index fell 1% to $3,733, the consultancy said": a closing "the
    <noun> said" that names no earlier body is the organisation that owns the subject of the clause it
    closes (a proper name written with "'s", not a person or a place)."""
    span = doc.char_span(claim.start, claim.start + 1, alignment_mode="expand")
    if span is None or not len(span):
        return None
    speaker = next((t for t in span[0].sent if t.lower_ == claim.source and t.dep_ == "nsubj" and
                    t.head.lemma_.lower() in SAY_VERBS), None)
    if speaker is None or not any(c.dep_ == "det" and c.lower_ == "the" for c in speaker.children):
        return None
    verb = speaker.head
    clause = verb.head if verb.dep_ == "parataxis" and verb.head.i < verb.i else \
        next((c for c in verb.children if c.dep_ in ("ccomp", "parataxis") and c.i < verb.i), None)
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None) if clause is not None else None
    owner = next((c for c in subject.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None) \
        if subject is not None else None
    if owner is None and subject is not None:  # rule 61: "A team from Save the Children walked ..., the charity said"
        body = next((g for c in subject.children if c.dep_ == "prep" and c.lower_ in ("from", "of", "at")
                     for g in c.children if g.dep_ == "pobj" and (g.pos_ == "PROPN" or g.ent_type_ == "ORG")), None)
        entity = next((e for e in doc.ents if body is not None and e.start <= body.i < e.end), None)
        if entity is not None and entity.label_ == "ORG" and not gazetteer.places(entity.text) and \
                gazetteer.country(entity.text) is None:
            return entity.text.removeprefix("the ")
    if owner is None or owner.ent_type_ in ("PERSON", "NORP") or gazetteer.country(owner.text) is not None or \
            gazetteer.places(owner.text):  # a place the recogniser did not know is read from the gazetteer
        return None
    return phrase_name(owner)


def _indefinite(title: str, sentence: str) -> bool:
    """Rule 18 (round 13): "A state minister said ..." introduces someone new: a title written after
    "a"/"an" in the figure's sentence (and never after "the" there) is not the person introduced
    before with that title ("the education minister, X")."""
    text = f" {sentence.lower()} "
    return any(f"{article} {title.lower()}" in text for article in (" a", " an")) and f"the {title.lower()}" not in text


def _trade_name(doc: Doc, word: str, position: int) -> str | None:
    """Rule 36 (round 17): "the railway said", "the carrier said" with no earlier name ending in that
    word is the company named last before ``position`` as the owner of what its trade runs ("a
    Norfolk Southern freight train", "an Emirates jet": the name a modifier of one of
    :data:`TRADES`' nouns) or written right after the trade word ("the railway operator Norfolk
    Southern", "the carrier Ryanair"); None when the text names none (the word then stays)."""
    found = []
    for token in doc:
        if token.idx >= position:
            break
        if token.pos_ != "PROPN" or not token.text[:1].isupper() or token.ent_type_ in ("PERSON", "NORP", "LOC") \
                or token.i > 0 and doc[token.i - 1].pos_ == "PROPN" and doc[token.i - 1].text[:1].isupper():
            continue
        end = token.i
        while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper():
            end += 1
        words = doc[token.i:end]
        if gazetteer.places(words.text) or gazetteer.country(words.text, provinces=False):
            continue
        run = end
        while run < len(doc) and doc[run].pos_ in ("NOUN", "ADJ") and run < end + 3:
            run += 1
        runs = doc[run - 1] if run > end else None  # the last noun of "freight train"
        owns = runs is not None and runs.pos_ == "NOUN" and runs.lemma_.lower() in TRADES[word] and \
            end <= words[-1].head.i < run
        before = [t.lower_ for t in doc[max(0, token.i - 3):token.i]]
        introduced = bool(before) and (before[-1] == word or before[-1] in TRADE_TITLES and word in before)
        if owns or introduced:
            found.append(words.text.removesuffix("'s"))
    return found[-1] if found else None


def _people_before(doc: Doc, word: str, position: int, sentence: str) -> str | None:
    """Rule 37 (round 17): "the lawyers said" after "the class lawyers" is "class lawyers": a plural
    of people written with "the" refers back to the latest earlier mention of the same noun, also
    written with "the", with lowercase words before it that say which ("the class lawyers", "the
    defence lawyers"); none when that noun was written bare or with a number ("Other lawyers",
    "two lawyers")."""
    if not word.endswith("s") or not word.isalpha() or f"the {word}" not in sentence.lower() or \
            word.removesuffix("ies").removesuffix("s") in GENERIC_BODIES | COMPANY_WORDS:
        return None
    found = None
    for token in doc:
        if token.idx >= position:
            break
        if token.lower_ != word or token.tag_ != "NNS":
            continue
        kinds = [c for c in token.children if c.dep_ in ("compound", "amod") and c.i < token.i]
        if not kinds or not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children) or \
                any(not c.is_lower or not c.is_alpha or c.lower_ in TIME_ONLY | {"other", "same", "more"} for c in kinds):
            continue
        found = doc[kinds[0].i:token.i + 1].text
    return found


#: Round 19 (rule 42): words for a working body that, like panels, are named by a description ("the
#: WHO-led health cluster", "the joint rescue team").
TEAMS = frozenset({"cluster", "team", "mission", "taskforce", "unit", "centre", "center", "secretariat"})


def _described_before(doc: Doc, word: str, position: int) -> str | None:
    """Rule 42 (round 19): "the committee" after "a meeting of the ministerial committee in charge of
    ...": the latest mention before ``position`` of the body word ``word`` written with a determiner and
    lowercase words (or a hyphenated qualifier, "WHO-led") before it that say which; None when there is
    none, or the words are a number, "other"/"same", a time or a possessive owner."""
    if word not in GENERIC_BODIES | PANELS | BODY_WORDS | TEAMS:
        return None
    found = None
    for token in doc:
        if token.idx >= position:
            break
        if token.lower_ != word or token.tag_ != "NN":
            continue
        kinds = [c for c in token.children if c.dep_ in ("compound", "amod", "npadvmod") and c.i < token.i]
        det = any(c.dep_ == "det" and c.lower_ in ("the", "a", "an") for c in token.children)
        if not kinds or not det or any(c.dep_ == "poss" for c in token.children):
            continue
        first = min(t.left_edge.i for t in kinds)
        words = doc[first:token.i]
        if any(t.like_num or t.lower_ in TIME_ONLY | {"other", "same", "more", "'s"} or
               not (t.is_lower or t.text == "-" or "-" in t.text or t.nbor(1).text == "-" and t.is_upper)
               for t in words):
            continue
        found = doc[first:token.i + 1].text
    return found


#: Round 17 (rule 39): words of a description too common to tie it to a name ("national", "state").
_PLAIN = frozenset({"national", "state", "country", "country's", "federal", "public", "official", "government",
                    "the", "of", "on", "for", "and", "new", "main", "local", "funded", "run", "owned", "backed"})


#: Round 26 (rule 52): a common noun that leads a proper name ("Camp Mystic") is capitalised; words
#: also used as titles of people or as the start of any sentence are left out by the checks below.
_LED = re.compile(r"(?<=[\s(,;])([A-Z][a-z]+) ((?:[A-Z][\w'-]+)(?: [A-Z][\w'-]+)?)")


def _led_by(doc: Doc, noun: str, position: int) -> str | None:
    """Rule 52 (round 26): "the camp said" with no earlier name ending in "camp" is the latest proper
    name before it that the same noun leads ("Camp Mystic", "Fort Hays", "Lake Orion Academy" is not
    led by "academy"), written inside a sentence, not at its start; not a person's title ("President
    Biden" is no "president": the recogniser's persons are left out)."""
    if not noun.isalpha() or noun in coref.OFFICES or noun in BODY_WORDS:  # "Government X Hospital" is no government
        return None
    persons = {e.start_char for e in doc.ents if e.label_ == "PERSON"}
    found = None
    for match in _LED.finditer(doc.text, 0, position):
        if match.group(1).lower() != noun:
            continue
        span = doc.char_span(match.start(1), match.end(2), alignment_mode="expand")
        if span is None or span[0].is_sent_start or span[0].idx in persons or \
                any(t.idx in persons for t in span[1:2]):
            continue
        found = f"{match.group(1)} {match.group(2)}"
    return found


def _body_named_before(doc: Doc, description: str, position: int, known: dict[str, str]) -> str | None:
    """Rule 51 (round 26): a description of a body ("the UN health agency said", lowercase words that say
    which, an acronym allowed, and a body word for head: :data:`GENERIC_BODIES`, :data:`PANELS`) after
    an organisation named in full earlier in the same paragraph ("The World Health Organization (WHO)
    gave its own figures.") that holds one of those words ("health") is that name, as rule 39 does for
    a name that follows. None when no such name comes before in the paragraph (the description stays)."""
    words = description.split()
    if len(words) < 2 or words[-1] not in GENERIC_BODIES | PANELS or \
            not all(w.islower() or w.isupper() and len(w) > 1 for w in words):
        return None
    which = {w.lower() for part in words[:-1] if part.islower() for w in part.replace("-", " ").split()} - _PLAIN
    if not which:
        return None
    span = doc.char_span(position, position + 1, alignment_mode="expand")
    if span is None or not len(span):
        return None
    start = span[0].sent.start_char
    paragraph = doc.text.rfind("\n", 0, start) + 1
    for ent in reversed([e for e in doc.ents if e.label_ == "ORG" and paragraph <= e.start_char < start]):
        text = ent.text[4:] if ent.text.lower().startswith("the ") else ent.text
        text = entities.expand(text.split(" (")[0].strip(), known)  # "World Health Organization (WHO"
        if len(text.split()) > 1 and which & {w.lower() for w in text.split()}:
            return text
    return None


def _body_named_next(doc: Doc, description: str, position: int) -> str | None:
    """Rule 39 (round 17): a body first given by a description ("..., the country's state-funded human
    rights body said.") and named in the next sentence ("The National Commission on Human Rights said
    ...") is that name, as rule 10 names an official given by title and named later: the description
    (lowercase, a body word for head: :data:`GENERIC_BODIES`, :data:`PANELS`, :data:`.names.BODY_WORDS`)
    shares a word that says which with a body that speaks (rule 15's speaking bodies) in the sentence
    right after the figure's. None when no such body follows (the description stays)."""
    words = description.split()
    if words[-1] not in GENERIC_BODIES | PANELS | BODY_WORDS:
        return None
    span = doc.char_span(position, position + 1, alignment_mode="expand")
    if span is None or not len(span) or span[0].sent.end >= len(doc):
        return None
    following = doc[span[0].sent.end].sent
    if following.text.strip() == "":
        following = doc[following.end].sent if following.end < len(doc) else following
    which = {w.lower().strip(",") for part in words[:-1] for w in part.replace("-", " ").split()} - _PLAIN
    for offset, text, _ in _speaking_bodies(doc):
        if following.start_char <= offset < following.end_char and \
                which & {w.lower() for w in text.split()}:
            return text
    return None
