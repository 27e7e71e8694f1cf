"""Seventy-fifth blind set, reader a (blind445) conventions, on made-up text: an action table
captioned by a field line naming the theme ('Åtgärder: <theme>') under the theme's goal field
('Mål: …'), and the same caption set into the goal row of a table of goals and actions."""

from blocks_doc import classify_blocks as _classify, heading as _h, paragraph as _p


def _table(columns: list[str], rows: list[list[str]]) -> dict:
    return {"type": "table", "columns": columns, "rows": rows}


def test_a_field_line_right_over_an_action_table_is_its_caption_not_an_action():
    px = _classify([
        _h("3 Insatsområden"),
        _h("3.1 Boende och närmiljö", 3),
        _p("Många nyinflyttade familjer bor trångt och känner inte grannskapet."),
        _p("Mål: Nyinflyttade familjer trivs i sina bostäder och i sitt bostadsområde."),
        _p("Åtgärder: Boende och närmiljö"),
        _table(["Åtgärd", "Ansvarig", "Samarbetspartner", "Tidtabell"],
               [["Boenderådgivning erbjuds på flera språk", "Tekniska sektorn", "–", "Fortlöpande"],
                ["Grannskapsträffar ordnas i bostadsområdena", "Fritidssektorn", "Hyresbolaget", "2026"]]),
    ])
    assert [" ".join(m.text.split()) for m in px.measures] == ["Boenderådgivning erbjuds på flera språk",
                                             "Grannskapsträffar ordnas i bostadsområdena"]
    assert [" ".join(g.text.split()) for g in px.goals] == ["Nyinflyttade familjer trivs i sina bostäder och i sitt bostadsområde"]
    assert all(m.goal == px.goals[0].id for m in px.measures)


def test_a_goal_rows_action_cell_naming_only_its_own_section_is_no_action():
    px = _classify([
        _h("3 Insatsområden"),
        _h("3.1 Boende och närmiljö", 3),
        _p("Många nyinflyttade familjer bor trångt och känner inte grannskapet."),
        _table(["Mål", "Åtgärder", "Ansvarig", "Tidtabell"],
               [["Nyinflyttade familjer trivs i sina bostäder och i sitt bostadsområde.", "Boende och närmiljö", "", ""],
                ["", "Boenderådgivning erbjuds på flera språk", "Tekniska sektorn", "Fortlöpande"],
                ["", "Grannskapsträffar ordnas i bostadsområdena", "Fritidssektorn", "2026"]]),
    ])
    assert [" ".join(m.text.split()) for m in px.measures] == ["Boenderådgivning erbjuds på flera språk",
                                             "Grannskapsträffar ordnas i bostadsområdena"]
    # an action cell that names something else than the section stays an action
    px = _classify([
        _h("3 Insatsområden"),
        _h("3.1 Boende och närmiljö", 3),
        _table(["Mål", "Åtgärder", "Ansvarig", "Tidtabell"],
               [["Nyinflyttade familjer trivs i sina bostäder och i sitt bostadsområde.", "Boenderådgivning", "", ""]]),
    ])
    assert [" ".join(m.text.split()) for m in px.measures] == ["Boenderådgivning"]
