"""Fifty-fifth blind set (blind324, blind330, blind328) conventions, on made-up text: an
indicator appendix whose reference column names an area by its letter ('B') beside the codes of
its actions ('B1'), a follow-up list whose bracket legend goes on after 'inom parentes' and
whose brackets hold actions' dotted numbers ('(2.1)') or the area's number ('(2)'), and a
follow-up list whose brackets name the area by its theme ('(Boende)')."""

from blocks_doc import bullets as _b, classify_blocks as _classify, heading as _h, paragraph as _p


def _sq(s):
    return " ".join(s.split())


def _t(caption, columns, rows):
    return {"type": "table", "caption": caption, "columns": columns, "rows": rows}


def _ind(doc, start):
    return next(i for i in doc.indicators if _sq(i.text).startswith(start))


def _meas(doc, start):
    return next(m for m in doc.measures if _sq(m.text).startswith(start))


def _goal(doc, start):
    return next(g for g in doc.goals if _sq(g.text).startswith(start))


# ---- an appendix column naming an area by its letter beside its actions' codes -----------------

def _lettered_area_doc():
    cols = ["Kod", "Åtgärd", "Ansvarig", "Tidsplan"]
    return _classify([
        _h("2 Insatsområde K: Boende", 2),
        _p("Effektmål: Alla nya invånare har ett eget hem inom ett år."),
        _t("Tabell 1. Åtgärder inom insatsområde K", cols, [
            ["K1", "Bostadsguide på tre språk", "Bostadsbolaget", "2026"],
            ["K2", "Hyresrådgivning varje vecka", "Socialbyrån", "2026–2028"],
        ]),
        _h("3 Insatsområde L: Fritid", 2),
        _p("Effektmål: Alla barn har en hobby som de själva valt."),
        _t("Tabell 2. Åtgärder inom insatsområde L", cols, [
            ["L1", "Prova-på-dagar i idrottsföreningarna", "Fritidsbyrån", "varje höst"],
            ["L2", "Fritidskort för nyanlända familjer", "Fritidsbyrån", "2027"],
        ]),
        _h("Bilaga 1. Indikatorer", 1),
        _t("Tabell 3. Indikatorer", ["Nr", "Avser", "Indikator", "Målnivå"], [
            ["I1", "K", "Andel hushåll med eget hyreskontrakt", "90 %"],
            ["I2", "K1", "Antal utdelade bostadsguider", "300"],
            ["I3", "L", "Andel barn med en regelbunden hobby", "70 %"],
            ["I4", "L2", "Antal utdelade fritidskort", "120"],
        ]),
    ])


def test_area_letter_beside_action_codes_names_the_areas_goal():
    doc = _lettered_area_doc()
    k_goal = _goal(doc, "Alla nya invånare")
    l_goal = _goal(doc, "Alla barn har")
    i1, i2, i3, i4 = (_ind(doc, s) for s in ("Andel hushåll", "Antal utdelade bostads", "Andel barn",
                                              "Antal utdelade fritids"))
    assert (i1.measure, i1.goal) == (None, k_goal.id)
    assert (i3.measure, i3.goal) == (None, l_goal.id)
    assert i2.measure == _meas(doc, "Bostadsguide").id and i2.goal == k_goal.id
    assert i4.measure == _meas(doc, "Fritidskort").id and i4.goal == l_goal.id
    # the letters are references, no actions of their own
    assert not any(_sq(m.text) in ("K", "L") for m in doc.measures)


# ---- a legend going on after 'inom parentes'; dotted action numbers and area numbers ------------

def _numbered_follow_up_doc(legend):
    return _classify([
        _h("2 Insatser", 2),
        _h("Område 1: Boende", 3),
        _p("Vad vill vi uppnå? Alla nya invånare har ett eget hem inom ett år."),
        _h("Område 2: Fritid", 3),
        _p("Vad vill vi uppnå? Alla barn har en hobby som de själva valt."),
        _h("3 Åtgärder", 2),
        _t("Tabell 1. Åtgärdsplan", ["Nr", "Åtgärd", "Ansvarig", "Tidtabell"], [
            ["1.1", "Bostadsguide på tre språk", "Bostadsbolaget", "2026"],
            ["1.2", "Hyresrådgivning varje vecka", "Socialbyrån", "2026–2028"],
            ["2.1", "Prova-på-dagar i idrottsföreningarna", "Fritidsbyrån", "varje höst"],
            ["2.2", "Fritidskort för nyanlända familjer", "Fritidsbyrån", "2027"],
        ]),
        _h("4 Uppföljning", 2),
        _p(legend),
        _b(*["Antal utdelade bostadsguider (1.1)", "Andel hushåll med eget hyreskontrakt (1)",
            "Antal utdelade fritidskort (2.2)", "Andel barn med en regelbunden hobby (2)"]),
    ])


