"""A sentence after a list of actions that names some of them by the noun each opens with and
gives their agent in a passive ('Språkkaféet och guiden till fritiden sköts av X i samarbete
med Y under år 2027'): those actions are X's, with Y as partner (builder._assign_named_owner,
lead_phrase.agent_of_named)."""

from blocks_doc import bullets as _b, classify_blocks, heading as _h, paragraph as _p

from classifiers.lead_phrase import agent_of_named


def _programme(after: str) -> list[dict]:
    return [
        _h("3 FRITID", 1),
        _p("Målet är att nya invånare deltar i fritidsverksamheten i samma utsträckning som andra."),
        _h("Åtgärder", 3),
        _b("Simskola för vuxna varje sommar",
           "Språkkafé i ungdomsgården en gång i veckan",
           "Guide till fritiden på fem språk"),
        _p(after),
    ]


def test_actions_named_by_their_noun_get_the_agent():
    ms = classify_blocks(_programme(
        "Simskolan ordnas av idrottsenheten. Språkkaféet och guiden till fritiden sköts av "
        "ungdomsenheten i samarbete med Exempelby Idrottsförening rf under år 2027.")).measures
    assert [m.responsible for m in ms] == [["idrottsenheten"], ["ungdomsenheten"], ["ungdomsenheten"]]
    assert ms[1].partners == ["Exempelby Idrottsförening rf"]
    assert ms[2].schedule == "år 2027"


def test_after_a_sentence_giving_the_owner_of_the_first_ones():
    ms = classify_blocks(_programme(
        "Idrottsenheten ansvarar för de två första åtgärderna. Guiden till fritiden tas fram av "
        "kommunikationen.")).measures
    assert [m.responsible for m in ms] == [["Idrottsenheten"], ["Idrottsenheten"], ["kommunikationen"]]


def test_a_subject_naming_no_single_action_gives_nobody():
    assert agent_of_named("Verksamheten stöds av föreningarna", ["Simskola för vuxna", "Språkkafé"]) is None
    assert agent_of_named("Språkkaféet och simhallen sköts av X", ["Simskola", "Språkkafé"]) is None
