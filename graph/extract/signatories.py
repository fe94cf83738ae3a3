"""Who stands behind a document: every issuer, signatory, endorser, distributor and the
body it is adapted from, each with the span it came from and the rule that found it.

The rules, in the order they run: cue headings and inline cues (see ``cues``), the names
before an "other signatories include" paragraph, a name list closing the text after its
dateline, and a letterhead spliced into the text. Entries naming the same body within the
document are merged (the first role in ROLE_ORDER wins).
"""

from __future__ import annotations

import os
import re

from anyascii import anyascii

from ..model import ROLES, Identifier, Signatory, Span
from ._text import Line, Seg, fold, is_all_caps
from .blocks import (
    Item,
    collect_block,
    is_marked,
    is_prose,
    is_stop_line,
    list_items,
    parse_block,
    signer_kind,
)
from .contacts import country_of_identifiers, identifiers_in, is_contact_line, is_postal_address
from .countries import country_in_name, country_index, demonym_only
from .cues import GENITIVE_ISSUER, Cue, find_cues, signers_speak
from .dates import is_date_line, parse_dates
from .entries import QUOTED_NAME, Entry, is_disclaimer, is_job, parse_entry
from .inline import acronym_name_start, opens_a_name, split_inline
from .lexicon import document_nouns, load_lexicon
from .names import (
    document_initials,
    ends_with_legal_form,
    has_org_word,
    initials,
    is_acronym,
    is_capitals_acronym,
    looks_like_organisation,
    name_key,
    person_name_score,
)

ROLE_ORDER = ("issuer", "signatory", "endorser", "distributor", "adapted_from")
_BLOCK_KINDS = {"heading", "heading_loose", "closing", "further", "table"}
#: (not before a small word that goes on the name: "… for the Right to Housing and to the City")
_CONNECTOR = re.compile(r"(?<!\s)\s+(?:and|AND|&|und|et|y|та|і)\s+(?:the\s+|THE\s+)?"
                        r"(?!(?:to|of|for|in|on|at|with|from|de|du|des|la|le|les|di|da|do|der|die|das|für|von|zu)\s)")
_URL_ONLY = re.compile(r"^(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)+/?$", re.IGNORECASE)


def extract_signatories(text: str, lines: list[Line], stop: int) -> list[Signatory]:
    """Every party behind the document found in lines[:stop] (the main content)."""
    known = document_initials(text)
    cues = find_cues(lines, stop)
    # (a block under a heading ends where another cue's line starts, one with its list inline too:
    # "The undersigned organisations urge …" over "This statement is endorsed by: A, B and C.")
    block_lines = sorted({cue.line for cue in cues if cue.kind in _BLOCK_KINDS or cue.kind == "inline" and cue.rule != "signatories.declaring_list"})
    items: list[Item] = []
    covered: set[int] = set()
    for cue in sorted(cues, key=lambda c: c.kind in {"issuer", "adapted_from"}):
        if cue.kind in {"issuer", "adapted_from"} and cue.line in covered:
            continue  # a sentence inside a list entry (a table's description cell) speaks for that entry
        items.extend(_items_for(cue, lines, stop, block_lines, known, covered, text))
    content = [line for line in lines[:stop] if not line.blank]
    items.extend(_after_dateline(content, known, covered))
    items.extend(_closing_list(content, known, covered, signers_speak(lines, stop), lines))
    paragraphs = _paragraphs(lines[:stop])
    items.extend(_closing_signatures(paragraphs, lines, known, covered))
    items.extend(_letterhead(paragraphs, known, covered))
    items.extend(_letterhead_with_contacts(paragraphs, known, covered))
    items.extend(_letterhead_line(paragraphs, known, covered, text))
    merged = _consolidate(_inflected_issuers(items))
    for item in merged:
        if len(item.pieces) > 1:
            _verbatim_form(item, text)
    _footer_country(merged, lines, stop, covered)
    return [_to_signatory(item) for item in merged if _worth_keeping(item)]


