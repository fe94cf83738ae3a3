"""Entry parsing, one row per list format met in real signatory lists."""

from __future__ import annotations

import pytest

from graph.documents import decode_document
from graph.extract import extract
from graph.extract._text import Seg
from graph.extract.contacts import identifiers_in, is_contact_line, is_postal_address
from graph.extract.entries import parse_entry

CASES = [
    # text, name, aliases that must be present, country, kind
    ("1. ORC Organisation Révolutionnaire du Congo (Revolutionary Organization of Congo), Democratic Republic of the Congo",
     "Revolutionary Organization of Congo", {"ORC", "Organisation Révolutionnaire du Congo"}, "CD", "organisation"),
    ("15. PC (ML) Partido Comunista (Marxista Leninista) (Communist Party (Marxist-Leninist)), Dominican Republic",
     "Communist Party (Marxist-Leninist)", {"PC (ML)", "Partido Comunista (Marxista Leninista)"}, "DO", "organisation"),
    ("19. NCP (Mashal) Nepal Communist Party (Mashal)", "Nepal Communist Party (Mashal)", {"NCP (Mashal)"}, "NP", "organisation"),
    ("5. CPA/ML Communist Party of Australia (Marxist-Leninist)", "Communist Party of Australia (Marxist-Leninist)", {"CPA/ML"}, "AU", "organisation"),
    ("Cumpanis (Italian communist journal)", "Cumpanis", set(), "IT", "organisation"),
    ("Movement for People's Democracy (USA)", "Movement for People's Democracy", set(), "US", "organisation"),
    ("2. DAWN (Development Alternatives with Women for a New Era), Global South",
     "Development Alternatives with Women for a New Era", {"DAWN"}, None, "organisation"),
    ("15. AIDS and Rights Alliance for Southern Africa-ARASA", "AIDS and Rights Alliance for Southern Africa", {"ARASA"}, None, "organisation"),
    ("26. ActionAid France - Peuples Solidaires, Paris, France", "ActionAid France - Peuples Solidaires", set(), "FR", "organisation"),
    ("32. Amis de l'Afrique Francophone - Benin", "Amis de l'Afrique Francophone", set(), "BJ", "organisation"),
    ("57. Fundación Mexicana para la Planeación Familiar, A. C. MEXFAM, México",
     "Fundación Mexicana para la Planeación Familiar, A. C.", {"MEXFAM"}, "MX", "organisation"),
    ("Public Services International (PSI) global union federation", "Public Services International", {"PSI"}, None, "organisation"),
    ("5. Latindadd, Latin America", "Latindadd", set(), None, "organisation"),  # a region after a comma: where it works
    # a US body's seat: a city, then its state's code
    ("ACLU of Northern California, San Francisco, CA", "ACLU of Northern California", set(), "US", "organisation"),
    ("Restore The Fourth, Minneapolis, MN", "Restore The Fourth", set(), "US", "organisation"),
    ("Demand Progress, Washington, DC", "Demand Progress", set(), "US", "organisation"),
    # a country and the body's reach in one bracket
    ("1. IBON International (Philippines/Global)", "IBON International", set(), "PH", "organisation"),
    ("4. Consumers International (UK/Global)", "Consumers International", set(), "GB", "organisation"),
    # a short name and the country in one bracket; a town and its country
    ("Confédération générale du travail (CGT, France)", "Confédération générale du travail", {"CGT"}, "FR", "organisation"),
    ("Unite the Union (Unite, UK)", "Unite the Union", {"Unite"}, "GB", "organisation"),
    ("Baobab Experience (Roma, Italia)", "Baobab Experience", set(), "IT", "organisation"),
    ("Comité Óscar Romero de Madrid – Estado español", "Comité Óscar Romero de Madrid", set(), "ES", "organisation"),  # Spain, as some say it
    ("Gestos (soropositividade, comunicação, gênero), Brazil", "Gestos", set(), "BR", "organisation"),
    ("• ACT | The App Association", "ACT | The App Association", {"ACT", "The App Association"}, None, "organisation"),
    ("66\tHandelskampanjen (The Trade Campaign)\tNorway", "The Trade Campaign", {"Handelskampanjen"}, "NO", "organisation"),
    ("32\t11.11.11\tBelgium", "11.11.11", set(), "BE", "organisation"),
    ("Popular Front for the Liberation of Palestine (Youth Section)",
     "Popular Front for the Liberation of Palestine (Youth Section)", set(), "PS", "organisation"),
    ("Tim Norton, Digital Rights Watch", "Tim Norton", set(), None, "person"),
    ("Julian Burnside AO QC", "Julian Burnside", {"Julian Burnside AO QC"}, None, "person"),
    ("• Mathieu de fairness.coop", "Mathieu", set(), None, "person"),
    ("Electronic Frontier Foundation", "Electronic Frontier Foundation", set(), None, "organisation"),
    ("- CGIL, Confederazione Generale Italiana del Lavoro", "Confederazione Generale Italiana del Lavoro", {"CGIL"}, "IT",
     "organisation"),
    ("- Un Ponte Per", "Un Ponte Per", set(), None, "organisation"),
    ("| Liberty | United Kingdom |", "Liberty", set(), "GB", "organisation"),  # a Markdown table row
    ("1. ORC – Organisation Révolutionnaire du Congo (Revolutionary Organization of Congo) – Democratic Republic of the Congo",
     "Revolutionary Organization of Congo", {"ORC", "Organisation Révolutionnaire du Congo"}, "CD", "organisation"),
    ("D64 – Zentrum für Digitalen Fortschritt e. V.", "D64 – Zentrum für Digitalen Fortschritt e. V.", set(), None, "organisation"),
    ("MPA - Movimento dos Pequenos Agricultores (Brasil)", "Movimento dos Pequenos Agricultores", {"MPA"}, "BR", "organisation"),
    # an acronym of the name in another language, marked off by a comma or followed by a translation
    ("1. MLPD, Marxist-Leninist Party of Germany", "Marxist-Leninist Party of Germany", {"MLPD"}, "DE", "organisation"),
    ("4. KSRD Komunistická strana Rakúska (Communist Party of Slovakia), Slovakia", "Communist Party of Slovakia",
     {"KSRD", "Komunistická strana Rakúska"}, "SK", "organisation"),
    ("ABCD Foundation for Peace", "ABCD Foundation for Peace", set(), None, "organisation"),  # unmarked: one name
    ("GMB, Southern Region", "GMB, Southern Region", set(), None, "organisation"),
    # "(ML)" qualifies a party's name; "(Andifes)" is a short name of initials
    ("Bangladesh Samyabadi Dal (ML)", "Bangladesh Samyabadi Dal (ML)", set(), "BD", "organisation"),
    ("Associação Nacional dos Dirigentes das Instituições Federais de Ensino Superior (Andifes)",
     "Associação Nacional dos Dirigentes das Instituições Federais de Ensino Superior", {"Andifes"}, None, "organisation"),
    # a state's code after a dash is where the body is, unless it abbreviates the name
    ("Sindicato dos Trabalhadores em Educação (Sinte) – SC", "Sindicato dos Trabalhadores em Educação", {"Sinte"}, None,
     "organisation"),
    ("Sindicato dos Servidores Públicos Federais no Distrito Federal (Sindsep-DF) – DF",
     "Sindicato dos Servidores Públicos Federais no Distrito Federal", {"Sindsep-DF"}, None, "organisation"),
    ("Partido dos Trabalhadores – PT", "Partido dos Trabalhadores", {"PT"}, None, "organisation"),
    # an acronym after a dash with a hyphen or of two words; a name in capitals is no glued country
    ("Asociación para una Ciudadanía Participativa – ACI PARTICIPA", "Asociación para una Ciudadanía Participativa",
     {"ACI PARTICIPA"}, None, "organisation"),
    ("Centro de Investigación y Promoción de los Derechos Humanos – CIPRODEH",
     "Centro de Investigación y Promoción de los Derechos Humanos", {"CIPRODEH"}, None, "organisation"),
    # a word in small letters in brackets says what part the body plays, not what it is called, or
    # qualifies the name
    ("Caritas Europa (observer)", "Caritas Europa", set(), None, "organisation"),
    ("Paraguayan Communist Party (independent)", "Paraguayan Communist Party (independent)", set(), "PY", "organisation"),
    # words joined by "and" after a comma are a name's, not a town
    ("Asia Pacific Forum on Women, Law and Development (Thailand)", "Asia Pacific Forum on Women, Law and Development", set(),
     "TH", "organisation"),
    # an office, the body and the person's name on one line
    ("Голова ГО «Спілка ветеранів АТО» Іван Петренко", "Іван Петренко", set(), None, "person"),
    # a town in Cyrillic in brackets is where the body is (read transliterated against pycountry's subdivisions)
    ("Правозащитный центр «Мемориал» (Москва)", "Правозащитный центр «Мемориал»", set(), "RU", "organisation"),
    # a preposition is in no person's name, though it may be in a body's
    ("Win Without War", "Win Without War", set(), None, "organisation"),
    # an acronym in small letters, of a compound word's parts
    ("Verbraucherzentrale Bundesverband (vzbv)", "Verbraucherzentrale Bundesverband", {"vzbv"}, None, "organisation"),
    # a seat after a legal form, of one word or several
    ("Attac Deutschland e.V., Frankfurt am Main", "Attac Deutschland e.V.", set(), "DE", "organisation"),
    ("Campact e.V., Verden", "Campact e.V.", set(), None, "organisation"),
    ("Center for Health, Human Rights and Development, Uganda", "Center for Health, Human Rights and Development", set(), "UG",
     "organisation"),  # "Un" is a given name, but no person's name opens with an article
    # Markdown emphasis, letter markers, flags, a region in brackets, a place between a name and its country
    ("- **European Digital Rights (EDRi)** (Belgium)", "European Digital Rights", {"EDRi"}, "BE", "organisation"),
    ("* *Open Rights Group* (UK)", "Open Rights Group", set(), "GB", "organisation"),
    ("b) Right2Water Ireland", "Right2Water Ireland", set(), "IE", "organisation"),
    ("🇬🇹 Consejo de Pueblos Wuxhtaj – Huehuetenango, Guatemala", "Consejo de Pueblos Wuxhtaj", set(), "GT", "organisation"),
    ("Movimento Sem Terra – Setor Nacional, Brasil", "Movimento Sem Terra – Setor Nacional", set(), "BR", "organisation"),
    # web sites and addresses after the name
    ("Socialist Action (www.socialistaction.org)", "Socialist Action", set(), None, "organisation"),
    ("Answer Coalition - answercoalition.org", "Answer Coalition", set(), None, "organisation"),
    ("Veterans For Peace, veteransforpeace.org, info@veteransforpeace.org", "Veterans For Peace", set(), None, "organisation"),
    ("Homo Digitalis\tGreece\thomodigitalis.gr", "Homo Digitalis", set(), "GR", "organisation"),
    # a seat between a name and its country in brackets; a seat after an Italian legal form; a short name in brackets
    ("Labour Start, London (UK)", "Labour Start", set(), "GB", "organisation"),
    ("Solidarity Center, Washington DC (USA)", "Solidarity Center", set(), "US", "organisation"),
    ("Associazione Culturale Punto Rosso ODV, Milano", "Associazione Culturale Punto Rosso ODV", set(), None, "organisation"),
    ("Centro de Derechos Humanos Miguel Agustín Pro Juárez, A.C. (Centro Prodh)",
     "Centro de Derechos Humanos Miguel Agustín Pro Juárez, A.C.", {"Centro Prodh"}, None, "organisation"),
    ("Argentina: Partido Obrero (PO)", "Partido Obrero", {"PO"}, "AR", "organisation"),  # the country first
    ("Brazil – Partido Socialista dos Trabalhadores Unificado (PSTU)", "Partido Socialista dos Trabalhadores Unificado", {"PSTU"},
     "BR", "organisation"),
    # an acronym of a capital and a number; a region or a scope in the country's place after a dash
    ("Movimiento Mesoamericano contra el Modelo Extractivo Minero (M4) – REGIONAL",
     "Movimiento Mesoamericano contra el Modelo Extractivo Minero", {"M4"}, None, "organisation"),
    ("Red Latinoamericana de Mujeres Defensoras – AMÉRICA LATINA", "Red Latinoamericana de Mujeres Defensoras", set(), None,
     "organisation"),
    # a word's first letters are no acronym; a real one before a dash is
    ("UNI Global Union", "UNI Global Union", set(), None, "organisation"),
    ("FO – Force ouvrière", "Force ouvrière", {"FO"}, None, "organisation"),
    # a city that is a region of its own after a comma; a web address after a dash
    ("Профсоюз «Действие», Москва", "Профсоюз «Действие»", set(), "RU", "organisation"),
    ("Netzwerk Friedenskooperative, Berlin", "Netzwerk Friedenskooperative", set(), "DE", "organisation"),
    ("Paradigm Initiative - paradigmhq.org", "Paradigm Initiative", set(), None, "organisation"),
    # a country (or a region's scope) after a full stop; a state's code after the acronym in brackets
    ("Central Única dos Trabalhadores. Brasil", "Central Única dos Trabalhadores", set(), "BR", "organisation"),
    ("Confederación Sindical de las Américas. Regional", "Confederación Sindical de las Américas", set(), None, "organisation"),
    ("Sindicato dos Professores do Ensino Oficial do Estado de São Paulo (APEOESP) – SP",
     "Sindicato dos Professores do Ensino Oficial do Estado de São Paulo", {"APEOESP"}, None, "organisation"),
    # a city (GeoNames) after a comma or in the last brackets: the seat, and the country it gives
    ("Akcja Demokracja, Warszawa", "Akcja Demokracja", set(), "PL", "organisation"),
    ("Fundacja Panoptykon (Warszawa)", "Fundacja Panoptykon", set(), "PL", "organisation"),
    ("Інститут масової інформації (Київ)", "Інститут масової інформації", set(), "UA", "organisation"),
    ("OVD-Info, Moscow", "OVD-Info", set(), "RU", "organisation"),
    ("Attac Deutschland, Frankfurt am Main", "Attac Deutschland", set(), "DE", "organisation"),
    ("Asociación Civil, Córdoba", "Asociación Civil, Córdoba", set(), None, "organisation"),  # a city in two countries
    # an acronym in square brackets
    ("Bangladesh: Communist Party of Bangladesh (Marxist-Leninist) [CPB(ML)]", "Communist Party of Bangladesh (Marxist-Leninist)",
     {"CPB(ML)"}, "BD", "organisation"),
    ("Partido Obrero [PO] (Argentina)", "Partido Obrero", {"PO"}, "AR", "organisation"),
]


