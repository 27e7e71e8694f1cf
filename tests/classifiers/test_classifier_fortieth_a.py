"""Fortieth blind set (blind235, blind236) conventions, on made-up programmes: an action plan
typed with tab stops instead of a table ('Nr<tab>Åtgärd<tab>Ansvarig<tab>...', goal lines 'MÅL N
<tab>theme<tab>goal', 'd:o' for the value above, `tab_typed_plans`) with a lettered follow-up line
after each goal ('Uppföljning: a) … (åtg. 1.2); b) … .'); and a Logical Framework matrix per
part (rows 'Övergripande mål' / 'Delmål N.M' / 'Aktiviteter' with coded activities,
`logframe_matrices`) over an implementation table keyed by the activity codes. Made-up PDF
pages typeset by golden.render, and made-up blocks."""

from __future__ import annotations

from blocks_doc import classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers.classify_document import classify
from classifiers.inline_lists import lettered_items
from classifiers.reader_shared import caption_theme
from classifiers.tab_typed_plans import _fields, _glued, _paragraphs, _rows, _tokens
from extractors.model import BBox, Line
from golden import render as R
from pipeline.process import ProcessOptions, extract, normalize


def _sq(s):
    return " ".join((s or "").split())


def _t(columns, rows, caption=""):
    return {"type": "table", "caption": caption, "columns": columns, "rows": rows}


def _pdf(tmp_path, blocks, style="ruled"):
    src = {"slug": "t", "municipality": "Exempelby", "title": "Integrationsplan för Exempelby 2026–2029",
           "period_start": 2026, "period_end": 2029, "language": "sv", "blocks": blocks}
    path = tmp_path / f"plan.{style}.pdf"
    path.write_bytes(R.render(src, style))
    o = ProcessOptions()
    return normalize(extract(str(path), o), o)


# --- a plan typed with tab stops -------------------------------------------------------------

def _tabbed_blocks():
    return [
        _h("1 Bakgrund", 1),
        _p("Planen gäller alla nya invånare i Exempelby. Den tas fram av bildningsnämnden."),
        _h("2 Handlingsplan", 1),
        _p("Handlingsplanen är skriven med tabulatorer. Förkortningen d:o betyder samma som på raden ovan."),
        _p("Nr\tÅtgärd\tAnsvarig\tSamarbetspart\tTidtabell"),
        _p("MÅL 1\tBoende\tNya invånare hittar en lämplig bostad under det första året"),
        _p("1.1\tBostadsrådgivning på tre språk i medborgarservicen\tTekniska enheten\t–\tfrån 2026"),
        _p("1.2\tHyresgästkurs för nyanlända familjer\td:o\tExempelby Bostäder Ab\t2027"),
        _p("Uppföljning: a) antalet hushåll som fått bostadsrådgivning (åtg. 1.1); b) andelen nya invånare "
           "med egen bostad efter ett år."),
        _p("MÅL 2\tFritid\tBarn och unga med utländsk bakgrund har en regelbunden hobby"),
        _p("2.1\tProva-på-dagar i idrottshallen varje lov\tFritidsenheten\tExempelby Idrottsklubb\t2026–2029"),
        _p("2.2\tHobbykort för nyinflyttade barn och deras föräldrar\td:o\td:o\td:o"),
        # a sentence about a goal in the plan is no goal line of it
        _p("Mål 2 gäller också barn som flyttar hit under läsåret."),
        _p("Uppföljning: a) antalet utdelade hobbykort (åtg. 2.2)."),
        _h("3 Uppföljning", 1),
        _p("Bildningsnämnden följer upp planen varje år."),
    ]


