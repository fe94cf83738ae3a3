"""Stances: what a document explicitly calls for or against, in its own words.

A stance is a sentence that opens with a slogan ("Victory to X!", "No to X!", "Em defesa da
X"), holds demands ("we call on X to …", "we therefore respectfully request …", "wir fordern
…"; a negated one opposes: "the government must not sell X") and what they turn against
("…, evitando X"), or passes a verdict on its subject ("X must be removed", "we find X
extremely worrying", "X is not affiliated with …"). Items under a demand ("We request:",
"3. Em defesa da Terra") are demands too. The cue phrases, their polarity and the small word
lists the rules need are data (``data/stances.tsv``). The evidence is the sentence (or clause)
with its span; the target is the words the cue points at. A stance a document says twice is
one stance with its restatements. Nothing is inferred from who signs: only what the text says.
"""

from __future__ import annotations

import dataclasses
import functools
import itertools
import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from ..model import Span, Stance
from ..resources import read_table
from ._text import (
    UPPER,
    Line,
    Seg,
    SpanIndex,
    bracket_depths,
    fold,
    fold_with_map,
    lines_matching,
    sentence_end,
)
from .inline import split_groups, split_inline
from .lexicon import document_nouns, load_lexicon, phrase_pattern
from .names import initials_match, is_capitals_acronym

_LEAD = re.compile(r"^(?:[•●▪◦·–—]\s*|[-*]\s+|\(?\d{1,3}[.)]\s+|[a-z]\)\s+|[„“\"'«¡¿]\s*)+")
_ROMAN_LEAD = re.compile(r"^[IVX]{1,4}\.?\s+(?=[" + UPPER + r"])")  #: "II Förderung …", only inside a demand list
_ADDRESSEE = re.compile(r"^([^:]{1,40}):\s+(?=\S)")
_NUMBER_AFTER = re.compile(r"[ \t]+\d")
_TARGET_END = re.compile(r"\s(?:--?|[–—])\s|[!;:,(]|\.(?=\s|$)|$")
_NAME_GOES_ON = re.compile(r" [" + UPPER + r"]")  #: after ")": the name the parenthesis sits in goes on
_UPPER = UPPER
#: after a comma between capitalised words: a run of capitalised words, joined by commas and one "and", to the end of
#: the target: one title-cased name ("the Police, Crime, Sentencing and Courts Bill")
_TITLE_CASE_RUN = re.compile(
    rf"(?:,? [{_UPPER}][\w'’-]*){{0,8}},? (?:and|&|et|und|y|e|i|та|і|и) [{_UPPER}][\w'’-]*(?: [{_UPPER}][\w'’-]*){{0,4}}(?=[.!;:?]|$)"
)
_QUOTES = "\"“”„«»"
_OPEN_SINGLE = "‘'"
_CLOSE_SINGLE = re.compile(r"[’'](?![^\W_])")  #: a closing single quote, not an apostrophe inside a word
_SEMICOLON = re.compile(";")
_CLAUSE_END = re.compile(r"[;,:!?]|\.(?=\s|$)|$")
_MAX_WORDS = 60
_HEADING_WORDS = 12  #: a line this short that is a slogan heads the demand items below it
_PARAGRAPH_WORDS = 12  #: a line longer than this under a numbered demand explains it (the list goes on)
_GAP_WORDS = 3  #: words a "…" in a cue phrase may stand for ("we therefore respectfully request")
_APPOSITION_WORDS = 12  #: words of an apposition a "…" may pass over ("We, the undersigned …, demand")


@dataclass(frozen=True, slots=True)
class _Family:
    """The cue phrases of one form: one trie pattern to find them, and each phrase on its own
    (longest first) to tell which one a match is and so its polarity."""

    pattern: re.Pattern[str]
    phrases: tuple[tuple[re.Pattern[str], str], ...]

    def sign(self, match: re.Match[str]) -> str:
        found = match.group()
        return next((sign for phrase, sign in self.phrases if phrase.fullmatch(found)), self.phrases[0][1])


@dataclass(frozen=True, slots=True)
class _Cues:
    slogan: _Family
    demand: _Family
    verdict: _Family
    item_oppose: _Family
    item_support: _Family
    contrast: _Family
    verdict_lead: _Family
    exclaim: _Family  #: a word that opens a short exclamation: "Keine …!", "Sem …!"
    exclaim_after: _Family  #: a word that ends one: "¡Palestina libre!"
    titled: _Family  #: "against", "contre": after a document noun ("Open letter against X")
    demand_heading: _Family  #: "Our demands:", "Unsere Forderungen:": a heading over demands, one per item
    joined: _Family  #: a join word and a slogan of two words or more: "et soutien au"
    party: _Family  #: a verb in the third person: a stance when its subject is a party to the document
    party_chained: _Family  #: a join word and such a verb: "y exige" (after "La CGT condena X")
    chained: _Family  #: a join word and the verb of a "we … verb" demand: "and demand" (after "We denounce X")
    #: a demand phrase that ends by naming who is asked ("call on"), with the word after the
    #: addressee that starts the act asked of them ("to")
    addressing: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...]
    target_lead: re.Pattern[str]  #: words a target does not start with: "to", "the"
    target_stop: re.Pattern[str]  #: words that end a target: "so that", "in order to"
    target_trail: frozenset[str]  #: a word a target does not end with: the particle of a split verb ("Wir lehnen X ab")
    verb_marks: frozenset[str]  #: the word before a verb that closes an act ("den Verkauf zu stoppen")
    infinitive: re.Pattern[str]  #: a verb in the infinitive after "de"/"di" ("de retirer"), the start of an act
    addressed: frozenset[str]
    negations: frozenset[str]
    negation_closes: frozenset[str]  #: the second word of a negation in two ("ne plus", "nicht mehr")
    itself: frozenset[str]  #: subjects that are the document's own voice ("we", "nous")
    copulas: frozenset[str]  #: "is", "are", "ist": the end of a subject, not part of it
    modals: frozenset[str]  #: "should", "must": like a copula, the end of a subject
    joins: frozenset[str]  #: "and", "et", "und"
    relatives: frozenset[str]  #: "that", "which": a verb after one belongs to a relative clause
    any_cue: re.Pattern[str]  #: every slogan, demand, verdict, contrast and party phrase: picks the lines to read
    own_cue: re.Pattern[str]  #: the same but the party verbs: picks the sentences every rule reads
    new_clause: re.Pattern[str]  #: a join word and the document's own voice: "and we …" starts a clause of its own
    no_target: frozenset[str]  #: words no slogan's target starts with ("yourself", "us")
    imperatives: frozenset[str]  #: a call to act before "now!" or "out!": "Act now!", "Get out!"
    removals: dict[str, re.Pattern[str]]  #: "remove" -> "from": a verb of removal, and the word that names whence
    pronouns: frozenset[str]  #: "they", "sie", "elles": a subject that stands for the parties of the sentence before
    reflexive: _Family  #: "sich für", "sich gegen": the lead of a German act whose verb closes it


