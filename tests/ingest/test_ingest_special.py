"""Special files and unreadable folders: named and skipped, never opened, the walk goes on."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

import pytest

from newsclaims import ingest
from newsclaims.model import RawDocument, Skipped

ARTICLE = "Troops sent abroad\n\nThe army said 300 soldiers left on Monday.\n"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "good.txt").write_text(ARTICLE)
    os.mkfifo(tmp_path / "pipe.txt")  # opening it would block until a writer comes
    (tmp_path / "null.html").symlink_to("/dev/null")
    return tmp_path


def test_special_files_in_a_folder_are_skipped_unread(folder: Path) -> None:
    items = list(ingest.read(str(folder)))  # would hang on the FIFO if it were opened
    skipped = {Path(i.uri).name: i.reason for i in items if isinstance(i, Skipped)}
    assert skipped == {"null.html": "not a regular file (a device): skipped unread",
                       "pipe.txt": "not a regular file (a FIFO): skipped unread"}
    assert [Path(i.uri).name for i in items if isinstance(i, RawDocument)] == ["good.txt"]


@pytest.mark.parametrize("name", ["pipe.txt", "null.html"])
def test_a_special_file_named_explicitly_is_skipped(folder: Path, name: str) -> None:
    (item,) = ingest.read(str(folder / name))
    assert isinstance(item, Skipped) and "not a regular file" in item.reason


def _read_as_unprivileged(root: Path) -> list[list[str]]:
    """ingest.read(root) in a forked child; as root, the child drops to 'nobody' first so that
    permissions apply (root reads every folder)."""
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never returns into pytest
        try:
            if os.getuid() == 0:
                os.setgid(65534)
                os.setuid(65534)
            found = [[type(i).__name__, i.uri, getattr(i, "reason", "")] for i in ingest.read(str(root))]
            os.write(write, json.dumps(found).encode())
        finally:
            os._exit(0)
    os.close(write)
    with os.fdopen(read, "rb") as pipe:
        answer = pipe.read()
    os.waitpid(pid, 0)
    return json.loads(answer)


def test_an_unreadable_folder_is_named_and_counted() -> None:
    root = Path(tempfile.mkdtemp(prefix="newsclaims-perm-"))
    try:
        (root / "a.txt").write_text(ARTICLE)
        (root / "locked").mkdir()
        (root / "locked" / "hidden.txt").write_text(ARTICLE)
        for path in (root, root / "a.txt"):
            path.chmod(0o755)
        (root / "locked").chmod(0o000)
        items = _read_as_unprivileged(root)
    finally:
        (root / "locked").chmod(0o755)
        for path in sorted(root.rglob("*"), reverse=True):
            path.rmdir() if path.is_dir() else path.unlink()
        root.rmdir()
    assert items == [["Skipped", str(root / "locked"), "cannot read folder: Permission denied"],
                     ["RawDocument", str(root / "a.txt"), ""]]
