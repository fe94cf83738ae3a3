"""Blocks of entries after a cue: collect the lines, undo two-column layouts, and read
signature blocks ("Name / Title, Organisation") apart from plain lists."""

from __future__ import annotations

import dataclasses
import functools
import itertools
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from ..model import Identifier, Span
from ._text import Line, Seg, fold, words
from .contacts import identifiers_in, identifies, is_contact_line, is_postal_address
from .countries import code_column, country_in_name, country_index, country_of_code
from .entries import (
    Entry,
    before_dash,
    closes_with_acronym,
    closes_with_bracketed_acronym,
    is_markdown_link,
    is_table_header,
    leading_capitals,
    opens_with_acronym,
    parse_entry,
    strip_marker,
    trailing_capitals,
    without_on_behalf,
)
from .lexicon import load_lexicon
from .names import looks_like_organisation, person_name_score, split_person_name

_MARKED = re.compile(r"^(?:[•●○▪■◦·►▸\-–—*+]\s|\(?\d{1,4}[.)\]]\s|\d{1,4}\t)")
_FOOTNOTE = re.compile(r"^\[\d{1,3}\]")
_GAP = re.compile(r"\S(\s{3,})\S")


@dataclass
class Item:
    """An entry found in the document, with the role and rule that put it there."""

    entry: Entry
    role: str
    rule: str
    position: int | None = None
    pieces: list[Seg] = field(default_factory=list)  #: for names broken across lines
    repeats: list[Span] = field(default_factory=list)  #: the entries of the same party merged into this one


def is_marked(text: str) -> bool:
    """A bulleted or numbered line."""
    return bool(_MARKED.match(text))


def starts_with(folded_line: str, phrases: tuple[str, ...]) -> bool:
    """True when the line opens with one of the phrases as whole words ("signed", "signed:",
    "signed by" open with "signed"; "signedness" does not)."""
    return _opening(phrases).match(folded_line) is not None


@functools.lru_cache(maxsize=64)
def _opening(phrases: tuple[str, ...]) -> re.Pattern[str]:
    whole = [p for p in phrases if p[-1:].isalnum()]  # must end at a space, ':', ',' or the line's end
    open_ended = [p for p in phrases if p and not p[-1:].isalnum()]  # "e.g." may run on
    parts = []
    if whole:
        parts.append(f"(?:{'|'.join(re.escape(p) for p in sorted(whole, key=len, reverse=True))})(?:[ :,]|$)")
    if open_ended:
        parts.append(f"(?:{'|'.join(re.escape(p) for p in sorted(open_ended, key=len, reverse=True))})")
    return re.compile("|".join(parts) or "(?!)")


def is_stop_line(text: str) -> bool:
    folded = fold(text)
    markers = load_lexicon().markers
    return (bool(_FOOTNOTE.match(text)) or starts_with(folded, markers["stop"]) or starts_with(folded, markers["boilerplate"])
            or folded.strip(" :") in markers["stop_heading"])  # "Notes" over the footnotes


def is_list_line(text: str) -> bool:
    """One line holding a comma-separated list of short names (or one of three or more names
    separated by semicolons: "Attac Deutschland; BUND; IPPNW Deutschland")."""
    parts = [p for p in text.split(",") if p.strip()]
    by_semicolon = [p for p in text.split(";") if p.strip()]
    if len(by_semicolon) >= 3 and len(by_semicolon) >= len(parts):
        parts = by_semicolon
    if len(parts) < 4 and not (parts is by_semicolon and len(parts) >= 3):
        return False
    lengths = [len(p.split()) for p in parts]
    return max(lengths) <= 12 and sum(lengths) / len(lengths) <= 6


def is_prose(text: str) -> bool:
    """A sentence or paragraph of running text, not a list entry."""
    n = len(text.split())
    if is_list_line(text) or ("\t" in text and n < 120):
        return False
    if is_marked(text):
        return n > 60
    if n >= 25:
        return True
    return n >= 10 and text.rstrip()[-1:] in ".!?" and len(text.rstrip(".!? ").split()[-1]) > 3


_SECTION_WORDS = 4  #: a line this short after a numbered list may head a section of plain entries ("Individuals")


@functools.cache
def page_number() -> re.Pattern[str]:
    """"Page 2 of 2", "Seite 3": a page's number (folded), which a text from a PDF keeps."""
    words = "|".join(map(re.escape, load_lexicon().markers["page"]))
    return re.compile(rf"(?<!\w)(?:{words})\s+\d{{1,4}}(?:\s*(?:of|von|de|di|z|з|из|/)\s*\d{{1,4}})?(?!\w)")