@functools.cache
def _cues() -> _Cues:
    rows: dict[str, list[tuple[str, str]]] = {}
    for sign, form, phrase in read_table("stances.tsv"):
        rows.setdefault(form, []).append((fold(phrase), sign))
    negations = [phrase for phrase, _ in rows.pop("negation", [])]
    addressed = frozenset(phrase for phrase, _ in rows.pop("addressed", []))
    itself = frozenset(phrase for phrase, _ in rows.pop("itself", []))
    no_target = frozenset(phrase for phrase, _ in rows.pop("no_target", []))
    imperatives = frozenset(phrase for phrase, _ in rows.pop("imperative", []))
    pronouns = frozenset(phrase for phrase, _ in rows.pop("pronoun", []))
    removals = {verb: phrase_pattern([whence]) for verb, whence in (phrase.split("_") for phrase, _ in rows.pop("removal", []))}
    copulas = frozenset(phrase for phrase, _ in rows.pop("copula", []))
    modals = frozenset(phrase for phrase, _ in rows.pop("modal", []))
    relatives = frozenset(phrase for phrase, _ in rows.pop("relative", []))
    joins = [phrase for phrase, _ in rows.pop("join", [])]
    counters = rows.pop("counter", [])  # "… e sì alla diplomazia": only ever the second stance of a demand
    words = {form: [phrase for phrase, _ in rows.pop(form, [])]
             for form in ("addressing", "target_lead", "target_stop", "target_trail", "verb_mark", "infinitive", "not_infinitive",
                          "negation_close")}
    addressing = tuple((re.compile(r"(?:^|\s)" + r"\s+".join(map(re.escape, cue.split())) + "$"), _act_start(to.strip()))
                       for cue, to in (phrase.split("_") for phrase in words["addressing"]))
    leads = "|".join(re.escape(w).replace("'", "['’]") for w in sorted(words["target_lead"], key=len, reverse=True))
    families = {form: _family(found, negations) for form, found in rows.items()}
    families["joined"] = _family([(f"{join} {phrase}", sign) for join in joins for phrase, sign in rows["slogan"]
                                  if len(phrase.split()) >= 2], negations)
    families["party_chained"] = _family([(f"{join} {verb}", sign) for join in joins for verb, sign in rows["party"]], negations)
    families["chained"] = _family([(f"{join} {verb}", sign) for join in joins for phrase, sign in rows["demand"]
                                   if (verb := _verb_after_voice(phrase, itself))]
                                  + [(f"{join} {phrase}", sign) for join in joins for phrase, sign in counters], negations)
    own_phrases = [phrase for form in ("slogan", "demand", "verdict", "contrast") for phrase, _ in rows[form]]
    cue_phrases = own_phrases + [phrase for phrase, _ in rows["party"]]
    return _Cues(**families, addressed=addressed, negations=frozenset(negations),
                 negation_closes=frozenset(words["negation_close"]), itself=itself, copulas=copulas,
                 modals=modals, joins=frozenset(joins), relatives=relatives,
                 addressing=addressing, target_stop=phrase_pattern(words["target_stop"]), target_trail=frozenset(words["target_trail"]),
                 verb_marks=frozenset(words["verb_mark"]),
                 infinitive=_infinitive(words["infinitive"], words["not_infinitive"]),
                 target_lead=re.compile(rf"(?:{leads})(?:\s+|(?<=['’])(?=\w))", re.IGNORECASE),
                 any_cue=phrase_pattern(cue_phrases, _gap(negations)),
                 own_cue=phrase_pattern(own_phrases, _gap(negations)),
                 new_clause=phrase_pattern([f"{join} {voice}" for join in joins for voice in itself if " " not in voice]),
                 no_target=no_target, imperatives=imperatives, removals=removals, pronouns=pronouns)


def _act_start(to: str) -> re.Pattern[str]:
    """What starts the act asked of an addressee: a word ("to", "à", "para que"), or, for "~ти
    ~тися", the start of a word with one of those endings (an infinitive: "скасувати")."""
    if not to.startswith("~"):
        return phrase_pattern([to])
    return re.compile(rf"(?<![^\W_])(?={_word_ending(to.split())})")


def _infinitive(endings: list[str], exceptions: list[str]) -> re.Pattern[str]:
    """A word with one of the ``endings`` ("~er ~ir ~re") that is none of the ``exceptions`` ("notre")."""
    others = "|".join(re.escape(word) for word in exceptions)
    return re.compile(rf"(?!(?:{others})(?![^\W_])){_word_ending([e for row in endings for e in row.split()])}")


def _word_ending(endings: list[str]) -> str:
    """The regex of a word that ends with one of ``endings`` ("~ти", "~er"), to its end."""
    ends = "|".join(re.escape(ending.lstrip("~")) for ending in endings)
    return rf"[^\W\d_]{{1,30}}?(?:{ends})(?![^\W_])"


_GAP_MARK = re.compile(r" (?:…|\.\.\.) ")  #: "…" in a cue phrase, as written or folded


def _verb_after_voice(phrase: str, voices: frozenset[str]) -> str | None:
    """"we … denounce" -> "denounce": the verb of a demand that the document's own voice opens."""
    parts = _GAP_MARK.split(phrase, maxsplit=1)
    return parts[1] if len(parts) == 2 and parts[0] in voices else None


def _family(rows: list[tuple[str, str]], negations: list[str]) -> _Family:
    """"…" in a phrase stands for up to ``_GAP_WORDS`` words that are not a negation ("we do
    not support" is no "we … support")."""
    gap = _gap(negations)
    ordered = sorted(rows, key=lambda r: len(r[0]), reverse=True)
    return _Family(phrase_pattern([phrase for phrase, _ in ordered], gap),
                   tuple((phrase_pattern([phrase], gap), sign) for phrase, sign in ordered))


def _gap(negations: list[str]) -> str:
    """Up to ``_GAP_WORDS`` words, none a negation, after (when a comma ends the word before the
    gap) an apposition of up to ``_APPOSITION_WORDS`` words that a comma closes ("We, the
    undersigned trade union and human rights organisations, strongly condemn")."""
    negation = "|".join(re.escape(n) for n in sorted(negations, key=len, reverse=True)) or "(?!)"
    apposition = rf"(?:(?<=,\s)(?:[^\s,]+\s+){{0,{_APPOSITION_WORDS}}}[^\s,]+,\s+)?"
    return apposition + rf"(?:(?!(?:{negation})(?![^\W_]))(?![^\s]*n['’]t(?![^\W_]))[^\s]+\s+){{0,{_GAP_WORDS}}}"


def extract_stances(lines: list[Line], stop: int, skip: list[Span], parties: Collection[str] = (), text: str | None = None
                    ) -> list[Stance]:
    """Every stance in lines[:stop], outside the spans in ``skip`` (signatory entries); a
    stance said twice in one document is one stance with its restatements kept. ``parties``:
    the names (and short names) of the document's issuers and signers, whose own sentences in
    the third person state stances too ("La CGT condena …")."""
    keys = _party_keys(parties)
    found: list[Stance] = []
    demand_list: _ListState | None = None
    party_said = False  #: whether the last sentence read was a party's (its stance a party stance)
    after_party = keys.after_a_party() if keys is not None else None  #: the parties, a pronoun among them
    # (the words of short exclamations, "now", "ya", "kein", "нет", and of titles, "against", are
    # common: only lines with a "!" are read for the first, short lines with a document noun for the second)
    short = [line for line in lines[:stop] if len(line.text) <= _TITLE_CHARS]
    candidates = (lines_matching(lines[:stop], _cues().any_cue) | {line.index for line in lines[:stop] if "!" in line.text}
                  | lines_matching(short, document_nouns()))
    skipped = SpanIndex(skip)
    for line in (_paragraph_lines(lines[:stop], candidates, text) if text is not None else lines[:stop]):
        if line.blank:
            continue
        if skipped.cuts(line.seg.start, line.seg.end):
            demand_list = None
            continue
        lead = _LEAD.match(line.text) or (_ROMAN_LEAD.match(line.text) if demand_list is not None else None)
        if demand_list is not None and lead and demand_list.continues(lead.group()):
            own = [s for piece in _sentences(line.seg) for s in _stances(piece, keys)]
            found.extend(own or [_demand_item(line.seg.cut(lead.end()), demand_list.polarity)])
            continue
        heading_cues = list(_cues().demand.pattern.finditer(fold(line.text))) if line.text.rstrip().endswith(":") else []
        if heading_cues:  # "We condemn the following:" — its items are opposed
            demand_list = _ListState(_cues().demand.sign(heading_cues[-1]))
        elif line.text.rstrip().endswith(":") and _cues().demand_heading.pattern.search(fold(line.text)):
            demand_list = _ListState()  # "Our demands to the government:"
        elif not (demand_list is not None and demand_list.numbered and not lead and len(line.text.split()) > _PARAGRAPH_WORDS):
            demand_list = None  # (a paragraph under a numbered demand does not end the list)
        if line.index not in candidates:
            continue  # no cue phrase on the line: nothing it says is a stance of its own
        said = []
        for sentence in _sentences(line.seg):
            # (after a sentence a party said, a pronoun for subject stands for that party: "Sie fordern …")
            read = _read(sentence, after_party if party_said else keys)
            party_said = any(s.rule == "stances.party" for s in read)
            said.extend(read)
        found.extend(said)
        if len(line.text.split()) <= _HEADING_WORDS and any(s.rule == "stances.slogan" for s in said):
            demand_list = _ListState()  # "3. Em defesa da Terra" heads its own items: "a) Assentamento imediato …"
    return _merge_restatements(found)


_WRAP_CHARS = 40  #: a line this long that a sentence runs on from was wrapped by the layout


def _paragraph_lines(lines: list[Line], candidates: set[int], text: str) -> list[Line]:
    """The lines as written, but a sentence wrapped over several lines by a fixed layout (a text
    from a PDF: "… We urge the government to end the practice of red-" / "tagging and to …") read
    as one line (with the first line's index, a candidate when any of its lines is, or when a cue
    runs over a break)."""
    out: list[Line] = []
    for line in lines:
        previous = out[-1] if out else None
        if previous is not None and _wrapped(previous, line):
            merged = Line(previous.index, Seg(text[previous.seg.start : line.seg.end], previous.seg.start), previous.indent)
            if line.index in candidates or _cues().any_cue.search(fold(merged.text)):
                candidates.add(previous.index)
            out[-1] = merged
        else:
            out.append(line)
    return out


