"""Sixty-fourth blind set, reader a (blind381, blind382) conventions, on made-up programmes: an
action table printed on its side, one column per action ('Fält | Åtgärd 1 | Åtgärd 2') and one
row per field ('Åtgärdens innehåll', 'Ansvarig', 'Samarbetspartner', 'Tidtabell', 'Mätare');
the programme's own key figures said in the active voice ('Därtill följer staden på
programnivå två nyckeltal: X och Y.', 'På programnivå följer kommunen dessutom Z.')."""

import pytest
from blocks_doc import bullets as _b, classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers.builder import transposed
from classifiers.classify_document import classify
from classifiers.column_groups import fold_column_groups
from classifiers.prose import followed_up_by
from classifiers.side_table_records import read_side_table_records
from classifiers.elements import Element
from extractors.model import Table
from golden import render as R, render_more as RM
from pipeline.process import ProcessOptions, extract, normalize


def _t(columns, rows, caption=None):
    return {"type": "table", "caption": caption, "columns": columns, "rows": rows}


def _pdf(tmp_path, blocks, style="ruled"):
    src = {"slug": "t", "municipality": "Exempelby", "title": "Integrationsplan för Exempelby 2026–2029",
           "period_start": 2026, "period_end": 2029, "language": "sv", "blocks": blocks}
    path = tmp_path / f"plan.{style}.pdf"
    path.write_bytes((RM if style in RM.STYLES else R).render(src, style))
    o = ProcessOptions()
    return classify(normalize(extract(str(path), o), o))


# ---- an action table on its side: one column per action, one row per field ----------------------

def _table(rows):
    return Table(rows=rows, header_rows=1, method="ruling-lines")


def test_a_column_per_numbered_action_is_turned_into_a_row_per_action():
    t = _table([["Fält", "Åtgärd 1", "Åtgärd 2"],
                ["Vad görs", "Kommunen ordnar läxhjälp", "Biblioteket startar en läsecirkel"],
                ["Ansvar", "Skolverket i Exempelby", "Biblioteket"],
                ["Tidsplan", "2026", "hösten 2027"],
                ["Indikator", "Antal elever", "–"]])
    turned = transposed(t)
    assert turned is not None and turned.method == "transposed"
    assert turned.rows[0] == ["Vad görs", "Ansvar", "Tidsplan", "Indikator"]
    assert turned.rows[1] == ["Kommunen ordnar läxhjälp", "Skolverket i Exempelby", "2026", "Antal elever"]
    # a blank corner, actions coded 'Insats 2.1' or lettered, read the same
    t = _table([["", "Insats 2.1:", "Insats 2.2:"], ["Insatsens innehåll", "A görs", "B görs"],
                ["Ansvarig", "X", "Y"], ["Tidtabell", "2026", "2027"]])
    assert transposed(t) is not None
    t = _table([["Uppgift", "Aktivitet A", "Aktivitet B"], ["Aktivitet", "A görs", "B görs"],
                ["Ansvarig", "X", "Y"], ["Tidtabell", "2026", "2027"]])
    assert transposed(t) is not None
    # not: headers naming the actions in words (an ordinary table), a corner naming a role,
    # rows with no action row, or a row label that names no role
    assert transposed(_table([["Fält", "Läxhjälp", "Läsecirkel"], ["Åtgärd", "a", "b"],
                              ["Ansvar", "x", "y"], ["Tidtabell", "1", "2"]])) is None
    assert transposed(_table([["Ansvar", "Åtgärd 1", "Åtgärd 2"], ["Åtgärd", "a", "b"],
                              ["Tidtabell", "1", "2"]])) is None
    assert transposed(_table([["Fält", "Åtgärd 1", "Åtgärd 2"], ["Ansvar", "x", "y"],
                              ["Tidtabell", "1", "2"]])) is None
    assert transposed(_table([["Fält", "Åtgärd 1", "Åtgärd 2"], ["Åtgärd", "a", "b"],
                              ["Budgetår", "1", "2"]])) is None


