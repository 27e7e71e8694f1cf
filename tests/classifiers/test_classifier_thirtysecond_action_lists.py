"""Conventions of the thirty-second blind set's Hamnö, Bergvik and Skärvik programmes
(tests/data/blind_programs, README there), on made-up programmes."""

from blocks_doc import bullets as _b, classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers.dash_field_lines import dash_fields_as_paragraphs
from classifiers.elements import Element
from classifiers.goal_number_headings import goal_number_heading
from classifiers.headers import header_role


def _t(columns, rows, caption=None):
    return {"type": "table", "caption": caption, "columns": columns, "rows": rows}


def _goal_table():
    return _t(["Mål", "Område", "Målet är nått när …"],
              [["1. Alla nyinflyttade lär sig svenska", "Språk",
                "Målet är nått när 30 vuxna per år går en kurs i svenska."],
               ["2. Nyinflyttade hittar en bostad", "Boende",
                "Målet är nått när fem hyresbostäder står lediga varje år."]],
              caption="Tabell 1. Målen")


def _by_goal_plan(head: str):
    return [
        _h("Målen", 1), _goal_table(),
        _h("Åtgärdslista", 1),
        _h(head.format(1), 2),
        _b("Kvällskurs i svenska i byskolan. Vem: Medis. När: 2026.",
           "Studiecirkel i biblioteket. Vem: biblioteket."),
        _h(head.format(2), 2),
        _b("Två radhus byggs om till hyresbostäder. Vem: tekniska nämnden. När: 2027.",
           "Information till arbetsgivare om bostadsläget. Vem: näringslivsombudet."),
    ]


def test_a_goal_reached_when_column_is_the_goals_indicator():
    x = _classify(_by_goal_plan("Till mål {}"))
    goals = {g.id: " ".join(g.text.split()) for g in x.goals}
    assert sorted(goals.values()) == ["1. Alla nyinflyttade lär sig svenska", "2. Nyinflyttade hittar en bostad"]
    got = {" ".join(i.text.split()): (goals.get(i.goal), i.measure) for i in x.indicators}
    assert got == {
        "Målet är nått när 30 vuxna per år går en kurs i svenska.": ("1. Alla nyinflyttade lär sig svenska", None),
        "Målet är nått när fem hyresbostäder står lediga varje år.": ("2. Nyinflyttade hittar en bostad", None)}
    assert header_role("Målet är nått när …") == "indicator"
    assert header_role("Målen är uppnådda när") == "indicator"
    assert header_role("Mål") == "goal"


def test_headings_naming_a_stated_goal_by_number_hold_its_actions():
    for head in ("Till mål {}", "Mål {}", "Åtgärder för mål {}"):
        x = _classify(_by_goal_plan(head))
        goals = {g.id: " ".join(g.text.split()) for g in x.goals}
        assert len(goals) == 2, head
        got = {" ".join(m.text.split()).rstrip("."): goals.get(m.goal) for m in x.measures}
        assert got == {"Kvällskurs i svenska i byskolan": "1. Alla nyinflyttade lär sig svenska",
                       "Studiecirkel i biblioteket": "1. Alla nyinflyttade lär sig svenska",
                       "Två radhus byggs om till hyresbostäder": "2. Nyinflyttade hittar en bostad",
                       "Information till arbetsgivare om bostadsläget": "2. Nyinflyttade hittar en bostad"}, head


def test_parts_of_the_goal_number_heading():
    assert goal_number_heading("Till mål 1") == "1"
    assert goal_number_heading("3.2 Åtgärder för mål 4:") == "4"
    assert goal_number_heading("Mål 2 – Arbete") is None  # names an area too: a goal heading
    assert goal_number_heading("Mål 2030") is None


def _bullet(text):
    return Element(kind="bullet", text=text)


