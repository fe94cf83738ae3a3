"""Parse one list entry into a name, its aliases, country, kind and affiliation.

Formats handled (all seen in real signatory lists): "Name (ACR)", "ACR (Expansion)",
"ACR Native name (English translation), Country", "Name, Country", "Name, City, Country",
"Name - Country", "Name (Country)", "Name-ACR", tab-separated table rows, "Name | Other",
"Person Name, descriptor, Organisation", "Firstname de organisation.domain".
Parentheses are classified as a country, an acronym, a translation, a description, a
location qualifier, or part of the name.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass, field

from ..model import Identifier
from ._text import LATIN_UPPER, UPPER, Seg, bracket_depths, fold, is_all_caps, words
from .contacts import identifiers_in, identifies, is_contact_line
from .countries import country_in_name, country_index, country_of_code, is_us_state_code, settlement
from .language import englishness
from .lexicon import load_lexicon
from .names import (
    CLOSING_ACRONYM,
    ends_with_legal_form,
    has_org_word,
    initials_match,
    is_acronym,
    is_capitals_acronym,
    is_given_name,
    kind_of,
    looks_like_organisation,
    person_name_score,
    small_letter_acronym,
    split_person_name,
)

_MARKER = re.compile(r"^(?:[•●○▪■◦·►▸\-–—*+>]+\s+|[•●○▪■◦·►▸\-–—+>]+|\(?\d{1,4}[.)\]]\s+|\[\d{1,3}\]\s*|\(?(?:[a-z]|[ivx]{1,4})\)\s+)")
#: "...and 120 more organisations", "+ 35 others", "y 120 organizaciones más", "and others": the rest of a list, not named
_NOT_NAMED = re.compile(
    r"^(?:\.{2,}|…)?\s*(?:(?:and|&|et|y|und|e|i|та|и|plus|\+)\s*)?(?:\d[\d,.]*|many|several|hundreds|dozens)\s+"
    r"(?:(?:other|others|more|autres|otras|otros|weitere|altre|altri|outras|outros|innych|інших|других)\b"
    r"|\w+\s+(?:more|más|mais|de plus|in più)\b)"
    # "… and others.": the rest, not even counted
    r"|^(?:and|&|et|y|und|e|i|та|и)\s+(?:others|autres|otros|otras|andere|weitere|altri|altre|outros|outras|інші|другие)\W*$",
    re.IGNORECASE,
)
_CONTACT_TAIL = re.compile(r"(?:,|\s[-–—|])\s*([^,\s]+)\s*$")  #: the last comma- or dash-separated word of an entry
_TAB = re.compile(r"\t+")
_COMMA = re.compile(r",")
# A leading \s+ or [\w-]+ starts only where its run starts ((?<!\s), (?<![\w-])): otherwise the
# engine retries it from every position of a long run, which is quadratic.
_PIPE = re.compile(r"(?<!\s)\s+\|\s+")
_PIPE_ROW = re.compile(r"\|[^|\n]*(?:\|[^|\n]*)+\|")  #: "| cell | cell |"
_PIPE_CELL = re.compile(r"\|")
_SLASH = re.compile(r"(?<!\s)\s+/\s+")
_DASH_SUFFIX = re.compile(r"(?<!\s)\s+[-–—]\s+(?=\S)")
_TRAILING_ACR = re.compile(r"(?:[-–]\s*|(?<!\s)\s+)(?<![A-Za-z0-9+])([A-Z][A-Za-z0-9+]{1,14}|[A-Z][A-Z0-9]{1,14}[-/][A-Z][A-Z0-9]{0,5})$")
#: an acronym of two words in capitals after a dash: "Asociación para una Ciudadanía Participativa – ACI PARTICIPA"
_TRAILING_TWO_CAPS = re.compile(r"(?<!\s)\s+[-–—]\s*([A-Z][A-Z0-9+]{1,14} [A-Z][A-Z0-9+]{1,14})$")
_PERSON_DASH = re.compile(r"(?<!\s)\s+[–—-]\s+")
#: "Ali, Tariq – writer": a surname, a comma, given names, then a dash or the end
_INVERTED = re.compile(r"([" + LATIN_UPPER + r"][\w'’-]{1,30}), ([" + LATIN_UPPER + r"][\w'’-]{1,30}(?: [" + LATIN_UPPER + r"][\w'’.-]{0,30})?)(?=\s+[–—-]\s|$)")
_MD_LINK = re.compile(r"\[([^\]]{2,200})\]\((https?://[^)\s]{1,500})\)")
_EMPHASIS = re.compile(r"(\*\*|__|\*|_)(?=\S)([^*_\n]{2,300}?)(?<=\S)\1(?![\w*])")  #: "**Access Now** (International)"
_CELL_GAP = re.compile(r"\S(\s{2,})(?=\S)")
_FIRSTNAME_OF = re.compile(r"^(\w[\w'’-]*)\s+(?:de|d'|of|from|von|di|da)\s+(@?[\w.-]+\.[a-z]{2,10}|@[\w.-]+)$", re.IGNORECASE)
_LOWER_TAIL = re.compile(r"\)\s+((?:[a-zà-ÿ][\w'’-]*\s*)+)$")
_GLOSS = re.compile(r"(?<!\s)\s*\[([^\]]+)\]$")
_DESCRIPTION_COUNTRY = re.compile(r"based (?:in|out of|at)\s+([^.;]+)", re.IGNORECASE)
_FORMERLY = re.compile(r"formerly (?:the |known as )?([A-Z][^,.;()]+)")


@dataclass
class Entry:
    """A parsed entry; ``name`` is where the reported name sits in the text."""

    whole: Seg
    name: Seg
    kind: str = "organisation"
    aliases: list[str] = field(default_factory=list)
    country: str | None = None
    affiliation: str | None = None
    identifiers: list[Identifier] = field(default_factory=list)
    display: str | None = None  #: the name to report when it is not name.text (joined lines)

    @property
    def label(self) -> str:
        return self.display or self.name.text


_FOOTNOTE_REF = re.compile(r"(?<=\S)\[\d{1,3}\]$")  #: a footnote's number right after a name


def strip_marker(seg: Seg) -> Seg:
    """Remove a leading bullet or number and trailing footnote marks and separators."""
    seg = seg.strip()
    while seg.text and unicodedata.category(seg.text[0]) == "So":  # a flag or an emoji before the name: "🇬🇹 Consejo …"
        seg = seg.cut(1).strip()
    match = _MARKER.match(seg.text)
    if match:
        seg = seg.cut(match.end()).strip()
    if _EMPHASIS.match(seg.text):
        return seg  # "**Access Now** (International)": parse_entry reads the marked words
    seg = seg.strip(" ;,*†‡¹²³⁴⁵⁶⁷⁸⁹⁰")  # footnote marks: "Greenpeace¹", "Amnesty International*"
    footnote = _FOOTNOTE_REF.search(seg.text)
    if footnote and footnote.start() > 0:
        seg = seg.cut(0, footnote.start()).strip(" ;,")  # "Jewish Voice for Peace[1]"
    if seg.text.endswith(".") and not _keeps_final_dot(seg.text):
        seg = seg.cut(0, len(seg.text) - 1).strip()
    return seg


def _keeps_final_dot(text: str) -> bool:
    last = text.rsplit(None, 1)[-1]
    return len(last) <= 4 or "." in last[:-1] or fold(last) in load_lexicon().legal_forms


def is_disclaimer(text: str) -> bool:
    folded = fold(text)
    return any(phrase in folded for phrase in load_lexicon().markers.get("disclaimer", ()))


def before_dash(text: str) -> str:
    """The words before a spaced dash: "Joseph Stiglitz — Columbia University (USA)" -> "Joseph Stiglitz"."""
    return _PERSON_DASH.split(text, 1)[0]


def is_markdown_link(text: str) -> bool:
    """An entry written as a Markdown link: "[Name](https://…)", maybe with a country after it."""
    return _MD_LINK.match(text) is not None


def parse_entry(
    seg: Seg, *, inline: bool = False, prior: str | None = None, known_initials: frozenset[str] = frozenset(),
    acronym_first: bool = False, acronym_last: bool = False,
) -> Entry | None:
    """Parse one entry; None when it names nobody (a disclaimer, a bare number, a country).
    ``acronym_first``: the entry is one of a list whose entries open with their acronym, so a
    leading word in capitals is this one's too, even where it abbreviates another language's name
    ("KSRD Kommunistische Partei der Slowakei"); ``acronym_last``: the same for a word in capitals
    after a closing dash ("Movimento dos Trabalhadores Rurais Sem Terra – MST")."""
    whole = strip_marker(seg)
    if (not whole or is_disclaimer(whole.text) or not any(c.isalpha() for c in whole.text)
            or is_table_header(whole.text) or is_section_heading(whole.text)
            or _NOT_NAMED.match(whole.text)):
        return None
    emphasis = _EMPHASIS.match(whole.text)
    if emphasis:  # "**European Digital Rights (EDRi)** (Belgium)": the marked words name the entry, what follows may place it
        entry = parse_entry(whole.cut(emphasis.start(2), emphasis.end(2)), prior=prior, known_initials=known_initials)
        if entry is not None:
            entry.whole = whole
            entry.country = entry.country or country_index().lookup(whole.text[emphasis.end() :].strip(" ,;-–()"))
        return entry
    link = _MD_LINK.match(whole.text)
    if link:  # "[Name](https://…), Country": the link text names the entry, the address identifies it
        entry = parse_entry(whole.cut(link.start(1), link.end(1)), prior=prior, known_initials=known_initials)
        if entry is not None:
            entry.whole = whole
            entry.identifiers.append(Identifier("web", link.group(2)))
            entry.country = entry.country or country_index().lookup(whole.text[link.end() :].strip(" ,;-–()"))
        return entry
    if inline:
        whole = _strip_article(whole)
    if _PIPE_ROW.fullmatch(whole.text):  # a Markdown table row: "| Liberty | United Kingdom |"
        whole = whole.strip(" |")
        cells = whole.split(_PIPE_CELL, top_level=False)
    else:
        cells = whole.split(_TAB, top_level=False)
    if len(cells) == 1:
        cells = _cells_by_spacing(whole)
    if len(cells) > 1 and re.fullmatch(r"\d{1,4}[.)]?", cells[0].text):
        cells = cells[1:]  # the row's number
    if not cells:
        return None
    entry = Entry(whole=whole, name=cells[0])
    descriptions = _table_cells(entry, cells[1:])
    if country_index().lookup(entry.name.text) and not entry.country:
        return None  # a country on its own (a regional sub-heading, a stray cell)
    _trailing_contacts(entry)
    _leading_country(entry)
    _explicit_country(entry)
    _square_bracket_acronym(entry)
    _drop_city_after_legal_form(entry)
    if _person_entry(entry, prior):
        return entry
    _organisation_entry(entry, known_initials, acronym_first, acronym_last)
    _mine_descriptions(entry, descriptions)
    if entry.country is None:
        entry.country = country_in_name(entry.label) or _alias_country(entry)
    has_acronym = any(is_acronym(a.replace(" ", "")) for a in entry.aliases)
    entry.kind = "organisation" if has_acronym or short_or_translated(entry) else kind_of(entry.label, prior)
    entry.aliases = _unique([a for a in entry.aliases if fold(a) != fold(entry.label)])
    return entry


def closes_with_acronym(entry: Entry) -> bool:
    """Whether the entry's text closes with one of its acronyms after a dash ("… Barragens – MAB")."""
    text = entry.whole.text.rstrip(" .;,")
    return any(text.endswith(a) and text[: -len(a)].rstrip()[-1:] in ("-", "–", "—") and is_acronym(a) for a in entry.aliases if a)


