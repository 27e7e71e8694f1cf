"""Ninety-second blind set, reader t92b (blind549, blind550, blind551) conventions, on
made-up text:

- an intro that names its list's goals only to deny them a place among the programme's
  ('… ingår inte bland de mål som följs upp i detta program:') holds no goals
  (`prose.intro_kind`, as for a denied action noun);
- a starting point stated with a verb whose subject carries a place phrase ('Arbetet i Exby
  utgår från att …') is one, as 'Arbetet utgår från att …' is: a wish after it in a chapter
  titled by the principles alone is no goal (`read_paragraphs._VISION_RE`)."""

from blocks_doc import bullets as _b, classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers.prose import intro_kind


# ---- goals denied a place in the programme ----

def test_intro_denying_its_goals_a_place_in_the_programme_holds_no_goals():
    assert intro_kind("Dessa ingår inte bland de mål som följs upp i detta program:") == "background"
    assert intro_kind("Regionens plan har tre mål. De hör inte till programmets mål:") == "background"
    # a goal noun not denied still introduces goals
    assert intro_kind("Programmet har följande mål:") == "goal"
    ex = _classify([
        _h("1 Bakgrund", 2),
        _p("Exby strategi har tre mål som styr allt arbete. De ingår inte bland de mål som följs upp i detta program:"),
        _b("Exby är en trygg kommun.", "Exby har en stark ekonomi."),
        _h("2 Mål och åtgärder", 2),
        {"type": "table", "caption": "Tabell 1. Arbete", "columns": ["Mål", "Åtgärder", "Ansvarig"],
         "rows": [["Fler nyinflyttade får arbete i kommunen", "Praktikplatser i kommunens enheter", "Personalavdelningen"]]},
    ])
    assert [g.text for g in ex.goals] == ["Fler nyinflyttade får arbete i kommunen"]


# ---- 'Arbetet i Exby utgår från att …' in a chapter of principles ----

def test_wish_after_a_placed_starting_point_in_a_principles_chapter_is_no_goal():
    ex = _classify([
        _h("1 Bakgrund", 2),
        _p("Exby har 2 900 invånare."),
        _h("2 Principer för arbetet", 2),
        _p("Arbetet i Exby utgår från att integration gäller alla. "
           "Kommunen vill möta alla invånare med respekt och ta bort hinder för deltagande."),
        _h("3 Mål och åtgärder", 2),
        {"type": "table", "caption": "Tabell 1. Arbete", "columns": ["Mål", "Åtgärder", "Ansvarig"],
         "rows": [["Fler nyinflyttade får arbete i kommunen", "Praktikplatser i kommunens enheter", "Personalavdelningen"]]},
    ])
    assert [g.text for g in ex.goals] == ["Fler nyinflyttade får arbete i kommunen"]
