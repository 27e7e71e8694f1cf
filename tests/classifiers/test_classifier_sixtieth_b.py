"""Sixtieth blind set, reader b (blind355, blind356, blind359, blind360) conventions, on made-up
text: follow-up bullets keyed by the area's name and closed by the action's number
('Boende: Antal hushåll som fått råd (2.1)') under a legend saying the bracket names the action
followed up, ..."""

from blocks_doc import bullets as _b, classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers.action_number_legends import names_action_number_brackets
from classifiers.theme_labelled_meters import theme_labelled_meter


def _table(caption, columns, rows):
    return {"type": "table", "caption": caption, "columns": columns, "rows": rows}


# --- follow-up bullets '<area>: <meter>[ (<action nr>)]' -----------------------------------

def test_theme_label_before_a_capitalised_meter():
    assert theme_labelled_meter("Boende: Antal hushåll som fått råd (2.1)") == (
        "Antal hushåll som fått råd (2.1)", "Boende")
    assert theme_labelled_meter("Fritid och kultur: antal sålda kort") == ("antal sålda kort", "Fritid och kultur")
    # (an area's longer name, its parts listed with a comma)
    assert theme_labelled_meter("Arbete, utbildning och företagande: Antal praktikplatser") == (
        "Antal praktikplatser", "Arbete, utbildning och företagande")
    assert theme_labelled_meter("Hälsa och trygghet för alla: antal besök") == (
        "antal besök", "Hälsa och trygghet för alla")
    # a field label is no theme
    assert theme_labelled_meter("Ansvar: Kulturenheten") is None


def test_legend_naming_the_action_followed_up():
    assert names_action_number_brackets(
        "Siffran inom parentes anger den åtgärd som mätaren följer upp; övriga mätare gäller området.")
    assert names_action_number_brackets("Numret inom parentes anger vilken åtgärd mätaren gäller.")
    assert names_action_number_brackets("Siffran inom parentes anger åtgärden.")
    assert not names_action_number_brackets("Siffran inom parentes anger antalet år.")


_COLS = ["Nr", "Åtgärd", "Ansvarig", "Samarbete", "Tidtabell"]


def _area_keyed_follow_up():
    return _classify([
        _h("Handlingsprogram för integration 2027–2030", 1),
        _h("2 Boende", 2),
        _p("Målbild 2030: Nya invånare hittar en trygg bostad i hela kommunen."),
        _table("Åtgärder – boende", _COLS, [
            ["1.1", "Ordna bostadsrådgivning på flera språk varje vecka", "boendesekreteraren", "–", "2027–2030"],
            ["1.2", "Upprätta en lista över lediga hyresbostäder", "fastighetschefen", "hyresbolaget", "2027"]]),
        _h("3 Hälsa och motion", 2),
        _p("Målbild 2030: Invånare med utländsk bakgrund rör på sig lika mycket som andra."),
        _table("Åtgärder – hälsa och motion", _COLS, [
            ["2.1", "Erbjuda simskola för vuxna nybörjare", "idrottschefen", "simklubben", "varje höst"],
            ["2.2", "Ordna gratis prova-på-pass i gymmet", "idrottschefen", "–", "2028"]]),
        _h("4 Uppföljning", 2),
        _p("Mätarna följs upp årligen. Siffran inom parentes anger den åtgärd som mätaren följer upp; "
           "mätare utan siffra gäller området som helhet."),
        _b("Boende: Andelen hushåll som bor trångt",
           "Boende: Antal besök i bostadsrådgivningen (1.1)",
           "Hälsa och motion: Antal vuxna som lärt sig simma (2.1)",
           "Hälsa och motion: Andelen som motionerar varje vecka"),
    ])


def test_area_keyed_meters_link_to_the_numbered_action_or_the_area():
    ex = _area_keyed_follow_up()
    goals = {g.id: g.text for g in ex.goals}
    acts = {m.id: " ".join(m.text.split()) for m in ex.measures}
    got = {i.text: (goals.get(i.goal), acts.get(i.measure)) for i in ex.indicators}
    assert got == {
        "Andelen hushåll som bor trångt": ("Nya invånare hittar en trygg bostad i hela kommunen", None),
        "Antal besök i bostadsrådgivningen": ("Nya invånare hittar en trygg bostad i hela kommunen",
                                              "Ordna bostadsrådgivning på flera språk varje vecka"),
        "Antal vuxna som lärt sig simma": ("Invånare med utländsk bakgrund rör på sig lika mycket som andra",
                                           "Erbjuda simskola för vuxna nybörjare"),
        "Andelen som motionerar varje vecka": ("Invånare med utländsk bakgrund rör på sig lika mycket som andra",
                                               None),
    }


# --- a follow-up chapter whose sub-headings repeat the goals ---------------------------------

def test_heading_repeats_a_goal_read_with_its_label():
    from classifiers.goal_follow_up_headings import goal_named_by_heading
    from classifiers.model import Goal
    goals = [Goal(id="g1", text="Mål 1: Alla barn får en trygg start i daghemmet"),
             Goal(id="g2", text="Mål 2: Föräldrarna känner till skolans arbete")]
    assert goal_named_by_heading(goals, "Alla barn får en trygg start i daghemmet") == "g1"
    assert goal_named_by_heading(goals, "Föräldrarna känner till skolans arbete.") == "g2"
    assert goal_named_by_heading(goals, "Alla barn får en trygg start") is None


