"""Content of a programme that is not structure (golden/distractors.py and made-up lines):
tables of contents, statements about the text, statistics, glossary, contacts, budget."""

import pytest

from classifiers import classify
from golden.distractors import (appendix_blocks, background_blocks, baseline_blocks,
                                evaluation_blocks, toc_blocks, with_distractors)

from blocks_doc import blocks_document

HDR = ["Mål", "Åtgärd", "Tidtabell", "Ansvarspart och partner", "Mätare"]
MEASURE_TABLE = {"type": "table", "caption": "Arbete", "columns": HDR, "rows": [
    ["Fler i arbete", "Språkstöd på arbetsplatsen", "2025", "Näringslivsenheten", "Antal deltagare"],
    ["", "Mentorprogram för nyanlända", "2026", "Vuxenutbildningen", "Antal mentorpar"],
]}


def _flat(text: str) -> str:
    return " ".join(text.split())


def _doc(blocks):
    return blocks_document({"slug": "t", "title": "Integrationsprogram för Exempelby 2025–2028",
                            "blocks": blocks})


LEADER_TOC = [
    "1 Inledning ............................ 3",
    "2.1 Statistik ......................... 5",
    "2.2 Åtgärder för sysselsättning ....... 7",
    "2.4 Hur planen har tagits fram och vilka",  # an entry wrapped onto two lines
    "som har deltagit i arbetet ........... 8",
    "3 Mål och åtgärder . . . . . . . . . . 9",
    "Bilaga 1 … … … 29",
]
LEADERLESS_TOC = [
    "1 Inledning 3",
    "2.1 Statistik över befolkningen 5",
    "2.2 Åtgärder för sysselsättning 7",
    "2.3 Hur planen har tagits fram och vilka",  # an entry wrapped onto two lines
    "som har deltagit i arbetet 8",
    "3.1 Språkkaféer och läsplattor 9",
    "Bilaga 1. Enkät 21",
]


@pytest.mark.parametrize("toc", [LEADER_TOC, LEADERLESS_TOC], ids=["leaders", "no-leaders"])
def test_table_of_contents_lines_are_no_items(toc):
    blocks = [
        {"type": "heading", "level": 2, "text": "Innehåll"},
        {"type": "paragraph", "text": "\n".join(toc)},
        {"type": "heading", "level": 1, "text": "3 Mål och åtgärder"},
        {"type": "heading", "level": 2, "text": "Åtgärder"},
        {"type": "bullets", "items": ["3.1 Staden ordnar språkkaféer.", "3.2 Biblioteket lånar ut läsplattor."]},
    ]
    px = classify(_doc(blocks))
    assert [m.text for m in px.measures] == ["3.1 Staden ordnar språkkaféer.",
                                              "3.2 Biblioteket lånar ut läsplattor."]
    assert px.goals == []


def test_an_ellipsis_in_a_sentence_is_no_leader():
    blocks = [
        {"type": "heading", "level": 2, "text": "Åtgärder"},
        {"type": "bullets", "items": ["1.1 Kurser under perioden 2025....2028 för 40 personer",
                                      "1.2 Rådgivning på fem språk"]},
    ]
    px = classify(_doc(blocks))
    assert len(px.measures) == 2


def test_a_programme_padded_with_background_and_appendices_reads_only_its_table():
    plain = {"slug": "t", "title": "Integrationsprogram för Exempelby 2025–2028",
             "blocks": [{"type": "heading", "level": 1, "text": "Åtgärdsprogram"}, MEASURE_TABLE]}
    padded = with_distractors(plain)
    assert len(padded["blocks"]) == (len(toc_blocks()) + len(background_blocks()) + len(evaluation_blocks())
                                     + len(baseline_blocks()) + len(plain["blocks"]) + len(appendix_blocks()))
    px = classify(blocks_document(padded))
    assert [_flat(g.text) for g in px.goals] == ["Fler i arbete"]
    assert [_flat(m.text) for m in px.measures] == ["Språkstöd på arbetsplatsen", "Mentorprogram för nyanlända"]
    assert sorted(_flat(i.text) for i in px.indicators) == ["Antal deltagare", "Antal mentorpar"]


def test_numbered_survey_questions_are_no_actions():
    blocks = [
        {"type": "heading", "level": 1, "text": "Bilaga 2. Frågor till föreningarna"},
        {"type": "paragraph", "text": "3.1 Hur många medlemmar har er förening?"},
        {"type": "paragraph", "text": "3.2 Vilka hinder ser ni för att nå nya medlemmar? (öppen fråga)"},
        {"type": "heading", "level": 1, "text": "4 Åtgärder"},
        {"type": "bullets", "items": ["4.1 Föreningarna får stöd för verksamhet på flera språk.",
                                      "4.2 Kommunen samlar in synpunkter: vad fungerar och vad inte."]},
    ]
    px = classify(_doc(blocks))
    assert [_flat(m.text) for m in px.measures] == [
        "4.1 Föreningarna får stöd för verksamhet på flera språk.",
        "4.2 Kommunen samlar in synpunkter: vad fungerar och vad inte."]


