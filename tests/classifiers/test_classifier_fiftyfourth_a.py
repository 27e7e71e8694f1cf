"""Fifty-fourth blind set, first reader (blind321, blind326, blind319) conventions, on made-up
text: goals listed as items finishing a stem paragraph ('Vi vill att' / '• …'); numbered
action paragraphs closing with '(<doer>; <time>)' and a '[mål K]' counting the part's own
goals; a follow-up table naming a goal by its part and place ('Seniorer, mål 2')."""

from blocks_doc import bullets as _b, classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers.actors import parenthesis_in_actors_place
from classifiers.read_paragraphs import goal_stem_over_items
from classifiers.theme_goal_references import theme_goal_reference


def _sq(s):
    return " ".join(s.split())


class _G:
    def __init__(self, gid, theme):
        self.id, self.theme = gid, theme


# ---- a stem paragraph finished by its goal items ------------------------------------------------

def test_goal_stem_over_lower_case_items():
    assert goal_stem_over_items("Vi vill att", "• alla nya elever får en fadder i klassen")
    assert goal_stem_over_items("Målet är att", "• fler föräldrar deltar i skolans möten")
    assert goal_stem_over_items("Kommunen vill att", "– nyanlända hittar en bostad snabbt")
    # a closed sentence, an intro with a colon, a capital item or a long paragraph: no stem
    assert not goal_stem_over_items("Vi vill att alla trivs.", "• fler föräldrar deltar")
    assert not goal_stem_over_items("Vi vill att", "• Biblioteket ordnar läxhjälp")
    assert not goal_stem_over_items("Det här avsnittet beskriver hur vi arbetar och vad vi gör för att", "• alla trivs")


def test_parenthesis_with_semicolon_in_actors_place():
    assert parenthesis_in_actors_place("Läxhjälp två gånger i veckan (fritidsgården; från 2026)")[1] == (
        ["fritidsgården"], [], "från 2026")


def test_goal_named_by_its_part_and_place():
    goals = [_G("g1", "Seniorer (över 70 år)"), _G("g2", "Seniorer (över 70 år)"), _G("g3", "Nyanlända familjer")]
    assert theme_goal_reference("Seniorer, mål 2", goals) == "g2"
    assert theme_goal_reference("Nyanlända, mål 1", goals) == "g3"
    assert theme_goal_reference("Nyanlända, mål 3", goals) is None
    assert theme_goal_reference("Studenter, mål 1", goals) is None


def _programme():
    return _classify([
        _h("Integrationsprogram för Exempelby 2025–2028", 1),
        _h("3 Grupper och åtgärder", 2),
        _h("3.1 Seniorer (över 70 år)", 3),
        _p("Vi vill att"),
        _b("seniorer med utländsk bakgrund deltar i föreningslivet",
           "seniorer hittar information om hemtjänsten på sitt eget språk"),
        _p("1. Kaffeträffar med tolk på servicehuset (hemvården; varje månad)"),
        _p("2. Broschyr om hemtjänsten på fem språk (seniorrådet; 2026) [mål 2]"),
        _h("3.2 Nyanlända familjer", 3),
        _p("Vi vill att"),
        _b("nyanlända familjer får en bostad inom tre månader"),
        _p("3. Bostadsrådgivning på biblioteket (bostadsbyrån; från 2026)"),
        _p("4. Hyresgaranti för familjer utan kreditupplysning (socialkansliet; 2025–2026)"),
        _p("5. Visning av lediga hyresbostäder (bostadsbolaget; varje vår)"),
        _h("4 Uppföljning", 2),
        {"type": "table", "caption": "Tabell 1. Mätare", "columns": ["Mätare", "Åtgärd / grupp", "Källa"],
         "rows": [["Antal deltagare i kaffeträffarna", "1", "Egen statistik"],
                  ["Andel seniorer som känner till hemtjänsten", "Seniorer, mål 2", "Enkät"],
                  ["Antal familjer med egen bostad", "Nyanlända, mål 1", "Egen statistik"]]},
    ])


