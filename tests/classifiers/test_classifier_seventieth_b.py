"""Seventieth blind set, reader t70b (blind415, blind418, blind419, blind420) conventions, on
made-up text:

- one doers' column that sets the partners off in a closing bracket, named so by its header
  ('Ansvarig (samarbetspart)') or by a reading guide ('samarbetsparterna anges inom
  parentes') over a plain 'Ansvarig' column (`slashed_actor_columns`);
- a meters' cell one meter a line whose second line opens on another head word (`cells`);
- a starting point stated with a verb ('Vi utgår från att …') under a goal heading (`read_paragraphs`);
- a meters' label naming the area as a whole after the area's cards ('Indikatorer för området:', `records`);
- action sentences whose subject is the doer, with the partners after the cooperation phrase
  and the time after the last comma (`partners_in_text.subject_sentence_fields`, `schedule`)."""

from blocks_doc import classify_blocks as _classify, heading as _h, paragraph as _p


# ---- 'Ansvarig (samarbetspart)': the responsible before the bracket, the partners in it ----

def _bracket_programme(header: str, guide: str = "") -> list[dict]:
    return [
        _h("1 Inledning", 2),
        _p("Programmet gäller åren 2025–2029 och har tagits fram av en arbetsgrupp."),
        _h("2 Mål", 2),
        _p("Mål: Nyinflyttade hittar arbete och bostad inom ett år."),
        _h("3 Åtgärder", 2),
        *([_p(guide)] if guide else []),
        {"type": "table", "caption": "Tabell 2. Åtgärder",
         "columns": ["Åtgärd", header, "Tidtabell"],
         "rows": [["Jobbmässa för nyinflyttade", "Näringslivsenheten (Företagarna i Exby rf, Exby Sparbank)", "Varje höst"],
                  ["Läxhjälp på biblioteket", "Biblioteket (Folkhälsan)", "2025–2026"],
                  ["Bostadsrådgivning på engelska", "Tekniska sektorn", "Fortlöpande"]]},
    ]


def _actors(ex):
    return [(m.text, m.responsible, m.partners) for m in ex.measures]


_WANT = [("Jobbmässa för nyinflyttade", ["Näringslivsenheten"], ["Företagarna i Exby rf", "Exby Sparbank"]),
         ("Läxhjälp på biblioteket", ["Biblioteket"], ["Folkhälsan"]),
         ("Bostadsrådgivning på engelska", ["Tekniska sektorn"], [])]


def test_bracket_header_names_responsible_and_partners():
    for header in ("Ansvarig (samarbetspart)", "Ansvar (partner)", "Ansvarig (samarbetsparter)"):
        assert _actors(_classify(_bracket_programme(header))) == _WANT, header


def test_reading_guide_says_partners_stand_in_brackets():
    for guide in ("Ansvarig enhet anges först, och eventuella samarbetsparter anges inom parentes.",
                  "Den ansvariga nämns först; partnerna står i parentes efter den.",
                  "Inom parentes anges samarbetsparterna."):
        assert _actors(_classify(_bracket_programme("Ansvarig", guide))) == _WANT, guide


def test_bracket_after_doer_without_header_or_guide_is_left_alone():
    # no word says what the bracket holds: it may be a sub-unit or an abbreviation
    ex = _classify(_bracket_programme("Ansvarig"))
    assert [m.partners for m in ex.measures][1] != ["Folkhälsan"]


# ---- a meters' cell one meter a line, the second opening on another head word ----

def test_meter_cell_line_opening_on_a_capitalised_word_after_a_whole_phrase():
    from classifiers.cells import split_indicator_cell
    cell = "Antal besökare på ungdomsgården\nUpplevd trivsel bland unga"
    assert split_indicator_cell(cell, listed=False, width=40, meters_header=True) == [
        "Antal besökare på ungdomsgården", "Upplevd trivsel bland unga"]
    # a wrap goes on mid-phrase, in lower case or after a word left open
    assert split_indicator_cell("Andel elever som avbryter studierna\npå andra stadiet", listed=False,
                                width=40, meters_header=True) == ["Andel elever som avbryter studierna\npå andra stadiet"]
    assert split_indicator_cell("Antal deltagare i kurser vid\nMedborgarinstitutet i Exby", listed=False,
                                width=40, meters_header=True) == ["Antal deltagare i kurser vid\nMedborgarinstitutet i Exby"]
    # a relative clause's verb closing the line wants its object, which a name may open
    assert split_indicator_cell("Andel invånare som upplever\nExby som tryggt för alla", listed=False,
                                width=28, meters_header=True) == ["Andel invånare som upplever\nExby som tryggt för alla"]
    # a baseline or source line under the meter is no meter of its own
    for tail in ("Utgångsläge 45 procent", "Källa: Statistikcentralen"):
        assert len(split_indicator_cell(f"Andel sysselsatta invandrare\n{tail}", listed=False,
                                        width=40, meters_header=True)) == 1, tail


