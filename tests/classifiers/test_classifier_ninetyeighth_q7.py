"""Ninety-fifth / ninety-eighth blind sets (blind568, blind586), on made-up text.

- A goal heading with a compound label and a dotted number, the goal after it with no mark
  ('Resultatmål 2.3 Unga har …'), is read as 'Delmål 2.3 Unga har …' is: the goal without
  its label (`reader_shared.dotted_goal_label`).
- A responsible cell split by action codes ('1.1–1.2 Personalenheten, 1.3 Biblioteket')
  gives each numbered action the part its number falls in (`coded_responsible`)."""

from blocks_doc import classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers.coded_responsible import coded_parts
from classifiers.reader_shared import dotted_goal_label


def _sq(s):
    return " ".join(s.split())


def test_a_compound_goal_label_with_a_dotted_number_and_no_mark():
    assert dotted_goal_label("Resultatmål 2.3 Unga har en meningsfull fritid") == (
        "2.3", "Unga har en meningsfull fritid")
    assert dotted_goal_label("Delmål 1.2 Fler har arbete") == ("1.2", "Fler har arbete")  # as before
    # a compound whose first part makes 'mål' a language is no goal label
    assert dotted_goal_label("Modersmål 2.1 Barnen läser") is None


def test_compound_labelled_sub_goal_headings_give_the_goal_alone():
    got = _classify([
        _h("Inledning", 1),
        _p("Kommunen har tagit fram planen tillsammans med föreningarna under året 2025."),
        _h("Mål och åtgärder", 1),
        _h("Strategiskt mål 1 – Nya invånare hittar arbete", 2),
        _h("Resultatmål 1.1 Unga vuxna får en praktikplats", 3),
        _p("Åtgärd 1. Kommunen ordnar praktikplatser i sina enheter. Ansvar: personalenheten. 2026–2027."),
        _h("Resultatmål 1.2 Föräldrar lär sig svenska", 3),
        _p("Åtgärd 2. Biblioteket ordnar ett språkcafé varje vecka. Ansvar: biblioteket. Från 2026."),
        _h("Uppföljning", 1),
        _p("Planen följs upp varje år av ledningsgruppen."),
    ])
    texts = [_sq(g.text) for g in got.goals]
    assert "Unga vuxna får en praktikplats" in texts
    assert "Föräldrar lär sig svenska" in texts


def test_coded_parts_of_a_responsible_cell():
    assert coded_parts("1.1–1.2 Personalenheten, 1.3 Biblioteket") == [
        ((1, 1), (1, 2), "Personalenheten"), ((1, 3), (1, 3), "Biblioteket")]
    assert coded_parts("Personalenheten") is None          # no code: the cell as read
    assert coded_parts("Biblioteket 1.3") is None          # the cell does not open with a code
    assert coded_parts("1.1 Personalenheten, 1.2") is None  # a part names no one


def test_a_responsible_cell_split_by_action_codes():
    got = _classify([
        _h("Mål och åtgärder", 1),
        {"type": "table", "caption": "Tabell 1. Arbete",
         "columns": ["Mål", "Åtgärder", "Ansvar", "Tidtabell"],
         "rows": [["1 Fler invånare har arbete",
                   "1.1 Praktikplatser i kommunens enheter\n1.2 Mentorer för nya anställda\n1.3 Jobbklubb på biblioteket",
                   "1.1–1.2 Personalenheten\n1.3 Biblioteket", "2026–2027"]]},
        _h("Uppföljning", 1),
        _p("Planen följs upp varje år av ledningsgruppen."),
    ])
    who = {_sq(m.text): m.responsible for m in got.measures}
    assert who == {"1.1 Praktikplatser i kommunens enheter": ["Personalenheten"],
                   "1.2 Mentorer för nya anställda": ["Personalenheten"],
                   "1.3 Jobbklubb på biblioteket": ["Biblioteket"]}, who
