"""Seventy-second blind set, reader t72a (blind429, blind430, blind431) conventions, on made-up text:

- an appendix table restating the running text's unnumbered actions in order, one row per
  action under a short name, gives each action its doers, partners, time and meter
  (`restated_in_order.join_restated_in_order`)."""

from blocks_doc import bullets as _b, classify_blocks as _classify, heading as _h, paragraph as _p


# ---- an appendix table restating the bullets in order, by short names ----

def _prose_plan(rows: list[list[str]]) -> list[dict]:
    return [
        _h("1 Boende", 2),
        _p("Mål för perioden: Nyinflyttade hittar en trygg bostad i Exvik."),
        _p("Så här gör vi:"),
        _b("Bostadsbolaget erbjuder rådgivning om hyresavtal på flera språk",
           "Vi ordnar visningar av lediga lägenheter för nya familjer"),
        _h("2 Fritid", 2),
        _p("Mål för perioden: Alla barn har en fritidshobby."),
        _p("Så här gör vi:"),
        _b("Fritidskontoret delar ut hobbykort till nyinflyttade barn",
           "Idrottsföreningarna ordnar öppna träningar under sommarlovet"),
        _h("3 Uppföljning", 2),
        _p("Kommunstyrelsen får en rapport varje höst."),
        _h("Bilaga 1. Vem gör vad och när", 2),
        {"type": "table", "caption": "", "columns": ["Åtgärd", "Ansvarig", "Samarbetspartner", "År", "Mätare"],
         "rows": rows},
    ]


_ROWS = [["Hyresrådgivning", "Bostadsbolaget", "Hyresgästföreningen", "2025–2027", "Antal rådgivningar"],
         ["Lägenhetsvisningar", "Tekniska kontoret", "", "2026", ""],
         ["Hobbykort", "Fritidskontoret", "Föreningarna, församlingen", "Varje höst", "Antal utdelade kort"],
         ["Öppna träningar", "Idrottsföreningarna", "", "Sommarlovet", "Antal deltagare"]]


def test_appendix_rows_in_order_are_the_bullets_fields():
    ex = _classify(_prose_plan(_ROWS))
    ms = ex.measures
    assert [m.text for m in ms] == [
        "Bostadsbolaget erbjuder rådgivning om hyresavtal på flera språk",
        "Vi ordnar visningar av lediga lägenheter för nya familjer",
        "Fritidskontoret delar ut hobbykort till nyinflyttade barn",
        "Idrottsföreningarna ordnar öppna träningar under sommarlovet"]
    assert [m.responsible for m in ms] == [["Bostadsbolaget"], ["Tekniska kontoret"], ["Fritidskontoret"],
                                           ["Idrottsföreningarna"]]
    assert ms[2].partners == ["Föreningarna", "församlingen"]
    assert [m.schedule for m in ms] == ["2025–2027", "2026", "Varje höst", "Sommarlovet"]
    goals = {g.id: g.text for g in ex.goals}
    assert [goals[m.goal] for m in ms] == ["Nyinflyttade hittar en trygg bostad i Exvik"] * 2 + [
        "Alla barn har en fritidshobby"] * 2
    by_text = {m.id: m.text for m in ms}
    assert {i.text: by_text.get(i.measure) for i in ex.indicators} == {
        "Antal rådgivningar": ms[0].text, "Antal utdelade kort": ms[2].text, "Antal deltagare": ms[3].text}


def test_a_table_of_other_actions_stays_as_read():
    # one row more than the text's actions: not a restatement of them
    rows = _ROWS + [["Välkomstkväll", "Kommunkansliet", "", "2025", ""]]
    ex = _classify(_prose_plan(rows))
    assert len(ex.measures) == 9
    # the same count, but rows naming other actions
    other = [["Seniorcafé", "Äldreomsorgen", "", "2025", ""],
             ["Tolkjour", "Kommunkansliet", "", "2026", ""],
             ["Läxklubb", "Skolan", "", "2025", ""],
             ["Vänverksamhet", "Röda Korset", "", "2025", ""]]
    ex = _classify(_prose_plan(other))
    assert len(ex.measures) == 8


# ---- captions over consecutive tables are no table of contents ----

def _form(n: int, area: str, goal: str, actions: list[str], meters: str) -> dict:
    return {"type": "table", "caption": f"Formulär {n}", "columns": [f"Område {n}", area],
            "rows": [["Mål", goal], ["Åtgärder", "\n".join(f"- {a}" for a in actions)],
                     ["Ansvar", "Kommunkansliet"], ["Tidtabell", "2025–2027"], ["Mätare", meters]]}


