"""Seventy-first blind set, reader t71a (blind423, blind426) conventions, on made-up text:

- an appendix action plan grouped by full-width rows 'Mål N. <goal>' in the number column,
  the goal a statement with no closing full stop (`reader_shared._numbered_goal_clause`);
- a follow-up table keyed 'Mål N' printed before the plan that states the goals: each key
  names the goal numbered so, no goal of its own (`Builder._goal_keys_named_later`);
- a goal heading after its section's number whose name is the goal's area, over the one
  sentence stating the goal ('5.1 Huvudmål 1: Boende' / '<goal>.', `area_goal_headings`)."""

from blocks_doc import classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers.area_goal_headings import area_of_goal_heading
from classifiers.reader_shared import goal_field
from classifiers.text import NUMBERED_RE, squash as _sq


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


def test_theme_rows_labelled_in_the_number_column():
    # 'Tema A: Vardag' alone in its row over the goal rows: the goals' theme, no goal or action
    ex = _classify(_appendix_plan())
    assert [(g.text, g.theme) for g in ex.goals] == [
        ("Äldre invandrare har en meningsfull vardag", "Vardag"),
        ("Fler nyinflyttade hittar en egen bostad", "Boende")]
    assert len(ex.measures) == 3


def test_follow_up_table_keyed_before_the_goals_are_stated():
    ex = _classify(_appendix_plan())
    goals = {g.id: g.text for g in ex.goals}
    assert [g.text for g in ex.goals] == ["Äldre invandrare har en meningsfull vardag",
                                          "Fler nyinflyttade hittar en egen bostad"]
    got = {_sq(i.text): (i.measure, goals.get(i.goal)) for i in ex.indicators}
    assert got["Andelen äldre invandrare som deltar i dagverksamhet"] == (
        None, "Äldre invandrare har en meningsfull vardag")
    assert got["Antal hushåll som fått bostad via kommunen"] == (None, "Fler nyinflyttade hittar en egen bostad")


def test_follow_up_table_keyed_by_bare_numbers_before_the_goals():
    # 'Mål': '1', '2' (the numbers alone) where no goal is numbered yet: the meters of the
    # goals numbered so later, once the document is read
    blocks = _appendix_plan()
    key_table = next(b for b in blocks if b.get("caption") == "Tabell 1. Mått per mål")
    key_table["rows"] = [["1", *r[1:]] if r[0] == "Mål 1" else ["2", *r[1:]] for r in key_table["rows"]]
    ex = _classify(blocks)
    goals = {g.id: g.text for g in ex.goals}
    got = {_sq(i.text): (i.measure, goals.get(i.goal)) for i in ex.indicators}
    assert got["Andelen äldre invandrare som deltar i dagverksamhet"] == (
        None, "Äldre invandrare har en meningsfull vardag")
    assert got["Antal hushåll som fått bostad via kommunen"] == (None, "Fler nyinflyttade hittar en egen bostad")


# ---- '5.1 Huvudmål 1: <area>' over the goal's sentence ----

def test_area_goal_heading_after_its_section_number():
    assert area_of_goal_heading("5.1 Huvudmål 1: Boende och närmiljö") == "Boende och närmiljö"
    assert area_of_goal_heading("3. Mål 2 – Arbete") == "Arbete"
    # a heading stating the goal itself stays the goal
    assert area_of_goal_heading("4.2 Mål 3: Fler invandrare får arbete") is None


