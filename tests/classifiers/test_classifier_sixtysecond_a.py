"""Sixty-second blind set, reader a (blind367, blind368, blind369) conventions, on made-up text:

- theme sections asking three questions in body type over their parts -- 'Vad vill vi uppnå?'
  over the goal's paragraph, 'Hur gör vi det?' over the numbered actions, 'Hur vet vi att vi
  lyckas?' over a sentence naming the meters."""

import re

from blocks_doc import bullets as _b, classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers.reader_shared import bare_goal_label


# ---- the goal's question as a run-in heading in body type: 'Vad vill vi uppnå?' ----

def test_goal_question_is_a_bare_goal_label():
    assert bare_goal_label("Vad vill vi uppnå?")
    assert bare_goal_label("Vart vill vi?")
    assert bare_goal_label("Sektorns mål")
    # questions about the work, about knowing, or asked of the reader label no goal
    assert not bare_goal_label("Hur gör vi det?")
    assert not bare_goal_label("Hur vet vi att vi lyckas?")
    assert not bare_goal_label("Hur länge har du bott i kommunen?")
    # asked of the past: the previous period's results
    assert not bare_goal_label("Vad har vi uppnått?")
    assert not bare_goal_label("Vad nådde vi?")


def _question_sections(goal_q: str = "Vad vill vi uppnå?", how_q: str = "Hur gör vi det?") -> list[dict]:
    return [
        _h("1 Inledning", 2),
        _p("Programmet gäller åren 2025–2028 och har två delområden."),
        _h("2 Delområden", 2),
        _h("2.1 Hälsa och motion", 3),
        _p(goal_q),
        _p("Alla nyinflyttade vuxna rör på sig minst en gång i veckan. Motion ger både hälsa och nya vänner."),
        _p(how_q),
        _b("1) Gratis simhallskort för nyinflyttade (ansvar: Idrottsbyrån; tid: från mars 2025)",
           "2) Promenadgrupper på lätt svenska (ansvar: Hälsovårdsenheten; tid: varje vår)"),
        _h("2.2 Kultur", 3),
        _p(goal_q),
        _p("Nya invånare besöker kommunens kulturhus. Kulturen förenar."),
        _p(how_q),
        _b("3) Kulturkväll med tolk två gånger per termin (ansvar: Kulturbyrån; tid: 2025–2028)"),
        _h("3 Genomförande", 2),
        _p("Ledningsgruppen rapporterar årligen till nämnden."),
    ]


def test_question_labels_in_body_type_head_goal_and_actions():
    for goal_q in ("Vad vill vi uppnå?", "Vad vill vi nå?", "Vart vill vi?"):
        ex = _classify(_question_sections(goal_q))
        assert [(g.text, g.theme) for g in ex.goals] == [
            ("Alla nyinflyttade vuxna rör på sig minst en gång i veckan", "Hälsa och motion"),
            ("Nya invånare besöker kommunens kulturhus", "Kultur"),
        ], goal_q
        by_id = {g.id: g.text for g in ex.goals}
        assert [(by_id.get(m.goal), m.responsible) for m in ex.measures] == [
            ("Alla nyinflyttade vuxna rör på sig minst en gång i veckan", ["Idrottsbyrån"]),
            ("Alla nyinflyttade vuxna rör på sig minst en gång i veckan", ["Hälsovårdsenheten"]),
            ("Nya invånare besöker kommunens kulturhus", ["Kulturbyrån"]),
        ], goal_q


# ---- meters named in running text: 'genom att mäta <rate> och <count>', the topic first,
# 'Dessutom mäter vi <quantity>' ----

