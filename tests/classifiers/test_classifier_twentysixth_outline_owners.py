"""Conventions of the twenty-sixth blind set's Svartå and Kantlax programmes (tests/data/
blind_programs, README there), on made-up programmes: a plan typed as an indented outline
(THEME / goal / action, no bullets or labels) whose actions close on footnote marks, with the
notes under it naming who does each and when (`elements._outline_step`, `footnoted_plan`); a
goal announced after a colon ('Huvudmålet … är: X', `colon_goal`); a follow-up sorted by area
headings whose counts name an action of the area (`area_counts`); a goal's responsible given
once under it ('Ansvarig för målet: X', `goal_owner`) over a table whose column names those
taking part ('Med i arbetet'). Made-up PDF pages, typeset by golden.render."""

from __future__ import annotations

from blocks_doc import classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers.area_counts import action_counted
from classifiers.colon_goal import goal_after_colon
from classifiers.footnoted_plan import note_fields, notes_of
from classifiers.goal_owner import goal_owner_field
from classifiers.headers import header_roles
from golden import render as R
from pipeline.process import ProcessOptions, extract, normalize

from classifiers.classify_document import classify
from classifiers.elements import document_elements


def _squash(s):
    return " ".join(s.split())


def _t(columns, rows, caption=""):
    return {"type": "table", "caption": caption, "columns": columns, "rows": rows}


def _pdf(tmp_path, blocks, style="ruled"):
    src = {"slug": "t", "municipality": "Exempelby", "title": "Integrationsplan för Exempelby 2025–2027",
           "period_start": 2025, "period_end": 2027, "language": "sv", "blocks": blocks}
    path = tmp_path / f"plan.{style}.pdf"
    path.write_bytes(R.render(src, style))
    o = ProcessOptions()
    return normalize(extract(str(path), o), o)


_OUTLINE = ("ARBETE\n"
            "    Fler vuxna hittar arbete inom sin egen bransch\n"
            "        Handledning i ansökan om erkännande av examina¹\n"
            "        Mentorprogram med pensionerade yrkespersoner²\n"
            "    Fler kvinnor deltar i arbetslivet\n"
            "        Kvinnogrupp med barnpassning och språkstöd³")
_NOTES = ["¹ Vuxenutbildningen vid Exempelby medborgarinstitut, 2025–2027",
          "² Exempelby Rotaryklubb i samarbete med integrationskoordinatorn, från 2025",
          "³ Integrationskoordinatorn och sysselsättningsområdet, 2026"]


def _outline_blocks():
    return [
        _h("1 Vision och huvudmål", 1),
        _p("Huvudmålet för planperioden är: Exempelby är en kommun där alla kan leva och arbeta på lika villkor. "
           "Under huvudmålet finns delmål inom två områden."),
        _h("2 Åtgärdsplan", 1),
        _p("Ansvar och tidtabell anges i fotnoterna under varje område."),
        _p(_OUTLINE),
        *[_p(n) for n in _NOTES],
        _h("3 Nyckeltal", 1),
        _h("Arbete", 3),
        {"type": "bullets", "items": ["Antal mentorpar", "Sysselsättningsgraden bland kvinnor med främmande modersmål"]},
    ]


def test_an_indented_outline_keeps_one_element_per_line(tmp_path):
    els = document_elements(_pdf(tmp_path, _outline_blocks()))
    paras = [(e.text, e.indent) for e in els if e.kind == "para"]
    texts = [t for t, _ in paras]
    i = texts.index("ARBETE")
    assert texts[i:i + 6] == ["ARBETE", "Fler vuxna hittar arbete inom sin egen bransch",
                              "Handledning i ansökan om erkännande av examina¹",
                              "Mentorprogram med pensionerade yrkespersoner²",
                              "Fler kvinnor deltar i arbetslivet", "Kvinnogrupp med barnpassning och språkstöd³"]
    indents = [ind for _, ind in paras[i:i + 6]]
    assert indents[0] < indents[1] < indents[2] == indents[3] and indents[4] == indents[1]
    # ordinary paragraphs are no outline
    assert all(ind is None for t, ind in paras if t.startswith(("Ansvar och", "Huvudmålet")))