def collect_block(lines: list[Line], start: int, limit: int, loose: bool = False) -> list[Line]:
    """The entry lines from ``start`` up to ``limit``: stops at prose, a footnote or a stop
    marker; a page's number between them is none ("Page 2 of 2")."""
    block: list[Line] = []
    after_blank = after_page = False
    for position, line in enumerate(lines[start:limit], start):
        if line.blank or page_number().fullmatch(fold(line.text)):
            after_blank = True
            after_page = after_page or not line.blank
            continue
        if after_page and _repeats_an_earlier_line(line, lines[:start]):
            continue  # "Page 1 of 2", then the page's running header: the title again, not an entry
        after_page = False
        if is_stop_line(line.text) or is_prose(line.text):
            break
        if after_blank and len(block) >= 2 and all(is_marked(b.text) for b in block) and not is_marked(line.text):
            following = next((other for other in lines[position + 1 : limit] if not other.blank), None)
            if following is None or not is_marked(following.text) and len(line.text.split()) > _SECTION_WORDS:
                break  # a numbered list, a blank line, then a line of another kind: the page's footer, not an entry
        if block and after_blank and line.text.rstrip()[-1:] in {"!", "?"} and not is_marked(line.text):
            break  # "Hands off the right to strike!" in a paragraph of its own under the list: a slogan, not a name
        if block and after_blank and _footer_line(line.text):
            break  # "Digital Rights Network · Rue Belliard 12, 1040 Brussels · info@drn.eu": the page's footer
        after_blank = False
        if loose and not block and not is_marked(line.text):
            if is_list_line(line.text):  # "The following organisations have signed this statement" over "A, B, C and D."
                return [line]
            if not is_table_header(line.text):  # ("Organisation   Country   Website" over a table)
                break  # a loose heading counts only when a list follows: bulleted, numbered, in one line or a table
        block.append(line)
    return block


def _repeats_an_earlier_line(line: Line, earlier: list[Line]) -> bool:
    folded = fold(line.text.strip())
    return any(fold(other.text.strip()) == folded for other in earlier if not other.blank)


_FOOTER_SEPARATOR = re.compile(r"(?<!\s)\s+[·|•]\s+")


def _footer_line(text: str) -> bool:
    """A site's or a letter's footer in one line: parts set apart by "·" or "|", one of them an
    e-mail address, a phone number or a web site, another a postal address."""
    parts = _FOOTER_SEPARATOR.split(text)
    return len(parts) >= 3 and bool(identifiers_in(text)) and any(is_postal_address(part) for part in parts)


def virtual_groups(block: list[Line], lines: list[Line]) -> list[list[Seg]]:
    """The block as groups of line pieces: paragraphs, and in a two-column layout each
    column of each paragraph, read column after column."""
    paragraphs: list[list[Line]] = []
    for line in block:
        if paragraphs and line.index == paragraphs[-1][-1].index + 1:
            paragraphs[-1].append(line)
        else:
            paragraphs.append([line])
    cells = _tab_columns(block)
    if cells is not None:  # "Access Now\t\tEuropean Digital Rights (EDRi)": two columns set apart by tabs
        return [column for paragraph in paragraphs
                for column in ([cells[line.index][0].strip() for line in paragraph],
                               [cell.strip() for line in paragraph for cell in cells[line.index][1:2]]) if column]
    boundary = _column_boundary(block)
    if boundary is None:
        return [[line.seg for line in paragraph] for paragraph in paragraphs]
    groups: list[list[Seg]] = []
    for paragraph in paragraphs:
        columns: dict[int, list[Seg]] = {0: [], 1: []}
        for line in paragraph:
            line_start = line.seg.start - line.indent
            for piece in _pieces(line.seg):
                columns[0 if piece.start - line_start < boundary - 2 else 1].append(piece)
        groups.extend(column for column in (columns[0], columns[1]) if column)
    return groups


_TAB_GAP = re.compile(r"(?<![ \t])[ ]*\t[\t ]*\t[ ]*")


def _tab_columns(block: list[Line]) -> dict[int, list[Seg]] | None:
    """Each line's cells, by line index, when the block's lines are two columns of names set apart
    by two tabs or more (not a table of a name and its country: those are read row by row); else None."""
    if not any("\t" in line.text for line in block):
        return None
    rows = {line.index: line.seg.split(_TAB_GAP) for line in block}
    two = [row for row in rows.values() if len(row) == 2]
    if len(two) < 2 or any(len(row) > 2 for row in rows.values()) or any(country_index().lookup(row[1].text) for row in two):
        return None
    return rows


