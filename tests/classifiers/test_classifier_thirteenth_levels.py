"""What a document says about its own levels and columns, read as it says it (thirteenth
blind set, blind74/75/77 conventions): a goal printed with a dotted number and no mark after
it ('Mål 1.1 ...'), a level above such goals given by the number's first part ('Strategi
1: ...'), a column named by an area ('Insatsområde'), and a list whose items put their doer
and time in a closing parenthesis. Made-up text."""

from blocks_doc import bullets as _b, classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers.read_paragraphs import numbered_level

from classifiers.reader_shared import dotted_goal_label
from classifiers.headers import header_roles, map_columns
from golden.render_more import column_roles


def _t(caption, columns, rows):
    return {"type": "table", "caption": caption, "columns": columns, "rows": rows}


def _squash(s):
    return " ".join(s.split())


def _goals(x):
    by_id = {g.id: g for g in x.goals}
    return [(_squash(g.text), _squash(by_id[g.parent].text) if g.parent else None) for g in x.goals]


# ---- 'Mål 1.1 ...' and 'Strategi 1: ...' --------------------------------------------------

def test_a_dotted_goal_number_with_no_mark_after_it_labels_the_goal():
    assert dotted_goal_label("Mål 2.3 Alla barn kan simma när de går ut skolan") == (
        "2.3", "Alla barn kan simma när de går ut skolan")
    assert dotted_goal_label("Mål 2 Barn och unga") is None  # a group's name, no goal's number
    assert dotted_goal_label("Mål 2.3: Alla barn kan simma") is None  # a field, read as one


def test_a_numbered_level_is_read_only_under_a_label_of_no_field():
    assert numbered_level("Riktlinje 2: Kommunen är en öppen arbetsgivare") == (
        "2", "Kommunen är en öppen arbetsgivare")
    assert numbered_level("Åtgärd 2: Språkkurs för föräldrar") is None
    assert numbered_level("Mål 2: Fler hittar jobb") is None
    assert numbered_level("Tabell 2: Befolkningen") is None


def test_goals_numbered_under_a_level_are_its_sub_goals():
    x = _classify([
        _h("3 Riktlinjer och mål", 1),
        _h("3.1 Boende", 2),
        _p("Riktlinje 1: Alla nya invånare har ett tryggt hem"),
        _p("Mål 1.1 Nyinflyttade hittar en hyresbostad inom tre månader"),
        _p("Insatser"),
        _b("Bostadsguide på fem språk – bostadsbolaget, 2027",
           "Visning av lediga lägenheter varje månad – bostadsbolaget, fortlöpande"),
        _p("Mål 1.2 Ingen familj bor trångt efter det första året"),
        _p("Insatser"),
        _b("Kartläggning av boendet vid välkomstsamtalet – socialbyrån, 2026"),
    ])
    assert _goals(x) == [
        ("Alla nya invånare har ett tryggt hem", None),
        ("Nyinflyttade hittar en hyresbostad inom tre månader", "Alla nya invånare har ett tryggt hem"),
        ("Ingen familj bor trångt efter det första året", "Alla nya invånare har ett tryggt hem"),
    ]
    text = {g.id: _squash(g.text) for g in x.goals}
    assert [text[m.goal] for m in x.measures] == [
        "Nyinflyttade hittar en hyresbostad inom tre månader",
        "Nyinflyttade hittar en hyresbostad inom tre månader",
        "Ingen familj bor trångt efter det första året"]


def test_a_level_with_nothing_numbered_under_it_is_no_goal():
    x = _classify([
        _h("2 Bakgrund", 1),
        _p("Riktlinje 4: Kommunen följer lagen om främjande av integration"),
        _p("Programmet bereddes under våren."),
    ])
    assert x.goals == []


def test_a_goal_cell_with_a_dotted_number_is_a_sub_goal_known_by_it():
    x = _classify([
        _h("3 Riktlinjer och mål", 1),
        _h("3.2 Fritid", 2),
        _p("Riktlinje 2: Alla kan delta i fritidslivet"),
        _t("Tabell 4. Riktlinje 2", ["Mål", "Insats", "Ansvar", "Tidtabell"], [
            ["Mål 2.1 Fler barn med utländsk bakgrund har en hobby", "Hobbymässa i skolan", "Fritidsbyrån", "2026"],
            ["", "Hobbypass för nya familjer", "Fritidsbyrån", "2027"],
        ]),
        _h("4 Uppföljning", 1),
        _t("Tabell 5. Indikatorer", ["Mål", "Indikator"], [["Mål 2.1", "Andelen barn med en hobby"]]),
    ])
    assert _goals(x) == [
        ("Alla kan delta i fritidslivet", None),
        ("Fler barn med utländsk bakgrund har en hobby", "Alla kan delta i fritidslivet")]
    sub = x.goals[1].id
    assert x.goals[1].theme == x.goals[0].theme == "Fritid"  # not the caption's 'Riktlinje 2'
    assert [m.goal for m in x.measures] == [sub, sub]
    assert [(_squash(i.text), i.goal) for i in x.indicators] == [("Andelen barn med en hobby", sub)]


