"""Issue 14, round 23 (measures): a gapped conjunct's own figure (rule 90), the groups a toll includes (91), people
treated in a story of injuries (92), jails and their escapees (93), water in homes (94), temporary homes provided (95),
people asked to leave (96), a part "of them" (97), a multiple of a toll (98) and misparsed approximations and bare
harms (99). Sentences written for these tests, in
our own words, about other events; each group has cases that must not fire."""

from __future__ import annotations

import pytest

from sentence_claims import claim_of

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, figure, measure", [
    # rule 90: a conjunct with its own figure counts it alone
    ("On Monday, 45 people were killed and more than 200 hurt in the blasts.", "45", "killed"),
    ("In the night raids 12 villagers were killed and 30 injured, the governor said.", "12", "killed"),
    # must not fire: one figure that both harms befall
    ("Some 80 people were killed or injured in the stampede.", "Some 80", "casualties"),
    # rule 91: the dead included ...
    ("The police said the dead included at least 14 students and two soldiers.", "at least 14", "killed"),
    ("The police said the dead included at least 14 students and two soldiers.", "two", "killed"),
    ("Officials said the injured included 30 schoolchildren.", "30", "wounded"),
    # must not fire: a group of no harm
    ("The delegation included 14 students and two teachers.", "14", "other"),
    # rule 92: treated, admitted or taken to hospital in a story of injuries
    ("Police fired on the crowd and dozens were wounded. City Hospital had taken in about 80 of them, officials said.",
     "about 80", "wounded"),
    ("Dozens were injured in the blasts. By evening more than 300 people had been treated across the province, at "
     "least 120 of them in the capital.", "more than 300", "wounded"),
    ("Police beat the marchers, injuring many. He said three friends were taken to the Trauma Centre.", "three",
     "wounded"),
    ("Several buses were hit and many passengers were injured. The clinic in Arba admitted 25 people overnight.", "25",
     "wounded"),
    # must not fire: a condition of no injury, no injuries at all, an outbreak, a yearly capacity
    ("Dozens were injured. The clinic treated 40 people for shock.", "40", "affected"),
    ("The clinic treated 40 people after the storm.", "40", "other"),
    ("The hospital treats 20,000 people a year, and dozens were wounded on Monday.", "20,000", "other"),
    ("The shelling injured dozens. Some 300 people were being treated at the clinic at the time of the attack.",
     "Some 300", "other"),
    # rule 93: jails and their escapees
    ("Inmates fled from more than a dozen prisons on Monday after rioters stormed them.", "more than a dozen", "other"),
    ("Rioters set the jail on fire. The border guard said it had detained at least 30 escapees near the crossing.",
     "at least 30", "other"),
    ("In the north, 80 of the 120 inmates held in the jail escaped, leaving 40 behind.", "40", "other"),
    # must not fire: people arrested outside the jail
    ("After the jailbreak, police arrested 30 protesters in the capital.", "30", "arrested"),
    # rule 94: water in their homes
    ("More than 2,000 households in the district had water in their homes, the mayor said.", "More than 2,000",
     "affected"),
    ("About 600 residents found mud in their cellars when the river fell.", "About 600", "affected"),
    # must not fire: water of no flood
    ("About 600 residents had water for only two hours a day.", "About 600", "other"),
    # rule 95: temporary homes provided
    ("The government has placed 40 mobile homes in the town, and has asked for another 100.", "40", "supplied"),
    ("The government has placed 40 mobile homes in the town, and has asked for another 100.", "100", "supplied"),
    ("The army delivered 25 prefabricated houses to the valley on Friday.", "25", "supplied"),
    # must not fire: homes destroyed, homes of no temporary kind
    ("The flood destroyed 40 mobile homes in the park.", "40", "other"),
    ("The council has built 60 homes on the estate.", "60", "other"),
    # rule 96: people asked to leave
    ("In Zlin, the mayor asked about 8,000 of the town's 40,000 residents to move to higher ground on Sunday.",
     "about 8,000", "displaced"),
    ("The governor ordered 3,000 villagers to leave the valley before the dam gave way.", "3,000", "displaced"),
    # must not fire: the whole they are taken from, people asked to stay
    ("In Zlin, the mayor asked about 8,000 of the town's 40,000 residents to move to higher ground on Sunday.",
     "40,000", "other"),
    ("The mayor asked 300 residents to stay indoors.", "300", "other"),
    # rule 97: a part "of them"
    ("Police in the region said five people were missing. Three of them were in a van that was swept into a stream.",
     "Three", "missing"),
    # must not fire: a part of things
    ("Officials counted 40 cars on the bridge. Three of them were in the river.", "Three", "other"),
    # rule 98: a multiple of a toll
    ("Shelling has killed 420 people and wounded 1,300, a monitoring group said on Monday, almost four times the last "
     "toll the government has given.", "almost four times", "killed"),
    ("The group said 5,000 people were injured, three times the number of injured reported by the ministry.",
     "three times", "wounded"),
    # must not fire: a multiple of no measure
    ("The storm destroyed 300 homes, twice the number destroyed last year.", "twice", "other"),
    # rule 99: "about" read as a preposition, a bare harm with a figure for subject
    ("Rockets fell on the market town on Monday afternoon, killing at least seven people and wounding about 1,900, the "
     "interior minister said late in the evening.", "at least seven", "killed"),
    ("Rockets fell on the market town on Monday afternoon, killing at least seven people and wounding about 1,900, the "
     "interior minister said late in the evening.", "about 1,900", "wounded"),
    ("The army put the toll at 31, six of them killed when a rocket struck a bus.", "six", "killed"),
    # must not fire: a figure that kills
    ("The court heard that the 3 brothers killed a guard and took his keys.", "3", "other"),
])
def test_round23_measures(nlp, text, figure, measure):
    assert claim_of(nlp, text, figure).measure == measure
