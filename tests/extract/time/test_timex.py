"""Temporal expressions: normalisation rules (pure) and extraction from parsed text (model)."""

from __future__ import annotations

import datetime as dt

import pytest

from newsclaims.extract import time as timex
from newsclaims.extract.time import normalise
from newsclaims.extract.time import normalise_full

SUNDAY = dt.date(2026, 1, 25)  # a Sunday
FRIDAY = dt.date(2013, 3, 22)  # a Friday (TempEval-3's creation date)


@pytest.mark.parametrize(
    "text, reference, tense, expected",
    [
        # absolute
        ("25 January 2026", SUNDAY, None, ("DATE", "2026-01-25", "day")),
        ("Jan. 25, 2026", SUNDAY, None, ("DATE", "2026-01-25", "day")),
        ("Sunday, January 25, 2026", None, None, ("DATE", "2026-01-25", "day")),
        ("the 3rd of March 2024", SUNDAY, None, ("DATE", "2024-03-03", "day")),
        ("2026-01-25", None, None, ("DATE", "2026-01-25", "day")),
        ("25.01.2026", None, None, ("DATE", "2026-01-25", "day")),
        ("2024-06", None, None, ("DATE", "2024-06", "month")),
        ("2011-12", None, None, None),
        ("1/25/2026", None, None, ("DATE", "2026-01-25", "day")),
        ("2026 January 25", None, None, ("DATE", "2026-01-25", "day")),
        ("the night of June 12", None, None, None),
        ("May 2010", FRIDAY, None, ("DATE", "2010-05", "month")),
        ("October 2025", SUNDAY, None, ("DATE", "2025-10", "month")),
        ("2024", SUNDAY, None, ("DATE", "2024", "year")),
        ("the 1990s", SUNDAY, None, ("DATE", "199", "decade")),
        ("the 20th century", SUNDAY, None, ("DATE", "19", "century")),
        ("2025-W26", None, None, ("DATE", "2025-W26", "week")),
        ("summer 2024", None, None, ("DATE", "2024-SU", "season")),
        # partial: year from the reference and the tense
        ("June 30", SUNDAY, None, ("DATE", "2026-06-30", "day")),
        ("June 30", SUNDAY, "past", ("DATE", "2025-06-30", "day")),
        ("June 30", None, None, ("DATE", "XXXX-06-30", "day")),
        ("in April", SUNDAY, "past", ("DATE", "2025-04", "month")),
        ("in April", SUNDAY, "future", ("DATE", "2026-04", "month")),
        ("October", FRIDAY, "past", ("DATE", "2012-10", "month")),
        ("last August", dt.date(2025, 4, 28), None, ("DATE", "2024-08", "month")),
        ("last June", FRIDAY, None, ("DATE", "2012-06", "month")),
        ("next June", FRIDAY, None, ("DATE", "2013-06", "month")),
        ("last summer", FRIDAY, None, ("DATE", "2012-SU", "season")),
        ("Christmas", FRIDAY, "past", ("DATE", "2012-12-25", "day")),
        ("Christmas 2024", FRIDAY, None, ("DATE", "2024-12-25", "day")),
        ("New Year's Eve", dt.date(2025, 12, 1), "future", ("DATE", "2025-12-31", "day")),
        # a weekday beside a day without a year checks the year
        ("Saturday (June 28", dt.date(2026, 3, 1), None, ("DATE", "2025-06-28", "day")),
        ("Saturday (June 28)", dt.date(2026, 1, 26), "past", ("DATE", "2025-06-28", "day")),
        ("Saturday(June 28", dt.date(2025, 7, 3), "past", ("DATE", "2025-06-28", "day")),
        ("Saturday, 28 June", dt.date(2024, 2, 1), "future", ("DATE", "2025-06-28", "day")),
        ("Saturday (April 26)", dt.date(2025, 4, 28), None, ("DATE", "2025-04-26", "day")),
        ("Sunday, June 30", dt.date(2025, 7, 1), "past", ("DATE", "2025-06-30", "day")),  # a slip: digits win
        ("Saturday (June 28)", None, None, ("DATE", "XXXX-06-28", "day")),
        ("Saturday (June 28, 2025)", None, None, ("DATE", "2025-06-28", "day")),
        # relative
        ("on Sunday", SUNDAY, "past", ("DATE", "2026-01-25", "day")),
        ("Tuesday", SUNDAY, "past", ("DATE", "2026-01-20", "day")),
        ("Tuesday", SUNDAY, "future", ("DATE", "2026-01-27", "day")),
        ("Thursday", FRIDAY, "past", ("DATE", "2013-03-21", "day")),
        ("last Friday", FRIDAY, None, ("DATE", "2013-03-15", "day")),
        ("Friday afternoon", FRIDAY, "past", ("TIME", "2013-03-22TAF", "time")),
        ("yesterday", SUNDAY, None, ("DATE", "2026-01-24", "day")),
        ("today", SUNDAY, None, ("DATE", "2026-01-25", "day")),
        ("last week", FRIDAY, None, ("DATE", "2013-W11", "week")),
        ("the last week", FRIDAY, None, ("DATE", "2013-W11", "week")),
        ("this week", FRIDAY, None, ("DATE", "2013-W12", "week")),
        ("last week", None, None, ("DATE", "XXXX-WXX", "week")),
        ("the weekend", dt.date(2025, 6, 30), "past", ("DATE", "2025-W26-WE", "week")),
        ("the weekend", FRIDAY, "future", ("DATE", "2013-W12-WE", "week")),
        ("this month", SUNDAY, None, ("DATE", "2026-01", "month")),
        ("Last month", FRIDAY, None, ("DATE", "2013-02", "month")),
        ("last year", FRIDAY, None, ("DATE", "2012", "year")),
        ("next year", FRIDAY, None, ("DATE", "2014", "year")),
        ("this fiscal year", FRIDAY, None, ("DATE", "2013", "year")),
        ("four years ago", FRIDAY, None, ("DATE", "2009", "year")),
        ("three days ago", SUNDAY, None, ("DATE", "2026-01-22", "day")),
        ("months ago", SUNDAY, None, ("DATE", "PAST_REF", "none")),
        ("a few years ago", SUNDAY, None, ("DATE", "PAST_REF", "none")),
        ("now", SUNDAY, None, ("DATE", "PRESENT_REF", "none")),
        ("currently", None, None, ("DATE", "PRESENT_REF", "none")),
        ("the past", SUNDAY, None, ("DATE", "PAST_REF", "none")),
        ("the future", SUNDAY, None, ("DATE", "FUTURE_REF", "none")),
        ("3 p.m.", FRIDAY, None, ("TIME", "2013-03-22T15", "time")),
        ("midnight on Monday", FRIDAY, "future", ("TIME", "2013-03-25T24:00", "time")),
        ("in two weeks", FRIDAY, "future", ("DATE", "2013-W14", "week")),
        ("two years from now", FRIDAY, None, ("DATE", "2015", "year")),
        ("the following day", FRIDAY, None, ("DATE", "XXXX-XX-XX", "day")),
        ("that week", FRIDAY, None, ("DATE", "XXXX-WXX", "week")),
        ("15:00 GMT Saturday", FRIDAY, "present", ("TIME", "2013-03-23T15:00", "time")),
        # fuzzy parts of a period: value of the period (mod in normalise_full)
        ("late 2024", SUNDAY, None, ("DATE", "2024", "year")),
        ("early 2025", SUNDAY, None, ("DATE", "2025", "year")),
        ("mid-2025", SUNDAY, None, ("DATE", "2025", "year")),
        ("mid-year", dt.date(2025, 7, 1), None, ("DATE", "2025", "year")),
        ("early December", FRIDAY, "past", ("DATE", "2012-12", "month")),
        ("late last July", FRIDAY, None, ("DATE", "2012-07", "month")),
        ("early this year", FRIDAY, None, ("DATE", "2013", "year")),
        ("the end of the year", SUNDAY, "future", ("DATE", "2026", "year")),
        ("Q4 2024", None, None, ("DATE", "2024-Q4", "quarter")),
        ("the fourth quarter", SUNDAY, "past", ("DATE", "2025-Q4", "quarter")),
        ("the first half of 2025", None, None, ("DATE", "2025-H1", "half")),
        # durations
        ("three months", SUNDAY, None, ("DURATION", "P3M", "month")),
        ("16 months", SUNDAY, None, ("DURATION", "P16M", "month")),
        ("a decade", SUNDAY, None, ("DURATION", "P10Y", "decade")),
        ("an hour", SUNDAY, None, ("DURATION", "PT1H", "time")),
        ("a mere 24 hours", SUNDAY, None, ("DURATION", "PT24H", "time")),
        ("four-week", SUNDAY, None, ("DURATION", "P4W", "week")),
        ("five years'", SUNDAY, None, ("DURATION", "P5Y", "year")),
        ("the past two years", FRIDAY, None, ("DURATION", "P2Y", "year")),
        ("the past several months", FRIDAY, None, ("DURATION", "PXM", "month")),
        ("the next few months", FRIDAY, None, ("DURATION", "PXM", "month")),
        ("recent weeks", FRIDAY, None, ("DURATION", "PXW", "week")),
        ("years", FRIDAY, None, ("DURATION", "PXY", "year")),
        ("a year and a half", FRIDAY, None, ("DURATION", "P18M", "year")),
        # sets
        ("every morning", FRIDAY, None, ("SET", "XXXX-XX-XXTMO", "none")),
        ("annually", FRIDAY, None, ("SET", "XXXX", "none")),
        ("every week", FRIDAY, None, ("SET", "XXXX-WXX", "none")),
        ("twice a year", FRIDAY, None, ("SET", "XXXX", "none")),
        ("every Friday", FRIDAY, None, ("SET", "XXXX-WXX-5", "none")),
        # numbers are never dates
        ("100M", SUNDAY, None, None),
        ("6005", SUNDAY, None, None),
        ("2,000", SUNDAY, None, None),
        ("200+", SUNDAY, None, None),
        ("25,000 to 30,000", SUNDAY, None, None),
        ("48", SUNDAY, None, None),
        ("22-year-old", SUNDAY, None, None),
        ("58 years old", SUNDAY, None, None),
        ("AK-12", SUNDAY, None, None),
        ("", SUNDAY, None, None),
    ],
)
def test_normalise(text, reference, tense, expected):
    assert normalise(text, reference, tense=tense) == expected


