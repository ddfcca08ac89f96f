"""Claim extraction on short sentences written for these tests, and over the seed corpus."""

from __future__ import annotations

import datetime as dt

import pytest

from newsclaims.extract import claims, entities, time as timex
from newsclaims.model import Article
from sentence_claims import claims_of, claim_of

pytestmark = pytest.mark.model

PUBLISHED = dt.date(2026, 3, 10)


def run(nlp, text: str):
    return claims_of(nlp, text, published=PUBLISHED)


def only(nlp, text: str, figure: str):
    return claim_of(nlp, text, figure, published=PUBLISHED)


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("The storm killed 40 people in 2024 and left 1,200 homeless.", ["40", "1,200"]),
        ("On June 30, 2025 officials said 300 were missing.", ["300"]),
        ("He was aged 17 and carried an AK-47 at 10 a.m. for 16 months.", []),
        ("One of the two countries sent at least one ship.", ["at least one"]),
        ("Call +1 555-123-4567 or visit https://example.org/page/2026 for 3 updates.", ["3"]),
        ("The fire covered 1,300 square kilometers (500 square miles).", ["1,300"]),
        ("Between 50 and 60 boats and 25,000 to 30,000 people, 200+ trucks.",
         ["Between 50 and 60", "25,000 to 30,000", "200+"]),
        ("Tens of thousands marched and dozens of people were hurt.", ["Tens of thousands", "dozens"]),
        ("She visited three times; it may grow by up to three times.", ["up to three times"]),
        ("The search could take another week or two, and 40 divers joined.", ["40"]),
        ("It was the third quake above magnitude 7 and a magnitude 6.8 shock hit 2 towns.",
         ["6.8", "2"]),
        ("Share this article: 12 comments", []),
        ("Relatives have spent the last three nights at the site.", []),
        ("It has conscription from the age of 17.", []),
        ("Authorities banned gatherings of more than 100 people and 40 schools closed.", ["40"]),
        ("Deaths stayed below the 2% threshold; the emergency line, 90210, took 500 calls.", ["500"]),
    ],
)
def test_which_numbers_are_claims(nlp, text, figures):
    assert [c.quantity.text for c in run(nlp, text)] == figures


