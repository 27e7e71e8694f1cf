"""Accuracy of `classifiers.themes.theme_code` on five label files, and its mechanism.

- `theme_labels.jsonl`: 110 gold measures (vasa, borga, part of helsingfors); the lexicon was
  tuned on these. Labelled to the project convention (docs/themes.md): an item is decided by
  what it does itself, its goal and heading only when its own text names no domain.
- `theme_labels_heldout.jsonl`: 77 gold measures NOT in the tuning file (the rest of
  helsingfors-2017-2021, all of gemensamt-2023-2026 and pargas-2022-2025), labelled by hand
  by someone else, before the classifier was run on them. `goal_text`/`theme` = the measure's
  first gold goal's text/theme; the pargas measures have no goal, so `theme` is their heading.
- `theme_labels_heldout2.jsonl`: 80 gold GOALS (every gold measure is already in one of the
  files above), those whose text is not the `goal_text` of any tuning row, labelled from the
  Ager & Strang definitions and committed (5398302) before the classifier was run on them.
  `goal_text` is empty and `theme` is the goal's own heading, as `classify_document` calls
  `theme_code` for a goal.

History of use, so the figures below are read right: the tuning file was tuned on; heldout,
heldout2 and heldout3 were scored many times and, on 2026-12-04, their misses were read while
writing four general rules (a service across several service domains, language learning in a
school, taking part in society, steering the program): all three are development files now.
- `theme_labels_heldout3.jsonl`: 121 goals/measures of 16 programs outside the repo, labelled
  blind (see its .md); scored blind twice on 2026-12-03, development data since.
- `theme_labels_heldout4.jsonl`: 165 goals/measures (129 measures) of 22 programs outside the
  repo and outside heldout3's sources, labelled blind with the convention by a labeller who
  never saw the classifier or the other label files (see its .md); scored once per classifier
  on 2026-12-04, read since.
- `theme_labels_heldout5.jsonl` … `theme_labels_heldout10.jsonl`: 197, 149, 161, 160, 137 and
  113 goals/measures, each file by a new blind labeller from sources no earlier file used. Each
  was committed before it was scored, scored once with the classifier of the last stop
  (fda735d) and once with the classifier of that moment, and only then read (so all but
  heldout10 are development files now; heldout9 decided one reverted change).

Measured (theme_code(text, goal_text, theme) == label, `python -m bench.theme_scores`), at the
end of 2026-12-04: tuning 91/110 = 0.83, heldout 54/77 = 0.70, heldout2 68/80 = 0.85,
heldout3 84/121 = 0.69, heldout4 131/165 = 0.79, heldout5 138/197 = 0.70, heldout6 114/149 =
0.77, heldout7 122/161 = 0.76, heldout8 106/160 = 0.66, heldout9 104/137 = 0.76, heldout10
70/113 = 0.62 (blind, the last). The
floors sit a little below, so a regression fails; raise them only when the measured accuracy
really rises.
"""

import json
from pathlib import Path

import pytest

from classifiers.themes import domain_scores, theme_code

