"""An indicator table whose 'Åtgärd' column refers to the action it follows up by the
action's number ('2.1'), or to a goal ('Mål 2'), after action tables whose goal cell is
'Mål N. ...' and whose action cells are numbered 'N.1 ...'. Made-up text in the conventions
of the tenth blind set (tests/data/blind_programs, blind58)."""

from blocks_doc import classify_blocks as _classify, heading as _h


def _t(columns, rows, caption=None):
    return {"type": "table", "caption": caption, "columns": columns, "rows": rows}


def _doc():
    return [
        _h("3 MÅL OCH ÅTGÄRDER", 1),
        _t(["Målsättning", "Åtgärd", "Ansvar", "Tidtabell"], [
            ["Mål 1. Nya invånare hittar en bostad", "1.1 Bostadsinformation på flera språk", "Bostadsbolaget", "2026"],
            ["", "1.2 Kartläggning av behovet av hyresbostäder", "Tekniska avdelningen", "2027"],
            ["Mål 2. Fler vuxna invandrare har arbete", "2.1 Språkstöd på arbetsplatsen", "Sysselsättningsområdet", "2026–2028"],
            ["", "2.2 Sommarjobb för unga", "Personalavdelningen", "Årligen"],
        ], caption="Tabell 3. Boende och arbete"),
        _h("4 UPPFÖLJNING", 1),
        _t(["Nr", "Indikator", "Åtgärd", "Utgångsläge 2025", "Målvärde 2029"], [
            ["1", "Antal hushåll som fått bostadsinformation", "1.1", "–", "alla"],
            ["2", "Andelen sysselsatta invandrare", "Mål 2", "61 %", "70 %"],
            ["3", "Antal sommarjobb", "2.2", "4", "10"],
        ], caption="Tabell 4. Indikatorer"),
    ]


def test_indicator_rows_follow_up_the_action_or_goal_their_action_cell_names():
    x = _classify(_doc())
    assert len(x.measures) == 4  # 'Mål 2' in the action column states no action
    by_text = {" ".join(m.text.split()): m for m in x.measures}
    m11 = by_text["1.1 Bostadsinformation på flera språk"]
    m22 = by_text["2.2 Sommarjobb för unga"]
    g2 = m22.goal
    got = {" ".join(i.text.split()): (i.measure, i.goal) for i in x.indicators}
    assert got == {
        "Antal hushåll som fått bostadsinformation": (m11.id, m11.goal),
        "Andelen sysselsatta invandrare": (None, g2),
        "Antal sommarjobb": (m22.id, g2),
    }
