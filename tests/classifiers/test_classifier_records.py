"""Programs without goal/measure tables: label–value cards, numbered actions with their
fields under them, two-column label–value tables (classifiers/records.py), and the line
reading they need (elements.py)."""

from __future__ import annotations

from classifiers import classify
from classifiers.records import fields
from classifiers.text import normalize_for_match
from extractors.model import BBox, Table
from tests.classifiers.placed_lines import LinePage


def _intro(p: LinePage) -> None:
    p.line("Integrationsprogram för Exempelby 2024–2027", size=18, bold=True)
    p.line("Programmet beskriver hur kommunen arbetar med integration under perioden.", before=8)
    p.line("Arbete och boende", size=13, bold=True, before=10)


def test_cards_of_label_value_lines_become_measures_with_actors_and_indicators():
    p = LinePage()
    _intro(p)
    p.line("Mål 1: Tryggt boende för nyinflyttade.", size=10.5, bold=True, before=9)
    p.line("Åtgärd: Bostadsrådgivning för nyinflyttade familjer", before=3)
    p.line("Ansvar: Fastighetssektorn i samarbete med Röda Korset", before=3)
    p.line("Tidtabell: 2024–2025", before=3)
    p.line("Indikator: Antal rådgivningar per år", before=3)
    p.line("Åtgärd: Guide för boende på flera språk", before=3)
    p.line("Ansvar: Boenderådgivarna", before=3)
    p.line("Indikator:", bold=True, before=3)
    p.line("• Guiden har tagits i bruk", x=72)
    p.line("• Antal språk", x=72)
    px = classify(p.doc())
    assert [g.text for g in px.goals] == ["Mål 1: Tryggt boende för nyinflyttade."]
    m1, m2 = px.measures
    assert m1.text == "Bostadsrådgivning för nyinflyttade familjer"
    assert (m1.responsible, m1.partners, m1.schedule) == (["Fastighetssektorn"], ["Röda Korset"], "2024–2025")
    assert m2.text == "Guide för boende på flera språk" and m2.responsible == ["Boenderådgivarna"]
    assert m1.goal == m2.goal == px.goals[0].id
    by_measure = {i.text: i.measure for i in px.indicators}
    assert by_measure == {"Antal rådgivningar per år": m1.id, "Guiden har tagits i bruk": m2.id,
                          "Antal språk": m2.id}


def test_a_card_with_goal_field_and_fields_of_other_kinds():
    p = LinePage()
    _intro(p)
    p.line("Mål: Alla barn deltar i en hobby", before=6)
    p.line("Målgrupp: Barn och unga i åldern 7–17 år", before=3)
    p.line("Åtgärd: Hobbyguide på flera språk", before=3)
    p.line("Resurser:", bold=True, before=3)
    p.line("• Inom ramen för budgeten", x=72)
    p.line("Ansvarig: Fritidssektorn", before=3)
    p.line("Mätare: Antal barn som börjat en hobby", before=3)
    p.line("Mål: Fler mötesplatser", before=6)
    p.line("Åtgärd: Öppna kvällar på ungdomsgården", before=3)
    p.line("Ansvarig: Ungdomstjänsterna", before=3)
    px = classify(p.doc())
    assert [g.text for g in px.goals] == ["Alla barn deltar i en hobby", "Fler mötesplatser"]
    m1, m2 = px.measures
    assert (m1.text, m1.responsible, m1.goal) == ("Hobbyguide på flera språk", ["Fritidssektorn"], px.goals[0].id)
    assert (m2.text, m2.responsible, m2.goal) == ("Öppna kvällar på ungdomsgården", ["Ungdomstjänsterna"],
                                                  px.goals[1].id)
    assert [(i.text, i.measure) for i in px.indicators] == [("Antal barn som börjat en hobby", m1.id)]