HERE = Path(__file__).parent
TUNING = HERE / "theme_labels.jsonl"
HELDOUT = HERE / "theme_labels_heldout.jsonl"
HELDOUT2 = HERE / "theme_labels_heldout2.jsonl"
# written blind (the labeller never saw the classifier) from programs that are not in the repo;
# scored once with the classifier before and once after the convention work (docs/themes.md)
HELDOUT3 = HERE / "theme_labels_heldout3.jsonl"
# written blind by another labeller, with the convention, from 22 programs outside the repo and
# outside heldout3's sources; scored once, after the method of 2026-12-04 was settled
HELDOUT4 = HERE / "theme_labels_heldout4.jsonl"
# written blind by a third labeller from 31 programs outside the repo and outside the sources of
# heldout3 and heldout4; scored once per classifier, then read (development since)
HELDOUT5 = HERE / "theme_labels_heldout5.jsonl"
# more, each by a new labeller from sources none of the earlier files used; each was scored
# once per classifier before its misses were read (docs/themes.md): heldout6 … heldout19
HELDOUT6 = HERE / "theme_labels_heldout6.jsonl"
HELDOUT7 = HERE / "theme_labels_heldout7.jsonl"
HELDOUT8 = HERE / "theme_labels_heldout8.jsonl"
HELDOUT9 = HERE / "theme_labels_heldout9.jsonl"
HELDOUT10 = HERE / "theme_labels_heldout10.jsonl"
HELDOUT11 = HERE / "theme_labels_heldout11.jsonl"
HELDOUT12 = HERE / "theme_labels_heldout12.jsonl"
HELDOUT13 = HERE / "theme_labels_heldout13.jsonl"
HELDOUT14 = HERE / "theme_labels_heldout14.jsonl"
HELDOUT15 = HERE / "theme_labels_heldout15.jsonl"
HELDOUT16 = HERE / "theme_labels_heldout16.jsonl"
HELDOUT17 = HERE / "theme_labels_heldout17.jsonl"
HELDOUT18 = HERE / "theme_labels_heldout18.jsonl"
HELDOUT19 = HERE / "theme_labels_heldout19.jsonl"
BLIND = [HELDOUT4, HELDOUT5, HELDOUT6, HELDOUT7, HELDOUT8, HELDOUT9, HELDOUT10, HELDOUT11, HELDOUT12,
         HELDOUT13, HELDOUT14, HELDOUT15, HELDOUT16, HELDOUT17, HELDOUT18, HELDOUT19]
DOMAINS = {
    "employment", "housing", "education", "health", "social_bridges", "social_bonds", "social_links",
    "language_culture", "safety_stability", "rights_citizenship", "other",
}


def _rows(path):
    return [json.loads(x) for x in path.read_text().splitlines() if x.strip()]


def _accuracy(path):
    rows = _rows(path)
    hits = sum(theme_code(r["text"], r.get("goal_text") or "", r.get("theme") or "") == r["label"] for r in rows)
    return hits / len(rows)


def test_heldout_is_disjoint_from_tuning_labels():
    tuned = {(r["program"], r["measure_id"]) for r in _rows(TUNING)}
    held = [(r["program"], r["measure_id"]) for r in _rows(HELDOUT)]
    assert len(held) == len(set(held)) >= 70
    assert not tuned & set(held)


def test_heldout2_goals_are_not_tuning_context():
    rows = _rows(HELDOUT2)
    ids = [(r["program"], r["measure_id"]) for r in rows]
    assert len(ids) == len(set(ids)) >= 60
    assert {r["kind"] for r in rows} == {"goal"}
    tuning_texts = {(r["program"], r["text"]) for r in _rows(TUNING)}
    tuning_goals = {(r["program"], r["goal_text"]) for r in _rows(TUNING)}
    assert not {(r["program"], r["text"]) for r in rows} & (tuning_texts | tuning_goals)


def test_heldout3_is_from_programs_outside_the_repo():
    rows = _rows(HELDOUT3)
    ids = [(r["program"], r["measure_id"]) for r in rows]
    assert len(ids) == len(set(ids)) >= 120
    assert all(r["source"].startswith(("https://", "http://")) for r in rows)
    ours = {p.name.rsplit("-", 2)[0] for p in (HERE.parents[1] / "golden").iterdir() if p.is_dir()}
    assert ours and not {r["program"] for r in rows} & ours


def test_heldout4_is_blind_to_the_repo_and_to_heldout3():
    rows = _rows(HELDOUT4)
    ids = [(r["program"], r["measure_id"]) for r in rows]
    assert len(ids) == len(set(ids)) >= 160
    ours = {p.name.rsplit("-", 2)[0] for p in (HERE.parents[1] / "golden").iterdir() if p.is_dir()}
    assert ours and not {r["program"] for r in rows} & ours
    assert not {r["source"] for r in rows} & {r["source"] for r in _rows(HELDOUT3)}
    # the labeller marked a second defensible label on the ambiguous items, and only there
    assert all(bool(r["alt_label"]) == r["ambiguous"] for r in rows)


