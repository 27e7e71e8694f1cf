"""Sixty-first blind set, reader c (blind365, blind366) conventions, on made-up text:

- a town programme written as a checklist: a theme heading 'N. <theme>', the goal labelled
  by a clause in the writer's voice ('Det här vill vi uppnå: <goal>.') and one-line items
  '☐ Vi <action>[ i samarbete med <partner> och <partner>] (<doer>, <time>)';
- one action table for the whole programme, each area opening with a group row
  '<THEME IN CAPITALS>: <goal>' in the action column (other cells empty), and a follow-up
  table naming the area in capitals."""

from blocks_doc import bullets as _b, classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers.checklist_items import checklist_item
from classifiers.partners_in_text import partners_before_tail
from classifiers.reader_shared import goal_field
from classifiers.text import NUMBERED_RE, squash as _sq


# ---- the goal labelled by a clause: 'Det här vill vi uppnå: …' ----

def test_goal_labelled_by_what_we_want_to_reach():
    assert goal_field("Det här vill vi uppnå: Alla barn deltar i en hobby.") == ("Alla barn deltar i en hobby", None)
    assert goal_field("Detta vill kommunen nå: Färre unga står utanför skola och arbete.") == (
        "Färre unga står utanför skola och arbete", None)
    assert goal_field("Det vi vill åstadkomma: Varje nyinflyttad får en kontaktperson.") == (
        "Varje nyinflyttad får en kontaktperson", None)
    assert goal_field("Det här vill vi: Fler seniorer deltar i kursutbudet.") == (
        "Fler seniorer deltar i kursutbudet", None)
    # a sentence that only opens with such words is no label
    assert goal_field("Det här vill vi ändra på i samarbete med föreningarna.") is None


def _checklist(label: str = "Det här vill vi uppnå") -> list[dict]:
    return [
        _h("Inledning", 2),
        _p("Programmet är en lista över vad kommunen lovar att göra."),
        _h("Våra teman", 2),
        _h("1. Boende", 3),
        _p(f"{label}: Nyinflyttade familjer hittar en bostad inom tre månader."),
        _b("☐ Vi för en lista över lediga hyresbostäder (bostadsbolaget, 2026)",
           "☐ Vi ordnar bostadsrådgivning i samarbete med hyresgästföreningen och Exby bank (tekniska sektorn, "
           "våren 2026)"),
        _h("2. Hälsa", 3),
        _p(f"{label}: Alla nya invånare känner till var de får vård."),
        _b("☐ Vi delar ut en vårdguide på tio språk (kommunkansliet, hösten 2025)",
           "☐ Vi ordnar hälsokvällar i samarbete med Folkhälsan (fritidsenheten, vid behov)"),
        _h("Uppföljning", 2),
        {"type": "table", "caption": "Mätare", "columns": ["Tema", "Mätare", "Källa"],
         "rows": [["Boende", "Antal hushåll som fått bostad", "bostadsbolaget"],
                  ["Hälsa", "Antal utdelade vårdguider", "kommunkansliet"]]},
    ]


def test_checklist_programme_goals_under_theme_headings():
    for label in ("Det här vill vi uppnå", "Detta vill vi nå", "Det vi vill uppnå"):
        ex = _classify(_checklist(label))
        assert [(g.text, g.theme) for g in ex.goals] == [
            ("Nyinflyttade familjer hittar en bostad inom tre månader", "Boende"),
            ("Alla nya invånare känner till var de får vård", "Hälsa"),
        ], label
        goals = {g.id: g.theme for g in ex.goals}
        assert all(goals.get(m.goal) for m in ex.measures)
        # the meters keyed by theme in the follow-up table: the theme's goal, no action
        assert {_sq(i.text): (goals.get(i.goal), i.measure) for i in ex.indicators} == {
            "Antal hushåll som fått bostad": ("Boende", None),
            "Antal utdelade vårdguider": ("Hälsa", None),
        }


# ---- checklist items: the partner phrase before '(doer, time)' ----

