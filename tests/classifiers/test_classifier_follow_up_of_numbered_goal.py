"""A follow-up field whose label names its goal by number ('Uppföljning av mål 2: ...'): its
sentences are that goal's indicators, of no action. Made-up text."""

from blocks_doc import classify_blocks as _classify, heading as _h, paragraph as _p, bullets as _b


def _plan(follow_up):
    return [_h("2 Mål", 1),
            _h("Mål 1: Nyinflyttade hittar arbete i regionen", 2),
            _h("Mål 2: Kommunerna och regionen arbetar tillsammans", 2),
            _h("3 Åtgärder", 1),
            _h("Åtgärder för mål 2", 2),
            _b("Ett gemensamt avtal om vägledning upprättas – regionens koordinator, 2026.",
               "Gemensamma nätverksmöten för personalen ordnas – koordinatorn, två gånger per år."),
            _p(follow_up)]


def test_sentences_after_a_follow_up_label_naming_its_goal_are_its_indicators():
    # 'Uppföljning av mål 2:' names the goal it follows up: the sentences after it are what
    # goal 2 is followed up by (before: sentences, not counts, after a label with a number
    # were read as nothing)
    x = _classify(_plan("Uppföljning av mål 2: Avtalet om vägledning är undertecknat. Antalet hänvisade "
                        "klienter följs upp varje halvår."))
    g2 = next(g for g in x.goals if "Kommunerna och regionen" in g.text)
    assert [(i.text, i.goal, i.measure) for i in x.indicators] == [
        ("Avtalet om vägledning är undertecknat", g2.id, None),
        ("Antalet hänvisade klienter följs upp varje halvår", g2.id, None)]


def test_a_follow_up_label_naming_no_goal_so_numbered_reads_nothing_new():
    # the label names a goal number the document never stated: no goal to follow up
    x = _classify(_plan("Uppföljning av mål 7: Avtalet om vägledning är undertecknat."))
    assert x.indicators == []
