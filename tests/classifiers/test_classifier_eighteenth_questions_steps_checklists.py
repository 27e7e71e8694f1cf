"""Eighteenth blind set (helper e18b): a question-and-answer chapter whose actions read
'Åtgärd – Ansvar: X (when)' and whose follow-up question lists the goal's indicators; the
steps of a service path numbered 'Steg 1.' with a table of actions titled 'Åtgärder, steg 1'
as large as the step; a goal under 'Vårt mål' and a checklist of the chapter's actions with
their doers under the next heading; a record's field run onto the last line of a cell of
several '• …' actions; and actions numbered by goal inside one chapter, not by chapter.
Made-up text."""

from blocks_doc import classify_blocks as _classify, heading as _h, paragraph as _p, bullets as _b


def _table(caption, columns, rows):
    return {"type": "table", "caption": caption, "columns": columns, "rows": rows}


# --- 'Åtgärd – Ansvar: X (when)' ---------------------------------------------------------

def _questions(actions):
    return _classify([_h("3 Boende", 1),
                      _h("Vad vill vi uppnå?", 2), _b("Nya invånare hittar en bostad som passar dem."),
                      _h("Hur gör vi det?", 2), _b(*actions),
                      _h("Hur vet vi att vi lyckats?", 2), _b("Antalet hushåll som fått rådgivning")])


def test_a_time_in_parentheses_after_a_labelled_doer_is_the_tails_when():
    x = _questions(["Boenderådgivning i hyreshusen – Ansvar: bostadsbolaget (från hösten 2025)",
                    "Bostadsguide på lätt svenska – Ansvar: tekniska sektorn och kansliet (2026–2027)"])
    got = [(m.text, m.responsible, m.schedule) for m in x.measures]
    assert got == [("Boenderådgivning i hyreshusen", ["bostadsbolaget"], "från hösten 2025"),
                   ("Bostadsguide på lätt svenska", ["tekniska sektorn", "kansliet"], "2026–2027")]


def test_a_parenthesis_that_is_no_time_stays_out_of_the_labelled_tail():
    from classifiers.actors import trailing_actors
    # what the parenthesis holds is no time: the tail is not read around it
    assert trailing_actors("Boenderådgivning – Ansvar: bostadsbolaget (se bilaga 2)") is None
    assert trailing_actors("Boenderådgivning – Ansvar: bostadsbolaget (2026)") == (["bostadsbolaget"], [], "2026")


def test_the_follow_up_question_lists_the_indicators_of_the_goal_its_chapter_asked_for():
    x = _questions(["Boenderådgivning i hyreshusen – Ansvar: bostadsbolaget"])
    goal = x.goals[0].id
    assert [(i.text, i.goal, i.measure) for i in x.indicators] == [("Antalet hushåll som fått rådgivning", goal, None)]


# --- 'Steg 1.' and 'Åtgärder, steg 1' ---------------------------------------------------

def _steps(step_number: bool = True):
    def step(n, name, goal, action):
        title = f"Steg {n}. {name}" if step_number else name
        return [_h(title, 3), _p(f"Målsättning: {goal}"), _h(f"Åtgärder, steg {n}", 3),
                _table(f"Åtgärder, steg {n}", ["Åtgärd", "Ansvarig", "När"], [[action, "Integrationsenheten", "2026"]])]
    return _classify([_h("4 Servicestigen", 2),
                      *step(1, "Ankomst", "Varje nyanländ får vägledning inom en vecka.",
                            "Ett välkomstteam tar emot nyanlända familjer"),
                      *step(2, "Kartläggning", "Kartläggningen görs inom en månad.",
                            "En gemensam modell för kartläggningen tas fram")])


def test_a_table_titled_as_large_as_the_numbered_step_it_follows_serves_that_steps_goal():
    x = _steps()
    goals = {g.text.rstrip("."): g.id for g in x.goals}
    assert [(" ".join(m.text.split()), m.goal) for m in x.measures] == [
        ("Ett välkomstteam tar emot nyanlända familjer", goals["Varje nyanländ får vägledning inom en vecka"]),
        ("En gemensam modell för kartläggningen tas fram", goals["Kartläggningen görs inom en månad"])]


def test_a_step_number_is_the_label_word_and_number_of_the_heading():
    from classifiers.part_headings import label_number
    assert label_number("Steg 1. Ankomst och första information") == "steg 1"
    assert label_number("Del 2: Arbete") == "del 2"
    assert label_number("3.1 Arbete") is None
    assert label_number("Ankomst och första information") is None


# --- 'Vårt mål' and a checklist of the chapter's actions --------------------------------

def _checklist(items, heading="Checklista för sektorerna 2025–2027"):
    return _classify([_h("5 Kommunen som arbetsgivare", 1), _p("Kommunen har 300 anställda."),
                      _h("Vårt mål", 2), _p("Personalen kan betjäna kunder på lätt språk."),
                      _h(heading, 2), _b(*items)])