def test_the_outline_is_a_plan_of_themes_goals_and_footnoted_actions(tmp_path):
    x = classify(_pdf(tmp_path, _outline_blocks()))
    goals = {_squash(g.text): g for g in x.goals}
    assert set(goals) == {"Exempelby är en kommun där alla kan leva och arbeta på lika villkor",
                          "Fler vuxna hittar arbete inom sin egen bransch", "Fler kvinnor deltar i arbetslivet"}
    g1 = goals["Fler vuxna hittar arbete inom sin egen bransch"]
    g2 = goals["Fler kvinnor deltar i arbetslivet"]
    assert g1.theme == "ARBETE"
    got = {_squash(m.text): (m.goal, m.responsible, m.partners) for m in x.measures}
    assert got == {
        "Handledning i ansökan om erkännande av examina":
            (g1.id, ["Vuxenutbildningen vid Exempelby medborgarinstitut"], []),
        "Mentorprogram med pensionerade yrkespersoner":
            (g1.id, ["Exempelby Rotaryklubb"], ["integrationskoordinatorn"]),
        "Kvinnogrupp med barnpassning och språkstöd":
            (g2.id, ["Integrationskoordinatorn", "sysselsättningsområdet"], []),
    }
    mentor = next(m.id for m in x.measures if m.text.startswith("Mentorprogram"))
    inds = {_squash(i.text): (i.goal, i.measure) for i in x.indicators}
    # the area holds two goals: the count names its action, the rate its goal
    assert inds == {"Antal mentorpar": (g1.id, mentor),
                    "Sysselsättningsgraden bland kvinnor med främmande modersmål": (g2.id, None)}


def test_notes_and_their_fields():
    assert notes_of("¹ Biblioteket, fortlöpande ² Skolorna") == {1: "Biblioteket, fortlöpande", 2: "Skolorna"}
    assert notes_of("Biblioteket ¹") is None
    assert note_fields("Biblioteket och frivilliga från Exempelby Marthaförening, fortlöpande") == \
        (["Biblioteket"], ["Exempelby Marthaförening"], "fortlöpande")
    assert note_fields("Integrationskoordinatorn, köps av Västra folkhögskolan, 2026") == \
        (["Integrationskoordinatorn"], ["Västra folkhögskolan"], "2026")
    assert note_fields("Integrationskoordinatorn; rådgivningen som samarbetspart") == \
        (["Integrationskoordinatorn"], ["rådgivningen"], "")


def test_a_goal_announced_after_a_colon():
    assert goal_after_colon("Huvudmålet för planperioden är: Alla kan leva och arbeta här.") == \
        "Alla kan leva och arbeta här"
    assert goal_after_colon("Målet är att alla ska kunna leva här.") is None


def test_counts_name_their_action_rates_their_goal():
    acts = [("m1", "Språkcafé i biblioteket varje tisdag"), ("m2", "Samhällsorientering på modersmål")]
    assert action_counted("Antal besök på språkcaféet", acts, acts, []) == "m1"
    assert action_counted("Andelen som når nivå A2 i språkcaféet", acts, acts, []) is None


def test_a_goals_responsible_field_gives_its_actions_their_responsible():
    assert goal_owner_field("Ansvarig för målet: näringslivsenheten tillsammans med sysselsättningsområdet") == \
        ["näringslivsenheten", "sysselsättningsområdet"]
    assert header_roles("Med i arbetet") == ["partners"]
    x = _classify([
        _h("3 Mål och åtgärder", 1),
        _h("3.1 Arbete", 2),
        _h("Mål 1. Arbetsgivarna hittar arbetskraft bland de inflyttade", 3),
        _p("Ansvarig för målet: näringslivsenheten tillsammans med sysselsättningsområdet"),
        _t(["Nr", "Åtgärd", "Med i arbetet", "2026", "2027"],
           [["1.1", "Arbetsplatssvenska i växthusföretagen", "Företagen, medborgarinstitutet", "Två företag", "Fyra företag"],
            ["1.2", "Branschbytesdagar inom vård och bygg", "Välfärdsområdet", "–", "En dag"]]),
        _h("4 Uppföljningsplan", 1),
        _t(["Indikator", "Åtgärd", "Källa"],
           [["Antal företag med arbetsplatssvenska", "1.1", "Näringslivsenheten"]]),
    ])
    got = {_squash(m.text): (m.responsible, m.partners) for m in x.measures}
    assert got == {
        "Arbetsplatssvenska i växthusföretagen":
            (["näringslivsenheten", "sysselsättningsområdet"], ["Företagen", "medborgarinstitutet"]),
        "Branschbytesdagar inom vård och bygg": (["näringslivsenheten", "sysselsättningsområdet"], ["Välfärdsområdet"]),
    }
    first = next(m.id for m in x.measures if m.text.startswith("Arbetsplats"))
    assert [i.measure for i in x.indicators] == [first]