def test_legend_going_on_after_inom_parentes_reads_dotted_numbers_and_area_numbers():
    doc = _numbered_follow_up_doc("Nämnden följer upp planen med dessa mätare (åtgärdens nummer inom "
                                  "parentes, eller områdets nummer när mätaren gäller ett helt område):")
    # the items are meters, none an action
    assert not any(_sq(m.text).startswith(("Antal utdelade", "Andel")) for m in doc.measures)
    g1, g2 = _goal(doc, "Alla nya invånare"), _goal(doc, "Alla barn har")
    i1, i2, i3, i4 = (_ind(doc, s) for s in ("Antal utdelade bostads", "Andel hushåll",
                                              "Antal utdelade fritids", "Andel barn"))
    assert (i1.measure, i1.goal) == (_meas(doc, "Bostadsguide").id, g1.id)
    assert (i3.measure, i3.goal) == (_meas(doc, "Fritidskort").id, g2.id)
    assert (i2.measure, i2.goal) == (None, g1.id)
    assert (i4.measure, i4.goal) == (None, g2.id)
    assert _sq(i2.text) == "Andel hushåll med eget hyreskontrakt"


# ---- a follow-up list whose brackets name the area by its theme ---------------------------------

def test_bracket_naming_an_areas_theme_gives_that_goal_and_no_action():
    doc = _classify([
        _h("2 Mål och åtgärder", 2),
        _t("Tabell 1. Mål och åtgärder", ["Område", "Mål", "Åtgärd", "Ansvar", "Tid"], [
            ["Boende", "Alla nya invånare har ett eget hem inom ett år", "Bostadsguide på tre språk",
             "Bostadsbolaget", "2026"],
            ["Fritid", "Alla barn har en hobby som de själva valt", "Fritidskort för nyanlända familjer",
             "Fritidsbyrån", "2027"],
        ]),
        _h("3 Uppföljning", 2),
        _p("Följande mätare används (målets område inom parentes):"),
        _b(*["Antal utdelade bostadsguider (Boende)", "Antal utdelade fritidskort (Fritid)",
            "Andel barn med en regelbunden hobby (Fritid)"]),
    ])
    g1, g2 = _goal(doc, "Alla nya invånare"), _goal(doc, "Alla barn har")
    i1, i2, i3 = (_ind(doc, s) for s in ("Antal utdelade bostads", "Antal utdelade fritids", "Andel barn"))
    assert (i1.measure, i1.goal) == (None, g1.id)
    assert (i2.measure, i2.goal) == (None, g2.id)
    assert (i3.measure, i3.goal) == (None, g2.id)
    assert _sq(i2.text) == "Antal utdelade fritidskort"


# ---- a table row printed as a card: its theme cell one field among the others ------------------

def test_theme_field_among_a_cards_fields_is_the_cards_goals_theme():
    doc = _classify([
        _h("2 Mål och åtgärder", 2),
        _h("Mål 1: Alla nya invånare har ett eget hem inom ett år", 4),
        _h("Åtgärd:", 5),
        _b("Bostadsguide på tre språk", "Hyresrådgivning varje vecka"),
        _h("Ansvar:", 5),
        _b("Bostadsbolaget", "Socialbyrån"),
        _p("Område: Boende"),
        _p("Tid: 2026"),
        _h("Mål 2: Alla barn har en hobby som de själva valt", 4),
        _h("Åtgärd:", 5),
        _b("Fritidskort för nyanlända familjer"),
        _h("Ansvar:", 5),
        _b("Fritidsbyrån"),
        _p("Område: Fritid"),
        _p("Tid: 2027"),
    ])
    assert _goal(doc, "Mål 1: Alla nya").theme == "Boende"
    assert _goal(doc, "Mål 2: Alla barn").theme == "Fritid"
    assert not any("Boende" == _sq(m.text) for m in doc.measures)


