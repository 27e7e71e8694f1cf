"""Which goals head which measures when a section states several goals one after another, and
what is the programme's own structure rather than background: another body's goals quoted
('Statsrådets redogörelse lyfter fram att målen ... är att:'), the previous period's measures
('Följande åtgärder genomfördes inte:'), a goal given under a qualified label ('Övergripande
mål: ...'), actions introduced by 'Det gör vi genom att:'. Made-up text in the conventions of
the fifth and third blind sets (tests/data/blind_programs)."""

from blocks_doc import classify_blocks as _classify, heading as _h, paragraph as _p, bullets as _b

from classifiers.reader_shared import goal_field
from classifiers.prose import about_earlier_period, intro_kind, is_goal_sentence, reports_past


def _t(columns, rows, caption=None):
    return {"type": "table", "caption": caption, "columns": columns, "rows": rows}


def _goal_of(x, measure_start: str) -> str:
    goals = {g.id: g.text for g in x.goals}
    m = next(m for m in x.measures if " ".join(m.text.split()).startswith(measure_start))
    return goals[m.goal]


# ---- goals stated one after another in a section ---------------------------------------

def test_goal_stated_after_a_list_of_measures_heads_the_next_list():
    x = _classify([
        _h("3 Boende och arbete", 1),
        _p("Vi vill att nyanlända familjer hittar en bostad inom en månad. Därför ska vi:"),
        _b("ordna bostadsrådgivning på servicekontoret", "hyra ut kommunens lediga lägenheter"),
        _p("Ansvar: tekniska sektorn. Tid: 2026"),
        _p("Vi vill att fler vuxna invandrare får arbete i kommunen. För att nå dit ska vi:"),
        _b("ordna en rekryteringsmässa varje vår", "erbjuda praktikplatser i kommunens kök"),
        _p("Ansvar: näringslivsenheten. Tid: årligen"),
    ])
    assert _goal_of(x, "ordna bostadsrådgivning").startswith("Vi vill att nyanlända familjer")
    assert _goal_of(x, "ordna en rekryteringsmässa").startswith("Vi vill att fler vuxna")
    assert _goal_of(x, "erbjuda praktikplatser").startswith("Vi vill att fler vuxna")


def test_goals_stated_together_before_one_list_stay_its_goals():
    x = _classify([
        _h("4 Arbete", 1),
        _p("Vi strävar efter att fler invandrare får arbete. Dessutom är målet att fler startar företag."),
        _h("Åtgärder", 3),
        # (actions sharing a word of meaning with neither goal: one speaking of one goal's
        # words serves that goal, `goals_stated_together`, tested in its own file)
        _b("Mässor för nyinflyttade varje vår (näringslivsenheten)",
           "Rådgivning på engelska (företagstjänsterna)"),
    ])
    assert len(x.goals) == 2
    first = x.goals[0].text
    assert all(x_ == first for x_ in (_goal_of(x, "Mässor"), _goal_of(x, "Rådgivning på")))
    assert all(m.goals == [g.id for g in x.goals] for m in x.measures)


def test_goal_between_two_captioned_tables_heads_the_second():
    cols = ["Åtgärd", "Tidtabell", "Ansvarig aktör", "Samarbetspartner", "Indikator"]
    x = _classify([
        _h("2.2 Utbildning och språk", 2),
        _p("Syftet är att alla barn har jämlika möjligheter till utbildning."),
        _t(cols, [["Förberedande undervisning för nyanlända elever", "Fortlöpande", "Utbildningstjänsterna",
                   "–", "Antal elever"],
                  ["Handledning vid övergången till andra stadiet", "2026", "Elevhandledningen", "Yrkesinstitutet",
                   "Antal som fått studieplats"]],
           caption="Tabell 3a. Utbildning"),
        _p("Syftet är också att alla elever lär sig svenska så väl att de klarar fortsatta studier."),
        _t(cols, [["S2-undervisning i alla skolor", "Fortlöpande", "Utbildningstjänsterna", "–",
                   "Resultat i nationella prov"],
                  ["Läxhjälp på biblioteket", "2025–2028", "Biblioteket", "Röda korset",
                   "Antal läxhjälpstillfällen"]],
           caption="Tabell 3b. Språkkunskaper"),
    ])
    assert _goal_of(x, "Förberedande undervisning").startswith("Syftet är att alla barn")
    assert _goal_of(x, "S2-undervisning").startswith("Syftet är också att")
    assert _goal_of(x, "Läxhjälp").startswith("Syftet är också att")


