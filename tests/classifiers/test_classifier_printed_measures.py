"""A measure as printed beside the action koto cuts out of it (`Measure.printed`).

The writers of the blind programmes split on a responsibility/schedule tail printed in the
measure's own item: some keep it in the measure text, some cut it
(tests/data/blind_programs/README.md). koto's `text` is the action without the tail;
`printed` is the item as printed, tail included, whenever a tail was cut, and None when the
text is all that was printed. Made-up text."""

from blocks_doc import bullets as _b, classify_blocks as _classify, heading as _h, paragraph as _p


def _table(columns, rows, caption=None):
    return {"type": "table", "caption": caption, "columns": columns, "rows": rows}


def _actions(*blocks):
    return _classify([_h("3 Arbete och språk", 1), _p("Målet är att fler invandrare får arbete."),
                      _h("Åtgärder", 2), *blocks]).measures


def _one(measures, start):
    return next(m for m in measures if " ".join(m.text.split()).startswith(start))


def test_a_parenthesis_tail_cut_off_a_list_item_is_kept_in_printed():
    m = _one(_actions(_b("Språkcafé på biblioteket varannan vecka (biblioteket, från hösten 2025).")),
             "Språkcafé")
    assert m.text == "Språkcafé på biblioteket varannan vecka"
    assert m.printed == "Språkcafé på biblioteket varannan vecka (biblioteket, från hösten 2025)"
    assert (m.responsible, m.schedule) == (["biblioteket"], "från hösten 2025")


def test_a_dash_tail_with_labelled_fields_cut_off_a_list_item_is_kept_in_printed():
    # the 'Tidtabell:' field after the dash tail's sentence is cut off the text; the item as
    # printed keeps the whole tail
    m = _one(_actions(_b("Hälsoinformation för nyanlända familjer – Ansvar: välfärdsområdet. Tidtabell: 2026.")),
             "Hälsoinformation")
    assert m.schedule == "2026"
    assert m.printed == "Hälsoinformation för nyanlända familjer – Ansvar: välfärdsområdet. Tidtabell: 2026"


def test_a_labelled_parenthesis_is_cut_off_the_text_and_kept_in_printed():
    ms = _actions(_b("Kvällskurs i svenska för föräldrar (ansvar: medborgarinstitutet, 2025)",
                     "Läxhjälp i skolorna (ansvar: bildningssektorn; samarbete: biblioteket)."))
    assert [(m.text, m.printed) for m in ms] == [
        ("Kvällskurs i svenska för föräldrar", "Kvällskurs i svenska för föräldrar (ansvar: medborgarinstitutet, 2025)"),
        ("Läxhjälp i skolorna", "Läxhjälp i skolorna (ansvar: bildningssektorn; samarbete: biblioteket)")]
    assert [(m.responsible, m.partners, m.schedule) for m in ms] == [
        (["medborgarinstitutet"], [], "2025"), (["bildningssektorn"], ["biblioteket"], None)]


def test_a_labelled_dash_tail_is_cut_off_the_text_and_kept_in_printed():
    m = _one(_actions(_b("Läxhjälp på biblioteket – Ansvar: biblioteket, 2025")), "Läxhjälp")
    assert (m.text, m.printed) == ("Läxhjälp på biblioteket", "Läxhjälp på biblioteket – Ansvar: biblioteket, 2025")
    assert (m.responsible, m.schedule) == (["biblioteket"], "2025")


def test_an_unlabelled_dash_tail_is_cut_off_the_text_and_kept_in_printed():
    ms = _actions(_b("Mentorsprogram för nya företagare – Företagarna i Exempelby, 2026",
                     "Simskola för vuxna – idrottsförbundet i samarbete med biblioteket, somrarna 2025–2027."))
    assert [(m.text, m.printed) for m in ms] == [
        ("Mentorsprogram för nya företagare", "Mentorsprogram för nya företagare – Företagarna i Exempelby, 2026"),
        ("Simskola för vuxna", "Simskola för vuxna – idrottsförbundet i samarbete med biblioteket, somrarna 2025–2027")]
    assert [(m.responsible, m.partners) for m in ms] == [
        (["Företagarna i Exempelby"], []), (["idrottsförbundet"], ["biblioteket"])]


def test_a_dash_clause_that_says_no_who_and_when_stays_in_the_text():
    # no time closes it ('– en del av ...'), or what precedes the time names no actor
    ms = _actions(_b("Läxhjälp i skolan – en del av skolans vanliga arbete",
                     "Språkkurs för föräldrar – med barnpassning, hösten 2025"))
    assert [(m.text, m.printed) for m in ms] == [
        ("Läxhjälp i skolan – en del av skolans vanliga arbete", None),
        ("Språkkurs för föräldrar – med barnpassning, hösten 2025", None)]


def test_the_fields_after_a_dash_tail_and_the_tail_both_say_who_and_when():
    # 'Tidtabell:' after the sentence and '– Ansvar: X' closing it: both are cut off the text
    m = _one(_actions(_b("Hälsoinformation för nyanlända familjer – Ansvar: välfärdsområdet. Tidtabell: 2026.")),
             "Hälsoinformation")
    assert (m.text, m.responsible, m.schedule) == ("Hälsoinformation för nyanlända familjer", ["välfärdsområdet"], "2026")


