"""Stage 5a: the graph as RDF under ``ontology/undersigned.ttl``, written as Turtle, N-Triples
and JSON-LD, and loaded into a persistent pyoxigraph store.

Each party to a document is a PROV qualified attribution: the document
``prov:qualifiedAttribution`` an attribution with ``prov:agent`` and ``prov:hadRole`` (a role
concept), carrying ``us:evidence``: a Web Annotation specific resource with a
``oa:TextPositionSelector`` (start, end) and a ``oa:TextQuoteSelector`` (the exact text).
The unqualified ``prov:wasAttributedTo`` is stated too, for simple queries.

IRIs: ``https://w3id.org/undersigned/id/`` + the node ID of the graph (hash-derived, ASCII,
distinct), so any name, however odd, gives a valid and distinct IRI. Literals are cleaned of
lone surrogates and control characters at this edge (counted in the returned warnings).
"""

from __future__ import annotations

import functools
import hashlib
import itertools
import re
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pyoxigraph as ox

from .exports import atomic_write
from .model import KnowledgeGraph

US = "https://w3id.org/undersigned/ontology#"
DATA = "https://w3id.org/undersigned/id/"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
XSD = "http://www.w3.org/2001/XMLSchema#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
DCTERMS = "http://purl.org/dc/terms/"
ORG = "http://www.w3.org/ns/org#"
FOAF = "http://xmlns.com/foaf/0.1/"
SCHEMA = "https://schema.org/"
PROV = "http://www.w3.org/ns/prov#"
OA = "http://www.w3.org/ns/oa#"
PREFIXES = {"us": US, "id": DATA, "rdf": RDF, "xsd": XSD, "skos": SKOS, "dcterms": DCTERMS, "org": ORG,
            "foaf": FOAF, "schema": SCHEMA, "prov": PROV, "oa": OA}
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")
_CLASS = {"organisation": ORG + "Organization", "person": FOAF + "Person", "document": SCHEMA + "CreativeWork",
          "country": SCHEMA + "Country", "stance": SKOS + "Concept"}


def node_iri(node_id: str) -> ox.NamedNode:
    return ox.NamedNode(DATA + quote(node_id, safe="-_.~"))


def _n(iri: str) -> ox.NamedNode:
    return ox.NamedNode(iri)


#: A vocabulary term (class, property, role): one object per IRI, made once (a 20,000-document
#: graph has about 5 million triples, each with two or three of these).
_v = functools.cache(ox.NamedNode)


def clean_text(value: str) -> str:
    """A string safe in any RDF syntax: lone surrogates -> U+FFFD, control characters dropped."""
    if value.isprintable():
        return value  # no control character and no surrogate (the common case, tested first)
    return _CONTROL.sub("", _SURROGATE.sub("\ufffd", value))


def _lit(value: object, datatype: str | None = None) -> ox.Literal:
    if datatype:
        return ox.Literal(str(value), datatype=_v(datatype))
    if isinstance(value, bool):
        return ox.Literal(str(value).lower(), datatype=_v(XSD + "boolean"))
    if isinstance(value, int):
        return ox.Literal(str(value), datatype=_v(XSD + "integer"))
    return ox.Literal(clean_text(str(value)))


def _date(value: str) -> ox.Literal:
    kind = {10: "date", 7: "gYearMonth", 4: "gYear"}.get(len(value), "string")
    return ox.Literal(value, datatype=_v(XSD + kind))


def triples(G: KnowledgeGraph) -> Iterator[ox.Triple]:
    """Every triple of the graph once, in the graph's order, without holding them all: a node's
    own triples, then each node's outgoing edges, are de-duplicated as one small group (two
    role edges of one agent to one document state ``prov:wasAttributedTo`` once)."""
    for node, data in G.nodes(data=True):
        yield from dict.fromkeys(_node(node, data))
    for _, group in itertools.groupby(G.edges(keys=True, data=True), key=lambda edge: edge[0]):
        yield from dict.fromkeys(t for source, target, key, data in group for t in _edge(G, source, target, str(key), data))


