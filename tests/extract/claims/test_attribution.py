"""Who says so (attribution.py, sources.py, coref.py): sentences written for these tests (issue 14).

Each rule is tried on sentences worded differently from the annotated stories it came from, and on
bad input: no speaker, a speaker who denies, three figures and two speakers, quotes that run over
several sentences.
"""

from __future__ import annotations

import pytest

from sentence_claims import claims_of, claim_of

pytestmark = pytest.mark.model


def source_of(nlp, text: str, figure: str) -> tuple[str | None, str | None]:
    found = claim_of(nlp, text, figure)
    return found.source, found.via


# --- speakers named before: pronouns and bare titles (coref.py) -------------------------------

@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        # a pronoun in the next paragraph: the person who spoke before, not the one named in passing
        ("The board's chairwoman, Lucia Ferrante, said the fund paid out 4 million euros to Marco Bellini.\n\n"
         "She said 2,300 claims were still open.", "2,300", "Lucia Ferrante"),
        ("Health Minister Daniel Okoro visited the ward on Monday.\n\nHe said 86 patients were in intensive care.",
         "86", "Daniel Okoro"),
        # a pronoun after the figure: "..., she added"
        ("Mayor Ines Caldera opened the shelter. About 140 families have moved in, she added.",
         "About 140", "Ines Caldera"),
        # a bare title: the latest person introduced with it, before or after the name
        ("Governor Paolo Renzi toured the valley. The governor also specified that 412 houses were lost.",
         "412", "Paolo Renzi"),
        ("The agency's director, Hana Sato, met reporters. The director said 37 workers had been hurt.",
         "37", "Hana Sato"),
        ("Kofi Mensah, a regional police commander, arrived at noon. The commander put the number of arrests at 19.",
         "19", "Kofi Mensah"),
    ],
)
def test_speakers_named_before(nlp, text, figure, source):
    assert source_of(nlp, text, figure)[0] == source


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        # a title whose name hangs on the title's own object: "a senator from X, NAME,"
        ("A lawmaker from Kandahar, Bashir Noorzai, said 14 civilians had died.", "14", "Bashir Noorzai"),
        ("The head of the regional council, Miriam Osei, confirmed that 31 houses had burned.", "31", "Miriam Osei"),
    ],
)
def test_title_with_name_on_its_object(nlp, text, figure, source):
    assert source_of(nlp, text, figure)[0] == source


def test_pronoun_with_nobody_named_is_nobody(nlp):
    assert source_of(nlp, "She said 45 people had been evacuated.", "45")[0] is None


# --- sources that are no speakers (sources.py rule 7) -------------------------------------------

@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        ("The interior ministry said in a statement that talks had begun. The statement said 60 people were detained.",
         "60", "interior ministry"),
        ("The fire service published its report on Friday. The report said 12 firefighters were hurt.",
         "12", "fire service"),
    ],
)
def test_document_speaks_for_its_issuer(nlp, text, figure, source):
    assert source_of(nlp, text, figure)[0] == source


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Quake death toll climbs to 240", "240"),
        ("Hundreds said the march drew 9,000 people.", "9,000"),
    ],
)
def test_events_and_quantities_are_no_speakers(nlp, text, figure):
    assert source_of(nlp, text, figure)[0] is None


def test_bare_noun_of_an_earlier_adjective_name(nlp):
    text = ("The provincial government said 54 people had died. The tally of the missing stood at 63, "
            "a number the province said it had not yet verified.")
    assert source_of(nlp, text, "63")[0] == "provincial government"


# --- parentheticals, relays and relative clauses ---------------------------------------------

@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        ("Across the north, the relief agency said, floods have destroyed 1,800 homes.", "1,800", "relief agency"),
        ("Three people died in the clashes, a human rights group reported, with 44 people held overnight.",
         "44", "human rights group"),
        ("The governing party won 212 seats, the election board said, ahead of the opposition's 140.",
         "140", "election board"),
    ],
)
def test_parenthetical_before_the_figure(nlp, text, figure, source):
    assert source_of(nlp, text, figure)[0] == source


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        ("A statement by the Union of Teachers, according to which 52,000 staff walked out, was read aloud.",
         "52,000", "Union of Teachers"),
        ("The opposition claimed 140 seats according to its own tally.", "140", "opposition"),
    ],
)
def test_according_to_which_and_its_own(nlp, text, figure, source):
    assert source_of(nlp, text, figure)[0] == source


def test_two_attributions_in_one_sentence(nlp):
    text = "The march drew 2 million people according to the organisers and about 700,000 according to the police."
    assert source_of(nlp, text, "2 million")[0] == "organisers"
    assert source_of(nlp, text, "about 700,000")[0] == "police"


def test_three_figures_two_speakers(nlp):
    text = ("Police said 30 officers were hurt and 12 people arrested, while the organisers said "
            "80,000 people marched.")
    assert source_of(nlp, text, "30")[0] == "Police"
    assert source_of(nlp, text, "12")[0] == "Police"
    assert source_of(nlp, text, "80,000")[0] == "organisers"


def test_citing_relays(nlp):
    text = "The national disaster council, citing the provincial office, put the number of injured at 32."
    assert source_of(nlp, text, "32") == ("provincial office", "national disaster council")


def test_speaker_who_denies(nlp):
    text = "A spokesman for the army, Col. Ivan Petrov, denied that 22 civilians had died."
    found = [c for c in claims_of(nlp, text) if c.quantity.text == "22"]
    assert found[0].source == "Ivan Petrov" and found[0].modality == "denied"


def test_quote_over_several_sentences(nlp):
    text = ('"We found 14 bodies this morning. Another 9 people are still missing," said rescue chief '
            'Amal Haddad.\n\nHaddad said 200 volunteers had joined.')
    assert source_of(nlp, text, "14")[0] == "Amal Haddad"
    assert source_of(nlp, text, "200")[0] == "Amal Haddad"


def test_no_speaker(nlp):
    assert source_of(nlp, "At least 17 people drowned when the boat capsized.", "At least 17")[0] is None
