"""'Målsättning: ...' as a section's goal, then a list introduced by 'Delmål:': the items
are sub-goals of that goal, and an action table naming the section by its title still
refers to the section's goal (eleventh blind set, blind66 conventions). Made-up text."""

from blocks_doc import bullets as _b, classify_blocks as _classify, heading as _h, paragraph as _p


def _t(columns, rows, caption=None):
    return {"type": "table", "caption": caption, "columns": columns, "rows": rows}


def test_items_introduced_as_delmal_are_sub_goals_of_the_sections_goal():
    x = _classify([
        _h("3 Insatsområden", 1),
        _h("3.1 Arbete", 2),
        _p("Målsättning: Invandrare i Exempelby har ett arbete som motsvarar deras kunnande."),
        _p("Delmål:"),
        _b("Arbetslösheten bland utrikes medborgare sjunker.", "Fler invandrare startar företag."),
        _h("3.2 Språk", 2),
        _p("Målsättning: Alla vuxna kan använda svenska i vardagen."),
        _h("4 Åtgärdsplan", 1),
        _t(["Målsättning", "Åtgärd", "Ansvarig", "Tidsplan"],
           [["Arbete", "Rekryteringsdag för arbetsgivare", "Näringslivsombudet", "2025"],
            ["Språk", "Kvällskurs i svenska", "Bildningschefen", "Läsåret 2025–2026"]],
           "Åtgärdsplan"),
    ])
    texts = [g.text.rstrip(".") for g in x.goals]
    assert texts == ["Invandrare i Exempelby har ett arbete som motsvarar deras kunnande",
                     "Arbetslösheten bland utrikes medborgare sjunker", "Fler invandrare startar företag",
                     "Alla vuxna kan använda svenska i vardagen"]
    g1, s1, s2, g2 = x.goals
    assert [s1.parent, s2.parent] == [g1.id, g1.id]
    assert [m.goal for m in x.measures] == [g1.id, g2.id]
