"""Twenty-second blind set (helper t22b: blind130, blind131, blind132): goals led in by their
theme's name ('Språk: ...') and actions naming them so ('... Mål: Språk. Ansvar: X.'); a
cooperation table 'Samarbetspart | Vad vi gör tillsammans | Mål | När'; the data a follow-up
gathers ('Följande uppgifter samlas in:'); a closing follow-up list counting the actions one
by one; goal lists coded 'K1' / 'L1' under 'Kortsiktiga mål 2025–2026'; action cards titled by
unnumbered headings over 'Syfte:' / 'Målgrupp:' / 'Ansvar:'; merged Ansvar cells left blank.
Made-up text and made-up pages; every test fails with its rule turned off."""

from blocks_doc import bullets as _b
from blocks_doc import classify_blocks as _classify
from blocks_doc import heading as _h
from blocks_doc import paragraph as _p

from classifiers.counted_actions import actions_counted
from classifiers.elements import _continues_row
from classifiers.headers import header_role
from classifiers.prose import intro_kind, is_goal_heading
from classifiers.records import trailing_fields
from classifiers.theme_lead_in import theme_lead_in


def _table(columns, rows, caption=None):
    t = {"type": "table", "columns": columns, "rows": rows}
    if caption:
        t["caption"] = caption
    return t


# ---- goals led in by their theme's name, actions naming them so ------------------------

def _lead_in_programme(extra=()):
    return _classify([_h("2. Våra mål", 1),
                      _b("Skola: Alla barn med annat modersmål klarar grundskolan väl.",
                         "Boende: Nyinflyttade hittar en bostad inom ett halvår.",
                         "Fritid: Unga med utländsk bakgrund deltar i föreningarnas verksamhet."),
                      _h("3. Åtgärder och ansvar", 1),
                      _b("Läxklubb två eftermiddagar i veckan. Mål: Skola. Ansvar: skolväsendet. Tidtabell: läsåren 2025–2027.",
                         "Bostadsrådgivning på servicekontoret. Mål: Boende. Ansvar: byggnadskontoret. Tidtabell: 2026.",
                         "Prova-på-kvällar i ungdomsgården. Mål: Fritid. Ansvar: ungdomsväsendet."),
                      *extra])


def test_a_goal_led_in_by_its_themes_name_has_that_theme_and_not_the_name_in_its_text():
    assert theme_lead_in("Skola: Alla barn med annat modersmål klarar grundskolan väl.").theme == "Skola"
    assert theme_lead_in("Mål: Alla barn klarar skolan väl.") is None  # a field's label, no theme
    x = _lead_in_programme()
    assert [(g.text, g.theme) for g in x.goals] == [
        ("Alla barn med annat modersmål klarar grundskolan väl", "Skola"),
        ("Nyinflyttade hittar en bostad inom ett halvår", "Boende"),
        ("Unga med utländsk bakgrund deltar i föreningarnas verksamhet", "Fritid")]


def test_an_items_goal_field_by_name_links_it_and_its_who_and_when_fields_are_read():
    cut = trailing_fields("Läxklubb i veckan. Mål: Skola. Ansvar: skolväsendet. Tidtabell: 2026.")
    assert cut is not None and cut[0].rstrip(".") == "Läxklubb i veckan"
    x = _lead_in_programme()
    g = {g.theme: g.id for g in x.goals}
    assert [(m.text.rstrip("."), m.goal, m.responsible, m.schedule) for m in x.measures] == [
        ("Läxklubb två eftermiddagar i veckan", g["Skola"], ["skolväsendet"], "läsåren 2025–2027"),
        ("Bostadsrådgivning på servicekontoret", g["Boende"], ["byggnadskontoret"], "2026"),
        ("Prova-på-kvällar i ungdomsgården", g["Fritid"], ["ungdomsväsendet"], None)]


