"""The command line: parse arguments, call a library function, print. Nothing else.

Exit codes: 0 every input was read; 2 something was skipped (each skip is reported on
stderr, naming the file and the problem); 1 a failure (``--strict`` with a skip, or an
unexpected error); 64 a usage error; 75 another build holds the output directory.
"""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path

import typer
from typer.exceptions import TyperException

from .contract import to_json, to_jsonl
from .documents import DEFAULT_MAX_BYTES, read_document
from .errors import ExtractionError, GraphError
from .extract import extract
from .model import Extraction
from .sources import expand_sources

EXIT_OK, EXIT_FAILURE, EXIT_SKIPPED, EXIT_USAGE, EXIT_BUSY = 0, 1, 2, 64, 75

app = typer.Typer(
    add_completion=False,
    pretty_exceptions_enable=False,
    no_args_is_help=True,
    help="Statements, open letters and joint declarations -> an organisation/signatory knowledge graph.",
)


class ExtractFormat(StrEnum):
    jsonl = "jsonl"
    json = "json"
    table = "table"


@app.callback()
def main() -> None:
    """undersigned: who signs what with whom."""


@app.command("extract")
def extract_cli(
    paths: list[Path] = typer.Argument(..., help="Documents (.txt, .md, .html) or directories of them."),
    fmt: ExtractFormat = typer.Option(ExtractFormat.jsonl, "--format", "-f", help="jsonl (the contract), json or table."),
    max_bytes: int = typer.Option(DEFAULT_MAX_BYTES, "--max-bytes", help="Skip files larger than this."),
    strict: bool = typer.Option(False, "--strict", help="Fail (exit 1) when any input is skipped."),
    report: Path = typer.Option(None, "--report", help="Write a JSON report: one classified outcome per input."),
) -> None:
    """Extract issuers, signatories, authors, dates and titles, one JSON object per document.

    Example: undersigned extract seeds/*.txt --format jsonl
    """
    documents, problems = expand_sources(paths)
    outcomes: list[dict[str, object]] = []
    for problem in problems:
        typer.echo(f"skipped: {problem}", err=True)
        outcomes.append({"source": problem.split(": ", 1)[0], "status": "skipped", "reason": problem})
    skipped = len(problems)
    results: list[Extraction] = []
    for path in documents:
        try:
            document = read_document(path, max_bytes=max_bytes)
            extraction = extract(document)
        except GraphError as exc:
            typer.echo(f"skipped: {exc}", err=True)
            outcomes.append({"source": str(path), "status": "skipped", "reason": str(exc)})
            skipped += 1
            continue
        except Exception as exc:  # a bug in an extractor must not stop the batch
            reason = str(ExtractionError.of(path, exc))
            typer.echo(f"skipped: {reason}", err=True)
            outcomes.append({"source": str(path), "status": "skipped", "reason": reason})
            skipped += 1
            continue
        outcomes.append({"source": str(path), "status": "read-with-warnings" if extraction.warnings else "read",
                         "encoding": document.encoding, "media_type": document.media_type,
                         "warnings": list(extraction.warnings), "signatories": len(extraction.signatories)})
        for warning in extraction.warnings:
            typer.echo(f"warning: {warning}", err=True)
        if fmt is ExtractFormat.jsonl:
            typer.echo(to_jsonl(extraction))
        else:
            results.append(extraction)
    if fmt is ExtractFormat.json:
        typer.echo(json.dumps([to_json(x) for x in results], ensure_ascii=False, indent=2))
    elif fmt is ExtractFormat.table:
        from .tables import print_extractions

        print_extractions(results)
    if report is not None:
        from .exports import write_json

        write_json(report, {"inputs": outcomes, "read": len(outcomes) - skipped, "skipped": skipped})
    if skipped:
        raise typer.Exit(code=EXIT_FAILURE if strict else EXIT_SKIPPED)


