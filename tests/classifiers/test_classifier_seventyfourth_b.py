"""Seventy-fourth blind set, second reader (blind444, blind439, blind442): the conventions
read, each with made-up text."""
from blocks_doc import classify_blocks, heading, paragraph

from classifiers.action_card_headings import action_card_number
from classifiers.code_reference_columns import code_reference_column


def _table(columns, rows, caption=""):
    return {"type": "table", "caption": caption, "columns": columns, "rows": rows}


def _carded_programme(reference_rows, columns=("Indikator", "Kopplad till")):
    # goals numbered within their theme ('Mål 1.2'), actions numbered across the document as
    # headings of their own ('Insats 3') over the action's text and its field line
    return classify_blocks([
        heading("Integrationsplan för Kvarnby 2025–2029", 1),
        heading("1 Boende", 2),
        heading("Mål 1.1 Nyinflyttade hittar en bostad inom ett halvår", 3),
        heading("Insats 1", 4),
        paragraph("Hyresbolaget avsätter tio lägenheter per år åt nyinflyttade familjer."),
        paragraph("Ansvar: Kvarnby Bostäder · Tidtabell: 2025–2029"),
        heading("Insats 2", 4),
        paragraph("Bostadsrådgivning ges på tre språk vid medborgarkontoret."),
        paragraph("Ansvar: Medborgarkontoret · Tidtabell: 2026"),
        heading("Mål 1.2 Bostadsområdena är trygga och blandade", 3),
        heading("Insats 3", 4),
        paragraph("Grannskapsvärdar anställs i de tre största bostadsområdena."),
        paragraph("Ansvar: Fritidsenheten · Tidtabell: 2027"),
        heading("2 Fritid", 2),
        heading("Mål 2.1 Barn och unga deltar i fritidsverksamhet", 3),
        heading("Insats 4", 4),
        paragraph("Idrottsföreningarna erbjuder avgiftsfria provveckor varje höst."),
        paragraph("Ansvar: Fritidsenheten · Tidtabell: årligen"),
        heading("Bilaga 1. Uppföljning", 2),
        _table(list(columns), reference_rows),
    ])


def test_action_card_heading_gives_its_number():
    assert action_card_number("Åtgärd 7") == "7"
    assert action_card_number("Insats 12") == "12"
    assert action_card_number("Åtgärd 2.3 – Språkcafé") == "2.3"
    assert action_card_number("Åtgärdskort 4: Läxhjälp") == "4"
    assert action_card_number("Mål 2.1 Fler får arbete") is None
    assert action_card_number("Bilaga 2") is None


def test_meter_table_naming_card_numbered_actions_and_dotted_goals():
    # 'Kopplad till': 'Insats 3' names the action headed 'Insats 3', 'Mål 1.2' the goal so
    # numbered (a meter of the whole goal, no action)
    doc = _carded_programme([
        ["Antal lägenheter som förmedlats till nyinflyttade", "Insats 1"],
        ["Antal besök i bostadsrådgivningen", "Insats 2"],
        ["Andel invånare som känner sig trygga i sitt bostadsområde", "Mål 1.2"],
        ["Antal barn på provveckorna", "Insats 4"],
    ])
    m = {" ".join(x.text.split()).rstrip("."): x for x in doc.measures}
    g = {x.text: x.id for x in doc.goals}
    by = {" ".join(i.text.split()): i for i in doc.indicators}
    assert by["Antal lägenheter som förmedlats till nyinflyttade"].measure == \
        m["Hyresbolaget avsätter tio lägenheter per år åt nyinflyttade familjer"].id
    assert by["Antal besök i bostadsrådgivningen"].measure == \
        m["Bostadsrådgivning ges på tre språk vid medborgarkontoret"].id
    assert by["Antal barn på provveckorna"].measure == \
        m["Idrottsföreningarna erbjuder avgiftsfria provveckor varje höst"].id
    whole = by["Andel invånare som känner sig trygga i sitt bostadsområde"]
    assert whole.measure is None
    assert whole.goal == g["Bostadsområdena är trygga och blandade"]


def test_labelled_whole_numbers_only_name_actions_with_their_label():
    # 'Insats 3' names action 3; a bare '3' beside a meter may be a count and names none
    rows = [["Antal a", "Insats 1"], ["Antal b", "Insats 3"], ["Andel c", "Mål 2.1"]]
    assert code_reference_column(rows, {0: "indicator"}, {}, {"1", "3"}) == 1
    assert code_reference_column([["Antal a", "1"], ["Antal b", "3"]], {0: "indicator"}, {}, {"1", "3"}) is None
    # (a number no action was given names nothing)
    assert code_reference_column([["Antal a", "Insats 8"], ["Antal b", "Insats 9"]],
                                 {0: "indicator"}, {}, {"1", "3"}) is None


