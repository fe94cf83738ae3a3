"""Stances, one table row per cue family and language; evidence spans; the graph, RDF and reports."""

from __future__ import annotations

import pytest

from graph.documents import decode_document
from graph.extract import extract

CASES = [
    ("• Victory to the Donetsk People's Republic and its allies!", "support", "Victory to", "slogan"),
    ("No to Dictatorships!", "oppose", "No to Dictatorships", "slogan"),
    ("DEFEND AN INDEPENDENT UKRAINE", "support", "DEFEND", "slogan"),
    ("U.S./NATO: Hands off Russia! Get out of Ukraine!", "oppose", "Hands off", "verdict"),
    ("Hands off Venezuela!", "support", "Hands off", "verdict"),
    ("Геть руки від профспілок!", "support", "Геть руки від", "verdict"),  # hands off, not "Геть …!" (down with)
    ("¡Libertad a los presos políticos!", "support", "Libertad a", "slogan"),
    ("Contra a Reforma da Previdência", "oppose", "Contra", "slogan"),
    ("Em defesa da Soberania Nacional", "support", "Em defesa", "slogan"),
    ("Solidarité avec les grévistes !", "support", "Solidarité", "slogan"),
    ("Nein zum Krieg!", "oppose", "Nein zum", "slogan"),
    ("Nous refusons la privatisation des hôpitaux.", "oppose", "refusons", "demand"),
    ("Ci opponiamo all'aumento delle spese militari.", "oppose", "opponiamo", "demand"),
    ("Wir lehnen die Erhöhung der Grundsteuer ab.", "oppose", "lehnen", "demand"),
    ("We welcome the decision of the Senate to postpone the vote.", "support", "welcome", "demand"),
    ("We do not support the proposed surveillance law.", "oppose", "do not support", "demand"),
    ("We will never accept mass surveillance of journalists.", "oppose", "never accept", "demand"),
    ("We are against the criminalisation of encryption.", "oppose", "against", "demand"),
    ("We express our full support for the journalists' union.", "support", "support for", "demand"),
    ("Nous saluons la décision du Conseil constitutionnel.", "support", "saluons", "demand"),
    ("Nous apportons notre soutien aux salariés en grève.", "support", "soutien", "demand"),
    ("Wir sind gegen die Vorratsdatenspeicherung.", "oppose", "gegen", "demand"),
    ("Wir solidarisieren uns mit den Streikenden.", "support", "solidarisieren", "demand"),
    ("Estamos en contra de los desahucios.", "oppose", "en contra", "demand"),
    ("Nos solidarizamos con las familias desalojadas.", "support", "solidarizamos", "demand"),
    ("The Minister has called for stronger police powers, which we reject.", "oppose", "which we reject", "verdict"),
    ("Schluss mit den Waffenlieferungen!", "oppose", "Schluss mit", "slogan"),
    ("Nous appelons à soutenir activement le Nouveau Front Populaire.", "support", "Nous appelons", "demand"),
    ("Wir fordern die Förderung von Dezentralisierung und offenen Standards.", "support", "Wir fordern", "demand"),
    ("This paragraph must be removed for the institution to function.", "oppose", "must be removed", "verdict"),
    ("The ICOR opposes any nationalist suppression of Russian culture.", "oppose", "opposes", "demand"),
    ("We therefore respectfully request an independent inquiry into the census.", "support", "request", "demand"),
    ("We write to oppose the proposed changes to the labour code.", "oppose", "oppose", "demand"),
    ("Para fortalecer la independencia judicial proponen la mejora del sistema.", "support", "proponen", "demand"),
    ("Chiediamo un cessate il fuoco immediato.", "support", "Chiediamo", "demand"),
    ("Estamos mobilizados para defender a democracia e os direitos.", "support", "para defender", "demand"),
    ("The Australian government must put the census on hold.", "support", "government must", "demand"),
    ("We find the proposed Regulation extremely worrying.", "oppose", "extremely worrying", "verdict"),
    ("We are firmly of the view that the request is fully justified.", "support", "fully justified", "verdict"),
    ("This structure is not affiliated with our associations.", "oppose", "not affiliated", "verdict"),
    ("Групи чи особи не мають права виступати від імені громади.", "oppose", "не мають права", "verdict"),
    # the same families in Italian, Polish, Russian, Ukrainian, Spanish; "¡" opens a slogan too
    ("Solidarietà con i lavoratori in sciopero!", "support", "Solidarietà", "slogan"),
    ("Fermiamo la guerra!", "oppose", "Fermiamo", "slogan"),
    ("Solidarność z pracownikami!", "support", "Solidarność", "slogan"),
    ("Precz z wojną!", "oppose", "Precz", "slogan"),
    ("Долой войну!", "oppose", "Долой", "slogan"),
    ("Свободу політв'язням!", "support", "Свободу", "slogan"),
    ("¡No a la precariedad!", "oppose", "No a", "slogan"),
    ("Руки прочь от профсоюзов!", "support", "Руки прочь", "verdict"),
    ("Wzywamy do natychmiastowego zawieszenia broni.", "support", "Wzywamy", "demand"),
    ("Мы требуем немедленного прекращения огня.", "support", "требуем", "demand"),
    ("Condanniamo l'aggressione contro i civili.", "oppose", "Condanniamo", "demand"),
    ("The undersigned organisations condemn the arbitrary detention of journalists.", "oppose", "condemn", "demand"),
    ("We express our full solidarity with the striking miners.", "support", "solidarity with", "demand"),
    ("We, the undersigned scholars, express our deep concern about the dismissal of faculty.", "oppose", "concern about", "demand"),
    # a comma may close the subject before the words between it and the verb
    ("Wir, die unterzeichnenden Organisationen, fordern ein Lieferkettengesetz.", "support", "fordern", "demand"),
    ("Nous, organisations syndicales et associatives, exigeons l'arrêt des bombardements.", "oppose", "exigeons", "demand"),  # (an end to X opposes X)
    ("Nous, associations et syndicats, appelons au retrait du projet de loi.", "support", "appelons au", "demand"),
    ("Wir wenden uns gegen die geplante Erhöhung des Rüstungshaushalts.", "oppose", "wenden uns gegen", "demand"),
    # short exclamations: a word before or after the target takes the side
    ("Keine Waffenlieferungen in Kriegsgebiete!", "oppose", "Keine", "exclamation"),
    ("Sem anistia!", "oppose", "Sem", "exclamation"),
    ("Wolne sądy!", "support", "Wolne", "exclamation"),
    ("¡Palestina libre!", "support", "libre", "exclamation"),
    ("Ceasefire now!", "support", "now", "exclamation"),
    ("Fora Bolsonaro!", "oppose", "Fora", "exclamation"),
    ("1. Nuestro rechazo al acuerdo con el FMI.", "oppose", "Nuestro rechazo al", "slogan"),
    ("Our support for the striking nurses.", "support", "Our support for", "slogan"),
    ("Nazis raus!", "oppose", "raus", "exclamation"),
    ("Yankees go home!", "oppose", "go home", "exclamation"),
    ("Нет войне!", "oppose", "Нет", "exclamation"),
    ("Defendemos o SUS 100% público e estatal!", "support", "Defendemos", "demand"),
    ("Nos organisations appellent à la grève féministe.", "support", "appellent à", "demand"),
    # an elided article ends a slogan's cue inside a word
    ("No all'invio di armi!", "oppose", "No all'", "slogan"),
    ("No all’invio di armi!", "oppose", "No all’", "slogan"),
    # after a short "what it is" before a colon; a title that says what its text is for or against
    ("Declaración conjunta: ¡Alto al genocidio en Gaza!", "oppose", "Alto al", "slogan"),
    ("NOTA PÚBLICA EM DEFESA DA DEMOCRACIA", "support", "EM DEFESA DA", "title"),
    ("Open letter to the European Commission against the Digital Omnibus", "oppose", "against", "title"),
    ("Обращение против войны", "oppose", "против", "title"),
]