# ---- a card's code among fields the reading passes over ('Budget (€): …') -----------------------

def _card_code_doc(code_line):
    def card(action, doer, code, status):
        return [_p(f"Åtgärd: {action}"), _p(f"Ansvar: {doer}"), _p("Tidtabell: 2026–2028"),
                _p(code_line.format(code=code, status=status))]
    return _classify([
        _h("2 Insatsområde K: Boende", 2),
        _p("Effektmål: Alla nya invånare har ett eget hem inom ett år."),
        _p("Tabell 1. Åtgärder inom insatsområde K"),
        *card("Bostadsguide på tre språk", "Bostadsbolaget", "K1", "Ny"),
        *card("Hyresrådgivning varje vecka", "Socialbyrån", "K2", "Ny"),
        *card("Flyttstöd i projektet Bo Bra", "Socialbyrån", "K3", "Avslutad"),
        _h("Bilaga 1. Indikatorer", 1),
        _t("Tabell 3. Indikatorer", ["Nr", "Avser", "Indikator", "Målnivå"], [
            ["I1", "K", "Andel hushåll med eget hyreskontrakt", "90 %"],
            ["I2", "K1", "Antal utdelade bostadsguider", "300"],
            ["I3", "K2", "Antal rådgivningssamtal", "200"],
        ]),
    ])


def test_card_code_run_together_with_an_amount_field_is_the_cards_code():
    for line in ("Kod: {code} Budget (€): 5 000 Status: {status}",
                 "Kod: {code}. Budget (€): 5 000. Status: {status}."):
        doc = _card_code_doc(line)
        texts = [_sq(m.text) for m in doc.measures]
        assert "Flyttstöd i projektet Bo Bra" not in texts, line
        i2, i3 = _ind(doc, "Antal utdelade"), _ind(doc, "Antal rådgivnings")
        assert i2.measure == _meas(doc, "Bostadsguide").id, line
        assert i3.measure == _meas(doc, "Hyresrådgivning").id, line


# ---- a doer's bracket wrapped over lines, closed at a line's end: the next line the next doer ----

def test_line_closing_a_wrapped_bracket_ends_the_doer_of_its_action():
    doc = _classify([
        _h("2 Mål och åtgärder", 2),
        _t("Tabell 1. Mål och åtgärder", ["Område", "Mål", "Åtgärder", "Ansvar", "Tid"], [
            ["Fritid", "Alla barn har en hobby\nsom de själva valt",
             "– Simskola för nyanlända\nbarn\n– Prova-på-dagar i\nföreningarna\n– Kvällsläxhjälp i\nskolorna",
             "Simhallen\nFritidsbyrån (i samarbete\nmed Ungdomsföreningarna)\nSkolverket (i samarbete med\nNorrby folkakademi)",
             "Från våren\n2026\n2027–2028\nVarje\nmånad"],
        ]),
    ])
    resp = {_sq(m.text): m.responsible for m in doc.measures}
    assert resp["Simskola för nyanlända barn"] == ["Simhallen"]
    assert resp["Prova-på-dagar i föreningarna"] == ["Fritidsbyrån"]
    assert resp["Kvällsläxhjälp i skolorna"] == ["Skolverket"]


# ---- an amendment adopted in the minutes adds an action to the goal it names -------------------

def _minutes_doc(outcome):
    return _classify([
        _h("§ 7 Integrationsplan för Exempelby 2026–2029", 2),
        _p("Beredning: Planen har beretts av en arbetsgrupp."),
        _p("Behandling: Ledamot Anna Ek föreslog, understödd av Bo Lind, att till målet om boende "
           "läggs åtgärden ”ordna hyresgästkurser på lätt svenska”, med bostadsbolaget som ansvarig och "
           f"med start hösten 2027. {outcome}"),
        _p("Beslut: Fullmäktige godkände planen."),
        _h("Bilaga 1. Integrationsplan", 1),
        _h("2 Mål och åtgärder", 2),
        _t("Tabell 1. Mål och åtgärder", ["Område", "Mål", "Åtgärd", "Ansvar", "Tid"], [
            ["Boende", "Alla nya invånare har ett eget hem inom ett år", "Bostadsguide på tre språk",
             "Bostadsbolaget", "2026"],
            ["Fritid", "Alla barn har en hobby som de själva valt", "Fritidskort för nyanlända familjer",
             "Fritidsbyrån", "2027"],
        ]),
    ])


