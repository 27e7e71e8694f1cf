"""Seventy-eighth blind set (helper t78a): a goal's 'Ansvar: X; samarbetspartner Y och Z' line
naming the partners by the partner noun without a colon, and a goal's meter line naming a count
and a level by its compound after a genitive ('antalet X och deltagarnas språknivå'). Made-up
text."""

from blocks_doc import classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers.actors import split_actors
from classifiers.prose import count_and_share


# ---- '; samarbetspartner Y och Z' after the doer ------------------------------------------

def test_the_partner_noun_after_the_doers_semicolon_makes_all_names_after_it_partners():
    assert split_actors("Kulturbyrån; samarbetspartner församlingen och Ekby Idrottsförening rf") == (
        ["Kulturbyrån"], ["församlingen", "Ekby Idrottsförening rf"])
    assert split_actors("Fritidsenheten; partner Röda Korset") == (["Fritidsenheten"], ["Röda Korset"])
    # (the labelled forms read as before; a doer list without the noun stays responsible)
    assert split_actors("fritidsenheten, samarbetspartner: idrottsföreningarna") == (
        ["fritidsenheten"], ["idrottsföreningarna"])
    assert split_actors("Kulturbyrån och Ekby Idrottsförening rf") == (
        ["Kulturbyrån", "Ekby Idrottsförening rf"], [])


# ---- a count and a level named by its compound after a genitive ----------------------------

def test_a_count_and_a_genitives_compound_level_are_two_meters():
    assert count_and_share("antalet kursdeltagare och elevernas läsnivå enligt provet") == [
        "antalet kursdeltagare", "elevernas läsnivå enligt provet"]
    assert count_and_share("andelen sysselsatta samt kvinnornas utbildningsgrad") == [
        "andelen sysselsatta samt kvinnornas utbildningsgrad"]  # two shares: as before, whole
    # two counts stay one meter, as before
    assert count_and_share("antalet kurser och antalet deltagare") == ["antalet kurser och antalet deltagare"]


def _goal_card():
    return _classify([
        _h("3 Språk", 1),
        {"type": "table", "caption": None,
         "columns": ["Mål", "Åtgärder", "Ansvar", "Tidtabell", "Mätare"],
         "rows": [["Vuxna nyinflyttade lär sig svenska",
                   "• Kvällskurser i svenska för nybörjare\n• Läsecirkel på biblioteket varje månad\n"
                   "• Språkpromenader i parken på lördagar",
                   "Medborgarinstitutet", "2025–2027",
                   "antalet kursdeltagare och deltagarnas läsnivå enligt provet"]]},
    ])


def test_a_meter_cell_shared_by_a_rows_actions_naming_a_count_and_a_level_gives_two_goal_meters():
    x = _goal_card()
    assert len(x.measures) == 3, [m.text for m in x.measures]
    assert sorted(i.text for i in x.indicators) == ["antalet kursdeltagare", "deltagarnas läsnivå enligt provet"]
    assert all(i.measure is None for i in x.indicators)
