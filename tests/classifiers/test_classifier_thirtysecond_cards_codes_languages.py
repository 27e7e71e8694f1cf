"""Conventions of the thirty-second blind set's Vikby, Kvarnlax and Tallby programmes
(tests/data/blind_programs, README there), on made-up programmes."""

from blocks_doc import bullets as _b, classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers.action_references import referred_numbers, refers_to_actions
from classifiers.actors import split_actors
from classifiers.figure_meters import figure_meter, sets_target
from classifiers.headers import map_columns
from classifiers.prose import followed_up_by, heading_kind
from classifiers.ticked_actors import ticked_names


def _t(columns, rows, caption=None):
    return {"type": "table", "caption": caption, "columns": columns, "rows": rows}


def _words(s):
    return " ".join(s.split())


# --- Kvarnlax: a hierarchy table of code columns, a title naming evaluation and programme ---

def _code_table_doc(title="Utvärdering och integrationsprogram 2027–2030"):
    return [
        _h(title, 1),
        _h("Del B Programmet", 2),
        _t(["Område", "Mål", "Åtgärd", "Text", "Ansvar", "När"],
           [["1", "", "", "Boende och närmiljö", "", ""],
            ["", "1.1", "", "Nya invånare hittar en bostad snabbt", "", ""],
            ["", "", "1.1.1", "Bostadsrådgivning i servicepunkten varje vecka", "Tekniska enheten", "2027–2030"],
            ["", "", "1.1.2", "Hyresgästkurs för nyinflyttade familjer", "Bostadsbolaget", "varje höst"],
            ["2", "", "", "Hälsa och idrott", "", ""],
            ["", "2.1", "", "Alla barn lär sig simma före skolstarten", "", ""],
            ["", "", "2.1.1", "Simskola för barn och föräldrar på sommaren", "Fritidsenheten", "varje sommar"]],
           caption="Tabell 2. Programmet"),
    ]


def test_code_columns_give_each_rows_level_and_area_rows_the_theme():
    x = _classify(_code_table_doc())
    goals = {g.id: (g.text, g.theme) for g in x.goals}
    assert sorted(goals.values()) == [("Alla barn lär sig simma före skolstarten", "Hälsa och idrott"),
                                      ("Nya invånare hittar en bostad snabbt", "Boende och närmiljö")]
    got = {_words(m.text): (goals[m.goal][0], m.responsible) for m in x.measures}
    assert got == {
        "Bostadsrådgivning i servicepunkten varje vecka": ("Nya invånare hittar en bostad snabbt", ["Tekniska enheten"]),
        "Hyresgästkurs för nyinflyttade familjer": ("Nya invånare hittar en bostad snabbt", ["Bostadsbolaget"]),
        "Simskola för barn och föräldrar på sommaren": ("Alla barn lär sig simma före skolstarten", ["Fritidsenheten"]),
    }


def test_a_title_joining_evaluation_and_programme_heads_no_follow_up_chapter():
    assert heading_kind("Utvärdering och integrationsprogram 2026–2029") is None
    assert heading_kind("Utvärdering av perioden 2022–2025 och integrationsprogram 2026–2029") is None
    # the follow-up of the programme (definite: its object) is still a follow-up chapter
    assert heading_kind("Uppföljning av integrationsprogrammet") == "indicator"
    assert heading_kind("Uppföljning") == "indicator"