def _check_tabbed(x):
    goals = {_sq(g.text): g for g in x.goals}
    assert set(goals) == {"Nya invånare hittar en lämplig bostad under det första året",
                          "Barn och unga med utländsk bakgrund har en regelbunden hobby"}
    assert goals["Nya invånare hittar en lämplig bostad under det första året"].theme == "Boende"
    by_text = {_sq(m.text): m for m in x.measures}
    assert set(by_text) == {"Bostadsrådgivning på tre språk i medborgarservicen",
                            "Hyresgästkurs för nyanlända familjer",
                            "Prova-på-dagar i idrottshallen varje lov",
                            "Hobbykort för nyinflyttade barn och deras föräldrar"}
    m11 = by_text["Bostadsrådgivning på tre språk i medborgarservicen"]
    assert m11.responsible == ["Tekniska enheten"] and m11.partners == [] and m11.schedule == "från 2026"
    m12 = by_text["Hyresgästkurs för nyanlända familjer"]
    # 'd:o': the responsible of the line above, within the same goal
    assert m12.responsible == ["Tekniska enheten"] and m12.partners == ["Exempelby Bostäder Ab"]
    m22 = by_text["Hobbykort för nyinflyttade barn och deras föräldrar"]
    assert m22.responsible == ["Fritidsenheten"] and m22.partners == ["Exempelby Idrottsklubb"]
    assert m22.schedule == "2026–2029"
    assert {m.goal for m in (m11, m12)} == {goals["Nya invånare hittar en lämplig bostad under det första året"].id}
    return by_text, goals


def test_a_plan_typed_with_tabs_is_read_as_its_table(tmp_path):
    x = classify(_pdf(tmp_path, _tabbed_blocks()))
    by_text, goals = _check_tabbed(x)
    # the header line is no data, and no action was read from the prose around the plan
    assert not any("Tidtabell" in m.text or "Samarbetspart" in m.text for m in x.measures)


def test_a_plan_typed_with_tabs_in_two_columns(tmp_path):
    # a narrow column wraps fields to the margin and runs short fields into the next one
    _check_tabbed(classify(_pdf(tmp_path, _tabbed_blocks(), "twocolumn")))


def test_the_lettered_follow_up_line_gives_the_goals_meters(tmp_path):
    x = classify(_pdf(tmp_path, _tabbed_blocks()))
    inds = {_sq(i.text): i for i in x.indicators}
    assert set(inds) == {"antalet hushåll som fått bostadsrådgivning",
                         "andelen nya invånare med egen bostad efter ett år",
                         "antalet utdelade hobbykort"}
    m_text = {m.id: _sq(m.text) for m in x.measures}
    # '(åtg. 1.1)' names the action numbered so in the plan's Nr column; none: the goal's
    assert m_text[inds["antalet hushåll som fått bostadsrådgivning"].measure] == \
        "Bostadsrådgivning på tre språk i medborgarservicen"
    assert inds["andelen nya invånare med egen bostad efter ett år"].measure is None
    assert m_text[inds["antalet utdelade hobbykort"].measure] == "Hobbykort för nyinflyttade barn och deras föräldrar"


def test_fields_lost_in_print_are_found_by_what_fits_the_columns():
    roles = ["number", "measure", "responsible", "partners", "schedule"]
    # a field ending just before a tab stop runs into the next one ('bostadsrådd:o')
    toks = [("", "3.1"), ("tab", "Kurs i bostadsfrågor"), ("glue", "d:o"), ("tab", "Exempelby Bostäder Ab"),
            ("wrap", "2027")]
    assert _fields(toks, roles) == ["3.1", "Kurs i bostadsfrågor", "d:o", "Exempelby Bostäder Ab", "2027"]
    # a field wrapped to the margin in lower case goes on; a name at the margin is the next field
    toks = [("", "3.2"), ("tab", "Läxhjälp i skolornas"), ("wrap", "bibliotek varje vecka"),
            ("wrap", "Skolenheten"), ("tab", "–"), ("tab", "läsåren 2026–2029")]
    assert _fields(toks, roles) == ["3.2", "Läxhjälp i skolornas bibliotek varje vecka", "Skolenheten", "–",
                                    "läsåren 2026–2029"]
    # a piece cut where a dito mark, a time or an actor's name closes it
    assert _glued("Kvällskurs i svenskad:o") == ["Kvällskurs i svenska", "d:o"]
    assert _glued("Exempelby Bostäder Ab varje höst")[-1] == "varje höst"
    # ... also with no space left between them ('Norrby2027', 'nyanländaSkolenheten')
    assert _glued("Hembygdsgården i Norrby2026–2027") == ["Hembygdsgården i Norrby", "2026–2027"]
    assert _glued("Läxhjälp för nyanländaSkolenheten") == ["Läxhjälp för nyanlända", "Skolenheten"]