def test_partner_phrase_before_a_checklist_items_doer_and_time():
    assert checklist_item("☐ Vi ordnar kurser (biblioteket, 2026)")
    assert checklist_item("• ☐ Vi ordnar kurser (biblioteket, 2026)")
    assert not checklist_item("• Vi ordnar kurser (biblioteket, 2026)")
    assert partners_before_tail("Vi ordnar läxhjälp i samarbete med Exby bibliotek och Röda Korset "
                                "(fritidsenheten, hösten 2026)") == (
        "Vi ordnar läxhjälp (fritidsenheten, hösten 2026)", ["Exby bibliotek", "Röda Korset"])
    assert partners_before_tail("Vi ordnar läxhjälp tillsammans med församlingen (fritidsenheten, vid behov)") == (
        "Vi ordnar läxhjälp (fritidsenheten, vid behov)", ["församlingen"])
    # a doer without a time, a group described in general: none
    assert partners_before_tail("Vi ordnar läxhjälp i samarbete med församlingen (fritidsenheten)") is None
    assert partners_before_tail("Vi ordnar läxhjälp i samarbete med olika aktörer (fritidsenheten, 2026)") is None

    ex = _classify(_checklist())
    got = {_sq(m.text): (m.responsible, m.partners, m.schedule) for m in ex.measures}
    assert got == {
        "Vi för en lista över lediga hyresbostäder": (["bostadsbolaget"], [], "2026"),
        "Vi ordnar bostadsrådgivning": (["tekniska sektorn"], ["hyresgästföreningen", "Exby bank"], "våren 2026"),
        "Vi delar ut en vårdguide på tio språk": (["kommunkansliet"], [], "hösten 2025"),
        "Vi ordnar hälsokvällar": (["fritidsenheten"], ["Folkhälsan"], "vid behov"),
    }


def test_partner_phrase_in_a_plain_list_item_stays_in_the_action():
    # without the box writers split on it (most keep the phrase): it stays, as before
    blocks = [b if b["type"] != "bullets" else _b(*[i.replace("☐ ", "") for i in b["items"]])
              for b in _checklist("Vårt mål")]
    ex = _classify(blocks)
    assert "Vi ordnar hälsokvällar i samarbete med Folkhälsan" in {_sq(m.text) for m in ex.measures}


# ---- one action table grouped by rows '<THEME>: <goal>' ----

def _grouped_table(style=str.upper) -> list[dict]:
    return [
        _h("1 Inledning", 2),
        _p("Programmet gäller hela kommunen."),
        _h("2 Mål och åtgärder", 2),
        _p("Varje insatsområde inleds med en rubrikrad med områdets mål."),
        {"type": "table", "caption": "Tabell 1. Åtgärder",
         "columns": ["Åtgärd", "Ansvarig", "Samarbetspartner", "Tidpunkt"],
         "rows": [[f"{style('Boende')}: Nyinflyttade familjer hittar en bostad inom tre månader", "", "", ""],
                  ["Lista över lediga hyresbostäder på webben", "Tekniska sektorn", "–", "våren 2026"],
                  ["Bostadsrådgivning på lätt svenska", "Kommunkansliet", "Hyresgästföreningen, Exby bank", "vid behov"],
                  [f"{style('Hälsa och välmående')}: Alla nya invånare vet var de får vård", "", "", ""],
                  ["Vårdguide på tio språk", "Kommunkansliet", "–", "hösten 2025"],
                  ["Hälsokvällar i byahuset", "Fritidsenheten", "Folkhälsan", "under hela perioden"]]},
        _h("3 Uppföljning", 2),
        {"type": "table", "caption": "Tabell 2. Indikatorer",
         "columns": ["Indikator", "Insatsområde", "Utgångsläge 2024", "Målnivå 2027"],
         "rows": [["Antal hushåll som fått bostad", style("Boende"), "4", "12"],
                  ["Antal utdelade vårdguider", style("Hälsa och välmående"), "0", "300"]]},
    ]


