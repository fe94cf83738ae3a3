"""A letter's closing: the signer's name, then an office line naming the body they sign for."""

from __future__ import annotations

import pytest

from graph.documents import decode_document
from graph.extract import extract

CASES = [
    ("З повагою,\nОлена Петренко\nГолова правління ГО «Центр громадянських свобод»",
     "Олена Петренко", "ГО «Центр громадянських свобод»"),
    ("Atentamente,\nMaría García\nPresidenta de la Confederación Estatal de Asociaciones Vecinales",
     "María García", "Confederación Estatal de Asociaciones Vecinales"),
    ("Cordialement,\nJean Dupont\nSecrétaire général de la CGT", "Jean Dupont", "CGT"),
    ("Mit freundlichen Grüßen\nAnna Schmidt\nVorsitzende des Deutschen Gewerkschaftsbundes", "Anna Schmidt",
     "Deutschen Gewerkschaftsbundes"),
    ("Yours sincerely,\n\nMichelle Stanistreet\nGeneral Secretary, National Union of Journalists", "Michelle Stanistreet",
     "National Union of Journalists"),
    # the field of an office is part of it, no body of its own
    ("Yours sincerely,\n\nMaria Rossi\nHead of Advocacy\nSave the Children UK", "Maria Rossi", "Save the Children UK"),
]


@pytest.mark.parametrize(("closing", "person", "organisation"), CASES, ids=[c[1] for c in CASES])
def test_an_office_line_names_the_body_the_signer_signs_for(closing: str, person: str, organisation: str) -> None:
    text = f"A letter\n\nSome introduction that says nothing in particular about anything.\n\nWe demand an answer.\n\n{closing}\n"
    found = {s.name: s for s in extract(decode_document("l.txt", text.encode())).signatories}
    assert found[person].kind == "person" and found[person].affiliation == organisation
    assert found[organisation].kind == "organisation"
    assert set(found) == {person, organisation}


def test_a_university_under_an_academic_post_is_where_the_signer_works_not_a_party() -> None:
    text = ("Open letter on academic freedom\n\nWe, the undersigned scholars, urge you to reinstate them.\n\nSigned,\n\n"
            "Noam Chomsky\nInstitute Professor Emeritus, Massachusetts Institute of Technology\n\n"
            "Rashid Khalidi\nEdward Said Professor of Modern Arab Studies, Columbia University\n\n"
            "Maria Rossi\nHead of Advocacy, Save the Children UK\n")
    found = extract(decode_document("l.txt", text.encode())).signatories
    assert [(s.name, s.kind, s.affiliation) for s in found] == [
        ("Noam Chomsky", "person", "Massachusetts Institute of Technology"),
        ("Rashid Khalidi", "person", "Columbia University"),
        ("Maria Rossi", "person", "Save the Children UK"),
        ("Save the Children UK", "organisation", None),  # (an office that is no academic post: the body signs)
    ]


def test_an_honorific_before_a_name_is_no_office() -> None:
    text = "A letter\n\nWe demand an answer.\n\nSigned:\n\nProfessor Ariadne Vromen\nDr Jane Roe\n"
    found = extract(decode_document("l.txt", text.encode())).signatories
    assert [(s.name, s.kind) for s in found] == [("Ariadne Vromen", "person"), ("Jane Roe", "person")]


NAME_OFFICE_BODY = """Yours sincerely,

Maria Olsen                                  Peter Berg
Secretary General                            Director
Danish Refugee Council                       Migrant Rights Centre Norway

Jonas Nilsson
Policy Officer
Red Cross Sweden
"""


@pytest.mark.parametrize("closing", [NAME_OFFICE_BODY, NAME_OFFICE_BODY.replace("Peter Berg", "Peter Berg  ").replace(
    "Maria Olsen                                  Peter Berg  \nSecretary General                            Director\n"
    "Danish Refugee Council                       Migrant Rights Centre Norway",
    "Maria Olsen\nSecretary General\nDanish Refugee Council\n\nPeter Berg\nDirector\nMigrant Rights Centre Norway")],
    ids=["two columns", "one column"])
def test_name_office_body_blocks_give_each_signer_the_body_below_them(closing: str) -> None:
    text = ("Dear Minister Hansen,\n\nWe are writing to you as organisations working for the rights of migrant workers in "
            f"the Nordic countries, about the amendments to the Aliens Act.\n\nWe urge you to withdraw the amendments.\n\n{closing}")
    extraction = extract(decode_document("l.txt", text.encode()))
    people = {s.name: s.affiliation for s in extraction.signatories if s.kind == "person"}
    assert people == {"Maria Olsen": "Danish Refugee Council", "Peter Berg": "Migrant Rights Centre Norway",
                      "Jonas Nilsson": "Red Cross Sweden"}
    bodies = {s.name for s in extraction.signatories if s.kind == "organisation"}
    assert bodies == {"Danish Refugee Council", "Migrant Rights Centre Norway", "Red Cross Sweden"}
    assert extraction.title is None  # a salutation is no title


def test_a_sentence_is_no_headline_where_a_heading_is_found() -> None:
    text = ("Joint statement on the right to water\n\nWe demand that water remains a public good.\n\nSigned by:\n"
            "1) Food & Water Watch (USA)\n2) Blue Planet Project (Canada)\n3) Red VIDA (Latin America)\n")
    extraction = extract(decode_document("s.txt", text.encode()))
    assert extraction.title is not None and extraction.title.text == "Joint statement on the right to water"
    # a region in brackets says where a body works, not who it is: no person "Red VIDA" of "Latin America"
    assert [(s.name, s.kind, s.country) for s in extraction.signatories][-1] == ("Red VIDA", "organisation", None)


