"""Forty-seventh blind set (blind281, blind282, blind278) conventions, on made-up text: a
brochure's bullets 'Vi <action> – <doer>' with a timetable 'Vad | När' repeating every action
and a follow-up list 'Vi följer bland annat:' of 'hur många …' counts; a goal stated in a main
clause after a comma ('…, och därför är målet att …') and a wish that leads up to goals stated
by the goal noun; actions of goals stated together listed goal by goal; and a
follow-up table keyed 'Mål N' / 'Mål N / åtgärd K'."""

from blocks_doc import bullets as _b, classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers.dash_doers import dash_doer_tail, doers_after_dashes
from classifiers.goal_item_references import goal_item_column, goal_item_reference
from classifiers.prose import goal_sentences, intro_kind
from classifiers.restated_rows import restated_rows
from classifiers.text import opens_with_count


def _sq(s):
    return " ".join(s.split())


def _t(caption, columns, rows):
    return {"type": "table", "caption": caption, "columns": columns, "rows": rows}


# ---- 'Vi <action> – <doer>' bullets, a timetable repeating them, 'Vi följer bland annat:' --

def _brochure(timetable: bool = True):
    blocks = [
        _h("Välkommen till Norrbacka", 1),
        _h("Jobb", 2), _h("Det här vill vi uppnå", 3), _p("Fler nya invånare hittar ett jobb i trakten."),
        _h("Så här gör vi", 3),
        _b("Vi ordnar en rekryteringsdag med företagen – näringslivsenheten",
           "Vi erbjuder praktikplatser i kommunens kök – personalenheten"),
        _h("Skola", 2), _h("Det här vill vi uppnå", 3), _p("Alla barn trivs i skolan."),
        _h("Så här gör vi", 3),
        _b("Vi ordnar läxhjälp på biblioteket – biblioteket och skolorna",
           "Vi ordnar simskola för dem som inte kan simma – idrottsföreningen"),
    ]
    if timetable:
        blocks += [_h("När gör vi vad?", 2),
                   _t("", ["Vad", "När"], [["Vi ordnar en rekryteringsdag med företagen", "varje höst"],
                                           ["Vi erbjuder praktikplatser i kommunens kök", "hela perioden"],
                                           ["Vi ordnar läxhjälp på biblioteket", "från 2025"],
                                           ["Vi ordnar simskola för dem som inte kan simma", "juni"]])]
    blocks += [_h("Så följer vi upp", 2),
               _p("Vi skriver om det i årsberättelsen. Vi följer bland annat:"),
               _b("hur många som besöker rekryteringsdagen", "hur många barn som lärt sig simma",
                  "hur många nya invånare som har ett jobb")]
    return _classify(blocks)


def test_doer_after_a_dash_in_a_list_of_such_items():
    got = _brochure()
    by_text = {_sq(m.text): m for m in got.measures}
    assert list(by_text) == ["Vi ordnar en rekryteringsdag med företagen", "Vi erbjuder praktikplatser i kommunens kök",
                             "Vi ordnar läxhjälp på biblioteket", "Vi ordnar simskola för dem som inte kan simma"]
    assert by_text["Vi ordnar en rekryteringsdag med företagen"].responsible == ["näringslivsenheten"]
    assert by_text["Vi ordnar läxhjälp på biblioteket"].responsible == ["biblioteket", "skolorna"]
    assert by_text["Vi ordnar simskola för dem som inte kan simma"].responsible == ["idrottsföreningen"]


def test_dash_doer_needs_the_documents_habit():
    # one item closing with '– X' is no habit: an aside ('– en mötesplats') stays the text's
    assert not doers_after_dashes(["Språkcafé – en mötesplats för alla", "Läxhjälp – biblioteket"])
    assert doers_after_dashes(["A görs – biblioteket", "B görs – fritidsenheten", "C görs – skolorna och daghemmen"])
    assert dash_doer_tail("Kurs i svenska – 2025") is None
    assert dash_doer_tail("Vi har tolk med – skolorna och daghemmen")[1][0] == ["skolorna", "daghemmen"]


def test_timetable_repeating_the_actions_gives_their_times_and_no_new_actions():
    got = _brochure()
    assert len(got.measures) == 4
    by_text = {_sq(m.text): m for m in got.measures}
    assert by_text["Vi ordnar en rekryteringsdag med företagen"].schedule == "varje höst"
    assert by_text["Vi ordnar simskola för dem som inte kan simma"].schedule == "juni"
    jobs, school = got.goals
    assert by_text["Vi ordnar simskola för dem som inte kan simma"].goal == school.id


