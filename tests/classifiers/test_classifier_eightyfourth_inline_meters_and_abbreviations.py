"""Eighty-fourth blind set (helper t84c): an action cell whose meter label goes on in the line
the action's sentence ends in ('… kväll. Mätare: antal …'), and a list of abbreviations
introduced by a sentence that mentions the action tables ('I åtgärdstabellerna anges de
ansvariga med följande förkortningar:'); a follow-up list of yearly figures that a paragraph
below says are no indicators ('… punktlistan ovan …; de är inte indikatorer för målen.').
Made-up text."""

from blocks_doc import bullets as _b, classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers.cell_meters import split_cell_meters
from classifiers.denied_meters import denies_meters_above
from classifiers.prose import intro_kind


def _flat(text: str) -> str:
    return " ".join(text.split()).rstrip(".")


def _table(columns, rows, caption=None):
    return {"type": "table", "caption": caption, "columns": columns, "rows": rows}


# ---- a meter label inside the line, after the action's full stop ----------------------------

def test_a_meter_label_after_the_actions_full_stop_in_the_same_line_is_cut_off():
    assert split_cell_meters("Läxhjälp i skolan\nvarje vecka. Mätare: antal\nelever") == (
        "Läxhjälp i skolan\nvarje vecka.", ["antal elever"])
    # the label closing its line, the value on the line below
    assert split_cell_meters("Läxhjälp i skolan varje vecka. Indikator:\nantal elever") == (
        "Läxhjälp i skolan varje vecka.", ["antal elever"])
    # two meters, each after a full stop
    assert split_cell_meters("Läxhjälp. Mätare: antal elever. Mätare: antal lärare")[1] == [
        "antal elever", "antal lärare"]


def test_a_label_of_another_field_or_inside_the_sentence_is_no_meter():
    assert split_cell_meters("Läxhjälp i skolan. Ansvar: rektorn")[1] == []
    assert split_cell_meters("Läxhjälp med Mätare: antal elever")[1] == []
    # a label alone at a line's start stays as it was: no meter without its value
    assert split_cell_meters("Läxhjälp i skolan.\nMätare:\n• antal elever")[1] == []


def test_an_action_table_with_meters_run_on_in_its_cells_gives_each_action_its_meter():
    x = _classify([
        _h("4 Mål och åtgärder", 2),
        _h("Fokus 1: Skola", 3),
        _p("Mål: Alla elever klarar skolan."),
        _table(["Åtgärd", "Ansvarig", "Tidtabell"], [
            ["Läxhjälp varje vecka. Mätare: antal elever som deltar", "Biblioteket", "2026"],
            ["Föräldramöten med tolk", "Skolan", "Årligen"],
        ]),
    ])
    assert sorted(_flat(m.text) for m in x.measures) == ["Föräldramöten med tolk",
                                                         "Läxhjälp varje vecka"]
    by_text = {_flat(m.text): m.id for m in x.measures}
    assert [(i.text, i.measure) for i in x.indicators] == [
        ("antal elever som deltar", by_text["Läxhjälp varje vecka"])]


# ---- a list named as abbreviations or terms -------------------------------------------------

def test_an_intro_naming_its_list_as_abbreviations_or_terms_introduces_no_actions():
    assert intro_kind("I åtgärdstabellerna anges de ansvariga med följande förkortningar:") == "background"
    assert intro_kind("I tabellen över åtgärderna används dessa begrepp:") == "background"
    assert intro_kind("Toimenpidetaulukoissa käytetään seuraavia lyhenteitä:") == "background"
    # the actions themselves named by the determiner stay actions
    assert intro_kind("Följande åtgärder genomförs:") == "measure"


def test_abbreviations_listed_under_such_an_intro_are_no_actions():
    x = _classify([
        _h("2 Förkortningar", 1),
        _p("I åtgärdstabellerna anges de ansvariga med följande förkortningar:"),
        _b("BV = bildningsverket", "TK = tekniska kansliet"),
        _h("3 Mål och åtgärder", 1),
        _table(["Mål", "Åtgärd", "Ansvar", "Tidtabell"],
               [["Fler får arbete", "Jobbmässa varje höst", "BV", "2025"], ["", "Språkkurs", "TK", "2026"]],
               caption="Tema 1: Arbete"),
    ])
    assert sorted(_flat(m.text) for m in x.measures) == ["Jobbmässa varje höst", "Språkkurs"]


# ---- a list above said to hold no indicators ------------------------------------------------

def test_a_sentence_pointing_back_and_denying_indicators_denies_the_list_above():
    assert denies_meters_above("Siffrorna i listan ovan beskriver läget; de är inte indikatorer.")
    assert denies_meters_above("Ovanstående uppgifter är inga mätare för målen.")
    assert denies_meters_above("Edellä luetellut luvut eivät ole mittareita.")
    # no pointing back, or the indicators themselves the subject: no denial of a list
    assert not denies_meters_above("Indikatorerna följs upp per mål, inte per åtgärd.")
    assert not denies_meters_above("Mätarna ovan är inte fullständiga.")
    assert not denies_meters_above("Indikatorerna ovan följs upp årligen.")


def test_figures_listed_for_follow_up_and_denied_as_indicators_below_are_none():
    blocks = [
        _h("3 Mål och åtgärder", 1),
        _table(["Mål", "Åtgärd", "Ansvar", "Tidtabell"],
               [["Fler får arbete", "Jobbmässa varje höst", "Kansliet", "2025"]], caption="Tema 1: Arbete"),
        _h("4 Uppföljning", 1),
        _p("Kansliet ansvarar för uppföljningen. Följande uppgifter samlas in årligen:"),
        _b("antal invånare med annat modersmål", "antal besök i rådgivningen"),
        _table(["Mål", "Indikator"], [["Fler får arbete", "Antal arbetsgivare på mässan"]],
               caption="Tabell 3. Indikatorer för målen"),
    ]
    denial = _p("Siffrorna i punktlistan ovan beskriver läget i kommunen; de är inte indikatorer för målen.")
    x = _classify(blocks + [denial])
    assert [_flat(i.text) for i in x.indicators] == ["Antal arbetsgivare på mässan"]
    # without the denial the list is read as its intro says, the figures gathered
    x = _classify(blocks)
    assert "antal besök i rådgivningen" in [_flat(i.text) for i in x.indicators]