@app.command("build")
def build_cli(
    sources: list[Path] = typer.Argument(None, help="Documents or directories (default: seeds/)."),
    out: Path = typer.Option(Path("exports"), "--out", "-o", help="Directory for the exports."),
    judgements: Path = typer.Option(None, "--judgements", help="Judgements file (default: <first source>/judgements.jsonl)."),
    max_bytes: int = typer.Option(DEFAULT_MAX_BYTES, "--max-bytes", help="Skip files larger than this."),
    strict: bool = typer.Option(False, "--strict", help="Fail (exit 1) when any input is skipped."),
    store: Path = typer.Option(None, "--store", help="The pyoxigraph store to write (default: OUT/store)."),
    jobs: int = typer.Option(1, "--jobs", "-j", help="Extract in this many processes."),
    cache: Path = typer.Option(None, "--cache", help="Extraction cache (default: OUT/.cache/extractions)."),
    skip: list[str] = typer.Option(None, "--skip", help="Leave out an optional export: graphml, gexf or html (repeatable)."),
    all_exports: bool = typer.Option(False, "--all-exports",
                                     help="Write GraphML and GEXF even for a graph too large for them (see the build's note)."),
) -> None:
    """Extract every document, resolve organisations across them, build the graph, write exports.

    Example: undersigned build seeds/ --out exports/
    Large corpus: undersigned build corpus/ --out big/ --jobs 4 --skip graphml --skip gexf
    """
    from .errors import BusyError, UsageError
    from .pipeline import DEFAULT_SOURCES, build

    try:
        with _progress() as report:
            result = build(sources or list(DEFAULT_SOURCES), out, judgements, progress=report, max_bytes=max_bytes,
                           store=store, jobs=jobs, cache=cache, skip=skip or (), all_exports=all_exports, lean=True)
    except UsageError as exc:
        typer.echo(f"usage error: {exc}", err=True)
        raise typer.Exit(code=EXIT_USAGE) from exc
    except BusyError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(code=EXIT_BUSY) from exc
    except GraphError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(code=EXIT_FAILURE) from exc
    for skipped in result.skipped:
        typer.echo(f"skipped: {skipped.reason}", err=True)
    kinds: dict[str, int] = {}
    for _, data in result.graph.nodes(data=True):
        kinds[data["kind"]] = kinds.get(data["kind"], 0) + 1
    parsed = len(result.reports) - len(result.skipped)
    typer.echo(f"read {parsed} documents ({len(result.skipped)} skipped); "
               + ", ".join(f"{n} {_plural(k, n)}" for k, n in sorted(kinds.items()))
               + f"; {result.graph.number_of_edges()} edges; {len(result.resolution.merges)} merges")
    for name, path in sorted(result.outputs.items()):
        typer.echo(f"  {name:12s} {path}")
    for note in result.notes:
        typer.echo(f"note: {note}")
    if result.skipped:
        raise typer.Exit(code=EXIT_FAILURE if strict else EXIT_SKIPPED)


@app.command("judge")
def judge_cli(
    left: str = typer.Argument(..., help="A name as printed."),
    right: str = typer.Argument(None, help="The other name (for --same, --distinct) or the new name (--rename)."),
    same: bool = typer.Option(False, "--same", help="LEFT and RIGHT are one organisation."),
    distinct: bool = typer.Option(False, "--distinct", help="LEFT and RIGHT are different organisations."),
    rename: bool = typer.Option(False, "--rename", help="Show LEFT's entity under the name RIGHT."),
    reject: bool = typer.Option(False, "--reject", help="LEFT is not an organisation or person: drop it."),
    note: str = typer.Option(None, "--note", help="Why (kept in the file)."),
    judgements: Path = typer.Option(Path("seeds/judgements.jsonl"), "--judgements", help="The judgements file."),
) -> None:
    """Record a human decision; it wins over automatic matching in every later build.

    Example: undersigned judge "New Communist Party" "Nepal Communist Party (Mashal)" --distinct
    """
    from .resolve.judgements import Judgement, append_judgement

    chosen = [name for name, flag in (("same", same), ("distinct", distinct), ("rename", rename), ("reject", reject)) if flag]
    if len(chosen) != 1:
        typer.echo("usage error: give exactly one of --same, --distinct, --rename, --reject", err=True)
        raise typer.Exit(code=EXIT_USAGE)
    if chosen[0] != "reject" and not right:
        typer.echo(f"usage error: --{chosen[0]} needs a second name", err=True)
        raise typer.Exit(code=EXIT_USAGE)
    try:
        append_judgement(judgements, Judgement(left, chosen[0], right if chosen[0] != "reject" else None, note))
    except GraphError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(code=EXIT_FAILURE) from exc
    typer.echo(f"recorded in {judgements}: {left!r} {chosen[0]} {right or ''}".rstrip())


