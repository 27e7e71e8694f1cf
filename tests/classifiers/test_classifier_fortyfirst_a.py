"""Forty-first blind set (blind241, blind242) conventions, on made-up text: a programme that
prints its working groups' proposals beside the steering group's decision on each
('Godkänns' / 'Godkänns i ändrad form: <wording>' / 'Avslås – …' / 'Överförs …'), goals
listed as 'Målbild N – <theme>: <goal>' and named 'Målbild N' or by a proposal's code in the
follow-up table; a partner in brackets wrapped over several lines; and a programme whose
meters are endnotes '[n] Mätare: …' whose marks close a goal heading or an action cell."""

from blocks_doc import bullets as _b, classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers.actors import split_actors
from classifiers.cells import split_lines_items
from classifiers.elements import Element
from classifiers.endnote_meters import read_endnote_meters
from classifiers.proposal_rows import decided_proposals
from extractors.model import Table


def _sq(s):
    return " ".join(s.split())


def _t(caption, columns, rows):
    return {"type": "table", "caption": caption, "columns": columns, "rows": rows}


_PROPOSAL_COLS = ["Nr", "Arbetsgruppens förslag", "Målbild", "Styrelsens beslut", "Ansvar", "Tid"]


def _proposals():
    return _classify([
        _h("1 Inledning"),
        _p("Programmet bereddes av två arbetsgrupper och en styrelse som beslöt om varje förslag."),
        _h("2 Målbilder"),
        _b("Målbild 1 – Boende: Nya invånare hittar en hyresbostad inom två månader.",
           "Målbild 2 – Fritid: Alla barn i familjer som flyttat hit har en hobby."),
        _h("3 Förslagen och besluten"),
        _t("Tabell 1. Arbetsgrupp X", _PROPOSAL_COLS, [
            ["X1", "Bostadsguide på biblioteket varje onsdag", "1", "Godkänns", "Bostadsbyrån", "2026"],
            ["X2", "Kommunen bygger ett eget hyreshus för nyinflyttade", "1",
             "Avslås – kommunen bygger inga hyreshus för en enskild grupp", "–", "–"],
            ["X3", "Hyresskola varje vecka", "1",
             "Godkänns i ändrad form: Hyresskola två gånger per termin för nya hyresgäster",
             "Bostadsbolaget", "från våren 2026"],
        ]),
        _t("Tabell 2. Arbetsgrupp Y", _PROPOSAL_COLS, [
            ["Y1", "Prova-på-dagar i idrottsföreningarna", "2", "Godkänns", "Fritidsbyrån", "varje augusti"],
            ["Y2", "Hälsokontroll för alla barn", "2", "Överförs till välfärdsområdets plan – hör till hälsovården",
             "–", "–"],
        ]),
        _h("4 Uppföljning"),
        _t("Tabell 3. Mått", ["Mått", "Gäller", "Källa"], [
            ["Andel nyinflyttade i egen hyresbostad inom två månader, %", "Målbild 1", "Enkät"],
            ["Antal rådfrågande per månad", "X1", "Bostadsbyrån"],
            ["Antal deltagare per kurstillfälle", "X3", "Bostadsbolaget"],
        ]),
    ])


def test_rejected_and_transferred_proposals_are_no_actions_and_amended_ones_read_as_decided():
    got = _proposals()
    ms = {_sq(m.text) for m in got.measures}
    assert "Bostadsguide på biblioteket varje onsdag" in ms
    assert "Hyresskola två gånger per termin för nya hyresgäster" in ms
    assert "Prova-på-dagar i idrottsföreningarna" in ms
    # the proposal's own wording of an amended row, the rejected and the transferred rows: none
    assert "Hyresskola varje vecka" not in ms
    assert not any("hyreshus" in t or "Hälsokontroll" in t for t in ms)
    assert not any(t.startswith(("Godkänns", "Avslås", "Överförs")) for t in ms)


def test_a_goal_numbered_as_malbild_is_named_by_its_number_and_by_malbild_n():
    got = _proposals()
    goals = {g.id: _sq(g.text) for g in got.goals}
    ms = {_sq(m.text): m for m in got.measures}
    assert "Nya invånare hittar en hyresbostad inom två månader" in goals[ms["Bostadsguide på biblioteket varje onsdag"].goal]
    assert "har en hobby" in goals[ms["Prova-på-dagar i idrottsföreningarna"].goal]
    # 'Målbild N – <theme>: <goal>': the goal without its label, the theme named between
    themes = {_sq(g.text): g.theme for g in got.goals}
    assert themes == {"Nya invånare hittar en hyresbostad inom två månader": "Boende",
                      "Alla barn i familjer som flyttat hit har en hobby": "Fritid"}
    inds = {_sq(i.text): i for i in got.indicators}
    goal_meter = inds["Andel nyinflyttade i egen hyresbostad inom två månader, %"]
    assert goal_meter.measure is None and "hyresbostad" in goals[goal_meter.goal]
    # a proposal's code in 'Gäller' names that action (the amended one by its decided wording)
    by_id = {m.id: _sq(m.text) for m in got.measures}
    assert by_id[inds["Antal rådfrågande per månad"].measure] == "Bostadsguide på biblioteket varje onsdag"
    assert by_id[inds["Antal deltagare per kurstillfälle"].measure] == "Hyresskola två gånger per termin för nya hyresgäster"


