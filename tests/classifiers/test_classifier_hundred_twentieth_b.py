"""Hundred-and-twentieth blind set, second reader (blind718): the conventions read, each with
made-up text."""
from blocks_doc import classify_blocks, heading, paragraph

from classifiers.reader_shared import theme_name


def _table(columns, rows, caption=""):
    return {"type": "table", "caption": caption, "columns": columns, "rows": rows}


_COLS = ["Mål", "Ansvarig", "Partner", "Tid", "Mätare"]


def _captioned_cards():
    # goals as coded fields ('Mål A1: …'), one card per action: a caption 'Insats A.1 <title>'
    # over a one-row table of the action's fields, the goal named by its code
    return classify_blocks([
        heading("3 Mål och insatser", 2),
        heading("Tema A. Boende", 3),
        paragraph("Mål A1: Nyinflyttade hittar en bostad inom ett halvår"),
        paragraph("Mål A2: Bostadsområdena är trygga och blandade"),
        _table(_COLS, [["A1", "Bostadsbolaget", "Medborgarkontoret", "2025–2028", "Antal förmedlade lägenheter"]],
               caption="Insats A.1 Lägenheter reserveras för nyinflyttade familjer"),
        _table(_COLS, [["A2", "Fritidsenheten", "–", "2026", "Andel som känner sig trygga"]],
               caption="Insats A.2 Grannskapsvärdar i de största bostadsområdena"),
        heading("Tema B. Fritid", 3),
        paragraph("Mål B1: Barn och unga deltar i fritidsverksamhet"),
        _table(_COLS, [["B1", "Idrottsföreningarna", "Fritidsenheten", "årligen", "Antal barn på provveckorna"]],
               caption="Insats B.1 Avgiftsfria provveckor i idrottsföreningarna"),
    ])


def test_caption_titles_the_action_of_its_one_row_field_table():
    doc = _captioned_cards()
    m = {x.text: x for x in doc.measures}
    assert set(m) == {"Lägenheter reserveras för nyinflyttade familjer",
                      "Grannskapsvärdar i de största bostadsområdena",
                      "Avgiftsfria provveckor i idrottsföreningarna"}
    assert m["Lägenheter reserveras för nyinflyttade familjer"].responsible == ["Bostadsbolaget"]
    assert m["Grannskapsvärdar i de största bostadsområdena"].schedule == "2026"
    by = {" ".join(i.text.split()): i.measure for i in doc.indicators}
    assert by["Antal förmedlade lägenheter"] == m["Lägenheter reserveras för nyinflyttade familjer"].id


def test_goal_cell_names_the_goal_its_field_coded():
    # 'A1' in the card's goal column: the goal given as 'Mål A1: …', not the last one stated
    doc = _captioned_cards()
    g = {x.id: x.text for x in doc.goals}
    m = {x.text: g.get(x.goal) for x in doc.measures}
    assert m["Lägenheter reserveras för nyinflyttade familjer"] == "Nyinflyttade hittar en bostad inom ett halvår"
    assert m["Grannskapsvärdar i de största bostadsområdena"] == "Bostadsområdena är trygga och blandade"
    assert m["Avgiftsfria provveckor i idrottsföreningarna"] == "Barn och unga deltar i fritidsverksamhet"


def test_lettered_theme_heading_names_its_theme():
    assert theme_name("Tema B. Utbildning och språk") == "Utbildning och språk"
    assert theme_name("Delområde C. Hälsa") == "Hälsa"
    # a letter after a word that labels no area stays part of the heading
    assert theme_name("Bilaga A. Statistik") == "Bilaga A. Statistik"
