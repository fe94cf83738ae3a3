"""The CLI through its real entry point (``python -m graph``): output, messages, exit codes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from .conftest import ROOT


def run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "COLUMNS": "160"}
    return subprocess.run([sys.executable, "-m", "graph", *args], capture_output=True, text=True, cwd=ROOT, timeout=120, env=env)


def test_extract_jsonl_follows_the_contract() -> None:
    result = run("extract", "seeds/004_054abe046e493413.txt")
    assert result.returncode == 0, result.stderr
    record = json.loads(result.stdout)
    assert record["source"] == "seeds/004_054abe046e493413.txt"
    assert {"title", "dates", "language", "authors", "signatories", "mentioned_organisations", "stances"} <= set(record)
    assert len(record["signatories"]) == 20
    assert all(s["role"] in {"issuer", "signatory"} for s in record["signatories"])


def test_bad_inputs_are_skipped_with_reasons_and_the_batch_goes_on(tmp_path: Path) -> None:
    (tmp_path / "img.txt").write_bytes(b"\x89PNG\r\n\x1a\n")
    (tmp_path / "empty.txt").write_text("")
    good = ROOT / "seeds" / "000_b26731f7ae580749.txt"
    result = run("extract", str(tmp_path / "img.txt"), str(tmp_path / "missing.txt"), str(tmp_path / "empty.txt"), str(good))
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "img.txt: binary file (a PNG image)" in result.stderr
    assert "missing.txt: no such file" in result.stderr
    sources = [json.loads(line)["source"] for line in result.stdout.splitlines()]
    assert sources == [str(tmp_path / "empty.txt"), str(good)]


def test_strict_turns_a_skip_into_failure(tmp_path: Path) -> None:
    (tmp_path / "z.txt").write_bytes(b"\x1f\x8b\x08\x00")
    assert run("extract", "--strict", str(tmp_path / "z.txt")).returncode == 1


def test_usage_error_is_not_confused_with_a_skip() -> None:
    result = run("extract", "--no-such-option")
    assert result.returncode == 64 and "Traceback" not in result.stderr


def test_directory_input_reads_its_documents() -> None:
    result = run("extract", "seeds", "--format", "json")
    assert result.returncode == 0
    assert len(json.loads(result.stdout)) == 5


def test_table_format_shows_the_names() -> None:
    result = run("extract", "seeds/001_2f4c9424c3b7c33b.txt", "--format", "table")
    assert result.returncode == 0 and "distributor" in result.stdout


def test_every_command_has_help() -> None:
    import typer.main

    from graph.cli import app

    command = typer.main.get_command(app)
    for name in command.commands:  # type: ignore[attr-defined]
        result = run(name, "--help")
        assert result.returncode == 0 and "Usage" in result.stdout, name


def test_every_command_is_documented_in_the_readme() -> None:
    import typer.main

    from graph.cli import app

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    command = typer.main.get_command(app)
    for name in command.commands:  # type: ignore[attr-defined]
        assert f"### `undersigned {name}" in readme, f"README has no section for `undersigned {name}`"
        assert f"undersigned {name} " in readme.split(f"### `undersigned {name}", 1)[1].split("###", 1)[0], name


def test_readme_has_exactly_two_setup_commands() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Set up on a fresh machine", 1)[1].split("\n## ", 1)[0]
    blocks = section.split("```sh")[1:]
    assert len(blocks) == 2
    assert "undersigned build" in blocks[0] and "scripts/test.sh" in blocks[1]
    assert "scripts/test.sh" in (ROOT / ".ci" / "run").read_text()


def test_build_skip_leaves_out_an_export_and_removes_its_stale_file(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert run("build", "seeds", "--out", str(out)).returncode == 0
    assert (out / "graph.gexf").exists() and (out / "graph.graphml").exists()
    result = run("build", "seeds", "--out", str(out), "--skip", "gexf", "--skip", "graphml")
    assert result.returncode == 0, result.stderr
    assert not (out / "graph.gexf").exists() and not (out / "graph.graphml").exists()
    assert (out / "graph.ttl").exists() and (out / "graph.html").exists() and (out / "graph.json").exists()
    assert "gexf" not in result.stdout


def test_build_skip_rejects_a_required_export_before_reading_anything(tmp_path: Path) -> None:
    result = run("build", "seeds", "--out", str(tmp_path / "out"), "--skip", "turtle")
    assert result.returncode == 64 and "only graphml, gexf, html can be skipped" in result.stderr
    assert not (tmp_path / "out").exists()


def test_a_large_graph_leaves_desktop_exports_out_unless_asked(tmp_path: Path, monkeypatch: object) -> None:
    import pytest

    from graph import pipeline

    assert isinstance(monkeypatch, pytest.MonkeyPatch)
    monkeypatch.setattr(pipeline, "DESKTOP_EXPORTS_MAX_EDGES", 10)  # the seeds' graph counts as large
    out = tmp_path / "out"
    full = pipeline.build([ROOT / "seeds"], out, all_exports=True)
    assert (out / "graph.gexf").exists() and (out / "graph.graphml").exists() and not full.notes
    result = pipeline.build([ROOT / "seeds"], out)
    assert not (out / "graph.gexf").exists() and not (out / "graph.graphml").exists()  # no stale copy either
    assert (out / "graph.ttl").exists() and (out / "store").exists()
    (note,) = result.notes
    assert "graph.graphml and graph.gexf left out" in note and f"{result.graph.number_of_edges():,} edges" in note
