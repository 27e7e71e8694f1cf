"""A programme written as an agreement between parties (made up): goals listed once as
numbered points after 'Parterna förbinder sig att ... verka för följande mål:', then one
article per field whose opening text names the goal it carries out ('Artikeln genomför
avtalets mål 2.') over bullets of obligations 'X förbinder sig att …' / 'Y åtar sig att …'."""

from blocks_doc import bullets as _b, classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers import empty_role_fallbacks, prose, prose_actions
from classifiers.goal_number_references import goal_number, referenced_goal_number
from classifiers.prose import intro_kind
from classifiers.prose_actions import prose_action


def _agreement():
    return [
        _h("Samarbetsavtal om integration 2026–2029", 1),
        _h("Artikel 1 Parter", 2),
        _p("Avtalet ingås mellan Exempelby kommun och Föreningen Ankaret rf."),
        _h("Artikel 2 Mål", 2),
        _p("Parterna förbinder sig att under avtalsperioden verka för följande mål:"),
        _b("1. Nya invånare hittar rätt i servicen redan första veckan.",
            "2. Fler nya invånare hittar en fritidssysselsättning som passar dem."),
        _h("Artikel 3 Rådgivning", 2),
        _p("Rådgivningen har i dag öppet en dag i veckan. Artikeln genomför avtalets mål 1."),
        _b("Kommunen förbinder sig att öppna en rådgivningsdisk i biblioteket två dagar i veckan.",
            "Ankaret åtar sig att ordna vägledning på arabiska varje månad."),
        _h("Artikel 4 Fritid", 2),
        _p("Föreningarna saknar kontakt med nya familjer. Artikeln genomför avtalets mål 2."),
        _b("Ankaret åtar sig att bjuda in nya familjer till sina evenemang.",
            "Kommunen förbinder sig att ge föreningarna ett bidrag för nya medlemmar."),
        _h("Artikel 5 Giltighet", 2),
        _p("Avtalet gäller till utgången av 2029."),
    ]


def test_commitment_intro_is_the_partys_own_goal_list(monkeypatch):
    # 'förbinder sig att': an infinitive, what the parties take on -- not a content clause
    # reporting another body's goals
    assert intro_kind("Parterna förbinder sig att under avtalsperioden verka för följande mål:") == "goal"
    assert intro_kind("Regeringen anger att målen för integrationspolitiken är följande:") == "background"
    monkeypatch.setattr(prose, "_infinitive_att", lambda before, k: False)
    assert intro_kind("Parterna förbinder sig att under avtalsperioden verka för följande mål:") == "background"


def test_a_party_committing_itself_states_an_action(monkeypatch):
    found = prose_action("Ankaret åtar sig att ordna vägledning på arabiska varje månad.")
    assert found is not None and found.commits and found.responsible == ["Ankaret"]
    found = prose_action("Parterna förbinder sig att gemensamt ordna en fest för alla invånare.")
    assert found is not None and found.responsible == ["Parterna"]
    # 'åtar sig' with no verb of commitment read: no action
    monkeypatch.setattr(prose_actions, "_COMMIT_VERBS", frozenset())
    assert prose_action("Ankaret åtar sig att ordna vägledning på arabiska varje månad.") is None


def test_goal_numbers_and_references():
    assert goal_number("1. Nya invånare hittar rätt.") == "1"
    assert goal_number("Mål 3: Fler deltar.") == "3"
    assert goal_number("Nya invånare hittar rätt.") is None
    assert referenced_goal_number("Artikeln genomför avtalets mål 2.") == "2"
    assert referenced_goal_number("Kapitlet hör till mål 1 och mål 2.") is None
    assert referenced_goal_number("Målet 2025 är högt.") is None


def test_articles_naming_their_goal_carry_its_obligations(monkeypatch):
    out = _classify(_agreement())
    goals = {g.id: g for g in out.goals}
    assert len(goals) == 2
    by_text = {m.text: m for m in out.measures}
    assert len(by_text) == 4
    desk = by_text["Kommunen förbinder sig att öppna en rådgivningsdisk i biblioteket två dagar i veckan"]
    assert "servicen" in goals[desk.goal].text and desk.responsible == ["Kommunen"]
    invite = by_text["Ankaret åtar sig att bjuda in nya familjer till sina evenemang"]
    assert "fritidssysselsättning" in goals[invite.goal].text and invite.responsible == ["Ankaret"]
    # the article that carries a goal out names its field: the goal's theme
    assert goals[desk.goal].theme == "Rådgivning" and goals[invite.goal].theme == "Fritid"
    # no goal named by number: the obligations stand without their goal
    monkeypatch.setattr(empty_role_fallbacks, "referenced_goal_number", lambda text: None)
    out = _classify(_agreement())
    assert out.measures and all(m.goal is None for m in out.measures)


def _agreement_with_meters():
    return _agreement() + [
        _h("Bilaga 1 Uppföljningsmått", 2),
        {"type": "table", "caption": None, "columns": ["Mått", "Artikel", "Utgångsläge 2025"], "rows": [
            ["Antal besök vid rådgivningsdisken", "3", "0"],
            ["Antal familjer på Ankarets evenemang", "4", "12"],
            ["Antal föreningar som fått bidraget", "4", "3"],
        ]},
    ]


def test_meter_table_naming_the_article_links_to_its_action(monkeypatch):
    from classifiers import classify_document
    out = _classify(_agreement_with_meters())
    texts = {m.id: m.text for m in out.measures}
    links = {i.text: texts.get(i.measure, "") for i in out.indicators}
    assert "rådgivningsdisk" in links["Antal besök vid rådgivningsdisken"]
    assert links["Antal familjer på Ankarets evenemang"].startswith("Ankaret åtar sig att bjuda in")
    assert "bidrag" in links["Antal föreningar som fått bidraget"]
    monkeypatch.setattr(classify_document, "link_meters_to_parts", lambda built, elements: None)
    assert not any(i.measure for i in _classify(_agreement_with_meters()).indicators)