@pytest.mark.parametrize(("text", "name", "aliases", "country", "kind"), CASES, ids=[c[1][:30] for c in CASES])
def test_entry_formats(text: str, name: str, aliases: set[str], country: str | None, kind: str) -> None:
    entry = parse_entry(Seg(text, 100))
    assert entry is not None
    assert entry.label == name
    assert aliases <= set(entry.aliases)
    assert entry.country == country
    assert entry.kind == kind
    assert entry.name.start >= 100  # offsets are the document's, not the entry's


AFFILIATIONS = [
    ("Archie Law, CEO ActionAid Australia", "ActionAid Australia"),
    ("Dr Matthew Rimmer, Professor of Intellectual Property and Innovation Law, QUT Faculty of Law", "QUT Faculty of Law"),
    ("Tariq Ali, author, Bush in Babylon", None),
    ("Todd Chretien, Green Party Senate candidate in California", "Green Party"),
    ("• Benoit Petit, Développeur, consultant impacts environnementaux du numérique, co-fondateur @hubblo-org", "hubblo-org"),
    ("Asher Wolf, journalist", None),
    ("Maria Gonzalez – President, Teachers Union of Chile", "Teachers Union of Chile"),
    ("Jane Doe (Amnesty International)", "Amnesty International"),
    ("Prof. John Smith (University of Oxford, UK)", "University of Oxford"),
    ("Dr Ahmed Khan, MP", None),
    ("Anke Domscheit-Berg (MdB)", None),  # a legislator's letters after the name, in brackets
    ("Alice Schwarzer, Herausgeberin der EMMA", "EMMA"),  # an office in a compound, then the body
    ("Erich Vad, Brigadegeneral a.D.", None),  # a rank, retired
    ("Jean Dupont (MEP)", None),
    ("John Smith, on behalf of Friends of the Earth", "Friends of the Earth"),
    ("Jane Roe, Coordinator for Europe, Amnesty International", "Amnesty International"),
    ("Noam Chomsky, Professor Emeritus, Massachusetts Institute of Technology", "Massachusetts Institute of Technology"),
    ("Jane Roe, Senior Lecturer, University of Leeds", "University of Leeds"),
    ("Dra. Ana Pérez, profesora titular, Universidad de Chile", "Universidad de Chile"),
    ("Ali Abunimah, ElectronicIraq.net", "ElectronicIraq.net"),  # a domain that is not the entry's own names a body
    ("Mariana Mazzucato — University College London (Italy/UK)", "University College London"),
    # a town is where the person is, and a compound that ends in an occupation is one
    ("Ana García, lawyer, Madrid", None),
    ("Margot Käßmann, Theologin", None),
    ("Prof. Dr. Michael Brzoska, Friedensforscher", None),
    ("Reiner Braun, Internationales Friedensbüro", "Internationales Friedensbüro"),
    # an office in small letters over a body whose name is quoted
    ("Светлана Ганнушкина, председатель комитета «Гражданское содействие»", "Гражданское содействие"),
    ("Лев Пономарёв, правозащитник", None),
    ("Maria da Silva (Professora, Universidade Federal de Minas Gerais)", "Universidade Federal de Minas Gerais"),
    ("Голова ВГО «Ветеранський рух» Олена Коваленко", "ВГО «Ветеранський рух»"),
    ("Marina Silva – Ministra do Meio Ambiente – Brasil", None),
    ("Thomas Weber (Vorstand, AWO Landesverband Berlin e.V.)", "AWO Landesverband Berlin e.V."),  # a German office first
    ("Petra Lang, Bundesvorsitzende, Naturfreunde Deutschlands", "Naturfreunde Deutschlands"),
    # honorifics of the clergy, after an article; an office held in a place is no body
    ("The Most Revd Justin Welby, Archbishop of Canterbury", None),
    ("Rabbi Jonathan Wittenberg, Masorti Judaism", "Masorti Judaism"),
    ("Rep. Jim McGovern, U.S. House of Representatives", "U.S. House of Representatives"),  # a legislator's title
    ("Иван Петров, Москва", None),  # a town in Cyrillic
    ("Петрова А. С., главный редактор «Новой газеты»", "Новой газеты"),  # an office, then the body in quotes
    # a person known by a given name alone, then the body; a given name written in Cyrillic
    ("Mathieu, fairness.coop", "fairness.coop"),
    ("Hélène (La Quadrature du Net)", "La Quadrature du Net"),
    ("Стефан Романів (Союз Українських Організацій Австралії)", "Союз Українських Організацій Австралії"),
    ("Sônia Guajajara – Articulação dos Povos Indígenas do Brasil (APIB)", "Articulação dos Povos Indígenas do Brasil (APIB)"),
    # a workplace link names the body whatever its words; a field before it is no part of it
    ("Agnès Crepet, responsable logiciel chez Fairphone", "Fairphone"),
    ("Jane Roe, Senior Engineer at Mozilla", "Mozilla"),
    ("Jane Roe, Professor of Law at Columbia University", "Columbia University"),
    ("Jane Roe, Head of Advocacy at Amnesty International", "Amnesty International"),
    ("Lena Vogt, Referentin bei Wikimedia Deutschland", "Wikimedia Deutschland"),
    # an office that heads a body names it after its link; a field, a place are no body
    ("Jean-Baptiste Kempf, président de VideoLAN", "VideoLAN"),
    ("Ana Gómez, directora de Civio", "Civio"),
    ("John Doe, Founder of Fooware", "Fooware"),
    ("Anna Weber, Geschäftsführerin von Mehr Demokratie", "Mehr Demokratie"),
    ("Jane Roe, Director of Research", None),
    ("Mary Byrne, President of Ireland", None),
    # a field before the job is no body; academic ranks before a name
    ("Samantha Floreani, Program Lead, Digital Rights Watch", "Digital Rights Watch"),
    ("Assoc. Prof. Jake Goldenfein — Melbourne Law School", "Melbourne Law School"),
    ("Dr Kristoffer Greaves, Legal Educator", None),
]


