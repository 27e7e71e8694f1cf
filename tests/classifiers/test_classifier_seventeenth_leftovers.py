"""Seventeenth blind set, the losses left after helpers s17a/s17b (helper s17l): commitments
of a named unit in prose, a second clause after ', och', plain-present sentences beside
commitments, a follow-up sentence of a goal with one action, an indicator label naming its
goal by number, labelled items at the top of a column, fields wrapped over two lines, 'Start:'
as the time of an action, the purpose of the document, a table numbering its own goals'
actions from 1 again, and a list under a table printed as cards. Made-up text."""

from blocks_doc import bullets as _b, classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers import classify
from classifiers.elements import document_elements
from classifiers.prose_actions import prose_action
from classifiers.records import fields
from extractors.model import BBox, Line
from normalizers.model import NormalizedDocument, NormalizedPage


# ---- prose: commitments -----------------------------------------------------------------

def test_a_named_unit_committing_to_act_states_an_action_whatever_the_verb():
    # 'subventionera' is no verb of doing the reader knows: the commitment says it is done
    found = prose_action("Idrottsnämnden kommer att subventionera simskolan för nyanlända barn.")
    assert found is not None and found.responsible == ["Idrottsnämnden"]
    assert found.text == "Idrottsnämnden kommer att subventionera simskolan för nyanlända barn"
    assert found.commits


def test_a_unit_that_is_to_ensure_a_state_states_a_requirement_not_an_action():
    assert prose_action("Kommunen ska se till att alla barn har en simkunnig vuxen med sig.") is None
    assert prose_action("Idrottsnämnden kommer att vara en viktig samarbetspart.") is None


def test_a_clause_of_its_own_after_a_comma_and_och_is_cut_off_and_kept_as_printed():
    found = prose_action("Vi kommer att öppna en cykelverkstad vid biblioteket, och verkstaden får två "
                         "handledare från föreningen.")
    assert found.text == "Vi kommer att öppna en cykelverkstad vid biblioteket"
    assert found.printed == ("Vi kommer att öppna en cykelverkstad vid biblioteket, och verkstaden får två "
                             "handledare från föreningen")
    # a list joined by 'och' without a comma is part of the action
    plain = prose_action("Vi kommer att öppna en cykelverkstad och en syateljé vid biblioteket.")
    assert plain.text == "Vi kommer att öppna en cykelverkstad och en syateljé vid biblioteket" and plain.printed is None


def _cycling(second_chapter_actions: int = 2):
    chapter = [_h("5 Cykling", 1),
               _p("Vi vill att fler nya invånare tar sig till jobbet på cykel. Vi kommer att öppna en "
                  "cykelverkstad vid biblioteket. Broschyren uppdateras varje år."),
               _p("Som mått på framgång använder vi antalet cyklister vid järnvägsstationen.")]
    second = " ".join(["Vi kommer att ordna simskola för vuxna.", "Vi kommer att ordna simskola för barn."]
                      [:second_chapter_actions])
    other = [_h("6 Simning", 1),
             _p(f"Målet är att alla nya invånare kan simma. {second}"),
             _p("Vi följer upp arbetet genom antalet deltagare i simskolan.")]
    return _classify([_h("4 Inledning", 1), _p("Programmet är skrivet som en sammanhängande text."),
                      *chapter, *other])


def test_a_plain_present_sentence_beside_commitments_is_no_measure():
    x = _cycling()
    # (a commitment's measure is its action part, the sentence as printed beside it)
    assert [m.printed for m in x.measures] == ["Vi kommer att öppna en cykelverkstad vid biblioteket",
                                               "Vi kommer att ordna simskola för vuxna",
                                               "Vi kommer att ordna simskola för barn"]
    assert [m.text for m in x.measures] == ["öppna en cykelverkstad vid biblioteket",
                                            "ordna simskola för vuxna", "ordna simskola för barn"]


def test_a_follow_up_sentence_of_a_goal_with_one_action_measures_that_action():
    x = _cycling()
    by_text = {i.text: i.measure for i in x.indicators}
    assert by_text["antalet cyklister vid järnvägsstationen"] == x.measures[0].id
    # after two actions the sentence follows up the goal
    assert by_text["antalet deltagare i simskolan"] is None
    one = _cycling(second_chapter_actions=1)
    assert {i.text: i.measure for i in one.indicators}["antalet deltagare i simskolan"] == one.measures[1].id


