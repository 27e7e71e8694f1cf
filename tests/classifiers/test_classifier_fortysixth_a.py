"""Forty-sixth blind set (blind271, blind273) conventions, on made-up text: numbered action
paragraphs whose doer is said in a sentence before the labelled time field ('N.M <action>.
<how>. Ansvaret ligger hos X i samarbete med Y. Tidtabell: T.'), an appendix's meter table
whose action column holds action numbers or 'mål N' (also after the row's own number in a
numbered print), a goal/action table with lower-case meters opening with their count, key
figures listed '<meter> – <area>', and a name's genitive wrapped alone onto a line of a
narrow cell."""

from blocks_doc import bullets as _b, classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers.elements import _continues_row
from classifiers.lead_phrase import responsible_said
from classifiers.records import _responsible_closing_action, trailing_fields
from classifiers.text import is_wrap, opens_with_count
from classifiers.theme_labelled_meters import theme_labelled_meter
from classifiers.titled_items import described_numbered_action


def _sq(s):
    return " ".join(s.split())


def _t(caption, columns, rows):
    return {"type": "table", "caption": caption, "columns": columns, "rows": rows}


# ---- 'Ansvaret ligger hos X' before the labelled fields ------------------------------------

def test_responsible_said_names_the_doers():
    assert responsible_said("Ansvaret ligger hos fritidsbyrån i samarbete med Scouterna.") == \
        "fritidsbyrån i samarbete med Scouterna"
    assert responsible_said("Ansvarig för åtgärden är skolbyrån.") == "skolbyrån"
    assert responsible_said("Skolbyrån ansvarar för åtgärden tillsammans med Biblioteket.") == \
        "Skolbyrån tillsammans med Biblioteket"
    # a sentence going on about something else, or naming no doer, is none
    assert responsible_said("Skolbyrån ansvarar för den del som gäller gymnasiet.") is None
    assert responsible_said("Kursen hålls i skolans aula.") is None


def test_responsible_sentence_before_fields_is_the_field_of_who():
    head, fs = trailing_fields(
        "3.1 Kommunen ordnar simskola för vuxna. Simskolan hålls i badhuset. Ansvaret ligger hos "
        "idrottsbyrån i samarbete med Simklubben Delfin. Tidtabell: varje sommar.")
    assert head == "3.1 Kommunen ordnar simskola för vuxna. Simskolan hålls i badhuset."
    assert fs == [("responsible", "Ansvar", "idrottsbyrån i samarbete med Simklubben Delfin"),
                  ("schedule", "Tidtabell", "varje sommar")]
    # fields naming their own doer keep the sentence in the text
    head, fs = trailing_fields("3.1 Simskola. Ansvaret ligger hos X-byrån. Ansvarig: Y-byrån. Tidtabell: 2027.")
    assert [r for r, _, _ in fs] == ["responsible", "schedule"] and fs[0][2] == "Y-byrån"


def test_responsible_sentence_closing_a_folded_record():
    rec = {"measure": ("Åtgärd", "3.1 Kommunen ordnar simskola för vuxna. Simskolan hålls i "
                                 "badhuset. Ansvaret ligger hos idrottsbyrån."),
           "schedule": ("Tidtabell", "varje sommar")}
    _responsible_closing_action(rec)
    assert rec["measure"][1] == "3.1 Kommunen ordnar simskola för vuxna. Simskolan hålls i badhuset."
    assert rec["responsible"] == ("Ansvar", "idrottsbyrån")
    kept = {"measure": ("Åtgärd", "3.1 Simskola. Ansvaret ligger hos X."), "responsible": ("Ansvar", "Y")}
    _responsible_closing_action(kept)
    assert kept["responsible"] == ("Ansvar", "Y")


def test_described_numbered_action_taken_up_after_an_adverb_or_by_an_accented_noun():
    assert described_numbered_action(
        "2.4 Kommunen ordnar simskola för vuxna i egen regi. Tidigare har simskolorna ordnats "
        "i grannstaden.") == "2.4 Kommunen ordnar simskola för vuxna i egen regi."
    assert described_numbered_action(
        "2.5 Ett kafé för seniorer varje fredag. Kaféet drivs av frivilliga pensionärer.") == \
        "2.5 Ett kafé för seniorer varje fredag."
    assert described_numbered_action(
        "2.6 Filmkvällar med textning varje månad. Filmvisningen sker i bibliotekets "
        "matiné-salong och riktar sig till alla.") == "2.6 Filmkvällar med textning varje månad."
    # an adverb not followed by a verb and a definite subject says a part of the action
    assert described_numbered_action(
        "2.7 Samarbete med idrottsklubbarna. Dessutom prova-på-dagar varje höst för alla.") is None


