"""Ninety-sixth blind set, reader q5 (blind571/573/575), on made-up text:

- a unit of the municipality as the one who counts or follows a figure ('Biblioteket räknar
  hur många …', 'Ungdomsgården följer antalet …'): the figure an indicator, as after the
  speaker's own 'Vi räknar också …' (`prose.followed_up_by`);
- a comma part that opens with a preposition of time or place and names no quantity of its
  own (', mitt i sommaren') is an adverbial of the figure before it, no indicator."""

from blocks_doc import bullets as _b, classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers.prose import followed_up_by


def test_unit_subject_counting_a_figure_is_followed_up():
    assert followed_up_by("Biblioteket räknar hur många lånekort nya invånare tar.") == \
        ("Biblioteket", ["hur många lånekort nya invånare tar"])
    assert followed_up_by("Ungdomsgården följer antalet besökare med utländsk bakgrund.") == \
        ("Ungdomsgården", ["antalet besökare med utländsk bakgrund"])
    # (a unit doing something else, or following no quantity, names no indicator)
    assert followed_up_by("Biblioteket ordnar läxhjälp varje vecka.") is None
    assert followed_up_by("Skolan följer elevernas hälsa noga.") is None


def test_prepositional_comma_part_stays_with_its_figure():
    assert followed_up_by("Vi räknar också hur många som har arbete i juli, mitt i sommaren.") == \
        ("Vi räknar också", ["hur många som har arbete i juli, mitt i sommaren"])
    # (a part that opens with a preposition but names a quantity of its own is still one)
    assert followed_up_by("Vi följer upp genom att räkna antalet deltagare, i skolan andelen elever "
                          "som klarar provet och antalet besök.")[1][0] == "antalet deltagare"


def test_unit_subject_follow_up_sentences_give_indicators():
    ex = _classify([
        _h("Mål och åtgärder", 2),
        _h("Fritid", 3),
        _p("Vi vill att alla barn har en hobby."),
        _b("Prova-på-dagar i idrottsföreningarna.", "Ett fritidskort för nya familjer."),
        _h("Uppföljning", 2),
        _p("Vi följer upp genom att varje år räkna hur många som deltar i prova-på-dagarna. "
           "Ungdomsgården räknar hur många barn som får ett fritidskort."),
    ])
    texts = [i.text for i in ex.indicators]
    assert any(t.startswith("hur många barn som får ett fritidskort") for t in texts)
