"""Writers for the build's exports: written to a temporary file, then renamed into place, so a
reader never sees half a file and an interrupted build leaves the previous export intact.
Output is deterministic: the same input gives the same bytes."""

from __future__ import annotations

import functools
import json
import os
import re
import tempfile
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

import networkx as nx

from .model import KnowledgeGraph
from .resolve import Resolution


def atomic_write(path: Path, write: Callable[[Path], None]) -> Path:
    """Call ``write(tmp)`` on a temporary file beside ``path``, fsync it, and rename it over ``path``."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        write(tmp)
        with tmp.open("rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()
    return path


def write_lines(path: Path, lines: Iterable[str]) -> Path:
    """A text file written line by line (each given without its newline), never as one string."""
    def write(tmp: Path) -> None:
        with tmp.open("w", encoding="utf-8", newline="\n") as handle:
            for line in lines:
                handle.write(line + "\n")

    return atomic_write(path, write)


def write_text(path: Path, text: str) -> Path:
    def write(tmp: Path) -> None:
        tmp.write_text(text, encoding="utf-8", newline="\n")

    return atomic_write(path, write)


def write_entities(resolution: Resolution, path: Path) -> Path:
    """entities.jsonl: one resolved entity per line (format in shared/eval/CONTRACT.md)."""
    def lines() -> Iterator[str]:
        for e in sorted(resolution.entities, key=lambda e: e.id):
            record = {"id": e.id, "name": e.name, "kind": e.kind, "aliases": list(e.aliases), "country": e.country,
                      "documents": list(e.documents)}
            if e.identifiers:
                record["identifiers"] = [f"{i.scheme}:{i.value}" for i in e.identifiers]
            if e.flags:
                record["flags"] = list(e.flags)
            yield json.dumps(record, ensure_ascii=False, sort_keys=True)

    return write_lines(path, lines())


def write_node_link(G: KnowledgeGraph, path: Path) -> Path:
    """graph.json: node-link JSON (as ``nx.node_link_data(G, edges="edges")``), nodes and edges
    sorted, one node or edge per line, written one at a time: at 200,000 documents the whole
    document as one dict and one string took 8 GB more than the graph itself, and an indented
    layout would take Python's pure-Python encoder instead of its C one (about 4x slower)."""

    def records() -> Iterator[tuple[str, Iterator[dict[str, Any]]]]:
        nodes = ({**G.nodes[n], "id": n} for n in sorted(G.nodes))
        edges = ({**data, "source": u, "target": v, "key": k} for u, v, k, data in sorted_edges(G))
        yield "edges", edges
        yield "nodes", nodes

    def write(tmp: Path) -> None:
        dump = functools.partial(json.dumps, ensure_ascii=False, sort_keys=True)
        with tmp.open("w", encoding="utf-8", newline="\n") as handle:
            handle.write(f'{{"directed": {dump(G.is_directed())},\n')
            for name, items in records():
                if name == "nodes":
                    handle.write(f'"graph": {dump(G.graph)},\n"multigraph": {dump(G.is_multigraph())},\n')
                handle.write(f'"{name}": [')
                first = True
                for item in items:
                    handle.write(("\n" if first else ",\n") + dump(item))
                    first = False
                handle.write("]" if first else "\n]")
                handle.write(",\n" if name == "edges" else "}\n")

    return atomic_write(path, write)


def sorted_edges(G: KnowledgeGraph) -> Iterator[tuple[str, str, Any, dict[str, Any]]]:
    """The edges sorted by (source, target, str(key)), one source and one target at a time:
    sorting all of them at once held a tuple and a sort key per edge (about 0.8 GB at 3.6
    million edges, at the build's peak)."""
    for u in sorted(G.adj):
        targets = G.adj[u]
        for v in sorted(targets):
            for k in sorted(targets[v], key=str):  # (stable: equal str keys keep their order, as before)
                yield u, v, k, targets[v][k]


def flat(G: KnowledgeGraph) -> KnowledgeGraph:
    """A copy whose attribute values are all scalars (lists as JSON text), for GraphML and GEXF."""
    H: KnowledgeGraph = nx.MultiDiGraph()
    for node in sorted(G.nodes):
        H.add_node(node, **{k: _scalar(v) for k, v in sorted(G.nodes[node].items())})
    for u, v, k, data in sorted_edges(G):
        H.add_edge(u, v, key=k, **{a: _scalar(b) for a, b in sorted(data.items())})
    return H


def _scalar(value: Any) -> Any:
    if isinstance(value, (list, tuple)):
        return json.dumps(list(value), ensure_ascii=False)
    return "" if value is None else value


def write_graphml(G: KnowledgeGraph, path: Path) -> Path:
    return atomic_write(path, lambda tmp: nx.write_graphml(flat(G), tmp, encoding="utf-8"))


def write_gexf(G: KnowledgeGraph, path: Path) -> Path:
    """graph.gexf for Gephi; the writer's "last modified" date is replaced by a fixed one so
    that the same input gives the same bytes."""
    def write(tmp: Path) -> None:
        text = "\n".join(nx.generate_gexf(flat(G)))
        text = re.sub(r'lastmodifieddate="[^"]*"', 'lastmodifieddate="1970-01-01"', text)
        tmp.write_text(text + "\n", encoding="utf-8")

    return atomic_write(path, write)


def write_json(path: Path, data: object) -> Path:
    return write_text(path, json.dumps(data, ensure_ascii=False, sort_keys=True, indent=1) + "\n")
