"""A short programme written in running text (made up): its principles listed under an intro
saying the working group agreed on them ('Programmet vilar på några enkla principer som
gruppen enades om:'), then one paragraph per action under each goal, some with the doer told
in a sentence after the action ('Kvällarna ordnas av fritidsledaren.').

The list is the principles the intro names (`prose._names_principles`, also with an adjective
between the quantifier and the noun), not what was agreed to do (`agreement_intros`); and an
action whose doer a running-text sentence tells is prose, so the other action sentences of
the text stay the programme's measures (`Builder._settle_prose_actions`)."""

from blocks_doc import bullets as _b, classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers.prose import intro_kind


def _programme():
    return [
        _h("Integrationsprogram för Exempelö kommun 2026–2029", 1),
        _h("1 Utgångspunkter", 1),
        _p("Programmet vilar på några enkla principer som arbetsgruppen enades om:"),
        _b("Alla invånare har rätt till service och vi ger information också på engelska.",
           "Vi använder det som redan finns: föreningar, byalag och skolan."),
        _h("2 Mål och åtgärder", 1),
        _h("2.1 Information", 2),
        _p("Nya invånare vet inte vart de ska vända sig. Vårt mål är att varje ny invånare "
           "inom en månad får veta vilken service som finns."),
        _p("Vi ordnar två gånger per år en välkomstkväll i kommungården för nya invånare. "
           "Kvällarna ordnas av fritidsledaren tillsammans med byalagen."),
        _p("Kommunkansliet erbjuder från och med hösten 2026 rådgivning på engelska åt alla som "
           "flyttat till kommunen."),
        _h("2.2 Språk", 2),
        _p("Utbudet av kurser i svenska är litet. Målsättningen för perioden är att alla vuxna "
           "som vill lära sig svenska ska ha tillgång till undervisning på hemorten."),
        _p("Biblioteket erbjuder ett språkcafé varannan tisdag under terminerna."),
    ]


def test_principles_with_an_adjective_are_named():
    assert intro_kind("Programmet vilar på några enkla principer som arbetsgruppen enades om:") == "background"
    assert intro_kind("Arbetet bygger på följande grundläggande värderingar:") == "background"
    assert intro_kind("Arbetet bygger på några principer:") == "background"


def test_agreed_principles_are_no_measures_and_text_actions_stay():
    ex = _classify(_programme())
    texts = [m.text for m in ex.measures]
    assert not any("Alla invånare har rätt" in t or "Vi använder det som redan finns" in t for t in texts)
    assert any(t.startswith("Vi ordnar två gånger per år") for t in texts)
    assert any(t.startswith("Kommunkansliet erbjuder") for t in texts)
    assert any(t.startswith("Biblioteket erbjuder ett språkcafé") for t in texts)


def test_what_the_group_agreed_to_do_is_still_the_actions():
    from classifiers.agreement_intros import agreement_intro
    assert agreement_intro("Arbetsgruppen enades om följande:")
    assert intro_kind("Arbetsgruppen enades om följande:") != "background"
