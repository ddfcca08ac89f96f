"""Shared fixtures: paths to real inputs, the loaded English pipeline, a fresh SQLite store."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"
EXAMPLES = ROOT / "examples"
# ../shared sits beside the repository (in CI too); NEWSCLAIMS_SHARED overrides.
SHARED = Path(os.environ.get("NEWSCLAIMS_SHARED", ROOT.parent / "shared"))
SEED = SHARED / "corpus" / "kursk"
BENCHMARKS = SHARED / "benchmarks"


@pytest.fixture(scope="session")
def seed_dir() -> Path:
    if not SEED.is_dir():
        pytest.skip(f"seed corpus not found at {SEED}")
    return SEED


@pytest.fixture(scope="session")
def examples_dir() -> Path:
    return EXAMPLES


@pytest.fixture(scope="session")
def nlp():
    from newsclaims.extract import nlp as nlp_module

    return nlp_module.load()


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    """A real SQLite file in a fresh temporary directory."""
    return f"sqlite:///{tmp_path / 'test.db'}"
