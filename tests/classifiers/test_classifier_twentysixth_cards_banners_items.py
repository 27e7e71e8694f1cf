"""Conventions of the twenty-sixth blind set's Barösund, Tjusterby and Sjömark programmes
(tests/data/blind_programs, README there), on made-up programmes: goals printed as banners with
the label in capitals ('MÅL 1  <goal>', `reader_shared._banner_goal`); brochure action cards
of a title heading, a description and one line of fields joined by '·'
(`records._described_card`); tables that name who and when but call their actions by another
name ('Projekt', 'Steg', 'Vad händer' beside 'Månad': `headers._item_column`)."""

from blocks_doc import classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers import classify
from classifiers.actors import split_actors
from classifiers.council_decision import listed_area_goal
from classifiers.figure_tables import figures_beside_names
from classifiers.headers import map_columns
from classifiers.reader_shared import goal_field
from classifiers.run_in_lists import is_run_in_list, run_in_list
from classifiers.survey_follow_up import survey_figure
from extractors.model import BBox, Line
from normalizers.model import NormalizedDocument, NormalizedPage


def _t(columns, rows, caption=None):
    return {"type": "table", "caption": caption, "columns": columns, "rows": rows}


def _squash(s):
    return " ".join(s.split())


# ---- goal banners ------------------------------------------------------------------------------

def test_goal_banner_in_capitals_is_a_goal_field():
    assert goal_field("MÅL 2  Nya invånare hittar ett arbete som motsvarar deras utbildning") == (
        "Nya invånare hittar ett arbete som motsvarar deras utbildning", "2")
    # a group's name, in capitals or in the label's ordinary case, is no goal
    assert goal_field("MÅL 2 BARN OCH UNGA") is None
    assert goal_field("Mål 2 Barn och unga") is None
    assert goal_field("MÅL 2 Barn och unga") is None


# ---- brochure action cards ---------------------------------------------------------------------

def _brochure():
    return [
        _h("Så här läser du programmet", 1),
        _p("Varje tema inleds med målet och följs av åtgärdskort."),
        _h("Tema 1 Arbete", 2),
        _p("MÅL 1  Nya invånare hittar ett arbete som motsvarar deras utbildning"),
        _h("Yrkesmentorer för nyanlända", 3),
        _p("Nyanlända med yrkesutbildning får en mentor från samma bransch. Mentorerna utbildas av "
           "företagarföreningen."),
        _p("Ansvar: Näringslivsenheten · Partner: Exempelby Företagare · Tid: 2025–2026 · "
           "Följs upp med: antal mentorpar"),
        _h("Jobbmässa på engelska", 3),
        _p("Mässan ordnas i stadshuset."),
        _p("Ansvar: Sysselsättningstjänsterna · Partner: – · Tid: varje höst · Följs upp med: antal besökare"),
        _h("Tema 2 Fritid", 2),
        _p("MÅL 2  Alla barn kan delta i en fritidsaktivitet som de själva väljer"),
        _h("Fritidskort för barnfamiljer", 3),
        _p("Kortet ger fritt inträde till simhallen."),
        _p("Ansvar: Fritidsbyrån · Partner: idrottsföreningarna · Tid: 2026 · Följs upp med: antal utdelade kort"),
    ]


def test_banner_goals_and_titled_cards_with_a_description():
    x = _classify(_brochure())
    goals = {g.text: g for g in x.goals}
    assert set(goals) == {"Nya invånare hittar ett arbete som motsvarar deras utbildning",
                          "Alla barn kan delta i en fritidsaktivitet som de själva väljer"}
    ms = {m.text: m for m in x.measures}
    assert set(ms) == {"Yrkesmentorer för nyanlända", "Jobbmässa på engelska", "Fritidskort för barnfamiljer"}
    m = ms["Yrkesmentorer för nyanlända"]
    assert m.responsible == ["Näringslivsenheten"] and m.partners == ["Exempelby Företagare"]
    assert m.schedule == "2025–2026"
    assert m.goal == goals["Nya invånare hittar ett arbete som motsvarar deras utbildning"].id
    assert ms["Fritidskort för barnfamiljer"].goal == goals[
        "Alla barn kan delta i en fritidsaktivitet som de själva väljer"].id
    ind = {i.text: i for i in x.indicators}
    assert ind["antal mentorpar"].measure == m.id