def test_what_we_do_together_is_the_action_column_of_a_cooperation_table():
    assert header_role("Vad vi gör tillsammans") == "measure"
    x = _lead_in_programme([
        _h("4. Samarbete", 1),
        _table(["Samarbetspart", "Vad vi gör tillsammans", "Mål", "När"],
               [["Församlingen", "Läxhjälp med frivilliga i församlingshemmet", "Skola", "2025"],
                ["Hyresbolaget", "Visningar av lediga bostäder för nyinflyttade", "Boende", "2026"]])])
    g = {g.theme: g.id for g in x.goals}
    assert len(x.goals) == 3
    rows = [(m.text, m.goal, m.partners) for m in x.measures if m.partners]
    assert [(" ".join(t.split()), gid, p) for t, gid, p in rows] == [
        ("Läxhjälp med frivilliga i församlingshemmet", g["Skola"], ["Församlingen"]),
        ("Visningar av lediga bostäder för nyinflyttade", g["Boende"], ["Hyresbolaget"])]


def test_the_data_a_follow_up_gathers_are_its_indicators():
    assert intro_kind("Kansliet skriver en årlig rapport. Följande uppgifter samlas in:") == "indicator"
    x = _lead_in_programme([
        _h("5. Uppföljning", 1),
        _p("Kansliet skriver en årlig rapport. Följande uppgifter samlas in:"),
        _b("andel elever som fått avgångsbetyg", "antal nya hyresavtal", "antal aktiva föreningsmedlemmar")])
    assert [i.text for i in x.indicators] == [
        "andel elever som fått avgångsbetyg", "antal nya hyresavtal", "antal aktiva föreningsmedlemmar"]


# ---- a closing follow-up list counting the actions one by one ----------------------------

def test_a_closing_follow_up_list_counts_the_actions_it_names_in_their_order():
    x = _lead_in_programme([
        _h("5. Uppföljning", 1),
        _p("Kansliet skriver en årlig rapport. Följande mätare används:"),
        _b("antal elever i läxklubben", "antal besök i bostadsrådgivningen",
           "andel invånare som känner sig trygga", "antal deltagare på prova-på-kvällarna")])
    ms = {m.text.rstrip(".").split()[0]: m.id for m in x.measures}
    assert [i.measure for i in x.indicators] == [ms["Läxklubb"], ms["Bostadsrådgivning"], None, ms["Prova-på-kvällar"]]


def test_a_few_key_figures_or_figures_out_of_the_actions_order_follow_the_goals_up():
    actions = [(f"m{k}", t) for k, t in enumerate(
        ["Läxklubb i skolan", "Bostadsrådgivning på kontoret", "Prova-på-kvällar i gården",
         "Språkcafé i biblioteket", "Jobbmässa i hallen", "Tolkade föräldramöten",
         "Vänfamiljer för nyinflyttade", "Simskola för vuxna", "Klarspråk i blanketterna",
         "Kulturkväll på torget"], 1)]
    goals = ["Alla barn klarar skolan", "Alla hittar en bostad"]
    per_action = ["antal elever i läxklubben", "antal besök i bostadsrådgivningen", "antal deltagare i simskolan",
                  "antal kulturkvällar"]
    assert actions_counted(per_action, actions, goals) == ["m1", "m2", "m8", "m10"]
    # three figures for ten actions: the programme's key figures
    assert actions_counted(per_action[:3], actions, goals) is None
    # named out of the actions' order: sorted by something else, the goals'
    assert actions_counted(list(reversed(per_action)), actions, goals) is None
    # an ending apart ('vänfamiljer' / 'Vänfamiljsverksamhet'), a plural's vowel ('bostäder')
    more = [("a1", "Vänfamiljsverksamhet mellan nya och gamla invånare"), ("a2", "Hyresbostadsbolaget reserverar lägenheter"),
            ("a3", "Läxhjälp")]
    assert actions_counted(["antal vänfamiljer", "antal anvisade hyresbostäder", "antal läxhjälpstimmar"], more, []) \
        == ["a1", "a2", "a3"]


