"""What a list says of all its entries: a column of two-letter codes closing the names, a heading of one kind."""

from __future__ import annotations

from graph.documents import decode_document
from graph.extract import extract
from graph.model import Signatory


def _signatories(listing: str) -> dict[str, Signatory]:
    text = f"Joint letter\n\nWe, the undersigned organisations, urge you to reject the proposal.\n\nSignatories\n\n{listing}\n"
    return {s.name: s for s in extract(decode_document("c.txt", text.encode())).signatories}


def test_a_column_of_country_codes_gives_each_entry_its_country() -> None:
    found = _signatories("Bits of Freedom (NL)\nDigitalcourage (DE)\nepicenter.works (AT)\n"
                         "European Digital Rights (EDRi) (EU)\nPrivacy International (UK)")
    assert {name: s.country for name, s in found.items()} == {
        "Bits of Freedom": "NL", "Digitalcourage": "DE", "epicenter.works": "AT", "European Digital Rights": None,
        "Privacy International": "GB"}
    assert {name: s.aliases for name, s in found.items()}["European Digital Rights"] == ("EDRi",)  # "EU" is a scope
    assert all(not s.aliases for name, s in found.items() if name != "European Digital Rights")


def test_a_column_of_us_state_codes_puts_each_body_in_the_united_states() -> None:
    found = _signatories("ACLU of Texas (TX)\nElectronic Frontier Alliance of California (CA)\n"
                         "Surveillance Technology Oversight Project (NY)\nFight for the Future")
    assert {name: (s.country, s.aliases) for name, s in found.items()} == {
        "ACLU of Texas": ("US", ()), "Electronic Frontier Alliance of California": ("US", ()),
        "Surveillance Technology Oversight Project": ("US", ()), "Fight for the Future": (None, ())}


def test_a_code_that_opens_two_words_of_its_name_stays_its_acronym() -> None:
    found = _signatories("Bits of Freedom (NL)\nParti Socialiste (PS)\nLa Quadrature du Net (FR)")
    assert (found["Parti Socialiste"].aliases, found["Parti Socialiste"].country) == (("PS",), None)
    assert (found["Bits of Freedom"].country, found["La Quadrature du Net"].country) == ("NL", "FR")


def test_codes_that_may_be_states_or_countries_alike_are_left_as_they_are() -> None:
    # "DE" is Germany or Delaware, "CA" Canada or California: nothing in the list tells which
    found = _signatories("Digitalcourage (DE)\nOpenMedia (CA)")
    assert {name: s.country for name, s in found.items()} == {"Digitalcourage": None, "OpenMedia": None}


def test_one_code_alone_is_no_column() -> None:
    found = _signatories("Bits of Freedom (NL)\nAccess Now\nFight for the Future")
    assert found["Bits of Freedom"].country is None


def test_a_heading_in_emphasis_with_its_colon_inside_heads_the_list() -> None:
    text = ("Open letter\n\nWe, the undersigned organisations and companies, call on the Government to amend the bill.\n\n"
            "**Signed:**\n\n* Element\n* Mozilla\n* Proton\n* Signal\n")
    assert [s.name for s in extract(decode_document("e.md", text.encode())).signatories] == ["Element", "Mozilla", "Proton", "Signal"]


def test_a_heading_of_organisations_makes_a_body_of_a_name_that_could_be_a_persons() -> None:
    text = ("Joint statement\n\nWe urge the Council to ban remote biometric identification. It is signed by the "
            "organisations and individuals below.\n\nOrganisations:\n"
            "AlgorithmWatch (Germany)\nFair Trials (International)\nStatewatch (United Kingdom)\n\n"
            "Individuals:\nProf. Dr. Sandra Wachter, University of Oxford\nDr. Michael Veale, University College London\n")
    found = {s.name: s.kind for s in extract(decode_document("k.txt", text.encode())).signatories}
    assert found == {"AlgorithmWatch": "organisation", "Fair Trials": "organisation", "Statewatch": "organisation",
                     "Sandra Wachter": "person", "Michael Veale": "person"}


def test_a_column_of_acronyms_set_apart_by_a_dash_takes_one_that_skips_words() -> None:
    # "MST" skips words of "Movimento dos Trabalhadores Rurais Sem Terra": the column says it is its acronym
    found = _signatories("MST – Movimento dos Trabalhadores Rurais Sem Terra\n"
                         "CONTAG – Confederação Nacional dos Trabalhadores na Agricultura\n"
                         "MPA – Movimento dos Pequenos Agricultores\nCPT – Comissão Pastoral da Terra")
    assert {name: s.aliases for name, s in found.items()} == {
        "Movimento dos Trabalhadores Rurais Sem Terra": ("MST",), "Confederação Nacional dos Trabalhadores na Agricultura": ("CONTAG",),
        "Movimento dos Pequenos Agricultores": ("MPA",), "Comissão Pastoral da Terra": ("CPT",)}
