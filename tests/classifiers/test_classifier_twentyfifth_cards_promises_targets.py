"""Conventions of the twenty-fifth blind set's Äppelö, Västermalm and Sälvik programmes
(tests/data/blind_programs, README there), on made-up programmes: goal cards printed as
two-column label tables captioned 'Mål N' with a 'Mäts med' row (`goal_card_tables`), an
appendix of actions per responsible body whose items close with '(mål N, <time>)'
(`actions_by_doer`, `reference_tails.goal_then_time`); a programme of promises ('Löfte N:'
headings, 'Vi lovar att …', 'Det här innebär:', 'Löftet följs upp genom:', a table column
named by the headings' word, `labelled_goal_headings`); share targets as headlines ('80 % av
…', `target_headlines`) over '→' items and a key-figure table beside the wanted direction."""

from blocks_doc import bullets as _b, classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers.actions_by_doer import by_doer_headings
from classifiers.actors import leading_actors, trailing_actors
from classifiers.elements import Element
from classifiers.headers import header_role, is_structure_header
from classifiers.labelled_goal_headings import heading_label_number
from classifiers.name_columns import action_title
from classifiers.prose import heading_kind, intro_kind, is_goal_sentence
from classifiers.reader_shared import heading_number, strip_heading_number
from classifiers.records import trailing_fields
from classifiers.reference_tails import goal_then_time
from classifiers.schedule import parse_schedule
from classifiers.target_headlines import states_share_target
from classifiers.text import strip_marker


def _t(columns, rows, caption=None):
    return {"type": "table", "caption": caption, "columns": columns, "rows": rows}


def _squash(s):
    return " ".join(s.split())


# ---- goal cards and actions per responsible body ----------------------------------------

def _card(n, goal, now, level, meter):
    return _t(["", ""], [["Mål", goal], ["Läget i dag", now], ["Målnivå 2028", level], ["Mäts med", meter]],
              caption=f"Mål {n}")


def _cards_doc():
    return [
        _h("3 Programmets mål", 1),
        _h("3.1 Arbete", 2),
        _card(1, "Nyinflyttade hittar arbete inom sin egen bransch", "Få arbetar i sin bransch.",
              "Hälften arbetar i sin bransch.", "andel sysselsatta inom egen bransch"),
        _h("3.2 Boende", 2),
        _card(2, "Det finns lediga hyresbostäder för nya arbetstagare", "Kön är lång.",
              "Minst fyra lediga bostäder.", "antal lediga hyresbostäder"),
        _h("Bilaga 1. Åtgärder per ansvarig aktör", 1),
        _h("Exempelby kommun, bildningskansliet", 2),
        _b("Handledning i yrkessvenska för anställda på växthusen (mål 1, från hösten 2026)",
           "Yrkesvägledning på plats i byn (mål 1, 2025–2028)"),
        _h("Exempelby Bostäder Ab", 2),
        _b("Två nya radhuslägenheter byggs för korttidsuthyrning (mål 2, 2027)"),
    ]


def test_goal_cards_and_actions_listed_per_doer():
    x = _classify(_cards_doc())
    goal_of = {_squash(g.text): g for g in x.goals}
    assert set(goal_of) == {"Nyinflyttade hittar arbete inom sin egen bransch",
                            "Det finns lediga hyresbostäder för nya arbetstagare"}
    g1 = goal_of["Nyinflyttade hittar arbete inom sin egen bransch"]
    g2 = goal_of["Det finns lediga hyresbostäder för nya arbetstagare"]
    assert (g1.theme, g2.theme) == ("Arbete", "Boende")
    # the 'Mäts med' row is the goal's indicator; the state now and the level aimed at are not
    inds = {_squash(i.text): (i.goal, i.measure) for i in x.indicators}
    assert inds == {"andel sysselsatta inom egen bransch": (g1.id, None),
                    "antal lediga hyresbostäder": (g2.id, None)}
    got = {_squash(m.text): (m.goal, m.responsible, m.schedule) for m in x.measures}
    assert got == {
        "Handledning i yrkessvenska för anställda på växthusen":
            (g1.id, ["Exempelby kommun, bildningskansliet"], "från hösten 2026"),
        "Yrkesvägledning på plats i byn": (g1.id, ["Exempelby kommun, bildningskansliet"], "2025–2028"),
        "Två nya radhuslägenheter byggs för korttidsuthyrning": (g2.id, ["Exempelby Bostäder Ab"], "2027"),
    }


def test_measured_with_is_an_indicator_label():
    assert header_role("Mäts med") == "indicator"
    assert header_role("Mäts genom") == "indicator"


