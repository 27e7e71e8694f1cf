"""Sixty-first blind set, reader a (blind361, blind364) conventions, on made-up text: a theme
page per area with a two-column table setting the challenges beside the actions ('Utmaningar |
Åtgärder'), closed by a paragraph 'Ansvar och samarbete: …' naming the doer, partners and time
of all the page's actions in sentences of their own; a follow-up list introduced as meters
'per insatsområde' and keyed by the area's name."""

from blocks_doc import bullets as _b, classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers.headers import is_challenge_header, is_structure_header
from classifiers.lead_phrase import partners_of_all, time_of_all
from classifiers.prose import intro_kind


# ---- 'Utmaningar | Åtgärder': the actions beside the challenges they answer -------------------

def test_challenge_column_beside_the_actions_is_a_structure_header():
    assert is_challenge_header("Utmaningar") and is_challenge_header("Behov") and is_challenge_header("Problem")
    assert is_structure_header(["Utmaningar", "Åtgärder"])
    assert is_structure_header(["Behov", "Insatser"])
    assert is_structure_header(["Nuläge", "Åtgärder"])
    # a column of no known kind beside the actions is still no header of an action table
    assert not is_structure_header(["Bakgrund", "Åtgärder"])
    # the challenges alone are no action table
    assert not is_structure_header(["Utmaningar", "Beskrivning"])


def _page(title: str, goal: str, rows: list[list[str]], closing: str, n: int) -> list[dict]:
    return [
        _h(f"2.{n} {title}", 3),
        _p(f"Vårt mål: {goal}."),
        {"type": "table", "caption": f"Tabell {n}. {title} – utmaningar och åtgärder",
         "columns": ["Utmaningar", "Åtgärder"], "rows": rows},
        _p(closing),
    ]


def _theme_pages():
    return _classify([
        _h("1 Inledning", 2),
        _p("Programmet beskriver hur Lindvik tar emot nya invånare."),
        _h("2 Områden", 2),
        *_page("Skola och fritid", "Alla barn har en fritidssysselsättning",
               [["Få barn deltar i klubbarna.", "Vi öppnar klubbarna för nya elever"],
                ["Föräldrarna känner inte till utbudet.", "Vi delar ut en fritidsguide i skolorna"]],
               "Ansvar och samarbete: Ansvaret för åtgärderna på denna sida har bildningskansliet. "
               "Samarbetet sker med idrottsföreningarna och scouterna. Åtgärderna inleds 2026 och följs upp årligen.", 1),
        *_page("Boende", "Nya invånare hittar ett hem",
               [["Hyresvärdarna når inte nyinflyttade.", "Vi ordnar en bostadsdag varje vår"]],
               "Ansvar och samarbete: Tekniska enheten har huvudansvaret. Lindviks Bostäder är samarbetspart. "
               "Åtgärderna genomförs årligen.", 2),
        *_page("Hälsa", "Alla mår bra",
               [["Äldre invandrare är ensamma.", "Vi startar en seniorklubb i biblioteket"]],
               "Ansvar och samarbete: Hemvården ansvarar i samarbete med Svenska Folkskolans Vänner, från hösten 2026. "
               "Välfärdsområdets hälsokontroller hör inte till detta program.", 3),
    ])


def test_challenge_table_gives_the_actions_and_the_closing_paragraph_their_doers():
    ex = _theme_pages()
    goal_of = {g.id: g.text for g in ex.goals}
    got = {" ".join(m.text.split()): (goal_of.get(m.goal), m.responsible, m.partners, m.schedule) for m in ex.measures}
    assert got == {
        "Vi öppnar klubbarna för nya elever": ("Alla barn har en fritidssysselsättning", ["bildningskansliet"],
                                               ["idrottsföreningarna", "scouterna"], "2026"),
        "Vi delar ut en fritidsguide i skolorna": ("Alla barn har en fritidssysselsättning", ["bildningskansliet"],
                                                   ["idrottsföreningarna", "scouterna"], "2026"),
        "Vi ordnar en bostadsdag varje vår": ("Nya invånare hittar ett hem", ["Tekniska enheten"],
                                              ["Lindviks Bostäder"], "årligen"),
        "Vi startar en seniorklubb i biblioteket": ("Alla mår bra", ["Hemvården"],
                                                    ["Svenska Folkskolans Vänner"], "från hösten 2026"),
    }
    # the challenges are no actions, nor is the welfare area's work named in the closing paragraph
    assert not any("ensamma" in m.text or "hälsokontroller" in m.text for m in ex.measures)


