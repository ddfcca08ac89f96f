"""Issue 14, round 16: subject rules for disputed territories, ethnicities, people who fled and donors.
Sentences written for these tests, in our own words, with other places, peoples and figures than the
annotated stories."""

from __future__ import annotations

import pytest

from newsclaims import gazetteer
from sentence_claims import claim_of


# --- gazetteer: disputed or unrecognised territories, Kosovo (no model) ---

@pytest.mark.parametrize("name, country", [
    ("Transnistria", "Moldova"), ("Abkhazia", "Georgia"), ("South Ossetia", "Georgia"),
    ("Northern Cyprus", "Cyprus"), ("Artsakh", "Azerbaijan"), ("Nagorno-Karabakh", "Azerbaijan"),
    ("Crimea", "Ukraine"), ("Somaliland", "Somalia"),
])
def test_territory_takes_recognised_country(name, country):
    assert gazetteer.country(name) == country
    assert gazetteer.country(name, provinces=False) == country  # a territory is named like a country


@pytest.mark.parametrize("name", ["Kosovo", "Pristina", "Kosovars", "Kosovar"])
def test_kosovo_is_its_own_country(name):
    assert gazetteer.country(name) == "Kosovo"


def test_serbia_keeps_its_own_names():  # must not move: Serbia's names and capital
    assert gazetteer.country("Belgrade") == "Serbia"
    assert gazetteer.country("Serbian") == "Serbia"


def test_cities_of_territories_follow_geonames():
    assert gazetteer.country("Sukhumi") == "Georgia"  # Abkhazia's main city, GeoNames' Georgia
    assert gazetteer.country("Tiraspol") == "Moldova"
    assert gazetteer.country("Stepanakert") is None  # not in GeoNames: names nothing, never Armenia


# --- the claim rules (model) ---

@pytest.mark.model
def test_dateline_country_written_after_comma(nlp):
    text = ("Floods hit Sindh\n\nHYDERABAD, Pakistan - Floods swept the south on Monday.\n\n"
            "At least 31 people were killed, officials said.")
    assert claim_of(nlp, text, "At least 31").subject == "Pakistan"


KOSOVO = ("Tension in Kosovo\n\nPRISTINA - Police in Kosovo closed two border crossings on Monday. "
          "Kosovo's government said the move was temporary.\n\n")


@pytest.mark.model
def test_ethnic_people_take_their_place(nlp):
    text = KOSOVO + "Some 45,000 ethnic Serbs live in the northern municipalities."
    assert claim_of(nlp, text, "Some 45,000").subject == "Kosovo"


@pytest.mark.model
def test_ethnic_word_counts_nothing_for_main_actor(nlp):
    text = ("Villages emptied\n\nTensions rose on Monday in villages where ethnic Russians, ethnic Russians "
            "and ethnic Russians live, Latvian police said.\n\nAbout 300 people left their homes.")
    assert claim_of(nlp, text, "About 300").subject == "Latvia"


@pytest.mark.model
def test_nationality_still_names_country(nlp):  # must not fire: no "ethnic"
    text = KOSOVO + "About 60 Serbian police officers were moved to the border."
    assert claim_of(nlp, text, "About 60").subject == "Serbia"


CHAD = ("Sudanese flee into Chad\n\nADRE, Chad - Chad's government said on Monday that the border "
        "crossing at Adre was open. Chad's officials in N'Djamena asked for help.\n\n")


@pytest.mark.model
def test_people_crossing_from_origin(nlp):
    text = CHAD + "Some 2,400 people crossed into Chad from Sudan on Sunday, the Chadian government said."
    assert claim_of(nlp, text, "Some 2,400").subject == "Sudan"


@pytest.mark.model
def test_people_who_fled_a_place(nlp):
    text = CHAD + "Nearly 9,000 had fled Sudan for Chad by Friday, according to Chadian officials."
    assert claim_of(nlp, text, "Nearly 9,000").subject == "Sudan"


@pytest.mark.model
def test_people_arriving_from_elsewhere(nlp):
    text = CHAD + "About 650 families arrived from Sudan overnight, Chad's interior ministry said."
    assert claim_of(nlp, text, "About 650").subject == "Sudan"


