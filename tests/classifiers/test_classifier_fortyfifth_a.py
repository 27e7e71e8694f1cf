"""Forty-fifth blind set (blind265, blind267) conventions, on made-up text: numbered action
paragraphs 'N.M <action>. <how>. Ansvarig: X. Samarbetspartner: Y, Z. Tidtabell: T.' under
'Mål N: <goal>.' (the first sentence is the action), an appendix's meter table whose action
column holds action numbers or 'Mål N', partners after a comma closed by a legal form ('…
Företagare rf'), and bullets closing '(ansvarig; samarbetspartner or –; tidtabell)' under a
lead-in whose bracket legend names those fields."""

from blocks_doc import bullets as _b, classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers.action_number_rows import legend_names_action_fields
from classifiers.actors import semicolon_field_parenthesis, split_names, trailing_actors
from classifiers.headers import header_role
from classifiers.prose import intro_kind
from classifiers.titled_items import described_numbered_action


def _sq(s):
    return " ".join(s.split())


def _t(caption, columns, rows):
    return {"type": "table", "caption": caption, "columns": columns, "rows": rows}


# ---- numbered action paragraphs with a description and their fields -------------------------

def test_described_numbered_action_keeps_the_first_sentence():
    assert described_numbered_action(
        "3.2 Kvällskurser i svenska ordnas på lördagar. Kurserna hålls i skolans aula.") == \
        "3.2 Kvällskurser i svenska ordnas på lördagar."
    # one sentence, no number, or a short second 'sentence' leave it whole
    assert described_numbered_action("3.2 Kvällskurser i svenska ordnas på lördagar.") is None
    assert described_numbered_action("Kvällskurser ordnas. Kurserna hålls i skolans aula.") is None
    assert described_numbered_action("3.2 Kvällskurser ordnas på lördagar. Kl. 18.") is None
    # the sentence after the first takes it up ('Den', a definite noun, 'Vid kurserna')
    assert described_numbered_action(
        "1.4 Ett språkcafé startas i biblioteket. Det hålls varje tisdag kväll.") == \
        "1.4 Ett språkcafé startas i biblioteket."
    assert described_numbered_action(
        "1.5 Föräldraträffar ordnas i skolorna. Vid träffarna finns alltid en tolk.") == \
        "1.5 Föräldraträffar ordnas i skolorna."
    # an action listed in parts, each sentence adding one, stays whole
    assert described_numbered_action(
        "6.2 Utökat samarbete med föreningarna. Information om föreningslivet på flera språk. "
        "Prova-på-dagar varje höst för nya invånare.") is None


def _numbered_prose_doc():
    return _classify([
        _h("4 Mål och åtgärder"),
        _h("4.1 Arbete", 3),
        _p("Mål 1: Fler nyanlända får arbete i regionen."),
        _p("1.1 Kommunen ordnar en jobbmässa för nyanlända varje höst. Mässan hålls i "
           "idrottshallen tillsammans med lokala företag. Ansvarig: Näringslivsbyrån. "
           "Samarbetspartner: Östra arbetskraftsområdet, Bygdens Företagare rf. Tidtabell: Årligen."),
        _p("1.2 Praktikplatser erbjuds inom kommunens kök och städning. Platserna förmedlas via "
           "personalenheten. Ansvarig: Personalenheten. Samarbetspartner: –. Tidtabell: 2027."),
        _h("4.2 Skola", 3),
        _p("Mål 2: Alla elever med annat modersmål får stöd i skolarbetet."),
        _p("2.1 Läxklubbar startas i alla skolor med årskurserna 7–9. Klubbarna leds av "
           "frivilliga studerande. Ansvarig: Skolbyrån. Samarbetspartner: Biblioteket. "
           "Tidtabell: Från hösten 2027."),
        _h("Bilaga 1. Uppföljning"),
        _t("", ["Åtgärd", "Indikator", "Uppgiften samlas in av"], [
            ["1.1", "Antal besökare på jobbmässan", "Näringslivsbyrån"],
            ["Mål 1", "Sysselsättningsgraden bland nyanlända", "Statistikcentralen"],
            ["2.1", "Antal elever i läxklubbarna", "Skolbyrån"],
            ["Mål 2", "Antal elever som fått slutbetyg i grundskolan", "Rektorerna"],
        ]),
    ])


