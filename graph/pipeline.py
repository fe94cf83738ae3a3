"""The whole flow in one function: documents -> extract -> resolve -> graph -> exports."""

from __future__ import annotations

import contextlib
import fcntl
import gc
import json
from collections.abc import Callable, Collection, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx

from .build import build_graph, document_id
from .cache import ExtractionCache
from .contract import to_json
from .documents import DEFAULT_MAX_BYTES, read_document
from .errors import BusyError, ExtractionError, GraphError, UsageError
from .exports import (
    write_entities,
    write_gexf,
    write_graphml,
    write_json,
    write_lines,
    write_node_link,
    write_text,
)
from .extract import EXTRACTOR_VERSION, extract
from .model import Extraction, KnowledgeGraph
from .rdf import write_ntriples, write_store, write_views
from .resolve import Resolution, resolve
from .resolve.judgements import load_judgements
from .sources import expand_sources

DEFAULT_SOURCES = (Path("seeds"),)
DEFAULT_OUT = Path("exports")
#: Whole-graph files a large build may leave out (``build --skip``): the name and its file.
#: GraphML and GEXF are for desktop tools that cannot open millions of edges anyway, and
#: together they take about a third of the export time of a large build.
OPTIONAL_EXPORTS = {"graphml": "graph.graphml", "gexf": "graph.gexf", "html": "graph.html"}
#: Above this many edges a build leaves GraphML and GEXF out unless ``all_exports`` is set:
#: NetworkX writes them through an XML tree in memory (25 s for 1.2 million edges, growing
#: with the graph), and the desktop tools they are for cannot lay out such graphs anyway.
DESKTOP_EXPORTS_MAX_EDGES = 250_000


@dataclass(frozen=True, slots=True)
class DocumentReport:
    """What happened to one input: parsed (with counts) or skipped (with the reason)."""

    source: str
    status: str  #: "parsed" | "skipped"
    reason: str = ""
    signatories: int = 0
    authors: int = 0
    dates: int = 0
    mentions: int = 0
    warnings: tuple[str, ...] = ()


@dataclass
class BuildResult:
    graph: KnowledgeGraph
    resolution: Resolution
    extractions: list[Extraction]
    reports: list[DocumentReport]
    outputs: dict[str, Path] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)  #: what the build chose to leave out, and why

    @property
    def skipped(self) -> list[DocumentReport]:
        return [r for r in self.reports if r.status == "skipped"]


def default_judgements(sources: Sequence[Path]) -> Path:
    """The judgements file kept with the corpus: ``<first source directory>/judgements.jsonl``."""
    first = sources[0] if sources else Path(".")
    return (first if first.is_dir() else first.parent) / "judgements.jsonl"


