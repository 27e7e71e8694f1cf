"""Seventy-seventh blind set, first reader (blind457–blind459): the conventions read, each
with made-up text."""
from blocks_doc import bullets, classify_blocks, heading, paragraph


def _table(columns, rows, caption=""):
    return {"type": "table", "caption": caption, "columns": columns, "rows": rows}


def _themed_programme(key_header="Tema"):
    # themes labelled by a word and a number ('Tema 1 – …') under one chapter, each a goal
    # and its actions as bullets; the follow-up table names each meter's theme by number only
    return classify_blocks([
        heading("Integrationsprogram för Björnholm 2025–2028", 1),
        heading("3. Mål och åtgärder", 2),
        heading("Tema 1 – Bostad och boende", 3),
        heading("Målsättning", 4),
        paragraph("Nyinflyttade hittar en trygg bostad inom ett halvår."),
        heading("Åtgärder", 4),
        bullets("Bostadsrådgivning på tre språk vid medborgarkontoret (ansvar: Medborgarkontoret, 2025–2026)",
                "Hyresbolaget reserverar lägenheter för nyinflyttade familjer (ansvar: Björnholms Bostäder)"),
        heading("Tema 2 – Fritid och föreningar", 3),
        heading("Målsättning", 4),
        paragraph("Barn och unga deltar i fritidsverksamhet."),
        heading("Åtgärder", 4),
        bullets("Avgiftsfria provveckor i idrottsföreningarna varje höst (ansvar: Fritidsenheten)",
                "Sommarläger för barn i årskurs 3–6 (ansvar: Fritidsenheten, 2026)"),
        heading("4. Uppföljning", 2),
        paragraph("Programmet följs upp en gång per år med indikatorerna i tabellen."),
        _table([key_header, "Indikator", "Källa"], [
            ["1", "Antal besök i bostadsrådgivningen", "Medborgarkontoret"],
            ["1", "Antal lägenheter som förmedlats till familjer", "Björnholms Bostäder"],
            ["2", "Antal barn på provveckorna", "Fritidsenheten"],
            ["2", "Antal deltagare på sommarlägret", "Fritidsenheten"],
        ], caption="Uppföljningsindikatorer"),
    ])


def test_theme_number_column_keys_meters_to_the_theme_labelled_so():
    # 'Tema': '2' names the goals under 'Tema 2 – …' (the heading numbered by its label, not
    # by the outline): the meter follows that goal up, no action it names by its words
    doc = _themed_programme()
    goals = {g.text.rstrip("."): g.id for g in doc.goals}
    by = {" ".join(i.text.split()): i for i in doc.indicators}
    assert set(by) == {"Antal besök i bostadsrådgivningen", "Antal lägenheter som förmedlats till familjer",
                       "Antal barn på provveckorna", "Antal deltagare på sommarlägret"}
    for text, goal in (("Antal besök i bostadsrådgivningen", "Nyinflyttade hittar en trygg bostad inom ett halvår"),
                       ("Antal barn på provveckorna", "Barn och unga deltar i fritidsverksamhet")):
        assert by[text].measure is None
        assert by[text].goal == goals[goal]
    assert all(i.measure is None for i in doc.indicators)