def test_numbered_action_paragraph_is_its_first_sentence_with_its_fields():
    got = _numbered_prose_doc()
    assert [_sq(m.text) for m in got.measures] == [
        "1.1 Kommunen ordnar en jobbmässa för nyanlända varje höst.",
        "1.2 Praktikplatser erbjuds inom kommunens kök och städning.",
        "2.1 Läxklubbar startas i alla skolor med årskurserna 7–9."]
    goals = {g.id: g.text for g in got.goals}
    assert [goals[m.goal] for m in got.measures] == [
        "Fler nyanlända får arbete i regionen", "Fler nyanlända får arbete i regionen",
        "Alla elever med annat modersmål får stöd i skolarbetet"]
    assert [m.responsible for m in got.measures] == [["Näringslivsbyrån"], ["Personalenheten"], ["Skolbyrån"]]
    assert got.measures[0].partners == ["Östra arbetskraftsområdet", "Bygdens Företagare rf"]
    assert got.measures[1].partners == []
    assert [m.schedule for m in got.measures] == ["Årligen", "2027", "Från hösten 2027"]


def test_meter_table_names_actions_by_number_and_goals_by_label():
    got = _numbered_prose_doc()
    assert len(got.measures) == 3  # 'Mål 1' in the action column is no action
    by_text = {_sq(i.text): i for i in got.indicators}
    mids = {_sq(m.text)[:3]: m.id for m in got.measures}
    goals = {g.text: g.id for g in got.goals}
    assert by_text["Antal besökare på jobbmässan"].measure == mids["1.1"]
    assert by_text["Antal elever i läxklubbarna"].measure == mids["2.1"]
    ind = by_text["Sysselsättningsgraden bland nyanlända"]
    assert ind.measure is None and ind.goal == goals["Fler nyanlända får arbete i regionen"]
    ind = by_text["Antal elever som fått slutbetyg i grundskolan"]
    assert ind.measure is None and ind.goal == goals["Alla elever med annat modersmål får stöd i skolarbetet"]


def test_a_name_closed_by_a_legal_form_is_no_sub_unit():
    assert split_names("Östra arbetskraftsområdet, Bygdens Företagare rf") == \
        ["Östra arbetskraftsområdet", "Bygdens Företagare rf"]
    assert split_names("Norra regionens arbetskraftsområde, Snickeri Lind Ab") == \
        ["Norra regionens arbetskraftsområde", "Snickeri Lind Ab"]


# ---- '(ansvarig; samarbetspartner; tidtabell)' items under a bracket legend ------------------

def test_semicolon_field_parenthesis():
    assert semicolon_field_parenthesis(
        "Simskola för vuxna ordnas (idrottsbyrån; Simklubben Delfin; sommaren 2027)")[1] == \
        (["idrottsbyrån"], ["Simklubben Delfin"], "sommaren 2027")
    assert trailing_actors("Lånekort delas ut vid välkomstsamtalet (biblioteket; –; fortlöpande)") == \
        (["biblioteket"], [], "fortlöpande")
    # a bracket of three parts that says no 'who; with whom; when' is no such tail
    assert semicolon_field_parenthesis("Kurser i svenska (A1; A2; B1)") is None
    assert semicolon_field_parenthesis("Matlagning (ris; bönor; linser)") is None


def test_legend_of_action_fields_makes_the_list_actions():
    intro = "Staden stöder föreningarna så här (ansvarig, samarbetspartner, tidtabell inom parentes):"
    assert legend_names_action_fields(intro, header_role)
    assert intro_kind(intro) == "measure"
    assert not legend_names_action_fields("Följande mätare används (åtgärdens nummer inom parentes):",
                                          header_role)


def test_bullets_with_semicolon_fields_under_a_legend_are_actions():
    got = _classify([
        _h("2 Mål och åtgärder"),
        _h("2.3 Kultur och idrott", 3),
        _p("Mål: Alla invånare kan delta i kultur- och idrottslivet."),
        _p("Föreningarna står för det mesta av arbetet. Kommunen stöder dem så här (ansvarig, "
           "samarbetspartner, tidtabell inom parentes):"),
        _b("Simskola för vuxna ordnas varje sommar (idrottsbyrån; Simklubben Delfin; sommaren 2027)",
           "Lånekort delas ut vid välkomstsamtalet (biblioteket; –; fortlöpande)"),
        _p("Indikatorer: antal deltagare i simskolan; antal nya lånekort."),
    ])
    assert [_sq(m.text) for m in got.measures] == [
        "Simskola för vuxna ordnas varje sommar", "Lånekort delas ut vid välkomstsamtalet"]
    assert [(m.responsible, m.partners, m.schedule) for m in got.measures] == [
        (["idrottsbyrån"], ["Simklubben Delfin"], "sommaren 2027"), (["biblioteket"], [], "fortlöpande")]
    assert all(m.goal == got.goals[0].id for m in got.measures)
