"""Conventions of the sixth blind set (tests/data/blind_programs, blind32/34/35), on made-up
text: measures printed as the deepest headings of a decimal outline, each with a description
and a pipe-separated fact line; a summary table that names the actions by number only; goals
asked as yes-or-no questions, 'Vi ska ...' sentences and target sentences; a responsibility
table by chapter; roadmap tables of goals by year. (blind31/33/36:
test_classifier_sixth_conventions.py)"""

from blocks_doc import classify_blocks as _classify, heading as _h, paragraph as _p


def _t(columns, rows, caption=""):
    return {"type": "table", "caption": caption, "columns": columns, "rows": rows}


# ---- measures as level-3 headings with a fact line ------------------------------------------

def _outline():
    return [
        _h("3 Bakgrund", 1),
        # a numbered heading over prose only: no action
        _h("3.1 Befolkningen växer", 2),
        _p("Antalet invånare med främmande modersmål har fördubblats på tio år."),
        _h("5 Hälsa och boende", 1),
        _h("5.1 Nyinflyttade familjer trivs i sina bostadsområden", 2),
        _h("5.1.1 Grannskapsvärdar i hyreshusen", 3),
        _p("Värdarna hälsar nya hyresgäster välkomna och berättar om husets regler."),
        _p("Ansvar: Bostadsbolaget Hemmet | Samarbete: Röda korset, hyresgästföreningen | "
           "Tid: 2025–2026 | Mätare: antal hembesök"),
        _h("5.1.2 Sommarläger för barn i förorterna", 3),
        _p("Lägren ordnas på stadens lägergård."),
        _p("Ansvar: Ungdomstjänsterna | Tid: somrarna 2025–2027"),
        _h("5.2 Hälsotjänsterna når alla nya invånare", 2),
        _h("5.2.1 Hälsokontroll på invandrarens eget språk", 3),
        _p("Kontrollen görs inom tre månader efter flytten."),
        _p("Ansvar: Välfärdsområdets hälsovård i samarbete med tolkcentralen | Tid: fortlöpande | "
           "Mätare: andel nyinflyttade som fått en kontroll"),
        _h("6 Sammandrag", 1),
        _t(["Tema", "Mål", "Åtgärder"],
           [["Hälsa och boende", "Nyinflyttade familjer trivs i sina bostadsområden", "5.1.1–5.1.2"],
            ["Hälsa och boende", "Hälsotjänsterna når alla nya invånare", "5.2.1"]],
           caption="Tabell 3. Målen i sammandrag"),
    ]


def test_numbered_headings_with_a_fact_line_are_measures_of_the_goal_heading_above():
    x = _classify(_outline())
    assert [m.text.split(" ", 1)[1] if m.text[0].isdigit() else m.text for m in x.measures] == [
        "Grannskapsvärdar i hyreshusen", "Sommarläger för barn i förorterna",
        "Hälsokontroll på invandrarens eget språk"]
    goals = {g.id: g.text for g in x.goals}
    assert [goals[m.goal] for m in x.measures] == [
        "Nyinflyttade familjer trivs i sina bostadsområden", "Nyinflyttade familjer trivs i sina bostadsområden",
        "Hälsotjänsterna når alla nya invånare"]
    assert [m.responsible for m in x.measures] == [
        ["Bostadsbolaget Hemmet"], ["Ungdomstjänsterna"], ["Välfärdsområdets hälsovård"]]
    assert [m.schedule for m in x.measures] == ["2025–2026", "somrarna 2025–2027", "fortlöpande"]
    assert {i.text: i.measure for i in x.indicators} == {
        "antal hembesök": x.measures[0].id,
        "andel nyinflyttade som fått en kontroll": x.measures[2].id}
    # the description is no part of the measure
    assert not any("Värdarna" in m.text for m in x.measures)


def test_a_fact_line_without_a_field_leaves_it_empty_not_the_card_above():
    x = _classify(_outline())
    assert [m.partners for m in x.measures] == [
        ["Röda korset", "hyresgästföreningen"], [], ["tolkcentralen"]]