@app.command("review")
def review_cli(
    sources: list[Path] = typer.Argument(None, help="Documents or directories (default: seeds/)."),
    judgements: Path = typer.Option(None, "--judgements", help="Judgements file (default: <first source>/judgements.jsonl)."),
    limit: int = typer.Option(30, "--limit", help="How many pairs to list."),
) -> None:
    """List the uncertain pairs (similar names kept apart) with the reason, for a person to decide.

    Example: undersigned review seeds/
    """
    from rich.console import Console
    from rich.table import Table

    from .pipeline import DEFAULT_SOURCES, build

    result = build(sources or list(DEFAULT_SOURCES), None, judgements)
    table = Table(title="similar names kept apart: decide with `undersigned judge A B --same|--distinct`")
    for column in ("similarity", "left", "right", "why apart"):
        table.add_column(column)
    for left, right, reason, similarity in result.resolution.kept_apart[:limit]:
        table.add_row(f"{similarity:.0f}", left, right, reason)
    Console().print(table)


@app.command("sparql")
def sparql_cli(
    query: str = typer.Argument(..., help="A named query (see --list), a .rq file, or the query text."),
    param: list[str] = typer.Option([], "--param", "-p", help="name=value, bound by the engine (repeatable)."),
    store: Path = typer.Option(Path("exports/store"), "--store", help="The pyoxigraph store `build` wrote."),
    fmt: str = typer.Option("table", "--format", "-f", help="table, csv, tsv, json or xml."),
) -> None:
    """Run a SPARQL query against the embedded store.

    Example: undersigned sparql co_signers --param org=org-6d82e7c5a376
    """
    from .sparql import load_query, open_store, parse_params, render, run_query

    try:
        text = load_query(query)
        result = run_query(open_store(store), text, parse_params(param))
        typer.echo(render(result, fmt), nl=False)
    except GraphError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(code=EXIT_FAILURE) from exc


@app.command("validate")
def validate_cli(
    path: Path = typer.Argument(Path("exports/graph.ttl"), help="An RDF export (.ttl, .nt, .jsonld)."),
) -> None:
    """Check an RDF export against the SHACL shapes in ontology/shapes.ttl (exit 1 if it does not conform).

    Example: undersigned validate exports/graph.ttl
    """
    from .validate import validate

    try:
        report = validate(path)
    except GraphError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(code=EXIT_FAILURE) from exc
    typer.echo(f"{path}: conforms" if report.conforms else report.text)
    if not report.conforms:
        raise typer.Exit(code=EXIT_FAILURE)


@app.command("serve")
def serve_cli(
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on."),
    port: int = typer.Option(8000, "--port", help="Port to listen on."),
    store: Path = typer.Option(Path("exports/store"), "--store", help="The pyoxigraph store `build` wrote."),
) -> None:
    """Serve the store as a read-only SPARQL 1.1 endpoint at http://HOST:PORT/sparql.

    Example: undersigned serve --port 8000
    """
    from .serve import make_server

    try:
        server = make_server(store, host, port)
    except (GraphError, OSError) as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(code=EXIT_FAILURE) from exc
    typer.echo(f"SPARQL endpoint: http://{host}:{server.server_address[1]}/sparql (read-only; Ctrl-C stops)")
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


@app.command("push")
def push_cli(
    endpoint: str = typer.Option(..., "--endpoint", help="The store's Graph Store Protocol URL (Oxigraph: http://host:7878/store)."),
    graph: str = typer.Option(None, "--graph", help="Named graph IRI to replace (default: the default graph)."),
    file: Path = typer.Option(Path("exports/graph.nt"), "--file", help="The N-Triples export to upload."),
) -> None:
    """Upload the graph to an external triple store (SPARQL 1.1 Graph Store HTTP Protocol, PUT).

    Example: undersigned push --endpoint http://127.0.0.1:7878/store --graph https://example.org/statements
    """
    from .push import push

    try:
        status = push(file, endpoint, graph)
    except GraphError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(code=EXIT_FAILURE) from exc
    typer.echo(f"pushed {file} to {endpoint} ({status})")


def _load_graph(path: Path) -> object:
    from .pipeline import load

    if not path.is_file():
        typer.echo(f"error: {path}: no graph here; run `undersigned build` first (or give --graph)", err=True)
        raise typer.Exit(code=EXIT_FAILURE)
    return load(path)


