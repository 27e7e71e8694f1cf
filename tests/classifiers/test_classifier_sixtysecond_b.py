"""Sixty-second blind set, reader b (blind370, blind371) conventions, on made-up text: a
strategy map exported as text, its goal boxes coded '<code> | <goal>' under lettered area
headings and keyed by that code in the action plan's goal column; ..."""

from blocks_doc import classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers.goal_lookup import CODED_ITEM_RE


# ---- 'A1 | <goal>': a strategy map's goal boxes, keyed by their codes in the action plan ----

def test_a_coded_box_splits_at_its_bar_dot_or_dash():
    for text, code, goal in (("A1 | Fler unga hittar en sommarjobb", "A1", "Fler unga hittar en sommarjobb"),
                             ("B2|Äldre får hjälp hemma", "B2", "Äldre får hjälp hemma"),
                             ("C1 · Alla känner till föreningarna", "C1", "Alla känner till föreningarna"),
                             ("D3 – Skolvägen är trygg", "D3", "Skolvägen är trygg"),
                             ("A1: Fler unga hittar ett sommarjobb", "A1", "Fler unga hittar ett sommarjobb")):
        m = CODED_ITEM_RE.match(text)
        assert m and (m.group(1), m.group(2)) == (code, goal), text
    # a word with a hyphen after a code is no separator
    assert CODED_ITEM_RE.match("B1-nivå krävs") is None


def _strategy_map(sep=" | "):
    return _classify([
        _h("Strategisk karta", 2),
        _p("VISION"),
        _p("Norrby är en bra plats att växa upp i"),
        _h(f"INSATSOMRÅDE A{sep}Ungdomar och fritid", 3),
        _p(f"A1{sep}Fler unga hittar ett sommarjobb"),
        _p(f"A2{sep}Alla unga har en hobby"),
        _h(f"INSATSOMRÅDE B{sep}Boende och närmiljö", 3),
        _p(f"B1{sep}Nyinflyttade hittar en bostad snabbt"),
        _p("Kartan bygger på kommunstrategin. Den har egna mål som inte upprepas här."),
        _h("Åtgärdsplan 2026–2029", 2),
        {"type": "table", "caption": "Tabell 1. Åtgärdsplan",
         "columns": ["Område", "Mål", "Åtgärd", "Ansvar", "Tidsram"],
         "rows": [["A", "A1", "Sommarjobbsmässa varje vår", "Ungdomsbyrån", "2026–2029"],
                  ["A", "A2", "Prova-på-kvällar i idrottshallen", "Fritidsbyrån", "2027"],
                  ["B", "B1", "Bostadsrådgivning på biblioteket", "Tekniska byrån", "från 2026"]]},
    ])


def test_coded_goal_boxes_under_lettered_area_headings():
    for sep in (" | ", " · ", " – "):
        ex = _strategy_map(sep)
        goals = {g.id: (g.text, g.theme) for g in ex.goals}
        assert sorted(goals.values()) == [
            ("Alla unga har en hobby", "Ungdomar och fritid"),
            ("Fler unga hittar ett sommarjobb", "Ungdomar och fritid"),
            ("Nyinflyttade hittar en bostad snabbt", "Boende och närmiljö")], sep
        got = sorted((" ".join(m.text.split()), goals[m.goal][0]) for m in ex.measures)
        assert got == [("Bostadsrådgivning på biblioteket", "Nyinflyttade hittar en bostad snabbt"),
                       ("Prova-på-kvällar i idrottshallen", "Alla unga har en hobby"),
                       ("Sommarjobbsmässa varje vår", "Fler unga hittar ett sommarjobb")], sep
