"""Thirty-ninth blind set (blind231, blind232) conventions, on made-up text: a 'Vem gör vad?'
swimlane matrix (goals as rows, actors as columns, dash-line actions in the cells) and meters
pointing into it by row and column; a paragraph naming its statement a principle; an action
plan printed from a spreadsheet with repeated column groups ('Åtgärd A | Ansvar A | Åtgärd B
| Ansvar B'), its 'X, stöd: Y' doers and its follow-up sentences naming actions by code."""

from blocks_doc import bullets as _b, classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers.actors import split_actors
from classifiers.elements import _continues_row
from classifiers.prose import followed_up_by
from classifiers.reference_tails import number_reference


def _sq(s):
    return " ".join((s or "").split())


def _table(columns, rows, caption=None):
    return {"type": "table", "caption": caption, "columns": columns, "rows": rows}


# --- a 'Vem gör vad?' swimlane matrix ---------------------------------------------------------

_LANES = _table(
    ["Mål", "Lillby kommun", "Västra Nylands välfärdsområde", "Föreningar och byalag"],
    [["SPRÅK\nAlla vuxna inflyttade kan sköta sina ärenden på svenska",
      "– Kvällskurser i svenska på biblioteket (med barnpassning) [2026–2028]\n– Pratcafé varje onsdag (med Lillby bibliotek) [från hösten 2026]",
      "", "– Lillby Byalag: läsecirkel för nyinflyttade [varje vinter]"],
     ["FRITID\nAlla barn i Lillby har en hobby",
      "", "– Familjerådgivaren presenterar hobbyer vid hembesöket [fortlöpande]",
      "– Lillby Bollklubb: avgiftsfri fotbollsskola för nya barn [somrarna 2026–2028]"],
     ["LAGSTADGAD SERVICE\n(hör inte till planens åtgärder)",
      "– Vägledning och kartläggning för nya invånare", "Hälsovård", ""]],
    caption="Tabell 2. Vem gör vad 2026–2028")


def _lanes_doc():
    return _classify([
        _h("Integrationsplan – vem gör vad?"),
        _p("Matrisen har en rad per mål och en kolumn per aktör."),
        _LANES,
        _h("Uppföljning"),
        _p("Inom parentes anges matrisens rad och kolumn."),
        _b("Antal deltagare i kvällskurserna (rad Språk, Lillby kommun)",
           "Andel vuxna inflyttade som klarar ärenden på svenska, % (rad Språk)",
           "Antal barn i fotbollsskolan (rad Fritid, föreningar och byalag)",
           "Antal samtal i servicepunkten (rad Lagstadgad service)"),
    ])


def test_a_swimlane_matrix_reads_goals_themes_and_one_action_per_dash_line():
    got = _lanes_doc()
    goals = {_sq(g.text): g.theme for g in got.goals}
    assert goals == {"Alla vuxna inflyttade kan sköta sina ärenden på svenska": "SPRÅK",
                     "Alla barn i Lillby har en hobby": "FRITID"}
    by_goal = {g.id: _sq(g.text) for g in got.goals}
    acts = {_sq(m.text): m for m in got.measures}
    assert set(acts) == {"Kvällskurser i svenska på biblioteket (med barnpassning)", "Pratcafé varje onsdag",
                         "läsecirkel för nyinflyttade",
                         "Familjerådgivaren presenterar hobbyer vid hembesöket",
                         "avgiftsfri fotbollsskola för nya barn"}
    assert acts["Pratcafé varje onsdag"].responsible == ["Lillby kommun"]
    assert acts["Pratcafé varje onsdag"].partners == ["Lillby bibliotek"]
    assert acts["Pratcafé varje onsdag"].schedule == "från hösten 2026"
    # what an action comes with ('med barnpassning') is no partner
    assert acts["Kvällskurser i svenska på biblioteket (med barnpassning)"].partners == []
    assert acts["Familjerådgivaren presenterar hobbyer vid hembesöket"].responsible == \
        ["Västra Nylands välfärdsområde"]
    # a column of several actors: the one before the line's colon answers for it
    assert acts["läsecirkel för nyinflyttade"].responsible == ["Lillby Byalag"]
    assert acts["avgiftsfri fotbollsskola för nya barn"].responsible == ["Lillby Bollklubb"]
    assert by_goal[acts["avgiftsfri fotbollsskola för nya barn"].goal] == "Alla barn i Lillby har en hobby"


