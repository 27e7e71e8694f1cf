"""A doer said once for the whole programme ('X ansvarar för de åtgärder som nämns i detta
program, om inte annat anges vid åtgärden') is the responsible of every action after it in
the document that names no doer of its own -- also numbered action paragraphs ('2.1 …')
under later chapters. Made-up programmes."""

from blocks_doc import classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers.section_responsibility import default_responsible


def test_the_programmes_actions_named_with_a_where_clause():
    assert default_responsible(
        "Fritidssekreteraren ansvarar för de åtgärder som nämns i detta program, "
        "om inte annat anges vid åtgärden.") == "Fritidssekreteraren"
    assert default_responsible("Kansliet ansvarar för åtgärderna i programmet om inget annat sägs.") == "Kansliet"
    # a sentence about costs or times gives no doer
    assert default_responsible("Åtgärderna genomförs under hela perioden om inte annat anges.") is None


def test_the_doer_holds_for_numbered_actions_in_later_chapters():
    got = {m.text: m.responsible for m in _classify([
        _h("Program för integration", 1),
        _h("1. Inledning", 1),
        _p("Fritidssekreteraren ansvarar för de åtgärder som nämns i detta program, om inte annat anges vid åtgärden."),
        _h("2. Mål och åtgärder", 1),
        _h("Mål 1 – Fritid", 2),
        _p("Alla barn i kommunen har möjlighet till en hobby."),
        _p("1.1 Simskola ordnas för nyinflyttade barn varje sommar. Tidtabell: 2026."),
        _p("1.2 Biblioteket ordnar läxhjälp två gånger i veckan. Ansvar: biblioteket."),
        _p("Indikator: antal barn i simskolan"),
    ]).measures}
    assert got == {
        "1.1 Simskola ordnas för nyinflyttade barn varje sommar.": ["Fritidssekreteraren"],
        "1.2 Biblioteket ordnar läxhjälp två gånger i veckan.": ["biblioteket"],
    }
