"""Thirty-eighth blind set (blind227, blind228) conventions, on made-up text: a task list per
person ('Uppgiftslistor per ansvarsperson' over 'Name, post' headings, coded checkbox lines
'☐ KL-1 Uppgift: <task> (tillsammans med X) (2) – <time>', one task denied by a paragraph)
followed up by a table keyed by the task codes; and an action plan of 'Inriktning:' goals
over 'Insats | Vem och när' tables whose cells read '<actor>, <time> (med <partner>)', a list
whose doer a sentence gives unless an item names another, and a closing indicator table."""

from blocks_doc import blocks_document, bullets as _b, classify_blocks as _classify, heading as _h, \
    paragraph as _p

from classifiers import classify
from classifiers.actions_by_doer import person_named
from classifiers.actors import who_when_cell
from classifiers.checklist_items import coded_task
from classifiers.closing_times import closing_dash_time
from classifiers.headers import header_roles, map_columns


def _sq(s):
    return " ".join((s or "").split())


def _t(cols, rows, caption=""):
    return {"type": "table", "caption": caption, "columns": cols, "rows": rows}


_GOALS = [
    _h("Våra mål"),
    _b("Mål 1. Simning: Alla barn i Exempelby lär sig simma före årskurs tre.",
       "Mål 2. Arbete: Fler vuxna hittar ett arbete nära hemmet."),
]


def _tasks(follow_up=True):
    blocks = [
        *_GOALS,
        _h("Uppgiftslistor per ansvarsperson"),
        _p("Siffran inom parentes visar vilket mål uppgiften hör till."),
        _h("Kalle Lind, chef för idrotts- och fritidstjänsterna", 3),
        _b("☐ KL-1 Uppgift: Ordna simskola för förskolebarn (tillsammans med simklubben) (1) – sommaren 2026",
           "☐ KL-2 Uppgift: Starta ett jobbcafé i sporthallens kafé (2) – från hösten 2026",
           "☐ KL-3 Uppgift: Skriva en årlig rapport till nämnden (alla mål) – årligen i januari"),
        _h("Stina Berg, bibliotekarie", 3),
        _b("☐ SB-1 Uppgift: Erbjuda läxhjälp på biblioteket varje tisdag (1) – läsåret 2026–27"),
        _p("Uppgiften KL-3 är en rutin och räknas inte som en åtgärd i programmet."),
    ]
    if follow_up:
        blocks += [
            _h("Så följer vi upp"),
            # (the figures share no word with the tasks: only the codes say which they count)
            _t(["Vad räknar vi?", "Vem räknar?", "Uppgift"],
               [["Antal tillfällen per termin", "SB", "SB-1"],
                ["Antal deltagare per sommar", "KL", "KL-1"],
                ["Andel elever som klarar simprovet", "KL", "(mål 1)"],
                ["Antal besökare per vecka", "KL", "KL-2"]], caption="Tabell 2. Uppföljning"),
        ]
    return _classify(blocks)


def test_a_coded_task_line_reads_code_task_partner_goal_number_and_time():
    task = coded_task("☐ KL-1 Uppgift: Ordna simskola (tillsammans med simklubben) (1) – sommaren 2026")
    assert (task.code, task.text, task.goal_numbers, task.partners, task.schedule) == \
        ("KL-1", "Ordna simskola", ["1"], ["simklubben"], "sommaren 2026")
    assert coded_task("KL-3 Uppgift: Skriva en rapport (alla mål) – årligen").goal_numbers == []
    # no goal bracket, no code: no coded task
    assert coded_task("KL-1 Uppgift: Ordna simskola – 2026") is None
    assert coded_task("Ordna simskola (1) – 2026") is None


def test_a_persons_heading_names_the_person_without_the_post():
    assert person_named("Kalle Lind, chef för idrotts- och fritidstjänsterna") == "Kalle Lind"
    assert person_named("Bildningsnämnden") == "Bildningsnämnden"


def test_task_lists_per_person_are_the_actions_each_of_its_numbered_goal():
    got = _tasks()
    goals = {g.id: _sq(g.text) for g in got.goals}
    by_text = {_sq(m.text): m for m in got.measures}
    assert set(by_text) == {"Ordna simskola för förskolebarn", "Starta ett jobbcafé i sporthallens kafé",
                            "Erbjuda läxhjälp på biblioteket varje tisdag"}
    swim = by_text["Ordna simskola för förskolebarn"]
    assert goals[swim.goal].startswith("Alla barn i Exempelby")
    assert swim.responsible == ["Kalle Lind"]
    assert swim.partners == ["simklubben"]
    assert swim.schedule == "sommaren 2026"
    cafe = by_text["Starta ett jobbcafé i sporthallens kafé"]
    assert goals[cafe.goal].startswith("Fler vuxna")
    assert by_text["Erbjuda läxhjälp på biblioteket varje tisdag"].responsible == ["Stina Berg"]


