"""Organisations named elsewhere in the text (body, related-post boilerplate): kept apart
from the parties behind the document. Found three ways: a name with an organisation word
("New Communist Party of Britain"), a name defined with its acronym ("Irish Left With
Ukraine (ILWU)"), and an acronym listed among known organisations ("the NCP, Socialist
Fight, the Consistent Democrats")."""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Sequence

from ..model import Author, OrgMention, Signatory, Span
from ._text import LATIN_UPPER, UPPER, SpanIndex, fold
from .countries import country_in_name, country_index
from .dates import is_month_name
from .entries import is_job, is_section_heading
from .lexicon import load_lexicon
from .names import initials_match, is_acronym, is_given_name, name_key, person_name_score

_TOKEN = r"(?<![\w\-])[" + UPPER + r"][\w\-]*(?:[.'’][\w\-]+)*"
_CONNECTOR = r"(?:of|for|the|and|in|with|on|to|de|du|des|la|le|les|del|della|di|da|do|dos|das|für|der|die|und|et|y|e|&)"
#: capitalised words and the small words between them; a gap of three spaces or more is a
#: column boundary ("Organisation                Country"), not a space inside a name
_RUN = re.compile(rf"{_TOKEN}(?: {{1,2}}(?:{_CONNECTOR} {{1,2}}){{0,3}}{_TOKEN}){{0,10}}")
_DEFINITION = re.compile(rf"({_RUN.pattern})\s*\(([^()\s]{{2,16}})\)")
_CAPS = re.compile(r"\b[A-Z]{3,}\b")
_ARTICLE = re.compile(r"^(?:The|La|Le|Les|Die|Der|Das|El|Los|Il|O|A)\s+")
_CONTEXT_WORD = re.compile(r"organi[sz]ation|group|party|network|movement|alliance|coalition|union", re.IGNORECASE)


def extract_mentions(text: str, signatories: list[Signatory], title: Span | None = None,
                     authors: Sequence[Author] = ()) -> list[OrgMention]:
    """Every organisation named outside the signatory entries and the authors' bylines, each name
    once. A headline in title case that is one run of capitalised words around a declaring verb
    ("Coalition Demands Living Wage for Care Workers") names no body as a whole."""
    taken = SpanIndex([s.span for s in signatories] + [s.entry for s in signatories if s.entry]
                   + [r for s in signatories for r in s.repeats] + [a.span for a in authors])
    known = {name_key(s.name) for s in signatories} | {name_key(a) for s in signatories for a in s.aliases}
    found: dict[str, OrgMention] = {}
    for mention in [*_definitions(text), *_keyword_names(text), *_listed_acronyms(text, known)]:
        if taken.overlaps(mention.span.start, mention.span.end) or is_section_heading(mention.name):
            continue  # (a signature list's section, "National Organizations", names no body)
        if title is not None and mention.span.start <= title.start and mention.span.end >= title.end and _declares(mention.name):
            continue
        key = name_key(mention.name)
        if key in found:
            previous = found[key]
            aliases = tuple(dict.fromkeys(previous.aliases + mention.aliases))
            found[key] = OrgMention(previous.name, previous.span, previous.rule, aliases, previous.country)
        else:
            found[key] = mention
    return sorted(found.values(), key=lambda m: m.span.start)


def _declares(name: str) -> bool:
    """Whether a word of ``name`` is a verb that declares ("Demands", "Urges", "Fordert"), or
    the plural subject's form of an English one ("Groups Urge Congress to …")."""
    verbs = load_lexicon().markers["declare"]
    return any(fold(word) in verbs or fold(word) + "s" in verbs for word in name.split())


def _mention(name: str, start: int, rule: str, aliases: tuple[str, ...] = ()) -> OrgMention:
    return OrgMention(name, Span(start, start + len(name)), rule, aliases, country_in_name(name))


def _trim(name: str, start: int) -> tuple[str, int]:
    """Drop a leading article, salutation or office ("Chairman of the"), and a trailing office."""
    jobs = load_lexicon().person_words["job"] | {"dear"}
    name, start = _after_document_word(name, start)
    addressed = _TO_THE.match(name)
    if addressed:  # "To the Members of the European Parliament": whom a letter is addressed to
        name, start = name[addressed.end() :], start + addressed.end()
    opening = _opening_words().match(fold(name))
    if opening:  # "According to the UN Refugee Agency"
        name, start = name[opening.end() :], start + opening.end()
    head = name.split(None, 1)
    if len(head) == 2 and fold(head[0]) in load_lexicon().markers["opening_preposition"]:
        after = _ARTICLE_AFTER.match(name, len(head[0]))
        skip = after.end() if after else len(head[0])  # "On the Executive Board of …", "In Amnesty's report"
        skip += len(name[skip:]) - len(name[skip:].lstrip())  # (and the space after it)
        name, start = name[skip:], start + skip
    while lead := _JOB_LEAD.match(name):
        first = fold(lead.group().split()[0])
        if not (first in jobs or first.removesuffix("s") in jobs or is_job(first)) or len(name) <= lead.end():
            break
        name, start = name[lead.end() :], start + lead.end()  # "Dear Members of the European Parliament"
    article = _ARTICLE.match(name)
    if article:
        name, start = name[article.end() :], start + article.end()
    held = _person_then_link(name)
    if held:  # "Dr Daragh Murray of Queen Mary University of London": the body, not the person
        name, start = name[held:], start + held
    words = name.split()
    while len(words) > 1 and fold(words[-1]) in jobs:
        words.pop()
    if len(words) > 2 and len(words[-1]) >= _MONTH_LETTERS and is_month_name(words[-1]) and words[-2].islower():
        words = words[:-2]  # "the Supreme Court in July": when, not part of the name
    name = " ".join(words) if words else name
    name = re.sub(r"(?:['’]s|\s+(?:" + _CONNECTOR + r"))+$", "", name).rstrip(" .,-")
    return name, start