def test_chapter_over_prose_and_a_lone_owner_line_is_no_card():
    x = _classify([
        _h("Mål och åtgärder", 1),
        _p("Mål: Nya invånare hittar ett arbete som motsvarar deras utbildning."),
        _h("Samordning", 2),
        _p("Programmet samordnas av kommunkansliet, som rapporterar till kommunstyrelsen."),
        _p("Ansvar: Kommunkansliet"),
    ])
    assert "Samordning" not in {m.text for m in x.measures}


# ---- tables naming their actions by another name ----------------------------------------------

def test_item_column_beside_who_and_when():
    assert map_columns(["Projekt", "Huvudman", "Finansiär", "Period", "Koppling till mål"])[0] == "measure"
    assert map_columns(["Steg", "Vem", "När"])[0] == "measure"
    roles = map_columns(["Månad", "Vad händer", "Vem ordnar"])
    assert roles == {0: "schedule", 1: "measure", 2: "responsible"}
    # a number column is no item column; a table naming no time has none either
    assert 0 not in map_columns(["Nr", "Mål", "Ansvarig", "Tidtabell"])
    assert 0 not in map_columns(["Namn", "Organisation", "Telefon"])
    # a log of dated events (how the programme was drafted) is no plan
    assert 1 not in map_columns(["Datum", "Händelse", "Ansvarig"])


def test_project_table_rows_are_actions_of_their_goal():
    x = _classify([
        _h("Tema 1 Arbete", 1),
        _p("MÅL 1  Nya invånare hittar ett arbete som motsvarar deras utbildning"),
        _h("Tema 2 Fritid", 1),
        _p("MÅL 2  Alla barn kan delta i en fritidsaktivitet som de själva väljer"),
        _h("Projektportfölj", 1),
        _t(["Projekt", "Huvudman", "Finansiär", "Period", "Koppling till mål"], [
            ["Projekt Jobbvägen – snabbare till arbete", "Näringslivsenheten", "ESF+", "2025–2027", "Mål 1"],
            ["Simskola för alla", "Fritidsbyrån", "Undervisningsministeriet", "2026", "Mål 2"],
        ]),
    ])
    goals = {g.id: g.text for g in x.goals}
    ms = {_squash(m.text): m for m in x.measures}
    assert set(ms) == {"Projekt Jobbvägen – snabbare till arbete", "Simskola för alla"}
    assert goals[ms["Simskola för alla"].goal].startswith("Alla barn")
    assert ms["Simskola för alla"].responsible == ["Fritidsbyrån"] and ms["Simskola för alla"].schedule == "2026"


# ---- 'Strävan:' goals and lists run into their label -------------------------------------------

def test_aspiration_label_is_a_goal_field():
    assert goal_field("Strävan: Alla nya invånare hittar en bostad inom ett halvår.") == (
        "Alla nya invånare hittar en bostad inom ett halvår", None)


def test_run_in_list_of_steps_and_its_limits():
    found = run_in_list("Konkreta steg: en bostadsguide på fyra språk (bostadsbolaget, 2026); "
                        "hyresrådgivning i biblioteket (socialbyrån och Hyresgästföreningen); en infokväll.")
    assert found == ("Konkreta steg", "measure", ["en bostadsguide på fyra språk (bostadsbolaget, 2026)",
                                                  "hyresrådgivning i biblioteket (socialbyrån och Hyresgästföreningen)",
                                                  "en infokväll"])
    # a card's field holds one action, a semicolon inside it ('Åtgärd:' in the singular)
    assert run_in_list("Åtgärd: Tolk bokas alltid när det behövs; personalen utbildas i tolkning.") is None
    # a follow-up list is read where its statement is (`measured_statements`)
    assert run_in_list("Så här mäter vi: antal deltagare; andel nöjda.") is None
    # one item without its doers' parenthesis is a card's field
    assert not is_run_in_list("Konkreta steg: antal deltagare i kursen")
    assert is_run_in_list("Konkreta steg: öppna kvällar i ungdomsgården (ungdomsarbetet).")


