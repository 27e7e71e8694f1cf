"""Goal fallbacks (`goal_fallbacks`), on made-up programmes whose goal lines no convention of
the reader knows: banner lines 'STRÄVAN 1  …' and dash-labelled lines 'Målsättning – …'
over small action tables, so the reader finds the actions but no goal to link them to;
headings over lists of actions with a dated target sentence under each; and, on made-up
elements, actions naming their goal's number, target headlines ('70 % av …') and actions
linked to no goal in a goal's scope."""

from types import SimpleNamespace

from blocks_doc import bullets as _b, classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers import classify_document, goal_fallbacks
from classifiers.elements import Element
from classifiers.goal_fallbacks import label_line_goal
from classifiers.model import Goal, Measure
from extractors.model import Table


def _t(columns, rows, caption=None):
    return {"type": "table", "caption": caption, "columns": columns, "rows": rows}


def _programme(first: str, second: str):
    return [
        _h("Integrationsprogram för Exempelby 2025–2028", 1),
        _p("Programmet har beretts av en arbetsgrupp under våren 2025."),
        _h("1 Språk", 2),
        _p(first + "Alla vuxna nya invånare kan använda svenska i vardagen."),
        _t(["Insats", "Vem", "När"], [
            ["Kvällskurser i svenska för nybörjare", "Medborgarinstitutet", "2025–2028"],
            ["Språkcafé på biblioteket varje vecka", "Biblioteket", "Från 2026"],
        ]),
        _h("2 Fritid", 2),
        _p(second + "Fler nya invånare deltar i föreningslivet."),
        _t(["Insats", "Vem", "När"], [
            ["Bidrag till föreningar som tar emot nya medlemmar", "Fritidsnämnden", "Årligen"],
        ]),
        _h("3 Uppföljning", 2),
        _p("Programmet följs upp årligen i samband med bokslutet."),
    ]


def _check_label_lines(monkeypatch, first: str, second: str) -> None:
    out = _classify(_programme(first, second))
    goals = {g.id: g for g in out.goals}
    assert [g.text for g in goals.values()] == [
        "Alla vuxna nya invånare kan använda svenska i vardagen",
        "Fler nya invånare deltar i föreningslivet"]
    # the theme is the heading the goal line stands under, without its number
    assert [g.theme for g in goals.values()] == ["Språk", "Fritid"]
    by_goal = {}
    for m in out.measures:
        by_goal.setdefault(goals[m.goal].theme, []).append(" ".join(m.text.split()))
    assert by_goal == {
        "Språk": ["Kvällskurser i svenska för nybörjare", "Språkcafé på biblioteket varje vecka"],
        "Fritid": ["Bidrag till föreningar som tar emot nya medlemmar"]}
    # without the fallback the actions are read and the goal lines are not: the last
    # fallback takes the headings over the actions ('1 Språk') as their goals, and since the
    # sixty-third set the one sentence standing alone between each heading and its actions
    # replaces the heading's words (`goal_fallbacks._unlabelled_goal_sentences`, its label
    # cut as here); with that one off too, the headings stay the goals
    monkeypatch.setattr(goal_fallbacks, "goals_from_label_lines", lambda built, elements: None)
    out = _classify(_programme(first, second))
    assert len(out.measures) == 3
    assert [(g.text, g.theme) for g in out.goals] == [
        ("Alla vuxna nya invånare kan använda svenska i vardagen", "Språk"),
        ("Fler nya invånare deltar i föreningslivet", "Fritid")]
    monkeypatch.setattr(goal_fallbacks, "_unlabelled_goal_sentences", lambda built, elements, made: {})
    out = _classify(_programme(first, second))
    assert [g.text for g in out.goals] == ["1 Språk", "2 Fritid"]


def test_numbered_banner_lines_are_the_goals(monkeypatch):
    _check_label_lines(monkeypatch, "STRÄVAN 1  ", "STRÄVAN 2  ")


def test_dash_labelled_lines_are_the_goals(monkeypatch):
    _check_label_lines(monkeypatch, "Målsättning – ", "Målsättning – ")


