"""Noun number without the model: singulars for counted nouns, plurals for labels."""

from __future__ import annotations

import pytest

from newsclaims.nouns import plural, singular


@pytest.mark.parametrize(
    ("plural_form", "singular_form"),
    [("troops", "troop"), ("people", "person"), ("casualties", "casualty"), ("children", "child"),
     ("women", "woman"), ("lives", "life"), ("crises", "crisis"), ("buses", "bus"), ("personnel", "personnel"),
     ("police", "police"), ("artillery shells", "artillery shell"), ("Fatalities", "fatality")],
)
def test_singular(plural_form: str, singular_form: str) -> None:
    assert singular(plural_form) == singular_form


@pytest.mark.parametrize(
    ("singular_form", "plural_form"),
    [("soldier", "soldiers"), ("person", "people"), ("casualty", "casualties"), ("child", "children"),
     ("displaced", "displaced"), ("personnel", "personnel"), ("bus", "buses"), ("artillery shell", "artillery shells"),
     ("day", "days")],
)
def test_plural(singular_form: str, plural_form: str) -> None:
    assert plural(singular_form) == plural_form