def test_dash_field_lines_under_an_item_are_its_fields():
    els = [_bullet("• Svenskkurs på distans"), _bullet("– vem: Medis i samarbete med biblioteket"),
           _bullet("– när: från hösten 2026"), _bullet("– kostnad: 2 500 €/år"),
           _bullet("• Reseersättning för kursdeltagare"), _bullet("– vem: kommunkansliet"),
           _bullet("– kostnad: 1 200 €/år")]
    got = [(e.text, e.fields) for e in dash_fields_as_paragraphs(els)]
    # the items as printed, the dash lines handed on as their fields (the cost has no place)
    assert got == [("• Svenskkurs på distans", [("responsible", "Vem", "Medis i samarbete med biblioteket"),
                                                ("schedule", "När", "från hösten 2026")]),
                   ("• Reseersättning för kursdeltagare", [("responsible", "Vem", "kommunkansliet")])]
    # a dash list of terms and explanations under an item names no role: left as it is
    glossary = [_bullet("• Förkortningar"), _bullet("– AMS: arbetsmarknadsmyndigheten"),
                _bullet("– KST: kommunernas socialtjänst")]
    assert [e.text for e in dash_fields_as_paragraphs(glossary)] == [e.text for e in glossary]


def test_an_action_list_with_dash_fields_gives_responsible_and_schedule():
    x = _classify([
        _h("Målen", 1), _goal_table(),
        _h("Åtgärdslista", 1),
        _h("Till mål 1", 2),
        _b("Svenskkurs på distans med träffar på biblioteket"),
        _p("– vem: Medis i samarbete med biblioteket"), _p("– när: från hösten 2026"), _p("– kostnad: 2 500 €/år"),
        _b("Reseersättning för deltagare i kurser i staden"),
        _p("– vem: kommunkansliet"), _p("– kostnad: ca 1 200 €/år"),
    ])
    got = {" ".join(m.text.split()).rstrip("."): (m.responsible, m.partners, m.schedule) for m in x.measures}
    assert got == {"Svenskkurs på distans med träffar på biblioteket": (["Medis"], ["biblioteket"], "från hösten 2026"),
                   "Reseersättning för deltagare i kurser i staden": (["kommunkansliet"], [], None)}


_RACI_COLS = ["Nr", "Åtgärd", "Staden", "Välfärdsområdet", "Organisationer", "Tidpunkt"]


def _raci_plan(goal_label="Vi strävar efter:", sub_heading=True):
    blocks = [_h("3 Målområden och åtgärder", 1)]
    areas = [("Alla nyinflyttade får vägledning redan första veckan.",
              [["1.1", "Kartläggning för alla nyinflyttade", "A/R", "C", "", "fortlöpande"],
               ["1.2", "Välkomstguide på sex språk", "R", "I", "C", "2026"]]),
             ("Invandrarnas kompetens tas till vara i arbetslivet.",
              [["2.1", "Praktikplatsbanken utvidgas", "C", "", "R", "2026"],
               ["2.2", "Yrkessvenska med läroanstalterna", "A", "I", "R", "2027"]])]
    for n, (goal, rows) in enumerate(areas, 1):
        blocks += [_h(f"Målområde {n} – Tema {n}", 2), _p(f"{goal_label} {goal}")]
        if sub_heading:
            blocks.append(_h(f"Åtgärder inom målområde {n}", 3))
        blocks.append(_t(_RACI_COLS, rows))
    return blocks


def test_a_raci_matrix_names_the_responsible_and_partners_by_its_letters():
    x = _classify(_raci_plan())
    got = {" ".join(m.text.split()): (m.responsible, m.partners) for m in x.measures}
    assert got == {"Kartläggning för alla nyinflyttade": (["Staden"], ["Välfärdsområdet"]),
                   "Välkomstguide på sex språk": (["Staden"], ["Organisationer"]),
                   "Praktikplatsbanken utvidgas": (["Organisationer"], ["Staden"]),
                   "Yrkessvenska med läroanstalterna": (["Staden", "Organisationer"], [])}


def test_we_strive_for_labels_the_areas_goal():
    for sub in (True, False):
        x = _classify(_raci_plan(sub_heading=sub))
        goals = {g.id: (g.text, g.theme) for g in x.goals}
        assert sorted(goals.values()) == [("Alla nyinflyttade får vägledning redan första veckan", "Tema 1"),
                                          ("Invandrarnas kompetens tas till vara i arbetslivet", "Tema 2")], sub
        got = {" ".join(m.text.split()): goals[m.goal][0][:5] for m in x.measures}
        assert got == {"Kartläggning för alla nyinflyttade": "Alla ", "Välkomstguide på sex språk": "Alla ",
                       "Praktikplatsbanken utvidgas": "Invan", "Yrkessvenska med läroanstalterna": "Invan"}