TARGETS = [  # what the stance is about, where the cue alone would point elsewhere
    ("Retrait de la réforme des retraites !", "réforme des retraites"),
    # the addressee holds a "to" of its own before an article
    ("We call on all parties to the conflict to respect international humanitarian law.", "respect international humanitarian law"),
    ("We find the proposed Regulation extremely worrying.", "proposed Regulation"),
    ("Schluss mit den Waffenlieferungen!", "Waffenlieferungen"),
    ("Wir lehnen die Erhöhung der Grundsteuer ab.", "Erhöhung der Grundsteuer"),
    ("Ci opponiamo all'aumento delle spese militari.", "aumento delle spese militari"),
    ("Condanniamo i bombardamenti sulle città.", "bombardamenti sulle città"),  # the Italian article "i"
    ("Открытое письмо против войны", "войны"),  # a document noun of two words in Russian, then what it is against
    ("Chiediamo al governo italiano di fermare l'invio di armi.", "invio di armi"),  # "fermare" stops it (opposes)
    ("Chiediamo il ritiro di tutte le truppe.", "ritiro di tutte le truppe"),
    ("Nous demandons au gouvernement de publier le rapport.", "publier le rapport"),
    ("4. Support for a fossil fuel non-proliferation treaty.", "fossil fuel non-proliferation treaty"),
    ("Nous sommes opposés à la réforme de l'assurance chômage.", "réforme de l'assurance chômage"),  # "à" leads no target
    ("Estamos en contra de los desahucios.", "desahucios"),
    ("We oppose the Police, Crime, Sentencing and Courts Bill.", "Police, Crime, Sentencing and Courts Bill"),
    ("We oppose the bill, which would criminalise protest.", "bill"),
    ("We are firmly of the view that the request is fully justified.", "request"),
    ("We all agree that children must be safe online, and for this reason, we find the proposed Regulation extremely worrying.",
     "proposed Regulation"),
    ("The measures we find in the proposal are deeply worrying.", "measures we find in the proposal"),
    ("Ukrainians: the workers of the world stand with you!", "Ukrainians"),
    ("Russian soldiers: Putin is your enemy, not the Ukrainian people!", "Putin"),
    ("U.S./NATO: Hands off Russia!", "U.S./NATO"),
    # the act asked for, not who is asked; no addressee when none is named
    ("We call on the Government to slow down the bill.", "slow down the bill"),
    ("We urge all governments and the WTO to agree to the waiver.", "agree to the waiver"),
    ("Instamos a los gobiernos a suspender los desalojos.", "desalojos"),  # (suspending opposes them)
    ("We urge the adoption of a binding code of ethics.", "adoption of a binding code of ethics"),
    ("Wir fordern die Bundesregierung auf, sofort Verhandlungen zu unterstützen.", "sofort Verhandlungen"),
    # an adverb after the verb is no part of the target
    ("Nous condamnons fermement la répression des manifestations pacifiques.", "répression des manifestations pacifiques"),
    ("Wir verurteilen scharf die Angriffe auf Journalisten.", "Angriffe auf Journalisten"),
    ("Condenamos enérgicamente el asesinato de la defensora.", "asesinato de la defensora"),
    ("Wir fordern mehr Geld auf allen Ebenen.", "mehr Geld auf allen Ebenen"),
    # a comma between listed things does not end the target; one before a clause does
    ("Wir fordern die Bundesregierung auf, die Mittel für Bildung, Gesundheit und Klimaschutz einzusetzen.",
     "Mittel für Bildung, Gesundheit und Klimaschutz einzusetzen"),
    ("We support a transition to a just, sustainable and inclusive economy, such as the green new deal.",
     "transition to a just, sustainable and inclusive economy"),
    ("We demand the release of the prisoners, and quickly.", "release of the prisoners"),
    ("We condemn the attack, which killed three and injured ten.", "attack"),
    ("Tribune : « Non à la loi immigration »", "loi immigration"),
    # a text's label before a colon is no addressee
    ("Resolution: Hände weg von Venezuela!", "Venezuela"),
    # words a target does not start with, quotation marks that open or close nothing in it
    ("We demand that the occupation end now.", "occupation end now"),
    ("Exigimos el fin de los desahucios.", "desahucios"),
    ("We demand the “complete withdrawal” of all U.S. troops from Iraq.", "“complete withdrawal” of all U.S. troops from Iraq"),
    ("References to “data flow with trust” must be excised.", "References to “data flow with trust”"),
    ("We support “Encryption Bill” reform.", "“Encryption Bill” reform"),
    ("Solidarity with “the strikers”!", "strikers"),
    ("Solidaridad con El Salvador y su pueblo.", "El Salvador y su pueblo"),
    ("Appel commun contre Le Pen.", "Le Pen"),
    ("Solidarity With The Workers Of Ukraine!", "Workers Of Ukraine"),
    # a target ends where its purpose starts, at a dash, at a sentence's end (not at "U.S.")
    ("We call for an agreement to the waiver so that medicines reach everyone.", "agreement to the waiver"),
    ("Nous exigeons un cessez-le-feu afin de protéger les civils.", "cessez-le-feu"),
    ("We demand that the U.S. get out of Iraq -- not in six months, now.", "U.S. get out of Iraq"),
    # a verdict's subject: after a demand that opens it, after a complementiser, before the first
    # of two joined predicates
    ("Exigimos que a pulverização aérea seja barrada.", "pulverização aérea"),
    ("Категорично заявляємо, що ця структура не пов'язана з нашими громадами.", "ця структура"),
    ("Exclusionary processes should be anathema to Members and must be eliminated.", "Exclusionary processes"),
    ("‘Multistakeholder approach’ is a code word for corporate policy and this term should be removed.",
     "Multistakeholder approach"),
    ("Efforts that are made in secret must be halted.", "Efforts that are made in secret"),
    ("Efforts that are secret and unlawful must be halted.", "Efforts that are secret and unlawful"),
    ("We oppose the Strikes (Minimum Service Levels) Bill.", "Strikes (Minimum Service Levels) Bill"),  # a name goes on
    ("We oppose the bill (which is unfair).", "bill"),
    # a target ends where the document's own voice starts a clause of its own
    ("We support the plan to expand the park and we hope that the council will approve it.", "plan to expand the park"),
    ("Nous soutenons le projet de parc et nous espérons que le conseil l'approuvera.", "projet de parc"),
    # the addressee or the preposition a cue governs is not the target
    ("Apelujemy do rządu o wycofanie projektu ustawy.", "wycofanie projektu ustawy"),
    ("Wzywamy do natychmiastowego zawieszenia broni.", "natychmiastowego zawieszenia broni"),
]


