"""A law said to require what its list names ('Lagen förutsätter bland annat att kommunen' /
'• ordnar ...'): the list is the law's, no goal or action of the programme, on made-up
programmes."""

from blocks_doc import bullets as _b, classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers.prose import intro_kind
from classifiers.read_paragraphs import _unfinished_background


def _norm(s):
    return " ".join(s.split()).rstrip(".")


def test_a_law_said_to_require_the_list_lays_down_no_action():
    assert intro_kind("Lagen förutsätter bland annat att kommunen:") == "background"
    assert intro_kind("Lagen kräver att kommunen:") == "background"
    assert intro_kind("Laki edellyttää, että kunta:") == "background"
    assert _unfinished_background("Lagen förpliktar kommunen att") == "background"
    # (the programme's own doing stays its own)
    assert intro_kind("Kommunen kräver inget av de nya invånarna, men vi ska:") != "background"


def test_the_unfinished_intro_of_the_laws_list_is_no_goal_in_a_purpose_section():
    x = _classify([
        _h("Integrationsprogram för Exempelby", 1),
        _h("1 Programmets syfte", 2),
        _p("Lagen förutsätter bland annat att kommunen"),
        _b("ordnar en kartläggning för nya invånare", "erbjuder rådgivning på flera språk"),
        _h("2 Mål och åtgärder", 1),
        _h("Mål 1: Fler invandrare har arbete", 2),
        _p("Åtgärder:"),
        _b("Jobbmässa för nya invånare", "Språkkurs på arbetsplatsen"),
    ])
    goals = {_norm(g.text) for g in x.goals}
    assert not any(g.startswith("Lagen") or g.startswith("ordnar") or g.startswith("erbjuder") for g in goals)
    assert any(g.endswith("Fler invandrare har arbete") for g in goals)
