"""A two-column table of times and what is done ('Tidpunkt | Vad görs') under a caption or
heading naming the follow-up's timetable ('Uppföljningskalender', 'När programmet följs upp')
lists the programme's reports and evaluations, no actions of it. Made-up programme."""

from blocks_doc import bullets as _b, classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers.ended_rows import follow_up_timetable


def _table(columns, rows, caption=None):
    return {"type": "table", "caption": caption, "columns": columns, "rows": rows}


def test_a_title_naming_the_follow_up_timetable():
    roles = {0: "schedule", 1: "measure"}
    assert follow_up_timetable(["Tidpunkt", "Vad görs"], roles, ["När programmet följs upp"])
    assert follow_up_timetable(["När", "Vad"], roles, ["", "4.2 Uppföljningskalender"])
    # an action table under another title is read as it is
    assert not follow_up_timetable(["Tidpunkt", "Vad görs"], roles, ["Handlingsplan 2026"])
    assert not follow_up_timetable(["Tidpunkt", "Vad görs"], roles, [])


def test_the_follow_up_calendar_gives_no_actions():
    got = _classify([
        _h("Mål och åtgärder"),
        _h("Språk", 2),
        _p("Mål: Alla vuxna kan använda svenska i vardagen."),
        _p("Det här gör vi:"),
        _b("ordnar en samtalsgrupp på biblioteket", "startar en läsecirkel"),
        _h("Uppföljning"),
        _h("Uppföljningskalender", 2),
        _table(["Tidpunkt", "Vad görs"], [
            ["Januari", "Sekreteraren samlar in uppgifter"],
            ["Mars", "Lägesrapport till nämnden"],
            ["Hösten 2027", "Utvärdering av programmet"],
        ], caption="När programmet följs upp"),
    ])
    texts = [m.text for m in got.measures]
    assert not any("Lägesrapport" in t or "Utvärdering" in t or "samlar in" in t for t in texts), texts
    assert any("samtalsgrupp" in t for t in texts)
