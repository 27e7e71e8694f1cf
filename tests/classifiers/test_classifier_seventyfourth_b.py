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
