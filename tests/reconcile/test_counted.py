"""Counted nouns: one class for one kind of count, general rules only."""

from __future__ import annotations

import pytest

from newsclaims.reconcile.counted import normalise, plural


@pytest.mark.parametrize(
    ("left", "right", "meet"),
    [
        ("troops", "soldiers", True),
        ("soldiers", "forces", True),
        ("North Korean troops", "those soldiers", True),
        ("service members", "troops", True),
        ("a contingent of troops", "soldiers", True),
        ("artillery shells", "shells", True),
        ("artillery rounds", "munitions", True),
        ("laborers", "labourers", True),
        ("laborers", "workers", True),
        ("protesters", "people", True),
        ("civilians", "residents", True),
        ("laborers", "engineers", False),
        ("artillery shells", "ballistic missiles", False),
        ("shells", "missiles", False),
        ("soldiers", "civilians", False),
        ("missiles", "rockets", False),
        ("shipping containers", "containers", True),
        ("children", "people", False),
    ],
)
def test_counted_nouns_meet_by_class(left: str, right: str, meet: bool) -> None:
    assert (normalise(left) == normalise(right)) is meet


@pytest.mark.parametrize(
    ("counted", "label"),
    [
        ("troops", "soldier"),
        ("artillery shells", "shell"),
        ("ballistic missiles", "missile"),
        ("engineers", "engineer"),
        ("heavy artillery pieces", "artillery piece"),  # a vague head keeps the word before it
        ("air-defence system", "air-defence system"),
        ("armoured vehicles", "armoured vehicle"),
        ("pieces", "piece"),
        ("people", "person"),
        ("arms", "weapon"),
        ("deaths", None),
        ("casualties", None),
        ("fatalities", None),
        ("death toll", None),
        ("contingent", None),
        ("the total", None),
        (None, None),
        ("", None),
    ],
)
def test_normalised_label(counted: str | None, label: str | None) -> None:
    assert normalise(counted) == label


@pytest.mark.parametrize(
    ("label", "shown"),
    [
        ("soldier", "soldiers"), ("person", "people"), ("shell", "shells"), ("displaced", "displaced"),
        ("family", "families"), ("bus", "buses"), ("police officer", "police officers"), ("child", "children"),
    ],
)
def test_plural_for_display(label: str, shown: str) -> None:
    assert plural(label) == shown
