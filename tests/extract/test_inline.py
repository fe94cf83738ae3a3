"""Inline lists after a cue, in the corpus languages: where one name ends and the next begins."""

from __future__ import annotations

import pytest

from graph.documents import decode_document
from graph.extract import extract
from graph.model import Signatory

CASES = [
    ("Заяву підписали: Центр громадянських свобод, ZMINA, Українська Гельсінська спілка з прав людини та Інститут масової інформації.",
     ["Центр громадянських свобод", "ZMINA", "Українська Гельсінська спілка з прав людини", "Інститут масової інформації"]),
    ("Podpisali: Partia Razem, OPZZ, Fundacja Batorego i Stowarzyszenie Klon/Jawor.",
     ["Partia Razem", "OPZZ", "Fundacja Batorego", "Stowarzyszenie Klon/Jawor"]),
    ("Unterzeichnet von: Attac Deutschland, BUND, Greenpeace Deutschland und IPPNW.",
     ["Attac Deutschland", "BUND", "Greenpeace Deutschland", "IPPNW"]),
    ("Assinam: CUT, MST, UNE e ABI.", ["CUT", "MST", "UNE", "ABI"]),
    ("Hanno firmato: ARCI, CGIL e Rete Italiana Pace e Disarmo.", ["ARCI", "CGIL", "Rete Italiana Pace e Disarmo"]),
    # a name with "and" in it stays whole
    ("Endorsed by: Oxfam, ActionAid, Australian Fair Trade and Investment Network.",
     ["Oxfam", "ActionAid", "Australian Fair Trade and Investment Network"]),
    ("Endorsed by: Oxfam, ActionAid, Workers and Peasants Party.", ["Oxfam", "ActionAid", "Workers and Peasants Party"]),
    ("Endorsed by: Oxfam, BAMN and the Movement for Justice.", ["Oxfam", "BAMN", "Movement for Justice"]),
    # the list's own "and" between two names of some words, where no serial comma took its place
    ("The letter was signed by 4 organisations: Digital Rights Watch, the Australian Privacy Foundation, Access Now and "
     "Amnesty International Australia.",
     ["Digital Rights Watch", "Australian Privacy Foundation", "Access Now", "Amnesty International Australia"]),
    ("Supported by: Amnesty International UK, Waging Peace and Sudan Solidarity Collective.",
     ["Amnesty International UK", "Waging Peace", "Sudan Solidarity Collective"]),
    # signatories named in prose, and a count before the names
    ("Among the signatories are Oxfam International, Save the Children, the International Rescue Committee and CARE International.",
     ["Oxfam International", "Save the Children", "International Rescue Committee", "CARE International"]),
    ("Entre las organizaciones firmantes se encuentran Greenpeace España, Ecologistas en Acción y Amigos de la Tierra.",
     ["Greenpeace España", "Ecologistas en Acción", "Amigos de la Tierra"]),
    ("Parmi les signataires figurent Attac France, la Ligue des droits de l'Homme et Greenpeace France.",
     ["Attac France", "Ligue des droits de l'Homme", "Greenpeace France"]),
    ("Zu den Unterzeichnern gehören Attac Deutschland, der BUND und Greenpeace Deutschland.",
     ["Attac Deutschland", "BUND", "Greenpeace Deutschland"]),
    ("Signatories include Liberty, the Public Law Project and the Immigration Law Practitioners' Association.",
     ["Liberty", "Public Law Project", "Immigration Law Practitioners' Association"]),
    ("The statement was signed by more than 40 organisations, including Amnesty International, Human Rights Watch and Article 19.",
     ["Amnesty International", "Human Rights Watch", "Article 19"]),
    ("This statement is endorsed by: Socialist Fight (UK), 350.org and Code Pink (USA).", ["Socialist Fight", "350.org", "Code Pink"]),
    ("Endorsed by: Oxfam, ActionAid, Greenpeace and 35 other organisations.", ["Oxfam", "ActionAid", "Greenpeace"]),
    # the rest of the list, counted, not named
    ("Firman: Nueva Central de Trabajadores (NCT), Sindicato Mexicano de Electricistas (SME) y más de 200 organizaciones.",
     ["Nueva Central de Trabajadores", "Sindicato Mexicano de Electricistas"]),
    ("Unterstützt von: Fridays for Future Deutschland, BUND, Campact, ver.di sowie vielen weiteren Organisationen.",
     ["Fridays for Future Deutschland", "BUND", "Campact", "ver.di"]),
    # names set apart by slashes
    ("Adhieren: CTERA / SUTEBA / CTA de los Trabajadores / Abuelas de Plaza de Mayo",
     ["CTERA", "SUTEBA", "CTA de los Trabajadores", "Abuelas de Plaza de Mayo"]),
    # a cue verb that opens the sentence, then the document, then the names
    ("Assinam esta nota a União Nacional dos Estudantes (UNE), o Sindicato Nacional dos Docentes (ANDES-SN) e a Confederação "
     "Nacional dos Trabalhadores em Educação (CNTE).",
     ["União Nacional dos Estudantes", "Sindicato Nacional dos Docentes", "Confederação Nacional dos Trabalhadores em Educação"]),
    ("Firman esta declaración Ecologistas en Acción, Greenpeace España y Amigos de la Tierra.",
     ["Ecologistas en Acción", "Greenpeace España", "Amigos de la Tierra"]),
    ("Signent la présente déclaration Attac France, la Ligue des droits de l'Homme et Greenpeace France.",
     ["Attac France", "Ligue des droits de l'Homme", "Greenpeace France"]),
    # the last "and" of a list between two one-word names
    ("Endorsed by: Friends of the Earth International, Oxfam and Greenpeace.", ["Friends of the Earth International", "Oxfam", "Greenpeace"]),
    ("Unterzeichnet von: Attac Deutschland, dem BUND und Campact.", ["Attac Deutschland", "BUND", "Campact"]),
    ("Signatories: Access Now | Article 19 | EDRi | Privacy International | Statewatch",
     ["Access Now", "Article 19", "EDRi", "Privacy International", "Statewatch"]),
    # a name missing its comma after its acronym; a name with a number after the last "and"
    ("This statement is endorsed by: Reporters Without Borders (RSF), International Federation of Journalists (IFJ) "
     "Hong Kong Watch (UK), PEN America and Article 19.",
     ["Reporters Without Borders", "International Federation of Journalists", "Hong Kong Watch", "PEN America", "Article 19"]),
    # an issuer after a colon, alone on its line
    ("Initiated by: National Network on Cuba (NNOC)", ["National Network on Cuba"]),
    # the bodies a sentence lists before a verb in the first person plural speak in it; places do not
    ("El Comité de Unidad Campesina (CUC), la Coordinadora Nacional Indígena y Campesina (CONIC) y el Consejo de "
     "Pueblos Mayas (CPO) denunciamos los desalojos violentos.",
     ["Comité de Unidad Campesina", "Coordinadora Nacional Indígena y Campesina", "Consejo de Pueblos Mayas"]),
    ("En Guatemala, Honduras y El Salvador denunciamos la represión.", []),
    ("As centrais sindicais CUT, Força Sindical, UGT, CTB, NCST e CSB exigem a valorização do salário mínimo.",
     ["CUT", "Força Sindical", "UGT", "CTB", "NCST", "CSB"]),
    ("In these circumstances, ICOR member organizations call on the workers to resist.", ["ICOR"]),
    ("The International Federation of Journalists (IFJ), the European Federation of Journalists (EFJ) and the National "
     "Union of Journalists (NUJ) condemn the killing of journalists.",
     ["International Federation of Journalists", "European Federation of Journalists", "National Union of Journalists"]),
    ("In 2024, the Russian government initiated a bill to denounce the agreement.", []),
    # names listed after an issuer phrase in a headline; a place after "&" goes on the name
    ("Gemeinsame Pressemitteilung von Greenpeace, BUND, NABU und WWF", ["Greenpeace", "BUND", "NABU", "WWF"]),
    ("Statement from Labour Friends of Palestine & the Middle East", ["Labour Friends of Palestine & the Middle East"]),
    ("El Partido Comunista de Venezuela rechaza el fraude electoral.", ["Partido Comunista de Venezuela"]),
    # a name that says its cause with a preposition; a small word after "and" goes on the name
    ("Issued by the Global Campaign to Return to Palestine", ["Global Campaign to Return to Palestine"]),
    ("Initiated by the European Action Coalition for the Right to Housing and to the City and Habitat International Coalition.",
     ["European Action Coalition for the Right to Housing and to the City", "Habitat International Coalition"]),
    # the last "and" of a list between a name of words and one of one word, or one that opens with an
    # acronym; a one-word name in small letters among names
    ("Signed by: Access Now, Studio Legale Fabiano and Cyberstorm.", ["Access Now", "Studio Legale Fabiano", "Cyberstorm"]),
    ("Signataires : Access Now, Simply Secure et SEND e.V.", ["Access Now", "Simply Secure", "SEND e.V."]),
    ("Signed by: Oxfam; Third World Network-Africa and Urgent Action Fund for Women's Human Rights.",
     ["Oxfam", "Third World Network-Africa", "Urgent Action Fund for Women's Human Rights"]),
    ("Signed by: Access Now; freifunk.net; Digitalcourage.", ["Access Now", "freifunk.net", "Digitalcourage"]),
    # a one-word name, then one that ends with its legal form (which keeps its dot); "Workers and
    # Peasants Party" stays one name
    ("Signed by: Access Now, Verstehbahnhof and Wikimedia Deutschland e. V.",
     ["Access Now", "Verstehbahnhof", "Wikimedia Deutschland e. V."]),
    ("Signed by: Oxfam, Workers and Peasants Party.", ["Oxfam", "Workers and Peasants Party"]),
    # an acronym in brackets that abbreviates only the name after the last "et la"
    ("Signataires : IndustriAll Europe, UNI Europa et la Fédération européenne des travailleurs du bâtiment et du bois (FETBB).",
     ["IndustriAll Europe", "UNI Europa", "Fédération européenne des travailleurs du bâtiment et du bois"]),
    # names set apart by semicolons may hold commas
    ("Signed by: Oxfam; Asia Pacific Forum on Women, Law and Development; Third World Network.",
     ["Oxfam", "Asia Pacific Forum on Women, Law and Development", "Third World Network"]),
    # a footnote's number after a name is no part of it
    ("Endorsed by: Jewish Voice for Peace[1], IfNotNow[2], Palestine Legal and the US Campaign for Palestinian Rights.",
     ["Jewish Voice for Peace", "IfNotNow", "Palestine Legal", "US Campaign for Palestinian Rights"]),
    # a body named by a common noun and a quoted name that heads a sentence
    ("Das Bündnis „Wohnen für alle“ fordert die Stadt Leipzig auf, den Verkauf städtischer Wohnungen zu stoppen.",
     ["Bündnis „Wohnen für alle“"]),
]


