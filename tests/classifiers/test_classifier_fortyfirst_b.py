"""Forty-first blind set (blind243, blind244) conventions, on made-up programmes: a roadmap whose
tracks state a 'Destination <year>: …' goal, number their steps 'Steg K (<time>): <action>.
Ansvar: <doer>.' and mark milestones '◆ Milstolpe <year>: …' / '◆ Milstolpe efter steg K: …',
with a closing table of the partners of each track (`timeline_items`, `milestone_items`,
`read_tables._note_owners_by_part`); and key actions printed in boxes titled by an action's label
and number, whose title the print repeats where the page breaks the box, followed by 'Övriga
åtgärder:' and a follow-up table naming what each meter follows up by a heading's label and
number (`continuation_marks`, `records`, `heading_references`). Made-up blocks and elements."""

from __future__ import annotations

from blocks_doc import bullets as _b, classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers.continuation_marks import without_repeated_box_titles
from classifiers.elements import Element
from classifiers.heading_references import heading_reference, heading_reference_column, referred_part
from classifiers.milestone_items import milestone
from classifiers.model import Goal, Measure, Section
from classifiers.reader_shared import goal_field
from classifiers.records import _label_role, fields
from classifiers.timeline_items import numbered_step_label


def _sq(s):
    return " ".join((s or "").split())


def _t(columns, rows, caption=""):
    return {"type": "table", "caption": caption, "columns": columns, "rows": rows}


# --- a roadmap: destinations, numbered steps, milestones, partners by track ---------------------

def _roadmap():
    return _classify([
        _h("Vägkarta för integration 2025–2028", 1),
        _h("Bakgrund", 2),
        _p("Exempelby har 8 200 invånare. Vägkartan ersätter den tidigare planen."),
        _h("Vägarna", 2),
        _h("Väg 1 – Bostad", 3),
        _p("Destination 2028: Varje ny familj har en egen bostad inom ett halvår efter flytten."),
        _b("Steg 1 (våren 2026): Bostadsrådgivning på tre språk i servicepunkten. Ansvar: Tekniska enheten.",
           "Steg 2 (2027): Hyresgästkurs för nyinflyttade hushåll. Ansvar: Exempelby Bostäder Ab."),
        _p("◆ Milstolpe efter steg 2: Antal hushåll som har gått hyresgästkursen per år."),
        _p("◆ Milstolpe 2027: Andel nya familjer med egen bostad efter sex månader, %."),
        _h("Väg 2 – Fritid", 3),
        _p("Destination 2028: Alla barn i nyinflyttade familjer har en fritidsaktivitet de trivs med."),
        _b("Steg 1 (2026): Prova-på-dagar i idrottshallen under loven. Ansvar: Fritidsenheten.",
           "Steg 2 (hösten 2027): Hobbykort för nyinflyttade barn. Ansvar: Fritidsenheten, Biblioteket."),
        _p("◆ Milstolpe efter steg 1: Antal deltagare på prova-på-dagarna."),
        _t(["Väg", "Samarbetsparter"],
           [["Väg 1 – Bostad", "Exempelby Bostäder Ab, Röda Korset"],
            ["Väg 2 – Fritid", "Exempelby IK, Biblioteket"]],
           caption="Tabell 1. Samarbetsparter per väg"),
        _p("Samarbetsparterna deltar i alla steg på sin väg."),
        _h("Uppföljning", 2),
        _p("Styrgruppen följer vägkartan två gånger per år."),
    ])


def test_a_destination_field_is_the_goal_of_its_track():
    got = _roadmap()
    goals = {_sq(g.text): g for g in got.goals}
    assert set(goals) == {"Varje ny familj har en egen bostad inom ett halvår efter flytten",
                          "Alla barn i nyinflyttade familjer har en fritidsaktivitet de trivs med"}
    assert goals["Varje ny familj har en egen bostad inom ett halvår efter flytten"].theme == "Bostad"


def test_destination_goal_field():
    assert goal_field("Destination 2030: Alla nya invånare hittar rätt service inom en vecka.") == \
        ("Alla nya invånare hittar rätt service inom en vecka", None)
    assert goal_field("Destinationen: Fler nyinflyttade får arbete i regionen.") == \
        ("Fler nyinflyttade får arbete i regionen", None)
    assert goal_field("Destinationsorten för studieresan är Åbo.") is None


def test_a_numbered_step_gives_its_bracket_as_the_schedule_and_its_action_without_the_label():
    got = _roadmap()
    acts = {_sq(m.text).rstrip("."): m for m in got.measures}
    assert set(acts) == {"Bostadsrådgivning på tre språk i servicepunkten",
                         "Hyresgästkurs för nyinflyttade hushåll",
                         "Prova-på-dagar i idrottshallen under loven",
                         "Hobbykort för nyinflyttade barn"}
    assert acts["Bostadsrådgivning på tre språk i servicepunkten"].schedule == "våren 2026"
    assert acts["Hobbykort för nyinflyttade barn"].schedule == "hösten 2027"
    assert acts["Hyresgästkurs för nyinflyttade hushåll"].responsible == ["Exempelby Bostäder Ab"]