@pytest.mark.parametrize("k", range(1, len(BLIND)), ids=[p.stem for p in BLIND[1:]])
def test_each_blind_file_is_outside_the_repo_and_the_earlier_files(k):
    rows = _rows(BLIND[k])
    ids = [(r["program"], r["measure_id"]) for r in rows]
    assert len(ids) == len(set(ids)) >= 110
    ours = {p.name.rsplit("-", 2)[0] for p in (HERE.parents[1] / "golden").iterdir() if p.is_dir()}
    assert ours and not {r["program"] for r in rows} & ours
    earlier = {r["source"] for path in [HELDOUT3, *BLIND[:k]] for r in _rows(path)}
    assert not {r["source"] for r in rows} & earlier
    assert all(bool(r["alt_label"]) == r["ambiguous"] for r in rows)


@pytest.mark.parametrize("path", [TUNING, HELDOUT, HELDOUT2, HELDOUT3, *BLIND], ids=lambda p: p.stem)
def test_labels_are_domains(path):
    rows = _rows(path)
    assert {r["label"] for r in rows} <= DOMAINS
    assert {r.get("alt_label") or "other" for r in rows} <= DOMAINS


@pytest.mark.parametrize(("path", "floor"), [(TUNING, 0.81), (HELDOUT, 0.74), (HELDOUT2, 0.83), (HELDOUT3, 0.70),
                                             (HELDOUT4, 0.79), (HELDOUT5, 0.71), (HELDOUT6, 0.79),
                                             (HELDOUT7, 0.76), (HELDOUT8, 0.70), (HELDOUT9, 0.74),
                                             (HELDOUT10, 0.75), (HELDOUT11, 0.65),
                                             (HELDOUT12, 0.70), (HELDOUT13, 0.60),
                                             (HELDOUT14, 0.71), (HELDOUT15, 0.64),
                                             (HELDOUT16, 0.68), (HELDOUT17, 0.60),
                                             (HELDOUT18, 0.68), (HELDOUT19, 0.61)],
                         ids=lambda x: x.stem if isinstance(x, Path) else str(x))
def test_theme_code_accuracy(path, floor):
    acc = _accuracy(path)
    assert acc >= floor, acc


# The mechanism, on made-up text (none of it from the label files).

def test_heading_decides_when_the_text_names_no_domain():
    assert theme_code("Pilotförsök för verksamheten", heading="Boende") == "housing"
    assert theme_code("Stöd vid övergången", heading="Hälsa och välmående") == "health"


def test_goal_outweighs_heading():
    assert theme_code("Pilotförsök för verksamheten", goal="Fler i sysselsättning", heading="Boende") == "employment"
    assert theme_code("Stöd vid övergången", goal="Fler studerar vidare på andra stadiet",
                      heading="Hälsa och välmående") == "education"


def test_a_clear_domain_word_overrides_the_context():
    assert theme_code("Nya hyresbostäder byggs", heading="Arbete och sysselsättning") == "housing"
    assert theme_code("Intensifierad språkundervisning för vuxna", goal="Fler i sysselsättning",
                      heading="Arbete") == "language_culture"
    # cooperation between authorities is a tie to the state, even under a heading about work
    assert theme_code("Tätare samarbete mellan myndigheterna", heading="Arbete") == "social_links"


def test_no_evidence_at_all_is_other():
    assert theme_code("Pilotförsök för verksamheten") == "other"


def test_stems_match_inside_compounds_but_not_false_friends():
    assert theme_code("Arbetslivsorientering för unga") == "employment"
    # 'samarbete' (cooperation) holds 'arbete' (work) but is not about work
    assert theme_code("Samarbete med föreningarna") != "employment"


# The labelling convention in code (docs/themes.md), on made-up text.