def test_label_line_goal_needs_a_label_and_its_separator():
    assert label_line_goal("Önskat resultat: Fler får arbete som motsvarar deras kompetens.") == \
        "Fler får arbete som motsvarar deras kompetens"
    assert label_line_goal("MÅL 3  Alla barn klarar sig bra i skolan") == "Alla barn klarar sig bra i skolan"
    # a sentence about goals, a label with no goal after it, and a heading naming goals are none
    assert label_line_goal("Målet är att alla ska få arbete.") is None
    assert label_line_goal("Mål: se ovan") is None
    assert label_line_goal("Mål och åtgärder") is None


# ---- the fallbacks on their own, on made-up elements and a made-up reading of them: the
# layouts below are ones the reader now knows, so through `classify` they never reach the
# fallbacks; here the reading is given as a layout no rule knows would leave it


def _el(kind: str, text: str, level: int = 0) -> Element:
    return Element(kind=kind, text=text, level=level)


def _built(goals=(), measures=()):
    return SimpleNamespace(goals=list(goals), measures=list(measures), indicators=[])


def test_measures_naming_a_goal_number_are_linked_to_it():
    elements = [
        _el("heading", "2 Programmets mål", 2),
        _el("bullet", "• Mål 1. Nya invånare får arbete som motsvarar deras utbildning."),
        _el("bullet", "• Mål 2. Alla barn lär sig svenska i småbarnspedagogiken."),
        _el("heading", "3 Åtgärder per år", 2),
        _el("heading", "2025", 3),
        _el("bullet", "• Kvällskurser i svenska för föräldrar [Mål 2]. Ansvar: bildningsväsendet."),
        _el("bullet", "• Mentorer för högutbildade arbetssökande [Mål 1]. Ansvar: näringslivsenheten."),
    ]
    goals = [Goal(id="g1", text="Nya invånare får arbete som motsvarar deras utbildning"),
             Goal(id="g2", text="Alla barn lär sig svenska i småbarnspedagogiken")]
    # the reading linked every action to every goal: the links tell no goal apart
    measures = [Measure(id="m1", text="Kvällskurser i svenska för föräldrar", goal="g1", goals=["g1", "g2"]),
                Measure(id="m2", text="Mentorer för högutbildade arbetssökande", goal="g1", goals=["g1", "g2"])]
    built = _built(goals, measures)
    goal_fallbacks.link_measures_by_goal_number(built, elements)
    assert [(m.goal, m.goals) for m in built.measures] == [("g2", ["g2"]), ("g1", ["g1"])]


def test_target_headlines_are_goals_over_the_actions_under_them():
    elements = [
        _el("heading", "Programmets mål 2028", 2),
        _el("heading", "Arbete", 3),
        _el("heading", "70 % av invånarna med utländsk bakgrund i arbetsför ålder har arbete år 2028", 4),
        _el("para", "År 2024 var andelen 58 %."),
        _el("bullet", "• → Mentorer för högutbildade arbetssökande (näringslivsenheten, 2025–2027)"),
        _el("heading", "Språk", 3),
        _el("heading", "80 % av de nyanlända har börjat en kurs i svenska inom en månad", 4),
        _el("bullet", "• → Språkcafé varje vecka på biblioteket (biblioteket, 2025–2028)"),
        # a share opening a paragraph is a figure of the background, no goal
        _el("para", "58 % av de nyanlända väntade mer än två månader år 2024."),
    ]
    measures = [Measure(id="m1", text="Mentorer för högutbildade arbetssökande"),
                Measure(id="m2", text="Språkcafé varje vecka på biblioteket")]
    built = _built((), measures)
    goal_fallbacks.goals_from_label_lines(built, elements)
    assert [(g.text, g.theme) for g in built.goals] == [
        ("70 % av invånarna med utländsk bakgrund i arbetsför ålder har arbete år 2028", "Arbete"),
        ("80 % av de nyanlända har börjat en kurs i svenska inom en månad", "Språk")]
    assert [m.goal for m in built.measures] == [g.id for g in built.goals]


