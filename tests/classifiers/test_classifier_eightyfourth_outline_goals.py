"""Eighty-fourth blind set (helper t84a): a three-level outline whose second level states the
goals as clauses ('4.1 Nyinflyttade hittar en bostad') and whose third level names the
actions ('4.1.1 Bostadsguide på flera språk'), each action's paragraph closed by who answers
for it and when. Made-up text."""

from blocks_doc import classify_blocks as _classify, heading as _h, paragraph as _p


def _chapter(background: bool):
    out = [_h("4 Boende och vardag", 1),
           _h("4.1 Nyinflyttade familjer hittar en bostad snabbt", 2)]
    if background:
        out.append(_p("Bostadsbristen har vuxit under de senaste åren, särskilt för stora familjer."))
    out += [_h("4.1.1 Bostadsguide på flera språk i samband med inflyttningen", 3),
            _p("Bostadsbolaget ger ut en guide om hur man söker hyresbostad. Ansvar: Norrviks "
               "Bostäder Ab i samarbete med servicepunkten. Tidtabell: 2026."),
            _h("4.1.2 Visningar av lediga lägenheter på torget", 3),
            _p("Kommunen ordnar en visning varje månad. Ansvar: tekniska sektorn. Tidtabell: löpande."),
            _h("4.2 Alla familjer känner till skolans vardag", 2),
            _h("4.2.1 Informationskvällar om skolan för föräldrar", 3),
            _p("Skolorna bjuder in föräldrarna till en kväll varje höst. Ansvar: bildningssektorn. "
               "Tidtabell: årligen.")]
    return out


def test_the_outline_level_above_the_action_headings_states_the_goals():
    for background in (True, False):
        x = _classify(_chapter(background))
        assert [g.text for g in x.goals] == ["Nyinflyttade familjer hittar en bostad snabbt",
                                            "Alla familjer känner till skolans vardag"], background


def test_a_numbered_clause_heading_over_a_heading_of_another_branch_is_no_goal_so():
    # '4.1' over '4.2.1' is no outline parent of it: the heading stays as it was read
    blocks = [_h("4 Boende och vardag", 1),
              _h("4.1 Nyinflyttade familjer hittar en bostad snabbt", 2),
              _h("5.1.1 Bostadsguide på flera språk i samband med inflyttningen", 3),
              _p("Bostadsbolaget ger ut en guide om hur man söker hyresbostad. Ansvar: Norrviks "
                 "Bostäder Ab. Tidtabell: 2026.")]
    x = _classify(blocks)
    assert "Nyinflyttade familjer hittar en bostad snabbt" not in [g.text for g in x.goals]


def _action_chapter():
    return [_h("4 Boende och vardag", 1),
            _h("4.1 Nyinflyttade familjer hittar en bostad snabbt", 2),
            _h("4.1.1 Bostadsguide på flera språk", 3),
            _p("Bostadsbolaget ger ut en guide om hur man söker hyresbostad. Ansvar: Norrviks "
               "Bostäder Ab i samarbete med servicepunkten. Tidtabell: 2026. Mätare: antal utdelade guider."),
            _h("4.1.2 Lägenhetsvisningar på torget", 3),
            _p("Kommunen ordnar en visning varje månad. Ansvar: tekniska sektorn. Tidtabell: löpande."),
            _h("4.2 Alla familjer känner till skolans vardag", 2),
            _h("4.2.1 Informationskvällar för föräldrar", 3),
            _p("Skolorna bjuder in föräldrarna till en kväll varje höst. Ansvar: bildningssektorn. "
               "Tidtabell: årligen. Mätare: antal deltagande föräldrar.")]


def test_a_third_level_heading_over_its_described_paragraph_and_fields_is_the_action():
    x = _classify(_action_chapter())
    assert [m.text.split(" ", 1)[-1] for m in x.measures] == [
        "Bostadsguide på flera språk", "Lägenhetsvisningar på torget", "Informationskvällar för föräldrar"]
    m1, m2, m3 = x.measures
    assert m1.responsible == ["Norrviks Bostäder Ab"] and m1.partners == ["servicepunkten"]
    assert m2.responsible == ["tekniska sektorn"] and m2.schedule == "löpande"
    by_text = {i.text.rstrip("."): i.measure for i in x.indicators}
    assert by_text == {"antal utdelade guider": m1.id, "antal deltagande föräldrar": m3.id}
    assert [m.goal for m in x.measures] == [x.goals[0].id, x.goals[0].id, x.goals[1].id]


def test_a_second_level_heading_over_such_a_paragraph_is_not_taken_for_its_action():
    # '4.1 <goal>' over 'Kommunen ordnar X. Ansvar: Y.': the paragraph states the action
    blocks = [_h("4 Boende och vardag", 1),
              _h("4.1 Nyinflyttade familjer hittar en bostad snabbt", 2),
              _p("Kommunen ordnar en visning av lediga lägenheter varje månad. Ansvar: tekniska sektorn. "
                 "Tidtabell: löpande."),
              _h("4.2 Alla familjer känner till skolans vardag", 2)]
    x = _classify(blocks)
    assert "Nyinflyttade familjer hittar en bostad snabbt" not in [m.text for m in x.measures]


def test_a_clause_heading_over_background_and_items_numbered_under_it_is_their_goal():
    # the items are numbered paragraphs ('4.1.1 …. Ansvar: …'), a wish closing the background
    # ('Kommunen vill att …') motivates the heading's goal and is no goal of its own
    blocks = [_h("4 Boende och vardag", 1),
              _h("4.1 Nyinflyttade familjer hittar en bostad snabbt", 2),
              _p("Många familjer bor trångt under det första året. Kommunen vill att fler får en egen bostad."),
              _p("4.1.1 Bostadsguide på flera språk ges ut. Ansvar: BOST. Tidtabell: 2026"),
              _p("4.1.2 Lägenhetsvisningar ordnas på torget. Ansvar: TEK. Tidtabell: löpande"),
              _h("4.2 Alla familjer känner till skolans vardag", 2),
              _p("4.2.1 Informationskvällar ordnas för föräldrar. Ansvar: BIL. Tidtabell: årligen")]
    x = _classify(blocks)
    assert [g.text for g in x.goals] == ["Nyinflyttade familjer hittar en bostad snabbt",
                                        "Alla familjer känner till skolans vardag"]
    assert [m.goal for m in x.measures] == [x.goals[0].id, x.goals[0].id, x.goals[1].id]