def test_partner_and_time_sentences_of_all_actions():
    assert partners_of_all("Samarbetet sker med biblioteket och Röda Korset.") == ["biblioteket", "Röda Korset"]
    assert partners_of_all("Folkhälsan är samarbetspart.") == ["Folkhälsan"]
    assert partners_of_all("Samarbetspartner är församlingen.") == ["församlingen"]
    assert partners_of_all("Biblioteket ordnar kurser.") is None
    assert time_of_all("Åtgärderna genomförs 2025–2028.") == "2025–2028"
    assert time_of_all("Insatserna inleds hösten 2025 och utvärderas därefter.") == "hösten 2025"
    # things of the text, not the actions, have no time of the actions
    assert time_of_all("Kurserna genomförs 2025.") is None


# ---- 'Följande mätare följs per insatsområde:' over '<area>: <meter>' -------------------------

def test_an_action_noun_after_per_groups_a_meter_list():
    assert intro_kind("Följande mätare följs per insatsområde:") == "indicator"
    assert intro_kind("Vi följer upp följande för varje insatsområde:") == "indicator"
    # actions named as what the list holds still make it a list of actions
    assert intro_kind("Följande åtgärder genomförs per insatsområde:") == "measure"


def test_area_keyed_follow_up_bullets_are_the_areas_meters():
    ex = _classify([
        _h("2 Områden", 2),
        _h("2.1 Skola och fritid", 3),
        _p("Vårt mål: Alla barn har en fritidssysselsättning."),
        _h("2.2 Boende", 3),
        _p("Vårt mål: Nya invånare hittar ett hem."),
        _h("3 Uppföljning", 2),
        _p("Arbetsgruppen rapporterar till nämnden varje höst. Följande mätare följs per insatsområde:"),
        _b("Skola och fritid: andel barn som deltar i en klubb", "Boende: antal besökare på bostadsdagen"),
    ])
    goal_of = {g.id: g.text for g in ex.goals}
    assert {i.text: goal_of.get(i.goal) for i in ex.indicators} == {
        "andel barn som deltar i en klubb": "Alla barn har en fritidssysselsättning",
        "antal besökare på bostadsdagen": "Nya invånare hittar ett hem"}
    assert not ex.measures


# ---- '<action> tillsammans med X. Ansvar: Y. Tidtabell: Z.' ----------------------------------

def _fielded_items(*items: str):
    return _classify([
        _h("Mål och åtgärder", 2),
        _h("Boende", 3),
        _p("Målet: Nya invånare hittar ett tryggt boende."),
        _h("Så här gör vi", 4),
        _b(*items),
    ])


def test_partner_phrase_before_the_item_fields_is_the_partner():
    ex = _fielded_items(
        "Bostadskvällar för nyinflyttade tillsammans med hyresbolaget och Marthaföreningen. "
        "Ansvar: bostadsbyrån. Tidtabell: 2026.",
        "Boenderådgivning på fem språk. Ansvar: servicekontoret. Tidtabell: från hösten 2025.")
    got = {m.text: (m.responsible, m.partners, m.schedule, m.printed) for m in ex.measures}
    assert got["Bostadskvällar för nyinflyttade"] == (
        ["bostadsbyrån"], ["hyresbolaget", "Marthaföreningen"], "2026",
        "Bostadskvällar för nyinflyttade tillsammans med hyresbolaget och Marthaföreningen")
    assert got["Boenderådgivning på fem språk."][:3] == (["servicekontoret"], [], "från hösten 2025")


