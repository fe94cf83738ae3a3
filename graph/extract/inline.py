"""Split an inline list of names: "A, B (USA), C and D", "A • B • C", "A; B; C".

The list ends where the sentence does, or at a relative clause (", who together
represent ..."). A name missing its comma is split after a country in parentheses:
"Movement for People's Democracy (USA) New Communist Party" is two names.
"""

from __future__ import annotations

import functools
import re

from ._text import UPPER, Seg, bracket_depths, fold, fold_with_map, sentence_end
from .countries import country_index
from .dates import parse_dates
from .lexicon import load_lexicon, phrase_pattern
from .names import CLOSING_ACRONYM, ends_with_legal_form, initials_match, is_acronym, is_capitals_acronym

_SPACED_BULLET = re.compile(r"(?<!\s)\s+[·▪●]\s+")  #: "·" between spaces only: "Col·lectiu" is one word
_BULLET = re.compile(rf"(?<!\s)\s*•\s*|{_SPACED_BULLET.pattern}")
_SEPARATOR = re.compile(r"(?<!\s)\s*[,;]\s*")
_SEMICOLON = re.compile(r"(?<!\s)\s*;\s*")
_CONJUNCTION = re.compile(r"(?<!\s)\s+(?:and|und|et|y|e|i|та|і|и|oraz|&)\s+")
#: a relative clause ends the list (", who together represent …"); German "die" only after a
#: comma, since it is also the article of names ("Brot für die Welt")
_RELATIVE = re.compile(r"(?<!\s),?(?<!\s)\s+(?:who|which|that|qui|que|welche|che|які|которые|którzy)\s|(?<!\s),\s+die\s", re.IGNORECASE)
_DISTINCT_MARK = re.compile(r"\d|\.[a-z]{2,}|[a-z][A-Z]")  #: in one word: "350.org", "11.11.11", "ActionAid"
_AND_OTHERS = re.compile(
    r"(?<!\s),?\s+(?:and|&|et|y|und|e|i|та|и|sowie|as well as|ainsi que|así como|assim como|nonché)\s+"
    r"(?:(?:\d+|many|several|dozens of|numerous|de nombreuses|muchas|viele|vielen|zahlreiche|zahlreichen|molte|muitas)\s+"
    r"(?:other|others|more|autres|otras|otros|weitere|weiteren|altre|altri|outras|outros|innych|інших|других)\b"
    # "… y más de 200 organizaciones", "… e oltre 200 associazioni locali", "… and over 100 groups"
    r"|(?:more than|over|almost|nearly|más de|plus de|mais de|oltre|über|mehr als|понад|более|ponad)\s+\d[\d.,]*\s+[^\W\d_]"
    # "… and local community groups": bodies of a kind, in small letters, none named
    r"|(?-i:(?:[a-z]+\s+){0,3}(?:groups|organisations|organizations|activists|campaigners|individuals|residents|communities"
    r"|networks|associations|charities)\b))",
    re.IGNORECASE)
