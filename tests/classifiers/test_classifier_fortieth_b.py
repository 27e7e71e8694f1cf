"""Fortieth blind set (blind237, blind238) conventions, on made-up text: a 'you said – we do'
programme (the theme's goal only in the table caption 'Tabell N. <theme> – Mål: <goal>.', 'Vi
…' actions one a line in a cell, 'Det gör vi redan: …' rows pointing to existing services,
'(med X)' partners after the responsible, a 'Vi vill … berätta' aside); a word processor's
action table whose goal, doer and time cells were merged over the goal's rows and printed
in the group's middle row, with a meter appendix naming '1.2' or 'mål 3' under 'Hör till'."""

from blocks_doc import bullets as _b, classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers.actors import split_actors
from classifiers.caption_goals import caption_goal
from classifiers.cells import first_person_lines
from classifiers.merged_group_cells import fill_merged_cells
from classifiers.new_and_ongoing import ongoing_cell
from classifiers.prose import states_wish as is_wish


def _sq(s):
    return " ".join((s or "").split())


def _table(columns, rows, caption=None):
    return {"type": "table", "caption": caption, "columns": columns, "rows": rows}


# --- 'Ni sa – vi gör': a goal in the caption, 'Vi …' lines, existing services -----------------

def _answer_doc():
    return _classify([
        _h("Du frågade – vi svarar"),
        _p("Varje tabell börjar med det invånarna sa. Tabellens rubrik anger målet för temat."),
        _h("Tema 1. Boende", 3),
        _table(["Ni sa", "Det här gör vi", "Vem ansvarar", "När"],
               [["”Det finns inga lediga hyresbostäder.”",
                 "Vi bygger tjugo nya hyresbostäder i Norrby\nVi startar en bostadsförmedling på nätet",
                 "Bostadsbolaget Hemmet (med Tekniska nämnden)", "2026–2028"],
                ["”Jag förstår inte hyresavtalet.”",
                 "Finns redan: hyresrådgivningen svarar på frågor om avtal varje tisdag.", "", ""],
                ["”Grannarna hälsar inte.”", "Vi ordnar gårdsfester varje sommar", "Fritidsenheten", "varje juni"]],
               caption="Tabell 1. Boende – Mål: Alla nya invånare har ett tryggt och varaktigt boende."),
        _h("Tema 2. Fritid", 3),
        _table(["Ni sa", "Det här gör vi", "Vem ansvarar", "När"],
               [["”Barnen har inget att göra.”", "Vi öppnar ungdomsgården också på lördagar",
                 "Ungdomsenheten (med Exempelby Scoutkår)", "från 2026"]],
               caption="Tabell 2. Fritid – Mål: Alla barn och unga har en meningsfull fritid."),
        _h("Förslag vi inte tog med", 3),
        _p("Några förslag kunde vi inte ta med. Vi vill ändå berätta varför."),
    ])


def test_a_caption_closing_with_a_goal_field_gives_the_goal_of_the_table_actions():
    got = _answer_doc()
    goals = {g.id: _sq(g.text) for g in got.goals}
    assert set(goals.values()) == {"Alla nya invånare har ett tryggt och varaktigt boende",
                                   "Alla barn och unga har en meningsfull fritid"}
    acts = {_sq(m.text): m for m in got.measures}
    assert goals[acts["Vi ordnar gårdsfester varje sommar"].goal] == \
        "Alla nya invånare har ett tryggt och varaktigt boende"
    assert goals[acts["Vi öppnar ungdomsgården också på lördagar"].goal] == \
        "Alla barn och unga har en meningsfull fritid"
    themes = {_sq(g.text): g.theme for g in got.goals}
    assert themes["Alla barn och unga har en meningsfull fritid"] == "Fritid"


def test_caption_goal_split():
    assert caption_goal("Tabell 3. Språk – Mål: Alla vuxna kan sköta sina ärenden på svenska.") == \
        ("Tabell 3. Språk", "Alla vuxna kan sköta sina ärenden på svenska.")
    assert caption_goal("Tabell 3. Mål och åtgärder för språk") is None
    assert caption_goal("Tabell 3. Språk – Mål: se ovan") is None  # a stub, no goal
    assert caption_goal("Språk – Mål: Alla vuxna kan sköta sina ärenden på svenska.") is None  # no caption


