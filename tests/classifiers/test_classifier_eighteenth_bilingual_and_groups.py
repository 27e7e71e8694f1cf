"""Eighteenth blind set (helper e18a: blind103, blind105, blind107): programmes printed in
Finnish and Swedish in parallel; SMART fields with their acronym's letter ('M – Mätbart:');
actions listed inline '(a) ...; (b) ...'; action plans grouped by year rows; a goal table
'Målområde | Mål' whose areas name the goals in the action table and in the follow-up
chapter. Made-up text and made-up pages; every test fails with its rule turned off."""

from blocks_doc import bullets as _b
from blocks_doc import classify_blocks as _classify
from blocks_doc import heading as _h
from blocks_doc import paragraph as _p

from classifiers.bilingual import is_bilingual, reads_finnish, swedish_half, swedish_lines, swedish_only, word_language
from classifiers.reader_shared import goal_field
from classifiers.elements import Element
from classifiers.group_rows import group_time, leading_group_time
from classifiers.headers import header_role
from classifiers.inline_lists import inline_items


def _table(columns, rows, caption=None):
    t = {"type": "table", "columns": columns, "rows": rows}
    if caption:
        t["caption"] = caption
    return t


# ---- SMART fields: the criterion's letter before its label ----------------------------

def test_smart_time_criterion_names_the_schedule():
    assert header_role("T – Tidsatt") == "schedule"
    assert header_role("Tidsbunden") == "schedule"


def _smart_cards(r_line: str = "R – Realistiskt: resurser: 5 000 €/år i budgeten"):
    return _classify([_h("3 Mål och åtgärder", 1),
                      _h("3.1 Fritid", 2),
                      _p("Mål 1: Fler nyinflyttade barn deltar i fritidsverksamhet"),
                      _p("Åtgärd: Fritidsgården ordnar prova-på-kvällar varje månad"),
                      _p("Ansvar: Fritidssekreteraren"),
                      _p("M – Mätbart: Antal deltagare per kväll"),
                      _p(r_line),
                      _p("T – Tidsatt: 2025–2027"),
                      _p("Åtgärd: Idrottsföreningarna bjuds in till skolorna"),
                      _p("Ansvar: Rektorerna"),
                      _p("M – Mätbart: Antal föreningsbesök per termin"),
                      _p("T – Tidsatt: 2026")])


def test_smart_fields_with_the_acronyms_letter_are_a_cards_fields():
    x = _smart_cards()
    assert [m.text for m in x.measures] == ["Fritidsgården ordnar prova-på-kvällar varje månad",
                                            "Idrottsföreningarna bjuds in till skolorna"]
    assert [m.responsible for m in x.measures] == [["Fritidssekreteraren"], ["Rektorerna"]]
    assert [m.schedule for m in x.measures] == ["2025–2027", "2026"]
    assert [(i.text, i.measure) for i in x.indicators] == [
        ("Antal deltagare per kväll", x.measures[0].id), ("Antal föreningsbesök per termin", x.measures[1].id)]


def test_a_smart_letter_wrapped_to_the_end_of_a_fields_line_goes_on_the_line():
    # a line of fields that the width broke after the letter 'R': '– Realistiskt: ...' on the
    # next line is the rest of the fields, no list item
    head = "Ansvarig: Fritidssekreteraren. M – Mätbart: Antal deltagare per kväll under båda terminerna. R"
    assert len(head) <= 95 and len(head + " –") > 95
    x = _classify([_h("3 Mål och åtgärder", 1),
                   _h("3.1 Fritid", 2),
                   _p("Mål 1: Fler nyinflyttade barn deltar i fritidsverksamhet"),
                   _p("1.1 Fritidsgården ordnar prova-på-kvällar varje månad"),
                   _p(head + " – Realistiskt: resurser: Inom budgetramen. T – Tidsatt: 2025–2027."),
                   _p("1.2 Idrottsföreningarna bjuds in till skolorna"),
                   _p("Ansvarig: Rektorerna. M – Mätbart: Antal föreningsbesök. T – Tidsatt: 2026.")])
    assert [m.text.split(" ", 1)[1] if m.text[:1].isdigit() else m.text for m in x.measures] == [
        "Fritidsgården ordnar prova-på-kvällar varje månad", "Idrottsföreningarna bjuds in till skolorna"]
    assert [m.responsible for m in x.measures] == [["Fritidssekreteraren"], ["Rektorerna"]]


