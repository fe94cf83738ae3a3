"""Dates that date the document: on a line of their own ("26.05.2024", "Brasília, 05 de
setembro de 2016"), after a dating word ("Written 2022.02.27, revised 2022.03.01",
"Status of the signatories 06.01.2025", "Date: 2024-01-22"), or opening a paragraph
("Mittwoch, 01. April 2020. Als ..."). Dates inside running text are not the document's.
Month and weekday names come from CLDR (Babel) for every language in ``LANGUAGES``.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass

from babel.dates import get_day_names, get_month_names

from ..model import DateMention, Span
from ._text import Line, fold, fold_with_map
from .layout import header_end
from .lexicon import load_lexicon, phrase_pattern

LANGUAGES = ("en", "fr", "de", "es", "it", "pt", "nl", "pl", "uk", "ru")
_YEAR = re.compile(r"(?:1[89]|20)\d\d")


@dataclass(frozen=True, slots=True)
class _Calendar:
    months: dict[str, int]
    pattern: re.Pattern[str]
    weekdays: frozenset[str]
    cue: re.Pattern[str]
    dated_document: re.Pattern[str]
    adopted: re.Pattern[str]  #: "adopted 12 January 2022": a header's date cue, not the body's
    adopted_start: re.Pattern[str]  #: the same cue opening a line ("Adopted at the General Assembly on …")


@functools.cache
def _calendar() -> _Calendar:
    months: dict[str, int] = {}
    weekdays: set[str] = set()
    for language in LANGUAGES:
        for width in ("wide", "abbreviated"):
            for context in ("format", "stand-alone"):
                for number, name in get_month_names(width, context, locale=language).items():
                    months.setdefault(fold(name).rstrip("."), number)
                weekdays.update(fold(n).rstrip(".") for n in get_day_names(width, context, locale=language).values())
    month = "|".join(re.escape(m) for m in sorted(months, key=len, reverse=True) if len(m) >= 3)
    day = r"(?P<d>[0-3]?\d)(?:st|nd|rd|th|er|º|°|o|-?го|-?е)?\.?"
    year = r"(?P<y>(?:1[89]|20)\d\d)"
    forms = [
        # (with the time of day an ISO 8601 stamp may carry: "2024-11-05T10:00:00Z")
        rf"(?P<iso>{year}-(?P<im>[01]?\d)-(?P<id>[0-3]?\d))(?:[Tt][0-2]\d:[0-5]\d(?::[0-5]\d(?:\.\d{{1,6}})?)?(?:[Zz]|[+-][0-2]\d:?[0-5]\d)?)?",
        r"(?P<ymd>(?P<y2>(?:1[89]|20)\d\d)[./](?P<m2>[01]?\d)[./](?P<d2>[0-3]?\d))(?!\d)",
        r"(?<![\d.])(?P<dmy>(?P<d3>[0-3]?\d)[./](?P<m3>[01]?\d)[./](?P<y3>(?:1[89]|20)\d\d))",
        rf"(?P<dmony>{day}\s+(?:de\s+|of\s+)?(?P<mon>{month})\.?,?\s+(?:de\s+|del\s+)?(?P<y4>(?:1[89]|20)\d\d))",
        rf"(?P<mondy>(?P<mon2>{month})\.?\s+(?P<d5>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?P<y5>(?:1[89]|20)\d\d))",
        rf"(?P<mony>(?P<mon3>{month})\.?,?\s+(?:de\s+)?(?P<y6>(?:1[89]|20)\d\d))",
    ]
    pattern = re.compile(rf"(?<!\w)(?:{'|'.join(forms)})(?!\w)")
    markers = load_lexicon().markers
    adopted = phrase_pattern(markers["adopted_cue"]).pattern
    return _Calendar(months, pattern, frozenset(weekdays), phrase_pattern(markers["date_cue"]), phrase_pattern(markers["dated_document"]),
                     re.compile(rf"(?:{adopted})\s*$"), re.compile(rf"(?:{adopted})\s"))


def is_date_cue(text: str) -> bool:
    """Whether ``text`` as a whole is a word a date follows ("published", "publié", "Stand")."""
    return _calendar().cue.fullmatch(fold(text.strip())) is not None


def is_month_name(word: str) -> bool:
    """A month's name in one of the calendar's languages ("July", "juillet", "липня")."""
    return fold(word).rstrip(".") in _calendar().months


def parse_dates(text: str) -> list[tuple[str, int, int]]:
    """Every date in ``text`` as (ISO value, start, end); invalid calendar dates are skipped.

    >>> [d[0] for d in parse_dates("Written 2022.02.27, revised 2022.03.01")]
    ['2022-02-27', '2022-03-01']
    >>> [d[0] for d in parse_dates("Brasília, 05 de setembro de 2016")]
    ['2016-09-05']
    """
    if not _YEAR.search(text):
        return []
    calendar = _calendar()
    folded, origin = fold_with_map(text)
    found = []
    for match in calendar.pattern.finditer(folded):
        value = _iso(match, calendar.months)
        if value:
            found.append((value, origin[match.start()], origin[match.end()]))
    return found


def _iso(match: re.Match[str], months: dict[str, int]) -> str | None:
    g = match.groupdict()
    if g["iso"]:
        return _valid(g["y"], g["im"], g["id"])
    if g["ymd"]:
        return _valid(g["y2"], g["m2"], g["d2"])
    if g["dmy"]:
        day, month = int(g["d3"]), int(g["m3"])
        return _valid(g["y3"], month, day) or _valid(g["y3"], day, month)
    if g["dmony"]:
        return _valid(g["y4"], months[g["mon"]], g["d"])
    if g["mondy"]:
        return _valid(g["y5"], months[g["mon2"]], g["d5"])
    if g["mony"]:
        return f"{int(g['y6']):04d}-{months[g['mon3']]:02d}"
    return None


def _valid(year: str | int, month: str | int, day: str | int) -> str | None:
    try:
        return dt.date(int(year), int(month), int(day)).isoformat()
    except ValueError:
        return None


def is_date_line(text: str) -> bool:
    """A line that is a date, maybe with a place or a weekday before it."""
    dates = parse_dates(text)
    if len(dates) != 1:
        return False
    _, start, end = dates[0]
    return _is_dateline_prefix(text[:start]) and _nothing_after(text[end:])


def _nothing_after(suffix: str) -> bool:
    """Only punctuation (or a year abbreviation such as "р.", "г.", "r.") follows the date."""
    return not re.search(r"\w", re.sub(r"^\s*(?:р|г|r|roku|року|года)\b\.?", "", suffix).strip(" .,"))


def _is_dateline_prefix(prefix: str) -> bool:
    """Nothing, a weekday, a dating word ("Published", "Posted on"), or a place or label ending in
    ',' / ':' ("Brasília, ", "Date: "), maybe with the word a dateline puts before its date
    ("Paris, le ", "Berlin, den ")."""
    tokens = re.findall(r"[^\W\d_]+", prefix)
    particles = load_lexicon().markers["date_particle"]
    if tokens and fold(tokens[-1]) in particles and re.search(r",\s*\S+\s*$", prefix):
        prefix, tokens = prefix[: prefix.rstrip().rfind(" ")], tokens[:-1]  # "Paris, le " -> "Paris,"
    if len(tokens) > 3 or re.search(r"\d", prefix):
        return False
    if is_date_cue(" ".join(tokens[:-1] if tokens and fold(tokens[-1]) in particles else tokens)):
        # "Published 20 September 2023", "Posted on 3 May 2024", "Stand: 06.01.2025"
        return True
    weekdays = _calendar().weekdays
    if all(fold(t) in weekdays for t in tokens):
        return True
    return prefix.rstrip().endswith((",", ":")) and all(t[:1].isupper() or fold(t) in weekdays for t in tokens)


def extract_dates(lines: list[Line], stop: int) -> list[DateMention]:
    """The document's own dates, in order of appearance, each once."""
    calendar = _calendar()
    header = header_end(lines)
    found: list[DateMention] = []
    for line in lines[:stop]:
        if line.blank or not re.search(r"\d{4}", line.text):
            continue
        for value, start, end in parse_dates(line.text):
            rule = _context(line.text, start, end, calendar)
            if rule is None and line.index < header and _closes_header_line(line.text, start, end):
                rule = "dates.header_line"
            if rule is None and line.index <= header and _adopted(fold(line.text[:start]), calendar, line.index < header):
                rule = "dates.adopted"  # "ICOR resolution, adopted 12 January 2022"
            if rule and value not in {d.value for d in found}:
                found.append(DateMention(value, Span(line.seg.start + start, line.seg.start + end), rule))
    return found


