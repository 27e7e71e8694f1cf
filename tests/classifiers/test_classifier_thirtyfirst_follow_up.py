"""Conventions of the thirty-first blind set's Kalvö, Lillby and Havsnäs programmes
(tests/data/blind_programs, README there), on made-up programmes."""

from blocks_doc import bullets as _b, classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers.follow_up_questions import follow_up_question, question_action


def _t(columns, rows, caption=None):
    return {"type": "table", "caption": caption, "columns": columns, "rows": rows}


def _checklist_plan():
    return [
        _h("3. Mål och åtgärder", 2),
        _t(["Mål", "Åtgärd", "Ansvar", "Tid"],
           [["Alla nyinflyttade lär sig svenska", "Kvällskurs i svenska i byskolan", "Medis", "2026"],
            ["", "Studiecirkel för nyinflyttade i biblioteket", "biblioteket", "2027"],
            ["Nya invånare känner till servicen", "Informationskväll med tolkning på våren",
             "kommunkansliet", "årligen"],
            ["", "Broschyr om informationskvällen och servicen på tre språk", "kommunkansliet", "2026"]],
           caption="Tabell 2. Mål och åtgärder"),
        _h("4. Uppföljning", 2),
        _p("Rådet går igenom checklistan nedan varje år och rapporterar till kommunstyrelsen."),
        _h("Checklista för den årliga uppföljningen", 3),
        _b("☐ Har kvällskursen ordnats varje termin? Ja / Delvis / Nej",
           "☐ Har informationskvällen hållits och hur många kom? Ja / Delvis / Nej"),
    ]


def test_checklist_questions_are_indicators_of_the_action_they_ask_about():
    x = _classify(_checklist_plan())
    measures = {m.id: " ".join(m.text.split()) for m in x.measures}
    got = {i.text: measures.get(i.measure) for i in x.indicators}
    assert got == {"Har kvällskursen ordnats varje termin?": "Kvällskurs i svenska i byskolan",
                   "Har informationskvällen hållits och hur många kom?":
                       "Informationskväll med tolkning på våren"}


def test_parts_of_the_checklist_rule():
    assert follow_up_question("Har X ordnats? Ja / Delvis / Nej") == "Har X ordnats?"
    assert follow_up_question("Har X ordnats? (ja/nej)") == "Har X ordnats?"
    assert follow_up_question("Har X ordnats? Kommunen svarar i maj.") is None
    assert follow_up_question("Kursen ordnas varje höst") is None
    acts = [("m1", "Informationskväll med tolkning"), ("m2", "Broschyr om informationskvällen")]
    # a tie broken by the action named by its head word
    assert question_action("Har informationskvällen hållits?", acts) == "m1"
    assert question_action("Har bastun värmts?", acts) is None
    # the head past the action's number; a genitive owner is no head ('Kommunens webbplats')
    numbered = [("m1", "6. Välkomstträff med tolkning"), ("m2", "4. Information om välkomstträffen")]
    assert question_action("Har välkomstträffen hållits?", numbered) == "m1"
    owned = [("m1", "Kommunens webbplats på lätt svenska"), ("m2", "Sommarjobb i kommunens enheter")]
    assert question_action("Har kommunens stöd räckt?", owned) is None


_STATUS_COLS = ["Nr", "Mål", "Åtgärd", "Ansvar", "Tid", "Status", "Mätare"]


def _status_plan():
    return [
        _h("2 Arbete", 2),
        _t(_STATUS_COLS,
           [["2.1", "Vuxna invandrare har en plan för sin sysselsättning", "Projektet Jobbväg: coachning",
             "KANS 12", "2020–2023", "Avslutad", ""],
            ["2.2", "", "Kartläggning av kompetens för alla arbetssökande", "NÄR 51", "2024–2027", "Pågår",
             "Andel arbetssökande med plan"],
            ["2.3", "", "Arbetsprövning i kommunens enheter", "NÄR 51 (samarb. KANS 12)", "2025–2027", "Ny",
             "Antal platser"],
            ["2.4", "Unga invandrare går vidare till andra stadiet", "Studiehandledning på modersmålet",
             "BILD 21", "2024–2027", "Pågår", "Andel med studieplats"]],
           caption="Tabell 2. Arbete"),
    ]


def test_a_plans_status_column_drops_ended_actions_but_keeps_their_goal():
    x = _classify(_status_plan())
    goals = {g.id: g.text for g in x.goals}
    got = {" ".join(m.text.split()): goals.get(m.goal) for m in x.measures}
    assert got == {
        "Kartläggning av kompetens för alla arbetssökande": "Vuxna invandrare har en plan för sin sysselsättning",
        "Arbetsprövning i kommunens enheter": "Vuxna invandrare har en plan för sin sysselsättning",
        "Studiehandledning på modersmålet": "Unga invandrare går vidare till andra stadiet"}


