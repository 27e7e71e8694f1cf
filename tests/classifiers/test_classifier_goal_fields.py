"""Goals given as labelled fields beyond 'Mål:' ('Önskat läge 2028:', 'Effektmål E1:'), coded
sub-goals and the activities that refer to them ('(R3)'), indicator tables of baselines and
targets, a theme column tying follow-up rows to their theme's goal, actions as lead-phrase
paragraphs ('Genomförs av X ...'), success-criterion goal sentences, and the unlabelled actor
parenthesis at the end of a list item (metadata, cut from the action's text). Made-up text in
the conventions of the fourth blind set (tests/data/blind_programs, blind20/21/23)."""

from blocks_doc import classify_blocks as _classify, heading as _h, paragraph as _p, bullets as _b

from classifiers.actors import actors_parenthesis_start, trailing_actors
from classifiers.reader_shared import coded_item, goal_field
from classifiers.cells import split_marked_items
from classifiers.elements import _continues_row
from classifiers.headers import is_structure_header, theme_column
from classifiers.lead_phrase import carried_out, split_time
from classifiers.prose import is_goal_sentence


def _t(columns, rows, caption=None):
    return {"type": "table", "caption": caption, "columns": columns, "rows": rows}


# ---- goal fields -----------------------------------------------------------------------

def test_goal_field_labels_beyond_mal_with_a_year_or_a_code():
    assert goal_field("Önskat läge 2030: Alla elever klarar grundskolan.") == ("Alla elever klarar grundskolan", None)
    assert goal_field("Målbild: Ingen står utan bostad.") == ("Ingen står utan bostad", None)
    assert goal_field("Resultatmål B2: Fler kvinnor deltar i kurser") == ("Fler kvinnor deltar i kurser", "B2")
    assert goal_field("Eftersträvat läge: Tjänsterna når alla.") == ("Tjänsterna når alla", None)
    # a mother tongue, a record of several fields, a goal sentence: no goal field
    assert goal_field("Modersmål: somaliska") is None
    assert goal_field("Mål: Fler i arbete. Ansvar: näringslivsenheten") is None
    assert goal_field("Målet är att fler ska flytta hit.") is None


def test_desired_state_field_is_the_goal_of_its_area_and_its_indicator_table():
    x = _classify([
        _h("B Boende och närmiljö", 1),
        _p("Bostadsbristen drabbar nya familjer. Målet är att fler ska hitta en hyresbostad."),
        _p("Önskat läge 2030: Nya familjer bor i trygga bostäder nära service."),
        _t(["Indikator", "Utgångsläge 2025", "Målvärde 2030", "Källa"], [
            ["Andel nya familjer i egen hyresbostad", "61 %", "80 %", "Bostadsbolaget"],
            ["Antal vräkningar per år", "–", "minskar", "Tingsrätten"],
        ], caption="Indikatorer, område B"),
        _p("Det här gör vi redan:"),
        _b("bostadsrådgivning på servicekontoret", "hyresgaranti via socialarbetet"),
        _p("Nya åtgärder 2025–2028:"),
        _b("Boendeskola för nyanlända hushåll (tekniska nämnden i samarbete med bostadsbolaget; hösten 2026)",
           "Tolkade visningar av lediga lägenheter (bostadsbolaget; 2025–2028)"),
    ])
    # the prose's 'Målet är att ...' is background to the section's goal field
    assert [g.text for g in x.goals] == ["Nya familjer bor i trygga bostäder nära service"]
    gid = x.goals[0].id
    assert [" ".join(i.text.split()) for i in x.indicators] == ["Andel nya familjer i egen hyresbostad",
                                                               "Antal vräkningar per år"]
    assert all(i.goal == gid and i.measure is None for i in x.indicators)
    # the existing services are no measures; the new ones lose their actor parenthesis
    assert [m.text for m in x.measures] == ["Boendeskola för nyanlända hushåll",
                                            "Tolkade visningar av lediga lägenheter"]
    first, second = x.measures
    assert first.responsible == ["tekniska nämnden"] and first.partners == ["bostadsbolaget"]
    assert first.schedule == "hösten 2026" and second.schedule == "2025–2028"
    assert all(m.goal == gid for m in x.measures)


