"""Seventy-first blind set, reader t71a (blind423, blind426) conventions, on made-up text:

- an appendix action plan grouped by full-width rows 'Mål N. <goal>' in the number column,
  the goal a statement with no closing full stop (`reader_shared._numbered_goal_clause`);
- a follow-up table keyed 'Mål N' printed before the plan that states the goals: each key
  names the goal numbered so, no goal of its own (`Builder._goal_keys_named_later`)."""

from blocks_doc import classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers.reader_shared import goal_field
from classifiers.text import squash as _sq


# ---- 'Mål N. <statement>' with no full stop ----

def test_numbered_goal_statement_without_full_stop():
    assert goal_field("Mål 2. Äldre invandrare har en meningsfull vardag") == (
        "Äldre invandrare har en meningsfull vardag", "2")
    assert goal_field("Målsättning 4. Fler nyinflyttade hittar en egen bostad") == (
        "Fler nyinflyttade hittar en egen bostad", "4")
    # a group's name names a goal stated elsewhere: no verb, no goal field
    assert goal_field("Mål 2. Barn och unga") is None
    assert goal_field("Mål 3. Arbete och företagande i regionen") is None


def _appendix_plan(with_key_table: bool = True) -> list[dict]:
    def group(text: str) -> list[str]:
        return [text, "", "", "", ""]
    blocks = [
        _h("1 Bakgrund", 2),
        _p("Exby har 3 100 invånare, av dem 190 med främmande modersmål."),
        _h("2 Uppföljning", 2),
        _p("Förutom mätarna i handlingsplanen följer vi två mått på målnivå:"),
    ]
    if with_key_table:
        blocks.append({"type": "table", "caption": "Tabell 1. Mått per mål", "columns": ["Mål", "Mått", "Källa"],
                       "rows": [["Mål 1", "Andelen äldre invandrare som deltar i dagverksamhet", "Äldreomsorgen"],
                                ["Mål 2", "Antal hushåll som fått bostad via kommunen", "Tekniska kontoret"]]})
    blocks += [
        _h("Bilaga 1. Handlingsplan", 2),
        {"type": "table", "caption": "Bilaga 1. Handlingsplan",
         "columns": ["Nr", "Åtgärd", "Ansvarig", "Tidsplan", "Mätare"],
         "rows": [group("Tema A: Vardag"),
                  group("Mål 1. Äldre invandrare har en meningsfull vardag"),
                  ["1.1", "Seniorcafé med tolk varannan vecka", "Äldreomsorgen", "2026–2028", "Antal besökare"],
                  ["1.2", "Hembesök hos nyinflyttade pensionärer", "Hemvården", "årligen", ""],
                  group("Tema B: Boende"),
                  group("Mål 2. Fler nyinflyttade hittar en egen bostad"),
                  ["2.1", "Bostadsrådgivning på biblioteket", "Tekniska kontoret", "från 2027", "Antal rådfrågningar"]]},
    ]
    return blocks


def test_goal_rows_labelled_and_numbered_in_the_number_column():
    ex = _classify(_appendix_plan(with_key_table=False))
    goals = {g.id: g.text for g in ex.goals}
    assert [g.text for g in ex.goals] == ["Äldre invandrare har en meningsfull vardag",
                                          "Fler nyinflyttade hittar en egen bostad"]
    assert [(_sq(m.text), goals.get(m.goal)) for m in ex.measures] == [
        ("Seniorcafé med tolk varannan vecka", "Äldre invandrare har en meningsfull vardag"),
        ("Hembesök hos nyinflyttade pensionärer", "Äldre invandrare har en meningsfull vardag"),
        ("Bostadsrådgivning på biblioteket", "Fler nyinflyttade hittar en egen bostad")]


def test_follow_up_table_keyed_before_the_goals_are_stated():
    ex = _classify(_appendix_plan())
    goals = {g.id: g.text for g in ex.goals}
    assert [g.text for g in ex.goals] == ["Äldre invandrare har en meningsfull vardag",
                                          "Fler nyinflyttade hittar en egen bostad"]
    got = {_sq(i.text): (i.measure, goals.get(i.goal)) for i in ex.indicators}
    assert got["Andelen äldre invandrare som deltar i dagverksamhet"] == (
        None, "Äldre invandrare har en meningsfull vardag")
    assert got["Antal hushåll som fått bostad via kommunen"] == (None, "Fler nyinflyttade hittar en egen bostad")