def test_stem_goals_numbered_actions_and_part_references():
    ex = _programme()
    goals = [_sq(g.text) for g in ex.goals]
    assert goals == ["seniorer med utländsk bakgrund deltar i föreningslivet",
                     "seniorer hittar information om hemtjänsten på sitt eget språk",
                     "nyanlända familjer får en bostad inom tre månader"]
    gid = {_sq(g.text): g.id for g in ex.goals}
    by_text = {_sq(m.text).split(". ", 1)[-1]: m for m in ex.measures}
    assert sorted(by_text) == sorted(["Kaffeträffar med tolk på servicehuset", "Broschyr om hemtjänsten på fem språk",
                                      "Bostadsrådgivning på biblioteket",
                                      "Hyresgaranti för familjer utan kreditupplysning",
                                      "Visning av lediga hyresbostäder"])
    m1 = by_text["Kaffeträffar med tolk på servicehuset"]
    assert m1.responsible == ["hemvården"] and m1.schedule == "varje månad"
    assert m1.goal == gid[goals[0]]
    assert by_text["Broschyr om hemtjänsten på fem språk"].goal == gid[goals[1]]
    ind = {_sq(i.text): i for i in ex.indicators}
    assert ind["Antal deltagare i kaffeträffarna"].measure == m1.id
    assert ind["Andel seniorer som känner till hemtjänsten"].measure is None
    assert ind["Andel seniorer som känner till hemtjänsten"].goal == gid[goals[1]]
    assert ind["Antal familjer med egen bostad"].measure is None


# ---- a follow-up table keyed by area letters, 'B1' for the area, 'B-2' for its second action -------

def test_area_keyed_follow_up_table():
    ex = _classify([
        _h("Integrationsprogram för Exempelby 2025–2028", 1),
        _h("3 Mål och åtgärder", 2),
        _h("3.1 Boende", 3),
        _p("Det finns för få hyresbostäder. Målet är att nya invånare hittar en bostad inom tre månader."),
        _b("Bostadsbyrån ordnar visningar av lediga hyresbostäder varje månad (bostadsbyrån, 2025–2028)",
           "Socialkansliet ger hyresgaranti åt familjer utan kreditupplysning (socialkansliet, 2026)"),
        _h("3.2 Fritid", 3),
        _p("Få nya invånare deltar i föreningarna. Målet är att fler nya invånare deltar i föreningslivet."),
        _b("Fritidskansliet delar ut fritidskort till nya familjer (fritidskansliet, årligen)",
           "Idrottsföreningen ordnar simskola för vuxna (idrottsföreningen, somrarna)"),
        _h("Bilaga 1. Mätare", 2),
        {"type": "table", "caption": "Tabell B1. Mätare per område", "columns": ["Kod", "Mätare"],
         "rows": [["A1", "Antal visningar av lediga hyresbostäder"],
                  ["A-2", "Antal hyresgarantier åt familjer"],
                  ["B1", "Antal utdelade fritidskort"],
                  ["B-2", "Antal vuxna i simskolan"]]},
    ])
    gid = {_sq(g.text): g.id for g in ex.goals}
    mid = {_sq(m.text): m.id for m in ex.measures}
    ind = {_sq(i.text): i for i in ex.indicators}
    housing = next(v for k, v in gid.items() if "bostad" in k)
    leisure = next(v for k, v in gid.items() if "förening" in k)
    # the area-level key: its area's goal, no action, though its words name the first action
    assert ind["Antal visningar av lediga hyresbostäder"].measure is None
    assert ind["Antal visningar av lediga hyresbostäder"].goal == housing
    assert ind["Antal utdelade fritidskort"].measure is None
    assert ind["Antal utdelade fritidskort"].goal == leisure
    # the hyphened key: the area's N-th action
    assert ind["Antal hyresgarantier åt familjer"].measure == next(v for k, v in mid.items() if "hyresgaranti" in k)
    assert ind["Antal vuxna i simskolan"].measure == next(v for k, v in mid.items() if "simskola" in k)