@pytest.mark.parametrize(
    ("text", "figure", "counted", "measure"),
    [
        ("Officials said more than 6,000 of those soldiers have been killed, wounded, or went missing.",
         "more than 6,000", "soldier", "casualties"),
        ("The army places casualties at more than 6,000.", "more than 6,000", "casualty", "casualties"),
        ("The country delivered over 100 ballistic missiles, 200+ artillery pieces, and 14,000 troops.",
         "200+", "artillery piece", "supplied"),
        ("The country delivered over 100 ballistic missiles, 200+ artillery pieces, and 14,000 troops.",
         "14,000", "troop", "deployed"),
        ("The quake killed at least 120 people and injured more than 900.", "more than 900", "person", "wounded"),
        ("The quake killed at least 120 people and injured more than 900.", "at least 120", "person", "killed"),
        ("About 4,000 soldiers have been killed or injured.", "About 4,000", "soldier", "casualties"),
        ("Police said 23 people were arrested.", "23", "person", "arrested"),
        ("Some 46,000 people fled their villages.", "Some 46,000", "person", "displaced"),
        ("The floods affected 95,000 people across three regions.", "three", "region", "other"),
        ("The army boasts around 1.2 million personnel.", "around 1.2 million", "personnel", "other"),
        ("The death toll rose to 245 on Tuesday.", "245", "death", "killed"),
        ("Eleven officers were treated for minor injuries.", "Eleven", "officer", "wounded"),
        ("As of Monday, 47 people were listed as missing.", "47", "person", "missing"),
        ("Ferry sinks; at least 14 dead, dozens missing", "at least 14", "person", "killed"),
        ("About a quarter of the dead were children.", "About a quarter", "person", "killed"),
        ("The number of confirmed dead rose to 31 on Monday.", "31", "person", "killed"),
        ("Ferry toll rises to 31 as divers reach the hull", "31", "death", "killed"),
        ("It had sent 2,400 troops and handed out 3,000 food packs.", "3,000", "food pack", "supplied"),
        ("More than 300 personnel and two aircraft have joined the search.", "More than 300", "personnel",
         "deployed"),
        ("More than 300 personnel and two aircraft have joined the search.", "two", "aircraft", "other"),
        ("Hospitals treated 58 survivors for injuries. Four of them remain in intensive care.", "Four",
         "survivor", "wounded"),
        # people freed from captivity are counted as captives (round 6, measures rule 4c)
        ("The army captured 12 insurgents and freed 9 hostages.", "9", "hostage", "captured"),
        ("Rescuers searched for dozens of people believed trapped under rubble.", "dozens", "person", "missing"),
        ("Some 3,200 homes were destroyed and 11,000 damaged.", "11,000", "home", "other"),
        ("Power was cut to between 4,000 and 5,000 homes.", "between 4,000 and 5,000", "home", "affected"),  # round 8: power cut off (measures "Services cut off"), as the wildfire gold has it
        ("The armed forces flew four CH-47 helicopters to the area.", "four", "helicopter", "other"),
        ("Attacks force tens of thousands from their homes.", "tens of thousands", "person", "displaced"),
        ("Pyongyang supplied approximately 9 million artillery shellsroughly half the total.",
         "approximately 9 million", "artillery shell", "supplied"),
        ("Seoul describes significant military support from North Korea, including more than 10 million "
         "artillery shells.", "more than 10 million", "artillery shell", "supplied"),
        ("The agency counted 48,200 displaced people. UNHCR put the number at 52,000.", "52,000", "person",
         "displaced"),
        ("The government expects that up to 20,000 people will need temporary housing.", "up to 20,000",
         "person", "displaced"),
        ("The Red Cross estimates that about 42,000 people need shelter, food or water.", "about 42,000",
         "person", "affected"),
        ("At least nine miners were killed and about 30 others remained trapped.", "about 30", "miner", "missing"),
        ("Russia will receive 1,000 mine-clearing specialists, officials said.", "1,000", "specialist", "deployed"),
        ("Around 15,000 North Korean troops have gone to Russia.", "Around 15,000", "troop", "deployed"),
        ("Some 12 people went missing.", "Some 12", "person", "missing"),
        ("Insurgents abduct dozens as displacement passes 90,000", "90,000", "person", "displaced"),
        ("The service raised its estimate to about 15,000 soldiers sent. It later raised its estimate to "
         "about 16,000.", "about 16,000", "soldier", "deployed"),
        ("UNICEF said 41,000 displaced children were out of school, almost half of all school-age children "
         "in the camps.", "almost half", "child", "affected"),
        ("Health officials confirmed 212 new cases of measles.", "212", "case", "affected"),
        ("Clinics admitted 95 patients with suspected dengue.", "95", "patient", "affected"),
        ("Officials put the case fatality rate at 1.8%.", "1.8%", "case", "killed"),
        ("The mortality rate has risen to 4%, the ministry said.", "4%", "person", "killed"),
        ("Twelve pupils became ill after lunch.", "Twelve", "pupil", "affected"),
        ("Measles outbreak: more than 80 fall sick", "more than 80", "person", "affected"),
        ("The hotline received 2,300 calls.", "2,300", "call", "other"),
        ("Nurses have administered 50,000 doses.", "50,000", "dose", "supplied"),
        ("Of the 300 evacuees, 45 have returned home.", "45", "evacuee", "displaced"),
        ("The court heard 12 cases on Monday.", "12", "case", "other"),  # no illness in the article
        ("Prosecutors opened 300 cases of fraud.", "300", "case", "other"),
        ("The cholera outbreak has spread. The ministry recorded 40 new cases of cholera.", "40", "case", "affected"),
        ("The agency handled 2,000 asylum cases in March.", "2,000", "asylum case", "other"),
    ],
)
def test_counted_and_measure(nlp, text, figure, counted, measure):
    claim = only(nlp, text, figure)
    assert (claim.counted, claim.measure) == (counted, measure)


