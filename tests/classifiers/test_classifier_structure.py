"""The classifier on small constructed documents: one mechanism per test."""

from classifiers import classify
from classifiers.cells import split_goal_cell, split_indicator_cell, split_marked_items
from extractors.model import BBox, Line, Table
from normalizers.model import NormalizedDocument, NormalizedPage

from blocks_doc import blocks_document


def _doc(blocks, title="Integrationsprogram för Exempelby stad 2024–2027", **kw):
    return blocks_document({"slug": "t", "title": title, "blocks": blocks}, **kw)


HDR = ["Mål", "Åtgärd", "Tidtabell", "Ansvarspart och partner", "Mätare"]


def test_same_as_above_for_goal_schedule_and_actors():
    rows = [
        ["Bättre boende", "Guide för boende", "2024", "Fastighetssektorn i samarbete med Alma", "Guiden finns"],
        ["", "Boenderådgivning på flera språk", "", "", ""],
        ["Fler bostäder", "Nybyggande av hyresbostäder", "Fortlöpande", "Stadsmiljösektorn", ""],
    ]
    px = classify(_doc([{"type": "table", "caption": "Boende", "columns": HDR, "rows": rows}]))
    g = {" ".join(x.text.split()): x.id for x in px.goals}
    m = {" ".join(x.text.split()): x for x in px.measures}
    assert set(g) == {"Bättre boende", "Fler bostäder"}
    second = m["Boenderådgivning på flera språk"]
    assert second.goal == g["Bättre boende"]
    assert (second.schedule, second.start_year, second.end_year) == ("2024", 2024, 2024)
    assert second.responsible == ["Fastighetssektorn"] and second.partners == ["Alma"]
    third = m["Nybyggande av hyresbostäder"]
    assert third.schedule == "Fortlöpande" and third.start_year is None
    assert third.responsible == ["Stadsmiljösektorn"] and third.partners == []
    assert [i.measure for i in px.indicators] == [m["Guide för boende"].id]
    assert all(x.theme == "Boende" for x in px.measures)
    assert m["Nybyggande av hyresbostäder"].theme_code == "housing"


def test_bullets_in_a_measure_cell_are_measures_and_goal_lines_are_goals():
    rows = [[
        "Fler i arbete.\nFöretagande stöds.",
        "• Rekryteringsmässor varje år\n• Anonym rekrytering i staden\n• CV-klinik för grupper",
        "Antal mässor.\nAntal anonyma rekryteringar.\nAntal besökare.",
        "HR-enheten",
    ]]
    px = classify(_doc([{"type": "table", "caption": None, "columns": ["Målsättningar", "Åtgärd", "Indikator", "Ansvar"], "rows": rows}]))
    assert [x.text for x in px.goals] == ["Fler i arbete.", "Företagande stöds."]
    assert [x.text for x in px.measures] == ["Rekryteringsmässor varje år", "Anonym rekrytering i staden", "CV-klinik för grupper"]
    assert all(x.goals == [px.goals[0].id, px.goals[1].id] for x in px.measures)
    assert [i.measure for i in px.indicators] == [x.id for x in px.measures]  # one each, in order


def test_a_short_first_line_wrapped_into_the_cells_one_goal_is_no_label():
    # the goal's first word ('Vasa') would not have fitted on the short line in a column no
    # wider than the cell's widest line: the line was wrapped, the cell holds one goal
    assert split_goal_cell("Ett öppet\nVasa för alla\ninvånare") == (None, ["Ett öppet Vasa för alla invånare"])
    # a line that stopped short of the next word is a label, over one goal too: in a column
    # known to be wider, or under a goal whose own lines are longer
    assert split_goal_cell("Ett öppet\nVasa för alla\ninvånare", 20) == ("Ett öppet", ["Vasa för alla invånare"])
    # a first line as wide as any of the cell's shows nothing of the column: a label still
    assert split_goal_cell("Arbete och utbildning\nFler i arbete") == ("Arbete och utbildning", ["Fler i arbete"])
    assert split_goal_cell("Stöd för lärande\nStudieresultaten bland alla elever följs upp") == (
        "Stöd för lärande", ["Studieresultaten bland alla elever följs upp"])