# ---- '(åtgärd N)' closing a meter under a section's unnumbered actions ---------------------------

def test_action_reference_counts_the_sections_own_actions():
    ex = _classify([
        _h("Integrationsprogram för Exempelby 2025–2028", 1),
        _h("Grupp 1: Seniorer", 2),
        _p("Vårt mål: Seniorer med utländsk bakgrund är inte ensamma."),
        {"type": "table", "caption": "", "columns": ["Vad", "Vem", "När"],
         "rows": [["Kaffeträffar med tolk", "Äldreomsorgen", "Varje månad"],
                  ["Seniordans i föreningshuset", "Kulturkansliet", "2026"]]},
        _p("Så vet vi att vi lyckats:"),
        _b("Antal deltagare i seniordansen (åtgärd 2)", "Andel seniorer som känner sig ensamma"),
        _h("Grupp 2: Studerande", 2),
        _p("Vårt mål: Studerande med utländsk bakgrund får en praktikplats."),
        {"type": "table", "caption": "", "columns": ["Vad", "Vem", "När"],
         "rows": [["Praktikbörs på gymnasiet", "Näringslivsenheten", "Varje vår"],
                  ["Mentorer från företagen", "Företagarföreningen", "2025–2027"]]},
        _p("Så vet vi att vi lyckats:"),
        _b("Antal förmedlade praktikplatser (åtgärd 1)"),
    ])
    mid = {_sq(m.text): m.id for m in ex.measures}
    ind = {_sq(i.text).split(" (")[0]: i for i in ex.indicators}
    assert ind["Antal deltagare i seniordansen"].measure == mid["Seniordans i föreningshuset"]
    assert ind["Antal förmedlade praktikplatser"].measure == mid["Praktikbörs på gymnasiet"]
    assert ind["Andel seniorer som känner sig ensamma"].measure is None
    # the place note is no words of the meter
    assert "Antal deltagare i seniordansen" in {_sq(i.text) for i in ex.indicators}


# ---- a part's heading over its 'Vårt mål:' paragraph and action table is no goal -------------------

def test_heading_over_a_goal_field_paragraph_and_table_is_no_goal():
    ex = _classify([
        _h("Integrationsprogram för Exempelby 2025–2028", 1),
        _h("Målgrupp 2: Vuxna i arbetsför ålder", 2),
        _p("Vårt mål: Vuxna invandrare får ett arbete som motsvarar deras utbildning."),
        {"type": "table", "caption": "", "columns": ["Vad", "Vem", "När"],
         "rows": [["Jobbmässa för nyanlända", "Näringslivsenheten", "Varje höst"],
                  ["Yrkessvenska på kvällstid", "Medborgarinstitutet", "2026–2027"]]},
    ])
    assert [_sq(g.text) for g in ex.goals] == ["Vuxna invandrare får ett arbete som motsvarar deras utbildning"]


# ---- ... nor over a numbered goal label's paragraph, 'Effektmål 3: …', and its table --------------

def test_heading_over_a_numbered_goal_label_paragraph_and_table_is_no_goal():
    ex = _classify([
        _h("Integrationsprogram för Exempelby 2025–2028", 1),
        _h("Målområde C: Goda kontakter och trygghet", 2),
        _p("Effektmål 3: Nyanlända känner sig trygga i sitt bostadsområde."),
        {"type": "table", "caption": "", "columns": ["Åtgärd", "Ansvarig", "Tidsplan"],
         "rows": [["Grannskapsvandringar med tolk", "Fritidsenheten", "Varje vår"],
                  ["Trygghetskvällar i skolorna", "Bildningsenheten", "2026–2027"]]},
    ])
    assert [_sq(g.text) for g in ex.goals] == ["Nyanlända känner sig trygga i sitt bostadsområde"]
