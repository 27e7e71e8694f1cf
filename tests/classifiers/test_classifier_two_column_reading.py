"""Two-column pages read as a reader follows them: text going on from the foot of one column
to the top of the next, and what does not go on. The pages are made here with PyMuPDF."""

from __future__ import annotations

import pymupdf
from column_pages import BOLD as _BOLD, column as _column

from pipeline.process import ProcessOptions, process_file, sha256_file


def _read(path, heading, left, right):
    """A page: the title, a chapter heading across the page, the chapter in two columns."""
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    tw = pymupdf.TextWriter(page.rect)
    tw.append((45, 60), "Integrationsprogram för Exempelby kommun 2025–2028", font=_BOLD, fontsize=17)
    tw.append((45, 100), heading, font=_BOLD, fontsize=12.5)
    _column(tw, 45, 130, left)
    _column(tw, 309, 130, right)
    tw.write_text(page)
    doc.save(path)
    return process_file(path, ProcessOptions(), sha256=sha256_file(path))


def test_a_list_item_at_a_columns_foot_does_not_take_the_next_columns_paragraph(tmp_path):
    # The follow-up list ends the left column without a full stop (list items seldom have
    # one); the right column opens with a paragraph at the column's edge, left of the item's
    # hanging indent. An item going on in the next column stands in its hanging indent there,
    # as over a page break. (Before: the paragraph's sentence was read as the indicator's
    # tail.)
    left = [("para", ["Nya invånare får ett välkomstbrev och en", "kontaktperson i kommunen."]),
            ("para", ["Mål: Alla nya invånare känner till kommunens", "service inom en månad."]),
            ("para", ["Åtgärder:"]),
            ("item", ["Välkomstbrev på flera språk – kansliet, 2025"]),
            ("item", ["Välkomstträffar två gånger per år –", "fritidssekreteraren, årligen"]),
            ("para", ["Uppföljning:"]),
            ("item", ["antal nya invånare som fått välkomstbrev"]),
            ("item", ["antal deltagare vid välkomstträffarna"])]
    right = [("para", ["Språket är nyckeln till delaktighet. Svenska är", "det enda officiella språket i kommunen."]),
             ("head", ["Svenska språket"]),
             ("para", ["Mål: Alla vuxna nyinflyttade kan lära sig", "svenska på orten."])]
    px = _read(tmp_path / "tc.pdf", "Välkomnande", left, right)
    assert "antal deltagare vid välkomstträffarna" in [i.text for i in px.indicators]


def test_a_paragraph_whose_sentence_ends_a_full_line_at_a_columns_foot_goes_on_in_the_next(tmp_path):
    # Under a goals heading each one-sentence paragraph is a goal. The left column's last
    # line ends a sentence, but the right column's first word would not have fitted after
    # it: the line ended where the column's width made it, and the paragraph goes on at the
    # top of the next column, its last sentence no paragraph of its own. (Before: a sentence
    # end at a column's foot ended the paragraph; its tail became a goal.)
    left = [("para", ["Programmet har tre mål som gäller hela kommunen.",
                      "Integrationsgruppen följer upp målen varje år och",
                      "sammankallar arbetet och rapporterar om det."])]
    right = [("para", ["Samarbetspartnerna deltar inom ramen för sina", "egna resurser."]),
             ("para", ["Alla nya invånare känner sig välkomna i kommunen."])]
    px = _read(tmp_path / "tc.pdf", "Programmets mål", left, right)
    assert [g.text for g in px.goals] == ["Alla nya invånare känner sig välkomna i kommunen."]


def test_a_sentence_ending_short_of_a_columns_foot_ends_its_paragraph(tmp_path):
    # The same, but the next column's first word would have fitted after the left column's
    # last sentence: that line ended by choice, the paragraph with it, and the right column
    # opens a paragraph (a goal) of its own.
    left = [("para", ["Kommunen har satt upp mål för hela", "programperioden. Målen följs upp varje",
                      "år av integrationsgruppen."]),
            ("para", ["Alla barn och unga har en meningsfull fritid."]),
            ("para", ["Alla vuxna kan svenska."])]
    right = [("para", ["Alla nya invånare känner sig välkomna i kommunen."]),
             ("para", ["Målen har beretts tillsammans med", "föreningarna och församlingarna. De",
                       "ses över efter halva perioden."])]
    px = _read(tmp_path / "tc.pdf", "Programmets mål", left, right)
    assert [g.text for g in px.goals] == ["Alla barn och unga har en meningsfull fritid.", "Alla vuxna kan svenska.",
                                          "Alla nya invånare känner sig välkomna i kommunen."]


