"""Storage: a build killed with SIGKILL leaves every export and the store whole and readable
(each the previous version or the complete new one); a second concurrent build gets a clear message and exit 75; building twice changes
nothing; adding one document changes only what it touches."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyoxigraph as ox

from .conftest import ROOT


def _build(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "graph", "build", *args], cwd=ROOT, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def _snapshot(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(out.iterdir()) if p.is_file() and not p.name.startswith(".")}


def _triples(ntriples: bytes) -> int:
    return sum(1 for line in ntriples.decode().splitlines() if line.strip())


def _check_consistent(out: Path, expected: dict[str, bytes]) -> None:
    """Each export is whole: the previous version, or a complete new one (a kill between two
    files' renames can leave some of each: files are replaced one by one, not as a set); the
    store is whole and holds the triples of the previous graph.nt or of the one now in place."""
    now = _snapshot(out)
    assert set(now) == set(expected)
    for name, data in now.items():
        if data == expected[name]:
            continue
        if name.endswith((".json", ".jsonld")):
            json.loads(data)
        elif name.endswith(".jsonl"):
            assert all(json.loads(line) for line in data.decode().splitlines())
        elif name.endswith(".nt"):
            assert _triples(data) == sum(1 for _ in ox.parse(data, format=ox.RdfFormat.N_TRIPLES))
        elif name.endswith(".ttl"):
            assert sum(1 for _ in ox.parse(data, format=ox.RdfFormat.TURTLE)) > 0
        else:
            assert data.rstrip().endswith((b"</html>", b"</graphml>", b"</gexf>")) or name.endswith(".md") and data
    store = ox.Store.read_only(str(out / "store"))
    assert len(store) in {_triples(expected["graph.nt"]), _triples(now["graph.nt"])}


def _big_corpus(tmp: Path, copies: int = 150) -> Path:
    corpus = tmp / "corpus"
    corpus.mkdir()
    for i in range(copies):
        for seed in sorted((ROOT / "seeds").glob("*.txt")):
            (corpus / f"{i:03d}_{seed.name}").write_text(seed.read_text(encoding="utf-8") + f"\n{i}\n", encoding="utf-8")
    return corpus


def test_a_killed_build_leaves_the_previous_exports_intact(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert _build("seeds", "--out", str(out)).wait(timeout=300) == 0
    before = _snapshot(out)
    corpus = _big_corpus(tmp_path)
    for delay in (0.5, 2.0, 4.0, 6.0):
        process = _build(str(corpus), "--out", str(out))
        time.sleep(delay)
        if process.poll() is None:
            process.send_signal(signal.SIGKILL)
        process.wait(timeout=300)
        if process.returncode == 0:  # it finished first: the exports are now the big corpus's
            before = _snapshot(out)
        _check_consistent(out, before)
    assert _build("seeds", "--out", str(out)).wait(timeout=300) == 0  # no stale lock is left behind


def test_a_second_concurrent_build_is_refused_with_its_own_exit_code(tmp_path: Path) -> None:
    out = tmp_path / "out"
    corpus = _big_corpus(tmp_path, copies=60)
    first = _build(str(corpus), "--out", str(out))
    deadline = time.monotonic() + 120
    while not (out / ".build.lock").exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    # the lock file appears when the first build starts writing: try the second one then
    while first.poll() is None:
        second = _build("seeds", "--out", str(out))
        _, err = second.communicate(timeout=300)
        if second.returncode == 75:
            assert "another build is writing here" in err
            break
    else:
        raise AssertionError("the first build ended before a second one could be tried against it")
    assert first.wait(timeout=300) == 0
    json.loads((out / "graph.json").read_text())


def test_building_twice_changes_nothing_and_one_more_document_changes_only_its_part(tmp_path: Path) -> None:
    corpus = tmp_path / "docs"
    shutil.copytree(ROOT / "seeds", corpus)
    out1, out2, out3 = tmp_path / "a", tmp_path / "b", tmp_path / "c"
    for out in (out1, out2):
        assert _build(str(corpus), "--out", str(out)).wait(timeout=300) == 0
    assert _snapshot(out1) == _snapshot(out2)
    shutil.copy(ROOT / "tests" / "golden" / "docs" / "fr_appel.txt", corpus / "fr_appel.txt")
    assert _build(str(corpus), "--out", str(out3)).wait(timeout=300) == 0
    before = {json.loads(line)["id"]: line for line in (out1 / "entities.jsonl").read_text().splitlines()}
    after = {json.loads(line)["id"]: line for line in (out3 / "entities.jsonl").read_text().splitlines()}
    assert set(before) <= set(after)
    changed = [i for i in before if before[i] != after[i]]
    assert changed == []  # the French call shares no organisation with the seeds
    added = [json.loads(after[i])["name"] for i in set(after) - set(before)]
    assert "Ligue des droits de l'Homme" in added
    old_extractions = [line for line in (out1 / "extractions.jsonl").read_text().splitlines()]
    new_extractions = [line for line in (out3 / "extractions.jsonl").read_text().splitlines()]
    assert [line for line in new_extractions if "fr_appel" not in line.split('"sha256"')[0]] == old_extractions
    os.sync()
