"""Fifty-ninth blind set, reader a (blind351, blind354) conventions, on made-up text: a short
plan in the first person ('Vi vill att <goal>.' over '• Vi <verb> …' items), each action's
doer on a second-level dash item of its own under it ('– X tillsammans med Y'), a time phrase
closing the action's line; a follow-up table keyed by its area first ('Område | Mätare')."""

from blocks_doc import bullets as _b, classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers.dash_doers import doer_line
from classifiers.dash_field_lines import dash_fields_as_paragraphs
from classifiers.elements import Element


# --- the doer on a second-level dash item of its own --------------------------------------

def test_a_dash_line_naming_who_does_the_item():
    assert doer_line("– fritidsbyrån") == "fritidsbyrån"
    assert doer_line("• – Exby bibliotek, tillsammans med Folkhälsan") == "Exby bibliotek, tillsammans med Folkhälsan"
    assert doer_line("– rektorn i samarbete med föräldraföreningen") == "rektorn i samarbete med föräldraföreningen"
    # a sub-point or a time on the dash line names nobody
    assert doer_line("– för kvinnor och män") is None
    assert doer_line("– varje vecka") is None
    assert doer_line("– 2026") is None
    # the doer's time after a comma, as a who field gives it
    assert doer_line("– biblioteket, hösten 2025") == "biblioteket, hösten 2025"
    assert doer_line("– skola 2, 2025") is None


def test_the_doer_line_and_the_closing_time_are_the_items_fields():
    els = [Element("bullet", "• Vi ordnar en sommarfest i parken varje juni", 1),
           Element("bullet", "• – fritidsbyrån tillsammans med Exby scoutkår", 1),
           Element("bullet", "• Vi startar en läxhjälp (2026)", 1),
           Element("bullet", "• – biblioteket", 1)]
    out = dash_fields_as_paragraphs(els)
    assert [e.text for e in out] == ["• Vi ordnar en sommarfest i parken", "• Vi startar en läxhjälp (2026)"]
    assert out[0].fields == [("responsible", "–", "fritidsbyrån tillsammans med Exby scoutkår"),
                             ("schedule", "–", "varje juni")]
    assert out[1].fields == [("responsible", "–", "biblioteket")]


def test_a_doer_line_giving_its_time_too():
    r = _classify([
        _h("Så gör vi", 1),
        _p("Vi vill att alla nya invånare hittar till biblioteket."),
        _b("Vi ordnar bokcirklar på lätt svenska", "– biblioteket tillsammans med Exby MI, hösten 2025",
           "Vi visar biblioteket för nya invånare", "– biblioteket, 2026"),
    ])
    got = {m.text: (m.responsible, m.partners, m.schedule) for m in r.measures}
    assert got == {"Vi ordnar bokcirklar på lätt svenska": (["biblioteket"], ["Exby MI"], "hösten 2025"),
                   "Vi visar biblioteket för nya invånare": (["biblioteket"], [], "2026")}


def test_a_run_of_dash_names_stays_a_list():
    # several bodies listed under an item are no one doer line
    els = [Element("bullet", "• I arbetsgruppen ingår", 1), Element("bullet", "– biblioteket", 1),
           Element("bullet", "– skolan", 1)]
    assert [e.text for e in dash_fields_as_paragraphs(els)] == [e.text for e in els]


def _first_person_plan(table_cols=("Område", "Mätare")):
    return _classify([
        _h("Exby kommun", 1),
        _p("Det här gör vi redan i dag och fortsätter med:"),
        _b("välkomstbrev till alla nya invånare", "tolk vid behov"),
        _h("Så gör vi", 1),
        _h("Fritid", 2),
        _p("Vi vill att alla barn har en hobby."),
        _b("Vi ordnar en sommarfest i parken varje juni", "– fritidsbyrån tillsammans med Exby scoutkår",
           "Vi delar ut ett hobbykort till alla nya familjer (2026)", "– fritidsbyrån"),
        _h("Bibliotek", 2),
        _p("Vi vill att biblioteket är en mötesplats för alla."),
        _b("Vi startar en läxhjälp på biblioteket två gånger per vecka", "– biblioteket, tillsammans med Röda Korset",
           "Vi köper in böcker på arabiska och dari", "– biblioteket"),
        _h("Uppföljning", 1),
        {"type": "table", "caption": "", "columns": list(table_cols),
         "rows": [r if table_cols[0] == "Område" else r[::-1]
                  for r in (["Fritid", "antal barn med hobbykort"], ["Bibliotek", "antal besök i läxhjälpen"])]},
    ])


