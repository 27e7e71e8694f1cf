"""Conventions of the ninety-first blind set's Ramsö, Vikholma and Västerhamn programmes
(tests/data/blind_programs, README there), on made-up programmes: a heading that tells in
the past how something was done ('Så ordnade vi mottagandet', `headers._in_present`) is no
answer to 'Hur gör vi?' and announces no actions, so the past events listed under it leave
the programme's action sentences to be read."""

from blocks_doc import bullets as _b, classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers.headers import header_roles


def _squash(s):
    return " ".join(s.split())


def test_how_answer_in_the_past_names_no_role():
    assert header_roles("Så ordnade vi mottagandet 2015") == []
    assert header_roles("Så tog vi emot de första familjerna") == []
    # the present and the modals still answer the how-question
    assert header_roles("Så ordnar vi mottagandet") == ["measure"]
    assert header_roles("Så ska vi nå målet") == ["measure"]
    assert header_roles("Så här mäter vi") == ["indicator"]


def _past_reception_doc():
    return [
        _h("Integrationsplan 2025–2028", 1),
        _h("Så ordnade vi mottagandet 2015", 2),
        _p("När de första familjerna kom fanns ingen färdig modell. Detta fungerade bra:"),
        _b("kommunen hyrde snabbt tre lägenheter", "föreningarna samlade in möbler och kläder"),
        _h("Våra mål och vad vi gör", 2),
        _h("Språk", 3),
        _p("Språket är nyckeln till allt annat. Vårt mål är att alla vuxna nyinflyttade kan delta "
           "i en kurs i svenska."),
        _p("Vi ordnar en kvällskurs i svenska i samarbete med medborgarinstitutet från hösten 2025. "
           "Biblioteket startar en läsecirkel på lätt svenska under 2026."),
    ]


def test_past_events_under_a_past_how_heading_are_no_measures():
    x = _classify(_past_reception_doc())
    got = sorted(_squash(m.text) for m in x.measures)
    assert got == [
        "Biblioteket startar en läsecirkel på lätt svenska under 2026",
        "Vi ordnar en kvällskurs i svenska i samarbete med medborgarinstitutet från hösten 2025",
    ]


# ---- the owner named after a semicolon --------------------------------------------------

def test_owner_clause_after_semicolon_gives_the_responsible():
    from classifiers.prose_actions import prose_action

    a = prose_action("Vi ordnar en läxhjälp två kvällar i veckan; ansvaret ligger hos bildningsnämnden.")
    assert a is not None
    assert (a.text, a.responsible) == ("Vi ordnar en läxhjälp två kvällar i veckan", ["bildningsnämnden"])
    # the action named back as the passive's subject, its agent the doer and its time the schedule
    b = prose_action("Vi utbildar lärarna i svenska som andraspråk; kursen ordnas hösten 2026 av "
                     "medborgarinstitutet.")
    assert b is not None
    assert (b.text, b.responsible, b.schedule) == (
        "Vi utbildar lärarna i svenska som andraspråk", ["medborgarinstitutet"], "hösten 2026")
    # a clause that names no doer stays part of the sentence
    c = prose_action("Vi ordnar en kurs i svenska; den har varit populär.")
    assert c is not None and c.responsible == []


def test_opening_a_service_point_is_an_action_in_the_active_only():
    from classifiers.prose_actions import prose_action

    a = prose_action("Vi öppnar en rådgivningspunkt i stadshuset under 2026.")
    assert a is not None and a.schedule == "under 2026"
    # the s-form happens by itself
    assert prose_action("Simhallen öppnas igen efter renoveringen.") is None
