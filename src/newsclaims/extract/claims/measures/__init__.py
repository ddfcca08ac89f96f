"""The measure of a figure (model.MEASURES), from the counted noun and its governing predicate.

The rules live in the submodules, grouped by the shape of the clause; each submodule's docstring lists
its rules with their numbers (rounds 8, 9, 13 and the round-14 lexicon number their own lists). Their
order of application is the cascade here (:func:`_measure`, then :func:`measure`'s checks of its answer).
Imports go one way: :mod:`.common` <- :mod:`.economy` <- :mod:`.health` <- :mod:`.captivity`; :mod:`.aid`,
:mod:`.movement` and :mod:`.deaths` read only :mod:`.common`; :mod:`.walk` reads those below it, :mod:`.tolls`
reads :mod:`.walk`, and this module reads them all.

- :mod:`.walk`: the walk up the predicates (trigger verbs, complements, context nouns, the noun's own clause) (rules
  3, 4, 5, 20; round 23: 90, 99; round 8 *Misread verbs*, *A figure's own noun is no context*, *Strikes joined*, *Services cut off*,
  *Times are no context*; round 9 *A "when" clause is its own*, *The noun's own state beats a default*, *On the
  move*, *Under warnings*, *Treated with wounds*; round 13 2, 4, 9, 13, 14; round 14 lexicon 1, 2, 4, 5)
- :mod:`.tolls`: tolls, containers and levels, restated and elided counts, fronted groups, breakdowns (rules 0, 8,
  8d, 2b, 8b, 8c, 18, 19, 21, 31, 39, 45, 46, 53, 59, 60, 61, 67, 69, 70, 74; round 13 3, 8; round 14 lexicon 6; round
  23: 91, 97, 98)
- :mod:`.deaths`: deaths and the missing beyond the walk, the found alive and the rescued (rules 17, 22, 23, 28, 33,
  37, 41, 54; round 9 *Remains handed back*, *Missing-person reports*; round 14 lexicon 3; round 22: 87; round 28:
  119)
- :mod:`.aid`: aid money and gifts, doses and supplies given, aid vehicles, goods carried (rules 1, 1b, 5b, 6, 27,
  30, 32, 58, 71, 75; round 8 *Changes are no deliveries*; round 9 *Supplies that enter*; round 13 11, 12; round 22:
  86, 89; round 23: 95; round 24: 100)
- :mod:`.movement`: displacement, returns, the fled, forces and personnel sent, carried or stationed (rules 7, 26,
  35, 42, 49, 52, 68; round 13 6, 10; round 21: 78, 79; round 23: 94, 96; round 24: 103)
- :mod:`.health`: outbreaks, poisonings, illness, the hospitalised and admitted, symptoms, campaigns (rules 8e, 25,
  29, 40, 43, 48, 50, 51, 72, 73; round 9 *Harm beats illness*; round 13 1; round 22: 88; round 23: 92)
- :mod:`.captivity`: captives freed, taken, held, kidnapped or seized; jail inmates (rules 4c, 15, 16, 36, 38; round
  13 5, 7; round 21: 76; round 23: 93)
- :mod:`.economy`: services and devices down, disruption, values, rates, seats and tallies, payouts, court cases
  (rules 24, 34, 44, 47, 55, 56, 57, 62, 64, 65, 66; round 9 *Votes and messages are never delivered*; round 21: 77,
  81, 82; round 22: 85)
- :mod:`.common`: small helpers and word lists the groups share (no rules of its own)

Here, with the cascade (rules that read it again, :func:`_figure_told`, :func:`_count_restated`,
:func:`_with_personnel` for rule 49's dogs, and the rules it applies itself): rules 2, 9, 63, round 21's
rule 80, round 22's rules 83 and 84, round 28's 118 and 120-123, and round 29's 124-128. Rules, first that applies (:func:`measure`):

2. The counted noun names the measure (:data:`NOUNS`): "600 deaths" -> killed, "4,700
   casualties" -> casualties, "64 of the injured" -> wounded; so does a compound ("death toll").
   A rate counts what its compound names ("a case fatality rate of 2.9%" -> killed). People who
   are ill (:data:`ILLNESS`: "312 suspected cases", "486 patients", "infections") are
   ``affected``, as people treated for a disease are, unless the sentence speaks of injuries
   ("58 patients were treated for burns": the walk decides); "cases" only in an article about
   illness (a word of illness or a disease's name, :data:`ILLNESS_CUES`: "512 cholera cases"), and "cases of X" only where X is a disease (:func:`_disease_case`: "12 court cases",
   "500 cases of ammunition" are not). A linking verb the tagger read as a
   noun takes its state adjective ("more than 300 fall ill" -> affected).
9. Default (not *stated*): personnel are ``deployed`` ("300 firefighters are on the line"), except
   a workforce (:data:`WORKFORCE`: "143 workers inside the plant", "18 crew", "members"), counted
   where it works or belongs, which is ``other`` unless a verb sends it;
   materiel (:data:`MATERIEL`: shells, rounds, missiles, artillery pieces ...) ``supplied`` when
   no verb but a light or saying one governs it ("officials put the total at 10 million shells":
   munitions counted in a story are deliveries; "fired 40 missiles" is ``other``), anything else
   ``other`` — kept, so nothing is silently lost.

Round 20 (issue 14; an epidemic's cases, deaths and vaccines, a cyclone, and a protest crackdown over job quotas):

63. *The figure of N told before* (:func:`_figure_told`): a bare figure "of" a container ("rejected the figure of 266",
   "consistent with the figure of 35") whose number an earlier sentence gave with a measure takes that measure.

Round 21 (issue 14; a gang war and its jailbreaks, a general election, a developer's liquidation):

80. *A count restated* (:func:`_count_restated`): a bare figure that is the level of "the figure", "the number", "the
   total" or "the count" with no noun of its own ("In the south alone the figure rose from 116,000 to 270,000"), or the
   bare object of a verb of counting (:data:`_RECOUNTING`: "when it counted about 362,000"), takes the measure of the
   nearest earlier figure with a noun, in its sentence or the one before, where that figure counts people and states
   one (not ``other``); a count of things or of time before it (:data:`_NO_COUNT`) gives none.

Round 22 (issue 14; an epidemic's doses, a smog season, returns, a tanker blast and a concert-hall attack):

83. *A count added* (:func:`_count_added`): a figure with no noun of its own (or counting "more" or "others") marked as
   added to an earlier one (:data:`_FURTHER`: "a further 205 had been treated as outpatients", "another 55 were sent on",
   "156 more than in its previous update") takes the measure of the nearest earlier figure with a noun (or of a
   partitive's "of" noun: "80 of the injured"), in its sentence or the one before, where that measure is stated and not
   ``other``; not a figure whose own verb is a state ("Another 20 were on leave").
84. *A toll given again* (rule 80 widened): a bare figure a body "gave" or "announced" (:data:`_TELLING`: "NEMA gave 147
   that evening") restates the harm counted before it, and the bare object of a verb of passing (:data:`_PASSING`)
   whose subject is "the figure", "the tally" or "the count" ("the official tally had passed 170") is a level as "rose to"
   is; a figure before it followed by a state word ("The police counted 94 dead") gives its state.

Round 24 (issue 14; an uprising, vaccine requests, trade measures):

83b. *An added count that arrives* (rule 83 widened): a bare added figure whose verb of arriving made it ``deployed``
   ("The first 700 arrived ... and a further 1,000 a week later", after "supplied about 2,700 doses") takes the measure
   of the earlier count it adds to too, when that one is stated and not ``other``.
83c. *Things that arrive* (:func:`_things_arrived`): a bare figure (no noun) whose verb of arriving made it ``deployed``
   ("The first 700 arrived nine days later") after a count of things (not people) in its sentence or the one before
   ("it supplied about 2,700 doses in all") takes that count's measure, when stated and not ``other``.
101. *A figure asked for again* (:func:`_asked_again`): a bare figure (no noun, no unit) that is the object of "for"
   after a verb of asking (:data:`_ASKING`: "We asked for at least two million", "they requested 300 more") takes the
   measure of the nearest earlier figure with a noun, in its sentence or the one before, where that one states one.
102. *A whole broken down* (:func:`_whole_broken_down`): the figures a "the N were ..." sentence lists after a bare
   "the N" ("the 72 were 59 protesters, 10 prison inmates and three police officers") are parts of the N told
   before and take its measure (the nearest earlier mention of the same figure, when it states one that is not
   ``other``); a "the N" no earlier figure gave, or one told as ``other``, changes nothing.

Round 26 (issue 14; a flash flood and its missing campers, a rebel offensive, an animal epidemic):

104. *Not to be found* (:func:`_not_found`): people who are the subject of a negated verb of finding ("27 campers could
   not be found", "about 23 of the girls could not be accounted for") are ``missing``; the whole such a part is taken
   from ("of the roughly 750 girls staying at the camp") is ``other`` (:func:`_whole_of_unfound`).
105. *Sent with people* (:func:`_sent_with_people`): a count in the object list of a verb of sending that also sends
   people or teams ("sent 14 helicopters, 12 drones and nine rescue teams, between 400 and 500 people"; "1,300
   personnel and 900 vehicles"; "deployed 40 boats and 600 soldiers") is ``deployed`` (verbs "send", "dispatch" and
   "deploy"), unless the list goes to a named country or body (a gift).
106. *Bodies of origin* (:func:`_bodies_of_personnel`): agencies, departments or countries after "from" on personnel
   ("400 first responders from over 20 agencies") are ``other`` (and no earlier level: ``assembly._own_origin``).
107. *People who died* (:func:`_people_who_died`, :func:`_died_level`): "the number of people known to have died rose to
   68, up from 43": the container's people whose own clause dies are ``killed``.
108. *A disease found on farms* (:func:`_disease_found`): farms, dairies, herds or flocks "in"/"on" which a verb of
   finding finds a virus or disease are ``affected`` (as an outbreak's cases are).
109. *Animals culled* (:func:`_animals_culled`): farm animals culled, slaughtered or lost ("19.5 million laying hens
   were culled", "we lost 30 million layers") are ``killed``.
110. *People with wounds* (:func:`_with_wounds`): people "with" wounds, burns or injuries are ``wounded``.
111. *Foreign troops backing a side* (:func:`_foreign_troops_backing`): troops with a nationality adjective that back,
   support or fight ("about 4,000 Rwandan troops are backing the M23") are ``deployed``.
112. *Parts in an absolute clause* (:func:`_absolute_part`): "nine ... had been killed, two of them serving with X and
   seven with Y": the parts take the whole's measure.
113. *A state put at N* (:func:`_state_put_at`): "Goma's dead, put at nearly 3,000 by the UN": the state word before the
   participle gives the measure (counted ``person``, counted.py rule 4b).

Round 27 (issue 14; a Channel crossing, a trial verdict, an election count):

114. *Journeys made* (movement, :func:`.movement._journey_made`): in an article about a flight or migrants, people who
   reach a country or shore or make the journey are ``displaced``.
115. *Falls in value* (walk, :func:`.walk._at_verb`): a percentage an index or share "lost" (no noun counted) is ``other``.
116. *A toll brought to N* (:func:`_toll_brought`): a figure after "to" or "against" in a sentence whose verb brings "the
   number of <people who died>" to a level is ``killed``, wherever the parser hung the "to".
117. *Money paid to a country* (aid, :func:`.aid._paid_to_country`): money one country pays another is ``supplied``.

Round 28 (issue 14; a landslide's camps and bodies, a budget's thresholds, a stadium crush):

118. *Camps are no displaced people* (:data:`_REFUGE_PLACES`): a count of camps, shelters, relief centres or hospitals
   ("30 relief camps were sheltering more than 4,000 people", "Nearly 60 shelters were housing ...", "90 were being
   treated in six hospitals") is ``other``, never the state of the people in them (``displaced``, ``wounded``), who
   keep theirs; places hit themselves stay ``affected`` ("340 hospitals suffered disruption").
119. *Bodies handed to kin* (deaths, :func:`.deaths._handed_to_kin`): "210 bodies had been recovered ..., and 119 had
   been handed over to relatives": a bare count handed back to kin after the dead is ``killed``.
120. *A list "among them"* (:func:`..counted.among_list_first`, read by :func:`..counted.among_pronoun`): the later
   items of a list opened by "among them" ("bodies had been pulled from the mud, among them 51 women and 17 children")
   are parts of the group named before, as the first item is, and take its measure in assembly.
121. *Personnel under investigation* (:func:`_under_discipline`): soldiers, officers or police who are suspended,
   questioned or charged, or "under investigation", with no rule stating another measure, are ``other``, not
   ``deployed``.
122. *The dead in morgues* (:func:`_in_morgue`): people or a bare count "in" morgues or mortuaries ("another 900 were in
   hospital morgues") are ``killed``, not patients in hospital (``wounded``).
123. *Members sent to a house* (:func:`_seats_sent`): members or MPs a region sends to a house or parliament ("which
   sends 80 members to the house") are seats, ``other``, not ``deployed``.

Round 29 (issue 14; an earthquake's aid and homeless, a bank run, a border conflict):

124. *Gifts listed under a lead-in* (:func:`_listed_gift`): a figure (not a percentage) on a list item's line ("- Russia:
   20 tonnes of food;") under a lead-in ending with a colon that names a verb of giving or aid ("What donors have sent
   or promised:", "The aid so far:") is ``supplied``; the lead-in has no figure and may be left unparsed, so its words
   are read by their form; not the vehicles that carry the gift ("three aircraft carrying 105 tonnes of food").
125. *Shaking felt* (:func:`_felt_shaking`): people who felt or experienced shaking or a tremor are ``affected``.
126. *No home left* (:func:`_without_home`): people who "have no home" (to go back to), or whom a following "many of
   whom have no home" clause describes, are ``displaced``.
127. *The injured and dead together* (:func:`_hurt_and_dead`): people counted by both an adjective of injury and one of
   death ("420 injured and dead people") are ``casualties``.
128. *Lives touched* (:func:`_lives_touched`): "lives" a disaster could touch, affect or upend count the ``affected``.

Round 30 (issue 14; a cholera outbreak's vaccination campaign, a martial-law night, a defamation case):

129. *People a vaccination campaign reaches* (:func:`_vaccinated_people`, rule 72 widened): a count of people (no noun,
   or a civilian or learner noun; a share of them too) in a sentence with a verb of vaccinating ("1.3 million people
   have been vaccinated", "people aged one and over vaccinated"), or with "reach" or "protect" where that sentence or the
   one before names a campaign, doses or vaccines ("the campaign aims to protect 2.6 million people", "aim to reach
   everyone, among them 155,000 children"), is ``affected``; never personnel ("300 nurses vaccinated ..."), nor a share
   beside doses given (coverage: "gave 40,000 doses, reaching about 60% of the children").
130. *Forces that went in* (:func:`_forces_went_in`): personnel (not a workforce) who are the subject of "enter" or
   "storm", or of a verb of going with "in", "inside" or "into" ("about 280 soldiers had entered the grounds", "only
   200 soldiers had gone inside") are ``deployed``, not ``other``.
131. *Forces faced in a standoff* (:func:`_forces_faced`): personnel after "with" or "between" on a noun of
   confrontation ("a standoff of five hours with some 200 soldiers and guards", "clashes with 300 police") are
   ``deployed``.
132. *A list's earlier level* (:func:`_list_changed_from`): a bare figure after "from" or "to" on a verb of change whose
   subject is a list, tally or count of people in a state ("the list of the missing had shrunk from 206", "the tally of
   the dead climbed to 90") counts that state.
133. *Names on a list of victims* (:func:`_names_of_victims`): names or entries a list, register or roll "had",
   "held" or "contained" ("the families' list, which by Sunday held 88 names") count the dead where the sentence, or the
   one before, speaks of a toll or of deaths (and no state word names the list's people: rule 28 reads those).
"""

