"""Sixty-fourth blind set, reader b (blind383, blind384) conventions, on made-up text:

- a theme's paragraph that first describes where the theme stands and closes on its goal
  under an owned goal noun ('… Vårt mål: <goal in lower case>.', 'Kommunens mål: …');
- goals numbered 1–N as sub-headings of a numbered chapter ('4 Mål och åtgärder' >
  '1. <goal>'), a 'Tema: <theme>' line under each and the goal's actions lettered on from its
  number ('1a) <action>. Ansvar: <doer>. Tidtabell: <time>.'), a follow-up table naming the
  actions by those codes ('Mätare | Mål | Åtgärd': '1', '1a' / '–'), also printed as numbered
  records titled by the code ('5.1 1a' over 'Mål: 1.' and 'Mätare: …')."""

import pytest

from blocks_doc import bullets as _b, classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers.inline_lists import lettered_reference, opening_letter_code
from classifiers.reader_shared import goal_field, later_aim_goal
from classifiers.text import NUMBERED_RE


# ---- the goal closing a paragraph on the situation now: '… Vårt mål: <goal>.' ----

@pytest.mark.parametrize("label", ["Vårt mål", "Vår målsättning", "Kommunens mål", "Målet för perioden",
                                   "Målsättningen"])
def test_owned_goal_label_opening_a_later_sentence(label):
    text = (f"Det finns få lediga hyresbostäder och många bor trångt. {label}: alla nyinflyttade familjer "
            "hittar en bostad inom tre månader.")
    assert later_aim_goal(text) == ("alla nyinflyttade familjer hittar en bostad inom tre månader", None)


def test_goal_field_owned_by_vår():
    assert goal_field("Vår målsättning: alla nya invånare vet vart de vänder sig.") == (
        "alla nya invånare vet vart de vänder sig", None)


def test_a_goal_word_inside_a_sentence_is_no_label():
    assert later_aim_goal("Det finns få hyresbostäder. Vårt mål var att bygga tio nya.") is None
    assert later_aim_goal("Det finns få hyresbostäder. Modersmål: arabiska och dari.") is None


def _areas_with_appendix() -> list[dict]:
    cols = ["Insatsområde", "Åtgärd", "Ansvarig", "Samarbetspartner", "Tidsram", "Indikator"]
    return [
        _h("1 Inledning", 2),
        _p("Programmet beskriver vad kommunen vill nå. Åtgärderna finns i bilagan."),
        _h("2 Insatsområden", 2),
        _h("2.1 Boende", 3),
        _p("Hyresbostäderna i centrum räcker inte till och många nyinflyttade bor trångt. Vårt mål: "
           "nyinflyttade familjer hittar en hyresbostad inom tre månader."),
        _h("2.2 Fritid", 3),
        _p("Idrottsföreningarna har gott om ledare men få nyinflyttade medlemmar. Kommunens mål: fler "
           "nyinflyttade barn deltar i en hobby varje vecka."),
        _h("2.3 Hälsa", 3),
        _p("Många vet inte var hälsovården finns. Vår målsättning: alla nya invånare vet vart de "
           "vänder sig när de blir sjuka."),
        _h("Bilaga Handlingsplan", 1),
        {"type": "table", "caption": "Bilaga. Handlingsplan", "columns": cols, "rows": [
            ["Boende", "Bostadsrådgivning en kväll i veckan", "Bostadsbolaget", "–", "2026", "Antal besök"],
            ["", "Lista över lediga bostäder på fem språk", "Kansliet", "Biblioteket", "2026–2027", ""],
            ["Fritid", "Prova-på-dagar i föreningarna", "Fritidsenheten", "Föreningarna", "varje höst",
             "Antal deltagare"]]},
        {"type": "table", "caption": "", "columns": cols, "rows": [
            ["Fritid (forts.)", "Simskola för nyinflyttade barn", "Simhallen", "–", "sommaren 2026", ""],
            ["Hälsa", "Hälsoguide på tio språk", "Kansliet", "Hälsocentralen", "2026", "Antal guider"]]},
    ]


def test_area_paragraphs_closing_on_their_goal_key_the_appendix_rows():
    ex = _classify(_areas_with_appendix())
    goals = {g.id: (g.text, g.theme) for g in ex.goals}
    assert sorted(goals.values()) == [
        ("alla nya invånare vet vart de vänder sig när de blir sjuka", "Hälsa"),
        ("fler nyinflyttade barn deltar i en hobby varje vecka", "Fritid"),
        ("nyinflyttade familjer hittar en hyresbostad inom tre månader", "Boende"),
    ]
    # the area cell (empty: the area above; '(forts.)': that area on) names the row's goal
    assert {" ".join(m.text.split()): goals[m.goal][1] for m in ex.measures} == {
        "Bostadsrådgivning en kväll i veckan": "Boende",
        "Lista över lediga bostäder på fem språk": "Boende",
        "Prova-på-dagar i föreningarna": "Fritid",
        "Simskola för nyinflyttade barn": "Fritid",
        "Hälsoguide på tio språk": "Hälsa"}


# ---- goals numbered '1.' under a numbered chapter, actions lettered '1a)' ----