def test_meters_pointing_into_the_matrix_by_row_and_column():
    got = _lanes_doc()
    by_goal = {g.id: _sq(g.text) for g in got.goals}
    by_measure = {m.id: _sq(m.text) for m in got.measures}
    meters = {_sq(i.text): i for i in got.indicators}
    assert set(meters) == {"Antal deltagare i kvällskurserna",
                           "Andel vuxna inflyttade som klarar ärenden på svenska, %",
                           "Antal barn i fotbollsskolan"}
    # row and column: the action of that cell it counts (of the two in the cell)
    assert by_measure[meters["Antal deltagare i kvällskurserna"].measure] == \
        "Kvällskurser i svenska på biblioteket (med barnpassning)"
    assert by_measure[meters["Antal barn i fotbollsskolan"].measure] == "avgiftsfri fotbollsskola för nya barn"
    # a row alone: the goal as a whole
    share = meters["Andel vuxna inflyttade som klarar ärenden på svenska, %"]
    assert share.measure is None
    assert by_goal[share.goal] == "Alla vuxna inflyttade kan sköta sina ärenden på svenska"


def test_a_dash_item_under_an_empty_cell_starts_a_row():
    # an actor's cell left empty above: the dash line below goes on from nothing
    assert not _continues_row(["FRITID\nAlla barn har en hobby", "– Fotbollsskola [2026]", "", ""],
                              ["SPRÅK\nAlla kan svenska", "", "– Kvällskurs [2026]", ""])


def test_a_paragraph_naming_its_statement_a_principle_states_no_goal():
    got = _classify([
        _h("Mål"),
        _b("Fler inflyttade hittar ett arbete i Lillby"),
        _h("Ansvar för helheten"),
        _p("Kommunen strävar efter att alla invånare ska få service på sitt eget språk. "
           "Principen gäller all verksamhet och beskrivs därför inte som en egen åtgärd."),
    ])
    texts = [_sq(g.text) for g in got.goals]
    assert not any("strävar efter" in t for t in texts)


# --- an action plan printed from a spreadsheet: repeated column groups -------------------------

_HEADER = ["Nr", "Tema", "Mål", "Åtgärd A", "Ansvar A", "Åtgärd B", "Ansvar B"]
_GROUPS = _table(_HEADER, [
    ["1", "Arbete", "Fler inflyttade får arbete i Lillby", "Jobbmässa för nyinflyttade varje höst",
     "Näringslivsenheten, stöd: Lillby Företagare", "Praktikplatser i kommunens daghem", "Personalenheten"],
    _HEADER,
    ["2", "Språk", "Inflyttade lär sig svenska", "Språkcafé på biblioteket varje vecka",
     "Lillby bibliotek, stöd: Röda Korset", "", ""],
], caption="Tabell 1. Handlingsplan")


def _groups_doc():
    return _classify([
        _h("Handlingsplan"),
        _GROUPS,
        _h("Uppföljning"),
        _p("Mål 1 följs upp med två mätare: sysselsättningsgraden bland inflyttade samt "
           "antalet deltagare i jobbmässan (åtgärd 1A)."),
        _p("Mål 2 följs upp med antalet besök på språkcaféet (åtgärd 2A)."),
    ])