def test_a_task_the_text_denies_by_its_code_is_no_action():
    got = _tasks(follow_up=False)
    assert len(got.measures) == 3
    assert not any("rapport" in m.text for m in got.measures)


def test_the_follow_up_names_its_task_by_code_or_its_goal_in_brackets():
    got = _tasks()
    texts = {m.id: _sq(m.text) for m in got.measures}
    goals = {g.id: _sq(g.text) for g in got.goals}
    links = {_sq(i.text): (texts.get(i.measure), goals.get(i.goal)) for i in got.indicators}
    assert links["Antal besökare per vecka"][0] == "Starta ett jobbcafé i sporthallens kafé"
    assert links["Antal deltagare per sommar"][0] == "Ordna simskola för förskolebarn"
    assert links["Antal tillfällen per termin"][0] == "Erbjuda läxhjälp på biblioteket varje tisdag"
    assert links["Andel elever som klarar simprovet"] == (None, goals[got.goals[0].id])


def test_what_is_counted_heads_the_meter_column():
    assert header_roles("Vad räknar vi?") == ["indicator"]
    assert header_roles("Vad mäter vi?") == ["indicator"]
    assert map_columns(["Vad räknar vi?", "Vem räknar?", "Uppgift"]) == {0: "indicator", 1: "responsible"}


def test_two_questions_in_one_header_name_both_roles():
    assert header_roles("Vem och när") == ["responsible", "schedule"]
    assert header_roles("Vem / när?") == ["responsible", "schedule"]
    assert map_columns(["Insats", "Vem och när"]) == {0: "measure", 1: "responsible"}


def test_a_who_and_when_cell_splits_into_doer_time_and_partner():
    assert who_when_cell("Idrottsbyrån, hösten 2026 (med simklubben)") == ("Idrottsbyrån", "simklubben", "hösten 2026")
    assert who_when_cell("Fritidskansliet, 2027") == ("Fritidskansliet", "", "2027")


def _plan(printed_as_records=False):
    def actions(rows):
        if not printed_as_records:
            return [_t(["Insats", "Vem och när"], rows)]
        out = []
        for action, who in rows:
            out += [_p(action), _p(f"Vem och när: {who}.")]
        return out
    return _classify([
        _h("Handlingsplan 2026–2029", 1),
        _h("1 Simning"),
        _p("Inriktning: Alla barn i Exempelby lär sig simma före årskurs tre."),
        *actions([["Simskola för alla förskolebarn", "Idrottsbyrån, sommaren 2026 (med simklubben)"],
                  ["Simdag för hela familjen i badhuset", "Fritidskansliet, 2027"]]),
        _h("2 Arbete"),
        _p("Inriktning: Fler vuxna hittar ett arbete nära hemmet."),
        *actions([["Jobbcafé i sporthallens kafé", "Näringslivsbyrån, 2026–2028"],
                  ["Praktikplatser inom kommunens kök", "Personalenheten, från 2027"]]),
        _h("3 Fritid"),
        _p("Inriktning: Varje barn har en hobby."),
        _p("Här gör vi tre saker. Ansvaret ligger hos kulturnämnden om inget annat sägs."),
        _b("Hobbymässa i sporthallen – hösten 2026",
           "Prova-på-kurser i dans och teater – vårarna 2027–2029",
           "Sagostund på finska – biblioteket, 2027"),
        _h("4 Uppföljning"),
        _t(["Indikator", "Utgångsläge", "Önskad riktning"],
           [["Antal barn i simskolan", "0", "↑"],
            ["Besökare på jobbcaféet", "–", "↑"],
            ["Andel vuxna i arbete inom fem kilometer", "61 %", "↑"],
            ["Antal utställare på hobbymässan", "–", "↑"]], caption="Tabell 2. Indikatorer"),
    ])


def test_a_direction_field_states_the_goal_of_its_theme():
    got = _plan()
    assert {_sq(g.text) for g in got.goals} == {"Alla barn i Exempelby lär sig simma före årskurs tre",
                                               "Fler vuxna hittar ett arbete nära hemmet",
                                               "Varje barn har en hobby"}


def test_an_action_table_with_a_who_and_when_column():
    got = _plan()
    by_text = {_sq(m.text): m for m in got.measures}
    swim = by_text["Simskola för alla förskolebarn"]
    assert (swim.responsible, swim.partners, swim.schedule) == (["Idrottsbyrån"], ["simklubben"], "sommaren 2026")
    assert by_text["Jobbcafé i sporthallens kafé"].schedule == "2026–2028"


def test_the_same_table_printed_as_a_name_line_over_a_who_and_when_line():
    got = _plan(printed_as_records=True)
    by_text = {_sq(m.text): m for m in got.measures}
    swim = by_text["Simskola för alla förskolebarn"]
    assert (swim.responsible, swim.partners, swim.schedule) == (["Idrottsbyrån"], ["simklubben"], "sommaren 2026")
    assert by_text["Simdag för hela familjen i badhuset"].responsible == ["Fritidskansliet"]


