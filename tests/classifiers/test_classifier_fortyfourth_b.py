"""Forty-fourth blind set (blind259, blind261, blind264) conventions, on made-up text: a
summary table that restates the numbered action paragraphs by number (short titles beside
their fields), goals said to be gathered in an appendix's action plan while the chapters
describe the areas with wishes ('Kommunen vill …'), meters closing '(målsättning N)' where the
goals are printed without numbers, and a note on how the goals are numbered."""

from blocks_doc import bullets as _b, classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers.actors import split_actors
from classifiers.appendix_goals import says_goals_elsewhere
from classifiers.prose import is_goal_sentence
from classifiers.table_halves import summary_key_column, titled_sentence
from classifiers.text import sentences


def _sq(s):
    return " ".join(s.split())


def _t(caption, columns, rows):
    return {"type": "table", "caption": caption, "columns": columns, "rows": rows}


_SUMMARY_ROWS = [
    ["2.1", "Läxhjälp på biblioteket", "Skolväsendet", "Biblioteket", "Från 2027", "Antal elever per vecka"],
    ["2.2", "Föräldrakvällar", "Småbarnspedagogiken", "–", "Två gånger per år", "–"],
    ["3.1", "Mentorer för nya företagare", "Näringslivsenheten", "Företagarna rf", "2027–2028",
     "Antal mentorpar"],
]


def _numbered_paragraph_doc(rows=_SUMMARY_ROWS, columns=None):
    columns = columns or ["Nr", "Åtgärd", "Ansvarig", "Samarbetspartner", "Tidtabell", "Indikator"]
    return _classify([
        _h("1 Inledning"),
        _p("Planen gäller åren 2027–2030. Vem som ansvarar och när åtgärderna genomförs framgår "
           "av sammandraget i bilaga 2."),
        _h("2 Mål och åtgärder"),
        _h("2.1 Skola och familj", 3),
        _p("Mål 2. Elever med annat modersmål klarar grundskolan lika bra som andra elever."),
        _p("2.1 Kommunen ordnar läxhjälp på huvudbiblioteket två eftermiddagar i veckan. "
           "Läxhjälpen leds av frivilliga studerande."),
        _p("2.2 Daghemmen bjuder in familjerna till föräldrakvällar om skolstarten."),
        _h("2.2 Företagande", 3),
        _p("Mål 3. Fler inflyttade startar ett eget företag i kommunen."),
        _p("3.1 Kommunen ordnar mentorer för nya företagare med utländsk bakgrund. Mentorerna "
           "är erfarna lokala företagare."),
        _h("Bilaga 2. Sammandrag"),
        _t("", columns, rows),
    ])


def test_summary_keyed_by_numbers_gives_its_fields_to_the_numbered_actions():
    got = _numbered_paragraph_doc()
    # the summary's short titles are no actions of their own
    assert [_sq(m.text) for m in got.measures] == [
        "2.1 Kommunen ordnar läxhjälp på huvudbiblioteket två eftermiddagar i veckan.",
        "2.2 Daghemmen bjuder in familjerna till föräldrakvällar om skolstarten.",
        "3.1 Kommunen ordnar mentorer för nya företagare med utländsk bakgrund."]
    # the summary's doer columns answer for the action, not the sentence's subject
    assert [m.responsible for m in got.measures] == [["Skolväsendet"], ["Småbarnspedagogiken"],
                                                     ["Näringslivsenheten"]]
    assert [m.partners for m in got.measures] == [["Biblioteket"], [], ["Företagarna rf"]]
    assert [m.schedule for m in got.measures] == ["Från 2027", "Två gånger per år", "2027–2028"]
    by_id = {m.id: _sq(m.text)[:3] for m in got.measures}
    assert {_sq(i.text): by_id.get(i.measure) for i in got.indicators} == {
        "Antal elever per vecka": "2.1", "Antal mentorpar": "3.1"}