def test_unlinked_measures_take_the_goal_whose_scope_holds_them():
    elements = [
        _el("heading", "1 Språk", 2),
        _el("para", "Vi vill att alla vuxna nya invånare kan använda svenska i vardagen."),
        _el("bullet", "• Kvällskurser i svenska för nybörjare (medborgarinstitutet)"),
        _el("heading", "2 Fritid", 2),
        _el("para", "Vi vill att fler nya invånare deltar i föreningslivet."),
        _el("bullet", "• Bidrag till föreningar som tar emot nya medlemmar (fritidsnämnden)"),
        _el("heading", "3 Arbetsgruppen", 2),
        _el("bullet", "• Handledning i föreningarnas styrelsearbete (fritidsnämnden)"),
    ]
    goals = [Goal(id="g1", text="Vi vill att alla vuxna nya invånare kan använda svenska i vardagen"),
             Goal(id="g2", text="Vi vill att fler nya invånare deltar i föreningslivet")]
    measures = [Measure(id="m1", text="Kvällskurser i svenska för nybörjare"),
                Measure(id="m2", text="Bidrag till föreningar som tar emot nya medlemmar"),
                Measure(id="m3", text="Handledning i föreningarnas styrelsearbete")]
    built = _built(goals, measures)
    goal_fallbacks.link_measures_by_scope(built, elements)
    # the third stands under a heading closing the second goal's scope: no goal of its own
    assert [m.goal for m in built.measures] == ["g1", "g2", None]


def test_key_value_tables_state_their_goal_in_the_goal_row():
    def table(goal: str) -> Element:
        rows = [["", ""], ["Målsättning", goal], ["Läget i dag", "Många arbetar under sin utbildningsnivå."],
                ["Följs upp med", "antal kursdeltagare"]]
        return Element(kind="table", table=Table(rows=rows))

    elements = [
        _el("heading", "3 Mål", 2),
        _el("heading", "3.1 Arbete", 3),
        _el("heading", "Målsättning 1", 4),  # a caption numbering the goal: no theme
        table("Inflyttade har arbete som motsvarar deras kompetens"),
        _el("heading", "3.2 Språk", 3),
        _el("heading", "Målsättning 2", 4),
        table("Alla vuxna kan lära sig svenska nära hemmet"),
        _el("heading", "Bilaga 1. Åtgärder per aktör", 2),
        _el("bullet", "• Kvällskurs i svenska i byskolan (målsättning 2, 2026)"),
        _el("bullet", "• Arbetsmarknadsinfo två gånger per år (målsättning 1, 2025–2028)"),
    ]
    measures = [Measure(id="m1", text="Kvällskurs i svenska i byskolan"),
                Measure(id="m2", text="Arbetsmarknadsinfo två gånger per år")]
    built = _built((), measures)
    goal_fallbacks.fill_goals(built, elements)
    assert [(g.text, g.theme) for g in built.goals] == [
        ("Inflyttade har arbete som motsvarar deras kompetens", "Arbete"),
        ("Alla vuxna kan lära sig svenska nära hemmet", "Språk")]
    # the appendix's actions name the goal by the number its caption gives it
    assert [m.goal for m in built.measures] == [built.goals[1].id, built.goals[0].id]


def _headed_commitments():
    return [
        _h("Integrationsprogram för Exempelby 2025–2028", 1),
        _p("Programmet har beretts av en arbetsgrupp under våren 2025."),
        _h("Våra åtaganden", 2),
        _h("Åtagande 1: Trygg start", 3),
        _p("Senast 2028 har varje ny familj en trygg start i Exempelby."),
        _p("Så gör vi:"),
        _b("Välkomstsamtal för alla nya familjer inom en månad (integrationsenheten, 2025–2028)",
           "Familjeguider som hjälper med blanketter och tidsbokningar (välfärdsområdet, från 2026)"),
        _h("Åtagande 2: Arbete", 3),
        _p("Till år 2027 får fler nya invånare arbete inom två år."),
        _p("Så gör vi:"),
        _b("Rekryteringsdagar för företag och arbetssökande (näringslivsenheten, årligen)",
           "Mentorer för högutbildade arbetssökande (arbetskraftsservicen, 2025–2027)"),
        _h("Uppföljning", 2),
        _p("Programmet följs upp årligen."),
    ]


