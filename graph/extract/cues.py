"""Find the places where a document says who stands behind it.

A *cue* is a phrase from the lexicon found in a line: a heading ("Signatories",
"unterzeichnet von:", "Sincerely,") after which a block of entries follows; an inline
list ("This statement is endorsed by: A, B and C"); an issuer phrase ("This statement by
X"); an adapted-from phrase; a membership sentence ("Members of the Alliance include ...").
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass

from ._text import (
    LATIN_UPPER,
    UPPER,
    Line,
    Seg,
    bracket_depths,
    fold,
    fold_with_map,
    is_all_caps,
    lines_matching,
    sentence_end,
)
from .countries import country_index, settlement
from .entries import is_table_header
from .inline import before_clause, list_extent, opens_a_name, split_groups, split_inline, split_pair
from .lexicon import Lexicon, document_nouns, load_lexicon, phrase_pattern
from .names import CLOSING_ACRONYM, initials_match, is_acronym, looks_like_organisation

LIST_ROLES = ("signatory", "endorser", "distributor")
#: the rule of a body a Slavic headline names in the genitive ("Заява Конфедерації вільних профспілок"):
#: its name may go on in small letters
GENITIVE_ISSUER = "signatories.genitive_issuer"
_MAX_HEADING_WORDS = 16
_SUBJECT = re.compile(r"(?:^|[\s\"“(])(?:this|the|that|our|a|an|ce|cette|cet|la|le|diese[rs]?|die|der|das|este|esta|el|la|questo|questa|il|este|esta|o|a)\s+(?:\w+\s+){0,3}?")


@dataclass(frozen=True, slots=True)
class Cue:
    """A cue found on ``line``; ``content`` is what follows it on the same line, if anything."""

    line: int
    kind: str  #: heading | inline | closing | further | issuer | adapted_from | membership | table
    role: str
    content: Seg | None
    rule: str
    subject: str | None = None  #: the coalition named by a membership cue
    names: tuple[Seg, ...] = ()  #: an inline cue's names, when the cue has already split them


@dataclass(frozen=True, slots=True)
class _Patterns:
    role: re.Pattern[str]
    role_of: dict[str, str]
    issuer: re.Pattern[str]
    adapted: re.Pattern[str]
    closing: re.Pattern[str]
    further: re.Pattern[str]
    membership: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...]
    signers_in_prose: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...]
    signers_heads: re.Pattern[str]  #: any head of ``signers_in_prose``: one scan before trying each pair
    membership_verb: re.Pattern[str]
    declare: re.Pattern[str]
    declare_we: re.Pattern[str]
    and_word: re.Pattern[str]  #: "and", "y", "und" (folded)
    distribute: re.Pattern[str]
    senders: re.Pattern[str]  #: "from:" opening a line
    following: re.Pattern[str]  #: "the following parties" (folded)
    any_cue: re.Pattern[str]
    subject_tail: re.Pattern[str]
    this: re.Pattern[str]  #: "esta", "this": a word that points at the text itself
    we: re.Pattern[str]  #: "we", "nous": a sentence of the signers'
    we_apposition: re.Pattern[str]  #: "we, the … organisations,": the apposition that says who "we" are
    genitive_document: re.Pattern[str]  #: "заява", "oświadczenie" opening a line, a body's name after it (folded)
    we_clause: re.Pattern[str]  #: ", nous appelons …": the signers' clause after names that open a sentence


@functools.cache
def _patterns() -> _Patterns:
    lexicon: Lexicon = load_lexicon()
    list_cues = [cue for cue in lexicon.role_cues if cue.role in LIST_ROLES]
    markers = lexicon.markers
    return _Patterns(
        role=phrase_pattern([cue.phrase for cue in list_cues]),
        role_of={cue.phrase: cue.role for cue in reversed(list_cues)},
        issuer=phrase_pattern([cue.phrase for cue in lexicon.cues_for("issuer")]),
        adapted=phrase_pattern([cue.phrase for cue in lexicon.cues_for("adapted_from")]),
        closing=re.compile(rf"^(?:{phrase_pattern(markers['closing']).pattern})\s*[,.!:]?$"),
        further=re.compile(rf"^(?:{phrase_pattern(markers['further']).pattern})\s*(?:include[sd]?|are|:)?\s*:?"),
        membership=tuple(
            (re.compile(rf"(?<!\w){re.escape(head)}\s+"), re.compile(rf"(?<!\w){re.escape(verb)}\s*:?\s+"))
            for head, verb in lexicon.membership
        ),
        signers_in_prose=tuple(
            (re.compile(rf"(?<!\w){re.escape(head)}(?!\w)"), re.compile(rf"(?<!\w){re.escape(verb)}\s*:?\s+"))
            for head, verb in lexicon.signers_in_prose
        ),
        signers_heads=phrase_pattern([head for head, _ in lexicon.signers_in_prose]),
        membership_verb=phrase_pattern(markers["membership_verb"]),
        declare=phrase_pattern(markers["declare"]),
        declare_we=phrase_pattern(markers["declare_we"]),
        and_word=phrase_pattern(markers["and_word"]),
        distribute=phrase_pattern(markers["distribute"]),
        following=re.compile(rf"(?<![^\W_])(?:{'|'.join(map(re.escape, markers['following_word']))})\s+"
                             rf"(?:\w+\s+)?(?:{'|'.join(map(re.escape, (n for n in markers['signer_noun'] if n not in markers['and_word'])))})(?![^\W_])"),
        senders=re.compile(rf"(?:{'|'.join(map(re.escape, markers['issuer_key']))})\s*:\s*(?=\S)", re.IGNORECASE),
        any_cue=phrase_pattern(
            [cue.phrase for cue in lexicon.role_cues]
            + [phrase for kind in ("closing", "further", "membership_verb", "declare", "declare_we", "distribute")
               for phrase in markers[kind]]
            + [head for head, _ in lexicon.membership]
            + [head for head, _ in lexicon.signers_in_prose]
            + list(markers["genitive_document"])
        ),
        subject_tail=re.compile(rf"(?<!\s)\s+(?:{phrase_pattern(markers['subject_tail']).pattern})\s*$", re.IGNORECASE),
        this=re.compile(rf"(?<!\s)\s*(?:{'|'.join(map(re.escape, markers['this_word']))})\s+", re.IGNORECASE),
        we=re.compile(rf"^(?:{'|'.join(map(re.escape, markers['we_word']))})\b[\s,]"),
        #: "We, the … organisations, …" anywhere in a sentence: the apposition (folded)
        we_apposition=re.compile(rf"(?<![^\W_])(?:{'|'.join(map(re.escape, markers['we_word']))}),\s([^,.]{{3,80}}),"),
        genitive_document=re.compile(rf"^(?:{phrase_pattern(markers['genitive_document']).pattern})\s+(?=\S)"),
        we_clause=re.compile(rf"(?<!\s),\s+(?:{'|'.join(map(re.escape, markers['we_word']))})\s", re.IGNORECASE),
    )


def find_cues(lines: list[Line], stop: int) -> list[Cue]:
    """Every cue in lines[:stop], in document order. One pass of a combined pattern over the
    folded text picks the lines worth a closer look."""
    cues: list[Cue] = []
    candidates = lines_matching(lines[:stop], _patterns().any_cue)
    for line in lines[:stop]:
        read = line.index in candidates or _WE_THE.match(line.text) or _patterns().senders.match(line.text)
        found = _line_cues(line) if read else []
        if not found and line.text.endswith(":") and _patterns().following.search(fold(line.text)):
            # "On International Workers' Day, the following parties declare their support …:"
            found = [Cue(line.index, "heading", "signatory", None, "signatories.signatory_heading")]
        cues.extend(found)
        if not found and len(line.text) <= _HEADER_ROW_CHARS and is_table_header(line.text):
            last = next((cue for cue in reversed(cues) if cue.role in LIST_ROLES), None)
            if line.text.endswith(":"):
                heading = _resumed_list(last, lines, line) if last else None
            else:
                heading = _table_header(last, lines, line)
            if heading:
                cues.append(heading)
    return cues


_HEADER_ROW_CHARS = 120  #: a table's header row is short: "Organisation    Country    Website"
_CELL_GAP = re.compile(r"\t|(?<!\s)\s{2,}(?=\S)")


def _cell_count(row: str) -> int:
    """The cells of a table row: between pipes in Markdown ("| Organisation | Country |"), else
    between tabs or runs of spaces ("Organisation    Country")."""
    stripped = row.strip()
    if stripped.startswith("|"):
        return len([cell for cell in stripped.strip("|").split("|") if cell.strip()])
    return len(_CELL_GAP.split(row))


def _table_header(last: Cue | None, lines: list[Line], line: Line) -> Cue | None:
    """"Organisation    Country" over rows of names: a table of signatories, which may come with
    no cue at all (a letter, then the table); under a list cue, it heads that cue's list."""
    following = lines[line.index + 1] if line.index + 1 < len(lines) else None
    if _cell_count(line.text) < 2 or following is None or following.blank:
        return None
    if last is None:
        return Cue(line.index, "table", "signatory", None, "signatories.table")
    resumed = _resumed_list(last, lines, line)
    return dataclasses.replace(resumed, kind="table") if resumed else None