@pytest.mark.model
def test_demonym_people_keep_their_own_country(nlp):  # must not fire: the people are named
    text = CHAD + "About 700 Cameroonians arrived from Nigeria on Monday."
    assert claim_of(nlp, text, "About 700").subject == "Cameroon"


FLIGHT = ("Thousands flee Transnistria\n\nCHISINAU, Moldova - Thousands of people fled Transnistria into "
          "Ukraine this week, Ukrainian officials said, as the exodus from Transnistria grew. Ukraine's "
          "government opened three camps. Kyiv says it will help. Ukraine's border guards were tired.\n\n")


@pytest.mark.model
def test_people_housed_by_receiving_country_are_the_origins(nlp):
    text = FLIGHT + "The Ukrainian government said 3,150 had been housed in Odesa province."
    assert claim_of(nlp, text, "3,150").subject == "Moldova"


@pytest.mark.model
def test_people_count_with_no_place_in_flight_story(nlp):
    text = FLIGHT + "Officials said 1,200 people were waiting at the border on Sunday."
    assert claim_of(nlp, text, "1,200").subject == "Moldova"


@pytest.mark.model
def test_places_of_the_receiving_country_stay_its(nlp):  # must not fire: places, not people
    text = FLIGHT + "The rest were sent to four other regions of Ukraine."
    assert claim_of(nlp, text, "four").subject != "Moldova"


@pytest.mark.model
def test_receiving_country_money_stays_its(nlp):  # must not fire: money
    text = FLIGHT + "Ukraine's government will pay each family 4,000 hryvnias."
    assert claim_of(nlp, text, "4,000").subject == "Ukraine"


@pytest.mark.model
def test_travel_is_no_flight(nlp):  # must not fire: visitors arriving, no one fled
    text = ("Bus crash in Thailand\n\nBANGKOK - A bus crashed near Bangkok on Monday. Many visitors "
            "arrived from China this month and others came from China by air, Thai police said.\n\n"
            "Thai police said 23 people were hurt.")
    assert claim_of(nlp, text, "23").subject == "Thailand"


FLOOD = ("Floods in Pakistan\n\nISLAMABAD - Floods have killed 80 people in Pakistan since June, "
         "Pakistan's disaster agency said.\n\n")


@pytest.mark.model
def test_bloc_promising_money_is_donor(nlp):
    text = FLOOD + "The European Union has promised 3 million euros."
    assert claim_of(nlp, text, "3 million").subject == "European Union"


@pytest.mark.model
def test_country_pledging_money_is_donor(nlp):
    text = FLOOD + "Japan has pledged $2 million for shelters."
    assert claim_of(nlp, text, "2 million").subject == "Japan"


@pytest.mark.model
def test_appeal_is_no_donation(nlp):  # must not fire: an appeal is for the stricken country
    text = FLOOD + "The United Nations has appealed for $50 million."
    assert claim_of(nlp, text, "50 million").subject == "Pakistan"


@pytest.mark.model
def test_gapped_list_of_donors(nlp):
    text = FLOOD + "Canada has sent $4 million, Norway about $2.5 million and Denmark $900,000, a tally showed."
    assert claim_of(nlp, text, "about $2.5 million").subject == "Norway"
    assert claim_of(nlp, text, "900,000").subject == "Denmark"


@pytest.mark.model
def test_gapped_list_with_a_bloc(nlp):
    text = FLOOD + "Britain has pledged $5 million, and the European Union more than 4 million euros."
    assert claim_of(nlp, text, "more than 4 million").subject == "European Union"


@pytest.mark.model
def test_fined_companies_are_no_donors(nlp):  # must not fire: a list of fines names no donor
    text = ("EU fines tech firms\n\nBRUSSELS - Regulators fined Apple 500 million euros and Meta "
            "200 million euros on Tuesday.")
    assert claim_of(nlp, text, "200 million").subject != "Meta"


@pytest.mark.model
def test_aid_from_a_country(nlp):
    text = FLOOD + "The head of the relief agency announced $6 million in emergency aid from Australia."
    assert claim_of(nlp, text, "6 million").subject == "Australia"