def test_follow_up_sentences_in_the_speakers_voice():
    from classifiers.prose import followed_up_by, followed_up_topic
    # a rate named by its compound is measured as a count is
    assert followed_up_by("Vi följer upp arbetet genom att mäta utbildningsnivån bland nyinflyttade och "
                          "antalet kursplatser.") == (
        "Vi följer upp arbetet", ["utbildningsnivån bland nyinflyttade", "antalet kursplatser"])
    # the thing followed up put first, subject and verb inverted
    assert followed_up_by("Simskolan följer vi upp genom att räkna antalet barn som lär sig simma.") == (
        "Simskolan", ["antalet barn som lär sig simma"])
    assert followed_up_topic("Simskolan följer vi upp genom att räkna antalet barn som lär sig simma.") == "Simskolan"
    assert followed_up_topic("Vi följer upp detta genom att räkna antalet barn.") is None
    # one more quantity measured in the active voice
    assert followed_up_by("Dessutom mäter vi andelen seniorer som deltar i kurserna.") == (
        "Dessutom mäter vi", ["andelen seniorer som deltar i kurserna"])
    assert followed_up_by("Vi mäter också antalet utlånade cyklar.") == ("Vi mäter också", ["antalet utlånade cyklar"])
    # no measured quantity after the verb: no indicator
    assert followed_up_by("Vi mäter trivseln i skolan.") is None
    assert followed_up_by("Dessutom räknar vi med stöd från föreningarna.") is None


def test_meters_in_running_text_after_the_actions():
    blocks = _question_sections()
    at = next(i for i, b in enumerate(blocks) if b.get("text") == "2.2 Kultur")
    blocks[at:at] = [
        _p("Hur vet vi att vi lyckas?"),
        _p("Vi följer upp detta genom att mäta motionsgraden bland nyinflyttade och antalet utdelade simhallskort."),
    ]
    blocks[-2:-2] = [
        _p("Hur vet vi att vi lyckas?"),
        _p("Kulturkvällarna följer vi upp genom att räkna antalet besökare per kväll. Dessutom mäter vi "
           "andelen nya invånare som känner till kulturhuset."),
    ]
    ex = _classify(blocks)
    # (the item's number stays in the text, as '1. X' does; the scoring reads past it)
    measures = {m.id: re.sub(r"^\d+\)\s+", "", m.text) for m in ex.measures}
    goals = {g.id: g.text for g in ex.goals}
    got = [(i.text, measures.get(i.measure), [goals[g] for g in i.goals]) for i in ex.indicators]
    assert got == [
        ("motionsgraden bland nyinflyttade", None, ["Alla nyinflyttade vuxna rör på sig minst en gång i veckan"]),
        ("antalet utdelade simhallskort", None, ["Alla nyinflyttade vuxna rör på sig minst en gång i veckan"]),
        ("antalet besökare per kväll", "Kulturkväll med tolk två gånger per termin",
         ["Nya invånare besöker kommunens kulturhus"]),
        ("andelen nya invånare som känner till kulturhuset", None, ["Nya invånare besöker kommunens kulturhus"]),
    ]


# ---- a bilingual table with a column per language: 'Tavoite / Mål | Mittari | Mätare' ----

def test_parallel_language_columns_keep_the_swedish_one():
    from classifiers.headers import map_columns
    assert map_columns(["Tavoite / Mål", "Mittari", "Mätare"]) == {0: "goal", 2: "indicator"}
    assert map_columns(["Toimenpide", "Åtgärd", "Vastuutaho", "Ansvarig"]) == {1: "measure", 3: "responsible"}
    # a Finnish header alone for its role still names its column
    assert map_columns(["Åtgärd", "Ansvarig", "Mittari"]) == {0: "measure", 1: "responsible", 2: "indicator"}


def test_bilingual_meter_table_reads_the_swedish_column():
    ex = _classify([
        _h("1 Mål", 2),
        _p("Mål 1. Nyinflyttade familjer hittar en bostad inom tre månader."),
        _p("Mål 2. Alla nya invånare känner till var de får vård."),
        _h("2 Uppföljning", 2),
        {"type": "table", "caption": "Taulukko 2 / Tabell 2. Mittarit / Mätare",
         "columns": ["Tavoite / Mål", "Mittari", "Mätare"],
         "rows": [["1", "Asunnon saaneiden perheiden määrä", "Antal familjer som fått bostad"],
                  ["2", "Jaettujen terveysoppaiden määrä", "Antal utdelade vårdguider"]]},
    ])
    goals = {g.id: g.text for g in ex.goals}
    assert [(i.text, [goals[g] for g in i.goals]) for i in ex.indicators] == [
        ("Antal familjer som fått bostad", ["Nyinflyttade familjer hittar en bostad inom tre månader"]),
        ("Antal utdelade vårdguider", ["Alla nya invånare känner till var de får vård"]),
    ]


