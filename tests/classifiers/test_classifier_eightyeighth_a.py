"""Eighty-eighth blind set, reader t88a (blind525) conventions, on made-up text:

- a follow-up phrase run in before a sentence of its own ('Så här följer vi upp: Vi följer
  andelen X och antalet Y. Uppgifterna …'): the sentence names the figures followed, read as
  it is read standing alone (`read_paragraphs.ParagraphReader._followed_up`);
- actions printed one sentence a paragraph over their own field lines ('<action>.' / 'Ansvarig:
  X' / 'Samarbete: Y' / 'Tidtabell: T'), between run-in target-group lines: once one such
  action was read by its verb, the others are actions whatever their verb, and the lines under
  the doer's line are the same action's fields (`read_paragraphs._action_then_owner_field`)."""

from blocks_doc import classify_blocks as _classify, heading as _h, paragraph as _p


def _table(cols: list[str], rows: list[list[str]]) -> dict:
    return {"type": "table", "columns": cols, "rows": rows}


def _programme(follow_up: str) -> list[dict]:
    return [
        _h("1 Bakgrund", 2),
        _p("Exby stad har 20 000 invånare, av dem 1 400 med främmande modersmål."),
        _h("3 Mål och åtgärder", 2),
        _h("3.1 Arbete", 3),
        _p("Vi vill att fler invandrare i Exby har arbete."),
        _table(["Åtgärd", "Ansvarig", "Samarbetspartner", "2026", "2027"],
               [["Jobbcoachning för nyanlända", "Arbets- och näringstjänsterna", "Företagarna", "X", ""],
                ["Språkkurs på arbetsplatsen", "Medborgarinstitutet", "", "X", "X"]]),
        _p(follow_up),
        _h("4 Uppföljning", 2),
        _p("Programmet följs upp varje år."),
    ]


def test_follow_up_phrase_run_in_before_a_sentence_naming_the_figures():
    ex = _classify(_programme(
        "Så här följer vi upp: Vi följer sysselsättningsgraden bland invandrare och antalet deltagare "
        "i jobbcoachningen. Uppgifterna sammanställs en gång per år av arbets- och näringstjänsterna."))
    assert [i.text for i in ex.indicators] == [
        "sysselsättningsgraden bland invandrare", "antalet deltagare i jobbcoachningen"]
    assert all(i.goal == ex.goals[0].id for i in ex.indicators)



def _field_line_actions() -> list[dict]:
    return [
        _h("1 Bakgrund", 2),
        _p("Exby kommun har 6 000 invånare, av dem 300 med främmande modersmål."),
        _h("4 Teman, mål och åtgärder", 2),
        _h("Tema B: Vardag och familj", 3),
        _p("Mål: Familjerna i Exby känner till servicen och får stöd i vardagen."),
        _p("Familjer"),
        _p("Alla nyinflyttade familjer erbjuds ett hembesök av en familjearbetare."),
        _p("Ansvarig: familjetjänsterna"),
        _p("Samarbete: integrationshandledaren"),
        _p("Tidtabell: fortlöpande"),
        _p("Föräldracaféet utvidgas med träffar på ukrainska en gång i månaden."),
        _p("Ansvarig: familjecentret"),
        _p("Samarbete: församlingen"),
        _p("Barn och unga"),
        _p("Ungdomsgården anställer en ungdomsarbetare på deltid."),
        _p("Ansvarig: ungdomsväsendet"),
        _p("Tidtabell: 2025"),
        _h("5 Uppföljning", 2),
        _p("Programmet följs upp varje år."),
    ]


def test_actions_over_their_own_field_lines_whatever_their_verb():
    ex = _classify(_field_line_actions())
    got = [(m.text, m.responsible, m.partners, m.schedule) for m in ex.measures]
    assert got == [
        ("Alla nyinflyttade familjer erbjuds ett hembesök av en familjearbetare",
         ["familjetjänsterna"], ["integrationshandledaren"], "fortlöpande"),
        ("Föräldracaféet utvidgas med träffar på ukrainska en gång i månaden",
         ["familjecentret"], ["församlingen"], None),
        ("Ungdomsgården anställer en ungdomsarbetare på deltid", ["ungdomsväsendet"], [], "2025"),
    ]
    assert all(m.goal == ex.goals[0].id for m in ex.measures)