def test_group_rows_leading_their_goal_in_by_the_theme():
    for style in (str.upper, str):
        ex = _classify(_grouped_table(style))
        assert [(g.text, g.theme) for g in ex.goals] == [
            ("Nyinflyttade familjer hittar en bostad inom tre månader", style("Boende")),
            ("Alla nya invånare vet var de får vård", style("Hälsa och välmående")),
        ]
        goals = {g.id: g.theme for g in ex.goals}
        got = {_sq(m.text): (goals.get(m.goal), m.responsible, m.partners, m.schedule) for m in ex.measures}
        assert got == {
            "Lista över lediga hyresbostäder på webben": (style("Boende"), ["Tekniska sektorn"], [], "våren 2026"),
            "Bostadsrådgivning på lätt svenska": (style("Boende"), ["Kommunkansliet"],
                                                  ["Hyresgästföreningen", "Exby bank"], "vid behov"),
            "Vårdguide på tio språk": (style("Hälsa och välmående"), ["Kommunkansliet"], [], "hösten 2025"),
            "Hälsokvällar i byahuset": (style("Hälsa och välmående"), ["Fritidsenheten"], ["Folkhälsan"],
                                        "under hela perioden"),
        }
        assert {_sq(i.text): (goals.get(i.goal), i.measure) for i in ex.indicators} == {
            "Antal hushåll som fått bostad": (style("Boende"), None),
            "Antal utdelade vårdguider": (style("Hälsa och välmående"), None),
        }


def test_capital_area_goal():
    from classifiers.goal_group_rows import capital_area_goal, repeats_row_above

    assert capital_area_goal("BOENDE: Nyinflyttade familjer hittar en bostad") == (
        "Nyinflyttade familjer hittar en bostad", "BOENDE")
    assert capital_area_goal("HÄLSA OCH VÅRD: Alla nya invånare vet var de får vård") == (
        "Alla nya invånare vet var de får vård", "HÄLSA OCH VÅRD")
    # a name not in capitals, a field label, a title over its description: none
    assert capital_area_goal("Bakgrund: Kommunen har vuxit snabbt de senaste åren") is None
    assert capital_area_goal("Språkcafé: Biblioteket ordnar språkcafé varje vecka") is None
    assert capital_area_goal("MÅL: Alla nya invånare vet var de får vård") is None
    assert repeats_row_above(["HÄLSA: X", "Kansliet", "–", ""], ["Y", "Kansliet", "–", "2026"], 0)
    assert not repeats_row_above(["Z", "Biblioteket", "–", ""], ["Y", "Kansliet", "–", "2026"], 0)


def test_group_rows_printed_between_cards():
    # the same table printed as one card per row: the group row on a line of its own between
    # the cards, or taken for an action card whose empty cells repeat the card above
    def card(action, resp, partner, when):
        out = [_p(f"Åtgärd: {action}"), _p(f"Ansvarig: {resp}"), _p(f"Samarbetspartner: {partner}")]
        return out + ([_p(f"Tidpunkt: {when}")] if when else [])

    ex = _classify([
        _h("2 Mål och åtgärder", 2),
        _p("Varje insatsområde inleds med en rubrikrad med områdets mål."),
        _h("Tabell 1. Åtgärder", 3),
        _p("BOENDE: Nyinflyttade familjer hittar en bostad inom tre månader"),
        *card("Lista över lediga hyresbostäder på webben", "Tekniska sektorn", "–", "våren 2026"),
        *card("Bostadsrådgivning på lätt svenska", "Kommunkansliet", "Exby bank", "vid behov"),
        *card("HÄLSA OCH VÅRD: Alla nya invånare vet var de får vård", "Kommunkansliet", "Exby bank", ""),
        *card("Vårdguide på tio språk", "Kommunkansliet", "–", "hösten 2025"),
        _p("FRITID: Barn med utländsk bakgrund deltar i en hobby"),
        *card("Hobbymässa i idrottshallen", "Fritidsenheten", "Folkhälsan", "hösten 2026"),
        _h("3 Uppföljning", 2),
        _p("Kommunstyrelsen följer upp programmet en gång per år."),
    ])
    assert [(g.text, g.theme) for g in ex.goals] == [
        ("Nyinflyttade familjer hittar en bostad inom tre månader", "BOENDE"),
        ("Alla nya invånare vet var de får vård", "HÄLSA OCH VÅRD"),
        ("Barn med utländsk bakgrund deltar i en hobby", "FRITID"),
    ]
    goals = {g.id: g.theme for g in ex.goals}
    assert {_sq(m.text): goals.get(m.goal) for m in ex.measures} == {
        "Lista över lediga hyresbostäder på webben": "BOENDE",
        "Bostadsrådgivning på lätt svenska": "BOENDE",
        "Vårdguide på tio språk": "HÄLSA OCH VÅRD",
        "Hobbymässa i idrottshallen": "FRITID",
    }


