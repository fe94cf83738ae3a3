"""Stage 5e: reports on the graph as data (dataclasses) and as text (markdown, JSON, CSV).

``cluster_report`` answers: which blocs exist, who is central in each, which documents bind
them, where they are, how cohesive they are, and who bridges them.
"""

from __future__ import annotations

import csv
import io
import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field

import networkx as nx
import numpy as np

from .analyse import bridges, co_signature, communities, document_year
from .model import KnowledgeGraph
from .queries import PARTY_ROLES, stance_networks, stances_of


@dataclass(frozen=True)
class Member:
    id: str
    label: str
    weighted_degree: float
    country: str


@dataclass(frozen=True)
class BindingDocument:
    id: str
    title: str
    date: str
    members: int  #: how many of the cluster's members stand behind it


@dataclass(frozen=True)
class Cluster:
    number: int
    size: int
    members: list[Member]
    documents: list[BindingDocument]
    countries: dict[str, int]
    density: float  #: share of possible pairs that co-sign
    internal_share: float  #: share of the members' co-signature weight that stays inside
    stances: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Bridge:
    id: str
    label: str
    betweenness: float
    clusters_reached: int


@dataclass(frozen=True)
class ClusterReport:
    clusters: list[Cluster]
    bridges: list[Bridge]
    singletons: int
    organisations: int
    documents: int
    parameters: dict[str, object]


def cluster_report(
    G: KnowledgeGraph,
    roles: Iterable[str] = PARTY_ROLES,
    min_weight: float = 1,
    min_size: int = 2,
    resolution: float = 1.0,
    since: str | None = None,
    until: str | None = None,
    jaccard: bool = False,
) -> ClusterReport:
    """The blocs of ``G``'s co-signature graph and the organisations bridging them."""
    roles = tuple(roles)
    cs = co_signature(G, roles, since, until, jaccard)
    groups = communities(cs, min_weight, resolution) if cs.organisations else []
    membership = [0] * len(cs.organisations)
    for number, group in enumerate(groups):
        for i in group:
            membership[i] = number
    degree = cs.degree()
    clusters = [
        _cluster(G, cs, number + 1, group, degree)
        for number, group in enumerate(groups) if len(group) >= min_size
    ]
    bridge_rows = [Bridge(cs.organisations[i], _label(G, cs.organisations[i]), round(b, 2), n)
                   for i, b, n in bridges(cs, membership)]
    parameters: dict[str, object] = {"roles": list(roles), "min_weight": min_weight, "min_size": min_size,
                                     "resolution": resolution, "since": since, "until": until, "jaccard": jaccard}
    return ClusterReport(clusters, bridge_rows, sum(1 for g in groups if len(g) < min_size),
                         len(cs.organisations), len(cs.documents), parameters)


def _label(G: KnowledgeGraph, node: str) -> str:
    return str(G.nodes[node].get("label", node))


def _cluster(G: KnowledgeGraph, cs: object, number: int, group: list[int], degree: np.ndarray) -> Cluster:
    from .analyse import CoSignature

    assert isinstance(cs, CoSignature)
    members = sorted(
        (Member(cs.organisations[i], _label(G, cs.organisations[i]), round(float(degree[i]), 3),
                str(G.nodes[cs.organisations[i]].get("country") or "")) for i in group),
        key=lambda m: (-m.weighted_degree, m.label),
    )
    sub = cs.weights[group][:, group]
    possible = len(group) * (len(group) - 1)
    density = sub.count_nonzero() / possible if possible else 0.0
    total = float(sum(degree[i] for i in group))
    internal = float(sub.sum()) / total if total else 0.0
    doc_counts = np.asarray(cs.incidence[group].sum(axis=0)).ravel()
    binding = [
        BindingDocument(cs.documents[j], _label(G, cs.documents[j]), document_year(G, cs.documents[j]) or "", int(doc_counts[j]))
        for j in np.argsort(-doc_counts, kind="stable") if doc_counts[j] >= 2
    ][:10]
    countries = Counter(m.country for m in members if m.country)
    return Cluster(number, len(group), members, binding, dict(sorted(countries.items(), key=lambda kv: (-kv[1], kv[0]))),
                   round(density, 3), round(internal, 3), _shared_stances(G, [m.id for m in members]))


