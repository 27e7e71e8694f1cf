"""Typical presentations of the seventh blind set (tests/data/blind_programs, blind40–42), on
made-up text: actions labelled 'Åtgärd N.N.' in paragraphs of their own with who and when in
trailing sentences; a goal known by its number stated as a sentence; a goal sentence whose
paragraph breaks off into a list finishing it; actions numbered '(1) ... (2) ...' inside a
sentence; the indicators a follow-up sentence names; a serial list of counts; indicator
cells whose lines stopped short; 'Som delmål ...'; a table of actions carried out before."""

from blocks_doc import bullets as _b, classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers.cells import split_indicator_cell
from classifiers.lead_phrase import labelled_action
from classifiers.prose import about_earlier_period, count_list, enumerated_actions, followed_up_by


def _t(columns, rows, caption=""):
    return {"type": "table", "caption": caption, "columns": columns, "rows": rows}


def _goals(x):
    return {g.id: g.text for g in x.goals}


# ---- 'Åtgärd 3.2. ...' paragraphs ----------------------------------------------------------

def test_a_paragraph_labelled_as_a_numbered_action_is_that_action_with_its_actors_and_time():
    x = _classify([
        _h("3 Boende", 1),
        _p("Målet är att alla nyinflyttade hittar en bostad inom tre månader."),
        _p("Åtgärd 3.1. En bostadsguide ges ut på fem språk. Bostadsbolaget ansvarar för åtgärden "
           "tillsammans med hyresgästföreningen och biblioteket. Åtgärden genomförs 2026."),
        _p("Åtgärd 3.2. Boenderådgivning erbjuds på tisdagar i servicepunkten. Ansvaret ligger hos "
           "socialsektorn. Åtgärden är fortlöpande."),
        _p("Åtgärd 3.3. En hyresgaranti införs för unga vuxna. Gruppen leds av stadskansliet i "
           "samarbete med Röda korset. Åtgärden inleds hösten 2027."),
        # a reference to an action in running text labels nothing
        _p("Åtgärd 3.1 genomfördes redan i fjol i grannkommunen."),
    ])
    goal = x.goals[0].id
    assert [(m.text, m.goal) for m in x.measures] == [
        ("En bostadsguide ges ut på fem språk", goal),
        ("Boenderådgivning erbjuds på tisdagar i servicepunkten", goal),
        ("En hyresgaranti införs för unga vuxna", goal)]
    assert [(m.responsible, m.partners, m.schedule) for m in x.measures] == [
        (["Bostadsbolaget"], ["hyresgästföreningen", "biblioteket"], "2026"),
        (["socialsektorn"], [], "fortlöpande"),
        (["stadskansliet"], ["Röda korset"], "hösten 2027")]


def test_labelled_action_reader():
    assert labelled_action("Åtgärd 2.4. Läxhjälp ordnas. Skolan ansvarar för åtgärden, som genomförs "
                           "2025–2026.") == ("2.4", "Läxhjälp ordnas", ["Skolan"], [], "2025–2026")
    assert labelled_action("Åtgärd 2.4 genomfördes 2023.") is None
    assert labelled_action("Åtgärderna beskrivs nedan.") is None


# ---- 'Målsättning 3 är att ...' ---------------------------------------------------------------

def test_a_goal_known_by_its_number_in_a_sentence_is_the_clause_after_att():
    x = _classify([
        _h("4 Fritid", 1),
        _p("Målsättning 3 är att alla barn har en hobby. Det här gör vi:"),
        _b("Idrottsföreningarna erbjuder gratis prova-på-kvällar."),
        # a goal without a number keeps its lead-in, as the corpus gold does
        _p("Målet är att föreningarna får nya medlemmar. Det här gör vi:"),
        _b("Föreningarna får ett bidrag för medlemsvärvning."),
    ])
    assert [g.text for g in x.goals] == ["alla barn har en hobby",
                                        "Målet är att föreningarna får nya medlemmar."]
    goals = _goals(x)
    assert [goals[m.goal] for m in x.measures] == ["alla barn har en hobby",
                                                   "Målet är att föreningarna får nya medlemmar."]


# ---- a paragraph breaking off into a list that finishes it ------------------------------------

