"""Conventions of the eighth blind set (tests/data/blind_programs, blind43-48) that koto read
wrong: a dash tail whose fields follow each other after commas, an actor named with the year it
takes over, an agency by its initials after a comma, a care service as an actor, ...
Made-up text, other wordings than the blind set's."""

from classifiers.actors import split_actors, trailing_actors
from classifiers.text import squash


# ---- actors -------------------------------------------------------------------------

def test_dash_tail_fields_after_commas_are_fields_of_their_own():
    # '– ansvarig: X, tidtabell: Y': the schedule is no actor
    assert trailing_actors("Språkcafé i biblioteket – ansvarig: kulturchefen, tidtabell: våren 2026.") == (
        ["kulturchefen"], [], "våren 2026")
    resp, partners, when = trailing_actors(
        "Simskola för vuxna – ansvarig: idrottsbyrån i samarbete med Simklubben Vågen, tidsplan: varje sommar.")
    assert (resp, partners) == (["idrottsbyrån"], ["Simklubben Vågen"]) and when == "varje sommar"
    # a comma before no label stays inside the field
    assert trailing_actors("Läxhjälp – ansvarig: skolan, Röda Korset.")[0] == ["skolan", "Röda Korset"]


def test_the_year_an_actor_takes_over_is_no_part_of_its_name():
    assert split_actors("Arbetskraftsbyrån, från 2027 regionens sysselsättningsenhet")[0] == [
        "Arbetskraftsbyrån", "regionens sysselsättningsenhet"]


def test_an_agency_by_its_initials_after_a_comma_is_an_actor_of_its_own():
    assert split_actors("Storby kommun, FPA")[0] == ["Storby kommun", "FPA"]
    # a unit named in a word of its own stays the town's
    assert split_actors("Storby stad, fritidsenheten")[0] == ["Storby stad, fritidsenheten"]


def test_a_care_service_in_an_actor_parenthesis_is_an_actor():
    assert trailing_actors("Tolk vid föräldramöten (Storby skola, äldreomsorgen).")[0] == [
        "Storby skola", "äldreomsorgen"]


# ---- indicators named in a sentence under a goal given as a field ----------------------

def test_som_matare_anvands_names_the_indicators():
    from classifiers.prose import followed_up_by
    assert followed_up_by("Som indikatorer används andelen nöjda familjer och antalet hembesök.") == (
        "", ["andelen nöjda familjer", "antalet hembesök"])


def test_indicator_sentence_after_a_goal_field_and_its_actions_is_read():
    # 'Mål 3: ...' given as a field makes the section's prose background; the sentence that
    # names what the goal is followed up by is structure even so
    from blocks_doc import bullets as _b, classify_blocks as _classify, heading as _h, paragraph as _p
    r = _classify([
        _h("4 Insatser", 1), _h("4.3 Fritid", 2),
        _p("Mål 3: Alla barn har en meningsfull fritid."),
        _p("För detta mål har styrgruppen valt följande åtgärder:"),
        _b("Simskola för barn ordnas varje sommar – ansvarig: idrottsbyrån, tidtabell: 2025.",
           "Ett öppet hus för föreningar ordnas varje vår – ansvarig: kulturbyrån, tidtabell: årligen."),
        _p("Som mätare används antalet barn i simskolan och antalet besökare på öppet hus."),
        _h("5 Styrgrupp", 1), _p("Styrgruppen träffas två gånger per år."),
    ])
    (goal,) = r.goals
    assert [(i.text, i.goal, i.measure) for i in r.indicators] == [
        ("antalet barn i simskolan", goal.id, None), ("antalet besökare på öppet hus", goal.id, None)]
    assert [m.responsible for m in r.measures] == [["idrottsbyrån"], ["kulturbyrån"]]


# ---- a vision beside the goals --------------------------------------------------------

def test_a_vision_under_a_goals_heading_is_no_goal():
    from blocks_doc import classify_blocks as _classify, heading as _h, paragraph as _p
    r = _classify([
        _h("2 Vision och mål", 1),
        _p("Vår vision är en kommun där ingen står utanför."),
        _p("Alla vuxna invandrare har ett arbete eller studerar."),
        _p("Barnen klarar skolan lika bra som sina klasskamrater."),
    ])
    assert [g.text.rstrip(".") for g in r.goals] == ["Alla vuxna invandrare har ett arbete eller studerar",
                                         "Barnen klarar skolan lika bra som sina klasskamrater"]


# ---- a table continued under its theme caption marked '(forts.)' ---------------------------

def test_table_continued_under_a_theme_caption_marked_forts_keeps_the_goal_above():
    from blocks_doc import classify_blocks as _classify, heading as _h, paragraph as _p
    cols = ["Delmål", "Åtgärd", "Ansvar", "Tidtabell"]

    def table(rows, caption):
        return {"type": "table", "caption": caption, "columns": cols, "rows": rows}
    x = _classify([
        _h("3 Åtgärdsplan", 1),
        table([["Alla nyanlända får en hälsogranskning", "Hälsogranskning inom två månader", "Välfärdsområdet", "2026"],
               ["Familjer känner till rådgivningen", "Rådgivningen presenteras i välkomstträffarna", "Rådgivningen", "2027"]],
              "Hälsa och omsorg"),
        table([["", "Broschyr om rådgivningen på fem språk", "Rådgivningen", "2026"]], "Hälsa och omsorg (forts.)"),
        _h("4 Uppföljning", 1), _p("Styrgruppen följer upp programmet."),
    ])
    goals = {g.id: g for g in x.goals}
    assert squash(goals[x.measures[-1].goal].text) == "Familjer känner till rådgivningen"
    assert [squash(g.text) for g in x.goals] == ["Alla nyanlända får en hälsogranskning", "Familjer känner till rådgivningen"]


