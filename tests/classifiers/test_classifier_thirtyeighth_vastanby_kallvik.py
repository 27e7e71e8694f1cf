"""Thirty-eighth blind set (blind225, blind226) conventions, on made-up text: results-based
management ('Effekt: …' over 'Prestation: …' goals, each over its own action table or cards),
and action cards whose action is the card's text and whose fields are a one-row table
('Åtgärdskort 2 · <name>' / photo caption / action / 'Det här kortet hör till mål B.' /
'Ansvarig | Med i arbetet | Tid' / 'Så ser vi om det fungerar: …'), lettered goals named
'Mål B' in a key-figure table."""

from blocks_doc import bullets as _b, classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers.action_card_headings import _after_credit, heads_titled_action
from classifiers.goal_reference_note import referred_goal_number
from classifiers.reader_shared import goal_field


def _sq(s):
    return " ".join(s.split())


def _t(columns, rows, caption=""):
    return {"type": "table", "caption": caption, "columns": columns, "rows": rows}


# ---- results-based management: 'Effekt:' over 'Prestation:' -------------------------------

def _results_plan():
    return _classify([
        _h("Integrationsplan 2026–2028", 1),
        _h("Område 1: Boende"),
        _p("Effekt: Nyinflyttade familjer bor tryggt och stannar i kommunen."),
        _p("Prestation: Kommunen har en bostadsrådgivning med öppet två dagar i veckan."),
        _t(["Nr", "Åtgärd", "Ansv.", "Tid"], [["1.1", "Bostadsrådgivning i servicepunkten", "PL", "2026–2028"],
                                              ["1.2", "Broschyr om hyresavtal på fem språk", "PL", "2026"]]),
        _p("Prestation: Varje ny hyresgäst får ett hembesök under det första året."),
        _t(["Nr", "Åtgärd", "Ansv.", "Tid"], [["1.3", "Hembesök av bostadsvärden hos nya hyresgäster", "AK", "från 2026"]]),
        _h("Område 2: Fritid"),
        _p("Effekt: Unga med utländsk bakgrund har en fritidssysselsättning de trivs med."),
        _p("Prestation: Kommunen erbjuder avgiftsfria prova-på-dagar i idrottshallen."),
        _t(["Nr", "Åtgärd", "Ansv.", "Tid"], [["2.1", "Prova-på-dagar i idrottshallen varje lov", "JB", "2026–2028"]]),
    ])


def test_an_output_goal_is_a_goal_under_the_effect_it_serves():
    got = _results_plan()
    goals = {_sq(g.text): g for g in got.goals}
    effect = goals["Nyinflyttade familjer bor tryggt och stannar i kommunen"]
    first = goals["Kommunen har en bostadsrådgivning med öppet två dagar i veckan"]
    second = goals["Varje ny hyresgäst får ett hembesök under det första året"]
    assert effect.parent is None
    assert first.parent == effect.id and second.parent == effect.id
    assert len(got.goals) == 5


def test_each_output_goal_heads_the_action_table_under_it():
    got = _results_plan()
    by_goal = {g.id: _sq(g.text) for g in got.goals}
    links = {_sq(m.text): by_goal.get(m.goal) for m in got.measures}
    assert links["Bostadsrådgivning i servicepunkten"] == \
        "Kommunen har en bostadsrådgivning med öppet två dagar i veckan"
    assert links["Hembesök av bostadsvärden hos nya hyresgäster"] == \
        "Varje ny hyresgäst får ett hembesök under det första året"
    assert links["Prova-på-dagar i idrottshallen varje lov"] == \
        "Kommunen erbjuder avgiftsfria prova-på-dagar i idrottshallen"


def test_prestation_is_a_goal_label():
    assert goal_field("Prestation: Kommunen erbjuder läxhjälp på alla skolor.") == \
        ("Kommunen erbjuder läxhjälp på alla skolor", None)


def test_an_output_goal_after_a_cards_last_field_is_no_field_of_that_card():
    # the actions printed as label-value paragraphs ('Åtgärd: …' / 'Ansv.: …' / 'Tid: …'),
    # a second 'Prestation:' right after the last card's time field
    got = _classify([
        _h("Integrationsplan 2026–2028", 1),
        _h("Område 1: Boende"),
        _p("Effekt: Nyinflyttade familjer bor tryggt och stannar i kommunen."),
        _p("Prestation: Kommunen har en bostadsrådgivning med öppet två dagar i veckan."),
        _h("Åtgärder, område 1", 4),
        _p("Åtgärd: Bostadsrådgivning i servicepunkten"), _p("Ansv.: PL"), _p("Tid: 2026–2028"),
        _p("Åtgärd: Broschyr om hyresavtal på fem språk"), _p("Ansv.: PL"), _p("Tid: 2026"),
        _p("Prestation: Varje ny hyresgäst får ett hembesök under det första året."),
        _h("Åtgärder, område 1", 4),
        _p("Åtgärd: Hembesök av bostadsvärden hos nya hyresgäster"), _p("Ansv.: AK"), _p("Tid: från 2026"),
    ])
    goals = {_sq(g.text): g for g in got.goals}
    assert "Varje ny hyresgäst får ett hembesök under det första året" in goals
    by_goal = {g.id: _sq(g.text) for g in got.goals}
    links = {_sq(m.text): by_goal.get(m.goal) for m in got.measures}
    assert links["Hembesök av bostadsvärden hos nya hyresgäster"] == \
        "Varje ny hyresgäst får ett hembesök under det första året"


# ---- action cards: the action is the card's text, its fields a one-row table --------------

