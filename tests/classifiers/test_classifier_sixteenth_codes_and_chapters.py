"""Sixteenth blind set (helper s16b): actions referred to by their codes ('Å2.1') from an
indicator table, a code printed as a card's field, the unit a chapter is about as the doer of
its actions when the document says so, partners named by an opening 'i samarbete med', rows
of a table keyed by their first cell, whole times of a frequency column, a span of months as
a time, and an indicator list labelled as the goal's after the goal's cards. Made-up text."""

import re

from blocks_doc import classify_blocks as _classify, heading as _h, paragraph as _p, bullets as _b


def _action(text):
    """The action without its printed number and line breaks."""
    return re.sub(r"^\d+(?:\.\d+)*\s+", "", " ".join(text.split()))


def _table(caption, columns, rows):
    return {"type": "table", "caption": caption, "columns": columns, "rows": rows}


def _coded_programme(action_blocks):
    indicators = _table("Tabell 9. Indikatorer", ["Kod", "Indikator", "Mål", "Åtgärd", "Källa"],
                        [["I1", "Antal besökare på läxhjälpen", "B1", "T1.2", "biblioteket"],
                         ["I2", "Andel elever som går vidare till gymnasiet", "B1", "", "skolans register"],
                         ["I3", "Antal deltagare i simskolan", "B2", "T2.1", "idrottsbyrån"]])
    return _classify([_h("3 Mål och åtgärder", 1),
                      _p("Målen betecknas med B och åtgärderna med T."),
                      _b("B1 Alla elever klarar grundskolan", "B2 Alla barn kan simma"),
                      *action_blocks,
                      _h("4 Uppföljning", 1),
                      indicators])


def _assert_indicators_name_their_coded_actions(x):
    texts = [_action(m.text) for m in x.measures]
    assert texts == ["Läxhjälp i biblioteket två kvällar i veckan", "Sommarläger med studiestöd",
                     "Simskola för nyanlända barn"]
    by_text = {_action(m.text): m.id for m in x.measures}
    assert [i.measure for i in x.indicators] == [by_text["Sommarläger med studiestöd"], None,
                                                 by_text["Simskola för nyanlända barn"]]


def test_an_action_code_in_an_indicator_table_names_the_action_printed_beside_that_code():
    plan = _table("Tabell 8. Åtgärder", ["Kod", "Åtgärd", "Mål", "Ansvar", "Tidtabell"],
                  [["T1.1", "Läxhjälp i biblioteket två kvällar i veckan", "B1", "Biblioteket", "2026"],
                   ["T1.2", "Sommarläger med studiestöd", "B1", "Skolbyrån", "somrarna 2026–2028"],
                   ["T2.1", "Simskola för nyanlända barn", "B2", "Idrottsbyrån", "2027"]])
    _assert_indicators_name_their_coded_actions(_coded_programme([plan]))


def test_a_code_printed_as_a_field_of_an_action_card_is_kept_for_the_tables_that_refer_to_it():
    cards = [_h("Mål 1. Alla elever klarar grundskolan", 3),
             _p("1.1 Läxhjälp i biblioteket två kvällar i veckan"),
             _p("Mål: B1. Ansvarig: Biblioteket. Tidtabell: 2026. Kod: T1.1."),
             _p("1.2 Sommarläger med studiestöd"),
             _p("Mål: B1. Ansvarig: Skolbyrån. Tidtabell: somrarna 2026–2028. Kod: T1.2."),
             _h("Mål 2. Alla barn kan simma", 3),
             _p("2.1 Simskola för nyanlända barn"),
             _p("Mål: B2. Ansvarig: Idrottsbyrån. Tidtabell: 2027. Kod: T2.1.")]
    _assert_indicators_name_their_coded_actions(_coded_programme(cards))


def _chapters(intro):
    return _classify([_h("1 Inledning", 1),
                      _p(intro),
                      _h("2 Miljöförvaltningen", 1),
                      _p("Miljöförvaltningen sköter renhållningen och naturvården i kommunen."),
                      _p("Målet är att nyinflyttade sorterar sitt avfall rätt."),
                      _p("Förvaltningen genomför följande åtgärder:"),
                      _b("sorteringsguide på fem språk",
                         "naturstigar med skyltar på engelska (i samarbete med Naturskolan Ekorren)"),
                      _h("3 Byggnadsförvaltningen", 1),
                      _p("Byggnadsförvaltningen sköter kommunens fastigheter."),
                      _p("Målet är att alla hittar ett hem."),
                      _p("Förvaltningen genomför följande åtgärder:"),
                      _b("bostadsrådgivning för nyinflyttade", "hyresannonser också på engelska (2027)")])


