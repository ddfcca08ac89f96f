"""The command line against a real PostgreSQL server (NEWSCLAIMS_TEST_PG), each test in its own schema."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from newsclaims.store import Store

pytestmark = [pytest.mark.model, pytest.mark.postgres]


def test_analyze_and_claims_through_postgres(pg_url: str, seed_dir: Path, reference, cli, read_store) -> None:
    result = cli("analyze", seed_dir, "--db", pg_url, "--workers", "1", "--quiet")
    assert result.exit_code == 0, result.output
    assert read_store(pg_url) == reference
    listed = cli("claims", "--db", pg_url, "--format", "json")
    assert listed.exit_code == 0, listed.output
    assert len(json.loads(listed.output)) == sum(len(found[0]) for found in reference.values())


def test_concurrent_runs_lose_nothing_and_duplicate_nothing(pg_url: str, seed_dir: Path, tmp_path: Path,
                                                           reference, read_store) -> None:
    """Two analyze processes at once, their inputs overlapping (files 1-3 and 3-5)."""
    files = sorted(seed_dir.glob("*.txt"))
    first, second = tmp_path / "first", tmp_path / "second"
    for folder, part in ((first, files[:3]), (second, files[2:])):
        folder.mkdir()
        for path in part:
            shutil.copy(path, folder / path.name)
    exe = [str(Path(sys.executable).with_name("newsclaims")), "analyze"]
    runs = [subprocess.Popen([*exe, str(folder), "--db", pg_url, "--workers", "1", "--quiet"],
                             stderr=subprocess.PIPE, text=True, env={**os.environ, "OMP_NUM_THREADS": "1"})
            for folder in (first, second)]
    for run in runs:
        _, err = run.communicate(timeout=240)
        assert run.returncode == 0, err
    # An article with no date of its own is dated from what of its story is stored when it is
    # analysed, so its dates (and the times resolved against them) may differ from a single run;
    # the figures, their spans and who gives them may not.
    assert _figures(read_store(pg_url)) == _figures(reference)
    with Store(pg_url) as store:  # one row per article and per claim, none twice; one story
        assert len(store.articles()) == len(reference)
        assert store.count_claims() == sum(len(found[0]) for found in reference.values())
        assert len({item.article.story for item in store.articles()}) == 1


def _figures(found: dict[str, tuple]) -> dict[str, list[tuple]]:
    return {name: [(c.quantity.text, c.quantity.start, c.quantity.value, c.measure, c.subject, c.source, c.counted)
                   for c in claims] for name, (claims, *_rest) in found.items()}
