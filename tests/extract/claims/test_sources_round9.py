"""Issue 14, round 9: source rules that generalise (forecasting verbs and nouns, a short form of a
body named in full, names cut at a hyphen, a capitalised preposition or a descriptive noun, a named
spokesperson who "puts" a figure, nouns of saying, a headline's second clause, a rate set as an act).
Sentences written for these tests, worded differently from the annotated stories."""

from __future__ import annotations

import pytest

from sentence_claims import claim_of

pytestmark = pytest.mark.model

SOURCES = [
    # forecasting verbs (verbs.py forecasts, attribution.py): "pencil in", present-tense "see"
    ("The Reserve Bank had pencilled in wage growth of 3.1% for the spring.", "3.1%", ("Reserve Bank", None)),
    ("The Treasury sees unemployment climbing to 6.2% by the winter.", "6.2%", ("Treasury", None)),
    # "saw" in the past, or "sees" with the figure as its object, observes: no forecast
    ("The coastal town sees 40 drownings a year on its beaches.", "40", (None, None)),
    # a subjectless finite verb under the participle describing its subject (reduced relative)
    ("Analysts surveyed before the announcement had expected growth of 0.4%.", "0.4%", ("Analysts", None)),
    # a figure noun or reporting participle with "by": whoever the phrase names
    ("Output rose 1.2%, above the 0.8% predicted by forecasters.", "0.8%", ("forecasters", None)),
    # a promise is no report: the sentence's speaker keeps the figure
    ("The airline said it would add 300 jobs, on top of the 200 jobs promised by its owner.", "200",
     ("airline", None)),
    # "put X at N" with the "at" phrase hung inside the relative clause on X
    ("The agency's spokesman, Tomas Reyes, put the number of homes that burned across the valley during "
     "the week at about 1,900.", "about 1,900", ("Tomas Reyes", None)),
    # a figure in that relative clause is not what is put
    ("The council put the cost of the storm, which hit 12 villages, at 30 million euros.", "12", (None, None)),
    # nouns of saying with a "that" clause
    ("A police spokeswoman, Ana Duarte, renewed her allegation that the gang had stolen 40 cars.", "40",
     ("Ana Duarte", None)),
    ("The opposition made the claim that 3,000 ballots were lost.", "3,000", ("opposition", None)),
    # a saying verb across a semicolon that takes its own object does not govern the other clause
    ("Storm kills at least 9 in coastal towns; governor declares emergency", "at least 9", (None, None)),
    # a closing ", police say;" still attributes
    ("Crowd of 5,000 gathers, police say; organisers claim more", "5,000", ("police", None)),
    # a change verb on a thing the subject sets is an act; on a figure noun it reports
    ("The central bank raised its main rate from 2.5% to 2.75% on Tuesday.", "2.75%", (None, None)),
    ("The ministry raised its count of the dead to 61.", "61", ("ministry", None)),
    # names: a glued hyphen, a capitalised preposition, a proper name after a descriptive noun
    ("The Kremlin-backed administration said 14 people were hurt.", "14", ("Kremlin-backed administration", None)),
    ("Reporters Without Borders said 55 journalists were detained.", "55", ("Reporters Without Borders", None)),
    ("About 12% of shops shut early, according to the retail association ShopWatch.", "About 12%",
     ("ShopWatch", None)),
    ("Some 300 flights were delayed, according to the industry group Airlines UK.", "Some 300",
     ("Airlines UK", None)),
]


@pytest.mark.parametrize(("text", "figure", "expected"), SOURCES)
def test_source_and_via(nlp, text, figure, expected):
    found = claim_of(nlp, text, figure)
    assert (found.source, found.via) == expected


def test_forecast_is_projected(nlp):
    assert claim_of(nlp, "The Treasury sees unemployment climbing to 6.2% by the winter.", "6.2%").modality == "projected"
    assert claim_of(nlp, "The coastal town sees 40 drownings a year on its beaches.", "40").modality == "reported"


def test_it_in_a_clause_is_the_named_subject(nlp):
    """names.py: "it" in a clause hung on one whose subject is a named body is that body."""
    text = ("The Monetary Authority trimmed its outlook for exports, which it now expects to shrink by 2% this year.")
    assert claim_of(nlp, text, "2%").source == "Monetary Authority"


def test_short_form_is_the_full_name(nlp):
    """sources.py rule 13: "the Commission" after "the European Commission"; a brand is left alone."""
    text = ("The European Commission published its spring outlook on Monday. The Commission said growth would "
            "reach 1.4% next year.")
    assert claim_of(nlp, text, "1.4%").source == "European Commission"
    text = ("The Harbour Bank of Lisbon cut jobs in May. Separately, the Bank said 120 branches would close. "
            "It expects another 30 to close in 2027.")
    assert claim_of(nlp, text, "30").source == "Harbour Bank of Lisbon"


def test_brand_is_no_short_form(nlp):
    text = "ROME - Fiatello said on Monday it would cut 900 jobs. Fiatello said another 200 could go."
    assert claim_of(nlp, text, "200").source == "Fiatello"
