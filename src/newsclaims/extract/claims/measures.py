"""The measure of a figure (model.MEASURES), from the counted noun and its governing predicate.

Rules, first that applies (:func:`measure`):

0. A figure said to have been counted wrongly ("three bodies were found to have been counted
   twice", "12 names had been wrongly listed") is a correction: ``other``.

1. A measurement unit ("41,000 hectares", "50-100 meters") is ``other``; so is money, except:
1b. Aid money (round 10, :func:`_aid_money`): money a donor announces, releases, pledges or gives
   (:data:`GRANTING`) "for" or "to" a place ("announced a further $10 million for Jamaica", "released $4
   million from its emergency fund for Haiti"), and the level of a noun of aid (:data:`AID_MONEY`:
   "bringing its aid to $37 million", "aid worth $5 million") are ``supplied`` (the supplier is the
   subject, :mod:`.subjects` rule 2). An appeal, a damage estimate, compensation or a fund set up for
   victims (no place after "for") stay ``other``.
2. The counted noun names the measure (:data:`NOUNS`): "600 deaths" -> killed, "4,700
   casualties" -> casualties, "64 of the injured" -> wounded; so does a compound ("death toll").
   A rate counts what its compound names ("a case fatality rate of 2.9%" -> killed). People who
   are ill (:data:`ILLNESS`: "312 suspected cases", "486 patients", "infections") are
   ``affected``, as people treated for a disease are, unless the sentence speaks of injuries
   ("58 patients were treated for burns": the walk decides); "cases" only in an article about
   illness (a word of illness or a disease's name, :data:`ILLNESS_CUES`: "512 cholera cases"), and "cases of X" only where X is a disease (:func:`_disease_case`: "12 court cases",
   "500 cases of ammunition" are not). A linking verb the tagger read as a
   noun takes its state adjective ("more than 300 fall ill" -> affected).
3. The noun's own participle or adjective ("soldiers killed in ...", "people believed trapped",
   "dozens missing"), also a state word written after the noun or the bare number ("leaves 16
   civilians dead", "11 dead and 110 missing", "63 still unaccounted for"), and the clause of a
   restatement ("1,415 families, or about 5,800 people, who had lost their homes").
4. Walking up from the figure to the root: the first trigger verb (:data:`VERBS`), adjective
   complement ("went missing", "remain displaced", "listed as missing") or context noun under the
   verb (:data:`CONTEXT`: "treated for injuries", "in hospital", "treated for heat stress" or
   "dehydration" (conditions that are no injuries: ``affected``), "spent the night in tents",
   "among the dead were ...", "driven from their homes", "there" standing for the place of the
   clause it hangs on ("have left hospital, while 37 remain there": ``wounded``), "in need" and living "in areas hit" by
   a disaster (:data:`STRICKEN`: ``affected``), "sought shelter", "took refuge"; "on
   strike" is ``other``; people treated "for" a condition that names no injury ("treated for
   breathing difficulties", "for shock", round 8) are ``affected``, like those "in food insecurity",
   facing "hunger" or "famine" (round 8: people of a food crisis are ``affected``); a condition (:data:`CONDITIONS`) had, suffered or sustained (:data:`HAVING`: "four had
   moderate injuries", "seven suffered minor cuts"); symptoms reported or described
   (:data:`SYMPTOMS`: "describing nausea or headaches") are ``affected``; people "at the bottom of
   the sea" or "on the seabed" (:data:`SEABED`) ``missing``; "hundreds among the dead" takes the group's state). The walk passes light verbs (:data:`LIGHT`: be, become, include,
   reach ...) and stops at any other verb, and at a preposition other than "of"/"with"/
   "including"... ("killed 18 civilians in three villages": the villages are a circumstance).
   A transitive trigger reached from its active subject does not apply ("22 countries have sent
   aid" counts senders). Conjoined verbs sharing subject and object add their harms: two or more
   of killed/wounded/missing/captured make ``casualties`` ("killed, wounded, or went missing");
   "killing 120 people and injuring more than 900" keeps each figure's own. A wound dealt
   "fatally" or "mortally" kills ("one, who was fatally hurt": ``killed``). Harm verbs count
   people: things they govern (:data:`THINGS`: "burying houses and two buses") are ``other``. A clause conjoined
   with its own subject ends the walk ("60 patients were being treated ..., and nearly a third of
   them were children": the treating does not govern the third), and so does a participle's
   adverbial clause ("administered 318,000 doses, reaching nearly 80% of the people targeted").
   Containers of a state count people in it (:data:`CONTAINERS`: "the number of dead", "the tally
   of the missing stood at 63", "the list of the missing was down to 51 names"; "a toll of 37" is
   deaths); "down/up to N" is a level, not a circumstance. Homes lost or left are ``displaced``
   ("lost their homes", "moved out of their homes", "had to move out of their houses"), and so are
   people moved, relocated or resettled out of or away from any place people live (:data:`MOVING`,
   :data:`PLACES`: "moved out of coastal areas", "relocated from low-lying districts"); power or
   water lost is ``affected`` ("600,000 households lost power"); people
   "under the rubble" ``missing``, and so are people searched "for" (:data:`SEARCHING`: "still
   searching for about 65 villagers", "divers hunted for 12 fishermen"; not things, nor the wanted, :data:`WANTED`: "suspects"); personnel "taking part" are ``deployed``; what "was needed" or "required" is a resource, not
   people in need: ``deployed`` for personnel and machines of a response (:data:`RESPONSE_MACHINES`:
   "15 fire engines were needed"), else ``supplied``; "X said 22
   civilians, ..., were killed", parsed with the figure as the object of "said", takes the
   content clause's verb.
5. Sending and delivering verbs (send, deploy, deliver, supply, transfer, hand out ...) give
   ``deployed`` for personnel (:data:`PERSONNEL`) and ``supplied`` for anything else ("administered
   318,000 doses" too), and so do receiving verbs (what one side receives, the other sent; but
   messages received, :data:`MESSAGES`: "the line received 3,100 calls", are ``other``); arriving and joining give ``deployed``
   for personnel and ``other`` for anything else, going "to" a place ``deployed`` for personnel;
   people sent "to hospital" (or any place of :data:`CONTEXT`) take that place's measure ("fumes sent
   64 people to hospital": ``wounded``, not a delivery);
   people who are no personnel (:data:`CIVILIANS`, round 9) sent, moved or transferred are no
   supplies: ``other`` ("2,500 people were transferred to Sicily"), unless the place tells
   ("moved to camps", "moved out of their homes": ``displaced``); what is sold (:data:`SELLING`)
   is ``supplied`` only when it is materiel or sold "to" a buyer ("45,000 tickets had been
   sold" is ``other``); weapons sent "at", "toward" or "against" a target (:data:`AIMING`) are
   fired, ``other`` ("sent 75 drones toward Kyiv");
   but a sending verb in a participle clause of a happening ("a bridge collapsed, sending 10 cars
   into the river": a thing or a hazard as the clause's subject, or a verb of collapse) is ``other``; so do aid nouns on the
   path ("support ..., including 10 million shells"). Size verbs ("boasting 1.2 million
   personnel") give ``other``: an army's size is not a deployment.
4c. Captives freed (:func:`_freed_captive`, round 6): in an article about people held captive
   (:data:`CAPTIVITY_CUES`: prisoner, captivity, hostage, swap ...), people freed, released,
   exchanged, swapped or returned, brought or come home or back, or "among those freed" are
   ``captured`` (the measure of people held captive, freed or exchanged as prisoners: "swapping
   303 soldiers", "390 came home from captivity", "each side released 1,000 prisoners: 390 ...");
   conjuncts and appositions go by the first; "from captivity" is a context noun.
5b. Response machines (:data:`RESPONSE_MACHINES`: fire engines, ambulances) sent or dispatched to a
   scene (:data:`SCENE_SENDING`) are ``deployed`` with their crews, as doctors and nurses sent are
   (:data:`PERSONNEL`); a mass of goods flown, trucked or airlifted in (:data:`CARRYING`, with a
   unit of mass: "flew 29 tonnes of medicines into the city") is ``supplied``; goods named for
   the harmed (:data:`GOODS`: "6,000 body bags", "coffins") are not the harm their compound names,
   and what is "handed" to someone is sent.
6. Purpose: a figure's noun followed by "for deployment" or "to deploy/send" is what is being
   readied to go: ``deployed`` for personnel, ``supplied`` for anything else ("preparing 3,000
   more soldiers for deployment"), where the walk found no trigger (or only ``other``).
8. Deaths in words the walk misses (:func:`_death_phrase`, only where rules 1-5 found nothing but
   ``other``): "crushed to death", "lost their lives", and a toll with its level however the
   parser hangs them ("the toll reported so far stands at 577", "Toll in ... blast climbs to 34",
   "put the toll as high as 900").
7. Personnel at the work of a response (:data:`WORK_VERBS`: "100 personnel were still clearing
   debris", "200 firefighters battled the blaze") are ``deployed`` where the walk found nothing else.
8d. Parts of a fronted group (:func:`_fronted_group`): "Among those killed, 181 were passengers, 52
   were British and one Canadian", "Of the dead, 241 were passengers and 19 were on the ground":
   the group's state or harm for figures after the comma whose first verb is a light one, or one
   of identifying (:data:`IDENTIFYING`: "Of the dead, 140 have been identified: 49 men and 91 women").
2b. The whole a part is taken from (:func:`_whole_of_a_part`: "killing 241 of the 242 people on
   board") keeps only its own clause's measure (else ``other``): what befalls the part does not
   befall the whole.
8b. A bare level whose verb has no subject of its own ("has fallen to nine") after a container of
   a state that the parser hung elsewhere ("the number of workers still unaccounted for has fallen
   to nine"): the state word after the container, in the same stretch of the sentence.
8c. A figure reached "to" by a verb whose object, put after it, is a container ("That brought to
   17 the number of people killed"): the container's measure.
8e. Outbreaks (:func:`_outbreak_count`, round 7): in an article about an outbreak of a disease,
   people hospitalised, or who "tested positive", are ``affected``, and a count with no noun of
   its own beside "cases" ("39 more than on Tuesday", "Oklahoma reported 20") counts the ill.
9. Default (not *stated*): personnel are ``deployed`` ("300 firefighters are on the line"), except
   a workforce (:data:`WORKFORCE`: "143 workers inside the plant", "18 crew", "members"), counted
   where it works or belongs, which is ``other`` unless a verb sends it;
   materiel (:data:`MATERIEL`: shells, rounds, missiles, artillery pieces ...) ``supplied`` when
   no verb but a light or saying one governs it ("officials put the total at 10 million shells":
   munitions counted in a story are deliveries; "fired 40 missiles" is ``other``), anything else
   ``other`` — kept, so nothing is silently lost.

Round 8 (issue 14):

- *Misread verbs*: a word the tagger reads as a noun or a conjunction that takes the figure as its
  direct object and is a trigger verb is read as that verb ("police arrest three", "kill 37, strand
  nearly 2 million": ``arrested``, ``affected``).
- *A figure's own noun is no context*: the subject of the verb is a context noun only when it is
  not the counted noun itself ("35,000 cuts mean ...": job cuts, not wounds; "evacuation orders
  cover 31,000" stays).
- *Strikes joined*: joining or taking part in a work stoppage (:data:`STOPPAGES` in the object or
  its "in" phrase) is ``other`` for anyone, as "on strike" is ("workers joined the warning strikes").
- *Changes are no deliveries*: a figure counting a change of a level (``counted.CHANGE_NOUNS``: cut,
  rise, fall) is never ``supplied`` or ``deployed`` ("accept a 10% cut in pay").
- *Services cut off*: a figure "to" or "for" which a verb of cutting (:data:`CUTTING`) cut a service
  people lose (power, electricity) is ``affected`` ("power was cut to 5,000 homes").
- *Times are no context*: a prepositional object inside a date or time ("In the 2023-24 school
  year") is neither a place nor a cause.

Round 9 (issue 14):

- *Harm beats illness*: a patient noun whose own phrase or walk finds a killing ("460 patients and
  companions killed", "patients ... had been executed") is ``killed``, not ``affected``.
- *A "when" clause is its own*: the walk does not leave an adverbial clause with a subject of its
  own ("..., when its rate stood at 5.25%": the main clause's "cut" is no wound).
- *Votes and messages are never delivered*: "a majority of five votes to four" is ``other``.
- *The noun's own state beats a default*: where the walk ends on ``other``, a state adjective on
  the noun decides ("home to some 652,000 displaced people").
- *On the move*: people "on the move" are ``displaced``.
- *Remains handed back* (:func:`_remains_of`): people counted as "the remains of 19 hostages" or "the
  bodies of 30 soldiers", and a part of bodies in apposition ("returned 150 bodies, 15 of them on
  Sunday"), are ``killed``, not the captives or soldiers their noun names.
- *Supplies that enter* (:func:`_entering`): aid vehicles (:data:`AID_VEHICLES`: trucks, lorries) or a
  mass of goods ("300 tonnes of flour") that enter, cross into or are let into a place are ``supplied``.
- *Missing-person reports*: reports whose own modifiers say "missing" ("14 missing-person reports")
  are ``missing``.
- *Under warnings* (round 11): people "under" evacuation warnings, alerts or orders
  (:data:`NOTICES`, with "evacuat..." in the sentence) are ``displaced``.
- *Treated with wounds*: "treated hundreds of people with gunshot wounds" reads the "with" as the
  cause, as "for" is (``wounded``); "were among those in a serious condition" reads the "in"
  phrase under "among" (``wounded``).

Round 13 (issue 14):

1. *Mass poisoning*: in an article about a poisoning (:data:`POISONING_CUES`) the hospitalised,
   critical and discharged are ill, ``affected``, as an outbreak's are (rule 8e; its elided "cases"
   stay an outbreak's only).
2. *Belief-raised harm*: a figure that is the subject of a verb of belief or knowledge
   (:data:`BELIEVING`) takes the measure of its infinitive clause ("hundreds were believed to have
   been executed", "are known to have died").
3. *Put at*: "put the number of civilians who died ... at 14,000", "put the toll at 36, then at
   44": rule 8c for "at" (:data:`_PUTTING`), the container before the figure, the "at" hung anywhere below the verb.
4. *No people*: what a clause "needs" is no people in need ("needs 316 of the 630 members"); "lose"
   counts no deaths for votes, points or seats (:data:`LOST_THINGS`; a bare number is left to its
   elided noun); things "gone missing" (ballots, :data:`MISSING_THINGS`) are ``other``.
5. *Freed by participle*: "dozens of the freed men", "the released detainees" are ``captured`` (rule 4c).
6. *Returns* (rule 8f): people who come or pass "through" or "across" a crossing; whose noun carries
   "home" or "back" ("brought half a million people home"); sent "over" or "across" the border; the
   level of a movement noun ("Returns ... slow to 9,000", "arrivals averaged 19,000 and peaked at
   25,900": a conjoined verb shares the subject) or of a container of people arriving ("The number
   of Afghans arriving ... has fallen to 9,000"); a demonym is a count of people ("sends 2,655 more Afghans").
7. *Held* (:func:`_held`, rule 8i): people held are ``arrested`` ("20 held over the supply").
8. *Toll raised to N* (:func:`_toll_raised_to`): "toll" up to ten words before "to"/"at N", whatever
   the parse, with no punctuation, other figure, container or state word between.
9. *Trapped in a town*: people trapped "in" a city, town or area (:data:`PLACES`) are ``affected``
   (in need, whereabouts known); under rubble or in a house they stay ``missing``.
10. *Personnel*: flown (:data:`CARRYING`) personnel are ``deployed``; so are personnel a side "has"
   in a place (:func:`_stationed`: "had 1,000 troops in the area"; not an army's size) and personnel
   asked "for" (:data:`REQUESTS`: "the request for 5,000 more soldiers"; materiel asked for ``supplied``);
   divers and searchers are personnel, pilots a workforce.
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
13. *Partitive of a state*: "1.3 million of those affected were linked to ..." takes the participle's or
   adjective's measure where the part's own verb is light or passive ("18 of those arrested would face
   charges" says what befalls the part).
14. *Looked for*: people "looked for" are ``missing`` as people searched for are (not personnel sought);
   people "left without" work or a service are ``affected`` (without homes, ``displaced``).

Round 14 (issue 14):

15. *Kidnapped* (:func:`_taken_captive`): in an article about a kidnapping (:data:`ABDUCTION_CUES`), people
   taken, seized or held, led or marched away, left "with" their captors, and those who escaped, slipped
   away or found their way home are ``captured``; freed ones go by rule 4c; people held by the police or
   for questioning stay ``arrested``; "put the number seized at N pupils" reads the container's own clause
   (rule 8c for a figure with a noun), and "brought the number of people taken ... to N" the container
   above the "to" that the parser hung on the participle. Victims of kidnapping incidents are ``captured``.
16. *The missing and the treated of a kidnapping* (:func:`_kidnap_state`): "among the missing" are the
   taken (``captured``) unless the sentence speaks of a disaster; freed captives treated or in hospital
   with no word of injury or gunfire are ``affected``.
17. *Odds and ends*: "lose" counts no lives for what is no people ("lost 15 gigawatts", "60% of demand");
   smoke inhalation is a wound; vehicles stranded are ``other``; people who "left their homes" and
   families to be resettled are ``displaced``; a bare count "identified" after the dead in its sentence is
   ``killed`` (:func:`_identified_dead`); a ccomp with its own subject is no complement of the next
   figure's verb ("Nine were still missing, 18 had serious injuries": ``wounded``).

Round 14 also (lexicon, words news of any kind uses; the words themselves are in :mod:`.measure_words`):

1. *Phrasal verbs* (:data:`PHRASAL`): "rounded up 300 suspects", "locked up" (``arrested``), "gunned
   down" (``killed``), personnel "drafted in" or "brought in" (``deployed``; anything else brought in
   is left to the other rules).
2. *Homes left* (:data:`LEAVING_HOME`): people who left, abandoned or fled their homes are
   ``displaced``, as those who lost them.
3. *Fatal beyond the verb*: a wound dealt "to death" or "dead" ("stabbed to death", "shot dead") kills,
   as one dealt "fatally".
4. *A harm beside an unknown verb*: "were shot and wounded" takes the conjunct's harm where the first
   verb names none.
5. *Left in a state*: "left 300 people injured", the state read as the clause of "leave".
6. *Lives claimed*: "claimed 17 lives", "claimed the lives of 23", "cost 2,000 lives" count deaths, as
   "lost their lives".

Round 15 (issue 14; the wording between a figure and its count in other places, :mod:`.assembly` for the
figures that lean on others):

18. *A count noun's level* (:func:`_noun_level`): a figure right after a verb of level (rise, climb, top,
   pass, exceed ...: :data:`_LEVEL_REACHED`, with "to"/"at"/"past" before the figure) or after "near",
   whose subject at most eight words before is a plural noun of a measure with no punctuation, figure or
   container between, takes that noun's measure, however the parser hangs a headline ("Deaths linked to
   the blackout rise to five": ``killed``; "evacuees near 10,000": ``displaced``; "Arrests top 1,000").
19. *A container's level in apposition* (:func:`_container_apposition`): "gave a higher count of the
   injured, 98," "the number of the missing, 31,": the state word before the comma, with a container at
   most three words before it (or "the toll, 44,").
20. *A split subject after "said"*: "said more than 450 patients and wounded people had been executed",
   parsed with the figure as the object of "said" and the rest of the subject as that of a clause
   conjoined to "said", takes that clause's verb (as rule 4 does for a content clause).
21. *Places a measure noun names* (:data:`SITES`): "115 evacuation posts", "12 refugee camps" count places,
   not the displaced their compound names: ``other``.
22. *Rescued alive* (:func:`_found_alive`): people found, pulled or brought out "alive" are missing no
   more, whatever trapped them ("Ten miners who had been trapped ... were brought out alive": ``other``);
   not "buried alive" or "burned alive".
23. *Buried under rubble* (:func:`_buried_under`): people buried under or in rubble, debris or mud (also
   "are believed to be buried under ...") are ``missing``, as people "under the rubble" are; buried in a
   cemetery, or by relatives, they stay ``killed``.
24. *Tallies are never delivered* (:data:`TALLIED`, :func:`_score_after`): seats, votes, points, shares
   and customers "given" or "supplied" are ``other`` ("That gives the coalition 328 seats", "enough to
   supply about one million customers"), and so is the second figure of a score ("five votes to four").
25. *Admitted ill* (:func:`_admitted_ill`): people admitted or hospitalised "with" or "for" a condition
   that names no injury ("admitted 2,300 children with breathing difficulties", "hospitalised with
   dehydration") are ``affected``; with burns, wounds, smoke inhalation or injuries, or "for observation",
   they stay ``wounded``.

Round 16 (issue 14; a refugee flight, a building collapse and a court case):

26. *Arrivals in a refugee flight* (:data:`FLIGHT_CUES`, rule 8f widened): in an article about people fleeing
   (refugee, exodus, asylum, "fled"), people who cross, arrive, leave, are driven out, and the movement's nouns
   ("exodus passes 100,000") are ``displaced``, as in an article about returns; so are people who have "gone"
   (:data:`FLIGHT_VERBS`) and people registered, placed, housed or sheltered on arrival
   (:data:`RECEIVING_ARRIVALS`: "of whom 50,866 had been registered", "it had placed 4,002 people"), but not a
   pace of work ("registering about 1,000 people an hour", :func:`_per_hour`). Lists by day or by province
   then take the group's measure (assembly's "List").
27. *Gifts pledged, promised or sent* (rule 1c widened): "promise" and "send" are verbs of giving; a giver
   named by a title "of" a body ("the head of USAID pledged ...") is that body; the subject nearest the verb
   gives; and a gift whose verb is left out (:func:`_gapped_gift`: "The United States has pledged $11.5
   million, and the European Union more than 5 million euros", "France has sent 7 million euros, Germany 5
   million euros ...") is ``supplied`` where the donor right before the money is a country other than the
   article's own or a named body.
28. *The missing through reports and registers*: people who "report relatives missing" (:func:`_reported_missing`)
   count the missing, and names or entries written into, or by which grows, a register or list of people in a
   state (:func:`_register_state`: "19 names into a register of missing persons", "The register of the missing
   has grown from 19 names") take that state; people "under the concrete" are under rubble (:data:`RUBBLE`).
29. *In hospital*: people "discharged" or who "remain at/in" a hospital (:func:`_hospital_stay`) are
   ``wounded``, and patients where the paragraph before spoke of burns or injuries (:func:`_injured`: "the
   condition of dozens of the patients was critical") are the injured, outside an outbreak or a poisoning.
   "bringing to 168 the number treated in hospitals" reads the container's participle (rule 8c).
30. *No harm, no delivery*: people rescued or saved (:func:`_rescued`; "four bodies and four people rescued")
   are ``other`` outside an article about captives; personnel conjoined with a site's workforce
   (:func:`_among_workforce`: "about 30 of us bricklayers ... and four engineers") are ``other``; what is sold
   is no personnel ("65% of the units had been sold"), a count given ("gave a higher count of 9,100
   marchers") no delivery, and the active subject of a verb of giving gives ("23 had given answers")
   (:func:`_no_delivery`); people of a court or a gathering (jurors, alternates, witnesses, delegates) are
   no personnel (:data:`CIVILIANS`): sent home, they are ``other``.
31. *A level after a comparative* (rule 19 widened): "the real military toll is higher, more than 200",
   "the number of evacuees is larger, about 12,000": the measure of the comparative's subject.

Round 17 (issue 14; an epidemic's vaccines, a chemical spill and a protest crackdown):

32. *Doses given* (:func:`_goods_given`, :data:`DOSES`): doses, vials or kits whose nearest verb is one of giving,
   buying, landing or asking for (pledged, promised, bought, "asked France for") or that are "due" are ``supplied``;
   doses needed are left to the other rules.
33. *Animals killed*: fish, minnows, hens and other animals (:data:`ANIMALS`) killed are ``killed`` (harm verbs
   count no other things); the species they belong to are things ("3,500 fish of 12 species": ``other``).
34. *Eligible for a payout* (:func:`_eligible`): people said to be "eligible" in an article about compensation or a
   settlement are ``affected`` (not "eligible to vote").
35. *Out of their homes, or not* (:func:`_temporary_home`, :func:`_refused_to_leave`): people living "on relocation
   payments" or "in hotels" are ``displaced``; people who "refused to leave" stayed: ``other``.
36. *Cases of a harm* (:func:`_cases_of`): "14 cases of enforced disappearances", "cases of abduction" are ``captured``.
37. *Shot dead around the object* (:func:`_shot_dead`): "officers had shot at least two young men dead", "dead" hung
   as a clause of the verb of violence, kills the object.
38. *Seized by men* (:func:`_seized_by_men`): people seized, taken or abducted "by" men, gunmen or men believed to be
   plain-clothes police are ``captured`` in any article (abductions, not only in one about a kidnapping).
39. *A list by place after a partitive* (:func:`_partitive_list`): "Mombasa accounted for 12 of the deaths, followed
   by Kilifi with five", "Kwale and Lamu with three each": a bare figure that is the object of "with" takes the
   measure of the partitive's noun.

Round 18 (issue 14; a concert-hall attack, a tanker blast and a smog season):

40. *Casualties admitted* (:func:`_hospitalised`): "casualties" admitted, treated, or taken or rushed to hospital
   are the living hurt, ``wounded`` (the dead are not admitted); "casualties" counted alone stay ``casualties``.
41. *Relatives lost* (:func:`_lost_kin`, :data:`_KIN`): relatives a person "lost" ("had lost close to 20 members of
   his family", "among them three nephews") are ``killed``, even where the parser hangs the figure on "close to".
42. *Led out* (:func:`_led_out`): people led, ushered or escorted "out" of a building are ``displaced``, as people
   evacuated from one are; people "brought out alive" stay rescued (rule 22).
43. *Ill in hospital* (rule 25 widened; :func:`_sent_by_illness`): people who went to, visited or were taken into
   hospital "with" or "for" a condition of no injury ("went to hospitals with breathing problems", "took in 4,000
   asthma patients") are ``affected``, the "with" object never a person ("with their children"); people smog,
   pollution or heat "sent" to hospital are ``affected`` (fumes of a fire stay wounds).
44. *Readings* (:func:`_index_reading`, :data:`_READINGS`): a figure an index or reading passes, reaches or hits
   ("the air index passes 900", "the AQI reached 480") is a reading, ``other``, never people affected.

Round 19 (issue 14; an earthquake, a software outage and a missile strike):

45. *Put the dead at N* (rule 8c widened, :func:`_put_state_at`): a verb of putting (:data:`_PUTTING`) whose object is a
   state or a noun of a measure itself, not a container ("the ministry put the dead at 296", "officials put deaths at
   40", "put the injured at more than 400"): that state.
46. *A breakdown after a colon* (:func:`_colon_breakdown`): bare figures after a colon whose stretch before it ends on a
   noun of a measure ("accounts for most of the deaths: 1,351, ..., followed by Taroudant with 452", "had broken the
   deaths down by province: 1,452 in A, 764 in B") take that noun's measure, not a neighbour's.
47. *Machines crashed* (:func:`_devices_down`, :data:`_DEVICES`): computers, machines and devices in a sentence of a
   crash or an outage (crashed, froze, hit, knocked offline) are ``affected``, as people without power are; so is the
   level a container of machines is put at (:func:`_device_container`: "puts the number of machines that crashed at
   8.5 million").
48. *Medical help sought*: people who "sought medical help" (treatment, care, attention) are ``wounded``.
49. *Carried to a disaster* (:func:`_carried_out`): personnel a plane or a ship "carrying" them left, landed or
   arrived with are ``deployed``; dogs counted with personnel ("56 rescuers and four search dogs", "60 specialists
   with four dogs") take the personnel's measure.
50. *There when it struck* (:func:`_present_when`): people who "were in the hospital when the missile landed" are
   counted as present, ``other``, not as patients hurt.
51. *A hospital's yearly work* (:func:`_yearly`): "the hospital treats more than 20,000 children a year" is a capacity,
   ``other``, not people hurt.
52. *Turned up* (:func:`_turned_up`): personnel who "turned up" or "showed up" (volunteers to clear debris) are
   ``deployed``, as personnel who arrive are.
53. *A fronted whole* (:func:`_fronted_whole`): "of the 40 members, 23 had lost their homes": the whole before the part's
   subject keeps only its own phrase's measure ("Of the 64 people killed"), else ``other`` (what befalls the part does
   not befall the whole, rule 2b).
54. *Gone* (:func:`_gone`): people who "are gone" (a state, not "have gone") are dead, ``killed``, outside an article
   about people fleeing or moving.
55. *Disruption suffered* (:func:`_disrupted`): figures that "suffered" or "saw" disruption or an outage ("125 of the
   Fortune 500 companies suffered disruption") are ``affected``.
56. *Shares lost* (:func:`_lost_value`): a percentage that a thing (shares, stock, a currency) "lost" is a fall in value,
   ``other``, never deaths.
57. *Money per head* (:func:`_per_head`): a sum "per" person, family or household, or "each" / "apiece" ("would receive
   UAH 10,800 per family member from UNICEF") is a rate, ``other``, not a gift's total (rules 1b, 1c).

Round 20 (issue 14; an epidemic's cases, deaths and vaccines, a cyclone, and a protest crackdown over job quotas):

58. *Doses gone out* (rule 32 widened, :data:`_GOODS_GIVEN`): doses that have "gone out" to a place, or that are contracted,
   distributed, dispatched or allocated, are ``supplied``.
59. *An elided harm* (:func:`_elided_harm`): a bare figure, or "N others" / "N more", whose clause states no measure, right
   after a figure of its sentence counting a noun of a harm ("214 deaths confirmed and 687 more under investigation", "53
   deaths had been confirmed ... and it was still examining 281 others") counts that noun: deaths under investigation are
   ``killed``, not an epidemic's cases.
60. *A state that numbers* (:func:`_numbered_state`): "the dead would number in the dozens", "dead will be 'dozens, not
   thousands'": the measure of the state or harm noun that is the subject of "number (in)" or "be".
61. *Said to be harmed* (:func:`_said_harmed`): "the names of 266 people it said had been killed": a relative clause of saying
   whose content is a harm gives that harm.
62. *Classes disrupted* (:func:`_classes_disrupted`): pupils or people "of" whom classes, lessons or schooling are disrupted
   or suspended are ``affected``.
63. *The figure of N told before* (:func:`_figure_told`): a bare figure "of" a container ("rejected the figure of 266",
   "consistent with the figure of 35") whose number an earlier sentence gave with a measure takes that measure.
64. *Homes without a service* (rule 8g widened, :data:`_DWELLINGS`): "more than 15,000 homes had no electricity" is
   ``affected``, though harm verbs count no homes.
65. *Court cases* (:func:`_court_case`): "cases" that are the "in" object of a verb of arrest or charging ("arrested 11,112
   people in 721 cases") are no cases of illness, even in an article that speaks of one.
66. *Posts are no people* (:data:`_POSTS`): shares of posts, jobs or positions ("leaving 93% of posts to be filled on merit")
   are never harmed, displaced or returned.
67. *A predicate hung in a relative clause* (:func:`_misparsed_state`): "11 fishermen who had put to sea before the storm were
   missing", where the parser gave "were missing" to the singular "storm": the plural "were" with a state is the noun's.
68. *Carried on planes* (:func:`_carried_on`): planes, ships or flights "on" or "aboard" which personnel were flown or carried
   ("flown in on 13 planes") are ``deployed``. Gendarmes, paratroopers and troopers are personnel (:data:`PERSONNEL`).
69. *An illness noun's level* (rule 18 widened): "as probable cases near 400,000": a plural noun of illness reaching a level is
   ``affected``.
70. *Put it at N* (rule 45 widened): "lists 1,094 dengue deaths ..., while figures ... put it at 1,079": "it" stands for the
   count noun before it in its sentence.
71. *Receivers are not sent* (:func:`_recipient`): "the 686 municipalities that have received the vaccine" are the receivers,
   ``other``, not a delivery.
72. *Reached by a campaign* (:func:`_reached_by_campaign`): people a campaign vaccinates or, in a sentence of doses or vaccines,
   hopes to "reach" are ``affected`` (people a policy reaches).
73. *Admitted in an epidemic* (:func:`_admitted_in_illness`): people "admitted" in an article about an outbreak are patients,
   ``affected``.
74. *A toll's conjoined level* (:func:`_toll_conjoined`): "the final toll may come close to 1,000 or even run into the
   thousands": a figure reached by a verb conjoined to the toll's verb is deaths too.
75. *Bare doses bought* (:func:`_bare_doses_given`): a bare figure with a relative clause of giving or buying in a sentence
   that counts doses ("on top of the 5.2 million the ministry bought for delivery") is ``supplied``.
"""