def test_numbered_step_label():
    assert numbered_step_label("Steg 2 (hösten 2025): Välkomstsamtal för alla. Ansvar: X.") == \
        ("2", "hösten 2025", "Välkomstsamtal för alla. Ansvar: X.")
    assert numbered_step_label("Fas 1 (2026–2027): Kartläggning av behoven.") == \
        ("1", "2026–2027", "Kartläggning av behoven.")
    # no time in the bracket, or no number: no step label
    assert numbered_step_label("Steg 2 (valfritt): Välkomstsamtal.") is None
    assert numbered_step_label("Steg för steg (2026): Välkomstsamtal.") is None


def test_milestones_are_meters_of_the_step_they_follow_or_of_the_track_goal():
    got = _roadmap()
    acts = {m.id: _sq(m.text).rstrip(".") for m in got.measures}
    goals = {g.id: _sq(g.text) for g in got.goals}
    inds = {_sq(i.text): i for i in got.indicators}
    assert set(inds) == {"Antal hushåll som har gått hyresgästkursen per år",
                         "Andel nya familjer med egen bostad efter sex månader, %",
                         "Antal deltagare på prova-på-dagarna"}
    assert acts[inds["Antal hushåll som har gått hyresgästkursen per år"].measure] == \
        "Hyresgästkurs för nyinflyttade hushåll"
    # step 1 of the second track, not step 1 of the first
    assert acts[inds["Antal deltagare på prova-på-dagarna"].measure] == \
        "Prova-på-dagar i idrottshallen under loven"
    dated = inds["Andel nya familjer med egen bostad efter sex månader, %"]
    assert dated.measure is None
    assert goals[dated.goal] == "Varje ny familj har en egen bostad inom ett halvår efter flytten"
    assert not any("Milstolpe" in m.text for m in got.measures)


def test_milestone():
    assert milestone("◆ Milstolpe 2027: Andel deltagare, %.") == (None, "Andel deltagare, %")
    assert milestone("◆ Milstolpe efter steg 3: Antal kurser per år.") == ("3", "Antal kurser per år")
    assert milestone("Milstolparna rapporteras i bokslutet.") is None
    assert milestone("◆ Milstolpe: se ovan") is None


def test_a_partners_by_track_table_gives_each_step_of_the_track_its_partners():
    got = _roadmap()
    acts = {_sq(m.text).rstrip("."): m for m in got.measures}
    assert acts["Bostadsrådgivning på tre språk i servicepunkten"].partners == \
        ["Exempelby Bostäder Ab", "Röda Korset"]
    # the step's own responsible is no partner of it
    assert acts["Hyresgästkurs för nyinflyttade hushåll"].partners == ["Röda Korset"]
    assert acts["Prova-på-dagar i idrottshallen under loven"].partners == ["Exempelby IK", "Biblioteket"]
    assert acts["Hobbykort för nyinflyttade barn"].partners == ["Exempelby IK"]


# --- key actions in boxes, 'Övriga åtgärder', references by heading label -----------------------

def _key_actions():
    return _classify([
        _h("Integrationsprogram 2025–2028", 1),
        _h("Insatser", 2),
        _h("Område 1: Boende", 3),
        _p("Målsättning 2028: Nya invånare hittar en lämplig bostad under det första året."),
        _h("HUVUDÅTGÄRD 1", 4),
        _p("Bostadsguiden: en webbsida om hyresbostäder på fem språk"),
        _p("Ansvarig: Tekniska enheten"),
        _p("Samarbete: Exempelby Bostäder Ab"),
        _p("Tidtabell: hösten 2026"),
        _p("Kostnad: 4 000 € per år"),
        _p("Övriga åtgärder:"),
        _b("Hyresgästkurs för nya hushåll (bostadsbolaget, 2027)"),
        _h("Område 2: Fritid", 3),
        _p("Målsättning 2028: Barn och unga med utländsk bakgrund har en regelbunden hobby."),
        _h("HUVUDÅTGÄRD 2", 4),
        _p("Hobbykort för alla nyinflyttade barn"),
        _p("Ansvarig: Fritidsenheten"),
        _p("Samarbete: –"),
        _p("Tidtabell: 2026–2028"),
        _p("Övriga åtgärder: ungdomsgårdarna följer sin egen verksamhetsplan, som uppdateras 2026."),
        _h("Bilaga. Indikatorer", 2),
        _t(["Nr", "Indikator", "Följer upp", "Källa"],
           [["1", "Antal besök på bostadsguiden per år", "Huvudåtgärd 1", "webbstatistik"],
            ["2", "Andel nya invånare med egen bostad efter ett år", "Område 1", "enkät"],
            ["3", "Antal utdelade hobbykort", "Huvudåtgärd 2", "fritidsenheten"],
            ["4", "Andel barn med en regelbunden hobby, %", "Område 2", "skolenkät"]],
           caption="Bilaga. Indikatorer"),
    ])


