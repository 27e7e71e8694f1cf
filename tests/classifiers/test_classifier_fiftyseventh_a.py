"""Fifty-seventh blind set, reader a (blind338, blind339, blind341) conventions, on made-up
text: follow-up lists keyed by the area they follow up ('Fokusområde 2: antal X; andelen Y'),
year-grid action plans printed as cards ('Nr: 1.1 2025: x 2026: x'), summary tables whose
meter cells list one meter a line, goal hierarchies headed 'Huvudmål N: <theme>' over
'Delmål N.M <sub-goal>' headings."""

from blocks_doc import bullets as _b, classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers.cells import semicolon_parts
from classifiers.goal_labelled_meters import area_labelled_meter


def test_area_labelled_meter_item():
    assert area_labelled_meter("Fokusområde 2: antal besökare i caféet; andelen nöjda deltagare") == (
        "antal besökare i caféet; andelen nöjda deltagare", "2")
    assert area_labelled_meter("Insatsområde 3 – antal hushåll som fått råd.") == (
        "antal hushåll som fått råd", "3")
    # a theme named by its words, or a goal by its number, is read elsewhere
    assert area_labelled_meter("Arbete: antal deltagare") is None
    assert area_labelled_meter("mål 3: antal deltagare") is None
    # (a meter may open in capitals)
    assert area_labelled_meter("Fokusområde 1: Antal deltagare") == ("Antal deltagare", "1")
    assert semicolon_parts("antal besökare i caféet; andelen nöjda deltagare") == [
        "antal besökare i caféet", "andelen nöjda deltagare"]


def _areas_with_keyed_meters():
    return _classify([
        _h("1 Inledning", 2),
        _p("Programmet gäller åren 2025–2028 och har tre fokusområden."),
        _h("2 Fokusområden och mål", 2),
        _h("Fokusområde 1 – Språk", 3),
        _p("Det finns få kurser i svenska på kvällarna."),
        _p("Vårt mål: Alla vuxna kan studera svenska nära hemmet."),
        _b("Exby medborgarinstitut ordnar kvällskurser i svenska i byarna (2025–2028).",
           "Biblioteket startar en språkcafé för nybörjare (hösten 2025)."),
        _h("Fokusområde 2 – Arbete", 3),
        _p("Många arbetsgivare söker arbetskraft från utlandet."),
        _p("Vårt mål: Nya invånare får arbete som motsvarar deras utbildning."),
        _b("Näringslivsenheten ordnar rekryteringsträffar för arbetsgivare (varje vår)."),
        _h("Fokusområde 3 – Fritid", 3),
        _p("Föreningarna når sällan de nya invånarna."),
        _p("Vårt mål: Alla kan delta i föreningarnas verksamhet."),
        _b("Fritidsenheten ordnar en föreningsmässa (årligen i september)."),
        _h("3 Uppföljning", 2),
        _p("Målen följs upp med följande mätare:"),
        _b("Fokusområde 1: antal deltagare i kvällskurserna; antal besök i språkcaféet",
           "Fokusområde 2: antal arbetsgivare på rekryteringsträffarna; andelen sysselsatta efter två år",
           "Fokusområde 3: antal föreningar på mässan"),
    ])


def test_meters_keyed_by_area_label_are_that_areas_goal_of_no_action():
    ex = _areas_with_keyed_meters()
    goals = {g.id: g.text for g in ex.goals}
    got = {i.text: (goals.get(i.goal), i.measure) for i in ex.indicators}
    assert got == {
        "antal deltagare i kvällskurserna": ("Alla vuxna kan studera svenska nära hemmet", None),
        "antal besök i språkcaféet": ("Alla vuxna kan studera svenska nära hemmet", None),
        "antal arbetsgivare på rekryteringsträffarna": (
            "Nya invånare får arbete som motsvarar deras utbildning", None),
        "andelen sysselsatta efter två år": ("Nya invånare får arbete som motsvarar deras utbildning", None),
        "antal föreningar på mässan": ("Alla kan delta i föreningarnas verksamhet", None),
    }