def test_goal_table_meter_cell_two_meters_by_line():
    blocks = [
        _h("1 Inledning", 2),
        _p("Programmet gäller åren 2025–2029."),
        _h("2 Mål", 2),
        {"type": "table", "caption": "Tabell 1. Mål och mätare", "columns": ["Nr", "Mål", "Mätare"],
         "rows": [["1", "Unga med utländsk bakgrund deltar i fritidsverksamhet",
                   "Antal besökare på ungdomsgården\nUpplevd trivsel bland unga"],
                  ["2", "Vuxna invandrare lär sig svenska", "Antal deltagare i kvällskurserna"]]},
    ]
    ex = _classify(blocks)
    assert [i.text for i in ex.indicators] == [
        "Antal besökare på ungdomsgården", "Upplevd trivsel bland unga", "Antal deltagare i kvällskurserna"]


# ---- 'Vi utgår från att …': the work's starting point, no goal ----

def test_starting_point_stated_with_a_verb_is_no_goal():
    for premise in ("Vi utgår från att varje nyinflyttad bemöts som en jämlik invånare och att servicen är densamma för alla.",
                    "Kommunen utgår från att integration är ett ömsesidigt arbete som gäller alla.",
                    "Arbetet har som utgångspunkt att alla ska kunna påverka sin vardag i Exby."):
        blocks = [
            _h("1 Inledning", 2),
            _p("Programmet gäller åren 2025–2029."),
            _h("2 Programmets syfte och mål", 2),
            _p("Det övergripande målet är att Exby ska vara en kommun där alla kan känna sig hemma."),
            _p(premise),
            _h("3 Åtgärder", 2),
            {"type": "bullets", "items": ["Biblioteket ordnar språkcaféer varje vecka."]},
        ]
        ex = _classify(blocks)
        assert [g.text for g in ex.goals] == [
            "Det övergripande målet är att Exby ska vara en kommun där alla kan känna sig hemma."], premise


# ---- 'Indikatorer för området:' after an area's action cards: the area's meters ----

def _area_cards(label: str) -> list[dict]:
    return [
        _h("1 Inledning", 2),
        _p("Programmet gäller åren 2026–2030."),
        _h("2 Insatsområden", 2),
        _h("2.1 Fritid", 3),
        _p("Målsättning: Barn i nyinflyttade familjer deltar i fritidsverksamhet."),
        _h("Åtgärder inom fritid", 4),
        _p("Åtgärd: Prova-på-dagar i idrottshallen"),
        _p("Ansvar: Fritidsenheten"),
        _p("År: 2026–2027"),
        _p("Åtgärd: Avgiftsfritt första år i musikskolan"),
        _p("Ansvar: Musikskolan"),
        _p("År: Från hösten 2026"),
        _p(label),
        {"type": "bullets", "items": ["Andel barn med utländsk bakgrund i föreningarnas verksamhet"]},
        _h("3 Uppföljning", 2),
        _p("Kommunstyrelsen följer upp programmet varje år."),
    ]


def test_area_meters_after_action_cards_belong_to_no_card():
    for label in ("Indikatorer för området:", "Mätare för insatsområdet:", "Uppföljning av området som helhet:"):
        ex = _classify(_area_cards(label))
        assert [m.text for m in ex.measures] == [
            "Prova-på-dagar i idrottshallen", "Avgiftsfritt första år i musikskolan"], label
        assert [(i.text, i.measure, i.goal) for i in ex.indicators] == [
            ("Andel barn med utländsk bakgrund i föreningarnas verksamhet", None, ex.goals[0].id)], label