def test_first_person_actions_with_their_doer_lines():
    r = _first_person_plan()
    by_text = {m.text: m for m in r.measures}
    assert sorted(by_text) == ["Vi delar ut ett hobbykort till alla nya familjer", "Vi köper in böcker på arabiska och dari",
                               "Vi ordnar en sommarfest i parken", "Vi startar en läxhjälp på biblioteket"]
    fest = by_text["Vi ordnar en sommarfest i parken"]
    assert (fest.responsible, fest.partners, fest.schedule) == (["fritidsbyrån"], ["Exby scoutkår"], "varje juni")
    help_ = by_text["Vi startar en läxhjälp på biblioteket"]
    assert (help_.responsible, help_.partners, help_.schedule) == (["biblioteket"], ["Röda Korset"], "två gånger per vecka")
    assert by_text["Vi delar ut ett hobbykort till alla nya familjer"].schedule == "2026"
    goals = {g.id: g.text for g in r.goals}
    assert goals[fest.goal].startswith("Vi vill att alla barn")


def test_a_follow_up_table_keyed_by_area_first_follows_the_goals_up():
    # 'Område | Mätare': the area keys the rows, each meter its goal's, no one action's
    r = _first_person_plan()
    assert {i.text: i.measure for i in r.indicators} == {"antal barn med hobbykort": None,
                                                         "antal besök i läxhjälpen": None}
    goal_of = {g.id: g.text for g in r.goals}
    assert {i.text: goal_of[i.goal][:12] for i in r.indicators} == {
        "antal barn med hobbykort": "Vi vill att ", "antal besök i läxhjälpen": "Vi vill att "}
    assert len({i.goal for i in r.indicators}) == 2


def test_a_meter_first_area_table_still_names_the_action_it_counts():
    # 'Mätare | Område' (the fifty-third set's 'Det här mäter vi | Område'): a count naming the
    # area's action by its word is that action's, as before
    r = _first_person_plan(("Mätare", "Område"))
    counted = {i.text: i.measure for i in r.indicators}
    by_id = {m.id: m.text for m in r.measures}
    assert by_id.get(counted["antal besök i läxhjälpen"]) == "Vi startar en läxhjälp på biblioteket"


# --- a table row the page end cut in two ----------------------------------------------------

from classifiers.continued_rows import described_on, describes_the_action, fold_continued_records  # noqa: E402
from classifiers.elements import _add_table  # noqa: E402
from extractors.model import Table  # noqa: E402

_HDR = ["Område", "Åtgärd", "Ansvarig", "Samarbete", "Tidtabell"]


def test_a_sentence_taking_up_the_action_describes_it():
    assert described_on("Språkcafé för nya invånare.", "Caféet leds av frivilliga varje tisdag.")
    assert described_on("Läxhjälp i skolorna.", "Den ordnas av frivilliga studerande.")
    # an item numbered on ('4.8 …' glued to the row above) is no sentence about it
    assert not described_on("Läxhjälp i skolorna.", "4.8 Studerandevården ordnar möten.")
    # a cell broken mid-sentence, or a sentence adding a part, goes on in the cell
    assert not described_on("Språkcafé för nya invånare och", "deras familjer varje tisdag.")
    assert not described_on("Språkcafé för nya invånare.", "Information till föräldrarna om caféet.")
    assert not described_on("Språkcafé för nya invånare.", "Kl. 18.")


def test_a_row_cut_by_the_page_end_keeps_the_actions_name():
    out = []
    _add_table(out, Table(rows=[_HDR, ["Fritid", "Sommarläger för nya familjer", "Fritidsbyrån", "–", "2026"],
                                ["Fritid", "Språkcafé för nya invånare.", "Biblioteket", "Röda Korset,", "2025–2027"]],
                          header_rows=1, method="ruling-lines"), 1)
    _add_table(out, Table(rows=[_HDR, ["", "Caféet leds av frivilliga varje tisdag.", "", "Exby församling", ""],
                                ["Skola", "Läxhjälp två gånger per vecka", "Skolorna", "–", "2025"]],
                          header_rows=1, method="ruling-lines"), 2, first_on_page=True)
    rows = out[-1].table.rows
    assert len(rows) == 4
    assert rows[2] == ["Fritid", "Språkcafé för nya invånare.", "Biblioteket", "Röda Korset,\nExby församling",
                       "2025–2027"]



def test_a_meter_cells_next_sentence_on_the_next_page_stays_in_the_cell():
    # only the action's column loses a describing sentence: in a meter column (or a table
    # without a header) the next sentence is an item of its own, kept with the cell
    hdr = ["Område", "Åtgärd", "Samarbete", "Mätare"]
    out = []
    _add_table(out, Table(rows=[hdr, ["Fritid", "Sommarläger för nya familjer", "–", "Antal deltagare."],
                                ["Skola", "Läxhjälp i skolorna.", "Röda Korset,", "Antal elever i läxhjälpen."]],
                          header_rows=1, method="ruling-lines"), 1)
    _add_table(out, Table(rows=[hdr, ["", "", "Exby församling", "Läxhjälpen följs upp av rektorerna varje termin."],
                                ["Arbete", "Jobbmässa varje vår", "–", "Antal besökare."]],
                          header_rows=1, method="ruling-lines"), 2, first_on_page=True)
    rows = out[-1].table.rows
    assert len(rows) == 4
    assert rows[2][3] == "Antal elever i läxhjälpen.\nLäxhjälpen följs upp av rektorerna varje termin."