@pytest.mark.parametrize(
    ("text", "figure", "subject"),
    [
        ("Pyongyang sent some 14,000 troops abroad.", "some 14,000", "North Korea"),
        ("An estimated 75,000 Ukrainian troops died.", "An estimated 75,000", "Ukraine"),
        ("France's army deployed 900 soldiers.", "900", "France"),
        ("Rescue teams searched the rubble; 2 teams from Chile arrived.", "2", "Chile"),
        ("Troops killed dozens of insurgents near the river.", "dozens", "insurgents"),
        ("The NIS estimates that 4,700 North Korean troops have become casualties, a figure that includes "
         "some 600 deaths.", "some 600", "North Korea"),
        ("Pyongyang is also said to have sent more than 100 ballistic missiles to Moscow.", "more than 100",
         "North Korea"),
        ("The Department of Social Welfare and Development said it had handed out 2,400 food packs in "
         "the Philippines.", "2,400", "Philippines"),
        ("Rescuers recovered 44 bodies off the Philippine coast, the Coast Guard said.", "44", "Philippines"),
    ],
)
def test_subject(nlp, text, figure, subject):
    assert only(nlp, text, figure).subject == subject


@pytest.mark.parametrize(
    ("text", "figure", "source", "via", "cue"),
    [
        ("According to the Red Cross, 300 people died.", "300", "Red Cross", None, "according to"),
        ("The Interior Ministry said 40 people died.", "40", "Interior Ministry", None, "said"),
        ("Around 600 people died, according to lawmaker Jan Novak, who cited figures from the Health Bureau.",
         "Around 600", "Health Bureau", "Jan Novak", "according to"),
        ("About 9 million shells were sent, according to Western intelligence cited by The Times.",
         "About 9 million", "Western intelligence", "Times", "according to"),
        ("Canada estimates that 15,000 troops were sent.", "15,000", "Canada", None, "estimates"),
        ("The quake destroyed 300 homes.", "300", None, None, None),
        ("The National Relief Agency (NRA) opened shelters. The NRA said 31 camps were open.",
         "31", "National Relief Agency", None, "said"),
        ("About a quarter of the dead were children, according to a list published by the provincial government.",
         "About a quarter", "provincial government", None, "according to"),
        ("The mayor, who cited lists compiled by families, said as many as 60 people were aboard.",
         "as many as 60", "families", "mayor", "said"),
        ("Residents were moved, according to the Department of Environment and Natural Resources (DENR). "
         "The agency said the slick covered 12 square kilometres.",
         "12", "Department of Environment and Natural Resources", None, "said"),
        ("UNICEF, cited by the newspaper Prothom Barta, said 1.3 million children were affected.",
         "1.3 million", "UNICEF", "Prothom Barta", "said"),
        ("LISBON, 18 May 2026 - Police on Monday raised the number arrested to 31 and said 14 of them "
         "would face charges.", "14", "Police", None, "said"),
        ("The government has released 2 million cedis and promised 50,000 cedis to each family, Lands "
         "Minister Abena Owusu said.", "50,000", "Abena Owusu", None, "said"),
        ("Russia will receive 1,000 specialists, Sergei Shoigu, the secretary of Russia's Security Council, "
         "said.", "1,000", "Sergei Shoigu", None, "said"),
        ("One estimate put Ukrainian deaths at 75,000.", "75,000", None, None, "put"),
        ("Pyongyang is also said to have sent more than 100 ballistic missiles.", "more than 100", None, None, None),
        ("As many as 70 people were aboard, far more than the 60 the operator listed.", "60", "operator", None,
         "listed"),
        ("The WHO warned that 5,000 people could be infected.", "5,000", "WHO", None, "warned"),
        ("Its clinics had admitted 120 patients, the charity said.", "120", "charity", None, "said"),
        ("Ten people were treated in hospital, Ortega said, and four of them were children.", "four", "Ortega",
         None, "said"),
        ("Health officer Maria Lopez said 30 people were ill. Some 12 were in hospital, Lopez said.", "Some 12",
         "Maria Lopez", None, "said"),
        ("The Ministry of Public Health opened clinics. The ministry said 80 patients were treated.", "80",
         "Ministry of Public Health", None, "said"),
    ],
)
def test_attribution(nlp, text, figure, source, via, cue):
    claim = only(nlp, text, figure)
    assert (claim.source, claim.via, claim.cue) == (source, via, cue)