def test_a_goal_whose_first_words_wrapped_over_two_short_lines_is_no_label():
    # 'Invånarna' / 'upplever' run together read as a label, but 'upplever' stopped short
    # only because the goal's next word ('Staden') would not have fitted in the narrow column
    assert split_goal_cell("Invånarna\nupplever\nStaden som en\nöppen och\nvälkomnande\nort") == (
        None, ["Invånarna upplever Staden som en öppen och välkomnande ort"])
    # a label of two lines over a goal whose first word would have fitted beside it: a label
    assert split_goal_cell("Arbete\noch hälsa\nFler i arbete och i\nutbildning") == (
        "Arbete och hälsa", ["Fler i arbete och i utbildning"])


def test_cell_splitting_rules():
    assert split_goal_cell("Stöd för lärande\nResultaten följs upp\nUndervisningen är högklassig") == (
        "Stöd för lärande", ["Resultaten följs upp", "Undervisningen är högklassig"])
    assert split_goal_cell("Verksamheten etableras inom stadens\nverksamhet\n09/2022") == (
        None, ["Verksamheten etableras inom stadens verksamhet 09/2022"])
    assert split_goal_cell("Man utökar kompetensen genom följande:\n– språkmedvetenhet\n– beredskap") == (
        None, ["Man utökar kompetensen genom följande: språkmedvetenhet beredskap"])
    # a measure cell without markers is one action, however many lines
    assert split_marked_items("Få med invandrare i verksamheten.\nAnvändning av tjänster")[1] == [
        ("Få med invandrare i verksamheten.\nAnvändning av tjänster", None)]
    assert split_marked_items("4.1 Man kartlägger kunskapen.\n4.2 Man deltar i\nundersökningar.")[1] == [
        ("4.1 Man kartlägger kunskapen.", "4.1"), ("4.2 Man deltar i undersökningar.", "4.2")]
    assert split_indicator_cell("Antal evenemang\nsom ordnats.\nAntal deltagare.") == [
        "Antal evenemang\nsom ordnats.", "Antal deltagare."]
    assert split_indicator_cell("Antalet besök\nUppföljning av orsakerna") == ["Antalet besök\nUppföljning av orsakerna"]


def test_table_continued_over_pages_with_and_without_repeated_header():
    rows = [[f"Mål nummer {k}" if k % 3 == 0 else "", f"Åtgärd nummer {k} med en lång beskrivning av vad som ska göras",
             "2025", "Välfärdsenheten", f"Mätare {k}"] for k in range(60)]
    for repeat in (True, False):
        doc = _doc([{"type": "table", "caption": "Arbete", "columns": HDR, "rows": rows}], repeat_header=repeat)
        assert len(doc.pages) > 1
        px = classify(doc)
        assert len(px.measures) == 60 and len(px.goals) == 20 and len(px.indicators) == 60
        assert all(m.goal is not None for m in px.measures)
        assert px.measures[-1].page == len(doc.pages)


def test_row_broken_at_a_page_end_is_glued_back():
    p1 = NormalizedPage(page_no=1, items=[Table(rows=[HDR, ["Bättre hälsa", "Information om psykisk", "2024", "Alma", "Antal"]])])
    p2 = NormalizedPage(page_no=2, items=[Table(rows=[HDR, ["", "hälsa på flera språk", "", "", "deltagare"]])])
    px = classify(NormalizedDocument(source_file="x", sha256="0", kind="pdf", pages=[p1, p2]))
    assert [m.text for m in px.measures] == ["Information om psykisk\nhälsa på flera språk"]
    assert [i.text for i in px.indicators] == ["Antal\ndeltagare"]


