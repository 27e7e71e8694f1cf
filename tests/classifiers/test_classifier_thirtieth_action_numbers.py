"""Conventions of the thirtieth blind set's Jorvas programme (tests/data/blind_programs, README
there), on a made-up programme: actions numbered across the document under theme headings with
no goals there, grouped under the goals only in an appendix table ('Tema | Mål | Åtgärd nr |
Ansvarig | Tidtabell', goal filled once per group, 'Åtgärd 3' per row), and meters closed by
the number of the action they count, the lead-in explaining that in a parenthesis
(`action_number_rows`)."""

from blocks_doc import bullets as _b, classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers.action_number_rows import closing_action_number, without_asides
from classifiers.prose import intro_kind


def _t(columns, rows, caption=None):
    return {"type": "table", "caption": caption, "columns": columns, "rows": rows}


def _programme():
    return [
        _h("Åtgärderna", 2),
        _h("Arbete", 3),
        _p("1. Sysselsättningstjänsterna ordnar en mentorsträff för nyanlända varje månad."),
        _p("2. Staden erbjuder praktikplatser inom sina egna enheter."),
        _h("Fritid", 3),
        _p("3. Idrottsföreningarna bjuds in till en prova-på-dag i sporthallen."),
        _p("4. Simhallen ordnar simskola för vuxna nybörjare."),
        _h("Uppföljning", 2),
        _p("Programmet följs upp årligen med följande mätare (åtgärdens nummer inom parentes):"),
        _b("antal mentorsträffar (1)", "antal deltagare i simskolan (4)"),
        _h("Bilaga 1. Åtgärderna ordnade efter mål", 2),
        _t(["Tema", "Mål", "Åtgärd nr", "Ansvarig", "Tidtabell"], [
            ["Fritid", "Alla invånare hittar en meningsfull fritidssysselsättning", "Åtgärd 4",
             "Idrottsväsendet", "2026"],
            ["", "", "Åtgärd 3", "Fritidsnämnden", "årligen"],
            ["Arbete", "Fler nyanlända får arbete inom ett år", "Åtgärd 2", "Personalenheten", "2025"],
            ["", "", "Åtgärd 1", "Sysselsättningstjänsterna", "2025–2027"],
        ], caption="Bilaga 1"),
    ]


def _by_number(x):
    return {m.text.split(".", 1)[0].strip(): m for m in x.measures}


def test_appendix_row_beside_its_goal_names_an_action_and_gives_it_the_goal():
    x = _classify(_programme())
    goals = {g.id: g.text for g in x.goals}
    assert sorted(goals.values()) == ["Alla invånare hittar en meningsfull fritidssysselsättning",
                                      "Fler nyanlända får arbete inom ett år"]
    # no measure 'Åtgärd 4' of its own: the four numbered actions only
    assert len(x.measures) == 4 and not any(m.text.startswith("Åtgärd") for m in x.measures)
    m = _by_number(x)
    assert goals[m["4"].goal].startswith("Alla invånare")
    assert goals[m["3"].goal].startswith("Alla invånare")
    assert goals[m["2"].goal].startswith("Fler nyanlända")
    assert goals[m["1"].goal].startswith("Fler nyanlända")
    assert m["4"].schedule == "2026"


def test_meter_closed_by_an_action_number_follows_up_that_action():
    x = _classify(_programme())
    m = _by_number(x)
    inds = {i.text: i.measure for i in x.indicators}
    assert inds == {"antal mentorsträffar": m["1"].id, "antal deltagare i simskolan": m["4"].id}
    # the meters are not read as actions too
    assert not any("antal" in mm.text for mm in x.measures)


def test_aside_in_a_lead_in_does_not_name_the_list():
    assert without_asides("Pågående verksamhet (ingår inte i planens åtgärder):") == \
        "Pågående verksamhet (ingår inte i planens åtgärder):"
    assert without_asides("Följande mätare används (åtgärdens nummer inom parentes):") == \
        "Följande mätare används  :"
    assert intro_kind("Följande mätare används (åtgärdens nummer inom parentes):") == "indicator"
    assert intro_kind("Följande åtgärder genomförs (ansvarig inom parentes):") == "measure"


def test_closing_number_only_of_a_numbered_action_and_no_numbered_goal():
    measures = {"7": "m7"}
    assert closing_action_number("antal besök i läxhjälpen (7)", measures.get, {}.get) == \
        ("antal besök i läxhjälpen", "m7")
    # no action 8: a count or a footnote, left as printed
    assert closing_action_number("antal besök (8)", measures.get, {}.get) is None
    # a goal numbered 7 too: the number could name either
    assert closing_action_number("antal besök (7)", measures.get, {"7": "g7"}.get) is None
