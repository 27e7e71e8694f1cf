"""Sixtieth blind set, reader a (blind357, blind358) conventions, on made-up programmes: a
goal list '<short name> – <goal in lower case>.' whose short names a one-year plan's goal
column and a follow-up table refer to; a plan table with a column of amounts headed with its
unit ('Budget (€)') printed as cards or as lines of fields; ..."""

import pytest
from blocks_doc import bullets as _b, classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers.classify_document import classify
from classifiers.headers import any_label
from classifiers.records import fields
from classifiers.theme_lead_in import theme_lead_in
from golden import render as R, render_more as RM
from pipeline.process import ProcessOptions, extract, normalize


def _t(columns, rows, caption=None):
    return {"type": "table", "caption": caption, "columns": columns, "rows": rows}


def _pdf(tmp_path, blocks, style):
    src = {"slug": "t", "municipality": "Exempelby", "title": "Integrationsplan för Exempelby 2026–2029",
           "period_start": 2026, "period_end": 2029, "language": "sv", "blocks": blocks}
    path = tmp_path / f"plan.{style}.pdf"
    path.write_bytes((RM if style in RM.STYLES else R).render(src, style))
    o = ProcessOptions()
    return classify(normalize(extract(str(path), o), o))


# ---- '<short name> – <goal in lower case>.': a goal list naming each goal short ----------------

def test_short_name_before_a_dash_and_a_lower_case_goal():
    lead = theme_lead_in("Ett jobb för alla – nyinflyttade hittar arbete som motsvarar deras utbildning.")
    assert (lead.theme, lead.text) == ("Ett jobb för alla", "nyinflyttade hittar arbete som motsvarar deras utbildning")
    lead = theme_lead_in("Boende – alla hittar en bostad inom tre månader.")
    assert (lead.theme, lead.text) == ("Boende", "alla hittar en bostad inom tre månader")
    # a spaced hyphen typed for the dash sets the name off the same
    lead = theme_lead_in("Boende - alla hittar en bostad inom tre månader.")
    assert (lead.theme, lead.text) == ("Boende", "alla hittar en bostad inom tre månader")
    assert theme_lead_in("Svenska-kurser hela året för alla vuxna.") is None
    # a capital after the dash, as before; a name of four words before a colon too
    assert theme_lead_in("Hälsa för alla – Alla nya invånare vet var de får vård.").theme == "Hälsa för alla"
    assert theme_lead_in("Skola för alla barn: Alla barn klarar skolan väl.").theme == "Skola för alla barn"
    # after a colon a lower-case sentence is the sentence's own colon; a field label is no name;
    # five words are a sentence, no name; too short a goal is none
    assert theme_lead_in("Boende: alla hittar en bostad inom tre månader.") is None
    assert theme_lead_in("Ansvar – kommunens integrationsenhet och biblioteket tillsammans.") is None
    assert theme_lead_in("Vi vill att alla barn – oberoende av bakgrund – klarar skolan.") is None
    assert theme_lead_in("Ett jobb för alla – snabbare.") is None


def _short_name_plan():
    return [
        _h("2 Programmets mål", 2),
        _p("Programmet har tre mål. Varje mål har ett kort namn som används i handlingsplanen."),
        _b("Ett jobb för alla – nyinflyttade hittar arbete som motsvarar deras utbildning.",
           "Barnen först – alla barn med annat modersmål går i förskola.",
           "Ett hem i byn – nya invånare hittar en bostad och trivs i sitt grannskap."),
        _h("3 Handlingsplan 2027", 2),
        _t(["Mål", "Åtgärd 2027", "Ansvarig", "Kvartal"],
           [["Ett jobb för alla", "Ordna en rekryteringsdag med företagen i regionen", "Näringslivsbyrån", "Q2"],
            ["", "Erbjuda praktikplatser inom kommunens förvaltningar", "Personalavdelningen", "Q3–Q4"],
            ["Barnen först", "Besöka varje ny familj hemma före förskolestarten", "Förskolan", "Q1–Q4"],
            ["Ett hem i byn", "Göra en hyresguide på fyra språk", "Byggnadsbyrån", "Q1"]],
           caption="Tabell 1. Handlingsplan 2027"),
        _h("4 Uppföljning", 2),
        _t(["Mål", "Indikator"],
           [["Ett jobb för alla", "Sysselsättningsgraden bland invånare med annat modersmål"],
            ["Barnen först", "Andel barn med annat modersmål i förskolan"],
            ["", "Antal hembesök per år"],
            ["Ett hem i byn", "Antal nyinflyttade som bor kvar efter tre år"]],
           caption="Tabell 2. Indikatorer"),
    ]