@pytest.mark.parametrize(("sentence", "polarity", "cue", "rule"), CASES, ids=[c[0][:25] for c in CASES])
def test_cue_families(sentence: str, polarity: str, cue: str, rule: str) -> None:
    text = f"A statement\n\nSome introduction that says nothing in particular about anything.\n\n{sentence}\n"
    stances = extract(decode_document("s.txt", text.encode())).stances
    assert len(stances) == 1, stances
    (stance,) = stances
    assert stance.polarity == polarity and stance.rule == f"stances.{rule}"
    assert cue in stance.evidence and text[stance.span.start : stance.span.end] == stance.evidence
    assert stance.target


def test_demand_lists_and_clauses() -> None:
    text = ("Letter\n\nThe congress urges you to act by calling on the leaders to immediately:\n\n"
            "1. impose sanctions against the aggressor;\n2. deny the aggressor a seat at the summit; and\n"
            "3. invite the victim to attend.\n\nWe call on members to act: to agree to the waiver; to halt the sham "
            "process; to restore participation.\n")
    stances = extract(decode_document("d.txt", text.encode())).stances
    assert [(s.polarity, s.rule) for s in stances] == [
        ("support", "stances.demand_list"), ("oppose", "stances.demand_list"), ("support", "stances.demand_list"),
        ("support", "stances.demand_list"), ("oppose", "stances.demand_list"), ("support", "stances.demand_list")]
    for s in stances:
        assert text[s.span.start : s.span.end] == s.evidence
    # the "and" that links an item to the next is neither evidence nor target
    assert (stances[1].evidence, stances[1].target) == ("deny the aggressor a seat at the summit",
                                                        "aggressor a seat at the summit")


def test_no_stance_is_read_from_signatory_lists_or_plain_prose() -> None:
    text = ("Title\n\nThe weather was mild and nobody demanded anything of anyone all week.\n\n"
            "Signatories:\n1. Stop the War Coalition\n2. Defend Democracy\n")
    assert extract(decode_document("n.txt", text.encode())).stances == ()


def test_stances_in_the_graph_rdf_and_reports() -> None:
    import tempfile
    from pathlib import Path

    import rdflib

    from graph import build
    from graph.queries import stance_networks, stances_of
    from graph.rdf import all_triples
    from graph.reports import cluster_report, render_stances

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        (folder / "a.txt").write_text("Call A\n\nNo to the War!\n\nSignatories:\n1. Alpha Party\n2. Beta Network\n")
        (folder / "b.txt").write_text("Call B\n\nVictory to the War!\n\nSignatories:\n1. Gamma Union\n2. Delta Front\n")
        G = build([folder], None).graph
    stance_nodes = {n: d for n, d in G.nodes(data=True) if d["kind"] == "stance"}
    assert {d["label"] for d in stance_nodes.values()} == {"oppose: War", "support: War"}
    alpha = next(n for n, d in G.nodes(data=True) if d.get("label") == "Alpha Party")
    assert [row[1] for row in stances_of(G, alpha)] == ["oppose: War"]
    agreement, conflict = stance_networks(G)
    assert conflict.number_of_edges() == 4 and agreement.number_of_edges() == 2
    report = cluster_report(G)
    assert all(c.stances for c in report.clusters)
    rendered = render_stances(G)
    assert "Conflicts" in rendered and ("Alpha Party vs" in rendered or "vs Alpha Party" in rendered)
    graph = rdflib.Graph()
    for t in all_triples(G):
        graph.parse(data=f"{t} .", format="nt")
    assert len(list(graph.query("PREFIX us: <https://w3id.org/undersigned/ontology#> SELECT ?d ?s WHERE { ?d us:stance ?s }"))) == 2


def _stances_of(body: str) -> list[tuple[str, str, str]]:
    text = f"A statement\n\nSome introduction that says nothing in particular about anything.\n\n{body}\n"
    found = extract(decode_document("s.txt", text.encode())).stances
    for s in found:
        assert text[s.span.start : s.span.end] == s.evidence
    return [(s.polarity, s.target, s.rule) for s in found]


@pytest.mark.parametrize(("sentence", "target"), TARGETS, ids=[t[0][:25] for t in TARGETS])
def test_targets(sentence: str, target: str) -> None:
    assert [t for _, t, _ in _stances_of(sentence)] == [target]


def test_a_negation_between_subject_and_verb_is_no_demand() -> None:
    # ("We do not support X" is a declared position against X: see test_cue_families)
    assert _stances_of("We don't propose any change to the statutes.") == []
    assert _stances_of("We cannot call for a boycott of the elections.") == []


def test_a_negated_demand_opposes_what_it_names() -> None:
    assert _stances_of("The government must not sell the national water utility.") == [
        ("oppose", "sell the national water utility", "stances.demand")]


def test_a_verdict_about_the_signers_themselves_is_no_stance() -> None:
    assert _stances_of("We are not affiliated with any political party.") == []
    assert _stances_of("This group is not affiliated with our association.") == [
        ("oppose", "This group", "stances.verdict")]


def test_a_demand_cut_before_the_next_ends_before_the_word_that_joins_them() -> None:
    found = _stances_of("The undersigned condemn the detention of journalists and call on the authorities to release them.")
    assert [(p, t) for p, t, _ in found] == [("oppose", "detention of journalists"), ("support", "release them")]
    found = _stances_of("Las organizaciones rechazamos la reforma laboral y exigimos su retirada inmediata.")
    assert [(p, t) for p, t, _ in found] == [("oppose", "reforma laboral"), ("support", "su retirada inmediata")]


