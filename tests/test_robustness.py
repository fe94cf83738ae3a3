"""Bad input: every file in tests/fixtures/bad gets a classified outcome, the batch goes on,
no traceback; extractors stay linear on adversarial text; the per-document budget holds."""

from __future__ import annotations

import importlib
import json
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

from graph.documents import decode_document
from graph.extract import extract

from .conftest import ROOT

BAD = ROOT / "tests" / "fixtures" / "bad"
EXPECTED = {
    "archive.txt": ("skipped", "gzip"), "document.txt": ("skipped", "PDF"), "image.txt": ("skipped", "PNG"),
    "nul_bytes.txt": ("skipped", "NUL"), "empty.txt": ("read", None), "whitespace.txt": ("read", None),
    "no_list.txt": ("read", None), "utf8_bom.txt": ("read", "utf-8-sig"), "utf16_bom.txt": ("read", "utf-16"),
    "utf16le_no_bom.txt": ("read", "utf-16-le"), "windows1252.txt": ("read-with-warnings", "cp1252"),
    "invalid_utf8.txt": ("read-with-warnings", "cp1252"), "scripts.html": ("read", None), "hidden.html": ("read", None),
    "entities.html": ("read", None),
}


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "graph", *args], capture_output=True, text=True, cwd=ROOT, timeout=300)


def test_every_bad_input_gets_a_classified_outcome(tmp_path: Path) -> None:
    big = tmp_path / "over_limit.txt"
    big.write_text("Signed by: Foo Party\n" * 200)
    report = tmp_path / "report.json"
    result = _run("extract", str(BAD), str(big), str(tmp_path / "missing.txt"), "--max-bytes", "2000", "--report", str(report))
    assert result.returncode == 2 and "Traceback" not in result.stdout + result.stderr
    outcomes = {Path(o["source"]).name: o for o in json.loads(report.read_text())["inputs"]}
    assert set(outcomes) == set(EXPECTED) | {"over_limit.txt", "missing.txt"}
    for name, (status, detail) in EXPECTED.items():
        assert outcomes[name]["status"] == status, name
        if detail and status == "skipped":
            assert detail in outcomes[name]["reason"], name
        elif detail:
            assert outcomes[name]["encoding"] == detail, name
    assert "over the limit" in outcomes["over_limit.txt"]["reason"]
    assert "no such file" in outcomes["missing.txt"]["reason"]
    names = {json.loads(line)["source"].rsplit("/", 1)[-1]: [s["name"] for s in json.loads(line)["signatories"]]
             for line in result.stdout.splitlines()}
    assert names["hidden.html"] == ["Visible Party", "Open Network"]  # display:none, noscript and hidden text dropped
    assert names["scripts.html"] == ["Foo Party", "Bar Network"]  # script text dropped
    assert names["entities.html"][0] == "<script>alert(1)</script> Party"  # entity-encoded markup is text
    assert names["windows1252.txt"] == ["Société générale des Étudiants", "Café Collectif"]
    assert _run("extract", str(BAD / "image.txt"), "--strict").returncode == 1


ADVERSARIAL = [
    ("A (B, C (D and E, F), and G " * 2000)[:50_000],
    ("(" * 25_000 + ")" * 25_000),
    ("Foo Party, " * 5000)[:50_000],
    ("and " * 12_500),
    (" " * 50_000),
    ("Aa" * 25_000),
    ("1. " + "Name (ACR), " * 4200)[:50_000],
    ("é" * 50_000),
]


def _patterns() -> list[tuple[str, re.Pattern[str]]]:
    found: list[tuple[str, re.Pattern[str]]] = []
    for module_name in ("_text", "entries", "inline", "cues", "blocks", "mentions", "contacts", "dates", "names",
                        "signatories", "title", "authors", "countries", "layout"):
        module = importlib.import_module(f"graph.extract.{module_name}")
        found += [(f"{module_name}.{name}", value) for name, value in vars(module).items() if isinstance(value, re.Pattern)]
    from graph.extract import cues, dates

    patterns = cues._patterns()
    found += [(f"cues._patterns.{f}", getattr(patterns, f)) for f in patterns.__dataclass_fields__
              if isinstance(getattr(patterns, f), re.Pattern)]
    found.append(("dates._calendar.pattern", dates._calendar().pattern))
    return found


