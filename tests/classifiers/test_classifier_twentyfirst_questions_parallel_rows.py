"""Twenty-first blind set (helper t21a): lettered theme rows and cards ('A. SPRÅK OCH
UTBILDNING'); ongoing work beside the new ('Det här gör vi redan | Nytt 2025–2028'); a
follow-up column naming each row's goal and action ('Mål 2, språkcafé'); a compound named
by its first part's stem; an upper-secondary school as a doer; rows printed as parallel line
lists ('Vad gör vi? | Vem? | När? | Hur vet vi?'); residents' questions as headings over the
goal that answers them. Made-up text."""

from blocks_doc import classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers.text import squash


def _goals(x):
    """(text, theme) of each goal, the text as the scorer compares it: without a printed
    label or number before it ('Delmål 2: 1.1 ') and without the final full stop."""
    import re
    return [(re.sub(r"^(?:Delmål \d+: )?(?:\d+\.\d+ )?", "", squash(g.text)).rstrip("."), g.theme) for g in x.goals]


def _table(caption, columns, rows):
    return {"type": "table", "caption": caption, "columns": columns, "rows": rows}


# --- lettered theme rows ------------------------------------------------------------------

def test_a_lettered_theme_row_in_the_goal_column_titles_the_goals_below():
    x = _classify([_h("Bilaga 2. Åtgärdsplan", 1),
                   _table("Åtgärdsplan 2025–2028", ["Delmål", "Åtgärd", "Ansvarig", "Tidsplan"], [
                       ["A. BOENDE OCH HÄLSA", "", "", ""],
                       ["1.1 Nyinflyttade familjer hittar en bostad som passar dem",
                        "Boenderådgivning i hyreshusen", "Bostadsbolaget", "2025–2028"],
                       ["B. ARBETE OCH KOMPETENS", "", "", ""],
                       ["2.1 Fler vuxna invandrare får ett arbete i kommunen",
                        "Praktikplatser i kommunens enheter", "Personalenheten", "2026"]])])
    assert _goals(x) == [
        ("Nyinflyttade familjer hittar en bostad som passar dem", "BOENDE OCH HÄLSA"),
        ("Fler vuxna invandrare får ett arbete i kommunen", "ARBETE OCH KOMPETENS")]


def test_a_lettered_theme_printed_as_a_goal_card_titles_the_cards_below():
    x = _classify([_h("Åtgärdsplan 2025–2028", 2),
                   _h("Delmål 1: A. BOENDE OCH HÄLSA", 3),
                   _h("Delmål 2: 1.1 Nyinflyttade familjer hittar en bostad som passar dem", 3),
                   _p("Åtgärd: Boenderådgivning i hyreshusen"), _p("Ansvar: Bostadsbolaget")])
    assert _goals(x) == [
        ("Nyinflyttade familjer hittar en bostad som passar dem", "BOENDE OCH HÄLSA")]


# --- ongoing and new work side by side; the follow-up column naming goal and action -----

def _slides():
    return _classify([
        _h("Välkommen till Västby", 2), _p("Mål 1: Alla nyinflyttade får en god start i Västby"),
        _table("", ["Det här gör vi redan", "Nytt 2025–2028"], [
            ["Flyktingmottagning enligt avtalet", "Välkomstträffar för nyinflyttade familjer (integrationsenheten)"],
            ["Inledande kartläggning", "Tilläggsbidrag till föreningar som ordnar verksamhet (fritidssektorn, från 2026)"],
            ["", "Studiehandledning på andra stadiet (Västby gymnasium, 2025–2027)"]]),
        _h("Uppföljning", 2),
        _table("", ["Mätare", "Kopplat till", "Källa"], [
            ["Antal deltagare i välkomstträffarna", "Mål 1, välkomstträffar", "Integrationsenheten"],
            ["Antal föreningar som fått bidraget", "Mål 1, föreningsbidrag", "Fritidssektorn"],
            ["Andel nyinflyttade som trivs i Västby", "Mål 1", "Invånarenkät"]])])


def test_only_the_new_column_beside_the_ongoing_work_holds_measures():
    x = _slides()
    assert [(squash(m.text), m.responsible, m.schedule) for m in x.measures] == [
        ("Välkomstträffar för nyinflyttade familjer", ["integrationsenheten"], None),
        ("Tilläggsbidrag till föreningar som ordnar verksamhet", ["fritidssektorn"], "från 2026"),
        ("Studiehandledning på andra stadiet", ["Västby gymnasium"], "2025–2027")]


def test_a_column_naming_goals_by_label_links_each_indicator_to_its_goal_and_named_action():
    x = _slides()
    goal = x.goals[0].id
    m = {m.text.split()[0]: m.id for m in x.measures}
    assert [(squash(i.text), i.goal, i.measure) for i in x.indicators] == [
        ("Antal deltagare i välkomstträffarna", goal, m["Välkomstträffar"]),
        ("Antal föreningar som fått bidraget", goal, m["Tilläggsbidrag"]),
        ("Andel nyinflyttade som trivs i Västby", goal, None)]


def test_an_upper_secondary_school_in_a_closing_parenthesis_is_a_doer():
    from classifiers.actors import trailing_actors
    assert trailing_actors("Studiehandledning på andra stadiet (Västby gymnasium, 2025–2027)") == (
        ["Västby gymnasium"], [], "2025–2027")


# --- rows printed as parallel line lists -----------------------------------------------

