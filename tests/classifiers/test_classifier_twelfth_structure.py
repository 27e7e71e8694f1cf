"""What a document says about its own structure, read as it says it (twelfth blind set,
blind68/70/72 conventions): 'Vad? | Vem? | När?' tables, actions and sub-goals referred to
again by their label and number ('Åtgärd 4–5', a caption 'Delmål 1.2'), a question over a
list ('Hur vet vi att vi nått målet?'), actions said in the text under a goal heading, a
goal named by its number in a list's intro ('Mål 2 följs upp med ...') and a goal printed
with its own number under a label that counts cards. Made-up text."""

from blocks_doc import bullets as _b, classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers.read_headings import _own_goal_number

from classifiers.read_tables import labelled_action_numbers
from classifiers.elements import _continues_row
from classifiers.headers import map_columns
from classifiers.lead_phrase import time_of_action_before
from classifiers.prose import intro_kind, is_goal_heading


def _t(caption, columns, rows):
    return {"type": "table", "caption": caption, "columns": columns, "rows": rows}


def _squash(s):
    return " ".join(s.split())


# ---- 'Vad? | Vem? | När?' --------------------------------------------------------------

def test_a_bare_what_beside_who_and_when_is_the_action_column():
    assert map_columns(["Vad?", "Vem?", "När?"]) == {0: "measure", 1: "responsible", 2: "schedule"}


def test_a_bare_what_alone_or_beside_an_action_column_names_no_role():
    assert map_columns(["Vad?"]) == {}
    assert map_columns(["Vad?", "Åtgärd", "Vem?"]) == {1: "measure", 2: "responsible"}


def test_a_what_who_when_table_gives_the_goals_actions():
    x = _classify([
        _h("3 Boende", 1),
        _h("Mål 1: Nyinflyttade hittar en bostad inom ett halvår", 2),
        _t("Åtgärder för mål 1", ["Vad?", "Vem?", "När?"], [
            ["Bostadsrådgivning på arabiska och dari", "Hyresbolaget Tallbacken", "2026"],
            ["Guidning i hur man söker hyresbostad", "Medborgarbyrån", "våren 2027"],
        ]),
    ])
    assert [(_squash(m.text), m.responsible, m.schedule) for m in x.measures] == [
        ("Bostadsrådgivning på arabiska och dari", ["Hyresbolaget Tallbacken"], "2026"),
        ("Guidning i hur man söker hyresbostad", ["Medborgarbyrån"], "våren 2027")]
    assert {m.goal for m in x.measures} == {x.goals[0].id}


def test_a_time_under_an_empty_cell_goes_on_from_nothing():
    # 'från våren 2026' under a row whose time cell is empty starts no continuation
    assert not _continues_row(["Läxhjälp i biblioteket", "Biblioteket och Röda Korset", "från våren 2026"],
                              ["Skjuts till läxhjälpen för byarnas barn", "", ""])
    assert _continues_row(["", "", "från våren 2026"], ["Läxhjälp i", "Biblioteket", "fortlöpande och"])


# ---- actions referred to by label and number ---------------------------------------------

def test_action_numbers_after_the_word_for_an_action():
    assert labelled_action_numbers("Åtgärd 4") == ["4"]
    assert labelled_action_numbers("Åtgärd 4–6") == ["4", "5", "6"]
    assert labelled_action_numbers("Åtgärderna 2 och 7") == ["2", "7"]
    assert labelled_action_numbers("3.2 Åtgärd 11") == ["11"]  # an item number a print gave
    assert labelled_action_numbers("Åtgärd 4 ordnas på hösten") is None


def test_a_table_naming_actions_by_number_gives_them_actors_schedule_and_indicators():
    x = _classify([
        _h("4 Mål och åtgärder", 1),
        _h("4.1 Fritid", 2),
        _p("Mål 1: Nya familjer hittar en hobby för sina barn."),
        _p("Åtgärd 1: Föreningsmässa i idrottshallen varje höst."),
        _p("Åtgärd 2: Hobbypass för barn i familjer som flyttat hit."),
        _p("Åtgärd 3: Idrottsföreningarna utbildar ledare i att ta emot nya medlemmar."),
        _h("5 Ansvar och uppföljning", 1),
        _t("Tabell 4. Åtgärdernas ansvar", ["Åtgärd", "Ansvarig", "Tidtabell", "Indikator"], [
            ["Åtgärd 1", "Fritidsbyrån", "årligen i september", "Antal besökare på mässan"],
            ["Åtgärd 2–3", "Idrottsrådet", "2027", "Antal barn med hobbypass"],
        ]),
    ])
    m1, m2, m3 = x.measures
    assert len(x.measures) == 3  # the rows state no action of their own
    assert (m1.responsible, m1.schedule) == (["Fritidsbyrån"], "årligen i september")
    assert (m2.responsible, m2.schedule) == (["Idrottsrådet"], "2027")
    assert (m3.responsible, m3.schedule) == (["Idrottsrådet"], "2027")
    # a row of one action: its indicator; a row of two: the goal they share
    assert [(i.measure, i.goal) for i in x.indicators] == [(m1.id, x.goals[0].id), (None, x.goals[0].id)]


# ---- a goal's label and number again -------------------------------------------------------

def test_a_bare_label_reads_its_whole_number():
    assert not is_goal_heading("Delmål 1.2")
    assert is_goal_heading("Delmål 1.2: Fler äldre deltar i föreningslivet")


