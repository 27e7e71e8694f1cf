"""Twentieth blind set (helper t20a): a joint programme whose action table refers to a numbered
goal list by number ('Mål nr': '1, 2') and whose indicator table names the action each indicator
follows up ('Följer upp åtgärd nr'); a revision whose action cells hold 'Mätare:' lines; a
programme ordered by target group ('Målgrupp | Mål | Åtgärder | ...'). Made-up text."""

from blocks_doc import bullets as _b, classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers.cell_meters import split_cell_meters
from classifiers.cells import split_marked_items
from classifiers.council_decision import area_goal
from classifiers.elements import opens_numbered_label
from classifiers.headers import any_label, field_label, header_role
from classifiers.named_action import action_named_by


def _flat(text: str) -> str:
    return " ".join(text.split()).rstrip(".")


def _table(columns, rows, caption=None):
    return {"type": "table", "caption": caption, "columns": columns, "rows": rows}


# ---- a numbered goal list naming each goal's area -----------------------------------------

def test_a_numbered_goal_item_names_its_area_before_the_colon():
    g = area_goal("Mål 2. Arbete och näringsliv: Fler invånare med utländsk bakgrund har arbete.")
    assert (g.number, g.area, g.text) == ("2", "Arbete och näringsliv",
                                          "Fler invånare med utländsk bakgrund har arbete")
    # a goal sentence with no area before it is no such item
    assert area_goal("Mål 2. Fler invånare har arbete.") is None


def _joint_programme():
    return _classify([
        _h("3 Gemensamma mål", 2),
        _p("Kommunerna har kommit överens om tre gemensamma mål:"),
        _b("Mål 1. Språk: Alla nyinflyttade vuxna får undervisning i svenska inom tre månader.",
           "Mål 2. Arbete: Fler invånare med utländsk bakgrund har ett arbete.",
           "Mål 3. Fritid: Barn med utländsk bakgrund deltar i fritidsverksamhet."),
        _h("4 Åtgärder", 2),
        _h("Tabell 2. Åtgärder", 5),
        _table(["Nr", "Åtgärd", "Ansvarig", "Tidtabell", "Mål nr"], [
            ["1", "Kvällskurser i svenska för förvärvsarbetande", "Medborgarinstitutet", "2025–2028", "1, 2"],
            ["2", "Arbetsgivarträffar om rekrytering två gånger per år", "Näringslivsenheten", "2026", "2"],
            ["3", "Fritidssedel för barn i nyinflyttade familjer", "Fritidsbyrån", "2025", "3"],
        ]),
        _h("5 Uppföljning", 2),
        _h("Tabell 3. Indikatorer", 5),
        _table(["Nr", "Indikator", "Mål nr", "Följer upp åtgärd nr", "Datakälla"], [
            ["I1", "Antal deltagare i kvällskurserna", "1", "1", "Medborgarinstitutet"],
            ["I2", "Sysselsättningsgrad bland personer med främmande modersmål", "2", "–", "Statistikcentralen"],
            ["I3", "Antal utbetalda fritidssedlar", "3", "3", "Fritidsbyrån"],
        ]),
    ])


def test_a_goal_list_numbered_with_areas_gives_goals_their_area_as_theme():
    x = _joint_programme()
    goals = {g.text: g for g in x.goals}
    assert set(goals) == {"Alla nyinflyttade vuxna får undervisning i svenska inom tre månader",
                          "Fler invånare med utländsk bakgrund har ett arbete",
                          "Barn med utländsk bakgrund deltar i fritidsverksamhet"}
    assert goals["Fler invånare med utländsk bakgrund har ett arbete"].theme == "Arbete"


def test_a_goal_cell_listing_two_numbers_links_the_action_to_both_goals():
    x = _joint_programme()
    gid = {g.text: g.id for g in x.goals}
    kurs = next(m for m in x.measures if m.text.startswith("Kvällskurser"))
    assert kurs.goals == [gid["Alla nyinflyttade vuxna får undervisning i svenska inom tre månader"],
                          gid["Fler invånare med utländsk bakgrund har ett arbete"]]


