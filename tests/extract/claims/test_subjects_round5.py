"""Issue 14, round 5 (subjects): the event's scene before the country named most, and each list
item's own people; sentences written for these tests, worded unlike the annotated stories."""

from __future__ import annotations

import pytest

from sentence_claims import claim_of

pytestmark = pytest.mark.model

# An outlet writing for the victims' home country names it most; the event happened elsewhere.
FERRY = ("Bangladesh grieves for its workers. Bangladeshi families in Dhaka wait for news, and Bangladesh "
         "has sent officials. The ferry capsized off the coast of Malaysia on Tuesday. ")
MINE = ("Nepal mourns. Nepalese officials said Nepal would bring its citizens home. The shaft collapsed "
        "in Chile on Sunday. ")
TRAIN = ("Mexico mourns. Mexican families and Mexico's consulates ask for help. The train derailed near "
         "Houston, Texas, in the United States. ")


@pytest.mark.parametrize("text, figure, subject", [
    (FERRY + "Rescuers have pulled 41 bodies from the water.", "41", "Malaysia"),
    (FERRY + "The vessel was licensed to carry 150 passengers.", "150", "Malaysia"),
    (FERRY + "Some 60 people were still unaccounted for.", "Some 60", "Malaysia"),
    (MINE + "Crews brought 17 miners out alive.", "17", "Chile"),
    (TRAIN + "More than 300 people were on board, officials said.", "More than 300", "United States"),
    # the sentence says whose the people are: their country, not the scene's
    (FERRY + "Of the dead, 23 were Bangladeshis.", "23", "Bangladesh"),
    (FERRY + "Rescuers found 70 survivors, 15 of them Indonesian.", "15", "Indonesia"),
    # not the event's own counts: arrests at home, money, a sentence set at home
    (FERRY + "Bangladeshi police have detained eight brokers.", "eight", "Bangladesh"),
    (FERRY + "Each worker paid a recruiter about 4,000 dollars.", "about 4,000", None),
])
def test_the_scene_owns_the_event_counts(nlp, text, figure, subject):
    found = claim_of(nlp, text, figure).subject
    assert found == subject or subject is None and found != "Malaysia"


def test_no_scene_keeps_the_main_actor(nlp):
    text = "Kenya's teachers went on strike. Kenyan unions said 9,000 schools had closed across the country."
    assert claim_of(nlp, text, "9,000").subject == "Kenya"


@pytest.mark.parametrize("text, figure, subject", [
    ("The dead included 40 Syrian nationals, 12 Afghan nationals, three Iraqi nationals and one Somali.",
     "one", "Somalia"),
    ("The dead included 40 Syrian nationals, 12 Afghan nationals, three Iraqi nationals and one Somali.",
     "three", "Iraq"),
    ("Of the wounded, 30 were Kenyan, 11 were Ugandan, four Tanzanian and two Rwandan, police said.", "four", "Tanzania"),
    ("Of the wounded, 30 were Kenyan, 11 were Ugandan, four Tanzanian and two Rwandan, police said.", "two", "Rwanda"),
    ("Eleven crew members, all Filipinos, were rescued by a passing tanker.", "Eleven", "Philippines"),
])
def test_each_list_item_has_its_own_people(nlp, text, figure, subject):
    assert claim_of(nlp, text, figure).subject == subject


@pytest.mark.parametrize("text, country", [
    ("A trawler carrying migrants sank off the Libyan coast overnight.", "Libya"),
    ("The bus crashed near Cusco on Friday, police said.", "Peru"),
    ("The blast at a depot in Beirut shook the whole city.", "Lebanon"),
    ("TOKYO - A boat carrying 300 people capsized in the Mediterranean.", None),  # a dateline is no scene
    ("Parliament in Ottawa voted on the budget.", None),  # no event word
])
def test_scene_country(nlp, text, country):
    from newsclaims.extract.claims import scene
    assert scene.country(nlp(text)) == country


@pytest.mark.parametrize("text, figure, subject", [
    ("Relief charities said 120 tonnes of aid supplies had arrived in the valley.", "120", "relief charities"),
    ("Aid groups report that 40 tonnes of relief supplies got through on Monday.", "40", "aid groups"),
])
def test_supplies_reported_by_aid_groups_are_theirs(nlp, text, figure, subject):
    assert claim_of(nlp, text, figure).subject == subject


def test_supplies_reported_by_a_state_body_are_not_the_speakers(nlp):
    text = "Chile's emergency agency said 120 tonnes of aid supplies had arrived in the valley."
    assert claim_of(nlp, text, "120").subject == "Chile"