def test_main_goal_sentence_under_numbered_area_heading():
    blocks = [
        _h("3 Mål och åtgärder", 2),
        _h("3.1 Huvudmål 1: Boende", 3),
        _p("Alla nyinflyttade har ett tryggt boende inom ett halvår."),
        _h("Delmål 3.1.1 Hyresvärdarna känner till de nyinflyttades behov", 4),
        {"type": "table", "caption": "Tabell 2. Åtgärder för delmål 3.1.1",
         "columns": ["Åtgärd", "Ansvarig", "Tidsplan"],
         "rows": [["Informationsträff för hyresvärdar", "Bostadsbolaget", "varje höst"]]},
        _h("3.2 Huvudmål 2: Fritid", 3),
        _p("Barn och unga med utländsk bakgrund har en fritidsaktivitet."),
        _h("Delmål 3.2.1 Föreningarna når de nyinflyttade familjerna", 4),
        {"type": "table", "caption": "Tabell 3. Åtgärder för delmål 3.2.1",
         "columns": ["Åtgärd", "Ansvarig", "Tidsplan"],
         "rows": [["Föreningsdag i skolan", "Fritidskontoret", "2027"]]},
    ]
    ex = _classify(blocks)
    by_id = {g.id: g for g in ex.goals}
    assert [(g.text, g.theme, by_id[g.parent].text if g.parent else None) for g in ex.goals] == [
        ("Alla nyinflyttade har ett tryggt boende inom ett halvår", "Boende", None),
        ("Hyresvärdarna känner till de nyinflyttades behov", "Boende",
         "Alla nyinflyttade har ett tryggt boende inom ett halvår"),
        ("Barn och unga med utländsk bakgrund har en fritidsaktivitet", "Fritid", None),
        ("Föreningarna når de nyinflyttade familjerna", "Fritid",
         "Barn och unga med utländsk bakgrund har en fritidsaktivitet")]


# ---- the plan printed as cards: 'Nr: Mål 1. <goal>', and its caption again '(fortsättning)' ----

def _card(action: str, doer: str, when: str, nr: str) -> list[dict]:
    return [_p(f"Åtgärd: {action}"), _p(f"Ansvar: {doer}"), _p(f"Tidtabell: {when}"), _p(f"Nr: {nr}")]


def _plan_as_cards(continued: bool = True) -> list[dict]:
    return [
        _h("1 Bakgrund", 2),
        _p("Exby har 3 100 invånare, av dem 190 med främmande modersmål."),
        _h("2 Uppföljning", 2),
        # (a follow-up table keyed by the goals' numbers, read before the goals)
        {"type": "table", "caption": "Tabell 1. Mått per mål", "columns": ["Mål", "Mått", "Källa"],
         "rows": [["Mål 1", "Andelen äldre invandrare som deltar i dagverksamhet", "Äldreomsorgen"],
                  ["Mål 2", "Antal hushåll som fått bostad via kommunen", "Tekniska kontoret"]]},
        _h("Bilaga 1. Handlingsplan", 2),
        _p("Nr: Tema A: Vardag"),
        _p("Nr: Mål 1. Äldre invandrare har en meningsfull vardag"),
        *_card("Seniorcafé med tolk varannan vecka", "Äldreomsorgen", "2026–2028", "1.1"),
        *_card("Hembesök hos nyinflyttade pensionärer", "Hemvården", "årligen", "1.2"),
        *([_h("Bilaga 1. Handlingsplan (fortsättning)", 2)] if continued else []),
        *_card("Gymnastik för seniorer på servicehuset", "Fritidskontoret", "varje höst", "1.3"),
        _p("Nr: Tema B: Boende"),
        _p("Nr: Mål 2. Fler nyinflyttade hittar en egen bostad"),
        *_card("Bostadsrådgivning på biblioteket", "Tekniska kontoret", "från 2027", "2.1"),
    ]


def test_group_rows_printed_as_number_fields():
    from classifiers.goal_labelled_rows import labelled_number_value
    assert labelled_number_value("Nr: Mål 1. Äldre invandrare har en meningsfull vardag") == (
        "Mål 1. Äldre invandrare har en meningsfull vardag")
    assert labelled_number_value("Nummer: Tema B: Boende.") == "Tema B: Boende."
    assert labelled_number_value("Nr: 1.1") is None
    assert labelled_number_value("Nr: Mål 2. Barn och unga") is None  # a group's name, no goal
    ex = _classify(_plan_as_cards(continued=False))
    goals = {g.id: g.text for g in ex.goals}
    # (the theme lines 'Tema A: Vardag', 'Tema B: Boende' between the cards: the goals' themes)
    assert [(g.text, g.theme) for g in ex.goals] == [
        ("Äldre invandrare har en meningsfull vardag", "Vardag"),
        ("Fler nyinflyttade hittar en egen bostad", "Boende")]
    assert [goals.get(m.goal) for m in ex.measures] == [
        "Äldre invandrare har en meningsfull vardag"] * 3 + ["Fler nyinflyttade hittar en egen bostad"]


