"""Seventy-third blind set, reader t73a (blind434, blind435) conventions, on made-up text:

- action cards printed as two-column tables whose head row names the action beside its
  number ('Insats 2 | Läxhjälp i biblioteket') over label rows (`records._kv_fields`);
- a summary table 'Nr | Område | Mål | Mätare' whose last goal has no meter: the bare number
  numbers it all the same (`read_tables`, the group-row branch);
- a card's follow-up cell that only points elsewhere ('Se mätarna på målnivå',
  `other_plans.points_elsewhere`)."""

from blocks_doc import classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers.other_plans import points_elsewhere


def _card(num: int, action: str, goal: str, who: str, partner: str, when: str, meter: str,
          word: str = "Insats") -> dict:
    return {"type": "table", "caption": "", "columns": [f"{word} {num}", action],
            "rows": [["Beskrivning", "Arbetet ordnas i samarbete med föreningarna och följs upp varje år."],
                     ["Mål", goal], ["Ansvarig", who], ["Samarbetspartner", partner],
                     ["Tidtabell", when], ["Mätare", meter]]}


def _card_programme(word: str = "Insats") -> list[dict]:
    return [
        _h("Översikt", 2),
        {"type": "table", "caption": "Översikt över målen", "columns": ["Nr", "Område", "Mål", "Mätare"],
         "rows": [["1", "Skola", "Alla elever når godkända kunskaper i svenska", "Andelen elever med godkänt vitsord"],
                  ["2", "Fritid", "Fler barn deltar i föreningarnas verksamhet", "Antalet barn i föreningarna"],
                  ["3", "Service", "Kommunens service är lätt att förstå", ""]]},
        _h("3 Insatser", 2),
        _p("Varje insats beskrivs i ett kort nedan."),
        _card(1, "Läxhjälp i biblioteket två kvällar i veckan", "1", "Biblioteket", "–", "från hösten 2025",
              "Antalet elever som deltar i läxhjälpen", word),
        _card(2, "Prova-på-dagar i idrottsföreningarna", "2", "Fritidskansliet, Ungdomsgården",
              "Idrottsföreningarna", "2025–2027", "Se mätarna på målnivå", word),
        _card(3, "Blanketter på lätt svenska", "3", "Kommunikationen", "–", "2026", "–", word),
    ]


def test_cards_headed_by_action_number_are_read_as_measures():
    ex = _classify(_card_programme())
    assert [m.text.replace("\n", " ") for m in ex.measures] == [
        "Läxhjälp i biblioteket två kvällar i veckan", "Prova-på-dagar i idrottsföreningarna",
        "Blanketter på lätt svenska"]
    goals = {g.id: g.text for g in ex.goals}
    m1, m2, _ = ex.measures
    assert goals[m1.goal] == "Alla elever når godkända kunskaper i svenska"
    assert m2.responsible == ["Fritidskansliet", "Ungdomsgården"] and m2.partners == ["Idrottsföreningarna"]
    assert m1.schedule == "från hösten 2025" and m1.partners == []


def test_cards_headed_by_other_action_words():
    ex = _classify(_card_programme("Åtgärd"))
    assert len(ex.measures) == 3 and ex.measures[2].text == "Blanketter på lätt svenska"


def test_summary_goal_without_meter_keeps_its_number():
    ex = _classify(_card_programme())
    goals = {g.id: g.text for g in ex.goals}
    assert goals[ex.measures[2].goal] == "Kommunens service är lätt att förstå"


def test_pointer_to_goal_meters_is_no_indicator():
    ex = _classify(_card_programme())
    texts = [i.text.replace("\n", " ") for i in ex.indicators]
    assert not any(t.startswith("Se ") for t in texts)
    assert "Antalet elever som deltar i läxhjälpen" in texts
    assert points_elsewhere("Se mätarna på målnivå") and points_elsewhere("Jfr tabell 2.")
    assert points_elsewhere("Se även kapitel 4")
    assert not points_elsewhere("Se till att alla elever får studiehandledning")
    assert not points_elsewhere("Antalet besökare per termin")


# ---- ', i samarbete med X' set off by a comma closing an action cell ----