def _year_grid_cards(joined: bool = True):
    cards = []
    for action, doer, nr, years in (
            ("Kvällskurser i svenska i byarna", "Exby medborgarinstitut", "1.1", "2025: x 2026: x 2027: x"),
            ("Språkcafé för nybörjare", "biblioteket", "1.2", "2026: start"),
            ("Rekryteringsträffar för arbetsgivare", "näringslivsenheten", "2.1", "2025: x 2026: utvärdering"),
            ("Mentorer för nya arbetstagare", "personalenheten", "2.2", "2027: pilot 2028: x")):
        cards += [_p(f"Åtgärd: {action}"), _p(f"Ansvar: {doer}"), _p("Samarbetspartner: –")]
        if joined:
            cards.append(_p(f"Nr: {nr} {years}"))
        else:
            # the fields a line each: 'Nr: 1.1' / '2025: x' / '2026: x'
            cards += [_p(f"Nr: {nr}")] + [_p(f"{y} {v}") for y, v in zip(years.split()[::2], years.split()[1::2])]
    return _classify([
        _h("2 Fokusområden och mål", 2),
        _h("Fokusområde 1 – Språk", 3),
        _p("Det finns få kurser i svenska på kvällarna."),
        _p("Vårt mål: Alla vuxna kan studera svenska nära hemmet."),
        _h("Fokusområde 2 – Arbete", 3),
        _p("Många arbetsgivare söker arbetskraft från utlandet."),
        _p("Vårt mål: Nya invånare får arbete som motsvarar deras utbildning."),
        _h("3 Handlingsplan 2025–2028", 2),
        _p("Ett x betyder att åtgärden pågår det året."),
        _h("Tabell 1. Handlingsplan 2025–2028", 3),
        *cards,
        _h("4 Uppföljning", 2),
        _p("Kommunstyrelsen följer upp planen varje höst."),
    ])


def test_year_grid_card_keeps_its_number_apart_from_the_year_fields():
    # 'Nr: 1.1 2025: x 2026: x': the card's number, then one field a year
    for joined in (True, False):
        _check_year_grid_cards(_year_grid_cards(joined))


def _check_year_grid_cards(ex):
    goals = {g.id: g.text for g in ex.goals}
    got = {m.text: (goals.get(m.goal), m.responsible) for m in ex.measures}
    assert got == {
        "Kvällskurser i svenska i byarna": ("Alla vuxna kan studera svenska nära hemmet", ["Exby medborgarinstitut"]),
        "Språkcafé för nybörjare": ("Alla vuxna kan studera svenska nära hemmet", ["biblioteket"]),
        "Rekryteringsträffar för arbetsgivare": (
            "Nya invånare får arbete som motsvarar deras utbildning", ["näringslivsenheten"]),
        "Mentorer för nya arbetstagare": (
            "Nya invånare får arbete som motsvarar deras utbildning", ["personalenheten"]),
    }


def test_lower_case_meters_one_a_line_in_a_cell():
    from classifiers.cells import split_indicator_cell

    cell = "antal deltagare i kvällskurserna\nandelen deltagare som klarat provet"
    want = ["antal deltagare i kvällskurserna", "andelen deltagare som klarat provet"]
    assert split_indicator_cell(cell, listed=True) == want
    assert split_indicator_cell(cell, listed=False, meters_header=True) == want
    # a line left open by its last word is wrapped, whatever the next one opens with
    assert len(split_indicator_cell("antal deltagare i kurserna och\nantal besök", listed=True)) == 1


def test_summary_table_of_goals_and_lower_case_meters():
    ex = _classify([
        _h("2 Sammanfattning", 2),
        _p("Mätarna i tabellen nedan visar om vi når målen."),
        {"type": "table", "caption": "Tabell 1. Effektmål och mätare", "columns": ["Effektmål", "Mätare"],
         "rows": [["Fler vuxna kan använda svenska i vardagen",
                   "antal deltagare i kvällskurserna\nandelen deltagare som klarat språkprovet"],
                  ["Fler unga hittar en fritidshobby",
                   "antal unga i föreningarnas verksamhet\nantal besök i ungdomsgården"]]},
        _h("3 Uppföljning", 2),
        _p("Kommunstyrelsen följer upp mätarna årligen."),
    ])
    goals = {g.id: g.text for g in ex.goals}
    assert {i.text: goals.get(i.goal) for i in ex.indicators} == {
        "antal deltagare i kvällskurserna": "Fler vuxna kan använda svenska i vardagen",
        "andelen deltagare som klarat språkprovet": "Fler vuxna kan använda svenska i vardagen",
        "antal unga i föreningarnas verksamhet": "Fler unga hittar en fritidshobby",
        "antal besök i ungdomsgården": "Fler unga hittar en fritidshobby",
    }


