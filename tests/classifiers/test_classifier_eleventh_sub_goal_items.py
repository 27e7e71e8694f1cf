"""Goal headings 'Övergripande mål N: ...' listing their sub-goals as labelled items
('Delmål N.N: ...' / 'Tyngdpunkt N.N: ...'), and an action table whose goal column names
each sub-goal by its number and a short form of its words ('1.1 Alla barn ...'), as a
welfare area's plan prints them (eleventh blind set, blind64 conventions). Made-up text."""

from blocks_doc import bullets as _b, classify_blocks as _classify, heading as _h, paragraph as _p


def _t(columns, rows, caption=None):
    return {"type": "table", "caption": caption, "columns": columns, "rows": rows}


def _programme(label="Delmål"):
    return [
        _h("2 Mål", 1),
        _h("Övergripande mål 1: Alla invånare får tjänster på lika villkor", 2),
        _b(f"{label} 1.1: Alla barn får stöd i språkutvecklingen redan i småbarnspedagogiken",
           f"{label} 1.2: Vuxna hittar rätt tjänst snabbt"),
        _h("Övergripande mål 2: Nyanlända känner sig hemma", 2),
        _b(f"{label} 2.1: Fler nyanlända deltar i föreningslivet"),
        _h("3 Åtgärdsplan", 1),
        _t(["Delmål", "Åtgärd", "Ansvarig", "Tidsplan"],
           [["1.1 Alla barn får stöd", "Språkstöd ordnas i alla daghem", "Småbarnspedagogiken", "2025"],
            ["", "Föräldrar får information om språkstödet", "Familjecentret", "2026"],
            ["1.2 Vuxna hittar rätt tjänst", "En gemensam servicepunkt öppnas", "Servicecentralen", "Q3 2025"],
            ["2.1 Fler nyanlända deltar i föreningslivet", "Föreningsmässa varje höst", "Fritidsenheten",
             "Från hösten 2025"]],
           "Tabell 3. Åtgärder"),
    ]


def _check(label):
    x = _classify(_programme(label))
    texts = [g.text for g in x.goals]
    assert texts[1:3] == ["Alla barn får stöd i språkutvecklingen redan i småbarnspedagogiken",
                          "Vuxna hittar rätt tjänst snabbt"]
    assert texts[4] == "Fler nyanlända deltar i föreningslivet"
    assert len(texts) == 5  # the table's short names are no goals of their own
    g1, s11, s12, g2, s21 = x.goals
    assert [s11.parent, s12.parent, s21.parent] == [g1.id, g1.id, g2.id]
    assert [m.goal for m in x.measures] == [s11.id, s11.id, s12.id, s21.id]


def test_labelled_sub_goal_items_under_a_goal_heading_are_its_sub_goals():
    _check("Delmål")


def test_tyngdpunkt_items_are_sub_goals_and_the_table_names_them_by_number():
    _check("Tyngdpunkt")


def test_a_card_titled_by_the_short_name_names_the_sub_goal():
    # a card print titles each row by its goal column: 'Delmål 1: 1.1 Alla barn får stöd'
    blocks = _programme()[:5] + [
        _h("3 Åtgärdsplan", 1),
        _h("Delmål 1: 1.1 Alla barn får stöd", 3),
        _p("Åtgärd: Språkstöd ordnas i alla daghem"),
        _p("Ansvarig: Småbarnspedagogiken"),
        _h("Delmål 2: 1.2 Vuxna hittar rätt tjänst", 3),
        _p("Åtgärd: En gemensam servicepunkt öppnas"),
        _p("Ansvarig: Servicecentralen"),
    ]
    x = _classify(blocks)
    assert len(x.goals) == 5
    _, s11, s12, _, _ = x.goals
    assert [m.goal for m in x.measures] == [s11.id, s12.id]


def test_a_measure_heading_naming_a_goal_by_number_links_its_list_to_that_goal():
    blocks = [
        _h("2 Strategiska mål", 1),
        _h("Strategiskt mål 1: Alla invånare får tjänster på lika villkor", 2),
        _p("Tjänsterna ska vara lika för alla."),
        _h("Strategiskt mål 2: Kommunerna och välfärdsområdet samarbetar", 2),
        _p("Samarbetet behöver bli tydligare."),
        _h("3 Åtgärdsplan", 1),
        _h("Åtgärder för strategiskt mål 2", 2),
        _b("Ett samarbetsavtal upprättas – integrationskoordinatorn, 2025.",
           "Nätverksmöten ordnas – integrationskoordinatorn, två gånger per år."),
        _h("Åtgärder för strategiskt mål 1", 2),
        _b("Tolk bokas alltid när klienten behöver det – invandrartjänsterna, Q2 2025."),
    ]
    x = _classify(blocks)
    g1, g2 = (g.id for g in x.goals)
    assert [m.goal for m in x.measures] == [g2, g2, g1]
