"""Issue 14, round 26 (measures, counted, modality, detection): people who could not be found (rule 104), what a
sender sends with people (105), the bodies personnel come from (106), people whose clause says they died (107),
a disease found on farms (108), farm animals culled (109), people with wounds (110), foreign troops backing a side
(111), parts in an absolute clause (112), a state put at N (113); a percentage of change counts its subject; a bare
fronted "Of the N"; entitlements are projected, failed searches are not; a unit of sale and a purchase limit are
no claims. Sentences written for these tests, in our own words, about other events; each group has cases that
must not fire."""

from __future__ import annotations

import pytest

from sentence_claims import claim_of, claims_of

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, figure, measure", [
    # rule 104: people who could not be found are missing; the whole they are taken from is not
    ("The mayor said that 12 hikers could not be found after the avalanche.", "12", "missing"),
    ("Officials said about 40 of the 300 pupils staying at the hostel could not be accounted for.", "about 40",
     "missing"),
    ("Officials said about 40 of the 300 pupils staying at the hostel could not be accounted for.", "300", "other"),
    # must not fire: things that could not be found, people who were found
    ("Rescuers said 12 hikers were found on the ridge.", "12", "other"),
    # rule 105: materiel sent with people to a scene is deployed
    ("The province said it had sent 8 helicopters, 20 boats and 15 rescue crews to the valley.", "20", "deployed"),
    ("The army has sent more than 600 soldiers and more than 150 trucks to the flooded districts.", "more than 150",
     "deployed"),
    ("The army deployed 12 patrol boats and 300 soldiers along the river, an officer said.", "12", "deployed"),
    # must not fire: materiel sent to another country with no people
    ("Germany has sent 20 tanks and 40 howitzers to Ukraine.", "40", "supplied"),
    # rule 106: the bodies personnel come from
    ("The governor said 250 firefighters from 14 departments were battling the blaze.", "14", "other"),
    ("The governor said 250 firefighters from 14 departments were battling the blaze.", "250", "deployed"),
    # rule 107: the number of people who died
    ("The number of people known to have drowned in the floods rose to 31 on Monday, up from 19.", "31", "killed"),
    ("The number of people known to have drowned in the floods rose to 31 on Monday, up from 19.", "19", "killed"),
    # must not fire: a number of people who are alive
    ("The number of people known to have voted rose to 3,100 on Monday.", "3,100", "other"),
    # rule 108: a disease found on farms
    ("Inspectors have detected the virus on 37 pig farms in the region.", "37", "affected"),
    ("The disease has been confirmed in 12 sheep flocks since May.", "12", "affected"),
    # must not fire: farms counted with no disease
    ("Inspectors have visited 37 pig farms in the region.", "37", "other"),
    # rule 109: farm animals culled or lost
    ("About 2 million turkeys were culled across the state last month.", "About 2 million", "killed"),
    ("\"We lost 40,000 broilers in one week,\" the farmer said.", "40,000", "killed"),
    # must not fire: animals counted alive
    ("The farm keeps about 40,000 broilers in six sheds.", "about 40,000", "other"),
    # rule 110: people with wounds
    ("Doctors said they had treated dozens of people with burns and shrapnel wounds.", "dozens", "wounded"),
    # must not fire: people with something else
    ("Doctors said they had seen dozens of people with questions about the vaccine.", "dozens", "other"),
    # rule 111: foreign troops backing a side
    ("Analysts say about 1,500 Chadian troops are supporting the government offensive.", "about 1,500", "deployed"),
    # rule 112: parts in an absolute clause take the whole's measure
    ("The ministry said 11 of its police officers had been killed, three of them serving in the north and eight "
     "in the capital.", "three", "killed"),
    ("The ministry said 11 of its police officers had been killed, three of them serving in the north and eight "
     "in the capital.", "eight", "killed"),
    # rule 113: a state put at N
    ("The town's injured, put at about 250 by the Red Cross, filled two clinics.", "about 250", "wounded"),
    ("The valley's dead, estimated at more than 80 by local officials, have not been buried.", "more than 80",
     "killed"),
    # must not fire: a thing put at N
    ("The harvest, put at 3 million tonnes, was the smallest in a decade.", "3 million", "other"),
])
def test_round26_measures(nlp, text, figure, measure):
    assert claim_of(nlp, text, figure).measure == measure


@pytest.mark.parametrize("text, figure, counted", [
    # a percentage of change counts the changing noun
    ("Prices rose 9.5% in March.", "9.5%", "price"),
    ("He said exports had fallen by as much as 30% in a month.", "as much as 30%", "export"),
    # must not fire: a name's change
    ("The Nikkei fell 3% on Monday.", "3%", None),
    # a state put at N counts people
    ("The valley's dead, estimated at more than 80 by local officials, have not been buried.", "more than 80",
     "person"),
    # a bare fronted "Of the N" counts what the N counted before
    ("The ministry has recorded 52 measles cases this year. Of the 52, 30 were in children.", "30",
     "measles case"),
])
def test_round26_counted(nlp, text, figure, counted):
    assert claim_of(nlp, text, figure).counted == counted


@pytest.mark.parametrize("text, figure, modality", [
    # a failed search is no forecast
    ("The mayor said that 12 hikers could not be found after the avalanche.", "12", "reported"),
    # must not fire: a forecast
    ("The mayor said that the toll could reach 12.", "12", "projected"),
    # an entitlement is yet to be paid
    ("Under the scheme, a fisherman who lost his boat can receive up to $5,000.", "up to $5,000", "projected"),
    # must not fire: a payment made
    ("Under the scheme, a fisherman who lost his boat received up to $5,000 last year.", "up to $5,000", "reported"),
])
def test_round26_modality(nlp, text, figure, modality):
    assert claim_of(nlp, text, figure).modality == modality


@pytest.mark.parametrize("text, absent, present", [
    # detection round 26, rule 1: a unit of sale
    ("Lemons sold for $2.80 a dozen at the market on Friday.", "a dozen", "2.80"),
    # must not fire: a dozen counted
    ("Police arrested a dozen protesters on Friday.", None, "a dozen"),
    # rule 2: a purchase limit
    ("Shops have restricted buyers to three bags each.", "three", None),
    # must not fire: a count after a verb of limiting with no "each"
    ("The store limited entry to 200 customers on Saturday.", None, "200"),
])
def test_round26_detection(nlp, text, absent, present):
    found = [c.quantity.text for c in claims_of(nlp, text)]
    if absent is not None:
        assert absent not in found
    if present is not None:
        assert present in found