def test_goal_field_after_a_table_heads_the_next_table():
    cols = ["Åtgärd", "Ansvarig", "Samarbetspartner", "Tidtabell"]
    x = _classify([
        _h("3 Välkomnande kommun", 1),
        _p("Målsättning: Alla nya invånare får information om kommunens tjänster på ett språk de förstår."),
        _t(cols, [["Välkomstpaket till nya invånare på fem språk", "Kommunikationsenheten", "Biblioteket", "2025"],
                  ["Rådgivning en dag i veckan på biblioteket", "Välfärdsenheten", "–", "Fortlöpande"]]),
        _p("Målsättning: Kommunens personal kan betjäna invånare med olika språklig bakgrund."),
        _t(cols, [["Utbildning i klarspråk för kundtjänstpersonal", "Personalenheten", "–", "2026"],
                  ["Anvisningar för användning av tolk", "Välfärdsenheten", "–", "2025"]]),
    ])
    assert _goal_of(x, "Välkomstpaket").startswith("Alla nya invånare")
    assert _goal_of(x, "Utbildning i klarspråk").startswith("Kommunens personal")
    assert _goal_of(x, "Anvisningar för").startswith("Kommunens personal")


# ---- lists introduced as the means to a goal -------------------------------------------

def test_intro_ending_genom_att_introduces_actions():
    assert intro_kind("Vi vill att fler unga studerar vidare. Det gör vi genom att:") == "measure"
    assert intro_kind("Målet nås genom att:") == "measure"
    x = _classify([
        _h("5 Fritid", 1),
        _p("Vi vill att föreningarna blir en naturlig del av integrationsarbetet. Det gör vi genom att:"),
        _b("ge föreningar ett särskilt integrationsbidrag", "ordna en träff för föreningarna varje höst"),
        _p("Ansvar: fritidssektorn. Tid: årligen"),
    ])
    assert [m.text for m in x.measures] == ["ge föreningar ett särskilt integrationsbidrag",
                                            "ordna en träff för föreningarna varje höst"]
    assert all(m.goal == x.goals[0].id and m.responsible == ["fritidssektorn"] for m in x.measures)


# ---- a goal field under a ranked label ---------------------------------------------------

def test_goal_field_with_a_ranking_adjective():
    assert goal_field("Övergripande mål: Alla invånare känner sig hemma i kommunen.") == (
        "Alla invånare känner sig hemma i kommunen", None)
    assert goal_field("Långsiktigt mål: Fler invandrare har arbete.") == ("Fler invandrare har arbete", None)
    assert goal_field("Modersmål: arabiska") is None
    x = _classify([
        _h("Insatsområde 1: Arbete", 1),
        _p("Övergripande mål: Alla invånare i arbetsför ålder kan försörja sig genom arbete."),
        _h("Delmål 1.1: Nyanlända får snabbt en bild av arbetsmarknaden", 2),
        _t(["Åtgärd", "Ansvar", "Tidtabell"],
           [["Studiebesök på lokala företag", "Integrationskoordinatorn", "2025"],
            ["Kartläggning av utländska examina", "Sysselsättningsområdet", "Fortlöpande"]]),
    ])
    assert len(x.goals) == 2
    assert x.goals[0].text == "Alla invånare i arbetsför ålder kan försörja sig genom arbete"
    assert x.goals[1].text.endswith("Nyanlända får snabbt en bild av arbetsmarknaden")  # the heading
    assert all(_goal_of(x, m) == x.goals[1].text for m in ("Studiebesök", "Kartläggning"))


# ---- another body's goals quoted --------------------------------------------------------

def test_goal_reported_from_another_body_is_no_goal_sentence():
    assert not is_goal_sentence("Regeringens proposition slår fast att målet för integrationen är att "
                                "invandrare snabbt får arbete.")
    assert not is_goal_sentence("Enligt lagen är syftet att främja jämlikhet och delaktighet.")
    # the programme's own goal, also after a clause of purpose ('för att')
    assert is_goal_sentence("Målet är att fler invandrare får arbete i kommunen.")
    assert is_goal_sentence("För att lyckas med detta är målet att alla nyanlända får vägledning.")


