"""Ninety-second blind set (blind547, blind552) conventions, on made-up text: a label-value
card of one field among cards printed as label-value tables (a one-row table the page reads
as the label's bold line over a paragraph); a goal field printed after the other fields of
the card it belongs to (cards that put the action first, the goal column last); a meter line
under the second of two numbered actions, among actions that each print their own meter."""

from __future__ import annotations

from classifiers import classify
from classifiers.elements import Element
from classifiers.records import fold_records
from extractors.model import Table
from tests.classifiers.placed_lines import LinePage


def _intro(p: LinePage) -> None:
    p.line("Integrationsprogram för Exempelby 2025–2028", size=18, bold=True)
    p.line("Programmet beskriver hur kommunen arbetar med integration under perioden.", before=8)


# --- a one-row label-value card among label-value tables ------------------------------------------

def _kv(rows: list[list[str]], page: int = 1) -> Element:
    return Element("table", "", page, table=Table(rows=rows, header_rows=0), pages=[page] * len(rows))


def test_a_one_field_card_read_as_label_line_and_paragraph_is_a_card_of_the_run():
    els = [Element("heading", "Mål 2: Fler nyinflyttade hittar en hobby", 1, level=3),
           _kv([["Åtgärder", "Prova på-dagar i idrottshallen"], ["Mätare", "Antal deltagare"],
                ["Åtgärder", "Hobbymässa på våren"], ["Mätare", "Antal utställare"]]),
           Element("heading", "Åtgärder", 1, level=7),
           Element("para", "Utlåning av skridskor och skidor på biblioteket", 1),
           _kv([["Åtgärder", "Simskola för vuxna"], ["Mätare", "Antal simmare"]]),
           Element("para", "Programmet följs upp en gång per år.", 1)]
    folded = fold_records(els)
    assert [e.kind for e in folded] == ["heading", "table", "para"]
    rows = folded[1].table.rows
    col, meter = rows[0].index("Åtgärder"), rows[0].index("Mätare")
    assert [(r[col], r[meter]) for r in rows[1:]] == [
        ("Prova på-dagar i idrottshallen", "Antal deltagare"), ("Hobbymässa på våren", "Antal utställare"),
        ("Utlåning av skridskor och skidor på biblioteket", ""), ("Simskola för vuxna", "Antal simmare")]


def test_a_label_line_the_cards_do_not_use_is_no_card():
    # 'Bakgrund' is no field of the cards: the heading and its paragraph stay text after them
    els = [Element("heading", "Mål 2: Fler nyinflyttade hittar en hobby", 1, level=3),
           _kv([["Åtgärder", "Prova på-dagar i idrottshallen"], ["Mätare", "Antal deltagare"]]),
           Element("heading", "Bakgrund", 1, level=7),
           Element("para", "Föreningarna har länge efterlyst fler medlemmar.", 1)]
    folded = fold_records(els)
    assert [e.kind for e in folded] == ["heading", "table", "heading", "para"]
    assert len(folded[1].table.rows) == 2



def test_a_label_line_over_a_value_opening_in_lower_case_is_no_card_of_its_own():
    # the rest of an action a page break cut off its card ('Åtgärder' over 'och på
    # biblioteket …'): it goes on the field above, not into a card of its own
    els = [Element("heading", "Mål 2: Fler nyinflyttade hittar en hobby", 1, level=3),
           _kv([["Åtgärder", "Prova på-dagar i idrottshallen"], ["Mätare", "Antal deltagare"],
                ["Åtgärder", "Utlåning av skridskor och skidor i idrottshallen"]]),
           Element("heading", "Åtgärder", 2, level=7),
           Element("para", "och på biblioteket under hela vintern", 2),
           _kv([["Åtgärder", "Simskola för vuxna"], ["Mätare", "Antal simmare"]], page=2)]
    folded = fold_records(els)
    cells = [c for e in folded if e.kind == "table" for r in e.table.rows for c in r]
    assert "och på biblioteket under hela vintern" not in cells
    assert [e.text for e in folded if e.kind == "para"] == ["och på biblioteket under hela vintern"]

# --- a goal field printed after its card's other fields --------------------------------------------

