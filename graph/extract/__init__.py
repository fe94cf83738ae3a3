"""Stage 2: extract everything a document says about who stands behind it.

``extract(doc)`` runs the extractors in ``EXTRACTORS`` order over one decoded document and
returns an ``Extraction``. Extractors are plain functions of the document's lines; none
reads files or keeps state beyond the cached lexicon.
"""

from __future__ import annotations

from ..model import Document, Extraction
from ._text import lines_of
from .authors import extract_authors
from .dates import extract_dates
from .language import detect_language
from .layout import main_end
from .mentions import extract_mentions
from .signatories import extract_signatories
from .title import extract_title

EXTRACTOR_VERSION = "0.1.0"  #: bump when extraction output changes (invalidates caches)

__all__ = ["EXTRACTOR_VERSION", "extract"]


def extract(doc: Document) -> Extraction:
    """Extract title, dates, language, authors, signatories and mentions from ``doc``."""
    text = doc.text
    lines = lines_of(text)
    stop = main_end(lines)
    main_text = text[: lines[stop].seg.start] if stop < len(lines) else text
    signatories = extract_signatories(text, lines, stop)
    return Extraction(
        source=doc.source,
        sha256=doc.sha256,
        title=extract_title(lines, stop),
        dates=tuple(extract_dates(lines, stop)),
        language=detect_language(main_text),
        authors=tuple(extract_authors(lines, stop)),
        signatories=tuple(signatories),
        mentions=tuple(extract_mentions(text, signatories)),
        stances=(),
        warnings=doc.warnings,
    )