def test_generic_service_words_are_links_only_without_a_domain_word():
    # guidance and advice that name no domain: ties to services in general, whatever the heading
    assert theme_code("Rådgivning och handledning i vardagliga ärenden", heading="Boende") == "social_links"
    assert theme_code("Samordning av integrationsarbetet", goal="Fler i sysselsättning") == "social_links"
    # a service about one domain takes that domain, whatever the heading
    assert theme_code("Boenderådgivning för nyanlända", heading="Arbete") == "housing"
    assert theme_code("Information till vårdnadshavare om skolsystemet", heading="Hälsa") == "education"


def test_staff_training_is_not_education():
    assert theme_code("Personalen utbildas i kultursensitivt bemötande") == "other"
    assert theme_code("Stärkande av myndigheternas kunnande", heading="Säkerhet") == "other"
    assert theme_code("Yrkesutbildning för vuxna invandrare") == "education"


def test_language_learning_is_language_culture_but_a_service_language_is_not():
    assert theme_code("Svenskakurser för vuxna", heading="Utbildning") == "language_culture"
    assert theme_code("Undervisning i eget modersmål") == "language_culture"
    assert theme_code("Information om kommunens tjänster på flera språk") == "social_links"
    assert theme_code("Digitala tjänster för personer som inte kan finska eller svenska") == "social_links"
    # interpreting reaches people through the services; it does not teach the language
    assert theme_code("Tolkning vid besök hos myndigheterna", heading="Hälsa") == "social_links"


def test_racism_and_discrimination_are_rights():
    assert theme_code("Kampanj mot rasism", heading="Trygghet") == "rights_citizenship"


def test_words_that_hold_a_stem_by_accident():
    # 'förebyggande' holds 'byggande' (construction), 'relevant' holds 'elev' (pupil)
    assert theme_code("Förebyggande verksamhet för unga") == "other"
    assert theme_code("Relevant och aktuell statistik") == "other"


def test_a_service_across_several_service_domains_is_general_access():
    # guidance that names housing, health and schooling at once is access to services in general
    assert theme_code("Rådgivning om bostäder, hälsovård och skolgång för nyanlända") == "social_links"
    assert theme_code("Samarbete mellan skolan, hälsovården och arbetsförmedlingen",
                      heading="Arbete") == "social_links"
    # two domains are not yet general: the stronger one decides
    assert theme_code("Rådgivning om bostäder för nyanlända") == "housing"
    assert theme_code("Hälsokontroll för nyanlända i samarbete med hälsovården och skolan") != "social_links"


def test_language_learning_in_a_school_is_language_culture():
    assert theme_code("Extra undervisning i svenska i daghem och skolor") == "language_culture"
    assert theme_code("Läxhjälp i skolan för elever med invandrarbakgrund") == "education"
    # language awareness of a school is not language learning
    assert theme_code("Språkmedvetna arbetssätt i skolan") == "education"


def test_taking_part_in_society_is_links():
    assert theme_code("Nyanlända ska bli delaktiga i samhället") == "social_links"
    assert theme_code("Invånarnas möjligheter att aktivt delta i samhällets verksamhet stärks") == "social_links"


def test_steering_and_following_up_the_program_is_other():
    assert theme_code("Planen följs upp varje år i budgetarbetet") == "other"
    assert theme_code("Programmet är kommunens styrdokument för integrationen") == "other"