def test_a_summary_naming_the_actions_by_number_adds_no_measure():
    x = _classify(_outline())
    assert len(x.measures) == 3
    assert not any(any(ch.isdigit() for ch in m.text) and not any(ch.isalpha() for ch in m.text)
                   for m in x.measures)
    assert sorted(g.text for g in x.goals) == ["Hälsotjänsterna når alla nya invånare",
                                               "Nyinflyttade familjer trivs i sina bostadsområden"]


def test_a_numbered_heading_over_prose_and_a_follow_up_line_is_no_action():
    x = _classify([
        _h("4 Uppföljning", 1),
        _h("4.1 Rapportering till nämnden", 2),
        _p("Nämnden får en rapport varje höst."),
        _p("Mätare: antal rapporter"),
    ])
    assert x.measures == []


# ---- goals asked as yes-or-no questions, 'Vi ska ...' measures, target sentences --------------

def _questions():
    return [
        _h("Inledning", 1),
        # a vision in the writers' voice, before any goal: no measure
        _p("Vi ska alla trivas i Lappfors. Programmet är skrivet för invånarna."),
        _h("1 Bakgrund", 1),
        # a question asking for content, and a past-tense account under it
        _h("1.2 Hur gick det förra gången?", 2),
        _p("Vi skulle starta en läxhjälp i varje skola, men den startades bara i två."),
        _h("2 Unga vuxna", 1),
        _h("Hittar unga vuxna en studieplats efter grundskolan?", 2),
        _p("Många unga saknar en studieplats. Vi ska under 2025 anordna en studiemässa på flera språk. "
           "Vi ska skicka ett brev om ansökan till alla familjer från och med våren 2026."),
        _h("Hur vet vi att det går bra?", 3),
        _p("Andelen unga vuxna med en studieplats stiger från 64 % (2024) till 75 % (2028). "
           "Antalet besökare på mässan är minst 200 per år."),
        _h("3 Äldre", 1),
        _h("Trivs de äldre i sina bostadsområden?", 2),
        _p("Vi ska samla de äldres synpunkter i en enkät."),
        # a question that nothing answers
        _h("Behövs ett nytt program efter 2028?", 2),
        _p("Frågan avgörs av fullmäktige."),
        _h("4 Ansvar", 1),
        _t(["Målgrupp", "Ansvarig", "Samarbetsparter"],
           [["Unga vuxna", "Bildningssektorn", "Yrkesinstitutet"],
            ["Äldre", "Välfärdsområdet", "Pensionärsföreningen"]], caption="Tabell 4. Ansvar"),
    ]


def test_yes_or_no_question_headings_are_goals_of_the_we_will_sentences_under_them():
    x = _classify(_questions())
    goals = {g.id: g.text for g in x.goals}
    assert sorted(goals.values()) == ["Hittar unga vuxna en studieplats efter grundskolan?",
                                      "Trivs de äldre i sina bostadsområden?"]
    assert [(m.printed, goals[m.goal]) for m in x.measures] == [
        ("Vi ska under 2025 anordna en studiemässa på flera språk",
         "Hittar unga vuxna en studieplats efter grundskolan?"),
        ("Vi ska skicka ett brev om ansökan till alla familjer från och med våren 2026",
         "Hittar unga vuxna en studieplats efter grundskolan?"),
        ("Vi ska samla de äldres synpunkter i en enkät", "Trivs de äldre i sina bostadsområden?"),
    ]
    assert x.measures[1].schedule == "från och med våren 2026"
    # the action part of each commitment, the writers ('Vi') kept apart, without the dated
    # time closing it (its schedule; fifty-sixth set, `prose_actions.who_when_tail`)
    assert [m.text for m in x.measures] == ["anordna en studiemässa på flera språk",
                                            "skicka ett brev om ansökan till alla familjer",
                                            "samla de äldres synpunkter i en enkät"]


def test_target_sentences_are_indicators_of_the_question_goal():
    x = _classify(_questions())
    goals = {g.id: g.text for g in x.goals}
    assert [(i.text, goals[i.goal], i.measure) for i in x.indicators] == [
        ("Andelen unga vuxna med en studieplats stiger från 64 % (2024) till 75 % (2028)",
         "Hittar unga vuxna en studieplats efter grundskolan?", None),
        ("Antalet besökare på mässan är minst 200 per år",
         "Hittar unga vuxna en studieplats efter grundskolan?", None),
    ]