def _pieces(seg: Seg) -> list[Seg]:
    out, last = [], 0
    for match in re.finditer(r"\s{3,}", seg.text):
        out.append(seg.cut(last, match.start()))
        last = match.end()
    out.append(seg.cut(last))
    return [p.strip() for p in out if p.text.strip()]


def _column_boundary(block: list[Line]) -> int | None:
    rows = [_pieces(line.seg) for line in block]
    two = [r for r in rows if len(r) == 2]
    if two and sum(1 for r in two if country_index().lookup(r[1].text)) * 5 >= len(two) * 3:
        return None  # a table of names and countries: read it row by row, not column by column
    offsets: Counter[int] = Counter()
    for line in block:
        line_start = line.seg.start - line.indent
        for piece in _pieces(line.seg)[1:]:
            offsets[piece.start - line_start] += 1
    if sum(offsets.values()) < 2:
        return None
    return offsets.most_common(1)[0][0]


def parse_block(
    block: list[Line], lines: list[Line], role: str, rule: str, known_initials: frozenset[str], kind: str | None = None
) -> list[Item]:
    """Entries of a block: a signature block when names are followed by office lines,
    otherwise a list (a single line of many commas is split as an inline list). ``kind``: what
    the heading over the block says its entries are ("Organisations:"), for names that could be either."""
    block = [line for line in block if not _signing_for(line.text)]
    groups = virtual_groups(block, lines)
    if any(_has_signature(group) for group in groups):
        return _signature_items(groups, role, rule, known_initials)
    pieces = [seg for group in groups for seg in group]
    if len(pieces) == 1 and is_list_line(pieces[0].text):
        from .inline import split_inline

        return list_items(split_inline(pieces[0]), role, rule, known_initials, inline=True, kind=kind)
    return list_items(pieces, role, rule, known_initials, continued=_wrapped(block, pieces), kind=kind)


_UNIT_WORDS = 2  #: words of the unit a signer signs for ("den Vorstand", "the Executive Committee")


def _signing_for(text: str) -> bool:
    """"Für den Vorstand", "For the Board,", "On behalf of the Executive Committee,": the unit the
    person below signs for, in small letters or a word or two; no entry of its own."""
    words = text.split()
    if not words or len(words) > _UNIT_WORDS + _SIGNING_FOR_WORDS:
        return False
    formula = _signing_formula().match(fold(text.strip(" ,:")))
    return formula is not None and 0 < len(text.strip(" ,:").split()) - len(formula.group().split()) <= _UNIT_WORDS


@functools.cache
def _signing_formula() -> re.Pattern[str]:
    phrases = sorted(load_lexicon().markers["signing_for"], key=len, reverse=True)
    return re.compile(rf"(?:{'|'.join(map(re.escape, phrases))})(?= )")


_SIGNING_FOR_WORDS = 4  #: words of the longest signing formula ("on behalf of the")


def _wrapped(block: list[Line], pieces: list[Seg]) -> dict[int, list[Seg]]:
    """Entries of a numbered or bulleted list that run on over indented lines ("1. Coordinating
    Committee of the … Network of Human Rights / ␣␣␣Defenders in Central and Eastern Europe"):
    the index of each such entry's first piece, with the lines that carry it on."""
    if sum(is_marked(p.text) for p in pieces) * 2 <= len(pieces):
        return {}
    line_of = {line.seg.start: line for line in block}
    continued: dict[int, list[Seg]] = {}
    head: int | None = None
    for index, piece in enumerate(pieces):
        line = line_of.get(piece.start)
        if line is None or piece.end != line.seg.end:
            return {}  # a column layout: its pieces are not whole lines
        if is_marked(piece.text):
            head = index
            continue
        above = line_of.get(pieces[index - 1].start) if index else None
        first = line_of.get(pieces[head].start) if head is not None else None
        if head is None or above is None or first is None or line.index != above.index + 1 or line.indent <= first.indent:
            head = None
            continue
        continued.setdefault(head, []).append(piece)
    return continued