from __future__ import annotations

from spacy.tokens import Token

from ..counted import CHANGE_NOUNS, MISREAD_ARRIVALS, misread_state, state_put_at
from ..measure_words import (  # noqa: F401 (the lexicon, read here and by other modules)
    NOUNS, VERBS, ADJECTIVES, ILLNESS, ILLNESS_CUES, DISEASE_HEADS, INJURY_WORDS, RATES, MESSAGES,
    STOPPAGES, CONTEXT, SENDING, PHRASAL_SENDING, POSTING, INTRANSITIVE, ARRIVING, GOING, RECEIVING, LIGHT,
    PASSING_PREPS, AID_NOUNS, SIZE_VERBS, PERSONNEL, MATERIEL, PURPOSE_NOUNS, HARM, TAKING, RELEASE,
    AIMING, CIVILIANS, SELLING, THINGS, HOMES, CONTAINERS, RUBBLE, MASS_UNITS, MOVING, PLACES, SEARCHING, WANTED, HAZARDS, HAPPENINGS, WORKFORCE, WORK_VERBS, REFUGE,
    SEABED, SYMPTOMS, SYMPTOM_VERBS, DENIALS, RESPONSE_MACHINES, HAVING, CONDITIONS, CAPTIVITY_CUES, HOMECOMING,
    GOODS, SCENE_SENDING, PHRASAL, LEAVING_HOME, FATAL_WORDS, ANIMALS, CARRYING, IDENTIFYING, STRICKEN, OUTBREAK_CUES, POISONING_CUES, CUTTING,
    SERVICES, CUTTING_OFF, BREACH_CUES, BREACHED, GRANTING, AID_MONEY, MIGRATION_CUES, RETURNING, RETURNING_WITH, BACKWARDS, RETURN_NOUNS, TRAVELLERS, CARE,
    ABDUCTION_CUES, CAPTURING, CAPTURING_WITH, ESCAPING, CAPTORS, CAPTIVE_PEOPLE, FLIGHT_CUES, RECEIVING_ARRIVALS, FLIGHT_VERBS,
)
from .common import BELIEVING, _first_verb, _listed_state, _people_counted, _previous_sentence_start  # noqa: F401 (re-exported)
from .economy import (
    _breached, _classes_disrupted, _court_case, _device_container, _DEVICES, _devices_down, _disrupted, _DWELLINGS,
    _eligible, _index_reading, _left_without, LOST_THINGS, _lost_value, _per_head, _POSTS, _rate_per, _READINGS,
    _score_after, TALLIED, _tallied_sentence, _value_lost,
)
from .health import (
    _admitted_ill, _admitted_in_illness, _breathing_bad_air, _disease_case, _drank, _hospital_stay, _hospitalised, _injured, _LEARNERS,
    _outbreak_count, _present_when, _reached_by_campaign, _sent_by_illness, _sought_help, _treated_hurt, _yearly,
)
from .captivity import (
    _abduction, _cases_of, _freed_captive, _held, _INMATES, _jail_flight, _jail_inmates, _kidnap_state, _seized_by_men,
    _taken_into,
)
from .aid import (  # noqa: F401 (re-exported)
    _aid_money, AID_VEHICLES, _bare_doses_given, _cared_for, _carried, _carrying_goods, _doses_head, _doses_of_a_vaccine, DOSES,
    ENTERING, _entering,
    _foreign_gift, _gapped_gift, _goods_given, _paid_to_country, _materiel_supplied, _no_delivery, _own_government, _promised, _shelter_provided,
    _purpose, _recipient, _sent_by_a_happening,
)
from .movement import (
    _among_workforce, _at_work, _carried_on, _carried_out, _fled, _force_level, _force_sent, _led_out,
    _asked_to_leave, _flooded_in, _refused_to_leave, _returned, _temporary_home, _turned_up, _WORKING_ANIMALS,
)
from .deaths import (
    _buried_under, _fatal, _fatal_cases, _found_alive, _gone, _handed_to_kin, _identified_dead, _KIN, _lost_kin, MISSING_THINGS, _NAMES,
    _register_state, _remains_of, _reported_missing, _rescued, _shot_dead, VEHICLES,
)
from .walk import _from_predicates, HARM_NOUNS, _modifier, NOTICES, _own_clause, REQUESTS  # noqa: F401 (re-exported)
from .tolls import (  # noqa: F401 (re-exported)
    _brought_to, _colon_breakdown, _container_apposition, _container_before, _death_phrase, _elided_harm, _EVENTS,
    _fronted_group, _fronted_whole, _group_includes, _part_of_them, _times_what, _miscounted, _misparsed_state, _noun_level, _numbered_state, _partitive_list,
    _put_state_at, _said_harmed, SITES, _state_after, STATE_LINKS, _toll_conjoined, _whole_of_a_part,
)


#: People counted by their tie to the teller (round 23, rule 92): "two friends were taken to the Trauma Centre".
_COMPANIONS = frozenset({"they", "friend", "colleague", "relative", "neighbour", "neighbor", "classmate", "protester",
                         "demonstrator", "relative", "brother", "sister", "son", "daughter"})


#: Round 28, rule 122: where the dead are kept.
_MORGUES = frozenset({"morgue", "mortuary", "mortuarie", "charnel"})
#: Round 28, rule 123: houses a region sends members to (seats, not forces).
_HOUSES = frozenset({"house", "parliament", "assembly", "chamber", "senate", "congress", "legislature", "council",
                     "bundestag", "duma", "sabha"})


def _in_morgue(token: Token) -> bool:
    """Round 28, rule 122: people (or a bare count) that are, lie or remain "in" or "at" morgues or mortuaries ("another
    900 were in hospital morgues") are dead, not patients in hospital."""
    if token.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = token.head
    return verb.lemma_.lower() in ("be", "lie", "remain", "stay", "keep", "hold", "store") and any(
        c.dep_ == "prep" and c.lower_ in ("in", "at") and any(o.lemma_.lower() in _MORGUES or o.lower_ in ("morgues", "mortuaries")
                                                            for o in c.children)
        for c in verb.children)


