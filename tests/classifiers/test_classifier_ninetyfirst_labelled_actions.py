"""Actions the action reader's verbs do not cover, read by how the plan marks its actions
(ninety-first blind set). Made-up text.

- In a chapter of actions written as paragraphs, each sentence closing with a labelled
  who/when parenthesis ('(ansvar: X, 2026)') is an action whatever its verb ('All personal
  deltar i …', 'Vid planeringen bedöms …'), also after an opening sentence that is none.
- A list right under a stated goal where one item states an action ('Biblioteket startar …')
  holds actions only: an item with an unknown verb ('Välkomstfoldern ersätts med …') is one too.
"""

from blocks_doc import bullets as _b, classify_blocks as _classify, heading as _h, paragraph as _p


def _labelled_paragraphs():
    return [
        _h("3 Programmets mål", 1),
        _b("Arbete: Sysselsättningen bland invandrare ska öka till 70 procent",
           "Bemötande: Ingen ska bli illa bemött i kommunens service"),
        _h("4 Åtgärder", 1),
        _h("4.1 Arbete", 2),
        _p("Vi öppnar en jobbverkstad i centrum (ansvar: näringslivsenheten, 2026). "
           "Vid planeringen av nya tjänster bedöms hur de når arbetssökande invandrare "
           "(ansvar: personalenheten, fortlöpande)."),
        _h("4.2 Bemötande", 2),
        _p("All personal i rådgivningen deltar i en kurs om bemötande (ansvar: personalenheten, 2027). "
           "Vi ordnar varje år en temadag om mångfald (ansvar: kulturenheten, årligen)."),
    ]


def test_sentences_closing_with_a_labelled_owner_are_actions_whatever_their_verb():
    x = _classify(_labelled_paragraphs())
    got = {m.text: (m.responsible, m.schedule) for m in x.measures}
    assert got["Vid planeringen av nya tjänster bedöms hur de når arbetssökande invandrare"] == (
        ["personalenheten"], "fortlöpande")
    assert got["All personal i rådgivningen deltar i en kurs om bemötande"] == (["personalenheten"], "2027")
    assert got["Vi ordnar varje år en temadag om mångfald"] == (["kulturenheten"], "årligen")
    assert len(x.measures) == 4


def test_a_labelled_sentence_after_an_opening_that_is_no_action_is_one():
    blocks = _labelled_paragraphs()
    blocks.insert(5, _p("Ett särskilt delmål gäller unga: fler unga ska få sommarjobb. "
                        "För att nå delmålet startar vi en sommarjobbsmässa (ansvar: personalenheten, 2026)."))
    x = _classify(blocks)
    assert any(m.text == "För att nå delmålet startar vi en sommarjobbsmässa"
               and m.responsible == ["personalenheten"] for m in x.measures)


def _stated_goal_lists():
    return [
        _h("Integrationsprogram", 1),
        _h("4 Mål och åtgärder", 2),
        _h("4.1 Språk", 3),
        _p("Språket är viktigt. Vårt mål är att alla vuxna kan börja studera svenska inom tre månader."),
        _p("Under perioden gör vi följande:"),
        _b("Vi ordnar en kvällskurs i svenska", "Biblioteket startar ett språkcafé"),
        _p("Ansvaret för kurserna ligger hos bildningsnämnden."),
        _p("Vi följer upp området genom antalet deltagare i kurserna."),
        _h("4.2 Fritid", 3),
        _p("Många barn har ingen hobby. Kommunen strävar efter att fler barn med utländsk bakgrund "
           "ska delta i fritidsverksamhet."),
        _b("Välkomstfoldern ersätts med en webbsida på fem språk", "Biblioteket startar en läsecirkel för barn"),
        _p("Ansvaret ligger hos fritidsnämnden."),
        _h("4.3 Föreningar", 3),
        _p("Vårt mål är att fler invandrare ska delta i föreningslivet. Det finns många föreningar:"),
        _b("Exempelby IF", "Exempelby ungdomsförening"),
    ]


def test_an_item_with_an_unknown_verb_in_a_list_of_actions_is_one():
    x = _classify(_stated_goal_lists())
    texts = [m.text for m in x.measures]
    assert "Välkomstfoldern ersätts med en webbsida på fem språk" in texts
    assert len(texts) == 4
    assert not any("Exempelby" in t for t in texts)  # (no item of that list states an action)
