"""Meters naming their part ('... (Tema 1)'): the meter's own words are no other meter's.
`action_counted` drops a word two programme texts share; the meter being linked is not
among them, else every word it shares with one action counts twice and the action it names
by a word other than the action's head is lost. Made-up text."""

from blocks_doc import classify_blocks as _classify, heading as _h, paragraph as _p, bullets as _b


def _table(columns, rows):
    return {"type": "table", "caption": "", "columns": columns, "rows": rows}


def _plan():
    cols = ["Åtgärd", "Ansvarig", "När"]
    return [
        _h("Integrationsplan 2026–2028 – ett brev till invånarna", 1),
        _p("Bästa invånare! Här är planen för de kommande åren."),
        _h("Tema 1: Rörelse", 1),
        _p("Många nya invånare saknar en hobby som håller dem i form."),
        _p("Det vi vill nå: Nya invånare rör sig mera i vardagen."),
        _table(cols, [["Kurs i cykling för vuxna", "idrottsledaren", "2026"],
                      ["Kurs i simning för barn", "simläraren", "2027"]]),
        _h("Tema 2: Fritid", 1),
        _p("Föreningarna är många men svåra att hitta för den som är ny."),
        _p("Det vi vill nå: Alla barn har en fritidshobby inom ett år."),
        _table(cols, [["Föreningsmässa varje höst", "fritidssekreteraren", "2026"],
                      ["Guidade besök i föreningarna", "fritidsledaren", "2027"]]),
        _h("Så här vet vi om vi lyckas", 1),
        _p("Jag rapporterar till styrelsen varje år om de här sakerna:"),
        _b("Antal deltagare i cykling (Tema 1)",
           "Andelen nyinflyttade som rör sig varje vecka (Tema 1)"),
    ]


def test_meter_counts_the_action_it_shares_a_word_with():
    out = _classify(_plan())
    measures = {m.id: m.text for m in out.measures}
    got = [(i.text, measures.get(i.measure)) for i in out.indicators]
    # 'cykling' is in one action and in the meter itself: the meter counts that action
    assert got == [("Antal deltagare i cykling", "Kurs i cykling för vuxna"),
                   ("Andelen nyinflyttade som rör sig varje vecka", None)]