def _steps_doc():
    return [
        _h("Utvecklingsområden", 1),
        _h("Utvecklingsområde 1: Boende", 2),
        _p("Strävan: Alla nya invånare hittar en bostad inom ett halvår."),
        _p("Konkreta steg: en bostadsguide på fyra språk (bostadsbolaget, 2026); hyresrådgivning i "
           "biblioteket (socialbyrån i samarbete med Hyresgästföreningen); en infokväll för hyresvärdar."),
        _p("Strävan: Ingen ny invånare blir bostadslös."),
        _p("Konkreta steg: akutbostäder i kommunens hyreshus (tekniska nämnden)."),
        _p("Signaler på framsteg: antalet utdelade bostadsguider; antalet bostadslösa."),
    ]


def test_steps_run_in_after_each_aspiration_are_its_actions():
    x = _classify(_steps_doc())
    goals = {g.text: g.id for g in x.goals}
    assert set(goals) == {"Alla nya invånare hittar en bostad inom ett halvår", "Ingen ny invånare blir bostadslös"}
    ms = {m.text: m for m in x.measures}
    assert set(ms) == {"en bostadsguide på fyra språk", "hyresrådgivning i biblioteket",
                       "en infokväll för hyresvärdar", "akutbostäder i kommunens hyreshus"}
    guide = ms["en bostadsguide på fyra språk"]
    assert guide.responsible == ["bostadsbolaget"] and guide.schedule == "2026"
    assert guide.goal == goals["Alla nya invånare hittar en bostad inom ett halvår"]
    advice = ms["hyresrådgivning i biblioteket"]
    assert advice.responsible == ["socialbyrån"] and advice.partners == ["Hyresgästföreningen"]
    assert ms["en infokväll för hyresvärdar"].responsible == []
    # one step alone, in the layout of the document's other steps
    assert ms["akutbostäder i kommunens hyreshus"].responsible == ["tekniska nämnden"]
    assert ms["akutbostäder i kommunens hyreshus"].goal == goals["Ingen ny invånare blir bostadslös"]
    assert {i.text for i in x.indicators} == {"antalet utdelade bostadsguider", "antalet bostadslösa"}


# ---- a line of fields wrapped in a narrow column -----------------------------------------------

def _ln(text, y, x=57.0):
    return Line(text=text, bbox=BBox(x0=x, y0=y, x1=x + 4.5 * len(text), y1=y + 10.2), font_size=8.5)


def test_field_line_wrapped_at_its_separator_stays_one_line():
    items = [
        Line(text="Program 2025–2028", bbox=BBox(x0=57, y0=40, x1=250, y1=60), font_size=16, bold=True),
        Line(text="Tema 1 Arbete", bbox=BBox(x0=57, y0=70, x1=180, y1=84), font_size=12, bold=True),
        _ln("MÅL 1  Nya invånare hittar ett arbete som motsvarar deras utbildning", 90),
        Line(text="Yrkesmentorer för nyanlända", bbox=BBox(x0=57, y0=110, x1=200, y1=121), font_size=9.5, bold=True),
        _ln("Nyanlända med yrkesutbildning får en mentor från samma bransch.", 125),
        _ln("Ansvar: Näringslivsenheten · Partner: –", 145),
        _ln("· Tid: 2025–2026 · Följs upp med: antal mentorpar", 155.5),
        Line(text="Jobbmässa på engelska", bbox=BBox(x0=57, y0=175, x1=200, y1=186), font_size=9.5, bold=True),
        _ln("Mässan ordnas i stadshuset varje höst.", 190),
        _ln("Ansvar: Sysselsättningstjänsterna · Partner: företagarna ·", 210),
        _ln("Tid: 2026 · Följs upp med: antal besökare", 220.5),
    ]
    doc = NormalizedDocument(source_file="x", sha256="0", kind="pdf",
                             pages=[NormalizedPage(page_no=1, height=842, width=595, items=items)])
    x = classify(doc)
    ms = {m.text: m for m in x.measures}
    assert ms["Yrkesmentorer för nyanlända"].schedule == "2025–2026"
    assert ms["Jobbmässa på engelska"].schedule == "2026"
    assert ms["Jobbmässa på engelska"].partners == ["företagarna"]
    ind = {i.text: i.measure for i in x.indicators}
    assert ind == {"antal mentorpar": ms["Yrkesmentorer för nyanlända"].id,
                   "antal besökare": ms["Jobbmässa på engelska"].id}