# ---- a wish in the introduction ----------------------------------------------------------

def _wish_programme(intro_heading):
    from blocks_doc import bullets as _b, heading as _h, paragraph as _p
    return [
        _h(intro_heading, 1),
        _p("Programmet gäller åren 2026–2029. Staden vill att alla som flyttar hit ska trivas och få ett arbete."),
        _h("2 Arbete", 1),
        _p("Vi vill att fler invandrare får arbete hos lokala företag. Därför ska vi:"),
        _b("ordna en rekryteringsdag varje vår", "erbjuda praktikplatser i stadens kök"),
    ]


def test_a_wish_in_the_introduction_is_the_programmes_intent_no_goal():
    from blocks_doc import classify_blocks as _classify
    goals = [squash(g.text) for g in _classify(_wish_programme("1 Inledning")).goals]
    assert goals == ["Vi vill att fler invandrare får arbete hos lokala företag."]
    # the same wish under a chapter of its own is a goal
    goals = [squash(g.text) for g in _classify(_wish_programme("1 Arbetsliv")).goals]
    assert goals[0].startswith("Staden vill att alla")


# ---- a lower-case time under a whole time starts a row -----------------------------------

def test_a_time_under_a_whole_time_is_a_new_rows_schedule():
    from blocks_doc import classify_blocks as _classify, heading as _h
    from classifiers.elements import _continues_row
    above = ["Simskola för barn ordnas.", "Idrottsbyrån", "årligen", "Antal barn i simskolan."]
    assert not _continues_row(["Läxhjälp ordnas i biblioteket.", "Biblioteket", "hösten 2026", ""], above)
    # a time broken at a preposition goes on in the row below
    assert _continues_row(["", "", "hösten 2026", ""], ["Simskola.", "Idrottsbyrån", "från", ""])
    x = _classify([
        _h("3 Barn och unga", 1),
        {"type": "table", "caption": "Tabell 2. Barn och unga", "columns": ["Åtgärd", "Ansvarig", "Tidtabell", "Uppföljning"],
         "rows": [above, ["Läxhjälp ordnas i biblioteket.", "Biblioteket", "hösten 2026", ""]]},
    ])
    assert [squash(m.text) for m in x.measures] == ["Simskola för barn ordnas.", "Läxhjälp ordnas i biblioteket."]


# ---- a region's name broken after its compass point --------------------------------------

def test_a_cell_line_ending_on_a_compass_point_goes_on_with_the_name():
    from classifiers.text import is_wrap
    assert is_wrap("med FPA och Södra", "Karelens välfärdsområde")
    assert split_actors("Fritidsbyrån tillsammans\nmed FPA och Södra\nKarelens välfärdsområde") == (
        ["Fritidsbyrån"], ["FPA", "Södra Karelens välfärdsområde"])


# ---- a heading marked '(forts.)' goes on with its section ---------------------------------

def test_a_heading_marked_forts_states_no_goal_of_its_own():
    from blocks_doc import classify_blocks as _classify, heading as _h, paragraph as _p
    x = _classify([
        _h("3 Åtgärdsplan", 1),
        _h("Boende och service", 2),
        _p("3.1 En bostadsguide på fem språk delas ut till nya invånare."),
        _p("Ansvarig: Bostadsbolaget. Tidtabell: 2026. Delmål: Nya invånare hittar en bostad."),
        _p("3.2 Bostadsrådgivning ordnas en gång i veckan."),
        _p("Ansvarig: Socialbyrån. Tidtabell: Fortlöpande."),
        _h("Boende och service (forts.)", 2),
        _p("3.3 Hyresvärdarna får information om tolkning."),
        _p("Ansvarig: Bostadsbolaget. Tidtabell: 2027."),
        _h("4 Uppföljning", 1), _p("Styrgruppen följer upp programmet."),
    ])
    (goal,) = x.goals
    assert squash(goal.text).rstrip(".") == "Nya invånare hittar en bostad"
    assert [m.goal for m in x.measures] == [goal.id] * 3


# ---- a goal field between an action's fields is the action's --------------------------

def test_a_goal_field_followed_by_the_records_indicator_is_the_records_own():
    from blocks_doc import classify_blocks as _classify, heading as _h, paragraph as _p
    x = _classify([
        _h("3 Åtgärdsplan", 1),
        _h("Arbete", 2),
        _p("3.1 Företagen får en guide om rekrytering av utländsk arbetskraft."),
        _p("Ansvarig: Näringslivsbyrån. Tidtabell: 2026."),
        _p("Delmål: Fler företag anställer invandrare."),
        _p("Mätare: Antal utdelade guider."),
        _p("3.2 En rekryteringsmässa ordnas varje höst."),
        _p("Ansvarig: Näringslivsbyrån. Tidtabell: Årligen."),
        _p("Mätare: Antal besökare på mässan."),
        _h("4 Uppföljning", 1), _p("Styrgruppen följer upp programmet."),
    ])
    (goal,) = x.goals
    assert [m.goal for m in x.measures] == [goal.id, goal.id]
    assert [(squash(i.text), i.measure) for i in x.indicators] == [
        ("Antal utdelade guider.", x.measures[0].id), ("Antal besökare på mässan.", x.measures[1].id)]
