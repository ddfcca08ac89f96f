"""Issue 14, round 20 (measures): doses gone out or contracted (rule 58), an elided harm (59), a state that numbers
(60), people said to be harmed (61), classes disrupted (62), the figure of N told before (63), homes without a service
(64), court cases (65), posts that are no people (66), a predicate hung in a relative clause (67), planes personnel
were flown on (68), an illness noun's level (69), "put it at" (70), receivers (71), people a campaign reaches (72),
people admitted in an epidemic (73) and a toll's conjoined level (74). Sentences written for these tests, in our own
words, about other events; each group has cases that must not fire."""

from __future__ import annotations

import pytest

from sentence_claims import claim_of, claims_of


@pytest.mark.model
@pytest.mark.parametrize("text, figure, measure", [
    # rule 58: doses gone out or contracted
    ("Some 40,000 doses of the malaria vaccine went out to clinics in the north on Monday.", "Some 40,000", "supplied"),
    ("Another 2 million doses have been contracted for next year, the agency said.", "2 million", "supplied"),
    ("About 90,000 vials were distributed to district hospitals.", "About 90,000", "supplied"),
    # must not fire: doses needed
    ("The country needs 3 million doses to cover its children.", "3 million", "other"),
    # rule 59: an elided harm after a count of deaths
    ("The health office has confirmed 40 measles deaths and is still investigating 65 others.", "65", "killed"),
    ("Officials reported 120 cholera cases, with 12 deaths confirmed and 9 more under investigation.", "9", "killed"),
    ("The agency listed 30 deaths as confirmed and 14 still under review.", "14", "killed"),
    # must not fire: the figure before counts no harm, or the figure has its own noun
    ("Officials reported 300 suspected cholera cases and 40 more under investigation.", "40", "affected"),
    ("The agency counted 30 deaths and 400 infections.", "400", "affected"),
    # rule 60: a state that numbers
    ("The governor said he expected the dead to number in the hundreds.", "hundreds", "killed"),
    ("The minister believes the dead will number in the dozens.", "dozens", "killed"),
    ("Minister says injured will be 'hundreds, not thousands'", "thousands", "wounded"),
    # must not fire: a crowd that numbers
    ("Organisers said the marchers would number in the thousands.", "thousands", "other"),
    # rule 61: people said to be harmed
    ("The group published a list of 150 people it says were killed by the militia.", "150", "killed"),
    ("Rights workers gave the names of 42 villagers they said had been abducted.", "42", "captured"),
    # must not fire: people said to have voted
    ("The party named 300 members it said had joined this year.", "300", "other"),
    # rule 62: classes disrupted
    ("The floods damaged 80 schools, disrupting the lessons of 45,000 children.", "45,000", "affected"),
    ("The schooling of some 2 million students was interrupted by the strike.", "some 2 million", "affected"),
    # must not fire: classes taught
    ("The teachers gave classes to 300 pupils.", "300", "other"),
    # rule 64: homes without a service
    ("About 20,000 homes had no electricity on Sunday, the utility said.", "About 20,000", "affected"),
    ("Officials said 3,500 houses did not have running water.", "3,500", "affected"),
    # must not fire: homes destroyed stay things
    ("The storm destroyed 3,500 houses.", "3,500", "other"),
    # rule 65: court cases in an article that speaks of illness
    ("The cholera outbreak has spread. Police detained 400 people in 35 cases over the riots that followed.",
     "35", "other"),
    # must not fire: cases of the disease
    ("The cholera outbreak has spread, with 35 cases in the capital.", "35", "affected"),
    # rule 66: posts are no people
    ("The ruling left 80% of posts to be filled by open competition.", "80%", "other"),
    ("The reform leaves 60% of jobs open to all candidates.", "60%", "other"),
    # rule 67: a predicate hung in a relative clause
    ("Nine sailors who had left port before the gale were missing, officials said.", "Nine", "missing"),
    # must not fire: a relative clause that says its own state
    ("The 30 miners who had entered the shaft before the blast were safe, the company said.", "30", "other"),
    # rule 68: planes that carried personnel
    ("Some 600 soldiers have been flown in on 8 planes since Friday.", "8", "deployed"),
    ("About 200 rescuers arrived aboard three ships.", "three", "deployed"),
    ("Some 900 gendarmes remain on the island.", "Some 900", "deployed"),
    # must not fire: planes grounded
    ("Some 40 planes were grounded by the storm.", "Some 40", "other"),
    # rule 69: an illness noun's level in a headline
    ("Peru declares emergency as dengue cases near 200,000", "near 200,000", "affected"),
    ("Cholera infections climb to 3,000 in Zambia", "3,000", "affected"),
    # rule 70: put it at
    ("The register shows 512 flood deaths, while figures the agency gave earlier put it at 498.", "498", "killed"),
    # must not fire: "it" with no count noun before
    ("The insurer put it at 40 million dollars.", "40 million", "other"),
    # rule 71: receivers
    ("About 400 clinics have received the vaccine so far.", "About 400", "other"),
    ("None of the 120 towns that received the kits reported shortages.", "120", "other"),
    # must not fire: what is received
    ("The clinics received 400,000 doses.", "400,000", "supplied"),
    # rule 72: people a campaign reaches
    ("The campaign plans to vaccinate 2 million children by June.", "2 million", "affected"),
    ("With the new doses, the ministry hopes to reach 500,000 people this year.", "500,000", "affected"),
    # must not fire: "reach" with no campaign
    ("The crowd reached 50,000 people by noon.", "50,000", "other"),
    # rule 73: admitted in an epidemic
    ("During the measles epidemic, 2,300 children were admitted between January and May.", "2,300", "affected"),
    # must not fire: no outbreak
    ("Some 2,300 students were admitted to the university this year.", "Some 2,300", "other"),
    # rule 75: bare doses bought or pledged
    ("The 200,000 doses Japan donated arrived on Friday, on top of the 1.5 million the government bought in May.",
     "1.5 million", "supplied"),
    ("Donors sent 40,000 vials in March, after the 60,000 that UNICEF pledged in January.", "60,000", "supplied"),
    # must not fire: a bare figure with no doses in the sentence
    ("The company hired 300 workers, on top of the 1,200 the city recruited.", "1,200", "other"),
    # rule 74: a toll's conjoined level
    ("The toll could pass 300 or even climb into the thousands, officials warned.", "thousands", "killed"),
    ("The toll may rise above 50 and reach into the hundreds, the governor said.", "hundreds", "killed"),
    # must not fire: a crowd's conjoined level
    ("The crowd could pass 300 or even climb into the thousands, organisers said.", "thousands", "other"),
])
def test_round20_measures(nlp, text, figure, measure):
    assert claim_of(nlp, text, figure).measure == measure


@pytest.mark.model
@pytest.mark.parametrize("text, figure, measure", [
    # rule 63: the figure of N told before (the second mention is the one checked)
    ("The militia said 48 civilians had been killed in the raid. The army on Tuesday disputed the figure of 48.",
     "48", "killed"),
    ("Police said more than 90 people were injured in the blast. The mayor rejected the figure of more than 90 "
     "as exaggerated.", "more than 90", "wounded"),
    # must not fire: a figure told before with no measure
    ("The town has 4,000 residents. The council questioned the figure of 4,000.", "4,000", "other"),
])
def test_round20_figure_told(nlp, text, figure, measure):
    found = [c for c in claims_of(nlp, text) if c.quantity.text == figure]
    assert len(found) == 2 and found[-1].measure == measure, [(c.quantity.text, c.measure) for c in found]
