"""A key-value card read as text puts a field's label and its value on one line ('Åtgärder
Språkcafé: …', 'Ansvarig aktör Bildningssektorn'): under an area-named goal heading ('Mål 1:
Synligt kunnande') that line is the goal's first field, not a sentence stating the goal — the
heading stays the goal (`area_goal_headings`)."""

from classifiers.area_goal_headings import goal_under_area_heading


def test_field_label_line_under_area_heading_is_no_goal_sentence():
    assert goal_under_area_heading("Mål 1: Synligt kunnande", "Åtgärder Språkcafé: samtal för grupper varje vecka") is None
    assert goal_under_area_heading("Mål 4: Tryggt boende", "Åtgärder Bostadsrådgivningen blir permanent") is None
    assert goal_under_area_heading("Mål 4: Tryggt boende", "Ansvarig aktör Tekniska sektorn ordnar kurser") is None
    # (a scan read without its diacritics)
    assert goal_under_area_heading("Mal 1: Synligt kunnande", "Atgarder Sprakcafe: samtal for grupper") is None


def test_sentence_opening_with_a_role_noun_still_states_the_goal():
    # a definite noun of the same stem, going on in lower case, is a sentence's subject
    assert goal_under_area_heading("Mål 2 – Boende", "Insatserna når alla nyinflyttade i tid.") \
        == ("Insatserna når alla nyinflyttade i tid", "Boende")
    assert goal_under_area_heading("Mål 2 – Boende", "Målet är att alla har ett hem inom ett år.") \
        == ("Målet är att alla har ett hem inom ett år", "Boende")