def _items_for(
    cue: Cue, lines: list[Line], stop: int, block_lines: list[int], known: frozenset[str], covered: set[int], text: str
) -> list[Item]:
    if cue.kind in {"heading", "heading_loose", "closing", "table"}:
        limit = next((i for i in block_lines if i > cue.line), stop)
        first = cue.line if cue.kind == "table" else cue.line + 1  # (a table's header row is part of its block)
        block = collect_block(lines, first, limit, loose=cue.kind == "heading_loose")
        dated = next((i for i, line in enumerate(block) if i and is_date_line(line.text)), None)
        block = block[:dated]  # "Quito, 10 de octubre de 2019" under the names: the text's dateline, not one of them
        inline = _names_on_one_line(block, cue, known) if cue.kind in {"heading", "heading_loose"} else []
        if inline:  # "Aderiscono:" over "ARCI, ACLI, CGIL, Legambiente e oltre 200 associazioni locali."
            covered.add(block[0].index)
            return inline
        covered.update(line.index for line in block)
        kind = signer_kind(lines[cue.line].text) if cue.kind != "table" else None  # ("Organisations:" over bodies only)
        return parse_block(block, lines, cue.role, cue.rule, known, kind)
    if cue.kind == "further":
        before = _block_before(lines, cue.line)
        covered.update(line.index for line in before)
        items = parse_block(before, lines, "signatory", "signatories.before_further", known) if len(before) >= 2 else []
        if cue.content:
            items += _named_inline(cue.content, "signatory", cue.rule, known)  # (not "More signatories are expected.")
        return items
    if cue.kind == "inline" and cue.content and cue.names:
        return _named_inline(cue.content, cue.role, cue.rule, known, list(cue.names))
    if cue.kind == "inline" and cue.content:
        content = _wrapped_on(cue.content, lines, cue.line, stop, block_lines, covered, text)
        return _named_inline(content, cue.role, cue.rule, known)
    if cue.kind in {"issuer", "adapted_from"} and cue.content:
        shouted = is_all_caps(lines[cue.line].text)
        return [item for item in _named(cue, known) if not shouted or _a_name_in_capitals(item.entry.label, known, text)]
    if cue.kind == "membership" and cue.content:
        members = list_items(split_inline(cue.content), "issuer", cue.rule, known, inline=True)
        coalition = _coalition(cue.subject or "", text)
        return ([coalition] if coalition else []) + members if len(members) >= 2 else []
    return []


def _wrapped_on(content: Seg, lines: list[Line], index: int, stop: int, block_lines: list[int], covered: set[int],
               text: str) -> Seg:
    """An inline list that goes on over the next lines while each ends with a comma or a
    semicolon ("supported by: A (BKDP);" / "B (ITUC); C (ETUC);" / "D; E (LO)."): one list, its
    line breaks read as spaces (one character each, so offsets stay the document's)."""
    end = index
    while (lines[end].text.rstrip().endswith((",", ";")) and end + 1 < stop and not lines[end + 1].blank
           and end + 1 not in block_lines):
        end += 1
    if end == index:
        return content
    covered.update(range(index + 1, end + 1))
    return Seg(text[content.start : lines[end].seg.end].replace("\r", " ").replace("\n", " "), content.start)


_LISTED_COMMAS = 2  #: commas of a line under a heading that lists names inline


def _names_on_one_line(block: list[Line], cue: Cue, known: frozenset[str]) -> list[Item]:
    """The names of a block's first line when it lists them set apart by commas and the line
    opens with no person's name ("Jane Roe, Professor, University of Leeds" is one entry)."""
    if not block or block[0].text.count(",") < _LISTED_COMMAS or is_marked(block[0].text):
        return []
    if person_name_score(block[0].text.split(",")[0].strip()) == 2:
        return []
    if len(block) > 1 and not all(line.text.rstrip().endswith(".") for line in block[1:]):
        return []  # (more lines of names below it: a block of entries, each line one)
    items = _named_inline(block[0].seg.strip(), cue.role, cue.rule, known)
    return items if len(items) > _LISTED_COMMAS else []


def _named_inline(content: Seg, role: str, rule: str, known: frozenset[str], pieces: list[Seg] | None = None) -> list[Item]:
    """The entries of an inline list (``pieces``, when its names are already split), when most of
    them are names ("signed by prominent advocates, academics …" and "… are expected" list none)."""
    items = list_items(pieces or split_inline(content), role, rule, known, inline=True)
    named = [any(c.isupper() or c.isdigit() for c in i.entry.label) or opens_a_name(i.entry.label) and "@" not in i.entry.label
             for i in items]  # ("ver.di"; not "pace@example.it")
    if sum(named) * 2 <= len(items):
        return []
    # a one-word name in small letters among names is one ("freifunk.net"); "among others" is none
    return [i for i, is_named in zip(items, named, strict=True) if is_named or " " not in i.entry.label.strip()]


def _named(cue: Cue, known: frozenset[str]) -> list[Item]:
    """The body named after an issuer or adapted-from phrase ("by X / Y (USA)", "of A and B")."""
    assert cue.content is not None
    parts = cue.content.split(_CONNECTOR)
    if all(_kind_of_body(part.text) for part in parts):
        return []  # "Erklärung von Gewerkschaften und Sozialverbänden": kinds of bodies, no names
    if acronym_name_start(cue.content.text, _CONNECTOR) == 0:
        parts = [cue.content]  # "… Parties and Organizations (ICOR)": one name
    if any(len(part.text.split()) == 1 and not is_acronym(part.text) for part in parts[:-1]):
        parts = [cue.content]  # "of Communist and Workers' Parties": "Communist" names no body of its own
    if any(country_index().names_a_place(part.text) for part in parts[1:]):
        parts = [cue.content]  # "Labour Friends of Palestine & the Middle East": a place goes on the name
    items = []
    for part in parts:
        entry = parse_entry(part, inline=True, known_initials=known)
        if entry and (_is_proper_name(entry) or cue.rule == GENITIVE_ISSUER and entry.kind == "organisation"):
            items.append(Item(entry, cue.role, cue.rule))  # ("Заява Конфедерації вільних профспілок")
    return items


