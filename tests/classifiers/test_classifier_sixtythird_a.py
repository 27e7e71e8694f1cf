"""Sixty-third blind set, reader a (blind373, blind374, blind375) conventions, on made-up text:

- a theme heading, 'Mål: <goal>.' and under it a table of time horizons alone ('Kort sikt
  (2025–2026)' | 'Lång sikt (2027–2029)'), each cell listing '• <action> (<doer>)' lines;
- a numbered goal list '<N>. <goal> (<area>).' over one action table keyed by a 'Mål nr' column;
- one action table split by section rows '<N> <AREA>' (other cells empty), the row under each
  holding 'Mål: <goal>.', then the area's actions; follow-up bullets under a heading per area;
- follow-up bullets '<area>: <meter>[ (<a word of one action>)]' under a lead-in saying a meter
  of one action names it in brackets, and a last bullet 'Alla teman: <meter>' for the whole;
- a follow-up sentence announcing figures between 'följs' and 'upp' and listing them after a
  colon ('Dessutom följs två övergripande tal upp för hela programmet: X och Y.').
"""

from blocks_doc import bullets as _b, classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers.action_title_rows import capital_section_title
from classifiers.action_number_legends import names_action_brackets, names_action_number_brackets
from classifiers.council_decision import listed_area_goal
from classifiers.theme_labelled_meters import action_named_in_bracket, bracket_reference, whole_programme_meter
from classifiers.horizon_columns import horizon_columns
from classifiers.prose import followed_up_by
from classifiers.text import squash as _sq


# ---- a table of horizons alone under a stated goal ----

def test_horizon_columns_alone_name_no_goal_column():
    assert horizon_columns(["Kort sikt (2025–2026)", "Lång sikt (2027–2029)"]) == {
        0: "2025–2026", 1: "2027–2029"}
    assert horizon_columns(["På kort sikt", "Medellång sikt", "På lång sikt"]) == {
        0: "På kort sikt", 1: "Medellång sikt", 2: "På lång sikt"}
    # years alone are no plan of horizons (a statistics table's columns)
    assert horizon_columns(["2025–2026", "2027–2029"]) is None
    assert horizon_columns(["Kort sikt", "Ansvar"]) is None


def _horizon_plan() -> list[dict]:
    return [
        _h("Handlingsplan för integration 2026–2030", 1),
        _h("1 Inledning", 2),
        _p("Planen beskriver vad kommunen gör för nya invånare under perioden."),
        _h("2 Områden", 2),
        _h("2.1 Hälsa", 3),
        _p("Mål: Alla nya invånare vet var de får vård på sitt eget språk."),
        {"type": "table", "caption": "", "columns": ["Kort sikt (2026–2027)", "Lång sikt (2028–2030)"],
         "rows": [["• En vårdguide på åtta språk delas ut vid inflyttningen (hälsoenheten)\n"
                   "• Hälsokvällar ordnas på medborgarinstitutet (fritidsenheten)",
                   "• Kommunen anställer en hälsorådgivare för nyinflyttade (grundtrygghetsnämnden)"]]},
        _h("2.2 Idrott", 3),
        _p("Mål: Barn med annat modersmål deltar i idrottsföreningarnas verksamhet."),
        {"type": "table", "caption": "", "columns": ["Kort sikt (2026–2027)", "Lång sikt (2028–2030)"],
         "rows": [["• Föreningarna får stöd för avgiftsfria provträningar (idrottssekreteraren)",
                   "• En idrottsskola startas för skolbarn (idrottssekreteraren)"]]},
    ]


def test_a_table_of_horizons_alone_gives_its_actions_to_the_goal_stated_above():
    ex = _classify(_horizon_plan())
    goals = {g.id: g.text for g in ex.goals}
    assert sorted(goals.values()) == ["Alla nya invånare vet var de får vård på sitt eget språk",
                                      "Barn med annat modersmål deltar i idrottsföreningarnas verksamhet"]
    got = {m.text: (goals.get(m.goal), m.responsible, m.schedule) for m in ex.measures}
    assert got == {
        "En vårdguide på åtta språk delas ut vid inflyttningen":
            ("Alla nya invånare vet var de får vård på sitt eget språk", ["hälsoenheten"], "2026–2027"),
        "Hälsokvällar ordnas på medborgarinstitutet":
            ("Alla nya invånare vet var de får vård på sitt eget språk", ["fritidsenheten"], "2026–2027"),
        "Kommunen anställer en hälsorådgivare för nyinflyttade":
            ("Alla nya invånare vet var de får vård på sitt eget språk", ["grundtrygghetsnämnden"], "2028–2030"),
        "Föreningarna får stöd för avgiftsfria provträningar":
            ("Barn med annat modersmål deltar i idrottsföreningarnas verksamhet", ["idrottssekreteraren"],
             "2026–2027"),
        "En idrottsskola startas för skolbarn":
            ("Barn med annat modersmål deltar i idrottsföreningarnas verksamhet", ["idrottssekreteraren"],
             "2028–2030"),
    }