def test_figure_captions_setting_a_target_are_meters():
    doc = _code_table_doc() + [
        _h("Del C Uppföljning", 2),
        _p("Rådet följer upp programmet en gång per år. Målvärdena anges i figurtexterna."),
        _p("[Stapeldiagram: simkunniga barn]"),
        _p("Figur 1. Andel barn som kan simma 200 meter vid skolstarten, % (mål 2030: 90 %)"),
        _p("Figur 2. Befolkningen efter ålder 2020–2026"),
        _p("Figur 3. Antal deltagare i simskolan per sommar (mål 2030: 60)"),
    ]
    x = _classify(doc)
    measures = {m.id: _words(m.text) for m in x.measures}
    got = {i.text: measures.get(i.measure) for i in x.indicators}
    # a figure counting what one action runs names the action's head word: its meter
    assert got == {"Andel barn som kan simma 200 meter vid skolstarten, %": None,
                   "Antal deltagare i simskolan per sommar": "Simskola för barn och föräldrar på sommaren"}
    assert sets_target("Figur 3. Antal X (mål 2029: 65 %)") and not sets_target("Figur 3. Antal X (2024)")
    assert figure_meter("Figur 2. Antal vuxna som studerar svenska (mål 2029: 60)") == "Antal vuxna som studerar svenska"


# --- Vikby: Från → Till goals, action cards as bulleted fields with tick boxes, survey table ---

def _card(n, action, ticks, partner=None, time="2026"):
    items = [f"Åtgärd: {action}", f"Ansvar: {ticks}"] + ([f"Samarbete: {partner}"] if partner else []) + [f"Tid: {time}"]
    return [_h(f"Åtgärdskort {n}", 3), _b(*items)]


def _cards_doc():
    return [
        _h("3 Målen och åtgärderna", 1),
        _h("Boende", 2),
        _p("Från: Nyinflyttade vet inte var de kan söka en hyresbostad."),
        _p("→ Till: Alla nyinflyttade hittar en hyresbostad inom tre månader."),
        *_card(1, "Bostadsrådgivning i biblioteket varje tisdag", "☒ kommunen ☐ välfärdsområdet ☐ tredje sektorn",
               "Bostadsbolaget"),
        *_card(2, "Hyresgästkurs på lätt svenska två gånger per år", "☒ kommunen ☐ välfärdsområdet ☒ tredje sektorn"),
        _p("Från: Få nyinflyttade känner sina grannar."),
        _p("→ Till: Nyinflyttade och grannar träffas regelbundet i sitt bostadsområde."),
        *_card(3, "Gårdsfester i bostadsområdena varje sommar", "☐ kommunen ☐ välfärdsområdet ☒ tredje sektorn",
               "Byaföreningen"),
        _h("4 Så följer vi upp", 1),
        _t(["Fråga i enkäten", "2025 (utgångsläge)", "Mål 2028", "Följer upp"],
           [["Har du fått hjälp att hitta en bostad?", "40", "70", "Åtgärdskort 1–2"],
            ["Känner du dina grannar?", "25", "50", "Åtgärdskort 3"],
            ["Trivs du i kommunen?", "70", "85", "–"]],
           caption="Tabell 2. Enkätfrågor"),
    ]


def test_shift_goals_bulleted_cards_and_ticked_actors():
    x = _classify(_cards_doc())
    goals = {g.id: g.text for g in x.goals}
    assert sorted(goals.values()) == ["Alla nyinflyttade hittar en hyresbostad inom tre månader",
                                      "Nyinflyttade och grannar träffas regelbundet i sitt bostadsområde"]
    got = {_words(m.text): (goals.get(m.goal), m.responsible, m.partners, m.schedule) for m in x.measures}
    assert got == {
        "Bostadsrådgivning i biblioteket varje tisdag":
            ("Alla nyinflyttade hittar en hyresbostad inom tre månader", ["kommunen"], ["Bostadsbolaget"], "2026"),
        "Hyresgästkurs på lätt svenska två gånger per år":
            ("Alla nyinflyttade hittar en hyresbostad inom tre månader", ["kommunen", "tredje sektorn"], [], "2026"),
        # the goal stated after card 2 is the chapter's next goal, card 3's
        "Gårdsfester i bostadsområdena varje sommar":
            ("Nyinflyttade och grannar träffas regelbundet i sitt bostadsområde", ["tredje sektorn"],
             ["Byaföreningen"], "2026"),
    }
    measures = {m.id: _words(m.text) for m in x.measures}
    inds = {_words(i.text): measures.get(i.measure) for i in x.indicators}
    assert inds == {"Har du fått hjälp att hitta en bostad?": "Bostadsrådgivning i biblioteket varje tisdag",
                    "Känner du dina grannar?": "Gårdsfester i bostadsområdena varje sommar",
                    "Trivs du i kommunen?": None}


