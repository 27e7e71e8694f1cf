"""Goal themes: the document's own theme heading, without number or label (goal themes of the
three newest blind sets, helper gt31). Made-up text."""

from blocks_doc import classify_blocks as _classify, heading as _h, paragraph as _p, bullets as _b

from classifiers.reader_shared import theme_name


def test_a_letter_and_number_code_before_a_heading_name_is_its_number():
    # a strategy map numbers its areas 'S1', 'S2' (or 'A.2', 'B3:'): a number, like '3.'
    assert theme_name("S1 Livskraft") == "Livskraft"
    assert theme_name("A.2 Arbete och kompetens") == "Arbete och kompetens"
    assert theme_name("B3: Boende") == "Boende"
    # a heading opening with a word, or a code followed by no name, keeps it
    assert theme_name("EU-projekt i skärgården") == "EU-projekt i skärgården"
    assert theme_name("S1 är vårt viktigaste område") == "S1 är vårt viktigaste område"


def test_goals_under_an_area_coded_heading_take_its_name():
    x = _classify([_h("S1 Livskraft", 1),
                   _p("Mål: Fler nyinflyttade hittar arbete i kommunen inom ett år."),
                   _h("S2 Bildning", 1),
                   _p("Mål: Alla barn deltar i småbarnspedagogiken före skolstarten.")])
    assert [g.theme for g in x.goals] == ["Livskraft", "Bildning"]


def test_a_question_heading_over_a_survey_summary_names_no_theme():
    # 'Vad svarade invånarna?' heads what a survey answered inside a theme chapter: the goals
    # stated after it are the chapter's
    x = _classify([_h("3. Arbete och kompetens", 1),
                   _p("Kapitlet beskriver läget på arbetsmarknaden år 2024."),
                   _h("Vad svarade invånarna?", 2),
                   _p("Många svarade att språkkurserna borde ges på kvällstid."),
                   _p("Mål: Fler nyinflyttade hittar arbete i kommunen inom ett år."),
                   _h("4. Boende", 1),
                   _h("Vad svarade invånarna?", 2),
                   _p("Mål: Alla hushåll har ett tryggt boende.")])
    assert [g.theme for g in x.goals] == ["Arbete och kompetens", "Boende"]


def test_an_article_a_closing_note_ties_to_a_goal_is_its_theme_not_the_cover_title():
    # a newsletter: the goals listed under the cover title, then one article per goal closed
    # by '(Artikeln hör till mål N.)'; the cover title is the document's, the article the goal's
    x = _classify([_h("Vi i Byvik", 1),
                   _h("Våra mål 2026–2029", 2),
                   _b("1. Nyinflyttade hittar snabbt rätt tjänster",
                      "2. Fler vuxna invandrare får arbete inom ett år"),
                   _h("Byviksbladet – temanummer", 2),
                   _h("En dörr in", 3),
                   _p("Servicepunkten i kommunhuset öppnar i mars 2027 och samlar rådgivningen."),
                   _p("(Artikeln hör till mål 1.)"),
                   _h("Från praktik till lön", 3),
                   _p("Näringslivsenheten ordnar rekryteringsdagar två gånger per år."),
                   _p("(Artikeln hör till mål 2.)")])
    assert [g.theme for g in x.goals] == ["En dörr in", "Från praktik till lön"]


def test_a_goal_chapter_under_the_title_printed_twice_names_its_goals_theme():
    # the title on the cover and again over the first page: the chapter listing the goals
    # under it names their block, as under a title printed once
    from blocks_doc import blocks_document
    from classifiers import classify

    title = "Integrationsprogram för Byviks kommun 2026–2029"
    x = classify(blocks_document({"slug": "t", "title": title, "blocks": [
        _h(title, 1),
        _h("Förord", 2),
        _p("Byvik har vuxit med nya invånare från många länder."),
        _h("Programmets mål", 2),
        _p("Fullmäktige har fastställt följande mål för perioden:"),
        _b("Mål 1 – Alla nya invånare får information om kommunens tjänster.",
           "Mål 2 – Vuxna invandrare hittar vägen till arbete inom ett år.")]}))
    assert [g.theme for g in x.goals] == ["Programmets mål", "Programmets mål"]


def test_a_numbered_part_named_under_its_chapter_names_the_theme_not_the_chapter():
    # a project plan: '4 Arbetspaket', then 'Arbetspaket 1: Mottagning' -- each work package
    # the chapter counts has a name of its own, the theme of the sub-goal stated in it
    x = _classify([_h("4 Arbetspaket", 1),
                   _h("Arbetspaket 1: Mottagning och handledning", 2),
                   _p("Delmål: Varje nyinflyttad får en personlig introduktion inom sex veckor."),
                   _h("Arbetspaket 2: Språk och utbildning", 2),
                   _p("Delmål: Barn och vuxna har tillgång till språkundervisning utan väntetid.")])
    assert [g.theme for g in x.goals] == ["Mottagning och handledning", "Språk och utbildning"]


def test_a_chapter_stating_a_listed_goal_again_is_its_theme_not_the_cover_title():
    # a working group's report: the goals listed in its overview under the report's title,
    # then a chapter per goal opening with it again ('Mål 1: ...')
    x = _classify([_h("Ett Byvik för alla – arbetsgruppens rapport", 1),
                   _h("2 Arbetsgruppens målbild", 2),
                   _p("Arbetsgruppen föreslår två mål. Varje mål behandlas i ett eget kapitel."),
                   _b("Mål 1: Alla nya invånare vet vart de ska vända sig",
                      "Mål 2: Vuxna får jobb eller startar företag"),
                   _h("3 Information och vägledning", 2),
                   _p("Mål 1: Alla nya invånare vet vart de ska vända sig."),
                   _p("Förslag 1: Arbetsgruppen föreslår att kommunen inrättar en servicepunkt i biblioteket."),
                   _h("4 Arbete och företagande", 2),
                   _p("Mål 2: Vuxna får jobb eller startar företag."),
                   _p("Förslag 2: Arbetsgruppen föreslår att näringslivsrådet ordnar en årlig jobbmässa.")])
    assert [g.theme for g in x.goals] == ["Information och vägledning", "Arbete och företagande"]