def _goal_headed_follow_up():
    return _classify([
        _h("Integrationsplan 2026–2029", 1),
        _h("3 Mål och åtgärder", 2),
        _table("Tabell 1. Mål och åtgärder", ["Tema", "Mål", "Åtgärd", "Ansvarig", "Tidtabell"], [
            ["Barn", "Alla barn får en trygg start i daghemmet", "Ordna inskolningssamtal med tolk",
             "Dagvården", "2026"],
            ["", "", "Anställa en modersmålslärare i arabiska", "Skolbyrån", "hösten 2026"],
            ["Arbete", "Fler föräldrar hittar ett arbete nära hemmet", "Ordna en jobbmässa i centrum",
             "Näringslivsbyrån", "varje vår"]]),
        _p("Mätare: antal barn som deltagit i inskolningssamtal."),
        _h("4 Uppföljning och mätare", 2),
        _p("Kommunstyrelsen följer upp planen en gång om året."),
        _h("Alla barn får en trygg start i daghemmet", 3),
        _b("Andelen barn med annat modersmål i småbarnspedagogiken",
           "Antal modersmålslärare i kommunen"),
        _h("Fler föräldrar hittar ett arbete nära hemmet", 3),
        _b("Sysselsättningsgraden bland föräldrar med utländsk bakgrund"),
    ])


def test_meters_under_a_heading_repeating_a_goal_follow_up_that_goal():
    ex = _goal_headed_follow_up()
    goals = {g.id: g.text for g in ex.goals}
    got = {i.text: (goals.get(i.goal), i.measure) for i in ex.indicators}
    assert got.get("Andelen barn med annat modersmål i småbarnspedagogiken") == (
        "Alla barn får en trygg start i daghemmet", None)
    # (its words name an action, the heading keys it to the goal as a whole)
    assert got.get("Antal modersmålslärare i kommunen") == ("Alla barn får en trygg start i daghemmet", None)
    assert got.get("Sysselsättningsgraden bland föräldrar med utländsk bakgrund") == (
        "Fler föräldrar hittar ett arbete nära hemmet", None)


# --- action paragraphs '<action>. Ansvarig: X.' whose further fields a line break set apart ---

def _area_paragraphs_fields_broken_off():
    return _classify([
        _h("Integrationsprogram 2026–2028", 1),
        _h("3 Mål och åtgärder", 2),
        _p("Under varje mål beskriver vi vad kommunen gör och vem som ansvarar."),
        _h("3.1 Boende", 3),
        _p("Vi vill att alla nya invånare snabbt hittar en bostad de har råd med."),
        _p("Kommunen ordnar bostadsrådgivning på arabiska och dari. Ansvarig: Socialbyrån."),
        _p("Samarbete: hyresbolaget. Tidtabell: från våren 2026."),
        _p("Vi erbjuder hyresgäster en kurs om boendets regler. Ansvarig: Hyresbolaget. Tidtabell: 2027."),
        _h("3.2 Fritid", 3),
        _p("Vi vill att barn och unga deltar i föreningarnas verksamhet."),
        _p("Kommunen ordnar en föreningsmässa varje höst. Ansvarig: Fritidsbyrån. Tidtabell: årligen."),
    ])


def test_numbered_heading_over_action_paragraphs_is_no_action():
    ex = _area_paragraphs_fields_broken_off()
    goals = {g.id: g.text for g in ex.goals}
    # (the goal as printed, 'Vi vill att …', or its clause: the scorer reads either)
    got = {" ".join(m.text.split()): goals.get(m.goal, "").removeprefix("Vi vill att ").rstrip(".")
           for m in ex.measures}
    assert got == {
        "Kommunen ordnar bostadsrådgivning på arabiska och dari":
            "alla nya invånare snabbt hittar en bostad de har råd med",
        "Vi erbjuder hyresgäster en kurs om boendets regler":
            "alla nya invånare snabbt hittar en bostad de har råd med",
        "Kommunen ordnar en föreningsmässa varje höst": "barn och unga deltar i föreningarnas verksamhet",
    }


# --- one responsible a line beside bulleted actions and one time for the whole row ----------

def test_unit_names_one_a_line_pair_with_the_actions():
    from classifiers.parallel_lines import lines_per_action
    # three units, each closing on a definite noun, beside three actions and one period
    assert lines_per_action("Fritidsenheten\nUngdomsgårdarna\nSkolkuratorerna", 3, 16, "2026–2028") == [
        "Fritidsenheten", "Ungdomsgårdarna", "Skolkuratorerna"]
    # a name going on from a name or a genitive is one name wrapped
    assert lines_per_action("Folkhälsan samt Mieli\nVästra Nyland rf", 2, 22, "2026–2028") == [
        "Folkhälsan samt Mieli Västra Nyland rf"]
    assert lines_per_action("Kustviks\nUtvecklingsbolaget", 2, 9, "2026–2028") == ["Kustviks Utvecklingsbolaget"]


def test_area_keyed_meter_naming_its_action_in_words():
    ex = _classify([
        _h("Handlingsprogram 2027–2030", 1),
        _h("2 Boende", 2),
        _p("Målbild 2030: Nya invånare hittar en trygg bostad i hela kommunen."),
        _table("Åtgärder – boende", _COLS, [
            ["1.1", "Ordna bostadsrådgivning på flera språk varje vecka", "boendesekreteraren", "–", "2027–2030"],
            ["1.2", "Upprätta en lista över lediga hyresbostäder", "fastighetschefen", "hyresbolaget", "2027"]]),
        _h("3 Uppföljning", 2),
        _p("Mätarna följs upp årligen."),
        _b("Boende: Antal besök i rådgivningen (åtgärd 1.1)",
           "Boende: Andelen hushåll som bor trångt"),
    ])
    acts = {m.id: " ".join(m.text.split()) for m in ex.measures}
    got = {i.text: acts.get(i.measure) for i in ex.indicators}
    assert got["Antal besök i rådgivningen (åtgärd 1.1)"] == "Ordna bostadsrådgivning på flera språk varje vecka"
    assert got["Andelen hushåll som bor trångt"] is None
