"""Clustering at scale: a synthetic co-signature graph of N organisations (default 100,000)
in blocs that mostly co-sign together, projected with scipy and clustered with Leiden; and,
at --compare organisations, NetworkX's bipartite projection and Louvain on the same data.

Run:  python benchmarks/cluster_scale.py [--organisations 100000] [--compare 5000]
"""

from __future__ import annotations

import argparse
import random
import resource
import time

import networkx as nx
import numpy as np
import scipy.sparse as sp

from graph.analyse import CoSignature, communities


def synthetic_incidence(organisations: int, seed: int = 3) -> sp.csr_matrix:
    """Documents of 5-30 parties drawn with Zipf-like popularity from blocs of 500."""
    rng = random.Random(seed)
    documents = organisations * 2
    bloc_size = 500
    weights = np.array([1 / (r + 1) ** 0.8 for r in range(bloc_size)])
    weights /= weights.sum()
    np_rng = np.random.default_rng(seed)
    rows, cols = [], []
    for doc in range(documents):
        start = rng.randrange(0, organisations, bloc_size)
        k = rng.randint(5, 30)
        parties = set((start + np_rng.choice(bloc_size, size=k, p=weights)) % organisations)
        if rng.random() < 0.1:
            parties.add(rng.randrange(organisations))
        rows.extend(parties)
        cols.extend([doc] * len(parties))
    return sp.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(organisations, documents))


def run_scipy_leiden(incidence: sp.csr_matrix) -> tuple[float, float, int, int]:
    started = time.perf_counter()
    weights = (incidence @ incidence.T).tocsr()
    weights.setdiag(0)
    weights.eliminate_zeros()
    projected = time.perf_counter() - started
    cs = CoSignature([f"org-{i:09d}" for i in range(incidence.shape[0])], [], incidence, weights)
    started = time.perf_counter()
    groups = communities(cs)
    clustered = time.perf_counter() - started
    return projected, clustered, weights.nnz // 2, len([g for g in groups if len(g) > 1])


def run_networkx(incidence: sp.csr_matrix) -> tuple[float, float]:
    B = nx.Graph()
    coo = incidence.tocoo()
    B.add_nodes_from((f"o{i}" for i in range(incidence.shape[0])), bipartite=0)
    B.add_edges_from((f"o{i}", f"d{j}") for i, j in zip(coo.row.tolist(), coo.col.tolist(), strict=True))
    started = time.perf_counter()
    projected_graph = nx.bipartite.weighted_projected_graph(B, [f"o{i}" for i in range(incidence.shape[0])])
    projected = time.perf_counter() - started
    started = time.perf_counter()
    nx.community.louvain_communities(projected_graph, weight="weight", seed=0)
    return projected, time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--organisations", type=int, default=100_000)
    parser.add_argument("--compare", type=int, default=5_000)
    args = parser.parse_args()
    print(f"{'method':>22} {'organisations':>14} {'edges':>11} {'project s':>10} {'cluster s':>10} {'blocs':>7} {'peak MB':>8}")
    for size in sorted({args.compare, args.organisations}):
        incidence = synthetic_incidence(size)
        projected, clustered, edges, blocs = run_scipy_leiden(incidence)
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"{'scipy + Leiden':>22} {size:>14} {edges:>11} {projected:>10.2f} {clustered:>10.2f} {blocs:>7} {peak:>8.0f}")
        if size == args.compare:
            nx_projected, nx_clustered = run_networkx(incidence)
            peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
            print(f"{'networkx + Louvain':>22} {size:>14} {edges:>11} {nx_projected:>10.2f} {nx_clustered:>10.2f} {'':>7} {peak:>8.0f}")
            print(f"{'ratio (networkx/ours)':>22} {'':>14} {'':>11} {nx_projected / max(projected, 1e-9):>10.0f}x "
                  f"{nx_clustered / max(clustered, 1e-9):>9.0f}x")


if __name__ == "__main__":
    main()