def test_actions_per_doer_heading_announces_actions():
    assert heading_kind("Bilaga 2. Åtgärder per ansvarig aktör") == "measure"
    assert heading_kind("4 Åtgärder per förvaltning") == "measure"


def test_goal_named_first_in_the_closing_parenthesis():
    assert goal_then_time("Språkkurs på kvällstid (mål 3, årligen i mars)") == (
        "Språkkurs på kvällstid", "3", "årligen i mars")
    # a doer parenthesis closed by its goal is the other reading's ('(AMS, mål 3)')
    assert goal_then_time("Språkkurs (AMS, mål 3)") is None


def test_only_body_names_under_a_per_doer_heading_name_doers():
    els = [Element("heading", "Åtgärder per ansvarig aktör", level=1),
           Element("heading", "Biblioteket", level=2),
           Element("heading", "Åtgärder som välfärdsområdet ansvarar för", level=2)]
    assert by_doer_headings(els) == set()
    els[2] = Element("heading", "Medborgarinstitutet", level=2)
    assert by_doer_headings(els) == {1, 2}


# ---- a programme of promises ----------------------------------------------------------

def _promises_doc():
    return [
        _h("Våra löften", 1),
        _h("Löfte 1: Hjälp från början", 2),
        _p("Vi lovar att du får en egen kontaktperson under ditt första halvår i staden."),
        _p("Det här innebär:"),
        _b("Alla nya invånare erbjuds ett kontaktsamtal på Infodisken inom en månad. Ansvar: Infodisken. (2025–2028)",
           "Kontaktpersonerna ringer upp efter ett halvår. Ansvar: kontaktpersonerna. (från 2025)"),
        _p("Löftet följs upp genom: andelen nya invånare som fått kontaktsamtal inom en månad."),
        _h("Löfte 2: Arbete", 2),
        _p("Vi lovar att hjälpa dig hitta en praktikplats eller ett arbete."),
        _p("Det här innebär:"),
        _b("Sysselsättningstjänsterna ordnar jobbmässor tillsammans med företag i regionen. (2026)",
           "Staden tar emot fem praktikanter per år. Ansvar: personalavdelningen. (2025–2026)"),
        _h("Så följer vi upp löftena", 1),
        _t(["Indikator", "Källa", "Löfte"], [["Andel i arbete ett år efter flytten", "Statistikcentralen", "2"]],
           caption="Tabell 1. Indikatorer"),
    ]


def test_promises_are_goals_with_their_actions_and_follow_up():
    x = _classify(_promises_doc())
    goal_of = {_squash(g.text): g for g in x.goals}
    g1 = goal_of["Vi lovar att du får en egen kontaktperson under ditt första halvår i staden."]
    g2 = goal_of["Vi lovar att hjälpa dig hitta en praktikplats eller ett arbete."]
    assert (g1.theme, g2.theme) == ("Hjälp från början", "Arbete")
    got = {_squash(m.text): (m.goal, m.responsible, m.schedule) for m in x.measures}
    assert got["Alla nya invånare erbjuds ett kontaktsamtal på Infodisken inom en månad."] == (
        g1.id, ["Infodisken"], "2025–2028")
    assert got["Kontaktpersonerna ringer upp efter ett halvår."] == (g1.id, ["kontaktpersonerna"], "från 2025")
    assert got["Staden tar emot fem praktikanter per år."] == (g2.id, ["personalavdelningen"], "2025–2026")
    fair = next(m for m in x.measures if m.text.startswith("Sysselsättningstjänsterna"))
    assert (fair.goal, fair.responsible) == (g2.id, ["Sysselsättningstjänsterna"])
    inds = {_squash(i.text): (i.goal, i.measure) for i in x.indicators}
    # 'Löftet följs upp genom:' follows up the promise, not the action whose words it shares
    assert inds["andelen nya invånare som fått kontaktsamtal inom en månad"] == (g1.id, None)
    # the 'Löfte' column names the goal by the number of its heading
    assert inds["Andel i arbete ett år efter flytten"][0] == g2.id


def test_promise_sentence_and_its_list_intro():
    assert is_goal_sentence("Vi lovar att alla barn får en plats i daghemmet.")
    assert intro_kind("Det här innebär:") == "measure"
    assert heading_label_number("Löfte 3: Barn och unga") == ("lofte", "3")
    # a part of the document is numbered so too, no goal
    assert heading_label_number("Bilaga 2: Statistik") is None


def test_a_bracketed_time_after_the_fields_is_the_schedule():
    head, fs = trailing_fields("Språkcafé på biblioteket. Ansvar: biblioteket. (hösten 2025)")
    assert head == "Språkcafé på biblioteket."
    assert [(r, v) for r, _, v in fs] == [("responsible", "biblioteket"), ("schedule", "hösten 2025")]


