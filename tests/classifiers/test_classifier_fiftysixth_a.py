"""Fifty-sixth blind set, reader a (blind332, blind336) conventions, on made-up text: a
bilingual municipality's otherwise Swedish programme whose goal and table labels are printed in
both languages ('Tavoite 2 / Mål 2 (Asuminen / Boende): …' in the list of goals, 'Tavoite 2 /
Mål 2: …' as the heading over the goal's actions table); ..."""

from blocks_doc import bullets as _b, classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers.bilingual import swedish_label
from classifiers.council_decision import area_goal


# ---- 'Tavoite N / Mål N': a numbered label printed in both languages ------------------------

def test_doubled_label_keeps_its_swedish_word():
    assert swedish_label("Tavoite 3 / Mål 3: Äldre invandrare får service.") == "Mål 3: Äldre invandrare får service."
    assert swedish_label("• Tavoite 2 / Mål 2 (Asuminen / Boende): Alla trivs.") == "• Mål 2 (Asuminen / Boende): Alla trivs."
    # either order, a caption's label, a dotted number
    assert swedish_label("Mål 4 / Tavoite 4: Fler röstar.") == "Mål 4: Fler röstar."
    assert swedish_label("Taulukko 6 / Tabell 6. Åtgärder") == "Tabell 6. Åtgärder"
    assert swedish_label("Toimenpide 2.3 / Åtgärd 2.3 Ordna kurser") == "Åtgärd 2.3 Ordna kurser"
    # two numbers that differ, or no Finnish word, are no doubled label
    assert swedish_label("Tavoite 1 / Mål 2: X") == "Tavoite 1 / Mål 2: X"
    assert swedish_label("Mål 1 / Delmål 1: X") == "Mål 1 / Delmål 1: X"


def test_a_goal_whose_bracketed_area_is_named_in_both_languages():
    got = area_goal("Mål 2 (Asuminen ja ympäristö / Boende och närmiljö): Alla nya invånare trivs i sitt bostadsområde.")
    assert got is not None
    assert (got.number, got.text) == ("2", "Alla nya invånare trivs i sitt bostadsområde")
    # a long bracket of many words in one language is still no area
    assert area_goal("Mål 3 (Vi ska tillsammans med alla föreningar i kommunen): Fler deltar.") is None


def _bilingual_doc():
    cols = ["Toimenpide / Åtgärd", "Vastuu / Ansvar", "Aikataulu / Tidtabell"]
    return _classify([
        _h("2. Målen", 2),
        _b("Tavoite 1 / Mål 1 (Asuminen ja ympäristö / Boende och närmiljö): Nya invånare hittar en bostad snabbt.",
           "Tavoite 2 / Mål 2 (Terveys / Hälsa): Alla nya invånare vet var de får vård."),
        _h("3. Toimenpiteet – Åtgärder", 2),
        _h("Tavoite 1 / Mål 1: Nya invånare hittar en bostad snabbt", 3),
        {"type": "table", "caption": "Taulukko 1 / Tabell 1. Toimenpiteet – Åtgärder", "columns": cols,
         "rows": [["Öppna en bostadsförmedling för nyinflyttade", "Tekniska sektorn", "2026"]]},
        _h("Tavoite 2 / Mål 2: Alla nya invånare vet var de får vård", 3),
        {"type": "table", "caption": "Taulukko 2 / Tabell 2. Toimenpiteet – Åtgärder", "columns": cols,
         "rows": [["Dela ut en hälsoguide på tio språk", "Hälsovårdsenheten", "2027"]]},
    ])


def test_bilingual_goal_list_and_goal_headings_over_the_tables():
    ex = _bilingual_doc()
    texts = sorted(g.text for g in ex.goals)
    assert texts == ["Alla nya invånare vet var de får vård", "Nya invånare hittar en bostad snabbt"]
    goal_of = {g.id: g.text for g in ex.goals}
    links = {m.text.replace("\n", " "): goal_of.get(m.goal) for m in ex.measures}
    assert links == {"Öppna en bostadsförmedling för nyinflyttade": "Nya invånare hittar en bostad snabbt",
                     "Dela ut en hälsoguide på tio språk": "Alla nya invånare vet var de får vård"}


# ---- 'Åtgärderna 4.1 och 4.3 gäller den första målsättningen och åtgärd 4.2 den andra.' -----

