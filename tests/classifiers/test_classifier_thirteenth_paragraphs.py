"""What a document says about its own structure, read as it says it (thirteenth blind set,
blind73/76/78 conventions): a text saying each paragraph opens with its goal, the actions
after it; a closing 'Ansvarig för åtgärderna under 3.4 är X'; list items whose subjects
name who does each; a section printed like the others but without its 'Ansvar:' line; a
follow-up table naming the goals by short forms of their words; an indicator table whose
rows are named by section ('Avsnitt | Indikator'). Made-up text."""

from blocks_doc import bullets as _b, classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers.builder import names_list_owner
from classifiers.headers import is_structure_header
from classifiers.prose import goal_led_headings, says_paragraphs_open_with_goal


def _t(caption, columns, rows):
    return {"type": "table", "caption": caption, "columns": columns, "rows": rows}


def _squash(s):
    return " ".join(s.split())


# ---- 'Varje stycke inleds med målet' ------------------------------------------------------

def test_a_text_saying_its_paragraphs_open_with_the_goal():
    assert says_paragraphs_open_with_goal("I varje avsnitt inleds stycket med målet. Sedan följer åtgärderna.")
    assert says_paragraphs_open_with_goal("Varje stycke börjar med målet för området.")
    assert not says_paragraphs_open_with_goal("Målet är att varje stycke av arbetet görs i tid.")


def _goal_led_doc(extra=()):
    return _classify([
        _h("1 Inledning", 1),
        _p("Kommunen växer. Nya invånare flyttar hit från många länder."),
        _h("4 Mål och åtgärder", 1),
        _p("Varje stycke inleds med målet för området. Därefter beskrivs vad som görs för att nå det."),
        _h("4.1 Boende", 2),
        _p("Nyinflyttade hittar en hyresbostad inom tre månader. Bostadsbolaget Granen annonserar "
           "lediga bostäder även på engelska (Bostadsbolaget Granen, från 2026). Boenderådgivning "
           "ordnas i samarbete med Hyresgästföreningen."),
        _p("En bostadsguide på lätt svenska tas fram."),
        _p("Ansvar: tekniska nämnden. Tidtabell: 2027."),
        _h("4.2 Fritid", 2),
        _p("Barn med utländsk bakgrund har en hobby. Idrottsföreningen Kraft erbjuder prova-på-dagar. "
           "Simskolan ordnas varje sommar. Ansvar för åtgärderna ovan: fritidsnämnden. Tidtabell: årligen."),
        _h("4.3 Samverkan", 2),
        _p("Arbetet i detta avsnitt har planerats tillsammans med föreningarna."),
        *extra,
    ])


def test_each_paragraph_under_the_headings_opens_with_its_goal_and_goes_on_with_actions():
    x = _goal_led_doc()
    assert [_squash(g.text) for g in x.goals] == [
        "Nyinflyttade hittar en hyresbostad inom tre månader",
        "Barn med utländsk bakgrund har en hobby"]
    goals = {g.id: _squash(g.text) for g in x.goals}
    got = [(_squash(m.printed or m.text), goals.get(m.goal), m.responsible) for m in x.measures]
    assert got == [
        ("Bostadsbolaget Granen annonserar lediga bostäder även på engelska (Bostadsbolaget Granen, från 2026)",
         "Nyinflyttade hittar en hyresbostad inom tre månader", ["Bostadsbolaget Granen"]),
        ("Boenderådgivning ordnas i samarbete med Hyresgästföreningen",
         "Nyinflyttade hittar en hyresbostad inom tre månader", []),
        # one sentence with its own fields below it: one more action of the goal above
        ("En bostadsguide på lätt svenska tas fram", "Nyinflyttade hittar en hyresbostad inom tre månader",
         ["tekniska nämnden"]),
        # the closing fields give who, over the subject of the sentence
        ("Idrottsföreningen Kraft erbjuder prova-på-dagar", "Barn med utländsk bakgrund har en hobby",
         ["fritidsnämnden"]),
        ("Simskolan ordnas varje sommar", "Barn med utländsk bakgrund har en hobby", ["fritidsnämnden"]),
    ]
    assert x.measures[1].partners == ["Hyresgästföreningen"]
    assert x.measures[2].schedule == "2027"


def test_without_the_statement_the_paragraphs_are_running_text():
    x = _classify([
        _h("4 Mål och åtgärder", 1),
        _p("Här beskrivs målen och åtgärderna för programperioden."),
        _h("4.1 Boende", 2),
        _p("Nyinflyttade hittar en hyresbostad inom tre månader. Bostadsbolaget Granen annonserar "
           "lediga bostäder även på engelska (Bostadsbolaget Granen, från 2026)."),
    ])
    assert "Nyinflyttade hittar en hyresbostad inom tre månader" not in [_squash(g.text) for g in x.goals]


def test_the_headings_under_the_statement_are_themes_not_action_headings():
    els = [type("E", (), {"kind": k, "level": lv, "text": t})() for k, lv, t in [
        ("heading", 1, "4 Mål och åtgärder"),
        ("para", 0, "Varje stycke inleds med målet."),
        ("heading", 2, "4.1 Boende"),
        ("para", 0, "Text."),
        ("heading", 2, "4.2 Fritid"),
        ("heading", 1, "5 Uppföljning"),
        ("heading", 2, "5.1 Mätare"),
    ]]
    assert goal_led_headings(els) == {2, 4}


# ---- who carries out the actions ------------------------------------------------------------

