"""Fifty-second blind set (blind311, blind312) conventions, on made-up text: a folder's area
lists 'Vi <action> (<doer>, <when>)' split by a side box (a deeper heading over one paragraph)
as a column-by-column extraction puts it; times named by a plural season ('somrarna') or a
feast ('varje midsommar'); a post's holders in the plural ('fritidsledarna'); a kind-of-body
noun alone on a cell line over the body's name ('bostadsbolaget' / 'Exby Hem'); and body text
set larger than a rebuilt borderless table's rows under it."""

from blocks_doc import bullets as _b, classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers.actors import names_post, split_actors, trailing_actors
from classifiers.elements import Element
from classifiers.fact_boxes import without_fact_boxes
from classifiers.schedule import opens_with_time
from extractors.model import BBox, Line, Table


def _sq(s):
    return " ".join(s.split())


def _el(kind, text, level=0):
    return Element(kind=kind, text=text, level=level)


# ---- times and doers in an unlabelled '(who, when)' parenthesis --------------------------------

def test_plural_season_and_feast_are_times():
    assert opens_with_time("höstarna")
    assert opens_with_time("varje jul")
    assert opens_with_time("varje sommarlov")
    assert trailing_actors("Vi ordnar ett läger vid sjön (ungdomsväsendet, vårarna)") == (
        ["ungdomsväsendet"], [], "vårarna")
    assert trailing_actors("Vi bjuder in till julfest i skolan (kulturkansliet, varje jul)") == (
        ["kulturkansliet"], [], "varje jul")
    # the same after a preposition of time ('under sommarlovet', 'till jul', 'inför midsommar')
    assert trailing_actors("Vi ordnar dagläger för skolbarn (ungdomsväsendet, under sommarlovet)") == (
        ["ungdomsväsendet"], [], "under sommarlovet")
    assert trailing_actors("Vi delar ut en kalender på lätt svenska (kulturkansliet, före jul)") == (
        ["kulturkansliet"], [], "före jul")


def test_holders_of_a_post_in_the_plural_before_a_time():
    assert names_post("projektledarna")
    assert trailing_actors("Vi ordnar prova-på-dagar i hallen (idrottsledarna, från 2026)") == (
        ["idrottsledarna"], [], "från 2026")


# ---- a side box between two parts of an area's list --------------------------------------------

def test_side_box_under_a_deeper_heading_goes_and_the_list_goes_on():
    els = [_el("heading", "Fritid", 2),
           _el("para", "Så gör vi:"),
           _el("bullet", "• Vi ordnar utflykter för nya familjer (fritidskansliet, varje höst)"),
           _el("heading", "Bra att veta", 3),
           _el("para", "Biblioteket lånar ut skridskor gratis."),
           _el("bullet", "• Vi ger ut en karta över motionsspåren (fritidskansliet, 2026)"),
           _el("heading", "Boende", 2)]
    out = without_fact_boxes(els)
    assert [e.text for e in out] == [els[0].text, els[1].text, els[2].text, els[5].text, els[6].text]


def test_a_deeper_heading_over_a_goal_is_a_section_not_a_box():
    els = [_el("heading", "Fritid", 2),
           _el("bullet", "• Vi ordnar utflykter för nya familjer (fritidskansliet, varje höst)"),
           _el("heading", "Unga", 3),
           _el("para", "Vårt mål: alla unga har en hobby."),
           _el("bullet", "• Vi ger ut en karta över motionsspåren (fritidskansliet, 2026)")]
    assert without_fact_boxes(els) == els


def test_a_heading_of_the_same_level_is_no_box():
    els = [_el("heading", "Fritid", 2),
           _el("bullet", "• Vi ordnar utflykter för nya familjer (fritidskansliet, varje höst)"),
           _el("heading", "Boende", 2),
           _el("para", "Bostäderna är få."),
           _el("bullet", "• Vi ger ut en karta över hyresvärdarna (bostadskansliet, 2026)")]
    assert without_fact_boxes(els) == els


def test_side_box_in_a_folder():
    ex = _classify([
        _h("Hej och välkommen till Exby", 1),
        _h("Fritid", 2),
        _p("Vårt mål: alla nya exbybor ska hitta en hobby."),
        _p("Så gör vi:"),
        _b("Vi ordnar utflykter för nya familjer (fritidskansliet, varje höst)"),
        _h("Bra att veta", 3),
        _p("Biblioteket lånar ut skridskor gratis."),
        _b("Vi ger ut en karta över motionsspåren (fritidskansliet och turistbyrån, 2026)",
           "Vi ordnar simskola för vuxna (idrottsväsendet, somrarna)"),
        _h("Boende", 2),
        _p("Vårt mål: nya exbybor ska hitta en bostad."),
        _p("Så gör vi:"),
        _b("Vi visar lediga bostäder på nätet (bostadskansliet, 2025)"),
    ])
    by_text = {_sq(m.text): m for m in ex.measures}
    assert list(by_text) == ["Vi ordnar utflykter för nya familjer", "Vi ger ut en karta över motionsspåren",
                             "Vi ordnar simskola för vuxna", "Vi visar lediga bostäder på nätet"]
    goal_of = {g.id: _sq(g.text) for g in ex.goals}
    assert goal_of[by_text["Vi ger ut en karta över motionsspåren"].goal].startswith("alla nya exbybor")
    assert by_text["Vi ger ut en karta över motionsspåren"].responsible == ["fritidskansliet", "turistbyrån"]
    assert by_text["Vi ordnar simskola för vuxna"].schedule == "somrarna"


# ---- a kind-of-body noun over the body's name in a cell ------------------------------------------

def test_kind_of_body_noun_goes_on_with_the_name_on_the_next_line():
    assert split_actors("bostadsbolaget\nExby Hem") == (["bostadsbolaget Exby Hem"], [])
    assert split_actors("stiftelsen\nUnga Vuxna") == (["stiftelsen Unga Vuxna"], [])
    # a unit by its own name, then another body: two names
    assert split_actors("biblioteket\nFolkhälsan") == (["biblioteket", "Folkhälsan"], [])


# ---- text under a rebuilt borderless table -------------------------------------------------------

def _ln(text, x, y, size=9.0, bold=False):
    return Line(text=text, bbox=BBox(x0=x, y0=y, x1=x + 5 * len(text), y1=y + size * 1.2), font_size=size,
                bold=bold)


def test_body_text_set_larger_under_a_table_is_no_row_of_it():
    from classifiers.line_tables import rebuild_page

    items = [_ln("Mätare", 57, 80, bold=True), _ln("Mål", 360, 80, bold=True),
             _ln("antal deltagare i kursen", 57, 100), _ln("Språk", 360, 100),
             _ln("Planen följs upp varje år i nämnden.", 57, 130, 10.5),
             _ln("Kontakt: integrationskansliet, tfn 010 123 4567.", 57, 150, 10.5),
             _ln("Exby kommun, Torget 1", 57, 170, 10.5)]
    out, _ = rebuild_page(items, None, 842)
    tables = [it for it in out if isinstance(it, Table)]
    assert len(tables) == 1 and tables[0].rows == [["Mätare", "Mål"], ["antal deltagare i kursen", "Språk"]]
    assert [it.text for it in out if isinstance(it, Line)][-1] == "Exby kommun, Torget 1"
