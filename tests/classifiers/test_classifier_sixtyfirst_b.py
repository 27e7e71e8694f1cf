"""Sixty-first blind set, reader b (blind362, blind363) conventions, on made-up text: a goal
section's paragraph naming its area first, subject and verb inverted ('Inom området boende
strävar vi efter att …'); ..."""

from blocks_doc import bullets as _b, classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers.council_decision import listed_area_goal
from classifiers.elements import document_elements
from extractors.model import BBox, Line
from normalizers.model import NormalizedDocument, NormalizedPage
from classifiers.prose import goal_clause, is_goal_sentence, states_in_own_voice


# ---- 'Inom området X strävar vi efter att Y': the own-voice aim after a fronted adverbial ----

def test_fronted_adverbial_before_the_inverted_aim():
    for s in ("Inom området boende strävar vi efter att alla nya invånare ska hitta en bostad.",
              "I Norrköpinge vill vi att alla barn ska gå i förskola.",
              "Under perioden strävar kommunen efter att väntetiden till kurserna halveras.",
              "För barn och unga lovar vi att ingen ska stå utan skolplats."):
        assert is_goal_sentence(s) and states_in_own_voice(s), s
    assert goal_clause("Inom området boende strävar vi efter att alla nya invånare ska hitta en bostad."
                       ).startswith("alla nya invånare ska hitta en bostad")
    # a means ('För att …'), a comma in the adverbial, the writers turning to the reader, and
    # 'vill vi' without a content clause are no such aim
    for s in ("För att nå målet strävar vi efter att ordna fler kurser.",
              "Inom området, som är brett, strävar vi efter att alla får arbete.",
              "I det här kapitlet vill vi beskriva hur arbetet har gått.",
              "Inom området idrott vill vi samarbeta med föreningarna."):
        assert not is_goal_sentence(s), s


def test_area_sections_stating_their_aims_inverted():
    ex = _classify([
        _h("2 Målsättningar", 2),
        _h("Boende", 3),
        _p("Inom området boende strävar vi efter att alla nya invånare ska hitta en bostad. "
           "Bristen på hyresbostäder är stor."),
        _h("Hälsa", 3),
        _p("Inom området hälsa strävar vi efter att alla ska veta var de får vård. "
           "Välfärdsområdet sköter vården."),
    ])
    clauses = sorted((g.clause or g.text).rstrip(".") for g in ex.goals)
    assert clauses == ["alla nya invånare ska hitta en bostad", "alla ska veta var de får vård"]
    assert sorted(g.theme for g in ex.goals) == ["Boende", "Hälsa"]


# ---- 'Boende:' / '• antal …': a follow-up listing its meters per area, by the goal's theme ----

def _area_follow_up_doc(label_b="Hälsa och välmående:"):
    return _classify([
        _h("3 Målsättningar", 2),
        _h("Boende", 3),
        _p("Inom området boende strävar vi efter att alla nya invånare ska hitta en bostad. Bristen är stor."),
        _h("Hälsa och välmående", 3),
        _p("Inom området hälsa och välmående strävar vi efter att alla ska veta var de får vård. "
           "Vården sköts av andra."),
        _h("4 Åtgärder", 2),
        {"type": "table", "caption": "Tabell 1. Åtgärder", "columns": ["Område", "Åtgärd", "Ansvar", "Tidtabell"],
         "rows": [["Boende", "Öppna en bostadsförmedling", "Tekn", "2026"],
                  ["Hälsa och välmående", "Dela ut en hälsoguide", "Soc", "2027"]]},
        _h("5 Uppföljning", 2),
        _p("Kommunstyrelsen följer upp programmet varje år. För uppföljningen används följande mätare per område."),
        _p("Boende:"),
        _b("antal hyresbostäder för nyinflyttade", "väntetid till bostad"),
        _p(label_b),
        _b("andel som vet var de får vård"),
    ])


def test_follow_up_labelled_by_the_goals_themes():
    ex = _area_follow_up_doc()
    theme_of = {g.id: g.theme for g in ex.goals}
    got = sorted((i.text, theme_of.get(i.goal), i.measure) for i in ex.indicators)
    assert got == [("andel som vet var de får vård", "Hälsa och välmående", None),
                   ("antal hyresbostäder för nyinflyttade", "Boende", None),
                   ("väntetid till bostad", "Boende", None)]


def test_a_label_naming_no_goals_theme_is_left():
    ex = _area_follow_up_doc("Övrigt:")
    assert "andel som vet var de får vård" not in {i.text for i in ex.indicators if i.goal}


# ---- 'A. Arbete: …' lettered goals, actions coded 'A1', 'B2' after their goal's letter --------

def test_lettered_area_goal_item():
    got = listed_area_goal("B. Barn och familjer: Barnfamiljer får stöd i vardagen.")
    assert got is not None and (got.number, got.area, got.text) == ("B", "Barn och familjer",
                                                                     "Barnfamiljer får stöd i vardagen")
    assert listed_area_goal("C) Hälsa: Alla vet var de får vård.").number == "C"
    # a sentence with a colon of its own is no area
    assert listed_area_goal("A. Vi vill att alla ska kunna delta fullt ut i samhället: nu och sen.") is None


