"""Whose count a figure is: the subject, as a canonical country name.

Rules, first that applies (:func:`explicit_subject`):

1. The counted noun's own modifiers: a nationality or country ("North Korean soldiers",
   "Ukraine's troops"), or a "from" phrase ("troops from Chad").
   Round 14: also a "from" phrase whose noun a nationality modifies ("96 from Portuguese airports").
1b. A list item written "Country N" ("165 deaths among its pilgrims, India 98, Jordan 75"): the
   country written before the number.
1c. A figure whose clause says who its people are ("At least 323 of the dead were Egyptians",
   the number itself the subject of "be" when its noun is a partitive's): the country of the
   complement of "be".
1d. A count owned by "its"/"their" ("14 of its pilgrims had died", "deaths among its pilgrims"):
   the country the pronoun stands for, the governing clause's subject or else the speaker.
1k. Round 16: an ethnicity is no nationality (:func:`ethnic`): a people's name after "ethnic"
   ("120,000 ethnic Armenians", "ethnic Serbs") names no country, no side and counts nothing for
   the main actor; the people's place decides (where they live or come from).
1l. Round 16: people who fled, crossed or arrived from a place are counted for their origin
   (:func:`flight_origin`: "13,000 crossed into Moldova from Transnistria", "fled Abkhazia"), not for
   the country that received or counts them.
1m. Round 16: a list item whose verb is left out, "Country N" after a comma or "and" ("France has
   sent 7 million euros, Germany 5 million euros and Italy 2 million"): the country written before
   the figure (:func:`_gapped_item`).
1i. Round 15: a currency's nationality ("100 million Swiss francs", "Hong Kong dollars") names the
   money, not whose it is: rule 1 skips a counted noun that is a currency word a number counts
   (:func:`money_named`); the owner is read by the rules below (the donor, the stricken country).
1j. Round 15: soldiers killed, wounded or missing with no nationality of their own that a country's
   armed forces or defence ministry report ("The Israeli military said two soldiers had been
   killed in Rafah") are that country's (:func:`_own_soldiers`), unless the sentence says who
   struck them.
1g. A counted noun of its own number conjoined to a counted noun whose modifier names a country
   ("270 Russian servicemen and 120 civilians were returned", "40 Syrian soldiers and six
   officers"): that country, the list's people (issue 14, round 6).
2. For what is sent, supplied, held or suffered (every measure except harm done *to* the counted
   people by someone else), the agent: the subject of the governing verb ("Pyongyang sent ...",
   "North Korea has also delivered ...", "Ukrainian forces held ...", "suffering 4,700
   casualties"), itself resolved by rule 1 when it is a noun like "Ukrainian forces". Aid money
   announced (round 10: "Washington announced $10 million for Jamaica") is the announcer's, although
   "announce" is also a verb of saying. Round 15: people kept from something ("X was stopping 16,000
   patients from leaving", "prevented 300 families from returning", "blocked", "barred") suffer it
   like harm: the verb's subject is not their owner.

2c. Round 16: money pledged, promised or offered (verbs also of saying) is the giver's whatever its
   measure ("The European Union has promised more than 5 million euros"), an organisation named
   as written (:func:`_agent`).
2d. Round 16: money "in aid from" a country ("the head of USAID pledged $11.5 million in aid from the
   United States") is the donor's the aid's own "from" phrase names (:func:`_aid_from`).

2e. Round 17: what is given and names its giver as a passive's agent ("215,000 doses had been pledged
   and bought by the EU", "were donated by Germany"), the agent on the verb of giving or paying
   (:data:`GIVING`) or on a verb conjoined to it, is the giver's whatever its measure; never when the
   passive's subject received something ("700 families were given food by Norway": an object is left).
2f. Round 17: what is asked for ("Zambia asked India ... for 1.5 million doses", "appealed to the World
   Bank for $50 million") is the one asked's, not the one asking's (:func:`_donor`), also when the "for"
   phrase is parsed onto a verb of saying that reports the asking.
2g. Round 17: "it"/"they", subject of a verb of giving that stands for no speaker, is the giver the
   sentence before names as the subject of its own verb of giving ("Ottawa has pledged 30,000 doses.
   On Friday it sent 5,000 doses to Malawi": Canada, :func:`_donor_before`); a verb of saying after a
   semicolon ("...; Malawi has counted 90 cases") is another clause's, never the pronoun's speaker.

2b. People held captive or dead (:data:`HELD`: ``captured``, ``killed``) that a side hands over,
   returns, frees or swaps (:data:`HANDING`: "Russia hands over 1,212 bodies", "Moscow released 90
   prisoners", whatever the measure of "prisoners", "remains", "soldiers"; also a bare number whose noun was told before: "would hand over 6,000 in all") are
   not that side's: it held them. Their owner is read elsewhere (a demonym, else
   :mod:`.sides`, else the main actor).

3. A count of an armed non-state group's members (:data:`NON_STATE`: "killed dozens of
   insurgents") belongs to that group ("insurgents"), not to the country it is fought in; when
   the group is named ("40 Taliban fighters", "60 militants, among them eight Taliban
   commanders", "300 fighters of the Rapid Support Forces"), to the name.
3c. Round 22: fighters a group owns without naming it ("five of the group's fighters", "10 of its
   fighters", "the movement's fighters") are the armed group's the article names (:func:`_group_named`): a
   proper name that is no place modifying a group or fighter noun ("Yemen's Houthi movement", "Houthi
   fighters"); only where the article names one such group, so that a country's "its fighters" or a story
   of two groups is left to the other rules.
3d. Round 23: fighters or members owned by "its"/"their" that an armed group tells of itself ("Hezbollah said
   ... two of its fighters had been killed", a headline's "X says two of its fighters among the dead"): the
   speaker or governing clause's subject, a proper name that is no place, person or state body, is their
   owner (:func:`_group_speaking`); a country's or a ministry's own men are rule 1d's.
3e. Round 23: a named force whose name says it is a state's (:data:`STATE_FORCE_WORDS`: "the Revolutionary
   Guards", "the Border Guard", "the Marine Corps") is no armed group of its own (:func:`state_force`): its
   officers are the state's, read by the other rules; "Army" and "Forces" are left to rule 3 (many
   armed groups call themselves so).
5. Whose harm: a harm count of people of no side (:func:`struck`: civilians, residents, people)
   that the sentence gives no owner falls back on the country where they were struck, the main
   actor counted without the countries named as attackers (:func:`attacker`: "US strikes",
   "American forces"; round 9: also a country that is the grammatical subject of a verb of
   striking, "Israel struck ...", or of launching or firing a weapon or an attack, "Russia
   launched 48 drones overnight", "Iran fired 180 missiles", "drones launched by Russia":
   :func:`_strikes`).
5b. Round 23: a country's bare name before a noun of the means that is no weapon, on an attack noun
   ("Lebanon device attacks", "Kenya mall attack"), says where the attacks were: no attacker
   (:func:`_attacks_place`); "US drone strikes" and "Israeli strikes" stay the attacker's.
5c. Round 23: a country named only as the place or nationality of a company, maker or trader ("firms in
   Taiwan and Hungary deny making the pagers", "a company in Budapest", "the Hungarian firm":
   :func:`company_place`) counts nothing for whose harm and places no clause: it tells where goods came
   from, and must not displace the story's own country for its tolls; so does a body's base ("a rights group
   based in Washington").
5d. Round 23: people harmed take the country their verb of harm, or their counted noun, places them in
   ("a missile killed six in Bat Yam", "killed 11 people in Kharkiv": :func:`harm_place`), in a story of
   several countries, before the side their sentence names; a striker named there never decides.
5e. Round 23: else a country's own body counts its own people ("Iran's health ministry said 224 people had
   been killed"; "its spokesman" in a clause under the ministry's: :func:`speaker_country`), a state body or
   official (:data:`OWN_BODIES`; not "France's AFP news agency"), when the sentence names no other place, unless the sentence names the speaker's side's own strikes ("its
   strikes killed 31").
1d'. Round 23: a figure that is itself the subject of a verb the parser gave a second subject ("two of its
   fighters among the dead; Iran's envoy hurt") takes no owner from that second subject (rule 1d).
1e. A list item of a number and a demonym with the noun left out ("seven Portuguese nationals and
   one Canadian", "52 were British, seven Portuguese"): the item's own people, never the item's
   before it (issue 14, round 5).
1f. A people in apposition to the counted noun ("Nine survivors, all Egyptians"; round 8: also a
   noun the demonym modifies, "One passenger, a British national of Indian origin": the demonym
   before the noun, not an origin after it), or a demonym
   with "be" left out ("104 survivors, 12 of them Pakistani"): that people's country.
1h. A figure a person holds or loses in a relative clause, the person placed by an "in"/"from"
   phrase ("a teacher in Warsaw who had about $90,000 on the exchange"): that place's country
   (round 8; :func:`_holder_placed`).
4b. Supplies no verb gives an agent, reported by an aid group that is no state body ("Aid groups
   say 300 tonnes of supplies have reached the region"): that group (:func:`_supplier_speaking`).
4. Supplies from a state body ("the Department of Social Welfare ... said it had handed out 2,400
   food packs") are the state's: the organisation's name is kept as subject only when it is no
   government body (:data:`STATE_BODIES`: "The World Food Programme said it had delivered ...").

4d. Round 18: a name the article gives elsewhere as a person's (:func:`person_named`: "Abba Yusuf ...
   Yusuf pledged 100 million naira", tagged ORG) is never kept as a supplier's or giver's name.

4e. Round 20: a supplier's proper name the tagger gave no entity label, subject of the verb of
   supplying ("Takeda is providing 1.32 million doses", "Sinovac shipped 400,000 doses"), is kept as an
   organisation's name is (:func:`_untagged_name`), never when it is a place's or a person's.

1o. Round 19: a place name several countries share (``gazetteer.ambiguous``: "Pokrovsk", a town of
   Ukraine's Donetsk region and of Russia; "Hyderabad") that the text places at once inside a larger
   place ("In Pokrovsk, in the Donetsk region", "Pokrovsk, Donetsk region", "Hyderabad, in the southern
   state of Telangana", "in Pokrovsk in eastern Ukraine") is that place's country (:func:`within`), one
   of the name's own countries, before the story's other places decide (``near``).

4c. Supplies that cross into a place by themselves in their clause, with no supplier named (round 13,
   :func:`no_supplier`): the supplies are the subject of a verb of entering (:data:`ENTERING`;
   not "arrived", "reached": rules 4 and 4b) ("3,000 trucks entered the strip", "about 500 tonnes of food have gone in each day", "600 trucks a day are meant to enter"),
   the verb has no agent and the clause no origin ("from countries including ..." keeps the stricken
   country, round 10): no single supplier, no subject (round 11's guideline).

1p. Round 22: a place name that names a disease is no place (:func:`disease_name`): a name the article
   writes before a word of disease (:data:`DISEASE_WORDS`: "the Marburg virus", "Lassa fever", "West Nile
   virus", "a Rift Valley fever outbreak") names the disease wherever the article writes it ("the Marburg
   outbreak", "66 Marburg cases"): never the country of a town of that name (Marburg, Maribor's German
   name, is no Slovenia), neither as a subject, a clause's place nor a name the main actor counts. Only
   where a word of disease follows it somewhere in the article; not inside a longer proper name
   ("the Uganda Virus Research Institute" is in Uganda). The diseases named after a place that reports
   also write bare (:data:`PLACE_DISEASES`: "the Marburg outbreak", "cases of Lassa", "Zika") are
   diseases in an article that writes any word of illness (:data:`ILLNESS_WORDS`: "outbreak", "infected",
   "vaccine", ...), also where no "virus" follows them.

4f. Round 22: a supplier or donor named by its kind with "the" ("The institute said it supplied about 2,700
   doses", "the foundation had sent ..."), no state body, is the organisation of that kind the article named
   before ("the Sabin Vaccine Institute": :func:`_body_named_before`), its name as written.

1q. Round 22: a canal's or port's traffic is its owner's (:func:`waterway`): a named canal or port
   (:data:`WATERWAYS`) in the counted noun's own phrase ("ships through the Panama Canal", "transits of the
   canal"), or the object of the clause's verb ("1,200 vessels used the canal"), is the country its name's
   place part names ("Suez" is Egypt's); "the canal" is the one the article named before. A name the article
   writes before "Canal" modifying the counted noun ("Suez traffic") is that canal. Only for measure
   ``other``; seas, gulfs and straits belong to no one country and give nothing.
1r. Round 22: a nationality the parser hung on the next word, a noun the counted noun is a compound of
   ("Hundreds of Kenyan police land in Haiti": "Kenyan" modifies "land"), is the counted noun's own when
   it stands between the figure and the counted noun (:func:`_misparsed_people`).

1s. Round 23: a country's name that is also a state or province of another country ("Georgia", a US state)
   names the state, and so the other country, in an article that names at least two other states of it
   ("North Carolina", "Tennessee") and no other name of the country itself (its capital "Tbilisi", its people
   "Georgians"): :func:`subdivision_senses`, applied to every subject the rules gave.
1t. Round 23: a bloc written by its initials is its name as the guide writes it ("EU" -> "European Union":
   :func:`canonical`, ``gazetteer.bloc_name``).
4g. Round 23: a legislature asked for money ("asked the General Assembly for $3.9 billion") is no giver by its
   name (:data:`LEGISLATURES`, like :data:`STATE_BODIES`): the money is its state's (the main actor).

1n. Round 18: a country's name followed by "state", "province", "region" or "district" ("Niger
   state") is an admin area, resolved to the country that has a province of that name, the story's
   own first (``gazetteer.admin_area``), never the country of the same name (:func:`admin_of`); the
   whole name before the word is read ("Los Angeles County" is no "Angeles"), and a name that is no
   country's ("Mandalay region") is left to the other rules.

6. Round 25 (:mod:`.trade`, applied in ``assembly._fill_subjects`` over every earlier rule for an ``other``
   figure in a sentence that writes a trade word, :data:`trade.TRADE_WORDS`): a tariff, duty, levy or
   surcharge rate is the trading partner's, the country its figure or trade noun falls on through
   "on"/"for"/"against" ("a 34% levy on Chinese goods", "20% on the EU", list items "46% for Vietnam, 24% for
   Japan"), a bloc ("the European Union") counted as one party; when that country is the story's home (its
   dateline country, else its main actor), the clause's subject country, which answers ("The EU approved
   duties of up to 25% on American goods").
6b. Round 25: a country that "faces" or "gets" the rate ("India faces 26%"; "The European Union, which
   faced 20%").
6c. Round 25: a rate "at N%" set after a country and a comma ("Thailand, at 36%, and Indonesia, at 32%").
6d. Round 25: a rate whose noun is its clause's subject ("The duty on Canadian lumber reached 14.5%").
6e. Round 25: a "for"/"on"/"from" phrase the parser hung on the verb, right after the rate's phrase
   ("put a 25% surcharge on steel from China", "the levy is 12% for Brazil").

7. Round 26: a count of soldiers, troops or citizens owned by "his"/"her" ("President Paul Kagame has denied
   that 4,000 of his soldiers are in Congo") is the country of the person the pronoun stands for, the governing
   clause's subject or speaker (:func:`_person_possessor`): the country the person's phrase names here or
   elsewhere in the article, else the sentence's one country that is not where the people are ("in Congo").
8. Round 26: troops of several states are no one country's (:func:`multinational`, applied in
   ``assembly._fill_subjects`` over every earlier rule): a count of soldiers a coalition word
   (:data:`MULTINATIONAL`: "foreign", "regional", "multinational") modifies with no country of its own ("13
   foreign soldiers killed"), the size of such a force ("a regional force of some 2,900 troops") or a toll among
   them ("the toll among foreign troops to 13") has subject null; a list's parts keep their countries ("14 from
   South Africa"), and foreign workers, nationals or rescuers are left to the other rules.

9. Round 26 (``assembly._next_part``): a bare number with no noun after "N of them" and "and" or a comma, no
   figure between ("two of them with the UN mission and seven with the regional force"), is the same group's
   next part: the group's subject.
10. Round 26: money that is the whole a share is taken of ("offered to cover only 5% of the roughly $1 million the
   project would have cost") is not the giver's under rule 2c (:func:`_share_whole`): the giver offers the share.
11. Round 27 (``assembly._fill_subjects``, before "Returned people"): people who crossed into or arrived in a
   country, of no nationality their sentence names and with no "from" a place, are counted for the country they
   reached (:func:`arrivals_counted`), where they are counted: the one the article names most as where people went
   ("had reached the UK", "trying to reach Britain"), else the country of a home-affairs body whose name says no
   country (:data:`UNMARKED_BODIES`: "Home Office figures show"), in an article with no place fled
   (:func:`article_origin`). Only ``displaced`` and ``other`` figures that are no money, in a clause that writes a
   verb of arriving ("crossed", "arrived", "came", "made the journey"), a noun of crossing or arrival, a craft
   with "per", "average" or "each" ("11 people per boat"), or such a body's name, and no word of harm or rescue
   (:data:`PERIL_WORDS`): not the coast they left, nor a nationality the article names elsewhere.
11b. Round 28: a "from" of comparison whose object is a number ("up from 49 in 2023 and from seven in 2018") names
   no place fled and does not stop rule 11 (:func:`_comparing_from`).
12. Round 27: a figure in an "at" phrase on a verb whose "by"/"with" phrase or subject names people by nationality
   ("followed by Vietnamese nationals at 13%") is that nationality's share (:func:`share_by_nationality`).
13. Round 28: money that a government, treasury or ministry with no country of its own spends, pays or owes
   ("the previous government had spent £700 million on the scheme", "the treasury paid 40 billion yen") is the
   state's whose currency the money is in (:func:`_spender_currency`), a currency of one country only
   (:data:`ONE_COUNTRY_CURRENCIES`: pounds, yen, rupees ...; never dollars or euros, which many states spend); a
   country the spender's own phrase names decides first, and any other spender keeps the other rules.
14. Round 28 (``assembly._fill_subjects``, with rule 8): a freight or price index of the world, or a rate on a route
   between two places, is no one country's (:func:`world_rate`): a figure whose clause's subject (or its own noun)
   is an index, rate, price or fare (:data:`RATE_NOUNS`) named "World"/"Global" ("Drewry's World Container Index
   rose 15% to $3,072", "the Global Freight Index fell 4%") or priced "from" one place "to" another ("the rate from
   Busan to Hamburg slipped 2% to $3,900") has subject null. A country's own index ("Japan's Nikkei", "the UK
   price index") and a rate with one place only ("rents in Lagos") keep the other rules.
15. Round 29 (rule 5e widened): in a fight between two states, a side's own body counts its own dead ("Pakistan's
   military said 40 civilians ... had been killed in four days of fighting with India"). The other side named only
   as the foe, the object of "with"/"against" on a noun or verb of fighting (:func:`opponent`, :data:`FIGHTING`),
   is no other place that stops rule 5e; nor is the speaker's own phrase ("the military" of "Pakistan's military")
   or a noun inside the counted people's "of" phrase ("11 members of its armed forces", :func:`_counted_people`)
   a strike of the speaker's side. A country's or capital's bare name as the speaker ("Azerbaijan said 17 civilians
   had been killed") is its own body (:func:`_state_itself`).
16. Round 29: what a side strikes, bombs, shells or raids ("India strikes nine sites in Pakistan", "jets pounded 40
   targets") is no striker's under rule 2 (:data:`STRUCK_TARGETS`, in :func:`_agent`): targets are the side they
   belong to, read by the other rules (the place they are in, the side struck).
17. Round 29 (rule 1c widened): a figure that is the subject of "be" whose complement is a noun of people
   (:data:`PEOPLE_NOUNS`) with a nationality or a "from" phrase of its own ("one was a tourist from Nepal", "12
   were Kenyan students") is that country's.
18. Round 29 (``assembly._part_of_them``): a part written "N of them" with a noun after it ("five Indian aircraft,
   three of them French-made jets"), no owner of its own, takes the owner of the figure just before it in its
   sentence, the whole it is part of (as rule 9's bare parts do).
19. Round 29 (``assembly._struck_by_speaker``): in a story of two sides, people a side says its own strikes killed ("Israel
   says its strikes killed 14 nuclear scientists", "Azerbaijan's ministry said its shelling had killed 20 people")
   are the other side's (``speaker_country(..., striking=True)``): a casualty count belongs to the people struck.

Returned people (round 10): in an article about people returned, deported or expelled
(``measure_words.MIGRATION_CUES``), a ``displaced`` figure belongs to the returning people's own
country (:func:`returned_people`), not to the country they left ("1,201,000 from Iran") nor to the
state that sent them ("Pakistan sends 2,655 more Afghans"): the people a demonym of its sentence
names ("Afghans" -> Afghanistan), else the people the article names most by a plural demonym.

A country or people written inside a facility's proper name ("the Saudi Maternity Hospital", a
hospital in Sudan) is no place cue (:func:`in_facility_name`): the main actor's count and the
two-sides rule leave it out (round 9).

Names are resolved to countries by :mod:`newsclaims.gazetteer` (capitals and demonyms
included); a word inside a longer proper name is read with the whole name first, when the
gazetteer knows it as a place ("Lao Cai province" is in Vietnam, not Laos; "New Mexico"), and else with
the longest place of two words or more inside it that covers the word ("New South Wales Police
Commissioner Graham Whitlock": New South Wales, Australia, never Wales; round 9). When no rule applies, :mod:`newsclaims.extract.claims` falls back to the article's
main actor for that measure.
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Token

from ... import nouns
from ... import gazetteer
from . import layout, quantities
from .attribution import speaker_of
from .names import name
from .verbs import SAY_VERBS
from .counted import own_subject, predicate_chain
from ..spans import entity_at, words
from .measure_words import AID_MONEY, GRANTING, MIGRATION_CUES

MODIFIERS = frozenset({"amod", "compound", "poss", "nmod", "npadvmod"})
#: Entity labels of places: only there does a province name its country ("Coast Guard" is no Kenya).
PLACES = frozenset({"GPE", "LOC"})
HARM_VERBS = frozenset({"kill", "wound", "injure", "capture", "arrest", "detain", "displace", "evacuate", "hurt",
                        "intercept", "shoot", "destroy",  # weapons downed are the firer's (round 6)
                        "receive", "get", "obtain", "accept",  # and receiving: "Russia will receive 1,000 ..."
                "stop", "prevent", "block", "bar"})  # round 15: people kept from something are not the keeper's
SUFFER_VERBS = frozenset({"suffer", "sustain", "incur", "lose", "record"})
#: Members of armed groups that are no state's forces: the group is the subject of their count.
#: A "gunman" is one armed person, not a member of a side: "two gunmen opened fire" counts people of
#: the country where they struck unless a group is named ("Hamas gunmen", :data:`FIGHTERS`; round 9).
NON_STATE = frozenset({"insurgent", "militant", "rebel", "jihadist", "extremist", "terrorist",
                       "separatist", "guerrilla", "bandit"})
#: Words that make an organisation's name a government body: its supplies are its country's.
STATE_BODIES = frozenset({"department", "ministry", "government", "cabinet", "presidency", "army", "navy",
                          "military", "police", "council", "authority", "agency"})


#: Nouns of the side that strikes: a country modifying one ("US strikes", "American forces", "a
#: US-led mission") is the attacker, not whose casualties are counted.
ATTACKERS = frozenset({"strike", "airstrike", "raid", "force", "troop", "military", "mission", "jet", "aircraft",
                       "drone", "bombing", "shelling", "bombardment", "army", "warplane", "plane", "operation",
                       "coalition", "attack", "missile", "artillery", "navy", "air", "invasion", "offensive",
                       "assault"})
#: Harm measures whose people are struck by someone (for :func:`struck`).
HARMS = frozenset({"killed", "wounded", "missing", "casualties"})
#: Members of an armed group, whose named group owns their count ("Taliban fighters").
FIGHTERS = frozenset({"fighter", "commander", "militant", "insurgent", "rebel", "member", "leader", "gunman"})
#: People of no side: harm done to them is counted where they were struck (for :func:`struck`).
CIVILIANS = frozenset({"person", "civilian", "resident", "villager", "child", "woman", "man", "family",
                       "farmer", "passenger", "student", "worker", "pupil"})


def struck(claim) -> bool:
    """Is the claim a harm count of people who belong to no side ("civilians", "people")?"""
    counted = (claim.counted or "person").split()[-1]
    return claim.measure in HARMS and counted in CIVILIANS


#: Verbs whose subject is the side that strikes, whatever their object ("Russia attacked Kharkiv").
STRIKING = frozenset({"attack", "strike", "bomb", "shell", "invade", "bombard", "raid", "target", "pound"})
#: Verbs whose subject strikes when their object is a weapon or an attack ("Russia launched 48
#: drones", "Iran fired 180 missiles", "Moscow launched a massive attack"; not "fired 200 workers").
FIRING = frozenset({"launch", "fire", "send", "unleash", "drop"})
#: Weapons fired at the other side (the objects of :data:`FIRING`).
WEAPONS = frozenset({"drone", "missile", "rocket", "shell", "bomb", "projectile", "warhead", "mortar", "munition"})


def attacker(token: Token) -> bool:
    """Is this country mention the side that strikes: a modifier (through conjuncts and a
    "-led") of an attacker noun (:data:`ATTACKERS`), or the grammatical subject (through
    conjuncts) of a verb of striking (:func:`_strikes`: "Russia launched 48 drones", "Israel
    struck Gaza")?"""
    if _strikes(token):
        return True
    if _attacks_place(token):
        return False
    node = token
    for _ in range(4):
        if node.dep_ not in ("compound", "amod", "nmod", "npadvmod", "poss", "conj", "cc") or node.head.i == node.i:
            return False
        node = node.head
        if node.pos_ == "NOUN" and node.lemma_.lower() in ATTACKERS:
            return True
    return False


#: Nouns of a company that makes, sells or trades goods (rule 5c): its place is no victim's country.
MAKERS = frozenset({"company", "firm", "maker", "manufacturer", "producer", "supplier", "distributor", "factory",
                    "intermediary", "subsidiary", "exporter", "brand", "vendor", "trader", "contractor", "plant",
                    "corporation", "multinational", "startup", "start-up", "shipper"})


def company_place(token: Token) -> bool:
    """Rule 5c (round 23): is this country mention only the place or nationality of a company, a maker or
    a trader ("firms in Taiwan and Hungary deny making the devices", "a company in Budapest", "the
    Hungarian firm"), or of a body's base ("a rights group based in Washington")? It tells where the goods came from, not whose people were harmed: whose harm
    (rule 5) counts nothing for it, so that a country named in passing does not displace the story's
    own for its tolls. A country modifying or placing any other noun ("Hungary's government") counts."""
    node = token
    while node.dep_ in ("conj", "compound", "appos") and node.head.i != node.i and node.head.pos_ == "PROPN":
        node = node.head  # "Taiwan and Hungary", "Budapest, Hungary"
    if node.dep_ in ("amod", "compound", "poss", "nmod"):
        return node.head.lemma_.lower() in MAKERS
    if node.dep_ == "pobj" and node.head.lower_ in ("in", "from", "of", "at") and node.head.head.pos_ == "NOUN":
        return node.head.head.lemma_.lower() in MAKERS
    return node.dep_ == "pobj" and node.head.lower_ == "in" and node.head.head.lower_ in ("based", "headquartered")


#: Verbs of harm whose locative says where the people were struck (rule 5d).
HARMED = frozenset({"kill", "wound", "injure", "hurt", "die"})


def harm_place(anchor: Token) -> str | None:
    """Rule 5d (round 23): the dead take the side where they died: the one country the figure's verb of harm
    places, or the counted noun's own locative ("a missile killed six in Bat Yam", "12 people died in Isfahan", a town the gazetteer puts in its
    country), whoever struck them; the striker's adjective ("Israeli strikes killed 224") never decides."""
    verb = next((a for a in anchor.ancestors if a.pos_ == "VERB"), None)
    if verb is None or verb.lemma_.lower() not in HARMED:
        return None
    heads = [verb, *([anchor.head] if anchor.head.pos_ == "NOUN" and anchor.head.i != verb.i else [])]
    found = {resolve(o) for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ in ("in", "at", "near")
             for o in p.children if o.dep_ == "pobj" and o.pos_ == "PROPN" and not attacker(o)} - {None}
    return found.pop() if len(found) == 1 else None


#: Words of a state's own body or official, whose counts are of its own people (rule 5e).
OWN_BODIES = STATE_BODIES | frozenset({"minister", "ambassador", "envoy", "official", "spokesman", "spokeswoman",
                                       "spokesperson", "office", "mission"})


def speaker_country(anchor: Token, striking: bool = False) -> str | None:
    """Rule 5e (round 23): a country's own body counts its own people ("Iran's health ministry said 224
    people had been killed", "Israel's ambassador said ..."): the country that owns the figure's speaker,
    when no place decides (rule 5d) and the sentence names no strike of the speaker's own side ("its
    strikes killed 30", "Israeli raids"): the striker's count is of the people struck."""
    verb = next((a for a in anchor.ancestors if a.pos_ in ("VERB", "AUX") and a.lemma_.lower() in SAY_VERBS), None)
    speaker = speaker_of(verb) if verb is not None else None
    if speaker is None or speaker.pos_ == "PRON":
        return None
    if any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in speaker.children):
        owner = next((own_subject(a) for a in verb.ancestors if a.pos_ in ("VERB", "AUX") and own_subject(a) is not None
                      and own_subject(a).pos_ != "PRON"), None)  # "X's ministry has ..., when its spokesman said"
        speaker = owner if owner is not None else speaker
    said_by = {t.lemma_.lower() for t in speaker.subtree}
    if said_by & {"news", "television", "radio", "newspaper", "broadcaster", "media"} or not (
            OWN_BODIES & said_by or _state_itself(speaker)):  # round 29 (rule 15): "Pakistan says ..."
        return None  # a news agency or a company tells of others' people ("France's AFP news agency reported")
    found = country_of(speaker, itself=True)
    if found is None or {resolve(t) for t in anchor.sent if t.ent_type_ in ("GPE", "LOC", "NORP")
                         and not attacker(t) and not opponent(t)} - {None, found}:
        return None  # another place named ("The French authorities in Martinique said"): the other rules'
    for token in anchor.sent:
        if _counted_people(token) or token.i == speaker.i:
            continue  # round 29 (rule 15): "11 members of its armed forces" are the dead, not the striker
        if token.lemma_.lower() in ATTACKERS and token.pos_ == "NOUN" and any(
                c.dep_ in ("poss", "amod", "compound") and (c.lower_ in ("its", "their", "our") or resolve(c) == found)
                for c in token.children):
            return found if striking else None  # round 29 (rule 19): the striking side, whose victims are the other's
    return None if striking else found