# ---- a numbered goal list naming each goal's area last, in brackets ----

def test_a_listed_goal_may_name_its_area_in_brackets_after_it():
    g = listed_area_goal("2. Äldre invandrare hittar meningsfulla aktiviteter nära hemmet (Fritid och kultur).")
    assert (g.number, g.text, g.area) == ("2", "Äldre invandrare hittar meningsfulla aktiviteter nära hemmet",
                                          "Fritid och kultur")
    # a doer in brackets is no area; nor a reference
    assert listed_area_goal("2. Fler vuxna får arbete (Arbetskraftsservicen).") is None
    assert listed_area_goal("3. Fler vuxna får arbete (se kapitel 4).") is None


def test_goals_listed_with_their_area_in_brackets_key_the_goal_number_column():
    ex = _classify([
        _h("Integrationsplan 2026–2029", 1),
        _h("Planens mål", 2),
        _p("Planen har tre mål:"),
        _b("1. Nyinflyttade får råd på sitt eget språk (Första tiden).",
           "2. Äldre invandrare hittar meningsfulla aktiviteter nära hemmet (Fritid och kultur).",
           "3. Unga med annat modersmål får en studieplats efter grundskolan (Utbildning)."),
        _h("Åtgärder", 2),
        {"type": "table", "caption": "Åtgärder 2026–2029",
         "columns": ["Mål nr", "Åtgärd", "Ansvarig", "Tidtabell"],
         "rows": [["1", "Rådgivningen har öppet två kvällar i veckan", "Medborgarservicen", "från 2026"],
                  ["2", "Seniorträffar ordnas i byarnas skolor", "Äldreomsorgen", "varje höst"],
                  ["3", "Studiehandledare följer varje elev i nian", "Skolväsendet", "läsåret 2026–2027"]]},
    ])
    goals = {g.id: (g.text, g.theme) for g in ex.goals}
    assert sorted(goals.values()) == [
        ("Nyinflyttade får råd på sitt eget språk", "Första tiden"),
        ("Unga med annat modersmål får en studieplats efter grundskolan", "Utbildning"),
        ("Äldre invandrare hittar meningsfulla aktiviteter nära hemmet", "Fritid och kultur"),
    ]
    assert {" ".join(m.text.split()): goals[m.goal][1] for m in ex.measures} == {
        "Rådgivningen har öppet två kvällar i veckan": "Första tiden",
        "Seniorträffar ordnas i byarnas skolor": "Fritid och kultur",
        "Studiehandledare följer varje elev i nian": "Utbildning",
    }


# ---- section rows '<N> <AREA>' over a 'Mål: <goal>' row in one action table ----

def _sectioned_table() -> list[dict]:
    return [
        _h("Integrationsplan 2026–2029", 1),
        _h("3 Mål och åtgärder", 2),
        _p("Tabellen är indelad i områden."),
        {"type": "table", "caption": "Tabell 2. Åtgärder", "columns": ["Åtgärd", "Ansvarig", "Tidtabell"],
         "rows": [["1 HÄLSA OCH OMSORG", "", ""],
                  ["Mål: Alla nya invånare vet var de får vård på sitt eget språk.", "", ""],
                  ["Dela ut en vårdguide på åtta språk", "Hälsoenheten", "2026"],
                  ["Ordna hälsokvällar på medborgarinstitutet", "Fritidsenheten", "varje höst"],
                  ["2 FRITID", "", ""],
                  ["Mål: Barn med annat modersmål deltar i föreningarnas verksamhet.", "", ""],
                  ["Ge föreningarna stöd för avgiftsfria provträningar", "Idrottssekreteraren", "från 2027"]]},
        _h("4 Uppföljning", 2),
        _p("Planen följs upp med följande mätare per område:"),
        _h("Hälsa och omsorg", 3),
        _b("antal utdelade vårdguider.", "andelen nya invånare som känner till hälsorådgivningen."),
        _h("Fritid", 3),
        _b("antal barn i provträningarna."),
    ]