_SIGNERS_PREFIX = 100


def signers_speak(lines: list[Line], stop: int) -> bool:
    """Whether the signers speak in the text: "We, the undersigned scientists, support …", "The
    undersigned organisations condemn …"."""
    patterns = _patterns()
    markers = load_lexicon().markers
    for line in lines[:stop]:
        opening = fold(line.text[: _SIGNERS_PREFIX * 2])
        apposition = patterns.we_apposition.search(opening) if "," in opening else None
        if apposition and any(word in markers["signer_noun"] for word in apposition.group(1).split()):
            return True  # "Ми, українські громадські організації Канади, висловлюємо …": the bodies that sign speak
        folded = opening[:_SIGNERS_PREFIX]  # (the cue opens the sentence: "We, the 400 undersigned …")
        we = patterns.we.match(folded) is not None
        for match in patterns.role.finditer(folded):
            if patterns.role_of.get(re.sub(r"\s+", " ", match.group())) != "signatory":
                continue
            # "We, the undersigned …" or "The undersigned organisations condemn …": a sentence;
            # or one whose subject joins a body to them ("The CTU and the undersigned … stand …")
            before = folded[: match.start()].split()
            joined = len(before) >= 3 and before[-1] in markers["article"] and before[-2] in markers["and_word"]
            if we or ((len(before) <= 1 or joined) and len(folded[match.end() :].split()) >= 3):
                return True
    return False


def _resumed_list(last: Cue, lines: list[Line], line: Line) -> Cue | None:
    """"Organisations:" below a list cue that prose has ended ("Signatures as of 12 March: 137
    organisations", then the letter, then "Organisations:" and the names): the list resumes, in
    the same role. (Right under its cue, such a heading is a section of the cue's own list.)"""
    if last.kind not in {"heading", "heading_loose"}:
        return None
    between = lines[last.line + 1 : line.index]
    if not any(len(other.text.split()) > _MAX_HEADING_WORDS or (other.text.endswith((".", "!", "?")) and len(other.text.split()) > 5)
               for other in between):
        return None
    return Cue(line.index, "heading", last.role, None, f"signatories.{last.role}_heading")


