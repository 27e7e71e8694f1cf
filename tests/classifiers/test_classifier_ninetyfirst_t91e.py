"""Ninety-first blind set (t91e), on made-up text: the municipality's aim stated with the
municipality's own name as its subject ('… Lillby strävar efter att X ska …'), read as the
municipality's own ('Kommunen strävar efter att …')."""

from blocks_doc import classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers.prose import as_own_municipality


def _sq(s):
    return " ".join((s or "").split())


def test_own_name_as_subject_reads_as_the_municipality():
    assert as_own_municipality("Lillby strävar efter att alla ska trivas.", "Lillby") == \
        "Kommunen strävar efter att alla ska trivas."
    assert as_own_municipality("Lillby kommun strävar efter att fler ska stanna.", "Lillby") == \
        "Kommunen strävar efter att fler ska stanna."
    # a vision opened by the name is left to the rules of wishes
    assert as_own_municipality("Lillby vill vara en kommun där alla trivs.", "Lillby").startswith("Lillby")
    # another name, the genitive, no name known: unchanged
    assert as_own_municipality("Storby strävar efter att alla ska trivas.", "Lillby").startswith("Storby")
    assert as_own_municipality("Lillbys skolor strävar efter att alla ska trivas.", "Lillby").startswith("Lillbys")
    assert as_own_municipality("Lillby strävar efter att alla ska trivas.", None).startswith("Lillby")


def test_aim_with_the_own_name_as_subject_after_background_is_a_goal():
    got = _classify([
        _h("Integrationsprogram för Lillby kommun 2026–2029", level=1),
        _p("Lillby kommun är en liten kommun vid kusten."),
        _h("Boende", level=2),
        _p("Många nya invånare bor först i hyresbostäder i centrum. "
           "Lillby strävar efter att nya invånare ska hitta en trygg bostad i byarna."),
        _p("Vi ordnar under 2026 en bostadsdag för nya invånare."),
    ])
    assert got.program.municipality == "Lillby"
    assert any("ska hitta en trygg bostad" in _sq(g.text) for g in got.goals)


# --- 'Ansvaret [för Z] ligger hos X.' after the action sentences of its paragraph ----------------

def test_paragraph_owner_sentence_forms():
    from classifiers.shared_owner import paragraph_owner

    assert paragraph_owner("Ansvaret ligger hos fritidsnämnden.") == (["fritidsnämnden"], False)
    assert paragraph_owner("Ansvaret för kartläggningen ligger hos tekniska nämnden.") == (["tekniska nämnden"], True)
    assert paragraph_owner("Ansvaret för mässan och kursen ligger hos näringslivsenheten.") == (
        ["näringslivsenheten"], False)
    # the counted form is shared_owner's; other sentences are none
    assert paragraph_owner("Ansvaret för båda åtgärderna ligger hos bildningsnämnden.") is None
    assert paragraph_owner("Kommunen ansvarar för skolan.") is None


def test_responsibility_sentence_gives_its_paragraphs_municipality_actions_their_responsible():
    got = _classify([
        _h("Integrationsprogram för Lillby kommun 2026–2029", level=1),
        _h("Fritid", level=2),
        _p("Målet är att nya invånare ska delta i föreningslivet lika ofta som andra."),
        _p("Kommunen erbjuder nya invånare ett gratis kort till badhuset under det första året. "
           "Ansvaret ligger hos kultur- och fritidsnämnden."),
        _h("Boende", level=2),
        _p("Målet är att nya invånare ska hitta en bostad inom ett halvår."),
        _p("Bostadsbolaget ordnar en bostadsdag varje höst. Under 2027 kartlägger vi tomma hus i byarna. "
           "Ansvaret för kartläggningen ligger hos tekniska nämnden."),
    ])
    by_text = {_sq(m.text): m for m in got.measures}
    card = next(m for t, m in by_text.items() if "badhuset" in t)
    assert card.responsible == ["kultur- och fritidsnämnden"]
    survey = next(m for t, m in by_text.items() if "tomma hus" in t)
    assert survey.responsible == ["tekniska nämnden"]
    day = next(m for t, m in by_text.items() if "bostadsdag" in t)
    assert day.responsible == ["Bostadsbolaget"]
