"""Actions numbered by their chapter ('3.1', '3.2' in chapter '3 Barn och unga') under goal
headings numbered on through the programme ('Mål 1: …', 'Mål 2: …'; 'Mål 3' stated in chapter
4): the number's first part is the chapter's, no goal's -- each action stays under the goal
heading it stands under (`Builder._actions_numbered_by_goal`)."""

from blocks_doc import classify_blocks as _classify, heading as _h, paragraph as _p


def test_actions_numbered_by_their_chapter_stay_under_their_goal_heading():
    x = _classify([
        _h("3 Barn", 1),
        _h("Mål 1: Barnen klarar skolan väl", 2),
        _p("3.1 Läxhjälp i biblioteket varje vecka. Ansvar: biblioteket. Tidtabell: 2026."),
        _p("3.2 Föräldrakvällar med tolk. Ansvar: skolorna. Tidtabell: årligen."),
        _h("Mål 2: Barnen har en hobby", 2),
        _p("3.3 Hobbyguide på flera språk. Ansvar: fritidssektorn. Tidtabell: 2027."),
        _h("4 Vuxna", 1),
        _h("Mål 3: Vuxna lär sig svenska", 2),
        _p("4.1 Språkcafé på kvällstid. Ansvar: medborgarinstitutet. Tidtabell: 2026–2028."),
        _h("Mål 4: Vuxna får arbete", 2),
        _p("4.2 Arbetsgivarträffar två gånger per år. Ansvar: näringslivsenheten. Tidtabell: 2026."),
        _h("5 Äldre", 1),
        _h("Mål 5: Äldre har kontakter", 2),
        _p("5.1 Seniorträff varje månad. Ansvar: församlingen. Tidtabell: 2026–2029."),
        _p("5.2 Hembesök med tolk. Ansvar: välfärdsområdet. Tidtabell: 2026–2027."),
        _h("6 Boende", 1),
        _h("Mål 6: Alla hittar en bostad", 2),
        _p("6.1 Boenderådgivning på Infopunkten. Ansvar: bostadsbolaget. Tidtabell: fortlöpande."),
        _p("6.2 Fler hyresbostäder byggs i centrum. Ansvar: bostadsbolaget. Tidtabell: 2027–2028."),
        _h("7 Delaktighet", 1),
        _h("Mål 7: Alla kan delta i föreningslivet", 2),
        _p("7.1 Föreningsmässa varje höst. Ansvar: kultursektorn. Tidtabell: årligen."),
        _p("7.2 Information på lätt svenska. Ansvar: kommunikationen. Tidtabell: 2026."),
    ])
    goal_of = {g.id: g.text.split(":")[0] for g in x.goals}
    got = {m.text.split()[0]: goal_of.get(m.goal) for m in x.measures}
    assert got == {"3.1": "Mål 1", "3.2": "Mål 1", "3.3": "Mål 2", "4.1": "Mål 3", "4.2": "Mål 4",
                   "5.1": "Mål 5", "5.2": "Mål 5", "6.1": "Mål 6", "6.2": "Mål 6",
                   "7.1": "Mål 7", "7.2": "Mål 7"}