def _lettered(fmt: str = "{n}{l}) ") -> list[dict]:
    def items(n, a, b):
        return _b(fmt.format(n=n, l="a") + a, fmt.format(n=n, l="b") + b)
    return [
        _h("1 Inledning", 2),
        _p("Programmet har tre mål. Åtgärderna är märkta med målets nummer och en bokstav."),
        _h("3 Mål och åtgärder", 2),
        _h("1. Alla nyinflyttade barn lär sig svenska före skolstarten", 3), _p("Tema: Språk"),
        items(1, "Språkgrupper ordnas i daghemmen. Ansvar: dagvården. Tidtabell: från hösten 2026.",
              "Lånekassar med böcker delas ut. Ansvar: biblioteket, i samarbete med föreningen Läsglädje. "
              "Tidtabell: varje vår."),
        _h("2. Fler vuxna inflyttade får arbete inom två år", 3), _p("Tema: Arbete"),
        items(2, "Arbetsplatsbesök ordnas för kursdeltagare. Ansvar: sysselsättningsenheten. Tidtabell: 2026–2027.",
              "Mentorer matchas med arbetssökande. Ansvar: näringslivsenheten. Tidtabell: fortlöpande."),
        _h("3. Inflyttade deltar i föreningslivet", 3), _p("Tema: Fritid"),
        items(3, "Föreningsmässa hålls varje höst. Ansvar: fritidsenheten. Tidtabell: årligen.",
              "Simskola för vuxna ordnas. Ansvar: idrottshallen. Tidtabell: sommaren 2026."),
        _h("4 Uppföljning", 2),
        {"type": "table", "caption": "Tabell 2. Mätare", "columns": ["Mätare", "Mål", "Åtgärd"],
         "rows": [["Antal barn i språkgrupperna", "1", "1a"], ["Andel barn med god svenska", "1", "–"],
                  ["Antal arbetsplatsbesök", "2", "2a"], ["Antal nya föreningsmedlemmar", "3", "–"],
                  ["Antal simskoledeltagare", "3", "3b"]]},
    ]


def test_goals_numbered_as_a_list_under_a_numbered_chapter():
    ex = _classify(_lettered())
    assert [(g.text, g.theme) for g in ex.goals] == [
        ("Alla nyinflyttade barn lär sig svenska före skolstarten", "Språk"),
        ("Fler vuxna inflyttade får arbete inom två år", "Arbete"),
        ("Inflyttade deltar i föreningslivet", "Fritid")]
    goals = {g.id: g.theme for g in ex.goals}
    got = [(m.text.rstrip("."), goals[m.goal], m.responsible, m.partners, m.schedule) for m in ex.measures]
    assert got[:2] == [
        ("Språkgrupper ordnas i daghemmen", "Språk", ["dagvården"], [], "från hösten 2026"),
        ("Lånekassar med böcker delas ut", "Språk", ["biblioteket"], ["föreningen Läsglädje"], "varje vår")]
    assert len(got) == 6 and [g for _, g, _, _, _ in got] == ["Språk"] * 2 + ["Arbete"] * 2 + ["Fritid"] * 2


@pytest.mark.parametrize("fmt", ["{n}{l}) ", "{n} {l}) ", "({n}{l}) ", "{n}{l}. ", "{n}.{l} "])
def test_lettered_action_codes_name_the_actions_in_the_follow_up_table(fmt):
    ex = _classify(_lettered(fmt))
    # (a number '1.a' stays in the action as printed, `text.NUMBERED_RE`)
    measures = {m.id: NUMBERED_RE.sub("", m.text).rstrip(".") for m in ex.measures}
    goals = {g.id: g.theme for g in ex.goals}
    got = [(i.text, goals.get(i.goal), measures.get(i.measure)) for i in ex.indicators]
    assert got == [
        ("Antal barn i språkgrupperna", "Språk", "Språkgrupper ordnas i daghemmen"),
        ("Andel barn med god svenska", "Språk", None),
        ("Antal arbetsplatsbesök", "Arbete", "Arbetsplatsbesök ordnas för kursdeltagare"),
        ("Antal nya föreningsmedlemmar", "Fritid", None),
        ("Antal simskoledeltagare", "Fritid", "Simskola för vuxna ordnas")], fmt


def test_lettered_codes():
    assert opening_letter_code("1a) Språkgrupper ordnas.") == ("1 a", "Språkgrupper ordnas.")
    assert opening_letter_code("(2b) Kurs ordnas.") == ("2 b", "Kurs ordnas.")
    assert opening_letter_code("3 c) Kurs ordnas.") == ("3 c", "Kurs ordnas.")
    assert opening_letter_code("4d. Kurs ordnas.") == ("4 d", "Kurs ordnas.")
    # a figure with its unit, or an action number, is no lettered code
    assert opening_letter_code("2 st. kurser ordnas.") is None
    assert opening_letter_code("1.2 Kurs ordnas.") is None
    assert opening_letter_code("24 h jour ordnas.") is None
    assert [lettered_reference(c) for c in ("1a", "1 a", "1.a", "1a)")] == ["1 a"] * 4


def test_numbered_record_titled_by_a_lettered_code():
    from classifiers.records import _code_title

    assert _code_title("5.1 1a") == "1a"
    assert _code_title("5.2 –") == "–"
    assert _code_title("5.3 Språkcafé") is None
