"""Thirty-seventh blind set (blind217) conventions, on made-up text: goals listed once in a
table with a short name each, action paragraphs (a title sentence and a description) over a
tag line 'Mål: <short name> · Ansvar: X · Partner: Y · År: Z · Följs upp: W', a key-figure
dashboard whose boxes with a target point to a goal, and a reading guide quoting a label."""

from blocks_doc import _Pager, classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers import classify
from classifiers.goal_short_names import short_name_column
from classifiers.prose import followed_up_by
from classifiers.tag_lines import action_title, tag_line
from classifiers.target_boxes import target_boxes
from normalizers.model import NormalizedDocument


def _sq(s):
    return " ".join(s.split())


def _t(caption, columns, rows):
    return {"type": "table", "caption": caption, "columns": columns, "rows": rows}


_GOALS = _t("Tabell 1. Målen", ["Område", "Namn", "Mål till år 2029"], [
    ["Språk", "Kursen", "Alla vuxna nyinflyttade kan sköta sina ärenden på svenska."],
    ["Språk", "Läsning", "Barnen i kommunen läser svenska på åldersnivå."],
    ["Boende", "Bostaden", "Nya invånare hittar en bostad inom tre månader."],
])


def _programme():
    return _classify([
        _h("1 Våra mål"),
        _GOALS,
        _h("2 Åtgärder"),
        _p("Samtalsgrupper i svenska på biblioteket. Grupperna träffas varje tisdag och leds av frivilliga."),
        _p("Mål: Kursen · Ansvar: Biblioteket · Partner: Folkhögskolan · År: 2026–2027 · Följs upp: antal deltagare i grupperna"),
        _p("Bostadsrådgivning på flera språk. Rådgivaren tar emot i kommunhuset två dagar i veckan."),
        _p("Mål: Bostaden · Ansvar: Tekniska avdelningen · År: 2026"),
        _h("3 Nyckeltal"),
        _p("12 % | andel invånare med främmande modersmål"),
        _p("40 % | andel barn som läser på åldersnivå | Målvärde 2029: 60 % → Läsning"),
    ])


def test_a_goal_tables_short_name_column():
    rows = [[x for x in r] for r in _GOALS["rows"]]
    assert short_name_column(rows, {2: "goal"}, {0}) == 1
    # a theme column repeats its names: no short name of one goal
    assert short_name_column(rows, {2: "goal"}, set()) == 1
    assert short_name_column([r[:1] + r[2:] for r in rows], {1: "goal"}, set()) is None


def test_an_action_paragraph_over_its_tag_line():
    got = _programme()
    goals = {g.id: _sq(g.text) for g in got.goals}
    ms = {_sq(m.text): m for m in got.measures}
    assert set(ms) == {"Samtalsgrupper i svenska på biblioteket", "Bostadsrådgivning på flera språk"}
    m = ms["Samtalsgrupper i svenska på biblioteket"]
    assert goals[m.goal].startswith("Alla vuxna nyinflyttade")
    assert (m.responsible, m.partners, m.schedule) == (["Biblioteket"], ["Folkhögskolan"], "2026–2027")
    assert goals[ms["Bostadsrådgivning på flera språk"].goal].startswith("Nya invånare hittar")
    ind = {_sq(i.text): i for i in got.indicators}
    assert ind["antal deltagare i grupperna"].measure == m.id
    # no tag line read as a goal of its own
    assert len(got.goals) == 3


def test_dashboard_boxes_with_a_target_are_their_goals_meters():
    got = _programme()
    goals = {g.id: _sq(g.text) for g in got.goals}
    ind = {_sq(i.text): i for i in got.indicators}
    assert "andel invånare med främmande modersmål" not in ind
    box = ind["andel barn som läser på åldersnivå"]
    assert box.measure is None
    assert goals[box.goal].startswith("Barnen i kommunen")


def test_tag_line_and_title_shapes():
    assert tag_line("Mål: Kursen · Ansvar: Biblioteket · År: 2026 · Följs upp: antal deltagare")[1] == \
        ["antal deltagare"]
    assert tag_line("Kursen ordnas i biblioteket. Ansvar: Biblioteket") is None
    assert tag_line("Mål: Kursen · Tema: Språk · År: 2026") is None  # no doer
    assert action_title("Bostadsrådgivning på flera språk. Rådgivaren tar emot två dagar i veckan.") == \
        "Bostadsrådgivning på flera språk"
    assert action_title("Bostadsrådgivning på flera språk.") is None


def test_boxes_read_run_together():
    assert target_boxes("71 % | andel X | Målvärde 2028: 95 % → Första tiden 38 | personer Y | "
                        "Målvärde 2028: 60 → Svenskan") == [("andel X", "Första tiden"), ("personer Y", "Svenskan")]
    assert target_boxes("4,1 % | arbetslöshetsgrad i hela kommunen") is None
    assert target_boxes("Mål | Ansvar | Tid") is None


def test_a_reading_guide_quoting_a_label_names_no_meter():
    assert followed_up_by("När en åtgärd följs upp med ett eget mått står det efter ”Mäts:”.") is None
    assert followed_up_by("Målet följs upp med antalet deltagare i kurserna.") is not None


def test_a_tag_line_at_a_page_foot_ends_there():
    pg = _Pager()
    pg.line("Åtgärder", size=13.0, bold=True)
    pg.line("Samtalsgrupper i svenska på biblioteket. Grupperna träffas varje tisdag.")
    pg.line("Mål: Kursen · Ansvar: Biblioteket · Partner: Folkhögskolan · År: 2026–2027")
    # the tag line's last line runs to the column's edge: nothing shows it ended there
    pg.line("· Följs upp: antal deltagare i samtalsgrupperna och antal frivilliga ledare för grupperna")
    pg.new_page()
    pg.line("Bostadsrådgivning på flera språk. Rådgivaren tar emot i kommunhuset varje vecka.")
    pg.line("Mål: Bostaden · Ansvar: Tekniska avdelningen · År: 2026")
    doc = NormalizedDocument(source_file="t", sha256="0" * 64, kind="pdf", pages=pg.pages)
    got = classify(doc)
    assert {_sq(m.text) for m in got.measures} >= {"Samtalsgrupper i svenska på biblioteket",
                                                    "Bostadsrådgivning på flera språk"}
    assert "antal deltagare i samtalsgrupperna och antal frivilliga ledare för grupperna" in \
        {_sq(i.text) for i in got.indicators}