def test_heading_over_actions_is_their_goal_stated_by_the_sentence_under_it(monkeypatch):
    out = _classify(_headed_commitments())
    goals = {g.id: g for g in out.goals}
    assert [(g.text, g.theme) for g in goals.values()] == [
        ("Senast 2028 har varje ny familj en trygg start i Exempelby", "Trygg start"),
        ("Till år 2027 får fler nya invånare arbete inom två år", "Arbete")]
    assert [goals[m.goal].theme for m in out.measures] == ["Trygg start", "Trygg start", "Arbete", "Arbete"]
    # without the sentence rule the goals are the headings' words
    monkeypatch.setattr(classify_document, "goal_sentences_under_headings", lambda *args: None)
    assert [g.text for g in _classify(_headed_commitments()).goals] == [
        "Åtagande 1: Trygg start", "Åtagande 2: Arbete"]
    # and without the heading rule no goal at all: the actions are read, linked to none
    monkeypatch.setattr(classify_document, "goals_from_headings_over_measures", lambda *args: None)
    out = _classify(_headed_commitments())
    assert out.goals == [] and len(out.measures) == 4


def _memo():
    return [
        _h("Integrationsplan 2025–2027", 1),
        _p("Till: kommunstyrelsen"),
        _p("Hej, här kommer planen efter remissen."),
        _p("PLANENS PUNKTER"),
        _p("1. Nya invånare hittar arbete snabbare 1.a Arbetsgivarträffar två gånger per år – ansvar: "
           "näringslivschefen, tid: 2025–2027 1.b Praktikplatser i kommunens kök och daghem – ansvar: "
           "personalchefen, tid: 2026 → mäts: antal praktikanter"),
        _p("2. Alla barn trivs i skolan 2.a Läxhjälp på biblioteket två kvällar i veckan – ansvar: "
           "biblioteket, tid: 2025"),
        _p("Hör av er om något saknas. /Kim"),
    ]


def test_outline_points_are_goals_and_their_sub_points_actions(monkeypatch):
    out = _classify(_memo())
    goals = {g.id: g for g in out.goals}
    # the theme: the line in capitals titling the points (a memo has no headings)
    assert [(g.text, g.theme) for g in goals.values()] == [
        ("Nya invånare hittar arbete snabbare", "PLANENS PUNKTER"), ("Alla barn trivs i skolan", "PLANENS PUNKTER")]
    assert [(m.text, goals[m.goal].text[:8], m.responsible, m.schedule) for m in out.measures] == [
        ("Arbetsgivarträffar två gånger per år", "Nya invå", ["näringslivschefen"], "2025–2027"),
        # the follow-up line closing the point is no part of its last action
        ("Praktikplatser i kommunens kök och daghem", "Nya invå", ["personalchefen"], "2026"),
        ("Läxhjälp på biblioteket två kvällar i veckan", "Alla bar", ["biblioteket"], "2025")]
    monkeypatch.setattr(goal_fallbacks, "goals_and_actions_of_outline_points", lambda built, elements: None)
    out = _classify(_memo())
    assert out.goals == [] and out.measures == []


def test_goal_read_elsewhere_that_the_goal_lines_leave_empty_is_dropped():
    elements = [
        _el("heading", "2 Hur läser jag programmet?", 2),
        _el("para", "Varje tema innehåller ett önskat resultat och en tabell över det som ska göras."),
        _el("heading", "3 Välkomnande", 2),
        _el("para", "Önskat resultat: Nyinflyttade får ett personligt välkomnande."),
        _el("bullet", "• Välkomstsamtal för alla nyinflyttade (integrationsenheten)"),
        _el("heading", "4 Arbete", 2),
        _el("para", "Önskat resultat: Fler invandrare får arbete som motsvarar deras kompetens."),
        _el("bullet", "• Mentorprogram för arbetssökande (arbetskraftsservicen)"),
    ]
    # the reading took the reading guide's sentence for the goal of every action
    guide = Goal(id="g1", text="Varje tema innehåller ett önskat resultat och en tabell över det som ska göras")
    measures = [Measure(id="m1", text="Välkomstsamtal för alla nyinflyttade", goal="g1", goals=["g1"]),
                Measure(id="m2", text="Mentorprogram för arbetssökande", goal="g1", goals=["g1"])]
    built = _built([guide], measures)
    goal_fallbacks.goals_from_label_lines(built, elements)
    assert [(g.text, g.theme) for g in built.goals] == [
        ("Nyinflyttade får ett personligt välkomnande", "Välkomnande"),
        ("Fler invandrare får arbete som motsvarar deras kompetens", "Arbete")]
    assert [m.goal for m in built.measures] == [g.id for g in built.goals]