def _wrapped(previous: Line, line: Line) -> bool:
    """Whether ``line`` carries on the sentence ``previous`` ends with: a long line that no
    sentence mark ends, then one that opens in small letters and with no bullet or number."""
    if previous.blank or line.blank or line.index != previous.index + previous.text.count("\n") + 1:
        return False
    last_line = previous.text.rsplit("\n", 1)[-1]
    hyphenated = len(last_line) >= 2 and last_line.endswith("-") and last_line[-2].isalpha()  # (a word cut: any length)
    return ((len(last_line) >= _WRAP_CHARS or hyphenated) and last_line[-1:] not in ".!?:;" and line.text[:1].islower()
            and _LEAD.match(line.text) is None and not _METADATA.match(line.text) and not _METADATA.match(last_line))


_METADATA = re.compile(r"[a-z][\w-]{0,20}:\s")  #: a page's metadata line ("title: …", "date: 2023-07-04"): no sentence's part


class _ListState:
    """The items of a list a demand introduces: bullets while they are contiguous, numbers
    ("1.", "a)", "II") while they follow each other, even across explanatory paragraphs."""

    def __init__(self, polarity: str = "support") -> None:
        self.last: int | None = None
        self.numbered = False
        self.polarity = polarity  #: what the demand that opens the list asks for its items

    def continues(self, lead: str) -> bool:
        number = _number(lead)
        if number is None:
            return self.last is None or not self.numbered
        if self.last is not None and number != self.last + 1:
            return False
        self.last, self.numbered = number, True
        return True


_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10}


def _number(lead: str) -> int | None:
    label = re.sub(r"[^\w]", "", lead).lower()
    if label.isdigit():
        return int(label)
    if label in _ROMAN and lead.strip()[0].isupper():
        return _ROMAN[label]
    if len(label) == 1 and label.isalpha():
        return ord(label) - ord("a") + 1
    return None


def _read(sentence: Seg, parties: _Parties | None) -> list[Stance]:
    """The stances of one sentence of a line with a cue. Most sentences of such a paragraph hold
    none: only one with a cue, a "!" or (short) a document noun is read by every rule, and one
    whose only cue is a verb in the third person ("The situation demands that …") only by the
    rule for the document's own parties."""
    folded = fold(sentence.text)
    cues = _cues()
    if ("!" in sentence.text or cues.own_cue.search(folded)
            or len(sentence.text) <= _TITLE_CHARS and document_nouns().search(folded)):
        return _demand_clauses(sentence) or _stances(sentence, parties)
    if parties is not None and cues.party.pattern.search(folded):
        lead = _LEAD.match(sentence.text)
        return _party_says(_Folded.of(sentence.cut(lead.end()) if lead else sentence), sentence, parties)
    return []


def _demand_clauses(sentence: Seg) -> list[Stance]:
    """"We call on WTO Members to act: to agree to X; to halt Y; to restore Z." -> three demands."""
    colon = sentence.text.find(":")
    demands = list(_cues().demand.pattern.finditer(fold(sentence.text[:colon]))) if colon >= 0 else []
    if not demands or sentence.text.count(";") < 2:
        return []
    polarity = _cues().demand.sign(demands[-1])  # "We condemn: X; Y; Z" opposes all three
    clauses = (clause.strip(" .") for clause in sentence.cut(colon + 1).split(_SEMICOLON, top_level=False))
    return [_demand_item(clause, polarity) for clause in clauses if clause.text]


def _demand_item(seg: Seg, polarity: str = "support") -> Stance:
    """An item of a list that a demand introduces ("… calling on the G20 Leaders to immediately:");
    one that opens with a verb of ending ("halt X", "to stop X") opposes what follows the verb,
    and every item of a list that an opposing demand opens ("We condemn:") is opposed."""
    lead = _LEAD.match(seg.text)
    body = seg.cut(lead.end()) if lead else seg
    evidence = _without_trailing_join(body.strip(" ;,."))
    first = evidence.text[: sentence_end(evidence.text)].rstrip(" ;,.!")  # the item's first sentence
    cased = _cased(first)
    target = _target_words(first[: _purpose_start(first)], cased)  # "provide military aid in order to remove …"
    folded, origin = fold_with_map(target)
    oppose = _cues().item_oppose.pattern.match(folded)
    if oppose:
        target = _target_words(target[origin[oppose.end()] :], cased) or target
    return Stance("oppose" if oppose or polarity == "oppose" else "support", (target or first)[:200], evidence.text,
                  evidence.span, "stances.demand_list")


def _without_trailing_join(item: Seg) -> Seg:
    """A piece without the join word that links it to the next one ("…, Queensland; and",
    "condemn the detention of journalists and | call on …")."""
    return item.cut(0, _trailing_join_start(item.text)).strip(" ;,.")


def _trailing_join_start(text: str) -> int:
    """Where a join word ("and", "y", "und") that ends ``text`` after other words starts;
    ``len(text)`` when none does."""
    words = text.rstrip().rsplit(None, 1)
    if len(words) == 2 and fold(words[1]) in _cues().joins:
        return len(words[0])
    return len(text)


def _sentences(seg: Seg) -> list[Seg]:
    """The sentences of a line ("U.S.", "e. V." and "86.bis" do not end one)."""
    out, start = [], 0
    while start < len(seg.text):
        end = sentence_end(seg.text, start)
        piece = seg.cut(start, end).strip()
        if piece.text:
            out.append(piece)
        start = max(end, start + 1)
    return out


class _Folded(NamedTuple):
    """A piece of text with its folded form and the offset map back (folded once, read by
    the slogan, verdict and demand rules alike)."""

    seg: Seg
    folded: str
    origin: Sequence[int]

    @staticmethod
    def of(seg: Seg) -> _Folded:
        return _Folded(seg, *fold_with_map(seg.text))


def _stances(sentence: Seg, parties: _Parties | None = None) -> list[Stance]:
    """The stances of one sentence: a slogan, a verdict, or its demands (a sentence may make
    several: "We call on X to act … calling for Y") with any contrast they draw ("…, avoiding Z")."""
    lead = _LEAD.match(sentence.text)
    body = sentence.cut(lead.end()) if lead else sentence
    if not body.text or body.text.rstrip().endswith(":"):
        return []  # "For these reasons we call on you to:": the demands follow as their own lines
    cues = _cues()
    addressee = _ADDRESSEE.match(body.text)
    to = body.text[: addressee.end()].rstrip(": ") if addressee else None
    if to is not None and len(to.split()) <= _LABEL_WORDS and document_nouns().search(fold(to)):
        to = None  # "Resolution: Hände weg von Venezuela!", "Declaración conjunta: …": what the text is, not whom it addresses
    whole = _Folded.of(body)
    joined = _joined(whole)
    if joined:
        return _with_joined(whole, joined, sentence, to)
    after = whole
    if addressee:  # the words after "X: ", past the marks a slogan may open with ("Declaración conjunta: ¡Alto a …!")
        said = body.cut(addressee.end())
        mark = _LEAD.match(said.text)
        after = _Folded.of(said.cut(mark.end()) if mark else said)
    for candidate in ([after] if addressee else []) + [whole]:
        slogan = cues.slogan.pattern.match(candidate.folded)
        longer = cues.verdict.pattern.match(candidate.folded)  # ("Геть руки від X!": hands off, not "Геть X!", down with)
        if slogan and len(candidate.seg.text.split()) <= _MAX_WORDS and not (longer and longer.end() > slogan.end()):
            if _a_statement(candidate.folded[slogan.end() :]):
                return []  # "Free download of the report is available on our website."
            return _found(_make(cues.slogan.sign(slogan), candidate.seg.cut(candidate.origin[slogan.end()]), sentence,
                                "stances.slogan", to))
    verdict = cues.verdict.pattern.search(after.folded)
    opening = verdict is not None and verdict.start() == 0 and not (addressee and to)  # ("Геть руки від X!" as above)
    exclaimed = None if opening else _exclamation(after, sentence, to) or _titled(whole, sentence)
    if exclaimed:
        return exclaimed
    if verdict and len(body.text.split()) <= _MAX_WORDS:
        subject = after.seg.cut(0, after.origin[verdict.start()]).strip(" :,")
        subject = _after_lead(subject)  # "we find X worrying" -> X
        subject = _first_predicate_cut(subject)  # "X should be anathema … and must be eliminated" -> X
        if not subject.text and addressee and to:
            subject = body.cut(0, addressee.end()).strip(" :,")  # "U.S./NATO: Hands off Russia!"
        subject = _without_copula(subject)  # "This structure is definitely" -> "This structure"
        if fold(subject.text) in cues.itself:
            return []  # "We are not affiliated with any party": about the signers, not a stance on anything
        if subject.text and any(c.isalpha() for c in subject.text):
            return _found(_make(cues.verdict.sign(verdict), subject, sentence, "stances.verdict", to))
        # no subject ("Hands off Venezuela!"): the verdict defends its object
        return _found(_make("support", after.seg.cut(after.origin[verdict.end()]), sentence, "stances.verdict", to))
    return _demands(whole, sentence, to) or _party_says(whole, sentence, parties)


