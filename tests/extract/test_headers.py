"""A text's header: its headline, its byline and its date, however they are laid out."""

from __future__ import annotations

import pytest

from graph.documents import decode_document
from graph.extract import extract
from graph.model import Extraction


def _extract(text: str) -> Extraction:
    return extract(decode_document("h.txt", text.encode()))


@pytest.mark.parametrize(("header", "title", "authors"), [
    ("Why the left must oppose the war\n\nWritten by Maria Santos\nMarch 3rd, 2022", "Why the left must oppose the war",
     ["Maria Santos"]),
    ("La vivienda es un derecho\n\nAutor: Luis Fernández\nPublicado el 12 de febrero de 2024", "La vivienda es un derecho",
     ["Luis Fernández"]),
    ("Rights groups urge release of detained journalists\n\nBy Sarah Jones, Reuters\nLONDON, June 5, 2023",
     "Rights groups urge release of detained journalists", ["Sarah Jones"]),
    ("COALITION FOR FAIR TRADE                                              Page 1 of 2\n\nOpen letter to trade ministers",
     "Open letter to trade ministers", []),
    # a byline is no headline; two writers joined by "et"; an office after the writer's name
    ("Communiqué\n\nParis, le 1er mai 2023\n\nPar Marie Dupont et Jean Martin", "Communiqué", ["Marie Dupont", "Jean Martin"]),
    ("Statement\n\nLast updated: 2024-05-06\nAuthor: John Smith, Policy Director", "Statement", ["John Smith"]),
    ("Dichiarazione\n\nRoma, 25 aprile 2024\n\nA cura di Marco Rossi", "Dichiarazione", ["Marco Rossi"]),
    # a line that addresses the letter is its headline only when nothing else is
    ("CARTA ABIERTA\n\nA la opinión pública nacional e internacional", "CARTA ABIERTA", []),
    ("Open Letter on the EU Asylum Pact\n\nTo: President of the European Commission\ncc: Members of the European Parliament; "
     "Council of the European Union", "Open Letter on the EU Asylum Pact", []),
    # a line that credits the issuer is no headline
    ("Solidarity statement with the people of Palestine\n\nIssued by the Global Campaign to Return to Palestine\n\n15 May 2024",
     "Solidarity statement with the people of Palestine", []),
    # a press release's contact line is no headline
    ("FOR IMMEDIATE RELEASE\nContact: Jane Miller, jane@fairtrade.org, (202) 555-0143\n\nGroups Urge Congress to Reject Fast Track",
     "Groups Urge Congress to Reject Fast Track", []),
    # a Markdown page's front matter is metadata
    ('---\ntitle: "Lettre ouverte : pour un numérique émancipateur"\ndate: 2024-02-10\n---\n\n'
     "# Lettre ouverte : pour un numérique émancipateur", "Lettre ouverte : pour un numérique émancipateur", []),
    # a call that names the day it calls for is a headline, not a dateline
    ("Aufruf zur Demonstration am 3. Oktober 2024\n\nNie wieder Krieg!", "Aufruf zur Demonstration am 3. Oktober 2024", []),
    # over the date only what the text is; its headline below the date
    ("Communiqué de presse\n\nParis, le 3 juin 2024\n\nLoi immigration : les associations saisissent le Conseil constitutionnel",
     "Loi immigration : les associations saisissent le Conseil constitutionnel", []),
    # a credit with the date after a bar; a title stated in the page's metadata
    ("Mietenwahnsinn stoppen!\n\nVon Anna Müller | 12.03.2024", "Mietenwahnsinn stoppen!", ["Anna Müller"]),
    ("Title: Solidarity with the dockers\nAuthor: Peter Smith\nDate: Mar. 3, 2022", "Solidarity with the dockers", ["Peter Smith"]),
    # a line in small letters that addresses the letter, under what the text is
    ("OFFENER BRIEF\n\nan Bundeskanzler Olaf Scholz\n\nBerlin, 10. Februar 2023", "OFFENER BRIEF", []),
    # a blog's "Posted by … on <date>"
    ("Why the housing movement needs tenants' unions\n\nPosted by Jane Doe on 12 May 2023",
     "Why the housing movement needs tenants' unions", ["Jane Doe"]),
    # the date's own word after the name and a comma; a guest article's credit over the date
    ("Pour une école publique gratuite\n\nPar Jean-Pierre Lefèvre, publié le 5 mars 2024", "Pour une école publique gratuite",
     ["Jean-Pierre Lefèvre"]),
    ("Gegen die Schuldenbremse\n\nEin Gastbeitrag von Dr. Katrin Hoffmann\n5. März 2024", "Gegen die Schuldenbremse",
     ["Katrin Hoffmann"]),
    # a page's menu bar, its section label and its share buttons are no headline
    ("Home | About | Campaigns | Contact\n\nNEWS\n\nUnions demand a four-day week\n\n12 March 2024",
     "Unions demand a four-day week", []),
    ("Statement | Amnesty International\n\nIsrael/OPT: Ceasefire now\n\n12 October 2023", "Israel/OPT: Ceasefire now", []),
    ("Home | News | Campaigns | Donate\n\nShare this: Facebook Twitter Email\n\nPosted on 12 April 2024 by admin\n\n"
     "Unions condemn attack on right to strike", "Unions condemn attack on right to strike", []),
    # a byline that names a body, however long
    ("Solidarity with the Sudanese people\n\nBy the Executive Committee of the International Socialist League\n15 April 2024",
     "Solidarity with the Sudanese people", ["Executive Committee of the International Socialist League"]),
    # a line that dates the text and names its writer is no headline, however long
    ("An open letter to the Vice-Chancellor\n\nPosted on 4 June 2024 by Campus Staff Network", "An open letter to the Vice-Chancellor",
     ["Campus Staff Network"]),
])
def test_headline_and_byline(header: str, title: str, authors: list[str]) -> None:
    extraction = _extract(f"{header}\n\nThe war has entered its second week, and the talks have stalled again.\n\nDown with the war!\n")
    assert extraction.title is not None and extraction.title.text == title
    assert [a.name for a in extraction.authors] == authors