def test_we_action_lines_of_one_cell_are_actions_of_their_own():
    got = _answer_doc()
    acts = {_sq(m.text): m for m in got.measures}
    assert "Vi bygger tjugo nya hyresbostäder i Norrby" in acts
    assert "Vi startar en bostadsförmedling på nätet" in acts
    assert acts["Vi startar en bostadsförmedling på nätet"].schedule == "2026–2028"


def test_first_person_lines():
    cell = "Vi bygger tjugo nya hyresbostäder i\nNorrby\nVi startar en bostadsförmedling på nätet"
    assert first_person_lines(cell, 40) == ["Vi bygger tjugo nya hyresbostäder i Norrby",
                                            "Vi startar en bostadsförmedling på nätet"]
    # a sentence's end before the next 'Vi': sentences of one action
    assert first_person_lines("Vi ordnar kurser.\nVi följer upp dem varje år", 40) is None
    # a line that could not take the next word: a wrap, one action
    assert first_person_lines("Vi ordnar kurser för dem som\nVi kallar nya", 30) is None
    assert first_person_lines("Kurser ordnas\nVi följer upp", 30) is None


def test_a_row_pointing_to_an_existing_service_is_no_action():
    got = _answer_doc()
    texts = [_sq(m.text) for m in got.measures]
    assert not any("hyresrådgivningen" in t for t in texts)
    # the row after it keeps its own doer, no carried one
    acts = {_sq(m.text): m for m in got.measures}
    assert acts["Vi ordnar gårdsfester varje sommar"].responsible == ["Fritidsenheten"]
    assert len(texts) == 4


def test_ongoing_cell():
    assert ongoing_cell("Det gör vi redan: tolkning kan beställas.")
    assert ongoing_cell("Befintlig tjänst: rådgivning varje vecka")
    assert not ongoing_cell("Vi ordnar språkcafé: en gång i veckan")
    assert not ongoing_cell("Vi bygger ut det som redan finns: ungdomsgården")  # no run-in label


def test_partner_in_a_med_bracket_after_the_responsible():
    got = _answer_doc()
    acts = {_sq(m.text): m for m in got.measures}
    m = acts["Vi öppnar ungdomsgården också på lördagar"]
    assert m.responsible == ["Ungdomsenheten"]
    assert m.partners == ["Exempelby Scoutkår"]
    assert split_actors("Biblioteket (med\nFolkhälsan)") == (["Biblioteket"], ["Folkhälsan"])


def test_the_writers_turning_to_the_reader_is_no_goal():
    got = _answer_doc()
    assert not any("berätta" in g.text for g in got.goals)
    assert not is_wish("Vi vill ändå berätta varför.")
    assert not is_wish("Vi vill förklara hur programmet är uppbyggt.")
    assert is_wish("Vi vill att alla barn har en hobby.")


# --- merged cells printed in the group's middle row, and a meter appendix by number --------

_MERGED_ROWS = [
    ["1.1", "", "Jobbmässa för nya invånare", "", "Företagarföreningen", "varje vår"],
    ["1.2", "Fler inflyttade har ett arbete", "Praktikplatser i kommunens enheter", "Personalenheten",
     "Arbetskraftsservicen", "2026–2028"],
    ["1.3", "", "Mentorer från näringslivet", "", "Företagarföreningen", "2027"],
    ["2.1", "", "Läxhjälp i biblioteket", "", "", ""],
    ["2.2", "Alla elever klarar grundskolan", "Studiehandledning på modersmålet", "Skolkontoret", "–",
     "läsåren 2026–2028"],
]


