"""Twenty-second blind set (helper t22a): minutes of a committee whose decisions adopt the
programme's goals and list the decided actions, each with '(ansvar: X; when)'. Made-up
text."""

from blocks_doc import bullets as _b, classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers.decision_intros import decision_intro_kind
from classifiers.prose import intro_kind


def test_a_bare_decision_intro_lists_actions_and_a_decision_on_the_programmes_goals_lists_goals():
    assert decision_intro_kind("Styrelsen beslutade enhälligt:") == "measure"
    assert intro_kind("Ärendet bereddes av sekreteraren. Styrelsen beslutar:") == "measure"
    assert intro_kind("Styrelsen beslutade att planen har följande mål:") == "goal"
    # a goal clause reported from another body's text stays background
    assert intro_kind("Regeringen anger att målen för politiken är:") == "background"
    # a decision about something else is no list of goals or actions
    assert decision_intro_kind("Styrelsen beslöt att tillsätta en arbetsgrupp med följande medlemmar:") is None
    assert decision_intro_kind("Beslutar:") is None


def _minutes():
    return _classify([
        _h("Kultur- och fritidskommittén i Ekby", 1),
        _p("Protokoll 2/2025."),
        _h("§ 3 Programmets mål", 2),
        _p("Kommittén beslöt att programmet har följande mål:"),
        _b("Mål 1: Nya invånare hittar till föreningslivet.",
           "Mål 2: Unga nyinflyttade deltar i kommunens läger."),
        _h("§ 4 Föreningar", 2),
        _p("Sekreteraren hade berett ärendet. Kommittén beslöt enhälligt:"),
        _b("Föreningsmässan får en egen monter för nya invånare (ansvar: fritidskansliet; 2025).",
           "Föreningarna bjuds in till ett möte om tvåspråkiga ledare (ansvar: kulturchefen; våren 2026)."),
    ])


def test_minutes_give_the_adopted_goals_and_the_decided_actions():
    x = _minutes()
    assert {g.text for g in x.goals} == {"Nya invånare hittar till föreningslivet",
                                         "Unga nyinflyttade deltar i kommunens läger"}
    by_text = {m.text: m for m in x.measures}
    assert set(by_text) == {"Föreningsmässan får en egen monter för nya invånare",
                            "Föreningarna bjuds in till ett möte om tvåspråkiga ledare"}
    assert by_text["Föreningsmässan får en egen monter för nya invånare"].responsible == ["fritidskansliet"]


# ---- a bracketed mark closing an action cell ('(I)') ---------------------------------------

def _marked_table():
    return _classify([
        _h("4 Integration", 1),
        _p("Åtgärder märkta med (I) gäller i första hand invandrare."),
        {"type": "table", "caption": "Tabell 4.1 Mål och åtgärder",
         "columns": ["Mål", "Åtgärd", "Ansvar", "Tidtabell"],
         "rows": [["Nya invånare hittar rätt i den kommunala servicen",
                   "Öppen mottagning för nyinflyttade vid kommunens infopunkt varje vecka (I)",
                   "Infopunkten", "2025–2028"],
                  ["", "Broschyrer om servicen på lättläst svenska (I)", "respektive sektor", ""],
                  ["", "Guidade besök på biblioteket", "biblioteket", "2026"]]},
    ])


def test_a_bracketed_mark_ending_an_action_is_no_open_preposition_that_joins_the_next_row():
    # '(I)' read as the preposition 'i' left the line open, so the rows below were glued to it
    x = _marked_table()
    texts = sorted(" ".join(m.text.split()) for m in x.measures)
    assert len(texts) == 3, texts
    assert any(t.startswith("Broschyrer om servicen") for t in texts)
    assert {tuple(m.responsible) for m in x.measures} == {("Infopunkten",), ("respektive sektor",), ("biblioteket",)}


# ---- an indicator table whose other columns are the years of its figures ------------------

