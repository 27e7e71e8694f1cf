"""The OCR word-accuracy measure of bench/ocr_accuracy.py: a word the page breaks across
two lines counts once joined, and only then."""

from __future__ import annotations

from bench.ocr_accuracy import accuracy, join_wraps, text_tokens


def test_word_broken_at_a_line_end_is_joined_where_the_reference_has_it_whole():
    ref = "Information om bostadsrättsmöjligheterna och arbetsträning ges".split()
    hyp, ends = text_tokens("Information om bostads\nrättsmöjligheterna och arbets-\nträning ges")
    assert accuracy(ref, hyp)[0] < 0.8              # strict: both broken words count as errors
    joined, n = join_wraps(ref, hyp, ends)
    assert n == 2 and accuracy(ref, joined)[0] == 1.0


def test_no_join_inside_a_line_nor_into_a_word_the_reference_lacks():
    ref = "bostads rättigheter".split()             # two words in the reference too
    hyp, ends = text_tokens("bostads\nrättigheter")
    assert join_wraps(ref, hyp, ends) == (hyp, 0)
    ref = ["bostadsrätt"]
    hyp, ends = text_tokens("bostads rätt")         # same line: a misread space, not a wrap
    assert join_wraps(ref, hyp, ends)[1] == 0
