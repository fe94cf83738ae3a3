"""Stances: what a document explicitly calls for or against, in its own words.

A stance is a sentence that opens with a slogan ("Victory to X!", "No to X!", "Em defesa da
X"), holds a demand ("we call on X to …", "wir fordern …") or passes a verdict ("X must be
removed"). The cue phrases and their polarity are data (``data/stances.tsv``). The evidence is
the sentence with its span; the target is the words the cue points at. Nothing is inferred
from who signs: only what the text says.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from ..model import Span, Stance
from ..resources import read_table
from ._text import Line, Seg, fold, fold_with_map, sentence_end
from .lexicon import phrase_pattern

_LEAD = re.compile(r"^(?:[•●▪◦·\-–—*]\s*|\(?\d{1,3}[.)]\s+|[a-z]\)\s+|[„“\"'«]\s*)+")
_ADDRESSEE = re.compile(r"^([^:]{1,40}):\s+(?=\S)")
_TARGET_END = re.compile(r"\s[-–—]\s|[!;:,(]|\.(?=\s|$)|$")
_MAX_WORDS = 60


@dataclass(frozen=True, slots=True)
class _Cues:
    slogan: re.Pattern[str]
    demand: re.Pattern[str]
    verdict: re.Pattern[str]
    polarity: dict[str, str]
    item_oppose: re.Pattern[str]


@functools.cache
def _cues() -> _Cues:
    phrases: dict[str, list[str]] = {"slogan": [], "demand": [], "verdict": [], "item_oppose": []}
    polarity: dict[str, str] = {}
    for row in read_table("stances.tsv"):
        sign, form, phrase = row
        phrases[form].append(fold(phrase))
        polarity[fold(phrase)] = sign
    return _Cues(phrase_pattern(phrases["slogan"]), phrase_pattern(phrases["demand"]), phrase_pattern(phrases["verdict"]),
                 polarity, phrase_pattern(phrases["item_oppose"]))


def extract_stances(lines: list[Line], stop: int, skip: list[Span]) -> list[Stance]:
    """Every stance in lines[:stop], outside the spans in ``skip`` (signatory entries)."""
    found: list[Stance] = []
    in_demand_list = False
    for line in lines[:stop]:
        if line.blank:
            continue
        if any(s.start <= line.seg.start < s.end or s.start < line.seg.end <= s.end for s in skip):
            in_demand_list = False
            continue
        if in_demand_list and _LEAD.match(line.text):
            own = [s for s in (_stance(piece) for piece in _sentences(line.seg)) if s is not None]
            found.extend(own or [_demand_item(line.seg)])
            continue
        in_demand_list = line.text.rstrip().endswith(":") and bool(_cues().demand.search(fold(line.text)))
        for sentence in _sentences(line.seg):
            clauses = _demand_clauses(sentence)
            if clauses:
                found.extend(clauses)
                continue
            stance = _stance(sentence)
            if stance is not None:
                found.append(stance)
    return found


def _demand_clauses(sentence: Seg) -> list[Stance]:
    """"We call on WTO Members to act: to agree to X; to halt Y; to restore Z." -> three demands."""
    colon = sentence.text.find(":")
    if colon < 0 or sentence.text.count(";") < 2 or not _cues().demand.search(fold(sentence.text[:colon])):
        return []
    rest = sentence.cut(colon + 1)
    pieces, start = [], 0
    for index, char in enumerate(rest.text + ";"):
        if char == ";":
            piece = rest.cut(start, index).strip(" .")
            if piece.text:
                pieces.append(_demand_item(piece))
            start = index + 1
    return pieces


def _demand_item(seg: Seg) -> Stance:
    """An item of a list that a demand introduces ("… calling on the G20 Leaders to immediately:")."""
    lead = _LEAD.match(seg.text)
    body = seg.cut(lead.end()) if lead else seg
    verb = re.sub(r"^(?:and\s+)?(?:to\s+)?", "", fold(body.text))
    polarity = "oppose" if _cues().item_oppose.match(verb) else "support"
    evidence = body.strip(" ;,.")
    return Stance(polarity, evidence.text[:200], evidence.text, evidence.span, "stances.demand_list")


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


def _stance(sentence: Seg) -> Stance | None:
    lead = _LEAD.match(sentence.text)
    body = sentence.cut(lead.end()) if lead else sentence
    if not body.text or body.text.rstrip().endswith(":"):
        return None  # "For these reasons we call on you to:": the demands follow as their own lines
    cues = _cues()
    addressee = _ADDRESSEE.match(body.text)
    for candidate in ([body.cut(addressee.end())] if addressee else []) + [body]:
        folded, origin = fold_with_map(candidate.text)
        slogan = cues.slogan.match(folded)
        if slogan and len(candidate.text.split()) <= _MAX_WORDS:
            return _make(cues.polarity[_norm(slogan.group())], candidate.cut(origin[slogan.end()]), sentence, "stances.slogan")
    folded, origin = fold_with_map(body.text)
    verdict = cues.verdict.search(folded)
    if verdict and len(body.text.split()) <= _MAX_WORDS:
        subject = body.cut(0, origin[verdict.start()]).strip(" :,")
        if subject.text and any(c.isalpha() for c in subject.text):
            return _make(cues.polarity[_norm(verdict.group())], subject, sentence, "stances.verdict")
        # no subject ("Hands off Venezuela!"): the verdict defends its object
        return _make("support", body.cut(origin[verdict.end()]), sentence, "stances.verdict")
    demand = cues.demand.search(folded)
    if demand:
        # the evidence starts at the demand: a long sentence's preamble is not the stance
        evidence = body.cut(origin[demand.start()]) if len(body.text.split()) > 25 else sentence
        return _make(cues.polarity[_norm(demand.group())], body.cut(origin[demand.end()]), evidence, "stances.demand")
    return None


def _norm(phrase: str) -> str:
    return re.sub(r"\s+", " ", phrase)


def _make(polarity: str, after: Seg, sentence: Seg, rule: str) -> Stance | None:
    text = after.text.strip(" \"“”„'")
    end = _TARGET_END.search(text)
    target = re.sub(r"^(?:the|to|that|a|an)\s+", "", text[: end.start() if end else len(text)].strip(), flags=re.IGNORECASE)
    if not target or not any(c.isalpha() for c in target):
        target = text[:80]
    evidence = sentence.strip(" •·-–—*")
    return Stance(polarity, target.strip()[:200], evidence.text, evidence.span, rule)
