"""Sixty-seventh blind set, second reader (blind400–blind402): the conventions read, each with
made-up text."""
from classifiers.titled_items import described_numbered_action


def test_running_numbered_action_keeps_its_first_sentence():
    # actions numbered 1–N through a chapter, each a paragraph whose first sentence is the
    # action and whose next sentences explain it, the fields on a line below
    text = ("3. Biblioteket öppnar ett språkcafé för vuxna varje tisdag. Nu finns inget ställe "
            "där nya invånare kan öva svenska på kvällarna. Caféet leds av frivilliga.")
    assert described_numbered_action(text) == "3. Biblioteket öppnar ett språkcafé för vuxna varje tisdag."


def test_explaining_clause_of_its_own_subject_cuts_too():
    # the second sentence does not take up the first ('Kursen …') but is a clause of its own
    text = ("2.4 Fritidsgården ordnar läxhjälp på arabiska och dari. Många föräldrar kan inte "
            "hjälpa sina barn med läxorna på svenska.")
    assert described_numbered_action(text) == "2.4 Fritidsgården ordnar läxhjälp på arabiska och dari."


def test_action_listed_in_parts_is_not_cut():
    # nominal sentences, each a part of the one action: nothing explains the one before it
    text = ("5. Tätare samarbete med vårdnadshavarna i skolan. Information till vårdnadshavare "
            "om skolans arbete varje höst.")
    assert described_numbered_action(text) is None


def test_therefore_commitment_keeps_the_verb_phrase_and_its_doer_apart():
    # 'Vi vill att …' then 'Därför ska <doer> <verb phrase> [tillsammans med X], <time>.':
    # the doer between 'ska' and the verb, the verb phrase the action, the cooperation phrase
    # before the closing time the partners, a closing 'när'-clause the time
    from blocks_doc import classify_blocks, heading, paragraph
    doc = classify_blocks([
        heading("Integrationsprogram för Norrvik 2026–2029", 1),
        heading("Vad vi vill och vad vi gör", 1),
        heading("Fritid", 2),
        paragraph("Vi vill att alla unga i Norrvik har en meningsfull fritid."),
        paragraph("Därför ska ungdomstjänsterna anordna öppna kvällar på fredagar tillsammans med "
                  "Norrviks scoutkår och idrottsföreningen, från hösten 2026."),
        paragraph("Därför ska fritidsbyrån fortsätta med lovläger och bjuda in nya familjer, varje sommar."),
        heading("Hälsa", 2),
        paragraph("Vi vill att alla vuxna kan röra på sig i vardagen."),
        paragraph("Därför ska idrottsbyrån ordna simskola för vuxna, när minst sex personer anmält sig."),
    ])
    by = {m.text: m for m in doc.measures}
    assert set(by) == {"anordna öppna kvällar på fredagar",
                       "fortsätta med lovläger och bjuda in nya familjer",
                       "ordna simskola för vuxna"}, set(by)
    first = by["anordna öppna kvällar på fredagar"]
    assert first.responsible == ["ungdomstjänsterna"]
    assert set(first.partners) == {"Norrviks scoutkår", "idrottsföreningen"}
    assert first.schedule == "från hösten 2026"
    assert by["fortsätta med lovläger och bjuda in nya familjer"].responsible == ["fritidsbyrån"]
    assert by["ordna simskola för vuxna"].schedule == "när minst sex personer anmält sig"
    assert [m.goal for m in doc.measures] == [doc.goals[0].id, doc.goals[0].id, doc.goals[1].id]


def _table(columns, rows, caption=""):
    return {"type": "table", "caption": caption, "columns": columns, "rows": rows}


