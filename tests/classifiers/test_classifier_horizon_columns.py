"""Action plans whose columns after the goal are time horizons ('Kort sikt (2026)', 'Lång sikt
(2027–2029)'), a cell holding several bullet actions with their doers in parentheses, and a
goal cell that names its area first ('Area:\\nGoal'); and a borderless table's header row that
came out as one heading per column (thirtieth blind set, blind180; classifiers/README.md)."""

from blocks_doc import classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers.elements import Element, _add_table
from classifiers.horizon_columns import cell_actions, horizon_columns, horizon_schedule, labelled_goal
from extractors.model import Table


def _t(columns, rows, caption=""):
    return {"type": "table", "caption": caption, "columns": columns, "rows": rows}


def test_horizon_headers_give_their_years_as_schedule():
    assert horizon_schedule("Lång sikt (2027–2029)") == "2027–2029"
    assert horizon_schedule("Kort sikt (2026)") == "2026"
    assert horizon_schedule("På kort sikt") == "På kort sikt"
    assert horizon_schedule("2027–2029") == "2027–2029"
    assert horizon_schedule("Ansvar") is None
    assert horizon_columns(["Mål", "Kort sikt", "Lång sikt"]) == {1: "Kort sikt", 2: "Lång sikt"}
    # single years alone are a roadmap (roadmap.py), a column of another kind no horizon plan
    assert horizon_columns(["Mål", "2026", "2027"]) is None
    assert horizon_columns(["Mål", "Kort sikt", "Ansvar"]) is None


def test_a_horizon_cell_holds_one_action_a_bullet_line_and_a_goal_cell_may_name_its_area():
    assert cell_actions("• Läxhjälp på biblioteket\n(biblioteket)\n• Sommarjobb för unga (staden)") == [
        "Läxhjälp på biblioteket (biblioteket)", "Sommarjobb för unga (staden)"]
    assert cell_actions("Läxhjälp – varje vecka (biblioteket)") == ["Läxhjälp – varje vecka (biblioteket)"]
    assert labelled_goal("Boende:\nNya invånare hittar en bostad snabbt") == (
        "Boende", "Nya invånare hittar en bostad snabbt")
    assert labelled_goal("Nya invånare hittar en bostad snabbt") == (None, "Nya invånare hittar en bostad snabbt")


def test_a_horizon_plan_reads_each_bullet_line_as_an_action_of_the_row_goal():
    x = _classify([
        _h("Åtgärdsplan", 1),
        _p("Planen delar in åtgärderna efter när de görs."),
        _t(["Område och mål", "På kort sikt (2025)", "På lång sikt (2026–2028)"],
           [["Boende:\nNya invånare hittar en bostad snabbt",
             "• Bostadsrådgivning på arabiska (bostadsbyrån)\n• Hyresgästkurs (hyresbolaget, föreningen)",
             "• Gårdsfester i hyreshusen (föreningsområdet)"],
            ["Fritid:\nAlla barn har en hobby", "", "• Hobbypass för nya familjer (fritidstjänsterna)"]],
           caption="Åtgärdsplan 2025–2028"),
    ])
    goals = {g.id: (g.text, g.theme) for g in x.goals}
    assert sorted(goals.values()) == [("Alla barn har en hobby", "Fritid"),
                                      ("Nya invånare hittar en bostad snabbt", "Boende")]
    assert [(m.text, goals[m.goal][0], m.schedule, m.responsible) for m in x.measures] == [
        ("Bostadsrådgivning på arabiska", "Nya invånare hittar en bostad snabbt", "2025", ["bostadsbyrån"]),
        ("Hyresgästkurs", "Nya invånare hittar en bostad snabbt", "2025", ["hyresbolaget", "föreningen"]),
        ("Gårdsfester i hyreshusen", "Nya invånare hittar en bostad snabbt", "2026–2028", ["föreningsområdet"]),
        ("Hobbypass för nya familjer", "Alla barn har en hobby", "2026–2028", ["fritidstjänsterna"]),
    ]


def test_a_header_row_read_as_one_heading_per_column_goes_back_over_its_table():
    out = [Element("heading", "Handlingsplan", 2, level=2),
           Element("heading", "Mål", 2, level=3),
           Element("heading", "Kort sikt (2026)", 2, level=3),
           Element("heading", "Lång sikt (2027–2029)", 2, level=3)]
    _add_table(out, Table(rows=[["Alla får arbete", "• Kurs (staden)", "• Mentorer (företagen)"]], header_rows=0), 2)
    assert [e.kind for e in out] == ["heading", "table"]
    assert out[-1].table.header_rows == 1
    assert out[-1].table.rows[0] == ["Mål", "Kort sikt (2026)", "Lång sikt (2027–2029)"]
    # headings that read as no header stay headings
    out = [Element("heading", "Bakgrund", 2, level=2), Element("heading", "Läget i dag", 2, level=3)]
    _add_table(out, Table(rows=[["Andel", "6,2"]], header_rows=0), 2)
    assert [e.kind for e in out] == ["heading", "heading", "table"]


