"""Reader cards3 conventions, on made-up text: an action table whose group rows state the
goal with its number and area, 'MÅL 2 – Hälsa: <goal>', in the action column (other cells
empty), printed as one card per row -- the group row a card of its own, or a card whose empty
cells repeat the card above."""

from blocks_doc import classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers.goal_group_rows import row_area_goal
from classifiers.text import squash as _sq


def test_row_area_goal_reads_the_numbered_area_goal():
    assert row_area_goal("MÅL 2 – Hälsa och vård: Alla nya invånare vet var de får vård") == (
        "Alla nya invånare vet var de får vård", "Hälsa och vård")
    assert row_area_goal("BOENDE: Nyinflyttade familjer hittar en bostad") == (
        "Nyinflyttade familjer hittar en bostad", "BOENDE")
    assert row_area_goal("Språkcafé: Biblioteket ordnar språkcafé varje vecka") is None


def test_numbered_group_rows_printed_as_cards():
    def card(action, resp, partner, when):
        out = [_p(f"Åtgärd: {action}"), _p(f"Ansvarig: {resp}"), _p(f"Samarbetspartner: {partner}")]
        return out + ([_p(f"Tidpunkt: {when}")] if when else [])

    ex = _classify([
        _h("2 Mål och åtgärder", 2),
        _p("Varje insatsområde inleds med en rad med områdets mål."),
        _h("Tabell 1. Åtgärder", 3),
        _p("Åtgärd: MÅL 1 – Boende: Nyinflyttade familjer hittar en bostad inom tre månader"),
        *card("Lista över lediga hyresbostäder på webben", "Tekniska sektorn", "–", "våren 2026"),
        *card("Bostadsrådgivning på lätt svenska", "Kommunkansliet", "Exby bank", "vid behov"),
        *card("MÅL 2 – Hälsa och vård: Alla nya invånare vet var de får vård", "Kommunkansliet",
              "Exby bank", ""),
        *card("Vårdguide på tio språk", "Kommunkansliet", "–", "hösten 2025"),
        _h("3 Uppföljning", 2),
        _p("Kommunstyrelsen följer upp programmet en gång per år."),
    ])
    assert [(g.text, g.theme) for g in ex.goals] == [
        ("Nyinflyttade familjer hittar en bostad inom tre månader", "Boende"),
        ("Alla nya invånare vet var de får vård", "Hälsa och vård"),
    ]
    goals = {g.id: g.theme for g in ex.goals}
    assert {_sq(m.text): goals.get(m.goal) for m in ex.measures} == {
        "Lista över lediga hyresbostäder på webben": "Boende",
        "Bostadsrådgivning på lätt svenska": "Boende",
        "Vårdguide på tio språk": "Hälsa och vård",
    }
