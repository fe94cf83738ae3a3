"""SHACL validation of an RDF export against ``ontology/shapes.ttl`` (pyshacl; small graphs)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import rdflib

from .errors import GraphError
from .resources import ontology_dir


@dataclass(frozen=True, slots=True)
class ValidationReport:
    conforms: bool
    text: str


def validate(path: Path) -> ValidationReport:
    """Validate an export (Turtle, N-Triples or JSON-LD, by suffix) against the shapes."""
    from pyshacl import validate as shacl

    formats = {".ttl": "turtle", ".nt": "nt", ".jsonld": "json-ld", ".json": "json-ld"}
    if path.suffix not in formats:
        raise GraphError(f"{path}: unknown RDF format; use one of {', '.join(formats)}")
    try:
        data = rdflib.Graph().parse(path, format=formats[path.suffix])
    except (OSError, ValueError, SyntaxError) as exc:
        raise GraphError(f"{path}: cannot parse ({exc})") from exc
    shapes = rdflib.Graph().parse(ontology_dir() / "shapes.ttl", format="turtle")
    ontology = rdflib.Graph().parse(ontology_dir() / "undersigned.ttl", format="turtle")
    conforms, _, text = shacl(data, shacl_graph=shapes, ont_graph=ontology, inference="none")
    return ValidationReport(bool(conforms), str(text))
