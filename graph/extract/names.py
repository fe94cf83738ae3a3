"""What a name looks like: an acronym, a person's name, an organisation's name.

These are judgements about the *form* of a name only (capitals, honorifics, organisation
words, known given names); nothing here knows any particular organisation.
"""

from __future__ import annotations

import functools
import re

from anyascii import anyascii

from ._text import LATIN_UPPER, fold, is_all_caps, upper_count, words
from .lexicon import load_lexicon

PARTICLES = frozenset(
    ["de", "da", "das", "do", "dos", "di", "del", "della", "van", "von", "der", "den", "ten", "ter", "la", "le", "du", "bin", "ibn", "al", "el", "ó", "o'", "mac", "mc", "st", "y", "e", "zu"]
)
#: articles, folded: a name may open with one ("The Left"), a list puts one before a name ("and the …")
ARTICLES = frozenset(["the", "le", "la", "les", "l'", "der", "die", "das", "el", "los", "las", "il", "lo", "gli", "i", "os", "as", "o", "a",
                       "un", "une", "uno", "ein", "eine", "het", "een"])
_DOMAIN = re.compile(r"(?<![\w-])[\w-]+\.(?:[a-z]{2,10})(?:/\S*)?$", re.IGNORECASE)


_LETTER_NUMBER = re.compile(r"[A-Z][0-9]{1,3}")


#: an acronym in brackets that closes a name: "Deutscher Gewerkschaftsbund (DGB)"
CLOSING_ACRONYM = re.compile(r"\s\(([^()\s]{2,16})\)\s*$")


@functools.lru_cache(maxsize=65536)
def is_acronym(token: str) -> bool:
    """A short token written mostly in capitals: "ITC", "UPC-Manidem", "DNP+", "MyWATCH", "S2B";
    a capital and a number ("M4", "G20", "C40")."""
    if _LETTER_NUMBER.fullmatch(token):
        return True
    letters = [c for c in token if c.isalpha()]
    if not (2 <= len(token) <= 16) or " " in token or len(letters) < 2:
        return False
    capitals = upper_count(token)
    return capitals >= 2 and (capitals * 2 >= len(letters) or token[:2].isupper())


def is_capitals_acronym(token: str) -> bool:
    """An acronym written all in capitals ("KSRD", "MST", "CGT"), not one in mixed case ("EDRi")."""
    return token.isupper() and is_acronym(token)


@functools.lru_cache(maxsize=65536)
def initials_match(acronym: str, phrase: str) -> bool:
    """True when ``acronym`` abbreviates ``phrase`` or a run of its words.

    Letters are taken in order; each word used is entered by its initial and may give
    further letters ("Manidem" from "Manifeste ... Démocratie" needs that); small words
    may be skipped, and at most one capitalised word. Scripts are compared transliterated,
    so "RMP" abbreviates "Российская маоистская партия".

    >>> initials_match("IUAFS", "International Ukraine Anti-Fascist Solidarity")
    True
    >>> initials_match("BAMN", "Coalition for Equality By Any Means Necessary")
    True
    >>> initials_match("ATTAC", "Hungary Association")
    False
    """
    letters = [c for c in anyascii(acronym).lower() if c.isalnum()]
    tokens = [_without_elision(t) for t in re.split(r"[\s\-/–—]+", anyascii(phrase)) if any(c.isalnum() for c in t)]
    if len(letters) < 2 or not tokens or len(letters) > 16 or len(tokens) > 30:
        return False
    lowered = [re.sub(r"[^0-9a-z]", "", t.lower()) for t in tokens]
    capital = [t[:1].isupper() or t[:1].isdigit() for t in tokens]

    @functools.cache
    def match(i: int, j: int, k: int) -> bool:
        # letters[i:] still to place; j = current word (-1 before any), k = next char inside word j
        if i == len(letters):
            return True
        if j >= 0 and k < len(lowered[j]) and _inner_match(letters[i], lowered[j], k) and match(i + 1, j, k + 1):
            return True
        skipped_capitals = 0
        for nxt in range(j + 1, len(tokens)):
            if lowered[nxt][:1] == letters[i] and match(i + 1, nxt, 1):
                return True
            if j >= 0 and capital[nxt]:
                skipped_capitals += 1
                if skipped_capitals > 1:
                    return False
        return False

    def _inner_match(letter: str, word: str, k: int) -> bool:
        return word[k] == letter

    return any(lowered[start][:1] == letters[0] and match(1, start, 1) for start in range(len(tokens)))


