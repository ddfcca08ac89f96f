"""Issue 14, round 21 (measures and detection): jail inmates (rule 76), a value lost (77), personnel of a force
(78), people who fled (79), a count restated (80), a loss of seats (81), a rate per thing (82), kidnappings counted,
MPs given, money in yuan or in national dollars, and lists of names with figures that leave the noun out. Sentences
written for these tests, in our own words, about other events; each group has cases that must not fire."""

from __future__ import annotations

import pytest

from sentence_claims import claim_of, claims_of

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, figure, measure", [
    # rule 76: jail inmates are held under the law, not by a side
    ("The central jail in Bamako held some 2,100 inmates before the riot, a rights group said.", "some 2,100", "other"),
    ("Armed men stormed the prison in Kaduna overnight and freed more than 800 prisoners.", "more than 800", "other"),
    ("About 600 inmates escaped from the penitentiary, the justice ministry said.", "About 600", "other"),
    # must not fire: prisoners of a swap or of a war stay captured
    ("The two sides swapped 250 prisoners at the border on Friday.", "250", "captured"),
    ("The prisoner exchange freed 95 soldiers held in captivity since spring.", "95", "captured"),
    # rule 77: a percentage a company lost is a fall in value
    ("The airline had lost 12% by the close and the tour operator 3.5%.", "12%", "other"),
    ("The lender lost 7% in early trade in Frankfurt.", "7%", "other"),
    # must not fire: a share of people lost
    ("The village lost 30% of its residents in the epidemic.", "30%", "killed"),
    # rule 78: personnel who set out, are pledged, or fill a force
    ("The ministry said about 300 soldiers had left Dakar for the mission on Sunday.", "about 300", "deployed"),
    ("Roughly 150 police officers departed Accra overnight, the government said.", "Roughly 150", "deployed"),
    ("Rwanda has pledged 800 troops to the regional force.", "800", "deployed"),
    ("The mission is expected to reach 3,000 personnel by December.", "3,000", "deployed"),
    ("Officials denied that the contingent had been reduced to 120 because of costs.", "120", "deployed"),
    # must not fire: workers who leave a firm, a crowd level
    ("About 400 workers had left the factory by noon.", "About 400", "other"),
    ("Officials said the crowd had been reduced to 120 by the evening.", "120", "other"),
    # rule 79: people who fled, and the households they came from
    ("Aid workers registered 4,150 people, from 900 families, who fled the district after the raid.", "4,150",
     "displaced"),
    ("Aid workers registered 4,150 people, from 900 families, who fled the district after the raid.", "900",
     "displaced"),
    ("Officials counted 2,300 residents who fled the valley as the water rose.", "2,300", "displaced"),
    # must not fire: residents who stayed
    ("Officials counted 2,300 residents who stayed in the valley.", "2,300", "other"),
    # rule 81: a loss of seats in a sentence that counts seats
    ("Against the 280 seats it held before, the party's loss was 150, its leader said.", "150", "other"),
    # must not fire: losses of a battle
    ("The army said its loss was 150 in the battle.", "150", "casualties"),
    # rule 82: a rate per thing
    ("The Greens needed about 90,000 votes for each of their seats.", "about 90,000", "other"),
    # lexicon: kidnappings counted are people taken; kidnapping incidents are not
    ("Police recorded 212 kidnappings in the province last year.", "212", "captured"),
    ("Police recorded 1,900 victims in 212 kidnapping incidents last year.", "212", "other"),
    # rule 24 widened: MPs given are seats
    ("The result gave the Liberals 64 MPs, their best showing in decades.", "64", "other"),
])
def test_round21_measures(nlp, text, figure, measure):
    assert claim_of(nlp, text, figure).measure == measure


