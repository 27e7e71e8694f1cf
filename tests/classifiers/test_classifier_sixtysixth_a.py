"""Sixty-sixth blind set, reader a (blind391, blind396) conventions, on made-up text:

- numbered action paragraphs, each over an indented list whose free items say how the action
  is done and whose closing labelled items ('Ansvarig: X', 'Samarbete: Y', 'Tidtabell: Z')
  are its fields."""

from blocks_doc import bullets as _b, classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers.dash_field_lines import sub_bullet_fields
from classifiers.elements import Element
import re


def _measures(doc):
    # (the action's number and full stop as the scoring drops them)
    return {re.sub(r"^\d+\.\s+", "", m.text).rstrip("."): m for m in doc.measures}


# ---- numbered actions with descriptive and labelled sub-bullets ----

def _numbered_actions(resp: str = "Ansvarig", time: str = "Tidtabell") -> list[dict]:
    return [
        _h("Inledning", 2),
        _p("Programmet har tre mål och fem åtgärder."),
        _h("3 Mål och åtgärder", 2),
        _h("Område 1: Boende", 3),
        _p("Vårt mål: Alla nya familjer hittar en trygg bostad inom ett halvår."),
        _p("1. En bostadsguide på fem språk delas ut till alla nyinflyttade."),
        _b("Guiden trycks på papper och finns på webben.",
           "Hyresvärdarna får guiden i sin tur.",
           f"{resp}: tekniska sektorn",
           "Samarbete: Exby församling, hyresgästföreningen",
           f"{time}: hösten 2026"),
        _p("2. Bostadsrådgivning ordnas varje tisdag i medborgarhuset."),
        _b("Rådgivningen ges med tolk vid behov.",
           f"{resp}: socialservicen",
           f"{time}: 2026–2028"),
        _h("Område 2: Arbete", 3),
        _p("Vårt mål: Fler invandrare får arbete i kommunens företag."),
        _p("3. Företagen får handledning i rekrytering av utländsk arbetskraft."),
        _b(f"{resp}: näringslivsenheten", f"{time}: årligen"),
        _h("4 Uppföljning", 2),
        _p("Programmet utvärderas år 2028."),
    ]


def test_sub_bullet_fields_go_with_the_numbered_action():
    doc = _classify(_numbered_actions())
    ms = _measures(doc)
    assert set(ms) == {"En bostadsguide på fem språk delas ut till alla nyinflyttade",
                       "Bostadsrådgivning ordnas varje tisdag i medborgarhuset",
                       "Företagen får handledning i rekrytering av utländsk arbetskraft"}
    m = ms["En bostadsguide på fem språk delas ut till alla nyinflyttade"]
    assert m.responsible == ["tekniska sektorn"]
    assert m.partners == ["Exby församling", "hyresgästföreningen"]
    assert m.schedule == "hösten 2026"
    assert ms["Företagen får handledning i rekrytering av utländsk arbetskraft"].responsible == ["näringslivsenheten"]


def test_sub_bullet_fields_other_labels():
    doc = _classify(_numbered_actions(resp="Ansvar", time="Tid"))
    ms = _measures(doc)
    assert ms["Bostadsrådgivning ordnas varje tisdag i medborgarhuset"].responsible == ["socialservicen"]
    assert len(doc.measures) == 3


def test_a_list_under_a_numbered_paragraph_without_role_fields_stays():
    els = [Element("para", "1. Kurserna ordnas på kvällstid.", 1),
           Element("bullet", "• Språk: svenska och finska", 1),
           Element("bullet", "• Nivå: nybörjare", 1)]
    assert sub_bullet_fields(els) == els
    # a labelled item in the middle of free items: no closing field list
    els = [Element("para", "1. Kurserna ordnas på kvällstid.", 1),
           Element("bullet", "• Ansvarig: biblioteket", 1),
           Element("bullet", "• Kurserna är gratis.", 1)]
    assert sub_bullet_fields(els) == els


# ---- goal codes in an action table explained in a legend after it ----

def _legend_after_table(code: str = "M", themed: bool = True) -> list[dict]:
    def item(n, theme, goal):
        return f"{code}{n} {theme}: {goal}" if themed else f"{code}{n} {goal}"
    return [
        _h("1 Inledning", 2),
        _p("Programmet gäller åren 2026–2029."),
        _h("3 Åtgärder", 2),
        {"type": "table", "caption": "Tabell 2. Åtgärder",
         "columns": ["Nr", "Åtgärd", "Mål", "Ansvarig", "Tidtabell"],
         "rows": [["1", "Bostadsmässa för nyinflyttade familjer", f"{code}2", "Tekniska sektorn", "hösten 2026"],
                  ["2", "Kvällskurser i finska för föräldrar", f"{code}1", "Medborgarinstitutet", "varje termin"],
                  ["3", "Hyresguide på fem språk", f"{code}2", "Bostadsbolaget", "2027"]]},
        _p("Målen i kolumnen Mål:"),
        _b(item(1, "Språk", "Vuxna invånare kan studera finska på kvällstid i kommunen"),
           item(2, "Boende", "Alla nyinflyttade familjer hittar en trygg och skälig bostad")),
        _h("4 Uppföljning", 2),
        _p("Programmet utvärderas år 2029."),
    ]


def _goal_of(doc, action_words: str) -> str | None:
    m = next(m for m in doc.measures if action_words in m.text)
    return next(g.text for g in doc.goals if g.id == m.goal) if m.goal else None


def test_goal_codes_explained_after_the_table():
    doc = _classify(_legend_after_table())
    goals = {g.text: g.theme for g in doc.goals}
    assert goals == {"Vuxna invånare kan studera finska på kvällstid i kommunen": "Språk",
                     "Alla nyinflyttade familjer hittar en trygg och skälig bostad": "Boende"}
    assert _goal_of(doc, "Bostadsmässa") == "Alla nyinflyttade familjer hittar en trygg och skälig bostad"
    assert _goal_of(doc, "Kvällskurser") == "Vuxna invånare kan studera finska på kvällstid i kommunen"
    assert _goal_of(doc, "Hyresguide") == "Alla nyinflyttade familjer hittar en trygg och skälig bostad"


def test_goal_codes_explained_after_the_table_other_codes_no_theme():
    doc = _classify(_legend_after_table(code="T", themed=False))
    assert _goal_of(doc, "Kvällskurser") == "Vuxna invånare kan studera finska på kvällstid i kommunen"
    assert _goal_of(doc, "Hyresguide") == "Alla nyinflyttade familjer hittar en trygg och skälig bostad"


def test_a_legend_after_the_table_whatever_its_lead_in():
    # the lead-in names no goals: the codes the goal column used make the list the legend
    blocks = _legend_after_table()
    blocks[4] = _p("Förklaring till koderna:")
    doc = _classify(blocks)
    assert {g.text: g.theme for g in doc.goals} == {
        "Vuxna invånare kan studera finska på kvällstid i kommunen": "Språk",
        "Alla nyinflyttade familjer hittar en trygg och skälig bostad": "Boende"}
    assert len(doc.measures) == 3
    assert _goal_of(doc, "Kvällskurser") == "Vuxna invånare kan studera finska på kvällstid i kommunen"
