"""The CLI's failures are one line and an exit code: bad options (2), database failures (2,
without SQL or article text), poison figures already stored (no failure at all)."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

EXE = Path(sys.executable).with_name("newsclaims")
ARTICLE = ("Floods in Eastvale\n\nMore than 1,200 people were displaced by the floods, the relief agency "
           "said on Monday. At least 14 people died, officials said.\n")


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([str(EXE), *args], capture_output=True, text=True, timeout=600, cwd=cwd, check=False)


@pytest.mark.parametrize(("args", "says"), [
    (["claims", "--limit", "1e20"], "--limit"),
    (["claims", "--limit", "100000000000000000000"], "--limit"),
    (["claims", "--limit", "-1"], "--limit"),
    (["analyze", "x.txt", "--max-bytes", "-1"], "--max-bytes"),
    (["analyze", "x.txt", "--workers", "-3"], "--workers"),
    (["facts", "--window", "-5"], "--window"),
    (["export", "--out", "o", "--window", "99999999"], "--window"),
    (["serve", "--port", "70000"], "--port"),
    (["claims", "--since", "2025-13-01"], "not a date"),
])
def test_a_bad_option_is_one_line_and_exit_2(tmp_path, args, says):
    from newsclaims.store import Store

    Store(str(tmp_path / "x.db")).close()  # read commands refuse a missing database before their options
    done = run(*args, "--db", str(tmp_path / "x.db"), cwd=tmp_path)
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr.count("\n") == 1 and done.stderr.startswith("newsclaims: error: ") and says in done.stderr


def test_a_corrupted_database_is_one_line_and_exit_2(tmp_path):
    db = tmp_path / "broken.db"
    db.write_bytes(b"this is not a database, just bytes " * 200)
    for command in ("facts", "claims", "articles", "report"):
        done = run(command, "--db", str(db), cwd=tmp_path)
        assert done.returncode == 2, done.stderr
        assert done.stderr.count("\n") == 1 and "database" in done.stderr and "Traceback" not in done.stderr


@pytest.mark.model
def test_a_read_only_database_is_one_line_without_article_text(tmp_path):
    db = tmp_path / "story.db"
    from newsclaims.store import Store

    Store(str(db)).close()  # creates it at the head revision
    (tmp_path / "eastvale.txt").write_text(ARTICLE)
    done = run("analyze", str(tmp_path / "eastvale.txt"), "--workers", "1", "--db",
               f"sqlite:///file:{db}?mode=ro&uri=true", cwd=tmp_path)
    assert done.returncode == 2
    assert done.stderr.strip() == "newsclaims: error: database: attempt to write a readonly database"


def test_poison_figures_already_stored_break_nothing(tmp_path):
    """A figure of infinity written before migration 0004 (or by hand) is left out of every output."""
    sys.path.insert(0, str(Path(__file__).parent / "report"))
    import report_story

    from newsclaims.store import Store

    db = tmp_path / "poison.db"
    with Store(str(db)) as store:
        report_story.fill(store)
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE claims SET value = 9e999, low = 9e999, high = -9e999 WHERE id IN"
                     " (SELECT id FROM claims ORDER BY id LIMIT 3)")
    for args in (["facts"], ["facts", "--conflicts"], ["facts", "-f", "json"], ["claims", "-f", "csv"],
                 ["export", "--out", str(tmp_path / "out")], ["report", "--out", str(tmp_path / "r.html")]):
        done = run(*args, "--db", str(db), cwd=tmp_path)
        assert done.returncode == 0, (args, done.stderr[-500:])
    shutil.rmtree(tmp_path / "out")
