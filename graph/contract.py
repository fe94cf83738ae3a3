"""The extraction JSON contract (``shared/eval/CONTRACT.md``): TypedDicts and the writer."""

from __future__ import annotations

import json
from typing import TypedDict

from .model import Extraction


class AuthorJSON(TypedDict):
    name: str
    kind: str
    span: list[int]
    rule: str


class SignatoryJSON(TypedDict):
    name: str
    kind: str
    role: str
    aliases: list[str]
    country: str | None
    affiliation: str | None
    span: list[int]
    rule: str
    position: int | None
    identifiers: list[dict[str, str]]
    entry_span: list[int] | None
    span_parts: list[list[int]]
    repeat_spans: list[list[int]]


class MentionJSON(TypedDict):
    name: str
    aliases: list[str]
    country: str | None
    span: list[int]
    rule: str


class RestatementJSON(TypedDict):
    target: str
    evidence: str
    span: list[int]
    rule: str


class StanceJSON(TypedDict):
    polarity: str
    target: str
    evidence: str
    span: list[int]
    rule: str
    restated: list[RestatementJSON]


class ExtractionJSON(TypedDict):
    source: str
    sha256: str
    title: str | None
    title_span: list[int] | None
    dates: list[str]
    date_spans: list[list[int]]
    language: str | None
    authors: list[AuthorJSON]
    signatories: list[SignatoryJSON]
    mentioned_organisations: list[MentionJSON]
    stances: list[StanceJSON]
    warnings: list[str]


def to_json(extraction: Extraction) -> ExtractionJSON:
    """The contract's object for one document (extra fields: spans of title and dates, rules,
    identifiers, positions, warnings)."""
    x = extraction
    return {
        "source": x.source,
        "sha256": x.sha256,
        "title": x.title.text if x.title else None,
        "title_span": [x.title.span.start, x.title.span.end] if x.title else None,
        "dates": [d.value for d in x.dates],
        "date_spans": [[d.span.start, d.span.end] for d in x.dates],
        "language": x.language,
        "authors": [
            {"name": a.name, "kind": a.kind, "span": [a.span.start, a.span.end], "rule": a.rule} for a in x.authors
        ],
        "signatories": [
            {
                "name": s.name,
                "kind": s.kind,
                "role": s.role,
                "aliases": list(s.aliases),
                "country": s.country,
                "affiliation": s.affiliation,
                "span": [s.span.start, s.span.end],
                "rule": s.rule,
                "position": s.position,
                "identifiers": [{"scheme": i.scheme, "value": i.value} for i in s.identifiers],
                "entry_span": [s.entry.start, s.entry.end] if s.entry else None,
                "span_parts": [[p.start, p.end] for p in s.parts],
                "repeat_spans": [[r.start, r.end] for r in s.repeats],
            }
            for s in x.signatories
        ],
        "mentioned_organisations": [
            {"name": m.name, "aliases": list(m.aliases), "country": m.country, "span": [m.span.start, m.span.end],
             "rule": m.rule}
            for m in x.mentions
        ],
        "stances": [
            {"polarity": s.polarity, "target": s.target, "evidence": s.evidence, "span": [s.span.start, s.span.end],
             "rule": s.rule,
             "restated": [{"target": r.target, "evidence": r.evidence, "span": [r.span.start, r.span.end], "rule": r.rule}
                          for r in s.restated]}
            for s in x.stances
        ],
        "warnings": list(x.warnings),
    }


def to_jsonl(extraction: Extraction) -> str:
    """One line of JSON for one document."""
    return json.dumps(to_json(extraction), ensure_ascii=False, sort_keys=False)


def from_json(data: ExtractionJSON | dict[str, object]) -> Extraction:
    """The inverse of ``to_json`` (used by the extraction cache)."""
    from .model import Author, DateMention, Identifier, OrgMention, Signatory, Span, Stance, Title

    d: dict[str, object] = dict(data)

    def span(value: object) -> Span:
        pair = list(value)  # type: ignore[call-overload]
        return Span(int(pair[0]), int(pair[1]))

    title_span = d.get("title_span")
    title = Title(str(d["title"]), span(title_span), "cache") if d.get("title") and title_span else None
    dates = tuple(DateMention(str(v), span(s), "cache") for v, s in zip(d["dates"], d["date_spans"], strict=True))  # type: ignore[call-overload]
    authors = tuple(Author(a["name"], a["kind"], span(a["span"]), a["rule"]) for a in d["authors"])  # type: ignore[attr-defined]
    signatories = tuple(
        Signatory(s["name"], s["kind"], s["role"], span(s["span"]), s["rule"], tuple(s["aliases"]), s["country"],
                  s["affiliation"], tuple(Identifier(i["scheme"], i["value"]) for i in s["identifiers"]), s["position"],
                  span(s["entry_span"]) if s.get("entry_span") else None, tuple(span(p) for p in s.get("span_parts", [])),
                  tuple(span(r) for r in s.get("repeat_spans", [])))
        for s in d["signatories"]  # type: ignore[attr-defined]
    )
    mentions = tuple(OrgMention(m["name"], span(m["span"]), m["rule"], tuple(m["aliases"]), m["country"])
                     for m in d["mentioned_organisations"])  # type: ignore[attr-defined]
    stances = tuple(
        Stance(s["polarity"], s["target"], s["evidence"], span(s["span"]), s["rule"],
               tuple(Stance(s["polarity"], r["target"], r["evidence"], span(r["span"]), r["rule"])
                     for r in s.get("restated", [])))
        for s in d["stances"]  # type: ignore[attr-defined]
    )
    return Extraction(str(d["source"]), str(d["sha256"]), title, dates, d.get("language"), authors, signatories,  # type: ignore[arg-type]
                      mentions, stances, tuple(d.get("warnings", [])))  # type: ignore[arg-type]
