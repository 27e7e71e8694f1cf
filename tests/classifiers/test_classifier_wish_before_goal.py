"""A wish in the programme's own voice ('Staden vill att …', 'Vi vill att …') said in a
section's text before the section states its goal -- by the goal noun in a later paragraph
('Målet är att …') or as goal headings under the section ('Målsättning 1 – …') -- leads up to
that goal, no goal of its own (`read_paragraphs._drop_prose_goals_of(wishes_only=True)`), as
within one paragraph (`prose.goal_sentences`). Made-up text."""

from blocks_doc import bullets as _b, classify_blocks as _classify, heading as _h, paragraph as _p


def _sq(s):
    return " ".join(s.split()).rstrip(".")


def test_wish_in_a_paragraph_before_the_noun_goal_leads_up_to_it():
    ex = _classify([
        _h("Integrationsprogram för Exby 2026–2029", 1),
        _h("Område 2. Skola och fritid", 2),
        _p("Många barn deltar redan i skolans klubbar. "
           "Vi vill att föräldrarna också ska kunna följa med barnens skolgång."),
        _p("Målet är att barn med utländsk bakgrund trivs i skolan och på fritiden."),
        _p("Så här gör vi:"),
        _b("Vi ordnar föräldramöten med tolk", "Vi delar ut fritidssedlar till nyinflyttade barn"),
    ])
    assert [_sq(g.text) for g in ex.goals] == [
        "Målet är att barn med utländsk bakgrund trivs i skolan och på fritiden"]
    assert all(m.goals == [ex.goals[0].id] for m in ex.measures)
    # a wish after the noun goal adds a goal of its own, as before
    ex = _classify([
        _h("Integrationsprogram för Exby 2026–2029", 1),
        _h("Område 2. Skola och fritid", 2),
        _p("Målet är att barn med utländsk bakgrund trivs i skolan och på fritiden."),
        _p("Många barn deltar redan i skolans klubbar. "
           "Vi vill att föräldrarna också ska kunna följa med barnens skolgång."),
    ])
    assert len(ex.goals) == 2
    # a wish whose actions the section's text gave before the noun goal is a goal of its own
    ex = _classify([
        _h("Integrationsprogram för Exby 2026–2029", 1),
        _h("Område 2. Skola och fritid", 2),
        _p("Vi strävar efter att alla vuxna som vill lära sig svenska ska kunna studera nära hemmet."),
        _p("Vi fortsätter att ordna kvällskurser i svenska i samarbete med medborgarinstitutet."),
        _p("Målet för barn och unga är att varje elev får det stöd i svenska som eleven behöver."),
        _p("Skolan ordnar undervisning i svenska som andra språk för alla elever som behöver det."),
    ])
    assert len(ex.goals) == 2


def test_wish_in_a_theme_s_text_before_its_goal_headings_leads_up_to_them():
    blocks = [
        _h("Integrationsprogram för Exby 2026–2029", 1),
        _h("Tema A: Arbete", 2),
        _p("Företagen i regionen behöver arbetskraft. "
           "Kommunen vill att de som flyttar hit för att arbeta ska vilja bo kvar."),
        _h("Målsättning 1 – Fler inflyttade får arbete inom ett år", 3),
        _p("1.1 En jobbmässa ordnas varje höst."),
        _p("Ansvar: näringslivsenheten. Tidtabell: 2026–2029."),
    ]
    ex = _classify(blocks)
    assert [_sq(g.text) for g in ex.goals] == ["Målsättning 1 – Fler inflyttade får arbete inom ett år"]
    # a goal the theme's text names by the noun stays a goal beside the headings under it
    blocks[2] = _p("Företagen i regionen behöver arbetskraft. "
                   "Målet är att de som flyttar hit för att arbeta ska vilja bo kvar.")
    ex = _classify(blocks)
    assert len(ex.goals) == 2



def _labelled_goals(first_goal: str, second_goal: str) -> list:
    return [
        _h("Integrationsprogram för Exby 2026–2029", 1),
        _h("3 Insatsområden", 2),
        _h("3.1 Mottagande", 3),
        _p("Den första tiden avgör mycket. Vi vill att nya invånare snabbt hittar rätt i vardagen."),
        _p("Mål"),
        _b(first_goal, second_goal),
        _p("Insatser"),
        _b("Servicepunkten ger handledning på flera språk (ansvar: integrationskoordinatorn, fortlöpande)",
           "En välkomstdag ordnas varje höst (ansvar: kulturenheten, årligen)"),
    ]


def test_goal_label_alone_in_body_type_introduces_goals_stated_as_clauses():
    from classifiers.read_paragraphs import _label_line_kind
    assert _label_line_kind("Mål", "• 1. Varje ny invånare får personlig vägledning under sitt första år.") == "goal"
    assert _label_line_kind("Mål", "• Jämlikhet mellan bostadsområden") is None
    assert _label_line_kind("Åtgärder", "• Språkcafé på biblioteket") == "measure"
    ex = _classify(_labelled_goals("1. Varje ny invånare får personlig vägledning under sitt första år.",
                                   "2. Flyktingar får en sammanhållen start där bostad och skola ordnas samtidigt."))
    texts = [_sq(g.text) for g in ex.goals]
    # the goals listed under the label, and the wish before it leads up to them
    assert len(texts) == 2 and not any(t.startswith("Vi vill") for t in texts)
    assert all(m.goals for m in ex.measures)
    # names listed under the label are no goals (the areas of a theme)
    ex = _classify(_labelled_goals("Jämlikhet mellan bostadsområden", "Ett aktivt och sunt liv"))
    assert not any(_sq(g.text) in ("Jämlikhet mellan bostadsområden", "Ett aktivt och sunt liv") for g in ex.goals)