def list_items(
    pieces: list[Seg], role: str, rule: str, known_initials: frozenset[str], inline: bool = False,
    continued: dict[int, list[Seg]] | None = None, kind: str | None = None,
) -> list[Item]:
    """Parse each piece as an entry; contact lines attach to the entry above them; ``continued``:
    the lines that carry on an entry broken across lines, by the index of its first piece;
    ``kind``: what a heading says the entries are (else the list's own names tell)."""
    continued = continued or {}
    carried = {id(seg) for segs in continued.values() for seg in segs}
    marked = sum(is_marked(p.text) for p in pieces)
    prior = _header_prior(pieces) or _list_prior(pieces)
    with_contacts: bool | None = None  #: whether the list has contact lines (found out when first needed)
    with_addresses: bool | None = None  #: whether it has mail or web addresses (idem)
    items: list[Item] = []
    below = -1  #: where the lines that belong to the entry above (its address, its contacts) end so far
    heading_country: str | None = None  #: the country a sub-heading names, for the entries below it
    heading_kind = kind  #: what the last heading of one kind ("Organisations:", "Individuals:") says they are
    countries_below = set() if inline else _countries_closing_paragraphs(pieces)
    for index, piece in enumerate(pieces):
        previous, text = pieces[index - 1] if index else None, piece.text
        if not inline and _is_contact(text, items):
            if items:
                _attach(items[-1].entry, identifiers_in(text))
                below = piece.end
            continue
        under = items and previous is not None and piece.start - previous.end <= 1 and previous.end in (items[-1].entry.whole.end, below)
        bracketed = country_index().lookup(text[1:-1]) if text.startswith("(") and text.endswith(")") else None
        if not inline and under and bracketed:  # "Legal Resources Centre / (South Africa)": the country of the entry above
            items[-1].entry.country = items[-1].entry.country or bracketed
            below = piece.end
            continue
        if not inline and under and index in countries_below:  # "Arab Network for Human Rights Information / Egypt"
            items[-1].entry.country = items[-1].entry.country or country_index().lookup(text)
            below = piece.end
            continue
        if not inline and under and not is_marked(text) and (_is_place(text) or is_postal_address(text)):
            if with_contacts is None:
                with_contacts = any(is_contact_line(p.text) for p in pieces)
            if with_contacts:  # "London, UK", "21 ter rue Voltaire, 75011 Paris" under an entry with contact lines
                items[-1].entry.country = items[-1].entry.country or country_index().lookup(text.rsplit(",", 1)[-1])
                below = piece.end
                continue
        address = identifiers_in(text) if not inline and under and " " not in text.strip() else []
        if address and with_addresses is None:
            with_addresses = any(("@" in other.text or "www." in other.text) and is_contact_line(other.text) for other in pieces)
        if address and with_addresses:
            # "rev.org.ua" right under "Sotsialnyi Rukh" in a list whose entries carry contacts (mail
            # or web addresses; a bare domain alone, "350.org", may be a name)
            _attach(items[-1].entry, address)
            below = piece.end
            continue
        if id(piece) in carried:
            continue
        if (group := signer_kind(text)) is not None:
            heading_kind = group
            continue
        if _is_subheading(text, marked * 2 > len(pieces)):
            heading_country = country_index().lookup(text.rstrip(" :"))  # "ARGENTINA" over its parties
            continue
        led = None if inline else _country_led_list(piece)
        if led is not None:  # "ARGENTINA: Partido Obrero, Movimiento Socialista de los Trabajadores, …"
            from .inline import split_inline

            for part in split_inline(led[1]):
                entry = parse_entry(part, inline=True, prior=prior, known_initials=known_initials)
                if entry is not None:
                    if entry.kind == "organisation" and entry.country is None:
                        entry.country = led[0]
                    items.append(Item(entry, role, rule, position=len(items) + 1))
            continue
        if index in continued:
            items.extend(_wrapped_item(piece, continued[index], role, rule, prior, known_initials, len(items) + 1))
            below = continued[index][-1].end
            continue
        entry = parse_entry(piece, inline=inline, prior=heading_kind or prior, known_initials=known_initials)
        if entry is not None:
            if entry.kind == "organisation" and entry.country is None:
                entry.country = heading_country
            items.append(Item(entry, role, rule, position=len(items) + 1))
    _acronym_column(items, prior, known_initials, inline)
    _code_column(items)
    return items


_ACRONYM_COLUMN = 2  #: entries that must open with their acronym before the others' leading capitals are theirs