def test_effect_goal_with_coded_result_goals_and_activities_that_refer_to_them():
    x = _classify([
        _h("2 Indelning", 1),
        _p("Begrepp:"),
        _b("Effektmål (E) är den förändring som eftersträvas på lång sikt.",
           "Resultatmål (R) anger vad som ska ha uppnåtts."),
        _h("3.1 Hälsa", 2),
        _p("Effektmål E1: Nya invånare mår lika bra som andra invånare"),
        _b("R1: Alla nyanlända får en hälsogranskning", "R2: Tolk finns vid varje besök"),
        _t(["Aktivitet", "Ansvarig", "I samverkan med", "Tidpunkt", "Uppföljning"], [
            ["A1. Hälsogranskning inom tre månader (R1)", "Välfärdsområdet", "–", "2025", "Andel granskade"],
            ["A2. Tolkbeställning via en gemensam tjänst (R2)", "Kommunkansliet\nVälfärdsområdet", "–",
             "2026", "–"],
        ]),
    ])
    goals = {g.text: g for g in x.goals}
    assert set(goals) == {"Nya invånare mår lika bra som andra invånare", "Alla nyanlända får en hälsogranskning",
                          "Tolk finns vid varje besök"}  # not the glossary's definitions
    e1 = goals["Nya invånare mår lika bra som andra invånare"]
    r1, r2 = goals["Alla nyanlända får en hälsogranskning"], goals["Tolk finns vid varje besök"]
    assert e1.parent is None and r1.parent == e1.id and r2.parent == e1.id
    ms = {m.text: m for m in x.measures}
    assert set(ms) == {"Hälsogranskning inom tre månader", "Tolkbeställning via en gemensam tjänst"}
    assert ms["Hälsogranskning inom tre månader"].goal == r1.id
    assert ms["Tolkbeställning via en gemensam tjänst"].goal == r2.id
    # the second row is a row of its own ('–' continues nothing), and '–' is no indicator
    assert ms["Tolkbeställning via en gemensam tjänst"].responsible == ["Kommunkansliet", "Välfärdsområdet"]
    assert [i.text for i in x.indicators] == ["Andel granskade"]


def test_coded_items_outside_a_goal_field_are_no_goals():
    x = _classify([
        _h("Förkortningar", 2),
        _p("Programmet använder följande koder."),
        _b("R1: resultatmål", "A1: aktivitet"),
    ])
    assert x.goals == []
    assert coded_item("R1: Fler nyanlända") == ("R1", "Fler nyanlända")
    assert coded_item("B1 nivå i svenska") is None


def test_cell_of_two_coded_activities_is_two_items():
    _, items = split_marked_items("K3. Kurs i svenska för vuxna (M2)\nK4. Distanskurs för skiftarbetare (M2)")
    assert [t for t, _ in items] == ["K3. Kurs i svenska för vuxna (M2)", "K4. Distanskurs för skiftarbetare (M2)"]
    # a wrapped line starting with another code's letters is no new item
    _, items = split_marked_items("K3. Kurs i svenska på nivå\nB1. Kursen ordnas varje vår")
    assert len(items) == 1


# ---- tables ----------------------------------------------------------------------------

def test_indicator_table_of_baselines_targets_and_sources_is_a_structure_table():
    assert is_structure_header(["Mätare", "Nuläge", "Målnivå 2029", "Datakälla"])
    assert is_structure_header(["Indikator", "Utgångsläge 2024", "Källa"])
    # a population table, an indicator column alone
    assert not is_structure_header(["", "2015", "2020", "2024"])
    assert not is_structure_header(["Indikator", "Kommentar"])
    assert theme_column(["Tema", "Mätare", "Källa"]) == 0
    assert theme_column(["Temats mätare", "Källa"]) is None


def test_theme_column_ties_follow_up_rows_to_the_goal_of_their_theme():
    x = _classify([
        _h("3.1 Boende", 2),
        _p("Staden växer. Integrationen lyckas när alla nya invånare har ett tryggt hem."),
        _h("3.2 Fritid", 2),
        _p("Föreningarna är många. Integrationen lyckas när barn i alla familjer har en hobby."),
        _h("4 Uppföljning", 1),
        _p("Följande mätare används:"),
        _t(["Tema", "Mätare", "Källa"], [
            ["Boende", "Antal vräkningar", "Tingsrätten"],
            ["", "Andel i egen bostad", "Bostadsbolaget"],
            ["Fritid", "Andel barn med en hobby", "Enkät"],
        ]),
    ])
    goal_of = {g.theme: g.id for g in x.goals}
    assert set(goal_of) == {"Boende", "Fritid"}
    ind = {i.text: i.goal for i in x.indicators}
    assert ind == {"Antal vräkningar": goal_of["Boende"], "Andel i egen bostad": goal_of["Boende"],
                   "Andel barn med en hobby": goal_of["Fritid"]}


def test_dash_and_figures_vote_for_a_new_row():
    above = ["Andel sysselsatta, 20–64 år", "64 %", "75 %", "Statistikcentralen"]
    assert not _continues_row(["Antal anmälningar", "–", "ökar", "Arbetarskyddet"], above)
    # a lower-case cell under a line of text still continues it
    assert _continues_row(["fortsättning av texten", "", "", ""], ["Andel elever som", "", "", ""])