def _goal_hierarchy():
    table = {"type": "table", "caption": "", "columns": ["Åtgärd", "Ansvarig enhet", "Samarbetsparter", "Tidsplan"]}
    return _classify([
        _h("2 Vision och värderingar", 2),
        _p("Vision: ”Exby är en stad för alla.”"),
        _b("Respekt – alla bemöts med respekt.", "Mod – vi prövar nya arbetssätt."),
        _h("3 Huvudmål, delmål och åtgärder", 2),
        _h("Huvudmål 1: Arbete", 3),
        _p("Nya invånare får arbete som motsvarar deras kunnande."),
        _h("Delmål 1.1 Vägen till arbete blir kortare", 4),
        {**table, "rows": [["Arbetspraktik i stadens enheter", "Personalenheten", "–", "2025"],
                           ["Jobbcoacher för unga vuxna", "Ungdomsenheten", "Exby folkhögskola", "2026"]]},
        _h("Huvudmål 2: Fritid", 3),
        _p("Alla invånare kan delta i föreningarnas verksamhet."),
        _h("Delmål 2.1 Föreningarna når nya invånare", 4),
        {**table, "rows": [["Föreningsmässa för nyinflyttade", "Fritidsenheten", "Föreningarna", "varje höst"]]},
        _h("4 Uppföljning", 2),
        _p("Huvudmålen följs upp med indikatorerna i tabellen nedan."),
        {"type": "table", "caption": "Tabell 4. Indikatorer för huvudmålen",
         "columns": ["Huvudmål", "Indikator", "Källa"],
         "rows": [["Huvudmål 1", "Sysselsättningsgraden bland invånare med främmande modersmål", "Statistikcentralen"],
                  ["Huvudmål 2", "Antal föreningar som ordnat verksamhet för nya invånare", "Fritidsenheten"]]},
    ])


def test_follow_up_table_names_main_goals_by_their_heading_label():
    # 'Huvudmål 1' in the follow-up table is the goal stated under the heading 'Huvudmål 1:
    # Arbete' (which names only the part), no goal of its own
    ex = _goal_hierarchy()
    goals = {g.id: g.text for g in ex.goals}
    assert "Huvudmål 1" not in goals.values() and "Huvudmål 2" not in goals.values()
    got = {" ".join(i.text.split()): goals.get(i.goal) for i in ex.indicators}
    assert got["Sysselsättningsgraden bland invånare med främmande modersmål"] == (
        "Nya invånare får arbete som motsvarar deras kunnande")
    assert got["Antal föreningar som ordnat verksamhet för nya invånare"] == (
        "Alla invånare kan delta i föreningarnas verksamhet")


def test_values_chapter_announces_no_follow_up():
    from classifiers.prose import heading_kind

    assert heading_kind("2 Vision och värderingar") is None
    assert heading_kind("Våra värderingar") is None
    assert heading_kind("6 Utvärdering") == "indicator"
    ex = _goal_hierarchy()
    assert not any(i.text.startswith(("Respekt", "Mod")) for i in ex.indicators)


def test_work_done_by_a_bodys_own_routines_is_no_action():
    from classifiers.prose_actions import prose_action

    assert prose_action("Välfärdsområdets barnrådgivning följer upp barnens språkutveckling enligt sina egna rutiner.") is None
    assert prose_action("Skolhälsovården kartlägger elevernas hälsa enligt sina egna riktlinjer.") is None
    assert prose_action("Biblioteket ordnar läxhjälp på lördagarna.") is not None