def _acronym_column(items: list[Item], prior: str | None, known_initials: frozenset[str], inline: bool = False) -> None:
    """In a list whose entries open with their acronym ("ORC Organisation Révolutionnaire du
    Congo") or close with it after a dash ("Movimento dos Atingidos por Barragens – MAB"), an
    entry of that shape whose word in capitals the rule for one entry did not take as an acronym
    (one in another language, "KSRD Kommunistische Partei der Slowakei"; one that skips words,
    "Movimento dos Trabalhadores Rurais Sem Terra – MST") is read the same way as the rest."""
    for has, shaped, flag in ((opens_with_acronym, leading_capitals, "acronym_first"),
                              (closes_with_acronym, trailing_capitals, "acronym_last")):
        done = {id(item) for item in items if has(item.entry)}
        # (entries that close with their acronyms, after a dash or in brackets: "… do Brasil – APIB", "… Terra (CPT)")
        closing = len(done) + (sum(closes_with_bracketed_acronym(item.entry) for item in items) if flag == "acronym_last" else 0)
        if (not done or closing < _ACRONYM_COLUMN or closing * 2 < len(items)) and not _all_shaped(items, shaped):
            continue
        for index, item in enumerate(items):
            entry = item.entry
            if item.pieces or id(item) in done or entry.kind != "organisation" or not shaped(entry.whole.text):
                continue
            if flag == "acronym_last" and "(" in entry.whole.text:
                continue  # "Sindicato dos Trabalhadores em Educação (Sinte) – SC": its acronym is in the brackets
            again = parse_entry(entry.whole, inline=inline, prior=prior, known_initials=known_initials, **{flag: True})
            if again is not None and has(again):
                items[index] = dataclasses.replace(item, entry=again)


_CODE_TAIL = re.compile(r"\(([A-Z]{2})\)[\s.,;]*$")  #: "Bits of Freedom (NL)": a two-letter code closing an entry


def signer_kind(text: str) -> str | None:
    """"organisation" or "person" for a line that heads the signers of one kind below it
    ("Organisations:", "Individuals", "Einzelpersonen:"), else None."""
    key, markers = fold(text.strip(" :*#")), load_lexicon().markers
    return "organisation" if key in markers["organisation_group"] else "person" if key in markers["person_group"] else None


def _code_column(items: list[Item]) -> None:
    """In a list whose entries close with two-letter codes in brackets that abbreviate none of
    their names ("Bits of Freedom (NL)", "epicenter.works (AT)", "… (EU)"), the codes read
    together say what they are (``countries.code_column``): countries' codes give each entry its
    country, US states' codes the United States; either way a code is no acronym of its entry."""
    coded = [(item.entry, code) for item in items if (match := _CODE_TAIL.search(item.entry.whole.text))
             and not (country_of_code(code := match.group(1)) and _opens_two_words(code, item.entry.label))]
    countries = code_column([code for _, code in coded])
    if countries is None:
        return
    for entry, code in coded:
        entry.aliases = [alias for alias in entry.aliases if alias != code]
        entry.country = countries[code] or entry.country


def _opens_two_words(code: str, name: str) -> bool:
    """Whether the two letters of ``code`` open two words of ``name`` in order: "PS" in "Parti
    Socialiste", not "CA" in "… of California" (a word's further letters, which make a longer
    acronym, say nothing of two).

    >>> _opens_two_words("PS", "Parti Socialiste"), _opens_two_words("CA", "Alliance of California")
    (True, False)
    """
    initials = [word[0].upper() for word in name.split() if word[:1].isalpha()]
    return code[0] in initials and code[1] in initials[initials.index(code[0]) + 1 :]


_SHAPED_COLUMN = 3  #: entries that must all have the shape when few of their words in capitals abbreviate them


def _all_shaped(items: list[Item], shaped: Callable[[str], bool]) -> bool:
    """Whether every entry of a list of three or more has the shape, with words in capitals that
    name no place ("… Ensino Superior – ANDES-SN" on every line; not "… – GUATEMALA"): a column of
    acronyms even where few of them abbreviate their names word by word."""
    if len(items) < _SHAPED_COLUMN:
        return False
    for item in items:
        text = item.entry.whole.text.strip(" .;,")
        if item.entry.kind != "organisation" or not shaped(text):
            return False
        edge = text.split()[0] if shaped is leading_capitals else text.split()[-1].lstrip("-–—")
        if country_index().names_a_place(edge):
            return False
    return True


def _wrapped_item(first: Seg, rest: list[Seg], role: str, rule: str, prior: str | None, known_initials: frozenset[str],
                  position: int) -> list[Item]:
    """One entry printed over several lines: parsed as the lines joined by spaces; its span runs
    from where the name starts on the first line to the end of the last."""
    joined = Seg(_join_wrapped([first.text, *(seg.text for seg in rest)]), first.start)
    entry = parse_entry(joined, prior=prior, known_initials=known_initials)
    if entry is None or entry.name.start >= first.end:
        return []
    entry.display = entry.label
    entry.whole = Seg("", first.start)  # (the joined text is not the document's: the pieces give the span)
    return [Item(entry, role, rule, position=position, pieces=[first.cut(entry.name.start - first.start), *rest])]