def test_summary_with_its_number_column_last_is_read_alike():
    # a table printed as cards puts the number after the fields
    cols = ["Åtgärd", "Ansvarig", "Samarbetspartner", "Tidtabell", "Indikator", "Nr"]
    rows = [r[1:] + r[:1] for r in _SUMMARY_ROWS]
    got = _numbered_paragraph_doc(rows, cols)
    assert len(got.measures) == 3
    assert [m.responsible for m in got.measures] == [["Skolväsendet"], ["Småbarnspedagogiken"],
                                                     ["Näringslivsenheten"]]


def test_numbers_naming_no_listed_action_leave_the_table_an_action_table():
    rows = [["7.1", "Simskola för vuxna", "Idrottsbyrån", "–", "2028", "–"],
            ["7.2", "Cykelkurs", "Idrottsbyrån", "–", "2029", "–"]]
    got = _numbered_paragraph_doc(rows)
    assert "Simskola för vuxna" in [_sq(m.text) for m in got.measures]


def test_summary_key_column_and_titled_sentence():
    listed = {"m1": "1.1", "m2": "1.2", "m3": "2.1"}
    roles = {1: "measure", 2: "responsible"}
    assert summary_key_column([["1.1", "A", "X"], ["2.1", "B", "Y"]], roles, listed) == 0
    # a number two listed actions share names neither; a number not listed, no row
    assert summary_key_column([["1.1", "A", "X"], ["2.1", "B", "Y"]], roles, {**listed, "m4": "1.1"}) is None
    assert summary_key_column([["1.1", "A", "X"], ["9.9", "B", "Y"]], roles, listed) is None
    assert titled_sentence("4.2 Kommunen startar en cykelskola för vuxna. Kursen är gratis.",
                           "Cykelskola", sentences) == "4.2 Kommunen startar en cykelskola för vuxna."
    # a title naming none of the first sentence's words, or one sentence: left whole
    assert titled_sentence("4.2 Kommunen startar en cykelskola för vuxna. Kursen är gratis.",
                           "Simhall", sentences) is None
    assert titled_sentence("4.2 Kommunen startar en cykelskola för vuxna.", "Cykelskola", sentences) is None
    # a table restating the action in a sentence of its own gives no short title: left whole
    assert titled_sentence("4.2 Kommunen startar en cykelskola för vuxna. Kursen är gratis.",
                           "4.2. Kommunen startar en cykelskola för alla vuxna i kommunen.", sentences) is None


def _appendix_plan_doc(says_so=True):
    intro = ("Programmet har en beskrivande del och en handlingsplan. Målen, åtgärderna och "
             "indikatorerna finns samlade i handlingsplanen i bilaga 3." if says_so else
             "Programmet har en beskrivande del och en handlingsplan.")
    return _classify([
        _h("1 Inledning"),
        _p(intro),
        _h("2 Insatsområden"),
        _h("2.1 Boende", 3),
        _p("Bostadsbristen drabbar särskilt stora familjer. Staden vill bygga fler stora "
           "hyresbostäder och hjälpa familjerna att hitta en bostad."),
        _h("Bilaga 3. Handlingsplan"),
        _t("", ["Insatsområde", "Mål", "Åtgärd", "Ansvarig", "Tidsplan", "Mätare"], [
            ["1. Boende", "Inflyttade familjer hittar en lämplig bostad inom ett halvår",
             "Bostadsrådgivning på tre språk i servicepunkten", "Bostadsbyrån", "2027", "Antal besök"],
            ["", "", "En förteckning över hyresvärdar delas ut", "Servicepunkten", "Årligen", "–"],
        ]),
    ])


def test_wishes_of_the_prose_are_no_goals_when_the_goals_are_said_to_be_in_the_appendix():
    got = _appendix_plan_doc()
    assert [_sq(g.text) for g in got.goals] == ["Inflyttade familjer hittar en lämplig bostad inom ett halvår"]
    assert len(got.measures) == 2


def test_without_the_sentence_the_wish_stays_a_goal():
    got = _appendix_plan_doc(says_so=False)
    assert any(_sq(g.text).startswith("Staden vill bygga") for g in got.goals)