_COMPOUND_HEAD, _COMPOUND_TAIL = 3, 4  #: letters before and of an organisation word that ends a compound ("Sozial|verbänden")


def _kind_of_body(text: str) -> bool:
    """One word that names a kind of body, in the plural or a compound ("Gewerkschaften",
    "Sozialverbänden", "unions"); not an acronym or a name."""
    word = text.strip()
    if " " in word or is_acronym(word) or not word:
        return False
    lexicon = load_lexicon()
    return lexicon.is_org_word(word) or any(lexicon.is_org_word(word[i:]) for i in range(_COMPOUND_HEAD, len(word) - _COMPOUND_TAIL + 1))


_SHORT_ACRONYM = 4  #: letters of a word in capitals that may be an acronym without the text saying so


def _a_name_in_capitals(label: str, known: frozenset[str], text: str) -> bool:
    """Whether a body named in a line written all in capitals is a name: one word there could be
    any word ("NOTA DE REPÚDIO", "NOTA DE APOIO"), so it must be short, the initials of a name in
    the text, or written in capitals again in a line that is not ("NOTA DA CUT" … "A CUT convoca")."""
    if " " in label.strip() or len(label) <= _SHORT_ACRONYM or label in known:
        return True
    for match in re.finditer(rf"(?<!\w){re.escape(label)}(?!\w)", text):
        line_start = text.rfind("\n", 0, match.start()) + 1
        line_end = text.find("\n", match.end())
        if not is_all_caps(text[line_start : line_end if line_end >= 0 else len(text)]):
            return True
    return False


def _is_proper_name(entry: Entry) -> bool:
    if parse_dates(entry.label) or re.fullmatch(r"[\W\d]*\w+[\W\d]+", entry.label):
        return False
    # a quoted name may hold small words ("Bündnis „Wohnen für alle“", "ГО «Зелений Львів»")
    words = [w for w in re.split(r"\s+", QUOTED_NAME.sub(" Q ", entry.label)) if w]
    small = {"of", "for", "the", "and", "in", "on", "de", "du", "des", "la", "le", "der", "die", "von", "für", "y", "e",
             "del", "della", "delle", "dei", "degli", "di", "da", "do", "dos", "das", "et", "und",
             # the prepositions of a name that says its cause ("Global Campaign to Return to Palestine",
             # "Campaign Against Arms Trade", "Bündnis gegen Rechts", "Movimiento por la Paz")
             "to", "against", "with", "from", "pour", "contre", "avec", "gegen", "mit", "por", "para", "contra", "con",
             "per", "pela", "pelo", "em", "en"}
    lowercase = [w for w in words if w[:1].isalpha() and not (w[:1].isupper() or w.lower() in small)]  # ("&", "–" are neither)
    # French and Spanish names go on in small letters ("Parti communiste français"): with a
    # capitalised organisation word first and an acronym given, they are names all the same
    if not words or (lowercase and not (entry.aliases and words[0][:1].isupper() and has_org_word(words[0]))):
        return False
    if is_all_caps(entry.label) and len(words) > 1 and not looks_like_organisation(entry.label.lower()):
        return False
    return (
        entry.kind == "organisation" and (looks_like_organisation(entry.label) or bool(entry.aliases)
                                          or bool(QUOTED_NAME.search(entry.label)))  # ("Bündnis „Wohnen für alle“")
    ) or is_acronym(entry.label) or person_name_score(entry.label) == 2


def _coalition(subject: str, text: str) -> Item | None:
    """"Members of the Alliance include ...": the full name the document gives the Alliance."""
    head = re.sub(r"^(?:the|la|le|les|die|der|das|el|il|los|las|lo|a|o|os|as)\s+", "", subject.strip(), flags=re.IGNORECASE)
    if not head[:1].isupper():
        return None
    pattern = re.compile(rf"{re.escape(head)}(?:\s+(?:(?:for|of|the|and|an|a|on|in|to)\b|[A-Z][\w'’-]*))*")
    best = max(pattern.finditer(text), key=lambda m: len(m.group().rstrip()), default=None)
    if best is None:
        return None
    seg = Seg(best.group(), best.start()).strip()
    if len(head.split()) > len(seg.text.split()) and head.split()[-1][:1].isupper():
        seg = Seg(head, best.start())  # the subject names it in full ("A Frente Nacional contra a Privatização da Saúde")
    seg = _trim_small_words(seg)
    if len(seg.text.split()) < 2 and not is_acronym(seg.text):
        return None  # "Das Bündnis besteht aus …", "The Alliance is made up of …": a common noun, named nowhere in full
    entry = Entry(whole=seg, name=seg, kind="organisation")
    return Item(entry, "issuer", "signatories.membership_coalition")


