"""A header that is a known phrase and nothing else names its column however many words the
phrase takes ('Det här vill vi uppnå', five words: a poster programme's box)."""
from classifiers.headers import header_role, map_columns


def test_five_word_goal_phrase_alone_is_a_goal_header():
    assert header_role("Det här vill vi uppnå") == "goal"
    assert map_columns(["Det här vill vi uppnå", "Det här gör vi", "Så här mäter vi"])[0] == "goal"


def test_the_phrase_opening_a_longer_sentence_is_no_header():
    # running text that merely opens with the phrase stays without a role
    assert header_role("Det här vill vi uppnå tillsammans med föreningarna i hela kommunen") is None