def test_prose_goals_goal_lists_and_numbered_actions():
    blocks = [
        {"type": "heading", "level": 1, "text": "2 Tjänster"},
        {"type": "paragraph", "text": "Staden erbjuder tolkning. Målet är att alla ska förstå sina ärenden. Det är viktigt."},
        {"type": "paragraph", "text": "I Exempelby har vi som mål att växa."},
        {"type": "heading", "level": 2, "text": "Strategins målsättningar"},
        {"type": "bullets", "items": ["Alla har arbete som motsvarar kompetensen", "Företagande stöds"]},
        {"type": "heading", "level": 2, "text": "Åtgärder"},
        {"type": "heading", "level": 3, "text": "1. Sysselsättningstjänster"},
        {"type": "bullets", "items": ["1.1 Staden utvecklar handledning på flera språk.", "1.2 Man kartlägger tjänsterna."]},
        {"type": "heading", "level": 3, "text": "2. Staden som arbetsgivare"},
        {"type": "paragraph", "text": "Personalavdelningen utvecklar sin verksamhet genom att erbjuda arbetsplatser för "
                                      "personer med utländsk bakgrund och möjliggöra studier i svenska som en del av arbetet."},
        {"type": "heading", "level": 1, "text": "3 Övrigt"},
        {"type": "paragraph", "text": "Vi kommer att genomföra följande åtgärder:"},
        {"type": "bullets", "items": ["Kurser i svenska för föräldrar", "Läxhjälp på biblioteket"]},
    ]
    px = classify(_doc(blocks))
    goals = [g.text for g in px.goals]
    assert goals == ["Målet är att alla ska förstå sina ärenden.", "Alla har arbete som motsvarar kompetensen", "Företagande stöds"]
    assert px.goals[0].theme == "Tjänster"
    ms = {m.text: m for m in px.measures}
    assert set(ms) == {"1.1 Staden utvecklar handledning på flera språk.", "1.2 Man kartlägger tjänsterna.",
                       blocks[9]["text"], "Kurser i svenska för föräldrar", "Läxhjälp på biblioteket"}
    assert ms["1.2 Man kartlägger tjänsterna."].goals == [px.goals[1].id, px.goals[2].id]
    sec = {s.heading: s for s in px.sections}
    assert sec["2 Tjänster"].number == "2" and sec["Åtgärder"].parent == sec["2 Tjänster"].id
    assert sec["1. Sysselsättningstjänster"].level > sec["Åtgärder"].level


def test_action_restated_in_a_summary_table_is_one_measure():
    blocks = [
        {"type": "heading", "level": 2, "text": "Åtgärder"},
        {"type": "bullets", "items": ["3.1 Staden bereder tillsammans med ministeriet ett tillväxtavtal som lockar kompetenta personer till staden."]},
        {"type": "table", "caption": "3. Sammanfattning", "columns": ["Målsättningar", "Sammanfattning av åtgärderna", "Mätare", "Ansvariga aktörer"],
         "rows": [["Fler kunniga personer flyttar till staden.", "3.1 Staden bereder ett tillväxtavtal.", "Avtalet har genomförts.", "Stadskansliet"]]},
    ]
    px = classify(_doc(blocks))
    assert len(px.measures) == 1
    m = px.measures[0]
    assert m.text.startswith("3.1 Staden bereder tillsammans med ministeriet")  # the full statement
    assert m.responsible == ["Stadskansliet"] and m.goal == px.goals[0].id  # the table's links
    assert px.indicators[0].measure == m.id


def test_action_number_alone_on_its_line_in_a_summary_cell_is_still_the_action_number():
    # the cell's column is narrow: the number stands alone and the text wraps below it, in a
    # cell of one action and in a cell whose second action starts a marked line
    assert split_marked_items("1.4\nStaden ordnar\nkurser.")[1] == [("1.4\nStaden ordnar\nkurser.", "1.4")]
    assert split_marked_items("4.24.\nStaden ordnar kurser.\n4.25. Man ordnar\nmentorskap.")[1] == [
        ("4.24. Staden ordnar kurser.", "4.24"), ("4.25. Man ordnar mentorskap.", "4.25")]
    blocks = [
        {"type": "heading", "level": 2, "text": "Åtgärder"},
        {"type": "bullets", "items": [
            "2.1 Inom sysselsättningstjänsterna för vuxna görs flerspråkig karriärhandledning tillgänglig för alla klienter.",
            "2.2 Stadsbiblioteket ordnar språkcaféer i alla stadsdelar tillsammans med frivilliga organisationer."]},
        {"type": "table", "caption": "2. Sammanfattning", "columns": ["Målsättningar", "Sammanfattning av åtgärderna", "Mätare", "Ansvariga aktörer"],
         "rows": [["Fler personer med utländsk bakgrund får arbete.", "2.1\nSysselsättningstjänsterna\nför vuxna får en\nkarriärhandledare.",
                   "Antal klienter.", "Sysselsättningstjänsterna"],
                  ["", "2.2.\nSpråkcaféer ordnas i\nbiblioteken.\n2.3 Ett nytt\nmentorprogram startar.", "", "Stadsbiblioteket"]]},
    ]
    px = classify(_doc(blocks))
    texts = [" ".join(m.text.split()) for m in px.measures]
    # 2.1 and 2.2 are each one measure with the running text's full statement; 2.3, stated
    # only in the table, stays its own measure
    assert len(texts) == 3, texts
    assert texts[0].startswith("2.1 Inom sysselsättningstjänsterna") and texts[1].startswith("2.2 Stadsbiblioteket")
    assert texts[2].startswith("2.3 Ett nytt mentorprogram")
    assert px.measures[0].responsible == ["Sysselsättningstjänsterna"]


