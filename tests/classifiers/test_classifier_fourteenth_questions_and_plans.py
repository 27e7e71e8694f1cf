"""Fourteenth blind set conventions (blind81/82/84), on made-up text: actions told as run-in
questions with no colon ('Vad gör vi? ...' / 'Vem ansvarar? ...' / 'När? ...'); a wish
that extends the paragraph's description to others too is no goal; a sentence running on
into a list of what follows it up ('... följs upp med' / bullets); a plan's table caption
'Mål 1. <tema> – åtgärder' naming a goal stated before; a 'Delmål' column's '3' naming the
goal headed 'Mål 3: ...'; a lower-case schedule under a cell that is only a time."""

import re

from blocks_doc import bullets as _b, classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers.elements import _continues_row
from classifiers.prose import is_goal_sentence
from classifiers.records import fields, trailing_fields


def _t(caption, columns, rows):
    return {"type": "table", "caption": caption, "columns": columns, "rows": rows}


def _squash(s):
    """The text as the gold gives it: spaces squashed, no goal label, no closing full stop."""
    return re.sub(r"^(?:Del)?[Mm]ål \d+(?:\.\d+)?:\s*", "", " ".join(s.split())).rstrip(".")


# ---- run-in questions as labels --------------------------------------------------------

def test_a_question_answered_on_its_line_is_a_field_label():
    assert fields("Vad gör vi? Vi öppnar ett språkcafé i biblioteket. Vem ansvarar? Biblioteket. "
                  "När? Hösten 2026.") == [
        ("measure", "Vad gör vi?", "Vi öppnar ett språkcafé i biblioteket."),
        ("responsible", "Vem ansvarar?", "Biblioteket"),
        ("schedule", "När?", "Hösten 2026")]
    assert trailing_fields("Vi öppnar ett språkcafé. Vem ansvarar? Biblioteket.") == (
        "Vi öppnar ett språkcafé.", [("responsible", "Vem ansvarar?", "Biblioteket")])


def test_a_question_of_prose_or_a_question_alone_is_no_label():
    assert fields("Hur gick det? Bättre än väntat.") is None  # no doing asked: prose
    assert fields("Vem skrev programmet?") is None  # a heading's question, answered below
    assert fields("Vad händer nu? Vi väntar på beslutet.") is None


def _question_doc():
    return _classify([
        _h("Boende", 1),
        _p("Det finns få hyresbostäder i kommunen och köerna är långa."),
        _p("Målet är att nyinflyttade hittar en bostad inom tre månader."),
        _p("Vad gör vi? Vi tar fram en bostadsguide på lätt svenska."),
        _p("Vem ansvarar? Tekniska nämnden tillsammans med Bostadsbolaget Granen."),
        _p("När? Våren 2026."),
        _p("Vad gör vi? Vi ordnar en visning av lediga bostäder varje månad. Vem ansvarar? "
           "Bostadsbolaget Granen. När? Från 2026."),
    ])


def test_actions_told_as_questions_are_measures_with_their_doers_and_times():
    x = _question_doc()
    goals = {g.id: _squash(g.text) for g in x.goals}
    got = [(_squash(m.text), goals.get(m.goal), m.responsible, m.partners, m.schedule) for m in x.measures]
    assert got == [
        ("Vi tar fram en bostadsguide på lätt svenska",
         "Målet är att nyinflyttade hittar en bostad inom tre månader",
         ["Tekniska nämnden"], ["Bostadsbolaget Granen"], "Våren 2026"),
        ("Vi ordnar en visning av lediga bostäder varje månad",
         "Målet är att nyinflyttade hittar en bostad inom tre månader",
         ["Bostadsbolaget Granen"], [], "Från 2026"),
    ]


# ---- a wish extending the description ----------------------------------------------------

def test_a_wish_that_extends_the_description_to_others_is_no_goal():
    s = "Vi vill att också de äldre invånarna ska känna sig hemma."
    assert not is_goal_sentence(s, opens_paragraph=False)
    assert is_goal_sentence(s, opens_paragraph=True)
    # one more wish of the programme is a goal wherever it stands
    assert is_goal_sentence("Vi vill också att alla barn lär sig simma.", opens_paragraph=False)
    assert is_goal_sentence("Vi vill att alla barn lär sig simma i skolan.", opens_paragraph=False)


