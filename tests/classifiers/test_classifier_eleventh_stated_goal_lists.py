"""A section states its goal in prose ('Målet är att ...') and lists its actions right under
it, with no 'Åtgärder:' line between, each item closing with who does it and when in
parentheses; the doer may be a post named alone ('(näringsombudet, årligen)') (eleventh
blind set, blind61 convention). Made-up text."""

from blocks_doc import bullets as _b, classify_blocks as _classify, heading as _h, paragraph as _p


def _programme():
    return [
        _h("4 Mål och åtgärder", 1),
        _h("4.1 Arbete och boende", 2),
        _p("Många stannar bara några år. Målet är att arbetskraftsinvandrare bosätter sig permanent i kommunen."),
        _b("Kommunen för en dialog med arbetsgivarna om boende (näringsombudet, årligen).",
           "Kommunens hyresbolag reserverar bostäder för inflyttande familjer (Exempel Bostäder Ab, 2026)."),
        _h("4.2 Fritid", 2),
        _p("Målet är att invandrare deltar i föreningslivet. Det finns många föreningar:"),
        _b("Exempelby IF", "Exempelby ungdomsförening"),
    ]


def test_items_naming_their_doer_under_a_stated_goal_are_its_actions():
    x = _classify(_programme())
    g1 = x.goals[0].id
    assert [(m.goal, m.responsible, m.schedule) for m in x.measures] == [
        (g1, ["näringsombudet"], "årligen"), (g1, ["Exempel Bostäder Ab"], "2026")]
    assert x.measures[0].text.startswith("Kommunen för en dialog med arbetsgivarna om boende")


def test_a_list_naming_no_doer_under_a_stated_goal_is_no_actions():
    x = _classify(_programme())
    assert not any("Exempelby IF" in m.text for m in x.measures)