def test_a_checklist_naming_doers_under_the_heading_after_the_goal_is_the_goals_actions():
    x = _checklist(["☐ Alla chefer går en utbildning i ledarskap (personalenheten, 2025)",
                    "☐ Personalen får utbildning i lätt språk (personalenheten, 2026)"])
    goal = x.goals[0].id
    assert [(m.text, m.responsible, m.schedule, m.goal) for m in x.measures] == [
        ("Alla chefer går en utbildning i ledarskap", ["personalenheten"], "2025", goal),
        ("Personalen får utbildning i lätt språk", ["personalenheten"], "2026", goal)]


def test_a_checklist_of_routine_steps_without_doers_is_no_list_of_actions():
    x = _checklist(["☐ Bostaden är möblerad", "☐ Tolk är bokad för första veckan"])
    assert x.measures == []


def test_a_box_to_tick_is_a_list_marker():
    from classifiers.text import BULLET_RE, strip_marker
    assert strip_marker("☐ Tolk är bokad") == "Tolk är bokad"
    assert strip_marker("• ☐ Tolk är bokad") == "Tolk är bokad"
    assert BULLET_RE.match("☑ Klart") is not None
    assert BULLET_RE.match("☐Tolk") is None  # a box in the text, no marker before a space


# --- a record's field run onto the last '• …' line of its cell -------------------------

def test_a_field_after_the_doers_parenthesis_is_a_field_without_a_full_stop():
    from classifiers.records import trailing_fields
    assert trailing_fields("Hälsoinformation på arabiska (välfärdsområdet) Tidtabell: 2026–2029.") == (
        "Hälsoinformation på arabiska (välfärdsområdet)", [("schedule", "Tidtabell", "2026–2029")])
    # a label of no who/when field after a parenthesis leaves the text whole
    assert trailing_fields("Hälsoinformation (på arabiska) Målgrupp: kvinnor") is None


def test_a_field_run_onto_the_last_action_of_a_cell_leaves_the_action_and_its_doer():
    x = _classify([_h("3 Särskilda målgrupper", 1), _h("Mål 1. Kvinnor når service och gemenskap.", 2),
                   _b("Kvinnogrupp med barnpassning (integrationstjänsterna)",
                      "Hälsoinformation på arabiska och dari (välfärdsområdet) Tidtabell: 2026–2029.")])
    assert [(m.text, m.responsible) for m in x.measures] == [
        ("Kvinnogrupp med barnpassning", ["integrationstjänsterna"]),
        ("Hälsoinformation på arabiska och dari", ["välfärdsområdet"])]
    assert x.measures[1].schedule == "2026–2029"


# --- actions numbered by goal, not by chapter -------------------------------------------

def test_a_chapter_after_actions_numbered_by_goal_opens_no_group_of_them():
    intro = ("Två grupper har i enkäten och i intervjuerna visat sig vara svåra att nå med den ordinarie "
             "servicen: kvinnor som är hemma med små barn och äldre invandrare som kommit hit som anhöriga.")
    x = _classify([_p("Fullmäktige godkände målen: 1. Alla får information. 2. Alla lär sig språket."),
                   _h("2 Åtgärdsplan", 1),
                   _h("Mål 1 – Information", 2), _b("1.1 Rådgivningen utvidgas med chatt (kundservicen)"),
                   _h("Mål 2 – Språk", 2), _b("2.1 Studiecirklar i svenska (medborgarinstitutet)"),
                   _h("Mål 3 – Arbete", 2), _b("3.1 Karriärvägledning för högutbildade (sysselsättningstjänsterna)"),
                   _h("3 Insatser för särskilda målgrupper", 1), _p(intro)])
    # the chapter's opening paragraph says who is hard to reach: no action of a group '3.'
    assert [m.text for m in x.measures] == ["1.1 Rådgivningen utvidgas med chatt", "2.1 Studiecirklar i svenska",
                                            "3.1 Karriärvägledning för högutbildade"]


def test_a_follow_up_column_headed_by_the_steps_label_word_names_each_rows_step():
    follow_up = _table("Indikatorer", ["Steg", "Indikator", "Källa"],
                       [["1. Ankomst", "Tid från flytten till första vägledningssamtalet", "Kundregistret"],
                        ["2. Kartläggning", "Andel kartläggningar som gjorts inom en månad", "Sysselsättningstjänsterna"],
                        ["", "Antal integrationsplaner per år", "Sysselsättningstjänsterna"]])
    x = _classify([_h("4 Servicestigen", 1),
                   _h("Steg 1. Ankomst", 2), _p("Målsättning: Varje nyanländ får vägledning inom en vecka."),
                   _b("Ett välkomstteam tar emot nyanlända (integrationsenheten, 2026)"),
                   _h("Steg 2. Kartläggning", 2), _p("Målsättning: Kartläggningen görs inom en månad."),
                   _b("En gemensam modell för kartläggningen tas fram (sysselsättningstjänsterna, 2025)"),
                   _h("5 Uppföljning", 1), follow_up])
    g1, g2 = (g.id for g in x.goals)
    # the empty step cell: the step of the row above
    assert [i.goal for i in x.indicators] == [g1, g2, g2]
    from classifiers.part_headings import part_label_column, without_label_number
    assert part_label_column(["Steg", "Indikator"], {"steg"}) == 0
    assert part_label_column(["Mål", "Indikator"], {"steg"}) is None
    assert without_label_number("Steg 1. Ankomst") == "Ankomst"