def _trim_small_words(seg: Seg) -> Seg:
    while seg.text and seg.text.split()[-1].lower() in {"for", "of", "the", "a", "an", "and", "on", "in", "to"}:
        seg = seg.cut(0, len(seg.text) - len(seg.text.split()[-1])).strip()
    return seg


def _block_before(lines: list[Line], cue_line: int) -> list[Line]:
    """The run of entry lines just above a line (footnote and disclaimer lines skipped)."""
    block: list[Line] = []
    index = cue_line - 1
    while index >= 0 and (lines[index].blank or is_disclaimer(lines[index].text)) and cue_line - index < 4:
        index -= 1
    while index >= 0 and not lines[index].blank and not is_prose(lines[index].text):
        if not is_disclaimer(lines[index].text):
            block.insert(0, lines[index])
        index -= 1
    return block


def _after_dateline(content: list[Line], known: frozenset[str], covered: set[int]) -> list[Item]:
    """A list of names closing the text right after its dateline ("Brasília, 05 de setembro de 2016");
    ``content``: the main text's lines that are not blank."""
    for position, line in enumerate(content):
        if position < len(content) // 2 or not is_date_line(line.text):
            continue
        rest = content[position + 1 :]
        if (2 <= len(rest) <= 400 and not any(line.index in covered for line in rest)
                and all(not is_prose(line.text) and not is_stop_line(line.text) for line in rest)
                and not any(line.text.rstrip()[-1:] in {"!", "?"} for line in rest)
                and _mostly_surely_named(rest, known)):
            covered.update(line.index for line in rest)
            return list_items([line.seg for line in rest], "signatory", "signatories.after_dateline", known)
    return []


def _mostly_surely_named(lines: list[Line], known: frozenset[str]) -> bool:
    """Whether most lines name a party beyond doubt (a body by an organisation word, a legal form,
    an acronym or a country; a person by a full name): under a dateline, "The war in Ukraine has
    entered its second week" names nobody."""
    entries = [parse_entry(line.seg, known_initials=known) for line in lines]
    sure = sum(1 for e in entries if e is not None and (e.kind == "person" and person_name_score(e.label) == 2 or _surely_a_body(e)))
    return sure * 2 > len(lines)


def _surely_a_body(entry: Entry) -> bool:
    """An organisation beyond doubt: an organisation word, a legal form, an acronym or a country."""
    return entry.kind == "organisation" and (
        has_org_word(entry.label) or ends_with_legal_form(entry.label) or bool(entry.aliases) or bool(entry.country))


_CLOSING_LIST_MIN = 3  #: entries a numbered or bulleted list of bodies needs to sign a text without a cue
_CLOSING_TAIL_LINES = 2  #: short lines a closing list may have after it ("Further signatures are possible.")
_CLOSING_TAIL_WORDS = 10
_CLOSING_NAME_WORDS = 10  #: a longer "name" is a sentence: "Members of the Alliance include …"


def _closing_list(content: list[Line], known: frozenset[str], covered: set[int], undersigned: bool = False,
                  lines: list[Line] | None = None) -> list[Item]:
    """A numbered or bulleted list of organisations that closes the text with no cue above it
    ("1. Communist Party of Australia (Australia) / 2. … / 10. AKEL (Cyprus)"): its signatories.
    Four in five entries must be surely organisations (an organisation word, a legal form, an
    acronym or a country), so a closing list of demands or of readings is none. In a text the
    signers speak in ("We, the undersigned scientists, …": ``undersigned``), persons placed by
    a body or a country count as well ("2. Dr. Friederike Otto, University of Oxford, UK")."""
    tail: list[Line] = []
    skipped = 0
    for line in reversed(content):
        if line.index in covered:
            break
        if (is_marked(line.text) or undersigned and _plain_entry_line(line.text) or _signing_person(line.text)) and not is_prose(line.text):
            tail.insert(0, line)
        elif tail and signer_kind(line.text):
            tail.insert(0, line)  # "Individuals:" between the bodies and the persons: the list goes on above it
        elif not tail and skipped < _CLOSING_TAIL_LINES and len(line.text.split()) <= _CLOSING_TAIL_WORDS:
            skipped += 1
        else:
            break
    tail = [line for line in tail if not _group_heading(line.text)]  # "International", "Africa", "Brasil:"
    named = [line for line in tail if not signer_kind(line.text)]  # (the kind headings stay: they say what is below them)
    signing = bool(named) and all(_signing_person(line.text) for line in named)  # "Kate Hudson, General Secretary, CND" on each line
    if len(named) < (_SIGNING_PERSONS_MIN if signing else _CLOSING_LIST_MIN):
        return []
    if (undersigned or signing) and lines is not None and not any(is_marked(line.text) for line in named):
        signed = parse_block(tail, lines, "signatory", "signatories.closing_list", known)
        if signed and any(item.entry.kind == "person" and item.entry.affiliation for item in signed):
            covered.update(line.index for line in tail)  # "Stefan Romaniw OAM / Chairman / Australian Federation …"
            return signed
    entries = [parse_entry(line.seg, known_initials=known) for line in named]
    bodies = [e for e in entries if e is not None and len(e.label.split()) <= _CLOSING_NAME_WORDS
              and (_surely_a_body(e) or undersigned and e.kind == "person" and bool(e.affiliation or e.country))]
    if len(bodies) * 5 < len(named) * 4:
        return []
    covered.update(line.index for line in tail)
    return list_items([line.seg for line in tail], "signatory", "signatories.closing_list", known)


