"""Lists numbered from 1 again under every goal heading ('Mål 1. …' / '1. …', 'Mål 2. …' /
'1. …'): each copy of a list number stands under its own labelled and numbered goal, so the
copies are that many actions, even where two of them share words (`merge._numbered_anew`);
and an intro that names the goal noun only to deny it by its determiner ('… inga egna mål
för hälsa, men kommunen deltar på följande sätt:') holds no goals (`prose.intro_kind`)."""

from blocks_doc import bullets as _b, classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers.prose import intro_kind


def _programme():
    return [
        _h("Integrationsprogram för Exempelby 2025–2028", 1),
        _p("Programmet har beretts av en arbetsgrupp under hösten 2024."),
        _h("4 Tema: Språk och arbete", 1),
        _h("Mål 1. Vuxna nyinflyttade lär sig språket", 2),
        _p("Det här gör vi"),
        _b("1. Kvällskurser i svenska och finska för nybörjare (Medborgarinstitutet, fortlöpande)",
           "2. Språkcafé på biblioteket varje vecka (Biblioteket, 2025)"),
        _h("Mål 2. Barn klarar sig väl i skolan", 2),
        _p("Det här gör vi"),
        _b("1. Förberedande undervisning ges på svenska och finska (Bildningsväsendet, fortlöpande)",
           "2. Läxhjälp två eftermiddagar i veckan (Skolorna, 2026)"),
        _h("Mål 3. Nyinflyttade hittar arbete", 2),
        _p("Det här gör vi"),
        _b("1. Rekryteringsdag för arbetsgivare varje höst (Näringslivsenheten, årligen)",
           "2. Praktikplatser i kommunens enheter (Personalavdelningen, 2025)"),
        _h("5 Uppföljning", 1),
        _p("Programmet följs upp årligen i samband med bokslutet."),
    ]


def test_items_numbered_anew_under_each_numbered_goal_are_separate_actions():
    out = _classify(_programme())
    texts = [m.text for m in out.measures]
    assert len(texts) == 6
    assert any(t.endswith("Kvällskurser i svenska och finska för nybörjare") for t in texts)
    assert any(t.endswith("Förberedande undervisning ges på svenska och finska") for t in texts)
    assert len({m.goal for m in out.measures}) == 3


def test_intro_denying_goals_by_determiner_holds_no_goals():
    assert intro_kind("Därför innehåller detta program inga egna mål för hälsa, men kommunen "
                      "deltar i samarbetet på följande sätt:") == "background"
    assert intro_kind("Programmet har inget mål för boendet. Staden gör ändå följande:") != "goal"
    # a goal noun not denied still introduces goals
    assert intro_kind("Programmets mål är:") == "goal"
    ex = _classify([
        _h("Integrationsprogram för Exempelby 2025–2028", 1),
        _h("Tema: Hälsa – ansvar hos välfärdsområdet", 1),
        _p("Välfärdsområdet har ett eget program. Därför innehåller detta program inga egna mål för "
           "hälsa, men kommunen deltar i samarbetet på följande sätt:"),
        _b("kommunens koordinator deltar i välfärdsområdets arbetsgrupp",
           "skolornas elevhälsa konsulterar välfärdsområdets team vid behov"),
    ])
    assert ex.goals == []
