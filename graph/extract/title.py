"""The document's own title or headline."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from ..model import Span, Title
from ._text import Line, Seg, fold, is_all_caps, main_script
from .authors import dated_byline
from .blocks import is_list_line, is_marked, page_number, starts_with
from .contacts import is_contact_line
from .countries import country_index
from .cues import issuer_phrases
from .dates import ends_with_date, is_dating_line, parse_dates
from .entries import is_disclaimer, is_table_header
from .layout import header_end
from .lexicon import document_nouns, load_lexicon
from .names import looks_like_organisation, person_name_score, split_person_name

#: a headline may list a few things ("Letter on Trade, Investment, Digitalization, Climate Issues in …");
#: a line of this many commas lists names
_LIST_COMMAS = 5
_PLACEHOLDER = re.compile(r"\[[^\[\]]{1,80}\]")  #: a line wholly in square brackets
_KEY_VALUE = re.compile(r"^([^\W\d_][\w-]{0,20}(?: [\w-]{1,20})?)\s*:\s+\S")


def extract_title(lines: list[Line], stop: int, entries: Sequence[Span] = ()) -> Title | None:
    """The headline (see ``_headline``); a title stated in the page's metadata ("Title: …")
    when the text itself shows none but a sentence."""
    found = _headline(lines, stop, entries)
    if found is None or found.text.rstrip().endswith("."):
        return _stated_title(lines[: header_end(lines) + 1]) or found
    return found


def _headline(lines: list[Line], stop: int, entries: Sequence[Span] = ()) -> Title | None:
    """The headline: a page title restated in full later on, a first line followed by a date
    line, else the longest heading in the header, else a banner in capitals. A line that is a
    signatory's entry (``entries``) is none ("Socialist Party (Ireland)" under "Signatories")."""
    script = main_script(" ".join(line.text for line in lines[:stop]))
    end = header_end(lines)
    addressed = _inside_address(lines, end)
    candidates = [line for line in lines[:end]  # (nor a note on the list: "*Organizations listed for identification only")
                  if _is_heading(line.text, script) and not _in_entries(line, entries) and not _is_byline(line.text)
                  and not is_disclaimer(line.text) and line.index not in addressed and not _credit_line(line.text)]
    # a word alone that says what the text is ("Comunicado", "ЗАЯВА"): the title when no heading is better
    noun = next((line for line in lines[:end] if document_nouns().fullmatch(fold(line.text.strip(" .:#")))), None)
    if candidates:
        first = candidates[0]
        restated = _restated(first, lines, stop, script)
        if restated:
            return _title(restated, "title.restated", lines)
        following = _next_nonblank(lines, first.index)
        while following is not None and _is_byline(following.text):  # "Autor: Luis Fernández" between title and date
            following = _next_nonblank(lines, following.index)
        if following is not None and is_dating_line(following.text):
            if noun is not None and noun.index == first.index - 1 and first.text[:1].islower():
                return _title(noun, "title.before_date", lines)  # "ДЕКЛАРАЦІЯ" / "учасників форуму …" over the date
            headline = _headline_after_date(first, following, candidates)
            if headline is not None:
                return _title(headline, "title.after_date", lines)
            return _title(first, "title.before_date", lines)
        # a headline ends without a full stop ("We demand that water remains a public good." is a
        # sentence); a slogan below the first heading is the text's cry, not its title ("Обращение к
        # президенту" over "Свободу политзаключённым!")
        def rank(line: Line) -> tuple[bool, bool, bool, int]:
            end = line.text.rstrip()[-1:]
            addressed = _addresses(line.text)  # "A la opinión pública …", "an Bundeskanzler Olaf Scholz"
            return end != ".", not addressed, end != "!" or line is first, len(line.text)

        best = max(candidates, key=rank)
        # only a sentence, or a line that addresses the letter ("ЗВЕРНЕННЯ" over "до Президента України"),
        # or a line in small letters that goes on the noun right above it ("ДЕКЛАРАЦІЯ" / "учасників форуму …")
        goes_on = noun is not None and noun.index == best.index - 1 and best.text[:1].islower()
        if noun is not None and noun.index < best.index and (not (rank(best)[0] and rank(best)[1]) or goes_on):
            return _title(noun, "title.document_noun", lines)
        return _title(best, "title.longest_heading", lines)
    banner = next((line for line in lines[:stop] if _is_banner(line.text)), None)
    if banner is None and noun is not None:
        return _title(noun, "title.document_noun", lines)
    return _title(banner, "title.banner", lines) if banner else None