def test_a_responsibility_table_by_chapter_gives_the_chapter_measures_their_actors():
    x = _classify(_questions())
    assert [m.responsible for m in x.measures] == [["Bildningssektorn"], ["Bildningssektorn"], ["Välfärdsområdet"]]
    assert [m.partners for m in x.measures] == [["Yrkesinstitutet"], ["Yrkesinstitutet"], ["Pensionärsföreningen"]]


def test_question_and_target_readers():
    from classifiers.prose import asks_yes_or_no, states_target
    from classifiers.prose_actions import prose_action
    assert asks_yes_or_no("Når servicen även de äldsta invånarna?")  # 'Når', not 'När'
    assert asks_yes_or_no("Får familjerna stöd när det känns svårt?")  # 'när' inside: a conjunction
    assert not asks_yes_or_no("Integration – vad är det?")
    assert not asks_yes_or_no("3.2 Varför behövs programmet?")
    assert states_target("Arbetslösheten sjunker från 20 % till 15 % före 2027.")
    assert not states_target("Andelen har ökat från 9 procent 2016 till 14 procent 2021.")
    assert not states_target("Andelen steg från 9 procent till 14 procent.")  # past tense
    assert prose_action("Vi ska kartlägga behoven hösten 2025.") is not None
    assert prose_action("Vi ska vara en öppen kommun.") is None
    assert prose_action("Vi ska inte höja avgifterna.") is None
    assert prose_action("Vi skulle ordna en fest.") is None


# ---- roadmap tables: goals as rows, years as columns ------------------------------------------

def test_a_roadmap_table_reads_each_year_cell_as_an_action_starting_that_year():
    x = _classify([
        _h("1 Bakgrund", 1),
        # figures by year: no goal column, no words in the year cells
        _t(["Språk", "2021", "2023"], [["Ryska", "1 200", "1 350"], ["Arabiska", "800", "910"]],
           caption="Tabell 1. Invånare efter språk"),
        _h("2 Vägen framåt", 1),
        _h("2.1 Boende", 2),
        _t(["Mål", "2026", "2027", "2028"],
           [["Nyinflyttade hittar en bostad inom ett halvår",
             "Bostadsrådgivning på arabiska och ryska (Bostadsbyrån)", "→",
             "Hyresgästkurs i samband med kontraktet (Stadens bostäder i samarbete med Hyresgästföreningen)"],
            ["Grannarna känner varandra", "", "Gårdsfester i hyreshusen (Esbo och Grankulla föreningsområde)", ""]],
           caption="Plan för boendet"),
    ])
    goals = {g.id: g.text for g in x.goals}
    assert sorted(goals.values()) == ["Grannarna känner varandra", "Nyinflyttade hittar en bostad inom ett halvår"]
    assert [(m.text, goals[m.goal], m.schedule) for m in x.measures] == [
        ("Bostadsrådgivning på arabiska och ryska", "Nyinflyttade hittar en bostad inom ett halvår", "2026"),
        ("Hyresgästkurs i samband med kontraktet", "Nyinflyttade hittar en bostad inom ett halvår", "2028"),
        ("Gårdsfester i hyreshusen", "Grannarna känner varandra", "2027"),
    ]
    assert [(m.responsible, m.partners) for m in x.measures] == [
        (["Bostadsbyrån"], []), (["Stadens bostäder"], ["Hyresgästföreningen"]),
        (["Esbo och Grankulla föreningsområde"], [])]


def test_two_places_sharing_a_joint_bodys_head_noun_are_one_actor():
    from classifiers.actors import split_actors
    assert split_actors("Vanda och Kervo välfärdsområde") == (["Vanda och Kervo välfärdsområde"], [])
    # a whole town's head noun, or a definite noun first: two actors
    assert split_actors("Folkhälsan och Borgå stad") == (["Folkhälsan", "Borgå stad"], [])
    assert split_actors("Staden och Kervo välfärdsområde") == (["Staden", "Kervo välfärdsområde"], [])
    assert split_actors("Borgå och Lovisa") == (["Borgå", "Lovisa"], [])