# ---- actions listed inline, '(a) ...; (b) ...' ---------------------------------------

def test_inline_items_marked_by_letters_or_numbers_in_order():
    assert inline_items("Åtgärder: (a) en kurs ordnas 2026; (b) en broschyr tas fram; (c) träffar hålls.") == (
        "Åtgärder:", ["en kurs ordnas 2026", "en broschyr tas fram", "träffar hålls"])
    assert inline_items("vi ska (1) starta X, (2) bjuda in Y och (3) ordna Z.")[1] == [
        "starta X", "bjuda in Y", "ordna Z"]
    # out of order, or a letter in brackets inside running text: no list
    assert inline_items("enligt punkt (b) och punkt (a) i lagen") is None
    assert inline_items("se bilaga (a) där (b) står") is None


def test_an_action_field_listing_its_actions_inline_gives_one_measure_each_and_their_owner():
    x = _classify([_h("3 Mål och åtgärder", 1),
                   _h("3.5 Samarbete i regionen", 2),
                   _p("Mål: Kommunerna i regionen ordnar integrationsservicen tillsammans."),
                   _p("Åtgärder: (a) en gemensam socialhandledare anställs från 2026; (b) kommunerna "
                      "översätter sina webbsidor 2025; (c) handläggarna träffas varje kvartal. "
                      "Ansvarig för åtgärderna är kommunstyrelsen."),
                   _p("Mätare: antalet kommuner som deltar i den gemensamma servicen.")])
    assert [m.text for m in x.measures] == [
        "en gemensam socialhandledare anställs från 2026", "kommunerna översätter sina webbsidor 2025",
        "handläggarna träffas varje kvartal"]
    assert all(m.responsible == ["kommunstyrelsen"] for m in x.measures)
    assert all(m.goals == [x.goals[0].id] for m in x.measures)
    assert [(i.text.rstrip("."), i.measure) for i in x.indicators] == [
        ("antalet kommuner som deltar i den gemensamma servicen", None)]


def test_a_paragraph_listing_actions_inline_after_a_label_gives_one_measure_each():
    x = _classify([_h("3 Mål och åtgärder", 1),
                   _h("3.5 Samarbete i regionen", 2),
                   _p("Målet är att kommunerna i regionen ordnar integrationsservicen tillsammans."),
                   _p("Åtgärder: (a) en gemensam socialhandledare anställs; (b) kommunerna översätter "
                      "sina webbsidor; (c) handläggarna träffas varje kvartal.")])
    assert [m.text for m in x.measures] == [
        "en gemensam socialhandledare anställs", "kommunerna översätter sina webbsidor",
        "handläggarna träffas varje kvartal"]


# ---- action plans grouped by year rows -----------------------------------------------

def test_a_time_alone_in_an_action_row_groups_the_rows_under_it():
    roles = {0: "measure", 2: "responsible"}
    assert group_time(["2026–2027", "", "", ""], roles) == "2026–2027"
    assert group_time(["Hela perioden", "", "", ""], roles) == "Hela perioden"
    assert group_time(["5.6 2026–2027", "", "Bildningssektorn", ""], roles) == "2026–2027"
    assert group_time(["Språkcafé varje vecka", "", "", ""], roles) is None
    assert group_time(["2025", "Mål 1", ""], {0: "measure", 1: "goal"}) is None  # a goal table's year
    assert leading_group_time("5.1 2025\n5.2 Välkomstsamtal med nya invånare") == (
        "2025", "5.2 Välkomstsamtal med nya invånare")
    assert leading_group_time("5.2 Välkomstsamtal med nya invånare") is None


