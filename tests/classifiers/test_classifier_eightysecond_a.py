"""Eighty-second blind set (helper t82a): sub-goals listed as 'Delmål 1.1 …' known by their
number to an appendix plan's 'Mål 1.1' cells; lists introduced as other plans' work or as a
strategy's goals; labelled goals set as paragraphs without a colon that a page break splits;
a responsibility matrix marked in lower-case letters ('x' / 's'), printed as cards that name
only the parties they mark or as a title over a line of fields. Made-up text."""

from blocks_doc import bullets as _b, classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers.elements import document_elements
from classifiers.matrix import mark_actors, mark_columns
from classifiers.other_plans import placed_in_other_plans
from classifiers.prose import intro_kind
from extractors.model import BBox, Line
from normalizers.model import NormalizedDocument, NormalizedPage


# ---- 'Delmål 1.1 …' bullets named 'Mål 1.1' by an appendix plan ---------------------------

def _sub_goal_plan():
    return _classify([
        _h("2 Mål", 1),
        _h("Arbete", 2),
        _h("Mål 1. Nya invånare kommer snabbare i arbete", 3),
        _p("Många arbetar i uppgifter som inte motsvarar deras utbildning."),
        _b("Delmål 1.1 Kompetensen hos nya invånare kartläggs tidigt",
           "Delmål 1.2 Kommunen anställer fler personer med utländsk bakgrund"),
        _h("Bilaga 1. Handlingsplan", 1),
        {"type": "table", "caption": None,
         "columns": ["Åtgärd", "Mål", "Ansvarig", "Tidtabell"],
         "rows": [["Kartläggning av kompetens vid inflyttningen", "Mål 1.1", "Integrationsbyrån", "2025"],
                  ["Praktikplatser i kommunens daghem", "Mål 1.2", "Personalenheten", "2025–2027"],
                  ["Företagsrådgivning på engelska", "Mål 1", "Näringslivsbyrån", "fortlöpande"]]},
    ])


def test_a_listed_sub_goal_labelled_with_a_dotted_number_is_the_goal_a_plans_cell_names_by_it():
    x = _sub_goal_plan()
    texts = {g.id: g.text for g in x.goals}
    assert sorted(texts.values()) == sorted([
        "Mål 1. Nya invånare kommer snabbare i arbete",
        "Kompetensen hos nya invånare kartläggs tidigt",
        "Kommunen anställer fler personer med utländsk bakgrund"]), texts
    by_text = {m.text.replace("\n", " "): texts.get(m.goal) for m in x.measures}
    assert by_text["Kartläggning av kompetens vid inflyttningen"] == "Kompetensen hos nya invånare kartläggs tidigt"
    assert by_text["Praktikplatser i kommunens daghem"] == "Kommunen anställer fler personer med utländsk bakgrund"
    assert by_text["Företagsrådgivning på engelska"] == "Mål 1. Nya invånare kommer snabbare i arbete"


# ---- lists of other plans' work, and of a strategy's goals ---------------------------------

def test_an_intro_placing_its_list_in_other_plans_introduces_background():
    for intro in ("Vissa frågor hanteras i andra planer och följs upp där:",
                  "Följande åtgärder som stöder integrationen ingår i andra program och följs upp där:",
                  "Också andra planer innehåller uppgifter som berör integrationen:",
                  "Dessa följs upp inom sina egna program och ingår inte i tabellen ovan:",
                  "Följande planer innehåller åtgärder som följs upp i respektive plan:"):
        assert placed_in_other_plans(intro), intro
        assert intro_kind(intro) == "background", intro
    # the programme's own list set apart from the other plans', or the second programme
    for intro in ("Utöver åtgärderna i andra planer genomför kommunen följande åtgärder:",
                  "Det här är kommunens andra program. Det har följande mål:"):
        assert not placed_in_other_plans(intro), intro
    assert intro_kind("Utöver åtgärderna i andra planer genomför kommunen följande åtgärder:") == "measure"
    # (as before: a follow-up intro of the programme's own)
    assert intro_kind("Målen följs upp med följande mätare:") == "indicator"


def test_a_list_of_other_plans_work_after_a_follow_up_verb_gives_no_indicators():
    x = _classify([
        _h("3 Uppföljning", 1),
        _p("Målet är att alla nya invånare får information på sitt eget språk."),
        _h("3.1 Uppgifter i andra planer", 2),
        _p("Vissa frågor som gäller integrationen hanteras i andra planer och följs upp där:"),
        _b("Välfärdsplanen: förebyggande av ensamhet bland äldre",
           "Bostadsprogrammet: fler stora hyresbostäder i centrum"),
    ])
    assert x.indicators == [], [i.text for i in x.indicators]


def test_an_intro_whose_subject_is_the_strategy_introduces_its_goals_as_background():
    assert intro_kind("Stadsstrategin Exby 2030 har tre strategiska mål som också styr integrationsarbetet:") \
        == "background"
    assert intro_kind("Strategin har tre mål:") == "background"
    # the programme's own goals, as before
    assert intro_kind("Programmet har tre mål:") == "goal"
    assert intro_kind("Kommunen har följande mål:") == "goal"


