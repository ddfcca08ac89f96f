"""Issue 14, round 20: source rules that generalise. A count, tally or panel owned by a body gives
its figures ("The port authority's latest tally lists 12 missing": sources.py rule 43 with
attribution's owned counts); "he"/"she" as the subject of what a saying verb says is that verb's
speaker, even in a relative clause ("X, who had said she feared ..."); a title's apposition the
recogniser left untagged ("the governor, Jean-Marc Dufresne,") is the person; "a nurse who asked not
to be named said" with the nurse hung on the place before it is the nurse; an "as" clause with its
own subject after a saying verb ("Minister fears thousands homeless as official toll rises to 23")
is the writer's; "the region's top official" is the person next introduced as "the governor, X,"
(coref.py). Sentences written for these tests, worded differently from the annotated stories."""

from __future__ import annotations

import pytest

from sentence_claims import claim_of

pytestmark = pytest.mark.model

SOURCES = [
    # rule 43: a count owned by a body gives or lists figures
    ("The civil protection agency's latest provisional tally, issued on Friday, gives 47 dead.", "47",
     ("civil protection agency", None)),
    ("The regional health office's most recent count, published on Monday, lists 212 cases.", "212",
     ("regional health office", None)),
    ("The ministry's count gives 19 deaths.", "19", ("ministry", None)),
    ("The state health ministry's surveillance panel showed 88,400 suspected cases this year.", "88,400",
     ("state health ministry's surveillance panel", None)),
    # must not fire: a count with no owner, or owned by an event
    ("The count gives 19 deaths.", "19", (None, None)),
    ("The flood's toll lists 19 dead.", "19", (None, None)),
    # "he"/"she" under a saying verb is that verb's speaker
    ("On Friday the mayor, Jean-Marc Dufresne, had said he expected dozens of deaths.", "dozens",
     ("Jean-Marc Dufresne", None)),
    ("The governor, Ana Reis, who on Monday had said she feared 300 deaths, met Luis Ortega.", "300",
     ("Ana Reis", None)),
    ("Luis Ortega, who last week had said he expected 40 arrests, spoke to Maria Vidal on Tuesday.", "40",
     ("Luis Ortega", None)),
    # must not fire: a tagged name in apposition, a named subject under the saying verb
    ("The governor, Maria Lopes, said 40 people had died.", "40", ("Maria Lopes", None)),
    ("The mayor, Jean-Marc Dufresne, said 500 people had marched.", "500",
     ("Jean-Marc Dufresne", None)),
    # a title's apposition left untagged
    ("The commissioner, Jean-Pierre Mbeki, told reporters that 62 people were missing.", "62",
     ("Jean-Pierre Mbeki", None)),
    # must not fire: a body's short name or a place in apposition
    ("The agency, NEMA, said 62 people were missing.", "62", ("NEMA", None)),
    # a described speaker hung on the place before a subjectless saying verb
    ("At Lagos University Teaching Hospital, a nurse who asked not to be named said the ward had taken in "
     "dozens of injured people.", "dozens", ("nurse", None)),
    ("In the main market, a trader who did not give his name said prices had risen by 30%.", "30%",
     ("trader", None)),
    # a place's top official named next by a title and an apposition
    ("The quake may have killed more than 200 people, the region's top official said on Monday.\n\n"
     "Speaking on national radio, the governor, Amina Diallo, said rescue teams were still arriving.",
     "more than 200", ("Amina Diallo", None)),
    ("Up to 5,000 homes could be lost, the province's highest official warned. The administrator, Tomas Herrera, "
     "asked for army help.", "Up to 5,000", ("Tomas Herrera", None)),
    # must not fire: an unowned "senior official", no one named next
    ("The quake may have killed more than 200 people, a senior official said on Monday.\n\n"
     "Speaking on national radio, the governor, Amina Diallo, said rescue teams were still arriving.",
     "more than 200", ("senior official", None)),
    ("The quake may have killed more than 200 people, the region's top official said on Monday.\n\n"
     "Rescue teams were still arriving.", "more than 200", ("region's top official", None)),
    # an "as" clause with its own subject after the saying verb
    ("Minister fears thousands homeless as official toll rises to 23", "23", (None, None)),
    ("Governor warns of hundreds missing as rescue count stands at 40", "40", (None, None)),
    # must not fire: the figure said by the verb, an "as" clause inside what is said, a pronoun subject
    ("Minister fears thousands homeless as official toll rises to 23", "thousands", ("Minister", None)),
    ("The ministry raised its count to 57 as it found more bodies.", "57", ("ministry", None)),
]


@pytest.mark.parametrize(("text", "figure", "expected"), SOURCES)
def test_source_and_via(nlp, text, figure, expected):
    found = claim_of(nlp, text, figure)
    assert (found.source, found.via) == expected