def _shared_stances(G: KnowledgeGraph, members: list[str], top: int = 5) -> list[str]:
    """Stances at least half the members hold through their documents (most widely held first)."""
    holders: Counter[str] = Counter()
    labels: dict[str, str] = {}
    for member in members:
        for stance, label in {(held, name) for held, name, _, _ in stances_of(G, member)}:  # once per member
            holders[stance] += 1
            labels[stance] = label
    shared = [(n, labels[s]) for s, n in holders.items() if n * 2 >= len(members)]
    return [f"{label} ({n} of {len(members)})" for n, label in sorted(shared, key=lambda x: (-x[0], x[1]))[:top]]


def render_markdown(report: ClusterReport, top: int = 10) -> str:
    """The report as Markdown, readable on a code-hosting site."""
    lines = ["# Co-signatory clusters", "",
             f"{report.organisations} organisations standing behind {report.documents} documents; "
             f"{len(report.clusters)} clusters of at least {report.parameters['min_size']}, {report.singletons} smaller.",
             f"Roles counted: {', '.join(report.parameters['roles'])}. Communities: Leiden (seed 0, resolution "  # type: ignore[arg-type]
             f"{report.parameters['resolution']}), edges of weight at least {report.parameters['min_weight']}.", ""]
    for cluster in report.clusters:
        lines += [f"## Cluster {cluster.number}: {cluster.size} organisations", "",
                  f"Density {cluster.density}, internal share of co-signature weight {cluster.internal_share}.",
                  "Countries: " + (", ".join(f"{c} ({n})" for c, n in cluster.countries.items()) or "none stated") + ".", "",
                  "| organisation | weighted degree | country |", "|---|---|---|"]
        lines += [f"| {_md(m.label)} | {m.weighted_degree:g} | {m.country} |" for m in cluster.members[:top]]
        if len(cluster.members) > top:
            lines.append(f"| … and {len(cluster.members) - top} more | | |")
        lines += ["", "Documents that bind it:", ""]
        lines += [f"- {_md(d.title)} ({d.date or 'undated'}): {d.members} members" for d in cluster.documents] or ["- none"]
        if cluster.stances:
            lines += ["", "Shared stances: " + "; ".join(cluster.stances)]
        lines.append("")
    lines += ["## Bridges", ""]
    if report.bridges:
        lines += ["| organisation | betweenness | clusters reached |", "|---|---|---|"]
        lines += [f"| {_md(b.label)} | {b.betweenness:g} | {b.clusters_reached} |" for b in report.bridges]
    else:
        lines.append("No organisation co-signs across clusters.")
    return "\n".join(lines) + "\n"