@pytest.mark.parametrize(("text", "affiliation"), AFFILIATIONS)
def test_person_affiliation(text: str, affiliation: str | None) -> None:
    entry = parse_entry(Seg(text, 0))
    assert entry is not None and entry.kind == "person"
    assert entry.affiliation == affiliation


@pytest.mark.parametrize("text", ["* for identification purposes only", "1.", "   ", "Belgium"])
def test_non_entries(text: str) -> None:
    assert parse_entry(Seg(text, 0)) is None


def test_acronym_qualifier_that_abbreviates_another_name_is_dropped() -> None:
    entry = parse_entry(Seg("No Frontiers (AUB)", 0), known_initials=frozenset({"AUB"}))
    assert entry is not None and entry.label == "No Frontiers" and "AUB" not in entry.aliases


@pytest.mark.parametrize(("line", "schemes"), [("2020-04-01", []), ("01.04.2020", []), ("Tel: 020 7843 3700", ["phone"]),
                                              ("+44 20 7843 3700 info@nuj.org.uk", ["phone", "email"])])
def test_a_date_is_no_phone_number(line: str, schemes: list[str]) -> None:
    assert [i.scheme for i in identifiers_in(line)] == schemes


@pytest.mark.parametrize("line", ["...and 120 more organisations", "+ 35 others", "y 120 organizaciones más", "Individuals",
                                  "Individual signatories:"])