def test_an_indicator_column_beside_year_columns_is_a_follow_up_table():
    from classifiers.headers import is_structure_header

    assert is_structure_header(["Indikator", "2021", "2022", "2023"])
    assert not is_structure_header(["Indikator", "2023"])  # one year alone names no series
    assert not is_structure_header(["År", "2022", "2023"])  # no indicator column: statistics
    # key figures over years describe the municipality (a needs analysis), no follow-up
    assert not is_structure_header(["Nyckeltal", "2022", "2023", "2024"])
    x = _classify([
        _h("Mål och åtgärder", 1),
        {"type": "table", "caption": "Tabell 1", "columns": ["Mål", "Åtgärd", "Ansvar"],
         "rows": [["Fler unga deltar i idrott", "Avgiftsfria idrottsskolor på lördagar", "idrottsbyrån"]]},
        _h("Bilaga 2. Uppföljning", 1),
        {"type": "table", "caption": "Mätare", "columns": ["Mätare", "2021", "2022", "2023"],
         "rows": [["Antal deltagare i idrottsskolorna", "40", "52", "61"],
                  ["Andel unga som idrottar, %", "33", "35", "–"]]},
    ])
    assert sorted(" ".join(i.text.split()) for i in x.indicators) == [
        "Andel unga som idrottar, %", "Antal deltagare i idrottsskolorna"]


# ---- a table caption numbered by its chapter ('Tabell 6.1') naming only what it holds ------

def test_a_caption_numbered_by_chapter_and_naming_only_structure_gives_no_theme():
    from classifiers.reader_shared import caption_theme

    assert caption_theme("Tabell 4.2 Mål och åtgärder") is None
    assert caption_theme("Tabell 4.2 Boende och närmiljö") == "Boende och närmiljö"
    # a follow-up's caption names the part of the programme it stands for
    assert caption_theme("Tabell 7. Uppföljning") == "Uppföljning"
    x = _classify([
        _h("4 Boende och närmiljö", 1),
        {"type": "table", "caption": "Tabell 4.1 Mål och åtgärder", "columns": ["Mål", "Åtgärd", "Ansvar"],
         "rows": [["Nyinflyttade hittar en bostad", "Bostadsrådgivning på infopunkten", "bostadsbyrån"]]},
    ])
    assert [g.theme for g in x.goals] == ["Boende och närmiljö"]


# ---- a theme's title row in an action table without a goal column -------------------------

def _plan_with_title_rows():
    return _classify([
        _h("2 Mål", 1),
        _h("Boende", 2),
        _p("Vi vill att nyinflyttade familjer hittar en bostad inom ett halvår."),
        _h("Fritid", 2),
        _p("Vi vill att barn och unga deltar i föreningarnas verksamhet."),
        _h("3 Handlingsplan", 1),
        {"type": "table", "caption": "Tabell 3. Handlingsplan",
         "columns": ["Nr", "Åtgärd", "Ansvar", "2025", "2026"],
         "rows": [["", "Boende", "", "", ""],
                  ["1", "Bostadsrådgivning på infopunkten varje vecka", "bostadsbyrån", "■", "■"],
                  ["", "Fritid", "", "", ""],
                  ["2", "Prova-på-dagar hos idrottsföreningarna", "fritidsbyrån", "", "■"]]},
    ])


def test_a_title_alone_in_the_action_column_is_the_theme_of_the_actions_below_not_an_action():
    x = _plan_with_title_rows()
    goals = {g.text.removeprefix("Vi vill att ").rstrip("."): g.id for g in x.goals}
    by_text = {" ".join(m.text.split()): m for m in x.measures}
    assert set(by_text) == {"Bostadsrådgivning på infopunkten varje vecka",
                            "Prova-på-dagar hos idrottsföreningarna"}
    assert by_text["Prova-på-dagar hos idrottsföreningarna"].goal == \
        goals["barn och unga deltar i föreningarnas verksamhet"]
    assert by_text["Bostadsrådgivning på infopunkten varje vecka"].goal == \
        goals["nyinflyttade familjer hittar en bostad inom ett halvår"]


# ---- 'Vi vill att …' goals and 'Därför …' actions in running text ----------------------------