def test_a_body_a_byline_names_is_the_author_and_no_mention() -> None:
    extraction = _extract("Solidarity with the Sudanese people\n\nBy the Executive Committee of the International Socialist "
                          "League\n15 April 2024\n\nStop the war in Sudan!\n")
    assert [a.name for a in extraction.authors] == ["Executive Committee of the International Socialist League"]
    assert extraction.mentions == ()


def test_a_note_on_the_signers_is_no_headline() -> None:
    text = ("Stop the war on Gaza: an appeal\n\nInitial signers:\n\nNoam Chomsky, MIT*\nTariq Ali, author\n"
            "Medea Benjamin, CODEPINK\n\n*Organizations listed for identification purposes only\n")
    title = _extract(text).title
    assert title is not None and title.text == "Stop the war on Gaza: an appeal"


def test_what_stands_in_for_a_picture_is_no_headline() -> None:
    text = "[UWC Letterhead]\n\nMarch 3, 2022\n\nDear Prime Minister:\n\nWe call on Canada to act now.\n"
    title = _extract(text).title
    assert title is None or title.text != "[UWC Letterhead]"


_LETTER_BODY = ("We write to you as organisations of the civil society of this country, and we call on you to stop the arms "
                "exports to the region at once.\n\nSincerely,\n\nOxfam Canada\nAmnesty International Canada\n")


@pytest.mark.parametrize("address", [
    "The Right Honourable Justin Trudeau\nPrime Minister of Canada",  # a styled person over their office
    "Prime Minister of Canada\nOffice of the Prime Minister\n80 Wellington Street",  # three lines
    "Office of the Prime Minister\nOttawa, Ontario",  # ending with a place
    "His Excellency Tony Abbott\nPrime Minister of Australia\n\nParliament House\nCanberra ACT 2600",  # two paragraphs
    "Herrn Olaf Scholz\nBundeskanzler der Bundesrepublik Deutschland",
])
def test_a_letters_inside_address_is_no_headline(address: str) -> None:
    text = f"{address}\n\nDear Prime Minister,\n\n{_LETTER_BODY}"
    assert _extract(text).title is None


@pytest.mark.parametrize(("head", "title"), [
    ("Open letter to Prime Minister Trudeau", "Open letter to Prime Minister Trudeau"),  # one line: the headline
    ("Free Julian Assange\nAn open letter to the Home Secretary", "An open letter to the Home Secretary"),  # two, no styled person
])
def test_a_headline_right_above_the_salutation_stays(head: str, title: str) -> None:
    text = f"{head}\n\nDear Prime Minister,\n\n{_LETTER_BODY}"
    found = _extract(text).title
    assert found is not None and found.text == title