_MONTH_LETTERS = 4  #: a shorter month's name is more often a word of a name ("del Mar")


#: a capitalised word and the words that link an office to its body ("Chairman of the", "Presidenta de la")
_JOB_LEAD = re.compile(r"^[A-Z][\w-]* +(?:(?:of|for|de|del|des|du|der|von|di|della|do|da|dos|das) +)?"
                       r"(?:(?:the|la|le|les|el|los|las|die|das|den|dem) +)?")


def _person_then_link(name: str) -> int:
    """Where the body starts after a person's name and a link to it ("Dr Daragh Murray of …",
    "Jane Roe at …"); 0 when the name opens with no person."""
    for link in _person_links().finditer(name):
        if person_name_score(name[: link.start()]) == 2 and name[link.end() : link.end() + 1].isupper():
            return link.end()
    return 0


@functools.cache
def _person_links() -> re.Pattern[str]:
    links = sorted(load_lexicon().markers["affiliation_link"], key=len, reverse=True)
    return re.compile(rf"(?<!\s)\s+(?:{'|'.join(re.escape(link) for link in links)})\s+")


@functools.cache
def _opening_words() -> re.Pattern[str]:
    leads = sorted(load_lexicon().markers["mention_lead"], key=len, reverse=True)
    return re.compile(rf"(?:{'|'.join(re.escape(lead) for lead in leads)})\s+(?:the\s+)?")


_ARTICLE_AFTER = re.compile(r"(?<!\s)\s+(?:the|la|le|les|el|los|las|die|der|das|den|dem|o|a|os|as|il)\b", re.IGNORECASE)
_TO_THE = re.compile(r"^(?:To the|To|An die|An den|An das|À la|À l'|Au|Aux)\s+(?=\S)")
_BY_OF = re.compile(r"^(?:of|by|from|de|du|des|der|von|del|di|da|do)\s+(?:the\s+)?", re.IGNORECASE)
_ADDRESSED_TO = re.compile(r"^(?:to|on|about|regarding|concerning|à|an|a|sur|über|sobre|su)\s+(?:the\s+)?", re.IGNORECASE)


def _after_document_word(name: str, start: int) -> tuple[str, int]:
    """A run that holds a document's kind is a title: "Statement of the Communist Party of X" names
    the Communist Party of X; "Letter to Members of the World Trade Organization" names whom it
    is addressed to (after "Members of the", which ``_trim`` drops); "Civil Society Letter on the
    WTO Negotiations" names no body."""
    documents = load_lexicon().markers["document"]
    for word in re.finditer(r"\S+", name):
        if fold(word.group()) in documents:
            after = word.end() + 1
            by = _BY_OF.match(name, after) or _ADDRESSED_TO.match(name, after) if after < len(name) else None
            if by is None:
                return "", start
            return name[by.end() :], start + by.end()
    return name, start


def _definitions(text: str) -> list[OrgMention]:
    found = []
    for match in _DEFINITION.finditer(text):
        acronym = match.group(2)
        if not is_acronym(acronym) or not initials_match(acronym, match.group(1)):
            continue
        name, start = _trim(match.group(1), match.start(1))
        tokens = name.split()
        while len(tokens) > 1 and initials_match(acronym, " ".join(tokens[1:])) and tokens[0][0].upper() != acronym[0].upper():
            start += len(tokens[0]) + 1
            tokens = tokens[1:]
        name = " ".join(tokens)
        context = text[max(0, match.start() - 80) : match.start()]
        if _has_org_word(name) or _CONTEXT_WORD.search(context):
            found.append(_mention(name, start, "mentions.definition", (acronym,)))
    return found


_JOINED = re.compile(r"(?<!\s)\s+(?:and|und|et|y|e|&)\s+(?:the|la|le|les|die|der|el)\s+|(?<!\s)\s+(?:and|&)\s+(?=[A-Z]{2,}\b)|['’]s\s+")
_POSSESSIVE = re.compile(r"['’]s\b")
_AND = re.compile(r"(?<!\s)\s+(?:and|und|et|y|e|&)\s+(?=[" + LATIN_UPPER + r"])")