def test_outline_points_read_beside_a_stray_action_and_not_twice():
    elements = [
        _el("para", "PLANENS PUNKTER"),
        _el("bullet", "1. Nya invånare hittar arbete snabbare 1.a Arbetsgivarträffar två gånger per år – "
                      "ansvar: näringslivschefen, tid: 2025 1.b Praktikplatser i kommunens kök – ansvar: personalchefen"),
        _el("bullet", "2. Alla barn trivs i skolan 2.a Läxhjälp på biblioteket två kvällar i veckan – ansvar: biblioteket"),
    ]
    # the reading took a stray line for an action, and one sub-point already: no goal
    measures = [Measure(id="m1", text="Exempelby 2025–2027"), Measure(id="m2", text="Läxhjälp på biblioteket två kvällar i veckan")]
    built = _built((), measures)
    goal_fallbacks.goals_and_actions_of_outline_points(built, elements)
    assert [g.text for g in built.goals] == ["Nya invånare hittar arbete snabbare", "Alla barn trivs i skolan"]
    assert [(m.id, m.text, m.goal) for m in built.measures] == [
        ("m1", "Exempelby 2025–2027", None), ("m2", "Läxhjälp på biblioteket två kvällar i veckan", "g2"),
        ("m3", "Arbetsgivarträffar två gånger per år", "g1"), ("m4", "Praktikplatser i kommunens kök", "g1")]


def _maturity_themes():
    # each theme heading over a one-row maturity table (now | target level | vision), or, where
    # the model is not used, a paragraph stating the target level on a run-in label
    def table(rows):
        return Element(kind="table", page=2, table=Table(rows=rows, header_rows=1), pages=[2] * len(rows))
    return [
        Element(kind="heading", text="1. Språk", level=2, page=2),
        table([["Nivå 1 – nuläge 2025", "Nivå 2 – målnivå 2028", "Nivå 3 – vision"],
               ["Kurser finns bara i staden", "Varje vuxen inflyttad kan gå en kurs i svenska i byn",
                "Alla talar svenska"]]),
        Element(kind="para", text="För att nå nivå 2 gör vi följande:", page=2),
        Element(kind="heading", text="2. Samordning", level=2, page=3),
        Element(kind="para", text="Här använder vi inte modellen. Målnivå 2028: Integrationsarbetet har en "
                                  "egen samordnare och en budget. Tabellen visar kostnaderna.", page=3),
    ]


def test_goal_made_of_a_heading_is_the_target_level_stated_under_it():
    made = [Goal(id="g1", text="1. Språk", page=2), Goal(id="g2", text="2. Samordning", page=3)]
    built = _built(made)
    goal_fallbacks.goal_sentences_under_headings(built, _maturity_themes(), {"g1", "g2"})
    assert [(g.text, g.theme) for g in built.goals] == [
        ("Varje vuxen inflyttad kan gå en kurs i svenska i byn", "Språk"),
        ("Integrationsarbetet har en egen samordnare och en budget", "Samordning")]
    # a goal the reading stated itself is left as it is
    built = _built([Goal(id="g1", text="1. Språk", page=2)])
    goal_fallbacks.goal_sentences_under_headings(built, _maturity_themes(), set())
    assert [g.text for g in built.goals] == ["1. Språk"]