_SIGNATURE_LINES = 4  #: a signature: the name, an office, the body (and one line more)
_SIGNATURES_MIN = 2  #: signatures that close a text with no sign-off above them


def _closing_signatures(paragraphs: list[list[Line]], lines: list[Line], known: frozenset[str], covered: set[int]) -> list[Item]:
    """Signatures that close the text with no sign-off above them, a paragraph each: a person's
    name, an office, the body ("Anna Berg" / "Director" / "Whistleblowing International Network")."""
    signed: list[list[Line]] = []
    for paragraph in reversed(paragraphs):
        if any(line.index in covered for line in paragraph) or not 2 <= len(paragraph) <= _SIGNATURE_LINES:
            break
        office = paragraph[1].text.strip(" ,")
        an_office = fold(office) in load_lexicon().person_words["job"] or any(is_job(w) for w in office.split()[:_OFFICE_WORDS])
        if person_name_score(paragraph[0].text.strip(" ,")) != 2 or not an_office:
            break
        signed.insert(0, paragraph)
    if len(signed) < _SIGNATURES_MIN:
        return []
    block = [line for paragraph in signed for line in paragraph]
    items = parse_block(block, lines, "signatory", "signatories.closing_signatures", known)
    if not any(item.entry.kind == "person" for item in items):
        return []
    covered.update(line.index for line in block)
    return items


_OFFICE_WORDS = 4  #: words of an office line ("Senior Legal Officer")


def _signing_person(text: str) -> bool:
    """"Lindsey German, Convenor, Stop the War Coalition": a person's name, an office, a body."""
    parts = [part.strip() for part in text.split(",")]
    return (len(parts) >= _SIGNING_PARTS and person_name_score(parts[0]) == 2 and any(is_job(w) for w in parts[1].split())
            and len(text.split()) <= _CLOSING_NAME_WORDS + 4)


_SIGNING_PARTS = 3
_SIGNING_PERSONS_MIN = 2  #: persons who sign with their offices: two are a list ("co-chairs")


def _plain_entry_line(text: str) -> bool:
    """An unmarked line that may be an entry of a closing list: short, no sentence, and no
    labelled line ("Media contact: Jane Doe, press@…")."""
    return (len(text.split()) <= _CLOSING_NAME_WORDS + 2 and text.rstrip()[-1:] not in {".", "!", "?", ":"}
            and ": " not in text)


def _group_heading(text: str) -> bool:
    """A line that heads the entries below it by where or what they are: a region, a country or a
    scope ("Africa", "Brasil", "International")."""
    stripped = text.strip(" :")
    return bool(country_index().lookup(stripped) or country_index().is_region(stripped)
                or fold(stripped) in load_lexicon().markers["scope_word"])


def _letterhead(paragraphs: list[list[Line]], known: frozenset[str], covered: set[int]) -> list[Item]:
    """A letterhead spliced into the text: a name in capitals, then the bodies it groups
    (often with their countries), then its web address."""
    items: list[Item] = []
    for index, paragraph in enumerate(paragraphs):
        if not (2 <= len(paragraph) <= 7) or not _URL_ONLY.match(paragraph[-1].text):
            continue
        if any(line.index in covered for line in paragraph) or any(line.text.rstrip().endswith(":") for line in paragraph):
            continue  # a list under a cue, or one with a sub-heading, is not a letterhead
        # (an address or a phone line in it is the letterhead's, not a body's: "Kaiserin-Augusta-Allee 5, 10553 Berlin")
        bodies = [parse_entry(line.seg, known_initials=known) for line in paragraph[:-1]
                  if not (is_postal_address(line.text) or is_contact_line(line.text))]
        if not bodies or any(b is None or b.kind != "organisation" or len(b.label.split()) > 10 for b in bodies):
            continue
        if not all(b is not None and (b.country or looks_like_organisation(b.label)) for b in bodies):
            continue
        heading = _caps_heading(paragraphs, index)
        if heading is not None:
            items.append(heading)
        for body in bodies:
            assert body is not None
            body.identifiers.extend(identifiers_in(paragraph[-1].text))
            items.append(Item(body, "issuer", "signatories.letterhead"))
    return items