def _area_programme():
    return [_h("4 Mål", 1),
            _p("Programmet har tre målområden med var sitt mål:"),
            _table(["Målområde", "Mål"], [
                ["Mottagande", "Alla nya invånare får information på ett språk de förstår"],
                ["Arbete", "Fler invandrare har ett arbete"],
                ["Fritid", "Barn med invandrarbakgrund deltar i fritidsverksamhet"]],
                caption="Tabell 2. Målområden och mål"),
            _h("5 Åtgärdsplan", 1),
            _p("Åtgärderna har ordnats enligt det år då de inleds."),
            _table(["Åtgärd", "Målområde", "Ansvarig", "Samarbetspartner"], [
                ["2025", "", "", ""],
                ["Välkomstpärm på sex språk", "Mottagande", "Kansliet", "–"],
                ["Jobbmässa för nyinflyttade", "Arbete", "Näringslivsenheten", "Företagarna rf"],
                ["2026–2027", "", "", ""],
                ["Simskola för nyinflyttade barn", "Fritid", "Idrottsbyrån", "Simklubben"],
                ["Hela perioden", "", "", ""],
                ["Läxhjälp i biblioteket", "Fritid", "Biblioteket", "Röda Korset"]],
                caption="Tabell 3. Åtgärdsplan"),
            _h("6 Så följer vi upp", 1),
            _p("Integrationsgruppen följer upp programmet med följande indikatorer."),
            _h("Mottagande", 2),
            _b("andelen nya invånare som fått information inom en månad"),
            _h("Arbete", 2),
            _b("sysselsättningsgraden bland invandrare"),
            _h("Fritid", 2),
            _b("antalet barn med invandrarbakgrund i föreningarna")]


def test_a_goal_table_of_areas_gives_each_goal_its_area_as_theme():
    x = _classify(_area_programme())
    assert [(g.text, g.theme) for g in x.goals] == [
        ("Alla nya invånare får information på ett språk de förstår", "Mottagande"),
        ("Fler invandrare har ett arbete", "Arbete"),
        ("Barn med invandrarbakgrund deltar i fritidsverksamhet", "Fritid")]


def test_an_action_plan_grouped_by_year_links_its_actions_through_their_area():
    x = _classify(_area_programme())
    g = {goal.theme: goal.id for goal in x.goals}
    assert [(" ".join(m.text.split()), m.goals, m.schedule) for m in x.measures] == [
        ("Välkomstpärm på sex språk", [g["Mottagande"]], "2025"),
        ("Jobbmässa för nyinflyttade", [g["Arbete"]], "2025"),
        ("Simskola för nyinflyttade barn", [g["Fritid"]], "2026–2027"),
        ("Läxhjälp i biblioteket", [g["Fritid"]], "Hela perioden")]


def test_follow_up_headings_naming_an_area_give_its_goal_the_indicators_under_them():
    x = _classify(_area_programme())
    g = {goal.theme: goal.id for goal in x.goals}
    assert [(i.text, i.goals, i.measure) for i in x.indicators] == [
        ("andelen nya invånare som fått information inom en månad", [g["Mottagande"]], None),
        ("sysselsättningsgraden bland invandrare", [g["Arbete"]], None),
        ("antalet barn med invandrarbakgrund i föreningarna", [g["Fritid"]], None)]


# ---- programmes in Finnish and Swedish in parallel -----------------------------------

def test_the_swedish_half_of_a_bilingual_heading_and_the_swedish_lines_of_a_cell():
    assert swedish_half("2. Asuminen ja arki / Boende och vardag") == "2. Boende och vardag"
    assert swedish_half("Taulukko 4. Asuminen ja arki / Tabell 4. Boende och vardag") == "Tabell 4. Boende och vardag"
    assert swedish_half("Arbete och utbildning / Ungdomar") == "Arbete och utbildning / Ungdomar"
    # 'ja' (and) and 'on' (is) are Swedish words too ('ja' = yes), but Finnish in such text
    assert swedish_half("3. Kieli ja koulutus / Språk och utbildning") == "3. Språk och utbildning"
    # a capital after a list marker opens the text: a word of it, no name inside a sentence
    assert reads_finnish("• Sivistystoimi")
    # Finnish function words that the Swedish lists hold too, or are too short for them
    assert [word_language(w) for w in ("ja", "on", "tai", "kun")] == ["fi"] * 4
    # a name in both languages, its legal form 'ry' / 'rf' no word of either: the cut falls
    # between the two halves, which say the same and are about as long
    assert swedish_lines("Nuorisopalvelut ja\nMellby Idrott ry\nUngdomsbyrån och\nMellby Idrott rf") == \
        "Ungdomsbyrån och\nMellby Idrott rf"
    assert swedish_lines("Vuokra-asuntoja\nvälitetään perheille.\nHyresbostäder förmedlas\ntill familjer.") == \
        "Hyresbostäder förmedlas\ntill familjer."
    assert swedish_lines("Sivistystoimi\nBildningssektorn") == "Bildningssektorn"
    assert swedish_lines("Bostadsbyrån\ni samarbete med\nhyresbolaget") == "Bostadsbyrån\ni samarbete med\nhyresbolaget"


