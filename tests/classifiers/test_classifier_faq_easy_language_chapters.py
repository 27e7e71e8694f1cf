"""A chapter of readers' questions and answers ('Frågor och svar', 'Vanliga frågor') and a
programme told again 'på lätt svenska' (the Finland-Swedish name of the easy-to-read register)
add no goal, action or indicator: the answers and the plain-language sentences restate the
programme or say where to turn. An action given in easy language ('Introduktion på lätt
svenska') stays an action. Made-up text."""

from blocks_doc import classify_blocks as _classify, heading as _h, paragraph as _p, bullets as _b

from classifiers.titled_items import answers_readers_questions, restates_programme


def _programme(*tail):
    return _classify([
        _h("3 Mål och åtgärder", 1),
        _h("3.1 Arbete", 2),
        _p("Mål: Fler nyinflyttade får ett arbete som motsvarar deras utbildning."),
        _h("Åtgärder", 3),
        _b("Arbetsplatskurser i svenska ordnas varje termin", "Mentorer för högutbildade nyinflyttade"),
        *tail,
    ])


def _goal_texts(x):
    return [g.text.rstrip(".") for g in x.goals]


def test_answers_in_a_questions_and_answers_chapter_state_no_goal():
    x = _programme(
        _h("6 Frågor och svar", 1),
        _h("Kan jag få en tolk?", 3),
        _p("Ja. Tolken bokas av den som du har ett ärende hos."),
        _h("Måste jag gå en kurs i svenska?", 3),
        _p("Du väljer själv om du vill gå en kurs. Kurserna är gratis."),
    )
    assert _goal_texts(x) == ["Fler nyinflyttade får ett arbete som motsvarar deras utbildning"]
    assert len(x.measures) == 2


def test_the_programme_told_again_in_lätt_svenska_adds_no_goals():
    x = _programme(
        _h("Programmet på lätt svenska", 1),
        _h("Vad vill kommunen göra?", 3),
        _b("Du kan lära dig svenska på jobbet.", "Din familj kan få hjälp att hitta en bostad."),
    )
    assert _goal_texts(x) == ["Fler nyinflyttade får ett arbete som motsvarar deras utbildning"]
    assert len(x.measures) == 2


def test_headings_read_as_questions_answered_or_easy_language_versions():
    assert answers_readers_questions("7. Frågor och svar om programmet")
    assert answers_readers_questions("Vanliga frågor") and answers_readers_questions("Usein kysytyt kysymykset")
    assert not answers_readers_questions("Vad vill vi uppnå?")
    assert restates_programme("Integrationsprogrammet på lätt svenska")
    assert restates_programme("Sammanfattning på lätt språk")
    # an action given in easy language is no restatement of the programme
    assert not restates_programme("Åtgärd 3. Arbetsplatsintroduktion på lätt svenska och engelska")


def test_a_programme_written_as_questions_and_answers_keeps_its_answer_goals():
    # titled 'Frågor och svar om …' from its first heading: no goal was stated before the
    # questions, the answers to a resident's question state them (`resident_questions`)
    x = _classify([
        _h("Frågor och svar om integrationen i Norrby", 1),
        _h("3 Vardag", 2),
        _h("3.1 Hur hittar jag en bostad?", 3),
        _p("Nyinflyttade hittar en trygg bostad och vet hur boendet fungerar."),
        _p("Hyresbostäderna är få, och kön till de stora lägenheterna är lång."),
        {"type": "table", "caption": "", "columns": ["Vad gör vi?", "Vem?", "När?"],
         "rows": [["Boendeskola för nya hyresgäster", "Bostadsbolaget", "2026"]]},
    ])
    assert _goal_texts(x) == ["Nyinflyttade hittar en trygg bostad och vet hur boendet fungerar"]
    assert [m.text for m in x.measures] == ["Boendeskola för nya hyresgäster"]
