"""Fifteenth blind set (helper f15b): abbreviations a legend spells out, actions numbered by
their goal, a follow-up sorted by 'Mål N:' labels, partners named in a who/when tail, a time
before an event of a year, and a lower-case doer under a finished actor cell. Made-up text."""

from blocks_doc import classify_blocks as _classify, heading as _h, paragraph as _p, bullets as _b


def _squash(s):
    return " ".join(s.split())


def _table(caption, columns, rows):
    return {"type": "table", "caption": caption, "columns": columns, "rows": rows}


def test_abbreviated_actor_cells_are_named_as_the_legend_under_the_table_spells_them_out():
    plan = _table("Åtgärdsplan", ["Åtgärd", "Ansvar", "Tidtabell"],
                  [["Hyresbostäder förmedlas med information på engelska", "NB", "2026"],
                   ["Rådgivning om sopsortering i nya hem", "NB, KOO", "fortlöpande"]])
    x = _classify([_h("3 Boende", 1),
                   _p("Målet är att nyinflyttade snabbt hittar en bostad."),
                   plan,
                   _p("Förkortningar: NB = Norrvik Bostäder Ab, KOO = integrationskoordinatorn.")])
    assert [m.responsible for m in x.measures] == [["Norrvik Bostäder Ab"],
                                                    ["Norrvik Bostäder Ab", "integrationskoordinatorn"]]
    # the short forms printed stay beside the names (writers record either, Measure.printed_actors)
    assert [m.printed_actors for m in x.measures] == [
        {"Norrvik Bostäder Ab": "NB"}, {"Norrvik Bostäder Ab": "NB", "integrationskoordinatorn": "KOO"}]


def test_actors_printed_in_full_beside_a_legend_have_no_short_form():
    plan = _table("Åtgärdsplan", ["Åtgärd", "Ansvar", "Samarbete", "Tidtabell"],
                  [["Hyresbostäder förmedlas med information på engelska", "Tekniska byrån", "NB", "2026"]])
    x = _classify([_h("3 Boende", 1),
                   _p("Målet är att nyinflyttade snabbt hittar en bostad."),
                   plan,
                   _p("Förkortningar: NB = Norrvik Bostäder Ab, KOO = integrationskoordinatorn.")])
    assert [(m.responsible, m.partners, m.printed_actors) for m in x.measures] == [
        (["Tekniska byrån"], ["Norrvik Bostäder Ab"], {"Norrvik Bostäder Ab": "NB"})]


def test_a_short_form_spelled_out_in_running_text_is_no_legend():
    from classifiers.actors import legend_abbreviations
    assert legend_abbreviations("Socialtjänsten sköts av Kommunernas socialtjänst (KST).") == {}
    # one pair alone may be anything ('x = 2'); a legend explains two short forms or more
    assert legend_abbreviations("Förkortning: NB = Norrvik Bostäder Ab.") == {}
    assert legend_abbreviations("NB = Norrvik Bostäder Ab; FRI = fritidsväsendet") == {
        "NB": "Norrvik Bostäder Ab", "FRI": "fritidsväsendet"}
    x = _classify([_h("3 Arbete", 1),
                   _p("Målet är att fler får arbete. Kommunernas socialtjänst (KST) sköter stödet."),
                   _b("Individuella planer för arbetssökande (KST, fortlöpande)")])
    assert [m.responsible for m in x.measures] == [["KST"]]


def test_actions_numbered_by_their_goal_in_a_number_column_belong_to_that_goal():
    plan = _table("Åtgärdsplan för målen 1–3", ["Nr", "Åtgärd", "Ansvar", "Tidtabell"],
                  [["1.1", "Bostadsguide på engelska och ryska", "Tekniska byrån", "2026"],
                   ["2.1", "Läkarbesök med tolk vid behov", "Välfärdsområdet", "fortlöpande"],
                   ["2.2", "Hälsokvällar för nyinflyttade familjer", "Välfärdsområdet", "2027"],
                   ["3.1", "Simskola för vuxna nybörjare", "Idrottsbyrån", "somrarna 2026–2028"]])
    x = _classify([_h("2 Mål och åtgärder", 1),
                   _h("Boende", 2), _p("Mål 1. Vi vill att nyinflyttade hittar en bostad."),
                   _h("Hälsa", 2), _p("Mål 2. Vi vill att alla får vård på ett språk de förstår."),
                   _h("Fritid", 2), _p("Mål 3. Vi vill att alla vuxna kan simma."),
                   plan])
    g1, g2, g3 = x.goals
    assert [m.goal for m in x.measures] == [g1.id, g2.id, g2.id, g3.id]


def test_actions_numbered_by_their_chapter_say_nothing_about_goals():
    # every number opens with the chapter's '4': no goal is named, the stated goal stays theirs
    plan = _table("Åtgärder", ["Nr", "Åtgärd", "Ansvar", "Tidtabell"],
                  [["4.1", "Bostadsguide på engelska och ryska", "Tekniska byrån", "2026"],
                   ["4.2", "Simskola för vuxna nybörjare", "Idrottsbyrån", "2027"]])
    x = _classify([_h("2 Mål", 1),
                   _p("Mål 1. Vi vill att nyinflyttade hittar en bostad."),
                   _p("Mål 4. Vi vill att alla vuxna kan simma."),
                   _h("4 Fritid och boende", 1),
                   _p("Målet är att kommunens service når alla nya invånare."),
                   plan])
    stated = next(g for g in x.goals if g.text.startswith("Målet är att"))
    assert [m.goal for m in x.measures] == [stated.id, stated.id]


