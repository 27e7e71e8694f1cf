import pytest

from classifiers.prose import goal_sentences, heading_kind, intro_kind, is_goal_heading, is_goal_sentence


@pytest.mark.parametrize("sentence", [
    "Målet är att erbjuda alla likvärdig hälsovård.",
    "Målet med programmet är att främja sysselsättningen.",
    "Ett av målen för främjandet av integration är att invandrarna ska lära sig finska eller svenska.",
    "I Borgå är målet att uppmana myndigheter att använda tolkar.",
    "För Borgå stad är det ett viktigt mål att delta i användningen av plattformen.",
    "Ett mål är även att öka personalens kompetens.",
    "Helsingfors mål är att förebygga ojämlikhet.",
    "Målsättningen är en jämlik tillgång till tjänster.",
])
def test_goal_sentences(sentence):
    assert is_goal_sentence(sentence)


@pytest.mark.parametrize("sentence", [
    "I Vasa har vi som mål att växa.",  # someone's aim, not a stated goal
    "Målet är jämlikhet.",  # no content clause
    "Arbetslivscoachingen är en tjänst, vars mål är att snabbare hitta sysselsättning.",
    "Detta mål stöds av de lättillgängliga tjänsterna.",
    "Invandrarkommittén följer upp målen årligen.",
])
def test_not_goal_sentences(sentence):
    assert not is_goal_sentence(sentence)


def test_goal_sentences_in_paragraph():
    p = ("År 2021 startade staden en grupp. Målet för gruppen är att stärka delaktigheten och förebygga "
         "utslagning. Gruppverksamheten omfattar t.ex. hälsoskogsverksamhet.")
    assert goal_sentences(p) == ["Målet för gruppen är att stärka delaktigheten och förebygga utslagning."]


def test_headings():
    assert heading_kind("Strategins målsättningar") == "goal"
    assert heading_kind("Åtgärder") == "measure"
    assert heading_kind("Mål och uppföljning för åren 2022–2024") is None  # mixed
    assert heading_kind("10. Helheten för systematiska lösningar på utmaningen") is None
    assert is_goal_heading("Mål 1: Stärka delaktigheten")
    assert not is_goal_heading("Målgrupper")
    assert intro_kind("Under perioden genomförs följande åtgärder:") == "measure"
    assert intro_kind("Vi har följande utvecklingsområden:") == "measure"
    assert intro_kind("Programmet har fyra teman:") is None


@pytest.mark.parametrize("sentence", [
    # what the text does, not a goal of the work it plans
    "Målet med planen är att beskriva hur förvaltningarna samarbetar kring nyinflyttade.",
    "Målet med det här kapitlet är att kort redogöra för läget i regionen.",
    "Målsättningen är att ge en bild av hur tjänsterna är ordnade i dag.",
    "I dokumentet är målet att sammanfatta de viktigaste siffrorna.",
])
def test_statements_about_the_text_are_no_goals(sentence):
    assert not is_goal_sentence(sentence)


def test_a_goal_that_describes_is_still_read_when_its_verb_acts():
    assert is_goal_sentence("Målet med planen är att förbättra hur förvaltningarna beskriver sina tjänster.")


def test_heading_denying_its_action_noun_announces_no_actions():
    # 'Pågående tjänster (hör inte till åtgärdsplanen)': the action noun is named only to be
    # denied, as a list's lead-in denies it (`denied_actions`); its list is no actions
    from classifiers.prose import heading_kind

    assert heading_kind("2.3 Pågående tjänster (hör inte till åtgärdsplanen)") is None
    assert heading_kind("Stödtjänster som inte ingår i insatserna") is None
    assert heading_kind("2.3 Åtgärder för unga") == "measure"