_ADOPTED_WORDS = 10  #: words between an opening "Adopted" and its date ("Adopted at the General Assembly on …")


def _adopted(before: str, calendar: _Calendar, in_header: bool) -> bool:
    """Whether the (folded) words before a date say it is when the text was adopted: the cue
    just before it in the header ("…, adopted 12 January 2022"), or opening the header's line
    or the first line after it a few words before it."""
    if in_header and calendar.adopted.search(before):
        return True
    opening = calendar.adopted_start.match(before)
    return opening is not None and len(before.split()) <= _ADOPTED_WORDS


def _context(text: str, start: int, end: int, calendar: _Calendar) -> str | None:
    prefix, suffix = text[:start], text[end:]
    if _is_dateline_prefix(prefix) and _nothing_after(suffix):
        return "dates.line"
    if _is_dateline_prefix(prefix) and re.match(r"\s*[.,]\s+\S", suffix) and len(re.findall(r"\w+", prefix)) <= 3:
        return "dates.paragraph_start"
    if prefix.rstrip().endswith(",") and _is_dateline_prefix(prefix) and _DATELINE_DASH.match(suffix):
        return "dates.dateline"  # "Kyiv, 3 February 2019 — The committee said today …"
    place = prefix.rstrip()
    if place.endswith(("—", "–", "-")) and _DATELINE_DASH.match(suffix):
        place = place.rstrip("—–-").rstrip()
        if place and _is_dateline_prefix(place + ","):
            return "dates.dateline"  # "WASHINGTON, D.C. — April 2, 2024 — A coalition …"
    folded_before = fold(prefix)
    if calendar.dated_document.fullmatch(folded_before.strip()):
        return "dates.cue"  # "Statement of 18 December 2023, …": the line opens with the document and its date
    words_before = folded_before.split()[-5:]
    if calendar.cue.search(" ".join(words_before)) and len(text.split()) <= 20:
        return "dates.cue"
    return None