def test_lines_that_name_nobody(line: str) -> None:
    assert parse_entry(Seg(line, 0)) is None


def test_an_honorific_in_spanish_is_no_part_of_the_name() -> None:
    entry = parse_entry(Seg("Dra. Ana Pérez, profesora titular, Universidad de Chile", 0))
    assert entry is not None and entry.label == "Ana Pérez"


@pytest.mark.parametrize(("line", "address"), [
    ("21 ter rue Voltaire, 75011 Paris", True),
    ("Calle Mayor 12, 28013 Madrid", True),
    ("ul. Marszałkowska 10, 00-590 Warszawa", True),
    ("PO Box 1234, Nairobi", True),
    ("D-10115 Berlin", True),
    ("London SW1A 1AA", True),
    ("2030 Agenda Network", False),  # a postcode's shape, an organisation's word
    ("Via Campesina", False),
    ("Article 19", False),
])
def test_postal_address_lines(line: str, address: bool) -> None:
    assert is_postal_address(line) is address


def test_identifiers_printed_after_a_name_are_kept_in_order() -> None:
    entry = parse_entry(Seg("Veterans For Peace, veteransforpeace.org, info@veteransforpeace.org", 0))
    assert entry is not None
    assert [(i.scheme, i.value) for i in entry.identifiers] == [("web", "veteransforpeace.org"), ("email", "info@veteransforpeace.org")]


