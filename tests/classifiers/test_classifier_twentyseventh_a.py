"""Twenty-seventh blind set (helper t27a): column headers cut short with a full stop ('Ansv.'),
... Made-up text."""

from blocks_doc import classify_blocks as _classify, heading as _h, paragraph as _p, bullets as _b

from classifiers.headers import any_label, field_label, header_role


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


def _two_chapters():
    """Two chapters, each with its goal and an action list numbered from 1."""
    return [_h("3 Boende", 1),
            _p("Målsättning: Nyinflyttade hittar en bostad snabbt."),
            _b("1. Bostadsbolaget ger råd om hyresavtal på flera språk (bostadsbolaget, 2026).",
               "2. Visningar av lediga hyresbostäder ordnas varje månad (tekniska sektorn, 2027)."),
            _h("4 Hälsa", 1),
            _p("Målsättning: Nyanlända får stöd för sin hälsa tidigt."),
            _b("1. Hälsogranskning med tolk för alla nyanlända (välfärdsområdet, 2026).",
               "2. Samtalsgrupper för kvinnor om hälsa (välfärdsområdet, hösten 2026).")]


def test_action_lists_numbered_from_one_again_in_each_chapter_are_all_actions():
    x = _classify(_two_chapters())
    assert len(x.measures) == 4
    assert [m.responsible for m in x.measures] == [["bostadsbolaget"], ["tekniska sektorn"],
                                                    ["välfärdsområdet"], ["välfärdsområdet"]]
    assert len({m.goal for m in x.measures}) == 2


def _chapters_then_follow_up(rows):
    return [*_two_chapters(),
            _h("5 Uppföljning", 1),
            _p("Planen följs upp årligen."),
            _table("Tabell 2. Uppföljning", ["Åtgärd", "Indikator", "Målnivå 2029"], rows)]


def test_follow_up_rows_keyed_by_chapter_and_item_are_rows_of_their_own_linked_to_that_action():
    x = _classify(_chapters_then_follow_up(
        [["kap. 3, punkt 1", "Antal rådgivningssamtal om hyresavtal", "20 per år"],
         ["kap. 3, punkt 2", "Antal ordnade visningar", "8 under perioden"],
         ["kap. 4, punkt 1", "Andel nyanlända som granskats", "70 %"],
         ["kap. 4", "Andel som mår bra (enkät)", "80 %"]]))
    assert len(x.measures) == 4  # the reference cells state no actions of their own
    by_text = {m.id: m.text for m in x.measures}
    goal_of = {g.id: g.text for g in x.goals}
    got = [(" ".join(i.text.split()), by_text.get(i.measure), goal_of.get(i.goal)) for i in x.indicators]
    assert [g for g in got] == [
        ("Antal rådgivningssamtal om hyresavtal", x.measures[0].text, "Nyinflyttade hittar en bostad snabbt"),
        ("Antal ordnade visningar", x.measures[1].text, "Nyinflyttade hittar en bostad snabbt"),
        ("Andel nyanlända som granskats", x.measures[2].text, "Nyanlända får stöd för sin hälsa tidigt"),
        # the chapter alone: its goal, of no one action
        ("Andel som mår bra (enkät)", None, "Nyanlända får stöd för sin hälsa tidigt")]


def test_a_list_introduced_as_no_part_of_the_actions_holds_no_measures():
    x = _classify([_h("3 Boende", 1),
                   _p("Målsättning: Nyinflyttade hittar en bostad snabbt."),
                   _b("1. Bostadsbolaget ger råd om hyresavtal på flera språk (bostadsbolaget, 2026)."),
                   _p("Pågående verksamhet (ingår inte i planens åtgärder):"),
                   _b("Bostadsrådgivning på medborgarbyrån", "Hyresgästföreningens kvällsmöten")])
    assert [m.responsible for m in x.measures] == [["bostadsbolaget"]]


def test_the_right_half_of_a_split_action_table_follows_up_the_actions_its_numbers_name():
    left = _table("Tabell 2a. Åtgärder", ["Nr", "Mål", "Åtgärd", "Ansvar"],
                  [["1", "Fler nyinflyttade hittar en bostad", "Rådgivning om hyresavtal på flera språk", "Bostadsbolaget"],
                   ["2", "", "Visningar av lediga hyresbostäder varje månad", "Tekniska sektorn"],
                   ["3", "", "Flyttstädning med handledning för nya hyresgäster", "Bostadsbolaget"]])
    right = _table("Tabell 2b. Tidtabell och uppföljning", ["Nr", "Tid", "Uppföljning"],
                   [["1", "2026", "Antal rådgivningssamtal"],
                    ["2", "Fortlöpande", "–"],
                    ["3", "2027", "Antal nöjda hyresgäster"]])
    x = _classify([_h("4 Åtgärder", 1), left, right])
    by_id = {m.id: m for m in x.measures}
    assert len(x.measures) == 3
    assert [(" ".join(i.text.split()), " ".join(by_id[i.measure].text.split()) if i.measure else None)
            for i in x.indicators] == [
        ("Antal rådgivningssamtal", "Rådgivning om hyresavtal på flera språk"),
        ("Antal nöjda hyresgäster", "Flyttstädning med handledning för nya hyresgäster")]
    assert [m.schedule for m in x.measures] == ["2026", "Fortlöpande", "2027"]


