"""Fifty-fifth blind set, reader a (blind323, blind329) conventions, on made-up text: a
programme written section by section by each department -- '<Units' del>' over one heading per
department, its goal labelled by its owner ('Enhetens mål: …', or 'Enhetens mål' alone over the
goal's paragraph), its actions as items closed by their time alone and a partner in the tail
('… i samarbete med X (2026)', '… (med X) – 2026'); the department answers for its own items."""

from blocks_doc import bullets as _b, classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers.actions_by_doer import announces_actions_by_doer
from classifiers.partners_in_text import partners_before_time
from classifiers.reader_shared import bare_goal_label, goal_field


def test_goal_label_with_an_owner_in_the_genitive():
    assert goal_field("Enhetens mål: Fler barn deltar i idrott.") == ("Fler barn deltar i idrott", None)
    assert goal_field("Avdelningens målsättning: Alla får svar inom en vecka.") == (
        "Alla får svar inom en vecka", None)
    # a language stays no goal, whoever's it is
    assert goal_field("Barnens modersmål: arabiska") is None


def test_bare_goal_label_line():
    assert bare_goal_label("Avdelningens mål")
    assert bare_goal_label("Vårt mål")
    assert not bare_goal_label("Mål och åtgärder")
    assert not bare_goal_label("Tema: Fritid")


def test_units_plural_genitive_announces_a_part_per_department():
    assert announces_actions_by_doer("5 Enheternas del")
    assert announces_actions_by_doer("Förvaltningarnas mål och åtgärder")
    assert not announces_actions_by_doer("Enheternas samarbete")


def test_partner_between_action_and_time():
    assert partners_before_time("Ordna kvällskurser i samarbete med Exby medborgarinstitut (hösten 2026)") == (
        "Ordna kvällskurser (hösten 2026)", ["Exby medborgarinstitut"])
    assert partners_before_time("Läxhjälp i biblioteket (med tekniska avdelningen) – 2025–2027") == (
        "Läxhjälp i biblioteket – 2025–2027", ["tekniska avdelningen"])
    # a definite genitive names a particular body
    assert partners_before_time("Ordna möten i samarbete med välfärdsområdets familjecenter (varje höst)") == (
        "Ordna möten (varje höst)", ["välfärdsområdets familjecenter"])
    # no time after it, or no named body: left to the other readers
    assert partners_before_time("Ordna kvällskurser i samarbete med Exby medborgarinstitut") is None
    assert partners_before_time("Ordna kvällskurser i samarbete med olika aktörer (2026)") is None


def _by_department(label_alone: bool):
    goal = ("Avdelningens mål", "Alla nya familjer får stöd under det första året.") if label_alone \
        else ("Avdelningens mål: Alla nya familjer får stöd under det första året.",)
    return _classify([
        _h("2 Bakgrund", 2),
        _p("Exby hade 120 invånare med främmande modersmål år 2024."),
        _h("3 Avdelningarnas del", 2),
        _p("Varje avdelning har skrivit sin egen del och ansvarar för sina åtgärder."),
        _h("3.1 Familjeavdelningen", 3),
        _p("Avdelningen sköter rådgivningen för familjer."),
        *[_p(t) for t in goal],
        _b("Starta öppen rådgivning för nya familjer (2026)",
           "Ordna familjekvällar i samarbete med Exby hembygdsförening (varje vår)"),
        _h("3.2 Fritidsavdelningen", 3),
        *[_p(t) for t in (("Avdelningens mål", "Fler barn och unga deltar i idrott.") if label_alone
                          else ("Avdelningens mål: Fler barn och unga deltar i idrott.",))],
        _b("Simskola för barn (med Exby simsällskap) – somrarna 2026–2028"),
        _h("4 Uppföljning", 2),
        _p("Kommunstyrelsen följer upp programmet årligen."),
    ])


def _check(ex):
    goals = {g.id: g.text for g in ex.goals}
    assert sorted(goals.values()) == ["Alla nya familjer får stöd under det första året",
                                      "Fler barn och unga deltar i idrott"]
    got = {m.text: (goals.get(m.goal), m.responsible, m.partners, m.schedule)
           for m in ex.measures}
    assert got == {
        "Starta öppen rådgivning för nya familjer": (
            "Alla nya familjer får stöd under det första året", ["Familjeavdelningen"], [], "2026"),
        "Ordna familjekvällar": ("Alla nya familjer får stöd under det första året", ["Familjeavdelningen"],
                                 ["Exby hembygdsförening"], "varje vår"),
        "Simskola för barn": ("Fler barn och unga deltar i idrott", ["Fritidsavdelningen"],
                              ["Exby simsällskap"], "somrarna 2026–2028"),
    }


