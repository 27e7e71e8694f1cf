"""Thirty-eighth blind set (blind223, blind224) conventions, on made-up text: a goal summary
table listing each goal's actions by number ('Mål | Vad vi vill uppnå | Område | Åtgärder':
'1–3'), numbered actions closing with a sentence of who and when ('Biblioteket tillsammans med
X; 2026.'), a follow-up column naming actions by number ('Följer upp': 'åtgärd 4'), a draft's
tracked deletions and margin comments, an action table whose piece under a theme caption goes
on with the goal above, and a caption naming the page it stands on."""

from blocks_doc import bullets as _b, classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers.actors import trailing_actors
from classifiers.change_markers import is_margin_comment, without_struck_spans
from classifiers.headers import map_columns
from classifiers.reader_shared import theme_name


def _sq(s):
    return " ".join((s or "").split()).rstrip(".")


def _table(caption, columns, rows):
    return {"type": "table", "caption": caption, "columns": columns, "rows": rows}


def _summary_plan():
    return _classify([
        _h("Planen i korthet"),
        _table("Sammanställning av planen", ["Mål", "Vad vi vill uppnå", "Område", "Åtgärder"], [
            ["1", "Alla barn i byn kan simma när de börjar skolan", "Idrott", "1–2"],
            ["2", "Äldre nyinflyttade hittar till hälsovårdens tjänster", "Hälsa", "3–4"],
            ["3", "Ortens föreningar har medlemmar med olika bakgrund", "Föreningsliv", "5"],
        ]),
        _h("Åtgärder"),
        _p("Åtgärderna är numrerade i löpande följd."),
        _b("1. Simskola för förskolebarn varje sommar. Idrottsbyrån tillsammans med simklubben; 2026–2028.",
           "2. Simlektioner i skolans gymnastikpass. Skolan; från hösten 2026.",
           "3. Hälsovårdsguide på fyra språk. Hälsocentralen; 2026.",
           "4. Seniorcafé med hälsosköterska i biblioteket. Biblioteket tillsammans med pensionärsföreningen; varje månad.",
           "5. Föreningsmässa på torget. Fritidsbyrån; årligen i maj."),
        _h("Uppföljning"),
        _table("Mätare", ["Mätare", "Utgångsläge", "Målvärde", "Följer upp"], [
            ["Antal barn i simskolan", "20", "40", "åtgärd 1"],
            ["Antal besökare i seniorcaféet", "–", "15", "åtgärd 4"],
            ["Antal föreningar på mässan", "–", "12", "åtgärd 5"],
        ]),
    ])


def test_an_indirect_question_of_what_to_reach_heads_the_goals():
    assert map_columns(["Mål", "Vad vi vill uppnå", "Område", "Åtgärder"])[1] == "goal"
    assert map_columns(["Vad man ska nå", "Vem"]).get(0) == "goal"


def test_a_summary_table_listing_action_numbers_states_the_goals():
    got = _summary_plan()
    goals = {_sq(g.text): g for g in got.goals}
    assert set(goals) == {"Alla barn i byn kan simma när de börjar skolan",
                          "Äldre nyinflyttade hittar till hälsovårdens tjänster",
                          "Ortens föreningar har medlemmar med olika bakgrund"}
    assert goals["Äldre nyinflyttade hittar till hälsovårdens tjänster"].theme == "Hälsa"
    # the number ranges are no actions
    assert not any(_sq(m.text) in ("1–2", "3–4", "5") for m in got.measures)


def test_numbered_actions_serve_the_goal_that_lists_their_number():
    got = _summary_plan()
    by_goal = {g.id: _sq(g.text) for g in got.goals}
    links = {_sq(m.text).split(" ", 1)[-1]: by_goal.get(m.goal) for m in got.measures}
    assert links["Simskola för förskolebarn varje sommar"] == "Alla barn i byn kan simma när de börjar skolan"
    assert links["Simlektioner i skolans gymnastikpass"] == "Alla barn i byn kan simma när de börjar skolan"
    assert links["Hälsovårdsguide på fyra språk"] == "Äldre nyinflyttade hittar till hälsovårdens tjänster"
    assert links["Seniorcafé med hälsosköterska i biblioteket"] == \
        "Äldre nyinflyttade hittar till hälsovårdens tjänster"
    assert links["Föreningsmässa på torget"] == "Ortens föreningar har medlemmar med olika bakgrund"


def test_a_closing_sentence_of_who_and_when_is_the_actions_tail():
    assert trailing_actors("4. Seniorcafé i biblioteket. Biblioteket tillsammans med pensionärsföreningen; "
                           "varje månad.") == (["Biblioteket"], ["pensionärsföreningen"], "varje månad")
    assert trailing_actors("3. Hälsovårdsguide på fyra språk. Hälsocentralen; 2026.") == \
        (["Hälsocentralen"], [], "2026")
    # a second sentence with no semicolon field is the action's description, no tail
    assert trailing_actors("Hälsovårdsguide på fyra språk. Guiden delas ut i hälsocentralen.") is None
    got = _summary_plan()
    m = next(m for m in got.measures if "Seniorcafé" in m.text)
    assert _sq(m.text).endswith("Seniorcafé med hälsosköterska i biblioteket")
    assert m.responsible == ["Biblioteket"] and m.partners == ["pensionärsföreningen"]
    assert m.schedule == "varje månad"


