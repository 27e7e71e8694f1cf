"""Conventions of the fifty-seventh blind set's Aspholm, Dalnäs and Fagerholm programmes
(tests/data/blind_programs, README there), on made-up programmes."""

import pytest
from blocks_doc import bullets as _b, classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers.classify_document import classify
from golden import render as R, render_more as RM
from pipeline.process import ProcessOptions, extract, normalize


def _t(columns, rows, caption=None):
    return {"type": "table", "caption": caption, "columns": columns, "rows": rows}


def _texts(x):
    return {" ".join(m.text.split()): (m.responsible, m.partners, m.schedule) for m in x.measures}


# --- a responsibility matrix lettered 'A = ansvarig, S = samarbete' (RASCI's S, Swedish D / M / H)

_PARTIES = ["Utbildning", "Fritidsbyrån", "Gator och parker", "Kommunstyrelsen"]


def _letter_matrix(lead="A", part="S"):
    return [
        _h("2 Läsanvisning", 1),
        _p(f"Varje åtgärd har en rad i matrisen. {lead} = leder arbetet, {part} = deltar i arbetet."),
        _h("3 Åtgärder", 1),
        _h("3.1 Fritid", 2),
        _p("Målsättning: Alla barn hittar en hobby i sin egen by."),
        _t(["Åtgärd", "Tidtabell"] + _PARTIES,
           [["Hobbymässa för nyinflyttade familjer", "varje höst", part, lead, "", ""],
            ["Cykelskola för vuxna", "2027", "", part, "", lead],
            ["Öppen idrottshall på lördagar", "från 2026", "", lead, part, part]],
           caption="Matris 1 – fritid"),
    ]


def test_a_matrix_lettered_by_lead_and_part_names_the_responsible_and_partners():
    for lead, part in (("A", "S"), ("H", "D"), ("A", "M"), ("R", "S")):
        got = _texts(_classify(_letter_matrix(lead, part)))
        assert got == {"Hobbymässa för nyinflyttade familjer": (["Fritidsbyrån"], ["Utbildning"], "varje höst"),
                       "Cykelskola för vuxna": (["Kommunstyrelsen"], ["Fritidsbyrån"], "2027"),
                       "Öppen idrottshall på lördagar": (["Fritidsbyrån"], ["Gator och parker", "Kommunstyrelsen"],
                                                         "från 2026")}, (lead, part)


def _pdf(tmp_path, blocks, style):
    src = {"slug": "t", "municipality": "Exempelby", "title": "Integrationsplan för Exempelby 2026–2029",
           "period_start": 2026, "period_end": 2029, "language": "sv", "blocks": blocks}
    path = tmp_path / f"plan.{style}.pdf"
    path.write_bytes((RM if style in RM.STYLES else R).render(src, style))
    o = ProcessOptions()
    return classify(normalize(extract(str(path), o), o))


@pytest.mark.parametrize("style", ["numbered", "cards", "keyvalue"])
def test_a_lettered_matrix_printed_as_cards_or_lines_of_fields(tmp_path, style):
    # the numbered print's line opens with the time ('Tidtabell: 2027. Fritidsbyrån: S.
    # Kommunstyrelsen: A.'); the parties' letters after it are fields all the same
    got = _texts(_pdf(tmp_path, _letter_matrix(), style))
    # (a card lists only the parties it marks: the folded table orders them as they first appear)
    got = {k.split(" ", 1)[1] if k[:1].isdigit() else k: (v[0], sorted(v[1])) for k, v in got.items()}
    assert got == {"Hobbymässa för nyinflyttade familjer": (["Fritidsbyrån"], ["Utbildning"]),
                   "Cykelskola för vuxna": (["Kommunstyrelsen"], ["Fritidsbyrån"]),
                   "Öppen idrottshall på lördagar": (["Fritidsbyrån"], ["Gator och parker", "Kommunstyrelsen"])}


