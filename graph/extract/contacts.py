"""Contact lines under an entry: web sites, e-mail addresses, phone numbers, social handles.

They are identifiers of the entry above them, never entries of their own; a national web
domain among them (".co.uk") also tells the entry's country.
"""

from __future__ import annotations

import functools
import re

from ..model import Identifier
from ._text import UPPER, fold
from .countries import country_of_domain
from .lexicon import load_lexicon

_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_URL = re.compile(r"(?<![\w.-])(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,10}(?:/[^\s,;)]*)?", re.IGNORECASE)
_HANDLE = re.compile(r"(?<![\w@])@[A-Za-z0-9_][\w.-]{1,30}")
_PHONE = re.compile(r"(?:\+|\()?\d[\d\s().\-]{6,}\d")
_LABEL = re.compile(
    r"\b(?:tel|phone|fax|mobile|e-?mail|web(?:site)?|skype|ig|instagram|twitter|x|facebook|snapchat|telegram|"
    r"tiktok|youtube|mastodon|bluesky|whatsapp|signal)\s*:?",
    re.IGNORECASE,
)
_NAME_THEN_DASH = re.compile(r"^\s*(?:[-*•]\s+)?([" + UPPER + r"][^\W\d_]+)(?:\s+\d+)?\s+[-–—|]\s")  #: "Article 19 – …"
_MAYBE_IDENTIFIER = re.compile(r"[@.\d]")
_DATE_LIKE = re.compile(r"(?:1[89]|20)\d\d[-./][01]?\d[-./][0-3]?\d|[0-3]?\d[-./][01]?\d[-./](?:1[89]|20)\d\d")
_KNOWN_TLDS = re.compile(r"\.(?:com|org|net|edu|gov|info|coop|io|co|uk|de|fr|es|it|pt|nl|be|ch|at|ca|au|us|ua|ru|pl|eu|int|ngo)\b", re.IGNORECASE)


def identifiers_in(text: str) -> list[Identifier]:
    """Every identifier in a contact line, in order of appearance."""
    found: list[tuple[int, Identifier]] = []
    taken: list[tuple[int, int]] = []
    for scheme, pattern in (("email", _EMAIL), ("web", _URL), ("handle", _HANDLE), ("phone", _PHONE)):
        for match in pattern.finditer(text):
            if any(s < match.end() and match.start() < e for s, e in taken):
                continue
            value = match.group().strip(" .,;()")
            if (scheme == "web" and not _KNOWN_TLDS.search(value) and "/" not in value and not country_of_domain(value.lower())
                    and not value.lower().startswith("www.")):
                continue  # ("homodigitalis.gr": a national domain is one too; "www.foe.scot": any domain after "www.")
            if scheme == "phone" and (sum(c.isdigit() for c in value) < 7 or _DATE_LIKE.fullmatch(value)):
                continue  # "2020-04-01", "01.04.2020": a date, not a number to call
            taken.append((match.start(), match.end()))
            found.append((match.start(), Identifier(scheme, value)))
    return [identifier for _, identifier in sorted(found, key=lambda pair: pair[0])]


def is_contact_line(text: str) -> bool:
    """True when a line is made of identifiers and their labels ("IG: @joinbamn snapchat: join_bamn")."""
    if not text.strip() or "\t" in text or not _MAYBE_IDENTIFIER.search(text):
        return False  # (every identifier has an "@", a dot or a digit: most lines are ruled out at once)
    rest = text
    for pattern in (_EMAIL, _URL, _HANDLE, _PHONE, _LABEL):
        rest = pattern.sub(" ", rest)
    leftover = re.findall(r"[^\W\d_]{2,}", rest)
    found = identifiers_in(text)
    if (len(leftover) == 1 and (named := _NAME_THEN_DASH.match(text)) and named.group(1) == leftover[0]
            and fold(leftover[0]) not in load_lexicon().markers["meta"]):  # ("Kontakt – info@…" is a label)
        return False  # "Article 19 – https://www.article19.org", "Oxfam – oxfam.org": a name, then its address
    return bool(found) and len(leftover) <= max(1, len(found))


def country_of_identifiers(identifiers: list[Identifier]) -> str | None:
    """The country of the first national web domain among web sites and e-mail addresses."""
    for identifier in identifiers:
        if identifier.scheme in {"web", "email"}:
            host = identifier.value.split("@")[-1].split("/")[0]
            host = re.sub(r"^https?://", "", host)
            code = country_of_domain(host)
            if code:
                return code
    return None


_POSTCODE_CITY = re.compile(r"(?<![\w-])(?:[A-Z]{1,2}-)?\d{4,5}(?:-\d{3})?\s+[" + UPPER + r"]|(?<!\S)[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}(?!\w)")
_ADDRESS_WORDS = 10  #: an address line is short


@functools.cache
def _street() -> re.Pattern[str]:
    words = sorted(load_lexicon().markers["street"], key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) + (r"(?!\w)" if w[-1].isalnum() else "") for w in words) + ")")


def is_postal_address(text: str) -> bool:
    """A line of a postal address: a street word with a house number ("21 ter rue Voltaire",
    "Calle Mayor 12", "ul. Marszałkowska 10"), a post box, or a postcode before a town ("75011
    Paris", "D-10115 Berlin", "SW1A 1AA")."""
    if len(text.split()) > _ADDRESS_WORDS or not any(c.isdigit() for c in text):
        return False
    if _street().search(fold(text)):
        return True
    lexicon = load_lexicon()  # "2030 Agenda Network" has a postcode's shape, and an organisation's word
    return _POSTCODE_CITY.search(text) is not None and not any(lexicon.is_org_word(w) for w in re.findall(r"\w+", text))


def is_own_domain(name: str, value: str) -> bool:
    """Whether a bare web domain is the named body's own ("movementforjustice.co.uk" for "Movement
    for Justice", "workers.org" for "Workers World Party"); otherwise a domain after a name may be a
    name itself ("Ali Abunimah, ElectronicIraq.net")."""
    label = re.sub(r"[^a-z0-9]", "", fold(name))
    domain = re.sub(r"[^a-z0-9]", "", fold(value.split(".")[0]))
    return len(domain) >= 3 and (label.startswith(domain) or domain in label)


def identifies(name: str, text: str) -> bool:
    """Whether ``text``, printed after ``name``, is made of identifiers of it: an address, a number,
    a handle, a web address with "www." or a path, or a bare domain that is the body's own."""
    if not is_contact_line(text):
        return False
    found = identifiers_in(text)
    if len(found) > 1 or any(i.scheme != "web" for i in found) or re.search(r"www\.|https?://|/", text):
        return True
    return is_own_domain(name, found[0].value)
