"""Issue 14, round 15: subject rules. Sentences written for these tests, in our own words, with other
names, places and numbers than the annotated stories."""

from __future__ import annotations

import pytest

from sentence_claims import claim_of

pytestmark = pytest.mark.model

#: A story of two countries, Chile named most.
ANDES = ("Floods hit Chile\n\nSANTIAGO - Floods struck central Chile on Monday, and Chile counted 40 homes "
         "destroyed. Chile's government said Peru had offered help.\n\n")


# --- rule 1i: a currency's nationality names the money ------------------------------------------

def test_appeal_in_foreign_currency_is_the_stricken_countrys(nlp):
    text = ANDES + "The Red Cross launched an appeal for 30 million Swiss francs."
    assert claim_of(nlp, text, "30 million").subject == "Chile"


def test_pledge_in_foreign_currency_is_the_donors(nlp):
    text = ANDES + "Japan gave 5 million Australian dollars to the victims."
    assert claim_of(nlp, text, "5 million").subject == "Japan"


def test_cash_in_hong_kong_dollars_not_hong_kong(nlp):
    text = ANDES + "Relief workers handed out 900,000 Hong Kong dollars in cash grants."
    assert claim_of(nlp, text, "900,000").subject != "Hong Kong"


def test_currency_itself_keeps_its_country(nlp):  # must not fire: no number counts the currency
    text = ANDES + "The Japanese yen fell 1.5% on Tuesday."
    assert claim_of(nlp, text, "1.5%").subject == "Japan"


def test_nationality_of_people_still_counts(nlp):  # must not fire: people, no money
    text = ANDES + "Rescuers found 12 Peruvian workers alive."
    assert claim_of(nlp, text, "12").subject == "Peru"


# --- scene: a region of several countries is a total across them -------------------------------

def test_toll_in_a_region_has_no_subject(nlp):
    text = ANDES + "At least 90 people have died in South America since the rains began."
    assert claim_of(nlp, text, "At least 90").subject is None


def test_share_in_the_european_union_has_no_subject(nlp):
    text = ANDES + "About 35% of the dams in the European Union are older than 60 years, an engineers' group says."
    assert claim_of(nlp, text, "About 35%").subject is None


def test_price_across_a_region_has_no_subject(nlp):
    text = ANDES + "A bag of rice costs about 4 dollars across Latin America."
    assert claim_of(nlp, text, "about 4").subject is None


def test_region_as_origin_places_nothing(nlp):  # must not fire: "from Europe" is an origin
    text = ANDES + "Chile bought 20 pumps from Europe."
    assert claim_of(nlp, text, "20").subject == "Chile"


def test_country_wins_over_its_region(nlp):  # must not fire: a country of the same clause
    text = ANDES + "In Peru, the poorest country in South America to be hit, 14 people died."
    assert claim_of(nlp, text, "14").subject == "Peru"


def test_region_possessive_is_no_place(nlp):  # must not fire: "Europe's" is no locative
    text = ANDES + "The Chilean firm holds 18% of Europe's copper market."
    assert claim_of(nlp, text, "18%").subject == "Chile"


# --- scene: a verb complement with no subject of its own is its head's clause -------------------

def test_complement_places_the_figure(nlp):
    text = ANDES + "At least 17 people are believed to have drowned in Peru."
    assert claim_of(nlp, text, "At least 17").subject == "Peru"


def test_complement_places_a_region_total(nlp):
    text = ANDES + "At least 33 people are feared to have died across Central America."
    assert claim_of(nlp, text, "At least 33").subject is None


def test_complement_with_its_own_subject_is_no_place(nlp):  # must not fire: "it" is its own subject
    text = ANDES + "Officials counted 25 bodies, and they asked Peru to send divers."
    assert claim_of(nlp, text, "25").subject == "Chile"


# --- scene: a paragraph's place from the nearest earlier sentence -------------------------------

