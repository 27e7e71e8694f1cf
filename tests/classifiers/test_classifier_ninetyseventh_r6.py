"""Ninety-seventh blind set (blind577–blind579) conventions, on made-up text: an action printed as
a heading opened by its label and number ('Insats 2. …') over lines telling why and how it is
done ('Varför: …', 'Hur: …') and then who does it and when ('Vem: …', 'När: …')."""

from blocks_doc import bullets as _b, classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers.records import _explains_action


def _sq(s):
    return " ".join(s.split())


def test_why_and_how_lines_are_the_description_of_a_labelled_action_heading():
    x = _classify([
        _h("Mål och insatser", 1),
        _h("Mål 1. Familjer hittar en fritidsaktivitet", 2),
        _h("Insats 1. Fritidskatalog för nyinflyttade", 3),
        _p("Varför: Många familjer känner inte till utbudet."),
        _p("Hur: En katalog delas ut vid inflyttningen och läggs ut på webben."),
        _p("Vem: Kulturbyrån i samarbete med föreningarna"),
        _p("När: 2026–2027"),
        _p("Uppföljning: Antalet utdelade kataloger"),
        _h("Insats 2. Simskola för vuxna", 3),
        _p("Varför: Simkunnigheten är låg bland vuxna."),
        _p("Hur: Kurser ordnas i simhallen varje höst."),
        _p("Vem: Idrottsbyrån"),
        _p("När: Årligen"),
        _h("Uppföljning", 1),
        _p("Programmet följs upp årligen."),
    ])
    ms = {_sq(m.text).split(". ", 1)[-1]: m for m in x.measures}
    # the heading names the action; the 'Hur:' line is how it is done, no measure of its own
    assert set(ms) == {"Fritidskatalog för nyinflyttade", "Simskola för vuxna"}
    cat, swim = ms["Fritidskatalog för nyinflyttade"], ms["Simskola för vuxna"]
    assert cat.responsible == ["Kulturbyrån"] and cat.schedule == "2026–2027"
    assert swim.responsible == ["Idrottsbyrån"] and swim.schedule == "Årligen"
    (ind,) = x.indicators
    assert ind.measure == cat.id


def test_explains_action_reads_why_and_how_labels_only():
    assert _explains_action("Varför: Många känner inte till utbudet.")
    assert _explains_action("Hur: Kurser ordnas varje höst.")
    assert _explains_action("Miten: Kursseja järjestetään syksyisin.")
    assert not _explains_action("Vem: Idrottsbyrån")
    assert not _explains_action("Hur ofta följs det upp?")


# ---- a brochure closing each theme with its own table restating the theme's bullets ----

def _table(rows):
    return {"type": "table", "caption": "", "columns": ["Vad", "Vem", "Tillsammans med", "När"], "rows": rows}


def test_each_themes_table_restates_the_bullets_since_the_table_before_it():
    x = _classify([
        _h("Teman", 1),
        _h("Fritid", 2),
        _h("Det här vill vi uppnå", 3),
        _p("Alla barn har en hobby som de trivs med."),
        _h("Det här gör vi", 3),
        _b("Hobbykort till alla nyinflyttade barn", "Öppna träningar under sommarlovet",
           "Simskola för barn i årskurs 2"),
        _h("Vem gör vad?", 3),
        _table([["Hobbykort", "Fritidskontoret", "föreningarna", "varje höst"],
                ["Öppna träningar", "Idrottsföreningarna", "", "sommarlovet"],
                ["Simskola", "Simhallen", "skolorna", "2026"]]),
        _h("Boende", 2),
        _h("Det här vill vi uppnå", 3),
        _p("Nyinflyttade hittar en trygg bostad."),
        _h("Det här gör vi", 3),
        _b("Rådgivning om hyresavtal på flera språk", "Visningar av lediga lägenheter för nya familjer"),
        _h("Vem gör vad?", 3),
        _table([["Rådgivning", "Bostadsbolaget", "hyresgästföreningen", "2025–2027"],
                ["Visningar", "Tekniska kontoret", "", "2026"]]),
        _h("Uppföljning", 1),
        _p("Kommunstyrelsen får en rapport varje höst."),
    ])
    ms = {m.text: m for m in x.measures}
    # the rows are no actions of their own: each gives its fields to the bullet at its place
    assert set(ms) == {"Hobbykort till alla nyinflyttade barn", "Öppna träningar under sommarlovet",
                       "Simskola för barn i årskurs 2", "Rådgivning om hyresavtal på flera språk",
                       "Visningar av lediga lägenheter för nya familjer"}
    assert ms["Simskola för barn i årskurs 2"].responsible == ["Simhallen"]
    assert ms["Rådgivning om hyresavtal på flera språk"].responsible == ["Bostadsbolaget"]
    assert ms["Rådgivning om hyresavtal på flera språk"].schedule == "2025–2027"
    assert ms["Visningar av lediga lägenheter för nya familjer"].responsible == ["Tekniska kontoret"]
