"""The running-text action sentences are settled per goal (`Builder._settle_prose_actions`,
`_settle_actions_of_unlisted_goals`): a programme may list the actions of one goal and write
those of another in running text. The goal no list serves keeps the action sentences that name
their doer as measures; the goal a list serves keeps its text as description. Made-up programme."""

from blocks_doc import bullets as _b, classify_blocks as _classify, heading as _h, paragraph as _p


def _programme():
    return [
        _h("Integrationsprogram för Exempelvik 2026–2029", 1),
        _h("Mål och åtgärder", 1),
        _h("Språk", 2),
        _p("Målet är att alla vuxna invånare ska kunna studera svenska på hemorten."),
        _p("Biblioteket erbjuder redan i dag lättlästa böcker på flera språk."),
        _p("Så här gör vi:"),
        _b("Vi startar en kvällskurs i svenska för nybörjare hösten 2026.",
           "Vi lånar ut språkväskor med lättlästa böcker."),
        _h("Arbete", 2),
        _p("Målet är att fler nyinflyttade ska hitta ett arbete i regionen."),
        _p("Kommunen ordnar två gånger per år en rekryteringsdag tillsammans med företagarna. "
           "Arbetsvägledaren erbjuder varje nyinflyttad ett samtal om studier och arbete."),
        _h("Uppföljning", 1),
        _p("Programmet följs upp en gång per år."),
    ]


def test_goal_without_list_keeps_its_action_sentences():
    ex = _classify(_programme())
    texts = " | ".join(m.text for m in ex.measures)
    # the listed goal's actions are its list items
    assert any("kvällskurs" in m.text for m in ex.measures), texts
    # the other goal's running-text action sentences are its measures
    assert any("rekryteringsdag" in m.text for m in ex.measures), texts
    assert any("Arbetsvägledaren" in m.text for m in ex.measures), texts
    # the listed goal's running text stays description
    assert not any("redan i dag" in m.text or "flera språk" in m.text for m in ex.measures), texts
    work = [m for m in ex.measures if "rekryteringsdag" in m.text or "Arbetsvägledaren" in m.text]
    lang = [m for m in ex.measures if "kvällskurs" in m.text]
    assert work[0].goal != lang[0].goal