def test_a_therefore_sentence_after_a_wish_goal_states_its_actions_even_beside_an_action_table():
    from classifiers.therefore_actions import therefore_actions

    assert therefore_actions("Därför öppnar vi en rådgivning på torget, och broschyren trycks på fem språk.") == [
        "öppnar vi en rådgivning på torget", "broschyren trycks på fem språk"]
    assert therefore_actions("Därför är det viktigt att alla får information.") is None
    x = _classify([
        _h("3 Språk", 2),
        _p("Vi vill att alla vuxna nyinflyttade kan börja studera svenska inom ett halvår."),
        _p("Därför ordnar medborgarinstitutet en kurs varje termin och biblioteket en samtalsgrupp."),
        _p("Vi vill att barnen talar sitt modersmål hemma och i skolan."),
        _p("Därför erbjuder skolan modersmålsundervisning två timmar i veckan, och föräldrarna får "
           "material om flerspråkighet."),
        _h("4 Handlingsplan", 1),
        {"type": "table", "caption": "Tabell 4", "columns": ["Nr", "Åtgärd", "Ansvar"],
         "rows": [["1", "Välkomstträffar för nyinflyttade två gånger per år", "kommunkansliet"]]},
    ])
    goals = {g.text.removeprefix("Vi vill att ").rstrip("."): g.id for g in x.goals}
    by_text = {" ".join(m.text.split()): m for m in x.measures}
    first = by_text["ordnar medborgarinstitutet en kurs varje termin och biblioteket en samtalsgrupp"]
    assert first.goal == goals["alla vuxna nyinflyttade kan börja studera svenska inom ett halvår"]
    assert by_text["föräldrarna får material om flerspråkighet"].goal == \
        goals["barnen talar sitt modersmål hemma och i skolan"]
    assert "erbjuder skolan modersmålsundervisning två timmar i veckan" in by_text


# ---- one '§' of decided actions per listed goal, in the list's order ------------------------

def _minutes_by_goal(second_heading: str = "§ 6 Idrott och läger"):
    return _classify([
        _h("Fritidskommittén i Ekby", 1),
        _h("§ 4 Programmets mål", 2),
        _p("Kommittén beslöt att programmet har följande mål:"),
        _b("Mål 1: Nya invånare hittar till föreningslivet.",
           "Mål 2: Unga nyinflyttade deltar i kommunens läger och idrottsskolor."),
        _h("§ 5 Föreningsliv för nya invånare", 2),
        _p("Kommittén beslöt enhälligt:"),
        _b("Föreningsmässan får en egen monter för nya invånare (ansvar: fritidskansliet, "
           "Ekby Marthaförening; 2025).",
           "Föreningarna bjuds in till ett möte om tvåspråkiga ledare (ansvar: kulturchefen; 2026)."),
        _h(second_heading, 2),
        _p("Kommittén beslöt enhälligt:"),
        _b("Lägeravgiften slopas för familjer som bott i kommunen under ett år (ansvar: fritidskansliet; 2025)."),
    ])


def test_sections_of_decided_actions_serve_the_listed_goals_in_order_and_title_them():
    x = _minutes_by_goal()
    goals = {g.text: g for g in x.goals}
    g1 = goals["Nya invånare hittar till föreningslivet"]
    g2 = goals["Unga nyinflyttade deltar i kommunens läger och idrottsskolor"]
    by_text = {m.text: m for m in x.measures}
    assert by_text["Föreningsmässan får en egen monter för nya invånare"].goal == g1.id
    assert by_text["Lägeravgiften slopas för familjer som bott i kommunen under ett år"].goal == g2.id
    assert (g1.theme, g2.theme) == ("Föreningsliv för nya invånare", "Idrott och läger")
    # '(ansvar: X, Y; when)': the lead first, then the body it works with
    m = by_text["Föreningsmässan får en egen monter för nya invånare"]
    assert (m.responsible, m.partners) == (["fritidskansliet"], ["Ekby Marthaförening"])


def test_sections_whose_headings_do_not_speak_of_the_goal_of_their_rank_are_not_paired():
    x = _minutes_by_goal("§ 6 Avgifter")
    lagret = next(m for m in x.measures if m.text.startswith("Lägeravgiften"))
    assert len(lagret.goals) == 2