_LETTERHEAD_LINES = 6  #: an organisation's name and at most this many lines in all: address, phone, mail
_LETTERHEAD_NAME_WORDS = 8


def _letterhead_with_contacts(paragraphs: list[list[Line]], known: frozenset[str], covered: set[int]) -> list[Item]:
    """The letterhead a document opens with: an organisation's name, then its address and
    contact lines ("NATIONAL UNION OF JOURNALISTS / Headland House, 72 Acton Street … / Tel: …")."""
    if not paragraphs:
        return []
    first, *rest = paragraphs[0]
    if not (1 <= len(rest) < _LETTERHEAD_LINES) or any(line.index in covered for line in paragraphs[0]):
        return []
    contacts = [line for line in rest if is_contact_line(line.text) and not is_date_line(line.text)]
    if rest and rest[0] not in contacts and not re.search(r"[\d.!?:]", rest[0].text) and has_org_word(rest[0].text):
        rest = rest[1:]  # a department under the name: "Secretariado Permanente del Comité Confederal"
    if not contacts or not rest or not all(line in contacts or re.search(r"\d", line.text) for line in rest):
        return []  # every line under the name is an address or a contact line, one at least a contact
    if re.search(r"[!?:]", first.text) or any(is_date_line(line.text) for line in rest):
        return []  # a headline over its date, not a letterhead
    entry = parse_entry(first.seg, known_initials=known)
    if entry is None or entry.kind != "organisation" or len(entry.label.split()) > _LETTERHEAD_NAME_WORDS:
        return []
    if not (has_org_word(entry.label) or ends_with_legal_form(entry.label) or any(is_postal_address(line.text) for line in rest)):
        return []  # (a postal address as well as a contact line: "FRIENDS OF THE EARTH SCOTLAND" needs no organisation word)
    for line in contacts:
        entry.identifiers.extend(identifiers_in(line.text))
    covered.update(line.index for line in paragraphs[0])
    return [Item(entry, "issuer", "signatories.letterhead")]


def _letterhead_line(paragraphs: list[list[Line]], known: frozenset[str], covered: set[int], text: str) -> list[Item]:
    """A document that opens with a line of its own naming a body and its acronym, which the
    text then speaks of by that acronym: "International Coordination of Revolutionary Parties
    and Organizations (ICOR)" over "Resolution: …" and "ICOR condemns …". Never a headline:
    a line with a document noun ("Statement of the CPI (M)"), a colon, a date or a sentence mark."""
    if len(paragraphs) < 2 or len(paragraphs[0]) != 1 or paragraphs[0][0].index in covered:
        return []
    line = paragraphs[0][0]
    if re.search(r"[\d:!?;]", line.text) or document_nouns().search(fold(line.text)):
        return []
    entry = parse_entry(line.seg, known_initials=known)
    if entry is None or entry.kind != "organisation" or entry.whole.text.strip() != line.text.strip():
        return []
    acronyms = [a for a in entry.aliases if is_capitals_acronym(a.replace(" ", ""))]
    if not acronyms or not has_org_word(entry.label) or len(entry.label.split()) > _LETTERHEAD_NAME_WORDS + 4:
        return []
    after = text[line.seg.end :]
    if not any(re.search(rf"(?<!\w){re.escape(acronym)}(?!\w)", after) for acronym in acronyms):
        return []  # the text never speaks of the body again: a headline that names it
    covered.add(line.index)
    return [Item(entry, "issuer", "signatories.letterhead_line")]


def _caps_heading(paragraphs: list[list[Line]], index: int) -> Item | None:
    if index == 0:
        return None
    previous = paragraphs[index - 1]
    if not (1 <= len(previous) <= 3) or not all(is_all_caps(line.text) for line in previous):
        return None
    seg = Seg(" ".join(line.text for line in previous), previous[0].seg.start)
    entry = Entry(whole=seg, name=seg, kind="organisation", display=seg.text)
    if not looks_like_organisation(seg.text.lower()):
        return None
    return Item(entry, "issuer", "signatories.letterhead", pieces=[line.seg for line in previous])


def _paragraphs(lines: list[Line]) -> list[list[Line]]:
    out: list[list[Line]] = []
    for line in lines:
        if line.blank:
            if out and out[-1]:
                out.append([])
            continue
        if not out:
            out.append([])
        out[-1].append(line)
    return [p for p in out if p]


# -- merging within a document ------------------------------------------------------------


def _listed_apart(a: Item, b: Item) -> bool:
    """Two entries of one list under different names are two bodies, whatever short form they
    share ("… (Sindsep-DF) – DF" and "… (Fenajufe) – DF")."""
    return (a.position is not None and b.position is not None and a.rule == b.rule
            and name_key(a.entry.label) != name_key(b.entry.label))


def _forms(item: Item) -> set[str]:
    forms = {name_key(item.entry.label)} | {name_key(a) for a in item.entry.aliases}
    return {f for f in forms if len(f) >= 2}


