"""Forty-third blind set (blind253, blind254) conventions, on made-up text: a programme
published as the printout of an electronic reporting form (one label–value table per action,
labels carrying the form's field number and a '*' for a mandatory field, '(ej ifyllt)' for
a field left empty, two short rows run into one by the print), and a prose programme that
letters its actions inside one sentence per area ('ska kommunen a) ... (X med Y; T), b) ...'),
followed up in a table that refers to them as '<area> <letter>'."""

from blocks_doc import bullets as _b, classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers.inline_lists import item_doer_time, lettered_reference
from classifiers.records import _rows_of_merged_fields, form_field_label


def _sq(s):
    return " ".join(s.split())


def _t(caption, columns, rows):
    return {"type": "table", "caption": caption, "columns": columns, "rows": rows}


def _form(name, goal, doer, partners, time, meter):
    return _t("", ["Fält", "Svar"], [
        ["5.1 Åtgärdens namn *", name],
        ["5.2 Mål som åtgärden främjar *", goal],
        ["5.3 Ansvarig aktör *", doer],
        ["5.4 Samarbetsparter", partners],
        ["5.5 Tidtabell *", time],
        ["5.6 Mätare", meter],
    ])


def _form_doc():
    return _classify([
        _h("Blankett: kommunens integrationsprogram"),
        _t("", ["Fält", "Svar"], [["1. Kommunens namn *", "Exempelby"],
                                  ["2. Kontaktperson *", "Anna Berg, anna.berg@exempelby.fi"]]),
        _h("4. Programmets mål *", 3),
        _b("Mål A – Boende: Nya invånare hittar en bostad inom tre månader.",
           "Mål B – Hälsa: Alla nyinflyttade känner till hälsocentralens tjänster."),
        _h("5. Åtgärder (en tabell per åtgärd) *", 3),
        _h("Åtgärd 1 av 2", 4),
        _form("Bostadsguide för nyinflyttade familjer", "Mål A", "Bostadsbyrån",
              "Hyresgästföreningen, Församlingen", "från 2026", "Antal utdelade bostadsguider"),
        _h("Åtgärd 2 av 2", 4),
        _form("Hälsoinfo på fem språk i servicecentret", "Mål B", "Hälsocentralen", "Inga",
              "årligen", "(ej ifyllt)"),
    ])


def test_form_field_labels_lose_their_number_and_mandatory_mark():
    assert form_field_label("8.3 Ansvarig aktör *") == "Ansvarig aktör"
    assert form_field_label("3. Kontaktperson *") == "Kontaktperson"
    assert form_field_label("Tidtabell") == "Tidtabell"


def test_printed_form_tables_are_one_action_each():
    got = _form_doc()
    assert [_sq(m.text) for m in got.measures] == [
        "Bostadsguide för nyinflyttade familjer", "Hälsoinfo på fem språk i servicecentret"]
    assert [m.responsible for m in got.measures] == [["Bostadsbyrån"], ["Hälsocentralen"]]
    assert got.measures[0].partners == ["Hyresgästföreningen", "Församlingen"]
    assert got.measures[1].partners == []
    goals = {g.id: _sq(g.text) for g in got.goals}
    assert [goals[m.goal] for m in got.measures] == [
        "Nya invånare hittar en bostad inom tre månader",
        "Alla nyinflyttade känner till hälsocentralens tjänster"]
    # the meter field is the action's meter; '(ej ifyllt)' is a field left empty
    assert [(_sq(i.text), i.measure) for i in got.indicators] == [
        ("Antal utdelade bostadsguider", got.measures[0].id)]


def test_form_rows_run_together_are_split_back():
    rows = [["Fält", "Svar"],
            ["5.1 Åtgärdens namn *\n5.2 Mål som åtgärden främjar *",
             "Kvällskurser i svenska med\nbarnpassning\nMål B"],
            ["5.3 Ansvarig aktör *", "Medborgarinstitutet"]]
    got = [r for r, _ in _rows_of_merged_fields(rows, [1, 1, 1])]
    assert got == [["Fält", "Svar"],
                   ["5.1 Åtgärdens namn *", "Kvällskurser i svenska med\nbarnpassning"],
                   ["5.2 Mål som åtgärden främjar *", "Mål B"],
                   ["5.3 Ansvarig aktör *", "Medborgarinstitutet"]]
    # labels without the form's numbers: one row, as printed
    plain = [["Ansvar\nTid", "Bostadsbyrån\n2026"]]
    assert [r for r, _ in _rows_of_merged_fields(plain, [1])] == plain