def test_numbered_actions_share_the_fields_printed_under_them():
    p = LinePage()
    _intro(p)
    p.line("Mål 2. Fler i arbete", size=11, bold=True, before=10)
    p.line("2.1 Språkkurser på arbetsplatsen för nyanställda", before=6)
    p.line("2.2 Mentorprogram för unga vuxna", before=1.5)
    p.line("Ansvarig: Sysselsättningstjänsterna. Tidtabell: 2025.", x=78, before=1.5)
    p.line("Mätare:", x=78, bold=True, before=3)
    p.line("• Antal deltagare i språkkurserna", x=90)
    p.line("• Antal mentorer i programmet", x=90)
    p.line("Programmet följs upp av nämnden varje år i samband med bokslutet.", before=8)
    px = classify(p.doc())
    assert [m.text for m in px.measures] == ["2.1 Språkkurser på arbetsplatsen för nyanställda",
                                             "2.2 Mentorprogram för unga vuxna"]
    assert all(m.responsible == ["Sysselsättningstjänsterna"] and m.schedule == "2025" for m in px.measures)
    assert all(m.goal == px.goals[0].id for m in px.measures)
    # two indicators for two actions: one each, in order
    assert [(i.text, i.measure) for i in px.indicators] == [
        ("Antal deltagare i språkkurserna", px.measures[0].id),
        ("Antal mentorer i programmet", px.measures[1].id)]
    # the closing paragraph is prose, not a goal of 'Mål 2.'
    assert len(px.goals) == 1


def test_label_value_table_is_a_record():
    p = LinePage()
    _intro(p)
    p.line("Mål 3: Läsglädje för alla barn", size=10.5, bold=True, before=9)
    p.items.append(Table(rows=[["Åtgärder", "Läxhjälp på biblioteket"], ["Ansvarig aktör", "Biblioteket"],
                               ["Tidsplan", "Fortlöpande"], ["Mätare", "Antal besök per vecka"]],
                         header_rows=0, bbox=BBox(x0=60, y0=p.y + 4, x1=530, y1=p.y + 80)))
    px = classify(p.doc())
    (m,) = px.measures
    assert (m.text, m.responsible, m.schedule) == ("Läxhjälp på biblioteket", ["Biblioteket"], "Fortlöpande")
    assert [(i.text, i.measure) for i in px.indicators] == [("Antal besök per vecka", m.id)]
    assert m.goal == px.goals[0].id


def test_a_lone_field_in_running_text_stays_prose():
    p = LinePage()
    _intro(p)
    p.line("Uppföljning: nämnden får en rapport om programmet varje år.", before=6)
    p.line("Ansvar: alla sektorer deltar i arbetet med integration.", before=6)
    px = classify(p.doc())
    assert px.measures == [] and px.indicators == []


def test_fields_of_a_line():
    assert fields("Ansvarig: Bildningssektorn. Tidtabell: 2025.") == [
        ("responsible", "Ansvarig", "Bildningssektorn"), ("schedule", "Tidtabell", "2025")]
    assert fields("Ansvarspart och partner: Staden i samarbete med föreningarna") == [
        ("actors", "Ansvarspart och partner", "Staden i samarbete med föreningarna")]
    # a colon after an ordinary word is not a field
    assert fields("CV-klinik: info för grupper") is None
    assert fields("Kommunen: ansvarar för samordningen") is None


def test_paragraph_after_a_list_is_not_the_last_bullet():
    p = LinePage()
    _intro(p)
    p.line("Programmets tyngdpunkter är:", before=6)
    p.line("• Arbete och utbildning", x=65, before=3)
    p.line("• Boende i alla stadsdelar", x=65, before=2)
    p.line("I programmet föreslås nya sätt att stödja sysselsättningen bland nyinflyttade.", before=2)
    from classifiers.elements import document_elements

    els = [(e.kind, e.text) for e in document_elements(p.doc())]
    assert els[-2:] == [("bullet", "• Boende i alla stadsdelar"),
                        ("para", "I programmet föreslås nya sätt att stödja sysselsättningen bland nyinflyttade.")]


def test_goal_label_is_numbering_when_texts_are_compared():
    assert normalize_for_match("Mål 1: Stärka delaktigheten") == normalize_for_match("Stärka delaktigheten")
    assert normalize_for_match("Tyngdpunkt 2 – Boende") == "boende"
    assert normalize_for_match("Målet är att alla ska ha ett hem") != normalize_for_match("alla ska ha ett hem")



