"""Stage 5d: upload the graph to an external triple store with the SPARQL 1.1 Graph Store HTTP
Protocol (Oxigraph server, Apache Jena Fuseki, GraphDB, Virtuoso): an HTTP PUT of N-Triples
that replaces the target graph (the default graph, or a named one)."""

from __future__ import annotations

import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import quote, urlsplit

from .errors import GraphError


class PushError(GraphError):
    """The remote store did not accept the upload."""


def graph_url(endpoint: str, graph: str | None) -> str:
    """The Graph Store Protocol URL: ``ENDPOINT?graph=IRI`` or ``ENDPOINT?default``."""
    parts = urlsplit(endpoint)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise PushError(f"{endpoint!r} is not an http(s) URL")
    separator = "&" if parts.query else "?"
    return f"{endpoint}{separator}graph={quote(graph, safe='')}" if graph else f"{endpoint}{separator}default"


def push(ntriples: Path, endpoint: str, graph: str | None = None, timeout: float = 300.0) -> int:
    """PUT the N-Triples file to the store; returns the HTTP status."""
    if not ntriples.is_file():
        raise PushError(f"{ntriples}: no such file; run `undersigned build` first")
    data = ntriples.read_bytes()
    request = urllib.request.Request(graph_url(endpoint, graph), data=data, method="PUT",
                                     headers={"Content-Type": "application/n-triples"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310 - the user's endpoint
            return int(response.status)
    except urllib.error.HTTPError as exc:
        detail = exc.read().decode("utf-8", "replace")[:500]
        raise PushError(f"{endpoint}: the store answered {exc.code} {exc.reason}: {detail}") from exc
    except (urllib.error.URLError, OSError) as exc:
        raise PushError(f"{endpoint}: cannot reach the store ({exc})") from exc
