"""Sixty-ninth blind set, reader t69a (blind409, blind411) conventions, on made-up text:

- an implementation plan ('Verkställighetsplan', 'Genomförandeplan') grouped by year headings
  ('2026', '2027–2028'), whose bullets '<action>[, <time>] – <doer> med <partner> (delmål N.M)'
  name their goal only by the closing reference: the plan heading announces actions
  (`prose.names_plan_of_doing`), the doer after the dash is read with the reference cut off
  (`dash_doers`), 'X med Y' names the partner (`actors._bare_with_partners`), a dated time
  before the dash and the year heading are the schedule (`closing_times.closing_dated_time`,
  `time_headings`), '(jfr delmål 3.1)' and '(huvudmål 2)' name goals (`reference_tails`,
  `label_vocab.GOAL_REFERENCED`); the goal table's 'Nr' column ('1' over '1.1') gives the
  parents (`read_tables._number_under_parent`);
- 'Önskat läge 2030: <goal>.' / 'Steg på vägen:' over bullets 'Vi <action>. Ansvar: X.
  Samarbete: Y. Tid: Z.': the label announces actions (`headers._PHRASE_ROLES`);
- a follow-up chapter '5 Hur vet vi att vi har lyckats?' (numbered) with a paragraph per area
  'Boende. Vi vet att vi har lyckats när X. Vi vet också att vi har lyckats när Y.': each
  sentence a meter of the goal of the area the run-in label names (`change_signs`)."""

from blocks_doc import bullets as _b, classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers.actors import split_actors
from classifiers.change_signs import labelled_signs
from classifiers.closing_times import closing_dated_time
from classifiers.dash_doers import doers_after_dashes
from classifiers.headers import header_roles
from classifiers.prose import heading_kind, intro_kind
from classifiers.reference_tails import goal_in_closing_parenthesis, number_reference
from classifiers.text import squash as _sq
from classifiers.time_headings import time_heading


# ---- an implementation plan grouped by year, goals named by reference ----

def test_plan_of_carrying_out_announces_actions():
    for h in ("5 Verkställighetsplan 2026–2029", "Genomförandeplan", "4. Implementeringsplanen",
              "Bilaga 2. Verkställighetsplan för åren 2026–2028"):
        assert heading_kind(h) == "measure", h
    # a plan of another document names what it carries out; the carrying out alone is no plan
    assert heading_kind("Genomförandeplan för kommunstrategin") is None
    assert heading_kind("Verkställighet") is None


def test_goal_reference_pointing_or_to_main_goal():
    assert goal_in_closing_parenthesis("Läsfrämjande kväll – biblioteket (jfr delmål 2.1)") == (
        "Läsfrämjande kväll – biblioteket", "2.1")
    assert goal_in_closing_parenthesis("Grannfest – kulturchefen (huvudmål 2)") == ("Grannfest – kulturchefen", "2")
    assert goal_in_closing_parenthesis("Simskola (se mål 4)") == ("Simskola", "4")
    assert number_reference("Antal deltagare i simskolan (huvudmål 2)") == ("Antal deltagare i simskolan", "goal", "2")
    assert number_reference("Antal besök (jfr delmål 1.2)") == ("Antal besök", "goal", "1.2")
    assert number_reference("Antal besök (åtgärd 3)") == ("Antal besök", "measure", "3")


def test_partner_after_bare_med_between_actors():
    assert split_actors("fritidsenheten med Ekby Idrottsförening rf och Ekby församling") == (
        ["fritidsenheten"], ["Ekby Idrottsförening rf", "Ekby församling"])
    assert split_actors("biblioteket med Röda Korsets lokalavdelning") == (
        ["biblioteket"], ["Röda Korsets lokalavdelning"])
    # 'med' not between two actors stays in the name
    assert split_actors("skolan med tolk") == (["skolan med tolk"], [])


def test_dash_doers_read_before_goal_reference():
    items = ["Läsfrämjande kväll – biblioteket med Ekby folkhälsoförening (delmål 1.1)",
             "Nätverk för arbetsgivare – näringslivsenheten (delmål 2.1)",
             "Guide på lätt svenska – fritidsenheten (huvudmål 2)"]
    assert doers_after_dashes(items)


def test_dated_time_before_the_doers_dash():
    assert closing_dated_time("Kurser i yrkessvenska, från januari 2027") == (
        "Kurser i yrkessvenska", "från januari 2027")
    assert closing_dated_time("Kvällskurs i svenska, två kvällar i veckan från mars 2026") == (
        "Kvällskurs i svenska, två kvällar i veckan", "från mars 2026")
    # a frequency without a year is how the action is done
    assert closing_dated_time("Nätverket träffas, två gånger per år") is None


def test_year_heading_is_a_time():
    assert time_heading("2026") == "2026"
    assert time_heading("2027–2028") == "2027–2028"
    assert time_heading("Hösten 2026") == "Hösten 2026"
    assert time_heading("Integrationsprogram 2026–2029") is None