@pytest.mark.parametrize(("text", "name"), [
    ("Rep. Jim McGovern, U.S. House of Representatives", "Jim McGovern"),
    ("The Most Revd Justin Welby, Archbishop of Canterbury", "Justin Welby"),
])
def test_titles_before_a_name_are_no_part_of_it(text: str, name: str) -> None:
    entry = parse_entry(Seg(text, 0))
    assert entry is not None and entry.kind == "person" and entry.label == name


@pytest.mark.parametrize(("line", "web"), [("www.foe.scot", ["www.foe.scot"]), ("www.attac.berlin", ["www.attac.berlin"]),
                                          ("homodigitalis.gr", ["homodigitalis.gr"]), ("e.g. 86.bis", [])])
def test_a_web_address_after_www_has_any_top_level_domain(line: str, web: list[str]) -> None:
    assert [i.value for i in identifiers_in(line) if i.scheme == "web"] == web


def _read(text: str) -> list[tuple[str, tuple[str, ...], str | None]]:
    """The name, aliases and country of each party of a whole document."""
    return [(s.name, s.aliases, s.country) for s in extract(decode_document("e.txt", text.encode())).signatories]


def test_a_town_after_a_dash_in_an_entry_in_capitals_is_its_seat() -> None:
    found = _read("STATEMENT OF SOLIDARITY\n\nWe stand with the dockworkers.\n\nSIGNED:\n"
                          "INTERNATIONAL DOCKWORKERS COUNCIL – BARCELONA, SPAIN\n"
                          "MARITIME UNION OF AUSTRALIA – SYDNEY, AUSTRALIA\n"
                          "INTERNATIONAL LONGSHORE AND WAREHOUSE UNION LOCAL 10 – SAN FRANCISCO, USA\n"
                          "DOCKWORKERS UNION OF NIGERIA – LAGOS, NIGERIA\n")
    assert found == [
        ("INTERNATIONAL DOCKWORKERS COUNCIL", (), "ES"), ("MARITIME UNION OF AUSTRALIA", (), "AU"),
        ("INTERNATIONAL LONGSHORE AND WAREHOUSE UNION LOCAL 10", (), "US"), ("DOCKWORKERS UNION OF NIGERIA", (), "NG")]


