"""Quality gate: TempEval-3 platinum (20 news documents) temporal-expression scores.

Floors are what the extractor reached, rounded down; they only ever go up.
"""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(os.environ.get("NEWSCLAIMS_SHARED", ROOT.parent / "shared")) / "benchmarks" / "tempeval3"

FLOORS = {"value F1": 0.87, "relaxed F1": 0.93, "strict F1": 0.89}


def _benchmark():
    spec = importlib.util.spec_from_file_location("tempeval3", ROOT / "benchmarks" / "tempeval3.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


@pytest.mark.model
def test_tempeval3_floors(nlp):
    if not (DATA / "te3-platinum").is_dir():
        pytest.skip(f"TempEval-3 data not found at {DATA}")
    scores = _benchmark().evaluate(DATA, nlp)
    assert scores.gold == 138
    reached = {"value F1": scores.value_f1, "relaxed F1": scores.f1(scores.relaxed),
               "strict F1": scores.f1(scores.strict)}
    assert {k: round(v, 3) for k, v in reached.items() if v < FLOORS[k]} == {}