def closes_with_bracketed_acronym(entry: Entry) -> bool:
    """Whether the entry's text closes with one of its acronyms in brackets ("… da Terra (CPT)")."""
    text = entry.whole.text.rstrip(" .;,")
    return any(text.endswith(f"({a})") and is_acronym(a) for a in entry.aliases if a)


def trailing_capitals(text: str) -> bool:
    """Whether ``text`` closes with a dash and a word in capitals after a name of two words or more."""
    head, dash, last = text.rstrip(" .;,").rpartition(" ")
    if last[:1] in "-–—" and len(last) > 1:  # "… Sem Terra –MST"
        head, dash, last = head + " " + last[0], " ", last[1:]
    head = head.rstrip()
    return bool(dash) and head[-1:] in "-–—" and len(head[:-1].split()) >= 2 and is_capitals_acronym(last)


def opens_with_acronym(entry: Entry) -> bool:
    """Whether the entry's text opens with one of its acronyms ("ORC Organisation Révolutionnaire …")."""
    return any(is_acronym(a.replace(" ", "")) and entry.whole.text.startswith(a + " ") for a in entry.aliases)


def leading_capitals(text: str) -> bool:
    """Whether ``text`` opens with a word in capitals and then a name of two or more capitalised
    words ("BSP Bolschewistische Partei …", "MST – Movimento dos …"), the shape of an entry that opens
    with its acronym."""
    head, _, rest = text.partition(" ")
    rest = rest.lstrip("-–— ")  # (a dash may set the acronym apart)
    return is_capitals_acronym(head) and len(rest.split()) >= 2 and rest[:1].isupper()


