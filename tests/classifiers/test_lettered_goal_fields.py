"""Goals lettered A–F ('Indikatormål A: …'), a second 'Mäts också med:' line, and the noun
'år' that folds like the verb 'är' (blind195-style conventions, on made-up text)."""

from classifiers.headers import header_role, label_role
from classifiers.prose import is_goal_sentence
from classifiers.reader_shared import goal_field


def test_goal_field_with_a_letter_code():
    assert goal_field("Indikatormål C: Högst 10 % av de unga står utan studieplats år 2030.") == (
        "Högst 10 % av de unga står utan studieplats år 2030", "C")
    assert goal_field("Mål B: Fler föräldrar deltar i föräldramöten.") == (
        "Fler föräldrar deltar i föräldramöten", "B")


def test_lower_case_letter_is_no_code():
    # 'i' after the label is a word, not a goal's letter
    assert goal_field("Mål i: något.") is None


def test_measured_also_with_is_an_indicator_label():
    assert label_role("Mäts också med") == "indicator"
    assert header_role("Mäts även genom") == "indicator"


def test_year_noun_is_not_the_verb():
    s = ("Därför har vi skrivit målen som mätbara mål: varje mål anger ett tal och ett år, "
         "så att det går att följa dem.")
    assert not is_goal_sentence(s, opens_paragraph=False)
    # the verb, also as OCR prints it without its ring
    assert is_goal_sentence("Målet är att fler ska få arbete.")
    assert is_goal_sentence("Målet ar att fler ska få arbete.")
