"""Issue 14, round 26 (subjects): soldiers owned by "his"/"her" are the person's country's (subjects rule 7);
troops of several states ("foreign soldiers", "a regional force") are no one country's (rule 8); the next part
after "N of them" is the same group's (rule 9); the whole a share of money is taken of is not the giver's
(rule 10); an outlet's nationality names no side (sides rule 5); a city named often counts for its country
(assembly "A city named often"). Sentences written for these tests, worded differently from the annotated
stories."""

from __future__ import annotations

import pytest

from sentence_claims import claim_of

pytestmark = pytest.mark.model

CASES = [
    # rule 7: "his"/"her" soldiers are the person's country's, not the country they are in
    ("KINSHASA - Fighting went on in Congo. Uganda's president, Yoweri Museveni, said on Friday that 3,000 of his "
     "troops were now in Congo.", "3,000", "Uganda"),
    ("ADDIS ABABA - Clashes spread in Somalia. President Isaias Afewerki of Eritrea denied that 2,500 of his "
     "soldiers had crossed into Somalia.", "2,500", "Eritrea"),
    ("KINSHASA - Rebels advanced in Congo. President Evariste Ndayishimiye denied that 1,200 of his soldiers "
     "were fighting in Congo, while insisting Burundi would protect its border.", "1,200", "Burundi"),
    # must not fire: "his" on a noun that is no state's people (patients of a doctor keep the scene's country)
    ("KINSHASA - Cholera spread in Congo. Dr Jean Mbala said 40 of his patients had died in Congo, while "
     "Uganda sent medicines.", "40", "Democratic Republic of the Congo"),
    # rule 8: troops of several states have no subject
    ("JUBA - Fighting flared in South Sudan. Eleven foreign soldiers have been killed since March.", "Eleven", None),
    ("MOGADISHU - Fighting flared in Somalia. Kenya said it would stay, as part of a multinational force of about "
     "4,500 troops.", "about 4,500", None),
    ("BAMAKO - Jihadists attacked Mali again. The ambush raised the toll among foreign peacekeepers to 21.", "21", None),
    # must not fire: foreign workers are left to the scene; foreign soldiers with their own country keep it
    ("DOHA - A fire broke out in Qatar. Twelve foreign workers died in the blaze.", "Twelve", "Qatar"),
    ("JUBA - Fighting flared in South Sudan. Six foreign soldiers from Kenya have been killed.", "Six", "Kenya"),
    # rule 9: the next part after "N of them" is the same group's
    ("BAMAKO - Jihadists attacked Mali. Chad's army said 12 of its soldiers had died, five of them serving with "
     "the UN force and seven with the French-led mission.", "seven", "Chad"),
    ("ABUJA - Bandits struck in Nigeria. Niger's army said ten of its soldiers were wounded, four of them near "
     "the border, and six near Maradi.", "six", "Niger"),
    # rule 10: the whole a share of money is taken of is not the giver's
    ("DENVER, Colorado - Wildfires burned across Colorado. The Colorado Water Conservation Board offered to meet "
     "15% of the $3 million the dam would have cost.", "3 million", "United States"),
    ("SACRAMENTO, California - Floods hit California. The state's Wildlife Conservation Board pledged half of the "
     "$8 million the levee repairs need.", "8 million", "United States"),
    # must not fire: money the board pledges itself stays the giver's (rule 2c)
    ("SACRAMENTO, California - Floods hit California. The Wildlife Conservation Board pledged $6 million for the "
     "levee repairs.", "6 million", "Wildlife Conservation Board"),
    # sides rule 5: an outlet's nationality names no side
    ("GOMA - Rebels seized Bukavu in Congo. Rwanda denied sending troops. Thousands fled a prison. A Rwandan "
     "newspaper later put the number of escaped inmates at 2,100.", "2,100", "Democratic Republic of the Congo"),
    # must not fire: a state body of that country still counts its own
    ("GOMA - Rebels seized Bukavu in Congo. Rwanda denied sending troops. The Rwandan army said 30 of its "
     "soldiers had been wounded.", "30", "Rwanda"),
]


@pytest.mark.parametrize("text, figure, subject", CASES)
def test_round26_subjects(nlp, text: str, figure: str, subject: str | None) -> None:
    assert claim_of(nlp, text, figure).subject == subject


def test_city_named_often_counts_for_its_country(nlp) -> None:
    text = ("MACAU - Macau has confirmed a case of dengue. Guangzhou has reported 4,100 cases. In Guangzhou, the "
            "health bureau sprayed parks. Guangzhou residents were told to drain water. China's health commission "
            "said 300 people were in hospital.")
    assert claim_of(nlp, text, "300").subject == "China"
