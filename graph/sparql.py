"""Stage 5b: SPARQL over the embedded pyoxigraph store.

Named queries live in ``ontology/queries/NAME.rq``. Parameters are bound by the engine
(pyoxigraph's ``substitutions``), never formatted into the query text, so a value such as
``") || true || ("`` is only ever a literal.
"""

from __future__ import annotations

import io
import re
from pathlib import Path

import pyoxigraph as ox

from .errors import GraphError
from .rdf import PREFIXES, XSD, node_iri
from .resources import ontology_dir

FORMATS = ("table", "csv", "tsv", "json", "xml")
Bindings = dict[ox.Variable, ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple]
_NODE_ID = re.compile(r"^(?:org|person|doc|country|attribution|evidence)-[\w-]+$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class QueryError(GraphError):
    """A query cannot be run: unknown name, a syntax error, a bad parameter, no store."""


def query_names() -> list[str]:
    """The named queries shipped in ``ontology/queries``."""
    return sorted(path.stem for path in (ontology_dir() / "queries").glob("*.rq"))


def load_query(text_or_name: str) -> str:
    """A named query, a query file, or the query text itself."""
    named = ontology_dir() / "queries" / f"{text_or_name}.rq"
    if named.is_file():
        return named.read_text(encoding="utf-8")
    path = Path(text_or_name)
    if len(text_or_name) < 4096 and "\n" not in text_or_name and path.suffix in {".rq", ".sparql"}:
        if not path.is_file():
            raise QueryError(f"{path}: no such query file; named queries are {', '.join(query_names())}")
        return path.read_text(encoding="utf-8")
    if not re.search(r"\b(select|construct|ask|describe)\b", text_or_name, re.IGNORECASE):
        raise QueryError(f"{text_or_name!r} is neither a query nor a query name; named queries are {', '.join(query_names())}")
    return text_or_name


def term_of(value: str) -> ox.NamedNode | ox.Literal:
    """A parameter value as an RDF term: <iri>, a node ID (org-…, doc-…), an ISO date, an
    integer, else a plain string."""
    if value.startswith("<") and value.endswith(">"):
        try:
            return ox.NamedNode(value[1:-1])
        except ValueError as exc:
            raise QueryError(f"not an IRI: {value}") from exc
    if _NODE_ID.match(value):
        return node_iri(value)
    if _DATE.match(value):
        return ox.Literal(value, datatype=ox.NamedNode(XSD + "date"))
    if re.fullmatch(r"-?\d+", value):
        return ox.Literal(value, datatype=ox.NamedNode(XSD + "integer"))
    return ox.Literal(value)


def parse_params(pairs: list[str]) -> Bindings:
    bindings: Bindings = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not re.fullmatch(r"\w+", name):
            raise QueryError(f"--param {pair!r}: write it as name=value")
        bindings[ox.Variable(name)] = term_of(value)
    return bindings


def open_store(path: Path) -> ox.Store:
    if not path.is_dir():
        raise QueryError(f"{path}: no store here; run `undersigned build` first (or give --store)")
    try:
        return ox.Store.read_only(str(path))
    except OSError as exc:
        raise QueryError(f"{path}: cannot open the store ({exc})") from exc


def run_query(store: ox.Store, query: str, params: Bindings | None = None) -> object:
    """Run a read-only query with its parameters bound by the engine."""
    try:
        return store.query(query, prefixes=PREFIXES, substitutions=params or None)
    except SyntaxError as exc:
        raise QueryError(f"query syntax error: {exc}") from exc
    except (RuntimeError, ValueError, OSError) as exc:
        raise QueryError(f"query failed: {exc}") from exc


def render(result: object, fmt: str = "table") -> str:
    """Results as a text table or in a SPARQL results format (CSV, TSV, JSON, XML); graphs as Turtle."""
    if isinstance(result, ox.QueryBoolean):
        return "true" if bool(result) else "false"
    if isinstance(result, ox.QueryTriples):
        buffer = io.BytesIO()
        ox.serialize(result, buffer, ox.RdfFormat.TURTLE, prefixes=PREFIXES)
        return buffer.getvalue().decode("utf-8")
    assert isinstance(result, ox.QuerySolutions)
    if fmt == "table":
        return _table(result)
    formats = {"csv": ox.QueryResultsFormat.CSV, "tsv": ox.QueryResultsFormat.TSV,
               "json": ox.QueryResultsFormat.JSON, "xml": ox.QueryResultsFormat.XML}
    if fmt not in formats:
        raise QueryError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
    buffer = io.BytesIO()
    result.serialize(buffer, formats[fmt])
    return buffer.getvalue().decode("utf-8")


def _table(result: ox.QuerySolutions) -> str:
    from rich.console import Console
    from rich.table import Table

    names = [v.value for v in result.variables]
    table = Table()
    for name in names:
        table.add_column(name)
    for solution in result:
        table.add_row(*[_short(solution[name]) for name in names])
    console = Console(record=True, width=160, file=io.StringIO())
    console.print(table)
    return console.export_text()


def _short(term: object) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        for prefix, iri in PREFIXES.items():
            if term.value.startswith(iri):
                return f"{prefix}:{term.value[len(iri):]}"
        return f"<{term.value}>"
    if isinstance(term, ox.Literal):
        return term.value
    return str(term)