def _line_cues(line: Line) -> list[Cue]:
    patterns = _patterns()
    folded, origin = fold_with_map(line.text)
    found: list[Cue] = []
    if patterns.closing.match(folded.strip()):
        return [Cue(line.index, "closing", "signatory", None, "signatories.closing")]
    further = patterns.further.match(folded)
    if further:
        content = line.seg.cut(origin[further.end()]).strip()
        return [Cue(line.index, "further", "signatory", content or None, "signatories.further")]
    senders = _senders(line, folded, origin)
    if senders:
        return [senders]
    adapted = _adapted(line, folded, origin)
    if adapted:
        found.append(adapted)
    found.extend(_issuer_cues(line, folded, origin, adapted) or _genitive_issuer(line, folded, origin))
    found.extend(_we_the(line))
    listed = _declaring_list(line, folded, origin)
    found.extend(listed or _declaring_subjects(line, folded, origin, _patterns().declare, "issuer"))
    found.extend(_declaring_subjects(line, folded, origin, _patterns().distribute, "distributor"))
    membership = _membership(line, folded, origin)
    if membership:
        found.append(membership)
    found.extend(_signers_in_prose(line, folded, origin))
    role_cue = _role_cue(line, folded, origin)
    if role_cue:
        found.append(role_cue)
    return found


def _senders(line: Line, folded: str, origin: Sequence[int]) -> Cue | None:
    """"From: Win Without War, Peace Action, and Friends Committee …": the text's issuers."""
    key = _patterns().senders.match(folded)
    if key is None:
        return None
    listed = line.seg.cut(origin[key.end()]).strip(" .")
    return Cue(line.index, "inline", "issuer", listed, "signatories.issuer_list") if _LIST_SEPARATOR.search(listed.text) else None


def _role_cue(line: Line, folded: str, origin: Sequence[int]) -> Cue | None:
    """A heading ("Signed by:") or a document-subject sentence ("This statement is endorsed by: ...")."""
    patterns = _patterns()
    for match in patterns.role.finditer(folded):
        role = patterns.role_of[re.sub(r"\s+", " ", match.group())]
        before = folded[: match.start()]
        after_start = origin[match.end()]
        after = line.seg.cut(after_start)
        words_before = len(before.split())
        if _document_subject(before):
            content = _after_colon_or_all(after)
            if content is not None and _COUNT.fullmatch(content.text):
                # "the joint statement, signed so far by 42 organisations.": how many, not who
                return Cue(line.index, "heading_loose", role, None, f"signatories.{role}_heading")
            if content is None or _announces_list(content.text):
                return Cue(line.index, "heading", role, None, f"signatories.{role}_heading")
            return Cue(line.index, "inline", role, content, f"signatories.{role}_inline")
        if words_before == 0:
            named = _after_document(after)
            if named is not None:  # "Assinam esta nota a UNE, a Andifes e a CNTE.", "Firman esta declaración X, Y y Z"
                return Cue(line.index, "inline", role, named, f"signatories.{role}_inline")
            colon = after.text.find(":")
            if colon > 0 and after.text[:colon].strip() and _announces_list(after.text[:colon]) and after.text[colon + 1 :].strip():
                # "Firman las siguientes organizaciones: A, B, C y D."
                listed = after.cut(colon + 1).strip()
                return Cue(line.index, "inline", role, listed.cut(0, len(listed.text.rstrip(" ."))), f"signatories.{role}_inline")
        if _signers_speak(before, folded[match.end() :]):
            continue  # "We, the undersigned organisations, demand:": the demands follow, not the signers
        if not _SENTENCE_BREAK_BEFORE.split(before)[-1].strip() and _names_follow(match.group()):
            # "Initiated by A and B. Supported by C, D and E.": a sentence the cue opens lists the names it heads
            rest = after.cut(0, sentence_end(after.text)).strip(" :")
            if rest.text and (words_before or _names_after_cue(after.text)):
                return Cue(line.index, "inline", role, rest, f"signatories.{role}_inline")
        named = _after_this_document(after) if words_before <= 8 else None
        if named is not None:  # "The following groups endorse this statement: A, B, C & D."
            return Cue(line.index, "inline", role, named, f"signatories.{role}_inline")
        colon_follows = after.text.lstrip().startswith(":")
        if words_before <= 8 and (len(folded.split()) <= _MAX_HEADING_WORDS or (words_before <= 2 and colon_follows)):
            content = _after_colon(after)
            if content is not None and _COUNT.fullmatch(content.text):
                content = None  # "Signatures as of 12 March 2024: 137 organisations": how many, not who
            kind = "inline" if content else "heading"
            if kind == "heading" and after.text.strip(" :,.") and not after.text.rstrip().endswith(":"):
                kind = "heading_loose"  # "Status of the signatories 06.01.2025 ...": only if a list follows
            return Cue(line.index, kind, role, content, f"signatories.{role}_{'list' if content else 'heading'}")
    return None


def _names_after_cue(after: str) -> bool:
    """Whether a line that opens with a cue ("Supported by Amnesty International, Oxfam and
    Human Rights Watch") goes on with names, not with a heading's words over a list below
    ("Signed by the following organisations:", "Endorsed by 45 organisations")."""
    rest = after.strip()
    return bool(rest) and not rest.endswith(":") and not rest.startswith(":") and not _announces_list(rest) \
        and not _COUNT.fullmatch(rest.rstrip("."))


def _after_document(after: Seg) -> Seg | None:
    """What follows a cue verb that opens a sentence and is followed by the document ("Assinam
    esta nota a X, a Y e o Z", "Signing this letter are X and Y"): the list; None when the words
    after the verb are not "this <document>" with names after it."""
    folded, origin = fold_with_map(after.text)  # (the words are data, folded: "la présente" is "la presente")
    this = _patterns().this.match(folded)
    document = document_nouns().match(folded, this.end()) if this else None
    if document is None:
        return None
    rest = after.cut(origin[document.end()]).strip(" :,—–-")
    rest = rest.cut(0, len(rest.text.rstrip(" ."))) if rest.text.endswith(".") else rest
    return rest if rest.text[:1].isalpha() and len(rest.text.split()) >= 2 else None


