"""Ninety-seventh blind set (blind579, blind582) conventions, on made-up text: a goal printed as a
short slogan heading whose subject is a pronoun ('Alla kan …', 'Det ska …') right over the
measure table of the goal."""

from blocks_doc import classify_blocks as _classify, heading as _h

from classifiers.prose import reads_as_clause


def _t(columns, rows, caption=""):
    return {"type": "table", "caption": caption, "columns": columns, "rows": rows}


_COLS = ["Åtgärd", "Ansvarig", "Tidtabell"]


def test_a_pronoun_subject_and_its_auxiliary_open_a_clause():
    assert reads_as_clause("Alla kan delta i kulturlivet")
    assert reads_as_clause("Det ska vara lätt att hitta hjälp")
    assert reads_as_clause("De får stöd i sitt modersmål")
    assert reads_as_clause("Det finns en bostad för alla")
    # a pronoun or article before a noun, or a link word inside a title, is no clause
    assert not reads_as_clause("Det nya programmets mål")
    assert not reads_as_clause("Alla barns rätt till lek")
    assert not reads_as_clause("Tjänster för alla invånare")


def test_a_pronoun_slogan_over_a_measure_table_is_its_goal():
    x = _classify([
        _h("3 Mål och åtgärder", 1),
        _h("Fritid", 2),
        _h("Alla kan delta i kulturlivet", 3),
        _t(_COLS, [["Kulturkort för nyinflyttade familjer", "Kulturbyrån", "2026"]]),
        _h("Det ska vara lätt att hitta hjälp", 3),
        _t(_COLS, [["Rådgivning i biblioteket varje vecka", "Biblioteket", "2025–2027"]]),
    ])
    assert [g.text for g in x.goals] == ["Alla kan delta i kulturlivet", "Det ska vara lätt att hitta hjälp"]
    assert [g.theme for g in x.goals] == ["Fritid", "Fritid"]
    assert [m.goal for m in x.measures] == [g.id for g in x.goals]