def test_a_tail_read_from_a_table_cell_without_a_doer_column_is_cut_off_the_action():
    x = _classify([
        _h("3 Arbete och språk", 1), _p("Målet är att fler invandrare får arbete."),
        _table(["Åtgärd", "Mätare"],
               [["Arbetsplatsbesök för kursdeltagare – TE-byrån i samarbete med företagarna, 2026",
                 "Antal besök"]], caption="Åtgärder"),
    ])
    (m,) = x.measures
    assert (m.text, m.printed) == ("Arbetsplatsbesök för kursdeltagare",
                                   "Arbetsplatsbesök för kursdeltagare – TE-byrån i samarbete med företagarna, 2026")
    assert (m.responsible, m.partners, m.schedule) == (["TE-byrån"], ["företagarna"], "2026")


def test_labelled_fields_closing_an_item_are_kept_in_printed():
    # 'Ansvar:' / 'Tidtabell:' lead words after the action's sentence, in the same item
    m = _one(_actions(_b("Kvällskurs i svenska för föräldrar. Ansvar: medborgarinstitutet. Tidtabell: 2025.")),
             "Kvällskurs")
    assert m.text == "Kvällskurs i svenska för föräldrar."
    assert m.printed == "Kvällskurs i svenska för föräldrar. Ansvar: medborgarinstitutet. Tidtabell: 2025"
    assert (m.responsible, m.schedule) == (["medborgarinstitutet"], "2025")


def test_a_numbered_action_paragraph_with_a_parenthesis_tail_is_kept_in_printed():
    m = _one(_actions(_p("1.1 Läxhjälp på biblioteket två kvällar i veckan (biblioteket, fortlöpande).")),
             "1.1 Läxhjälp")
    assert m.text == "1.1 Läxhjälp på biblioteket två kvällar i veckan"
    assert m.printed == "1.1 Läxhjälp på biblioteket två kvällar i veckan (biblioteket, fortlöpande)"


def test_a_year_cell_with_its_doer_in_parentheses_is_kept_in_printed():
    x = _classify([
        _h("2 Vägen framåt", 1),
        _table(["Mål", "2026", "2027"],
               [["Nyinflyttade hittar en bostad inom ett halvår",
                 "Bostadsrådgivning på arabiska (Bostadsbyrån)", "Hyresgästkurs i samband med kontraktet"]],
               caption="Plan för boendet"),
    ])
    by_text = {m.text: m.printed for m in x.measures}
    assert by_text == {"Bostadsrådgivning på arabiska": "Bostadsrådgivning på arabiska (Bostadsbyrån)",
                       "Hyresgästkurs i samband med kontraktet": None}


def test_a_plain_item_has_no_printed_form():
    ms = _actions(_b("Praktikplatser i kommunens enheter", "Språkkurs med barnpassning (i samarbete med "
                     "informering om invånardemokrati)"))
    assert [(m.text, m.printed) for m in ms] == [
        ("Praktikplatser i kommunens enheter", None),
        # a parenthesis that explains the action is its text, nothing was cut
        ("Språkkurs med barnpassning (i samarbete med informering om invånardemokrati)", None)]


def test_a_restated_action_keeps_the_printed_form_of_the_text_it_keeps():
    # '2.1' as a list item with its tail and again, shorter, in a summary table: the item's
    # text is kept, and with it its printed form; the table's has none
    from classifiers.builder import Built
    from classifiers.merge import merge
    from classifiers.model import Measure

    table = Measure(id="m1", text="Språkcaféer")
    item = Measure(id="m2", text="Språkcaféer för föräldrar i alla skolor",
                   printed="Språkcaféer för föräldrar i alla skolor (bildningssektorn, 2025)")
    b = Built(measures=[table, item], measure_number={"m1": "2.1", "m2": "2.1"}, measure_from_table={"m1"},
              measure_table={"m1": 0})
    (m,) = merge(b).measures
    assert (m.text, m.printed) == (item.text, item.printed)


def test_a_tail_closing_an_action_paragraphs_opening_sentence_is_cut_off_the_action():
    # 'N. Så här gör vi' > 'N.1 ...': the paragraph's opening sentence is an action; who and
    # when at its end are read and cut as a list item's are
    x = _classify([_h("3 Så här gör vi", 1), _h("3.1 Välkomnande", 2),
                   _p("Kommunen erbjuder alla nyinflyttade ett välkomstpaket – kommunkansliet, 2026. "
                      "Paketet innehåller information om tjänsterna.")])
    (m,) = x.measures
    assert (m.text, m.printed) == ("Kommunen erbjuder alla nyinflyttade ett välkomstpaket",
                                   "Kommunen erbjuder alla nyinflyttade ett välkomstpaket – kommunkansliet, 2026")
    assert (m.responsible, m.schedule) == (["kommunkansliet"], "2026")
