"""Plausibility gate (`role_plausibility`), on made-up elements: goals read as bare area names
under goal numbers ('Mål 1 – Arbete') whose goal sentence stands under each heading, action
cards repeating the goal's number and area ('Mål 1: 1 Arbete'); measures read as bare
references ('punkt 2') taken out for the fallbacks and put back when they find nothing."""

from types import SimpleNamespace

from classifiers import role_plausibility
from classifiers.elements import Element
from classifiers.model import Goal, Indicator, Measure


def _areas_page(intro_two: str = "Alla som vill lära sig svenska hittar en kurs som passar dem."):
    return [
        Element(kind="heading", text="4 Våra mål", level=2),
        Element(kind="heading", text="Mål 1 – Arbete", level=3),
        Element(kind="para", text="Nya invånare får arbete snabbare än i dag."),
        Element(kind="para", text="Vad betyder det här för dig? Du kan boka en tid hos arbetstjänsterna."),
        Element(kind="heading", text="Mål 2 – Språk", level=3),
        Element(kind="para", text=intro_two),
    ]


def _built(goal_texts, measures=()):
    return SimpleNamespace(
        goals=[Goal(id=f"g{k}", text=t, theme="Exempelby integrationsprogram") for k, t in enumerate(goal_texts, 1)],
        measures=list(measures), indicators=[])


def test_area_name_goals_become_the_sentence_under_each_heading():
    built = _built(["Mål 1 – Arbete", "Mål 2 – Språk"])
    role_plausibility.goals_stated_under_area_headings(built, _areas_page())
    assert [g.text for g in built.goals] == [
        "Nya invånare får arbete snabbare än i dag",
        "Alla som vill lära sig svenska hittar en kurs som passar dem"]
    # the area name in the goal's own heading is its theme, not the document's title
    assert [g.theme for g in built.goals] == ["Arbete", "Språk"]


def test_card_goal_fields_repeating_number_and_area_join_the_headed_goal():
    measures = [Measure(id="m1", text="CV-stöd på modersmålet", goal="g3", goals=["g3"]),
                Measure(id="m2", text="Kvällskurser i svenska", goal="g4", goals=["g4"])]
    built = _built(["Mål 1 – Arbete", "Mål 2 – Språk", "Mål 1: 1 Arbete", "Mål 2: 2 Språk"], measures)
    role_plausibility.goals_stated_under_area_headings(built, _areas_page())
    assert [g.id for g in built.goals] == ["g1", "g2"]
    assert [(m.goal, m.goals) for m in built.measures] == [("g1", ["g1"]), ("g2", ["g2"])]


def test_area_heading_with_an_introduction_under_it_keeps_the_goals():
    # one heading opens with two sentences of introduction, not a goal: not the layout
    built = _built(["Mål 1 – Arbete", "Mål 2 – Språk"])
    role_plausibility.goals_stated_under_area_headings(
        built, _areas_page("Språket är en nyckel. Kurserna ordnas av medborgarinstitutet."))
    assert [g.text for g in built.goals] == ["Mål 1 – Arbete", "Mål 2 – Språk"]
    # goals stating a state aimed at are no area names: left alone
    built = _built(["Mål 1 – Fler nya invånare får arbete inom ett år", "Mål 2 – Språk"])
    role_plausibility.goals_stated_under_area_headings(built, _areas_page())
    assert built.goals[0].text == "Mål 1 – Fler nya invånare får arbete inom ett år"


def test_bare_reference_measures_are_taken_out_and_put_back_when_nothing_better():
    refs = [Measure(id="m1", text="punkt 2"), Measure(id="m2", text="punkt 3")]
    built = _built(["Alla nya invånare lär sig svenska"], refs)
    built.indicators = [Indicator(id="i1", text="antal kursdeltagare", measure="m2")]
    taken = role_plausibility.take_unread_measures(built)
    assert built.measures == [] and built.indicators[0].measure is None
    # the fallbacks found nothing: the reader's items and links again
    role_plausibility.put_back_unless_read(built, taken)
    assert [m.text for m in built.measures] == ["punkt 2", "punkt 3"]
    assert built.indicators[0].measure == "m2"
    # the fallbacks read the role: their measures stay, the references do not come back
    taken = role_plausibility.take_unread_measures(built)
    built.measures.append(Measure(id="m1", text="Biblioteket ordnar språkcafé varje vecka"))
    role_plausibility.put_back_unless_read(built, taken)
    assert [m.text for m in built.measures] == ["Biblioteket ordnar språkcafé varje vecka"]


def test_measures_stating_an_action_are_not_taken():
    acts = [Measure(id="m1", text="punkt 2"), Measure(id="m2", text="Språkcafé på biblioteket")]
    built = _built(["Alla nya invånare lär sig svenska"], acts)
    assert role_plausibility.take_unread_measures(built) == ([], {})
    assert len(built.measures) == 2


def test_goal_rows_read_as_measures_become_goals_over_the_actions_below():
    texts = ["Välkomstsamtal med varje nytt hushåll", "2.1 ▓ MÅL: Nya invånare får snabbt\nden information de behöver",
             "Infoblad om kommunens tjänster", "▓ MÅL: Alla invånare möts i byns verksamhet",
             "Byarådet bjuder in nya invånare"]
    measures = [Measure(id=f"m{k}", text=t) for k, t in enumerate(texts, 1)]
    built = _built(["Äldre inflyttade har en trygg vardag"], measures)
    built.indicators = [Indicator(id="i1", text="antal hushåll", measure="m2")]
    role_plausibility.goal_rows_read_as_measures(built)
    assert [g.text for g in built.goals] == [
        "Äldre inflyttade har en trygg vardag", "Nya invånare får snabbt den information de behöver",
        "Alla invånare möts i byns verksamhet"]
    # each labelled row's actions are the measures below it; the one above the first stays unlinked
    assert [(m.text, m.goal) for m in built.measures] == [
        ("Välkomstsamtal med varje nytt hushåll", None), ("Infoblad om kommunens tjänster", "g2"),
        ("Byarådet bjuder in nya invånare", "g3")]
    assert built.indicators[0].measure is None


def test_one_goal_labelled_measure_is_not_the_layout():
    measures = [Measure(id="m1", text="MÅL: Nya invånare får information"), Measure(id="m2", text="Infoblad")]
    built = _built([], measures)
    role_plausibility.goal_rows_read_as_measures(built)
    assert built.goals == [] and len(built.measures) == 2
