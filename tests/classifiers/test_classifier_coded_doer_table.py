"""Seventy-ninth blind set (blind473) convention, on made-up text: actions listed per
administration in tables 'Nr | Åtgärd | Mål' with codes of their own ('K1', 'K2', 'S1'), and a
later table 'Åtgärd | Ansvarig | Samarbetspartner | Tidtabell' that names each action only by
its code and gives its doer, partners and time (`table_halves.coded_half_columns`)."""

from blocks_doc import classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers.headers import map_columns
from classifiers.table_halves import coded_half_columns


def _t(caption, columns, rows):
    return {"type": "table", "caption": caption, "columns": columns, "rows": rows}


_DOER_TABLE = _t("Tabell 5. Ansvar och tidtabell", ["Åtgärd", "Ansvarig", "Samarbetspartner", "Tidtabell"], [
    ["K1", "Bibliotekarien", "", "2026"],
    ["K2", "Fritidsledaren", "Idrottsföreningen", "varje höst"],
    ["S1", "Skolchefen", "", "från hösten 2026"],
])


def _programme(doer_table=True):
    blocks = [
        _h("Norrby integrationsprogram 2026–2029", 1),
        _h("Mål", 2),
        _t("Tabell 1. Mål", ["Nr", "Mål"], [
            ["1", "Alla nyinflyttade hittar en meningsfull fritid i Norrby"],
            ["2", "Alla barn klarar sig bra i skolan oberoende av modersmål"],
        ]),
        _h("Förvaltningarnas åtgärder", 2),
        _h("Kultursektorn", 3),
        _t(None, ["Nr", "Åtgärd", "Mål"], [
            ["K1", "Biblioteket ordnar språkcaféer varje vecka", "1"],
            ["K2", "Prova-på-dagar i föreningarnas idrottsgrenar", "1"],
        ]),
        _h("Skolsektorn", 3),
        _t(None, ["Nr", "Åtgärd", "Mål"], [
            ["S1", "Stödundervisning i svenska för alla elever som behöver det", "2"],
        ]),
        _h("Ansvar", 2),
        _p("Tabellen nedan anger vem som ansvarar för varje åtgärd och när den genomförs."),
    ]
    if doer_table:
        blocks.append(_DOER_TABLE)
    return _classify(blocks)


def test_coded_doer_table_is_read_as_the_doers_of_the_coded_actions():
    got = _programme()
    assert len(got.measures) == 3  # the codes restate no action
    assert [m.responsible for m in got.measures] == [["Bibliotekarien"], ["Fritidsledaren"], ["Skolchefen"]]
    assert [m.partners for m in got.measures] == [[], ["Idrottsföreningen"], []]
    assert [m.schedule for m in got.measures] == ["2026", "varje höst", "från hösten 2026"]


class _T:
    def __init__(self, rows):
        self.rows, self.header_rows = rows, 1


def test_coded_half_columns_needs_every_key_to_be_a_coded_action():
    rows = [["Åtgärd", "Ansvarig", "Tidtabell"], ["K1", "Bibliotekarien", "2026"], ["K2", "Fritidsledaren", "2027"]]
    assert coded_half_columns(_T(rows), {"K1": "m1", "K2": "m2"}, map_columns) == (1, {1: "responsible", 2: "schedule"})
    # a code no action was given, or an action stated in the cell: no such table
    assert coded_half_columns(_T(rows), {"K1": "m1"}, map_columns) is None
    rows[2][0] = "Språkcaféer varje vecka"
    assert coded_half_columns(_T(rows), {"K1": "m1", "K2": "m2"}, map_columns) is None


_MATRIX = _t("Ansvarsfördelning", ["Åtgärd", "Kulturenheten", "Skolsektorn", "Idrottsföreningen"], [
    ["K1", "X", "", ""],
    ["K2", "X", "", "X"],
    ["S1", "", "X", ""],
])


def test_coded_responsibility_matrix_marks_the_doers_of_the_coded_actions():
    # a later matrix naming each coded action by its code alone, one column per actor marked
    # 'X': the marked columns answer for the action (`table_halves._matrix_of_doers`)
    got = _classify([
        _h("Norrby integrationsprogram 2026–2029", 1),
        _h("Mål", 2),
        _t("Tabell 1. Mål", ["Nr", "Mål"], [
            ["1", "Alla nyinflyttade hittar en meningsfull fritid i Norrby"],
            ["2", "Alla barn klarar sig bra i skolan oberoende av modersmål"],
        ]),
        _h("Åtgärder", 2),
        _t(None, ["Nr", "Åtgärd", "Mål"], [
            ["K1", "Biblioteket ordnar språkcaféer varje vecka", "1"],
            ["K2", "Prova-på-dagar i föreningarnas idrottsgrenar", "1"],
            ["S1", "Stödundervisning i svenska för alla elever som behöver det", "2"],
        ]),
        _h("Ansvar", 2),
        _MATRIX,
    ])
    assert len(got.measures) == 3  # the codes restate no action
    assert [m.responsible for m in got.measures] == [
        ["Kulturenheten"], ["Kulturenheten", "Idrottsföreningen"], ["Skolsektorn"]]