# ---- goal lists coded K1 / L1 under headings with the years they are for ---------------

def _coded_goals_programme(style="table"):
    plan = ([_table(["Nr", "Åtgärd", "Mål", "Ansvar", "Tidtabell"],
                    [["1", "Välkomstbrev på fyra språk", "K1", "kansliet", "2025"],
                     ["2", "Lediga bostäder kartläggs med fastighetsägarna", "K2, L1", "tekniska sektorn", "2025"],
                     ["3", "Företagsrådgivning för inflyttare", "L2", "näringsombudet", "2026–2028"]],
                    caption="Tabell 2. Åtgärder")] if style == "table" else
            [_h("Mål 1: K1", 3), _p("Åtgärd: Välkomstbrev på fyra språk"), _p("Ansvar: kansliet"),
             _h("Mål 2: K2, L1", 3), _p("Åtgärd: Lediga bostäder kartläggs med fastighetsägarna"),
             _p("Ansvar: tekniska sektorn"),
             _h("Mål 3: L2", 3), _p("Åtgärd: Företagsrådgivning för inflyttare"), _p("Ansvar: näringsombudet")])
    return _classify([_h("Våra mål", 1),
                      _h("Kortsiktiga mål 2025–2026", 2),
                      _b("K1 Alla nyinflyttade får ett välkomstbrev", "K2 Fler lediga bostäder är kända"),
                      _h("Långsiktiga mål 2028", 2),
                      _b("L1 Fler inflyttare stannar i kommunen", "L2 Fler inflyttare driver ett eget företag"),
                      _h("Handlingsplan", 1), *plan])


def test_a_year_after_mal_is_no_goals_number():
    assert not is_goal_heading("Kortsiktiga mål 2025–2026")
    assert is_goal_heading("Mål 2: Fler inflyttare stannar")


def test_a_coded_goal_list_gives_goals_without_codes_and_the_table_refers_to_the_first_code():
    x = _coded_goals_programme()
    assert [(g.text, g.theme) for g in x.goals] == [
        ("Alla nyinflyttade får ett välkomstbrev", "Kortsiktiga mål 2025–2026"),
        ("Fler lediga bostäder är kända", "Kortsiktiga mål 2025–2026"),
        ("Fler inflyttare stannar i kommunen", "Långsiktiga mål 2028"),
        ("Fler inflyttare driver ett eget företag", "Långsiktiga mål 2028")]
    g = [g.id for g in x.goals]
    assert [m.goal for m in x.measures] == [g[0], g[1], g[3]]


def test_a_card_titled_by_several_goal_codes_serves_the_first():
    x = _coded_goals_programme("cards")
    g = [g.id for g in x.goals]
    assert len(x.goals) == 4
    assert [m.goal for m in x.measures] == [g[0], g[1], g[3]]


# ---- action cards titled by unnumbered headings ------------------------------------------

def test_an_unnumbered_heading_over_purpose_target_group_and_who_fields_is_an_action():
    x = _classify([_h("3 Mål och åtgärder", 1),
                   _h("3.1 Mottagande", 2),
                   _p("Mål: Alla nyinflyttade vet var de får hjälp."),
                   _h("Välkomstsamtal", 3),
                   _p("Syfte: Att den nyinflyttade får veta vilka tjänster kommunen har."),
                   _p("Målgrupp: alla nyinflyttade"),
                   _p("Ansvar: kansliet. Tidtabell: fortlöpande."),
                   _h("Karta över servicen", 3),
                   _p("Syfte: Att tjänsterna är lätta att hitta."),
                   _p("Målgrupp: vuxna inflyttare"),
                   _p("Ansvar: kommunikationsenheten. Tidtabell: 2026.")])
    assert [(m.text, m.responsible, m.schedule, m.goal) for m in x.measures] == [
        ("Välkomstsamtal", ["kansliet"], "fortlöpande", x.goals[0].id),
        ("Karta över servicen", ["kommunikationsenheten"], "2026", x.goals[0].id)]


