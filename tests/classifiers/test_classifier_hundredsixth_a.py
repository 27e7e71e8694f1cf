"""Hundred-and-sixth blind set, reader a (blind631-blind633) conventions, on made-up text: a
chapter's goal stated as the state to reach, a noun phrase with its relative clause after the
goal noun ('Vår målsättning för perioden är en rådgivning som når …'), not 'är att …'."""

from blocks_doc import bullets as _b, classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers.prose import is_goal_sentence


def test_goal_noun_is_a_noun_phrase_with_its_relative_clause():
    assert is_goal_sentence("Vår målsättning för perioden är en bibliotekstjänst som når alla nya familjer.")
    assert is_goal_sentence("Målet är ett Lindvik där alla invånare kan delta i föreningslivet.")
    # the same noun phrase after a label: the subject is the town, not the goal noun
    # (left to the labelled goal readers)
    assert not is_goal_sentence("Mål 5: Lindvik är en plats där alla känner sig hemma.")
    # the purpose of something described and a noun phrase with no relative clause state no goal
    assert not is_goal_sentence("Syftet är en tjänst som når fler familjer.")
    assert not is_goal_sentence("Målet är en viktig del av arbetet.")
    # not in the middle of a paragraph
    assert not is_goal_sentence("Målet är en tjänst som når fler.", opens_paragraph=False)


def test_noun_phrase_goal_heads_its_chapter_and_its_meters():
    ex = _classify([
        _h("1 Inledning", 1),
        _p("Programmet beskriver hur Lindvik tar emot nya invånare."),
        _h("2 Information", 1),
        _p("Nya invånare behöver information om servicen."),
        _p("Vår målsättning för perioden är en bibliotekstjänst som når alla nya familjer under det första året."),
        _b("Biblioteket ordnar sagostunder på fem språk.", "Biblioteket delar ut en välkomstväska till alla nya familjer."),
        _p("Mätare: antalet utdelade välkomstväskor."),
    ])
    assert [g.text.rstrip(".") for g in ex.goals] == [
        "Vår målsättning för perioden är en bibliotekstjänst som når alla nya familjer under det första året"]
    assert all(i.goal == ex.goals[0].id for i in ex.indicators) and ex.indicators