def _goal_last_cards(p: LinePage) -> None:
    p.line("5 Åtgärder", size=13, bold=True, before=10)
    p.line("Tabell 4. Åtgärder 2025–2028", size=11, bold=True, before=8)
    cards = [("Läxhjälp i biblioteket två kvällar i veckan", "Biblioteket", "1",
              "Skola: Alla elever klarar grundskolan"),
             ("Sommarskola i svenska för nyanlända elever", "Bildningssektorn", "2", None),
             ("Praktikplatser i stadens egna enheter", "Personalenheten", "3",
              "Arbete: Fler nyinflyttade får ett arbete"),
             ("Mentorer från företagarföreningen", "Näringslivsenheten", "4", None)]
    for action, doer, nr, goal in cards:
        p.line(f"Åtgärd: {action}", before=3)
        p.line(f"Ansvar: {doer}", before=3)
        p.line(f"Nr: {nr}", before=3)
        if goal:
            p.line(f"Område och mål: {goal}", before=3)


def test_a_goal_field_after_the_first_cards_fields_is_that_cards_goal():
    p = LinePage()
    _intro(p)
    _goal_last_cards(p)
    px = classify(p.doc())
    goals = {g.id: g.text for g in px.goals}
    assert [(m.text, goals.get(m.goal, "")) for m in px.measures] == [
        ("Läxhjälp i biblioteket två kvällar i veckan", "Alla elever klarar grundskolan"),
        ("Sommarskola i svenska för nyanlända elever", "Alla elever klarar grundskolan"),
        ("Praktikplatser i stadens egna enheter", "Fler nyinflyttade får ett arbete"),
        ("Mentorer från företagarföreningen", "Fler nyinflyttade får ett arbete")]


def test_a_goal_field_opening_the_cards_still_heads_the_cards_under_it():
    # the run opens with its goal: each goal field stands over the cards that follow it
    p = LinePage()
    _intro(p)
    p.line("5 Åtgärder", size=13, bold=True, before=10)
    p.line("Mål: Alla elever klarar grundskolan", before=3)
    p.line("Åtgärd: Läxhjälp i biblioteket två kvällar i veckan", before=3)
    p.line("Ansvar: Biblioteket", before=3)
    p.line("Mål: Fler nyinflyttade får ett arbete", before=3)
    p.line("Åtgärd: Praktikplatser i stadens egna enheter", before=3)
    p.line("Ansvar: Personalenheten", before=3)
    px = classify(p.doc())
    goals = {g.id: g.text for g in px.goals}
    assert [(m.text, goals.get(m.goal, "")) for m in px.measures] == [
        ("Läxhjälp i biblioteket två kvällar i veckan", "Alla elever klarar grundskolan"),
        ("Praktikplatser i stadens egna enheter", "Fler nyinflyttade får ett arbete")]


# --- a meter line under the second of two numbered actions ----------------------------------------

def test_a_meter_under_two_numbered_actions_is_the_last_ones_where_actions_print_their_own():
    p = LinePage()
    _intro(p)
    p.line("Mål 3. Fler nyinflyttade deltar i föreningslivet", size=11, bold=True, before=10)
    p.line("3.1 Föreningsmässa varje höst i idrottshallen", before=6)
    p.line("Mätare: Antal besökare på mässan", before=1.5)
    p.line("3.2 Föreningarna bjuds in till språkkaféet", before=6)
    p.line("3.3 Fritidssedel för barn i familjer med låga inkomster", before=6)
    p.line("Mätare: Antal beviljade fritidssedlar", before=1.5)
    p.line("3.4 Kurs i föreningskunskap för nya medlemmar", before=6)
    p.line("Mätare: Antal kursdeltagare", before=1.5)
    px = classify(p.doc())
    texts = {m.id: m.text for m in px.measures}
    assert len(px.measures) == 4
    assert {i.text: texts.get(i.measure) for i in px.indicators} == {
        "Antal besökare på mässan": "3.1 Föreningsmässa varje höst i idrottshallen",
        "Antal beviljade fritidssedlar": "3.3 Fritidssedel för barn i familjer med låga inkomster",
        "Antal kursdeltagare": "3.4 Kurs i föreningskunskap för nya medlemmar"}