def test_a_follow_up_column_of_action_numbers_links_each_meter():
    got = _summary_plan()
    text = {m.id: _sq(m.text).split(" ", 1)[-1] for m in got.measures}
    links = {_sq(i.text): text.get(i.measure) for i in got.indicators}
    assert links == {"Antal barn i simskolan": "Simskola för förskolebarn varje sommar",
                     "Antal besökare i seniorcaféet": "Seniorcafé med hälsosköterska i biblioteket",
                     "Antal föreningar på mässan": "Föreningsmässa på torget"}


def test_tracked_deletions_and_margin_comments_are_no_text():
    assert without_struck_spans("[struken] Kurs för alla [/struken] Kurs för nyanlända") == "Kurs för nyanlända"
    assert without_struck_spans("Planen gäller alla. [raderat] Bara vuxna. [/raderat]") == "Planen gäller alla."
    assert is_margin_comment("Kommentar [KL2]: Kolla siffrorna.")
    assert not is_margin_comment("Kommentar till tabellen: siffrorna gäller 2024.")
    got = _classify([
        _h("Handlingsplan"),
        _table("Åtgärder", ["Mål", "Åtgärd", "Ansvarig", "Tidtabell"], [
            ["Alla barn lär sig simma", "[struken] Simskola för alla [/struken] Simskola för sexåringar",
             "Idrottsbyrån", "2026"],
            ["", "Simlektioner i skolan", "Skolan", "2027"],
        ]),
        _p("Kommentar [KL1]: Ska simskolan ordnas också för vuxna? Kursen ordnas av medborgarinstitutet."),
        _h("Uppföljning"),
        _p("Följande mätare används:"),
        _b("Antal barn i simskolan", "[struken] Antal simhallsbesök [/struken]"),
    ])
    assert sorted(_sq(m.text) for m in got.measures) == ["Simlektioner i skolan", "Simskola för sexåringar"]
    assert [_sq(i.text) for i in got.indicators] == ["Antal barn i simskolan"]


def test_a_comment_without_a_full_stop_takes_no_list_after_it():
    # (a comment's unfinished sentence goes on in the one element after it, a dash line a
    # column break set apart -- not in the list items after it, lower case and unpunctuated
    # as a list's items are)
    from classifiers.change_markers import without_tracked_changes
    from classifiers.elements import Element

    els = [Element("para", "Kommentar [KL1]: Kolla listan med bildningssektorn"),
           Element("bullet", "• språkcafé varje vecka"), Element("bullet", "• läxhjälp i skolan")]
    assert [e.text for e in without_tracked_changes(els)] == ["• språkcafé varje vecka", "• läxhjälp i skolan"]
    els = [Element("para", "Kommentar [KL2]: Indikatorn struken"),
           Element("bullet", "– uppgiften finns inte per modersmål"),
           Element("bullet", "– antal deltagare i språkcaféet")]
    assert [e.text for e in without_tracked_changes(els)] == ["– antal deltagare i språkcaféet"]


def test_a_table_piece_under_a_theme_caption_goes_on_with_the_goal_above():
    cols = ["Mål", "Åtgärd", "Ansvarig", "Tidtabell"]
    got = _classify([
        _h("Handlingsplan"),
        _table("Tema 1: Hälsa (sida 3)", cols, [
            ["Äldre invandrare känner till hälsovårdens tjänster", "Hälsovårdsguide på fyra språk",
             "Hälsocentralen", "2026"],
        ]),
        _table("Tema 2: Fritid (sida 4)", cols, [
            ["", "Seniorcafé med hälsosköterska", "Biblioteket", "2027"],
            ["Barn deltar i föreningarnas verksamhet", "Föreningsmässa på torget", "Fritidsbyrån", "2026"],
        ]),
    ])
    by_goal = {g.id: _sq(g.text) for g in got.goals}
    links = {_sq(m.text): by_goal.get(m.goal) for m in got.measures}
    assert links["Seniorcafé med hälsosköterska"] == "Äldre invandrare känner till hälsovårdens tjänster"
    assert links["Föreningsmässa på torget"] == "Barn deltar i föreningarnas verksamhet"
    themes = {_sq(g.text): g.theme for g in got.goals}
    assert themes["Barn deltar i föreningarnas verksamhet"] == "Fritid"


def test_a_captions_page_reference_is_no_part_of_the_theme():
    assert theme_name("Tema 1: Arbete och utbildning (sida 4)") == "Arbete och utbildning"
    assert theme_name("Tema 2: Hälsa (s. 12)") == "Hälsa"


def test_a_label_after_a_value_of_figures_opens_a_field():
    from classifiers.records import fields
    assert fields("Åtgärder: 4–5 Vad vi vill uppnå: Äldre hittar hälsovården") == [
        ("measure", "Åtgärder", "4–5"), ("goal", "Vad vi vill uppnå", "Äldre hittar hälsovården")]


