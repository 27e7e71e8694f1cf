"""Hundred-and-seventh blind set conventions, on made-up text: goals defined in small tables
'Kod | Mål' (one per area, captioned 'Målområde: …') that the action table refers to by code;
a goal group row led by its label, number and theme ('MÅL 1 – Arbete: <goal>'); and a column
of who reports on an action ('Uppföljningsansvar') beside the column of who carries it out."""

from blocks_doc import classify_blocks as _classify, heading as _h

from classifiers.headers import header_role, is_structure_header, map_columns
from classifiers.goal_group_rows import group_row_goal


def _t(caption, columns, rows):
    return {"type": "table", "caption": caption, "columns": columns, "rows": rows}


def test_code_and_goal_columns_make_a_goal_table():
    assert is_structure_header(["Kod", "Mål"])
    assert is_structure_header(["Nr", "Mål"])
    # a goal column beside any other column is no goal table by that rule
    assert not is_structure_header(["Mål", "Kommentar"])


def test_coded_goal_tables_give_the_goals_the_action_table_refers_to():
    got = _classify([
        _h("Norrby integrationsprogram 2026–2029", 1),
        _h("4 Mål", 2),
        _t("Målområde: Arbete och språk", ["Kod", "Mål"], [
            ["A1", "Fler nyinflyttade får ett arbete inom ett år"],
            ["A2", "Alla vuxna lär sig svenska i vardagen"]]),
        _t("Målområde: Delaktighet", ["Kod", "Mål"], [["B1", "Invånarna deltar i föreningslivet"]]),
        _h("5 Åtgärder", 2),
        _t("Tabell 2. Åtgärder", ["Åtgärd", "Mål", "Ansvarig", "Tidtabell"], [
            ["Språkcaféer varje vecka på biblioteket", "A2", "Biblioteket", "2026"],
            ["Arbetsprövning i kommunens enheter", "A1", "Personalenheten", "2027"],
            ["Prova-på-dagar i föreningarna", "B1", "Fritidsenheten", "2026"]]),
    ])
    assert [g.text for g in got.goals] == ["Fler nyinflyttade får ett arbete inom ett år",
                                           "Alla vuxna lär sig svenska i vardagen",
                                           "Invånarna deltar i föreningslivet"]
    assert [g.theme for g in got.goals] == ["Arbete och språk", "Arbete och språk", "Delaktighet"]
    texts = {g.id: g.text for g in got.goals}
    assert [texts.get(m.goal) for m in got.measures] == [
        "Alla vuxna lär sig svenska i vardagen", "Fler nyinflyttade får ett arbete inom ett år",
        "Invånarna deltar i föreningslivet"]


def test_group_row_led_by_goal_label_number_and_theme():
    assert group_row_goal("MÅL 1 – Arbete: Fler nyinflyttade får ett arbete") == ("Fler nyinflyttade får ett arbete", "Arbete")
    assert group_row_goal("Mål 3 – Barn och unga: Alla barn trivs i skolan") == ("Alla barn trivs i skolan", "Barn och unga")


def test_goal_group_rows_led_by_label_number_and_theme():
    got = _classify([
        _h("Norrby integrationsprogram 2026–2029", 1),
        _h("Åtgärder", 2),
        _t("Tabell 2. Åtgärdstabell", ["Åtgärd", "Ansvarig", "Tidsplan"], [
            ["MÅL 1 – Arbete: Fler nyinflyttade får ett arbete inom ett år", "", ""],
            ["Arbetsprövning i kommunens enheter", "Personalenheten", "2026"],
            ["MÅL 2 – Språk: Alla vuxna lär sig svenska i vardagen", "", ""],
            ["Språkcaféer varje vecka på biblioteket", "Biblioteket", "2027"]]),
    ])
    assert [g.text for g in got.goals] == ["Fler nyinflyttade får ett arbete inom ett år",
                                           "Alla vuxna lär sig svenska i vardagen"]
    assert [m.text.split()[0] for m in got.measures] == ["Arbetsprövning", "Språkcaféer"]
    texts = {g.id: g.text for g in got.goals}
    assert [texts.get(m.goal) for m in got.measures] == [g.text for g in got.goals]
    assert [g.theme for g in got.goals] == ["Arbete", "Språk"]


def test_reporting_duty_column_is_no_responsible():
    for h in ("Uppföljningsansvar", "Uppföljningsansvarig", "Rapporteringsansvar", "Seurantavastuu"):
        assert header_role(h) is None
    assert header_role("Ansvarig för uppföljningen") == "responsible"
    assert map_columns(["Åtgärd", "Ansvarig", "Tidtabell", "Uppföljningsansvar"]) == {
        0: "measure", 1: "responsible", 2: "schedule"}
    got = _classify([
        _h("Norrby integrationsprogram 2026–2029", 1),
        _h("Åtgärder", 2),
        _t("Tabell 2. Åtgärder", ["Åtgärd", "Ansvarig", "Tidtabell", "Uppföljningsansvar"], [
            ["Språkcaféer varje vecka på biblioteket", "Biblioteket", "2026", "Kulturchefen"],
            ["Arbetsprövning i kommunens enheter", "Personalenheten", "2027", "Personalchefen"]]),
    ])
    assert [m.responsible for m in got.measures] == [["Biblioteket"], ["Personalenheten"]]