def _read(sentence: str) -> tuple[str, tuple[Signatory, ...]]:
    """``sentence`` in a short statement after a paragraph that names no one: the text, and the
    parties read from it."""
    text = f"A statement\n\nSome introduction that says nothing in particular about anything.\n\n{sentence}\n"
    return text, extract(decode_document("s.txt", text.encode())).signatories


@pytest.mark.parametrize(("sentence", "names"), CASES, ids=[c[0][:25] for c in CASES])
def test_inline_lists(sentence: str, names: list[str]) -> None:
    text, found = _read(sentence)
    assert [s.name for s in found] == names
    for s in found:
        assert text[s.span.start : s.span.end] == s.name


@pytest.mark.parametrize(("sentence", "issuers"), [
    ("We, the Socialist Workers Party (SWP), stand with the striking nurses.", ["Socialist Workers Party"]),
    ("We, the undersigned organisations, stand with the striking nurses.", []),
    ("We, the people of this city, stand with the striking nurses.", []),
    ("We, as members of civil society, oppose the bill.", []),
])
def test_we_the_body_the_document_speaks_as(sentence: str, issuers: list[str]) -> None:
    _, found = _read(sentence)
    assert [s.name for s in found if s.role == "issuer"] == issuers


def test_a_body_an_issuer_phrase_names_in_the_dative_is_the_subject_named_below() -> None:
    text = ("Pressemitteilung\n\nGemeinsame Erklärung von ver.di, GEW und dem Paritätischen Gesamtverband\n\nBerlin, 18.02.2025\n\n"
            "Die Gewerkschaften ver.di und GEW sowie der Paritätische Gesamtverband lehnen die geplanten Kürzungen "
            "entschieden ab.\n")
    extraction = extract(decode_document("s.txt", text.encode()))
    assert [(s.name, s.role) for s in extraction.signatories] == [
        ("ver.di", "issuer"), ("GEW", "issuer"), ("Paritätische Gesamtverband", "issuer")]
    paritaetische = extraction.signatories[2]
    assert [text[r.start : r.end] for r in paritaetische.repeats] == ["Paritätischen Gesamtverband"]
    assert [(s.polarity, s.target) for s in extraction.stances] == [("oppose", "geplanten Kürzungen")]


