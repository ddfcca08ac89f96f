"""Issue 14, round 25: source names cut short or taken from the wrong phrase. A capitalised name
followed by a number in digits keeps it ("Channel 9", "Radio 1": names.py, :func:`_complement_end`),
and such a name is no subject counted by its number (attribution.py, :func:`_counted_subject`); a title
of posting keeps its "to" phrase ("Pakistan's ambassador to the United Nations": names.py,
:data:`POSTED_TITLES`); a person's name set off by commas after a place in the title's phrase is the
speaker ("A farmer near Multan, Asif Khan, said": names.py, :func:`_named_after_place`); an opening
place read as the subject gives way to the titled person named before the verb ("In X County, which
includes Y, the sheriff, Dana Pruitt, said": attribution.py, :func:`_named_title_in_place`); a one-word
contraction in parentheses is a defined short name ("US Central Command (Centcom)": entities.py,
:func:`_contraction`). Sentences
written for these tests, worded differently from the annotated stories."""

from __future__ import annotations

import pytest

from sentence_claims import claim_of

pytestmark = pytest.mark.model

SHERIFF = ("In Marion County, which includes Ocala, the sheriff, Dana Pruitt, said on Monday that 14 people had "
           "died, up from 9 he had reported.")

SOURCES = [
    # names: a name with a number
    ("Channel 9 estimated the losses at about $300 million.", "about $300 million", ("Channel 9", None)),
    ("Channel 14 put the direct losses at between $2 billion and $3 billion.",
     "between $2 billion and $3 billion", ("Channel 14", None)),
    ("Radio 1 said 300 listeners had called in.", "300", ("Radio 1", None)),
    # must not fire: a count before a noun still counts it
    ("Nine hospitals reported outages, and 40 patients were moved, officials said.", "40", ("officials", None)),
    # names: a title of posting keeps its "to" phrase
    ("Pakistan's ambassador to the United Nations told the council that 52 civilians had died.", "52",
     ("Pakistan's ambassador to the United Nations", None)),
    ("Italy's ambassador to Egypt said 14 tourists were missing.", "14", ("Italy's ambassador to Egypt", None)),
    ("About 70 people were hurt, Norway's envoy to Sudan told reporters.", "About 70",
     ("Norway's envoy to Sudan", None)),
    # must not fire: "to" that is not the title's, or names no place or body
    ("The ambassador said 12 people had been sent to the UN.", "12", ("ambassador", None)),
    ("Britain's envoy to the talks said 200 prisoners would be freed.", "200", ("Britain's envoy", None)),
    # names: a person named after a place in the title's phrase
    ("A resident of Lagos, Tunde Bello, said 30 houses were flooded.", "30", ("Tunde Bello", None)),
    ("A farmer near Multan, Asif Khan, said 40 cattle had drowned.", "40", ("Asif Khan", None)),
    # must not fire: a place's own apposition
    ("A resident of Lagos, Nigeria's largest city, said 30 houses were flooded.", "30", ("resident", None)),
    ("An official in Kherson, Ukraine, said 16 people were hurt.", "16", ("official", None)),
    # attribution: a titled person inside an opening place phrase
    (SHERIFF, "14", ("Dana Pruitt", None)),
    (SHERIFF, "9", ("Dana Pruitt", None)),
    ("In Harris County, home to Houston, the county judge, Lina Hidalgo, said 12 people had died.", "12",
     ("Lina Hidalgo", None)),
    # must not fire: a body after the place, with no name
    ("In Polk County, the sheriff's office said 11 people were missing.", "11", ("sheriff's office", None)),
    # entities: a one-word contraction in parentheses is the body's defined short name
    ("Two sailors died when a drone hit the tanker, US Central Command (Centcom) said. The ship had about 9,000 "
     "tonnes of oil on board, Centcom added.", "about 9,000", ("US Central Command", None)),
    ("Three people were hurt, the Office of Communications (Ofcom) said. Ofcom later said 40 complaints had been "
     "filed.", "40", ("Office of Communications", None)),
    # must not fire: an agency's credit in a dateline
    ("KYIV (Reuters) - Eleven people were killed, the governor said. Reuters counted 40 craters.", "40",
     ("Reuters", None)),
]


@pytest.mark.parametrize(("text", "figure", "expected"), SOURCES)
def test_source_and_via(nlp, text, figure, expected):
    found = claim_of(nlp, text, figure)
    assert (found.source, found.via) == expected
