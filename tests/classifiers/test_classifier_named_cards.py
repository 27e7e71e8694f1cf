"""Action cards that give each action a short name of its own ('Insats: Welcome Office') over
what is done ('Åtgärd: Welcome Office blir …'), and a follow-up table that counts an action by
that name ('Antal besök på Welcome Office'): the card layout of a table with a name column
(`name_columns`, `records`). Made-up text."""

from blocks_doc import classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers.name_columns import without_name_column

_CARDS = [("Kvällsbåten", "Kvällsbåten går två gånger i veckan mellan holmarna och centrum", "Tekniska sektorn", "2026"),
          ("Byastugan", "Byastugan öppnas för föreningarnas kvällsträffar på fyra språk", "Fritidssektorn", "2027"),
          ("Sagostund", "Biblioteket ordnar sagostunder för barn på deras eget modersmål", "Biblioteket", "Pågår")]


def test_each_cards_name_names_its_own_action_and_the_meters_count_it_by_that_name():
    # Before: the second card's 'Insats:' line, coming after the first card's Ansvar and
    # Start, was folded into the first card as its name (beside the name it had), every later
    # card took the next one's name, and no meter found the action it counted
    blocks = [_h("3 Åtgärder", 1), _h("Så här gör vi", 2)]
    for name, action, who, start in _CARDS:
        blocks += [_p(f"Insats: {name}"), _p(f"Åtgärd: {action}"), _p(f"Ansvar: {who}"), _p(f"Start: {start}")]
    blocks.append({"type": "table", "caption": "Mätare", "columns": ["Mätare", "Utgångsläge", "Mål"],
                   "rows": [["Antal resenärer på Kvällsbåten", "0", "2 000"],
                            ["Antal barn på Sagostund per månad", "12", "40"]]})
    x = _classify(blocks)
    by_id = {m.id: m for m in x.measures}
    assert [m.text for m in x.measures] == [a for _, a, _, _ in _CARDS]
    assert [(i.text, by_id[i.measure].text if i.measure else None) for i in x.indicators] == [
        ("Antal resenärer på Kvällsbåten", _CARDS[0][1]), ("Antal barn på Sagostund per månad", _CARDS[2][1])]


def test_a_name_column_after_the_action_column_is_set_aside_as_one_before_it():
    # cards read back into a table keep the action first and its name after it
    rows = [[a, n, w, s] for n, a, w, s in _CARDS]
    roles = {0: "measure", 1: "measure", 2: "responsible", 3: "schedule"}
    assert without_name_column(rows, roles) == {0: "measure", 2: "responsible", 3: "schedule"}
