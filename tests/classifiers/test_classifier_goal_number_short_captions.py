"""An action plan's table per goal captioned by the goal's number and a short name ('Mål 1:
Boende'), after the goals were stated as sentences under headings with the same label and
number: the caption names the stated goal, no goal of its own, and the table's actions are
that goal's. On made-up text."""

import re

from blocks_doc import classify_blocks as _classify, heading as _h, paragraph as _p


def _t(caption, columns, rows):
    return {"type": "table", "caption": caption, "columns": columns, "rows": rows}


def _squash(s):
    return re.sub(r"^(?:Del)?[Mm]ål \d+(?:\.\d+)?:\s*", "", " ".join(s.split())).rstrip(".")


def _doc(second_caption="Mål 2: Fritid"):
    cols = ["Nr", "Åtgärd", "Ansvarig", "Tidtabell"]
    return _classify([
        _h("2 Programmets mål", 1),
        _h("Mål 1: Nyinflyttade hittar snabbt en bostad i kommunen", 3),
        _p("Nuläge: bostäderna är få och hyrorna höga."),
        _h("Mål 2: Alla barn och unga har en hobby som de tycker om", 3),
        _p("Nuläge: många barn saknar en hobby."),
        _h("Bilaga 1. Åtgärdsplan", 1),
        _t("Mål 1: Boende", cols, [
            ["1.1", "Annonser om hyresbostäder på engelska och arabiska", "Bostadsbolaget Granen", "2026"],
            ["1.2", "Boenderådgivning i kommunhuset", "Socialbyrån", "Varje månad"]]),
        _t(second_caption, cols, [
            ["2.1", "Fritidskort till varje barn i skolan", "Fritidsnämnden", "2027"]]),
    ])


def test_a_short_caption_with_a_stated_goals_number_names_that_goal():
    x = _doc()
    assert [_squash(g.text) for g in x.goals] == [
        "Nyinflyttade hittar snabbt en bostad i kommunen",
        "Alla barn och unga har en hobby som de tycker om"]
    goals = {g.id: _squash(g.text) for g in x.goals}
    got = {_squash(m.text): goals.get(m.goal) for m in x.measures}
    assert got["Boenderådgivning i kommunhuset"] == "Nyinflyttade hittar snabbt en bostad i kommunen"
    assert got["Fritidskort till varje barn i skolan"] == "Alla barn och unga har en hobby som de tycker om"


def test_a_caption_stating_a_goal_of_its_own_stays_a_goal():
    # a caption that is itself a statement, not a short name, is read as before
    x = _doc("Mål 2: Alla familjer får veta vilka fritidsaktiviteter som finns")
    assert "Alla familjer får veta vilka fritidsaktiviteter som finns" in [_squash(g.text) for g in x.goals]


def test_an_area_label_counted_by_a_roman_numeral_is_no_part_of_the_theme():
    from classifiers.reader_shared import theme_name
    assert theme_name("Fokusområde II – Boende och närmiljö") == "Boende och närmiljö"
    assert theme_name("Insatsområde IV: Hälsa") == "Hälsa"
    assert theme_name("Fokusområde 2 – Boende") == "Boende"  # (as before)