def test_the_unit_a_chapter_is_about_carries_out_its_actions_when_the_document_says_so():
    x = _chapters("Programmet är uppbyggt förvaltningsvis. Åtgärderna i ett kapitel genomförs av "
                  "den förvaltning som kapitlet gäller, om inte annat anges.")
    assert [m.responsible for m in x.measures] == [["Miljöförvaltningen"]] * 2 + [["Byggnadsförvaltningen"]] * 2
    assert [m.partners for m in x.measures] == [[], ["Naturskolan Ekorren"], [], []]


def test_without_that_statement_a_chapter_heading_names_no_doer():
    x = _chapters("Programmet är uppbyggt förvaltningsvis.")
    assert [m.responsible for m in x.measures] == [[], [], [], []]


def test_an_opening_cooperation_phrase_names_partners_and_no_responsible():
    from classifiers.actors import split_actors
    assert split_actors("i samarbete med Naturskolan Ekorren") == ([], ["Naturskolan Ekorren"])
    assert split_actors("Skolbyrån i samarbete med Naturskolan Ekorren") == (["Skolbyrån"], ["Naturskolan Ekorren"])


def test_a_first_cell_starting_anew_under_a_finished_one_opens_a_new_row():
    from classifiers.elements import _continues_row
    # the source cell above ends open ('... och'), so its lower-case cell below votes for a
    # continuation: only the first cell's whole name under a whole name outweighs it
    above = ["Byggnadsförvaltningen", "Antalet beviljade bygglov", "uppgifter ur bygglovsregistret och", ""]
    assert not _continues_row(["Miljöförvaltningen", "Antalet tömda kärl", "avfallsstatistiken", ""], above)
    # a numbered cell above ('2. Bostäder') is a heading of the rows, not a name like it
    assert _continues_row(["Byggnadsförvaltningen", "Antalet tömda kärl", "avfallsstatistiken", ""],
                          ["2. Bostäder", "Antalet beviljade bygglov", "uppgifter ur bygglovsregistret och", ""])
    # a first cell that goes on from an unfinished line above is still the row above's
    assert _continues_row(["Ekorren", "", "avfallsstatistiken", ""], ["Naturskolan", "", "register för", ""])


def test_a_whole_time_under_a_finished_value_is_a_value_of_its_own_row():
    from classifiers.elements import _continues_row
    above = ["", "Antalet beviljade bygglov", "", "per kvartal"]
    assert not _continues_row(["", "Antalet tömda kärl", "", "årligen"], above)


def test_a_span_of_months_in_one_year_is_a_whole_time():
    from classifiers.elements import _continues_row, _is_whole_time
    from classifiers.schedule import parse_schedule
    assert _is_whole_time("mars–juni 2027")
    assert parse_schedule("mars–juni 2027")[1:] == (2027, 2027)
    # so a schedule in words under it is a value of its own row, not its continuation
    assert not _continues_row(["Simskola för vuxna.", "Idrottsbyrån", "hela året"],
                              ["Sommarläger.", "Skolbyrån", "mars–juni 2027"])


def test_an_indicator_list_labelled_as_the_goals_after_its_action_cards_follows_up_the_goal():
    x = _classify([_h("4 Fritid", 1),
                   _p("Övergripande mål: Alla nyinflyttade hittar en fritidssysselsättning."),
                   _h("Delmål 1. Barn och unga deltar i föreningarnas verksamhet", 3),
                   _p("1.1 Prova-på-dagar i idrottshallen"),
                   _p("Ansvarig: Fritidsbyrån. Samarbetspartner: Idrottsföreningen Kvisten. Tidtabell: 2026."),
                   _p("1.2 Fritidskort för nyanlända familjer"),
                   _p("Ansvarig: Fritidsbyrån. Samarbetspartner: Församlingen. Tidtabell: 2027."),
                   _p("Uppföljning av det övergripande målet:"),
                   _b("antalet nyinflyttade i föreningarna", "andelen barn med fritidskort")])
    assert [_action(m.text) for m in x.measures] == ["Prova-på-dagar i idrottshallen", "Fritidskort för nyanlända familjer"]
    assert [i.measure for i in x.indicators] == [None, None]
