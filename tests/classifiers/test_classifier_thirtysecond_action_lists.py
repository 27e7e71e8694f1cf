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
    got = [e.text for e in dash_fields_as_paragraphs(els)]
    assert got == ["• Svenskkurs på distans. Vem: Medis i samarbete med biblioteket. När: från hösten 2026.",
                   "• Reseersättning för kursdeltagare. Vem: kommunkansliet."]
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
