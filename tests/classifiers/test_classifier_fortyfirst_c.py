"""Forty-first blind set (blind245, blind246) conventions, on made-up programmes: action items
written as one line of fields joined by slashes in the order a reading note declares
('i formen Åtgärd / Ansvar / Samarbete / Tid', `slash_field_items`); a paragraph saying it is
no action ('… och är ingen åtgärd i programmet', `denied_actions`); an indicator row struck
out by '(utgår)' in a value column (`ended_rows`); an indicator table that names the action
or area each indicator follows up ('åtgärd 2.1' / 'område 1') beside a 'Mätmetod' column
(`headers`, `code_reference_columns`); and a responsible cell whose partner bracket a narrow
column broke over lines (`cells`)."""

from __future__ import annotations

from blocks_doc import bullets as _b, classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers.actors import split_actors
from classifiers.denied_actions import denies_itself
from classifiers.slash_field_items import declared_form


def _sq(s):
    return " ".join((s or "").split())


def _t(columns, rows, caption=""):
    return {"type": "table", "caption": caption, "columns": columns, "rows": rows}


# --- slash-joined action items --------------------------------------------------------------

def _slash_blocks(note=True):
    return [
        _h("1 Inledning"),
        _p("Planen gäller alla som flyttar till Exempelby från utlandet."),
        _h("2 Åtgärder"),
        *([_p("Varje åtgärd står på en egen rad i formen Åtgärd / Ansvarig / Samarbetspart / Tidtabell. "
              "Ett streck betyder att fältet är tomt.")] if note else []),
        _h("Mål 1 – Boende", 3),
        _p("Nya invånare hittar en bostad inom tre månader."),
        _b("Bostadsrådgivning på tre språk / Tekniska enheten / Bostadsbolaget Hemmet, Hyresgästföreningen / 2026",
           "Hyreskurs för nyanlända familjer / Välfärdsområdet Kustland, familjecentret / – / från hösten 2026"),
        _h("Mål 2 – Fritid", 3),
        _p("Barn med utländsk bakgrund har en regelbunden hobby."),
        _b("Prova-på-dagar i simhallen / Fritidsenheten / Idrottsklubben / 2027–2028"),
    ]


def test_the_declared_order_of_slash_fields_splits_each_item():
    doc = _classify(_slash_blocks())
    got = {_sq(m.text): m for m in doc.measures}
    assert set(got) == {"Bostadsrådgivning på tre språk", "Hyreskurs för nyanlända familjer",
                        "Prova-på-dagar i simhallen"}
    m = got["Bostadsrådgivning på tre språk"]
    assert m.responsible == ["Tekniska enheten"]
    assert m.partners == ["Bostadsbolaget Hemmet", "Hyresgästföreningen"]
    assert m.schedule == "2026"
    # an organisation and its unit after a comma stay one doer (`actors`); a dash is an empty field
    m = got["Hyreskurs för nyanlända familjer"]
    assert m.responsible == ["Välfärdsområdet Kustland, familjecentret"] and m.partners == []
    assert m.schedule == "från hösten 2026"
    goals = {g.id: _sq(g.text) for g in doc.goals}
    assert goals[got["Prova-på-dagar i simhallen"].goal].startswith("Barn med utländsk bakgrund")


def test_without_the_note_slashes_are_no_fields():
    doc = _classify(_slash_blocks(note=False))
    assert not any(_sq(m.text) == "Bostadsrådgivning på tre språk" for m in doc.measures)


def test_a_declared_form_needs_an_action_and_a_responsible_label():
    assert declared_form("i formen Åtgärd / Ansvar / Samarbete / Tid.") == [
        ("measure", "Åtgärd"), ("responsible", "Ansvar"), ("partners", "Samarbete"), ("schedule", "Tid")]
    assert declared_form("Läs mer om Svenska / Finska / Engelska på webben.") is None
    assert declared_form("Ansvar / Tid / Kostnad") is None


# --- a paragraph that says it is no action ---------------------------------------------------

def test_a_paragraph_denying_it_is_an_action_is_none():
    blocks = [
        _h("2 Åtgärder"),
        _h("Mål 1 – Språk", 3),
        _p("Alla nya invånare kan klara vardagen på svenska inom två år."),
        _b("Språkcafé på biblioteket varje vecka", "Kvällskurs i svenska för föräldrar"),
        _p("Grundläggande utbildning för vuxna ordnas av medborgarinstitutet enligt lagen och är ingen åtgärd "
           "i planen."),
    ]
    texts = [_sq(m.text) for m in _classify(blocks).measures]
    assert "Språkcafé på biblioteket varje vecka" in texts
    assert not any(t.startswith("Grundläggande utbildning") for t in texts)


