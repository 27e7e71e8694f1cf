"""Raster work for OCR: binarization, skew, dark fills, ruling lines and cell grids.

Pure numpy (no OpenCV): the scans this project meets are office tables with straight rules,
and run-length analysis on a deskewed binary image finds those rules reliably and fast
(a few tens of milliseconds per page, small next to Tesseract's seconds).

All coordinates here are pixels of the (deskewed) page image, origin top-left.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np
from PIL import Image


# --------------------------------------------------------------------------- binarization


def otsu_threshold(gray: np.ndarray) -> int:
    """Otsu's threshold on an 8-bit image: ink is `gray < threshold`. No fixed level, so
    faint and dark scans binarize alike."""
    hist = np.bincount(gray.ravel(), minlength=256).astype(np.float64)
    total = hist.sum()
    if total == 0:
        return 128
    levels = np.arange(256, dtype=np.float64)
    w0 = np.cumsum(hist)
    m0 = np.cumsum(hist * levels)
    mt = m0[-1]
    w1 = total - w0
    with np.errstate(divide="ignore", invalid="ignore"):
        between = (mt * w0 / total - m0) ** 2 / (w0 * w1)
    between[~np.isfinite(between)] = 0
    # levels <= argmax are ink; return the first paper level so that `gray < t` is ink
    # (a clean two-level image has its maximum at level 0)
    return int(np.argmax(between)) + 1


# --------------------------------------------------------------------------- skew


def estimate_skew(ink: np.ndarray, max_deg: float = 3.0) -> float:
    """Angle (degrees, PIL's counter-clockwise convention) that straightens the page.

    Projection-profile method: text lines and rules are horizontal when the squared
    row-count profile of the ink is sharpest. Scans are fed by hand and come out a
    fraction of a degree off, which is enough to break run-length rule detection across a
    page width, so the rules are measured on the straightened image.
    """
    step = max(1, ink.shape[1] // 800)  # ~800 px wide is plenty for an angle
    small = ink[::step, ::step]
    ys, xs = np.nonzero(small)
    if len(ys) < 200:
        return 0.0
    if len(ys) > 200_000:  # dense pages: a random subset keeps the profile shape
        sel = np.random.default_rng(0).choice(len(ys), 200_000, replace=False)
        ys, xs = ys[sel], xs[sel]
    ys = ys.astype(np.float64)
    xs = xs.astype(np.float64) - small.shape[1] / 2
    h = small.shape[0]

    def score(deg: float) -> float:
        t = np.tan(np.radians(deg))
        # row of each ink pixel after rotating by -deg around the centre column
        r = np.round(ys + xs * t).astype(np.int64)
        r = r[(r >= 0) & (r < h)]
        c = np.bincount(r, minlength=h).astype(np.float64)
        return float((c * c).sum())

    coarse = np.arange(-max_deg, max_deg + 1e-9, 0.2)
    best = max(coarse, key=score)
    fine = np.arange(best - 0.2, best + 0.2 + 1e-9, 0.02)
    best = max(fine, key=score)
    # the profile is sharpest when rows are counted along y + x*tan(a), i.e. the ink runs
    # at -a; PIL's rotate turns counter-clockwise on screen, so rotate(-a) straightens it
    return float(-best)


def rotate_gray(gray: np.ndarray, deg: float) -> np.ndarray:
    # bicubic, not bilinear: bilinear (0.03 vs 0.085 s CPU a 200 dpi page) read 35 more
    # words right over five scans (bench/ocr_accuracy.py), but its line heights moved
    # the Vasa scans' heading levels (koto golden check: 7 sections misnested vs 6) and
    # read one narrow cell's 't' as 'L'; the structure on the scans decides
    img = Image.fromarray(gray)
    return np.asarray(img.rotate(deg, resample=Image.BICUBIC, expand=False, fillcolor=255))


# --------------------------------------------------------------------------- ruling lines


def _runs(mask: np.ndarray, min_len: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Runs of True along axis 1 of at least `min_len`: (row, start, end_exclusive)."""
    h, w = mask.shape
    padded = np.zeros((h, w + 2), dtype=np.int8)
    padded[:, 1:-1] = mask
    d = np.diff(padded, axis=1)
    sr, sc = np.nonzero(d == 1)
    er, ec = np.nonzero(d == -1)
    # starts and ends come out in the same row-major order, one end per start
    keep = (ec - sc) >= min_len
    return sr[keep], sc[keep], ec[keep]


def _close_gaps(mask: np.ndarray, gap: int, axis: int) -> np.ndarray:
    """Bridge gaps of up to `gap` pixels along an axis: scanned rules break where the
    toner is thin, and a broken rule would split a cell."""
    out = mask.copy()
    for k in range(1, gap + 1):
        a = np.roll(mask, k, axis=axis)
        b = np.roll(mask, -k, axis=axis)
        out |= a & b
    return out


@dataclass
class Rule:
    """A straight rule: `pos` is its centre across, [a, b) its extent along."""

    pos: float
    a: int
    b: int
    thick: int
    runs: list[tuple[int, int, int]] = field(default_factory=list)


def _group_runs(rows, starts, ends, max_gap: int = 2) -> list[Rule]:
    """Merge runs on adjacent pixel rows that overlap into one rule (a rule is 1-5 px
    thick on a scan)."""
    order = np.lexsort((starts, rows))
    rules: list[Rule] = []
    open_: list[Rule] = []
    last_row: dict[int, int] = {}
    for i in order:
        r, s, e = int(rows[i]), int(starts[i]), int(ends[i])
        hit = None
        for rule in open_:
            if r - last_row[id(rule)] <= max_gap and s < rule.b and e > rule.a:
                hit = rule
                break
        if hit is None:
            hit = Rule(pos=r, a=s, b=e, thick=0)
            open_.append(hit)
            rules.append(hit)
        hit.runs.append((r, s, e))
        hit.a, hit.b = min(hit.a, s), max(hit.b, e)
        last_row[id(hit)] = r
        open_ = [x for x in open_ if r - last_row[id(x)] <= max_gap]
    for rule in rules:
        rs = [x[0] for x in rule.runs]
        rule.thick = max(rs) - min(rs) + 1
        # weight by run length: the centre of the rule, not of stray ink touching it
        wsum = sum(x[2] - x[1] for x in rule.runs)
        rule.pos = sum(x[0] * (x[2] - x[1]) for x in rule.runs) / wsum
    return rules


@dataclass
class Grid:
    """A ruled table: row boundaries `ys`, column boundaries `xs` (pixels), and the merged
    regions as (row, col, rowspan, colspan)."""

    xs: list[float]
    ys: list[float]
    spans: list[tuple[int, int, int, int]]
    owner: dict[tuple[int, int], tuple[int, int]]  # cell -> top-left cell of its region
    shaded_rows: list[bool]
    filled_rows: list[bool] = field(default_factory=list)  # inside a dark fill turned light

    @property
    def bbox(self) -> tuple[float, float, float, float]:
        return self.xs[0], self.ys[0], self.xs[-1], self.ys[-1]

    def cell_at(self, x: float, y: float) -> tuple[int, int] | None:
        if not (self.xs[0] <= x <= self.xs[-1] and self.ys[0] <= y <= self.ys[-1]):
            return None
        c = int(np.searchsorted(self.xs, x, side="right")) - 1
        r = int(np.searchsorted(self.ys, y, side="right")) - 1
        c = min(max(c, 0), len(self.xs) - 2)
        r = min(max(r, 0), len(self.ys) - 2)
        return self.owner[(r, c)]


def _cluster(values: list[float], tol: float) -> list[float]:
    out: list[list[float]] = []
    for v in sorted(values):
        if out and v - out[-1][-1] <= tol:
            out[-1].append(v)
        else:
            out.append([v])
    return [float(np.mean(g)) for g in out]


def _coverage(rules: list[Rule], pos: float, a: float, b: float, tol: float) -> float:
    """Share of [a, b) covered by rules lying at `pos` (within tol)."""
    if b <= a:
        return 1.0
    segs = sorted((max(r.a, a), min(r.b, b)) for r in rules if abs(r.pos - pos) <= tol)
    covered, cur = 0.0, a
    for s, e in segs:
        s = max(s, cur)
        if e > s:
            covered += e - s
            cur = e
    return covered / (b - a)


def _straight(rule: Rule, min_run: float) -> bool:
    """Most of the rule's length is made of runs longer than any glyph stroke.

    On a blurred 200 dpi scan the letters of a text line touch into horizontal runs
    longer than a quarter inch; a letter stem (~0.1 in) from a row rule down to such a
    run then touches one rule and meets two, and became a column boundary that cut the
    cell and was whitened out of the letter. A printed rule, even a thin blurred one or
    one staggered by a residual skew, is made of long pieces (a 1 px line at 1 degree of
    skew still gives ~57 px pieces at 200 dpi), where a stem is shorter than a quarter
    inch, the bound a horizontal rule must reach too.
    """
    spans = sorted((a, b) for _, a, b in rule.runs if b - a >= min_run)
    covered, cur = 0, rule.a
    for a, b in spans:
        a = max(a, cur)
        if b > a:
            covered += b - a
            cur = b
    return covered >= 0.5 * (rule.b - rule.a)


def find_grids(gray: np.ndarray, dpi: float, ink: np.ndarray | None = None, fills=()
               ) -> tuple[list[Grid], np.ndarray]:
    """Ruled tables of a (deskewed) page image, and a mask of the rule pixels (so the
    caller can whiten them before OCR: Tesseract reads a rule touching a word as '|' or
    'l', and cell borders glue words of neighbouring cells into one line).

    Sizes scale with the resolution; the lengths are typographic, not tuned to a file:
    a rule is at least a quarter inch long (longer than any glyph stroke or dash of body
    text), and stroke-sized vertical runs count only when they join two horizontal rules.
    `fills`: boxes of dark fills turned light (dark_fills, invert_fills), see _make_grid.
    """
    if ink is None:
        ink = gray < otsu_threshold(gray)
    h, w = ink.shape
    tol = max(2.0, dpi / 50)  # ~0.5 mm: where two rules "meet"
    gap = max(1, int(dpi / 100))

    hmask = _close_gaps(ink, gap, axis=1)
    hr, hs, he = _runs(hmask, int(dpi * 0.25))
    hrules = [r for r in _group_runs(hr, hs, he) if r.thick <= dpi / 20]

    # where a vertical rule may end: on or next to a horizontal rule
    near = np.zeros_like(ink, dtype=bool)
    t = int(tol) + 1
    for r in hrules:
        y0, y1 = max(0, int(r.pos) - r.thick - t), min(h, int(r.pos) + r.thick + t + 1)
        near[y0:y1, max(0, r.a - t):min(w, r.b + t)] = True
    vmask = _close_gaps(ink, gap, axis=0).T
    vr, vs, ve = _runs(vmask, int(dpi * 0.08))
    # vectorized pre-filter: thousands of letter strokes are dropped here, before grouping.
    # A piece is kept when it ends on a horizontal rule or is longer than any glyph
    # stroke: a scanned rule is not perfectly upright (the scanner's skew differs a little
    # between axes), so its pixel columns are staggered pieces that only as a group run
    # from rule to rule.
    ok = near[vs, vr] | near[ve - 1, vr] | ((ve - vs) >= dpi * 0.3)
    vr, vs, ve = vr[ok], vs[ok], ve[ok]
    vcand = [r for r in _group_runs(vr, vs, ve) if r.thick <= dpi / 20]
    if fills:  # straight by its own pixels, before it is taken across a fill (below)
        vcand = [v for v in vcand if _straight(v, dpi * 0.25)]
    # a column rule that stops at the edge of a dark fill ran on under it, unseen (a dark
    # rule on a dark fill): it is taken across, so that the fill's row (a table's header)
    # stays in the table with its columns. Only the extent grows, not the rule's pixels.
    for x0, y0, x1, y1 in fills:
        for v in vcand:
            if x0 - tol <= v.pos <= x1 + tol:
                if abs(v.a - y1) <= tol + gap:
                    v.a = min(v.a, y0)
                if abs(v.b - y0) <= tol + gap:
                    v.b = max(v.b, y1)

    def touches(hrule: Rule, x: float, y: float) -> bool:
        return abs(hrule.pos - y) <= tol + hrule.thick and hrule.a - tol <= x <= hrule.b + tol

    # a vertical rule must run from one horizontal rule to another; a letter stroke
    # (l, I, |) does not, even when it touches a rule at one end
    def meets(hrule: Rule, v: Rule) -> bool:  # touches or crosses
        return (hrule.a - tol <= v.pos <= hrule.b + tol
                and v.a - tol - hrule.thick <= hrule.pos <= v.b + tol + hrule.thick)

    # a vertical rule starts or ends on a horizontal rule and meets at least two of them;
    # a letter stroke (l, I, |) does not, even when it touches a rule at one end. One free
    # end is allowed: a table cut by the page break has no closing rule.
    vrules = [v for v in vcand
              if (fills or _straight(v, dpi * 0.25))
              and (any(touches(hh, v.pos, v.a) for hh in hrules)
                  or any(touches(hh, v.pos, v.b - 1) for hh in hrules))
              and sum(meets(hh, v) for hh in hrules) >= 2]

    # connected groups of rules -> one table each
    n_h = len(hrules)
    parent = list(range(n_h + len(vrules)))

    def find(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for j, v in enumerate(vrules):
        for i, hh in enumerate(hrules):
            if hh.a - tol <= v.pos <= hh.b + tol and v.a - tol <= hh.pos <= v.b + tol:
                parent[find(i)] = find(n_h + j)
    groups: dict[int, tuple[list[Rule], list[Rule]]] = {}
    for i, hh in enumerate(hrules):
        groups.setdefault(find(i), ([], []))[0].append(hh)
    for j, v in enumerate(vrules):
        groups.setdefault(find(n_h + j), ([], []))[1].append(v)

    grids: list[Grid] = []
    paper: float | None = None  # paper grey level, computed once when a table is found
    used_mask = np.zeros_like(ink, dtype=bool)
    for hs_, vs_ in groups.values():
        if len(hs_) < 2 or len(vs_) < 2:
            continue
        ys = _cluster([r.pos for r in hs_], tol * 2)
        xs = _cluster([r.pos for r in vs_], tol * 2)
        if len(ys) < 2 or len(xs) < 2:
            continue
        if xs[-1] - xs[0] < dpi * 0.75 or ys[-1] - ys[0] < dpi * 0.2:
            continue  # a boxed word or a frame around a logo, not a table
        virtual: list[float] = []
        # open ends: where the page break cut the table, the column rules run on past the
        # last (or before the first) horizontal rule; their ends close the last row
        min_row = dpi * 0.12
        bottoms = sorted((v.b for v in vs_), reverse=True)
        if len(bottoms) >= 2 and bottoms[1] - ys[-1] > min_row:
            ys.append(float(bottoms[1]))
            virtual.append(ys[-1])
        tops = sorted(v.a for v in vs_)
        if len(tops) >= 2 and ys[0] - tops[1] > min_row:
            ys.insert(0, float(tops[1]))
            virtual.append(ys[0])
        # a shaded heading row often has no rule under it, only the end of the fill
        if paper is None:
            paper = _paper_level(gray, ink)
        for y in _shading_edges(gray, ink, xs, ys, tol, dpi, paper):
            virtual.append(y)
            ys = sorted(ys + [y])
        grids.append(_make_grid(xs, ys, hs_, vs_, tol, gray, ink, paper, virtual, fills))
        for r in hs_:
            for (y, a, b) in r.runs:
                used_mask[y, a:b] = True
        for r in vs_:
            for (x, a, b) in r.runs:
                used_mask[a:b, x] = True
    # standalone long horizontal rules (under headings, above footers) also get whitened
    for r in hrules:
        if r.b - r.a >= dpi:
            for (y, a, b) in r.runs:
                used_mask[y, a:b] = True
    grids.sort(key=lambda g: g.ys[0])
    return grids, used_mask


def _paper_level(gray: np.ndarray, ink: np.ndarray) -> float:
    """Median grey of the non-ink pixels (from a histogram: a full median of a page is slow)."""
    # all pixels minus the ink ones: ink is the small share, so this copies far less than
    # indexing the paper pixels would
    hist = np.bincount(gray.ravel(), minlength=256) - np.bincount(gray[ink], minlength=256)
    if hist.sum() == 0:
        return 255.0
    return float(np.searchsorted(np.cumsum(hist), hist.sum() / 2))


SHADE_DELTA = 12  # grey levels below the paper that count as a fill (a 5% tint is ~13)


def _shading_edges(gray, ink, xs, ys, tol, dpi, paper) -> list[float]:
    """Rows inside a table where a background fill starts or stops away from any rule."""
    x0, x1 = int(xs[0] + tol * 2), int(xs[-1] - tol * 2)
    y0, y1 = int(ys[0]), int(ys[-1])
    if x1 <= x0 or y1 <= y0:
        return []
    # median of the paper pixels of each pixel row: the grey fringe of blurred letters is
    # a minority of any row, a fill is all of it
    # (ink pixels count as paper, which can only hide a fill under dense text, never invent one)
    g = np.where(ink[y0:y1, x0:x1], np.uint8(min(255, paper)), gray[y0:y1, x0:x1])
    bg = np.median(g, axis=1)
    shaded = bg < paper - SHADE_DELTA
    # only fills at least a text line high count (a rule's grey edge is a few pixel rows)
    min_run = int(dpi * 0.1)
    out = []
    y = 0
    while y < len(shaded):
        if shaded[y]:
            a = y
            while y < len(shaded) and shaded[y]:
                y += 1
            if y - a >= min_run:
                for e in (a, y):
                    ey = float(y0 + e)
                    if all(abs(ey - yy) > max(tol * 4, dpi * 0.06) for yy in ys):
                        out.append(ey)
        else:
            y += 1
    return out


def _in_fill(fills, x0: float, y0: float, x1: float, y1: float, tol: float) -> bool:
    return any(f[0] - tol <= x0 and x1 <= f[2] + tol and f[1] - tol <= y0 and y1 <= f[3] + tol
               for f in fills)


def _make_grid(xs, ys, hrules, vrules, tol, gray, ink, paper, virtual=(), fills=()) -> Grid:
    """`fills`: boxes of dark fills that were turned light before the rules were looked for.
    A row inside one is shaded, and the column rules of the rows below run on through it:
    a dark rule on a dark fill cannot be seen, and was not there to be found."""
    nr, nc = len(ys) - 1, len(xs) - 1
    parent = {(r, c): (r, c) for r in range(nr) for c in range(nc)}

    def find(k):
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    def union(a, b):
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    inset = tol * 2  # ignore the corners where the crossing rule itself is ink
    in_fill = [_in_fill(fills, xs[0], ys[r], xs[-1], ys[r + 1], tol * 2) for r in range(nr)]
    for r in range(nr):
        for c in range(1, nc):  # separator between (r, c-1) and (r, c)
            if in_fill[r]:
                continue
            if _coverage(vrules, xs[c], ys[r] + inset, ys[r + 1] - inset, tol * 2) < 0.5:
                union((r, c - 1), (r, c))
    for r in range(1, nr):
        for c in range(nc):  # separator between (r-1, c) and (r, c)
            if any(abs(ys[r] - v) < 1 for v in virtual):
                continue  # a boundary without a rule (fill edge, open end) splits all columns
            if _coverage(hrules, ys[r], xs[c] + inset, xs[c + 1] - inset, tol * 2) < 0.5:
                union((r - 1, c), (r, c))
    regions: dict[tuple[int, int], list[tuple[int, int]]] = {}
    for k in parent:
        regions.setdefault(find(k), []).append(k)
    owner: dict[tuple[int, int], tuple[int, int]] = {}
    spans: list[tuple[int, int, int, int]] = []
    for cells in regions.values():
        r0 = min(r for r, _ in cells)
        r1 = max(r for r, _ in cells)
        c0 = min(c for _, c in cells)
        c1 = max(c for _, c in cells)
        for rr in range(r0, r1 + 1):  # a non-rectangular merge becomes its bounding box
            for cc in range(c0, c1 + 1):
                owner[(rr, cc)] = (r0, c0)
        if r1 > r0 or c1 > c0:
            spans.append((r0, c0, r1 - r0 + 1, c1 - c0 + 1))
    spans.sort()

    # shaded rows (a grey fill behind column headings): paper pixels of the row are darker
    # than the page's paper. Median of non-ink pixels, so the text itself does not count.
    shaded = []
    m = int(tol * 2)
    for r in range(nr):
        y0, y1 = int(ys[r]) + m, int(ys[r + 1]) - m
        x0, x1 = int(xs[0]) + m, int(xs[-1]) - m
        if y1 <= y0 or x1 <= x0:
            shaded.append(False)
            continue
        region = gray[y0:y1, x0:x1]
        bg = region[~ink[y0:y1, x0:x1]]
        shaded.append(in_fill[r] or (bool(bg.size) and float(np.median(bg)) < paper - SHADE_DELTA))
    return Grid(xs=list(xs), ys=list(ys), spans=spans, owner=owner, shaded_rows=shaded,
                filled_rows=in_fill)


def whiten(gray: np.ndarray, mask: np.ndarray, pad: int) -> np.ndarray:
    """Paint the masked pixels (grown by `pad`) paper-white: the blurred fringe of a
    scanned rule is lighter than the threshold but still reads as a stroke to Tesseract."""
    grown = mask.copy()
    for k in range(1, pad + 1):
        grown[k:, :] |= mask[:-k, :]
        grown[:-k, :] |= mask[k:, :]
        grown[:, k:] |= mask[:, :-k]
        grown[:, :-k] |= mask[:, k:]
    out = gray.copy()
    out[grown] = 255
    return out


def has_inner_gap(ink: np.ndarray, box: tuple[int, int, int, int]) -> bool:
    """True when the ink inside the box is split by at least one blank pixel row (a dot
    over its letter), False for one unbroken vertical run (a sliver of a rule)."""
    x0, y0, x1, y1 = box
    rows = ink[max(0, y0):y1, max(0, x0):x1].any(axis=1)
    idx = np.flatnonzero(rows)
    return len(idx) >= 2 and not rows[idx[0]:idx[-1] + 1].all()


def dash_ratio(ink: np.ndarray, box: tuple[int, int, int, int], frac: float) -> float | None:
    """Ink width of the dash inside a word box, relative to the box height.

    Tesseract reads the en dash of "2023–2026" as a hyphen; the glyphs differ only in
    width (ink of an en dash ~0.36-0.4 em, of a hyphen ~0.22-0.26 em, digit height ~0.7
    em). The dash is the run of columns whose ink is one thin bar near mid-height; `frac`
    says where along the word the dash should be (its index in the text).
    """
    x0, y0, x1, y1 = box
    crop = ink[max(0, y0):y1, max(0, x0):x1]
    h, w = crop.shape
    if h < 5 or w < 5:
        return None
    ok = np.zeros(w, dtype=bool)
    for c in range(w):
        rows = np.nonzero(crop[:, c])[0]
        if len(rows) == 0 or len(rows) > 0.25 * h:
            continue
        if rows[-1] - rows[0] + 1 != len(rows):  # two strokes (the sides of a 0, 8, ...)
            continue
        mid = (rows[0] + rows[-1]) / 2
        ok[c] = 0.3 * h <= mid <= 0.8 * h
    # stretches of qualifying columns; take the one nearest the expected position
    best, best_d = None, None
    c = 0
    target = frac * w
    while c < w:
        if ok[c]:
            s = c
            while c < w and ok[c]:
                c += 1
            centre = (s + c) / 2
            d = abs(centre - target)
            if best_d is None or d < best_d:
                best, best_d = c - s, d
        else:
            c += 1
    if best is None or best_d > 0.15 * w:
        return None
    return best / h



# --------------------------------------------------------------------------- specks


def _rect_sum(a: np.ndarray, kh: int, kw: int) -> np.ndarray:
    """Sum of the 0/1 image `a` over every kh x kw window; out[y, x] covers
    a[y:y+kh, x:x+kw]. Summed as shifted slices, separably, in the smallest integer type
    that holds the count: for the few-pixel windows used here that is several times
    cheaper than an integral image of the whole page."""
    dt = np.uint8 if kh * kw < 256 else np.int32
    a = a.astype(dt, copy=False)
    h, w = a.shape
    rows = a[: h - kh + 1].copy()
    for k in range(1, kh):
        rows += a[k: h - kh + 1 + k]
    out = rows[:, : w - kw + 1].copy()
    for k in range(1, kw):
        out += rows[:, k: w - kw + 1 + k]
    return out


def isolated_specks(ink: np.ndarray, size: int, ring: int, below: int = 0) -> np.ndarray:
    """Mask of ink blobs that fit in a `size` x `size` square with no other ink within
    `ring` pixels around it: the pepper noise of a scan. A dot that belongs to text sits
    close to its letter: a full stop within a stroke width or two of the letter before it
    (the ring keeps it), the dot of i and j and the dots of ä and ö above the letter's body
    -- with `below` > 0 a blob that has ink under it within `below` pixels is kept, since
    in small print that gap is wider than the ring."""
    h, w = ink.shape
    out = np.zeros_like(ink)
    big = size + 2 * ring
    if h < big + below or w < big:
        return out
    a = ink.view(np.uint8)
    outer = _rect_sum(a, big, big)                # window at (y, x), size big
    inner = _rect_sum(a, size, size)[ring:ring + outer.shape[0], ring:ring + outer.shape[1]]
    hit = (outer == inner) & (inner > 0)          # all the ink of the big window is inside
    if not hit.any():
        return out
    # the square of a hit has its top-left corner at (y + ring, x + ring)
    corners = np.zeros((h, w), dtype=bool)
    corners[ring:ring + hit.shape[0], ring:ring + hit.shape[1]] = hit
    if below > 0:
        # ink in rows [y + size, y + size + below) of columns [x, x + size) of corner (y, x)
        under = _rect_sum(a[size:], below, size) > 0
        corners[: under.shape[0], : under.shape[1]] &= ~under
        corners[under.shape[0]:] = False          # too close to the bottom edge to tell
    cover = _rect_sum(np.pad(corners, ((size - 1, 0), (size - 1, 0))).view(np.uint8),
                      size, size) > 0
    return cover & ink


# --------------------------------------------------------------------------- unread ink


def unread_ink(ink: np.ndarray, boxes: list[tuple[int, int, int, int]], cell: int,
               pad: int) -> list[tuple[int, int, int, int]]:
    """Boxes (x0, y0, x1, y1) of the ink that none of the word `boxes` (grown by `pad`)
    covers, ink within `cell` pixels of other such ink taken as one piece (the letters of
    a word, the words of a phrase).

    Pieces are found on a grid of `cell`-pixel squares (a square with any uncovered ink is
    set), joined with their neighbours up to one square away (two sideways, the gap
    between words), so a page costs a few array passes and a walk over the set squares
    only, which are few when Tesseract read the page."""
    return ink_pieces(ink & ~word_cover(ink.shape, boxes, pad), cell)


def word_cover(shape: tuple[int, int], boxes: list[tuple[int, int, int, int]], pad: int) -> np.ndarray:
    """True where a word box (x0, y0, x1, y1), grown by `pad`, lies."""
    covered = np.zeros(shape, dtype=bool)
    for x0, y0, x1, y1 in boxes:
        covered[max(0, y0 - pad):max(0, y1 + pad), max(0, x0 - pad):max(0, x1 + pad)] = True
    return covered


def ink_pieces(rem: np.ndarray, cell: int) -> list[tuple[int, int, int, int]]:
    """Boxes of the ink of `rem`, ink within `cell` pixels of other ink as one piece (see
    `unread_ink`)."""
    h, w = rem.shape
    if not rem.any():
        return []
    gh, gw = -(-h // cell), -(-w // cell)
    padded = np.zeros((gh * cell, gw * cell), dtype=bool)
    padded[:h, :w] = rem
    grid = padded.reshape(gh, cell, gw, cell).any(axis=(1, 3))
    todo = set(zip(*(a.tolist() for a in np.nonzero(grid))))
    out = []
    while todo:
        stack = [todo.pop()]
        comp = []
        while stack:
            r, c = stack.pop()
            comp.append((r, c))
            for dr in (-1, 0, 1):
                for dc in (-2, -1, 0, 1, 2):
                    n = (r + dr, c + dc)
                    if n in todo:
                        todo.remove(n)
                        stack.append(n)
        r0 = min(r for r, _ in comp) * cell
        r1 = (max(r for r, _ in comp) + 1) * cell
        c0 = min(c for _, c in comp) * cell
        c1 = (max(c for _, c in comp) + 1) * cell
        ys, xs = np.nonzero(rem[r0:r1, c0:c1])
        out.append((c0 + int(xs.min()), r0 + int(ys.min()), c0 + int(xs.max()) + 1, r0 + int(ys.max()) + 1))
    return sorted(out, key=lambda b: (b[1], b[0]))


# --------------------------------------------------------------------------- dark fills

# White (or light) words on a dark fill -- a table's header row on navy, dark green, black or
# dark grey -- binarize as one solid block of ink: Tesseract reads nothing there, and the
# rule finder takes the block for a rule too thick to be one, so the table's top rule, the
# rule under the header and the column rules running into the block are lost with it. Such
# a fill is found on a coarse grid of blocks (FILL_BLOCK_IN square): connected blocks that are
# mostly ink (FILL_DENSE) make a region; it is a fill when it is at least FILL_MIN_W_IN wide
# and FILL_MIN_H_IN high (a line of text with its padding), fills most of its box (FILL_SOLID
# of the blocks under it; the blocks cut by its edges are part ink), is flat in tone (the
# middle half of its dark pixels within FILL_FLAT grey levels: a photograph is not) and holds
# light strokes (FILL_LIGHT_MIN to FILL_LIGHT_MAX of the pixels of its box, to the pixel; no
# words, nothing to read; more light than dark, no fill), and is framed by its own tone: a
# fill has a margin round its words, so a strip just inside each of its four edges is nearly
# all ink (FILL_FRAME); the letters of a large bold title, which can pass the tests above
# (seen on a 28 pt title of a scan-like print), leave paper between them along its top and
# bottom. The thresholds are typographic, set before measuring; on bench.dark_headers' scans
# they find every header fill of the prints and nothing on the pages without one.
FILL_BLOCK_IN = 0.04
FILL_DENSE = 0.5
FILL_MIN_W_IN = 0.5
FILL_MIN_H_IN = 0.1
FILL_SOLID = 0.6
FILL_FLAT = 24
FILL_LIGHT_MIN = 0.01
FILL_LIGHT_MAX = 0.4
FILL_FRAME = 0.9
FILL_MIN_CONTRAST = 60  # grey levels between the fill and the paper (a fill, not a tint)


def _block_density(ink: np.ndarray, b: int) -> np.ndarray:
    """Share of ink in each b x b block (the last partial row and column of blocks dropped)."""
    hb, wb = ink.shape[0] // b, ink.shape[1] // b
    rows = ink[: hb * b, : wb * b].reshape(hb, b, wb * b).sum(axis=1, dtype=np.int32)
    return rows.reshape(hb, wb, b).sum(axis=2) / float(b * b)


def _components(mask: np.ndarray) -> list[list[tuple[int, int]]]:
    """8-connected components of a (small, coarse) boolean grid."""
    seen = np.zeros_like(mask, dtype=bool)
    h, w = mask.shape
    out = []
    for y0, x0 in zip(*np.nonzero(mask)):
        if seen[y0, x0]:
            continue
        seen[y0, x0] = True
        stack, comp = [(int(y0), int(x0))], []
        while stack:
            y, x = stack.pop()
            comp.append((y, x))
            for dy in (-1, 0, 1):
                for dx in (-1, 0, 1):
                    yy, xx = y + dy, x + dx
                    if 0 <= yy < h and 0 <= xx < w and mask[yy, xx] and not seen[yy, xx]:
                        seen[yy, xx] = True
                        stack.append((yy, xx))
        out.append(comp)
    return out


def _edge(frac: np.ndarray) -> tuple[int, int] | None:
    """Start and end of a fill along a profile of ink shares: from the first to the last
    entry of FILL_FRAME ink (the fill's margin), widened while half is ink (its blurred
    edge). A bold heading set just above a fill reaches half ink in places, never 0.9."""
    core = np.nonzero(frac >= FILL_FRAME)[0]
    if not len(core):
        return None
    a, z = int(core[0]), int(core[-1]) + 1
    while a > 0 and frac[a - 1] >= 0.5:
        a -= 1
    while z < len(frac) and frac[z] >= 0.5:
        z += 1
    return a, z


def dark_fills(gray: np.ndarray, ink: np.ndarray, dpi: float) -> list[tuple[int, int, int, int]]:
    """Boxes (x0, y0, x1, y1; pixels) of dark fills that hold light words (see above), each
    at least FILL_MIN_CONTRAST grey levels darker than the paper. An empty list, at the cost
    of one block count, on a page of dark print on paper."""
    b = max(2, round(dpi * FILL_BLOCK_IN))
    dense = _block_density(ink, b) >= FILL_DENSE
    min_w, min_h = dpi * FILL_MIN_W_IN / b, dpi * FILL_MIN_H_IN / b
    # the cheap test that spares a page of print on paper the component search: a fill has
    # FILL_MIN_W_IN of dense blocks side by side in two rows of blocks one over the other
    # (the longest such run was 2-10 blocks on the pages of the Vasa scans and of scan-like
    # golden prints, 107-170 where a header row was on a dark fill)
    pair = dense[:-1] & dense[1:]
    run = pair.copy()
    for k in range(1, math.ceil(min_w)):  # run[y, x]: pair[y, x:x+k+1] all set
        run[:, :-k] &= pair[:, k:]
        run[:, -k:] = False
    if not run.any():
        return []
    h, w = ink.shape
    boxes = []
    paper: float | None = None
    for comp in _components(dense):
        ys = [p[0] for p in comp]
        xs = [p[1] for p in comp]
        by0, by1, bx0, bx1 = min(ys), max(ys) + 1, min(xs), max(xs) + 1
        if bx1 - bx0 < min_w or by1 - by0 < min_h:
            continue
        # the fill's own edges, to the pixel: rows mostly ink across its middle, then columns
        # mostly ink down those rows (a heading set close above the fill joins its blocks,
        # not its rows)
        y0, y1 = max(0, (by0 - 1) * b), min(h, (by1 + 1) * b)
        x0, x1 = max(0, (bx0 - 1) * b), min(w, (bx1 + 1) * b)
        ey = _edge(ink[y0:y1, (bx0 + 1) * b:(bx1 - 1) * b].mean(axis=1))
        if ey is None:
            continue
        y0, y1 = y0 + ey[0], y0 + ey[1]
        ex = _edge(ink[y0:y1, x0:x1].mean(axis=0)) if y1 - y0 >= min_h * b else None
        if ex is None:
            continue
        x0, x1 = x0 + ex[0], x0 + ex[1]
        if x1 - x0 < min_w * b:
            continue
        in_box = dense[y0 // b:-(-y1 // b), x0 // b:-(-x1 // b)]
        if in_box.mean() < FILL_SOLID:
            continue
        region, dark = gray[y0:y1, x0:x1], ink[y0:y1, x0:x1]
        light = 1.0 - dark.mean()
        if not FILL_LIGHT_MIN <= light <= FILL_LIGHT_MAX:
            continue
        q1, level, q3 = np.percentile(region[dark], [25, 50, 75])
        if q3 - q1 > FILL_FLAT:
            continue
        if paper is None:
            paper = _paper_level(gray, ink)
        if paper - level < FILL_MIN_CONTRAST:
            continue
        t = max(1, round(dpi / 100))
        strips = (dark[t:2 * t], dark[-2 * t:-t], dark[:, t:2 * t], dark[:, -2 * t:-t])
        if min(float(st.mean()) if st.size else 0.0 for st in strips) < FILL_FRAME:
            continue
        boxes.append((x0, y0, x1, y1))
    return sorted(boxes, key=lambda bx: (bx[1], bx[0]))


def invert_fills(gray: np.ndarray, ink: np.ndarray, boxes, dpi: float) -> np.ndarray:
    """The page with each dark fill turned into dark print on paper: the fill's tone becomes
    the paper's, light words dark (a linear stretch, so the blurred edge of a stroke keeps
    its place between the two). The fill's top and bottom edges are drawn as rules a stroke
    thick: in a ruled table they are the table's top rule and the rule under the header row,
    which the fill hid (the rule finder whitens them before Tesseract reads the page). The
    blurred grey of its left and right edges, just outside the box, is painted paper: left
    there it reads as a '|' before and after the row."""
    paper = _paper_level(gray, ink)
    out = gray.copy()
    h, w = gray.shape
    t = max(1, round(dpi / 100))
    for x0, y0, x1, y1 in boxes:
        region = gray[y0:y1, x0:x1].astype(np.float32)
        level = float(np.median(region[ink[y0:y1, x0:x1]]))
        stretched = 255.0 - (region - level) * 255.0 / (paper - level)
        out[y0:y1, x0:x1] = np.clip(np.round(stretched), 0, 255).astype(np.uint8)
        for a, b in ((max(0, x0 - 2 * t), x0), (x1, min(w, x1 + 2 * t))):
            side = out[y0:y1, a:b]
            side[side < paper - SHADE_DELTA] = 255
        out[y0:y0 + t, x0:x1] = 0
        out[y1 - t:y1, x0:x1] = 0
    return out