def test_a_place_after_a_dash_is_the_seat_not_the_name() -> None:
    found = _read("Comunicado\n\nLas organizaciones firmantes rechazamos la reforma.\n\nOrganizaciones firmantes:\n\n"
                          "- Asociación Pro Derechos Humanos de Andalucía (APDHA) – Andalucía\n"
                          "- Coordinadora de Barrios – Madrid\n- Red Acoge (Madrid)\n- Ecologistas en Acción\n")
    assert found == [
        ("Asociación Pro Derechos Humanos de Andalucía", ("APDHA",), None), ("Coordinadora de Barrios", (), None),
        ("Red Acoge", (), None), ("Ecologistas en Acción", (), None)]


def test_an_acronym_after_a_dash_in_capitals_stays_an_acronym() -> None:
    found = _read("STATEMENT\n\nWe stand with the dockworkers.\n\nSIGNED:\n"
                          "MARITIME UNION OF AUSTRALIA – MUA, AUSTRALIA\nCENTRAL UNICA DOS TRABALHADORES – CUT, BRAZIL\n")
    assert found == [("MARITIME UNION OF AUSTRALIA", ("MUA",), "AU"), ("CENTRAL UNICA DOS TRABALHADORES", ("CUT",), "BR")]


@pytest.mark.parametrize(("line", "contact"), [
    ("Article 19 – https://www.article19.org", False),  # a name of one word (and a number), then its address
    ("Oxfam – oxfam.org", False),
    ("Kontakt – info@example.de", True),  # a label, then an address
    ("Web – www.example.org", True),
    ("Tel: +44 20 1234 5678", True),
])
def test_a_one_word_name_before_its_address_is_no_contact_line(line: str, contact: bool) -> None:
    assert is_contact_line(line) is contact