def test_nearest_sentence_places_the_paragraph(nlp):
    text = ANDES + ("Further north the damage is worse. Peru's interior ministry put the toll at 31 on "
                    "Tuesday. It said 210 people had been pulled from the mud.")
    assert claim_of(nlp, text, "210").subject == "Peru"


def test_nearest_sentence_through_a_pronoun_report(nlp):
    text = ANDES + ("The picture changes across the border. Peru's civil defence counted 8 deaths in "
                    "Arequipa. Another 56 houses collapsed overnight, it added.")
    assert claim_of(nlp, text, "56").subject == "Peru"


def test_later_speaker_is_no_place(nlp):  # must not fire: a speaker of a later sentence
    text = ANDES + ("Help arrived over the weekend. Peru said it would send a medical team. "
                    "About 300 families are still in shelters, the governor said.")
    assert claim_of(nlp, text, "About 300").subject == "Chile"


def test_opening_place_still_wins(nlp):  # must not fire: the opening names its place
    text = ANDES + ("In Peru, rivers burst their banks. Chile's army sent boats. "
                    "About 70 people were stranded, officials said.")
    assert claim_of(nlp, text, "About 70").subject == "Peru"


# --- scene and sides: a place inside a phrase of cause ------------------------------------------

def test_place_of_a_cause_is_no_place(nlp):
    text = ANDES + ("The airline, which lost $40 million in the quarter, partly because of the closure of "
                    "its routes in Peru, kept its forecast.")
    assert claim_of(nlp, text, "40 million").subject == "Chile"


def test_due_to_place_is_no_place(nlp):
    text = ANDES + "Some 60 flights were cancelled due to floods in Peru."
    assert claim_of(nlp, text, "Some 60").subject == "Chile"


def test_place_outside_the_cause_still_counts(nlp):  # must not fire: the place is the clause's own
    text = ANDES + "In Peru, 23 schools closed because of the rain."
    assert claim_of(nlp, text, "23").subject == "Peru"


# --- sides: an origin or destination is no side; a third country makes no two sides -------------

SWAP = ("Armenia and Azerbaijan swap prisoners\n\nBAKU - Armenia and Azerbaijan exchanged prisoners on Sunday. "
        "Azerbaijan said Armenia had kept its word, and Armenia thanked Azerbaijan.\n\n")


def test_from_side_is_an_origin(nlp):
    text = SWAP + "Relatives who had travelled from Armenia waited for 32 men, officials said."
    assert claim_of(nlp, text, "32").subject == "Azerbaijan"


def test_for_side_is_a_destination(nlp):
    text = SWAP + "A bus bound for Armenia left with 11 passengers."
    assert claim_of(nlp, text, "11").subject == "Azerbaijan"


def test_side_named_plainly_still_counts(nlp):  # must not fire: "in Armenia" is the side's place
    text = SWAP + "In Armenia, 14 families waited at the border."
    assert claim_of(nlp, text, "14").subject == "Armenia"


STORM = ("Storm lashes Fiji, Tonga and Samoa\n\nSUVA - A cyclone hit Fiji and Tonga on Monday. Fiji counted "
         "damage, Tonga counted damage and Samoa counted damage. Fiji, Tonga and Samoa asked for help. "
         "Fiji and Tonga reopened schools.\n\n")


def test_third_country_makes_no_two_sides(nlp):
    text = STORM + "The cyclone then passed Vanuatu with winds of about 150 km/h, forecasters said."
    assert claim_of(nlp, text, "about 150").subject == "Vanuatu"


# --- tokenizer: a rate unit at a sentence end ---------------------------------------------------

def test_rate_unit_ends_its_sentence(nlp):
    doc = nlp("The storm hit Samoa with winds of 160 km/h. Officials there said 40 homes fell.")
    assert len(list(doc.sents)) == 2
    words = [t.text for t in doc]
    assert words[words.index("160") + 1:words.index("160") + 5] == ["km", "/", "h", "."]


