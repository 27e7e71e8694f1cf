"""Forty-seventh blind set (blind279, blind280) conventions, on made-up text: a numbered goal
heading naming only its area ('Mål 2. Boende') over a paragraph that opens 'Målet är att <goal>.'
and goes on with the reasons for it; a sentence pointing back at the one before as the
municipality's vision ('Den visionen är gemensam för …'); and a follow-up table printed as
numbered records whose key is a dash alone ('3. –' over 'Mätare: …')."""

from blocks_doc import bullets as _b, classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers.area_goal_headings import goal_then_reasons
from classifiers.elements import document_elements
from extractors.model import BBox, Line
from normalizers.model import NormalizedDocument, NormalizedPage


def _sq(s):
    return " ".join(s.split())


def _goal_text(text):
    # the goal as the warehouse keeps it: the classifier's raw sentence, its label and stop off
    t = _sq(text).rstrip(".")
    for label in ("Målet är att ", "Målsättningen är att "):
        if t.startswith(label):
            t = t[len(label):]
    return t


# ---- 'Mål N. <area>' over 'Målet är att <goal>. <reasons>.' -----------------------------------

def _area_heading_doc(label="Mål", sep=".", subject="Målet"):
    return _classify([
        _h("Norrby kommuns integrationsprogram 2026–2029", 1),
        _h("3. Mål och åtgärder", 2),
        _h(f"{label} 1{sep} Boende", 3),
        _p(f"{subject} är att nya invånare hittar en bostad inom ett halvår. Hyresbostäderna är "
           "få och kön har vuxit sedan 2022."),
        _p("1.1 Bostadsrådgivning på fem språk. Ansvarig: Tekniska kontoret. Tidtabell: 2026."),
        _h(f"{label} 2{sep} Fritid och föreningar", 3),
        _p(f"{subject} är att alla barn i kommunen har en fritidsaktivitet. Många familjer känner "
           "inte till föreningarna."),
        _p("2.1 Hobbyguide för nya familjer. Ansvarig: Fritidsbyrån. Samarbete: Idrottsföreningen, "
           "Scouterna. Tidtabell: hösten 2026."),
    ])


def _check_area_heading_doc(got):
    goals = {_goal_text(g.text): g for g in got.goals}
    assert list(goals) == ["nya invånare hittar en bostad inom ett halvår",
                           "alla barn i kommunen har en fritidsaktivitet"]
    housing, leisure = goals.values()
    assert housing.theme == "Boende" and leisure.theme == "Fritid och föreningar"
    assert housing.parent is None and leisure.parent is None
    by_text = {_sq(m.text).rstrip("."): m for m in got.measures}
    assert by_text["1.1 Bostadsrådgivning på fem språk"].goal == housing.id
    assert by_text["2.1 Hobbyguide för nya familjer"].goal == leisure.id


def test_area_heading_over_goal_sentence_and_its_reasons():
    _check_area_heading_doc(_area_heading_doc())


def test_area_heading_variants_colon_dash_and_malsattning():
    _check_area_heading_doc(_area_heading_doc(sep=":"))
    _check_area_heading_doc(_area_heading_doc(label="Målsättning", sep=" –", subject="Målsättningen"))


def test_goal_then_reasons_splits_only_a_sentence_naming_the_goal():
    assert goal_then_reasons("Målet är att alla barn simmar. Simkunnigheten har sjunkit.") == (
        "Målet är att alla barn simmar.", "Simkunnigheten har sjunkit.")
    # a description of the area, no goal sentence first: the paragraph stays whole
    assert goal_then_reasons("Vårt mål är att alla barn simmar. Simkunnigheten har sjunkit.")[1] == (
        "Simkunnigheten har sjunkit.")
    assert goal_then_reasons("Bostäderna är få. Kön är lång.") == ("Bostäderna är få. Kön är lång.", "")
    # a second goal sentence after the first is no reason: the paragraph stays whole
    whole = "Målet är att alla barn simmar. Målet är också att alla vuxna cyklar."
    assert goal_then_reasons(whole) == (whole, "")


# ---- 'Kommunen strävar efter att … . Den visionen är …' ------------------------------------------

def _vision_doc(after):
    return _classify([
        _h("Norrby kommuns integrationsprogram 2026–2029", 1),
        _h("3 Våra mål", 2),
        _p("Programmet har tre mål."),
        _b("Arbete: Fler inflyttade får jobb i kommunen.", "Språk: Alla kan tala svenska i vardagen.",
           "Boende: Alla hittar en bostad."),
        _p("Kommunen strävar efter att vara regionens mest öppna kommun. " + after),
    ])


def test_sentence_naming_the_one_before_a_vision_makes_it_no_goal():
    for after in ("Den visionen är gemensam för alla kommunens planer.",
                  "Denna vision gäller hela kommunkoncernen.",
                  "Visionen gäller alla förvaltningar."):
        got = _vision_doc(after)
        assert [_goal_text(g.text) for g in got.goals] == [
            "Fler inflyttade får jobb i kommunen", "Alla kan tala svenska i vardagen", "Alla hittar en bostad"], after


def test_strive_sentence_without_a_vision_pointer_stays_a_goal():
    got = _vision_doc("Vi följer upp arbetet varje år.")
    assert any("regionens mest öppna kommun" in g.text for g in got.goals)


# ---- '3. –' over 'Mätare: …': a numbered record keyed by a dash ----------------------------------

def _line(text, y, x1, x0=61):
    return Line(text=text, bbox=BBox(x0=x0, y0=y, x1=x1, y1=y + 10), font_size=10.0)


def test_numbered_record_keyed_by_a_dash_ends_its_line():
    page = NormalizedPage(page_no=1, width=595, height=842, items=[
        _line("1. 2.1", 100, 95),
        _line("Mätare: Antal besökare på biblioteket", 113, 260, x0=75),
        _line("2. –", 126, 85),
        _line("Mätare: Andel som känner sig trygga (enkät)", 139, 280, x0=75),
        _line("3. 4.2", 152, 95),
        _line("Mätare: Antal nya föreningsmedlemmar", 165, 260, x0=75),
    ])
    els = document_elements(NormalizedDocument(source_file="t.pdf", sha256="0", kind="pdf", pages=[page]))
    texts = [e.text for e in els]
    assert "2. –" in texts
    assert texts[texts.index("2. –") + 1] == "Mätare: Andel som känner sig trygga (enkät)"
