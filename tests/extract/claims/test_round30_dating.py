"""Issue 14, round 30 (as-of dates): a sentence dated "at the time" holds for the day the sentence before
it names (asof module, round 30). Sentences written for these tests, in our own words, about other events;
each group has cases that must not fire."""

from __future__ import annotations

import datetime as dt

import pytest

from sentence_claims import PUBLISHED, claim_of

pytestmark = pytest.mark.model

DATED = ("On 20 April the port authority closed the northern terminal after the fire. "
         "At the time, inspectors had counted 37 damaged containers.")
THAT_TIME = ("The regional council voted on 2 March to ration water. "
             "At that time, the reservoir held 40% of its capacity, the council said.")
OF_EVENT = ("On 20 April the port authority closed the northern terminal after the fire. "
            "At the time of the blaze, 37 containers stood on the quay.")
UNDATED = ("The port authority closed the northern terminal after the fire. "
           "At the time, inspectors had counted 37 damaged containers.")
OWN_DAY = ("On 20 April the port authority closed the northern terminal. "
           "At the time, inspectors had counted 37 damaged containers, and 52 by 28 April.")


@pytest.mark.parametrize("text, figure, expected", [
    (DATED, "37", dt.date(2026, 4, 20)),
    (THAT_TIME, "40%", dt.date(2026, 3, 2)),
    # must not fire: the phrase names its own event, or the sentence before names no day
    (OF_EVENT, "37", PUBLISHED),
    (UNDATED, "37", PUBLISHED),
    # must not fire: a figure with its own date keeps it
    (OWN_DAY, "52", dt.date(2026, 4, 28)),
])
def test_round30_at_the_time(nlp, text, figure, expected):
    assert claim_of(nlp, text, figure, with_times=True).as_of == expected


RELEASED = ("A survey of 1,400 nurses, released on 28 April, found that 61% planned to leave the profession.")
PUBLISHED_POLL = "An online poll published on 30 April showed that 27% of drivers supported the toll."
CLOSED_ON = ("A survey of 1,400 nurses found that 61% planned to leave, and the hospital that closed on "
             "28 April employed 300 of them.")


@pytest.mark.parametrize("text, figure, expected", [
    (RELEASED, "61%", dt.date(2026, 4, 28)),
    (PUBLISHED_POLL, "27%", dt.date(2026, 4, 30)),
    # must not fire: the day dates another clause's event
    (CLOSED_ON, "61%", PUBLISHED),
])
def test_round30_released_report(nlp, text, figure, expected):
    assert claim_of(nlp, text, figure, with_times=True).as_of == expected


ANNOUNCED = "The city's budget, announced on 29 April, set aside $40 million for new buses."
ANNOUNCED_OTHER = "The plan announced on 29 April is popular, and the council spent $40 million on buses."


@pytest.mark.parametrize("text, figure, expected", [
    (ANNOUNCED, "40 million", dt.date(2026, 4, 29)),
    # must not fire: the participle describes the subject of another clause
    (ANNOUNCED_OTHER, "40 million", PUBLISHED),
])
def test_round30_announced_subject(nlp, text, figure, expected):
    assert claim_of(nlp, text, figure, with_times=True).as_of == expected