def test_continued_caption_carries_the_goal_of_the_cards_above():
    ex = _classify(_plan_as_cards())
    goals = {g.id: g.text for g in ex.goals}
    assert [(_sq(m.text), goals.get(m.goal)) for m in ex.measures] == [
        ("Seniorcafé med tolk varannan vecka", "Äldre invandrare har en meningsfull vardag"),
        ("Hembesök hos nyinflyttade pensionärer", "Äldre invandrare har en meningsfull vardag"),
        ("Gymnastik för seniorer på servicehuset", "Äldre invandrare har en meningsfull vardag"),
        ("Bostadsrådgivning på biblioteket", "Fler nyinflyttade hittar en egen bostad")]


# ---- a line of fields stopping on 'Nr:', its value wrapped onto a line of its own ----

def test_number_field_value_wrapped_onto_its_own_line():
    from blocks_doc import blocks_document
    from classifiers.elements import document_elements
    fields = "Ansvarig: Fritidskontoret. Samarbetspartner: Idrottsföreningarna. Tidtabell: varje höst. Nr: 1.1."
    blocks = [
        _h("Bilaga 1. Åtgärder", 2),
        _p("Mål 1. Äldre invandrare har en meningsfull vardag."),
        _p("1.1 Seniorcafé med tolk varannan vecka"),
        _p(fields),  # (printed 'Nr:' / '1.1.': the number wraps onto a line of its own)
        _p("Mätare: Antal besökare på seniorcaféet"),
        _p("1.2 Hembesök hos nyinflyttade pensionärer"),
        _p("Ansvarig: Hemvården. Tidtabell: årligen. Nr: 1.2."),
    ]
    texts = [e.text for e in document_elements(blocks_document({"title": "Exby", "blocks": blocks}))]
    assert fields in texts
    ex = _classify(blocks)
    measures = {m.id: NUMBERED_RE.sub("", _sq(m.text), count=1) for m in ex.measures}
    assert [(_sq(i.text), measures.get(i.measure)) for i in ex.indicators] == [
        ("Antal besökare på seniorcaféet", "Seniorcafé med tolk varannan vecka")]


def test_follow_up_key_with_a_qualifier_before_the_goal_label():
    # 'Övergripande mål 1' in a meter table's goal column: the goal headed '3.1 Övergripande
    # mål 1: Boende' (its sentence under it), no goal of its own
    blocks = [
        _h("3 Mål och åtgärder", 2),
        _h("3.1 Övergripande mål 1: Boende", 3),
        _p("Alla nyinflyttade har ett tryggt boende inom ett halvår."),
        {"type": "table", "caption": "Tabell 2. Åtgärder", "columns": ["Åtgärd", "Ansvarig", "Tidsplan"],
         "rows": [["Informationsträff för hyresvärdar", "Bostadsbolaget", "varje höst"]]},
        _h("3.2 Övergripande mål 2: Fritid", 3),
        _p("Barn och unga med utländsk bakgrund har en fritidsaktivitet."),
        {"type": "table", "caption": "Tabell 3. Åtgärder", "columns": ["Åtgärd", "Ansvarig", "Tidsplan"],
         "rows": [["Föreningsdag i skolan", "Fritidskontoret", "2027"]]},
        _h("4 Uppföljning", 2),
        {"type": "table", "caption": "Tabell 4. Indikatorer", "columns": ["Indikator", "Mål", "Källa"],
         "rows": [["Andel med eget boende efter ett halvår", "Övergripande mål 1", "Kansliet"],
                  ["Antal barn i föreningarnas verksamhet", "Övergripande mål 2", "Fritidskontoret"]]},
    ]
    ex = _classify(blocks)
    goals = {g.id: g.text for g in ex.goals}
    assert [g.text for g in ex.goals] == ["Alla nyinflyttade har ett tryggt boende inom ett halvår",
                                          "Barn och unga med utländsk bakgrund har en fritidsaktivitet"]
    assert [(_sq(i.text), goals.get(i.goal)) for i in ex.indicators] == [
        ("Andel med eget boende efter ett halvår", "Alla nyinflyttade har ett tryggt boende inom ett halvår"),
        ("Antal barn i föreningarnas verksamhet", "Barn och unga med utländsk bakgrund har en fritidsaktivitet")]
