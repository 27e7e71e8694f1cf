"""Conventions of the thirty-third blind set's Klemetsby, Norrkulla and Sjundby programmes
(tests/data/blind_programs, README there), on made-up programmes."""

import re

from blocks_doc import bullets as _b, classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers.capital_field_lines import capital_tail, read_capital_field_lines
from classifiers.counted_actions import actions_counted
from classifiers.elements import Element
from classifiers.headers import label_role
from classifiers.model import Measure
from classifiers.numbered_per_chapter import numbered_per_chapter
from classifiers.prose import is_goal_heading
from classifiers.section_responsibility import whole_section_responsible
from classifiers.start_stop_lists import start_stop_kind
from classifiers.text import normalize_for_match


def _t(columns, rows, caption=None):
    return {"type": "table", "caption": caption, "columns": columns, "rows": rows}


def _norm(s):
    # (the action's number is no part of its text: the scoring drops it as the gold does)
    return re.sub(r"^\d+\.\s+", "", " ".join(s.split())).rstrip(".")


def _capitals_plan():
    return [
        _h("Åtgärder", 1),
        _h("Område 1: Fritid", 2),
        _p("Mål: Alla barn har en hobby."),
        _p("1. Gratis simskola för barn på sommaren\nFRITIDSTJÄNSTERNA, 2027"),
        _p("2. Läxhjälp på biblioteket varje tisdag\nBIBLIOTEKET OCH SKOLORNA, FORTLÖPANDE"),
        _p("3. Kvällsträffar för tonåringar\nUNGDOMSGÅRDEN I SAMARBETE MED SCOUTERNA, VARJE HÖST"),
    ]


def test_a_capitals_line_under_a_numbered_action_gives_its_responsible_and_time():
    x = _classify(_capitals_plan())
    got = {_norm(m.text): (m.responsible, m.partners, m.schedule) for m in x.measures}
    assert got == {
        "Gratis simskola för barn på sommaren": (["FRITIDSTJÄNSTERNA"], [], "2027"),
        "Läxhjälp på biblioteket varje tisdag": (["BIBLIOTEKET", "SKOLORNA"], [], "FORTLÖPANDE"),
        "Kvällsträffar för tonåringar": (["UNGDOMSGÅRDEN"], ["SCOUTERNA"], "VARJE HÖST"),
    }


def test_the_capitals_tail_needs_a_named_responsible_and_a_comma():
    assert capital_tail("1. Kurs inom projektet ESF, 2025") == ("1. Kurs inom projektet", "ESF", "2025")
    assert capital_tail("1. Kurs för vuxna (A1–B1), 2025") is None  # no word of letters
    assert capital_tail("1. Kurs för vuxna BIBLIOTEKET") is None  # no comma: no time given
    assert capital_tail("1. Kurs för vuxna") is None


def _theme(closing, stop=True):
    blocks = [_h("Program", 1), _h("1. Mötet", 2), _p("Målbild 2028: Alla nya invånare får vägledning."),
              _p("Det här börjar vi med"), _b("1. Välkomstsamtal med alla nya", "2. Digital guide på fyra språk"),
              _p("Det här fortsätter vi med"), _b("3. Kartläggning och plan")]
    if stop:
        blocks += [_p("Det här slutar vi med"), _b("Tryckta pärmar vid servicepunkten")]
    return blocks + ([_p(closing)] if closing else [])


def test_start_and_continue_lists_hold_actions_and_the_stop_list_none():
    x = _classify(_theme(None))
    assert sorted(_norm(m.text) for m in x.measures) == [
        "Digital guide på fyra språk", "Kartläggning och plan", "Välkomstsamtal med alla nya"]
    assert start_stop_kind("Det här slutar vi med") == "background"
    assert start_stop_kind("Vi fortsätter med följande:") == "measure"
    assert start_stop_kind("Det här är bra") is None


def test_a_closing_sentence_gives_every_action_of_its_section_its_responsible():
    for closing, want in (
            ("Alla åtgärder under detta tema sköts av integrationsteamet.", (["integrationsteamet"],) * 3),
            ("Ansvaret för åtgärderna i detta kapitel har näringslivsenheten i samarbete med biblioteket. "
             "Åtgärderna genomförs under hela planperioden.", (["näringslivsenheten"],) * 3),
            ("Ansvar: åtgärd 1 ungdomstjänsterna, åtgärd 2 skolan, åtgärd 3 personalenheten.",
             (["ungdomstjänsterna"], ["skolan"], ["personalenheten"])),
            ("Ansvar: fritidsenheten för åtgärderna 1–2, biblioteket för åtgärd 3.",
             (["fritidsenheten"], ["fritidsenheten"], ["biblioteket"]))):
        x = _classify(_theme(closing))
        got = {_norm(m.text).split(". Ansvar")[0]: m.responsible for m in x.measures}
        assert got == dict(zip(("Välkomstsamtal med alla nya", "Digital guide på fyra språk", "Kartläggning och plan"),
                               want)), closing
    x = _classify(_theme("Ansvaret för åtgärderna i detta kapitel har näringslivsenheten i samarbete med biblioteket."))
    assert {tuple(m.partners) for m in x.measures} == {("biblioteket",)}
    assert whole_section_responsible("Ansvaret för åtgärderna har vi alla.") is None  # no section named


def test_items_numbered_anew_per_theme_that_only_look_alike_letter_by_letter_are_two_actions():
    ms = [Measure(id="m1", text="2. Svenska som andraspråk och modersmålsundervisning i grundskolan",
                  goal="g1", goals=["g1"], section="s1"),
          Measure(id="m2", text="2. Simundervisning för vuxna som inte kan simma", goal="g2", goals=["g2"], section="s2")]
    assert numbered_per_chapter("2", ms, set())
    same = [ms[0], Measure(id="m3", text="2. Modersmålsundervisning i grundskolan", goal="g2", goals=["g2"],
                           section="s2")]
    assert not numbered_per_chapter("2", same, set())  # a restatement repeats the action's words