_SMALL_ACRONYM = (3, 8)  #: letters of an acronym written in small letters ("vzbv"; "(en)" is a language)


def small_letter_acronym(token: str, phrase: str) -> bool:
    """Whether ``token``, in small letters, abbreviates ``phrase`` the way compound words are
    abbreviated: its letters come in order from the phrase, the first is the phrase's, and the
    initials of the phrase's capitalised words are among them ("vzbv": Verbraucherzentrale
    Bundesverband).

    >>> small_letter_acronym("vzbv", "Verbraucherzentrale Bundesverband")
    True
    >>> small_letter_acronym("eng", "Friends of the Earth")
    False
    """
    low, high = _SMALL_ACRONYM
    letters = anyascii(token).lower()
    if not (low <= len(letters) <= high and letters.isalpha()):
        return False
    name = "".join(c for c in anyascii(phrase).lower() if c.isalnum())
    return name[:1] == letters[:1] and _in_order(letters, name) and _in_order(initials(phrase).lower(), letters)


def _in_order(needles: str, haystack: str) -> bool:
    """Whether the characters of ``needles`` occur in ``haystack`` in order (not necessarily together)."""
    rest = iter(haystack)
    return all(char in rest for char in needles)


def initials(phrase: str) -> str:
    """Upper-case initials of the capitalised words: "New Communist Party" -> "NCP"; a word
    after an elided article counts ("Halte à l'Obsolescence Programmée" -> "HOP")."""
    return "".join(w[0] for w in map(_without_elision, words(anyascii(phrase))) if w[:1].isupper())


def _without_elision(word: str) -> str:
    """"l'Obsolescence" -> "Obsolescence", "dell'Ambiente" -> "Ambiente"; "O'Brien" stays."""
    if "'" not in word:
        return word
    head, apostrophe, rest = word.partition("'")
    return rest if apostrophe and rest and head.islower() and len(head) <= 4 else word


def has_org_word(text: str) -> bool:
    lexicon = load_lexicon()
    return any(lexicon.is_org_word(w) for w in re.split(r"[\s\-/–—,()]+", text) if w)


def ends_with_legal_form(text: str) -> bool:
    folded = fold(text).rstrip(" ,")
    return any(folded.endswith(" " + form) or folded.endswith("," + form) for form in load_lexicon().legal_forms)


@functools.lru_cache(maxsize=65536)
def looks_like_organisation(text: str) -> bool:
    """Signals that only organisations' names carry: an organisation word, a legal form, an
    acronym, a digit, a web domain, '&', a leading article, or many words."""
    tokens = text.split()
    if not tokens:
        return False
    return (
        has_org_word(text)
        or ends_with_legal_form(text)
        or any(is_acronym(t.strip("()[],.*")) and not _is_caps_surname(t, tokens) for t in tokens)
        or any(c.isdigit() for c in text)
        or bool(_DOMAIN.search(text.strip()))
        or "&" in text
        or fold(tokens[0]) in ARTICLES
        or len(tokens) > 5
    )


def _is_caps_surname(token: str, tokens: list[str]) -> bool:
    """'DUCLUT' in "Simon DUCLUT": a surname in capitals after a title-case given name."""
    return token == tokens[-1] and len(tokens) >= 2 and tokens[0][:1].isupper() and not is_all_caps(tokens[0])


def split_person_name(text: str) -> tuple[str, str, str]:
    """(honorifics, bare name, post-nominals): "Dr Leslie Cannold" -> ("Dr", "Leslie Cannold", "")."""
    lexicon = load_lexicon()
    honorifics, postnominals = lexicon.person_words["honorific"], lexicon.person_words["postnominal"]
    tokens = text.replace(",", " , ").split()
    head = 0
    if len(tokens) > 2 and fold(tokens[0]) in lexicon.markers["article"] and fold(tokens[1]) in honorifics:
        head = 1  # "The Most Revd Justin Welby"
    while head < len(tokens) - 1 and fold(tokens[head]) in honorifics:
        head += 1
    tail = len(tokens)
    while tail - 1 > head and (fold(tokens[tail - 1]).strip(".") in postnominals or tokens[tail - 1] == ","):
        tail -= 1
    name = " ".join(tokens[head:tail]).replace(" , ", ", ").strip(" ,")
    return " ".join(tokens[:head]), name, " ".join(t for t in tokens[tail:] if t != ",")