def is_section_heading(text: str) -> bool:
    """"National Organizations", "State and Local Organizations", "Other signatories": a heading
    over the entries below it, words of a scope before the kind of signers (data: markers)."""
    tokens = _header_tokens(text)
    return len(tokens) >= 2 and tokens[-1] in _table_header_words() and all(t in _scope_words() for t in tokens[:-1])


@functools.cache
def _scope_words() -> frozenset[str]:
    markers = load_lexicon().markers
    return frozenset(markers["scope_word"]) | frozenset(markers["section_scope"]) | frozenset(markers["and_word"])


def is_table_header(text: str) -> bool:
    """"Organisation   Country": the header row of a table of signatories."""
    tokens = _header_tokens(text)
    return bool(tokens) and all(t in _table_header_words() for t in tokens)


def _header_tokens(text: str) -> list[str]:
    """The folded words of a heading or a table's header row, without bars and colons."""
    return [t.strip(":") for t in re.findall(r"[^\s|]+", fold(text))]


@functools.cache
def _table_header_words() -> frozenset[str]:
    return frozenset(load_lexicon().markers.get("table_header", ()))


def _cells_by_spacing(whole: Seg) -> list[Seg]:
    """A table row rendered with spaces ("Name (ACR)   Belgium"): cells when the last one is a
    country or a region ("Access Now   International")."""
    gaps = list(_CELL_GAP.finditer(whole.text))
    if not gaps:
        return [whole]
    last = gaps[-1]
    tail = whole.cut(last.end(1)).strip()
    if country_index().lookup(tail.text) or country_index().is_region(tail.text):
        return [whole.cut(0, last.start(1) + 1).strip(), tail]
    return [whole]


def short_or_translated(entry: Entry) -> bool:
    return bool(entry.aliases) and entry.name.text not in entry.whole.text[: len(entry.name.text)]


_LEADING_GRAMMAR = re.compile(
    r"(?:(?:and|und|et|y|e|i|та|і|и|oraz)\s+)?(?:(?:the|la|le|les|el|los|las|die|der|das|dem|den|il|lo|gli|os|as|o|a)\s+|l['’])(?=[" + UPPER + r"0-9])"
    r"|(?:and|und|et|y|e|i|та|і|и|oraz)\s+(?=[" + UPPER + r"0-9])"
)


def _strip_article(seg: Seg) -> Seg:
    """"the Zimbabwe Communist Party", "y la Federación ...": grammar of the sentence around an
    inline list, not part of the name (a capitalised "The" is kept: it may be the name's)."""
    match = _LEADING_GRAMMAR.match(seg.text)
    return seg.cut(match.end()) if match else seg


def _table_cells(entry: Entry, cells: list[Seg]) -> list[str]:
    descriptions = []
    for cell in cells:
        code = country_index().lookup(cell.text)
        if code and entry.country is None:
            entry.country = code
        elif is_contact_line(cell.text):
            entry.identifiers.extend(identifiers_in(cell.text))  # a table's "Website" or "Contact" column
        else:
            descriptions.append(cell.text)
    return descriptions


def _trailing_contacts(entry: Entry) -> None:
    """"Socialist Action (www.socialistaction.org)", "Answer Coalition - answercoalition.org",
    "Veterans For Peace, veteransforpeace.org, info@…": web sites and addresses printed after the
    name identify the body; they are not part of its name."""
    while True:
        seg = entry.name
        paren = trailing_paren(seg)
        # ("Committee to Protect Journalists (cpj.org)": in brackets too a bare domain is the body's address)
        bracketed = paren is not None and " " not in paren[1].text.strip() and _a_web_address(paren[1].text)
        if paren and paren[0].start > seg.start and (bracketed or identifies(seg.text[: paren[0].start - seg.start], paren[1].text)):
            entry.identifiers[0:0] = identifiers_in(paren[1].text)  # (read from the end: keep the printed order)
            entry.name = seg.cut(0, paren[0].start - seg.start).strip(" ,-–")
            continue
        tail = _CONTACT_TAIL.search(seg.text)
        dashed = tail is not None and tail.group().lstrip()[:1] in "-–—|" and _a_web_address(tail.group(1))
        if tail and tail.start() > 0 and (dashed or identifies(seg.text[: tail.start()], tail.group(1))):
            # ("Paradigm Initiative - paradigmhq.org": after a dash a bare domain is the body's address, own-named or not)
            entry.identifiers[0:0] = identifiers_in(tail.group(1))
            entry.name = seg.cut(0, tail.start()).strip(" ,-–")
            continue
        return


def _a_web_address(text: str) -> bool:
    found = identifiers_in(text)
    return len(found) == 1 and found[0].scheme == "web"


_LEADING_COUNTRY = re.compile(r"^([^:–—\s][^:–—]{1,39}?)(?<!\s)\s*(?::|\s[–—-])\s+(?=\S)")


def _leading_country(entry: Entry) -> None:
    """"Argentina: Partido Obrero (PO)", "Brazil – PSTU": the country first, then the body."""
    match = _LEADING_COUNTRY.match(entry.name.text)
    if match and country_index().lookup(match.group(1)) and len(entry.name.text) > match.end():
        entry.country = entry.country or country_index().lookup(match.group(1))
        entry.name = entry.name.cut(match.end())


_SQUARE_ACRONYM = re.compile(r"\[([^\[\]\s]{2,16})\]\s*$")


def _square_bracket_acronym(entry: Entry) -> None:
    """"Communist Party of Bangladesh (Marxist-Leninist) [CPB(ML)]": an acronym in square brackets
    at the end is an alias."""
    match = _SQUARE_ACRONYM.search(entry.name.text)
    if match and match.start() > 0 and is_acronym(match.group(1)):
        entry.aliases.append(match.group(1))
        entry.name = entry.name.cut(0, match.start()).strip()  # (the spaces before the bracket go too)


_FULL_STOP_TAIL = re.compile(r"(?<=[^\W\d_]{2})\.\s+([^.()]{2,40})$")  #: "…. Brasil": a country after a full stop