# ---- merged Ansvar cells left blank ------------------------------------------------------

def test_a_lower_case_doer_under_a_blank_merged_cell_starts_its_own_row():
    above = ["", "Lärarna går en fortbildning", "", "2026"]
    row = ["Fler familjer deltar i fritiden", "Prova-på-dagar i hallen", "fritidsväsendet", "hösten 2025"]
    assert not _continues_row(row, above)
    x = _classify([_h("3 Barn och fritid", 1),
                   _table(["Mål", "Åtgärd", "Ansvar", "När"],
                          [["Barnen trivs i skolan", "Föräldrasamtal med tolk", "skolväsendet", "2025–2028"],
                           above, row, ["", "Hobbykort med rabatt", "", ""]])])
    assert [(" ".join(m.text.split()), m.responsible) for m in x.measures] == [
        ("Föräldrasamtal med tolk", ["skolväsendet"]), ("Lärarna går en fortbildning", ["skolväsendet"]),
        ("Prova-på-dagar i hallen", ["fritidsväsendet"]), ("Hobbykort med rabatt", ["fritidsväsendet"])]


def test_a_word_matched_only_but_for_its_ending_weighs_less_than_one_held_whole():
    actions = [("b1", "Läxhjälp i biblioteket"), ("b2", "Prova-på-dagar för hela familjen"),
               ("b3", "Hobbykort med rabatt på avgifterna"), ("b4", "Språkcafé på torsdagar")]
    figures = ["antal timmar läxhjälp", "antal sålda hobbykort till familjer", "antal besök på språkcaféet"]
    assert actions_counted(figures, actions, []) == ["b1", "b3", "b4"]


def test_a_heading_naming_the_actions_part_is_no_card_title_over_a_labelled_action():
    x = _classify([_h("3 Arbete", 1),
                   _p("Mål: Fler nyinflyttade har ett arbete."),
                   _h("Så här når vi dit", 3),
                   _p("Jobbsafari: nyinflyttade besöker arbetsplatser i små grupper med en handledare."),
                   _p("Ansvar: sysselsättningstjänsterna. Tidtabell: 2025–2028.")])
    assert "Så här når vi dit" not in [m.text for m in x.measures]
    assert [m.text.startswith("Jobbsafari") for m in x.measures] == [True]


def test_figures_sorted_under_area_paragraphs_or_by_a_unit_column_follow_the_goals_up():
    x = _lead_in_programme([
        _h("5. Uppföljning", 1),
        _p("Kansliet skriver en årlig rapport. Följande mätare används:"),
        _p("Skola och boende"),
        _b("antal elever i läxklubben", "antal besök i bostadsrådgivningen"),
        _p("Fritid"),
        _b("andel invånare som känner sig trygga", "antal deltagare på prova-på-kvällarna")])
    assert [i.measure for i in x.indicators] == [None] * 4
    figures = [["Skolväsendet", "Antal elever i läxklubben", "skolans register", "årligen"],
               ["Skolväsendet", "Antal besök i bostadsrådgivningen", "kansliets statistik", "årligen"],
               ["Ungdomsväsendet", "Antal deltagare på prova-på-kvällarna", "gårdens listor", "per termin"]]
    y = _lead_in_programme([_h("5. Uppföljning", 1),
                            _table(["Förvaltning", "Mätare", "Källa", "Frekvens"], figures, caption="Tabell 3. Mätare")])
    assert [i.measure for i in y.indicators] == [None] * 3
    # the same figures without the unit column: each counts its action
    z = _lead_in_programme([_h("5. Uppföljning", 1),
                            _table(["Mätare", "Källa", "Frekvens"], [r[1:] for r in figures], caption="Tabell 3. Mätare")])
    assert all(i.measure for i in z.indicators)
