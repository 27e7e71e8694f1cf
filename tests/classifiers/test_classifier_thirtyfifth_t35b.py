"""Thirty-fifth blind set (helper t35b): a slide programme's goal slides with '• Så mäter vi:
…' meters and one action table whose goal column says '(mål 2 och 3)' and whose actors say
'X (+ Y)'. Made-up text."""

from blocks_doc import classify_blocks as _classify, heading as _h, paragraph as _p, bullets as _b

from classifiers.actors import split_actors
from classifiers.headers import field_label
from classifiers.meter_label_items import labelled_meter


def _table(caption, columns, rows):
    return {"type": "table", "caption": caption, "columns": columns, "rows": rows}


# --- slides: 'Mål N: …' heading, '• Så mäter vi: …' --------------------------------------

def _slides(label="Så mäter vi"):
    return _classify([
        _h("Bild 4 / 9", 1), _h("Mål 1: Alla nya invånare hittar kommunens service", 1),
        _b(f"{label}: andelen nya invånare som fått ett välkomstsamtal"),
        _p("Anteckningar: Berätta om exemplet från förra året."),
        _h("Bild 5 / 9", 1), _h("Mål 2: Fler vuxna talar svenska", 1),
        _b(f"{label}: antalet deltagare i språkcaféet"),
        _h("Bild 6 / 9", 1), _h("Åtgärder", 1),
        _table("", ["Åtgärd", "Mål", "Ansvar (+ partner)", "När"],
               [["Välkomstsamtal för alla nya", "1", "Integrationskoordinatorn (+ Röda korset)", "2026"],
                ["Språkcafé på biblioteket", "(mål 1 och 2)", "Biblioteket", "2027"]])])


def test_a_labelled_meter_under_a_slides_goal_heading_is_its_indicator():
    for label in ("Så mäter vi", "Mätare"):
        x = _slides(label)
        got = [(i.text, i.measure, i.goals) for i in x.indicators]
        assert got == [("andelen nya invånare som fått ett välkomstsamtal", None, ["g1"]),
                       ("antalet deltagare i språkcaféet", None, ["g2"])], label


def test_so_we_measure_is_a_meter_label_and_nothing_else_is():
    assert field_label("Så mäter vi: andelen X") == ("Så mäter vi", "indicator")
    assert field_label("Så här mäter vi: antal Y")[1] == "indicator"
    assert labelled_meter("Så mäter vi: andelen X.") == "andelen X"
    assert labelled_meter("Anteckningar: Berätta om X") is None
    assert labelled_meter("Så mäter vi:") is None


def test_a_bracketed_goal_pair_in_a_goal_column_names_both_goals():
    x = _slides()
    assert [g.text for g in x.goals] == ["Mål 1: Alla nya invånare hittar kommunens service",
                                         "Mål 2: Fler vuxna talar svenska"]
    assert [m.goals for m in x.measures] == [["g1"], ["g1", "g2"]]


def test_a_plus_in_brackets_after_the_doer_names_a_partner():
    assert split_actors("Bildningsväsendet (+ Marthaföreningen)") == (["Bildningsväsendet"], ["Marthaföreningen"])
    assert split_actors("Personalenheten (+ Föreningen Mångkulturella Österbotten)", "responsible") == \
        (["Personalenheten"], ["Föreningen Mångkulturella Österbotten"])