#: a comma after the list's last "and" and words in small letters: the sentence goes on ("…, today launched …";
#: not a name in small letters, "…, globalinnovationgathering, …")
_CLAUSE_AFTER = re.compile(rf",\s+(?=[^\W\d_{UPPER}]{{3,}}\s+[^\W\d_{UPPER}]+\b)(?!(?:and|und|et|y)\b)")
#: an article after "and" starts a name of its own: "… e a Confederação …", "… and the Zimbabwe …"
_LEADING_AND = re.compile(rf"^(?:and|und|et|y|e|i|та|і|и|oraz|&)\s+(?=[{UPPER}\d])")  #: ", and D": a serial comma before the last name
_SLASH = re.compile(r"(?<!\s)\s+/\s+")
_PIPE = re.compile(r"(?<!\s)\s+\|\s+")
_ARTICLES = "the|la|le|les|die|der|das|dem|den|el|los|las|il|lo|o|a"
#: "by the" in Portuguese, which a list after "é composta pela …" repeats before every name
#: ("pela CUT, pelo Conselho Nacional de Saúde e pela Abrasco")
_BY_THE = "pela|pelo|pelas|pelos"
_ARTICLE_AFTER_AND = re.compile(rf"^(?:(?:{_ARTICLES}|gli|os|as|{_BY_THE})\s+|l['’](?=[{UPPER}]))")  #: (in small letters only: "and The …" may be a name's)
#: "of the" that a list repeats before every name ("à l'appel de la CGT, de la FSU, de l'Union syndicale
#: Solidaires et du Planning familial", "da CUT, do MST e da UNE"), as Portuguese repeats "by the"
_OF_THE = r"du|des|del|de\s+la|de\s+los|de\s+las|della|dello|dei|degli|delle|da|do|das|dos"
_REPEATED = rf"(?:(?:{_BY_THE}|{_OF_THE})\s+|(?:d|dell)['’]\s*|de\s+l['’]\s*)(?=\S)"
_LEADING_REPEATED = re.compile(rf"^{_REPEATED}")
_AND_REPEATED = re.compile(rf"(?<!\s)\s+(?:and|und|et|y|e|i|&)\s+(?={_REPEATED})")
_LEADING_ARTICLE = re.compile(rf"^(?:{_ARTICLES})\s+", re.IGNORECASE)
#: "more than 40 organisations, including A, B and C": the count is not a name, the list follows
_COUNTED = re.compile(
    r"^(?:(?:more than|over|some|about|around|nearly|almost|at least|plus de|más de|mais de|über|mehr als|oltre|ponad|понад|более)\s+)?"
    r"(?:\d[\d,.]*|dozens of|hundreds of|des dizaines d['’]|decenas de|dezenas de|dutzende|decine di)\s*[^\s,]+(?:\s+[^\s,]+){0,2}?,?\s+"
    r"(?:including|among them|such as|notably|dont|darunter|entre ellas|entre ellos|incluindo|incluyendo|tra cui|w tym|серед них|в том числе)\s+",
    re.IGNORECASE,
)
_AMONG_OTHERS = re.compile(r"^(?:unter anderem|u\.\s?a\.|among others|inter alia|notamment|entre otros|entre otras|entre outros|tra gli altri|m\.\s?in\.|в том числе|зокрема)\s+", re.IGNORECASE)
_DATE_PREPOSITION = re.compile(r"(?<!\s)\s+(?:(?:on|in|as of|le|en|el|am|vom|il|em|de|dnia)\s*)?$", re.IGNORECASE)
_DOTTED_ABBREVIATION = re.compile(r"^(?:[^\W\d_]{1,2}\.){2,4}$")  #: "e.V.", "A.C.", "S.A.": its last dot is its own
_PAREN_THEN_NAME = re.compile(r"\)\s+(?=[" + UPPER + r"])")


def _bullets(text: str) -> int:
    """Bullets that separate names: every "•", and "·", "▪", "●" between spaces."""
    return text.count("•") + len(_SPACED_BULLET.findall(text))


def list_extent(content: Seg) -> Seg:
    """The part of ``content`` that is the list: up to the end of the sentence or a relative clause,
    after a count that introduces it ("more than 40 organisations, including …")."""
    counted = _COUNTED.match(content.text) or _AMONG_OTHERS.match(content.text)
    if counted:
        content = content.cut(counted.end())
    text = content.text
    end = len(text) if _bullets(text) >= 3 else sentence_end(text)
    relative = _RELATIVE.search(text, 0, end)
    depths = bracket_depths(text)
    if relative and depths[relative.start()] == 0:
        end = relative.start()
    others = _AND_OTHERS.search(text, 0, end)
    if others:  # "… Greenpeace and 35 other organisations": the others are not named
        end = others.start()
    dated = next((start for _, start, _ in parse_dates(text[:end]) if depths[start] == 0), None)
    if dated is not None:  # "… and Detention Action on 4 June 2020": the date is when, not who
        end = len(_DATE_PREPOSITION.sub("", text[:dated]))
    listed = content.cut(0, end).strip(" ;:,")
    last = listed.text.rsplit(None, 1)[-1] if listed.text.strip() else ""
    if last.endswith(".") and not (_DOTTED_ABBREVIATION.match(last) or ends_with_legal_form(listed.text)):
        listed = listed.strip(" .;:,")  # the sentence's full stop, not a name's ("SEND e.V.", "Propuesta Cívica A.C.")
    return listed


def before_clause(content: Seg) -> Seg:
    """A list in a sentence that goes on after it ("A, B and C, today launched …" -> "A, B and C"):
    cut at a comma after the list's last "and" that words in small letters follow."""
    text = content.text
    depths = bracket_depths(text)
    joins = [m for m in _CONJUNCTION.finditer(text) if depths[m.start()] == 0]
    clause = _CLAUSE_AFTER.search(text, joins[-1].end()) if joins else None
    return content.cut(0, clause.start()) if clause and depths[clause.start()] == 0 else content