def test_list_of_quoted_national_goals_is_background():
    intro = "Den nationella integrationsredogörelsen betonar att målen för politiken är att:"
    assert intro_kind(intro) == "background"
    assert intro_kind("Programmet har tre mål för perioden:") == "goal"
    x = _classify([
        _h("1 Inledning", 1),
        _p(intro),
        _b("invandrare ska snabbare komma i arbete", "relationerna mellan befolkningsgrupperna ska stärkas"),
        _h("2 Mål och åtgärder", 1),
        _h("Mål 1: Alla nya invånare hittar kommunens service", 2),
        _b("1.1 Webbsidorna översätts till engelska. Ansvar: kansliet. Tidtabell: 2026.",
           "1.2 En välkomstmapp delas ut. Ansvar: kansliet. Tidtabell: 2025."),
    ])
    assert len(x.goals) == 1 and x.goals[0].text.endswith("Alla nya invånare hittar kommunens service")
    assert len(x.measures) == 2



def test_goals_owned_by_another_document_are_quoted():
    # a genitive of a document another body adopts owns the goals: the city strategy's, the
    # law's, a policy's; the programme's and the municipality's own goals stay goals
    assert intro_kind("Kommunstrategins mål som gäller integrationen är:") == "background"
    assert intro_kind("Policyns målsättningar:") == "background"
    assert not is_goal_sentence("Lagens syfte är att främja integrationen i hela landet.")
    assert intro_kind("Programmets mål för perioden är:") == "goal"
    assert intro_kind("Kommunens mål är:") == "goal"
    x = _classify([
        _h("2 Strategisk grund", 1),
        _p("Programmet genomför också kommunstrategin 2030. Kommunstrategins mål som berör integrationen är:"),
        _b("Kommunen är en plats där alla känner sig hemma", "Företagen hittar kunnig arbetskraft"),
        _h("3 Mål och åtgärder", 1),
        _h("Mål 1: Alla nya invånare hittar kommunens service", 2),
        _b("1.1 Webbsidorna översätts till engelska. Ansvar: kansliet. Tidtabell: 2026.",
           "1.2 En välkomstmapp delas ut. Ansvar: kansliet. Tidtabell: 2025."),
    ])
    assert len(x.goals) == 1 and x.goals[0].text.endswith("Alla nya invånare hittar kommunens service")

# ---- the past reported ------------------------------------------------------------------

def test_intro_reporting_what_was_not_carried_out_introduces_background():
    assert reports_past("Följande åtgärder genomfördes inte och har delvis tagits med i detta program:")
    assert reports_past("Under den förra programperioden ordnade vi bland annat:")
    assert reports_past("Dessa mål uppnåddes:")
    # a plan telling how it was prepared, a past tense without outcome or earlier period
    assert not reports_past("Vid mötena diskuterades utmaningar, där följande utvecklingsområden identifierades:")
    # the present: the measures carried out in this programme
    assert not reports_past("Följande åtgärder genomförs under perioden:")
    assert not reports_past("Följande åtgärder från det förra programmet fortsätter:")
    x = _classify([
        _h("1.3 Vad har vi gjort?", 2),
        _p("Under den förra perioden startade kommunen en flyktingbyrå. Följande åtgärder genomfördes inte:"),
        _b("kvällskurs i svenska för arbetstagare", "översättning av webbsidorna till engelska"),
        _h("2 Åtgärder", 1),
        _p("Målet är att alla nya invånare hittar kommunens service."),
        _b("Webbsidorna översätts till engelska (kansliet)", "Kvällskurs i svenska ordnas (medborgarinstitutet)"),
    ])
    assert [m.text for m in x.measures] == ["Webbsidorna översätts till engelska",
                                            "Kvällskurs i svenska ordnas"]


def test_list_under_a_heading_about_the_previous_programme_is_its_results():
    assert about_earlier_period("Resultat av det förra programmet 2019–2023")
    assert about_earlier_period("Vad vi åstadkom under förra planperioden")
    assert not about_earlier_period("Åtgärder 2025–2028")
    x = _classify([
        _h("4 Åtgärder", 1),
        _p("Målet är att alla nya invånare hittar kommunens service."),
        _b("Webbsidorna översätts till engelska (kansliet)", "Kvällskurs i svenska ordnas (medborgarinstitutet)"),
        _h("4.3 Uppföljning av föregående program", 2),
        _b("En flyktingbyrå inrättades tillsammans med grannkommunen",
           "Sommarsimskola ordnades för nyanlända barn"),
    ])
    assert [m.text for m in x.measures] == ["Webbsidorna översätts till engelska",
                                            "Kvällskurs i svenska ordnas"]
    assert x.indicators == []
