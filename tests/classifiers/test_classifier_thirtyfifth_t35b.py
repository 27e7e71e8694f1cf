"""Thirty-fifth blind set (helper t35b): a slide programme's goal slides with '• Så mäter vi:
…' meters and one action table whose goal column says '(mål 2 och 3)' and whose actors say
'X (+ Y)'. Made-up text."""

from blocks_doc import classify_blocks as _classify, heading as _h, paragraph as _p, bullets as _b

from classifiers.actors import split_actors
from classifiers.headers import field_label
from classifiers.meter_label_items import labelled_meter


def _table(caption, columns, rows):
    return {"type": "table", "caption": caption, "columns": columns, "rows": rows}


# --- slides: 'Mål N: …' heading, '• Så mäter vi: …' --------------------------------------

def _slides(label="Så mäter vi"):
    return _classify([
        _h("Bild 4 / 9", 1), _h("Mål 1: Alla nya invånare hittar kommunens service", 1),
        _b(f"{label}: andelen nya invånare som fått ett välkomstsamtal"),
        _p("Anteckningar: Berätta om exemplet från förra året."),
        _h("Bild 5 / 9", 1), _h("Mål 2: Fler vuxna talar svenska", 1),
        _b(f"{label}: antalet deltagare i språkcaféet"),
        _h("Bild 6 / 9", 1), _h("Åtgärder", 1),
        _table("", ["Åtgärd", "Mål", "Ansvar (+ partner)", "När"],
               [["Välkomstsamtal för alla nya", "1", "Integrationskoordinatorn (+ Röda korset)", "2026"],
                ["Språkcafé på biblioteket", "(mål 1 och 2)", "Biblioteket", "2027"]])])


def test_a_labelled_meter_under_a_slides_goal_heading_is_its_indicator():
    for label in ("Så mäter vi", "Mätare"):
        x = _slides(label)
        got = [(i.text, i.measure, i.goals) for i in x.indicators]
        assert got == [("andelen nya invånare som fått ett välkomstsamtal", None, ["g1"]),
                       ("antalet deltagare i språkcaféet", None, ["g2"])], label


def test_so_we_measure_is_a_meter_label_and_nothing_else_is():
    assert field_label("Så mäter vi: andelen X") == ("Så mäter vi", "indicator")
    assert field_label("Så här mäter vi: antal Y")[1] == "indicator"
    assert labelled_meter("Så mäter vi: andelen X.") == "andelen X"
    assert labelled_meter("Anteckningar: Berätta om X") is None
    assert labelled_meter("Så mäter vi:") is None


def test_a_bracketed_goal_pair_in_a_goal_column_names_both_goals():
    x = _slides()
    assert [g.text for g in x.goals] == ["Mål 1: Alla nya invånare hittar kommunens service",
                                         "Mål 2: Fler vuxna talar svenska"]
    assert [m.goals for m in x.measures] == [["g1"], ["g1", "g2"]]


def test_a_plus_in_brackets_after_the_doer_names_a_partner():
    assert split_actors("Bildningsväsendet (+ Marthaföreningen)") == (["Bildningsväsendet"], ["Marthaföreningen"])
    assert split_actors("Personalenheten (+ Föreningen Mångkulturella Österbotten)", "responsible") == \
        (["Personalenheten"], ["Föreningen Mångkulturella Österbotten"])


def test_a_so_we_measure_field_drops_its_source_bracket():
    # 'Så här mäter vi:' read as a field label now, it still names where each figure comes from
    x = _classify([_h("Mål 2: Vuxna lär sig svenska", 2), _b("Språkcafé varje vecka (biblioteket, 2026)"),
                   _p("Så här mäter vi: den genomsnittliga väntetiden till språkkurs (medborgarinstitutet); "
                      "antalet deltagare i språkcaféerna.")])
    assert [i.text for i in x.indicators] == ["den genomsnittliga väntetiden till språkkurs",
                                              "antalet deltagare i språkcaféerna"]


# --- a planning board: 'Mål | Planeras | Pågår | Klart (2021–2024)' ------------------------

