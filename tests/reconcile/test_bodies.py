"""Official bodies named by description meet their names; countries stand for their one body."""

from __future__ import annotations

import pytest

from newsclaims.reconcile.bodies import describe, resolve
from newsclaims.reconcile.sources import key


@pytest.mark.parametrize(
    ("name", "owner", "kind", "bare"),
    [
        ("Seoul's spy agency", "South Korea", "intelligence", False),
        ("South Korea's National Intelligence Service", "South Korea", "intelligence", False),
        ("U.K. defense intelligence", "United Kingdom", "intelligence", False),
        ("South Korea's Defense Ministry", "South Korea", "defence", False),
        ("South Korea", "South Korea", None, True),
        ("Pyongyang", "North Korea", None, True),
        ("Western officials", None, None, False),
        ("Washington Post", "United States", None, False),
    ],
)
def test_describe(name: str, owner, kind, bare: bool) -> None:
    assert describe(key(name)) == (owner, kind, bare)


@pytest.mark.parametrize(
    ("names", "bodies"),
    [
        (["Seoul's spy agency", "South Korea's National Intelligence Service"], 1),
        (["South Korea", "Seoul's spy agency"], 1),  # the country for its one body
        (["South Korea", "Seoul's spy agency", "South Korea's Defense Ministry"], 3),  # which body? unknown
        (["UK defence intelligence", "South Korea's National Intelligence Service"], 2),
        (["Western intelligence", "intelligence reports"], 2),
        (["North Korea", "South Korea"], 2),
    ],
)
def test_resolve_within_a_fact(names: list[str], bodies: int) -> None:
    resolved = resolve(key(n) for n in names)
    assert len(set(resolved.values())) == bodies