_PARTY_SUBJECT_WORDS = 12  #: words before a party's verb that may be its subject ("La Confederación General del Trabajo")
_PARTY_ADVERBS = 2  #: words between a party's name and its verb ("firmly", "рішуче")
_PARTY_LIST_WORDS = 40  #: words of a subject that lists parties ("The IFJ, the EFJ and the NUJ")


class _Parties:
    """The document's parties: their names and short names (folded, for a lookup of the words of
    a subject), and the names themselves, which an acronym in a sentence may abbreviate."""

    def __init__(self, names: Collection[str], pronouns: bool = False) -> None:
        self.names = tuple(names)
        self.pronouns = pronouns  #: whether a pronoun alone is a party too: the sentence before had a party for subject

    def after_a_party(self) -> _Parties:
        """The same parties, for the sentence after one a party said: "Sie fordern …" is theirs."""
        return _Parties(self.names, pronouns=True)

    @functools.cached_property
    def keys(self) -> frozenset[str]:
        return frozenset(" ".join(fold(name).split()) for name in self.names)

    def all_named_in(self, subject: str) -> bool:
        words = subject.split()
        joined = "," in subject or "&" in words or any(fold(word) in _cues().joins for word in words)
        return joined and len(words) <= _PARTY_LIST_WORDS and _listed_parties(self, subject)

    def named_in(self, subject: str, folded: str) -> bool:
        """Whether ``subject`` (and its ``folded`` form) is a party, with at most an article before
        it and an adverb or two after it: "La CGT" under the letterhead of the "CONFEDERACIÓN GENERAL
        DEL TRABAJO", "Конгрес українців Канади рішуче"; not "The U.S. rejected Moscow's just"."""
        words = folded.split()
        if _describes_signers(subject, words):
            return True  # "Les organisations syndicales et de jeunesse appellent …": the parties, by their kind
        if self.pronouns and len(words) == 1 and words[0].strip(",;:") in _cues().pronouns:
            return True  # "Die Gewerkschaften … lehnen X ab. Sie fordern …": the parties of the sentence before
        if words and words[-1].strip("()[],;:") in self.keys and words[-1].startswith(("(", "[")):
            return True  # "La Confederación General del Trabajo (CGT)": the name and, in brackets, the party's short name
        # (an article, and a word for the party's kind after it: "Die Gewerkschaften ver.di")
        leading = 3 if len(words) > 2 and load_lexicon().is_org_word(words[1]) else 2
        for first in range(min(leading, len(words))):
            for last in range(len(words), max(first, len(words) - _PARTY_ADVERBS - 1), -1):
                if " ".join(words[first:last]).strip(",;:") in self.keys:
                    return True
        raw = subject.split()
        return any(is_capitals_acronym(word) and index <= 1 and len(raw) - index - 1 <= _PARTY_ADVERBS
                   and any(initials_match(word, name) for name in self.names if " " in name)
                   for index, word in enumerate(raw))


_SIGNERS_WORDS = 7  #: words of a subject that says what the signers are ("Les organisations syndicales et de jeunesse")


def _describes_signers(subject: str, words: Sequence[str]) -> bool:
    """Whether a subject describes the document's parties by their kind and names none: an article
    or "our" (data: article, our_word), a word for a kind of body, then words in small letters
    only ("The undersigned unions", "Les organisations syndicales et de jeunesse", "Our organisations")."""
    markers = load_lexicon().markers
    raw = subject.split()
    return (2 <= len(words) <= _SIGNERS_WORDS and len(raw) == len(words)
            and (words[0] in markers["article"] or words[0] in markers["our_word"])
            and load_lexicon().is_org_word(words[1])
            and all(word.islower() for word in raw[1:]) and not any(c.isdigit() for c in subject))


def _listed_parties(parties: _Parties, subject: str) -> bool:
    """"The IFJ, the EFJ and the NUJ condemn …": a subject that lists parties of the document only."""
    parts = [part for group in split_groups(Seg(subject.strip(" ,"), 0)) for part in split_inline(group)]
    return len(parts) >= 2 and all(parties.named_in(part.text, fold(part.text)) for part in parts)


def _party_keys(parties: Collection[str]) -> _Parties | None:
    names = [name for name in parties if len(name) >= 2]
    return _Parties(names) if names else None


def _party_says(whole: _Folded, sentence: Seg, parties: _Parties | None) -> list[Stance]:
    """"La CGT condena la invasión …", "Die MLPD fordert …": a verb in the third person whose
    subject names one of the document's own parties states that party's stance."""
    if parties is None:
        return []
    verb = _cues().party.pattern.search(whole.folded)
    if verb is None:
        return []
    subject = whole.folded[: verb.start()]
    raw = whole.seg.text[: whole.origin[verb.start()]]
    if not (len(subject.split()) <= _PARTY_SUBJECT_WORDS and parties.named_in(raw, subject) or parties.all_named_in(raw)):
        return []
    cues = _cues()
    verbs = [(verb, cues.party)] + [(m, cues.party_chained) for m in cues.party_chained.pattern.finditer(whole.folded, verb.end())]
    out: list[Stance] = []  # "La CGT condena X y exige Y": each verb its own stance
    for index, (match, family) in enumerate(verbs):
        end = whole.origin[verbs[index + 1][0].start()] if index + 1 < len(verbs) else len(whole.seg.text)
        if len(verbs) == 1:
            evidence = sentence
        else:  # the first with its subject, the next from its verb: "La CGT condena X" | "exige Y"
            start = 0 if index == 0 else whole.origin[match.start() + match.group().find(" ") + 1]
            evidence = _without_trailing_join(whole.seg.cut(start, end).strip(" ,;"))
        said = whole.seg.cut(whole.origin[match.end()], end)
        addressed = _addressed(match.group(), said)  # "Das Bündnis fordert die Stadt auf, …": the act asked
        out.extend(_found(_asked(family.sign(match), addressed[1], evidence, None, "stances.party") if addressed
                          else _make(family.sign(match), said, evidence, "stances.party")))
    return out


_EXCLAMATION_WORDS = 8
_EXCLAMATION_END = " !\"'”»’"


def _exclamation(said: _Folded, sentence: Seg, to: str | None) -> list[Stance]:
    """A short exclamation whose first or last word takes a side on the rest: "Keine
    Waffenlieferungen in Kriegsgebiete!", "Sem anistia!", "Wolne sądy!", "¡Palestina libre!";
    never a statement ("Kein Mensch ist illegal!" has a verb "to be")."""
    text = said.seg.text
    if not text.rstrip(" ").endswith("!"):
        return []
    if len(text.split()) > _EXCLAMATION_WORDS:
        return []
    cues = _cues()
    opening = cues.exclaim.pattern.match(said.folded)
    if opening:
        polarity, target = cues.exclaim.sign(opening), said.seg.cut(said.origin[opening.end()])
    else:
        closing = next((m for m in cues.exclaim_after.pattern.finditer(said.folded)
                        if m.start() > 0 and not said.folded[m.end() :].strip(_EXCLAMATION_END)), None)
        if closing is None:
            return []
        polarity, target = cues.exclaim_after.sign(closing), said.seg.cut(0, said.origin[closing.start()])
    target_words = fold(target.text).split()
    if any(word.strip(",;") in cues.copulas for word in target_words) or target_words[:1] and target_words[0] in cues.itself:
        return []  # "Kein Mensch ist illegal!", "We need it now!": a statement
    if target_words[:1] and target_words[0].strip(",;") in cues.imperatives:
        return []  # "Act now!", "Get out!": a call to act
    return _found(_make(polarity, target, sentence, "stances.exclamation", to))


_LABEL_WORDS = 3  #: words of a "Joint statement:" before a colon that says what the text is
_TITLE_WORDS = 16  #: words a sentence may have for its document noun to title what follows
_TITLE_CHARS = 200  #: a line longer than this holds no title (its sentences are read only for other cues)
_TITLE_NOUN_WORDS = 4  #: words before the document noun ("Joint open letter", "Nota pública")
_TITLE_GAP = 6  #: words between the document noun and its cue ("Open letter to the European Commission against …")


