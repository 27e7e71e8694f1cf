"""Ninety-third blind set, reader q8, conventions on made-up text:

- 'Huvudmål 1: Arbete' over the field 'Huvudmål: <goal>' printed with no full stop: the label
  says the field is the goal, so the field is the goal and the heading its theme, with or
  without a closing full stop."""

from blocks_doc import classify_blocks as _classify, heading as _h, paragraph as _p


def test_own_label_field_needs_no_full_stop():
    from classifiers.area_goal_headings import goal_under_area_heading

    assert goal_under_area_heading("Huvudmål 2: Boende",
                                   "Huvudmål: Nya invånare hittar en bostad som passar familjen") \
        == ("Nya invånare hittar en bostad som passar familjen", "Boende")
    # an unlabelled phrase with no full stop (a sub-goal's title, a cut line) still leaves the
    # heading the goal
    assert goal_under_area_heading("Huvudmål 2: Boende",
                                   "Nya invånare hittar en bostad som passar familjen") is None


def test_main_goal_heading_over_its_unstopped_labelled_goal_and_sub_goal_headings():
    cols = ["Åtgärd", "Ansvar", "År"]
    ex = _classify([
        _h("Inledning", 1),
        _p("Programmet gäller åren 2026–2029."),
        _h("Huvudmål 1: Arbete", 1),
        _p("Huvudmål: Vuxna invandrare hittar arbete som motsvarar deras utbildning"),
        _p("Många arbetar i dag i uppgifter som inte motsvarar deras utbildning."),
        _h("Delmål 1.1 Fler vuxna får sin kompetens kartlagd", 3),
        {"type": "table", "columns": cols, "rows": [
            ["Kompetenskartläggning för arbetssökande", "Sysselsättningsområdet", "2026"],
            ["Mentorskap för nyanställda", "Näringslivsenheten", "2027"]]},
        _h("Uppföljning", 1),
        _p("Programmet följs upp årligen."),
    ])
    texts = [g.text for g in ex.goals]
    assert "Huvudmål 1: Arbete" not in texts
    assert "Vuxna invandrare hittar arbete som motsvarar deras utbildning" in texts
    main = next(g for g in ex.goals if g.text.startswith("Vuxna invandrare"))
    assert main.theme == "Arbete"