def _after_this_document(after: Seg) -> Seg | None:
    """The names after "this <document>:" that follow a cue verb ("… endorse this statement: A, B")."""
    folded, origin = fold_with_map(after.text)
    this = _patterns().this.match(folded)
    document = document_nouns().match(folded, this.end()) if this else None
    if document is None or not folded[document.end() :].lstrip().startswith(":"):
        return None
    rest = after.cut(origin[document.end()]).strip(" :")
    rest = rest.cut(0, len(rest.text.rstrip(" ."))) if rest.text.endswith(".") else rest
    return rest if rest.text[:1].isalpha() else None


_SENTENCE_BREAK_BEFORE = re.compile(r"[.!?]\s+")


def _names_follow(cue: str) -> bool:
    """Whether a cue phrase ends with the word a name follows ("supported by", "soutenu par"; data:
    the credit words)."""
    return cue.split()[-1] in load_lexicon().markers["credit"]


def _signers_speak(before: str, after: str) -> bool:
    """"We, the undersigned organisations, demand:": a sentence the signers open (a first-person
    subject, then a verb after the cue), not a heading over their names ("We, the undersigned:")."""
    if not _patterns().we.match(before):
        return False
    rest = [w for w in re.split(r"[\s,:;.]+", after.split(":")[0]) if w]
    signers = load_lexicon().markers["signer_noun"]
    return any(w not in signers for w in rest)


def _announces_list(text: str) -> bool:
    """"the following organizations", "les organisations suivantes": the list comes below."""
    return bool(re.fullmatch(r"(?:(?:the|les|las|los|die|os|as|le|gli)\s+)?(?:following|undersigned|below|suivant\w*|folgende\w*|siguientes?|seguintes?)?\s*\w*(?:\s+\w+)?\s*(?:suivant\w*|siguientes?|seguintes?|below)?[:.]?", text.strip(), re.IGNORECASE)) and len(text.split()) <= 4


_BACK_REFERENCE = re.compile(r"(?:The|La|Le|Les|L'|Die|Der|Das|El|Los|Las|Il|Lo|A|O|As|Os)\s+[^\s]+")


_SIGNER_WORDS = 3  #: "the undersigned", "die unterzeichnenden Verbände": how soon a subject of signers says so


def _declaring_subjects(line: Line, folded: str, origin: Sequence[int], verbs: re.Pattern[str], role: str) -> list[Cue]:
    """"The ICOR opposes ...", "Socialist Worker reprints ...": the body heading a sentence
    whose verb declares (an issuer) or republishes (a distributor)."""
    cues = []
    for match in verbs.finditer(folded):
        verb = line.seg.text[origin[match.start()] : origin[match.end()]]
        if not load_lexicon().written_as_listed(verb, match.group()):
            continue
        head_start = max(folded.rfind(". ", 0, match.start()), folded.rfind(", ", 0, match.start()))
        start = head_start + 2 if head_start >= 0 else 0
        subject = line.seg.cut(origin[start], origin[match.start()]).strip()
        if any(fold(word) in load_lexicon().markers["signer_word"] for word in subject.text.split()[:_SIGNER_WORDS]):
            continue  # "die unterzeichnenden Träger und Verbände … fordern": the signers described, named elsewhere
        tail = _patterns().subject_tail.search(subject.text.lower())
        if tail:
            subject = subject.cut(0, tail.start()).strip()
        article = re.match(r"(?:The|La|Le|Les|Die|Der|Das|El|Il)\s+(?=[A-Z]{2,}\b|[^\s„“«\"]+\s+[„“«\"])", subject.text)
        if article is None and _article_before_name(subject.text):  # "El Partido Comunista de Venezuela rechaza"
            article = re.match(r"\S+\s+", subject.text)
        if article:  # "The ICOR opposes", "Das Bündnis „Wohnen für alle“ fordert": the sentence's article, not the name's
            subject = subject.cut(article.end())
        elif _BACK_REFERENCE.fullmatch(subject.text) or _common_noun(subject.text):
            continue  # "Die Initiative fordert …", "The Alliance urges …", "Coalition Urges Senate …": a common noun
        if subject.text and len(subject.text.split()) <= 8:
            rule = "signatories.declaring_subject" if role == "issuer" else "signatories.republishing_subject"
            cues.append(Cue(line.index, "issuer", role, subject, rule))
    return cues


_DASH_LEAD = 80  #: characters before the first dash of "The following organisations – A, B and C –"


def _between_dashes(text: str) -> tuple[int, int] | None:
    """Where the words between the two dashes of "<subject> – A, B and C –" are, when the text has
    that shape (two dashes, set apart by spaces, the second ending it); else None."""
    if not text.endswith(("–", "—")) or not text[:-1].endswith(" "):
        return None
    first = min((i for i in (text.find(" – "), text.find(" — ")) if i >= 0), default=-1)
    end = len(text) - 1
    if not 0 < first <= _DASH_LEAD or "–" in text[first + 3 : end] or "—" in text[first + 3 : end]:
        return None
    return first + 3, len(text[:end].rstrip())


