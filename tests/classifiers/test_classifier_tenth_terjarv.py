"""Themed chapters whose measures are list items with dash sub-items of fields ('• X' /
'– Ansvar: ...' / '– Tidtabell: ...' / '– Mätare: ...'), a free detail sub-item, and a
working group listed as people ('Namn Efternamn, roll') under the action chapter (tenth
blind set, blind57 conventions). Made-up text."""

from blocks_doc import bullets as _b, classify_blocks as _classify, heading as _h, paragraph as _p


def _area():
    return [
        _h("3 Insatsområden", 1),
        _h("3.1 Språk", 2),
        _p("Målsättning: Alla vuxna kan lära sig svenska på orten."),
        _p("Åtgärder:"),
        _b("Kvällskurs i svenska ordnas", "– Ansvar: medborgarinstitutet",
           "– Samarbete: biblioteket och föreningarna", "– Tidtabell: hösten 2026", "– Mätare: antal deltagare",
           "Språkcafé på biblioteket", "– Ansvar: biblioteket", "– Tidtabell: fortlöpande",
           "– kaféet hålls på lätt svenska"),
        _p("Så följer vi upp:"),
        _b("antal vuxna som studerar svenska"),
    ]


def test_dash_sub_items_with_field_labels_are_the_fields_of_the_item_above():
    x = _classify(_area())
    assert [m.text for m in x.measures] == ["Kvällskurs i svenska ordnas", "Språkcafé på biblioteket"]
    m1, m2 = x.measures
    assert m1.responsible == ["medborgarinstitutet"] and m1.partners == ["biblioteket", "föreningarna"]
    assert m1.schedule == "hösten 2026" and m2.responsible == ["biblioteket"] and m2.schedule == "fortlöpande"
    assert [(i.text, i.measure) for i in x.indicators if i.measure] == [("antal deltagare", m1.id)]


def test_working_group_listed_as_people_under_the_action_chapter_is_no_measure():
    x = _classify([
        _h("3 Insatsområden", 1),
        _h("3.1 Språk", 2),
        _p("Målsättning: Alla vuxna kan lära sig svenska på orten."),
        _p("Åtgärder:"),
        _b("Kvällskurs i svenska ordnas", "Språkcafé på biblioteket"),
        _h("Arbetsgruppen", 2),
        _b("Maria Exempel, integrationskoordinator (sammankallare)", "Björn Prov, bildningschef",
           "Anna Test och Ali Omar, invånarrepresentanter"),
    ])
    assert [m.text for m in x.measures] == ["Kvällskurs i svenska ordnas", "Språkcafé på biblioteket"]
