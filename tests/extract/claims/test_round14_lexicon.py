"""Issue 14, round 14 (lexicon): the words news reporting of any kind uses for each measure and for
saying, checked one short sentence at a time: killings, wounds, the missing, captives, the displaced,
arrests, the affected, deployments and supplies in words the earlier rounds had not met, and verbs of
saying. Sentences written for these tests, in our own words; each group has cases that must not fire."""

from __future__ import annotations

import pytest

from sentence_claims import claim_of

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, figure, measure", [
    # killed
    ("Twelve miners perished in the collapse.", "Twelve", "killed"),
    ("At least 40 people lost their lives in the fire.", "At least 40", "killed"),
    ("The crash claimed 17 lives.", "17", "killed"),
    ("The storm has claimed the lives of 23 people.", "23", "killed"),
    ("The civil war cost 2,000 lives.", "2,000", "killed"),
    ("Rescuers recovered 31 bodies from the river.", "31", "killed"),
    ("Officials said 50 people had been slain.", "50", "killed"),
    ("Ten people succumbed to their injuries in hospital.", "Ten", "killed"),
    ("The militants massacred 60 civilians.", "60", "killed"),
    ("Eight protesters were gunned down by troops.", "Eight", "killed"),
    ("Three shopkeepers were stabbed to death.", "Three", "killed"),
    ("Gunmen shot dead 11 villagers.", "11", "killed"),
    ("Seven people were burned to death in the blaze.", "Seven", "killed"),
    ("The hospital has received 14 deceased.", "14", "killed"),
    # wounded
    ("Nineteen people were hurt when the roof collapsed.", "Nineteen", "wounded"),
    ("At least 30 people suffered burns in the explosion.", "At least 30", "wounded"),
    ("Five people sustained serious injuries in the crash.", "Five", "wounded"),
    ("Eight people were hospitalised with injuries.", "Eight", "wounded"),
    ("The quake left 300 people injured.", "300", "wounded"),
    ("Eleven people were stabbed at the festival.", "Eleven", "wounded"),
    ("Six men were shot and wounded.", "Six", "wounded"),
    ("The bomb went off near the market and 12 were hurt.", "12", "wounded"),
    # missing
    ("Twelve climbers remain unaccounted for.", "Twelve", "missing"),
    ("Nine miners are trapped underground.", "Nine", "missing"),
    ("Thirty fishermen have gone missing at sea.", "Thirty", "missing"),
    ("Police listed 40 people as missing.", "40", "missing"),
    # captured
    ("Gunmen abducted 40 villagers on Tuesday.", "40", "captured"),
    ("Eight aid workers were taken hostage.", "Eight", "captured"),
    ("Twenty hostages remain in captivity.", "Twenty", "captured"),
    ("Troops rescued 45 kidnapped pupils.", "45", "captured"),
    ("The gang snatched 12 children from the school.", "12", "captured"),
    ("The insurgents released 19 abductees.", "19", "captured"),
    ("Gunmen are holding 25 passengers hostage.", "25", "captured"),
    # displaced
    ("More than 5,000 people fled their homes.", "More than 5,000", "displaced"),
    ("Around 2,000 families left their homes.", "Around 2,000", "displaced"),
    ("Some 700 households abandoned their houses as the water rose.", "Some 700", "displaced"),
    ("About 9,000 people are sheltering in schools.", "About 9,000", "displaced"),
    ("The floods left 30,000 people homeless.", "30,000", "displaced"),
    ("At least 3,000 people took refuge in churches.", "At least 3,000", "displaced"),
    # arrested
    ("Officers took 12 men into custody.", "12", "arrested"),
    ("Some 120 people were taken into custody.", "Some 120", "arrested"),
    ("At least 90 people remain in police custody.", "At least 90", "arrested"),
    ("Security forces rounded up 300 suspects.", "300", "arrested"),
    ("Police have locked up 16 men.", "16", "arrested"),
    ("Police said 300 were arrested and 40 detained.", "300", "arrested"),
    # affected
    ("Around 700 travellers were marooned by the snow.", "Around 700", "affected"),
    ("The storm knocked out power to 250,000 homes.", "250,000", "affected"),
    ("At least 5,000 passengers were stranded at the airport.", "At least 5,000", "affected"),
    # deployed
    ("More than 1,000 troops have been drafted in.", "More than 1,000", "deployed"),
    ("The ministry brought in 400 firefighters from other provinces.", "400", "deployed"),
    ("The army redeployed 2,000 soldiers to the north.", "2,000", "deployed"),
])
def test_news_words_name_the_measure(nlp, text, figure, measure):
    assert claim_of(nlp, text, figure).measure == measure


