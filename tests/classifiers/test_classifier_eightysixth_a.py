"""Eighty-sixth blind set, reader a (blind511, blind516) conventions, on made-up text:

- goals labelled 'Mål N.N: …' under each department's heading of a chapter named by the
  departments' goals and actions ('3 Enheternas mål och åtgärder'), with no lead-in over them;
- a task the next sentence sets outside the programme ('De beskrivs inte närmare här,
  eftersom de bereds som separata dokument.');
- actions listed after a letter code ('S1 …') that a follow-up table names by that code."""

from blocks_doc import bullets as _b, classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers.denied_actions import disowns_sentence_before


def _table(caption: str, columns: list[str], rows: list[list[str]]) -> dict:
    return {"type": "table", "caption": caption, "columns": columns, "rows": rows}


# ---- 'Mål 2.1: …' under a department of '3 Enheternas mål och åtgärder' ----

def _departments(chapter: str = "3 Enheternas mål och åtgärder") -> list[dict]:
    cols = ["Mål", "Åtgärd", "Ansvarig", "Tidtabell"]
    return [
        _h("1 Inledning", 2),
        _p("Programmet gäller åren 2025–2028. Varje enhet har egna mål."),
        _h(chapter, 2),
        _h("3.1 Skolenheten", 3),
        _p("Skolenheten svarar för den grundläggande utbildningen och gymnasiet."),
        _b("Mål 1.1: Alla elever med främmande modersmål får stöd i studierna",
           "Mål 1.2: Fler unga med invandrarbakgrund fortsätter till andra stadiet"),
        _table("Åtgärder inom skolenheten", cols, [
            ["1.1", "Läxhjälp ordnas i alla skolor", "Skolorna", "2025"],
            ["1.2", "Studiehandledning på modersmålet utökas", "Elevhälsan", "2026"]]),
        _h("3.2 Fritidsenheten", 3),
        _p("Fritidsenheten svarar för idrotten, ungdomsarbetet och biblioteket."),
        _b("Mål 2.1: Barn och unga med invandrarbakgrund deltar i fritidsverksamheten"),
        _table("Åtgärder inom fritidsenheten", cols, [
            ["2.1", "Prova-på-dagar ordnas för nyinflyttade familjer", "Idrottsbyrån", "2025–2028"]]),
        _h("4 Uppföljning", 2),
        _p("Programmet följs upp årligen av ledningsgruppen."),
    ]


def test_labelled_goals_under_departments_of_a_goals_and_actions_chapter():
    ex = _classify(_departments())
    assert [g.text for g in ex.goals] == [
        "Alla elever med främmande modersmål får stöd i studierna",
        "Fler unga med invandrarbakgrund fortsätter till andra stadiet",
        "Barn och unga med invandrarbakgrund deltar i fritidsverksamheten",
    ]
    by_id = {g.id: g.text for g in ex.goals}
    assert [(m.text.replace("\n", " "), by_id.get(m.goal)) for m in ex.measures] == [
        ("Läxhjälp ordnas i alla skolor", "Alla elever med främmande modersmål får stöd i studierna"),
        ("Studiehandledning på modersmålet utökas",
         "Fler unga med invandrarbakgrund fortsätter till andra stadiet"),
        ("Prova-på-dagar ordnas för nyinflyttade familjer",
         "Barn och unga med invandrarbakgrund deltar i fritidsverksamheten"),
    ]


# ---- 'De beskrivs inte närmare här, eftersom de bereds som separata dokument.' ----

def test_sentence_setting_the_task_before_it_apart():
    assert disowns_sentence_before(
        "De beskrivs inte närmare här, eftersom de bereds av kansliet som separata dokument.")
    assert disowns_sentence_before("Den ingår inte i detta program.")
    assert disowns_sentence_before("Dessa uppgifter ingår i välfärdsområdets egen plan.")
    assert disowns_sentence_before("Det tas inte upp här.")
    # a sentence saying how the task is done, or opening with no pointer back, sets nothing apart
    assert not disowns_sentence_before("De genomförs i samarbete med skolorna.")
    assert not disowns_sentence_before("Det ordnas i en egen lokal.")
    assert not disowns_sentence_before("Kommunen beskriver inte här alla tjänster.")


def _coordination(second: str) -> list[dict]:
    return [
        _h("1 Inledning", 2),
        _p("Programmet gäller åren 2025–2028."),
        _h("2 Åtgärder", 2),
        _h("2.1 Mottagande", 3),
        _p("Kommunen ordnar en välkomstträff för nyinflyttade varje höst."),
        _h("2.2 Samordning", 3),
        _p("Under programperioden ska kommunen dessutom bereda en ny språkpolicy. " + second),
        _h("3 Uppföljning", 2),
        _p("Programmet följs upp årligen av ledningsgruppen."),
    ]


def test_task_set_apart_by_the_next_sentence_is_no_measure():
    texts = [m.text for m in _classify(_coordination(
        "Den beskrivs inte närmare här, eftersom den bereds som ett separat dokument.")).measures]
    assert not any("språkpolicy" in t for t in texts), texts
    # (the same task followed by how it is done stays the section's action)
    texts = [m.text for m in _classify(_coordination(
        "Den bereds av kommunkansliet tillsammans med nämnderna.")).measures]
    assert any("språkpolicy" in t for t in texts), texts


# ---- 'S1 <action> (ansvar: X, 2026)' named 'S1' by the follow-up table ----

def test_letter_coded_actions_are_named_by_their_code_in_a_follow_up_table():
    blocks = [
        _h("1 Inledning", 2),
        _p("Programmet gäller åren 2025–2028."),
        _h("2 Språk", 2),
        _p("Målsättning: Målet är att alla vuxna nyinflyttade lär sig svenska."),
        _p("Åtgärder:"),
        _b("S1 Kvällskurser i svenska ordnas i alla byar (ansvar: medborgarinstitutet, 2025)",
           "S2 Språkcaféet på biblioteket fortsätter (ansvar: biblioteket, fortlöpande)"),
        _h("3 Arbete", 2),
        _p("Målsättning: Målet är att fler nyinflyttade får arbete."),
        _p("Åtgärder:"),
        _b("A1 Arbetsgivare får stöd för att anställa nyinflyttade (ansvar: näringslivsenheten, 2026)",
           "A2 Kommunen tar emot praktikanter (ansvar: personalenheten, årligen)"),
        _h("4 Uppföljning", 2),
        _table("Tabell 1. Indikatorer", ["Åtgärd", "Indikator", "Rapporteras"], [
            ["S1", "Andelen deltagare som når nivå A2", "Årligen"],
            ["A1", "Antalet nyanställda", "Årligen"]]),
    ]
    ex = _classify(blocks)
    by_id = {m.id: m.text for m in ex.measures}
    assert [(i.text.replace("\n", " "), by_id.get(i.measure, "")[:2]) for i in ex.indicators] == [
        ("Andelen deltagare som når nivå A2", "S1"),
        ("Antalet nyanställda", "A1"),
    ]
