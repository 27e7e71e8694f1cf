"""Thirty-ninth blind set (blind233, blind234) conventions, on made-up text: a purchaser's
commissioning plan ('Mål N · <theme>' headings over the goal's sentence, a table of
commissions 'Uppdrag | Mål | Uppdragets innehåll | Utförare | … | Uppföljs genom' whose follow-up
cell may name a report only, service agreements listed as '<association> – <task> (<period>)'),
and an indicator-first programme (a table per area whose action cell lists '• <action> (<doer> ·
medverkar: <partner> · <time>)', a summary table counting meters, a list of meters left out)."""

from blocks_doc import bullets as _b, classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers.actors import doer_before_dash, trailing_actors, tail_start
from classifiers.area_goal_headings import follow_up_after_goal, goal_under_area_heading
from classifiers.cells import split_marked_items
from classifiers.headers import header_roles, label_role, map_columns
from classifiers.prose import (followed_up_by, goal_heading_number, heading_kind, lists_what_was_left_out,
                               names_report_only)
from classifiers.read_headings import _restates_heading
from classifiers.read_paragraphs import _unfinished_follow_up
from classifiers.text import GOAL_LABEL_RE


def _sq(s):
    return " ".join((s or "").split())


def _t(caption, columns, rows):
    return {"type": "table", "caption": caption, "columns": columns, "rows": rows}


# --- who/when parentheses with fields set apart by middle dots -----------------------------

def test_medverka_labels_the_partners():
    assert label_role("medverkar") == "partners"
    assert label_role("Medverkande") == "partners"


def test_a_dotted_parenthesis_names_doer_partner_and_time():
    text = "Läxhjälp på biblioteket (fritidsbyrån · medverkar: Röda korset i Exempelby · från 2026)"
    assert trailing_actors(text) == (["fritidsbyrån"], ["Röda korset i Exempelby"], "från 2026")
    assert text[:tail_start(text)].strip() == "Läxhjälp på biblioteket"
    # the doer and the time alone, a middle dot between them as a semicolon would be
    assert trailing_actors("Skyltar på tre språk (tekniska enheten · 2027)") == (["tekniska enheten"], [], "2027")


def test_a_cell_line_inside_an_open_parenthesis_is_no_item():
    cell = ("• Läxhjälp på biblioteket varje vecka\n(fritidsbyrån · medverkar: Röda korset\n· löpande)\n"
            "• Simskola för vuxna (idrottsenheten · 2026)")
    _, items = split_marked_items(cell)
    assert [_sq(t) for t, _ in items] == [
        "Läxhjälp på biblioteket varje vecka (fritidsbyrån · medverkar: Röda korset · löpande)",
        "Simskola för vuxna (idrottsenheten · 2026)"]


# --- indicator-first programme ---------------------------------------------------------------

def _indicator_first():
    return _classify([
        _h("1 Programmet i korthet"),
        _t("Tabell 1. Områden och antal mätare", ["Område", "Mål", "Mätare", "Åtgärder"], [
            ["Fritid", "Barn med utländsk bakgrund har en hobby", "1", "2"],
            ["Boende", "Nya invånare hittar en bostad inom tre månader", "1", "1"],
        ]),
        _h("2 Mätare och åtgärder"),
        _h("Område 1: Fritid", 3),
        _p("Mål: Barn med utländsk bakgrund har en hobby."),
        _t("Område 1 – Fritid", ["Mätare", "Utgångsläge", "Målnivå", "Åtgärder som ska flytta mätaren"], [
            ["Andel barn med en regelbunden hobby, %", "40 %", "60 %",
             "• Prova-på-dagar i idrottshallen (fritidsbyrån · medverkar: Exempelby IF · 2026)\n"
             "• Hobbykort för nyinflyttade familjer (fritidsbyrån · från 2027)"],
        ]),
        _h("Område 2: Boende", 3),
        _p("Mål: Nya invånare hittar en bostad inom tre månader."),
        _t("Område 2 – Boende", ["Mätare", "Utgångsläge", "Målnivå", "Åtgärder som ska flytta mätaren"], [
            ["Antal hushåll som fått bostadsrådgivning per år", "10", "50",
             "• Bostadsrådgivning på flera språk (tekniska enheten · medverkar: Exempelbostäder Ab · 2026–2028)"],
        ]),
        _h("3 Mätare som vi övervägde men valde bort"),
        _b("Antal besök på kommunens webbplats – uppgiften är inte tillförlitlig.",
           "Andel invånare som röstar – mäts bara vart fjärde år."),
    ])