def test_a_list_finishing_the_sentence_after_a_goal_gives_the_goals_actions():
    x = _classify([
        _h("2 Service", 1),
        _p("Vi vill att alla nya invånare hittar den service de behöver. Därför"),
        _b("ordnar servicepunkten rådgivning på arabiska (servicepunkten, 2026),",
           "skickas ett välkomstbrev till alla som flyttar hit (kansliet, fortlöpande) och",
           "utbildas personalen i klarspråk (personalenheten, 2027)."),
    ])
    goal = x.goals[0].id
    assert [(m.text, m.goal) for m in x.measures] == [
        ("ordnar servicepunkten rådgivning på arabiska", goal),
        ("skickas ett välkomstbrev till alla som flyttar hit", goal),
        ("utbildas personalen i klarspråk", goal)]
    assert [m.responsible for m in x.measures] == [["servicepunkten"], ["kansliet"], ["personalenheten"]]


def test_a_capitalised_list_after_a_paragraph_that_only_broke_off_is_no_list_of_actions():
    x = _classify([
        _h("1 Inledning", 1),
        _p("Målet med programmet är att staden blir mer jämlik. Temat för programmet Staden förebygger ojämlikhet"),
        _b("Jämlikhet mellan stadsdelar", "Ett aktivt liv"),
    ])
    assert x.measures == []


def test_a_goal_sentence_broken_off_over_its_list_is_no_intro_of_actions():
    x = _classify([
        _h("2 Service", 1),
        _p("Vi vill att servicen blir bättre. Ett annat mål är att"),
        _b("alla blanketter finns på lätt svenska.", "väntetiderna blir kortare."),
    ])
    assert x.measures == []


def test_ansvarig_for_atgarderna_ar_x_gives_the_list_its_responsible():
    x = _classify([
        _h("2 Språk", 1),
        _p("Vår målsättning är att alla vuxna kan studera svenska på orten. Det här gör vi:"),
        _b("Vi ordnar en kvällskurs i svenska.", "Vi startar en samtalsgrupp."),
        _p("Ansvarig för åtgärderna är bildningschefen i samarbete med medborgarinstitutet. "
           "Åtgärderna genomförs årligen."),
    ])
    assert [(m.responsible, m.partners) for m in x.measures] == [
        (["bildningschefen"], ["medborgarinstitutet"])] * 2


# ---- '(1) ... (2) ...' inside a sentence ------------------------------------------------------

def test_actions_numbered_inside_a_sentence_are_measures_of_the_goal():
    x = _classify([
        _h("5 Delaktighet", 1),
        _p("Vi strävar efter att varje ungdom känner sig hörd i kommunen. För att nå dit kommer staden "
           "att (1) inrätta ett ungdomsråd i samarbete med skolorna, (2) ordna en årlig ungdomsdag och "
           "(3) översätta beslutsinformationen till lätt svenska."),
    ])
    goal = x.goals[0].id
    assert [(m.text, m.goal, m.responsible) for m in x.measures] == [
        ("inrätta ett ungdomsråd i samarbete med skolorna", goal, ["staden"]),
        ("ordna en årlig ungdomsdag", goal, ["staden"]),
        ("översätta beslutsinformationen till lätt svenska", goal, ["staden"])]
    assert x.measures[0].partners == ["skolorna"]


def test_enumerated_actions_reader():
    assert enumerated_actions("Därför ska vi 1) ordna kurser och 2) anställa en koordinator.") == (
        None, ["ordna kurser", "anställa en koordinator"])
    # numbers that count nothing, or no intro of what is going to be done
    assert enumerated_actions("Lagen (1386/2010) anger (1) något och (2) annat.") is None
    assert enumerated_actions("Kommunen ordnar (2) kurser och (5) träffar.") is None


# ---- the indicators a follow-up sentence names ----------------------------------------------

def test_a_follow_up_sentence_names_indicators_of_the_theme_it_names():
    x = _classify([
        _h("Boende", 2),
        _p("Målet är att alla har en trygg bostad."),
        _h("Fritid", 2),
        _p("Målet är att alla barn har en hobby."),
        _h("Uppföljning", 1),
        _p("Boendet följs upp genom antalet bostadslösa och antalet vräkningar samt antalet "
           "hyresgarantier. För fritid följs andelen barn med en hobby."),
        # how the follow-up is done, not what it counts
        _p("Programmet följs upp med hjälp av indikatorerna i tabell 2."),
    ])
    goals = _goals(x)
    assert [(i.text, goals.get(i.goal), i.measure) for i in x.indicators] == [
        ("antalet bostadslösa och antalet vräkningar", "Målet är att alla har en trygg bostad.", None),
        ("antalet hyresgarantier", "Målet är att alla har en trygg bostad.", None),
        ("andelen barn med en hobby", "Målet är att alla barn har en hobby.", None)]