def test_group_row_numbered_among_the_actions_with_the_cells_above_repeated():
    # the table printed as numbered records: the group row taken for an action, numbered
    # among them, with the fields of the record above repeated
    ex = _classify([
        _h("2 Mål och åtgärder", 2),
        _p("Varje insatsområde inleds med en rubrikrad med områdets mål."),
        _h("Tabell 1. Åtgärder", 3),
        _p("BOENDE: Nyinflyttade familjer hittar en bostad inom tre månader"),
        _p("2.1 Lista över lediga hyresbostäder på webben"),
        _p("Ansvarig: Tekniska sektorn. Samarbetspartner: –. Tidpunkt: våren 2026."),
        _p("2.2 HÄLSA OCH VÅRD: Alla nya invånare vet var de får vård"),
        _p("Ansvarig: Tekniska sektorn. Samarbetspartner: –."),
        _p("2.3 Vårdguide på tio språk"),
        _p("Ansvarig: Kommunkansliet. Samarbetspartner: –. Tidpunkt: hösten 2025."),
        _h("3 Uppföljning", 2),
        _p("Kommunstyrelsen följer upp programmet en gång per år."),
    ])
    assert [(g.text, g.theme) for g in ex.goals] == [
        ("Nyinflyttade familjer hittar en bostad inom tre månader", "BOENDE"),
        ("Alla nya invånare vet var de får vård", "HÄLSA OCH VÅRD"),
    ]
    goals = {g.id: g.theme for g in ex.goals}
    # (the print's numbers are no part of the actions' words)
    assert {_sq(NUMBERED_RE.sub("", m.text)): goals.get(m.goal) for m in ex.measures} == {
        "Lista över lediga hyresbostäder på webben": "BOENDE",
        "Vårdguide på tio språk": "HÄLSA OCH VÅRD",
    }


# ---- a quote's byline run together with the contact line after it ----

def test_quote_byline_run_together_with_a_field_line():
    from classifiers.quoted_speech import attributed_quote

    quote = '"Vi vill att alla som flyttar hit ska trivas i Exby." – kommunstyrelsens ordförande'
    assert attributed_quote(quote)
    assert attributed_quote(f"{quote} Kontaktperson: bildningschef Anna Berg, tfn 040 123 4567")
    # a quoted name explained after a dash is no quote, with or without a line after it
    assert not attributed_quote('"Språkcafé" – en mötesplats där alla får öva svenska.')
    ex = _classify(_checklist() + [_p(f"{quote} Kontaktperson: bildningschef Anna Berg, tfn 040 123 4567")])
    assert not any("trivas" in g.text for g in ex.goals)


def test_goal_label_opening_a_later_sentence_of_the_paragraph():
    from classifiers.reader_shared import later_aim_goal

    assert later_aim_goal("Familjerna var nöjda med skolan. Det vi vill nå: Varje barn har en vuxen som "
                          "följer hur det mår. Det kräver tid.") == ("Varje barn har en vuxen som följer hur det mår", None)
    assert later_aim_goal("Familjerna var nöjda med skolan. Vi vill nå fler familjer.") is None
    # one theme's goal after a sentence of background, the others' opening their paragraph
    ex = _classify(_checklist("Det vi vill nå") + [
        _h("3. Skola", 3),
        _p("Lärarna berättade att många föräldrar inte vet vem de ska fråga. Det vi vill nå: Varje elev med "
           "annat modersmål har en kontaktlärare."),
        _b("☐ Vi utser en kontaktlärare för varje ny elev (bildningsväsendet, hösten 2026)"),
    ])
    goals = {g.id: (g.text, g.theme) for g in ex.goals}
    assert ("Varje elev med annat modersmål har en kontaktlärare", "Skola") in goals.values()
    assert {goals.get(m.goal, (None, None))[1] for m in ex.measures if "kontaktlärare" in m.text} == {"Skola"}
