"""Frozen records passed between the stages: documents, mentions with spans, extractions.

Extractors produce *mentions* (a surface form, where it is in the text, the rule that
found it); resolution later links mentions to entities and never edits a mention.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, TypeAlias

import networkx as nx

if TYPE_CHECKING:
    KnowledgeGraph: TypeAlias = nx.MultiDiGraph[str]  #: the graph ``build`` returns (see graph/build.py)
else:
    KnowledgeGraph = nx.MultiDiGraph

ROLES = ("issuer", "signatory", "endorser", "distributor", "adapted_from")
KINDS = ("organisation", "person")


@dataclass(frozen=True, slots=True)
class Span:
    """Character offsets ``[start, end)`` into a document's decoded text."""

    start: int
    end: int

    def of(self, text: str) -> str:
        """The characters this span covers in ``text``."""
        return text[self.start : self.end]


@dataclass(frozen=True, slots=True)
class Document:
    """A decoded document: its text is what every span points into."""

    source: str  #: the path as given
    text: str
    sha256: str  #: of the raw bytes
    encoding: str  #: how the bytes were decoded ("utf-8", "utf-8-sig", "utf-16", "cp1252", ...)
    media_type: str = "text/plain"  #: "text/plain", "text/markdown" or "text/html"
    warnings: tuple[str, ...] = ()  #: e.g. a decoding fallback that was used


@dataclass(frozen=True, slots=True)
class Identifier:
    """A web site, e-mail address, phone number or social handle given with an entry."""

    scheme: str  #: "web" | "email" | "phone" | "handle"
    value: str


@dataclass(frozen=True, slots=True)
class Signatory:
    """One organisation or person standing behind a document, as the document names it."""

    name: str
    kind: str  #: "organisation" | "person"
    role: str  #: one of ROLES
    span: Span
    rule: str  #: which rule found it, e.g. "signatories.block"
    aliases: tuple[str, ...] = ()
    country: str | None = None  #: ISO 3166-1 alpha-2
    affiliation: str | None = None
    identifiers: tuple[Identifier, ...] = ()
    position: int | None = None  #: 1-based position in its list
    entry: Span | None = None  #: the whole entry as printed (name, aliases, country, contact lines)
    parts: tuple[Span, ...] = ()  #: a name printed in pieces (a two-column layout): where each piece is
    repeats: tuple[Span, ...] = ()  #: other entries of the text that name the same party (merged into this one)


@dataclass(frozen=True, slots=True)
class Author:
    """A byline: who wrote the text."""

    name: str
    kind: str
    span: Span
    rule: str


@dataclass(frozen=True, slots=True)
class OrgMention:
    """An organisation named elsewhere in the text (body, boilerplate): not a signatory."""

    name: str
    span: Span
    rule: str
    aliases: tuple[str, ...] = ()
    country: str | None = None


@dataclass(frozen=True, slots=True)
class DateMention:
    """An explicit date that dates the document, normalised to ISO (YYYY, YYYY-MM or YYYY-MM-DD)."""

    value: str
    span: Span
    rule: str


@dataclass(frozen=True, slots=True)
class Title:
    text: str
    span: Span
    rule: str


@dataclass(frozen=True, slots=True)
class Stance:
    """What a document explicitly calls for or against, in its own words."""

    polarity: str  #: "support" | "oppose"
    target: str
    evidence: str
    span: Span
    rule: str
    restated: tuple[Stance, ...] = ()  #: the same stance said again later in the document


@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything extracted from one document."""

    source: str
    sha256: str
    title: Title | None
    dates: tuple[DateMention, ...]
    language: str | None
    authors: tuple[Author, ...]
    signatories: tuple[Signatory, ...]
    mentions: tuple[OrgMention, ...]
    stances: tuple[Stance, ...] = ()
    warnings: tuple[str, ...] = field(default=())