def test_partner_phrase_stays_where_a_field_names_the_partners_or_no_body_is_named():
    ex = _fielded_items(
        "Bostadskvällar för nyinflyttade tillsammans med hyresbolaget. Ansvar: bostadsbyrån. "
        "Samarbete: Marthaföreningen.",
        "Hembesök hos nya familjer tillsammans med tolk. Ansvar: familjearbetet. Tidtabell: 2026.")
    texts = sorted(m.text.rstrip(".") for m in ex.measures)
    assert texts == ["Bostadskvällar för nyinflyttade tillsammans med hyresbolaget",
                     "Hembesök hos nya familjer tillsammans med tolk"]


def _area_keyed_follow_up(intro: str):
    return _classify([
        _h("2 Områden", 2),
        _h("2.1 Skola och fritid", 3),
        _p("Vårt mål: Alla barn har en fritidssysselsättning."),
        {"type": "table", "caption": "Tabell 1. Skola och fritid – utmaningar och åtgärder",
         "columns": ["Utmaningar", "Åtgärder"],
         "rows": [["Läxorna är svåra.", "Vi ordnar läxhjälp på kvällstid i skolbiblioteken"],
                  ["Få barn deltar i klubbarna.", "Vi delar ut en fritidsguide"]]},
        _h("3 Uppföljning", 2),
        _p(intro),
        _b("Skola och fritid: antal deltagare i läxhjälp på kvällstid i skolbiblioteken"),
    ])


def test_meters_listed_per_area_are_the_areas_not_an_actions():
    ex = _area_keyed_follow_up("Följande mätare följs per insatsområde:")
    assert [(i.text, i.measure) for i in ex.indicators] == [
        ("antal deltagare i läxhjälp på kvällstid i skolbiblioteken", None)]
    assert ex.indicators[0].goal == ex.goals[0].id
    # listed without saying so, the meter naming an action's words follows up that action, as before
    ex = _area_keyed_follow_up("Följande mätare används:")
    assert [i.measure for i in ex.indicators] == [ex.measures[0].id]


# ---- the same page printed as records: '<action>' / 'Utmaningar: …', or 'Åtgärd: …' cards ------

_CLOSING = ("Ansvar och samarbete: Hemvården har huvudansvaret. Svenska Folkskolans Vänner är samarbetspart. "
            "Åtgärderna genomförs årligen.")


def _records_page(*paras: str):
    return _classify([
        _h("2 Områden", 2),
        _h("2.1 Hälsa", 3),
        _p("Vårt mål: Alla mår bra."),
        _h("Tabell 1. Hälsa – utmaningar och åtgärder", 4),
        *[_p(x) for x in paras],
        _h("3 Uppföljning", 2),
        _p("Programmet följs upp varje år."),
    ])


def test_action_names_over_their_challenges_are_records():
    ex = _records_page("Vi startar en seniorklubb i biblioteket", "Utmaningar: Äldre invandrare är ensamma.",
                       "Vi ordnar motionsgrupper för kvinnor", "Utmaningar: Få kvinnor motionerar.", _CLOSING)
    got = {m.text: (m.responsible, m.partners, m.schedule) for m in ex.measures}
    assert got == {"Vi startar en seniorklubb i biblioteket": (["Hemvården"], ["Svenska Folkskolans Vänner"], "årligen"),
                   "Vi ordnar motionsgrupper för kvinnor": (["Hemvården"], ["Svenska Folkskolans Vänner"], "årligen")}


def test_closing_doers_paragraph_is_no_field_of_the_last_card():
    ex = _records_page("Åtgärd: Vi startar en seniorklubb i biblioteket", "Utmaningar: Äldre invandrare är ensamma.",
                       "Ansvar och samarbete: Hemvården ansvarar i samarbete med Svenska Folkskolans Vänner, "
                       "från hösten 2026. Välfärdsområdets hälsokontroller hör inte till programmet.")
    assert [(m.text, m.responsible, m.partners) for m in ex.measures] == [
        ("Vi startar en seniorklubb i biblioteket", ["Hemvården"], ["Svenska Folkskolans Vänner"])]