# ---- the lead marked among the actors ----------------------------------------------------------

def test_marked_lead_is_responsible_and_the_others_partners():
    assert split_actors("Biblioteket, Exempelby församling (huvudansvar)") == (["Exempelby församling"], ["Biblioteket"])
    assert split_actors("Fritidsbyrån (huvudansvar), idrottsföreningarna och skolorna") == (
        ["Fritidsbyrån"], ["idrottsföreningarna", "skolorna"])
    # a name a narrow cell wrapped stays whole
    assert split_actors("Uppsökande\nungdomsarbetet (huvudansvar), yrkesinstitutet") == (
        ["Uppsökande ungdomsarbetet"], ["yrkesinstitutet"])
    # no mark: the cell as before
    assert split_actors("Alla sektorer") == (["Alla sektorer"], [])


def test_lead_marked_by_the_bare_noun_ansvar():
    # 'X (ansvar), Y': the noun marks the lead as the adjective does
    assert split_actors("Kulturbyrån (ansvar), hembygdsföreningen, skolorna") == (
        ["Kulturbyrån"], ["hembygdsföreningen", "skolorna"])
    assert split_actors("Kulturbyrån (ansvar)") == (["Kulturbyrån"], [])


# ---- a goal's actions in a form of their own ('Årsklocka för mål 2') ---------------------------

def test_year_wheel_for_a_numbered_goal_serves_that_goal():
    x = _classify([
        _h("3 Programmets mål", 1),
        _p("Programmet har två mål:"),
        _p("1. Nya invånare hittar ett arbete som motsvarar deras utbildning"),
        _p("2. Gamla och nya invånare möts i föreningarna och på byns fester"),
        _h("4 Insatser för mål 1", 1),
        _t(["Insats", "Aktörer", "Tidpunkt"], [["Yrkessvenska för vårdarbete", "Medborgarinstitutet", "2026"]]),
        _h("5 Årsklocka för mål 2", 1),
        _p("Målet förverkligas genom återkommande evenemang."),
        _t(["Månad", "Vad händer", "Vem ordnar"], [
            ["Februari", "Internationell matkväll i skolan", "Hem och skola-föreningen"],
            ["Juni", "Gemensam midsommarfest", "Ungdomsföreningen"],
        ], caption="Årsklocka"),
    ])
    goals = {g.id: g.text for g in x.goals}
    ms = {m.text: m for m in x.measures}
    assert set(ms) == {"Yrkessvenska för vårdarbete", "Internationell matkväll i skolan", "Gemensam midsommarfest"}
    assert "Gamla och nya invånare" in goals[ms["Gemensam midsommarfest"].goal]
    assert ms["Gemensam midsommarfest"].schedule == "Juni"
    assert ms["Gemensam midsommarfest"].responsible == ["Ungdomsföreningen"]


# ---- a goal followed up through a survey, the figure in a 'där' clause -------------------------