# --- a follow-up table keyed by the numbered part each meter belongs to

def test_meter_rows_keyed_by_numbered_parts_are_rows_of_their_own():
    # '2.1 Språk' on two rows, then '2.2 Boende': each row keyed by the part's number and
    # title, its frequency in lower case beside it -- no list going on across a page end
    blocks = [_h("2 Områden", 1)]
    for n, (area, goal, action) in enumerate([("Språk", "Alla vuxna lär sig svenska.", "Språkkurs på kvällstid"),
                                              ("Boende", "Alla hittar en bostad.", "Bostadsrådgivning"),
                                              ("Fritid", "Alla barn har en hobby.", "Hobbymässa")], 1):
        blocks += [_h(f"2.{n} {area}", 2), _p(f"Målsättning: {goal}"),
                   _t(["Åtgärd", "Ansvarig", "Tidtabell"], [[action, "Kommunen", "2027"]])]
    blocks += [_h("3 Uppföljning", 1),
               _t(["Indikator", "Område", "Följs upp"],
                  [["Andelen vuxna som klarar språkprovet", "2.1 Språk", "årligen"],
                   ["Antal deltagare i kurserna", "2.1 Språk", "varje termin"],
                   ["Antal hushåll i bostadskö", "2.2 Boende", "kvartalsvis"],
                   ["Antal barn i föreningarna", "2.3 Fritid", "efter varje säsong"]],
                  caption="Tabell 4. Indikatorer")]
    x = _classify(blocks)
    goals = {g.id: g.text for g in x.goals}
    got = {i.text: goals.get(i.goal, "")[:8] for i in x.indicators}
    assert got == {"Andelen vuxna som klarar språkprovet": "Alla vux", "Antal deltagare i kurserna": "Alla vux",
                   "Antal hushåll i bostadskö": "Alla hit", "Antal barn i föreningarna": "Alla bar"}


# --- a current-state table, one goal a row: 'Nuläge | Mål | Åtgärder | Mätare'

_STATE_COLS = ["Nuläge", "Mål", "Åtgärder", "Mätare"]


def _state_plan(level=1):
    return [_h("Integrationsplan för Exempelby", 1)] * (level - 1) + [
        _h("3 Mål och åtgärder", level),
        _t(_STATE_COLS,
           [["Få vuxna deltar i kurser. Kurserna är fulla.", "Fler vuxna lär sig svenska",
             "– Kvällskurs i svenska på biblioteket (medborgarinstitutet; 2026)\n"
             "– Språkcafé varje vecka (biblioteket, i samarbete med Röda Korset; från 2025)",
             "– antal deltagare i kvällskursen"],
            ["Familjer hittar inte hyresbostäder.", "Alla familjer har en trygg bostad",
             "– Bostadsguide på fem språk (kommunkansliet; 2027)",
             "– antal familjer i bostadskö"]], caption="Tabell 1. Språk och boende"),
        _t(_STATE_COLS,
           [["Barnen deltar sällan i föreningarna.", "Alla barn har en hobby",
             "– Hobbymässa för familjer (fritidsbyrån; varje höst)\n– Fritidssedel för barn (fritidsbyrån; från 2026)",
             "– antal barn i föreningarna\n– antal utdelade fritidssedlar"]],
           caption="Tabell 2. Fritid"),
    ]


def test_meter_lines_in_lower_case_start_no_continuation_of_the_row_above():
    # '– antal familjer …' under '– antal deltagare …': an item of the next goal's row,
    # not the row above cut by a page end
    x = _classify(_state_plan())
    goals = {g.id: g.text for g in x.goals}
    got = {" ".join(m.text.split()): goals[m.goal] for m in x.measures}
    assert got["Bostadsguide på fem språk"] == "Alla familjer har en trygg bostad"
    assert got["Språkcafé varje vecka"] == "Fler vuxna lär sig svenska"
    assert {" ".join(i.text.split()): goals[i.goal] for i in x.indicators}["antal familjer i bostadskö"] \
        == "Alla familjer har en trygg bostad"


