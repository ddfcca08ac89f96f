"""Events: date ranges (pure) and dated actions in short sentences written here (model)."""

from __future__ import annotations

import datetime as dt

import pytest

from newsclaims.extract import events, time as timex
from newsclaims.model import Article, TimeExpression

D = dt.date


def _time(value: str | None, granularity: str, type_: str = "DATE", mod: str | None = None,
          text: str = "x") -> TimeExpression:
    return TimeExpression(text=text, start=0, end=1, type=type_, value=value, granularity=granularity, mod=mod)


@pytest.mark.parametrize("time, expected", [
    (_time("2024-06-19", "day"), (D(2024, 6, 19), D(2024, 6, 19))),
    (_time("2024-06", "month"), (D(2024, 6, 1), D(2024, 6, 30))),
    (_time("2024-02", "month"), (D(2024, 2, 1), D(2024, 2, 29))),
    (_time("2024", "year"), (D(2024, 1, 1), D(2024, 12, 31))),
    (_time("2024", "year", mod="END"), (D(2024, 9, 1), D(2024, 12, 31))),
    (_time("2025", "year", mod="START"), (D(2025, 1, 1), D(2025, 4, 30))),
    (_time("2025", "year", mod="MID"), (D(2025, 5, 1), D(2025, 8, 31))),
    (_time("2024-Q4", "quarter"), (D(2024, 10, 1), D(2024, 12, 31))),
    (_time("2025-H1", "half"), (D(2025, 1, 1), D(2025, 6, 30))),
    (_time("2025-W26", "week"), (D(2025, 6, 23), D(2025, 6, 29))),
    (_time("2025-W26-WE", "week"), (D(2025, 6, 28), D(2025, 6, 29))),
    (_time("2025-06-27TNI", "time", "TIME", text="Friday night"), (D(2025, 6, 27), D(2025, 6, 27))),
    (_time("2025-06-29T20", "time", "TIME", text="8 p.m. on Sunday"), (D(2025, 6, 29), D(2025, 6, 29))),
    (_time("2025-07-03T04:17", "time", "TIME", text="4:17 a.m."), None),  # the day is only the article's
    (_time("2025-SU", "season"), (D(2025, 6, 1), D(2025, 8, 31))),
    (_time("2024-WI", "season"), (D(2024, 12, 1), D(2025, 2, 28))),
    (_time("2025-06", "month", mod="END"), (D(2025, 6, 21), D(2025, 6, 30))),
    (_time("PRESENT_REF", "none"), None),
    (_time("P3M", "month", "DURATION"), None),
    (_time("XXXX-WXX", "none", "SET"), None),
    (_time("XXXX-06-30", "day"), None),
    (_time("199", "decade"), None),
    (_time(None, "none"), None),
])
def test_date_range(time: TimeExpression, expected: tuple[dt.date, dt.date] | None) -> None:
    assert events.date_range(time) == expected


@pytest.mark.parametrize("action, expected", [
    ("award", "ceremony"), ("Ceremony", "ceremony"), ("invade", "offensive"), ("incursion", "offensive"),
    ("sign", "agreement"), ("inspect", "visit"), ("frobnicate", "frobnicate"),
])
def test_kind(action: str, expected: str) -> None:
    assert events.kind(action) == expected


