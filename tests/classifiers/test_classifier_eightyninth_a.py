"""Eighty-ninth blind set, reader a (blind530, blind531) conventions, on made-up text:

- a goal's meter field closed by its baseline and target in brackets ('Mätare för mål 1:
  andelen X (utgångsläge 2023: 50 %, målvärde 2027: 80 %).');
- a reading guide naming a table's goal column ('Där cellen för målsättning är tom …');
- a goal heading comparing with the earlier period ('… snabbare än under föregående period');
- actions handed over to another body in an earlier programme's status column ('Överförd
  till välfärdsområdet');
- a list named as the division of work among the partners ('följande arbetsfördelning')."""

from blocks_doc import bullets as _b, classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers.headers import is_evaluation_table
from classifiers.prose import about_earlier_period, intro_kind, is_goal_sentence


# ---- 'Mätare för mål 1: andelen X (utgångsläge 2023: 50 %, målvärde 2027: 80 %).' ----

def _goal_meters() -> list[dict]:
    return [
        _h("1 Inledning", 2),
        _p("Programmet gäller åren 2025–2028."),
        _h("2 Mål och åtgärder", 2),
        _h("Mål 1. Nyinflyttade känner sig välkomna", 3),
        _p("Åtgärder:"),
        _b("1.1 Välkomstbrev skickas till alla nyinflyttade. Ansvar: kansliet. Tidtabell: 2025.",
           "1.2 Träffar ordnas varje vår. Ansvar: biblioteket. Tidtabell: årligen."),
        _p("Mätare för mål 1: andelen nyinflyttade som fått ett välkomstbrev "
           "(utgångsläge 2024: 40 %, målvärde 2028: 90 %)."),
        _h("3 Uppföljning", 2),
        _p("Programmet följs upp årligen av ledningsgruppen."),
    ]


def test_goal_meter_field_without_its_closing_baseline_and_target():
    ex = _classify(_goal_meters())
    assert [i.text for i in ex.indicators] == ["andelen nyinflyttade som fått ett välkomstbrev"]


# ---- 'Där cellen för målsättning är tom gäller samma målsättning som på raden ovanför.' ----

def test_goal_noun_naming_a_table_column_states_no_goal():
    assert not is_goal_sentence("Där cellen för målsättning är tom gäller samma målsättning som på raden ovanför.")
    assert not is_goal_sentence("I kolumnen mål är numret angivet före texten.")
    # a goal stated by its noun still is one
    assert is_goal_sentence("Målsättningen är att alla barn deltar i fritidsverksamhet.")
    assert is_goal_sentence("Målsättning är en stad där alla känner sig hemma.")


# ---- 'Målsättning 2: … snabbare än under föregående period' ----

def test_heading_comparing_with_the_earlier_period_is_no_report_on_it():
    assert not about_earlier_period(
        "Målsättning 2: Invandrare får arbete snabbare än under föregående period", 2025)
    assert not about_earlier_period("Fler deltar i föreningslivet än under den förra programperioden", 2025)
    # a heading about that period still is
    assert about_earlier_period("Resultat av föregående program", 2025)
    assert about_earlier_period("Förändringar jämfört med föregående program", 2025)


# ---- 'Insats i programmet 2021–2024 | Status | Ansvar i dag' / 'Överförd till välfärdsområdet' ----

def test_actions_handed_over_to_another_body_are_an_evaluation():
    header = ["Insats", "Status", "Ansvar i dag"]
    rows = [["Hälsogranskning för nyanlända", "Överförd till välfärdsområdet", "Välfärdsområdet"],
            ["Stödgrupper för föräldrar", "överförts till välfärdsområdet", "Familjecentret"],
            ["Tolkning i rådgivningen", "Överfört till välfärdsområdet", "Tolkcentralen"]]
    assert is_evaluation_table(header, rows)
    # a plan's own status column, marking its actions new, is no report
    assert not is_evaluation_table(header, rows + [["Språkcafé", "Ny", "Biblioteket"]])


# ---- 'Därför har gruppen kommit överens om följande arbetsfördelning med samarbetsparterna:' ----

def test_list_named_as_the_division_of_work_is_background():
    assert intro_kind("Staden kan inte ensam nå målen. Därför har gruppen kommit överens om följande "
                      "arbetsfördelning med de viktigaste samarbetsparterna:") == "background"
    assert intro_kind("Vi har kommit överens om följande ansvarsfördelning:") == "background"


def _division() -> list[dict]:
    return [
        _h("1 Inledning", 2),
        _p("Programmet gäller åren 2025–2028."),
        _h("2 Åtgärder", 2),
        _p("Målet är att alla nyinflyttade får arbete eller studieplats inom ett år."),
        _p("Åtgärder:"),
        _b("Arbetsträning ordnas inom kommunens enheter", "Språkkurser ordnas på kvällstid"),
        _h("3 Samarbetet med andra aktörer", 2),
        _p("Kommunen kan inte ensam nå målen. Därför har arbetsgruppen kommit överens om följande "
           "arbetsfördelning med samarbetsparterna under perioden:"),
        _b("Välfärdsområdet ansvarar för social- och hälsovården och deltar i arbetsgruppen.",
           "Polisen deltar i informationen om säkerhet.",
           "Föreningarna ordnar frivilligverksamhet med stöd av kommunens bidrag."),
        _h("4 Uppföljning", 2),
        _p("Programmet följs upp årligen av ledningsgruppen."),
    ]


def test_partners_division_of_work_holds_no_actions():
    ex = _classify(_division())
    assert [m.text for m in ex.measures] == ["Arbetsträning ordnas inom kommunens enheter",
                                             "Språkkurser ordnas på kvällstid"]