@pytest.mark.parametrize("text, figures, measure", [
    # rule 80: a count restated as "the figure" or counted again takes the people's measure
    ("The agency said 41,000 people were displaced in the east, up from March, when it counted about 30,000. "
     "In the coastal districts the figure rose from 9,000 to 15,000, it said.",
     ["about 30,000", "9,000", "15,000"], "displaced"),
    # must not fire: the count before is of homes
    ("The storm destroyed 300 homes and damaged 500 others. The total could rise to 900, officials said.",
     ["900"], "other"),
])
def test_round21_count_restated(nlp, text, figures, measure):
    found = {c.quantity.text: c.measure for c in claims_of(nlp, text)}
    assert [found[f] for f in figures] == [measure] * len(figures)


@pytest.mark.parametrize("text, figure, unit, measure", [
    # quantities rule 9: yuan and national dollars
    ("The regulator fined the developer 3.2 billion yuan on Friday.", "3.2 billion", "CNY", "other"),
    ("KATHMANDU - China said it would provide 500 million yuan in emergency aid to Nepal.", "500 million", "CNY",
     "supplied"),
    ("Australia has pledged 20 million Australian dollars to the flood appeal.", "20 million", "AUD", None),
    ("The city spent 4 million Canadian dollars on the bridge.", "4 million", "CAD", "other"),
])
def test_round21_currencies(nlp, text, figure, unit, measure):
    claim = claim_of(nlp, text, figure)
    assert claim.quantity.unit == unit
    if measure is not None:
        assert claim.measure == measure


def test_round21_foreign_gift_provided(nlp):
    text = "PORT VILA - After the cyclone, Japan said it would provide 50 million yen in emergency aid to Vanuatu."
    assert claim_of(nlp, text, "50 million").measure == "supplied"


def test_round21_acronym_plural_counted(nlp):
    assert claim_of(nlp, "The vote left the party with 38 MPs.", "38").counted == "mp"
    assert claim_of(nlp, "More than 300 NGOs signed the letter.", "More than 300").counted == "ngo"


@pytest.mark.parametrize("text, figures", [
    # nonclaims: a list of names with figures that leaves the noun out is no list of references
    ("Final tally: Liberals 170, Conservatives 144 after the last recount.", ["170", "144"]),
    ("The projection gave the Social Democrats 98 seats, Forward NZ 7 and the Greens 12.", ["98", "7", "12"]),
    # "from one N to M" is a change, not a pronoun
    ("In the north the party went from one seat to 19.", ["one", "19"]),
    # a rate "for each" in a sentence of no trade is no deal's terms
    ("The Liberals needed more than 30,000 votes for each of their 170 seats.", ["more than 30,000", "170"]),
    # must not fire: numbered things, a deal's rate
    ("Traffic was sent along Route 9, Highway 61 and Route 12.", []),
    ("The militia hands over 20 detainees for each soldier returned.", []),
    ("One of the aides said the vote was close.", []),
])
def test_round21_detection(nlp, text, figures):
    assert [c.quantity.text for c in claims_of(nlp, text)] == figures


def test_round21_count_restated_past_a_percentage(nlp):
    text = ("The agency said 52,000 people were displaced, up 40% since May, when it counted about 37,000.")
    assert claim_of(nlp, text, "about 37,000").measure == "displaced"


@pytest.mark.parametrize("text, figure, counted, measure", [
    # rule 78: a headline's verb of arrival read as a noun
    ("Hundreds of Rwandan troops land in Maputo to secure the port", "Hundreds", "troop", "deployed"),
    # must not fire: land that is land
    ("Hundreds of acres of farm land in the valley were flooded", "Hundreds", "acre", "other"),
])
def test_round21_misread_arrival(nlp, text, figure, counted, measure):
    claim = claim_of(nlp, text, figure)
    assert (claim.counted, claim.measure) == (counted, measure)


@pytest.mark.parametrize("text, figures", [
    # must not fire: a name numbered twice, codes
    ("Trains on Line 4 and Line 7 were halted, and 300 passengers waited.", ["300"]),
    ("Services KL 1021 and KL 1023 were delayed.", []),
])
def test_round21_name_list_not_codes(nlp, text, figures):
    assert [c.quantity.text for c in claims_of(nlp, text)] == figures