def test_a_sentence_with_two_demands_and_a_contrast() -> None:
    assert _stances_of("We call on our friends to hold rallies at the embassies calling for an end of the "
                       "occupation and the release of all prisoners.") == [
        ("support", "hold rallies at the embassies", "stances.demand"),
        ("support", "end of the occupation and the release of all prisoners", "stances.demand")]
    assert _stances_of("Proponen medidas para mejorar la calidad normativa, evitando el abuso del decreto-ley.") == [
        ("support", "medidas para mejorar la calidad normativa", "stances.demand"),
        ("oppose", "abuso del decreto-ley", "stances.contrast")]


def test_a_demand_target_stops_where_its_contrast_starts() -> None:
    assert _stances_of("We call for investment in public transport rather than new roads.") == [
        ("support", "investment in public transport", "stances.demand"),
        ("oppose", "new roads", "stances.contrast")]


def test_what_a_contrast_sets_aside_is_no_demand() -> None:
    found = _stances_of("Rather than lauding the institution and calling for its expansion, the document should "
                        "call for a multilateral system with shared prosperity at its core.")
    assert ("support", "its expansion", "stances.demand") not in found
    assert ("support", "multilateral system with shared prosperity at its core", "stances.demand") in found
    assert ("oppose", "lauding the institution and calling for its expansion", "stances.contrast") in found


def test_numbered_demands_go_on_across_their_paragraphs() -> None:
    found = _stances_of("Wir schlagen folgende konkrete Maßnahmen vor:\n\nI Öffnung der Digitalpolitik\n"
                        "Digitalpolitik lässt sich nur gemeinsam mit gesellschaftlichen Akteurinnen und Akteuren "
                        "und Initiativen verwirklichen.\n\nII Gezielte Förderung\nEs braucht neue Fördermechanismen, "
                        "die der digitalen Zivilgesellschaft langfristig und verlässlich zugutekommen.\n\n"
                        "Danach folgt ein Absatz ohne jede Forderung, der die Liste nicht fortsetzt.\n")
    assert [t for _, t, rule in found if rule == "stances.demand_list"] == ["Öffnung der Digitalpolitik", "Gezielte Förderung"]


def test_a_slogan_heading_heads_the_items_below_it() -> None:
    found = _stances_of("3. Em defesa da Terra e do Território\n\na) Assentamento imediato das famílias acampadas.\n\n"
                        "b) Demarcação de terras indígenas e quilombolas\n")
    assert [(p, r) for p, _, r in found] == [
        ("support", "stances.slogan"), ("support", "stances.demand_list"), ("support", "stances.demand_list")]


@pytest.mark.parametrize(("first", "second", "same"), [
    ("your country’s position is brought as close as possible to the European Parliament’s",
     "Council’s position is aligned as closely as possible to the European Parliament’s", True),
    ("protecting end-to-end encryption in the regulation", "end-to-end encryption protected by the regulation", True),
    ("the high level of fundamental rights enjoyed by citizens", "the administrative burden of the proposal", False),
    ("public funding for digital civil society", "public funding for local newspapers", False),
])
def test_targets_are_the_same_when_most_of_their_word_stems_are(first: str, second: str, same: bool) -> None:
    from graph.extract.stances import _same_target, _target_key

    assert _same_target(_target_key(first), _target_key(second)) is same


@pytest.mark.parametrize(("body", "expected"), [
    ("Appel commun contre l’extrême-droite et soutien au Nouveau Front Populaire",
     [("oppose", "extrême-droite"), ("support", "Nouveau Front Populaire")]),
    ("Down with the war and solidarity with the striking workers!",
     [("oppose", "war"), ("support", "striking workers")]),
    ("Stop the evictions (and solidarity with the tenants) now!", [("oppose", "evictions")]),
    ("Em defesa da educação pública e contra os cortes no orçamento das universidades",
     [("support", "educação pública"), ("oppose", "cortes no orçamento das universidades")]),
    ("The union has a long history of struggle and solidarity with workers abroad.", []),
])
def test_a_slogan_joined_by_and_to_a_stance_is_a_stance_of_its_own(body: str, expected: list[tuple[str, str]]) -> None:
    assert [(p, t) for p, t, _ in _stances_of(body)] == expected


def test_a_restated_stance_is_one_stance_with_every_place_it_is_said() -> None:
    text = ("Solidarity with the striking dock workers!\n\nSome introduction that says nothing in particular.\n\n"
            "Support the just demands of the striking dock workers!\n\nSignatories:\n1. Alpha Party\n2. Beta Network\n")
    (stance,) = extract(decode_document("r.txt", text.encode())).stances
    assert stance.target == "striking dock workers"
    assert [r.evidence for r in stance.restated] == ["Support the just demands of the striking dock workers!"]
    assert all(text[r.span.start : r.span.end] == r.evidence for r in stance.restated)

    import tempfile
    from pathlib import Path

    from graph import build
    from graph.contract import from_json, to_json

    assert from_json(to_json(extract(decode_document("r.txt", text.encode())))).stances[0].restated == stance.restated
    with tempfile.TemporaryDirectory() as tmp:
        (Path(tmp) / "r.txt").write_text(text, encoding="utf-8")
        G = build([Path(tmp)], None).graph
    evidence = sorted(d["evidence"] for _, _, d in G.edges(data=True) if d["kind"] == "stance")
    assert evidence == ["Solidarity with the striking dock workers!", "Support the just demands of the striking dock workers!"]


def test_a_demand_list_item_that_bans_opposes_what_it_bans() -> None:
    found = _stances_of("In particular, we call for:\n\n- a ban on emotion recognition systems;\n- an end of the occupation;\n"
                        "- a full ban on remote biometric identification.")
    assert [(p, t) for p, t, rule in found if rule == "stances.demand_list"] == [
        ("oppose", "emotion recognition systems"), ("oppose", "occupation"), ("oppose", "remote biometric identification")]


def test_the_items_of_a_list_an_opposing_demand_opens_are_opposed() -> None:
    found = _stances_of("We condemn the following:\n\n- the annexation of Crimea;\n- the bombing of civilians.\n\n"
                        "We call for:\n\n- a ceasefire;\n- an end to the war.\n\nWe reject: the blockade; the sanctions; the raids.")
    assert [(p, t) for p, t, _ in found] == [
        ("oppose", "annexation of Crimea"), ("oppose", "bombing of civilians"), ("support", "ceasefire"), ("oppose", "war"),
        ("oppose", "blockade"), ("oppose", "sanctions"), ("oppose", "raids")]