def test_numbered_captions_each_over_a_table_are_no_contents():
    from blocks_doc import blocks_document
    from classifiers.elements import document_elements

    blocks = [_h("2 Områden", 2),
              _form(1, "Boende", "Nyinflyttade hittar en bostad snabbt", ["bostadsrådgivning varje vecka"],
                    "Antal rådgivningar"),
              _form(2, "Fritid", "Alla barn har en hobby", ["hobbykort för nya barn"], "Antal utdelade kort"),
              _form(3, "Hälsa", "Nyinflyttade känner till hälsovården", ["hälsoinfo på lätt svenska"],
                    "Antal infotillfällen")]
    els = document_elements(blocks_document({"slug": "t", "title": "Program", "blocks": blocks}))
    heads = [e.text for e in els if e.kind == "heading"]
    assert {"Formulär 1", "Formulär 2", "Formulär 3"} <= set(heads)
    assert sum(e.kind == "table" for e in els) == 3


# ---- a form's label row after a page break starts a row of its own ----

def test_label_under_another_label_is_a_new_row():
    from classifiers.elements import _continues_row
    assert not _continues_row(["Åtgärder", "- läxhjälp på biblioteket\n- föräldrakvällar med tolk"],
                              ["Mål", "Alla elever klarar grundskolan och har en\nmeningsfull fritid"])
    # the rest of a row cut by the page end leaves the label cell empty
    assert _continues_row(["", "meningsfull fritid"], ["Mål", "Alla elever klarar grundskolan och har en"])


# ---- a form's 'Mätare' value of two lines, each opening with a count or a share ----

def test_two_meter_lines_of_a_short_cell():
    from classifiers.cells import split_indicator_cell
    assert split_indicator_cell("Antal deltagare i kvällskursen\nAndel nyinflyttade som har en hobby") == [
        "Antal deltagare i kvällskursen", "Andel nyinflyttade som har en hobby"]
    # a line left open goes on
    assert len(split_indicator_cell("Antal deltagare i kvällskursen och\nAndel nyinflyttade")) == 1


# ---- 'Tema N | <name>' opening a form names the theme of its goal ----

def test_numbered_area_row_of_a_form_is_the_goals_theme():
    blocks = [_h("3 Områden", 2), _p("Varje område har en egen blankett."),
              _form(1, "Boende och närmiljö", "Nyinflyttade hittar en bostad snabbt",
                    ["bostadsrådgivning varje vecka", "visningar av lediga lägenheter"], "Antal rådgivningar"),
              _form(2, "Fritid", "Alla barn har en hobby", ["hobbykort för nya barn"], "Antal utdelade kort")]
    for b in blocks[2:]:
        b["columns"][0] = b["columns"][0].replace("Område", "Tema")
    ex = _classify(blocks)
    assert {g.text: g.theme for g in ex.goals} == {"Nyinflyttade hittar en bostad snabbt": "Boende och närmiljö",
                                                   "Alla barn har en hobby": "Fritid"}
    assert len(ex.measures) == 3


# ---- 'X (åtgärd 1–2), Y (åtgärd 3)' over unnumbered actions: the actions by position ----

def test_doers_keyed_by_action_word_and_position():
    from classifiers.paren_numbers import actors_by_number
    assert actors_by_number("Skolan (åtgärd 1 och 3), biblioteket (åtgärd 2)", [None, None, None]) == [
        (["Skolan"], []), (["biblioteket"], []), (["Skolan"], [])]
    # a bracket of no action numbers leaves the cell to the other readings
    assert actors_by_number("Skolan (Centrum), biblioteket", [None, None]) is None
    blocks = [_h("2 Skola", 2),
              {"type": "table", "caption": "Tabell 1. Skola", "columns": ["Mål", "Åtgärder", "Ansvar", "Tidtabell"],
               "rows": [["Alla elever klarar grundskolan",
                         "- läxhjälp på biblioteket\n- föräldrakvällar med tolk\n- sommarskola i svenska",
                         "Biblioteket (åtgärd 1), skolan (åtgärd 2–3)", "2025–2027"]]}]
    ex = _classify(blocks)
    assert [m.responsible for m in ex.measures] == [["Biblioteket"], ["skolan"], ["skolan"]]


# ---- 'Kommunens mål som arbetsgivare: <goal>.' ----

def test_goal_owned_in_a_capacity():
    from classifiers.reader_shared import goal_field
    assert goal_field("Kommunens mål som arbetsgivare: All personal kan ge service på lätt svenska.") == (
        "All personal kan ge service på lätt svenska", None)
    assert goal_field("Vår målsättning som serviceproducent: Blanketterna finns på fem språk.") == (
        "Blanketterna finns på fem språk", None)
    # without an owner: results reported, no goal set
    assert goal_field("Mål som uppnåtts: Alla fick en bostad.") is None


# ---- 'Tabell N. … (fortsätter)': the table goes on, its '3)' row the goal's above ----

