"""Issue 14, round 6: source rules that generalise (a plural group kept with its place, "its" +
a document or an office, a title of office named later, a saying clause set off before a later
"according to", a list continued in the next sentence). Sentences written for these tests in
patterns of economy, court and health reporting, worded differently from the annotated stories."""

from __future__ import annotations

import pytest

from sentence_claims import claim_of

pytestmark = pytest.mark.model

SOURCES = [
    # a plural group is named by its head noun and the words before it, what follows dropped
    # (round 6 kept the place; retired in round 13 after the consistency review's point 4)
    ("Prices of bread rose 14 percent in a month, officials in Lagos said.", "14 percent",
     ("officials", None)),
    ("Doctors in the north say 230 children were treated for cholera last week.", "230",
     ("Doctors", None)),
    # ... while an already qualified group stays as it was ("local officials in X": local officials)
    ("Local officials in Bristol said 85 families had been rehoused.", "85", ("Local officials", None)),
    # a saying clause set off by commas closes the figure's clause; a later "according to" is the next one's
    ("Nine judges have resigned, the bar council said, and 40 cases are pending, according to the "
     "court registry.", "Nine", ("bar council", None)),
    ("Nine judges have resigned, the bar council said, and 40 cases are pending, according to the "
     "court registry.", "40", ("court registry", None)),
]


@pytest.mark.parametrize(("text", "figure", "expected"), SOURCES)
def test_source_and_via(nlp, text, figure, expected):
    found = claim_of(nlp, text, figure)
    assert (found.source, found.via) == expected


@pytest.mark.parametrize(("text", "figure", "expected"), [
    # "its" + a document: whoever "it" is, the named subject of the sentence before
    ("The Central Bank of Kenya held its rate last month. Its quarterly bulletin puts inflation at "
     "6.8 percent.", "6.8 percent", "Central Bank of Kenya"),
    # "its" + a body word: that body's office, named with its owner
    ("The World Bank approved a loan for the region. Its regional office estimates that 2 million "
     "farmers lost their harvest.", "2 million", "World Bank regional office"),
])
def test_its_refers_to_the_body_before(nlp, text, figure, expected):
    assert claim_of(nlp, text, figure).source == expected


def test_a_title_of_office_is_the_person_named_later(nlp):
    text = ("The governor of Kaduna said 120 schools would close.\n\n"
            "The governor, Amina Bello, spoke after a cabinet meeting.")
    assert claim_of(nlp, text, "120").source == "Amina Bello"


def test_a_role_noun_named_later_by_the_role_is_the_name(nlp):
    # changed in round 11, after the consistency review's correction (3) (README): a role noun
    # referred back to by "the spokesman, Name," is that person, as a title of office is
    text = ("A court spokesman said 75 appeals were filed.\n\n"
            "The spokesman, Daniel Okoro, gave no further details.")
    assert claim_of(nlp, text, "75").source == "Daniel Okoro"


def test_a_role_noun_with_nobody_referred_back_stays_as_written(nlp):
    text = ("A court spokesman said 75 appeals were filed.\n\n"
            "Another spokesman, Daniel Okoro, gave no further details.")
    assert claim_of(nlp, text, "75").source == "court spokesman"


@pytest.mark.parametrize(("text", "figure", "expected"), [
    ("Sixty patients were admitted overnight, the health board said. Six are in intensive care, "
     "20 serious and 34 stable.", "20", "health board"),
    ("Thirty people were charged, the prosecutor's office said. They include 12 former bank managers.",
     "12", "prosecutor's office"),
])
def test_a_continued_list_keeps_the_attribution_before(nlp, text, figure, expected):
    assert claim_of(nlp, text, figure).source == expected


def test_an_unrelated_next_sentence_takes_no_attribution(nlp):
    text = "Sixty patients were admitted overnight, the health board said. The ward has 80 beds."
    assert claim_of(nlp, text, "80").source is None


def test_they_is_the_plural_subject_of_the_clause_beside(nlp):
    text = ("The new tally is triple the one that tax inspectors gave in March, when they put the "
            "shortfall at 900 million euros.")
    assert claim_of(nlp, text, "900 million").source == "tax inspectors"


def test_naming_a_source_relays_it(nlp):
    text = ("The finance ministry said 3,400 firms had closed and 900 were insolvent, naming the "
            "Chamber of Commerce as its source.")
    found = claim_of(nlp, text, "3,400")
    assert (found.source, found.via) == ("Chamber of Commerce", "finance ministry")


@pytest.mark.parametrize("figure", ["40", "12"])
def test_a_speaker_swallowed_by_a_list_is_the_speaker(nlp, figure):
    text = ("Among the new hires were 40 nurses, 12 porters, three cooks and one pharmacist, "
            "Mercy General said in a statement.")
    assert claim_of(nlp, text, figure).source == "Mercy General"


def test_a_speaker_for_one_place_vouches_for_no_count_before(nlp):
    text = ("Nationwide, 300 branches were closed. In Manchester, 14 branches shut, local union "
            "officials said.")
    assert claim_of(nlp, text, "300").source is None
    assert claim_of(nlp, text, "14").source == "local union officials"