def _merged_doc():
    return _classify([
        _h("Åtgärdsplan"),
        _p("När ett mål gäller flera åtgärder har cellerna slagits samman."),
        _table(["Nr", "Mål", "Åtgärd", "Ansvar", "Samarbetspart", "Tidtabell"], _MERGED_ROWS,
               caption="Tabell 1. Åtgärder"),
        _h("Bilaga: Indikatorer"),
        _table(["Indikator", "Hör till", "Utgångsläge 2024", "Målnivå 2028"],
               [["Andelen inflyttade i arbete, %", "mål 1", "55", "65"],
                ["Antal praktikanter i kommunens enheter", "1.2", "3", "10"],
                ["Antal elever i läxhjälpen", "2.1", "0", "30"],
                ["Andelen elever med avgångsbetyg, %", "mål 2", "90", "97"]],
               caption="Tabell 2. Indikatorer"),
    ])


def test_a_goal_merged_over_its_rows_is_the_goal_of_every_row_of_its_number_group():
    got = _merged_doc()
    goals = {g.id: _sq(g.text) for g in got.goals}
    assert set(goals.values()) == {"Fler inflyttade har ett arbete", "Alla elever klarar grundskolan"}
    acts = {_sq(m.text): m for m in got.measures}
    assert len(acts) == 5
    assert goals[acts["Jobbmässa för nya invånare"].goal] == "Fler inflyttade har ett arbete"
    assert goals[acts["Mentorer från näringslivet"].goal] == "Fler inflyttade har ett arbete"
    assert goals[acts["Läxhjälp i biblioteket"].goal] == "Alla elever klarar grundskolan"


def test_a_doer_and_time_merged_over_a_goal_group_are_every_row_s():
    got = _merged_doc()
    acts = {_sq(m.text): m for m in got.measures}
    assert acts["Jobbmässa för nya invånare"].responsible == ["Personalenheten"]
    # not the doer of the row above (the previous goal's)
    assert acts["Läxhjälp i biblioteket"].responsible == ["Skolkontoret"]
    assert acts["Läxhjälp i biblioteket"].schedule == "läsåren 2026–2028"
    assert acts["Läxhjälp i biblioteket"].partners == []


def test_fill_merged_cells():
    roles = {1: "goal", 2: "measure", 3: "responsible", 4: "partners", 5: "schedule"}
    filled = fill_merged_cells([list(r) for r in _MERGED_ROWS], roles)
    assert [r[1] for r in filled] == ["Fler inflyttade har ett arbete"] * 3 + ["Alla elever klarar grundskolan"] * 2
    assert [r[3] for r in filled] == ["Personalenheten"] * 3 + ["Skolkontoret"] * 2
    # a goal printed on its group's first row shows no merge printed in the middle: left as it is
    plain = [["1.1", "Fler i arbete", "A", "X", "", ""], ["1.2", "", "B", "", "", ""]]
    assert fill_merged_cells(plain, roles) is None


def test_a_meter_table_naming_dotted_action_numbers_or_goals_by_number():
    got = _merged_doc()
    goals = {g.id: _sq(g.text) for g in got.goals}
    acts = {m.id: _sq(m.text) for m in got.measures}
    meters = {_sq(i.text): i for i in got.indicators}
    assert set(meters) == {"Andelen inflyttade i arbete, %", "Antal praktikanter i kommunens enheter",
                           "Antal elever i läxhjälpen", "Andelen elever med avgångsbetyg, %"}
    assert acts[meters["Antal praktikanter i kommunens enheter"].measure] == "Praktikplatser i kommunens enheter"
    assert acts[meters["Antal elever i läxhjälpen"].measure] == "Läxhjälp i biblioteket"
    assert meters["Andelen inflyttade i arbete, %"].measure is None
    assert goals[meters["Andelen inflyttade i arbete, %"].goal] == "Fler inflyttade har ett arbete"
    assert goals[meters["Andelen elever med avgångsbetyg, %"].goal] == "Alla elever klarar grundskolan"
    # 'mål 1' is no action
    assert not any(t.startswith("mål") for t in acts.values())


# --- the same plan printed as numbered actions: goal headings set in each group's middle ----

