"""Fifty-ninth blind set, reader b (blind352) conventions, on made-up text: an action plan of
small blocks of labelled lines, one paragraph a line, whose labels change from area to area
('Åtgärd:' / 'Vad görs:' / 'Vad gör vi:', 'Ansvar:' / 'Vem ansvarar:' / 'Vem gör det:', 'Partner:'
/ 'Med vem:', 'Uppföljning:' / 'Mätare:' / 'Uppföljs genom:' / 'Hur följs det upp:'), under
headings 'Delområde N: <theme>' whose goals stand only in a table 'Delområde | Målsättning
<period>' of an earlier chapter; and a line 'Genomfört under förra perioden: …' among the
blocks that is no field of who does the action."""

import pytest
from blocks_doc import classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers.headers import follow_up_label, header_role, label_role, labelled_as_theme, theme_column
from classifiers.records import fields


def _t(columns, rows, caption="Tabell 1. Delområden och mål"):
    return {"type": "table", "caption": caption, "columns": columns, "rows": rows}


def _plan(labels, columns=("Delområde", "Målsättning 2026–2029"), head="Delområde {n}: {theme}", before=()):
    """A made-up programme: the goals in a table of chapter 2, the blocks of labelled lines
    under one heading per area in chapter 3."""
    act, resp, part, when, meter = labels
    blocks = [_h("1 Inledning", 1), _p("Exby växer. Programmet gäller åren 2026–2029."),
              _h("2 Mål för perioden", 1),
              _t(list(columns), [["Boende", "Alla nya invånare hittar en bostad inom tre månader"],
                                 ["Fritid", "Alla barn har en fritidssysselsättning"]]),
              _h("3 Åtgärdsplan", 1)]
    for n, theme, action in ((1, "Boende", "Bostadsrådgivning på tre språk i servicepunkten"),
                             (2, "Fritid", "Hobbyguide för nyinflyttade familjer")):
        blocks.append(_h(head.format(n=n, theme=theme), 2))
        if n == 1:
            blocks += [_p(x) for x in before]
        blocks += [_p(f"{act}: {action}"), _p(f"{resp}: Fritidsbyrån och bostadsbolaget"),
                   _p(f"{part}: scoutkåren, biblioteket"), _p(f"{when}: från hösten 2026"),
                   _p(f"{meter}: antal deltagare per år")]
    blocks += [_h("4 Uppföljning", 1), _p("Kommunstyrelsen följer upp programmet varje år.")]
    return _classify(blocks)


def _read(ex):
    goals = {g.id: g.text for g in ex.goals}
    measures = {m.id: m.text for m in ex.measures}
    return ([(g.text, g.theme) for g in ex.goals],
            [(m.text, goals.get(m.goal), m.responsible, m.partners, m.schedule) for m in ex.measures],
            [(i.text, measures.get(i.measure), goals.get(i.goal)) for i in ex.indicators])


_GOALS = [("Alla nya invånare hittar en bostad inom tre månader", "Boende"),
          ("Alla barn har en fritidssysselsättning", "Fritid")]
_MEASURES = [("Bostadsrådgivning på tre språk i servicepunkten", _GOALS[0][0],
              ["Fritidsbyrån", "bostadsbolaget"], ["scoutkåren", "biblioteket"], "från hösten 2026"),
             ("Hobbyguide för nyinflyttade familjer", _GOALS[1][0],
              ["Fritidsbyrån", "bostadsbolaget"], ["scoutkåren", "biblioteket"], "från hösten 2026")]
_METERS = [("antal deltagare per år", _MEASURES[0][0], _GOALS[0][0]),
           ("antal deltagare per år", _MEASURES[1][0], _GOALS[1][0])]


# --- 'Delområde' names the programme's areas ----------------------------------------------

def test_delomrade_labels_a_theme():
    assert labelled_as_theme("Delområde 2: Fritid och kultur")
    assert labelled_as_theme("Delområde B – Boende")
    assert theme_column(["Delområde", "Målsättning 2026–2029"]) == 0
    assert theme_column(["Delområden", "Mål"]) == 0
    # an area column is no goal or action column
    assert header_role("Delområde") is None


@pytest.mark.parametrize("columns", [("Delområde", "Målsättning 2026–2029"), ("Delområden", "Mål")])
def test_goal_table_keyed_by_area_and_area_headings_over_the_blocks(columns):
    goals, measures, meters = _read(_plan(("Åtgärd", "Ansvar", "Samarbete", "Tidsplan", "Uppföljning"),
                                          columns=columns))
    assert goals == _GOALS
    assert measures == _MEASURES
    assert meters == _METERS


# --- a past period's line is no doer ------------------------------------------------------

def test_done_participle_names_no_doer():
    for label in ("Genomfört", "Genomförd", "Genomförda", "Genomfört under förra perioden"):
        assert header_role(label) is None, label
        assert label_role(label) is None, label
    # the doer's words stay the doer's
    for label in ("Genomförare", "Genomförs av", "Vem genomför"):
        assert header_role(label) == "responsible", label


def test_a_past_periods_line_before_the_first_block_is_no_field():
    ex = _plan(("Åtgärd", "Ansvar", "Samarbete", "Tidsplan", "Uppföljning"),
               before=("Genomfört under förra perioden: en bostadsmässa för nyinflyttade (2024).",))
    _, measures, meters = _read(ex)
    assert measures == _MEASURES
    assert meters == _METERS