@pytest.mark.parametrize(
    ("text", "figure", "modality"),
    [
        ("The country may send up to 25,000 laborers.", "up to 25,000", "projected"),
        ("He announced a deal to send 1,000 sappers.", "1,000", "projected"),
        ("Officials estimate that 4,700 soldiers were wounded.", "4,700", "estimated"),
        ("An estimated 75,000 troops died.", "An estimated 75,000", "estimated"),
        ("The ministry denied that 300 people had died.", "300", "denied"),
        ("Police said 23 people were arrested.", "23", "reported"),
        ("Some 200 homes were damaged, according to preliminary estimates by the Red Cross.", "Some 200",
         "estimated"),
        ("At least six coffins could be seen on stage, the newspaper reported.", "At least six", "reported"),
    ],
)
def test_modality(nlp, text, figure, modality):
    assert only(nlp, text, figure).modality == modality


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("South Korea's National Intelligence Service (NIS) said so.", [("NIS", "National Intelligence Service")]),
        ("The World Food Programme (WFP) delivered food.", [("WFP", "World Food Programme")]),
        ("Nothing (here) is defined.", []),
        ("Said Ana Ruiz, the World Health Organization (WHO) envoy in Peru.", [("WHO", "World Health Organization")]),
    ],
)
def test_aliases(nlp, text, expected):
    assert entities.aliases(nlp(text)) == expected


@pytest.mark.parametrize(
    ("text", "figure", "as_of"),
    [  # published Tuesday 2026-03-10
        ("The toll rose to 31 on Monday evening, with 19 people still missing.", "19", "2026-03-09"),
        ("Orders covered about 31,000 people, up from 12,500 on Sunday, officials said.", "12,500", "2026-03-08"),
        ("Orders covered about 31,000 people, up from 12,500 on Sunday, officials said.", "about 31,000", None),
        ("The army said it captured 12 insurgents and freed 9 hostages in an operation on Monday.", "12",
         "2026-03-09"),
        ("Around 18,000 people spent Sunday night in tents, the agency said.", "Around 18,000", "2026-03-08"),
        ("The agency said on Monday that 92,000 people had fled, up from 61,000 a week earlier.", "61,000",
         "2026-03-02"),
        ("It was the deadliest since 21 June 2008, when more than 800 people died.", "more than 800", "2008-06-21"),
        ("The death toll from Saturday's sinking rose to 31.", "31", None),
        ("Shoigu visited on March 2 and announced a deal to send 1,000 sappers.", "1,000", None),
    ],
)
def test_as_of(nlp, text, figure, as_of):
    doc = nlp(text)
    article = Article(id="t", uri="t", text=text, title=None, outlet=None, published=PUBLISHED,
                      published_basis="metadata", published_confidence=1.0)
    found = [c for c in claims.extract(doc, article, timex.extract(doc, PUBLISHED)) if c.quantity.text == figure]
    assert len(found) == 1
    expected = dt.date.fromisoformat(as_of) if as_of else PUBLISHED
    assert (found[0].as_of, found[0].as_of_basis) == (expected, "stated" if as_of else "published")


