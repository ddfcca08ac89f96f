"""Issue 14, round 9: general classes the round-8 blind stories showed (a province of several
words that holds a country's name, gunmen as no side, a country inside a facility's name, a
fraction of a scale word, ages after a common noun, targets, and measures). Sentences written for
these tests, in our own words."""

from __future__ import annotations

import pytest

from newsclaims import gazetteer, nouns
from newsclaims.extract.claims.numbers import read

from sentence_claims import claim_of, claims_of


# --- without the model -------------------------------------------------------------------------

@pytest.mark.parametrize("words, at, span", [
    ("New South Wales Police Commissioner".split(), 2, (0, 3)),
    ("Western Australia Premier".split(), 1, (0, 2)),
    ("Wales Rugby Union".split(), 0, None),  # Wales itself: the caller reads the word alone
    ("Acme Widget Company".split(), 1, None),
    ("The Maritime Authority".split(), 1, None),  # "The Maritime" is no two-word name
])
def test_longest_place_inside_a_run_of_names(words, at, span):
    assert gazetteer.longest(words, at) == span


@pytest.mark.parametrize("noun, plural", [
    ("gunman", "gunmen"), ("gunmen", "gunmen"), ("fisherman", "fishermen"), ("spokeswoman", "spokeswomen"),
    ("insurgent", "insurgents"), ("insurgents", "insurgents"), ("human", "humans"), ("German", "Germans"),
    ("person", "people"),
])
def test_plural_never_twice_and_man_compounds(noun, plural):
    assert nouns.plural(noun) == plural


@pytest.mark.parametrize("text, value", [
    ("half a million", 500_000), ("more than half a million", 500_000), ("nearly half a billion", 5e8),
    ("a quarter of a million", 250_000), ("three quarters of a million", 750_000),
    ("one and a half million", 1_500_000), ("two and a half billion", 2.5e9), ("half a dozen", 6),
])
def test_a_fraction_of_a_scale_word_is_a_count(text, value):
    reading = read(text)
    assert reading.value == pytest.approx(value) and reading.unit is None


@pytest.mark.parametrize("text, value, unit", [("half", 0.5, "fraction"), ("a quarter", 0.25, "fraction"),
                                               ("a million", 1e6, None)])
def test_plain_fractions_and_scales_unchanged(text, value, unit):
    reading = read(text)
    assert (reading.value, reading.unit) == (pytest.approx(value), unit)


# --- with the model ----------------------------------------------------------------------------

@pytest.mark.model
@pytest.mark.parametrize("text, figure", [
    ("Queensland Ambulance Service paramedic chief Ruth Dale said 14 people were hurt when a bus rolled over. "
     "Western Australia sent no crews.", "14"),
    ("New South Wales Fire Commissioner Paul Kerr said 31 homes had burned near Bega.", "31"),
    ("The New South Wales health department said 210 people had fallen ill after the festival.", "210"),
])
def test_a_state_of_several_words_resolves_whole(nlp, text, figure):
    assert claim_of(nlp, text, figure).subject == "Australia"


@pytest.mark.model
@pytest.mark.parametrize("text, figure", [
    ("Three gunmen stormed a wedding hall in Kano, Nigeria, on Saturday, police said.", "Three"),
    ("Police in Karachi, Pakistan, said four gunmen on motorbikes had fled the scene.", "four"),
])
def test_unnamed_gunmen_are_no_side(nlp, text, figure):
    subject = claim_of(nlp, text, figure).subject
    assert subject not in ("gunmen", "gunmans") and "gunm" not in (subject or "")


@pytest.mark.model
def test_a_named_group_of_gunmen_keeps_its_name(nlp):
    text = "Residents of Gao, Mali, said 30 Wagner gunmen had entered the town."
    assert claim_of(nlp, text, "30").subject == "Wagner"