# --- labels asked as questions, with the colon for their mark -------------------------------

@pytest.mark.parametrize("label,role", [
    ("Vad görs", "measure"), ("Vad gör vi", "measure"), ("Vad ska göras", "measure"),
    ("Vem gör det", "responsible"), ("Vem ansvarar", "responsible"), ("När", "schedule"),
    ("Med vem", "partners"), ("Tillsammans med vilka", "partners"),
    ("Hur följs det upp", "indicator"), ("Hur mäts det", "indicator"),
])
def test_question_labels_with_a_colon(label, role):
    ((got, _, value),) = fields(f"{label}: Språkcafé i biblioteket")
    assert (got, value) == (role, "Språkcafé i biblioteket")


def test_a_question_about_something_else_is_no_label():
    assert fields("Hur gick det: bra") is None
    assert fields("Vad vi har gjort: språkcafé") is None


def test_with_whom_and_how_followed_up_as_headers():
    assert header_role("Med vem?") == "partners"
    assert header_role("Hur följs det upp?") == "indicator"
    assert header_role("Hur följs åtgärden upp?") == "indicator"


@pytest.mark.parametrize("labels", [
    ("Vad görs", "Vem ansvarar", "Partner", "När", "Mätare"),
    ("Vad gör vi", "Vem gör det", "Med vem", "När", "Hur följs det upp"),
    ("Vad ska göras", "Ansvariga", "I samarbete med", "Tidtabell", "Uppföljs genom"),
    ("Insats", "Huvudansvar", "I samverkan med", "Tidsram", "Hur mäts det"),
])
def test_blocks_whose_labels_vary(labels):
    _, measures, meters = _read(_plan(labels))
    assert measures == _MEASURES
    assert meters == _METERS


# --- follow-up said in the passive ----------------------------------------------------------

def test_passive_follow_up_labels():
    for label in ("Uppföljs genom", "Följs upp genom", "Följs upp med", "Hur mäts det", "Hur följs det upp",
                  "Så följs det upp"):
        assert follow_up_label(label), label
    # who follows up, or where: no meter's label
    assert not follow_up_label("Följs upp av")
    assert not follow_up_label("Följs upp")


# --- a text dump's table once 'Genomförda …' meters are no doer labels ----------------------
# The done participle read as 'Genomförare' had cut the first line 'Genomförda' off every such
# meter of a flattened table (bench.text_dumps, OCR dumps), and the rest ran on into the actor
# cell above; that glued junk had made the actor cell's lines come out one per action. Read
# right, the cell's paragraphs are what says whose each action is: one paragraph an action,
# and a lower-case first paragraph under the label ends the cell above that broke off on
# 'i samarbete med' at the page's foot.

def _dump_plan(tmp_path):
    from pipeline.process import ProcessOptions, process_file

    text = (
        "Integrationsprogram for Exby 2026-2029\n\n"
        "Programmet beskriver hur kommunen arbetar med integration under perioden och vilka\n"
        "aktorer som deltar i arbetet.\n\n"
        "MAL\n\nFler nya invanare i arbete\n\nATGARD\n\n* Jobbcafe varje vecka\n\n"
        "TIDTABELL\n\n2026\n\nANSVARSPART\nOCH PARTNER\n\nNaringslivsenheten i samarbete med\n\n"
        "MATARE\n\nAntal besokare per ar\n\f"
        "MAL\n\nAlla barn har en fritidssysselsattning\n\nATGARD\n\n"
        "* Hobbyguide for familjer\n\n* Prova-pa-dagar i idrottshallen\n\n"
        "* Sommarlager for nya barn\n\nTIDTABELL\n\n2026\n\n2027\n\n2028\n\n"
        "ANSVARSPART\nOCH PARTNER\n\narbetskraftsservicen\n\n"
        "Fritidsbyran i samarbete med\nforeningarna\n\nIdrottsservice en\n\n"
        "Ungdomsservicen\n\nMATARE\n\nGenomforda\nguider och lasare\n\n"
        "Genomforda\ndagar och deltagare\n\nAntal deltagare i lagren\n"
    )
    f = tmp_path / "dump.txt"
    f.write_text(text, encoding="utf-8")
    return process_file(f, ProcessOptions())


def test_a_dumps_actor_paragraphs_are_one_an_action(tmp_path):
    ex = _dump_plan(tmp_path)
    resp = {m.text.lower(): [r.lower() for r in m.responsible] for m in ex.measures}
    assert resp["jobbcafe varje vecka"] == ["näringslivsenheten"]
    assert resp["hobbyguide för familjer"] == ["fritidsbyrån"]
    assert resp["prova-på-dagar i idrottshallen"] == ["idrottsservice en"]
    assert resp["sommarläger för nya barn"] == ["ungdomsservicen"]
    measures = {m.id: m.text.lower() for m in ex.measures}
    assert [(i.text, measures.get(i.measure)) for i in ex.indicators][1:3] == [
        ("Genomförda guider och läsare", "hobbyguide för familjer"),
        ("Genomförda dagar och deltagare", "prova-på-dagar i idrottshallen")]