def test_sentence_keying_numbered_actions_to_goals():
    from classifiers.goal_number_references import actions_keyed_to_goals
    assert actions_keyed_to_goals("Åtgärderna 4.1 och 4.3 gäller den första målsättningen och åtgärd 4.2 den andra.") == [
        (["4.1", "4.3"], 0), (["4.2"], 1)]
    assert actions_keyed_to_goals("Åtgärderna 1.1–1.3 stöder det första målet, åtgärderna 1.4 och 1.5 det andra.") == [
        (["1.1", "1.2", "1.3"], 0), (["1.4", "1.5"], 1)]
    assert actions_keyed_to_goals("Åtgärd 6.2 hör till mål 2.") == [(["6.2"], "2")]
    # no goal named, or no relation said: no key
    assert actions_keyed_to_goals("Åtgärderna 4.1 och 4.3 genomförs av bildningssektorn.") is None
    assert actions_keyed_to_goals("Åtgärd 2.1 gäller alla barn i kommunen.") is None


def _two_goal_chapter(key: str):
    cols = ["Nr", "Åtgärd", "Ansvarig enhet", "Tidpunkt"]
    return _classify([
        _h("4 Boende och närmiljö", 2),
        _h("Målsättningar", 3),
        _b("Nya invånare hittar en bostad inom tre månader.", "Grannskapen välkomnar nya invånare."),
        _p(key),
        {"type": "table", "caption": "Åtgärder – boende och närmiljö", "columns": cols,
         "rows": [["4.1", "Öppna en bostadsförmedling för nyinflyttade", "Tekniska sektorn", "2026"],
                  ["4.2", "Ordna grannskapsfester i bostadsområdena", "Fritidssektorn", "varje sommar"],
                  ["4.3", "Ge hyresvärdar information om hyresavtal på flera språk", "Bostadsbolaget", "2027"]]},
    ])


def test_actions_keyed_to_the_stated_goals_by_their_numbers():
    ex = _two_goal_chapter("Åtgärderna 4.1 och 4.3 gäller den första målsättningen och åtgärd 4.2 den andra.")
    assert sorted(g.text.rstrip(".") for g in ex.goals) == ["Grannskapen välkomnar nya invånare",
                                                           "Nya invånare hittar en bostad inom tre månader"]
    goal_of = {g.id: g.text.rstrip(".") for g in ex.goals}
    links = {m.text.replace("\n", " "): goal_of.get(m.goal) for m in ex.measures}
    assert links == {
        "Öppna en bostadsförmedling för nyinflyttade": "Nya invånare hittar en bostad inom tre månader",
        "Ordna grannskapsfester i bostadsområdena": "Grannskapen välkomnar nya invånare",
        "Ge hyresvärdar information om hyresavtal på flera språk": "Nya invånare hittar en bostad inom tre månader"}


# ---- a paragraph's first line taken in as a table's last row ---------------------------------

def _meter_table_then_paragraph(last_cell: str, para: str):
    from classifiers.elements import Element
    from extractors.model import Table
    t = Table(rows=[["Mätare", "Åtgärd nr"], ["Antal kursdeltagare", "1.2"], ["Antal besök i rådgivningen", "1.3"],
                    [last_cell, ""]], header_rows=1)
    return [Element(kind="table", table=t, pages=[3, 3, 3, 3]), Element(kind="para", text=para, page=3)]


def test_paragraph_line_given_back_from_a_table():
    from classifiers.table_rows import paragraphs_out_of_tables
    els = paragraphs_out_of_tables(_meter_table_then_paragraph(
        "Bibliotekets egen plan för läsfrämjande", "godkänns av kulturnämnden."))
    assert [r[0] for r in els[0].table.rows] == ["Mätare", "Antal kursdeltagare", "Antal besök i rådgivningen"]
    assert els[1].text == "Bibliotekets egen plan för läsfrämjande godkänns av kulturnämnden."
    # a row that closes its sentence, or text after it that starts anew, stays the table's
    els = paragraphs_out_of_tables(_meter_table_then_paragraph("Antal nya föreningar.", "godkänns av nämnden."))
    assert len(els[0].table.rows) == 4
    els = paragraphs_out_of_tables(_meter_table_then_paragraph("Antal nya föreningar", "Nämnden följer upp."))
    assert len(els[0].table.rows) == 4