# ---- 'Mål 2.1 X' at a page's foot, 'Mål 2.2 Y' at the next page's top --------------------

def _ln(text, x, y):
    return Line(text=text, bbox=BBox(x0=x, y0=y, x1=x + 5.2 * len(text), y1=y + 12), font_size=10, column=0)


def _split_doc(top_line: str) -> NormalizedDocument:
    first = NormalizedPage(page_no=1, height=842, width=595, items=[
        Line(text="Målområde 2: Språk", bbox=BBox(x0=45, y0=60, x1=200, y1=75), font_size=12.5, bold=True),
        _ln("Mål 2.1 Vuxna kan kombinera arbete och språkstudier", 45, 740)])
    second = NormalizedPage(page_no=2, height=842, width=595, items=[_ln(top_line, 45, 62)])
    return NormalizedDocument(source_file="x", sha256="0", kind="pdf", pages=[first, second])


def test_the_next_labelled_goal_at_the_top_of_the_next_page_is_a_paragraph_of_its_own():
    texts = [e.text for e in document_elements(_split_doc("Mål 2.2 Unga avlägger en examen på andra stadiet"))]
    assert "Mål 2.1 Vuxna kan kombinera arbete och språkstudier" in texts
    assert "Mål 2.2 Unga avlägger en examen på andra stadiet" in texts


def test_a_sentence_going_on_over_the_page_break_after_a_labelled_goal_is_still_joined():
    texts = [e.text for e in document_elements(_split_doc("på kvällar och helger"))]
    assert "Mål 2.1 Vuxna kan kombinera arbete och språkstudier på kvällar och helger" in texts


# ---- a matrix marked 'x' / 's' -------------------------------------------------------------

_HDR = ["Åtgärd", "Staden", "Välfärdsområdet", "Tid"]


def test_lower_case_matrix_letters_mark_the_responsible_and_the_partners():
    rows = [["Mentorprogram", "s", "x", "2025"], ["Språkcafé", "x", "", "2026"]]
    cols = mark_columns(_HDR, rows, {0: "measure", 3: "schedule"})
    assert cols == {1: "Staden", 2: "Välfärdsområdet"}
    assert mark_actors(rows[0], cols) == (["Välfärdsområdet"], ["Staden"])
    assert mark_actors(rows[1], cols) == (["Staden"], [])


def test_a_card_marking_one_party_is_the_matrixs_when_that_party_was_a_column_before():
    hdr, rows, roles = ["Åtgärd", "Staden", "Tid"], [["Språkcafé", "x", "2026"]], {0: "measure", 2: "schedule"}
    assert mark_columns(hdr, rows, roles) == {}  # one column of crosses alone: no matrix
    assert mark_columns(hdr, rows, roles, known={"Staden", "Välfärdsområdet"}) == {1: "Staden"}


def test_matrix_cards_naming_only_the_parties_they_mark_give_every_card_its_responsible():
    cards = []
    for action, marks, when in (("Mentorprogram för högutbildade", {"Staden": "s", "Sysselsättningsområdet": "x"}, "2025"),
                                ("Startpeng för nya företagare", {"Sysselsättningsområdet": "x"}, "2026"),
                                ("Språkcaféer i biblioteken", {"Staden": "x"}, "2025–2027")):
        cards.append({"type": "table", "caption": None, "columns": ["Åtgärd", *marks, "Tid"],
                      "rows": [[action, *marks.values(), when]]})
    x = _classify([_h("Bilaga 1. Handlingsplan", 1),
                   _p("Teckenförklaring: x = ansvarig part, s = samarbetspart."), *cards])
    got = {m.text.replace("\n", " "): (m.responsible, m.partners) for m in x.measures}
    assert got == {"Mentorprogram för högutbildade": (["Sysselsättningsområdet"], ["Staden"]),
                   "Startpeng för nya företagare": (["Sysselsättningsområdet"], []),
                   "Språkcaféer i biblioteken": (["Staden"], [])}, got


def test_an_actions_name_over_a_line_of_fields_marking_parties_is_a_record():
    x = _classify([
        _h("Bilaga 1. Handlingsplan", 1),
        _p("Teckenförklaring: x = ansvarig part, s = samarbetspart."),
        _p("Mentorprogram för högutbildade invandrare"),
        _p("Mål: Mål 1.1. Status: fortsätter. Staden: s. Sysselsättningsområdet: x. Tid: 2024–2027."),
        _p("Startpeng för nya företagare"),
        _p("Mål: Mål 1.2. Status: ny. Sysselsättningsområdet: x. Tid: 2025–2027."),
    ])
    got = {m.text: (m.responsible, m.schedule) for m in x.measures}
    assert got == {"Mentorprogram för högutbildade invandrare": (["Sysselsättningsområdet"], "2024–2027"),
                   "Startpeng för nya företagare": (["Sysselsättningsområdet"], "2025–2027")}, got