def test_a_region_after_a_slash_goes_on_the_name() -> None:
    text = "Declaración\n\nAdhieren:\nJubileo Sur / Américas\nCentral de Trabajadores de la Argentina (CTA)\n"
    found = extract(decode_document("s.txt", text.encode())).signatories
    assert [(s.name, s.aliases) for s in found] == [("Jubileo Sur / Américas", ()), ("Central de Trabajadores de la Argentina", ("CTA",))]


def test_members_named_in_prose_with_among_others() -> None:
    text = ("Pressemitteilung\n\nDie Initiative fordert ein Gesetz.\n\nZu den Trägerorganisationen gehören unter anderem "
            "Brot für die Welt, Germanwatch, Oxfam Deutschland und ver.di.\n")
    found = extract(decode_document("s.txt", text.encode())).signatories
    assert [(s.name, s.role) for s in found] == [("Brot für die Welt", "issuer"), ("Germanwatch", "issuer"),
                                                  ("Oxfam Deutschland", "issuer"), ("ver.di", "issuer")]


@pytest.mark.parametrize(("sentence", "issuers"), [
    ("The ICOR opposes the war.", ["ICOR"]),
    ("The Alliance urges the government to act.", []),  # a body named elsewhere, by a common noun
    # the sentence's article before a name of capitalised words that holds an organisation word
    ("The Ukrainian World Congress calls on all governments to recognise the Holodomor.", ["Ukrainian World Congress"]),
    ("Die Initiative fordert ein Gesetz.", []),
    ("Die unterzeichnenden Träger und Verbände der Jugendhilfe fordern den Senat auf, die Kürzungen zurückzunehmen.", []),
    ("Les organisations syndicales FSU, UNSA Éducation, SGEN-CFDT et SUD Éducation appellent à la grève.",
     ["FSU", "UNSA Éducation", "SGEN-CFDT", "SUD Éducation"]),
    # bodies known by their acronyms in brackets, a German compound among them
    ("Der Deutsche Gewerkschaftsbund (DGB), der Paritätische Gesamtverband und der Sozialverband VdK fordern die "
     "Bundesregierung auf, mehr Geld bereitzustellen.", ["Deutsche Gewerkschaftsbund", "Paritätische Gesamtverband", "Sozialverband VdK"]),
    ("A Central Única dos Trabalhadores (CUT), a Confederação Nacional dos Trabalhadores na Agricultura (CONTAG) e o "
     "Movimento dos Trabalhadores Rurais Sem Terra (MST) repudiam a violência no campo.",
     ["Central Única dos Trabalhadores", "Confederação Nacional dos Trabalhadores na Agricultura",
      "Movimento dos Trabalhadores Rurais Sem Terra"]),
    # a second group of names joined by "as well as", with words of its own that say what they are
    ("Les organisations syndicales CFDT, CGT, FO et FSU, ainsi que les organisations de jeunesse FAGE, UNEF et FIDL, "
     "appellent les salariés à se mobiliser.", ["CFDT", "CGT", "FO", "FSU", "FAGE", "UNEF", "FIDL"]),
    ("The unions UNISON and Unite, as well as the student union NUS, call for a strike.", ["UNISON", "Unite", "NUS"]),
    ("L'UNEF et la FAGE appellent à la grève.", ["UNEF", "FAGE"]),  # an elided article opening the sentence
    ("The TUC and Unite demand a four-day week.", ["TUC", "Unite"]),  # two names, one "and"
    # a German word for their kind before the names; a name of one word in small letters
    ("Die Gewerkschaften ver.di und GEW sowie der Paritätische Gesamtverband lehnen die Kürzungen ab.",
     ["ver.di", "GEW", "Paritätische Gesamtverband"]),
    ("Amnesty International and Human Rights Watch urge the government to release the prisoners.",
     ["Amnesty International", "Human Rights Watch"]),
    ("On behalf of our 1.2 million members, I urge you to double the climate finance commitment.", []),  # the writer
    # a second group after "insieme alle", with words in small letters for their kind
    ("CGIL, CISL e UIL, insieme alle associazioni ARCI, Legambiente e Libera, esprimono la loro ferma contrarietà al "
     "disegno di legge.", ["CGIL", "CISL", "UIL", "ARCI", "Legambiente", "Libera"]),
    ("Las confederaciones sindicales CCOO y UGT convocan concentraciones en todas las provincias.", ["CCOO", "UGT"]),
    # a span of time that opens the sentence is no name
    ("One year after the outbreak of the war, the International Socialist League reaffirms its solidarity with the people.",
     ["International Socialist League"]),
    # clauses either side of "sowie" are no names
    ("Möglich wäre eine solche Förderung durch eine vom Bund geförderte Stiftung öffentlichen Rechts, sowie die "
     "Bereitstellung digitaler Technologien für die Gesellschaft fordern wir.", []),
])
def test_a_declaring_subject_is_a_name_not_a_back_reference(sentence: str, issuers: list[str]) -> None:
    _, found = _read(sentence)
    assert [s.name for s in found if s.role == "issuer"] == issuers


def test_a_heading_without_a_colon_over_a_line_of_names() -> None:
    text = ("A statement\n\nGeneva, 25 October 2021\n\nThe following organisations have signed this statement\n\n"
            "Friends of the Earth International, the Transnational Institute, FIAN International, CETIM and the "
            "International Federation for Human Rights (FIDH).\n\nWe call on states to adopt a treaty.\n")
    found = extract(decode_document("s.txt", text.encode())).signatories
    assert [(s.name, s.role) for s in found] == [
        ("Friends of the Earth International", "signatory"), ("Transnational Institute", "signatory"),
        ("FIAN International", "signatory"), ("CETIM", "signatory"), ("International Federation for Human Rights", "signatory")]