def test_a_goal_heading_counting_goals_over_a_dotted_goal_label_is_that_goal():
    # a print that counts its goals ('Mål 1.') over a goal cell printed with its own label
    x = _classify([
        _h("3 Riktlinjer och mål", 1),
        _h("3.2 Fritid", 2),
        _p("Riktlinje 2: Alla kan delta i fritidslivet"),
        _h("Mål 1. Mål 2.1 Fler barn med utländsk bakgrund har en hobby", 3),
        _p("1.1 Hobbymässa i skolan"),
        _p("Ansvarig: Fritidsbyrån. Tidtabell: 2026."),
    ])
    assert _goals(x) == [
        ("Alla kan delta i fritidslivet", None),
        ("Fler barn med utländsk bakgrund har en hobby", "Alla kan delta i fritidslivet")]


# ---- 'Insatsområde' ----------------------------------------------------------------------

def test_a_compound_headed_by_omrade_names_an_area_not_an_action():
    assert header_roles("Insatsområde") == []
    assert header_roles("Åtgärdsområden") == []
    assert header_roles("Insatser") == ["measure"]
    assert map_columns(["Åtgärdsområde", "Mätare", "Källa"]) == {1: "indicator"}


def test_a_follow_up_table_by_area_gives_indicators_and_no_actions():
    x = _classify([
        _h("3 Boende", 1),
        _p("Målsättning: Alla nya invånare har ett tryggt hem."),
        _p("1.1 Bostadsbolaget ordnar visningar av lediga lägenheter."),
        _p("Ansvar: bostadsbolaget. Tidtabell: fortlöpande."),
        _h("4 Uppföljning", 1),
        _t("Tabell 3. Mätare", ["Åtgärdsområde", "Mätare (nivå 2025, mål 2028)", "Källa"], [
            ["Boende", "Antalet hyresbostäder (2025: 40, mål 2028: 48)", "Bostadsbolaget"]]),
    ])
    assert len(x.measures) == 1 and "Bostadsbolaget ordnar visningar" in x.measures[0].text
    assert [_squash(i.text) for i in x.indicators] == ["Antalet hyresbostäder (2025: 40, mål 2028: 48)"]


def test_the_typesetter_prints_no_area_column_as_actions():
    assert column_roles(["Åtgärdsområde", "Mätare", "Källa"], 3) == ["other", "indicator", "other"]


# ---- a doer in the place the list gives it ------------------------------------------------

def test_a_list_that_puts_its_doer_in_a_closing_parenthesis_gives_each_item_its_doer():
    x = _classify([
        _h("3 Barn och unga", 1),
        _p("Mål 4: Stärkande av barnens fritid"),
        _p("Åtgärder:"),
        _b("Ordnande av simskola för nya familjer (idrottsbyrån, 2026–2027)",
           "Information om hobbyer på familjernas språk (hemspråksundervisningen, fortlöpande)"),
    ])
    assert [(m.responsible, m.schedule) for m in x.measures] == [
        (["idrottsbyrån"], "2026–2027"), (["hemspråksundervisningen"], "fortlöpande")]


def test_a_parenthesis_of_no_known_doer_alone_names_none():
    x = _classify([
        _h("3 Barn och unga", 1),
        _p("Mål 4: Stärkande av barnens fritid"),
        _p("Åtgärder:"),
        _b("Information om hobbyer på familjernas språk (hemspråksundervisningen, fortlöpande)"),
    ])
    assert [m.responsible for m in x.measures] == [[]]


def test_after_a_table_the_list_reads_its_doers_in_the_same_place():
    # a list after a goal's action table is read as the rest of that table
    x = _classify([
        _h("3 Barn och unga", 1),
        _p("Mål 3: Främjande av barnens språk"),
        _t("Tabell 2. Åtgärder för mål 3", ["Åtgärd", "Ansvarstagare", "Tidtabell"], [
            ["Sagostund på arabiska", "Biblioteket", "2026"]]),
        _p("Mål 4: Stärkande av barnens fritid"),
        _p("Åtgärder:"),
        _b("Ordnande av simskola för nya familjer (idrottsbyrån, 2026–2027)",
           "Information om hobbyer på familjernas språk (hemspråksundervisningen, fortlöpande)"),
    ])
    assert [(m.responsible, m.schedule) for m in x.measures] == [
        (["Biblioteket"], "2026"), (["idrottsbyrån"], "2026–2027"), (["hemspråksundervisningen"], "fortlöpande")]


def test_a_record_of_actions_and_meters_reads_its_doers_in_the_same_place():
    # 'Åtgärder:' and 'Mätare:' lists under a goal: a record of two fields
    x = _classify([
        _h("3 Barn och unga", 1),
        _p("Mål 4: Stärkande av barnens fritid"),
        _p("Åtgärder:"),
        _b("Ordnande av simskola för nya familjer (idrottsbyrån, 2026–2027)",
           "Information om hobbyer på familjernas språk (hemspråksundervisningen, fortlöpande)"),
        _p("Mätare:"),
        _b("Antalet barn i simskolan"),
    ])
    assert [(m.responsible, m.schedule) for m in x.measures] == [
        (["idrottsbyrån"], "2026–2027"), (["hemspråksundervisningen"], "fortlöpande")]