def test_statistics_listed_in_a_measure_chapter_are_no_actions():
    blocks = [
        {"type": "heading", "level": 1, "text": "4 Åtgärder"},
        {"type": "paragraph", "text": "Utgångsläget i slutet av 2024:"},
        {"type": "bullets", "items": ["Invånare med främmande modersmål: 2 918 personer (6,2 %)",
                                      "Arbetslösa arbetssökande: 214", "1 530 hushåll"]},
        {"type": "heading", "level": 2, "text": "4.1 Arbete"},
        {"type": "bullets", "items": ["Språkstöd på arbetsplatsen för 30 personer",
                                      "Kurser i svenska: 2025–2027"]},
    ]
    px = classify(_doc(blocks))
    assert [_flat(m.text) for m in px.measures] == ["Språkstöd på arbetsplatsen för 30 personer",
                                                     "Kurser i svenska: 2025–2027"]


def test_numbered_actions_ending_in_numbers_are_no_table_of_contents():
    blocks = [
        {"type": "heading", "level": 1, "text": "Åtgärder"},
        {"type": "bullets", "items": ["1.1 Läxhjälp ordnas i årskurs 9",  # numbers going down
                                      "1.2 Studiebesök görs i årskurs 8",
                                      "1.3 Föräldraträffar ordnas i årskurs 7",
                                      "1.4 Språkkaféer varje vecka",
                                      "1.5 Kurser i svenska ordnas för 20",  # two only
                                      "1.6 Praktik ordnas för 25"]},
    ]
    px = classify(_doc(blocks))
    assert len(px.measures) == 6


def _table(columns, rows, caption=""):
    return {"type": "table", "caption": caption, "columns": columns, "rows": rows}


OLD_MEASURES = ["Broschyr om tjänsterna på fyra språk", "Kvällskurser i svenska",
                "Stöd till arbetsplatser som tar emot praktikanter", "Träffar för föräldrar i skolorna"]


def test_the_previous_programmes_evaluation_table_gives_no_items():
    status = ["Genomförd", "Delvis genomförd", "Pågår", "Har inte genomförts"]
    evaluation = [
        # a status column named as one
        _table(["Åtgärd", "Ansvarig", "Status"],
               [[m, "Kommunen", s] for m, s in zip(OLD_MEASURES, status)]),
        _table(["Mål", "Åtgärd", "Genomförande 2022"],
               [["Fler i arbete", m, s] for m, s in zip(OLD_MEASURES, status)]),
        # a status column without a name, told by its cells
        _table(["Åtgärd", "Ansvarig", ""],
               [[m, "Kommunen", s] for m, s in zip(OLD_MEASURES, ["Förverkligats", "Grön", "Pågår", "Gul"])]),
    ]
    for table in evaluation:
        blocks = [{"type": "heading", "level": 1, "text": "Utvärdering av föregående program"}, table,
                  {"type": "heading", "level": 1, "text": "Åtgärdsprogram"}, MEASURE_TABLE]
        px = classify(_doc(blocks))
        assert [_flat(m.text) for m in px.measures] == ["Språkstöd på arbetsplatsen",
                                                         "Mentorprogram för nyanlända"], table["columns"]
        assert [_flat(g.text) for g in px.goals] == ["Fler i arbete"]


def test_a_plan_with_schedule_and_follow_up_columns_is_no_evaluation():
    plan = _table(["Åtgärd", "Tidtabell", "Uppföljning", "Ansvarig"],
                  [[m, "Pågående", "Genomförda träffar, antal", "Kommunen"] for m in OLD_MEASURES])
    how = _table(["Åtgärd", "Genomförande", "Mätare"],  # how each measure is carried out
                 [[m, "I samarbete med föreningarna", "Antal deltagare"] for m in OLD_MEASURES])
    for table in (plan, how):
        px = classify(_doc([{"type": "heading", "level": 1, "text": "Åtgärder"}, table]))
        assert [_flat(m.text) for m in px.measures] == OLD_MEASURES, table["columns"]


def test_a_new_plan_marking_its_measures_in_a_status_column_keeps_them():
    # 'Ny' / 'Pågående' say which measures are new and which go on: a plan, no report
    plan = _table(["Åtgärd", "Ansvarig", "Status"],
                  [[m, "Kommunen", s] for m, s in zip(OLD_MEASURES, ["Ny", "Pågående", "Ny", "Pågående"])])
    px = classify(_doc([{"type": "heading", "level": 1, "text": "Åtgärder"}, plan]))
    assert [_flat(m.text) for m in px.measures] == OLD_MEASURES
