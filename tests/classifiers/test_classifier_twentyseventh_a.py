"""Twenty-seventh blind set (helper t27a): column headers cut short with a full stop ('Ansv.'),
... Made-up text."""

from blocks_doc import classify_blocks as _classify, heading as _h, paragraph as _p, bullets as _b

from classifiers.headers import field_label, header_role


def _table(caption, columns, rows):
    return {"type": "table", "caption": caption, "columns": columns, "rows": rows}


def test_a_header_cut_short_with_a_full_stop_names_the_role_of_the_word_it_begins():
    assert header_role("Ansv.") == "responsible"
    assert header_role("Åtg.") == "measure"
    assert header_role("Samarb.") == "partners"
    # too few letters to say which word, or no structure word at all
    assert header_role("An.") is None
    assert header_role("Nr.") is None


def test_a_narrow_responsible_column_headed_ansv_gives_the_actions_their_doers():
    plan = _table("", ["Delmål", "Åtgärd", "Ansv.", "Tid"],
                  [["Fler nyinflyttade hittar en bostad", "Rådgivning om hyresavtal på flera språk", "BO, SK", "2026"],
                   ["", "Visningar av lediga hyresbostäder", "BO", "2027"]])
    x = _classify([_h("3 Boende", 1),
                   _p("Förkortningar: BO = Bostadsbolaget Ab, SK = socialkuratorn."),
                   plan])
    assert [m.responsible for m in x.measures] == [["Bostadsbolaget Ab", "socialkuratorn"],
                                                    ["Bostadsbolaget Ab"]]


def test_a_field_label_cut_short_with_a_full_stop_is_the_field_of_its_role():
    assert field_label("Ansv.: BO, SK") == ("Ansv.", "responsible")


def test_a_cut_short_label_in_a_line_of_fields_gives_the_action_its_doers():
    x = _classify([_h("3 Boende", 1),
                   _p("Förkortningar: BO = Bostadsbolaget Ab, SK = socialkuratorn."),
                   _p("Delmål 1. Fler nyinflyttade hittar en bostad"),
                   _p("1.1 Rådgivning om hyresavtal på flera språk"),
                   _p("Ansv.: BO, SK. Tid: 2026."),
                   _p("1.2 Visningar av lediga hyresbostäder"),
                   _p("Ansv.: BO. Tid: 2027.")])
    assert [m.responsible for m in x.measures] == [["Bostadsbolaget Ab", "socialkuratorn"],
                                                    ["Bostadsbolaget Ab"]]


def test_action_lists_numbered_from_one_again_in_each_chapter_are_all_actions():
    x = _classify([_h("3 Boende", 1),
                   _p("Målsättning: Nyinflyttade hittar en bostad snabbt."),
                   _b("1. Bostadsbolaget ger råd om hyresavtal på flera språk (bostadsbolaget, 2026).",
                      "2. Visningar av lediga hyresbostäder ordnas varje månad (tekniska sektorn, 2027)."),
                   _h("4 Hälsa", 1),
                   _p("Målsättning: Nyanlända får stöd för sin hälsa tidigt."),
                   _b("1. Hälsogranskning med tolk för alla nyanlända (välfärdsområdet, 2026).",
                      "2. Samtalsgrupper för kvinnor om hälsa (välfärdsområdet, hösten 2026).")])
    assert len(x.measures) == 4
    assert [m.responsible for m in x.measures] == [["bostadsbolaget"], ["tekniska sektorn"],
                                                    ["välfärdsområdet"], ["välfärdsområdet"]]
    assert len({m.goal for m in x.measures}) == 2