def test_a_row_of_parallel_line_lists_holds_one_action_per_line_of_its_time_cell():
    x = _classify([
        _h("2 Arbete", 1), _p("Mål 1: Fler invandrare får ett arbete i Västby"),
        _table("", ["Vad gör vi?", "Vem?", "När?", "Hur vet vi?"], [[
            "Jobbcoachning i små grupper\nKartläggning av utländska examina och hänvisning till erkännande av examen\nSpråkcafé varje tisdag",
            "Sysselsättningstjänsterna\nIntegrationskoordinatorn, Yrkesinstitutet Västby\nBiblioteket",
            "2026\n2026–2029\nfortlöpande",
            "andel i arbete sex månader efter coachningen\nantal kartläggningar per år\n–"]])])
    assert [(squash(m.text), m.responsible, m.schedule) for m in x.measures] == [
        ("Jobbcoachning i små grupper", ["Sysselsättningstjänsterna"], "2026"),
        ("Kartläggning av utländska examina och hänvisning till erkännande av examen",
         ["Integrationskoordinatorn", "Yrkesinstitutet Västby"], "2026–2029"),
        ("Språkcafé varje tisdag", ["Biblioteket"], "fortlöpande")]
    ids = [m.id for m in x.measures]
    assert [(squash(i.text), i.measure) for i in x.indicators] == [
        ("andel i arbete sex månader efter coachningen", ids[0]),
        ("antal kartläggningar per år", ids[1])]


def test_a_multi_line_action_beside_one_time_stays_one_action():
    from classifiers.parallel_rows import parallel_actions
    assert parallel_actions("Jobbcoachning i små grupper\nKartläggning av examina", "2026") is None
    assert parallel_actions("Jobbcoachning i små grupper\nKartläggning av examina", "från hösten\n2026") is None
    # one action of two lines beside a time of several and one doer: the doer is one, the row is no list
    assert parallel_actions("Svenskkurser på nivå A1–A2\nOrdnas på kvällstid i byn", "Hösten 2025\nvarje läsår",
                            beside=[("Medborgarinstitutet i\nsamarbete med byaföreningen", None)]) is None
    assert parallel_actions("Svenskkurser på nivå A1–A2\nSpråkcafé i byn", "Hösten 2025\nvarje läsår",
                            beside=[("Medborgarinstitutet\nBiblioteket", None)]) == (
        ["Svenskkurser på nivå A1–A2", "Språkcafé i byn"], ["Hösten 2025", "varje läsår"])


# --- residents' questions ---------------------------------------------------------------

def test_the_answer_under_a_residents_question_is_the_goal_not_the_question():
    x = _classify([
        _h("3 Vardag", 1),
        _h("3.1 Hur hittar jag en bostad?", 2),
        _p("Nyinflyttade hittar en trygg bostad och vet hur boendet fungerar."),
        _p("Hyresbostäderna är få, och kön till de stora lägenheterna är lång."),
        _table("", ["Vad gör vi?", "Vem?", "När?"], [["Boendeskola för nya hyresgäster", "Bostadsbolaget", "2026"]]),
        _h("3.2 Var kan mitt barn hitta en hobby?", 2),
        _p("Barn med utländsk bakgrund deltar i fritidsverksamhet lika ofta som andra barn."),
        _p("Fritidssektorn tar fram en hobbyguide på sex språk under 2027."),
    ])
    assert _goals(x) == [
        ("Nyinflyttade hittar en trygg bostad och vet hur boendet fungerar", "Vardag"),
        ("Barn med utländsk bakgrund deltar i fritidsverksamhet lika ofta som andra barn", "Vardag")]
    g1, g2 = (g.id for g in x.goals)
    assert [(squash(m.text), m.goal, m.responsible) for m in x.measures] == [
        ("Boendeskola för nya hyresgäster", g1, ["Bostadsbolaget"]),
        ("Fritidssektorn tar fram en hobbyguide på sex språk under 2027", g2, ["Fritidssektorn"])]


def test_a_question_in_the_programmes_own_voice_has_no_answer_goal():
    from classifiers.resident_questions import answer_goal
    assert answer_goal("1.1 Vad är ett integrationsprogram?", "Programmet beskriver kommunens mål.") is None
    assert answer_goal("Hur hittar jag ett arbete?", "Nyinflyttade hittar ett arbete. I fjol var 31 procent utan.") == (
        "Nyinflyttade hittar ett arbete.", "I fjol var 31 procent utan.")
    # background with figures first: no answer
    assert answer_goal("Hur hittar jag ett arbete?", "I fjol var 31 procent utan arbete. Det är många.") is None


def test_a_wrapped_cell_beside_codes_one_a_line_is_no_row_of_parallel_lines():
    # (a goal wrapped over two lines beside the codes of its two actions: the second line
    # goes on in lower case, so the lines are one text, not one row each -- where the lines
    # of a table's rows run together each opens anew: 'Antal besökare …' / 'Antal sidvisningar …')
    from classifiers.elements import Element
    from classifiers.parallel_rows import split_code_parallel_rows
    from extractors.model import Table

    def table(rows):
        return Element(kind="table", page=1, table=Table(rows=rows, header_rows=1), pages=[1] * len(rows))

    goal = ["Fler nyinflyttade har ett arbete inom\nett år efter flytten", "INT-01\nINT-02"]
    el = table([["Mål", "Åtgärder"], goal])
    assert split_code_parallel_rows([el])[0].table.rows == [["Mål", "Åtgärder"], goal]
    run = table([["Mätare", "Uppgift"], ["Antal besökare per månad\nAntal sidvisningar", "AF-1\nED-1"]])
    assert split_code_parallel_rows([run])[0].table.rows == [
        ["Mätare", "Uppgift"], ["Antal besökare per månad", "AF-1"], ["Antal sidvisningar", "ED-1"]]
