"""Issue 14, round 23: source rules that generalise. A list given "as:" after a relaying verb takes the
relay's source for every item (attribution.py, :func:`_given_as_list`), and its items are no gapped
reporters; a gapped clause's reporter is not widened over a day before "and" (names.py); rejecting a thing
put to a vote and raising money are acts (attribution.py, :func:`_rejects_thing`, :func:`_raises_money`); a
passive conjunct ("and were expected to vote") has no speaker; "their union" is "union" (sources.py rule
48); "the ministry" is the ministry of the minister named before by portfolio (rule 49); a surname alone
is the full name of a person named before in a possessive (rule 50). Sentences written for these tests,
worded differently from the annotated stories."""

from __future__ import annotations

import pytest

from sentence_claims import claim_of

pytestmark = pytest.mark.model

LIST = ("Reuters, citing provincial officials, gave the deaths by district as: Sindh 40, Punjab 22 and "
        "Balochistan 9.")

SOURCES = [
    # attribution: a list given "as:" under a relay
    (LIST, "40", ("provincial officials", "Reuters")),
    (LIST, "22", ("provincial officials", "Reuters")),
    (LIST, "9", ("provincial officials", "Reuters")),
    ("The Red Cross listed the evacuees by camp as: Mabote 1,200, Nhamatanda 800 and Buzi 350.", "800",
     ("Red Cross", None)),
    ("The Press Association, citing county officials, gave the deaths by county as: North Yorkshire 31, West "
     "Yorkshire 19, Cumbria 12 and Durham four.", "12", ("county officials", "Press Association")),
    # must not fire: a colon after no giving verb
    ("Three towns were hit: Sindh 40, Punjab 22.", "22", (None, None)),
    # names.py: a gapped reporter after a day
    ("Ohio reported four more deaths on Friday and Indiana two more.", "two", ("Indiana", None)),
    ("Ohio reported four more deaths on Friday and Indiana two more.", "four", ("Ohio", None)),
    # must not fire: a name joined by "and" keeps its words
    ("Doctors Without Borders said 30 patients had been treated.", "30", ("Doctors Without Borders", None)),
    # attribution: rejecting a thing put to a vote is an act
    ("The nurses had rejected a 6% rise in May and a 9% rise in June, by 71% and 58% respectively.", "71%",
     (None, None)),
    ("The nurses had rejected a 6% rise in May and a 9% rise in June, by 71% and 58% respectively.", "9%",
     (None, None)),
    ("Shareholders rejected a $40 million pay package for the chief executive.", "40 million", (None, None)),
    # must not fire: a figure rejected is denied
    ("The council rejected the figure of 4,000 wounded.", "4,000", ("council", None)),
    ("The army denied 300 deaths in the raid.", "300", ("army", None)),
    # attribution: money raised is an act
    ("Last week Acme raised about $3 billion in a share sale.", "about $3 billion", (None, None)),
    # must not fire: a count or estimate raised to a figure is reported
    ("The agency raised its count to 40 on Tuesday.", "40", ("agency", None)),
    ("The charity raised its estimate of the damage to $4 billion.", "4 billion", ("charity", None)),
    # attribution: a passive conjunct names no expecter
    ("Senators had already approved an aid package of $120 million last week and were expected to vote on a "
     "second of $300 million.", "300 million", (None, None)),
    ("Senators had already approved an aid package of $120 million last week and were expected to vote on a "
     "second of $300 million.", "120 million", (None, None)),
    # must not fire: an active conjunct keeps the subject
    ("The council approved a budget of $50 million and said it would cut 200 jobs.", "200", ("council", None)),
    # attribution: a passive rejecting verb names its agent
    ("A toll of more than 900 that circulated online was rejected by the interior ministry. \"There are not 900 "
     "dead,\" said Sami Aoun, who heads its operations room.", "more than 900", ("interior ministry", None)),
    ("The count of 3,000 arrests given by activists was dismissed by the police.", "3,000", ("police", None)),
    # must not fire: a thing rejected by a share of voters
    ("A pay offer of 6% was rejected by 64% of the members, the union said.", "6%", ("union", None)),
    # sources rule 48: "their union"
    ("Dock workers walked out after rejecting an offer that would have raised their pay by 12%, their union "
     "said.", "12%", ("union", None)),
    ("Teachers struck on Monday; some 80% of schools were shut, their association said.", "some 80%",
     ("association", None)),
    # sources rule 49: "the ministry" after a minister named by portfolio
    ("Interior Minister Omar Saleh said 30 people had been arrested. The ministry later said 45 had been "
     "detained.", "45", ("interior ministry", None)),
    # must not fire: a prime minister has no portfolio; a ministry named in full wins
    ("Prime Minister Omar Saleh visited the site. The ministry said 45 had been detained.", "45",
     ("ministry", None)),
    ("The interior ministry said 30 people had been arrested. Health Minister Lina Haddad visited. The "
     "ministry later said 45 had been detained.", "45", ("interior ministry", None)),
    # sources rule 50: a surname after a possessive full name
    ("Mayor Ana Ruiz's office had confirmed 11 deaths by Sunday. Ruiz said more than 400 roads were closed.",
     "more than 400", ("Ana Ruiz", None)),
    # must not fire: a surname no one was named with
    ("Mayor Ana Ruiz's office had confirmed 11 deaths. Okafor said 400 roads were closed.", "400",
     ("Okafor", None)),
]


@pytest.mark.parametrize(("text", "figure", "expected"), SOURCES)
def test_source_and_via(nlp, text, figure, expected):
    found = claim_of(nlp, text, figure)
    assert (found.source, found.via) == expected