# ---- workshop reports: fields naming the numbered goals they serve, agreed actions ----------

def _workshops(lead):
    return [
        _h("1 Mål", 1),
        _t(["Nr", "Indikatormål 2030", "Mätare"],
           [["1", "Sysselsättningen stiger till 70 procent", "Sysselsättningsgrad"],
            ["2", "Alla barn deltar i småbarnspedagogik", "Deltagandegrad"]],
           caption="Tabell 2. Indikatormål"),
        _h("2 Verkstäderna", 1),
        _h("Arbete (indikatormål 1)", 2),
        _p("Gruppen konstaterade att många arbetar under sin utbildning."),
        _p(lead),
        {"type": "bullets", "items": ["staden själv ordnar en rekryteringsdag varje vår",
                                      "praktikmodellen tas fram under 2026"]},
        _h("Barn (indikatormål 2)", 2),
        _p("Föräldrarna visste inte att dagvården är öppen."),
        _p(lead),
        {"type": "bullets", "items": ["rådgivningen informerar om dagvården"]},
    ]


def test_a_heading_naming_a_numbered_goal_gives_its_theme_and_links_its_actions():
    from classifiers.goal_reference_headings import goal_reference_heading
    assert goal_reference_heading("Barn och unga (indikatormål 3 och 4)") == ("Barn och unga", ["3", "4"])
    assert goal_reference_heading("Språk (mål 2)") == ("Språk", ["2"])
    assert goal_reference_heading("Mål 2: Språk") is None
    x = _classify(_workshops("Vi har kommit överens om att …"))
    goals = {g.id: (g.text, g.theme) for g in x.goals}
    # the paragraphs under the field headings are background, no goals
    assert sorted(goals.values()) == [("Alla barn deltar i småbarnspedagogik", "Barn"),
                                      ("Sysselsättningen stiger till 70 procent", "Arbete")]
    assert [(m.text, goals[m.goal][0] if m.goal else None) for m in x.measures] == [
        ("staden själv ordnar en rekryteringsdag varje vår", "Sysselsättningen stiger till 70 procent"),
        ("praktikmodellen tas fram under 2026", "Sysselsättningen stiger till 70 procent"),
        ("rådgivningen informerar om dagvården", "Alla barn deltar i småbarnspedagogik"),
    ]


def test_an_agreed_clause_names_its_doer_by_its_subject_item_by_item():
    from classifiers.agreement_intros import agreement_intro
    assert agreement_intro("Vi har kommit överens om att …")
    assert agreement_intro("Parterna kom överens om följande:")
    assert not agreement_intro("Vi har kommit överens om att staden ordnar en fest.")
    assert not agreement_intro("Vi ordnar följande:")
    # judged by its last sentence: a workshop report that ends in the open lead-in is one,
    # however long the report before it; a long lead-in sentence itself is not
    assert agreement_intro("Workshoppen i mars samlade över fyrtio deltagare från staden, "
                           "föreningarna och välfärdsområdet som diskuterade arbete och språk. "
                           "Vi kom överens om följande:")
    assert not agreement_intro("Under workshoppen i mars, där över fyrtio deltagare från staden, "
                               "föreningarna och välfärdsområdet deltog, kom vi överens om att:")
    x = _classify(_workshops("Vi har kommit överens om att …"))
    # the subject an actor: its doer (without 'själv'); a passive clause: none
    assert [m.responsible for m in x.measures] == [["staden"], [], ["rådgivningen"]]
    assert not any("överens" in g.text for g in x.goals)


def test_a_shade_glyph_opening_a_goal_row_is_a_marker_not_text():
    from classifiers.text import strip_marker
    assert strip_marker("▓ MÅL: Alla får arbete") == "MÅL: Alla får arbete"
    x = _classify([
        _h("2 Mål och åtgärder", 1),
        _t(["Åtgärd", "Ansvar", "Tidtabell"],
           [["▓ MÅL: Nyinflyttade får snabbt information", "", ""],
            ["Välkomstsamtal med varje nytt hushåll", "Kommunkansliet", "2025–2028"],
            ["▓ MÅL: Barnen lär sig svenska", "", ""],
            ["Svenska som andra språk i skolan", "Bildningssektorn", "2025–2028"]],
           caption="Tabell 2. Mål och åtgärder"),
    ])
    goals = {g.id: g.text for g in x.goals}
    assert sorted(goals.values()) == ["Barnen lär sig svenska", "Nyinflyttade får snabbt information"]
    assert [(" ".join(m.text.split()), goals.get(m.goal)) for m in x.measures] == [
        ("Välkomstsamtal med varje nytt hushåll", "Nyinflyttade får snabbt information"),
        ("Svenska som andra språk i skolan", "Barnen lär sig svenska")]