@pytest.mark.parametrize(
    ("text", "figure", "unit"),
    [
        ("Officials said the government would give 100,000 pesos to each family in the Philippines.",
         "100,000", "PHP"),
        ("Mexico said it would give 100,000 pesos to each family.", "100,000", "MXN"),
        ("The fund has 5 million dollars, Canadian officials said in Ottawa.", "5 million", "CAD"),
        ("The fund has $5 million, officials said in Ottawa.", "5 million", "USD"),
        ("A magnitude 7.1 earthquake struck.", "7.1", "magnitude"),
    ],
)
def test_unit(nlp, text, figure, unit):
    assert only(nlp, text, figure).quantity.unit == unit


def test_every_seed_claim_slices_out_of_its_text(nlp, seed_dir):
    total = 0
    for path in sorted(seed_dir.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        for claim in run(nlp, text):
            total += 1
            assert text[claim.quantity.start:claim.quantity.end] == claim.quantity.text
            assert text[claim.sentence_start:claim.sentence_end] == claim.sentence
            assert claim.as_of == PUBLISHED and claim.as_of_basis == "published"
    assert total >= 30


# Patterns the demo corpus showed wrong (issue 3 follow-up), in sentences written for these tests.
@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # "X estimates that ...", with "estimates" tagged as a plural noun
        ("Canadian defence intelligence estimates that more than 600 of them have since been killed.",
         "more than 600", {"source": "Canadian defence intelligence", "cue": "estimates"}),
        # a share pointing back ("That would be ...") takes the measure, subject and source told before
        ("Some 1,400 Chilean soldiers were sent north. The coast guard estimates that more than 600 of them "
         "have since been wounded. That would be well over half of the original force.", "well over half",
         {"measure": "wounded", "subject": "Chile", "source": "coast guard"}),
        ("The agency says more than 600 Chilean soldiers have been wounded, which would be more than half "
         "of the force first sent.", "more than half", {"measure": "wounded", "subject": "Chile"}),
        # "it says" after a sentence whose subject is a named body
        ("The NIS said 600 were killed. Canadian defence intelligence goes further. It says more than 900 "
         "soldiers have been killed.", "more than 900", {"source": "Canadian defence intelligence"}),
        # "X, a lawmaker who cited Y, gave the same figure of N"
        ("Maria Lopes, a mayor who cited the ministry, gave the same figure of about 60 killed.", "about 60",
         {"source": "ministry", "via": "Maria Lopes", "cue": "gave", "measure": "killed"}),
        # "X, who sits on ... and cited Y": the citing relative conjoined to another
        ("Mayor Ana Ruiz, who sits on the health committee and cited briefings from the health bureau, said "
         "roughly 600 people had been killed.", "roughly 600", {"source": "health bureau", "cue": "said"}),
        # "handed over" is a sending verb
        ("In exchange, Lima has handed over at least one air-defence system.", "at least one",
         {"measure": "supplied"}),
        # a participle said by the subject of the clause it hangs from; "exceed N" is more than N
        ("The coastguard offers a higher estimate, saying island losses exceed 600 killed and wounded.", "600",
         {"source": "coastguard", "cue": "saying", "qualifier": "more_than"}),
        # materiel under a light verb is supplied; fired materiel is not
        ("Officials in Lima put the total at more than 10 million shells.", "more than 10 million",
         {"measure": "supplied"}),
        ("Rebels fired 40 rockets at the town.", "40", {"measure": "other"}),
        # "a figure of N troops": the measure of the earlier count of personnel
        ("Some 1,400 Chilean soldiers were sent north. Other reporting has used a middle figure of some "
         "1,500 troops.", "some 1,500", {"measure": "deployed"}),
        # "for deployment": deployed
        ("Reports in May said Lima was preparing between 2,500 and 3,000 more police officers for "
         "deployment.", "between 2,500 and 3,000", {"measure": "deployed"}),
        # an assessment noun is no source; who repeats or issues it is
        ("Early assessments, repeated by local officials through May, put the number of people displaced "
         "at around 12,000.", "around 12,000", {"source": "local officials"}),
        ("Reports from Lima say Peru could send up to 2,500 workers.", "up to 2,500", {"source": "Peru"}),
        ("A separate assessment quoted by analysts put the share at close to 40%.", "close to 40%",
         {"via": "analysts"}),
        # an area with an "of" object counts it; a length does not
        ("Troops held about 900 square kilometres of farmland.", "about 900", {"counted": "farmland", "unit": "km2"}),
        ("Rescuers dug through 25 metres of rock.", "25", {"counted": None, "unit": "m"}),
    ],
)
def test_demo_patterns(nlp, text, figure, expected):
    claim = only(nlp, text, figure)
    found = {key: getattr(claim.quantity if key in ("qualifier", "unit") else claim, key) for key in expected}
    assert found == expected