def test_no_field_ends_on_a_preposition():
    roles = ["number", "measure", "responsible", "partners", "schedule"]
    # 'Norrby och på Söderö' reads as a name, but the action would end on 'i': the wrap to
    # the margin is the field break
    toks = [("", "4.1"), ("tab", "Läsecirkel varje vecka i biblioteken i"), ("glue", "Norrby och på Söderö"),
            ("tab", "Biblioteket"), ("wrap", "Hembygdsgården i Norrby"), ("tab", "d:o")]
    assert _fields(toks, roles) == ["4.1", "Läsecirkel varje vecka i biblioteken i Norrby och på Söderö",
                                    "Biblioteket", "Hembygdsgården i Norrby", "d:o"]


def _ln(text, x0, y0, per_char=5.0):
    return Line(text=text, bbox=BBox(x0=x0, y0=y0, x1=x0 + per_char * len(text), y1=y0 + 10), font_size=10.0)


def test_a_line_start_whose_word_would_have_fitted_above_is_a_tab_break():
    # 'Medborgarinstitutet' would have fitted after 'Kurs för vuxna' (the line is short):
    # a word processor wrapped there because of a tab, not a word -- a field break for sure
    lines = [_ln("5.1", 57, 100), _ln("Kurs för vuxna", 93, 100), _ln("Medborgarinstitutet", 57, 113),
             _ln("–", 165, 113), _ln("2027", 201, 113)]
    (para,) = _paragraphs(_rows(lines))
    kinds = [k for k, _ in _tokens(para, 57.0, 538.0)]
    assert kinds == ["", "tab", "tab", "tab", "tab"]
    # ... a word that would not have fitted may be a field's wrap
    lines = [_ln("5.2", 57, 100), _ln("Kurs för vuxna i svenska och i finska på kvällstid med", 93, 100),
             _ln("barnpassning", 57, 113)]
    (para,) = _paragraphs(_rows(lines))
    assert [k for k, _ in _tokens(para, 57.0, 380.0)] == ["", "tab", "wrap"]


def test_a_lettered_list_split_at_its_semicolons_loses_its_letters():
    assert lettered_items(["a) antalet kurser", "b) andelen deltagare"]) == ["antalet kurser", "andelen deltagare"]
    assert lettered_items(["a) antalet kurser"]) == ["antalet kurser"]
    assert lettered_items(["b) antalet kurser", "a) andelen"]) is None
    assert lettered_items(["antalet kurser", "andelen deltagare"]) is None


# --- a Logical Framework matrix per part, an implementation table keyed by activity code -----

_LFA_HEADER = ["Interventionslogik", "Objektivt verifierbara indikatorer", "Verifikationskällor", "Antaganden"]


def _logframe_blocks():
    return [
        _h("1 Så läser du de logiska ramarna", 1),
        _p("Varje insatsområde har en logisk ram med övergripande mål, delmål och aktiviteter."),
        _h("Insatsområde 1: Språk", 2),
        _t(_LFA_HEADER, [
            ["Övergripande mål\nVuxna invandrare i Exempelby\nkan använda svenska i arbetet",
             "Andelen vuxna som klarar\nnivå B1 i svenska", "Medborgarinstitutets\nstatistik", "–"],
            ["Delmål 1.1\nFler deltar i kvällskurser\ni svenska",
             "Antal deltagare i\nkvällskurserna\nAntal kurser som\nordnats", "Kursregistret",
             "Kursledare finns att\nanställa"],
            ["Delmål 1.2\nArbetsplatserna stöder\nspråkinlärningen",
             "Antal arbetsplatser med\nett språkombud", "Enkät till arbetsgivarna", "Arbetsgivarna deltar"],
            ["Aktiviteter\n1.1.1 Kvällskurs i svenska\nför anställda inom vården\n1.1.2 Distanskurs i svenska\n"
             "med handledning\n1.2.1 Språkombud på de\nstörsta arbetsplatserna",
             "Medel: en kurssekreterare", "Kostnader: 20 000 euro per år", "Förutsättningar: lokaler finns"],
        ], caption="Tabell 1. Logisk ram för insatsområde 1"),
        _h("2 Genomförandeplan", 1),
        _t(["Aktivitet", "Huvudansvar", "Medverkande", "Tidsperiod", "Prestationsmått"], [
            ["1.1.1", "Medborgarinstitutet", "Välfärdsområdet", "2026–2028", "Antal kurstimmar per år"],
            ["1.1.2", "Medborgarinstitutet", "–", "från 2027", "–"],
            ["1.2.1", "Näringslivsenheten", "Företagarna i Exempelby; Arbetsgivarna", "2026–2029", "–"],
        ], caption="Tabell 2. Genomförandeplan"),
        _h("3 Riskanalys", 1),
        _t(["Risk", "Sannolikhet", "Hantering"], [
            ["Kursledarna räcker inte till", "medelstor", "Samarbete med grannkommunerna"],
        ], caption="Tabell 3. Risker"),
    ]