def _may_relate(item: Item) -> bool:
    """Only an acronym or a name from a letterhead, an issuer phrase or an office line can be
    another entry's short or long form; list entries are compared by their forms alone."""
    return item.role == "issuer" or is_acronym(item.entry.label)


def _related(a: Item, b: Item) -> bool:
    """Organisations whose names differ but which the document shows to be one: a name and
    its continuation ("X" / "X for the Y"), an acronym and its expansion."""
    if a.entry.kind != b.entry.kind:
        return False
    ka, kb = name_key(a.entry.label), name_key(b.entry.label)
    for short, long_ in ((ka, kb), (kb, ka)):
        if long_.startswith(short + " ") and re.match(r"(?:for|of|de|du|des|für|of the) ", long_[len(short) + 1 :]):
            return True
    for x, y in ((a, b), (b, a)):
        short = anyascii(x.entry.label).replace(".", "")
        if is_acronym(x.entry.label) and short == initials(y.entry.label) and len(short) >= 3:
            return True
    return False


def _inflected_issuers(items: list[Item]) -> list[Item]:
    """A body a Slavic headline names in the genitive ("Заява Конгресу українців Канади") is the
    one a list names in the nominative ("Конгрес українців Канади"): that entry is the issuer,
    and the headline's name one of its repeats. So is a body an issuer phrase names in the
    dative ("Erklärung von … dem Paritätischen Gesamtverband") and a sentence of the text names
    as its subject ("… der Paritätische Gesamtverband lehnen … ab")."""
    kept = list(items)
    for inflected in [item for item in items if item.rule in _INFLECTING_RULES]:
        genitive = inflected.rule == GENITIVE_ISSUER
        same = next((item for item in kept if item is not inflected and _same_stems(item.entry.label, inflected.entry.label)
                     and (genitive or item.rule not in _INFLECTING_RULES and item.role == "issuer"
                          and fold(item.entry.label) != fold(inflected.entry.label))), None)
        if same is not None:
            same.role, same.rule = inflected.role, inflected.rule if genitive else same.rule
            same.repeats.append(_entry_span(inflected))
            kept.remove(inflected)
    return kept


_INFLECTING_RULES = frozenset({GENITIVE_ISSUER, "signatories.issuer_phrase_list", "signatories.issuer_phrase"})


_ENDING = 3  #: letters a case ending may change at the end of a word ("Конгрес" / "Конгресу", "Fundacja" / "Fundacji")


def _same_stems(first: str, second: str) -> bool:
    """Whether two names are one in different cases: as many words, each pair alike but for its ending."""
    a, b = fold(first).split(), fold(second).split()
    return len(a) == len(b) and all(
        len(os.path.commonprefix([x, y])) >= max(1, min(len(x), len(y)) - _ENDING + 1) for x, y in zip(a, b, strict=True))


def _consolidate(items: list[Item]) -> list[Item]:
    """Merge items naming the same body. Shared names are found through an index; the
    prefix and acronym rules, which need a pairwise look, run only on organisations with a
    name of that shape (few per document)."""
    kept: list[Item] = []
    by_form: dict[tuple[str, str], Item] = {}
    for item in items:
        target = next((by_form[(item.entry.kind, f)] for f in _forms(item)
                       if (item.entry.kind, f) in by_form and not _listed_apart(by_form[(item.entry.kind, f)], item)), None)
        if target is None and item.entry.kind == "organisation" and _may_relate(item):
            target = next((k for k in kept if _may_relate(k) and _related(k, item)), None)
        if target is None:
            kept.append(item)
            target = item
        else:
            _merge(target, item)
        for form in _forms(target):
            by_form.setdefault((target.entry.kind, form), target)
    return kept


def _merge(target: Item, other: Item) -> None:
    t, o = target.entry, other.entry
    # (a person listed again with another affiliation: only the name is a repeat; the body after it
    # is still read as a mention, so no body the text names is lost)
    elsewhere = o.kind == "person" and bool(o.affiliation) and o.affiliation != t.affiliation
    target.repeats.extend([o.name.span if elsewhere else _entry_span(other), *other.repeats])
    if _prefer(o, t):
        t.aliases.append(t.label)
        t.whole, t.name, t.display, target.pieces = o.whole, o.name, o.display, other.pieces
        if other.role == target.role:
            target.rule = other.rule  # (the rule that found the name reported)
    else:
        t.aliases.append(o.label)
    t.aliases.extend(o.aliases)
    seen: set[str] = {name_key(t.label)}
    t.aliases = [a for a in t.aliases if not (name_key(a) in seen or seen.add(name_key(a)))]  # type: ignore[func-returns-value]
    t.country = t.country or o.country
    t.affiliation = t.affiliation or o.affiliation
    t.identifiers.extend(i for i in o.identifiers if i not in t.identifiers)
    if ROLE_ORDER.index(other.role) < ROLE_ORDER.index(target.role):
        target.role, target.rule = other.role, other.rule


