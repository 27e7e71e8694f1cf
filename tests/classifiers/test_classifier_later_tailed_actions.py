"""In a chapter '3. Så här gör vi' whose numbered groups tell their actions in paragraphs
(classifiers/read_paragraphs.py, `_opening_action`): a later sentence of a paragraph that
closes with a who/when parenthesis of its own ('... (från 2026).') is an action of its own,
as the plan marks its actions; a later sentence without one tells how the first is done.
Also the verbs 'kompletteras' and 'betalar' state actions (classifiers/prose_actions.py).
Made-up text."""

from blocks_doc import bullets as _b, classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers.prose_actions import prose_action


def _programme(paragraphs):
    return [
        _h("2. Våra mål", 1),
        _b("1. Alla som flyttar hit ska känna sig välkomna.", "2. Barnen ska trivas på fritiden."),
        _h("3. Så här gör vi", 1),
        _h("3.1 Välkomnande", 2),
        _p("Kommunen erbjuder alla nyinflyttade ett välkomstpaket. Paketet delas ut av kansliet."),
        _h("3.2 Fritid", 2),
        *(_p(t) for t in paragraphs),
    ]


def test_a_later_sentence_with_its_own_tail_is_an_action():
    x = _classify(_programme([
        "Fritidsledaren bjuder in barnen i nya familjer till simskolan. "
        "Kommunen ordnar skjuts till simhallen för familjer utan bil (från 2026)."]))
    assert len(x.measures) == 3
    m = x.measures[-1]
    assert m.text.startswith("Kommunen ordnar skjuts till simhallen för familjer utan bil")
    assert m.schedule == "från 2026"


def test_a_later_sentence_without_a_tail_is_no_action_of_its_own():
    x = _classify(_programme([
        "Fritidsledaren bjuder in barnen i nya familjer till simskolan. "
        "Kommunen ordnar skjuts till simhallen för familjer utan bil."]))
    assert len(x.measures) == 2


def test_completing_and_paying_are_actions():
    assert prose_action("Kommunens webbplats kompletteras med en sida på engelska.") is not None
    assert prose_action("Kommunen betalar deltagaravgiften för familjer med låga inkomster.") is not None
    # paying is done by someone: its s-form tells how things are paid for
    assert prose_action("Avgiften betalas av staten.") is None
