"""The conventions read for the sixty-sixth blind set's second three programmes, each on a
made-up programme: goal sub-headings whose subject is one adjective-like word ('Unga hittar …',
'Nyanlända orienterar sig …'), running heads whose parts a middle dot separates with the page
number on a line of its own, a paragraph explaining the goal stated above it ('Målet bygger på
…'), and two text columns each under a numbered section heading ('4.5.1 Mål' | '4.6.2 Åtgärder')
that are no table."""
from blocks_doc import bullets as _b, classify_blocks as _classify, heading as _h, paragraph as _p


def _t(columns, rows, caption=""):
    return {"type": "table", "caption": caption, "columns": columns, "rows": rows}


def test_goal_heading_whose_subject_is_one_adjective_like_word_reads_as_a_clause():
    from classifiers.prose import reads_as_clause
    assert reads_as_clause("Arbetssökande hittar rätt kurs i tid")
    assert reads_as_clause("Äldre känner till sina rättigheter")
    # a present form before the reflexive 'sig' is a verb, whatever the subject
    assert reads_as_clause("Nyinflyttade orienterar sig i kommunens service")
    # titles stay titles
    assert not reads_as_clause("Digitala tjänster för nyinflyttade")
    assert not reads_as_clause("Nya vägar till arbete")
    assert not reads_as_clause("Möjligheter att utbilda sig")
    doc = _classify([
        _h("3 Mål och åtgärder", 2),
        _h("3.1 Utbildning", 3),
        _h("Arbetssökande hittar rätt kurs i tid", 5),
        _p("Många väntar länge på en kursplats, och väntan gör att motivationen sjunker."),
        _t(["Åtgärd", "Ansvar", "Samarbetspartner", "Tidsplan"], [
            ["Kursplatser fördelas varje månad", "Vuxenutbildningen", "–", "från 2026"]]),
        _h("Skolan ordnar läxhjälp för alla elever", 5),
        _p("Föräldrar med annat modersmål kommer sällan till föräldramötena."),
        _t(["Åtgärd", "Ansvar", "Samarbetspartner", "Tidsplan"], [
            ["Tolkade föräldramöten två gånger per år", "Skolorna", "–", "2026"]]),
        _h("3.2 Service", 3),
        _h("Äldre känner till sina rättigheter", 5),
        _p("Många äldre vet inte vilka tjänster de har rätt till."),
        _t(["Åtgärd", "Ansvar", "Samarbetspartner", "Tidsplan"], [
            ["Informationsträffar i seniorhuset", "Äldreomsorgen", "Pensionärsföreningen", "2027"]]),
    ])
    goals = {g.text: g for g in doc.goals}
    assert "Arbetssökande hittar rätt kurs i tid" in goals
    assert "Äldre känner till sina rättigheter" in goals
    by_text = {" ".join(m.text.split()): m for m in doc.measures}
    assert by_text["Kursplatser fördelas varje månad"].goal == goals["Arbetssökande hittar rätt kurs i tid"].id
    assert by_text["Informationsträffar i seniorhuset"].goal == goals["Äldre känner till sina rättigheter"].id
    assert goals["Äldre känner till sina rättigheter"].theme == "Service"


def _running_head_programme():
    head = "Exby kommun · Integrationsplan 2026–2030"
    return [
        _p(head),
        _h("1 Inledning", 2),
        _p("Planen gäller åren 2026–2030 och har beretts av en arbetsgrupp."),
        _p("2"),
        _p(f"{head} · Mål"),
        _h("2 Mål", 2),
        _p("Huvudmål: Alla invånare är delaktiga i kommunens vardag."),
        _p("Huvudmålet har delats upp i två delmål, ett för varje kapitel nedan."),
        _p("3"),
        _p(f"{head} · Arbete"),
        _h("3 Arbete", 2),
        _p("Delmål: Fler nyinflyttade får arbete i kommunen."),
        _t(["Åtgärd", "Ansvarig", "I samarbete med", "Tidtabell"], [
            ["Praktikplatser i kommunens enheter", "Personalenheten", "–", "2026"]],
           caption="Åtgärder – arbete"),
        _p("4"),
        _p(f"{head} · Fritid"),
        _h("4 Fritid", 2),
        _p("Delmål: Nya invånare deltar i föreningarnas verksamhet."),
        _t(["Åtgärd", "Ansvarig", "I samarbete med", "Tidtabell"], [
            ["Föreningsmässa varje höst", "Fritidsenheten", "Föreningarna", "årligen"]],
           caption="Åtgärder – fritid"),
    ]