def _explicit_country(entry: Entry) -> None:
    """Cut a stated country off the end: "(USA)", ", Belgium", " - Benin"; drop a city before it."""
    seg = entry.name
    paren = trailing_paren(seg)
    if paren and country_index().lookup(paren[1].text):
        entry.country = entry.country or country_index().lookup(paren[1].text)
        entry.name = seg.cut(0, paren[0].start - seg.start).strip(" ,-–")
        parts = entry.name.split(_COMMA)
        if len(parts) == 2 and _is_city(parts[1].text, _CITY_WORDS, state_code=True):
            entry.name = parts[0]  # "Labour Start, London (UK)", "Solidarity Center, Washington DC (USA)": a seat, then the country
        return
    slashed = re.split(r"\s*/\s*", paren[1].text) if paren and "/" in paren[1].text else []
    several = [code for part in slashed if (code := country_index().lookup(part))]
    if paren and several and all(country_index().lookup(part) or _a_scope(part) for part in slashed):
        # "(Italy/UK)": the countries of a person, or of a body in two; "(Philippines/Global)": its country and its reach
        entry.country = entry.country or (several[0] if len(set(several)) == 1 else None)
        entry.name = seg.cut(0, paren[0].start - seg.start).strip(" ,-–")
        return
    if paren and paren[0].start > seg.start and country_index().is_region(paren[1].text):
        entry.name = seg.cut(0, paren[0].start - seg.start).strip(" ,-–")  # "Red VIDA (Latin America)": where, not who
        return
    parts = seg.split(_COMMA)
    if len(parts) >= 3 and _us_seat(parts[-2].text, parts[-1].text):  # "Restore The Fourth, Minneapolis, MN"
        entry.country = entry.country or "US"
        entry.name = seg.cut(0, parts[-3].end - seg.start).strip(" ,")
        return
    if len(parts) >= 2 and country_index().is_region(parts[-1].text):  # "Latindadd, Latin America": where it works
        entry.name = seg.cut(0, parts[-2].end - seg.start).strip(" ,")
        return
    if len(parts) >= 2 and country_index().lookup(parts[-1].text):
        entry.country = entry.country or country_index().lookup(parts[-1].text)
        keep = parts[:-1]
        if len(keep) >= 2 and _is_city(keep[-1].text):
            keep = keep[:-1]
        elif len(keep) == 1:  # "Consejo de Pueblos Wuxhtaj – Huehuetenango, Guatemala": a place before the country
            dashes = [m for m in _DASH_SUFFIX.finditer(keep[0].text) if bracket_depths(keep[0].text)[m.start()] == 0]
            if dashes and _is_city(keep[0].text[dashes[-1].end() :], _CITY_WORDS):
                entry.name = keep[0].cut(0, dashes[-1].start()).strip()
                return
        entry.name = seg.cut(0, keep[-1].end - seg.start).strip(" ,")
        return
    stop = _FULL_STOP_TAIL.search(seg.text)
    if stop and len(seg.text[: stop.start()].split()) >= 2:  # "Central Única dos Trabalhadores. Brasil"
        tail, code = stop.group(1), country_index().lookup(stop.group(1))
        if code or _a_scope(tail):
            entry.country = entry.country or code
            entry.name = seg.cut(0, stop.start() + (1 if ends_with_legal_form(seg.text[: stop.start() + 1]) else 0))
            return
    after_paren = re.search(r"\)\s+([^()]{2,40})$", seg.text)
    if after_paren and country_index().lookup(after_paren.group(1)):
        entry.country = entry.country or country_index().lookup(after_paren.group(1))
        entry.name = seg.cut(0, after_paren.start() + 1).strip()
        return
    dashes = list(_DASH_SUFFIX.finditer(seg.text))
    if dashes and bracket_depths(seg.text)[dashes[-1].start()] == 0:
        tail = seg.cut(dashes[-1].end())
        head = seg.cut(0, dashes[-1].start()).strip()
        if country_index().lookup(tail.text):
            entry.country = entry.country or country_index().lookup(tail.text)
            entry.name = head
        elif (tail.text in country_index().subdivision_codes and len(head.text.split()) >= 2
              and (CLOSING_ACRONYM.search(head.text)  # ("… de São Paulo (APEOESP) – SP": its acronym is in the brackets)
                   or not (tail.text[0] == head.text[0].upper() and initials_match(tail.text, head.text)))):
            entry.name = head  # "Sindicato dos Trabalhadores em Educação (Sinte) – SC": the state the body is in
        elif len(head.text.split()) >= 2 and (country_index().is_region(tail.text) or (
                tail.text.isupper() and fold(tail.text) in load_lexicon().markers["scope_word"])):
            entry.name = head  # "… Minero (M4) – REGIONAL", "… – AMÉRICA LATINA": where it works, in the country's place
        elif len(head.text.split()) >= 2 and _is_city(tail.text, _CITY_WORDS) and settlement(tail.text):
            # "… de Andalucía (APDHA) – Andalucía", "Coordinadora de Barrios – Madrid": its seat, no part of
            # the name; no country either, which the text does not name (as for a town in brackets)
            entry.name = head


def _a_scope(text: str) -> bool:
    """Whether ``text`` names where a body works rather than a country: a world region ("Africa")
    or a scope word ("Global", "International", "Regional")."""
    return country_index().is_region(text) or fold(text.strip()) in load_lexicon().markers["scope_word"]


def _us_seat(city: str, code: str) -> bool:
    """Whether "City, ST" closes an entry as a US body's seat: a state's code after a city that
    GeoNames has in the United States ("San Francisco, CA", "Washington, DC") or, for a code
    that is no country's ("MN", "TX"; "CA" is Canada's too), after any name of a town's shape."""
    if not is_us_state_code(code):
        return False
    if "US" in (settlement(city) or frozenset()):
        return True
    return country_of_code(code) is None and _is_city(city, _CITY_WORDS)


def _drop_city_after_legal_form(entry: Entry) -> None:
    """"Germanwatch e.V., Bonn", "Attac Deutschland e.V., Frankfurt am Main": after a legal
    form, a place name is the seat; so is a place marked as a town ("Комитет против пыток,
    г. Нижний Новгород"; data: town_marker), and a city that is a region of its own in
    pycountry's subdivisions (it gives the country)."""
    parts = entry.name.split(_COMMA)
    if len(parts) < 2:
        return
    marked = parts[-1].text.split(maxsplit=1)
    town = len(marked) == 2 and fold(marked[0]) in load_lexicon().markers["town_marker"] and _is_city(marked[1], _CITY_WORDS)
    if town or ends_with_legal_form(parts[-2].text) and _is_city(parts[-1].text, _CITY_WORDS):
        entry.name = entry.name.cut(0, parts[-2].end - entry.name.start)
        return
    # "Профсоюз «Действие», Москва", "Akcja Demokracja, Warszawa": a region or a city (the country it gives)
    codes = settlement(parts[-1].text) if _is_city(parts[-1].text, _CITY_WORDS) else None
    before = parts[-2].text
    if codes and len(codes) == 1 and (len(before.split()) >= 2 or not country_index().names_a_place(before)):
        entry.name = entry.name.cut(0, parts[-2].end - entry.name.start)
        entry.country = entry.country or next(iter(codes))