@pytest.mark.parametrize("sample", range(len(ADVERSARIAL)))
def test_every_pattern_is_linear_on_adversarial_input(sample: int) -> None:
    text = ADVERSARIAL[sample]
    for name, pattern in _patterns():
        started = time.process_time()  # CPU time: a busy machine descheduling the test does not count
        for _ in pattern.finditer(text):
            pass
        pattern.match(text)
        assert time.process_time() - started < 0.1, f"{name} took too long on adversarial input {sample}"


def test_whole_extraction_on_adversarial_text_stays_fast() -> None:
    for text in ADVERSARIAL:
        started = time.process_time()
        extract(decode_document("adversarial.txt", ("Signatories:\n" + text).encode()))
        assert time.process_time() - started < 3.0


def test_the_time_budget_is_enforced() -> None:
    doc = decode_document("slow.txt", b"Title\n\nSigned by:\nFoo Party\nBar Network\n")
    assert len(extract(doc).signatories) == 2
    starved = extract(doc, budget=0.0)
    assert starved.signatories == () and any("time budget" in w for w in starved.warnings)


@pytest.mark.parametrize("module", ["typer", "rich", "networkx", "rdflib", "pyvis", "pycountry", "rapidfuzz", "anyascii",
                                    "babel", "py3langid", "gender_guesser.detector", "lxml.html", "inscriptis",
                                    "pyoxigraph", "pyshacl", "scipy.sparse", "numpy", "igraph", "jinja2", "markupsafe"])
def test_every_runtime_dependency_imports(module: str) -> None:
    """A clean interpreter can import each runtime dependency (CI installs into a fresh venv)."""
    result = subprocess.run([sys.executable, "-c", f"import {module}"], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr


def test_a_one_megabyte_line_is_read_in_linear_time(tmp_path: Path) -> None:
    path = tmp_path / "one_line.txt"
    path.write_text("Signed by: " + ("Foo Party and the Bar Union, " * 40_000)[:1_000_000], encoding="utf-8")
    started = time.perf_counter()
    result = _run("extract", str(path))
    assert result.returncode == 0 and "Traceback" not in result.stderr
    assert time.perf_counter() - started < 60
    assert {s["name"] for s in json.loads(result.stdout)["signatories"]} >= {"Foo Party", "Bar Union"}


def test_the_judgements_file_is_only_ever_appended_to(tmp_path: Path) -> None:
    from graph.resolve.judgements import Judgement, append_judgement, load_judgements

    path = tmp_path / "judgements.jsonl"
    original = '# kept by hand\n{"left": "A Party", "right": "B Party", "judgement": "same", "note": "ü ‘quoted’"}'
    path.write_text(original, encoding="utf-8")  # no final newline
    append_judgement(path, Judgement("C Union", "distinct", "D Union", "look-alikes"))
    text = path.read_text(encoding="utf-8")
    assert text.startswith(original + "\n")
    assert [j.judgement for j in load_judgements(path)] == ["same", "distinct"]


def test_an_extractor_bug_skips_the_document_with_one_message_in_build_and_extract(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from graph import cli, pipeline

    def broken(document: object) -> object:
        raise RuntimeError("boom")

    doc = tmp_path / "a.txt"
    doc.write_text("A statement\n\nSigned by:\n1. Alpha Party\n", encoding="utf-8")
    monkeypatch.setattr(pipeline, "extract", broken)
    assert pipeline._extract_one((str(doc), 10_000, None)) == f"{doc}: internal error while extracting (RuntimeError: boom)"
    monkeypatch.setattr(cli, "extract", broken)
    with pytest.raises(cli.typer.Exit) as exit_info:
        cli.extract_cli([doc], cli.ExtractFormat.jsonl, 10_000, False, None)
    assert exit_info.value.exit_code == cli.EXIT_SKIPPED
    assert f"skipped: {doc}: internal error while extracting (RuntimeError: boom)" in capsys.readouterr().err
