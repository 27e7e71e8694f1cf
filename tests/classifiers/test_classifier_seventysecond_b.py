"""Seventy-second blind set, reader t72b (blind428, blind432, blind427) conventions, on made-up text:

- a goal's record whose follow-up field runs its meters on one line ('Så följer vi upp: antal
  X; andel Y' under the goal's bullets): the goal's meters, none paired with an action by
  count (`read_tables._inline_record_follow_up`);
- a chapter of common actions led in by 'Följande åtgärder … är inte knutna till ett enskilt
  mål': its actions serve no goal, not the goal read last (`prose.leads_in_actions_of_no_goal`);
- list items closed '– <doer> – <time>' show that the document puts its doers after a dash,
  so that an item closed '– <doer>' alone is read so too (`dash_doers.doers_after_dashes`),
  and a municipal service named by its field ('ungdomsarbetet', 'småbarnspedagogiken') reads
  as an actor in such a tail (`actors._actor_like`);
- a wish after a sentence of principle ('Vi utgår från att …') in a chapter titled by the
  principles alone ('2 Utgångspunkter') is no goal (`read_paragraphs._PRINCIPLES_TITLE_RE`)."""

from blocks_doc import bullets as _b, classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers.actors import _actor_like, trailing_actors
from classifiers.dash_doers import doers_after_dashes
from classifiers.prose import leads_in_actions_of_no_goal


def _goal_records(with_common_chapter: bool = True) -> list[dict]:
    blocks = [
        _h("1 Bakgrund", 2),
        _p("Exby kommun har 6 400 invånare, av dem 410 med främmande modersmål."),
        _h("2 Mål och åtgärder", 2),
        _h("2.1 Boende", 3),
        _h("Nyinflyttade familjer hittar en bostad inom ett halvår", 4),
        _p("Många nyinflyttade bor länge i tillfälliga bostäder."),
        _p("Åtgärder:"),
        _b("Vi inrättar en bostadsrådgivning vid kommunens kundtjänst",
           "Vi ordnar visningar av hyresbostäder med tolk"),
        _p("Ansvar: tekniska avdelningen"),
        _p("Samarbete: Exby bostäder Ab"),
        _p("Tidtabell: 2026–2027"),
        _p("Så följer vi upp: antal besök i rådgivningen; andel familjer i egen bostad efter sex månader"),
        _h("2.2 Fritid", 3),
        _h("Unga med utländsk bakgrund deltar i föreningarnas verksamhet", 4),
        _p("Få unga med utländsk bakgrund är med i idrottsföreningarna."),
        _p("Åtgärder:"),
        _b("Vi delar ut fritidssedlar till alla unga nyinflyttade"),
        _p("Ansvar: fritidsavdelningen"),
        _p("Tidtabell: 2026"),
    ]
    if with_common_chapter:
        blocks += [
            _h("3 Gemensamma insatser", 2),
            _p("Följande åtgärder gäller hela organisationen och är inte knutna till något särskilt mål."),
            {"type": "table", "caption": "Tabell 2. Insatser för hela kommunen", "columns": ["Åtgärd", "Ansvar", "Tidtabell"],
             "rows": [["Utbilda kundtjänsten i lättläst svenska", "Personalavdelningen", "2026"],
                      ["Översätta blanketterna till fyra språk", "Kommunikationsenheten", "2027"]]},
        ]
    blocks += [_h("4 Uppföljning", 2), _p("Kommunstyrelsen följer upp programmet varje vår.")]
    return blocks


# ---- the follow-up field of a goal's record, its meters on one line ----

def test_inline_follow_up_field_follows_the_goal_up_not_each_action():
    ex = _classify(_goal_records(with_common_chapter=False))
    goal = next(g.id for g in ex.goals if g.text.startswith("Nyinflyttade familjer"))
    inds = {i.text: i for i in ex.indicators}
    assert set(inds) >= {"antal besök i rådgivningen", "andel familjer i egen bostad efter sex månader"}
    for text in ("antal besök i rådgivningen", "andel familjer i egen bostad efter sex månader"):
        # two meters beside two actions: said of the goal, no pairing by count
        assert inds[text].measure is None
        assert inds[text].goal == goal


# ---- a chapter of common actions tied to no single goal ----

def test_no_single_goal_lead_in():
    assert leads_in_actions_of_no_goal("Följande åtgärder gäller hela programmet och är inte knutna till ett enskilt mål.")
    assert leads_in_actions_of_no_goal("Åtgärderna nedan är inte kopplade till något särskilt mål.")
    assert leads_in_actions_of_no_goal("Seuraavat toimenpiteet eivät kohdistu yksittäiseen tavoitteeseen.")
    assert not leads_in_actions_of_no_goal("Följande åtgärder stöder målet om trygghet.")
    assert not leads_in_actions_of_no_goal("Målet är inte knutet till en viss tid.")


