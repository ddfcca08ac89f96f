"""Issue 14, round 17: subject rules for place names that embed a country, short names several
countries share, totals across a continent or the world, and donors. Sentences written for these
tests, in our own words, with other places, peoples and figures than the annotated stories."""

from __future__ import annotations

import pytest

from newsclaims import gazetteer
from sentence_claims import claim_of


# --- gazetteer: prefixed names, shared short names, regions (no model) ---

@pytest.mark.parametrize("before, name", [
    ("East", "Palestine"), ("New", "Mexico"), ("South", "Sudan"), ("New", "Guinea"), ("East", "Jerusalem"),
    ("NEW", "MEXICO"),
])
def test_compass_or_new_before_a_country_is_another_name(before, name):
    assert gazetteer.prefixed(before, name)


@pytest.mark.parametrize("before, name", [
    ("Northern", "Syria"), ("Eastern", "Ukraine"), ("the", "Sudan"), ("east", "Kenya"), ("East", "Kivu"),
])
def test_no_prefixed_name(before, name):  # must not fire: an adjective of a part, lower case, no country
    assert not gazetteer.prefixed(before, name)


@pytest.mark.parametrize("name, country", [
    ("South Sudan", "South Sudan"), ("North Macedonia", "North Macedonia"), ("New Mexico", "United States"),
    ("Papua New Guinea", "Papua New Guinea"), ("Guinea-Bissau", "Guinea-Bissau"), ("New South Wales", "Australia"),
])
def test_whole_names_resolve_as_wholes(name, country):
    assert gazetteer.country(name) == country


def test_shared_short_name_takes_the_sure_country():
    assert gazetteer.shared("Congo") and gazetteer.shared("Congolese")
    assert gazetteer.country("Congo", near={"Republic of the Congo"}) == "Republic of the Congo"
    assert gazetteer.country("Congo", near={"Democratic Republic of the Congo", "Rwanda"}) == \
        "Democratic Republic of the Congo"
    assert gazetteer.country("Congo") == "Democratic Republic of the Congo"  # no evidence: the most populous


@pytest.mark.parametrize("name, country", [
    ("Guinea", "Guinea"), ("Niger", "Niger"), ("Nigeria", "Nigeria"), ("Sudan", "Sudan"),
    ("Brazzaville", "Republic of the Congo"), ("Kinshasa", "Democratic Republic of the Congo"),
])
def test_own_names_are_not_shared(name, country):  # must not fire: a country's own name, a capital
    assert not gazetteer.shared(name)
    assert gazetteer.country(name) == country


def test_continent_is_no_province():
    assert gazetteer.country("Africa") is None  # also a Tunisian governorate's name
    assert gazetteer.region("Africa")


# --- the claim rules (model) ---

@pytest.mark.model
def test_village_named_after_a_country_is_not_it(nlp):
    text = ("Chemical spill forces evacuations\n\nA tanker overturned on a highway near New Lebanon, a town in "
            "upstate New York, on Tuesday.\n\nAbout 300 residents of New Lebanon were told to leave, county "
            "officials said.")
    assert claim_of(nlp, text, "About 300").subject != "Lebanon"


@pytest.mark.model
def test_dateline_state_gives_its_country(nlp):
    text = ("Plant fire\n\nNEW BERLIN, Wisconsin - A fire broke out at a paint factory on Monday.\n\n"
            "Some 40 workers were sent home, the company said.")
    assert claim_of(nlp, text, "Some 40").subject == "United States"


@pytest.mark.model
def test_south_sudan_is_its_own_country(nlp):
    text = ("Floods in the Sahel\n\nJUBA - Floods swept across South Sudan this week.\n\n"
            "Aid agencies said 12,000 people had lost their homes in South Sudan.")
    assert claim_of(nlp, text, "12,000").subject == "South Sudan"


@pytest.mark.model
def test_congo_resolved_by_sure_capital(nlp):
    text = ("Cholera spreads\n\nBRAZZAVILLE - Cholera cases rose in Congo this month, officials in Brazzaville "
            "said. The Republic of the Congo asked Gabon for help.\n\nCongo has recorded 310 cases so far.")
    assert claim_of(nlp, text, "310").subject == "Republic of the Congo"


@pytest.mark.model
def test_congo_resolved_to_drc_by_its_provinces_capital(nlp):
    text = ("Measles outbreak\n\nGOMA - Measles is spreading in eastern Congo, doctors in Kinshasa "
            "said on Monday.\n\nCongo has recorded 4,200 cases this year.")
    assert claim_of(nlp, text, "4,200").subject == "Democratic Republic of the Congo"


WORLD = ("Dengue cases climb\n\nLIMA - Peru declared a health emergency on Monday. Peru's health ministry "
         "said hospitals in Lima were full.\n\n")