def test_an_action_cell_of_dotted_parentheses():
    got = _indicator_first()
    ms = {_sq(m.text): m for m in got.measures}
    assert set(ms) == {"Prova-på-dagar i idrottshallen", "Hobbykort för nyinflyttade familjer",
                       "Bostadsrådgivning på flera språk"}
    m = ms["Bostadsrådgivning på flera språk"]
    assert (m.responsible, m.partners, m.schedule) == (["tekniska enheten"], ["Exempelbostäder Ab"], "2026–2028")
    assert ms["Prova-på-dagar i idrottshallen"].partners == ["Exempelby IF"]


def test_a_bare_figure_in_a_meter_column_is_no_indicator():
    got = _indicator_first()
    texts = [_sq(i.text) for i in got.indicators]
    assert not [t for t in texts if not any(ch.isalpha() for ch in t)]


def test_meters_weighed_and_left_out_are_none():
    assert lists_what_was_left_out("3 Mätare som vi övervägde men valde bort")
    assert lists_what_was_left_out("Bortvalda åtgärder")
    assert not lists_what_was_left_out("3 Mätare som vi följer upp")
    got = _indicator_first()
    texts = [_sq(i.text) for i in got.indicators]
    assert not [t for t in texts if "webbplats" in t or "röstar" in t]
    assert sorted(texts) == ["Andel barn med en regelbunden hobby, %",
                             "Antal hushåll som fått bostadsrådgivning per år"]


# --- the same table printed as a numbered list -------------------------------------------------

def test_a_field_line_with_its_value_introduces_no_list():
    assert _unfinished_follow_up("Mätare: Antal hushåll som fått bostadsrådgivning per år") is None
    # a sentence breaking off into the list still does
    assert _unfinished_follow_up("Hur det går följs upp med") == "indicator"


def test_a_heading_restating_its_part_is_its_caption():
    assert _restates_heading("Område 1 – Fritid", "Område 1: Fritid")
    assert not _restates_heading("Område 1: Fritid", "Område 1: Fritid")
    assert not _restates_heading("Fritid", "Fritid:")
    got = _classify([
        _h("2 Mätare och åtgärder"),
        _h("Område 1: Fritid", 3),
        _p("Mål: Barn med utländsk bakgrund har en hobby."),
        _h("Område 1 – Fritid", 4),
        _b("Prova-på-dagar i idrottshallen (fritidsbyrån · medverkar: Exempelby IF · 2026)",
           "Hobbykort för nyinflyttade familjer (fritidsbyrån · från 2027)"),
        _p("Utgångsläge: 40 %. Målnivå: 60 %."),
        _p("Mätare: Andel barn med en regelbunden hobby, %"),
        _b("Simskola för vuxna (idrottsenheten · medverkar: Exempelby IF · 2026)",
           "Cykelkurs för vuxna (idrottsenheten · 2027)"),
    ])
    goal = next(g.id for g in got.goals if _sq(g.text).startswith("Barn med utländsk bakgrund"))
    ms = {_sq(m.text): m for m in got.measures}
    assert set(ms) == {"Prova-på-dagar i idrottshallen", "Hobbykort för nyinflyttade familjer",
                       "Simskola för vuxna", "Cykelkurs för vuxna"}
    assert all(m.goal == goal for m in ms.values())


# --- a purchaser's commissioning plan ----------------------------------------------------------

def test_goal_heading_with_a_middle_dot():
    assert goal_heading_number("Mål 2 · Boende") == "2"
    assert GOAL_LABEL_RE.sub("", "Mål 2 · Boende och trygghet") == "Boende och trygghet"


def test_followed_up_with_an_adverb_before_the_particle():
    assert followed_up_by("Målet följs dessutom upp med andelen hushåll som får utkomststöd.") == (
        "Målet", ["andelen hushåll som får utkomststöd"])


