"""The merged timeline: merge rules on events built here, then the seed articles end to end."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from newsclaims.extract.events import kind
from newsclaims.model import Event, StoredEvent, TimelineEntry
from newsclaims.reconcile import timeline

D = dt.date


def _range(date: str) -> tuple[dt.date, dt.date]:
    parts = [int(p) for p in date.split("-")]
    if len(parts) == 3:
        return D(*parts), D(*parts)
    if len(parts) == 2:
        following = D(parts[0] + parts[1] // 12, parts[1] % 12 + 1, 1)
        return D(parts[0], parts[1], 1), following - dt.timedelta(days=1)
    return D(parts[0], 1, 1), D(parts[0], 12, 31)


def _stored(n: int, outlet: str, date: str, action: str, summary: str, entities: tuple[str, ...] = (),
            sentence: str | None = None) -> StoredEvent:
    start, end = _range(date)
    granularity = {3: "day", 2: "month", 1: "year"}[len(date.split("-"))]
    sentence = sentence or f"it said {summary} then."
    event = Event(date=date, granularity=granularity, date_start=start, date_end=end, action=action,
                  summary=summary, entities=entities, sentence=sentence, sentence_start=0,
                  sentence_end=len(sentence), time_text=date, time_start=0, time_end=1)
    return StoredEvent(id=n, document_id=f"doc-{outlet}", document=f"{outlet}.txt", outlet=outlet,
                       published=None, event=event)


TREATY_DAY = _stored(1, "a", "2024-06-19", "sign", "Putin and Kim signed the treaty", ("Vladimir Putin", "Kim Jong Un"))
TREATY_MONTH = _stored(2, "b", "2024-06", "treaty", "the June 2024 treaty", ("Kim Jong Un", "Pyongyang"))
TREATY_YEAR = _stored(3, "c", "2024", "pact", "mutual defence pact", ("Pyongyang",),
                      "Under a pact signed in 2024, Pyongyang sent troops.")
GALA = _stored(4, "a", "2025-06-30", "concert", "gala concert in Pyongyang", ("Pyongyang", "Kim Jong Un"))
CEREMONY = _stored(5, "b", "2025-06-29", "ceremony", "ceremony in Pyongyang", ("Pyongyang",))
OTHER_CEREMONY = _stored(6, "c", "2025-06-12", "ceremony", "ceremony in Pyongyang", ("Pyongyang",))
MEETING = _stored(7, "a", "2025-06-29", "meet", "Kim met with Lyubimova", ("Kim Jong Un", "Olga Lyubimova"))
AWARD = _stored(8, "a", "2025-08", "award", "Kim awarded hero titles", ("Kim Jong Un",))
AUGUST_CEREMONY = _stored(9, "d", "2025-08-21", "ceremony", "ceremony held", ("Pyongyang", "Kim Jong Un"))
SIGNING_NOV = _stored(10, "d", "2024-11", "sign", "the parliament signed the pact", ("Pyongyang",))
MARCH = _stored(12, "f", "2026-05-16", "march", "Tens of thousands marched", ("Lisbon",))
PROTEST = _stored(13, "g", "2026-05-16", "protest", "housing protest", (),
                  "police raised the number arrested during saturday's housing protest.")
OTHER_PROTEST = _stored(14, "g", "2026-05-16", "protest", "housing protest", ("Porto",),
                        "police raised the number arrested during saturday's housing protest.")
UNRELATED = _stored(11, "e", "2024-06-19", "sign", "farmers signed a petition", ("Iowa",),
                    "in iowa, farmers signed a petition on tuesday.")


@pytest.mark.parametrize("a, b, same", [
    (TREATY_DAY, TREATY_MONTH, True),  # month-precise mention of a day inside it
    (TREATY_MONTH, TREATY_YEAR, True),  # year-precise mention, related by a name
    (GALA, CEREMONY, True),  # one day apart, same kind, shared names
    (CEREMONY, OTHER_CEREMONY, False),  # same kind and names, different days
    (CEREMONY, MEETING, False),  # same day, different kinds
    (AWARD, AUGUST_CEREMONY, True),  # "award" and "ceremony" are one kind
    (TREATY_DAY, SIGNING_NOV, False),  # June and November do not meet
    (TREATY_DAY, UNRELATED, False),  # same day and kind, nothing in common
    (MARCH, PROTEST, True),  # same day and kind, one names nobody: nothing speaks against it
    (MARCH, OTHER_PROTEST, False),  # same day and kind, different places
])
def test_same_happening(a: StoredEvent, b: StoredEvent, same: bool) -> None:
    assert timeline.same_happening(a, b) is same
    assert timeline.same_happening(b, a) is same


def _sources(entries: list[TimelineEntry]) -> list[tuple[str, tuple[str, ...]]]:
    return [(e.date, e.sources) for e in entries]


@pytest.mark.parametrize("events, expected", [
    ([], []),
    ([TREATY_YEAR, TREATY_MONTH, TREATY_DAY], [("2024-06-19", ("a", "b", "c"))]),
    ([GALA, MEETING, CEREMONY], [("2025-06-29", ("a",)), ("2025-06-29", ("a", "b"))]),
    ([AUGUST_CEREMONY, AWARD, GALA], [("2025-06-30", ("a",)), ("2025-08-21", ("a", "d"))]),
    ([UNRELATED, TREATY_DAY], [("2024-06-19", ("a",)), ("2024-06-19", ("e",))]),
])
def test_build(events: list[StoredEvent], expected: list[tuple[str, tuple[str, ...]]]) -> None:
    entries = timeline.build(events)
    assert sorted(_sources(entries)) == sorted(expected)
    assert [e.date_start for e in entries] == sorted(e.date_start for e in entries)
    assert sorted(s.id for e in entries for s in e.events) == sorted(s.id for s in events)


def test_vague_date_never_chains_two_happenings() -> None:
    """"In 2024" may join the June signing or the November one, but not make them one."""
    entries = timeline.build([TREATY_DAY, SIGNING_NOV, TREATY_YEAR])
    assert sorted(e.date for e in entries) == ["2024-06-19", "2024-11"]
    assert sum(TREATY_YEAR in e.events for e in entries) == 1


def test_entry_takes_the_most_precise_date_and_all_sources() -> None:
    [entry] = timeline.build([TREATY_YEAR, TREATY_MONTH, TREATY_DAY])
    assert (entry.date, entry.granularity, entry.date_start, entry.date_end) == ("2024-06-19", "day", D(2024, 6, 19),
                                                                                 D(2024, 6, 19))
    assert entry.action == "sign" and "Putin" in entry.summary
    assert set(entry.entities) == {"Vladimir Putin", "Kim Jong Un", "Pyongyang"}
    assert [s.id for s in entry.events] == [1, 2, 3]


def test_day_slack_gives_the_span() -> None:
    [entry] = timeline.build([GALA, CEREMONY])
    assert (entry.date_start, entry.date_end) == (D(2025, 6, 29), D(2025, 6, 30))


# --- the seed articles, end to end ----------------------------------------------------------

# (happening, kind, window the entry's dates must fall in, outlets that must tell it)
SEED_HAPPENINGS = [
    ("June 2024 treaty", "agreement", (D(2024, 6, 1), D(2024, 6, 30)), {"000", "001"}),
    ("August 2024 incursion", "offensive", (D(2024, 8, 1), D(2024, 8, 31)), {"001", "002"}),
    ("April 2025 confirmation", "confirmation", (D(2025, 4, 1), D(2025, 4, 30)), {"002", "003"}),
    ("late-June 2025 ceremonies", "ceremony", (D(2025, 6, 20), D(2025, 6, 30)), {"001", "003"}),
    ("August 2025 ceremony", "ceremony", (D(2025, 8, 1), D(2025, 8, 31)), {"000", "004"}),
    ("January 2026 studio visit", "visit", (D(2026, 1, 1), D(2026, 1, 31)), {"000"}),
]


def _seed_events(seed_dir: Path, nlp) -> list[StoredEvent]:
    """Clean, date, parse and extract each seed article the way the pipeline does."""
    from newsclaims.clean import clean, published
    from newsclaims.extract import events, timex
    from newsclaims.model import RawDocument

    files = sorted(seed_dir.glob("*.txt"))
    articles = [clean(RawDocument(uri=f.name, content=f.read_text(encoding="utf-8"), media_type="text/plain",
                                  outlet=f.name[:3])) for f in files]
    dates = published.infer_corpus([(a.text, a.title) for a in articles])
    stored: list[StoredEvent] = []
    for article, guess in zip(articles, dates):
        doc = nlp(article.text)
        for event in events.extract(doc, article, timex.extract(doc, guess.date)):
            stored.append(StoredEvent(len(stored) + 1, article.id, article.uri, article.outlet, guess.date, event))
    return stored


@pytest.fixture(scope="module")
def seed_timeline(seed_dir, nlp) -> list[TimelineEntry]:
    return timeline.build(_seed_events(seed_dir, nlp))


@pytest.mark.model
@pytest.mark.parametrize("kind_, window, outlets", [h[1:] for h in SEED_HAPPENINGS], ids=[h[0] for h in SEED_HAPPENINGS])
def test_seed_timeline_tells_each_happening_once(seed_timeline, kind_: str, window, outlets: set[str]) -> None:
    matching = [e for e in seed_timeline if kind(e.action) == kind_
                and window[0] <= e.date_start and e.date_end <= window[1]]
    assert len(matching) == 1, [(e.date, e.action, e.sources) for e in matching]
    assert outlets <= set(matching[0].sources)


@pytest.mark.model
def test_seed_timeline_is_ordered_and_dated(seed_timeline) -> None:
    assert [e.date_start for e in seed_timeline] == sorted(e.date_start for e in seed_timeline)
    assert all(e.date and e.date_start <= e.date_end and e.events for e in seed_timeline)
