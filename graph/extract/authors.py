"""Bylines: who wrote the text ("Author: X", a name over the date line, a blog author's
name heading the page, a credit line "Da Página do MST", "This statement by X")."""

from __future__ import annotations

import functools
import itertools
import re

from ..model import Author, Span
from ._text import Line, Seg, fold, is_all_caps
from .cues import _name_after
from .dates import is_date_cue, is_date_line, parse_dates
from .entries import is_job, parse_entry
from .layout import header_end
from .lexicon import load_lexicon
from .names import ARTICLES, kind_of, looks_like_organisation, person_name_score, split_person_name

_STATEMENT_BY = re.compile(r"\b(?:this|the)\s+(?:statement|article|text|declaration|appeal|letter)\s+by\s+", re.IGNORECASE)


def extract_authors(lines: list[Line], stop: int) -> list[Author]:
    """Every byline, each once."""
    end = header_end(lines)
    authors: list[Author] = []
    for finder in (_metadata, _top_name, _over_date, _credit, _dated_byline):
        authors.extend(finder(lines, end))
    authors.extend(_statement_by(lines, stop))
    authors.extend(_dash_signature(lines, stop))
    unique: dict[str, Author] = {}
    for author in authors:
        unique.setdefault(fold(author.name), author)
    return list(unique.values())


def _author(seg: Seg, rule: str) -> Author:
    _, bare, _ = split_person_name(seg.text)
    offset = seg.text.find(bare)
    if offset >= 0 and bare:
        seg = seg.cut(offset, offset + len(bare))
    kind = kind_of(seg.text)
    return Author(seg.text, kind, Span(seg.start, seg.end), rule)


def _metadata(lines: list[Line], end: int) -> list[Author]:
    keys = load_lexicon().markers["meta_author"]
    # "Author: X"; a key of several words needs no colon: "Written by X", "Verfasst von X"
    pattern = re.compile(rf"^(?:(?:{'|'.join(map(re.escape, keys))})\s*:\s*|(?:{'|'.join(re.escape(k) for k in keys if ' ' in k)})\s+(?=\S))",
                         re.IGNORECASE)
    found = []
    for line in lines[: end + 1]:
        match = pattern.match(fold(line.text))
        if match and line.text[:1].isupper():
            value = line.seg.cut(len(line.text) - len(line.text[match.end() :].lstrip())).strip()
            value = _before_its_date(value)  # "Posted by Jane Doe on 12 May 2023"
            if value.text and len(value.text.split()) <= 6:
                found.extend(_authors(value, "authors.metadata"))
    return found


def _top_name(lines: list[Line], end: int) -> list[Author]:
    """A blog post whose first line is its author's name."""
    first = next((line for line in lines[:end] if not line.blank), None)
    if first is not None and person_name_score(first.text) == 2 and len(first.text.split()) <= 4:
        return [_author(first.seg, "authors.top_line")]
    return []


def _over_date(lines: list[Line], end: int) -> list[Author]:
    """A name on the line just above a date line."""
    credits = load_lexicon().markers["credit"]
    found = []
    content = [line for line in lines[: end + 1] if not line.blank]
    for line, following in itertools.pairwise(content):
        name = line.seg
        first, _, rest = name.text.partition(" ")
        if fold(first) in credits and rest[:1].isupper():
            name = name.cut(len(first)).strip()  # "By Jane Doe" over the date: the name is "Jane Doe"
        head = name.text.split(",")[0]
        if head != name.text and person_name_score(head) == 2:
            name = name.cut(0, len(head))  # "By Sarah Jones, Reuters": the writer, then the outlet
        if is_date_line(following.text) and person_name_score(name.text) == 2 and len(name.text.split()) <= 4:
            found.append(_author(name, "authors.over_date"))
    return found


def _credit(lines: list[Line], end: int) -> list[Author]:
    """"Da Página do MST", "From the ICOR": a short credit line in the header."""
    credits = load_lexicon().markers["credit"]
    found = []
    for line in lines[:end]:
        tokens = line.text.split()
        article = len(tokens) >= 3 and tokens[1].islower() and tokens[1] in ARTICLES  # "by the International Bureau"
        # (a body's name may be longer: "By the Executive Committee of the International Socialist League")
        body = len(tokens) > _CREDIT_WORDS + article and not parse_dates(line.text) and looks_like_organisation(line.text)
        longest = _CREDIT_WORDS + article + (_BODY_CREDIT_WORDS if body else 0)
        if 2 <= len(tokens) <= longest and fold(tokens[0]) in credits and tokens[1 + article][:1].isupper():
            name = line.seg.cut(len(tokens[0])).strip()
            name = name.cut(len(tokens[1])).strip() if article else name
            name = _before_its_date(name)  # "Von Anna Müller | 12.03.2024"
            names = _authors(name, "authors.credit")
            if len(names) > 1:
                found.extend(names)  # "Par Marie Dupont et Jean Martin"
                continue
            entry = parse_entry(name)
            if entry is not None:
                found.append(_author(entry.name, "authors.credit"))
    return found


_CREDIT_WORDS = 6  #: words of a credit line ("From the ICOR")
_BODY_CREDIT_WORDS = 6  #: more words it may have when it credits a body


_BYLINE_WORDS = 5  #: words an author's name on a dated line may have


