"""Thirty-seventh blind set (blind218) conventions, on made-up text: an action plan typed as
one two-level numbered list ('1 <goal>' / '1.1 <action> – ansvar: X; 2025–2028'), a
stand-alone level-one point the sentence after the list says is carried out, a time set off
after the doer by a semicolon, and a follow-up table keyed by bare action numbers."""

from blocks_doc import bullets as _b, classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers.actors import trailing_actors
from classifiers.elements import _continues_row


def _sq(s):
    return " ".join(s.split())


def _plan():
    return _classify([
        _h("Åtgärdsplan"),
        _b("1 Alla nya invånare känner till kommunens tjänster",
           "1.1 Informationskvällar för nya invånare varje vår – ansvar: kansliet; 2026–2027",
           "1.2 Broschyr om kommunens tjänster på fem språk – ansvar: informationsenheten; från 2026",
           "2 Ortens barn lär sig simma före årskurs tre",
           "2.1 Simskola för barn i förskoleåldern – ansvar: idrottsbyrån i samarbete med simklubben; 2027",
           "3 Utbildning för kommunens förmän",
           "4 Fler vuxna hittar ett arbete nära hemmet",
           "4.1 Jobbcafé i biblioteket en gång i månaden – ansvar: näringslivsbyrån; 2026–2029"),
        _p("Punkt 3 genomförs genom att personalchefen ordnar ett seminarium för förmännen under 2027."),
        _h("Uppföljning"),
        _p("Styrgruppen följer upp planen varje år."),
    ])


def test_level_one_items_that_sub_items_follow_are_their_goals():
    got = _plan()
    goals = {_sq(g.text): g for g in got.goals}
    assert set(goals) == {"Alla nya invånare känner till kommunens tjänster",
                          "Ortens barn lär sig simma före årskurs tre",
                          "Fler vuxna hittar ett arbete nära hemmet"}
    by_goal = {g.id: _sq(g.text) for g in got.goals}
    links = {_sq(m.text).split(" ", 1)[-1]: by_goal.get(m.goal) for m in got.measures}
    assert links["Simskola för barn i förskoleåldern"] == "Ortens barn lär sig simma före årskurs tre"
    assert links["Jobbcafé i biblioteket en gång i månaden"] == "Fler vuxna hittar ett arbete nära hemmet"
    assert links["Informationskvällar för nya invånare varje vår"] == \
        "Alla nya invånare känner till kommunens tjänster"


def test_a_lone_point_carried_out_is_an_action_of_no_goal():
    got = _plan()
    lone = [m for m in got.measures if _sq(m.text).endswith("Utbildning för kommunens förmän")]
    assert len(lone) == 1
    assert lone[0].goal is None
    assert lone[0].responsible == ["personalchefen"]
    assert lone[0].schedule == "under 2027"


def test_a_time_after_a_semicolon_closes_the_doer():
    assert trailing_actors("Broschyr på fem språk – ansvar: informationsenheten; från 2026") == \
        (["informationsenheten"], [], "från 2026")
    assert trailing_actors("Simskola – ansvar: idrottsbyrån i samarbete med simklubben; 2027") == \
        (["idrottsbyrån"], ["simklubben"], "2027")


def test_bare_action_numbers_key_rows_of_their_own():
    # lower-case indicators under an action number column: each number its own row
    assert not _continues_row(["1.2", "antal besökare på kvällarna", ""],
                              ["1.1", "antal utdelade broschyrer", "Klar, 300 st"])
    assert not _continues_row(["2.1", "antal barn i simskolan", "Klar"],
                              ["1.2", "antal besökare på kvällarna", ""])


def test_a_number_a_paragraph_wrapped_before_runs_on():
    from blocks_doc import _Pager

    from classifiers.elements import document_elements
    from normalizers.model import NormalizedDocument

    pg = _Pager()
    pg.line("Ändringar", size=13.0, bold=True)
    pg.line("I den nya versionen av planen har åtgärderna 1.3 och")
    pg.line("2.4 lagts till och åtgärd 3.1 har preciserats. Målen är desamma.")
    doc = NormalizedDocument(source_file="t", sha256="0" * 64, kind="pdf", pages=pg.pages)
    els = [e for e in document_elements(doc) if e.kind != "heading"]
    assert [e.kind for e in els] == ["para"]
    assert "1.3 och 2.4 lagts till" in _sq(els[0].text)


def test_a_lone_point_keeps_its_time_without_a_how_clause():
    # 'Punkt 3 genomförs hösten 2026.': the time follows the verb, no 'genom att' clause holds it
    got = _classify([
        _h("Åtgärdsplan"),
        _b("1 Alla nya invånare känner till kommunens tjänster",
           "1.1 Informationskvällar för nya invånare varje vår – ansvar: kansliet; 2026–2027",
           "3 Utbildning för kommunens förmän",
           "4 Fler vuxna hittar ett arbete nära hemmet",
           "4.1 Jobbcafé i biblioteket en gång i månaden – ansvar: näringslivsbyrån; 2026–2029"),
        _p("Punkt 3 genomförs hösten 2026."),
        _h("Uppföljning"),
        _p("Styrgruppen följer upp planen varje år."),
    ])
    lone = [m for m in got.measures if _sq(m.text).endswith("Utbildning för kommunens förmän")]
    assert len(lone) == 1
    assert (lone[0].schedule, lone[0].start_year) == ("hösten 2026", 2026)