def _seats_sent(token: Token) -> bool:
    """Round 28, rule 123: members or MPs a region "sends to" a house ("which sends 80 members to the house") are
    seats (``other``), not a force deployed; "sent 80 members of its staff to the border" is left alone."""
    if token.dep_ != "dobj" or token.lemma_.lower() not in ("member", "mp", "lawmaker", "deputy", "representative",
                                                            "senator", "legislator"):
        return False
    verb = token.head
    return verb.lemma_.lower() in ("send", "elect", "return") and any(
        c.dep_ in ("prep", "dative") and c.lower_ == "to" and any(o.lemma_.lower() in _HOUSES for o in c.children)
        for c in verb.children)


#: Round 28, rule 121: verbs and nouns of discipline: personnel they befall are investigated, not sent.
_DISCIPLINE_VERBS = frozenset({"suspend", "investigate", "question", "charge", "sack", "dismiss", "fire", "discipline",
                               "accuse", "name", "interrogate", "probe", "reprimand", "demote", "prosecute", "try"})
_DISCIPLINE_NOUNS = frozenset({"investigation", "inquiry", "enquiry", "suspension", "review", "scrutiny", "probe",
                               "arrest", "suspicion", "examination"})


def _under_discipline(noun: Token) -> bool:
    """Round 28, rule 121: personnel who are the subject of a verb of discipline ("Twelve officers have been suspended")
    or are "under" an investigation ("five soldiers seen hitting fans are under investigation") are ``other``."""
    if noun.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = noun.head
    if verb.lemma_.lower() in _DISCIPLINE_VERBS and (noun.dep_ == "nsubjpass" or verb.lemma_.lower() == "face"):
        return True
    return verb.lemma_.lower() in ("be", "remain") and any(
        c.dep_ == "prep" and c.lower_ == "under" and any(o.lemma_.lower() in _DISCIPLINE_NOUNS for o in c.children)
        for c in verb.children)


#: Round 28, rule 118: places people shelter in, counted themselves (never the displaced people in them).
_REFUGE_PLACES = frozenset({"camp", "shelter", "centre", "center", "tent", "site", "settlement", "school", "hall",
                            "facility", "refuge", "sanctuary", "hospital", "clinic", "ward"})


def measure(counted: Token | None, anchor: Token, counted_lemma: str | None, unit: str | None = None) -> tuple[str, bool]:
    """(measure, stated) for the figure at ``anchor`` counting ``counted`` (module docstring rules; round 21's
    76-80 check the answer of the earlier rules)."""
    found, stated = _measure(counted, anchor, counted_lemma, unit)
    head = counted_lemma.split()[-1] if counted_lemma else None
    token = counted if counted is not None else anchor
    if found in ("other", "supplied") and unit is None and counted is not None and _sent_with_people(counted):
        return "deployed", True  # round 26, rule 105: "sent 14 helicopters, 12 drones and nine rescue teams"
    if found == "deployed" and counted is not None and _bodies_of_personnel(counted):
        return "other", True  # round 26, rule 106: "400 first responders from over 20 agencies"
    if found == "captured" and (head in _INMATES or head is None) and _jail_inmates(anchor):
        return "other", True  # round 21, rule 76: "the prison held about 3,800 inmates": held under the law
    if found == "killed" and unit == "percent" and _value_lost(anchor):
        return "other", True  # round 21, rule 77: "The carmaker had lost 18%": a fall in value
    if found in ("other", "supplied") and head in PERSONNEL and head not in WORKFORCE and counted is not None and \
            counted.dep_ == "compound" and counted.head.lemma_.lower() in MISREAD_ARRIVALS:
        return "deployed", True  # round 21, rule 78: "Hundreds of Kenyan police land in Haiti", the verb read as a noun
    if found in ("other", "supplied") and head in PERSONNEL and head not in WORKFORCE and _force_sent(token):
        return "deployed", True  # round 21, rule 78: "400 officers had left Nairobi", "a force meant to reach 2,500 personnel"
    if found in ("other", "supplied") and unit is None and _force_level(anchor):
        return "deployed", True  # round 21, rule 78: "the first contingent had been cut to 200"
    if found == "other" and (head is None or head in CIVILIANS) and unit in (None, "percent") and _fled(token):
        return "displaced", True  # round 21, rule 79: "6,270 people, from 1,281 households, who fled the area"
    if found == "other" and counted is None and unit is None and _count_restated(anchor):
        return _count_restated(anchor), True  # round 21, rule 80: "the figure rose from 116,000 to 270,000"
    if found == "casualties" and head == "loss" and _tallied_sentence(anchor):
        return "other", True  # round 21, rule 81: "measured against the 365 MPs it elected, the loss was 244": seats
    if found == "other" and (head is None or head in CIVILIANS) and _breathing_bad_air(token):
        return "affected", True  # round 22, rule 88: "more than 11 million children were breathing toxic air"
    if found in ("other", "affected") and unit is None and (counted is None or counted.lemma_.lower() in ILLNESS) and \
            _fatal_cases(anchor):
        return "killed", True  # round 22, rule 87: "26 cases had been confirmed, eight of them fatal"
    if found == "other" and unit is None and _count_added(anchor, counted):
        return _count_added(anchor, counted), True  # round 22, rule 83: "a further 205 had been treated as outpatients"
    if found == "deployed" and counted is None and unit is None and _count_added(anchor, counted):
        return _count_added(anchor, counted), True  # round 24, rule 83b: "The first 700 arrived ... a further 1,000"
    if found == "deployed" and counted is None and unit is None and _things_arrived(anchor):
        return _things_arrived(anchor), True  # round 24, rule 83c: "supplied 2,700 doses. The first 700 arrived ..."
    if found in ("other", "supplied", "deployed") and counted is None and unit is None and _asked_again(anchor):
        return _asked_again(anchor), True  # round 24, rule 101: "We asked for at least two million"
    if found in ("other", "deployed", "affected", "wounded") and unit is None and counted is not None and \
            _whole_broken_down(counted, anchor):
        return _whole_broken_down(counted, anchor), True  # round 24, rule 102: "the 72 were 59 protesters, 10 ..."
    if found in ("other", "deployed") and unit is None and _group_includes(token):
        return _group_includes(token), True  # round 23, rule 91: "the dead included at least 21 students and two soldiers"
    if found in ("other", "affected", "deployed") and unit is None and (
            _people_counted(token, head) or head in PERSONNEL or head in _COMPANIONS) and _treated_hurt(token):
        return "wounded", True  # round 23, rule 92: "City Hospital had taken in about 80 of them" in a story of injuries
    if found in ("displaced", "arrested", "captured", "affected", "killed") and unit is None and _jail_flight(anchor, head, found):
        return "other", True  # round 23, rule 93: "inmates fled from more than a dozen prisons", "leaving 40 behind"
    if found == "other" and unit is None and _people_counted(token, head) and _flooded_in(token):
        return "affected", True  # round 23, rule 94: "more than 2,000 households had water in their homes"
    if found in ("other", "displaced") and unit is None and _shelter_provided(token, anchor):
        return "supplied", True  # round 23, rule 95: "the government has placed 40 mobile homes in the town"
    if found in ("other", "supplied") and unit is None and _people_counted(token, head) and _asked_to_leave(token, anchor):
        return "displaced", True  # round 23, rule 96: "the mayor asked about 8,000 of the town's residents to move"
    if found == "other" and counted is None and unit is None and _part_of_them(anchor, measure):
        return _part_of_them(anchor, measure), True  # round 23, rule 97: "five were missing. Three of them were in a van"
    if found in ("other", "displaced") and unit is None and head not in THINGS | MISSING_THINGS | LOST_THINGS and \
            _not_found(token, anchor):
        return "missing", True  # round 26, rule 104: "27 campers could not be found"
    if found == "displaced" and unit is None and counted is not None and _whole_of_unfound(counted, anchor):
        return "other", True  # round 26, rule 104: "about 23 of the roughly 750 girls staying at the camp"
    if found == "other" and unit is None and ((counted is not None and counted.dep_ == "pobj" and _people_who_died(counted))
                                               or (counted is None and _died_level(anchor))):
        return "killed", True  # round 26, rule 107: "The number of people known to have died rose to 68"
    if found in ("other", "displaced") and unit is None and _toll_brought(anchor):
        return "killed", True  # round 27, rule 116: "brings the number of people who have died ... to at least 25"
    if found == "other" and unit is None and counted is not None and _disease_found(counted):
        return "affected", True  # round 26, rule 108: "the virus has been found in more than 900 dairy herds"
    if found == "other" and unit is None and counted is not None and _animals_culled(counted):
        return "killed", True  # round 26, rule 109: "19.5 million laying hens were culled"
    if found == "other" and unit is None and counted is not None and head in CIVILIANS and _with_wounds(counted):
        return "wounded", True  # round 26, rule 110: "operating on hundreds of people with gunshot wounds"
    if found == "other" and unit is None and counted is not None and head in PERSONNEL and head not in WORKFORCE and \
            _foreign_troops_backing(counted):
        return "deployed", True  # round 26, rule 111: "about 4,000 Rwandan troops are backing the M23"
    if found == "other" and unit is None and (counted is None or counted.lower_ in ("them", "whom")) and \
            _absolute_part(anchor) is not None:
        whole, whole_noun = _absolute_part(anchor)
        whole_measure = measure(whole_noun, whole, whole_noun.lemma_.lower() if whole_noun is not None else None)[0]
        if whole_measure != "other":
            return whole_measure, True  # round 26, rule 112: "nine ... had been killed, two of them serving with ..."
    if found == "other" and unit is None and counted is None and _state_put_at(anchor) is not None:
        return _state_put_at(anchor), True  # round 26, rule 113: "Goma's dead, put at nearly 3,000 by the UN"
    if found in ("displaced", "wounded") and counted is not None and head in _REFUGE_PLACES:
        return "other", True  # round 28, rule 118: "30 relief camps were sheltering 4,000 people": the camps themselves
    if found == "deployed" and not stated and counted is not None and head in PERSONNEL and _under_discipline(counted):
        return "other", True  # round 28, rule 121: "five soldiers seen hitting fans are under investigation"
    if found in ("wounded", "other") and unit is None and _in_morgue(token):
        return "killed", True  # round 28, rule 122: "another 900 were in hospital morgues"
    if found == "deployed" and unit is None and _seats_sent(token):
        return "other", True  # round 28, rule 123: "the state sends 80 members to the house"
    if found == "other" and unit not in ("percent", "fraction", "times") and not (
            counted is not None and any(c.dep_ in ("acl", "relcl") and c.lemma_.lower() in CARRYING | {"carry", "bring"}
                                        for c in counted.children)) and _listed_gift(anchor):
        return "supplied", True  # round 29, rule 124: "What donors have sent or promised:\n- Russia: 20 tonnes of food"
    if found == "other" and unit is None and (head is None or head in CIVILIANS) and _felt_shaking(token):
        return "affected", True  # round 29, rule 125: "more than 1.2 million people had felt strong shaking"
    if found in ("other", "affected") and unit is None and (head is None or head in CIVILIANS or
                                                           (counted is not None and counted.ent_type_ == "NORP")) and \
            _without_home(token):
        return "displaced", True  # round 29, rule 126: "Tens of thousands of people have no home left"
    if found in ("other", "wounded", "killed") and unit is None and counted is not None and _hurt_and_dead(counted):
        return "casualties", True  # round 29, rule 127: "carrying 420 injured and dead people"
    if found == "other" and unit is None and counted is not None and _lives_touched(counted):
        return "affected", True  # round 29, rule 128: "could touch hundreds of thousands of lives"
    if found == "other" and unit in (None, "percent") and (head is None or head in CIVILIANS | _LEARNERS) and \
            _vaccinated_people(token) and not (unit == "percent" and any(t.lemma_.lower() == "dose" for t in token.sent)):
        return "affected", True  # round 30, rule 129: "1.3 million people have been vaccinated"
    if found == "other" and unit is None and head in PERSONNEL and head not in WORKFORCE and counted is not None and \
            (_forces_went_in(counted) or _forces_faced(counted)):
        return "deployed", True  # round 30, rules 130-131: "280 soldiers had entered the grounds", "a standoff with 200 soldiers"
    if found == "other" and unit is None and counted is None and _list_changed_from(anchor):
        return _list_changed_from(anchor), True  # round 30, rule 132: "the list of the missing had shrunk from 206"
    if found == "other" and unit is None and counted is not None and head in _NAMES and _names_of_victims(counted):
        return "killed", True  # round 30, rule 133: "the families' list, which by Sunday held 88 names" after a toll
    if found in ("affected", "supplied", "deployed") and _rate_per(anchor):
        return "other", True  # round 21, rule 82: "the Conservatives about 56,000 for each of theirs": a rate
    return found, stated


