"""The build: entities over the seeds, judgements, determinism, exports that load back."""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx
import pytest

from graph import build, co_signers, documents_of, load
from graph.exports import flat

from .conftest import ROOT

EXPORTS = ("entities.jsonl", "graph.json", "graph.graphml", "graph.gexf", "extractions.jsonl", "summary.json",
           "resolution.json", "graph.ttl", "graph.nt", "graph.jsonld", "report.md", "graph.html")


@pytest.fixture
def in_repo(monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(ROOT)
    return ROOT


def _entity_with(entities: list[dict[str, object]], name: str) -> str:
    ids = {e["id"] for e in entities if name in [e["name"], *e["aliases"]]}  # type: ignore[misc]
    assert len(ids) == 1, (name, ids)
    return ids.pop()  # type: ignore[return-value]


def test_seed_entities_group_and_separate(in_repo: Path, tmp_path: Path) -> None:
    build([Path("seeds")], tmp_path)
    entities = [json.loads(line) for line in (tmp_path / "entities.jsonl").read_text().splitlines()]
    ncp = _entity_with(entities, "New Communist Party")
    assert ncp == _entity_with(entities, "NCP") == _entity_with(entities, "New Communist Party of Britain")
    assert ncp != _entity_with(entities, "Nepal Communist Party (Mashal)")
    assert _entity_with(entities, "IUAFS") == _entity_with(entities, "International Ukraine Anti-Fascist Solidarity")
    assert _entity_with(entities, "Revolutionary Workers League") != _entity_with(entities, "Revolutionary Internationalist League")


def test_a_judgement_changes_the_next_build(in_repo: Path, tmp_path: Path) -> None:
    judgements = tmp_path / "judgements.jsonl"
    before = build([Path("seeds")], None, judgements)
    names = {e.name: e.id for e in before.resolution.entities}
    assert any("New Communist Party of Britain" in e.aliases for e in before.resolution.entities)
    judgements.write_text(
        json.dumps({"left": "New Communist Party", "right": "New Communist Party of Britain", "judgement": "distinct"}) + "\n"
        + json.dumps({"left": "Posadists Today", "right": "Socialist Fight", "judgement": "same"}) + "\n"
    )
    after = build([Path("seeds")], None, judgements)
    by_name = {f: e.id for e in after.resolution.entities for f in (e.name, *e.aliases)}
    assert by_name["New Communist Party"] != by_name["New Communist Party of Britain"]
    assert by_name["Posadists Today"] == by_name["Socialist Fight"]
    assert names["Posadists Today"] != names["Socialist Fight"]


def test_two_builds_are_byte_identical(in_repo: Path, tmp_path: Path) -> None:
    build([Path("seeds")], tmp_path / "a")
    build([Path("seeds")], tmp_path / "b")
    for name in EXPORTS:
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes(), name


def test_committed_exports_are_current(in_repo: Path, tmp_path: Path) -> None:
    """exports/ holds what `undersigned build` makes from seeds/: rebuild and compare."""
    build([Path("seeds")], tmp_path)
    for name in EXPORTS:
        committed = ROOT / "exports" / name
        assert committed.exists(), f"exports/{name} missing: run `undersigned build`"
        assert committed.read_bytes() == (tmp_path / name).read_bytes(), f"exports/{name} is stale: run `undersigned build`"


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_graphml_and_gexf_load_back_with_every_attribute(in_repo: Path, tmp_path: Path, fmt: str) -> None:
    result = build([Path("seeds")], tmp_path)
    reader = nx.read_graphml if fmt == "graphml" else nx.read_gexf
    loaded = reader(tmp_path / f"graph.{fmt}")
    expected = flat(result.graph)
    assert set(loaded.nodes) == set(expected.nodes)
    for node, data in expected.nodes(data=True):
        got = {k: v for k, v in loaded.nodes[node].items() if k not in {"id"}}
        for attribute, value in data.items():
            if attribute == "label" and fmt == "gexf":
                assert got["label"] == value
                continue
            assert got.get(attribute) == value, (node, attribute)
    assert loaded.number_of_edges() == expected.number_of_edges()
    edge_roles = sorted(d.get("role", "") for _, _, d in loaded.edges(data=True))
    assert edge_roles == sorted(d.get("role", "") for _, _, d in expected.edges(data=True))


def test_every_role_edge_carries_its_evidence(in_repo: Path) -> None:
    result = build([Path("seeds")], None)
    G = result.graph
    texts = {x.source: (ROOT / x.source).read_text(encoding="utf-8") for x in result.extractions}
    roles = [(u, v, d) for u, v, d in G.edges(data=True) if d["kind"] == "role"]
    assert len(roles) == 38
    for _, doc, data in roles:
        text = texts[G.nodes[doc]["source"]]
        assert data["quote"] == text[data["span_start"] : data["span_end"]]
        assert data["rule"] and data["printed"]


def test_api_load_and_queries(in_repo: Path, tmp_path: Path) -> None:
    result = build([Path("seeds")], tmp_path)
    G = load(tmp_path / "graph.json")
    assert G.number_of_nodes() == result.graph.number_of_nodes()
    icor = next(n for n, d in G.nodes(data=True) if d.get("label") == "ICOR")
    assert documents_of(G, icor) == [(next(iter(G.successors(icor))), "issuer")]
    assert len(co_signers(G, icor)) == 19


def test_unreadable_inputs_are_reported_not_fatal(in_repo: Path, tmp_path: Path) -> None:
    bad = tmp_path / "in"
    bad.mkdir()
    (bad / "a.txt").write_bytes(b"%PDF-1.4\n")
    (bad / "b.txt").write_text("This statement is endorsed by: Foo Party and the Bar Network.\n")
    result = build([bad], tmp_path / "out")
    assert [r.status for r in result.reports] == ["skipped", "parsed"]
    summary = json.loads((tmp_path / "out" / "summary.json").read_text())
    assert summary["skipped"] == 1 and "PDF" in summary["documents"][0]["reason"]


def test_cached_and_parallel_builds_give_the_same_bytes(in_repo: Path, tmp_path: Path) -> None:
    from graph.cache import ExtractionCache
    from graph.contract import to_json
    from graph.documents import read_document
    from graph.extract import extract

    cache = tmp_path / "cache"
    build([Path("seeds")], tmp_path / "cold", cache=cache)
    assert len(list(cache.rglob("*.json"))) == 5
    build([Path("seeds")], tmp_path / "warm", cache=cache, jobs=2)
    build([Path("seeds")], tmp_path / "parallel", cache=tmp_path / "other-cache", jobs=2)
    for name in EXPORTS:
        cold = (tmp_path / "cold" / name).read_bytes()
        assert cold == (tmp_path / "warm" / name).read_bytes() == (tmp_path / "parallel" / name).read_bytes(), name
    doc = read_document(Path("seeds/004_054abe046e493413.txt"))
    cached = ExtractionCache(cache).get(doc.sha256, doc.source)
    assert cached is not None and to_json(cached) == to_json(extract(doc))
    assert ExtractionCache(cache).get("0" * 64, "x") is None


def test_streamed_node_link_json_is_what_networkx_would_write(tmp_path: Path) -> None:
    from graph.exports import write_node_link

    G = build([ROOT / "seeds"], None).graph
    for graph in (G, nx.MultiDiGraph()):
        write_node_link(graph, tmp_path / "g.json")
        data = nx.node_link_data(graph, edges="edges")
        data["nodes"] = sorted(data["nodes"], key=lambda n: n["id"])
        data["edges"] = sorted(data["edges"], key=lambda e: (e["source"], e["target"], str(e["key"])))
        text = (tmp_path / "g.json").read_text(encoding="utf-8")
        assert json.loads(text) == data
        records = [line.rstrip(",") for line in text.splitlines()[1:] if line.startswith("{")]
        assert [json.loads(r) for r in records] == data["edges"] + data["nodes"]  # one node or edge per line
        assert nx.node_link_graph(json.loads(text), edges="edges").number_of_edges() == graph.number_of_edges()


def test_the_store_holds_graph_nt_and_a_failed_store_load_fails_the_build(in_repo: Path, tmp_path: Path) -> None:
    import pyoxigraph as ox

    out = tmp_path / "out"
    build([Path("seeds")], out)
    store = ox.Store.read_only(str(out / "store"))
    assert len(store) == sum(1 for line in (out / "graph.nt").read_text(encoding="utf-8").splitlines() if line.strip())

    blocked = tmp_path / "a-file"
    blocked.write_text("not a directory")
    with pytest.raises(OSError):  # the store loads in a second thread; its failure must not be lost
        build([Path("seeds")], tmp_path / "out2", store=blocked / "store")


def test_a_lean_build_writes_the_same_bytes_and_lets_go_of_the_extractions(in_repo: Path, tmp_path: Path) -> None:
    full = build([Path("seeds")], tmp_path / "full")
    lean = build([Path("seeds")], tmp_path / "lean", lean=True)
    assert full.extractions and full.resolution.mentions
    assert lean.extractions == [] and lean.resolution.mentions == [] and lean.resolution.entity_of == {}
    for name in EXPORTS:
        assert (tmp_path / "lean" / name).read_bytes() == (tmp_path / "full" / name).read_bytes(), name


def test_the_store_loads_graph_nt_in_pieces_cut_at_line_ends(in_repo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import pyoxigraph as ox

    import graph.rdf

    out = tmp_path / "out"
    build([Path("seeds")], out)
    lines = {line for line in (out / "graph.nt").read_text(encoding="utf-8").splitlines() if line.strip()}
    monkeypatch.setattr(graph.rdf, "_LOAD_CHUNK", 997)  # hundreds of pieces, each cut mid-line and completed
    path = graph.rdf.write_store(nx.MultiDiGraph(), tmp_path / "store", out / "graph.nt")
    store = ox.Store.read_only(str(path))
    assert {str(q.triple) for q in store} == {line.removesuffix(" .") for line in lines}


def test_sorted_edges_is_the_sort_of_all_edges_by_source_target_and_key(in_repo: Path) -> None:
    from graph.exports import sorted_edges

    G = build([Path("seeds")], None).graph
    H: nx.MultiDiGraph[str] = nx.MultiDiGraph()
    for u, v, k in [("b", "a", "x"), ("a", "c", 2), ("a", "b", "role:1"), ("a", "b", 0), ("a", "b", "0"), ("a", "b", 10)]:
        H.add_edge(u, v, key=k, n=len(H.edges))
    for graph in (G, H):
        expected = sorted(graph.edges(keys=True, data=True), key=lambda e: (e[0], e[1], str(e[2])))
        assert list(sorted_edges(graph)) == expected


def test_the_cycle_collector_is_paused_during_extraction_and_restored(in_repo: Path) -> None:
    import gc

    from graph.pipeline import _collector_paused

    assert gc.isenabled()
    build([Path("seeds")], None)
    assert gc.isenabled()  # a build leaves the collector as it found it
    with pytest.raises(RuntimeError), _collector_paused():
        assert not gc.isenabled()
        raise RuntimeError("an extraction failed")
    assert gc.isenabled()
    gc.disable()
    try:
        with _collector_paused():
            pass
        assert not gc.isenabled()  # not switched on when the caller had it off
    finally:
        gc.enable()