def _print_markdown(text: str, fmt: str) -> None:
    if fmt == "text":
        from rich.console import Console
        from rich.markdown import Markdown

        Console().print(Markdown(text))
    else:
        typer.echo(text, nl=False)


@app.command("clusters")
def clusters_cli(
    graph: Path = typer.Option(Path("exports/graph.json"), "--graph", help="The graph `build` wrote."),
    roles: str = typer.Option(",".join(("issuer", "signatory", "endorser", "distributor", "adapted_from")), "--roles",
                              help="Comma-separated roles that count as co-signing."),
    min_weight: float = typer.Option(1, "--min-weight", help="Ignore ties weaker than this."),
    min_size: int = typer.Option(2, "--min-size", help="Smaller communities are summarised as singletons."),
    resolution: float = typer.Option(1.0, "--resolution", help="Leiden resolution (higher: more, smaller blocs)."),
    since: str = typer.Option(None, "--since", help="Only documents dated on or after (ISO date or year)."),
    until: str = typer.Option(None, "--until", help="Only documents dated on or before (ISO date or year)."),
    jaccard: bool = typer.Option(False, "--jaccard", help="Weight ties by Jaccard similarity instead of shared documents."),
    by_year: bool = typer.Option(False, "--by-year", help="Per year of the documents' dates: who is in which bloc."),
    fmt: str = typer.Option("text", "--format", "-f", help="text, markdown, json or csv."),
) -> None:
    """Co-signatory blocs (Leiden communities), what binds each, and the organisations bridging them.

    Example: undersigned clusters --roles signatory,endorser --format markdown
    """
    from .reports import cluster_report, render_csv, render_json, render_markdown, render_years, years_view

    G = _load_graph(graph)
    if by_year:
        view = years_view(G, [r.strip() for r in roles.split(",") if r.strip()], min_size)  # type: ignore[arg-type]
        typer.echo(json.dumps(view, ensure_ascii=False, indent=1)) if fmt == "json" else _print_markdown(render_years(view), fmt)
        return
    report = cluster_report(G, [r.strip() for r in roles.split(",") if r.strip()], min_weight, min_size, resolution,  # type: ignore[arg-type]
                            since, until, jaccard)
    if fmt == "json":
        typer.echo(render_json(report), nl=False)
    elif fmt == "csv":
        typer.echo(render_csv(report), nl=False)
    else:
        _print_markdown(render_markdown(report), fmt)


@app.command("org")
def org_cli(
    name: str = typer.Argument(..., help="A name, an alias or an acronym (fuzzy)."),
    graph: Path = typer.Option(Path("exports/graph.json"), "--graph", help="The graph `build` wrote."),
    fmt: str = typer.Option("text", "--format", "-f", help="text, markdown or json."),
) -> None:
    """Everything about one organisation: aliases, country, documents by role, co-signers, cluster, evidence.

    Example: undersigned org "New Communist Party"
    """
    import dataclasses
    import json as _json

    from .queries import find
    from .reports import cluster_report, org_profile, render_profile

    G = _load_graph(graph)
    found = find(G, name)  # type: ignore[arg-type]
    if not found:
        typer.echo(f"no organisation or person looks like {name!r}", err=True)
        raise typer.Exit(code=EXIT_FAILURE)
    best = found[0]
    exact = best[2] >= 100 and (len(found) == 1 or found[1][2] < 100)
    if not exact and (best[2] < 90 or (len(found) > 1 and found[1][2] >= best[2] - 5)):
        typer.echo(f"{name!r} is ambiguous; candidates:")
        for node, label, score in found:
            typer.echo(f"  {label}  ({node}, {score:.0f})")
        raise typer.Exit(code=EXIT_OK)
    profile = org_profile(G, best[0], cluster_report(G))  # type: ignore[arg-type]
    if fmt == "json":
        typer.echo(_json.dumps(dataclasses.asdict(profile), ensure_ascii=False, indent=1))
    else:
        _print_markdown(render_profile(profile), fmt)