def _measure(counted: Token | None, anchor: Token, counted_lemma: str | None, unit: str | None = None) -> tuple[str, bool]:
    """(measure, stated) for the figure at ``anchor`` counting ``counted`` (module docstring rules).

    ``stated`` is False when no rule fired and the measure is a default, so that a figure in
    apposition may take its neighbour's instead.
    """
    if unit and len(unit) == 3 and unit.isupper() and _per_head(anchor):
        return "other", True  # round 19, rule 57: "UAH 10,800 per family member": a rate per head, no gift's total
    if unit and len(unit) == 3 and unit.isupper() and _paid_to_country(anchor):
        return "supplied", True  # round 27, rule 117: "Britain has paid France €141 million"
    if unit and len(unit) == 3 and unit.isupper() and _own_government(anchor):
        return "other", True  # rule 1c: "the Spanish government approved an aid package worth 10.6 billion euros"
    if unit and len(unit) == 3 and unit.isupper() and (_aid_money(anchor) or _foreign_gift(anchor)):
        return "supplied", True  # rule 1b: "Washington announced $10 million for Jamaica"; 1c: "Britain pledged 10 million pounds"
    if unit and len(unit) == 3 and unit.isupper() and _gapped_gift(anchor):
        return "supplied", True  # round 16, rule 27: "France has sent 7 million euros, Germany 5 million euros"
    if unit == "times" and _times_what(anchor):
        return _times_what(anchor), True  # round 23, rule 98: "almost four times the official toll"
    if unit not in (None, "percent", "fraction", *MASS_UNITS):
        return "other", unit != "times"
    head = counted_lemma.split()[-1] if counted_lemma else None
    if _miscounted(counted if counted is not None else anchor):
        return "other", True  # "three bodies were found to have been counted twice": a correction
    if counted is not None and counted.lemma_.lower() in RATES:  # "the case fatality rate at 2.9%"
        harms = [NOUNS[c.lemma_.lower()] for c in counted.lefts if c.dep_ == "compound" and c.lemma_.lower() in NOUNS]
        if harms:
            return harms[-1], True
    after = _state_after(anchor) if counted is None or counted.i > anchor.i and counted.lower_ in ADJECTIVES else None
    if after is not None:  # "11 dead and 110 missing", "63 still unaccounted for"
        state = ADJECTIVES[after.lower_]
        return ("affected" if state == "wounded" and _outbreak_count(anchor, anchor, head, state) else state), True
    state = misread_state(counted) if counted is not None else None
    if state is not None and state.lower_ in ADJECTIVES:
        return ADJECTIVES[state.lower_], True  # "more than 300 fall ill"
    if _remains_of(counted if counted is not None else anchor):
        return "killed", True  # "the remains of 19 hostages", "150 bodies, 15 of them on Sunday"
    if head == "report" and counted is not None and any(t.lower_ == "missing" for t in counted.subtree if t.i < counted.i):
        return "missing", True  # "14 missing-person reports"
    named = counted.lower_ if counted is not None and counted.lower_ in NOUNS else head  # "the dead": person
    if head in DOSES and _goods_given(counted if counted is not None else anchor):
        return "supplied", True  # round 17, rule 32: "Donors have pledged about 120,000 doses"
    doses = None if counted is None else _doses_head(counted)
    if counted is not None and (head in DOSES or _doses_of_a_vaccine(counted)) and (_goods_given(doses) or (
            doses.dep_ in ("nsubj", "compound") and doses.head.pos_ == "NOUN" and doses.head.lemma_.lower() in MISREAD_ARRIVALS)):
        return "supplied", True  # round 22, rule 86: "First 100,000 mpox vaccine doses land in Kinshasa"
    if _cases_of(counted):
        return _cases_of(counted), True  # round 17, rule 36: "14 cases of enforced disappearances"
    if _cared_for(counted if counted is not None else anchor) and named not in HARM_NOUNS:
        return "affected", True  # rule 2c: "handed out food to 300,000 returnees"
    if named in NOUNS:
        if NOUNS[named] == "arrested" and (_freed_captive(counted) or _freed_captive(anchor)):
            return "captured", True  # "40 detainees were released" in a prisoner deal (rule 4c)
        if NOUNS[named] == "killed" and named == "victim" and _abduction(anchor.doc) and any(
                t.lemma_.lower() in ABDUCTION_CUES for t in (counted if counted is not None else anchor).head.subtree):
            return "captured", True  # round 14: "3,000 victims in 500 kidnapping incidents"
        if NOUNS[named] == "casualties" and _hospitalised(counted if counted is not None else anchor):
            return "wounded", True  # round 18, rule 40: "at least 55 casualties were admitted": the living hurt
        return NOUNS[named], True
    if head in ILLNESS and not _injured(anchor) and (head != "case" or _disease_case(counted, anchor)):
        if _from_predicates(counted if counted is not None else anchor, head, anchor) == "killed":
            return "killed", True  # "460 patients and companions killed", "patients ... had been executed"
        return "affected", True
    if counted is not None:
        compounds = [NOUNS[c.lemma_.lower()] for c in counted.lefts  # not a misparsed appos; round 21: not an event
                     if c.lemma_.lower() in NOUNS and c.dep_ in ("compound", "amod", "nmod") and c.lemma_.lower() not in _EVENTS]
        if compounds and head not in GOODS | SITES:  # "6,000 body bags" are goods, not deaths; "115 evacuation posts" places
            return compounds[0], True
    if counted is not None and _whole_of_a_part(counted, anchor):
        return _own_clause(counted, head) or _modifier(counted, head) or "other", True
    found = _from_predicates(counted if counted is not None else anchor, head, anchor)
    if found in (*HARM, "displaced", "affected") and head in _POSTS:
        found = "other"  # round 20, rule 66: "leaving 93% of posts to be filled on merit": posts are no people
    if head == "case" and counted is not None and _court_case(counted):
        return "other", True  # round 20, rule 65: "detained 400 people in 35 cases", also in an outbreak
    if found == "supplied" and counted is not None and _recipient(counted):
        found = "other"  # round 20, rule 71: "the 686 municipalities that have received the vaccine": the receivers
    if found in (None, "other") and (head is None or head in CIVILIANS | _LEARNERS) and _reached_by_campaign(counted if counted is not None else anchor):
        return "affected", True  # round 20, rule 72: "it hopes to reach about 3.2 million people": people a campaign reaches
    if found in (None, "other") and (head is None or head in CIVILIANS | _LEARNERS) and _admitted_in_illness(counted if counted is not None else anchor):
        return "affected", True  # round 20, rule 73: "16,400 children and teenagers were admitted" in an epidemic
    if found in HARM and head in THINGS and not (found == "killed" and head in ANIMALS):
        found = "other"  # "burying houses and two buses": harm verbs count people, not things
    if found == "wounded" and _fatal(counted if counted is not None else anchor):
        found = "killed"  # "one, who was fatally hurt in a crush"
    if found == "killed" and head in MESSAGES | MISSING_THINGS | {"point", "seat", "share", "percent"}:
        found = "other"  # round 14: "votes ... counted for other parties or lost": no deaths
    if found == "missing" and head in LOST_THINGS | MISSING_THINGS:
        found = "other"  # round 13: "thousands of ballots had gone missing": things, no missing people
    if found in ("missing", "wounded") and _abduction(anchor.doc) and (head is None or head in CIVILIANS | CAPTIVE_PEOPLE):
        found = _kidnap_state(anchor, found)  # round 14: "among the missing" are the taken; freed pupils treated
    if found == "wounded" and _admitted_ill(counted if counted is not None else anchor):
        found = "affected"  # round 15, rule 25: "admitted 2,300 children with breathing difficulties"
    if found == "killed" and _buried_under(counted if counted is not None else anchor):
        found = "missing"  # round 15, rule 23: "Some 30 residents are believed to be buried under the debris"
    if found == "missing" and _found_alive(counted if counted is not None else anchor):
        found = "other"  # round 15, rule 22: "Ten miners who had been trapped ... were brought out alive"
    if found == "affected" and head in VEHICLES:
        found = "other"  # round 14: "three trains were still stranded": vehicles, no people
    if found in (*HARM, None, "other") and _rescued(counted if counted is not None else anchor):
        return "other", True  # round 16, rule 30: "four bodies and four people rescued": the rescued are no harm
    if found in (None, "other") and _reported_missing(counted if counted is not None else anchor):
        return "missing", True  # round 16, rule 28: "49 families report relatives missing"
    if found in (None, "other") and head in _NAMES and _register_state(counted if counted is not None else anchor):
        return _register_state(counted if counted is not None else anchor), True  # rule 28: "19 names into a register of missing persons"
    if found in (None, "other") and head == "patient" and _injured(anchor):
        return "wounded", True  # round 16, rule 29: patients among the burned or hurt ("dozens of the patients was critical")
    if found in (None, "other") and (head is None or head in CIVILIANS) and _hospital_stay(anchor):
        return "wounded", True  # round 16, rule 29: "three have been treated and discharged and six remain at ... Hospital"
    if found in (None, "other") and head in (None, "person") and (counted is None or counted.i == anchor.i) and \
            _handed_to_kin(anchor):
        return "killed", True  # round 28, rule 119: "210 bodies ..., and that 119 had been handed over to relatives"
    if found in (None, "other") and counted is None and _identified_dead(anchor):
        return "killed", True  # round 14: "Many of the dead were burned ..., and only about a dozen had been identified"
    if found == "displaced" and _refused_to_leave(counted if counted is not None else anchor):
        found = "other"  # round 17, rule 35: "more than 300 residents had refused to leave"
    if found in (None, "other") and (head is None or head in CIVILIANS) and _eligible(anchor):
        return "affected", True  # round 17, rule 34: "3,000 people might be eligible" for a payout
    if found in (None, "other") and (head is None or head in CIVILIANS) and _temporary_home(counted if counted is not None else anchor):
        return "displaced", True  # round 17, rule 35: "About 40 families were still living in hotels"
    if found in (None, "other") and _shot_dead(counted if counted is not None else anchor):
        return "killed", True  # round 17, rule 37: "officers had shot at least two young men dead"
    if found in (None, "other") and (head is None or head in CIVILIANS) and _seized_by_men(counted if counted is not None else anchor):
        return "captured", True  # round 17, rule 38: "seized by men believed to be plain-clothes police"
    if found in (None, "other") and counted is None and _partitive_list(anchor):
        return _partitive_list(anchor), True  # round 17, rule 39: "followed by Kilifi with five"
    token = counted if counted is not None else anchor
    if found in (None, "other") and _put_state_at(anchor):
        return _put_state_at(anchor), True  # round 19, rule 45: "the ministry put the dead at 296"
    if found in (None, "other", "wounded", "affected") and counted is None and _colon_breakdown(anchor):
        return _colon_breakdown(anchor), True  # round 19, rule 46: "broken the deaths down by province: 1,452 in A"
    if found in (None, "other") and (head in _DEVICES or counted is None and _device_container(anchor)) and _devices_down(anchor):
        return "affected", True  # round 19, rule 47: "8.5 million of its Windows machines crashed"
    if found in (None, "other") and (head is None or head in CIVILIANS) and _sought_help(token):
        return "wounded", True  # round 19, rule 48: "32 had sought medical help"
    if found in (None, "other") and head in PERSONNEL and head not in WORKFORCE and _carried_out(token):
        return "deployed", True  # round 19, rule 49: "a plane left Zaragoza carrying 56 rescuers"
    if found in ("wounded", "affected") and _present_when(token):
        return "other", True  # round 19, rule 50: "670 children were in the hospital when the missile landed"
    if found in ("wounded", "affected") and _yearly(token):
        return "other", True  # round 19, rule 51: "the hospital treats more than 20,000 children a year"
    if found in (None, "other") and head in PERSONNEL and head not in WORKFORCE and _turned_up(token):
        return "deployed", True  # round 19, rule 52: "Hundreds of volunteers had turned up"
    if counted is not None and anchor.head == counted and _fronted_whole(counted):
        return _own_clause(counted, head) or _modifier(counted, head) or "other", True  # round 19, rule 53: "of the 40 members, 23 had lost their homes"
    if found in (None, "other") and (head is None or head in CIVILIANS) and _gone(token):
        return "killed", True  # round 19, rule 54: "Twelve people from our lane are gone"
    if found in (None, "other") and _disrupted(token):
        return "affected", True  # round 19, rule 55: "125 of the Fortune 500 companies suffered disruption"
    if found == "killed" and unit == "percent" and _lost_value(token):
        return "other", True  # round 19, rule 56: "shares have lost more than 20%"
    if found in (None, "other", "supplied") and head in _WORKING_ANIMALS and counted is not None and _with_personnel(counted):
        return "deployed", True  # round 19, rule 49: "60 specialists with four dogs"
    token = counted if counted is not None else anchor
    if found in (None, "other", "wounded", "affected") and (_index_reading(token) or head in _READINGS):
        return "other", True  # round 18, rule 44: "the air index passed 900": a reading, no one affected
    if found in (None, "other") and head in _KIN and _lost_kin(token):
        return "killed", True  # round 18, rule 41: "he had lost nearly 20 members of his family"
    if found in (None, "other") and (head is None or head in CIVILIANS) and _led_out(token):
        return "displaced", True  # round 18, rule 42: "More than 3,000 people were led out of the stadium"
    if found in (None, "other", "wounded") and (head is None or head in CIVILIANS | {"patient"}) and _sent_by_illness(token):
        return "affected", True  # round 18, rule 43: "Smog sent 1.93 million to hospitals"
    if found in ("supplied", "deployed") and (head in TALLIED or _score_after(anchor)):
        found = "other"  # round 15, rule 24: "gives the coalition 328 seats", "supply one million customers"
    if found in ("supplied", "deployed") and (_no_delivery(counted if counted is not None else anchor) or _no_delivery(anchor)):
        found = "other"  # round 16, rule 30: "65% of the units had been sold", "23 had given answers"
    if found in ("supplied", "deployed") and (head in CHANGE_NOUNS or head in MESSAGES):
        found = "other"  # "accept a 10% cut in pay", "a majority of five votes to four": no delivery
    if found == "other" and counted is not None and _modifier(counted, head):
        found = _modifier(counted, head)  # "home to some 652,000 displaced people": the noun's own state
    if found in ("supplied", "deployed") and _sent_by_a_happening(counted if counted is not None else anchor):
        found = "other"  # "a bridge collapsed, sending 10 cars into the river": no delivery
    token = counted if counted is not None else anchor
    if found in (None, "other") and counted is None and unit is None and _bare_doses_given(anchor):
        return "supplied", True  # round 20, rule 75: "on top of the 5.2 million the ministry bought", doses left out
    if found in (None, "other") and counted is None and _toll_conjoined(anchor):
        return "killed", True  # round 20, rule 74: "the toll may come close to 1,000 or even run into the thousands"
    if found in (None, "other") and counted is None and _numbered_state(anchor):
        return _numbered_state(anchor), True  # round 20, rule 60: "the dead would number in the dozens"
    if found in (None, "other") and counted is not None and _misparsed_state(counted):
        return _misparsed_state(counted), True  # round 20, rule 67: "11 fishermen who had put to sea before the storm were missing"
    if found in (None, "other") and head in VEHICLES | {"aircraft", "flight", "helicopter", "jet"} and _carried_on(token):
        return "deployed", True  # round 20, rule 68: "1,500 personnel have been flown in on 13 planes"
    if found in (None, "other") and counted is not None and _said_harmed(counted):
        return _said_harmed(counted), True  # round 20, rule 61: "the names of 266 people it said had been killed"
    if found in (None, "other") and (head is None or head in CIVILIANS | _LEARNERS) and _classes_disrupted(token):
        return "affected", True  # round 20, rule 62: "disrupting the classes of 109,793 pupils"
    if found in (None, "other") and counted is None and _figure_told(anchor):
        return _figure_told(anchor), True  # round 20, rule 63: "rejected the figure of 266" told before as killed
    token = counted if counted is not None else anchor
    if found in (None, "other") and head not in THINGS:
        death = _death_phrase(token, anchor)
        if death:
            return death, True
    if found in (None, "other") and head not in THINGS:
        level = _noun_level(anchor) or _container_apposition(anchor)
        if level:
            return level, True  # round 15: "deaths linked to the blackout rise to five", "a count of the injured, 98"
    if found in (None, "other") and (counted is None or counted.dep_ == "pobj" and counted.head.lower_ == "at"):
        state = _container_before(anchor) if counted is None else None
        state = state or _brought_to(anchor if counted is None else counted, head)  # round 14: "at more than 280 pupils"
        if state:
            return state, True  # "the number of workers still unaccounted for has fallen to nine"
    if found in (None, "other") and head not in THINGS and (_freed_captive(token) or _freed_captive(anchor)):
        return "captured", True  # "swapping 303 soldiers", "390 came home from captivity"
    if found in (None, "other"):
        group = _fronted_group(token, anchor)
        if group:
            return group, True  # "Among those killed, 181 were passengers": a part of the dead
    if found in (None, "other") and (head in AID_VEHICLES or unit in MASS_UNITS) and _entering(token):
        return "supplied", True  # "400 aid lorries a day are to enter", "300 tonnes of flour entered"
    if found in (None, "other") and head in AID_VEHICLES and _promised(token):
        return "supplied", True  # round 13: "the 13,200 trucks promised"
    if found in (None, "other") and _carrying_goods(token, anchor):
        return "supplied", True  # round 13: "Of those, 2,564 carried aid": vehicles of supplies
    if found in (None, "other") and _taken_into(token):
        return "captured", True  # round 13: "251 were taken into Gaza" in an article about hostages
    if found in (None, "other", "wounded") and _drank(token):
        return "affected", True  # round 13: "more than 200 people had drunk from the same batch"
    if found in (None, "other") and unit in MASS_UNITS and _carried(token):
        return "supplied", True  # "flew 29 tonnes of medicines into the city"
    if found in (None, "other") and head in PERSONNEL and _carried(token):
        return "deployed", True  # round 13: "flew 60 members of its rescue team to the capital"
    if found in (None, "other") and _purpose(token):
        return ("deployed" if head in PERSONNEL else "supplied"), True
    if found in (None, "other") and _materiel_supplied(token, head, counted_lemma):
        return "supplied", False
    if found in (None, "other") and head in PERSONNEL and head not in WORKFORCE and _at_work(token):
        return "deployed", True  # "Around 100 personnel ... were still clearing debris"
    if found in (None, "other") and _elided_harm(anchor, counted):
        return _elided_harm(anchor, counted), True  # round 20, rule 59: "214 deaths confirmed and 687 more under investigation"
    if found in (None, "other", "wounded") and _outbreak_count(token, anchor, head, found):
        return "affected", True  # rule 8e: the hospitalised, the positive, elided cases in an outbreak
    if found in (None, "other") and (head not in THINGS or head in _DWELLINGS) and _left_without(token):
        return "affected", True  # rule 8g: "77% of the island had no electricity", "communities cut off"
    if found in (None, "other") and _held(token, anchor, head):
        return "arrested", True  # round 13: "20 held over methanol supply", "12 men were held"
    if found in (None, "other") and _breached(token, anchor, head):
        return "affected", False  # rule 8h: "192.7 million people" in a data breach
    if (found in (None, "other") or found in ("deployed", "supplied") and _people_counted(token, head)) and \
            head not in _POSTS and _returned(token, anchor, head):  # round 20, rule 66: posts left are no returnees
        return "displaced", True  # rule 8f: "2,655 Afghans were deported", "19,002 have come back"
    if found:
        return found, True
    if head in PERSONNEL and head not in WORKFORCE and _among_workforce(token):
        return "other", True  # round 16, rule 30: "about 30 of us bricklayers ... and four engineers"
    return ("deployed" if head in PERSONNEL and head not in WORKFORCE else "other"), False