def test_partners_in_a_bracket_with_samarbete_cut_short():
    x = _classify(_status_plan())
    m = next(m for m in x.measures if m.text.startswith("Arbetsprövning"))
    assert (m.responsible, m.partners) == (["NÄR 51"], ["KANS 12"])


def test_a_status_column_marking_actions_new_is_the_plans_not_a_report():
    from classifiers.headers import is_evaluation_table

    rows = [["Kurs", "Avslutad"], ["Kafé", "Pågår"], ["Mentor", "Ny"], ["Guide", "Pågår"]]
    assert not is_evaluation_table(["Åtgärd", "Status"], rows)
    # without a new action it reports on the earlier period's
    assert is_evaluation_table(["Åtgärd", "Status"], [["Kurs", "Avslutad"], ["Kafé", "Pågår"]])


def _matrix_plan():
    return [
        _h("Våra mål", 2),
        _p("Programmet har två mål, A och B, i ett tema."),
        _h("Service", 3),
        _h("Mål A. Nya invånare får ett gott bemötande", 4),
        _p("Den första tiden avgör mycket. Vi vill att alla får en kontakt."),
        _h("Mål B. Barnen klarar skolan på svenska", 4),
        _p("Skolan ska ha beredskap att ta emot barn under hela året."),
        _h("Åtgärder", 2),
        _p("Tabellen visar vilka mål åtgärderna främjar. ● = åtgärdens huvudmål, ○ = åtgärden stöder även målet."),
        _t(["Nr", "Åtgärd", "A", "B", "Ansvarig", "Tid"],
           [["1", "Välkomstsamtal med varje ny familj", "●", "", "Invånarservicen", "2026"],
            ["2", "Läxhjälp med frivilliga i biblioteket", "○", "●", "Bildningen", "2027"]]),
        _h("Så följer vi upp", 2),
        _p("Siffran inom parentes anger åtgärden, bokstaven målet."),
        _b("Antal välkomstsamtal (1)", "Andel som bor kvar efter tre år (A)"),
    ]


def test_goal_matrix_links_each_action_to_the_goal_marked_filled():
    x = _classify(_matrix_plan())
    goals = {g.id: g.text for g in x.goals}
    got = {" ".join(m.text.split()): goals.get(m.goal) for m in x.measures}
    assert got == {"Välkomstsamtal med varje ny familj": "Nya invånare får ett gott bemötande",
                   "Läxhjälp med frivilliga i biblioteket": "Barnen klarar skolan på svenska"}


def test_goal_heading_stating_the_goal_keeps_it_over_the_rationale_sentence():
    x = _classify(_matrix_plan())
    assert "Barnen klarar skolan på svenska" in {g.text for g in x.goals}
    assert not any(g.text.startswith("Skolan ska") for g in x.goals)
    # ... and a wish sentence of the heading's rationale restates it, no goal of its own
    assert not any(g.text.startswith("Vi vill") for g in x.goals)
    # ... nor is the sentence saying what the programme holds
    assert not any(g.text.startswith("Programmet har") for g in x.goals)


def test_follow_up_item_closed_by_a_goal_letter_follows_that_goal_up():
    x = _classify(_matrix_plan())
    goals = {g.id: g.text for g in x.goals}
    got = {i.text: (i.measure, goals.get(i.goal)) for i in x.indicators}
    assert got["Andel som bor kvar efter tre år"] == (None, "Nya invånare får ett gott bemötande")


def test_slashed_actor_column_gives_responsible_before_the_slash_and_partners_after():
    blocks = [
        _h("Mål och åtgärder", 2),
        _t(["Mål", "Åtgärd", "Ansvarig / samarbete", "Tid"],
           [["Nya invånare får ett gott bemötande", "Läxklubb med frivilliga lärare",
             "Bildningen / Byskolan, Novia", "2026"],
            ["", "Välkomstmapp på fem språk", "Kommunikationen", "2027"]]),
    ]
    x = _classify(blocks)
    got = {" ".join(m.text.split()): (m.responsible, m.partners) for m in x.measures}
    assert got == {"Läxklubb med frivilliga lärare": (["Bildningen"], ["Byskolan", "Novia"]),
                   "Välkomstmapp på fem språk": (["Kommunikationen"], [])}


def test_an_action_done_in_part_stays_in_the_plan():
    blocks = _status_plan()
    blocks[1]["rows"][3][5] = "Genomförd delvis"
    x = _classify(blocks)
    assert "Studiehandledning på modersmålet" in {" ".join(m.text.split()) for m in x.measures}