def _board(legend=True):
    blocks = [_h("2 Handlingsplanen som tavla", 1),
              _table("", ["Mål", "Planeras", "Pågår", "Klart (2021–2024)"], [
                  ["1. Nya invånare får stöd", "• Ett välkomstpaket tas fram (kommunikationsenheten, 2025)",
                   "• Vägledning vid servicepunkten Infopunkten (integrationsenheten, Röda korset, fortlöpande)",
                   "Broschyr på fem språk (2022)"],
                  ["2. Unga hittar arbete", "• Sommarjobb för unga i årskurs 9 (personalenheten, 2026)",
                   "• Uppsökande ungdomsarbete (ungdomstjänsterna, pågår)", "• Ungdomsgården fick en ledare (2023)"]])]
    if legend:
        blocks.append(_p("Parentesen anger ansvarig enhet först och därefter eventuell samarbetspart."))
    blocks += [_h("3 Nyckeltal", 1), _p("Uppföljningen görs i bokslutet. Utgångsvärdet anges inom parentes."),
               _p("Mål 1 – nyckeltal: Andel nya som fått en kartläggning (2024: 61 %); Antal besök vid Infopunkten (2024: 2 310)."),
               _p("Mål 2 – nyckeltal: Antal unga som fått sommarjobb (ny).")]
    return _classify(blocks)


def test_a_boards_planned_and_ongoing_cards_are_actions_and_the_done_ones_are_not():
    x = _board()
    assert [(m.text, m.goals) for m in x.measures] == [
        ("Ett välkomstpaket tas fram", ["g1"]), ("Vägledning vid servicepunkten Infopunkten", ["g1"]),
        ("Sommarjobb för unga i årskurs 9", ["g2"]), ("Uppsökande ungdomsarbete", ["g2"])]
    assert [g.text for g in x.goals] == ["1. Nya invånare får stöd", "2. Unga hittar arbete"]


def test_going_on_in_the_times_place_is_the_schedule():
    x = _board()
    assert (x.measures[3].responsible, x.measures[3].schedule) == (["ungdomstjänsterna"], "pågår")


def test_a_legend_of_lead_then_partner_makes_the_later_names_partners():
    x = _board()
    assert (x.measures[1].responsible, x.measures[1].partners) == (["integrationsenheten"], ["Röda korset"])
    # without the legend a comma list of units shares the responsibility
    y = _board(legend=False)
    assert y.measures[1].responsible == ["integrationsenheten", "Röda korset"]


def test_key_figures_per_goal_number_are_its_indicators_without_their_baselines():
    x = _board()
    got = [(i.text, i.measure, i.goals) for i in x.indicators]
    assert got == [("Andel nya som fått en kartläggning", None, ["g1"]),
                   ("Antal besök vid Infopunkten", "m2", ["g1"]),
                   ("Antal unga som fått sommarjobb", "m3", ["g2"])]


def test_board_stages_and_a_baseline_legend_are_told_by_their_words():
    from classifiers.board_columns import board_roles, stage_of
    from classifiers.goal_key_figures import goal_figures, names_baseline_brackets, without_baseline
    assert [stage_of(h) for h in ("Planeras", "Pågår", "Klart (2021–2024)", "Åtgärd")] == ["todo", "doing", "done", None]
    assert board_roles(["Mål", "Planeras", "Pågår", "Klart"], 0) == {0: "goal", 1: "measure", 2: "measure"}
    # a column that is no stage: no board
    assert board_roles(["Mål", "Planeras", "Ansvar"], 0) is None
    assert board_roles(["Mål", "Klart"], 0) is None
    assert goal_figures("Mål 3 – nyckeltal: Antal X (ny).") == ("3", ["Antal X (ny)"])
    assert goal_figures("Mål 3 – Fler vuxna talar svenska.") is None
    assert names_baseline_brackets("Utgångsvärdet anges inom parentes.")
    assert not names_baseline_brackets("Ansvarig anges inom parentes.")
    assert without_baseline("Antal besök (2024: 2 310)") == "Antal besök"


# --- 'Mål N – goal (indikator: X)' headings; a consultation table --------------------------

def _indicator_headings():
    return _classify([
        _h("2 Mål, indikatorer och åtgärder", 1),
        _h("Mål 1 – Fler invandrare har ett arbete (indikator: sysselsättningsgrad bland personer med främmande modersmål)", 2),
        _table("", ["Nr", "Åtgärd", "Ansvarig", "Samarbetspart", "År"],
               [["1", "Rekryteringsträffar för företag", "Näringslivsenheten", "Företagarna", "2026 →"]]),
        _h("Mål 2 – Alla känner sig trygga (indikator: andel invånare som känner sig trygga (enkät))", 2),
        _table("", ["Nr", "Åtgärd", "Ansvarig", "Samarbetspart", "År"],
               [["2", "Välkomstträffar för nyinflyttade", "Integrationssamordnaren", "Församlingen", "2026"]]),
        _h("4 Utlåtanden från remissrundan", 1),
        _table("", ["Instans", "Synpunkt", "Beaktat"],
               [["Ungdomsrådet", "Unga invandrare bör nämnas särskilt i kampanjen", "Ja"],
                ["En invånare", "Kommunen borde ordna egen svenskundervisning", "Nej, hör till andra"]])])


