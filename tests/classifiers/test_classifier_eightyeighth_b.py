"""Eighty-eighth blind set, reader t88b (blind525's card prints) conventions, on made-up text:

- a follow-up field whose value is a sentence in the speaker's voice naming the figures
  followed ('Så här följer vi upp' | 'Vi följer andelen X och antalet Y.', a card's last field
  or a table's follow-up column): each figure one indicator, as the same sentence reads in a
  paragraph (`prose.followed_up_by`), not one meter of the whole sentence
  (`read_tables`, the indicator cell)."""

from blocks_doc import classify_blocks as _classify, heading as _h, paragraph as _p


def _table(cols: list[str], rows: list[list[str]]) -> dict:
    return {"type": "table", "columns": cols, "rows": rows}


def test_follow_up_cell_sentence_naming_two_figures_gives_two_indicators():
    ex = _classify([
        _h("1 Bakgrund", 2),
        _p("Exby stad har 20 000 invånare, av dem 1 400 med främmande modersmål."),
        _h("3 Mål och åtgärder", 2),
        _h("3.2 Språk och utbildning", 3),
        _p("Vi vill att fler unga med utländsk bakgrund fullföljer en utbildning."),
        _table(["Åtgärd", "Ansvarig", "Så här följer vi upp"],
               [["Läxhjälp på biblioteket", "Bildningssektorn",
                 "Vi följer andelen elever med främmande modersmål som går vidare till andra stadiet "
                 "och antalet besök i läxhjälpen."]]),
        _h("4 Uppföljning", 2),
        _p("Programmet följs upp varje år."),
    ])
    assert [i.text for i in ex.indicators] == [
        "andelen elever med främmande modersmål som går vidare till andra stadiet",
        "antalet besök i läxhjälpen"]
    assert all(i.goal == ex.goals[0].id for i in ex.indicators)


def test_follow_up_cell_naming_one_figure_stays_whole():
    ex = _classify([
        _h("3 Mål och åtgärder", 2),
        _h("3.2 Språk och utbildning", 3),
        _p("Vi vill att fler unga med utländsk bakgrund fullföljer en utbildning."),
        _table(["Åtgärd", "Ansvarig", "Så här följer vi upp"],
               [["Läxhjälp på biblioteket", "Bildningssektorn", "antalet besök i läxhjälpen"]]),
    ])
    assert [i.text for i in ex.indicators] == ["antalet besök i läxhjälpen"]
