"""Conventions of the twenty-seventh blind set (blind160–162): the goal labelled as the
result aimed at ('Önskat resultat: ...'). Made-up text in those conventions."""

from blocks_doc import classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers.reader_shared import goal_field


def test_desired_result_is_a_goal_label():
    # 'Önskat resultat:' names the goal as 'Önskat läge:' does
    assert goal_field("Önskat resultat: Fler unga fullföljer andra stadiet.") == (
        "Fler unga fullföljer andra stadiet", None)
    assert goal_field("Eftersträvat resultat 2028: Alla nyinflyttade hittar en bostad.") == (
        "Alla nyinflyttade hittar en bostad", None)
    # a result that was reached is a report, not a goal
    assert goal_field("Resultat: 40 deltagare fick arbete.") is None


def test_followed_up_through_as_one_verb_labels_indicators():
    from classifiers.headers import header_role
    # 'Uppföljs genom:' is 'Följs upp genom:' with the particle joined to the verb
    assert header_role("Uppföljs genom") == "indicator"
    assert header_role("Följs upp genom") == "indicator"
    x = _classify([
        _h("Kommunens mål", 1),
        _h("1. Hälsa", 2),
        _p("Mål: Alla nya invånare vet hur de får vård."),
        _p("Uppföljs genom: antal besök på hälsorådgivningen; andel som känner till jourens nummer."),
    ])
    assert [i.text for i in x.indicators] == ["antal besök på hälsorådgivningen",
                                             "andel som känner till jourens nummer"]
    assert all(i.goal == x.goals[0].id and i.measure is None for i in x.indicators)


def test_answer_of_a_unit_is_the_action_its_unit_responsible():
    x = _classify([
        _h("Kommunens mål", 1),
        _h("1. Boende", 2),
        _p("Mål: Nyinflyttade familjer hittar en bostad."),
        _h("Bilaga 2. Frågor till enheterna", 1),
        _h("Mål 1 – Boende", 2),
        _h("Fråga till byggnadskontoret: Hur ordnar ni hyresbostäder för nya familjer?", 3),
        # what is already done first, then the commitment; its time as a field
        _p("Svar: Kommunen hyr redan ut tjugo lägenheter. Vi bygger ett radhus med sex bostäder. Tidpunkt: 2027."),
        _h("Fråga till socialbyrån: Hur ordnar ni rådgivning om hyresavtal?", 3),
        _p("Svar: Socialhandledaren håller en boendekurs varje vår. Tidpunkt: Årligen."),
    ])
    assert [m.text.rstrip(".") for m in x.measures] == ["Vi bygger ett radhus med sex bostäder",
                                                        "Socialhandledaren håller en boendekurs varje vår"]
    assert [m.responsible for m in x.measures] == [["byggnadskontoret"], ["socialbyrån"]]
    assert [m.schedule for m in x.measures] == ["2027", "Årligen"]
    assert all(m.goal == x.goals[0].id for m in x.measures)


def test_dash_item_under_dash_items_is_no_sign_of_a_row_cut_by_the_page():
    from classifiers.elements import _continues_row
    above = ["Tjänsterna är tillgängliga på flera språk (bindande)",
             "– Webbplatsen kompletteras på engelska (2024)\n– Utbildning för chefer (2025–2026)",
             "Antal sidor på engelska: minst 30"]
    # a new goal, a new dash item, a new meter: a row of its own on the next page
    assert not _continues_row(["Fler invånare får arbete i kommunen", "– Kommunen erbjuder tio praktikplatser",
                               "Antal praktikplatser: 10/år"], above)
    # a dash that goes on mid-sentence still continues the row above
    assert _continues_row(["", "– och på ukrainska (2025)", ""], above)


def test_meter_closed_by_its_target_ends_at_its_line():
    from classifiers.cells import split_indicator_cell
    # 'Mätare: målnivå' lines: the target after the colon closes each meter
    items = split_indicator_cell("Antal sidor på engelska och\nsvenska: minst 30\nAndel lärare som gått\nkursen: 80 %")
    assert [" ".join(i.split()) for i in items] == ["Antal sidor på engelska och svenska: minst 30",
                                                    "Andel lärare som gått kursen: 80 %"]



