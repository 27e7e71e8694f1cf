"""Make a scan-like, image-only PDF from a born-digital one (for OCR measurements on
programs that have no real scan in the corpus).

    .venv/bin/python -m bench.ocr_scanify IN.pdf OUT.pdf [--dpi 200] [--seed 1]

Each page: rendered gray at --dpi, rotated by a random angle in [-0.6, 0.6] degrees, a
slight blur, sparse speckle, JPEG-compressed, placed as the only content of the page.
The degradations are generic scanner defects, chosen before measuring anything.
"""

from __future__ import annotations

import argparse
import io

import numpy as np
import pymupdf
from PIL import Image, ImageFilter


def scanify(src: str, dst: str, dpi: int = 200, seed: int = 1) -> None:
    rng = np.random.default_rng(seed)
    doc = pymupdf.open(src)
    out = pymupdf.open()
    for page in doc:
        pix = page.get_pixmap(dpi=dpi, colorspace=pymupdf.csGRAY, alpha=False)
        img = Image.frombytes("L", (pix.width, pix.height), pix.samples)
        img = img.rotate(float(rng.uniform(-0.6, 0.6)), resample=Image.BICUBIC, fillcolor=255)
        img = img.filter(ImageFilter.GaussianBlur(0.6))
        a = np.asarray(img).copy()
        n = int(a.size * 0.0002)  # ~900 specks on an A4 page at 200 dpi
        ys = rng.integers(0, a.shape[0] - 2, n)
        xs = rng.integers(0, a.shape[1] - 2, n)
        for y, x in zip(ys, xs):
            s = int(rng.integers(1, 3))
            a[y:y + s, x:x + s] = np.minimum(a[y:y + s, x:x + s], int(rng.integers(60, 160)))
        buf = io.BytesIO()
        Image.fromarray(a).save(buf, format="JPEG", quality=75)
        p = out.new_page(width=page.rect.width, height=page.rect.height)
        p.insert_image(p.rect, stream=buf.getvalue())
    out.save(dst, garbage=3, deflate=True)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("src")
    ap.add_argument("dst")
    ap.add_argument("--dpi", type=int, default=200)
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    scanify(a.src, a.dst, a.dpi, a.seed)


if __name__ == "__main__":
    main()
