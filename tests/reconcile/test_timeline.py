"""The merged timeline: merge rules on events built here, then the seed articles end to end."""

from __future__ import annotations

import dataclasses
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
FERRY = _stored(15, "h", "2026-10-03", "capsize", "ferry capsized", ("Philippine Coast Guard",),
                "A ferry capsized off Romblon early on Saturday, the Philippine Coast Guard said.")
SINKING = _stored(16, "i", "2026-10-03", "sinking", "sinking of the ferry", ("NDRRMC",),
                  "The toll from Saturday's sinking in the Philippines rose to 31.")
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
    (FERRY, SINKING, True),  # "Philippine" and "Philippines": one name, two forms
])
def test_same_happening(a: StoredEvent, b: StoredEvent, same: bool) -> None:
    assert timeline.same_happening(a, b) is same
    assert timeline.same_happening(b, a) is same


def _sources(entries: list[TimelineEntry]) -> list[tuple[str, tuple[str, ...]]]:
    return [(e.date, e.sources) for e in entries]


@pytest.mark.parametrize("events, expected", [
    ([], []),
    ([TREATY_YEAR, TREATY_MONTH, TREATY_DAY], [("2024-06-19", ("a", "b", "c"))]),
    ([GALA, MEETING, CEREMONY], [("2025-06-29", ("a",)), ("2025-06-30", ("a", "b"))]),  # the date of the shown event
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


def test_fuzzy_date_is_shown_as_the_interval_it_means() -> None:
    late = _stored(20, "a", "2024", "arrive", "troops arrived", ("Kursk",))
    late = dataclasses.replace(late, event=dataclasses.replace(late.event, date_start=D(2024, 9, 1)))
    [entry] = timeline.build([late])
    assert (entry.date, entry.granularity) == ("2024-09/2024-12", "month")
    [entry] = timeline.build([TREATY_YEAR])
    assert (entry.date, entry.granularity) == ("2024", "year")


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
    from newsclaims.extract import events, time as timex
    from newsclaims.model import RawDocument

    files = sorted(seed_dir.glob("*.txt"))
    articles = [clean(RawDocument(uri=f.name, content=f.read_text(encoding="utf-8"), media_type="text/plain",
                                  outlet=f.name[:3])) for f in files]
    stored: list[StoredEvent] = []
    for article in published.settle(articles):  # one story: dated together
        doc = nlp(article.text)
        for event in events.extract(doc, article, timex.extract(doc, article.published)):
            stored.append(StoredEvent(len(stored) + 1, article.id, article.uri, article.outlet, article.published,
                                      event))
    return stored


@pytest.fixture(scope="module")
def seed_timeline(seed_dir, nlp) -> list[TimelineEntry]:
    return timeline.build(_seed_events(seed_dir, nlp))


@pytest.mark.model
@pytest.mark.parametrize("kind_, window, outlets", [h[1:] for h in SEED_HAPPENINGS],
                         ids=[h[0] for h in SEED_HAPPENINGS])
def test_seed_timeline_tells_each_happening_once(seed_timeline, kind_: str, window, outlets: set[str]) -> None:
    matching = [e for e in seed_timeline if kind(e.action) == kind_
                and window[0] <= e.date_start and e.date_end <= window[1]]
    assert len(matching) == 1, [(e.date, e.action, e.sources) for e in matching]
    assert outlets <= set(matching[0].sources)


@pytest.mark.model
def test_seed_timeline_is_ordered_and_dated(seed_timeline) -> None:
    assert [e.date_start for e in seed_timeline] == sorted(e.date_start for e in seed_timeline)
    assert all(e.date and e.date_start <= e.date_end and e.events for e in seed_timeline)


# --- end to end through the pipeline and the CLI ---------------------------------------------

DATES = Path(__file__).resolve().parents[1] / "data" / "dates"
STORIES = Path(__file__).resolve().parents[1] / "data" / "claims" / "stories"
PRECISIONS = {"day", "week", "month", "season", "quarter", "half", "year"}


def _cli(*args: str) -> str:
    from typer.testing import CliRunner

    from newsclaims.cli import app

    result = CliRunner().invoke(app, [str(a) for a in args], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.stdout


def _entry_range(entry: dict) -> tuple[dt.date, dt.date]:
    """The days an entry's shown date spans: a TIMEX3 value, or an interval "2024-09/2024-12"."""
    from newsclaims.extract.events import date_range
    from newsclaims.model import TimeExpression

    ends = [date_range(TimeExpression(text=value, start=0, end=1, type="DATE", value=value,
                                      granularity=entry["granularity"])) for value in entry["date"].split("/")]
    assert None not in ends and len(ends) <= 2, entry["date"]
    return ends[0][0], ends[-1][1]


def _told_by(entry: dict) -> set[str]:
    """The file-name prefixes ("000", "01") of the articles that tell an entry."""
    return {Path(e["document"]).name.split("_")[0].split("-")[0] for e in entry["events"]}


@pytest.fixture(scope="module")
def seed_cli(seed_dir, nlp, tmp_path_factory) -> dict[str, object]:
    """The seed corpus analysed into a real SQLite file by `newsclaims analyze`, read back by the CLI."""
    import json

    db = tmp_path_factory.mktemp("seed") / "seed.db"
    _cli("analyze", seed_dir, "--db", db, "--workers", "1", "--quiet")
    return {"articles": json.loads(_cli("articles", "--db", db, "--format", "json")),
            "timeline": json.loads(_cli("timeline", "--db", db, "--format", "json")),
            "table": _cli("timeline", "--db", db)}


@pytest.mark.model
def test_seed_articles_are_dated_within_days_through_the_cli(seed_cli) -> None:
    import json

    truth = json.loads((DATES / "seed_published.json").read_text(encoding="utf-8"))
    dated = {Path(a["document"]).name: a for a in seed_cli["articles"]}
    assert set(dated) == {a["file"] for a in truth["articles"]}
    for article in truth["articles"]:
        row = dated[article["file"]]
        off = abs((dt.date.fromisoformat(row["published"]) - dt.date.fromisoformat(article["published"])).days)
        assert off <= truth["tolerance_days"], (article["file"], row["published"], row["published_reason"])
        assert row["published_basis"] in ("text", "corpus") and row["published_reason"]


@pytest.mark.model
@pytest.mark.parametrize("kind_, window, told_by", [h[1:] for h in SEED_HAPPENINGS],
                         ids=[h[0] for h in SEED_HAPPENINGS])
def test_seed_timeline_through_the_cli(seed_cli, kind_: str, window, told_by: set[str]) -> None:
    matching = [e for e in seed_cli["timeline"] if kind(e["action"]) == kind_
                and window[0] <= _entry_range(e)[0] and _entry_range(e)[1] <= window[1]]
    assert len(matching) == 1, [(e["date"], e["action"], e["summary"]) for e in matching]
    assert told_by <= _told_by(matching[0])
    assert matching[0]["granularity"] in ("day", "month")


@pytest.mark.model
def test_seed_timeline_json_and_table(seed_cli) -> None:
    entries = seed_cli["timeline"]
    assert [_entry_range(e)[0] for e in entries] == sorted(_entry_range(e)[0] for e in entries)
    assert "2024-09/2024-12" in [e["date"] for e in entries]  # "late 2024", in its place in the order
    for entry in entries:
        assert entry["granularity"] in PRECISIONS and entry["summary"].strip() and entry["sources"]
        assert entry["events"] and all(e["sentence"] and e["time_text"] in e["sentence"] for e in entry["events"])
        assert len(entry["sources"]) == len({e["outlet"] or "unknown outlet" for e in entry["events"]})
        assert entry["date_start"] <= entry["date_end"]
    table = seed_cli["table"]
    assert "precision" in table and "month" in table and "day" in table
    assert "corpus/kursk/" not in table  # documents named briefly


def _analyse_story(name: str, tmp_path: Path) -> tuple[list, list[TimelineEntry]]:
    from newsclaims import pipeline
    from newsclaims.store import Store

    with Store(f"sqlite:///{tmp_path / (name + '.db')}") as store:
        result = pipeline.analyze([str(STORIES / name)], store)
        assert result.ok, result.skipped
        return store.articles(), timeline.build(store.events())


def _story_truth() -> dict:
    import json

    return json.loads((DATES / "stories_published.json").read_text(encoding="utf-8"))


@pytest.mark.model
@pytest.mark.parametrize("name", sorted(_story_truth()["stories"]))
def test_written_story_dates_and_timeline(nlp, tmp_path: Path, name: str) -> None:
    """Articles written for other stories: each dated within days, each happening told once."""
    truth = _story_truth()
    story = truth["stories"][name]
    articles, entries = _analyse_story(name, tmp_path)
    dated = {Path(a.article.uri).name[:2]: a.article for a in articles}
    assert set(dated) == set(story["published"])
    for prefix, day in story["published"].items():
        off = abs((dated[prefix].published - dt.date.fromisoformat(day)).days)
        assert off <= truth["tolerance_days"], (prefix, dated[prefix].published, dated[prefix].published_reason)
    for what, kind_, day, told_by in story["happenings"]:
        date = dt.date.fromisoformat(day)
        matching = [e for e in entries if kind(e.action) == kind_ and e.date_start <= date <= e.date_end]
        assert len(matching) == 1, (what, [(e.date, e.action, e.summary) for e in matching])
        assert matching[0].date == day and matching[0].granularity == "day", what
        assert set(told_by) <= {Path(s.document).name[:2] for s in matching[0].events}, what
    assert all(e.summary.strip() and e.granularity in PRECISIONS for e in entries)


def test_events_of_two_stories_never_merge() -> None:
    """Two quakes told the same day in two stories are two happenings; within a story, one."""
    first = _stored(21, "a", "2026-03-02", "strike", "a quake struck the coast", ("Chile",))
    told_again = dataclasses.replace(_stored(22, "b", "2026-03-02", "strike", "the quake struck", ("Chile",)),
                                     story="quake-chile")
    other_story = dataclasses.replace(_stored(23, "c", "2026-03-02", "strike", "a quake struck the coast", ("Chile",)),
                                      story="quake-other")
    first = dataclasses.replace(first, story="quake-chile")
    entries = timeline.build([first, told_again, other_story])
    assert sorted(len(e.events) for e in entries) == [1, 2]
    assert all(len({s.story for s in e.events}) == 1 for e in entries)
    assert not timeline.same_happening(first, other_story)
