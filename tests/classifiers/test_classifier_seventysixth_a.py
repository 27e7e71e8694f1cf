"""Seventy-sixth blind set (helper t76a): a list's lead-in that names the actions only inside
an 'utan att …' clause ('without being tied to any action') says the list is no part of them.
Made-up text."""

from blocks_doc import classify_blocks as _classify, heading as _h, paragraph as _p, bullets as _b

from classifiers.denied_actions import without_clause_words
from classifiers.prose import intro_kind


def test_the_words_of_an_utan_att_clause_run_to_the_next_comma_or_colon():
    # 'Vi följer läget, utan att det räknas som åtgärder, och bokför:' -- words 0..11
    inside = without_clause_words("Vi följer läget, utan att det räknas som åtgärder, och bokför:")
    assert inside == {5, 6, 7, 8}
    # 'utan' alone ('inte X utan Y') denies nothing
    assert without_clause_words("Inte bidrag utan åtgärder:") == set()


def test_a_lead_in_naming_the_actions_only_in_a_without_clause_introduces_background():
    assert intro_kind("Vi följer dessutom läget i regionen, utan att det knyts till någon av åtgärderna:") \
        == "background"
    # the actions named outside the clause still introduce actions
    assert intro_kind("Kommunen genomför följande åtgärder, utan att budgeten ökar:") == "measure"


def test_bullets_followed_without_being_tied_to_the_actions_are_no_measures():
    x = _classify([_h("3 Boende", 1),
                   _p("Målsättning: Nyinflyttade hittar en bostad snabbt."),
                   _p("Åtgärder:"),
                   _b("Bostadsbolaget ger råd om hyresavtal på flera språk"),
                   _h("4 Uppföljning", 1),
                   _p("Vi följer dessutom den allmänna utvecklingen, utan att den knyts till enskilda åtgärder:"),
                   _b("väntetiden till en hyresbostad i regionen", "antalet vräkningar per år")])
    assert [" ".join(m.text.split()) for m in x.measures] == [
        "Bostadsbolaget ger råd om hyresavtal på flera språk"]
