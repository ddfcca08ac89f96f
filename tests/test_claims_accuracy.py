"""The annotated claims set (tests/data/claims) and the quality gate on claim extraction.

The gold set is checked without the model (every number mention annotated, fields drawn from the
documented vocabularies); the benchmark's matching rules are checked on small tables; the model test
runs ``benchmarks/claims.py`` and pins metric floors.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import sys
from pathlib import Path

import pytest

from newsclaims.model import MEASURES, MODALITIES, QUALIFIERS


def _load_benchmark():
    """benchmarks/claims.py, imported under its own name (benchmarks/ is not a package)."""
    path = Path(__file__).resolve().parents[1] / "benchmarks" / "claims.py"
    spec = importlib.util.spec_from_file_location("benchmarks_claims", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the file runs
    spec.loader.exec_module(module)
    return module


bench = _load_benchmark()

# Floors only go up: raise them to the newly measured value (rounded down) whenever extraction
# improves; never lower them to make a change pass. Goals (issue 3): full-claim F1 >= 0.90,
# detection F1 >= 0.95.
FLOORS = {  # measured 2026-12-02 (issue 14, 463 gold claims), rounded down; full claim raised after round 12 (0.996)
    "detection_f1": 0.99,
    "full_f1": 0.99,
    "value": 0.99,
    "counted": 0.97,
    "measure": 0.99,
    "subject": 0.99,
    "source": 0.99,
    "modality": 0.98,
    "as_of": 0.99,  # 0.996 after round 12 (0.95 before: bounded by the clean stage's publication dates)
}
# The held-out stories of issue 14's second round were added after FLOORS was measured and are
# far from it (before tuning, full claim 0.327 / 0.219 / 0.576; benchmarks/README.md, "round 2").
# FLOORS keeps gating the 463 claims it was measured on; these stories get floors of their own,
# their after-tuning scores rounded down, which likewise only go up.
HELD_OUT = {  # story folder -> (detection F1, full-claim F1) floors; raised after round 4's rules (sources + measures)
    "stories/stampede/": (1.0, 1.0),  # 0.327 blind (round 2)
    "stories/heat/": (1.0, 0.75),  # 0.219 blind (round 2)
    "stories/blast/": (1.0, 1.0),  # 0.576 blind (round 2); 1.000 after round 10 (rules and gold corrections)
    # round 3: scored once, blind, after round 3's rules and before any change for them (README "round 3")
    "stories/train/": (1.0, 1.0),  # 0.632 blind; re-pinned at 0.842 after the gold corrections of round 10 (tests/data/claims/README.md); 0.947 after rounds 11-12's rules; 1.000 after round 13's rules
    "stories/typhoon/": (1.0, 1.0),  # 0.375 blind
    # round 4: scored once, blind, after round 4's rules (sources + measures) and before any change for them
    "stories/shipwreck/": (1.0, 0.95),  # 0.628 blind; 0.953 after round 5's rules
    "stories/planecrash/": (1.0, 0.97),  # 0.611 blind; 0.766 after round 5's rules; 0.894 after round 6; 0.915 after round 8; 0.957 after rounds 11-12's rules; 0.979 after round 13's rules
    "stories/crowd/": (0.98, 0.94),  # 0.500 blind; 0.909 after round 5's rules; 0.945 after round 10 (rules and gold corrections)
    # round 5: scored once, blind, after round 5's rules and before any change for them
    "stories/damburst/": (1.0, 0.97),  # 0.585 blind; 0.854 after round 6's rules; 0.927 after round 8's; re-pinned at 0.878 after the gold corrections of round 10 (tests/data/claims/README.md); 0.951 after round 13's rules; 0.976 after round 18's rules
    "stories/towerfire/": (0.98, 0.96),  # 0.661 blind (detection 0.909); 0.843 (0.975) after round 6's rules; 0.860 after round 8's; 0.926 after round 10 (rules and gold corrections); 0.934 after round 13's rules; 0.967 after round 15's rules
    "stories/swap/": (1.0, 0.93),  # 0.264 blind (detection 0.967); 0.886 (1.000) after round 6's rules; re-pinned at 0.864 after the gold corrections of round 10 (tests/data/claims/README.md); 0.909 after rounds 11-12's rules; 0.932 after round 13's rules
    # round 6: scored once, blind, after round 6's rules and before any change for them
    "stories/measles/": (1.0, 0.97),  # 0.553 blind (detection 0.957); 0.945 (0.989) after round 7's rules; 0.967 after round 8's; 0.978 after round 13's rules
    "stories/layoffs/": (1.0, 0.97),  # 0.737 blind (detection 0.989); 0.830 (1.000) after round 7's rules; 0.936 after round 8's; re-pinned at 0.872 after the gold corrections of round 10 (tests/data/claims/README.md); 0.979 after rounds 11-12's rules
    "stories/sentencing/": (0.97, 0.92),  # 0.300 blind (detection 0.633); 0.623 (0.961) after round 7's rules; 0.805 after round 8's; 0.909 after round 10 (rules and gold corrections); 0.923 after round 13's rules
    # round 8: scored once, blind, after round 8's rules and before any change for them (2026-12-02 15:39)
    "stories/siege/": (1.0, 1.0),  # 0.674 blind (detection 1.000); 0.814 after round 9's rules; 0.907 after round 13's rules; 0.953 after round 15's rules; 1.000 after round 16's rules
    "stories/shooting/": (1.0, 1.0),  # 0.390 blind (detection 0.909); 0.827 (0.933) after round 9's rules; 0.933 after round 10 (rules and gold corrections); 0.950 after round 13's rules; 1.000 after round 15's rules
    "stories/economy/": (1.0, 0.91),  # 0.495 blind (detection 0.948); 0.809 (0.979) after round 9's rules; 0.872 after round 10 (rules and gold corrections); 0.896 after round 13's rules; 0.917 after round 15's rules
    # round 9: scored once, blind, after round 9's rules and before any change for them (2026-12-02 16:02)
    "stories/returns/": (0.99, 0.76),  # 0.082 blind (detection 0.984); 0.590 after round 10 (rules and gold corrections); 0.727 after round 13's rules; 0.760 after round 19's rules
    "stories/hurricane/": (1.0, 0.94),  # 0.340 blind (detection 0.993); 0.511 after round 10 (rules and gold corrections); 0.610 after rounds 11-12's rules; 0.887 after round 13's rules; 0.944 after round 15's rules
    "stories/breach/": (0.98, 0.67),  # 0.329 blind (detection 0.962); 0.597 after round 10 (rules and gold corrections); 0.675 after round 15's rules
    # round 10: scored once, blind, after round 10's rules and before any change for them (2026-12-02 16:43)
    "stories/bridge/": (1.0, 0.93),  # 0.511 blind (detection 0.978); 0.533 after rounds 11-12's rules; 0.891 after round 13's rules; 0.935 after round 16's rules
    "stories/myanmar/": (1.0, 0.79),  # 0.338 blind (detection 1.000); 0.662 after rounds 11-12's rules; 0.765 after round 13's rules; 0.794 after round 15's rules
    "stories/earnings/": (1.0, 0.88),  # 0.607 blind (detection 0.993); 0.785 after rounds 11-12's rules; 0.851 after round 13's rules; 0.866 after round 15's rules; 0.881 after round 19's rules
    # round 11: scored once, blind, after round 11's rules and before any change for them (2026-12-02 17:13)
    "stories/gaza/": (1.0, 0.71),  # 0.404 blind (detection 0.982); 0.491 after rounds 11-12's rules; 0.619 after round 13's rules; 0.637 after round 14's rules; 0.673 after round 15's rules; 0.719 after round 25 rules
    "stories/wildfire2/": (1.0, 0.96),  # 0.488 blind (detection 0.992); 0.756 after rounds 11-12's rules; 0.969 after round 13's rules
    "stories/election2/": (0.98, 0.91),  # 0.252 blind (detection 0.850); 0.838 after round 13's rules; 0.912 after round 15's rules
    # round 12: scored once, blind, after round 12's rules and before any change for them (2026-12-02 17:26)
    "stories/poisoning/": (1.0, 0.97),  # 0.533 blind (detection 0.978); 0.911 after round 13's rules; 0.978 after round 15's rules
    "stories/valencia/": (1.0, 0.98),  # 0.822 blind (detection 0.991); 0.962 after round 13's rules; 0.981 after round 15's rules
    "stories/fine/": (0.94, 0.05),  # 0.028 blind (detection 0.930); 0.029 after round 13's rules; 0.057 after round 15's rules
    # round 13: scored once, blind, after round 13's rules and before any change for them (2026-12-02 19:02)
    "stories/blackout/": (1.0, 0.89),  # 0.444 blind (detection 0.970); 0.750 after round 14's rules; 0.896 after round 15's rules
    "stories/semeru/": (1.0, 0.94),  # 0.689 blind (detection 0.975); 0.862 after round 14's rules; 0.948 after round 15's rules
    "stories/abduction/": (1.0, 0.95),  # 0.280 blind (detection 0.960); 0.939 after round 14's rules; 0.959 after round 22 rules
    # round 14: scored once, blind, after round 15's rules and before any change for them (2026-12-03 07:09)
    "stories/collapse/": (1.0, 0.98),  # 0.741 blind (detection 1.000); 0.963 after round 16's rules; 0.981 after round 23 rules
    "stories/exodus/": (0.98, 0.92),  # 0.103 blind (detection 0.987); 0.910 after round 16's rules; 0.923 after round 17's rules
    "stories/libel/": (0.97, 0.89),  # 0.404 blind (detection 0.979); 0.894 after round 16's rules
    # round 15: scored once, blind, after round 16's rules and before any change for them (2026-12-03 07:41)
    "stories/derailment/": (0.95, 0.92),  # 0.356 blind (detection 0.945); 0.918 after round 17's rules; 0.924 after round 24 detection rules
    "stories/crackdown/": (0.96, 0.89),  # 0.754 blind (detection 0.965); 0.895 after round 17's rules
    "stories/mpox/": (0.97, 0.73),  # 0.085 blind (detection 0.974; 0.205 as first printed, before the scorer compared country subjects by canonical name); 0.632 after round 17's rules; 0.650 after round 18's rules; 0.684 after round 20's rules; 0.701 after round 22 rules; 0.718 after round 25 rules; 0.735 after round 26 rules
    # round 16: scored once, blind, after round 17's rules and before any change for them (2026-12-03 08:14)
    "stories/concert/": (0.96, 0.74),  # 0.647 blind (detection 0.961); 0.725 after round 18's rules; 0.745 after round 26 rules
    "stories/tanker/": (0.96, 0.84),  # 0.635 blind (detection 0.965); 0.800 after round 18's rules; 0.847 after round 22 rules
    "stories/smog/": (0.95, 0.83),  # 0.676 blind (detection 0.958); 0.761 after round 18's rules; 0.789 after round 22 rules; 0.831 after round 27 rules
    # round 17: scored once, blind, after round 18's rules and before any change for them (2026-12-03 08:38)
    "stories/quake2/": (0.99, 0.77),  # 0.396 blind (detection 0.990); 0.772 after round 19's rules
    "stories/outage/": (0.96, 0.83),  # 0.409 blind (detection 0.968); 0.753 after round 19's rules; 0.839 after round 22 rules
    "stories/missiles/": (0.99, 0.9),  # 0.656 blind (detection 0.992); 0.870 after round 19's rules; 0.901 after round 22 rules
    # round 18: scored once, blind, after round 19's rules and before any change for them (2026-12-03 09:29)
    "stories/chido/": (1.0, 0.95),  # 0.524 blind (detection 1.000); 0.940 after round 20's rules; 0.952 after round 26 rules
    "stories/quota/": (0.98, 0.9),  # 0.788 blind (detection 0.981); 0.904 after round 20's rules
    "stories/dengue/": (0.97, 0.8),  # 0.507 blind (detection 0.972); 0.761 after round 20's rules; 0.803 after round 22 rules
    # round 19: scored once, blind, after round 20's rules and before any change for them (2026-12-03 10:28)
    "stories/gangs/": (0.98, 0.82),  # 0.531 blind (detection 0.984); 0.547 after round 21's subjects rules; 0.828 after round 22 rules
    "stories/ukvote/": (1.0, 0.94),  # 0.822 blind (detection 0.973); 0.865 after round 21's sources rules; 0.947 after round 22 rules
    "stories/evergrande/": (0.96, 0.68),  # 0.275 blind (detection 0.961); 0.627 after round 21's subjects rules; 0.667 after round 22 rules; 0.686 after round 23 rules
    # round 20: scored once, blind, after round 21's subjects rules and before any change for them (marburg 2026-12-03 11:20;
    # redsea 11:37, after the dose lemma fix too)
    "stories/marburg/": (0.96, 0.61),  # 0.516 blind (detection 0.968); 0.613 after round 22 rules
    "stories/redsea/": (0.96, 0.56),  # 0.308 blind (detection 0.969); 0.400 after round 22 rules; 0.569 after round 28 rules
    # round 21 (pagers, boris, boeing) and round 22 (nepal, iranwar, helene): scored once, blind, after round 22's
    # rules and before any change for them (2026-12-03 13:57)
    "stories/pagers/": (0.98, 0.65),  # 0.242 blind (detection 0.989); 0.571 after round 23 rules; 0.659 after round 25 rules
    "stories/boris/": (0.98, 0.66),  # 0.549 blind (detection 0.986); 0.662 after round 23 rules
    "stories/boeing/": (0.97, 0.84),  # 0.750 blind (detection 0.972); 0.847 after round 23 rules
    "stories/nepal/": (0.97, 0.77),  # 0.711 blind (detection 0.975); 0.777 after round 23 rules
    "stories/iranwar/": (0.97, 0.66),  # 0.467 blind (detection 0.978); 0.622 after round 23 rules; 0.656 after round 25 rules; 0.667 after round 26 rules
    "stories/helene/": (0.98, 0.79),  # 0.614 blind (detection 0.989); 0.761 after round 23 rules; 0.784 after round 25 rules; 0.795 after round 26 rules
    # round 23: scored once, blind, after round 23's rules and before any change for them (2026-12-03 14:44)
    "stories/jejuair/": (1.0, 0.8),  # 0.766 blind (detection 0.938); 0.803 after round 24 detection rules
    "stories/tariffs/": (1.0, 0.62),  # 0.495 blind (detection 0.989); 0.624 after round 25 rules
    "stories/chikungunya/": (1.0, 0.56),  # 0.377 blind (detection 0.962); 0.396 after round 24 detection rules; 0.472 after round 25 rules; 0.566 after round 26 rules
    # round 24: scored once, blind, after round 25's rules and before any change for them (2026-12-03 16:11)
    "stories/texasflood/": (1.0, 0.94),  # 0.712 blind (detection 1.000); 0.949 after round 26 rules
    "stories/goma/": (0.98, 0.76),  # 0.474 blind (detection 0.990); 0.701 after round 26 rules; 0.763 after round 27 rules
    "stories/birdflu/": (0.99, 0.89),  # 0.764 blind (detection 0.964); 0.879 after round 26 rules; 0.897 after round 30 rules
    # round 25: scored once, blind, after round 26's rules and before any change for them (2026-12-03 16:57)
    "stories/verdict/": (0.99, 0.87),  # 0.790 blind (detection 0.935); 0.843 after round 27 rules; 0.876 after round 28 rules
    "stories/indiavote/": (0.98, 0.83),  # 0.764 blind (detection 0.966); 0.789 after round 27 rules; 0.834 after round 28 rules
    "stories/channel/": (0.99, 0.73),  # 0.267 blind (detection 0.994); 0.606 after round 27 rules; 0.679 after round 28 rules; 0.739 after round 29 rules
    # round 26: scored once, blind, after round 27's rules and before any change for them (2026-12-03 17:41)
    "stories/budget/": (1.0, 0.71),  # 0.545 blind (detection 0.942); 0.684 after round 28 rules; 0.719 after round 29 rules
    "stories/wayanad/": (0.98, 0.76),  # 0.699 blind (detection 0.982); 0.753 after round 28 rules; 0.765 after round 30 rules
    "stories/stadium/": (0.98, 0.88),  # 0.673 blind (detection 0.981); 0.712 after the round 27 apposed-name fix; 0.865 after round 28 rules; 0.885 after round 30 rules
    # round 27: scored once, blind, after round 28's rules and before any change for them (2026-12-03 19:04)
    "stories/sindoor/": (0.99, 0.58),  # 0.511 blind (detection 0.993); 0.582 after round 29 rules
    "stories/kunar/": (1.0, 0.75),  # 0.671 blind (detection 1.000); 0.753 after round 29 rules
    "stories/svb/": (0.99, 0.82),  # 0.811 blind (detection 0.991); 0.829 after round 29 rules
    # round 28: scored once, blind, after round 29's rules and before any change for them (2026-12-03 19:49)
    "stories/cholera/": (0.97, 0.71),  # 0.629 blind (detection 0.979); 0.713 after round 30 rules
    "stories/infowars/": (0.97, 0.81),  # 0.808 blind (detection 0.962); 0.816 after round 30 rules
    "stories/martiallaw/": (0.99, 0.87),  # 0.725 blind (detection 0.971); 0.874 after round 30 rules
    # round 29: scored once, blind, after round 30's rules and before any change for them (2026-12-03 20:26)
    "stories/venezuela/": (0.98, 0.52),  # 0.530 blind (detection 0.980)
    "stories/noto/": (0.94, 0.54),  # 0.547 blind (detection 0.944)
    "stories/peso/": (0.96, 0.67),  # 0.677 blind (detection 0.969)
    # round 30: scored once, blind, after round 30's rules and before any change for them (2026-12-03 20:26)
    "stories/pensions/": (0.88, 0.69),  # 0.696 blind (detection 0.889)
    "stories/turkeyquake/": (0.98, 0.54),  # 0.541 blind (detection 0.981)
    "stories/horizon/": (0.95, 0.57),  # 0.574 blind (detection 0.950)
}
VAGUE_BOUNDS = {"dozens": (24, 99), "hundreds": (200, 999), "a few hundred": (200, 999), "thousands": (2000, 9999),
                "tens of thousands": (20000, 99999), "hundreds of thousands": (200000, 999999)}


@pytest.fixture(scope="module")
def gold(seed_dir):
    docs = bench.load_docs()
    return docs, bench.load_gold(docs)


def claim_rows(gold):
    return [m.fields for mentions in gold[1].values() for m in mentions if m.claim]


def test_gold_covers_every_number_mention(gold):
    assert bench.unannotated(gold[0]) == []


def test_gold_set_size(gold):
    docs, mentions = gold
    assert sum(m.claim for ms in mentions.values() for m in ms) >= 150
    stories = {name.split("/")[1] for name in docs if name.startswith("stories/")}
    assert len(stories) >= 3


def test_gold_fields_use_the_vocabularies(gold):
    for row in claim_rows(gold):
        assert row["measure"] in MEASURES, row
        assert row["qualifier"] in QUALIFIERS, row
        assert row["modality"] in MODALITIES, row
        assert row["as_of"] is None or dt.date.fromisoformat(row["as_of"]), row
        assert row["counted"] is None or row["counted"] == row["counted"].lower(), row


def test_every_story_has_one_row_in_one_table():
    """The claims README's stories table lists each story folder once, in one unbroken table (merges of
    story branches left rows after a paragraph, outside the table, and repeated old rows)."""
    data = Path(bench.__file__).resolve().parents[1] / "tests/data/claims"
    lines = (data / "README.md").read_text().split("\n")
    rows = [i for i, line in enumerate(lines) if line.startswith("| `")
            and line.split("`")[1].rstrip("/") in {d.name for d in (data / "stories").iterdir()}]
    assert rows == list(range(rows[0], rows[0] + len(rows))), "stories table broken by a paragraph"
    named = [lines[i].split("`")[1].rstrip("/") for i in rows]
    assert sorted(named) == sorted(d.name for d in (data / "stories").iterdir() if d.is_dir())


NON_CLAIMS = {"year", "date", "time", "duration", "age", "ordinal", "model", "phone", "url", "address",
              "name", "furniture", "determiner", "pronoun", "conversion", "reference"}


def test_gold_non_claims_say_why(gold):
    for mentions in gold[1].values():
        for m in mentions:
            assert m.claim or m.fields.get("why") in NON_CLAIMS, m.fields


def test_gold_bounds_follow_the_qualifier(gold):
    for row in claim_rows(gold):
        value, low, high, qualifier = row["value"], row["low"], row["high"], row["qualifier"]
        if qualifier in ("exact", "approx"):
            assert value == low == high is not None, row
        elif qualifier in ("more_than", "at_least"):
            assert value == low is not None and high is None, row
        elif qualifier in ("less_than", "up_to"):
            assert value == high is not None and low is None, row
        else:
            assert value is None and low is not None and high is not None and low < high, row


def test_vague_bounds_follow_the_table(gold):
    for row in claim_rows(gold):
        if row["qualifier"] == "vague":
            word = row["text"].lower().removesuffix(" of")
            word = next(w for w in sorted(VAGUE_BOUNDS, key=len, reverse=True) if w in word)
            assert (row["low"], row["high"]) == VAGUE_BOUNDS[word], row


@pytest.mark.parametrize("text,key", [
    ("6,000", {"6000"}), ("more than 6,000", {"6000"}), ("six thousand", {"6000"}),
    ("1.2 million", {"1.2e+06"}), ("9 million", {"9e+06"}), ("25,000 to 30,000", {"25000", "30000"}),
    ("thousands", {"thousands"}), ("nearly 40%", {"40"}), ("200+", {"200"}),
])
def test_number_key(text, key):
    assert bench.number_key(text) == key


@pytest.mark.parametrize("raw,text,occurrence,span", [
    ("on 25 May 2025, 25 more", "25", 2, (16, 18)),  # not inside 2025
    ("more than 6,000 and 6 more", "6", 1, (20, 21)),  # not inside 6,000
    ("1.2 million and 2 more", "2", 1, (16, 17)),  # not inside 1.2
    ("one of someone's one", "one", 2, (17, 20)),  # not inside someone
])
def test_locate_respects_word_boundaries(raw, text, occurrence, span):
    assert bench.locate(raw, text, occurrence) == span


@pytest.mark.parametrize("gold_name,predicted,same", [
    ("UK defence intelligence", "U.K. defense intelligence", True),
    ("National Intelligence Service", "South Korea's National Intelligence Service", True),
    ("the Interior Ministry", "interior ministry", True),
    ("South Korea", "South Korea's National Intelligence Service", False),
    ("Western intelligence", "The Times", False),
    ("UNHCR", None, False),
    (None, None, True),
])
def test_names_match(gold_name, predicted, same):
    assert bench.names_match(gold_name, predicted) is same


@pytest.mark.parametrize("raw,cleaned,position,expected", [
    ("Menu\nHome\n\nSome 14,000 troops", "Some 14,000 troops", 5, 16),
    ("He said \u201cabout 40\u201d people", 'He said "about 40" people', 15, 15),
    ("artillery shellsroughly half", "artillery shells roughly half", 17, 10),  # split by cleaning
])
def test_aligner_carries_offsets_back(raw, cleaned, position, expected):
    assert bench.Aligner(raw, cleaned).offset(position) == expected


@pytest.mark.model
def test_claims_accuracy_floors(seed_dir):
    metrics = bench.evaluate(skip=tuple(HELD_OUT)).metrics()
    assert metrics["failed"] == 0, "the pipeline raised on some documents: run benchmarks/claims.py --errors"
    for name, floor in FLOORS.items():
        assert metrics[name] >= floor, f"{name} {metrics[name]:.3f} fell below its floor {floor}"


@pytest.mark.model
@pytest.mark.parametrize(("story", "floors"), HELD_OUT.items())
def test_held_out_story_floors(story, floors):
    metrics = bench.evaluate(only=story).metrics()
    assert metrics["failed"] == 0
    assert metrics["detection_f1"] >= floors[0] and metrics["full_f1"] >= floors[1], (story, metrics)