def test_figure_named_in_the_clause_after_a_survey_is_a_goal_indicator():
    assert survey_figure("Vi följer upp målet genom kommunens invånarenkät, där vi frågar efter andelen "
                         "invånare som känner sig trygga i byn.") == (
        "", ["andelen invånare som känner sig trygga i byn"])
    assert survey_figure("Dessutom följs målen upp med hälsoenkäten, där andelen unga som har en hobby "
                         "följs upp som en egen nyckelindikator.") == ("", ["andelen unga som har en hobby"])
    # a clause naming no figure is none
    assert survey_figure("Vi följer upp målet i rådet, där föreningarna också deltar.") is None
    x = _classify([
        _h("Tema 1 Trygghet", 1),
        _p("MÅL 1  Alla invånare känner sig trygga i sin by"),
        _h("Uppföljning", 1),
        _p("Vi följer upp målet genom kommunens invånarenkät, där vi frågar efter andelen invånare som känner "
           "sig trygga i byn."),
    ])
    ind = {i.text: i for i in x.indicators}
    assert list(ind) == ["andelen invånare som känner sig trygga i byn"]
    assert ind["andelen invånare som känner sig trygga i byn"].measure is None


# ---- a table of key figures is no action table -------------------------------------------------

def test_key_figures_table_is_no_action_table_of_the_headerless_layout():
    assert figures_beside_names([["Andel med främmande modersmål", "6,2 %", "9,5 %"], ["Invånare", "1 402", "+88"]])
    assert not figures_beside_names([["Simskola", "Fritidsbyrån", "2026"]])
    x = _classify([
        _h("Läget i korthet", 1),
        _t(["Indikator", "Exempelby 2024", "Hela landet 2024"], [
            ["Andel invånare med främmande modersmål", "6,2 %", "9,5 %"],
            ["Arbetslöshetsgrad", "18,4 %", "20,1 %"],
        ]),
        _h("Tema 1 Fritid", 1),
        _p("MÅL 1  Alla barn kan delta i en fritidsaktivitet som de själva väljer"),
        # an action table continued without its header: the document's headerless layout
        _t(["", "", ""], [
            ["Avgiftsfri simskola för barn", "Fritidsbyrån", "Somrarna 2025–2028"],
            ["Fritidspass med rabatt på terminsavgifter", "Fritidsbyrån", "2026"],
        ]),
    ])
    texts = {_squash(m.text) for m in x.measures}
    assert "Arbetslöshetsgrad" not in texts and "Andel invånare med främmande modersmål" not in texts


# ---- a greeting is a foreword ------------------------------------------------------------------

def test_wish_in_the_managers_greeting_is_no_goal():
    x = _classify([
        _h("Hälsning från kommundirektören", 1),
        _p("Vi vill att de som flyttar hit ska stanna och trivas i kommunen."),
        _h("Tema 1 Arbete", 1),
        _p("MÅL 1  Nya invånare hittar ett arbete som motsvarar deras utbildning"),
    ])
    assert [g.text for g in x.goals] == ["Nya invånare hittar ett arbete som motsvarar deras utbildning"]


# ---- a listed goal led by its short name and a dash --------------------------------------------

def test_listed_goal_after_its_short_name_and_a_dash():
    assert listed_area_goal("1. Arbete – Invånare med utländsk bakgrund har ett arbete.") is not None
    found = listed_area_goal("2. Språk – Alla vuxna kan studera svenska på sin egen nivå.")
    assert (found.number, found.area, found.text) == ("2", "Språk", "Alla vuxna kan studera svenska på sin egen nivå")
    # a dash inside a sentence is none ('Nya invånare – oavsett bakgrund – hittar arbete')
    assert listed_area_goal("1. Nya invånare – oavsett bakgrund – hittar arbete.") is None


def test_hyphen_compound_after_och_names_one_body():
    assert split_actors("Hem och skola-föreningen, kostservicen") == (["Hem och skola-föreningen", "kostservicen"], [])
    # two bodies stay two
    assert split_actors("Biblioteket och ungdomsgården") == (["Biblioteket", "ungdomsgården"], [])
