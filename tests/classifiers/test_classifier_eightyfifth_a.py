"""Eighty-fifth blind set (blind505) conventions, on made-up text: a list item's closing
parenthesis naming a post and the bodies it works with ('(rektor, i samarbete med X)').
(The reader's card rule for action titles one a line, `cells.title_lines`, was taken out at
the merge: it split wrapped names in other programmes' cards.)"""

from classifiers.actors import tail_start, trailing_actors


# ---- '(post, i samarbete med X)' closing a list item -------------------------------------------

def test_post_with_partners_in_closing_parenthesis_is_the_doer():
    item = "Simskola för nyanlända barn på sommaren (idrottsombudet, i samarbete med Simklubben Delfinen)"
    assert trailing_actors(item) == (["idrottsombudet"], ["Simklubben Delfinen"], None)
    assert item[:tail_start(item)].rstrip() == "Simskola för nyanlända barn på sommaren"
    item = "Kurs i matlagning för föräldrar (lärare, i samarbete med Marthaföreningen)"
    assert trailing_actors(item) == (["lärare"], ["Marthaföreningen"], None)


def test_post_alone_in_parenthesis_without_time_or_partners_stays_text():
    # a post alone may be what the sentence speaks of (unchanged)
    assert trailing_actors("Handledning ges av en erfaren kollega (rektor)") is None