_DATELINE_DASH = re.compile(r"(?<!\s)\s*(?:[—–]|--?)\s+\S")  #: (?<!\s): one try per run of spaces
_HEADER_LINE_WORDS = 12  #: a header line this short may end with its date ("ICOR statement, 1 May 2020")


def _closes_header_line(text: str, start: int, end: int) -> bool:
    """A short header line that ends with ", <date>" or "on <date>" ("Statement by the Committee,
    3 February 2019", "By Maria Santos on July 20, 2021"), or opens with its date before a
    separator ("July 20, 2021 | Peace Council")."""
    if len(text.split()) > _HEADER_LINE_WORDS or text.rstrip().endswith("?"):
        return False
    prefix = text[:start].rstrip()
    words = prefix.split()
    last = fold(words[-1]) if words else ""
    if _SENTENCE_BREAK.search(prefix) or (last in load_lexicon().markers["date_particle"] and len(words) >= 2
                                          and words[-2][:1].islower() and text.rstrip().endswith(".")):
        return False  # "We call for peace. The war began on 24 February 2022.": a sentence's date, not the text's
    if (prefix.endswith((",", "|", "–", "—")) or last in load_lexicon().markers["date_particle"]) and prefix and _nothing_after(text[end:]):
        return True
    return not prefix and _HEADER_SEPARATOR.match(text, end) is not None


_SENTENCE_BREAK = re.compile(r"[a-z]{2}[.!?]\s+[A-Z]")  #: one sentence ends, another starts
_HEADER_SEPARATOR = re.compile(r"(?<!\s)\s*[|•·–—]\s")  #: (?<!\s): one try per run of spaces


def ends_with_date(text: str) -> bool:
    """A short line that closes with ", <date>" ("Statement by the Committee, 3 February 2019"):
    a byline or dateline, not a headline."""
    dates = parse_dates(text)
    return bool(dates) and _closes_header_line(text, dates[-1][1], dates[-1][2])


def is_dating_line(text: str) -> bool:
    """A date line, or a short line that dates the document ("Published 5 June 2021")."""
    if is_date_line(text):
        return True
    if len(text.split()) > 8:
        return False
    calendar = _calendar()
    return any(_context(text, start, end, calendar) for _, start, end in parse_dates(text))