def _credit_line(text: str) -> bool:
    """"Issued by the Global Campaign to Return to Palestine", "Published by X": a line that opens
    with an issuer's phrase, which credits a body (not "Statement by X", which says what the
    text is: a document noun opens it)."""
    folded = fold(text)
    return issuer_phrases().match(folded) is not None and not document_nouns().match(folded)


_ADDRESS_LINES = 3  #: lines of a paragraph that is a letter's inside address with no place in it


def _inside_address(lines: list[Line], end: int) -> set[int]:
    """The lines of a letter's inside address: the paragraphs right above its salutation ("The
    Right Honourable Justin Trudeau / Prime Minister of Canada / Ottawa, Ontario" over "Dear Prime
    Minister,"): paragraphs of two lines or more, with no date, that have three lines, end with a
    place or open with a styled person. They name who the letter goes to; a one-line paragraph there
    may be the headline."""
    salutations = load_lexicon().markers["salutation"]
    salutation = next((line for line in lines[: end + 1] if starts_with(fold(line.text), salutations)), None)
    found: set[int] = set()
    index = salutation.index if salutation else 0
    while index > 0:
        paragraph: list[Line] = []
        index -= 1
        while index >= 0 and lines[index].blank and not paragraph:
            index -= 1
        while index >= 0 and not lines[index].blank:
            paragraph.append(lines[index])
            index -= 1
        if (len(paragraph) < 2 or any(is_dating_line(line.text) for line in paragraph)
                or len(paragraph) < _ADDRESS_LINES and not _a_place_line(paragraph[0].text)
                and not _styled_addressee(paragraph[-1].text)):
            break
        found.update(line.index for line in paragraph)
    return found


def _styled_addressee(text: str) -> bool:
    """"The Right Honourable Justin Trudeau", "Hon. Mélanie Joly", "Herrn Olaf Scholz": a person
    as a letter's inside address styles them (data: ``markers address_style``, person words)."""
    return starts_with(fold(text), load_lexicon().markers["address_style"]) or bool(split_person_name(text)[0])


def _a_place_line(text: str) -> bool:
    """"Ottawa, Ontario", "Canberra ACT 2600", "Berlin": a line of an address that names a place
    (a subdivision or a country, alone or after a comma) or gives a postcode beside a name."""
    if _POSTCODE.search(text) and any(word[:1].isupper() for word in text.split()):
        return True
    index = country_index()
    return any(index.place(piece) is not None or index.lookup(piece) is not None for piece in text.split(","))


_POSTCODE = re.compile(r"(?<![\d.,:/-])\d{4,5}(?![\d.,:/-])")


def _stated_title(header: list[Line]) -> Title | None:
    """"Title: Solidarity with the dockers": a page's metadata that names its title."""
    for line in header:
        match = _KEY_VALUE.match(line.text)
        if match and fold(match.group(1)) in load_lexicon().markers["title_key"]:
            value = line.seg.cut(line.text.index(":") + 1).strip().strip("\"'")
            if value.text:
                return Title(value.text, Span(value.start, value.end), "title.metadata")
    return None


def _headline_after_date(first: Line, date: Line, candidates: list[Line]) -> Line | None:
    """"Communiqué de presse" / "Paris, le 3 juin 2024" / "Loi immigration : les associations
    saisissent …": over the date stands only what the text is; the headline comes after it."""
    if not document_nouns().fullmatch(fold(first.text.strip(" .:#"))):
        return None
    after = next((line for line in candidates if line.index > date.index), None)
    if after is None or after.text.rstrip().endswith(".") or len(after.text.split()) < _HEADLINE_MIN_WORDS:
        return None
    return after