def _bilingual_blocks():
    return [
        _h("Esipuhe / Förord", 1),
        _p("Kaupunki on kaksikielinen, ja sen asukkaista yhä useampi puhuu äidinkielenään muuta kieltä."),
        _p("Staden är tvåspråkig, och allt fler av dess invånare har ett annat modersmål."),
        _h("1. Asuminen ja arki / Boende och vardag", 2),
        _p("Asuminen on kotoutumisen perusta, ja vuokra-asuntoja on kaupungissa liian vähän."),
        _p("Boendet är grunden för integrationen, och det finns för få hyresbostäder i staden."),
        _p("Tavoite 1.1: Uudet asukkaat löytävät kohtuuhintaisen asunnon."),
        _p("Mål 1.1: Nya invånare hittar en bostad till ett rimligt pris."),
        _p("Toimenpiteet / Åtgärder"),
        _b("Asuntoneuvontaa järjestetään kahdesti viikossa (asuntotoimisto, 2025)",
           "Vuokranantajille järjestetään infotilaisuuksia (kaupunginkanslia, 2026)"),
        _b("Bostadsrådgivning ordnas två gånger i veckan (bostadsbyrån, 2025)",
           "Informationsmöten för hyresvärdar ordnas (stadskansliet, 2026)"),
        _p("Mittari: asuntoneuvonnan asiakkaiden määrä"),
        _p("Mätare: antalet kunder i bostadsrådgivningen"),
        _h("2. Työ ja opiskelu / Arbete och studier", 2),
        _p("Työ ja opiskelu auttavat kotoutumaan, ja kaupunki tukee molempia."),
        _p("Arbete och studier hjälper integrationen, och staden stöder båda."),
        _table(["Tavoite\nMål", "Toimenpide\nÅtgärd", "Vastuutaho\nAnsvarig"], [
            ["Nuoret maahanmuuttajat jatkavat opintojaan.\nUnga invandrare fortsätter sina studier.",
             "Opinto-ohjaajia palkataan kaksi lisää.\nTvå studiehandledare till anställs.",
             "Opetustoimi\nUtbildningssektorn"]],
            caption="Taulukko 1. Työ ja opiskelu / Tabell 1. Arbete och studier"),
    ]


def test_a_bilingual_programme_is_read_in_swedish():
    x = _classify(_bilingual_blocks())
    assert [(" ".join(g.text.split()).rstrip("."), g.theme) for g in x.goals] == [
        ("Nya invånare hittar en bostad till ett rimligt pris", "Boende och vardag"),
        ("Unga invandrare fortsätter sina studier", "Arbete och studier")]
    assert [(" ".join(m.text.split()).rstrip("."), m.responsible) for m in x.measures] == [
        ("Bostadsrådgivning ordnas två gånger i veckan", ["bostadsbyrån"]),
        ("Informationsmöten för hyresvärdar ordnas", ["stadskansliet"]),
        ("Två studiehandledare till anställs", ["Utbildningssektorn"])]
    assert [i.text for i in x.indicators] == ["antalet kunder i bostadsrådgivningen"]


def test_a_swedish_programme_quoting_finnish_keeps_all_its_text():
    blocks = [_p("Staden har ett program för integration, och det gäller alla sektorer i staden."),
              _p("Kotoutuminen on yhteinen asia, ja se koskee kaikkia kaupungin asukkaita."),
              _p("Arbetet följs upp varje år av integrationsgruppen och rapporteras till styrelsen."),
              _p("Nya invånare får information om service och fritid på flera språk.")]
    elements = [Element("para", b["text"]) for b in blocks]
    assert not is_bilingual(elements)
    assert [e.text for e in swedish_only(elements)] == [b["text"] for b in blocks]


