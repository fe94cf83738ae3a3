"""HTML to readable text: drop what a reader never sees, then lay out the rest with inscriptis."""

from __future__ import annotations

import re

from inscriptis import Inscriptis
from inscriptis.model.config import ParserConfig
from lxml import html as lxml_html
from lxml.etree import ParserError

_INVISIBLE_TAGS = ("script", "style", "noscript", "template", "head", "svg", "iframe", "object")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)


def html_to_text(markup: str) -> str:
    """The text a browser would show, one block per line; hidden elements removed."""
    if not markup.strip():
        return ""
    try:
        tree = lxml_html.document_fromstring(markup)
    except (ParserError, ValueError):
        return ""
    for element in list(tree.iter()):
        if not isinstance(element, lxml_html.HtmlElement) or not isinstance(element.tag, str):
            continue  # comments and processing instructions
        if (element.tag in _INVISIBLE_TAGS or _is_hidden(element)) and element.getparent() is not None:
            element.drop_tree()
    text: str = Inscriptis(tree, ParserConfig(display_links=False, display_images=False)).get_text()
    return "\n".join(line.rstrip() for line in text.splitlines()).strip("\n") + "\n"


def _is_hidden(element: lxml_html.HtmlElement) -> bool:
    return (
        element.get("hidden") is not None
        or element.get("aria-hidden") == "true"
        or bool(_HIDDEN_STYLE.search(element.get("style") or ""))
    )