def test_an_indicator_table_names_the_action_it_follows_up_by_its_number():
    x = _joint_programme()
    mid = {m.text.split()[0]: m.id for m in x.measures}
    ind = {_flat(i.text): i for i in x.indicators}
    assert len(x.measures) == 3  # the '–' of a goal-level indicator is no action
    assert ind["Antal deltagare i kvällskurserna"].measure == mid["Kvällskurser"]
    assert ind["Antal utbetalda fritidssedlar"].measure == mid["Fritidssedel"]
    # '–': the indicator follows up the goal as a whole
    assert ind["Sysselsättningsgrad bland personer med främmande modersmål"].measure is None


def test_a_header_saying_what_is_followed_up_names_that_column_for_the_object():
    assert header_role("Följer upp åtgärd nr") == "measure"
    assert header_role("Följer upp\nmål") == "goal"
    assert header_role("Så följer vi upp") == "indicator"


# ---- meters in the action cell ------------------------------------------------------------

def test_meter_lines_in_an_action_cell_are_cut_off_as_the_actions_meters():
    cell = ("Språkcafé på biblioteket varje\ntisdagskväll.\nMätare: antal besök i\nspråkcaféet\n"
            "Mätare: antal nya deltagare")
    assert split_cell_meters(cell) == ("Språkcafé på biblioteket varje\ntisdagskväll.",
                                       ["antal besök i språkcaféet", "antal nya deltagare"])
    # a label inside the action's own sentence (no full stop before it) is no meter
    assert split_cell_meters("Kurs för\nMätare: ett ord")[1] == []
    assert split_cell_meters("Ungdomsgården hålls öppen.")[1] == []


def test_an_action_table_with_meters_in_its_cells_gives_each_action_its_meters():
    x = _classify([
        _h("4 Mål och åtgärder", 2),
        _h("4.1 Språk", 3),
        _p("Mål: Alla invånare kan lära sig svenska i vardagen."),
        _h("Åtgärder 4.1", 5),
        _table(["Åtgärd", "Ansvarig", "Samarbetspartner", "Tidtabell"], [
            ["Språkcafé på biblioteket varje tisdagskväll.\nMätare: antal besök i språkcaféet",
             "Biblioteket", "Marthaföreningen", "2025–2027"],
            ["Integrationsutbildning ordnas i kommunen.\nMätare: antal studerande\nMätare: andel som avlagt språkprov",
             "Sysselsättningsområdet", "Medborgarinstitutet", "2026"],
        ]),
    ])
    by_text = {_flat(m.text): m for m in x.measures}
    assert set(by_text) == {"Språkcafé på biblioteket varje tisdagskväll", "Integrationsutbildning ordnas i kommunen"}
    ind = {_flat(i.text): i.measure for i in x.indicators}
    assert ind == {"antal besök i språkcaféet": by_text["Språkcafé på biblioteket varje tisdagskväll"].id,
                   "antal studerande": by_text["Integrationsutbildning ordnas i kommunen"].id,
                   "andel som avlagt språkprov": by_text["Integrationsutbildning ordnas i kommunen"].id}


def test_a_meter_item_under_the_one_action_of_a_bulleted_cell_is_that_actions():
    x = _classify([
        _h("4.1 Språk", 3),
        _p("Mål: Alla invånare kan lära sig svenska i vardagen."),
        _h("Åtgärder 4.1", 5),
        _table(["Åtgärd", "Ansvar", "Tidtabell"], [
            ["• Språkcafé på biblioteket varje tisdagskväll.\n• Mätare: antal besök i språkcaféet",
             "Biblioteket", "2025–2027"],
        ]),
    ])
    assert [m.text.rstrip(".") for m in x.measures] == ["Språkcafé på biblioteket varje tisdagskväll"]
    assert [(i.text, i.measure) for i in x.indicators] == [("antal besök i språkcaféet", x.measures[0].id)]


# ---- two goals of one area: 'Mål 3a:' / 'Mål 3b:' ----------------------------------------