def _titled(said: _Folded, sentence: Seg) -> list[Stance]:
    """A title that says what its text is for or against: "NOTA PÚBLICA EM DEFESA DA DEMOCRACIA",
    "Open letter against the Digital Omnibus", "Joint statement in solidarity with the dockers"."""
    folded = said.folded
    if len(folded.split()) > _TITLE_WORDS:
        return []
    cues = _cues()
    noun = document_nouns().search(folded)
    if noun is None or len(folded[: noun.start()].split()) >= _TITLE_NOUN_WORDS:
        return []
    found = [(match, family) for family in (cues.slogan, cues.titled) if (match := family.pattern.search(folded, noun.end()))]
    if not found:
        return []
    match, family = min(found, key=lambda pair: pair[0].start())
    before = folded[: match.start()].split()
    if (len(folded[noun.end() : match.start()].split()) > _TITLE_GAP or _a_statement(folded[match.end() :])
            or any(word in cues.copulas or word in cues.modals or word in cues.itself for word in before)):
        return []  # "This letter was sent to the minister against our advice": a sentence, not a title
    return _found(_make(family.sign(match), said.seg.cut(said.origin[match.end()]), sentence, "stances.title"))


def _joined(whole: _Folded) -> list[re.Match[str]]:
    """The slogans joined by "and" to what comes before them, outside brackets: "Appel contre
    X et soutien au Y", "Down with the war and solidarity with the workers"."""
    found = list(_cues().joined.pattern.finditer(whole.folded))
    if not found:
        return []
    depths = bracket_depths(whole.folded)
    return [m for m in found if depths[m.start()] == 0]


def _with_joined(whole: _Folded, joined: list[re.Match[str]], sentence: Seg, to: str | None) -> list[Stance]:
    """The stance before the first joined slogan and one per joined slogan, each with its own
    words as evidence; nothing when the words before are no stance ("peace and solidarity with
    the workers of the world" is a description, not two slogans)."""
    body, _, origin = whole
    first = _stances(body.cut(0, origin[joined[0].start()]).strip(" ,;"))
    if not first:
        return []
    out = list(first)
    for index, join in enumerate(joined):
        end = origin[joined[index + 1].start()] if index + 1 < len(joined) else len(body.text)
        cue_start = join.end() - len(join.group().split(None, 1)[1])  # after the join word
        stance = _make(_cues().joined.sign(join), body.cut(origin[join.end()], end),
                       body.cut(origin[cue_start], end).strip(" ,;"), "stances.slogan", to)
        if stance is not None:
            out.append(stance)
    return out


def _after_lead(subject: Seg) -> Seg:
    """The subject after the last opening ("we find", "we are of the view that", or a demand:
    "exigimos que") that starts it or starts a clause in it ("We all agree that …, and for this
    reason, we find X worrying" -> X; "Exigimos que a pulverização aérea seja barrada" -> X)."""
    folded, origin = fold_with_map(subject.text)
    cues = _cues()
    found = itertools.chain(cues.verdict_lead.pattern.finditer(folded), cues.demand.pattern.finditer(folded))
    openings = [m.end() for m in found if folded[: m.start()].rstrip()[-1:] in ("", ",", ";", ":")]
    return subject.cut(origin[max(openings)]).strip(" :,") if openings else subject


def _first_predicate_cut(subject: Seg) -> Seg:
    """A verdict that is the second of two joined predicates judges the subject of the first:
    "Exclusionary processes should be anathema to Members and must be eliminated" -> the
    subject ends at its first copula or modal, when a join word ("and") follows that verb."""
    cues = _cues()
    depths = bracket_depths(subject.text)
    words = [m for m in re.finditer(r"[^\s]+", subject.text) if depths[m.start()] == 0]
    folded = [fold(m.group()) for m in words]
    for index in range(1, len(words)):
        if folded[index] in cues.copulas or folded[index] in cues.modals:
            inside_a_clause = folded[index - 1] in cues.relatives or any(w.group().endswith(",") for w in words[:index])
            if not inside_a_clause and any(word in cues.joins for word in folded[index + 1 :]):
                return subject.cut(0, words[index - 1].end())
            break  # "Efforts that are secret and unlawful must be halted": the verb is the relative clause's
    return subject


def _without_copula(subject: Seg) -> Seg:
    """The subject without the verb "to be" and the adverbs after it at its end."""
    words = list(re.finditer(r"\S+", subject.text))
    keep = len(words)
    while keep > 1 and (fold(words[keep - 1].group()) in _cues().copulas or words[keep - 1].group().lower().endswith("ly")):
        keep -= 1
    if keep == len(words) or fold(words[keep].group()) not in _cues().copulas:
        return subject  # only trim when the trimmed words start with a copula
    return subject.cut(0, words[keep - 1].end())


def _demands(whole: _Folded, sentence: Seg, to: str | None) -> list[Stance]:
    cues = _cues()
    body, folded, origin = whole
    depths = bracket_depths(folded)
    found = [(m, cues.demand) for m in cues.demand.pattern.finditer(folded)]
    chained: list[re.Match[str]] = []
    if found:  # "We denounce X and demand Y": the second verb shares the first one's "we"
        chained = [m for m in cues.chained.pattern.finditer(folded, found[0][0].end())
                   if not any(d.start() <= m.start() < d.end() for d, _ in found)]
        found += [(m, cues.chained) for m in chained]
        found.sort(key=lambda pair: pair[0].start())
    # a contrast runs to the end of its clause or to the next verb its "we" shares ("Wir fordern
    # X statt Y und lehnen Z ab"); "Rather than … calling for its expansion, the document should
    # call for X": what a contrast sets aside is no demand of the document's own
    contrasts = [(m, min([_clause_end(folded, depths, m.end())] + [c.start() for c in chained if c.start() > m.end()]))
                 for m in cues.contrast.pattern.finditer(folded)]
    found = [(m, family) for m, family in found if not any(c.start() <= m.start() < e for c, e in contrasts)]
    matches = [m for m, _ in found]
    out: list[Stance] = []
    for index, (demand, family) in enumerate(found):
        end = origin[matches[index + 1].start()] if index + 1 < len(matches) else len(body.text)
        if index == 0 and len(body.text.split()) <= 25:
            evidence = sentence if end == len(body.text) else body.cut(0, end)
        else:  # a long sentence's preamble is not the stance
            start = demand.start() + (demand.group().find(" ") + 1 if family is cues.chained else 0)  # (without its "and")
            evidence = body.cut(origin[start], end)
        if end < len(body.text):  # cut before the next demand: "condemn X and | call on Y"
            evidence = _without_trailing_join(evidence)
        # the target stops where a contrast starts ("investment in transport rather than new roads")
        target_end = min((origin[c.start()] for c, _ in contrasts if origin[demand.end()] <= origin[c.start()] < end), default=end)
        asked = body.cut(origin[demand.end()], target_end)
        # "le pedimos que retire la propuesta", "chiediamo lo stop all'invio": X opposed ("exigimos a revogação
        # da reforma": the cue's last word is the act's article)
        last_word = demand.group().split()[-1]
        act = (_opposing_act(asked, last_word in load_lexicon().markers["article"])
               or _that_clause_act(asked, _THAT.fullmatch(last_word + " ") is not None))
        if act is not None:
            out.extend(_found(_asked(family.sign(demand), act, evidence.strip(" ,;"), to)))
            continue
        addressed = _addressed(demand.group(), asked)  # "we call on the Government to slow down" -> "slow down"
        if addressed is None and (infinitive := _INFINITIVE_TO.match(asked.text)):
            # "(… to urge you) to vote against the Bill": the cue named whom it asks; the act follows
            out.extend(_found(_asked(family.sign(demand), asked.cut(infinitive.end()).strip(), evidence.strip(" ,;"), to)))
            continue
        if addressed is None:
            out.extend(_found(_make(family.sign(demand), asked, evidence.strip(" ,;"), "stances.demand", to)))
            continue
        to_word, asked = addressed
        acts = _acts(asked, to_word)  # "… to extend X and to ban Y": two acts asked, each a stance
        for number, act in enumerate(acts):
            said = evidence if len(acts) == 1 else evidence.cut(0, act.end - evidence.start) if number == 0 else act
            out.extend(_found(_asked(family.sign(demand), act, said.strip(" ,;"), to)))
    if out:
        for contrast, clause_end in contrasts:
            clause = body.cut(origin[contrast.start()], origin[clause_end])
            stance = _make(cues.contrast.sign(contrast), body.cut(origin[contrast.end()], origin[clause_end]), clause,
                           "stances.contrast", to)
            if stance is not None:
                out.append(stance)
    return out


_INFINITIVE_TO = re.compile(r"(?<!\s)\s*to\s+(?=[a-z])")  #: an act asked in the infinitive right after the cue
_THAT = re.compile(r"(?:que|that|dass|che|що|чтобы|żeby|aby)\s+")
_ELIDED_ARTICLE = re.compile(r"l['’](?=[^\W\d_])")  #: an elided article before the act: "(nous demandons) l'abrogation de …"