# ---- labels ---------------------------------------------------------------------------------

def test_an_indicator_label_naming_its_goal_by_number_is_a_label():
    x = _classify([_h("3 Hälsa", 1),
                   _p("Mål 5: Nya invånare mår bra."),
                   _p("Delmål 5.1: Familjer känner till rådgivningen."),
                   _b("Öppet hus på rådgivningen (hälsovården, 2026)"),
                   _p("Indikator för mål 5: Antalet besök på öppet hus.")])
    goal5 = next(g for g in x.goals if g.text.startswith("Nya invånare"))
    assert [(i.text, i.measure, i.goal) for i in x.indicators] == [("Antalet besök på öppet hus", None, goal5.id)]


def test_start_is_the_time_of_an_action():
    assert fields("Ansvar: Ungdomsföreningen. Start: hösten 2024.") == [
        ("responsible", "Ansvar", "Ungdomsföreningen"), ("schedule", "Start", "hösten 2024")]


def test_fields_wrapped_over_two_lines_are_both_the_actions():
    x = _classify([_h("4 Fritid", 1),
                   _p("Mål 1: Nya invånare deltar i föreningslivet."),
                   _p("Åtgärd 1.1: Vi bjuder in nya invånare till föreningarnas kvällar"),
                   _p("Ansvar: fritidssektorn tillsammans med byns föreningar."),
                   _p("Tidtabell: 2025–2027."),
                   _p("Delåtgärder:"),
                   _b("ordna en föreningsmässa", "översätta inbjudningarna"),
                   _p("Indikator: Antalet föreningar på mässan")])
    m, = x.measures
    assert (m.responsible, m.partners, m.schedule) == (["fritidssektorn"], ["byns föreningar"], "2025–2027")
    assert [(i.text, i.measure) for i in x.indicators] == [("Antalet föreningar på mässan", m.id)]


def test_the_purpose_of_the_programme_itself_is_no_goal():
    x = _classify([_h("1 Programmet och lagen", 1),
                   _p("Syftet med programmet är att samordna kommunens arbete och göra det känt för invånarna. "
                      "Lagen kräver ett program."),
                   _h("2 Boende", 1),
                   _p("Syftet är att nya invånare hittar en bostad inom en månad."),
                   _b("Bostadsrådgivning varje vecka (tekniska sektorn)")])
    assert [g.text.rstrip(".") for g in x.goals] == ["Syftet är att nya invånare hittar en bostad inom en månad"]


# ---- a column's top -------------------------------------------------------------------------

def _ln(text, x, y, col):
    return Line(text=text, bbox=BBox(x0=x, y0=y, x1=x + 5.2 * len(text), y1=y + 12), font_size=9.5, column=col)


def test_a_labelled_item_at_the_top_of_the_next_column_starts_an_element_of_its_own():
    # the left column ends on a goal line without a full stop; the right one opens with a
    # sub-goal's label: no gap tells the paragraphs apart there, the label does
    page = NormalizedPage(page_no=1, height=842, width=595, items=[
        Line(text="Hälsa och välfärd", bbox=BBox(x0=45, y0=60, x1=200, y1=75), font_size=12.5, bold=True),
        _ln("Hälsovården ordnas av välfärdsområdet och kommunen ser till att", 45, 90, 0),
        _ln("invånarna hittar tjänsterna när de behöver dem.", 45, 103, 0),
        _ln("Mål 5: Nya invånare i Exempelby mår bra och vet var de", 45, 121, 0),
        _ln("får hjälp", 45, 134, 0),
        _ln("Delmål 5.1: Nyinflyttade känner till rådgivningens tjänster.", 309, 60, 1),
        _ln("• Öppet hus på rådgivningen (hälsovården, 2026)", 309, 78, 1),
    ])
    doc = NormalizedDocument(source_file="x", sha256="0", kind="pdf", pages=[page])
    texts = [e.text for e in document_elements(doc)]
    assert "Mål 5: Nya invånare i Exempelby mår bra och vet var de får hjälp" in texts
    assert "Delmål 5.1: Nyinflyttade känner till rådgivningens tjänster." in texts
    px = classify(doc)
    assert [g.text.rstrip(".") for g in px.goals] == ["Nya invånare i Exempelby mår bra och vet var de får hjälp",
                                                      "Nyinflyttade känner till rådgivningens tjänster"]