def test_a_stance_target_that_names_an_organisation_or_a_country_is_linked_to_it() -> None:
    import tempfile
    from pathlib import Path

    import rdflib

    from graph import build
    from graph.rdf import all_triples

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        (folder / "a.txt").write_text("Call A\n\nSolidarity with the Workers Party of Belgium!\n\nHands off Venezuela!\n\n"
                                      "Signatories:\n1. Alpha Party\n2. Beta Network\n")
        (folder / "b.txt").write_text("Call B\n\nNo to the Contra a Criminalization Network!\n\n"
                                      "Signatories:\n1. Workers Party of Belgium\n2. Delta Front\n")
        G = build([folder], None).graph
    linked = {(G.nodes[s]["label"], G.nodes[t]["label"], G.nodes[t]["kind"])
              for s, t, d in G.edges(data=True) if d["kind"] == "names"}
    # a name read once, off a slogan, is no body to link to
    assert linked == {("support: Workers Party of Belgium", "Workers Party of Belgium", "organisation"),
                      ("support: Venezuela", "Venezuela", "country")}
    graph = rdflib.Graph()
    for t in all_triples(G):
        graph.parse(data=f"{t} .", format="nt")
    subjects = graph.query("PREFIX dct: <http://purl.org/dc/terms/> PREFIX skos: <http://www.w3.org/2004/02/skos/core#> "
                           "SELECT ?label WHERE { ?s dct:subject ?o . ?o skos:prefLabel ?label }")
    assert {str(row[0]) for row in subjects} == {"Workers Party of Belgium", "Venezuela"}


@pytest.mark.parametrize("line", ["Support", "Support us!", "Protect yourself online with these five tips from our experts.",
                                  "Stop press: the meeting has been moved to Friday."])
def test_a_slogan_word_before_nothing_or_a_pronoun_is_no_stance(line: str) -> None:
    assert _stances_of(line) == []


@pytest.mark.parametrize("line", [
    "Kein Mensch ist illegal!",  # an exclamation that states, with a verb "to be"
    "Keine der beteiligten Organisationen hat bisher auf unsere Fragen zu den geplanten Kürzungen geantwortet.",
    "This letter was sent to the minister against our advice.",  # a document noun in a sentence, not a title
    "¡Alto al fuego!",  # cease-fire: no one to stop
    "We need it now!",  # the document's own voice: a statement
    "Act now!",  # a call to act
    "Get out!",
    "The time to act is now!",
    "We call on the European Commission to abandon it.",  # a pronoun names nothing
])
def test_no_stance_in_statements_that_look_like_cues(line: str) -> None:
    assert [(p, t) for p, t, _ in _stances_of(line) if t != "Alto al fuego"] == []


@pytest.mark.parametrize(("sentence", "expected"), [
    ("We call on the Senate to reject the surveillance bill.", ("oppose", "surveillance bill")),
    ("We urge governments to end the blockade.", ("oppose", "blockade")),
    ("We call on the Government to slow down the bill.", ("support", "slow down the bill")),
    ("Nous demandons au gouvernement de retirer le projet.", ("oppose", "projet")),
    ("Hacemos un llamado urgente a la comunidad internacional para que detenga la violencia en Sudán.",
     ("oppose", "violencia en Sudán")),
    # an act in the infinitive right after the addressee, with no word before it
    ("Ми закликаємо Верховну Раду України відхилити законопроєкт № 9550.", ("oppose", "законопроєкт № 9550")),
    ("Вимагаємо від правоохоронних органів розслідувати випадки стеження.", ("support", "розслідувати випадки стеження")),
    ("Мы призываем власти прекратить преследование журналистов.", ("oppose", "преследование журналистов")),
    # the addressee before the verb ("vous"), or none: the act opens right after the verb
    ("Nous vous demandons de renoncer à la réforme de l'assurance chômage.", ("oppose", "réforme de l'assurance chômage")),
    ("Nous, médecins et soignants, vous demandons de revaloriser l'hôpital public.", ("support", "revaloriser l'hôpital public")),
    ("Мы требуем прекратить войну.", ("oppose", "войну")),
    ("Nous exigeons la régularisation de tous les sans-papiers.", ("support", "régularisation de tous les sans-papiers")),
    ("Exigimos al gobierno que ponga fin al bloqueo.", ("oppose", "bloqueo")),
    # a separable verb closes the act with its "zu" inside it; "ne pas" is one negation in two words
    ("Wir fordern die Bundesregierung auf, die Chatkontrolle im Rat abzulehnen.", ("oppose", "Chatkontrolle im Rat")),
    ("Wir fordern den Rat auf, die Verordnung zurückzuziehen.", ("oppose", "Verordnung")),
    ("Wir fordern die Bundesregierung auf, die Chatkontrolle endgültig abzulehnen.", ("oppose", "Chatkontrolle")),  # an adverb
    ("Wir fordern den Bundestag auf, den Paragrafen 219a ersatzlos zu streichen.", ("oppose", "Paragrafen 219a")),
    # a negation before the verb that closes a German act turns it round
    ("Wir fordern die Bundesregierung auf, das Gesetz nicht zu verabschieden.", ("oppose", "Gesetz")),
    ("Wir fordern die Bundesregierung auf, die Chatkontrolle nicht abzulehnen.", ("support", "Chatkontrolle")),
    ("Wir fordern die Bundesregierung auf, das Lieferkettengesetz nicht abzuschwächen.", ("oppose", "Lieferkettengesetz abzuschwächen")),
    ("We urge Congress to pass the bill and not delay.", ("support", "bill and not delay")),  # (no verb-final act)
    # a demand for an end or a halt to something opposes it
    ("We call for an end to the occupation.", ("oppose", "occupation")),
    ("We demand an immediate halt to arms sales.", ("oppose", "arms sales")),
    # an end demanded with other things after it: the demands are backed as a whole
    ("Exigimos o fim do desmatamento e a demarcação imediata das terras indígenas.",
     ("support", "fim do desmatamento e a demarcação imediata das terras indígenas")),
    # acts that suspend, repeal or stop something, in the infinitive
    ("We write to urge you to suspend all arms export licences.", ("oppose", "all arms export licences")),
    ("Chiediamo al governo di sospendere l'invio di armi.", ("oppose", "invio di armi")),
    ("Instamos al Gobierno a suspender los desahucios.", ("oppose", "desahucios")),
    ("Nous demandons au gouvernement d'abroger la loi Sécurité globale.", ("oppose", "loi Sécurité globale")),
    ("Exortamos o governo a revogar a reforma trabalhista.", ("oppose", "reforma trabalhista")),
    # a full stop before a number abbreviates, it ends no sentence
    ("We urge you to vote against S. 1234 when it comes to the floor.", ("oppose", "S. 1234 when it comes to the floor")),
    ("Nous demandons instamment au gouvernement de ne pas adopter la loi.", ("oppose", "loi")),
    # a negation in two words of which the second alone is none ("plus de moyens")
    ("Nous demandons à la Banque européenne d'investissement de ne plus financer les projets fossiles.",
     ("oppose", "financer les projets fossiles")),
    ("We call on the bank to no longer fund coal mines.", ("oppose", "fund coal mines")),
    ("Wir fordern die Regierung auf, nicht länger Waffen zu liefern.", ("oppose", "Waffen zu liefern")),
    ("Nous demandons plus de moyens pour l'hôpital public.", ("support", "plus de moyens pour l'hôpital public")),
    # a verb that backs what it closes leaves it the target ("zu verabschieden": to pass)
    ("Wir fordern den Bundestag auf, ein Transparenzgesetz zu verabschieden.", ("support", "Transparenzgesetz")),
    ("Wir fordern die Regierung auf, das Lieferkettengesetz zu unterstützen.", ("support", "Lieferkettengesetz")),
])
def test_an_act_asked_of_an_addressee_that_ends_something_opposes_it(sentence: str, expected: tuple[str, str]) -> None:
    assert [(p, t) for p, t, _ in _stances_of(sentence)] == [expected]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Wir fordern die Abschaffung der Schuldenbremse.", ("oppose", "Schuldenbremse")),
    ("Exigimos la derogación del decreto 349.", ("oppose", "decreto 349")),
    ("Nous demandons l'abrogation de la loi Sécurité globale.", ("oppose", "loi Sécurité globale")),
    ("Chiediamo la sospensione dell'accordo con la Libia.", ("oppose", "accordo con la Libia")),
    ("We call for the repeal of the Public Order Act.", ("oppose", "Public Order Act")),
    # "immediate" where each language puts it; a demand cue that ends with the act's article
    ("Exigimos la derogación inmediata de la ley mordaza.", ("oppose", "ley mordaza")),
    ("Nous exigeons l'arrêt immédiat des bombardements.", ("oppose", "bombardements")),
    ("Wir fordern die sofortige Abschaffung der Schuldenbremse.", ("oppose", "Schuldenbremse")),
    ("Exigimos a revogação da reforma trabalhista.", ("oppose", "reforma trabalhista")),
    # a withdrawal is backed as such ("the withdrawal of all troops"); "de" before no verb is "of", no act asked
    ("We call for the withdrawal of all Russian troops from Ukraine.", ("support", "withdrawal of all Russian troops from Ukraine")),
    ("Nous demandons le retrait du projet de loi.", ("support", "retrait du projet de loi")),
])
def test_a_demand_for_the_end_or_repeal_of_something_opposes_it(sentence: str, expected: tuple[str, str]) -> None:
    assert [(p, t) for p, t, _ in _stances_of(sentence)] == [expected]


