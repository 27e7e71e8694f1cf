"""A working group's report proposing a programme (made up): goals 'Mål N: …' atop each
chapter, proposals numbered across the report 'Förslag N: Arbetsgruppen föreslår att … .'
closed by 'Föreslagen ansvarig: X.' and a cost, on the same line or the next; a needs
table whose solution column the text names as the proposals; a follow-up list naming each
proposal before its meter ('Förslag 2: antal …', 'Kurserna: antal …')."""

from blocks_doc import bullets as _b, classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers import classify_document, read_paragraphs, read_tables, reader_shared


def _t(columns, rows, caption=None):
    return {"type": "table", "caption": caption, "columns": columns, "rows": rows}


def _report():
    return [
        _h("Arbetsgruppens förslag till integrationsprogram 2026–2028", 1),
        _h("1 Information", 2),
        _p("Mål 1: Nya invånare vet var de får hjälp."),
        _p("Förslag 1: Arbetsgruppen föreslår att kommunen öppnar en infodisk i biblioteket."),
        _p("Föreslagen ansvarig: kansliet. Kostnadsuppskattning: 9 000 € per år."),
        _p("Förslag 2: Arbetsgruppen föreslår att kommunens webbplats får sidor på lätt svenska. "
           "Föreslagen ansvarig: kommunikationen. Kostnadsuppskattning: 3 000 €."),
        _h("2 Familjer", 2),
        _p("Mål 2: Familjerna mår bra."),
        _p("Arbetsgruppen kartlade familjernas behov. Lösningarna i tabellen är arbetsgruppens förslag."),
        _t(["Behov", "Hinder", "Lösning", "Vem"], [
            ["Föräldrar behöver råd om ekonomin", "Okunskap om stöd", "Kurser i vardagsekonomi på flera språk", "Medborgarinstitutet"],
            ["Barn behöver simkunnighet", "Avgifterna", "Avgiftsfri simskola för nya familjer", "Fritidsbyrån"],
        ], caption="Tabell 1. Behov och lösningar"),
        _h("3 Uppföljning", 2),
        _p("För uppföljningen föreslås följande mätare:"),
        _b("Förslag 2: antal besök på sidorna på lätt svenska", "Kurserna: antal deltagare per termin"),
    ]


def _measures(out):
    return {" ".join(m.text.split()): m for m in out.measures}


def test_proposals_closed_by_a_cost_field_are_measures(monkeypatch):
    got = _measures(_classify(_report()))
    web = "Förslag 2: Arbetsgruppen föreslår att kommunens webbplats får sidor på lätt svenska"
    assert web in got and got[web].responsible == ["kommunikationen"]
    # a cost field read as a sentence that goes on: the proposal's fields no longer close it
    monkeypatch.setattr(reader_shared, "is_cost_field", lambda s: False)
    assert web not in _measures(_classify(_report()))


def test_field_line_under_a_numbered_proposal_is_its_own(monkeypatch):
    got = _measures(_classify(_report()))
    desk = "Förslag 1: Arbetsgruppen föreslår att kommunen öppnar en infodisk i biblioteket"
    assert desk in got and got[desk].responsible == ["kansliet"]
    monkeypatch.setattr(read_paragraphs, "opens_with_numbered_label", lambda text: False)
    assert desk not in _measures(_classify(_report()))


def test_column_the_text_names_as_the_proposals_holds_measures(monkeypatch):
    out = _classify(_report())
    goals = {g.id: g.text for g in out.goals}
    got = _measures(out)
    course = got["Kurser i vardagsekonomi på flera språk"]
    assert course.responsible == ["Medborgarinstitutet"] and "Familjerna" in goals[course.goal]
    assert "Föräldrar behöver råd om ekonomin" not in got
    # the table read without the reading guide's word: an owners table, no measures
    monkeypatch.setattr(read_tables, "map_columns", lambda headers, defined=None: {3: "responsible"})
    assert "Kurser i vardagsekonomi på flera språk" not in _measures(_classify(_report()))


def test_follow_up_items_name_their_proposal_before_the_meter(monkeypatch):
    out = _classify(_report())
    got = {m.id: " ".join(m.text.split()) for m in out.measures}
    meters = {i.text: i for i in out.indicators}
    web = meters["antal besök på sidorna på lätt svenska"]
    assert got[web.measure].startswith("Förslag 2:")
    courses = meters["antal deltagare per termin"]
    assert got[courses.measure] == "Kurser i vardagsekonomi på flera språk"
    monkeypatch.setattr(classify_document, "link_labelled_meters", lambda built: None)
    texts = [i.text for i in _classify(_report()).indicators]
    assert "antal deltagare per termin" not in texts


def test_reading_guide_naming_a_column_as_the_proposals():
    from classifiers.headers import defined_roles, map_columns
    guide = defined_roles(["Lösningarna i tabellen är arbetsgruppens förslag."])
    assert guide == {"losningarna": "measure"}
    # a singular header read by the plural the sentence calls it by
    assert map_columns(["Behov", "Hinder", "Lösning", "Vem"], guide) == {2: "measure", 3: "responsible"}
    assert defined_roles(["Lösningarna i tabellen är bra."]) == {}


def test_rate_followed_besides_the_proposals_is_the_goals(monkeypatch):
    from classifiers import prose
    report = _report()
    blocks = report[:6] + [
        _p("Förslag 3: Arbetsgruppen föreslår att kommunen ordnar vägledning för vårdnadshavare med främmande "
           "modersmål. Föreslagen ansvarig: elevhandledningen."),
    ] + report[6:-2] + [
        _p("Utöver detta följs sysselsättningsgraden bland invånare med främmande modersmål årligen."),
    ]
    out = _classify(blocks)
    rate = next(i for i in out.indicators if i.text.startswith("sysselsättningsgraden"))
    assert rate.text == "sysselsättningsgraden bland invånare med främmande modersmål" and rate.measure is None
    assert any(m.text.startswith("Förslag 3:") for m in out.measures)
    # a rate read as any added figure: the proposal sharing its words would take it
    monkeypatch.setattr(read_paragraphs, "is_population_rate", lambda item: False)
    rate = next(i for i in _classify(blocks).indicators if i.text.startswith("sysselsättningsgraden"))
    assert rate.measure is not None
    monkeypatch.setattr(prose, "_RATE_HEAD", prose._QUANTITY_HEAD)
    assert not any(i.text.startswith("sysselsättningsgraden") for i in _classify(blocks).indicators)