def test_a_memo_head_from_to_is_no_shift_goal():
    doc = [_p("Från: Anna Ek, integrationssamordnare"), _p("Till: kommunstyrelsen, ledningsgruppen"),
           _h("Åtgärder", 2), _b("Språkcafé i biblioteket varje vecka")]
    x = _classify(doc)
    assert not any("kommunstyrelsen" in g.text for g in x.goals)


def test_parts_of_the_card_rules():
    assert ticked_names("☒ kommunen ☐ välfärdsområdet ☒ tredje sektorn") == "kommunen, tredje sektorn"
    assert ticked_names("kommunen ☒") is None and ticked_names("☐ kommunen ☐ staden") is None
    assert split_actors("☐ kommunen ☒ välfärdsområdet ☐ tredje sektorn") == (["välfärdsområdet"], [])
    assert refers_to_actions(["Åtgärdskort 1–2", "Åtgärd 4", "–"]) and not refers_to_actions(["–", ""])
    assert not refers_to_actions(["Antal deltagare", "Åtgärd 4"])
    assert referred_numbers("Åtgärdskort 5–7") == ["5", "6", "7"] and referred_numbers("–") == []


# --- Tallby: Swedish | Finnish tables, association pledges, counts reported ---

def _language_doc():
    return [
        _h("Program för integration 2026–2028 / Kotoutumisohjelma 2026–2028", 1),
        _h("Skola / Koulu", 2),
        _t(["Svenska", "Suomeksi"],
           [["Mål: Alla elever med annat modersmål klarar grundskolan.",
             "Tavoite: Kaikki vieraskieliset oppilaat suorittavat peruskoulun."],
            ["Så här gör vi:\n• Läxhjälp i biblioteket två kvällar i veckan (biblioteket, 2026–2028)\n"
             "• Studiehandledning på modersmålet i årskurs 7–9 (skolväsendet, från 2026)",
             "Näin toimimme:\n• Läksyapu kirjastossa kahtena iltana viikossa\n• Opinto-ohjausta äidinkielellä"],
            ["Mätare:\n– Andel elever som får avgångsbetyg",
             "Mittarit:\n– Päättötodistuksen saaneiden osuus"]]),
        _h("Föreningarnas åtaganden", 2),
        _t(["Förening", "Vi gör", "Mål", "När"],
           [["Byns idrottsklubb", "Simskola för nyinflyttade barn", "Skola", "somrarna"],
            ["Byns hembygdsförening", "Berättarkvällar om byns historia", "Skola", "varje vinter"]]),
        _p("Uppföljning av åtagandena: Antal barn i simskolan och antal besökare på berättarkvällarna "
           "rapporteras till kommunen i december."),
    ]


def test_a_swedish_finnish_table_is_read_as_its_swedish_text():
    x = _classify(_language_doc())
    goals = {g.id: (g.text, g.theme) for g in x.goals}
    assert list(goals.values()) == [("Alla elever med annat modersmål klarar grundskolan", "Skola")]
    got = {_words(m.text): (m.responsible, m.schedule) for m in x.measures}
    assert got["Läxhjälp i biblioteket två kvällar i veckan"] == (["biblioteket"], "2026–2028")
    assert got["Studiehandledning på modersmålet i årskurs 7–9"] == (["skolväsendet"], "från 2026")
    assert got["Simskola för nyinflyttade barn"] == (["Byns idrottsklubb"], "somrarna")
    assert not any("Läksyapu" in t or "Tavoite" in t for t in got)
    measures = {m.id: _words(m.text) for m in x.measures}
    # the counts reported after the pledges: each the meter of the pledge it names
    assert {i.text: measures.get(i.measure) for i in x.indicators} == {
        "Andel elever som får avgångsbetyg": None,
        "Antal barn i simskolan": "Simskola för nyinflyttade barn",
        "antal besökare på berättarkvällarna": "Berättarkvällar om byns historia"}