def test_an_elided_de_before_no_verb_opens_no_act() -> None:
    found = _stances_of("Nous demandons au gouvernement d'autres mesures.")
    assert [p for p, _, _ in found] == ["support"] and found[0][1] != "autres mesures"


def test_a_metadata_line_carries_on_no_sentence() -> None:
    text = ('---\ntitle: "Open letter: Protect end-to-end encryption"\ndate: 2023-07-04\n---\n\n'
            "We call on the Government to amend the Online Safety Bill.\n")
    targets = [s.target for s in extract(decode_document("f.md", text.encode())).stances]
    assert targets == ["end-to-end encryption", "amend the Online Safety Bill"]


def test_a_second_verb_after_and_shares_the_first_ones_we() -> None:
    assert [(p, t) for p, t, _ in _stances_of("We denounce the deaths at the borders and demand safe and legal routes.")] == [
        ("oppose", "deaths at the borders"), ("support", "safe and legal routes")]
    assert _stances_of("The police arrested protesters and demand bail.") == []  # no "we" before it


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Les organisations signataires appellent la Commission européenne à retirer sa proposition de directive.",
     [("oppose", "sa proposition de directive")]),
    ("Les organisations signataires demandent au gouvernement de retirer le projet de loi.", [("oppose", "projet de loi")]),
    ("Las organizaciones firmantes instan a los gobiernos a suspender los desalojos.", [("oppose", "desalojos")]),
    ("Le organizzazioni firmatarie chiedono al governo di fermare l'invio di armi.", [("oppose", "invio di armi")]),
    ("Die unterzeichnenden Organisationen verurteilen den Angriff auf die Pressefreiheit.", [("oppose", "Angriff auf die Pressefreiheit")]),
    ("Les organisations du secteur demandent le retrait de la proposition.", []),  # bodies not said to sign
])
def test_the_signers_in_the_third_person_in_each_language(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert [(p, t) for p, t, _ in _stances_of(sentence)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a party to the document (here the signatory below) speaking of itself in the third person
    ("La CGT condena la invasión y exige la retirada de las tropas.\n\nFirman:\nConfederación General del Trabajo (CGT)\nCCOO\n",
     [("oppose", "invasión"), ("support", "retirada de las tropas")]),
    ("Die MLPD verurteilt den Angriff.\n\nUnterzeichner:\nMLPD\nDKP\n", [("oppose", "Angriff")]),
    ("The KKE condemns the summit and calls on the people to intensify the struggle.\n\nSigned:\nKKE\nPAME\n",
     [("oppose", "summit"), ("support", "people to intensify the struggle")]),
    # a party's verb that names an addressee, and an act whose verb comes last
    ("Die MLPD fordert die Regierung auf, den Export von Waffen zu stoppen.\n\nUnterzeichner:\nMLPD\nDKP\n",
     [("oppose", "Export von Waffen")]),
    # a subject that lists parties of the document
    ("The IFJ, the EFJ and the NUJ condemn the killing of journalists.\n\nSigned:\nIFJ\nEFJ\nNUJ\n",
     [("oppose", "killing of journalists")]),
    ("The IFJ, several governments and the NUJ condemn the killing of journalists.\n\nSigned:\nIFJ\nEFJ\nNUJ\n", []),
    # someone else, or a party that is not the subject, states nothing for the document
    ("Die Regierung verurteilt den Angriff.\n\nUnterzeichner:\nMLPD\nDKP\n", []),
    ("The U.S. rejected the MLPD's demands for peace.\n\nSigned:\nMLPD\nDKP\n", []),
])
def test_a_party_to_the_document_states_stances_in_the_third_person(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(p, t) for p, t, _ in _stances_of(text)] == expected


def test_a_split_verb_with_a_pronoun_for_object_is_no_stance() -> None:
    text = "Ein Aufruf\n\nDie Regierung plant weitere Milliarden für die Rüstung.\n\nWir lehnen das ab.\n"
    assert extract(decode_document("s.txt", text.encode())).stances == ()


def test_the_demands_the_signers_open_are_no_list_of_signers() -> None:
    text = ("Joint statement on the climate finance summit\n\nWe, the undersigned organisations, demand:\n\n"
            "1. An end to all new fossil fuel projects.\n2. Debt cancellation for countries in the Global South.\n\n"
            "Signed by:\nClimate Action Network\n350.org\n")
    extraction = extract(decode_document("s.txt", text.encode()))
    assert [s.name for s in extraction.signatories] == ["Climate Action Network", "350.org"]
    assert [(s.polarity, s.target) for s in extraction.stances] == [
        ("oppose", "all new fossil fuel projects"), ("support", "Debt cancellation for countries in the Global South")]