@pytest.mark.parametrize(("sentence", "members"), [
    ("Das Bündnis besteht aus Attac Deutschland, dem BUND und Campact.", ["Attac Deutschland", "BUND", "Campact"]),
    ("La coordinadora está formada por Ecologistas en Acción, Greenpeace España y la Confederación General del Trabajo.",
     ["Ecologistas en Acción", "Greenpeace España", "Confederación General del Trabajo"]),
])
def test_a_body_made_up_of_members_named_by_a_common_noun_is_no_party(sentence: str, members: list[str]) -> None:
    _, found = _read(sentence)
    assert [s.name for s in found] == members  # not "Bündnis", not "coordinadora"


@pytest.mark.parametrize(("heading", "names"), [
    ("Firmato:", ["Rete Italiana Pace e Disarmo", "Sbilanciamoci"]),
    ("Подписи:", ["Союз журналистов России", "Мемориал"]),
    ("Podpisani:", ["Fundacja Helsińska", "Obywatele RP"]),
    ("Підписи:", ["Інститут масової інформації", "Детектор медіа"]),
    ("Podpisały:", ["Fundacja Feminoteka", "Ogólnopolski Strajk Kobiet"]),
    ("Supporting organisations:", ["Fundacja Feminoteka", "Ogólnopolski Strajk Kobiet"]),
    ("Organizaciones adherentes:", ["Fundacja Feminoteka", "Ogólnopolski Strajk Kobiet"]),
    ("Apoios:", ["Fundacja Feminoteka", "Ogólnopolski Strajk Kobiet"]),
    ("Ont signé cet appel :", ["Fundacja Feminoteka", "Ogólnopolski Strajk Kobiet"]),
    ("Es unterzeichnen:", ["Fundacja Feminoteka", "Ogólnopolski Strajk Kobiet"]),
    ("We, the undersigned:", ["Fundacja Feminoteka", "Ogólnopolski Strajk Kobiet"]),
])
def test_signature_headings_in_more_languages(heading: str, names: list[str]) -> None:
    text = f"A statement\n\nSome introduction that says nothing in particular about anything.\n\n{heading}\n" + "\n".join(names) + "\n"
    found = extract(decode_document("s.txt", text.encode())).signatories
    assert [s.name for s in found] == names
    assert {s.role for s in found} <= {"signatory", "endorser"}


def test_address_lines_under_a_distributor_are_none_of_its_entries() -> None:
    text = ("Communiqué commun\n\nLes organisations soussignées dénoncent la dissolution annoncée.\n\n"
            "Diffusé par les organisations suivantes :\n\nAttac France\n21 ter rue Voltaire, 75011 Paris\nTél. : 01 56 06 43 60\n"
            "attacfr@attac.org\n\nGreenpeace France\n13 rue d'Enghien, 75010 Paris\ncontact.fr@greenpeace.org\n")
    found = extract(decode_document("s.txt", text.encode())).signatories
    assert [(s.name, s.role) for s in found] == [("Attac France", "distributor"), ("Greenpeace France", "distributor")]
    assert [i.scheme for i in found[0].identifiers] == ["phone", "email"]


def test_a_sentence_a_cue_opens_lists_the_names_it_heads() -> None:
    text = ("A call\n\nInitiated by the European Action Coalition for the Right to Housing and to the City and Habitat "
            "International Coalition. Supported by FEANTSA, Housing Europe and the International Union of Tenants.\n\n"
            "We call on all governments to stop evictions into homelessness.\n")
    found = extract(decode_document("s.txt", text.encode())).signatories
    assert [(s.name, s.role) for s in found if s.role == "endorser"] == [
        ("FEANTSA", "endorser"), ("Housing Europe", "endorser"), ("International Union of Tenants", "endorser")]
    assert any(s.role == "issuer" for s in found)


@pytest.mark.parametrize(("sentence", "bodies"), [
    ("This statement is adapted from a statement by the International Dockworkers Council (IDC) and the International "
     "Transport Workers' Federation (ITF).", ["International Dockworkers Council", "International Transport Workers' Federation"]),
    ("This statement was initiated by the Trade Union Solidarity Network and is co-signed by Oxfam.",
     ["Trade Union Solidarity Network"]),
    ("Joint statement by the Canadian Labour Congress and the AFL-CIO on trade", ["Canadian Labour Congress", "AFL-CIO"]),
    ("Statement by the UN Working Group on Arbitrary Detention", ["UN Working Group on Arbitrary Detention"]),
])
def test_two_bodies_behind_a_statement_and_where_the_name_ends(sentence: str, bodies: list[str]) -> None:
    _, found = _read(sentence)
    assert [s.name for s in found if s.role in ("issuer", "adapted_from")] == bodies


def test_a_slogan_under_a_list_is_none_of_its_entries() -> None:
    text = ("Webinar statement\n\nCo-sponsored by:\n- Trades Union Congress (TUC)\n- Comisiones Obreras (CCOO), Spain\n\n"
            "Hands off the right to strike!\n")
    found = extract(decode_document("s.txt", text.encode())).signatories
    assert [s.name for s in found] == ["Trades Union Congress", "Comisiones Obreras"]


def test_a_table_under_a_heading_without_a_colon() -> None:
    text = ("Signatories of the open letter on AI regulation\n\nOrganisation\tCountry\tWebsite\n"
            "AlgorithmWatch\tGermany\talgorithmwatch.org\nPanoptykon Foundation\tPoland\tpanoptykon.org\n")
    found = extract(decode_document("s.txt", text.encode())).signatories
    assert [(s.name, s.country, [i.value for i in s.identifiers]) for s in found] == [
        ("AlgorithmWatch", "DE", ["algorithmwatch.org"]), ("Panoptykon Foundation", "PL", ["panoptykon.org"])]


