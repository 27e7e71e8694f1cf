"""Conventions of the twenty-first blind set's Storsand, Hästö and Östkulla programmes
(tests/data/blind_programs, README there), on made-up programmes: a goal × target-group
matrix whose group columns hold actions closed by their doer in parentheses
(`target_groups`); a brochure's 'År 2028 ...' target statements measured by a 'Så här mäter
vi: a; b.' line right under them, with 'Så här når vi dit' over action paragraphs each
followed by an 'Ansvar:' line (`measured_statements`, `headers.ANSWER_RE`); page numbers and
running heads set in the text flow (`page_furniture`), also between a table and its
headerless continuation; follow-up items closed by '(åtgärd N)' / '(mål N)'
(`reference_tails`)."""

from blocks_doc import bullets as _b, classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers.headers import header_roles


def _t(columns, rows, caption=None):
    return {"type": "table", "caption": caption, "columns": columns, "rows": rows}


def _squash(s):
    return " ".join(s.split())


# ---- a goal × target-group matrix ------------------------------------------------------

def _matrix_doc():
    return [
        _h("3 Handlingsplan", 1),
        _p("Raderna är målen och kolumnerna de grupper åtgärderna riktar sig till."),
        _t(["Mål", "Barn och unga", "Vuxna", "Alla invånare"], [
            ["Språk\nVar och en som flyttar hit kan lära sig svenska",
             "Läxhjälp på biblioteket två kvällar i veckan (biblioteket)",
             "Kvällskurs i svenska i samarbete med medborgarinstitutet (bildningsnämnden)\n"
             "Samtalsgrupper på lätt svenska (biblioteket)",
             "–"],
            ["Arbete\nInflyttade får använda sin kompetens i arbetslivet",
             "Sommarjobb för unga med annat modersmål (kansliet)",
             "Praktikplatser i kommunens enheter (personalenheten)",
             "Träff för företagare om rekrytering vartannat år (näringslivsombudet)"],
        ], caption="Tabell 2. Mål och åtgärder per målgrupp"),
    ]


def test_goal_by_target_group_matrix_reads_as_goals_and_their_actions():
    x = _classify(_matrix_doc())
    goals = {_squash(g.text): g for g in x.goals}
    assert set(goals) == {"Var och en som flyttar hit kan lära sig svenska",
                          "Inflyttade får använda sin kompetens i arbetslivet"}
    # the keyword line over the goal is its theme
    assert goals["Var och en som flyttar hit kan lära sig svenska"].theme == "Språk"
    got = {_squash(m.text): (m.goal, m.responsible) for m in x.measures}
    g1 = goals["Var och en som flyttar hit kan lära sig svenska"].id
    g2 = goals["Inflyttade får använda sin kompetens i arbetslivet"].id
    assert got == {
        "Läxhjälp på biblioteket två kvällar i veckan": (g1, ["biblioteket"]),
        "Kvällskurs i svenska i samarbete med medborgarinstitutet": (g1, ["bildningsnämnden"]),
        "Samtalsgrupper på lätt svenska": (g1, ["biblioteket"]),
        "Sommarjobb för unga med annat modersmål": (g2, ["kansliet"]),
        "Praktikplatser i kommunens enheter": (g2, ["personalenheten"]),
        # a post alone in the doer's place, among items whose parenthesis names their doer
        "Träff för företagare om rekrytering vartannat år": (g2, ["näringslivsombudet"]),
    }


# ---- target statements measured right under them ---------------------------------------

def _brochure_doc():
    return [
        _h("1 Arbete", 1),
        _p("Arbete är den viktigaste vägen in i samhället."),
        _p("År 2028 har minst 60 procent av invånarna med främmande modersmål ett arbete."),
        _p("Så här mäter vi: sysselsättningsgraden bland personer med främmande modersmål "
           "(Statistikcentralen); antalet examina som erkänts med stöd av kommunen."),
        _h("Så här når vi dit", 3),
        _p("Arbetsplatsbesök för nyinflyttade i små grupper."),
        _p("Ansvar: sysselsättningstjänsterna. Tidtabell: 2025–2028."),
        _p("Kostnad: 8 000 € per år."),
        _p("Finansiering: statens ersättning."),
        _p("Kartläggning av kompetensen hos alla nya kunder."),
        _p("Ansvar: integrationsenheten i samarbete med arbetsgivarna. Tidtabell: 2025."),
        _p("Kostnad: ryms i budgeten."),
        _h("2 Språk", 1),
        _p("”Jag ville lära mig svenska genast.” – Anna, 35 år"),
        _p("År 2028 får alla vuxna som vill lära sig svenska en kursplats inom tre månader."),
        _p("Så här mäter vi: den genomsnittliga väntetiden till språkkurs (medborgarinstitutet)."),
    ]


def test_target_statement_over_a_measuring_line_is_a_goal_with_its_indicators():
    x = _classify(_brochure_doc())
    goals = [_squash(g.text) for g in x.goals]
    assert goals == ["År 2028 har minst 60 procent av invånarna med främmande modersmål ett arbete",
                     "År 2028 får alla vuxna som vill lära sig svenska en kursplats inom tre månader"]
    got = {_squash(i.text): (i.measure, i.goal) for i in x.indicators}
    g1, g2 = x.goals[0].id, x.goals[1].id
    assert got == {
        "sysselsättningsgraden bland personer med främmande modersmål": (None, g1),
        "antalet examina som erkänts med stöd av kommunen": (None, g1),
        "den genomsnittliga väntetiden till språkkurs": (None, g2),
    }


