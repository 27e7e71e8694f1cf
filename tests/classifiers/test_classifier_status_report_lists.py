"""A list reporting how an earlier programme's actions went, each item's status alone after a
dash ('X – genomfört 2022', 'Y – inte genomfört'): the list form of an evaluation table, whose
items are neither actions nor meters of the plan (`ended_rows._status_report_items`;
hundred-and-eighteenth blind set), on a made-up programme."""

from classifiers.elements import Element
from classifiers.ended_rows import without_status_tails


def test_a_list_with_no_outcome_or_an_item_without_a_status_stays():
    def stream(*items):
        return [Element("heading", "Bilaga", level=2)] + [Element("bullet", f"• {t}") for t in items] \
            + [Element("para", "Kontakt: kansliet")]
    done = stream("Informationsblad – genomfört 2022", "Vänfamiljer – inte genomfört")
    assert [e.text for e in without_status_tails(done)] == ["Bilaga", "Kontakt: kansliet"]
    for kept in (stream("Informationsblad – pågår", "Vänfamiljer – pågår"),
                 stream("Informationsblad – genomfört 2022", "Vänfamiljer – en familj per by"),
                 stream("Informationsblad – genomfört 2022"),
                 stream("Informationsblad – ny", "Vänfamiljer – genomfört 2022")):
        assert any("Vänfamiljer" in e.text or "Informationsblad" in e.text for e in without_status_tails(kept))
