from __future__ import annotations

import pytest

from graph.extract.countries import country_in_name, country_index
from graph.extract.lexicon import load_lexicon
from graph.extract.names import initials_match, is_acronym, kind_of, name_key, person_name_score


@pytest.mark.parametrize(
    ("acronym", "phrase", "expected"),
    [
        ("IUAFS", "International Ukraine Anti-Fascist Solidarity", True),
        ("UPC-Manidem", "Union des Populations du Cameroun - Manifeste National pour l’Instauration de la Démocratie", True),
        ("RMP", "Российская маоистская партия", True),
        ("BAMN", "Coalition for Equality By Any Means Necessary", True),
        ("ATTAC", "Hungary Association", False),
        ("AUB", "No Frontiers", False),
        ("GT", "Agenda 2030", False),
    ],
)
def test_initials_match(acronym: str, phrase: str, expected: bool) -> None:
    assert initials_match(acronym, phrase) is expected


@pytest.mark.parametrize(("token", "expected"), [("ITC", True), ("DNP+", True), ("MyWATCH", True), ("EcoNews", False), ("Party", False)])
def test_is_acronym(token: str, expected: bool) -> None:
    assert is_acronym(token) is expected


@pytest.mark.parametrize(
    ("name", "prior", "kind"),
    [
        ("Tim Norton", None, "person"),
        ("Dr Suelette Dreyfus", None, "person"),
        ("Pablo Neruda Group", None, "organisation"),
        ("Hay Derecho", "organisation", "organisation"),
        ("UKRAINIAN WORLD CONGRESS", None, "organisation"),
    ],
)
def test_kind_of(name: str, prior: str | None, kind: str) -> None:
    assert kind_of(name, prior) == kind


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Socialist Party of Bangladesh", "BD"),
        ("Partido Comunista Paraguayo", "PY"),
        ("Bundesverband Deutscher Stiftungen", "DE"),
        ("European Network for Solidarity with Ukraine", None),  # solidarity with a country
        ("Latin American Network for Access to Medicine", None),  # a region, not the US
        ("Latin America Solidarity Network", None),  # a region's name holds no country
        ("Socialist Party of South Africa", "ZA"),  # a country's name outranks the region inside it
        ("Movimiento por la Paz de América Latina", None),
        ("US Friends of the Soviet People", "US"),
        ("Союз українських організацій Австралії", "AU"),
        ("SWISSAID", "CH"),  # a demonym glued to the front of a one-word name
        ("Vinacefuganda", "UG"),  # a country glued to the end
        ("Polishing", None),  # a word with an inflection, not Poland
        ("Swiss Aid Polishing Works", "CH"),  # in a phrase only whole words count
        ("Greenpeace", None),
        ("Ukrainian Council of New South Wales", "AU"),  # a state whose name holds a country's
        ("Friends of the Earth Wales", "GB"),
        ("Ukrainian Community of Queensland Inc", "AU"),  # a state the name puts the body in outranks a demonym
        ("Deutsch-Ukrainischer Verein in Bayern", "DE"),
        ("Ukrainian Youth Association of Punjab", "UA"),  # a place in two countries places nothing
        ("Ukrainian Association of Unity", "UA"),  # an ordinary word that is also a subdivision's name
        ("Stowarzyszenie Sędziów Polskich", "PL"),  # a demonym in an inflected form
        ("Московская Хельсинкская группа", None),
        ("Ukrainian World Congress", None),  # a people's body across the world: the demonym places it nowhere
        ("Світовий конгрес українців", None),
        ("Ukrainian World Congress of Canada", "CA"),  # a country it names still does
        ("Association of Ukrainians in Victoria", "AU"),  # a demonym in the plural, and the state the body is in
        ("Americans for Democratic Action", "US"),
        ("League of Ukrainian Canadians", None),  # two demonyms
        ("Veterans for Peace", None),
    ],
)
def test_country_in_name(name: str, code: str | None) -> None:
    assert country_in_name(name) == code


@pytest.mark.parametrize(("text", "code"), [("U.K.", "GB"), ("the Netherlands", "NL"), ("Italia", "IT"), ("us", None)])
def test_country_lookup(text: str, code: str | None) -> None:
    assert country_index().lookup(text) == code


@pytest.mark.parametrize(("text", "region"), [("EUROPE", True), ("Latin America:", True), ("América Latina", True),
                                             ("South Africa", False), ("France", False)])
def test_regions(text: str, region: bool) -> None:
    assert country_index().is_region(text) is region


def test_name_key_ignores_article_case_and_punctuation() -> None:
    assert name_key("The Consistent Democrats") == name_key("consistent democrats")
    assert name_key("Anti-Fascist & Co") == "anti fascist and co"


@pytest.mark.parametrize(("word", "org"), [("Posted", False), ("Founded", False), ("New", False), ("Posts", True), ("Parties", True), ("союзу", True)])
def test_organisation_words_inflect_as_nouns_not_as_verbs(word: str, org: bool) -> None:
    assert load_lexicon().is_org_word(word) is org


@pytest.mark.parametrize(("name", "score"), [
    ("Dr. Mary Church", 2),  # a title before it: the organisation word is a surname
    ("Mary Church", 0),  # without one it may be a church
    ("Victoria University", 0),
    ("Dr. Martin Luther King Foundation", 0),  # an organisation word before the last word
])
def test_a_surname_that_is_an_organisation_word(name: str, score: int) -> None:
    assert person_name_score(name) == score


@pytest.mark.parametrize(("word", "expected"), [
    ("Gesamtverband", True), ("Mieterbund", True), ("Aktionsbündnis", True),  # a German compound that ends with one
    ("Verband", True), ("Bund", False), ("Heirat", False),
    ("Zivilgesellschaft", False), ("Umweltverbände", False),  # a society and kinds of bodies, no body
])
def test_organisation_words_end_german_compounds(word: str, expected: bool) -> None:
    assert load_lexicon().is_org_word(word) is expected