def test_everyday_words_that_hold_a_stem_are_no_evidence():
    # found by auditing the lexicon against the commonest Swedish words (bench.lexicon_audit)
    assert domain_scores("Kommunen sammanställer en rapport")["employment"] == 0  # 'anställ'
    assert domain_scores("Arbete mot främlingsfientlighet")["language_culture"] == 0  # 'sfi'
    assert domain_scores("Föreläsningar för förtroendevalda")["language_culture"] == 0  # 'läsning'
    assert domain_scores("Föreläsningar för förtroendevalda")["safety_stability"] == 0  # 'våld'
    assert domain_scores("Nämnden förespråkar ett fördelaktigt avtal")["language_culture"] == 0
    assert domain_scores("Nämnden förespråkar ett fördelaktigt avtal")["social_links"] == 0
    assert domain_scores("Förbättrad samordning inom området")["safety_stability"] == 0  # 'ordning'
    assert domain_scores("Värderingar och värdegrund")["health"] == 0  # 'vård'
    assert domain_scores("Inför nya arbetssätt")["social_links"] == 0  # 'info'
    # the real words still count
    assert domain_scores("Våld i nära relationer")["safety_stability"] > 0
    assert domain_scores("Sfi för föräldralediga")["language_culture"] > 0
    assert domain_scores("Information om tjänsterna")["social_links"] > 0


def test_information_about_society_is_links_not_language():
    assert theme_code("Kurs om hur samhället fungerar för nyanlända") == "social_links"
    assert theme_code("Samhällsorientering på modersmålet", heading="Språk och kultur") == "social_links"
    assert theme_code("Information om det svenska samhället och dess seder") != "language_culture"
    # learning the language stays language learning
    assert theme_code("Kurser i svenska för nyanlända föräldrar") == "language_culture"


def test_contacts_with_several_authorities_are_links():
    assert theme_code("Stöd i kontakterna med Skatteverket och Försäkringskassan") == "social_links"
    assert theme_code("Hjälp med myndighetskontakter som Arbetsförmedlingen och Kela",
                      heading="Arbete") == "social_links"
    # one authority, named with the one that sent the person, is that authority's domain
    assert theme_code("Första kontakt med arbetsförmedlingen för den som anvisats av "
                      "Migrationsverket till kommunen") == "employment"
    # two authorities of one domain are that domain
    assert theme_code("Arbetsförmedlingen och TE-byrån samarbetar om jobbsökning") == "employment"


def test_the_program_itself_as_subject_is_other():
    assert theme_code("Planen anger vilka tjänster kommunen erbjuder") == "other"
    assert theme_code("Ett nytt program gäller för hela regionen") == "other"
    # the program doing something in a domain is that domain
    assert theme_code("Programmet stöder elevernas skolgång") == "education"
    # a person's own plan is no program document
    assert theme_code("Den individuella integrationsplanen görs tillsammans med klienten") != "other"
    assert theme_code("Integrationsplanen görs upp tillsammans med klienten") == "social_links"


def test_buddies_cafes_and_outreach():
    assert theme_code("Kompisverksamhet för nyanlända familjer", heading="Hälsa") == "social_bridges"
    assert theme_code("Kulturkafé varje månad", heading="Hälsa") == "social_bridges"
    assert theme_code("Gemensamt julfirande på torget") == "social_bridges"
    assert theme_code("Koordinatorn främjar goda etniska relationer") == "social_bridges"
    assert theme_code("Språkcafé på biblioteket") == "language_culture"
    assert theme_code("Uppsökande verksamhet bland nyinflyttade") == "social_links"
    # the Swedish employment service's establishment programme is employment
    assert theme_code("Förlängda etableringsinsatser för föräldrar") == "employment"


def test_welfare_homes_guides_and_sfi():
    assert theme_code("Sfi-undervisning på kvällar och helger") == "language_culture"
    assert theme_code("Försörjningsstöd för hushåll utan inkomst") == "social_links"
    assert theme_code("Egen försörjning genom arbete") == "employment"
    assert theme_code("Kulturguider visar nyanlända runt på orten") == "social_bridges"
    assert theme_code("Grupphem för ensamkommande unga") == "housing"
    assert theme_code("Kommunen har en koordinator för nyinflyttade") == "social_links"


def test_childcare_child_protection_and_hate_crime():
    assert theme_code("Småbarnsfostran på svenska och finska", heading="Språk") == "education"
    assert theme_code("Platser i barnsomsorgen för nyanlända") == "education"
    assert theme_code("Barnskydd och stöd till familjer i kris") == "safety_stability"
    # a hate crime named with racism is about racism; alone it is a crime
    assert theme_code("Arbetet mot rasism och hatbrott i skolan") == "rights_citizenship"
    assert theme_code("Förebygga hatbrott och oroligheter") == "safety_stability"