#: Nouns and verbs of fighting whose "with"/"against" phrase names the other side (rule 15, round 29).
FIGHTING = frozenset({"fighting", "fight", "clash", "war", "conflict", "battle", "hostility", "skirmish",
                      "confrontation", "standoff", "exchange", "fire", "firing", "shelling", "truce", "ceasefire"})


def opponent(token: Token) -> bool:
    """Rule 15 (round 29): is this country only the other side of a fight ("killed in four days of fighting with
    India", "clashes against Armenia")? It is no place of the speaker's own dead: the object of "with"/"against"
    on a noun or verb of fighting (:data:`FIGHTING`)."""
    node = token
    while node.dep_ in ("compound", "amod", "conj") and node.head.i != node.i:
        node = node.head
    if node.dep_ != "pobj" or node.head.lower_ not in ("with", "against"):
        return False
    return node.head.head.lemma_.lower() in FIGHTING or node.head.head.lower_ in FIGHTING



def _counted_people(token: Token) -> bool:
    """Rule 15 (round 29): is this noun inside a counted noun's "of" phrase ("11 members of its armed forces",
    "six of their troops")? Then it names the people counted, not a side that strikes."""
    node = token
    for _ in range(3):
        if node.dep_ != "pobj" or node.head.lower_ != "of" or node.head.head.i == node.head.i:
            return False
        node = node.head.head
        if any(c.like_num or c.dep_ == "nummod" for c in node.children) or node.like_num:
            return True
    return False

