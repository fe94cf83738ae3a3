"""Questions a user asks of the graph, as plain functions of a ``MultiDiGraph`` built by
``graph.build`` (or loaded with ``graph.load``). Node IDs are those of the exports.

Examples
--------
>>> G = example_graph()
>>> [label for _, label, _ in co_signers(G, "org-a")]
['B', 'C']
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

import networkx as nx
from rapidfuzz import fuzz, process

from .model import KnowledgeGraph

PARTY_ROLES = ("issuer", "signatory", "endorser", "distributor", "adapted_from")


def example_graph() -> KnowledgeGraph:
    """A tiny graph for the examples: A and B sign d1, A and C sign d2, C endorses d3."""
    G: KnowledgeGraph = nx.MultiDiGraph()
    for doc in ("d1", "d2", "d3"):
        G.add_node(doc, kind="document", label=doc.upper(), dates=[f"2024-0{doc[1]}-01"])
    for org, country in (("org-a", "GB"), ("org-b", "US"), ("org-c", "GB")):
        G.add_node(org, kind="organisation", label=org[-1].upper(), country=country)
        G.add_node(f"country-{country}", kind="country", label=country)
        G.add_edge(org, f"country-{country}", kind="country", weight=1)
    for org, doc, role in (("org-a", "d1", "signatory"), ("org-b", "d1", "signatory"), ("org-a", "d2", "issuer"),
                           ("org-c", "d2", "signatory"), ("org-c", "d3", "endorser")):
        G.add_edge(org, doc, key=f"role:{role}", kind="role", role=role)
    return G


def documents_of(G: KnowledgeGraph, node: str, roles: Iterable[str] = PARTY_ROLES) -> list[tuple[str, str]]:
    """(document, role) for every document ``node`` stands behind, sorted.

    >>> documents_of(example_graph(), "org-a")
    [('d1', 'signatory'), ('d2', 'issuer')]
    >>> documents_of(example_graph(), "org-c", roles=["endorser"])
    [('d3', 'endorser')]
    """
    wanted = set(roles)
    return sorted({(doc, data["role"]) for _, doc, data in G.out_edges(node, data=True)
                   if data.get("kind") == "role" and data.get("role") in wanted})


def co_signers(G: KnowledgeGraph, node: str, roles: Iterable[str] = PARTY_ROLES) -> list[tuple[str, str, list[str]]]:
    """(co-signer, its label, the documents shared) for everyone who stands behind a document
    with ``node``; most shared documents first.

    >>> co_signers(example_graph(), "org-c")
    [('org-a', 'A', ['d2'])]
    """
    roles = tuple(roles)
    shared: dict[str, set[str]] = defaultdict(set)
    for doc, _ in documents_of(G, node, roles):
        for other, _, data in G.in_edges(doc, data=True):
            if other != node and data.get("kind") == "role" and data.get("role") in roles:
                shared[other].add(doc)
    rows = [(other, str(G.nodes[other].get("label", other)), sorted(docs)) for other, docs in shared.items()]
    return sorted(rows, key=lambda r: (-len(r[2]), r[1], r[0]))


def organisations_by_country(G: KnowledgeGraph, code: str) -> list[str]:
    """Organisations placed in the country with ISO code ``code``.

    >>> organisations_by_country(example_graph(), "GB")
    ['org-a', 'org-c']
    """
    country = f"country-{code.upper()}"
    if country not in G:
        return []
    return sorted(org for org, _, data in G.in_edges(country, data=True) if data.get("kind") == "country")


def ego_network(G: KnowledgeGraph, node: str, radius: int = 1) -> KnowledgeGraph:
    """The subgraph within ``radius`` steps of ``node`` (edges taken in both directions).

    >>> sorted(ego_network(example_graph(), "d1").nodes)
    ['d1', 'org-a', 'org-b']
    """
    nodes = nx.ego_graph(G.to_undirected(as_view=True), node, radius=radius).nodes
    subgraph: KnowledgeGraph = G.subgraph(nodes).copy()
    return subgraph


def path_between(G: KnowledgeGraph, a: str, b: str) -> list[str]:
    """The shortest chain of co-signatures from ``a`` to ``b``: organisations and the
    documents that link them, alternating; [] when none.

    >>> path_between(example_graph(), "org-b", "org-c")
    ['org-b', 'd1', 'org-a', 'd2', 'org-c']
    """
    parties: nx.Graph[str] = nx.Graph()
    for u, v, data in G.edges(data=True):
        if data.get("kind") == "role":
            parties.add_edge(u, v)
    try:
        return list(nx.shortest_path(parties, a, b))
    except (nx.NodeNotFound, nx.NetworkXNoPath):
        return []


def find(G: KnowledgeGraph, name: str, kinds: Iterable[str] = ("organisation", "person"), limit: int = 5) -> list[tuple[str, str, float]]:
    """Nodes whose label or aliases look like ``name``: (id, label, score), best first.

    >>> find(example_graph(), "a")[0][:2]
    ('org-a', 'A')
    """
    wanted = set(kinds)
    choices: dict[str, str] = {}
    for node, data in G.nodes(data=True):
        if data.get("kind") in wanted:
            for form in [data.get("label", ""), *(data.get("aliases") or [])]:
                choices[f"{node}\t{form}"] = str(form)
    results = process.extract(name, choices, scorer=fuzz.WRatio, processor=str.casefold, limit=limit * 4)
    best: dict[str, float] = {}
    for _, score, choice in results:
        node = choice.split("\t", 1)[0]
        best[node] = max(best.get(node, 0.0), float(score))
    ranked = sorted(best.items(), key=lambda kv: (-kv[1], kv[0]))[:limit]
    return [(node, str(G.nodes[node].get("label", node)), score) for node, score in ranked]


def stances_of(G: KnowledgeGraph, node: str, roles: Iterable[str] = PARTY_ROLES) -> list[tuple[str, str, str, str]]:
    """(stance, its label, document, role): the stances ``node`` holds through the documents it
    stands behind — the path is kept, and nothing is inferred from who the organisation is.

    >>> G = example_graph()
    >>> G.add_node("stance-x", kind="stance", label="oppose: war", polarity="oppose", target="war")
    >>> _ = G.add_edge("d1", "stance-x", kind="stance", polarity="oppose")
    >>> stances_of(G, "org-b")
    [('stance-x', 'oppose: war', 'd1', 'signatory')]
    """
    rows = set()
    for doc, role in documents_of(G, node, roles):
        for _, stance, data in G.out_edges(doc, data=True):
            if data.get("kind") == "stance":
                rows.add((stance, str(G.nodes[stance].get("label", stance)), doc, role))
    return sorted(rows)


def stance_networks(G: KnowledgeGraph, roles: Iterable[str] = PARTY_ROLES) -> tuple[nx.Graph[str], nx.Graph[str]]:
    """Discourse-network style: (agreement, conflict). Organisations are linked in agreement
    when they back the same stance (weight: how many), in conflict when they take opposite
    polarities on the same target."""
    roles = tuple(roles)
    holders: dict[str, set[str]] = defaultdict(set)
    for node, data in G.nodes(data=True):
        if data.get("kind") in ("organisation", "person"):
            for stance, _, _, _ in stances_of(G, node, roles):
                holders[stance].add(node)
    agreement: nx.Graph[str] = nx.Graph()
    conflict: nx.Graph[str] = nx.Graph()
    by_target: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for stance, members in holders.items():
        data = G.nodes[stance]
        by_target[str(data.get("target", "")).casefold()][str(data.get("polarity"))] |= members
        ordered = sorted(members)
        for i, a in enumerate(ordered):
            for b in ordered[i + 1 :]:
                weight = agreement.get_edge_data(a, b, {}).get("weight", 0) + 1
                agreement.add_edge(a, b, weight=weight)
    for sides in by_target.values():
        for a in sorted(sides.get("support", set())):
            for b in sorted(sides.get("oppose", set())):
                if a != b:
                    conflict.add_edge(a, b, weight=conflict.get_edge_data(a, b, {}).get("weight", 0) + 1)
    return agreement, conflict
