"""Forty-sixth blind set (blind275, blind276) conventions, on made-up text: actions written
'Åtgärd N.M: <action>.' over a line 'Ansvar: X. [Samarbete: Y, Z.] Tidtabell: T.[ Uppföljning:
U.]' (the follow-up field is that action's meter, on the same line or the next), programme
indicators introduced by 'Därtill följs programmets målsättningar upp med följande
indikatorer:', grouped action tables whose follow-up cell is empty on some rows and whose doer
cell gives the partners a line of their own, and actions numbered 'N.M' by their chapter under
a 'Tyngdpunkt: X.' field, next to actions numbered by 'Tyngdpunkt N.' headings."""

from blocks_doc import bullets as _b, classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers.elements import _continues_row, _whole_actor_under_finished
from classifiers.prose import intro_kind


def _sq(s):
    return " ".join(s.split())


def _t(caption, columns, rows):
    return {"type": "table", "caption": caption, "columns": columns, "rows": rows}


# ---- 'Åtgärd N.M: …' over its field line, a follow-up field among the fields ---------------

def _field_line_doc(split_follow_up: bool = False):
    closing = ([_p("Ansvar: tekniska nämnden. Tidtabell: årligen."),
                _p("Uppföljning: antal deltagare i vandringarna.")] if split_follow_up else
               [_p("Ansvar: tekniska nämnden. Tidtabell: årligen. Uppföljning: antal deltagare i vandringarna.")])
    return _classify([
        _h("3. Mål och åtgärder", 2),
        _h("3.4 Boende och närmiljö", 3),
        _p("Målsättning: Alla nya invånare trivs i sina bostadsområden."),
        _p("Tyngdpunkt: Grannskap och trygghet."),
        _p("Åtgärd 3.1: Bostadsbolaget ordnar grannträffar på tre språk."),
        _p("Ansvar: bostadsbolaget. Tidtabell: 2028."),
        _p("Åtgärd 3.2: Trygghetsvandringar ordnas i centrum varje höst."),
        *closing,
        _p("Åtgärd 3.3: Parkerna får belysning och bänkar."),
        _p("Ansvar: tekniska sektorn. Samarbete: Norrby byaförening, hembygdsföreningen. "
           "Tidtabell: 2028–2029. Uppföljning: antal nya bänkar."),
    ])


def test_follow_up_field_on_the_field_line_is_the_actions_meter():
    got = _field_line_doc()
    by_text = {_sq(m.text): m for m in got.measures}
    assert list(by_text) == ["Bostadsbolaget ordnar grannträffar på tre språk",
                             "Trygghetsvandringar ordnas i centrum varje höst",
                             "Parkerna får belysning och bänkar"]
    walk, park = by_text["Trygghetsvandringar ordnas i centrum varje höst"], by_text["Parkerna får belysning och bänkar"]
    assert walk.responsible == ["tekniska nämnden"] and walk.schedule == "årligen"
    assert park.responsible == ["tekniska sektorn"]
    assert park.partners == ["Norrby byaförening", "hembygdsföreningen"]
    assert park.schedule == "2028–2029"
    meters = {_sq(i.text): i.measure for i in got.indicators}
    assert meters == {"antal deltagare i vandringarna": walk.id, "antal nya bänkar": park.id}


def test_follow_up_field_on_the_next_line_goes_on_with_the_fields():
    got = _field_line_doc(split_follow_up=True)
    walk = next(m for m in got.measures if m.text.startswith("Trygghetsvandringar"))
    assert {_sq(i.text): i.measure for i in got.indicators}["antal deltagare i vandringarna"] == walk.id


def test_a_follow_up_label_naming_its_scope_stays_the_goals():
    # 'Uppföljning av insatsen: …' under the last action's field line follows up the whole
    # effort (its goal), no field of that action
    got = _classify([
        _h("Särskild insats för nyanlända familjer", 2),
        _p("Målsättning: Nyanlända familjer får stöd under sitt första år i kommunen."),
        _p("Insats 1 – Hembesök hos alla nyanlända familjer under första månaden."),
        _p("Ansvar och tid: familjecentret, 2026."),
        _p("Insats 2 – Lekgrupp för småbarn och föräldrar i församlingshemmet."),
        _p("Ansvar och tid: församlingen, hösten 2026."),
        _p("Uppföljning av insatsen: Antal familjer som fått ett hembesök."),
    ])
    ind = next(i for i in got.indicators if "hembesök" in i.text)
    assert ind.measure is None and ind.goal is not None


# ---- goals followed up 'med följande indikatorer' ------------------------------------------

def test_goals_followed_up_with_indicators_introduce_indicators():
    assert intro_kind("Därtill följs programmets målsättningar upp med följande indikatorer:") == "indicator"
    assert intro_kind("Programmets mål följs upp med följande mätare:") == "indicator"
    assert intro_kind("Målen följs upp med hjälp av dessa indikatorer:") == "indicator"
    # the goal noun naming the list's items, or no indicator named, leaves it a goal list
    assert intro_kind("Följande mål följs upp med indikatorer:") == "goal"
    assert intro_kind("Delmålen följs upp årligen:") == "goal"
    assert intro_kind("Programmets mål är följande:") == "goal"


def test_programme_indicator_list_after_a_goal_follow_up_intro():
    got = _classify([
        _h("3. Mål och åtgärder", 2),
        _p("Målsättning: Alla nya invånare trivs i sina bostadsområden."),
        _p("Åtgärd 3.1: Bostadsbolaget ordnar grannträffar på tre språk."),
        _p("Ansvar: bostadsbolaget. Tidtabell: 2028."),
        _h("4. Uppföljning och utvärdering", 2),
        _p("Uppföljningen sker årligen. Därtill följs programmets målsättningar upp med följande indikatorer:"),
        _b("andelen invånare som trivs i sitt bostadsområde", "antal anmälda brott i centrum"),
    ])
    assert [g.text for g in got.goals] == ["Alla nya invånare trivs i sina bostadsområden"]
    assert sorted(_sq(i.text) for i in got.indicators) == [
        "andelen invånare som trivs i sitt bostadsområde", "antal anmälda brott i centrum"]


