"""Goals stated once as a list 'Mål 1: ...' and measures as paragraphs named by a lead
phrase ('Läxhjälp. Biblioteket ordnar ... (fortlöpande).') under sections that open
'Åtgärderna nedan stöder mål N.', and an indicator table whose Mål column holds the goal's
number (tenth blind set, blind56 conventions). Made-up text."""

from blocks_doc import bullets as _b, classify_blocks as _classify, heading as _h, paragraph as _p


def _t(columns, rows, caption=None):
    return {"type": "table", "caption": caption, "columns": columns, "rows": rows}


def _programme():
    return [
        _h("2 Programmets mål", 1),
        _p("Visionen för programmet är: Exempelby – en by för alla."),
        _p("Arbetsgruppen har formulerat tre mål för programperioden:"),
        _b("Mål 1: Alla nyinflyttade får information på ett språk de förstår.",
           "Mål 2: Barn och unga klarar skolgången.", "Mål 3: Vuxna lär sig svenska."),
        _h("3 Åtgärder", 1),
        _h("3.1 Information", 2),
        _p("Åtgärderna nedan stöder mål 1."),
        _p("Välkomstmöte. Kommunkansliet bjuder två gånger per år in alla nyinflyttade till ett möte "
           "med tolkning (årligen, vår och höst)."),
        _p("Välkomstbroschyr. Kommunens enheter tar fram en broschyr på fem språk (2025)."),
        _h("3.2 Skola och språk", 2),
        _p("Åtgärderna nedan stöder mål 2 och 3."),
        _p("Läxhjälp. Biblioteket ordnar läxhjälp i samarbete med Exempelby Ungdomsförening (fortlöpande)."),
        _p("Svenska som andra språk. Alla elever som behöver det får undervisning i svenska som andra "
           "språk (fortlöpande)."),
        _h("4 Uppföljning", 1),
        _t(["Mål", "Indikator", "Utgångsläge 2023", "Målvärde 2027", "Källa"],
           [["1", "Andel nyinflyttade som deltagit i ett välkomstmöte", "30 %", "60 %", "Kansliet"],
            ["2", "Andel elever med avgångsbetyg", "88 %", "100 %", "Skolan"]], "Tabell 3. Indikatorer"),
    ]


def test_listed_goals_lose_their_label_and_are_named_by_number():
    x = _classify(_programme())
    assert [g.text for g in x.goals] == ["Alla nyinflyttade får information på ett språk de förstår",
                                         "Barn och unga klarar skolgången", "Vuxna lär sig svenska"]
    g1, g2, _ = (g.id for g in x.goals)
    # the indicator table's Mål column refers to them by number: no goals '1', '2'
    assert [(" ".join(i.text.split()), i.goal) for i in x.indicators] == [
        ("Andel nyinflyttade som deltagit i ett välkomstmöte", g1), ("Andel elever med avgångsbetyg", g2)]


def test_paragraphs_named_by_a_lead_phrase_are_measures_of_the_goal_the_section_supports():
    x = _classify(_programme())
    g1, g2, _ = (g.id for g in x.goals)
    assert [m.text.split(".")[0] for m in x.measures] == [
        "Välkomstmöte", "Välkomstbroschyr", "Läxhjälp", "Svenska som andra språk"]
    assert x.measures[0].text.endswith("(årligen, vår och höst)")
    assert [m.goal for m in x.measures] == [g1, g1, g2, g2]
    assert [m.responsible for m in x.measures] == [["Kommunkansliet"], ["Kommunens enheter"], ["Biblioteket"], []]
    assert x.measures[2].partners == ["Exempelby Ungdomsförening"]
    assert [m.schedule for m in x.measures] == ["årligen, vår och höst", "2025", "fortlöpande", "fortlöpande"]