def test_the_body_under_a_dateline_is_no_list_of_signatories() -> None:
    extraction = _extract("Why the left must oppose the war\n\nWritten by Maria Santos\nMarch 3rd, 2022\n\n"
                          "The war in Ukraine has entered its second week\n\nDown with the war!\n")
    assert extraction.signatories == ()


def test_an_author_line_in_cyrillic_is_no_title() -> None:
    extraction = _extract("Нет войне\n\nАвтор: Иван Петров\n12.03.2022\n\nМы требуем прекратить войну и начать переговоры.\n")
    assert extraction.title is not None and extraction.title.text == "Нет войне"
    assert [a.name for a in extraction.authors] == ["Иван Петров"]


def test_language_codes_are_two_letters() -> None:
    # a short list of names once came out as Nigerian Pidgin ("pcm") or Extremaduran ("ext")
    extraction = _extract("Statement of support\n\nEndorsed by:\n\nKenya Human Rights Commission\n(Kenya)\n\n"
                          "Legal Resources Centre\n(South Africa)\n\nZimbabwe Lawyers for Human Rights\n(Zimbabwe)\n")
    assert extraction.language is None or len(extraction.language) == 2


def test_a_letterhead_with_a_postal_address_and_contacts_names_the_issuer() -> None:
    extraction = _extract("FRIENDS OF THE EARTH SCOTLAND\nThorn House, 5 Rose Street, Edinburgh EH2 2PR\n"
                          "www.foe.scot | info@foe.scot | 0131 243 2700\n\nPress release\n14 March 2024\n\n"
                          "Friends of the Earth Scotland condemns the decision to scrap the 2030 climate target.\n\n"
                          "\"This is the worst environmental decision in years,\" said Mary Church, Head of Campaigns.\n")
    # the letterhead and the sentence it heads name one body; the name in ordinary case is reported
    assert [(s.name, s.role) for s in extraction.signatories] == [("Friends of the Earth Scotland", "issuer")]
    assert "Mary Church" not in {m.name for m in extraction.mentions}  # a person whose surname is an organisation's word


@pytest.mark.parametrize(("text", "title"), [
    ("Обращение к президенту\n\nМы, нижеподписавшиеся, призываем освободить политических заключённых.\n\n"
     "Свободу политзаключённым!\n", "Обращение к президенту"),
    ("Hands off Venezuela!\n\nWe oppose NATO expansion. Solidarity with the Workers Party of Belgium!\n", "Hands off Venezuela!"),
])
def test_a_slogan_below_the_first_heading_is_not_the_title(text: str, title: str) -> None:
    extraction = _extract(text)
    assert extraction.title is not None and extraction.title.text == title


def test_the_word_over_an_addressee_line_says_what_the_text_is() -> None:
    extraction = _extract("ЗВЕРНЕННЯ\n\nдо Президента України, Верховної Ради України\n\n"
                          "Ми, представники громадських організацій, вимагаємо ухвалити закон.\n")
    assert extraction.title is not None and extraction.title.text == "ЗВЕРНЕННЯ"


def test_a_headline_wrapped_over_two_lines_is_one() -> None:
    extraction = _extract("JOINT STATEMENT ON THE PROTECTION OF HUMAN RIGHTS DEFEND-\nERS IN THE PHILIPPINES\n\n"
                          "We, the undersigned organisations, urge the government to end red-tagging.\n")
    assert extraction.title is not None
    assert extraction.title.text == "JOINT STATEMENT ON THE PROTECTION OF HUMAN RIGHTS DEFENDERS IN THE PHILIPPINES"


def test_a_heading_in_two_lines_a_document_noun_over_the_words_that_go_on_it() -> None:
    extraction = _extract("ДЕКЛАРАЦІЯ\nучасників Всеукраїнського форуму громадських організацій\n\nКиїв, 3 грудня 2019 року\n\n"
                          "Ми засуджуємо тиск на громадянське суспільство.\n")
    assert extraction.title is not None
    assert extraction.title.text == "ДЕКЛАРАЦІЯ учасників Всеукраїнського форуму громадських організацій"


def test_a_letterhead_address_line_is_no_body() -> None:
    extraction = _extract("BUND – Bund für Umwelt und Naturschutz Deutschland e.V.\nKaiserin-Augusta-Allee 5, 10553 Berlin\n"
                          "www.bund.net\n\nPressemitteilung\n\nBerlin, 5. Mai 2023\n\nDer BUND kritisiert die Bohrungen.\n")
    assert [(s.name, s.role) for s in extraction.signatories] == [("Bund für Umwelt und Naturschutz Deutschland e.V.", "issuer")]