def _lettered_doc(codes=("A1", "A2", "B1")):
    return _classify([
        _h("3 Mål", 2),
        _p("Vi har ställt upp två mål:"),
        _b("A. Boende: Nya invånare hittar en bostad snabbt.",
           "B. Hälsa: Alla nya invånare vet var de får vård."),
        _h("4 Åtgärder", 2),
        {"type": "table", "caption": "Tabell 2. Åtgärder",
         "columns": ["Nr", "Åtgärd", "Ansvarig", "Tidtabell"],
         "rows": [[codes[0], "Öppna en bostadsförmedling för nyinflyttade", "Tekniska sektorn", "2026"],
                  [codes[1], "Ordna visningar av hyresbostäder", "Bostadsbolaget", "2027"],
                  [codes[2], "Dela ut en hälsoguide på tio språk", "Hälsovårdsenheten", "2027"]]},
        _h("5 Uppföljning", 2),
        {"type": "table", "caption": "Tabell 3. Mätare", "columns": ["Mätare", "Åtgärd", "Mål"],
         "rows": [["Antal förmedlade bostäder", codes[0], "A"],
                  ["Andel nyinflyttade som bor trångt", "–", "A"],
                  ["Antal utdelade hälsoguider", codes[2], "B"]]},
    ])


def test_actions_coded_by_their_goals_letter():
    ex = _lettered_doc()
    goal_of = {g.id: g.text for g in ex.goals}
    assert sorted(goal_of.values()) == ["Alla nya invånare vet var de får vård", "Nya invånare hittar en bostad snabbt"]
    assert sorted(g.theme for g in ex.goals) == ["Boende", "Hälsa"]
    links = {m.text.replace("\n", " "): goal_of.get(m.goal) for m in ex.measures}
    assert links == {"Öppna en bostadsförmedling för nyinflyttade": "Nya invånare hittar en bostad snabbt",
                     "Ordna visningar av hyresbostäder": "Nya invånare hittar en bostad snabbt",
                     "Dela ut en hälsoguide på tio språk": "Alla nya invånare vet var de får vård"}
    measure_of = {m.id: " ".join(m.text.split()) for m in ex.measures}
    got = {i.text: (measure_of.get(i.measure), goal_of.get(i.goal)) for i in ex.indicators}
    assert got == {"Antal förmedlade bostäder": ("Öppna en bostadsförmedling för nyinflyttade",
                                                 "Nya invånare hittar en bostad snabbt"),
                   "Andel nyinflyttade som bor trångt": (None, "Nya invånare hittar en bostad snabbt"),
                   "Antal utdelade hälsoguider": ("Dela ut en hälsoguide på tio språk",
                                                  "Alla nya invånare vet var de får vård")}


def test_dotted_lettered_codes_too():
    ex = _lettered_doc(("A.1", "A.2", "B.1"))
    goal_of = {g.id: g.text for g in ex.goals}
    assert goal_of.get(ex.measures[2].goal) == "Alla nya invånare vet var de får vård"


def test_action_cells_opening_with_their_lettered_code():
    ex = _classify([
        _h("3 Mål", 2),
        _b("A. Boende: Nya invånare hittar en bostad snabbt.", "B. Hälsa: Alla nya invånare vet var de får vård."),
        _h("4 Åtgärder", 2),
        {"type": "table", "caption": "Tabell 2. Åtgärder", "columns": ["Åtgärd", "Ansvarig", "Tidtabell"],
         "rows": [["A1 Öppna en bostadsförmedling", "Tekniska sektorn", "2026"],
                  ["B1 Dela ut en hälsoguide", "Hälsovårdsenheten", "2027"]]},
    ])
    goal_of = {g.id: g.text for g in ex.goals}
    assert [goal_of.get(m.goal) for m in ex.measures] == ["Nya invånare hittar en bostad snabbt",
                                                         "Alla nya invånare vet var de får vård"]


# ---- '2.1 –' over 'Mätare: …': a record numbered N.M keyed by a dash ends its line ------------

def _line(text, y, x1, x0=61):
    return Line(text=text, bbox=BBox(x0=x0, y0=y, x1=x1, y1=y + 10), font_size=10.0)


def test_dotted_record_keyed_by_a_dash_ends_its_line():
    page = NormalizedPage(page_no=1, width=595, height=842, items=[
        _line("1.1 K2", 100, 95),
        _line("Mätare: Antal deltagare i kvällskursen", 113, 260, x0=75),
        _line("2.1 –", 126, 85),
        _line("Mätare: Andel som känner sig hemma (enkät)", 139, 280, x0=75),
        _line("3.1 L1", 152, 95),
        _line("Mätare: Antal utlånade böcker", 165, 260, x0=75),
    ])
    els = document_elements(NormalizedDocument(source_file="t.pdf", sha256="0", kind="pdf", pages=[page]))
    texts = [e.text for e in els]
    assert "2.1 –" in texts
    assert texts[texts.index("2.1 –") + 1] == "Mätare: Andel som känner sig hemma (enkät)"