def test_a_lone_label_value_card_after_cards_of_the_same_fields_is_a_card():
    # a page break leaves the last card alone in its table: its fields of other kinds
    # ('Nr', 'Status', 'Kontakt') outnumber its measure and responsible, as a glossary's
    # terms would, but the cards just above carried the same fields (before: the lone card
    # was no record and its labels were read as a table of their own)
    from classifiers.elements import Element
    from classifiers.records import fold_records

    def card(action: str, doer: str, nr: str) -> list[list[str]]:
        return [["Åtgärder", action], ["Ansvarig aktör", doer], ["Nr", nr],
                ["Status", "Pågår"], ["Kontakt", "fritid@exempelby.fi"]]

    def table(rows: list[list[str]], page: int) -> Element:
        return Element("table", "", page, table=Table(rows=rows, header_rows=0), pages=[page] * len(rows))

    els = [Element("heading", "Mål 2: Fler nyinflyttade hittar en hobby", 1, level=3),
           table(card("Prova på-dagar i idrottshallen", "Idrottstjänsterna", "1")
                 + card("Hobbymässa på våren", "Fritidssektorn", "2"), 1),
           table(card("Utlåning av skridskor", "Biblioteket", "3"), 2),
           Element("para", "Programmet följs upp en gång per år.", 2)]
    folded = fold_records(els)
    assert [e.kind for e in folded] == ["heading", "table", "para"]
    rows = folded[1].table.rows
    assert [r[rows[0].index("Åtgärder")] for r in rows[1:]] == [
        "Prova på-dagar i idrottshallen", "Hobbymässa på våren", "Utlåning av skridskor"]


# the two actions the name-beside-action tests below print in three ways, with their doers
_WALK_AND_COOK = [("Promenadgrupper på lätt svenska varje tisdag från biblioteket", ["Biblioteket"]),
                  ("Matlagningskvällar för familjer i skolans hemkunskapsklass", ["Skolan"])]


def test_a_cards_short_action_name_beside_its_action_is_no_action_of_its_own():
    # 'Insats: Walk & Talk' names the action 'Åtgärd: ...' states (a name column of a table
    # printed as cards): one action per card, the sentence
    p = LinePage()
    _intro(p)
    p.line("Mål 4: Fler rör på sig", size=10.5, bold=True, before=9)
    p.line("Insats: Walk & Talk", before=3)
    p.line("Åtgärd: Promenadgrupper på lätt svenska varje tisdag från biblioteket", before=3)
    p.line("Ansvar: Biblioteket", before=3)
    p.line("Start: 2026", before=3)
    p.line("Insats: Matklubb", before=3)
    p.line("Åtgärd: Matlagningskvällar för familjer i skolans hemkunskapsklass", before=3)
    p.line("Ansvar: Skolan", before=3)
    p.line("Start: 2027", before=3)
    px = classify(p.doc())
    assert [(m.text, m.responsible) for m in px.measures] == _WALK_AND_COOK


def test_a_numbered_actions_name_in_its_field_line_is_no_action_of_its_own():
    p = LinePage()
    _intro(p)
    p.line("Mål 5. Fler rör på sig", size=11, bold=True, before=10)
    p.line("5.1 Promenadgrupper på lätt svenska varje tisdag från biblioteket", before=6)
    p.line("Insats: Walk & Talk. Ansvarig: Biblioteket. Start: 2026.", x=78, before=1.5)
    p.line("5.2 Matlagningskvällar för familjer i skolans hemkunskapsklass", before=6)
    p.line("Insats: Matklubb. Ansvarig: Skolan. Start: 2027.", x=78, before=1.5)
    px = classify(p.doc())
    assert [(m.text, m.responsible) for m in px.measures] == [
        ("5.1 Promenadgrupper på lätt svenska varje tisdag från biblioteket", ["Biblioteket"]),
        ("5.2 Matlagningskvällar för familjer i skolans hemkunskapsklass", ["Skolan"])]


def test_label_value_tables_with_a_name_row_and_an_action_row_are_one_action_each():
    p = LinePage()
    _intro(p)
    p.line("Mål 6: Fler rör på sig", size=10.5, bold=True, before=9)
    y = p.y + 4
    for name, action, who in (("Walk & Talk", "Promenadgrupper på lätt svenska varje tisdag från biblioteket", "Biblioteket"),
                              ("Matklubb", "Matlagningskvällar för familjer i skolans hemkunskapsklass", "Skolan")):
        p.items.append(Table(rows=[["Insats", name], ["Åtgärder", action], ["Ansvarig aktör", who]],
                             header_rows=0, bbox=BBox(x0=60, y0=y, x1=530, y1=y + 50)))
        y += 60
    p.y = y
    px = classify(p.doc())
    assert [(m.text, m.responsible) for m in px.measures] == _WALK_AND_COOK
