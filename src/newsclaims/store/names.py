"""Name filters that know aliases: ``--source NIS`` finds what ``--source "National
Intelligence Service"`` finds.

A name filter matches a stored name when, ignoring case, punctuation and a leading "the",
the filter's words start a word of any form of that name's source: the name as written,
the other names resolved to the same source, the aliases that point to it, and its
canonical form after aliases (:class:`newsclaims.reconcile.sources.Names`, the resolution
facts use). So "british" finds "British defence intelligence", "NIS" finds "South Korea's
NIS" and "National Intelligence Service", and "northbridge" finds "Northbridge Post".
A subject filter also tries the country the filter names ("DPRK" finds "North Korea").
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping

from ..reconcile.sources import Names, initialisms, key


class NameMatcher:
    """Whether a name is one of the names a filter means (see the module rules)."""

    def __init__(self, query: str, names: Iterable[str], aliases: Mapping[str, str] | None = None,
                 *, countries: bool = False) -> None:
        names = {n for n in names if n}
        aliases = {**initialisms(names, aliases), **(aliases or {})}
        self._names = Names(aliases)
        self._forms: dict[str, set[str]] = defaultdict(set)
        for name in names | set(aliases) | set(aliases.values()):
            self._remember(name)
        self._needles = _needles(query, self._names, countries)  # a spelling variant joins its name
        self._verdicts: dict[str, bool] = {}

    def __call__(self, name: str | None) -> bool:
        if not name:
            return False
        cluster = self._remember(name)
        if cluster not in self._verdicts:
            forms = self._forms[cluster] | {cluster}
            self._verdicts[cluster] = any(_starts_a_word(n, f) for n in self._needles for f in forms)
        return self._verdicts[cluster]

    def among(self, names: Iterable[str]) -> set[str]:
        """The given names this filter matches."""
        return {name for name in names if self(name)}

    def _remember(self, name: str) -> str:
        cluster = self._names.canonical(name)
        self._forms[cluster].add(key(name))
        return cluster


def _needles(query: str, names: Names, countries: bool) -> set[str]:
    found = {key(query), names.canonical(query)}
    if countries:
        from ..gazetteer import country

        if (place := country(query)) is not None:
            found.add(key(place))
    return {n for n in found if n}


def _starts_a_word(needle: str, form: str) -> bool:
    return re.search(r"(?:^| )" + re.escape(needle), form) is not None
