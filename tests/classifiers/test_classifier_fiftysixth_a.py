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