def test_a_press_contact_line_ends_the_list() -> None:
    extraction = _extract("Communiqué\n\nSignataires :\nLa Cimade\nGisti\nMédecins du Monde\n\n"
                          "Contact presse : Marie Durand, 06 12 34 56 78\n")
    assert [s.name for s in extraction.signatories] == ["La Cimade", "Gisti", "Médecins du Monde"]


def test_a_column_of_acronyms_after_dashes_even_where_few_abbreviate_their_names() -> None:
    extraction = _extract("Nota pública\n\nAssinam esta nota:\n\n"
                          "Sindicato Nacional dos Docentes das Instituições de Ensino Superior – ANDES-SN\n"
                          "Federação de Sindicatos de Trabalhadores Técnico-administrativos – FASUBRA\n"
                          "União Nacional dos Estudantes – UNE\n"
                          "Sindicato dos Professores do Estado de São Paulo – APEOESP/SP\n")
    assert [(s.name, s.aliases) for s in extraction.signatories] == [
        ("Sindicato Nacional dos Docentes das Instituições de Ensino Superior", ("ANDES-SN",)),
        ("Federação de Sindicatos de Trabalhadores Técnico-administrativos", ("FASUBRA",)),
        ("União Nacional dos Estudantes", ("UNE",)),
        ("Sindicato dos Professores do Estado de São Paulo", ("APEOESP/SP",)),
    ]


def test_acronyms_after_dashes_in_a_list_whose_other_entries_close_with_theirs_in_brackets() -> None:
    extraction = _extract("Nota pública\n\nAssinam esta nota:\n"
                          "Articulação dos Povos Indígenas do Brasil – APIB\n"
                          "Instituto Socioambiental – ISA\n"
                          "Comissão Pastoral da Terra (CPT)\n"
                          "Movimento dos Trabalhadores Rurais Sem Terra (MST)\n"
                          "Sindicato dos Trabalhadores em Educação (Sinte) – SC\n")
    assert [(s.name, s.aliases) for s in extraction.signatories] == [
        ("Articulação dos Povos Indígenas do Brasil", ("APIB",)),
        ("Instituto Socioambiental", ("ISA",)),
        ("Comissão Pastoral da Terra", ("CPT",)),
        ("Movimento dos Trabalhadores Rurais Sem Terra", ("MST",)),
        ("Sindicato dos Trabalhadores em Educação", ("Sinte",)),  # (SC: the state it is in, no acronym)
    ]


def test_an_acronym_that_spans_an_and_keeps_its_name_whole() -> None:
    extraction = _extract("Resolution: Solidarity with the miners\n\nThe International Coordination of Revolutionary Parties and "
                          "Organizations (ICOR) declares its solidarity with the striking workers.\n")
    assert [(s.name, s.aliases) for s in extraction.signatories] == [
        ("International Coordination of Revolutionary Parties and Organizations", ("ICOR",))]


def test_a_name_after_a_dash_on_the_last_line_signs_the_text() -> None:
    extraction = _extract("Why we stand with the nurses\n\nThe nurses' strike is about more than pay.\n\n"
                          "We call on the government to return to the negotiating table.\n\n— Maria Santos, Health Workers Network\n")
    assert [a.name for a in extraction.authors] == ["Maria Santos"]


def test_the_undersigned_in_ukrainian_sign_the_persons_below() -> None:
    extraction = _extract("Звернення до Верховної Ради України\n\nМи, нижчепідписані, закликаємо Верховну Раду не ухвалювати "
                          "законопроєкт № 5655.\n\nОлена Петренко, голова ГО «Центр громадянських свобод»\n"
                          "Іван Коваль, директор Центру протидії корупції\nМарія Шевченко, координаторка Руху «Чесно»\n")
    assert [(s.name, s.kind) for s in extraction.signatories] == [
        ("Олена Петренко", "person"), ("Іван Коваль", "person"), ("Марія Шевченко", "person")]


def test_the_day_a_text_was_adopted_on_the_line_under_its_title() -> None:
    extraction = _extract("Statement of the Coalition for Fair Trade\n\nAdopted at the General Assembly on 12 November 2023 "
                          "and updated on 3 January 2024.\n\nThe Coalition rejects the agreement.\n")
    assert [d.value for d in extraction.dates] == ["2023-11-12", "2024-01-03"]