def _join_wrapped(texts: list[str]) -> str:
    """Lines of one entry joined by spaces; a word hyphenated at a line's end is joined whole
    ("… in the Philip-" / "pines (ICHRP)" -> "… in the Philippines (ICHRP)")."""
    out = texts[0]
    for text in texts[1:]:
        split_word = len(out) >= 2 and out.endswith("-") and out[-2].isalpha() and text[:1].islower()
        out = out[:-1] + text if split_word else f"{out} {text}"
    return out


def _is_contact(text: str, items: list[Item]) -> bool:
    """A contact line; a bare domain counts only when it is the entry above's own
    ("movementforjustice.co.uk" under "Movement for Justice ..."), else it is a name."""
    if is_markdown_link(strip_marker(Seg(text, 0)).text):
        return False  # "* [epicenter.works](https://epicenter.works), Austria" is an entry
    return identifies(items[-1].entry.label if items else "", text)  # (no entry above: a bare domain is a name)


def _is_place(text: str) -> bool:
    """"London, UK" under an entry of a list with contact lines: where the entry above is, not an
    entry (a place of one or two words, no organisation's, then a country)."""
    place, comma, country = text.rpartition(",")
    if not comma or not country_index().lookup(country):
        return False
    tokens = place.split()
    return 1 <= len(tokens) <= 2 and all(t[:1].isupper() for t in tokens) and not looks_like_organisation(place)


_COUNTRY_LED = re.compile(r"([^:,;]{2,40}):[ \t]+(?=\S)")


def _country_led_list(piece: Seg) -> tuple[str, Seg] | None:
    """(the country, the names) of a line that names a country, then a colon, then several names
    set apart by commas ("BRASIL: Partido Socialismo e Liberdade (PSOL), Partido Comunista Brasileiro")."""
    if ":" not in piece.text:
        return None
    led = _COUNTRY_LED.match(strip_marker(piece).text)
    if led is None:
        return None
    code = country_index().lookup(led.group(1))
    rest = strip_marker(piece).cut(led.end())
    return (code, rest) if code and "," in rest.text else None


def _countries_closing_paragraphs(pieces: list[Seg]) -> set[int]:
    """The pieces that are a bare country closing a paragraph right under a name, when the list is
    made of such pairs ("African Centre for Justice and Peace Studies / Uganda", a blank line,
    "Arab Network … / Egypt"): each names the country of the entry above it, not a heading for
    the entries below. Empty unless every bare country of two or more is placed so."""
    countries = [i for i, piece in enumerate(pieces) if country_index().lookup(piece.text.strip(" :"))]
    if len(countries) < _PAIRED_COUNTRIES:
        return set()
    for i in countries:
        joined_above = i > 0 and pieces[i].start - pieces[i - 1].end <= 1
        closes = i == len(pieces) - 1 or pieces[i + 1].start - pieces[i].end > 1
        if not (joined_above and closes):
            return set()
    return set(countries)


_PAIRED_COUNTRIES = 2


def _header_prior(pieces: list[Seg]) -> str | None:
    """"Organisation    Country" over a table: its rows name organisations ("Fair Trials    United
    Kingdom" is no person)."""
    if not pieces or not is_table_header(pieces[0].text) or len(_pieces(pieces[0])) < 2:
        return None  # (one word over the rows is a section heading: "Individuals:")
    lexicon = load_lexicon()
    return "organisation" if any(lexicon.is_org_word(word) for word in words(pieces[0].text)) else None


def _list_prior(pieces: list[Seg]) -> str | None:
    """What most entries of the list are, judged by the names that leave no doubt."""
    votes: Counter[str] = Counter()
    for piece in pieces:
        text = strip_marker(piece).text
        head = before_dash(text.split(",")[0])  # "Joseph Stiglitz — Columbia University (USA)": the name
        if looks_like_organisation(split_person_name(head)[1]):
            votes["organisation"] += 1
        elif person_name_score(head) == 2 or (person_name_score(head) == 1 and "," in text):
            votes["person"] += 1
    if not votes:
        return None
    kind, count = votes.most_common(1)[0]
    return kind if count * 3 >= 2 * sum(votes.values()) else None