def test_says_goals_elsewhere():
    assert says_goals_elsewhere(["Målsättningarna och åtgärderna presenteras i tabell 4."])
    assert says_goals_elsewhere(["Alla mål finns i åtgärdsplanen i bilaga 1."])
    # the actions alone, or the goals stated here, say nothing of where the goals are
    assert not says_goals_elsewhere(["Ansvar och tidtabell för åtgärderna framgår av bilaga 1."])
    assert not says_goals_elsewhere(["Målet är att alla ska hitta en bostad i kommunen."])


def test_note_on_how_the_goals_are_numbered_is_no_goal():
    assert not is_goal_sentence("Målsättningarna är numrerade 1–4 i den ordning de står i tabellen.")
    assert not is_goal_sentence("Målsättningarna är ordnade efter insatsområde i tabellen nedan.")
    assert is_goal_sentence("Målsättningen är en kommun där alla nya invånare hittar arbete.")


def test_meters_naming_unnumbered_goals_by_their_place():
    got = _classify([
        _h("1 Inledning"),
        _p("Planen gäller åren 2027–2030 och följs upp av integrationsgruppen."),
        _h("2 Uppföljning"),
        _p("Programmet följs också upp med dessa övergripande mätare:"),
        _b("Andelen sysselsatta bland inflyttade (målsättning 2)",
           "Antalet deltagare i stadens språkkurser (målsättning 1)"),
        _h("Bilaga 1. Handlingsplan"),
        _t("", ["Målsättning", "Åtgärd", "Ansvarig", "Tidsplan"], [
            ["Alla inflyttade vuxna kan följa en språkkurs i sin vardag",
             "Kvällskurser i svenska på två orter", "Medborgarinstitutet", "2027"],
            ["Fler inflyttade får arbete som motsvarar deras utbildning",
             "Jobbmässa för inflyttade och arbetsgivare", "Näringslivsenheten", "Årligen"],
        ]),
    ])
    goals = {g.id: _sq(g.text) for g in got.goals}
    meters = {_sq(i.text): goals.get(i.goal) for i in got.indicators}
    assert meters == {
        "Andelen sysselsatta bland inflyttade": "Fler inflyttade får arbete som motsvarar deras utbildning",
        "Antalet deltagare i stadens språkkurser": "Alla inflyttade vuxna kan följa en språkkurs i sin vardag"}


def test_summary_numbering_its_titles_in_the_action_cell_keeps_the_first_sentence():
    # the number run into the title ('2.1. Läxhjälp …'): the restatement joined by number
    # (`merge`), the action the paragraph's first sentence
    cols = ["Åtgärd", "Ansvarig", "Samarbetspartner", "Tidtabell", "Indikator"]
    rows = [[f"{r[0]}. {r[1]}", *r[2:]] for r in _SUMMARY_ROWS]
    got = _numbered_paragraph_doc(rows, cols)
    assert [_sq(m.text) for m in got.measures] == [
        "2.1 Kommunen ordnar läxhjälp på huvudbiblioteket två eftermiddagar i veckan.",
        "2.2 Daghemmen bjuder in familjerna till föräldrakvällar om skolstarten.",
        "3.1 Kommunen ordnar mentorer för nya företagare med utländsk bakgrund."]


def test_actor_cell_wrapped_inside_the_partner_phrase():
    # a narrow responsible cell wraps inside 'i samarbete med': the phrase is still one
    assert split_actors("Ungdomsgården i samarbete\nmed Sjöscouterna\nFyrbåken", width=24) == (
        ["Ungdomsgården"], ["Sjöscouterna Fyrbåken"])
    assert split_actors("Medborgarinstitutet i samarbete\nmed Folkhälsan\nVästnyland", width=24) == (
        ["Medborgarinstitutet"], ["Folkhälsan Västnyland"])
    assert split_actors("Fritidsgården i\nsamarbete med Scoutkåren", width=24) == (["Fritidsgården"], ["Scoutkåren"])
