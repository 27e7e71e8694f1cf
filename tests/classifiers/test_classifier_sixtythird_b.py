"""Sixty-third blind set, reader b (blind376, blind377) conventions, on made-up text:

- an area heading ('Insatsområde N: <theme>', or a plain '3.N <theme>') over a paragraph
  holding the area's goal alone, unlabelled, and a table of the area's actions whose
  responsibility cell gives both roles labelled ('Ansvarig: <unit> / Stöd: <partner>, …');
- a two-level goal hierarchy: 'Effektmål: <goal>.' over 'Resultatmål:' and numbered
  result goals '<N.M> <goal>', an action plan keyed by the result goals' numbers and a
  meter table keyed 'Effektmål N' or 'N.M'."""

from blocks_doc import bullets as _b, classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers.actors import split_actors
from classifiers.text import squash as _sq


# ---- 'Ansvarig: X / Stöd: Y, Z' in one cell ----

def test_cell_giving_both_roles_labelled():
    assert split_actors("Ansvarig: Tekniska sektorn / Stöd: Hyresbolaget, Exby församling") == (
        ["Tekniska sektorn"], ["Hyresbolaget", "Exby församling"])
    assert split_actors("Ansvarig: Skolkansliet") == (["Skolkansliet"], [])
    assert split_actors("Ansvar: Ungdomsgården – Medverkande: Röda Korset") == (["Ungdomsgården"], ["Röda Korset"])
    assert split_actors("Huvudansvar: Kansliet; stödjande part: Folkhälsan") == (["Kansliet"], ["Folkhälsan"])
    assert split_actors("Ansvarig: Biblioteket\nSamarbete: Marthaföreningen") == (["Biblioteket"], ["Marthaföreningen"])
    # a slash between two doers still sets them side by side
    assert split_actors("Skolkansliet / Biblioteket") == (["Skolkansliet", "Biblioteket"], [])


def _area_programme(goal_2: str = "Nyinflyttade familjer hittar en bostad inom tre månader.",
                    heading: str = "Insatsområde {n}: {theme}") -> list[dict]:
    cols = ["Åtgärd", "Ansvar", "Tidsram", "Uppföljning"]
    return [
        _h("1 Inledning", 2),
        _p("Exby har 5 200 invånare. Programmet gäller åren 2025–2027."),
        _h("2 Insatsområden och åtgärder", 2),
        _p("Varje insatsområde har ett mål. Åtgärderna finns i tabellen under målet."),
        _h(heading.format(n=1, theme="Hälsa"), 3),
        _p("Alla nya invånare känner till var de får vård på sitt eget språk."),
        {"type": "table", "caption": "", "columns": cols,
         "rows": [["En vårdguide på tio språk delas ut till alla nyinflyttade",
                   "Ansvarig: Kommunkansliet / Stöd: Välfärdsområdet", "2025", "antal utdelade vårdguider"],
                  ["Hälsokvällar ordnas på biblioteket",
                   "Ansvarig: Fritidsenheten / Stöd: Folkhälsan, Exby bibliotek", "varje vår", "–"]]},
        _h(heading.format(n=2, theme="Boende"), 3),
        _p(goal_2),
        {"type": "table", "caption": "", "columns": cols,
         "rows": [["En lista över lediga hyresbostäder förs på webbplatsen",
                   "Ansvarig: Tekniska sektorn", "2025–2026", "antal förmedlade bostäder"],
                  ["Bostadsrådgivning ordnas en gång i månaden",
                   "Ansvarig: Tekniska sektorn / Stöd: Hyresgästföreningen", "månatligen", "–"]]},
        _h("3 Uppföljning", 2),
        _p("Kommunstyrelsen följer upp programmet varje år."),
    ]


def test_unlabelled_goal_alone_under_area_heading():
    for heading in ("Insatsområde {n}: {theme}", "2.{n} {theme}"):
        ex = _classify(_area_programme(heading=heading))
        assert [(g.text, g.theme) for g in ex.goals] == [
            ("Alla nya invånare känner till var de får vård på sitt eget språk", "Hälsa"),
            ("Nyinflyttade familjer hittar en bostad inom tre månader", "Boende"),
        ], heading
        by_id = {g.id: g.text for g in ex.goals}
        assert [by_id.get(m.goal, "")[:5] for m in ex.measures] == ["Alla ", "Alla ", "Nyinf", "Nyinf"]
        assert [(m.responsible, m.partners) for m in ex.measures] == [
            (["Kommunkansliet"], ["Välfärdsområdet"]), (["Fritidsenheten"], ["Folkhälsan", "Exby bibliotek"]),
            (["Tekniska sektorn"], []), (["Tekniska sektorn"], ["Hyresgästföreningen"])]


def test_sentence_about_the_table_is_no_goal():
    # one area's sentence speaks of its table: that area keeps its heading's words, and
    # with one stated goal left the layout is not yet read
    ex = _classify(_area_programme(goal_2="Åtgärderna för boendet finns i tabellen nedan."))
    assert not any("tabellen" in g.text for g in ex.goals)
    assert "Alla nya invånare känner till var de får vård på sitt eget språk" not in [g.text for g in ex.goals]