def _matrix_cards(fillers):
    """A goal matrix printed as cards, one field a line ('A: ●', 'B: ○'); `fillers` lines of
    background push the first card's mark field to a page's foot (19: 'A: ●' is the last
    line of page 1 and 'Tid: 2026' opens page 2)."""
    blocks = [_h("Mål", 2), _h("Mål A. Nya invånare får ett gott bemötande", 3),
              _h("Mål B. Barnen klarar skolan på svenska", 3), _h("Bakgrund", 2)]
    blocks += [_p(f"Kommunen har {k} invånare.") for k in range(fillers)]
    blocks += [_h("Åtgärder", 2),
               _p("Tabellen visar vilka mål åtgärderna främjar. ● = åtgärdens huvudmål, ○ = åtgärden stöder även målet.")]
    for i, (text, a, b) in enumerate([("Välkomstsamtal med varje ny familj", "●", ""),
                                      ("Läxhjälp med frivilliga i biblioteket", "○", "●"),
                                      ("Språkcafé för föräldrar i skolan", "", "●")]):
        blocks += [_p(f"Åtgärd: {text}"), _p("Ansvar: Bildningen"), _p(f"Nr: {i + 1}")]
        blocks += [_p(f"A: {a}")] if a else []
        blocks += [_p(f"B: {b}")] if b else []
        blocks.append(_p("Tid: 2026"))
    return blocks


def test_a_mark_as_a_cards_field_value_is_no_bullet_and_a_field_at_a_page_foot_ends_there():
    for fillers in (0, 19):
        x = _classify(_matrix_cards(fillers))
        goals = {g.id: g.text for g in x.goals}
        got = {" ".join(m.text.split()): goals.get(m.goal) for m in x.measures}
        assert got == {"Välkomstsamtal med varje ny familj": "Nya invånare får ett gott bemötande",
                       "Läxhjälp med frivilliga i biblioteket": "Barnen klarar skolan på svenska",
                       "Språkcafé för föräldrar i skolan": "Barnen klarar skolan på svenska"}, fillers


def test_listed_actions_with_code_time_money_and_status_after_a_dash():
    blocks = [
        _h("5 Goda relationer", 2),
        _p("Målsättning: Alla känner sig hemma i kommunen."),
        _p("Åtgärder (kod, resurser, status):"),
        _b("Temavecka mot rasism i skolorna – BILD 21, 2024–2027, 2 000 €/år, pågår",
           "Gemensam fest för nya invånare – KANS 12, 2025–2027, 4 000 €/år, ny",
           "Mångkulturell festival på torget – FRI 31, 2016–2023, avslutad"),
    ]
    x = _classify(blocks)
    got = {m.text: (m.responsible, m.schedule) for m in x.measures}
    assert got == {"Temavecka mot rasism i skolorna": (["BILD 21"], "2024–2027"),
                   "Gemensam fest för nya invånare": (["KANS 12"], "2025–2027")}


def test_a_goal_cell_filled_under_an_empty_one_starts_a_row_of_its_own():
    # the doers are written in lower case, and the action above ends on a pronoun ('... som
    # behöver det'): the votes of a row cut by a page end, but the goal cell opens under an
    # empty one -- the next goal's first row
    blocks = [
        _h("3. Mål och åtgärder", 2),
        _t(["Riktlinje", "Kommunens mål", "Kommunens åtgärder", "Ansvar", "Tid"],
           [["Språk", "Alla inflyttade kan lära sig svenska", "Kurs i svenska på kvällstid", "Medis", "2025"],
            ["", "", "Svenska som andraspråk för alla elever som behöver det", "skolföreståndaren", "fortlöpande"],
            ["", "Barn och unga trivs i skolan", "Modersmålsstöd i rumänska på distans",
             "skolföreståndaren, landskapsregeringen", "från hösten 2025"]]),
    ]
    x = _classify(blocks)
    assert len(x.measures) == 3


def test_a_matrix_printed_as_numbered_actions_with_a_line_of_fields():
    blocks = [_h("Mål", 2), _h("Mål A. Nya invånare får ett gott bemötande", 3),
              _h("Mål B. Barnen klarar skolan på svenska", 3), _h("Åtgärder", 2),
              _p("Tabellen visar vilka mål åtgärderna främjar. ● = åtgärdens huvudmål, ○ = åtgärden stöder även målet."),
              _p("1. Välkomstsamtal med varje ny familj"), _p("Ansvarig: Invånarservicen. A: ●. Tid: 2026."),
              _p("2. Läxhjälp med frivilliga i biblioteket"), _p("Ansvarig: Bildningen. A: ○. B: ●. Tid: 2027."),
              _p("3. Språkcafé för föräldrar i skolan"), _p("Ansvarig: Bildningen. B: ●. Tid: 2026.")]
    x = _classify(blocks)
    goals = {g.id: g.text for g in x.goals}
    # (the action keeps its number as printed; the link is what is asserted)
    got = {" ".join(m.text.split()).split(". ", 1)[-1]: goals.get(m.goal) for m in x.measures}
    assert got == {"Välkomstsamtal med varje ny familj": "Nya invånare får ett gott bemötande",
                   "Läxhjälp med frivilliga i biblioteket": "Barnen klarar skolan på svenska",
                   "Språkcafé för föräldrar i skolan": "Barnen klarar skolan på svenska"}


