"""A goal's list introduced by the programme's period alone ('Under perioden:', the verb of
'Under perioden gör vi följande:' left out) holds the actions (`prose._WILL_DO_RE`); and an
'Ansvar:' paragraph under the list that hands the actions out one sentence each
('Ansvar: Välkomstkvällen ansvarar rektorerna för. Språkväskorna sköts av biblioteket.') names
no doer of the whole list (`ParagraphReader._fields_of_listed_actions`): each action gets its
own (`responsibility_prose`). Made-up programme."""

from blocks_doc import bullets as _b, classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers.prose import intro_kind


def test_period_alone_introduces_actions():
    assert intro_kind("Under perioden:") == "measure"
    assert intro_kind("Under programperioden 2026–2029:") == "measure"
    # a past period or a sentence going on is not this form
    assert intro_kind("Under den förra perioden:") != "measure"
    assert intro_kind("Under perioden genomfördes:") != "measure"


def _programme():
    return [
        _h("Integrationsprogram för Exempelvik 2026–2029", 1),
        _h("Mål och insatser", 1),
        _h("Språk", 2),
        _p("Det finns ingen kurs i svenska för vuxna i kommunen."),
        _p("Målsättningen är att vuxna invånare ska kunna studera svenska på hemorten."),
        _p("Under perioden:"),
        _b("Vi startar hösten 2026 en kvällskurs i svenska för nybörjare.",
           "Vi lånar ut språkväskor med lättlästa böcker.",
           "Vi ordnar en välkomstkväll för nya invånare varje höst."),
        _p("Ansvar: Kvällskursen ansvarar bildningschefen för. Språkväskorna sköts av "
           "bibliotekarien. Välkomstkvällen ordnas av fritidssekreteraren."),
        _h("Uppföljning", 1),
        _p("Programmet följs upp en gång per år."),
    ]


def test_list_under_period_intro_and_owner_sentences():
    ex = _classify(_programme())
    by_verb = {m.text.split()[1]: m for m in ex.measures}
    assert {"startar", "lånar", "ordnar"} <= set(by_verb)
    assert by_verb["startar"].responsible == ["bildningschefen"]
    assert by_verb["lånar"].responsible == ["bibliotekarien"]
    assert by_verb["ordnar"].responsible == ["fritidssekreteraren"]
