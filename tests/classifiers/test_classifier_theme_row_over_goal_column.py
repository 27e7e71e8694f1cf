"""A theme's labelled row ('Temaområde 1: Boende', its other cells empty) in the goal column
of an action table: the theme of the goal rows under it, no goal of its own; a goal cell
left empty goes on with the goal above. Made-up text."""

from blocks_doc import classify_blocks as _classify, heading as _h

from classifiers.text import squash


def _table(rows):
    return {"type": "table", "caption": None,
            "columns": ["Mål", "Åtgärd", "Ansvarig", "Tidtabell"], "rows": rows}


def test_a_labelled_theme_row_in_the_goal_column_is_the_theme_of_the_goals_below():
    x = _classify([_h("5 Mål och åtgärder", 1), _table([
        ["TEMAOMRÅDE 1:\nHÄLSA OCH\nVARDAG", "", "", ""],
        ["Alla nyinflyttade hittar\nhälsotjänsterna", "Hälsoinfo på flera språk", "Hälsovården", "2025"],
        ["", "Guidade besök på hälsostationen", "Hälsovården", "2026"],
        ["TEMAOMRÅDE 2:\nFRITID", "", "", ""],
        ["Barn deltar i\nfritidsverksamhet", "Fritidsguider i skolorna", "Fritidsenheten", "2025"]])])
    assert [(squash(g.text), g.theme) for g in x.goals] == [
        ("Alla nyinflyttade hittar hälsotjänsterna", "HÄLSA OCH VARDAG"),
        ("Barn deltar i fritidsverksamhet", "FRITID")]
    goals = {g.id: squash(g.text) for g in x.goals}
    assert [(squash(m.text), goals.get(m.goal)) for m in x.measures] == [
        ("Hälsoinfo på flera språk", "Alla nyinflyttade hittar hälsotjänsterna"),
        ("Guidade besök på hälsostationen", "Alla nyinflyttade hittar hälsotjänsterna"),
        ("Fritidsguider i skolorna", "Barn deltar i fritidsverksamhet")]
