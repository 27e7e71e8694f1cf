"""Twenty-ninth blind set conventions (made-up programmes): one row per unit whose action
cell holds several actions each closed by its goal's number, board minutes stating actions
as decisions with their executor, a table of past years' figures, and service promises
with what the resident can expect."""

from blocks_doc import bullets as _b, classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers import read_paragraphs, read_tables
from classifiers import classify_document
from classifiers.goal_numbered_segments import goal_numbered_segments
from classifiers.service_promises import expectation_line


def _unit_rows():
    return [
        _h("Integrationsprogram för Exempelby kommun 2025–2028", 1),
        _h("Programmets mål", 2),
        _b("Mål 1 – Nya invånare hittar rätt i kommunens service.",
           "Mål 2 – Fler vuxna invandrare har ett arbete."),
        _h("Enheternas åtaganden", 2),
        {"type": "table", "caption": "Tabell 2. Enheternas åtgärder", "columns": ["Enhet", "Åtgärder (mål)", "Tidsram"],
         "rows": [
             ["Servicepunkten", "Rådgivning på fyra språk varje vecka (1); en välkomstbroschyr ges ut årligen (1); "
                                "jobbkaféer ordnas två gånger per termin (2)", "2025–2028"],
             ["Näringslivsenheten", "Praktikplatser hos lokala företag förmedlas (2); företagsbesök för nyanlända (2)",
              "från 2026"],
         ]},
        _h("Uppföljning", 2),
        {"type": "table", "caption": "Tabell 3. Nyckeltal", "columns": ["Nyckeltal", "Mål", "Utgångsläge 2024", "Läge"],
         "rows": [["Antal rådgivningsbesök per år", "1", "300", "grön"],
                  ["Sysselsättningsgrad bland invandrare", "2", "55 %", "gul"]]},
    ]


def test_goal_numbered_segments_split_only_when_every_part_names_a_goal():
    goals = {"1": "g1", "2": "g2"}.get
    assert goal_numbered_segments("a b c (1); d e f (2)", goals) == [("a b c", "g1"), ("d e f", "g2")]
    # a part without a goal's number, or a number no goal has, splits nothing
    assert goal_numbered_segments("a b c (1); d e f", goals) is None
    assert goal_numbered_segments("a b c (1); d e f (7)", goals) is None
    assert goal_numbered_segments("a b c (1)", goals) is None


def test_actions_closed_by_goal_numbers_are_one_each_of_that_goal(monkeypatch):
    out = _classify(_unit_rows())
    goals = {g.id: g.text for g in out.goals}
    by_text = {m.text.rstrip("."): m for m in out.measures}
    assert len(out.measures) == 5
    m = by_text["en välkomstbroschyr ges ut årligen"]
    assert goals[m.goal].endswith("hittar rätt i kommunens service.") or "hittar rätt" in goals[m.goal]
    m = by_text["jobbkaféer ordnas två gånger per termin"]
    assert "arbete" in goals[m.goal]
    assert m.responsible == ["Servicepunkten"] and m.schedule == "2025–2028"
    # the unit column is the responsible of every action of its row
    assert by_text["företagsbesök för nyanlända"].responsible == ["Näringslivsenheten"]
    # the follow-up table's 'Mål' column names the goals printed 'Mål 1 – ...'
    assert {goals[i.goal][:5] for i in out.indicators if i.goal} and all(i.measure is None for i in out.indicators)
    monkeypatch.setattr(read_tables, "goal_numbered_segments", lambda text, goal_of: None)
    assert len(_classify(_unit_rows()).measures) == 2


def test_unit_column_is_responsible_only_of_actor_names(monkeypatch):
    out = _classify(_unit_rows())
    assert all(m.responsible for m in out.measures)
    monkeypatch.setattr(read_tables, "unit_column", lambda headers, rows, roles: None)
    assert not any(m.responsible for m in _classify(_unit_rows()).measures)


def _minutes():
    return [
        _h("EXEMPELBY STAD – PROTOKOLLSUTDRAG", 1),
        _h("§ 12 Integrationsprogram 2026–2029", 2),
        {"type": "table", "caption": "Bakgrund", "columns": ["Indikator", "2021", "2022", "2024"],
         "rows": [["Invånare med främmande språk", "900", "1 100", "1 250"],
                  ["Arbetslöshet bland utlänningar", "19 %", "17 %", "15 %"]]},
        _h("Delområde A: Arbete", 3),
        _p("Mål: Fler invandrare har ett arbete som motsvarar deras kompetens."),
        _p("Beslut: En jobbcoach anställs för unga vuxna med invandrarbakgrund."),
        _p("Verkställs av: sysselsättningstjänsterna i samarbete med Företagarna rf; tidpunkt: hösten 2026."),
        _p("Beslut: Staden erbjuder sommarjobb åt tjugo unga nyanlända varje år."),
        _p("Verkställs av: personalenheten; tidpunkt: 2026–2029."),
        _p("Förslag: Stadsstyrelsen föreslår att fullmäktige godkänner programmet."),
        _p("Beslut: Stadsstyrelsen godkände förslaget enhälligt."),
    ]


