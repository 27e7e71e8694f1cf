"""Fifty-sixth blind set, reader b (blind331, blind335) conventions, on made-up text: a
programme's actions told as running prose whose sentences set the partners and the time off
after the action ('X ska ordna Y, i samarbete med Z, från hösten 2026'); a meter table naming
each row's area by its number among the chapter's numbered areas ('Insatsområde': '2' for
'3.2 Arbete'); follow-up bullets keyed by the goal's own sentence ('<goal>: antal X')."""

from blocks_doc import bullets as _b, classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers.prose_actions import prose_action, who_when_tail
from classifiers.theme_labelled_meters import goal_text_labelled_meter


# --- partners and time set off after a commitment's action --------------------------------

def test_who_when_tail_cuts_partners_and_time_set_off_by_commas():
    assert who_when_tail("starta en läxklubb för mellanstadiet, i samarbete med Exby Lions och "
                         "församlingen, från våren 2026") == (
        "starta en läxklubb för mellanstadiet", ["Exby Lions", "församlingen"], "från våren 2026")
    # a time set off alone, with or without a year
    assert who_when_tail("erbjuda hembesök till nyinflyttade familjer, två gånger per år") == (
        "erbjuda hembesök till nyinflyttade familjer", [], "två gånger per år")
    # a dated time closing the action without a comma
    assert who_when_tail("ordna simskola för vuxna i simhallen under 2027") == (
        "ordna simskola för vuxna i simhallen", [], "under 2027")
    # ... but not a year the thing itself is for, nor an undated 'how often' without a comma
    assert who_when_tail("ta fram en bostadsplan för 2027") is None
    assert who_when_tail("ordna simskola varje sommar") is None
    # the partner phrase inside the action, no comma before it, stays in it
    assert who_when_tail("ordna simskola tillsammans med simklubben") is None


def test_commitment_clause_without_its_tail():
    a = prose_action("Under perioden ska Exby idrottsförening ordna simskola för vuxna, i samarbete "
                     "med simhallen och Röda Korset, årligen 2026–2028.")
    assert (a.clause, a.responsible, a.partners, a.schedule) == (
        "ordna simskola för vuxna", ["Exby idrottsförening"], ["simhallen", "Röda Korset"], "årligen 2026–2028")
    # the whole sentence stays the printed form (writers keeping the sentence)
    assert (a.printed or a.text).startswith("Under perioden ska Exby idrottsförening ordna simskola")
    b = prose_action("Rådgivningen ska ge information om tjänsterna på lätt svenska fr.o.m. januari 2026.")
    assert (b.clause, b.schedule) == ("ge information om tjänsterna på lätt svenska", "fr.o.m. januari 2026")


def _prose_programme():
    return _classify([
        _h("1 Inledning", 2),
        _p("Programmet har tagits fram av kommunen och välfärdsområdet tillsammans."),
        _h("3 Våra mål", 2),
        _h("3.1 Boende", 3),
        _p("Målet är att nya invånare hittar en bostad inom tre månader."),
        _p("Under perioden ska bostadsbolaget Exbyhem ta fram en guide om hyresbostäder, i samarbete "
           "med kommunens växel, våren 2026."),
        _p("Dessutom ska tekniska sektorn ordna en bostadsdag för inflyttade, i samarbete med "
           "fastighetsägarna och Exby Företagare, varje höst."),
        _h("3.2 Arbete", 3),
        _p("Målet är att fler inflyttade får arbete i Exby."),
        _p("Näringslivsenheten ska ordna praktikplatser i lokala företag fr.o.m. hösten 2025."),
        _h("4 Uppföljning", 2),
        _p("Målen följs upp varje år."),
    ])


def test_prose_actions_read_without_partners_and_time():
    ex = _prose_programme()
    goals = {g.id: g.text for g in ex.goals}
    got = {m.text: (goals.get(m.goal), m.responsible, m.partners, m.schedule) for m in ex.measures}
    assert got == {
        "ta fram en guide om hyresbostäder": (
            "Målet är att nya invånare hittar en bostad inom tre månader.", ["bostadsbolaget Exbyhem"],
            ["kommunens växel"], "våren 2026"),
        "ordna en bostadsdag för inflyttade": (
            "Målet är att nya invånare hittar en bostad inom tre månader.", ["tekniska sektorn"],
            ["fastighetsägarna", "Exby Företagare"], "varje höst"),
        "ordna praktikplatser i lokala företag": (
            "Målet är att fler inflyttade får arbete i Exby.", ["Näringslivsenheten"], [], "fr.o.m. hösten 2025"),
    }


# --- a meter table naming the area by its number in the chapter ----------------------------