def test_running_head_of_middle_dot_parts_and_its_page_number_are_no_content():
    from classifiers.page_furniture import drop_page_furniture
    from classifiers.elements import Element
    doc = _classify(_running_head_programme())
    texts = [g.text for g in doc.goals] + [m.text for m in doc.measures] + [i.text for i in doc.indicators]
    assert not any("Exby kommun" in t for t in texts)
    assert not any(t.strip().isdigit() for t in texts)
    goals = {g.text for g in doc.goals}
    assert {"Fler nyinflyttade får arbete i kommunen", "Nya invånare deltar i föreningarnas verksamhet"} <= goals
    # the head repeated with its leading parts goes, and so do the page number beside it and
    # the head without its place on the first page; a number in the text elsewhere stays
    els = [Element(kind="para", text=t, page=1) for t in (
        "Exby kommun · Plan 2026", "Inledning.", "2", "Exby kommun · Plan 2026 · Arbete", "Text om arbete.",
        "3", "Exby kommun · Plan 2026 · Fritid", "Text om fritid.", "7")]
    assert [e.text for e in drop_page_furniture(els)] == ["Inledning.", "Text om arbete.", "Text om fritid.", "7"]


def _ln(text, x, y, size=9.0, bold=False):
    from extractors.model import BBox, Line
    return Line(text=text, bbox=BBox(x0=x, y0=y, x1=x + 4 * len(text), y1=y + size * 1.2), font_size=size,
                bold=bold)


def test_two_text_columns_under_numbered_section_headings_are_no_table():
    from extractors.model import Line, Table
    from classifiers.line_tables import rebuild_page

    # a two-column page: the left column's section '2.3.1 Mål', the right one's '2.4.2
    # Åtgärder', both in bold at the text's size on one line
    items = [_ln("2.3.1 Mål", 57, 80, bold=True), _ln("2.4.2 Åtgärder", 310, 80, bold=True),
             _ln("Alla barn deltar i förskolan.", 57, 100), _ln("• Öppen förskola – Bildning, 2026", 310, 100),
             _ln("2.3.2 Åtgärder", 57, 130, bold=True), _ln("• Läxhjälp – Skolan, 2027", 310, 115),
             _ln("• Hembesök – Familjestödet, 2026", 57, 145), _ln("2.4.3 Uppföljning", 310, 145, bold=True)]
    out, _ = rebuild_page(items, None, 842)
    assert not [it for it in out if isinstance(it, Table)]
    assert len([it for it in out if isinstance(it, Line)]) == len(items)
    # a table's header names its columns by their words alone: still a table
    items = [_ln("Åtgärd", 57, 80, bold=True), _ln("Ansvar", 310, 80, bold=True),
             _ln("Öppen förskola", 57, 100), _ln("Bildningsnämnden", 310, 100),
             _ln("Läxhjälp", 57, 130), _ln("Skolan", 310, 130), _ln("Hembesök", 57, 160), _ln("Familjestödet", 310, 160)]
    out, _ = rebuild_page(items, None, 842)
    assert [it for it in out if isinstance(it, Table)]


def test_paragraph_about_the_goal_stated_above_it_is_no_goal():
    doc = _classify([
        _h("3 Insatsområden", 2),
        _h("3.1 Arbete", 3),
        _h("3.1.1 Mål", 5),
        _p("Alla vuxna nyinflyttade har en plan för arbete eller studier inom ett halvår."),
        _p("Målet grundar sig på den enkät som gjordes bland nyinflyttade år 2024, där många saknade en plan."),
        _h("3.1.2 Åtgärder", 5),
        _t(["Åtgärd", "Ansvar", "Samarbete", "Tidtabell"], [
            ["Personlig handledning för nyinflyttade", "Sysselsättningsenheten", "–", "från 2026"]]),
        _h("3.2 Fritid", 3),
        _h("3.2.1 Mål", 5),
        _p("Målet är att nya invånare deltar i föreningslivet."),
        _h("3.2.2 Åtgärder", 5),
        _t(["Åtgärd", "Ansvar", "Samarbete", "Tidtabell"], [
            ["Föreningsmässa varje höst", "Fritidsenheten", "Föreningarna", "årligen"]]),
    ])
    goals = [g.text.rstrip(".") for g in doc.goals]
    assert "Alla vuxna nyinflyttade har en plan för arbete eller studier inom ett halvår" in goals
    assert not any(g.startswith("Målet grundar sig") for g in goals)
    # 'Målet är att …' still states its goal
    assert any("nya invånare deltar i föreningslivet" in g for g in goals)