@pytest.mark.parametrize(
    "text",
    [
        "Counts of the two agencies differ by more than 2,000 people.",
        "There is a gap of 300 between the two counts.",
    ],
)
def test_a_difference_is_no_claim(nlp, text):
    assert [c.quantity.text for c in run(nlp, text)] == []


# --- patterns from the strike story (held out 2026-11-23), in other words ---------------------

@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # an age in apposition to a person's name
        ("Nurse Maria Lopes, 38, said 400 colleagues had joined her.", ["400"]),
        # the first of two days before one month name
        ("Dockers will walk out on 3 and 4 June, and 900 containers are stuck.", ["900"]),
        # a flight or route code before a number; a foreign street name after one
        ("Passengers on flight BA 2490 waited at 48 rue Cler while 70 buses ran.", ["70"]),
        # a hotline given with "is"
        ("The strike information number is 1418, and 35 depots were closed.", ["35"]),
    ],
)
def test_strike_non_claims(nlp, text, figures):
    assert [c.quantity.text for c in run(nlp, text)] == figures


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # "N in M" and "N out of M" are fractions
        ("Police estimated that nine out of ten teachers stayed home.", "nine out of ten",
         {"value": 0.9, "unit": "fraction", "counted": "teacher"}),
        ("Roughly 3 in 10 bus drivers reported for work, the company said.", "Roughly 3 in 10",
         {"value": 0.3, "unit": "fraction", "qualifier": "approx"}),
        # people "on strike" are no deployment, though staff are personnel
        ("The hospital union said 70% of its nurses and porters were on strike.", "70%",
         {"measure": "other"}),
        # stranded travellers are affected
        ("More than 12,000 commuters were left stranded overnight, the operator said.", "More than 12,000",
         {"measure": "affected"}),
        # "X, citing its own figures, said": X is the source, not a via
        ("The teachers' union, citing its own survey, said 65% of schools had closed.", "65%",
         {"source": "teachers' union", "via": None}),
        # a participle the parser hangs on the denied clause is the denier's
        ("Minister Paulo Reis denied that 90% of doctors had stopped work, saying the true share was 40%.",
         "40%", {"source": "Paulo Reis", "modality": "reported"}),
        # "N of those arrested": people, not the group before
        ("Nineteen officers were hurt. Prosecutors said 12 of those detained would be charged.", "12",
         {"counted": "person"}),
        # a demand and an offer are projected and said by their subject; rejecting an offer denies nothing
        ("Dock workers are demanding a 7% wage increase.", "7%",
         {"counted": "wage", "modality": "projected", "source": "Dock workers"}),
        ("The employers have offered 3% next year.", "3%", {"modality": "projected", "source": "employers"}),
        ("Nurses reject 5% pay offer", "5%", {"modality": "projected", "source": None}),
    ],
)
def test_strike_patterns(nlp, text, figure, expected):
    claim = only(nlp, text, figure)
    found = {key: getattr(claim.quantity if key in ("value", "qualifier", "unit") else claim, key) for key in expected}
    assert found == pytest.approx(expected) if "value" in expected else found == expected
