"""Feature functions: each compares two names and says what it found, with a reason.

A merge carries its reasons ("acronym IUAFS matches the initials of ..."); a blocking
feature (a country conflict, a differing qualifier) keeps two names apart whatever else
matches.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz import fuzz

from ..extract.names import is_acronym
from .keys import SMALL_WORDS, distinctive, key, qualifiers, tokens


@dataclass(frozen=True, slots=True)
class Evidence:
    score: float  #: 1.0 certain match, 0 nothing, negative: keeps the two apart
    reason: str


NONE = Evidence(0.0, "")


def same_key(a: str, b: str) -> Evidence:
    if key(a) and key(a) == key(b):
        return Evidence(1.0, f"same name after normalisation ({key(a)!r})")
    return NONE


def acronym_matches(a: str, b: str) -> Evidence:
    """One name is an acronym of the other: its letters are the initials of the other's words
    (all of them, or the words that are not small): "IUAFS" / "International Ukraine
    Anti-Fascist Solidarity"; "DIGI" is not "Digital Rights Watch"."""
    for short, long_ in ((a, b), (b, a)):
        letters = "".join(c for c in short.upper() if c.isalnum())
        if not is_acronym(short) or is_acronym(long_) or len(letters) < 3 or len(long_.split()) < 2:
            continue
        words = [w for w in re.split(r"[\s\-/]+", long_) if w and w[0].isalnum()]
        every = "".join(w[0] for w in words).upper()
        significant = "".join(w[0] for w in words if w.lower() not in SMALL_WORDS).upper()
        if letters in (every, significant):
            return Evidence(0.9, f"acronym {short} matches the initials of {long_!r}")
    return NONE


def small_variant(a: str, b: str) -> Evidence:
    """Spelling variants: only small words differ ("Solidarity in/with Ukraine"), or a word is
    spelt differently ("Organisation"/"Organization", "Australia"/"Australian")."""
    ta, tb = tokens(a), tokens(b)
    if len(ta) < 2 or len(tb) < 2 or qualifiers(a) != qualifiers(b):
        return NONE
    da, db = distinctive(a), distinctive(b)
    if da == db and ta != tb:
        return Evidence(0.9, f"only small words differ: {a!r} / {b!r}")
    only_a, only_b = sorted(da - db), sorted(db - da)
    if len(only_a) == len(only_b) == 1 and len(da) >= 3:
        x, y = only_a[0], only_b[0]
        if fuzz.ratio(x, y) >= 80 and min(len(x), len(y)) >= 5:
            return Evidence(0.85, f"one word spelt differently ({x!r} / {y!r})")
    return NONE


def country_conflict(a_country: str | None, b_country: str | None) -> Evidence:
    if a_country and b_country and a_country != b_country:
        return Evidence(-1.0, f"countries differ ({a_country} / {b_country})")
    return NONE


def qualifier_conflict(a: str, b: str) -> Evidence:
    """"NCP" vs "NCP (Mashal)": a parenthesised qualifier on one side only, or different ones."""
    qa, qb = qualifiers(a), qualifiers(b)
    if (qa or qb) and qa != qb and not is_acronym(a) and not is_acronym(b):
        return Evidence(-1.0, f"qualifiers differ ({sorted(qa)} / {sorted(qb)})")
    return NONE


def distinct_words(a: str, b: str) -> Evidence:
    """Names that share a frame but differ in a telling word ("Revolutionary Workers League" /
    "Revolutionary Internationalist League")."""
    da, db = distinctive(a), distinctive(b)
    if da and db and (da - db) and (db - da) and not small_variant(a, b).score:
        return Evidence(-0.5, f"different words ({sorted(da - db)} / {sorted(db - da)})")
    return NONE


def fuzzy_similarity(a: str, b: str) -> float:
    return float(fuzz.token_sort_ratio(key(a), key(b)))


__all__ = [
    "SMALL_WORDS",
    "Evidence",
    "acronym_matches",
    "country_conflict",
    "distinct_words",
    "fuzzy_similarity",
    "qualifier_conflict",
    "same_key",
    "small_variant",
]
