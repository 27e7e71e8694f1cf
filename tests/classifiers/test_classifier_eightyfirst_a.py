"""Eighty-first blind set conventions, on made-up text: a list's lead-in placing its actions in
other plans ('… ingår i andra program:'); a list disowned by the paragraph under it ('Kommunen
ansvarar inte för dessa åtgärder'); a timeline table ('År | Förändring'); the follow-up's own
timetable ('Tidpunkt | Uppföljning'); statistics named as followed up beside the meters; a
sentence's subject and verb before a colon ('Viktiga samarbetsparter är:') that is no label."""

from blocks_doc import bullets as _b, classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers.content_roles import is_chronology
from classifiers.denied_actions import disowns_list_above, places_actions_elsewhere
from classifiers.ended_rows import follow_up_timetable
from classifiers.prose import followed_up_by
from classifiers.records import fields


def _sq(s):
    return " ".join((s or "").split())


def _table(columns, rows, caption=None):
    return {"type": "table", "caption": caption, "columns": columns, "rows": rows}


def _plan(*tail):
    return _classify([
        _h("Mål och åtgärder"),
        _h("Språk", 2),
        _p("Mål: Alla vuxna kan använda svenska i vardagen."),
        _p("Det här gör vi:"),
        _b("ordnar en samtalsgrupp på biblioteket", "startar en läsecirkel"),
        _p("Ansvar: kulturavdelningen."),
        *tail,
    ])


def test_lead_in_placing_actions_in_other_plans():
    assert places_actions_elsewhere("Några insatser för nya invånare ingår redan i kommunens övriga planer "
                                    "och genomförs oberoende av detta program. De räknas upp här:")
    assert places_actions_elsewhere("Följande åtgärder ingår i andra program och följs upp där:")
    assert not places_actions_elsewhere("Kommunen genomför följande åtgärder:")
    # (a sentence ending in a full stop introduces no list)
    assert not places_actions_elsewhere("Följande åtgärder ingår i andra program.")


def test_other_plans_actions_listed_for_the_whole_picture_are_no_measures():
    got = _plan(
        _h("Övriga planer"),
        _p("Några insatser för nya invånare ingår redan i andra planer och genomförs oberoende av "
           "detta program. De räknas upp här:"),
        _b("Idrottsplanen: simskola för vuxna.", "Bostadsprogrammet: fler små hyresbostäder."),
        _p("Ansvaret för dessa insatser ligger hos respektive nämnd."),
    )
    texts = [_sq(m.text) for m in got.measures]
    assert texts == ["ordnar en samtalsgrupp på biblioteket", "startar en läsecirkel"]


def test_paragraph_disowning_the_list_above():
    assert disowns_list_above("Kommunen ansvarar inte för dessa åtgärder, men följer hur de genomförs.")
    assert disowns_list_above("De här insatserna ingår inte i programmet.")
    # a negation about something else, or a pointer with no negation, disowns nothing
    assert not disowns_list_above("Dessa åtgärder kräver inte extra resurser.")
    assert not disowns_list_above("Ansvaret för dessa åtgärder ligger hos kulturavdelningen.")


def test_list_disowned_by_the_paragraph_under_it_is_no_measure():
    got = _plan(
        _h("Regionens insatser"),
        _p("Välfärdsområdet har bland annat följande åtgärder för nyanlända:"),
        _b("hälsokontroll inom en månad,", "stödsamtal med tolk."),
        _p("Kommunen ansvarar inte för dessa åtgärder, men följer hur de genomförs."),
    )
    texts = [_sq(m.text) for m in got.measures]
    assert texts == ["ordnar en samtalsgrupp på biblioteket", "startar en läsecirkel"]


def test_timeline_of_changes_is_a_chronology():
    assert is_chronology([["År", "Förändring"], ["2023", "Skolan flyttar till nya lokaler"]])
    assert is_chronology([["Tidpunkt", "Händelse"], ["Våren 2024", "Beredningen börjar"]])
    assert not is_chronology([["Vad", "När"], ["Språkcafé på biblioteket", "2025"]])



def test_follow_up_timetable():
    assert follow_up_timetable(["Tidpunkt", "Uppföljning"], {0: "schedule", 1: "indicator"})
    assert not follow_up_timetable(["Tid", "Mätare"], {0: "schedule", 1: "indicator"})
    assert not follow_up_timetable(["Nr", "Tid", "Uppföljning"], {1: "schedule", 2: "indicator"})


def test_follow_up_timetable_gives_no_indicators():
    got = _plan(
        _h("Uppföljning"),
        _table(["Tidpunkt", "Uppföljning"], [
            ["April varje år", "Enheterna rapporterar till styrgruppen"],
            ["Hösten 2027", "Halvtidsseminarium för föreningarna"],
        ], caption="Tidtabell för uppföljningen"),
    )
    assert not any("rapporterar" in i.text or "seminarium" in i.text for i in got.indicators)


def test_statistics_named_as_followed_up_are_no_indicators():
    assert followed_up_by("Följande statistik följs också upp: andelen sysselsatta bland invandrare "
                          "och antalet nya invånare.") is None
    assert followed_up_by("Målen följs upp genom andelen sysselsatta bland invandrare och "
                          "antalet nya invånare.") is not None
    got = _plan(
        _h("Uppföljning"),
        _p("Följande statistik följs också upp: andelen sysselsatta bland invandrare och antalet nya invånare."),
    )
    assert not any("sysselsatta" in i.text for i in got.indicators)


def test_subject_and_verb_before_a_colon_is_no_label():
    assert fields("Viktiga samarbetsparter är:") is None
    assert fields("Samarbetsparter: biblioteket")[0][0] == "partners"
