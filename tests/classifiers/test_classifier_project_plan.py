"""A programme laid out as a project plan (made up): work packages 'Arbetspaket N: <title>'
with a 'Delmål:' paragraph and a task table 'Nr | Uppgift | Ansvarig part | Period' under a
caption naming the package ('Uppgifter i arbetspaket 1'), set larger than the package's own
heading; a deliverables table whose meters name the task by its code ('Leverans | Mätare |
Uppgift'); a follow-up sentence naming a rate ('Därtill följs ... sysselsättningsgraden ...')."""

from blocks_doc import classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers import read_headings, read_tables
from classifiers.prose import followed_up_by


def _t(columns, rows, caption=None):
    return {"type": "table", "caption": caption, "columns": columns, "rows": rows}


def _plan(package_level=3, caption_level=4):
    return [
        _h("Integrationsprogram 2026–2029 – projektplan", 1),
        _h("Arbetspaket 1: Mottagning", package_level),
        _p("Delmål: Varje nyinflyttad får en introduktion inom sex veckor."),
        _h("Uppgifter i arbetspaket 1", caption_level),
        _t(["Nr", "Uppgift", "Ansvarig part", "Period"], [
            ["T1.1", "Ta fram ett välkomstpaket på sex språk", "Kommunikationsenheten", "2026"],
            ["T1.2", "Införa introduktionssamtal för nya invånare", "Integrationskoordinatorn", "2026–2029"],
        ]),
        _h("Arbetspaket 2: Arbete", package_level),
        _p("Delmål: Fler inflyttade får arbete som motsvarar deras kompetens."),
        _h("Uppgifter i arbetspaket 2", caption_level),
        _t(["Nr", "Uppgift", "Ansvarig part", "Period"], [
            ["T2.1", "Ordna rekryteringsträffar mellan företag och arbetssökande", "Näringslivsenheten", "2027"],
            ["T2.2", "Erbjuda mentorskap med pensionerade yrkespersoner", "Integrationskoordinatorn", "2027–2029"],
        ]),
        _h("Leveranser och mätare", 2),
        _t(["Leverans", "Beskrivning", "Mätare", "Uppgift"], [
            ["D1", "Välkomstpaket publicerat", "Antal nedladdningar av välkomstpaketet", "T1.1"],
            ["D2", "Samtal genomförda", "Andel nya invånare som fått introduktionssamtal", "T1.2"],
            ["D3", "Träffar ordnade", "Antal anställningar efter träffarna", "T2.1"],
        ]),
    ]


def test_meters_naming_a_coded_task_are_that_tasks(monkeypatch):
    out = _classify(_plan())
    texts = {m.id: " ".join(m.text.split()) for m in out.measures}
    links = {" ".join(i.text.split()): texts.get(i.measure) for i in out.indicators}
    assert links["Antal nedladdningar av välkomstpaketet"] == "Ta fram ett välkomstpaket på sex språk"
    assert links["Antal anställningar efter träffarna"] == "Ordna rekryteringsträffar mellan företag och arbetssökande"
    monkeypatch.setattr(read_tables, "code_reference_column", lambda rows, roles, coded, labelled=frozenset(): None)
    out = _classify(_plan())
    assert not any(i.measure for i in out.indicators)


def test_caption_naming_its_own_package_stays_inside_it(monkeypatch):
    # the caption set larger than the package heading (a level above it)
    out = _classify(_plan(package_level=4, caption_level=3))
    goals = {g.id: g.text for g in out.goals}
    by_text = {" ".join(m.text.split()): m for m in out.measures}
    assert "introduktion" in goals[by_text["Ta fram ett välkomstpaket på sex språk"].goal]
    assert "arbete" in goals[by_text["Erbjuda mentorskap med pensionerade yrkespersoner"].goal]
    monkeypatch.setattr(read_headings.HeadingReader, "_names_own_part",
                        staticmethod(lambda el, nxt, top: False))
    out = _classify(_plan(package_level=4, caption_level=3))
    assert not any(m.goal for m in out.measures if "välkomstpaket" in m.text)


def test_follow_up_sentence_naming_a_rate():
    assert followed_up_by("Därtill följs det övergripande målet med sysselsättningsgraden bland "
                          "invånare med främmande språk (2023: 61 %).") == (
        "det övergripande målet", ["sysselsättningsgraden bland invånare med främmande språk"])
    assert followed_up_by("Utöver detta följs sysselsättningsgraden bland invånare med främmande "
                          "modersmål årligen.") == (
        "Utöver detta", ["sysselsättningsgraden bland invånare med främmande modersmål"])
    assert followed_up_by("Utöver detta följs arbetet av styrgruppen.") is None


def test_a_population_rate_is_no_actions_meter():
    from classifiers.prose import is_population_rate
    assert is_population_rate("sysselsättningsgraden bland invånare med främmande modersmål")
    assert not is_population_rate("antal deltagare i kursen")
    assert not is_population_rate("andelen elever som fortsätter till andra stadiet")