def test_a_goal_rows_meters_are_the_goals_when_a_row_lists_fewer_meters_than_actions():
    # Tabell 1's first row: two actions, one meter -- the column follows up the goal; so does
    # every row of the tables under that header, the one-action row and Tabell 2's row of two
    # actions and two meters alike (paired by count alone)
    x = _classify(_state_plan())
    assert {" ".join(i.text.split()): i.measure for i in x.indicators} == {
        "antal deltagare i kvällskursen": None, "antal familjer i bostadskö": None,
        "antal barn i föreningarna": None, "antal utdelade fritidssedlar": None}


def test_an_action_tables_meters_still_pair_with_its_actions():
    # no row lists fewer meters than actions: each meter follows up the action beside it
    x = _classify([
        _h("3 Åtgärder", 1), _p("Målsättning: Alla barn har en hobby."),
        _t(["Åtgärd", "Ansvarig", "Mätare"],
           [["Hobbymässa för familjer", "fritidsbyrån", "antal besökare på mässan"],
            ["Fritidssedel för barn", "fritidsbyrån", "antal utdelade sedlar"]])])
    measures = {m.id: m.text for m in x.measures}
    assert {i.text: measures.get(i.measure) for i in x.indicators} == {
        "antal besökare på mässan": "Hobbymässa för familjer", "antal utdelade sedlar": "Fritidssedel för barn"}


def test_a_field_value_opening_with_a_dash_item():
    # a goal's card: 'Indikator: – antal …', the cell's one dash item after its label
    x = _classify([
        _h("Mål 1: Fler vuxna lär sig svenska", 3), _h("Åtgärd:", 4),
        _b("Kvällskurs i svenska på biblioteket (medborgarinstitutet; 2026)",
           "Språkcafé varje vecka (biblioteket; från 2025)"),
        _p("Indikator: – antal deltagare i kvällskursen"),
        _p("Nuläge: Få vuxna deltar i kurser."),
        _h("Mål 2: Alla familjer har en trygg bostad", 3), _h("Åtgärd:", 4),
        _b("Bostadsguide på fem språk (kommunkansliet; 2027)"),
        _p("Mätare: – Antal familjer i bostadskö"),
    ])
    assert sorted(i.text for i in x.indicators) == ["Antal familjer i bostadskö", "antal deltagare i kvällskursen"]


def test_numbered_actions_of_a_goal_row_keep_their_meters():
    # '4.1 …' / '4.2 …' in one cell: the plan numbers each action, and its meter lines follow
    # them up one by one (a row of three numbered actions and two meters says nothing else)
    x = _classify([
        _h("4 Mål och åtgärder", 1),
        _t(["Mål", "Åtgärder", "Mätare"],
           [["Fler vuxna lär sig svenska", "4.1 Kvällskurs i svenska.\n4.2 Språkcafé varje vecka.\n4.3 Läxhjälp.",
             "Antal deltagare i kvällskursen.\nAntal besök på språkcaféet."],
            ["Alla familjer har en trygg bostad", "4.4 Bostadsguide på fem språk.", "Antal utdelade guider."]])])
    measures = {m.id: m.text for m in x.measures}
    got = {i.text: measures.get(i.measure, "")[:3] for i in x.indicators}
    assert got["Antal utdelade guider."] == "4.4"


# --- a line wrapped right after a word that names a part of the document by its number

def test_a_number_after_tabell_at_a_line_break_is_no_list_item():
    # '… nå de egna målen i tabell' / '2. Efter åtgärden anges …': the number is the table's,
    # its full stop ends the sentence -- no numbered item of the text, no action
    para = ("Under varje rubrik listas de åtgärder som kommunen genomför för att nå de egna målen i "
            "tabell 2. Efter åtgärden anges den ansvariga enheten och tidpunkten.")
    x = _classify([_h("4 Åtgärder", 1), _p(para), _h("4.1 Arbete", 2),
                   _b("Språkkurs för vuxna. Ansvar: kommunen. Tid: 2026.")])
    assert [m.text for m in x.measures] == ["Språkkurs för vuxna."]