def _node(node: str, data: dict[str, Any]) -> Iterator[ox.Triple]:
    a = _v(RDF + "type")
    subject = node_iri(node)
    kind = data.get("kind", "")
    if kind in _CLASS:
        yield ox.Triple(subject, a, _v(_CLASS[kind]))
    label = str(data.get("label", ""))
    if kind in ("organisation", "country", "stance"):
        yield ox.Triple(subject, _v(SKOS + "prefLabel"), _lit(label))
    if kind == "stance":
        yield ox.Triple(subject, _v(SKOS + "inScheme"), _v(US + "Stances"))
        yield ox.Triple(subject, _v(US + "polarity"), _lit(data.get("polarity", "")))
        yield ox.Triple(subject, _v(US + "target"), _lit(data.get("target", "")))
    elif kind == "person":
        yield ox.Triple(subject, _v(FOAF + "name"), _lit(label))
    for alias in data.get("aliases") or []:
        yield ox.Triple(subject, _v(SKOS + "altLabel"), _lit(alias))
    for identifier in data.get("identifiers") or []:
        yield ox.Triple(subject, _v(US + "identifier"), _lit(identifier))
    for flag in data.get("flags") or []:
        yield ox.Triple(subject, _v(US + "flag"), _lit(flag))
    if kind in ("organisation", "person"):
        yield ox.Triple(subject, _v(US + "documentCount"), _lit(int(data.get("documents", 0))))
    if kind == "document":
        yield from _document(subject, data)
    if kind == "country":
        yield ox.Triple(subject, _v(US + "isoCode"), _lit(data["code"]))


def _document(subject: ox.NamedNode, data: dict[str, object]) -> Iterator[ox.Triple]:
    if data.get("title"):
        yield ox.Triple(subject, _v(DCTERMS + "title"), _lit(data["title"]))
    for value in data.get("dates") or []:  # type: ignore[attr-defined]
        yield ox.Triple(subject, _v(DCTERMS + "date"), _date(str(value)))
    if data.get("language"):
        yield ox.Triple(subject, _v(DCTERMS + "language"), _lit(data["language"], XSD + "language"))
    yield ox.Triple(subject, _v(DCTERMS + "source"), _lit(data.get("source", "")))
    yield ox.Triple(subject, _v(US + "sha256"), _lit(data.get("sha256", "")))


def _edge(G: KnowledgeGraph, source: str, target: str, key: str, data: dict[str, object]) -> Iterator[ox.Triple]:
    kind = data.get("kind")
    if kind == "role":
        yield from _attribution(source, target, key, data)
    elif kind == "author":
        yield ox.Triple(node_iri(target), _v(DCTERMS + "creator"), node_iri(source))
    elif kind == "mention":
        yield ox.Triple(node_iri(source), _v(SCHEMA + "mentions"), node_iri(target))
    elif kind == "affiliation":
        yield ox.Triple(node_iri(source), _v(ORG + "memberOf"), node_iri(target))
    elif kind == "country" and target == f"country-{G.nodes[source].get('country')}":
        # the entity's country; other countries its mentions state stay in the graph as weighted edges
        yield ox.Triple(node_iri(source), _v(US + "country"), node_iri(target))
    elif kind == "stance":
        yield from _stance(source, target, key, data)
    elif kind == "names":  # a stance's target names an organisation or a country
        yield ox.Triple(node_iri(source), _v(DCTERMS + "subject"), node_iri(target))


