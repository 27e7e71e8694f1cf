"""A goal paragraph that singles a part of its goal out with 'särskilt' ('Vår målsättning är
att X. Under perioden vill vi särskilt att Y.'): Y is a goal too, a sub-goal of X; the actions
after the paragraph serve the paragraph's goal X (made-up text)."""

from blocks_doc import classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers.prose import is_goal_sentence, singles_out


def test_wish_with_the_adverb_sarskilt_is_a_goal():
    s = "Under perioden vill vi särskilt att andelen unga utan studieplats sjunker till under fem procent."
    assert is_goal_sentence(s, opens_paragraph=False, after_goal=True)
    assert is_goal_sentence("Vi vill särskilt att fler unga hittar en studieplats efter grundskolan.")
    assert singles_out(s)
    assert not singles_out("Under perioden vill vi att fler unga hittar en studieplats.")
    # the writers turning to the reader stay no goal
    assert not is_goal_sentence("Vi vill särskilt tacka alla som deltog i beredningen av programmet.")


def test_singled_out_part_is_a_sub_goal_and_heads_no_actions():
    ex = _classify([
        _h("1 Inledning", 1),
        _p("Programmet beskriver hur Lindvik tar emot nya invånare."),
        _h("2 Utbildning", 1),
        _p("Många unga som flyttat till Lindvik saknar en studieplats."),
        _p("Vår målsättning är att unga invandrare har samma möjligheter till utbildning som andra unga. "
           "Under perioden vill vi särskilt att andelen unga utan studieplats sjunker till under fem procent."),
        _p("Ungdomstjänsterna ordnar studievägledning på fem språk varje vår."),
    ])
    texts = [g.text.rstrip(".") for g in ex.goals]
    assert texts == ["Vår målsättning är att unga invandrare har samma möjligheter till utbildning som andra unga",
                     "Under perioden vill vi särskilt att andelen unga utan studieplats sjunker till under fem procent"]
    assert ex.goals[1].parent == ex.goals[0].id
    assert ex.measures and all(m.goal == ex.goals[0].id for m in ex.measures)