def _card(n, name, caption, text, goal, who, partner, when, check):
    return [
        _h(f"Insatskort {n} · {name}", 3),
        _p(caption),
        _p(text),
        _p(f"Det här kortet hör till mål {goal}."),
        _t(["Ansvarig", "Med i arbetet", "Tid"], [[who, partner, when]]),
        _p(f"Så ser vi om det fungerar: {check}"),
    ]


def _card_plan():
    return _classify([
        _h("Integrationsprogram 2026–2029", 1),
        _h("Våra mål"),
        _h("Mål A – Boende", 3),
        _p("Alla nyinflyttade hittar en bostad som passar familjen."),
        _h("Mål B – Fritid", 3),
        _p("Unga med utländsk bakgrund deltar i föreningslivet."),
        _h("Insatskorten"),
        *_card(1, "Bostadsguiden", "Bild 1: Bostadsguiden visar en lägenhet.",
               "Bostadsguiden hjälper nyinflyttade att söka hyresbostad. Guiden har mottagning i servicepunkten.",
               "A", "Tekniska byrån", "Hyresbolaget Ab", "2026–2029", "Antal familjer som fått hjälp."),
        *_card(2, "Föreningsdagen", "Bild 2: Föreningsdag på torget. Foto: Karin Ek",
               "En föreningsdag ordnas varje höst på torget. Alla föreningar bjuds in.",
               "B", "Fritidsbyrån", "", "från hösten 2026", "följs upp i den årliga rapporten."),
        _h("Nyckeltal"),
        _p("Nyckeltalen följer upp målen som helhet."),
        _t(["Nyckeltal", "2025", "Mål 2029", "Mål"],
           [["Andel unga med utländsk bakgrund i föreningar, %", "20", "35", "Mål B"]]),
    ])


def test_a_cards_first_sentence_is_its_action_and_the_one_row_table_its_fields():
    got = _card_plan()
    ms = {_sq(m.text): m for m in got.measures}
    assert set(ms) == {"Bostadsguiden hjälper nyinflyttade att söka hyresbostad",
                       "En föreningsdag ordnas varje höst på torget"}
    guide = ms["Bostadsguiden hjälper nyinflyttade att söka hyresbostad"]
    assert guide.responsible == ["Tekniska byrån"]
    assert guide.partners == ["Hyresbolaget Ab"]
    assert guide.schedule == "2026–2029"
    day = ms["En föreningsdag ordnas varje höst på torget"]
    assert day.responsible == ["Fritidsbyrån"] and not day.partners
    assert day.schedule == "från hösten 2026"


def test_the_cards_note_names_the_lettered_goal_it_serves():
    got = _card_plan()
    by_goal = {g.id: _sq(g.text) for g in got.goals}
    links = {_sq(m.text): by_goal.get(m.goal) for m in got.measures}
    assert links["Bostadsguiden hjälper nyinflyttade att söka hyresbostad"] == \
        "Alla nyinflyttade hittar en bostad som passar familjen"
    assert links["En föreningsdag ordnas varje höst på torget"] == \
        "Unga med utländsk bakgrund deltar i föreningslivet"


def test_the_line_under_the_cards_table_is_its_meter_and_a_report_is_none():
    got = _card_plan()
    ms = {m.id: _sq(m.text) for m in got.measures}
    inds = {_sq(i.text): i for i in got.indicators}
    assert ms.get(inds["Antal familjer som fått hjälp"].measure) == \
        "Bostadsguiden hjälper nyinflyttade att söka hyresbostad"
    assert not any("årliga rapporten" in t for t in inds)


def test_a_goal_named_by_label_and_letter_in_a_key_figure_table_is_that_goal():
    got = _card_plan()
    assert len(got.goals) == 2  # no goal 'Mål B' of its own
    by_goal = {g.id: _sq(g.text) for g in got.goals}
    ind = next(i for i in got.indicators if i.text.startswith("Andel unga"))
    assert by_goal.get(ind.goal) == "Unga med utländsk bakgrund deltar i föreningslivet"
    assert ind.measure is None


def test_card_parts():
    assert heads_titled_action("Åtgärdskort 3 · Svenska i byn")
    assert heads_titled_action("Insats 2 – Läxhjälp")
    assert not heads_titled_action("Mål 2 – Arbete och företagande")
    assert referred_goal_number("Det här kortet hör till mål C.") == "C"
    assert referred_goal_number("Denna åtgärd hör till mål 2.") == "2"
    # a caption and its photo credit run together with the card's text by a tight print
    assert _after_credit("Bild 4: Språkvänner på biblioteket. Foto: Jens Holm Biblioteket förmedlar "
                         "språkvänner varje vecka.") == "Biblioteket förmedlar språkvänner varje vecka."
    assert _after_credit("Bild 4: Språkvänner på biblioteket. Foto: Jens Holm") is None


def test_a_caption_run_into_the_cards_text_leaves_the_action():
    got = _classify([
        _h("Integrationsprogram 2026–2029", 1),
        _h("Mål A – Fritid", 3),
        _p("Unga med utländsk bakgrund deltar i föreningslivet."),
        _h("Insatskort 1 · Föreningsdagen", 3),
        _p("Bild 1: Föreningsdag på torget. Foto: Karin Ek En föreningsdag ordnas varje höst på torget. "
           "Alla föreningar bjuds in."),
        _p("Det här kortet hör till mål A."),
        _t(["Ansvarig", "Med i arbetet", "Tid"], [["Fritidsbyrån", "Idrottsrådet", "2026–2029"]]),
    ])
    assert [_sq(m.text) for m in got.measures] == ["En föreningsdag ordnas varje höst på torget"]