def _with_personnel(noun: Token) -> bool:
    """Round 19, rule 49: a working animal conjoined with, or "with", personnel who are deployed ("56 rescuers and four
    search dogs", "60 specialists with four dogs")."""
    if noun.dep_ == "conj":
        other = noun.head
    elif noun.dep_ == "pobj" and noun.head.lower_ == "with":
        other = noun.head.head
        if other.pos_ == "VERB":  # "sent 60 specialists with four dogs", "with" hung on the verb
            other = next((c for c in other.children if c.dep_ == "dobj" and c.i < noun.i), other)
    else:
        return False
    if other.lemma_.lower() not in PERSONNEL:
        return False
    figure = next((c for c in other.children if c.dep_ == "nummod"), None)
    return figure is not None and measure(other, figure, other.lemma_.lower())[0] == "deployed"


#: Round 20, rule 63: containers that name a figure told before ("rejected the figure of 266").
_FIGURE_NOUNS = frozenset({"figure", "number", "toll", "count", "tally"})


def _figure_told(anchor: Token) -> str | None:
    """Round 20, rule 63: a bare figure that is the "of" object of "figure" (or another container with no state word
    of its own: "rejected the figure of 266", "consistent with the figure of 35", "the figure of more than 600") and
    whose number an earlier sentence of the article already gave with a measure (the names "of 266 people it said had
    been killed", "More than 600 people were killed"): that figure named again, its measure."""
    node = anchor
    while node.dep_ in ("compound", "nummod", "quantmod") and node.head.pos_ == "NUM":
        node = node.head
    if not (node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.lemma_.lower() in _FIGURE_NOUNS):
        return None
    container = node.head.head
    if any(c.lower_ in ADJECTIVES or c.lemma_.lower() in NOUNS for c in container.subtree if c.i != anchor.i):
        return None  # "the figure of 2,000 dead" says its own measure
    doc = anchor.doc
    for earlier in reversed(doc[:anchor.sent.start]):
        if earlier.text != anchor.text or not (earlier.pos_ == "NUM" or earlier.like_num):
            continue
        root = earlier
        while root.dep_ in ("compound", "quantmod") and root.head.pos_ == "NUM":
            root = root.head
        noun = root.head if root.dep_ == "nummod" and root.head.pos_ in ("NOUN", "PROPN", "ADJ") else None
        if noun is not None and noun.lower_ in ADJECTIVES:
            return ADJECTIVES[noun.lower_]
        if noun is not None and noun.lemma_.lower() in CONTAINERS:
            continue
        state, _ = measure(noun, root, noun.lemma_.lower() if noun is not None else None)
        if state != "other":
            return state
    return None


