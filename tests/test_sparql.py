"""SPARQL on the embedded store: named queries, engine-bound parameters, an injection corpus."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph.sparql import QueryError, load_query, open_store, parse_params, query_names, render, run_query


@pytest.fixture(scope="module")
def store(seeds_exports: Path) -> Path:
    return seeds_exports / "store"


def _rows(store: Path, name: str, *params: str) -> list[dict[str, str]]:
    result = run_query(open_store(store), load_query(name), parse_params(list(params)))
    variables = [v.value for v in result.variables]  # type: ignore[attr-defined]
    return [{v: (s[v].value if s[v] is not None else "") for v in variables} for s in result]  # type: ignore[attr-defined]


def test_named_queries_exist_and_run(store: Path) -> None:
    assert {"co_signers", "top_pairs", "by_country", "documents_between", "stances_of", "evidence"} <= set(query_names())
    assert {r["label"] for r in _rows(store, "by_country", "code=NP")} == {"Nepal Communist Party (Mashal)", "Revolutionary United Front of Nepal"}
    ncp = "org-" + next(line.split('"id": "org-')[1][:12] for line in (store.parent / "entities.jsonl").read_text().splitlines() if '"name": "New Communist Party"' in line)
    others = _rows(store, "co_signers", f"org={ncp}")
    assert len(others) == 11 and all(r["shared"] == "1" for r in others)
    evidence = _rows(store, "evidence", f"org={ncp}")
    assert evidence and evidence[0]["quote"] == "New Communist Party" and evidence[0]["role"].endswith("#endorser")
    dated = _rows(store, "documents_between", "from=2022-01-01", "to=2022-12-31")
    assert {r["date"] for r in dated} == {"2022-02-27", "2022-03-01"}
    assert _rows(store, "top_pairs")[0]["shared"] == "1"


INJECTIONS = ['"', "\\", '") || true || ("', "NP\" } ; DELETE WHERE { ?s ?p ?o } #", "} SERVICE <http://127.0.0.1:9/> { ?s ?p ?o",
              "NP' || '1'='1", "<https://w3id.org/undersigned/id/org-x>"]


@pytest.mark.parametrize("value", INJECTIONS)
def test_parameters_are_only_ever_literals(store: Path, value: str) -> None:
    before = len(list(open_store(store).quads_for_pattern(None, None, None)))
    rows = _rows(store, "by_country", f"code={value}")
    assert rows == []
    assert len(list(open_store(store).quads_for_pattern(None, None, None))) == before


def test_malformed_queries_and_params_are_clear_errors(store: Path) -> None:
    with pytest.raises(QueryError, match="syntax"):
        run_query(open_store(store), "SELECT ?x WHERE { ?x")
    with pytest.raises(QueryError, match="name=value"):
        parse_params(["novalue"])
    with pytest.raises(QueryError, match="neither a query nor a query name"):
        load_query("no_such_query")
    with pytest.raises(QueryError, match="no store"):
        open_store(store.parent / "nowhere")


def test_output_formats(store: Path) -> None:
    result = lambda: run_query(open_store(store), load_query("by_country"), parse_params(["code=NP"]))  # noqa: E731
    assert render(result(), "csv").splitlines()[0] == "code,org,label"
    assert render(result(), "tsv").splitlines()[0] == "?code\t?org\t?label"
    assert '"bindings"' in render(result(), "json")
    assert "Nepal Communist Party (Mashal)" in render(result(), "table")
