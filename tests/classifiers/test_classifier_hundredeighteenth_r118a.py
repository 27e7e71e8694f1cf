"""Hundred-and-eighteenth blind set, reader r118a conventions, on made-up text:

- action paragraphs each named by a lead phrase ('Läxklubb. Skolan ordnar …') closing with the
  fields of who and when and then the letter of the goal they serve in brackets ('… Ansvar: X
  i samarbete med Y. Tidtabell: 2026. (mål B)'): the fields are the action's, no part of its
  text, and the bracket ties it to the goal lettered so (`Builder._named_paragraph_measure`,
  `goal_reference_brackets.closing_goal_code`);
- a follow-up item closed by a goal's letter alone, '(mål B)': the meter of that goal, as
  '(mål 2)' is of goal 2 (`reference_tails.number_reference`, `read_lists`);
- a heading made only of the labels of who does the actions ('Ansvar och samarbete') over a
  paragraph 'Ansvarig: X. Samarbete: Y och Z.' right after the actions' list: the fields of
  every action of the list (`read_headings._OWNER_HEADING_RE`, `_fields_of_listed_actions`);
- a list's intro naming the owner's other plans with 'övriga' after a genitive ('kommunens
  övriga planer … innehåller egna åtgärder … som inte upprepas här:'): the items are those
  plans', no actions of this programme (`other_plans._OTHER_PLANS_RE`);
- actions numbered under their goal ('2.1.1', '2.2.1') in one list under the goals '2.1' and
  '2.2' stated together: each serves the goal its number is numbered under
  (`goal_lookup.goals_by_action_number`)."""

from blocks_doc import bullets as _b, classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers.goal_reference_brackets import closing_goal_code
from classifiers.other_plans import _OTHER_PLANS_RE
from classifiers.prose import intro_kind
from classifiers.reference_tails import number_reference
from classifiers.text import squash as _sq


def test_number_reference_takes_a_goal_letter():
    assert number_reference("Antal deltagare i läxklubben (mål B)") == ("Antal deltagare i läxklubben", "goal", "B")
    assert number_reference("Antal deltagare i läxklubben (åtgärd B)") is None
    assert number_reference("Antal deltagare i läxklubben (mål 2)") == ("Antal deltagare i läxklubben", "goal", "2")


def test_closing_goal_code():
    class G:
        def __init__(self, id_, text):
            self.id, self.text = id_, text
    goals = [G("g1", "A. Alla barn har en fritidshobby."), G("g2", "B. Unga klarar skolan.")]
    assert closing_goal_code("Läxklubb. Skolan ordnar läxhjälp. (mål B)", goals) == (
        "Läxklubb. Skolan ordnar läxhjälp.", "g2")
    assert closing_goal_code("Läxklubb. Skolan ordnar läxhjälp. (mål C)", goals) is None
    assert closing_goal_code("Läxklubb. Skolan ordnar läxhjälp.", goals) is None


def _lettered_plan():
    return [
        _h("Integrationsprogram 2026–2029", 1),
        _h("3.1 Barn och unga", 2),
        _h("Vart vill vi?", 3),
        _b("A. Alla barn har en fritidshobby.", "B. Unga klarar skolan."),
        _h("Hur gör vi?", 3),
        _p("Hobbyguide. Fritidsenheten ger varje nyinflyttad familj en guide till stadens hobbyer. "
           "Ansvar: fritidsenheten. Tidtabell: 2026. (mål A)"),
        _p("Läxklubb. Skolorna ordnar läxhjälp två dagar i veckan efter skoldagen. Ansvar: "
           "skolväsendet i samarbete med Röda Korset. Tidtabell: 2026–2029. (mål B)"),
        _p("Studievägledning. Studiehandledaren träffar alla elever i årskurs 8 för att tala om "
           "fortsatta studier. Ansvar: skolväsendet. (mål B)"),
        _h("Hur vet vi?", 3),
        _b("Antal deltagare i läxklubben (mål B)",
           "Andel elever som fortsätter till andra stadiet (mål B)"),
    ]


def test_named_action_paragraphs_with_fields_and_goal_letter():
    ex = _classify(_lettered_plan())
    goals = {g.id: _sq(g.text) for g in ex.goals}
    got = [(_sq(m.text), goals.get(m.goal)[:2], m.responsible, m.partners, m.schedule) for m in ex.measures]
    assert got == [
        ("Hobbyguide. Fritidsenheten ger varje nyinflyttad familj en guide till stadens hobbyer",
         "A.", ["fritidsenheten"], [], "2026"),
        ("Läxklubb. Skolorna ordnar läxhjälp två dagar i veckan efter skoldagen",
         "B.", ["skolväsendet"], ["Röda Korset"], "2026–2029"),
        ("Studievägledning. Studiehandledaren träffar alla elever i årskurs 8 för att tala om fortsatta studier",
         "B.", ["skolväsendet"], [], None),
    ]


def test_meter_closed_by_goal_letter_is_that_goals():
    ex = _classify(_lettered_plan())
    goals = {g.id: _sq(g.text) for g in ex.goals}
    got = [(goals.get(i.goal)[:2], i.goals) for i in ex.indicators]
    assert [g for g, _ in got] == ["B.", "B."] and all(len(gs) == 1 for _, gs in got)


def _owner_heading_plan():
    return [
        _h("Integrationsprogram 2025–2028", 1),
        _h("Tema 1: Fritid", 1),
        _h("Mål", 3),
        _p("Alla barn och unga kan delta i en hobby."),
        _h("Åtgärder", 3),
        _b("Vi ordnar prova-på-dagar i idrottshallen.", "Vi ger hobbycheckar till nyinflyttade familjer."),
        _h("Ansvar och samarbete", 3),
        _p("Ansvarig: fritidsenheten. Samarbete: Idrottsföreningen Kvick och biblioteket."),
        _h("Uppföljning", 3),
        _b("antal deltagare på prova-på-dagarna"),
    ]


def test_owner_heading_over_fields_of_the_list_above():
    ex = _classify(_owner_heading_plan())
    got = [(m.responsible, m.partners) for m in ex.measures]
    assert got == [(["fritidsenheten"], ["Idrottsföreningen Kvick", "biblioteket"])] * 2


def test_owners_other_plans_intro():
    assert intro_kind("Programmet hänger ihop med kommunens övriga planer. Flera av dem har egna "
                      "åtgärder för nya invånare som inte upprepas här:") == "background"
    # ('kommunens andra program' is its second programme: no other plans)
    assert not _OTHER_PLANS_RE.search("kommunens andra program")
    assert _OTHER_PLANS_RE.search("kommunens övriga program")


def _three_part_numbers():
    return [
        _h("Integrationsprogram 2026–2029", 1),
        _h("2 Fritid och delaktighet", 2),
        _h("Målsättningar", 3),
        _b("Målsättning 2.1: Barn och unga har en meningsfull fritid.",
           "Målsättning 2.2: Vuxna invandrare deltar i föreningslivet."),
        _h("Insatser", 3),
        _b("2.1.1 Hobbyguide för föreningslivet och vuxna invandrare",
           "2.1.2 Avgiftsfria simskolor på sommaren",
           "2.2.1 Föreningarna ordnar öppna dagar för barn och unga"),
    ]


def test_action_number_names_goal_among_goals_stated_together():
    ex = _classify(_three_part_numbers())
    goals = {g.id: _sq(g.text) for g in ex.goals}
    got = [goals.get(m.goal)[:5] for m in ex.measures]
    assert got == ["Barn ", "Barn ", "Vuxna"]