def _state_itself(speaker: Token) -> bool:
    """Rule 15 (round 29): is the speaker a country's or capital's bare name ("Pakistan says 40 civilians died",
    "Yerevan said")? A state speaking counts its own people as its bodies do."""
    return (speaker.ent_type_ == "GPE" and not any(c.dep_ in ("amod", "compound", "poss") for c in speaker.children)
            and country_of(speaker, itself=True) is not None)

def _attacks_place(token: Token) -> bool:
    """Rule 5b (round 23): a country's bare name before a noun of the means that is no weapon, on an attack
    noun ("Lebanon device attacks", "Kenya mall attack"), names where the attacks were, not who made them;
    "US drone strikes", "Russia missile attack" (a weapon between) and "Israeli strikes" stay the attacker's."""
    head = token.head
    if token.dep_ != "compound" or token.pos_ != "PROPN" or head.lemma_.lower() not in ATTACKERS:
        return False
    means = [c for c in head.children if c.dep_ == "compound" and token.i < c.i < head.i]
    return bool(means) and all(c.pos_ == "NOUN" and c.lemma_.lower() not in ATTACKERS | WEAPONS for c in means)


def _strikes(token: Token) -> bool:
    """Rule 5 (round 9): a country (or capital) that is the subject of a verb of striking
    (:data:`STRIKING`), or of launching or firing (:data:`FIRING`) a weapon or an attack
    (:data:`WEAPONS`, :data:`ATTACKERS`), is the attacker, not whose victims are counted."""
    while token.dep_ == "conj" and token.head.i != token.i and token.head.pos_ in ("PROPN", "NOUN"):
        token = token.head  # "Russia and Belarus launched ..."
    if token.dep_ == "pobj" and token.head.dep_ == "agent":
        token = token.head  # "15 drones were launched by Russia": the passive's agent
    verb = token.head
    if token.dep_ not in ("nsubj", "agent") or verb.pos_ != "VERB":
        return False
    lemma = verb.lemma_.lower()
    if lemma in STRIKING:
        return True
    if lemma not in FIRING:
        return False
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    objects += [c for o in objects for c in o.conjuncts]
    return any(o.lemma_.lower() in WEAPONS | ATTACKERS for o in objects)


def _named_side(noun: Token) -> str | None:
    """"Taliban fighters", "eight Taliban commanders": a fighter noun whose modifier names a group
    that is no country; also a group noun ("militants") with such a member phrase under it
    ("Nearly 60 militants, among them eight Taliban commanders")."""
    members = [noun, *(t for c in noun.children if c.dep_ in ("appos", "prep") for t in c.subtree)]
    for token in members:
        if token.lemma_.lower() not in FIGHTERS | NON_STATE:
            continue
        for child in token.children:
            entity = entity_at(child)
            if child.dep_ in ("compound", "amod", "nmod") and child.pos_ == "PROPN" and child.is_title \
                    and (entity is None or len(entity) == 1) and resolve(child) is None:
                return child.text
        group = _group_of(token)
        if group:
            return group
    return None


#: Nouns of an armed group that owns its fighters (rule 3c: "the group's fighters", "Houthi movement").
GROUP_NOUNS = frozenset({"group", "movement", "militia", "faction", "organisation", "organization"})


def _group_named(counted: Token) -> str | None:
    """Rule 3c (round 22): "five of the group's fighters", "10 of its fighters": the one armed group the
    article names by a proper name on a group or fighter noun ("the Houthi movement")."""
    if counted.lemma_.lower() not in FIGHTERS | NON_STATE:
        return None
    owner = next((c for c in counted.children if c.dep_ == "poss"), None)
    if owner is None or not (owner.lower_ in ("its", "their") or owner.lemma_.lower() in GROUP_NOUNS):
        return None
    names = set()
    for token in counted.doc:
        if token.dep_ in ("compound", "amod") and token.pos_ == "PROPN" and token.is_title \
                and token.head.lemma_.lower() in GROUP_NOUNS | FIGHTERS | NON_STATE \
                and token.ent_type_ not in ("PERSON", "GPE", "LOC") and resolve(token) is None:
            names.add(token.text)
    if len(names) != 1:
        return None
    group = next(iter(names))  # the plural the article writes ("the Houthis"), else the name as written
    return group + "s" if any(t.text == group + "s" for t in counted.doc) else group


def _group_speaking(counted: Token) -> str | None:
    """Rule 3d (round 23): "two of its fighters", "their members" told by an armed group itself ("Hezbollah
    said ... two of its fighters had been killed"): the pronoun stands for the speaker or the governing
    clause's subject, a proper name (an organisation, or a name the tagger left bare) that is no place, no
    person and no state body: that name. Not a country's ("Jordan said two of its soldiers": rule 1d) nor a
    ministry's or army's; not "members", a union's or party's as well ("The Federation of Rail Workers said 62%
    of its members were on strike" counts no armed group)."""
    if counted.lemma_.lower() not in (FIGHTERS - {"member", "leader"}) | NON_STATE:
        return None
    if not any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in counted.children):
        return None
    chain = predicate_chain(counted)
    for node in chain[1:]:
        if node.pos_ not in ("VERB", "AUX"):
            continue
        owner = own_subject(node)
        if (owner is None or owner.pos_ == "PRON" or owner in chain) and node.lemma_.lower() in SAY_VERBS:
            owner = speaker_of(node)
        if owner is None or owner.pos_ in ("PRON", "NOUN") and owner.ent_type_ == "" or owner in chain:
            continue  # a pronoun, the figure itself, or a common noun of a clause in between ("Iran's envoy hurt")
        if owner.pos_ != "PROPN" or owner.ent_type_ in ("PERSON", "GPE", "LOC") or resolve(owner) is not None \
                or person_named(owner) or STATE_BODIES & {t.lower_ for t in owner.subtree}:
            return None
        words = [t for t in owner.subtree if t.i <= owner.i and t.pos_ == "PROPN"]
        return owner.doc[words[0].i:owner.i + 1].text if words else owner.text  # "Al-Shabaab" as written
    return None


#: Verbs whose subject holds the members its object counts ("Gran Grif has about 100 members").
HAVING = frozenset({"have", "count", "number", "boast", "field"})
#: Nouns of a group's members, whose holder's name is theirs (round 21).
MEMBERS = frozenset({"member", "fighter", "gunman", "recruit"})
RELATIVE = frozenset({"which", "that", "who"})


def _own_members(counted: Token) -> str | None:
    """Rule 3b (round 21): a group's own size, "Gran Grif, which is estimated to have about 100 members",
    "Village Boys has some 400 fighters": the members are the holder's, when the holder (the subject of
    "have", or the name a relative clause hangs on) is a proper name that is no place; "the union, which
    has 5,000 members" (a common noun) and "France has 12 members on the board" (a country) are left alone."""
    if counted.lemma_.lower() not in MEMBERS or counted.dep_ != "dobj" or counted.head.lemma_.lower() not in HAVING:
        return None
    verb = counted.head
    while verb.dep_ in ("xcomp", "ccomp") and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        verb = verb.head  # "is estimated to have": the subject of "estimated"
    holder = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if holder is not None and holder.lower_ in RELATIVE:
        clause = holder.head
        while clause.dep_ != "relcl" and clause.head.i != clause.i:
            clause = clause.head
        holder = clause.head if clause.dep_ == "relcl" else None
    if holder is None or holder.pos_ != "PROPN" or not holder.is_title or resolve(holder) is not None:
        return None
    words = [t for t in holder.subtree if t.i <= holder.i and t.pos_ == "PROPN"]
    if words and gazetteer.country(" ".join(t.text for t in words)):
        return None
    return " ".join(t.text for t in words) if words else holder.text


#: Words that make a named force a state's own (rule 3e): "the Revolutionary Guards", "the Border Guard",
#: "the Marine Corps", "the National Police". Not "Army" or "Forces", which many armed groups call themselves.
STATE_FORCE_WORDS = frozenset({"guard", "guards", "corps", "navy", "police", "gendarmerie"})


def state_force(span) -> bool:
    """Rule 3e (round 23): is the named organisation a state's armed force (:data:`STATE_FORCE_WORDS`)?
    Its officers and members are that state's (the guide: a state's forces are the state), never a group of
    their own: "15 officers, among them the commander of the Revolutionary Guards" are the country's."""
    return any(t.lower_ in STATE_FORCE_WORDS for t in span)


def _group_of(fighter: Token) -> str | None:
    """"300 fighters of the Rapid Support Forces", "members of Al-Shabaab": a named organisation
    after "of"/"from" that is no country (its name as the tagger spans it, without "the")."""
    for prep in fighter.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("of", "from"):
            continue
        for obj in prep.children:
            entity = entity_at(obj)
            if obj.dep_ == "pobj" and obj.pos_ == "PROPN" and entity is not None and entity.label_ in ("ORG", "NORP") \
                    and resolve(obj) is None and not state_force(entity):
                return entity[1:].text if entity[0].lower_ == "the" else entity.text
    return None