def _is_subheading(text: str, list_is_marked: bool) -> bool:
    if is_marked(text) or "\t" in text:
        return False
    stripped = text.rstrip(" :")
    if country_index().lookup(stripped) or country_index().is_region(stripped):
        return True  # "France", "LATIN AMERICA": the entries below are from there
    marker, _, town = stripped.partition(" ")
    if town and fold(marker) in load_lexicon().markers["town_marker"]:
        return True  # "м. Київ": a town
    if text.rstrip().endswith(":") and len(text.split()) <= 6:
        return True
    return list_is_marked and len(words(text)) <= 4 and not any(c.isdigit() for c in text)


def _attach(entry: Entry, identifiers: list[Identifier]) -> None:
    entry.identifiers.extend(identifiers)


# -- signature blocks -------------------------------------------------------------------------


#: words between an office and its organisation ("President of the", "Presidenta de la", "Vorsitzende des")
_OFFICE_LINKS = frozenset({"of", "the", "de", "la", "le", "du", "des", "del", "della", "dei", "di", "do", "da", "dos", "das",
                           "der", "von", "l'", "d'", "at"})


_OFFICE_WORDS = 3  #: words of an office whose job word comes last ("Senior Policy Lead")


def _title_split(seg: Seg) -> tuple[str, Seg | None] | None:
    """("President", Seg("Ukrainian Community of")) for an office line, else None."""
    jobs = load_lexicon().person_words["job"]
    tokens = list(re.finditer(r"[^\s,]+", seg.text))
    end = 0
    for n in range(min(3, len(tokens)), 0, -1):
        phrase = fold(" ".join(t.group() for t in tokens[:n]))
        if phrase in jobs:
            end = tokens[n - 1].end()
            break
    head, comma, _ = seg.text.partition(",")
    if not end and comma and 2 <= len(head.split()) <= _OFFICE_WORDS and fold(head.split()[-1]) in jobs:
        return head, seg.cut(len(head) + 1).strip(" ,:-–") or None  # "Policy Lead, WWF-UK": the job word last
    if not end and comma and _named_chair(head):  # "Edward Said Professor of Modern Arab Studies, Columbia University"
        return head, seg.cut(len(head) + 1).strip(" ,:-–") or None
    if not end:
        return None
    following = [t for t in tokens if t.start() >= end]
    office_parts = load_lexicon().person_words.get("office_part", frozenset())
    linked = False  # "President of …": an office of a body, not an honorific before a name
    for token in following:  # "Secrétaire général de la CGT", "Голова правління ГО …", "Vorsitzende des DGB"
        word = fold(token.group())
        if word in jobs or word in _OFFICE_LINKS or word in office_parts:
            end, linked = token.end(), linked or word in _OFFICE_LINKS
            continue
        break
    rest = seg.cut(end).strip(" ,:-–")
    named = rest.text.split(",")[0].strip()  # ("Rabbi Jonathan Wittenberg, Masorti Judaism")
    if (named and not linked and "," not in seg.text[:end + 1] and person_name_score(named) >= 1
            and not looks_like_organisation(named)):
        return None  # "Professor Ariadne Vromen": an honorific before a name, not an office
    return seg.text[:end], (rest if rest.text else None)


_CHAIR_WORDS = 8  #: words of a named chair before the comma ("Edward Said Professor of Modern Arab Studies")


def _named_chair(head: str) -> bool:
    """Whether ``head`` is an academic post named after someone or a field: an academic word
    followed by "of" or "in", within a few words ("… Professor of Modern Arab Studies")."""
    words = [fold(w) for w in head.split()]
    return len(words) <= _CHAIR_WORDS and any(
        word in _academic_words() and following in ("of", "in") for word, following in itertools.pairwise(words))


def _academic(office: str) -> bool:
    """Whether an office names an academic post ("Distinguished Professor", "Lecturer in Law")."""
    return any(fold(word) in _academic_words() for word in re.findall(r"[^\W\d_]+", office))


def _academic_words() -> frozenset[str]:
    """The words of academic posts (data: person_words, academic)."""
    return load_lexicon().person_words.get("academic", frozenset())


def _has_signature(group: list[Seg]) -> bool:
    for before, line in itertools.pairwise(group):
        if _title_split(line) and not _title_split(before) and person_name_score(before.text.strip(" ,")) >= 1:
            return True
    return False


def _signature_items(groups: list[list[Seg]], role: str, rule: str, known_initials: frozenset[str]) -> list[Item]:
    items: list[Item] = []
    alone: Item | None = None  #: a body named in a paragraph of its own ("UKRAINIAN WORLD CONGRESS", a blank line)
    for group in groups:
        found = _signature_group(group, role, rule, known_initials)
        first = found[0] if found else None
        if alone is not None and first is not None and first.entry.kind == "person" and first.entry.affiliation is None:
            first.entry.affiliation = alone.entry.label  # "ORGANISATION / (blank) / Name / Title": the body it signs for
        alone = found[0] if len(found) == 1 and found[0].entry.kind == "organisation" else None
        items.extend(found)
    for position, item in enumerate(items, 1):
        item.position = position
    return items


