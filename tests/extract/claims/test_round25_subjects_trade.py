"""Issue 14, round 25 (subjects of trade measures): a tariff, duty, levy or surcharge rate is the trading
partner's, the country it falls on (subjects.py rule 6, ``trade.py``), or the one that answers when it falls
on the home country's goods; a country that "faces" a rate (6b), a country set beside "at N%" (6c), a rate
whose noun is its clause's subject (6d) and a "for"/"from" the parser hung on the verb (6e). Sentences
written for these tests, worded differently from the annotated stories."""

from __future__ import annotations

import pytest

from sentence_claims import claim_of

pytestmark = pytest.mark.model

SUBJECTS = [
    # rule 6: the country after "on"/"for", its goods ("Mexican tomatoes"), or goods "from" it
    ("WASHINGTON - The administration announced duties of 18% on Mexican tomatoes.", "18%", "Mexico"),
    ("WASHINGTON - Trump put a 17% levy on Israel, 10% on Peru; the Dow sank.", "10%", "Peru"),
    ("BRUSSELS - Under the new schedule, the levy is 12% for Brazil, 15% for Argentina and 9% for Chile.",
     "15%", "Argentina"),
    ("BRUSSELS - Under the new schedule, the levy is 12% for Brazil, 15% for Argentina and 9% for Chile.",
     "9%", "Chile"),
    # rule 6 with the home country's goods: the country that answers
    ("WASHINGTON - Canada answered with a 25% tariff on American steel.", "25%", "Canada"),
    ("WASHINGTON - The European Union, which faced 20%, voted duties of up to 25% on American whiskey.",
     "up to 25%", "European Union"),
    # rule 6b: a country that faces a rate, also through "which"
    ("WASHINGTON - Under the new tariff plan, India faces 26% and Brazil 10%.", "26%", "India"),
    ("WASHINGTON - The European Union, which faced 20%, voted duties of up to 25% on American whiskey.",
     "20%", "European Union"),
    # rule 6c: "Country, at N%"
    ("WASHINGTON - Thailand, at 36%, and Indonesia, at 32%, were hit hardest by the new tariffs.", "36%",
     "Thailand"),
    # rule 6d: the rate's noun is the clause's subject
    ("WASHINGTON - The duty on Canadian lumber reached 14.5% in August.", "14.5%", "Canada"),
    # rule 6e: a "from" the parser hung on the verb, right after the rate's phrase
    ("OTTAWA - Canada said on Monday it would put a 25% surcharge on steel from China.", "25%", "China"),
    # must not fire: no trade measure, or no country named after the figure
    ("WASHINGTON - Exports to China rose 12% last year, the Commerce Department said.", "12%", "United States"),
    ("LONDON - Britain's inflation rate rose to 3.2% in March, and food prices for families in France "
     "climbed 4%.", "3.2%", "United Kingdom"),
    ("WASHINGTON - A 10% tariff now applies to imports from almost every country.", "10%", "United States"),
]


@pytest.mark.parametrize("text, figure, subject", SUBJECTS)
def test_trade_subject(nlp, text, figure, subject):
    assert claim_of(nlp, text, figure).subject == subject