def test_goal_labels_in_a_follow_up_chapter_sort_its_indicators_by_goal():
    x = _classify([_h("2 Mål och åtgärder", 1),
                   _h("Språk", 2), _p("Mål 1. Vi vill att alla vuxna kan sköta ärenden på svenska."),
                   _b("Kvällskurser: svenska för nybörjare (medborgarinstitutet, fortlöpande)"),
                   _h("Arbete", 2), _p("Mål 2. Vi vill att fler nyinflyttade får arbete."),
                   _b("Jobbcafé: arbetsgivare träffar arbetssökande (näringslivsbyrån, 2027)"),
                   _h("3 Uppföljning", 1),
                   _p("Målen följs upp med följande mätare."),
                   _p("Mål 1:"),
                   _b("Antal deltagare i kvällskurserna", "Andel som klarar nivå A2"),
                   _p("Mål 2:"),
                   _b("Antal nyinflyttade i arbete efter ett år")])
    g1, g2 = x.goals
    assert len(x.goals) == 2
    assert [(_squash(i.text), i.goal, i.measure) for i in x.indicators] == [
        ("Antal deltagare i kvällskurserna", g1.id, None), ("Andel som klarar nivå A2", g1.id, None),
        ("Antal nyinflyttade i arbete efter ett år", g2.id, None)]


def test_partners_in_a_who_and_when_tail_need_no_actor_head_word():
    from classifiers.actors import trailing_actors
    assert trailing_actors("Sommarfest för nya familjer i byn (fritidsnämnden tillsammans med Norrby "
                           "frivilliga idrottslag, årligen)") == (
        ["fritidsnämnden"], ["Norrby frivilliga idrottslag"], "årligen")
    # without a time the parenthesis may be an apposition: each name must read as an actor
    assert trailing_actors("Sommarfest för nya familjer i byn (fritidsnämnden tillsammans med Norrby "
                           "frivilliga idrottslag)") is None


def test_a_time_before_an_event_of_a_year():
    from classifiers.actors import trailing_actors
    from classifiers.schedule import opens_with_time, parse_schedule
    assert opens_with_time("inför riksdagsvalet 2027").group(0) == "inför riksdagsvalet 2027"
    assert parse_schedule("inför riksdagsvalet 2027") == ("inför riksdagsvalet 2027", None, 2027)
    assert trailing_actors("Informationsmöte om valet på lätt svenska (kansliet, inför riksdagsvalet 2027)") == (
        ["kansliet"], [], "inför riksdagsvalet 2027")
    # the verb 'inför' (introduces) before a year is no time phrase of its own
    assert opens_with_time("inför 2027 en ny modell") is None


def test_a_lower_case_doer_under_a_finished_actor_cell_starts_its_own_row():
    from classifiers.elements import _continues_row
    above = ["Individuella planer för arbetssökande", "Socialtjänsten tillsammans med Norrviks arbetsmarknadsbyrå",
             "fortlöpande"]
    row = ["Informationsmöte om att starta eget företag", "näringslivsombudet", "våren 2026"]
    assert not _continues_row(row, above)
    # under a cell that stopped on a function word the name goes on, and so does a bracket
    # left open above ('(X i samarbete med Norrvik' / 'stad)')
    assert _continues_row(row, [above[0], "Socialtjänsten tillsammans med", above[2]])
    assert _continues_row(["", "", "stad)"], ["Rådgivning", "", "Rådgivningspunkt (välfärdsområdet\ni samarbete med Norrvik"])
    # a lower-case cell alone in its row is the wrapped last line of the cell above, whatever
    # its word ('bostäder i nya' / 'bostadsområden': 'område' is also an actor's head word)
    assert _continues_row(["", "bostadsområden", ""], ["Boende", "Fler bostäder i nya", "2026"])
    plan = _table("Åtgärder inom arbete", ["Åtgärd", "Ansvar", "Tidtabell"],
                  [["Kontaktlista över arbetsgivare som tar emot praktikanter", "kommunkansliet", "2026"],
                   above, row])
    x = _classify([_h("3 Arbete", 1), _p("Målet är att fler får arbete."), plan])
    assert [_squash(m.text) for m in x.measures] == [
        "Kontaktlista över arbetsgivare som tar emot praktikanter", "Individuella planer för arbetssökande",
        "Informationsmöte om att starta eget företag"]
    assert x.measures[2].responsible == ["näringslivsombudet"]


def test_an_action_restated_in_a_table_keeps_the_short_forms_of_the_table_actors_it_takes():
    # the same action numbered in the text and in a table that names its actors by short
    # forms: the merged measure takes the table's actors and the forms printed for them
    from classifiers.builder import Built
    from classifiers.merge import merge
    from classifiers.model import Measure

    item = Measure(id="m1", text="Kartläggning av kompetens för alla arbetssökande", partners=["föreningar"])
    table = Measure(id="m2", text="Kartläggning av kompetens", responsible=["arbetskraftsservicen"],
                    printed_actors={"arbetskraftsservicen": "AKS"})
    b = Built(measures=[item, table], measure_number={"m1": "1.1", "m2": "1.1"}, measure_from_table={"m2"},
              measure_table={"m2": 0})
    (m,) = merge(b).measures
    assert (m.responsible, m.partners, m.printed_actors) == (
        ["arbetskraftsservicen"], ["föreningar"], {"arbetskraftsservicen": "AKS"})