def test_an_entry_carried_on_over_an_indented_line_is_one_name() -> None:
    text = ("Open letter\n\nSigned by:\n\n1. Coordinating Committee of the International Network of Human Rights\n"
            "   Defenders in Central and Eastern Europe\n2. European Network of National Human Rights Institutions\n")
    found = extract(decode_document("s.txt", text.encode())).signatories
    assert [s.name for s in found] == ["Coordinating Committee of the International Network of Human Rights Defenders in "
                                       "Central and Eastern Europe", "European Network of National Human Rights Institutions"]
    first = found[0]
    assert text[first.span.start : first.span.end].split() == first.name.split()  # the span holds the whole name
    assert len(first.parts) == 2


def test_a_country_in_brackets_on_the_line_under_an_entry() -> None:
    text = ("Statement of support\n\nEndorsed by:\n\nLegal Resources Centre\n(South Africa)\n\n"
            "Zimbabwe Lawyers for Human Rights\n(Zimbabwe)\n")
    found = extract(decode_document("s.txt", text.encode())).signatories
    assert [(s.name, s.country) for s in found] == [("Legal Resources Centre", "ZA"), ("Zimbabwe Lawyers for Human Rights", "ZW")]


@pytest.mark.parametrize("heading", ["Distributed by:", "Diffusé par :", "Verbreitet von:", "Поширюють:", "Распространяют:"])
def test_distributor_headings_with_contact_lines(heading: str) -> None:
    text = (f"A statement\n\nSome introduction that says nothing in particular about anything.\n\n{heading}\n"
            "Greenpeace International\nwww.greenpeace.org\nAttac France\ncontact@attac.org\n")
    found = extract(decode_document("s.txt", text.encode())).signatories
    assert [(s.name, s.role, [i.scheme for i in s.identifiers]) for s in found] == [
        ("Greenpeace International", "distributor", ["web"]), ("Attac France", "distributor", ["email"])]


@pytest.mark.parametrize(("sentence", "body"), [
    ("Ce texte est adapté d'une déclaration du Parti communiste français (PCF).", "Parti communiste français"),
    ("Dieser Text basiert auf einer Erklärung der Deutschen Kommunistischen Partei (DKP).", "Deutschen Kommunistischen Partei"),
    ("Este texto está adaptado de una declaración del Partido Comunista de España (PCE).", "Partido Comunista de España"),
    ("Questo testo è tratto da una dichiarazione del Partito della Rifondazione Comunista (PRC).",
     "Partito della Rifondazione Comunista"),
    ("This statement is based on a statement by the Communist Party of Britain (CPB).", "Communist Party of Britain"),
    ("It is adapted from a fine statement by the Socialist Unity Party (USA).", "Socialist Unity Party"),
])
def test_adapted_from_in_five_languages(sentence: str, body: str) -> None:
    _, found = _read(sentence)
    assert [(s.name, s.role) for s in found] == [(body, "adapted_from")]


def test_an_unmarked_closing_list_signs_when_we_are_the_signing_bodies() -> None:
    text = ("СПІЛЬНА ЗАЯВА\n\nТоронто, 24 серпня 2023 р.\n\nЗ нагоди Дня Незалежності України ми, українські громадські "
            "організації Канади, висловлюємо підтримку українському народу.\n\nКонгрес українців Канади (КУК)\n"
            "Ліга українців Канади\nСоюз українок Канади\n")
    found = extract(decode_document("s.txt", text.encode())).signatories
    assert [s.name for s in found] == ["Конгрес українців Канади", "Ліга українців Канади", "Союз українок Канади"]


def test_a_person_named_before_the_body_of_a_mention_is_no_part_of_it() -> None:
    text = "A report\n\n\"The technology is inaccurate,\" said Dr Daragh Murray of Queen Mary University of London.\n"
    mentions = extract(decode_document("s.txt", text.encode())).mentions
    assert [m.name for m in mentions] == ["Queen Mary University of London"]


def test_a_month_after_a_mentioned_body_is_no_part_of_it() -> None:
    text = "A statement\n\nThe union was dissolved by the Supreme Court in July 2022, with the Consejo del Mar watching.\n"
    mentions = extract(decode_document("s.txt", text.encode())).mentions
    assert "Supreme Court" in {m.name for m in mentions}


def test_a_law_is_no_body_and_a_title_case_headline_is_no_name() -> None:
    text = ("FOR IMMEDIATE RELEASE\nMarch 8, 2024\n\nCoalition Demands Living Wage for Care Workers\n\n"
            "The coalition called on Congress to pass the Care Workers Fair Pay Act and thanked the European Parliament "
            "on the AI Act.\n\nAbout the National Domestic Workers Network: the network advocates for domestic workers.\n")
    extraction = extract(decode_document("s.txt", text.encode()))
    assert extraction.title is not None and extraction.title.text == "Coalition Demands Living Wage for Care Workers"
    assert [m.name for m in extraction.mentions] == ["European Parliament", "National Domestic Workers Network"]


def test_a_headline_with_a_plural_subjects_verb_is_no_name() -> None:
    text = ("FOR IMMEDIATE RELEASE\n\nGroups Urge Congress to Reject Fast Track\n\nWASHINGTON, D.C. – June 3, 2024 – More than "
            "200 groups today sent a letter organised by the Fair Trade Coalition.\n")
    assert [m.name for m in extract(decode_document("s.txt", text.encode())).mentions] == ["Fair Trade Coalition"]


def test_a_run_after_a_word_for_the_signers_is_no_mention() -> None:
    text = "Offener Brief\n\nDie unterzeichnenden Träger und Verbände der Jugendhilfe wenden sich an Sie.\n"
    assert extract(decode_document("s.txt", text.encode())).mentions == ()


def test_a_list_under_a_heading_ends_where_a_line_with_its_own_cue_starts() -> None:
    text = ("Joint Civil Society Statement on the UN Cybercrime Convention\n\nGeneva, 29 January 2024\n\n"
            "The undersigned organisations urge states to reject the draft convention in its current form.\n\n"
            "This statement is endorsed by: Access Now, ARTICLE 19, Derechos Digitales (Chile), Electronic Frontier Foundation "
            "(EFF), Human Rights Watch, Privacy International (UK), SMEX (Lebanon) and Paradigm Initiative (Nigeria).\n")
    found = extract(decode_document("s.txt", text.encode())).signatories
    assert [s.name for s in found] == ["Access Now", "ARTICLE 19", "Derechos Digitales", "Electronic Frontier Foundation",
                                       "Human Rights Watch", "Privacy International", "SMEX", "Paradigm Initiative"]
    assert {s.role for s in found} == {"endorser"}


