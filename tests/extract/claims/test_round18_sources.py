"""Issue 14, round 18: source rules that generalise. A briefer ("X reported to the president that
...") with "according to" a relayer is the source, the relayer the via; a counting body with
"according to its figures cited by Y" is the source, Y the via; "admitted to hospital" is no saying
verb; a member named after the body it speaks for is that person (names.py); a court written with a
proper name and lowercase words is a name "the court" refers back to (sources.py rule 40); a closing
saying verb the parser read as an apposition or a relative clause still closes the figure's clause.
Sentences written for these tests, worded differently from the annotated stories."""

from __future__ import annotations

import pytest

from sentence_claims import claim_of

pytestmark = pytest.mark.model

SOURCES = [
    # a briefer with "according to" a relayer
    ("The head of the coast guard, Maria Lopez, told the prime minister on Sunday that 14 sailors had been "
     "rescued, according to the ministry.", "14", ("Maria Lopez", "ministry")),
    ("The army chief briefed the cabinet that 40 soldiers had died, according to a government spokesman.", "40",
     ("army chief", "government spokesman")),
    # must not fire: no briefer, a saying verb, news media, a count with no "that" clause
    ("Some 40 soldiers had died, according to a government spokesman.", "Some 40", ("government spokesman", None)),
    ("Local media reported that 40 soldiers had died, according to a government spokesman.", "40",
     ("government spokesman", None)),
    ("As of 2 May, nine countries had reported more than 1,800 cases, according to a WHO presentation.",
     "more than 1,800", ("WHO presentation", None)),
    # a counting body with figures cited by a relayer; "record" counts
    ("The minister spoke on Monday. The Sindh Environment Agency counted 300 fires on Monday, bringing the total "
     "to 2,100 by Friday, according to its figures cited by local media.", "2,100",
     ("Sindh Environment Agency", "local media")),
    ("The coast guard counted 300 migrants, according to figures cited by local media.", "300",
     ("coast guard", "local media")),
    ("The Sindh Environment Agency has recorded 300 fires this year, according to local media.", "300",
     ("Sindh Environment Agency", "local media")),
    # must not fire: no counter, a place or an instrument that records
    ("Some 300 migrants arrived, according to figures cited by local media.", "Some 300", (None, "local media")),
    ("The province has recorded 900 wildfires so far this year, according to provincial data.", "900",
     ("provincial data", None)),
    ("A sensor recorded 45 degrees on Monday, according to the weather office.", "45", ("weather office", None)),
    # "admitted to hospital" is no speech
    ("Mayor Ada Okafor said the family of each victim would receive 2 million naira, people admitted to hospital "
     "500,000 naira each, and the others 100,000 naira.", "500,000", ("Ada Okafor", None)),
    ("The hospital admitted that 12 patients had died.", "12", ("hospital", None)),
    # a member named after the body it speaks for
    ("A spokesman for the Kano State Fire Service, Saminu Yusif, said 40 had died.", "40", ("Saminu Yusif", None)),
    ("An official of the Oyo State Ministry of Health, Kunle Ade, told reporters that 12 had died.", "12",
     ("Kunle Ade", None)),
    # must not fire: the apposition is the body's own short name
    ("A spokesman for the federal agency, NEMA, said 40 had died.", "40", ("spokesman for the federal agency", None)),
    # rule 40: a court named with a proper name and lowercase words
    ("The suspects appeared before the Tverskoy district court on Monday. Two of them pleaded guilty, the court "
     "said.", "Two", ("Tverskoy district court", None)),
    ("The Lagos high court heard the case. Two of the men were freed, the court said.", "Two",
     ("Lagos high court", None)),
    # must not fire: a court with no name
    ("The men appeared before a court in Lagos. Two of them pleaded guilty, the court said.", "Two", ("court", None)),
    # a closing saying verb read as an apposition or a relative clause
    ("LAGOS - At least 40 people died when a tanker overturned on the highway on Sunday night, caught fire and "
     "set the market ablaze, the Federal Road Safety Corps said.", "At least 40",
     ("Federal Road Safety Corps", None)),
    ("About 2,000 people were moved to shelters, the news agency Kyodo reported, citing the fire department.",
     "About 2,000", ("fire department", "Kyodo")),
    ("About 2,000 people were moved to shelters, the broadcaster NHK reported.", "About 2,000", ("NHK", None)),
]


@pytest.mark.parametrize(("text", "figure", "expected"), SOURCES)
def test_source_and_via(nlp, text, figure, expected):
    found = claim_of(nlp, text, figure)
    assert (found.source, found.via) == expected
