"""Tables printed without a header row: column roles from what the cells say
(classifiers/content_roles.py, builder._content_columns)."""

from classifiers import classify
from classifiers.content_roles import content_roles, document_layouts, fits_layout, is_actor_cell, is_schedule_cell
from classifiers.headers import is_structure_header
from golden.distractors import appendix_blocks, background_blocks

from blocks_doc import blocks_document

# goal (merged: empty = same as above) | measure | schedule | responsible | indicator
ROWS = [
    ["Fler nyanlända i arbete", "Språkstöd på arbetsplatsen för nyanställda med annat modersmål",
     "2025–2026", "Näringslivsenheten i samarbete med företagarföreningen",
     "Antal arbetsplatser som deltar"],
    ["", "Mentorprogram där erfarna yrkespersoner stöder nyanlända", "Fortlöpande",
     "Vuxenutbildningen", "Antalet mentorpar per år"],
    ["Bättre kunskap om samhället", "Samhällsorientering på det egna modersmålet i små grupper",
     "Hösten 2025", "Integrationsenheten, Medborgarinstitutet", "Andel deltagare som fullföljer kursen"],
    ["", "Informationsträffar om kommunens tjänster i bostadsområdena", "Årligen",
     "Kommunikationsavdelningen och bostadsbolaget", "Antal träffar och deltagare"],
]


def _flat(text: str) -> str:
    return " ".join(text.split())


def _doc(blocks, **kw):
    return blocks_document({"slug": "t", "title": "Integrationsprogram för Exempelby 2025–2028",
                            "blocks": blocks}, **kw)


def _headerless(block: dict) -> dict:
    return {**block, "columns": []}


def test_a_table_without_header_is_read_by_its_cells():
    px = classify(_doc([{"type": "heading", "level": 1, "text": "Åtgärder"},
                        {"type": "table", "caption": "Arbete", "columns": [], "rows": ROWS}]))
    assert [_flat(g.text) for g in px.goals] == ["Fler nyanlända i arbete", "Bättre kunskap om samhället"]
    assert [_flat(m.text) for m in px.measures] == [_flat(r[1]) for r in ROWS]
    assert [_flat(i.text) for i in px.indicators] == [_flat(r[4]) for r in ROWS]
    # the empty goal cell is the goal above; each indicator belongs to its row's measure
    goal_of = {g.id: _flat(g.text) for g in px.goals}
    assert [goal_of[m.goal] for m in px.measures] == ["Fler nyanlända i arbete"] * 2 + ["Bättre kunskap om samhället"] * 2
    assert [i.measure for i in px.indicators] == [m.id for m in px.measures]
    assert [m.schedule for m in px.measures] == ["2025–2026", "Fortlöpande", "Hösten 2025", "Årligen"]
    assert px.measures[0].start_year == 2025 and px.measures[0].end_year == 2026
    assert px.measures[1].responsible == ["Vuxenutbildningen"]
    assert "Näringslivsenheten" in px.measures[0].responsible
    assert "Integrationsenheten" in px.measures[2].responsible


def test_columns_in_another_order_are_found_by_content():
    # measure | indicator | responsible | schedule, no goal column
    rows = [[r[1], r[4], r[3], r[2]] for r in ROWS]
    assert content_roles(rows) == {0: "measure", 1: "indicator", 2: "responsible", 3: "schedule"}


def test_a_headerless_table_continued_over_pages_keeps_every_row():
    rows = [[f"Trygg vardag i område {k // 3 + 1}" if k % 3 == 0 else "",
             f"Kurser och träffar ordnas för nyanlända i stadsdel {k + 1}",
             "2026", "Fritidsförvaltningen", f"Antal deltagare i stadsdel {k + 1}"] for k in range(60)]
    doc = _doc([{"type": "heading", "level": 1, "text": "Åtgärder"},
                {"type": "table", "caption": "", "columns": [], "rows": rows}])
    assert len(doc.pages) >= 2  # the table runs over a page break with no header on either page
    px = classify(doc)
    assert [_flat(m.text) for m in px.measures] == [_flat(r[1]) for r in rows]
    assert len(px.goals) == 20 and len(px.indicators) == 60


def test_headerless_statistics_contacts_and_glossary_tables_give_no_items():
    # what a programme holds besides its measures, every table without its header, next to a
    # headerless measure table of as many columns: only the measure table is read
    blocks = ([_headerless(b) if b.get("type") == "table" else b for b in background_blocks()]
              + [{"type": "heading", "level": 1, "text": "Åtgärder"},
                 {"type": "table", "caption": "Arbete", "columns": [], "rows": ROWS}]
              + [_headerless(b) if b.get("type") == "table" else b for b in appendix_blocks()])
    px = classify(_doc(blocks))
    assert [_flat(m.text) for m in px.measures] == [_flat(r[1]) for r in ROWS]
    assert [_flat(i.text) for i in px.indicators] == [_flat(r[4]) for r in ROWS]
    assert [_flat(g.text) for g in px.goals] == ["Fler nyanlända i arbete", "Bättre kunskap om samhället"]


def test_figure_contact_glossary_and_timeline_tables_are_no_measure_tables():
    tables = {b["caption"] or b["columns"][0]: b["rows"] for b in background_blocks() + appendix_blocks()
              if b.get("type") == "table"}
    assert tables  # statistics, key figures, timeline, budget, glossary, contacts, survey
    for name, rows in tables.items():
        assert content_roles(rows) is None, name
    assert document_layouts(list(tables.values())) == {}


