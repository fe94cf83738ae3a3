"""RDF export: isomorphic across syntaxes, evidence in RDF, ontology complete, SHACL, odd names."""

from __future__ import annotations

import re
from pathlib import Path

import networkx as nx
import pytest
import rdflib
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib.compare import isomorphic
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from graph.model import ROLES
from graph.rdf import DATA, US, clean_text, write_rdf
from graph.validate import validate

from .conftest import ROOT

ONTOLOGY = ROOT / "ontology" / "undersigned.ttl"


@pytest.fixture(scope="module")
def exported(seeds_exports: Path) -> Path:
    return seeds_exports


def test_turtle_ntriples_and_jsonld_say_the_same(exported: Path) -> None:
    turtle = rdflib.Graph().parse(exported / "graph.ttl", format="turtle")
    ntriples = rdflib.Graph().parse(exported / "graph.nt", format="nt")
    jsonld = rdflib.Graph().parse(exported / "graph.jsonld", format="json-ld")
    assert len(turtle) > 500
    assert isomorphic(turtle, ntriples) and isomorphic(turtle, jsonld)


def test_every_endorsement_carries_its_evidence(exported: Path) -> None:
    g = rdflib.Graph().parse(exported / "graph.ttl", format="turtle")
    rows = list(g.query("""
        PREFIX prov: <http://www.w3.org/ns/prov#> PREFIX us: <https://w3id.org/undersigned/ontology#>
        PREFIX oa: <http://www.w3.org/ns/oa#> PREFIX dcterms: <http://purl.org/dc/terms/>
        SELECT ?source ?start ?end ?quote ?rule WHERE {
          ?doc prov:qualifiedAttribution ?a ; dcterms:source ?source .
          ?a prov:agent ?agent ; prov:hadRole ?role ; us:rule ?rule ; us:evidence ?e .
          ?e oa:hasSource ?doc ; oa:hasSelector ?p , ?q .
          ?p oa:start ?start ; oa:end ?end . ?q oa:exact ?quote . }"""))
    assert len(rows) == 38
    for source, start, end, quote, rule in rows:
        text = (ROOT / str(source)).read_text(encoding="utf-8")
        assert text[int(start) : int(end)] == str(quote) and str(rule)


def test_ontology_defines_and_labels_every_term_used() -> None:
    ontology = rdflib.Graph().parse(ONTOLOGY, format="turtle")
    defined = {str(s)[len(US):] for s in ontology.subjects() if str(s).startswith(US)}
    used: set[str] = set()
    for path in [*(ROOT / "graph").rglob("*.py"), *(ROOT / "ontology" / "queries").glob("*.rq")]:
        text = path.read_text(encoding="utf-8")
        used |= set(re.findall(r"\bus:([A-Za-z_]+)", text))
        used |= set(re.findall(r'US \+ "([A-Za-z_]+)"', text))
    assert used and used <= defined, sorted(used - defined)
    for term in ontology.subjects(RDF.type, None):
        if str(term).startswith(US) and (term, RDF.type, SKOS.ConceptScheme) not in ontology:
            assert (term, RDFS.label, None) in ontology, term
            assert (term, RDFS.comment, None) in ontology, term
    roles = {str(r)[len(US):] for r in ontology.subjects(SKOS.inScheme, rdflib.URIRef(US + "Roles"))}
    assert roles == set(ROLES)
    assert any(ontology.subjects(RDF.type, OWL.Ontology))


def test_seeds_export_conforms_and_a_broken_one_does_not(exported: Path, tmp_path: Path) -> None:
    assert validate(exported / "graph.ttl").conforms
    broken = tmp_path / "broken.ttl"
    text = (exported / "graph.ttl").read_text(encoding="utf-8")
    broken.write_text(re.sub(r"prov:agent id:[\w-]+ ;", "", text, count=1), encoding="utf-8")
    report = validate(broken)
    assert not report.conforms and "prov:agent" in report.text


ODD = st.text(alphabet=st.characters(min_codepoint=0, max_codepoint=0x10FFFF, exclude_categories=()), min_size=1, max_size=40)


@settings(max_examples=500, deadline=None)
@given(ODD, ODD)
def test_any_name_round_trips_through_turtle_and_ntriples(name: str, alias: str) -> None:
    """Quotes, newlines, control characters, lone surrogates: valid RDF whatever the name; the
    literal comes back as written, or cleaned (surrogates -> U+FFFD, controls dropped)."""
    G: nx.MultiDiGraph[str] = nx.MultiDiGraph()
    G.add_node("org-0000000000aa", kind="organisation", label=name, aliases=[alias], documents=1)
    G.add_node("org-0000000000bb", kind="organisation", label=name + "x", aliases=[], documents=1)
    import tempfile

    with tempfile.TemporaryDirectory() as out:
        write_rdf(G, Path(out))
        for fmt, file in (("turtle", "graph.ttl"), ("nt", "graph.nt")):
            g = rdflib.Graph().parse(Path(out) / file, format=fmt)
            labels = {str(o) for o in g.objects(rdflib.URIRef(DATA + "org-0000000000aa"), SKOS.prefLabel)}
            assert labels == {clean_text(name)}
            assert len(set(g.subjects(SKOS.prefLabel, None))) == 2


@settings(max_examples=2000, deadline=None)
@given(ODD)
def test_clean_text_fast_path_changes_nothing(value: str) -> None:
    """A printable string is returned as it is; that must be what the full cleaning gives."""
    from graph.rdf import _CONTROL, _SURROGATE

    assert clean_text(value) == _CONTROL.sub("", _SURROGATE.sub("\ufffd", value))


def test_an_organisation_whose_documents_state_two_countries_has_one_in_rdf(tmp_path: Path) -> None:
    from graph import build

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Call A\n\nSignatories:\n1. Ukrainian Congress Committee (Canada)\n2. Beta Network (Canada)\n")
    (corpus / "b.txt").write_text("Call B\n\nWe thank the Ukrainian Congress Committee for its work over many years in the diaspora.\n\n"
                                  "Signatories:\n1. Gamma Union (Ukraine)\n2. Delta Front (Ukraine)\n")
    G = build([corpus], tmp_path / "out").graph
    congress = next(n for n, d in G.nodes(data=True) if d.get("label") == "Ukrainian Congress Committee")
    # the signatory entry says Canada, the name read in another document says Ukraine: both are in the graph
    assert {G.nodes[t]["code"] for _, t, d in G.out_edges(congress, data=True) if d["kind"] == "country"} == {"CA", "UA"}
    graph = rdflib.Graph().parse(tmp_path / "out" / "graph.ttl")
    countries = list(graph.objects(rdflib.URIRef(f"{DATA}{congress}"), rdflib.URIRef(f"{US}country")))
    assert countries == [rdflib.URIRef(f"{DATA}country-{G.nodes[congress]['country']}")]
    assert validate(tmp_path / "out" / "graph.ttl").conforms
