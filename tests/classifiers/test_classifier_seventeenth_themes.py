"""Seventeenth blind set (helper th17): the theme of a goal is the section heading a table
sits under, not a caption naming the table ('Tabell 2. Mål 1–3', 'Programlogik – arbete och
försörjning', 'Delprogram 3: mål, åtgärder och mätare'), and a part's count ('Del 1:') is no
part of its name. Made-up text."""

from blocks_doc import classify_blocks as _classify, heading as _h, paragraph as _p, bullets as _b

from classifiers.reader_shared import caption_theme, names_section, theme_name


def _table(caption, rows, columns=("Mål", "Åtgärd", "Ansvarig", "Tidtabell")):
    return {"type": "table", "caption": caption, "columns": list(columns), "rows": rows}


def test_a_caption_numbering_the_goals_it_holds_names_no_theme():
    # the table's goals counted on across the sections: the section names the theme
    x = _classify([_h("3 Mål och åtgärder", 1),
                   _h("3.1 Kultur och idrott", 2),
                   _table("Tabell 4. Mål 1–2",
                          [["Alla barn hittar en hobby", "Hobbymässa varje höst", "Fritidsbyrån", "2026"],
                           ["Fler vuxna motionerar", "Gratis prova-på-pass i simhallen", "Idrottsbyrån", "2027"]]),
                   _h("3.2 Trafik", 2),
                   _table("Tabell 5. Mål 3 och 4",
                          [["Alla rör sig tryggt i trafiken", "Cykelkurs för vuxna", "Tekniska byrån", "2026"],
                           ["Bussarna går oftare", "Ny kvällslinje till centrum", "Trafikenheten", "2027"]])])
    assert [g.theme for g in x.goals] == ["Kultur och idrott"] * 2 + ["Trafik"] * 2
    assert caption_theme("Tabell 5. Mål 3 och 4") is None
    assert caption_theme("Tabell 4. Åtgärder 1.1–1.3") is None
    # a caption naming an area still names it
    assert caption_theme("Tabell 4. Kultur och idrott") == "Kultur och idrott"


def test_a_caption_naming_its_table_after_the_section_gives_the_sections_name():
    x = _classify([_h("5 Insatsområden", 1),
                   _h("5.1 Kultur och idrott", 2),
                   _table("Tabell 2. Verksamhetsplan – kultur och idrott",
                          [["Alla barn hittar en hobby", "Hobbymässa varje höst", "Fritidsbyrån", "2026"]]),
                   _h("5.2 Trafik", 2),
                   _table("Tabell 3. Mål och åtgärder för trafik",
                          [["Alla rör sig tryggt i trafiken", "Cykelkurs för vuxna", "Tekniska byrån", "2026"]])])
    assert [g.theme for g in x.goals] == ["Kultur och idrott", "Trafik"]
    # a name in the genitive names it too; a conjunct of a longer name does not
    assert names_section("Tabell 2. Tekniska nämndens mål och åtgärder", "Tekniska nämnden")
    assert not names_section("Tabell 2. Mål för arbete och studier", "Arbete")
    assert not names_section("Tabell 2. Mål för studier och arbete", "Arbete")


def test_an_unnumbered_title_over_a_table_naming_the_section_gives_the_sections_name():
    # 'Verksamhetsplan 2026–2029' under the appendix 'Bilaga 2: Verksamhetsplan'
    x = _classify([_h("Bilaga 2: Verksamhetsplan", 1),
                   _h("Verksamhetsplan 2026–2029", 3),
                   _table("", [["Alla barn hittar en hobby", "Hobbymässa varje höst", "Fritidsbyrån", "2026"]])])
    assert [g.theme for g in x.goals] == ["Verksamhetsplan"]


def test_a_caption_over_cards_opens_no_section_beside_its_own():
    # the table printed as one titled card per goal: the caption is set as large as the section
    # heading and the card titles come between it and the table
    card = ["Åtgärd", "Ansvarig", "Tidtabell"]
    x = _classify([_h("6 Kultur och idrott", 3),
                   _p("Avsnittet presenteras i tabellform."),
                   _h("Tabell 3. Mål och åtgärder inom kulturen", 3),
                   _h("Mål 1: Alla barn hittar en hobby", 4),
                   _table("", [["Hobbymässa varje höst", "Fritidsbyrån", "2026"]], card),
                   _h("Mål 2: Fler vuxna besöker biblioteket", 4),
                   _table("", [["Bokcirklar på lätt svenska", "Biblioteket", "2027"]], card)])
    assert [g.theme for g in x.goals] == ["Kultur och idrott"] * 2


