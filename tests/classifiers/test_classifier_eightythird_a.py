"""A goal heading coded by its theme's letter and its own number ('Mål A1: …', 'Mål B2: …'
under 'Tema A' / 'Tema B'), read as the goal heading 'Mål 1: …' is, with its actions given
as label lines ('Åtgärd 1: …', 'Ansvar: …', 'Tidtabell: …', 'Mätare: …') under it
(eighty-third blind set). Made-up text."""

from blocks_doc import classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers.prose import goal_heading_number, is_goal_heading


def test_a_letter_coded_goal_heading_is_a_goal_heading():
    assert is_goal_heading("Mål A1: Nyinflyttade hittar rätt service")
    assert goal_heading_number("Mål B2: Fler deltar i föreningarna") == "B2"
    # the label and its code alone are no goal; a lower-case letter is no code
    assert not is_goal_heading("Mål A1")
    assert not is_goal_heading("Mål i 2026: fler deltar")


def test_label_lines_under_a_letter_coded_goal_heading_are_its_actions():
    x = _classify([
        _h("4 Teman och mål", 1),
        _h("Tema A: Första tiden", 2),
        _h("Mål A1: Nyinflyttade hittar rätt service", 3),
        _p("Åtgärd 1: Välkomstträff för nyinflyttade varje månad"),
        _p("Ansvar: Medborgarbyrån"),
        _p("Tidtabell: 2026"),
        _p("Mätare: antal deltagare på träffarna"),
        _p("Åtgärd 2: Servicekarta på lättläst svenska"),
        _p("Ansvar: Kommunikationsenheten"),
        _h("Mål A2: Barn börjar i daghem utan dröjsmål", 3),
        _p("Åtgärd 3: Daghemsplats erbjuds inom en månad"),
        _p("Ansvar: Bildningssektorn"),
        _h("5 Uppföljning", 1),
        _p("Programmet följs upp en gång per år."),
    ])
    assert [g.text.split(": ", 1)[-1] for g in x.goals] == [
        "Nyinflyttade hittar rätt service", "Barn börjar i daghem utan dröjsmål"]
    assert [(m.text, m.responsible, m.schedule) for m in x.measures] == [
        ("Välkomstträff för nyinflyttade varje månad", ["Medborgarbyrån"], "2026"),
        ("Servicekarta på lättläst svenska", ["Kommunikationsenheten"], None),
        ("Daghemsplats erbjuds inom en månad", ["Bildningssektorn"], None)]
    g1, g2 = (g.id for g in x.goals)
    assert [m.goal for m in x.measures] == [g1, g1, g2]
    assert [(i.text, i.measure) for i in x.indicators] == [("antal deltagare på träffarna", x.measures[0].id)]


# ---- a table of grants is no layout for the programme's headerless tables ------------------

def test_a_column_of_sums_of_money_makes_a_table_of_grants():
    from classifiers.content_roles import is_money_table
    grants = [["Bidrag", "Betalas ut till", "Summa 2023 (euro)"],
              ["Bidrag för tolkning", "Kommunerna", "120 000"],
              ["Bidrag för hemkommunsersättning", "Regionen och kommunerna", "45 500"]]
    assert is_money_table(grants)
    assert is_money_table([["Post", "Kostnad"], ["Språkkurs", "500 €"], ["Tolkning", "1200 euro"]])
    # years and small counts are no sums of money
    assert not is_money_table([["Åtgärd", "Ansvarig", "År"], ["Språkcafé i biblioteket", "Biblioteket", "2026"],
                               ["Läxhjälp för skolbarn", "Skolorna", "2027"]])


def test_a_table_of_grants_lends_its_payees_no_actor_column():
    from classifiers.content_roles import document_layouts
    grants = [["Bidrag", "Betalas ut till", "Summa 2023 (euro)"],
              ["Bidrag för tolkning av samtal", "Kommunerna", "120 000"],
              ["Bidrag för särskilda kostnader inom vården", "Välfärdsområdet", "45 500"],
              ["Bidrag för beräknade kostnader för flyktingar", "Kommunerna och välfärdsområdet", "610 000"]]
    assert document_layouts([grants]) == {}
