"""Issue 14, round 5: source rules that generalise (relays, titles after a name the recogniser
misread, names closing an apposition, pronouns after a byline, accusations and dismissals,
headline attributions). Sentences written for these tests in patterns of economy, court, health
and conflict reporting, worded differently from the annotated stories."""

from __future__ import annotations

import pytest

from sentence_claims import claim_of

pytestmark = pytest.mark.model

SOURCES = [
    # a cited figure noun with an owner: the owner counted it, the citer relays it
    ("The finance minister cited a central bank estimate of 3.1 billion dollars in lost revenue.",
     "3.1 billion", ("central bank", "finance minister")),
    ("The prosecutor quoted the auditors' count of 412 forged invoices.", "412", ("auditors", "prosecutor")),
    # ... but a figure noun with no owner stays the citer's
    ("The mayor cited a figure of 300 evictions.", "300", ("mayor", None)),
    # a count by its clause's named subject, relayed "according to" someone
    ("The health agency counted 1,250 new infections last week, according to the governor.", "1,250",
     ("health agency", "governor")),
    # ... while "according to" a document keeps the ordinary reading
    ("Exports fell by 4 percent in May, according to customs data.", "4 percent", ("customs data", None)),
    # "citing what Y told Z": Y is the source, the citer the via
    ("The coroner put the number of victims at 18, citing what witnesses had told police.", "18",
     ("witnesses", "coroner")),
    # a person's name closing an apposition hung on a body speaks for the sentence's figures
    ("Of the patients, 40 were children and 12 were elderly, the director of the Mercy Clinic, "
     "Tomas Orlov, said.", "12", ("Tomas Orlov", None)),
    # ... also when a long apposition leaves "told reporters" without its subject
    ("Of the loans, 310 were repaid and 45 were written off, the manager of the Rural Credit Bank, "
     "Dr Hana Mori, told reporters.", "45", ("Hana Mori", None)),
    # a relative clause on the figure noun names who gave the figure
    ("Turnout fell short of the estimate of 40 percent that pollsters had given on the eve of the vote.",
     "40 percent", ("pollsters", None)),
    # accusing and dismissing are the subject's claims
    ("The defence minister accused the rebels of firing more than 200 rockets.", "more than 200",
     ("defence minister", None)),
    # a headline's closing attribution before a semicolon
    ("Inflation hits 7.4%, statistics office says; food prices lead\n\nThe rise was broad.", "7.4%",
     ("statistics office", None)),
]


@pytest.mark.parametrize(("text", "figure", "expected"), SOURCES)
def test_source_and_via(nlp, text, figure, expected):
    found = claim_of(nlp, text, figure)
    assert (found.source, found.via) == expected


def test_a_title_refers_to_a_name_the_recogniser_misread(nlp):
    text = ("Turnout reached 61 percent, the election commissioner, Ilona Varga, told reporters. "
            "The commissioner said 2.4 million ballots were cast by post.")
    assert claim_of(nlp, text, "2.4 million").source == "Ilona Varga"


def test_a_pronoun_after_a_byline_is_the_last_unnamed_speaker(nlp):
    text = ("Judge questions police figures\n\nHarbour Gazette | Monday, 4 May 2026\n\nThe judge, speaking after the hearing, cited a police tally "
            "of 90 complaints. She said 14 of them had been dropped.")
    assert claim_of(nlp, text, "14").source == "judge"


def test_a_dismissed_figure_is_the_dismisser_s_denial(nlp):
    found = claim_of(nlp, "Company officials dismissed the union's estimate of 5,000 job cuts as "
                          "alarmist.", "5,000")
    assert (found.source, found.modality) == ("Company officials", "denied")
