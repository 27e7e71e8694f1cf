"""Fifty-eighth blind set, reader b (blind343, blind344, blind346) conventions, on made-up
text: actions numbered on across a chapter, each '<N>. <action>[ i samarbete med X[ och Y]][ –
<time>] (<unit>)' -- the partners, the time and the unit in brackets all close the item; an
overarching goal stated in the introduction ('Programmets övergripande mål är att …') and a
chapter of common actions after the areas that says they support it; a slide deck's theme
slides 'Tema N | <theme>' with bullets '<action> | Ansvar: X | Med: Y, Z | <time>', a question
slide over the earlier period and a follow-up table keyed by the theme."""

from blocks_doc import bullets as _b, classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers.parenthesis_doers import doers_in_parentheses
from classifiers.elements import Element, _join_dash_tails
from classifiers.partners_in_text import partners_closing_item
from classifiers.headers import labelled_as_theme
from classifiers.reader_shared import theme_name
from classifiers.records import trailing_fields
from classifiers.prose import goal_clause, overarching_goal_sentence, refers_to_overarching_goal
from classifiers.schedule import opens_with_times


# --- items closed by '[i samarbete med X] – <time> (<unit>)' ---------------------------

def test_partners_before_the_items_tail():
    assert partners_closing_item("4. Läxhjälp ordnas i samarbete med Exby bibliotek och Röda Korset") == (
        "4. Läxhjälp ordnas", ["Exby bibliotek", "Röda Korset"])
    assert partners_closing_item("Hembesök i samarbete med välfärdsområdets rådgivning") == (
        "Hembesök", ["välfärdsområdets rådgivning"])
    # a group described in general is no partner named
    assert partners_closing_item("Hembesök i samarbete med olika aktörer") is None


def test_doers_alone_in_brackets_are_the_lists_layout():
    items = ["1. Läxhjälp ordnas – 2026 (biblioteket)", "2. Sommarläger – varje sommar (fritidsbyrån)",
             "3. Välkomstbrev – 2025 (integrationsbyrån)", "4. Familjekvällar – varje höst (småbarnspedagogiken)"]
    assert doers_in_parentheses(items)
    # one doer known in brackets is no layout
    assert not doers_in_parentheses(["Läxhjälp (biblioteket)", "Kurs om lärande (pedagogiken)",
                                     "Familjekvällar (småbarnspedagogiken)"])


def test_how_often_then_the_month():
    assert opens_with_times("årligen i maj").group(0) == "årligen i maj"
    assert opens_with_times("varje år i oktober").group(0) == "varje år i oktober"
    assert opens_with_times("2026 i Exby").group(0) == "2026"


def test_a_wrapped_time_and_doer_tail_joins_its_item():
    els = [Element("bullet", "• 2. Läxhjälp ordnas i samarbete med Exby bibliotek", 1),
           Element("bullet", "– från hösten 2025 (småbarnspedagogiken)", 1),
           Element("bullet", "• 3. Kvällskurs i svenska – 2026 (medborgarinstitutet)", 1)]
    out = _join_dash_tails(els)
    assert [e.text for e in out] == [
        "• 2. Läxhjälp ordnas i samarbete med Exby bibliotek – från hösten 2025 (småbarnspedagogiken)",
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
           "varje sommar (fritidsbyrån)",
           "2. Fritidsguiden följer med till den första hobbyn – 2026 (biblioteket)"),
        _h("2.2 Familjer", 2),
        _p("Målsättning för perioden: Nya familjer hittar stöd i vardagen."),
        _p("Åtgärder:"),
        _b("3. Familjekvällar ordnas i samarbete med välfärdsområdets rådgivning – årligen i maj "
           "(småbarnspedagogiken)",
           "4. Föräldramöten med tolk ordnas – från hösten 2025 (integrationsbyrån)"),
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
            "Fler unga deltar i fritidsverksamhet", ["fritidsbyrån"], ["Exby scoutkår", "Röda Korset"],
            "varje sommar"),
        "Fritidsguiden följer med till den första hobbyn": (
            "Fler unga deltar i fritidsverksamhet", ["biblioteket"], [], "2026"),
        "Familjekvällar ordnas": (
            "Nya familjer hittar stöd i vardagen", ["småbarnspedagogiken"], ["välfärdsområdets rådgivning"],
            "årligen i maj"),
        "Föräldramöten med tolk ordnas": (
            "Nya familjer hittar stöd i vardagen", ["integrationsbyrån"], [], "från hösten 2025"),
    }


