"""Nineteenth blind set (helper n19b): a programme printed as a minutes extract -- goals as
'Mål N – Area: sentence.' paragraphs of the preparation text, actions as the numbered
paragraphs of the proposal that refer to a goal, '2. uppdra åt X att ... (mål 1),'. Made-up
text."""

from blocks_doc import classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers.council_decision import area_goal, decision_item


def test_a_goal_labelled_with_number_and_area_is_its_sentence_with_the_area_as_theme():
    g = area_goal("Mål 3 – Boende och närmiljö: Alla nyinflyttade har en trygg bostad.")
    assert (g.number, g.area, g.text) == ("3", "Boende och närmiljö", "Alla nyinflyttade har en trygg bostad")
    assert area_goal("Mål 3: Alla nyinflyttade har en trygg bostad.") is None


def test_a_numbered_decision_paragraph_referring_to_a_goal_is_an_action_of_it():
    d = decision_item("4. uppdra åt tekniska nämnden att i samarbete med hyresbolaget och "
                      "församlingen inventera lediga bostäder senast hösten 2026 (mål 3),")
    assert d.goal_number == "3" and d.number == "4"
    assert d.text == ("uppdra åt tekniska nämnden att i samarbete med hyresbolaget och församlingen "
                      "inventera lediga bostäder senast hösten 2026")
    assert d.responsible == ["tekniska nämnden"]
    assert d.schedule == "senast hösten 2026"
    # a procedural paragraph refers to no goal: no action
    assert decision_item("1. föreslå för fullmäktige att programmet godkänns,") is None
    assert decision_item("2. öppna ett språkcafé (mål 1), samt").text == "öppna ett språkcafé"


def _minutes():
    return _classify([
        _h("§ 12 Välkomstprogram för Havsby kommun 2026–2029", 2),
        _h("Programmets mål", 3),
        _p("Arbetsgruppen föreslår två mål. Målen bygger på invånarnas synpunkter."),
        _p("Mål 1 – Boende: Alla nyinflyttade har en trygg bostad inom ett år."),
        _p("Mål 2 – Fritid: Nyinflyttade barn deltar i fritidsverksamhet lika ofta som andra barn."),
        _h("Kommundirektörens förslag", 3),
        _p("Kommunstyrelsen beslutar att"),
        _p("1. föreslå för fullmäktige att programmet godkänns,"),
        _p("2. uppdra åt tekniska nämnden att inventera lediga hyresbostäder varje vår (mål 1),"),
        _p("3. uppdra åt kulturnämnden att ge alla nyinflyttade barn ett fritidskort under 2026 (mål 2),"),
        _p("4. delge beslutet nämnderna."),
    ])


def test_minutes_give_goals_by_area_and_actions_by_decision_paragraph():
    x = _minutes()
    goals = {g.text: g for g in x.goals}
    assert set(goals) == {"Alla nyinflyttade har en trygg bostad inom ett år",
                          "Nyinflyttade barn deltar i fritidsverksamhet lika ofta som andra barn"}
    assert goals["Alla nyinflyttade har en trygg bostad inom ett år"].theme == "Boende"
    by_text = {m.text: m for m in x.measures}
    assert set(by_text) == {"uppdra åt tekniska nämnden att inventera lediga hyresbostäder varje vår",
                            "uppdra åt kulturnämnden att ge alla nyinflyttade barn ett fritidskort under 2026"}
    fritid = by_text["uppdra åt kulturnämnden att ge alla nyinflyttade barn ett fritidskort under 2026"]
    assert fritid.goal == goals["Nyinflyttade barn deltar i fritidsverksamhet lika ofta som andra barn"].id
    assert fritid.responsible == ["kulturnämnden"]


# ---- one line of the actor cell per action of the row ------------------------------------

from classifiers.parallel_lines import lines_per_action  # noqa: E402


def test_full_lines_ending_on_a_name_are_one_actor_each_when_the_row_has_that_many_actions():
    cell = "Idrottsledaren\nValnämnden"
    # by width alone the full first line wrapped into the second ...
    assert lines_per_action(cell, 1, 14, "2026") == ["Idrottsledaren Valnämnden"]
    # ... but the row has two actions, printed one per line in the same order, as its time is
    assert lines_per_action(cell, 2, 14, "2026\n2027") == ["Idrottsledaren", "Valnämnden"]
    # a time said of both actions at once does not say the row is printed line for line
    # ('… samt Mieli' / 'Egentliga Finland rf', blind41: a name going on from a name) ...
    assert lines_per_action("Föreningen Mieli\nVästra Nyland", 2, 16, "2026–2027") == \
        ["Föreningen Mieli Västra Nyland"]
    # ... but two units each closing on a definite noun are two names whatever the time says
    # (sixtieth set, `actors.ends_on_definite_noun`)
    assert lines_per_action(cell, 2, 14, "2026–2027") == ["Idrottsledaren", "Valnämnden"]
    # a sure wrap (a line ending on 'och') stays joined
    assert lines_per_action("Skolan och\nVästra Bibban\nSkolan", 2, 14, "2026\n2027") == \
        ["Skolan och Västra Bibban", "Skolan"]


