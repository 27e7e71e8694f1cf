"""The fixture renderer (golden/render.py): text survives, layouts are what they claim to be."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pymupdf
import pytest

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from golden import render as R  # noqa: E402

PARA = (
    "Målet är att nyinflyttade familjer får stöd på svenska och finska – även i vardagen — "
    "genom rådgivning, språkkurser och öppen verksamhet i stadsdelarna. Åtgärderna följs upp "
    "årligen av integrationsenheten tillsammans med föreningarna i Österbotten."
)


def synthetic() -> dict:
    rows = [
        [
            "Sysselsättning ökar",
            "1.1 Språkkafé för föräldrar\n• Kvällsgrupper\n• Barnpassning ordnas",
            "2024–2025",
            "Bildningsväsendet i samarbete med Folkhälsan",
            "Antal deltagare per år",
        ],
        ["", "1.2 Mentorprogram för unga vuxna", "Fortlöpande", "Ungdomstjänsterna", "Nöjdhet"],
    ]
    rows += [
        [f"Mål nummer {k} för ökad delaktighet", f"Åtgärd {k}: läxhjälp och träffar på biblioteket",
         "2025", "Kulturväsendet och Röda Korset", f"Antal träffar {k}\nRespons från deltagarna"]
        for k in range(3, 40)
    ]
    return {
        "slug": "test-2024-2026",
        "municipality": "Småstad",
        "title": "Integrationsprogram 2024–2026",
        "period_start": 2024,
        "period_end": 2026,
        "blocks": [
            {"type": "heading", "level": 1, "text": "Inledning och bakgrund"},
            *[{"type": "paragraph", "text": PARA} for _ in range(6)],
            {"type": "heading", "level": 2, "text": "Utvecklingsområden för år 2024"},
            {"type": "bullets", "items": ["Boende och trygghet", "Hälsa – välmående för alla",
                                          "Språkstöd åt äldre"]},
            *[{"type": "paragraph", "text": PARA} for _ in range(4)],
            {"type": "heading", "level": 2, "text": "Åtgärdstabell"},
            {"type": "table", "caption": "Arbete och utbildning",
             "columns": ["Mål", "Åtgärd", "Tidtabell", "Ansvarspart", "Mätare"], "rows": rows},
            {"type": "heading", "level": 3, "text": "Begrepp"},
            {"type": "table", "caption": None, "columns": [],
             "rows": [["Invandrare", "En person som är född utomlands."],
                      ["Återflyttare", "En person som flyttar tillbaka till Finland."]]},
            {"type": "paragraph", "text": "Programmet godkändes av stadsfullmäktige år 2024."},
        ],
    }


def block_words(src: dict) -> list[str]:
    out: list[str] = []
    for b in src["blocks"]:
        texts = [b.get("text"), b.get("caption"), *(b.get("items") or []),
                 *(b.get("columns") or []), *(c for r in b.get("rows") or [] for c in r)]
        for t in texts:
            if t:
                out += re.findall(r"\w+|[–—•]", t)
    return out


@pytest.fixture(scope="module")
def rendered() -> dict:
    src = synthetic()
    return {style: R.render_with_layout(src, style) for style in R.STYLES}


@pytest.mark.parametrize("style", R.STYLES)
def test_every_word_extracts(rendered, style):
    data, _ = rendered[style]
    with pymupdf.open(stream=data, filetype="pdf") as doc:
        assert doc.page_count >= 2
        texts = [p.get_text() for p in doc]
        text = "\n".join(texts)
        assert doc[0].rect.width == pytest.approx(595.3, abs=0.5)  # A4
    have = set(re.findall(r"\w+|[–—•]", text))
    missing = [w for w in block_words(synthetic()) if w not in have]
    assert not missing, missing[:10]
    for w in ("Målet", "Österbotten", "Åtgärdstabell", "Hälsa", "Småstad"):
        assert w in have
    assert "Småstad · Integrationsprogram 2024–2026" in text  # running header
    for i, t in enumerate(texts):  # page numbers
        assert re.search(rf"^{i + 1}$", t, re.M), i


def test_borderless_tables_have_no_rules(rendered):
    data, layout = rendered["borderless"]
    assert layout["tables"], "table areas recorded"
    pages = {p for p, _ in layout["tables"]}
    assert len(pages) >= 2, "the long table continues over a page break"
    with pymupdf.open(stream=data, filetype="pdf") as doc:
        for pno, rect in layout["tables"]:
            page = doc[pno]
            inside = [d for d in page.get_drawings() if d["rect"].intersects(rect)]
            assert not inside, (pno, inside[:2])
            words = page.get_text("words", clip=rect)
            assert words, "table area holds text"


def test_borderless_header_repeat_alternates(rendered):
    data, layout = rendered["borderless"]
    # table 0 repeats its header on continuation pages
    with pymupdf.open(stream=data, filetype="pdf") as doc:
        pages = sorted({p for p, _ in layout["tables"]})
        heads = [doc[p].get_text().count("Tidtabell") for p in pages]
    assert sum(heads) >= 2


def test_ruled_tables_have_rules(rendered):
    data, layout = rendered["ruled"]
    with pymupdf.open(stream=data, filetype="pdf") as doc:
        pno, rect = layout["tables"][0]
        assert any(d["rect"].intersects(rect) for d in doc[pno].get_drawings())


def test_twocolumn_body_has_two_columns(rendered):
    data, layout = rendered["twocolumn"]
    with pymupdf.open(stream=data, filetype="pdf") as doc:
        page = doc[0]
        tables = [r for p, r in layout["tables"] if p == 0]
        starts = []
        for block in page.get_text("dict")["blocks"]:
            for line in block.get("lines", []):
                bbox = pymupdf.Rect(line["bbox"])
                if any(bbox.intersects(t) for t in tables) or not 60 < bbox.y0 < page.rect.height - 60:
                    continue
                if line["spans"] and line["spans"][0]["size"] < 10:  # body text
                    starts.append(round(bbox.x0))
        width = page.rect.width
    left = [x for x in starts if x < width / 2]
    right = [x for x in starts if x >= width / 2]
    assert len(left) >= 5 and len(right) >= 5, (len(left), len(right))
    assert max(left) - min(left) < 30 and max(right) - min(right) < 30  # two tight clusters
    assert min(right) - max(left) > 150


def test_deterministic():
    src = synthetic()
    for style in R.STYLES:
        assert R.render(src, style) == R.render(src, style)


def test_wrap_keeps_every_character():
    lines = R.wrap("Arbetslivsorienteringsgrupperna ger stöd\n• punkt ett", "reg", 9, 60)
    assert "".join(t for _, t in lines).replace(" ", "") == \
        "Arbetslivsorienteringsgruppernagerstöd•punktett"
    assert all(R._w(t, "reg", 9) <= 60 + 0.01 for _, t in lines)


def test_wrap_indents_a_hard_line_typed_with_leading_spaces():
    # a plan typed as an outline ('THEME' / '    goal' / '        action'): each level starts
    # further right, as a word processor prints the spaces; wrapped lines keep the indent
    text = "ARBETE\n    Fler vuxna i arbete\n        Mentorprogram med pensionerade yrkespersoner i byn"
    lines = R.wrap(text, "reg", 10, 200)
    space = R._w(" ", "reg", 10)
    assert lines[0] == (0.0, "ARBETE")
    assert lines[1] == (4 * space, "Fler vuxna i arbete")
    assert len(lines) >= 4 and all(abs(ind - 8 * space) < 0.01 for ind, _ in lines[2:])
    assert all(R._w(t, "reg", 10) <= 200 - ind + 0.01 for ind, t in lines)


@pytest.mark.parametrize("slug", ["borga-2022-2024", "helsingfors-2017-2021", "vasa-2023-2026"])
@pytest.mark.parametrize("style", R.FIXTURE_STYLES)
def test_fixtures_present_and_small(slug, style):
    path = ROOT / "golden" / slug / f"{style}.pdf"
    assert path.exists(), "run: python -m golden.render --all"
    assert path.stat().st_size < 300_000


def test_twocolumn_keeps_a_heading_low_on_a_page_with_its_text():
    # A band of columns that starts low on the page (under a full-width table): a heading
    # whose keeps did not fit the short columns was placed alone at a column's foot, the
    # next heading's first line at the foot of the second column and its second line on the
    # next page (blind72 twocolumn: '4.3 Barn och unga' | 'Mål 3: Barn och unga med
    # utländsk bakgrund' / 'trivs i skolan ...'). A layout program moves the heading on.
    r = R.Renderer({"title": "Test", "blocks": []}, "twocolumn")
    r.new_page()
    r.y = r.st.bottom - 64  # room for five lines of text, more than a band needs to start
    items = (r.heading_items(2, "4.3 Barn och unga", r.col_w)
             + r.heading_items(3, "Mål 3: Barn och unga med utländsk bakgrund trivs i skolan", r.col_w)
             + r.para_items("Under läsåret fanns 27 elever med annat modersmål i kommunens skolor. "
                            "Många av dem deltar inte i någon organiserad fritidsverksamhet.", r.col_w))
    r.place_band(items)
    r.cv.finish()
    pages = [p.get_text() for p in r.doc]
    assert len(pages) == 2
    assert "4.3 Barn och unga" in pages[1] and "Mål 3" in pages[1] and "trivs i skolan" in pages[1]
    assert "Barn och unga" not in pages[0]


def test_twocolumn_band_at_the_top_of_a_page_still_places_an_overlong_heading():
    # A heading whose keeps fit no column is placed at a full column's top alone, as before:
    # moving it on would move it for ever.
    r = R.Renderer({"title": "Test", "blocks": []}, "twocolumn")
    r.new_page()
    words = " ".join(f"ord{i}" for i in range(200))
    r.place_band(r.heading_items(2, words, r.col_w))
    r.cv.finish()
    assert "ord0" in r.doc[0].get_text()


@pytest.mark.parametrize("style", R.STYLES)
def test_a_table_caption_is_set_below_every_section_heading(style):
    # a caption names its table inside the section it stands in: set larger than the section's
    # smallest heading (two-column: 11.5 pt over 11 pt level-3 headings) it outranked the
    # sub-section holding the goal above the table, and closed it (blind172 two-column)
    src = {"title": "T", "blocks": [
        {"type": "heading", "level": 2, "text": "Arbete och kompetens"},
        {"type": "heading", "level": 3, "text": "Vad svarade invånarna"},
        {"type": "paragraph", "text": "Målsättning: Fler har arbete."},
        {"type": "table", "caption": "Åtgärder och ansvar", "columns": ["Åtgärd", "Ansvar"],
         "rows": [["Mentorprogram", "Näringslivstjänsterna"]]}]}
    doc = pymupdf.open(stream=R.render(src, style), filetype="pdf")
    sizes = {}
    for block in doc[0].get_text("dict")["blocks"]:
        for line in block.get("lines", []):
            for span in line["spans"]:
                sizes.setdefault(span["text"].strip(), span["size"])
    assert sizes["Åtgärder och ansvar"] < sizes["Vad svarade invånarna"]


def test_a_line_typed_with_tabs_prints_its_parts_at_tab_stops(tmp_path):
    # a plan typed with tab stops ('1.1<tab>Språkcafé<tab>Biblioteket'): a word processor prints
    # each part at the next stop, with a gap and no space glyphs; collapsing the tabs to spaces
    # ran the fields together into one sentence
    text = "1.1\tSpråkcafé varje vecka\tBiblioteket\t2025–2027"
    lines = R.wrap(text, "reg", 10, 480)
    assert lines == [(0.0, "1.1\tSpråkcafé varje vecka\tBiblioteket\t2025–2027")]
    doc = pymupdf.open()
    page = doc.new_page()
    cv = R.Canvas(page)
    cv.text(50, 100, lines[0][1], "reg", 10)
    cv.finish()
    words = page.get_text("words")
    xs = {w[4]: w[0] for w in words}
    assert "\t" not in page.get_text()
    assert abs(xs["1.1"] - 50) < 0.5
    assert abs(xs["Språkcafé"] - (50 + R.TAB)) < 0.5  # '1.1' is narrower than one stop
    after_cafe = R.tab_stop(R.TAB + R._w("Språkcafé varje vecka", "reg", 10))
    assert abs(xs["Biblioteket"] - (50 + after_cafe)) < 0.5


def test_a_tabbed_line_wraps_at_the_width():
    lines = R.wrap("2.3\tKurs i svenska för föräldrar med barn i småbarnspedagogiken\tMedborgarinstitutet",
                   "reg", 10, 200)
    assert len(lines) >= 2
    assert all(R.tabbed_width(t, "reg", 10) <= 200 + 0.01 for _, t in lines)
    assert " ".join(t.replace("\t", " ") for _, t in lines).split() == \
        "2.3 Kurs i svenska för föräldrar med barn i småbarnspedagogiken Medborgarinstitutet".split()
