"""Gzipped files as scrapers store them (.html.gz, .txt.gz, .jsonl.gz): read like their plain kin,
the size cap applied to the inflated bytes, damaged ones skipped with a one-line reason."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from newsclaims import ingest
from newsclaims.model import RawDocument, Skipped

PAGE = "<html><head><title>Dam holds</title></head><body><p>Engineers said 40 homes were evacuated.</p></body></html>"
TEXT = "Dam holds\n\nEngineers said 40 homes were evacuated on Friday.\n"


def _items(source: Path, **options) -> list[RawDocument | Skipped]:
    return list(ingest.read(str(source), **options))


def test_gzipped_pages_and_texts_are_read_like_plain_ones(tmp_path: Path) -> None:
    (tmp_path / "a.html.gz").write_bytes(gzip.compress(PAGE.encode()))
    (tmp_path / "b.txt.gz").write_bytes(gzip.compress(TEXT.encode()))
    items = _items(tmp_path)  # found by the directory walk, no longer passed over
    assert [(Path(i.uri).name, i.media_type) for i in items] == [("a.html.gz", "text/html"), ("b.txt.gz", "text/plain")]
    assert items[0].content == PAGE and items[1].content == TEXT


def test_gzipped_jsonl_is_read_line_by_line(tmp_path: Path) -> None:
    lines = [{"url": f"https://news.example/{n}", "text": f"Officials said {n} people left."} for n in (3, 4)]
    body = "\n".join(json.dumps(line) for line in lines) + "\nnot json\n"
    path = tmp_path / "dump.jsonl.gz"
    path.write_bytes(gzip.compress(body.encode()))
    items = _items(path)
    assert [i.uri for i in items[:2]] == ["https://news.example/3", "https://news.example/4"]
    assert isinstance(items[2], Skipped) and items[2].uri.endswith("dump.jsonl.gz#L3")


def test_the_cap_applies_to_the_inflated_size(tmp_path: Path) -> None:
    path = tmp_path / "bomb.html.gz"
    path.write_bytes(gzip.compress(b"<p>" + b"a" * 5_000_000 + b"</p>"))  # about 5 kB on disk
    (item,) = _items(path, max_bytes=100_000)
    assert isinstance(item, Skipped) and "too large" in item.reason


def test_damaged_gzip_files_are_skipped_with_a_reason(tmp_path: Path) -> None:
    (tmp_path / "plain.html.gz").write_text(PAGE)  # named .gz, never compressed
    (tmp_path / "cut.txt.gz").write_bytes(gzip.compress(TEXT.encode() * 50)[:60])
    whole = gzip.compress(b"".join(json.dumps({"text": f"Line {n} says 5 left."}).encode() + b"\n" for n in range(2000)))
    (tmp_path / "cut.jsonl.gz").write_bytes(whole[: len(whole) // 2])
    (tmp_path / "plain.jsonl.gz").write_text('{"text": "Police said 12 were held."}\n')
    items = _items(tmp_path)
    skipped = {Path(i.uri.split("#")[0]).name: i.reason for i in items if isinstance(i, Skipped)}
    assert "not gzip" in skipped["plain.html.gz"]
    assert "ends early" in skipped["cut.txt.gz"]
    assert "ends early" in skipped["cut.jsonl.gz"]
    assert "plain.jsonl.gz" in skipped and "\n" not in skipped["plain.jsonl.gz"]
    read_before_the_cut = [i for i in items if isinstance(i, RawDocument) and "cut.jsonl.gz" in i.uri]
    assert read_before_the_cut  # the lines before the damage are kept
