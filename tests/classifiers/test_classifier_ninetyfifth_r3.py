"""Ninety-fifth blind set (blind568) conventions, on made-up text: the follow-up phrase with
the part of the plan it follows up after it ('Så följer vi upp det strategiska målet:') over
a list introduces indicators, as 'Så följer vi upp:' alone does."""

from blocks_doc import bullets as _b, classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers.prose import intro_kind


def _sq(s):
    return " ".join(s.split())


def test_follow_up_phrase_with_its_object_introduces_indicators():
    assert intro_kind("Så följer vi upp det strategiska målet:") == "indicator"
    assert intro_kind("Så här följer vi upp målen:") == "indicator"
    assert intro_kind("Så mäter vi det övergripande målet:") == "indicator"


def _doc(label):
    return _classify([
        _h("Inledning", 1),
        _p("Kommunen har tagit fram planen tillsammans med föreningarna under året 2025."),
        _h("Mål och åtgärder", 1),
        _h("Huvudmål 1 – Nya invånare hittar arbete", 2),
        _h("Delmål 1.1 Unga vuxna får en praktikplats", 3),
        _p("Åtgärd 1. Kommunen ordnar praktikplatser i sina enheter. Ansvar: personalenheten. 2026–2027."),
        _p("Åtgärd 2. Biblioteket ordnar en jobbklubb varje vecka. Ansvar: biblioteket. Från 2026."),
        _p(label),
        _b("andelen sysselsatta bland invånare med annat modersmål",
           "antalet praktikplatser för nya invånare"),
        _h("Uppföljning", 1),
        _p("Planen följs upp varje år av ledningsgruppen."),
    ])


def test_follow_up_phrase_with_its_object_over_a_list_reads_indicators():
    got = _doc("Så följer vi upp det strategiska målet:")
    assert [_sq(i.text) for i in got.indicators] == [
        "andelen sysselsatta bland invånare med annat modersmål", "antalet praktikplatser för nya invånare"]
    assert not any("andelen" in g.text or "antalet" in g.text for g in got.goals)