def test_finnish_half_with_its_table_is_left_out_of_a_two_half_programme():
    # a bilingual programme printed first in Finnish, then in Swedish: the Finnish half's
    # action table is Finnish text too, and counts towards telling the document bilingual
    # even when the Swedish half sets out its actions as many paragraphs
    from blocks_doc import classify_blocks, heading, paragraph
    fi_rows = [
        ["Kielikurssit iltaisin työssäkäyville maahanmuuttajille", "Kansalaisopisto", "joka lukukausi"],
        ["Läksykerho kahdella kielellä alakoulun oppilaille", "Perusopetus", "syksystä 2026"],
        ["Työpaikkojen esittelypäivä yhdessä paikallisten yrittäjien kanssa", "Elinkeinotoimi", "vuosittain"],
        ["Tervetulokirje uusille asukkaille heidän omalla kielellään", "Kuntainfo", "2026"],
    ]
    blocks = [
        heading("KOTOUTUMISOHJELMA 2026–2029", 1),
        paragraph("Kunta on kaksikielinen ja ohjelma julkaistaan ensin suomeksi ja sitten ruotsiksi."),
        paragraph("Tavoitteena on, että uudet asukkaat oppivat kieltä ja löytävät työtä kunnasta."),
        paragraph("Kotoutumistyöryhmä seuraa ohjelman toteutumista kerran vuodessa."),
        paragraph("Hyvinvointialueen omat palvelut eivät kuulu tähän ohjelmaan lainkaan."),
        _table(["Toimenpide", "Vastuu", "Aikataulu"], fi_rows, "Taulukko 1. Toimenpiteet"),
        heading("INTEGRATIONSPROGRAM 2026–2029", 1),
        heading("Mål", 2),
        paragraph("Målet är att nya invånare lär sig språket och hittar arbete i kommunen."),
        heading("Åtgärder", 2),
    ]
    sv = ["Språkkurser på kvällstid för invandrare som arbetar", "Läxklubb på två språk för elever i lågstadiet",
          "En dag då arbetsplatserna presenterar sig tillsammans med företagarna",
          "Välkomstbrev till nya invånare på deras eget språk"]
    for k, action in enumerate(sv * 4):
        blocks.append(paragraph(f"{action} (omgång {k + 1}), enligt arbetsgruppens plan för året."))
    doc = classify_blocks(blocks)
    finnish = [m.text for m in doc.measures if m.text.startswith(tuple(r[0][:12] for r in fi_rows))]
    assert finnish == [], finnish


def test_therefore_commitment_variants():
    # the nearby wordings: 'kommer X att', 'vi', a sentence adverb or an inserted cooperation
    # phrase between the doer and the verb, a verb outside the verbs of doing
    from classifiers.prose_actions import prose_action
    from classifiers.therefore_actions import therefore_actions

    def read(sentence):
        part = therefore_actions(sentence)[0]
        a = prose_action(f"Därför {part}")
        return a.clause, a.responsible, a.partners, a.schedule

    assert read("Därför kommer fritidsbyrån att fortsätta med lovlägren, från 2027.") == (
        "fortsätta med lovlägren", ["fritidsbyrån"], [], "från 2027")
    assert read("Därför ska ungdomstjänsterna också erbjuda sommarjobb, varje sommar.") == (
        "erbjuda sommarjobb", ["ungdomstjänsterna"], [], "varje sommar")
    assert read("Därför ska idrottsbyrån i samarbete med biblioteket ordna simskola, från hösten 2026.") == (
        "ordna simskola", ["idrottsbyrån"], ["biblioteket"], "från hösten 2026")
    assert read("Därför ska vuxenutbildningen anlita fler lärare i svenska, från 2026.")[:2] == (
        "anlita fler lärare i svenska", ["vuxenutbildningen"])


def test_action_numbered_with_a_bracket_keeps_its_first_sentence():
    text = ("4) Medborgarinstitutet ordnar kvällskurser i finska för föräldrar. Många föräldrar "
            "arbetar dagtid och kan inte delta i kurserna på förmiddagen.")
    assert described_numbered_action(text) == "4) Medborgarinstitutet ordnar kvällskurser i finska för föräldrar."
