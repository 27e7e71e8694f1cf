"""Hundred-and-twentieth set, first reader (blind715–blind717 conventions). Made-up text.

- sub-goal items 'Tyngdpunkt N: …' listed right under a 'Mål: …' paragraph of their theme's
  heading: sub-goals of that goal (`read_lists._labelled_sub_goal`);
- a list under 'Åtgärder som inte ryms i programmet': the action noun heads a relative clause
  denying it a place in the programme, no actions (`denied_actions.denied`);
- an action card's follow-up field naming who reports ('Rektorn för X', 'Y rapporterar till
  Z'): no meter (`meter_references.names_reporter`);
- 'Uppföljningen görs i tre steg:' over its steps: no meters (`prose.intro_kind`);
- 'Integrationsarbetet i X bygger på …' in a chapter titled by its values: a wish after it is
  one more principle, no goal (`read_paragraphs._RESTS_ON_RE`)."""

from blocks_doc import bullets as _b, classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers.denied_actions import denied
from classifiers.meter_references import names_reporter
from classifiers.prose import folded_tokens, intro_kind


def _t(columns, rows, caption=None):
    return {"type": "table", "caption": caption, "columns": columns, "rows": rows}


def _card(n, action, goal, who, follow):
    return _t(["Fält", "Innehåll"], [
        ["Åtgärd", action], ["Beskrivning", "Så här går det till, steg för steg."],
        ["Mål som åtgärden stöder", goal], ["Ansvarig", who], ["Tidtabell", "2026–2027"],
        ["Uppföljning", follow]], f"Åtgärdskort {n}")


def _sub_goal_programme():
    return [
        _h("3 Mål och åtgärder", 1),
        _h("3.1 Boende och vardag", 2),
        _p("Mål: Nya familjer hittar ett hem och känner sig trygga i kommunen"),
        _b("Tyngdpunkt 1: Hyresbostäder finns för stora familjer",
           "Tyngdpunkt 2: Familjerna känner till kommunens fritidsutbud"),
        _card(1, "Renovering av tomma lägenheter", "Tyngdpunkt 1", "Tekniska sektorn", "Antal renoverade lägenheter"),
        _card(2, "Fritidsmässa för nya familjer", "Tyngdpunkt 2", "Fritidssektorn", "Antal besökare på mässan"),
    ]


def test_tyngdpunkt_items_under_a_goal_paragraph_are_its_sub_goals():
    x = _classify(_sub_goal_programme())
    texts = [g.text for g in x.goals]
    assert texts == ["Nya familjer hittar ett hem och känner sig trygga i kommunen",
                     "Hyresbostäder finns för stora familjer",
                     "Familjerna känner till kommunens fritidsutbud"]
    top, s1, s2 = x.goals
    assert [s1.parent, s2.parent] == [top.id, top.id]
    assert [m.goal for m in x.measures] == [s1.id, s2.id]


def test_relative_clause_denying_inclusion():
    toks = folded_tokens("Åtgärder som inte ryms i programmet")
    assert denied(toks, 0)
    assert denied(folded_tokens("förslag och åtgärder som inte togs med"), 2)
    assert denied(folded_tokens("insatser som ännu inte ingår i planen"), 0)
    # a relative clause restricting the noun denies nothing of it
    assert not denied(folded_tokens("Åtgärder som inte kräver extra resurser"), 0)
    assert not denied(folded_tokens("åtgärder som tas med i budgeten"), 0)


def test_list_under_actions_not_included_is_no_action():
    x = _classify(_sub_goal_programme() + [
        _h("3.2 Åtgärder som inte ryms i programmet", 2),
        _p("Under arbetet kom flera idéer fram. De nämns här för att de inte ska glömmas:"),
        _b("en egen simhall för byarna", "gratis kollektivtrafik för alla nyinflyttade"),
    ])
    assert [m.text for m in x.measures] == ["Renovering av tomma lägenheter", "Fritidsmässa för nya familjer"]


def test_follow_up_field_naming_the_reporter_is_no_meter():
    for text in ("Rektorn för vuxeninstitutet", "Fritidschefen", "Hyresbolagets vd",
                 "Ungdomsenheten rapporterar till nämnden", "Kultursekreteraren redogör i årsberättelsen"):
        assert names_reporter(text), text
    for text in ("Antal deltagare", "Andel personal inom skolan som gått kursen", "Antal S2-lärare",
                 "Sysselsättningsgraden", "Personalomsättningen", "Skolan redovisar andelen elever med S2"):
        assert not names_reporter(text), text
    blocks = _sub_goal_programme()
    blocks[4] = _card(1, "Renovering av tomma lägenheter", "Tyngdpunkt 1", "Tekniska sektorn",
                      "Tekniska direktören rapporterar till kommunstyrelsen")
    blocks[5] = _card(2, "Fritidsmässa för nya familjer", "Tyngdpunkt 2", "Fritidssektorn", "Fritidschefen")
    x = _classify(blocks)
    assert len(x.measures) == 2
    assert x.indicators == []
    # a meter in the same field stays
    assert [i.text for i in _classify(_sub_goal_programme()).indicators] == [
        "Antal renoverade lägenheter", "Antal besökare på mässan"]


def test_follow_up_done_in_steps_is_no_meter_list():
    assert intro_kind("Uppföljningen görs i tre steg:") == "background"
    assert intro_kind("Uppföljningen sker i följande faser:") == "background"
    assert intro_kind("Uppföljning:") == "indicator"
    x = _classify(_sub_goal_programme() + [
        _h("4 Uppföljning", 1),
        _p("Uppföljningen görs i tre steg:"),
        _b("varje sektor redovisar läget i oktober", "koordinatorn sammanställer en rapport",
           "nämnden behandlar rapporten"),
    ])
    assert [i.text for i in x.indicators] == ["Antal renoverade lägenheter", "Antal besökare på mässan"]


def test_wish_after_what_the_work_rests_on_in_a_values_chapter_is_no_goal():
    x = _classify([
        _h("2 Värderingar och principer", 1),
        _p("Integrationsarbetet i Kustby bygger på öppenhet, respekt och delaktighet. "
           "Vi vill att mångfalden syns i all kommunens verksamhet och inte bara i projekt."),
    ] + _sub_goal_programme())
    assert not any("mångfalden" in g.text for g in x.goals)
    assert len(x.goals) == 3