def build(
    sources: Sequence[Path | str] = DEFAULT_SOURCES,
    out_dir: Path | None = DEFAULT_OUT,
    judgements: Path | None = None,
    progress: Callable[[int, int, str], None] | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    store: Path | None = None,
    jobs: int = 1,
    cache: Path | None = None,
    skip: Collection[str] = (),
    all_exports: bool = False,
    lean: bool = False,
) -> BuildResult:
    """Extract every document, resolve entities across them, build the graph and (when
    ``out_dir`` is given) write the exports, leaving out those named in ``skip`` (see
    ``OPTIONAL_EXPORTS``) and, for a graph above ``DESKTOP_EXPORTS_MAX_EDGES`` edges, GraphML
    and GEXF unless ``all_exports`` (``result.notes`` says so). Unreadable inputs are reported,
    never fatal.

    ``lean`` (the CLI's build): once extractions.jsonl is written, let go of the extractions and
    of the resolution's mentions (and their entity map), which no other export needs: at
    200,000 documents they are gigabytes the rest of the build would carry.
    ``result.extractions``, ``result.resolution.mentions`` and ``.entity_of`` are then empty."""
    unknown = sorted(set(skip) - set(OPTIONAL_EXPORTS))
    if unknown:
        raise UsageError(f"cannot skip {', '.join(unknown)}: only {', '.join(OPTIONAL_EXPORTS)} can be skipped")
    with contextlib.ExitStack() as held:
        if out_dir is not None:  # held from the start: a second build on the same OUT (and cache) is refused at once
            held.enter_context(build_lock(out_dir))
        source_paths = [Path(s) for s in sources]
        paths, problems = expand_sources(source_paths)
        reports = [DocumentReport(problem.split(": ", 1)[0], "skipped", problem) for problem in problems]
        extractions: list[Extraction] = []
        texts: dict[str, str] = {}
        if cache is None and out_dir is not None:
            cache = out_dir / ".cache" / "extractions"
        work = [(str(path), max_bytes, str(cache) if cache else None) for path in paths]
        with _collector_paused():
            for index, (path, outcome) in enumerate(zip(paths, _extract_all(work, jobs), strict=True)):
                if progress:
                    progress(index, len(paths), str(path))
                if isinstance(outcome, str):
                    reports.append(DocumentReport(str(path), "skipped", outcome))
                    continue
                extraction, text = outcome
                texts[extraction.source] = text
                extractions.append(extraction)
                reports.append(DocumentReport(str(path), "parsed", "", len(extraction.signatories),
                                              len(extraction.authors), len(extraction.dates), len(extraction.mentions),
                                              extraction.warnings))
        extractions = _unique_documents(extractions, reports)
        judgements_path = judgements or default_judgements(source_paths)
        resolution = resolve(extractions, load_judgements(judgements_path))
        graph = build_graph(resolution, extractions, texts)
        del texts  # the quotes are in the graph now; at 200,000 documents the texts are ~0.5 GB
        result = BuildResult(graph, resolution, extractions, sorted(reports, key=lambda r: r.source))
        if out_dir is not None:
            edges = graph.number_of_edges()
            if edges > DESKTOP_EXPORTS_MAX_EDGES and not all_exports:
                left_out = [name for name in ("graphml", "gexf") if name not in skip]
                if left_out:
                    skip = (*skip, *left_out)
                    result.notes.append(f"{' and '.join(OPTIONAL_EXPORTS[n] for n in left_out)} left out: {edges:,} edges "
                                        f"(above {DESKTOP_EXPORTS_MAX_EDGES:,}); --all-exports writes them")
            result.outputs = write_exports(result, out_dir, skip, store or out_dir / "store", lean=lean)
        return result


def _extract_one(job: tuple[str, int, str | None]) -> tuple[Extraction, str] | str:
    """Read and extract one document (in a worker process when --jobs > 1); a skip is its reason."""
    path, max_bytes, cache_dir = job
    try:
        document = read_document(Path(path), max_bytes=max_bytes)
        cache = ExtractionCache(Path(cache_dir)) if cache_dir else None
        extraction = cache.get(document.sha256, document.source) if cache else None
        if extraction is None:
            extraction = extract(document)
            if cache:
                cache.put(extraction)
        return extraction, document.text
    except GraphError as exc:
        return str(exc)
    except Exception as exc:  # an extractor bug must not stop the batch
        return str(ExtractionError.of(path, exc))