def test_actions_for_a_lettered_goal_serve_that_goal():
    x = _classify([
        _h("4.3 Barn och unga", 3),
        _p("Mål 3a: Barn med främmande modersmål får stöd i svenska."),
        _h("Åtgärder för mål 3a", 5),
        _table(["Åtgärd", "Ansvarig", "Tidtabell"], [
            ["Språkmedveten pedagogik införs i alla skolor", "Bildningsavdelningen", "2025"]]),
        _p("Mål 3b: Unga med utländsk bakgrund har en meningsfull fritid."),
        _h("Åtgärder för mål 3b", 5),
        _table(["Åtgärd", "Ansvarig", "Tidtabell"], [
            ["Ungdomsgården hålls öppen två extra kvällar i veckan", "Fritidsbyrån", "2026"]]),
    ])
    gid = {g.text: g.id for g in x.goals}
    m = next(m for m in x.measures if m.text.startswith("Ungdomsgården"))
    assert m.goal == gid["Unga med utländsk bakgrund har en meningsfull fritid"]


def test_a_lettered_goal_label_opens_a_paragraph_of_its_own():
    # at the top of a column no gap tells a new paragraph; the label does
    assert opens_numbered_label("Mål 3a: Barn med främmande modersmål får stöd.")
    assert not opens_numbered_label("Mål och åtgärder: text")


# ---- card fields -------------------------------------------------------------------------

def test_a_label_of_two_words_joined_by_a_slash_is_a_field_label():
    assert any_label("Ny/Fortsätter: Ny")
    assert not any_label("Ny/Fortsätter Ny")


def test_a_follow_up_phrase_with_its_value_is_an_indicator_field():
    assert field_label("Så följer vi upp: Antal deltagare i språkcaféet") == ("Så följer vi upp", "indicator")
    # alone it introduces the list under it, no field
    assert field_label("Så följer vi upp:") is None


# ---- a list glyph alone on its line ------------------------------------------------------

def test_a_glyph_alone_on_its_line_marks_the_line_below():
    _, items = split_marked_items("• Mentorprogram med\nföretagare\n•\nRekryteringsdag en gång\nper år")
    assert [t for t, _ in items] == ["Mentorprogram med företagare", "Rekryteringsdag en gång per år"]


# ---- one follow-up naming one listed action ----------------------------------------------

def test_a_follow_up_naming_one_listed_action_by_its_words_is_that_actions():
    actions = [("m1", "Alla anställda i kundarbete går en webbutbildning i likabehandling"),
               ("m2", "Kommunen tar fram en flerspråkig ordlista över begreppen i tjänsterna"),
               ("m3", "Integrationsfrågor tas upp i chefsforum minst en gång per år")]
    assert action_named_by("andel anställda i kundarbete som gått webbutbildningen", actions) == "m1"
    # words shared with two actions name neither
    assert action_named_by("andel anställda i kundarbete som använder ordlistan", actions) is None
    # one action alone: nothing to choose between
    assert action_named_by("andel anställda i kundarbete", actions[:1]) is None


def test_an_uppfoljning_paragraph_after_a_list_follows_up_the_action_it_names():
    x = _classify([
        _h("5 Hela kommunorganisationen", 2),
        _p("Gemensamt mål: Kommunens personal bemöter alla invånare jämlikt."),
        _b("1) Alla anställda i kundarbete går en webbutbildning i likabehandling (ansvar: personalenheten, 2025).",
           "2) Kommunen tar fram en flerspråkig ordlista (ansvar: kommunikationen, 2026)."),
        _p("Uppföljning: andel anställda i kundarbete som gått webbutbildningen."),
    ])
    web = next(m for m in x.measures if "webbutbildning" in m.text)
    assert [(i.text, i.measure) for i in x.indicators] == [
        ("andel anställda i kundarbete som gått webbutbildningen", web.id)]


# ---- a target-group column ---------------------------------------------------------------