def test_inline_item_closed_by_doer_partners_and_time():
    assert item_doer_time("ordna läxhjälp med tolk (skolbyrån med Röda Korset och Folkhälsan; från 2026)") == (
        "ordna läxhjälp med tolk", "skolbyrån", ["Röda Korset", "Folkhälsan"], "från 2026")
    assert item_doer_time("öppna en rådgivning (Servicecentret; varje vår)") == (
        "öppna en rådgivning", "Servicecentret", [], "varje vår")
    # a bracket that names no doer is no tail
    assert item_doer_time("läsa mer (se bilaga; s. 4)") is None


def _lettered_doc():
    return _classify([
        _h("1. Inledning"),
        _p("Programmet gäller åren 2025–2028 och har beretts av en bred arbetsgrupp."),
        _h("2. Mål och åtgärder"),
        _h("2.1 Boende", 3),
        _p("Mål: Nya invånare hittar en bostad inom tre månader."),
        _p("För att nå målet ska kommunen a) ge ut en bostadsguide på fem språk (bostadsbyrån med "
           "Hyresgästföreningen och Församlingen; 2025) och b) ordna visningar av hyresbostäder "
           "med tolk (Exempelby Bostäder Ab; varje höst)."),
        _h("2.2 Hälsa", 3),
        _p("Mål: Alla nyinflyttade känner till hälsocentralens tjänster."),
        _p("För att nå målet ska kommunen a) ordna hälsoinfo på fem språk (hälsocentralen; årligen) "
           "och b) dela ut en broschyr om tandvården (tandvårdsenheten; 2026)."),
        _h("3. Uppföljning"),
        _t("Tabell 1. Uppföljning", ["Punkt", "Mätare"], [
            ["1 b", "Antal besökare på visningarna"],
            ["2 a", "Antal deltagare i hälsoinfon"],
            ["2", "Andel nyinflyttade som känner till hälsocentralen"],
        ]),
    ])


def test_lettered_inline_actions_under_a_goal_field():
    got = _lettered_doc()
    assert [_sq(m.text) for m in got.measures] == [
        "ge ut en bostadsguide på fem språk", "ordna visningar av hyresbostäder med tolk",
        "ordna hälsoinfo på fem språk", "dela ut en broschyr om tandvården"]
    assert [m.responsible for m in got.measures] == [
        ["bostadsbyrån"], ["Exempelby Bostäder Ab"], ["hälsocentralen"], ["tandvårdsenheten"]]
    assert got.measures[0].partners == ["Hyresgästföreningen", "Församlingen"]
    assert [m.schedule for m in got.measures] == ["2025", "varje höst", "årligen", "2026"]
    assert [m.goal for m in got.measures] == [got.goals[0].id] * 2 + [got.goals[1].id] * 2


def test_follow_up_refers_to_lettered_actions_by_area_and_letter():
    assert lettered_reference("2 b") == "2 b" and lettered_reference("2b") == "2 b"
    assert lettered_reference("2") is None and lettered_reference("2.1") is None
    got = _lettered_doc()
    by_text = {_sq(i.text): i.measure for i in got.indicators}
    assert by_text == {
        "Antal besökare på visningarna": got.measures[1].id,
        "Antal deltagare i hälsoinfon": got.measures[2].id,
        "Andel nyinflyttade som känner till hälsocentralen": None,
    }


def test_printed_form_with_two_rows_run_together_is_read_as_its_fields():
    got = _classify([
        _h("4. Programmets mål *", 3),
        _b("Mål A – Boende: Nya invånare hittar en bostad inom tre månader.",
           "Mål B – Hälsa: Alla nyinflyttade känner till hälsocentralens tjänster."),
        _h("5. Åtgärder (en tabell per åtgärd) *", 3),
        _h("Åtgärd 1 av 1", 4),
        _t("", ["Fält", "Svar"], [
            ["5.1 Åtgärdens namn *", "Hälsoinfo på fem språk i servicecentret"],
            ["5.2 Mål som åtgärden främjar *\n5.3 Ansvarig aktör *", "Mål B\nHälsocentralen"],
            ["5.4 Samarbetsparter", "Folkhälsan"],
            ["5.5 Tidtabell *", "årligen"],
        ]),
    ])
    assert [_sq(m.text) for m in got.measures] == ["Hälsoinfo på fem språk i servicecentret"]
    assert got.measures[0].responsible == ["Hälsocentralen"]
    assert got.measures[0].goal == got.goals[1].id
