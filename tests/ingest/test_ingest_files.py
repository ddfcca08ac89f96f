"""ingest.read over files and directories: each reader, the registry, and every bad file."""

from __future__ import annotations

import codecs
import re
import os
from pathlib import Path

import pytest

from newsclaims import ingest
from newsclaims.model import RawDocument, Skipped

ARTICLE = "Troops sent abroad\n\nThe army said 300 soldiers left on Monday.\n"


def _one(source: Path | str, **options) -> RawDocument | Skipped:
    (item,) = ingest.read(str(source), **options)
    return item


def test_seed_directory_is_read(seed_dir: Path) -> None:
    items = list(ingest.read(str(seed_dir)))
    assert [Path(i.uri).name for i in items] == sorted(p.name for p in seed_dir.glob("*.txt"))
    assert all(isinstance(i, RawDocument) and i.media_type == "text/plain" and i.content for i in items)


def test_examples_directory_is_read(examples_dir: Path) -> None:
    items = list(ingest.read(str(examples_dir)))
    assert not [i for i in items if isinstance(i, Skipped)]
    assert sorted(i.media_type for i in items) == ["text/html", "text/html", "text/plain", "text/plain", "text/plain", "text/plain"]


def test_directory_walk_is_recursive_sorted_and_quiet(tmp_path: Path) -> None:
    for name in ("g.TXT", "a.txt", "b/c.html", "b/a/z.htm", ".hidden/f.txt", "e.pdf", "notes", ".x.txt"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(ARTICLE)
    (tmp_path / "b" / "d.jsonl").write_text('{"text": "Troops left on Monday, the army said."}\n')
    names = [Path(i.uri.split("#")[0]).relative_to(tmp_path).as_posix() for i in ingest.read(str(tmp_path))]
    assert names == ["a.txt", "b/a/z.htm", "b/c.html", "b/d.jsonl", "g.TXT"]


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (ARTICLE.encode(), ARTICLE),
        (codecs.BOM_UTF8 + ARTICLE.encode(), ARTICLE),
        (codecs.BOM_UTF16_LE + ARTICLE.encode("utf-16-le"), ARTICLE),
        ("Kim’s troops — 12,000 — arrived.".encode(), "Kim’s troops — 12,000 — arrived."),
    ],
)
def test_text_files_decode(tmp_path: Path, data: bytes, expected: str) -> None:
    (tmp_path / "a.txt").write_bytes(data)
    item = _one(tmp_path / "a.txt")
    assert isinstance(item, RawDocument) and item.content == expected and item.uri == str(tmp_path / "a.txt")


def test_html_declared_charset(tmp_path: Path) -> None:
    page = '<html><head><meta charset="iso-8859-1"></head><body><p>Caf\xe9 owners said 12 shops closed.</p></body></html>'
    (tmp_path / "a.html").write_bytes(page.encode("latin-1"))
    item = _one(tmp_path / "a.html")
    assert isinstance(item, RawDocument) and "Café" in item.content and item.media_type == "text/html"


BAD_FILES = [
    ("binary", "a.txt", bytes(range(256)) * 4, {}, "binary data"),
    ("binary html", "a.html", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", {}, "binary data"),
    ("empty", "a.txt", b"", {}, "empty"),
    ("whitespace only", "a.txt", b" \n\t\r\n  ", {}, "empty"),
    ("undecodable", "a.txt", "Caf\xe9 owners said".encode("latin-1"), {}, r"not valid UTF-8 text \(byte 0xe9 at offset 3\)"),
    ("oversized", "a.txt", b"word " * 400, {"max_bytes": 1000}, r"too large \(2.0 kB; the cap is 1.0 kB\)"),
    ("unknown suffix", "a.pdf", b"%PDF-1.7", {}, "unsupported file type '.pdf'"),
    ("no suffix", "README", b"text", {}, "unsupported file type '\\(no suffix\\)'"),
]


@pytest.mark.parametrize(("case", "name", "data", "options", "reason"), BAD_FILES, ids=[c[0] for c in BAD_FILES])
def test_bad_files_are_skipped(tmp_path: Path, case: str, name: str, data: bytes, options: dict, reason: str) -> None:
    (tmp_path / name).write_bytes(data)
    item = _one(tmp_path / name, **options)
    assert isinstance(item, Skipped) and item.uri == str(tmp_path / name)
    assert re.search(reason, item.reason), item.reason


def test_missing_and_unreadable_files(tmp_path: Path) -> None:
    assert _one(tmp_path / "missing.txt").reason == "no such file or directory"
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "nowhere")
    assert _one(tmp_path / "dangling.txt").reason.startswith("cannot read: No such file")
    (tmp_path / "dir.txt").mkdir()  # a directory named like a file is walked, not read
    assert list(ingest.read(str(tmp_path / "dir.txt"))) == []


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_permission_denied(tmp_path: Path) -> None:
    (tmp_path / "locked.txt").write_text(ARTICLE)
    (tmp_path / "locked.txt").chmod(0)
    assert _one(tmp_path / "locked.txt").reason == "cannot read: Permission denied"


def test_one_bad_file_does_not_stop_a_directory(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(b"\x00\x01")
    (tmp_path / "b.txt").write_text(ARTICLE)
    items = list(ingest.read(str(tmp_path)))
    assert [type(i).__name__ for i in items] == ["Skipped", "RawDocument"]


def test_registered_readers_are_used(tmp_path: Path) -> None:
    def shout(path: Path, options: ingest.ReadOptions):
        yield RawDocument(uri=str(path), content=path.read_text().upper(), media_type="text/plain")

    def gz_pair(path: Path, options: ingest.ReadOptions):
        yield Skipped(str(path), "pair reader")

    ingest.register([".shout"], shout)
    ingest.register([".pair.gzz"], gz_pair)
    ingest.register([".gzz"], shout)
    (tmp_path / "a.shout").write_text("loud")
    (tmp_path / "b.pair.gzz").write_text("x")
    items = list(ingest.read(str(tmp_path)))
    assert [getattr(i, "content", None) or i.reason for i in items] == ["LOUD", "pair reader"]
    assert ".shout" in ingest.suffixes()
    with pytest.raises(ValueError):
        ingest.register(["txt"], shout)


def test_public_names() -> None:
    import newsclaims.clean as clean

    for module in (ingest, clean):
        assert all(hasattr(module, name) for name in module.__all__)
    assert set(ingest.__all__) == {"read", "fetch", "register", "suffixes", "Reader", "ReadOptions"}
    assert set(clean.__all__) == {"clean", "document_id", "Boilerplate"}