def test_a_table_on_its_side_is_no_row_of_column_groups():
    # 'Åtgärd 1 | Åtgärd 2' looks like column groups of a goal's row ('Åtgärd A | Ansvar A');
    # rows led by role labels say the table is on its side
    t = _table([["Fält", "Åtgärd 1", "Åtgärd 2"], ["Åtgärdens innehåll", "a", "b"],
                ["Ansvarig", "x", "y"], ["Tidtabell", "1", "2"]])
    el = Element(kind="table", text="", page=1, table=t, pages=[1] * 4)
    assert fold_column_groups([el])[0].table.rows == t.rows
    # a goal's row of action columns is still folded
    t = _table([["Mål", "Åtgärd 1", "Åtgärd 2"], ["Fler i arbete", "Företagsbesök", "Praktik"]])
    el = Element(kind="table", text="", page=1, table=t, pages=[1] * 2)
    assert len(fold_column_groups([el])[0].table.rows) == 3


def _side_plan():
    return [
        _h("2 Mål", 2),
        _b("Mål 1 – Skola: Alla barn klarar grundskolan med godkända betyg.",
           "Mål 2 – Arbete: Vuxna nyinflyttade hittar ett arbete inom två år."),
        _h("3 Åtgärder", 2),
        _p("Varje kolumn i tabellerna är en åtgärd."),
        _h("3.1 Skola (mål 1)", 3),
        _t(["Fält", "Åtgärd 1", "Åtgärd 2", "Åtgärd 3"],
           [["Åtgärdens innehåll", "Skolan anställer en lärare i svenska som andraspråk",
             "Eleverna erbjuds läxläsning på lördagar", "Föräldrarna bjuds in till skolkvällar med tolk"],
            ["Ansvarig", "Grundskolan", "Ungdomsgården", "Rektorn i Norrby skola"],
            ["Samarbetspartner", "–", "Röda Korset, Scouterna", "–"],
            ["Tidtabell", "från hösten 2026", "2026–2028", "varje termin"],
            ["Mätare", "Antal elever med stöd", "–", "Antal föräldrar på skolkvällarna"]],
           caption="Tabell 1. Åtgärder för mål 1"),
        _h("3.2 Arbete (mål 2)", 3),
        _t(["Fält", "Åtgärd 4", "Åtgärd 5"],
           [["Åtgärdens innehåll", "Kommunen tar emot praktikanter i alla sina enheter",
             "Företagarföreningen ordnar en jobbmässa"],
            ["Ansvarig", "Personalavdelningen", "Näringslivsenheten"],
            ["Samarbetspartner", "Arbetskraftsservicen", "Företagarna i Exempelby"],
            ["Tidtabell", "2026–2029", "varje höst"],
            ["Mätare", "Antal praktikplatser", "Antal besökare på mässan"]],
           caption="Tabell 2. Åtgärder för mål 2"),
    ]


def test_an_action_table_on_its_side_in_a_pdf(tmp_path):
    ex = _pdf(tmp_path, _side_plan())
    goals = {g.id: g.text for g in ex.goals}
    got = {m.text.replace("\n", " "): (goals.get(m.goal), m.responsible, m.partners, m.schedule)
           for m in ex.measures}
    assert got["Eleverna erbjuds läxläsning på lördagar"] == (
        "Alla barn klarar grundskolan med godkända betyg", ["Ungdomsgården"], ["Röda Korset", "Scouterna"], "2026–2028")
    assert got["Företagarföreningen ordnar en jobbmässa"][:2] == (
        "Vuxna nyinflyttade hittar ett arbete inom två år", ["Näringslivsenheten"])
    assert len(ex.measures) == 5
    by_text = {m.id: m.text.replace("\n", " ") for m in ex.measures}
    inds = {i.text.replace("\n", " "): by_text.get(i.measure) for i in ex.indicators}
    assert inds == {"Antal elever med stöd": "Skolan anställer en lärare i svenska som andraspråk",
                    "Antal föräldrar på skolkvällarna": "Föräldrarna bjuds in till skolkvällar med tolk",
                    "Antal praktikplatser": "Kommunen tar emot praktikanter i alla sina enheter",
                    "Antal besökare på mässan": "Företagarföreningen ordnar en jobbmässa"}