def test_plan_and_follow_up_naming_goals_by_their_short_names():
    ex = _classify(_short_name_plan())
    goals = {g.id: (g.text, g.theme) for g in ex.goals}
    assert sorted(goals.values()) == [
        ("alla barn med annat modersmål går i förskola", "Barnen först"),
        ("nya invånare hittar en bostad och trivs i sitt grannskap", "Ett hem i byn"),
        ("nyinflyttade hittar arbete som motsvarar deras utbildning", "Ett jobb för alla")]
    theme_of = {gid: t for gid, (_, t) in goals.items()}
    links = {" ".join(m.text.split()): theme_of.get(m.goal) for m in ex.measures}
    assert links == {"Ordna en rekryteringsdag med företagen i regionen": "Ett jobb för alla",
                     "Erbjuda praktikplatser inom kommunens förvaltningar": "Ett jobb för alla",
                     "Besöka varje ny familj hemma före förskolestarten": "Barnen först",
                     "Göra en hyresguide på fyra språk": "Ett hem i byn"}
    meters = {" ".join(i.text.split()): (theme_of.get(i.goal), i.measure) for i in ex.indicators}
    assert meters["Antal hembesök per år"] == ("Barnen först", None)
    assert meters["Antal nyinflyttade som bor kvar efter tre år"] == ("Ett hem i byn", None)


# ---- 'Budget (€): 1 200': a field whose label closes with its unit in brackets -------------------

def test_a_label_closed_by_its_unit():
    assert any_label("Budget (€): 1 200")
    assert any_label("Kostnad (euro/år): 300")
    assert not any_label("Budget för år 2027 (€ enligt förslag): 1 200")
    got = fields("Ansvarig: Byggnadsbyrån. Budget (€): 6 500. Kvartal: Q1–Q2.")
    assert [(r, v) for r, _, v in got] == [("responsible", "Byggnadsbyrån"), ("schedule", "Q1–Q2")]


def _budget_plan():
    return [
        _h("2 Mål", 2),
        _p("Målsättning: Nya invånare hittar arbete och en bostad i Exempelby."),
        _h("3 Verksamhetsplan 2027", 2),
        _t(["Åtgärd", "Ansvarig", "Budget (€)", "Kvartal"],
           [["Ordna en rekryteringsdag med företagen i regionen", "Näringslivsbyrån", "2 000", "Q2"],
            ["Erbjuda praktikplatser inom kommunens förvaltningar", "Personalavdelningen", "12 500", "Q3–Q4"],
            ["Göra en hyresguide på fyra språk", "Byggnadsbyrån", "900", "Q1"]],
           caption="Tabell 1. Verksamhetsplan 2027"),
    ]


@pytest.mark.parametrize("style", ["cards", "numbered"])
def test_a_budget_column_printed_as_a_field_is_no_part_of_the_doer(tmp_path, style):
    ex = _pdf(tmp_path, _budget_plan(), style)
    got = {" ".join(m.text.split()).split(" ", 1)[-1] if m.text[:1].isdigit() else " ".join(m.text.split()):
           (m.responsible, m.schedule) for m in ex.measures}
    assert got == {"Ordna en rekryteringsdag med företagen i regionen": (["Näringslivsbyrån"], "Q2"),
                   "Erbjuda praktikplatser inom kommunens förvaltningar": (["Personalavdelningen"], "Q3–Q4"),
                   "Göra en hyresguide på fyra språk": (["Byggnadsbyrån"], "Q1")}