def test_a_logframe_matrix_is_read_as_goals_sub_goals_and_activities():
    x = _classify(_logframe_blocks())
    goals = {_sq(g.text): g for g in x.goals}
    top = goals["Vuxna invandrare i Exempelby kan använda svenska i arbetet"]
    assert top.parent is None
    sub1, sub2 = goals["Fler deltar i kvällskurser i svenska"], goals["Arbetsplatserna stöder språkinlärningen"]
    assert sub1.parent == top.id and sub2.parent == top.id
    by_text = {_sq(m.text): m for m in x.measures}
    assert set(by_text) == {"Kvällskurs i svenska för anställda inom vården", "Distanskurs i svenska med handledning",
                            "Språkombud på de största arbetsplatserna"}
    assert by_text["Kvällskurs i svenska för anställda inom vården"].goal == sub1.id
    assert by_text["Språkombud på de största arbetsplatserna"].goal == sub2.id
    # the means, costs and preconditions of the activities' row are none of the plan's items
    everything = [_sq(i.text) for i in x.indicators] + list(by_text) + list(goals)
    assert not any(t.startswith(("Medel", "Kostnader", "Förutsättningar")) for t in everything)


def test_each_level_keeps_its_own_indicators():
    x = _classify(_logframe_blocks())
    goals = {g.id: _sq(g.text) for g in x.goals}
    inds = {_sq(i.text): i for i in x.indicators}
    assert goals[inds["Andelen vuxna som klarar nivå B1 i svenska"].goal] == \
        "Vuxna invandrare i Exempelby kan använda svenska i arbetet"
    assert goals[inds["Antal deltagare i kvällskurserna"].goal] == "Fler deltar i kvällskurser i svenska"
    assert goals[inds["Antal kurser som ordnats"].goal] == "Fler deltar i kvällskurser i svenska"
    # the second sub-goal's meter, on its row after the first sub-goal's activities: the
    # sub-goal's, of none of those activities
    own = inds["Antal arbetsplatser med ett språkombud"]
    assert own.measure is None and goals[own.goal] == "Arbetsplatserna stöder språkinlärningen"
    for t in ("Andelen vuxna som klarar nivå B1 i svenska", "Antal deltagare i kvällskurserna"):
        assert inds[t].measure is None


def test_the_implementation_table_gives_each_coded_activity_its_doers_and_time():
    x = _classify(_logframe_blocks())
    by_text = {_sq(m.text): m for m in x.measures}
    m = by_text["Kvällskurs i svenska för anställda inom vården"]
    assert m.responsible == ["Medborgarinstitutet"] and m.partners == ["Välfärdsområdet"]
    assert m.schedule == "2026–2028"
    m = by_text["Språkombud på de största arbetsplatserna"]
    assert m.responsible == ["Näringslivsenheten"]
    assert m.partners == ["Företagarna i Exempelby", "Arbetsgivarna"]
    assert by_text["Distanskurs i svenska med handledning"].schedule == "från 2027"
    # the output measure is the coded activity's meter; the risk table's handling no action
    inds = {_sq(i.text): i for i in x.indicators}
    assert inds["Antal kurstimmar per år"].measure == by_text["Kvällskurs i svenska för anställda inom vården"].id
    assert not any("grannkommunerna" in t for t in by_text)


def test_a_caption_naming_its_area_by_number_leaves_the_theme_to_the_section():
    assert caption_theme("Tabell 2. Logisk ram för insatsområde 3") is None
    assert caption_theme("Tabell 4. Boende och trygghet") == "Boende och trygghet"
    x = _classify(_logframe_blocks())
    assert {g.theme for g in x.goals} == {"Språk"}
