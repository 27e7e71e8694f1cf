"""Raster helpers of the OCR path: skew, ruling lines, cell grids with merges (no Tesseract)."""

from __future__ import annotations

import numpy as np

from extractors import ocr_image as oi


def _grid_image() -> np.ndarray:
    """Two rows, three columns, with the top row's last two cells merged (no rule between
    them), plus some 'text' strokes that must not count as rules."""
    g = np.full((500, 800), 255, np.uint8)
    for y in (100, 200, 300):
        g[y - 1:y + 2, 100:701] = 0
    for x in (100, 400, 700):
        g[100:301, x - 1:x + 2] = 0
    g[200:301, 549:552] = 0  # the column rule exists only in the second row
    g[130:160, 150:153] = 0  # an 'l' stroke inside a cell
    g[360:362, 100:140] = 0  # a dash outside the table
    return g


def test_grid_with_merged_cell():
    grids, mask = oi.find_grids(_grid_image(), dpi=200)
    assert len(grids) == 1
    g = grids[0]
    assert [round(x) for x in g.xs] == [100, 400, 550, 700]
    assert [round(y) for y in g.ys] == [100, 200, 300]
    assert g.spans == [(0, 1, 1, 2)]
    assert g.cell_at(600, 150) == (0, 1)  # inside the merge -> its top-left cell
    assert g.cell_at(600, 250) == (1, 2)
    assert g.cell_at(50, 50) is None
    assert mask[100, 300] and not mask[140, 151]  # rules masked, the stroke kept


def test_skew_estimate_straightens_rotated_grid():
    tilted = oi.rotate_gray(_grid_image(), 0.6)
    angle = oi.estimate_skew(tilted < oi.otsu_threshold(tilted))
    assert abs(angle + 0.6) < 0.1
    straight = oi.rotate_gray(tilted, angle)
    grids, _ = oi.find_grids(straight, dpi=200)
    assert len(grids) == 1 and len(grids[0].xs) == 4


def test_fill_edge_and_open_bottom_make_rows():
    """A heading row marked only by its grey fill (no rule under it), and a table cut by
    the page break (column rules run on past the last horizontal rule)."""
    g = np.full((700, 800), 255, np.uint8)
    g[101:160, 101:700] = 215  # heading fill, no rule at its lower edge
    for y in (100, 300):
        g[y - 1:y + 2, 100:701] = 0
    for x in (100, 400, 700):
        g[100:600, x - 1:x + 2] = 0  # runs on to y=600, no closing rule
    grids, _ = oi.find_grids(g, dpi=200)
    assert len(grids) == 1
    gr = grids[0]
    assert [round(y) for y in gr.ys] == [100, 160, 300, 600]
    assert gr.shaded_rows[:2] == [True, False]
    assert gr.spans == []


def test_isolated_specks_removed_dots_near_letters_kept():
    ink = np.zeros((60, 80), bool)
    ink[10, 10] = True                 # a one-pixel speck on blank paper
    ink[40:42, 60:62] = True           # a 2x2 speck
    ink[20:30, 30:32] = True           # an 'i' stem ...
    ink[17:19, 30:32] = True           # ... and its dot, one pixel above it
    ink[28:30, 33:35] = True           # a full stop one pixel after the stem
    ink[45:48, 10:13] = True           # a 3x3 blob: larger than a speck of size 2
    m = oi.isolated_specks(ink, size=2, ring=2)
    assert m[10, 10] and m[40:42, 60:62].all()
    assert not m[17:19, 30:32].any() and not m[28:30, 33:35].any()
    assert not m[20:30, 30:32].any() and not m[45:48, 10:13].any()
    assert m.sum() == 5                # only the two specks' pixels


def test_dot_above_a_letter_kept_in_small_print():
    """In small print the dot of an i is further from its stem than the ring: the ink
    below it keeps it, while a speck of the same size in a word gap goes."""
    ink = np.zeros((40, 40), bool)
    ink[12:22, 10:12] = True           # stem of an 'i'
    ink[7:9, 10:12] = True             # its dot, three blank rows above
    ink[20:22, 25:27] = True           # a speck between words, nothing under it
    assert oi.isolated_specks(ink, size=2, ring=2)[7:9, 10:12].all()  # without `below`: lost
    m = oi.isolated_specks(ink, size=2, ring=2, below=6)
    assert not m[7:9, 10:12].any()
    assert m[20:22, 25:27].all() and m.sum() == 4


def _blurred(g: np.ndarray) -> np.ndarray:
    from PIL import Image, ImageFilter
    return np.asarray(Image.fromarray(g).filter(ImageFilter.GaussianBlur(0.8)))


def test_letter_stem_between_rule_and_text_run_makes_no_column():
    """Thin (1 px, blurred) rules; in a cell, a line of blurred text whose letters touch
    into a run longer than a quarter inch (as bold or blurred 200 dpi text does), and a
    letter stem (~0.1 in) from the row's top rule down to it. The stem touches one rule and
    meets two, but it is no column boundary (that would cut the cell and whiten the
    letter), while the real thin rules are all found."""
    g = np.full((500, 900), 255, np.uint8)
    for y in (100, 200, 400):
        g[y, 100:801] = 0
    for x in (100, 450, 800):
        g[100:401, x] = 0
    g[124, 200:290] = 0  # a text line's letters run together
    g[101:122, 250:252] = 0  # a letter stem touching the rule above it
    grids, mask = oi.find_grids(_blurred(g), dpi=200)
    assert len(grids) == 1
    gr = grids[0]
    assert [round(x) for x in gr.xs] == [100, 450, 800]
    assert [round(y) for y in gr.ys] == [100, 200, 400]
    assert not mask[110:118, 250:252].any()  # the stem stays ink for the OCR