def test_a_content_row_holding_role_words_is_no_header():
    # the first row of a headerless table: its cells mention goals and indicators
    row = ["Man försöker öka den arbetsrelaterade invandringen.",
           "Huvudsakliga målsättningar\n• Jämlika möjligheter till utbildning",
           "10 mätare\nGenomförandegrad för de 28 åtgärderna", "Sektorn för fostran och utbildning"]
    assert not is_structure_header(row)
    assert not is_structure_header(["Deltagande i språkstärkande aktiviteter", "", "", "Antal ordnade aktiviteter"])
    # real headers, also long or asked as questions, still are
    assert is_structure_header(["Mål", "Åtgärd", "Ansvarig aktör för uppföljningen och källa"])
    assert is_structure_header(["Vad ska göras?", "Hur vet vi att vi nått målet?"])


def test_cell_cues():
    assert is_schedule_cell("2023–2026") and is_schedule_cell("Fortlöpande") and is_schedule_cell("Hösten 2025")
    assert not is_schedule_cell("15.2.2022")  # a date to the day is an event
    assert not is_schedule_cell("Kurser ordnas 2024 i samarbete med skolorna")
    assert is_actor_cell("Sektorn för fostran och utbildning")
    assert is_actor_cell("Välfärdsservicen och Ungdomsservicen i samarbete med föreningarna")
    assert is_actor_cell("Föregångarna, JobCenter")
    assert not is_actor_cell("Årliga sammankomster med integrationsfrämjande aktörer")
    assert not is_actor_cell("Synligt kunnande")


def test_a_chronology_is_no_measure_table():
    # how the programme was prepared: dates to the day, events, who did it
    rows = [["15.2.2024", "Arbetsgruppen för integrationsprogrammet tillsattes av styrelsen", "Kommunstyrelsen"],
            ["3.4.2024", "Workshoppar med föreningar och invånare i tre bostadsområden", "Integrationsenheten"],
            ["hösten 2024", "Utlåtanden om utkastet begärdes från nämnderna", "Kansliet"],
            ["11.12.2024", "Programmet godkändes av fullmäktige efter remissrundan", "Fullmäktige"]]
    plan = [[r[1], r[2], r[3]] for r in ROWS]  # measure | schedule | responsible, as many columns
    layouts = document_layouts([rows, plan])
    assert layouts == {3: {0: "measure", 1: "schedule", 2: "responsible"}}
    px = classify(_doc([{"type": "heading", "level": 1, "text": "Beredning"},
                        {"type": "table", "caption": "", "columns": [], "rows": rows},
                        {"type": "heading", "level": 1, "text": "Åtgärder"},
                        {"type": "table", "caption": "", "columns": [], "rows": plan}]))
    assert [_flat(m.text) for m in px.measures] == [_flat(r[1]) for r in ROWS]


# indicator | who follows it up and from what source, no column of actions
INDICATOR_ROWS = [
    ["Index för skillnader mellan områden", "Stadskansliets enhet för statistik, Källa: Statistikcentralen"],
    ["Trångboddhet per kommun och modersmål", "Stadskansliets enhet för statistik, Källa: Statistikcentralen"],
    ["Andel unga utanför utbildning och arbete", "Sektorn för fostran och utbildning"],
    ["Arbetslöshetsprocent bland personer med utländsk bakgrund", "Näringslivsenheten"],
]
GLOSSARY_ROWS = [
    ["Person med utländsk bakgrund", "En person vars båda föräldrar är födda utomlands."],
    ["Invandrare", "En person med utländsk bakgrund som är född utomlands."],
    ["Andra generationens invandrare", "En person med utländsk bakgrund som är född i Finland."],
    ["Integration", "Växelverkan mellan invandrare och samhället."],
]


def test_a_table_of_indicators_with_their_responsible_is_read():
    # no column of actions: the column that counts or measures is the indicators, the one
    # naming organisations the responsible (before: no measure column, no roles)
    assert content_roles(INDICATOR_ROWS) == {0: "indicator", 1: "responsible"}
    assert content_roles(GLOSSARY_ROWS) is None


def test_a_glossary_of_as_many_columns_does_not_hide_the_indicator_table():
    # pooled with a glossary of two columns, the indicator column no longer reads as one;
    # the tables that read clearly by themselves give the layout (before: none), and the
    # glossary does not fit it (its terms count nothing)
    layouts = document_layouts([GLOSSARY_ROWS, INDICATOR_ROWS])
    assert layouts == {2: {0: "indicator", 1: "responsible"}}
    assert fits_layout(INDICATOR_ROWS, layouts[2])
    assert not fits_layout(GLOSSARY_ROWS, layouts[2])


def test_headerless_indicator_table_beside_a_glossary_gives_indicators():
    px = classify(_doc([{"type": "heading", "level": 1, "text": "Uppföljning"},
                        {"type": "table", "caption": None, "columns": [], "rows": INDICATOR_ROWS},
                        {"type": "heading", "level": 1, "text": "Begrepp"},
                        {"type": "table", "caption": None, "columns": [], "rows": GLOSSARY_ROWS}]))
    got = {_flat(i.text) for i in px.indicators}
    assert got == {_flat(r[0]) for r in INDICATOR_ROWS}