def _plan_continued(pad: int) -> list[dict]:
    cols = ["Målsättning", "Åtgärder", "Ansvariga", "Tidsplan"]
    return [_h("3 Åtgärdsplan", 2)] + [
        _p("Bakgrunden beskrivs här i en lång mening som bara fyller ut sidan med text om kommunen.")] * pad + [
        {"type": "table", "caption": "Tabell 4. Plan 2025–2027", "columns": cols,
         "rows": [["Alla barn lär sig svenska före skolstarten",
                   "1) Språkdusch i förskolan\n2) Sagostunder på biblioteket", "1) Förskolan\n2) Biblioteket",
                   "2025–2027"]]},
        {"type": "table", "caption": "Tabell 4. Plan 2025–2027 (fortsätter)", "columns": cols,
         "rows": [["", "3) Lekgrupper för hemmavarande barn", "3) Familjecentret", "2026"],
                  ["Nyinflyttade vuxna hittar arbete", "1) Jobbmässa varje vår", "1) Näringslivsenheten", "2025"]]}]


def test_continued_caption_with_the_verb():
    from classifiers.text import CONTINUED_CAPTION_RE
    assert CONTINUED_CAPTION_RE.match("Tabell 2. Åtgärdsplan 2026–2030 (fortsätter)")
    assert CONTINUED_CAPTION_RE.match("Åtgärder för barn (fortsätter)")
    for pad in (0, 30):  # (30: the page breaks between the two pieces)
        ex = _classify(_plan_continued(pad))
        goals = {g.id: g.text for g in ex.goals}
        assert {' '.join(m.text.split()): goals.get(m.goal) for m in ex.measures} == {
            "Språkdusch i förskolan": "Alla barn lär sig svenska före skolstarten",
            "Sagostunder på biblioteket": "Alla barn lär sig svenska före skolstarten",
            "Lekgrupper för hemmavarande barn": "Alla barn lär sig svenska före skolstarten",
            "Jobbmässa varje vår": "Nyinflyttade vuxna hittar arbete"}, pad


# ---- 'före utgången av 2026', 'i slutet av 2025': a time closing the action ----

def test_time_phrase_of_a_years_end():
    from classifiers.prose_actions import prose_action
    from classifiers.partners_in_text import committed_action
    from classifiers.schedule import parse_schedule
    a = prose_action("Därför ska bostadsbolaget renovera tolv lägenheter för stora familjer före utgången av 2027.")
    assert a.schedule == "före utgången av 2027"
    assert committed_action(a) == ("renovera tolv lägenheter för stora familjer", [])
    assert parse_schedule("före utgången av 2026") == ("före utgången av 2026", None, 2026)


# ---- 'X ska dessutom <verb> …' after 'Därför ska Y …': one more step of the goal ----

def test_added_step_with_the_subject_first():
    # (the programme's other actions in a table: the running text's sentences are actions
    # only where a connective ties them to the goal)
    blocks = [_h("3 Arbete", 2),
              {"type": "table", "caption": "Tabell 1. Arbete", "columns": ["Mål", "Åtgärder", "Ansvar", "Tidtabell"],
               "rows": [["Fler nyinflyttade får arbete", "- jobbmässa varje vår\n- mentorer på arbetsplatser",
                         "Näringslivsenheten", "2025–2027"]]},
              _h("4 Fritid", 2),
              _p("Kommunens mål är att alla nyinflyttade barn ska ha en fritidshobby inom ett år. "
                 "Därför ska fritidskontoret dela ut hobbykort till alla nya familjer under 2026. "
                 "Idrottsklubben Exvik ska dessutom ordna öppna träningar tillsammans med skolorna under 2027.")]
    ex = _classify(blocks)
    by_text = {m.text: m for m in ex.measures}
    assert "dela ut hobbykort till alla nya familjer" in by_text
    m = next(m for m in ex.measures if m.text.startswith("ordna öppna träningar"))
    assert m.responsible == ["Idrottsklubben Exvik"] and m.partners == ["skolorna"] and m.schedule == "under 2027"


def test_a_later_list_of_sentences_with_their_own_doers_is_no_restatement():
    # a later chapter's list closed by its 'Ansvar:' line, as many items as an earlier list:
    # its items state actions with doers of their own, not short names of the earlier ones
    blocks = [
        _h("1 Arbete", 2),
        _p("Målet är att fler invandrare får ett arbete i Exvik. För att nå dit gör staden följande:"),
        _b("Arbetsmarknadsenheten inför en kartläggning av kompetens under 2026.",
           "Näringslivsenheten ordnar två rekryteringsmässor per år.",
           "Personalenheten erbjuder tio praktikplatser i stadens enheter."),
        _h("2 Rådgivning", 2),
        _p("Vår målsättning är en rådgivning som når alla nya invånare."),
        _b("Medborgarservicen inför chatt på fyra språk 2026.",
           "Integrationsenheten ordnar informationsmöten två gånger per termin.",
           "Biblioteket erbjuder handledning i digitala tjänster."),
        _p("Ansvar: integrationsenheten."),
    ]
    ex = _classify(blocks)
    texts = [m.text.rstrip(".") for m in ex.measures]
    assert "Medborgarservicen inför chatt på fyra språk 2026" in texts
    assert "Biblioteket erbjuder handledning i digitala tjänster" in texts
    first = next(m for m in ex.measures if m.text.startswith("Arbetsmarknadsenheten"))
    assert first.responsible != ["integrationsenheten"]