def test_follow_up_sentence_reader():
    assert followed_up_by("Utfallet följs upp med sysselsättningsgraden bland unga och antalet "
                          "praktikplatser.") == ("Utfallet", ["sysselsättningsgraden bland unga",
                                                              "antalet praktikplatser"])
    assert followed_up_by("Resultatet följs upp genom antalet deltagare och genom "
                          "Hälsoenkätens resultat.") == ("Resultatet", ["antalet deltagare",
                                                                         "Hälsoenkätens resultat"])
    assert followed_up_by("Målen följs upp med följande uppgifter:") is None
    assert followed_up_by("Programmet följs upp årligen.") is None
    assert followed_up_by("Arbetet följs upp genom årliga rapporter till nämnden.") is None
    assert followed_up_by("Under perioden följs programmet upp varje höst.") is None


# ---- a serial list of counts ------------------------------------------------------------------

def test_a_measure_field_listing_counts_gives_one_indicator_each():
    x = _classify([
        _h("3 Gemenskap", 1),
        _p("Målet är att grannarna lär känna varandra. Det här gör vi:"),
        _b("Vi ordnar gårdsfester (ansvar: bostadsbolaget).", "Vi startar en grannkör (ansvar: musikinstitutet)."),
        _p("Mätare: antal gårdsfester, antal deltagare i kören och antal nya grannkontakter."),
    ])
    assert [i.text for i in x.indicators] == ["antal gårdsfester", "antal deltagare i kören",
                                              "antal nya grannkontakter"]


def test_count_list_reader():
    assert count_list("antal kurser, antal deltagare och andelen kvinnor.") == [
        "antal kurser", "antal deltagare", "andelen kvinnor"]
    # a pair joined by 'och' alone may count one thing from two sides
    assert count_list("Antal träffar och antal anställningar som följt av dem") == [
        "Antal träffar och antal anställningar som följt av dem"]
    assert count_list("antal deltagare, varav kvinnor") == ["antal deltagare, varav kvinnor"]
    # counts joined by a comma alone label one indicator (no enumeration closed by 'och')
    assert count_list("Antal deltagare, antal odlingslotter") == ["Antal deltagare, antal odlingslotter"]


# ---- indicator cells whose lines stopped short ------------------------------------------------

def test_an_indicator_line_that_stopped_short_of_the_width_ends_its_item():
    cell = "Antal elever som\nfått ett betyg\nAndel nöjda\nföräldrar"
    assert split_indicator_cell(cell, True, 24) == ["Antal elever som\nfått ett betyg", "Andel nöjda\nföräldrar"]
    # not after a preposition ('i' / a place name), a comma, a capitalised word or a number
    # heading the item, and not without the column's width
    assert len(split_indicator_cell("Antal besök i\nStrandhamnen per år", True, 24)) == 1
    assert len(split_indicator_cell("Antal kurser (Kvarnen,\nVärnan)", True, 24)) == 1
    assert len(split_indicator_cell("Verksamhetsmodellen\nBuddy har spridits", True, 30)) == 1
    assert len(split_indicator_cell("10 mätare\nGenomförandegrad för planen", True, 40)) == 1
    assert len(split_indicator_cell(cell, True, None)) == 1


# ---- 'Som delmål ...' -------------------------------------------------------------------------

def test_som_delmal_states_a_sub_goal_of_the_goal_before_it():
    x = _classify([
        _h("4 Arbete", 1),
        _p("Målet är att fler unga vuxna får ett arbete. Som delmål eftersträvar vi att fler unga "
           "mammor börjar studera."),
    ])
    assert [(g.text, g.parent) for g in x.goals] == [
        ("Målet är att fler unga vuxna får ett arbete.", None),
        ("fler unga mammor börjar studera", x.goals[0].id)]


# ---- a table of actions carried out before ------------------------------------------------------

def test_a_heading_naming_its_actions_as_carried_out_reports_the_past():
    assert about_earlier_period("Tabell 2. Genomförda åtgärder 2019–2022")
    assert about_earlier_period("Förverkligade åtgärder")
    assert not about_earlier_period("Genomförande och uppföljning")
    x = _classify([
        _h("2 Förra perioden", 1),
        _h("Tabell 2. Genomförda åtgärder 2019–2022", 3),
        _b("2.1 En koordinator anställdes", "2.2 Svenskkurser ordnades"),
    ])
    assert x.measures == []