def test_a_numbered_picture_aimed_at_heads_a_goal():
    assert is_goal_heading("Målbild 2: Bostadsområdena är blandade")
    assert is_goal_heading("Målbild 1 – Alla har en bostad")
    assert not is_goal_heading("Målbild 2028: Alla har en bostad")  # a year, no goal number


def test_a_paragraph_run_onto_the_capitals_line_is_split_off():
    els = [Element(kind="bullet", text="12. Familjedag på torget KULTURTJÄNSTERNA, VARJE ÅR"),
           Element(kind="bullet", text="13. Kurs för förtroendevalda KANSLIET, 2026 Vi följer upp detta genom: antal deltagare.")]
    got = read_capital_field_lines(els)
    assert [(e.text, e.fields) for e in got] == [
        ("12. Familjedag på torget", [("responsible", "Ansvar", "KULTURTJÄNSTERNA"), ("schedule", "Tidtabell", "VARJE ÅR")]),
        ("13. Kurs för förtroendevalda", [("responsible", "Ansvar", "KANSLIET"), ("schedule", "Tidtabell", "2026")]),
        ("Vi följer upp detta genom: antal deltagare.", [])]
    assert got[2].kind == "para"


def test_a_bodys_contact_column_gives_the_responsible():
    blocks = [_h("Program", 1), _h("Hälsa", 2), _p("Mål: Alla får vård på ett språk de förstår."),
              _t(["Nr", "Åtgärd", "Sjukhusets kontakt", "Tid"],
                 [["1", "Tolk bokas automatiskt vid behov", "Tolkcentralen", "2026"],
                  ["2", "Stödgrupp för nyblivna föräldrar", "Barnrådgivningen", "2027"]], caption="Gemensamma åtgärder")]
    x = _classify(blocks)
    assert {_norm(m.text): m.responsible for m in x.measures} == {
        "Tolk bokas automatiskt vid behov": ["Tolkcentralen"], "Stödgrupp för nyblivna föräldrar": ["Barnrådgivningen"]}


def test_a_follow_up_phrase_with_a_pronoun_object_names_one_meter():
    blocks = [_h("Program", 1), _h("Insatsområde 1: Fritid", 2), _p("Mål: Alla barn har en hobby."),
              _p("Åtgärder:"), _b("Gratis simskola för barn", "Läxhjälp på biblioteket"),
              _p("Vi följer upp detta genom: andel elever som deltar i en hobby.")]
    x = _classify(blocks)
    assert [_norm(i.text) for i in x.indicators] == ["andel elever som deltar i en hobby"]


def test_a_bodys_contact_field_gives_the_responsible():
    assert label_role("Välfärdsområdets kontakt") == "responsible"
    assert label_role("Kontakt") is None  # a card's e-mail field
    blocks = [_h("Program", 1), _h("Hälsa", 2), _p("Mål: Alla får vård på ett språk de förstår."),
              _p("1. Tolk bokas automatiskt vid behov"), _p("Sjukhusets kontakt: Tolkcentralen. Tid: 2026."),
              _p("2. Stödgrupp för nyblivna föräldrar"), _p("Sjukhusets kontakt: Barnrådgivningen. Tid: 2027.")]
    x = _classify(blocks)
    assert {_norm(m.text): m.responsible for m in x.measures} == {
        "Tolk bokas automatiskt vid behov": ["Tolkcentralen"], "Stödgrupp för nyblivna föräldrar": ["Barnrådgivningen"]}


def test_a_rate_of_the_residents_counts_no_action():
    actions = [("m1", "Seniorrådgivning för personer över 70 år"), ("m2", "Svenskkurser på kvällstid"),
               ("m3", "Informationsträff för arbetsgivare")]
    got = actions_counted(["Arbetslöshetsgrad bland personer med främmande språk, %",
                           "Antal deltagare i svenskkurserna", "Antal arbetsgivare på informationsträffen"],
                          actions, ["Invandrare får arbete"])
    assert got == [None, "m2", "m3"]



def test_a_numbered_picture_aimed_at_is_matched_without_its_label():
    # two cards of a table's theme, each goal 'Målbild N:' over its own actions: the label
    # numbers the goal, it is no part of it -- dropped when goal texts are compared, as
    # 'Mål 2:' is (a goal heading's text keeps its label, as 'Mål 2: …' does)
    x = _classify([_h("Program", 1), _h("3. Boende", 2),
                   _h("Målbild 1: Alla nyinflyttade har en trygg bostad", 3),
                   _p("Åtgärd: Boenderådgivning en dag i veckan"), _p("Ansvar: Bostadsbolaget"),
                   _h("Målbild 2: Bostadsområdena är blandade", 3),
                   _p("Åtgärd: Bostäder för stora familjer i nybygget"), _p("Ansvar: Tekniska nämnden")])
    goals = {g.id: normalize_for_match(g.text) for g in x.goals}
    assert sorted(goals.values()) == ["alla nyinflyttade har en trygg bostad", "bostadsområdena är blandade"]
    assert {m.text.rstrip("."): goals[m.goal] for m in x.measures} == {
        "Boenderådgivning en dag i veckan": "alla nyinflyttade har en trygg bostad",
        "Bostäder för stora familjer i nybygget": "bostadsområdena är blandade"}
    assert normalize_for_match("Målbild 2028: Alla har en bostad") == "målbild 2028: alla har en bostad"  # a year