def test_a_partner_right_before_the_doer_stays_in_the_action():
    # no time between the phrase and the doer: the phrase ends the action's sentence
    ex = _classify([
        _h("2 Fritid", 1),
        _p("Målsättning för perioden: Fler unga deltar i fritidsverksamhet."),
        _p("Åtgärder:"),
        _b("Sommarläger ordnas i samarbete med Exby scoutkår (fritidsbyrån)",
           "Fritidsguiden följer med till den första hobbyn – 2026 (fritidsbyrån)"),
        _h("3 Uppföljning", 1),
        _p("Kommunstyrelsen följer upp programmet varje år."),
    ])
    got = {m.text: (m.responsible, m.partners) for m in ex.measures}
    assert got["Sommarläger ordnas i samarbete med Exby scoutkår"][0] == ["fritidsbyrån"]


def test_a_meter_line_after_a_goals_list_is_the_goals():
    # 'Mätare: …' under the goal's list of actions follows up the goal, even where its words
    # are those of one action (as the same lines read as cards give it)
    ex = _classify([
        _h("2 Språk", 1),
        _p("Mål 2.1: Barn med annat modersmål får stöd i svenska."),
        _p("Åtgärder"),
        _b("Undervisningen i svenska som andraspråk utökas med en lärare (bildningssektorn, 2025)",
           "En specialbarnträdgårdslärare anställs i daghemmen (småbarnspedagogiken, 2026)"),
        _p("Mätare: andelen elever som får undervisning i svenska som andraspråk"),
        _h("3 Uppföljning", 1),
        _p("Kommunstyrelsen följer upp programmet varje år."),
    ])
    (meter,) = ex.indicators
    assert meter.measure is None and meter.goal is not None


# --- the overarching goal and the common actions serving it ------------------------------

def test_goal_noun_qualified_after_its_owner():
    assert goal_clause("Kommunens övergripande mål är att alla kan delta.") == "alla kan delta."
    assert goal_clause("Vårt viktigaste mål är att barnen mår bra.") == "barnen mår bra."
    assert overarching_goal_sentence("Stadens övergripande mål är att alla kan delta.")
    assert overarching_goal_sentence("Huvudmålet är att alla kan delta.")
    assert not overarching_goal_sentence("Målet är att alla kan delta.")
    assert refers_to_overarching_goal("Åtgärderna nedan stöder det övergripande målet.")
    assert not refers_to_overarching_goal("Huvudmålet är att alla kan delta.")


def _common_actions(lead_in: bool):
    return _classify([
        _h("1 Inledning", 1),
        _p("Stadens övergripande mål är att Exby ska vara en stad där alla trivs. Programmet har två "
           "insatsområden."),
        _h("2 Insatsområden", 1),
        _h("2.1 Fritid", 2),
        _h("Mål", 3),
        _p("Fler unga deltar i fritidsverksamhet."),
        _h("Åtgärder", 3),
        _b("Sommarläger ordnas för nyinflyttade unga. Ansvarig: Ungdomsbyrån. Tidsplan: 2026."),
        _h("2.2 Boende", 2),
        _h("Mål", 3),
        _p("Nyinflyttade hittar en bostad."),
        _h("Åtgärder", 3),
        _b("Bostadsinformation tas fram på fem språk. Ansvarig: Exby Bostäder. Tidsplan: 2025."),
        _h("3 Gemensamma åtgärder", 1),
        *([_p("Åtgärderna i tabellen gäller hela stadens organisation och stöder det övergripande målet.")]
          if lead_in else []),
        {"type": "table", "caption": "Tabell 1. Gemensamma åtgärder",
         "columns": ["Åtgärd", "Ansvar", "År"],
         "rows": [["Personalen utbildas i lättläst svenska", "Personalbyrån", "2025"],
                  ["Webbplatsen får en sida på engelska", "Stadskansliet", "2026"]]},
        _h("4 Uppföljning", 1),
        _p("Stadsstyrelsen följer upp programmet varje år."),
    ])


def test_common_actions_serve_the_overarching_goal():
    ex = _common_actions(lead_in=True)
    goals = {g.id: g for g in ex.goals}
    top = [g for g in ex.goals if g.text.startswith("Stadens övergripande mål")]
    assert len(top) == 1 and top[0].clause.startswith("Exby ska vara en stad där alla trivs")
    got = {" ".join(m.text.split()).rstrip("."): goals[m.goal].text.rstrip(".") for m in ex.measures}
    assert got["Personalen utbildas i lättläst svenska"] == top[0].text.rstrip(".")
    assert got["Webbplatsen får en sida på engelska"] == top[0].text.rstrip(".")
    assert got["Bostadsinformation tas fram på fem språk"] == "Nyinflyttade hittar en bostad"