def _declaring_list(line: Line, folded: str, origin: Sequence[int]) -> list[Cue]:
    """"El Comité de Unidad Campesina (CUC), la CONIC y el Consejo de Pueblos Mayas (CPO)
    denunciamos …", "As centrais sindicais CUT, Força Sindical, UGT, CTB, NCST e CSB exigem …": a
    sentence whose subject lists two bodies or more before a verb that declares (in the first
    person plural, or a third-person one of the declare markers) names the bodies the document
    speaks for; words in small letters before the first name say what they are."""
    patterns = _patterns()
    for match in sorted([*patterns.declare_we.finditer(folded), *patterns.declare.finditer(folded)], key=lambda m: m.start()):
        if folded[: match.start()].rstrip().rsplit(None, 1)[-1:] in (["to"], ["zu"]):
            continue  # "… initiated a bill to denounce the agreement", "Um … zu fördern, …": an infinitive, no subject's verb
        sentence = max(folded.rfind(". ", 0, match.start()) + 2, 0) if ". " in folded[: match.start()] else 0
        if not (_LIST_SEPARATOR.search(folded, sentence, match.start()) or patterns.and_word.search(folded, sentence, match.start())):
            continue  # (nothing that joins names before the verb: no list, "The situation demands …")
        subject = line.seg.cut(origin[sentence], origin[match.start()]).strip(" ,")
        dashed = _between_dashes(subject.text)
        if dashed:  # "The following organisations – A, B, and C – call on …": the names between the dashes
            subject = subject.cut(*dashed)
        subject = _without_opening_phrase(subject)
        originals = split_groups(subject)
        # (after a join word, words in small letters say what the names are: "insieme alle associazioni ARCI, …")
        groups = [_without_kind(group) if index == 0 else _without_lead(group) for index, group in enumerate(originals)]
        # (each group a list of its own, or two names joined by "and": "UNISON and Unite, as well as …")
        listed = [pieces if len(pieces := split_inline(group)) > 1 else split_pair(group) for group in groups]
        articles = load_lexicon().markers["article"]
        parts = [words[1] if len(words := part.text.split(None, 1)) == 2 and fold(words[0]) in articles
                 else _LEADING_ELISION.sub("", part.text) for pieces in listed for part in pieces]
        #: the names a word for their kind stands before ("Die Gewerkschaften ver.di und GEW"): bodies, so it says
        vouched = [group.text != original.text
                   for original, group, pieces in zip(originals, groups, listed, strict=True) for _ in pieces]
        # (capitalised names, none a place, the first with a body's signals and the others with them
        # or all in capitals: not "En Guatemala, Honduras y El Salvador", not "In these circumstances, …")
        speakers = {*load_lexicon().markers["we_word"], *load_lexicon().markers["speaker_word"]}
        if (len(parts) >= 2 and _names_not_places(parts) and not any(_YEAR_PHRASE.match(part) for part in parts)
                and not any(fold(part) in speakers for part in parts)  # ("On behalf of our members, I urge …")
                and not any(_time_phrase(part) for part in parts)
                and (vouched[0] or _a_body(parts[0]))
                and all(sure or _a_body(part) or all(w[:1].isupper() for w in part.split())
                        for part, sure in zip(parts[1:], vouched[1:], strict=True))
                and len(subject.text.split()) <= _LISTED_SUBJECT_WORDS):
            if len(groups) == 1 and len(listed[0]) > 1 and listed[0] == split_inline(groups[0]):
                return [Cue(line.index, "inline", "issuer", _without_article(groups[0], articles), "signatories.declaring_list")]
            if not all(map(_name_shaped, parts)):
                continue  # "Möglich wäre eine … Stiftung …, sowie die Bereitstellung …": clauses, no names
            # (several groups, or a pair: the names as split here, an article opening a group the sentence's)
            names = tuple(_without_article(piece, articles) if index == 0 else piece
                          for pieces in listed for index, piece in enumerate(pieces))
            return [Cue(line.index, "inline", "issuer", subject, "signatories.declaring_list", names=names)]
    return []


def _without_opening_phrase(subject: Seg) -> Seg:
    """"On the International Day to End Impunity …, the IFJ and the EFJ": the subject after a
    phrase a preposition opens (data: opening_preposition) and a comma closes."""
    first = subject.text.split(None, 1)[:1]
    comma = subject.text.find(",")
    if not first or comma < 0 or fold(first[0]) not in load_lexicon().markers["opening_preposition"]:
        return subject
    return subject.cut(comma + 1).strip(" ,")


_NAME_WORDS = 10  #: words a name of a declaring sentence's subject may have, when not a list's item
_LOWER_WORDS = 2  #: words in small letters (of four letters or more) such a name may have: "Confédération générale du travail"


def _name_shaped(text: str) -> bool:
    """Whether ``text`` reads as a name rather than a clause: a few words, most of its longer
    ones capitalised."""
    words = text.split()
    return len(words) <= _NAME_WORDS and sum(len(w) > 3 and w[:1].islower() for w in words) <= _LOWER_WORDS


def _time_phrase(part: str) -> bool:
    """"One year after the outbreak of the war", "100 days since …", "Tres años después": a span of
    time opening the sentence, no name (its second word a time word, data: time_word)."""
    words = fold(part).split()
    return len(words) >= 3 and words[1] in load_lexicon().markers["time_word"]


_LEADING_ELISION = re.compile(rf"^[lL]['’](?=[{UPPER}])")  #: "l'UNEF"


def _without_article(subject: Seg, articles: Collection[str]) -> Seg:
    """"El Comité …" -> "Comité …", "L'UNEF" -> "UNEF": the sentence's article, not the name's."""
    first = subject.text.split(None, 1)
    if first and fold(first[0]) in articles:
        return subject.cut(len(first[0])).strip()
    elided = _LEADING_ELISION.match(subject.text)
    return subject.cut(elided.end()) if elided else subject


def _a_body(name: str) -> bool:
    """A name with a body's signals, or one followed by its acronym in brackets ("Deutscher
    Gewerkschaftsbund (DGB)", "Central Única dos Trabalhadores (CUT)")."""
    if looks_like_organisation(name):
        return True
    closing = CLOSING_ACRONYM.search(name)
    if not closing or not is_acronym(closing.group(1)):
        return False
    acronym, words = closing.group(1), name[: closing.start()].split()
    # (a German compound gives two letters of one word: "Deutscher Gewerkschaftsbund (DGB)")
    return initials_match(acronym, " ".join(words)) or bool(words) and fold(words[0][:1]) == fold(acronym[:1])


def _without_kind(subject: Seg) -> Seg:
    """"As centrais sindicais CUT, …" -> "CUT, …": an article and words in small letters that say
    what kind of bodies the names that follow are."""
    words = list(re.finditer(r"\S+", subject.text))
    if len(words) >= 3 and _kind_noun(*(w.group() for w in words[:3])):
        return subject.cut(words[2].start())  # "Die Gewerkschaften ver.di und GEW": a German noun for their kind
    if len(words) < 3 or fold(words[0].group()) not in load_lexicon().markers["article"] or not words[1].group()[:1].islower():
        return subject
    first_name = next((w for w in words[1:] if w.group()[:1].isupper()), None)
    return subject.cut(first_name.start()) if first_name else subject


