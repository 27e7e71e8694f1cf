"""Ninety-fourth blind set, second round, on made-up text: a sentence 'X ansvarar för
följande:' over a list is the lead-in of X's actions, no responsible field; a count with a
share beside it ('antal X och andel Y') is a goal's meter, of no one action; a goal coded by a
number and a small letter ('2a …') is named by that code alone in a table's goal column or a
card's title ('Mål 1: 2a')."""

from blocks_doc import bullets as _b, classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers.goal_labelled_meters import counted_action
from classifiers.records import fields


def _sq(s):
    return " ".join((s or "").split())


def _table(columns, rows, caption=None):
    return {"type": "table", "caption": caption, "columns": columns, "rows": rows}


def test_sentence_answering_for_the_following_is_no_responsible_label():
    assert fields("Tekniska nämnden ansvarar för följande:") is None
    assert fields("Skolverket svarar för nedanstående:") is None
    assert fields("Ansvar: tekniska nämnden")[0][0] == "responsible"


def test_actions_under_a_body_that_answers_for_the_following():
    doc = _classify([
        _h("1 Mål", 1),
        _h("1.1 Arbete", 2),
        _p("Mål 1: Fler nyinflyttade har ett arbete inom två år."),
        _h("2 Åtgärder per enhet", 1),
        _h("2.1 Näringslivsenheten", 2),
        _p("Näringslivsenheten ansvarar för följande:"),
        _b("En rekryteringsdag ordnas varje vår (mål 1, 2026)",
           "Praktikplatser erbjuds i kommunens enheter (mål 1, 2027)"),
        _h("2.2 Medborgarinstitutet", 2),
        _p("Medborgarinstitutet gör följande:"),
        _b("Ordnar kvällskurser i yrkessvenska (mål 1, 2026)"),
    ])
    got = {_sq(m.text): m.responsible for m in doc.measures}
    assert got == {"En rekryteringsdag ordnas varje vår": ["Näringslivsenheten"],
                   "Praktikplatser erbjuds i kommunens enheter": ["Näringslivsenheten"],
                   "Ordnar kvällskurser i yrkessvenska": ["Medborgarinstitutet"]}


def test_count_with_a_share_beside_it_is_of_no_one_action():
    acts = [("m1", "Rådgivningen utökas med en kväll i veckan"), ("m2", "Språkcafé i biblioteket")]
    assert counted_action("antal besök i rådgivningen", acts) == "m1"
    assert counted_action("antal besök i rådgivningen och andel som fått svar inom en vecka", acts) is None


def test_goal_coded_by_number_and_letter_named_in_the_goal_column():
    doc = _classify([
        _h("Insatsområde 1: Språk"),
        _p("Målsättningar:"),
        _b("1a Alla vuxna invandrare kan studera svenska nära hemmet",
           "1b Alla barn med annat modersmål klarar grundskolan"),
        _table(["Insats", "Mål", "Ansvarig aktör", "Tidtabell"],
               [["Kvällskurs i svenska i byarna", "1a", "Medborgarinstitutet", "2026"],
                ["Läxhjälp på modersmålet", "1b", "Bildningssektorn", "2027"]]),
    ])
    goals = {g.id: _sq(g.text) for g in doc.goals}
    by = {_sq(m.text): m for m in doc.measures}
    assert goals[by["Kvällskurs i svenska i byarna"].goal].endswith("kan studera svenska nära hemmet")
    assert goals[by["Läxhjälp på modersmålet"].goal].endswith("klarar grundskolan")


def test_card_titled_by_a_number_and_letter_code_names_that_goal():
    doc = _classify([
        _h("Insatsområde 1: Språk"),
        _p("Målsättningar:"),
        _b("1a Alla vuxna invandrare kan studera svenska nära hemmet",
           "1b Alla barn med annat modersmål klarar grundskolan"),
        _h("Mål 1: 1a", 3),
        _p("Åtgärd: Kvällskurs i svenska i byarna"),
        _p("Ansvar: Medborgarinstitutet"),
        _h("Mål 2: 1b", 3),
        _p("Åtgärd: Läxhjälp på modersmålet"),
        _p("Ansvar: Bildningssektorn"),
    ])
    assert len(doc.goals) == 2
    goals = {g.id: _sq(g.text) for g in doc.goals}
    by = {_sq(m.text): m for m in doc.measures}
    assert goals[by["Kvällskurs i svenska i byarna"].goal].endswith("kan studera svenska nära hemmet")
    assert goals[by["Läxhjälp på modersmålet"].goal].endswith("klarar grundskolan")
