"""Seventy-seventh blind set conventions, on made-up text: an action cell under a plural
header ('Åtgärder') whose lines stay one action (the golden convention); a responsible cell naming a unit of
another municipality after a comma ('Åsby kommuns näringsombud'); a paragraph over a list
closing by denying the plan's actions ('… ingår därför inte bland planens åtgärder.')."""

from blocks_doc import bullets as _b, classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers.actors import split_actors
from classifiers.denied_actions import denies_list_below


def _sq(s):
    return " ".join((s or "").split())


def _table(columns, rows, caption=None):
    return {"type": "table", "caption": caption, "columns": columns, "rows": rows}


def _lined_doc():
    return _classify([
        _h("Mål och åtgärder"),
        _h("Tema 1. Skola", 2),
        _table(["Mål", "Åtgärder", "Ansvar", "Tidtabell", "Uppföljning"], [
            ["Fler elever slutför gymnasiet",
             "Läxhjälp på biblioteket\ntre kvällar i veckan\nMentorer för nyanlända\nelever i gymnasiet\n"
             "Förberedande kurs i matematik",
             "Bildningsavdelningen", "2025–2027",
             "Antal elever i\nläxhjälpen\nAndel som slutfört\ngymnasiet"],
            ["Föräldrarna känner till skolan",
             "Informationskvällar för\nföräldrar på hösten\nTolk vid\nutvecklingssamtal",
             "Skolorna", "Årligen", "Antal föräldrar som\ndeltagit"],
        ]),
    ])


def test_lines_of_an_action_cell_stay_one_action_under_a_plural_header():
    # a cell's lines under 'Åtgärder' are one action, as the Borgå golden programme's gold
    # reads them: a wrap and a typed break look alike in the print (the character-count
    # width misjudges proportional type), and splitting at capitalised lines cut a name
    # ('… med Röda' / 'Korset …') and the golden programme's two-line actions
    got = _lined_doc()
    texts = {_sq(m.text) for m in got.measures}
    assert "Mentorer för nyanlända elever i gymnasiet" not in texts
    assert len(texts) == 2


def test_unit_of_another_municipality_after_a_comma():
    assert split_actors("Ekby näringslivsenhet, Åsby kommuns näringsombud", "actors")[0] == [
        "Ekby näringslivsenhet", "Åsby kommuns näringsombud"]
    # the same municipality's own unit stays one name
    assert split_actors("Åsby kommun, Åsby kommuns näringsombud", "actors")[0] == [
        "Åsby kommun, Åsby kommuns näringsombud"]


def test_denies_list_below():
    assert denies_list_below("Mottagandet följer en fast ordning. Ordningen ingår därför inte bland planens åtgärder.")
    assert not denies_list_below("Åtgärderna ingår inte i budgeten.")
    assert not denies_list_below("Vi genomför följande åtgärder.")
    assert not denies_list_below("Ordningen ingår inte bland planens åtgärder:")


def test_list_under_a_paragraph_denying_the_actions_is_no_action():
    got = _classify([
        _h("Inledning"),
        _p("Planen gäller åren 2026–2028 och har godkänts av fullmäktige."),
        _h("Så tar vi emot nya familjer"),
        _p("Varje familj som flyttar till Åsby tas emot enligt samma rutin, som socialtjänsten har "
           "beslutat om. Rutinen hör till det vanliga arbetet och räknas därför inte till planens åtgärder."),
        _b("Socialarbetaren hyr en lägenhet och hämtar familjen på stationen.",
           "Skolhälsovården träffar barnen inom tre veckor.",
           "Familjen får en kontaktperson den första dagen."),
        _h("Mål och insatser"),
        _h("Svenska", 2),
        _p("Målet är att alla vuxna kan använda svenska i vardagen."),
        _p("Det här gör vi:"),
        _b("ordnar en samtalsgrupp på biblioteket", "startar en läsecirkel"),
        _p("Ansvar: kulturavdelningen."),
    ])
    texts = [_sq(m.text) for m in got.measures]
    assert not any("lägenhet" in t or "Skolhälsovården" in t or "kontaktperson" in t for t in texts)
    assert texts == ["ordnar en samtalsgrupp på biblioteket", "startar en läsecirkel"]


def test_denies_list_below_singular_action_is_no_denial():
    # a meter list's note on how an item relates to one action denies no list
    assert not denies_list_below("Mätarna nedan rapporteras årligen. Utan åtgärdsnummer följer "
                                 "mätaren upp målet och inte någon enskild åtgärd.")


def test_summary_table_without_who_or_when_is_not_split():
    # a table of goals and actions alone (no doer, time or meter column) restates actions
    # detailed elsewhere: its cell is read as before, one item
    got = _classify([
        _h("Sammanfattning"),
        _table(["Nr", "Mål", "Åtgärder"], [
            ["1", "Fler elever slutför gymnasiet",
             "Läxhjälp på biblioteket\ntre kvällar i veckan\nMentorer för nyanlända\nelever i gymnasiet"],
        ]),
    ])
    texts = [_sq(m.text) for m in got.measures]
    assert "Mentorer för nyanlända elever i gymnasiet" not in texts
