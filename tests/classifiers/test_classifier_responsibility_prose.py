"""Responsibility prose: a paragraph of sentences naming who answers for which action by a
short name ('Ansvar: Språkcaféet ansvarar bibliotekarien för. Läxhjälpen sköts av
ungdomsgården.'), the doer of an action that has none yet."""

from blocks_doc import bullets as _b, classify_blocks as _classify, heading as _h, paragraph as _p


def _plan(closing, owner=None):
    columns = ["Övergripande mål", "Delmål", "Åtgärder"] + (["Ansvar"] if owner else [])
    return [
        _h("Integrationsprogram 2026–2029", 1),
        {"type": "table", "columns": columns,
         "rows": [["Alla nya invånare får en bra start", "Nya invånare lär sig språket",
                   f"– Språkcafé varje vecka i huvudbiblioteket\n"
                   "– Läxhjälp för skolelever två gånger i veckan\n"
                   "– Välkomstbroschyr på fem språk"] + ([owner] if owner else [])]},
        _h("Ansvarsfördelning", 2),
        _p(closing),
    ]


def test_responsibility_sentences_name_the_doer_after_the_verb_or_the_passive():
    from classifiers.responsibility_prose import responsibility_sentences
    got = responsibility_sentences(
        "Ansvar: Språkcaféet ansvarar bibliotekarien för. Läxhjälpen sköts av ungdomsgården i samarbete "
        "med Röda korset. Kultursekreteraren ansvarar för broschyren och webbsidan.")
    assert got == [(["Språkcaféet"], "bibliotekarien"), (["Läxhjälpen"], "ungdomsgården"),
                   (["broschyren", "webbsidan"], "Kultursekreteraren")]
    # one remark in passing among sentences of another kind divides no work
    assert responsibility_sentences("Välfärdsområdet ansvarar för hälsovården. Det har funnits länge. "
                                    "Vi samarbetar ofta.") == []


def test_a_paragraph_of_responsibility_sentences_gives_each_named_action_its_doer(monkeypatch):
    from classifiers import classify_document
    out = _classify(_plan("Språkcaféet ansvarar bibliotekarien för. Läxhjälpen sköts av ungdomsgården "
                          "tillsammans med Röda korset. Informationen ansvarar kanslichefen för."))
    by_word = {w: m.responsible for m in out.measures for w in ("språkcafé", "läxhjälp", "välkomstbroschyr")
               if w in m.text.lower()}
    assert by_word["språkcafé"] == ["bibliotekarien"]
    assert by_word["läxhjälp"] == ["ungdomsgården"]
    # 'Informationen' is not the broschure: a name shares only a word's first part with it
    assert "kanslichefen" not in by_word["välkomstbroschyr"]
    monkeypatch.setattr(classify_document, "read_responsibility_prose", lambda built, els: None)
    out = _classify(_plan("Språkcaféet ansvarar bibliotekarien för. Läxhjälpen sköts av ungdomsgården."))
    assert not any("bibliotekarien" in m.responsible for m in out.measures)


def test_a_doer_already_given_stays():
    # (a background paragraph saying which body answers for which service named actions'
    # doers over those the tables gave: the paragraph gives only where none was given)
    out = _classify(_plan("Språkcaféet ansvarar bibliotekarien för. Läxhjälpen sköts av ungdomsgården.",
                          owner="Kultursektorn"))
    assert out.measures and all(m.responsible == ["Kultursektorn"] for m in out.measures)


def test_a_doer_cut_out_of_the_responsibility_paragraph_itself_gives_way():
    # the 'Ansvar:' paragraph closing a section is read as the field of its list's items,
    # its sentences taken for the doers ('Språkcaféet', 'Läxhjälpen sköts av ungdomsgården')
    out = _classify([
        _h("Integrationsprogram 2026–2029", 1),
        _h("Mål och insatser", 1),
        _h("Språk", 2),
        _p("Målet är att alla nya invånare lär sig svenska under de första åren i kommunen."),
        _p("Under perioden gör vi följande:"),
        _b("Vi startar ett språkcafé varje vecka i huvudbiblioteket", "Vi erbjuder läxhjälp för skolelever två gånger i veckan"),
        _p("Ansvar: Språkcaféet ansvarar bibliotekarien för. Läxhjälpen sköts av ungdomsgården."),
    ])
    by_word = {w: m.responsible for m in out.measures for w in ("språkcafé", "läxhjälp") if w in m.text}
    assert by_word == {"språkcafé": ["bibliotekarien"], "läxhjälp": ["ungdomsgården"]}


def _subject_plan(heading):
    return [
        _h("Integrationsprogram 2026–2029", 1),
        _h("5. Mål och insatser", 1),
        _p("Målet är att alla nya invånare lär sig svenska under de första åren i kommunen."),
        _p("Under perioden gör vi följande:"),
        _b("Kommunen startar ett språkcafé varje vecka i huvudbiblioteket",
           "Skolorna erbjuder läxhjälp för elever två gånger i veckan"),
        _h(heading, 1),
        _p("Språkcaféet ansvarar bibliotekarien för. Läxhjälpen sköts av ungdomsgården."),
    ]


def test_a_chapter_headed_only_as_who_answers_names_the_doer_over_the_sentence_subject():
    # under a heading that is only a word for who answers ('6. Ansvarsfördelning', '6 Ansvar')
    # the paragraph is the plan's word on the doers: it replaces the action sentence's own subject
    for heading in ("6. Ansvarsfördelning", "6 Ansvar", "ANSVARSFÖRDELNING"):
        out = _classify(_subject_plan(heading))
        by_word = {w: m.responsible for m in out.measures for w in ("språkcafé", "läxhjälp") if w in m.text}
        assert by_word == {"språkcafé": ["bibliotekarien"], "läxhjälp": ["ungdomsgården"]}, heading
    # the same sentences under any other heading are background: the subject stays
    out = _classify(_subject_plan("6. Kommunens tjänster"))
    by_word = {w: m.responsible for m in out.measures for w in ("språkcafé", "läxhjälp") if w in m.text}
    assert by_word == {"språkcafé": ["Kommunen"], "läxhjälp": ["Skolorna"]}
