"""The HTML view in a real headless Chromium (Debian's, driven by Playwright), with every
network request refused: it loads without console errors, draws every node, is not blank, and
opens no dialog for documents full of XSS payloads, which it shows as text."""

from __future__ import annotations

import io
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import networkx as nx
import pytest

from graph import build
from graph.html import write_html

from .conftest import ROOT

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-quic"]
PAYLOADS = ["<script>alert(1)</script>", "<img src=x onerror=alert(2)>", 'a href="javascript:alert(3)"',
            "javascript:alert(4)", "</script><script>alert(5)</script>"]


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    if not Path(CHROMIUM).exists():
        pytest.fail("Debian's chromium is required (scripts/test.sh installs it): apt-get install chromium")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        instance = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield instance
        instance.close()


def open_page(browser: object, path: Path) -> tuple[object, dict[str, list[str]]]:
    seen: dict[str, list[str]] = {"errors": [], "requests": [], "dialogs": []}
    page = browser.new_page(viewport={"width": 1280, "height": 860})  # type: ignore[attr-defined]
    page.on("console", lambda m: seen["errors"].append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: seen["errors"].append(str(e)))
    page.on("dialog", lambda d: (seen["dialogs"].append(d.message), d.dismiss()))

    def refuse(route: object) -> None:
        url = route.request.url  # type: ignore[attr-defined]
        if url.startswith("file:"):
            route.continue_()  # type: ignore[attr-defined]
        else:
            seen["requests"].append(url)
            route.abort()  # type: ignore[attr-defined]

    page.route("**/*", refuse)
    page.goto(path.as_uri())
    page.wait_for_selector("body[data-drawn]", timeout=30000)
    page.wait_for_timeout(300)
    return page, seen


def _graph(tmp: Path, docs: dict[str, str]) -> nx.MultiDiGraph:  # type: ignore[type-arg]
    folder = tmp / "docs"
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in docs.items():
        (folder / name).write_text(text, encoding="utf-8")
    return build([folder], None).graph


def test_seeds_view_loads_offline_and_draws_every_node(browser: object, tmp_path: Path) -> None:
    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        G = build([Path("seeds")], None).graph
    finally:
        os.chdir(cwd)
    html = write_html(G, tmp_path / "graph.html")
    page, seen = open_page(browser, html)
    assert seen == {"errors": [], "requests": [], "dialogs": []}
    assert int(page.get_attribute("body", "data-drawn")) == G.number_of_nodes()  # type: ignore[attr-defined]
    assert page.evaluate("window.undersignedView.nodes.length") == G.number_of_nodes()  # type: ignore[attr-defined]
    from PIL import Image, ImageStat

    shot = Image.open(io.BytesIO(page.screenshot())).convert("L")  # type: ignore[attr-defined]
    assert ImageStat.Stat(shot).stddev[0] > 5, "the screenshot is blank"
    assert len(shot.resize((200, 130)).getcolors(maxcolors=256) or []) > 20, "too few grey levels: nothing drawn"


def test_hostile_text_is_shown_as_text_and_never_runs(browser: object, tmp_path: Path) -> None:
    lines = "\n".join(f"{i}. {payload} Solidarity Network" for i, payload in enumerate(PAYLOADS, 1))
    G = _graph(tmp_path, {"hostile.txt": f"<b>Open letter</b>\n\nSignatories:\n{lines}\n",
                          "hostile2.html": "<html><body><h1>Call</h1><p>Signed by:</p><ul>"
                          "<li>&lt;img src=x onerror=alert(6)&gt; Party</li><li>Foo href Union</li></ul></body></html>"})
    labels = [str(d.get("label")) for _, d in G.nodes(data=True)]
    assert sum(any(p in label for p in PAYLOADS) for label in labels) >= 4, labels
    html = write_html(G, tmp_path / "hostile.html")
    text = html.read_text(encoding="utf-8")
    assert "<img src=x" not in text and "<script>alert" not in text  # the payloads travel only as escaped JSON
    page, seen = open_page(browser, html)
    assert seen["dialogs"] == [] and seen["errors"] == [] and seen["requests"] == []
    assert page.evaluate("document.querySelectorAll('img[src=x], script:not([type])').length") == 2  # our 2 scripts only  # type: ignore[attr-defined]
    shown = page.evaluate("window.undersignedView.nodes.get().map(n => n.title.textContent).join('\\n')")  # type: ignore[attr-defined]
    assert "<img src=x onerror=alert(2)>" in shown and "<script>alert(1)</script>" in shown
    page.hover("#network")  # type: ignore[attr-defined]
    page.mouse.move(640, 430)  # type: ignore[attr-defined]
    page.wait_for_timeout(300)  # type: ignore[attr-defined]
    assert seen["dialogs"] == []


def test_big_graphs_show_the_largest_clusters_and_say_so(browser: object, tmp_path: Path) -> None:
    G: nx.MultiDiGraph = nx.MultiDiGraph()  # type: ignore[type-arg]
    for d in range(40):
        doc = f"doc-{d:012x}"
        G.add_node(doc, kind="document", label=f"Statement {d}", dates=[], source=f"{d}.txt", title="", language="en", sha256="0" * 64)
        for k in range(12):
            org = f"org-{(d * 12 + k):012x}"
            G.add_node(org, kind="organisation", label=f"Organisation {d}-{k}", aliases=[], country="", documents=1, identifiers=[], flags=[])
            G.add_edge(org, doc, key=f"role:signatory:{k}", kind="role", role="signatory", position=k + 1, printed="x",
                       span_start=0, span_end=1, quote="x", rule="test")
    html = write_html(G, tmp_path / "big.html", max_nodes=100)
    page, seen = open_page(browser, html)
    assert seen["errors"] == []
    drawn = int(page.get_attribute("body", "data-drawn"))  # type: ignore[attr-defined]
    assert 0 < drawn <= 100
    assert "Showing" in page.inner_text("#notice") and "largest clusters" in page.inner_text("#notice")  # type: ignore[attr-defined]