def _md(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def render_json(report: ClusterReport) -> str:
    return json.dumps(asdict(report), ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def render_csv(report: ClusterReport) -> str:
    """One row per (cluster, member)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["cluster", "size", "organisation_id", "organisation", "weighted_degree", "country"])
    for cluster in report.clusters:
        for m in cluster.members:
            writer.writerow([cluster.number, cluster.size, m.id, m.label, f"{m.weighted_degree:g}", m.country])
    return buffer.getvalue()


def years_view(G: KnowledgeGraph, roles: Iterable[str] = PARTY_ROLES, min_size: int = 2) -> dict[str, list[list[str]]]:
    """Per year: the blocs of that year's documents (labels of members, largest bloc first)."""
    years = sorted({y[:4] for doc, d in G.nodes(data=True) if d.get("kind") == "document" for y in (d.get("dates") or [])[:1]})
    out: dict[str, list[list[str]]] = {}
    for year in years:
        report = cluster_report(G, roles, min_size=min_size, since=year, until=year)
        if report.clusters:
            out[year] = [[m.label for m in c.members] for c in report.clusters]
    return out


@dataclass(frozen=True)
class Endorsement:
    document: str
    title: str
    date: str
    role: str
    printed: str
    quote: str
    span: tuple[int, int]
    rule: str


@dataclass(frozen=True)
class OrgProfile:
    id: str
    label: str
    kind: str
    aliases: list[str]
    country: str
    identifiers: list[str]
    endorsements: list[Endorsement]
    co_signers: list[tuple[str, str, int]]
    cluster: int | None


def org_profile(G: KnowledgeGraph, node: str, report: ClusterReport | None = None) -> OrgProfile:
    """Everything the graph knows about one organisation or person, with the evidence."""
    from .queries import co_signers

    data = G.nodes[node]
    endorsements = sorted(
        (Endorsement(doc, _label(G, doc), document_year(G, doc) or "", str(e.get("role")), str(e.get("printed", "")),
                     str(e.get("quote", "")), (int(e.get("span_start", 0)), int(e.get("span_end", 0))), str(e.get("rule", "")))
         for _, doc, e in G.out_edges(node, data=True) if e.get("kind") == "role"),
        key=lambda e: (e.date, e.title, e.span),
    )
    cluster = None
    if report is not None:
        cluster = next((c.number for c in report.clusters if any(m.id == node for m in c.members)), None)
    return OrgProfile(node, str(data.get("label", node)), str(data.get("kind", "")), list(data.get("aliases") or []),
                      str(data.get("country") or ""), list(data.get("identifiers") or []), endorsements,
                      [(other, label, len(docs)) for other, label, docs in co_signers(G, node)], cluster)


def render_profile(profile: OrgProfile, top: int = 15) -> str:
    lines = [f"# {profile.label}", "", f"- {profile.kind}, id {profile.id}" + (f", cluster {profile.cluster}" if profile.cluster else "")]
    if profile.aliases:
        lines.append("- also printed as: " + "; ".join(_md(a) for a in profile.aliases))
    if profile.country:
        lines.append(f"- country: {profile.country}")
    if profile.identifiers:
        lines.append("- identifiers: " + ", ".join(profile.identifiers))
    lines += ["", "## Documents", ""]
    for e in profile.endorsements:
        lines.append(f"- {e.role} of \"{_md(e.title)}\" ({e.date or 'undated'}): printed \"{_md(e.printed)}\" "
                     f"at {e.span[0]}-{e.span[1]} ({e.rule})")
    lines += ["", "## Co-signers", ""]
    lines += [f"- {_md(label)}: {count} shared" for _, label, count in profile.co_signers[:top]] or ["- none"]
    if len(profile.co_signers) > top:
        lines.append(f"- … and {len(profile.co_signers) - top} more")
    return "\n".join(lines) + "\n"


def stats(G: KnowledgeGraph, summary: dict[str, object] | None = None, resolution: dict[str, object] | None = None,
          since: str | None = None, until: str | None = None, top: int = 10) -> dict[str, object]:
    """Counts by kind, documents per year, top signatories, merges, and what was parsed or skipped."""
    kinds = Counter(str(d.get("kind")) for _, d in G.nodes(data=True))
    years: Counter[str] = Counter()
    in_window = set()
    for doc, d in G.nodes(data=True):
        if d.get("kind") != "document":
            continue
        date = document_year(G, doc)
        if (since or until) and (date is None or (since and date < since) or (until and date[: len(until)] > until)):
            continue
        in_window.add(doc)
        years[date[:4] if date else "undated"] += 1
    parties: Counter[str] = Counter()
    for agent, doc, e in G.edges(data=True):
        if e.get("kind") == "role" and doc in in_window:
            parties[agent] += 1
    return {
        "nodes": dict(sorted(kinds.items())),
        "edges": G.number_of_edges(),
        "documents_per_year": dict(sorted(years.items())),
        "top_signatories": [{"id": n, "label": _label(G, n), "documents": c}
                            for n, c in sorted(parties.items(), key=lambda kv: (-kv[1], _label(G, kv[0])))[:top]],
        "merges": len((resolution or {}).get("merges", [])),  # type: ignore[arg-type]
        "documents": (summary or {}).get("documents", []),
    }


def render_stats(data: dict[str, object]) -> str:
    lines = ["# Statistics", "", "Nodes: " + ", ".join(f"{k} {v}" for k, v in data["nodes"].items()),  # type: ignore[attr-defined]
             f"Edges: {data['edges']}; merges made by resolution: {data['merges']}", "", "## Documents per year", ""]
    lines += [f"- {year}: {n}" for year, n in data["documents_per_year"].items()]  # type: ignore[attr-defined]
    lines += ["", "## Top signatories", ""]
    lines += [f"- {row['label']}: {row['documents']} documents" for row in data["top_signatories"]]  # type: ignore[attr-defined]
    lines += ["", "## Per document", ""]
    for doc in data["documents"]:  # type: ignore[attr-defined]
        if doc["status"] == "parsed":
            lines.append(f"- {doc['source']}: parsed, {doc['signatories']} parties, {doc['authors']} authors, "
                         f"{doc['dates']} dates, {doc['mentions']} mentions")
        else:
            lines.append(f"- {doc['source']}: skipped: {doc['reason']}")
    return "\n".join(lines) + "\n"


def render_years(view: dict[str, list[list[str]]]) -> str:
    """The per-year blocs as Markdown, noting who joins a bloc for the first time."""
    lines = ["# Blocs per year", ""]
    seen: set[str] = set()
    for year, blocs in view.items():
        lines += [f"## {year}", ""]
        for number, members in enumerate(blocs, 1):
            new = [m for m in members if m not in seen]
            lines.append(f"- bloc {number} ({len(members)}): " + ", ".join(_md(m) for m in members[:8])
                         + (" …" if len(members) > 8 else "") + (f" — first seen: {len(new)}" if new else ""))
            seen.update(members)
        lines.append("")
    return "\n".join(lines)


def render_stances(G: KnowledgeGraph, top: int = 15) -> str:
    """Stances with the documents that state them and the organisations behind those
    documents; then the strongest agreements and the conflicts (opposite polarity, same target)."""
    lines = ["# Stances", ""]
    stances = sorted((n for n, d in G.nodes(data=True) if d.get("kind") == "stance"), key=lambda n: str(G.nodes[n]["label"]))
    if not stances:
        return "# Stances\n\nNo explicit stance was found.\n"
    lines += ["| stance | documents | organisations behind them |", "|---|---|---|"]
    for stance in stances:
        docs = sorted({doc for doc, _, d in G.in_edges(stance, data=True) if d.get("kind") == "stance"})
        orgs = {a for doc in docs for a, _, d in G.in_edges(doc, data=True) if d.get("kind") == "role"}
        lines.append(f"| {_md(str(G.nodes[stance]['label']))} | {len(docs)} | {len(orgs)} |")
    agreement, conflict = stance_networks(G)
    lines += ["", "## Strongest agreements", ""]
    agreements = _strongest(G, agreement, top)
    lines += [f"- {_md(_label(G, a))} and {_md(_label(G, b))}: {w} shared stances" for a, b, w in agreements] or ["- none"]
    lines += ["", "## Conflicts (opposite polarity on the same target)", ""]
    conflicts = _strongest(G, conflict, top)
    lines += [f"- {_md(_label(G, a))} vs {_md(_label(G, b))}: {w}" for a, b, w in conflicts] or ["- none"]
    return "\n".join(lines) + "\n"


def _strongest(G: KnowledgeGraph, network: nx.Graph[str], top: int) -> list[tuple[str, str, int]]:
    edges = [(str(a), str(b), int(data["weight"])) for a, b, data in network.edges(data=True)]
    return sorted(edges, key=lambda e: (-e[2], _label(G, e[0]), _label(G, e[1])))[:top]