def test_a_pledge_header_and_reported_counts():
    assert map_columns(["Förening", "Vi gör", "När"]) == {0: "responsible", 1: "measure", 2: "schedule"}
    assert followed_up_by("Antal barn i X och antal deltagare i Y rapporteras till enheten i december.") == \
        ("", ["Antal barn i X", "antal deltagare i Y"])
    assert followed_up_by("Kursen rapporteras till enheten.") is None


def test_captions_run_together_are_split():
    doc = _code_table_doc() + [
        _h("Del C Uppföljning", 2),
        _p("Rådet följer upp programmet en gång per år. Målvärdena anges i figurtexterna."),
        _p("Figur 1. Antal bostadsrådgivningar per år (mål 2030: 200) Figur 2. Antal barn i simskolan (mål 2030: 40)"),
    ]
    x = _classify(doc)
    assert sorted(i.text for i in x.indicators) == ["Antal barn i simskolan", "Antal bostadsrådgivningar per år"]


def test_a_language_table_cut_by_the_table_finder_is_read_whole():
    from extractors.model import Table

    from classifiers.elements import Element
    from classifiers.language_columns import read_language_columns

    def table(rows, header_rows=1):
        return Element(kind="table", table=Table(rows=rows, header_rows=header_rows))

    els = [
        Element(kind="heading", text="Skola / Koulu", level=2),
        table([["Svenska", "Suomeksi"],
               ["Så här gör vi:\n• Läxhjälp i biblioteket två kvällar", "Näin toimimme:\n• Läksyapu kirjastossa"]]),
        Element(kind="para", text="i veckan (biblioteket, 2026)"),
        Element(kind="bullet", text="• Kielikahvilat molemmilla kielillä (kirjasto, 2025–2027)"),
        table([["• Simskola för nyinflyttade barn (idrottsklubben, 2027)", ""]], header_rows=1),
    ]
    got = [(e.kind, e.text) for e in read_language_columns(els)]
    assert got == [("heading", "Skola"), ("para", "Så här gör vi:"),
                   ("bullet", "• Läxhjälp i biblioteket två kvällar i veckan (biblioteket, 2026)"),
                   ("bullet", "• Simskola för nyinflyttade barn (idrottsklubben, 2027)")]


def test_captions_read_side_by_side_as_a_table_are_paragraphs():
    from extractors.model import Table

    from classifiers.elements import Element
    from classifiers.figure_meters import captions_out_of_tables

    els = [Element(kind="para", text="Figur 6. Antal elever i läxhjälpen per vecka"),
           Element(kind="table", table=Table(rows=[
               ["[Linjediagram: studerande]", "(mål 2029: 30)"],
               ["Figur 2. Antal vuxna som studerar svenska (mål 2029: 60)", "Figur 7. Antal vuxna med simmärke"]],
               header_rows=1))]
    got = [(e.kind, e.text) for e in captions_out_of_tables(els)]
    assert got == [("para", "Figur 6. Antal elever i läxhjälpen per vecka (mål 2029: 30)"),
                   ("para", "[Linjediagram: studerande]"),
                   ("para", "Figur 2. Antal vuxna som studerar svenska (mål 2029: 60)"),
                   ("para", "Figur 7. Antal vuxna med simmärke")]
    # a table of figures with any other cell is a table
    other = [Element(kind="table", table=Table(rows=[["Figur 1. X", "Figur 2. Y"], ["Antal", "12"]], header_rows=1))]
    assert captions_out_of_tables(other) == other