def test_a_goal_sentence_then_how_it_is_followed_up():
    para = "Nya invånare hittar en bostad inom tre månader. Målet följs också upp med antalet vräkningar per år."
    assert follow_up_after_goal(para) == ("Nya invånare hittar en bostad inom tre månader.",
                                          "Målet följs också upp med antalet vräkningar per år.")
    assert goal_under_area_heading("Mål 1 · Boende", para) == (
        "Nya invånare hittar en bostad inom tre månader", "Boende")
    # a paragraph describing the area stays no goal of the heading's
    assert follow_up_after_goal("Bostäderna är få. Hyrorna stiger.") == ("Bostäderna är få. Hyrorna stiger.", "")


def test_a_report_named_alone_is_no_indicator():
    assert names_report_only("Leveransrapport")
    assert names_report_only("Årsrapporten")
    assert not names_report_only("Antal rapporter per år")


def test_commission_is_a_short_headers_action_word():
    assert header_roles("Uppdragets innehåll") == ["measure"]
    assert header_roles("Uppdragsgivare") == []
    # the mission, not a commission: 'Vision | Uppdrag | Fokusområden'
    assert header_roles("Uppdrag") == []
    assert map_columns(["Nr", "Mål", "Uppdragets innehåll", "Utförare"]) == {1: "goal", 2: "measure", 3: "responsible"}
    assert heading_kind("5 Uppdrag till föreningar genom serviceavtal") == "measure"
    assert heading_kind("Stadens uppdrag") is None


def test_a_doer_named_before_the_dash():
    assert doer_before_dash("Exempelby Idrottsförening rf – simskola för vuxna (2025–2027)") == (
        "Exempelby Idrottsförening rf", "simskola för vuxna (2025–2027)")
    assert doer_before_dash("Språkcafé – Biblioteket ordnar samtal på svenska") is None
    assert doer_before_dash("Kvällskurser – två gånger i veckan") is None


def _commissioning_plan():
    return _classify([
        _h("1 Beställarens mål"),
        _h("Mål 1 · Boende", 3),
        _p("Beställaren vill att nya invånare hittar en bostad inom tre månader. "
           "Målet följs dessutom upp med antalet vräkningar per år."),
        _h("Mål 2 · Fritid", 3),
        _p("Beställaren vill att barn med utländsk bakgrund har en hobby."),
        _h("2 Uppdrag till resultatenheterna"),
        _t("Tabell 1. Uppdrag", ["Uppdrag", "Mål", "Uppdragets innehåll", "Utförare", "Beställare",
                                 "Uppföljs genom"], [
            ["U1", "1", "Bostadsrådgivning på flera språk i kommunhuset", "Tekniska enheten", "KST",
             "Antal hushåll som fått rådgivning"],
            ["U2", "2", "Prova-på-dagar i idrottshallen för nyinflyttade barn", "Fritidsenheten", "BN",
             "Leveransrapport"],
            ["U3", "2", "Hobbykort för nyinflyttade familjer med barn", "Fritidsenheten", "BN",
             "Antal utdelade hobbykort"],
        ]),
        _h("3 Uppdrag till föreningar genom serviceavtal"),
        _p("Kommunen har ingått serviceavtal med två föreningar. Avtalen stöder mål 2."),
        _b("Exempelby Idrottsförening rf – simskola för vuxna (2025–2027)",
           "Exempelby Scoutkår rf – lägerveckor för nyinflyttade barn (2026)"),
    ])


def test_a_commissioning_plan():
    got = _commissioning_plan()
    goals = {_sq(g.text): g for g in got.goals}
    g1 = goals["Beställaren vill att nya invånare hittar en bostad inom tre månader"]
    g2 = goals["Beställaren vill att barn med utländsk bakgrund har en hobby"]
    assert (g1.theme, g2.theme) == ("Boende", "Fritid")
    ms = {_sq(m.text): m for m in got.measures}
    assert ms["Bostadsrådgivning på flera språk i kommunhuset"].goal == g1.id
    assert ms["Prova-på-dagar i idrottshallen för nyinflyttade barn"].goal == g2.id
    inds = {_sq(i.text): i for i in got.indicators}
    assert "Leveransrapport" not in inds
    assert inds["antalet vräkningar per år"].goal == g1.id and inds["antalet vräkningar per år"].measure is None
    m = ms["simskola för vuxna"]
    assert (m.responsible, m.schedule) == (["Exempelby Idrottsförening rf"], "2025–2027")
    assert ms["lägerveckor för nyinflyttade barn"].responsible == ["Exempelby Scoutkår rf"]
