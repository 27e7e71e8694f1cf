"""Conventions of the twenty-fourth blind set's Molpe, Kustö and Tosarby programmes
(tests/data/blind_programs, README there), on made-up programmes: goal cards ('Målkort')
whose action cell numbers its actions '1)', '2)' and whose 'Ansvar' cell keys each name to
those numbers (`paren_numbers`), follow-up lines closed by a bracketed source (`cells`);
'Vi gör så här:' lists whose subjects are the bodies the introduction named
(`intro_bodies`) and 'Vi följer upp genom att räkna antalet X och antalet Y' (`prose`);
an annex checklist of '☐ action (doer) – klart senast DATE' items with ticked '☒' steps
already done (`checklist_items`), its checkbox glyph's tall box (`elements`);
'Så vet vi att vi lyckats: a; b.' (`success_label`); a lettered goal heading over a
sentence about the goal ('Mål F behandlades ...', `goal_outline.speaks_of_goal`); a
'Nyckeltal:' field closing an action paragraph (`read_paragraphs`)."""

from blocks_doc import bullets as _b, classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers.cells import split_indicator_cell, split_marked_items
from classifiers.checklist_items import deadline_phrase, deadline_tail, without_ticked_items
from classifiers.elements import Element, document_elements
from classifiers.goal_outline import speaks_of_goal
from classifiers.headers import field_label
from classifiers.intro_bodies import subject_from_intro
from classifiers.named_action import actions_named_one_each
from classifiers.paren_numbers import actors_by_number, paren_number_marks
from classifiers.prose import followed_up_by, intro_kind
from extractors.model import BBox, Line
from normalizers.model import NormalizedDocument, NormalizedPage


def _t(columns, rows, caption=None):
    return {"type": "table", "caption": caption, "columns": columns, "rows": rows}


def _squash(s):
    return " ".join(s.split())


# ---- goal cards: numbered actions, actors keyed by number, follow-up lines -------------

def _cards_doc():
    return [
        _h("Målkorten", 1),
        _p("Programmet består av två målkort."),
        _t(["Målkort 1", "Service"], [
            ["Mål", "Alla nya invånare vet var de får hjälp"],
            ["Varför?", "Många känner inte till servicen."],
            ["Åtgärder", "1) Kansliet skickar ett välkomstbrev till alla nya invånare\n"
                         "2) Biblioteket ordnar handledning i digitala tjänster\n"
                         "3) Välkomstmöte varje vår med presentation av tjänsterna"],
            ["Ansvar", "Kansliet (1, 3), biblioteket (2). Samarbete: Folkhälsan (3)"],
            ["Tidsplan", "2026–2028"],
            ["Så följer vi upp", "Andel nya invånare som känner till servicen (enkät 2027)\n"
                                 "Antal besökare på välkomstmötet varje vår"],
        ]),
        _t(["Målkort 2", "Arbete"], [
            ["Mål", "Fler nya invånare har arbete"],
            ["Åtgärder", "1) Rådgivning för nya företagare en gång i månaden\n"
                         "2) Kommunen erbjuder arbetsprövningsplatser inom kommunens kök"],
            ["Ansvar", "Näringslivsrådgivaren (1), personalchefen (2)"],
            ["Tidsplan", "från 2026"],
            ["Så följer vi upp", "Antal nya företag\nAntal arbetsprövningsplatser i kommunens kök"],
        ]),
    ]


def test_paren_numbered_lines_are_the_items_of_a_cell():
    assert paren_number_marks(["1) Kurs i svenska", "på kvällstid", "2) Språkcafé"]) == [True, False, True]
    # a single '1)' or a list not starting at 1 is no list
    assert paren_number_marks(["1) Kurs i svenska"]) == [False]
    assert paren_number_marks(["2) Kurs", "3) Café"]) == [False, False]
    intro, items = split_marked_items("1) Kurs i svenska\npå kvällstid\n2) Språkcafé")
    assert items == [("Kurs i svenska på kvällstid", "1"), ("Språkcafé", "2")]


