"""A goal field in an action's detail line that names a goal the document already stated
('Mål: Arbete.' naming the section '2.1 Arbete' whose goal it is, 'Mål: <the goal's words>.
Tema: ...' restating a goal printed under its heading) refers to that goal: it links the
action to it and states no new goal. A further label after the goal's full stop ('Tema:')
ends the goal's value. Made-up text in the conventions of the label-style prints
(golden/render_more.py, 'numbered')."""

from blocks_doc import classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers.reader_shared import goal_field


def test_a_label_after_the_goals_full_stop_ends_the_goal():
    assert goal_field("Mål: Fler unga hittar en studieplats. Tema: Skola och bildning.") == (
        "Fler unga hittar en studieplats", None)


def test_goal_field_naming_a_goal_section_links_the_action_to_its_goal():
    x = _classify([
        _h("2 Våra mål", 1),
        _h("2.1 Arbete", 2),
        _p("Många nya invånare saknar arbete som motsvarar deras utbildning."),
        _h("Mål", 3),
        _p("Fler invånare med utländsk bakgrund får ett arbete som motsvarar deras kompetens."),
        _h("2.2 Bostad", 2),
        _p("Bostadsbristen drabbar stora familjer."),
        _h("Mål", 3),
        _p("Alla nyanlända familjer har en trygg bostad inom ett år."),
        _h("Bilaga 1. Åtgärder", 1),
        _p("1.1 Arbetsgivarträffar med tolk i stadshuset"),
        _p("Mål: Arbete. Ansvarig: Näringslivsenheten. Samarbetspartner: Företagarna. Tidtabell: 2025–2027."),
        _p("1.2 Boendeskola för nyanlända hushåll"),
        _p("Mål: Bostad. Ansvarig: Bostadsbolaget. Samarbetspartner: –. Tidtabell: 2026."),
    ])
    assert [g.text.rstrip(".") for g in x.goals] == [
        "Fler invånare med utländsk bakgrund får ett arbete som motsvarar deras kompetens",
        "Alla nyanlända familjer har en trygg bostad inom ett år"]
    work, home = (g.id for g in x.goals)
    assert [(m.text, m.goal) for m in x.measures] == [
        ("1.1 Arbetsgivarträffar med tolk i stadshuset", work),
        ("1.2 Boendeskola för nyanlända hushåll", home)]


def test_goal_field_restating_a_goal_with_its_theme_is_no_new_goal():
    x = _classify([
        _h("4 Arbete och företagande", 1),
        _h("4.1 Fler unga med utländsk bakgrund hittar en studieplats efter grundskolan", 2),
        _h("4.1.1 Studievägledning på flera språk", 3),
        _p("Vägledarna tar emot på arabiska och somaliska."),
        _p("Ansvar: Bildningssektorn | Samarbete: Yrkesinstitutet | Tid: 2025–2026 | Mätare: antal besök"),
        _h("7 Sammandrag", 1),
        _p("Tabellen sammanfattar programmets mål."),
        _p("4.1.1"),
        _p("Mål: Fler unga med utländsk bakgrund hittar en studieplats efter grundskolan. Tema: Arbete och företagande."),
    ])
    assert [g.text.rstrip(".") for g in x.goals] == ["Fler unga med utländsk bakgrund hittar en studieplats efter grundskolan"]
    assert [m.goal for m in x.measures] == [x.goals[0].id]
