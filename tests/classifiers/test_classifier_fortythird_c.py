"""Forty-third blind set (blind256, blind257) conventions, on made-up text: a goal tree stated
as 'Huvudmål N (<theme>): <goal>' over items 'Delmål N.M: <sub-goal>', key figures run into a
paragraph labelled with the goal they follow ('Nyckeltal för huvudmål N: a, b och c.'), and
an action plan exported from a task board ('Uppgiftsnamn | Bucket | Tilldelad till |
Förfallodatum | Förlopp') whose progress column is no report on an earlier programme and
one of whose groups the programme says holds no actions."""

from blocks_doc import bullets as _b, classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers.groups_not_actions import groups_said_not_actions, without_group_rows
from classifiers.past_series import timed_into_own_period
from classifiers.prose import count_list, heading_kind


def _sq(s):
    return " ".join(s.split())


def _t(caption, columns, rows):
    return {"type": "table", "caption": caption, "columns": columns, "rows": rows}


# ---- a goal tree: main goals with their theme, sub-goals by number ------------------------

def _goal_tree_doc():
    return _classify([
        _h("1 Bakgrund"),
        _p("Staden har vuxit med tusen invånare under de senaste tre åren."),
        _h("2 Målträd"),
        _p("Planen har två huvudmål med delmål. Åtgärderna i kapitel 3 hör till delmålen."),
        _p("Huvudmål 1 (Boende och närmiljö): Nyinflyttade trivs i sina bostadsområden"),
        _b("Delmål 1.1: Hyresgäster känner till husets regler och sina grannar",
           "Delmål 1.2: Bostadsområdena har mötesplatser för alla åldrar"),
        _p("Huvudmål 2 (Hälsa): Alla invånare når hälsotjänsterna på ett språk de förstår"),
        _b("Delmål 2.1: Tolk finns vid varje besök som kräver det"),
        _h("3 Uppföljning"),
        _p("Planen följs upp med nyckeltal på huvudmålsnivå varje år."),
        _p("Nyckeltal för huvudmål 1: trivselgraden i bostadsområdena, antalet grannträffar "
           "och andelen hyresgäster som känner sina grannar."),
        _p("Nyckeltal för huvudmål 2: antalet tolkade besök, antalet översatta broschyrer och "
           "andelen besök utan väntetid."),
    ])


def test_goal_tree_heading_announces_goals():
    assert heading_kind("2 Målträd") == "goal"
    assert heading_kind("Målhierarkin") == "goal"
    assert heading_kind("Trädgården") is None


def test_main_goals_with_theme_and_sub_goals_by_number():
    got = _goal_tree_doc()
    goals = {_sq(g.text): g for g in got.goals}
    assert list(goals) == [
        "Nyinflyttade trivs i sina bostadsområden",
        "Hyresgäster känner till husets regler och sina grannar",
        "Bostadsområdena har mötesplatser för alla åldrar",
        "Alla invånare når hälsotjänsterna på ett språk de förstår",
        "Tolk finns vid varje besök som kräver det"]
    main1 = goals["Nyinflyttade trivs i sina bostadsområden"]
    main2 = goals["Alla invånare når hälsotjänsterna på ett språk de förstår"]
    assert (main1.theme, main1.parent) == ("Boende och närmiljö", None)
    assert (main2.theme, main2.parent) == ("Hälsa", None)
    sub = goals["Bostadsområdena har mötesplatser för alla åldrar"]
    assert (sub.parent, sub.theme) == (main1.id, "Boende och närmiljö")
    assert goals["Tolk finns vid varje besök som kräver det"].parent == main2.id


def test_key_figures_labelled_with_their_main_goal():
    got = _goal_tree_doc()
    by_id = {g.id: _sq(g.text) for g in got.goals}
    assert [(_sq(i.text), by_id[i.goal], i.measure) for i in got.indicators] == [
        ("trivselgraden i bostadsområdena", "Nyinflyttade trivs i sina bostadsområden", None),
        ("antalet grannträffar", "Nyinflyttade trivs i sina bostadsområden", None),
        ("andelen hyresgäster som känner sina grannar", "Nyinflyttade trivs i sina bostadsområden", None),
        ("antalet tolkade besök", "Alla invånare når hälsotjänsterna på ett språk de förstår", None),
        ("antalet översatta broschyrer", "Alla invånare når hälsotjänsterna på ett språk de förstår", None),
        ("andelen besök utan väntetid", "Alla invånare når hälsotjänsterna på ett språk de förstår", None)]


def test_serial_list_opening_with_a_rate_compound():
    assert count_list("nöjdhetsgraden bland eleverna, antalet kurser och andelen godkända") == [
        "nöjdhetsgraden bland eleverna", "antalet kurser", "andelen godkända"]
    # a rate followed by a plain noun phrase is one meter, as before
    assert count_list("nöjdhetsgraden bland elever och lärare") == ["nöjdhetsgraden bland elever och lärare"]