def test_a_card_doer_field_closing_on_a_time_and_partners_in_brackets():
    got = _classify([
        *_GOALS,
        _h("Åtgärder"),
        _p("Åtgärd: Simskola för alla förskolebarn"),
        _p("Ansvar: Idrottsbyrån, sommaren 2026 (med simklubben)."),
        _p("Åtgärd: Jobbcafé i sporthallens kafé"),
        _p("Ansvar: Näringslivsbyrån, 2026–2028."),
    ])
    swim = next(m for m in got.measures if _sq(m.text) == "Simskola för alla förskolebarn")
    assert (swim.responsible, swim.partners, swim.schedule) == (["Idrottsbyrån"], ["simklubben"], "sommaren 2026")


def test_a_default_doer_said_before_the_list_unless_an_item_names_another():
    got = _plan()
    by_text = {_sq(m.text): m for m in got.measures}
    assert by_text["Hobbymässa i sporthallen"].responsible == ["kulturnämnden"]
    assert by_text["Hobbymässa i sporthallen"].schedule == "hösten 2026"
    courses = by_text["Prova-på-kurser i dans och teater"]
    assert (courses.responsible, courses.schedule) == (["kulturnämnden"], "vårarna 2027–2029")
    assert by_text["Sagostund på finska"].responsible == ["biblioteket"]


def test_a_time_alone_after_a_dash_closes_an_item():
    assert closing_dash_time("Prova-på-kurser – vårarna 2027–2029") == ("Prova-på-kurser", "vårarna 2027–2029")
    assert closing_dash_time("Kurser – biblioteket, 2027") is None


def test_a_dash_time_line_under_an_item_is_the_items_wrapped_tail():
    got = _classify([
        *_GOALS,
        _h("Åtgärder"),
        _p("Ansvaret ligger hos kulturnämnden om inget annat sägs."),
        # (a narrow column put the item's dash tail on a line of its own: a dash-led line)
        _b("Hobbymässa i sporthallen för alla barn"),
        _p("– hösten 2026"),
        _b("Sagostund på finska på biblioteket"),
    ])
    texts = [_sq(m.text) for m in got.measures]
    assert "hösten 2026" not in texts
    hobby = next(m for m in got.measures if _sq(m.text) == "Hobbymässa i sporthallen för alla barn")
    assert hobby.schedule == "hösten 2026"


def test_closing_indicators_count_actions_without_a_function_word_misleading():
    got = _plan()
    texts = {m.id: _sq(m.text) for m in got.measures}
    links = {_sq(i.text): texts.get(i.measure) for i in got.indicators}
    assert links["Antal barn i simskolan"] == "Simskola för alla förskolebarn"
    assert links["Besökare på jobbcaféet"] == "Jobbcafé i sporthallens kafé"
    assert links["Antal utställare på hobbymässan"] == "Hobbymässa i sporthallen"
    # 'inom' is also in no action, but a function word is never what a figure counts
    assert links["Andel vuxna i arbete inom fem kilometer"] is None


def test_a_running_head_with_the_title_and_a_glued_row_of_codes_in_a_table():
    doc = blocks_document({"slug": "t", "title": "Integrationsprogram för Exempelby 2025–2028", "blocks": [
        *_GOALS,
        _h("Uppgiftslistor per ansvarsperson"),
        _h("Kalle Lind, fritidschef", 3),
        _b("☐ KL-1 Uppgift: Ordna simskola för förskolebarn (1) – sommaren 2026",
           "☐ KL-2 Uppgift: Starta ett jobbcafé i sporthallens kafé (2) – från hösten 2026"),
        _h("Stina Berg, bibliotekarie", 3),
        _b("☐ SB-1 Uppgift: Erbjuda läxhjälp på biblioteket varje tisdag (1) – läsåret 2026–27"),
        _h("Så följer vi upp"),
        _t(["Vad räknar vi?", "Vem räknar?", "Uppgift"],
           [["Antal barn i simskolan", "KL", "KL-1"],
            ["Exempelby · Integrationsprogram för Exempelby 2025–2028", "", ""],
            ["Antal besök på jobbcaféet\nAntal tillfällen med läxhjälp", "KL\nSB", "KL-2\nSB-1"]]),
    ]})
    got = classify(doc)
    texts = {m.id: _sq(m.text) for m in got.measures}
    links = {_sq(i.text): texts.get(i.measure) for i in got.indicators}
    assert links == {"Antal barn i simskolan": "Ordna simskola för förskolebarn",
                     "Antal besök på jobbcaféet": "Starta ett jobbcafé i sporthallens kafé",
                     "Antal tillfällen med läxhjälp": "Erbjuda läxhjälp på biblioteket varje tisdag"}
