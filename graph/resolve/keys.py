"""Name normalisation and blocking keys for resolution.

Normalisation: NFKC, format and zero-width characters removed, non-breaking spaces as
spaces, case and accents folded, '&' as 'and', punctuation as spaces, a leading article and
trailing legal-form suffixes dropped ("e. V.", "Ltd", "Inc"). Names mixing scripts within a
word (a Cyrillic 'а' inside a Latin word) are flagged: a classic look-alike trick.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from ..extract._text import fold
from ..extract.lexicon import load_lexicon

SMALL_WORDS = frozenset(
    ["a", "an", "the", "of", "for", "in", "with", "on", "and", "to", "at", "by", "de", "du", "des", "la", "le", "les", "el", "los", "las", "del", "di", "da", "do", "dos", "das", "der", "die", "das", "den", "für", "und", "et", "y", "e", "i", "von", "zu"]
)
_FORMAT = re.compile(r"[\u00ad\u200b-\u200f\u2028-\u202f\u2060-\u206f\ufeff]")
_SPACES = re.compile(r"[\u00a0\u1680\u2000-\u200a\u205f\u3000]")
_PAREN = re.compile(r"\(([^()]*)\)")


@functools.lru_cache(maxsize=262144)
def clean(name: str) -> str:
    """NFKC, no format or zero-width characters, ordinary spaces, single-spaced."""
    text = unicodedata.normalize("NFKC", name)
    text = _SPACES.sub(" ", _FORMAT.sub("", text))
    return re.sub(r"\s+", " ", text).strip()


@functools.lru_cache(maxsize=262144)
def key(name: str) -> str:
    """The comparison key: "The Consistent Democrats" and "consistent democrats" share one."""
    text = fold(clean(name)).replace("&", " and ")
    text = re.sub(r"(?<=\w)['’`´](?=\w)", "", text)  # "People's" and "Peoples" are one spelling
    text = re.sub(r"[^\w]+", " ", text).strip()
    text = re.sub(r"^(?:the|les?|la|die|der|das|el|il|los|las)\s+", "", text)
    for form in load_lexicon().legal_forms:
        bare = re.sub(r"[^\w]+", " ", form).strip()
        if bare and text.endswith(" " + bare) and len(text) > len(bare) + 3:
            text = text[: -len(bare) - 1].rstrip()
            break
    return re.sub(r"\s+", " ", text).strip()


def compact(name: str) -> str:
    """The key without spaces: "SECTION27" and "SECTION 27", "Open-Xchange" and "OpenXchange"."""
    return key(name).replace(" ", "")


@functools.lru_cache(maxsize=262144)
def qualifiers(name: str) -> frozenset[str]:
    """The parenthesised parts of a name, keyed: "NCP (Mashal)" -> {"mashal"}."""
    return frozenset(key(q) for q in _PAREN.findall(clean(name)) if key(q))


def tokens(name: str) -> list[str]:
    return key(name).split()


@functools.lru_cache(maxsize=262144)
def distinctive(name: str) -> frozenset[str]:
    """The words that tell a name apart (no small words)."""
    return frozenset(t for t in tokens(name) if t not in SMALL_WORDS)


def mixed_script(name: str) -> bool:
    """True when a word mixes Latin with Cyrillic or Greek letters (a look-alike spelling)."""
    for word in re.findall(r"\w+", clean(name)):
        scripts = {_script(c) for c in word if c.isalpha()}
        if len(scripts & {"latin", "cyrillic", "greek"}) > 1:
            return True
    return False


def _script(char: str) -> str:
    code = ord(char)
    if 0x0400 <= code <= 0x04FF:
        return "cyrillic"
    if 0x0370 <= code <= 0x03FF:
        return "greek"
    return "latin" if char.isascii() or 0x00C0 <= code <= 0x024F else "other"


def blocking_keys(name: str, frequency: dict[str, int] | None = None, rarest: int = 4) -> set[str]:
    """Keys under which a name is compared with others: never all pairs. Two names share a
    block when they share a pair of their rarest distinctive words (``frequency`` counts how
    many names hold each word) or, for one-word names, the word."""
    counts = frequency or {}
    words = sorted(distinctive(name), key=lambda w: (counts.get(w, 0), w))[:rarest]
    if len(words) <= 1:
        return {f"1:{w}" for w in words}
    return {f"2:{min(a, b)}|{max(a, b)}" for i, a in enumerate(words) for b in words[i + 1 :]}
