"""Issue 14, round 3: rules added after counting the mismatches of all six held-out stories by
cause (speakers named before, restated wholes). Sentences written for these tests, worded
differently from the annotated stories."""

from __future__ import annotations

import pytest

from sentence_claims import claims_of, claim_of

pytestmark = pytest.mark.model


def test_the_company_is_the_company_named_before(nlp):
    text = ("A boiler burst at the Korla Steel plant near Pune on Monday, a news channel reported. "
            "The company said 40 workers were hurt. It said 12 others were missing.")
    assert claim_of(nlp, text, "40").source == "Korla Steel"
    assert claim_of(nlp, text, "12").source == "Korla Steel"


def test_a_company_name_ending_in_a_company_word(nlp):
    text = "Delta Chemicals Ltd runs the site. The firm said it would pay 3 million rupees to each family."
    assert claim_of(nlp, text, "3 million").source == "Delta Chemicals Ltd"


def test_an_official_of_a_government_is_named_with_it(nlp):
    text = "An official of Kerala's government said six fishermen from the state had drowned."
    assert claim_of(nlp, text, "six").source == "official of Kerala's government"


def test_official_statements_are_a_source_but_official_figures_are_not(nlp):
    text = "Eleven countries have reported 730 deaths so far, according to official statements."
    assert claim_of(nlp, text, "730").source == "official statements"


def test_he_after_an_unnamed_speaker(nlp):
    text = ("Thirty more Kenyans died on Friday, an African diplomat said. "
            "Of them, 20 had travelled without a permit, he said.")
    assert claim_of(nlp, text, "20").source == "African diplomat"


def test_he_after_a_named_person_is_still_the_person(nlp):
    text = ("Police chief Omar Haddad said 14 people were arrested. "
            "Nine of them were later released, he said.")
    assert claim_of(nlp, text, "Nine").source == "Omar Haddad"


def test_a_whole_told_before_is_no_new_claim(nlp):
    text = ("The toll from the fire rose to 52 on Sunday. Of the 52 victims, 30 were children. "
            "Only 19 of the 52 bodies have been identified.")
    figures = [c.quantity.text for c in claims_of(nlp, text)]
    assert figures.count("52") == 1 and "30" in figures and "19" in figures


def test_a_whole_told_for_the_first_time_stays_a_claim(nlp):
    text = "Nearly half of the 8,200 homes in the valley were flooded, the council said."
    assert claim_of(nlp, text, "8,200").source == "council"


def test_treated_for_a_condition_that_is_no_injury(nlp):
    text = "Medics at the marathon treated 140 runners for dehydration, organisers said."
    assert claim_of(nlp, text, "140").measure == "affected"
    text = "Health officials said they had treated more than 900 pilgrims for sunstroke."
    assert claim_of(nlp, text, "more than 900").measure == "affected"