from __future__ import annotations

from spacy.tokens import Token

from ... import gazetteer
from ..spans import words
from . import layout
from .verbs import SAY_VERBS
from .counted import CHANGE_NOUNS, LINKING, MISREAD_ARRIVALS, misread_state, predicate_chain
from .measure_words import (  # noqa: F401 (the lexicon, read here and by other modules)
    NOUNS, VERBS, ADJECTIVES, ILLNESS, ILLNESS_CUES, DISEASE_HEADS, INJURY_WORDS, RATES, MESSAGES,
    STOPPAGES, CONTEXT, SENDING, PHRASAL_SENDING, POSTING, INTRANSITIVE, ARRIVING, GOING, RECEIVING, LIGHT,
    PASSING_PREPS, AID_NOUNS, SIZE_VERBS, PERSONNEL, MATERIEL, PURPOSE_NOUNS, HARM, TAKING, RELEASE,
    AIMING, CIVILIANS, SELLING, THINGS, HOMES, CONTAINERS, RUBBLE, MASS_UNITS, MOVING, PLACES, SEARCHING, WANTED, HAZARDS, HAPPENINGS, WORKFORCE, WORK_VERBS, REFUGE,
    SEABED, SYMPTOMS, SYMPTOM_VERBS, DENIALS, RESPONSE_MACHINES, HAVING, CONDITIONS, CAPTIVITY_CUES, HOMECOMING,
    GOODS, SCENE_SENDING, PHRASAL, LEAVING_HOME, FATAL_WORDS, ANIMALS, CARRYING, IDENTIFYING, STRICKEN, OUTBREAK_CUES, POISONING_CUES, CUTTING,
    SERVICES, CUTTING_OFF, BREACH_CUES, BREACHED, GRANTING, AID_MONEY, MIGRATION_CUES, RETURNING, RETURNING_WITH, BACKWARDS, RETURN_NOUNS, TRAVELLERS, CARE,
    ABDUCTION_CUES, CAPTURING, CAPTURING_WITH, ESCAPING, CAPTORS, CAPTIVE_PEOPLE, FLIGHT_CUES, RECEIVING_ARRIVALS, FLIGHT_VERBS,
)


def measure(counted: Token | None, anchor: Token, counted_lemma: str | None, unit: str | None = None) -> tuple[str, bool]:
    """(measure, stated) for the figure at ``anchor`` counting ``counted`` (module docstring rules; round 21's
    76-80 check the answer of the earlier rules)."""
    found, stated = _measure(counted, anchor, counted_lemma, unit)
    head = counted_lemma.split()[-1] if counted_lemma else None
    token = counted if counted is not None else anchor
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
    if unit and len(unit) == 3 and unit.isupper() and _own_government(anchor):
        return "other", True  # rule 1c: "the Spanish government approved an aid package worth 10.6 billion euros"
    if unit and len(unit) == 3 and unit.isupper() and (_aid_money(anchor) or _foreign_gift(anchor)):
        return "supplied", True  # rule 1b: "Washington announced $10 million for Jamaica"; 1c: "Britain pledged 10 million pounds"
    if unit and len(unit) == 3 and unit.isupper() and _gapped_gift(anchor):
        return "supplied", True  # round 16, rule 27: "France has sent 7 million euros, Germany 5 million euros"
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


def _among_workforce(token: Token) -> bool:
    """Rule 30 (round 16): personnel counted together with people who are no personnel of a response ("about 30
    of us bricklayers, from Togo and from Nigeria, and four engineers": a site's workforce) are counted where they
    work, as a workforce is (:data:`WORKFORCE`), not deployed: the figure conjoined with a count of such people."""
    def people(node: Token) -> Token | None:
        if node.pos_ == "NUM":  # "30 of us bricklayers": the "of" object
            node = next((o for p in node.children if p.dep_ == "prep" and p.lower_ == "of"
                         for o in p.children if o.dep_ == "pobj"), node)
        return node if node.pos_ == "NOUN" else None
    others = [token.head] if token.dep_ == "conj" else []
    others += [c for c in token.children if c.dep_ == "conj"]
    for other in others:
        noun = people(other)
        if noun is not None and (noun.lemma_.lower() in WORKFORCE or noun.lemma_.lower() not in PERSONNEL
                                 and noun.lemma_.lower().endswith(("er", "or", "ist"))):
            return True
    return False


#: What is lost that is no life (round 13): "lost 87 votes", "lost 9.3 percentage points", "lost 12 seats".
#: Things that go missing (round 13): "ballots had gone missing" counts no missing people.
MISSING_THINGS = frozenset({"ballot", "document", "file", "item", "parcel", "package", "box", "bag"})
LOST_THINGS = MESSAGES | {"point", "seat", "share", "percent", "ground", "job", "customer", "subscriber", "game",
                          "match", "race", "election", "contract", "order",
                          "mp", "lawmaker", "deputy", "councillor", "councilor"}  # round 21: "gave the party 72 MPs": seats
#: Nouns of asking for help (round 13): personnel or materiel asked "for" are to be sent.
REQUESTS = frozenset({"request", "call", "appeal", "plea", "demand"})
#: Verbs of belief or knowledge that raise the subject of a clause of harm (round 13): "were
#: believed to have been executed", "are known to have died", "were feared to have drowned".
BELIEVING = frozenset({"believe", "fear", "know", "think", "presume", "understand", "say", "report", "confirm",
                       "assume", "suspect", "estimate"})
#: Vehicles that carry aid in: counted, they are supplies when they enter a place.
AID_VEHICLES = frozenset({"truck", "lorry", "convoy", "truckload", "lorryload"})
#: What people may be "under" that moves them out: evacuation warnings, alerts, orders.
NOTICES = frozenset({"warning", "alert", "order", "notice"})
#: Verbs of entering a place, with the particle some take ("let in", "go in").
ENTERING = frozenset({"enter", "cross"})
_ENTERING_WITH = frozenset({"let", "go", "get", "come", "allow"})
_BODIES = frozenset({"remains", "remain", "body", "bodies", "corpse"})


def _remains_of(token: Token) -> bool:
    """Remains handed back: the figure's noun is the object of "of" under "remains" or "bodies"
    ("the remains of 19 hostages"), or the figure, with "of them", stands in apposition to bodies
    ("returned 150 bodies, 15 of them on Sunday")."""
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lower_ in _BODIES:
        return True
    if token.dep_ == "nummod" and token.head.dep_ == "pobj" and token.head.head.lower_ == "of":
        return token.head.head.head.lower_ in _BODIES  # "the remains of 19 hostages" (number on noun)
    return token.dep_ == "appos" and token.head.lemma_.lower() in ("body", "corpse") and \
        any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children)


def _entering(token: Token) -> bool:
    """Supplies that enter (round 11): the first verb up from the figure's noun is "enter" or "cross",
    or "let", "go" or "get" with "in" or "into" ("trucks were let in", "have gone into Gaza")."""
    verb = next((t for t in predicate_chain(token)[1:] if t.pos_ == "VERB"), None)
    if verb is None:
        return False
    verbs = [verb, *(c for c in verb.children if c.dep_ == "xcomp")]  # "are meant to enter"
    return any(v.lemma_.lower() in ENTERING or v.lemma_.lower() in _ENTERING_WITH and any(
        c.lower_ in ("in", "into") and c.dep_ in ("prt", "prep", "advmod") for c in v.children) for v in verbs)


def _whole_of_a_part(counted: Token, anchor: Token) -> bool:
    """Rule 2b: the whole a part is taken from ("killing 241 of the 242 people on board", "injuring
    30 of the 200 workers"): what befalls the part does not befall the whole, which keeps only its
    own clause's measure ("12 of the 64 people killed": the whole's own participle)."""
    of = counted.head
    return anchor.head.i == counted.i and anchor.dep_ == "nummod" and counted.dep_ == "pobj" and \
        of.lower_ == "of" and (of.head.like_num or of.head.pos_ == "NUM")


#: Prepositions that front the group a sentence's figures are parts of: "Among the dead, ...", "Of those killed, ...".
_GROUP_PREPS = frozenset({"among", "of"})