def test_rows_repeating_one_goals_actions_under_another_goal_are_not_folded():
    # a table under goal 2 whose rows repeat goal 1's actions only: no summary of the plan,
    # the actions placed again under a second goal -- both copies stay as read
    blocks = [
        _h("Program", 1),
        _h("Jobb", 2), _h("Det här vill vi uppnå", 3), _p("Fler nya invånare hittar ett jobb i trakten."),
        _h("Så här gör vi", 3),
        _b("Vi ordnar en rekryteringsdag med företagen", "Vi erbjuder praktikplatser i kommunens kök"),
        _h("Hälsa", 2), _h("Det här vill vi uppnå", 3), _p("Alla nya invånare får vård på sitt språk."),
        _t("", ["Åtgärd", "Ansvar"], [["Vi ordnar en rekryteringsdag med företagen", "Social- och hälsovårdssektorn"],
                                      ["Vi erbjuder praktikplatser i kommunens kök", "Social- och hälsovårdssektorn"]]),
    ]
    got = _classify(blocks)
    jobs, health = got.goals
    texts = [(_sq(m.text), m.goal) for m in got.measures]
    assert ("Vi ordnar en rekryteringsdag med företagen", jobs.id) in texts
    assert ("Vi ordnar en rekryteringsdag med företagen", health.id) in texts
    assert len(got.measures) == 4


def test_restated_rows_need_every_row_to_repeat_one_action():
    earlier = [("m1", "Vi ordnar läxhjälp"), ("m2", "Vi ordnar simskola")]
    assert restated_rows(earlier, [("m3", "Vi ordnar läxhjälp."), ("m4", "vi ordnar simskola")]) == {"m3": "m1", "m4": "m2"}
    assert restated_rows(earlier, [("m3", "Vi ordnar läxhjälp"), ("m4", "Vi startar en kör")]) is None
    assert restated_rows(earlier, [("m3", "Vi ordnar läxhjälp")]) is None


def test_follow_up_list_of_counts_after_we_follow():
    assert intro_kind("Vi följer bland annat:") == "indicator"
    assert intro_kind("Kommunen mäter särskilt:") == "indicator"
    assert intro_kind("Vi följer principerna:") is None
    assert opens_with_count("hur många som deltar i kursen")
    got = _brochure()
    meters = {_sq(i.text): i.measure for i in got.indicators}
    by_text = {_sq(m.text): m.id for m in got.measures}
    assert meters == {"hur många som besöker rekryteringsdagen": by_text["Vi ordnar en rekryteringsdag med företagen"],
                      "hur många barn som lärt sig simma": by_text["Vi ordnar simskola för dem som inte kan simma"],
                      "hur många nya invånare som har ett jobb": None}


# ---- goals after a lead, a wish beside them -------------------------------------------------

def test_coordinated_goal_clause_and_a_wish_leading_up_to_noun_goals():
    text = ("Staden vill att alla ska må bra. Målet är att fler äldre invandrare deltar i träffarna. "
            "Dessutom är målet att ensamheten minskar.")
    assert goal_sentences(text) == ["Målet är att fler äldre invandrare deltar i träffarna.",
                                    "Dessutom är målet att ensamheten minskar."]
    text = ("Samtidigt vill staden att fler unga söker sommarjobb, och därför är målet att fler sommarjobb går "
            "till unga med främmande modersmål.")
    assert goal_sentences(text) == ["fler sommarjobb går till unga med främmande modersmål."]
    # a wish the noun goal adds to ('Dessutom …') is a goal too
    assert goal_sentences("Vi strävar efter att fler får arbete. Dessutom är målet att fler startar företag.") == [
        "Vi strävar efter att fler får arbete.", "Dessutom är målet att fler startar företag."]
    # a wish alone is still the paragraph's goal, and so is one adding to the goals after them
    assert goal_sentences("Vi vill att alla barn får simma.") == ["Vi vill att alla barn får simma."]
    assert goal_sentences("Målet är att alla barn får simma. Vi vill också motverka mobbning i skolan.") == [
        "Målet är att alla barn får simma.", "Vi vill också motverka mobbning i skolan."]


def test_goals_read_in_a_chapter_without_the_leading_wish():
    got = _classify([
        _h("3 Fritid", 2),
        _p("Staden vill att alla kan ha en hobby. Målet är att fler barn deltar i idrottsföreningarna. "
           "Samtidigt vill staden att de äldre syns, och därför är målet att träffpunkterna når nya invånare."),
        _p("Åtgärderna är:"),
        _b("Idrottsföreningarna får ett bidrag för nya barn (ansvar: fritidsenheten; tidtabell: 2026)",
           "Träffpunkterna annonserar på fyra språk (ansvar: äldreomsorgen; tidtabell: 2027)"),
    ])
    assert [_sq(g.text).rstrip(".") for g in got.goals] == ["Målet är att fler barn deltar i idrottsföreningarna",
                                                            "träffpunkterna når nya invånare"]


