"""A plan by the phases of a newcomer's first years (made up): per phase 'Målet för skedet: …',
sometimes a 'Delmål: …' right after it, actions as 'Vad? … Hur? … Vem? … När? …' paragraphs
and a closing 'Så följer vi upp skedet: a; b.' line."""

from blocks_doc import classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers.read_paragraphs import _follow_up_phrase_field


def _plan():
    return [
        _h("Välkommen till Exempelby 2026–2029", 1),
        _h("Skede 1: Första månaden", 2),
        _p("Målet för skedet: Den nya invånaren har en bostad och känner till den närmaste servicen."),
        _p("Vad? Välkomstsamtal i servicepunkten Hur? En handledare går igenom de första ärendena med familjen. "
           "Vem? Servicepunkten När? Inom två veckor"),
        _p("Vad? Guidad tur i centrum Hur? En promenad till butiker, hälsostation och bibliotek. "
           "Vem? Medborgarinstitutet När? Varje månad"),
        _p("Så följer vi upp skedet: antal välkomstsamtal; antal deltagare i turerna."),
        _h("Skede 2: Första året", 2),
        _p("Målet för skedet: Vuxna studerar svenska eller arbetar."),
        _p("Delmål: Familjerna har hittat en idrottsklubb eller annan hobby."),
        _p("Vad? Kvällskurs i svenska Hur? Kursen hålls i skolan två kvällar i veckan. "
           "Vem? Medborgarinstitutet När? 2026–2029"),
        _p("Vad? Prova-på-dag i idrottsklubbarna Hur? Klubbarna visar sina grenar på en lördag. "
           "Vem? Fritidsbyrån När? Varje höst"),
        _p("Vad? Arbetsplatsbesök Hur? Arbetsgivare tar emot grupper. Vem? Näringslivsenheten När? Varje vår"),
        _p("Så följer vi upp skedet: andel i arbete eller studier; antal familjer med hobbykort."),
    ]


def test_follow_up_phrase_with_its_object():
    assert _follow_up_phrase_field("Så följer vi upp skedet: antal besök; antal deltagare.") == [
        ("indicator", "Så följer vi upp skedet", "antal besök; antal deltagare.")]
    # a sentence that happens to have a colon is no such label
    assert _follow_up_phrase_field("Så följer vi upp det hela i rapporten: se bilaga.") is None


def test_phase_plan_actions_goals_and_meters():
    ex = _classify(_plan())
    goals = {g.text: g for g in ex.goals}
    main, sub = goals["Vuxna studerar svenska eller arbetar"], goals["Familjerna har hittat en idrottsklubb eller annan hobby"]
    assert sub.parent == main.id
    by_text = {m.text.replace("\n", " "): m for m in ex.measures}
    assert set(by_text) == {"Välkomstsamtal i servicepunkten", "Guidad tur i centrum", "Kvällskurs i svenska",
                            "Prova-på-dag i idrottsklubbarna", "Arbetsplatsbesök"}
    assert by_text["Välkomstsamtal i servicepunkten"].responsible == ["Servicepunkten"]
    assert by_text["Välkomstsamtal i servicepunkten"].schedule == "Inom två veckor"
    # the goal and its sub-goal stated back to back: each action the one it speaks of
    assert by_text["Kvällskurs i svenska"].goal == main.id
    assert by_text["Arbetsplatsbesök"].goal == main.id
    assert by_text["Prova-på-dag i idrottsklubbarna"].goal == sub.id
    assert {i.text for i in ex.indicators} >= {"antal välkomstsamtal", "antal deltagare i turerna",
                                                "andel i arbete eller studier", "antal familjer med hobbykort"}


def test_a_numbered_or_focus_sub_goal_keeps_the_actions_under_it():
    for label in ("Delmål 2.1:", "Tyngdpunkt:"):
        blocks = [_p(b["text"].replace("Delmål:", label)) if b.get("text", "").startswith("Delmål:") else b
                  for b in _plan()]
        ex = _classify(blocks)
        sub = next(g for g in ex.goals if g.parent)
        by_text = {m.text.replace("\n", " "): m for m in ex.measures}
        assert by_text["Kvällskurs i svenska"].goal == sub.id