_HEADLINE_MIN_WORDS = 3


def _addresses(text: str) -> bool:
    """Whether a line addresses the letter: "A la opinión pública …", "До Президента України", or a
    line in small letters that opens with a word of address ("an Bundeskanzler Olaf Scholz")."""
    markers = load_lexicon().markers
    first = text.split(None, 1)[:1]
    return starts_with(fold(text), markers["addressee"]) or (text[:1].islower() and bool(first)
                                                             and fold(first[0]) in markers["addressee_word"])


def _in_entries(line: Line, entries: Sequence[Span]) -> bool:
    return any(span.start < line.seg.end and line.seg.start < span.end for span in entries)


def _title(line: Line, rule: str, lines: list[Line]) -> Title:
    seg = line.seg.strip("#").strip() if line.text.startswith("#") else line.seg  # a Markdown heading's marks
    following = lines[line.index + 1] if line.index + 1 < len(lines) else None
    if following is not None and not following.blank and _runs_on(seg.text, following.text):
        # a headline wrapped over two lines: "… HUMAN RIGHTS DEFEND-" / "ERS IN THE PHILIPPINES"
        joined = seg.text[:-1] + following.text if seg.text.endswith("-") else f"{seg.text} {following.text}"
        return Title(joined, Span(seg.start, following.seg.end), rule)
    return Title(seg.text, Span(seg.start, seg.end), rule)


def _runs_on(text: str, following: str) -> bool:
    """Whether a headline goes on over the next line: a word cut by a hyphen, or a line that ends
    with no mark before one that opens in small letters."""
    hyphen = len(text) >= 2 and text.endswith("-") and text[-2].isalpha() and following[:1].isalpha()
    wrapped = text[-1:].isalnum() and following[:1].islower() and len(following.split()) <= _RUN_ON_WORDS
    return (hyphen or wrapped) and not is_dating_line(following)


_RUN_ON_WORDS = 12


_MENU_WORDS = 2  #: words of each item of a menu bar


def _site_furniture(text: str) -> bool:
    """A page's menu bar (three items or more of a word or two between bars) or its section
    label ("Statement | Amnesty International": what the page is, then the site's name)."""
    parts = [part.strip() for part in text.split(" | ")]
    if len(parts) >= 3 and all(0 < len(part.split()) <= _MENU_WORDS for part in parts):
        return True
    return len(parts) == 2 and bool(document_nouns().fullmatch(fold(parts[0])))


def _is_heading(text: str, script: str) -> bool:
    if not text or len(text) > 300 or is_marked(text) or is_contact_line(text) or is_table_header(text):
        return False  # (nor is a table's header row: "Organisation    Country")
    folded = fold(text)
    if starts_with(folded, load_lexicon().markers["nav"]) and len(text.split()) <= 4:
        return False
    if _site_furniture(text) or starts_with(folded, load_lexicon().markers["boilerplate"]):
        return False  # "Home | About | Campaigns | Contact", "Statement | Amnesty International", "Share this: …"
    if starts_with(folded, load_lexicon().markers["release"]):
        return False  # "FOR IMMEDIATE RELEASE": an instruction to editors
    if text.rstrip().endswith(",") and starts_with(folded, load_lexicon().markers["salutation"]):
        return False  # "Dear Minister Hansen,"
    if page_number().search(folded):
        return False  # "COALITION FOR FAIR TRADE      Page 1 of 2": a page's running header
    if _is_metadata(text) or text.rstrip().endswith(":") or (ends_with_date(text) and not _a_call_for_a_day(text)):
        return False
    if _PLACEHOLDER.fullmatch(text.strip()):
        return False  # "[UWC Letterhead]", "[Image: logo]": what stands in for a picture, not a headline
    dated = bool(parse_dates(text))
    if dated and len(text.split()) <= 8 and not _a_call_for_a_day(text):
        return False
    if dated and dated_byline(Seg(text, 0)):
        return False  # "Posted on 4 June 2024 by Campus Staff Network": who wrote it and when
    if is_list_line(text) and (text.count(";") >= 2 or text.count(",") >= _LIST_COMMAS):
        return False  # "Alternatiba ; Attac France ; Greenpeace France ; …": a list, not a headline
    if len(text.split()) < 2 or not any(c.islower() for c in text) and not is_all_caps(text):
        return False
    if main_script(text) != script or person_name_score(text) == 2:
        return False  # a byline ("Jane Doe"), not a headline; "Peace Now" may be either, and heads
    return not (text.rstrip()[-1:] == "." and len(text.split()) > 12)