def test_compound_goal_word_with_its_number_is_a_goal_label():
    from classifiers.text import GOAL_LABEL_RE
    # a budget book's operating goal ('Verksamhetsmål 2. ...') is labelled as 'Mål 2.' is
    assert GOAL_LABEL_RE.sub("", "Verksamhetsmål 2. Fler unga får sommarjobb", count=1) == "Fler unga får sommarjobb"
    assert GOAL_LABEL_RE.sub("", "Resultatmål 1: Alla får en bostad", count=1) == "Alla får en bostad"
    # a mother tongue with a count is no goal label
    assert GOAL_LABEL_RE.match("Modersmål 2: arabiska") is None
    x = _classify([
        _h("2 Mål per sektor", 1),
        _h("2.1 Tekniska sektorn", 2),
        _h("Verksamhetsmål 1. Vägvisningen är begriplig för alla", 3),
        _p("2.1 Skyltarna i centrum kompletteras med symboler (2025)"),
        _p("Ansvarig: Tekniska sektorn."),
    ])
    # the goal is matched without its label, as 'Mål 1. ...' is
    from classifiers.text import normalize_for_match
    assert [normalize_for_match(g.text) for g in x.goals] == ["vägvisningen är begriplig för alla"]


def test_a_question_about_reading_the_programme_is_no_residents_question():
    from classifiers.resident_questions import answer_goal, asks_as_resident
    assert asks_as_resident("Hur hittar jag ett arbete?")
    assert not asks_as_resident("Hur läser jag programmet?")
    assert answer_goal("2 Hur använder jag planen?",
                       "Varje kapitel har ett mål och en lista över det som ska göras.") is None


def test_a_time_alone_in_the_closing_parenthesis_dates_the_action():
    from classifiers.closing_times import closing_time
    assert closing_time("Mångfaldsutbildning för chefer (2025–2026)") == ("Mångfaldsutbildning för chefer", "2025–2026")
    assert closing_time("Språkcafé tillsammans med institutet (Medis)") is None
    x = _classify([
        _h("2.1 Tekniska sektorn", 2),
        {"type": "table", "caption": "", "columns": ["Mål", "Åtgärder"],
         "rows": [["Vägvisningen är begriplig för alla",
                   "– Skyltarna kompletteras med symboler (2025–2026)\n– Kartan trycks på fem språk"]]},
    ])
    assert [(m.text, m.schedule) for m in x.measures] == [
        ("Skyltarna kompletteras med symboler", "2025–2026"), ("Kartan trycks på fem språk", None)]


def test_a_field_line_at_the_lists_margin_is_no_wrap_of_the_last_item():
    from blocks_doc import HEADING_SIZE, NormalizedDocument, _Pager
    from classifiers import classify
    pg = _Pager()
    pg.line("Integrationsprogram för Exempelby 2025–2028", size=20.0, bold=True)
    pg.line("2.3 Fritidssektorn", size=HEADING_SIZE[2], bold=True, gap_before=8)
    pg.line("Mål 5. Invånare med olika bakgrund möts i fritidsverksamheten", size=HEADING_SIZE[3], bold=True,
            gap_before=8)
    # a dash list of actions, then the list's meter at the list's margin (where the dashes are)
    pg.line("– Biblioteket ordnar läxhjälp varje vecka")
    pg.line("– Festival i samband med byadagarna (2026)")
    pg.line("Mätare: Antal deltagare i läxhjälpen: 300 besök/år")
    doc = NormalizedDocument(source_file="t", sha256="0" * 64, kind="pdf", pages=pg.pages)
    x = classify(doc)
    assert [m.text for m in x.measures][-1].startswith("Festival i samband med byadagarna")
    assert "Mätare" not in " ".join(m.text for m in x.measures)
    assert [i.text.split(":")[0] for i in x.indicators] == ["Antal deltagare i läxhjälpen"]
