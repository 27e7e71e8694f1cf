"""Fifty-eighth blind set, reader b (blind343, blind344, blind346) conventions, on made-up
text: actions numbered on across a chapter, each '<N>. <action>[ i samarbete med X[ och Y]][ –
<time>] (<unit>)' -- the partners, the time and the unit in brackets all close the item."""

from blocks_doc import bullets as _b, classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers.actors import trailing_actors
from classifiers.elements import Element, _join_dash_tails
from classifiers.partners_in_text import partners_closing_item
from classifiers.schedule import opens_with_times


# --- items closed by '[i samarbete med X] – <time> (<unit>)' ---------------------------

def test_partners_before_the_items_tail():
    assert partners_closing_item("4. Läxhjälp ordnas i samarbete med Exby bibliotek och Röda Korset") == (
        "4. Läxhjälp ordnas", ["Exby bibliotek", "Röda Korset"])
    assert partners_closing_item("Hembesök i samarbete med välfärdsområdets rådgivning") == (
        "Hembesök", ["välfärdsområdets rådgivning"])
    # a group described in general is no partner named
    assert partners_closing_item("Hembesök i samarbete med olika aktörer") is None


def test_a_service_field_in_the_doers_brackets():
    # 'småbarnspedagogiken', 'ungdomsarbetet': a municipal unit named by its field
    assert trailing_actors("Familjekvällar ordnas – varje höst (småbarnspedagogiken)") == (
        ["småbarnspedagogiken"], [], None)
    assert trailing_actors("Sommarläger för unga (ungdomsarbetet)") == (["ungdomsarbetet"], [], None)
    # a word of the text in brackets stays the text's
    assert trailing_actors("Kurs om lärande (pedagogiken)") is None


def test_how_often_then_the_month():
    assert opens_with_times("årligen i maj").group(0) == "årligen i maj"
    assert opens_with_times("varje år i oktober").group(0) == "varje år i oktober"
    assert opens_with_times("2026 i Exby").group(0) == "2026"


def test_a_wrapped_time_and_doer_tail_joins_its_item():
    els = [Element("bullet", "• 2. Läxhjälp ordnas i samarbete med Exby bibliotek", 1),
           Element("bullet", "– från hösten 2025 (ungdomsarbetet)", 1),
           Element("bullet", "• 3. Kvällskurs i svenska – 2026 (medborgarinstitutet)", 1)]
    out = _join_dash_tails(els)
    assert [e.text for e in out] == [
        "• 2. Läxhjälp ordnas i samarbete med Exby bibliotek – från hösten 2025 (ungdomsarbetet)",
        "• 3. Kvällskurs i svenska – 2026 (medborgarinstitutet)"]


def _running_numbers():
    return _classify([
        _h("1 Inledning", 1),
        _p("Åtgärderna är numrerade löpande, och den ansvariga enheten anges inom parentes."),
        _h("2 Insatsområden", 1),
        _h("2.1 Fritid", 2),
        _p("Målsättning för perioden: Fler unga deltar i fritidsverksamhet."),
        _p("Åtgärder:"),
        _b("1. Sommarläger ordnas för nyinflyttade unga i samarbete med Exby scoutkår och Röda Korset – "
           "varje sommar (ungdomsarbetet)",
           "2. Fritidsguiden följer med till den första hobbyn – 2026 (fritidsbyrån)"),
        _h("2.2 Familjer", 2),
        _p("Målsättning för perioden: Nya familjer hittar stöd i vardagen."),
        _p("Åtgärder:"),
        _b("3. Familjekvällar ordnas i samarbete med välfärdsområdets rådgivning – årligen i maj "
           "(småbarnspedagogiken)",
           "4. Föräldramöten med tolk ordnas – från hösten 2025 (grundläggande utbildningen)"),
        _p("Skolorna har dessutom egna planer för modersmålsundervisningen."),
        _h("3 Uppföljning", 1),
        _p("Kommunstyrelsen följer upp programmet varje år."),
    ])


def test_running_numbered_actions_with_partners_time_and_unit():
    ex = _running_numbers()
    goals = {g.id: g.text for g in ex.goals}
    got = {m.text.split(". ", 1)[-1]: (goals.get(m.goal), m.responsible, m.partners, m.schedule)
           for m in ex.measures}
    assert got == {
        "Sommarläger ordnas för nyinflyttade unga": (
            "Fler unga deltar i fritidsverksamhet", ["ungdomsarbetet"], ["Exby scoutkår", "Röda Korset"],
            "varje sommar"),
        "Fritidsguiden följer med till den första hobbyn": (
            "Fler unga deltar i fritidsverksamhet", ["fritidsbyrån"], [], "2026"),
        "Familjekvällar ordnas": (
            "Nya familjer hittar stöd i vardagen", ["småbarnspedagogiken"], ["välfärdsområdets rådgivning"],
            "årligen i maj"),
        "Föräldramöten med tolk ordnas": (
            "Nya familjer hittar stöd i vardagen", ["grundläggande utbildningen"], [], "från hösten 2025"),
    }