def test_a_list_items_number_is_no_part_of_its_evidence() -> None:
    text = "Manifesto\n\nNós exigimos:\n\n6. Contra a Reforma da Previdência\n7. Contra o retrocesso de direitos para as mulheres\n"
    stances = extract(decode_document("s.txt", text.encode())).stances
    assert [s.evidence for s in stances] == ["Contra a Reforma da Previdência", "Contra o retrocesso de direitos para as mulheres"]
    for stance in stances:
        assert text[stance.span.start : stance.span.end] == stance.evidence


@pytest.mark.parametrize(("sentence", "expected"), [
    # an apposition between commas after "we" stands between the voice and its verb
    ("We, the undersigned trade union and human rights organisations, strongly condemn the arrest of union leaders.",
     [("oppose", "arrest of union leaders")]),
    ("Nous, associations, syndicats et collectifs, appelons les gouvernements à renoncer au Pacte sur la migration.",
     [("oppose", "Pacte sur la migration")]),
    # an opposition or a protest expressed, with words between the verb and the noun
    ("Las organizaciones abajo firmantes expresamos nuestro profundo rechazo a la ley de usurpaciones.",
     [("oppose", "ley de usurpaciones")]),
    ("Ми висловлюємо рішучий протест проти тиску на журналістів.", [("oppose", "тиску на журналістів")]),
    ("Expresamos nuestra preocupación por la creciente militarización del país.", [("oppose", "creciente militarización del país")]),
    # "no to X and yes to Y": two stances
    ("Diciamo no all'invio di armi e sì alla diplomazia.", [("oppose", "invio di armi"), ("support", "diplomazia")]),
    ("We say no to war and yes to diplomacy.", [("oppose", "war"), ("support", "diplomacy")]),
    # a German slogan ends with its verb in the infinitive
    ("Gemeinsamer Aufruf: Demokratie verteidigen!", [("support", "Demokratie")]),
    ("Rüstungsexporte stoppen!", [("oppose", "Rüstungsexporte")]),
    # a contrast ends where the next verb its "we" shares starts
    ("Wir fordern Verhandlungen statt Waffenlieferungen und lehnen die Stationierung der Raketen ab.",
     [("support", "Verhandlungen"), ("oppose", "Stationierung der Raketen"), ("oppose", "Waffenlieferungen")]),
    ("ICOR condemns the bombing of Gaza and declares its solidarity with the Palestinian people.\n\nSigned:\nICOR\nMLPD\n",
     [("oppose", "bombing of Gaza"), ("support", "Palestinian people")]),
])
def test_more_ways_of_saying_we_oppose(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert [(p, t) for p, t, _ in _stances_of(sentence)] == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("We call on the Commission to extend the right to repair to all products and to ban practices that prevent repair.",
     [("support", "extend the right to repair to all products"), ("oppose", "practices that prevent repair")]),
    ("We urge the Senate to reject the bill and to protect the right to strike.",
     [("oppose", "bill"), ("support", "protect the right to strike")]),
    ("Nous appelons le gouvernement à retirer le projet de loi et à ouvrir des négociations.",
     [("oppose", "projet de loi"), ("support", "ouvrir des négociations")]),
    # "to" after "and" that goes on the act before it starts no act of its own
    ("We call on the government to listen to workers and to unions.", [("support", "listen to workers and to unions")]),
    # German acts close with their verbs: a join word after one starts the next act
    ("Wir fordern die Bundesregierung auf, die Waffenlieferungen zu beenden und sich für einen sofortigen "
     "Waffenstillstand einzusetzen.", [("oppose", "Waffenlieferungen"), ("support", "sofortigen Waffenstillstand")]),
    ("Wir fordern die Stadt auf, die Mieten zu senken und den Verkauf städtischer Wohnungen zu stoppen.",
     [("support", "Mieten zu senken"), ("oppose", "Verkauf städtischer Wohnungen")]),
    # "sich gegen X auszusprechen" opposes X
    ("Wir fordern den Senat auf, sich gegen die Schließung der Bibliotheken auszusprechen.",
     [("oppose", "Schließung der Bibliotheken")]),
    # "zu" before a noun ends no act
    ("Wir fordern die Stadt auf, die Angebote zu Hause und in den Schulen auszubauen.",
     [("support", "Angebote zu Hause und in den Schulen auszubauen")]),
])
def test_each_act_asked_of_an_addressee_is_a_stance(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert [(p, t) for p, t, _ in _stances_of(sentence)] == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # the act of a "that" clause starts at its verb: the words before it name who is asked
    ("We demand that the government withdraw the bill.", [("oppose", "bill")]),
    ("We write to ask that the university end its investments in arms manufacturers.",
     [("oppose", "its investments in arms manufacturers")]),
    ("Exigimos que el gobierno retire la reforma.", [("oppose", "reforma")]),
    ("Nous exigeons que le gouvernement retire la réforme.", [("oppose", "réforme")]),
    # a verb that acts on nothing ("end now") leaves the clause whole
    ("We demand that the occupation end now.", [("support", "occupation end now")]),
    # removing something from a place is backed as such
    ("We demand that the administration remove Cuba from the State Sponsors of Terrorism list.",
     [("support", "remove Cuba from the State Sponsors of Terrorism list")]),
    ("We call on the government to withdraw the troops from Iraq.", [("support", "withdraw the troops from Iraq")]),
    # of the words that may start the act after the addressee, the first found
    ("Ми закликаємо Верховну Раду ухвалити закон про доступ до публічної інформації.",
     [("support", "закон про доступ до публічної інформації")]),
    # to condemn, as asked of an addressee, opposes what is condemned
    ("Ми закликаємо міжнародні профспілкові об'єднання підтримати Україну та засудити агресію Росії.",
     [("support", "Україну"), ("oppose", "агресію Росії")]),
    ("Nous appelons les gouvernements à condamner les violences policières.", [("oppose", "violences policières")]),
])
def test_the_act_asked_starts_at_its_verb(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert [(p, t) for p, t, _ in _stances_of(sentence)] == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # a party's demand, its subject two names and a word for their kind
    ("Die Gewerkschaften ver.di und GEW fordern mehr Geld für Schulen.\n\nUnterzeichner:\nver.di\nGEW\n",
     [("support", "mehr Geld für Schulen")]),
    # a party's opposition in so many words
    ("CGIL, CISL e UIL esprimono la loro ferma contrarietà al disegno di legge sulla sicurezza.",
     [("oppose", "disegno di legge sulla sicurezza")]),
    # a pronoun right after a party's sentence stands for that party; "ab." ends a sentence
    ("Die Gewerkschaften ver.di und GEW lehnen die Kürzungen entschieden ab. Sie fordern den Senat auf, die Schließung "
     "der Bibliotheken zurückzunehmen.\n\nUnterzeichner:\nver.di\nGEW\n",
     [("oppose", "Kürzungen"), ("oppose", "Schließung der Bibliotheken")]),
    # the signers' public declaration in Portuguese
    ("As entidades abaixo assinadas vêm a público manifestar repúdio à aprovação do marco temporal.",
     [("oppose", "aprovação do marco temporal")]),
])
def test_parties_declare_their_stances_in_so_many_words(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert [(p, t) for p, t, _ in _stances_of(sentence)] == expected


def test_a_sentence_wrapped_over_lines_by_the_layout_is_read_whole() -> None:
    text = ("A statement\n\nWe, the undersigned organisations, are worried about what happens in the country. We urge the\n"
            "government to end the practice of red-\ntagging and to ensure accountability for the killings.\n")
    stances = extract(decode_document("s.txt", text.encode())).stances
    assert [(s.polarity, s.target) for s in stances] == [
        ("oppose", "practice of red-tagging"), ("support", "ensure accountability for the killings")]
    assert all(text[s.span.start : s.span.end] == s.evidence for s in stances)


def test_an_act_that_withdraws_asked_after_that_opposes_what_it_withdraws() -> None:
    found = _stances_of("Las organizaciones firmantes le pedimos que retire la propuesta de reglamento sobre el abuso infantil.")
    assert [(p, t) for p, t, _ in found] == [("oppose", "propuesta de reglamento sobre el abuso infantil")]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("We call on the Senate not to pass the surveillance bill.", [("oppose", "surveillance bill")]),
    ("Ми закликаємо Верховну Раду не ухвалювати законопроєкт № 5655.", [("oppose", "законопроєкт № 5655")]),
    ("Chiediamo al Parlamento di approvare una legge sul clima.", [("support", "legge sul clima")]),
])
def test_an_act_asked_that_is_negated_or_adopts(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert [(p, t) for p, t, _ in _stances_of(sentence)] == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Nous demandons le retrait de la loi Duplomb.", [("support", "retrait de la loi Duplomb")]),  # "de" before "la" is "of"
    ("Noi sottoscritte organizzazioni chiediamo lo stop all'invio di armi.", [("oppose", "invio di armi")]),
])
def test_a_demand_whose_object_stops_or_withdraws(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert [(p, t) for p, t, _ in _stances_of(sentence)] == expected


@pytest.mark.parametrize(("line", "expected"), [
    ("¡Abajo la dictadura!", [("oppose", "dictadura")]),
    ("Abaixo a ditadura!", [("oppose", "ditadura")]),
    ("Bas les pattes de l'Afrique !", [("support", "Afrique")]),
    ("Tirem as mãos da Venezuela!", [("support", "Venezuela")]),
    ("Abajo firmantes:", []),  # "below": a heading, no exclamation
])
def test_down_with_and_hands_off_in_more_languages(line: str, expected: list[tuple[str, str]]) -> None:
    assert [(p, t) for p, t, _ in _stances_of(line)] == expected


def test_a_heading_that_names_the_demands_heads_its_items() -> None:
    body = "Our demands to the government:\n- Repeal the Strikes (Minimum Service Levels) Act\n- Scrap the two-child benefit cap"
    assert [(p, t) for p, t, _ in _stances_of(body)] == [
        ("oppose", "Strikes (Minimum Service Levels) Act"), ("oppose", "two-child benefit cap")]


def test_spanish_exclamations_on_one_line_are_one_stance_each() -> None:
    text = ("Comunicado\n\nTexto de introducción sin nada.\n\n"
            "¡Viva la lucha obrera! ¡No a la reforma laboral! ¡Justicia para las víctimas de la represión!\n")
    stances = extract(decode_document("s.txt", text.encode())).stances
    assert [(s.polarity, s.target) for s in stances] == [
        ("support", "lucha obrera"), ("oppose", "reforma laboral"), ("support", "víctimas de la represión")]
    assert [s.evidence for s in stances] == ["¡Viva la lucha obrera!", "¡No a la reforma laboral!",
                                             "¡Justicia para las víctimas de la represión!"]


@pytest.mark.parametrize(("text", "first"), [
    ("Die GEW lehnt die Kürzungen ab. Sie fordert mehr Geld.", "Die GEW lehnt die Kürzungen ab."),  # a verb's particle
    ("We ask you to support us. We will not wait.", "We ask you to support us."),
    ("Compare pp. 12 and cf. Annex Beta. Then act.", "Compare pp. 12 and cf. Annex Beta."),  # abbreviations of two letters
    ("Signed by J. Smith. Then more.", "Signed by J. Smith."),  # an initial
])
def test_a_sentence_ends_after_a_word_of_two_small_letters(text: str, first: str) -> None:
    from graph.extract._text import sentence_end

    assert text[: sentence_end(text)] == first


def test_a_letter_writing_to_urge_its_reader_to_vote_against_a_bill_opposes_it() -> None:
    found = _stances_of("We write as organisations working with refugees across the UK to urge you to vote against "
                        "the Illegal Migration Bill at its second reading.")
    assert found == [("oppose", "Illegal Migration Bill at its second reading", "stances.demand")]


def test_our_organisations_urge_is_the_signers_demand() -> None:
    assert _stances_of("Our organisations urge world leaders to end all new fossil fuel projects.") == [
        ("oppose", "all new fossil fuel projects", "stances.demand")]


def test_a_subject_that_says_what_the_signers_are_is_theirs_and_so_is_the_pronoun_after_it() -> None:
    text = ("Communiqué unitaire\n\nLes organisations syndicales et de jeunesse appellent à une journée de grève le 14 mars. "
            "Elles dénoncent la réforme des retraites.\n\nSignataires : CGT, CFDT, FO, UNEF.\n")
    found = [(s.polarity, s.target, s.rule) for s in extract(decode_document("s.txt", text.encode())).stances]
    assert found == [("support", "journée de grève le 14 mars", "stances.party"),
                     ("oppose", "réforme des retraites", "stances.party")]


@pytest.mark.parametrize("sentence", [
    "Les organisations présentes à Paris dénoncent la réforme.",  # a place named: not the signers' description alone
    "Many organisations denounce the reform.",  # no article
    "The organisations of Paris denounce the reform.",  # a capitalised word: a place or a name, not a description
])
def test_a_subject_that_names_or_counts_bodies_is_no_description_of_the_signers(sentence: str) -> None:
    text = f"Communiqué\n\nSome introduction that says nothing in particular.\n\n{sentence}\n\nSignataires : CGT, CFDT, FO, UNEF.\n"
    assert [s.rule for s in extract(decode_document("s.txt", text.encode())).stances if s.rule == "stances.party"] == []
