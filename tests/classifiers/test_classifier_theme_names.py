"""The theme a heading or a table caption names: the document's own theme, without the
numbering, the caption's label or a structure label in front of the name."""

from __future__ import annotations

from blocks_doc import classify_blocks, heading, paragraph

from classifiers.reader_shared import caption_theme, theme_name


def test_a_caption_label_and_number_are_not_part_of_the_theme():
    assert theme_name("Tabell 3. Språk och utbildning") == "Språk och utbildning"
    assert theme_name("Tabell 3a: Utbildning och språk") == "Utbildning och språk"
    assert theme_name("Bilaga 2 – Boende") == "Boende"
    # a caption naming nothing after its label keeps it: there is nothing else
    assert theme_name("Tabell 2 (forts.)") == "Tabell 2"


def test_chapters_enumerated_by_letters_or_roman_numerals():
    assert theme_name("A. Småbarnspedagogik och utbildning") == "Småbarnspedagogik och utbildning"
    assert theme_name("B Arbete och näringsliv") == "Arbete och näringsliv"
    assert theme_name("IV. Boende") == "Boende"
    # 'I' opens a sentence-like heading; a lower-case word after a letter is no enumeration
    assert theme_name("I Vasa trivs alla") == "I Vasa trivs alla"
    assert theme_name("E-tjänster") == "E-tjänster"


def test_a_structure_label_before_the_name_of_its_area():
    assert theme_name("Tyngdpunkter och åtgärder: Gemenskap och delaktighet") == "Gemenskap och delaktighet"
    assert theme_name("Insatsområde 2 – Arbete och kompetens") == "Arbete och kompetens"
    assert theme_name("Insatser inom arbete och företagande") == "Arbete och företagande"
    # a goal heading states a goal; a label that is no structure word names no area; a
    # lower-case rest is a subtitle
    assert theme_name("Mål 1: Stärka delaktigheten") == "Mål 1: Stärka delaktigheten"
    assert theme_name("Malax i siffror: Befolkning") == "Malax i siffror: Befolkning"
    assert theme_name("Åtgärder: nya vägar till arbete") == "Åtgärder: nya vägar till arbete"


def test_a_caption_that_only_numbers_what_it_heads_names_no_theme():
    assert caption_theme("Åtgärd 3.1") is None
    assert caption_theme("Tabell 4") is None
    assert caption_theme("Tabell 4. Välfärd och hälsa") == "Välfärd och hälsa"


def _table(caption: str) -> dict:
    return {"type": "table", "caption": caption, "columns": ["Mål", "Åtgärd", "Ansvarig"],
            "rows": [["Fler nyinflyttade hittar arbete", "Rekryteringsträffar med företagen", "Näringslivsenheten"],
                     ["", "Arbetsprövning inom kommunen", "Personalenheten"]]}


def test_goals_of_a_table_take_the_theme_its_caption_names():
    doc = classify_blocks([heading("2 Mål och åtgärder", 1), paragraph("Tabellerna visar målen och åtgärderna."),
                           _table("Tabell 3. Arbete och företagande")])
    assert [g.theme for g in doc.goals] == ["Arbete och företagande"]


def test_a_numbered_caption_leaves_the_chapter_as_the_theme():
    doc = classify_blocks([heading("3 Arbete och företagande", 1), paragraph("Åtgärderna för kapitlet."),
                           _table("Åtgärd 3.1")])
    assert [g.theme for g in doc.goals] == ["Arbete och företagande"]


def test_an_area_heading_with_a_structure_label_is_the_theme():
    doc = classify_blocks([heading("Insatsområde 1: Arbete och kompetens", 1),
                           paragraph("Kommunen samarbetar med företagen."),
                           _table("")])
    assert [g.theme for g in doc.goals] == ["Arbete och kompetens"]


def test_a_follow_up_cell_naming_a_chapter_is_the_goal_its_text_states_not_its_focus_areas():
    # the chapter states its goal in prose; its table's focus areas share the chapter's theme
    # (the caption names it after a structure label); the follow-up table names the chapter
    doc = classify_blocks([
        heading("3 Arbete och utbildning", 1),
        paragraph("Målet är att invandrare hittar arbete eller en studieplats."),
        {"type": "table", "caption": "Tyngdpunkter och åtgärder: Arbete och utbildning",
         "columns": ["Tyngdpunkt", "Åtgärder", "Ansvarsinstans", "Tidtabell"],
         "rows": [["Språkstudier nära hemmet", "Kurser i finska och svenska", "Medborgarinstitutet", "Hela perioden"],
                  ["Vägar till arbete", "Arbetsgivarträffar med lokala företag", "Näringslivstjänsterna", "2025"]]},
        heading("6 Uppföljning", 1),
        {"type": "table", "caption": "Indikatorer", "columns": ["Huvudmål", "Indikator"],
         "rows": [["Arbete och utbildning", "Arbetslöshetsgrad bland utländska medborgare"]]},
    ])
    stated = [g for g in doc.goals if g.text.startswith("Målet är att")]
    assert len(stated) == 1
    assert "Arbete och utbildning" not in [g.text for g in doc.goals]
    assert [i.goal for i in doc.indicators] == [stated[0].id]
