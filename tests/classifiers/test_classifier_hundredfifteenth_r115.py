"""Hundred-and-fifteenth blind set, reader r115 conventions, on made-up text:

- an action item closed by its goal named in words after the goal label, '(Mål: <goal>)',
  then its dash tail '– ansvar: X, i samarbete med Y – 2026': the parenthesis ties the action
  to the goal stated in those words and is no part of the action (`reference_tails.
  goal_named_in_closing_parenthesis`, `read_lists`);
- an unnumbered action heading over a bulleted card whose first field names the goal it
  serves by number ('• Mål: 1.2', '• Ansvarig: X', '• År: 2026'): the list is the card's field
  lines (`bulleted_fields`), the heading the action (`records._goal_numbered_card`)."""

from blocks_doc import bullets as _b, classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers.reference_tails import goal_named_in_closing_parenthesis
from classifiers.text import squash as _sq


# ---- '(Mål: <goal name>)' closing an action ----

def test_goal_named_in_closing_parenthesis():
    assert goal_named_in_closing_parenthesis("Läxhjälp i biblioteket (Mål: Barn klarar skolan)") == (
        "Läxhjälp i biblioteket", "Barn klarar skolan")
    assert goal_named_in_closing_parenthesis("Läxhjälp i biblioteket (mål 3)") is None
    assert goal_named_in_closing_parenthesis("Läxhjälp i biblioteket (biblioteket)") is None
    assert goal_named_in_closing_parenthesis("(Mål: Barn klarar skolan)") is None


def _named_goal_plan():
    return [
        _h("Integrationsprogram 2025–2028", 1),
        _h("Mål och teman", 2),
        _h("Skola", 3),
        _p("Mål: Barn klarar skolan"),
        _p("Mål: Unga hittar en fritidssysselsättning"),
        _h("Arbete", 3),
        _p("Mål: Fler vuxna invandrare får arbete"),
        _h("Åtgärdsplan 2025–2026", 2),
        _h("Skola och fritid", 3),
        _b(*["Läxhjälp två kvällar i veckan (Mål: Barn klarar skolan) – ansvar: Biblioteket, "
            "i samarbete med Röda Korset – 2025",
            "Prova-på-dagar i idrottsföreningarna (Mål: Unga hittar en fritidssysselsättning) – "
            "ansvar: Fritidsenheten – 2026"]),
        _h("Arbete", 3),
        _b(*["Jobbmässa för invandrare (Mål: Fler vuxna invandrare får arbete) – ansvar: "
            "Näringslivsenheten – 2025–2026"]),
    ]


def test_action_tied_to_goal_named_in_parenthesis():
    ex = _classify(_named_goal_plan())
    goals = {g.id: g.text for g in ex.goals}
    got = [(_sq(m.text), goals.get(m.goal), m.responsible, m.schedule) for m in ex.measures]
    assert got == [
        ("Läxhjälp två kvällar i veckan", "Barn klarar skolan", ["Biblioteket"], "2025"),
        ("Prova-på-dagar i idrottsföreningarna", "Unga hittar en fritidssysselsättning", ["Fritidsenheten"], "2026"),
        ("Jobbmässa för invandrare", "Fler vuxna invandrare får arbete", ["Näringslivsenheten"], "2025–2026"),
    ]


# ---- an unnumbered action heading over a bulleted card opened by 'Mål: <number>' ----

def _heading_cards():
    return [
        _h("Integrationsprogram 2025–2028", 1),
        _h("1 Boende och vardag", 2),
        _p("Målsättning 1.1: Nya invånare hittar en bostad snabbt."),
        _p("Målsättning 1.2: Nya invånare känner till kommunens service."),
        _h("Åtgärdsplan 2025–2026", 1),
        _h("Boende och vardag", 2),
        _h("Bostadsrådgivning på flera språk", 3),
        _b(*["Mål: 1.1", "Ansvarig: Bostadsbyrån", "Samarbetspartner: hyresvärdarna", "År: 2025"]),
        _h("Välkomstkväll för nya invånare", 3),
        _b(*["Mål: 1.2", "Ansvarig: Kommunkansliet", "År: årligen"]),
    ]


def test_unnumbered_heading_over_goal_numbered_bullet_card():
    ex = _classify(_heading_cards())
    goals = {g.id: g.text for g in ex.goals}
    got = [(_sq(m.text), goals.get(m.goal), m.responsible, m.partners, m.schedule) for m in ex.measures]
    assert got == [
        ("Bostadsrådgivning på flera språk", "Nya invånare hittar en bostad snabbt", ["Bostadsbyrån"],
         ["hyresvärdarna"], "2025"),
        ("Välkomstkväll för nya invånare", "Nya invånare känner till kommunens service", ["Kommunkansliet"],
         [], "årligen"),
    ]