def _plan_by_year(plan: str = "3 Verkställighetsplan 2026–2029") -> list[dict]:
    return [
        _h("Ekby kommun – Integrationsprogram 2026–2029", 1),
        _h("1 Bakgrund", 2),
        _p("Ekby har 7 200 invånare, av vilka 410 har ett annat modersmål än svenska eller finska."),
        _h("2 Mål", 2),
        {"type": "table", "caption": "Tabell 1. Huvudmål och delmål", "columns": ["Nr", "Mål", "Tema"],
         "rows": [["1", "Nya invånare lär sig svenska och hittar ett arbete", "Språk och arbete"],
                  ["1.1", "Vuxna nyinflyttade börjar en svenskkurs inom två månader", ""],
                  ["1.2", "Fler invandrare får ett arbete som motsvarar deras utbildning", ""],
                  ["2", "Alla i Ekby känner sig hemma och deltar i föreningslivet", "Fritid och delaktighet"],
                  ["2.1", "Barn i nyinflyttade familjer har en fritidshobby", ""]]},
        _h(plan, 2),
        _p("Åtgärderna är ordnade efter det år då de inleds. Inom parentes anges delmålet."),
        _h("2026", 3),
        _b("Läsfrämjande kvällar för vuxna nyinflyttade – biblioteket med Ekby folkhälsoförening (delmål 1.1)",
           "Kvällskurs i svenska, två kvällar i veckan från mars 2026 – medborgarinstitutet (delmål 1.1)",
           "Hobbyprova för barn i nyinflyttade familjer – fritidsenheten med idrottsföreningarna (jfr delmål 2.1)"),
        _h("2027–2028", 3),
        _b("Kurser i yrkessvenska inom handeln, från januari 2027 – medborgarinstitutet med Ekby Företagare rf (delmål 1.2)",
           "Gemensam grannfest i hamnen varje juni – kultursekreteraren med byaföreningarna (huvudmål 2)"),
        _h("4 Uppföljning", 2),
        _p("Kommunstyrelsen följer upp programmet varje år."),
    ]


def test_plan_grouped_by_year_headings():
    ex = _classify(_plan_by_year())
    goals = {g.id: g.text for g in ex.goals}
    got = [(_sq(m.text), goals.get(m.goal), m.responsible, m.partners, m.schedule) for m in ex.measures]
    assert got == [
        ("Läsfrämjande kvällar för vuxna nyinflyttade", "Vuxna nyinflyttade börjar en svenskkurs inom två månader",
         ["biblioteket"], ["Ekby folkhälsoförening"], "2026"),
        ("Kvällskurs i svenska, två kvällar i veckan", "Vuxna nyinflyttade börjar en svenskkurs inom två månader",
         ["medborgarinstitutet"], [], "från mars 2026"),
        ("Hobbyprova för barn i nyinflyttade familjer", "Barn i nyinflyttade familjer har en fritidshobby",
         ["fritidsenheten"], ["idrottsföreningarna"], "2026"),
        ("Kurser i yrkessvenska inom handeln",
         "Fler invandrare får ett arbete som motsvarar deras utbildning",
         ["medborgarinstitutet"], ["Ekby Företagare rf"], "från januari 2027"),
        ("Gemensam grannfest i hamnen varje juni", "Alla i Ekby känner sig hemma och deltar i föreningslivet",
         ["kultursekreteraren"], ["byaföreningarna"], "2027–2028"),
    ]
    # the year heading names no theme: the action's is its goal's
    assert ex.measures[0].theme == "Språk och arbete"


def test_year_headings_under_a_plan_by_any_name():
    # 'Handlingsplan' names no actions of its own (a table header 'Handlingsplan' is no action
    # column), but a year heading under a plan heads the plan's actions
    from classifiers.time_headings import names_plan
    assert names_plan("3 Handlingsplan 2026–2029") and names_plan("Bilaga 1. Åtgärdsplan")
    assert not names_plan("Handlingsplan per sektor") and not names_plan("Integrationsprogram 2026")
    ex = _classify(_plan_by_year("3 Handlingsplan 2026–2029"))
    assert [(_sq(m.text), m.responsible, m.schedule) for m in ex.measures][::2] == [
        ("Läsfrämjande kvällar för vuxna nyinflyttade", ["biblioteket"], "2026"),
        ("Hobbyprova för barn i nyinflyttade familjer", ["fritidsenheten"], "2026"),
        ("Gemensam grannfest i hamnen varje juni", ["kultursekreteraren"], "2027–2028")]


def test_goal_table_number_column_gives_the_parent():
    ex = _classify(_plan_by_year())
    by_id = {g.id: g.text for g in ex.goals}
    assert [(g.text, by_id.get(g.parent)) for g in ex.goals] == [
        ("Nya invånare lär sig svenska och hittar ett arbete", None),
        ("Vuxna nyinflyttade börjar en svenskkurs inom två månader", "Nya invånare lär sig svenska och hittar ett arbete"),
        ("Fler invandrare får ett arbete som motsvarar deras utbildning",
         "Nya invånare lär sig svenska och hittar ett arbete"),
        ("Alla i Ekby känner sig hemma och deltar i föreningslivet", None),
        ("Barn i nyinflyttade familjer har en fritidshobby", "Alla i Ekby känner sig hemma och deltar i föreningslivet")]