def _opposing_act(asked: Seg, after_article: bool = False) -> Seg | None:
    """The act asked when it opens (after "that" or an article, definite or not) with words that end, stop or
    withdraw something ("… que retire la propuesta", "… lo stop all'invio di armi", "… an end
    to X"), else None."""
    folded = fold(asked.text.lstrip())
    lead = _THAT.match(folded)
    start = lead.end() if lead else 0
    first = folded[start:].split(None, 1)
    markers = load_lexicon().markers
    if lead is None and first and (first[0] in markers["article"] or first[0] in markers["indefinite_article"]):
        start += len(first[0]) + 1
    elif lead is None and (elided := _ELIDED_ARTICLE.match(folded, start)):  # "nous demandons l'abrogation de …"
        start = elided.end()
    if not _cues().item_oppose.pattern.match(folded, start) or (start == 0 and not lead and not after_article):
        return None
    if _coordinated(folded[start:]):
        return None  # "an end of the occupation and the release of all prisoners": the demands are backed as a whole
    return asked.cut(len(asked.text) - len(asked.text.lstrip()) + start).strip()


_CLAUSE_SUBJECT_WORDS = 6  #: words the subject of a "that" clause may have before the verb that takes a side


def _that_clause_act(asked: Seg, after_that: bool = False) -> Seg | None:
    """The act of a "that" clause whose verb takes a side, from that verb on ("(we demand) that the
    government withdraw the bill" -> "withdraw the bill", "(exigimos que) el gobierno retire la
    reforma", where the cue ends with the "that", ``after_that``): the words before the verb are
    the clause's subject, the one asked; None when the clause opens no such act within a few
    words, before any comma."""
    cues = _cues()
    folded, origin = fold_with_map(asked.text)
    opening = len(folded) - len(folded.lstrip())
    lead = _THAT.match(folded, opening)
    if lead is None and not after_that:
        return None
    start = lead.end() if lead else opening
    words = list(_WORD.finditer(folded, start))[1 : _CLAUSE_SUBJECT_WORDS + 1]  # (a subject of one word at least)
    for word in words:
        if "," in folded[start : word.start()]:
            return None
        verb = cues.item_oppose.pattern.match(folded, word.start()) or cues.item_support.pattern.match(folded, word.start())
        if verb:
            # (what the verb acts on: two words or more, or a name; "that the occupation end now" acts on nothing)
            after = asked.text[origin[verb.end()] :].strip(" .!;,").split()
            if len(after) >= 2 or after and after[0][:1].isupper():
                return asked.cut(origin[word.start()]).strip()
            return None
    return None


def _coordinated(act: str) -> bool:
    """Whether a (folded) act goes on, after a comma or a join word, with another thing demanded,
    one that opens with an article ("… of the occupation, the release of …", "… y la reparación")."""
    cues, articles = _cues(), load_lexicon().markers["article"]
    words = act.replace(",", " , ").split()
    return any((word == "," or word in cues.joins) and following in articles
               for word, following in zip(words[1:], words[2:], strict=False))


def _addressed(cue: str, asked: Seg) -> tuple[re.Pattern[str], Seg] | None:
    """For a cue that names whom it asks ("call on", "fordert … auf"), the word that starts the
    act asked and the act itself: of the cue's addressing rows, the one whose word comes first
    ("закликаємо Раду ухвалити закон про доступ до …": the infinitive, not the later "до")."""
    found = [(act, to_word) for pattern, to_word in _cues().addressing
             if pattern.search(cue) and (act := _after_addressee(asked, to_word)) is not asked]
    if not found:
        return None
    act, to_word = min(found, key=lambda pair: pair[0].start)
    return to_word, act


def _asked(polarity: str, act: Seg, evidence: Seg, to: str | None, rule: str = "stances.demand") -> Stance | None:
    """The stance an act asked of an addressee takes: "reject X", "end X" oppose X; "support X"
    backs X; any other act is itself what the demand backs ("extend the right to repair")."""
    cues = _cues()
    folded, origin = fold_with_map(act.text)
    first, _, rest = folded.partition(" ")
    if first in cues.negations and rest.strip():  # "(urge the Senate) not to pass X", "(закликаємо) не ухвалювати X"
        polarity = "oppose" if polarity == "support" else "support"
        act = act.cut(origin[len(first)]).strip()
        folded, origin = fold_with_map(act.text)
        second, _, rest = folded.partition(" ")
        if (second in cues.negations or second in cues.negation_closes) and rest.strip():
            # "(de) ne pas adopter X", "(de) ne plus financer X": one negation in two words
            act = act.cut(origin[len(second)]).strip()
            folded, origin = fold_with_map(act.text)
        lead = cues.target_lead.match(folded)  # ("not to pass X": the "to" goes with the "not")
        if lead and folded[lead.end() :].strip():
            act = act.cut(origin[lead.end()]).strip()
            folded, origin = fold_with_map(act.text)
    ending = cues.item_oppose.pattern.match(folded)
    backing = cues.item_support.pattern.match(folded)
    if ending and (whence := cues.removals.get(ending.group())) and whence.search(folded, ending.end()):
        pass  # "remove Cuba from the list": the removal is what is asked, and backed as such
    elif ending and polarity == "support" and folded[ending.end() :].strip():
        # "urges the Senate to reject X", "calls on NATO to end X": the act asked of them opposes X
        polarity, act = "oppose", act.cut(origin[ending.end()]).strip()
    elif backing and folded[backing.end() :].strip():
        act = act.cut(origin[backing.end()]).strip()  # "urge you to support X": X
    elif polarity == "support" and (negated := _negated_closing_verb(act)) is not None:
        # "…, das Gesetz nicht zu verabschieden", "…, das Lieferkettengesetz nicht abzuschwächen": a
        # negation before the verb that closes the act turns it round
        polarity, act = negated
    elif polarity == "support" and (last := _closing_verb(folded.rstrip(" .!;,"))) is not None:
        # "fordert die Stadt auf, den Verkauf städtischer Wohnungen zu stoppen", "…, die Chatkontrolle
        # abzulehnen": the verb comes last, and one that ends or rejects opposes what comes before it;
        # one that backs ("ein Transparenzgesetz zu verabschieden") leaves it the target
        family, cut = last
        polarity = "oppose" if family is cues.item_oppose else polarity
        act = act.cut(0, origin[cut]).strip()
    elif polarity == "support" and (reflexive := _reflexive_act(act)) is not None:
        polarity, act = reflexive  # "sich für X einzusetzen" backs X, "sich gegen X auszusprechen" opposes it
    return _make(polarity, act, evidence, rule, to)


def _reflexive_act(act: Seg) -> tuple[str, Seg] | None:
    """"sich für einen Waffenstillstand einzusetzen" -> ("support", "einen Waffenstillstand"),
    "sich gegen X auszusprechen" -> ("oppose", "X"): a German act that opens with a reflexive
    lead (data: reflexive) and closes with its verb (a word in small letters, after "zu" or with
    it inside); None for any other act."""
    cues = _cues()
    folded, origin = fold_with_map(act.text.rstrip(" .!;,"))
    lead = cues.reflexive.pattern.match(folded)
    words = act.text.rstrip(" .!;,").split()
    if lead is None or len(words) < 4 or not words[-1][:1].islower():
        return None
    end = len(folded) - len(folded.split()[-1])
    if fold(words[-2]) in cues.verb_marks:  # "stark zu machen", "zu bekennen"
        end = len(folded[:end].rstrip()) - len(words[-2])
    elif not any(folded.find(mark, end + 2, len(folded) - 3) >= 0 for mark in cues.verb_marks):
        return None  # (the verb closes the act only with its "zu": "einzusetzen")
    target = act.cut(origin[lead.end()], origin[end]).strip()
    while len(target.text.split()) > 1 and target.text.split()[-1][:1].islower():
        target = target.cut(0, target.text.rstrip().rfind(" ")).strip()  # "… stark (zu machen)": the verb's, not the target's
    return (cues.reflexive.sign(lead), target) if target.text else None