@pytest.mark.parametrize("style", ["cards", "numbered", "keyvalue"])
def test_an_action_table_on_its_side_printed_as_records(tmp_path, style):
    # one record per field, one line per action ('Åtgärd 1: X', 'Fält: Ansvarig'), a print
    # taking one action for the record's title or labelling it 'Åtgärd:': the table again
    ex = _pdf(tmp_path, _side_plan(), style)
    goals = {g.id: g.text for g in ex.goals}
    got = {m.text.replace("\n", " "): (goals.get(m.goal), m.responsible, m.partners, m.schedule)
           for m in ex.measures}
    assert got["Eleverna erbjuds läxläsning på lördagar"] == (
        "Alla barn klarar grundskolan med godkända betyg", ["Ungdomsgården"], ["Röda Korset", "Scouterna"], "2026–2028")
    assert got["Föräldrarna bjuds in till skolkvällar med tolk"][:2] == (
        "Alla barn klarar grundskolan med godkända betyg", ["Rektorn i Norrby skola"])
    assert got["Företagarföreningen ordnar en jobbmässa"][:2] == (
        "Vuxna nyinflyttade hittar ett arbete inom två år", ["Näringslivsenheten"])
    assert len(ex.measures) == 5
    assert len(ex.indicators) == 4 and all(i.measure for i in ex.indicators)


def test_side_records_gate():
    def paras(*texts):
        return [Element(kind="para", text=t, page=1) for t in texts]
    rec = paras("Insats 1: Kommunen ordnar kurser", "Insats 2: Biblioteket lånar ut böcker",
                "Rad: Insatsens innehåll Insats 1: Vuxenutbildningen", "Insats 2: Biblioteket",
                "Rad: Ansvarig", "Insats 1: 2026 Insats 2: 2027", "Rad: Tidsplan")
    got = read_side_table_records(rec)
    assert len(got) == 1 and got[0].table.rows == [
        ["Insatsens innehåll", "Ansvarig", "Tidsplan"], ["Kommunen ordnar kurser", "Vuxenutbildningen", "2026"],
        ["Biblioteket lånar ut böcker", "Biblioteket", "2027"]]
    # ordinary cards ('Åtgärd: X / Ansvar: Y / Tidtabell: Z') are no table on its side
    cards = paras("Åtgärd: Kommunen ordnar kurser", "Ansvar: Vuxenutbildningen", "Tidtabell: 2026",
                  "Åtgärd: Biblioteket lånar ut böcker", "Ansvar: Biblioteket", "Tidtabell: 2027")
    assert read_side_table_records(cards) == cards
    # nor records whose row key holds no role labels
    other = paras("Åtgärd 1: a", "Åtgärd 2: b", "Fält: Våren", "Åtgärd 1: c", "Åtgärd 2: d", "Fält: Hösten",
                  "Åtgärd 1: e", "Åtgärd 2: f", "Fält: Vintern")
    assert read_side_table_records(other) == other


# ---- key figures the programme itself follows, in the active voice -------------------------------

def test_key_figures_followed_in_the_active_voice():
    what, items = followed_up_by("Därutöver följer kommunen på kommunnivå tre nyckeltal: andelen nöjda "
                                 "kunder, antalet tolkade samtal och sysselsättningsgraden bland unga vuxna.")
    assert items == ["andelen nöjda kunder", "antalet tolkade samtal", "sysselsättningsgraden bland unga vuxna"]
    assert followed_up_by("På regionnivå följer vi dessutom utbildningsnivån bland nyinflyttade.")[1] == [
        "utbildningsnivån bland nyinflyttade"]
    assert followed_up_by("Staden följer också andelen elever som fortsätter till gymnasiet.")[1] == [
        "andelen elever som fortsätter till gymnasiet"]
    assert followed_up_by("Därtill följer staden upp antalet besök vid servicepunkten.")[1] == [
        "antalet besök vid servicepunkten"]
    # following a law, a principle or a plan names no figure
    assert followed_up_by("Kommunen följer lagen om integration och sin egen strategi.") is None
    assert followed_up_by("Utöver detta följer staden principerna i stadsstrategin: öppenhet och jämlikhet.") is None
    assert followed_up_by("I arbetet följer vi välfärdsområdets plan.") is None


def test_programme_key_figures_in_the_follow_up_chapter_are_of_no_goal():
    ex = _classify([
        _h("2 Mål och åtgärder", 2),
        _p("Målsättning: Alla nyinflyttade vuxna lär sig svenska under de första två åren."),
        _b("Kommunen ordnar kvällskurser i svenska. Ansvar: Medborgarinstitutet. Tidtabell: 2026."),
        _h("3 Uppföljning", 2),
        _p("Arbetsgruppen rapporterar varje år till nämnden. Därtill följer kommunen på programnivå två "
           "nyckeltal: andelen nyinflyttade i arbete och antalet nya svenska medborgare."),
    ])
    inds = {i.text: (i.measure, i.goal) for i in ex.indicators}
    assert inds == {"andelen nyinflyttade i arbete": (None, None), "antalet nya svenska medborgare": (None, None)}
