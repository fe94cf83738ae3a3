"""Where a document's parts are: its header (before the first paragraph of running text)
and where its main content ends (site boilerplate: comments, related posts, footer)."""

from __future__ import annotations

from ._text import Line, fold
from .blocks import starts_with
from .lexicon import load_lexicon


def is_running_text(text: str) -> bool:
    """A paragraph of prose: long and sentence-shaped (a short line ending in '!' is a slogan
    or a headline, not prose)."""
    stripped = text.rstrip()
    if len(stripped) >= 120:
        return stripped[-1:] in ".:;!?" or ". " in stripped
    return len(stripped) >= 60 and stripped.endswith(".") and len(stripped.split()) >= 8


def header_end(lines: list[Line]) -> int:
    """Index of the first line of running text (the header is everything before it)."""
    for line in lines:
        if is_running_text(line.text):
            return line.index
    return len(lines)


def main_end(lines: list[Line]) -> int:
    """Index of the first line of site boilerplate after the main content, else len(lines)."""
    total = sum(len(line.text) for line in lines) or 1
    boilerplate = load_lexicon().markers["boilerplate"]
    seen = 0
    for line in lines:
        seen += len(line.text)
        if seen < total * 0.3 or line.blank or len(line.text.split()) > 8:
            continue
        if starts_with(fold(line.text), boilerplate):
            return line.index
    return len(lines)