def _records(rows, page):
    return Element("table", "", page, table=Table(rows=[list(r) for r in rows], header_rows=1, method="label-value"),
                   pages=[page] * len(rows))


def test_a_record_that_only_finishes_the_record_before_the_page_break():
    first = _records([["Åtgärd", "Ansvar", "Område", "Samarbete"],
                      ["Sommarläger för nya familjer", "Fritidsbyrån", "Fritid", "–"],
                      ["Språkcafé för nya invånare.", "Biblioteket", "Fritid", "Röda Korset,"]], 1)
    foot = Element("para", "Exby kommun · Integrationsprogram 2025–2028 · 4", 1)
    second = _records([["Åtgärd", "Samarbete", "Ansvar", "Område"],
                       ["Caféet leds av frivilliga varje tisdag.", "Exby församling", "", ""],
                       ["Läxhjälp två gånger per vecka", "–", "Skolorna", "Skola"]], 1)
    out = fold_continued_records([first, foot, second])
    assert out[0].table.rows[-1] == ["Språkcafé för nya invånare.", "Biblioteket", "Fritid", "Röda Korset,\nExby församling"]
    assert [r[0] for r in out[-1].table.rows] == ["Åtgärd", "Läxhjälp två gånger per vecka"]
    # a record of its own (its doer and area given, nothing going on) stays one
    own = _records([["Åtgärd", "Samarbete", "Ansvar", "Område"],
                    ["Kvällskurs i svenska", "MI", "", ""],
                    ["Läxhjälp två gånger per vecka", "–", "Skolorna", "Skola"]], 2)
    out = fold_continued_records([first, own])
    assert [r[0] for r in out[-1].table.rows] == ["Åtgärd", "Kvällskurs i svenska", "Läxhjälp två gånger per vecka"]


def test_a_numbered_record_print_numbers_the_rest_of_a_record_too():
    first = _records([["Åtgärd", "Ansvarig", "Område", "Samarbete"],
                      ["3.1 Sommarläger för nya familjer", "Fritidsbyrån", "Fritid", "–"],
                      ["3.2 Språkcafé för nya invånare.", "Biblioteket", "Fritid", "Röda Korset,"]], 1)
    second = _records([["Åtgärd", "Samarbete", "Ansvarig", "Område"],
                       ["3.3 Caféet leds av frivilliga varje tisdag.", "Exby församling", "", ""],
                       ["3.4 Läxhjälp två gånger per vecka", "–", "Skolorna", "Skola"]], 2)
    out = fold_continued_records([first, second])
    assert out[0].table.rows[-1][0] == "3.2 Språkcafé för nya invånare."
    assert out[0].table.rows[-1][3] == "Röda Korset,\nExby församling"
    assert [r[0] for r in out[1].table.rows] == ["Åtgärd", "3.4 Läxhjälp två gånger per vecka"]


def test_only_the_actions_field_loses_a_describing_sentence_in_records():
    # the same column-aware check as for a ruled table's pieces: a meter field's next
    # sentence on the next page is a meter of its own, kept in the record's field
    assert describes_the_action("Åtgärd:", "Läxhjälp i skolorna.", "Den ordnas av frivilliga studerande.")
    assert not describes_the_action("Mätare", "Antal elever i läxhjälpen.", "Läxhjälpen följs upp av rektorerna varje termin.")
    first = _records([["Åtgärd", "Ansvar", "Område", "Mätare"],
                      ["Sommarläger för nya familjer", "Fritidsbyrån", "Fritid", "Antal deltagare."],
                      ["Läxhjälp i skolorna.", "Skolorna", "Skola", "Antal elever i läxhjälpen."]], 1)
    second = _records([["Åtgärd", "Mätare", "Ansvar", "Område"],
                       ["Den ordnas av frivilliga studerande.", "Läxhjälpen följs upp av rektorerna varje termin.", "", ""],
                       ["Jobbmässa varje vår", "Antal besökare.", "Näringslivet", "Arbete"]], 2)
    out = fold_continued_records([first, second])
    assert out[0].table.rows[-1] == ["Läxhjälp i skolorna.", "Skolorna", "Skola",
                                     "Antal elever i läxhjälpen.\nLäxhjälpen följs upp av rektorerna varje termin."]
    assert [r[0] for r in out[1].table.rows] == ["Åtgärd", "Jobbmässa varje vår"]
