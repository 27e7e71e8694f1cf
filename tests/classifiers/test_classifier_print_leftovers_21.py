"""Print-specific leftovers of the thirty-eighth and thirty-ninth blind sets, on made-up text:
a running foot a two-column page splits across its columns' line into a line of parts and its
'· sida 4' tail (`page_furniture.join_split_feet`); a summary card titled by its action
numbers only ('1–3' over 'Mål: 1. Vad vi vill uppnå: …', `records._number_titled_card`); a
one-action card 'Åtgärd: • X (who · when)' before a card whose 'Åtgärd:' label stands over
items naming their own doers (`records._read_run`)."""

from blocks_doc import bullets as _b, classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers.elements import Element
from classifiers.page_furniture import drop_page_furniture, join_split_feet


def _t(columns, rows, caption=None):
    return {"type": "table", "caption": caption, "columns": columns, "rows": rows}


def _squash(s):
    return " ".join(s.split())


# ---- a running foot split in two: 'Exempelby stad · Program · Utkast 2' + '· sida 4' ----------

def test_foot_split_from_its_page_number_is_joined_and_dropped():
    els = [Element("para", "Läget i dag.", 1),
           Element("para", "Exempelby stad · Integrationsprogram 2026–2029 · Utkast 2", 1),
           Element("bullet", "· sida 4", 1),
           Element("para", "Mer text.", 2)]
    assert [e.text for e in join_split_feet(els)][1] == (
        "Exempelby stad · Integrationsprogram 2026–2029 · Utkast 2 · sida 4")
    assert [e.text for e in drop_page_furniture(els)] == ["Läget i dag.", "Mer text."]


def test_tail_after_a_sentence_or_a_bare_tail_once_is_not_joined():
    els = [Element("para", "Vi ordnar kurser.", 1), Element("bullet", "· sida 4", 1)]
    assert [e.text for e in join_split_feet(els)] == ["Vi ordnar kurser.", "· sida 4"]
    # a bare number tail makes a foot only where the same parts come again on another page
    els = [Element("para", "Mål · Tema", 1), Element("bullet", "· 3", 1), Element("para", "Text.", 1)]
    assert [e.text for e in drop_page_furniture(els)] == ["Mål · Tema · 3", "Text."]


def test_table_split_by_a_split_foot_joins_and_keeps_its_goal():
    cols = ["Mål", "Åtgärd", "Ansvarig"]
    x = _classify([
        _h("1 Arbete", 1),
        _t(cols, [["Fler kvinnor får arbete", "Mentorgrupper för arbetssökande", "Sysselsättningen"],
                  ["", "Barnpassning under kurserna", "Medborgarinstitutet"]]),
        _p("Exempelby stad · Integrationsprogram 2026–2029 · Utkast 2"),
        _p("· sida 4"),
        _t(cols, [["", "Rekryteringsdag för kvinnor", "Näringslivsenheten"],
                  ["Unga fullföljer en examen", "Läxhjälp på biblioteket", "Bildningen"]]),
        _p("Exempelby stad · Integrationsprogram 2026–2029 · Utkast 2"),
        _p("· sida 5"),
    ])
    goal = {g.id: _squash(g.text) for g in x.goals}
    links = {_squash(m.text): [goal[g] for g in m.goals] for m in x.measures}
    assert links["Rekryteringsdag för kvinnor"] == ["Fler kvinnor får arbete"]
    assert not any("sida" in t or "Utkast" in t for t in list(links) + list(goal.values()))


# ---- a card titled by its action numbers: '1–3' over 'Mål: 1. Vad vi vill uppnå: …' -----------

_ACTIONS = [
    _h("Åtgärder"),
    _b("1. Simskola för förskolebarn varje sommar. Idrottsbyrån tillsammans med simklubben; 2026–2028.",
       "2. Simlektioner i skolans gymnastikpass. Skolan; från hösten 2026.",
       "3. Föreningsmässa på torget. Fritidsbyrån; årligen i maj."),
]


def _summary(first_title="1–2"):
    return [
        _h("Planen i korthet"),
        _p(first_title),
        _p("Mål: 1. Vad vi vill uppnå: Alla barn i byn kan simma när de börjar skolan."),
        _p("Område: Idrott."),
        _p("3"),
        _p("Mål: 2. Vad vi vill uppnå: Ortens föreningar har medlemmar med olika bakgrund. Område: Fritid."),
    ] + _ACTIONS


def _links(got):
    by_goal = {g.id: _squash(g.text).rstrip(".") for g in got.goals}
    return {_squash(m.text).split(" ", 1)[-1].rstrip("."): by_goal.get(m.goal) for m in got.measures}


def test_card_titled_by_its_action_numbers_states_its_goal_and_lists_its_actions():
    links = _links(_classify(_summary()))
    assert links == {"Simskola för förskolebarn varje sommar": "Alla barn i byn kan simma när de börjar skolan",
                     "Simlektioner i skolans gymnastikpass": "Alla barn i byn kan simma när de börjar skolan",
                     "Föreningsmässa på torget": "Ortens föreningar har medlemmar med olika bakgrund"}


def test_lone_number_over_fields_titles_no_card_outside_such_a_run():
    from classifiers.elements import Element
    from classifiers.records import _number_titled_card
    els = [Element("para", "12"), Element("para", "Ansvar: Skolan. Tidtabell: 2026.")]
    assert _number_titled_card(els, 0, []) == 0
    els = [Element("para", "1–2"), Element("para", "Åtgärd: Simskola. Ansvar: Skolan.")]
    assert _number_titled_card(els, 0, []) == 0  # the line under it names its own action
    els = [Element("para", "1–2"), Element("para", "Mål: 1. Vad vi vill uppnå: Alla kan simma.")]
    assert _number_titled_card(els, 0, []) == 1


# ---- 'Åtgärd: • X (who · when)' / 'Indikator: …', then 'Åtgärd:' over items ------------------

def test_one_action_card_before_a_label_over_items_is_read():
    got = _classify([
        _h("Målområde 1: Fritid"),
        _p("Mål: Alla barn i byn har en hobby."),
        _h("Målområde 1 – Fritid", 3),
        _p("Åtgärd: • Hobbypass efter skoldagen (fritidsbyrån · medverkar: idrottsklubben · från 2026)"),
        _p("Indikator: Andel barn med en regelbunden hobby, %"),
        _p("Utgångsläge 2024: 40 %"),
        _p("Målnivå 2029: 60 %"),
        _h("Åtgärd:", 4),
        _b("Föreningsmässa på torget (fritidsbyrån · 2027)",
           "Prova-på-dagar i simhallen (idrottsbyrån · 2026–2028)"),
        _p("Indikator: Antal deltagare i föreningarnas verksamhet"),
    ])
    ms = {_squash(m.text).lstrip("• ").split(" (")[0]: m for m in got.measures}
    assert "Hobbypass efter skoldagen" in ms
    hobby = ms["Hobbypass efter skoldagen"]
    assert hobby.responsible == ["fritidsbyrån"]
    inds = {_squash(i.text): i.measure for i in got.indicators}
    assert inds.get("Andel barn med en regelbunden hobby, %") == hobby.id
    assert inds.get("Antal deltagare i föreningarnas verksamhet", "x") is None  # two actions: the goal's