def test_actors_keyed_by_action_numbers_in_brackets():
    assert actors_by_number("Kansliet (1, 3), biblioteket (2). Samarbete: Folkhälsan (3)", ["1", "2", "3"]) == [
        (["Kansliet"], []), (["biblioteket"], []), (["Kansliet"], ["Folkhälsan"])]
    # a bracket that is no number key leaves the cell to the other readings
    assert actors_by_number("Biblioteket (Kustö), kansliet", ["1", "2"]) is None
    # every action needs a doer
    assert actors_by_number("Kansliet (1)", ["1", "2"]) is None


def test_goal_card_actions_doers_and_follow_up():
    x = _classify(_cards_doc())
    goal_of = {_squash(g.text): g.id for g in x.goals}
    g1, g2 = goal_of["Alla nya invånare vet var de får hjälp"], goal_of["Fler nya invånare har arbete"]
    got = {_squash(m.text): (m.goal, m.responsible, m.partners, m.schedule) for m in x.measures}
    assert got == {
        "Kansliet skickar ett välkomstbrev till alla nya invånare": (g1, ["Kansliet"], [], "2026–2028"),
        "Biblioteket ordnar handledning i digitala tjänster": (g1, ["biblioteket"], [], "2026–2028"),
        "Välkomstmöte varje vår med presentation av tjänsterna": (g1, ["Kansliet"], ["Folkhälsan"], "2026–2028"),
        "Rådgivning för nya företagare en gång i månaden": (g2, ["Näringslivsrådgivaren"], [], "från 2026"),
        "Kommunen erbjuder arbetsprövningsplatser inom kommunens kök": (g2, ["personalchefen"], [], "från 2026"),
    }
    mid = {_squash(m.text): m.id for m in x.measures}
    inds = {_squash(i.text): (i.goal, i.measure) for i in x.indicators}
    # the lines are no list parallel to the actions: a line follows up the action it names
    assert inds["Antal arbetsprövningsplatser i kommunens kök"] == (
        g2, mid["Kommunen erbjuder arbetsprövningsplatser inom kommunens kök"])
    assert inds["Antal nya företag"] == (g2, None)
    # the bracketed source closed the first line: two indicators, not one
    assert "Andel nya invånare som känner till servicen (enkät 2027)" in inds
    assert inds["Antal besökare på välkomstmötet varje vår"][0] == g1


def test_bracketed_source_closes_an_indicator_line():
    cell = "Andel nya invånare som känner till servicen (enkät 2027)\nAntal besökare på mötet"
    assert split_indicator_cell(cell) == ["Andel nya invånare som känner till servicen (enkät 2027)",
                                          "Antal besökare på mötet"]
    # a name going on after the bracket is a wrap
    assert len(split_indicator_cell("Antal praktikplatser (kommunen och\nKustö Varv Ab)")) == 1


# ---- a card in prose: 'Vi gör så här:' and its follow-up sentence -----------------------

def _prose_card_doc():
    return [
        _h("Målkort 3: Gemenskap", 2),
        _p("Mål: Nya och gamla invånare känner varandra."),
        _p("Byarådet, Marthaföreningen och idrottsföreningen tog fram kortet i april. Vi gör så här:"),
        _b("Byarådet ordnar en gemensam städdag varje vår.",
           "Marthorna håller språkcaféer varje vecka."),
        _p("Kommunen stöder föreningarna med ett bidrag. Vi följer upp genom att räkna "
           "antalet deltagare på städdagen och antalet besök på språkcaféerna."),
    ]


def test_we_do_so_introduces_actions():
    assert intro_kind("Vi gör så här:") == "measure"
    assert intro_kind("Så här gör vi:") == "measure"
    assert intro_kind("Föreningarna tog fram kortet. Vi gör så här:") == "measure"


