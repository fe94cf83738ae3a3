"""The HTTP parts against real peers on loopback: SPARQLWrapper against `serve`, and `push`
into a real Oxigraph server (the `oxigraph` package's binary) started by the test."""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest
from SPARQLWrapper import CSV, JSON, TSV, XML, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import QueryBadFormed

from graph.push import PushError, push
from graph.serve import make_server

from .conftest import ROOT

COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"


@pytest.fixture(scope="module")
def exports(seeds_exports: Path) -> Path:
    return seeds_exports


@pytest.fixture(scope="module")
def endpoint(exports: Path) -> Iterator[str]:
    server = make_server(exports / "store", "127.0.0.1", 0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/sparql"
    server.shutdown()
    server.server_close()


def _triples(exports: Path) -> int:
    return sum(1 for line in (exports / "graph.nt").read_text(encoding="utf-8").splitlines() if line.strip())


def test_sparqlwrapper_json_get_and_post(endpoint: str, exports: Path) -> None:
    for method in ("GET", "POST"):
        client = SPARQLWrapper(endpoint)
        client.setMethod(method)
        client.setQuery(COUNT)
        client.setReturnFormat(JSON)
        result = client.query().convert()
        assert int(result["results"]["bindings"][0]["n"]["value"]) == _triples(exports)  # type: ignore[index]


@pytest.mark.parametrize(("fmt", "marker"), [(XML, "<sparql"), (CSV, "label"), (TSV, "?label")])
def test_result_formats_by_accept_header(endpoint: str, fmt: str, marker: str) -> None:
    client = SPARQLWrapper(endpoint)
    client.setQuery("PREFIX skos: <http://www.w3.org/2004/02/skos/core#> SELECT ?label WHERE { ?o skos:prefLabel ?label } LIMIT 3")
    client.setReturnFormat(fmt)
    body = client.query().convert()
    text = body.toxml() if hasattr(body, "toxml") else body.decode() if isinstance(body, bytes) else str(body)
    assert marker in text


def test_malformed_query_is_a_400_with_the_parser_message(endpoint: str) -> None:
    client = SPARQLWrapper(endpoint)
    client.setQuery("SELECT ?x WHERE { ?x")
    client.setReturnFormat(JSON)
    with pytest.raises(QueryBadFormed):
        client.query()
    with pytest.raises(urllib.error.HTTPError) as info:
        urllib.request.urlopen(f"{endpoint}?query={quote('SELECT ?x WHERE { ?x')}")
    assert info.value.code == 400 and b"syntax" in info.value.read()


def test_updates_are_refused_and_nothing_changes(endpoint: str, exports: Path) -> None:
    for data, content_type in ((b"update=" + quote("DELETE WHERE { ?s ?p ?o }").encode(), "application/x-www-form-urlencoded"),
                               (b"DELETE WHERE { ?s ?p ?o }", "application/sparql-update")):
        request = urllib.request.Request(endpoint, data=data, method="POST", headers={"Content-Type": content_type})
        with pytest.raises(urllib.error.HTTPError) as info:
            urllib.request.urlopen(request)
        assert info.value.code == 403
    client = SPARQLWrapper(endpoint)
    client.setQuery(COUNT)
    client.setReturnFormat(JSON)
    assert int(client.query().convert()["results"]["bindings"][0]["n"]["value"]) == _triples(exports)  # type: ignore[index]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def oxigraph_server(tmp_path: Path) -> Iterator[str]:
    binary = shutil.which("oxigraph", path=str(Path(sys.executable).parent)) or shutil.which("oxigraph")
    if binary is None:
        pytest.fail("the oxigraph server binary is missing: install the test extras (pip install -e '.[test]')")
    port = _free_port()
    process = subprocess.Popen([binary, "serve", "--location", str(tmp_path / "oxigraph"), "--bind", f"127.0.0.1:{port}"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                break
        except OSError:
            time.sleep(0.2)
    else:
        process.kill()
        pytest.fail("oxigraph server did not start")
    yield f"http://127.0.0.1:{port}"
    process.terminate()
    process.wait(timeout=10)


def test_push_to_a_real_oxigraph_server_then_query_back(exports: Path, oxigraph_server: str) -> None:
    graph = "https://example.org/undersigned/seeds"
    status = push(exports / "graph.nt", f"{oxigraph_server}/store", graph)
    assert status in (200, 201, 204)
    client = SPARQLWrapper(f"{oxigraph_server}/query")
    client.setQuery(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}")
    client.setReturnFormat(JSON)
    assert int(client.query().convert()["results"]["bindings"][0]["n"]["value"]) == _triples(exports)  # type: ignore[index]
    push(exports / "graph.nt", f"{oxigraph_server}/store", graph)  # PUT replaces: pushing twice does not double
    assert int(client.query().convert()["results"]["bindings"][0]["n"]["value"]) == _triples(exports)  # type: ignore[index]


def test_push_errors_are_clear(exports: Path) -> None:
    with pytest.raises(PushError, match="not an http"):
        push(exports / "graph.nt", "ftp://example.org/store")
    with pytest.raises(PushError, match="cannot reach"):
        push(exports / "graph.nt", f"http://127.0.0.1:{_free_port()}/store", timeout=5)


def test_serve_command_starts_and_answers(exports: Path) -> None:
    port = _free_port()
    process = subprocess.Popen([sys.executable, "-m", "graph", "serve", "--port", str(port), "--store", str(exports / "store")],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT)
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/sparql?query={quote(COUNT)}", timeout=2) as response:
                    body = json.loads(response.read())
                    break
            except OSError:
                time.sleep(0.3)
        else:
            pytest.fail("serve did not answer")
        assert int(body["results"]["bindings"][0]["n"]["value"]) == _triples(exports)
    finally:
        process.terminate()
        process.wait(timeout=10)