REFERENCE = D(2025, 7, 3)  # a Thursday
CASES = [
    # (id, sentence, [(action, date value)], an entity expected on the first event or None)
    ("verb-signing", "Russian President Vladimir Putin and Kim Jong Un signed the treaty in Pyongyang in June 2024.",
     [("sign", "2024-06")], "Vladimir Putin"),
    ("light-verb-object", "Ukraine launched a surprise incursion into the Kursk region in August 2024.",
     [("incursion", "2024-08")], "Ukraine"),
    ("noun-with-light-verb", "At a ceremony held in Pyongyang on June 21, the leader met veterans.",
     [("ceremony", "2025-06-21")], "Pyongyang"),
    ("nominal-date-modifier", "Construction has gone on since its October 2024 groundbreaking.",
     [("groundbreaking", "2024-10")], None),
    ("nominal-treaty", "Both sides pointed to the June 2024 treaty.", [("treaty", "2024-06")], None),
    ("weekday", "The foreign minister visited Paris on Tuesday.", [("visit", "2025-07-01")], "Paris"),
    ("confirmation", "The army officially confirmed in April that troops were deployed.",
     [("confirm", "2025-04")], None),
    ("date-in-non-finite-clause", "Kim awarded medals to returning soldiers in May 2025.",
     [("award", "2025-05")], "Kim"),
    ("aspectual-verb", "The offensive that began in August 2024 stalled.", [("offensive", "2024-08")], None),
    ("fuzzy-date", "Troops arrived in Kursk in late 2024.", [("arrive", "2024")], None),
    ("one-event-per-trigger-explicit-date-wins", "Moscow confirmed it on Friday (April 25) in a statement.",
     [("confirm", "2025-04-25")], "Moscow"),
    ("two-events", "Talks held in Geneva in May 2025 followed an attack on March 3.",
     [("talk", "2025-05"), ("attack", "2025-03-03")], "Geneva"),
    ("light-verb-as-action", "North Korea launched a missile on Monday.", [("launch", "2025-06-30")], "North Korea"),
    ("planned-noun", "Leaders prepared for the planned June 2025 summit.", [], None),
    ("after-publication", "The troops withdrew on 5 August 2025.", [], None),
    ("incident-subject", "A strong earthquake struck the coast on Sunday.", [("earthquake", "2025-06-29")], None),
    ("protest", "Thousands marched through Lisbon on Saturday.", [("march", "2025-06-28")], "Lisbon"),
    ("dateline-is-no-event", "LISBON, 2 July 2025 - Police arrested 31 people.", [], None),
    ("reporting-verb", "The Guardian reported on July 1 that the concert drew crowds.", [], None),
    ("future", "The museum is expected to open in February 2026.", [], None),
    ("modal", "Officials said the army could send more troops as early as this month.", [], None),
    ("date-of-a-document", "According to the May 2025 report, missiles were transferred.", [], None),
    ("duration", "Prices rose for three months.", [], None),
    ("no-action", "The weather in June 2024 was hot.", [], None),
    ("weekend", "Protesters marched through Lisbon over the weekend.", [("march", "2025-W26-WE")], "Lisbon"),
    ("weekday-with-its-day", "Kim spent Sunday, June 29, at the Mansudae Art Studio.", [("spend", "2025-06-29")],
     "Mansudae Art Studio"),
    ("counted-happenings", "The province has recorded 1,142 wildfires so far this year.", [], None),
    ("spending-a-night-is-no-visit", "Around 18,000 people spent Sunday night in tents.", [], None),
    ("time-naming-its-day", "A boat capsized on the river on Friday night, police said.", [("capsize", "2025-06-27")],
     None),
    ("bare-clock-time", "The quake hit at 4:17 a.m. local time near the town.", [], None),
    ("since-bounds-a-period", "No fewer than 1,100 aftershocks have been recorded since March 8, the institute said.",
     [], None),
    ("possessive-date-after-from", "The toll from Sunday's earthquake rose to 245.", [("earthquake", "2025-06-29")],
     None),
    ("a-march-is-a-protest", "The housing march in Lisbon on Saturday drew crowds.", [("march", "2025-06-28")],
     "Lisbon"),
    ("period", "Between January and March 2025, 4,000 soldiers were wounded.", [], None),
    ("by-bounds-a-state", "The fire had grown to 41,000 hectares by Monday morning.", [], None),
    ("noun-that-is-an-action-only-as-verb", "The factory delivered artillery shells in May 2025.", [], None),
]


@pytest.mark.model
@pytest.mark.parametrize("sentence, expected, entity", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_extract(nlp, sentence: str, expected: list[tuple[str, str]], entity: str | None) -> None:
    doc = nlp(sentence)
    article = Article(id="t", uri="t", text=sentence, title=None, outlet=None, published=REFERENCE,
                      published_basis="text", published_confidence=1.0)
    found = events.extract(doc, article, timex.extract(doc, REFERENCE))
    assert [(e.action, e.date) for e in found] == expected
    for event in found:
        assert event.date_start <= event.date_end
        assert sentence[event.time_start:event.time_end] == event.time_text
        assert sentence[event.sentence_start:event.sentence_end] == event.sentence
        assert event.summary
    if entity:
        assert any(entity in name for name in found[0].entities), found[0].entities


@pytest.mark.model
@pytest.mark.parametrize("sentence, expected", [
    ("Putin and Kim signed the treaty in June 2024.", "Putin and Kim signed treaty"),
    ("The deployment followed the mutual defence treaty that Kim and Putin signed in June 2024.",
     "Kim and Putin signed mutual defence treaty"),  # the relative pronoun reads as its noun
    ("Troops left the Kursk region, which was invaded by Ukrainian forces in August 2024.",
     "Kursk region invaded by Ukrainian forces"),
    ("Ukraine's surprise cross-border offensive began in August 2024.", "Ukraine's surprise cross-border offensive"),
])
def test_summary(nlp, sentence: str, expected: str) -> None:
    doc = nlp(sentence)
    article = Article(id="t", uri="t", text=sentence, title=None, outlet=None, published=REFERENCE,
                      published_basis="text", published_confidence=1.0)
    [event] = events.extract(doc, article, timex.extract(doc, REFERENCE))
    assert event.summary == expected


@pytest.mark.model
def test_short_name_takes_the_full_name(nlp) -> None:
    text = "Kim Jong Un spoke in Seoul. Kim visited Tokyo on 3 May 2025."
    doc = nlp(text)
    article = Article(id="t", uri="t", text=text, title=None, outlet=None, published=REFERENCE,
                      published_basis="text", published_confidence=1.0)
    [event] = events.extract(doc, article, timex.extract(doc, REFERENCE))
    assert "Kim Jong Un" in event.entities and "Tokyo" in event.entities
    assert event.sentence == "Kim visited Tokyo on 3 May 2025."