def test_a_numbered_row_that_labels_itself_a_goal_is_that_goal():
    from classifiers.elements import Element
    from classifiers.goal_labelled_rows import goal_labelled_rows, own_goal
    assert own_goal("2.1 ▓ MÅL: Barnen lär sig svenska") == "Barnen lär sig svenska"
    assert own_goal("2.2 Svenska som andra språk") is None
    assert own_goal("Mål: Barnen lär sig svenska") is None  # already a goal line
    els = goal_labelled_rows([Element("bullet", "2.1 MÅL: Barnen lär sig svenska", 3),
                              Element("bullet", "2.2 Svenska som andra språk", 3)])
    assert [(e.kind, e.text) for e in els] == [("para", "Mål: Barnen lär sig svenska"),
                                              ("bullet", "2.2 Svenska som andra språk")]


def _projects(run_in):
    def card(title, action, contact, meter):
        lines = [_h(title, 2)]
        lines += [_p(f"{action} {contact}")] if run_in else [_p(action), _p(contact)]
        return lines + [_p(meter)]
    return [_h("3 Projekt", 1), _p("Utöver tabellen driver kommunen två projekt."),
            _p("Mål: Äldre invånare har en trygg vardag."),
            *card("Projekt Trygg (2025–2027)", "Hembesök hos äldre inflyttade tillsammans med en tolk.",
                  "Kontakt: anna.vik@by.fi, äldreomsorgens ledande hemvårdare", "Mäts med: antal hembesök per år."),
            *card("Projekt Digistöd (2026)", "Digistöd på biblioteket för e-tjänster.",
                  "Kontakt: jon.k@by.fi, biblioteksansvarig", "Mäts med: antal handledningar."),
            _h("4 Uppföljning", 1), _p("Arbetsgruppen rapporterar årligen.")]


def test_a_project_card_with_a_contact_line_is_an_action_whose_role_is_responsible():
    from classifiers.contact_cards import contact_role
    assert contact_role("anna.vik@by.fi, äldreomsorgens ledande hemvårdare") == "äldreomsorgens ledande hemvårdare"
    assert contact_role("Anna Vik, tfn 040 123") is None
    for run_in in (False, True):
        x = _classify(_projects(run_in))
        assert [(m.text, m.responsible, m.schedule) for m in x.measures] == [
            ("Hembesök hos äldre inflyttade tillsammans med en tolk", ["äldreomsorgens ledande hemvårdare"], "2025–2027"),
            ("Digistöd på biblioteket för e-tjänster", ["biblioteksansvarig"], "2026")]
        assert [(i.text, i.measure) for i in x.indicators] == [
            ("antal hembesök per år", x.measures[0].id), ("antal handledningar", x.measures[1].id)]


def test_a_follow_up_label_naming_its_area_in_a_parenthesis_lists_that_areas_indicators():
    from classifiers.area_follow_up import area_follow_up
    found = area_follow_up("Uppföljning (arbete och kompetens): antal kartläggningar; antal mentorer.")
    assert found is not None and found.area == "arbete och kompetens"
    assert found.indicators == ["antal kartläggningar", "antal mentorer"]
    assert area_follow_up("Uppföljning: antal mentorer.") is None
    x = _classify([
        _h("Handlingsplan", 1),
        _t(["Område och mål", "På kort sikt (2025)", "På lång sikt (2026–2028)"],
           [["Boende:\nNya invånare hittar en bostad snabbt", "• Bostadsrådgivning (bostadsbyrån)", ""],
            ["Fritid:\nAlla barn har en hobby", "", "• Hobbypass (fritidstjänsterna)"]]),
        _p("Uppföljning (boende): antal rådgivningar."),
        _p("Uppföljning (fritid): antal hobbypass; andel barn med en hobby."),
    ])
    goals = {g.id: g.theme for g in x.goals}
    assert [(i.text, [goals[g] for g in i.goals]) for i in x.indicators] == [
        ("antal rådgivningar", ["Boende"]), ("antal hobbypass", ["Fritid"]), ("andel barn med en hobby", ["Fritid"])]


def test_two_headings_over_a_two_column_card_stay_headings():
    out = [Element("heading", "Verkställighetsplan 2024", 2, level=2), Element("heading", "Mål 1: Arbete", 2, level=3)]
    _add_table(out, Table(rows=[["Åtgärder", "Arbetsgivarträffar"], ["Ansvarig aktör", "Näringslivsenheten"]],
                          header_rows=0), 2)
    assert [e.kind for e in out] == ["heading", "heading", "table"]
