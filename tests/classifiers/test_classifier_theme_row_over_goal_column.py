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


def test_a_lettered_theme_row_in_capitals_titles_the_goals_below_however_short_or_worded():
    # 'A. ARBETE OCH FÖRETAGANDE' over a goal of three words, and a name with an adjective
    # ('GODA'), wrapped in the narrow goal column: theme rows, no goals
    x = _classify([_h("5 Åtgärdsprogram", 1), _table([
        ["A. ARBETE OCH\nFÖRETAGANDE", "", "", ""],
        ["Fler får jobb", "Jobbmässa för nyinflyttade", "Näringslivet", "2025"],
        ["B.\nTRYGGHET OCH\nGODA\nRELATIONER", "", "", ""],
        ["Alla känner sig\nhemma i kommunen", "Välkomstfester i byarna", "Kulturen", "2026"]])])
    assert [(squash(g.text), g.theme) for g in x.goals] == [
        ("Fler får jobb", "ARBETE OCH FÖRETAGANDE"),
        ("Alla känner sig hemma i kommunen", "TRYGGHET OCH GODA RELATIONER")]
    goals = {g.id: squash(g.text) for g in x.goals}
    assert [(squash(m.text), goals.get(m.goal)) for m in x.measures] == [
        ("Jobbmässa för nyinflyttade", "Fler får jobb"),
        ("Välkomstfester i byarna", "Alla känner sig hemma i kommunen")]


def test_a_lettered_theme_row_printed_as_a_goal_card_titles_the_goal_card_after_it():
    # the same rows printed as cards, each titled 'Mål N:' by the print
    x = _classify([_h("5 Åtgärdsprogram", 1),
                   _h("Mål 1: A. ARBETE OCH FÖRETAGANDE", 3),
                   _h("Mål 2: Fler får jobb", 3),
                   {"type": "paragraph", "text": "Åtgärd: Jobbmässa för nyinflyttade"},
                   _h("Mål 3: B. TRYGGHET OCH GODA RELATIONER", 3),
                   _h("Mål 4: Alla känner sig hemma i kommunen", 3),
                   {"type": "paragraph", "text": "Åtgärd: Välkomstfester i byarna"}])
    assert [squash(g.text) for g in x.goals] == ["Mål 2: Fler får jobb", "Mål 4: Alla känner sig hemma i kommunen"]