@pytest.mark.model
def test_countries_counted_have_no_subject(nlp):
    text = WORLD + "The WHO said 31 countries of the Americas had reported dengue this year."
    assert claim_of(nlp, text, "31").subject is None


@pytest.mark.model
def test_region_adjective_countries_have_no_subject(nlp):
    text = WORLD + "In all, 14 Latin American countries have now reported more than 90,000 cases."
    assert claim_of(nlp, text, "more than 90,000").subject is None


@pytest.mark.model
def test_reporting_countries_alone_are_no_region(nlp):  # must not fire: countries that report, no region
    text = ("Heat deaths at pilgrimage\n\nMECCA - Temperatures reached 49C in Mecca on Monday, Saudi officials "
            "said.\n\nSome eight countries have now reported 640 deaths among their pilgrims in Mecca.")
    assert claim_of(nlp, text, "640").subject is not None


@pytest.mark.model
def test_company_users_worldwide_are_the_company_countrys(nlp):  # must not fire: held by a company
    text = ("Fine for app maker\n\nSTOCKHOLM - A Swedish court fined the Swedish app maker on Monday.\n\n"
            "The Swedish firm, which has 80 million users worldwide, said it would appeal.")
    assert claim_of(nlp, text, "80 million").subject == "Sweden"


@pytest.mark.model
def test_company_harmed_in_many_countries_is_its_own(nlp):  # must not fire: "it" holds the figure
    text = ("Fine for app maker\n\nSTOCKHOLM - A Swedish court fined the Swedish app maker on Monday.\n\n"
            "The firm says it has lost customers in more than 40 countries since the ruling.")
    assert claim_of(nlp, text, "more than 40").subject == "Sweden"


@pytest.mark.model
def test_total_in_countries_counted_has_no_subject(nlp):
    text = WORLD + "The agency has counted 4.1 million cases in 80 countries since January."
    assert claim_of(nlp, text, "4.1 million").subject is None


@pytest.mark.model
def test_continent_as_subject_has_no_subject(nlp):
    text = WORLD + "Since 2023 the continent has logged 7,800 deaths, the agency said."
    assert claim_of(nlp, text, "7,800").subject is None


@pytest.mark.model
def test_cases_recorded_on_the_continent(nlp):
    text = WORLD + "Of the 5,000 cases recorded on the continent in March, 1,900 were severe."
    assert claim_of(nlp, text, "1,900").subject is None


@pytest.mark.model
def test_worldwide_total_has_no_subject(nlp):
    text = WORLD + "About 6,500 deaths have been reported worldwide."
    assert claim_of(nlp, text, "About 6,500").subject is None


@pytest.mark.model
def test_country_count_keeps_its_country(nlp):  # must not fire: one country, "the country"
    text = WORLD + "The country has counted 2,300 cases since January."
    assert claim_of(nlp, text, "2,300").subject == "Peru"


@pytest.mark.model
def test_country_in_clause_wins_over_countries(nlp):  # must not fire: a country of the clause
    text = ("Dengue cases climb\n\nLIMA - Brazil and Peru declared emergencies on Monday.\n\n"
            "Brazil, one of 30 countries hit, has recorded 900 deaths.")
    assert claim_of(nlp, text, "900").subject == "Brazil"


AID = ("Cholera vaccines\n\nLUSAKA - Zambia's health ministry began vaccinating on Monday in Lusaka. "
       "Zambia's officials said more doses were needed.\n\n")


@pytest.mark.model
def test_passive_agent_is_the_donor(nlp):
    text = AID + "An official said 80,000 doses had been donated by Germany."
    assert claim_of(nlp, text, "80,000").subject == "Germany"


@pytest.mark.model
def test_pledged_and_bought_by(nlp):
    text = AID + "A diplomat said 45,000 doses had been pledged and bought by Canada for Zambia."
    assert claim_of(nlp, text, "45,000").subject == "Canada"


@pytest.mark.model
def test_receiver_of_passive_is_no_donor(nlp):  # must not fire: the subject received something
    text = AID + "Officials said 700 families had been given food by Norway."
    assert claim_of(nlp, text, "700").subject != "Norway"


@pytest.mark.model
def test_pronoun_donor_from_sentence_before(nlp):
    text = AID + ("Ottawa has pledged 30,000 doses to Zambia. On Friday it sent 5,000 doses to Malawi, "
                  "the first shipment to the region; Malawi has counted 90 cases.")
    assert claim_of(nlp, text, "5,000").subject == "Canada"


@pytest.mark.model
def test_asked_donor(nlp):
    text = AID + "Zambia has also asked India, which makes a cheaper vaccine, for 1.5 million doses."
    assert claim_of(nlp, text, "1.5 million").subject == "India"


@pytest.mark.model
def test_asking_with_no_one_asked(nlp):  # must not fire: nobody asked by name
    text = AID + "Zambia has asked for 900,000 more doses."
    assert claim_of(nlp, text, "900,000").subject != "India"