def _keyword_names(text: str) -> list[OrgMention]:
    found = []
    newlines = [m.start() for m in re.finditer("\n", text)]
    for match in _RUN.finditer(text):
        if " " not in match.group() or not _has_org_word(_POSSESSIVE.sub("", match.group())):
            continue  # a name needs two words and an organisation word ("Union's" counts as "Union")
        if fold(match.group().rsplit(None, 1)[-1]) in load_lexicon().markers["time_word"]:
            continue  # "International Women's Day", "World Refugee Day": a day kept, not a body
        offset = match.start()
        following = bisect.bisect_left(newlines, match.end())
        line_end = newlines[following] if following < len(newlines) else len(text)
        rest = text[match.end() : min(line_end, match.end() + 200)]
        if (offset == 0 or text[offset - 1] == "\n") and rest.rstrip().endswith(":") and len(rest.split()) <= 2:
            continue  # "Demand to the European Union to:": a heading, not a body's name
        for part in _split_joined(match.group()):
            name, start = _trim(part[0], offset + part[1])
            if name and fold(name.split()[-1]) in load_lexicon().markers["law_word"]:
                # "Care Workers Fair Pay Act": a law, not a body; "European Parliament on the AI Act": the body before it
                about = list(_ABOUT_LAW.finditer(name))
                name = name[: about[-1].start()] if about else ""
            if fold(name.split(None, 1)[0] if name else "") in load_lexicon().markers["signer_word"]:
                continue  # "Unterzeichnende Organisationen: …": the signers' heading, no body
            if offset > 0 and _after_signer_word(text, offset):
                continue  # "die unterzeichnenden Träger und Verbände der Jugendhilfe": the signers described
            if len(name.split()) >= 2 and fold(name.split()[1]) in load_lexicon().markers["time_word"]:
                continue  # "International Day to End Impunity for Crimes …": a day, not a body
            if len(name.split()) >= 2 and _has_org_word(name) and not country_index().lookup(name) and not name.isupper():
                if len(name.split()) == 2 and is_given_name(name.split()[0]):
                    continue  # "Mary Church, Head of Campaigns": a person whose surname is an organisation's word
                found.append(_mention(name, start, "mentions.organisation_word"))
    return found


_ABOUT_LAW = re.compile(r"(?<!\s)\s+(?:on|about|regarding|against|for|to)\s+(?:the\s+)?(?=\S)")


def _after_signer_word(text: str, offset: int) -> bool:
    """Whether the word before ``offset`` describes the signers ("undersigned", "unterzeichnenden")."""
    before = text[max(0, offset - 40) : offset].rsplit(None, 1)
    return bool(before) and fold(before[-1]) in load_lexicon().markers["signer_word"]


def _split_joined(run: str) -> list[tuple[str, int]]:
    """"BAMN and the Movement for Justice" names two bodies."""
    parts, last = [], 0
    for match in _JOINED.finditer(run):
        parts.append((run[last : match.start()], last))
        last = match.end()
    parts.append((run[last:], last))
    out = []
    for text, offset in parts:  # "Russian Federation and Poland": the left part is complete
        cut = next((m for m in _AND.finditer(text) if _joins_two(text[: m.start()], text[m.end() :])), None)
        if cut:
            out += [(text[: cut.start()], offset), (text[cut.end() :], offset + cut.end())]
        else:
            out.append((text, offset))
    return out


def _listed_acronyms(text: str, known: set[str]) -> list[OrgMention]:
    """Acronyms in a comma list whose other items are organisations."""
    found = []
    for sentence in re.finditer(r"[^.!?\n]+", text):
        if sentence.group().count(",") < 2 or not _CAPS.search(sentence.group()):
            continue
        parts = list(re.finditer(r"(?:^|,|\band\b)\s*(?:the\s+)?([^,]+?)(?=\s*(?:,|\band\b|$))", sentence.group()))
        if len(parts) < 3:
            continue
        names = [_tail_name(p.group(1).strip()) for p in parts]
        organisations = sum(1 for n in names if name_key(n) in known or _has_org_word(n))
        if organisations < 2:
            continue
        for part, name in zip(parts, names, strict=True):
            if is_acronym(name) and name.isupper() and len(name) >= 3:
                offset = part.group(1).rfind(name)
                found.append(_mention(name, sentence.start() + part.start(1) + max(offset, 0), "mentions.listed_acronym"))
    return found


def _joins_two(left: str, right: str) -> bool:
    return _has_org_word(left) and (_has_org_word(right) or country_index().lookup(right) is not None)


def capitalised_runs(text: str) -> list[re.Match[str]]:
    """Runs of capitalised words (with small connecting words) in ``text``."""
    return list(_RUN.finditer(text))


def _tail_name(text: str) -> str:
    """The name at the end of a list's first item ("a front supported by the NCP" -> "NCP")."""
    match = re.search(r"(?:^|\s)(?:the\s+)?([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)$", text)
    return match.group(1) if match else text


def _has_org_word(name: str) -> bool:
    lexicon = load_lexicon()
    return any(lexicon.is_org_word(w) for w in re.split(r"[\s\-/]+", name) if w[:1].isupper())