def test_work_on_something_cooperation_with_the_municipality_and_parenting():
    # 'arbetet mot/med/kring X' is the work done on X, not paid work
    assert domain_scores("Kommunens arbete mot segregation")["employment"] == 0
    assert domain_scores("Arbete för unga vuxna")["employment"] > 0
    # the municipality cooperating with an authority is ties between authorities
    assert theme_code("Nära samarbete mellan Arbetsförmedlingen och kommunen") == "social_links"
    assert theme_code("Kommunen ordnar praktikplatser via Arbetsförmedlingen") == "employment"
    assert theme_code("Samråd med Migrationsverket och Arbetsförmedlingen om mottagandet") == "social_links"
    assert theme_code("Föräldrakurs för nyanlända mammor och pappor") == "social_bonds"
    assert theme_code("Kurs i hjärt-lungräddning för föräldrar") == "health"
    assert theme_code("En lägesbild av integrationen tas fram varje år") == "other"


def test_target_groups_honour_oppression_literacy_and_assignment_steps():
    # a residence permit that names who a service is for does not make it about rights
    assert theme_code("Samhällsorientering för personer med uppehållstillstånd") == "social_links"
    assert theme_code("Stöd till unga som utsätts för hedersförtryck") == "safety_stability"
    assert theme_code("Läs- och skrivundervisning för vuxna", heading="Utbildning") == "language_culture"
    assert theme_code("Psykosocialt stöd för ensamkommande unga") == "health"
    assert theme_code("Lån till hemutrustning för nyanlända") == "housing"
    assert theme_code("Myndigheten ska lämna nödvändiga författningsförslag", heading="Skola") == "other"


def test_language_friends_language_practice_sfi_and_study_tasks():
    assert theme_code("Språkvänner för nyanlända familjer") == "social_bridges"
    assert theme_code("Väntjänst för den som är ny i kommunen") == "social_bridges"
    assert theme_code("Språkträning och läxhjälp för unga") == "language_culture"
    assert theme_code("Eleverna placeras i sfi efter en bedömning av tidigare skolgång") == "language_culture"
    # studying, measuring or reporting that names no domain is the program's machinery
    assert theme_code("Analysera behovet av att ändra ersättningarna till kommunerna") == "other"
    assert theme_code("Kartlägga hur ansvaret är fördelat mellan förvaltningarna") == "other"
    # a study of a domain is about that domain
    assert theme_code("Kartlägga bostadsbehovet bland nyanlända") == "housing"


def test_reception_payments_and_funding():
    # receiving newcomers is a service act of its own (the convention: reception of clients)
    assert theme_code("Kommunen tar emot familjer som fått uppehållstillstånd") == "social_links"
    assert theme_code("Kommunplatser för personer som anvisas") == "social_links"
    assert theme_code("Mottagningscentralen sköter de första veckorna") == "social_links"
    # preparedness to receive is the reception's capacity, not safety; crisis preparedness is
    assert theme_code("Beredskap att ta emot fler flyktingar under året") == "social_links"
    assert theme_code("Beredskap inför kriser och störningar i kommunen") == "safety_stability"
    # a payment to a person is a welfare service, whatever it pays for
    assert theme_code("Handläggning av ekonomiskt bistånd under väntetiden") == "social_links"
    assert theme_code("Utbetalning av etableringsersättning och bostadsersättning") == "social_links"
    assert theme_code("Försörjning för dem som står utanför programmet") == "social_links"
    # ... but one's own living is employment
    assert theme_code("Fler når egen försörjning genom arbete") == "employment"
    assert theme_code("Stöd att klara sin försörjning") == "employment"
    # the state's money to the municipalities is the program's machinery
    assert theme_code("Staten betalar ut ersättning till kommunerna") == "other"
    # a guardian is no care
    assert theme_code("Kommunplatser för barn utan vårdnadshavare") == "social_links"