_CITY_WORDS = 4  #: after a legal form: "Frankfurt am Main", "Bad Homburg vor der Höhe"


_ACRONYM_LETTERS = 4  #: a word in capitals this short (or shorter) may be an acronym though a town has its name ("CUT")


def _is_city(text: str, most_words: int = 1, state_code: bool = False) -> bool:
    """A place name by its shape: at most ``most_words`` words (between a name and its country
    only one: "Center for Health, Human Rights and Development, Uganda" has the shape of a
    name, a city and a country), the first and the last capitalised, any between them
    capitalised or a short particle ("am", "sur", "de"); no acronym, legal form or organisation word."""
    tokens = text.split()
    if text.isupper() and len(text) > _ACRONYM_LETTERS and len(tokens) <= most_words and settlement(text):
        return True  # "… COUNCIL – BARCELONA, SPAIN": in an entry in capitals a town's name is in capitals too
    if state_code and len(tokens) >= 2 and re.fullmatch(r"[A-Z]{2}|[A-Z]\.[A-Z]\.", tokens[-1]):
        tokens = tokens[:-1]  # "Washington DC", "Portland, OR" (a state's code after its city)
    if not tokens or len(tokens) > most_words or not (tokens[0][:1].isupper() and tokens[-1][:1].isupper()):
        return False
    lexicon = load_lexicon()
    if any(fold(token) in lexicon.markers["and_word"] for token in tokens[1:-1]):
        return False  # "Asia Pacific Forum on Women, Law and Development": a name's words joined by "and", no town
    return all(
        (token[:1].isupper() or (token.isalpha() and token.islower() and len(token) <= 3))
        and not is_acronym(token) and fold(token) not in lexicon.legal_forms and not lexicon.is_org_word(token)
        and fold(token) not in lexicon.markers["scope_word"]
        for token in tokens
    )


def _office_body_name(entry: Entry) -> bool:
    """"Голова ГО «Спілка ветеранів АТО» Іван Петренко": an office, the body it is held at, then
    the person's name (two words at the end) - a signature written on one line."""
    words = list(re.finditer(r"\S+", entry.name.text))
    if len(words) < _OFFICE_LINE_WORDS or not is_job(words[0].group()):
        return False
    name = entry.name.cut(words[-2].start(), words[-1].end())
    body = entry.name.cut(words[0].end(), words[-2].start()).strip(" ,–-")
    if person_name_score(name.text) < 1 or looks_like_organisation(name.text) or not body.text:
        return False
    if not (has_org_word(body.text) or QUOTED_NAME.search(body.text) or any(is_capitals_acronym(w) for w in body.text.split())):
        return False
    entry.kind, entry.name, entry.affiliation, entry.country = "person", name, body.text, None
    return True


_OFFICE_LINE_WORDS = 4  #: an office, a body of one word or more, a given name and a surname


def _given_name_of(name: str, body: str) -> bool:
    """A person known by a given name alone, then the body they belong to ("Mathieu,
    fairness.coop", "Hélène (La Quadrature du Net)"): one known given name, then an organisation's name."""
    words = name.split()
    return (len(words) == 1 and is_given_name(words[0]) and not is_acronym(words[0]) and looks_like_organisation(body)
            and not country_index().lookup(body))


def _person_entry(entry: Entry, prior: str | None) -> bool:
    """"Name, descriptor..." or "Firstname de org.domain": a person, maybe with an affiliation."""
    if _office_body_name(entry):
        return True
    text = entry.name.text
    match = _FIRSTNAME_OF.match(text)
    if match and person_name_score(match.group(1), single_allowed=True) and not looks_like_organisation(match.group(1)):
        entry.kind, entry.name = "person", entry.name.cut(0, match.end(1))
        entry.affiliation = match.group(2).lstrip("@")
        return True
    paren = trailing_paren(entry.name)
    if paren is not None:  # "Jane Doe (Amnesty International)", "Prof. John Smith (University of Oxford, UK)"
        before = entry.name.cut(0, paren[0].start - entry.name.start).strip(" ,")
        place = country_index().lookup(paren[1].text) or country_index().is_region(paren[1].text)  # "Red VIDA (Latin America)"
        if (not place and "(" not in before.text and (person_name_score(before.text) == 2 or _given_name_of(before.text, paren[1].text))
                and not looks_like_organisation(split_person_name(before.text)[1])):
            _set_person(entry, before, [part.text for part in paren[1].split(_COMMA) if not country_index().lookup(part.text)])
            return True
    inverted = _INVERTED.match(text)
    if inverted and is_given_name(inverted.group(2).split()[0]) and not looks_like_organisation(inverted.group(1)):
        # "Ali, Tariq – writer, London": a list by surname; the name as written, what follows the dash describes
        rest = entry.name.cut(inverted.end()).strip(" –—-,")
        _set_person(entry, entry.name.cut(0, inverted.end()), [p.text for p in rest.split(_COMMA)] if rest.text else [])
        return True
    parts = entry.name.split(_COMMA)
    # "Prof. Maria Lopez – University of Barcelona", "Maria Gonzalez – President, Teachers Union of Chile"
    dashed = parts[0].split(_PERSON_DASH) if parts else []
    if len(dashed) > 1 and (person_name_score(dashed[0].text) == 2 or _given_name_of(dashed[0].text, dashed[1].text)):
        parts = dashed + parts[1:]
    first = parts[0] if parts else entry.name
    if len(parts) > 1 and _given_name_of(first.text, parts[1].text):
        _set_person(entry, first, [p.text for p in parts[1:]])  # "Mathieu, fairness.coop"
        return True
    if looks_like_organisation(split_person_name(first.text)[1]):
        return False
    score = person_name_score(first.text)
    descriptors = [p.text for p in parts[1:]]
    honorific, _, postnominal = split_person_name(first.text)
    if prior == "organisation" and not (honorific or postnominal or _descriptor_is_personal(descriptors)):
        return False
    if score == 2 or (score == 1 and (descriptors or prior == "person")):
        _set_person(entry, first, descriptors)
        return True
    return False


def _descriptor_is_personal(descriptors: list[str]) -> bool:
    return any(any(is_job(w) for w in words(d)) or d[:1].islower() for d in descriptors)


def is_job(word: str) -> bool:
    """An occupation: a job word ("journalist", "Vorsitzender") or a compound that ends in one
    ("Friedensforscher", "Theologin")."""
    folded = fold(word).strip(",&")
    return folded in load_lexicon().person_words["job"] or folded.endswith(_job_suffixes())


@functools.cache
def _job_suffixes() -> tuple[str, ...]:
    return tuple(load_lexicon().person_words.get("job_suffix", ()))


