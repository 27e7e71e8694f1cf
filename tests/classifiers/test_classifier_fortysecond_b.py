"""Forty-second blind set (blind249, blind250) conventions, on made-up programmes: actors' roles
marked by asterisks inside one actors cell, explained by the reading guide (`starred_partners`);
a follow-up list of meters keyed by running codes 'K1 …', 'K2 …' closing with the action's
number (`meter_references.drop_running_meter_codes`); and a 'FAKTA: …' box printed between two
parts of an area's action list (`fact_boxes`). Made-up blocks and elements."""

from __future__ import annotations

from blocks_doc import bullets as _b, classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers.elements import Element
from classifiers.fact_boxes import without_fact_boxes
from classifiers.model import Indicator, Measure
from classifiers.meter_references import drop_running_meter_codes
from classifiers.starred_partners import partners_by_asterisk, says_asterisk_partner


def _sq(s):
    return " ".join((s or "").split())


def _t(columns, rows, caption=""):
    return {"type": "table", "caption": caption, "columns": columns, "rows": rows}


# --- roles by asterisks in one actors cell --------------------------------------------------------

_GUIDE = ("I kolumnen Vem står den som ansvarar utan tecken. En asterisk (*) efter ett namn betyder att "
          "aktören är samarbetspart. Två asterisker (**) betyder att aktören ansvarar om bidrag beviljas.")


def _starred(guide=True):
    return _classify([
        _h("Integrationsplan för Exempelby 2025–2028", 1),
        _h("Så läser du planen", 2),
        *([_p(_GUIDE)] if guide else []),
        _h("Område 1: Fritid", 3),
        _p("Strävan: Alla barn i nyinflyttade familjer har en fritidsaktivitet."),
        _t(["Nr", "Åtgärd", "Vem", "År"],
           [["1.1", "Prova-på-dagar i idrottshallen under skolloven", "Fritidsenheten, Exempelby IK*, Scouterna*", "2026"],
            ["1.2", "Ett sommarläger för nya familjer ordnas vid sjön", "Lägerföreningen Sol rf**", "2027"],
            ["1.3", "Hobbykort för barn delas ut i skolorna", "Fritidsenheten, Skolkansliet", "2025–2028"]]),
    ])


def _by_text(ex, start):
    return next(m for m in ex.measures if _sq(m.text).startswith(start))


def test_asterisk_legend_is_read():
    assert says_asterisk_partner(_GUIDE)
    assert says_asterisk_partner("* = samarbetspartner")
    assert not says_asterisk_partner("* Uppgiften gäller år 2024. Källa: Statistikcentralen.")


def test_starred_names_are_partners_and_double_star_is_responsible():
    ex = _starred()
    first = _by_text(ex, "Prova-på-dagar")
    assert first.responsible == ["Fritidsenheten"]
    assert sorted(first.partners) == ["Exempelby IK", "Scouterna"]
    assert _by_text(ex, "Ett sommarläger").responsible == ["Lägerföreningen Sol rf"]
    assert sorted(_by_text(ex, "Hobbykort").responsible) == ["Fritidsenheten", "Skolkansliet"]


def test_asterisks_without_a_legend_are_left_alone():
    ms = [Measure(id="m1", text="x", responsible=["Fritidsenheten", "Exempelby IK*"])]
    partners_by_asterisk(ms, ["Planen gäller 2025–2028."])
    assert ms[0].responsible == ["Fritidsenheten", "Exempelby IK*"] and ms[0].partners == []
    partners_by_asterisk(ms, [_GUIDE])
    assert ms[0].responsible == ["Fritidsenheten"] and ms[0].partners == ["Exempelby IK"]


# --- meters keyed by running codes ----------------------------------------------------------------

class _Built:
    def __init__(self, indicators):
        self.indicators = indicators


def test_running_codes_and_action_number_are_no_part_of_the_meter():
    inds = [Indicator(id="i1", text="K1 Antal deltagare på prova-på-dagarna (åtgärd 1.1)", measure="m1"),
            Indicator(id="i2", text="K2 Antal utdelade hobbykort", measure=None, goal="g1"),
            Indicator(id="i3", text="K3 Antal lägerdeltagare (åtgärd 1.2)", measure="m2")]
    drop_running_meter_codes(_Built(inds))
    assert [i.text for i in inds] == ["Antal deltagare på prova-på-dagarna", "Antal utdelade hobbykort",
                                      "Antal lägerdeltagare"]