def _fronted_group(token: Token, anchor: Token) -> str | None:
    """Rule 8d: a sentence that opens on the group its figures are parts of ("Among those killed,
    181 were passengers, 52 were British and one Canadian", "Of the dead, 241 were passengers and
    19 were on the ground"): the group's state (:data:`ADJECTIVES`: "the dead"), harm noun
    (:data:`NOUNS`: "the victims") or participle ("those killed") is the measure of every figure
    after the comma whose first verb up is a light one (be, remain ...), not of a clause that
    says what happened to it ("..., and police arrested five men")."""
    sent = anchor.sent
    opener = sent[0] if sent[0].is_alpha else (sent[1] if len(sent) > 1 else sent[0])
    if opener.lower_ not in _GROUP_PREPS or anchor.i <= opener.i:
        return None
    comma = next((t for t in sent if t.i > opener.i and t.text == ","), None)
    if comma is None or comma.i > anchor.i or comma.i - opener.i > 8:
        return None
    group = next((t for t in opener.children if t.dep_ == "pobj"), None)
    if group is None:
        return None
    state = ADJECTIVES.get(group.lower_) or NOUNS.get(group.lemma_.lower()) or next(
        (VERBS.get(c.lemma_.lower()) or ADJECTIVES.get(c.lower_) for c in group.children
         if c.dep_ in ("acl", "relcl", "amod") and (c.lemma_.lower() in VERBS or c.lower_ in ADJECTIVES)), None)
    if state is None:
        return None
    verbs = [t for t in predicate_chain(token)[1:] if t.pos_ in ("VERB", "AUX")]
    return state if verbs and verbs[0].lemma_.lower() in LIGHT | IDENTIFYING else None


#: Verbs of promising: aid vehicles promised are supplies to come (round 13).
_PROMISING = frozenset({"promise", "pledge", "guarantee"})
#: Goods and aid a vehicle carries: "2,564 carried aid and 639 carried goods" (round 13).
_CARGO = AID_NOUNS | frozenset({"good", "goods", "food", "fuel", "medicine", "supplies", "flour", "water", "tent",
                                "cargo", "relief"})
#: Verbs by which vehicles carry goods.
_CARRYING_VERBS = frozenset({"carry", "bring", "transport", "haul"})
#: Verbs of taking in drink or food: in a poisoning, those who did are ``affected`` (round 13).
_CONSUMING = frozenset({"drink", "consume", "eat", "ingest", "swallow"})


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


def _taken_into(token: Token) -> bool:
    """In an article about captives (:data:`CAPTIVITY_CUES`), people "taken into" a place were
    taken captive ("251 were taken into Gaza"); not "taken into custody" (an arrest)."""
    verb = token.head
    if token.dep_ != "nsubjpass" or verb.lemma_.lower() != "take" or not words(token.doc) & CAPTIVITY_CUES:
        return False
    return any(c.dep_ == "prep" and c.lower_ == "into" and not any(o.lemma_.lower() == "custody" for o in c.children)
               for c in verb.children)


def _drank(token: Token) -> bool:
    """In an article about a poisoning (:data:`POISONING_CUES`), people who drank or ate are ``affected``."""
    if token.dep_ != "nsubj" or not words(token.doc) & POISONING_CUES:
        return False
    verbs = [token.head, *token.doc[token.i + 1:min(token.i + 4, token.sent.end)]]  # "had drunk", misread
    return any(v.lemma_.lower() in _CONSUMING or v.lower_ in ("drunk", "drank", "eaten") for v in verbs)


def _carried(token: Token) -> bool:
    """Rule 5b: a mass of goods that is the object of a verb of carrying (:data:`CARRYING`)."""
    verbs = [t for t in predicate_chain(token)[1:] if t.pos_ == "VERB"]
    return bool(verbs) and verbs[0].lemma_.lower() in CARRYING


def _at_work(token: Token) -> bool:
    """Rule 7: personnel who do the work of a response (:data:`WORK_VERBS`: "firefighters battled
    the blaze", "100 personnel were clearing debris"), as the verb's subject (or misparsed as its
    adverbial noun) are ``deployed``."""
    verb = token.head
    return token.dep_ in ("nsubj", "npadvmod") and verb.pos_ == "VERB" and verb.lemma_.lower() in WORK_VERBS


#: Words allowed between a toll noun and its figure ("the toll reported so far stands at 577",
#: "Toll ... climbs to 34", "put the toll as high as 900"): verbs, adverbs, particles, "at"/"to"/"as".
_TOLL_PATH = frozenset({"VERB", "AUX", "ADV", "PART", "ADP", "ADJ"})
#: Nouns that make a count of deaths when the figure is their level ("toll" alone; "death toll").
_TOLLS = frozenset({"toll"})


#: Verbs of counting, and the words that say a count was wrong: "counted twice", "wrongly listed".
_COUNTING = frozenset({"count", "include", "list", "record", "register", "tally", "report"})
_MISCOUNT = frozenset({"twice", "double", "wrongly", "mistakenly", "erroneously", "incorrectly"})


#: Verbs that put a count at its level: "put the number of dead at 40", "placed the toll at 36".
_PUTTING = frozenset({"put", "place", "set", "estimate", "fix", "peg"})

#: Verbs of a count's level changing or standing: "has fallen to nine", "stood at 40".
_LEVEL_VERBS = frozenset({"fall", "drop", "decline", "rise", "climb", "increase", "decrease", "stand", "reach",
                          "grow", "jump", "edge", "shrink"})


def _container_before(anchor: Token) -> str | None:
    """Rule 8b: a bare level ("has fallen to nine") whose clause has no subject of its own, after a
    container of a state the parser hung elsewhere ("the number of workers still unaccounted for has
    fallen to nine", "unaccounted" read as a verb): the state word between the container and the
    verb, in the same stretch of the sentence (no comma, semicolon or colon between)."""
    prep = anchor.head
    verb = prep.head
    if anchor.dep_ != "pobj" or prep.lower_ not in ("to", "at") or verb.lemma_.lower() not in _LEVEL_VERBS or \
            any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    stretch = []
    for token in reversed(anchor.doc[anchor.sent.start:verb.i]):
        if token.text in (",", ";", ":"):
            break
        stretch.append(token)
    containers = [t for t in stretch if t.pos_ == "NOUN" and t.lemma_.lower() in CONTAINERS]
    if not containers:
        return None
    states = [t for t in stretch if t.i > containers[0].i and t.lower_ in ADJECTIVES]
    return ADJECTIVES[states[-1].lower_] if states else None


def _brought_to(anchor: Token, head: str | None) -> str | None:
    """Rule 8c: "That brought to 17 the number of people killed", "raising to 40 the toll": the
    figure reached "to" by a verb whose object, put after it, is a container (:data:`CONTAINERS`):
    the container's own measure (a toll, a state: "the number of missing") or its object's clause."""
    prep = anchor.head
    if anchor.dep_ == "conj" and anchor.head.dep_ == "pobj":
        prep = anchor.head.head  # "put the toll at 36, then at 44"
    elif anchor.dep_ == "pobj" and prep.dep_ == "conj" and prep.head.dep_ == "prep":
        prep = prep.head  # "at 36 ..., then at 44": the second "at" joined to the first
    verb = prep.head
    if prep.lower_ == "to" and verb.dep_ == "acl" and verb.head.dep_ == "pobj" and verb.head.head.lower_ == "of" and \
            verb.head.head.head.lemma_.lower() in CONTAINERS and verb.head.head.head.head.pos_ == "VERB":
        verb = verb.head.head.head.head  # round 14: "brought the number of people taken from the school to 138", "to" read under "taken"
    at = prep.lower_ == "at"  # round 13: "put the number of civilians who died at more than 14,000"
    if at:  # the parser may hang the "at" inside the container's own phrase ("who died ... at"): the verb above it
        verb = next((v for v in (verb, *verb.ancestors) if v.pos_ == "VERB" and v.lemma_.lower() in _PUTTING), verb)
    if anchor.dep_ not in ("pobj", "conj") or prep.lower_ not in ("to", "at") or verb.pos_ != "VERB":
        return None
    for container in (c for c in verb.children if c.dep_ == "dobj" and (at or c.i > anchor.i)
                      and c.lemma_.lower() in CONTAINERS):
        if container.lemma_.lower() == "toll":
            return "killed"
        state = _listed_state(container)
        objects = [o for p in container.children if p.dep_ == "prep" and p.lower_ == "of"
                   for o in p.children if o.dep_ == "pobj"]
        found = state or next((f for f in (NOUNS.get(o.lemma_.lower()) or _own_clause(o, head) for o in objects) if f), None)
        found = found or (_own_clause(container, head) if at or any(c.dep_ == "acl" for c in container.children)
                          else None)  # round 14: "put the number seized at 280"; round 16: "the number treated in hospitals"
        if found:
            return found
    return None


def _miscounted(token: Token) -> bool:
    """Rule 0: a figure whose clause says it was counted wrongly ("three bodies were found to have
    been counted twice", "12 names had been wrongly listed") counts a correction, not harm: ``other``."""
    if token.dep_ not in ("nsubj", "nsubjpass", "dobj"):
        return False
    verbs = [token.head, *(c for c in token.head.children if c.dep_ in ("xcomp", "ccomp"))]
    return any(v.lemma_.lower() in _COUNTING and any(c.lower_ in _MISCOUNT for c in v.children)
               or v.lemma_.lower() == "double-count" for v in verbs)


def _fatal(token: Token) -> bool:
    """Rule 4's exception: a wound "fatally" or "mortally" dealt kills ("was fatally injured",
    "mortally wounded"): the wounding verb on the figure's path or in its own relative clause;
    unless a denial (:data:`DENIALS`) goes with it ("56 were hurt, none of them fatally", "not fatally")."""
    verbs = [t for t in predicate_chain(token)[1:] if t.pos_ == "VERB"]
    verbs += [c for c in token.children if c.dep_ in ("relcl", "acl")]
    if any(c.lower_ in FATAL_WORDS and c.dep_ in ("oprd", "acomp", "xcomp", "advmod", "ccomp") or
           c.dep_ == "prep" and c.lower_ == "to" and any(o.lemma_.lower() == "death" for o in c.children)
           for v in verbs[:1] for c in v.children):
        return True  # round 14: "stabbed to death", "shot dead"
    return any(c.dep_ == "advmod" and c.lower_ in ("fatally", "mortally") and
               not any(d.lower_ in DENIALS for d in (*v.children, *c.children))
               for v in verbs for c in v.children)  # "hurt, none of them fatally": no death


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


def _death_phrase(token: Token, anchor: Token) -> str | None:
    """Rule 8 (where rules 1-5 found nothing but ``other``): deaths said in words the walk misses.

    - "crushed to death", "burned to death": a governing verb with "to death";
    - "the remains of 18": a bare number owning remains;
    - "lost their lives": "lose" with "life" as its object, from the active subject too (rule 4
      keeps transitive triggers from their subject: "lost their homes" stays displaced);
    - a toll and its level, however the parser hangs them: the word "toll" (not a container of
      another count: "the toll of the missing") before the figure in its sentence with only
      verbs, adverbs and particles between ("the toll reported so far stands at 577", a headline
      "Toll in ... blast climbs to 34": the noun's own modifiers skipped, "put the toll as high as 900").
    """
    for node in predicate_chain(token)[1:4]:
        if node.pos_ not in ("VERB", "AUX"):
            continue
        for child in node.children:
            if child.dep_ == "prep" and child.lower_ == "to" and \
                    any(o.dep_ == "pobj" and o.lemma_.lower() == "death" for o in child.children):
                return "killed"
            if child.dep_ == "dobj" and child.lemma_.lower() in ("life", "lives") and \
                    node.lemma_.lower() in ("lose", "claim", "cost"):
                return "killed"  # round 14: "claimed 17 lives", "cost 2,000 lives"
        break
    if anchor.dep_ == "pobj" and anchor.head.lower_ == "of" and anchor.head.head.lemma_.lower() in ("remains", "remain"):
        return "killed"  # "the remains of 18 were handed over"
    sentence = anchor.sent
    if _toll_raised_to(anchor):
        return "killed"
    i = anchor.i - 1
    while i >= sentence.start and anchor.i - i <= 12:
        word = anchor.doc[i]
        if word.lemma_.lower() in _TOLLS and word.pos_ in ("NOUN", "PROPN"):
            return None if any(c.dep_ == "prep" and c.lower_ == "of" for c in word.children) else "killed"
        if word.pos_ not in _TOLL_PATH and not _modifies_toll(word):
            return None
        i -= 1
    return None


def _toll_raised_to(anchor: Token) -> bool:
    """Rule 8 (round 13): "taking the toll in the district's liquor poisoning to 61", "poisoning toll
    climbs to 61", however the parser reads the words between: the figure right after "to" or "at",
    with the word "toll" at most ten words before it and no punctuation, other figure or other
    container between ("the toll hit 40 and the number of injured rose to 300" is no toll)."""
    doc, sentence = anchor.doc, anchor.sent
    i = anchor.i - 1
    while i > sentence.start and doc[i].lower_ in ("more", "than", "about", "some", "nearly", "almost", "over",
                                                   "around", "least", "as", "high", "roughly"):
        i -= 1  # "to more than 61", "at least"
    if i < sentence.start or doc[i].lower_ not in ("to", "at"):
        return False
    for j in range(i - 1, max(sentence.start, i - 11) - 1, -1):
        word = doc[j]
        if word.lemma_.lower() in _TOLLS:
            return not any(c.dep_ == "prep" and c.lower_ == "of" for c in word.children) and \
                not (j + 1 < len(doc) and doc[j + 1].lower_ == "of")  # not "the toll of the missing"
        if word.is_punct or word.like_num or word.pos_ == "NUM" or word.lemma_.lower() in CONTAINERS or \
                word.lower_ in ADJECTIVES or word.lemma_.lower() in NOUNS:
            return False
    return False


def _modifies_toll(word: Token) -> bool:
    """A word inside the toll noun's own phrase ("Toll in Telangana pharma plant blast"): a
    modifier or prepositional object hanging under a toll noun."""
    node = word
    for _ in range(10):
        if node.lemma_.lower() in _TOLLS:
            return True
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def _state_after(anchor: Token) -> Token | None:
    """The state word right after a bare number, an adverb or a linking verb between allowed ("110
    missing", "63 still unaccounted for", "13 are missing"): the parser often hangs it elsewhere
    (in a headline, or "pulled out alive and 13 are missing" with "missing" read as a verb)."""
    doc, i = anchor.doc, anchor.i + 1
    while i < len(doc) and doc[i].lower_ not in ADJECTIVES and (
            doc[i].pos_ == "ADV" or doc[i].lemma_.lower() in STATE_LINKS and doc[i].pos_ in ("AUX", "VERB")):
        i += 1  # "13 are missing", "nine were still unaccounted for", "20 remain missing"
    return doc[i] if i < len(doc) and i <= anchor.i + 3 and doc[i].lower_ in ADJECTIVES else None


#: Verbs that link a bare number to the state after it ("13 are missing", "20 remain missing").
STATE_LINKS = frozenset({"be", "remain", "stay"})


def _disease_case(case: Token | None, anchor: Token) -> bool:
    """Is "case" a case of illness? Only in an article about illness (one of :data:`ILLNESS_CUES`
    anywhere: "court cases" elsewhere are not); and "cases of X" only where X is a disease the
    article names as such ("a cholera outbreak": :data:`DISEASE_HEADS`) or the sentence itself
    speaks of illness ("500 cases of ammunition" stays to the walk)."""
    doc = anchor.doc
    if not words(doc) & ILLNESS_CUES:
        return False
    of = [c for c in case.rights if c.dep_ == "prep" and c.lower_ == "of"] if case is not None else []
    objects = [o for prep in of for o in prep.children if o.dep_ == "pobj"]
    if case is not None and _court_case(case):
        return False  # round 20, rule 65: "arrested 11,112 people in 721 cases": cases of a court
    if not objects:
        return True
    diseases = {t.lemma_.lower() for t in doc if t.dep_ in ("compound", "amod") and t.head.lemma_.lower() in DISEASE_HEADS}
    return any(o.lemma_.lower() in diseases for o in objects) or any(t.lemma_.lower() in ILLNESS_CUES for t in anchor.sent)


def _injured(anchor: Token) -> bool:
    """Does the figure's sentence speak of injuries (:data:`INJURY_WORDS`)? Round 16 (rule 29): or, outside an
    article about an outbreak or a poisoning, an earlier sentence of its paragraph ("290 people with burns
    were taken to hospitals. ... the condition of dozens of the patients was critical": the burned)."""
    if any(t.lemma_.lower() in INJURY_WORDS for t in anchor.sent):
        return True
    if words(anchor.doc) & (OUTBREAK_CUES | POISONING_CUES):
        return False
    start = anchor.sent.start
    while start > 0 and "\n" not in anchor.doc[start - 1].text_with_ws and not anchor.doc[start - 1].is_space:
        start -= 1  # the paragraph's first token
    return any(t.lemma_.lower() in INJURY_WORDS for t in anchor.doc[start:anchor.sent.start])


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


def _freed_captive(token: Token) -> bool:
    """Rule 4c: in an article about captives (:data:`CAPTIVITY_CUES`), people freed, released,
    exchanged or returned (:data:`RELEASE`: "swapping 303 soldiers", "had been returned"), brought
    or come home or back ("697 people had been brought home", "another 303 are back home"), or
    "among those freed" are a count of people held captive: ``captured``. A conjunct or an
    apposition ("270 servicemen and 120 civilians had been returned", "released 1,000 prisoners:
    390 on Friday ...") goes by the first; a participle read as the counted noun ("303 more
    freed") by itself."""
    if not words(token.doc) & (CAPTIVITY_CUES | ABDUCTION_CUES):  # round 14: kidnapped pupils freed
        return False
    if any(token.lower_ in (w + "d", w + "ed") for w in RELEASE):
        return True  # "303 more freed" (not "dozens of exchanges")
    if any(c.dep_ == "amod" and c.i < token.i and _releasing(c) for c in token.children):
        return True  # round 13: "dozens of the freed men", "the released detainees"
    while token.dep_ in ("conj", "appos") and token.head.i != token.i:
        token = token.head
        if NOUNS.get(token.lemma_.lower()) == "captured":
            return True  # "in exchange for 270 prisoners of war and 120 civilians"
    head = token.head
    lemma = "free" if _releasing(head) else head.lemma_.lower()
    if token.dep_ in ("dobj", "nsubjpass") and lemma in RELEASE | {"bring"}:
        return lemma != "bring" or any(c.lower_ in HOMECOMING for c in head.children)
    if token.dep_ == "nsubj" and any(c.lower_ in HOMECOMING and c.dep_ in ("advmod", "prt", "npadvmod")
                                     for c in head.children):
        return True  # "390 came home", "303 of our defenders are back home"
    among = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "among"), None) \
        if token.dep_ == "nsubj" else None
    group = next((c for c in among.children if c.dep_ == "pobj"), None) if among is not None else None
    return group is not None and any(_releasing(c) for c in group.children)  # "among those freed"


#: Nouns of harm that stay themselves when their people are cared for ("treated 40 injured").
HARM_NOUNS = frozenset(n for n, m in NOUNS.items() if m in HARM)


def _left_without(token: Token) -> bool:
    """Rule 8g (round 10): people or places left without a service or cut off are ``affected``:
    the subject of "have" whose object is a service (:data:`SERVICES`) with "no" or a negation
    ("77% of the island had no electricity", "did not have water"), and a figure whose first verb
    up, or its noun's own clause, is "cut" or "sealed" "off" (:data:`CUTTING_OFF`: "240
    communities had been cut off", "the number of customers cut off at 530,000")."""
    chain = predicate_chain(token)
    verb = next((t for t in chain[1:] if t.pos_ in ("VERB", "AUX")), None)
    clauses = [c for n in chain[:3] if n.pos_ != "VERB" for c in n.children if c.dep_ in ("acl", "relcl")] + \
        ([verb] if verb is not None else [])
    if any(v.lemma_.lower() in CUTTING_OFF and any(c.dep_ == "prt" and c.lower_ == "off" for c in v.children)
           for v in clauses):
        return True
    if verb is None or verb.lemma_.lower() != "have" or not any(
            n.dep_ == "nsubj" and n.head.i == verb.i for n in chain[:chain.index(verb)]):
        return False
    negated = any(c.dep_ == "neg" for c in verb.children)
    return any(c.dep_ == "dobj" and c.lemma_.lower() in SERVICES and
               (negated or any(d.lower_ == "no" for d in c.children)) for c in verb.children)