def _numbered_doc():
    return _classify([
        _h("Åtgärdsplan"),
        _p("Åtgärdens nummer anger vilket mål den hör till."),
        _h("Tabell 1. Tema A: Arbete och skola", 3),
        _p("1.1. Jobbmässa för nya invånare"),
        _p("Ansvarig: Personalenheten. Tidtabell: varje vår."),
        _h("Mål 1. Fler inflyttade har ett arbete", 3),
        _p("1.2. Praktikplatser i kommunens enheter"),
        _p("Ansvarig: Personalenheten. Tidtabell: 2026–2028."),
        _p("2.1. Läxhjälp i biblioteket"),
        _p("Ansvarig: Skolkontoret. Tidtabell: 2026."),
        _h("Mål 2. Alla elever klarar grundskolan", 3),
        _p("2.2. Studiehandledning på modersmålet"),
        _p("Ansvarig: Skolkontoret. Tidtabell: läsåren 2026–2028."),
        _p("2.3. Studievägledning med tolk i årskurs 9"),
        _p("Ansvarig: Skolkontoret. Tidtabell: varje höst."),
        _h("Bilaga: Indikatorer"),
        _table(["Indikator", "Hör till", "Utgångsläge 2024", "Målnivå 2028"],
               [["Antal praktikanter i kommunens enheter", "1.2", "3", "10"],
                ["Antal elever i läxhjälpen", "2.1", "0", "30"],
                ["Andelen elever med avgångsbetyg, %", "mål 2", "90", "97"]],
               caption="Tabell 2. Indikatorer"),
    ])


def test_an_action_numbered_by_its_goal_serves_that_goal_wherever_its_heading_stands():
    got = _numbered_doc()
    goals = {g.id: _sq(g.text) for g in got.goals}
    # (this print keeps the numbers and labels in the texts)
    acts = {_sq(m.text).split(". ", 1)[-1]: m for m in got.measures}
    assert len(acts) == 5
    assert goals[acts["Jobbmässa för nya invånare"].goal].endswith("Fler inflyttade har ett arbete")
    assert goals[acts["Praktikplatser i kommunens enheter"].goal].endswith("Fler inflyttade har ett arbete")
    assert goals[acts["Läxhjälp i biblioteket"].goal].endswith("Alla elever klarar grundskolan")
    assert goals[acts["Studiehandledning på modersmålet"].goal].endswith("Alla elever klarar grundskolan")
    # the caption over the first action, read as its goal until the number gave it to goal 1
    assert len(goals) == 2


def test_a_number_a_paragraph_names_after_a_line_break_opens_no_item():
    from types import SimpleNamespace as NS

    from classifiers.elements import _number_mid_sentence
    last = NS(kind="para")
    assert _number_mid_sentence("2.3 hör till mål 2).", last, NS(text="… vilket mål den hör till (åtgärd"))
    assert _number_mid_sentence("4.1 gäller alla skolor.", last, NS(text="Det som sägs i punkt"))
    # a finished sentence above, or a capital after the number: a numbered item
    assert not _number_mid_sentence("2.3 hör till mål 2.", last, NS(text="Målen följs upp varje år."))
    assert not _number_mid_sentence("2.3 Läxhjälp i biblioteket", last, NS(text="(åtgärd"))


def test_a_meter_table_naming_numbered_list_actions_by_their_numbers():
    got = _classify([
        _h("Åtgärder"),
        _p("1.1. Jobbmässa för nya invånare ordnas varje vår av personalenheten."),
        _p("1.2. Praktikplatser i kommunens enheter erbjuds av personalenheten."),
        _p("2.1. Läxhjälp i biblioteket ordnas av skolkontoret."),
        _h("Uppföljning"),
        _table(["Indikator", "Hör till", "Utgångsläge 2024", "Målnivå 2028"],
               [["Antal praktikanter i kommunens enheter", "1.2", "3", "10"],
                ["Antal elever i läxhjälpen", "2.1", "0", "30"]],
               caption="Tabell 2. Indikatorer"),
    ])
    acts = {m.id: _sq(m.text) for m in got.measures}
    meters = {_sq(i.text): i for i in got.indicators}
    assert acts[meters["Antal praktikanter i kommunens enheter"].measure].startswith("1.2. Praktikplatser")
    assert acts[meters["Antal elever i läxhjälpen"].measure].startswith("2.1. Läxhjälp")
