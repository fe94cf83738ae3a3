"""Stage 4: a Resolution becomes a NetworkX ``MultiDiGraph``. This docstring is the reference
for node and edge attributes.

Nodes (every node has ``kind`` and ``label``):

* ``organisation`` / ``person`` (id ``org-…`` / ``person-…``): ``aliases`` (list of every
  other printed form), ``country`` (ISO alpha-2 or ""), ``documents`` (how many documents name
  it), ``identifiers`` (list of "scheme:value": web, email, phone, handle), ``flags`` (list,
  e.g. "mixed-script").
* ``document`` (id ``doc-`` + 12 hex of the SHA-256 of its bytes): ``source``, ``title``,
  ``dates`` (list of ISO dates), ``language``, ``sha256``.
* ``country`` (id ``country-XX``): ``code``.
* ``stance`` (id ``stance-`` + 12 hex of the polarity and the normalised target): ``polarity``
  (support | oppose), ``target``.

Edges (every edge has ``kind``; keys are stable strings):

* ``role`` organisation/person -> document: ``role`` (issuer, signatory, endorser,
  distributor, adapted_from), ``position`` (in its list, 0 when none), ``printed`` (the name as
  printed), ``span_start``/``span_end`` (character offsets), ``quote`` (the text at the span),
  ``rule`` (the extraction rule that fired).
* ``author`` person/organisation -> document: ``printed``, ``span_start``, ``span_end``, ``rule``.
* ``mention`` document -> organisation: ``printed``, ``span_start``, ``span_end``, ``rule``.
* ``affiliation`` person -> organisation: ``document`` (source), ``printed``.
* ``country`` organisation -> country: ``weight`` (how many mentions state it).
* ``stance`` document -> stance: ``polarity``, ``evidence`` (the document's words), ``span_start``,
  ``span_end``, ``rule``; one edge per place the document says it (a restatement is an edge of its
  own, with its own evidence). Organisations hold a stance only through the documents they stand
  behind (see ``queries.stances_of``): nothing is inferred from who they are.
* ``names`` stance -> organisation/country: the stance's whole target names it ("oppose: NATO",
  "support: Venezuela"), by one organisation's name or alias, or a country's name.

Weights for analysis are derived (co-signature graphs), not stored on these edges.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from sys import intern

import networkx as nx
import pycountry

from .extract.countries import country_index
from .model import Extraction, KnowledgeGraph
from .resolve import Resolution
from .resolve.keys import compact, key


def stance_id(polarity: str, target: str) -> str:
    """Stable ID of a stance: its polarity and its normalised target."""
    return f"stance-{hashlib.sha1(f'{polarity}|{compact(target)}'.encode()).hexdigest()[:12]}"


def document_id(extraction: Extraction) -> str:
    return f"doc-{extraction.sha256[:12]}"


def build_graph(resolution: Resolution, extractions: list[Extraction], texts: dict[str, str] | None = None) -> KnowledgeGraph:
    """The knowledge graph: documents, entities, countries, and the evidence on every edge."""
    texts = texts or {}
    G: KnowledgeGraph = nx.MultiDiGraph()
    doc_of = {x.source: document_id(x) for x in extractions}
    for x in sorted(extractions, key=document_id):
        G.add_node(document_id(x), kind="document", label=x.title.text if x.title else x.source.rsplit("/", 1)[-1],
                   source=x.source, title=x.title.text if x.title else "", dates=[d.value for d in x.dates],
                   language=x.language or "", sha256=x.sha256)
    for e in resolution.entities:
        G.add_node(e.id, kind=e.kind, label=e.name, aliases=list(e.aliases), country=e.country or "",
                   documents=len(e.documents), identifiers=[f"{i.scheme}:{i.value}" for i in e.identifiers],
                   flags=list(e.flags))
    countries: Counter[tuple[str, str]] = Counter()
    affiliations = {(o.source, key(o.name)): resolution.entity_of[o.id] for o in resolution.mentions if o.origin == "affiliation"}
    for m in sorted(resolution.mentions, key=lambda m: (doc_of[m.source], m.id)):
        entity = resolution.entity_of[m.id]
        doc = doc_of[m.source]
        span = (m.span.start, m.span.end) if m.span else (0, 0)
        quote = texts.get(m.source, "")[span[0] : span[1]]
        quote = m.name if quote == m.name else quote  # one string, not two equal ones
        rule = intern(m.rule)
        if m.origin == "signatory":
            G.add_edge(entity, doc, key=f"role:{m.role}:{span[0]}", kind="role", role=intern(m.role or ""),
                       position=m.position or 0, printed=m.name, span_start=span[0], span_end=span[1], quote=quote, rule=rule)
            organisation = affiliations.get((m.source, key(m.affiliation))) if m.kind == "person" and m.affiliation else None
            if organisation:
                G.add_edge(entity, organisation, key=f"affiliation:{m.source}", kind="affiliation", document=m.source,
                           printed=m.affiliation)
        elif m.origin == "author":
            G.add_edge(entity, doc, key=f"author:{span[0]}", kind="author", printed=m.name, span_start=span[0],
                       span_end=span[1], rule=rule)
        elif m.origin == "mention":
            G.add_edge(doc, entity, key=f"mention:{span[0]}", kind="mention", printed=m.name, span_start=span[0],
                       span_end=span[1], rule=rule)
        if m.country and m.kind == "organisation":
            countries[(entity, m.country)] += 1
    for x in sorted(extractions, key=document_id):
        for stance in x.stances:
            node = stance_id(stance.polarity, stance.target)
            if node not in G:
                G.add_node(node, kind="stance", label=f"{stance.polarity}: {stance.target}", polarity=stance.polarity,
                           target=stance.target)
            for said in (stance, *stance.restated):  # every place the document says it
                G.add_edge(document_id(x), node, key=f"stance:{said.span.start}", kind="stance", polarity=intern(stance.polarity),
                           evidence=said.evidence, span_start=said.span.start, span_end=said.span.end, rule=intern(said.rule))
    for (entity, code), weight in sorted(countries.items()):
        G.add_edge(entity, _add_country(G, code), key="country", kind="country", weight=weight)
    _link_stance_targets(G, resolution)
    return G


def _add_country(G: KnowledgeGraph, code: str) -> str:
    country = f"country-{code}"
    if country not in G:
        record = pycountry.countries.get(alpha_2=code)
        G.add_node(country, kind="country", label=getattr(record, "common_name", None) or (record.name if record else code), code=code)
    return country


def _link_stance_targets(G: KnowledgeGraph, resolution: Resolution) -> None:
    """A stance whose whole target names one organisation of the graph (by its name or an alias)
    or a country is linked to it: "oppose: NATO", "support: Venezuela", "support: Україні". The
    organisation must stand behind a document or be named in two: a name read once off a slogan
    ("Contra a Criminalização dos Movimentos Sociais") is the slogan's words, not a body."""
    named: dict[str, set[str]] = {}
    stances = [(node, str(data["target"])) for node, data in G.nodes(data=True) if data["kind"] == "stance"]
    if not stances:
        return
    standing = {resolution.entity_of[m.id] for m in resolution.mentions if m.origin == "signatory"}
    for e in resolution.entities:
        if e.kind == "organisation" and (len(e.documents) >= 2 or e.id in standing):
            for form in (e.name, *e.aliases):
                if key(form):
                    named.setdefault(key(form), set()).add(e.id)
    for node, target in stances:  # (a list: linking may add a country node)
        entities = named.get(key(target), set())
        if len(entities) == 1:
            G.add_edge(node, next(iter(entities)), key="names", kind="names")
        elif not entities and (code := country_index().lookup(target)):
            G.add_edge(node, _add_country(G, code), key="names", kind="names")