@pytest.mark.parametrize(
    "text, mod",
    [("late 2024", "END"), ("early 2025", "START"), ("mid-2025", "MID"), ("mid-year", "MID"),
     ("the end of 2024", "END"), ("almost seven years", "LESS_THAN"), ("more than a week", "MORE_THAN"),
     ("about a month", "APPROX"), ("2024", None)],
)
def test_mod(text, mod):
    assert normalise_full(text, SUNDAY).mod == mod


def test_unanchored_without_reference():
    found = normalise_full("Tuesday", None, tense="past")
    assert (found.value, found.anchored) == ("XXXX-WXX-2", False)
    assert normalise_full("25 January 2026", None).anchored


@pytest.mark.model
@pytest.mark.parametrize(
    "text, reference, expected",
    [
        ("The agreement was signed on Jan. 25, 2026 in Pyongyang.", SUNDAY,
         [("Jan. 25, 2026", "DATE", "2026-01-25")]),
        ("Troops arrived in late 2024 and fought for 16 months.", SUNDAY,
         [("late 2024", "DATE", "2024"), ("16 months", "DURATION", "P16M")]),
        ("The minister said on Tuesday that more troops will arrive in April.", SUNDAY,
         [("Tuesday", "DATE", "2026-01-20"), ("April", "DATE", "2026-04")]),
        ("The region was invaded last August and secured last week.", dt.date(2025, 4, 28),
         [("last August", "DATE", "2024-08"), ("last week", "DATE", "2025-W17")]),
        ("They may have come home months ago, and deployments could start as early as this month.", SUNDAY,
         [("months ago", "DATE", "PAST_REF"), ("this month", "DATE", "2026-01")]),
        ("The pandemic of 2009-2010 killed 348 children.", FRIDAY,
         [("2009", "DATE", "2009"), ("2010", "DATE", "2010")]),
        ("The factory shipped 6005 shells and 100M rounds to 2,000 soldiers.", SUNDAY, []),
        ("Roth, 48, was reported missing by his 22-year-old son.", SUNDAY, []),
        ("The newsletter arrives every Friday; talks resume at 15:00 GMT Saturday.", FRIDAY,
         [("every Friday", "SET", "XXXX-WXX-5"), ("15:00 GMT Saturday", "TIME", "2013-03-23T15:00")]),
        ("Kim spoke on June 30.", None, [("June 30", "DATE", "XXXX-06-30")]),
        ("Orders cover 20,000 homes, up from 12,500 on Monday.", dt.date(2026, 7, 23),
         [("Monday", "DATE", "2026-07-20")]),
        ("The presence was confirmed on Saturday (April 26) during a meeting.", dt.date(2025, 4, 28),
         [("Saturday (April 26)", "DATE", "2025-04-26")]),
        ("The ceremony was held on Saturday (June 28) in the capital.", dt.date(2026, 3, 1),
         [("Saturday (June 28)", "DATE", "2025-06-28")]),
        ("Crowds marched on Sunday, 29 June, and left.", dt.date(2025, 7, 3),
         [("Sunday, 29 June", "DATE", "2025-06-29")]),
        ("He left in June\n\n2024 was a hard year.", dt.date(2025, 7, 1),
         [("June", "DATE", "2025-06"), ("2024", "DATE", "2024")]),
        ("On the night of June 12, the army advanced.", SUNDAY, [("June 12", "DATE", "2025-06-12")]),
        ("August Wilson wrote the play in 1985; June Carter sang on Friday.", SUNDAY,
         [("1985", "DATE", "1985"), ("Friday", "DATE", "2026-01-23")]),
        ("Theresa May said the vote would be held in May.", SUNDAY, [("May", "DATE", "2026-05")]),
        ("The report covers the period from 1 January to 30 June 2025.", SUNDAY,
         [("1 January", "DATE", "2025-01-01"), ("30 June 2025", "DATE", "2025-06-30")]),
        ("Between January and March 2025, 4,000 soldiers were wounded.", SUNDAY,
         [("January", "DATE", "2025-01"), ("March 2025", "DATE", "2025-03")]),
        ("The strike hit at 8 p.m. on Sunday.", SUNDAY, [("8 p.m. on Sunday", "TIME", "2026-01-25T20")]),
        ("Aid will arrive in two weeks and the talks, held the following day, failed.", SUNDAY,
         [("two weeks", "DATE", "2026-W06"), ("the following day", "DATE", "XXXX-XX-XX")]),
        ("The treaty was signed on June 19, 2024, and ratified the following day.", SUNDAY,
         [("June 19, 2024", "DATE", "2024-06-19"), ("the following day", "DATE", "2024-06-20")]),
        ("Troops arrived on Sunday; the previous year they had trained. Next week talks resume.", SUNDAY,
         [("Sunday", "DATE", "2026-01-25"), ("the previous year", "DATE", "2025"), ("Next week", "DATE", "2026-W05")]),
    ],
)
def test_extract(nlp, text, reference, expected):
    doc = nlp(text)
    found = timex.extract(doc, reference)
    assert [(t.text, t.type, t.value) for t in found] == expected
    assert all(doc.text[t.start:t.end] == t.text for t in found)