def _negated_closing_verb(act: Seg) -> tuple[str, Seg] | None:
    """The polarity and the target of an act that a negation closes before its verb, where the
    verb comes last ("das Gesetz nicht zu verabschieden"): not backing X opposes X, not ending
    X backs X ("die Chatkontrolle nicht abzulehnen"); any other verb is itself what is opposed,
    without the negation ("Lieferkettengesetz abzuschwächen", as "not to weaken the law" opposes
    "weaken the law"). None when no negation stands there, or the last word is no verb (it is
    capitalised: a German noun)."""
    cues = _cues()
    text = act.text.rstrip(" .!;,")
    words = text.split()
    if len(words) < 3 or not words[-1][:1].islower():
        return None
    last = fold(words[-1])
    marked = fold(words[-2]) in cues.verb_marks
    if not marked and not any(last.find(mark, 2, len(last) - 3) >= 0 for mark in cues.verb_marks):
        return None  # (only a verb the mark closes: "zu verabschieden", "abzuschwächen"; not "… and not delay")
    at = len(words) - 3 if marked else len(words) - 2
    if at < 1 or fold(words[at]) not in cues.negations:
        return None
    negation = text.rfind(" " + words[at] + " ")
    before = act.cut(0, negation).strip()
    closing = _closing_verb(fold(f"{before.text} {' '.join(words[at + 1 :])}"))
    if closing is None:
        return "oppose", Seg(f"{before.text} {' '.join(words[at + 1 :])}", before.start)
    return ("support" if closing[0] is cues.item_oppose else "oppose"), before


def _closing_verb(act: str) -> tuple[_Family, int] | None:
    """The family of the verb in the infinitive that closes a (folded) act after a verb mark ("zu
    stoppen"), or with the mark inside it, where a separable verb puts it ("abzulehnen" is
    "ablehnen", "einzuführen" "einführen"), and where the words before that verb end; None when
    no such verb closes it."""
    cues = _cues()
    closing = act.rsplit(None, 2)
    if len(closing) < 2:
        return None
    word = closing[-1]
    before = len(act[: len(act) - len(word)].rstrip())
    for family in (cues.item_oppose, cues.item_support):
        if len(closing) == 3 and closing[1] in cues.verb_marks and family.pattern.fullmatch(word):
            return family, len(closing[0])
        if any(family.pattern.fullmatch(word[:at] + word[at + len(mark) :])
               for mark in cues.verb_marks for at in range(1, len(word) - len(mark)) if word.startswith(mark, at)):
            return family, before
    return None


def _acts(asked: Seg, to_word: re.Pattern[str]) -> list[Seg]:
    """The acts a demand asks of its addressee, split where a join word and the demand's "to"
    word start another outside brackets, when the act before or after opens with a verb that
    takes a side ("reject X and to protect Y", "extend X and to ban Y"; not "listen to workers
    and to unions", which is one act); and where a join word follows a German act whose verb
    closes it ("X zu beenden und Y zu schützen")."""
    cues = _cues()
    folded, origin = fold_with_map(asked.text)
    depths = bracket_depths(folded)
    bounds: list[tuple[int, int, bool]] = []  # (where the join word starts, where the act after it starts, surely)
    for marker in to_word.finditer(folded):
        before = folded[: marker.start()].rstrip()
        join = before.rsplit(None, 1)[-1] if before else ""
        if join in cues.joins and depths[marker.start()] == 0 and len(before) > len(join):
            bounds.append((len(before) - len(join), marker.end(), False))
    bounds.extend((join, after, True) for join, after in _after_closing_verbs(folded, depths, asked.text, origin))
    bounds.sort()
    acts, start = [], 0
    for join_start, act_start, surely in bounds:
        first, after = folded[start:join_start].lstrip(" ,;"), folded[act_start:].lstrip()
        if surely or any(family.pattern.match(text) for family in (cues.item_oppose, cues.item_support) for text in (first, after)):
            acts.append(asked.cut(origin[start], origin[join_start]).strip(" ,;"))
            start = act_start
    acts.append(asked.cut(origin[start]).strip(" ,;"))
    return [act for act in acts if act.text]


def _after_closing_verbs(folded: str, depths: Sequence[int], text: str, origin: Sequence[int]) -> list[tuple[int, int]]:
    """Where a German act whose verb closes it ends and the next starts, at a join word outside
    brackets ("die Waffenlieferungen zu beenden und sich für einen Waffenstillstand einzusetzen",
    "die Mieten zu senken und …"): (where the join word starts, where the act after it starts)
    in ``folded``, the folded ``text``."""
    cues = _cues()
    bounds = []
    for join in _WORD.finditer(folded):
        if join.group() not in cues.joins or depths[join.start()] != 0:
            continue
        before = folded[: join.start()].rstrip(" ,")
        words = text[: origin[len(before)]].split()
        # (a verb in small letters after "zu": "zu senken", not "zu Hause")
        infinitive = len(words) >= 3 and fold(words[-2]) in cues.verb_marks and words[-1][:1].islower()
        if infinitive or _closing_verb(before) is not None:
            after = len(folded) - len(folded[join.end() :].lstrip())
            if after < len(folded):
                bounds.append((join.start(), after))
    return bounds


_WORD = re.compile(r"(?<![^\W_])[^\W_]+(?![^\W_])")


def _after_addressee(asked: Seg, to_word: re.Pattern[str]) -> Seg:
    """The act asked for after the addressee a demand names: the words after the first "to"
    word outside brackets that has words before it, within ``_ADDRESSEE_WORDS`` words; the
    whole text when there is none ("we urge the adoption of X" names no addressee)."""
    folded, origin = fold_with_map(asked.text)
    depths = bracket_depths(folded)
    articles = load_lexicon().markers["article"]
    held: Seg | None = None  # a "to" before an article ("all parties to the conflict to respect …"), kept in reserve
    for marker in to_word.finditer(folded):
        before = folded[: marker.start()].split()
        if len(before) > _ADDRESSEE_WORDS:
            break
        after = folded[marker.end() :].split(None, 1)
        if before and depths[marker.start()] == 0:
            if marker.group().strip() in _DE_WORDS and not _opens_act(after):
                return asked  # "… le retrait du projet de loi": "de" before no verb is "of", no addressee's act
            if after and after[0] in articles and held is None:
                if marker.group().strip() in _OF_WORDS:
                    return asked  # "demandons le retrait de la loi": "de" before an article is "of", no addressee's act
                held = asked.cut(origin[marker.end()]).strip()
                continue
            if before[-1] in _cues().negations:  # "закликаємо Верховну Раду не ухвалювати X": the act is negated
                return asked.cut(origin[folded.rindex(before[-1], 0, marker.start())]).strip()
            return asked.cut(origin[marker.end()]).strip()
        if not before and after and after[0] not in load_lexicon().markers["article"]:
            # "Nous vous demandons de renoncer à …": the addressee came before the verb ("vous");
            # ("Instamos a los gobiernos a …": an article after the word opens the addressee)
            return asked.cut(origin[marker.end()]).strip()
    return held or asked


_ADDRESSEE_WORDS = 12
_OF_WORDS = frozenset({"de", "di", "do", "da"})  #: a demand's "to" word that before an article is "of"
_DE_WORDS = frozenset({"de", "di", "d'", "d’"})  #: a demand's "to" word that is "of" unless a verb in the infinitive follows


def _opens_act(after: list[str]) -> bool:
    """Whether the words after a "de" open an act asked: a verb in the infinitive ("de retirer",
    "di ritirare") or a negation before one ("de ne pas …")."""
    return bool(after) and (after[0] in _cues().negations or bool(_cues().infinitive.fullmatch(after[0])))


def _clause_end(text: str, depths: list[int], start: int) -> int:
    """Where the clause that runs from ``start`` ends: the first , ; : ! ? or full stop outside
    brackets (``depths``: the bracket depth at each character of ``text``)."""
    for match in _CLAUSE_END.finditer(text, start):
        if match.start() >= len(text) or depths[match.start()] == 0:
            return match.start()
    return len(text)


def _found(stance: Stance | None) -> list[Stance]:
    return [stance] if stance is not None else []


def _a_statement(rest: str) -> bool:
    """What follows a slogan word is no slogan's target: nothing at all ("Support" as a heading)
    or a pronoun ("Protect yourself online …", "Support us", "Stop press: …"). (A sentence with a
    verb after the target may still be one: "To stop measures … whose activities were terminated".)"""
    words = rest.split()
    return not any(c.isalpha() for c in rest) or (bool(words) and words[0].strip(".,!:;") in _cues().no_target)


def _make(polarity: str, after: Seg, sentence: Seg, rule: str, addressee: str | None = None) -> Stance | None:
    text = after.text.strip().lstrip(":;,–—").strip()
    target = _target_words(text[: _target_end(text)], _cased(sentence.text))
    if addressee and (not any(c.isalpha() for c in target) or fold(target.split(" ")[0]) in _cues().addressed):
        target = addressee  # "Ukrainians: we stand with you!"
    if not target and text.split()[-1:] and fold(text.split()[-1].strip(".!;,")) in _cues().target_trail:
        return None  # "Wir lehnen das ab."
    if not target or not any(c.isalpha() for c in target):
        target = text[:80]
    if not any(c.isalpha() for c in target):
        return None  # "…, which we reject.": nothing after the cue names a target
    if fold(target.strip(" .!;,")) in _cues().no_target:
        return None  # "… call on the Commission to abandon it": a pronoun names nothing here
    first, _, rest = target.partition(" ")
    if rule == "stances.demand" and rest and fold(first) in _cues().negations:
        polarity = "oppose" if polarity == "support" else "support"  # "The government must not sell X"
        target = rest
    evidence = sentence.strip(" •·-–—*")
    number = _ITEM_NUMBER.match(evidence.text)
    if number and number.end() < len(evidence.text):
        evidence = evidence.cut(number.end())  # "6. Contra a Reforma da Previdência": the list's number is layout, not words
    if not evidence.text:
        return None
    target = _WHITE.sub(" ", _WRAPPED_WORD.sub("", target))  # a target wrapped over lines: "red-\ntagging" -> "red-tagging"
    return Stance(polarity, target.strip().rstrip(" –—-:;,")[:200], evidence.text, evidence.span, rule)