def test_a_target_group_column_is_the_theme_of_its_goals_carried_down():
    x = _classify([
        _h("4 Mål och åtgärder per målgrupp", 2),
        _table(["Målgrupp", "Mål", "Åtgärder", "Ansvarig", "Tidtabell"], [
            ["Barn och unga", "Barn deltar i småbarnspedagogiken från tre års ålder",
             "Hembesök till familjer", "Småbarnspedagogiken", "2025"],
            ["", "Unga fortsätter till andra stadiet", "Extra studiehandledare", "Skolan", "2026"],
            ["Äldre", "Äldre invandrare känner till tjänsterna för äldre",
             "Informationsträffar med tolk", "Äldreomsorgen", "2025"],
        ]),
    ])
    themes = {g.text: g.theme for g in x.goals}
    assert themes == {"Barn deltar i småbarnspedagogiken från tre års ålder": "Barn och unga",
                      "Unga fortsätter till andra stadiet": "Barn och unga",
                      "Äldre invandrare känner till tjänsterna för äldre": "Äldre"}


# ---- the text-style prints (golden.render_more) -------------------------------------------

def test_the_text_styles_print_reference_columns_as_fields():
    from golden import render_more as M

    # a goal cell of two goal numbers refers to them, no goal called '1, 2'
    assert M._refs_only([["Kurs", "1"], ["Kurs", "1, 2"]], 1)
    blocks = M._card_blocks({"type": "table", "caption": None,
                             "columns": ["Nr", "Indikator", "Följer upp åtgärd nr"],
                             "rows": [["I1", "Antal deltagare", "2"], ["I2", "Andel i arbete", "–"]]},
                            "numbered", [0, 0, 0], [])
    printed = " ".join(" ".join(b.get("lines", [])) + b.get("text", "") for b in blocks)
    # the action numbers are a field of each record, never numbered as actions of their own
    assert "Följer upp åtgärd nr: 2." in printed
    assert ".1 2" not in printed


# ---- a column too short to measure takes the width of the same column elsewhere ----------

def test_a_short_tables_actor_column_is_as_wide_as_under_the_same_header_before():
    cols = ["Åtgärd", "Ansvarig", "Samarbetspartner", "Tidtabell"]
    x = _classify([
        _h("4.1 Arbete", 3),
        _p("Mål: Fler invånare med utländsk bakgrund har ett arbete."),
        _table(cols, [
            ["Personlig arbetscoach för nyanlända", "Sysselsättningsområdet Kustbygden", "Näringslivsenheten", "2025"],
            ["Validering av yrkeskompetens", "Sysselsättningsområdet Kustbygden", "Yrkesinstitutet", "2026"],
            ["Företagsbesök hos arbetsgivare", "Näringslivsenheten", "Företagarna", "2025"]]),
        _h("4.2 Språk", 3),
        _p("Mål: Alla invånare kan lära sig svenska i vardagen."),
        _table(cols, [
            ["Språkcafé på biblioteket", "Biblioteket", "Marthaföreningen", "2025"],
            ["Integrationsutbildning i kommunen", "Sysselsättningsområdet Kustbygden", "Medborgarinstitutet", "2026"]]),
    ])
    m = next(m for m in x.measures if _flat(m.text).startswith("Integrationsutbildning"))
    # the name wrapped in its narrow column as it did in the first table, not two actors
    assert m.responsible == ["Sysselsättningsområdet Kustbygden"]


# ---- two meter lines of one printed record ----------------------------------------------

def test_two_meter_lines_under_a_numbered_action_are_both_its_meters():
    x = _classify([
        _h("4.2 Språk", 3),
        _p("Mål: Alla invånare kan lära sig svenska i vardagen."),
        _p("4.2.1 Språkcafé på biblioteket varje tisdagskväll."),
        _p("Mätare: antal besök i språkcaféet"),
        _p("Ansvarig: Biblioteket. Tidtabell: 2025–2027."),
        _p("4.2.2 Integrationsutbildning ordnas i kommunen."),
        _p("Mätare: antal studerande"),
        _p("Mätare: andel som avlagt språkprov"),
        _p("Ansvarig: Medborgarinstitutet. Tidtabell: 2026."),
    ])
    utb = next(m for m in x.measures if "Integrationsutbildning" in m.text)
    assert utb.responsible == ["Medborgarinstitutet"]
    assert sorted(_flat(i.text) for i in x.indicators if i.measure == utb.id) == \
        ["andel som avlagt språkprov", "antal studerande"]