def test_paragraphs_over_an_ansvar_line_under_how_we_get_there_are_actions():
    x = _classify(_brochure_doc())
    got = {_squash(m.text): (m.goal, m.responsible, m.partners) for m in x.measures}
    g1 = x.goals[0].id
    assert got == {
        "Arbetsplatsbesök för nyinflyttade i små grupper": (g1, ["sysselsättningstjänsterna"], []),
        "Kartläggning av kompetensen hos alla nya kunder": (g1, ["integrationsenheten"], ["arbetsgivarna"]),
    }


def test_how_question_answers_name_the_role_of_their_question():
    assert header_roles("Så här mäter vi") == ["indicator"]
    assert header_roles("Så här når vi dit") == ["measure"]
    assert header_roles("Så här") == []


# ---- page furniture in the text flow ---------------------------------------------------

def _action_plan_doc():
    return [
        _h("3 Programmets mål", 1),
        _b("1. Nyinflyttade får den information de behöver.", "2. Fler vuxna invandrare har arbete."),
        _p("Sida 4 (10)"),
        _h("4 Åtgärdsplan", 1),
        _p("EXEMPELBY KOMMUN | INTEGRATIONSPROGRAM 2025–2028 | Mottagande"),
        _t(["Nr", "Åtgärd", "Mål", "Ansvarig", "Tidsplan"], [
            ["1", "Individuell handledning för nyinflyttade", "1", "Integrationstjänsterna", "2025–2028"],
            ["2", "Informationstillfällen om samhället", "1", "Integrationstjänsterna", "2025"],
        ], caption="Tabell 2. Åtgärdsplan"),
        _p("Sida 5 (10)"),
        _p("EXEMPELBY KOMMUN | INTEGRATIONSPROGRAM 2025–2028 | Arbete"),
        # the piece after the page break, printed without the header: its first row
        # stands where a header would
        _t(["3", "Praktikplatser i kommunens enheter", "2", "Personalenheten", "fortlöpande"], [
            ["4", "Kurs i svenska för arbetslivet på arbetsplatserna", "2", "Medborgarinstitutet", "2026"],
        ]),
        _p("Sida 6 (10)"),
        _h("5 Uppföljning", 1),
        _p("Hänvisningen inom parentes anger den åtgärd eller det mål som indikatorn hänför sig till."),
        _b("Antal personer som fått individuell handledning (åtgärd 1)",
           "Sysselsättningsgraden bland invånare med främmande modersmål (mål 2)",
           "Antal praktikanter i kommunens enheter (åtgärd 3)"),
    ]


def test_page_numbers_in_the_text_are_no_goals():
    x = _classify(_action_plan_doc())
    # (the list's numbers stay on the goals, as the scorer reads them)
    assert [_squash(g.text).rstrip(".") for g in x.goals] == [
        "1. Nyinflyttade får den information de behöver", "2. Fler vuxna invandrare har arbete"]


def test_a_table_goes_on_past_page_number_and_running_head_without_its_header():
    x = _classify(_action_plan_doc())
    got = {_squash(m.text): m.goal for m in x.measures}
    g1, g2 = x.goals[0].id, x.goals[1].id
    assert got == {
        "Individuell handledning för nyinflyttade": g1,
        "Informationstillfällen om samhället": g1,
        "Praktikplatser i kommunens enheter": g2,
        "Kurs i svenska för arbetslivet på arbetsplatserna": g2,
    }


def test_follow_up_items_closed_by_an_action_or_goal_number_are_linked_to_it():
    x = _classify(_action_plan_doc())
    by_text = {_squash(m.text): m for m in x.measures}
    m1 = by_text["Individuell handledning för nyinflyttade"]
    m3 = by_text["Praktikplatser i kommunens enheter"]
    g2 = x.goals[1].id
    got = {_squash(i.text): (i.measure, i.goal) for i in x.indicators}
    assert got == {
        "Antal personer som fått individuell handledning (åtgärd 1)": (m1.id, m1.goal),
        "Sysselsättningsgraden bland invånare med främmande modersmål (mål 2)": (None, g2),
        "Antal praktikanter i kommunens enheter (åtgärd 3)": (m3.id, g2),
    }


def test_the_first_row_of_a_headerless_piece_printed_again_after_a_page_break_is_no_new_action():
    # a long headerless piece runs over a page break, where its first row is printed again
    # as the piece's header: one action, not two
    rows = [[str(k), f"Åtgärd nummer {k} för nyinflyttade i kommunen", "2", "Personalenheten", "2026"]
            for k in range(4, 60)]
    doc = _action_plan_doc()[:7] + [_t(["3", "Praktikplatser i kommunens enheter", "2", "Personalenheten",
                                        "fortlöpande"], rows)]
    texts = [_squash(m.text) for m in _classify(doc).measures]
    assert texts.count("Praktikplatser i kommunens enheter") == 1
    assert len(texts) == 2 + 1 + len(rows)