def test_an_emails_subject_line_is_its_title_when_no_headline_is() -> None:
    extraction = _extract("From: Secretariat <info@example.org>\nTo: Members list\n"
                          "Subject: Joint civil society statement on the UN tax convention\n\n"
                          "Dear friends,\n\nPlease find below the final text of the joint statement, signed so far by 42 organisations.\n\n"
                          "We urge all member states to engage constructively in the negotiations.\n\n"
                          "Signed by:\nEurodad\nTax Justice Network\nOxfam International\n")
    assert extraction.title is not None and extraction.title.text == "Joint civil society statement on the UN tax convention"
    assert [s.name for s in extraction.signatories] == ["Eurodad", "Tax Justice Network", "Oxfam International"]


@pytest.mark.parametrize("told", ["signed so far by 42 organisations", "endorsed to date by 120 groups"])
def test_a_count_of_signers_after_a_documents_cue_names_none(told: str) -> None:
    extraction = _extract(f"Joint statement on tax\n\nBelow is the text of the joint statement, {told}.\n\n"
                          "We welcome the negotiations.\n")
    assert extraction.signatories == ()


def test_issued_jointly_by_names_the_issuers() -> None:
    extraction = _extract("Issued jointly by the International Federation of Journalists and the European Federation of Journalists\n\n"
                          "Brussels, 2 November 2023\n\nOn the International Day to End Impunity for Crimes against Journalists, "
                          "the IFJ and the EFJ call on governments to investigate every killing of a journalist.\n")
    assert [(s.name, s.aliases, s.role) for s in extraction.signatories] == [
        ("International Federation of Journalists", ("IFJ",), "issuer"),
        ("European Federation of Journalists", ("EFJ",), "issuer")]
    assert extraction.mentions == ()  # (no "On the International Day …" either)
    assert extraction.title is None


@pytest.mark.parametrize(("sentence", "names"), [
    ("On International Women's Day, the CGT, FSU and Solidaires call on all workers to strike.", ["CGT", "FSU", "Solidaires"]),
    ("Ante la reforma laboral, CCOO, UGT y CGT convocan una huelga general.", ["CCOO", "UGT", "CGT"]),
])
def test_a_phrase_a_preposition_opens_before_the_subject_is_no_name(sentence: str, names: list[str]) -> None:
    extraction = _extract(f"Press release\n\nSome introduction that says nothing in particular.\n\n{sentence}\n")
    assert [s.name for s in extraction.signatories] == names
    assert not [m.name for m in extraction.mentions if m.name.split()[0] in ("On", "Ante", "International")]


def test_a_day_kept_is_no_organisation_mentioned() -> None:
    extraction = _extract("A statement\n\nOn World Refugee Day we remember the victims. "
                          "The International Day of Solidarity with the Palestinian People is on 29 November; "
                          "the Norwegian Refugee Council marks it.\n")
    assert [m.name for m in extraction.mentions] == ["Norwegian Refugee Council"]


def test_a_town_a_declaration_is_named_after_is_no_issuer() -> None:
    extraction = _extract("Declaración de La Habana\n\nEn solidaridad con el pueblo cubano\n\nLa Habana, 2 de mayo de 2023\n\n"
                          "Las organizaciones firmantes exigimos el fin del bloqueo.\n\nFirmantes:\n"
                          "Partido Comunista de Venezuela – Venezuela\nFrente Amplio – Uruguay\n")
    assert [(s.name, s.role) for s in extraction.signatories] == [
        ("Partido Comunista de Venezuela", "signatory"), ("Frente Amplio", "signatory")]


def test_the_members_a_german_coalition_sentence_lists_issue_it_with_the_coalition() -> None:
    extraction = _extract("Pressemitteilung\n\nBerlin, 23.01.2024 – Das Bündnis „Mietenstopp“ fordert die Bundesregierung auf, "
                          "die Mieten einzufrieren.\n\nDem Bündnis gehören unter anderem der Deutsche Mieterbund, der Paritätische "
                          "Gesamtverband und die Volkssolidarität an.\n")
    assert [s.name for s in extraction.signatories if s.rule == "signatories.membership"] == [
        "Deutsche Mieterbund", "Paritätische Gesamtverband", "Volkssolidarität"]
