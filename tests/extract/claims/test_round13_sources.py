"""Issue 14, round 13: source rules that generalise (forecasts named by the body they are made for,
"the same projection", forecasts that give figures, "it" not a plural subject before, medical staff
at a hospital, an unnamed role speaker before "he said", a bare body or party word for the subject
before, figures with their origin, a fronted organisation name, a nationality + company word, a
headline actor that changes a toll, "appealed for", a body's analysis, a closing attribution that
ends its paragraph). Sentences written for these
tests, worded differently from the annotated stories."""

from __future__ import annotations

import pytest

from sentence_claims import claim_of

pytestmark = pytest.mark.model

SOURCES = [
    # names.py: a projection made for a named broadcaster is "<name> projection"
    ("The Liberals won 31% of the vote, according to a projection for the state broadcaster NRK.", "31%",
     ("NRK projection", None)),
    # must not fire: a projection for nobody named stays the noun
    ("The Liberals won 31% of the vote, according to a projection for the evening news.", "31%",
     ("projection", None)),
    # sources.py rule 19: "the same projection" is the one named before
    ("The Liberals won 31% of the vote, according to a projection for the state broadcaster NRK.\n\n"
     "The Centre party took 9%, according to the same projection.", "9%", ("NRK projection", None)),
    # attribution.py: a forecast that gives a figure says it
    ("Early seat forecasts gave the Liberals between 61 and 66 seats.", "between 61 and 66",
     ("seat forecasts", None)),
    # must not fire: "gave" with a subject that is no forecast
    ("Donors gave the clinic 40 beds.", "40", (None, None)),
    # sources.py rule 20: "it showed" does not point back to a plural subject
    ("The Liberals won 31% of the vote, according to a projection for the state broadcaster NRK. "
     "The Greens were on 12%, according to the same projection. The Centre party was at 9%, it showed.",
     "9%", ("NRK projection", None)),
    # names.py: a doctor at a hospital speaks for the hospital
    ("At least 17 patients were in intensive care, a duty doctor at the Lakeside hospital said.", "At least 17",
     ("Lakeside hospital", None)),
    # must not fire: a doctor at an unnamed clinic, or at no workplace, stays as written
    ("At least 17 patients were in intensive care, a duty doctor at the clinic said.", "At least 17",
     ("duty doctor", None)),
    ("At least 17 patients were in intensive care, a duty doctor said.", "At least 17", ("duty doctor", None)),
    # sources.py rule 21: "he said" after an unnamed role speaker in the sentence before
    ('"The drums were sealed," a customs officer said. He said 300 litres had gone missing.', "300",
     ("customs officer", None)),
    # must not fire: a role noun before that did not speak
    ("A customs officer was hurt in the raid. He said 300 litres had gone missing.", "300", (None, None)),
    # sources.py rule 22: "the party said" is the named party in the sentence before
    ("The Green Alliance won 4.2% and stays out of the chamber. The party said it had missed by some "
     "6,000 votes.", "some 6,000", ("Green Alliance", None)),
    ("OSLO - The national electoral board confirmed on Friday that the count was over. With 4.2% the "
     "Greens missed the bar by 812 votes, the board said.", "812", ("national electoral board", None)),
    # must not fire: "police" names the service, not the qualified police before
    ("Spanish police raided a port. Nine people were arrested, police said.", "Nine", ("police", None)),
    # must not fire: a sentence before about something else leaves the word as written
    ("The weather was mild. The party said it had missed by some 6,000 votes.", "some 6,000", ("party", None)),
    # sources.py rule 23: figures with their origin are a source
    ("The harbour handled 12.4 million tonnes last year, according to county figures.", "12.4 million",
     ("county figures", None)),
    # must not fire: bare figures name nobody
    ("The harbour handled 12.4 million tonnes last year, according to the figures.", "12.4 million",
     (None, None)),
    # names.py: an organisation named before its description is the speaker
    ("OCHA, the UN body that coordinates aid, has said that about 4,000 families fled.", "about 4,000",
     ("OCHA", None)),
    # must not fire: a place phrase before the description
    ("Across Luzon, the provincial council said, 70 people died.", "70", ("provincial council", None)),
    # sources.py rule 24: a nationality + company word is the named subject of the sentence before
    ("Nordpay on Monday welcomed the ruling. The Danish company said it had lost 12% of its users.", "12%",
     ("Nordpay", None)),
    # attribution.py: a headline actor that changes a toll names its source
    ("Kenya raises flood toll to 88", "88", ("Kenya", None)),
    # must not fire: in body text, "cuts toll to" names no source
    ("The storm's toll was cut to 88 on Monday.", "88", (None, None)),
    # attribution.py: "appealed for" a sum asks for it
    ("The Red Cross has appealed for $40 million to help survivors.", "40 million", ("Red Cross", None)),
    # assembly.py: a closing attribution reaches back only when it ends the paragraph
    ("The storm destroyed 400 homes. Only 90 have been rebuilt, the council said. Engineers said 30 bridges "
     "were unsafe.", "400", (None, None)),
    # must not fire: the attribution that ends the paragraph still covers it
    ("The storm destroyed 400 homes. Only 90 have been rebuilt, the council said.", "400", ("council", None)),
    # sources.py rule 25: a body's analysis is the body named before
    ("The shock was recorded by the Swiss Seismological Service. The service's modelling suggests the "
     "toll could exceed 2,000.", "2,000", ("Swiss Seismological Service", None)),
]


@pytest.mark.parametrize(("text", "figure", "expected"), SOURCES)
def test_source_and_via(nlp, text, figure, expected):
    found = claim_of(nlp, text, figure)
    assert (found.source, found.via) == expected