# ---- "same as above" printed as a ditto sign or words: '"', '–"–', 'se ovan' ----

def test_ditto_signs():
    from classifiers.text import DITTO_RE
    for sign in ('"', "”", "–\"–", "-”-", "〃", "se ovan", "Se ovan.", "samma som ovan", "(se ovan)", "d:o", "dito"):
        assert DITTO_RE.match(sign), sign
    for text in ("–", "Se ovan om ansvaret för X", "2025", "Bildningsnämnden"):
        assert not DITTO_RE.match(text), text


def test_ditto_cells_take_the_value_of_the_row_above():
    ex = _classify([
        _h("1 Mål", 2),
        _p("Målet är att alla nyinflyttade trivs i kommunen."),
        _h("2 Åtgärder", 2),
        _p("Tecknet \" och orden se ovan betyder att uppgiften är densamma som på raden ovanför."),
        {"type": "table", "caption": "Tabell 1. Åtgärder",
         "columns": ["Åtgärd", "Ansvarig", "Samarbetspartner", "Tidtabell"],
         "rows": [["Välkomstkväll för nyinflyttade varje höst", "Kulturbyrån", "Folkhälsan", "2025–2028"],
                  ["Guidade turer i naturen", "”", "Naturskyddsföreningen", "se ovan"],
                  ["Simskola för vuxna", "Idrottsbyrån", "–", "varje sommar"],
                  ["Cykelkurs för vuxna", "-\"-", "Cykelklubben", "〃"]]},
    ])
    assert [(" ".join(m.text.split()), m.responsible, m.schedule) for m in ex.measures] == [
        ("Välkomstkväll för nyinflyttade varje höst", ["Kulturbyrån"], "2025–2028"),
        ("Guidade turer i naturen", ["Kulturbyrån"], "2025–2028"),
        ("Simskola för vuxna", ["Idrottsbyrån"], "varje sommar"),
        ("Cykelkurs för vuxna", ["Idrottsbyrån"], "varje sommar"),
    ]


# ---- the principles of all the work said under the goal list: no goal ----

def test_principles_paragraph_in_goal_chapter_is_no_goal():
    for principles in ("Allmänna principer för allt arbete: vi informerar i god tid och vi bemöter alla lika.",
                       "Våra värderingar: öppenhet, respekt och delaktighet präglar allt vi gör.",
                       "Utgångspunkter för arbetet: alla invånare behandlas lika."):
        ex = _classify([
            _h("1 Inledning", 2),
            _p("Programmet gäller åren 2025–2028."),
            _h("2 Programmets mål", 2),
            _p("Alla nyinflyttade familjer hittar en bostad inom tre månader."),
            _p(principles),
            _h("3 Åtgärder", 2),
            _b("Bostadsrådgivning för nyinflyttade (ansvar: Bostadsbyrån; tid: 2025)"),
        ])
        assert [g.text.rstrip(".") for g in ex.goals] == ["Alla nyinflyttade familjer hittar en bostad inom tre månader"], principles