def _sentence_doer_doc():
    return _classify([
        _h("3 Mål och åtgärder"),
        _h("3.1 Hälsa", 3),
        _p("Mål 1: Nyinflyttade hittar till motion och friluftsliv."),
        _p("1.1 Kommunen ordnar simskola för vuxna i egen regi. Tidigare har simskolorna ordnats i "
           "grannstaden. Ansvaret ligger hos idrottsbyrån i samarbete med Simklubben Delfin. "
           "Tidtabell: varje sommar."),
        _p("1.2 Naturpromenader med guide på lätt svenska. Promenaderna utgår från biblioteket. "
           "Ansvaret ligger hos fritidsbyrån. Tidtabell: 2027–2029."),
        _h("3.2 Boende", 3),
        _p("Mål 2: Nyinflyttade känner till sina rättigheter som hyresgäster."),
        _p("2.1 Boenderådgivning på flera språk i stadshuset. Rådgivningen ges varannan vecka. "
           "Ansvaret ligger hos bostadsbyrån i samarbete med Hyresgästföreningen. Tidtabell: från 2027."),
    ])


def test_numbered_paragraphs_with_the_doer_in_a_sentence():
    got = _sentence_doer_doc()
    assert [_sq(m.text) for m in got.measures] == [
        "1.1 Kommunen ordnar simskola för vuxna i egen regi.",
        "1.2 Naturpromenader med guide på lätt svenska.",
        "2.1 Boenderådgivning på flera språk i stadshuset."]
    assert [m.responsible for m in got.measures] == [["idrottsbyrån"], ["fritidsbyrån"], ["bostadsbyrån"]]
    assert [m.partners for m in got.measures] == [["Simklubben Delfin"], [], ["Hyresgästföreningen"]]
    assert [m.schedule for m in got.measures] == ["varje sommar", "2027–2029", "från 2027"]


# ---- a goal reference alone in a cell keys a row of its own --------------------------------

def test_goal_reference_row_is_no_continuation():
    above = ["4", "deltagare i simskolan per år", "1.1"]
    assert not _continues_row(["5", "vuxna som kan simma", "mål 1"], above)
    assert not _continues_row(["5", "vuxna som kan simma", "Delmål 2.1"], above)
    # a lower-case text going on in every cell is still a cut row's rest
    assert _continues_row(["", "i simskolan", "och i badhuset"], ["4", "antal deltagare", "1.1 simskola"])


def test_row_number_before_a_goal_reference():
    got = _classify([
        _h("3 Mål och åtgärder"),
        _p("Mål 1: Nyinflyttade hittar till motion och friluftsliv."),
        _p("1.1 Kommunen ordnar simskola för vuxna. Ansvarig: idrottsbyrån. Tidtabell: 2027."),
        _h("Bilaga 1. Mätare"),
        _t("", ["Åtgärd", "Mätare"], [
            ["1. 1.1", "antal deltagare i simskolan"],
            ["2. mål 1", "andel vuxna som kan simma"],
        ]),
    ])
    assert [_sq(m.text) for m in got.measures] == ["1.1 Kommunen ordnar simskola för vuxna."]
    inds = {_sq(i.text): i for i in got.indicators}
    assert set(inds) == {"antal deltagare i simskolan", "andel vuxna som kan simma"}
    assert inds["antal deltagare i simskolan"].measure == got.measures[0].id
    assert inds["andel vuxna som kan simma"].measure is None
    assert inds["andel vuxna som kan simma"].goal == got.goals[0].id


# ---- meters opening with their count, each its own row's -----------------------------------

