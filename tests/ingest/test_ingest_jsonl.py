"""The JSONL reader: one article per line; a malformed line is skipped and the rest go on."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest

from newsclaims import ingest
from newsclaims.model import RawDocument, Skipped

TEXT = "Troops sent abroad\n\nThe army said 300 soldiers left on Monday."
LINES = [
    # (line, expected uri suffix or url, expected outcome: a field check or a Skipped reason)
    (json.dumps({"url": "https://a.example/1", "title": "Troops sent", "text": TEXT, "published": "2025-07-01", "outlet": "A"}),
     "https://a.example/1", {"title": "Troops sent", "published": dt.datetime(2025, 7, 1), "outlet": "A", "media_type": "text/plain"}),
    (json.dumps({"html": "<p>The army said 300 soldiers left.</p>", "published": "2025-07-01T10:30:00+02:00"}),
     "#L2", {"media_type": "text/html", "url": None, "published": dt.datetime.fromisoformat("2025-07-01T10:30:00+02:00")}),
    ("", None, None),  # blank lines are passed over
    ('{"text": "unterminated', "#L4", r"line 4: not valid JSON \(Unterminated string"),
    ("[1, 2, 3]", "#L5", "line 5: expected a JSON object, got list"),
    (json.dumps({"url": "https://a.example/6", "title": "No body"}), "#L6", "line 6: no article: 'text' and 'html' are missing or empty"),
    (json.dumps({"text": ["not", "a", "string"]}), "#L7", "line 7: 'text' must be a string"),
    (json.dumps({"text": TEXT, "published": "1 July 2025"}), "#L8", "line 8: 'published' is not an ISO 8601 date: '1 July 2025'"),
    (json.dumps({"text": "x" * 3000}), "#L9", r"line 9: too large \(more than 2.0 kB\)"),
    (json.dumps({"text": "   "}), "#L10", "line 10: no article"),
    (json.dumps({"text": TEXT, "title": "Last"}), "#L11", {"title": "Last"}),
]


@pytest.fixture
def items(tmp_path: Path) -> list[RawDocument | Skipped]:
    path = tmp_path / "batch.jsonl"
    path.write_text("\n".join(line for line, _, _ in LINES) + "\n", encoding="utf-8")
    return list(ingest.read(str(path), max_bytes=2000))


@pytest.mark.parametrize("index", [i for i, (_, uri, _) in enumerate(LINES) if uri is not None])
def test_each_line(items: list, index: int) -> None:
    expected_lines = [entry for entry in LINES if entry[1] is not None]
    _, uri, outcome = LINES[index]
    item = items[expected_lines.index(LINES[index])]
    assert item.uri.endswith(uri)
    if isinstance(outcome, dict):
        assert isinstance(item, RawDocument)
        assert {key: getattr(item, key) for key in outcome} == outcome
    else:
        assert isinstance(item, Skipped)
        assert re.fullmatch(outcome + ".*", item.reason), item.reason


def test_all_lines_accounted_for(items: list) -> None:
    assert len(items) == sum(1 for _, uri, _ in LINES if uri is not None)


@pytest.mark.parametrize(
    ("data", "reason"),
    [(b"", "empty (no lines)"), (b"\n\n  \n", "empty (no lines)"), (b'{"text": "a"}\x00\x00\x01', "binary data")],
)
def test_unusable_files(tmp_path: Path, data: bytes, reason: str) -> None:
    (tmp_path / "x.jsonl").write_bytes(data)
    (item,) = ingest.read(str(tmp_path / "x.jsonl"))
    assert isinstance(item, Skipped) and item.reason.startswith(reason)


def test_undecodable_line_is_skipped_alone(tmp_path: Path) -> None:
    good = json.dumps({"text": TEXT}).encode()
    (tmp_path / "x.jsonl").write_bytes(b'{"text": "caf\xe9"}\n' + good + b"\n")
    first, second = ingest.read(str(tmp_path / "x.jsonl"))
    assert isinstance(first, Skipped) and "not valid UTF-8" in first.reason
    assert isinstance(second, RawDocument) and second.content == TEXT


def test_example_jsonl(examples_dir: Path) -> None:
    items = list(ingest.read(str(examples_dir / "briefs.jsonl")))
    assert len(items) == 3 and all(isinstance(i, RawDocument) and i.url == i.uri for i in items)
    assert [i.media_type for i in items] == ["text/plain", "text/html", "text/plain"]


def test_jsonl_published_and_outlet_apply_where_the_page_has_none(tmp_path: Path) -> None:
    from newsclaims.clean import clean

    text = ("Barge overturns\n\nRescue teams pulled 14 people from the river after the barge overturned, the "
            "coastguard said on Monday.")
    lines = [{"url": "https://www.reuters.com/world/2023/09/12/barge", "text": text, "published": "2025-01-01",
              "outlet": "My Feed"},
             {"url": "https://riverside.example/barge", "text": text, "published": "2025-01-01"}]
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(json.dumps(line) for line in lines), encoding="utf-8")
    articles = [clean(raw) for raw in ingest.read(str(path))]
    assert [(a.published, a.published_basis) for a in articles] == [(dt.date(2023, 9, 12), "url"),
                                                                    (dt.date(2025, 1, 1), "metadata")]
    assert [a.outlet for a in articles] == ["My Feed", "riverside.example"]


HOSTILE = [
    # (line, reason) - each line alone, between two good ones
    ('{"text": ' + "[" * 100_000 + "]" * 100_000 + "}", "nested too deeply"),
    ("[" * 5000, "nested too deeply"),
    ('{"text": "x", "n": ' + "9" * 5000 + "}", "integer of 5000 digits"),
    ('{"text": "x", "n": -' + "9" * 4301 + "}", "integer of 4301 digits"),
    ('{"text": "Soldiers \\ud800 left"}', "invalid Unicode"),
    ('{"text": "ok", "title": "\\udfff"}', "'title' holds invalid Unicode"),
    ('{"text": "\\"[[[[' + "[" * 200 + '"}', None),  # brackets inside a string are text
]


@pytest.mark.parametrize(("line", "reason"), HOSTILE)
def test_a_hostile_line_is_skipped_alone(tmp_path: Path, line: str, reason: str | None) -> None:
    path = tmp_path / "hostile.jsonl"
    good = json.dumps({"text": TEXT})
    path.write_text(f"{good}\n{line}\n{good}\n", encoding="utf-8")
    items = list(ingest.read(str(path), max_bytes=5_000_000))
    assert len(items) == 3 and isinstance(items[0], RawDocument) and isinstance(items[2], RawDocument)
    if reason is None:
        assert isinstance(items[1], RawDocument)
    else:
        assert isinstance(items[1], Skipped) and items[1].uri.endswith("#L2")
        assert items[1].reason.startswith("line 2: ") and reason in items[1].reason