def _dated_byline(lines: list[Line], end: int) -> list[Author]:
    """A header line that dates the text and names its author: "Posted on July 20, 2021 by Maria
    Santos", "By Maria Santos on July 20, 2021", "Publié le 3 mai 2022 par Jean Dupont"."""
    found: list[Author] = []
    for line in lines[: end + 1]:
        name = None if line.blank else dated_byline(line.seg)
        if name is None:
            continue
        names = _authors(name, "authors.dated_byline") if name.text else []
        if len(names) > 1:
            found.extend(names)  # "By Maria Gonzalez and Tom Baker | 21 May 2021"
        elif name.text and len(name.text.split()) <= _BYLINE_WORDS and (person_name_score(name.text) >= 1 or looks_like_organisation(name.text)):
            found.append(_author(name, "authors.dated_byline"))
    return found


def dated_byline(line: Seg) -> Seg | None:
    """Who a line that dates the text and names its writer names ("Posted on July 20, 2021 by
    Maria Santos" -> "Maria Santos"); None for any other line."""
    dates = parse_dates(line.text)
    if len(dates) != 1 or len(line.text.split()) > _DATED_BYLINE_WORDS:
        return None
    by = _byline_word()
    _, date_start, date_end = dates[0]
    separators = len(line.text[date_end:]) - len(line.text[date_end:].lstrip(" ,·•|–—-"))  # "July 20, 2021, by …", "… · By …"
    after = by.match(line.text, date_end + separators)
    before = by.match(line.text)
    if after:
        name = line.cut(after.end())
    elif before and before.end() < date_start:
        name = line.cut(before.end(), date_start)
        head, comma, cue = name.text.rpartition(",")
        if comma and is_date_cue(cue):  # "Par Jean-Pierre Lefèvre, publié le 5 mars 2024"
            name = name.cut(0, len(head))
        name = name.cut(0, _before_date_particles(name.text))
    else:
        return None
    return name.strip(" .,;|–—")


_DATED_BYLINE_WORDS = 16


def _authors(name: Seg, rule: str) -> list[Author]:
    """The persons a byline names: several joined by commas and "and" ("Marie Dupont et Jean
    Martin"), each a person's name; one, without the office after a comma ("John Smith, Policy
    Director")."""
    names = name.split(_and_pattern())
    if names and any(is_job(word) for word in names[-1].text.split()[-1:]) and "," in name.text:
        names = names[:-1]  # the office after the name
    if len(names) > 1 and all(len(n.text.split()) <= _BYLINE_WORDS and person_name_score(n.text) >= 1 for n in names):
        return [_author(n, rule) for n in names]
    return [_author(names[0] if len(names) == 1 else name, rule)]


@functools.cache
def _and_pattern() -> re.Pattern[str]:
    """A comma, or a word that joins the last of several names (data: and_word markers)."""
    words = "|".join(re.escape(w) for w in sorted(load_lexicon().markers["and_word"], key=len, reverse=True))
    return re.compile(rf",|(?<!\S)(?:{words})(?!\S)", re.IGNORECASE)


@functools.cache
def _byline_word() -> re.Pattern[str]:
    """"by", "par", "von" … (data: byline markers), before a name."""
    words = "|".join(re.escape(w) for w in sorted(load_lexicon().markers["byline"], key=len, reverse=True))
    return re.compile(rf"(?<![\w])(?:{words})\s+", re.IGNORECASE)


def _before_its_date(name: Seg) -> Seg:
    """A byline's name without the date after it ("Jane Doe on 12 May 2023" -> "Jane Doe")."""
    dated = parse_dates(name.text)
    if not dated or dated[0][1] == 0:
        return name
    return name.cut(0, _before_date_particles(name.text[: dated[0][1]])).strip()


def _before_date_particles(text: str) -> int:
    """Where "Maria Santos on " ends as a name: without the separators and the words a date
    may have before it ("on", "le", "am")."""
    particles = load_lexicon().markers["date_particle"]
    while True:
        text = text.rstrip(" ,|–—-")
        head, _, last = text.rpartition(" ")
        if not head or fold(last) not in particles:
            return len(text)
        text = head


def _statement_by(lines: list[Line], stop: int) -> list[Author]:
    found = []
    for line in lines[:stop]:
        if is_all_caps(line.text):
            continue
        for match in _STATEMENT_BY.finditer(line.text):
            name = _name_after(line.seg.cut(match.end()))
            if name is None:
                continue
            entry = parse_entry(name, inline=True)
            if entry is not None:
                found.append(Author(entry.label, entry.kind, entry.name.span, "authors.statement_by"))
    return found


#: an em or en dash, or two hyphens (one hyphen is a Markdown bullet)
_DASH_SIGNATURE = re.compile(r"^(?:[—–]|--)[ \t]*(?=\S)")


def _dash_signature(lines: list[Line], stop: int) -> list[Author]:
    """"— Maria Santos, Health Workers Network": a writer's name after a dash on the last line
    of the text (an op-ed's or a blog post's signature)."""
    content = (line for line in reversed(lines[:stop]) if not line.blank)
    last, before = next(content, None), next(content, None)
    dash = _DASH_SIGNATURE.match(last.text) if last is not None else None
    if last is None or dash is None or before is not None and _DASH_SIGNATURE.match(before.text):
        return []  # (a list of lines each after a dash is a list)
    name = last.seg.cut(dash.end())
    head = name.text.split(",")[0].strip()
    if len(head.split()) > _BYLINE_WORDS or person_name_score(head) != 2:
        return []
    return [_author(name.cut(0, len(head)), "authors.dash_signature")]