def test_count_meter_under_a_finished_meter_is_a_row_of_its_own():
    assert opens_with_count("antal deltagare") and opens_with_count("• Andelen elever")
    above = ["Mål A.", "Simskola för vuxna.", "idrottsbyrån", "2027", "antal deltagare per år"]
    assert not _continues_row(["", "Naturpromenader.", "fritidsbyrån", "varje höst",
                               "antal promenader per termin"], above)
    # ... not under a meter left open
    assert _continues_row(["", "", "", "", "antal deltagare i"], ["Mål A.", "X.", "Y", "2027", "andel av"])


def test_goal_action_table_rows_with_count_meters():
    got = _classify([
        _h("3 Åtgärdsplan"),
        _h("3.1 Hälsa", 3),
        _t("Tabell 2. Hälsa", ["Målsättning", "Åtgärd", "Ansvarig", "Samarbetspartner", "Tidtabell", "Indikator"], [
            ["Nyinflyttade hittar till motion och friluftsliv.", "Simskola för vuxna varje sommar i badhuset.",
             "idrottsbyrån", "Simklubben Delfin", "2026–2029", "antal deltagare per sommar"],
            ["", "Naturpromenader med guide på lätt svenska.", "fritidsbyrån", "–", "varje höst",
             "antal promenader per termin"],
        ]),
    ])
    assert [_sq(m.text).rstrip(".") for m in got.measures] == [
        "Simskola för vuxna varje sommar i badhuset", "Naturpromenader med guide på lätt svenska"]
    assert sorted(_sq(i.text) for i in got.indicators) == ["antal deltagare per sommar",
                                                          "antal promenader per termin"]


# ---- key figures '<meter> – <area>' ---------------------------------------------------------

def test_theme_after_dash_names_the_meter_and_the_area():
    assert theme_labelled_meter("antal besökare i badhuset (egen statistik) – Hälsa och motion") == \
        ("antal besökare i badhuset (egen statistik)", "Hälsa och motion")
    assert theme_labelled_meter("andelen som simmar – Hälsa") == ("andelen som simmar", "Hälsa")
    # a dash inside a sentence going on, or a field label, names no area
    assert theme_labelled_meter("antal besökare – Ansvarig") is None
    assert theme_labelled_meter("Simskolan – ordnas varje sommar") is None


def test_key_figures_named_by_area_follow_up_its_one_goal():
    got = _classify([
        _h("3 Åtgärdsplan"),
        _h("3.1 Hälsa och motion", 3),
        _p("Mål 1: Nyinflyttade hittar till motion och friluftsliv."),
        _b("Simskola för vuxna varje sommar. Ansvar: idrottsbyrån. Tidtabell: 2027."),
        _h("3.2 Boende", 3),
        _p("Mål 2: Nyinflyttade känner till sina rättigheter som hyresgäster."),
        _b("Boenderådgivning på flera språk. Ansvar: bostadsbyrån. Tidtabell: 2027."),
        _h("4 Uppföljning"),
        _p("Dessutom följs följande nyckeltal upp på programnivå:"),
        _b("antalet hyresgäster som fått rådgivning på sitt eget språk – Boende",
           "andelen nyinflyttade som motionerar varje vecka – Hälsa och motion"),
    ])
    goals = {g.id: _sq(g.text) for g in got.goals}
    inds = {_sq(i.text): i for i in got.indicators}
    assert set(inds) == {"antalet hyresgäster som fått rådgivning på sitt eget språk",
                         "andelen nyinflyttade som motionerar varje vecka"}
    assert goals[inds["antalet hyresgäster som fått rådgivning på sitt eget språk"].goal] == \
        "Nyinflyttade känner till sina rättigheter som hyresgäster"
    assert goals[inds["andelen nyinflyttade som motionerar varje vecka"].goal] == \
        "Nyinflyttade hittar till motion och friluftsliv"


# ---- a name's genitive alone on a line -------------------------------------------------------

def test_genitive_word_line_wrapped_before_a_long_word():
    assert is_wrap("Strandviks", "Mångkulturella Förening rf", width=20)
    # room for the next word on the line: the line ended its item
    assert not is_wrap("Strandviks", "Kyrka", width=20)
    # a place name in '-s' before a unit named in its definite form: two names
    assert not is_wrap("Jakobstads", "Ungdomstjänsten", width=20)
    # a word not ending in '-s' is no genitive
    assert not is_wrap("Strandvik", "Mångkulturella Förening rf", width=20)
