"""Eleventh blind set, what was left: a caption 'Tabell: ...' is no schedule field, a
one-word role in brackets after an actor ('Exempelby (värdkommun)') is no part of its name,
and a list under a stated goal is all actions once one of its items names its doer.
Made-up text."""

import pytest

from blocks_doc import bullets as _b, classify_blocks as _classify, heading as _h, paragraph as _p
from classifiers.actors import split_actors
from classifiers.headers import field_label, label_role


@pytest.mark.parametrize("label", ["Tabell", "Tabellen", "TABELL"])
def test_a_table_label_is_no_schedule_label(label):
    # 'tabell' is the last part of 'tidtabell' alone: the table a caption labels
    assert label_role(label) is None
    assert field_label(f"{label}: Tjänster som redan erbjuds") is None


@pytest.mark.parametrize("label", ["Tidtabell", "Tidtabel", "Tdtabell"])
def test_a_damaged_schedule_label_still_reads(label):
    assert field_label(f"{label}: 2026") == (label, "schedule")


def test_a_heading_over_a_labelled_caption_is_no_measure():
    x = _classify([
        _h("2 Bakgrund", 1),
        _h("2.4 Tjänster vi redan har", 2),
        {"type": "table", "caption": "Tabell: Tjänster för nyinflyttade",
         "columns": ["Tjänst", "Arrangör"],
         "rows": [["Rådgivning", "Exempelby kansli"], ["Hälsovård", "Hälsocentralen"]]},
        _h("3 Mål", 1),
        _p("Målet är att alla nyinflyttade hittar kommunens service."),
        _p("Åtgärder:"),
        _b("En välkomstbroschyr tas fram (kansliet, 2026)."),
    ])
    assert not any("redan har" in m.text for m in x.measures)
    assert not any(m.schedule and "Tjänster" in m.schedule for m in x.measures)


@pytest.mark.parametrize("cell,resp,partners", [
    ("Exempelby (värdkommun)", ["Exempelby"], []),
    ("Biblioteket (samordnare) i samarbete med Exempelby IF", ["Biblioteket"], ["Exempelby IF"]),
    # a bracket that spells out or shortens the name, or lists its units, stays
    ("Arbetsmarknadsmyndigheten (AMS)", ["Arbetsmarknadsmyndigheten (AMS)"], []),
    ("Kommunerna (fritid och kultur)", ["Kommunerna (fritid och kultur)"], []),
])
def test_a_role_in_brackets_is_no_part_of_the_name(cell, resp, partners):
    assert split_actors(cell) == (resp, partners)


def test_a_list_is_all_actions_when_one_item_names_its_doer():
    x = _classify([
        _h("4 Mål och åtgärder", 1),
        _h("4.1 Boende", 2),
        _p("Många flyttar vidare. Målet är att familjer stannar i kommunen."),
        _b("Kommunens bostadsbolag reserverar bostäder för nya familjer (Exempel Bostäder Ab, 2026).",
           "Nya familjer får hjälp att hitta dagvård före flytten (hemvården och eftisverksamheten)."),
    ])
    g1 = x.goals[0].id
    assert len(x.measures) == 2
    assert all(m.goal == g1 for m in x.measures)
    assert x.measures[1].text.startswith("Nya familjer får hjälp att hitta dagvård")


def test_a_list_of_which_no_item_names_a_doer_stays_no_actions():
    x = _classify([
        _h("4.1 Boende", 2),
        _p("Målet är att familjer stannar i kommunen."),
        _b("Nya familjer får hjälp att hitta dagvård före flytten (hemvården och eftisverksamheten).",
           "Många familjer bor i egnahemshus."),
    ])
    assert x.measures == []


def test_a_table_caption_announces_no_list_of_goals():
    from classifiers.prose import heading_kind

    assert heading_kind("Tabell 2. Programmets mål i sammandrag") is None
    assert heading_kind("Programmets mål") == "goal"


def test_a_follow_up_besides_the_action_plan_lists_indicators():
    from classifiers.prose import intro_kind

    assert intro_kind("Utöver mätarna i åtgärdsplanen följs delmålen för boende och fritid "
                      "upp med följande uppgifter:") == "indicator"
    # what goes on besides the actions, not followed up, stays background
    assert intro_kind("Utöver åtgärderna i tabellen fortsätter sektorn med sin ordinarie verksamhet:") == "background"


def test_follow_up_items_lose_the_source_in_brackets():
    x = _classify([
        _h("3 Mål", 1),
        _p("Målet är att fler invandrare har arbete."),
        _p("Åtgärder:"),
        _b("Arbetsgivarträffar ordnas (näringslivsenheten, 2026)."),
        _h("5 Uppföljning", 1),
        _p("Programmet följs upp varje år. Utöver mätarna i åtgärdsplanen följs målen för arbete "
           "upp med följande uppgifter:"),
        _b("sysselsättningsgraden bland invandrare i Exempelby (Statistikcentralen, årligen)",
           "antalet deltagare i arbetsgivarträffarna (näringslivsombudet)",
           "antalet nya medlemmar i idrottsklubbarna (enkät till klubbarna)",
           "antal upplevda fall av mobbning (enligt elevenkäten och klassföreståndarnas rapporter)"),
    ])
    # how the figure is got ('enkät till ...') is part of the indicator, who gives it is not
    assert [i.text for i in x.indicators] == [
        "sysselsättningsgraden bland invandrare i Exempelby",
        "antalet deltagare i arbetsgivarträffarna",
        "antalet nya medlemmar i idrottsklubbarna (enkät till klubbarna)",
        "antal upplevda fall av mobbning (enligt elevenkäten och klassföreståndarnas rapporter)"]