def test_the_effect_a_theory_of_change_aims_at_is_a_goal():
    x = _classify([_h("3 Förändringsteori", 1),
                   _p("Resurser → Åtgärder → Resultat (delmål) → Effekt"),
                   _p("Effekt: Nyinflyttade familjer bor tryggt och trivs i sina hem."),
                   _p("Effekt: Alla barn deltar i fritidsverksamhet på lika villkor.")])
    assert [g.text for g in x.goals] == ["Nyinflyttade familjer bor tryggt och trivs i sina hem",
                                         "Alla barn deltar i fritidsverksamhet på lika villkor"]


def test_the_sign_a_change_will_be_seen_by_follows_up_the_goal_before_it():
    x = _classify([_h("3 Förändringsteori", 1),
                   _p("Effekt: Nyinflyttade familjer bor tryggt och trivs i sina hem."),
                   _p("Vi ser förändringen när färre familjer flyttar vidare inom ett år."),
                   _p("Effekt: Alla barn deltar i fritidsverksamhet på lika villkor."),
                   _p("Vi ser förändringen när andelen barn i föreningar är lika stor oberoende av modersmål.")])
    goal_of = {g.id: g.text for g in x.goals}
    assert [(" ".join(i.text.split()), i.measure, goal_of.get(i.goal)) for i in x.indicators] == [
        ("färre familjer flyttar vidare inom ett år", None, "Nyinflyttade familjer bor tryggt och trivs i sina hem"),
        ("andelen barn i föreningar är lika stor oberoende av modersmål", None,
         "Alla barn deltar i fritidsverksamhet på lika villkor")]


def test_a_field_labelled_with_the_year_its_value_is_for_is_a_field_of_its_own():
    assert any_label("Målnivå 2029: 20 per år")
    x = _classify([_h("3 Boende", 1),
                   _p("Målsättning: Nyinflyttade hittar en bostad snabbt."),
                   _h("Uppföljning", 2),
                   _p("Åtgärd: Rådgivning om hyresavtal på flera språk"),
                   _p("Indikator: Antal rådgivningssamtal om hyresavtal"),
                   _p("Målnivå 2029: 20 per år"),
                   _p("Åtgärd: Visningar av lediga hyresbostäder varje månad"),
                   _p("Indikator: Antal ordnade visningar"),
                   _p("Målnivå 2029: 8 under perioden")])
    assert [" ".join(i.text.split()) for i in x.indicators] == ["Antal rådgivningssamtal om hyresavtal",
                                                                "Antal ordnade visningar"]
    assert [g.text for g in x.goals] == ["Nyinflyttade hittar en bostad snabbt"]


def test_the_right_half_follows_up_actions_listed_as_numbered_paragraphs():
    # The action plan printed as numbered paragraphs, each with its fields on a line under
    # it ('1. Rådgivning …' / 'Ansvarig: Bostadsbolaget.'), and the times and follow-up in a
    # table keyed by the same numbers (Nr | Tid | Uppföljning). The numbers the actions were
    # listed with name them as a number column would. (Before: only a table's number column
    # gave such keys, and the table's meters followed up no action.)
    right = _table("Tabell 2b. Tidtabell och uppföljning", ["Nr", "Tid", "Uppföljning"],
                   [["1", "2026", "Antal rådgivningssamtal"],
                    ["2", "Fortlöpande", "–"],
                    ["3", "2027", "Antal nöjda hyresgäster"]])
    x = _classify([_h("4 Åtgärder", 1), _h("Mål 1. Fler nyinflyttade hittar en bostad", 2),
                   _p("1. Rådgivning om hyresavtal på flera språk"), _p("Ansvarig: Bostadsbolaget."),
                   _p("2. Visningar av lediga hyresbostäder varje månad"), _p("Ansvarig: Tekniska sektorn."),
                   _p("3. Flyttstädning med handledning för nya hyresgäster"), _p("Ansvarig: Bostadsbolaget."),
                   right])
    by_id = {m.id: m for m in x.measures}
    assert len(x.measures) == 3
    # (the measure's text as read, its list number aside: this is about the link)
    assert [(" ".join(i.text.split()), " ".join(by_id[i.measure].text.split()).removeprefix(f"{k}. ")
             if i.measure else None) for i, k in zip(x.indicators, (1, 3))] == [
        ("Antal rådgivningssamtal", "Rådgivning om hyresavtal på flera språk"),
        ("Antal nöjda hyresgäster", "Flyttstädning med handledning för nya hyresgäster")]


def test_a_number_two_listed_actions_share_names_neither_for_a_right_half():
    # lists numbered anew in every chapter give '1' to an action of each: a table keyed by
    # 'Nr' cannot tell which it names, so neither is taken; a number column's keys stay
    from classifiers.table_halves import numbered_actions

    assert numbered_actions({"7": "m9"}, {"m1": "1", "m2": "2", "m3": "1", "m4": "2.1"}) == {"2": "m2", "7": "m9"}
