"""Sixty-seventh blind set, second reader (blind400–blind402): the conventions read, each with
made-up text."""
from classifiers.titled_items import described_numbered_action


def test_running_numbered_action_keeps_its_first_sentence():
    # actions numbered 1–N through a chapter, each a paragraph whose first sentence is the
    # action and whose next sentences explain it, the fields on a line below
    text = ("3. Biblioteket öppnar ett språkcafé för vuxna varje tisdag. Nu finns inget ställe "
            "där nya invånare kan öva svenska på kvällarna. Caféet leds av frivilliga.")
    assert described_numbered_action(text) == "3. Biblioteket öppnar ett språkcafé för vuxna varje tisdag."


def test_explaining_clause_of_its_own_subject_cuts_too():
    # the second sentence does not take up the first ('Kursen …') but is a clause of its own
    text = ("2.4 Fritidsgården ordnar läxhjälp på arabiska och dari. Många föräldrar kan inte "
            "hjälpa sina barn med läxorna på svenska.")
    assert described_numbered_action(text) == "2.4 Fritidsgården ordnar läxhjälp på arabiska och dari."


def test_action_listed_in_parts_is_not_cut():
    # nominal sentences, each a part of the one action: nothing explains the one before it
    text = ("5. Tätare samarbete med vårdnadshavarna i skolan. Information till vårdnadshavare "
            "om skolans arbete varje höst.")
    assert described_numbered_action(text) is None
