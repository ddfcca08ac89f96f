"""Issue 14, round 24/25 (measures): an attribution set in after the clause (rule 100), an added count that arrives
(83b), a figure asked for again (101), a whole broken down after "the N were" (102) and
leaving to work (103); and detection round 25, rule 1 (a ban's list of goods is no threshold) and
2 (a first or last N told for the first time). Sentences written for these
tests, in our own words, about other events; each group has cases that must not fire."""

from __future__ import annotations

import pytest

from sentence_claims import claim_of, claims_of

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, figure, measure", [
    # rule 100: "for" hung on a verb of saying set in after the clause
    ("Chad has asked Germany, which keeps a reserve of the vaccine, for at least 400,000 doses, a health official told "
     "reporters.", "at least 400,000", "supplied"),
    # must not fire: doses counted, not asked for
    ("The clinic had given 4,000 doses, a health official told reporters.", "4,000", "supplied"),
    # rule 83b: an added count that arrives takes the measure of the count it adds to
    ("The agency said it delivered about 9,000 doses in all. Some 5,000 arrived in March and a further 4,000 in "
     "May.", "4,000", "supplied"),
    ("The agency said it delivered about 9,000 doses in all. Some 5,000 arrived in March and a further 4,000 in "
     "May.", "Some 5,000", "supplied"),
    ("The ministry said 40 tonnes of food had been shipped. About 25 arrived by road.", "About 25", "supplied"),
    # must not fire: people who arrive
    ("The army sent 300 soldiers to the valley. About 100 arrived on Sunday.", "About 100", "deployed"),
    # must not fire: an added count of troops stays deployed
    ("The army sent 300 soldiers to the valley. A further 200 arrived on Sunday.", "200", "deployed"),
    # rule 101: a figure asked for again
    ("The minister denied that Lusaka had asked Paris for 2 million doses. \"We asked for about one million,\" she "
     "said.", "about one million", "supplied"),
    # rule 102: a whole broken down
    ("The number of people killed in the riots has risen to 48, police said. A local paper said the 48 were 40 "
     "students and eight police officers.", "eight", "killed"),
    ("Floods killed 30 people in the district, officials said. The 30 were 22 farmers and eight children.", "22",
     "killed"),
    # must not fire: a "the N" nobody counted before
    ("The 30 were 22 farmers and eight children.", "22", "other"),
    ("The company hired 50 engineers last year. The 50 were 30 graduates and 20 veterans.", "30", "other"),
    # rule 103: leaving to work is no flight
    ("Thousands of refugees fled the fighting last week. Hundreds of thousands of young men leave each year to work "
     "on building sites in Qatar.", "Hundreds of thousands", "other"),
    ("Thousands of refugees fled the fighting last week. About 50,000 students go abroad every year.", "About 50,000",
     "other"),
    # must not fire: people who leave in a flight
    ("Thousands of refugees fled the fighting last week. About 3,000 people left the town on Sunday.", "About 3,000",
     "displaced"),
    ("Thousands of refugees fled the fighting last week. About 3,000 people left the town to escape the shelling.",
     "About 3,000", "displaced"),
])
def test_round25_measures(nlp, text, figure, measure):
    assert claim_of(nlp, text, figure).measure == measure


@pytest.mark.parametrize("text, figures", [
    # detection round 25, rule 1: goods a ban or limit covers are counted
    ("The ministry also restricted exports of seven rare earth elements.", ["seven"]),
    ("The government banned imports of 40 farm products from the country.", ["40"]),
    ("Regulators limited sales of 12 medicines.", ["12"]),
    # must not fire: the size of a gathering a ban limits stays a threshold
    ("The city banned gatherings of 100 people or more.", []),
    ("Authorities banned gatherings of over 100 people.", []),
    ("Funerals with more than 50 mourners have been banned.", []),
    # detection round 25, rule 2: "the first/last N" told for the first time is a count
    ("Rebels free all 15 captive soldiers\n\nRebels freed the last 15 captive soldiers on Friday.", ["15", "15"]),
    # must not fire: nothing told before (round 6)
    ("Inspectors said the first 80 trucks had been turned back.", []),
    # must not fire: the same figure told before
    ("Officials said 900 bodies had been returned. The first 900 bodies were buried on Sunday.", ["900"]),
])
def test_round25_detection(nlp, text, figures):
    assert [c.quantity.text for c in claims_of(nlp, text)] == figures
