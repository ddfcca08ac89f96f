"""Progress counts every document once, whatever becomes of it, and matches the up-front
count (real files, a real SQLite file, the real model)."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsclaims import analyze
from newsclaims.ingest.count import documents
from newsclaims.pipeline import Options
from newsclaims.store import Store

pytestmark = pytest.mark.model


def test_progress_reaches_the_counted_total(tmp_path: Path, examples_dir: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    good = sorted(examples_dir.rglob("*.txt"))[0]
    (folder / good.name).write_bytes(good.read_bytes())
    (folder / "empty.txt").write_text("")
    (folder / "lines.jsonl").write_text('{"text": "Officials said 12 people were hurt in the blast on Monday."}\nnot json\n')
    total = documents([str(folder)])
    assert total == 4
    with Store(str(tmp_path / "news.db")) as store:
        for _ in range(2):  # the second run finds every document unchanged or skipped
            ticks: list[int] = []
            result = analyze([str(folder)], store, Options(workers=1), on_progress=ticks.append)
            assert sum(ticks) == total == len(result.added) + len(result.unchanged) + len(result.skipped)
