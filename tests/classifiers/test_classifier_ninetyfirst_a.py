"""Ninety-first blind set (blind541–blind543) conventions, on made-up text: the municipality's
aim stated after a sentence of background ('… Kommunen strävar efter att X ska …'); a
paragraph naming its statements principles in the plural ('Dessa principer gäller …'); a list
whose intro names the other plans themselves ('… tillsammans med följande planer:')."""

from blocks_doc import bullets as _b, classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers.other_plans import placed_in_other_plans
from classifiers.prose import intro_kind, is_goal_sentence


def _sq(s):
    return " ".join((s or "").split())


# --- 'Kommunen strävar efter att X ska …' after a sentence of background -----------------------

def test_municipality_striving_for_a_state_after_background_is_a_goal():
    s = "Kommunen strävar efter att varje nyinflyttad familj ska få ett hembesök under det första året."
    assert is_goal_sentence(s, opens_paragraph=False)
    # an effort said with a bare verb or a passive describes how the work is done
    assert not is_goal_sentence("Staden strävar efter att ge information på båda språken.", opens_paragraph=False)
    assert not is_goal_sentence("Staden strävar efter att invandrare betjänas i de ordinarie tjänsterna.",
                                opens_paragraph=False)


def test_striving_sentence_after_background_in_a_theme_section_gives_the_goal():
    got = _classify([
        _h("Integrationsprogram för Lillby 2026–2029", level=1),
        _h("Boende", level=2),
        _p("Många nya invånare bor först i hyresbostäder i centrum. "
           "Kommunen strävar efter att nya invånare ska hitta en trygg bostad i byarna."),
        _p("Kommunens bostadsbolag ordnar under 2026 en bostadsdag för nya invånare."),
    ])
    assert any("ska hitta en trygg bostad" in _sq(g.text) for g in got.goals)


# --- 'Dessa principer gäller …': the sentences before are principles ----------------------------

def test_a_paragraph_naming_its_statements_principles_in_the_plural_states_no_goal():
    got = _classify([
        _h("Mål"),
        _b("Fler inflyttade hittar ett arbete i Lillby"),
        _h("Varför ett program?"),
        _p("Kommunen strävar efter att alla invånare ska ha samma möjligheter i arbetslivet. "
           "Dessa principer gäller alla kommunens verksamheter."),
    ])
    assert not any("samma möjligheter" in _sq(g.text) for g in got.goals)


# --- a list naming the other plans themselves -----------------------------------------------------

def test_intro_naming_the_following_plans_introduces_no_actions():
    intro = "Programmet ska läsas tillsammans med följande planer, som innehåller mål och åtgärder för alla invånare:"
    assert placed_in_other_plans(intro)
    assert intro_kind(intro) == "background"
    assert placed_in_other_plans("Programmet kompletterar följande program och styrdokument:")
    # the next programme, singular, and an intro of own actions are not
    assert not placed_in_other_plans("Erfarenheterna används när det följande programmet bereds:")
    assert not placed_in_other_plans("Kommunen genomför följande åtgärder:")


def test_bullets_naming_the_plans_are_no_measures():
    got = _classify([
        _h("Integrationsprogram för Lillby 2026–2029", level=1),
        _h("Andra planer", level=2),
        _p("Programmet ska läsas tillsammans med följande planer, som innehåller mål och åtgärder för alla invånare:"),
        _b("Välfärdsplanen 2025–2028", "Plan för småbarnspedagogik", "Bostadsprogrammet 2024–2030"),
    ])
    assert not any("plan" in _sq(m.text).lower() for m in got.measures)
