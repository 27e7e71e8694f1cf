"""Conventions of the twenty-sixth blind set's Vessö, Kantlax and Svartå programmes
(tests/data/blind_programs, README there), on made-up programmes: a programme printed from a
web page, whose goals are 'Mål:' fields and whose actions are promises of a named doer ('X
ska …') inside paragraphs of background (`field_goal_actions`), followed up in a table 'Område
| Vad vi följer | …' (`headers`: 'Vad vi följer' names the indicator column); posts named in the
definite plural ('Studiehandledarna', `actors.names_actor`)."""

from blocks_doc import classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers.actors import names_actor
from classifiers.field_goal_actions import promised_clauses, received_clauses
from classifiers.headers import header_roles, is_structure_header


def _squash(s):
    return " ".join(s.split())


def _t(columns, rows, caption=None):
    return {"type": "table", "caption": caption, "columns": columns, "rows": rows}


# ---- promises in the text under a goal field ---------------------------------------------

def test_promised_clauses_are_the_promises_only():
    assert promised_clauses("Biblioteket ska tillsammans med Exempelby Marthaförening ordna läxhjälp.") \
        == ["Biblioteket ska tillsammans med Exempelby Marthaförening ordna läxhjälp."]
    # a wish, then after the semicolon what is done about it: the clause that promises
    assert promised_clauses("Vi vill att fler ska delta i valet; valnämnden ska därför ordna "
                            "information på flera språk.") \
        == ["valnämnden ska därför ordna information på flera språk."]
    # the present and the past describe
    assert promised_clauses("Välfärdsområdet ansvarar för hälsovården.") == []
    assert promised_clauses("Tidigare ordnades kursen en gång i månaden.") == []


def test_a_promise_to_a_group_that_receives_it():
    assert received_clauses("Chefer ska få stöd i att rekrytera personer med utländsk bakgrund.") \
        == ["Chefer ska få stöd i att rekrytera personer med utländsk bakgrund."]
    # permission or a possibility is no action given
    assert received_clauses("Chefer ska få arbeta på distans.") == []
    assert received_clauses("Alla ska få möjlighet att delta.") == []


def test_posts_in_the_definite_plural_name_actors():
    assert names_actor("Studiehandledarna")
    assert names_actor("Samordnarna")
    assert not names_actor("Deltagarna")


def test_what_we_follow_names_the_indicator_column():
    assert header_roles("Vad vi följer") == ["indicator"]
    assert header_roles("Vad som mäts") == ["indicator"]
    assert is_structure_header(["Område", "Vad vi följer", "Källa", "Hur ofta"])


def _web_page_doc():
    return [
        _p("Start › Kommun › Planer › Integrationsprogram"),
        _h("Integrationsprogram 2025–2028", 1),
        _h("Läs mer om arbete", 2),
        _p("Mål: Fler nyinflyttade får arbete inom ett år."),
        _p("I Exempelby fanns 2024 cirka 80 arbetslösa. Integrationsbyrån ska erbjuda varje ny "
           "invånare ett kompetenssamtal. Många arbetsgivare har efterfrågat stöd. "
           "Näringslivsenheten ska från hösten 2025 ordna rådgivning för blivande företagare."),
        _h("Läs mer om delaktighet", 2),
        _p("Mål: Fler invandrare deltar i lokala beslut."),
        _p("Välfärdsområdet ansvarar för socialservicen. Vi vill att fler ska rösta i valet; "
           "valnämnden ska därför ordna röstningsinformation på flera språk. Handläggarna ska få "
           "utbildning i klarspråk."),
        _h("Så följer vi upp programmet", 2),
        _t(["Område", "Vad vi följer", "Var uppgiften finns", "Hur ofta"],
           [["Arbete", "Antal kompetenssamtal", "Integrationsbyrån", "Årligen"],
            ["", "Andelen sysselsatta", "Statistikcentralen", "Årligen"],
            ["Delaktighet", "Valdeltagandet bland invandrare", "Statistikcentralen", "Efter valet"]]),
    ]


def test_promises_under_goal_fields_are_the_goals_actions():
    x = _classify(_web_page_doc())
    goal_of = {_squash(g.text): g.id for g in x.goals}
    g1 = goal_of["Fler nyinflyttade får arbete inom ett år"]
    g2 = goal_of["Fler invandrare deltar i lokala beslut"]
    # the accordion button 'Läs mer om arbete' names the theme 'arbete'
    assert {g.theme for g in x.goals} == {"arbete", "delaktighet"}
    # a commitment whose doer is named: its action part, the sentence as printed; a subject
    # naming no actor stays in the text
    got = {_squash(m.printed or m.text): (_squash(m.text), m.goal, m.responsible) for m in x.measures}
    assert got == {
        "Integrationsbyrån ska erbjuda varje ny invånare ett kompetenssamtal":
            ("erbjuda varje ny invånare ett kompetenssamtal", g1, ["Integrationsbyrån"]),
        "Näringslivsenheten ska från hösten 2025 ordna rådgivning för blivande företagare":
            ("ordna rådgivning för blivande företagare", g1, ["Näringslivsenheten"]),
        "valnämnden ska därför ordna röstningsinformation på flera språk":
            ("ordna röstningsinformation på flera språk", g2, ["valnämnden"]),
        "Handläggarna ska få utbildning i klarspråk": ("Handläggarna ska få utbildning i klarspråk", g2, []),
    }
    assert {_squash(i.text) for i in x.indicators} == {
        "Antal kompetenssamtal", "Andelen sysselsatta", "Valdeltagandet bland invandrare"}
