"""Name comparisons: a table of pairs that must match, and look-alikes that must stay apart."""

from __future__ import annotations

import pytest

from graph.resolve import compare
from graph.resolve.keys import blocking_keys, compact, key, mixed_script

SAME = [
    ("European Network for Solidarity in Ukraine", "European Network for Solidarity with Ukraine", "small words"),
    ("International Ukraine Anti-Fascist Solidarity", "International Ukraine Anti Fascist Solidarity", "normalisation"),
    ("IUAFS", "International Ukraine Anti-Fascist Solidarity", "acronym"),
    ("Australia Federation of Ukrainian Organisations", "Australian Federation of Ukrainian Organisations", "spelt"),
]
APART = [
    ("New Communist Party", "Nepal Communist Party (Mashal)"),
    ("Revolutionary Workers League", "Revolutionary Internationalist League"),
    ("Communist Party (Marxist-Leninist)", "Communist Party of Australia (Marxist-Leninist)"),
    ("Socialist Unity Party", "Socialist Unity Center of India (Communist)"),
    ("DIGI", "Digital Rights Watch"),
]


@pytest.mark.parametrize(("a", "b", "why"), SAME)
def test_names_that_match(a: str, b: str, why: str) -> None:
    evidence = [compare.same_key(a, b), compare.small_variant(a, b), compare.acronym_matches(a, b)]
    best = max(evidence, key=lambda e: e.score)
    assert best.score >= 0.85 and best.reason


@pytest.mark.parametrize(("a", "b"), APART)
def test_look_alikes_do_not_match(a: str, b: str) -> None:
    assert max(f(a, b).score for f in (compare.same_key, compare.small_variant, compare.acronym_matches)) < 0.85


def test_blocking_features_give_reasons() -> None:
    assert compare.qualifier_conflict("NCP", "NCP (Mashal)").score == 0  # an acronym carries no qualifier to compare
    assert compare.qualifier_conflict("Nepal Communist Party", "Nepal Communist Party (Mashal)").score < 0
    assert "countries differ" in compare.country_conflict("GB", "NP").reason


def test_keys() -> None:
    assert key("The  Consistent\u00a0Democrats") == key("consistent democrats")
    assert key("People's Health Movement") == key("Peoples Health Movement")
    assert key("Digitale Gesellschaft e. V.") == key("Digitale Gesellschaft")
    assert key("Zero\u200bWidth") == key("ZeroWidth")
    assert compact("SECTION 27") == compact("SECTION27")
    assert mixed_script("Nаtional Front")  # a Cyrillic 'а' in a Latin word
    assert not mixed_script("Союз українських організацій")


def test_blocking_never_puts_unrelated_names_together() -> None:
    assert not blocking_keys("Revolutionary Workers League") & blocking_keys("Socialist Fight")
    assert blocking_keys("European Network for Solidarity in Ukraine") & blocking_keys("European Network for Solidarity with Ukraine")