# ---- grouped action table: an empty follow-up cell, a doer with its partners' line ----------

def test_a_lower_case_cell_under_an_empty_cell_continues_nothing():
    above = ["", "Sommarjobb för unga\ninvandrare i kommunen", "ungdomsbyrån", "2027", ""]
    row = ["", "Mentorer för\nnyanlända företagare", "näringslivsbyrån", "2028", "antal mentorpar"]
    assert not _continues_row(row, above)
    # a doer whose partners stand on lines of their own names the doer whole: a new row's
    # value under the finished doer above, no rest of it
    doer = "näringslivsbyrån\ni samarbete med\nFöretagarna rf och\nbyaföreningen"
    assert _whole_actor_under_finished(doer, "ungdomsbyrån")
    assert not _whole_actor_under_finished("och fritidsbyrån\ni samarbete med\nbyaföreningen", "ungdomsbyrån")
    row = ["", "Mentorer för\nnyanlända företagare", doer, "två omgångar per år", "antal mentorpar"]
    assert not _continues_row(row, above)
    # a cut row's rest still goes on: lower-case cells under cells that held text
    above = ["", "Sommarjobb för unga", "ungdomsbyrån i samarbete", "2027", "antal"]
    row = ["", "invandrare i kommunen", "med föreningarna", "", "sommarjobb"]
    assert _continues_row(row, above)


def test_grouped_table_rows_with_an_empty_follow_up_cell_stay_apart():
    got = _classify([
        _h("3.2 Arbete", 3),
        _p("Målsättning: Fler inflyttade får arbete i regionen."),
        _t("Tabell 2. Arbete", ["Tyngdpunkt", "Åtgärd / metod", "Ansvarsinstans", "Tidtabell", "Uppföljning"], [
            ["Vägar till arbetslivet", "Jobbmässa för nyinflyttade varje höst", "näringslivsbyrån", "2027–2029",
             "antal besökare"],
            ["", "Sommarjobb för unga invandrare i kommunen", "ungdomsbyrån", "2027", ""],
            ["", "Mentorer för nyanlända företagare", "näringslivsbyrån\ni samarbete med Företagarna rf",
             "två omgångar per år", "antal mentorpar"],
        ]),
    ])
    assert [_sq(m.text) for m in got.measures] == [
        "Jobbmässa för nyinflyttade varje höst", "Sommarjobb för unga invandrare i kommunen",
        "Mentorer för nyanlända företagare"]
    mentor = got.measures[2]
    assert mentor.responsible == ["näringslivsbyrån"] and mentor.partners == ["Företagarna rf"]
    assert {_sq(i.text): i.measure for i in got.indicators}["antal mentorpar"] == mentor.id


# ---- actions numbered by their chapter next to actions numbered by 'Tyngdpunkt N.' ----------

def test_chapter_numbered_actions_under_a_focus_field_stay_with_it():
    got = _classify([
        _h("2. Insatser", 2),
        _h("2.1 Arbete", 3),
        _p("Målsättning: Fler inflyttade får arbete i regionen."),
        _h("Tyngdpunkt 1. Vägar till arbetslivet", 4),
        _p("1.1 Jobbmässa för nyinflyttade varje höst"),
        _p("Ansvarig: näringslivsbyrån. Tidtabell: årligen."),
        _p("1.2 Praktikplatser i kommunens kök"),
        _p("Ansvarig: personalenheten. Tidtabell: 2027."),
        _h("2.2 Skola", 3),
        _p("Målsättning: Alla elever klarar skolan."),
        _h("Tyngdpunkt 2. Stöd i skolarbetet", 4),
        _p("2.1 Läxklubbar i alla skolor"),
        _p("Ansvarig: skolbyrån. Tidtabell: 2026–2028."),
        _p("2.2 Studiehandledning på modersmålet"),
        _p("Ansvarig: skolbyrån. Tidtabell: från hösten 2026."),
        _h("2.3 Fritid", 3),
        _p("Målsättning: Alla invånare hittar en fritidssysselsättning."),
        _p("Tyngdpunkt: Idrott och kultur för alla."),
        _p("Åtgärd 2.1: Simskolor för vuxna ordnas varje sommar."),
        _p("Ansvar: idrottsbyrån. Tidtabell: 2027."),
        _p("Åtgärd 2.2: Biblioteket lånar ut sportutrustning gratis."),
        _p("Ansvar: biblioteket. Tidtabell: 2026."),
    ])
    goal_of = {g.id: g.text for g in got.goals}
    by_text = {_sq(m.text): m for m in got.measures}
    # the 'Åtgärd 2.1' of chapter 2.3 is no restatement of action 2.1 of 'Tyngdpunkt 2.'
    assert len(got.measures) == 6
    assert goal_of[by_text["2.1 Läxklubbar i alla skolor"].goal].endswith("Stöd i skolarbetet")
    assert by_text["2.1 Läxklubbar i alla skolor"].responsible == ["skolbyrån"]
    swim = by_text["Simskolor för vuxna ordnas varje sommar"]
    assert goal_of[swim.goal] == "Idrott och kultur för alla"
    assert swim.responsible == ["idrottsbyrån"] and swim.schedule == "2027"
    assert goal_of[by_text["Biblioteket lånar ut sportutrustning gratis"].goal] == "Idrott och kultur för alla"