def _without_lead(group: Seg) -> Seg:
    """A group of names after a join word without the words in small letters before its first
    name ("(insieme alle) associazioni ARCI, Legambiente e Libera" -> "ARCI, …"), or the article and
    kind words ``_without_kind`` strips."""
    stripped = _without_kind(group)
    if stripped.text != group.text:
        return stripped
    first = next((w for w in re.finditer(r"\S+", group.text) if not w.group()[:1].islower()), None)
    return group.cut(first.start()) if first is not None and first.start() > 0 else group


_LISTED_SUBJECT_WORDS = 40
_YEAR_PHRASE = re.compile(r"^\S{1,30}\s{1,3}(?:1[89]|20)\d\d$")  #: "In 2024, the government …": when, not who


def _article_before_name(text: str) -> bool:
    """True when ``text`` is a capitalised article before a name of two words or more that opens
    with an organisation word ("El Partido Comunista de Venezuela", "The International
    Coordination of … (ICOR)") or holds one, each word capitalised but short links ("The
    Ukrainian World Congress"): the article is the sentence's, not the name's."""
    words = text.split()
    lexicon = load_lexicon()
    if len(words) < 3 or not words[0][:1].isupper() or fold(words[0]) not in lexicon.markers["article"]:
        return False
    name = words[1:]
    if lexicon.is_org_word(name[0]):
        return True
    return (name[0][:1].isupper() and all(w[:1].isupper() or (w.islower() and len(w) <= 3) for w in name)
            and any(lexicon.is_org_word(w) for w in name))


_GERMAN_ARTICLES = frozenset({"die", "der", "das", "den", "dem", "des"})


def _kind_noun(article: str, noun: str, following: str) -> bool:
    """Whether ``noun``, after a German article, says what kind of bodies the names after it are
    ("Die Gewerkschaften ver.di und GEW"): a word for a kind of body followed by a name, not by
    a word in small letters that goes on it ("Der Bund für Umwelt …")."""
    return (fold(article) in _GERMAN_ARTICLES and _common_noun(noun)
            and (following[:1].isupper() or not following.isalpha()))


def _common_noun(text: str) -> bool:
    """One word that names a kind of body, not a body ("Coalition", "Groups"); an acronym is a name."""
    return " " not in text and not text.isupper() and load_lexicon().is_org_word(text)


def _document_subject(before: str) -> bool:
    """True when the sentence so far has a document for subject ("this statement is ...")."""
    sentence = re.split(r"[.!?]\s", before)[-1]
    match = document_nouns().search(sentence)
    if match is None or len(sentence.split()) > 20:
        return False
    return bool(_SUBJECT.search(sentence[: match.start()] + " "))


def _after_colon(after: Seg) -> Seg | None:
    text = after.text
    colon = text.find(":")
    if colon < 0 or len(text[:colon].split()) > 6:
        return None
    content = after.cut(colon + 1).strip()
    return content if content.text.strip("*_") else None  # ("**Signed:**": the emphasis closes, no name follows)


def _after_colon_or_all(after: Seg) -> Seg | None:
    content = _after_colon(after)
    if content is not None:
        return content
    stripped = after.strip(" :")
    return stripped if stripped.text else None


_HEADING_WORDS = 12  #: a line this short is a heading: "Joint Statement of the Communist Parties"
_DEICTIC_WINDOW = 3  #: words before an issuer phrase that may point at the document ("this is the response of")


def issuer_phrases() -> re.Pattern[str]:
    """The issuer phrases of the cue data ("statement by", "issued by", "im Namen von"), folded."""
    return _patterns().issuer


def _speaks_for_the_document(folded: str, start: int) -> bool:
    """An issuer phrase names this document's issuer when it heads a short line, opens a
    sentence ("Statement by the ICOR: …") or follows a word that points at the document
    ("This statement by X", "This is the response of X")."""
    if len(folded.split()) <= _HEADING_WORDS:
        return True
    if len(folded[:start].split()) <= _LEADING_WORDS and _heading_line(folded):
        return True  # "Joint statement by A, B and C on the death penalty in Iran": a long headline
    sentence = re.split(r"[.!?:;]\s", folded[:start])[-1].split()
    deictic = load_lexicon().markers["deictic"]
    return not sentence or any(word in deictic for word in sentence[-_DEICTIC_WINDOW:])


_WE_THE = re.compile(r"^\s*(?:We|Nous|Wir|Nosotros|Nosotras|Nós|Noi|Ми|Мы|My),\s+((?:the|les?|la|l'|die|der|das|los|las|el|os|as|il|gli|i)\s+)?(?=[" + UPPER + r"])([^,;:]{2,100}?),\s")


def _we_the(line: Line) -> list[Cue]:
    """"We, the Socialist Workers Party (SWP), stand with …": the body the document speaks as.
    "We, the undersigned organisations, …" names none (its parties are listed elsewhere)."""
    match = _WE_THE.match(line.text)
    if match is None or _patterns().role.search(fold(match.group(2))):
        return []
    return [Cue(line.index, "issuer", "issuer", line.seg.cut(match.start(2), match.end(2)), "signatories.we_the")]


