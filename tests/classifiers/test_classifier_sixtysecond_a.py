"""Sixty-second blind set, reader a (blind367, blind368, blind369) conventions, on made-up text:

- theme sections asking three questions in body type over their parts -- 'Vad vill vi uppnå?'
  over the goal's paragraph, 'Hur gör vi det?' over the numbered actions, 'Hur vet vi att vi
  lyckas?' over a sentence naming the meters."""

from blocks_doc import bullets as _b, classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers.reader_shared import bare_goal_label


# ---- the goal's question as a run-in heading in body type: 'Vad vill vi uppnå?' ----

def test_goal_question_is_a_bare_goal_label():
    assert bare_goal_label("Vad vill vi uppnå?")
    assert bare_goal_label("Vart vill vi?")
    assert bare_goal_label("Sektorns mål")
    # questions about the work, about knowing, or asked of the reader label no goal
    assert not bare_goal_label("Hur gör vi det?")
    assert not bare_goal_label("Hur vet vi att vi lyckas?")
    assert not bare_goal_label("Hur länge har du bott i kommunen?")


def _question_sections(goal_q: str = "Vad vill vi uppnå?", how_q: str = "Hur gör vi det?") -> list[dict]:
    return [
        _h("1 Inledning", 2),
        _p("Programmet gäller åren 2025–2028 och har två delområden."),
        _h("2 Delområden", 2),
        _h("2.1 Hälsa och motion", 3),
        _p(goal_q),
        _p("Alla nyinflyttade vuxna rör på sig minst en gång i veckan. Motion ger både hälsa och nya vänner."),
        _p(how_q),
        _b("1) Gratis simhallskort för nyinflyttade (ansvar: Idrottsbyrån; tid: från mars 2025)",
           "2) Promenadgrupper på lätt svenska (ansvar: Hälsovårdsenheten; tid: varje vår)"),
        _h("2.2 Kultur", 3),
        _p(goal_q),
        _p("Nya invånare besöker kommunens kulturhus. Kulturen förenar."),
        _p(how_q),
        _b("3) Kulturkväll med tolk två gånger per termin (ansvar: Kulturbyrån; tid: 2025–2028)"),
        _h("3 Genomförande", 2),
        _p("Ledningsgruppen rapporterar årligen till nämnden."),
    ]


def test_question_labels_in_body_type_head_goal_and_actions():
    for goal_q in ("Vad vill vi uppnå?", "Vad vill vi nå?", "Vart vill vi?"):
        ex = _classify(_question_sections(goal_q))
        assert [(g.text, g.theme) for g in ex.goals] == [
            ("Alla nyinflyttade vuxna rör på sig minst en gång i veckan", "Hälsa och motion"),
            ("Nya invånare besöker kommunens kulturhus", "Kultur"),
        ], goal_q
        by_id = {g.id: g.text for g in ex.goals}
        assert [(by_id.get(m.goal), m.responsible) for m in ex.measures] == [
            ("Alla nyinflyttade vuxna rör på sig minst en gång i veckan", ["Idrottsbyrån"]),
            ("Alla nyinflyttade vuxna rör på sig minst en gång i veckan", ["Hälsovårdsenheten"]),
            ("Nya invånare besöker kommunens kulturhus", ["Kulturbyrån"]),
        ], goal_q