def test_social_services_count_as_a_service_area():
    assert theme_code("Samarbete mellan socialtjänsten, hälsovården och daghemmen kring mottagandet") \
        == "social_links"
    # two areas without the social services stay with the domains they name
    assert theme_code("Samarbete mellan hälsovården och daghemmen") in ("health", "education")
    assert theme_code("Drop in hos handledarna varje vecka") == "social_links"


def test_emergency_housing_community_guides_association_life_and_work_swedish():
    assert theme_code("Skolans gymnastiksal inreds för nödinkvartering") == "housing"
    assert theme_code("Samhällsguider träffar nya invånare varje vecka") == "social_bridges"
    assert theme_code("Fler unga hittar in i föreningslivet") == "social_bridges"
    assert theme_code("Kurser i arbetssvenska inom vuxenutbildningen") == "language_culture"
    assert theme_code("Fler blir egenförsörjande inom två år") == "employment"


def test_one_word_is_one_piece_of_evidence():
    # 'hälsovård' holds the stems 'halso', 'halsovard' and 'vard' of one domain: it counts once,
    # as the strongest of them, not as the sum of three
    assert domain_scores("Hälsovården")["health"] == domain_scores("Hälsan")["health"] == 3.0
    # the longer stem weighs as much as the strongest stem inside it
    assert domain_scores("Arbetslivet")["employment"] == 3.0
    # two different words of a domain are two pieces of evidence
    assert domain_scores("Hälsovården och psykologerna")["health"] == 6.0


def test_inflected_stems_friends_mediation_and_delivery_languages():
    # an adjective stem must hold every inflection: 'hedersrelaterat', 'yrkesinriktade'
    assert theme_code("Stöd till unga som utsätts för hedersrelaterat förtryck") == "safety_stability"
    assert theme_code("Yrkesinriktade insatser för unga vuxna") == "employment"
    assert theme_code("Volontärer blir vänner till nyanlända familjer") == "social_bridges"
    assert theme_code("Grannmedling vid konflikter i bostadsområdet") in ("safety_stability", "housing")
    assert theme_code("Medling mellan grupper som hamnat i konflikt") == "safety_stability"
    # 'förmedling' is no mediation
    assert theme_code("Informationsförmedling mellan enheterna") == "social_links"
    assert theme_code("En integrationskurs på svenska för vuxna") == "language_culture"
    # the languages a service is given in are no language learning
    assert theme_code("Rådgivare svarar på kurdiska, tigrinja och dari") == "social_links"
    # the place one lives in is no housing; a library is mostly a venue
    assert theme_code("Invandrare hänvisas till tjänster på sin bostadsort") == "social_links"
    assert theme_code("Rådgivning i biblioteket varje vecka") == "social_links"


def test_runner_up_domain():
    from classifiers.themes import theme_codes
    # an item naming two domains: the first decides, the second is the runner-up
    assert theme_codes("Hjälp att hitta bostad och ett arbete") == ("housing", "employment")
    # context evidence counts for the runner-up too
    code, alt = theme_codes("Pilotförsök för verksamheten", goal="Fler i sysselsättning",
                            heading="Boende")
    assert (code, alt) == ("employment", "housing")
    # evidence of one domain only, or none: no runner-up
    assert theme_codes("Kommunplatser för kvotflyktingar") == ("social_links", None)
    assert theme_codes("Pilotförsök") == ("other", None)
    assert theme_codes("Hjälp att hitta bostad")[1] is None


def test_peer_support_and_the_civic_orientation_course():
    # peer support among people in the same situation is one's own group
    assert theme_code("Kamratstöd för unga föräldrar") == "social_bonds"
    # friends and buddies across groups stay bridges
    assert theme_code("Kamratverksamhet med lokala ungdomar") == "social_bridges"
    assert theme_code("Kommunen ordnar en samhällsorienteringskurs för vuxna") == "social_links"
