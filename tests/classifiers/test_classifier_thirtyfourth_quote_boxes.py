"""Conventions of the thirty-fourth blind set's Billnäs programme (tests/data/blind_programs,
README there), on made-up programmes: a chapter's goal set apart in a highlighted quote box
('VI SKA | ”Vi ska ... .”', `boxed_goals`), a caption repeated from box to box that is no
running head (`page_furniture`)."""

from blocks_doc import classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers.boxed_goals import boxed_goal, boxed_goals
from classifiers.elements import Element
from classifiers.page_furniture import drop_page_furniture


def _t(columns, rows, caption=None):
    return {"type": "table", "caption": caption, "columns": columns, "rows": rows}


def _squash(s):
    return " ".join(s.split())


def test_a_quote_box_under_an_aim_caption_states_a_goal():
    assert boxed_goal("VI SKA | ”Vi ska ordna kurser i svenska för alla vuxna.”") \
        == "Vi ska ordna kurser i svenska för alla vuxna"
    assert boxed_goal("VÅRT MÅL: ”Alla nyinflyttade hittar en bostad inom ett år.”") \
        == "Alla nyinflyttade hittar en bostad inom ett år"
    # a resident's voice in a box, a quote without a caption, a caption over no quotation
    assert boxed_goal("CITAT | ”Jag fick hjälp genast när jag flyttade hit.”") is None
    assert boxed_goal("”Vi ska ordna kurser i svenska för alla vuxna.”") is None
    assert boxed_goal("VI SKA | ordna kurser i svenska för alla vuxna") is None
    # two boxes one under the other, read as one paragraph
    assert boxed_goals("VI SKA | ”Vi ska ordna kurser i svenska.” VI SKA | ”Vi ska lyssna på nya invånare.”") \
        == ["Vi ska ordna kurser i svenska", "Vi ska lyssna på nya invånare"]


def test_a_repeated_box_caption_before_a_quotation_is_no_running_head():
    els = [Element(kind="para", text=t, page=1) for t in (
        "VI SKA | ”Vi ska ordna kurser i svenska för alla vuxna.”",
        "VI SKA | ”Vi ska hjälpa föräldrar att följa skolarbetet.”",
        "EXEMPELBY KOMMUN | INTEGRATIONSPROGRAM | Arbete",
        "EXEMPELBY KOMMUN | INTEGRATIONSPROGRAM | Boende")]
    kept = [e.text for e in drop_page_furniture(els)]
    assert kept == ["VI SKA | ”Vi ska ordna kurser i svenska för alla vuxna.”",
                    "VI SKA | ”Vi ska hjälpa föräldrar att följa skolarbetet.”"]


def test_quote_boxes_give_the_goals_of_the_chapter_table_under_them():
    cols = ["Nr", "Åtgärd", "Ansvarig tjänsteinnehavare", "Samarbetspartner", "Tidtabell"]
    x = _classify([
        _h("1 Språk", 1),
        _p("Många vuxna har väntat länge på en kursplats i kommunen."),
        _p("VI SKA | ”Vi ska ordna kurser i svenska för alla vuxna inom en månad.”"),
        _t(cols, [["1.1", "Kvällskurser i svenska ordnas i skolan", "rektorn", "–", "2026"]],
           caption="Åtgärder – språk"),
        _h("2 Boende", 1),
        _p("Det finns lediga bostäder men få hittar dem."),
        _p("VI SKA | ”Vi ska göra det lätt att hitta en bostad under det första året.”"),
        _t(cols, [["2.1", "Bostadsrådgivning varje vecka i servicepunkten", "disponenten", "–", "2027"]],
           caption="Åtgärder – boende"),
    ])
    goals = {g.id: _squash(g.text) for g in x.goals}
    assert sorted(goals.values()) == ["Vi ska göra det lätt att hitta en bostad under det första året",
                                      "Vi ska ordna kurser i svenska för alla vuxna inom en månad"]
    by_text = {_squash(m.text): goals.get(m.goal) for m in x.measures}
    assert by_text["Kvällskurser i svenska ordnas i skolan"].startswith("Vi ska ordna kurser")
    assert by_text["Bostadsrådgivning varje vecka i servicepunkten"].startswith("Vi ska göra det lätt")