def _requirement_section(label: bool):
    return [
        _h("4 Mål och åtgärder", 1),
        _h("4.2 Hälsa", 2),
        _p("Hälsan är grunden för allt annat. Kommunen ska se till att alla nyinflyttade vet hur de "
           "når hälsovården. Äldre inflyttade ska få information på ett språk de förstår."),
        *([_p("Åtgärder:")] if label else []),
        _b("En hälsoguide ges ut på fyra språk (hälsovårdsenheten, 2026).",
           "Hälsokvällar ordnas för seniorer (äldreomsorgen, årligen)."),
    ]


def test_requirements_right_over_the_actions_label_are_the_sections_goals():
    x = _classify(_requirement_section(label=True))
    assert [g.text.rstrip(".") for g in x.goals] == [
        "Kommunen ska se till att alla nyinflyttade vet hur de når hälsovården",
        "Äldre inflyttade ska få information på ett språk de förstår"]
    assert all(m.goal == x.goals[0].id for m in x.measures)


def test_requirements_without_an_actions_label_are_no_goals():
    assert _classify(_requirement_section(label=False)).goals == []


def test_a_stated_goal_leaves_the_requirements_beside_it_no_goals():
    blocks = _requirement_section(label=True)
    blocks[2] = _p("Målet är att alla når hälsovården. Äldre inflyttade ska få information på ett språk de förstår.")
    x = _classify(blocks)
    assert [g.text.rstrip(".") for g in x.goals] == ["Målet är att alla når hälsovården"]


def _prose_chapter(second: str, fourth: str):
    return [
        _h("2. Våra mål", 1),
        _p("Kommunen har satt upp följande mål:"),
        _b("1. Nya invånare hittar rätt i byn.", "2. Nya invånare deltar i byns fester."),
        _h("3. Så här gör vi", 1),
        _h("3.1 Information", 2),
        _p(f"Kommunen erbjuder alla nya invånare en karta över byn och dess service. {second}"),
        _h("3.2 Fester", 2),
        _p(f"En vårfest för nya bybor ordnas varje maj vid skolan. {fourth}"),
    ]


def test_the_sentence_after_a_prose_action_says_who_does_it():
    x = _classify(_prose_chapter("Kartan delas ut av turistbyrån från och med 2026.",
                                 "För festen ansvarar kommunens fritidsledare tillsammans med Exempelby IF."))
    got = {m.text.split()[1]: (m.responsible, m.partners, m.schedule) for m in x.measures}
    assert got == {"erbjuder": (["turistbyrån"], [], "från och med 2026"),
                   "vårfest": (["kommunens fritidsledare"], ["Exempelby IF"], None)}


def test_a_sentence_describing_something_else_names_no_doer():
    x = _classify(_prose_chapter("Många nya invånare delas in i grupper av föreningarna.",
                                 "Festen är populär bland barnfamiljerna."))
    assert [m.responsible for m in x.measures] == [["Kommunen"], []]


def test_goals_listed_under_a_goal_chapter_take_its_name_as_theme():
    x = _classify([
        _h("1. Bakgrund", 1),
        _p("Exempelby är en liten kommun i skärgården."),
        _h("2. Våra mål", 1),
        _p("Kommunen har satt upp följande mål:"),
        _b("1. Nya invånare hittar rätt i byn.", "2. Nya invånare deltar i byns fester."),
    ])
    assert [(g.text.rstrip("."), g.theme) for g in x.goals] == [
        ("1. Nya invånare hittar rätt i byn", "Våra mål"),
        ("2. Nya invånare deltar i byns fester", "Våra mål")]


@pytest.mark.parametrize("heading,theme", [
    ("Delprogram 2 Boende och fritid", "Boende och fritid"),
    ("3 Delprogram 1 Arbete", "Arbete"),
    # a role word numbered is a goal, no label; a year is no part number
    ("Mål 1 Arbete", "Mål 1 Arbete"),
    ("Agenda 2030 Hållbar kommun", "Agenda 2030 Hållbar kommun"),
])
def test_a_numbered_part_of_the_programme_is_named_after_its_number(heading, theme):
    from classifiers.reader_shared import theme_name

    assert theme_name(heading) == theme


@pytest.mark.parametrize("action", [
    # the fields on a line of their own, the dash that led into them left behind
    ["2.3.1 Läxhjälp ordnas på biblioteket varje vecka –", "Ansvar: biblioteket, från 2026"],
    ["2.3.1 Läxhjälp ordnas på biblioteket varje vecka", "Ansvar: biblioteket, från 2026"],
])
def test_a_records_doer_field_gives_the_time_after_its_last_comma(action):
    x = _classify([
        _h("Delprogram 2 Barn och unga", 2),
        _h("Mål 2.3: Alla barn klarar skolan", 3),
        *[_p(t) for t in action],
        _p("Mätare: antal elever i läxhjälpen"),
    ])
    m = x.measures[0]
    assert (m.text.rstrip(), m.responsible, m.schedule) == (
        "2.3.1 Läxhjälp ordnas på biblioteket varje vecka", ["biblioteket"], "från 2026")


def test_a_follow_up_sentence_gives_its_figure_in_brackets():
    from classifiers.prose import followed_up_by

    assert followed_up_by("Delaktigheten följs upp i kommunens invånarenkät 2026 (andel invandrare "
                          "som röstat i kommunalvalet).") == (
        "Delaktigheten", ["andel invandrare som röstat i kommunalvalet"])
    # a bracket that only points elsewhere names no figure
    assert followed_up_by("Programmet följs upp årligen (se bilaga 2).") is None
