"""Fifty-eighth blind set, reader a (blind345, blind348) conventions, on made-up text: a programme
that opens with a summary table (one row per goal, its actions one a line) and then describes
every action again in a paragraph of its own ('<action>. <how>. Ansvar: X. Samarbete: Y.
Tidtabell: T.'); and a programme written as answers to residents' questions ('Hur …?' headings,
'Vi vill att <goal>.' and passive action sentences '<action> ordnas av X tillsammans med Y <time>.')."""

from blocks_doc import classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers.reader_shared import _described_then_fields
from classifiers.summary_tables import _names_several
from classifiers.text import sentences


def test_description_between_an_action_and_its_fields():
    got = _described_then_fields(sentences(
        "Läxhjälp ordnas i biblioteket. Den ges två gånger i veckan av frivilliga. "
        "Ansvar: bildningsavdelningen. Samarbete: Exby ungdomsförening. Tidtabell: 2026."))
    assert got == (["bildningsavdelningen"], ["Exby ungdomsförening"], "2026", True)
    # fields right after the action are `_owner_sentences`' case; a paragraph whose fields do
    # not close it, or that names no responsible, is no such action
    assert _described_then_fields(sentences("Läxhjälp ordnas i biblioteket. Ansvar: skolan.")) is None
    assert _described_then_fields(sentences(
        "Läxhjälp ordnas i biblioteket. Den ges av frivilliga. Tidtabell: 2026.")) is None
    assert _described_then_fields(sentences(
        "Läxhjälp ordnas i biblioteket. Ansvar: skolan. Det är ett viktigt arbete.")) is None


def test_summary_cell_repeating_the_actions_in_full():
    actions = ["Läxhjälp ordnas i biblioteket", "Simskola för nya barn startas"]
    assert _names_several("Läxhjälp ordnas i\nbiblioteket\nSimskola för nya barn\nstartas", actions)
    assert _names_several("Läxhjälp ordnas i biblioteket", ["Läxhjälp ordnas i biblioteket"])
    # a cell with anything else in it is no repetition
    assert not _names_several("Läxhjälp ordnas i biblioteket och i skolan", ["Läxhjälp ordnas i biblioteket"])


def _summary_then_text(broken: bool = False):
    swim = ("Simskolan ordnas på sommaren. Barnen delas in i grupper efter ålder.",
            "Ansvar: idrottsbyrån. Tidtabell: somrarna 2026–2028.") if broken else (
        "Simskolan ordnas på sommaren. Barnen delas in i grupper efter ålder. Ansvar: idrottsbyrån. "
        "Tidtabell: somrarna 2026–2028.",)
    return _classify([
        _h("Programmet i korthet", 1),
        {"type": "table", "caption": "Tabell 1. Mål och åtgärder", "columns": ["Nr", "Område", "Mål", "Åtgärder"],
         "rows": [["1", "Barn och unga", "Alla barn deltar i fritiden på lika villkor",
                   "Läxhjälp ordnas i skolornas bibliotek\nSimskolan ordnas på sommaren"],
                  ["2", "Arbete", "Fler vuxna invandrare har ett arbete",
                   "Kommunen erbjuder praktikplatser i sina enheter"]]},
        _h("1 Bakgrund", 1),
        _p("Exby har 9 000 invånare, av vilka 600 har ett främmande modersmål."),
        _h("2 Mål och åtgärder", 1),
        _h("2.1 Barn och unga", 2),
        _p("Målsättning: Alla barn deltar i fritiden på lika villkor."),
        _p("Läxhjälp ordnas i skolornas bibliotek. Läxhjälpen ges två eftermiddagar i veckan. "
           "Ansvar: bildningsavdelningen. Samarbete: Exby ungdomsförening, biblioteket. Tidtabell: från hösten 2025."),
        *[_p(t) for t in swim],
        _h("2.2 Arbete", 2),
        _p("Målsättning: Fler vuxna invandrare har ett arbete."),
        _p("Kommunen erbjuder praktikplatser i sina enheter. Varje avdelning tar emot två praktikanter per år. "
           "Ansvar: personalavdelningen. Tidtabell: 2025–2027."),
        _p("Välfärdsområdet ordnar arbetsverksamhet i rehabiliteringssyfte enligt sin egen plan."),
    ])


def test_action_paragraphs_with_a_description_after_a_summary_table():
    for broken in (False, True):
        ex = _summary_then_text(broken)
        goals = {g.id: g.text for g in ex.goals}
        assert sorted(goals.values()) == ["Alla barn deltar i fritiden på lika villkor",
                                          "Fler vuxna invandrare har ett arbete"]
        got = {m.text: (goals.get(m.goal), m.responsible, m.schedule) for m in ex.measures}
        assert got == {
            "Läxhjälp ordnas i skolornas bibliotek": (
                "Alla barn deltar i fritiden på lika villkor", ["bildningsavdelningen"], "från hösten 2025"),
            "Simskolan ordnas på sommaren": (
                "Alla barn deltar i fritiden på lika villkor", ["idrottsbyrån"], "somrarna 2026–2028"),
            "Kommunen erbjuder praktikplatser i sina enheter": (
                "Fler vuxna invandrare har ett arbete", ["personalavdelningen"], "2025–2027"),
        }, broken
        homework = next(m for m in ex.measures if m.text.startswith("Läxhjälp"))
        assert homework.partners == ["Exby ungdomsförening", "biblioteket"]
        # the goals take the themes of the chapter that describes them in full
        assert sorted(g.theme for g in ex.goals) == ["Arbete", "Barn och unga"]