# ---- a status table's action column naming the plan's actions short ------------------------------

def _status_report(action_cells):
    return [
        _h("2 Mål och åtgärder", 2),
        _h("2.1 Arbete", 3),
        _p("Målsättning: Fler nyinflyttade får ett arbete inom två år."),
        _b("Ordna en rekryteringsdag med företagen i regionen (ansvar: Näringslivsbyrån; tid: årligen).",
           "Erbjuda praktikplatser inom kommunens förvaltningar (ansvar: Personalavdelningen; tid: 2026–2027)."),
        _h("2.2 Fritid", 3),
        _p("Målsättning: Alla barn hittar en hobby i sin by."),
        _b("Starta en cykelskola för vuxna nybörjare (ansvar: Idrottsbyrån; tid: varje vår).",
           "Dela ut fritidskort till barn i nya familjer (ansvar: Fritidsbyrån; tid: från 2026)."),
        _h("3 Lägesrapport 2027", 2),
        _p("Tabellen visar programmets indikatorer och läget år 2027. Statusfärgerna betyder: grön = "
           "utvecklingen går i rätt riktning, gul = ingen tydlig förändring, röd = utvecklingen går åt fel "
           "håll. Kolumnen Åtgärd anger den åtgärd som indikatorn följer upp, om en sådan finns."),
        _t(["Indikator", "Insatsområde", "Åtgärd", "Utgångsläge 2025", "Läge 2027", "Status", "Källa"],
           [["Antal företag som deltar i rekryteringsdagen", "Arbete", action_cells[0], "9", "14", "grön",
             "Näringslivsbyråns statistik över företagens besök och deltagande"],
            ["Sysselsättningsgraden bland nyinflyttade", "Arbete", "–", "49 %", "51 %", "röd", "Statistikcentralen, sysselsättningsstatistiken per kommun"],
            ["Antal vuxna som lärt sig cykla", "Fritid", action_cells[1], "4", "9", "gul", "Idrottsbyråns deltagarlistor från kurserna under året"],
            ["Andel barn med en hobby", "Fritid", "–", "60 %", "62 %", "grön", "Kommunens invånarenkät om fritid och hobbyer hösten 2027"]],
           caption="Tabell 3. Indikatorer och status"),
    ]


def test_status_table_naming_the_actions_short_follows_them_up():
    ex = _classify(_status_report(["Rekryteringsdag", "Cykelskola"]))
    acts = {m.id: " ".join(m.text.split()) for m in ex.measures}
    assert sorted(acts.values()) == sorted([
        "Ordna en rekryteringsdag med företagen i regionen", "Erbjuda praktikplatser inom kommunens förvaltningar",
        "Starta en cykelskola för vuxna nybörjare", "Dela ut fritidskort till barn i nya familjer"])
    goal_of = {g.id: g.text for g in ex.goals}
    got = {" ".join(i.text.split()): (acts.get(i.measure), goal_of.get(i.goal)) for i in ex.indicators}
    assert got == {
        "Antal företag som deltar i rekryteringsdagen": ("Ordna en rekryteringsdag med företagen i regionen",
                                                         "Fler nyinflyttade får ett arbete inom två år"),
        "Sysselsättningsgraden bland nyinflyttade": (None, "Fler nyinflyttade får ett arbete inom två år"),
        "Antal vuxna som lärt sig cykla": ("Starta en cykelskola för vuxna nybörjare",
                                           "Alla barn hittar en hobby i sin by"),
        "Andel barn med en hobby": (None, "Alla barn hittar en hobby i sin by")}