def test_metadata_from_first_pages():
    blocks = [{"type": "paragraph", "text": "Exempelby stad har ett program. Exempelby stads råd har deltagit."}]
    px = classify(_doc(blocks, title="Integrationsprogram 2023–2026"))
    assert px.program.title == "Integrationsprogram 2023–2026"
    assert (px.program.period_start, px.program.period_end) == (2023, 2026)
    assert px.program.municipality == "Exempelby"


def test_furniture_left_by_the_normalizer_is_ignored():
    def ln(text, y, size=10.0):
        return Line(text=text, bbox=BBox(x0=60, y0=y, x1=300, y1=y + size), font_size=size)
    pages = [NormalizedPage(page_no=k, height=842, items=[ln("Exempelby · Program", 28, 8), ln("Målet är att alla ska ha arbete.", 100), ln(str(k), 808, 8)])
             for k in range(1, 4)]
    px = classify(NormalizedDocument(source_file="x", sha256="0", kind="pdf", pages=pages))
    assert [g.text for g in px.goals] == ["Målet är att alla ska ha arbete."] * 1 or len(px.goals) == 3
    assert all("Exempelby ·" not in s.heading for s in px.sections)


def test_column_width_reads_lines_of_several_words():
    # One word longer than the column (a word processor broke it at the edge, the
    # normalizer joined it) says nothing of where the column's lines wrap: with it, the
    # width grew past "samarbete med ETNO" + "Österbotten", which then read as two names.
    from classifiers.actors import split_actors
    from classifiers.cells import column_width

    cells = ["Hela\nstadsorganisationen i\nsamarbete med ETNO\nÖsterbotten",
             "Välfärdsservicen och\nsäkerhetsarbetsnätverket\ni samarbete med\nvälfärdsområdet",
             "Familjecenterverksamhet", "Personalservicen"]
    width = column_width(cells)
    assert width == len("stadsorganisationen i")
    assert split_actors(cells[0], width=width) == (["Hela stadsorganisationen"], ["ETNO Österbotten"])
    # only single words: the longest is all there is to go by
    assert column_width(["Kommunen", "Staden", "Välfärdsområdet", "Biblioteket"]) == len("Välfärdsområdet")


def test_a_continued_heading_names_the_same_theme():
    from classifiers.reader_shared import theme_name

    assert theme_name("Helsingfors förebygger ojämlikhet 2/2") == "Helsingfors förebygger ojämlikhet"
    assert theme_name("3. Boende (forts.)") == "Boende"
    assert theme_name("Boende, fortsättning") == "Boende"
    # years and plain headings stay as printed
    assert theme_name("Program 2022/23") == "Program 2022/23"
    assert theme_name("Tidtabell 2023–2024") == "Tidtabell 2023–2024"
    assert theme_name("2.1 Hälsa och välmående") == "Hälsa och välmående"


def test_a_dash_wrapped_to_a_line_start_is_no_list_marker():
    # A narrow cell wraps '... rutinerna – kurser ...' so that '– kurser' opens a line. One
    # such line after a line that ends no sentence is the running text's dash: one action,
    # one indicator. (Before: '– ' was read as a bullet and the cell split in two.)
    measure = "Gemensamma rutiner\nför bemötandet av\nkunder i servicen\n– kurser för\npersonalen"
    assert [t for t, _ in split_marked_items(measure)[1]] == [measure]
    ind = "Antal deltagare\ni kurserna\n– också på distans"
    assert split_indicator_cell(ind) == [ind]
    # a list marked with dashes is still a list: after its intro, or with two items
    assert [t for t, _ in split_marked_items("Vi ordnar:\n– kurser för personalen")[1]] == [
        "kurser för personalen"]
    assert len(split_marked_items("Vi ordnar\n– kurser\n– handledning")[1]) == 2
    assert split_indicator_cell("Antal kurser.\n- Antal deltagare") == ["Antal kurser.", "Antal deltagare"]