# --- a slide deck: 'Tema N | <theme>' slides, bar-separated fields, a question slide ------

def test_fields_set_apart_by_bars():
    assert trailing_fields("Kvällskurs i svenska | Ansvar: Exby medborgarinstitut | Med: Biblioteket, "
                           "Röda Korset | hösten 2026") == (
        "Kvällskurs i svenska", [("responsible", "Ansvar", "Exby medborgarinstitut"),
                                 ("partners", "Med", "Biblioteket, Röda Korset"),
                                 ("schedule", "", "hösten 2026")])
    assert trailing_fields("Läxhjälp i skolan | Ansvar: Skolan | 2027") == (
        "Läxhjälp i skolan", [("responsible", "Ansvar", "Skolan"), ("schedule", "", "2027")])
    # ... or by middle dots
    assert trailing_fields("Språkcafé · Ansvar: Biblioteket · Med: Röda Korset · varje vecka") == (
        "Språkcafé", [("responsible", "Ansvar", "Biblioteket"), ("partners", "Med", "Röda Korset"),
                      ("schedule", "", "varje vecka")])
    # a bar inside a value that says no time stays in it
    assert trailing_fields("Läxhjälp | Ansvar: Skolan | Biblioteket")[1] == [
        ("responsible", "Ansvar", "Skolan | Biblioteket")]


def test_a_theme_label_set_off_by_a_bar():
    assert theme_name("Tema 2 | Arbete och utbildning") == "Arbete och utbildning"
    assert labelled_as_theme("Insatsområde 3 | Boende")
    assert theme_name("Tema 3 · Boende") == "Boende"
    # a footer's dots name no theme
    assert theme_name("Exby kommun · Integrationsprogram 2025–2028") == "Exby kommun · Integrationsprogram 2025–2028"


def _slides():
    footer = _p("Exby kommun · Integrationsprogram 2025–2028 · Fullmäktige 1.6.2025")
    return _classify([
        _h("Integrationsprogram 2025–2028", 1),
        _p("Presentation för fullmäktige"), footer,
        _h("Vad har vi gjort 2021–2024?", 1),
        _b("Välkomstbroschyren trycktes 2023", "Läxhjälpen startade i två skolor"),
        _p("Utvärderingen visade: informationen når inte alla."), footer,
        _h("Tema 1 | Första tiden", 1),
        _p("Målbild 2028: Nya invånare vet var de får hjälp"),
        _b("Välkomstkväll två gånger per år | Ansvar: Integrationsbyrån | Med: Exby församling, Röda Korset "
           "| vår och höst från 2025",
           "Infoblad på fem språk | Ansvar: Kommunikationsbyrån | 2026"), footer,
        _h("Tema 2 | Fritid", 1),
        _p("Målbild 2028: Fler unga deltar i föreningarna"),
        _b("Prova på-dagar i idrottshallen | Ansvar: Fritidsbyrån | Med: Exby IF | varje höst"), footer,
        _h("Så följer vi upp", 1),
        {"type": "table", "caption": "", "columns": ["Tema", "Mätare", "Utgångsläge 2024", "Mål 2028"],
         "rows": [["Första tiden", "Antal deltagare i välkomstkvällarna", "–", "80 / år"],
                  ["Fritid", "Antal unga nya medlemmar i föreningarna", "12", "40"]]},
        footer,
    ])


def test_a_slide_decks_themes_goals_actions_and_meters():
    ex = _slides()
    goals = {g.id: (g.text, g.theme) for g in ex.goals}
    assert sorted(goals.values()) == [("Fler unga deltar i föreningarna", "Fritid"),
                                      ("Nya invånare vet var de får hjälp", "Första tiden")]
    got = {m.text: (goals[m.goal][0], m.responsible, m.partners, m.schedule) for m in ex.measures}
    assert got == {
        "Välkomstkväll två gånger per år": (
            "Nya invånare vet var de får hjälp", ["Integrationsbyrån"], ["Exby församling", "Röda Korset"],
            "vår och höst från 2025"),
        "Infoblad på fem språk": ("Nya invånare vet var de får hjälp", ["Kommunikationsbyrån"], [], "2026"),
        "Prova på-dagar i idrottshallen": ("Fler unga deltar i föreningarna", ["Fritidsbyrån"], ["Exby IF"],
                                           "varje höst"),
    }
    meters = {" ".join(i.text.split()): (goals[i.goal][0] if i.goal else None, i.measure) for i in ex.indicators}
    assert meters == {
        "Antal deltagare i välkomstkvällarna": ("Nya invånare vet var de får hjälp", None),
        "Antal unga nya medlemmar i föreningarna": ("Fler unga deltar i föreningarna", None),
    }