# ---- a two-level hierarchy: 'Effektmål: X.' over numbered result goals ----

def _hierarchy_programme(key_1: str = "Effektmål 1", key_2: str = "Effektmål 2") -> list[dict]:
    return [
        _h("1 Inledning", 2),
        _p("Programmet har två effektmål och under dem resultatmål."),
        _h("2 Effektmål, resultatmål och åtgärder", 2),
        _h("2.1 Boende", 3),
        _p("Effektmål: Alla nyinflyttade bor tryggt och till ett rimligt pris."),
        _p("Resultatmål:"),
        _b("1.1 Nyinflyttade får råd om hyresbostäder inom två veckor",
           "1.2 Hyresbolaget har fler små bostäder"),
        _h("2.2 Hälsa", 3),
        _p("Effektmål: Invånare med annat modersmål mår lika bra som andra invånare."),
        _p("Resultatmål:"),
        _b("2.1 Alla nya invånare vet var de får vård"),
        _h("Åtgärdsplan", 3),
        {"type": "table", "caption": "Tabell 1. Åtgärdsplan", "columns": ["Resultatmål", "Åtgärd", "Ansvarig", "År"],
         "rows": [["1.1", "En bostadsrådgivare anställs på halvtid", "Tekniska sektorn", "2026"],
                  ["1.2", "Hyresbolaget bygger om två vindar till små bostäder", "Exby Bostäder Ab", "2027"],
                  ["2.1", "En vårdguide på tio språk delas ut", "Kommunkansliet", "2026"]]},
        _h("3 Uppföljning", 2),
        {"type": "table", "caption": "Tabell 2. Mätare", "columns": ["Mål", "Mätare", "Källa"],
         "rows": [[key_1, "andel hushåll som bor trångt", "Statistikcentralen"],
                  ["1.1", "väntetid till bostadsrådgivning", "tekniska sektorn"],
                  ["1.2", "antal små hyresbostäder", "Exby Bostäder Ab"],
                  [key_2, "andel invånare som anser sig ha god hälsa (enkät)", "kommunkansliet"],
                  ["2.1", "antal utdelade vårdguider", "kommunkansliet"]]},
    ]


def test_upper_goal_named_by_its_label_and_the_lower_by_number():
    for keys in (("Effektmål 1", "Effektmål 2"), ("Mål 1", "Mål 2"), ("1", "2")):
        ex = _classify(_hierarchy_programme(*keys))
        texts = {g.id: g.text for g in ex.goals}
        assert [(g.text[:14], texts.get(g.parent, "")[:14]) for g in ex.goals] == [
            ("Alla nyinflytt", ""), ("Nyinflyttade f", "Alla nyinflytt"), ("Hyresbolaget h", "Alla nyinflytt"),
            ("Invånare med a", ""), ("Alla nya invån", "Invånare med a")]
        # every meter row is a row of its own, of the goal its key names
        assert [(_sq(i.text), texts.get(i.goal, "")[:14], i.measure) for i in ex.indicators] == [
            ("andel hushåll som bor trångt", "Alla nyinflytt", None),
            ("väntetid till bostadsrådgivning", "Nyinflyttade f", None),
            ("antal små hyresbostäder", "Hyresbolaget h", None),
            ("andel invånare som anser sig ha god hälsa (enkät)", "Invånare med a", None),
            ("antal utdelade vårdguider", "Alla nya invån", None)]


def test_key_of_the_other_level_starts_a_row():
    from classifiers.elements import _continues_row
    assert not _continues_row(["1.1", "väntetid till rådgivning", "tekniska sektorn"],
                              ["Effektmål 1", "andel hushåll som bor trångt", "Statistikcentralen"])
    assert not _continues_row(["1.1", "väntetid till rådgivning", "tekniska sektorn"],
                              ["1", "andel hushåll som bor trångt", "Statistikcentralen"])
    assert not _continues_row(["Resultatmål 2.1", "antal besök", "biblioteket"],
                              ["Effektmål 1", "andel hushåll som bor trångt", "Statistikcentralen"])
    # a lower-case line under a key with no key of its own still goes on
    assert _continues_row(["", "som bor trångt", ""], ["Effektmål 1", "andel hushåll", "Statistikcentralen"])


# ---- a follow-up sentence naming only the kind of data used ----

def test_follow_up_by_statistics_names_no_meter():
    from classifiers.prose import followed_up_by
    assert followed_up_by("Huvudmålen följs upp med statistik och delmålen med kommunens egna uppgifter.") is None
    assert followed_up_by("Målen följs upp med registeruppgifter.") is None
    # a source saying which figure it gives names that figure
    assert followed_up_by("Målet följs upp med statistik över antalet deltagare.") == (
        "Målet", ["statistik över antalet deltagare"])
    assert followed_up_by("Målen följs upp genom antalet deltagare och andelen nöjda.") == (
        "Målen", ["antalet deltagare", "andelen nöjda"])
    ex = _classify(_hierarchy_programme()[:-1] + [
        _p("Effektmålen följs upp med statistik och resultatmålen med stadens egna uppgifter."),
        _hierarchy_programme()[-1]])
    assert not any("statistik" in i.text for i in ex.indicators)
