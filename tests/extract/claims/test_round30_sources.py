"""Issue 14, round 30: a survey that holds its own sample or comes out before a clause of time (sources rule
63), a closing reporter conjoined to the figure's clause that cites its source (rule 64), a body's count
relayed by a closing saying verb (rule 65) and a news agency that "reported on Monday, citing X, that ..."
read as a participle (rule 66). Sentences written for these tests, worded differently from the annotated
stories."""

from __future__ import annotations

import pytest

from sentence_claims import claim_of

pytestmark = pytest.mark.model

SURVEY = [
    # rule 63: a survey that holds its sample ("a poll of N adults") finds its figures
    ("A YouGov poll of 2,040 voters, published on Tuesday, found that 41% backed the plan.", "2,040",
     ("YouGov poll", None)),
    ("A Datafolha poll of 1,500 people released on Monday showed that 38% approved of the mayor.", "1,500",
     ("Datafolha poll", None)),
    ("A YouGov poll of 2,040 voters, published on Tuesday, found that 41% backed the plan.", "41%",
     ("YouGov poll", None)),
    # rule 63: "a survey released the day before the vote found", the vote read as the finder
    ("An Ipsos survey released the day before the election found that 55% of voters backed the plan.", "55%",
     ("Ipsos survey", None)),
    # must not fire: a subject that is no survey
    ("The deaths of 12 miners were confirmed on Friday, officials said.", "12", ("officials", None)),
]

CLOSING_REPORTER = [
    # rule 64: "..., the radio station X reported, citing Y" conjoined to the figure's clause
    ("The agency recorded 310 new cases on Monday, and another 95 on Tuesday, the local radio station "
     "Kibanda FM reported, citing the agency.", "310", ("agency", "Kibanda FM")),
    ("The agency recorded 310 new cases on Monday, and another 95 on Tuesday, the regional broadcaster "
     "Radio Maendeleo reported, citing the agency.", "95", ("agency", "Radio Maendeleo")),
    ("Officials registered 870 new voters on Friday, Radio Pamoja reported, citing the electoral board.", "870",
     ("electoral board", "Radio Pamoja")),
    # must not fire: a reporter joined by "and" with a figure of its own
    ("The agency recorded 310 new cases on Monday, and the radio station Kibanda FM reported that 95 more "
     "were found.", "95", ("Kibanda FM", None)),
]

RELAYED_COUNT = [
    # rule 65: a body's count in the clause a closing saying verb reports: source the counter, via the speaker
    ("The board counted 52,400 ballots in the three days to Friday, the Ndovu news agency said.", "52,400",
     ("board", "Ndovu news agency")),
    ("Police count 12,000 marchers, unions say.", "12,000", ("Police", "unions")),
    # rule 65: beside the speaker's own figure, the count is the counter's alone
    ("Strike paralyses capital; police count 12,000 marchers, unions say 80,000", "12,000", ("police", None)),
    ("Strike paralyses capital; police count 12,000 marchers, unions say 80,000", "80,000", ("unions", None)),
    # must not fire: a place that recorded something
    ("Kenya counted 40 deaths, the ministry said.", "40", ("ministry", None)),
    # must not fire: a continent, a passive estimate, a person speaking for the counter, a pronoun counter
    ("Africa recorded 3,400 cases in the week to Sunday, the WHO said.", "3,400", ("WHO", None)),
    ("Asia counted 120 new infections in May, the agency said.", "120", ("agency", None)),
    ("Losses were estimated at $2.3 billion, the insurer said.", "2.3 billion", ("insurer", None)),
    ("Damage was put at $40 million, the county said.", "40 million", ("county", None)),
    ("Realtrack counted 900 homes destroyed in the county, Maria Kessler said.", "900", ("Maria Kessler", None)),
    ("It counted 75 arrests overnight, the ministry said.", "75", ("ministry", None)),
]

MISREAD_REPORTER = [
    # rule 66: "The X news agency reported on Monday, citing Y, that ..." read with "reported" as a participle
    ("The Kyodo news agency reported on Tuesday, citing an NHK survey, that support had fallen by 4.2 "
     "percentage points to 22%.", "22%", ("NHK survey", "Kyodo news agency")),
    ("The Kyodo news agency reported on Tuesday, citing an NHK survey, that support had fallen by 4.2 "
     "percentage points to 22%, the lowest of the year.", "4.2", ("NHK survey", "Kyodo news agency")),
    ("The agency reported on Friday, citing a Demos poll, that 44% of voters backed the mayor.", "44%",
     ("Demos poll", "agency")),
    # must not fire: no "citing", parsed as a plain report
    ("The Ansa news agency reported on Friday that exports had fallen by 3.1% in May.", "3.1%",
     ("Ansa news agency", None)),
]


@pytest.mark.parametrize(("text", "figure", "expected"), SURVEY + CLOSING_REPORTER + RELAYED_COUNT + MISREAD_REPORTER)
def test_round30_sources(nlp, text, figure, expected):
    claim = claim_of(nlp, text, figure)
    assert (claim.source, claim.via) == expected