def test_decided_proposals_needs_a_decision_in_every_cell_and_one_that_is_no_plain_approval():
    header = ["Åtgärd", "Status", "Ansvar"]
    all_approved = Table(rows=[header, ["A", "Godkänns", "X"], ["B", "Godkänd", "Y"]])
    el = Element(kind="table", table=all_approved, pages=[1, 1, 1])
    assert decided_proposals([el])[0] is el
    mixed = Table(rows=[header, ["A", "Godkänns", "X"], ["B", "Avslås – dyrt", "–"], ["C", "Pågår", "Z"]])
    el = Element(kind="table", table=mixed, pages=[1, 1, 1, 1])
    assert decided_proposals([el])[0] is el  # 'Pågår' is no decision: not a decision column
    decided = Table(rows=[header, ["A", "Godkänns", "X"], ["B", "Avslås – dyrt", "–"],
                          ["C", "Godkänns med ändringar: C kortare", "Z"]])
    out = decided_proposals([Element(kind="table", table=decided, pages=[1, 1, 1, 1])])[0].table
    assert out.rows == [["Åtgärd", "Ansvar"], ["A", "X"], ["C kortare", "Z"]]


def test_a_bracket_left_open_joins_the_lines_up_to_the_one_closing_it():
    # (each line short of the column: the next word would have fitted, no wrap by width)
    cell = "Skolbyrån (i\nsamarbete med Gamla\nStans Hembygdsförening)"
    assert split_lines_items(cell, 40) == ["Skolbyrån (i samarbete med Gamla Stans Hembygdsförening)"]
    assert split_actors(cell, width=40) == (["Skolbyrån"], ["Gamla Stans Hembygdsförening"])
    # two names, one a line, each closing its own bracket: still two
    assert split_lines_items("Skolbyrån (rektorerna)\nBiblioteket (filialerna)", 24) == [
        "Skolbyrån (rektorerna)", "Biblioteket (filialerna)"]


_ACTION_COLS = ["Det här gör vi", "Vem ansvarar", "Med vem", "När"]


def _endnoted():
    return _classify([
        _h("Inledning"),
        _p("Kommunen har 4 200 invånare [1]. Siffror inom hakparentes hänvisar till slutnoterna."),
        _h("Mål och åtgärder"),
        _h("Tema: Boende", 3),
        _h("Mål 1. Jag hittar en bostad som jag har råd med [2]", 4),
        _t("", _ACTION_COLS, [
            ["Vi öppnar en bostadsrådgivning på torget [3]", "Bostadsbyrån", "Hyresgästföreningen", "2026"],
            ["Vi översätter hyresavtalet till fem språk", "Bostadsbolaget", "–", "2027"],
        ]),
        _h("Mål 2. Mina barn har en trygg väg till skolan", 4),
        _t("", _ACTION_COLS, [
            ["Vi ordnar skolvägsvandringar med föräldrarna [4]", "Skolbyrån", "–", "varje augusti"],
            ["Vi sätter upp skyltar på flera språk", "Tekniska byrån", "–", "2026"],
        ]),
        _h("Slutnoter"),
        _b("[1] Källa: Befolkningsregistret 2025.",
           "[2] Mätare: Andel hushåll med annat modersmål som bor i egen hyresbostad, %.",
           "[3] Mätare: Antal besök i bostadsrådgivningen per år.",
           "[4] Mätare: Antal föräldrar som deltar i vandringarna."),
        _p("Kontakt: integrationskoordinatorn."),
    ])


def test_endnote_meters_are_read_where_their_marks_stand():
    got = _endnoted()
    goals = {g.id: _sq(g.text) for g in got.goals}
    by_id = {m.id: _sq(m.text) for m in got.measures}
    inds = {_sq(i.text): i for i in got.indicators}
    assert set(inds) == {"Andel hushåll med annat modersmål som bor i egen hyresbostad, %",
                         "Antal besök i bostadsrådgivningen per år",
                         "Antal föräldrar som deltar i vandringarna"}
    goal_meter = inds["Andel hushåll med annat modersmål som bor i egen hyresbostad, %"]
    assert goal_meter.measure is None and "bostad som jag har råd med" in goals[goal_meter.goal]
    assert by_id[inds["Antal besök i bostadsrådgivningen per år"].measure] == \
        "Vi öppnar en bostadsrådgivning på torget"
    assert by_id[inds["Antal föräldrar som deltar i vandringarna"].measure] == \
        "Vi ordnar skolvägsvandringar med föräldrarna"
    # the marks are no part of the texts
    assert not any("[" in t for t in [*goals.values(), *by_id.values()])


def test_read_endnote_meters_keeps_source_notes_and_needs_a_meter_note():
    marked = Element(kind="para", text="Vi startar en läxhjälp [2]")
    notes = [Element(kind="bullet", text="• [1] Källa: Skolregistret."),
             Element(kind="bullet", text="• [2] Mätare: Antal elever i läxhjälpen.")]
    out = read_endnote_meters([marked, *notes])
    assert [(e.kind, e.text) for e in out] == [
        ("para", "Vi startar en läxhjälp"), ("para", "Mätare:"), ("bullet", "• Antal elever i läxhjälpen"),
        ("bullet", "• [1] Källa: Skolregistret.")]
    # sources alone: nothing to read
    only_sources = [Element(kind="para", text="Text [1]"),
                    Element(kind="bullet", text="• [1] Källa: A."), Element(kind="bullet", text="• [2] Källa: B.")]
    assert read_endnote_meters(only_sources) == only_sources
