"""A list whose items close with their doer and time in a parenthesis before the full stop
('... (medborgarinstitutet, 2026).') puts the doer of an item there also when it names the
doer alone ('... (näringsombudet).'): that parenthesis is cut off the action as its siblings'
are (classifiers.actors.laid_out_parenthesis_start, read in read_lists only where the list's
layout says so). Elsewhere a parenthesis the full stop closes stays part of the sentence."""

from blocks_doc import classify_action_bullets as _doc

from classifiers.actors import laid_out_parenthesis_start


def test_doer_alone_in_the_laid_out_place_is_cut():
    doc = _doc(["Vi för en dialog med arbetsgivarna om boende (näringsombudet, årligen).",
                "Vi ordnar kvällskurser i svenska (medborgarinstitutet, 2026–2028).",
                "Vi reserverar bostäder för nya familjer (tekniska nämnden, från 2027).",
                "Vi hjälper familjer att söka dagvårdsplats (bildningsnämnden)."])
    last = doc.measures[-1]
    assert len(doc.measures) == 4
    assert last.text == "Vi hjälper familjer att söka dagvårdsplats"
    assert last.responsible == ["bildningsnämnden"]


def test_what_the_reader_finds():
    assert laid_out_parenthesis_start("Vi hjälper familjer (bildningsnämnden).") == len("Vi hjälper familjer ")
    assert laid_out_parenthesis_start("Kurser på två språk (svenska och finska).") is None
    assert laid_out_parenthesis_start("(bildningsnämnden).") is None  # no action before it