def test_a_goal_headings_closing_indicator_bracket_is_its_indicator():
    x = _indicator_headings()
    assert [g.text for g in x.goals][:2] == ["Mål 1 – Fler invandrare har ett arbete", "Mål 2 – Alla känner sig trygga"]
    got = [(i.text, i.measure, i.goals) for i in x.indicators]
    assert got == [("sysselsättningsgrad bland personer med främmande modersmål", None, ["g1"]),
                   ("andel invånare som känner sig trygga (enkät)", None, ["g2"])]


def test_a_consultation_summary_holds_no_goal_action_or_indicator():
    x = _indicator_headings()
    assert len(x.goals) == 2
    assert [" ".join(m.text.split()) for m in x.measures] == ["Rekryteringsträffar för företag", "Välkomstträffar för nyinflyttade"]
    assert len(x.indicators) == 2


def test_closing_meter_balances_brackets():
    from classifiers.consultation_tables import is_consultation_header
    from classifiers.heading_meters import closing_meter
    assert closing_meter("Mål 3 – X (indikator: andel Y (enkät))") == ("Mål 3 – X", "andel Y (enkät)")
    assert closing_meter("Mål 3 – Barn och unga (0–17 år)") is None
    assert is_consultation_header(["Remissinstans", "Utlåtande", "Bemötande"])
    assert not is_consultation_header(["Nr", "Åtgärd", "Status", "Kommentar"])


def test_a_follow_up_list_speaking_of_its_meters_is_the_routine_from_its_first_item():
    x = _classify([_h("Mål 1: Fler vuxna talar svenska", 1), _b("Språkcafé varje vecka (biblioteket, 2026)"),
                   _h("Hur följer vi upp?", 1),
                   _b("Integrationsgruppen rapporterar årligen till kommunstyrelsen",
                      "Mätarna följs upp i bokslutet", "Hela programmet utvärderas 2029")])
    assert x.indicators == []


def test_a_key_figure_naming_an_actions_head_word_is_that_actions():
    # 'språkträningen' and 'arbetsplatsen' each touch two texts of the programme, so the
    # count names no action by its rare words; it names the head of one of its goal's actions
    x = _classify([
        _h("2 Handlingsplanen", 1),
        _table("", ["Mål", "Planeras", "Pågår"], [
            ["1. Nya invånare får stöd", "• Ett välkomstpaket på sex språk tas fram (kommunikationsenheten, 2025)",
             "• Kartläggning i samarbete med arbets- och näringsområdet (integrationsenheten, fortlöpande)"],
            ["2. Vuxna lär sig svenska", "• Språkträning på arbetsplatsen prövas i städservicen (servicecentralen, 2026)\n"
             "• Kvällskurs i finska för vuxna (medborgarinstitutet, 2025)", ""]]),
        _h("3 Nyckeltal", 1),
        _p("Mål 2 – nyckeltal: Antal deltagare i språkträningen på arbetsplatsen.")])
    assert [(i.text, i.measure) for i in x.indicators] == [("Antal deltagare i språkträningen på arbetsplatsen", "m3")]


def test_words_the_key_figures_share_name_the_people_and_no_action():
    # 'unga med främmande modersmål' is in both figures and in one action: the people
    # followed up; the share of those neither studying nor working counts no action
    x = _classify([
        _h("2 Handlingsplanen", 1),
        _table("", ["Mål", "Planeras", "Pågår"], [
            ["1. Unga hittar arbete", "• Sommarjobb för unga med främmande modersmål i årskurs 9 (personalenheten, 2026)",
             "• Uppsökande ungdomsarbete på arabiska (ungdomstjänsterna, pågår)"]]),
        _h("3 Nyckeltal", 1),
        _p("Mål 1 – nyckeltal: Antal unga med främmande modersmål som fått sommarjobb; "
           "Andel unga med främmande modersmål som varken studerar eller arbetar.")])
    assert [i.measure for i in x.indicators] == ["m1", None]