def _breached(token: Token, anchor: Token, head: str | None) -> bool:
    """Rule 8h (round 10): in an article about a data breach (:data:`BREACH_CUES`), a count of
    people, records or notices (:data:`BREACHED`: "192.7 million people", "nearly 79 million
    records", "a third of Americans"), or a bare figure that is the level of a container ("a count
    of 100 million"), is of those whose data was taken: ``affected``. Money, data volumes, devices
    and other nouns keep their reading."""
    if not words(token.doc) & BREACH_CUES:
        return False
    if head is None:
        return anchor.dep_ == "pobj" and anchor.head.lower_ == "of" and \
            anchor.head.head.lemma_.lower() in CONTAINERS | {"placeholder", "estimate"}
    return head in BREACHED


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
    return any(c.dep_ == "prep" and c.lower_ in ("for", "to") and any(o.ent_type_ == "GPE" or gazetteer.is_country(o.text) for o in c.children)
               for s in spans for c in s.children)


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
        from .assembly import main_actor  # assembly imports this module
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


def _cared_for(token: Token) -> bool:
    """Rule 2c (round 10): people given food, care or aid (:data:`CARE`) are people in need,
    ``affected``, whatever else they are ("handed out emergency food to 300,000 returnees", "gave
    medical care to 796 people", "provided aid to 2,000 refugees"): the "to" object of a verb whose
    direct object is such care."""
    prep = token.head
    if token.dep_ != "pobj" or prep.lower_ != "to" or prep.head.pos_ != "VERB":
        return False
    return any(c.dep_ == "dobj" and c.lemma_.lower() in CARE for c in prep.head.children)


def _returned(token: Token, anchor: Token, head: str | None) -> bool:
    """Rule 8f (round 10): in an article about people returned, deported or expelled to their own
    country (:data:`MIGRATION_CUES`), people who return, are deported or expelled, cross, arrive
    or leave (:data:`RETURNING`), come, go, are sent, forced or pushed back, home or out
    (:data:`RETURNING_WITH`, :data:`BACKWARDS`), and the movement's own nouns (:data:`RETURN_NOUNS`:
    "arrivals averaged 19,000") are ``displaced``: through the first verb up from the figure or a
    clause on its noun ("25 percent of the people coming back"). Not travellers, personnel or things
    (:data:`TRAVELLERS`: "tourists returning"), and not outside such an article: "390 came home from
    captivity" stays ``captured`` (rule 4c), soldiers home from a tour stay what they were. People
    "sent back" are no supplies: the rule also overrides a sending verb's ``supplied`` for a count of
    people (:func:`_people_counted`: "Pakistan sends 2,655 more Afghans over the border")."""
    if not words(token.doc) & (MIGRATION_CUES | FLIGHT_CUES) or head in TRAVELLERS or head in PERSONNEL or head in THINGS:
        return False  # round 16, rule 26: a refugee flight too ("13,350 people had crossed into Armenia")
    if head in RETURN_NOUNS or token.lemma_.lower() in RETURNING:
        return True  # "arrivals averaged 19,000"; "More than 43,000 cross" (the verb read as the noun)
    nouns = [token] + ([anchor.head] if anchor.head.pos_ == "NOUN" and anchor.head.i != token.i else [])
    if any(c.dep_ in ("acl", "relcl") and _returning(c) for n in nouns for c in n.children):
        return True  # "the people coming back", "households arriving at the border"
    verb = next((t for t in predicate_chain(token)[1:] if t.pos_ in ("VERB", "ADJ")), None)
    if verb is None:
        return False
    if verb.lemma_.lower() in RETURNING_WITH and any(
            c.dep_ in ("advmod", "npadvmod") and c.lower_ in BACKWARDS for c in token.children):
        return True  # round 13: "brought half a million people home" (the adverb hung on the people)
    if verb.lemma_.lower() in _PASSING_THROUGH and any(c.dep_ == "prep" and c.lower_ in ("through", "across")
                                                      for c in verb.children):
        return True  # round 13: "43,000 people came through the crossing"
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects and verb.dep_ == "conj":  # "arrivals averaged 19,000 and peaked at 25,900"
        subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]
    if verb.lemma_.lower() in _RESETTLING or verb.lemma_.lower() == "move" and any(
            c.dep_ in ("prt", "advmod") and c.lower_ == "on" for c in verb.children):
        return True  # round 13: "14,316 families have been resettled", "30 percent have moved on"
    if words(token.doc) & FLIGHT_CUES and verb.lemma_.lower() in FLIGHT_VERBS and _people_counted(token, head) \
            and token.dep_ in ("nsubj", "pobj") and not any(c.dep_ == "dobj" for c in verb.children):
        return True  # round 16, rule 26: "some 84% of its people have gone"
    if words(token.doc) & FLIGHT_CUES and verb.lemma_.lower() in RECEIVING_ARRIVALS and _people_counted(token, head) \
            and not _per_hour(token, anchor):
        return True  # round 16, rule 26: "of whom 50,866 had been registered", "it had placed 4,002 people"
    return _returning(verb) or any(_movement(s) for s in subjects)  # "arrivals averaged 7,000"


_PACE = frozenset({"hour", "minute"})
#: Verbs by which people are reported missing (rule 28): "49 families report relatives missing".
_REPORTING = frozenset({"report", "declare", "list", "register"})
#: Registers of people (rule 28): "a register of missing persons", "the register of the missing".
_REGISTERS = CONTAINERS | frozenset({"register", "roll", "database", "record", "registry"})
#: What a register counts (rule 28): "19 names", "40 entries".
_NAMES = frozenset({"name", "entry"})


_RESCUING = frozenset({"rescue", "save"})


def _rescued(token: Token) -> bool:
    """Rule 30 (round 16): people rescued or saved (a participle on their noun, "four people rescued", or the
    passive verb of their clause, "12 were rescued") are counted apart from the dead and the missing:
    ``other``, as people brought out alive are (rule 22); in an article about captives, rule 4c reads them
    as freed captives first."""
    if words(token.doc) & (CAPTIVITY_CUES | ABDUCTION_CUES):
        return False
    if any(c.dep_ == "acl" and c.lemma_.lower() in _RESCUING and c.tag_ == "VBN" for c in token.children):
        return True
    return token.dep_ == "nsubjpass" and token.head.lemma_.lower() in _RESCUING


def _verb_above(token: Token) -> Token | None:
    """The nearest verb (or auxiliary) among ``token``'s ancestors: the clause rules 28 and 30 read."""
    return next((t for t in token.ancestors if t.pos_ in ("VERB", "AUX")), None)


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


def _reported_missing(token: Token) -> bool:
    """Rule 28 (round 16): people who report others missing ("49 families report relatives missing", "49
    people had reported relatives missing") count the missing, as reports of missing persons do: the subject
    of a verb of reporting whose object carries "missing"."""
    if token.dep_ != "nsubj" or token.head.lemma_.lower() not in _REPORTING:
        return False
    return any(c.dep_ in ("dobj", "oprd", "xcomp", "ccomp") and any(t.lower_ == "missing" for t in c.subtree)
               for c in token.head.children)