def test_the_finnish_paragraph_a_column_jump_joined_to_a_swedish_one_is_left_out():
    finnish = [Element("para", t) for t in (
        "Kaupunki on kaksikielinen, ja sen asukkaista yhä useampi puhuu muuta kieltä.",
        "Asuminen on kotoutumisen perusta, ja vuokra-asuntoja on liian vähän.",
        "Työ ja opiskelu auttavat kotoutumaan, ja kaupunki tukee molempia.",
        "Vuokranantajille järjestetään infotilaisuuksia kaupungintalolla kerran vuodessa.")]
    joined = Element("para", "Mätare: antalet kunder i bostadsrådgivningen Tavoite 1.2: Uudet asukkaat "
                             "löytävät tarvitsemansa palvelut.")
    out = swedish_only(finnish + [joined])
    assert [e.text for e in out if e.text.startswith("Mätare")] == ["Mätare: antalet kunder i bostadsrådgivningen"]


def test_the_finnish_goal_label_labels_a_goal():
    assert goal_field("Tavoite 2: Fler kvinnor med invandrarbakgrund får arbete.") == (
        "Fler kvinnor med invandrarbakgrund får arbete", "2")


def test_numbered_rows_of_a_year_grouped_plan_with_their_area_in_the_fields_line():
    # the action table printed as numbered actions with a line of fields each: the year rows
    # are numbered as the actions are, and the area closes the fields line with a full stop
    blocks = _area_programme()[:3] + [
        _h("5 Åtgärdsplan", 1),
        _p("Åtgärderna har ordnats enligt det år då de inleds."),
        _p("5.1 2025"),
        _p("5.2 Välkomstpärm på sex språk"),
        _p("Ansvarig: Kansliet. Samarbetspartner: –."),
        # the area on a line of its own, keeping the full stop that ends the field
        _p("Målområde: Mottagande."),
        _p("5.3 Jobbmässa för nyinflyttade"),
        _p("Ansvarig: Näringslivsenheten. Samarbetspartner: Företagarna rf. Målområde: Arbete."),
        _p("5.4 Hela perioden"),
        _p("Ansvarig: Näringslivsenheten. Samarbetspartner: Företagarna rf."),
        _p("5.5 Läxhjälp i biblioteket"),
        _p("Ansvarig: Biblioteket. Samarbetspartner: Röda Korset. Målområde: Fritid.")]
    x = _classify(blocks)
    g = {goal.theme: goal.id for goal in x.goals}
    assert [(m.text.split(" ", 1)[1], m.goals, m.schedule) for m in x.measures] == [
        ("Välkomstpärm på sex språk", [g["Mottagande"]], "2025"),
        ("Jobbmässa för nyinflyttade", [g["Arbete"]], "2025"),
        ("Läxhjälp i biblioteket", [g["Fritid"]], "Hela perioden")]


def test_a_bilingual_goal_heading_pair_gives_the_swedish_goal_over_its_numbered_actions():
    # a bilingual table printed as numbered text: the goal cell's Finnish and Swedish lines
    # as two headings 'Tavoite N. …' (the Finnish label of the goal, as in a goal field), each
    # action line numbered with its own field line; the Finnish heading is left out with the
    # other Finnish text, and 'Tavoite 2.' heads the Swedish goal as 'Mål 2.' would
    blocks = _bilingual_blocks()[:-1] + [
        _h("Tavoite 1. Nuoret maahanmuuttajat jatkavat opintojaan.", 3),
        _h("Tavoite 2. Unga invandrare fortsätter sina studier.", 3),
        _p("2.1 Opinto-ohjaajia palkataan kaksi lisää kaupungin kouluihin."),
        _p("Ansvarig: Opetustoimi. Tidtabell: 2026."),
        _p("2.2 Två studiehandledare till anställs i stadens skolor."),
        _p("Ansvarig: Utbildningssektorn. Tidtabell: 2026."),
    ]
    x = _classify(blocks)
    goals = [" ".join(g.text.split()).rstrip(".").split(". ", 1)[-1] for g in x.goals]
    assert goals == ["Nya invånare hittar en bostad till ett rimligt pris", "Unga invandrare fortsätter sina studier"]
    last = [(m.text.split(" ", 1)[1].rstrip("."), m.responsible, m.goal) for m in x.measures][-1]
    assert last == ("Två studiehandledare till anställs i stadens skolor", ["Utbildningssektorn"], x.goals[1].id)