def test_ditto_field_between_dashes_ends_its_line_on_a_card():
    cards = [("Välkomstkväll för nyinflyttade varje höst", "Kulturbyrån", "2025–2028", "1.1"),
             ("Guidade turer i naturen", "Kulturbyrån", "–\"–", "1.2"),
             ("Simskola för vuxna", "Idrottsbyrån", "varje sommar", "2.1"),
             ("Cykelkurs för vuxna", "-”-", "–\"–", "2.2")]
    ex = _classify([
        _h("1 Mål", 2),
        _b("1. Kultur: Nya invånare besöker kommunens kulturhus.",
           "2. Motion: Alla nyinflyttade vuxna rör på sig varje vecka."),
        _h("2 Åtgärder", 2),
        _p("Tecknet –\"– betyder att uppgiften är densamma som på raden ovanför."),
        _h("Tabell 1. Åtgärder", 3),
        *[_p(f"Åtgärd: {a}\nAnsvar: {r}\nSamarbetspartner: –\nTidtabell: {t}\nNr: {n}") for a, r, t, n in cards],
    ])
    goals = {g.id: g.theme for g in ex.goals}
    assert [(" ".join(m.text.split()), m.responsible, m.schedule, goals.get(m.goal)) for m in ex.measures] == [
        ("Välkomstkväll för nyinflyttade varje höst", ["Kulturbyrån"], "2025–2028", "Kultur"),
        ("Guidade turer i naturen", ["Kulturbyrån"], "2025–2028", "Kultur"),
        ("Simskola för vuxna", ["Idrottsbyrån"], "varje sommar", "Motion"),
        ("Cykelkurs för vuxna", ["Idrottsbyrån"], "varje sommar", "Motion"),
    ]


# ---- a meter table keyed by action numbers printed as records titled by the number ----

def test_meter_records_titled_by_a_bare_action_number():
    ex = _classify([
        _h("1 Mål", 2),
        _b("1. Kultur: Nya invånare besöker kommunens kulturhus.",
           "2. Motion: Alla nyinflyttade vuxna rör på sig varje vecka."),
        _h("2 Åtgärder", 2),
        {"type": "table", "caption": "Tabell 1. Åtgärder", "columns": ["Nr", "Åtgärd", "Ansvarig", "Tidtabell"],
         "rows": [["1.1", "Välkomstkväll för nyinflyttade varje höst", "Kulturbyrån", "2025–2028"],
                  ["1.2", "Guidade turer i kulturhuset", "Kulturbyrån", "2026"],
                  ["2.1", "Simskola för vuxna", "Idrottsbyrån", "varje sommar"],
                  ["2.2", "Cykelkurs för vuxna", "Idrottsbyrån", "2027"]]},
        _h("3 Uppföljning", 2),
        _h("Tabell 2. Mätare", 3),
        _p("1.1"), _p("Mål nr: 1. Källa: Kulturbyrån."), _p("Mätare: Antal deltagare i välkomstkvällarna"),
        _p("1.2 –"), _p("Mål nr: 1. Källa: Kulturbyrån."), _p("Mätare: Andel nya invånare som besökt kulturhuset"),
        _p("2.1"), _p("Mål nr: 2. Källa: Idrottsbyrån."), _p("Mätare: Antal vuxna i simskolan"),
        _p("2.2 –"), _p("Mål nr: 2. Källa: Statistikcentralen."), _p("Mätare: Andel vuxna som motionerar varje vecka"),
    ])
    measures = {m.id: " ".join(m.text.split()) for m in ex.measures}
    goals = {g.id: g.theme for g in ex.goals}
    assert [(i.text, measures.get(i.measure), [goals[g] for g in i.goals]) for i in ex.indicators] == [
        ("Antal deltagare i välkomstkvällarna", "Välkomstkväll för nyinflyttade varje höst", ["Kultur"]),
        ("Andel nya invånare som besökt kulturhuset", None, ["Kultur"]),
        ("Antal vuxna i simskolan", "Simskola för vuxna", ["Motion"]),
        ("Andel vuxna som motionerar varje vecka", None, ["Motion"]),
    ]


# ---- an appendix giving the partners of actions numbered '1)', '2)' by their numbers ----

def test_appendix_partners_by_action_number():
    blocks = _question_sections()
    blocks[-2:-2] = [
        _h("Bilaga. Samarbetspartner per åtgärd", 2),
        {"type": "table", "caption": "", "columns": ["Åtgärd nr", "Samarbetspartner"],
         "rows": [["1", "Simklubben, Folkhälsan"], ["2", "–"], ["3", "Kulturföreningen"]]},
    ]
    ex = _classify(blocks)
    assert [(m.responsible, m.partners) for m in ex.measures] == [
        (["Idrottsbyrån"], ["Simklubben", "Folkhälsan"]),
        (["Hälsovårdsenheten"], []),
        (["Kulturbyrån"], ["Kulturföreningen"]),
    ]