def test_subject_short_form_of_a_body_the_introduction_named():
    intro = "Byarådet, Marthaföreningen och idrottsföreningen tog fram kortet. Vi gör så här:"
    # the members of the association ('Marthorna' of 'Marthaföreningen')
    assert subject_from_intro("Marthorna håller språkcaféer.", intro) == ["Marthorna"]
    assert subject_from_intro("Eleverna ordnar en städdag.", intro) == []
    x = _classify(_prose_card_doc())
    got = {_squash(m.text).rstrip("."): m.responsible for m in x.measures}
    assert got == {"Byarådet ordnar en gemensam städdag varje vår": ["Byarådet"],
                   "Marthorna håller språkcaféer varje vecka": ["Marthorna"]}


def test_following_up_by_counting_names_the_indicators():
    assert followed_up_by("Vi följer upp genom att räkna antalet deltagare på städdagen och antalet "
                          "besök på språkcaféerna.") == (
        "Vi följer upp", ["antalet deltagare på städdagen", "antalet besök på språkcaféerna"])
    x = _classify(_prose_card_doc())
    mid = {_squash(m.text).rstrip("."): m.id for m in x.measures}
    # each count names its own action of the list by a word no other action uses
    assert {_squash(i.text): i.measure for i in x.indicators} == {
        "antalet deltagare på städdagen": mid["Byarådet ordnar en gemensam städdag varje vår"],
        "antalet besök på språkcaféerna": mid["Marthorna håller språkcaféer varje vecka"]}
    assert actions_named_one_each(["antalet deltagare", "antalet besök"],
                                  [("m1", "Byarådet ordnar städdag"), ("m2", "Marthorna håller café")]) is None


# ---- an annex checklist -------------------------------------------------------------

def test_deadline_tail_and_phrase():
    item = "Välkomstträff varje höst (fritidssekreteraren och kansliet) – klart senast 30.11.2026"
    start, doers, when = deadline_tail(item)
    assert item[:start].rstrip() == "Välkomstträff varje höst"
    assert (doers, when) == ("fritidssekreteraren och kansliet", "30.11.2026")
    assert deadline_tail("Kurs i svenska (på kvällstid)") is None
    assert deadline_phrase("klart senast 30.9.2027")
    assert not deadline_phrase("Ansvar: kansliet")


def test_ticked_items_of_a_checklist_are_done_steps():
    els = [Element("bullet", "• ☐ Kurs i svenska", 1), Element("bullet", "• ☒ Ansökan inlämnad", 1)]
    assert [e.text for e in without_ticked_items(els)] == ["• ☐ Kurs i svenska"]
    # ticks only: the programme's actions printed with checkmarks
    only = [Element("bullet", "• ☒ Kurs i svenska", 1), Element("bullet", "• ☒ Språkcafé", 1)]
    assert without_ticked_items(only) == only


def _checklist_doc():
    return [
        _h("3 Mål", 1),
        _h("Mål 1: Språk", 2),
        _p("Alla vuxna nya invånare börjar studera svenska inom tre månader."),
        _h("Bilaga. Checklista för åtgärderna", 1),
        _h("Mål 1 – Språk", 2),
        _b("☐ Samtalsgrupp i svenska i biblioteket (biblioteket) – klart senast 31.1.2026",
           "☐ Kvällskurs i svenska (kansliet och medborgarinstitutet) – klart senast 31.8.2026",
           "☒ Ansökan om bidrag för kvällskursen (inlämnad 11/2025)"),
    ]


def test_checklist_items_with_doers_and_deadlines():
    x = _classify(_checklist_doc())
    got = {_squash(m.text): (m.responsible, m.schedule) for m in x.measures}
    assert got == {"Samtalsgrupp i svenska i biblioteket": (["biblioteket"], "31.1.2026"),
                   "Kvällskurs i svenska": (["kansliet", "medborgarinstitutet"], "31.8.2026")}


def _ln(text, x, y0, y1, size=10.0):
    return Line(text=text, bbox=BBox(x0=x, y0=y0, x1=x + 5 * len(text), y1=y1), font_size=size, column=0)


