"""Forty-fifth blind set (blind266, blind269) conventions, on made-up text: a brochure's
sub-heading 'Det här vill vi' over its goal sentence (beside 'Det här gör vi' and 'Så vet vi
att det fungerar'), a closing table 'Nr | Ansvarig | Tillsammans med | När' that gives the
numbered actions their doers and times without restating them, and a responsible line joining
'<unit> för <whom>' and a second unit in the definite form with 'och'."""

import pytest
from blocks_doc import bullets as _b, classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers.actors import split_actors
from classifiers.headers import header_roles


def _sq(s):
    return " ".join(s.split())


def _t(caption, columns, rows):
    return {"type": "table", "caption": caption, "columns": columns, "rows": rows}


def _brochure(table=None, goal_heading="Det här vill vi"):
    blocks = [
        _h("VÄLKOMMEN TILL NORRHAMN", 1),
        _p("Norrhamns plan för integration 2026–2028."),
        _h("ATT FÅ VÄNNER", 2),
        _h(goal_heading, 3),
        _p("Alla nyinflyttade har någon att umgås med på fritiden."),
        _h("Det här gör vi", 3),
        _b("1. Vi startar en vänverksamhet där nya och gamla invånare träffas.",
           "2. Vi ordnar promenader i naturen varje månad."),
        _h("Så vet vi att det fungerar", 3),
        _b("Antal vänpar per år."),
        _h("ATT FÅ HJÄLP", 2),
        _h(goal_heading, 3),
        _p("Alla vet var de får råd om bostad och skatter."),
        _h("Det här gör vi", 3),
        _b("3. Vi öppnar en servicedisk i stadshuset två dagar i veckan."),
        _h("Så vet vi att det fungerar", 3),
        _b("Antal besök vid servicedisken."),
    ]
    if table is not None:
        blocks += [_h("VEM GÖR VAD?", 2), table]
    return _classify(blocks)


_DOER_TABLE = _t("Ansvar och tidtabell", ["Nr", "Ansvarig", "Tillsammans med", "När"], [
    ["1", "Fritidsbyrån", "Scouterna, Röda Korset", "Hela perioden"],
    ["2", "Fritidsbyrån", "–", "Varje månad"],
    ["3", "Medborgarservicen", "Skattebyrån", "Från hösten 2026"],
])


def test_wish_heading_states_the_goal_under_it():
    got = _brochure()
    assert [_sq(g.text) for g in got.goals] == [
        "Alla nyinflyttade har någon att umgås med på fritiden.",
        "Alla vet var de får råd om bostad och skatter."]
    assert [g.theme for g in got.goals] == ["ATT FÅ VÄNNER", "ATT FÅ HJÄLP"]
    goal_of = {g.id: _sq(g.text)[:8] for g in got.goals}
    assert [goal_of.get(m.goal) for m in got.measures] == ["Alla nyi", "Alla nyi", "Alla vet"]
    assert [goal_of.get(i.goal) for i in got.indicators] == ["Alla nyi", "Alla vet"]
    assert all(i.measure is None for i in got.indicators)


@pytest.mark.parametrize("heading", ["Det här vill vi", "Detta vill vi", "Det vill vi:", "DET HÄR VILL VI"])
def test_wish_heading_variants_name_the_goal(heading):
    assert header_roles(heading) == ["goal"]


def test_wish_heading_in_a_sentence_names_nothing():
    assert header_roles("Det här vill vi ändra på i kommunen") == []


def test_closing_doer_table_gives_the_numbered_actions_their_doers_and_times():
    got = _brochure(_DOER_TABLE)
    assert len(got.measures) == 3  # the table restates no action of its own
    assert [m.responsible for m in got.measures] == [["Fritidsbyrån"], ["Fritidsbyrån"], ["Medborgarservicen"]]
    assert [m.partners for m in got.measures] == [["Scouterna", "Röda Korset"], [], ["Skattebyrån"]]
    assert [m.schedule for m in got.measures] == ["Hela perioden", "Varje månad", "Från hösten 2026"]


def test_closing_doer_table_with_question_headers_is_read_alike():
    table = _t("", ["Nr", "Vem ansvarar?", "Vem är med?", "Tidtabell"], _DOER_TABLE["rows"])
    got = _brochure(table)
    assert [m.responsible for m in got.measures] == [["Fritidsbyrån"], ["Fritidsbyrån"], ["Medborgarservicen"]]
    assert [m.schedule for m in got.measures] == ["Hela perioden", "Varje månad", "Från hösten 2026"]


def test_doer_table_whose_numbers_name_no_listed_action_gives_nothing():
    rows = [["7", "Fritidsbyrån", "–", "2027"], ["8", "Medborgarservicen", "–", "2028"]]
    got = _brochure(_t("", ["Nr", "Ansvarig", "Tillsammans med", "När"], rows))
    assert [m.responsible for m in got.measures] == [[], [], []]
    assert len(got.measures) == 3


@pytest.mark.parametrize("cell, names", [
    ("Servicepunkten för inflyttade och informationsenheten", ["Servicepunkten för inflyttade", "informationsenheten"]),
    ("rådgivningen för studerande och biblioteket", ["rådgivningen för studerande", "biblioteket"]),
    # the object of the preposition joined with its like: one unit
    ("Sektorn för fostran och utbildning", ["Sektorn för fostran och utbildning"]),
    ("Centret för invandrare och flyktingar", ["Centret för invandrare och flyktingar"]),
    ("kultur- och fritidssektorn", ["kultur- och fritidssektorn"]),
])
def test_definite_unit_after_a_prepositional_phrase_is_a_second_unit(cell, names):
    assert split_actors(cell, role="responsible")[0] == names


def test_closing_doer_table_keyed_by_dotted_action_numbers():
    got = _classify([
        _h("2 Åtgärder"),
        _h("2.1 Språk", 3),
        _p("Mål 1. Alla vuxna kan använda svenska i vardagen."),
        _b("1.1 Vi ordnar samtalsgrupper på biblioteket.", "1.2 Vi översätter kommunens blanketter."),
        _h("2.2 Arbete", 3),
        _p("Mål 2. Fler inflyttade får arbete i regionen."),
        _b("2.1 Vi ordnar praktikplatser i kommunens egna enheter."),
        _h("3 Vem gör vad"),
        _t("", ["Nr", "Ansvarig", "Samarbetspartner", "Tidtabell"], [
            ["1.1", "Biblioteket", "Folkhälsan", "Varje vecka"],
            ["1.2", "Kommunikationsenheten", "–", "2027"],
            ["2.1", "Personalenheten", "Arbetskraftsbyrån", "2027–2029"],
        ]),
    ])
    assert len(got.measures) == 3
    assert [m.responsible for m in got.measures] == [["Biblioteket"], ["Kommunikationsenheten"],
                                                     ["Personalenheten"]]
    assert [m.partners for m in got.measures] == [["Folkhälsan"], [], ["Arbetskraftsbyrån"]]
    assert [m.schedule for m in got.measures] == ["Varje vecka", "2027", "2027–2029"]