def _letter_themes():
    # a programme written as a letter: each theme heading opens with the problem in a
    # paragraph, then labels its goal in a clause ('Det vi vill nå: …'), then the actions table
    def table(rows):
        return Element(kind="table", page=2, table=Table(rows=rows, header_rows=1), pages=[2] * len(rows))
    return [
        Element(kind="heading", text="Tema 1: Bostäder", level=1, page=2),
        Element(kind="para", text="Det är svårt att hitta en hyresbostad i byn. Många flyttar därför vidare.", page=2),
        Element(kind="para", text="Det vi vill nå: Varje ny familj hittar en bostad inom tre månader.", page=2),
        table([["Åtgärd", "Ansvarig"], ["Bostadsrådgivning för nya familjer", "bostadssekreteraren"]]),
        Element(kind="heading", text="Tema 2: Fritid", level=1, page=3),
        Element(kind="para", text="Föreningarna är många men svåra att hitta.", page=3),
        table([["Åtgärd", "Ansvarig"], ["Föreningsmässa varje höst", "fritidssekreteraren"]]),
        Element(kind="para", text="Vad vi vill uppnå: Alla barn har en fritidshobby inom ett år.", page=3),
    ]


def test_goal_made_of_a_heading_is_the_goal_labelled_further_down_its_running_text():
    made = [Goal(id="g1", text="Tema 1: Bostäder", page=2), Goal(id="g2", text="Tema 2: Fritid", page=3)]
    built = _built(made)
    goal_fallbacks.goal_sentences_under_headings(built, _letter_themes(), {"g1", "g2"})
    # the labelled sentence two paragraphs down is the goal; a label after the heading's
    # actions (past its running text) is not read
    assert [(g.text, g.theme) for g in built.goals] == [
        ("Varje ny familj hittar en bostad inom tre månader", "Bostäder"), ("Tema 2: Fritid", None)]
    assert goal_fallbacks.labelled_goal_in_heading_text("Tema 2: Fritid", _letter_themes()) is None


def _mostly_bare_headings():
    # five headings over their actions; two of them have a plain sentence between the heading
    # and the first action, the other three go straight into their actions
    els = []
    for k, (name, said) in enumerate([("Bostäder", "Hyrorna i centrum har stigit snabbt under de senaste åren."),
                                      ("Fritid", None), ("Skola", None),
                                      ("Hälsa", "Väntetiderna till hälsocentralen är längre än i grannkommunerna."),
                                      ("Arbete", None)], start=1):
        els.append(Element(kind="heading", text=f"Tema {k}: {name}", level=2, page=k))
        if said:
            els.append(Element(kind="para", text=said, page=k))
        els.append(Element(kind="para", text=f"Åtgärd {k}.1: Rådgivning om {name.lower()} för nya invånare", page=k))
    return els


def test_sentence_under_a_few_of_many_bare_goal_headings_explains_them():
    els = _mostly_bare_headings()
    names = ["Bostäder", "Fritid", "Skola", "Hälsa", "Arbete"]
    made = [Goal(id=f"g{k}", text=f"Tema {k}: {n}", page=k) for k, n in enumerate(names, start=1)]
    acts = [Measure(id=f"m{k}", text=f"Rådgivning om {n.lower()} för nya invånare", goal=f"g{k}", goals=[f"g{k}"])
            for k, n in enumerate(names, start=1)]
    built = _built(made, acts)
    goal_fallbacks.goal_sentences_under_headings(built, els, {g.id for g in made})
    # most headings go straight into their actions: the headings are the goals, the two
    # sentences under the others explain them
    assert [g.text for g in built.goals] == [f"Tema {k}: {n}" for k, n in enumerate(names, start=1)]
    # where the sentences stand under most of the headings, they are the goals
    built = _built([made[0], made[1], made[3]], [acts[0], acts[1], acts[3]])
    els = [e for e in els if not (e.kind == "heading" and e.text.startswith(("Tema 3", "Tema 5")))]
    els = [e for e in els if not e.text.startswith(("Åtgärd 3", "Åtgärd 5"))]
    goal_fallbacks.goal_sentences_under_headings(built, els, {"g1", "g2", "g4"})
    assert [g.text for g in built.goals][0] == "Hyrorna i centrum har stigit snabbt under de senaste åren"