_EVENT_WORDS = 2  #: words between a call's document noun and the day it names ("Aufruf zur Demonstration am")


def _a_call_for_a_day(text: str) -> bool:
    """A headline that opens with the kind of text it is and names the day it calls for:
    "Aufruf zur Demonstration am 3. Oktober 2024", "Appel à la grève du 5 décembre 2019"; not a
    dateline ("Berlin, den 3. Oktober 2024") nor the text's own date ("Statement of 18 December 2023")."""
    dates = parse_dates(text)
    if not dates:
        return False
    before = text[: dates[0][1]].rstrip()
    folded = fold(before)
    opening = document_nouns().match(folded)
    return opening is not None and not before.endswith(",") and len(folded[opening.end() :].split()) >= _EVENT_WORDS


def _is_metadata(text: str) -> bool:
    """"Date: 2024-01-22", "Category: Foundation": a page's key/value metadata line."""
    match = _KEY_VALUE.match(text)
    return match is not None and fold(match.group(1)) in load_lexicon().markers["meta"]


def _restated(first: Line, lines: list[Line], stop: int, script: str) -> Line | None:
    """A page title the body repeats in full ("X" -> "X of all U.S. troops from Iraq"), or
    repeats as a kicker ("X:") over the real headline."""
    key = fold(first.text).rstrip(" :")
    for line in lines[first.index + 1 : stop]:
        folded = fold(line.text)
        if folded.rstrip(" :") == key and line.text.rstrip().endswith(":"):
            following = _next_nonblank(lines, line.index)
            if following is not None and _is_heading(following.text, script):
                return following
        if folded.startswith(key + " ") and _is_heading(line.text, script) and len(line.text.split()) <= 25:
            return line
    return None


_BYLINE_WORDS = 8
_BODY_BYLINE_WORDS = 14  #: words of a byline that names a body ("By the Executive Committee of …")


def _is_byline(text: str) -> bool:
    """"Autor: Luis Fernández", "By Jane Doe", "Written by Maria Santos", "By the Executive Committee
    of the International Socialist League": a short line naming the writer, a person or a body."""
    folded = fold(text)
    markers = load_lexicon().markers
    if len(text.split()) > _BYLINE_WORDS:
        return (len(text.split()) <= _BODY_BYLINE_WORDS and starts_with(folded, markers["byline"])
                and looks_like_organisation(text.split(None, 1)[-1]))
    names = [name for name in _name_joins().split(text.split(None, 1)[-1]) if name]  # ("Par Marie Dupont et Jean Martin")
    return starts_with(folded, markers["meta_author"]) or (
        starts_with(folded, markers["byline"]) and bool(names) and all(person_name_score(name) >= 1 for name in names))


@functools.cache
def _name_joins() -> re.Pattern[str]:
    """A comma, or a word that joins the last of several names (and_word markers): the separators
    of a byline's names (authors._and_pattern reads the same words, case-insensitively)."""
    return re.compile(r",\s*|\s+(?:" + "|".join(map(re.escape, load_lexicon().markers["and_word"])) + r")\s+")


def _next_nonblank(lines: list[Line], index: int) -> Line | None:
    return next((line for line in lines[index + 1 :] if not line.blank), None)


def _is_banner(text: str) -> bool:
    return is_all_caps(text) and len(text.split()) >= 3 and not looks_like_organisation(text.lower())