def _attribution(agent: str, document: str, key: str, data: dict[str, object]) -> Iterator[ox.Triple]:
    digest = hashlib.sha1(f"{agent}|{document}|{key}".encode()).hexdigest()[:16]
    attribution, evidence = _n(f"{DATA}attribution-{digest}"), _n(f"{DATA}evidence-{digest}")
    doc, who, a = node_iri(document), node_iri(agent), _v(RDF + "type")
    yield ox.Triple(doc, _v(PROV + "wasAttributedTo"), who)
    yield ox.Triple(doc, _v(PROV + "qualifiedAttribution"), attribution)
    yield ox.Triple(attribution, a, _v(PROV + "Attribution"))
    yield ox.Triple(attribution, _v(PROV + "agent"), who)
    yield ox.Triple(attribution, _v(PROV + "hadRole"), _v(US + str(data.get("role"))))
    if data.get("position"):
        yield ox.Triple(attribution, _v(US + "position"), _lit(int(data["position"])))  # type: ignore[call-overload]
    yield ox.Triple(attribution, _v(US + "printedName"), _lit(data.get("printed", "")))
    yield ox.Triple(attribution, _v(US + "rule"), _lit(data.get("rule", "")))
    yield ox.Triple(attribution, _v(US + "evidence"), evidence)
    yield from _evidence(evidence, doc, data, str(data.get("quote", "")))


def _evidence(evidence: ox.NamedNode, doc: ox.NamedNode, data: dict[str, object], quote: str) -> Iterator[ox.Triple]:
    """A Web Annotation specific resource: the document, a position selector and a quote selector."""
    a = _v(RDF + "type")
    position, quote_selector = _n(evidence.value + "-position"), _n(evidence.value + "-quote")
    yield ox.Triple(evidence, a, _v(US + "Evidence"))
    yield ox.Triple(evidence, _v(OA + "hasSource"), doc)
    yield ox.Triple(evidence, _v(OA + "hasSelector"), position)
    yield ox.Triple(evidence, _v(OA + "hasSelector"), quote_selector)
    yield ox.Triple(position, a, _v(OA + "TextPositionSelector"))
    yield ox.Triple(position, _v(OA + "start"), _lit(int(data.get("span_start", 0))))  # type: ignore[call-overload]
    yield ox.Triple(position, _v(OA + "end"), _lit(int(data.get("span_end", 0))))  # type: ignore[call-overload]
    yield ox.Triple(quote_selector, a, _v(OA + "TextQuoteSelector"))
    yield ox.Triple(quote_selector, _v(OA + "exact"), _lit(quote))


def co_signature_triples(G: KnowledgeGraph, top: int = 1000) -> Iterator[ox.Triple]:
    """The ``top`` strongest co-signing pairs of organisations, counted once here (scipy) so
    that the top-pairs query is a sorted lookup rather than a count over every document."""
    import numpy as np
    import scipy.sparse as sp

    from .analyse import co_signature

    cs = co_signature(G)
    upper = sp.triu(cs.weights, k=1).tocoo()
    if upper.nnz == 0:
        return
    order = np.lexsort((upper.col, upper.row, -upper.data))[:top]
    a = _v(RDF + "type")
    for k in order.tolist():
        left, right = cs.organisations[int(upper.row[k])], cs.organisations[int(upper.col[k])]
        pair = _n(f"{DATA}pair-{hashlib.sha1(f'{left}|{right}'.encode()).hexdigest()[:16]}")
        yield ox.Triple(pair, a, _v(US + "CoSignature"))
        yield ox.Triple(pair, _v(US + "pairMember"), node_iri(left))
        yield ox.Triple(pair, _v(US + "pairMember"), node_iri(right))
        yield ox.Triple(pair, _v(US + "sharedDocuments"), _lit(int(upper.data[k])))


def all_triples(G: KnowledgeGraph) -> Iterator[ox.Triple]:
    yield from triples(G)
    yield from co_signature_triples(G)


def _stance(document: str, stance: str, key: str, data: dict[str, object]) -> Iterator[ox.Triple]:
    digest = hashlib.sha1(f"{document}|{stance}|{key}".encode()).hexdigest()[:16]
    evidence, doc = _n(f"{DATA}stance-evidence-{digest}"), node_iri(document)
    yield ox.Triple(doc, _v(US + "stance"), node_iri(stance))
    yield ox.Triple(doc, _v(US + "stanceEvidence"), evidence)
    yield ox.Triple(evidence, _v(US + "about"), node_iri(stance))
    yield ox.Triple(evidence, _v(US + "rule"), _lit(data.get("rule", "")))
    yield from _evidence(evidence, doc, data, str(data.get("evidence", "")))