def _extract_all(work: list[tuple[str, int, str | None]], jobs: int) -> Iterator[tuple[Extraction, str] | str]:
    if jobs <= 1 or len(work) < 2:
        yield from map(_extract_one, work)
        return
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        yield from pool.map(_extract_one, work, chunksize=max(1, min(64, len(work) // (jobs * 8) or 1)))


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cycle collector off while the extractions pile up (millions of new objects,
    none of them in a cycle, each batch of which would otherwise start a collection that walks
    the whole growing heap); on again afterwards, if it was on before."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _unique_documents(extractions: list[Extraction], reports: list[DocumentReport]) -> list[Extraction]:
    """The same bytes under two names are one document (the first name is kept)."""
    seen: dict[str, str] = {}
    unique = []
    for x in extractions:
        if x.sha256 in seen:
            reports.append(DocumentReport(x.source, "skipped", f"{x.source}: same content as {seen[x.sha256]}"))
            continue
        seen[x.sha256] = x.source
        unique.append(x)
    return sorted(unique, key=document_id)


@contextlib.contextmanager
def build_lock(out_dir: Path) -> Iterator[None]:
    """Hold ``OUT/.build.lock`` for the whole build: a second build on the same directory (and
    store) fails at once with BusyError instead of interleaving writes. The lock is the
    kernel's (flock), so a killed build releases it."""
    out_dir.mkdir(parents=True, exist_ok=True)
    handle = (out_dir / ".build.lock").open("a+")
    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError as exc:
        handle.close()
        raise BusyError(f"{out_dir}: another build is writing here; wait for it to finish") from exc
    try:
        yield
    finally:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
        handle.close()


def write_exports(result: BuildResult, out_dir: Path, skip: Collection[str] = (), store: Path | None = None,
                  lean: bool = False) -> dict[str, Path]:
    """Every export of a build, each written atomically, and the store (``store``, default
    ``out_dir/store``). A skipped optional export's file from an earlier build is removed, so no
    file in ``out_dir`` describes an older corpus.

    graph.nt is written first; the store then loads it in a second thread while this one writes
    the other files: pyoxigraph's bulk loader runs in Rust without the GIL, so on a large build
    its minutes overlap the Python exports instead of following them. ``lean``: see ``build``."""
    out_dir.mkdir(parents=True, exist_ok=True)
    G = result.graph
    for name in skip:
        (out_dir / OPTIONAL_EXPORTS[name]).unlink(missing_ok=True)
    extractions = write_lines(
        out_dir / "extractions.jsonl",
        (json.dumps(to_json(x), ensure_ascii=False) for x in sorted(result.extractions, key=lambda x: x.source)),
    )
    if lean:
        result.extractions.clear()
        result.resolution.mentions.clear()
        result.resolution.entity_of.clear()
    ntriples = write_ntriples(G, out_dir)
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="store") as loader:
        loading = loader.submit(write_store, G, store or out_dir / "store", ntriples)
        outputs = _write_files(result, out_dir, skip, ntriples)
        outputs["extractions"], outputs["ntriples"] = extractions, ntriples
        outputs["store"] = loading.result()
    return outputs


def _write_files(result: BuildResult, out_dir: Path, skip: Collection[str], ntriples: Path) -> dict[str, Path]:
    """The exports written while the store loads: all but extractions.jsonl and graph.nt."""
    G = result.graph
    outputs = {
        "entities": write_entities(result.resolution, out_dir / "entities.jsonl"),
        "graph_json": write_node_link(G, out_dir / "graph.json"),
        "summary": write_json(out_dir / "summary.json", summary(result)),
        "resolution": write_json(out_dir / "resolution.json", resolution_report(result.resolution)),
    }
    if "graphml" not in skip:
        outputs["graphml"] = write_graphml(G, out_dir / OPTIONAL_EXPORTS["graphml"])
    if "gexf" not in skip:
        outputs["gexf"] = write_gexf(G, out_dir / OPTIONAL_EXPORTS["gexf"])
    outputs.update(write_views(ntriples, out_dir))
    from .html import write_html
    from .reports import cluster_report, render_markdown

    report = cluster_report(G)
    outputs["report"] = write_text(out_dir / "report.md", render_markdown(report))
    if "html" not in skip:
        outputs["html"] = write_html(G, out_dir / OPTIONAL_EXPORTS["html"], report=report)
    return outputs


def summary(result: BuildResult) -> dict[str, object]:
    """Per document: what was read, parsed and skipped (and why)."""
    kinds: dict[str, int] = {}
    for _, data in result.graph.nodes(data=True):
        kinds[data["kind"]] = kinds.get(data["kind"], 0) + 1
    return {
        "extractor_version": EXTRACTOR_VERSION,
        "documents": [
            {"source": r.source, "status": r.status, "reason": r.reason, "signatories": r.signatories,
             "authors": r.authors, "dates": r.dates, "mentions": r.mentions, "warnings": list(r.warnings)}
            for r in result.reports
        ],
        "nodes": dict(sorted(kinds.items())),
        "edges": result.graph.number_of_edges(),
        "parsed": sum(r.status == "parsed" for r in result.reports),
        "skipped": sum(r.status == "skipped" for r in result.reports),
    }


def resolution_report(resolution: Resolution) -> dict[str, object]:
    """Every merge with its reason, and the nearest pairs that were kept apart (and why)."""
    merges = sorted({(m.left, m.right, m.reason) for m in resolution.merges if m.left != m.right})
    apart = sorted({(a, b, why, round(s, 1)) for a, b, why, s in resolution.kept_apart if a != b}, key=lambda r: (-r[3], r[0], r[1]))
    return {
        "merges": [{"left": a, "right": b, "reason": why} for a, b, why in merges],
        "kept_apart": [{"left": a, "right": b, "reason": why, "similarity": s} for a, b, why, s in apart[:200]],
    }


def load(path: Path | str = DEFAULT_OUT / "graph.json") -> KnowledgeGraph:
    """The graph a build wrote (``graph.json``, node-link format), as a ``MultiDiGraph``."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    graph: KnowledgeGraph = nx.MultiDiGraph(nx.node_link_graph(data, directed=True, multigraph=True, edges="edges"))
    return graph