# ---- Vexala: 'Delmål 1.1 X' headings over 'Åtgärd 1.1.1 X (Ansvar: Y).' paragraphs -------

from classifiers.lead_phrase import labelled_action  # noqa: E402
from classifiers.owner_brackets import owner_bracket  # noqa: E402
from classifiers.prose import is_goal_heading  # noqa: E402


def test_a_code_set_apart_by_type_alone_still_labels_a_goal_or_an_action():
    assert is_goal_heading("Delmål 2.1 Nyinflyttade hittar en bostad snabbt")
    # the year is no goal's number; the bare label is no goal
    assert not is_goal_heading("Mål 2026 Nyinflyttade hittar en bostad")
    assert not is_goal_heading("Delmål 2.1")
    num, text, *_ = labelled_action("Åtgärd 2.1.1 Bostadsrådgivning ordnas varje vecka (Ansvar: disponenten).")
    assert (num, text) == ("2.1.1", "Bostadsrådgivning ordnas varje vecka")
    # a reference in running text goes on in lower case: no label
    assert labelled_action("Åtgärd 2.1 genomfördes redan under förra perioden.") is None


def test_an_owner_bracket_closing_the_action_sentence_is_its_field():
    assert owner_bracket("Språkcafé ordnas varje vecka (Ansvar: biblioteket; i samarbete med Röda Korset).") \
        == ("Språkcafé ordnas varje vecka", ["biblioteket"], ["Röda Korset"])
    assert owner_bracket("Språkcafé ordnas varje vecka (se bilaga 2).") is None


def test_numbered_action_paragraphs_under_sub_goal_headings():
    x = _classify([
        _h("4 Boende", 1),
        _h("Strategiskt mål 2: Nya invånare hittar en bostad", 2),
        _h("Delmål 2.1 Bostadsrådgivningen är lätt att nå", 3),
        _p("Åtgärd 2.1.1 Bostadsrådgivning ordnas varje vecka i servicepunkten (Ansvar: disponenten; "
           "i samarbete med hyresgästföreningen)."),
        _p("Åtgärd 2.1.2 Hyresannonserna översätts till engelska (Ansvar: kansliet)."),
    ])
    goals = {g.id: _squash(g.text) for g in x.goals}
    assert "Bostadsrådgivningen är lätt att nå" in goals.values()
    ms = {_squash(m.text): m for m in x.measures}
    assert set(ms) == {"Bostadsrådgivning ordnas varje vecka i servicepunkten",
                       "Hyresannonserna översätts till engelska"}
    m = ms["Bostadsrådgivning ordnas varje vecka i servicepunkten"]
    assert goals[m.goal] == "Bostadsrådgivningen är lätt att nå"
    assert m.responsible == ["disponenten"] and m.partners == ["hyresgästföreningen"]


# ---- Taklax: a year × goal matrix --------------------------------------------------------

from classifiers.year_goal_matrices import cell_actions  # noqa: E402


def test_a_matrix_cell_lists_actions_with_their_doers_and_skips_continuation_notes():
    assert cell_actions("Språkcafé i biblioteket (biblioteket + Röda Korset, församlingen)\nkursen fortsätter") \
        == [("Språkcafé i biblioteket", ["biblioteket"], ["Röda Korset", "församlingen"])]
    assert cell_actions("–") == []
    assert cell_actions("välkomstsamtalen fortsätter") == []


