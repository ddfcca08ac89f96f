"""Who stands behind a figure: source names normalised, aliases applied, relays traced.

Three steps make two names one source:

1. **Spelling** (:func:`key`): case, dots in acronyms ("U.K." = "UK"), possessives
   ("Seoul's"), punctuation and a leading "the" are dropped; then two names are the same when
   they have the same words and each differing word of five letters or more is one edit
   (rapidfuzz Levenshtein) from its partner: "defense"/"defence", "labor"/"labour",
   "organisation"/"organization" meet; "North"/"South" and "Austria"/"Australia" do not.
2. **Aliases**: ``aliases`` maps an alias to its canonical name (an agency and its acronym,
   as the extractor finds them defined in the text, or as the user gives them). A whole name
   that is an alias becomes its canonical name, and so does each word of a name that is an
   alias ("South Korea's NIS" -> "south korea national intelligence service").
   Acronyms not defined in any text meet their long form by initials (:func:`initialisms`):
   "NIS" and "National Intelligence Service" among one story's sources are one source when no
   other source name has those initials.
3. **Relays** (:func:`primaries`): a claim "according to X, who cited Y" has source Y and
   via X; within one fact, X's own unrelayed claims are then traced to Y as well, so a
   lawmaker quoting the intelligence service is not a second independent source.

A claim without a source is the outlet's own: its outlet is its source.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping
from urllib.parse import urlsplit

from rapidfuzz.distance import Levenshtein

from ..model import UNKNOWN_OUTLET, StoredClaim

_POSSESSIVE = re.compile(r"['’]s\b|(?<=s)['’](?=\s|$)")
_NON_WORD = re.compile(r"[^a-z0-9]+")
OUTLET = "outlet:"  # prefix of a key that names an outlet speaking for itself


def key(name: str) -> str:
    """The spelling-normalised form of a name (step 1 of the module doc)."""
    text = _POSSESSIVE.sub("", name.lower()).replace(".", "")
    words = _NON_WORD.sub(" ", text).split()
    if words and words[0] == "the":
        words = words[1:]
    return " ".join(words)


def same_spelling(a: str, b: str) -> bool:
    """Whether two keys are spelling variants: same words, long ones at most one edit apart."""
    if a == b:
        return True
    left, right = a.split(), b.split()
    if len(left) != len(right):
        return False
    return all(x == y or (min(len(x), len(y)) >= 5 and Levenshtein.distance(x, y) <= 1) for x, y in zip(left, right))


_MINOR_WORDS = frozenset({"of", "the", "for", "and", "on", "in", "de", "du", "des", "la", "le"})
_ACRONYM = re.compile(r"^[A-Z]{2,6}$")


def initials(name: str) -> str:
    """"National Intelligence Service" -> "NIS"; "Office for the Coordination of Humanitarian
    Affairs" -> "OCHA"; minor words skipped; "" unless every other word is capitalised."""
    words = [w for w in re.split(r"[\s\-]+", name.strip()) if w and w.lower() not in _MINOR_WORDS]
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return ""
    return "".join(w[0] for w in words)


def initialisms(names: Iterable[str], known: Mapping[str, str] | None = None) -> dict[str, str]:
    """Aliases for acronyms among ``names`` that no text defined: an all-capitals name (2-6
    letters) maps to the one other name whose initials it is; none when two names share them."""
    names = set(names)
    by_initials: dict[str, set[str]] = {}
    for name in names:
        if (found := initials(name)) and not _ACRONYM.match(name):
            by_initials.setdefault(found, set()).add(name)
    known = known or {}
    return {acronym: next(iter(long)) for acronym in names
            if _ACRONYM.match(acronym) and acronym not in known
            and len(long := by_initials.get(acronym, set())) == 1}


def story_aliases(claims: Iterable[StoredClaim], aliases: Mapping[str, str] | None = None) -> dict[str, str]:
    """The aliases defined in the texts (``aliases``) and the undefined acronyms among the
    claims' sources and relays that meet a long form by initials (:func:`initialisms`)."""
    spoken = {name for c in claims for name in (c.claim.source, c.claim.via) if name}
    return {**initialisms(spoken, aliases), **(aliases or {})}


class Names:
    """Canonical keys and display names for every source, via and outlet of a set of claims."""

    def __init__(self, aliases: Mapping[str, str] | None = None) -> None:
        self._aliases = {key(alias): key(canonical) for alias, canonical in (aliases or {}).items()}
        self._aliases = {a: c for a, c in self._aliases.items() if a and c and a != c}
        self._clusters: list[str] = []
        self._surfaces: dict[str, Counter[str]] = {}
        self._known: dict[str, str] = {}  # name as written -> cluster, so each is matched once

    def canonical(self, name: str) -> str:
        """The cluster key of ``name`` after aliases and spelling; remembers how it was written."""
        cluster = self._known.get(name)
        if cluster is None:
            cluster = self._known[name] = self._match(self._expand(key(name)))
        self._surfaces[cluster][name.strip()] += 1
        return cluster

    def _match(self, expanded: str) -> str:
        cluster = next((c for c in self._clusters if same_spelling(c, expanded)), None)
        if cluster is None:
            cluster = expanded
            self._clusters.append(cluster)
            self._surfaces[cluster] = Counter()
        return cluster

    def outlet(self, claim: StoredClaim) -> str:
        """The key of the outlet that printed ``claim`` (see :func:`outlet_name`)."""
        name = outlet_name(claim)
        self._surfaces.setdefault(OUTLET + key(name), Counter())[name] += 1
        return OUTLET + key(name)

    def display(self, cluster: str) -> str:
        """How a source is written most often (first seen on a tie)."""
        surfaces = self._surfaces.get(cluster)
        return surfaces.most_common(1)[0][0] if surfaces else cluster.removeprefix(OUTLET)

    def _expand(self, name: str) -> str:
        for _ in range(3):  # an alias may map to another alias; three hops is plenty
            name = self._aliases.get(name, name)
        return " ".join(self._aliases.get(word, word) for word in name.split())


def outlet_name(claim: StoredClaim) -> str:
    """The outlet that printed a claim; without one, its document's host (URL), else
    :data:`~newsclaims.model.UNKNOWN_OUTLET` (never a file name)."""
    if claim.outlet:
        return claim.outlet
    parsed = urlsplit(claim.document)
    if parsed.scheme in ("http", "https") and parsed.hostname:
        return parsed.hostname.removeprefix("www.")
    return UNKNOWN_OUTLET


def named(claim: StoredClaim, names: Names) -> tuple[str, str | None]:
    """The attribution as written: (source, via), the outlet standing in for a missing source."""
    source = claim.claim.source
    via = claim.claim.via
    return (
        names.canonical(source) if source else names.outlet(claim),
        names.canonical(via) if via else None,
    )


def primaries(attributions: Mapping[int, tuple[str, str | None]]) -> dict[int, str]:
    """Each claim's primary source key, traced through the relays among ``attributions``.

    ``attributions`` maps claim ids to :func:`named` pairs, for the claims of one fact.
    """
    relays = {via: source for source, via in attributions.values() if via and via != source}
    result = {}
    for claim_id, (source, _via) in attributions.items():
        seen = {source}
        while source in relays and relays[source] not in seen:
            source = relays[source]
            seen.add(source)
        result[claim_id] = source
    return result