def test_the_signers_of_each_kind_under_their_own_heading() -> None:
    text = ("Open letter in support of the flotilla\n\nWe, the undersigned, call for the lifting of the blockade.\n\n"
            "Organisations:\nWar on Want\nPalestine Solidarity Campaign\nJewish Voice for Labour\n\n"
            "Individuals:\nKen Loach, film director\nNoam Chomsky, linguist\nAngela Davis, University of California, Santa Cruz\n")
    found = extract(decode_document("s.txt", text.encode())).signatories
    assert [(s.name, s.kind) for s in found] == [
        ("War on Want", "organisation"), ("Palestine Solidarity Campaign", "organisation"), ("Jewish Voice for Labour", "organisation"),
        ("Ken Loach", "person"), ("Noam Chomsky", "person"), ("Angela Davis", "person")]


@pytest.mark.parametrize("sign_off", ["Firmado,", "Signé,", "Assinado,"])
def test_a_sign_off_word_heads_the_list_below_it(sign_off: str) -> None:
    text = (f"Carta abierta\n\nLas organizaciones firmantes le pedimos que retire la propuesta.\n\n{sign_off}\n\n"
            "Xnet\nAsociación de Internautas\nFundación Ciudadana Civio\n")
    found = extract(decode_document("s.txt", text.encode())).signatories
    assert [s.name for s in found] == ["Xnet", "Asociación de Internautas", "Fundación Ciudadana Civio"]


def test_an_office_and_its_links_before_a_mentioned_body_are_no_part_of_it() -> None:
    text = "Carta abierta a la Presidenta de la Comisión Europea\n\nNos dirigimos a usted por la propuesta.\n"
    assert [m.name for m in extract(decode_document("s.txt", text.encode())).mentions] == ["Comisión Europea"]


def test_a_heading_over_one_line_of_names_set_apart_by_commas() -> None:
    text = ("Appello per la pace\n\nPromuovono:\nRete Italiana Pace e Disarmo, Assopace Palestina, Un Ponte Per\n\n"
            "Aderiscono:\nARCI, ACLI, CGIL, Legambiente e oltre 200 associazioni locali.\n\n"
            "Chiediamo un cessate il fuoco immediato e permanente.\n")
    found = extract(decode_document("s.txt", text.encode())).signatories
    assert [(s.name, s.role) for s in found] == [
        ("Rete Italiana Pace e Disarmo", "issuer"), ("Assopace Palestina", "issuer"), ("Un Ponte Per", "issuer"),
        ("ARCI", "endorser"), ("ACLI", "endorser"), ("CGIL", "endorser"), ("Legambiente", "endorser")]


def test_a_pages_running_header_inside_a_list_is_no_entry() -> None:
    text = ("JOINT STATEMENT ON THE RIGHT TO STRIKE\n\nWe, the undersigned trade unions, reaffirm the right to strike.\n\n"
            "Signatories:\n\n1. International Trade Union Confederation (ITUC)\n2. Public Services International (PSI)\n\n"
            "                                          Page 1 of 2\nJOINT STATEMENT ON THE RIGHT TO STRIKE\n\n"
            "3. UNI Global Union\n4. Education International (EI)\n")
    found = extract(decode_document("s.txt", text.encode())).signatories
    assert [s.name for s in found] == ["International Trade Union Confederation", "Public Services International",
                                       "UNI Global Union", "Education International"]


def test_a_country_under_each_name_is_that_entrys() -> None:
    text = ("Declaration of solidarity\n\nEndorsing organisations:\n\nAfrican Centre for Justice and Peace Studies\nUganda\n\n"
            "Arab Network for Human Rights Information\nEgypt\n\nSudanese Women Rights Action\nSudan\n")
    found = extract(decode_document("s.txt", text.encode())).signatories
    assert [(s.name, s.country) for s in found] == [("African Centre for Justice and Peace Studies", "UG"),
                                                    ("Arab Network for Human Rights Information", "EG"),
                                                    ("Sudanese Women Rights Action", "SD")]


def test_kinds_of_bodies_after_an_issuer_phrase_name_none() -> None:
    text = "Erklärung von Gewerkschaften und Sozialverbänden\n\nBerlin, 3. Oktober 2023\n\nWir fordern mehr Geld für Kinder.\n"
    assert extract(decode_document("s.txt", text.encode())).signatories == ()


def test_persons_who_sign_with_their_offices_close_the_text() -> None:
    text = ("Statement from the co-chairs\n\nThe Stop the War Coalition and the Campaign for Nuclear Disarmament (CND) jointly "
            "call for an end to arms sales.\n\nLindsey German, Convenor, Stop the War Coalition\n"
            "Kate Hudson, General Secretary, CND\n\nLondon, 20 October 2023\n")
    found = extract(decode_document("s.txt", text.encode())).signatories
    assert [(s.name, s.kind, s.affiliation) for s in found if s.kind == "person"] == [
        ("Lindsey German", "person", "Stop the War Coalition"), ("Kate Hudson", "person", "CND")]


def test_an_issuer_list_in_a_long_headline_ends_where_its_topic_starts() -> None:
    text = ("Joint statement by Amnesty International, Human Rights Watch and the International Commission of Jurists on the "
            "death penalty in Iran\n\n21 December 2022\n\nThe organisations call on the authorities to halt all executions.\n")
    found = extract(decode_document("s.txt", text.encode())).signatories
    assert [(s.name, s.role) for s in found] == [("Amnesty International", "issuer"), ("Human Rights Watch", "issuer"),
                                                  ("International Commission of Jurists", "issuer")]


def test_an_inline_list_wrapped_over_lines_that_end_with_semicolons() -> None:
    text = ("Joint statement on Belarus\n\nThis statement is supported by: Belarusian Congress of Democratic Trade Unions (BKDP);\n"
            "International Trade Union Confederation (ITUC); European Trade Union Confederation (ETUC);\n"
            "IndustriALL Global Union; Landsorganisationen i Sverige (LO).\n")
    found = extract(decode_document("s.txt", text.encode())).signatories
    assert [s.name for s in found] == ["Belarusian Congress of Democratic Trade Unions", "International Trade Union Confederation",
                                       "European Trade Union Confederation", "IndustriALL Global Union", "Landsorganisationen i Sverige"]
    for s in found:
        assert text[s.span.start : s.span.end] == s.name