def _register_state(token: Token) -> str | None:
    """Rule 28 (round 16): names or entries written into a register of people in a state ("19 names into a
    register of missing persons") or by which that register grows ("The register of the missing has grown
    from 19 names"): the register's state."""
    verb = _verb_above(token)
    if verb is None:
        return None
    candidates = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    candidates += [o for p in (*verb.children, *token.children) if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    for register in (c for c in candidates if c.lemma_.lower() in _REGISTERS):
        state = _listed_state(register)
        if state is None:
            state = next((ADJECTIVES[a.lower_] for p in register.children if p.dep_ == "prep" and p.lower_ == "of"
                          for o in p.children for a in o.children if a.dep_ in ("amod", "compound")
                          and a.lower_ in ADJECTIVES), None)  # "of missing persons"
        if state is not None:
            return state
    return None


def _hospital_stay(anchor: Token) -> bool:
    """Rule 29 (round 16): people "discharged" or who "remain at" or "in" a hospital ("three have been treated
    and discharged and six remain at Lagos Island General Hospital") are ``wounded``, in the figure's own
    stretch of the sentence (up to the next figure or punctuation); in an outbreak or a poisoning the rules of
    illness decide (``affected``)."""
    if words(anchor.doc) & (OUTBREAK_CUES | POISONING_CUES):
        return False
    stretch = []
    for token in anchor.doc[anchor.i + 1:anchor.sent.end]:
        if token.is_punct or token.like_num:
            break
        stretch.append(token)
    lemmas = [t.lemma_.lower() for t in stretch]
    if "discharge" in lemmas[:6]:
        return True
    staying = next((k for k, lemma in enumerate(lemmas[:3]) if lemma in ("remain", "stay", "be")), None)
    return staying is not None and any(lemma in ("hospital", "hospitals") for lemma in lemmas[staying + 1:staying + 8]) \
        and any(t.lower_ in ("in", "at") for t in stretch[staying + 1:staying + 3])


def _per_hour(token: Token, anchor: Token) -> bool:
    """Rule 26: a pace of work ("registering about 1,000 people an hour") counts an office's throughput,
    not the people taken in."""
    return any(c.dep_ == "npadvmod" and c.lemma_.lower() in _PACE for n in (token, anchor) for c in n.children)


#: Verbs of settling people who came back somewhere new (rule 8f, round 13).
_RESETTLING = frozenset({"resettle", "relocate", "rehouse"})
#: Verbs of coming or passing through a crossing: people who come "through" or "across" it return (rule 8f).
_PASSING_THROUGH = frozenset({"come", "pass", "go", "stream", "flow", "file"})


def _movement(subject: Token) -> bool:
    """Rule 8f (round 13): a subject that names the movement ("arrivals averaged 19,000", "Returns
    from Iran slow to 9,000") or a container of the people moving ("The number of Afghans arriving
    from Iran has fallen to 9,000", "the number of returnees rose to ...")."""
    if subject.lemma_.lower() in RETURN_NOUNS or subject.lower_ in ("returns", "arrivals", "crossings"):
        return True
    if subject.lemma_.lower() not in CONTAINERS:
        return False
    objects = [o for p in subject.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    return any(NOUNS.get(o.lemma_.lower()) == "displaced" or o.lemma_.lower() in RETURN_NOUNS or any(
        c.dep_ in ("acl", "relcl") and _returning(c) for c in (*o.children, *subject.children)) for o in objects)


def _held(token: Token, anchor: Token, head: str | None) -> bool:
    """Rule 8i (round 13): people "held" are detained (``arrested``): a count of people (or a bare
    number) that is the passive subject of "hold" or carries "held" as its participle ("20 held over
    the liquor", "three men were held for questioning"); not where the verb says as what they are held
    ("held hostage": rule 4) nor things held ("12 rallies were held"), nor in an article about
    captives, where those held are captives (rule 4c)."""
    if not (head is None or head in CIVILIANS or head in WANTED or _people_counted(token, head)) or head in THINGS:
        return False
    if words(token.doc) & CAPTIVITY_CUES:
        return False  # (in a kidnapping, people held are captives by rule 15 first; held for questioning stay arrested)
    verbs = [c for n in (token, anchor) for c in n.children if c.dep_ == "acl" and c.tag_ in ("VBN", "VBD")]
    if token.dep_ == "nsubjpass" or token.dep_ == "nsubj" and token.head.tag_ in ("VBN", "VBD") and not any(
            c.dep_ in ("aux", "dobj") for c in token.head.children):
        verbs.append(token.head)  # "9 held over supply": a headline's passive without its auxiliary
    return any(v.lemma_.lower() == "hold" and not any(c.dep_ in ("oprd", "xcomp", "attr", "dobj") for c in v.children)
               for v in verbs)


def _people_counted(token: Token, head: str | None) -> bool:
    """Is the figure a count of people who are no personnel ("600 Haitians", "2,000 families", a bare
    number)? Sent back, they are no supplies (rule 8f). A demonym counts people whatever its
    entity label ("sends 2,655 more Afghans", round 13)."""
    if head is None or head in CIVILIANS or token.ent_type_ == "NORP":
        return True
    country = gazetteer.country(token.text) if token.text[:1].isupper() else None
    return country is not None and country.lower() != token.text.lower()


def _returning(verb: Token) -> bool:
    """A verb of coming or being sent back (rule 8f)."""
    lemma = verb.lemma_.lower()
    return lemma in RETURNING or lemma in RETURNING_WITH and any(
        c.dep_ in ("prt", "advmod", "npadvmod", "advcl") and c.lower_ in BACKWARDS
        or c.dep_ == "prep" and c.lower_ in ("over", "across") for c in verb.children)  # "sent over the border"


def _releasing(word: Token) -> bool:
    """A verb of setting free (:data:`RELEASE`), also where the tagger left "freed" unlemmatised."""
    return word.lemma_.lower() in RELEASE or any(word.lower_ in (w + "d", w + "ed") for w in RELEASE)


_GO_ON = "go on"  # a step of the walk that decides nothing


def _from_predicates(token: Token, head: str | None, anchor: Token | None = None) -> str | None:
    """Rules 3-4: the noun's own clause (or the number's, where the parser hangs it there: "dozens
    of people believed trapped"), then the walk up from the figure."""
    found = _own_clause(token, head) or (_own_clause(anchor, head) if anchor is not None and anchor != token else None)
    if found:
        return found
    previous = token
    for node in predicate_chain(token)[1:]:
        if previous.dep_ == "conj" and previous.pos_ in ("VERB", "AUX") and \
                any(c.dep_ in ("nsubj", "nsubjpass") for c in previous.children):
            break  # a conjoined clause with its own subject is not governed by the first one
        if previous.dep_ == "advcl" and previous.tag_ == "VBG" and previous.i != token.i:
            break  # "administered 318,000 doses, reaching nearly 80% of the people": its own clause
        if previous.dep_ == "advcl" and previous.pos_ in ("VERB", "AUX") and \
                any(c.dep_ in ("nsubj", "nsubjpass") for c in previous.children):
            break  # "The cut is the fifth ..., when its rate stood at 5.25%": the "when" clause is its own
        step = _step(node, previous, token, head)
        if step != _GO_ON:
            return step or _modifier(token, head)
        previous = node
    return _modifier(token, head)


def _own_clause(token: Token, head: str | None) -> str | None:
    """"soldiers killed in Kursk", "people believed trapped", "people in shelters"."""
    for child in token.children:
        if child.dep_ == "amod" and child.i > token.i and child.lower_ in ADJECTIVES:
            return ADJECTIVES[child.lower_]  # "leaves 16 civilians dead": a state after the noun
        restated = child.dep_ == "appos" or child.dep_ == "conj" and any(
            c.dep_ == "cc" and c.lower_ == "or" for c in token.children)  # "1,415 families, or about 5,800 people, who ..."
        if restated and child.pos_ == "NOUN" and child.i > token.i and _own_clause(child, head):
            return _own_clause(child, head)  # "1,415 families, or about 5,800 people, who had lost their homes"
        if child.dep_ == "prep" and _on_strike(child):
            return "other"  # "staff on strike"
        if child.dep_ == "prep" and child.lower_ == "of" and token.pos_ == "NUM" and \
                (token.dep_ == "nsubjpass" or token.head.lemma_.lower() in LIGHT):  # not "18 of those arrested would face charges"
            found = [VERBS.get(c.lemma_.lower()) or ADJECTIVES.get(c.lower_) for o in child.children
                     if o.dep_ == "pobj" and o.lower_ in ("those", "them") for c in o.children
                     if c.dep_ in ("acl", "amod") and c.tag_ in ("VBN", "JJ")]
            if any(found):
                return next(f for f in found if f)  # round 13: "About 1.3 million of those affected"
        if child.dep_ == "prep" and child.lower_ == "among":
            found = [ADJECTIVES.get(o.lower_) or NOUNS.get(o.lemma_.lower()) for o in child.children if o.dep_ == "pobj"]
            if any(found):
                return next(f for f in found if f)  # "fears hundreds of its citizens among the dead"
        if child.dep_ == "prep" and child.lower_ in ("in", "at"):
            found = [_context_noun(c) for c in child.children if c.dep_ == "pobj" and _context_noun(c)]
            if found:
                return found[0]
        if child.dep_ == "prep" and _from_home(child):
            return "displaced"  # "force tens of thousands from their homes"
        if child.dep_ in ("acl", "relcl"):
            if _trigger(child, head, "dobj"):
                return _combine(child, head, "dobj")
            found = _complement(child) or _context(child)
            if found:
                return found
    return None


def _step(node: Token, previous: Token, token: Token, head: str | None) -> str | None:
    """One step of the walk: a measure, None (stop, undecided) or :data:`_GO_ON`."""
    lemma = node.lemma_.lower()
    if node.dep_ == "prep" and node.lower_ in ("including", "among") and previous.i == token.i:
        if node.lower_ == "including" and _listed_aid(node):
            return "deployed" if head in PERSONNEL else "supplied"
        return None  # "68, including 23 children": a part of a figure takes its measure
    if node.dep_ == "prep" and node.lower_ == "for" and (node.head.lemma_.lower() in SEARCHING or node.head.lemma_.lower()
                                                         == "look" and head not in PERSONNEL - WORKFORCE) and \
            previous.dep_ == "pobj" and head not in THINGS and head not in WANTED:
        return "missing"  # "were still searching for about 65 villagers"
    if node.dep_ == "prep" and node.lower_ in ("to", "for") and previous.dep_ == "pobj" and _supply_cut(node.head):
        return "affected"  # "power was cut to 5,000 homes": those left without it
    if node.dep_ == "prep" and node.lower_ == "for" and previous.dep_ == "pobj" and \
            node.head.lemma_.lower() in REQUESTS and (head in PERSONNEL or head in MATERIEL):
        return "deployed" if head in PERSONNEL else "supplied"  # round 13: "a request for 5,000 more soldiers"
    if node.dep_ in ("prep", "agent") and node.pos_ == "ADP":
        # "in three villages", "to 12 districts": a circumstance; "down to 51 names": a level
        return _GO_ON if node.lower_ in PASSING_PREPS or _level_to(node) else "other"
    if node.pos_ == "NOUN" and lemma in AID_NOUNS and previous.dep_ == "prep":
        return "deployed" if head in PERSONNEL else "supplied"  # "support ..., including 9 million shells"
    if node.pos_ == "NOUN" and lemma in NOUNS and previous.dep_ == "prep" and previous.lower_ == "of":
        return NOUNS[lemma]  # "raising the toll of 37"
    if node.pos_ == "NOUN" and lemma in CONTAINERS:
        listed = _listed_state(node)
        if listed:
            return listed  # "the number of missing", "the list of the dead"
        for child in node.children:  # "the number of people unaccounted for"
            if child.dep_ in ("acl", "relcl", "amod") and (_trigger(child, head, "dobj") or _complement(child)):
                return _trigger(child, head, "dobj") or _complement(child)
        return _GO_ON
    if node.pos_ not in ("VERB", "AUX", "ADJ"):
        if previous.dep_ == "dobj" and lemma in VERBS and node.pos_ in ("NOUN", "CCONJ", "PROPN"):
            return _at_verb(node, previous, head)  # "police arrest three", "kill 37, strand 2 million": a misread verb
        return _GO_ON
    return _at_verb(node, previous, head)


def _supply_cut(verb: Token) -> bool:
    """"Power was cut to 5,000 homes", "the utility shut off electricity for 12,000 customers": a
    verb of cutting (:data:`CUTTING`) whose subject or object is a service people lose (a context
    noun of ``affected``: power, electricity)."""
    return verb.lemma_.lower() in CUTTING and any(
        c.dep_ in ("nsubj", "nsubjpass", "dobj") and _context_noun(c) == "affected" for c in verb.children)


def _level_to(prep: Token) -> bool:
    """"was down to 51 names", "missing down to 51": "to" after "down"/"up" gives a level."""
    head = prep.head
    return prep.lower_ == "to" and (head.lower_ in ("down", "up") or
                                    any(c.dep_ in ("prt", "advmod") and c.lower_ in ("down", "up") for c in head.children))


def _listed_state(container: Token) -> str | None:
    """"the number of dead", "the tally of the missing", "the list of missing": a container whose
    "of" object is a state adjective counts the people in that state."""
    for prep in container.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for obj in prep.children:
                if obj.dep_ in ("pobj", "pcomp", "amod") and obj.lower_ in ADJECTIVES:
                    return ADJECTIVES[obj.lower_]
    return None


def _listed_aid(including: Token) -> bool:
    """"support from North Korea, including 10 million shells": the list elaborates an aid noun
    right before it, even when the parser hangs "including" on the verb."""
    i = including.i - 1
    while i >= 0 and including.doc[i].is_punct:
        i -= 1
    node = including.doc[i] if i >= 0 else None
    while node is not None and node.pos_ in ("NOUN", "PROPN", "ADP"):
        if node.pos_ == "NOUN" and node.lemma_.lower() in AID_NOUNS:
            return True
        if node.dep_ not in ("pobj", "prep", "compound") or node.head.i == node.i:
            return False
        node = node.head
    return False


def _at_verb(verb: Token, previous: Token, head: str | None) -> str | None:
    lemma = verb.lemma_.lower()
    if lemma in ("need", "require") and previous.dep_ == "nsubjpass":  # what was needed: a resource
        return "deployed" if head in PERSONNEL | RESPONSE_MACHINES else "supplied"
    if lemma == "need" and _needs(verb):
        return _needs(verb)  # "20,000 people will need temporary housing"
    if lemma in ("need", "require") and previous.dep_ == "dobj":
        return "other"  # round 13: "the bill needs 316 of the 630 members": what is needed, no people in need
    if lemma == "lose" and previous.dep_ == "dobj" and (head is None or head in LOST_THINGS):
        return None
    if lemma == "lose" and previous.dep_ in ("dobj", "npadvmod") and head is not None and \
            head not in CIVILIANS | PERSONNEL | CAPTIVE_PEOPLE | HARM_NOUNS | {"life"} and \
            not any(c.dep_ == "dobj" and c.lemma_.lower() in HOMES | {"life"} for c in verb.children):
        return "other"  # round 14: "the grid lost 15 gigawatts", "60% of national demand": no lives  # round 13: "the party lost 121", "lost 9.3 points": no deaths (an elided noun may tell)
    if any(c.dep_ == "prep" and _from_home(c) for c in verb.children):
        return "displaced"  # "moved out of their homes": where from tells, not the verb of moving
    if lemma in MOVING and head not in PERSONNEL and head not in THINGS and \
            any(c.dep_ in ("prep", "advmod") and _from_home(c, PLACES) for c in verb.children):
        return "displaced"  # "50,000 people were moved out of coastal areas", "relocated from the valley"
    if lemma in SAY_VERBS and previous.dep_ == "dobj":  # "X said 22 civilians, ..., were killed"
        content = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > previous.i and
                        not any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children)), None)
        if content is not None:
            return _trigger(content, head, "nsubjpass") or _complement(content)
        doc = verb.doc
        if previous.i + 2 < len(doc) and doc[previous.i + 1].lower_ in ("and", "or"):
            for clause in (c for c in verb.children if c.dep_ == "conj" and c.i > previous.i and c.pos_ in ("VERB", "AUX")):
                subject = next((s for s in clause.children if s.dep_ in ("nsubj", "nsubjpass")), None)
                if subject is not None and subject.left_edge.i == previous.i + 2 and subject.pos_ == "NOUN":
                    # round 15, rule 20: "said more than 450 patients and wounded people had been executed",
                    # the second half of the subject read as the subject of a clause conjoined to "said"
                    found = _trigger(clause, head, subject.dep_) or _complement(clause)
                    if found:
                        return found
    if _trigger(verb, head, previous.dep_) or any(
            _trigger(c, head, previous.dep_) in HARM for c in verb.conjuncts if c.tag_ == verb.tag_ == "VBN"
            and not any(d.dep_ in ("nsubj", "nsubjpass", "dobj") for d in c.children)):
        return _combine(verb, head, previous.dep_)  # round 14: "were shot and wounded" (a conjunct's harm)
    if lemma in BELIEVING and previous.dep_ in ("nsubj", "nsubjpass"):
        for clause in (c for c in verb.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")):
            found = _trigger(clause, head, "nsubjpass") or _complement(clause)
            if found:
                return found  # round 13: "hundreds were believed to have been executed", "are known to have died"
    found = _context(verb, previous) or _symptoms(verb)
    if found:
        return found
    if lemma in SIZE_VERBS and head in PERSONNEL and head not in WORKFORCE and previous.dep_ == "dobj" and \
            _stationed(verb, previous):
        return "deployed"  # round 13: "had more than 1,000 troops in the area": personnel where they were sent
    if lemma in SIZE_VERBS:
        return "other"
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if lemma in LIGHT and subject is not None and subject.i != previous.i and subject.lemma_.lower() in CONTAINERS \
            and _listed_state(subject):
        return _listed_state(subject)  # "the list of the missing was down to 51 names"
    if lemma in SAY_VERBS:
        return None  # what governs the saying does not tell what the figure counts
    if lemma not in LIGHT and verb.pos_ != "ADJ":
        return "other"  # "200 soldiers had deserted": the clause says what happened
    return _side_clause(verb, head) or _GO_ON


def _stationed(verb: Token, obj: Token) -> bool:
    """Personnel a side "has" in a place ("in the area", "in Syria", "on the ground") are stationed
    there; an army's size ("has 1.2 million personnel") names no place."""
    preps = [c for n in (verb, obj) for c in n.children if c.dep_ == "prep" and c.lower_ in ("in", "on", "at", "inside")]
    return any(o.dep_ == "pobj" and (o.lemma_.lower() in PLACES | {"ground", "scene", "region", "country"} or
                                     o.ent_type_ in ("GPE", "LOC")) for p in preps for o in p.children)


def _symptoms(verb: Token) -> str | None:
    """People telling of symptoms (:data:`SYMPTOMS`, :data:`SYMPTOM_VERBS`) are ``affected``: "300
    residents reported headaches", "4,000 people have called since, describing nausea or dizziness"
    (the verb itself or a participle clause of it)."""
    tellers = [verb, *(c for c in verb.children if c.dep_ in ("advcl", "conj", "xcomp") and c.pos_ == "VERB")]
    for teller in tellers:
        if teller.lemma_.lower() in SYMPTOM_VERBS and any(
                t.lemma_.lower() in SYMPTOMS or t.lower_ in SYMPTOMS for t in teller.subtree if t.i > teller.i):
            return "affected"
    return None


def _needs(verb: Token) -> str | None:
    """What is needed tells the measure: shelter or housing -> displaced."""
    for child in verb.children:  # "need shelter, food or water": several needs are no displacement
        if child.dep_ == "dobj" and _context_noun(child) and not child.conjuncts:
            return _context_noun(child)
    return None


def _side_clause(verb: Token, head: str | None) -> str | None:
    """"families remain in the open, sleeping under trees": an intransitive trigger beside a light verb."""
    for child in verb.children:
        if child.dep_ in ("advcl", "conj") and child.lemma_.lower() in INTRANSITIVE & set(VERBS):
            return VERBS[child.lemma_.lower()]
    return None


def _modifier(token: Token, head: str | None) -> str | None:
    """Last resort, the noun's own adjective: "displaced children", "injured people"."""
    for child in token.children:
        if child.dep_ == "amod" and child.lower_ in ADJECTIVES:
            return ADJECTIVES[child.lower_]
    return None


def _trigger(verb: Token, head: str | None, entry: str) -> str | None:
    """The measure ``verb`` gives a figure reaching it through dependency ``entry``."""
    lemma = verb.lemma_.lower()
    # "22 countries have sent aid" counts senders; "with 1,830 people injured" (a participle) does not
    participle = verb.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    agent = entry == "nsubj" and lemma not in INTRANSITIVE and not participle
    if lemma in ("leave", "abandon", "flee", "quit") and entry == "nsubj" and head not in PERSONNEL and any(
            c.dep_ == "dobj" and c.lemma_.lower() in HOMES for c in verb.children):
        return "displaced"  # round 14: "Nearly 4,000 people had left their homes"
    if _taken_captive(verb, head, entry, agent):
        return "captured"  # round 14: "187 were taken from the school", "25 of whom escaped", "left 287 with the kidnappers"
    if lemma in ARRIVING and _joins_a_stoppage(verb):
        return "other"  # "100,000 workers joined the warning strikes": taking part, as "on strike"
    if lemma in ARRIVING and head is not None and head not in PERSONNEL:
        return "other"
    if lemma in GOING and head in PERSONNEL and any(c.dep_ == "prep" and c.lower_ == "to" for c in verb.children):
        return "deployed"  # "15,000 troops have gone to Russia" (but "went missing" is no deployment)
    if lemma in RECEIVING and not agent:
        if head in MESSAGES:
            return "other"  # "the line received 3,100 calls"
        return "deployed" if head in PERSONNEL else "supplied"  # "Russia will receive 1,000 specialists"
    if lemma in SENDING or any((lemma, c.lower_) in PHRASAL_SENDING for c in verb.children if c.dep_ == "prt"):
        care = [_context_noun(o) for p in verb.children if p.dep_ == "prep" and p.lower_ == "to"
                for o in p.children if o.dep_ == "pobj" and _context_noun(o)]
        if care and not agent and head not in PERSONNEL:
            return care[0]  # "fumes sent 64 people to hospital": where they were sent tells
        if agent or head is None:  # what is sent is unknown: leave it to the figure before
            return None
        if head in PERSONNEL or head in RESPONSE_MACHINES and lemma in SCENE_SENDING:
            return "deployed"  # "sent 200 fire engines and 100 ambulances": with their crews
        if head in CIVILIANS:
            return "other"  # "2,500 people were transferred to Sicily": people moved are no supplies
        if head in MATERIEL and any(c.dep_ == "prep" and c.lower_ in AIMING for c in verb.children):
            return "other"  # "sent 75 drones toward Kyiv": weapons fired at a target, no delivery
        if lemma in SELLING and head not in MATERIEL and not any(
                c.dep_ in ("prep", "dative") and c.lower_ == "to" for c in verb.children):
            return "other"  # "45,000 tickets had been sold": a sale, no delivery
        return "other" if lemma in POSTING else "supplied"  # "deployed 40 boats" is no delivery
    if lemma in LEAVING_HOME and any(c.dep_ == "dobj" and c.lemma_.lower() in HOMES for c in verb.children):
        return "displaced"  # "people who lost their homes" (not their lives); round 14: "left their homes"
    phrasal = next((PHRASAL[(lemma, c.lower_)] for c in verb.children
                    if c.dep_ == "prt" and (lemma, c.lower_) in PHRASAL), None)
    if phrasal is not None and not agent and (phrasal != "deployed" or head in PERSONNEL) and \
            head not in THINGS | ANIMALS:
        return phrasal  # round 14: "rounded up 300 suspects", "were gunned down", "drafted in 1,000 troops"
    if lemma == "lose" and any(c.dep_ == "dobj" and CONTEXT.get(c.lemma_.lower()) == "affected" for c in verb.children):
        return "affected"  # "600,000 households lost power"
    if lemma == "take" and any(c.dep_ == "dobj" and c.lower_ == "part" for c in verb.children):
        return "deployed" if head in PERSONNEL and not _joins_a_stoppage(verb) else "other"  # "300 rescuers were taking part"
    if lemma in VERBS:
        return None if agent else VERBS[lemma]
    if verb.lower_ in ADJECTIVES:
        return ADJECTIVES[verb.lower_]
    return _complement(verb)


#: Words of a disaster that buries or drowns: the missing there are no captives.
_LOST_WORDS = RUBBLE | SEABED | frozenset({"flood", "landslide", "collapse", "fire", "sea", "river", "water"})
#: Words of gunfire: people treated after it are wounded.
_GUNFIRE = frozenset({"shoot", "shot", "gunshot", "bullet", "stab", "beat", "beaten"})


def _kidnap_state(anchor: Token, found: str) -> str:
    """Round 14, rule 16: in an article about a kidnapping, people "among the missing" are the ones
    taken (``captured``) unless their sentence speaks of a disaster that buries or drowns; freed
    captives "being treated" or in hospital with no word of injury or gunfire in the sentence are
    cared for (``affected``, as patients are), not wounded."""
    sentence = {t.lemma_.lower() for t in anchor.sent} | {t.lower_ for t in anchor.sent}
    if found == "missing":
        return found if sentence & _LOST_WORDS else "captured"
    return found if _injured(anchor) or sentence & _GUNFIRE else "affected"


#: Vehicles: stranded or stuck, they are no people in need (round 14).
VEHICLES = frozenset({"train", "bus", "car", "vehicle", "truck", "lorry", "plane", "aircraft", "flight", "ship",
                      "ferry", "boat", "vessel", "coach", "tram"})
#: Words for the dead a bare count identified may be part of.
_THE_DEAD = frozenset({"dead", "bodies", "victims", "remains", "corpses"})


def _identified_dead(anchor: Token) -> bool:
    """Round 14, rule 17: a bare count that is the subject of a verb of identifying ("only about a
    dozen had been identified") in a sentence that spoke of the dead before it counts dead people."""
    verb = anchor.head
    while verb.dep_ in ("nummod", "quantmod", "advmod") and verb.head.i != verb.i and verb.pos_ != "VERB":
        verb = verb.head
    if anchor.dep_ not in ("nsubj", "nsubjpass") and verb.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = verb.head if verb.dep_ in ("nsubj", "nsubjpass") else anchor.head
    return verb.lemma_.lower() == "identify" and any(
        t.lower_ in _THE_DEAD for t in anchor.doc[anchor.sent.start:anchor.i])


def _abduction(doc) -> bool:
    """Is the article about a kidnapping (:data:`ABDUCTION_CUES`)?"""
    return bool(words(doc) & ABDUCTION_CUES)


#: What people "held" by the police are held for or over: they are arrested, not captives.
_CUSTODY = frozenset({"police", "custody", "questioning", "question", "suspicion", "charge", "cell", "station", "court"})


def _taken_captive(verb: Token, head: str | None, entry: str, agent: bool) -> bool:
    """Round 14, rule 15: in an article about a kidnapping (:data:`ABDUCTION_CUES`), people (not things)
    taken, seized or held (:data:`CAPTURING`: "187 were taken from the school", "seized 15 pupils", "were
    still being held", "the number seized"), led, marched or carried away, off or into a place
    (:data:`CAPTURING_WITH`), left or still "with" their captors (:data:`CAPTORS`), and those who got away
    (:data:`ESCAPING`: "25 escaped", "slipped away from the gang", "found their way home") are captives:
    ``captured``. Not people taken "to" a place (hospital, a shelter), taken part, nor held by the police,
    in custody or for questioning (``arrested``, rule 8i)."""
    if not _abduction(verb.doc) or not (head is None or head in CIVILIANS or head in CAPTIVE_PEOPLE):
        return False
    lemma = verb.lemma_.lower()
    preps = {c.lower_ for c in verb.children if c.dep_ in ("prep", "agent")}
    particles = {c.lower_ for c in verb.children if c.dep_ in ("prt", "advmod")}
    if any(c.dep_ == "prep" and c.lower_ == "with" and any(o.dep_ == "pobj" and o.lemma_.lower() in CAPTORS
                                                          for o in c.children) for c in verb.children):
        return not agent or lemma in LIGHT | {"leave", "stay"}  # "left 287 children with the kidnappers"
    if entry in ("nsubj", "nsubjpass") and not agent or entry == "nsubj" and lemma in ESCAPING:
        from_captors = any(c.dep_ == "prep" and c.lower_ == "from" and any(
            o.lemma_.lower() in CAPTORS for o in c.children) for c in verb.children)
        if lemma in ESCAPING and (lemma == "escape" or particles & {"away", "free"} or from_captors):
            return entry == "nsubj"  # "25 of whom escaped", "had slipped away from the gang"
        if lemma == "find" and any(c.dep_ == "dobj" and c.lower_ == "way" and any(
                d.lower_ in HOMECOMING for d in c.subtree) for c in verb.children):
            return entry == "nsubj"  # "25 of them had since found their way home"
    if agent:
        return False
    if lemma in CAPTURING:
        if lemma == "take" and (any(c.dep_ == "prep" and c.lower_ in ("to", "into") and not any(
                o.like_num or o.pos_ == "NUM" for o in c.children) for c in verb.children) or any(c.dep_ == "dobj" and c.lower_ == "part"
                                                            for c in verb.children)):
            return False  # "taken to hospital", "taken into custody"
        if lemma == "hold" and (any(t.lemma_.lower() in _CUSTODY for c in verb.children if c.dep_ in ("prep", "agent")
                                    for t in c.subtree) or any(c.dep_ in ("oprd", "xcomp", "attr") for c in verb.children)):
            return False  # "held by police", "held for questioning"; "held hostage" is rule 4's
        return True
    return lemma in CAPTURING_WITH and bool(particles & {"away", "off"} or "into" in preps)


def _joins_a_stoppage(verb: Token) -> bool:
    """"joined two rounds of warning strikes", "took part in the walkout": the object (or the
    object's "of" phrase) is a work stoppage (:data:`STOPPAGES`)."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "in" for o in p.children if o.dep_ == "pobj"]
    return any(t.lemma_.lower() in STOPPAGES and t.pos_ == "NOUN" for o in objects for t in o.subtree)


def _complement(verb: Token) -> str | None:
    """"went missing", "remain displaced", "fell ill", "listed as missing", "believed trapped", "taken prisoner"."""
    for child in verb.children:
        if child.dep_ in ("oprd", "attr", "xcomp", "dobj") and child.pos_ == "NOUN" and \
                child.lemma_.lower() in ("prisoner", "captive", "hostage") and verb.lemma_.lower() in TAKING:
            return "captured"  # "taken prisoner", "held hostage" (but "freed 9 hostages" is no capture)
        if child.dep_ in ("acomp", "xcomp", "oprd", "ccomp") and child.lower_ == "trapped" and _in_a_place(child, verb):
            return "affected"  # round 13: "remain trapped in the besieged city": whereabouts known, in need
        if child.dep_ == "ccomp" and any(c.dep_ in ("nsubj", "nsubjpass") for c in child.children):
            continue  # round 14: "Nine people were still missing, 18 had serious injuries": a clause of its own
        if child.dep_ in ("acomp", "xcomp", "oprd", "ccomp") and child.lower_ in ADJECTIVES:
            return ADJECTIVES[child.lower_]
        if child.dep_ == "advcl" and child.lower_ in ADJECTIVES and verb.lemma_.lower() == "leave":
            return ADJECTIVES[child.lower_]  # round 14: "left 300 people injured"
        if child.dep_ == "advmod" and child.lower_ in ADJECTIVES and verb.lemma_.lower() in LINKING:
            return ADJECTIVES[child.lower_]  # "fell ill", the adjective tagged as an adverb
        if child.dep_ == "xcomp" and (child.lemma_.lower() in ("leave", "flee", "evacuate") or
                                      any(c.dep_ == "prep" and _from_home(c) for c in child.children)):
            return "displaced"  # "ordered to leave their homes", "forced to flee", "had to move out of their houses"
        if child.dep_ == "prep" and child.lower_ == "as":
            found = [ADJECTIVES[c.lower_] for c in child.children if c.lower_ in ADJECTIVES]
            if found:
                return found[0]
    return None


def _in_a_place(*words_: Token) -> bool:
    """"trapped in the city", "inside the town": people shut in a place people live (:data:`PLACES`,
    not a home or house, which may have fallen on them), not under rubble."""
    return any(p.dep_ == "prep" and p.lower_ in ("in", "inside", "within") and any(
        o.dep_ == "pobj" and (o.lemma_.lower() in PLACES - {"home", "house"} or o.ent_type_ == "GPE") for o in p.children)
        for w in words_ for p in w.children)


def _on_strike(prep: Token) -> bool:
    """"on strike", "on a walkout": taking part in a stoppage (:data:`STOPPAGES`)."""
    return prep.lower_ == "on" and any(c.dep_ == "pobj" and c.lemma_.lower() in STOPPAGES for c in prep.children)


def _there(verb: Token) -> str | None:
    """"Forty-two have left hospital, while 37 remain there": "there" is the place the clause it
    hangs on names, whose context noun (:data:`CONTEXT`) tells the measure."""
    if verb.lemma_.lower() not in ("remain", "stay", "be") or not any(c.lower_ == "there" and c.dep_ == "advmod"
                                                                      for c in verb.children):
        return None
    other = verb.head if verb.dep_ in ("advcl", "conj") else None
    places = [c for c in other.children if c.dep_ == "dobj"] if other is not None else []
    places += [o for p in (other.children if other is not None else []) if p.dep_ == "prep"
               for o in p.children if o.dep_ == "pobj"]
    return next((_context_noun(p) for p in places if _context_noun(p)), None)


def _context(verb: Token, previous: Token | None = None) -> str | None:
    """The context noun under ``verb`` (rule 4); ``previous``, the step the walk came from, is
    the figure's own noun, never its context ("35,000 cuts mean ...": job cuts, not wounds)."""
    there = _there(verb)
    if there:
        return there
    # "treated 2,000 pilgrims for heat stress": the parser may hang the "for" on the object
    # and "treated hundreds of people with gunshot wounds" the "with" (round 9)
    cause = [p for o in verb.children if o.dep_ == "dobj" for p in o.children if p.dep_ == "prep"
             and (p.lower_ == "for" or p.lower_ == "with" and verb.lemma_.lower() == "treat")]
    for child in [*verb.children, *cause]:
        if child.dep_ == "prep" and _on_strike(child):
            return "other"
        if child.dep_ == "attr" and child.lemma_.lower() in NOUNS:  # "became casualties"
            return NOUNS[child.lemma_.lower()]
        if child.dep_ == "dobj" and child.lemma_.lower() in REFUGE and verb.lemma_.lower() in ("seek", "take", "find"):
            return "displaced"  # "More than 300 people have sought shelter"
        if child.dep_ == "dobj" and verb.lemma_.lower() in HAVING and child.lemma_.lower() in CONDITIONS:
            return _context_noun(child)  # "four had moderate injuries", "seven suffered minor cuts"
        if child.dep_ == "nsubj" and _context_noun(child) and (previous is None or child.i != previous.i):
            return _context_noun(child)  # "evacuation orders cover 31,000"
        if child.dep_ != "prep":
            continue
        if child.lower_ == "without" and verb.lemma_.lower() == "leave":  # round 13: "left thousands without work"
            return "displaced" if any(o.lemma_.lower() in HOMES for o in child.children) else "affected"
        objects = [c for c in child.children if c.dep_ == "pobj"]
        objects += [o for p in child.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
        objects += [c for o in objects for c in o.conjuncts]
        if child.lower_ == "among":  # "were among those in a serious condition" (round 9)
            objects += [g for o in objects for p in o.children if p.dep_ == "prep" and p.lower_ in ("in", "at")
                        for g in p.children if g.dep_ == "pobj"]
        for obj in objects:  # "in shelters", "out of school", "for diarrhoea and other diseases"
            lemma = obj.lemma_.lower()
            if obj.ent_type_ in ("DATE", "TIME"):
                continue  # "in the 2023-24 school year": a time, not a place or a cause
            if child.lower_ == "under" and lemma in NOTICES and any(w.lower_.startswith("evacuat") for w in verb.sent):
                return "displaced"  # "another 22,000 are under warnings" (round 11)
            if child.lower_ == "under" and lemma in RUBBLE:
                return "missing"  # "may still lie under the debris"
            if child.lower_ in ("at", "on") and _seabed(obj):
                return "missing"  # "still at the bottom of the sea", "lying on the seabed"
            if _from_home(child):
                return "displaced"  # "driven tens of thousands from their homes"
            if child.lower_ == "among" and lemma in NOUNS:  # "among the dead were 19 children"
                return NOUNS[lemma]
            if child.lower_ in ("in", "within") and verb.lemma_.lower() in ("live", "reside") and \
                    any(c.dep_ in ("acl", "amod") and c.lemma_.lower() in STRICKEN for c in obj.children):
                return "affected"  # "884,000 people live in areas hit by the floods"
            if _context_noun(obj):
                return _context_noun(obj)
        if child.lower_ == "for" and verb.lemma_.lower() == "treat" and \
                any(c.dep_ in ("pobj", "pcomp") for c in child.children):
            return "affected"  # "treated 40 people for breathing problems": no injury named
    return None


#: Bodies of water whose bottom holds the missing.
_WATERS = frozenset({"sea", "ocean", "lake", "river", "gulf", "bay", "channel", "strait"})


def _seabed(noun: Token) -> bool:
    """"the seabed", "the bottom of the sea" (not "the bottom of the list")."""
    lemma = noun.lemma_.lower()
    if lemma in SEABED and lemma != "bottom":
        return True
    return lemma == "bottom" and any(o.lemma_.lower() in _WATERS for p in noun.children if p.lower_ == "of"
                                     for o in p.children)


def _from_home(prep: Token, places: frozenset[str] = frozenset({"home", "house", "village"})) -> bool:
    """"from their homes", "out of their villages": people driven from where they live (with a
    verb of moving people, :data:`MOVING`, any place they live in: "out of coastal areas")."""
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    objects += [o for p in prep.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    return prep.lower_ in ("from", "out", "away") and any(o.lemma_.lower() in places for o in objects)


def _context_noun(noun: Token) -> str | None:
    """A context noun itself or as its compound ("evacuation alert"); "on the move" (people
    forced onto the roads, round 9) is ``displaced``."""
    if noun.lemma_.lower() == "move" and noun.head.lower_ == "on" and any(c.lower_ == "the" for c in noun.lefts):
        return "displaced"
    for word in (noun, *(c for c in noun.lefts if c.dep_ == "compound")):
        if word.lemma_.lower() in CONTEXT:
            return CONTEXT[word.lemma_.lower()]
    for modifier in (c for c in noun.lefts if c.dep_ == "amod"):  # "in intensive care"
        if f"{modifier.lower_} {noun.lemma_.lower()}" in CONTEXT:
            return CONTEXT[f"{modifier.lower_} {noun.lemma_.lower()}"]
    return None


def _combine(verb: Token, head: str | None, entry: str) -> str:
    """The trigger's measure, or ``casualties`` when conjuncts sharing its subject and object add
    other harms ("killed or injured"); a conjunct with its own object counts its own figure."""
    own = _trigger(verb, head, entry)
    found = {own}
    for conj in verb.conjuncts:
        if not any(c.dep_ in ("nsubj", "nsubjpass", "dobj") for c in conj.children):
            found.add(_trigger(conj, head, entry))
    if len(found & set(HARM)) >= 2:
        return "casualties"
    if own is None:  # round 14: "were shot and wounded": the conjunct names the harm
        return next((f for f in found if f in HARM), None) or "other"
    return own


def _outbreak_count(token: Token, anchor: Token, head: str | None, found: str | None) -> bool:
    """Rule 9, in an article about an outbreak (:data:`OUTBREAK_CUES`) and a sentence that speaks
    of no injury: people hospitalised are ``affected`` (ill, not wounded); so are people who
    "tested positive"; and a count with no noun of its own ("has grown to 198 cases, 39 more than
    on Tuesday", "Oklahoma reported 20", "499 of them in Texas") beside "cases" in its sentence or
    the one before counts cases."""
    doc = anchor.doc
    if _injured(anchor) or not words(doc) & (OUTBREAK_CUES | POISONING_CUES):
        return False  # a mass poisoning's patients are ill too (round 13)
    if found == "wounded":
        return True
    if not words(doc) & OUTBREAK_CUES:
        return False  # a poisoning has patients, not cases ("70 earlier cases of illicit arrack")
    if any(t.lower_ == "positive" and t.head.lemma_.lower() == "test" for t in anchor.sent):
        return head not in THINGS
    if head not in (None, "person", "case", "they"):
        return False
    sent = anchor.sent
    before = doc[sent.start - 1].sent if sent.start > 0 else sent
    if any(t.lemma_.lower() in ("dose", "vaccinate", "vaccination", "administer") for t in sent):
        return False  # "administered 318,000 doses, reaching nearly 80% of the people targeted": coverage
    return any(t.lemma_.lower() in ("case", "infection") and t.pos_ == "NOUN" and doc[t.i - 1].text != "-"
               for t in (*before, *sent))  # not "a worst-case scenario"


#: Round 15: verbs a count's level reaches or passes in a headline or a report ("deaths rise to five",
#: "evacuees near 10,000", "arrests top 300"), with the particle or preposition before the figure.
_LEVEL_REACHED = _LEVEL_VERBS | frozenset({"pass", "top", "near", "exceed", "surpass", "hit", "cross", "soar",
                                           "mount", "swell", "approach"})
_LEVEL_PREPS = frozenset({"to", "at", "past", "above", "over", "near", "beyond"})
#: Words of a figure's own qualifier, skipped when looking left of it ("to more than 61", "at least").
_QUALIFYING = frozenset({"more", "than", "about", "some", "nearly", "almost", "over", "around", "least", "as",
                         "high", "roughly", "approximately", "close", "just", "under", "at"})


def _noun_level(anchor: Token) -> str | None:
    """Round 15, rule 18: the level a count noun reaches, however the parser hangs the words: the
    figure right after a verb of level (:data:`_LEVEL_REACHED`: "rise to five", "top 300") or after
    "near" ("evacuees near 10,000", which the tagger reads as a preposition), whose subject, at most
    eight words before the verb with no punctuation, figure, container or other count between, is a
    plural noun of a measure ("Deaths linked to the blackout rise to five": ``killed``; "Injuries climb
    to 120": ``wounded``; "Arrests top 300": ``arrested``; "Evacuees near 10,000": ``displaced``).
    Not a count's own modifier ("the deaths' share"), nor a noun that is the object of "of"."""
    doc, sentence = anchor.doc, anchor.sent
    i = anchor.i - 1
    while i > sentence.start and doc[i].lower_ in _QUALIFYING - {"near", "over", "at"}:
        i -= 1
    if i < sentence.start:
        return None
    if doc[i].lower_ == "near":  # "evacuees near 10,000": the verb read as a preposition
        verb = i
    else:
        if doc[i].lower_ in _LEVEL_PREPS and doc[i].pos_ in ("ADP", "PART"):
            i -= 1
        while i > sentence.start and (doc[i].pos_ == "ADV" or doc[i].lower_ in ("now", "already", "further")):
            i -= 1  # "have now passed", "rose further to"
        if i < sentence.start or doc[i].pos_ not in ("VERB", "AUX", "NOUN") and doc[i].lower_ != "top" or \
                doc[i].lemma_.lower() not in _LEVEL_REACHED:
            return None
        verb = i
    j = verb - 1
    while j > sentence.start and doc[j].pos_ in ("AUX", "ADV", "PART"):
        j -= 1  # "have risen", "has already passed"
    for k in range(j, max(sentence.start, j - 8) - 1, -1):
        word = doc[k]
        if word.is_punct or word.like_num or word.pos_ == "NUM" or word.lemma_.lower() in CONTAINERS:
            return None
        lemma = word.lemma_.lower()
        if word.pos_ == "NOUN" and word.tag_ == "NNS" and lemma in NOUNS and lemma not in ("supply", "loss") and \
                not (word.dep_ == "pobj" and word.head.lower_ == "of"):
            return NOUNS[lemma]
        if word.pos_ == "NOUN" and word.tag_ == "NNS" and lemma in ILLNESS and not (word.dep_ == "pobj" and word.head.lower_ == "of") \
                and (lemma != "case" or _disease_case(word, anchor)):
            return "affected"  # round 20, rule 69: "Brazil starts dengue vaccinations as probable cases near 400,000"
    return None


#: Comparatives of a count (rule 31): "the real toll is higher, more than 200".
_COMPARED = frozenset({"higher", "lower", "greater", "larger", "bigger", "smaller"})


def _container_apposition(anchor: Token) -> str | None:
    """Round 15, rule 19: a figure set off by a comma right after a container of a state or a
    count noun, its level in apposition ("gave a higher count of the injured, 98, among them ...":
    ``wounded``; "raised the number of the missing, 31, on Monday": ``missing``; "the toll, 44,"
    ``killed``): the state word or count noun right before the comma, with a container
    (:data:`CONTAINERS`) at most three words before it. "Among the dead, 44 were children" (no
    container) is left to the fronted group (rule 8d)."""
    doc, sentence = anchor.doc, anchor.sent
    i = anchor.i - 1
    while i > sentence.start and doc[i].lower_ in _QUALIFYING - {"at"}:
        i -= 1
    if i - 1 < sentence.start or doc[i].text != ",":
        return None
    word = doc[i - 1]
    if word.lower_ in _COMPARED and word.dep_ in ("acomp", "attr"):  # round 16, rule 31: "the real toll is higher, more than 200"
        word = next((c for c in word.head.children if c.dep_ in ("nsubj", "nsubjpass")), word)
        if word.lemma_.lower() == "toll":
            return "killed"
        if word.lemma_.lower() in CONTAINERS:  # "the number of evacuees is larger, about 12,000"
            objects = [o for p in word.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                       if o.dep_ == "pobj"]
            word = objects[0] if objects else word
            if word.lower_ in ADJECTIVES:
                return ADJECTIVES[word.lower_]
        return NOUNS.get(word.lemma_.lower()) if NOUNS.get(word.lemma_.lower()) != "supplied" else None
    state = ADJECTIVES.get(word.lower_) or (NOUNS.get(word.lemma_.lower()) if word.pos_ == "NOUN" else None)
    if state is None or state == "supplied":
        return None
    if word.lemma_.lower() == "toll":
        return state
    return state if any(doc[k].lemma_.lower() in CONTAINERS and doc[k].pos_ == "NOUN"
                        for k in range(max(sentence.start, i - 5), i - 1)) else None


#: Round 15, rule 21: places a measure noun names in compound ("115 evacuation posts", "12 refugee camps",
#: "40 relief centres"): the figure counts places, not the people the compound's noun names.
SITES = frozenset({"post", "centre", "center", "site", "camp", "shelter", "point", "facility", "hall", "building",
                   "zone", "station", "route", "hospital", "clinic", "ward"})
#: Verbs whose "alive" says no rescue: "buried alive", "burned alive" are deaths.
_ALIVE_DEATHS = frozenset({"bury", "burn", "burnt", "skin", "boil"})


def _found_alive(token: Token) -> bool:
    """Round 15, rule 22: people found, brought out, pulled out or rescued "alive" are missing no more,
    whatever trapped them before ("Ten miners who had been trapped near their pits were brought out
    alive", "Nine hikers reported missing were found alive"): the first verb over the figure has
    "alive" among its words (not "buried alive", "burned alive")."""
    verb = next((t for t in predicate_chain(token)[1:] if t.pos_ in ("VERB", "AUX") and t.dep_ != "relcl"), None)
    if verb is None or verb.lemma_.lower() in _ALIVE_DEATHS:
        return False
    return any(c.lower_ == "alive" for c in verb.children) or \
        any(c.lower_ == "alive" for c in verb.subtree if c.i > verb.i and c.head.i == verb.i)


def _buried_under(token: Token) -> bool:
    """Round 15, rule 23: people "buried under" or "beneath" rubble, debris or mud (:data:`RUBBLE`) are
    still being looked for, ``missing``, as people "under the rubble" are; buried in a grave or a cemetery
    they are dead. The first verb over the figure (through a verb of belief: "are believed to be buried")
    is "bury" with such a phrase."""
    for node in predicate_chain(token)[1:4]:
        if node.pos_ not in ("VERB", "AUX"):
            continue
        verbs = [node, *(c for c in node.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX"))]
        for verb in verbs:
            if verb.lemma_.lower() == "bury" and any(
                    c.dep_ == "prep" and c.lower_ in ("under", "beneath", "underneath", "in") and
                    any(o.lemma_.lower() in RUBBLE for o in c.children) for c in verb.children):
                return True
        if node.lemma_.lower() not in LIGHT | BELIEVING:
            return False
    return False


#: Round 15, rule 24: what a vote, a market or a grid tallies, never delivered or deployed however it is
#: "given" or "supplied" ("That gives the coalition 328 seats", "enough to supply about one million
#: customers"): the things lost that are no lives (:data:`LOST_THINGS`), less orders and contracts, which
#: are delivered.
TALLIED = LOST_THINGS - {"order", "contract"}


def _score_after(anchor: Token) -> bool:
    """Round 15, rule 24: the second figure of a score, "five votes to four", "by 52 seats to 48": right
    after "to" that follows a tallied noun (:data:`TALLIED`)."""
    doc, i = anchor.doc, anchor.i
    return i >= 2 and doc[i - 1].lower_ == "to" and doc[i - 2].lemma_.lower() in TALLIED


#: Round 15, rule 25: verbs of taking people into hospital (not "treat", which rule 4 reads); "with" or "for" a condition that names no injury
#: ("admitted 2,300 children with breathing difficulties", "hospitalised for dehydration") they are ``affected``.
_ADMITTING = frozenset({"admit", "hospitalise", "hospitalize",
                        "go", "visit", "take", "see", "come", "bring", "rush", "attend"})  # round 18, rule 43
#: Words of an injury, which keep people taken into hospital ``wounded`` (rule 25).
_WOUNDS = INJURY_WORDS | frozenset({"cut", "bruise", "laceration", "inhalation", "gunshot", "bullet", "shrapnel",
                                    "stab", "bleeding", "concussion", "wounds", "injuries", "burns"})


def _admitted_ill(token: Token) -> bool:
    """Round 15, rule 25: people admitted or hospitalised "with" or "for" a condition that names
    no injury ("admitted 2,300 children with breathing difficulties", "were hospitalised with
    dehydration") are ``affected``, as people "treated for heat stress" are; with burns, wounds, smoke
    inhalation or injuries they stay ``wounded``. The first verb over the figure, its "for"/"with" phrase
    hung on the verb or on the figure's noun."""
    verb = next((t for t in predicate_chain(token)[1:] if t.pos_ in ("VERB", "AUX")), None)
    if verb is None or verb.lemma_.lower() not in _ADMITTING:
        return False
    preps = [c for n in (verb, token) for c in n.children if c.dep_ == "prep" and c.lower_ in ("for", "with")]
    objects = [o for p in preps for o in p.children if o.dep_ in ("pobj", "pcomp")
               and o.lemma_.lower() not in _NO_CONDITION and o.pos_ != "PRON" and o.lemma_.lower() not in CIVILIANS]  # "for observation" names no condition
    return bool(objects) and not any(t.lemma_.lower() in _WOUNDS or t.lower_ in _WOUNDS
                                     for o in objects for t in o.subtree)
#: What people are taken into hospital "for" that names no condition (rule 25): "for observation", "for checks".
_NO_CONDITION = frozenset({"observation", "check", "checkup", "test", "precaution", "assessment", "examination",
                           "evaluation", "treatment", "care", "surgery"})


# Round 17 (issue 14; an epidemic's vaccines, a chemical spill and a protest crackdown).

#: Goods counted by the unit a donor gives (rule 32): vaccine doses, vials, kits.
DOSES = frozenset({"dose", "vial", "jab", "kit"})
#: Verbs by which goods are given, bought or asked for (rule 32): what is pledged, promised, bought "for"
#: someone, lands or arrives, or is asked "for" is a delivery; what is needed or required is not.
_GOODS_GIVEN = frozenset({"pledge", "promise", "donate", "buy", "purchase", "order", "land", "arrive", "ask", "request",
                          "receive", "ship", "deliver", "send", "give", "provide", "secure",
                          "contract", "distribute", "dispatch", "allocate"})  # round 20, rule 58
#: Words of a payout (rule 34): people "eligible" in an article about one are those it reaches.
_PAYOUT_CUES = frozenset({"compensation", "settlement", "payout", "payment", "reimbursement", "relief", "claim"})
#: Where people live while they are out of their homes (rule 35).
_TEMPORARY_HOMES = frozenset({"relocation", "hotel", "motel"})
#: Refusal (rule 35): people who "refused to leave" did not leave.
_REFUSING = frozenset({"refuse", "decline", "resist"})
#: "cases of" a harm (rule 36): "14 cases of enforced disappearances" count the abducted.
_CASES_OF = {"disappearance": "captured", "abduction": "captured", "kidnapping": "captured"}


def _verbs_above(token: Token, limit: int = 6) -> list[Token]:
    """The verbs (and adjectives of a predicate) above ``token``, nearest first, within ``limit`` steps."""
    out, node = [], token
    for _ in range(limit):
        if node.head is node:
            break
        node = node.head
        if node.pos_ in ("VERB", "AUX", "ADJ"):
            out.append(node)
    return out


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
    return bool(verbs) and verbs[0].lemma_.lower() in _GOODS_GIVEN


def _eligible(token: Token) -> bool:
    """Rule 34: people said to be eligible ("3,000 people might be eligible", "eligible for compensation") in an
    article about a payout (:data:`_PAYOUT_CUES`) are the people it reaches; not "eligible to vote"."""
    doc = token.doc
    if not any(t.lemma_.lower() in _PAYOUT_CUES for t in doc):
        return False
    for verb in _verbs_above(token, 3)[:1]:
        for c in verb.children:
            if c.lower_ == "eligible" and not any(x.dep_ == "xcomp" or x.lower_ == "to" for x in c.children):
                return True
    return False


def _temporary_home(token: Token) -> bool:
    """Rule 35: people "still living on the company's relocation payments" or "in hotels" are out of their homes."""
    for verb in _verbs_above(token, 3)[:1]:
        if verb.lemma_.lower() in ("live", "stay"):
            return any(t.lemma_.lower() in _TEMPORARY_HOMES for p in verb.children if p.dep_ == "prep" for t in p.subtree)
    return False


def _refused_to_leave(token: Token) -> bool:
    """Rule 35: people who "refused to leave" or "declined to evacuate" stayed: no displacement."""
    return any(v.lemma_.lower() in _REFUSING for v in _verbs_above(token, 4))


def _cases_of(counted: Token | None) -> str | None:
    """Rule 36: "14 cases of enforced disappearances", "cases of abduction": the harm the "of" object names."""
    if counted is None or counted.lemma_.lower() != "case":
        return None
    for p in counted.children:
        if p.dep_ == "prep" and p.lower_ == "of":
            for o in p.children:
                if o.dep_ == "pobj":
                    return _CASES_OF.get(o.lemma_.lower())
    return None

#: Verbs of violence that kill when "dead" follows their object (rule 37): "shot two men dead".
_DEADLY_VERBS = frozenset({"shoot", "stab", "beat", "hack", "club", "stone", "gun", "burn"})
#: Agents of an abduction (rule 38): people seized "by men in plain clothes", "by gunmen", "by masked men".
_ABDUCTORS = frozenset({"man", "gunman", "assailant", "attacker", "kidnapper", "abductor"})
_ABDUCTOR_WORDS = frozenset({"plain", "plainclothes", "unidentified", "unknown", "masked", "hooded", "armed"})


def _shot_dead(token: Token) -> bool:
    """Rule 37: "officers had shot at least two young men dead overnight": a verb of violence whose "dead" the parser
    hung beside the object (an adverbial clause or a predicate) kills the object."""
    verb = next((t for t in predicate_chain(token)[1:] if t.pos_ == "VERB"), None)
    return verb is not None and verb.lemma_.lower() in _DEADLY_VERBS and token.dep_ in ("dobj", "nummod", "appos") and \
        any(c.lower_ == "dead" and c.dep_ in ("advcl", "oprd", "acomp", "xcomp", "advmod", "ccomp", "dobj") for c in verb.children)


def _seized_by_men(token: Token) -> bool:
    """Rule 38: people seized, taken, grabbed or abducted (:data:`CAPTURING`) "by" men, gunmen or people believed to be
    plain-clothes police (:data:`_ABDUCTORS`, :data:`_ABDUCTOR_WORDS`) are abducted, whatever the article is about."""
    verb = next((t for t in predicate_chain(token)[1:] if t.pos_ == "VERB"), None)
    if verb is None or verb.lemma_.lower() not in CAPTURING - {"hold"}:
        return False
    for agent in verb.children:
        if agent.dep_ == "agent":
            words_ = {t.lemma_.lower() for t in agent.subtree} | {t.lower_ for t in agent.subtree}
            if words_ & _ABDUCTORS and (words_ & _ABDUCTOR_WORDS or words_ & {"police", "security", "soldier", "gunman"}):
                return True
    return False


def _partitive_list(anchor: Token) -> str | None:
    """Rule 39: a list by place that drops the noun after a first part "of the" deaths ("Mombasa accounted for 12 of
    the deaths, followed by Kilifi with five, Kwale and Lamu with two each"): a figure that is the object of "with"
    takes the measure of the noun (:data:`NOUNS`) of the partitive earlier in its sentence."""
    if anchor.dep_ == "nummod" and anchor.head.lower_ == "each":
        anchor = anchor.head  # "Kwale and Lamu with three each", parsed with "each" as the object
    if anchor.dep_ != "pobj" or anchor.head.lower_ != "with":
        return None
    for t in anchor.sent:
        if t.i >= anchor.i:
            break
        if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.pos_ == "NUM" and t.lemma_.lower() in NOUNS:
            return NOUNS[t.lemma_.lower()]
    return None


# Round 18 (issue 14; a concert-hall attack, a tanker blast and a smog season).

#: Verbs by which the hurt reach a hospital (rule 40): "casualties" admitted or taken there are the living hurt.
_HOSPITALISING = frozenset({"admit", "hospitalise", "hospitalize", "take", "rush", "bring", "fly", "airlift", "treat",
                            "transfer", "evacuate"})
#: Relatives (rule 41): "lost ... members of his family", "lost two nephews".
_KIN = frozenset({"member", "relative", "son", "daughter", "child", "nephew", "niece", "cousin", "brother", "sister",
                  "parent", "grandchild", "uncle", "aunt", "wife", "husband", "kin", "kinsman"})
#: Verbs of leading people out of a building (rule 42).
_LEADING_OUT = frozenset({"lead", "usher", "escort", "guide", "shepherd"})
#: Causes of illness, not injury (rule 43): "smog sent ... to hospital" (fumes, a fire's smoke, stay wounds).
_ILLNESS_CAUSES = frozenset({"smog", "pollution", "haze", "heat", "heatwave", "air", "dust"})
#: Readings of an instrument (rule 44): "the air quality index", "an AQI of 480".
_READINGS = frozenset({"index", "aqi", "reading"})


def _hospitalised(token: Token) -> bool:
    """Round 18, rule 40: a figure of "casualties" the first verb over it admits to, takes to or treats
    in hospital ("after at least 55 casualties were admitted", "casualties were rushed to hospital"):
    the dead are not admitted, so they are the ``wounded``."""
    verb = next((t for t in predicate_chain(token)[1:] if t.pos_ in ("VERB", "AUX")), None)
    if verb is None or verb.lemma_.lower() not in _HOSPITALISING:
        return False
    if verb.lemma_.lower() in ("admit", "hospitalise", "hospitalize", "treat"):
        return True
    return any(t.lemma_.lower() in ("hospital", "clinic", "ward") for t in verb.subtree)


def _lost_kin(token: Token) -> bool:
    """Round 18, rule 41: relatives a person "lost" ("he had lost close to 50 members of his family",
    "lost two nephews"): their dead. The verb "lose" within three steps above the noun, with a person
    or a pronoun as its subject; not "lost contact with", "lost their homes" (no relatives)."""
    node = token
    for _ in range(4):
        if node.head.i == node.i:
            return False
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            subject = next((c for c in node.children if c.dep_ == "nsubj"), None)
            return node.lemma_.lower() == "lose" and subject is not None and (
                subject.pos_ == "PRON" or subject.ent_type_ == "PERSON" or subject.lemma_.lower() in CIVILIANS) \
                and not any(c.lemma_.lower() == "contact" for c in node.children)
    return False


def _led_out(token: Token) -> bool:
    """Round 18, rule 42: people "led out of", "ushered out of" or "escorted out of" a building are moved
    out of it, ``displaced`` as people evacuated from one are; not "brought out alive" (rescued, rule 22)."""
    verb = next((t for t in predicate_chain(token)[1:] if t.pos_ in ("VERB", "AUX")), None)
    return verb is not None and verb.lemma_.lower() in _LEADING_OUT and any(
        c.lower_ == "out" and c.dep_ in ("prt", "prep", "advmod") for c in verb.children)


def _sent_by_illness(token: Token) -> bool:
    """Round 18, rule 43: people a cause of illness (smog, pollution, heat) "sent" to hospital are ill,
    ``affected``: "Smog sent 1.93 million to Punjab hospitals"; fumes or smoke from a fire stay wounds."""
    verb = next((t for t in predicate_chain(token)[1:] if t.pos_ in ("VERB", "AUX")), None)
    if verb is None or verb.lemma_.lower() not in ("send", "drive", "put"):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and any(t.lemma_.lower() in _ILLNESS_CAUSES for t in subject.subtree) and any(
        t.lemma_.lower() in ("hospital", "clinic", "ward", "emergency") for t in verb.subtree)


def _index_reading(token: Token) -> bool:
    """Round 18, rule 44: a figure that an index or reading "passes", "reaches", "hits" or "stands at"
    ("Lahore air index passes 1,000", "the AQI reached 480") is a reading, ``other``, never people."""
    verb = token.head if token.dep_ in ("dobj", "attr", "npadvmod") else (
        token.head.head if token.dep_ == "pobj" else None)
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return False
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and subject.lemma_.lower() in _READINGS


# Round 19 (issue 14; an earthquake, a software outage and a missile strike).

#: Machines a crash or an outage knocks out (rule 47).
_DEVICES = frozenset({"machine", "computer", "device", "pc", "laptop", "server", "terminal", "workstation"})
#: Words of a crash or an outage (rule 47): "crashed", "froze", "knocked offline", "the crash".
_CRASHING = frozenset({"crash", "freeze", "hit", "knock", "brick", "disable", "outage", "offline", "reboot"})
#: What people who are hurt seek (rule 48): "sought medical help".
_MEDICAL_HELP = frozenset({"help", "treatment", "care", "attention", "assistance", "aid"})
#: Verbs of a plane or a ship setting out or arriving (rule 49), with "carrying" personnel.
_SETTING_OUT = frozenset({"leave", "land", "arrive", "depart", "take", "set", "fly", "touch", "reach", "head"})
#: Animals that work beside personnel (rule 49): search dogs.
_WORKING_ANIMALS = frozenset({"dog"})


def _put_state_at(anchor: Token) -> str | None:
    """Round 19, rule 45: a bare figure "at" under a verb of putting whose object is a state or a measure noun, not a
    container ("the ministry put the dead at 296", "put deaths at 40"): that state."""
    if anchor.dep_ != "pobj" or anchor.head.lower_ != "at":
        return None
    verb = next((v for v in (anchor.head.head, *anchor.head.head.ancestors)
                 if v.pos_ == "VERB" and v.lemma_.lower() in _PUTTING), None)
    if verb is None:
        return None
    for obj in (c for c in verb.children if c.dep_ == "dobj" and c.i < anchor.i):
        if obj.lower_ in ADJECTIVES and any(d.lower_ == "the" for d in obj.lefts):
            return ADJECTIVES[obj.lower_]  # "the dead", "the injured"
        if obj.lemma_.lower() in NOUNS and obj.lemma_.lower() not in CONTAINERS:
            return NOUNS[obj.lemma_.lower()]  # "put deaths at 40"
        if obj.lower_ == "it":  # round 20, rule 70: "lists 1,094 dengue deaths ..., while figures ... put it at 1,079"
            counts = [t.head for t in anchor.sent if t.i < obj.i and t.dep_ == "nummod" and t.head.i < obj.i]
            if counts and counts[-1].lemma_.lower() in NOUNS and counts[-1].lemma_.lower() not in CONTAINERS:
                return NOUNS[counts[-1].lemma_.lower()]
    return None


def _colon_breakdown(anchor: Token) -> str | None:
    """Round 19, rule 46: a bare figure after a colon in its sentence, whose stretch before the colon (back to a comma,
    a semicolon or the sentence's start) ends on a plural noun of a measure (:data:`NOUNS`) with no figure after it:
    "accounts for most of the deaths: 1,351", "broken the deaths down by province: 1,452 in A, 764 in B"."""
    sent = anchor.sent
    colon = next((t for t in reversed(anchor.doc[sent.start:anchor.i]) if t.text == ":"), None)
    if colon is None:
        return None
    stretch = []
    for t in reversed(anchor.doc[sent.start:colon.i]):
        if t.text in (",", ";", ":"):
            break
        stretch.append(t)
    if len(stretch) > 14:
        return None
    for t in stretch:  # nearest the colon first
        if t.like_num or t.pos_ == "NUM":
            return None
        if t.pos_ == "NOUN" and t.lemma_.lower() in NOUNS and t.tag_ == "NNS" and t.lemma_.lower() not in CONTAINERS:
            return NOUNS[t.lemma_.lower()]
    return None


def _devices_down(anchor: Token) -> bool:
    """Round 19, rule 47: machines counted in a sentence that speaks of a crash or an outage (a verb or a noun of
    :data:`_CRASHING`) are knocked out by it: ``affected``."""
    return any(t.lemma_.lower() in _CRASHING and t.pos_ in ("VERB", "NOUN", "ADJ", "ADV") for t in anchor.sent)


def _device_container(anchor: Token) -> bool:
    """Round 19, rule 47: a bare figure "at" under a verb of putting whose object is a container of machines ("puts the
    number of machines that crashed at 8.5 million", the "at" hung anywhere below the verb)."""
    if anchor.dep_ != "pobj" or anchor.head.lower_ != "at":
        return False
    verb = next((v for v in (anchor.head.head, *anchor.head.head.ancestors)
                 if v.pos_ == "VERB" and v.lemma_.lower() in _PUTTING), None)
    return verb is not None and any(
        c.dep_ == "dobj" and c.lemma_.lower() in CONTAINERS and any(
            o.lemma_.lower() in _DEVICES for p in c.children if p.dep_ == "prep" and p.lower_ == "of"
            for o in p.children if o.dep_ == "pobj") for c in verb.children)


def _sought_help(token: Token) -> bool:
    """Round 19, rule 48: a figure whose verb is "seek" with an object of medical help ("32 had sought medical help",
    "sought treatment"): the hurt, ``wounded``; not "sought shelter" or "asylum"."""
    verb = next((t for t in predicate_chain(token)[1:] if t.pos_ in ("VERB", "AUX")), None)
    return verb is not None and verb.lemma_.lower() == "seek" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in _MEDICAL_HELP and (
            c.lemma_.lower() != "aid" or any(a.lower_ == "medical" for a in c.lefts)) for c in verb.children)


def _carried_out(token: Token) -> bool:
    """Round 19, rule 49: personnel that a verb "carry" governs where that verb hangs on a verb of setting out or arriving
    ("a plane left Zaragoza carrying 56 rescuers", "a ship docked ... carrying 40 doctors"): sent, ``deployed``."""
    verbs = [t for t in predicate_chain(token)[1:] if t.pos_ == "VERB"]
    if not verbs or verbs[0].lemma_.lower() != "carry":
        return False
    carry = verbs[0]
    return carry.dep_ in ("advcl", "xcomp", "acl", "conj", "ccomp") and carry.head.lemma_.lower() in _SETTING_OUT | {"send", "dispatch"}


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


#: Words of a place where people are when a blow falls (rule 50).
_PRESENT_PLACES = frozenset({"hospital", "building", "school", "clinic", "ward", "theatre", "hall", "shelter"})
#: Nouns of disruption (rule 55).
_DISRUPTIONS = frozenset({"disruption", "outage", "blackout", "downtime", "interruption"})
#: Things whose value falls (rule 56): "shares have lost 20%".
_VALUED = frozenset({"share", "stock", "price", "value", "currency", "index", "bond", "market", "company", "firm",
                     "group", "dollar", "euro", "pound", "rouble", "yen", "bitcoin", "revenue", "sale", "profit"})


def _first_verb(token: Token) -> Token | None:
    return next((t for t in predicate_chain(token)[1:] if t.pos_ in ("VERB", "AUX")), None)


def _present_when(token: Token) -> bool:
    """Round 19, rule 50: "were in the hospital when the missile landed": "be" in a place, with a clause of "when" or
    "as" on it: people present at the blow, not hurt by it."""
    verb = _first_verb(token)
    if verb is None or verb.lemma_.lower() != "be":
        return False
    place = any(c.dep_ == "prep" and c.lower_ in ("in", "at", "inside") and any(
        o.lemma_.lower() in _PRESENT_PLACES for o in c.children if o.dep_ == "pobj") for c in verb.children)
    when = any(c.dep_ == "advcl" and any(w.lower_ in ("when", "as", "while") and w.dep_ in ("advmod", "mark")
                                         for w in c.children) for c in verb.children)
    return place and when


def _yearly(token: Token) -> bool:
    """Round 19, rule 51: a present-tense verb of treating or admitting with "a year", "every year" or "annually" ("the
    hospital treats more than 20,000 children a year"): a capacity, not a count of people hurt."""
    verb = _first_verb(token)
    if verb is None or verb.tag_ not in ("VBZ", "VBP") or verb.lemma_.lower() not in ("treat", "admit", "see", "care"):
        return False
    near = [*token.subtree, *verb.children]
    return any(t.lemma_.lower() == "year" and t.dep_ == "npadvmod" for t in near) or any(
        t.lower_ in ("annually", "yearly") for t in near)


def _turned_up(token: Token) -> bool:
    """Round 19, rule 52: "Hundreds of volunteers had turned up", "200 firefighters showed up": arrived, ``deployed``."""
    node = token
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.pos_ in ("NOUN", "NUM"):
        node = token.head.head  # "Hundreds of volunteers"
    verb = _first_verb(node)
    return verb is not None and verb.lemma_.lower() in ("turn", "show") and any(
        c.lower_ == "up" and c.dep_ in ("prt", "advmod", "prep") for c in verb.children)


def _fronted_whole(noun: Token) -> bool:
    """Round 19, rule 53: "(that) of the 40 members, 23 had lost their homes": the noun is the object of an "of" hung on a
    verb, put before the verb's subject, which is a bare figure or has one: the whole a part is taken from."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "of" or prep.dep_ != "prep" or prep.head.pos_ not in ("VERB", "AUX"):
        return False
    subject = next((c for c in prep.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and prep.i < subject.i and (
        subject.pos_ == "NUM" or any(c.dep_ == "nummod" for c in subject.children))


def _gone(token: Token) -> bool:
    """Round 19, rule 54: "Twelve people from our lane are gone": "gone" as the complement of "be" (not "have gone"),
    outside an article about people fleeing, moving or returning."""
    if words(token.doc) & (FLIGHT_CUES | MIGRATION_CUES):
        return False
    verb = _first_verb(token)
    return verb is not None and verb.lemma_.lower() == "be" and any(
        c.lower_ == "gone" and c.dep_ in ("acomp", "attr") for c in verb.children)


def _disrupted(token: Token) -> bool:
    """Round 19, rule 55: a figure whose verb is "suffer", "see", "experience" or "report" with an object of disruption
    ("125 of the Fortune 500 companies suffered disruption"): ``affected``."""
    verb = _first_verb(token)
    return verb is not None and verb.lemma_.lower() in ("suffer", "see", "experience", "face", "report") and any(
        c.dep_ == "dobj" and c.lemma_.lower() in _DISRUPTIONS for c in verb.children)


def _lost_value(token: Token) -> bool:
    """Round 19, rule 56: a percentage "lost" by shares, stock, a currency or a company ("shares ... have lost more than
    20%"): a fall in value."""
    verb = _first_verb(token)
    if verb is None or verb.lemma_.lower() != "lose":
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None and verb.dep_ == "conj":
        subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)  # "shares fell ... and have lost"
    return subject is not None and (subject.lemma_.lower() in _VALUED or subject.pos_ == "PROPN")


def _per_head(anchor: Token) -> bool:
    """Round 19, rule 57: money followed by "per" + a person, family or household, or by "each" / "apiece" ("UAH 10,800
    per family member", "$500 per household", "200 euros each"): a rate per head."""
    after = anchor.doc[anchor.i + 1] if anchor.i + 1 < len(anchor.doc) else None
    if after is not None and after.lower_ in ("each", "apiece"):
        return True
    return any(c.dep_ == "prep" and c.lower_ == "per" and any(
        o.lemma_.lower() in CIVILIANS | {"person", "family", "household", "member", "head", "child", "pupil", "victim",
                                         "resident", "worker", "recipient", "applicant"}
        for o in c.children if o.dep_ == "pobj") for c in anchor.children) or (
        after is not None and after.lower_ == "per" and anchor.i + 2 < len(anchor.doc) and
        anchor.doc[anchor.i + 2].lemma_.lower() in ("person", "family", "household", "head", "member", "child"))


#: Round 20, rule 59: the harms an elided count can take from the figure before it.
_ELIDED_HARMS = frozenset({"killed", "wounded", "missing", "captured", "arrested"})


def _elided_harm(anchor: Token, counted: Token | None) -> str | None:
    """Round 20, rule 59: a bare figure, or one counting "others" or "more", whose own clause states no measure, after a
    figure in its sentence that counts a noun of a harm ("53 deaths had been confirmed ... and it was still examining
    281 others", "214 deaths confirmed and 687 more under investigation"): the same noun left out, that harm. The
    nearest figure before decides, and no other plural noun may stand between ("300 cases and 40 deaths, 12 of
    them ..." is left to the other rules)."""
    if counted is not None and counted.lower_ not in ("others", "more"):
        return None
    doc, sent = anchor.doc, anchor.sent
    start = anchor.i
    while start > sent.start and doc[start - 1].dep_ in ("quantmod", "advmod", "compound") and doc[start - 1].head.i == anchor.i:
        start -= 1
    for t in reversed(doc[sent.start:start]):
        if t.pos_ == "NUM" or t.like_num:
            if t.dep_ != "nummod" or t.head.i >= start:
                return None
            noun = t.head
            if any(n.tag_ == "NNS" and n.i != noun.i for n in doc[noun.i + 1:start]):
                return None
            state = NOUNS.get(noun.lower_) or NOUNS.get(noun.lemma_.lower())
            return state if state in _ELIDED_HARMS else None
    return None


def _numbered_state(anchor: Token) -> str | None:
    """Round 20, rule 60: a vague or bare figure that a state or a noun of a harm "numbers" or "is" ("the dead would
    number in the dozens", "Bayrou says dead will be 'dozens, not thousands'", "deaths could number in the hundreds"):
    the subject's measure; a figure in apposition or conjoined ("not thousands") goes by the first."""
    node = anchor
    while node.dep_ in ("appos", "conj") and node.head.pos_ in ("NUM", "NOUN") and node.head.i < node.i:
        node = node.head
    if node.dep_ == "pobj" and node.head.lower_ == "in" and node.head.head.lemma_.lower() == "number":
        verb = node.head.head
    elif node.dep_ == "attr" and node.head.lemma_.lower() == "be":
        verb = node.head
    else:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    if subject.lower_ in ADJECTIVES:
        return ADJECTIVES[subject.lower_]
    return NOUNS.get(subject.lemma_.lower()) if subject.tag_ == "NNS" else None


def _said_harmed(counted: Token) -> str | None:
    """Round 20, rule 61: people in a relative clause of saying whose content is a harm ("the names of 266 people it
    said had been killed", "40 civilians the army says were wounded"): that harm, as if said of them directly."""
    for clause in counted.children:
        if clause.dep_ == "relcl" and clause.lemma_.lower() in SAY_VERBS | {"believe", "fear", "report"}:
            for content in clause.children:
                if content.dep_ == "ccomp" and content.lemma_.lower() in VERBS and VERBS[content.lemma_.lower()] in HARM:
                    return VERBS[content.lemma_.lower()]
                if content.dep_ == "ccomp" and any(c.dep_ == "acomp" and c.lower_ in ADJECTIVES for c in content.children):
                    return next(ADJECTIVES[c.lower_] for c in content.children if c.dep_ == "acomp" and c.lower_ in ADJECTIVES)
    return None


#: Round 20, rule 62: pupils and students, whose classes or schooling a disaster disrupts.
_LEARNERS = frozenset({"pupil", "student", "child", "schoolchild", "learner", "teenager"})
_SCHOOLING = frozenset({"class", "classes", "schooling", "lesson", "education", "study", "studies", "learning"})
_DISRUPTING = frozenset({"disrupt", "interrupt", "suspend", "halt", "affect", "cancel"})


def _classes_disrupted(token: Token) -> bool:
    """Round 20, rule 62: people "of" whom classes, lessons or schooling are disrupted, interrupted or suspended
    ("disrupting the classes of 109,793 pupils", "the schooling of 2 million children was interrupted") are
    ``affected``, as children whose schooling smog disrupts are."""
    if not (token.dep_ == "pobj" and token.head.lower_ == "of"):
        return False
    noun = token.head.head
    if noun.lemma_.lower() not in _SCHOOLING and noun.lower_ not in _SCHOOLING:
        return False
    return noun.head.lemma_.lower() in _DISRUPTING and noun.dep_ in ("dobj", "nsubjpass", "nsubj")


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


#: Round 20, rule 64: homes, which are left without a service as people are ("more than 15,000 homes had no
#: electricity": ``affected``), though harm verbs count no homes.
_DWELLINGS = frozenset({"home", "house", "household", "dwelling"})


#: Round 20, rule 65: verbs of a court or the police whose "in" phrase holds court cases ("arrested 300 people in 72
#: cases").
_CASE_VERBS = frozenset({"arrest", "detain", "charge", "accuse", "indict", "name", "file", "sue", "try", "convict",
                         "prosecute", "hold", "jail", "sentence"})


def _court_case(case: Token) -> bool:
    """Round 20, rule 65: "cases" that are the "in" object of a verb of arrest or charging ("police arrested 11,112
    people in 721 cases", "charged 40 suspects in 12 cases") are court cases, ``other``, even in an article that
    speaks of illness."""
    return case.dep_ == "pobj" and case.head.lower_ == "in" and case.head.head.lemma_.lower() in _CASE_VERBS


#: Round 20, rule 66: what a quota or a labour market counts, which is no people: posts, jobs, positions.
_POSTS = frozenset({"post", "job", "position", "vacancy", "seat", "slot", "quota"})


def _misparsed_state(counted: Token) -> str | None:
    """Round 20, rule 67: a plural noun with a relative clause into which the parser hung the main predicate ("11
    fishermen who had put to sea before the storm were missing": "the storm were missing"): a plural "were"/"are"
    with a state adjective whose own subject is a singular noun does not agree with it, so the state is the counted
    noun's."""
    for clause in counted.children:
        if clause.dep_ != "relcl":
            continue
        for verb in clause.subtree:
            if verb.lower_ not in ("were", "are") or verb.i <= clause.i:
                continue
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            state = next((c for c in verb.children if c.dep_ == "acomp" and c.lower_ in ADJECTIVES), None)
            if subject is not None and state is not None and subject.tag_ == "NN":
                return ADJECTIVES[state.lower_]
    return None


def _carried_on(token: Token) -> bool:
    """Round 20, rule 68: aircraft, ships or flights "on" or "aboard" which personnel were flown, carried or brought
    ("1,500 personnel have been flown in on 13 planes", "troops arrived aboard four ships") carry a deployment:
    ``deployed``, as the personnel they carry."""
    if not (token.dep_ == "pobj" and token.head.lower_ in ("on", "aboard", "in", "by")):
        return False
    verb = token.head.head
    if verb.lemma_.lower() not in CARRYING | ARRIVING | {"carry"}:  # not "sent ... on two planes" (myanmar gold: other)
        return False
    people = [c for c in verb.children if c.dep_ in ("nsubjpass", "dobj", "nsubj")]
    return any(p.lemma_.lower() in PERSONNEL or p.lower_ in PERSONNEL for p in people)


def _recipient(counted: Token) -> bool:
    """Round 20, rule 71: places or bodies that are the active subject of a verb of receiving ("the 686 municipalities
    that have received the vaccine", "300 clinics received kits") are those supplied, not what was sent: ``other``."""
    if counted.dep_ == "nsubj" and counted.head.lemma_.lower() in RECEIVING | {"get", "obtain"}:
        return any(c.dep_ == "dobj" for c in counted.head.children)
    return any(c.dep_ == "relcl" and c.lemma_.lower() in RECEIVING | {"get", "obtain"} and
               any(d.dep_ == "nsubj" and d.lower_ in ("that", "which", "who") for d in c.children) and
               any(d.dep_ == "dobj" for d in c.children) for c in counted.children)


#: Round 20, rule 72: what a vaccination campaign does to people, and the words that make "reach" one.
_VACCINATING = frozenset({"vaccinate", "immunise", "immunize", "inoculate", "jab"})
_CAMPAIGN_CUES = frozenset({"dose", "vaccine", "vaccination", "campaign", "immunisation", "immunization", "jab",
                            "programme", "program"})


def _reached_by_campaign(token: Token) -> bool:
    """Round 20, rule 72: people a campaign vaccinates or hopes to reach ("it hopes to reach about 3.2 million people",
    "plans to vaccinate 2 million children") are people a policy reaches, ``affected``; "reach" only in a sentence of
    doses, vaccines or a campaign (not "the crowd reached 50,000 people")."""
    if token.dep_ != "dobj":
        return False
    verb = token.head
    lemma = verb.lemma_.lower()
    if lemma in _VACCINATING:
        return True
    return lemma == "reach" and any(t.lemma_.lower() in _CAMPAIGN_CUES or t.lower_.rstrip("s") in _CAMPAIGN_CUES
                                    for t in token.sent) and \
        not any(c.dep_ == "nsubj" and c.lemma_.lower() in CONTAINERS for c in verb.children)


def _admitted_in_illness(token: Token) -> bool:
    """Round 20, rule 73: people "admitted" (passive, to no named place: "16,400 children and teenagers were admitted
    between 2019 and 2023") in an article about an outbreak of illness (:data:`OUTBREAK_CUES`) are patients, ill:
    ``affected``, as the hospitalised of an outbreak are (rule 8e); not in a sentence of injuries."""
    verb = token.head
    if token.dep_ != "nsubjpass" or verb.lemma_.lower() != "admit":
        return False
    return bool(words(token.doc) & OUTBREAK_CUES) and not _injured(token)


def _toll_conjoined(anchor: Token) -> bool:
    """Round 20, rule 74: a bare or vague figure reached "into", "to", "past" or "above" by a verb conjoined to one
    whose subject is a toll ("the final toll may come close to 1,000 or even run into the thousands", "the toll
    could pass 200 and climb to 300"): the toll's level too, deaths."""
    if anchor.dep_ != "pobj" or anchor.head.lower_ not in ("into", "to", "past", "above", "beyond"):
        return False
    verb = anchor.head.head
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    if verb.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False  # a conjoined clause with its own subject
    node, chain = verb, [verb]
    while node.dep_ == "conj" and node.head is not node and len(chain) < 4:
        node = node.head
        if node.pos_ == "NUM" and node.dep_ == "dobj":  # "pass 300 or even climb into": "climb" hung on the figure
            node = node.head
        chain.append(node)
    return any(c.dep_ == "nsubj" and c.lemma_.lower() == "toll" for v in chain for c in v.children)


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


# --- round 21 (issue 14; a gang war and its jailbreaks, a general election, a developer's liquidation) --------------

#: Nouns of a harm done that count people only as the counted noun itself ("438 kidnappings"), never as the compound
#: of another ("582 kidnapping incidents" are incidents, round 21).
_EVENTS = frozenset({"kidnapping", "abduction"})
#: People held in a jail (rule 76).
_INMATES = frozenset({"inmate", "prisoner", "convict"})
#: Words of a jail (rule 76).
_JAILS = frozenset({"prison", "jail", "gaol", "penitentiary", "jailbreak", "prisons", "jails"})
#: Words of people held by a side, whose prisoners stay ``captured`` (rule 4c): a swap, hostages, a war's prisoners
#: (not kidnappings: a gang war's jailbreak story speaks of them, and its inmates stay ``other``).
_HELD_BY_A_SIDE = frozenset({"swap", "exchange", "hostage", "captivity", "captive", "pow", "war"})


def _jail_inmates(anchor: Token) -> bool:
    """Round 21, rule 76: prisoners or inmates held, freed or escaped in an article about a jail (:data:`_JAILS`) that
    speaks of no swap, hostage or war (:data:`_HELD_BY_A_SIDE`): held under the law, not by a side, ``other``."""
    found = words(anchor.doc)
    return bool(found & _JAILS) and not found & _HELD_BY_A_SIDE


def _value_lost(anchor: Token) -> bool:
    """Round 21, rule 77 (rule 56 widened): a bare percentage "lost" (no "of" phrase of people after it) whose verb's
    subject is no people ("The carmaker had lost 18%", "... and the property manager 2.5%"): a fall in value."""
    verb = _first_verb(anchor)
    if verb is None or verb.lemma_.lower() != "lose":
        return False
    figure = anchor
    while figure.head.i != figure.i and figure.head.lower_ in ("%", "percent") or figure.dep_ in ("nummod", "compound"):
        figure = figure.head
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in (*figure.children, *anchor.children)):
        return False  # "lost 18% of its residents"
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return False
    lemma = subject.lemma_.lower()
    return lemma not in CIVILIANS | PERSONNEL | set(NOUNS) and subject.pos_ in ("NOUN", "PROPN") and \
        subject.ent_type_ not in ("GPE", "NORP", "LOC")


#: Bodies of personnel sent together (rule 78).
_FORCES = frozenset({"force", "contingent", "mission", "deployment", "battalion", "detachment", "vanguard"})
#: Verbs by which personnel set out for a mission (rule 78).
_SETTING_OUT = frozenset({"leave", "depart", "land", "fly", "set"})
#: Verbs of a level (rule 78): a force "meant to reach 2,500 personnel", "cut to 200".
_FORCE_LEVELS = frozenset({"reach", "number", "total", "cut", "reduce", "grow", "rise", "increase", "swell", "be",
                           "stand", "comprise", "include", "have"})
#: Verbs of promising personnel (rule 78).
_OFFERING = frozenset({"pledge", "promise", "offer", "commit"})


def _force_sent(token: Token) -> bool:
    """Round 21, rule 78: personnel (not a workforce) who "left", "departed" or "landed" a place named or "for" / "in"
    one, or "for" a mission ("about 400 officers had left Nairobi", "300 soldiers landed in Port Moresby"), who are pledged, promised or
    offered ("Kenya has pledged 1,000 officers"), or who are the level a force or contingent reaches (:data:`_FORCES`:
    "a force that is meant to reach 2,500 personnel") are ``deployed``; so are personnel of a headline whose verb of
    arrival the tagger read as a noun ("Hundreds of Kenyan police land in Haiti", :data:`.counted.MISREAD_ARRIVALS`)."""
    verb = _first_verb(token)
    if verb is None:
        return False
    lemma = verb.lemma_.lower()
    if token.dep_ == "nsubj" and lemma in _SETTING_OUT and (lemma != "set" or any(
            c.dep_ == "prt" and c.lower_ in ("off", "out") for c in verb.children)):
        return any(c.dep_ == "dobj" and _named_place(c) or
                   c.dep_ == "prep" and c.lower_ in ("for", "in", "at", "from") and any(
                       o.dep_ == "pobj" and (_named_place(o) or o.lemma_.lower() in _FORCES | {"operation", "front"})
                       for o in c.children) for c in verb.children)
    if token.dep_ == "dobj" and lemma in _OFFERING:
        return True
    if token.dep_ in ("dobj", "attr", "pobj") and lemma in _FORCE_LEVELS:
        holder = verb
        while holder.dep_ in ("xcomp", "ccomp") and holder.head.i != holder.i:
            holder = holder.head  # "is meant to reach"
        subject = next((c for c in holder.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None and subject.lower_ in ("that", "which") and holder.dep_ == "relcl":
            subject = holder.head  # "a force that is meant to reach"
        return subject is not None and subject.lemma_.lower() in _FORCES
    return False


def _named_place(token: Token) -> bool:
    """A place by name (rule 78): a proper noun or a place entity ("Nairobi", "Port Moresby"), which the tagger may
    take for a person."""
    return token.pos_ == "PROPN" or token.ent_type_ in ("GPE", "LOC", "FAC")


def _force_level(anchor: Token) -> bool:
    """Round 21, rule 78: a bare level "to" or "at" which a force or contingent (:data:`_FORCES`) is cut, raised or put
    ("the first contingent had been cut to 200", "the mission will grow to 2,500"): ``deployed`` personnel."""
    prep = anchor.head
    if anchor.dep_ != "pobj" or prep.lower_ not in ("to", "at") or prep.head.pos_ not in ("VERB", "AUX"):
        return False
    verb = prep.head
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and subject.lemma_.lower() in _FORCES and verb.lemma_.lower() in _FORCE_LEVELS


#: Verbs of flight (rule 79).
_FLEEING = frozenset({"flee", "fled"})


def _fled(token: Token) -> bool:
    """Round 21, rule 79: people with a relative clause of flight ("counted 6,270 people ... who fled the area") and
    households or families "from" which they came ("6,270 people, from 1,281 households, who fled") are ``displaced``."""
    if any(c.dep_ == "relcl" and c.lemma_.lower() in _FLEEING for c in token.children):
        return True
    if token.dep_ == "pobj" and token.head.lower_ == "from":
        return False  # the households of "from 1,281 households, who fled": the parser's relative clause is theirs
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if after is None or after.text != "," or after.i + 1 >= len(token.doc) or token.doc[after.i + 1].lower_ != "from":
        return False
    group = next((t for t in token.doc[after.i + 2:token.sent.end] if t.dep_ == "pobj" and t.head.i == after.i + 1), None)
    return group is not None and any(c.dep_ == "relcl" and c.lemma_.lower() in _FLEEING for c in group.children)


#: Containers a later sentence names a count by (rule 80).
_RESTATED = frozenset({"figure", "number", "total", "count", "tally"})
#: Nouns after a figure that count nothing a later figure could restate (rule 80).
_NO_COUNT = frozenset({"other", "more", "%", "percent", "second", "minute", "hour", "day", "week", "month", "year",
                       "decade", "time"})
#: Verbs of counting a figure again (rule 80): "when it counted about 362,000".
_RECOUNTING = frozenset({"count", "record", "register", "tally", "put"})


def _count_restated(anchor: Token) -> str | None:
    """Round 21, rule 80: a bare figure that restates an earlier count of people, either the level of "the figure",
    "the number" or "the total" with no noun of its own ("In the south alone the figure rose from 116,000 to
    270,000") or the bare object of a verb of counting ("up 60% since March, when it counted about 362,000"), takes
    the measure of the nearest earlier figure with a noun, in its sentence or the one before, where that figure counts
    people and states one (not ``other``)."""
    node = anchor
    while node.dep_ in ("compound", "quantmod", "nummod") and node.head.pos_ == "NUM":
        node = node.head
    verb = None
    if node.dep_ == "dobj" and node.head.lemma_.lower() in _RECOUNTING:
        verb = node.head
    elif node.dep_ == "pobj" and node.head.lower_ in ("to", "from", "at") and node.head.head.pos_ in ("VERB", "AUX"):
        level = node.head.head
        subject = next((c for c in level.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None and subject.lemma_.lower() in _RESTATED and not any(
                c.dep_ == "prep" for c in subject.children):
            verb = level
    if verb is None:
        return None
    doc = anchor.doc
    sentences = list(doc.sents)
    index = next(i for i, s in enumerate(sentences) if s.start <= anchor.i < s.end)
    start = sentences[index - 1].start if index else anchor.sent.start
    for earlier in reversed(doc[start:anchor.i]):
        if not (earlier.pos_ == "NUM" or earlier.like_num) or earlier.dep_ not in ("nummod",) or \
                earlier.head.pos_ not in ("NOUN", "PROPN") or earlier.head.lemma_.lower() in _NO_COUNT:
            continue  # "up 60%", "in three months": no count of anything
        if earlier.head.lemma_.lower() not in CIVILIANS | {"people"}:
            return None  # the count before is of things ("destroyed 64 homes ..., the count could rise to 200")
        state, _ = _measure(earlier.head, earlier, earlier.head.lemma_.lower())
        return state if state != "other" else None
    return None


def _tallied_sentence(anchor: Token) -> bool:
    """Round 21, rule 81: a sentence that counts seats, MPs, votes or points (:data:`TALLIED`) besides the figure: a
    "loss" in it is one of those, not of lives ("measured against the 365 MPs ..., the loss was 244")."""
    return any(t.i != anchor.i and (t.lemma_.lower() in TALLIED or t.lower_ in ("mps", "seats", "votes"))
               for t in anchor.sent)


def _rate_per(anchor: Token) -> bool:
    """Round 21, rule 82: a figure followed (right after it or after its noun) by "for each", "for every" or "per"
    ("fewer than 24,000 votes for each of its 411 seats", "about 56,000 for each of theirs", "49,000 per MP") is a rate
    per thing, ``other``: no people in need nor a delivery."""
    doc = anchor.doc
    i = anchor.i + 1
    if i < len(doc) and doc[i].pos_ == "NOUN" and anchor.dep_ == "nummod" and anchor.head.i == i:
        i += 1
    following = [t.lower_ for t in doc[i:i + 2]]
    return following[:1] == ["per"] and i + 1 < len(doc) and doc[i + 1].pos_ in ("NOUN", "PROPN") or \
        following in (["for", "each"], ["for", "every"])