def test_a_goal_row_without_words_is_the_last_line_of_the_goal_above():
    # A borderless table shows a cell's last paragraph (a date) as a row of its own; a cell
    # without a word cannot be a goal. (Before: '06/2025' became a goal of its own.)
    rows = [
        ["Ett nytt servicecenter öppnar i centrum", "Rådgivning på flera språk", "Antal besök", "Servicecentret"],
        ["06/2025", "", "", ""],
        ["Fler träffpunkter i byarna", "Öppna träffar varje vecka", "Antal träffar", "Biblioteket"],
    ]
    px = classify(_doc([{"type": "table", "caption": None, "columns": ["Målsättningar", "Åtgärd", "Indikator", "Ansvar"],
                         "rows": rows}]))
    texts = [" ".join(g.text.split()) for g in px.goals]
    assert texts == ["Ett nytt servicecenter öppnar i centrum 06/2025", "Fler träffpunkter i byarna"]
    m = {" ".join(x.text.split()): x for x in px.measures}
    assert m["Öppna träffar varje vecka"].goal == px.goals[1].id


def test_an_indicator_ending_in_a_parenthesis_ends_where_its_line_stops_early():
    # No full stop after '(enligt språk)'; the line stopped although 'Andel' would have
    # fitted, so the next line starts the next indicator. A line full to the column's width
    # that ends in ')' may wrap before a capitalised name.
    cell = "Antal deltagare i kurser\n(enligt språk)\nAndel nöjda deltagare"
    assert split_indicator_cell(cell, True, width=24) == [
        "Antal deltagare i kurser\n(enligt språk)", "Andel nöjda deltagare"]
    full = "Besök på kontoret (Servicepunkt)\nHelsingfors och Esbo"
    assert split_indicator_cell(full, True, width=32) == [full]


def test_a_bullet_running_from_the_right_column_into_the_next_pages_left_column_is_one_item():
    # a brochure in two columns: the last bullet of page 1's right column goes on at the top
    # of page 2's left column, where its hanging indent is measured from that column's edge
    def ln(text, x, y, column, size=9.5, bold=False):
        return Line(text=text, bbox=BBox(x0=x, y0=y, x1=x + 200, y1=y + size), font_size=size,
                    bold=bold, column=column)
    p1 = [ln("Åtgärder", 45, 80, 0, 13, True),
          ln("Staden genomför följande åtgärder under perioden:", 45, 105, 0),
          ln("• 1.1 Staden ordnar kurser i svenska för", 50, 120, 0),
          ln("föräldrar på kvällstid.", 61, 133, 0),
          ln("• 1.2 Biblioteket utvecklar en modell för", 313.6, 105, 1),
          ln("läsecirklar på flera språk i samarbete", 324.6, 118, 1)]
    p2 = [ln("med föreningarna i staden.", 61, 66, 0),
          ln("• 1.3 Ungdomstjänsterna ordnar sommarläger.", 50, 80, 0),
          ln("Åtgärderna följs upp årligen av styrgruppen.", 308.6, 66, 1)]
    pages = [NormalizedPage(page_no=1, width=595, height=842, items=p1),
             NormalizedPage(page_no=2, width=595, height=842, items=p2)]
    px = classify(NormalizedDocument(source_file="x", sha256="0", kind="pdf", pages=pages))
    assert [m.text for m in px.measures] == [
        "1.1 Staden ordnar kurser i svenska för föräldrar på kvällstid.",
        "1.2 Biblioteket utvecklar en modell för läsecirklar på flera språk i samarbete med föreningarna i staden.",
        "1.3 Ungdomstjänsterna ordnar sommarläger."]