# ---- a caption labelling its theme 'Tema: ...' -------------------------------------------

from classifiers.reader_shared import caption_theme  # noqa: E402


def test_a_caption_labelled_tema_names_the_theme_without_the_label():
    assert caption_theme("Tema: Hälsa och idrott") == "Hälsa och idrott"
    assert caption_theme("Tema 3: Boende") == "Boende"


# ---- a list introduced as 'följande aktiviteter' -----------------------------------------

from classifiers.prose import intro_kind  # noqa: E402


def test_a_list_of_the_activities_the_municipality_carries_out_holds_actions():
    assert intro_kind("Målet är att alla kan simma. Därför genomför kommunen följande aktiviteter:") == "measure"
    assert intro_kind("Under året ordnas bland annat dessa aktiviteter:") == "measure"
    # inside the sentence the word is part of its argument, not what the list holds
    assert intro_kind("Modellen beskriver hur resurser blir aktiviteter som leder till effekter:") is None


# ---- the follow-up cell of a row per goal -------------------------------------------------


from classifiers.cells import split_indicator_cell  # noqa: E402


def test_a_line_opening_on_the_word_the_indicator_opened_on_starts_another_indicator():
    # by width the full first line could have wrapped; the repeated head word says it did not
    assert split_indicator_cell("Andel deltagande elever\nAndel godkända i\nsvenska", True, 23) == \
        ["Andel deltagande elever", "Andel godkända i\nsvenska"]
    # a wrap goes on mid-phrase
    assert split_indicator_cell("Andel deltagande\nelever", True, 23) == ["Andel deltagande\nelever"]


def _goal_rows(first_row_follow_ups: str, said: bool = True):
    table = {"type": "table", "caption": "", "columns": ["Mål", "Aktiviteter", "Ansvar", "År", "Uppföljning"],
             "rows": [["Alla barn kan simma",
                       "– Simskola för nyanlända barn\n– Simdagar för familjer", "Idrottsbyrån\nIdrottsbyrån",
                       "2026\n2027", first_row_follow_ups],
                      ["Fler vuxna rör på sig",
                       "– Gympa på lätt svenska\n– Promenadgrupp för nyinflyttade", "Idrottsbyrån\nBiblioteket",
                       "2026\n2026", "Antal deltagare i motionsgrupperna"]]}
    guide = [_p("För varje mål anges aktiviteterna och vem som ansvarar. I sista kolumnen anges hur målet "
                "följs upp.")] if said else []
    return _classify([_h("3 Mål och aktiviteter", 2), *guide, _h("3.1 Motion", 3), table])


def test_follow_up_lines_of_a_goal_row_follow_up_the_goal_when_the_document_says_so():
    x = _goal_rows("Antal simkunniga barn\nAntal familjer på simdagarna")
    inds = {i.text.replace("\n", " "): i for i in x.indicators}
    assert set(inds) == {"Antal simkunniga barn", "Antal familjer på simdagarna",
                         "Antal deltagare i motionsgrupperna"}
    assert all(i.measure is None for i in inds.values())
    goal = next(g for g in x.goals if g.text == "Alla barn kan simma")
    assert inds["Antal simkunniga barn"].goal == goal.id


# ---- one column per party of a joint action -----------------------------------------------

def test_each_party_column_of_a_joint_action_table_names_a_responsible_unit():
    table = {"type": "table", "caption": "", "columns": ["Nr", "Åtgärd", "Kommunen", "Församlingen", "Tidtabell"],
             "rows": [["1", "Läxhjälp för nyanlända elever", "Skolbyrån", "Ungdomsarbetet", "2026"],
                      ["2", "Sommarläger för nyinflyttade familjer", "Fritidsbyrån", "Diakonin", "2027"]]}
    x = _classify([_h("3 Mål", 2), _p("Målet är att alla nyinflyttade familjer känner sig hemma i Havsby."),
                   _h("Bilaga 1. Gemensamma åtgärder", 2),
                   _p("Åtgärderna genomförs gemensamt av kommunen och församlingen."), table])
    by_text = {" ".join(m.text.split()): m for m in x.measures}
    assert by_text["Läxhjälp för nyanlända elever"].responsible == ["Skolbyrån", "Ungdomsarbetet"]
    assert by_text["Sommarläger för nyinflyttade familjer"].responsible == ["Fritidsbyrån", "Diakonin"]
    assert by_text["Sommarläger för nyinflyttade familjer"].partners == []

    # without the reading guide, as many lines as actions are one per action
    y = _goal_rows("Antal simkunniga barn\nAntal familjer på simdagarna", said=False)
    assert sum(i.measure is not None for i in y.indicators) == 2
