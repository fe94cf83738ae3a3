"""Clusters, profiles and statistics on the seeds (golden report), and the CLI commands."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from graph import build
from graph.analyse import CoSignature, co_signature, communities
from graph.reports import cluster_report, org_profile, render_csv, render_json, render_markdown, stats

from .conftest import ROOT


@pytest.fixture(scope="module")
def seeds_graph(tmp_path_factory: pytest.TempPathFactory) -> object:
    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        return build([Path("seeds")], None).graph
    finally:
        os.chdir(cwd)


def test_the_seed_blocs_and_their_binding_documents(seeds_graph: object) -> None:
    report = cluster_report(seeds_graph)  # type: ignore[arg-type]
    assert [c.size for c in report.clusters] == [20, 12, 5] and report.singletons == 1
    titles = [c.documents[0].title for c in report.clusters]
    assert titles == ["Solidarity with Ukrainians in Russia!", "Victory to the anti-fascist forces of Donbas and their allies!",
                      "DEFEND AN INDEPENDENT UKRAINE"]
    labels = [{m.label for m in c.members} for c in report.clusters]
    assert "ICOR" in labels[0] and "New Communist Party" in labels[1] and "International Trotskyist Committee" in labels[2]
    assert all(c.density == 1.0 and c.internal_share == 1.0 for c in report.clusters)


def test_clustering_is_deterministic_and_respects_options(seeds_graph: object) -> None:
    cs = co_signature(seeds_graph, roles=["signatory"])  # type: ignore[arg-type]
    assert communities(cs) == communities(cs)
    assert len(cs.organisations) == 19  # with the signatory role only: the 19 ICOR signatories (ICOR itself is the issuer)
    assert render_json(cluster_report(seeds_graph)) == render_json(cluster_report(seeds_graph))  # type: ignore[arg-type]
    only_2025 = cluster_report(seeds_graph, since="2025", until="2025")  # type: ignore[arg-type]
    assert [c.size for c in only_2025.clusters] == [20]
    assert render_csv(only_2025).splitlines()[0] == "cluster,size,organisation_id,organisation,weighted_degree,country"


def test_committed_report_matches_a_fresh_one(seeds_graph: object) -> None:
    assert (ROOT / "exports" / "report.md").read_text(encoding="utf-8") == render_markdown(cluster_report(seeds_graph))  # type: ignore[arg-type]


def test_profile_carries_the_evidence(seeds_graph: object) -> None:
    G = seeds_graph
    node = next(n for n, d in G.nodes(data=True) if d.get("label") == "New Communist Party")  # type: ignore[attr-defined]
    profile = org_profile(G, node, cluster_report(G))  # type: ignore[arg-type]
    assert profile.cluster == 2 and "NCP" in profile.aliases and profile.country == "GB"
    (endorsement,) = profile.endorsements
    text = (ROOT / "seeds" / "000_b26731f7ae580749.txt").read_text(encoding="utf-8")
    assert endorsement.role == "endorser" and text[endorsement.span[0] : endorsement.span[1]] == endorsement.quote
    assert len(profile.co_signers) == 11


def test_years_view(seeds_graph: object) -> None:
    from graph.reports import render_years, years_view

    view = years_view(seeds_graph)  # type: ignore[arg-type]
    assert list(view) == ["2022", "2025"]  # 2024's document has no parties; 000 is undated
    assert [len(b) for b in view["2025"]] == [20] and [len(b) for b in view["2022"]] == [5]
    assert "first seen: 20" in render_years(view)


def test_stats_counts(seeds_graph: object) -> None:
    data = stats(seeds_graph, {"documents": []}, {"merges": [1, 2]})  # type: ignore[arg-type]
    assert data["nodes"] == {"country": 21, "document": 5, "organisation": 50, "person": 2, "stance": 16}
    assert data["documents_per_year"] == {"2022": 1, "2024": 1, "2025": 1, "undated": 2}
    assert data["merges"] == 2


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "graph", *args], capture_output=True, text=True, cwd=ROOT, timeout=120,
                          env={**os.environ, "COLUMNS": "160"})


def test_cli_commands() -> None:
    assert "Cluster 3" in _cli("clusters", "--format", "markdown").stdout
    assert json.loads(_cli("clusters", "--format", "json").stdout)["clusters"][0]["size"] == 20
    ambiguous = _cli("org", "Communist Party")
    assert ambiguous.returncode == 0 and "ambiguous" in ambiguous.stdout
    assert "cluster 2" in _cli("org", "New Communist Party", "--format", "markdown").stdout
    assert "skipped" not in _cli("stats", "--format", "markdown").stdout
    missing = _cli("clusters", "--graph", "nowhere.json")
    assert missing.returncode == 1 and "run `undersigned build` first" in missing.stderr


def _two_blocs_and_a_bridge() -> tuple[CoSignature, list[int]]:
    """Two blocs of 30 organisations that each co-sign among themselves; organisation 60 signs
    one document with each bloc, and nobody else links the blocs."""
    import numpy as np
    import scipy.sparse as sp

    parties = [list(range(b * 30, b * 30 + 30))[k:k + 6] for b in (0, 1) for k in range(0, 25)]
    parties += [[60, 0, 1], [60, 30, 31]]
    rows = [org for doc in parties for org in doc]
    cols = [j for j, doc in enumerate(parties) for _ in doc]
    incidence = sp.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(61, len(parties)))
    weights = (incidence @ incidence.T).tocsr()
    weights.setdiag(0)
    weights.eliminate_zeros()
    membership = [0] * 30 + [1] * 30 + [0]
    return CoSignature([f"o{i}" for i in range(61)], [f"d{j}" for j in range(len(parties))], incidence, weights), membership


@pytest.mark.parametrize("sources", [None, 20])
def test_the_bridge_between_blocs_ranks_first_exact_or_estimated(sources: int | None) -> None:
    from graph.analyse import MIN_SOURCES, bridges

    cs, membership = _two_blocs_and_a_bridge()
    edges = cs.weights.nnz // 2
    budget = 10**9 if sources is None else sources * edges  # 20 sampled sources of 61 organisations
    assert sources is None or MIN_SOURCES <= sources < len(cs.organisations)
    ranked = bridges(cs, membership, budget=budget)
    assert ranked[0][0] == 60 and ranked[0][2] == 2
    assert ranked == bridges(cs, membership, budget=budget)  # seeded: the same on every run
