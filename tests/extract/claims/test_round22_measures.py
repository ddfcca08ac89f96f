"""Issue 14, round 22 (measures): a count added to an earlier one (rule 83), a toll given again or a tally that passes a
level (84, rule 80 widened), police cases registered beside arrests and fines (85, rule 65 widened), and rule 49's own
list of verbs of setting out. Sentences written for these tests, in our own words, about other events; each group has
cases that must not fire."""

from __future__ import annotations

import pytest

from sentence_claims import claim_of

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, figure, measure", [
    # rule 83: "a further N", "another N", "N more" take the measure of the count before
    ("On Monday, 40 of the wounded were still in hospital, the governor said. Doctors said a further 120 had been "
     "treated and sent home.", "120", "wounded"),
    ("Rescuers pulled 30 injured people from the wreck, and another 12 were taken to a clinic in the next town.",
     "12", "wounded"),
    ("The clinic said 2,400 doses had been administered by Monday, 310 more than a week earlier.", "310", "supplied"),
    ("Coastguards recovered 14 bodies on Sunday and a further nine on Monday.", "nine", "killed"),
    # must not fire: things counted before, or a state of the figure's own
    ("The company sold 400 cars in May and a further 200 in June.", "200", "other"),
    ("The army said 15 soldiers had been killed. Another 20 were on leave.", "20", "other"),
    # rule 84: a toll given or announced again, a tally that passes a level
    ("Firefighters counted 31 dead on Monday; the regional governor gave 48 the next day.", "48", "killed"),
    ("The ministry reported 12 people killed in the floods. The governor announced 19 on Tuesday, and by Thursday "
     "the official count had passed 25.", "19", "killed"),
    ("The ministry reported 12 people killed in the floods. The governor announced 19 on Tuesday, and by Thursday "
     "the official count had passed 25.", "25", "killed"),
    # must not fire: a gift, or people who are not harmed
    ("The museum counted 400 visitors on Monday; the guide gave 300 the next day.", "300", "other"),
    # rule 85: cases registered beside arrests and fines are police cases, even in an article about illness
    ("Amid the cholera outbreak, police registered 57 cases against shopkeepers, arrested nine traders and fined "
     "them.", "57", "other"),
    ("The dengue season is at its peak. Since March, 3,100 people have been arrested under the sanitation rules and "
     "4,200 cases registered, the inspector said.", "4,200", "other"),
    # must not fire: cases of illness registered
    ("Amid the outbreak, the clinic registered 500 cases of cholera in a week.", "500", "affected"),
    ("Health officials registered 230 cases of dengue on Monday, and the hospital admitted 40 patients.", "230",
     "affected"),
    # rule 86: doses counted by their vaccine's name, doses passing a level, doses landing in a headline
    ("First 50,000 cholera vaccine doses land in Lilongwe as cases climb", "50,000", "supplied"),
    ("Vaccine doses pass 20,000 as campaign widens", "20,000", "supplied"),
    ("A shipment of 80,000 measles vaccine doses arrived in Juba on Tuesday, the ministry said.", "80,000", "supplied"),
    ("First 100,000 measles vaccine doses land in Juba, a fraction of what the country needs", "100,000", "supplied"),
    # must not fire: doses needed
    ("The country needs 900,000 cholera vaccine doses to protect the camps, the agency said.", "900,000", "other"),
    # rule 87: cases that were fatal are deaths
    ("The ministry said 41 infections had been confirmed, nine of them fatal.", "nine", "killed"),
    ("Doctors have treated 120 patients with the fever since June, and 14 of them proved fatal.", "14", "killed"),
    ("Officials confirmed 64 cases of the fever in the district, 11 of them fatal.", "11", "killed"),
    # must not fire: crashes that were fatal are no deaths counted
    ("Of the 40 crashes on the motorway this year, 12 were fatal.", "12", "other"),
    # rule 88: people who breathe bad air, or are exposed to it
    ("The agency said more than 4 million children were breathing polluted air across the province.",
     "more than 4 million", "affected"),
    ("Some 6,000 residents had inhaled thick smoke from the burning dump, the council said.", "Some 6,000",
     "affected"),
    # must not fire: fresh air
    ("Some 300 people breathe fresh air on the mountain trail every weekend.", "Some 300", "other"),
    # rule 89: money given to the response or the relief effort is aid
    ("The European Union said it had committed 12 million euros to the response, including a grant for laboratories.",
     "12 million", "supplied"),
    ("The World Bank released $4 million for the relief effort on Monday.", "4 million", "supplied"),
    # must not fire: money for a project
    ("The firm committed $40 million to the project last year.", "40 million", "other"),
])
def test_round22_measures(nlp, text, figure, measure):
    assert claim_of(nlp, text, figure).measure == measure


def test_rule49_keeps_its_own_verbs(nlp):
    """Rule 49 reads its wider list of verbs of setting out ("arrive" among them), apart from rule 78's shorter one."""
    text = "The navy ship arrived in the port on Sunday carrying 45 doctors."
    assert claim_of(nlp, text, "45").measure == "deployed"
