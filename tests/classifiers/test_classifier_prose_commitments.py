"""Actions stated as commitments in running text in the word orders Swedish gives them -- a
sentence adverb between 'kommer' and 'att' ('X kommer därför att …'), the subject after
'kommer' when an adverbial opens the sentence ('Dessutom kommer X att …'), a purpose clause
first ('För att nå dit ska X …') -- and a meter table naming those actions by a short name in
its 'Åtgärd' column: the sentences are the measures, the meters follow them up."""

from blocks_doc import classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers.prose_actions import prose_action
from classifiers.short_action_names import actions_named_short


def test_adverb_between_kommer_and_att():
    a = prose_action("Kulturenheten kommer därför att starta en läsecirkel för vuxna i Exby.")
    assert a is not None and a.commits and a.responsible == ["Kulturenheten"]
    assert a.clause == "starta en läsecirkel för vuxna i Exby"
    a = prose_action("Socialbyrån kommer också att utse en kontaktperson för varje familj.")
    assert a is not None and a.responsible == ["Socialbyrån"]


def test_subject_after_kommer_when_an_adverbial_opens_the_sentence():
    a = prose_action("Dessutom kommer fritidsenheten att ordna simskola för vuxna.")
    assert a is not None and a.commits and a.responsible == ["fritidsenheten"]
    assert a.clause == "ordna simskola för vuxna"
    a = prose_action("Under 2027 kommer vi också att ta fram en broschyr på lätt svenska.")
    assert a is not None and a.responsible == [] and a.clause == "ta fram en broschyr på lätt svenska"
    # no actor after 'kommer': a forecast, not a commitment
    assert prose_action("Därför kommer det att behövas fler lärare.") is None
    assert prose_action("Dessutom kommer många att flytta hit.") is None


def test_purpose_clause_first():
    a = prose_action("För att nå målet ska medborgarinstitutet erbjuda kurser på kvällstid.")
    assert a is not None and a.commits and a.responsible == ["medborgarinstitutet"]
    assert a.clause == "erbjuda kurser på kvällstid"
    assert prose_action("För att nå målet behövs fler platser.") is None


def test_present_tense_sentence_has_no_clause():
    a = prose_action("Kommunen ordnar språkcaféer varje vecka.")
    assert a is not None and not a.commits and a.clause is None


def test_short_names_refer_to_one_action_each():
    actions = [("a", "Kulturenheten kommer att starta en läsecirkel för vuxna"),
               ("b", "Idrottsenheten kommer att ordna simskola för vuxna"),
               ("c", "Biblioteket ska erbjuda läxhjälp två kvällar i veckan")]
    assert actions_named_short([("m1", "Läsecirkel"), ("m2", "Simskolan")], actions) == {"m1": "a", "m2": "b"}
    # a name no sentence states, one two sentences could be, or a sentence as a name: no mapping
    assert actions_named_short([("m1", "Läsecirkel"), ("m2", "Matlagning")], actions) is None
    assert actions_named_short([("m1", "För vuxna")], actions) is None
    assert actions_named_short([("m1", "Kulturenheten startar en läsecirkel för vuxna.")], actions) is None


def _programme(names: tuple[str, str]):
    return _classify([
        _h("Exby integrationsprogram 2026–2029", 1),
        _h("2 Språk", 2),
        _p("Målet är att alla vuxna kommer i gång med svenskstudier inom tre månader. "
           "Exby medborgarinstitut kommer därför att erbjuda kvällskurser i svenska med barnpassning."),
        _p("Dessutom kommer biblioteket att starta en läsecirkel på lätt svenska."),
        _h("3 Fritid", 2),
        _p("Målet är att alla barn har en fritidsaktivitet. Fritidsenheten kommer att införa ett "
           "fritidskort för barn mellan 7 och 15 år."),
        _h("4 Uppföljning", 2),
        {"type": "table", "caption": "Tabell 2. Mätare",
         "columns": ["Kapitel", "Åtgärd", "Mätare", "Källa"],
         "rows": [["2", "–", "Andel som börjat studera inom tre månader", "Klientregistret"],
                  ["2", names[0], "Antal deltagare i kvällskurserna", "Medborgarinstitutet"],
                  ["3", names[1], "Antal utdelade fritidskort", "Fritidsenheten"]]},
    ])


def test_meter_table_naming_text_actions_by_short_names():
    x = _programme(("Kvällskurser", "Fritidskort"))
    texts = [m.text for m in x.measures]
    assert texts == ["erbjuda kvällskurser i svenska med barnpassning",
                     "starta en läsecirkel på lätt svenska",
                     "införa ett fritidskort för barn mellan 7 och 15 år"]
    courses, _, card = x.measures
    assert courses.responsible == ["Exby medborgarinstitut"]
    assert courses.printed.startswith("Exby medborgarinstitut kommer därför att")
    inds = {" ".join(i.text.split()): i for i in x.indicators}
    assert inds["Antal deltagare i kvällskurserna"].measure == courses.id
    assert inds["Antal utdelade fritidskort"].measure == card.id
    assert inds["Antal deltagare i kvällskurserna"].goal == courses.goal


def test_a_name_no_sentence_states_keeps_the_table_as_read():
    x = _programme(("Kvällskurser", "Sommarjobb"))
    assert [m.text for m in x.measures] == ["Kvällskurser", "Sommarjobb"]
