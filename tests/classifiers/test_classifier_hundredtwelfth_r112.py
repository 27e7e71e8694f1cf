"""Hundred-and-twelfth set (r112): a goal asked by its question that opens on the one-letter
preposition 'I' ('Vart vill vi nå? I kommunen …'), a record listing its actions under one label
numbered 1, 2, 3 with its fields given once after them ('Åtgärd 1' / 'Åtgärd 2' / 'Ansvarig'),
and a follow-up list closing each item with an action's dotted number ('(1.2)') with no legend."""

from __future__ import annotations

from blocks_doc import bullets, classify_blocks, heading, paragraph

from classifiers.reader_shared import goal_field


def test_a_question_goal_opening_on_the_preposition_i_is_a_goal():
    assert goal_field("Vart vill vi nå? I kommunen känner alla sig välkomna.") == (
        "I kommunen känner alla sig välkomna", None)
    # (a list letter after the question is no word of a goal)
    assert goal_field("Vart vill vi nå? A kommunen känner alla sig välkomna.") is None


def _record(goal: str, actions: list[str], resp: str, when: str, follow: str) -> dict:
    rows = [["Målsättning", goal]] + [[f"Åtgärd {k}", a] for k, a in enumerate(actions, 1)]
    rows += [["Ansvarig", resp], ["När", when], ["Uppföljning", follow]]
    return {"type": "table", "caption": None, "columns": ["Rubrik", "Innehåll"], "rows": rows}


def test_numbered_actions_of_one_record_share_its_fields():
    px = classify_blocks([
        heading("Arbete", 2),
        _record("Fler vuxna hittar arbete i kommunen",
                ["Arbetsprövning ordnas i kommunens enheter", "Företagen får stöd vid rekrytering",
                 "Ett mentorsprogram startas för nya invånare"],
                "Näringslivsenheten", "2025–2026", "antal arbetsprövningar; antal mentorpar"),
    ])
    assert [m.text for m in px.measures] == ["Arbetsprövning ordnas i kommunens enheter",
                                            "Företagen får stöd vid rekrytering",
                                            "Ett mentorsprogram startas för nya invånare"]
    assert [m.responsible for m in px.measures] == [["Näringslivsenheten"]] * 3
    assert [m.schedule for m in px.measures] == ["2025–2026"] * 3
    # (the follow-up field, given once, is the record's goal's, of no one action)
    assert sorted(i.text for i in px.indicators) == ["antal arbetsprövningar", "antal mentorpar"]
    assert all(i.measure is None for i in px.indicators)


def test_a_follow_up_item_closed_by_an_actions_dotted_number_follows_that_action():
    px = classify_blocks([
        heading("Insatsområde 1. Arbete", 2),
        paragraph("Målsättning: Fler vuxna hittar arbete i kommunen."),
        bullets("1.1 Arbetsprövning ordnas i kommunens enheter. Ansvar: personalenheten. Tid: 2026.",
                "1.2 Företagen får stöd vid rekrytering. Ansvar: näringslivsenheten. Tid: 2027."),
        paragraph("Så följer vi upp:"),
        bullets("antalet arbetsprövningar (1.1)", "antalet rekryteringar (1.2)"),
    ])
    first, second = px.measures
    assert "Arbetsprövning ordnas" in first.text and "Företagen får stöd" in second.text
    got = {i.text: i.measure for i in px.indicators}
    assert got == {"antalet arbetsprövningar": first.id, "antalet rekryteringar": second.id}