def test_status_table_whose_action_column_states_other_actions_stays_a_report():
    # an action cell naming no action of the plan ('Språkcafé'): the table may report on an
    # earlier plan's measures, and is not read as this plan's follow-up
    from classifiers.short_action_names import meter_column_names
    acts = [("m1", "Ordna en rekryteringsdag med företagen i regionen"), ("m2", "Starta en cykelskola för vuxna")]
    assert meter_column_names(["Rekryteringsdag", "–", "Cykelskola", "Cykelskola"], acts) == {
        "Rekryteringsdag": "m1", "Cykelskola": "m2"}
    assert meter_column_names(["Rekryteringsdag", "Språkcafé"], acts) is None
    assert meter_column_names(["–", "–"], acts) is None


def test_follow_up_table_without_status_naming_the_actions_short():
    # the same table without its traffic lights: the names refer to the actions all the same
    blocks = _status_report(["Rekryteringsdagen", "Cykelskolan"])
    blocks[-1] = _t(["Indikator", "Insatsområde", "Åtgärd"], [r[:3] for r in blocks[-1]["rows"]],
                    caption="Tabell 3. Indikatorer")
    ex = _classify(blocks)
    acts = {m.id: " ".join(m.text.split()) for m in ex.measures}
    assert len(acts) == 4
    got = {" ".join(i.text.split()): acts.get(i.measure) for i in ex.indicators}
    assert got["Antal företag som deltar i rekryteringsdagen"] == "Ordna en rekryteringsdag med företagen i regionen"
    assert got["Antal vuxna som lärt sig cykla"] == "Starta en cykelskola för vuxna nybörjare"
    assert got["Andel barn med en hobby"] is None


@pytest.mark.parametrize("style", ["numbered"])
def test_status_table_printed_as_numbered_records(tmp_path, style):
    # '3.1 Rekryteringsdag' / 'Insatsområde: Arbete. Utgångsläge 2025: 9. … Status: grön. …' / 'Mätare:
    # …' and '3.2 –' over the next: the records are the table's rows, the titles its action
    # column, the fields between its other cells ('Utgångsläge 2025' one label, its year no field)
    ex = _pdf(tmp_path, _status_report(["Rekryteringsdag", "Cykelskola"]), style)
    acts = {m.id: " ".join(m.text.split()) for m in ex.measures}
    assert sorted(acts.values()) == sorted([
        "Ordna en rekryteringsdag med företagen i regionen", "Erbjuda praktikplatser inom kommunens förvaltningar",
        "Starta en cykelskola för vuxna nybörjare", "Dela ut fritidskort till barn i nya familjer"])
    got = {" ".join(i.text.split()): acts.get(i.measure) for i in ex.indicators}
    assert got == {"Antal företag som deltar i rekryteringsdagen": "Ordna en rekryteringsdag med företagen i regionen",
                   "Sysselsättningsgraden bland nyinflyttade": None,
                   "Antal vuxna som lärt sig cykla": "Starta en cykelskola för vuxna nybörjare",
                   "Andel barn med en hobby": None}


def test_a_line_of_fields_closed_by_stops_keeps_a_year_in_its_label():
    from classifiers.records import _field_lines
    assert _field_lines("Insatsområde: Arbete. Utgångsläge 2023: 54 %. Läge 2025: 51 %. Status: röd.") == [
        "Insatsområde: Arbete.", "Utgångsläge 2023: 54 %.", "Läge 2025: 51 %.", "Status: röd."]
    # fields run together without stops, as before: each label (a year too) starts one
    assert _field_lines("Kod: A1 Budget (€): 120 000 Status: Ny") == ["Kod: A1", "Budget (€): 120 000", "Status: Ny"]
    assert _field_lines("Nr: 1.1 2025: x 2026: pilot") == ["Nr: 1.1", "2025: x", "2026: pilot"]