def test_a_labelled_item_at_the_top_of_the_next_page_starts_an_element_of_its_own():
    first = NormalizedPage(page_no=1, height=842, width=595, items=[
        Line(text="Hälsa och välfärd", bbox=BBox(x0=45, y0=60, x1=200, y1=75), font_size=12.5, bold=True),
        _ln("Hälsovården ordnas av välfärdsområdet och kommunen ser till att", 45, 90, 0),
        _ln("invånarna hittar tjänsterna när de behöver dem.", 45, 103, 0),
        _ln("Mål 5: Nya invånare i Exempelby mår bra och vet var de", 45, 740, 0),
        _ln("får hjälp", 45, 753, 0)])
    second = NormalizedPage(page_no=2, height=842, width=595, items=[
        _ln("Delmål 5.1: Nyinflyttade känner till rådgivningens tjänster.", 45, 60, 0),
        _ln("• Öppet hus på rådgivningen (hälsovården, 2026)", 45, 78, 0)])
    doc = NormalizedDocument(source_file="x", sha256="0", kind="pdf", pages=[first, second])
    texts = [e.text for e in document_elements(doc)]
    assert "Mål 5: Nya invånare i Exempelby mår bra och vet var de får hjälp" in texts
    assert "Delmål 5.1: Nyinflyttade känner till rådgivningens tjänster." in texts


# ---- tables and cards -----------------------------------------------------------------------

def test_a_tables_actions_numbered_from_1_under_goals_of_its_own_are_no_restatements():
    # a chapter's table printed as numbered cards under its own goal rows 'Mål 1.', 'Mål 2.':
    # its '1.1' is not the text's 'Åtgärd 1.1'
    x = _classify([_h("4 Mottagande", 1),
                   _p("Mål 1: Nyinflyttade får en kontaktperson."),
                   _p("Åtgärd 1.1: Vi utser en kontaktperson för varje ny familj"),
                   _p("Ansvar: integrationskoordinatorn. Tidtabell: 2025."),
                   _h("5 Barn och unga", 1),
                   _p("Tabell 2. Mål och åtgärder för barn och unga"),
                   _h("Mål 1. Barn får stöd i skolan", 3),
                   _p("1.1 Läxläsning på biblioteket"),
                   _p("Ansvarig: Biblioteket. Tidtabell: 2026."),
                   _p("1.2 Simskola för nyanlända elever"),
                   _p("Ansvarig: Idrottsbyrån. Tidtabell: 2027.")])
    assert [(" ".join(m.text.split()), m.responsible) for m in x.measures] == [
        ("Vi utser en kontaktperson för varje ny familj", ["integrationskoordinatorn"]),
        ("1.1 Läxläsning på biblioteket", ["Biblioteket"]),
        ("1.2 Simskola för nyanlända elever", ["Idrottsbyrån"])]


def test_a_list_under_a_tables_cards_follows_up_the_goal_however_many_items_it_has():
    cards = []
    for nr, what, who in (("2.1", "Simskola för vuxna nybörjare", "Idrottsbyrån"),
                          ("2.2", "Promenadgrupp på lördagar", "Pensionärsföreningen"),
                          ("2.3", "Lån av skidor och skridskor", "Fritidsgården")):
        cards += [_p(f"Åtgärd: {what}"), _p(f"Ansvar: {who}"), _p("Tidtabell: 2026"), _p(f"Nr: {nr}")]
    x = _classify([_h("3 Fritid", 1),
                   _p("Mål 2: Fler nya invånare rör på sig på fritiden"),
                   _p("Tabell 3. Åtgärder för mål 2"),
                   *cards,
                   _p("Indikatorer:"),
                   _b("Antalet deltagare i simskolan", "Antalet promenader per år", "Antalet lånade skidor")])
    assert [m.text for m in x.measures] == ["Simskola för vuxna nybörjare", "Promenadgrupp på lördagar",
                                            "Lån av skidor och skridskor"]
    assert [(i.measure, i.goal) for i in x.indicators] == [(None, x.goals[0].id)] * 3