def test_two_columns_of_names_set_apart_by_tabs() -> None:
    text = ("Joint letter on data retention\n\nSignatories:\n\nAccess Now\t\tEuropean Digital Rights (EDRi)\n"
            "Privacy International\t\tStatewatch\nBits of Freedom\t\tdigitalcourage e.V.\n")
    found = extract(decode_document("s.txt", text.encode())).signatories
    assert [s.name for s in found] == ["Access Now", "Privacy International", "Bits of Freedom", "European Digital Rights",
                                       "Statewatch", "digitalcourage e.V."]


def test_the_unit_a_person_signs_for_is_no_entry() -> None:
    text = ("Offener Brief an die Landesregierung\n\nwir fordern Sie auf, die Schließung zu stoppen.\n\n"
            "Mit freundlichen Grüßen\n\nFür den Vorstand\nMaria Schmidt\nFrauenhauskoordinierung e.V.\n")
    found = extract(decode_document("s.txt", text.encode())).signatories
    assert "Für den Vorstand" not in {s.name for s in found}
    assert "Maria Schmidt" in {s.name for s in found}


def test_signatures_that_close_a_letter_with_no_sign_off() -> None:
    text = ("Open letter on the protection of whistleblowers\n\nTo the Members of the European Parliament\n\n"
            "We urge you to adopt a strong whistleblower protection directive.\n\n"
            "Anna Berg\nDirector\nWhistleblowing International Network\n\nTom Clarke\nChief Executive\nProtect\n")
    extraction = extract(decode_document("s.txt", text.encode()))
    assert [(s.name, s.affiliation) for s in extraction.signatories if s.kind == "person"] == [
        ("Anna Berg", "Whistleblowing International Network"), ("Tom Clarke", "Protect")]
    assert [m.name for m in extraction.mentions] == ["European Parliament"]


def test_a_country_then_a_colon_then_names_set_apart_by_commas() -> None:
    text = ("Declaración internacional\n\nFirmantes:\n\nARGENTINA: Partido Obrero, Movimiento Socialista de los Trabajadores\n"
            "BRASIL: Partido Socialismo e Liberdade (PSOL), Partido Comunista Brasileiro (PCB)\n")
    found = extract(decode_document("s.txt", text.encode())).signatories
    assert [(s.name, s.country) for s in found] == [
        ("Partido Obrero", "AR"), ("Movimiento Socialista de los Trabajadores", "AR"),
        ("Partido Socialismo e Liberdade", "BR"), ("Partido Comunista Brasileiro", "BR")]


def test_capitals_of_latin_extended_letters_open_names_and_sentences() -> None:
    text = ("Petition: Save the tram depot\n\nWe thank the Łódź Heritage Society for its work. Świętokrzyskie groups joined "
            "later.\n")
    extraction = extract(decode_document("s.txt", text.encode()))
    assert [m.name for m in extraction.mentions] == ["Łódź Heritage Society"]


def test_and_others_closing_a_list_under_a_heading_names_nobody() -> None:
    text = ("Statement on the camp\n\nThe following organisations endorse this statement, and others:\n\n"
            "Refugee Council of Australia; Asylum Access; International Rescue Committee; Danish Refugee Council; and others.\n\n"
            "We call on the government to keep the camp open.\n")
    found = extract(decode_document("s.txt", text.encode())).signatories
    assert [s.name for s in found] == ["Refugee Council of Australia", "Asylum Access", "International Rescue Committee",
                                       "Danish Refugee Council"]


def test_a_preposition_before_a_capital_inside_a_listed_name_is_no_topic() -> None:
    text = ("Joint statement by the Working Group on Arbitrary Detention, Amnesty International and Human Rights Watch on the "
            "detention of activists in Bahrain\n\n3 May 2023\n\nThe organisations call on the authorities to release them.\n")
    found = extract(decode_document("s.txt", text.encode())).signatories
    assert [s.name for s in found] == ["Working Group on Arbitrary Detention", "Amnesty International", "Human Rights Watch"]


@pytest.mark.parametrize(("sentence", "names", "role"), [
    # a line that opens with a cue and goes on with the names, with no colon and no full stop
    ("Supported by Amnesty International, Oxfam International and the Open Rights Group",
     ["Amnesty International", "Oxfam International", "Open Rights Group"], "endorser"),
    ("Convened by: Center for International Environmental Law (CIEL), Break Free From Plastic and GAIA",
     ["Center for International Environmental Law", "Break Free From Plastic", "GAIA"], "issuer"),
    ("Impulsado por: Sindicato de Inquilinas de Madrid, Plataforma de Afectados por la Hipoteca (PAH)",
     ["Sindicato de Inquilinas de Madrid", "Plataforma de Afectados por la Hipoteca"], "issuer"),
    # names that open the sentence, then the signers' own clause
    ("À l'appel de la CGT, de la FSU, de l'Union syndicale Solidaires et du Planning familial, nous appelons à la grève.",
     ["CGT", "FSU", "Union syndicale Solidaires", "Planning familial"], "issuer"),
    ("À l'appel de la CGT, d'Attac et de la FSU, nous appelons à la grève.", ["CGT", "Attac", "FSU"], "issuer"),
    ("On behalf of the Sierra Club, Friends of the Earth and 350.org, we urge Congress to reject the pipeline.",
     ["Sierra Club", "Friends of the Earth", "350.org"], "issuer"),
    ("Auf Initiative von Campact, dem Paritätischen Gesamtverband und der Diakonie Deutschland.",
     ["Campact", "Paritätischen Gesamtverband", "Diakonie Deutschland"], "issuer"),
])
def test_cues_that_open_a_line_of_names(sentence: str, names: list[str], role: str) -> None:
    _, found = _read(sentence)
    assert [(s.name, s.role) for s in found] == [(name, role) for name in names]