# ---- a welfare plan naming its integration chapter ------------------------------------------

def test_a_plan_naming_its_integration_chapter_keeps_that_chapter_and_its_appendix_only():
    from classifiers.chapter_of_plan import programme_chapter

    assert programme_chapter(["Integrationsprogrammet ingår som kapitel 4 i välfärdsplanen."]) == "4"
    assert programme_chapter(["Kapitel 4 handlar om barn."]) is None
    x = _classify([
        _h("Välfärdsplan 2025–2028", 1),
        _p("Planen omfattar barn, äldre och invandrare. Integrationsprogrammet enligt lagen "
           "(681/2023) ingår som kapitel 3 i denna plan."),
        _h("2 Barn och familjer", 1),
        {"type": "table", "caption": "Tabell 2.1", "columns": ["Mål", "Åtgärd", "Ansvar"],
         "rows": [["Barnfamiljer får stöd tidigt", "Familjecafé varje vecka", "familjetjänsterna"]]},
        _h("3 Integration", 1),
        {"type": "table", "caption": "Tabell 3.1", "columns": ["Mål", "Åtgärd", "Ansvar"],
         "rows": [["Nyinflyttade hittar rätt i servicen", "Infopunkt för nyinflyttade", "kommunkansliet"]]},
        _h("Bilaga 1. Uppföljning av kapitel 3", 1),
        {"type": "table", "caption": "Indikatorer", "columns": ["Indikator", "2023", "2024"],
         "rows": [["Antal besök på infopunkten", "100", "140"]]},
    ])
    assert [g.text for g in x.goals] == ["Nyinflyttade hittar rätt i servicen"]
    assert [m.text for m in x.measures] == ["Infopunkt för nyinflyttade"]
    assert [i.text for i in x.indicators] == ["Antal besök på infopunkten"]


# ---- a Gantt column printed as a field ('2025 V: ■') ----------------------------------------

def test_a_half_year_column_printed_as_a_field_ends_the_field_before_it():
    from classifiers.records import fields

    assert fields("Ansvarig: fritidsbyrån. 2025 V: ■. 2025 H: ■.") == [("responsible", "Ansvarig", "fritidsbyrån")]
    assert fields("Ansvarig: fritidsbyrån. 2026: x.") == [("responsible", "Ansvarig", "fritidsbyrån")]
    # a time inside the value is no label
    assert fields("Tidtabell: hösten 2025. Ansvarig: X.")[0] == ("schedule", "Tidtabell", "hösten 2025")


def test_under_a_title_whose_theme_has_two_goals_an_action_serves_the_one_it_speaks_of():
    x = _classify([
        _h("2 Mål", 1),
        _h("Arbete och vardag", 2),
        _p("Vi vill att fler invandrare hittar arbete i lokala företag."),
        _p("Vi vill att nyinflyttade känner till den kommunala servicen."),
        _h("3 Handlingsplan", 1),
        {"type": "table", "caption": "Tabell 3. Handlingsplan",
         "columns": ["Nr", "Åtgärd", "Ansvar", "2025", "2026"],
         "rows": [["", "Arbete och vardag", "", "", ""],
                  ["1", "Företagsbesök för arbetssökande", "näringslivsenheten", "■", "■"],
                  ["2", "Servicekarta för nyinflyttade på fyra språk", "kommunkansliet", "■", ""],
                  ["3", "Broschyr översätts till arabiska", "kommunkansliet", "", "■"]]},
    ])
    goals = {g.text.removeprefix("Vi vill att ").rstrip("."): g.id for g in x.goals}
    by_text = {" ".join(m.text.split()): m for m in x.measures}
    assert by_text["Företagsbesök för arbetssökande"].goals == [goals["fler invandrare hittar arbete i lokala företag"]]
    assert by_text["Servicekarta för nyinflyttade på fyra språk"].goals == [
        goals["nyinflyttade känner till den kommunala servicen"]]
    # speaking of neither ('till' is no word of meaning): the theme's goals together
    assert len(by_text["Broschyr översätts till arabiska"].goals) == 2
