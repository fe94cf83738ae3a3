"""Stage 2: extract everything a document says about who stands behind it.

``extract(doc)`` runs the extractors in ``EXTRACTORS`` order over one decoded document and
returns an ``Extraction``. Extractors are plain functions of the document's lines; none
reads files or keeps state beyond the cached lexicon.
"""

from __future__ import annotations

import time

from ..model import Document, Extraction
from ._text import lines_of
from .authors import extract_authors
from .dates import extract_dates
from .language import detect_language
from .layout import main_end
from .mentions import extract_mentions
from .signatories import extract_signatories
from .stances import extract_stances
from .title import extract_title

EXTRACTOR_VERSION = "0.4.126"  #: bump when extraction output changes (invalidates caches)

__all__ = ["EXTRACTOR_VERSION", "extract"]


_SENTENCE_SUBJECTS = frozenset({"signatories.declaring_subject", "signatories.republishing_subject", "signatories.declaring_list"})
#: issuers named on lines of their own, which are no headline: "Promuovono:", "Convocan: A, B y C", "Name (ACRONYM)" over it
_ISSUER_LINES = frozenset({"signatories.issuer_heading", "signatories.issuer_list", "signatories.letterhead_line"})
DEFAULT_BUDGET = 20.0  #: seconds one document may take; later stages are skipped past it


def extract(doc: Document, budget: float = DEFAULT_BUDGET) -> Extraction:
    """Extract title, dates, language, authors, signatories and mentions from ``doc``.

    Stages run in order of importance; once ``budget`` seconds have passed, the remaining
    stages are skipped and a warning says which (a pathological document cannot stall a batch).
    """
    started = time.perf_counter()
    warnings = list(doc.warnings)
    text = doc.text
    lines = lines_of(text)
    stop = main_end(lines)
    main_text = text[: lines[stop].seg.start] if stop < len(lines) else text

    def within_budget(stage: str) -> bool:
        if time.perf_counter() - started <= budget:
            return True
        warnings.append(f"{doc.source}: time budget of {budget:g} s used up; skipped {stage}")
        return False

    signatories = extract_signatories(text, lines, stop) if within_budget("signatories") else []
    # (a body that heads a sentence, "DIE LINKE verurteilt …", is no list entry: its sentence may state a stance)
    entries = [s.entry or s.span for s in signatories if s.rule not in _SENTENCE_SUBJECTS]
    listed = [s.entry or s.span for s in signatories  # (a title may name its issuer, unless one of a list of them)
              if s.role not in ("issuer", "adapted_from") or s.rule in _ISSUER_LINES]
    title = extract_title(lines, stop, listed) if within_budget("title") else None
    dates = tuple(extract_dates(lines, stop)) if within_budget("dates") else ()
    language = detect_language(main_text) if within_budget("language") else None
    authors = tuple(extract_authors(lines, stop)) if within_budget("authors") else ()
    mentions = tuple(extract_mentions(text, signatories, title.span if title else None, authors)) if within_budget("mentions") else ()
    parties = [name for s in signatories if s.kind == "organisation" for name in (s.name, *s.aliases)]
    stances = tuple(extract_stances(lines, stop, entries, parties, text)) if within_budget("stances") else ()
    return Extraction(
        source=doc.source, sha256=doc.sha256, title=title, dates=dates, language=language, authors=authors,
        signatories=tuple(signatories), mentions=mentions, stances=stances, warnings=tuple(warnings),
    )
