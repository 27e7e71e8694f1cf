"""A brochure section ('Mål' / 'Så här gör vi' / 'Ansvar' / 'Så här följer vi upp') names who
does its actions once, in a paragraph under its own 'Ansvar' heading that only lists doers
('Ansvar: X i samarbete med Y', 'X och Y.'): every action of the section gets them. A
paragraph of sentences saying who does what is not such a list. Made-up programmes."""

from blocks_doc import bullets as _b, classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers.section_responsibility import bare_doers


def test_a_bare_list_of_doers_not_a_sentence():
    assert bare_doers("Ansvar: Kulturbyrån i samarbete med biblioteket.") == "Kulturbyrån i samarbete med biblioteket"
    assert bare_doers("Idrottskansliet och skolorna.") == "Idrottskansliet och skolorna"
    assert bare_doers("Ansvar: Idrottskansliet. Partner: Röda korset.") == "Idrottskansliet. Partner: Röda korset"
    # a sentence saying who does what names no doers for the whole section
    assert bare_doers("Idrottskansliet ansvarar för simskolan. Skolorna ordnar läxhjälpen.") is None


def _section(n, theme, actions, who):
    return [
        _h(f"{n}. {theme}", 2),
        _p(f"Mål: Alla nya invånare känner sig hemma inom {theme.lower()}"),
        _h("Så här gör vi", 3),
        _b(*actions),
        _h("Ansvar", 3),
        _p(who),
        _h("Så här följer vi upp", 3),
        _b(f"Antalet deltagare inom {theme.lower()}"),
    ]


def test_the_ansvar_subsection_names_the_doers_of_its_sections_actions():
    out = _classify([
        _h("Integrationsprogram 2026–2029", 1),
        *_section(1, "Fritid", ["Simskola ordnas för nyinflyttade barn varje sommar (2026–2029)",
                                "Hobbyträffar för familjer hålls i ungdomsgården (årligen)"],
                  "Ansvar: Idrottskansliet i samarbete med simklubben"),
        *_section(2, "Kultur", ["Sagostunder på flera språk ordnas på biblioteket (2026)"],
                  "Kulturbyrån och biblioteket."),
    ])
    got = {m.text.split(" ")[0]: m.responsible for m in out.measures}
    assert got == {"Simskola": ["Idrottskansliet"], "Hobbyträffar": ["Idrottskansliet"],
                   "Sagostunder": ["Kulturbyrån", "biblioteket"]}


def test_sentences_under_the_ansvar_heading_give_the_actions_they_name_their_own_doers():
    out = _classify([
        _h("Integrationsprogram 2026–2029", 1),
        *_section(1, "Fritid", ["Simskola för nyinflyttade barn varje sommar (2026–2029)",
                                "Hobbyträffar för familjer i ungdomsgården (årligen)"],
                  "Idrottskansliet ansvarar för simskolan. Ungdomsgården ordnar hobbyträffarna "
                  "i samarbete med församlingen."),
        *_section(2, "Kultur", ["Sagostunder på flera språk på biblioteket (2026)",
                                "Kulturföreningen ordnar en vårfest för alla invånare (årligen)"],
                  "Ansvar: Kulturbyrån. Föreningsrådet ansvarar för vårfesten."),
    ])
    got = {m.text.split(" ")[0]: m.responsible for m in out.measures}
    assert got == {"Simskola": ["Idrottskansliet"], "Hobbyträffar": ["Ungdomsgården"],
                   "Sagostunder": ["Kulturbyrån"], "Kulturföreningen": ["Föreningsrådet"]}