# ---- actions of goals stated together, listed goal by goal ----------------------------------

def test_action_speaking_of_no_goal_goes_on_with_the_goal_above():
    got = _classify([
        _h("3 Vardag", 2),
        _p("Målet är att nya invånare hittar rätt service. Dessutom är målet att barnfamiljerna får stöd."),
        _t("Tabell 3. Åtgärder för vardagen", ["Åtgärd", "Ansvar", "När"],
           [["Servicerådgivning i kundtjänsten", "stadskansliet", "2026"],
            ["Familjeträffar för barnfamiljerna", "familjecentret", "2027"],
            ["Öppen lekpark på lördagar", "fritidsenheten", "2028"]]),
    ])
    service, families = got.goals
    by_text = {_sq(m.text): m for m in got.measures}
    assert by_text["Servicerådgivning i kundtjänsten"].goal == service.id
    assert by_text["Familjeträffar för barnfamiljerna"].goal == families.id
    assert by_text["Öppen lekpark på lördagar"].goal == families.id


# ---- a follow-up table keyed 'Mål N' / 'Mål N / åtgärd K' -----------------------------------

def test_goal_item_reference_cells():
    assert goal_item_reference("Mål 2 / åtgärd 3") == ("2", 3)
    assert goal_item_reference("mål 1, åtgärd 2") == ("1", 2)
    assert goal_item_reference("Mål 2") is None
    rows = [["a", "Mål 1", "X"], ["b", "Mål 1 / åtgärd 2", "Y"]]
    assert goal_item_column(rows, {0: "indicator"}) == 1
    assert goal_item_column([["a", "Mål 1", "X"], ["b", "Mål 2", "Y"]], {0: "indicator"}) is None


def test_follow_up_table_naming_the_kth_action_under_a_goal():
    got = _classify([
        _h("3 Mål och åtgärder", 2),
        _h("3.1 Arbete", 3),
        _h("Mål 1: Fler invandrare får arbete", 4),
        _p("Åtgärder:"),
        _b("Jobbcoachning för nya invånare (ansvar: arbetskraftsservicen; tidtabell: 2026)",
           "Sommarjobb i staden (ansvar: personalenheten; tidtabell: varje sommar)"),
        _h("3.2 Språk", 3),
        _h("Mål 2: Alla lär sig svenska", 4),
        _p("Åtgärder:"),
        _b("Kvällskurser i svenska (ansvar: medborgarinstitutet; tidtabell: 2025)"),
        _h("4 Uppföljning", 2),
        _t("Uppföljningsmätare", ["Mätare", "Gäller", "Uppgiftslämnare"],
           [["Sysselsättningsgrad bland invandrare", "Mål 1", "Statistikcentralen"],
            ["Antal sommarjobbare", "Mål 1 / åtgärd 2", "Personalenheten"],
            ["Antal kursdeltagare", "Mål 2 / åtgärd 1", "Medborgarinstitutet"]]),
    ])
    jobs, swedish = got.goals
    by_text = {_sq(m.text): m.id for m in got.measures}
    meters = {_sq(i.text): (i.measure, i.goal) for i in got.indicators}
    assert meters == {"Sysselsättningsgrad bland invandrare": (None, jobs.id),
                      "Antal sommarjobbare": (by_text["Sommarjobb i staden"], jobs.id),
                      "Antal kursdeltagare": (by_text["Kvällskurser i svenska"], swedish.id)}


def test_known_doer_wrapped_below_its_item_after_a_dash_is_joined_back():
    from classifiers.elements import Element, _join_dash_tails

    els = [Element("bullet", "• Vi ordnar läxhjälp – biblioteket"),
           Element("bullet", "• Vi har tolk med på föräldramötena"),
           Element("bullet", "– skolorna och daghemmen"),
           Element("bullet", "• Vi ordnar simskola – fritidsenheten"),
           Element("bullet", "• Vi ordnar språkcafé – medborgarinstitutet")]
    got = _join_dash_tails(els)
    assert [e.text for e in got] == ["• Vi ordnar läxhjälp – biblioteket",
                                     "• Vi har tolk med på föräldramötena – skolorna och daghemmen",
                                     "• Vi ordnar simskola – fritidsenheten",
                                     "• Vi ordnar språkcafé – medborgarinstitutet"]