def _signature_group(group: list[Seg], role: str, rule: str, known_initials: frozenset[str]) -> list[Item]:
    kinds = ["contact" if is_contact_line(s.text) else "title" if _title_split(s) else "name" for s in group]
    items: list[Item] = []
    person: Item | None = None
    pieces: list[Seg] | None = None
    academic = False  #: whether the office of ``pieces`` is an academic post
    previous_org: Item | None = None
    for index, (seg, kind) in enumerate(zip(group, kinds, strict=True)):
        if kind == "contact":
            if items:
                _attach(items[-1].entry, identifiers_in(seg.text))
            continue
        if kind == "title":
            _close_org(items, pieces, person, rule, academic)
            split = _title_split(seg)
            pieces = [split[1]] if split and split[1] else None
            academic = split is not None and _academic(split[0])
            continue
        if pieces is not None and _continues(pieces[-1].text, seg.text):
            pieces.append(seg)  # the office's organisation runs on over the next line
            continue
        next_is_title = index + 1 < len(kinds) and kinds[index + 1] == "title"
        under_office = bool(index) and kinds[index - 1] == "title" and person is not None and person.entry.affiliation is None
        # "Jonas Nilsson / Policy Officer / Red Cross Sweden": the body under an office, though it reads like a name
        body_under_office = under_office and not next_is_title and (looks_like_organisation(seg.text) or bool(country_in_name(seg.text)))
        if not body_under_office and (next_is_title or person_name_score(seg.text.strip(" ,")) == 2):
            person = _person_item(seg, rule, previous_org)
            items.append(person)
            continue
        entry = parse_entry(without_on_behalf(seg), known_initials=known_initials)
        if entry is not None:
            if body_under_office:
                entry.kind, entry.affiliation = "organisation", None
            org = Item(entry, "issuer" if entry.kind == "organisation" else role, rule)
            items.append(org)
            if index and kinds[index - 1] == "title" and person is not None and person.entry.affiliation is None:
                person.entry.affiliation = entry.label  # "Name / Title / Organisation": the body of the person above
                previous_org = None
            else:
                previous_org = org  # "ORGANISATION / Name / Title": the body of the person below
    _close_org(items, pieces, person, rule, academic)
    return items


def _continues(previous: str, text: str) -> bool:
    """A line that carries on the organisation named on the office line above it."""
    if "," in text or person_name_score(text.strip(" ,")) == 2 or len(text.split()) > 6:
        return False
    last = previous.split()[-1].lower() if previous.split() else ""
    return last in {"of", "in", "for", "the", "and", "de", "du", "des", "für", "der"} or not text.isascii() or len(text.split()) <= 3


def _person_item(seg: Seg, rule: str, previous_org: Item | None) -> Item:
    clean = seg.strip(" ,")
    head, comma, office = clean.text.partition(",")
    if comma and _title_split(Seg(office.strip(), 0)):
        clean = clean.cut(0, len(head)).strip()  # "Andrew Mencinsky, President": the name before the office
    honorific, bare, postnominal = split_person_name(clean.text)
    offset = clean.text.find(bare)
    name = clean.cut(offset, offset + len(bare)) if offset >= 0 else clean
    entry = Entry(whole=clean, name=name, kind="person")
    if name.text != clean.text:
        entry.aliases.append(clean.text)
    if previous_org is not None:
        entry.affiliation = previous_org.entry.label
    return Item(entry, "signatory", rule + ".person")


def _close_org(items: list[Item], pieces: list[Seg] | None, person: Item | None, rule: str, academic: bool = False) -> None:
    """The body named on an office line: the affiliation of the person above it and, unless the
    office is an academic post (``academic``: the university where the person works), a party
    that signs through that person."""
    if not pieces:
        return
    display = " ".join(p.text for p in pieces)
    span = Seg(display, pieces[0].start)  # spans use the pieces; this Seg only carries the joined name
    entry = Entry(whole=span, name=span, kind="organisation", display=display)
    entry.country = None
    if person is not None and person.entry.affiliation is None:
        person.entry.affiliation = display
    if not academic or person is None:
        items.append(Item(entry, "issuer", rule + ".office", pieces=list(pieces)))
    pieces.clear()