def test_a_caption_over_cards_ends_the_cards_of_the_caption_before_it():
    # two captioned card tables in one section, each caption naming its own area
    card = ["Åtgärd", "Ansvarig", "Tidtabell"]
    x = _classify([_h("5 Inledning", 2),
                   _h("5.1 Bakgrund", 3),
                   _p("Programmet gäller perioden 2026–2029."),
                   _h("6 Fritid", 2),
                   _h("Tabell 3. Tyngdpunkt A: Kultur", 2),
                   _h("Mål 1: Alla barn hittar en hobby", 4),
                   _table("", [["Hobbymässa varje höst", "Fritidsbyrån", "2026"]], card),
                   _h("Mål 2: Fler vuxna besöker biblioteket", 4),
                   _table("", [["Bokcirklar på lätt svenska", "Biblioteket", "2027"]], card),
                   _h("Tabell 4. Tyngdpunkt B: Idrott", 2),
                   _h("Mål 3: Fler vuxna motionerar", 4),
                   _table("", [["Gratis prova-på-pass i simhallen", "Idrottsbyrån", "2027"]], card)])
    assert [g.theme for g in x.goals] == ["Kultur", "Kultur", "Idrott"]


def test_a_part_count_is_no_part_of_the_theme():
    x = _classify([_h("Del 1: Kultur och idrott", 1),
                   _h("Mål 1: Alla barn hittar en hobby", 2),
                   _b("Hobbymässa varje höst (fritidsbyrån, 2026)",
                      "Prova-på-dagar i idrottshallen (idrottsbyrån, 2027)"),
                   _h("Del 2: Trafik", 1),
                   _h("Mål 2: Alla rör sig tryggt i trafiken", 2),
                   _b("Cykelkurs för vuxna (tekniska byrån, 2026)",
                      "Reflexvästar till alla nyinflyttade (trafikenheten, 2026)")])
    assert [g.theme for g in x.goals] == ["Kultur och idrott", "Trafik"]
    assert theme_name("Kapitel 3 – Boende") == "Boende"
    assert theme_name("Avsnitt 2. Boende") == "Boende"
    assert theme_name("Del 2 Boende och service") == "Boende och service"
    # a label naming a role is a goal's, no part's
    assert theme_name("Mål 1: Boende") == "Mål 1: Boende"


def test_a_caption_naming_a_part_by_its_number_and_columns_names_no_theme():
    x = _classify([_h("Delprogram 2 Kultur och idrott", 1),
                   _p("Delprogrammet presenteras i tabellform."),
                   _table("Delprogram 2: mål, åtgärder och mätare",
                          [["Alla barn hittar en hobby", "Hobbymässa varje höst", "Fritidsbyrån", "2026"]])])
    assert [g.theme for g in x.goals] == ["Kultur och idrott"]
    assert caption_theme("Tabell 4. Strategi 3 – mål och insatser") is None


def test_a_chapter_of_actions_under_the_title_names_the_theme_of_its_goal():
    # (the programme's title is the first line of the page, over its chapters)
    x = _classify([_h("1 Inledning", 2),
                   _p("Programmet beskriver kommunens arbete för integration under perioden."),
                   _h("2 Kommunens egna åtgärder", 2),
                   _p("Kommunen ser över sina egna rutiner. Kommunen vill att alla invånare ska få "
                      "service på ett språk de förstår. Därför genomförs följande åtgärder:"),
                   _b("Alla enheter utser en kontaktperson för integrationsfrågor",
                      "Personalen erbjuds utbildning i klarspråk under 2027"),
                   _p("Kommunkansliet ansvarar för att åtgärderna genomförs.")])
    assert x.goals and {g.theme for g in x.goals} == {"Kommunens egna åtgärder"}
