"""A three-part action number ('1.2.1') in a table's 'Nr' column names the goal
numbered by its first two parts ('Mål 1.2: …'), where the goals above the table are numbered
so. Made-up text."""

from blocks_doc import classify_blocks as _classify, heading as _h, paragraph as _p


def _table(caption, columns, rows):
    return {"type": "table", "caption": caption, "columns": columns, "rows": rows}


def test_an_action_numbered_under_a_two_part_goal_number_serves_that_goal():
    plan = _table("Åtgärder inom tema 1", ["Nr", "Åtgärd", "Ansvarig", "Tidtabell"],
                  [["1.1.1", "Rådgivning om hyresavtal på flera språk", "Bostadsbolaget", "2026"],
                   ["1.1.2", "Visningar av lediga hyresbostäder varje månad", "Tekniska sektorn", "2026"],
                   ["1.2.1", "Kvällsträffar i de nya kvarteren", "Fritidsenheten", "2027"],
                   ["1.2.2", "Sommarfest med föreningarna", "Fritidsenheten", "2027"]])
    x = _classify([_h("4 Teman, mål och åtgärder", 1),
                   _h("Tema 1: Boende", 2),
                   _p("Mål 1.1: Nyinflyttade hittar en bostad snabbt."),
                   _p("Mål 1.2: Grannarna känner varandra i bostadsområdena."),
                   plan])
    goal_of = {g.id: " ".join(g.text.split()) for g in x.goals}
    assert [goal_of.get(m.goal) for m in x.measures] == [
        "Nyinflyttade hittar en bostad snabbt",
        "Nyinflyttade hittar en bostad snabbt",
        "Grannarna känner varandra i bostadsområdena",
        "Grannarna känner varandra i bostadsområdena"]