def _plan_with_comma_partners() -> list[dict]:
    return [
        _h("3 Handlingsplan", 2),
        {"type": "table", "caption": "Tabell 1. Handlingsplan", "columns": ["Mål", "Åtgärd", "Ansvar", "Tid"],
         "rows": [["Fler unga hittar en fritidshobby", "Prova-på-kvällar i simhallen, i samarbete med Exby Simsällskap",
                   "Fritidsenheten", "2025"],
                  ["", "Läxhjälp i biblioteket i samarbete med Röda korset", "Biblioteket", "fortlöpande"]]},
    ]


def test_comma_set_cooperation_phrase_is_cut_off_the_action():
    from classifiers.partners_in_text import comma_set_partners
    ex = _classify(_plan_with_comma_partners())
    texts = [m.text.replace("\n", " ") for m in ex.measures]
    # the comma sets the phrase apart: a partner field; run into the text it stays there
    assert texts == ["Prova-på-kvällar i simhallen", "Läxhjälp i biblioteket i samarbete med Röda korset"]
    assert ex.measures[0].partners == ["Exby Simsällskap"]
    assert comma_set_partners("Språkcafé varje vecka, tillsammans med föreningarna") == (
        "Språkcafé varje vecka", ["föreningarna"])
    assert comma_set_partners("Språkcafé varje vecka i samarbete med föreningarna") is None


# ---- 'Åtgärderna följs upp med följande mätare:' over a list ----

def test_list_following_up_the_actions_holds_indicators():
    from classifiers.prose import intro_kind
    assert intro_kind("Åtgärderna följs upp med följande mätare:") == "indicator"
    assert intro_kind("Vi följer upp insatserna med dessa indikatorer:") == "indicator"
    # the list named as actions stays so
    assert intro_kind("Följande åtgärder genomförs under perioden:") == "measure"
    ex = _classify([
        _h("3 Åtgärder", 2),
        {"type": "table", "caption": "Tabell 1. Åtgärder", "columns": ["Mål", "Åtgärd", "Ansvar"],
         "rows": [["Fler unga hittar en fritidshobby", "Prova-på-kvällar i simhallen", "Fritidsenheten"]]},
        _h("4 Uppföljning", 2),
        _p("Lägesrapporten behandlas i kommunstyrelsen. Insatserna följs upp med följande indikatorer:"),
        {"type": "bullets", "items": ["andelen unga som har en hobby", "väntetiden till simskolan"]},
    ])
    assert [m.text for m in ex.measures] == ["Prova-på-kvällar i simhallen"]
    assert [i.text for i in ex.indicators] == ["andelen unga som har en hobby", "väntetiden till simskolan"]


# ---- '1) X 2) Y 3) Z' run on over a cell's wrapped lines ----

def test_numbered_parts_run_on_over_wrapped_lines():
    from classifiers.read_tables import run_on_numbered_cell
    cell = "1) Simskola för vuxna kvinnor, i samarbete med\nExby Simsällskap 2) Cykelkurs på\nvåren 3) Naturpromenader"
    assert run_on_numbered_cell(cell).split("\n") == [
        "1) Simskola för vuxna kvinnor, i samarbete med Exby Simsällskap", "2) Cykelkurs på våren",
        "3) Naturpromenader"]
    # one part a line, or no numbers: as it is
    assert run_on_numbered_cell("1) A\n2) B") == "1) A\n2) B"
    assert run_on_numbered_cell("Kurs för 2) grupper") == "Kurs för 2) grupper"
    ex = _classify([
        _h("3 Handlingsplan", 2),
        {"type": "table", "caption": "Tabell 1. Handlingsplan", "columns": ["Mål", "Åtgärder", "Ansvar", "Tid"],
         "rows": [["Fler vuxna rör på sig", cell.replace("\n", " "),
                   "1) Fritidsenheten, 2) Medborgarinstitutet, 3) Fritidsenheten", "1) 2025, 2) 2026, 3) årligen"]]},
    ])
    assert [m.text for m in ex.measures] == ["Simskola för vuxna kvinnor", "Cykelkurs på våren", "Naturpromenader"]
    assert [m.responsible for m in ex.measures] == [["Fritidsenheten"], ["Medborgarinstitutet"], ["Fritidsenheten"]]
