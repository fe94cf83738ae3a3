"""Text helpers shared by the extractors: lines and segments that remember their offsets.

Every piece of text an extractor handles is a ``Seg``: a string plus the offset where it
starts in the document, so any sub-piece can report an exact span.
"""

from __future__ import annotations

import bisect
import itertools
import re
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from ..model import Span

_WORD = re.compile(r"[^\W_]+(?:['’\-.][^\W_]+)*", re.UNICODE)


@dataclass(frozen=True, slots=True)
class Seg:
    """A piece of the document: ``text`` starts at offset ``start``."""

    text: str
    start: int

    @property
    def end(self) -> int:
        return self.start + len(self.text)

    @property
    def span(self) -> Span:
        return Span(self.start, self.end)

    def cut(self, i: int, j: int | None = None) -> Seg:
        """The sub-segment ``text[i:j]`` with its own offset."""
        j = len(self.text) if j is None else j
        return Seg(self.text[i:j], self.start + i)

    def strip(self, chars: str | None = None) -> Seg:
        """Strip ``chars`` (default: white space) from both ends, keeping offsets right."""
        left = len(self.text) - len(self.text.lstrip(chars))
        right = len(self.text.rstrip(chars))
        return self.cut(left, max(left, right))

    def split(self, pattern: re.Pattern[str], top_level: bool = True) -> list[Seg]:
        """Split at matches of ``pattern`` (outside brackets when ``top_level``); parts stripped."""
        depths = bracket_depths(self.text) if top_level else None
        parts, last = [], 0
        for match in pattern.finditer(self.text):
            if depths is not None and depths[match.start()] > 0:
                continue
            parts.append(self.cut(last, match.start()).strip())
            last = match.end()
        parts.append(self.cut(last).strip())
        return [part for part in parts if part.text]

    def __bool__(self) -> bool:
        return bool(self.text)


@dataclass(frozen=True, slots=True)
class Line:
    """One line of the document; ``seg`` is the line without surrounding white space."""

    index: int
    seg: Seg
    indent: int

    @property
    def text(self) -> str:
        return self.seg.text

    @property
    def blank(self) -> bool:
        return not self.seg.text


def lines_of(text: str) -> list[Line]:
    """Every line of ``text`` (blank ones too), stripped, with offsets."""
    lines = []
    offset = 0
    for index, raw_text in enumerate(text.split("\n")):
        raw = Seg(raw_text, offset)
        lines.append(Line(index, raw.strip(), len(raw_text) - len(raw_text.lstrip())))
        offset += len(raw_text) + 1
    return lines


def paragraphs_of(lines: list[Line]) -> list[list[Line]]:
    """Runs of non-blank lines."""
    paragraphs: list[list[Line]] = []
    current: list[Line] = []
    for line in lines:
        if line.blank:
            if current:
                paragraphs.append(current)
            current = []
        else:
            current.append(line)
    if current:
        paragraphs.append(current)
    return paragraphs


def bracket_depths(text: str) -> list[int]:
    """Nesting depth of () and [] at every character (the bracket itself counts as inside)."""
    if "(" not in text and "[" not in text:
        return [0] * len(text)
    depths, depth = [], 0
    for char in text:
        if char in "([":
            depth += 1
            depths.append(depth)
        elif char in ")]":
            depths.append(depth)
            depth = max(0, depth - 1)
        else:
            depths.append(depth)
    return depths


def words(text: str) -> list[str]:
    """Word tokens (letters and digits, keeping inner apostrophes, hyphens and dots)."""
    return _WORD.findall(text)


def word_spans(text: str) -> Iterator[re.Match[str]]:
    return _WORD.finditer(text)


def fold(text: str) -> str:
    """Lower case without accents: the comparison form for cue phrases and names."""
    if text.isascii():
        return text.lower()
    return text.translate(_FOLD)


class _FoldTable(dict[int, str]):
    """``str.translate`` table that folds one character at a time (NFKD, combining marks
    dropped, casefold), filled on first sight of each character; ``irregular`` holds the
    characters whose folded form is not exactly one character long."""

    def __init__(self) -> None:
        super().__init__()
        self.irregular: set[str] = set()

    def __missing__(self, code: int) -> str:
        char = chr(code)
        decomposed = unicodedata.normalize("NFKD", char)
        piece = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
        if len(piece) != 1:
            self.irregular.add(char)
        self[code] = piece
        return piece


_FOLD = _FoldTable()


def is_capitalised(word: str) -> bool:
    """True for a word that starts with an upper-case letter (any script) or a digit."""
    return bool(word) and (word[0].isupper() or word[0].isdigit())


def upper_count(word: str) -> int:
    return sum(1 for c in word if c.isupper())


def is_all_caps(text: str) -> bool:
    """True when the letters of ``text`` are all upper case (and there are at least two)."""
    if not text.isupper():  # cheap test first: a cased letter that is not upper case
        return False
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def letters_ratio(text: str) -> float:
    return sum(c.isalpha() for c in text) / len(text) if text else 0.0