def _set_person(entry: Entry, first: Seg, descriptors: list[str]) -> None:
    honorific, bare, postnominal = split_person_name(first.text)
    offset = first.text.find(bare)
    entry.kind = "person"
    entry.name = first.cut(offset, offset + len(bare)) if offset >= 0 else first
    if entry.name.text != first.text.strip(" ,"):
        entry.aliases.append(first.text.strip(" ,"))
    entry.affiliation = affiliation_of(descriptors)
    entry.country = None


def affiliation_of(descriptors: list[str]) -> str | None:
    """The organisation among a person's descriptors ("CEO ActionAid Australia" -> "ActionAid
    Australia"); occupations are skipped, and what follows "author," is a work, not an employer."""
    lexicon = load_lexicon()
    jobs, works = lexicon.person_words["job"], lexicon.person_words["work"]
    postnominals = lexicon.person_words["postnominal"]
    for descriptor in descriptors:
        text = descriptor.strip(" *")
        if fold(text) in works:
            return None
        if fold(text) in postnominals:
            continue  # "Dr Ahmed Khan, MP"
        text = _strip_leading_jobs(text, jobs)
        text = _ON_BEHALF.sub("", text)  # "John Smith, on behalf of Friends of the Earth"
        text = re.split(r"\s+(?:et|and|und|y|e|i)\s+(?=[a-zà-ÿ])", text)[0].strip()
        if text.startswith("@"):
            return text[1:]
        quoted = QUOTED_NAME.search(text)
        if quoted and (text[:1].islower() and has_org_word(text[: quoted.start()]) or quoted.span() == (0, len(text))):
            # "председатель комитета «Гражданское содействие»"; "главный редактор «Новой газеты»" (the office
            # stripped): the body's name in quotes
            return quoted.group(1)
        if _WEB_NAME.fullmatch(text):
            return text  # "Mathieu, fairness.coop": a body known by its web address
        if not text or not text[0].isupper() or country_index().place(text) or country_index().lookup(text):
            continue  # (nor is a town or a country: "Ana García, lawyer, Madrid")
        if not any(is_job(w) for w in words(text)):
            return text
        run = _org_run(text)
        if run:
            return run
    # no descriptor names a body by itself: one may name it after its office ("director of the Foo
    # Institute", "secrétaire générale de la CGT")
    return next((body for d in descriptors if (body := _held_at(d.strip(" *")))), None)


_WEB_NAME = re.compile(r"[a-z0-9][a-z0-9-]{1,40}\.[a-z]{2,10}")  #: "fairness.coop", "olympe.legal"
#: a name in quotation marks: "ГО «Зелений Львів»", "Bündnis „Wohnen für alle“"
QUOTED_NAME = re.compile(r"[«“„\"]([" + UPPER + r"][^«»“”„\"]{1,80})[»”“\"]")
_ON_BEHALF = re.compile(r"^(?:on behalf of|representing|au nom de|en nombre de|en representación de|im namen von|im namen der|a nome di|em nome de|w imieniu|від імені|от имени)\s+(?:the\s+)?(?=[" + UPPER + r"])", re.IGNORECASE)


def _held_at(text: str) -> str:
    """The body an office is held at: after the first workplace link ("at", "chez", "bei":
    "Professor of Law at Columbia University" -> "Columbia University"), else after the first
    link that a capital follows, when its words name a body (an acronym or an organisation word:
    "Professor of Economics" names a field) or the office heads one ("président de VideoLAN");
    never a place ("President of Ireland"); "" when there is none."""
    markers = load_lexicon().markers
    linked = [m for m in _affiliation_link().finditer(text) if text[m.end() : m.end() + 1].isupper()]
    workplace = next((m for m in linked if fold(m.group().strip()) in markers["workplace_link"]), None)
    if workplace is not None:
        return _unless_a_place(text[workplace.end() :])
    if not linked:
        return ""
    office, rest = fold(text[: linked[0].start()].strip()), text[linked[0].end() :]
    heads = any(office == head or office.endswith(" " + head) for head in markers["head_office"])
    return _unless_a_place(rest) if heads or is_capitals_acronym(rest.split()[0]) or has_org_word(rest) else ""


def _unless_a_place(text: str) -> str:
    """``text`` unless it names a place ("Ireland", "Madrid")."""
    return "" if country_index().place(text) or country_index().lookup(text) else text


@functools.cache
def _affiliation_link() -> re.Pattern[str]:
    links = sorted(load_lexicon().markers["affiliation_link"], key=len, reverse=True)
    alternatives = "|".join(re.escape(link).replace("'", "['’]") + ("" if link.endswith("'") else r"\s+") for link in links)
    return re.compile(rf"(?<![^\W_])(?:{alternatives})")  #: (in small letters: "de L'Arbresle" is "de" and a place)


def without_on_behalf(seg: Seg) -> Seg:
    """"On behalf of the Ukrainian Council of NSW" -> "Ukrainian Council of NSW"."""
    match = _ON_BEHALF.match(seg.text)
    return seg.cut(match.end()) if match else seg


def _strip_leading_jobs(text: str, jobs: frozenset[str]) -> str:
    tokens = text.split()
    i = 0
    while i < len(tokens) and (fold(tokens[i]).strip(",&") in jobs or tokens[i] in {"&", "and"}):
        i += 1
    return " ".join(tokens[i:]) if i < len(tokens) else ""


def _org_run(text: str) -> str | None:
    """A leading run of two capitalised words or more that ends with an organisation word ("Green
    Party spokesperson"; an organisation word alone names no body: "Program Lead")."""
    lexicon = load_lexicon()
    tokens = text.split()
    end = None
    for i, token in enumerate(tokens):
        if not (token[:1].isupper() or fold(token) in {"of", "for", "the", "and", "de", "du", "des"}):
            break
        if lexicon.is_org_word(token):
            end = i + 1
    return " ".join(tokens[:end]) if end and _ORG_RUN_WORDS <= end < len(tokens) else None


_ORG_RUN_WORDS = 2


def _organisation_entry(entry: Entry, known_initials: frozenset[str], acronym_first: bool = False,
                        acronym_last: bool = False) -> None:
    seg = entry.name
    pipe = seg.split(_PIPE)
    if len(pipe) > 1:
        entry.aliases.extend(p.text for p in pipe)
        return
    slash = seg.split(_SLASH)
    if len(slash) > 1 and all(country_index().is_region(part.text) for part in slash[1:]):
        slash = [seg]  # "Jubileo Sur / Américas": the region a body's chapter works in goes on its name
    if len(slash) > 1:
        entry.name = slash[0]
        entry.aliases.extend(p.text for p in slash[1:])
        return
    short = _short_form(seg, acronym_first)
    if short:
        entry.aliases.append(short[0].text)
        seg = short[1]
    entry.name = seg
    _trailing_parts(entry, has_short=short is not None, short_paren=bool(short and "(" in short[0].text),
                    known_initials=known_initials, acronym_last=acronym_last)