_WRAPPED_WORD = re.compile(r"(?<=\w-)[ \t]*\n\s*(?=\w)")
_WHITE = re.compile(r"\s+")


def _target_end(text: str) -> int:
    """Where a target ends: at a dash between spaces, ! ; : , or an opening bracket, a full stop
    that ends a sentence ("U.S." does not), or where its purpose or reason starts ("so that")."""
    end = len(text)
    for match in _TARGET_END.finditer(text):
        if match.group() == "." and "." in (text[: match.start()].split() or [""])[-1]:
            continue  # an abbreviation: "all U.S. troops"
        if match.group() == "." and _NUMBER_AFTER.match(text, match.end()):
            continue  # a number's abbreviation, no sentence's end: "S. 1234", "Art. 13"
        if match.group() == "(" and _NAME_GOES_ON.match(text, text.find(")", match.start()) + 1 or len(text)):
            continue  # a parenthesis inside a name: "the Strikes (Minimum Service Levels) Bill"
        if match.group() == "," and _capitalised_before(text, match.start()) and _TITLE_CASE_RUN.match(text, match.start()):
            continue  # a comma inside a name: "the Police, Crime, Sentencing and Courts Bill"
        if match.group() == "," and _enumerates(text, match.end()):
            continue  # a comma between things listed: "die Mittel für Bildung, Gesundheit und Klimaschutz einsetzen"
        end = match.start()
        break
    folded, origin = fold_with_map(text[:end])
    clause = _cues().new_clause.search(folded)  # "the plan to expand the park and we hope that …"
    if clause and clause.start() > 0:
        end = origin[clause.start()]
    return _purpose_start(text[:end].rstrip())


_LIST_PIECE = re.compile(r"[^,;:!?()]*?(?=[,;:!?()]|\.(?:\s|$)|$)")
_LIST_WORDS = 3  #: words a listed thing may have on either side of the "and" that ends the list
_LIST_PIECES = 4  #: things a list may go on with after the comma before its "and"


def _enumerates(text: str, start: int) -> bool:
    """Whether the comma just before ``start`` goes on a list of things that a join word ends
    within a few short pieces: ", Gesundheit und Klimaschutz einzusetzen", ", sustainable and
    fully inclusive economy"; not a clause (", and we call for …", ", which killed …")."""
    position = start
    for _ in range(_LIST_PIECES):
        piece = _LIST_PIECE.match(text, position)
        words = fold(piece.group() if piece else "").split()
        if not words or words[0] in _cues().joins or words[0] in _cues().relatives:
            return False
        joins = [i for i, word in enumerate(words) if word in _cues().joins]
        if joins:
            return joins[0] <= _LIST_WORDS and len(words) - joins[0] - 1 <= _LIST_WORDS
        end = piece.end() if piece else position
        if len(words) > _LIST_WORDS or text[end : end + 1] != ",":
            return False
        position = end + 1
    return False


def _capitalised_before(text: str, index: int) -> bool:
    before = text[max(0, index - 40) : index].split()
    return bool(before) and before[-1][:1].isupper()


def _purpose_start(text: str) -> int:
    """Where the purpose or reason of ``text`` starts ("so that", "in order to", "afin de"),
    after at least one character of target; ``len(text)`` when it states none."""
    folded, origin = fold_with_map(text)
    stop = _cues().target_stop.search(folded)
    return origin[stop.start()] if stop and stop.start() > 0 else len(text)


_ITEM_NUMBER = re.compile(r"\(?\d{1,3}[.)]\s+")
_LEAD_SPAN = 20  #: characters that can hold a target's leading word and the space after it


def _target_words(text: str, cased: bool) -> str:
    """A target without the words it does not start with ("to agree to X", "the X", "el fin de
    X") and without quotation marks that open or close nothing inside it. In a sentence whose
    capitals mean something (``cased``: not every word capitalised), a capitalised article before
    a capitalised word stays: it is part of a name ("El Salvador", "Die Linke", "contre Le Pen");
    in "Solidarity With The Workers" it goes."""
    target = _unquoted(text)
    while lead := _cues().target_lead.match(fold(target[:_LEAD_SPAN])):  # (folded, as the cue words are: "à" is "a")
        end = fold_with_map(target[:_LEAD_SPAN])[1][lead.end()]
        rest = target[end:]
        if cased and target[:1].isupper() and rest[:1].isupper():
            break
        target = rest
    target = target[: _trailing_join_start(target)].rstrip(" ,;")
    head, _, last = target.rpartition(" ")
    while fold(last) in _cues().target_trail:  # "Wir lehnen die Erhöhung der Grundsteuer (entschieden) ab": the verb's
        target = head.rstrip(" ,;")  # ("Wir lehnen das ab": nothing is left, the stance names no target)
        head, _, last = target.rpartition(" ")
    return _unquoted(target)


def _cased(text: str) -> bool:
    """Whether some word of ``text`` starts with a small letter (so its capitals mark names)."""
    return any(word[0].islower() for word in text.split() if word[0].isalpha())


def _unquoted(target: str) -> str:
    """The target without quotation marks that open or close nothing inside it: a quoted
    target ("“Encryption Bill”") loses both, "References to “data flow with trust”" keeps its pair."""
    target = target.strip()
    if len(target) >= 2 and target[0] in _QUOTES and target[-1] in _QUOTES and sum(c in _QUOTES for c in target) == 2:
        return target[1:-1].strip()
    if target[:1] in _QUOTES and sum(c in _QUOTES for c in target) % 2:
        target = target[1:]
    if target[-1:] in _QUOTES and sum(c in _QUOTES for c in target) % 2:
        target = target[:-1]
    if target[:1] in _OPEN_SINGLE and not _CLOSE_SINGLE.search(target, 1):
        target = target[1:]
    elif target[:1] in _OPEN_SINGLE and _CLOSE_SINGLE.fullmatch(target[-1:]):
        target = target[1:-1]
    return target.strip()


def _merge_restatements(stances: list[Stance]) -> list[Stance]:
    """One stance per polarity and target in a document: a later stance whose target is the
    same words as an earlier one's, or holds them or is held by them ("Solidarity with
    Ukrainians in Russia!" … "Support the legitimate concerns of oppressed Ukrainians in
    Russia!"), is kept as a restatement of the first, with its own evidence and span."""
    kept: list[Stance] = []
    keys: list[str] = []  #: the target key of each kept stance
    for stance in stances:
        key = _target_key(stance.target)
        for index, earlier in enumerate(kept):
            if earlier.polarity == stance.polarity and _same_target(keys[index], key):
                kept[index] = dataclasses.replace(earlier, restated=(*earlier.restated, stance))
                break
        else:
            kept.append(stance)
            keys.append(key)
    return kept


def _target_key(target: str) -> str:
    return " ".join(re.sub(r"[^\w\s/]", "", fold(target)).replace("/", " ").split())


def _same_target(a: str, b: str) -> bool:
    """Same words; one held whole in the other; or most content words shared ("your country’s
    position … as close as possible to the European Parliament’s" / "Council’s position is
    aligned as closely as possible to the European Parliament’s")."""
    if a == b:
        return bool(a)
    short, long = sorted((a, b), key=len)
    if len(short.split()) >= 2 and f" {short} " in f" {long} ":
        return True
    content_a, content_b = _content_words(a), _content_words(b)
    fewer = min(len(content_a), len(content_b))
    return fewer >= _MIN_SHARED and len(content_a & content_b) >= _SHARED_SHARE * fewer


_MIN_SHARED = 3  #: content words a target needs before shared words can make it a restatement
_SHARED_SHARE = 0.7
_STEM = 5  #: letters a content word is compared by


def _content_words(key: str) -> set[str]:
    """Words of four letters or more, cut to their first five ("closely" and "close", "aligned"
    and "align" are one word): a language-neutral stand-in for content words and their stems."""
    return {word[:_STEM] for word in key.split() if len(word) >= 4}