def test_checkbox_glyphs_tall_box_does_not_split_its_item():
    # the '☐' from a symbol font makes the first line's box 17 pt tall: the wrapped line
    # under it overlaps the box, at the usual step of the text
    items = [
        _ln("Checklista", 60, 40, 56, size=14.0),
        _ln("Inledande text om checklistan.", 60, 80, 92),
        _ln("• ☐ Kommunen bekostar en kvällsgrupp i svenska i samarbete med", 62, 149.3, 166.4),
        _ln("(kommunkansliet) – klart senast 31.8.2026", 73, 162.7, 176.5),
        _ln("• ☐ Samtalsgrupp i svenska (biblioteket) – klart senast 31.1.2026", 62, 178.3, 195.4),
        # the deadline wrapped before its dash: the item's tail, not a sub-item
        _ln("• ☐ Information om rösträtt inför kommunalvalet 2027 på fem språk (centralvalnämnden)",
            62, 207.4, 224.5),
        _ln("– klart senast 30.9.2027", 73, 220.8, 234.6),
    ]
    doc = NormalizedDocument(source_file="x", sha256="0", kind="pdf",
                             pages=[NormalizedPage(page_no=1, height=842, width=595, items=items)])
    bullets = [e.text for e in document_elements(doc) if e.kind == "bullet"]
    assert bullets == ["• ☐ Kommunen bekostar en kvällsgrupp i svenska i samarbete med (kommunkansliet) – "
                       "klart senast 31.8.2026",
                       "• ☐ Samtalsgrupp i svenska (biblioteket) – klart senast 31.1.2026",
                       "• ☐ Information om rösträtt inför kommunalvalet 2027 på fem språk (centralvalnämnden) "
                       "– klart senast 30.9.2027"]


# ---- 'Så vet vi att vi lyckats:', 'Mål F behandlades ...', a 'Nyckeltal:' field ---------

def test_knowing_we_succeeded_labels_indicators():
    assert field_label("Så vet vi att vi lyckats: väntetiden till kursen; antalet deltagare.") == (
        "Så vet vi att vi lyckats", "indicator")
    assert field_label("Så vet vi att vi har lyckats: antalet deltagare.")[1] == "indicator"
    x = _classify([
        _h("3.1 Språk", 2),
        _p("Delmål: Alla vuxna inflyttade kan börja studera svenska inom tre månader."),
        _p("Så vet vi att vi lyckats: väntetiden till första svenskkursen; antalet deltagare i samtalsgruppen."),
    ])
    assert {_squash(i.text) for i in x.indicators} == {"väntetiden till första svenskkursen",
                                                       "antalet deltagare i samtalsgruppen"}


def test_paragraph_naming_the_lettered_goal_is_about_it():
    assert speaks_of_goal("Mål F behandlades separat i kommunstyrelsen.", "F")
    assert not speaks_of_goal("Kommunen samarbetar med arbetsgivare.", "F")
    x = _classify([
        _h("Mål E: Nya invånare får service på sitt språk", 3),
        _p("E.1 Kommunens blanketter översätts till engelska. Ansvarig: kansliet. År: 2026."),
        _h("Mål F: Kommunen samarbetar med arbetsgivare om bostäder", 3),
        _p("Mål F behandlades separat i kommunstyrelsen och skrivs därför ut som text."),
        _p("F.1 Kommunstyrelsen bjuder in arbetsgivarna till ett samråd. Ansvarig: kommundirektören. "
           "År: 2025–2027. Nyckeltal: antal deltagande arbetsgivare."),
    ])
    goals = {_squash(g.text): g.id for g in x.goals}
    assert "Kommunen samarbetar med arbetsgivare om bostäder" in goals
    assert not any("behandlades" in g for g in goals)
    m = next(m for m in x.measures if "samråd" in m.text)
    assert m.goal == goals["Kommunen samarbetar med arbetsgivare om bostäder"]
    # the 'Nyckeltal:' field among the action's closing fields is its indicator
    assert [(_squash(i.text), i.measure) for i in x.indicators] == [("antal deltagande arbetsgivare", m.id)]