def _short_form(seg: Seg, acronym_first: bool = False) -> tuple[Seg, Seg] | None:
    """Split "ACR Native name (...)" into the short form and the rest, when the short form
    abbreviates or repeats the rest ("ORC Organisation Révolutionnaire du Congo", "Krasnyj Klin
    Gruppa ... „Krasnyj Klin“", "Chinese Communists (MLM) Chinese Communists (...)")."""
    text = seg.text
    depths = bracket_depths(text)
    boundaries = [m.start() for m in re.finditer(r"\s+(?=\S)", text) if depths[m.start()] == 0]
    acronym_cut, repeat_cut = None, None
    for cut in boundaries[:5]:
        # "NUT, National Union of Teachers", "ORC – Organisation Révolutionnaire du Congo"
        short, rest = seg.cut(0, cut).strip(" ,;:–—"), seg.cut(cut).strip(" –—")
        if rest.text.startswith("- "):  # "CUT - Central Única dos Trabalhadores"
            rest = rest.cut(2).strip()
        if not rest.text[:1].isupper() or country_index().lookup(rest.text):
            continue
        core = re.sub(r"\s*\([^)]*\)$", "", short.text)
        plain_rest = re.sub(r"[()\[\]]", " ", rest.text)
        if len(words(plain_rest)) < 2:
            continue
        marked = bool(re.search(r"[,;:–—]|\s-\s", text[short.end - seg.start : rest.start - seg.start])) or rest.text.endswith(")")
        if acronym_cut is None and is_acronym(core) and (
                _abbreviates(core, plain_rest, nearly=marked) and not _truncates(core, plain_rest)
                or acronym_first and cut == boundaries[0] and core.isupper()):
            acronym_cut = (short, rest)
        if not is_acronym(core) and len(core.split()) <= 3 and _repeats(core, rest.text):
            repeat_cut = (short, rest)  # the longest repeated head wins ("Krasnyj Klin", not "Krasnyj")
    return acronym_cut or repeat_cut


def _truncates(core: str, phrase: str) -> bool:
    """"UNI" before "Global Union": a word's first letters, not an acronym of the words after it
    (unless the letters are also the words' initials: "FO", "Force ouvrière")."""
    start = fold(core)
    return any(fold(word).startswith(start) for word in words(phrase)) and not _initials_in_order(core, phrase)


def _initials_in_order(acronym: str, phrase: str) -> bool:
    """Whether the acronym's letters are initials of the phrase's words, in order ("FO", "Force ouvrière")."""
    initials = iter(fold(word)[:1] for word in words(phrase))
    return all(letter in initials for letter in fold(acronym) if letter.isalnum())


_NEAR_ACRONYM = 4  #: letters an acronym needs before one of them may go unmatched


def _abbreviates(acronym: str, phrase: str, nearly: bool) -> bool:
    """``acronym`` abbreviates ``phrase``; ``nearly``: or would but for one letter, which an acronym
    marked off from its name by a comma or dash, or followed by a translation, may carry (an
    acronym of the name in another language: "MLPD, Marxist-Leninist Party of Germany",
    "KSRD Komunistická strana Rakúska (…)")."""
    if initials_match(acronym, phrase):
        return True
    letters = [c for c in acronym if c.isalnum()]
    if not nearly or len(letters) < _NEAR_ACRONYM or not acronym.isupper():
        return False
    return any(initials_match("".join(letters[:i] + letters[i + 1 :]), phrase) for i in range(len(letters)))


def _repeats(core: str, rest: str) -> bool:
    head, tail = fold(core), fold(rest)
    if len(tail.split()) < len(head.split()) + 2:
        return False
    return tail.startswith(head + " ") or (len(head) > 6 and re.search(rf"(?<!\w){re.escape(head)}(?!\w)", tail) is not None)


def trailing_paren(seg: Seg) -> tuple[Seg, Seg] | None:
    """(the whole trailing "( ... )" group, its content) when ``seg`` ends with one."""
    text = seg.text.rstrip()
    if not text.endswith(")"):
        return None
    depth = 0
    for i in range(len(text) - 1, -1, -1):
        if text[i] == ")":
            depth += 1
        elif text[i] == "(":
            depth -= 1
            if depth == 0:
                return seg.cut(i, len(text)), seg.cut(i + 1, len(text) - 1).strip()
    return None


def _trailing_parts(entry: Entry, has_short: bool, short_paren: bool, known_initials: frozenset[str],
                    acronym_last: bool = False) -> None:
    """Classify the parentheses and suffixes at the end of an organisation's name."""
    seg = _drop_lower_tail(entry.name)
    seg = _drop_qualifier_after_paren(seg)
    parens: list[tuple[Seg, Seg]] = []
    while True:
        paren = trailing_paren(seg)
        if not paren or paren[0].start == seg.start:
            break
        parens.append(paren)
        seg = seg.cut(0, paren[0].start - seg.start).strip(" -–")
    parens.reverse()  # in reading order; seg is now the text before them all
    name = seg
    for index, (group, content) in enumerate(parens):
        last = index == len(parens) - 1
        short_and_country = _short_name_and_country(content.text)
        if short_and_country is not None:  # "Confédération générale du travail (CGT, France)", "(Roma, Italia)"
            short, code = short_and_country
            entry.aliases.extend([short] if short else [])
            entry.country = entry.country or code
            continue
        verdict = _classify_paren(content.text, seg.text, has_short, short_paren and index == 0, last, known_initials)
        if verdict == "translation":
            gloss = _GLOSS.search(content.text)
            if gloss:
                entry.aliases.append(gloss.group(1))
                content = content.cut(0, gloss.start())
            native = _join(name, parens[:index])
            if englishness(native.text) > englishness(content.text) + 0.2:
                entry.aliases.append(content.text)  # the parenthesis translates an English name
            else:
                entry.aliases.append(native.text)
                name = content
        elif verdict == "acronym":
            entry.aliases.append(content.text)
        elif verdict == "description":
            entry.country = entry.country or country_in_name(content.text)
        elif verdict == "place":
            codes = settlement(content.text) or frozenset()
            entry.country = entry.country or (next(iter(codes)) if len(codes) == 1 else None)
        elif verdict == "alias":
            entry.aliases.append(content.text)
        elif verdict == "part" and name.end <= group.start:
            name = entry.name.cut(name.start - entry.name.start, group.end - entry.name.start)
    entry.name = _trailing_acronym(entry, name.strip(" -–,"), acronym_last)


