"""HTML to readable text: drop what a reader never sees, then lay out the rest with inscriptis."""

from __future__ import annotations

import re

from inscriptis import Inscriptis
from inscriptis.model.config import ParserConfig
from lxml import html as lxml_html
from lxml.etree import ParserError

_INVISIBLE_TAGS = ("script", "style", "noscript", "template", "head", "svg", "iframe", "object")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
#: classes that hide an element in the CSS frameworks pages are built with (the stylesheet is seldom in the page):
#: Bootstrap, Tailwind, Foundation, WordPress's text for screen readers only
_HIDDEN_CLASSES = frozenset({"hidden", "d-none", "is-hidden", "hide", "invisible", "sr-only", "visually-hidden",
                             "screen-reader-text", "show-for-sr", "element-invisible"})
_CSS_RULE = re.compile(r"([^{}]{1,500})\{([^{}]{0,2000})\}")
_CLASS_SELECTOR = re.compile(r"^\s*(?:[a-z][\w-]*)?\.([\w-]+)\s*$", re.IGNORECASE)


def html_to_text(markup: str) -> str:
    """The text a browser would show, one block per line; hidden elements removed."""
    if not markup.strip():
        return ""
    try:
        tree = lxml_html.document_fromstring(markup)
    except (ParserError, ValueError):
        return ""
    hidden_classes = _HIDDEN_CLASSES | _classes_hidden_by(tree)
    for element in list(tree.iter()):
        if not isinstance(element, lxml_html.HtmlElement) or not isinstance(element.tag, str):
            continue  # comments and processing instructions
        if (element.tag in _INVISIBLE_TAGS or _is_hidden(element, hidden_classes)) and element.getparent() is not None:
            element.drop_tree()
    text: str = Inscriptis(tree, ParserConfig(display_links=False, display_images=False)).get_text()
    return "\n".join(line.rstrip() for line in text.splitlines()).strip("\n") + "\n"


def _classes_hidden_by(tree: lxml_html.HtmlElement) -> frozenset[str]:
    """The classes the page's own style sheets hide (".draft { display: none }"); only plain
    class selectors are read, never a cascade."""
    hidden: set[str] = set()
    for style in tree.iter("style"):
        for selectors, body in _CSS_RULE.findall(style.text or ""):
            if _HIDDEN_STYLE.search(body):
                hidden.update(m.group(1) for m in map(_CLASS_SELECTOR.match, selectors.split(",")) if m)
    return frozenset(hidden)


def _is_hidden(element: lxml_html.HtmlElement, hidden_classes: frozenset[str]) -> bool:
    return (
        element.get("hidden") is not None
        or element.get("aria-hidden") == "true"
        or bool(_HIDDEN_STYLE.search(element.get("style") or ""))
        or not hidden_classes.isdisjoint((element.get("class") or "").split())
    )