def test_reading_guide_sets_partners_off_after_the_slash_in_a_plain_doers_column():
    blocks = [
        _h("Mål och åtgärder", 2),
        _p("Ansvarig enhet står först, samarbetsparter efter snedstrecket."),
        _t(["Mål", "Åtgärd", "Ansvar", "Tid"],
           [["Nya invånare får ett gott bemötande", "Läxklubb med frivilliga lärare", "Bildningen / Byskolan", "2026"],
            ["", "Välkomstmapp på fem språk", "Kommunikationen", "2027"]]),
    ]
    x = _classify(blocks)
    got = {" ".join(m.text.split()): m.responsible for m in x.measures}
    assert got == {"Läxklubb med frivilliga lärare": ["Bildningen"], "Välkomstmapp på fem språk": ["Kommunikationen"]}


def test_numbered_actions_with_an_inline_status_field_drop_the_ended_ones():
    blocks = [_h("2 Arbete", 2),
              _p("Mål 1. Vuxna invandrare har en plan för sin sysselsättning"),
              _p("2.1. Projektet Jobbväg: coachning"),
              _p("Ansvarig: KANS 12. Tid: 2020–2023. Status: Avslutad."),
              _p("2.2. Kartläggning av kompetens för alla arbetssökande"),
              _p("Ansvarig: NÄR 51. Tid: 2024–2027. Status: Pågår."),
              _p("2.3. Arbetsprövning i kommunens enheter"),
              _p("Ansvarig: NÄR 51. Tid: 2025–2027. Status: Ny.")]
    x = _classify(blocks)
    got = sorted(" ".join(m.text.split()).split(". ", 1)[-1] for m in x.measures)
    assert got == ["Arbetsprövning i kommunens enheter", "Kartläggning av kompetens för alla arbetssökande"]


def test_a_lettered_goal_heading_stating_the_goal_takes_the_theme_above_it():
    x = _classify(_matrix_plan())
    assert {g.text: g.theme for g in x.goals} == {"Nya invånare får ett gott bemötande": "Service",
                                                  "Barnen klarar skolan på svenska": "Service"}


def test_a_column_of_areas_left_of_the_goals_names_their_theme():
    blocks = [
        _h("3. Kommunens mål och åtgärder", 2),
        _t(["Landskapsregeringens riktlinje", "Kommunens mål", "Kommunens åtgärder", "Ansvar", "Tid"],
           [["Språk och utbildning", "Alla inflyttade kan lära sig svenska", "Kurs i svenska på kvällstid",
             "Medis", "2025"],
            ["", "Barn och unga trivs i skolan", "Modersmålsstöd på distans", "skolföreståndaren", "2026"],
            ["Boende", "Det finns bostäder året runt", "Kartläggning av tomma hus", "tekniska nämnden", "2026"]]),
    ]
    x = _classify(blocks)
    assert {g.text: g.theme for g in x.goals} == {"Alla inflyttade kan lära sig svenska": "Språk och utbildning",
                                                  "Barn och unga trivs i skolan": "Språk och utbildning",
                                                  "Det finns bostäder året runt": "Boende"}


def test_a_cut_rows_rest_under_an_empty_key_cell_still_goes_on():
    # the rest of a row a page end cut goes on only in the cells still running: the cells
    # the row above filled and that had ended stay empty, so the capitalised text under the
    # empty key cell is no new group's first row (a group's first row is a whole row)
    from classifiers.elements import _continues_row
    above = ["", "Få med nyinflyttade i föreningarnas verksamhet genom",
             "Antalet deltagare i kurserna", "Aktiv användning av guiden"]
    rest = ["Bostadssektorn, fastighetsbolagen och kommunen", "kurser och träffar på flera språk", "", ""]
    assert _continues_row(rest, above)
    # the whole row of a new group, under the same empty key cell, starts a row of its own
    whole = ["Bostadssektorn, fastighetsbolagen och kommunen", "kurser och träffar på flera språk",
             "Antalet kurser", "Guiden på webben"]
    assert not _continues_row(whole, above)