def test_a_summary_printed_as_cards_states_the_goals_and_lists_their_actions():
    got = _classify([
        _h("Planen i korthet"),
        _p("Mål: 1"), _p("Åtgärder: 1–2"), _p("Vad vi vill uppnå: Alla barn i byn kan simma när de börjar skolan"),
        _p("Område: Idrott"),
        _p("Mål: 2"), _p("Åtgärder: 3"), _p("Vad vi vill uppnå: Ortens föreningar har medlemmar med olika bakgrund"),
        _p("Område: Föreningsliv"),
        _h("Åtgärder"),
        _b("1. Simskola för förskolebarn varje sommar. Idrottsbyrån tillsammans med simklubben; 2026–2028.",
           "2. Simlektioner i skolans gymnastikpass. Skolan; från hösten 2026.",
           "3. Föreningsmässa på torget. Fritidsbyrån; årligen i maj."),
    ])
    by_goal = {g.id: _sq(g.text) for g in got.goals}
    assert set(by_goal.values()) == {"Alla barn i byn kan simma när de börjar skolan",
                                     "Ortens föreningar har medlemmar med olika bakgrund"}
    links = {_sq(m.text).split(" ", 1)[-1]: by_goal.get(m.goal) for m in got.measures}
    assert links == {"Simskola för förskolebarn varje sommar": "Alla barn i byn kan simma när de börjar skolan",
                     "Simlektioner i skolans gymnastikpass": "Alla barn i byn kan simma när de börjar skolan",
                     "Föreningsmässa på torget": "Ortens föreningar har medlemmar med olika bakgrund"}


def test_a_card_under_a_theme_caption_goes_on_with_the_goal_above():
    got = _classify([
        _h("Handlingsplan"),
        _h("Tema 1: Hälsa och omsorg", 4),
        _h("Mål 1: Äldre invandrare känner till hälsovårdens tjänster", 5),
        _p("Åtgärd: Hälsovårdsguide på fyra språk"), _p("Ansvar: Hälsocentralen"), _p("Tidtabell: 2026"),
        _h("Tema 2: Fritid och föreningsliv", 4),
        _p("Åtgärd: Seniorcafé med hälsosköterska i biblioteket"), _p("Ansvar: Biblioteket"), _p("Tidtabell: 2027"),
        _h("Mål 2: Barn deltar i föreningarnas verksamhet", 5),
        _p("Åtgärd: Föreningsmässa på torget"), _p("Ansvar: Fritidsbyrån"), _p("Tidtabell: 2026"),
    ])
    by_goal = {g.id: _sq(g.text) for g in got.goals}
    assert not any("Fritid och föreningsliv" in t for t in by_goal.values())
    links = {_sq(m.text): by_goal.get(m.goal) for m in got.measures}
    assert links["Seniorcafé med hälsosköterska i biblioteket"].endswith(
        "Äldre invandrare känner till hälsovårdens tjänster")


def test_a_comment_goes_on_past_a_column_break():
    from classifiers.change_markers import without_tracked_changes
    from classifiers.elements import Element
    els = [Element(kind="para", text="Kommentar [KL3]: Mätaren om simhallsbesök struken"),
           Element(kind="bullet", text="– uppgiften finns inte per åldersgrupp."),
           Element(kind="bullet", text="• Antal barn i simskolan")]
    assert [e.text for e in without_tracked_changes(els)] == ["• Antal barn i simskolan"]


def test_one_number_lists_the_one_action_of_a_goal_on_the_next_card():
    cols = ["Mål", "Vad vi vill uppnå", "Åtgärder"]
    got = _classify([
        _h("Planen i korthet"),
        _table("", cols, [["1", "Alla barn i byn kan simma när de börjar skolan", "1–2"]]),
        _p("Det andra målet gäller föreningarna."),
        _table("", cols, [["2", "Ortens föreningar har medlemmar med olika bakgrund", "3"]]),
        _p("Det tredje målet gäller hälsan."),
        _table("", cols, [["3", "Äldre nyinflyttade hittar till hälsovårdens tjänster", "4–5"]]),
        _h("Åtgärder"),
        _b("1. Simskola för förskolebarn varje sommar. Idrottsbyrån; 2026–2028.",
           "2. Simlektioner i skolans gymnastikpass. Skolan; från hösten 2026.",
           "3. Föreningsmässa på torget. Fritidsbyrån; årligen i maj.",
           "4. Hälsovårdsguide på fyra språk. Hälsocentralen; 2026.",
           "5. Seniorcafé med hälsosköterska. Biblioteket; varje månad."),
    ])
    by_goal = {g.id: _sq(g.text) for g in got.goals}
    links = {_sq(m.text).split(" ", 1)[-1]: by_goal.get(m.goal) for m in got.measures}
    assert links["Föreningsmässa på torget"] == "Ortens föreningar har medlemmar med olika bakgrund"
    assert "3" not in {_sq(m.text) for m in got.measures}