def test_the_section_goal_is_the_wish_of_its_own_paragraph():
    x = _classify([
        _h("Fritid", 1),
        _p("Idrottsföreningarna är många och aktiva. Vi vill att också de äldre invånarna ska känna sig hemma."),
        _p("Vi vill att alla barn har en hobby som de tycker om."),
        _p("Vad gör vi? Vi delar ut ett fritidskort till varje barn."),
        _p("Vem ansvarar? Fritidsnämnden."),
        _p("När? Hösten 2026."),
    ])
    assert [_squash(g.text) for g in x.goals] == ["Vi vill att alla barn har en hobby som de tycker om"]
    assert [m.goal for m in x.measures] == [x.goals[0].id]


# ---- a sentence running on into its indicators -------------------------------------------

def test_a_sentence_running_on_into_a_list_of_what_follows_up_introduces_indicators():
    x = _classify([
        _h("Fritid", 1),
        _p("Vi vill att alla barn har en hobby. Det gör vi genom att"),
        _b("dela ut ett fritidskort till varje barn (fritidsnämnden, från 2026)",
           "ordna en hobbymässa i skolan (skolan, varje höst)"),
        _p("Hur det går med hobbyerna följs upp med"),
        _b("andelen barn som har en hobby enligt skolenkäten", "antalet besökare på hobbymässan"),
    ])
    assert [_squash(i.text) for i in x.indicators] == [
        "andelen barn som har en hobby enligt skolenkäten", "antalet besökare på hobbymässan"]
    assert all(i.goal == x.goals[0].id and i.measure is None for i in x.indicators)


# ---- a plan's tables per goal --------------------------------------------------------------

def _plan_doc():
    cols = ["Delmål", "Åtgärd", "Ansvarig", "Tidtabell"]
    return _classify([
        _h("Boende", 2),
        _h("Mål 1: Nyinflyttade hittar en bostad", 3),
        _p("Delmål 1.1: Hyresbostäderna annonseras på flera språk."),
        _h("Fritid", 2),
        _h("Mål 2: Alla barn har en hobby", 3),
        _p("Delmål 2.1: Fritidskortet når alla familjer."),
        _h("Handlingsplan för år 2026", 1),
        _t("Mål 1. Boende – åtgärder 2026", cols, [
            ["1.1", "Annonser på engelska och arabiska", "Bostadsbolaget Granen", "våren 2026"],
            ["", "Boenderådgivning i kommunhuset", "", "varje månad"]]),
        _t("Mål 2. Fritid – åtgärder 2026", cols, [
            ["2", "Hobbymässa i skolan", "Fritidsnämnden", "september 2026"],
            ["2.1", "Fritidskort till varje barn", "Fritidsnämnden", "hela året"]]),
    ])


def test_a_plan_caption_naming_a_stated_goal_by_number_and_actions_is_no_goal():
    x = _plan_doc()
    assert [_squash(g.text) for g in x.goals] == [
        "Nyinflyttade hittar en bostad", "Hyresbostäderna annonseras på flera språk",
        "Alla barn har en hobby", "Fritidskortet når alla familjer"]


def test_a_sub_goal_column_number_of_a_main_goal_heading_names_that_goal():
    x = _plan_doc()
    goals = {g.id: _squash(g.text) for g in x.goals}
    got = {_squash(m.text): goals.get(m.goal) for m in x.measures}
    assert got["Hobbymässa i skolan"] == "Alla barn har en hobby"
    assert got["Fritidskort till varje barn"] == "Fritidskortet når alla familjer"


def test_a_lower_case_time_under_a_whole_time_starts_its_own_row():
    above = ["1.1", "Annonser på engelska och\narabiska", "Bostadsbolaget Granen", "våren 2026"]
    assert not _continues_row(["", "Boenderådgivning i kommunhuset", "", "hela året"], above)
    assert not _continues_row(["", "Stöd vid flytten", "", "ansökan i maj\n2026"], above)
    # a cut text still goes on under a time cell
    assert _continues_row(["", "och somaliska", "", ""], above)
    x = _plan_doc()
    assert "Boenderådgivning i kommunhuset" in [_squash(m.text) for m in x.measures]