def test_a_closing_owner_sentence_may_name_its_section():
    assert names_list_owner("Ansvarig för åtgärderna under 2.3 är kultursekreteraren. Åtgärderna genomförs 2026.")
    assert names_list_owner("Ansvariga för åtgärderna i avsnitt 2.3 är rektorerna.")
    x = _classify([
        _h("2 Åtgärder", 1),
        _h("2.3 Kultur", 2),
        _p("Målet är att nya invånare hittar till kulturlivet."),
        _p("Åtgärder:"),
        _b("Kulturkvällar ordnas på biblioteket.", "Museet erbjuder gratis guidningar."),
        _p("Ansvarig för åtgärderna under 2.3 är kultursekreteraren."),
    ])
    assert [m.responsible for m in x.measures] == [["kultursekreteraren"], ["kultursekreteraren"]]


def test_list_items_whose_subjects_all_name_their_doer():
    x = _classify([
        _h("3 Hälsa", 1),
        _p("Målet är att familjerna hittar rätt i vården."),
        _p("Åtgärder:"),
        _b("Hälsovårdscentralen informerar om sina tjänster på välkomstdagen (årligen).",
           "Familjerådgivningen använder tolk vid behov."),
    ])
    assert [m.responsible for m in x.measures] == [["Hälsovårdscentralen"], ["Familjerådgivningen"]]


def test_a_subject_among_passive_items_names_nobody():
    # the list says what is done, not by whom: one item's subject is no doer statement
    x = _classify([
        _h("3 Hälsa", 1),
        _p("Målet är att familjerna hittar rätt i vården."),
        _p("Åtgärder:"),
        _b("Informationsdagar ordnas två gånger per år.",
           "Familjerådgivningen använder tolk vid behov.",
           "En broschyr på flera språk tas fram."),
    ])
    assert [m.responsible for m in x.measures] == [[], [], []]


# ---- a section printed like the others, without its 'Ansvar:' line -------------------------

def test_a_list_under_a_goal_field_is_actions_when_the_other_sections_were():
    x = _classify([
        _h("Våra mål", 1),
        _h("Boende", 2),
        _p("Mål: Nya invånare hittar en bostad."),
        _b("Vi annonserar lediga bostäder på engelska.", "Vi ordnar en bostadsmässa."),
        _p("Ansvar: tekniska chefen"),
        _h("Fritid", 2),
        _p("Mål: Alla barn har en hobby."),
        _b("Vi ordnar prova-på-dagar i simhallen.", "Vi erbjuder gratis hobbyavgift första året."),
        _h("Trygghet", 2),
        _p("Mål: Alla känner sig trygga i byn."),
        # items stating how things are: no actions, whatever the other sections did
        _b("Byn är liten.", "Grannarna känner varandra."),
    ])
    goals = {g.id: _squash(g.text) for g in x.goals}
    got = [(_squash(m.text).rstrip("."), goals.get(m.goal)) for m in x.measures]
    assert ("Vi ordnar prova-på-dagar i simhallen", "Alla barn har en hobby") in got
    assert ("Vi erbjuder gratis hobbyavgift första året", "Alla barn har en hobby") in got
    assert not any(t.startswith(("Byn", "Grannarna")) for t, _ in got)


# ---- follow-up tables naming goals and sections ---------------------------------------------

def test_a_follow_up_table_names_the_goals_by_short_forms_of_their_words():
    x = _classify([
        _h("Våra mål", 1),
        _h("Boende", 2),
        _p("Mål: Nya invånare hittar snabbt en lämplig bostad."),
        _b("Vi annonserar lediga bostäder på engelska."),
        _p("Ansvar: tekniska chefen"),
        _h("Skola och fritid", 2),
        _p("Mål: Skolbarnen trivs i skolan och har en hobby."),
        _b("Vi betalar hobbyavgiften första året."),
        _p("Ansvar: bildningschefen"),
        _h("Uppföljning", 1),
        _t("Tabell 1. Uppföljning", ["Mål", "Mätare", "Utgångsläge 2024", "Målnivå 2026"], [
            ["Invånare hittar bostad", "Antalet uthyrda bostäder", "4", "10"],
            ["Skolbarnen trivs", "Andelen barn med hobby", "50 %", "70 %"],
        ]),
    ])
    assert [_squash(g.text) for g in x.goals] == [
        "Nya invånare hittar snabbt en lämplig bostad", "Skolbarnen trivs i skolan och har en hobby"]
    goals = {g.id: _squash(g.text) for g in x.goals}
    assert [(_squash(i.text), goals.get(i.goal)) for i in x.indicators] == [
        ("Antalet uthyrda bostäder", "Nya invånare hittar snabbt en lämplig bostad"),
        ("Andelen barn med hobby", "Skolbarnen trivs i skolan och har en hobby")]


def test_an_indicator_column_beside_a_section_column_is_a_structure_header():
    assert is_structure_header(["Avsnitt", "Indikator", "Uppgiften samlas in av"])
    assert not is_structure_header(["Indikator", "Uppgiften samlas in av"])


def test_indicators_named_by_section_follow_up_that_sections_goal():
    x = _goal_led_doc([
        _h("5 Uppföljning", 1),
        _t("Tabell 3. Indikatorer", ["Avsnitt", "Indikator", "Ansvarig för uppgiften"], [
            ["4.1 Boende", "Antalet annonserade bostäder", "Bostadsbolaget"],
            ["4.2 Fritid", "Antalet barn med hobby", "Fritidsnämnden"],
        ]),
    ])
    goals = {g.id: _squash(g.text) for g in x.goals}
    assert [(_squash(i.text), goals.get(i.goal), i.measure) for i in x.indicators] == [
        ("Antalet annonserade bostäder", "Nyinflyttade hittar en hyresbostad inom tre månader", None),
        ("Antalet barn med hobby", "Barn med utländsk bakgrund har en hobby", None)]