@pytest.mark.parametrize("heading", ["Mit Unterstützung von:", "Apoyan:", "Com o apoio de:"])
def test_endorser_headings_over_a_list(heading: str) -> None:
    text = f"Aufruf\n\nWir fordern mehr Demokratie.\n\n{heading}\nAttac Deutschland\nGreenpeace Deutschland\nCampact\n"
    found = extract(decode_document("s.txt", text.encode())).signatories
    assert [(s.name, s.role) for s in found] == [
        ("Attac Deutschland", "endorser"), ("Greenpeace Deutschland", "endorser"), ("Campact", "endorser")]


def test_an_infinitive_clause_is_no_declaring_subject() -> None:
    text = ("Ein Aufruf\n\nUm langfristig zivilgesellschaftliches Engagement und den Erhalt eines digitalen Ökosystems zu "
            "fördern, schlagen wir folgende Maßnahmen vor.\n")
    assert [s.name for s in extract(decode_document("s.txt", text.encode())).signatories] == []


def test_a_city_s_name_in_a_list_of_issuers_is_still_a_name() -> None:
    text = "A statement\n\nSupported by Amnesty International, Liberty and the Open Rights Group\n"
    found = extract(decode_document("s.txt", text.encode())).signatories
    assert [s.name for s in found] == ["Amnesty International", "Liberty", "Open Rights Group"]


def test_names_between_dashes_after_the_subject_with_a_serial_comma() -> None:
    text = ("Joint statement\n\nThe following organisations – Transparency International Georgia, the Georgian Young Lawyers' "
            "Association, and Social Justice Center – call on the Parliament to withdraw the draft law.\n")
    found = extract(decode_document("s.txt", text.encode())).signatories
    assert [(s.name, s.role) for s in found] == [("Transparency International Georgia", "issuer"),
                                                ("Georgian Young Lawyers' Association", "issuer"), ("Social Justice Center", "issuer")]


def test_an_issuer_phrase_before_an_elided_article() -> None:
    text = "Communiqué de l'Union des Travailleurs\n\nParis, le 1er mai 2024\n\nNous exigeons l'abrogation de la loi.\n"
    found = extract(decode_document("s.txt", text.encode())).signatories
    assert [(s.name, s.role) for s in found] == [("Union des Travailleurs", "issuer")]


def test_bodies_named_by_german_compounds_are_mentioned_without_an_office_before_them() -> None:
    text = ("Bündnis fordert Mietenstopp\n\nDas Bündnis, dem der Deutsche Mieterbund und der Paritätische Gesamtverband "
            "angehören, fordert einen Mietenstopp.\n\nPressekontakt:\nAnna Weber, Pressesprecherin Deutscher Mieterbund\n")
    found = extract(decode_document("s.txt", text.encode())).mentions
    assert {m.name for m in found} >= {"Deutsche Mieterbund", "Paritätische Gesamtverband", "Deutscher Mieterbund"}
    assert not any("Pressesprecherin" in m.name for m in found)


@pytest.mark.parametrize(("headline", "issuer"), [
    ("Заява Конфедерації вільних профспілок щодо законопроекту", "Конфедерації вільних профспілок"),
    ("Oświadczenie Helsińskiej Fundacji Praw Człowieka w sprawie ustawy", "Helsińskiej Fundacji Praw Człowieka"),
    ("Заявление Конфедерации труда России по поводу закона", "Конфедерации труда России"),
])
def test_a_slavic_headline_names_its_body_after_what_the_text_is(headline: str, issuer: str) -> None:
    text = f"{headline}\n\n3 травня 2024\n\nWe oppose the law.\n"
    found = extract(decode_document("s.txt", text.encode())).signatories
    assert [(s.name, s.role) for s in found] == [(issuer, "issuer")]


def test_a_body_in_the_genitive_is_the_one_its_list_names_in_the_nominative() -> None:
    text = ("Заява Конгресу українців Канади\n\nОттава, 24 лютого 2023 р.\n\nМи засуджуємо вторгнення.\n\n"
            "Підписали:\n1. Конгрес українців Канади (КУК)\n2. Ліга українців Канади\n3. Союз українок Канади\n")
    found = extract(decode_document("s.txt", text.encode())).signatories
    assert [(s.name, s.role) for s in found] == [("Конгрес українців Канади", "issuer"), ("Ліга українців Канади", "signatory"),
                                                ("Союз українок Канади", "signatory")]


def test_a_slavic_headline_in_capitals_names_no_body() -> None:
    text = "ЗАЯВА СТЕЙТОВИХ ГРОМАД ТА СУОА ПРО РОЛЬ ГРОМАД\n\n2017-06-23\n\nМи вимагаємо миру.\n"
    assert [s.name for s in extract(decode_document("s.txt", text.encode())).signatories] == []


@pytest.mark.parametrize(("sentence", "members"), [
    ("Le collectif regroupe Attac, la Ligue des droits de l'Homme, Greenpeace France et la CGT.",
     ["Attac", "Ligue des droits de l'Homme", "Greenpeace France", "CGT"]),
    ("The coalition brings together Amnesty International, Liberty and the Open Rights Group.",
     ["Amnesty International", "Liberty", "Open Rights Group"]),
    ("La plataforma agrupa a CCOO, UGT y Ecologistas en Acción.", ["CCOO", "UGT", "Ecologistas en Acción"]),
    # the coalition before "which", its members up to where the sentence goes on, and no unnamed groups
    ("The Frack Free Alliance, which is made up of Friends of the Earth Scotland, the Scottish Green Party, Unison "
     "Scotland and local community groups, today launched a national campaign.",
     ["Frack Free Alliance", "Friends of the Earth Scotland", "Scottish Green Party", "Unison Scotland"]),
])
def test_a_body_that_brings_its_members_together_names_them(sentence: str, members: list[str]) -> None:
    _, found = _read(sentence)
    assert [s.name for s in found if s.role == "issuer"] == members


def test_a_one_word_name_by_its_shape_and_a_name_of_words_are_two() -> None:
    text, found = _read("Unterzeichnende Organisationen: Brot für die Welt, Germanwatch, Misereor, ver.di und Werkstatt Ökonomie.")
    assert [s.name for s in found] == ["Brot für die Welt", "Germanwatch", "Misereor", "ver.di", "Werkstatt Ökonomie"]
    assert [m.name for m in extract(decode_document("s.txt", text.encode())).mentions] == []  # (nor the heading's words)