def split_inline(content: Seg) -> list[Seg]:
    """The names of an inline list, each a segment of the document."""
    extent = list_extent(content)
    if _bullets(extent.text) >= 2:
        parts = extent.split(_BULLET)
    elif extent.text.count(" | ") >= 2:  # "Access Now | Article 19 | EDRi"
        parts = extent.split(_PIPE)
    elif extent.text.count(" / ") >= 2 and extent.text.count(",") < extent.text.count(" / "):
        parts = extent.split(_SLASH)  # "CTERA / SUTEBA / CTA de los Trabajadores" (one " / " joins two names of one body)
    else:  # (names set apart by semicolons may hold commas: "Asia Pacific Forum on Women, Law and Development; …")
        semicolons = extent.text.count(";") >= 2
        pieces = extent.split(_SEMICOLON if semicolons else _SEPARATOR)
        # ("A, B, and C": the list's "and" is there; "A; B; C" need have none)
        serial = semicolons or any(_LEADING_AND.match(piece.text) for piece in pieces)
        pieces = [piece.cut(lead.end()) if (lead := _LEADING_AND.match(piece.text)) else piece for piece in pieces]
        parts = [name for index, part in enumerate(pieces)
                 for name in (_list_conjunction(part) if len(pieces) >= 2 and index == len(pieces) - 1 and not serial else None)
                 or _split_conjunction(part, last_of_list=len(pieces) >= 2 and index == len(pieces) - 1)]
    if sum(bool(_LEADING_REPEATED.match(part.text)) + len(_AND_REPEATED.findall(part.text)) for part in parts) >= 2:
        parts = [piece for part in parts for piece in part.split(_AND_REPEATED)]
        parts = [part.cut(by.end()) if (by := _LEADING_REPEATED.match(part.text)) else part for part in parts]
    out: list[Seg] = []
    for part in parts:
        out.extend(_split_after_country(part))
    return [p for p in out if p.text]


def split_groups(subject: Seg) -> list[Seg]:
    """"La CGT et FO, ainsi que les organisations de jeunesse FAGE et UNEF" -> the two groups of
    names either side of a word that joins a second group to the first (also_word markers)."""
    folded, origin = fold_with_map(subject.text)
    groups, start = [], 0
    for join in _also_word().finditer(folded):
        groups.append(subject.cut(start, origin[join.start()]).strip(" ,"))
        start = origin[join.end()]
    groups.append(subject.cut(start).strip(" ,"))
    return [group for group in groups if group.text]


@functools.cache
def _also_word() -> re.Pattern[str]:
    return phrase_pattern(load_lexicon().markers["also_word"])


def split_pair(part: Seg) -> list[Seg]:
    """The two names of ``part`` when it is two joined by "and" ("UNISON and Unite", "the CGT and
    the FSU"), read as the last item of a list; else ``[part]``."""
    return _split_conjunction(part.strip(), last_of_list=True)


def acronym_name_start(text: str, joins: re.Pattern[str]) -> int | None:
    """Where the name starts that a closing acronym in brackets abbreviates, when that name holds
    a join word ("… and the American Federation of Labor and Congress of Industrial Organizations
    (AFL-CIO)", "International Coordination of Revolutionary Parties and Organizations (ICOR)"):
    no join word after it separates two names. None when the acronym spans no join word."""
    closing = CLOSING_ACRONYM.search(text)
    if not closing or not is_acronym(closing.group(1)):
        return None
    start = max(text.rfind(")", 0, closing.start()), text.rfind(",", 0, closing.start()), text.rfind(";", 0, closing.start())) + 1
    lead = re.match(rf"\s*(?:{joins.pattern})?\s*(?:the\s+)?", text[start:])
    start += lead.end() if lead else 0
    name = text[start : closing.start()]
    last = list(joins.finditer(name))
    if not last or not initials_match(closing.group(1), name) or initials_match(closing.group(1), name[last[-1].end() :]):
        return None
    if fold(name.lstrip()[:1]) != fold(closing.group(1)[:1]):
        return None  # "UNI Europa et la Fédération … du bâtiment et du bois (FETBB)": the name starts after a join
    return start