def _prefer(candidate: Entry, current: Entry) -> bool:
    """A name in ordinary case beats one in capitals; a shorter full name beats an acronym."""
    if is_all_caps(current.label) and not is_all_caps(candidate.label) and len(candidate.label.split()) > 1:
        return True
    return is_acronym(current.label) and not is_acronym(candidate.label) and len(candidate.label.split()) > 1


_VERBATIM_SHORTER = 2  #: letters a name printed in one piece may lack against the one rebuilt from lines


def _verbatim_form(item: Item, text: str) -> None:
    """A name rebuilt from lines of a column layout: when the document also prints it in
    one piece elsewhere, report that form, whose span holds the whole name."""
    from rapidfuzz import fuzz, process

    from .mentions import capitalised_runs

    label = item.entry.label
    candidates = {run.group(): run for run in capitalised_runs(text) if len(run.group().split()) >= 2}
    best = process.extractOne(name_key(label), list(candidates), scorer=fuzz.ratio, processor=name_key, score_cutoff=92)
    if best is None or len(name_key(best[0])) < len(name_key(label)) - _VERBATIM_SHORTER:
        return  # (a run that stops short of the name is a piece of it: "… in the Philip-" over "pines")
    run = candidates[best[0]]
    entry = item.entry
    entry.aliases.append(label)
    entry.country = entry.country or country_in_name(label)
    entry.name = Seg(run.group(), run.start()).strip(" .,;:")
    entry.display = None
    item.pieces = []


def _footer_country(items: list[Item], lines: list[Line], stop: int, covered: set[int]) -> None:
    """Contact lines outside any list (a letter's footer) identify the one issuing body."""
    issuers = [i for i in items if i.role == "issuer" and i.entry.kind == "organisation"]
    if len(issuers) != 1:
        return
    identifiers: list[Identifier] = []
    for line in lines[:stop]:
        if not line.blank and line.index not in covered and is_contact_line(line.text):
            identifiers.extend(identifiers_in(line.text))
    entry = issuers[0].entry
    if identifiers and not entry.identifiers:
        entry.identifiers.extend(identifiers)
        domain_country = country_of_identifiers(identifiers)
        if domain_country and (entry.country is None or demonym_only(entry.label)):
            entry.country = domain_country


def _worth_keeping(item: Item) -> bool:
    label = item.entry.label
    if item.rule == "signatories.issuer_phrase" and _kind_of_bodies(label):
        return False  # "Joint Statement of Ukrainian Community Organisations": what the issuers are, not who
    return item.role in ROLES and len(label) >= 2 and any(c.isalnum() for c in label)


def _kind_of_bodies(label: str) -> bool:
    """A phrase that describes bodies instead of naming one: a plural noun for signers at the end
    ("organisations", "groups") and before it only demonyms and organisation words ("Ukrainian
    Community Organisations")."""
    tokens, lexicon = label.split(), load_lexicon()
    if len(tokens) < 2 or fold(tokens[-1]) not in lexicon.markers["signer_noun"]:
        return False
    demonyms = country_index().demonyms
    if all(fold(t) in demonyms or lexicon.is_org_word(t) for t in tokens[:-1]):
        return True
    # "Communist and Workers' Parties": nothing only a name has, an acronym or a word that links
    # a name's parts ("Federation of Trade Unions")
    links = lexicon.markers["affiliation_link"]
    return not any(is_acronym(t) or fold(t) in links for t in tokens) and country_in_name(label) is None


def _entry_span(item: Item) -> Span:
    """Where the whole entry of ``item`` is printed (its name when nothing else is known)."""
    span = Span(item.pieces[0].start, item.pieces[-1].end) if item.pieces else item.entry.name.span
    return item.entry.whole.span if item.entry.whole.text else span


def _to_signatory(item: Item) -> Signatory:
    entry, whole = item.entry, _entry_span(item)
    span = Span(item.pieces[0].start, item.pieces[-1].end) if item.pieces else entry.name.span
    country = entry.country
    if entry.kind == "organisation" and country is None:
        country = country_in_name(entry.label) or country_of_identifiers(entry.identifiers)
    return Signatory(
        name=re.sub(r"\s+", " ", entry.label).strip(),
        kind=entry.kind,
        role=item.role,
        span=span,
        rule=item.rule,
        aliases=tuple(a for a in entry.aliases if name_key(a) != name_key(entry.label)),
        country=country if entry.kind == "organisation" else None,
        affiliation=entry.affiliation,
        identifiers=tuple(entry.identifiers),
        position=item.position,
        entry=whole,
        parts=tuple(Span(p.start, p.end) for p in item.pieces) if len(item.pieces) > 1 else (),
        repeats=tuple(sorted(set(item.repeats) - {whole}, key=lambda r: (r.start, r.end))),
    )