def test_a_caption_of_a_sub_goals_label_and_number_is_that_sub_goal_again():
    x = _classify([
        _h("3 Delaktighet", 1),
        _h("Mål 1: Alla åldersgrupper deltar i byns liv", 2),
        _h("Delmål 1.1: Unga har en mötesplats i byn", 3),
        _t("Delmål 1.1", ["Åtgärd", "Ansvarig", "Tidtabell"], [["Öppet hus i ungdomslokalen på fredagar", "Ungdomsbyrån", "2026"]]),
        _h("Delmål 1.2: Fler äldre deltar i föreningslivet", 3),
        _t("Delmål 1.2", ["Åtgärd", "Ansvarig", "Tidtabell"], [["Seniorträffar med tolk i bygdegården", "Pensionärsföreningen", "2027"]]),
    ])
    assert [_squash(g.text).split(": ", 1)[-1] for g in x.goals] == [
        "Alla åldersgrupper deltar i byns liv", "Unga har en mötesplats i byn", "Fler äldre deltar i föreningslivet"]
    assert [m.goal for m in x.measures] == [x.goals[1].id, x.goals[2].id]


# ---- a question over a list ------------------------------------------------------------------

def test_a_question_asking_how_one_knows_heads_a_list_of_indicators():
    x = _classify([
        _h("3 Hälsa", 1),
        _h("Mål 1: Inflyttade vet hur vården fungerar", 2),
        _t("Åtgärder för mål 1", ["Åtgärd", "Ansvarig", "Tidtabell"], [["Vårdguide på fem språk", "Hälsocentralen", "2026"]]),
        _p("Hur vet vi att vi nått målet?"),
        _b("Antal utdelade vårdguider", "Andel besök med tolk"),
    ])
    assert len(x.measures) == 1
    assert [(_squash(i.text), i.measure, i.goal) for i in x.indicators] == [
        ("Antal utdelade vårdguider", None, x.goals[0].id), ("Andel besök med tolk", None, x.goals[0].id)]


# ---- actions said under a goal heading -------------------------------------------------------

def test_the_time_of_the_action_before():
    assert time_of_action_before("Verksamheten startar hösten 2026.") == "hösten 2026"
    assert time_of_action_before("Verksamheten är populär bland unga.") is None


def test_a_goal_heading_with_actions_only_in_its_text_gets_them_as_measures():
    x = _classify([
        _h("3 Arbete", 1),
        _h("Mål 1: Fler inflyttade får sommarjobb", 2),
        _t("Åtgärder för mål 1", ["Åtgärd", "Ansvarig", "Tidtabell"], [["Sommarjobbsmässa i skolan", "Näringslivsbyrån", "2026"]]),
        _h("4 Fritid", 1),
        _h("Mål 2: Barn från nya familjer har en fritidssysselsättning", 2),
        _p("Många barn deltar inte i någon fritidsverksamhet i dag. "
           "Fritidsbyrån startar en simskola för nybörjare i samarbete med Simklubben Vågen. "
           "Verksamheten startar hösten 2026."),
    ])
    g2 = x.goals[1].id
    prose = [m for m in x.measures if m.goal == g2]
    assert [(_squash(m.text), m.responsible, m.partners, m.schedule) for m in prose] == [
        ("Fritidsbyrån startar en simskola för nybörjare i samarbete med Simklubben Vågen",
         ["Fritidsbyrån"], ["Simklubben Vågen"], "hösten 2026")]


def test_a_goal_with_a_table_keeps_its_text_as_background():
    x = _classify([
        _h("3 Arbete", 1),
        _h("Mål 1: Fler inflyttade får sommarjobb", 2),
        _p("Näringslivsbyrån ordnar redan i dag en rekryteringsdag varje vår."),
        _t("Åtgärder för mål 1", ["Åtgärd", "Ansvarig", "Tidtabell"], [["Sommarjobbsmässa i skolan", "Näringslivsbyrån", "2026"]]),
    ])
    assert [_squash(m.text) for m in x.measures] == ["Sommarjobbsmässa i skolan"]


# ---- a goal named by its number in an intro; a goal's own number under a counting label -------

def test_an_intro_naming_a_goal_by_number_over_meters_heads_indicators():
    assert intro_kind("Mål 2 följs upp med följande mätare:") == "indicator"
    assert intro_kind("Mål 2 följs upp så här:") == "indicator"
    assert intro_kind("Mål 2 har följande delmål:") == "goal"
    assert intro_kind("Kommunens mål är följande:") == "goal"


def test_a_goal_printed_with_its_own_number_under_a_counting_label():
    assert _own_goal_number("Mål 1: 4. Äldre får hemservice på sitt språk") == "4"
    assert _own_goal_number("Mål 4: Äldre får hemservice på sitt språk") is None
    # a section number in front of the label is no number of the goal's text
    assert _own_goal_number("3.1 Mål 1 – Hemservice") is None
    x = _classify([
        _h("3 Barn", 1),
        _p("Målsättningar:"),
        _b("1. Barn deltar i förskolan", "2. Unga har en trygg vuxen"),
        _h("4 Äldre", 1),
        _h("Mål 1: 3. Äldre får hemservice på sitt språk", 2),
        _t("Åtgärder", ["Åtgärd", "Ansvarig", "Tidtabell"], [["Tolk vid hembesök", "Hemservicen", "2026"]]),
    ])
    own = [g for g in x.goals if "hemservice" in g.text]
    assert len(own) == 1
    assert x.measures[-1].goal == own[0].id
