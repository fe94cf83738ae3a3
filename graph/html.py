"""Stage 5f: an interactive HTML view of the graph (pyvis / vis-network), one self-contained
file that works offline and is safe with hostile text.

pyvis assembles nodes, edges and options (its lists are filled directly: ``add_node`` scans
the list on every call). The page is our own template: vis-network and its CSS are inlined
from pyvis's bundled copy (no CDN, no Bootstrap), the graph travels as a JSON block that is
only ever parsed as data, tooltips are elements filled with ``textContent``, node IDs are
opaque, and a Content-Security-Policy admits only the page's two scripts by hash (so an
inline handler such as ``onerror=`` can never run). Positions are computed beforehand
(igraph, seeded) and physics is off, so the page draws at once and holds still.
"""

from __future__ import annotations

import base64
import hashlib
import json
import random
from collections import Counter
from pathlib import Path

from markupsafe import Markup

from .exports import write_text
from .model import KnowledgeGraph
from .queries import ego_network, find, stances_of
from .reports import ClusterReport, cluster_report
from .resources import data_path

DEFAULT_MAX_NODES = 1500
KIND_COLOURS = {"organisation": "#4e79a7", "person": "#f28e2b", "document": "#59a14f", "country": "#bab0ac", "stance": "#e15759"}
ROLE_COLOURS = {"issuer": "#d62728", "signatory": "#1f77b4", "endorser": "#2ca02c", "distributor": "#9467bd",
                "adapted_from": "#8c564b", "author": "#e377c2", "mention": "#c7c7c7", "affiliation": "#ff7f0e",
                "country": "#dddddd", "stance": "#e15759", "names": "#e15759"}
SHAPES = {"document": "square", "country": "triangle", "person": "dot", "organisation": "dot", "stance": "diamond"}


def select(G: KnowledgeGraph, report: ClusterReport, cluster: int | None = None, org: str | None = None,
           depth: int = 2, max_nodes: int = DEFAULT_MAX_NODES) -> tuple[list[str], str]:
    """The nodes to show and, when not all of them, a notice saying what was left out and why."""
    notice = ""
    if org:
        found = find(G, org)
        if not found:
            return [], f"No organisation or person looks like {org!r}."
        nodes = list(ego_network(G, found[0][0], depth).nodes)
        notice = f"The neighbourhood of {found[0][1]} within {depth} steps."
    elif cluster:
        if not 1 <= cluster <= len(report.clusters):
            return [], f"There is no cluster {cluster}; clusters are numbered 1 to {len(report.clusters)}."
        nodes = _with_documents(G, [m.id for m in report.clusters[cluster - 1].members])
        notice = f"Cluster {cluster} and the documents its members stand behind."
    else:
        nodes = list(G.nodes)
    if len(nodes) > max_nodes:
        kept: list[str] = []
        shown = 0
        for c in report.clusters:
            block = _with_documents(G, [m.id for m in c.members])
            if kept and len(set(kept) | set(block)) > max_nodes:
                break
            kept = sorted(set(kept) | set(block))
            shown += 1
        notice = (f"Showing {len(kept)} of {len(nodes)} nodes: the {shown} largest clusters and their documents. "
                  "Use --cluster N or --org NAME, or raise --max-nodes.")
        nodes = kept[:max_nodes]
    return sorted(nodes), notice


def _main_stance(G: KnowledgeGraph, node: str) -> str:
    """The stance an organisation holds through most of its documents (for colouring)."""
    counts = Counter(label for _, label, _, _ in stances_of(G, node))
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0][0] if counts else ""


def _with_documents(G: KnowledgeGraph, members: list[str]) -> list[str]:
    documents = {doc for m in members for _, doc, d in G.out_edges(m, data=True) if d.get("kind") == "role"}
    return sorted(set(members) | documents)


def _layout(G: KnowledgeGraph, nodes: list[str], seed: int = 0) -> dict[str, tuple[float, float]]:
    import igraph as ig

    index = {n: i for i, n in enumerate(nodes)}
    edges = sorted({(index[u], index[v]) for u, v in G.edges() if u in index and v in index and u != v})
    graph = ig.Graph(n=len(nodes), edges=edges, directed=False)
    ig.set_random_number_generator(random.Random(seed))
    try:
        layout = graph.layout_fruchterman_reingold(niter=500) if nodes else []
    finally:
        ig.set_random_number_generator(random)
    scale = 90.0
    return {n: (round(layout[i][0] * scale, 1), round(layout[i][1] * scale, 1)) for n, i in index.items()}


def _tooltip(G: KnowledgeGraph, node: str, cluster: int | None) -> str:
    d = G.nodes[node]
    lines = [str(d.get("label", "")), f"({d.get('kind')})"]
    if d.get("aliases"):
        lines.append("also: " + "; ".join(map(str, d["aliases"])))
    if d.get("country"):
        lines.append(f"country: {d['country']}")
    if cluster:
        lines.append(f"cluster {cluster}")
    if d.get("kind") == "document":
        lines.append("dates: " + (", ".join(map(str, d.get("dates") or [])) or "none"))
        lines.append(f"source: {d.get('source', '')}")
    return "\n".join(lines)