def write_rdf(G: KnowledgeGraph, out_dir: Path) -> dict[str, Path]:
    """graph.nt, graph.ttl and graph.jsonld (see ``write_ntriples`` and ``write_views``)."""
    ntriples = write_ntriples(G, out_dir)
    return {"ntriples": ntriples, **write_views(ntriples, out_dir)}


def write_ntriples(G: KnowledgeGraph, out_dir: Path) -> Path:
    """graph.nt: the triples stream from the graph into the file; no list of every triple is
    ever held (at 200,000 documents that list alone took more than 10 GB). A build adds nodes
    and edges in a fixed order, so the same corpus gives the same bytes without sorting."""

    def write_nt(tmp: Path) -> None:
        with tmp.open("wb") as handle:
            ox.serialize(all_triples(G), handle, ox.RdfFormat.N_TRIPLES)

    return atomic_write(out_dir / "graph.nt", write_nt)


def write_views(ntriples: Path, out_dir: Path) -> dict[str, Path]:
    """graph.ttl and graph.jsonld, streamed from parsing graph.nt (same triples, same order)."""
    outputs: dict[str, Path] = {}
    for name, suffix, fmt in (("turtle", "ttl", ox.RdfFormat.TURTLE), ("jsonld", "jsonld", ox.RdfFormat.JSON_LD)):

        def write(tmp: Path, fmt: ox.RdfFormat = fmt) -> None:
            with tmp.open("wb") as handle:
                parsed = (q.triple for q in ox.parse(path=ntriples, format=ox.RdfFormat.N_TRIPLES))
                ox.serialize(parsed, handle, fmt, prefixes=PREFIXES)

        outputs[name] = atomic_write(out_dir / f"graph.{suffix}", write)
    return outputs


_LOAD_CHUNK = 64 * 2**20  #: bytes of N-Triples per bulk load


def _load_in_chunks(store: ox.Store, ntriples: Path) -> None:
    """Bulk-load an N-Triples file a few tens of megabytes at a time (cut at line ends: each
    line is a triple, and the file has no blank nodes whose scope a cut could split). The
    loader's memory follows what it is given: the whole 750 MB graph.nt of 20,000 documents
    took it to 1.6 GB, 64 MB pieces to about 0.45 GB, for about a third more time. Lenient: the
    file was serialised by pyoxigraph from terms it had already checked."""
    with ntriples.open("rb") as handle:
        while chunk := handle.read(_LOAD_CHUNK):
            chunk += handle.readline()
            store.bulk_load(chunk, ox.RdfFormat.N_TRIPLES, lenient=True)


def write_store(G: KnowledgeGraph, path: Path, ntriples: Path | None = None) -> Path:
    """Load the triples into a new pyoxigraph store beside ``path`` and swap it into place, so a
    reader never sees a half-written store and a killed build leaves the previous one intact.
    Given the N-Triples file of the same graph, the store parses it itself (no Python object
    per triple); otherwise it takes the graph's triples."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fresh = Path(tempfile.mkdtemp(prefix=f".{path.name}.", dir=path.parent))
    try:
        store = ox.Store(str(fresh))
        if ntriples is not None:
            _load_in_chunks(store, ntriples)
        else:
            store.bulk_extend(ox.Quad(t.subject, t.predicate, t.object, ox.DefaultGraph()) for t in all_triples(G))
        store.flush()
        store.optimize()  # compacts what the loads wrote: the named queries run about twice as fast
        del store
        old = path.with_name(f".{path.name}.old")
        if old.exists():
            shutil.rmtree(old)
        if path.exists():
            path.rename(old)
        fresh.rename(path)
        if old.exists():
            shutil.rmtree(old)
    finally:
        if fresh.exists():
            shutil.rmtree(fresh)
    return path