def test_an_actions_dash_tail_wrapped_after_its_dash_stays_with_the_action(tmp_path):
    # Numbered actions each end in ' – Ansvar: who, when'. In a narrow column one action's
    # line stops on the dash and 'Ansvar: ...' opens the next line: a line stopping on a
    # dash goes on, so it is the rest of that action, as the wide print shows it on one
    # line. (Before: 'Ansvar: ...' at a line's start opened a field paragraph of its own.)
    left = [("para", ["Kommunen vill att fler vuxna invandrare får", "arbete i kommunen."]),
            ("head", ["Mål 1.1: Fler invandrare får arbete"]),
            ("para", ["1.1.1 Språkkurser på arbetsplatsen – Ansvar:", "näringslivsenheten, 2026"]),
            ("para", ["1.1.2 Mentorer för nyanställda i kommunen –", "Ansvar: personalenheten, hösten 2026"]),
            ("para", ["1.1.3 Praktikplatser inom äldreomsorgen –", "Ansvar: äldreomsorgen, fortlöpande"])]
    right = [("para", ["Kommunen följer upp åtgärderna varje år och", "rapporterar till fullmäktige."])]
    px = _read(tmp_path / "tc.pdf", "Delprogram 1 Arbete", left, right)
    got = {m.text.split(" –")[0]: m for m in px.measures}
    assert len(got) == 3
    assert [m.responsible for m in got.values()] == [["näringslivsenheten"], ["personalenheten"], ["äldreomsorgen"]]


def test_an_items_dash_tail_at_the_next_columns_top_stays_with_the_item(tmp_path):
    # The same wrap at a column's foot: the item's line stops on its dash, and 'Ansvar: ...'
    # opens the next column in the item's hanging indent. (Before: a field line at a
    # column's top opened a paragraph of its own: the item kept a dangling dash and no
    # printed form with its who and when.)
    left = [("para", ["Mål 3: Alla invånare har en trygg boendemiljö", "och tillgång till välfärdstjänster."]),
            ("para", ["Åtgärder:"]),
            ("item", ["Hyresbostäderna fördelas så att nya invånare", "bor i flera olika bostadsområden –"])]
    right = [("rest", ["Ansvar: bostadsbolaget, fortlöpande"]),
             ("item", ["Boenderådgivning på flera språk om hyresavtal –", "Ansvar: integrationsenheten, 2025–2028"]),
             ("para", ["Bostadsbolaget rapporterar varje år om hur", "bostäderna har fördelats."])]
    px = _read(tmp_path / "tc.pdf", "4 Välfärd och boende", left, right)
    assert [(m.text, m.printed, m.responsible) for m in px.measures] == [
        ("Hyresbostäderna fördelas så att nya invånare bor i flera olika bostadsområden",
         "Hyresbostäderna fördelas så att nya invånare bor i flera olika bostadsområden – Ansvar: bostadsbolaget, "
         "fortlöpande", ["bostadsbolaget"]),
        ("Boenderådgivning på flera språk om hyresavtal",
         "Boenderådgivning på flera språk om hyresavtal – Ansvar: integrationsenheten, 2025–2028",
         ["integrationsenheten"])]


def test_a_list_item_goes_on_into_a_column_of_list_items_only(tmp_path):
    # The item's lines go on at the top of a column that holds nothing but list items: the
    # column's leftmost text is its markers, so its edge is taken there, and the item's text
    # there stands less far from that edge than its hanging indent did from the left
    # column's. It is still right of where the item's marker stood: the item goes on.
    left = [("para", ["Mål 2: Nya invånare hittar arbete i kommunen", "eller i närregionen."]),
            ("para", ["Åtgärder:"]),
            ("item", ["Arbetsgivarna informeras om hur de kan", "anställa personer med utländsk bakgrund och"])]
    right = [("rest", ["om stöden för lönekostnader – näringslivsenheten"]),
             ("item", ["Praktikplatser i kommunens enheter –", "personalenheten"])]
    px = _read(tmp_path / "tc.pdf", "5 Arbete", left, right)
    assert [m.text.split(" –")[0] for m in px.measures] == [
        "Arbetsgivarna informeras om hur de kan anställa personer med utländsk bakgrund och om stöden för "
        "lönekostnader", "Praktikplatser i kommunens enheter"]


def test_a_lead_label_at_the_next_columns_top_opens_a_paragraph_after_a_full_line_sentence(tmp_path):
    # As above, the left column's last line ends a sentence where the next word would not
    # have fitted. But the right column opens with a capitalised word and a colon ('Effekt:
    # …'): running text does not go on after its full stop with a label, so the label opens
    # a paragraph of its own. (Before: it was joined to the paragraph above, and the
    # 'Effekt:' goal and the sentence before it were lost in one paragraph.)
    from classifiers.elements import document_elements
    from extractors import extract

    left = [("para", ["Programmet har tre mål som gäller hela kommunen.",
                      "Integrationsgruppen följer upp målen varje år och",
                      "sammankallar arbetet och rapporterar om det."])]
    right = [("para", ["Effekt: Alla nya invånare känner sig välkomna i", "kommunen."]),
             ("para", ["Målen har beretts tillsammans med", "föreningarna och församlingarna. De",
                       "ses över efter halva perioden."])]
    _read(tmp_path / "tc.pdf", "Förändringsteori", left, right)
    paras = [e.text for e in document_elements(extract(tmp_path / "tc.pdf", ocr="never")) if e.kind == "para"]
    assert "Effekt: Alla nya invånare känner sig välkomna i kommunen." in paras
    assert any(p.endswith("sammankallar arbetet och rapporterar om det.") for p in paras)
