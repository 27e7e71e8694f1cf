"""Print-specific leftovers of the thirty-eighth and thirty-ninth blind sets, on made-up text:
a running foot a two-column page splits across its columns' line into a line of parts and its
'· sida 4' tail (`page_furniture.join_split_feet`)."""

from blocks_doc import classify_blocks as _classify, heading as _h, paragraph as _p

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
