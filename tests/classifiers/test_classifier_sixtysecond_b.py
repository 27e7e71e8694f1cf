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


def _strategy_map(sep=" | ", codes=("A", "A1", "A2", "B", "B1")):
    a, a1, a2, b, b1 = codes
    return _classify([
        _h("Strategisk karta", 2),
        _p("VISION"),
        _p("Norrby är en bra plats att växa upp i"),
        _h(f"INSATSOMRÅDE {a}{sep}Ungdomar och fritid", 3),
        _p(f"{a1}{sep}Fler unga hittar ett sommarjobb"),
        _p(f"{a2}{sep}Alla unga har en hobby"),
        _h(f"INSATSOMRÅDE {b}{sep}Boende och närmiljö", 3),
        _p(f"{b1}{sep}Nyinflyttade hittar en bostad snabbt"),
        _p("Kartan bygger på kommunstrategin. Den har egna mål som inte upprepas här."),
        _h("Åtgärdsplan 2026–2029", 2),
        {"type": "table", "caption": "Tabell 1. Åtgärdsplan",
         "columns": ["Område", "Mål", "Åtgärd", "Ansvar", "Tidsram"],
         "rows": [[a, a1, "Sommarjobbsmässa varje vår", "Ungdomsbyrån", "2026–2029"],
                  [a, a2, "Prova-på-kvällar i idrottshallen", "Fritidsbyrån", "2027"],
                  [b, b1, "Bostadsrådgivning på biblioteket", "Tekniska byrån", "från 2026"]]},
    ])


def test_coded_goal_boxes_under_lettered_area_headings():
    # (the codes with a point after the letter, 'A.1', or numbered '1.1', set off alike)
    for sep, codes in ((" | ", None), (" · ", None), (" – ", None), (" | ", ("A", "A.1", "A.2", "B", "B.1")),
                       (" | ", ("1", "1.1", "1.2", "2", "2.1"))):
        ex = _strategy_map(sep, codes) if codes else _strategy_map(sep)
        goals = {g.id: (g.text, g.theme) for g in ex.goals}
        assert sorted(goals.values()) == [
            ("Alla unga har en hobby", "Ungdomar och fritid"),
            ("Fler unga hittar ett sommarjobb", "Ungdomar och fritid"),
            ("Nyinflyttade hittar en bostad snabbt", "Boende och närmiljö")], sep
        got = sorted((" ".join(m.text.split()), goals[m.goal][0]) for m in ex.measures)
        assert got == [("Bostadsrådgivning på biblioteket", "Nyinflyttade hittar en bostad snabbt"),
                       ("Prova-på-kvällar i idrottshallen", "Alla unga har en hobby"),
                       ("Sommarjobbsmässa varje vår", "Fler unga hittar ett sommarjobb")], sep


# ---- 'Inledande skede | Etablering | Långsiktigt' marked 'x': phases of the path, no actors ----

from classifiers.matrix import mark_columns, names_phase  # noqa: E402
from classifiers.text import is_wrap  # noqa: E402


def test_phase_and_horizon_headers():
    for h in ("Inledande skede", "Etableringsfasen", "Fas 2", "Etapp 1", "Alkuvaihe", "Långsiktigt", "Kort sikt"):
        assert names_phase(h), h
    for h in ("Bildningsavdelningen", "Kommunkansliet", "Välfärdsområdet", "Stadsfastigheter"):
        assert not names_phase(h), h


def test_marked_phase_columns_are_no_responsibility_matrix():
    hdrs = ["Åtgärd", "Ansvarig", "Startfas", "Etablering", "Långsiktig\nt", "Tidtabell"]
    rows = [["Hembesök", "Socialbyrån", "x", "", "", "2026"],
            ["Kurs", "Institutet", "", "x", "x", "2027"]]
    roles = {0: "measure", 1: "responsible", 5: "schedule"}
    assert mark_columns(hdrs, rows, roles) == {}
    # a matrix of actor columns beside them is still read
    hdrs2 = ["Åtgärd", "Bildningsavdelningen", "Kommunkansliet", "Fas 1", "Fas 2"]
    rows2 = [["Hembesök", "x", "", "x", ""], ["Kurs", "", "x", "", "x"]]
    assert mark_columns(hdrs2, rows2, {0: "measure"}) == {1: "Bildningsavdelningen", 2: "Kommunkansliet"}


def _phase_table_doc(phases=("Fas 1", "Etablering", "Fas 3")):
    return _classify([
        _h("4 Åtgärder per fas", 2),
        _h("4.1 Bostad", 3),
        _p("Målsättning: Alla nyinflyttade har en egen bostad inom ett år."),
        {"type": "table", "caption": "Tabell 1. Bostad",
         "columns": ["Åtgärd", "Ansvarig", "Samarbetspartner", *phases, "Tidtabell"],
         "rows": [["Bostadsrådgivning vid ankomsten", "Socialbyrån", "Hyresbolaget", "x", "", "", "2025"],
                  ["Kurs om att hyra en bostad", "Medborgarinstitutet", "–", "", "x", "x", "2026"],
                  ["Hjälp att köpa en bostad", "Tekniska byrån", "–", "", "", "x", "2027"]]},
    ])


def test_phase_columns_leave_the_responsible_column():
    for phases in (("Fas 1", "Etablering", "Fas 3"), ("Inledande skede", "Etablering", "Långsiktigt"),
                   ("Kort sikt", "Medellång sikt", "Lång sikt")):
        ex = _phase_table_doc(phases)
        got = sorted((" ".join(m.text.split()), tuple(m.responsible), m.schedule) for m in ex.measures)
        assert got == [("Bostadsrådgivning vid ankomsten", ("Socialbyrån",), "2025"),
                       ("Hjälp att köpa en bostad", ("Tekniska byrån",), "2027"),
                       ("Kurs om att hyra en bostad", ("Medborgarinstitutet",), "2026")], phases


# ---- 'Näringslivsbolaget' / 'Kopparholm Ab': a kind of body, then its own name in legal form ----

def test_capitalised_kind_of_body_line_goes_on_with_a_name_in_legal_form():
    assert is_wrap("Utvecklingsbolaget", "Norrby Ab", 30)
    assert is_wrap("Idrottsföreningen", "Norrby IF rf", 30)
    # a unit's whole name before another unit's is no wrap
    assert not is_wrap("Utvecklingsbolaget", "Arbetskraftsservicen", 30)
    assert not is_wrap("Socialbyrån", "Norrby Ab", 30)
