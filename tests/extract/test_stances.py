"""Stances, one table row per cue family and language; evidence spans; the graph, RDF and reports."""

from __future__ import annotations

import pytest

from graph.documents import decode_document
from graph.extract import extract

CASES = [
    ("• Victory to the Donetsk People's Republic and its allies!", "support", "Victory to", "slogan"),
    ("No to Dictatorships!", "oppose", "No to Dictatorships", "slogan"),
    ("DEFEND AN INDEPENDENT UKRAINE", "support", "DEFEND", "slogan"),
    ("U.S./NATO: Hands off Russia! Get out of Ukraine!", "oppose", "Hands off", "verdict"),
    ("Hands off Venezuela!", "support", "Hands off", "verdict"),
    ("Contra a Reforma da Previdência", "oppose", "Contra", "slogan"),
    ("Em defesa da Soberania Nacional", "support", "Em defesa", "slogan"),
    ("Solidarité avec les grévistes !", "support", "Solidarité", "slogan"),
    ("Nous appelons à soutenir activement le Nouveau Front Populaire.", "support", "Nous appelons", "demand"),
    ("Wir fordern die Förderung von Dezentralisierung und offenen Standards.", "support", "Wir fordern", "demand"),
    ("This paragraph must be removed for the institution to function.", "oppose", "must be removed", "verdict"),
    ("The ICOR opposes any nationalist suppression of Russian culture.", "oppose", "opposes", "demand"),
]


@pytest.mark.parametrize(("sentence", "polarity", "cue", "rule"), CASES, ids=[c[0][:25] for c in CASES])
def test_cue_families(sentence: str, polarity: str, cue: str, rule: str) -> None:
    text = f"A statement\n\nSome introduction that says nothing in particular about anything.\n\n{sentence}\n"
    stances = extract(decode_document("s.txt", text.encode())).stances
    assert len(stances) == 1, stances
    (stance,) = stances
    assert stance.polarity == polarity and stance.rule == f"stances.{rule}"
    assert cue in stance.evidence and text[stance.span.start : stance.span.end] == stance.evidence
    assert stance.target


def test_demand_lists_and_clauses() -> None:
    text = ("Letter\n\nThe congress urges you to act by calling on the leaders to immediately:\n\n"
            "1. impose sanctions against the aggressor;\n2. deny the aggressor a seat at the summit; and\n"
            "3. invite the victim to attend.\n\nWe call on members to act: to agree to the waiver; to halt the sham "
            "process; to restore participation.\n")
    stances = extract(decode_document("d.txt", text.encode())).stances
    assert [(s.polarity, s.rule) for s in stances] == [
        ("support", "stances.demand_list"), ("oppose", "stances.demand_list"), ("support", "stances.demand_list"),
        ("support", "stances.demand_list"), ("oppose", "stances.demand_list"), ("support", "stances.demand_list")]
    for s in stances:
        assert text[s.span.start : s.span.end] == s.evidence


def test_no_stance_is_read_from_signatory_lists_or_plain_prose() -> None:
    text = ("Title\n\nThe weather was mild and nobody demanded anything of anyone all week.\n\n"
            "Signatories:\n1. Stop the War Coalition\n2. Defend Democracy\n")
    assert extract(decode_document("n.txt", text.encode())).stances == ()


def test_stances_in_the_graph_rdf_and_reports() -> None:
    import rdflib

    from graph import build
    from graph.queries import stance_networks, stances_of
    from graph.rdf import sorted_triples
    from graph.reports import cluster_report, render_stances

    import tempfile
    from pathlib import Path

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        (folder / "a.txt").write_text("Call A\n\nNo to the War!\n\nSignatories:\n1. Alpha Party\n2. Beta Network\n")
        (folder / "b.txt").write_text("Call B\n\nVictory to the War!\n\nSignatories:\n1. Gamma Union\n2. Delta Front\n")
        G = build([folder], None).graph
    stance_nodes = {n: d for n, d in G.nodes(data=True) if d["kind"] == "stance"}
    assert {d["label"] for d in stance_nodes.values()} == {"oppose: War", "support: War"}
    alpha = next(n for n, d in G.nodes(data=True) if d.get("label") == "Alpha Party")
    assert [row[1] for row in stances_of(G, alpha)] == ["oppose: War"]
    agreement, conflict = stance_networks(G)
    assert conflict.number_of_edges() == 4 and agreement.number_of_edges() == 2
    report = cluster_report(G)
    assert all(c.stances for c in report.clusters)
    assert "Conflicts" in render_stances(G) and "Alpha Party vs" in render_stances(G) or "vs Alpha Party" in render_stances(G)
    graph = rdflib.Graph()
    for t in sorted_triples(G):
        graph.parse(data=f"{t} .", format="nt")
    assert len(list(graph.query("PREFIX us: <https://w3id.org/undersigned/ontology#> SELECT ?d ?s WHERE { ?d us:stance ?s }"))) == 2
