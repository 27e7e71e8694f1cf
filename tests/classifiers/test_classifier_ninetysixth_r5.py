"""Ninety-sixth blind set, reader r5 (blind574–576), on made-up text:

- a list's lead-in closing on the past copula and naming the earlier programme ('Insatserna i
  den förra planen var:') introduces what was done then, no measures of this programme
  (`prose.reports_past`);
- a follow-up sentence that counts with a question ('Vi följer upp genom att varje månad
  räkna hur många som …', 'Vi räknar också hur många …'), how often said before the verb: each
  count an indicator (`prose.followed_up_by`)."""

from blocks_doc import bullets as _b, classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers.prose import reports_past


def test_past_copula_lead_in_naming_earlier_plan_reports_past():
    assert reports_past("Insatserna i den förra planen var:")
    # (not the copula elsewhere, nor a lead-in with no earlier period named)
    assert not reports_past("Insatserna i planen var:")
    assert not reports_past("Vi frågar var tredje år:")


def test_list_after_past_copula_lead_in_gives_no_measures():
    ex = _classify([
        _h("Tillbakablick", 2),
        _p("Insatserna i den förra planen var:"),
        _b("en läxklubb i Norrby (lyckades)", "kvällskurs i finska (avbröts)"),
        _h("Mål och åtgärder", 2),
        _h("Språk", 3),
        _p("Vi vill att alla vuxna kan lära sig svenska."),
        _b("Svenskkurs på biblioteket varje vecka.", "Samtalsgrupp för föräldrar."),
    ])
    texts = [m.text for m in ex.measures]
    assert not any("läxklubb" in t or "finska" in t for t in texts)


def test_follow_up_counting_with_a_question_gives_indicators():
    ex = _classify([
        _h("Mål och åtgärder", 2),
        _h("Arbete", 3),
        _p("Vi vill att fler nya invånare har arbete."),
        _b("Jobbträffar med företagen.", "Praktikplatser i kommunen."),
        _h("Uppföljning", 2),
        _p("Vi följer upp genom att varje månad räkna hur många som deltar i jobbträffarna. "
           "Vi räknar också hur många nya invånare som har en praktikplats."),
    ])
    texts = [i.text for i in ex.indicators]
    assert any(t.startswith("hur många som deltar i jobbträffarna") for t in texts)
    assert any(t.startswith("hur många nya invånare som har en praktikplats") for t in texts)
