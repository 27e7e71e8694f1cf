"""Forty-eighth blind set (blind284, blind286) conventions, on made-up text: a decimal theme
heading over 'Mål N. <goal>. <why>' and action paragraphs 'Åtgärd N.M. <action>. Ansvarig: X.
[Samarbete: Y. ]Tidsplan: T.' (the fields in the paragraph, or going on over the line under
it), a survey's quote printed with a dash byline, a summary table that repeats its area on
every row and leaves a partner cell empty, and goal sentences whose opener a writer drops
('Målsättningen är att X': the goal X)."""

from blocks_doc import classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers.lead_phrase import closes_with_fields, labelled_action
from classifiers.model import Goal
from classifiers.prose import goal_clause, is_goal_sentence
from classifiers.quoted_speech import attributed_quote
from classifiers.read_tables import repeats_group_key
from classifiers.records import labelled_item
from classifiers.scoring import match_items


def _sq(s):
    return " ".join(s.split())


def _t(caption, columns, rows):
    return {"type": "table", "caption": caption, "columns": columns, "rows": rows}


# ---- '2.N <theme>' over 'Mål N. <goal>.' and 'Åtgärd N.M. …' paragraphs ---------------------

def _numbered_prose_doc(split_fields: bool):
    first = ([_p("Åtgärd 1.1. Kommunen ordnar en språkdag för nya föräldrar varje vår."),
              _p("Ansvarig: Familjecentralen. Samarbete: Pensionärsföreningen. Tidsplan: varje april.")]
             if split_fields else
             [_p("Åtgärd 1.1. Kommunen ordnar en språkdag för nya föräldrar varje vår. Ansvarig: "
                 "Familjecentralen. Samarbete: Pensionärsföreningen. Tidsplan: varje april.")])
    return _classify([
        _h("4 Målsättningar och åtgärder", 2),
        _h("4.1 Familjer och fritid", 3),
        _p("Mål 1. Nya familjer hittar en meningsfull fritid i byn. Få nya familjer deltar i dag i "
           "idrottsföreningarnas verksamhet."),
        *first,
        _p("Åtgärd 1.2. Idrottsföreningarna får stöd för prova-på-dagar. Ansvarig: Kultursekreteraren."),
        _p("Samarbete: Byarådet. Tidsplan: 2027–2028."),
        _h("4.2 Bostäder", 3),
        _p("Mål 2. Hyresbostäder finns för alla som flyttar hit. Bostadsbristen är störst i centrum."),
        _p("Åtgärd 2.1. Kommunens bostadsbolag bygger tolv nya radhus. Ansvarig: Bostadsbolaget. "
           "Tidsplan: 2028."),
    ])


def test_goal_and_action_paragraphs_under_a_theme_heading_are_no_heading_action():
    # the heading '4.1 Familjer och fritid' over 'Mål 1. …' / 'Åtgärd 1.1. …' / a field line
    # is the theme of the goal and its actions, not an action whose fields that line gives
    got = _numbered_prose_doc(split_fields=True)
    assert [_sq(g.text) for g in got.goals] == ["Nya familjer hittar en meningsfull fritid i byn",
                                               "Hyresbostäder finns för alla som flyttar hit"]
    texts = [_sq(m.text) for m in got.measures]
    assert texts == ["Kommunen ordnar en språkdag för nya föräldrar varje vår",
                     "Idrottsföreningarna får stöd för prova-på-dagar",
                     "Kommunens bostadsbolag bygger tolv nya radhus"]
    day = got.measures[0]
    assert day.responsible == ["Familjecentralen"] and day.schedule == "varje april"
    assert day.goal == got.goals[0].id and got.goals[0].theme == "Familjer och fritid"


def test_fields_closing_a_labelled_action_paragraph_are_its_fields():
    got = _numbered_prose_doc(split_fields=False)
    day, sport, houses = got.measures
    assert day.responsible == ["Familjecentralen"] and day.partners == ["Pensionärsföreningen"]
    assert day.schedule == "varje april"
    assert houses.responsible == ["Bostadsbolaget"] and houses.schedule == "2028"
    assert houses.goal == got.goals[1].id


def test_fields_going_on_over_the_line_under_the_action():
    # 'Åtgärd 1.2. … Ansvarig: X.' / 'Samarbete: Y. Tidsplan: T.': the line goes on with the
    # fields the paragraph began
    got = _numbered_prose_doc(split_fields=False)
    sport = got.measures[1]
    assert sport.responsible == ["Kultursekreteraren"]
    assert sport.partners == ["Byarådet"] and sport.schedule == "2027–2028"


def test_labelled_item_and_labelled_action_fields():
    assert labelled_item("Mål 3. Alla barn lär sig simma.")
    assert labelled_item("Åtgärd 2.1. Simskola ordnas.")
    assert labelled_item("Delmål 1: Fler i arbete.")
    assert not labelled_item("Tabell 2. Uppföljning av programmet")
    assert not labelled_item("Kapitel 3 – bakgrund")
    assert not labelled_item("Simskolan ordnas i juni 2026.")
    num, name, resp, partners, when = labelled_action(
        "Åtgärd 5.1. Simskola ordnas för vuxna. Ansvarig: Idrottsbyrån. Tidsplan: juni 2026.")
    assert (num, name, resp, partners, when) == ("5.1", "Simskola ordnas för vuxna", ["Idrottsbyrån"], [], "juni 2026")
    assert closes_with_fields("Åtgärd 5.1. Simskola ordnas för vuxna. Ansvarig: Idrottsbyrån.")
    assert not closes_with_fields("Åtgärd 5.1. Simskola ordnas för vuxna. Den hålls i juni.")