def test_repeated_column_groups_are_one_action_each():
    got = _groups_doc()
    by_goal = {g.id: _sq(g.text) for g in got.goals}
    assert set(by_goal.values()) == {"Fler inflyttade får arbete i Lillby", "Inflyttade lär sig svenska"}
    acts = {_sq(m.text): m for m in got.measures}
    assert set(acts) == {"Jobbmässa för nyinflyttade varje höst", "Praktikplatser i kommunens daghem",
                         "Språkcafé på biblioteket varje vecka"}
    assert by_goal[acts["Praktikplatser i kommunens daghem"].goal] == "Fler inflyttade får arbete i Lillby"
    assert acts["Praktikplatser i kommunens daghem"].responsible == ["Personalenheten"]
    assert acts["Jobbmässa för nyinflyttade varje höst"].responsible == ["Näringslivsenheten"]
    assert acts["Jobbmässa för nyinflyttade varje höst"].partners == ["Lillby Företagare"]


def test_follow_up_sentences_name_the_actions_by_code():
    got = _groups_doc()
    by_goal = {g.id: _sq(g.text) for g in got.goals}
    by_measure = {m.id: _sq(m.text) for m in got.measures}
    meters = {_sq(i.text): i for i in got.indicators}
    assert set(meters) == {"sysselsättningsgraden bland inflyttade", "antalet deltagare i jobbmässan",
                           "antalet besök på språkcaféet"}
    assert by_measure[meters["antalet deltagare i jobbmässan"].measure] == "Jobbmässa för nyinflyttade varje höst"
    assert by_measure[meters["antalet besök på språkcaféet"].measure] == "Språkcafé på biblioteket varje vecka"
    rate = meters["sysselsättningsgraden bland inflyttade"]
    assert rate.measure is None
    assert by_goal[rate.goal] == "Fler inflyttade får arbete i Lillby"


def test_support_label_names_a_partner():
    assert split_actors("Biblioteket, stöd: Röda Korset") == (["Biblioteket"], ["Röda Korset"])
    assert split_actors("Biblioteket (stöd: Röda Korset)") == (["Biblioteket"], ["Röda Korset"])
    # a narrow cell broke the name's last letter off
    assert split_actors("Idrottsbyrå\nn, stöd:\nscouterna") == (["Idrottsbyrån"], ["scouterna"])


def test_counted_meters_label_and_action_codes():
    what, items = followed_up_by("Mål 4 följs upp med två mätare: andelen X samt antalet Y (åtgärd 4B).")
    assert what == "Mål 4"
    assert items[0] == "andelen X"
    assert number_reference("antalet Y (åtgärd 4B)") == ("antalet Y", "measure", "4B")


def test_a_blank_column_before_the_goal_numbers_numbers_no_action():
    # (a spreadsheet printed with its column A left empty: the codes come from 'Nr', the
    # first column of numbers, not from the empty column before it)
    from classifiers.column_groups import fold_column_groups
    from classifiers.elements import Element
    from extractors.model import Table

    rows = [["", "Nr", "Mål", "Åtgärd A", "Ansvar A", "Åtgärd B", "Ansvar B"],
            ["", "1", "Fler i arbete", "Jobbmässa", "Näringslivet", "Praktik", "Personalen"],
            ["", "2", "Fler talar svenska", "Språkcafé", "Biblioteket", "", ""]]
    el = Element(kind="table", page=1, table=Table(rows=rows, header_rows=1), pages=[1, 1, 2])
    folded = fold_column_groups([el])[0].table.rows
    assert folded[0][-1] == "Kod"
    assert [r[-1] for r in folded[1:]] == ["1A", "1B", "2A"]


def test_a_row_named_by_number_is_no_matrix_reference():
    # ('rad 12' of a statistics table is no row of the goal matrix, named by its theme: the
    # meter stays, where a matrix row naming no goal would leave no meter of the plan)
    got = _classify([
        _h("Integrationsplan – vem gör vad?"),
        _LANES,
        _h("Uppföljning"),
        _b("Antal deltagare i kvällskurserna (rad Språk, Lillby kommun)",
           "Antal lån till nyinflyttade (rad 12 i bibliotekets årsstatistik)"),
    ])
    meters = {_sq(i.text) for i in got.indicators}
    assert any(t.startswith("Antal lån till nyinflyttade") for t in meters)
