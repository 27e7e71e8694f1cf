"""Swedish OCR repair: accuracy on hand-corrected OCR, correct text untouched, the contract."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench.repair_accuracy import word_accuracy
from normalizers import repair_text
from normalizers.ocrsim import paragraphs_from_source

ROOT = Path(__file__).resolve().parents[2]
DEV = ROOT / "tests" / "data" / "dev_gold"

# measured 0.9909 (bench/repair_accuracy.py); the target of issue 3 is 0.99
DEV_GOLD_FLOOR = 0.99

DAMAGED = """MAL OCH ATGARDER
Atgard: Kommunen ska framja integrationen for alla invandrare i Porvoon kaupunki och Helsingissä.
Mer information pa www.borga.fi/integration eller integration@porvoo.fi, tel. 019 520 211.
Malet ar att 75 % av invandrarna far arbete under aren 2022–2024 och att sprakkurserna ar tillgangliga.
| samarbete med NTM-centralen och TE-byran ordnas kurser for vuxna, sasom svenska och finska.

Kommunen ska sakerstalla att tjansterna ar tillgangliga pa bade svenska och finska.
"""


@pytest.fixture(scope="module")
def damaged(repairer):
    return repair_text(DAMAGED)


def test_dev_gold_accuracy(repairer):
    right = total = as_is = 0
    for inp in sorted(DEV.glob("in_*.txt")):
        gold = (DEV / inp.name.replace("in_", "out_")).read_text()
        text = inp.read_text()
        out, reps = repair_text(text)
        assert len(out.split("\n")) == len(text.split("\n"))
        r, t, _ = word_accuracy(out, gold)
        r0, _, _ = word_accuracy(text, gold)
        right, total, as_is = right + r, total + t, as_is + r0
    assert total > 1900
    assert as_is / total < 0.75
    assert right / total >= DEV_GOLD_FLOOR


def _correct_texts():
    yield "helsingfors-seed", (ROOT / "tests/data/seeds/helsingfors-2017-2021.txt").read_text()
    for src in sorted((ROOT / "golden").glob("*/source.json")):
        yield src.parent.name, "\n".join(paragraphs_from_source(json.loads(src.read_text())))


@pytest.mark.parametrize("name,text", list(_correct_texts()), ids=lambda x: x if len(x) < 40 else "")
def test_correct_swedish_untouched(repairer, name, text):
    out, reps = repair_text(text)
    words = len(text.split())
    assert words > 500
    assert len(reps) <= 0.002 * words, [(r.original, r.repaired) for r in reps[:10]]
    assert sum(a != b for a, b in zip(out.split(), text.split())) <= 0.002 * words


def test_one_line_out_per_line_in(damaged):
    out, _ = damaged
    assert out.split("\n") and len(out.split("\n")) == len(DAMAGED.split("\n"))
    assert out.endswith("\n")
    assert out.split("\n")[5] == ""
    # no joining of hyphenated words in repair_text
    text = "Programmet for integrationsframjande ar en del av arbe-\ntet for invandrare i staden.\n"
    out2, _ = repair_text(text)
    assert out2.split("\n")[0].endswith("arbe-")
    assert out2.split("\n")[1].startswith("tet för")


def test_repairs_diacritics_and_keeps_case(damaged):
    out, _ = damaged
    lines = out.split("\n")
    assert lines[0] == "MÅL OCH ÅTGÄRDER"
    assert lines[1].startswith("Åtgärd: Kommunen ska främja integrationen för alla")
    assert "Målet är att 75 % av invandrarna får arbete under åren 2022–2024" in lines[3]
    assert lines[4].startswith("I samarbete med NTM-centralen och TE-byrån")
    assert "säkerställa att tjänsterna är tillgängliga på både svenska" in lines[6]


def test_keeps_numbers_urls_mail_finnish(damaged):
    out, reps = damaged
    for keep in ("Porvoon kaupunki", "Helsingissä", "www.borga.fi/integration", "integration@porvoo.fi",
                 "019 520 211", "2022–2024", "NTM-centralen", "75 %"):
        assert keep in out
    assert not any(r.original in ("Porvoon", "kaupunki", "Helsingissä") for r in reps)


def test_repair_records(damaged):
    _, reps = damaged
    assert len(reps) >= 15
    by = {r.original: r for r in reps}
    assert by["for"].repaired == "för" and by["for"].rule == "diacritic"
    assert by["|"].repaired == "I" and by["|"].rule == "lookalike"
    for r in reps:
        assert r.rule and 0.0 < r.confidence <= 1.0
        assert r.line_no is not None and r.page_no is None
        assert r.original != r.repaired


def test_lookalikes(repairer):
    out, reps = repair_text("Malsattningen &r en helhetsméssig utveckling av tjansterna for 6vriga invanare.\n"
                            "Hon fick st6d och hjalp av kommunen, férutom av féreningen pa orten.")
    assert out == ("Målsättningen är en helhetsmässig utveckling av tjänsterna för övriga invånare.\n"
                   "Hon fick stöd och hjälp av kommunen, förutom av föreningen på orten.")
    assert {r.rule.split("+")[0] for r in reps} == {"diacritic", "lookalike"}


def test_compound_split(repairer):
    out, reps = repair_text("Malet ar att sysselsattningstjansterna och integrationsframjandet ar tillgangliga "
                            "for alla, ocksa for nyanlanda.")
    assert "sysselsättningstjänsterna" in out and "integrationsfrämjandet" in out
    assert any("compound" in r.rule for r in reps) or "sysselsättningstjänsterna" in {r.repaired for r in reps}


def test_count_cue_for_ar(repairer):
    out, _ = repair_text("Planen ar uppgjord for tre ar och uppdateras varje ar, senast 2021 ar fore valet.")
    assert out.startswith("Planen är uppgjord för tre år och uppdateras varje år")


def test_clean_text_short_is_left_alone(repairer):
    text = "Målet är att alla invånare får stöd på svenska och finska.\nDet här är en bra början."
    assert repair_text(text) == (text, [])


def test_english_lines_left_alone(repairer):
    text = ("Malet ar att framja integrationen for alla som bor i staden och i regionen.\n"
            "A summary of the measures, indicators and responsible bodies for the city is in the annex.")
    out, _ = repair_text(text)
    assert out.split("\n")[1] == text.split("\n")[1]
    assert out.startswith("Målet är att främja")


def test_syntactic_cues(repairer):
    out, reps = repair_text("Kommunen bor sakerstalla att den har planen foljs, s att alla far hjalp.\n"
                            "Hon fick ekonomiskt stod och gick till stod for familjen. Familjen bor i Vasa.")
    assert out == ("Kommunen bör säkerställa att den här planen följs, så att alla får hjälp.\n"
                   "Hon fick ekonomiskt stöd och gick till stöd för familjen. Familjen bor i Vasa.")
    assert {r.rule for r in reps if r.original in ("bor", "har", "s", "stod")} == {"context"}


def test_lexicon_compiled_and_cached(repairer):
    from normalizers import lexicon

    lx = repairer.lex
    assert lexicon.lexicon_path().exists()
    assert lx.zipf("för") > lx.zipf("for") > 0
    forms = [f for f, _, _ in lx.entries("mal")]
    assert "mål" in forms
    assert lx.flags("integrations") & lexicon.BEGIN  # linking -s- form from hunspell
    assert lx.flags("borgå") & lexicon.NAME
    assert lx.flags("helsingissä") & lexicon.FINNISH


def test_rare_capitalised_word_inside_a_sentence_reads_as_a_name(repairer):
    # "Strang" is in the lexicon as printed but not as a common word: inside a sentence its
    # capital marks a name, so the common "sträng" needs stronger evidence there
    assert repairer.repair_core("Strang", "och", sentence_start=False) is None
    assert repairer.repair_core("Strang", "", sentence_start=True)[0] == "Sträng"
    # a capitalised form the lexicon does not hold is repaired as before
    assert repairer.repair_core("Framjande", "av", sentence_start=False)[0] == "Främjande"
    out, _ = repair_text("Malet ar att framja integrationen for alla, enligt modellen av Strang som "
                         "anvands i hela landet.")
    assert out == ("Målet är att främja integrationen för alla, enligt modellen av Strang som "
                   "används i hela landet.")


def test_walk_finds_what_the_variant_enumeration_finds(repairer):
    # the lattice walk over the sorted keys is the fast form of `variants` + lexicon look-up: every
    # reading that the enumeration finds and that makes a candidate (a form within the channel
    # bound), the walk finds too
    from normalizers.repair import MAX_CHANNEL, MAX_EDITS

    def useful(k, segs):
        return any(repairer.channel(f, segs) <= MAX_CHANNEL for f, _, _ in repairer.lex.entries(k))

    for w in ("fér", "pd", "mdl", "tjansterna", "st6d", "férutom", "std", "hjalp", "arbetsférmedling",
              "sysselsattningstjansterna", "aterflyttare", "|", "6", "mal", "sdsongsarbete"):
        for letters in (True, False):
            for inner in (False, True):
                old = {(k, segs) for k, segs, _ in repairer.variants(w, letters=letters, inner_deletion=inner)
                       if useful(k, segs)}
                new = {(k, segs) for _, k, segs, _, _ in repairer.walk(w, MAX_CHANNEL, letters, MAX_EDITS, inner)}
                assert old <= new, (w, letters, inner, old - new)


def test_verb_slot_cues(repairer):
    # after an infinitive marker a verb, after a preposition or a determiner not one
    out, reps = repair_text("Malet ar att starka delaktigheten och att forsta tjansterna.\n"
                            "Vi ger hjalp till vara klienter i svara situationer och kan vara med.\n"
                            "Det ar viktigt att utveckla och starka kunnandet for fortsatta atgarder.")
    assert out == ("Målet är att stärka delaktigheten och att förstå tjänsterna.\n"
                   "Vi ger hjälp till våra klienter i svåra situationer och kan vara med.\n"
                   "Det är viktigt att utveckla och stärka kunnandet för fortsatta åtgärder.")
    assert {r.rule for r in reps if r.repaired in ("stärka", "förstå", "våra", "svåra")} == {"context"}


def test_year_after_ar_and_number_ranges(repairer):
    out, _ = repair_text("Lagen tradde i kraft ar 1.1.2023 och planen galler aren 202272025.\n"
                         "Kurserna ordnas 1?3 ggr per manad for barn som ar 7?9 ar.")
    assert out == ("Lagen trädde i kraft år 1.1.2023 och planen gäller åren 2022–2025.\n"
                   "Kurserna ordnas 1–3 ggr per månad för barn som är 7–9 år.")


def test_vowelless_token_may_have_lost_its_vowel(repairer):
    out, _ = repair_text("Utbildning ordnas fr alla barn och det ar bra, se nr 5 och 10 kr per st.")
    assert out == "Utbildning ordnas för alla barn och det är bra, se nr 5 och 10 kr per st."


def test_common_word_capitalised_inside_a_sentence(repairer):
    out, _ = repair_text("Vi har en plan som galler Over hela staden och alla ar med.")
    assert out == "Vi har en plan som gäller över hela staden och alla är med."


def test_goal_code_is_no_word_read_with_a_digit(repairer):
    # 'M4' is a goal's code (an action table's 'Mål' column, a card 'Mål 8: M4'), not 'Må'
    # with a 4 for å; a word with a 4 inside is still repaired
    text = "Mål 8: M4\nÅtgärden hör till målen M4 och A1."
    assert repair_text(text) == (text, [])
    out, _ = repair_text("Hon fick st6d och hj4lp av kommunen.")
    assert "stöd" in out


def test_a_name_of_the_text_is_kept_at_a_line_start(repairer):
    # "Vanda" (a place) inside a sentence is kept as a name; at the start of a line or cell,
    # where a capital says nothing, the commoner "vända" would win: the text itself shows the
    # word is a name, so it stays there too, while the damaged words around it are repaired
    text = ("Programmet galler for hela staden och gors i samarbete med Vanda och Kervo.\n"
            "Vanda stad ansvarar for atgarderna.\n"
            "Vanda och Kervo valfardsomrade ordnar kurser i Vanda-Kervo omradet.")
    out, reps = repair_text(text)
    assert out == ("Programmet gäller för hela staden och görs i samarbete med Vanda och Kervo.\n"
                   "Vanda stad ansvarar för åtgärderna.\n"
                   "Vanda och Kervo välfärdsområde ordnar kurser i Vanda-Kervo området.")
    assert not [r for r in reps if r.original == "Vanda"]


def test_names_in_text_are_words_kept_inside_a_sentence(repairer):
    from normalizers.repair import names_in_text

    names = names_in_text(["Arbetet gors med Vanda och Borga stad.", "Det galler Aven barn och Over 60 ar.",
                           "Vanda stad", "Mot Strang ansvarar. Aven", "Sammanfattning av Matare Ansvariga"])
    # a lexicon name kept inside a sentence: a name. Repaired there ("Borga" -> "Borgå", a name
    # too; "Aven" -> "även", "Over" -> "över"): no names; kept there but not a name in the
    # lexicon ("Strang", a damaged "Matare" in a flattened table header): not either; a capital
    # after a sentence end ("Aven") says nothing
    assert names == {"Vanda"}


def test_words_without_marks_in_a_text_that_prints_its_marks_are_no_damage(repairer):
    # a correct list of people: "Van" (a first name) would get its marks back ("Vän"), and on a
    # short page that one word once made the text look damaged. The text prints å/ä/ö in many
    # words, so it has not lost its marks: the word is no sign of damage and nothing changes.
    from normalizers.repair import DAMAGE_THRESHOLD, assess

    text = ("Integrationsgruppen har träffats sju gånger under året.\n"
            "5 Integrationsgruppen\n"
            "• Lena Back, integrationschef (ordförande)\n"
            "• Ninni Rosengård, bildningssektorn\n"
            "• Van Tran, invånarrepresentant\n"
            "• Patrik Mård, Österbottens välfärdsområde")
    assert repairer.repair_core("Van")[0] == "Vän"  # what the word alone would become
    assert assess(text.split("\n")) < DAMAGE_THRESHOLD
    assert repair_text(text) == (text, [])
    # a text that has lost its marks is damaged by the same words
    lost = "Malet ar att Van och vara vanner far hjalp.\nVan kommer."
    assert assess(lost.split("\n")) >= DAMAGE_THRESHOLD