def test_codes_not_running_from_one_are_kept():
    inds = [Indicator(id="i1", text="K2 Antal deltagare", measure=None),
            Indicator(id="i2", text="K5 Antal kort", measure=None),
            Indicator(id="i3", text="K9 Antal läger", measure=None)]
    drop_running_meter_codes(_Built(inds))
    assert inds[0].text == "K2 Antal deltagare"


def test_coded_follow_up_list_in_a_programme():
    ex = _classify([
        _h("Integrationsplan för Exempelby 2025–2028", 1),
        _h("Område 1: Fritid", 3),
        _p("Strävan: Alla barn i nyinflyttade familjer har en fritidsaktivitet."),
        _t(["Nr", "Åtgärd", "Ansvar", "År"],
           [["1.1", "Prova-på-dagar i idrottshallen under skolloven", "Fritidsenheten", "2026"],
            ["1.2", "Ett sommarläger för nya familjer ordnas vid sjön", "Lägerföreningen Sol rf", "2027"]]),
        _h("Uppföljning", 2),
        _p("Fritidsenheten följer upp planen årligen med följande mätare."),
        _b("K1 Antal deltagare på prova-på-dagarna (åtgärd 1.1)",
           "K2 Antal familjer på sommarlägret (åtgärd 1.2)",
           "K3 Andel barn med en fritidsaktivitet (mål 1)"),
    ])
    texts = sorted(_sq(i.text) for i in ex.indicators)
    assert "Antal deltagare på prova-på-dagarna" in texts
    assert "Antal familjer på sommarlägret" in texts
    assert not any(t.startswith("K") for t in texts)


# --- a fact box inside an area's action list ------------------------------------------------------

def _el(kind, text, level=0):
    return Element(kind=kind, text=text, level=level)


def test_fact_box_between_two_parts_of_a_list_goes_and_the_list_goes_on():
    els = [_el("heading", "Kultur", 3),
           _el("bullet", "• Museet ordnar visningar på arabiska (ansvar: museet; tid: 2026)"),
           _el("heading", "FAKTA: Så lånar du en museikort", 6),
           _el("bullet", "• Fråga efter kortet i biblioteket."),
           _el("bullet", "• Kortet gäller ett år."),
           _el("bullet", "• Musikskolan öppnar en grupp för nya elever (ansvar: musikskolan; tid: 2027)"),
           _el("heading", "Idrott", 3)]
    out = without_fact_boxes(els)
    assert [e.text for e in out] == [els[0].text, els[1].text, els[5].text, els[6].text]


def test_fact_box_not_inside_a_field_tailed_list_is_left():
    els = [_el("para", "Kommunen har 8 000 invånare."),
           _el("heading", "FAKTA: Lagen", 6),
           _el("para", "Lagen trädde i kraft 2025.")]
    assert without_fact_boxes(els) == els


def test_fact_box_in_a_programme():
    ex = _classify([
        _h("Integrationsplan för Exempelby 2025–2028", 1),
        _h("Kultur", 3),
        _p("Målet för perioden: Nya invånare tar del av kulturlivet."),
        _b("Museet ordnar visningar på arabiska och ukrainska (ansvar: museet; tid: 2026)"),
        _h("FAKTA: Så får du ett museikort", 4),
        _b("Fråga efter kortet i biblioteket.", "Kortet gäller ett år."),
        _b("Musikskolan öppnar en grupp för nyinflyttade elever (ansvar: musikskolan; tid: 2027)"),
        _h("Idrott", 3),
        _p("Målet för perioden: Fler nya invånare idrottar i föreningar."),
        _b("Simskola för vuxna ordnas varje sommar (ansvar: idrottsväsendet; tid: varje sommar)"),
    ])
    goal_of = {g.id: _sq(g.text) for g in ex.goals}
    music = _by_text(ex, "Musikskolan")
    assert goal_of[music.goal].startswith("Nya invånare tar del")
    assert not any(_sq(m.text).startswith(("Fråga efter", "Kortet gäller")) for m in ex.measures)
