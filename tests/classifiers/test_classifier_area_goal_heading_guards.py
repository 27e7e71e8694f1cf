"""What stands under an area-named goal heading ('Mål 1: Synligt kunnande') and is no sentence
stating the goal, so the heading stays the goal (`area_goal_headings`):

- a key-value card read as text, a field's label and its value on one line ('Åtgärder
  Språkcafé: …', 'Ansvarig aktör Bildningssektorn'): the goal's first field;
- a phrase without its full stop: a sub-goal's title, or a line a column or page break cut
  ('Stärka praxis för första' / 'bostäder för nyanlända')."""

from classifiers.area_goal_headings import goal_under_area_heading


def test_field_label_line_under_area_heading_is_no_goal_sentence():
    assert goal_under_area_heading("Mål 1: Synligt kunnande", "Åtgärder Språkcafé: samtal för grupper varje vecka.") is None
    assert goal_under_area_heading("Mål 4: Tryggt boende", "Åtgärder Bostadsrådgivningen blir permanent.") is None
    assert goal_under_area_heading("Mål 4: Tryggt boende", "Ansvarig aktör Tekniska sektorn ordnar kurser.") is None
    # (a scan read without its diacritics)
    assert goal_under_area_heading("Mal 1: Synligt kunnande", "Atgarder Sprakcafe: samtal for grupper.") is None


def test_sentence_opening_with_a_role_noun_still_states_the_goal():
    # a definite noun of the same stem, going on in lower case, is a sentence's subject
    assert goal_under_area_heading("Mål 2 – Boende", "Insatserna når alla nyinflyttade i tid.") \
        == ("Insatserna når alla nyinflyttade i tid", "Boende")
    assert goal_under_area_heading("Mål 2 – Boende", "Målet är att alla har ett hem inom ett år.") \
        == ("Målet är att alla har ett hem inom ett år", "Boende")


def test_phrase_without_full_stop_is_no_goal_sentence():
    # a line cut by a column break, its end in the next column
    assert goal_under_area_heading("Mål 5: Boende", "Stödja hyresvärdarnas arbete med första") is None
    # a sub-goal's title, a phrase
    assert goal_under_area_heading("Mål 5: Boende", "Trygga bostäder för nyanlända familjer") is None
    assert goal_under_area_heading("Mål 5: Boende", "Nyanlända familjer hittar en trygg bostad.") \
        == ("Nyanlända familjer hittar en trygg bostad", "Boende")


def test_sentence_explaining_the_heading_is_no_goal_sentence():
    # 'Det betyder att …' points back to the heading: the heading states the goal, the
    # sentence spells out what it means
    assert goal_under_area_heading("Mål 2. Trygga hem", "Det betyder att alla nyanlända familjer har en bostad inom ett år.") is None
    assert goal_under_area_heading("Tavoite 2. Turvallinen koti", "Tämä tarkoittaa, että jokaisella perheellä on asunto vuoden kuluessa.") is None
    # a sentence of its own stating the goal under an area heading still does
    assert goal_under_area_heading("Mål 2. Trygga hem", "Alla nyanlända familjer har en bostad inom ett år.") \
        == ("Alla nyanlända familjer har en bostad inom ett år", "Trygga hem")
