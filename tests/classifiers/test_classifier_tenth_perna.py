"""City-style action tables (tenth blind set, blind55 conventions): goal rows whose number
column holds the goal's label ('Nr': 'Mål 1', 'Åtgärd': the goal, the rest empty), a dated
vision ('Vision 2028: ...') and the programme's purpose in its introduction ('Syftet med
programmet är att ...'), neither a goal. Made-up text."""

from blocks_doc import classify_blocks as _classify, heading as _h, paragraph as _p


def _t(columns, rows, caption=None):
    return {"type": "table", "caption": caption, "columns": columns, "rows": rows}


_COLS = ["Nr", "Åtgärd", "Ansvarig sektor", "Samarbetspartner", "Tidtabell", "Mätare"]


def _plan():
    return [
        _h("5 Åtgärdsplan", 1),
        _t(_COLS, [
            ["Mål 1", "Nya invånare får information i ett tidigt skede", "", "", "", ""],
            ["1.1", "Välkomstbrev på fem språk", "Kommunkansliet", "Föreningarna", "2026", "Antal brev"],
            ["1.2", "Rådgivning två dagar i veckan", "Kommunkansliet", "", "Fortlöpande", ""],
            ["Mål 2", "Fler invandrare har ett arbete", "", "", "", ""],
            ["2.1", "Arbetsgivarträffar för lokala företag", "Näringslivsenheten", "", "Årligen", "Antal träffar"],
        ], caption="Tabell 4. Tyngdpunkt A: Service och arbete"),
    ]


def test_goal_label_in_the_number_column_makes_the_row_a_goal_heading_its_actions():
    x = _classify(_plan())
    assert [g.text for g in x.goals] == ["Nya invånare får information i ett tidigt skede",
                                         "Fler invandrare har ett arbete"]
    g1, g2 = (g.id for g in x.goals)
    assert [" ".join(m.text.split()) for m in x.measures] == [
        "Välkomstbrev på fem språk", "Rådgivning två dagar i veckan", "Arbetsgivarträffar för lokala företag"]
    assert [m.goal for m in x.measures] == [g1, g1, g2]
    assert all(g.theme == "Service och arbete" for g in x.goals)


def test_goal_row_printed_with_the_fields_above_repeated_is_still_a_goal_row():
    # a card print repeats the row above in every empty cell
    x = _classify([
        _h("5 Åtgärdsplan", 1),
        _t(_COLS, [
            ["Mål 1", "Nya invånare får information i ett tidigt skede", "", "", "", ""],
            ["1.1", "Välkomstbrev på fem språk", "Kommunkansliet", "Föreningarna", "2026", "Antal brev"],
            ["Mål 2", "Fler invandrare har ett arbete", "Kommunkansliet", "Föreningarna", "2026", ""],
            ["2.1", "Arbetsgivarträffar för lokala företag", "Näringslivsenheten", "", "Årligen", "Antal träffar"],
        ], caption="Tabell 4. Tyngdpunkt A: Service och arbete"),
    ])
    assert [g.text for g in x.goals] == ["Nya invånare får information i ett tidigt skede",
                                         "Fler invandrare har ett arbete"]
    assert len(x.measures) == 2


def test_dated_vision_and_introductions_purpose_are_no_goals():
    x = _classify([
        _h("1 Inledning", 1),
        _p("Syftet med programmet är att samla kommunens arbete för integration i ett gemensamt dokument."),
        _h("4 Vision och tyngdpunkter", 1),
        _p("Vision 2028: I Exempelby känner sig var och en hemma."),
    ] + _plan())
    texts = [g.text for g in x.goals]
    assert not [t for t in texts if t.startswith(("Syftet", "Vision"))]
    assert texts == ["Nya invånare får information i ett tidigt skede", "Fler invandrare har ett arbete"]
