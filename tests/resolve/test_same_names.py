"""The same name in several documents: one entity per body, and two bodies when the countries
printed with the name differ."""

from __future__ import annotations

from graph.model import Extraction, Signatory, Span
from graph.resolve import resolve


def _document(number: int, name: str, country: str | None) -> Extraction:
    signatory = Signatory(name, "organisation", "signatory", Span(0, len(name)), "test", (), country)
    return Extraction(f"doc{number}.txt", f"{number:064x}", None, (), "en", (), (signatory,), ())


def _entities_by_country(*documents: Extraction) -> dict[str | None, set[str]]:
    resolution = resolve(list(documents))
    found: dict[str | None, set[str]] = {}
    for mention in resolution.mentions:
        found.setdefault(mention.country, set()).add(resolution.entity_of[mention.id])
    return found


def test_a_name_first_printed_for_a_body_of_another_country_still_joins_the_rest() -> None:
    found = _entities_by_country(_document(1, "Communist Zunomi Party", "GH"), _document(2, "Communist Zunomi Party", "ES"),
                                 _document(3, "Communist Zunomi Party", "ES"), _document(4, "Communist Zunomi Party", "ES"),
                                 _document(5, "Communist Zunomi Party", "GH"))
    assert len(found["ES"]) == 1 and len(found["GH"]) == 1  # the three Spanish mentions were three entities
    assert found["ES"] != found["GH"]  # and the two bodies stay two