def test_plain_sentence_under_a_goal_tree_table_is_no_goal():
    got = _classify([
        _h("Exempelby stad – Integrationsprogram 2025–2028", 1),
        _h("Inledning"),
        _p("Programmet gäller 2025–2028."),
        _h("Målträd"),
        _p("Tabellen nedan visar planens övergripande mål, delmålen under dem och åtgärderna."),
        _t("", ["Övergripande mål", "Delmål", "Åtgärder"], [
            ["Barnfamiljer får stöd från början", "Föräldrar känner till dagvården",
             "Informationskväll om dagvården varje höst"]]),
        _p("Informationskvällen ordnas tillsammans med Föräldraföreningen i Exempelby och "
           "församlingen i Exempelby."),
    ])
    assert [_sq(g.text) for g in got.goals] == ["Barnfamiljer får stöd från början", "Föräldrar känner till dagvården"]
    # the goal tree's chapter names the block its goals form, as a chapter of no role does
    assert [g.theme for g in got.goals] == ["Målträd", "Målträd"]


# ---- an action plan exported from a task board -------------------------------------------

def _board_doc(explained=True):
    return _classify([
        _h("1 Inledning"),
        _p("Planen gäller 2025–2028. Åtgärdsplanen förs som uppgifter på en digital tavla."),
        _h("2 Mål"),
        _h("2.1 Boende", 3),
        _p("Målsättning: Nya invånare hittar en bostad inom tre månader."),
        _h("2.2 Hälsa", 3),
        _p("Målsättning: Alla nya invånare vet var de får vård."),
        _h("Bilaga 1. Om exporten"),
        _p("Tilldelad till = ansvarig enhet. "
           + ("Uppgifter i bucket ”Planering” gäller själva planarbetet och är inte åtgärder." if explained else
              "Exporten uppdateras varje kvartal.")),
        _h("Bilaga 2. Åtgärdsplan"),
        _t("Export från tavlan, 1.2.2026",
           ["Uppgifts-ID", "Uppgiftsnamn", "Bucket", "Tilldelad till", "Startdatum", "Förfallodatum", "Förlopp"], [
               ["EX-001", "Bostadsrådgivning på engelska i stadshuset", "Boende", "Bostadsbyrån",
                "1.3.2025", "31.12.2027", "Pågår"],
               ["EX-002", "Hyresgästkurs för nya hyresgäster", "Boende", "Hyresbolaget Exempelhem",
                "1.1.2026", "30.6.2026", "Ej påbörjad"],
               ["EX-003", "Vårdguide på fem språk", "Hälsa", "Hälsocentralen", "1.2.2025", "31.8.2025", "Klar"],
               ["EX-004", "Boka rum för arbetsgruppen", "Planering", "Kansliet", "1.1.2025", "15.1.2025", "Klar"],
               ["EX-005", "Hälsoinfo i språkkurserna", "Hälsa", "Hälsocentralen", "1.9.2025", "31.5.2027", "Pågår"],
           ]),
    ])


def test_task_board_export_is_the_action_plan():
    got = _board_doc()
    goal_of = {g.id: g.theme for g in got.goals}
    assert [(_sq(m.text), goal_of.get(m.goal), m.responsible) for m in got.measures] == [
        ("Bostadsrådgivning på engelska i stadshuset", "Boende", ["Bostadsbyrån"]),
        ("Hyresgästkurs för nya hyresgäster", "Boende", ["Hyresbolaget Exempelhem"]),
        # done ('Klar') is still this plan's action: the rows are timed into its period
        ("Vårdguide på fem språk", "Hälsa", ["Hälsocentralen"]),
        ("Hälsoinfo i språkkurserna", "Hälsa", ["Hälsocentralen"])]


def test_group_kept_when_not_said_to_hold_no_actions():
    got = _board_doc(explained=False)
    assert "Boka rum för arbetsgruppen" in [_sq(m.text) for m in got.measures]


def test_groups_said_not_actions():
    assert groups_said_not_actions(
        ["Bucket = område. Uppgifter i bucket ”Intern” gäller planarbetet och är inte åtgärder."]) == {"intern"}
    assert groups_said_not_actions(["Raderna under \"Övrigt\" ingår inte i åtgärdsplanen."]) == {"ovrigt"}
    # a quoted name in a sentence saying nothing of the kind
    assert groups_said_not_actions(["Tavlan heter ”Integration 2026”. Den är öppen för alla."]) == set()
    rows = [["a", "Intern"], ["b", ""], ["c", "Boende"]]
    assert without_group_rows(rows, [1, 1, 2], 1, {"intern"}) == ([["c", "Boende"]], [2])


def test_status_table_timed_into_the_own_period_or_not():
    roles = {0: "measure", 1: "schedule"}
    own = [["a", "31.12.2026"], ["b", "2027"], ["c", "1.3.2025"]]
    earlier = [["a", "2022"], ["b", "31.12.2024"], ["c", "2023–2024"]]
    assert timed_into_own_period(own, roles, 2025)
    assert not timed_into_own_period(earlier, roles, 2025)
    assert not timed_into_own_period(own, roles, None)