@pytest.mark.model
@pytest.mark.parametrize(
    "name, published, expected",
    [
        ("000_cb89993beffaf06d.txt", "2026-01-26", {("25 January 2026", "2026-01-25"), ("late 2024", "2024"),
                                                    ("August 2025", "2025-08")}),
        ("001_7bada9d83f042a94.txt", "2025-07-01", {("June 30", "2025-06-30"), ("June 2024", "2024-06"),
                                                    ("months ago", "PAST_REF")}),
        ("002_250a9d64da48d73a.txt", "2025-04-28", {("Saturday (April 26)", "2025-04-26"),
                                                    ("last August", "2024-08"), ("last week", "2025-W17")}),
        ("003_8cf27281098734bd.txt", "2025-07-01", {("Tuesday", "2025-07-01"), ("Sunday", "2025-06-29"),
                                                    ("April", "2025-04"), ("this month", "2025-07")}),
        ("004_cd70e9fa9562e230.txt", "2025-08-22", {("August 21", "2025-08-21"), ("1953", "1953")}),
    ],
)
def test_seed_articles(nlp, seed_dir, name, published, expected):
    text = (seed_dir / name).read_text(encoding="utf-8")
    found = {(t.text, t.value) for t in timex.extract(nlp(text), dt.date.fromisoformat(published))}
    assert expected <= found
