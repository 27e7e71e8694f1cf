"""Hundred-and-second blind set, reader p4 (blind609, blind610), on made-up text: a goal's
list of actions mixing items in the first person plural ('Vi samlar ...') with items naming
their own doer as the subject ('Biblioteket ordnar ...')."""

from blocks_doc import bullets as _b, classify_blocks as _classify, heading as _h, paragraph as _p


def _plan(first: str):
    return _classify([
        _h("Exby kommun", 1),
        _h("Målen", 1),
        _h("Att trivas", 2),
        _p("Vi vill att alla nya invånare ska trivas i Exby."),
        _p("Det här gör vi:"),
        _b(first,
           "Fritidsväsendet ordnar tillsammans med föreningarna en sommarfest varje juni.",
           "Ungdomsarbetet startar en kvällsklubb för unga hösten 2026."),
    ])


def test_a_first_person_item_leaves_the_named_subjects_their_doers():
    r = _plan("Vi delar ut ett välkomstbrev till alla nya invånare.")
    got = {m.text.split()[0]: m.responsible for m in r.measures}
    assert got == {"Vi": [], "Fritidsväsendet": ["Fritidsväsendet"], "Ungdomsarbetet": ["Ungdomsarbetet"]}


def test_a_nominal_item_still_makes_the_list_say_what_not_who():
    # an item naming no doer at all (a noun phrase) keeps the list one of what is done
    r = _plan("Ett välkomstbrev till alla nya invånare.")
    assert all(m.responsible == [] for m in r.measures)