def test_what_denies_itself():
    assert denies_itself("Tolkningen ordnas av välfärdsområdet och räknas inte som en åtgärd i programmet.")
    assert not denies_itself("Åtgärden ingår inte i budgeten för 2026.")
    assert not denies_itself("Följande hör inte till åtgärderna:")
    assert not denies_itself("Kommunen ordnar språkcaféer. Det är ingen åtgärd i programmet.")


# --- an indicator row struck out ------------------------------------------------------------

def test_an_indicator_row_struck_in_a_value_column_is_no_indicator():
    blocks = [
        _h("1 Mål"),
        _h("Mål 1 – Arbete", 3),
        _p("Fler nya invånare har ett arbete."),
        _b("Arbetsplatsbesök varje vår"),
        _h("2 Uppföljning"),
        _t(["Indikator", "Mål", "Utgångsläge 2024", "Målvärde 2028"], [
            ["Andel nya invånare i arbete, %", "1", "48", "60"],
            ["Antal deltagare i sommarjobbsprojektet", "1", "30", "(stryks)"],
            ["Antal arbetsplatsbesök per år", "1", "2", "6"],
        ], caption="Tabell 3. Indikatorer"),
    ]
    texts = [_sq(i.text) for i in _classify(blocks).indicators]
    assert "Andel nya invånare i arbete, %" in texts and "Antal arbetsplatsbesök per år" in texts
    assert not any(t.startswith("Antal deltagare i sommarjobbsprojektet") for t in texts)


# --- an indicator table naming actions and areas ---------------------------------------------

def _area(n, theme, rows):
    return [
        _h(f"Område {n}: {theme}", 3),
        _p(f"Målsättning: {theme} fungerar lika bra för alla invånare. Det visade enkäten 2025."),
        _t(["Nr", "Åtgärd", "Ansvar", "Tidtabell"], rows, caption=f"Tabell {n}. Område {n}: {theme}"),
    ]


def test_an_indicator_table_naming_actions_and_areas_links_each_row():
    blocks = [
        _h("1 Åtgärder"),
        *_area(1, "Bibliotek", [["1.1", "Lättlästa böcker på fler språk", "Biblioteket", "2026"],
                                ["1.2", "Läsecirklar för vuxna", "Biblioteket", "2027"]]),
        *_area(2, "Idrott", [["2.1", "Simskola för vuxna", "Idrottsenheten", "2026"],
                             ["2.2", "Gratis gymkort för unga", "Idrottsenheten", "2026–2028"]]),
        _h("2 Indikatorer"),
        _t(["Indikator", "Avser", "Mätmetod"], [
            ["Andel invånare som är nöjda med biblioteket, %", "område 1", "enkät"],
            ["Antal deltagare i simskolan", "åtgärd 2.1", "idrottsenhetens register"],
            ["Antal utdelade gymkort", "åtgärd 2.2", "idrottsenhetens register"],
        ], caption="Tabell 3. Indikatorer"),
    ]
    doc = _classify(blocks)
    measures = {m.id: _sq(m.text) for m in doc.measures}
    goals = {g.id: _sq(g.text) for g in doc.goals}
    inds = {_sq(i.text): i for i in doc.indicators}
    assert measures[inds["Antal deltagare i simskolan"].measure] == "Simskola för vuxna"
    assert measures[inds["Antal utdelade gymkort"].measure] == "Gratis gymkort för unga"
    area = inds["Andel invånare som är nöjda med biblioteket, %"]
    assert area.measure is None and goals[area.goal].startswith("Bibliotek fungerar")


# --- a partner bracket broken over lines -----------------------------------------------------

def test_a_bracket_broken_over_lines_stays_one_name():
    cell = "Arbetsmarknadsenheten (i\nsamarbete med\nExempelby\nHandelsgille)"
    assert split_actors(cell) == (["Arbetsmarknadsenheten"], ["Exempelby Handelsgille"])
    # one name a line, no bracket: each line its own name, as before
    assert split_actors("Biblioteket\nFritidsenheten")[0] == ["Biblioteket", "Fritidsenheten"]