@pytest.mark.model
@pytest.mark.parametrize("text, figure, country", [
    ("Doctors in Kabul, Afghanistan, said 52 wounded people reached the Italian Emergency Hospital overnight. "
     "Afghanistan's health ministry confirmed the count.", "52", "Afghanistan"),
    ("In Mogadishu, Somalia, 19 students were hurt when a wall fell at the Turkish Friendship School. "
     "Somalia's police said the building was old.", "19", "Somalia"),
])
def test_a_country_inside_a_facility_name_is_no_place(nlp, text, country, figure):
    assert claim_of(nlp, text, figure).subject == country


@pytest.mark.model
@pytest.mark.parametrize("text, figure, value", [
    ("The new rules will cover more than half a million renters, the housing ministry said.",
     "more than half a million", 500_000),
    ("Some one and a half million voters stayed at home, the commission said.", "Some one and a half million",
     1_500_000),
    ("Aid agencies said a quarter of a million people needed food.", "a quarter of a million", 250_000),
])
def test_fraction_of_a_scale_is_one_claim(nlp, text, figure, value):
    found = claims_of(nlp, text)
    assert [c.quantity.text for c in found] == [figure]
    assert found[0].quantity.value == value


@pytest.mark.model
@pytest.mark.parametrize("text, figure", [
    ("The injured driver, 57, was flown to hospital in Leeds.", "57"),
    ("Police said a shopkeeper, 62, who had tried to stop the robbery, was stabbed.", "62"),
    ("A priest, 71, led the service at the cathedral.", "71"),
    ("The accused gunman, 19, appeared in court on Tuesday.", "19"),
])
def test_an_age_after_a_common_noun_for_one_person(nlp, text, figure):
    assert figure not in [c.quantity.text for c in claims_of(nlp, text)]


@pytest.mark.model
@pytest.mark.parametrize("text, figure", [
    ("The ministry said the total, 45, was higher than last year.", "45"),
    ("Rescuers said the survivors, 12, were taken to Bergen.", "12"),
])
def test_a_number_after_a_noun_of_no_person_stays(nlp, text, figure):
    assert figure in [c.quantity.text for c in claims_of(nlp, text)]


@pytest.mark.model
@pytest.mark.parametrize("text, figure", [
    ("Prices rose 3.1% in May, above the central bank's 2% target.", "2%"),
    ("The reserve bank expects inflation to return to its 3% target next year.", "3%"),
    ("The fund said the government had missed its target of 5 per cent.", "5 per cent"),
    ("Officials kept the 1.5 percent deficit target for the year.", "1.5 percent"),
])
def test_a_target_is_a_reference(nlp, text, figure):
    assert figure not in [c.quantity.text for c in claims_of(nlp, text)]


@pytest.mark.model
def test_a_figure_beside_a_target_stays(nlp):
    text = "Prices rose 3.1% in May, above the central bank's 2% target."
    assert "3.1%" in [c.quantity.text for c in claims_of(nlp, text)]


@pytest.mark.model
@pytest.mark.parametrize("text, figure, measure", [
    ("Health officials said 85 patients and relatives were killed when the ward was shelled.", "85", "killed"),
    ("The charity said more than 300 patients had been treated for cholera since Monday.",
     "more than 300", "affected"),
    ("Witnesses said tens of thousands of families were on the move towards the border.",
     "tens of thousands", "displaced"),
    ("The camp already sheltered about 90,000 displaced people before the rains, the agency said.",
     "about 90,000", "displaced"),
    ("Surgeons treated 70 people with bullet wounds at the field hospital.", "70", "wounded"),
    ("Police said a woman and three firefighters were among those in a serious condition.", "three", "wounded"),
    ("The motion passed by seven votes to two.", "seven", "other"),
    ("The cut was the third this year, when the benchmark rate stood at 6.5%, the bank said.", "6.5%", "other"),
])
def test_round9_measures(nlp, text, figure, measure):
    assert claim_of(nlp, text, figure).measure == measure
