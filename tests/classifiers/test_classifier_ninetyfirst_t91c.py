"""Conventions of the ninety-first blind set's question-and-answer programme (tests/data/
blind_programs, README there), on made-up programmes: under the question 'Vad vill vi uppnå?'
a paragraph stating its goals by sentence ('Vårt mål är att …', 'Vi vill också att …') gives
those goals, not its opening sentence; a question heading asking for the actions ('Vad gör
kommunen konkret?') over a paragraph makes each action sentence of it a measure; a question
asking why names no role; and a follow-up sentence names quantities asked as indirect
questions ('hur många …'), meters as the subject complement ('Mätare är …') and keeps a
source clause (', enligt enkäten X') with its quantity."""

from blocks_doc import classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers.headers import header_roles
from classifiers.prose import followed_up_by


def _squash(s):
    return " ".join(s.split()).rstrip(".")


def _qa_doc():
    return [
        _h("Frågor och svar om integrationen i Grönby", 1),
        _h("Tema 1: Språk", 2),
        _h("Vad vill kommunen uppnå?", 3),
        _p("Språket öppnar dörren till arbete och vänner. Vårt mål är att alla vuxna nyinflyttade "
           "kan gå en kurs i svenska. Vi vill också att barnen ska klara skolan på svenska."),
        _h("Vad gör kommunen konkret?", 3),
        _p("Arbetarinstitutet ordnar kvällskurser i svenska från hösten 2025. Biblioteket startar "
           "en samtalsgrupp under 2026."),
        _h("Vem ansvarar?", 3),
        _p("Bildningsnämnden ansvarar för kurserna."),
        _h("Andra frågor", 2),
        _h("Varför finns det inget mål om trafiken?", 3),
        _p("Trafiken togs upp vid mötena. Den behandlas i trafikplanen."),
    ]


def test_goal_question_answered_by_goal_sentences_gives_those_goals():
    x = _classify(_qa_doc())
    assert sorted(_squash(g.text) for g in x.goals) == [
        "Vi vill också att barnen ska klara skolan på svenska",
        "Vårt mål är att alla vuxna nyinflyttade kan gå en kurs i svenska",
    ]


def test_question_asking_for_the_actions_reads_each_action_sentence():
    x = _classify(_qa_doc())
    got = sorted(_squash(m.text) for m in x.measures)
    assert got == [
        "Arbetarinstitutet ordnar kvällskurser i svenska från hösten 2025",
        "Biblioteket startar en samtalsgrupp under 2026",
    ]
    # the question's words after 'kommunen' name no doer of its own
    assert all("konkret" not in " ".join(m.responsible) for m in x.measures)


def test_why_question_names_no_role():
    assert header_roles("Varför finns det inget mål om boende?") == []
    assert header_roles("Varför är målet viktigt?") == []
    assert header_roles("Vad vill vi uppnå?") == ["goal"]


def test_follow_up_names_asked_quantities_meter_complements_and_keeps_sources():
    assert followed_up_by("Vi följer antalet kursdeltagare och hur många av eleverna som byter "
                          "till allmän undervisning.")[1] == [
        "antalet kursdeltagare", "hur många av eleverna som byter till allmän undervisning"]
    assert followed_up_by("Vi följer hur många möten rådet har haft och hur stor andel av "
                          "lärarna som har gått kursen.")[1] == [
        "hur många möten rådet har haft", "hur stor andel av lärarna som har gått kursen"]
    assert followed_up_by("Mätare är antalet praktikanter och sysselsättningsgraden bland "
                          "invandrare.")[1] == ["antalet praktikanter", "sysselsättningsgraden bland invandrare"]
    assert followed_up_by("Vi följer andelen unga som har en hobby, enligt skolenkäten.")[1] == [
        "andelen unga som har en hobby, enligt skolenkäten"]
    # a share of those just counted, named back by a pronoun, is part of the same figure
    assert followed_up_by("Vi följer antalet deltagare i kursen och hur många av dem som får arbete.")[1] == [
        "antalet deltagare i kursen och hur många av dem som får arbete"]
