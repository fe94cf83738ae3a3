"""Named-query latency on a synthetic signatory graph: the pyoxigraph store (as `build`
writes it) and, on the same data, rdflib's in-memory graph.

Documents have 5-30 parties drawn with Zipf-like popularity from blocs of organisations that
mostly co-sign together. Run:
    python benchmarks/sparql_latency.py --docs 200000 --rdflib-docs 20000
(rdflib is only loaded for --rdflib-docs documents: it does not reach 200,000.)
"""

from __future__ import annotations

import argparse
import functools
import random
import resource
import tempfile
import time
from pathlib import Path

import networkx as nx
import pyoxigraph as ox

from graph.rdf import PREFIXES, all_triples, node_iri, write_store
from graph.sparql import load_query


def synthetic_graph(documents: int, seed: int = 1) -> nx.MultiDiGraph:  # type: ignore[type-arg]
    rng = random.Random(seed)
    organisations = max(200, documents // 4)
    blocs = [list(range(i, min(i + 200, organisations))) for i in range(0, organisations, 200)]
    weights = [1 / (rank + 1) for rank in range(200)]
    G: nx.MultiDiGraph = nx.MultiDiGraph()  # type: ignore[type-arg]
    for org in range(organisations):
        G.add_node(f"org-{org:012x}", kind="organisation", label=f"Organisation {org}", aliases=[], documents=0)
    for doc in range(documents):
        doc_id = f"doc-{doc:012x}"
        G.add_node(doc_id, kind="document", label=f"Statement {doc}", source=f"synthetic/{doc}.txt",
                   title=f"Statement {doc}", dates=[f"{2000 + doc % 25}-{1 + doc % 12:02d}-{1 + doc % 28:02d}"],
                   language="en", sha256=f"{doc:064x}")
        bloc = blocs[rng.randrange(len(blocs))]
        parties = set(rng.choices(bloc, weights=weights[: len(bloc)], k=rng.randint(5, 30)))
        if rng.random() < 0.2:
            parties.add(rng.randrange(organisations))  # a party from outside the bloc
        for position, org in enumerate(sorted(parties), 1):
            G.add_edge(f"org-{org:012x}", doc_id, key=f"role:signatory:{position}", kind="role", role="signatory",
                       position=position, printed=f"Organisation {org}", span_start=position * 40,
                       span_end=position * 40 + 20, quote=f"Organisation {org}", rule="synthetic")
    return G


def timed(run: object, repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        run()  # type: ignore[operator]
        best = min(best, time.perf_counter() - started)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--docs", type=int, default=20_000)
    parser.add_argument("--rdflib-docs", type=int, default=2_000)
    args = parser.parse_args()
    print(f"{'engine':>10} {'documents':>10} {'triples':>10} {'load s':>8} {'co_signers ms':>14} {'top_pairs s':>12} {'peak MB':>8}")
    for engine, size in (("pyoxigraph", args.docs), ("rdflib", args.rdflib_docs)):
        if size <= 0:
            continue
        G = synthetic_graph(size)
        popular = "org-000000000000"
        with tempfile.TemporaryDirectory() as tmp:
            started = time.perf_counter()
            if engine == "pyoxigraph":
                store_path = write_store(G, Path(tmp) / "store")
                load = time.perf_counter() - started
                store = ox.Store.read_only(str(store_path))
                count = len(store)
                co = functools.partial(_query, store, "co_signers", {ox.Variable("org"): node_iri(popular)})
                top = functools.partial(_query, store, "top_pairs", {})
            else:
                import rdflib

                graph = rdflib.Graph()
                for t in all_triples(G):
                    graph.add(tuple(_rdflib(term) for term in (t.subject, t.predicate, t.object)))  # type: ignore[arg-type]
                load = time.perf_counter() - started
                count = len(graph)
                org = rdflib.URIRef(node_iri(popular).value)
                co = functools.partial(_rdflib_query, graph, "co_signers", {"org": org})
                top = functools.partial(_rdflib_query, graph, "top_pairs", {})
            co_ms = timed(co) * 1000
            top_s = timed(top, repeat=1)
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"{engine:>10} {size:>10} {count:>10} {load:>8.1f} {co_ms:>14.1f} {top_s:>12.2f} {peak:>8.0f}")


def _query(store: ox.Store, name: str, substitutions: dict[ox.Variable, ox.NamedNode]) -> list[object]:
    return list(store.query(load_query(name), prefixes=PREFIXES, substitutions=substitutions))  # type: ignore[arg-type]


def _rdflib_query(graph: object, name: str, bindings: dict[str, object]) -> list[object]:
    return list(graph.query(load_query(name), initBindings=bindings))  # type: ignore[attr-defined]


def _rdflib(term: object) -> object:
    import rdflib

    if isinstance(term, ox.NamedNode):
        return rdflib.URIRef(term.value)
    if isinstance(term, ox.Literal):
        return rdflib.Literal(term.value, datatype=rdflib.URIRef(term.datatype.value) if term.datatype else None,
                              lang=term.language)
    raise TypeError(term)


if __name__ == "__main__":
    main()