def explicit_subject(counted: Token | None, anchor: Token, measure: str, start: Token | None = None,
                     money: bool = False) -> str | None:
    """The country (or, for supplies, organisation) a figure belongs to when the sentence says so.
    ``start``: the figure's first token; ``money``: the figure is an amount of money."""
    money = money or counted is not None and money_named(counted)  # round 21: "80.5 million Canadian dollars"
    if _subjectless_be(anchor):  # round 29 (rule 17): "... and one was a tourist from Nepal"
        return _subjectless_be(anchor)
    own = country_of(counted) if counted is not None and not money_named(counted) else \
        country_of(anchor) if counted is None else None  # "120 from Mexico"; not "100 million Swiss francs"
    if own:
        return own
    if counted is not None:
        own = _misparsed_people(counted, start) or waterway(counted, measure)  # rules 1r, 1q (round 22)
        if own:
            return own
    elif measure == "other":  # rule 1q: "Suez traffic falls 30%", "Traffic through the canal fell by 30%"
        verb = next((a for a in anchor.ancestors if a.pos_ in ("VERB", "AUX")), None)
        moving = [c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"] if verb is not None else []
        own = waterway(moving[0], measure) if moving else None
        if own:
            return own
    if start is not None:
        listed = _gapped_item(start, money)
        if listed:
            return listed
    if money:
        donor = _aid_from(anchor)
        if donor:
            return donor
    named = _named_item(anchor) or _demonym_item(anchor) or _people_apposed(counted) or _demonym_attribute(counted if counted is not None else anchor) or \
        (_demonym_attribute(anchor) if counted is not None else None) or \
        _possessor(counted if counted is not None else anchor) or \
        _person_possessor(counted if counted is not None else anchor) or \
        _holder_placed(counted if counted is not None else anchor)
    if named:
        return named
    own = _own_soldiers(counted, measure)
    if own:
        return own
    origin = flight_origin(counted if counted is not None else anchor)
    if origin:
        return origin
    if counted is not None and counted.dep_ == "conj" and counted.head.pos_ == "NOUN" \
            and counted.ent_type_ != "NORP" and any(c.dep_ == "nummod" for c in counted.head.children):
        named = country_of(counted.head)  # rule 1g: "270 Russian servicemen and 120 civilians"
        if named:
            return named
    side = (_named_side(counted) or _own_members(counted) or _group_named(counted) or _group_speaking(counted)) \
        if counted is not None else None
    if side:
        return side
    if counted is not None and counted.lemma_.lower() in NON_STATE:
        return _plural(counted.lemma_.lower())
    donor = _donor(counted if counted is not None else anchor)
    if donor:
        return donor
    agent = _agent(counted if counted is not None else anchor, measure, money)
    if agent is None and measure == "supplied":
        return _supplier_speaking(counted if counted is not None else anchor)
    if agent is not None and agent.pos_ == "PRON":  # "X said it had delivered"; not "a figure that includes"
        pronoun = agent
        agent = _speaker(agent) if agent.lower_ in ("it", "they", "we") else None
        if agent is None and pronoun.lower_ in ("it", "they"):
            return _donor_before(pronoun)  # round 17: "X has promised ... Last week it gave 10,000 doses to Y"
    if agent is None:
        return None
    found = country_of(agent, itself=True)
    if found is None and money:
        found = _spender_currency(agent, start if start is not None else anchor, anchor)  # rule 13 (round 28)
    if found is None and (measure == "supplied" or money and agent.head.lemma_.lower() in DONATING) \
            and (agent.ent_type_ == "ORG" or _untagged_name(agent)) and not person_named(agent):
        supplier = name(agent)  # "The World Food Programme said it had delivered 1,850 tonnes"
        state = STATE_BODIES & {t.lower_ for t in agent.subtree}  # the name as written, not its acronym
        return None if state else supplier
    if found is None and (measure == "supplied" or money and agent.head.lemma_.lower() in DONATING):
        earlier = _body_named_before(agent)  # rule 4f (round 22): "The institute said it supplied 2,700 doses"
        if earlier:
            return earlier
    if found is None and measure == "supplied" and agent.i in {t.i for t in (counted or anchor).ancestors}:
        return _supplier_speaking(counted if counted is not None else anchor)  # the supplies themselves
    return found



#: Heads of a named waterway or port that one country owns (rule 1q); seas, gulfs and straits are shared.
WATERWAYS = frozenset({"canal", "port"})
#: Prepositions that put a counted noun through or at a waterway ("traffic through", "transits of").
_VIA = frozenset({"through", "of", "via", "in", "at", "across", "along"})


def _waterway_owner(feature: Token) -> str | None:
    """The country of a named canal or port: its name's place part ("Suez Canal", "Port of Sudan" is no
    rule), else for "the canal" the canal the article named before with a place in its name."""
    mods = [c for c in feature.children if c.dep_ in ("compound", "amod") and c.is_title and c.i < feature.i]
    if mods:
        name_text = feature.doc[mods[0].i:feature.i].text
        return gazetteer.country(name_text) if feature.is_title else None
    if any(c.lower_ == "the" for c in feature.children) and not feature.is_title:
        owners = {_waterway_owner(t) for t in feature.doc[:feature.i] if t.is_title and t.lemma_.lower() == feature.lemma_.lower()
                  and t.lower_ == feature.lower_}
        owners.discard(None)
        return next(iter(owners)) if len(owners) == 1 else None
    return None


def _canal_names(doc) -> dict[str, str]:
    """Names the article writes before "Canal" whose place the gazetteer knows ("Suez": Egypt)."""
    found = {}
    for t in doc:
        if t.is_title and t.lower_ == "canal" and t.i and doc[t.i - 1].is_title:
            owner = gazetteer.country(doc[t.i - 1].text)
            if owner:
                found[doc[t.i - 1].lower_] = owner
    return found


def waterway(noun: Token, measure: str) -> str | None:
    """Rule 1q (round 22): the owner of the canal or port a count of traffic goes through."""
    if measure != "other":
        return None
    features = [p for c in noun.children if c.dep_ == "prep" and c.lower_ in _VIA
                for p in c.children if p.dep_ == "pobj" and p.lemma_.lower() in WATERWAYS]
    verb = noun.head if noun.dep_ in ("nsubj", "nsubjpass") and noun.head.pos_ == "VERB" else None
    if verb is not None:
        features += [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in WATERWAYS]
    for feature in features:
        owner = _waterway_owner(feature)
        if owner:
            return owner
    canals = _canal_names(noun.doc)
    for child in noun.children:
        if child.dep_ == "compound" and child.lower_ in canals and not (child.i + 1 < len(noun.doc)
                                                                        and noun.doc[child.i + 1].lower_ == "canal"):
            return canals[child.lower_]
    return None


def _misparsed_people(noun: Token, start: Token | None) -> str | None:
    """Rule 1r (round 22): "Hundreds of Kenyan police land": the nationality between the figure and the
    counted noun that the parser hung on the noun's head."""
    if noun.dep_ != "compound" or start is None or noun.head.i <= noun.i:
        return None
    for child in noun.head.children:
        if child.dep_ == "amod" and child.ent_type_ == "NORP" and start.i < child.i < noun.i:
            return resolve(child)
    return None


def _untagged_name(token: Token) -> bool:
    """Rule 4e (round 20): a proper name the tagger gave no entity ("Takeda is providing 1.32 million
    doses", a company's name read as no ORG), written capitalised, that is no place nor person: a
    supplier's name like an organisation's."""
    return token.pos_ == "PROPN" and not token.ent_type_ and token.is_title and token.dep_ == "nsubj" \
        and not gazetteer.country(proper_name(token).text) and not person_named(token)


#: Nouns of a group that delivers aid without being a state: "Aid groups say 300 tonnes ... reached".
AID_GROUPS = frozenset({"group", "charity", "organisation", "organization", "ngo", "agency"})


#: Verbs of giving or paying for what is given, whose passive agent ("by the EU") is the donor (rule 2e).
GIVING = frozenset({"pledge", "promise", "offer", "donate", "give", "contribute", "provide", "grant",
                                     "send", "commit", "buy", "purchase", "fund", "finance", "supply", "deliver",
                                     "ship", "airlift"})
#: Verbs of asking a donor for something ("asked Japan for 2 million doses"): rule 2f.
ASKING = frozenset({"ask", "request", "appeal", "petition", "urge", "approach"})


def _donor(token: Token) -> str | None:
    """Rules 2e-2f (round 17), the donor of what is given, whatever its measure:

    - 2e: a figure that is the subject of a passive verb of giving or paying (:data:`GIVING`) whose
      agent names the giver ("215,000 doses had been pledged and bought by the EU", "were donated by
      Japan"), the agent on the verb or on a verb conjoined to it; never when the subject is the
      receiver (the verb keeps an object: "500 families were given food by the Red Cross");
    - 2f: a figure asked for ("asked Japan for at least 2 million doses", "appealed to the World Bank
      for $50 million"): the one asked, not the one asking.

    The giver is a country, or an organisation's name as written (rule 4)."""
    chain = predicate_chain(token)
    verb = next((n for n in chain[1:] if n.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return None
    lemma = verb.lemma_.lower()
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if lemma in GIVING and subject is not None and any(n.i == subject.i for n in chain) \
            and not any(c.dep_ == "dobj" for c in verb.children):
        for holder in [verb, *verb.conjuncts]:
            for agent in (o for c in holder.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"):
                return _giver(agent)
        return None
    verbs = [n for n in chain[1:] if n.pos_ in ("VERB", "AUX")]
    while verbs and verbs[0].lemma_.lower() in SAY_VERBS - ASKING:  # "for 2 million" misparsed onto "told"
        said = [c for c in verbs[0].children if c.dep_ in ("ccomp", "parataxis") and c.lemma_.lower() in ASKING]
        verbs = said[:1] if len(verbs) == 1 and chain[chain.index(verbs[0]) - 1].dep_ == "prep" else verbs[1:]
    if verbs and verbs[0].lemma_.lower() in ASKING:
        verb = verbs[0]
        asked = [c for c in verb.children if c.dep_ == "dobj"] + [
            o for p in verb.children if p.dep_ == "prep" and p.lower_ == "to" for o in p.children if o.dep_ == "pobj"]
        for_phrase = any(n.dep_ == "pobj" and n.head.lower_ == "for" for n in chain)
        if asked and for_phrase and all(a.i not in {n.i for n in chain} for a in asked):
            return _giver(asked[0])
    return None


def person_named(token: Token) -> bool:
    """Rule 4d (round 18): is ``token``'s name a person's, the tagger's ORG notwithstanding? Every word
    of its entity is a word of a person's name the article gives, or it is one word that ends a longer
    name given before ("his counterpart, Abba Yusuf ... Yusuf pledged 100 million naira": a surname
    alone; organisations are not named by their last word): a person is never a subject."""
    span = entity_at(token) or token.doc[token.i:token.i + 1]
    people = {t.lower_ for e in token.doc.ents if e.label_ == "PERSON" for t in e}
    if all(t.lower_ in people for t in span):
        return True
    return len(span) == 1 and any(  # a surname alone, the end of a longer name given before (any label)
        e.end <= span.start and len(e) > 1 and e[-1].text == span.text and e[0].is_title
        and e.label_ in ("PERSON", "ORG") for e in token.doc.ents)


def _giver(token: Token) -> str | None:
    """The country a giver's name stands for, else an organisation's name as written (no state body)."""
    found = country_of(token, itself=True)
    if found or token.ent_type_ != "ORG" or person_named(token):
        return found
    return None if (STATE_BODIES | LEGISLATURES) & {t.lower_ for t in token.subtree} else name(token)


#: Rule 4g (round 23): words of a state's legislature; a legislature asked for money ("asked the General
#: Assembly for $3.9 billion", "appealed to parliament for ...") is its state's, never a giver by its name.
LEGISLATURES = frozenset({"assembly", "legislature", "parliament", "congress", "senate"})


def _donor_before(pronoun: Token) -> str | None:
    """Rule 2g (round 17): "it"/"they", subject of a verb of giving with no speaker to stand for, is
    the giver the sentence before names as the subject of its own verb of giving ("Washington has
    promised 50,000 doses to Congo. Last week it gave 10,000 doses to Nigeria": the United States,
    not Nigeria)."""
    verb = pronoun.head
    if pronoun.dep_ != "nsubj" or verb.lemma_.lower() not in GIVING or pronoun.sent.start == 0:
        return None
    before = pronoun.doc[pronoun.sent.start - 1].sent
    root = before.root
    subject = own_subject(root) if root.lemma_.lower() in GIVING else None
    return _giver(subject) if subject is not None and subject.pos_ != "PRON" else None


def _supplier_speaking(token: Token) -> str | None:
    """Rule 4b: supplies no verb gives an agent ("300 tonnes of aid have reached the region") and
    that a speaker reports are the speaker's when it is an aid group no state runs ("Aid groups
    say ...", "relief charities said ..."); a state body or official says it for its country."""
    for node in predicate_chain(token)[1:]:
        if node.pos_ in ("VERB", "AUX") and node.lemma_.lower() in SAY_VERBS:
            speaker = speaker_of(node)
            if speaker is None or speaker.pos_ != "NOUN" or speaker.lemma_.lower() not in AID_GROUPS \
                    or STATE_BODIES & {t.lower_ for t in speaker.subtree}:
                return None
            return speaker.doc[speaker.left_edge.i:speaker.i + 1].text.lower().removeprefix("the ")
    return None


#: Nouns that name a body by its kind ("the institute", "the foundation"): rule 4f reads the name given before.
BODY_KINDS = frozenset({"institute", "foundation", "company", "firm", "charity", "organisation", "organization",
                        "fund", "alliance", "programme", "program", "bank", "group", "society", "corporation",
                        "manufacturer", "drugmaker", "maker", "laboratory", "trust"})


def _body_named_before(agent: Token) -> str | None:
    """Rule 4f (round 22): a body named by its kind with "the" ("the institute", "the foundation"), no state
    body, that the article named in full before ("the Sabin Vaccine Institute"): the nearest earlier
    organisation's name that ends on that word or is headed by it ("the Serum Institute of India"), as written
    without "the"; None when there is none."""
    kind = agent.lemma_.lower()
    if agent.pos_ != "NOUN" or kind not in BODY_KINDS or kind in STATE_BODIES \
            or not any(c.dep_ == "det" and c.lower_ == "the" for c in agent.children) \
            or any(c.dep_ in ("compound", "amod", "poss") for c in agent.children):
        return None
    for entity in reversed([e for e in agent.doc.ents if e.end <= agent.i and e.label_ == "ORG"]):
        if (entity[-1].lemma_.lower() == kind or entity.root.lemma_.lower() == kind) \
                and not STATE_BODIES & {t.lower_ for t in entity}:
            return entity[1:].text if entity[0].lower_ == "the" else entity.text
    return None


#: Nouns of a state's soldiers (rule 1j).
SOLDIERS = frozenset({"soldier", "troop", "serviceman", "servicemen", "servicemember", "marine", "sailor",
                      "airman", "paratrooper", "conscript"})
#: Head nouns of a state's armed forces or defence office that reports its own losses (rule 1j).
MILITARY = frozenset({"military", "army", "ministry", "forces", "force", "navy", "command", "headquarters"})


def _own_soldiers(counted: Token | None, measure: str) -> str | None:
    """Rule 1j (round 15): soldiers killed, wounded or missing, no nationality of their own, that a
    country's armed forces or defence ministry report ("The Israeli military said two soldiers had
    been killed in Rafah", "Ukraine's army said 14 troops were wounded"), are that country's: a
    military reports its own losses; the place they fell is the other side's. Not when someone is
    said to have struck them ("said it had killed 300 soldiers", "said strikes killed 12 soldiers":
    the harm verb has a subject or agent of its own)."""
    if counted is None or measure not in HARMS or counted.lemma_.lower() not in SOLDIERS:
        return None
    for node in predicate_chain(counted)[1:]:
        if node.pos_ not in ("VERB", "AUX"):
            continue
        if node.lemma_.lower() in SAY_VERBS:
            speaker = speaker_of(node)
            if speaker is None or speaker.pos_ == "PRON" or speaker.lemma_.lower() not in MILITARY:
                return None
            return country_of(speaker)
        subject = own_subject(node)
        if any(c.dep_ == "agent" for c in node.children) or subject is not None and subject.i != counted.i \
                and not any(t.i == counted.i for t in subject.subtree):
            return None  # "it had killed 300 soldiers": harm done by someone named
    return None


#: Words of a figure's own phrase, passed over to find the name written before it (rule 1m).
_FIGURE_WORDS = frozenset({"about", "around", "some", "nearly", "almost", "more", "than", "over", "under", "up",
                           "to", "at", "least", "roughly", "approximately", "just", "another", "a", "further"})


def _gapped_item(start: Token, money: bool = False) -> str | None:
    """Rule 1m (round 16): an item of a list whose verb is left out after its first item, written
    "Country N" after a comma or "and" ("France has sent 7 million euros, Germany 5 million euros
    and Italy 2 million", "Chile counted 40 dead, Peru 12"): the country written right before the
    figure, not the first item's. The country must be no verb's subject or object of its own."""
    i = start.i - 1
    doc = start.doc
    while i >= 0 and (doc[i].lower_ in _FIGURE_WORDS or doc[i].is_currency):
        i -= 1
    if i < 1 or not (doc[i].is_title or doc[i].is_upper):
        return None
    whole = proper_name(doc[i])
    before = whole.start - 1 - (whole.start >= 2 and doc[whole.start - 1].lower_ == "the")
    if before < 0 or doc[before].lower_ not in (",", "and", ";"):
        return None
    if any(t.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj") or ethnic(t) for t in whole):
        return None
    found = gazetteer.country(whole.text, provinces=False)
    entity = entity_at(doc[i])
    if not found and money and entity is not None and entity.label_ == "ORG" and entity.end == i + 1 \
            and any(t.pos_ == "VERB" and t.lemma_.lower() in DONATING for t in start.sent):
        return whole.text  # "and the European Union more than 5 million euros": a donor body
    return found


def _aid_from(anchor: Token) -> str | None:
    """Rule 2d (round 16): money "in aid from" a country ("$11.5 million in humanitarian aid from the
    United States", "5 million euros of assistance from Japan"): the donor the aid's own "from"
    phrase names, whoever announced it."""
    chain = predicate_chain(anchor)
    verb = next((n for n in chain[1:] if n.pos_ == "VERB"), None)
    for node in chain[:3]:
        for prep in node.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("in", "of"):
                continue
            for aid in prep.children:
                if aid.dep_ != "pobj" or aid.lemma_.lower() not in AID_MONEY:
                    continue
                holders = [aid] + ([verb] if verb is not None else [])  # "from Australia" parsed on the verb
                found = next((resolve(o) for h in holders for p in h.children if p.dep_ == "prep"
                              and p.lower_ == "from" for o in p.children if o.dep_ == "pobj" and resolve(o)), None)
                if found:
                    return found
    return None


def _named_item(anchor: Token) -> str | None:
    """Rule 1b: a list item written "Country N" ("165 deaths, India 98, Jordan 75"): the country
    the number is attached to, written before it."""
    head = anchor.head
    if anchor.dep_ == "nummod" and head.i < anchor.i and head.pos_ == "PROPN":
        return resolve(head) or gazetteer.country(head.text, provinces=False)
    return None


def _demonym_item(anchor: Token) -> str | None:
    """Rule 1e: a list item written "N Demonym" with its noun left out ("seven Portuguese and one
    Canadian", "52 were British, seven Portuguese"): the people named right after the number."""
    head = anchor.head
    if anchor.dep_ == "nummod" and head.i == anchor.i + 1 and head.ent_type_ == "NORP":
        return resolve(head)
    return None


def _holder_placed(token: Token) -> str | None:
    """Rule 1h (round 8): a figure held or lost by a person a relative clause describes, the
    person placed by their own "in"/"from" phrase ("a software engineer in Warsaw who had about
    $90,000 on the exchange", "a farmer from Kenya who lost 40 cattle"): that place's country."""
    if token.dep_ == "nummod" and token.head.pos_ == "NOUN":
        token = token.head  # "70,000 dollars": the money's noun holds the place in the clause
    verb = token.head
    if token.dep_ not in ("dobj", "nsubj", "nsubjpass") or verb.dep_ != "relcl" or verb.pos_ not in ("VERB", "AUX"):
        return None
    holder = verb.head
    if holder.pos_ != "NOUN":
        return None
    for prep in holder.children:
        if prep.dep_ == "prep" and prep.lower_ in ("in", "from") and prep.i < verb.i:
            for obj in prep.children:
                if obj.dep_ == "pobj" and obj.pos_ == "PROPN" and resolve(obj):
                    return resolve(obj)
    return None


def _people_apposed(counted: Token | None) -> str | None:
    """Rule 1f: "Nine survivors, all Egyptians": the counted noun's apposition names their people."""
    for child in counted.children if counted is not None else ():
        if child.dep_ == "appos" and child.ent_type_ == "NORP":
            found = resolve(child)
            if found:
                return found
        if child.dep_ == "appos" and child.pos_ == "NOUN":  # "One passenger, a British national of Indian origin"
            found = next((resolve(m) for m in child.lefts if m.dep_ in ("amod", "compound") and m.ent_type_ == "NORP"
                          and resolve(m)), None)
            if found:
                return found
    return None


def _demonym_attribute(token: Token) -> str | None:
    """Rule 1c: "At least 323 of the dead were Egyptians": the figure is the subject of "be" whose
    complement names a people (a demonym, plural or not) or a country; also with "be" left out
    ("104 survivors, 12 of them Pakistani": the demonym itself the figure's head)."""
    verb = token.head
    if token.dep_ == "nsubj" and verb.ent_type_ == "NORP" and verb.pos_ in ("ADJ", "PROPN", "NOUN"):
        return resolve(verb)
    if token.dep_ not in ("nsubj", "nsubjpass") or verb.lemma_.lower() != "be":
        return None
    for child in verb.children:
        if child.dep_ in ("attr", "acomp") and (child.ent_type_ == "NORP" or child.pos_ == "PROPN"):
            found = country_of(child, itself=True)
            if found:
                return found
        found = _people_origin(child) if child.dep_ == "attr" else None
        if found:  # round 29 (rule 17): "one was a tourist from Nepal", "were Kenyan students"
            return found
    return None


def _subjectless_be(anchor: Token) -> str | None:
    """Rule 17 (round 29): a number the parser joined to the list before it, followed by a "be" it gave no subject or
    a subject before the number ("25 were Indian visitors and one was a tourist from Nepal"): the origin of that
    "be"'s complement."""
    after = anchor.doc[anchor.i + 1] if anchor.i + 1 < len(anchor.doc) else None
    if anchor.dep_ != "conj" or anchor.pos_ != "NUM" or after is None or after.lemma_.lower() != "be" \
            or any(c.dep_ in ("nsubj", "nsubjpass", "expl") and c.i > anchor.i for c in after.children):
        return None
    return next((found for child in after.children if child.dep_ == "attr"
                 for found in [_people_origin(child)] if found), None)


def _people_origin(noun: Token) -> str | None:
    """Rule 17 (round 29): the country a noun of people's own nationality or "from" phrase names."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in PEOPLE_NOUNS:
        return None
    return country_of(noun)


#: Rule 17 (round 29): nouns of people whose nationality or origin says whose they are, as "be"'s complement.
PEOPLE_NOUNS = frozenset({"tourist", "visitor", "national", "citizen", "student", "worker", "pilgrim", "traveller",
                          "traveler", "passenger", "resident", "soldier", "man", "woman", "child", "boy", "girl",
                          "volunteer", "journalist", "climber", "trekker", "migrant", "refugee", "civilian"})


#: Possessive pronouns that point back to the clause's subject or the speaker: "14 of its
#: pilgrims", "165 deaths among its pilgrims", "their nationals".
POSSESSIVE_PRONOUNS = frozenset({"its", "their"})


def _possessor(token: Token) -> str | None:
    """Rule 1d: a counted noun (or the noun of its partitive or "among" phrase) owned by "its" /
    "their" belongs to the country the pronoun stands for: the nearest governing clause's subject
    when it names a country ("Indonesia has reported 165 deaths among its pilgrims"), else the
    speaker's ("Jordan's foreign ministry said 14 of its pilgrims had died")."""
    nouns_ = [token, *(o for p in token.children if p.dep_ == "prep" and p.lower_ in ("of", "among")
                       for o in p.children if o.dep_ == "pobj")]
    if not any(c.dep_ == "poss" and c.lower_ in POSSESSIVE_PRONOUNS for n in nouns_ for c in n.children):
        return None
    chain = predicate_chain(token)
    for node in chain[1:]:
        if node.pos_ not in ("VERB", "AUX"):
            continue
        subject = own_subject(node)
        if subject is not None and any(c in chain for c in node.children if c.dep_ in ("nsubj", "nsubjpass")):
            subject = None  # round 23: the figure is the verb's subject itself; a second one is a misparse
        if subject is not None and subject.pos_ != "PRON" and subject.i != token.i:
            found = country_of(subject, itself=True)
            if found:
                return found
        if node.lemma_.lower() in SAY_VERBS:
            speaker = speaker_of(node)
            if speaker is not None and speaker.pos_ != "PRON":
                return country_of(speaker, itself=True)
    return None


#: Possessive pronouns of a person ("4,000 of his soldiers"): rule 7 (round 26).
PERSONAL_POSSESSIVES = frozenset({"his", "her"})


def _person_possessor(token: Token) -> str | None:
    """Rule 7 (round 26): a count of soldiers, troops or citizens owned by "his"/"her" ("has denied that 4,000
    of his soldiers are in Congo") is the country of the person the pronoun stands for, the nearest governing
    clause's subject or speaker (a person's name): the country the person's own phrase names ("Rwanda's
    president, Paul Kagame", "President Kagame of Rwanda"), else the one the article names beside that name
    elsewhere, else the one country the sentence names that is not where the counted people are ("in
    Congo"). Never the country they are in."""
    nouns_ = [token, *(o for p in token.children if p.dep_ == "prep" and p.lower_ in ("of", "among")
                       for o in p.children if o.dep_ == "pobj")]
    if not any(c.dep_ == "poss" and c.lower_ in PERSONAL_POSSESSIVES for n in nouns_ for c in n.children):
        return None
    if not any(n.lemma_.lower() in OWN_PEOPLE for n in nouns_):
        return None
    chain = predicate_chain(token)
    person = None
    for node in chain[1:]:
        if node.pos_ not in ("VERB", "AUX"):
            continue
        for subject in (own_subject(node), speaker_of(node) if node.lemma_.lower() in SAY_VERBS else None):
            if subject is None or subject.i == token.i:
                continue
            named = next((c for c in subject.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"), None)
            if named is not None:  # "Uganda's president, Yoweri Museveni, said"
                return country_of(subject) or _person_country(named, token)
            if subject.ent_type_ == "PERSON":
                person = subject
                break
        if person is not None:
            break
    if person is None:
        return None
    return _person_country(person, token)


#: Counted nouns of a state's own people that "his"/"her" can own (rule 7).
OWN_PEOPLE = frozenset({"soldier", "troop", "force", "serviceman", "servicemen", "citizen", "national",
                        "officer", "sailor", "airman", "marine", "personnel"})


def _person_country(person: Token, counted: Token) -> str | None:
    """Rule 7: the country of a person's name: its own phrase, the article's other mentions of the name, else
    the sentence's one country that places nothing the counted people are in."""
    mentions = [t for t in person.doc if t.text == person.text and t.ent_type_ == "PERSON"]
    for mention in [person, *(m for m in mentions if m.i != person.i)]:
        for near in [mention, *(c for c in mention.children if c.dep_ in ("appos", "compound"))]:
            for child in near.children:
                if child.dep_ in ("amod", "compound", "poss", "nmod") and child.ent_type_ in ("GPE", "NORP"):
                    found = resolve(child)
                    if found:
                        return found
                if child.dep_ == "prep" and child.lower_ == "of":
                    found = next((resolve(o) for o in child.children if o.dep_ == "pobj" and resolve(o)), None)
                    if found:
                        return found
        if mention.dep_ == "appos" and mention.head.ent_type_ != "PERSON":
            found = country_of(mention.head)
            if found:
                return found
    inside = {resolve(o) for t in [counted, *counted.ancestors] for p in t.children
              if p.dep_ == "prep" and p.lower_ in ("in", "inside", "within") for o in p.children if o.dep_ == "pobj"}
    named = {resolve(t) for t in counted.sent if t.ent_type_ in ("GPE", "NORP")} - inside - {None}
    return named.pop() if len(named) == 1 else None


#: Words that make a force a coalition of several states (rule 8, round 26): "foreign troops", "a regional
#: force", "multinational forces".
MULTINATIONAL = frozenset({"foreign", "regional", "multinational", "international"})
#: Nouns of troops whose several states a coalition word makes no one country's (rule 8).
TROOPS = frozenset({"soldier", "troop", "force", "peacekeeper", "serviceman", "servicemen", "contingent"})


def _coalition(noun: Token) -> bool:
    """Rule 8: a troop noun a coalition word modifies, with no country of its own ("foreign soldiers", not
    "foreign soldiers from Kenya", "Kenyan foreign troops")."""
    return noun.lemma_.lower() in TROOPS and any(c.dep_ == "amod" and c.lower_ in MULTINATIONAL
                                                  for c in noun.children) and country_of(noun) is None


def multinational(anchor: Token) -> bool:
    """Rule 8 (round 26): a figure of several states' troops is no one country's: a count of soldiers a coalition
    word makes foreign or regional ("13 foreign soldiers killed", "Eighteen foreign soldiers have now been
    killed"), the size of such a force ("a regional force of some 2,900 troops") or a toll among them ("brings
    the toll among foreign troops to 13"). The parts a list gives their countries ("14 from South Africa") keep
    them; workers, nationals or rescuers called foreign are left to the other rules (the scene's, as guide)."""
    number = anchor
    while number.dep_ in ("compound", "quantmod", "nummod") and number.head.pos_ == "NUM":
        number = number.head
    noun = number.head if number.dep_ == "nummod" else None
    if noun is not None and (_coalition(noun) or noun.dep_ == "pobj" and noun.head.lower_ == "of"
                             and _coalition(noun.head.head)):
        return True
    if number.dep_ == "pobj" and number.head.lower_ == "of" and _coalition(number.head.head):
        return True  # "a regional force of some 2,900"
    if number.dep_ == "pobj" and number.head.lower_ == "to":
        verb = number.head.head
        for container in (c for c in verb.children if c.dep_ in ("dobj", "nsubj", "nsubjpass")):
            if container.lemma_.lower() in ("toll", "number", "count", "tally", "total") and any(
                    p.dep_ == "prep" and p.lower_ in ("among", "of") and any(_coalition(o) for o in p.children)
                    for p in container.children):
                return True  # "brings the toll among foreign troops to 13"
    return False


def _plural(noun: str) -> str:
    return nouns.plural(noun)


def _speaker(pronoun: Token) -> Token | None:
    """"X said it had delivered ...", "X said, adding that it had handed out ...": the pronoun
    subject stands for the speaker X."""
    for node in predicate_chain(pronoun)[1:]:
        if node.pos_ in ("VERB", "AUX") and node.lemma_.lower() in SAY_VERBS:
            if node.i > pronoun.i and any(t.text == ";" for t in pronoun.doc[pronoun.i:node.i]):
                return None  # round 17: "it gave 10,000 doses ...; Nigeria has recorded 40": another clause
            speaker = own_subject(node) or (speaker_of(node) if node.tag_ == "VBG" else None)
            return speaker if speaker is not None and speaker.pos_ != "PRON" else None
    return None


def money_named(noun: Token) -> bool:
    """Rule 1i (round 15): is ``noun`` a currency word a number counts ("100 million Swiss francs",
    "50,000 Hong Kong dollars", "2 billion Indian rupees")? The nationality before it names the
    money, not whose it is: a Red Cross appeal in Swiss francs is for the stricken country, a
    pledge in pounds the donor's (rule 2). The currency itself as a thing ("the Japanese yen fell
    1.5%", no number on it) keeps rule 1."""
    return any(c.dep_ == "nummod" for c in noun.children) and bool(quantities.currency_codes(noun.text))


def country_of(noun: Token | None, itself: bool = False) -> str | None:
    """A country named by ``noun``'s modifiers (or by the noun itself when ``itself``)."""
    if noun is None:
        return None
    if itself:
        found = resolve(noun)
        if found:
            return found
    for child in noun.children:
        if child.dep_ in MODIFIERS:
            found = resolve(child)
            if found:
                return found
        if child.dep_ == "prep" and child.lower_ == "from":
            found = [resolve(c) or _origin_modifier(c) for c in child.children if c.dep_ == "pobj"]
            if any(found):
                return next(f for f in found if f)
    return None


def _origin_modifier(place: Token) -> str | None:
    """Round 14: "96 from Portuguese airports", "troops from Kenyan bases": a "from" phrase's common
    noun modified by a nationality or a country names that country as the origin."""
    if place.pos_ != "NOUN":
        return None
    return next((resolve(m) for m in place.children if m.dep_ in ("amod", "compound")
                 and m.ent_type_ in ("NORP", "GPE") and resolve(m)), None)


#: Nouns of people of one country who live in another ("the Danish minority", "the Turkish
#: community"): their nationality names no place of the story and counts nothing for its main actor.
MINORITIES = frozenset({"minority", "minorities", "community", "communities", "diaspora", "expatriate",
                        "expat", "émigré", "emigre"})
#: Nouns of people staying in another country for a while ("Danish tourists", "German visitors"):
#: their nationality counts half, like a name after "from".
VISITORS = frozenset({"tourist", "visitor", "pilgrim", "holidaymaker", "traveller", "traveler"})


def elsewhere_weight(token: Token) -> float:
    """How much a place name counts for the main actor by the people it qualifies: 0 for a minority
    or diaspora ("the party of the Danish minority"), 0.5 for visitors ("Danish tourists"), else 1
    (issue 14, round 12)."""
    if ethnic(token):
        return 0.0  # "ethnic Armenians": an ethnicity names no country (rule 1k, round 16)
    if token.dep_ not in ("amod", "compound") or token.head.pos_ not in ("NOUN", "PROPN"):
        return 1.0
    head = token.head.lemma_.lower()
    return 0.0 if head in MINORITIES else 0.5 if head in VISITORS else 1.0


#: Verbs and nouns of people moving away from a place of their own (rule 1l): their "from" phrase
#: is where they come from. Not returning, deporting or sending (the returned people's own country
#: is where they go: "Returned people").
FLIGHT = frozenset({"flee", "cross", "leave", "escape", "arrive", "come", "pour", "stream", "flood", "head",
                    "travel", "depart", "migrate", "evacuate", "exodus", "flight", "departure", "influx",
                    "arrival", "escape", "trek", "walk", "drive"})
#: Of :data:`FLIGHT`, the verbs whose direct object is the place left ("fled Karabakh", "left Transnistria").
LEAVING = frozenset({"flee", "leave", "escape", "quit", "abandon", "desert"})


def flight_origin(token: Token) -> str | None:
    """Rule 1l (round 16): people who fled, crossed or arrived from a place ("13,000 people crossed
    into Moldova from Transnistria", "4,000 had fled Abkhazia for Russia", "2,000 refugees arrived
    from Sudan") are counted for their origin, the country of the place they left (people from
    elsewhere take their country), also when the country they reached counts them or is the
    dateline's; the first verb (or noun) of flight that governs the figure decides, through
    "from" or, for a verb of leaving, its direct object. Not returns ("returned from Iran":
    :data:`FLIGHT` has no verb of return, deportation or sending; nor in an article about returns and
    deportations: "Returned people"), nor people a demonym names ("Afghans poured in from Iran")."""
    if words(token.doc) & MIGRATION_CUES or token.ent_type_ == "NORP" and resolve(token):
        return None
    for node in predicate_chain(token)[1:4]:
        lemma = node.lemma_.lower()
        if node.pos_ not in ("VERB", "NOUN") or lemma not in FLIGHT | LEAVING:
            if node.pos_ in ("VERB", "AUX"):
                return None  # the first verb that governs the figure decides
            continue
        for child in node.children:
            objects = [o for o in child.children if o.dep_ == "pobj"] if child.dep_ == "prep" and child.lower_ == "from" \
                else [child] if child.dep_ == "dobj" and lemma in LEAVING and child.i != token.i \
                else _from_after(child) if child.dep_ == "prep" and child.lower_ in DESTINATIONS else []
            found = next((resolve(o) for o in objects if resolve(o) and not ethnic(o)), None)
            if found:
                return found
        if node.pos_ == "VERB":
            return None
    return None


#: Nouns of people's flight whose modifier names the place left ("the Karabakh exodus").
FLIGHT_NOUNS = frozenset({"exodus", "flight", "departure", "refugee", "evacuee"})
#: Prepositions of a flight's destination ("crossed into Armenia", "left X for Armenia").
DESTINATIONS = frozenset({"into", "to", "for"})
#: Verbs whose direct object is a flight's destination ("refugees reach Armenia").
REACHING = frozenset({"reach", "enter"})


def _from_after(destination: Token) -> list[Token]:
    """"crossed into Chad from Sudan" parsed with "from Sudan" on "Chad": the origins hung on the
    destination's object."""
    return [o for d in destination.children if d.dep_ == "pobj" for p in d.children
            if p.dep_ == "prep" and p.lower_ == "from" for o in p.children if o.dep_ == "pobj"]


def flight_end(token: Token) -> str | None:
    """Round 16: "origin" when ``token`` (a place name) is the place people fled, crossed or came from
    ("from Transnistria" after a verb of :data:`FLIGHT`, "fled Abkhazia", "the Karabakh exodus"),
    "destination" when it is where they went ("into Moldova", "for Russia", "refugees reach
    Georgia"), else None."""
    head = token.head
    if token.dep_ == "pobj" and head.lower_ == "from" and head.head.dep_ == "pobj" \
            and head.head.head.lower_ in DESTINATIONS and flight_end(head.head) == "destination":
        return "origin"  # "into Chad from Sudan", "from Sudan" parsed on "Chad"
    if token.dep_ == "pobj" and head.dep_ == "prep":
        mover = head.head
        if mover.lemma_.lower() not in FLIGHT | LEAVING | REACHING and mover.dep_ == "dobj" \
                and mover.head.lemma_.lower() in LEAVING:
            mover = mover.head  # "left Nagorno-Karabakh for Armenia": the phrase hangs on the place left
        if mover.lemma_.lower() in FLIGHT | LEAVING and mover.pos_ in ("VERB", "NOUN"):
            return "origin" if head.lower_ == "from" else "destination" if head.lower_ in DESTINATIONS else None
        return None
    if token.dep_ == "dobj" and head.pos_ == "VERB":
        lemma = head.lemma_.lower()
        return "origin" if lemma in LEAVING else "destination" if lemma in REACHING else None
    if token.dep_ == "compound" and head.lemma_.lower() in FLIGHT_NOUNS:
        return "origin"
    return None


def article_origin(doc) -> str | None:
    """Rule 1l's article reading (round 16): the country the article names most often as the place
    people fled (:func:`flight_end` with a word of :data:`FLEEING`: "fled Karabakh", "crossed ... from
    Transnistria", "the Abkhazia exodus"), more often than any other, when the article also names
    another country as where they went ("into Armenia", "reach Georgia"): the people of the article
    are that country's (:mod:`.assembly`, "Flight"). Never in an article about returns and
    deportations, whose people are their own country's ("Returned people")."""
    key = ("newsclaims", "flight_origin")
    if key not in doc.user_data:
        found: Counter[str] = Counter()
        ends: set[str] = set()
        for token in doc:
            end = flight_end(token) if token.is_title or token.is_upper else None
            place = resolve(token) if end else None
            if place and end == "destination":
                ends.add(place)
            elif place and _mover(token).lemma_.lower() in FLEEING:
                found[place] += 1
        ranked = found.most_common(2)
        doc.user_data[key] = ranked[0][0] if ranked and ends - {ranked[0][0]} and (
            len(ranked) == 1 or ranked[0][1] > ranked[1][1]) and not words(doc) & MIGRATION_CUES else None
    return doc.user_data[key]


#: Of :data:`FLIGHT`, the words of fleeing (for :func:`article_origin`): not plain travel ("tourists
#: arrived from China" is a figure's origin, never the article's people).
FLEEING = frozenset({"flee", "cross", "leave", "escape", "exodus", "flight", "departure", "refugee", "evacuee",
                     "evacuate", "pour", "stream", "flood"})


def _mover(place: Token) -> Token:
    """The word of flight a place of :func:`flight_end` hangs on."""
    if place.dep_ == "pobj" and place.head.lower_ == "from" and place.head.head.dep_ == "pobj":
        return _mover(place.head.head)  # "into Chad from Sudan"
    if place.dep_ == "pobj":
        mover = place.head.head
        return mover.head if mover.dep_ == "dobj" and mover.head.lemma_.lower() in LEAVING \
            and mover.lemma_.lower() not in FLIGHT else mover
    return place.head


#: Words that make a nationality word an ethnicity ("ethnic Armenians", "ethnic Serb villages").
ETHNIC = frozenset({"ethnic", "ethnically"})


def ethnic(token: Token) -> bool:
    """Rule 1k (round 16): is ``token`` a people's name written as an ethnicity ("120,000 ethnic
    Armenians", "ethnic Serbs in the north", "ethnically Russian villages")? An ethnicity names no
    country: the people's place (where they live or come from) decides, never the country of the
    same name; such a word names no subject, no side and counts nothing for the main actor."""
    span = entity_at(token)
    first = span.start if span is not None and span[0].lower_ not in ETHNIC else token.i
    if span is not None and span[0].lower_ in ETHNIC:
        return True
    before = token.doc[first - 1] if first > 0 else None
    return before is not None and before.lower_ in ETHNIC or any(
        c.lower_ in ETHNIC for c in token.children if c.dep_ in ("amod", "advmod"))


def embedded(token: Token) -> bool:
    """Round 17: is ``token`` a country's name that ends a longer place name, a compass word or "New"
    right before it ("East Palestine", "New Mexico", "South Sudan": ``gazetteer.prefixed``)? The whole
    name is read instead, never the country it embeds."""
    return token.i > 0 and gazetteer.prefixed(token.doc[token.i - 1].text, token.text)


def admin_of(token: Token) -> str | None:
    """Rule 1n (round 18): the country of "<Name> state/province/region/district" when ``token`` ends
    the name and the name is also a country's ("Niger state"); None when the next word is no such word,
    the name no country's, or no province has that name."""
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if following is None or following.lower_ not in gazetteer.ADMIN_WORDS or not token.is_title:
        return None
    start = token.i  # the whole name before the word: "Los Angeles County" is no "Angeles" province
    while start > 0 and token.doc[start - 1].is_title and token.doc[start - 1].pos_ == "PROPN":
        start -= 1
    name_ = token.doc[start:token.i + 1].text
    if not gazetteer.country(name_, provinces=False):
        return None  # a province's own name ("Mandalay region") is read by the other rules, as before
    return gazetteer.admin_area(name_, near=layout.certain(token.doc))


#: Words between a shared place name and the larger place that holds it ("Pokrovsk, in the eastern
#: Donetsk region", "Hyderabad, in the southern state of Telangana"): skipped by :func:`within`.
_WITHIN_SKIP = frozenset({",", "in", "the", "of", "northern", "southern", "eastern", "western", "central",
                          "north", "south", "east", "west", "northeastern", "northwestern", "southeastern",
                          "southwestern", "north-eastern", "north-western", "south-eastern", "south-western",
                          "oblast", "oblasts"}) | gazetteer.ADMIN_WORDS


def within(span) -> str | None:
    """Rule 1o (round 19): the country of a place name several countries share ("Pokrovsk", a town of
    Ukraine's Donetsk region and of Russia) that the text places at once inside a larger place ("In
    Pokrovsk, in the Donetsk region", "Pokrovsk, Donetsk region", "Hyderabad, in the southern state of
    Telangana", "Pokrovsk in eastern Ukraine"): the country of that place, when it is one of the name's
    countries; None when the name is no shared place or no such place follows."""
    if not gazetteer.ambiguous(span.text) or gazetteer.country(span.text, provinces=False):
        return None
    doc, i = span.doc, span.end
    if i >= len(doc) or doc[i].lower_ not in (",", "in"):
        return None
    while i < len(doc) and doc[i].lower_ in _WITHIN_SKIP and i - span.end < 6:
        i += 1
    start = i
    while i < len(doc) and doc[i].is_title and doc[i].pos_ in ("PROPN", "ADJ", "NOUN"):
        i += 1
    if start == i:
        return None
    holder = gazetteer.country(doc[start:i].text)
    return holder if holder in gazetteer.places(span.text) else None


def resolve(token: Token) -> str | None:
    """The country a token names: through its entity span ("North Korean"), else its own text.
    Never an ethnicity ("ethnic Armenians": rule 1k)."""
    if ethnic(token) or disease_name(token):  # rule 1p (round 22): "the Marburg virus" names no place
        return None
    area = admin_of(token)
    if area:  # round 18 (rule 1n): "Niger state" is a state of Nigeria, never Niger
        return area
    if embedded(token):  # round 17: "East Palestine" (Ohio) is no Palestine, "South Sudan" no Sudan
        return gazetteer.country(f"{token.doc[token.i - 1].text} {token.text}", near=layout.certain(token.doc))
    if token.ent_type_ in ("GPE", "NORP", "LOC", "ORG"):
        span = entity_at(token)
        if span is not None:
            found = span.label_ in PLACES and within(span) or \
                gazetteer.country(span.text, provinces=span.label_ in PLACES, near=layout.certain(token.doc))
            if found:
                return found
    if not (token.is_title or token.is_upper):
        return None
    whole = proper_name(token)
    if len(whole) > 1:  # "Lao Cai" (a Vietnamese province) is no Laos, "New Mexico" no Mexico
        found = gazetteer.country(whole.text, near=layout.certain(token.doc))
        if found:
            return found
        inner = gazetteer.longest([t.text for t in whole], token.i - whole.start)
        if inner:  # "New South Wales Police Commissioner": the state (Australia), not Wales
            return gazetteer.country(whole[inner[0]:inner[1]].text)
    phrase = token.doc[token.left_edge.i:token.i + 1] if token.dep_ in ("compound", "amod") else None
    return gazetteer.country(token.text, provinces=False) or \
        (gazetteer.country(phrase.text, provinces=False) if phrase is not None else None)


#: Words that open a phrase of cause ("because of", "due to", "owing to", "thanks to"): a place
#: inside one tells where the cause was, not where the figure is nor whose it is (round 15).
CAUSES = frozenset({"because", "due", "owing", "thanks"})


def in_cause(token: Token) -> bool:
    """Round 15: is ``token`` inside a phrase of cause ("a net loss of $1.2 billion, partly because
    of the sale of its operations in Brazil", "flights cut due to strikes in France")? Such a place
    names no clause's place (:func:`.scene.placed`) and no side (:func:`.sides.named`)."""
    return any(a.lower_ in CAUSES and a.dep_ in ("prep", "amod", "advmod", "acomp") for a in token.ancestors)


#: Head nouns of a facility's proper name: a country or people written inside one ("the Saudi
#: Maternity Hospital" in El Fasher, "the American University of Beirut") names a donor or founder,
#: not where the facility is nor whose its people are.
FACILITIES = frozenset({"hospital", "clinic", "school", "university", "college", "mosque", "church", "cathedral",
                        "temple", "synagogue", "institute", "academy", "centre", "center", "bridge", "hall",
                        "library", "museum", "stadium"})


def in_facility_name(token: Token) -> bool:
    """Is ``token`` a country's name or demonym written inside a facility's proper name, the run of
    capitalised words ending on a noun of :data:`FACILITIES` ("the American University of
    Beirut")? Such a name is no place cue (round 9)."""
    whole = proper_name(token)
    if len(whole) < 2 or token.i == whole.end - 1 or not gazetteer.country(token.text, provinces=False):
        return False
    return whole[-1].lower_ in FACILITIES


def proper_name(token: Token):
    """The run of capitalised proper nouns ``token`` is written in ("Lao Cai", "Phu Tho")."""
    doc, start, end = token.doc, token.i, token.i + 1
    while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title:
        start -= 1
    while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].is_title:
        end += 1
    return doc[start:end]


#: Verbs of handing people (or their bodies) back: the side that hands them over held them (rule 2b).
HANDING = frozenset({"hand", "return", "release", "free", "transfer", "repatriate", "swap", "exchange", "give"})
#: Measures of people held or dead, whom the side handing them over does not own (rule 2b).
HELD = HARMS | {"captured"}
#: Nouns of people held or dead, whatever their measure reads (rule 2b).
CAPTIVES = frozenset({"prisoner", "captive", "detainee", "hostage", "body", "remains", "soldier", "serviceman",
                      "civilian", "pow"})


#: Verbs of a donor giving money (rule 2c): an organisation that pledges or sends money is named as
#: its giver; not one that approves, spends, invests or is fined.
DONATING = frozenset({"pledge", "promise", "offer", "donate", "give", "contribute", "provide", "grant", "send",
                      "commit"})
#: Verbs of giving money that are also verbs of saying ("pledged", "promised"): for money, the donor
#: (rule 2c).
PLEDGING = GRANTING | frozenset({"promise", "offer"})


def _agent(token: Token, measure: str | None = None, money: bool = False) -> Token | None:
    """The subject of the first verb governing ``token``, when that verb is not done *to* it (nor
    hands back the captives or dead of the other side: rule 2b). Rule 2c (round 16): money pledged,
    promised or offered is the giver's whatever its measure ("The European Union has promised 5
    million euros": the Union's); rule 10 (round 26): not the whole a share given is a part of."""
    if money and _share_whole(token):
        return None
    for node in predicate_chain(token)[1:]:
        if node.pos_ not in ("VERB", "AUX"):
            continue
        lemma = node.lemma_.lower()
        if lemma in SAY_VERBS and not (measure == "supplied" and lemma in GRANTING or money and lemma in PLEDGING):
            return None  # "South Korea estimates ...": the source, not the owner; "X announced $5m for Y" gives
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in node.children)
        if lemma in HARM_VERBS or passive and lemma not in SUFFER_VERBS or lemma in STRUCK_TARGETS:
            return None  # round 29 (rule 16): "India strikes nine sites in Pakistan": targets are no striker's
        if (measure in HELD or token.pos_ == "NUM" or token.lemma_.lower() in CAPTIVES) and lemma in HANDING \
                and measure != "supplied":  # a bare number: its noun is told before (not money released)
            return None
        if measure == "supplied" and node.dep_ == "advcl" and node.tag_ == "VBG" and own_subject(node) is None:
            return own_subject(node.head)  # "X announced ..., bringing its aid to $37 million"
        return own_subject(node)
    return None


#: Rule 16 (round 29): verbs of striking whose object is the target struck, never the striker's own.
STRUCK_TARGETS = frozenset({"strike", "bomb", "shell", "bombard", "raid", "pound", "attack"})


#: Rule 13 (round 28): currencies that one country alone spends, by ISO code; dollars and euros are many states'.
ONE_COUNTRY_CURRENCIES = {"GBP": "United Kingdom", "JPY": "Japan", "INR": "India", "KRW": "South Korea",
                          "RUB": "Russia", "CNY": "China", "TRY": "Turkey", "BRL": "Brazil", "ZAR": "South Africa",
                          "NGN": "Nigeria", "KES": "Kenya", "PKR": "Pakistan", "UAH": "Ukraine", "MXN": "Mexico",
                          "PHP": "Philippines", "IDR": "Indonesia", "EGP": "Egypt", "CHF": "Switzerland",
                          "SEK": "Sweden", "NOK": "Norway", "PLN": "Poland", "BDT": "Bangladesh", "THB": "Thailand"}
#: Rule 13: heads of a state's spender that name no country by themselves.
SPENDERS = frozenset({"government", "treasury", "exchequer", "ministry", "administration", "cabinet", "state"})
#: Rule 13: verbs of spending, paying or owing.
SPENDING = frozenset({"spend", "pay", "owe", "invest", "borrow", "allocate", "commit", "waste", "splurge", "lose"})


def _spender_currency(agent: Token, start: Token, anchor: Token) -> str | None:
    """Rule 13 (round 28): the country of the one-country currency of money a bare government spends."""
    if agent.lemma_.lower() not in SPENDERS or agent.ent_type_ in ("GPE", "NORP") or agent.head.lemma_.lower() not in SPENDING:
        return None
    if any(resolve(t) for t in agent.subtree if t.i != agent.i):  # "Japan's government", "the Indian cabinet"
        return None
    doc = anchor.doc
    code = None
    for token in doc[max(0, start.i - 2):min(len(doc), anchor.i + 3)]:
        if token.text in quantities.CURRENCY_SIGNS:
            code = quantities.CURRENCY_SIGNS[token.text]
        elif token.i > anchor.i and token.lemma_.lower() in quantities._currencies() and token.i >= start.i:
            if any(c.dep_ in ("amod", "compound") and resolve(c) for c in token.children):
                return None  # "Egyptian pounds": rule 1i's currency nationality, left to the other rules
            code = quantities._currencies()[token.lemma_.lower()]
        if code:
            break
    return ONE_COUNTRY_CURRENCIES.get(code) if code else None


#: Words of a part of a whole: "5% of the $1 million", "half of the cost" (rule 10).
SHARES = frozenset({"%", "percent", "per", "half", "third", "quarter", "fraction", "share", "part", "portion",
                    "most", "some"})


def _share_whole(token: Token) -> bool:
    """Rule 10 (round 26): is the money the whole of a share ("offered to cover only 5% of the roughly $1 million
    the project would have cost", "pledged half of the $40 million")? The giver offers the share; the whole is
    the project's cost, the country's where it is (the main actor), not the giver's."""
    node = token
    while node.dep_ in ("nummod", "quantmod", "compound") and node.head.i != node.i:
        node = node.head
    if node.dep_ != "pobj" or node.head.lower_ != "of":
        return False
    part = node.head.head
    return part.pos_ == "NUM" or part.lower_ in SHARES or part.lemma_.lower() in SHARES


def returned_people(sentence) -> str | None:
    """Module docstring, "Returned people": the country of the people a ``displaced`` figure of
    ``sentence`` counts in an article about returns and deportations, else None (no such article,
    or no people named by a demonym)."""
    doc = sentence.doc
    if not words(doc) & MIGRATION_CUES:
        return None
    own = Counter(_people(t) for t in sentence if _people(t))
    return own.most_common(1)[0][0] if own else _article_people(doc)


def _people(token: Token) -> str | None:
    """The country of a plural demonym used as a noun ("Afghans", "Syrians"), else None."""
    if token.ent_type_ != "NORP" or token.pos_ not in ("NOUN", "PROPN") or not token.lower_.endswith("s") \
            or ethnic(token):
        return None
    return gazetteer.country(token.text, provinces=False)


def _article_people(doc) -> str | None:
    """The people the article names most by a plural demonym, computed once per doc."""
    key = ("newsclaims", "returned_people")
    if key not in doc.user_data:
        counts = Counter(_people(t) for t in doc if t.ent_type_ == "NORP")
        counts.pop(None, None)
        doc.user_data[key] = counts.most_common(1)[0][0] if counts else None
    return doc.user_data[key]


#: Verbs of supplies crossing into a place (rule 4c); supplies that "arrived" or "reached" somewhere a
#: state body reports are the state's (rule 4), those an aid group reports the group's (rule 4b).
ENTERING = frozenset({"enter", "cross", "go", "pass", "come", "flow", "roll", "let"})


def no_supplier(anchor: Token) -> bool:
    """Rule 4c: is this ``supplied`` figure the subject of its own verb, with no agent and no "from"
    origin in its clause?"""
    token = anchor
    for _ in range(4):  # "between 600 and 800 trucks": through the range's conjunct
        if token.dep_ not in ("nummod", "quantmod", "compound", "amod") and not (
                token.dep_ == "conj" and token.head.pos_ == "NUM") or token.head.i == token.i:
            break
        token = token.head
    verb = token.head
    if token.dep_ not in ("nsubj", "nsubjpass") or verb.pos_ not in ("VERB", "AUX") \
            or not {verb.lemma_.lower(), *(c.lemma_.lower() for c in verb.children if c.dep_ == "xcomp")} & ENTERING:
        return False
    return not any(c.dep_ == "agent" or c.dep_ == "prep" and c.lower_ == "from"
                   for t in (verb, token) for c in t.children)


#: Words of a disease: a name written before one names the disease, not a place (rule 1p, round 22).
DISEASE_WORDS = frozenset({"virus", "fever", "disease", "strain", "variant", "virus'", "viruses"})
#: Capitalised words that may follow a word of disease in the disease's own name ("Marburg Virus Disease").
_DISEASE_NAME_TAIL = frozenset({"virus", "disease", "fever", "outbreak"})


#: Diseases named after a place (a town, a river, a valley, a region) that reports write bare ("the
#: Marburg outbreak", "Lassa cases"): in an article about illness they are the disease (rule 1p).
PLACE_DISEASES = frozenset({"marburg", "ebola", "lassa", "zika", "west nile", "rift valley", "nipah", "hendra",
                            "lyme", "norwalk", "hantaan", "crimean-congo", "machupo", "junin", "omsk", "kyasanur",
                            "ross river", "sindbis", "bourbon", "heartland", "powassan", "oropouche", "mayaro",
                            "usutu", "toscana", "semliki", "chapare", "coxsackie", "chikungunya", "bundibugyo",
                            "sudan ebolavirus"})
#: Words of illness: an article that writes one is about a disease (rule 1p).
ILLNESS_WORDS = frozenset({"virus", "outbreak", "epidemic", "fever", "disease", "infection", "infected", "infectious",
                           "vaccine", "vaccination", "patient", "symptom", "pathogen", "haemorrhagic", "hemorrhagic"})


def _disease_names(doc) -> frozenset[str]:
    """The names the article writes right before a word of disease (rule 1p), lowercased: the whole run
    of capitalised words and each of its words ("West Nile virus": "west nile", "west", "nile")."""
    cached = doc.user_data.get("disease_names")
    if cached is not None:
        return cached
    found: set[str] = set()
    for token in doc:
        if token.lower_ not in DISEASE_WORDS or token.i == 0:
            continue
        after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
        if after is not None and after.is_title and after.lower_ not in _DISEASE_NAME_TAIL:
            continue  # "the Uganda Virus Research Institute": a body's name, in a place
        end = token.i
        start = end
        while start > 0 and doc[start - 1].is_title and doc[start - 1].is_alpha \
                and doc[start - 1].lower_ not in DISEASE_WORDS and not doc[start - 1].is_sent_start:
            start -= 1
        if start == end:
            continue
        run = doc[start:end]
        found.add(run.text.lower())
        found.update(t.lower_ for t in run)
    if any(t.lower_ in ILLNESS_WORDS for t in doc):
        for token in doc:  # "the Marburg outbreak": a place's name that is a disease's (PLACE_DISEASES)
            whole = proper_name(token).text.lower() if token.is_title else ""
            if token.lower_ in PLACE_DISEASES or whole in PLACE_DISEASES:
                found.add(token.lower_)
    doc.user_data["disease_names"] = frozenset(found)
    return doc.user_data["disease_names"]


def disease_name(token: Token) -> bool:
    """Rule 1p (round 22): is ``token`` a word of a name the article writes before a word of disease
    ("Marburg" where the article writes "the Marburg virus"), so that it names the disease, no place?"""
    if not (token.is_title or token.is_upper) or not token.is_alpha:
        return False
    names = _disease_names(token.doc)
    return bool(names) and (token.lower_ in names or proper_name(token).text.lower() in names)


#: Round 23 ("Subdivision", rule 1s): fewest other provinces or states of one country an article must
#: name for a country's own name that is also one of that country's states to be read as the state.
SUBDIVISION_EVIDENCE = 2


def subdivision_senses(doc) -> dict[str, str]:
    """Rule 1s (round 23): a country's name that is also a state or province of another country
    ("Georgia", a US state; "Niger", a Nigerian state) names that state, and so its country, in an article
    that names at least :data:`SUBDIVISION_EVIDENCE` other states of that country ("North Carolina",
    "Tennessee") and no other name of the country itself (its capital "Tbilisi", its people "Georgians"):
    the name's country -> the state's country, for every subject the rules gave."""
    ents = [e for e in doc.ents if e.label_ in ("GPE", "LOC", "NORP")]
    out: dict[str, str] = {}
    for ent in ents:
        own = gazetteer.country(ent.text, provinces=False) if ent.label_ != "NORP" else None
        if not own or own in out or gazetteer.normalise(own) != gazetteer.normalise(ent.text):
            continue
        itself = any(gazetteer.country(e.text, provinces=False) == own
                     and gazetteer.normalise(e.text) != gazetteer.normalise(own) for e in ents)
        for other in () if itself else gazetteer.subdivision_of(ent.text):
            states = {gazetteer.normalise(e.text) for e in ents
                      if e.label_ != "NORP" and other in gazetteer.province_countries(e.text)}
            if len(states) >= SUBDIVISION_EVIDENCE:
                out[own] = other
                break
    return out


def canonical(subject: str | None) -> str | None:
    """Rule 1t (round 23): a bloc written by its initials is its name as the guide writes it ("EU" ->
    "European Union", ``gazetteer.bloc_name``); any other subject as it is."""
    return gazetteer.bloc_name(subject) or subject


#: Rule 11 (round 27): verbs of people's crossing or arriving somewhere ("21,063 had reached the UK", "564 people
#: arrived in 12 boats", "the 45,774 who came in 2022"); "make" only with a noun of the journey.
ARRIVING = frozenset({"cross", "arrive", "come", "reach", "land"})  # not "enter": "four men entered the hall"
JOURNEY_NOUNS = frozenset({"journey", "crossing", "trip", "passage"})
#: Rule 11: words of harm or rescue; a sentence that writes one tells of deaths on the way, not of arrivals.
PERIL_WORDS = frozenset({"die", "drown", "death", "dead", "kill", "body", "missing", "rescue", "rescuer", "injure",
                         "wound", "hurt", "survivor", "sink", "capsize", "toll"})
#: Rule 11: a body of home affairs or borders whose name says no country (the country counts its arrivals
#: through it).
UNMARKED_BODIES = {"home office": "United Kingdom", "border force": "United Kingdom",
                   "national crime agency": "United Kingdom", "customs and border protection": "United States",
                   "border patrol": "United States"}
#: Rule 11: nouns of the crossing or the arrivals themselves ("Channel crossings pass 30,000").
CROSSING_NOUNS = frozenset({"crossing", "arrival"})
#: Rule 11: craft the arrivals come in, whose load per craft is the arrivals' ("11 people per boat").
CRAFT = frozenset({"boat", "dinghy", "vessel", "truck", "lorry", "bus"})


def crossing_destination(doc) -> str | None:
    """Rule 11 (round 27): the country an article's crossings end in, where the article names no place they
    fled (:func:`article_origin`): the country it names most as where people went ("had reached the UK", "died
    trying to reach Britain", :func:`flight_end`), else the country of a state body it names whose name says no
    country (:data:`UNMARKED_BODIES`: "Home Office figures show"). Only in an article that writes a word of
    crossing or arriving (:data:`ARRIVING`); computed once per doc."""
    key = ("newsclaims", "crossing_destination")
    if key not in doc.user_data:
        found: Counter[str] = Counter()
        for token in doc:
            place = resolve(token) if (token.is_title or token.is_upper) and flight_end(token) == "destination" \
                else None
            if place:
                found[place] += 1
        if not found:
            text = doc.text.lower()
            found.update(country for body, country in UNMARKED_BODIES.items() if body in text)
        arriving = any(t.lemma_.lower() in ARRIVING and t.pos_ == "VERB" for t in doc)
        doc.user_data[key] = found.most_common(1)[0][0] if found and arriving and not article_origin(doc) else None
    return doc.user_data[key]


def arrivals_counted(anchor: Token, measure: str) -> str | None:
    """Rule 11 (round 27): people who crossed into or arrived in a country, of no nationality their sentence
    names, are counted for the country they reached (:func:`crossing_destination`), where they are counted,
    not for the coast they left nor a nationality the article names elsewhere ("Some 7,477 people have made
    the journey since July", "That is 14% more than the 26,605 who had crossed by the same date last year");
    so are the boats and the people per boat of those arrivals. Only for ``displaced`` and ``other`` figures
    that are no money, in a sentence that writes a verb of arriving (:data:`ARRIVING`, or "make" with a noun of
    the journey), no word of harm or rescue (:data:`PERIL_WORDS`), no people by nationality and no "from" a
    place."""
    if measure not in ("displaced", "other"):
        return None
    destination = crossing_destination(anchor.doc)
    sentence = anchor.sent
    if destination is None or any(t.lemma_.lower() in PERIL_WORDS for t in _clause_tokens(anchor)):
        return None
    lemmas = {t.lemma_.lower() for t in sentence}
    text = sentence.text.lower()
    body = next((country for name, country in UNMARKED_BODIES.items() if name in text), None)
    if not body and not lemmas & CROSSING_NOUNS and not (lemmas & CRAFT and lemmas & {"per", "average", "each"}) \
            and not any((t.lemma_.lower() in ARRIVING - {"reach"} and t.pos_ == "VERB") or (
                t.lemma_.lower() == "reach" and any(c.dep_ == "dobj" and resolve(c) for c in t.children)) or (
                t.lemma_.lower() == "make" and any(c.lemma_.lower() in JOURNEY_NOUNS for c in t.children))
                for t in sentence):
        return None
    for token in sentence:
        if token.ent_type_ == "NORP" and gazetteer.country(token.text, provinces=False):
            return None  # "Afghans made up 17%": the nationality's own (rule 1)
        if token.lower_ == "from" and not _comparing_from(token):
            return None  # "crossed into Moldova from Transnistria" (rule 1l); "its figures came from hospitals"
    return body or destination


def _comparing_from(token: Token) -> bool:
    """Rule 11b (round 28): a "from" whose object is a number ("up from 49 in 2023", "down from seven") compares
    a figure with an earlier one: it names no place the people came from."""
    objects = [c for c in token.children if c.dep_ == "pobj"]
    return bool(objects) and all(o.like_num or o.pos_ == "NUM" for o in objects)


#: Rule 12: nouns of people a nationality modifies ("Vietnamese nationals").
NATIONALS = frozenset({"national", "citizen", "migrant", "people", "person", "arrival", "refugee", "asylum",
                       "seeker", "worker"})


def share_by_nationality(anchor: Token) -> str | None:
    """Rule 12 (round 27): a figure in an "at" phrase on a verb whose other phrase names people by their
    nationality ("followed by Vietnamese nationals at 13%", "with Syrians next at 9%", "Eritreans came second
    at 11%") is that nationality's share: its country, not the nationality the sentence names first."""
    node = anchor
    while node.dep_ in ("nummod", "compound", "quantmod") and node.head.i != node.i:
        node = node.head
    if node.dep_ != "pobj" or node.head.lower_ != "at" or node.head.dep_ != "prep":
        return None
    verb = node.head.head
    for child in verb.children:
        if child.i == node.head.i:
            continue
        nouns_ = [c for c in child.children if c.dep_ == "pobj"] if child.dep_ in ("agent", "prep") \
            and child.lower_ in ("by", "with") else [child] if child.dep_ in ("nsubj", "nsubjpass") else []
        for noun in nouns_:
            if noun.ent_type_ != "NORP" and noun.lemma_.lower() not in NATIONALS:
                continue  # "a Swiss company measured the index at 480": no people
            for word in [noun, *(c for c in noun.children if c.dep_ in ("amod", "compound"))]:
                if word.ent_type_ == "NORP" and (country := gazetteer.country(word.text, provinces=False)):
                    return country
    return None


def _clause_tokens(anchor: Token) -> list[Token]:
    """Rule 11: the tokens of the figure's own clause: its nearest verb's subtree (else the sentence), less an
    adverbial or conjoined clause that does not hold the figure ("Crossings pass 30,000 as the coastguard counts 50
    deaths")."""
    verb = anchor
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return list(anchor.sent)
    left = [c for c in verb.children if c.dep_ in ("advcl", "conj") and c.pos_ in ("VERB", "AUX")
            and not (c.left_edge.i <= anchor.i <= c.right_edge.i)]
    return [t for t in verb.subtree if not any(c.left_edge.i <= t.i <= c.right_edge.i for c in left)]


#: Rule 14 (round 28): nouns of an index, rate or price that a world name or a route leaves with no country.
RATE_NOUNS = frozenset({"index", "rate", "price", "fare", "cost", "benchmark"})
_WORLD_WORDS = frozenset({"world", "global", "worldwide", "international"})


def _world_or_route(noun: Token) -> bool:
    if noun.lemma_.lower() not in RATE_NOUNS:
        return False
    parts = [t for t in noun.subtree if t.i <= noun.i]
    if any(t.lower_ in _WORLD_WORDS and t.is_title and t.dep_ == "compound" for t in parts):
        return not any(resolve(t) for t in parts if t.lower_ not in _WORLD_WORDS)  # "Japan's World ..." no
    heads = [c for c in noun.children if c.dep_ == "prep"]
    heads += [g for c in heads if c.lower_ == "from" for g in c.children if g.dep_ == "prep"]  # "from A to B" nested
    if noun.dep_ == "nsubj":  # "the rate from Shanghai jumped 25% to Genoa": the parser's "to" on the verb
        heads += [c for c in noun.head.children if c.dep_ == "prep" and c.lower_ == "to"]
    def placed(word: str, named: bool = False) -> bool:  # the far end may be a port tagged otherwise ("Genoa")
        return any(p.dep_ == "pobj" and (p.ent_type_ in ("GPE", "LOC") or resolve(p) or named and p.pos_ == "PROPN")
                   for c in heads if c.lower_ == word for p in c.children)
    return placed("from") and placed("to", named=True)


def world_rate(anchor: Token) -> bool:
    """Rule 14 (round 28): is the figure a move or level of a world index or a route's rate?"""
    node = anchor
    while node.dep_ in ("nummod", "compound", "quantmod", "pobj", "prep", "npadvmod", "amod", "dobj", "attr",
                        "advmod", "acomp") and node.head.i != node.i and node.pos_ not in ("VERB", "AUX"):
        if node.pos_ == "NOUN" and _world_or_route(node):
            return True
        node = node.head
    for _ in range(3):
        if node.pos_ not in ("VERB", "AUX"):
            return False
        subjects_ = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects_:
            return any(_world_or_route(c) for c in subjects_)
        if node.dep_ != "conj":
            return False
        node = node.head
    return False