@functools.lru_cache(maxsize=65536)
def person_name_score(text: str, single_allowed: bool = False) -> int:
    """0: not a person's name; 1: shaped like one; 2: surely one (honorific, post-nominal, or a
    known given name first)."""
    honorific, name, postnominal = split_person_name(text.strip(" ,;*"))
    tokens = name.split()
    if not (1 if single_allowed else 2) <= len(tokens) <= 4:
        return 0
    if any(not _is_name_token(t) for t in tokens):
        return 0
    if has_org_word(name) and not ((honorific or postnominal) and len(tokens) <= 3 and not has_org_word(" ".join(tokens[:-1]))):
        return 0  # (a surname that is an organisation word after a title is a surname: "Dr. Mary Church")
    if all(fold(t) in PARTICLES for t in tokens) or is_all_caps(name):
        return 0
    if fold(tokens[0]) in PARTICLES:
        return 0
    if honorific or postnominal or is_given_name(tokens[0]):
        return 2
    return 1


def _is_name_token(token: str) -> bool:
    core = token.strip(".,")
    if not core or any(c.isdigit() for c in core) or any(c in core for c in "@/&()[]:;|"):
        return False
    if fold(core) in PARTICLES:
        return True
    if fold(core) in load_lexicon().markers["not_in_names"]:
        return False  # "Win Without War": a preposition, in a body's name
    return core[0].isupper() and all(c.isalpha() or c in "-'’." for c in core)


@functools.cache
def _given_names() -> object:
    import gender_guesser.detector as gender  # the data file is read on first use only

    return gender.Detector(case_sensitive=False)


@functools.lru_cache(maxsize=65536)
def is_given_name(token: str) -> bool:
    """True when ``token`` is a first name the gender-guesser data knows (any country)."""
    detector = _given_names()
    first = token.split("-")[0]
    answer: str = detector.get_gender(first)  # type: ignore[attr-defined]
    if answer == "unknown" and not first.isascii():
        answer = detector.get_gender(anyascii(first))  # type: ignore[attr-defined]  # "Стефан" as "Stefan"
    return answer != "unknown"


def kind_of(name: str, prior: str | None = None) -> str:
    """'person' or 'organisation' for a name as printed; ``prior`` is what most of the
    surrounding list holds, and decides the names that could be either."""
    honorific, bare, postnominal = split_person_name(name)
    if looks_like_organisation(bare):
        return "organisation"
    score = person_name_score(name)
    if prior == "organisation":
        return "person" if score and (honorific or postnominal) else "organisation"
    if score == 2 or (score == 1 and prior == "person"):
        return "person"
    return "organisation"


_KEY_ARTICLE = re.compile(r"^(?:the|les?|la|die|der|das|el|il|los|las)\s+")


@functools.lru_cache(maxsize=65536)
def name_key(name: str) -> str:
    """The comparison key of a name: folded, '&' as 'and', punctuation as spaces, no
    leading article ("The Consistent Democrats" and "Consistent Democrats" share one)."""
    key = fold(name).replace("&", " and ")
    key = re.sub(r"[^\w]+", " ", key).strip()
    return re.sub(r"\s+", " ", _KEY_ARTICLE.sub("", key)).strip()


def document_initials(text: str) -> frozenset[str]:
    """Initials of every run of two or more capitalised words in ``text`` (so an acronym
    in parentheses can be checked against the names it might abbreviate)."""
    runs = _CAPITALISED_RUN.finditer(text)
    return frozenset(initials(run.group()) for run in runs if len(initials(run.group())) >= 2)


# Each word starts only where a word starts, so a long word is never rescanned from inside.
_CAPITALISED_RUN = re.compile(
    r"(?<![\w'’-])(?:[" + LATIN_UPPER + r"][\w'’-]+(?:\s+(?:of|for|the|and|de|du|des|la|le)\s+|\s+)){1,8}(?<![\w'’-])[" + LATIN_UPPER + r"][\w'’-]+"
)