def _edge_tooltip(G: KnowledgeGraph, source: str, target: str, data: dict[str, object]) -> str:
    kind = str(data.get("kind"))
    label = str(data.get("role") or kind)
    lines = [f"{G.nodes[source].get('label', '')} — {label} — {G.nodes[target].get('label', '')}"]
    if data.get("printed"):
        lines.append(f"printed: {data['printed']}")
    if data.get("quote"):
        lines.append(f"evidence: “{data['quote']}” at {data.get('span_start')}–{data.get('span_end')}")
    if data.get("rule"):
        lines.append(f"rule: {data['rule']}")
    return "\n".join(lines)


def view_html(G: KnowledgeGraph, report: ClusterReport | None = None, cluster: int | None = None, org: str | None = None,
              depth: int = 2, max_nodes: int = DEFAULT_MAX_NODES) -> str:
    """The page as a string."""
    from pyvis.network import Network

    report = report or cluster_report(G)
    chosen, notice = select(G, report, cluster, org, depth, max_nodes)
    cluster_of = {m.id: c.number for c in report.clusters for m in c.members}
    stance_of = {n: _main_stance(G, n) for n in chosen if G.nodes[n].get("kind") in ("organisation", "person")}
    positions = _layout(G, chosen)
    opaque = {node: f"n{i}" for i, node in enumerate(chosen)}
    degree = dict(G.degree(chosen))
    net = Network(directed=True, cdn_resources="in_line")
    net.nodes = [
        {"id": opaque[n], "label": str(G.nodes[n].get("label", ""))[:60], "kind": str(G.nodes[n].get("kind")),
         "country": str(G.nodes[n].get("country") or ""), "cluster": cluster_of.get(n, ""),
         "stance": stance_of.get(n) or (str(G.nodes[n].get("label", "")) if G.nodes[n].get("kind") == "stance" else ""),
         "tooltip": _tooltip(G, n, cluster_of.get(n)), "shape": SHAPES.get(str(G.nodes[n].get("kind")), "dot"),
         "size": 8 + min(30, 3 * degree.get(n, 0) ** 0.5), "x": positions[n][0], "y": positions[n][1],
         "searchText": " ".join([str(G.nodes[n].get("label", "")), *map(str, G.nodes[n].get("aliases") or [])]).lower()}
        for n in chosen
    ]
    kept = set(chosen)
    edges = sorted((u, v, str(k), d) for u, v, k, d in G.edges(keys=True, data=True) if u in kept and v in kept)
    net.edges = [
        {"id": f"e{i}", "from": opaque[u], "to": opaque[v], "role": str(d.get("role") or d.get("kind")),
         "color": ROLE_COLOURS.get(str(d.get("role") or d.get("kind")), "#999999"),
         "dashes": d.get("kind") not in ("role", "author"), "width": 2 if d.get("kind") == "role" else 1,
         "tooltip": _edge_tooltip(G, u, v, d)}
        for i, (u, v, _, d) in enumerate(edges)
    ]
    net.set_options(data_path("view_options.json").read_text(encoding="utf-8"))
    nodes, edges_data, _, _, _, options = net.get_network_data()
    data = {
        "nodes": nodes, "edges": edges_data, "options": json.loads(options), "kindColours": KIND_COLOURS,
        "kinds": sorted({n["kind"] for n in nodes}), "roles": sorted({e["role"] for e in edges_data}),
        "countries": sorted({n["country"] for n in nodes if n["country"]}),
        "clusters": [str(c) for c in sorted({n["cluster"] for n in nodes if n["cluster"] != ""})],
    }
    return _render(data, notice, f"{len(nodes)} nodes, {len(edges_data)} edges")


def _render(data: dict[str, object], notice: str, summary: str) -> str:
    import jinja2
    import pyvis

    lib = Path(pyvis.__file__).parent / "templates" / "lib" / "vis-9.1.2"
    vis_js = (lib / "vis-network.min.js").read_text(encoding="utf-8").replace("//# sourceMappingURL=vis-network.min.js.map", "")
    vis_css = (lib / "vis-network.css").read_text(encoding="utf-8")
    app_js = data_path("view.js").read_text(encoding="utf-8")
    hashes = " ".join(f"'sha256-{base64.b64encode(hashlib.sha256(s.encode()).digest()).decode()}'" for s in (vis_js, app_js))
    payload = json.dumps(data, ensure_ascii=False, sort_keys=True)
    payload = payload.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    environment = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined, keep_trailing_newline=True)
    template = environment.from_string(data_path("view.html").read_text(encoding="utf-8"))
    return template.render(vis_js=Markup(vis_js), app_js=Markup(app_js), vis_css=Markup(vis_css),
                           script_hashes=Markup(hashes), data_json=Markup(payload), notice=notice, summary=summary)


def write_html(G: KnowledgeGraph, path: Path, **options: object) -> Path:
    """Write the view to ``path`` (atomically)."""
    return write_text(path, view_html(G, **options))  # type: ignore[arg-type]