def test_every_entry_of_a_list_with_addresses_is_kept() -> None:
    extraction = extract(decode_document("e.txt", ("Open letter\n\nWe oppose the regulation.\n\nSignatories:\nAccess Now – https://www.accessnow.org\n"
                          "Open Rights Group – https://www.openrightsgroup.org\nArticle 19 – https://www.article19.org\n").encode()))
    assert [(s.name, [i.value for i in s.identifiers]) for s in extraction.signatories] == [
        ("Access Now", ["https://www.accessnow.org"]), ("Open Rights Group", ["https://www.openrightsgroup.org"]),
        ("Article 19", ["https://www.article19.org"])]


def test_a_bare_domain_in_brackets_is_the_bodys_address_own_named_or_not() -> None:
    found = extract(decode_document("e.txt", (b"Statement\n\nWe call for the release of the journalists.\n\nSignatories:\n"
                                              b"* Access Now (accessnow.org)\n* Committee to Protect Journalists (cpj.org)\n"
                                              b"* Reporters Without Borders (rsf.org)\n"))).signatories
    assert [(s.name, [i.value for i in s.identifiers]) for s in found] == [
        ("Access Now", ["accessnow.org"]), ("Committee to Protect Journalists", ["cpj.org"]),
        ("Reporters Without Borders", ["rsf.org"])]