def test_amendment_adopted_in_the_minutes_is_an_action_of_the_goal_it_names():
    doc = _minutes_doc("Förslaget godkändes enhälligt.")
    added = _meas(doc, "ordna hyresgästkurser")
    assert _sq(added.text) == "ordna hyresgästkurser på lätt svenska"
    assert added.goal == _goal(doc, "Alla nya invånare").id
    assert added.responsible == ["bostadsbolaget"]
    assert added.schedule == "hösten 2027"


def test_amendment_that_fell_adds_no_action():
    doc = _minutes_doc("Förslaget fick inte understöd och förföll.")
    assert not any(_sq(m.text).startswith("ordna hyresgästkurser") for m in doc.measures)


# ---- a caption set as a heading over the cards it captions states no goal ----------------------

def test_caption_heading_over_cards_is_no_goal():
    def card(a, r, p, t, nr, b):
        return [_p(f"Åtgärd: {a}"), _p(f"Ansvar: {r}"), _p(f"Samarbetspartner: {p}"), _p(f"Tidtabell: {t}"),
                _p(f"Nr: {nr}"), _p(f"Budget: {b}")]
    doc = _classify([
        _h("1 Inledning", 2),
        _p("Programmet gäller 2026–2028."),
        _h("2 Insatsområden", 2),
        _h("Insatsområde 1: Boende", 3),
        _p("Vad vill vi uppnå? Alla nya invånare har ett eget hem inom ett år."),
        _h("Insatsområde 2: Fritid", 3),
        _p("Vad vill vi uppnå? Alla barn har en hobby som de själva valt."),
        _h("3 Handlingsplan", 2),
        _p("Handlingsplanen listar åtgärderna per insatsområde."),
        _h("Tabell 1. Handlingsplan 2026–2028", 3),
        *card("Bostadsguide på tre språk", "Bostadsbolaget", "–", "2026", "1.1", "2 000 €"),
        *card("Hyresrådgivning varje vecka", "Socialbyrån", "Hyresgästföreningen", "2027", "1.2", "inom ram"),
        *card("Fritidskort för nyanlända familjer", "Fritidsbyrån", "–", "2027", "2.1", "5 000 €"),
    ])
    assert not any("Handlingsplan" in g.text for g in doc.goals)
    assert len(doc.goals) == 2
    assert _meas(doc, "Fritidskort").goal == _goal(doc, "Alla barn").id


# ---- a goal heading over cards whose fields name the area: the goal's theme --------------------

def test_area_field_of_the_cards_under_a_goal_heading_is_the_goals_theme():
    doc = _classify([
        _h("2 Mål och åtgärder", 2),
        _h("Mål 1. Alla nya invånare har ett eget hem inom ett år", 3),
        _p("– Bostadsguide på tre språk"),
        _p("Ansvarig: Bostadsbolaget. Område: Boende. Tid: 2026."),
        _p("– Hyresrådgivning varje vecka"),
        _p("Ansvarig: Socialbyrån. Område: Boende. Tid: 2027."),
        _h("Mål 2. Alla barn har en hobby som de själva valt", 3),
        _p("– Fritidskort för nyanlända familjer"),
        _p("Ansvarig: Fritidsbyrån. Område: Fritid. Tid: 2027."),
        _h("3 Uppföljning", 2),
        _p("Följande mätare används (målets område inom parentes):"),
        _b("Antal utdelade fritidskort (Fritid)", "Andel hushåll med eget hyreskontrakt (Boende)"),
    ])
    g1, g2 = _goal(doc, "Mål 1. Alla nya invånare"), _goal(doc, "Mål 2. Alla barn har")
    assert (g1.theme, g2.theme) == ("Boende", "Fritid")
    assert _ind(doc, "Antal utdelade").goal == g2.id
    assert _ind(doc, "Andel hushåll").goal == g1.id
