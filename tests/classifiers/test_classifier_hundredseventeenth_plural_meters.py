"""A meter field whose label is a plural ('Indikatorer:', 'Mätarna:') lists several meters:
a comma before a quantity parts them, with no closing 'och' (hundred-and-seventeenth blind
set); a singular label's 'antal X, antal Y' stays one meter as before. Made-up text."""

from blocks_doc import bullets as _b, classify_blocks as _classify, heading as _h, paragraph as _p


def _meters(label: str):
    x = _classify([
        _h("Mål 1: Fler nyinflyttade hittar ett hem snabbt", 2),
        _p("Åtgärder:"),
        _b("Bostadsrådgivning för nyanlända familjer (bostadsbyrån, 2026)",
           "Språkcafé på biblioteket varje vecka (biblioteket, 2027)"),
        _p(f"{label}: handläggningstid för bostadsansökan (veckor), antalet besökare på språkcaféet."),
    ])
    return [" ".join(i.text.split()) for i in x.indicators]


def test_a_plural_meter_label_parts_its_value_on_commas_before_a_quantity():
    assert _meters("Indikatorer") == ["handläggningstid för bostadsansökan (veckor)",
                                      "antalet besökare på språkcaféet"]
    assert _meters("Mätarna") == ["handläggningstid för bostadsansökan (veckor)",
                                  "antalet besökare på språkcaféet"]


def test_a_singular_meter_label_keeps_a_comma_pair_whole():
    assert _meters("Indikator") == ["handläggningstid för bostadsansökan (veckor), antalet besökare på språkcaféet"]