# ---- '<Doer> <verb> … tillsammans med Y, <time>.': the doer, partners and time in the sentence ----

def test_subject_sentence_partners_and_time():
    blocks = [
        _h("1 Inledning", 2),
        _p("Programmet gäller åren 2026–2029."),
        _h("2 Insatsområden", 2),
        _h("2.1 Arbete", 3),
        _p("Mål: Fler invandrare har arbete."),
        _h("Åtgärder", 4),
        {"type": "bullets", "items": [
            "Näringslivsenheten ordnar en rekryteringsmässa i samverkan med Företagarna i Exby, varje vår.",
            "Medborgarinstitutet erbjuder kurser i arbetslivssvenska två kvällar i veckan.",
            "Exby Energi Ab tar emot praktikanter tillsammans med Yrkesinstitutet Ykust, från 2027.",
            "Tekniska sektorn håller en boendeskola för nya hyresgäster, senast i maj 2027.",
            "Biblioteket ordnar läxhjälp tillsammans med skolorna, varje onsdag under terminerna."]},
    ]
    ex = _classify(blocks)
    got = [(m.responsible, m.partners, m.schedule) for m in ex.measures]
    assert got == [(["Näringslivsenheten"], ["Företagarna i Exby"], "varje vår"),
                   (["Medborgarinstitutet"], [], None),
                   (["Exby Energi Ab"], ["Yrkesinstitutet Ykust"], "från 2027"),
                   (["Tekniska sektorn"], [], "senast i maj 2027"),
                   (["Biblioteket"], ["skolorna"], "varje onsdag under terminerna")]
    # the sentence stays the action's text, as written
    assert ex.measures[0].text.startswith("Näringslivsenheten ordnar en rekryteringsmässa i samverkan med")


def test_time_vocabulary_weekday_term_and_month_after_deadline():
    from classifiers.actors import time_only
    for t in ("varje tisdag", "varje fredag under läsåret", "under terminerna", "senast i oktober 2026"):
        assert time_only(t), t
    assert not time_only("i Exby centrum")


# ---- a main goal's meters named in a sentence, with or without the colon ----

def _main_goal_programme(sentence1: str, sentence2: str) -> list[dict]:
    return [
        _h("1 Inledning", 2),
        _p("Programmet gäller åren 2026–2029."),
        _h("2 Huvudmål, delmål och åtgärder", 2),
        _h("Huvudmål 1: Trygg start", 3),
        _p("Alla som flyttar till Exby får en trygg start."),
        _h("Delmål 1.1 Information på eget språk", 4),
        {"type": "bullets", "items": ["Välkomstmöte för nyinflyttade – kommunkansliet, två gånger per år"]},
        _p(sentence1),
        _h("Huvudmål 2: Arbete", 3),
        _p("Fler invandrare får arbete."),
        _h("Delmål 2.1 Fler vuxna invandrare får praktik", 4),
        {"type": "bullets", "items": ["Praktikplatser i kommunen – personalenheten, årligen"]},
        _p(sentence2),
    ]


def test_main_goal_meters_named_in_a_sentence():
    ex = _classify(_main_goal_programme(
        "Som mätare för huvudmål 1 används antal deltagare i välkomstmötena och andelen nöjda kunder.",
        "Huvudmål 2 följs upp med mätarna antal praktikplatser, sysselsättningsgraden och antal nya företag."))
    main = {g.text.rstrip("."): g.id for g in ex.goals if g.parent is None}
    g1, g2 = main["Alla som flyttar till Exby får en trygg start"], main["Fler invandrare får arbete"]
    assert [(i.text, i.measure, i.goal) for i in ex.indicators] == [
        ("antal deltagare i välkomstmötena", None, g1), ("andelen nöjda kunder", None, g1),
        ("antal praktikplatser", None, g2), ("sysselsättningsgraden", None, g2), ("antal nya företag", None, g2)]


def test_meters_noun_before_the_list_names_no_meter():
    from classifiers.prose import followed_up_by
    assert followed_up_by("Målet följs upp med indikatorerna andelen sysselsatta och antalet företag.") == (
        "Målet", ["andelen sysselsatta", "antalet företag"])
    # where they are, not what they are
    assert followed_up_by("Målet följs upp med indikatorerna i tabell 2.") is None
