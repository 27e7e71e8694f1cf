"""Eighty-ninth blind set (blind532–blind534) conventions, on made-up text: an action printed as
a heading opened by its label and number ('Insats 2. Kvällskurs …') over one line of bar-set
fields that first names the goal it serves by number ('Mål: 1 | Status: ny | Ansvarig: X |
…'); list items labelled by their status first ('Fortsätter: …', 'Avslutad: …'); a follow-up
table naming the theme chapter whose text states its goal and then narrows it; and a
'Bakgrund och syfte' chapter over a list of terms."""

from blocks_doc import classify_blocks as _classify, heading as _h, paragraph as _p, bullets as _b

from classifiers.change_markers import without_lead_revision_mark
from classifiers.ended_rows import ended_by_label
from classifiers.prose import heading_kind


def _sq(s):
    return " ".join(s.split())


def test_a_labelled_action_heading_over_a_field_line_opening_with_the_goal_number():
    x = _classify([
        _h("Mål", 1),
        _b("1. Boende: Nyinflyttade hittar en bostad", "2. Fritid: Barn har en hobby de trivs med"),
        _h("Insatser", 1),
        _h("Insats 1. Bostadsguide på flera språk", 3),
        _p("Mål: 1 | Status: ny | Ansvarig: Hyresbolaget | Samarbetspartner: Hyresgästföreningen | Tidtabell: 2027"),
        _p("Guiden delas ut vid inflyttningen."),
        _h("Insats 2. Kvällskurs för föräldrar", 3),
        _p("Mål: 2 | Status: fortsätter | Ansvarig: Fritidsbyrån | Samarbetspartner: – | Tidtabell: varje vår"),
        _h("Uppföljning", 1),
        _p("Programmet följs upp årligen."),
    ])
    g1, g2 = x.goals
    ms = {_sq(m.text).split(". ", 1)[-1]: m for m in x.measures}
    assert set(ms) == {"Bostadsguide på flera språk", "Kvällskurs för föräldrar"}
    # the label is no part of the action's text
    assert not any("Insats" in m.text for m in x.measures)
    guide, course = ms["Bostadsguide på flera språk"], ms["Kvällskurs för föräldrar"]
    assert (guide.goal, course.goal) == (g1.id, g2.id)
    assert guide.responsible == ["Hyresbolaget"] and guide.partners == ["Hyresgästföreningen"]
    assert guide.schedule == "2027"
    assert course.responsible == ["Fritidsbyrån"] and course.partners == [] and course.schedule == "varje vår"


def test_status_labels_opening_an_item():
    assert without_lead_revision_mark("Fortsätter: Läxhjälp i biblioteket") == "Läxhjälp i biblioteket"
    assert without_lead_revision_mark("Pågår: Läxhjälp i biblioteket") == "Läxhjälp i biblioteket"
    assert ended_by_label("• Avslutad: Sommarkurs – för få deltagare.")
    assert ended_by_label("Genomförd: Webbplatsen översattes")
    assert not ended_by_label("Ny: Sommarkurs för barn")
    assert not ended_by_label("Delvis genomförd: Sommarkurs")
    assert not ended_by_label("Sommarkurs för barn")


def test_items_labelled_as_ended_are_no_actions_and_going_on_is_no_part_of_the_text():
    x = _classify([
        _h("Tema 1: Fritid", 1),
        _p("Målet är att alla barn har en hobby de trivs med."),
        _p("Insatser under perioden:"),
        _b("Ny: Hobbymässa i idrottshallen varje höst (ansvar: fritidsbyrån).",
           "Fortsätter: Simskola för barn som flyttat hit (ansvar: simhallen)."),
        _h("Avslutade insatser", 1),
        _p("Följande insatser har avslutats:"),
        _b("Avslutad: Sommarläger för unga – för få anmälda.",
           "Avslutad: Filmklubb – ersätts av bibliotekets program."),
    ])
    texts = [_sq(m.text) for m in x.measures]
    assert texts == ["Hobbymässa i idrottshallen varje höst", "Simskola för barn som flyttat hit"]


def test_a_theme_cell_names_the_goal_its_chapter_states_first():
    x = _classify([
        _h("Tema 1: Arbete", 1),
        _p("Målet är att fler invandrare har ett arbete som motsvarar deras utbildning."),
        _p("Insatser:"),
        _b("Ny: Arbetsgivarträffar två gånger om året (ansvar: näringslivsbyrån)."),
        _h("Tema 2: Språk och skola", 1),
        _p("Målet är att alla vuxna kan lära sig svenska nära hemmet. "
           "För barnen är målet att de kan svenska när de börjar skolan."),
        _p("Insatser:"),
        _b("Ny: Kvällskurser i byskolorna (ansvar: medborgarinstitutet)."),
        _h("Uppföljning", 1),
        {"type": "table", "caption": "Indikatorer", "columns": ["Tema", "Indikator", "Utgångsläge 2024", "Målvärde 2028"],
         "rows": [["Arbete", "Antal deltagare i arbetsgivarträffarna", "–", "40"],
                  ["Språk och skola", "Antal vuxna i kvällskurserna", "20", "50"],
                  ["Språk och skola", "Andelen barn som kan svenska vid skolstarten", "60 %", "80 %"]]},
    ])
    # the chapter's name in the table is no goal of its own
    assert not any(_sq(g.text) == "Språk och skola" for g in x.goals)
    first = next(g for g in x.goals if g.text.startswith("Målet är att alla vuxna"))
    inds = {i.text.split()[1]: i for i in x.indicators}
    assert inds["vuxna"].goal == first.id


def test_a_chapter_of_background_and_purpose_announces_no_goals():
    assert heading_kind("1. BAKGRUND OCH SYFTE") is None
    assert heading_kind("Syfte och bakgrund") is None
    assert heading_kind("Tausta ja tarkoitus") is None
    # the purpose alone, or the programme's purpose and goals, still heads goals
    assert heading_kind("Syfte") == "goal"
    assert heading_kind("Programmets syfte och mål") == "goal"
    x = _classify([
        _h("1. BAKGRUND OCH SYFTE", 1),
        _b("ny – åtgärden ingick inte i det föregående programmet",
           "fortsätter – åtgärden fortsätter i samma form"),
    ])
    assert x.goals == []
