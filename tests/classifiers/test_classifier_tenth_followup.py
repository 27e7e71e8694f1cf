"""A goal chapter with numbered focus areas whose action table refers to the main goal by
its number alone, a follow-up chapter sorted by goal headings, and action items closing with
a '– who, when' tail inside a goal/actions/follow-up matrix. Made-up text in the conventions
of the tenth blind set (tests/data/blind_programs, blind59 and blind60)."""

from blocks_doc import bullets as _b, classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers.actors import trailing_actors


def _t(columns, rows, caption=None):
    return {"type": "table", "caption": caption, "columns": columns, "rows": rows}


def _goal_chapter():
    return [
        _h("3 Programmets mål", 1),
        _h("3.1 Trygg start", 2),
        _p("Mål 1: Nya invånare hittar snabbt den service de behöver"),
        _b("1.1 Varje ny familj får ett personligt välkomnande", "1.2 Informationen finns på flera språk"),
        _h("3.2 Arbete", 2),
        _p("Mål 2: Fler nya invånare får arbete på orten"),
        _b("2.1 Arbetsgivarna får stöd vid rekrytering"),
    ]


def _action_table():
    return [
        _h("4 Åtgärder", 1),
        _t(["Tyngdpunkt", "Åtgärd", "Ansvarig", "Tidtabell"], [
            ["1.1", "Hembesök hos varje ny familj", "Kommunkansliet", "Fortlöpande"],
            ["1", "Gemensam servicepunkt i kommunhuset", "Kommunkansliet", "Från 2025"],
            ["1.2", "Välkomstguide på fem språk", "Biblioteket", "2025"],
            ["2.1", "Rekryteringsträff för företagen", "Näringslivsenheten", "Årligen"],
        ], caption="Tabell 2. Åtgärdsplan"),
    ]


def test_action_table_cell_with_main_goal_number_refers_to_that_goal():
    x = _classify(_goal_chapter() + _action_table())
    texts = [" ".join(g.text.split()) for g in x.goals]
    assert "1" not in texts
    main = next(g.id for g in x.goals if g.text.startswith("Nya invånare hittar"))
    sub = next(g.id for g in x.goals if g.text.startswith("Varje ny familj"))
    assert [m.goal for m in x.measures][:2] == [sub, main]


def test_follow_up_chapter_sorted_by_goal_headings_lists_indicators_of_those_goals():
    x = _classify(_goal_chapter() + _action_table() + [
        _h("5 Så följer vi upp", 1),
        _p("Kommunkansliet följer upp programmet en gång om året."),
        _h("Mål 1 – Trygg start", 3),
        _b("antal hembesök", "andel nya invånare som känner till servicepunkten"),
        _h("Mål 2 – Arbete", 3),
        _b("antal sysselsatta nya invånare"),
    ])
    g1 = next(g.id for g in x.goals if g.text.startswith("Nya invånare hittar"))
    g2 = next(g.id for g in x.goals if g.text.startswith("Fler nya invånare"))
    assert [(i.text, i.goal) for i in x.indicators] == [
        ("antal hembesök", g1), ("andel nya invånare som känner till servicepunkten", g1),
        ("antal sysselsatta nya invånare", g2)]
    assert len(x.measures) == 4


def test_dash_tail_names_a_post_alone_as_who():
    assert trailing_actors("Föreningarna presenterar sig vid välkomstträffen – fritidssekreteraren, årligen") == (
        ["fritidssekreteraren"], [], "årligen")
    # a dash clause without a time stays part of the text
    assert trailing_actors("Språkcafé på biblioteket – en del av bibliotekets arbete") is None


def test_action_items_in_a_matrix_cell_take_who_and_when_from_their_own_tail():
    x = _classify([
        _h("5 Mål och åtgärder", 1),
        _h("5.1 Språk", 2),
        _t(["Mål", "Åtgärder", "Uppföljning"], [
            ["Alla vuxna kan lära sig svenska på orten.",
             "• Svenskkurs i skolan – medborgarinstitutet i samarbete med kommunen, läsåret 2025–2026\n"
             "• Distansdeltagande från biblioteket – biblioteket, från 2025",
             "• antal kursdeltagare"],
        ]),
    ])
    assert [(m.responsible, m.partners, m.schedule) for m in x.measures] == [
        (["medborgarinstitutet"], ["kommunen"], "läsåret 2025–2026"),
        (["biblioteket"], [], "från 2025"),
    ]


def test_goal_field_number_does_not_name_a_focus_area_heading_of_the_same_number():
    # 'Tyngdpunkt 1: ...' under 'Mål 1: ...' is a sub-goal of its own, not goal 1 again
    x = _classify([
        _h("4.1 Arbete", 2),
        _p("Mål 1: Fler invandrare är sysselsatta."),
        _h("Tyngdpunkt 1: Snabbare väg till arbete", 2),
        _t(["Åtgärd", "Ansvar", "Tidtabell"], [["Kartläggning inom två veckor", "Sysselsättningsområdet", "Fortlöpande"]]),
    ])
    sub = next(g for g in x.goals if "Snabbare väg" in g.text)
    assert [m.goal for m in x.measures] == [sub.id]


def test_wish_in_a_chapter_asking_why_there_is_a_programme_is_no_goal():
    x = _classify([
        _h("1 Varför ett integrationsprogram?", 1),
        _p("Många nya invånare kommer hit via arbetsgivarna. Kommunen vill bygga vidare på det samarbetet."),
    ] + _goal_chapter() + _action_table())
    assert not any("bygga vidare" in g.text for g in x.goals)
    assert any(g.text.startswith("Nya invånare hittar") for g in x.goals)


def test_unnumbered_actions_heading_over_a_table_stays_in_the_numbered_section_above():
    x = _classify([
        _h("5 Mål och åtgärder", 1),
        _h("5.1 Språk", 2),
        _t(["Mål", "Åtgärder", "Uppföljning"], [
            ["Alla vuxna kan lära sig svenska på orten.", "• Svenskkurs i skolan – medborgarinstitutet, 2025",
             "• antal kursdeltagare"]]),
        _h("5.2 Arbete och studier", 2),
        _p("Mål: Nya invånare får arbete som motsvarar deras kompetens."),
        # the table's title, set as large as the section heading above it
        _h("Åtgärder inom arbete och studier", 2),
        _t(["Åtgärd", "Ansvar", "Tidtabell"], [
            ["Informationsträff för arbetsgivare", "Sysselsättningsområdet", "2026"],
            ["Kartläggning av yrkeserfarenhet", "Sysselsättningsområdet", "Fortlöpande"]]),
    ])
    work = next(g.id for g in x.goals if g.text.startswith("Nya invånare får arbete"))
    assert [m.goal for m in x.measures][1:] == [work, work]