def test_sentence_keys_unnumbered_table_rows_to_the_goals_above():
    # two goals over one action table whose rows carry no number: 'Insatserna 1–2 … den
    # första, insatserna 3–4 den andra' names the rows by their place in the table
    from classifiers.goal_number_references import actions_keyed_to_goals
    assert actions_keyed_to_goals("Aktiviteterna 1 och 2 stöder det första målet och aktivitet 3 det andra.") \
        == [(["1", "2"], 0), (["3"], 1)]
    doc = classify_blocks([
        heading("Integrationsprogram för Sjövik 2025–2028", 1),
        heading("3 Insatsområden", 2),
        heading("3.1 Hälsa och välmående", 3),
        paragraph("Målsättningar:"),
        {"type": "bullets", "items": ["Nyinflyttade vet hur de får vård på sitt eget språk.",
                                      "Barnfamiljer deltar i rådgivningens gruppträffar."]},
        paragraph("Insatserna 1–2 i tabellen gäller den första målsättningen och insats 3 den andra."),
        _table(["Insats", "Ansvar", "Uppföljning"], [
            ["Hälsoinformation på arabiska och dari vid hälsostationen", "Hälsostationen", "Antal informationstillfällen"],
            ["Tolk bokas automatiskt till första läkarbesöket", "Hälsostationen", "–"],
            ["Familjeträffar med tolk på rådgivningen", "Rådgivningen", "Antal deltagande familjer"],
        ], "Tabell 2. Insatser – hälsa och välmående"),
        heading("3.2 Boende", 3),
        paragraph("Målsättning: Nyinflyttade hittar en bostad inom ett halvår."),
        _table(["Insats", "Ansvar", "Uppföljning"], [
            ["Bostadsrådgivning en gång i veckan", "Bostadsbyrån", "Antal besök"],
        ], "Tabell 3. Insatser – boende"),
    ])
    g = {" ".join(x.text.split()).rstrip("."): x.id for x in doc.goals}
    m = {" ".join(x.text.split()): x for x in doc.measures}
    first, second = g["Nyinflyttade vet hur de får vård på sitt eget språk"], \
        g["Barnfamiljer deltar i rådgivningens gruppträffar"]
    assert m["Hälsoinformation på arabiska och dari vid hälsostationen"].goal == first
    assert m["Tolk bokas automatiskt till första läkarbesöket"].goal == first
    assert m["Familjeträffar med tolk på rådgivningen"].goal == second
    assert m["Bostadsrådgivning en gång i veckan"].goal == g["Nyinflyttade hittar en bostad inom ett halvår"]
    by = {" ".join(i.text.split()): i for i in doc.indicators}
    assert by["Antal deltagande familjer"].goal == second


def _titled_actions_programme(follow_up):
    return classify_blocks([
        heading("Integrationsprogram för Lindholm 2025–2029", 1),
        heading("Tema 1: Språk", 2),
        paragraph("Målbild 2029: Alla vuxna invånare kan använda svenska i vardagen."),
        _table(["Åtgärd", "Ansvarig", "Tidpunkt"], [
            ["Språkverkstaden: en öppen verkstad i medborgarhuset där invånare övar svenska.", "Biblioteket", "2025"],
            ["Kurser i svenska på arbetsplatsen för anställda inom omsorgen.", "Medborgarinstitutet", "2026"],
        ], "Åtgärder inom tema 1"),
        heading("Tema 2: Arbete", 2),
        paragraph("Målbild 2029: Fler invandrare har ett arbete som motsvarar deras utbildning."),
        _table(["Åtgärd", "Ansvarig", "Tidpunkt"], [
            ["Yrkesbryggan: praktikplatser hos kommunens enheter för nyanlända akademiker.", "Personalenheten", "2026"],
            ["Rådgivning för nya företagare på engelska.", "Näringslivsenheten", "2027"],
        ], "Åtgärder inom tema 2"),
        heading("Uppföljning", 2),
        follow_up,
    ])


def test_meters_of_a_theme_keyed_follow_up_table_stay_the_goals():
    # 'Tema | Mätare | Källa' keyed by the themes' names: each meter follows its theme's goal
    # up, even one naming an action's title ('Antal besökare i Språkverkstaden')
    doc = _titled_actions_programme(_table(["Tema", "Mätare", "Källa"], [
        ["Språk", "Antal besökare i Språkverkstaden per år", "biblioteket"],
        ["Språk", "Andel vuxna som deltagit i en kurs i svenska", "medborgarinstitutet"],
        ["Arbete", "Antal praktikanter i Yrkesbryggan", "personalenheten"],
    ], "Uppföljningsmätare"))
    g = {" ".join(x.text.split()).rstrip("."): x.id for x in doc.goals}
    by = {" ".join(i.text.split()): i for i in doc.indicators}
    visits = by["Antal besökare i Språkverkstaden per år"]
    assert visits.measure is None
    assert visits.goal == g["Alla vuxna invånare kan använda svenska i vardagen"]
    trainees = by["Antal praktikanter i Yrkesbryggan"]
    assert trainees.measure is None
    assert trainees.goal == g["Fler invandrare har ett arbete som motsvarar deras utbildning"]


def test_meters_naming_an_action_title_outside_a_keyed_table_count_it():
    # (no key column: a count naming an action's title counts that action, as before)
    doc = _titled_actions_programme(_table(["Mätare", "Källa"], [
        ["Antal besökare i Språkverkstaden per år", "biblioteket"],
        ["Antal praktikanter i Yrkesbryggan", "personalenheten"],
    ], "Uppföljningsmätare"))
    m = {x.id: " ".join(x.text.split()) for x in doc.measures}
    by = {" ".join(i.text.split()): i for i in doc.indicators}
    assert m.get(by["Antal praktikanter i Yrkesbryggan"].measure, "").startswith("Yrkesbryggan")