def test_question_labels_printed_as_headings():
    # the same questions set as sub-headings: the goal is still the first sentence under the
    # goal's question, the sentences after it what the goal is about
    blocks = [(_h(b["text"], 4) if b.get("type") == "paragraph" and b["text"].endswith("?") else b)
              for b in _question_sections()]
    ex = _classify(blocks)
    assert [(g.text, g.theme) for g in ex.goals] == [
        ("Alla nyinflyttade vuxna rör på sig minst en gång i veckan", "Hälsa och motion"),
        ("Nya invånare besöker kommunens kulturhus", "Kultur"),
    ]
    by_id = {g.id: g.text for g in ex.goals}
    assert [by_id.get(m.goal) for m in ex.measures] == [
        "Alla nyinflyttade vuxna rör på sig minst en gång i veckan",
        "Alla nyinflyttade vuxna rör på sig minst en gång i veckan",
        "Nya invånare besöker kommunens kulturhus",
    ]


def test_follow_up_question_heading_after_the_actions():
    blocks = [(_h(b["text"], 4) if b.get("type") == "paragraph" and b["text"].endswith("?") else b)
              for b in _question_sections()]
    blocks[-2:-2] = [
        _h("Hur vet vi att vi lyckas?", 4),
        _p("Kulturkvällarna följer vi upp genom att räkna antalet besökare. Dessutom mäter vi andelen som "
           "känner till kulturhuset."),
    ]
    ex = _classify(blocks)
    measures = {m.id: re.sub(r"^\d+\)\s+", "", m.text) for m in ex.measures}
    goals = {g.id: g.text for g in ex.goals}
    assert [(i.text, measures.get(i.measure), [goals[g] for g in i.goals]) for i in ex.indicators] == [
        ("antalet besökare", "Kulturkväll med tolk två gånger per termin", ["Nya invånare besöker kommunens kulturhus"]),
        ("andelen som känner till kulturhuset", None, ["Nya invånare besöker kommunens kulturhus"]),
    ]


def test_meter_records_titled_by_a_bare_action_number_over_a_source_line():
    # the row's cell of no role ('Källa: …') between the number and the meter
    ex = _classify([
        _h("1 Mål", 2),
        _b("1. Kultur: Nya invånare besöker kommunens kulturhus.",
           "2. Motion: Alla nyinflyttade vuxna rör på sig varje vecka."),
        _h("2 Åtgärder", 2),
        {"type": "table", "caption": "Tabell 1. Åtgärder", "columns": ["Nr", "Åtgärd", "Ansvarig", "Tidtabell"],
         "rows": [["1.1", "Välkomstkväll för nyinflyttade varje höst", "Kulturbyrån", "2025–2028"],
                  ["1.2", "Guidade turer i kulturhuset", "Kulturbyrån", "2026"],
                  ["2.1", "Simskola för vuxna", "Idrottsbyrån", "varje sommar"],
                  ["2.2", "Cykelkurs för vuxna", "Idrottsbyrån", "2027"]]},
        _h("3 Uppföljning", 2),
        _h("Mätare", 3),
        _p("1.2"), _p("Källa: kulturhusets statistik."), _p("Mätare: Antal deltagare i de guidade turerna"),
        _p("2.1"), _p("Källa: simhallen."), _p("Mätare: Antal vuxna i simskolan"),
        _p("1.1 –"), _p("Källa: invånarenkäten."), _p("Mätare: Andel nya invånare som besökt kulturhuset"),
    ])
    measures = {m.id: " ".join(m.text.split()) for m in ex.measures}
    assert [(i.text, measures.get(i.measure)) for i in ex.indicators] == [
        ("Antal deltagare i de guidade turerna", "Guidade turer i kulturhuset"),
        ("Antal vuxna i simskolan", "Simskola för vuxna"),
        ("Andel nya invånare som besökt kulturhuset", None),
    ]
