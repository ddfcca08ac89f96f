"""Issue 14, round 7: source rules that generalise (a finding is the finder's, a figure that
describes the speaker or what is declared is nobody's, an aside with "where" is no speaker, a place
that recorded a count in the past states a record, a half-tagged appositive name, a head title kept
with its body, a headline's "Speaker: claim"). Sentences written for these tests, worded
differently from the annotated stories."""

from __future__ import annotations

import pytest

from sentence_claims import claim_of

pytestmark = pytest.mark.model

SOURCES = [
    # a court's or inquiry's finding is said by the one who finds (verbs.py, round 7)
    ("The tribunal found that pensioners lost 40 million pounds in the scheme.", "40 million",
     ("tribunal", None)),
    ("Justice Maria Okafor agreed with the regulator that savers had lost 3 million dollars.", "3 million",
     ("Maria Okafor", None)),
    # "found" with an object is no finding
    ("Divers found 12 bodies near the pier on Sunday.", "12", (None, None)),
    # a figure in a relative clause on the speaker describes it
    ("The city of Lyon, which holds a 15% share in the airport, said the expansion would go ahead.", "15%",
     (None, None)),
    # a figure in a relative clause under a weak saying verb describes what is declared
    ("Ohio declared an end to the flu wave that sent 900 people to hospital", "900", (None, None)),
    # a "where" aside: the place it hangs on speaks
    ("Arizona, where a nurse who caught the disease died last week, has recorded about 60 cases.",
     "about 60", ("Arizona", None)),
    # a place that recorded a count in the simple past states a record; "has reported" is a report
    ("France recorded 310 cases of mumps in all of 2023.", "310", (None, None)),
    ("Norway alone registered 95 cases, a third of the total.", "95", (None, None)),
    ("Cork County has reported 25 cases.", "25", ("Cork County", None)),
    # the head of a body is named with the body, as written (names.py, round 7)
    ("The firm will shed 400 jobs, the head of the company's staff council said.", "400",
     ("head of the company's staff council", None)),
    ("The chair of the transport committee said 18 bridges needed repair.", "18",
     ("chair of the transport committee", None)),
    # an appositive name the recogniser tagged only in part is still the speaker (names.py, round 7)
    ("A spokesman for the trust, Neil Brandwater, said it had raised 240 homes so far.", "240",
     ("Neil Brandwater", None)),
]


@pytest.mark.parametrize(("text", "figure", "expected"), SOURCES)
def test_source_and_via(nlp, text, figure, expected):
    found = claim_of(nlp, text, figure)
    assert (found.source, found.via) == expected


@pytest.mark.parametrize(("text", "figure", "expected"), [
    # a headline's speaker before a colon: a body, a group or a person
    ("Teachers' union: ministry plans to close 40 rural schools", "40", "Teachers' union"),
    ("Rail union: operator wants to cut 300 jobs", "300", "Rail union"),
    # a topic before the colon says nothing
    ("Harbour fire: 12 boats destroyed overnight", "12", None),
])
def test_headline_speaker(nlp, text, figure, expected):
    assert claim_of(nlp, text, figure).source == expected