def test_a_verb_before_the_cooperation_phrase_ends_the_subject():
    # ('Ungdomsservicen håller läger' is no subject doing it with 'skolor i')
    assert leading_actors("Ungdomsservicen håller läger tillsammans med skolor i grannkommuner runt sjön") is None
    assert leading_actors("Kommunen i samarbete med AMS sammanställer en guide") == (["Kommunen"], ["AMS"])


# ---- share targets as headlines, key figures with a wanted direction --------------------

def _targets_doc():
    return [
        _h("Programmets mål 2029", 1),
        _p("Varje mål nedan följs av sina åtgärder. Ansvarig och tid står inom parentes."),
        _h("Språk", 2),
        _h("80 % av de vuxna inflyttade har gått en kurs i svenska inom ett år", 3),
        _p("I dag är andelen 52 %."),
        _b("→ Kvällskurser i svenska vid arbetarinstitutet (arbetarinstitutet, start hösten 2026)",
           "→ Språkdagen för hela byn (kulturchefen, tillsammans med Byns ungdomsförening, 12.9 årligen)"),
        _h("Uppföljning", 1),
        _t(["Nyckeltal", "2022", "2023", "Riktning"],
           [["Andel vuxna inflyttade som gått en svenskkurs inom ett år (%)", "48", "52", "↑"]],
           caption="Tabell 2. Nyckeltal 2022–2023 och önskad riktning"),
    ]


def test_share_target_headlines_with_arrow_items_and_key_figures():
    x = _classify(_targets_doc())
    assert [(_squash(g.text), g.theme) for g in x.goals] == [
        ("80 % av de vuxna inflyttade har gått en kurs i svenska inom ett år", "Språk")]
    gid = x.goals[0].id
    got = {_squash(m.text): (m.goal, m.responsible, m.partners, m.schedule) for m in x.measures}
    assert got == {
        "Kvällskurser i svenska vid arbetarinstitutet": (gid, ["arbetarinstitutet"], [], "start hösten 2026"),
        "Språkdagen för hela byn": (gid, ["kulturchefen"], ["Byns ungdomsförening"], "12.9 årligen"),
    }
    assert [_squash(i.text) for i in x.indicators] == [
        "Andel vuxna inflyttade som gått en svenskkurs inom ett år (%)"]


def test_a_share_is_no_section_number():
    assert heading_number("75 % av eleverna fortsätter till andra stadiet") is None
    assert strip_heading_number("75 % av eleverna") == "75 % av eleverna"
    assert heading_number("3.1 Arbete") == "3.1"
    assert states_share_target("90 % av de nyanlända har börjat en kurs inom två månader")
    assert not states_share_target("12 % av befolkningen")


def test_arrow_after_the_bullet_is_part_of_the_marker():
    assert strip_marker("• → Hembesök hos familjer") == "Hembesök hos familjer"


def test_start_and_a_day_each_year_are_times():
    assert parse_schedule("start hösten 2026")[1] == 2026
    assert trailing_actors("Festival (kulturchefen, 12.9 årligen)") == (["kulturchefen"], [], "12.9 årligen")


def test_key_figures_beside_a_wanted_direction_are_a_follow_up_table():
    assert is_structure_header(["Nyckeltal", "2022", "2023", "Riktning"])
    # key figures over years alone describe the municipality: no follow-up
    assert not is_structure_header(["Nyckeltal", "2022", "2023"])


def test_an_action_titled_by_a_name_is_counted_by_it():
    assert action_title("Fiskeakademin: ett halvår av yrkesutbildning med språkstöd") == "Fiskeakademin"
    assert action_title("Welcome Office: en servicepunkt") == "Welcome Office"
    # a title in plain words describes the action, no name of it
    assert action_title("Svenska på arbetsplatsen: kurser på arbetstid") is None
    x = _classify([
        _h("Programmets mål", 1),
        _h("Arbete", 2),
        _h("70 % av de inflyttade i arbetsför ålder har arbete år 2029", 3),
        _b("→ Fiskeakademin: ett halvår av yrkesutbildning med språkstöd (näringslivsenheten, 2026–2028)",
           "→ Jobbcoacher för unga vuxna (sysselsättningstjänsterna, 2026)"),
        _h("Uppföljning", 1),
        _p("Vi följer upp programmet med följande mätare:"),
        _b("Sysselsättningsgrad bland inflyttade", "Antal deltagare i Fiskeakademin"),
    ])
    mid = next(m.id for m in x.measures if m.text.startswith("Fiskeakademin"))
    inds = {_squash(i.text): i.measure for i in x.indicators}
    assert inds["Antal deltagare i Fiskeakademin"] == mid
    assert inds["Sysselsättningsgrad bland inflyttade"] is None
