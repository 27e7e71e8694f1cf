"""Conventions of the ninetieth blind set's Klippnäs programme (tests/data/blind_programs, README
there), on made-up programmes: meters set as sentences of their own after a follow-up phrase,
and a wish in a chapter describing the present situation."""

from blocks_doc import bullets as _b, classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers.read_paragraphs import _PRESENT_STATE_RE, _measured_sentence


def _norm(s):
    return " ".join(s.split()).rstrip(".")


def _plan(follow_up, state_heading="2 Exempelby i dag"):
    return [
        _h("1 Inledning", 1),
        _p("Programmet gäller åren 2025–2028."),
        _h(state_heading, 1),
        _p("Exempelby har många små föreningar. Grannarna känner varandra väl. Kommunen vill bygga vidare på det."),
        _h("3 Mål och åtgärder", 1),
        _h("Tema 1: Arbete", 2),
        _p("Målsättning: Fler invandrare har ett arbete som motsvarar deras utbildning."),
        _p("Så här gör vi:"),
        _b("Vi ordnar en rekryteringsdag varje vår (ansvar: näringslivsenheten; 2026).",
           "Vi erbjuder praktikplatser i kommunens kök (ansvar: kostenheten; fortlöpande)."),
        _p(follow_up),
    ]


def test_meters_set_as_sentences_after_a_follow_up_phrase_are_each_a_meter_of_the_goal():
    x = _classify(_plan("Så här följer vi upp: Antal besökare på rekryteringsdagen. "
                        "Sysselsättningsgraden bland invandrare. Nätverkets träffar per år."))
    assert sorted(_norm(i.text) for i in x.indicators) == sorted([
        "Antal besökare på rekryteringsdagen", "Sysselsättningsgraden bland invandrare", "Nätverkets träffar per år"])
    goal = next(g.id for g in x.goals if g.text.startswith("Fler invandrare"))
    assert all(i.measure is None and i.goal == goal for i in x.indicators)


def test_a_sentence_saying_how_the_follow_up_is_done_keeps_the_value_whole():
    # (one sentence of the value names no thing measured: no meters are split out of it)
    x = _classify(_plan("Så här följer vi upp: Antal besökare på rekryteringsdagen. "
                        "Arbetsgruppen rapporterar till kommunstyrelsen."))
    assert "Arbetsgruppen rapporterar till kommunstyrelsen" not in {_norm(i.text) for i in x.indicators}


def test_a_measured_sentence_is_a_quantity_a_rate_or_a_count_per_unit():
    assert _measured_sentence("Andel nya invånare som deltagit i välkomstsamtal.")
    assert _measured_sentence("Utbildningsnivån bland invandrare")
    assert _measured_sentence("Rådets möten per år")
    # (how often something is done, with its figure, is no meter; nor is a sentence of doing)
    assert not _measured_sentence("Rådet träffas fyra gånger per år")
    assert not _measured_sentence("Gruppen rapporterar årligen")


def test_a_wish_in_a_chapter_describing_the_present_situation_is_no_goal():
    goals = [_norm(g.text) for g in _classify(_plan("Så här följer vi upp: Antal besökare.")).goals]
    assert goals == ["Fler invandrare har ett arbete som motsvarar deras utbildning"]
    for heading in ("Nuläge", "2 Utgångsläget", "Integrationen idag", "Nykytila"):
        assert _PRESENT_STATE_RE.match(heading.lstrip("2 ")), heading
    # (a chapter of goals that names the present beside them is no description alone)
    assert not _PRESENT_STATE_RE.match("Nuläge och mål")
    # the same wish under a chapter of its own is a goal
    goals = [_norm(g.text) for g in _classify(_plan("Så här följer vi upp: Antal besökare.", "2 Föreningslivet")).goals]
    assert "Kommunen vill bygga vidare på det" in goals