def test_a_raci_card_printed_as_a_line_of_party_fields():
    x = _classify([
        _h("Målområde 1 – Första tiden", 2),
        _p("Vi strävar efter: Alla nyinflyttade får vägledning redan första veckan."),
        _h("Åtgärder inom målområde 1", 3),
        _p("1.1. Kartläggning för alla nyinflyttade"),
        _p("Staden: A/R. Välfärdsområdet: C. Tidpunkt: fortlöpande."),
        _p("1.2. Välkomstguide på sex språk"),
        _p("Staden: I. Välfärdsområdet: R. Organisationer: C. Tidpunkt: 2026."),
    ])
    got = {" ".join(m.text.split()).removeprefix("1.1. ").removeprefix("1.2. "): (m.responsible, m.partners, m.schedule)
           for m in x.measures}
    assert got == {"Kartläggning för alla nyinflyttade": (["Staden"], ["Välfärdsområdet"], "fortlöpande"),
                   "Välkomstguide på sex språk": (["Välfärdsområdet"], ["Organisationer"], "2026")}


def test_a_lead_in_saying_the_brackets_are_action_numbers():
    def plan(lead_in):
        return [
            _h("Mål", 2),
            _t(["Nr", "Målområde", "Mål"], [["1", "Språk", "Alla vuxna lär sig svenska"],
                                            ["2", "Utbildning", "Unga går vidare till studier"]]),
            _h("Åtgärder", 2),
            _t(["Nr", "Åtgärd", "Mål nr", "Ansvar"],
               [["1", "Språkgrupp i byskolan", "1", "bildningskontoret"],
                ["2", "Läxläsning för elever", "2", "skolan"],
                ["3", "Språkkafé på biblioteket", "1", "biblioteket"]]),
            _h("Lokala mätare", 2),
            _p(lead_in),
            _b("Antal som fått stöd efter skoldagen (2)", "Antal besökare på kaféet (3)"),
            _p("Dessutom följs antalet besökare på språkkaféet i biblioteket."),
        ]
    said = _classify(plan("Planen följs upp med följande mätare. Siffran inom parentes anger åtgärden."))
    measures = {m.id: " ".join(m.text.split()) for m in said.measures}
    got = {i.text: measures.get(i.measure) for i in said.indicators}
    # (the meter added after the list names no action's number: the goal's, though its
    # words name the library the café is held in)
    assert got == {"Antal som fått stöd efter skoldagen": "Läxläsning för elever",
                   "Antal besökare på kaféet": "Språkkafé på biblioteket",
                   "antalet besökare på språkkaféet i biblioteket": None}
    # without the legend, '(2)' could be goal 2 as well as action 2: left unread
    unsaid = _classify(plan("Planen följs upp med följande mätare."))
    measures = {m.id: " ".join(m.text.split()) for m in unsaid.measures}
    got = {i.text: measures.get(i.measure) for i in unsaid.indicators}
    assert got["Antal besökare på kaféet"] == "Språkkafé på biblioteket"
    assert got["antalet besökare på språkkaféet i biblioteket"] == "Språkkafé på biblioteket"
    assert [t for t in got if t.startswith("Antal som")] == ["Antal som fått stöd efter skoldagen (2)"]
    assert got["Antal som fått stöd efter skoldagen (2)"] is None


def test_label_value_cards_with_party_rows_that_differ_per_card():
    # RACI cards printed as label-value tables: each card lists only the parties it marks,
    # so the party rows do not recur on every card; they are no glossary's terms
    x = _classify([
        _h("Målområde 4 – Hälsa", 2),
        _p("Vi strävar efter: Alla förstår vården de får."),
        _h("Åtgärder inom målområde 4", 3),
        _t([], [["Åtgärder", "Uppsökande verksamhet för äldre via föreningarna"], ["Nr", "4.1"],
                ["Staden", "C"], ["Välfärdsområdet", "R"], ["Organisationer", "R"], ["Tidpunkt", "2027–2029"],
                ["Åtgärder", "Tolkning vid alla mottagningsbesök"], ["Nr", "4.2"], ["Välfärdsområdet", "A/R"]]),
    ])
    got = {" ".join(m.text.split()): (sorted(m.responsible), m.partners) for m in x.measures}
    assert got == {"Uppsökande verksamhet för äldre via föreningarna": (["Organisationer", "Välfärdsområdet"], ["Staden"]),
                   "Tolkning vid alla mottagningsbesök": (["Välfärdsområdet"], [])}
