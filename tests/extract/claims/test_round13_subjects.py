"""Issue 14, round 13: subjects read from the page and the paragraph -- the outlet's home country
(:func:`newsclaims.extract.claims.layout.home`), names of a "from" list, the dateline's own city named
again (:func:`newsclaims.extract.claims.assembly.main_actor`), a paragraph's place
(:func:`newsclaims.extract.claims.scene.paragraph_place`) and totals across several countries.
Sentences written for these tests, in our own words."""

from __future__ import annotations

import pytest

from sentence_claims import claim_of

pytestmark = pytest.mark.model


# 1. The outlet's home: an article naming no country reads its masthead's country.

def test_an_article_naming_no_country_takes_its_mastheads_country(nlp):
    text = ("Liberals edge ahead in tight count\n\nVienna Ledger | Published Monday, 9 March 2026\n\n"
            "The Liberals won 31.4% of the vote, ahead of the Social Democrats on 27.9%, the electoral board said.")
    assert claim_of(nlp, text, "31.4%").subject == "Austria"


def test_a_masthead_never_outweighs_a_country_the_text_names(nlp):
    text = ("Liberals edge ahead in tight count\n\nVienna Ledger | Published Monday, 9 March 2026\n\n"
            "In Slovenia, the Liberals won 31.4% of the vote, ahead of the Social Democrats on 27.9%, "
            "the electoral board in Slovenia said.")
    assert claim_of(nlp, text, "31.4%").subject == "Slovenia"


def test_a_masthead_naming_no_country_gives_nothing(nlp):
    text = ("Liberals edge ahead in tight count\n\nHarbour Ledger | Published Monday, 9 March 2026\n\n"
            "The Liberals won 31.4% of the vote, ahead of the Social Democrats on 27.9%, the electoral board said.")
    assert claim_of(nlp, text, "31.4%").subject is None


# 2. Names of a list after "from" count half, like the first; the dateline's own city named again counts.

SPAN = ("Nine dockers feared dead after freighter hits Halifax pier\n\n"
        "HALIFAX - Divers searched the harbour on Friday for nine dockers who fell into the water when a "
        "freighter struck a pier in Halifax. The dockers came from Peru, Bolivia, Ecuador and Paraguay, "
        "a union said. ")


def test_a_from_list_does_not_outweigh_the_dateline_city(nlp):
    assert claim_of(nlp, SPAN + "About 40,000 tonnes of cargo were on the ship.", "About 40,000").subject == "Canada"


def test_a_city_that_is_not_the_datelines_counts_only_as_a_fallback(nlp):
    text = ("Nine dockers feared dead after freighter hits pier\n\n"
            "Divers searched the harbour of Halifax on Friday, and the port of Halifax stayed shut. "
            "Belgium said 12 divers had joined the search.")
    assert claim_of(nlp, text, "12").subject == "Belgium"


# 3. A paragraph's place: later sentences of a paragraph tell of the place its opening names.

TWO_STORMS = ("Storm Irma batters Fiji and Tonga\n\nSUVA - Storm Irma hit Fiji and Tonga over the weekend, "
              "officials in Fiji and Tonga said.\n\n")


def test_a_later_sentence_takes_the_paragraphs_place(nlp):
    text = TWO_STORMS + ("In Tonga, the police chief said four people had died. "
                         "Some 2,300 people spent the night in evacuation centres, he said.\n\n"
                         "Fiji reported heavy damage to roads.")
    assert claim_of(nlp, text, "Some 2,300").subject == "Tonga"


def test_a_paragraph_opened_where_it_was_said_gives_no_place(nlp):
    text = TWO_STORMS + ("A Red Cross official told reporters in Switzerland that relief was on its way. "
                         "Some 2,300 people spent the night in evacuation centres, she said.")
    assert claim_of(nlp, text, "Some 2,300").subject != "Switzerland"


def test_a_figure_of_the_opening_sentence_is_not_the_paragraphs(nlp):
    text = TWO_STORMS + ("Fiji reported heavy damage to roads, while in Tonga some 2,300 people were evacuated.\n\n"
                         "Tonga counted 40 boats lost.")
    assert claim_of(nlp, text, "some 2,300").subject == "Tonga"


# 4. A total across several countries has no subject.

ONE_STORM = ("Storm Irma batters Fiji\n\nSUVA - Storm Irma hit Fiji over the weekend, officials in Fiji said. "
             "Fiji closed its schools.\n\n")

def test_a_figure_placed_in_several_countries_has_no_subject(nlp):
    text = ONE_STORM + "The Red Cross said about 90,000 people in Fiji, Tonga and Samoa needed shelter."
    assert claim_of(nlp, text, "about 90,000").subject is None


def test_a_list_of_places_of_one_country_keeps_it(nlp):
    text = ONE_STORM + "The Red Cross said about 90,000 people in Suva and Nadi needed shelter."
    assert claim_of(nlp, text, "about 90,000").subject == "Fiji"


def test_people_from_several_countries_are_no_total_of_places(nlp):
    text = ONE_STORM + "Relief teams from Australia and New Zealand said 300 homes had been lost."
    assert claim_of(nlp, text, "300").subject == "Fiji"


# 5. Supplies that move by themselves, no supplier named: no subject.

BORDER = ("Aid convoys resume into Darfur\n\nKHARTOUM - Sudan reopened the Adre crossing on Tuesday, "
          "officials in Sudan said.\n\n")


def test_supplies_that_move_with_no_supplier_have_no_subject(nlp):
    claim = claim_of(nlp, BORDER + "Some 1,400 trucks of food entered Darfur last month.", "Some 1,400")
    assert claim.measure == "supplied" and claim.subject is None


def test_supplies_from_named_countries_keep_a_subject(nlp):
    claim = claim_of(nlp, BORDER + "Some 1,400 trucks of food entered Darfur from Chad and Egypt last month.",
                     "Some 1,400")
    assert claim.subject is not None


def test_supplies_a_supplier_sends_are_the_suppliers(nlp):
    claim = claim_of(nlp, BORDER + "Egypt sent some 1,400 trucks of food to Darfur last month.", "some 1,400")
    assert claim.subject == "Egypt"


def test_countries_that_act_together_are_no_total_of_places(nlp):
    text = ("Talks end with a swap\n\nKYIV - Ukraine and Russia exchanged prisoners on Sunday, officials in Kyiv "
            "said. Ukraine and Russia freed 120 soldiers each. Ukraine said it was ready for more.")
    assert claim_of(nlp, text, "120").subject is not None
