"""Source names: spelling variants, aliases and relays trace to one primary source."""

from __future__ import annotations

from dataclasses import replace

import pytest

from newsclaims.reconcile.sources import Names, initialisms, key, named, outlet_name, primaries, same_spelling


@pytest.mark.parametrize(
    ("left", "right", "same"),
    [
        ("UK defence intelligence", "U.K. defense intelligence", True),
        ("the Health Ministry", "Health Ministry", True),
        ("Ministry of Labour", "ministry of labor", True),
        ("World Health Organisation", "World Health Organization", True),
        ("Northland's army", "Northland army", True),
        ("North Korea", "South Korea", False),
        ("Austrian police", "Australian police", False),
        ("US officials", "UK officials", False),
        ("police", "Western officials", False),
    ],
)
def test_spelling_variants(left: str, right: str, same: bool) -> None:
    assert same_spelling(key(left), key(right)) is same


@pytest.mark.parametrize(
    ("aliases", "left", "right"),
    [
        ({"NIS": "National Intelligence Service"}, "NIS", "National Intelligence Service"),
        ({"NIS": "National Intelligence Service"}, "Seoul's NIS", "Seoul's National Intelligence Service"),
        ({"WHO": "World Health Organization"}, "the WHO", "World Health Organisation"),
    ],
)
def test_aliases_make_one_name(aliases: dict[str, str], left: str, right: str) -> None:
    names = Names(aliases)
    assert names.canonical(left) == names.canonical(right)


def test_display_is_the_most_written_form() -> None:
    names = Names()
    for name in ("UK defence intelligence", "U.K. defense intelligence", "UK defence intelligence"):
        cluster = names.canonical(name)
    assert names.display(cluster) == "UK defence intelligence"


@pytest.mark.parametrize(
    ("attributions", "independent"),
    [
        # (source, via) per claim
        ([("spy agency", None), ("spy agency", "lawmaker")], 1),
        ([("lawmaker", None), ("spy agency", "lawmaker")], 1),  # the lawmaker relays the agency
        ([("lawmaker", None), ("spy agency", None)], 2),
        ([("police", None), ("organisers", None), ("police", "mayor")], 2),
    ],
)
def test_relays_trace_to_primary_sources(build, attributions, independent: int) -> None:
    names = Names()
    claims = [build(i, 600, source=s, via=v, outlet=f"outlet {i}") for i, (s, v) in enumerate(attributions)]
    traced = primaries({c.id: named(c, names) for c in claims})
    assert len(set(traced.values())) == independent


def test_unattributed_claim_is_its_outlets_own(build) -> None:
    names = Names()
    claims = [build(1, 10, outlet="Daily A"), build(2, 10, outlet="Daily B"), build(3, 10, outlet="Daily A")]
    assert len({named(c, names) for c in claims}) == 2


@pytest.mark.parametrize(
    ("outlet", "document", "name"),
    [
        ("Daily A", "a.txt", "Daily A"),
        (None, "/data/corpus/004_cd70.txt", "unknown outlet"),  # never a file name
        (None, "https://www.example.org/news/1", "example.org"),
        (None, "feeds/items.jsonl#L3", "unknown outlet"),
    ],
)
def test_outlet_name(build, outlet, document: str, name: str) -> None:
    assert outlet_name(replace(build(1, 10, outlet=outlet), document=document)) == name


@pytest.mark.parametrize(
    ("names", "found"),
    [
        (["NIS", "National Intelligence Service", "Western officials"], {"NIS": "National Intelligence Service"}),
        (["OCHA", "Office for the Coordination of Humanitarian Affairs"],
         {"OCHA": "Office for the Coordination of Humanitarian Affairs"}),
        (["NIS", "National Intelligence Service", "National Insurance Scheme"], {}),  # ambiguous: none
        (["NIS", "the spy agency"], {}),
        (["UN", "United Nations"], {}),  # already defined in a text: the known alias stands
    ],
)
def test_undefined_acronyms_meet_their_long_form_by_initials(names: list[str], found: dict[str, str]) -> None:
    assert initialisms(names, known={"UN": "United Nations"}) == found