# ---- 'Önskat läge' / 'Steg på vägen:' and success sentences keyed by area ----

def test_steps_on_the_way_announce_actions():
    for label in ("Steg på vägen", "Stegen på vägen dit", "Steg mot målet", "Steg framåt"):
        assert header_roles(label)[0] == "measure", label
        assert intro_kind(f"{label}:") == "measure", label
    assert header_roles("Steg för steg") == []


def test_numbered_success_heading_announces_meters():
    assert heading_kind("5 Hur vet vi att vi har lyckats?") == "indicator"
    assert heading_kind("3.2 Så vet vi att vi lyckats") == "indicator"


def test_success_sentences_after_a_run_in_area_label():
    assert labelled_signs("Boende. Vi vet att vi har lyckats när väntetiden är under två månader. "
                          "Vi vet också att vi har lyckats när fler hyr i byarna.") == (
        "Boende", ["väntetiden är under två månader", "fler hyr i byarna"])
    assert labelled_signs("Vi ser förändringen när sysselsättningen stiger.") == (None, ["sysselsättningen stiger"])
    # a sentence of another kind makes it no paragraph of signs
    assert labelled_signs("Boende. Vi vet att vi har lyckats när X ökar. Det tar tid.") is None


def _wished_state() -> list[dict]:
    return [
        _h("Ekby stad – Integrationsprogram 2026–2030", 1),
        _h("1 Så läser du programmet", 2),
        _p("Varje område beskriver läget i dag, det läge vi vill nå och stegen dit."),
        _h("2 Vart vill vi komma?", 2),
        _h("2.1 Boende i Ekby", 3),
        _p("Nuläge 2025: Det finns få hyresbostäder och kön är lång."),
        _p("Önskat läge 2030: Nya invånare hittar en bostad inom tre månader efter ankomsten."),
        _p("Steg på vägen:"),
        _b("Vi för en lista över lediga hyresbostäder på webben. Ansvar: tekniska enheten. "
           "Samarbete: Ekby Hyreshus Ab, hyresvärdarna. Tid: 2026.",
           "Vi bjuder in hyresvärdarna till en träff varje vår. Ansvar: kansliet. Tid: från 2027."),
        _h("2.2 Fritid och föreningar", 3),
        _p("Nuläge 2025: Få barn med utländsk bakgrund är med i idrottsföreningar."),
        _p("Önskat läge 2030: Barn med utländsk bakgrund deltar i fritidsverksamhet som andra barn."),
        _p("Steg på vägen:"),
        _b("Vi slopar klubbavgiften det första året. Ansvar: fritidsenheten. Tid: 2026–2030."),
        _h("3 Hur vet vi att vi har lyckats?", 2),
        _p("Kansliet samlar uppgifterna varje januari."),
        _p("Boende. Vi vet att vi har lyckats när ingen väntar längre än tre månader på en bostad. "
           "Vi vet också att vi har lyckats när fler nyinflyttade bor kvar efter två år."),
        _p("Fritid och föreningar. Vi vet att vi har lyckats när hälften av barnen är med i en förening."),
    ]


def test_wished_state_steps_and_success_sentences():
    ex = _classify(_wished_state())
    goals = {g.id: g.text for g in ex.goals}
    assert [(g.text, g.theme) for g in ex.goals] == [
        ("Nya invånare hittar en bostad inom tre månader efter ankomsten", "Boende i Ekby"),
        ("Barn med utländsk bakgrund deltar i fritidsverksamhet som andra barn", "Fritid och föreningar")]
    got = [(_sq(m.text).rstrip("."), m.responsible, m.partners, m.schedule) for m in ex.measures]
    assert got == [
        ("Vi för en lista över lediga hyresbostäder på webben", ["tekniska enheten"],
         ["Ekby Hyreshus Ab", "hyresvärdarna"], "2026"),
        ("Vi bjuder in hyresvärdarna till en träff varje vår", ["kansliet"], [], "från 2027"),
        ("Vi slopar klubbavgiften det första året", ["fritidsenheten"], [], "2026–2030")]
    meters = [(i.text, goals.get(i.goal), i.measure) for i in ex.indicators]
    assert meters == [
        ("ingen väntar längre än tre månader på en bostad",
         "Nya invånare hittar en bostad inom tre månader efter ankomsten", None),
        ("fler nyinflyttade bor kvar efter två år",
         "Nya invånare hittar en bostad inom tre månader efter ankomsten", None),
        ("hälften av barnen är med i en förening",
         "Barn med utländsk bakgrund deltar i fritidsverksamhet som andra barn", None)]
