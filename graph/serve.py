"""Stage 5c: a read-only SPARQL 1.1 Protocol endpoint over HTTP, on the embedded store.

GET ``/sparql?query=…`` or POST (form-encoded ``query=…`` or ``application/sparql-query``).
Results by the Accept header: SPARQL JSON (default), XML, CSV or TSV; graphs as Turtle,
N-Triples or JSON-LD. A malformed query answers 400 with the parser's message; updates are
refused (403): the endpoint never changes the store.
"""

from __future__ import annotations

import io
import logging
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import pyoxigraph as ox

from .rdf import PREFIXES
from .sparql import open_store

log = logging.getLogger(__name__)

RESULT_TYPES = {
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "application/xml": ox.QueryResultsFormat.XML,
    "text/csv": ox.QueryResultsFormat.CSV,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
}
GRAPH_TYPES = {
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "application/ld+json": ox.RdfFormat.JSON_LD,
}
MAX_BODY = 1_000_000


def negotiate(accept: str, options: dict[str, object], default: str) -> str:
    """The first media type in the Accept header (by q-value) that ``options`` offers."""
    ranked = []
    for index, part in enumerate(accept.split(",")):
        fields = [f.strip() for f in part.split(";")]
        quality = 1.0
        for field in fields[1:]:
            if field.startswith("q="):
                try:
                    quality = float(field[2:])
                except ValueError:
                    quality = 0.0
        ranked.append((-quality, index, fields[0].lower()))
    for _, _, media in sorted(ranked):
        if media in options:
            return media
        if media in ("*/*", "application/*", "text/*"):
            return default
    return default


class _Handler(BaseHTTPRequestHandler):
    server_version = "undersigned-sparql/0.1"
    store: ox.Store

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - the base class's name
        log.info("%s %s", self.address_string(), format % args)

    def do_GET(self) -> None:  # noqa: N802
        url = urlparse(self.path)
        if url.path not in ("/sparql", "/query"):
            self._send(HTTPStatus.OK if url.path == "/" else HTTPStatus.NOT_FOUND, "text/plain",
                       b"undersigned SPARQL endpoint: GET or POST /sparql?query=...\n")
            return
        params = parse_qs(url.query)
        if "update" in params:
            self._refuse_update()
            return
        self._answer(params.get("query", [""])[0])

    def do_POST(self) -> None:  # noqa: N802
        length = int(self.headers.get("Content-Length") or 0)
        if length > MAX_BODY:
            self._send(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, "text/plain", b"request body too large\n")
            return
        body = self.rfile.read(length).decode("utf-8", "replace")
        content_type = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        if content_type == "application/sparql-update":
            self._refuse_update()
            return
        if content_type == "application/sparql-query":
            self._answer(body)
            return
        params = parse_qs(body)
        if "update" in params:
            self._refuse_update()
            return
        self._answer(params.get("query", [""])[0])

    def _refuse_update(self) -> None:
        self._send(HTTPStatus.FORBIDDEN, "text/plain", b"updates are refused: this endpoint is read-only\n")

    def _answer(self, query: str) -> None:
        if not query.strip():
            self._send(HTTPStatus.BAD_REQUEST, "text/plain", b"missing 'query' parameter\n")
            return
        try:
            result = self.store.query(query, prefixes=PREFIXES)
        except SyntaxError as exc:
            self._send(HTTPStatus.BAD_REQUEST, "text/plain", f"query syntax error: {exc}\n".encode())
            return
        except (RuntimeError, ValueError, OSError) as exc:
            self._send(HTTPStatus.BAD_REQUEST, "text/plain", f"query failed: {exc}\n".encode())
            return
        accept = self.headers.get("Accept") or "*/*"
        buffer = io.BytesIO()
        if isinstance(result, ox.QueryTriples):
            media = negotiate(accept, dict(GRAPH_TYPES), "text/turtle")
            ox.serialize(result, buffer, GRAPH_TYPES[media], prefixes=None if media != "text/turtle" else PREFIXES)
        else:
            media = negotiate(accept, dict(RESULT_TYPES), "application/sparql-results+json")
            result.serialize(buffer, RESULT_TYPES[media])
        self._send(HTTPStatus.OK, media, buffer.getvalue())

    def _send(self, status: HTTPStatus, media: str, body: bytes) -> None:
        self.send_response(status)
        charset = "; charset=utf-8" if media.startswith(("text/", "application/sparql-results+json", "application/json")) else ""
        self.send_header("Content-Type", media + charset)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("X-Content-Type-Options", "nosniff")
        self.end_headers()
        self.wfile.write(body)


def make_server(store_path: Path, host: str = "127.0.0.1", port: int = 8000) -> ThreadingHTTPServer:
    """A server bound to (host, port) over the store, not yet serving (call serve_forever)."""
    store = open_store(store_path)
    handler = type("Handler", (_Handler,), {"store": store})
    return ThreadingHTTPServer((host, port), handler)