def _split_conjunction(part: Seg, last_of_list: bool = False) -> list[Seg]:
    """"US Friends of the Soviet People and the Zimbabwe Communist Party" -> two names: split at
    "and" when an article follows it or the words before it end a name ("… Party and …"). The
    last item of a list ("A, B, C та D") splits at its last "and" too when each side is surely
    a name of its own: an acronym, words with an organisation word, or a name that ends with
    its country ("Fundacja Batorego i Stowarzyszenie Klon/Jawor", "UNE e ABI", "Greenpeace
    Deutschland und IPPNW"; not "Australian Fair Trade and Investment Network"), or when each
    side is one capitalised word ("…, Oxfam and Greenpeace", "…, dem BUND und Campact": a name
    such as "Bread and Roses" is then read as two, the rarer case)."""
    protected = acronym_name_start(part.text, _CONJUNCTION)
    depths = bracket_depths(part.text)
    for match in reversed(list(_CONJUNCTION.finditer(part.text))):
        if depths[match.start()] > 0 or protected is not None and match.start() >= protected:
            continue
        left, right = part.cut(0, match.start()).strip(), part.cut(match.end()).strip()
        right_text = _ARTICLE_AFTER_AND.sub("", right.text)
        if not opens_a_name(right_text):
            continue
        if right.text != right_text or _ends_a_name(left.text):
            return [*_split_conjunction(left), right]
        if last_of_list and (_surely_a_name(left.text) and _surely_a_name(right_text)
                             or _plain_name(left.text) and _plain_name(right_text)
                             or _one_capitalised_word(left.text) and _one_capitalised_word(right_text)
                             # "…, Studio Legale Fabiano and Cyberstorm": a name of words, then one of one word
                             or (_plain_name(left.text) or _surely_a_name(left.text)) and len(left.text.split()) >= 2
                             and not _CONJUNCTION.search(left.text)  # (the list's first "and" is tried after)
                             and (_one_capitalised_word(right_text) or _one_distinct_word(right_text)
                                  or is_capitals_acronym(right_text.split()[0]))
                             # "…, Verstehbahnhof and Wikimedia Deutschland e. V.": a name that ends with its legal form
                             or _one_capitalised_word(left.text) and ends_with_legal_form(right_text)
                             # "…, SGEN-CFDT et SUD Éducation": an acronym, then a name that opens with one
                             or is_capitals_acronym(left.text) and is_capitals_acronym(right_text.split()[0])
                             # "…, UGT y Ecologistas en Acción": an acronym alone, then a name of words
                             or is_capitals_acronym(left.text) and (_plain_name(right_text) or _surely_a_name(right_text))
                             # "…, ver.di und Werkstatt Ökonomie": a one-word name by its shape, then a name of words
                             or _one_distinct_word(left.text) and (_plain_name(right_text) or _surely_a_name(right_text))
                             or match.group().strip() == "&" and _ampersand_joins_names(left.text, right_text)):
            return [left, right]
    return [part]


def _list_conjunction(last: Seg) -> list[Seg] | None:
    """The two names of a list's last part when it holds the list's own "and": a list of names set
    apart by commas joins its last two with one ("…, Human Rights Law Centre, Access Now and Amnesty
    International Australia"), so where the last part holds a single "and" (outside brackets and
    the name a closing acronym spells out, before a capital) and no serial comma took that place,
    the "and" is the list's; None otherwise (two "and"s: which one is the list's is left to
    ``_split_conjunction``; a place after it: "… i Sverige" is "in Sweden"; and sides too short to be
    names of their own, ``_LIST_AND_LEFT`` and ``_LIST_AND_RIGHT``)."""
    protected = acronym_name_start(last.text, _CONJUNCTION)
    depths = bracket_depths(last.text)
    joins = [m for m in _CONJUNCTION.finditer(last.text) if depths[m.start()] == 0]
    if len(joins) != 1 or protected is not None and joins[0].start() >= protected:
        return None
    left, right = last.cut(0, joins[0].start()).strip(), last.cut(joins[0].end()).strip()
    after = _ARTICLE_AFTER_AND.sub("", right.text)
    if not left.text[:1].isupper() or not opens_a_name(after):
        return None
    if country_index().names_a_place(re.sub(r"\s*\([^()]*\)$", "", after)):
        return None  # "Landsorganisationen i Sverige (LO)": a place, where the body is
    if len(_LEADING_ARTICLE.sub("", left.text).split()) < _LIST_AND_LEFT or len(after.split()) < _LIST_AND_RIGHT:
        return None  # "Workers and Peasants Party", "Australian Fair Trade and Investment Network": one name's halves
    return [left, right]