#: Containers a later sentence names a count by (rule 80).
_RESTATED = frozenset({"figure", "number", "total", "count", "tally"})

#: Nouns after a figure that count nothing a later figure could restate (rule 80).
_NO_COUNT = frozenset({"other", "more", "%", "percent", "second", "minute", "hour", "day", "week", "month", "year",
                       "decade", "time"})

#: Verbs of counting a figure again (rule 80): "when it counted about 362,000".
_RECOUNTING = frozenset({"count", "record", "register", "tally", "put"})

#: Verbs by which a body gives a toll again (rule 84): "NEMA gave 147 that evening"; only a harm is restated so.
_TELLING = frozenset({"give", "announce"})

#: Verbs of a count passing a level (rule 84): "the official tally had passed 170".
_PASSING = frozenset({"pass", "top", "exceed", "surpass", "reach", "hit", "cross"})


def _count_restated(anchor: Token) -> str | None:
    """Round 21, rule 80: a bare figure that restates an earlier count of people, either the level of "the figure",
    "the number" or "the total" with no noun of its own ("In the south alone the figure rose from 116,000 to
    270,000") or the bare object of a verb of counting ("up 60% since March, when it counted about 362,000"), takes
    the measure of the nearest earlier figure with a noun, in its sentence or the one before, where that figure counts
    people and states one (not ``other``)."""
    node = anchor
    while node.dep_ in ("compound", "quantmod", "nummod") and node.head.pos_ == "NUM":
        node = node.head
    verb, told = None, False
    if node.dep_ == "dobj" and node.head.lemma_.lower() in _RECOUNTING:
        verb = node.head
    elif node.dep_ == "dobj" and node.head.lemma_.lower() in _TELLING:
        verb, told = node.head, True  # round 22, rule 84: "NEMA gave 147 that evening", "Namadi announced 167"
    elif node.dep_ == "dobj" and node.head.lemma_.lower() in _PASSING:
        subject = next((c for c in node.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None and subject.lemma_.lower() in _RESTATED and not any(
                c.dep_ == "prep" for c in subject.children):
            verb = node.head  # round 22, rule 84: "the official tally had passed 170"
    elif node.dep_ == "pobj" and node.head.lower_ in ("to", "from", "at") and node.head.head.pos_ in ("VERB", "AUX"):
        level = node.head.head
        subject = next((c for c in level.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None and subject.lemma_.lower() in _RESTATED and not any(
                c.dep_ == "prep" for c in subject.children):
            verb = level
    if verb is None:
        return None
    doc = anchor.doc
    start = _previous_sentence_start(anchor)
    for earlier in reversed(doc[start:anchor.i]):
        following = doc[earlier.i + 1] if earlier.i + 1 < len(doc) else None
        if (earlier.pos_ == "NUM" or earlier.like_num) and following is not None and following.lower_ in ADJECTIVES \
                and following.pos_ in ("ADJ", "ADV", "NOUN") and ADJECTIVES[following.lower_] in HARM:
            return ADJECTIVES[following.lower_]  # round 22, rule 84: "The police counted 94 dead"
        if not (earlier.pos_ == "NUM" or earlier.like_num) or earlier.dep_ not in ("nummod",) or \
                earlier.head.pos_ not in ("NOUN", "PROPN") or earlier.head.lemma_.lower() in _NO_COUNT:
            continue  # "up 60%", "in three months": no count of anything
        if earlier.head.lemma_.lower() not in CIVILIANS | {"people"}:
            return None  # the count before is of things ("destroyed 64 homes ..., the count could rise to 200")
        state, _ = _measure(earlier.head, earlier, earlier.head.lemma_.lower())
        return state if state != "other" and (not told or state in HARM) else None
    return None


#: Words that mark a figure as counted on top of an earlier one (rule 83): "a further 205", "another 55".
_FURTHER = frozenset({"further", "another", "additional"})


def _count_added(anchor: Token, counted: Token | None) -> str | None:
    """Round 22, rule 83: a figure with no noun of its own (or counting "more" or "others") marked as added to an
    earlier count, "a further 205", "another 55" or "156 more", takes the measure of the nearest earlier figure with a
    noun, in its sentence or the one before, where that measure is stated and not ``other`` ("80 of the injured ...
    a further 205 had been treated as outpatients" -> wounded, "1,032 doses had been given by Friday, 156 more than in
    its previous update" -> supplied). A partitive ("80 of the injured") counts its "of" noun; one "of them" is skipped.
    Not a figure whose own verb is a state ("Another 20 were on leave", "another 30 remain in the camp")."""
    if counted is not None and counted.lower_ not in ("more", "others"):
        return None
    doc = anchor.doc
    before = [t.lower_ for t in doc[max(anchor.sent.start, anchor.i - 2):anchor.i]]
    after = doc[anchor.i + 1].lower_ if anchor.i + 1 < len(doc) else ""
    if not (set(before) & _FURTHER or after == "more" or counted is not None and counted.lower_ == "more"):
        return None
    verb = _first_verb(counted if counted is not None else anchor)
    if verb is not None and verb.lemma_.lower() in ("be", "remain", "stay", "have"):
        return None  # "Another 20 were on leave": a state of their own, no count added to
    start = _previous_sentence_start(anchor)
    for earlier in reversed(doc[start:anchor.i - len(before)]):
        if not (earlier.pos_ == "NUM" or earlier.like_num) or earlier.ent_type_ in ("DATE", "TIME", "MONEY"):
            continue
        if earlier.dep_ == "nummod" and earlier.head.pos_ in ("NOUN", "PROPN") and earlier.head.i > earlier.i:
            noun = earlier.head
        else:
            noun = next((o for p in earlier.children if p.dep_ == "prep" and p.lower_ == "of"
                         for o in p.children if o.dep_ == "pobj"), None)
            if noun is None or noun.pos_ == "PRON":
                continue
        if noun.lemma_.lower() in _NO_COUNT or noun.lower_ in ("more", "others"):
            continue
        state, stated = measure(noun, earlier, noun.lemma_.lower())
        return state if stated and state != "other" else None
    return None


# --- round 24 ----------------------------------------------------------------------------------------------------

#: Round 24, rule 101: verbs of asking for a figure ("asked for at least two million").
_ASKING = frozenset({"ask", "request", "seek", "appeal", "beg"})


def _earlier_measure(anchor: Token, start: int, end: int) -> str | None:
    """The stated, not ``other`` measure of the nearest figure with a noun in ``doc[start:end]`` (rules 101, 102)."""
    doc = anchor.doc
    for earlier in reversed(doc[start:end]):
        if not (earlier.pos_ == "NUM" or earlier.like_num) or earlier.ent_type_ in ("DATE", "TIME", "MONEY"):
            continue
        if not (earlier.dep_ == "nummod" and earlier.head.pos_ in ("NOUN", "PROPN") and earlier.head.i > earlier.i):
            continue
        noun = earlier.head
        if noun.lemma_.lower() in _NO_COUNT:
            continue
        state, stated = measure(noun, earlier, noun.lemma_.lower())
        return state if stated and state != "other" else None
    return None


def _things_arrived(anchor: Token) -> str | None:
    """Round 24, rule 83c: a bare figure that arrives after a count of things takes that count's measure."""
    doc = anchor.doc
    for earlier in reversed(doc[_previous_sentence_start(anchor):anchor.i]):
        if not (earlier.pos_ == "NUM" or earlier.like_num) or earlier.ent_type_ in ("DATE", "TIME", "MONEY"):
            continue
        if earlier.dep_ == "nummod" and earlier.head.pos_ in ("NOUN", "PROPN") and earlier.head.i > earlier.i:
            noun = earlier.head.lemma_.lower()
            if noun in _NO_COUNT:
                continue
            if noun in PERSONNEL or noun in CIVILIANS or noun == "people":
                return None  # "300 soldiers were sent. The first 100 arrived": people, as the walk says
            return _earlier_measure(anchor, earlier.i, earlier.i + 1)
    return None


def _asked_again(anchor: Token) -> str | None:
    """Round 24, rule 101: a bare figure asked for ("We asked for at least two million") takes the measure of the
    nearest earlier figure with a noun, in its sentence or the one before (module docstring)."""
    node = anchor
    while node.dep_ in ("compound", "quantmod", "nummod", "advmod") and node.head.pos_ == "NUM":
        node = node.head
    if not (node.dep_ == "pobj" and node.head.lower_ == "for" and node.head.head.lemma_.lower() in _ASKING):
        return None
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in node.children):
        return None  # "asked for 300 of the places": a partitive counts its own noun
    return _earlier_measure(anchor, _previous_sentence_start(anchor), anchor.i)


def _whole_broken_down(counted: Token, anchor: Token) -> str | None:
    """Round 24, rule 102: a figure listed after "the N were" (a bare, definite "the N" told before) takes the measure
    of the earlier mention of N (module docstring)."""
    if anchor.dep_ != "nummod" or anchor.head != counted:
        return None
    node = counted
    while node.dep_ == "conj":
        node = node.head
    if node.dep_ != "attr" or node.head.lemma_.lower() != "be":
        return None
    whole = next((c for c in node.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if whole is None or not (whole.pos_ == "NUM" or whole.like_num) or not any(
            c.dep_ == "det" and c.lower_ == "the" for c in whole.children):
        return None
    doc = anchor.doc
    for earlier in reversed(doc[:whole.i]):
        if earlier.lower_ != whole.lower_:
            continue
        if earlier.dep_ == "nummod" and earlier.head.pos_ in ("NOUN", "PROPN"):
            state, stated = measure(earlier.head, earlier, earlier.head.lemma_.lower())
        else:  # "The number of people killed has risen to 72": the number's "of" noun is what it counts
            noun = next((o for t in earlier.sent if t.lemma_.lower() in _RESTATED and t.i < earlier.i
                         for p in t.children if p.dep_ == "prep" and p.lower_ == "of"
                         for o in p.children if o.dep_ == "pobj"), None)
            state, stated = measure(noun, earlier, noun.lemma_.lower() if noun is not None else None)
        return state if stated and state != "other" else None
    return None


#: Round 26, rule 104: verbs of finding whose negation leaves people unfound ("could not be found").
_FINDING = frozenset({"find", "locate", "trace", "account", "reach", "contact"})
#: Round 26, rule 105: what a sender's list sends along with people ("teams", "crews" besides PERSONNEL).
_SENT_GROUPS = frozenset({"team", "crew", "squad", "unit", "person", "people"})
#: Round 26, rule 105: verbs that send to a scene ("deployed 40 boats and 600 soldiers": the boats go with their
#: crews, as the guide's fire engines do).
_SENDING_OUT = frozenset({"send", "dispatch", "deploy"})
#: Round 26, rule 106: bodies personnel come from ("400 responders from over 20 agencies").
_BODIES = frozenset({"agency", "organisation", "organization", "department", "service", "group", "charity",
                     "country", "nation", "state", "city", "county", "municipality", "company"})
#: Round 26, rule 107: verbs of dying in the clause of a container's people ("people known to have died").
_DYING = frozenset({"die", "kill", "perish", "drown"})
#: Round 26, rule 108: where an animal disease is found, and the verbs and words that find it.
_FARMS = frozenset({"farm", "dairy", "herd", "flock", "premise", "premises", "facility", "operation", "ranch", "barn"})
_DETECTING = frozenset({"find", "confirm", "detect", "identify", "report", "record"})
_PATHOGENS = frozenset({"virus", "flu", "influenza", "disease", "infection", "outbreak", "pathogen", "strain",
                        "h5n1", "fever", "bacterium", "bacteria"})
#: Round 26, rule 109: verbs that kill farm animals, and the animals of a flock.
_CULLING = frozenset({"cull", "slaughter", "euthanize", "euthanise", "destroy", "lose", "kill", "depopulate"})
_FLOCK_ANIMALS = ANIMALS | {"layer", "broiler", "turkey", "duck", "poultry", "hog", "calf"}
#: Round 26, rule 111: verbs of backing a side that put foreign troops in the field.
_BACKING = frozenset({"back", "support", "assist", "reinforce", "help", "fight", "operate"})


def _not_found(token: Token, anchor: Token) -> bool:
    """Round 26, rule 104: the figure's people are the subject of a negated verb of finding ("about 23 of the
    girls could not be accounted for", "27 campers could not be found"); not the whole of such a part ("of the
    roughly 750 girls")."""
    head = token
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.like_num:
        if anchor.head == token or anchor == token:
            return False  # the whole the part is taken from
        head = head.head.head  # "about 23 of the roughly 750 girls": the part
    if head.dep_ not in ("nsubjpass", "nsubj"):
        return False
    verb = head.head
    return verb.lemma_.lower() in _FINDING and any(c.dep_ == "neg" for c in verb.children)


def _whole_of_unfound(token: Token, anchor: Token) -> bool:
    """Round 26, rule 104: the whole a part that could not be found is taken from ("of the roughly 750 girls
    staying at the camp"): a population, ``other``."""
    if not (token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.like_num):
        return False
    part = token.head.head
    return (anchor.head == token or anchor == token) and part.dep_ in ("nsubjpass", "nsubj") and \
        part.head.lemma_.lower() in _FINDING and any(c.dep_ == "neg" for c in part.head.children)


def _sent_with_people(token: Token) -> bool:
    """Round 26, rule 105: a count in a verb of sending's list of objects that also sends people ("had sent 14
    helicopters, 12 drones and nine rescue teams, between 400 and 500 people in all"; "more than 1,300 personnel and
    more than 900 vehicles"): the sender's own resources sent to a scene, all ``deployed``."""
    first = token
    while first.dep_ == "conj":
        first = first.head
    if first.dep_ not in ("dobj", "nsubjpass") or first.head.lemma_.lower() not in _SENDING_OUT:
        return False
    if any((c.dep_ == "dative" and c.lower_ != "to") or (c.dep_ in ("prep", "dative") and c.lower_ == "to" and any(
            g.ent_type_ in ("GPE", "NORP", "ORG") for g in c.subtree)) for c in first.head.children):
        return False  # "sent Ukraine 12 drones", "sent 12 drones to Ukraine": supplied to another
    members = [first, *first.conjuncts]
    return any(m is not token and (m.lemma_.lower() in PERSONNEL | _SENT_GROUPS) for m in members)


def _bodies_of_personnel(token: Token) -> bool:
    """Round 26, rule 106: the bodies personnel come from ("400 first responders from over 20 agencies")."""
    return (token.lemma_.lower() in _BODIES and token.dep_ == "pobj" and token.head.lower_ == "from"
            and token.head.head.lemma_.lower() in PERSONNEL)


def _people_who_died(token: Token) -> bool:
    """Round 26, rule 107: people whose own clause says they died ("The number of people known to have died ...
    rose to 68", "the people reported to have drowned"): the clause's verb, or one of its complements."""
    for clause in (c for c in token.children if c.dep_ in ("acl", "relcl")):
        verbs = [clause, *(c for c in clause.children if c.dep_ in ("xcomp", "ccomp"))]
        if any(v.lemma_.lower() in _DYING and not any(c.dep_ == "neg" for c in v.children) for v in verbs):
            return True
    return False


def _died_level(anchor: Token) -> bool:
    """Round 26, rule 107: a bare figure that is the level of "the number of <people who died>" ("rose to 68, up
    from 43")."""
    verb = anchor.head.head if anchor.dep_ == "pobj" else None
    while verb is not None and verb.dep_ in ("advmod", "prep"):
        verb = verb.head
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return False
    for subject in (c for c in verb.children if c.dep_ == "nsubj" and c.lemma_.lower() in ("number", "count", "total", "tally")):
        for of in (c for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"):
            if any(_people_who_died(p) for p in of.children if p.dep_ == "pobj"):
                return True
    return False


#: Verbs that bring a count to a level (rule 116): "The sinking brings the number of dead to 25".
_BRINGING = frozenset({"bring", "take", "push", "raise", "lift", "put"})


def _toll_brought(anchor: Token) -> bool:
    """Round 27, rule 116: a bare figure after "to" or "against" in a sentence whose verb brings "the number of <people
    who died>" to a level ("The sinking brings the number of people who have died trying to cross ... to at least 25,
    against 12 last year"), wherever the parser hung the "to": the level of a death toll, and its comparison."""
    if anchor.dep_ != "pobj" or anchor.head.lower_ not in ("to", "against"):
        return False
    root = anchor.sent.root
    if root.lemma_.lower() not in _BRINGING:
        return False
    for number in (c for c in root.children if c.dep_ == "dobj" and c.lemma_.lower() in ("number", "count", "total",
                                                                                          "tally", "toll")):
        for of in (c for c in number.children if c.dep_ == "prep" and c.lower_ == "of"):
            if any(_people_who_died(p) for p in of.children if p.dep_ == "pobj"):
                return True
    return False


def _disease_found(token: Token) -> bool:
    """Round 26, rule 108: farms, dairies or herds a disease was found in ("confirmed the virus on at least 641 dairy
    farms", "the virus has been found in more than 900 dairy herds"): affected, as an outbreak's cases are."""
    if token.lemma_.lower() not in _FARMS or token.dep_ != "pobj" or token.head.lower_ not in ("in", "on", "at"):
        return False
    verb = token.head.head
    if verb.lemma_.lower() not in _DETECTING:
        return False
    return any(t.lower_ in _PATHOGENS for t in verb.subtree if t.i < token.i or t.head == verb)


def _animals_culled(token: Token) -> bool:
    """Round 26, rule 109: farm animals culled or lost ("19.5 million laying hens were culled", "we lost more than
    30 million layers"): ``killed``, as a disaster's dead animals are."""
    if token.lemma_.lower() not in _FLOCK_ANIMALS or token.dep_ not in ("dobj", "nsubjpass"):
        return False
    return token.head.lemma_.lower() in _CULLING


def _with_wounds(token: Token) -> bool:
    """Round 26, rule 110: people "with" wounds, burns or injuries ("operating on hundreds of people with gunshot
    wounds"): ``wounded``."""
    return any(c.dep_ == "prep" and c.lower_ == "with" and any(
        p.dep_ == "pobj" and p.lemma_.lower() in INJURY_WORDS for p in c.children) for c in token.children)


def _foreign_troops_backing(token: Token) -> bool:
    """Round 26, rule 111: another country's troops backing or fighting for a side ("about 4,000 Rwandan troops are
    backing the rebels"): ``deployed``, forces in the field."""
    if token.dep_ != "nsubj" or token.head.lemma_.lower() not in _BACKING:
        return False
    return any(c.dep_ == "amod" and c.ent_type_ == "NORP" for c in token.children)


def _absolute_part(anchor: Token) -> tuple[Token, Token | None] | None:
    """Round 26, rule 112: a part "N of them" that is the subject of an absolute clause hung on the clause that
    counts the whole ("nine of its soldiers had been killed, two of them serving with the UN mission and seven with
    the regional force"), or a bare figure conjoined inside that clause (the "seven"): (the whole's figure, its
    noun)."""
    node = anchor
    while node.dep_ in ("nummod", "quantmod", "compound") and node.head.like_num:
        node = node.head
    part = node
    if not (node.dep_ == "nsubj" and any(c.dep_ == "prep" and c.lower_ == "of" and any(
            p.lower_ in ("them", "whom") for p in c.children) for c in node.children)):
        part = None
        for clause in node.ancestors:  # the "seven" of "two of them serving with X, and seven with Y"
            if clause.dep_ == "advcl":
                part = next((c for c in clause.children if c.dep_ == "nsubj" and c.like_num), None)
                break
        if part is None or part is node or node.dep_ != "conj":
            return None
    clause = part.head
    if clause.dep_ != "advcl" or clause.tag_ not in ("VBG", "VBN"):
        return None
    verb = clause.head
    for whole in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj") and c.i < part.i):
        if whole.like_num:
            noun = next((p for of in whole.children if of.dep_ == "prep" and of.lower_ == "of"
                         for p in of.children if p.dep_ == "pobj"), None)
            return whole, noun
        number = next((c for c in whole.children if c.dep_ == "nummod"), None)
        if number is not None:
            return number, whole
    return None


def _state_put_at(anchor: Token) -> str | None:
    """Round 26, rule 113: "Goma's dead, put at nearly 3,000 by the UN, remain uncounted"; "the injured, estimated at
    about 400": the state written before the participle (:func:`..counted.state_put_at`; the participle restates the
    state's count, as rule 45's "put the dead at" does)."""
    state = state_put_at(anchor)
    return ADJECTIVES.get(state.lower_) if state is not None else None


#: Round 29, rule 124: verbs of giving a list's lead-in line may name ("What donors have sent or promised:").
_LIST_GIVING = frozenset({"send", "give", "pledge", "promise", "donate", "deliver", "provide", "contribute", "offer",
                          "ship", "fly", "airlift", "dispatch", "commit", "supply", "grant"})
_LIST_GIVING_FORMS = frozenset({"sent", "gave", "given", "pledged", "promised", "donated", "delivered", "provided",
                                "contributed", "offered", "shipped", "flown", "flew", "airlifted", "dispatched",
                                "committed", "supplied", "granted", "gives", "sends", "pledges", "donates"})
#: Round 29, rule 124: nouns of aid a lead-in may name instead ("The aid so far:").
_LIST_AID = frozenset({"aid", "donation", "donations", "pledge", "pledges", "gift", "gifts", "assistance",
                       "contribution", "contributions"})
#: Round 29, rule 124: how a list item's line begins.
_LIST_MARKS = ("-", "*", "\u2022", "\u2013", "\u2014")


def _listed_gift(anchor: Token) -> bool:
    """Round 29, rule 124: a figure on a list item's line ("- Russia: 20 tonnes of food;") under a lead-in line that
    ends with a colon and names a verb of giving ("What donors have sent or promised:") or aid ("The aid so far:")
    counts what was given; not the vehicles that carry it ("three aircraft carrying 105 tonnes of food": the cascade
    checks)."""
    doc, text = anchor.doc, anchor.doc.text
    start = text.rfind("\n", 0, anchor.idx) + 1
    if not text[start:anchor.idx].lstrip().startswith(_LIST_MARKS):
        return False
    while start > 0:
        previous = text.rfind("\n", 0, start - 1) + 1
        line = text[previous:start - 1].strip()
        if not line:  # a blank line between the lead-in and its list
            start = previous
            continue
        if line.startswith(_LIST_MARKS):
            start = previous
            continue
        if not line.endswith(":"):
            return False
        span = doc.char_span(previous, start - 1, alignment_mode="expand")
        # the lead-in holds no figure and may be left unparsed (select.py): its words are read by their form
        return span is not None and any(t.lemma_.lower() in _LIST_GIVING or t.lower_ in _LIST_GIVING_FORMS or
                                        t.lower_ in _LIST_AID for t in span)
    return False


#: Round 29, rule 125: what people feel in an earthquake.
_SHAKING = frozenset({"shaking", "shake", "tremor", "quake", "earthquake", "shock", "jolt", "shaking"})


def _phrase_head(token: Token) -> Token:
    """"Tens of thousands of people": the figure word "people" hangs on ("thousands"), which takes the clause role."""
    while token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.pos_ in ("NUM", "NOUN") and \
            (token.head.head.like_num or token.head.head.lower_ in ("hundreds", "thousands", "millions", "dozens",
                                                                     "tens", "scores")):
        token = token.head.head
    return token


def _felt_shaking(token: Token) -> bool:
    """Round 29, rule 125: people who felt (or experienced) shaking or a tremor ("more than 1.2 million people had felt
    strong shaking") are ``affected``."""
    token = _phrase_head(token)
    verb = token.head
    return token.dep_ == "nsubj" and verb.lemma_.lower() in ("feel", "experience") and any(
        c.dep_ == "dobj" and c.lemma_.lower() in _SHAKING | {"shaking"} or c.lower_ == "shaking" for c in verb.children)


#: Round 29, rule 126: what people who have "no" of it are left without: a home.
_HOMES_LOST = frozenset({"home", "house", "roof", "shelter", "dwelling"})


def _no_home_verb(verb: Token) -> bool:
    return verb.lemma_.lower() in ("have", "be") and any(
        c.dep_ in ("dobj", "attr") and c.lemma_.lower() in _HOMES_LOST and any(d.dep_ == "det" and d.lower_ == "no"
                                                                             for d in c.children)
        for c in verb.children)


def _without_home(token: Token) -> bool:
    """Round 29, rule 126: people who "have no home" (left, to go back to) are ``displaced``, as are the people a
    "many of whom have no home" clause after them speaks of; "have no home insurance" is no home."""
    head = _phrase_head(token)
    if head.dep_ == "nsubj" and _no_home_verb(head.head):
        return True
    sent = token.sent
    for t in token.doc[token.i + 1:sent.end]:
        if t.like_num:
            return False  # another figure comes first: the clause is its
        if t.lower_ == "whom" and t.head.lower_ == "of" and t.head.head.dep_ == "nsubj":
            return _no_home_verb(t.head.head.head)
    return False


def _hurt_and_dead(token: Token) -> bool:
    """Round 29, rule 127: people counted by both an adjective of injury and one of death ("420 injured and dead
    people", "the dead and injured") are ``casualties``."""
    words = {c.lower_ for c in token.children if c.dep_ == "amod"}
    words |= {d.lower_ for c in token.children if c.dep_ == "amod" for d in c.children if d.dep_ == "conj"}
    return bool(words & {"dead", "killed"}) and bool(words & {"injured", "wounded", "hurt"})


def _lives_touched(token: Token) -> bool:
    """Round 29, rule 128: "lives" a disaster could touch, affect or upend ("could touch hundreds of thousands of
    lives") count the people ``affected``."""
    if token.lemma_.lower() not in ("life", "lives"):
        return False
    head = _phrase_head(token)
    return head.dep_ in ("dobj", "nsubjpass") and head.head.lemma_.lower() in (
        "touch", "affect", "upend", "upturn", "disrupt", "uproot", "shatter", "devastate", "ruin")


#: Round 30, rule 129: verbs of vaccinating, and verbs of a campaign's reach that need a campaign named near them.
_VACCINATING_VERBS = frozenset({"vaccinate", "immunise", "immunize", "inoculate"})
_CAMPAIGN_REACH = frozenset({"reach", "protect", "cover"})
_CAMPAIGN_WORDS = frozenset({"campaign", "dose", "vaccine", "vaccination", "immunisation", "immunization", "jab",
                             "vaccinator"})


def _vaccinated_people(token: Token) -> bool:
    """Round 30, rule 129: people counted in a sentence of vaccinating ("1.3 million people have been vaccinated"), or of
    a campaign's reach ("the campaign aims to protect more than 2.6 million people") are ``affected``."""
    sent = token.sent
    if any(t.lemma_.lower() in _VACCINATING_VERBS or t.lower_ == "vaccinated" for t in sent):
        return True
    if not any(t.lemma_.lower() in _CAMPAIGN_REACH and t.pos_ == "VERB" for t in sent):
        return False
    start = _previous_sentence_start(token)
    return any(t.lemma_.lower() in _CAMPAIGN_WORDS or t.lemma_.lower() == "drive" and t.pos_ == "NOUN"
               for t in token.doc[start:sent.end])


#: Round 30, rule 130: verbs of going that go in with "in", "inside" or "into".
_GOING_IN = frozenset({"go", "move", "march", "walk", "push", "pour", "force", "break", "burst", "rush", "come", "get"})


def _forces_went_in(noun: Token) -> bool:
    """Round 30, rule 130: personnel who entered or stormed a place, or went "in"/"inside"/"into" it ("about 280
    soldiers had entered the assembly grounds", "only 200 soldiers had gone inside")."""
    head = _phrase_head(noun)
    if head.dep_ != "nsubj":
        return False
    verb = head.head
    lemma = verb.lemma_.lower()
    if lemma in ("enter", "storm", "raid", "occupy"):
        return True
    return lemma in _GOING_IN and any(c.lower_ in ("in", "inside", "into") and c.dep_ in ("prep", "advmod", "prt")
                                      for c in verb.children)


#: Round 30, rule 131: nouns of a confrontation whose "with" names the forces faced.
_CONFRONTATIONS = frozenset({"standoff", "stand-off", "confrontation", "clash", "face-off", "showdown", "skirmish",
                             "scuffle", "stalemate"})


def _forces_faced(noun: Token) -> bool:
    """Round 30, rule 131: personnel "with" or "between" whom a standoff or clash took place ("a standoff of five hours
    with some 200 soldiers and presidential guards") are forces ``deployed``."""
    head = _phrase_head(noun)
    if head.dep_ != "pobj" or head.head.lower_ not in ("with", "between", "against"):
        return False
    holder = head.head.head
    return holder.lemma_.lower() in _CONFRONTATIONS or holder.lower_ in ("standoff", "clashes", "stand-off")


#: Round 30, rule 132: verbs by which a list or a count changes.
_CHANGING = frozenset({"shrink", "grow", "fall", "rise", "drop", "climb", "increase", "decrease", "decline", "swell",
                       "jump", "dip", "go", "come"})


def _list_changed_from(anchor: Token) -> str | None:
    """Round 30, rule 132: "the list of the missing had shrunk from 206": a bare figure after "from"/"to" on a verb of
    change whose subject is a container of people in a state counts that state."""
    if anchor.dep_ != "pobj" or anchor.head.lower_ not in ("from", "to"):
        return None
    verb = anchor.head.head
    if verb.lemma_.lower() not in _CHANGING:
        return None
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.lemma_.lower() not in CONTAINERS:
        return None
    return _listed_state(subject)


#: Round 30, rule 133: containers that hold names, verbs of holding them, and words of a toll.
_NAME_LISTS = frozenset({"list", "register", "roll", "registry", "database", "record", "tally"})
_TOLL_WORDS = frozenset({"toll", "dead", "die", "death", "kill", "victim", "body", "fatality"})


def _names_of_victims(noun: Token) -> bool:
    """Round 30, rule 133: names a list "had", "held" or "contained" count the dead where the sentence or the one before
    speaks of a toll or deaths ("The official toll rose ... the families' list, which by Sunday held 88 names")."""
    head = _phrase_head(noun)
    verb = head.head
    if head.dep_ != "dobj" or verb.lemma_.lower() not in ("have", "hold", "contain", "carry", "include", "list"):
        return False
    holder = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if holder is not None and holder.lower_ in ("which", "that"):
        holder = verb.head if verb.dep_ == "relcl" else None
    if holder is None or holder.lemma_.lower() not in _NAME_LISTS or _listed_state(holder):
        return False
    start = _previous_sentence_start(noun)
    return any(t.lemma_.lower() in _TOLL_WORDS for t in noun.doc[start:noun.sent.end])
