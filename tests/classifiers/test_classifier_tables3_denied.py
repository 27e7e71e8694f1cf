"""Helper tables3: a list's lead-in that denies the action noun through the determiner of a
denied clause ('… som inte hör till någon enskild åtgärd:') introduces no actions. Made-up text."""

from blocks_doc import classify_blocks as _classify, heading as _h, paragraph as _p, bullets as _b

from classifiers.denied_actions import denied
from classifiers.prose import intro_kind


def test_a_negation_reaches_the_noun_phrase_its_determiner_nagon_opens():
    toks = "som inte ar knutna till nagon enskild atgard".split()
    assert denied(toks, len(toks) - 1)
    # 'någon' with no negation before it affirms ('om någon ny åtgärd behövs')
    toks = "kommunen fragar om nagon ny atgard".split()
    assert not denied(toks, len(toks) - 1)


def test_a_list_said_to_belong_to_no_action_holds_no_measures():
    intro = "Kommunen följer även några mått på läget i stort, men som inte hör till någon enskild åtgärd:"
    assert intro_kind(intro) == "background"
    x = _classify([_h("3 Boende", 1),
                   _p("Målsättning: Nyinflyttade hittar en bostad snabbt."),
                   _p("Åtgärder:"),
                   _b("Bostadsbolaget ger råd om hyresavtal på flera språk."),
                   _p(intro),
                   _b("andelen hushåll som bor trångt", "antalet vräkningar per år")])
    assert [" ".join(m.text.split()) for m in x.measures] == [
        "Bostadsbolaget ger råd om hyresavtal på flera språk."]