def test_section_rows_name_the_theme_of_the_goal_row_under_them_and_are_no_actions():
    ex = _classify(_sectioned_table())
    goals = {g.id: (g.text, g.theme) for g in ex.goals}
    assert sorted(goals.values()) == [
        ("Alla nya invånare vet var de får vård på sitt eget språk", "HÄLSA OCH OMSORG"),
        ("Barn med annat modersmål deltar i föreningarnas verksamhet", "FRITID"),
    ]
    assert {_sq(m.text): goals[m.goal][1] for m in ex.measures} == {
        "Dela ut en vårdguide på åtta språk": "HÄLSA OCH OMSORG",
        "Ordna hälsokvällar på medborgarinstitutet": "HÄLSA OCH OMSORG",
        "Ge föreningarna stöd för avgiftsfria provträningar": "FRITID",
    }
    # the follow-up headings name the areas in normal case: each list is that area goal's
    assert {_sq(i.text).rstrip("."): (i.measure, goals[i.goals[0]][1]) for i in ex.indicators} == {
        "antal utdelade vårdguider": (None, "HÄLSA OCH OMSORG"),
        "andelen nya invånare som känner till hälsorådgivningen": (None, "HÄLSA OCH OMSORG"),
        "antal barn i provträningarna": (None, "FRITID"),
    }


# ---- follow-up bullets naming their action in a bracket, under a legend saying so ----

def test_a_legend_may_say_the_brackets_name_the_actions_in_words():
    assert names_action_brackets("Mätare som följer upp en viss åtgärd anges med åtgärden inom parentes:")
    assert names_action_brackets("Åtgärden som mätaren gäller står inom parentes.")
    assert names_action_brackets("Inom parentes anges den åtgärd som mätaren följer upp.")
    assert not names_action_brackets("Källan anges inom parentes.")
    # numbers are the other legend's
    assert not names_action_brackets("Siffran inom parentes anger åtgärden.")
    assert names_action_number_brackets("Siffran inom parentes anger åtgärden.")


def test_a_bracket_names_the_one_action_holding_its_words():
    actions = [("m1", "Föreningarna får stöd för avgiftsfria provträningar"),
               ("m2", "En idrottsskola startas för skolbarn")]
    assert bracket_reference("antal deltagare i idrottsskolan (idrottsskola)") == (
        "antal deltagare i idrottsskolan", "idrottsskola")
    assert bracket_reference("antal provträningar") == ("antal provträningar", None)
    assert action_named_in_bracket("idrottsskola", actions) == "m2"
    assert action_named_in_bracket("provträningar", actions) == "m1"
    assert action_named_in_bracket("simskola", actions) is None
    assert whole_programme_meter("Alla teman: invånarnas nöjdhet med servicen") == "invånarnas nöjdhet med servicen"
    assert whole_programme_meter("Hela programmet: andel sysselsatta.") == "andel sysselsatta"
    assert whole_programme_meter("Hälsa: antal besök") is None


def test_area_keyed_meters_link_the_action_their_bracket_names_and_the_whole_programme_key_no_goal():
    blocks = _horizon_plan() + [
        _h("3 Uppföljning", 2),
        _p("Planen följs upp med mätarna nedan; en mätare som gäller en enskild åtgärd anges med åtgärden "
           "inom parentes:"),
        _b("Hälsa: antal utdelade vårdguider (vårdguide)",
           "Hälsa: andel nya invånare som har en hälsokontakt",
           "Idrott: antal barn i idrottsskolan (idrottsskola)",
           "Alla teman: invånarnas nöjdhet med mottagandet (enkät vart tredje år)"),
    ]
    ex = _classify(blocks)
    measures = {m.id: _sq(m.text) for m in ex.measures}
    goals = {g.id: g.text for g in ex.goals}
    got = {_sq(i.text): (measures.get(i.measure), [goals[g] for g in i.goals]) for i in ex.indicators}
    assert got == {
        "antal utdelade vårdguider": ("En vårdguide på åtta språk delas ut vid inflyttningen",
                                      ["Alla nya invånare vet var de får vård på sitt eget språk"]),
        # no bracket: the area's goal, of no one action (whatever words it shares with one)
        "andel nya invånare som har en hälsokontakt": (None, ["Alla nya invånare vet var de får vård på sitt eget språk"]),
        "antal barn i idrottsskolan": ("En idrottsskola startas för skolbarn",
                                       ["Barn med annat modersmål deltar i idrottsföreningarnas verksamhet"]),
        "invånarnas nöjdhet med mottagandet": (None, []),
    }


def test_a_partner_phrase_before_the_doer_bracket_of_a_horizon_cell_is_the_partner():
    blocks = _horizon_plan()
    blocks[-1]["rows"][0][1] += "\n• En simskola för vuxna startas tillsammans med Exby simklubb (idrottssekreteraren)"
    ex = _classify(blocks)
    got = {_sq(m.text): (m.responsible, m.partners) for m in ex.measures}
    assert got["En simskola för vuxna startas"] == (["idrottssekreteraren"], ["Exby simklubb"])
    assert got["En idrottsskola startas för skolbarn"] == (["idrottssekreteraren"], [])