@pytest.mark.parametrize("text, figure, measure", [
    ("Farmers rounded up 300 sheep before the storm.", "300", "other"),
    ("The company brought in 30 tonnes of rice.", "30", "supplied"),
    ("The army redeployed 40 tanks to the north.", "40", "other"),
    ("The new vaccine saved 2,000 lives.", "2,000", "other"),
    ("The victory knocked 3 points off the lead.", "3", "other"),
])
def test_words_with_another_sense_do_not_fire(nlp, text, figure, measure):
    assert claim_of(nlp, text, figure).measure == measure


@pytest.mark.parametrize("text, figure", [
    ("Bandits seized 40 rifles from the police post.", "40"),
    ("Customs officers seized 300 kilograms of cocaine.", "300"),
    ("The team lost 12 games this season.", "12"),
])
def test_things_taken_or_lost_are_no_people(nlp, text, figure):
    assert claim_of(nlp, text, figure).measure not in ("captured", "killed", "arrested")


@pytest.mark.parametrize("verb", [
    "stressed", "insisted", "asserted", "affirmed", "contended", "conceded", "cautioned", "lamented",
    "emphasised", "reiterated", "remarked", "testified", "reckoned", "tweeted", "explained", "maintained",
    "observed", "recalled", "mentioned", "recounted",
    "posted on X", "told reporters", "explained to reporters", "updated",
])
def test_verbs_of_saying_set_off_after_the_figure(nlp, verb):
    found = claim_of(nlp, f"At least 30 people died, the mayor {verb}.", "At least 30")
    assert (found.measure, found.source) == ("killed", "mayor")


@pytest.mark.parametrize("text, source", [
    ("Human rights monitors documented 45 killings in the province.", "Human rights monitors"),
    ("Officials verified 30 deaths by Friday.", "Officials"),
    ("Officials logged 30 deaths.", "Officials"),
])
def test_verbs_of_recording_attribute(nlp, text, source):
    figure = "45" if "45" in text else "30"
    assert claim_of(nlp, text, figure).source == source


@pytest.mark.parametrize("text, figure", [
    ("The army maintains 5,000 troops in the region.", "5,000"),
    ("The general posted 200 soldiers along the border.", "200"),
    ("The ministry recalled 40 diplomats.", "40"),
    ("The coach briefed 25 players before the match.", "25"),
])
def test_verbs_that_say_only_with_a_clause_do_not_attribute_their_object(nlp, text, figure):
    assert claim_of(nlp, text, figure).source is None


@pytest.mark.parametrize("text, figure, source", [
    ("Of the panel's seven judges, three backed the appeal and one, Maria Lind, argued for a retrial.", "three", None),
    ("Firefighters responded to 300 calls overnight.", "300", None),
])
def test_verbs_that_do_not_say_a_figure(nlp, text, figure, source):
    assert claim_of(nlp, text, figure).source == source


def test_a_conjunct_harm_needs_a_shared_participle(nlp):
    text = "Two divers were pulled out alive and 11 are missing, the coast guard said."
    assert claim_of(nlp, text, "Two").measure != "missing"


def test_votes_lost_are_no_deaths(nlp):
    text = "The party said thousands of its ballots were wrongly counted or lost."
    assert claim_of(nlp, text, "thousands").measure != "killed"
