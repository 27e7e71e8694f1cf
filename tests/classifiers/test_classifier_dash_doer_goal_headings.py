"""Numbered clause headings without the word 'Mål' ('4.1 Nya familjer hittar en bostad')
over actions that close with their doer after a dash ('• … – bostadsbolaget'), in a
document that puts its doers there (`dash_doers.doers_after_dashes`): the headings are the
goals of the actions under them (`read_headings._states_goal_of_actions`), also where a
bare label line 'Åtgärder' (no colon) and a paragraph of background stand between the
heading and the list, and a wish in that background ('Kommunen vill …') is no goal of its
own: the clause heading states the goal in full (`read_paragraphs._heading_states_goal`)."""

from blocks_doc import bullets as _b, classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers import read_headings


def _programme():
    return [
        _h("Integrationsprogram för Exempelby 2025–2028", 1),
        _p("Programmet har beretts av en arbetsgrupp under våren 2024."),
        _h("4 Mål och åtgärder", 1),
        _p("Programmet har två teman. Under varje tema anges målen och åtgärderna."),
        _h("Boende", 2),
        _h("4.1 Nya familjer hittar en bostad snabbt", 3),
        _p("Många nya familjer har svårt att hitta en bostad som motsvarar deras behov. "
           "Kommunen vill bättre stödja dem."),
        _p("Åtgärder"),
        _b("Bostadsrådgivning på flera språk en dag i veckan – bostadsbolaget",
           "Hyresgästkvällar i de nya bostadsområdena – hyresgästföreningen"),
        _h("4.2 Barnfamiljer trivs i sina bostadsområden", 3),
        _b("Gårdsfester i samarbete med föreningarna – fritidsenheten",
           "Lekparker rustas upp i tre stadsdelar – tekniska enheten"),
        _h("Fritid", 2),
        _h("4.3 Unga nyinflyttade deltar i fritidsverksamhet", 3),
        _p("Åtgärder"),
        _b("Prova-på-dagar i idrottsföreningarna varje höst – idrottsrådet",
           "En fritidsguide på lätt svenska – ungdomsgården"),
        _h("5 Uppföljning", 1),
        _p("Programmet följs upp årligen i samband med bokslutet."),
    ]


def test_numbered_clause_headings_over_dash_doer_actions_are_their_goals():
    out = _classify(_programme())
    goals = {g.id: g for g in out.goals}
    assert [g.text for g in goals.values()] == [
        "Nya familjer hittar en bostad snabbt", "Barnfamiljer trivs i sina bostadsområden",
        "Unga nyinflyttade deltar i fritidsverksamhet"]
    assert [goals[m.goal].text[:12] for m in out.measures] == [
        "Nya familjer", "Nya familjer", "Barnfamiljer", "Barnfamiljer", "Unga nyinfly", "Unga nyinfly"]
    assert [m.responsible for m in out.measures][:2] == [["bostadsbolaget"], ["hyresgästföreningen"]]


def test_without_the_label_line_read_ahead_the_labelled_goals_are_lost(monkeypatch):
    monkeypatch.setattr(read_headings.HeadingReader, "_items_after_action_label", lambda self, nxt: None)
    texts = [g.text for g in _classify(_programme()).goals]
    assert "Nya familjer hittar en bostad snabbt" not in texts
    assert "Unga nyinflyttade deltar i fritidsverksamhet" not in texts


def test_without_the_dash_doer_habit_no_heading_is_a_goal(monkeypatch):
    monkeypatch.setattr(read_headings, "dash_doer_tail", lambda text: None)
    texts = [g.text for g in _classify(_programme()).goals]
    assert "Barnfamiljer trivs i sina bostadsområden" not in texts
