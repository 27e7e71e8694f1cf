from classifiers.model import Goal, Indicator, Measure, ProgramExtraction, ProgramMeta
from classifiers.scoring import MATCH_THRESHOLD, score, similarity


def _px(goals=(), measures=(), indicators=()):
    return ProgramExtraction(program=ProgramMeta(), goals=list(goals), measures=list(measures), indicators=list(indicators))


def test_similarity_ignores_bullets_numbering_case_whitespace():
    assert similarity("• 1.1 Stödmöjligheter för\narbetsträning.", "stödmöjligheter för  arbetsträning") == 1.0
    assert similarity("Anonym rekrytering", "Anonym rekrytring") >= MATCH_THRESHOLD  # OCR slip
    # a fragment of a longer item is not a match (token_set would call it one)
    assert similarity("Jämlika möjligheter", "Alla har jämlika och tillgängliga möjligheter till utbildning") < MATCH_THRESHOLD


def test_perfect_and_partial_scores():
    gold = _px(
        goals=[Goal(id="g1", text="Synligt kunnande"), Goal(id="g2", text="Främjande av mångfald i arbetslivet")],
        measures=[
            Measure(id="m1", text="CV-klinik för grupper", goal="g1", goals=["g1"], responsible=["Sysselsättningsservicen"]),
            Measure(id="m2", text="Anonym rekrytering", goal="g2", goals=["g2"], responsible=["HR-enheten"]),
        ],
        indicators=[Indicator(id="i1", text="Antalet anonyma rekryteringar", measure="m2", goal="g2")],
    )
    s = score(gold, gold)
    assert s.goals.f1 == s.measures.f1 == s.indicators.f1 == 1.0
    assert s.measure_goal.accuracy == s.indicator_measure.accuracy == s.responsible.accuracy == 1.0

    pred = _px(
        goals=[Goal(id="a", text="synligt kunnande."), Goal(id="b", text="Något helt annat mål")],
        measures=[
            Measure(id="x", text="• CV-klinik för grupper", goal="a", goals=["a"], responsible=["sysselsättningsservicen"]),
            Measure(id="y", text="Anonym rekrytering", goal="a", goals=["a"], responsible=["Hr-enheten", "Alma"]),
            Measure(id="z", text="Extra åtgärd", goal=None),
        ],
        indicators=[Indicator(id="k", text="Antalet anonyma rekryteringar", measure="x")],
    )
    s = score(pred, gold)
    assert (s.goals.tp, s.goals.precision, s.goals.recall) == (1, 0.5, 0.5)
    assert s.measures.tp == 2 and abs(s.measures.precision - 2 / 3) < 1e-9 and s.measures.recall == 1.0
    assert s.measure_goal.correct == 1 and s.measure_goal.total == 2  # y linked to the wrong goal
    assert s.indicator_measure.correct == 0  # k points at x, gold at m2
    assert s.responsible.correct == 1 and s.responsible.total == 2  # case folded; an extra name is wrong
    d = s.diff_text()
    assert "missing: Främjande av mångfald i arbetslivet" in d and "extra:   Extra åtgärd" in d


def test_list_gold_goals_accept_any_member():
    gold = _px(goals=[Goal(id="g1", text="Första målet här"), Goal(id="g2", text="Andra målet här")],
               measures=[Measure(id="m1", text="En åtgärd", goal="g1", goals=["g1", "g2"])])
    pred = _px(goals=[Goal(id="a", text="Första målet här"), Goal(id="b", text="Andra målet här")],
               measures=[Measure(id="x", text="En åtgärd", goal="b", goals=["b"])])
    assert score(pred, gold).measure_goal.accuracy == 1.0


def test_one_to_one_matching():
    gold = _px(measures=[Measure(id="m1", text="Guide för boende")])
    pred = _px(measures=[Measure(id="a", text="Guide för boende"), Measure(id="b", text="Guide för boende")])
    s = score(pred, gold)
    assert s.measures.tp == 1 and s.measures.precision == 0.5


def test_goal_themes_are_scored_on_matched_goals_whose_gold_names_one():
    gold = _px(goals=[Goal(id="g1", text="Fler i arbete", theme="Arbete och företagande"),
                      Goal(id="g2", text="Alla barn går i förskola", theme="Utbildning"),
                      Goal(id="g3", text="Trygga bostadsområden", theme=None)])
    pred = _px(goals=[Goal(id="a", text="Fler i arbete", theme="arbete och  företagande"),
                      Goal(id="b", text="Alla barn går i förskola", theme="Tabell 3. Utbildning"),
                      Goal(id="c", text="Trygga bostadsområden", theme="Boende")])
    t = score(pred, gold).goal_theme
    assert (t.correct, t.total) == (1, 2)  # case and spacing aside; no gold theme, no count
    assert t.errors == ["g2: 'Tabell 3. Utbildning' vs gold 'Utbildning'"]


def test_a_gold_text_with_its_tail_matches_a_measure_by_its_printed_form():
    # writers who keep the tail in the measure text and writers who cut it both find the
    # measure: koto's text is the action, its printed form the item with the tail
    pred = _px(measures=[Measure(id="m1", text="Språkcafé på biblioteket varannan vecka",
                                 printed="Språkcafé på biblioteket varannan vecka (biblioteket, från hösten 2025)")])
    kept = _px(measures=[Measure(id="k1", text="Språkcafé på biblioteket varannan vecka (biblioteket, från hösten 2025)")])
    cut = _px(measures=[Measure(id="c1", text="Språkcafé på biblioteket varannan vecka")])
    assert score(pred, kept).measures.pairs == [("m1", "k1", 1.0)]
    assert score(pred, cut).measures.pairs == [("m1", "c1", 1.0)]
    # without the printed form the tail alone keeps them apart
    bare = _px(measures=[Measure(id="m1", text="Språkcafé på biblioteket varannan vecka")])
    assert score(bare, kept).measures.tp == 0


def test_a_gold_actor_kept_as_the_short_form_printed_matches_an_actor_spelled_out_from_a_legend():
    # one writer records what the legend spells out, another the short form printed: koto
    # names the actor as the legend does and keeps the short form in printed_actors
    pred = _px(measures=[Measure(id="m1", text="Kartläggning av kompetens", responsible=["arbetskraftsservicen"],
                                 printed_actors={"arbetskraftsservicen": "AKS"})])
    short = _px(measures=[Measure(id="s1", text="Kartläggning av kompetens", responsible=["AKS"])])
    spelled = _px(measures=[Measure(id="l1", text="Kartläggning av kompetens", responsible=["arbetskraftsservicen"])])
    other = _px(measures=[Measure(id="o1", text="Kartläggning av kompetens", responsible=["IT"])])
    assert (score(pred, short).responsible.correct, score(pred, spelled).responsible.correct) == (1, 1)
    assert score(pred, other).responsible.correct == 0
    # without the printed form the short form is another name
    bare = _px(measures=[Measure(id="m1", text="Kartläggning av kompetens", responsible=["arbetskraftsservicen"])])
    assert score(bare, short).responsible.correct == 0