def _short_name_and_country(content: str) -> tuple[str, str] | None:
    """"CGT, France", "Unite, UK": a parenthesis that gives the body's short name (one word, or
    an acronym) and then its country: the name and the country's code; a town of that country
    and the country ("Roma, Italia"): no name, the code."""
    parts = [part.strip() for part in content.split(",")]
    if len(parts) != 2 or not parts[0][:1].isupper():
        return None
    code = country_index().lookup(parts[1])
    if code is None or country_index().lookup(parts[0]):
        return None
    town = settlement(parts[0])
    if town:
        return ("", code) if code in town else None
    if " " in parts[0] and not is_acronym(parts[0].replace(" ", "")):
        return None
    return parts[0], code


def _join(name: Seg, parens: list[tuple[Seg, Seg]]) -> Seg:
    return Seg(name.text, name.start) if not parens else name


def _drop_lower_tail(seg: Seg) -> Seg:
    """"Public Services International (PSI) global union federation" -> drop the description."""
    match = _LOWER_TAIL.search(seg.text)
    return seg.cut(0, match.start() + 1) if match else seg


def _drop_qualifier_after_paren(seg: Seg) -> Seg:
    """"DAWN (Development ...), Global South": once a parenthesis closes the name, a trailing
    ", Region" only locates it."""
    parts = seg.split(_COMMA)
    if len(parts) >= 2 and parts[-2].text.endswith(")") and len(parts[-1].text.split()) <= 3:
        return seg.cut(0, parts[-2].end - seg.start)
    return seg


def _classify_paren(
    content: str, before: str, has_short: bool, matches_short: bool, last: bool, known_initials: frozenset[str]
) -> str:
    tokens = content.split()
    if not tokens:
        return "part"
    capitalised = [t for t in tokens if t[:1].isupper()]
    if matches_short:
        return "part"
    if "," in content and len(capitalised) >= 2 and not has_short:
        return "qualifier"
    if fold(content) in load_lexicon().markers["name_qualifier"]:
        return "part"  # "(ML)": Marxist-Leninist, a qualifier of the name
    if last and not is_acronym(content.replace(" ", "")) and settlement(content):
        return "place"  # "Baobab Experience (Roma)", "ASGI (Torino)": where the body is, not its name
    stem = content.split("-")[0]  # "(Sindsep-DF)": a short name with its state after a hyphen
    if (len(tokens) == 1 and content[:1].isupper() and content.replace("-", "").isalpha() and content.count("-") <= 1
            and len(stem) >= 4 and initials_match(stem, before)):
        return "acronym"  # "(Andifes)", "(Fenaj)": a short name made of the name's initials
    if len(tokens) == 1 and content.islower() and content.isalpha() and small_letter_acronym(content, before):
        return "acronym"  # "Verbraucherzentrale Bundesverband (vzbv)": an acronym written in small letters
    if last and fold(content) in load_lexicon().markers["entry_status"]:
        return "description"  # "Caritas Europa (observer)": a word about the body's part in the text
    before_tokens = before.split()
    if (2 <= len(tokens) <= 3 and len(before_tokens) > len(tokens) + 1 and all(t[:1].isupper() for t in tokens)
            and fold(tokens[0]) == fold(before_tokens[0])):
        return "acronym"  # "Centro de Derechos Humanos … (Centro Prodh)": the body's short name
    if is_acronym(content.replace(" ", "")) and len(tokens) <= 2 and not (has_short and last and len(tokens) > 1):
        if initials_match(content, before) or content.replace(" ", "") not in known_initials:
            return "acronym"
        return "qualifier"
    if len(tokens) >= 2 and len(before_tokens) == 1 and is_acronym(before_tokens[0]) and initials_match(before_tokens[0], content):
        return "translation"  # "PAH (Plataforma de Afectados por la Hipoteca)": the acronym spelled out, small words and all
    lower = [t for t in tokens if t[:1].islower()]
    if len(tokens) >= 2 and len(lower) * 2 >= len(tokens):
        return "alias" if has_short and not last else "description"
    if has_short and last and len(tokens) >= 2:
        return "translation"
    if len(before_tokens) == 1 and (is_acronym(before_tokens[0]) or fold(tokens[0]) == "the"):
        return "translation"
    if last and len(tokens) >= 3 and len(capitalised) * 2 >= len(tokens) and before_tokens:
        return "translation"
    if has_short and not last:
        return "alias"
    return "part"


def _trailing_acronym(entry: Entry, name: Seg, acronym_last: bool = False) -> Seg:
    """"Name-ARASA", "Name, A. C. MEXFAM": a trailing acronym of the name is an alias; with
    ``acronym_last`` (the list's entries close with their acronyms), any word in capitals after
    a dash is."""
    two = _TRAILING_TWO_CAPS.search(name.text)
    if two and not country_index().names_a_place(two.group(1)) and len(name.text[: two.start()].split()) >= 2:
        entry.aliases.append(two.group(1))
        return name.cut(0, two.start()).strip(" ,-–")
    match = _TRAILING_ACR.search(name.text)
    if match and is_acronym(match.group(1)) and is_all_caps(match.group(1)):
        head = name.cut(0, match.start()).strip(" ,-–")
        dashed = acronym_last and bool(re.search(r"\s[-–—]\s*$", name.text[: match.start(1)]))
        if len(head.text.split()) >= 2 and (dashed or initials_match(match.group(1), head.text)):
            entry.aliases.append(match.group(1))
            return head
    return name


def _mine_descriptions(entry: Entry, descriptions: list[str]) -> None:
    """A table's description cell may say where the body is based or what it was called."""
    for text in descriptions:
        based = _DESCRIPTION_COUNTRY.search(text)
        if based and entry.country is None:
            entry.country = _first_country(based.group(1))
        formerly = _FORMERLY.search(text)
        if formerly:
            entry.aliases.append(formerly.group(1).strip())
        first = text.split(maxsplit=1)[0] if text.split() else ""
        if is_acronym(first) and initials_match(first, entry.label):
            entry.aliases.append(first.strip(".,"))


def _first_country(text: str) -> str | None:
    hits = [hit for hit in country_index().find(text) if not hit.demonym]
    return hits[0].code if hits else None


def _alias_country(entry: Entry) -> str | None:
    for alias in entry.aliases:
        code = country_in_name(alias)
        if code:
            return code
    return None


def _unique(items: list[str]) -> list[str]:
    seen, out = set(), []
    for item in items:
        key = fold(item)
        if item and key not in seen:
            seen.add(key)
            out.append(item)
    return out
