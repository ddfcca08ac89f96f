"""Issue 14, round 17: source rules that generalise. A company by its trade ("the railway said",
"the carrier said") is the company named before as the owner of what the trade runs or right after
the trade word (sources.py rule 36); "the lawyers" after "the class lawyers" (rule 37); an acronym
the text never defines but spells out elsewhere takes its long name (rule 38); a body first given
by a description and named in the next sentence is that name (rule 39); a member speaks for its
group, a document or count in a relative clause ("the statement X published", "the count X had
given: N ...") is its issuer's, a video message "from X" is X's (names.py, attribution.py); an
instrument is no speaker; a headline's "X does Y, says N died" shares X; a possessed figure ("far
above the government's 19") is its owner's. Sentences written for these tests, worded differently
from the annotated stories."""

from __future__ import annotations

import pytest

from sentence_claims import claim_of

pytestmark = pytest.mark.model

SOURCES = [
    # rule 36: a trade noun names the company that runs the train, jet, ...
    ("A CSX freight train left the tracks near Lodi on Sunday. The railway said 12 cars had derailed.", "12",
     ("CSX", None)),
    ("The railway operator Deutsche Bahn cancelled services on Monday. The railway said 300 trains had been "
     "affected.", "300", ("Deutsche Bahn", None)),
    ("An Emirates jet landed safely in Dubai. The carrier said 240 passengers were on board.", "240",
     ("Emirates", None)),
    # must not fire: no company named, or a place before the train
    ("More than 150 trains were cancelled, the railway said.", "More than 150", ("railway", None)),
    ("A Kenyan train hit a bus on Friday. The railway said 12 people were hurt.", "12", ("railway", None)),
    ("A Pennsylvania freight train derailed. The railroad said 9 cars left the track.", "9", ("railroad", None)),
    # rule 37: "the lawyers" after "the class lawyers"
    ("A team of lawyers represents the class. The class lawyers will be paid first. According to the lawyers, "
     "4,000 claims were filed.", "4,000", ("class lawyers", None)),
    ("The defence lawyers asked for bail. The lawyers said 4,000 claims were filed.", "4,000",
     ("defence lawyers", None)),
    ("The rescue officials arrived. The officials said 40 people were missing.", "40", ("rescue officials", None)),
    # must not fire: a bare plural, or an earlier mention with a number
    ("Lawyers said 4,000 claims were filed.", "4,000", ("Lawyers", None)),
    ("The judge thanked two lawyers. The lawyers said 4,000 claims were filed.", "4,000", ("lawyers", None)),
    # a member speaks for its group; a seat is a title
    ("A member of the rescue crew said 14 miners were still missing.", "14", ("rescue crew", None)),
    ("According to a member of the organising committee, 300 runners took part.", "300",
     ("organising committee", None)),
    ("A member of parliament said 14 miners were still missing.", "14", ("member of parliament", None)),
    # issued documents and counts
    ("A bulletin the agency released on Friday listed 45 deaths.", "45", ("agency", None)),
    ("A report the Red Cross published on Monday said 45 people had died.", "45", ("Red Cross", None)),
    ("The minister, citing a letter from the World Bank, said 3,000 jobs would go.", "3,000",
     ("World Bank", "minister")),
    ("The new toll is far higher than the tally the ministry had published on Monday: 312 deaths and 40 missing.",
     "312", ("ministry", None)),
    ("That is well above the tally the Africa CDC had given on Friday: 455 deaths.", "455", ("Africa CDC", None)),
    ("The figure is below the estimate the Red Cross gave a week ago: 5,000 homes destroyed.", "5,000",
     ("Red Cross", None)),
    # must not fire: a count with no giver, a document with none
    ("That compares with the latest count: 312 deaths and 40 missing.", "312", (None, None)),
    ("The bulletin released on Friday listed 45 deaths.", "45", (None, None)),
    # instruments are no speakers
    ("The plane was at 3,000 feet when a cockpit sensor warned the pilots that the engine was 90 degrees too "
     "hot, investigators said.", "90", ("investigators", None)),
    ("Seismographs in Tokyo recorded 120 aftershocks, the agency said.", "120", ("agency", None)),
    ("The Federal Aviation Administration released its findings. Three gauges had shown 40 psi, it added.", "40",
     ("Federal Aviation Administration", None)),
    # a headline's second verb shares the first clause's subject
    ("Ruiz drops tax plan after street protests, says 40 were hurt", "40", ("Ruiz", None)),
    ("Airline cancels flights after heavy storms, says 300 passengers stranded", "300", ("Airline", None)),
    # a giving verb with its own subject after a semicolon is its own clause
    ("Texas says floods destroyed 4,000 homes; FEMA counts 120 dead", "120", ("FEMA", None)),
    ("Police say 4,000 marched; organisers put crowd at 20,000", "20,000", ("organisers", None)),
    ("Texas says floods destroyed 4,000 homes; FEMA counts 120 dead", "4,000", ("Texas", None)),
    # a gapped clause whose name opens with "the"
    ("The Red Cross has counted 40 deaths, and the World Health Organization 52.", "52",
     ("World Health Organization", None)),
    ("The ministry counted 300 and the police 250.", "250", ("police", None)),
    # possessed figures are their owner's; places, times and candidates own none
    ("Union puts strike turnout at 70%, far above ministry's 40%", "40%", ("ministry", None)),
    ("The new count is well up from the army's 1,200.", "1,200", ("army", None)),
    ("The toll was higher than last year's 19.", "19", (None, None)),
    ("Kenya's 47 counties all voted.", "47", (None, None)),
    ("Smith won with 5,000 votes, the commission said, ahead of John Brown's 4,000.", "4,000",
     ("commission", None)),
]


@pytest.mark.parametrize(("text", "figure", "expected"), SOURCES)
def test_source_and_via(nlp, text, figure, expected):
    found = claim_of(nlp, text, figure)
    assert (found.source, found.via) == expected


ACRONYMS = [
    # rule 38: an undefined acronym the text spells out elsewhere
    ("The International Monetary Fund cut its forecast on Tuesday. Later the IMF said growth would be 2.1%.",
     "2.1%", "International Monetary Fund"),
    ("The Federal Aviation Administration grounded the jets. The FAA said 171 planes were affected.", "171",
     "Federal Aviation Administration"),
    ("NTSB counts 38 derailed cars\n\nThe National Transportation Safety Board released its report on Thursday.",
     "38", "National Transportation Safety Board"),
    # must not fire: never spelled out
    ("The IMF said growth would be 2.1%.", "2.1%", "IMF"),
]


@pytest.mark.parametrize(("text", "figure", "expected"), ACRONYMS)
def test_spelled_out_acronym(nlp, text, figure, expected):
    assert claim_of(nlp, text, figure).source == expected


DESCRIBED = [
    # rule 39: a description named in the next sentence
    ("LIMA - Forty people died in the floods, the country's independent disaster relief agency said.\n\n"
     "The National Disaster Relief Agency said 12 of the dead were children.", "Forty",
     "National Disaster Relief Agency"),
    # must not fire: the body that follows shares no word with the description; no body follows
    ("LIMA - Forty people died in the floods, the country's independent disaster relief agency said.\n\n"
     "The Red Cross said 12 of the dead were children.", "Forty", "country's independent disaster relief agency"),
    ("Forty people died in the floods, the state weather agency said. Later the agency said 12 more had died.",
     "Forty", "state weather agency"),
]


@pytest.mark.parametrize(("text", "figure", "expected"), DESCRIBED)
def test_description_named_next(nlp, text, figure, expected):
    assert claim_of(nlp, text, figure).source == expected