def test_department_sections_with_goal_field():
    _check(_by_department(label_alone=False))


def test_department_sections_with_goal_label_alone():
    _check(_by_department(label_alone=True))


def test_goal_label_alone_once_is_a_title():
    # a label line the document prints once only, over a sentence about another plan
    ex = _classify([
        _h("2 Utgångsläge", 2),
        _p("Stadsstrategins mål"),
        _p("Staden gör upp en plan för fostran och utbildning bland invandrare."),
        _h("3 Mål", 2),
        _p("Målet är att alla nya invånare får arbete eller studieplats."),
    ])
    assert not any("plan för fostran" in g.text for g in ex.goals)


# ---- a key-figure table by department, the action named by its place in the department's list ----

def test_department_column_and_action_place_in_its_list():
    ex = _classify([
        _h("3 Avdelningarnas del", 2),
        _p("Varje avdelning har skrivit sin egen del och ansvarar för sina åtgärder."),
        _h("3.1 Familjeavdelningen", 3),
        _p("Avdelningens mål: Alla nya familjer får stöd under det första året."),
        _b("Starta öppen rådgivning för nya familjer (2026)",
           "Ordna familjekvällar i samarbete med Exby hembygdsförening (varje vår)"),
        _h("3.2 Fritidsavdelningen", 3),
        _p("Avdelningens mål: Fler barn och unga deltar i idrott."),
        _b("Simskola för barn (med Exby simsällskap) – somrarna 2026–2028",
           "Öppna ungdomsgården på lördagar (2027)"),
        _h("4 Uppföljning", 2),
        {"type": "table", "caption": "Tabell 2. Nyckeltal",
         "columns": ["Avdelning", "Nyckeltal", "Källa", "Gäller åtgärd"],
         "rows": [["Familjeavdelningen", "Antal besök i rådgivningen", "Statistik", "1"],
                  ["Familjeavdelningen", "Andel familjer som fått stöd", "Enkät", "–"],
                  ["Fritidsavdelningen", "Antal barn i simskolan", "Statistik", "1"],
                  ["Fritidsavdelningen", "Antal besökare på lördagar", "Statistik", "2"]]},
        _p("Kontakt: Anna Berg"),
    ])
    goals = {g.id: g.text for g in ex.goals}
    measures = {m.id: m.text for m in ex.measures}
    got = {_sq(i.text): (goals.get(i.goal), measures.get(i.measure)) for i in ex.indicators}
    assert got == {
        "Antal besök i rådgivningen": ("Alla nya familjer får stöd under det första året",
                                       "Starta öppen rådgivning för nya familjer"),
        "Andel familjer som fått stöd": ("Alla nya familjer får stöd under det första året", None),
        "Antal barn i simskolan": ("Fler barn och unga deltar i idrott", "Simskola för barn"),
        "Antal besökare på lördagar": ("Fler barn och unga deltar i idrott", "Öppna ungdomsgården på lördagar"),
    }


def _sq(s):
    return " ".join(s.split())


# ---- a budget table repeating the listed actions, printed as one card per row ----------------

def test_restated_rows_ignore_the_dash_a_print_sets_and_a_card_is_one_row():
    from classifiers.restated_rows import restated_rows
    earlier = [("m1", "Läxhjälp för elever i årskurs 4–6"), ("m2", "Simskola för vuxna")]
    # an em dash for the range's en dash: the same action
    assert restated_rows(earlier, [("m3", "Läxhjälp för elever i årskurs 4—6"), ("m4", "Simskola för vuxna")]) == {
        "m3": "m1", "m4": "m2"}
    # one row alone is too little for a table, enough for a card (a row printed as a table)
    assert restated_rows(earlier, [("m3", "Simskola för vuxna")]) is None
    assert restated_rows(earlier, [("m3", "Simskola för vuxna")], min_rows=1) == {"m3": "m2"}


def test_cards_repeating_listed_actions_under_no_goal_fold_into_them(monkeypatch):
    import classifiers.builder as builder
    b = builder.Builder.__new__(builder.Builder)

    class _B:
        pass
    from classifiers.model import Measure
    b.b = _B()
    b.b.measures = [Measure(id="m1", text="Simskola för vuxna", goal="g1", goals=["g1"]),
                    Measure(id="m2", text="Simskola för vuxna", goal=None, goals=[], schedule="2026")]
    b.b.indicators = []
    b.b.measure_from_table, b.b.measure_table, b.b.measure_number = {"m2"}, {"m2": 1}, {}
    b._fold_restating_rows(1, card=True)
    assert [m.id for m in b.b.measures] == ["m1"]
    assert b.b.measures[0].schedule == "2026"