def _issuer_cues(line: Line, folded: str, origin: Sequence[int], adapted: Cue | None) -> list[Cue]:
    cues = []
    for match in _patterns().issuer.finditer(folded):
        if adapted and adapted.content and origin[match.start()] >= adapted.content.start - line.seg.start - 60:
            continue  # "adapted from a statement by X": X is not this document's issuer
        if not _speaks_for_the_document(folded, match.start()):
            continue  # "But the response of NATO, the EU and …": someone else's statement, told of
        rest = line.seg.cut(origin[match.end()])
        if match.start() == 0 and not rest.text.strip(" :"):  # "Promuovono:", "Convocan:": the issuers are listed below
            cues.append(Cue(line.index, "heading", "issuer", None, "signatories.issuer_heading"))
            continue
        listed = _after_colon(rest) if match.start() == 0 else None
        if listed is not None:  # "Convocan: A, B, C y D.", "Initiated by: National Network on Cuba (NNOC)"
            cues.append(Cue(line.index, "inline", "issuer", listed.cut(0, len(listed.text.rstrip(" ."))), "signatories.issuer_list"))
            continue
        # ("Joint statement by A, B and the C on the death penalty in Iran": the names end where the topic starts)
        topic = _TOPIC.search(rest.text)
        named = rest.cut(0, topic.start()) if topic else rest
        listing = _names_listed(named) if len(folded.split()) <= _HEADING_WORDS or topic and _heading_line(line.text) else None
        we = _patterns().we_clause.search(rest.text) if listing is None and match.start() == 0 else None
        if we is not None and bracket_depths(rest.text)[we.start()] == 0:
            listing = _names_listed(rest.cut(0, we.start()))  # "À l'appel de la CGT, de la FSU et de Solidaires, nous appelons …"
        if listing is not None:  # "Gemeinsame Pressemitteilung von Greenpeace, BUND, NABU und WWF"
            cues.append(Cue(line.index, "inline", "issuer", listing, "signatories.issuer_phrase_list"))
            continue
        name = _name_after(rest)
        if name and not _a_town(name.text):
            cues.append(Cue(line.index, "issuer", "issuer", name, "signatories.issuer_phrase"))
    return cues


_GENITIVE_HEADER_LINES = 6  #: lines from the top a headline "Заява <body>" may be on


def _genitive_issuer(line: Line, folded: str, origin: Sequence[int]) -> list[Cue]:
    """"Заява Конфедерації вільних профспілок щодо …", "Oświadczenie Helsińskiej Fundacji Praw
    Człowieka w sprawie …": a headline that opens with what the text is, then (with no word
    between, as Slavic languages say "of") the body whose it is, up to where its topic starts.
    Not a headline in capitals, where a name's capitals cannot be told from the rest."""
    opening = _patterns().genitive_document.match(folded)
    if opening is None or line.index >= _GENITIVE_HEADER_LINES or is_all_caps(line.text) or not _heading_line(line.text):
        return []
    rest = line.seg.cut(origin[opening.end()])
    topic = _TOPIC.search(rest.text)
    name = (rest.cut(0, topic.start()) if topic else rest).strip(" .,:;!")
    if not name.text[:1].isupper() or not all(word[:1].isupper() or word.islower() for word in name.text.split()):
        return []
    return [Cue(line.index, "issuer", "issuer", name, GENITIVE_ISSUER)]


def _heading_line(text: str) -> bool:
    """A line with the shape of a headline: no full stop at its end, not too long."""
    return not text.rstrip().endswith((".", ":")) and len(text.split()) <= _HEADLINE_WORDS


_HEADLINE_WORDS = 30
_LEADING_WORDS = 3  #: words before an issuer phrase that opens a headline ("Joint statement by")


def _names_listed(rest: Seg) -> Seg | None:
    """The names after an issuer phrase in a heading when they are a list (two or more set apart
    by commas, or three joined by "and"), each capitalised and none a place ("A, B, NABU und WWF")."""
    content = rest.strip(" :.")
    parts = split_inline(content)
    if len(parts) < 2 or not _LIST_SEPARATOR.search(content.text) and len(parts) < 3:
        return None
    return content if _names_not_places([part.text for part in parts]) else None


def _names_not_places(parts: list[str]) -> bool:
    """Whether every part of a list opens with a capital (or a digit) and none names a country, a region or a
    subdivision ("A, B, NABU und WWF"; not "Guatemala, Honduras y El Salvador")."""
    articles = load_lexicon().markers["article"]
    names = [words[1] if len(words := part.split(None, 1)) == 2 and words[0] in articles else part for part in parts]
    return all(opens_a_name(name) and not country_index().names_a_place(name)  # ("… and the ICJ")
               for name in names)  # ("350.org", "ver.di")


#: between an adapted-from phrase and the body: "a statement by", "una declaración del", "einer Erklärung der"
_ADAPTED_BY = re.compile(
    r"(?<!\s)\s+(?:(?:a|an|the|une?|una|einer?|un|uma?)\s+)?(?:\w+\s+){0,3}?"
    r"(?:by|of|from|de|du|des|del|della|dello|dei|degli|von|der|di|da|do|dos|das)\s+"
)


_ENDS_WITH_BY = re.compile(r"(?<!\w)(?:by|of)$")  #: "based on a statement by": no "a statement by" to skip after it


def _adapted(line: Line, folded: str, origin: Sequence[int]) -> Cue | None:
    match = _patterns().adapted.search(folded)
    if not match:
        return None
    rest_folded = folded[match.end() :]
    # ("based on a statement by" names its body next; "adapted from" needs "a statement by" first)
    by = None if _ENDS_WITH_BY.search(match.group()) else _ADAPTED_BY.match(rest_folded)
    start = match.end() + (by.end() if by else len(rest_folded) - len(rest_folded.lstrip()))
    name = _name_after(line.seg.cut(origin[start]), sentence_only=True)
    return Cue(line.index, "adapted_from", "adapted_from", name, "signatories.adapted_from") if name else None


def _signers_in_prose(line: Line, folded: str, origin: Sequence[int]) -> list[Cue]:
    """"Among the signatories are A, B and C", "Parmi les signataires figurent A, B et C": the
    names after the verb, read as an inline list of signatories."""
    if not _patterns().signers_heads.search(folded):
        return []
    for _, end in _heads_then_verbs(_patterns().signers_in_prose, folded, _PROSE_GAP):
        content = line.seg.cut(origin[end.end()]).strip(" :")
        if content.text:
            return [Cue(line.index, "inline", "signatory", content, "signatories.signers_in_prose")]
    return []


