"""Golden files: each extractor's output on real and constructed documents, compared field by
field with tests/golden/expected/NAME.json (``pytest --update-golden`` rewrites them; review
the diff like code)."""

from __future__ import annotations

import functools
import json
from pathlib import Path

import pytest

from graph.contract import to_json
from graph.documents import read_document
from graph.extract import extract

from .conftest import ROOT

DOCS = sorted((ROOT / "tests" / "golden" / "docs").glob("*.*")) + sorted((ROOT / "seeds").glob("*.txt"))
EXPECTED = ROOT / "tests" / "golden" / "expected"
FIELDS = ("title", "title_span", "dates", "language", "authors", "signatories", "mentioned_organisations", "stances")


@functools.cache
def _output(path: Path) -> dict[str, object]:
    data = dict(to_json(extract(read_document(path))))
    data["source"] = path.name
    return data


@pytest.mark.parametrize("field", FIELDS)
@pytest.mark.parametrize("doc", DOCS, ids=lambda p: p.stem)
def test_extractor_matches_golden(doc: Path, field: str, update_golden: bool) -> None:
    actual = _output(doc)
    expected_path = EXPECTED / f"{doc.stem}.json"
    if update_golden:
        EXPECTED.mkdir(parents=True, exist_ok=True)
        golden = {key: actual[key] for key in ("source", *FIELDS)}
        expected_path.write_text(json.dumps(golden, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    expected = json.loads(expected_path.read_text(encoding="utf-8"))
    assert actual[field] == expected[field]


@pytest.mark.parametrize("doc", DOCS, ids=lambda p: p.stem)
def test_every_item_points_at_its_name(doc: Path) -> None:
    """The contract's promise: each signatory's and author's span holds its name (or an alias)."""
    text = read_document(doc).text
    data = _output(doc)
    for item in [*data["signatories"], *data["authors"]]:  # type: ignore[misc]
        start, end = item["span"]
        assert 0 <= start < end <= len(text)
        found = text[start:end].casefold()
        forms = [item["name"], *item.get("aliases", [])]
        assert any(form.casefold() in " ".join(found.split()) for form in forms), (item["name"], text[start:end])