def test_a_table_row_running_over_two_page_breaks_stays_one_row():
    # a word processor splits a tall row over pages, repeating the header: the row's rest on
    # page 2 is glued to it, and its rest on page 3 must be too, though page 2 added no row
    hdr = ["Mål", "Åtgärd", "Ansvar", "Mätare"]
    def page(no, rows):
        return NormalizedPage(page_no=no, width=595, height=842,
                              items=[Table(rows=[hdr] + rows, header_rows=1)])
    pages = [
        page(1, [["Fler i arbete", "Språkstöd på arbetsplatser där\nhandledare och", "Näringslivet", "Antal\ndeltagare"]]),
        page(2, [["", "kolleger får utbildning i\nklarspråk och", "", ""]]),
        page(3, [["", "språkmedvetet arbete.", "", ""],
                 ["", "Mentorprogram", "Vuxenutbildningen", "Antal mentorpar"]]),
    ]
    px = classify(NormalizedDocument(source_file="x", sha256="0", kind="pdf", pages=pages))
    assert [" ".join(m.text.split()) for m in px.measures] == [
        "Språkstöd på arbetsplatser där handledare och kolleger får utbildning i klarspråk och språkmedvetet arbete.",
        "Mentorprogram"]
    assert px.measures[0].page == 1


def test_a_row_merged_across_a_table_without_goal_column_is_the_goal_of_the_rows_below():
    # a word processor's table: each goal a merged row over its measures, also on the next page
    hdr = ["Åtgärd", "Tidtabell", "Ansvar", "Mätare"]
    p1 = NormalizedPage(page_no=1, items=[Table(
        rows=[hdr, ["Fler i arbete", "", "", ""],
              ["Jobbcoachning för nya invånare", "2025", "Sysselsättningsenheten", "Antal deltagare"],
              ["Mentorer på arbetsplatsen", "2026", "Näringslivsenheten", "Antal mentorer"],
              ["Bättre boende", "", "", ""],
              ["Boenderådgivning på flera språk", "Fortlöpande", "Bostadsbolaget", "Antal besök"]],
        spans=[(1, 0, 1, 4), (4, 0, 1, 4)])])
    p2 = NormalizedPage(page_no=2, items=[Table(
        rows=[hdr, ["Tryggare bostadsområden", "", "", ""],
              ["Nattvandring med föreningar", "2025", "Fritidsenheten", "Antal kvällar"]],
        spans=[(1, 0, 1, 4)])])
    doc = NormalizedDocument(source_file="x.pdf", sha256="0" * 64, kind="pdf", pages=[p1, p2])
    ex = classify(doc)
    goals = {g.id: g.text for g in ex.goals}
    assert sorted(goals.values()) == ["Bättre boende", "Fler i arbete", "Tryggare bostadsområden"]
    linked = {m.text: [goals[g] for g in m.goals] for m in ex.measures}
    assert linked == {
        "Jobbcoachning för nya invånare": ["Fler i arbete"],
        "Mentorer på arbetsplatsen": ["Fler i arbete"],
        "Boenderådgivning på flera språk": ["Bättre boende"],
        "Nattvandring med föreningar": ["Tryggare bostadsområden"],
    }
    # a row left empty but for its first cell, without a merge, is not a goal (a measure
    # cell carried over a page)
    p3 = NormalizedPage(page_no=1, items=[Table(rows=[hdr, ["Fler i arbete", "", "", ""]])])
    assert not classify(NormalizedDocument(source_file="y.pdf", sha256="0" * 64, kind="pdf",
                                           pages=[p3])).goals


def test_a_merged_row_starting_lower_case_is_not_glued_to_the_merged_row_above():
    # a goal and its sub-goal in two merged rows ('Främja delaktigheten' / 'genom projekt'):
    # the second starts lower-case, like the rest of a row cut at a line break, but a
    # merged row is whole; both are goals and the measure below belongs to the second
    hdr = ["Åtgärd", "Indikator", "Ansvar"]
    page = NormalizedPage(page_no=1, items=[Table(
        rows=[hdr, ["Främja delaktigheten i arbetslivet", "", ""], ["genom projekt", "", ""],
              ["Projektet för fadderfamiljer", "Antal klienter", "Barnfamiljstjänsterna"]],
        spans=[(1, 0, 1, 3), (2, 0, 1, 3)])])
    ex = classify(NormalizedDocument(source_file="x.pdf", sha256="0" * 64, kind="pdf", pages=[page]))
    goals = {g.id: g.text for g in ex.goals}
    assert sorted(goals.values()) == ["Främja delaktigheten i arbetslivet", "genom projekt"]
    assert [(m.text, [goals[g] for g in m.goals]) for m in ex.measures] == [
        ("Projektet för fadderfamiljer", ["genom projekt"])]