@app.command("stats")
def stats_cli(
    out: Path = typer.Option(Path("exports"), "--out", help="The directory `build` wrote."),
    since: str = typer.Option(None, "--since", help="Only documents dated on or after."),
    until: str = typer.Option(None, "--until", help="Only documents dated on or before."),
    fmt: str = typer.Option("text", "--format", "-f", help="text, markdown or json."),
) -> None:
    """Counts by kind, documents per year, top signatories, merges, and per document what was parsed or skipped.

    Example: undersigned stats --since 2022
    """
    import json as _json

    from .reports import render_stats, stats

    G = _load_graph(out / "graph.json")
    summary = _json.loads((out / "summary.json").read_text(encoding="utf-8")) if (out / "summary.json").is_file() else None
    resolution = _json.loads((out / "resolution.json").read_text(encoding="utf-8")) if (out / "resolution.json").is_file() else None
    data = stats(G, summary, resolution, since, until)  # type: ignore[arg-type]
    if fmt == "json":
        typer.echo(_json.dumps(data, ensure_ascii=False, indent=1))
    else:
        _print_markdown(render_stats(data), fmt)


@app.command("view")
def view_cli(
    out: Path = typer.Option(Path("exports/graph.html"), "--out", "-o", help="The HTML file to write."),
    graph: Path = typer.Option(Path("exports/graph.json"), "--graph", help="The graph `build` wrote."),
    cluster: int = typer.Option(None, "--cluster", help="Only cluster N (numbered as in `undersigned clusters`)."),
    org: str = typer.Option(None, "--org", help="Only the neighbourhood of this organisation or person."),
    depth: int = typer.Option(2, "--depth", help="With --org: how many steps out."),
    max_nodes: int = typer.Option(1500, "--max-nodes", help="Above this, show the largest clusters and say so."),
) -> None:
    """Write an interactive, self-contained HTML view of the graph (works offline).

    Example: undersigned view --org "New Communist Party" --depth 2 --out ncp.html
    """
    from .html import write_html

    G = _load_graph(graph)
    path = write_html(G, out, cluster=cluster, org=org, depth=depth, max_nodes=max_nodes)  # type: ignore[arg-type]
    typer.echo(f"wrote {path}")


@app.command("stances")
def stances_cli(
    graph: Path = typer.Option(Path("exports/graph.json"), "--graph", help="The graph `build` wrote."),
    fmt: str = typer.Option("text", "--format", "-f", help="text or markdown."),
) -> None:
    """Stances (slogans and demands, in the documents' words), who stands behind them, agreements and conflicts.

    Example: undersigned stances --format markdown
    """
    from .reports import render_stances

    _print_markdown(render_stances(_load_graph(graph)), fmt)  # type: ignore[arg-type]


def _plural(word: str, n: int) -> str:
    if n == 1:
        return word
    return word[:-1] + "ies" if word.endswith("y") else word + "s"


class _progress:
    """A progress bar on stderr for long runs (over 50 documents); silent otherwise."""

    def __enter__(self) -> _progress:
        self._bar: object | None = None
        return self

    def __call__(self, done: int, total: int, current: str) -> None:
        if total <= 50:
            return
        if self._bar is None:
            from rich.progress import Progress

            self._bar = Progress(transient=True)
            self._bar.start()
            self._task = self._bar.add_task("extracting", total=total)
        self._bar.update(self._task, completed=done + 1)  # type: ignore[attr-defined]

    def __exit__(self, *exc: object) -> None:
        if self._bar is not None:
            self._bar.stop()  # type: ignore[attr-defined]


def run() -> None:
    """Console entry point: usage errors exit 64 so that 2 always means "something skipped"."""
    try:
        code = app(standalone_mode=False, prog_name="undersigned")
        sys.exit(code if isinstance(code, int) else EXIT_OK)
    except typer.Exit as exc:
        sys.exit(exc.exit_code)
    except typer.Abort:
        typer.echo("aborted", err=True)
        sys.exit(130)
    except TyperException as exc:  # click's errors, vendored by typer: usage errors and the like
        show = getattr(exc, "show", None)
        if callable(show):
            show()
        if type(exc).__name__ == "NoArgsIsHelpError":
            sys.exit(EXIT_OK)
        sys.exit(EXIT_USAGE if getattr(exc, "exit_code", 1) == 2 else EXIT_FAILURE)
    except BrokenPipeError:
        sys.exit(EXIT_OK)
    except KeyboardInterrupt:
        sys.exit(130)
    except Exception as exc:  # the CLI never prints a traceback; say what failed instead
        typer.echo(f"internal error: {type(exc).__name__}: {exc}", err=True)
        sys.exit(EXIT_FAILURE)