_LIST_SEPARATOR = re.compile(r"[,;]")
#: a count of signers, maybe with a word before it and a word or two after it ("over 200 signatures")
_COUNT = re.compile(r"(?:[^\W\d" + LATIN_UPPER + r"]\w{0,20}\s{1,3}){0,3}\d[\d,.\u00a0\u202f ]{0,12}(?:\s{0,3}[^\W\d]{1,30}){0,2}\.?")
_PROSE_GAP = 40  #: characters between "among the signatories" and its verb ("… of the appeal are")
_MEMBERSHIP_GAP = 80  #: characters between "members of" and "include" (the coalition's name)


def _heads_then_verbs(pairs: Sequence[tuple[re.Pattern[str], re.Pattern[str]]], folded: str,
                      gap: int) -> Iterator[tuple[re.Match[str], re.Match[str]]]:
    """For each (head, verb) pair, in order: the head's first match and the verb's first match
    after it, when fewer than ``gap`` characters lie between them."""
    for head, verb in pairs:
        start = head.search(folded)
        end = verb.search(folded, start.end()) if start else None
        if start and end and end.start() - start.end() < gap:
            yield start, end


_RELATIVE_TAIL = re.compile(r"(?<!\s),?\s+(?:which|who|that|qui|que|die|der|das|cui|które|який|яка|которая|который)$", re.IGNORECASE)


_CLOSING_PARTICLE = re.compile(r"(?<!\s)\s+an\s*[.;]?\s*$")  #: "(gehören A, B und C) an."


def _membership(line: Line, folded: str, origin: Sequence[int]) -> Cue | None:
    """"Members of the Alliance include the A, B, ..." / "The committee is made up of A, B and C"."""
    for start, end in _heads_then_verbs(_patterns().membership, folded, _MEMBERSHIP_GAP):
        subject = line.text[origin[start.end()] : origin[end.start()]].strip()
        content = line.seg.cut(origin[end.end()]).strip()
        content = content.cut(0, sentence_end(content.text))
        particle = _CLOSING_PARTICLE.search(content.text)
        if particle:  # "Dem Bündnis gehören … und die Volkssolidarität an.": the verb's particle closes the list
            content = content.cut(0, particle.start())
        return Cue(line.index, "membership", "issuer", content, "signatories.membership", subject=subject)
    match = _patterns().membership_verb.search(folded)
    if match:
        subject_text = line.text[: origin[match.start()]]
        subject_text = re.split(r"[.!?]\s", subject_text)[-1].strip()
        subject_text = _RELATIVE_TAIL.sub("", subject_text)  # "The Frack Free Alliance, which (is made up of …)"
        content = before_clause(line.seg.cut(origin[match.end()]).strip(" :"))  # ("…, today launched a campaign")
        if subject_text and content:
            return Cue(line.index, "membership", "issuer", content, "signatories.membership", subject=subject_text)
    return None


#: where a name ends and the topic of its text starts: a preposition before a word in small letters
#: ("… by the AFL-CIO on trade", "de la CGT ante la huelga", "Joint statement by A, B and the C on the
#: death penalty"; not "Working Group on Arbitrary Detention", "Universität zu Köln")
_TOPIC = re.compile(r"(?<!\s)\s+(?:on|about|regarding|concerning|ante|sobre|sur|zur|zum|zu|über|su|sul|sulla|щодо|про|по|о|w sprawie)\s+"
                    r"(?=[^\W\d_])(?![" + UPPER + r"])")
_TRAILING_AND = re.compile(r"(?<!\s)\s+(?:and|und|et|y|e|i|та|і|и)$")
_NAME_STOP = re.compile(
    r"(?<!\s)\s+(?:is|was|are|were|has|have|had|will|which|who|that|est|ist|es|é|è|в|на|ON|ABOUT|ПРО)\s|[,:;!?]|\.\s|\.$|\s[-–—]\s"
    r"|" + _TOPIC.pattern
)


_ELIDED_ARTICLE = re.compile(rf"(?:l|L|dell|all)['’](?=[{UPPER}])")


def _a_town(name: str) -> bool:
    """"Declaración de La Habana", "Appel de Genève": a town where a declaration was made, no body
    (a country may be one: "Statement of Ukraine")."""
    return settlement(name) is not None and not country_index().lookup(name)


def _name_after(rest: Seg, sentence_only: bool = False) -> Seg | None:
    """The name that starts ``rest`` ("the International Trotskyist Committee (ITC) is ..." ->
    "the International Trotskyist Committee (ITC)"); None unless it starts with a capital."""
    text = rest.text
    if sentence_only:
        return _sentence_name(rest)
    match = _NAME_STOP.search(text)
    end = match.start() if match else len(text)
    joined = _TRAILING_AND.search(text, 0, end)  # "initiated by the Network and is co-signed by …"
    name = rest.cut(0, joined.start() if joined else end).strip(" \"“”'")
    elided = _ELIDED_ARTICLE.match(name.text)
    if elided:  # "Communiqué de l'Union des Travailleurs"
        name = name.cut(elided.end())
    bare = re.sub(r"^(?:the|la|le|les|l'|die|der|das|el|los|il|o|a)\s+", "", name.text, flags=re.IGNORECASE)
    if not bare[:1].isupper() or len(name.text) > 160:
        return None
    return name


def _sentence_name(rest: Seg) -> Seg | None:
    end = sentence_end(rest.text)
    name = list_extent(rest.cut(0, end)).strip(" .\"“”'")  # (without "on 6 April 2023" after it)
    bare = re.sub(r"^(?:the|la|le|les|die|der|das|el|il)\s+", "", name.text, flags=re.IGNORECASE)
    return name if bare[:1].isupper() and len(name.text) <= 200 else None