_SCRIPTS = {
    "latin": re.compile(r"[A-Za-z\u00c0-\u024f]"),
    "cyrillic": re.compile(r"[\u0400-\u04ff]"),
    "greek": re.compile(r"[\u0370-\u03ff]"),
    "arabic": re.compile(r"[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]"),
    "hebrew": re.compile(r"[\u0590-\u05ff]"),
    "cjk": re.compile(r"[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]"),
}


def main_script(text: str) -> str:
    """The dominant script of the letters in ``text``: 'latin', 'cyrillic', 'arabic', ... ."""
    sample = text[:5000]
    if sample.isascii():
        return "latin"
    counts = {name: len(pattern.findall(sample)) for name, pattern in _SCRIPTS.items()}
    best = max(counts, key=lambda s: counts[s])
    return best if counts[best] else "latin"


def fold_with_map(text: str) -> tuple[str, Sequence[int]]:
    """``fold(text)`` plus, for every folded character, the index of the original character
    it came from, so a match in folded text maps back to exact offsets ("ﬁ" folds to two)."""
    if text.isascii():
        return text.lower(), range(len(text) + 1)
    folded = text.translate(_FOLD)
    if _FOLD.irregular.isdisjoint(text):  # every character folded to exactly one
        return folded, range(len(text) + 1)
    offsets: list[int] = []
    for index, char in enumerate(text):
        offsets.extend([index] * len(_FOLD[ord(char)]))
    offsets.append(len(text))
    return folded, offsets


def lines_matching(lines: list[Line], pattern: re.Pattern[str]) -> set[int]:
    """Indexes of the lines where ``pattern`` matches their folded text: one pass over the
    whole block instead of one search per line."""
    if not lines:
        return set()
    text = "\n".join(line.text for line in lines)
    folded = fold(text)
    if folded.count("\n") != len(lines) - 1:  # folding changed the line structure: look at every line
        return {line.index for line in lines}
    starts = [0]
    for line_text in folded.split("\n")[:-1]:
        starts.append(starts[-1] + len(line_text) + 1)
    return {lines[bisect.bisect_right(starts, match.start()) - 1].index for match in pattern.finditer(folded)}


def sentence_end(text: str, start: int = 0) -> int:
    """Index just past the end of the sentence that runs from ``start`` (a full stop, '!' or
    '?' followed by a space and a capital, or the end of the text); abbreviations such as
    "e. V.", "U.S." or "Inc." do not end a sentence."""
    for match in _SENTENCE_BREAK.finditer(text, start):
        before = text[max(start, match.start() - 6) : match.start()]
        last = before.split()[-1] if before.split() else ""
        word = last.rstrip(".")
        if (len(word) <= 2 and not _SHORT_WORD_ENDS.fullmatch(word)) or "." in last:
            continue
        return match.start() + 1
    return len(text)


#: a word of two small letters before a full stop ends the sentence ("… lehnen X ab. Sie …", "… support
#: us. We …"), unless it is one of the few abbreviations of that shape ("ca.", "cf.", "pp.", "no. 5")
_SHORT_WORD_ENDS = re.compile(r"(?!(?:ca|cf|ff|pp|ed|vs|no|nr|op|sq|ib|id|al|st|av|bd|hl|gg|ds)$)[a-zß-ÿа-яіїєґ]{2}")


#: capital letters of the scripts the corpora use, for character classes: Latin with its
#: extensions ("Ł", "Ś", "Č", "Ş") and Cyrillic
LATIN_UPPER = "A-ZÀ-ÖØ-Þ" + "".join(ch for ch in map(chr, range(0x100, 0x180)) if ch.isupper())
UPPER = LATIN_UPPER + "А-ЯЁІЇЄҐ"
_SENTENCE_BREAK = re.compile(r"[.!?](?=\s+[\"“„«(¡¿]?[" + UPPER + r"])")


class SpanIndex:
    """Spans of a text (signatory entries), sorted once, for binary-search questions about them."""

    def __init__(self, spans: Sequence[Span]) -> None:
        ordered = sorted(spans, key=lambda s: s.start)
        self._starts = [s.start for s in ordered]
        self._ends = list(itertools.accumulate((s.end for s in ordered), max))  #: the furthest end so far

    def overlaps(self, start: int, end: int) -> bool:
        """Whether some span shares a character with ``[start, end)``."""
        index = bisect.bisect_left(self._starts, end) - 1  # (the spans that start before it ends)
        return index >= 0 and self._ends[index] > start

    def cuts(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` starts or ends inside a span (a line that runs into an entry)."""
        return self._inside(start, inclusive_end=False) or self._inside(end, inclusive_end=True)

    def _inside(self, point: int, inclusive_end: bool) -> bool:
        index = bisect.bisect_right(self._starts, point if not inclusive_end else point - 1) - 1
        if index < 0:
            return False
        return point < self._ends[index] if not inclusive_end else point <= self._ends[index]
