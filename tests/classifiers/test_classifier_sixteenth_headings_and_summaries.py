"""Sixteenth blind set (helper s16a): numbered headings that are the goals of the actions
under them, an action paragraph closed by who answers for it, a summary table that repeats
the text's actions, theme rows and title cards over goals, a value under a finished value,
'som partner', and an action's number naming its goal. Made-up text."""

from blocks_doc import classify_blocks as _classify, heading as _h, paragraph as _p, bullets as _b


def _table(caption, columns, rows):
    return {"type": "table", "caption": caption, "columns": columns, "rows": rows}


def _chapter():
    return [_h("4 Boende och vardag", 1),
            _h("4.1 Nyinflyttade hittar en bostad snabbt", 2),
            _b("Bostadsguide på tre språk – Ansvar: Norrvik Bostäder Ab, 2026",
               "Vi visar lediga lägenheter på torget en gång i månaden"),
            _h("4.2 Alla familjer känner till skolans vardag", 2),
            _p("Vi ordnar informationskvällar om skolan för föräldrar. Ansvarig är rektorn i samarbete "
               "med Hemskolans föräldraförening, och kvällarna ordnas varje höst."),
            _p("Mätare: antalet föräldrar på informationskvällarna"),
            _p("Kommunen söker medel för en läxhjälpsklubb. Ansvarig är bildningsnämnden. Tidtabell: 2027."),
            _p("Skjuts till klubben för elever i byarna. Ansvar: Norrviks taxiring.")]


def test_a_numbered_heading_over_actions_naming_their_doers_is_their_goal():
    x = _classify(_chapter())
    assert [g.text for g in x.goals] == ["Nyinflyttade hittar en bostad snabbt",
                                        "Alla familjer känner till skolans vardag"]
    g1, g2 = x.goals
    assert [m.goal for m in x.measures] == [g1.id, g1.id, g2.id, g2.id, g2.id]


def test_a_numbered_heading_over_background_stays_a_theme():
    x = _classify([_h("4 Boende och vardag", 1),
                   _h("4.1 Bostäderna i kommunen idag", 2),
                   _p("Kommunen äger 120 hyresbostäder. De flesta ligger i centrum."),
                   _b("Radhus i Norrby", "Höghus vid stationen")])
    assert x.goals == [] and x.measures == []


def test_an_action_paragraph_closed_by_who_answers_for_it():
    x = _classify(_chapter())
    kvall, klubb, skjuts = x.measures[2:]
    assert kvall.text == "Vi ordnar informationskvällar om skolan för föräldrar"
    assert (kvall.responsible, kvall.partners, kvall.schedule) == (
        ["rektorn"], ["Hemskolans föräldraförening"], "varje höst")
    assert (klubb.text, klubb.responsible, klubb.schedule) == (
        "Kommunen söker medel för en läxhjälpsklubb", ["bildningsnämnden"], "2027")
    # a noun phrase is an action when a field says who answers for it
    assert (skjuts.text, skjuts.responsible) == ("Skjuts till klubben för elever i byarna",
                                                 ["Norrviks taxiring"])
    # the meter right under the paragraph is that action's
    assert [(i.text, i.measure) for i in x.indicators] == [
        ("antalet föräldrar på informationskvällarna", kvall.id)]


def test_a_table_said_to_repeat_the_actions_adds_none():
    summary = _table("Sammanfattning", ["Kapitel", "Åtgärd i korthet", "Ansvar"],
                     [["4.1", "Bostadsguide", "Norrvik Bostäder"],
                      ["4.2", "Informationskvällar", "Rektorn"]])
    blocks = _chapter() + [_h("Bilaga 1. Sammanfattning", 1),
                           _p("Tabellen upprepar åtgärderna i kortform. Hela texten finns i kapitel 4."),
                           summary]
    x = _classify(blocks)
    assert len(x.measures) == 5
    assert "Bostadsguide" not in [m.text for m in x.measures]
    # without the sentence the table's rows are read as usual
    blocks[-2] = _p("Tabellen visar vem som ansvarar.")
    assert "Bostadsguide" in [m.text for m in _classify(blocks).measures]