def test_area_body_wrapped_before_its_name_in_a_narrow_column():
    from classifiers.actors import split_actors
    from classifiers.text import is_wrap

    # the line could not take the name: the name wrapped
    assert is_wrap("sysselsättningsområdet", "Kustbygden", 14)
    assert split_actors("sysselsättningsområdet\nKustbygden", "responsible", 14)[0] == [
        "sysselsättningsområdet Kustbygden"]
    # room for the next word on the line: one name a line
    assert not is_wrap("välfärdsområdet", "Folkhälsan", 40)
    assert split_actors("välfärdsområdet\nFolkhälsan", "responsible", 40)[0] == ["välfärdsområdet", "Folkhälsan"]


def test_sub_goal_takes_its_main_goals_theme():
    # 'Delmål 1.1 …' under 'Huvudmål 1: Arbete' (whose goal is the sentence under it): the
    # sub-goal is of the main goal's theme, not of the chapter's title
    ex = _goal_hierarchy()
    themes = {g.text: g.theme for g in ex.goals}
    assert themes["Nya invånare får arbete som motsvarar deras kunnande"] == "Arbete"
    assert themes["Vägen till arbete blir kortare"] == "Arbete"
    assert themes["Föreningarna når nya invånare"] == "Fritid"


def test_goals_of_a_summary_table_take_the_theme_of_the_section_stating_them_again():
    ex = _classify([
        _h("2 Sammanfattning", 2),
        _p("Programmet har tre effektmål. Tabellen visar dem och deras mätare."),
        {"type": "table", "caption": "Tabell 1. Effektmål och mätare", "columns": ["Effektmål", "Mätare"],
         "rows": [["Fler vuxna kan använda svenska i vardagen", "antal deltagare i kvällskurserna"],
                  ["Fler unga hittar en fritidshobby", "antal unga i föreningarnas verksamhet"],
                  ["Nya invånare hittar bostad", "antal hushåll som fått boenderådgivning"]]},
        _h("3 Åtgärder per tema", 2),
        _h("3.1 Språk", 3),
        _p("Effektmål: Fler vuxna kan använda svenska i vardagen."),
        _b("Medborgarinstitutet ordnar kvällskurser i svenska (2026–2028)."),
        _h("3.2 Fritid", 3),
        _p("Effektmål: Fler unga hittar en fritidshobby."),
        _b("Fritidsenheten ordnar en föreningsmässa (varje höst)."),
        _h("3.3 Boende", 3),
        _p("Effektmål: Nya invånare hittar bostad."),
        _b("Bostadsbolaget ordnar boenderådgivning (från 2026)."),
    ])
    assert {g.text: g.theme for g in ex.goals} == {
        "Fler vuxna kan använda svenska i vardagen": "Språk",
        "Fler unga hittar en fritidshobby": "Fritid",
        "Nya invånare hittar bostad": "Boende",
    }


def test_meters_keyed_by_goal_number_or_theme_split_at_semicolons():
    for key in ("Mål 1", "Språk"):
        ex = _classify([
            _h("2 Mål och åtgärder", 2),
            _h("2.1 Språk", 3),
            _p("Mål 1: Alla vuxna kan studera svenska nära hemmet."),
            _b("Exby medborgarinstitut ordnar kvällskurser i svenska i byarna (2025–2028)."),
            _h("2.2 Arbete", 3),
            _p("Mål 2: Nya invånare får arbete som motsvarar deras utbildning."),
            _b("Näringslivsenheten ordnar rekryteringsträffar för arbetsgivare (varje vår)."),
            _h("3 Uppföljning", 2),
            _p("Målen följs upp med följande mätare:"),
            _b(f"{key}: andelen vuxna som studerar svenska; andelen som klarat språkprovet"),
        ])
        goals = {g.id: g.text for g in ex.goals}
        assert {i.text: goals.get(i.goal) for i in ex.indicators} == {
            "andelen vuxna som studerar svenska": "Alla vuxna kan studera svenska nära hemmet",
            "andelen som klarat språkprovet": "Alla vuxna kan studera svenska nära hemmet",
        }, key