def test_a_party_header_broken_mid_word_in_its_narrow_column():
    # 'Kommunkansli' / 'et': the word the narrow column broke at its edge, one name again
    x = _classify([
        _h("3.1 Fritid", 2), _p("Målsättning: Alla barn hittar en hobby i sin egen by."),
        _t(["Åtgärd", "Tidtabell", "Fritidsbyrån", "Kommunkansli\net", "Kultur\noch\nidrott"],
           [["Hobbymässa för familjer", "varje höst", "A", "S", ""],
            ["Cykelskola för vuxna", "2027", "", "A", "S"]])])
    assert {" ".join(m.text.split()): (m.responsible, m.partners) for m in x.measures} == {
        "Hobbymässa för familjer": (["Fritidsbyrån"], ["Kommunkansliet"]),
        "Cykelskola för vuxna": (["Kommunkansliet"], ["Kultur och idrott"])}


def test_goal_titles_set_as_large_as_their_tables_caption_take_its_theme(tmp_path):
    # the numbered print sets 'Tabell 1. Språk och boende' and each row's 'Mål 1. …' in one
    # size: the goals are the caption's table's rows, the caption names their theme
    x = _pdf(tmp_path, _state_plan(level=2), "numbered")
    got = {" ".join(g.text.split()).split(". ", 1)[-1]: g.theme for g in x.goals}
    assert got == {"Fler vuxna lär sig svenska": "Språk och boende",
                   "Alla familjer har en trygg bostad": "Språk och boende", "Alla barn har en hobby": "Fritid"}


def test_a_bare_action_row_keeps_its_meter_beside_a_goals_listed_actions():
    # a row's actions as a bulleted list (two, one meter: the goal's), a row of one action
    # printed bare: that action's row, its meter the action's
    x = _classify([
        _h("3 Mål och åtgärder", 1),
        _t(["Mål", "Åtgärder", "Ansvarig", "Så följer vi upp"],
           [["Fler vuxna lär sig svenska", "• Kvällskurs i svenska\n• Språkcafé varje vecka", "Medborgarinstitutet",
             "– antal deltagare i kurserna"],
            ["Alla familjer har en trygg bostad", "Bostadsguide på fem språk", "Kommunkansliet",
             "– antal utdelade bostadsguider"]])])
    measures = {m.id: " ".join(m.text.split()) for m in x.measures}
    assert {" ".join(i.text.split()): measures.get(i.measure) for i in x.indicators} == {
        "antal deltagare i kurserna": None, "antal utdelade bostadsguider": "Bostadsguide på fem språk"}


def test_meter_lines_printed_bare_still_answer_a_goal_rows_actions():
    # the meters as bare lines (no list marks): as many lines as actions answer them line by
    # line, as before (the nineteenth set's convention, without a guide saying otherwise)
    x = _classify([
        _h("3 Mål och åtgärder", 1),
        _t(["Mål", "Åtgärder", "Mätare"],
           [["Fler vuxna lär sig svenska", "– Kvällskurs i svenska\n– Språkcafé varje vecka",
             "Antal deltagare i kvällskursen\nAntal besök på caféet"],
            ["Alla familjer har en trygg bostad", "– Bostadsguide på fem språk\n– Rådgivning om hyresavtal",
             "Antal familjer i bostadskö"]])])
    measures = {m.id: " ".join(m.text.split()) for m in x.measures}
    got = {" ".join(i.text.split()): measures.get(i.measure) for i in x.indicators}
    assert got["Antal deltagare i kvällskursen"] == "Kvällskurs i svenska"
    assert got["Antal familjer i bostadskö"] is None