def test_decisions_with_their_executor_are_actions(monkeypatch):
    out = _classify(_minutes())
    texts = [m.text.rstrip(".") for m in out.measures]
    assert texts == ["En jobbcoach anställs för unga vuxna med invandrarbakgrund",
                     "Staden erbjuder sommarjobb åt tjugo unga nyanlända varje år"]
    first = out.measures[0]
    assert first.responsible == ["sysselsättningstjänsterna"] and first.partners == ["Företagarna rf"]
    assert first.schedule == "hösten 2026" and out.measures[1].schedule == "2026–2029"
    monkeypatch.setattr(classify_document, "fold_board_decisions", lambda elements: elements)
    # (read as plain paragraphs, the minutes' label stays in the action's text)
    assert [m.text.rstrip(".") for m in _classify(_minutes()).measures] != texts


def test_past_years_table_holds_no_indicators(monkeypatch):
    assert not _classify(_minutes()).indicators
    monkeypatch.setattr(read_tables, "past_years_only", lambda headers, own_start: False)
    assert _classify(_minutes()).indicators


def _promises():
    return [
        _h("Våra servicelöften till nya invånare", 1),
        _p("Integrationsprogram för Exempelby 2025–2028"),
        _h("Servicelöfte 1. Rådgivning", 2),
        _p("Vi lovar: Varje ny invånare får svar på sina frågor om kommunens tjänster."),
        _p("Du kan förvänta dig"),
        _b("svar på e-post inom tre arbetsdagar.", "rådgivning på minst fyra språk."),
        _p("Så här håller vi löftet"),
        {"type": "table", "caption": "", "columns": ["Ansvar", "Tid", "Åtgärd"],
         "rows": [["Servicepunkten", "2025–2028", "Servicepunkten har öppet två kvällar i veckan."]]},
        _h("Servicelöfte 2. Fritid", 2),
        _p("Vi lovar: Du hittar en hobby som passar dig."),
        _p("Så här håller vi löftet"),
        {"type": "table", "caption": "", "columns": ["Ansvar", "Tid", "Åtgärd"],
         "rows": [["Fritidsenheten", "årligen", "Fritidsenheten ordnar en hobbymässa varje höst."]]},
    ]


def test_expectation_line():
    assert expectation_line("Du kan förvänta dig")
    assert expectation_line("Det här kan du förvänta dig:")
    assert not expectation_line("Du kan förvänta dig att kommunen svarar på alla frågor inom kort tid.")
    assert not expectation_line("Så här håller vi löftet")


def test_what_the_resident_can_expect_are_the_promises_indicators(monkeypatch):
    out = _classify(_promises())
    assert sorted(i.text.rstrip(".") for i in out.indicators) == [
        "rådgivning på minst fyra språk", "svar på e-post inom tre arbetsdagar"]
    assert all(i.measure is None for i in out.indicators)
    monkeypatch.setattr(read_paragraphs, "expectation_line", lambda text: False)
    assert not _classify(_promises()).indicators


def test_a_sentence_ending_in_a_function_word_is_finished(monkeypatch):
    from classifiers.text import is_wrap
    # '... som behöver det.' / 'Barnens ...': the full stop ends the item, the next line is a new one
    assert not is_wrap("som behöver det.", "Barnens modersmål synliggörs i")
    # an open function word still wraps
    assert is_wrap("alla familjer som behöver det", "Barnens modersmål synliggörs i")


def _unit_cards():
    return [
        _h("Integrationsprogram 2025–2028", 1),
        _h("Programmets mål", 2),
        _b("Mål 1 – Nya invånare hittar rätt i kommunens service.", "Mål 2 – Fler vuxna invandrare har ett arbete."),
        _h("Enheternas åtaganden", 2),
        _p("Rådgivning på fyra språk varje vecka (1); jobbkaféer ordnas två gånger per termin (2)"),
        _p("Enhet: Servicepunkten. Kontaktperson: servicechef. Tidsram: från hösten 2025."),
        _p("Praktikplatser förmedlas hos lokala företag (2); företagsbesök för nyanlända (2)"),
        _p("Enhet: Näringslivsenheten. Tidsram: 2026."),
    ]


def test_a_units_row_printed_as_text_gives_one_action_per_goal_numbered_part(monkeypatch):
    from classifiers import read_paragraphs as rp
    out = _classify(_unit_cards())
    goals = {g.id: g.text for g in out.goals}
    got = [(m.text, "arbete" in goals[m.goal], m.responsible, m.schedule) for m in out.measures]
    assert got == [("Rådgivning på fyra språk varje vecka", False, ["Servicepunkten"], "från hösten 2025"),
                   ("jobbkaféer ordnas två gånger per termin", True, ["Servicepunkten"], "från hösten 2025"),
                   ("Praktikplatser förmedlas hos lokala företag", True, ["Näringslivsenheten"], "2026"),
                   ("företagsbesök för nyanlända", True, ["Näringslivsenheten"], "2026")]
    monkeypatch.setattr(rp, "goal_numbered_segments", lambda text, goal_of: None)
    assert len(_classify(_unit_cards()).measures) != 4


def test_a_lettered_area_label_is_no_part_of_the_theme():
    from classifiers.reader_shared import theme_name
    assert theme_name("Delområde A: Arbete och kompetens") == "Arbete och kompetens"
    assert theme_name("Delområde 2: Språk") == "Språk"