# ---- a quote with a dash byline -------------------------------------------------------------

def test_a_quote_with_a_dash_byline_is_no_goal():
    quote = "”Vi vill att alla grannar ska känna varandra i kvarteret.” – invånare i enkäten 2024"
    assert attributed_quote(quote)
    assert not is_goal_sentence(quote)
    # a quoted name explained after a dash is no quote of someone's words
    assert not attributed_quote("”Grannfika” – en träff där nya och gamla invånare möts varje vecka.")
    got = _classify([
        _h("3 Mål", 2),
        _h("3.1 Grannskap", 3),
        _p("Målet är att alla invånare känner sina grannar. Många nya invånare känner ingen i huset."),
        _p(quote),
    ])
    assert [_sq(g.text).rstrip(".") for g in got.goals] == ["Målet är att alla invånare känner sina grannar"]


# ---- a summary table repeating its area on every row ----------------------------------------

def _area_table_doc(repeat: bool):
    rows = [["Språk", "Läsecirkel på lätt svenska", "Biblioteket", "Folkhögskolan", "varje vår"],
            ["Språk" if repeat else "", "Samtalsgrupp för föräldrar", "Familjecentralen", "", "2027"],
            ["Bostad", "Boenderådgivning på arabiska", "Bostadsbolaget", "", "2026"]]
    return _classify([
        _h("2 Mål", 2),
        _h("2.1 Språk", 3),
        _p("Målsättningen är att alla vuxna kan använda svenska i vardagen."),
        _h("2.2 Bostad", 3),
        _p("Målsättningen är att alla hittar en bostad som passar dem."),
        _h("Bilaga 1. Åtgärderna", 2),
        _t("", ["Insatsområde", "Åtgärd", "Ansvar", "Samarbete", "Tidtabell"], rows),
    ])


def test_an_empty_partner_cell_in_a_table_repeating_its_area_is_none():
    got = _area_table_doc(repeat=True)
    by_text = {_sq(m.text): m for m in got.measures}
    assert by_text["Läsecirkel på lätt svenska"].partners == ["Folkhögskolan"]
    assert by_text["Samtalsgrupp för föräldrar"].partners == []
    assert by_text["Samtalsgrupp för föräldrar"].responsible == ["Familjecentralen"]


def test_repeats_group_key():
    assert repeats_group_key([["Språk", "a"], ["Språk", "b"], ["Bostad", "c"]])
    assert not repeats_group_key([["Språk", "a"], ["", "b"], ["Bostad", "c"]])
    assert not repeats_group_key([["Språk", "a"], ["Bostad", "b"]])
    # a unit filled once per group, a goal column right of it repeated: 'same as above' holds
    assert not repeats_group_key([["Biblioteket", "a", "Mål 1"], ["", "b", "Mål 1"], ["Skolan", "c", "Mål 2"]])


def test_an_empty_doer_cell_under_a_group_left_empty_is_same_as_above():
    got = _classify([
        _h("2 Mål", 2),
        _p("Målsättningen är att alla vuxna kan använda svenska i vardagen."),
        _h("Bilaga 1. Åtgärderna", 2),
        _t("", ["Insatsområde", "Åtgärd", "Ansvar", "Samarbete", "Tidtabell"],
           [["Språk", "Läsecirkel på lätt svenska", "Biblioteket", "Folkhögskolan", "varje vår"],
            ["", "Samtalsgrupp för föräldrar", "", "", "2027"]]),
    ])
    group = next(m for m in got.measures if m.text.startswith("Samtalsgrupp"))
    assert group.responsible == ["Biblioteket"]


# ---- the goal without its opener ------------------------------------------------------------

def test_goal_clause_without_its_opener():
    assert goal_clause("Målsättningen är att fler unga får en sommarjobb") == "fler unga får en sommarjobb"
    assert goal_clause("Vårt mål är också att alla trivs i skolan") == "alla trivs i skolan"
    assert goal_clause("Målsättningen för perioden är att alla barn deltar") == "alla barn deltar"
    assert goal_clause("Fler unga får sommarjobb") is None
    assert goal_clause("Målet är jämlikhet") is None
    got = _area_table_doc(repeat=True)
    assert got.goals[0].clause.rstrip(".") == "alla vuxna kan använda svenska i vardagen"


def test_a_goal_is_matched_by_its_clause_too():
    # a writer giving the goal without its opener finds koto's goal by its clause
    pred = [Goal(id="g1", text="Målsättningen är att alla hittar en bostad",
                 clause="alla hittar en bostad")]
    gold = [Goal(id="g1", text="alla hittar en bostad")]
    assert match_items(pred, gold)
    assert match_items([Goal(id="g1", text="Målsättningen är att alla hittar en bostad")], gold) == []