# --- gazetteer: press names restcountries lacks -------------------------------------------------

def test_britain_is_the_united_kingdom(nlp):
    text = ANDES + "Britain sent 45 engineers to help clear the roads."
    assert claim_of(nlp, text, "45").subject == "United Kingdom"


def test_britons_are_the_united_kingdoms(nlp):
    text = ANDES + "Nine Britons were among the dead, the consulate said."
    assert claim_of(nlp, text, "Nine").subject == "United Kingdom"


def test_turkiye_is_turkey(nlp):
    text = ANDES + "Türkiye flew in 120 rescuers on Tuesday."
    assert claim_of(nlp, text, "120").subject == "Turkey"


def test_new_england_is_no_england(nlp):  # must not fire: "England" is left out of the table
    text = ("Storm hits US coast\n\nBOSTON - A storm hit the United States on Monday.\n\n"
            "Hospitals in New England treated 30 people for injuries.")
    assert claim_of(nlp, text, "30").subject == "United States"


# --- rule 1j: a military reports its own soldiers' losses ---------------------------------------

BORDER = ("Clashes on the border\n\nYEREVAN - Armenia and Azerbaijan traded fire on Monday. Armenia blamed "
          "Azerbaijan, and Azerbaijan blamed Armenia. Armenia counted 6 civilians hurt in Armenia.\n\n")


def test_military_reports_its_own_dead(nlp):
    text = BORDER + "The Azerbaijani military said three soldiers had been killed near Lachin in Armenia."
    assert claim_of(nlp, text, "three").subject == "Azerbaijan"


def test_defence_ministry_reports_its_own_wounded(nlp):
    text = BORDER + "Azerbaijan's defence ministry said 11 troops were wounded overnight in Armenia."
    assert claim_of(nlp, text, "11").subject == "Azerbaijan"


def test_soldiers_killed_by_the_speaker_are_not_its_own(nlp):  # must not fire: the speaker struck them
    text = BORDER + "The Azerbaijani army said it had killed 40 soldiers in Armenia."
    assert claim_of(nlp, text, "40").subject != "Azerbaijan"


def test_soldiers_with_a_nationality_keep_it(nlp):  # must not fire: rule 1 names them
    text = BORDER + "The Azerbaijani military said 8 Armenian soldiers died."
    assert claim_of(nlp, text, "8").subject == "Armenia"


def test_civilians_are_no_soldiers(nlp):  # must not fire: civilians are counted where they were struck
    text = BORDER + "The Azerbaijani military said 5 civilians had been killed in Armenia."
    assert claim_of(nlp, text, "5").subject == "Armenia"


# --- gazetteer: regions of several countries ----------------------------------------------------

def test_gazetteer_regions():
    from newsclaims import gazetteer

    for name in ("the Caribbean", "Europe", "West Africa", "Southeast Asia", "South-East Asia",
                 "the European Union", "EU", "African Union", "Central America"):
        assert gazetteer.region(name), name
    for name in ("South Africa", "Australia", "Haiti", "eu", "Latin", "Brazil"):  # countries, words
        assert not gazetteer.region(name), name


# --- rule 2: people kept from something are not the keeper's ------------------------------------

def test_people_stopped_are_not_the_stoppers(nlp):
    text = ANDES + "Peruvian soldiers barred 120 farmers from entering the valley, residents said."
    assert claim_of(nlp, text, "120").subject == "Chile"


def test_families_prevented_are_not_the_preventers(nlp):
    text = ANDES + "Peruvian border guards were stopping 450 families from crossing, a charity said."
    assert claim_of(nlp, text, "450").subject == "Chile"


def test_sender_still_owns_what_it_sends(nlp):  # must not fire: sending is no keeping
    text = ANDES + "Peru sent 75 rescuers to the flooded valleys."
    assert claim_of(nlp, text, "75").subject == "Peru"
