"""Issue 14, round 19: source rules that generalise. A figure word owned by a body written in full
("according to the regional health office's latest tally") is that body (sources.py rule 41); a bare
body word refers back to the body described earlier with lowercase words ("the committee" after "the
interministerial committee on relief": rule 42); "its count had reached N" is the owner's; "gave a
reading of N" gives a figure; "According to X, citing Y" is Y's via X; "adds to" says
nothing; an "as" clause after ", X said," is the writer's (a "while" clause is not). Sentences written for these tests, worded differently from the
annotated stories."""

from __future__ import annotations

import pytest

from sentence_claims import claim_of

pytestmark = pytest.mark.model

SOURCES = [
    # rule 41: a figure word owned by a body of several words, with only words of time between
    ("The landslide buried 31 people, according to the regional health office's latest tally.", "31",
     ("regional health office", None)),
    ("Floods have displaced 12,000 families, according to the disaster management agency's revised count, "
     "carried by the national broadcaster.", "12,000", ("disaster management agency", "national broadcaster")),
    ("At least 18 miners were trapped, according to the Ghana Minerals Commission's count.", "At least 18",
     ("Ghana Minerals Commission", None)),
    # must not fire: a name that ends in "'s"
    ("The state insurer holds $90 billion of exposure in the county, according to Moody's.", "90 billion",
     ("Moody's", None)),
    # must not fire: an owner that is an event or a time
    ("The quake's toll rose to 140 on Monday.", "140", (None, None)),
    ("Last year's count was 300, the ministry said.", "300", ("ministry", None)),
    # rule 42: a bare body word after a description of it
    ("Aid will start on Friday, the prime minister said after a session of the interministerial relief committee. "
     "The committee put the number of homes destroyed at 4,100.", "4,100", ("interministerial relief committee", None)),
    ("The school was damaged, according to an assessment by the UN-led education cluster. More than 300 pupils "
     "were moved elsewhere, the cluster said.", "More than 300", ("UN-led education cluster", None)),
    ("Rescuers were flown in by the joint search team on Sunday. The team said 9 bodies had been found.", "9",
     ("joint search team", None)),
    # must not fire: no description before, a number or "other" in it
    ("The committee put the number of homes destroyed at 4,100.", "4,100", ("committee", None)),
    ("Two other teams arrived on Monday. The team said 9 bodies had been found.", "9", ("team", None)),
    # its count / the body's tally reached N
    ("On Monday the ministry put the dead at 80. By Tuesday evening its count had risen to 214, with 390 hurt.",
     "214", ("ministry", None)),
    ("The coast guard said 12 were missing. By Friday the coast guard's tally had climbed to 40.", "40",
     ("coast guard", None)),
    # must not fire: a toll or a population, which have no speaker
    ("The toll climbed to 40 on Friday.", "40", (None, None)),
    ("By 2020 its population had reached 2 million.", "2 million", (None, None)),
    # gave a reading of N
    ("Chile's seismological centre gave a reading of 6.9.", "6.9", ("Chile's seismological centre", None)),
    ("The Japan Meteorological Agency gave a preliminary reading of 7.1.", "7.1", ("Japan Meteorological Agency", None)),
    # "According to X, citing Y, ...": Y the source, X the via
    ("According to the Red Cross, citing local officials, 85 people were still missing.", "85",
     ("local officials", "Red Cross")),
    ("According to state television, citing the provincial governor, 23 bodies had been recovered by noon.", "23",
     ("provincial governor", "state television")),
    # must not fire: no "citing" after the phrase, or one that is the subject's own
    ("According to the Red Cross, 85 people were still missing.", "85", ("Red Cross", None)),
    # "adds to" is no saying verb
    ("The new grant adds to a 300 million peso fund set up in May.", "300 million", (None, None)),
    ("The bonus adds to the 5,000 rupees each family received in June.", "5,000", (None, None)),
    # must not fire: "added" that says
    ("Officials said 20 were hurt. The governor added that 11 had died.", "11", ("governor", None)),
    # an "as" clause after a parenthetical saying verb is the writer's
    ("Volunteers cleared the main road, the health minister said, as the toll from the floods "
     "climbed to 57.", "57", (None, None)),
    ("Divers found two more bodies, the navy said on Sunday, as the number of missing fell to 19.", "19",
     (None, None)),
    # must not fire: a "while" clause that contrasts, the "as" clause before the saying verb, the figure said
    ("Russia returned 900 bodies, a negotiator said on Monday, while Ukraine handed back the bodies of 31 soldiers.",
     "31", ("negotiator", None)),
    ("The toll climbed to 57 as divers found two more bodies, the navy said.", "57", ("navy", None)),
    ("Volunteers cleared 300 homes, the health minister said, as the toll from the floods "
     "climbed to 57.", "300", ("health minister", None)),
]


@pytest.mark.parametrize(("text", "figure", "expected"), SOURCES)
def test_source_and_via(nlp, text, figure, expected):
    found = claim_of(nlp, text, figure)
    assert (found.source, found.via) == expected