def test_a_year_by_goal_matrix_is_read_as_an_action_table():
    x = _classify([
        _h("Åtgärder år för år", 1),
        _t(["År", "Mål 1. Fler nyinflyttade får arbete", "Mål 2. Barnen klarar skolan bra",
            "Mål 3. Alla känner sig trygga i byn"], [
            ["2025", "Mentorprogram för arbetssökande (näringslivsenheten + företagarna)", "–",
             "Trygghetsvandring i centrum (tekniska avdelningen)"],
            ["2026", "mentorprogrammet fortsätter", "Läxhjälp i biblioteket (bildningsavdelningen)", "–"],
        ]),
    ])
    goals = {g.id: _squash(g.text) for g in x.goals}
    assert sorted(goals.values()) == ["Alla känner sig trygga i byn", "Barnen klarar skolan bra",
                                      "Fler nyinflyttade får arbete"]
    ms = {_squash(m.text): m for m in x.measures}
    assert set(ms) == {"Mentorprogram för arbetssökande", "Läxhjälp i biblioteket", "Trygghetsvandring i centrum"}
    m = ms["Mentorprogram för arbetssökande"]
    assert goals[m.goal] == "Fler nyinflyttade får arbete"
    assert m.responsible == ["näringslivsenheten"] and m.partners == ["företagarna"]
    assert goals[ms["Läxhjälp i biblioteket"].goal] == "Barnen klarar skolan bra"


# ---- Vexala: 'Utgångsläge 2024 | Mål 2027' beside an indicator --------------------------

from classifiers.headers import map_columns  # noqa: E402


def test_a_goal_year_header_beside_a_baseline_is_the_indicators_target():
    assert map_columns(["Delmål", "Indikator", "Utgångsläge 2024", "Mål 2027"]) == {0: "goal", 1: "indicator"}
    # without a baseline beside it, the column is left as the vocabulary reads it
    assert map_columns(["Indikator", "Mål 2027"]).get(1) == "goal"
    x = _classify([
        _h("Strategiskt mål 1: Nya invånare hittar arbete", 1),
        _h("Delmål 1.1 Fler får praktikplatser", 2),
        _p("Åtgärd 1.1.1 Staden erbjuder praktikplatser (Ansvar: personalavdelningen)."),
        _h("Bilaga Indikatorer", 1),
        _t(["Delmål", "Indikator", "Utgångsläge 2024", "Mål 2027"], [
            ["1.1", "Antalet praktikplatser i staden", "4", "10"],
            ["1.1", "Antalet kundbesök vid mottagningen", "1 480", "–"]]),
    ])
    # the two goals stated, no goal made of a row's target figure or dash
    texts = sorted(_squash(g.text) for g in x.goals)
    assert len(texts) == 2 and texts[0] == "Fler får praktikplatser" and texts[1].endswith("Nya invånare hittar arbete")
    assert {_squash(i.text) for i in x.indicators} == {"Antalet praktikplatser i staden",
                                                      "Antalet kundbesök vid mottagningen"}


def test_an_indicator_naming_its_action_number_in_a_bracket_follows_that_action_up():
    x = _classify([
        _h("Strategiskt mål 1: Nya invånare hittar arbete", 1),
        _h("Delmål 1.1 Fler får praktikplatser", 2),
        _p("Åtgärd 1.1.1 Staden erbjuder praktikplatser (Ansvar: personalavdelningen)."),
        _p("Åtgärd 1.1.2 Företagen bjuds in till en rekryteringsdag (Ansvar: näringslivsenheten)."),
        _h("Bilaga Indikatorer", 1),
        _t(["Delmål", "Indikator", "Utgångsläge 2024", "Mål 2027"], [
            ["1.1", "Antalet praktikplatser i staden (åtgärd 1.1.1)", "4", "10"],
            ["1.1", "Sysselsättningsgraden bland nyinflyttade", "58 %", "65 %"]]),
    ])
    ms = {m.id: _squash(m.text) for m in x.measures}
    inds = {_squash(i.text): i for i in x.indicators}
    assert set(inds) == {"Antalet praktikplatser i staden", "Sysselsättningsgraden bland nyinflyttade"}
    assert ms[inds["Antalet praktikplatser i staden"].measure] == "Staden erbjuder praktikplatser"
    assert inds["Sysselsättningsgraden bland nyinflyttade"].measure is None


def test_a_legal_form_alone_on_a_cell_line_closes_the_name_above():
    from classifiers.actors import split_actors
    assert split_actors("disponenten för Exempelby bostäder\nAb") == (["disponenten för Exempelby bostäder Ab"], [])
    assert split_actors("Exempelby företagare\nrf, kansliet") == (["Exempelby företagare rf", "kansliet"], [])