# ---- prose -----------------------------------------------------------------------------

def test_success_criterion_is_a_goal_sentence():
    assert is_goal_sentence("Integrationen lyckas när alla nya invånare hittar arbete.")
    assert is_goal_sentence("Vi har lyckats när ingen behöver vänta på en språkkurs.")
    assert not is_goal_sentence("Projektet lyckas inte alltid.")
    assert not is_goal_sentence("Det lyckas.")


def test_lead_phrase_paragraph_with_who_carries_it_out_is_an_action():
    got = carried_out("Cykelskola för vuxna. Deltagarna lär sig cykla på skolgården. Genomförs av "
                      "idrottsservicen i samarbete med Cykelklubben rf under somrarna 2026–2027.")
    assert got == ("Cykelskola för vuxna", ["idrottsservicen"], ["Cykelklubben rf"], "somrarna 2026–2027")
    assert split_time("kulturservicen årligen i maj") == ("kulturservicen", "årligen i maj")
    # a glossary entry in the same form names nobody carrying anything out
    assert carried_out("Tvåvägsintegration. Integrationen berör hela samhället.") is None
    # a long first sentence is no lead phrase
    assert carried_out("Kommunen ordnar under hela programperioden kurser för alla som flyttat hit från "
                       "andra länder. Genomförs av medborgarinstitutet.") is None


def test_lead_phrase_actions_under_target_group_headings_belong_to_the_theme_goal():
    x = _classify([
        _h("3.1 Arbete", 2),
        _p("Industrin söker arbetskraft. Integrationen lyckas när nya invånare får arbete som motsvarar "
           "deras utbildning."),
        _h("Vuxna", 3),
        _p("Arbetsplatssvenska. Kurser i svenska ordnas på arbetsplatserna. Genomförs av medborgarinstitutet "
           "tillsammans med företagen 2026–2028."),
        _h("Unga vuxna", 3),
        _p("Sommarjobb i staden. Unga får ett första jobb. Genomförs av personalenheten från 2025."),
        _h("Ordlista", 2),
        _p("Arbetskraftsinvandrare. En person som flyttat hit för att arbeta."),
    ])
    assert [g.text.rstrip(".") for g in x.goals] == [
        "Integrationen lyckas när nya invånare får arbete som motsvarar deras utbildning"]
    gid = x.goals[0].id
    assert [m.text for m in x.measures] == ["Arbetsplatssvenska", "Sommarjobb i staden"]
    a, b = x.measures
    assert a.responsible == ["medborgarinstitutet"] and a.partners == ["företagen"] and a.schedule == "2026–2028"
    assert b.responsible == ["personalenheten"] and b.schedule == "från 2025"
    assert all(m.goal == gid for m in x.measures)


# ---- the actor parenthesis -------------------------------------------------------------

def test_unlabelled_actor_parenthesis_with_a_schedule_after_a_semicolon():
    assert trailing_actors("Läxhjälp i biblioteket (biblioteket i samarbete med Röda Korset; två gånger per vecka)") \
        == (["biblioteket"], ["Röda Korset"], "två gånger per vecka")
    assert trailing_actors("Simskola (familjecentret och idrottsförbundet; 2026)") \
        == (["familjecentret", "idrottsförbundet"], [], "2026")


def test_actor_parenthesis_is_cut_labelled_or_not_an_explanation_stays():
    t = "Läxhjälp i biblioteket (biblioteket i samarbete med Röda Korset; 2026)"
    assert t[:actors_parenthesis_start(t)].rstrip() == "Läxhjälp i biblioteket"
    # a labelled parenthesis is no unlabelled one (`actors.tail_start` cuts it, below)
    assert actors_parenthesis_start("Läxhjälp i biblioteket (ansvar: biblioteket)") is None
    assert actors_parenthesis_start("Läxhjälp (två gånger per vecka)") is None
    # closed by the sentence's full stop: it names what the sentence speaks of
    assert actors_parenthesis_start("Man samarbetar med andra sektorer (kultursektorn, socialsektorn).") is None
    x = _classify([
        _h("Åtgärder", 2),
        _b("Läxhjälp i biblioteket (biblioteket i samarbete med Röda Korset; 2026)",
           "Kvällskurs i svenska (ansvar: medborgarinstitutet)"),
    ])
    assert [m.text for m in x.measures] == ["Läxhjälp i biblioteket", "Kvällskurs i svenska"]
    assert x.measures[1].responsible == ["medborgarinstitutet"]
    assert x.measures[0].responsible == ["biblioteket"] and x.measures[0].schedule == "2026"