#: words on each side of a list's last "and" that make two names: an enumeration after a colon may
#: end with a name that holds an "and" and no conjunction before it ("…, Workers and Peasants Party")
_LIST_AND_LEFT = 2
_LIST_AND_RIGHT = 3


def opens_a_name(text: str) -> bool:
    """Whether a name may start ``text`` (what follows an "and"): a capital, a digit, or one word
    marked as a name ("11.11.11", "350.org", "ver.di")."""
    return text[:1].isupper() or text[:1].isdigit() or _one_distinct_word(text)


def _ampersand_joins_names(left: str, right: str) -> bool:
    """"…, Utopia 56 & Refugee Rights Europe": an "&" that ends a list joins two names of several
    words each; between two single words it is a name's own ("Marks & Spencer", "Black & Pink")."""
    return left[:1].isupper() and right[:1].isupper() and len(left.split()) >= 2 and len(right.split()) >= 2


def _one_capitalised_word(text: str) -> bool:
    """"Greenpeace", "dem BUND": one word that starts with a capital (after an article)."""
    words = _LEADING_ARTICLE.sub("", text).split()
    return len(words) == 1 and words[0][:1].isupper()


def _one_distinct_word(text: str) -> bool:
    """One word that is a name by its shape: "350.org", "11.11.11", "ver.di", "ActionAid"."""
    return " " not in text and _DISTINCT_MARK.search(text) is not None


def _plain_name(text: str) -> bool:
    """Two capitalised words or more with no organisation word ("Ecologistas en Acción", "Amigos
    de la Tierra"): the two sides of an "and" that are alike are two names; "Australian Fair
    Trade and Investment Network" has its organisation word on one side only, and is one."""
    words = _LEADING_ARTICLE.sub("", text).split()
    lexicon = load_lexicon()
    capitalised = [w for w in words if w[:1].isupper() or w.isdigit()]  # ("Article 19", "Charter 77")
    return len(capitalised) >= 2 and words[0][:1].isupper() and not any(lexicon.is_org_word(w) for w in _parts_of(words))


def _parts_of(words: list[str]) -> list[str]:
    """The words and the parts of hyphenated ones: "Network-Africa" holds "Network"."""
    return [part for word in words for part in word.split("-") if part]


def _surely_a_name(text: str) -> bool:
    text = _LEADING_ARTICLE.sub("", text)
    if is_acronym(text) or _one_distinct_word(text):
        return True  # "UNE", "350.org", "ActionAid"
    lexicon = load_lexicon()
    words = text.split()
    if len(words) < 2:
        return False  # "Workers and Peasants Party" is one name
    ends_with_country = any(country_index().lookup(" ".join(words[-n:])) for n in (1, 2, 3) if len(words) > n)
    return any(lexicon.is_org_word(word) for word in _parts_of(words)) or ends_with_country


def _ends_a_name(text: str) -> bool:
    """"… Party", "… (USA)": the words end a name; one word alone ("Workers and Peasants Party")
    is not a name of its own unless it is an acronym."""
    words = text.split()
    last = words[-1] if words else ""
    if len(words) == 1 and not is_acronym(last):
        return False
    return last.endswith(")") or load_lexicon().is_org_word(last)


def _split_after_country(part: Seg) -> list[Seg]:
    """A name missing its comma after a parenthesis that closes the name before it: a country
    ("… (USA) New Communist Party") or that name's acronym ("International Federation of
    Journalists (IFJ) Hong Kong Watch (UK)")."""
    for match in _PAREN_THEN_NAME.finditer(part.text):
        head = part.cut(0, match.start() + 1)
        open_at = head.text.rfind("(")
        if open_at < 0:
            continue
        inside, before = head.text[open_at + 1 : -1], head.text[:open_at]
        if country_index().lookup(inside) or (is_capitals_acronym(inside) and inside[0] == before.strip()[:1]
                                              and initials_match(inside, before)):
            return [head.strip(), *_split_after_country(part.cut(match.end()).strip())]
    return [part]