# ---- figures announced between 'följs' and 'upp', listed after a colon ----

def test_figures_listed_after_a_colon_of_a_follow_up_sentence_are_indicators():
    assert followed_up_by("Därtill följs tre nyckeltal upp för planen som helhet: andelen sysselsatta bland "
                          "utrikes födda, antalet nya företag och antalet föreningsmedlemmar.") == (
        "Därtill följs tre nyckeltal upp för planen som helhet",
        ["andelen sysselsatta bland utrikes födda", "antalet nya företag", "antalet föreningsmedlemmar"])
    assert followed_up_by("Följande mått följs upp varje år: arbetslöshetsgraden bland unga.") == (
        "Följande mått följs upp varje år", ["arbetslöshetsgraden bland unga"])
    # a colon followed by no figure names none
    assert followed_up_by("Planen följs upp av styrgruppen: se bilaga 2.") is None
    ex = _classify(_sectioned_table()[:4] + [
        _h("4 Uppföljning", 2),
        _p("Styrgruppen rapporterar till nämnden varje vår. Därtill följs två nyckeltal upp för hela planen: "
           "sysselsättningsgraden bland utrikes födda och antalet utrikes födda som flyttar bort.")])
    assert {_sq(i.text): i.measure for i in ex.indicators} == {
        "sysselsättningsgraden bland utrikes födda": None, "antalet utrikes födda som flyttar bort": None}


# ---- the same section rows printed as cards: '<N> <AREA>' right over the goal ----

def test_a_numbered_title_in_capitals_is_an_area_title():
    assert capital_section_title("2 FRITID OCH KULTUR") == "FRITID OCH KULTUR"
    assert capital_section_title("3.4 2 FRITID OCH KULTUR") == "FRITID OCH KULTUR"
    assert capital_section_title("Åtgärd: 2 BARN, UNGA OCH FAMILJER") == "BARN, UNGA OCH FAMILJER"
    assert capital_section_title("FRITID OCH KULTUR") is None  # no number: a heading's business
    assert capital_section_title("2 Fritid och kultur") is None
    assert capital_section_title("3.4 Ordna en fritidsmässa") is None


def test_section_rows_printed_as_cards_name_the_theme_of_the_goal_under_them():
    ex = _classify([
        _h("Integrationsplan 2026–2029", 1),
        _h("3 Mål och åtgärder", 2),
        _p("Åtgärd: 1 HÄLSA OCH OMSORG"),
        _p("Mål: Alla nya invånare vet var de får vård på sitt eget språk."),
        _p("Åtgärd: Dela ut en vårdguide på åtta språk"),
        _p("Ansvar: Hälsoenheten"),
        _p("Tidtabell: 2026"),
        _p("Åtgärd: Ordna hälsokvällar på medborgarinstitutet"),
        _p("Ansvar: Fritidsenheten"),
        _p("Tidtabell: varje höst"),
        # the print fills the section row's empty cells 'as above'
        _p("Åtgärd: 2 FRITID"),
        _p("Ansvar: Fritidsenheten"),
        _p("Tidtabell: varje höst"),
        _p("Mål: Barn med annat modersmål deltar i föreningarnas verksamhet."),
        _p("Åtgärd: Ge föreningarna stöd för avgiftsfria provträningar"),
        _p("Ansvar: Idrottssekreteraren"),
        _p("Tidtabell: från 2027"),
    ])
    goals = {g.id: (g.text.rstrip("."), g.theme) for g in ex.goals}
    assert sorted(goals.values()) == [
        ("Alla nya invånare vet var de får vård på sitt eget språk", "HÄLSA OCH OMSORG"),
        ("Barn med annat modersmål deltar i föreningarnas verksamhet", "FRITID"),
    ]
    assert sorted(_sq(m.text) for m in ex.measures) == [
        "Dela ut en vårdguide på åtta språk", "Ge föreningarna stöd för avgiftsfria provträningar",
        "Ordna hälsokvällar på medborgarinstitutet"]


# ---- a wish closing the follow-up chapter after its meters: the vision, no goal ----

def test_a_wish_after_the_meters_of_the_follow_up_is_no_goal():
    ex = _classify(_sectioned_table() + [_p("Vi vill att Exby ska vara en plats där alla trivs och känner sig trygga.")])
    assert sorted(g.theme for g in ex.goals) == ["FRITID", "HÄLSA OCH OMSORG"]
    # before the meters, a follow-up chapter stating a wish of its own still gives a goal
    blocks = _sectioned_table()
    at = next(k for k, b in enumerate(blocks) if b.get("text") == "4 Uppföljning")
    blocks.insert(at + 1, _p("Vi vill att alla åtgärder följs upp av en extern utvärderare senast 2029."))
    assert len(_classify(blocks).goals) == 3