def test_a_title_row_in_the_goal_column_is_the_theme_of_the_goals_below():
    plan = _table("Tabell 2. Mål och åtgärder", ["Mål", "Åtgärd", "Ansvar", "Tidtabell"],
                  [["Boende", "", "", ""],
                   ["Nyinflyttade hittar en bostad inom en månad", "Bostadsguide på tre språk",
                    "Norrvik Bostäder Ab", "2026"],
                   ["Kultur och fritid", "", "", ""],
                   ["Alla barn kan pröva på en hobby i Norrvik", "Prova-på-dagar i föreningarna",
                    "Fritidsbyrån", "varje vår"]])
    x = _classify([_h("5 Mål och åtgärder", 1), plan])
    assert [(g.text, g.theme, g.parent) for g in x.goals] == [
        ("Nyinflyttade hittar en bostad inom en månad", "Boende", None),
        ("Alla barn kan pröva på en hobby i Norrvik", "Kultur och fritid", None)]


def test_a_title_card_over_goal_cards_is_their_theme():
    x = _classify([_h("5 Mål och åtgärder", 1),
                   _h("Mål 1: Boende", 3),
                   _h("Mål 2: Nyinflyttade hittar en bostad inom en månad", 3),
                   _p("Åtgärd: Bostadsguide på tre språk. Ansvar: Norrvik Bostäder Ab.")])
    assert [(g.text.split(": ")[-1], g.theme) for g in x.goals] == [
        ("Nyinflyttade hittar en bostad inom en månad", "Boende")]


def test_a_lower_case_value_under_a_short_finished_value_starts_no_continuation():
    from classifiers.elements import _continues_row
    above = ["", "Språkkurs för vuxna", "Medborgarinstitutet", "varje vår", "inom budgetramen"]
    row = ["", "Läxhjälp i biblioteket", "Biblioteket", "fortlöpande", "projektmedel"]
    assert not _continues_row(row, above)
    # a wrapped cell under an open line still goes on
    assert _continues_row(["", "och deras föräldrar", "", "", ""],
                          ["", "Läxhjälp för barn", "Biblioteket", "fortlöpande", "inom"])


def test_a_name_said_to_be_a_partner_is_a_partner():
    from classifiers.actors import split_actors
    assert split_actors("Fritidsbyrån och Norrby IF som partner") == (["Fritidsbyrån"], ["Norrby IF"])


def test_an_action_numbered_under_the_goal_after_a_sub_goals_actions_serves_the_goal():
    x = _classify([_h("4 Mål och åtgärder", 1),
                   _h("4.4 Barn och unga", 2),
                   _p("Mål 4. Barn och unga i Norrvik klarar skolan och trivs."),
                   _p("Delmål 4.1: Fler unga går vidare till gymnasiet."),
                   _p("4.1.1 Studiebesök till gymnasiet (Ansvar: elevhandledaren, varje läsår)."),
                   _p("4.2 Ungdomsgården öppnas på söndagar (Ansvar: fritidsbyrån, 2027)."),
                   _h("4.5 Delaktighet", 2),
                   _p("Mål 5. Alla invånare kan påverka."),
                   _p("5.1 Invånarkvällar i byarna (Ansvar: kommunkansliet, varje höst).")])
    goal, sub, g5 = x.goals
    assert sub.parent == goal.id
    assert [m.goal for m in x.measures] == [sub.id, goal.id, g5.id]


def test_a_goal_alone_in_its_row_heads_the_goals_below_as_before():
    plan = _table("Tabell 3. Kompetens", ["Mål", "Åtgärd", "Ansvar"],
                  [["Stärka personalens kunnande om integration", "", ""],
                   ["Alla lärare får utbildning i svenska som andraspråk", "Kurser i S2-pedagogik",
                    "Bildningsbyrån"]])
    x = _classify([_h("5 Mål och åtgärder", 1), plan])
    top, sub = x.goals
    assert top.text == "Stärka personalens kunnande om integration" and sub.parent == top.id


def test_a_colon_inside_an_opened_parenthesis_is_no_field_label():
    from classifiers.headers import field_label
    # a wrapped line of an action whose who/when tail is in parentheses
    assert field_label("Norrby IF och församlingen (Ansvar: fritidsbyrån, varje sommar).") is None
    assert field_label("Ansvar (huvudansvar): fritidsbyrån") == ("Ansvar (huvudansvar)", "responsible")
    assert field_label("Ansvar: fritidsbyrån") == ("Ansvar", "responsible")
