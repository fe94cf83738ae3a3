"""The extractors' vocabulary, loaded once from data files: nothing here is typed into code.

Role cue phrases are the ``skos:hiddenLabel`` values of the role concepts in
``ontology/undersigned.ttl``; every other word list is a file in ``graph/data/``.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

import rdflib
from rdflib.namespace import SKOS

from ..errors import OntologyError
from ..model import ROLES
from ..resources import ontology_dir, read_lines, read_table
from ._text import fold

US = rdflib.Namespace("https://w3id.org/undersigned/ontology#")


@dataclass(frozen=True, slots=True)
class RoleCue:
    phrase: str  #: folded
    role: str
    language: str


_COMPOUND_HEAD = 3  #: letters a compound has before the organisation word that ends it


@dataclass(frozen=True)
class Lexicon:
    role_cues: tuple[RoleCue, ...]  #: longest phrase first
    markers: dict[str, tuple[str, ...]]  #: kind -> folded phrases (see data/markers.tsv)
    membership: tuple[tuple[str, str], ...]  #: ("members of", "include")
    signers_in_prose: tuple[tuple[str, str], ...]  #: ("among the signatories", "are")
    org_words: frozenset[str]
    person_words: dict[str, frozenset[str]]  #: honorific / postnominal / job / work
    legal_forms: tuple[str, ...]  #: folded, longest first
    spellings: dict[str, frozenset[str]]  #: folded marker phrase -> its lower-case forms as listed

    def written_as_listed(self, original: str, phrase: str) -> bool:
        """False when ``original`` (text a folded marker ``phrase`` matched) carries accents that no
        listed spelling of the phrase has: "PÚBLICA" (public) is not the verb "publica" (publishes).
        Text written without accents matches as before."""
        lower = original.lower()
        return fold(lower) == lower or lower in self.spellings.get(phrase, frozenset())

    def cues_for(self, role: str) -> tuple[RoleCue, ...]:
        return tuple(cue for cue in self.role_cues if cue.role == role)

    def is_org_word(self, word: str) -> bool:
        """True when ``word`` is (or inflects, by at most two letters) an organisation word."""
        folded = fold(word).strip(".'’")
        if folded in self.org_words or (len(folded) >= 4 and folded + "s" in self.org_words):
            return True  # (a singular of a listed plural; "New" is not "News")
        for cut in (1, 2):
            if len(folded) - cut >= 4 and folded[:-cut] in self.org_words and folded[-cut:] not in _VERB_ENDINGS:
                return True  # "Parties", "Unions", "союзу"; not "Posted" (from "Post")
        if word[:1].isupper() and any(folded.endswith(tail) and len(folded) - len(tail) >= _COMPOUND_HEAD
                                      for tail in self.markers["compound_tail"]):
            return True  # a German compound that ends with one: "Gesamtverband", "Mieterbund", "Aktionsbündnis"
        if folded and not folded.isascii():  # Slavic case endings: "рада" -> "ради", "союз" -> "союзу"
            return any(folded[:n] in self.org_stems for n in (3, 4, 5, 6) if len(folded) <= n + 3)
        return False

    @functools.cached_property
    def org_stems(self) -> frozenset[str]:
        return frozenset(w[:-1] for w in self.org_words if not w.isascii() and len(w) >= 4)


@functools.cache
def load_lexicon() -> Lexicon:
    """Load every cue and word list (cached: one load per process)."""
    markers: dict[str, list[str]] = {}
    spellings: dict[str, set[str]] = {}
    pairs: dict[str, list[tuple[str, str]]] = {}  #: rows of a head and its verb: membership, signers_in_prose
    for row in read_table("markers.tsv"):
        if len(row) == 3:
            pairs.setdefault(row[0], []).append((fold(row[1]), fold(row[2])))
        else:
            markers.setdefault(row[0], []).append(fold(row[1]))
            spellings.setdefault(fold(row[1]), set()).add(row[1].lower())
    person_words: dict[str, set[str]] = {}
    for kind, word in read_table("person_words.tsv"):
        person_words.setdefault(kind, set()).add(fold(word))
    legal = sorted({fold(form) for form in read_lines("legal_forms.txt")}, key=len, reverse=True)
    return Lexicon(
        role_cues=_role_cues(),
        markers={kind: tuple(sorted(set(v), key=len, reverse=True)) for kind, v in markers.items()},
        membership=tuple(pairs.get("membership", ())),
        signers_in_prose=tuple(pairs.get("signers_in_prose", ())),
        org_words=frozenset(fold(w) for w in read_lines("orgwords.txt")),
        person_words={kind: frozenset(v) for kind, v in person_words.items()},
        legal_forms=tuple(legal),
        spellings={phrase: frozenset(forms) for phrase, forms in spellings.items()},
    )


def _role_cues() -> tuple[RoleCue, ...]:
    path = ontology_dir() / "undersigned.ttl"
    try:
        graph = rdflib.Graph().parse(path, format="turtle")
    except Exception as exc:  # rdflib raises many parser exception types
        raise OntologyError(f"{path}: cannot parse ({exc})") from exc
    cues = []
    for role in ROLES:
        for label in graph.objects(US[role], SKOS.hiddenLabel):
            language = getattr(label, "language", None) or ""
            cues.append(RoleCue(fold(str(label)), role, language))
    if not cues:
        raise OntologyError(f"{path}: no role cue phrases (skos:hiddenLabel on us:issuer, us:signatory, ...)")
    return tuple(sorted(cues, key=lambda c: (-len(c.phrase), c.phrase)))


_VERB_ENDINGS = frozenset({"ed"})  #: English past tense: "Posted", "Founded" are no organisation words


@functools.cache
def document_nouns() -> re.Pattern[str]:
    """The document nouns of markers.tsv ("statement", "appel", "заява") as a phrase pattern (folded)."""
    return phrase_pattern(load_lexicon().markers["document"])


def phrase_pattern(phrases: tuple[str, ...] | list[str], gap: str | None = None) -> re.Pattern[str]:
    """A regex matching any of the (folded) phrases as whole words, longest first.

    The phrases are laid out as a trie, so the engine reads each position once instead of
    trying every phrase there (the cue lists hold hundreds). Words are separated by any run of
    white space; a phrase word "…" stands for the regex ``gap`` (words that may come between).

    >>> pattern = phrase_pattern(["call on", "call for", "call for action against"])
    >>> [m.group() for m in pattern.finditer("a call for action against war; we call  on you")]
    ['call for action against', 'call  on']
    """
    root: _Node = {}
    for phrase in phrases:
        node = root
        for unit in _units(phrase, gap):
            node = node.setdefault(unit, {})
        node[""] = {}  # the phrase may end here
    # (a phrase that ends with an elided article ends inside a word: "no all'invio")
    return re.compile(rf"(?<![^\W_])(?:{_trie_regex(root)})(?:(?<=['’])|(?![^\W_]))")


_Node = dict[str, "_Node"]
_SPACE = r"\s+"
_COMMA_SPACE = r",?\s+"


def _units(phrase: str, gap: str | None) -> list[str]:
    units: list[str] = []
    words = phrase.split()
    for index, word in enumerate(words):
        if word in ("…", "...") and gap is not None:
            units.append(gap)  # the gap takes the white space after each word it holds
            continue
        units.extend("['’]" if char in "'’" else re.escape(char) for char in word)
        if index + 1 < len(words):
            # "We, the undersigned, demand": a comma may close the word before a gap
            units.append(_COMMA_SPACE if gap is not None and words[index + 1] in ("…", "...") else _SPACE)
    return units


def _trie_regex(node: _Node) -> str:
    """Longer continuations are tried before the phrase ends, literals before white space and gaps."""
    branches = [unit + _trie_regex(child) for unit, child in sorted(node.items(), key=_branch_order) if unit]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
    return f"(?:{body})?" if "" in node else body


def _branch_order(item: tuple[str, _Node]) -> tuple[int, str]:
    unit = item[0]
    return (0 if len(unit) <= 2 and unit != _SPACE else 1 if unit == _SPACE else 2, unit)