def test_a_list_of_people_with_their_institutions_after_a_dash() -> None:
    text = ("Letter from economists on debt relief\n\nSigned:\nJoseph Stiglitz — Columbia University (USA)\n"
            "Jayati Ghosh — University of Massachusetts Amherst (India)\nThomas Piketty — Paris School of Economics (France)\n")
    found = extract(decode_document("s.txt", text.encode())).signatories
    assert [(s.name, s.kind, s.affiliation) for s in found] == [
        ("Joseph Stiglitz", "person", "Columbia University"), ("Jayati Ghosh", "person", "University of Massachusetts Amherst"),
        ("Thomas Piketty", "person", "Paris School of Economics")]


def test_a_party_listed_twice_is_one_entry_and_no_mention_of_itself() -> None:
    text = ("A statement\n\nConvened by: Center for International Environmental Law (CIEL), Break Free From Plastic and GAIA\n\n"
            "We call for a strong treaty.\n\nSignatories:\nCenter for International Environmental Law (CIEL) – International\n"
            "Zero Waste Europe – Belgium\nGreenpeace Africa – Kenya\n")
    found = extract(decode_document("s.txt", text.encode()))
    ciel = next(s for s in found.signatories if s.name == "Center for International Environmental Law")
    second = text.index("Center for International Environmental Law (CIEL) –")
    assert [text[r.start : r.end].split(" (")[0] for r in ciel.repeats] == [ciel.name]
    assert all(r.start >= second for r in ciel.repeats)
    assert [m.name for m in found.mentions] == []


def test_a_dated_line_after_a_list_is_no_entry_of_it() -> None:
    text = ("A call\n\nSigning organisations:\nJubilee Debt Campaign, United Kingdom\nEurodad, Belgium\n"
            "Third World Network, Malaysia\n\nPublished 20 September 2023\n")
    found = extract(decode_document("s.txt", text.encode()))
    assert [s.name for s in found.signatories] == ["Jubilee Debt Campaign", "Eurodad", "Third World Network"]
    assert found.dates[0].value == "2023-09-20"


def test_an_italian_heading_in_the_feminine() -> None:
    text = "Appello per la pace\n\nChiediamo il cessate il fuoco.\n\nLe associazioni firmatarie:\n- ARCI nazionale\n- Un Ponte Per\n- Emergency\n"
    found = extract(decode_document("s.txt", text.encode())).signatories
    assert [(s.name, s.role) for s in found] == [("ARCI nazionale", "signatory"), ("Un Ponte Per", "signatory"), ("Emergency", "signatory")]


@pytest.mark.parametrize("heading", ["Related", "Read more", "Siehe auch", "Lire aussi", "Читайте також"])
def test_a_heading_of_related_links_ends_a_list(heading: str) -> None:
    text = (f"A statement\n\nWe, the undersigned organisations, condemn the bill.\n\nSignatories\n\n"
            "  * European Federation of Journalists (EFJ)\n"
            f"  * International Press Institute (IPI)\n  * Reporters Without Borders (RSF)\n\n{heading}\n\n"
            "  * Amnesty International report on Hungary\n")
    found = extract(decode_document("s.txt", text.encode())).signatories
    assert [s.name for s in found] == ["European Federation of Journalists", "International Press Institute",
                                       "Reporters Without Borders"]


def test_a_person_listed_again_with_another_body_loses_no_body() -> None:
    text = ("A statement\n\nWe stand together.\n\nSigned by:\nTomas Okafor, Peace Fosafo Party\nInes Haddad, Workers Tezuka Network\n"
            "Anna Berg, Peace Viteno Network\nInes Haddad, Independent Zuno Movement\n")
    found = extract(decode_document("s.txt", text.encode()))
    assert [(s.name, s.affiliation) for s in found.signatories] == [
        ("Tomas Okafor", "Peace Fosafo Party"), ("Ines Haddad", "Workers Tezuka Network"), ("Anna Berg", "Peace Viteno Network")]
    assert [m.name for m in found.mentions] == ["Independent Zuno Movement"]
    haddad = found.signatories[1]
    assert [text[r.start : r.end] for r in haddad.repeats] == ["Ines Haddad"]


def test_a_section_heading_of_scope_words_and_a_kind_of_signers_is_no_entry() -> None:
    text = ("Letter to Congress\n\nWe, the undersigned organizations, urge you to oppose the bill.\n\nSincerely,\n\n"
            "National Organizations\nAmerican Civil Liberties Union\nElectronic Frontier Foundation\n\n"
            "State and Local Organizations\nTexas Civil Rights Project\nNew York Civil Liberties Union\n")
    found = extract(decode_document("s.txt", text.encode()))
    assert [s.name for s in found.signatories] == ["American Civil Liberties Union", "Electronic Frontier Foundation",
                                                   "Texas Civil Rights Project", "New York Civil Liberties Union"]
    assert [m.name for m in found.mentions] == []


def test_a_body_in_a_paragraph_of_its_own_is_the_body_the_signer_below_it_signs_for() -> None:
    text = ("A letter\n\nSome introduction that says nothing in particular about anything.\n\nWe demand an answer.\n\n"
            "Sincerely,\n\nUKRAINIAN WORLD CONGRESS\n\nPaul Grod\nPresident\n")
    found = {s.name: s for s in extract(decode_document("l.txt", text.encode())).signatories}
    assert found["Paul Grod"].kind == "person" and found["Paul Grod"].affiliation == "UKRAINIAN WORLD CONGRESS"