def test_the_first_line_of_a_box_titled_by_an_action_label_is_the_action_with_its_field_lines():
    got = _key_actions()
    acts = {_sq(m.text): m for m in got.measures}
    guide = acts["Bostadsguiden: en webbsida om hyresbostäder på fem språk"]
    assert guide.responsible == ["Tekniska enheten"]
    assert guide.partners == ["Exempelby Bostäder Ab"]
    assert guide.schedule == "hösten 2026"
    assert acts["Hobbykort för alla nyinflyttade barn"].schedule == "2026–2028"


def test_other_actions_after_a_box_are_no_field_of_its_action():
    got = _key_actions()
    texts = {_sq(m.text) for m in got.measures}
    assert "Hyresgästkurs för nya hushåll" in texts
    assert "Hobbykort för alla nyinflyttade barn" in texts
    assert not any("ungdomsgårdarna" in t for t in texts)
    assert _label_role("Övriga åtgärder") is None
    assert _label_role("Åtgärd") == "measure"
    assert fields("Övriga åtgärder: skolorna följer sina egna planer.") is None


def test_a_follow_up_column_naming_headings_refers_to_the_boxed_action_or_the_area_goal():
    got = _key_actions()
    acts = {m.id: _sq(m.text) for m in got.measures}
    goals = {g.id: _sq(g.text) for g in got.goals}
    inds = {_sq(i.text): i for i in got.indicators}
    assert acts[inds["Antal besök på bostadsguiden per år"].measure] == \
        "Bostadsguiden: en webbsida om hyresbostäder på fem språk"
    assert acts[inds["Antal utdelade hobbykort"].measure] == "Hobbykort för alla nyinflyttade barn"
    area = inds["Andel nya invånare med egen bostad efter ett år"]
    assert area.measure is None
    assert goals[area.goal] == "Nya invånare hittar en lämplig bostad under det första året"


def test_heading_references():
    secs = [Section(id="s1", heading="Område 1: Boende", level=3),
            Section(id="s2", parent="s1", heading="HUVUDÅTGÄRD 1", level=4),
            Section(id="s3", heading="Område 2: Fritid", level=3)]
    goals = [Goal(id="g1", text="Alla har en bostad", section="s1"),
             Goal(id="g2", text="Alla har en hobby", section="s3")]
    measures = [Measure(id="m1", text="Bostadsguiden", section="s2"),
                Measure(id="m2", text="Hyresgästkurs", section="s2")]
    assert heading_reference("Huvudåtgärd 1") == ("Huvudåtgärd", "1")
    assert heading_reference("Antal besök per år") is None
    assert referred_part(("Huvudåtgärd", "1"), secs, goals, measures) == (["m1"], None)
    assert referred_part(("Område", "2"), secs, goals, measures) == ([], "g2")
    assert referred_part(("Område", "3"), secs, goals, measures) is None
    rows = [["1", "Antal besök", "Huvudåtgärd 1"], ["Nr", "Indikator", "Följer upp"], ["2", "Andel", "Område 2"]]
    assert heading_reference_column(rows, {1: "indicator", 2: "indicator"}, secs,
                                    ["Nr", "Indikator", "Följer upp"]) == 2
    # a cell naming no heading of the document: no reference column
    rows[2][2] = "Område 7"
    assert heading_reference_column(rows, {1: "indicator", 2: "indicator"}, secs,
                                    ["Nr", "Indikator", "Följer upp"]) is None


def test_a_box_title_repeated_at_a_page_break_is_dropped():
    els = [Element(kind="heading", text="HUVUDÅTGÄRD 1", page=1, level=4),
           Element(kind="para", text="Bostadsguiden på fem språk", page=1),
           Element(kind="heading", text="HUVUDÅTGÄRD 1", page=2, level=4),
           Element(kind="para", text="Ansvarig: Tekniska enheten", page=2),
           # an unnumbered title printed twice titles two cards alike: kept
           Element(kind="heading", text="Åtgärd", page=2, level=4),
           Element(kind="para", text="Hobbykort", page=2),
           Element(kind="heading", text="Åtgärd", page=3, level=4),
           Element(kind="para", text="Läxhjälp", page=3)]
    kept = without_repeated_box_titles(els)
    assert [e.text for e in kept] == ["HUVUDÅTGÄRD 1", "Bostadsguiden på fem språk", "Ansvarig: Tekniska enheten",
                                      "Åtgärd", "Hobbykort", "Åtgärd", "Läxhjälp"]
    # the same title on the same page: two boxes, kept
    same_page = [Element(kind="heading", text="HUVUDÅTGÄRD 1", page=1, level=4),
                 Element(kind="para", text="A", page=1),
                 Element(kind="heading", text="HUVUDÅTGÄRD 1", page=1, level=4)]
    assert len(without_repeated_box_titles(same_page)) == 3

