"""What an action plan lists that is not one of its actions, and numbers that name no action.
Made-up text, other wordings than the sixth blind set's (tests/data/blind_programs/blind31):

- a list introduced as what goes on besides the actions ('Förutom åtgärderna ovan erbjuder
  kommunen som tidigare:'): the ordinary services, not measures of the programme;
- a number printed in front of the actions that one table gives two of them (a priority or a
  rank, '1. ...', '1. ...', '2. ...'): it names no action, so actions of other tables that
  carry the same number are not restatements of them.
"""

from blocks_doc import classify_blocks as _classify, heading as _h, paragraph as _p, bullets as _b

from classifiers.prose import about_earlier_period, intro_kind
from classifiers.text import is_wrap, squash


def _t(rows):
    return {"type": "table", "caption": "", "columns": ["Åtgärd", "Mål", "Tidtabell"], "rows": rows}


# ---- a list of what goes on besides the actions -------------------------------------------

def test_intro_naming_the_actions_only_as_what_its_list_is_besides():
    assert intro_kind("Förutom åtgärderna ovan erbjuder kommunen som tidigare:") == "background"
    assert intro_kind("Vid sidan av de här insatserna sköter enheten också:") == "background"
    # the actions named as the list itself stay actions, even with 'utöver' elsewhere
    assert intro_kind("Utöver det som sägs ovan genomför enheten följande åtgärder:") == "measure"
    assert intro_kind("Enheten genomför följande åtgärder:") == "measure"


def test_services_listed_besides_the_action_table_are_no_measures():
    x = _classify([
        _h("3 Åtgärder per verksamhet", 1),
        _h("3.1 Socialsektorn", 2),
        _t([["Hembesök hos nyinflyttade barnfamiljer", "", "2026"],
            ["Kvällsmottagning på hälsostationen", "", "2027"]]),
        _p("Förutom åtgärderna ovan erbjuder sektorn som tidigare:"),
        _b("rådgivning för barnfamiljer", "tolkade läkarbesök"),
    ])
    assert [squash(m.text) for m in x.measures] == ["Hembesök hos nyinflyttade barnfamiljer",
                                                    "Kvällsmottagning på hälsostationen"]


# ---- a number one table gives two actions ------------------------------------------------

def test_actions_ranked_in_front_are_not_merged_across_tables():
    x = _classify([
        _h("2 Mål", 1),
        _h("Alla nya invånare hittar kommunens tjänster (A1)", 3),
        _h("Fler vuxna invandrare har arbete (A2)", 3),
        _h("3 Åtgärder per verksamhet", 1),
        _h("3.1 Tekniska sektorn", 2),
        _t([["1. Skyltar på engelska för vuxna invandrare vid kommunens servicepunkter", "A1", "2026"],
            ["1. Praktikplatser i parkskötseln för vuxna som studerar svenska", "A2", "2027"],
            ["2. Ett nytt bokningssystem för bastuturer", "A1", "2028"]]),
        _h("3.2 Socialsektorn", 2),
        _t([["1. Hembesök hos vuxna invandrare som flyttat till kommunen", "A1", "2026"],
            ["2. Kvällsmottagning på hälsostationen en gång i veckan för alla", "A2", "2027"]]),
    ])
    # the first table ranks two actions '1.': its '1' and '2' name no action, and the second
    # table's '1.' and '2.' (sharing a few words with them) are actions of their own
    assert [(squash(m.text), m.schedule) for m in x.measures] == [
        ("1. Skyltar på engelska för vuxna invandrare vid kommunens servicepunkter", "2026"),
        ("1. Praktikplatser i parkskötseln för vuxna som studerar svenska", "2027"),
        ("2. Ett nytt bokningssystem för bastuturer", "2028"),
        ("1. Hembesök hos vuxna invandrare som flyttat till kommunen", "2026"),
        ("2. Kvällsmottagning på hälsostationen en gång i veckan för alla", "2027")]


# ---- a chapter about a period that ended before the programme's -------------------------

def test_heading_naming_a_period_that_ended_before_the_programmes():
    assert about_earlier_period("5 Uppföljning av integrationsplanen 2017–2020", own_start=2021)
    assert about_earlier_period("Tabell 4. Resultat 2018–21", own_start=2022)
    # the programme's own period, one that runs into it, or no period known: not the past
    assert not about_earlier_period("3 Åtgärder 2021–2024", own_start=2021)
    assert not about_earlier_period("Befolkningen 2015–2022", own_start=2021)
    assert not about_earlier_period("5 Uppföljning av integrationsplanen 2017–2020")
    # a single year dates a figure, it names no period
    assert not about_earlier_period("Tabell 1. Invånare 31.12.2019", own_start=2021)


def test_tables_under_a_chapter_about_an_earlier_period_are_no_measures():
    cols = ["Åtgärd", "Ansvarig", "Tidtabell"]
    x = _classify([
        _h("2 Åtgärder", 1),
        _t([["Hembesök hos nyinflyttade barnfamiljer", "Socialsektorn", "2026"],
            ["Kvällsmottagning på hälsostationen", "Välfärdsområdet", "2027"]]) | {"columns": cols},
        _h("3 Så gick det med planen 2019–2024", 1),
        _p("Tabellen visar några av den gamla planens insatser."),
        _t([["Simskola för vuxna", "Idrottsväsendet", "2020"],
            ["Cykelkurs för kvinnor", "Idrottsväsendet", "2021"]]) | {"columns": cols},
        _h("4 Uppföljning", 1),
        _p("Programmet följs upp varje år."),
    ])  # the made-up programme's title names 2025–2028
    assert [squash(m.text) for m in x.measures] == ["Hembesök hos nyinflyttade barnfamiljer",
                                                    "Kvällsmottagning på hälsostationen"]


def test_table_under_a_heading_naming_the_previous_programme_is_no_measures():
    # the heading names the earlier programme in words (no years): its table too reports
    # the past, not only a list right under it
    cols = ["Åtgärd", "Ansvarig", "Tidtabell"]
    x = _classify([
        _h("2 Åtgärder", 1),
        _t([["Hembesök hos nyinflyttade barnfamiljer", "Socialsektorn", "2026"]]) | {"columns": cols},
        _h("3 Resultat av den förra programperioden", 1),
        _t([["Simskola för vuxna", "Idrottsväsendet", "2020"],
            ["Cykelkurs för kvinnor", "Idrottsväsendet", "2021"]]) | {"columns": cols},
    ])
    assert [squash(m.text) for m in x.measures] == ["Hembesök hos nyinflyttade barnfamiljer"]


# ---- a field printed empty ---------------------------------------------------------------

def test_a_label_with_a_dash_for_its_value_ends_its_line():
    # 'Indikator: –' says the field is empty; the next label is a field of its own, not the
    # rest of this one (a line ending on a dash otherwise goes on: 'Mål 1 –' / 'Arbete')
    assert not is_wrap("Indikator: –", "Prioritet: 2")
    assert not is_wrap("Samarbetspartner: —", "Tidtabell: 2026")
    assert is_wrap("Mål 1 –", "Arbete och företagande")
    assert is_wrap("Ansvar: integrationsenheten –", "Kansliet")