def test_common_actions_after_the_goals_serve_no_goal():
    ex = _classify(_goal_records())
    common = [m for m in ex.measures if m.text.startswith(("Utbilda kundtjänsten", "Översätta blanketterna"))]
    assert len(common) == 2
    assert all(m.goal is None and not m.goals for m in common)
    # the goals' own actions keep theirs
    fritid = next(m for m in ex.measures if m.text.startswith("Vi delar ut fritidssedlar"))
    assert fritid.goal is not None


# ---- doers after a dash, with or without a time ----

_DASHED = [
    "Kvällskurs i svenska i skolan – medborgarinstitutet – från hösten 2026",
    "Arbetsplatsbesök hos företagen – näringslivsombudet – två gånger per år",
    "Sagostund på flera språk – biblioteket",
    "Sommarläger för alla unga – ungdomsarbetet i samarbete med Exby församling",
]


def test_doer_and_time_after_dashes_show_the_habit():
    # only two items name their doer alone after the dash: the two that add a time after
    # it show the same habit
    assert doers_after_dashes(_DASHED)
    assert not doers_after_dashes(["Ett språkcafé – en mötesplats för alla", "Sagostund – biblioteket"])


def test_service_field_reads_as_an_actor_in_a_who_tail():
    assert _actor_like("ungdomsarbetet")
    assert _actor_like("småbarnspedagogiken")
    assert not _actor_like("arbetet")
    assert trailing_actors("Svenska som andraspråk i förskolan – småbarnspedagogiken – fortlöpande") == (
        ["småbarnspedagogiken"], [], "fortlöpande")


def test_dash_doers_read_in_a_list_of_goal_bullets():
    ex = _classify([
        _h("1 Språk", 2),
        _p("Huvudmål: Vuxna nyinflyttade kan använda svenska i vardagen."),
        _b(*_DASHED),
        _h("2 Uppföljning", 2),
        _p("Integrationsgruppen följer upp programmet varje höst."),
    ])
    by_text = {m.text: m for m in ex.measures}
    assert set(by_text) == {"Kvällskurs i svenska i skolan", "Arbetsplatsbesök hos företagen",
                            "Sagostund på flera språk", "Sommarläger för alla unga"}
    assert by_text["Sagostund på flera språk"].responsible == ["biblioteket"]
    assert by_text["Sommarläger för alla unga"].responsible == ["ungdomsarbetet"]
    assert by_text["Sommarläger för alla unga"].partners == ["Exby församling"]


# ---- a wish in a chapter of principles ----

def test_wish_in_a_principles_chapter_is_no_goal():
    ex = _classify([
        _h("1 Bakgrund", 2),
        _p("Exby har 2 900 invånare."),
        _h("2 Våra värderingar", 2),
        _p("Integration gäller alla invånare. Vi utgår från att alla behandlas lika. "
           "Vi vill även att nyinflyttade ska få använda sitt yrkeskunnande i kommunen."),
        _h("3 Mål och åtgärder", 2),
        {"type": "table", "caption": "Tabell 1. Arbete", "columns": ["Mål", "Åtgärder", "Ansvarig", "Tidtabell"],
         "rows": [["Fler nyinflyttade får arbete i kommunen", "Praktikplatser i kommunens enheter", "Personalavdelningen", "2026"]]},
    ])
    assert [g.text for g in ex.goals] == ["Fler nyinflyttade får arbete i kommunen"]
    # a wish after no sentence of principle stays a goal, as before (forty-eighth set's test)
    ex = _classify([
        _h("2 Våra värderingar", 2),
        _p("Integration gäller alla invånare. Vi vill även att nyinflyttade ska få använda sitt yrkeskunnande i kommunen."),
        _h("3 Arbete", 2),
        _p("Målet är att fler inflyttade har arbete inom två år."),
    ])
    assert len(ex.goals) == 2


def test_common_actions_chapter_titled_so_serves_no_goal():
    from classifiers.prose import titles_actions_of_no_goal
    assert titles_actions_of_no_goal("Kommunövergripande åtgärder")
    assert titles_actions_of_no_goal("Åtgärder för hela staden")
    assert titles_actions_of_no_goal("Läpileikkaavat toimenpiteet")
    assert not titles_actions_of_no_goal("Gemensamma åtgärder")
    assert not titles_actions_of_no_goal("Åtgärder för barn och unga")
    blocks = _goal_records(with_common_chapter=False)[:-2] + [
        _h("3 Kommunövergripande åtgärder", 2),
        {"type": "table", "caption": "Tabell 2. Insatser", "columns": ["Åtgärd", "Ansvar", "Tidtabell"],
         "rows": [["Utbilda kundtjänsten i lättläst svenska", "Personalavdelningen", "2026"],
                  ["Översätta blanketterna till fyra språk", "Kommunikationsenheten", "2027"]]},
    ]
    ex = _classify(blocks)
    common = [m for m in ex.measures if m.text.startswith(("Utbilda kundtjänsten", "Översätta blanketterna"))]
    assert len(common) == 2 and all(m.goal is None for m in common)
