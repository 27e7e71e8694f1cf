"""Ninetieth blind set, first reader (blind535–blind537): the conventions read, each with
made-up text.

- a table's caption that says its section's heading again word for word ('Tema A: Boende'
  over the goal's line and then over the goal's table), set larger than that heading (a
  print setting captions as large as section headings): the table's caption, in the section
  whose goal the text stated, not a section beside it (`read_headings._caption_level`);
- a series of goal headings ('Mål 1. Trygg start', 'Mål 2. Arbete tas tillvara', ...) each
  over the one sentence stating its goal, most of them naming only their area: a heading
  among them whose title states the goal in a few words itself ('Arbete tas tillvara',
  'Snabbare väg till arbete', 'Språk som öppnar dörrar') is titled as its siblings are, its
  sentence the goal and the title its theme (`area_goal_headings.goal_sentences_of_titled_series`).
"""
from blocks_doc import classify_blocks, heading, paragraph


def _table(columns, rows, caption=""):
    return {"type": "table", "caption": caption, "columns": columns, "rows": rows}


def _captioned_theme(caption_level: int):
    return classify_blocks([
        heading("3 Barn och unga", 1),
        heading("Mål 1: Unga har en meningsfull fritid", 3),
        _table(["Åtgärd", "Ansvarig"], [["Avgiftsfria lovaktiviteter", "Fritidssektorn"]]),
        heading("4 Integration", 1),
        heading("Tema A: Boende och närmiljö", 3),
        paragraph("Mål 1: Nyinflyttade hittar en bostad som passar dem"),
        heading("Tema A: Boende och närmiljö", caption_level),
        _table(["Åtgärd", "Ansvarig", "Tidtabell"],
               [["Bostadsrådgivning på flera språk", "Tekniska sektorn", "2026"],
                ["Hyresvärdarna får information om tolkning", "Integrationskoordinatorn", "2027"]]),
        heading("Tema B: Arbete", 3),
        paragraph("Mål 2: Invandrare får arbete som motsvarar deras kunnande"),
        heading("Tema B: Arbete", caption_level),
        _table(["Åtgärd", "Ansvarig", "Tidtabell"],
               [["Språkpraktik i kommunens egna enheter", "Personalenheten", "2025–2028"]]),
        heading("6 Uppföljning", 1),
        paragraph("Programmet följs upp varje år."),
    ])


def test_caption_repeating_its_heading_set_larger_stays_in_the_goals_section():
    for level in (2, 3, 5):
        x = _captioned_theme(level)
        goals = {g.id: g.text for g in x.goals}
        assert [(" ".join(m.text.split()), goals.get(m.goal)) for m in x.measures][1:] == [
            ("Bostadsrådgivning på flera språk", "Nyinflyttade hittar en bostad som passar dem"),
            ("Hyresvärdarna får information om tolkning", "Nyinflyttade hittar en bostad som passar dem"),
            ("Språkpraktik i kommunens egna enheter", "Invandrare får arbete som motsvarar deras kunnande")], level


def _goal_series(titles):
    sentences = ["Alla som flyttar till Ekby får information om service på ett språk de förstår.",
                 "Invandrare i arbetsför ålder hittar arbete som motsvarar deras kunnande.",
                 "Barn och unga med annat modersmål deltar i fritidsverksamhet som andra barn.",
                 "Invånarna möts över språkgränserna och diskrimineringen minskar.",
                 "Kommunens personal har kunskap om integration och tjänsterna når alla."]
    blocks = [heading("3 Mål", 1)]
    for n, (title, said) in enumerate(zip(titles, sentences), 1):
        blocks += [heading(f"Mål {n}. {title}", 2), paragraph(said),
                   _table(["Åtgärd", "Ansvarig", "Tidtabell"],
                          [[f"Informationsträff {n} ordnas för nyinflyttade", "Integrationsenheten", "2026"],
                           [f"Handledning {n} ges av föreningarna", "Fritidssektorn", "2027"]])]
    blocks += [heading("4 Uppföljning", 1), paragraph("Programmet följs upp varje år.")]
    return [(g.text, g.theme) for g in classify_blocks(blocks).goals]


def test_titled_goal_among_area_headings_is_stated_in_its_sentence():
    got = _goal_series(["Trygg start", "Snabbare väg till arbete", "Barn och unga", "Språk som öppnar dörrar",
                        "Kunnig personal"])
    assert got[:4] == [
        ("Alla som flyttar till Ekby får information om service på ett språk de förstår", "Trygg start"),
        ("Invandrare i arbetsför ålder hittar arbete som motsvarar deras kunnande", "Snabbare väg till arbete"),
        ("Barn och unga med annat modersmål deltar i fritidsverksamhet som andra barn", "Barn och unga"),
        ("Invånarna möts över språkgränserna och diskrimineringen minskar", "Språk som öppnar dörrar")]
    got = _goal_series(["Trygg start", "Arbete och kompetens tas tillvara", "Barn och unga"])
    assert got[1] == ("Invandrare i arbetsför ålder hittar arbete som motsvarar deras kunnande",
                      "Arbete och kompetens tas tillvara")


def test_series_mostly_stating_its_goals_keeps_the_headings():
    # most headings state their goals: the sentences under them explain them, and the
    # headings stay the goals (the one area-named heading reads its sentence as before)
    got = _goal_series(["Trygg start", "Fler invandrare får arbete", "Barn och unga klarar skolan",
                        "Invånarna möts över språkgränserna"])
    assert [t for t, _ in got][1:] == ["Mål 2. Fler invandrare får arbete", "Mål 3. Barn och unga klarar skolan",
                                       "Mål 4. Invånarna möts över språkgränserna"]