def _area_numbered_meters():
    prog = _prose_programme_blocks()
    prog += [
        _h("Bilaga 2. Mätare", 2),
        {"type": "table", "caption": "Tabell 2. Mätare per område", "columns": ["Nr", "Mätare", "Insatsområde", "Källa"],
         "rows": [["M1", "Antal hushåll som fått en guide", "1", "Exbyhem"],
                  ["M2", "Andel inflyttade i arbete efter ett år", "2", "Statistikcentralen"]]},
    ]
    return _classify(prog)


def _prose_programme_blocks():
    return [
        _h("1 Inledning", 2),
        _p("Programmet har tagits fram av kommunen och välfärdsområdet tillsammans."),
        _h("3 Våra mål", 2),
        _h("3.1 Boende", 3),
        _p("Målet är att nya invånare hittar en bostad inom tre månader."),
        _p("Exbyhem ska ta fram en guide om hyresbostäder, i samarbete med kommunens växel, våren 2026."),
        _h("3.2 Arbete", 3),
        _p("Målet är att fler inflyttade får arbete i Exby."),
        _p("Näringslivsenheten ska ordna praktikplatser i lokala företag fr.o.m. hösten 2025."),
    ]


def test_meter_table_names_area_by_its_number_among_the_chapters_areas():
    ex = _area_numbered_meters()
    goals = {g.id: g.text for g in ex.goals}
    got = {i.text.replace("\n", " "): (goals.get(i.goal), i.measure) for i in ex.indicators}
    assert got == {
        "Antal hushåll som fått en guide": ("Målet är att nya invånare hittar en bostad inom tre månader.", None),
        "Andel inflyttade i arbete efter ett år": ("Målet är att fler inflyttade får arbete i Exby.", None),
    }


# --- follow-up bullets keyed by the goal's sentence -----------------------------------------

def test_goal_text_labelled_meter_item():
    assert goal_text_labelled_meter("Alla barn kan simma: antal barn i simskolan") == (
        "antal barn i simskolan", "Alla barn kan simma")
    assert goal_text_labelled_meter("Mätare: antal barn") is None  # a field label
    assert goal_text_labelled_meter("Alla barn kan simma: Antal barn") is None  # a meter in lower case


def _goal_keyed_follow_up():
    return _classify([
        _h("1 Mål och åtgärder", 2),
        {"type": "table", "caption": "Tabell 1. Mål och åtgärder",
         "columns": ["Mål", "Åtgärd", "Ansvarig", "Samarbete", "När"],
         "rows": [["Alla barn kan simma", "Simskola för nybörjare varje sommar", "Fritidsenheten", "Simklubben", "2026–2028"],
                  ["Alla barn kan simma", "Simkort till familjer med låg inkomst", "Socialbyrån", "–", "2026"],
                  ["Inflyttade hittar bostad", "Bostadsguide på fem språk", "Tekniska sektorn", "–", "2027"]]},
        _h("2 Uppföljning", 2),
        _p("Vi följer upp målen varje år. Mätare:"),
        _b("Alla barn kan simma: antal barn i simskolan",
           "Alla barn kan simma: andel elever i årskurs 6 som kan simma",
           "Inflyttade hittar bostad: antal utdelade bostadsguider"),
    ])


def test_meters_keyed_by_goal_sentence_are_that_goals_of_no_action():
    ex = _goal_keyed_follow_up()
    goals = {g.id: g.text for g in ex.goals}
    got = {i.text: (goals.get(i.goal), i.measure) for i in ex.indicators}
    assert got == {
        "antal barn i simskolan": ("Alla barn kan simma", None),
        "andel elever i årskurs 6 som kan simma": ("Alla barn kan simma", None),
        "antal utdelade bostadsguider": ("Inflyttade hittar bostad", None),
    }


def test_meters_keyed_by_goal_sentence_find_a_goal_printed_with_its_label():
    # goals printed as headings with their label ('Mål 1: X', as cards print a goal column):
    # the key names the goal by the words after the label
    ex = _classify([
        _h("1 Mål och åtgärder", 2),
        _h("Mål 1: Alla barn kan simma", 3),
        _b("Fritidsenheten ordnar simskola för nybörjare varje sommar (2026–2028)."),
        _h("Mål 2: Inflyttade hittar bostad", 3),
        _b("Tekniska sektorn tar fram en bostadsguide på fem språk (2027)."),
        _h("2 Uppföljning", 2),
        _p("Vi följer upp målen varje år. Mätare:"),
        _b("Alla barn kan simma: andel elever i årskurs 6 som kan simma",
           "Inflyttade hittar bostad: antal utdelade bostadsguider"),
    ])
    goals = {g.id: g.text for g in ex.goals}
    got = {i.text: (goals.get(i.goal), i.measure) for i in ex.indicators}
    assert [(t, g is not None and g.endswith(k), m) for (t, (g, m)), k in zip(sorted(got.items()), [
        "Alla barn kan simma", "Inflyttade hittar bostad"])] == [
        ("andel elever i årskurs 6 som kan simma", True, None),
        ("antal utdelade bostadsguider", True, None)]
