"""Floors on the programmes written blind (tests/data/blind_programs, README there): each one
typeset ruled by golden.render, run through the whole pipeline and scored against its gold.
The floors sit below today's figures (`python -m bench.blind_programs`), so a change that
loses a convention these programmes use (goal fields, statement headings over records,
follow-up lists, trailing actors) fails here."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from classifiers.scoring import score
from golden import render as R
from pipeline import golden
from pipeline.process import ProcessOptions, process_file, sha256_file

DATA = Path(__file__).resolve().parents[1] / "data" / "blind_programs"
# per programme: the lowest F1 allowed for goals / measures / indicators (ruled print);
FLOORS = {
    "blind1-raseborg-2025-2028": (0.95, 0.95, 0.95),
    "blind2-kristinestad-2025-2027": (0.95, 0.95, 0.95),
    "blind3-jakobstad-2024-2027": (0.85, 0.95, 0.95),
    "blind4-sibbo-2025-2029": (0.95, 0.95, 0.95),
    "blind5-narpes-2025-2028": (0.9, 0.95, 0.95),
    "blind6-korsholm-2026-2029": (0.95, 0.95, 0.95),
    # check set (blind7-12) and final set (blind13-18): floors set after their one blind
    # measurement and the work that followed (README there); blind9's measures are sentences
    # of running prose (classifiers/prose_actions.py; one of its 17, 'Varje barn ... får ...',
    # names no doer and is not read: F1 0.970); blind9 and blind17 have no indicators
    "blind7-sundby-2025-2028": (0.95, 0.95, 0.95),
    "blind8-hagnas-2024-2027": (0.95, 0.95, 0.95),
    "blind9-korsvik-2025-2028": (0.95, 0.95, None),
    "blind10-ostervik-2024-2027": (0.95, 0.95, 0.95),
    "blind11-lindholm-2025-2028": (0.95, 0.95, 0.95),
    "blind12-bjorkala-2025-2028": (0.95, 0.95, 0.95),
    "blind13-hango-2025-2028": (0.95, 0.95, 0.95),
    "blind14-kronoby-2024-2027": (0.95, 0.75, 0.95),
    "blind15-nykarleby-2025-2029": (0.95, 0.95, 0.95),
    "blind16-larsmo-2025-2028": (0.95, 0.95, 0.95),
    "blind17-kimitoon-2024-2027": (0.75, 0.95, None),
    "blind18-narpes-2025-2028": (0.95, 0.95, 0.95),
    # fourth set (blind19-24): floors after its one blind measurement and the work that
    # followed; blind22 has no indicators. blind20: desired-state goal fields with
    # baseline/target indicator tables and actor parentheses; blind21: effect goals with coded
    # result goals and activities; blind23: lead-phrase action paragraphs and a theme-keyed
    # follow-up table
    "blind19-malax-2024-2027": (0.95, 0.95, 0.95),
    "blind20-vora-2025-2028": (0.95, 0.95, 0.95),
    "blind21-pedersore-2024-2027": (0.95, 0.95, 0.95),
    "blind22-inga-2025-2028": (0.95, 0.95, None),
    "blind23-lovisa-2025-2028": (0.95, 0.95, 0.95),
    "blind24-kasko-2024-2027": (0.95, 0.95, 0.95),
    # fifth set (blind25-30): floors set after its one blind measurement and the work that
    # followed; blind26 and blind29 have no indicators, blind27 reads the national goals it
    # quotes as its own (goals 0.667)
    "blind25-kyrkslatt-2024-2027": (0.95, 0.95, 0.95),
    "blind26-grankulla-2023-2026": (0.95, 0.95, None),
    "blind27-korsnas-2022-2025": (0.6, 0.85, 0.95),
    "blind28-lapptrask-2024-2027": (0.95, 0.95, 0.95),
    "blind29-sjundea-2023-2026": (0.95, 0.95, None),
    "blind30-lojo-2022-2025": (0.95, 0.95, 0.95),
    # sixth set (blind31-36): floors set after its one blind measurement (0.381 mean, ruled)
    # and the work that followed; blind31 reads the old actions of its chapter 6 and the
    # sector's ordinary services as measures (0.923), blind33 glues the row a page break cut
    # (the gold keeps the first fragment)
    "blind31-borga-2026-2029": (0.95, 0.9, 0.95),
    "blind32-karleby-2023-2026": (0.95, 0.95, 0.95),
    "blind33-esbo-2024-2027": (0.95, 0.9, 0.95),
    "blind34-vanda-2025-2028": (0.95, 0.95, None),
    "blind35-abo-2022-2025": (0.95, 0.95, 0.95),
    "blind36-kervo-2024-2027": (0.95, 0.95, 0.95),
    # seventh set (blind37-42, typical presentations): floors set after its one blind
    # measurement (0.719 mean, ruled) and the work that followed; blind42's and blind37's gold
    # strip a labelled '(ansvar: X, 2025)' from the action text, as blind31 does, where
    # blind10, blind11 and blind16 keep it (koto kept it in the text: 0.647 and 0.944; it is
    # cut since, and kept in `printed` for the others: 1.000); blind40's gold cuts
    # 'i samarbete med X' out of one action's text (0.917)
    "blind37-karis-2025-2028": (0.95, 0.95, 0.95),
    "blind38-ekenas-2024-2027": (0.95, 0.95, 0.95),
    "blind39-oravais-2023-2026": (0.95, 0.95, 0.95),
    "blind40-houtskar-2026-2029": (0.95, 0.9, 0.95),
    "blind41-nagu-2024-2027": (0.95, 0.95, 0.95),
    "blind42-liljendal-2022-2025": (0.95, 0.95, 0.95),
    # eighth set (blind43-48, typical presentations, written after the seventh set's
    # mechanisms): floors set after its one blind measurement (0.890 mean, ruled; the
    # session-start code 0.939: a rule of the seventh set's work had left blind43's lists
    # unread) and the two fixes that followed; then raised after h-gap9a's fixes (a vision
    # is no goal, a '(forts.)' caption continues its table, a wish in the introduction is
    # no goal, a time under a whole time starts a row, 'Som mätare används ...'): blind44,
    # blind46-48 at 1.000 ruled on all three; blind45's goals 0.667 (its gold cuts two goal
    # sentences short)
    "blind43-brando-2024-2027": (0.95, 0.95, 0.9),
    "blind44-tenala-2025-2028": (0.95, 0.95, 0.95),
    "blind45-snappertuna-2023-2026": (0.65, 0.95, 0.95),
    "blind46-pojo-2026-2029": (0.95, 0.95, 0.95),
    "blind47-eckero-2022-2025": (0.95, 0.95, 0.95),
    "blind48-maxmo-2024-2027": (0.95, 0.95, 0.95),
    # ninth set (blind49-54, typical presentations): floors after its one blind measurement
    "blind49-replot-2025-2028": (0.95, 0.95, 0.95),  # first blind measurement 0.667/1.000/0.786 -> now 1/1/1
    # blind50/51/53: first blind measurement (main 6def1a8, ruled goals / measures / indicators)
    # -> now. blind50 1.000/0.941/1.000 -> 1/1/1 (its gold keeps '(bildningsnämnden, från 2025)'
    # in the text, which blind1/blind20's gold cut and koto cuts: matched by Measure.printed,
    # the item with its tail); blind51 0.667/1.000/0.800 ->
    # 0.923/1.000/1.000 (h-n9a and h-n9b together; 'I kommunens strategi är målet att ...' read
    # as a goal); blind53 0.600/0.769/1.000 -> 0.923/1.000/1.000 ('Vi vill samla ...' read as a goal)
    "blind50-sottunga-2024-2027": (0.95, 0.95, 0.95),
    "blind51-dragsfjard-2025-2029": (0.9, 0.95, 0.95),
    "blind52-bromarv-2024-2027": (0.95, 0.95, 0.95),  # first blind measurement 0.667/1.000/1.000 -> now 1/1/1
    "blind53-munsala-2026-2029": (0.9, 0.95, 0.95),
    "blind54-jomala-2025-2028": (0.95, 0.95, 0.95),  # first blind measurement 0.500/0.857/1.000 -> now 1/1/1
    # tenth set (blind55-60, typical presentations): first measured with the code after the ninth
    # set's work (never read by it), then worked on
    "blind55-perna-2025-2028": (0.95, 0.95, 0.95),  # first blind measurement 0.000/0.857/1.000 -> now 1/1/1
    "blind56-esse-2024-2027": (0.95, 0.95, 0.95),  # first blind measurement 0.625/0.000/1.000 -> now 1/1/1
    "blind57-terjarv-2025-2028": (0.95, 0.95, 0.95),  # first blind measurement 1.000/0.372/0.800 -> now 1/1/1
    "blind58-petalax-2026-2029": (0.95, 0.95, 0.95),  # first blind measurement 1.000/0.941/1.000 -> now 1/1/1
    "blind59-foglo-2025-2028": (0.95, 0.95, 0.95),  # first blind measurement 1.000/1.000/1.000 -> now 1/1/1
    "blind60-inio-2024-2027": (0.95, 0.95, 0.95),  # first blind measurement 0.889/1.000/0.000 -> now 1/1/1
    # eleventh set (blind61-66, typical programmes of several kinds, written after the ninth and
    # tenth sets' work): floors after its one blind measurement and the work that followed
    "blind61-portom-2025-2028": (0.75, 0.95, 0.95),  # first blind measurement 0.800/0.435/1.000 -> 0.800/0.560/1.000 -> now 0.800/0.960/1.000 (five actor parentheses the gold keeps in the text, a convention the writers split on: matched by Measure.printed)
    "blind62-overmark-2024-2027": (0.95, 0.95, 0.95),  # first blind measurement 0.667/1.000/1.000 -> now 1/1/1
    "blind63-solf-2026-2029": (0.95, 0.9, 0.95),  # first blind measurement 1.000/0.929/1.000 -> now the same (i→m 0.300 -> 0.900)
    "blind64-lappfjard-2025-2028": (0.95, 0.95, 0.85),  # first blind measurement 0.667/1.000/0.875 -> now 1/1/0.875
    "blind65-vardo-2025-2028": (0.95, 0.65, 0.95),  # first blind measurement 1.000/0.125/1.000 (m→g 0.000) -> 1.000/0.500/1.000 (m→g 1.000) -> now 1.000/0.700/1.000 (tails the gold keeps matched by Measure.printed)
    "blind66-sideby-2024-2027": (0.95, 0.95, 0.85),  # first blind measurement 0.800/1.000/0.870 -> now 1/1/0.870
    # twelfth set (blind67-72, typical programmes of several kinds): floors after its one blind
    # measurement and the work that followed
    "blind67-kvevlax-2025-2028": (0.95, 0.95, 0.95),  # first blind measurement 0.667/1.000/1.000 -> now 1/1/1 (m→g 0.769 -> 1.000, resp 0.692 -> 1.000)
    "blind68-purmo-2024-2027": (0.95, 0.95, 0.95),  # first blind measurement 0.875/1.000/0.857 -> now 1/1/1
    "blind69-nedervetil-2025-2028": (0.95, 0.6, 0.95),  # first blind measurement 0.833/0.667/1.000 -> now 1.000/0.667/1.000 (four actor parentheses '(X, 2026)' the gold keeps in the text; m→g 0.625 -> 1.000, resp 0.500 -> 1.000)
    "blind70-korpo-2026-2029": (0.95, 0.95, 0.95),  # first blind measurement 1.000/0.692/1.000 (i→m 0.200, resp 0.000) -> now 1/1/1 (i→m 1.000, resp 1.000)
    "blind71-kokar-2025-2027": (0.95, 0.95, 0.95),  # first blind measurement 0.000/1.000/1.000 -> now 1/1/1 (m→g 0.000 -> 1.000)
    "blind72-stromfors-2024-2027": (0.95, 0.95, 0.95),  # first blind measurement 0.875/0.000/0.000 -> now 1/1/1 (resp 0.938: a Vem? cell 'Kommunen', see classifiers/README.md)
    # thirteenth set (blind73-78, programmes as a municipal office writes them): floors after
    # its one blind measurement (main d5b1e74) and the work that followed
    "blind73-lemland-2025-2028": (0.95, 0.95, 0.95),  # first blind measurement 0.286/0.316/0.364 -> now 1/1/1 (resp 0.933: a subject 'Kommunen', see classifiers/README.md)
    "blind74-hitis-2026-2029": (0.95, 0.95, 0.95),  # first blind measurement 0.143/1.000/1.000 -> now 1/1/1 (m→g 0.250 -> 1.000)
    "blind75-pyttis-2025-2028": (0.95, 0.95, 0.95),  # first blind measurement 1.000/1.000/1.000 -> now 1/1/1 (resp 0.938 -> 1.000)
    "blind76-tjock-2025-2027": (0.95, 0.95, 0.95),  # first blind measurement 1.000/1.000/1.000 -> now the same (resp 0.571 -> 1.000)
    "blind77-bergo-2026-2028": (0.95, 0.95, 0.95),  # first blind measurement 1.000/0.750/1.000 -> now 1/1/1 (numbered print 1.000/0.750/0.000 -> 1/1/1)
    "blind78-vastanfjard-2025-2026": (0.95, 0.95, 0.95),  # first blind measurement 0.769/0.900/1.000 -> now 1/1/1
    # fourteenth set (blind79-84, six municipalities each publishing its own way): floors after
    # its one blind measurement (main fc4fc82) and the work that followed
    "blind79-saltvik-2025-2028": (0.95, 0.95, 0.95),  # first blind measurement 1.000/0.970/1.000 -> now 1/1/1 (resp 0.875 -> 1.000)
    "blind80-pellinge-2025-2028": (0.95, 0.95, 0.95),  # first blind measurement 0.000/1.000/0.870 -> now 1/1/1 (m→g 0.000 -> 1.000, resp 0.929 -> 1.000)
    "blind81-degerby-2026-2029": (0.95, 0.95, 0.95),  # first blind measurement 0.800/0.609/1.000 -> now 1/1/1 (m→g 0.857 -> 1.000)
    "blind82-morskom-2025-2028": (0.95, 0.95, 0.95),  # first blind measurement 0.909/0.375/1.000 -> now 1/1/1
    "blind83-vasterby-2025-2028": (0.95, 0.95, 0.95),  # first blind measurement 0.727/1.000/0.000 -> now 1/1/1 (m→g 0.500 -> 1.000, resp 0.929 -> 1.000)
    "blind84-finstrom-2026-2029": (0.95, 0.95, 0.95),  # first blind measurement 1.000/1.000/0.889 -> now 1/1/1
    # fifteenth set (blind85-90): floors after its one blind measurement (main f18c0b5, 0663dfc) and the work that followed
    "blind85-tusby-2026-2029": (0.95, 0.95, 0.95),  # first blind measurement 1.000/1.000/1.000 -> now 1/1/1 (resp 0.000 -> 1.000)
    "blind86-geta-2025-2028": (0.95, 0.95, 0.95),  # first blind measurement 1.000/0.880/1.000 -> now 1/1/1 (resp 0.818 -> 1.000)
    "blind87-vallgrund-2026-2029": (0.95, 0.95, 0.95),  # first blind measurement 0.000/1.000/1.000 -> now 1/1/1 (m→g 0.000 -> 1.000)
    "blind88-finby-2025-2028": (0.95, 0.95, 0.95),  # first blind measurement 1.000/1.000/1.000 -> now the same (cards/numbered/keyvalue goals 0.667/0.667/0.778, m→g 0.000: the renderer's 'Mål N: Mål N' group headings)
    "blind89-botom-2026-2029": (0.95, 0.95, 0.95),  # first blind measurement 0.800/1.000/0.800 -> now 1/1/1 (m→g 0.571 -> 1.000, resp 0.429 -> 1.000)
    "blind90-hammarland-2026-2029": (0.95, 0.95, 0.95),  # first blind measurement 1.000/1.000/1.000 -> now 1/1/1 (two-column goals 0.667 -> 0.769: the extractor reads the two-column text as a table)
    # sixteenth set (blind91-96): floors after its one blind measurement (main 0256d33, after the fifteenth set's work) and the work that followed
    "blind91-jeppo-2025-2028": (0.95, 0.95, 0.95),  # first blind measurement 0.750/0.786/1.000 -> now 1/1/1 (every print)
    "blind92-kumlinge-2025-2028": (0.95, 0.95, 0.95),  # first blind measurement 1.000/0.857/1.000 -> now 1/1/1 (i→m 0.429 -> 1.000)
    "blind93-dagsmark-2025-2028": (0.95, 0.95, 0.95),  # first blind measurement 0.286/0.182/1.000 -> now 1/1/1 (i→m 0.714 -> 1.000)
    "blind94-kallby-2021-2024": (0.95, 0.95, 0.95),  # first blind measurement 1.000/1.000/0.364 -> now 1/1/1 (resp 0.000 -> 1.000)
    "blind95-lumparland-2024-2027": (0.95, 0.95, 0.95),  # first blind measurement 1.000/1.000/1.000 -> now 1/1/1 (cards measures 0.870 -> 1.000, i→m 0.667 -> 1.000; numbered i→m 0.333 -> 1.000)
    "blind96-skaftung-2026-2029": (0.95, 0.95, 0.95),  # first blind measurement 1.000/1.000/1.000 -> now 1/1/1 (m→g 0.929 -> 1.000, resp 0.923 -> 1.000, every print)
    # seventeenth set (blind97-102): floors after its one blind measurement (main 63c42a7, after the fifteenth and sixteenth sets' work) and the work that followed
    "blind97-bennas-2025-2028": (0.95, 0.95, 0.95),  # first blind measurement 1.000/0.769/0.250 -> now 1/1/1 (i→m 0.000 -> 1.000, resp 0.000 -> 0.625, every print; 'Kommunen' as subject recorded, as blind9/blind40's gold does)
    "blind98-sund-2024-2027": (0.95, 0.95, 0.95),  # first blind measurement 0.200/0.455/0.154 -> now 1/1/1 (m→g 0.400 -> 1, resp 0.400 -> 1, every print)
    "blind99-yttermark-2025-2027": (0.95, 0.95, 0.95),  # first blind measurement 1.000/1.000/0.941 -> now 1/1/1 (every print; cards i→m 0.375 -> 1.000, numbered i→m 0.000 -> 1.000)
    "blind100-karpero-2024-2027": (0.95, 0.95, 0.95),  # first blind measurement 0.923/0.558/1.000 -> now 1/1/1 (i→m 0.375 -> 1.000, resp 0.333 -> 1.000, every print)
    "blind101-mariehamn-2025-2028": (0.95, 0.95, 0.95),  # first blind measurement 0.125/0.880/0.800 -> now 1/1/1 (m→g 0.273 -> 1, resp 0.727 -> 1, every print)
    "blind102-borgnas-2026-2029": (0.95, 0.95, 0.95),  # first blind measurement 1.000/1.000/0.800 -> now 1/1/1 (every print)
    # eighteenth set (blind103-108): committed before any measurement; floors after its first measurement
    "blind103-vasterfors-2025-2028": (0.95, 0.95, 0.95),  # first blind measurement 0.667/0.471/0.476 -> now 1/1/1 (i→m 0.000 -> 1; borderless 0.923/0.963/0.941, numbered 0.667/0.696/0.857)
    "blind104-skarlax-2024-2027": (0.95, 0.95, 0.95),  # first blind measurement 1.000/0.750/1.000 -> now 1/1/1 (resp 0.917 -> 1.000, every print)
    "blind105-bodviken-2025-2029": (0.95, 0.95, 0.95),  # first blind measurement 0.250/0.966/0.000 -> now 1/1/1 (m→g 0.143 -> 1, every print)
    "blind106-norrnas-2025-2027": (0.95, 0.95, 0.95),  # first blind measurement 1.000/0.889/1.000 -> now 1/1/1 (cards/numbered/keyvalue m→g 0.000 -> 1.000)
    "blind107-kastelby-2025-2028": (0.95, 0.95, 0.95),  # first blind measurement 1.000/0.846/1.000 -> now 1/1/1 (cards/numbered indicators 0.167 -> 1, resp 0.364/0.182 -> 1, every print)
    "blind108-granvik-2026-2029": (0.95, 0.95, 0.95),  # first blind measurement 1.000/1.000/1.000 -> now 1/1/1 (numbered print 1.000/0.848/1.000, resp 0.929 -> 1/1/1)
    # nineteenth set (blind109-114): committed before any measurement; floors after its first measurement
    "blind109-sandvik-2025-2028": (0.95, 0.95, 0.95),  # first blind measurement 1.000/1.000/1.000 -> now 1/1/1 (every print)
    "blind110-nyhamn-2024-2027": (0.95, 0.95, 0.95),  # first blind measurement 0.000/1.000/1.000 -> now 1/1/1 (m→g 0.000 -> 1, every print)
    "blind111-kyrkvik-2025-2028": (0.95, 0.95, 0.95),  # first blind measurement 0.667/0.471/1.000 -> now 1/1/1 (m→g 0 -> 1 every print, resp 0 -> 1; cards 0.7, numbered 0.6 left)
    "blind112-norrsund-2025-2028": (0.95, 0.95, 0.95),  # first blind measurement 1.000/0.897/0.800 -> now 1/1/1 (i→m 0.75 -> 1, resp 0.692 -> 1, every print)
    "blind113-strandholm-2026-2029": (0.95, 0.95, 0.95),  # first blind measurement 0.923/0.000/1.000 -> now 1/1/1 (twocolumn 1.000/0.929/1.000, m→g 0.846)
    "blind114-fjardsund-2025-2028": (0.95, 0.95, 0.95),  # first blind measurement 1.000/1.000/1.000 -> now 1/1/1 (resp 0.688 left: gold keeps abbreviations a legend spells out)
    "blind115-sydfjarden-2025-2028": (0.95, 0.95, 0.95),  # first blind measurement 0.667/1.000/1.000 -> now 1/1/1 (m→g 0.000 -> 1, i→m 0.200 -> 1, every print)
    "blind116-sjobacka-2025-2027": (0.95, 0.95, 0.95),  # first blind measurement 1.000/0.308/0.000 -> now 1/1/1 (m→g 0.750 -> 1, resp 0.923 -> 1, cards/keyvalue i→m 0 -> 1, every print)
    "blind117-lovnas-2025-2028": (0.95, 0.95, 0.95),  # first blind measurement 1.000/0.903/1.000 -> now 1/1/1 (i→m 0.875 -> 1; cards/numbered indicators 0.222 -> 1)
    "blind118-bjornholm-2026-2029": (0.95, 0.95, 0.95),  # first blind measurement 0.909/0.710/0.000 -> now 1/1/1 (numbered 1.000/0.968/1.000: one action of a typesetter-split row left)
    "blind119-aland-2025-2028": (0.95, 0.95, 0.95),  # first blind measurement 0.471/0.870/0.833 -> now 1/1/1 (m→g 0.4 -> 1, resp 0.6 -> 1, every print)
    "blind120-akerby-2025-2028": (0.95, 0.95, 0.95),  # first blind measurement 1.000/0.889/1.000 -> now 1/1/1 (every print)
    "blind121-kvarnby-2025-2028": (0.95, 0.95, 0.95),  # first blind measurement 0.778/1.000/1.000 -> now 1/1/1 (theme 0 -> 1; every print)
    "blind122-fagervik-2024-2027": (0.95, 0.95, 0.95),  # first blind measurement 1.000/0.000/1.000 -> now 1/1/1 (i→m 0.444 -> 1; borderless measures 0.929 left: the extractor loses one slide table)
    "blind123-solberga-2026-2029": (0.95, 0.9, 0.9),  # first blind measurement 0.000/0.182/0.353 -> now 1/0.933/0.952 (m→g 0 -> 1, i→m 0.667 -> 1; two prose actions and one prose indicator left)
    "blind124-storsand-2025-2027": (0.95, 0.95, 0.95),  # first blind measurement 0.923/0.783/1.000 -> now 1/1/1 (i→m 0.375 -> 1; cards, numbered, keyvalue measures 0.783 left: the style reorders the headed parts' columns, not the headerless part's)
    "blind125-hasto-2025-2029": (0.95, 0.95, 0.95),  # first blind measurement 0.000/0.000/1.000 -> now 1/1/1 (resp 1, every print)
    "blind126-ostkulla-2024-2028": (0.95, 0.95, 0.95),  # first blind measurement 0.000/0.333/0.000 -> now 1/1/1 (m→g 0 -> 1, every print)
    "blind127-bjarna-2025-2028": (0.95, 0.95, 0.95),  # first blind measurement 1.000/0.727/1.000 -> now 1/1/1 (m→g 0 -> 0.917, resp 0.818: the gold's m1/m2 actors; cards 0.588, numbered/keyvalue theme rows left: the renderer)
    "blind128-sagu-2025-2028": (0.95, 0.95, 0.95),  # first blind measurement 0.909/0.476/0.000 -> now 1/1/1 (every print; i→m 0.333, resp 0.909 left: conventions earlier sets' gold contradicts)
    "blind129-gustavs-2025-2028": (0.95, 0.95, 0.95),  # first blind measurement 0.000/0.000/1.000 -> now 1/1/1 (m→g 1, resp 1, every print; i→m 0.167 left)
    "blind130-tovsala-2025-2028": (0.95, 0.95, 0.95),  # first blind measurement 1.000/0.333/1.000 -> now 1/1/1 (i→m 0 -> 1, every print; resp 0.769 left: the writer's 'first actor responsible, the rest partners' against most sets' 'all responsible')
    "blind131-rimito-2025-2028": (0.95, 0.95, 0.95),  # first blind measurement 0.800/1.000/1.000 -> now 1/1/1 (m→g 0.333 -> 1, i→m 0.286 -> 1, every print; resp 0.833 left, as blind130)
    "blind132-villnas-2025-2028": (0.95, 0.95, 0.95),  # first blind measurement 0.909/0.857/0.000 -> now 1/1/1 (m→g 0.222 -> 1, resp 0.111 -> 1, every print)
    "blind133-virkby-2025-2028": (0.95, 0.95, 0.95),  # first blind measurement 0.000/0.000/0.000 -> now 1/1/1 (ruled, borderless, twocolumn; keyvalue measures 0.966; cards m→g 0.733 and numbered 0.400/0.421/0.182 left: the renderer prints the scorecard's goal after its first action)
    "blind134-karislojo-2026-2029": (0.95, 0.95, 0.95),  # first blind measurement 0.000/0.625/0.933 -> now 1/1/1 (m→g 0 -> 1, resp 0.9 -> 1, every print)
    "blind135-kimo-2025-2027": (0.95, 0.95, 0.95),  # first blind measurement 0.400/0.000/0.286 -> now 1/1/1 (m→g 1, resp 1, every print)
    "blind136-torsnas-2024-2027": (0.95, 0.95, 0.95),  # first blind measurement 0.000/0.061/1.000 -> now 1/1/1 (m→g 0 -> 1, resp 0 -> 1, every print)
    "blind137-mosskulla-2026-2029": (0.95, 0.95, 0.95),  # first blind measurement 0.545/0.375/1.000 -> now 1/1/1 (resp 0 -> 1; borderless 0.632/0.375/0.737 -> 1/1/1, every print)
    "blind138-lappfors-2025-2028": (0.95, 0.95, 0.95),  # first blind measurement 0.000/0.000/0.000 -> now 1/1/1 (twocolumn indicators 0 left: two text columns read as a table)
    "blind139-sundom-2025-2028": (0.95, 0.95, 0.95),  # first blind measurement 1.000/0.235/0.167 -> now 1/1/1 (i→m 0.273 left: gold links by the action's activity word)
    "blind140-dalsbruk-2024-2027": (0.95, 0.95, 0.95),  # first blind measurement 0.526/1.000/1.000 -> now 1/1/1 (m→g 0 -> 0.933, resp 0.867 -> 1; i→m 0.429 left)
    "blind141-nickby-2026-2029": (0.95, 0.95, 0.95),  # first blind measurement 0.000/0.000/1.000 -> now 1/1/1 (i→m 0.571 -> 1; cards-like prints 1/0.667/1 left)
    "blind142-molpe-2025-2027": (0.95, 0.95, 0.95),  # first blind measurement 0.833/1.000/0.941 -> now 1/1/1 (m→g 0.857 -> 1; twocolumn goals 0.833 left: the two text columns interleave at goal F)
    "blind143-kusto-2025-2029": (0.95, 0.95, 0.95),  # first blind measurement 1.000/0.000/0.154 -> now 1/1/1 (resp 1, every print; i→m 0.556 left: links by one word of the gold's reading)
    "blind144-tosarby-2026-2029": (0.95, 0.95, 0.95),  # first blind measurement 1.000/0.571/0.250 -> now 1/1/1 (resp 0.250 -> 1, every print; i→m 0.714 left)
    "blind145-oja-2025-2028": (0.95, 0.95, 0.95),  # first blind measurement 1.000/0.000/0.000 -> now 1/1/1 (m→g, i→m, resp 1.000)
    "blind146-hallnas-2026-2029": (0.95, 0.95, 0.95),  # first blind measurement 1.000/1.000/0.000 (m→g 0.273, resp 0.727) -> now 1/1/1 (m→g, i→m, resp 1.000)
    "blind147-ramsholm-2025-2027": (0.95, 0.95, 0.95),  # first blind measurement 0.000/0.000/0.000 -> now 1/1/1 (m→g, i→m, resp 1.000)
    "blind148-appelo-2025-2028": (0.95, 0.85, 0.95),  # first blind measurement 0.000/0.000/0.000 -> now 1/0.909/1 (m→g, i→m, resp 1; borderless and two-column prints left to the extractor, m5 to the gold's two readings of a closing partner phrase)
    "blind149-vastermalm-2024-2027": (0.95, 0.95, 0.95),  # first blind measurement 0.000/0.000/0.833 -> now 1/1/1 (resp 1, every print; i→m 0.600 -> 0.714 left: one-word-stem links)
    "blind150-salvik-2026-2030": (0.95, 0.95, 0.95),  # first blind measurement 0.333/0.000/0.000 -> now 1/1/1 (resp 1, i→m 1, every print)
    "blind151-vesso-2025-2028": (0.95, 0.95, 0.95),  # first blind measurement 1.000/0.000/0.000 -> now 1/1/1 (resp 1; i→m 0.375: counts in an area table left, the eighteenth set's gold reads the same layout the other way)
    "blind152-kantlax-2026-2029": (0.95, 0.95, 0.95),  # first blind measurement 1.000/0.824/1.000 (i→m 0.250, resp 0.000) -> now 1/1/1 (i→m 0.875, resp 1, every print)
    "blind153-svarta-2025-2027": (0.95, 0.95, 0.95),  # first blind measurement 0.444/0.000/0.000 -> now 1/1/1 (resp 1, i→m 0.857, every print)
    "blind154-barosund-2026-2029": (0.95, 0.95, 0.95),  # first blind measurement 1.000/0.880/0.933 (m→g 1, resp 0.364) -> now 1/1/1 (m→g, i→m, resp 1.000; borderless measures 0.929 left to the extractor)
    "blind155-tjusterby-2025-2028": (0.95, 0.95, 0.95),  # first blind measurement 0.000/0.182/0.000 -> now 1/1/1 (m→g, resp 1; i→m 0.250 left: signs of progress linked to steps by meaning)
    "blind156-sjomark-2024-2027": (0.95, 0.95, 0.95),  # first blind measurement 0.000/0.000/0.000 -> now 1/1/1 (m→g, i→m, resp 1.000, every print)
    "blind157-lillkyro-2025-2028": (0.95, 0.95, 0.75),  # first blind measurement 1.000/1.000/0.769 -> now 1/1/0.769 (i→m 0.200 -> 1.000 but numbered; indicators left: gold keeps two cells with ";" whole)
    "blind158-tolkis-2024-2027": (0.95, 0.95, 0.95),  # first blind measurement 0.769/1.000/0.800 -> now 1/1/1 (resp 0 -> 1 every print; twocolumn goals 0.933)
    "blind159-pensala-2026-2029": (0.95, 0.95, 0.95),  # first blind measurement 1.000/0.421/0.000 -> now 1/1/1 (m→g, i→m, resp 1; numbered i→m 0.250)
    "blind160-odkarby-2025-2028": (0.95, 0.95, 0.95),  # first blind measurement 1.000/0.000/0.444 -> now 1/1/1 (m→g, i→m, resp 1.000, every print)
    "blind161-langvik-2025-2028": (0.95, 0.95, 0.95),  # first blind measurement 0.000/1.000/1.000 (m→g 0) -> now 1/1/1 (m→g, i→m 1; resp 0.750 left: associations in the "Vem" cell, other golds read such names as co-responsible)
    "blind162-angsbacka-2024-2027": (0.95, 0.95, 0.95),  # first blind measurement 1.000/0.923/0.500 -> now 1/1/1 (m→g, resp 1, every print; i→m 0.714 left: the gold reads a lone action's meter as the goal's, blind117's gold the same layout as the action's)
    "blind163-rangsby-2025-2028": (0.95, 0.95, 0.95),  # first blind measurement 0.000/0.000/1.000 -> now 1/1/1 (m→g, resp 1, every print; i→m 0 -> 0.875: one meter naming the party shares more words with the other obligation)
    "blind164-norrlax-2026-2029": (0.75, 0.95, 0.95),  # first blind measurement 0.800/1.000/0.941 (i→m 0) -> now 0.800/1/1 (m→g 1 every print, i→m 1; goals left: the gold cuts "Projektets övergripande mål är att", 54 other gold goals keep such openers)
    "blind165-helsingby-2025-2027": (0.95, 0.95, 0.95),  # first blind measurement 1.000/0.556/0.667 (i→m 0) -> now 1/1/1 (m→g, i→m, resp 1, every print)
    "blind166-sannas-2026-2029": (0.95, 0.95, 0.95),  # first blind measurement 0.769/0.788/0.800 -> now 1/1/1 (every print; i→m 0.875 left: the gold links a prose "antalet deltagare i X" to X's action, blind eighth-set convention keeps such prose goal-level)
    "blind167-harrstrom-2025-2028": (0.95, 0.95, 0.95),  # first blind measurement 0.286/0.800/0.889 (m→g 0) -> now 1/1/1 (m→g 1; i→m 0.500 left: the gold reads poster boxes' indicators box-level, equal counts pair line by line elsewhere)
    "blind168-skogsby-2026-2028": (0.95, 0.95, 0.95),  # first blind measurement 0.000/1.000/0.615 (m→g 0) -> now 1/1/1 (m→g 1 every print; i→m 0.778 left: a sign naming two actions' words, and "tolkade besök" for "Köp av tolktjänster")
    "blind169-nadendal-2025-2028": (0.95, 0.95, 0.95),  # first blind measurement 1.000/0.000/1.000 -> now 1/1/1 (m→g, i→m 1 every print; resp 0.643: the gold keeps "Välkomstpunkten och medborgarservicen" and "Tekniska sektorn och Nådendals Bostäder Ab" as one name each, against its README's "och" convention)
    "blind170-traskanda-2026-2029": (0.95, 0.95, 0.95),  # first blind measurement 1.000/0.000/0.824 -> now 1/1/1 (m→g, i→m, resp 1, every print)
    "blind171-lappo-2025-2028": (0.95, 0.95, 0.95),  # first blind measurement 1.000/0.889/0.000 -> now 1/1/1 (m→g, i→m 1; resp 0.929: "(Sydösterbottens sysselsättningsområde)" kept, a bracket spelling a body out stays by the corpus convention)
    "blind172-nystad-2025-2028": (0.95, 0.95, 0.95),  # first blind measurement 1.000/0.500/0.571 -> now 1/1/1 (resp 0.50 -> 1.00)
    "blind173-reso-2026-2029": (0.95, 0.93, 0.90),  # first blind measurement 0.909/0.818/0.933 -> now 1.000/0.957/0.933
    "blind174-hyvinge-2025-2029": (0.95, 0.90, 0.95),  # first blind measurement 0.923/0.000/1.000 -> now 1.000/0.923/1.000
    "blind175-smedsby-2025-2028": (0.95, 0.95, 0.95),  # first blind measurement 0.500/1.000/1.000 -> now 1.000/1.000/1.000
    "blind176-godby-2026-2029": (0.95, 0.95, 0.95),  # first blind measurement 0.222/0.870/0.714 -> now 1.000/1.000/1.000 (i→m 0.714 left: meters naming a question-form action by another word form)
    "blind177-jorvas-2025-2027": (0.95, 0.95, 0.95),  # first blind measurement 1.000/0.683/1.000 -> now 1.000/1.000/1.000
    "blind178-gerby-2026-2030": (0.95, 0.95, 0.90),  # first blind measurement 0.435/0.857/0.783 -> now 1.000/1.000/0.947
    "blind179-rosala-2025-2028": (0.95, 0.95, 0.95),  # first blind measurement 0.333/0.769/1.000 -> now 1.000/1.000/1.000
    "blind180-masaby-2026-2029": (0.95, 0.95, 0.95),  # first blind measurement 0.000/0.000/0.667 -> now 1.000/1.000/1.000
    "blind181-stensund-2025-2028": (0.95, 0.95, 0.95),  # first blind measurement 0.000/0.000/0.000 -> now 1.000/1.000/1.000
    "blind182-furuvik-2026-2029": (0.95, 0.95, 0.95),  # first blind measurement 0.000/1.000/0.909 -> now 1.000/1.000/1.000
    "blind183-ekholm-2025-2027": (0.95, 0.95, 0.95),  # first blind measurement 0.000/0.000/1.000 -> now 1.000/1.000/1.000
    "blind184-havsnas-2024-2027": (0.95, 0.95, 0.95),  # first blind measurement 0.800/0.545/0.769 -> now 1.000/1.000/1.000 (resp 1; i→m 0.875: the survey line follows up the anti-racism week by meaning, not by words)
    "blind185-lillby-2026-2029": (0.95, 0.95, 0.95),  # first blind measurement 0.714/1.000/1.000 -> now 1.000/1.000/1.000 (m→g 0.000 -> 1, resp 0.500 -> 1, every print)
    "blind186-kalvo-2025-2028": (0.95, 0.95, 0.95),  # first blind measurement 1.000/0.880/0.000 -> now 1.000/1.000/1.000 (resp 0.615: gold reads 'X och Y' / 'X, Y' in an Ansvar cell as lead and partner, against the corpus convention)
    "blind187-vikby-2025-2028": (0.95, 0.95, 0.95),  # first blind measurement 0.000/0.441/0.000 -> now 1.000/1.000/1.000 (m→g, i→m, resp 1, every print)
    "blind188-kvarnlax-2026-2029": (0.95, 0.95, 0.95),  # first blind measurement 0.000/0.000/0.000 -> now 1.000/1.000/1.000 (i→m 0.875: the swimming-badge caption names no action's head; borderless resp 0.923: a partner's name wrapped in a narrow cell)
    "blind189-tallby-2025-2027": (0.95, 0.95, 0.95),  # first blind measurement 0.000/0.353/0.000 -> now 1.000/1.000/1.000 (i→m 0.300: gold links meters under a goal to its actions, blind10's gold does not; resp 0.857: a bracket's second name a partner by its gold)
    "blind190-bergvik-2025-2028": (0.95, 0.95, 0.95),  # first blind measurement 1.000/1.000/1.000 -> now 1.000/1.000/1.000 (i→m 0.500 -> 1: bracket legend; resp borderless 0.917: a wrapped genitive name split)
    "blind191-skarvik-2026-2029": (0.95, 0.95, 0.95),  # first blind measurement 0.000/1.000/1.000 -> now 1.000/1.000/1.000 (m→g and resp 0.000 -> 1: RACI matrix, 'Vi strävar efter:')
    "blind192-hamno-2026-2029": (0.95, 0.95, 0.95),  # first blind measurement 0.179/0.000/0.400 -> now 1.000/1.000/1.000 (every role 1, six styles)
    "blind193-gronnas-2025-2028": (0.95, 0.95, 0.95),  # first blind measurement 0.909/0.848/1.000 -> now 1.000/1.000/1.000 (summary table's cells no measures; × matrix no goal; resp 0.857 ruled: a narrow cell's place name)
    "blind194-jungsund-2025-2028": (0.95, 0.95, 0.95),  # first blind measurement 1.000/0.000/0.727 -> now 1.000/1.000/1.000 (Vad?/Hur?/Vem?/När? records, 'Så följer vi upp skedet:', Delmål by words; resp 0.909)
    "blind195-vitsand-2026-2029": (0.95, 0.95, 0.95),  # first blind measurement 0.000/1.000/0.923 -> now 1.000/1.000/1.000 ('Indikatormål A:' lettered goals, 'Mäts också med:'; every role 1)
    "blind196-klemetsby-2025-2028": (0.95, 0.95, 0.95),  # first blind measurement 1.000/1.000/0.909 -> now 1.000/1.000/1.000 (resp 0.364 -> 1: the section's closing responsibility sentence)
    "blind197-norrkulla-2026-2029": (0.95, 0.95, 0.95),  # first blind measurement 1.000/0.308/0.667 -> now 1.000/1.000/1.000 (resp 0 -> 1: the capitals line under each action)
    "blind198-sjundby-2025-2028": (0.95, 0.95, 0.95),  # first blind measurement 1.000/0.400/1.000 -> now 1.000/1.000/1.000 (start/continue/stop lists; resp 1)
    "blind199-taklax-2025-2028": (0.95, 0.95, 0.95),  # first blind measurement 0.000/0.222/1.000 -> now 1.000/1.000/1.000 (a year × goal calendar)
    "blind200-vexala-2025-2027": (0.95, 0.95, 0.95),  # first blind measurement 0.214/0.000/1.000 -> now 1.000/1.000/1.000 (Delmål/Åtgärd codes without a stop, owner brackets)
    "blind201-billnas-2026-2029": (0.95, 0.95, 0.95),  # first blind measurement 0.000/1.000/1.000 -> now 1.000/1.000/1.000 (goals in quote boxes)
    "blind202-fiskars-2025-2028": (0.95, 0.95, 0.95),  # first blind measurement 0.667/1.000/1.000 -> now 1.000/1.000/1.000 ('Servicelöfte N:' label dropped from goal headings; m→g 0.714 -> 1)
    "blind203-emsalo-2026-2028": (0.95, 0.95, 0.95),  # first blind measurement 1.000/1.000/0.833 -> now 1.000/1.000/1.000 (resp 0 -> 1: the Ansvarsfördelning list; meters under goal headings in Uppföljning)
    "blind204-ronnas-2025-2028": (0.95, 0.95, 0.95),  # first blind measurement 1.000/0.857/1.000 -> now 1.000/1.000/1.000 ('Förslag' rows beside 'Antagen' are no measures)
    "blind205-karvsor-2026-2029": (0.95, 0.95, 0.95),  # first blind measurement 1.000/0.778/1.000 -> now 1.000/1.000/1.000 (a bare 'Hur' right of 'Vad följs upp' is no action column; i→m 0.125 -> 0.875, m→g 0.857 -> 0.929)
    "blind206-ostersundom-2025-2028": (0.95, 0.95, 0.95),  # first blind measurement 0.000/0.692/1.000 -> now 1.000/1.000/1.000 (goal rows alone in the action column, footnoted doers, goal headings over them; i→m 0 -> 0.857)
    "blind207-kvarnbo-2026-2029": (0.95, 0.95, 0.95),  # first blind measurement 0.667/1.000/1.000 -> now 1.000/1.000/1.000 ('A.I' codes in the indicator table name their goals)
    "blind208-oxkangar-2026-2029": (0.95, 0.95, 0.95),  # first blind measurement 0.909/1.000/0.000 -> now 1.000/1.000/1.000 ('Så mäter vi:' meters under slide goal headings; '(mål 2 och 3)'; '(+ X)' partners; cards no longer 'Mål 1: 1')
    "blind209-sunnanvik-2025-2027": (0.95, 0.95, 0.95),  # first blind measurement 0.000/0.000/0.857 -> now 1.000/1.000/1.000 (planning board Planeras/Pågår/Klart; 'Mål N – nyckeltal:' per goal; borderless bulleted cells)
    "blind210-hindersby-2026-2030": (0.95, 0.95, 0.95),  # first blind measurement 0.000/0.839/0.444 -> now 1.000/1.000/1.000 ('(indikator: …)' in goal headings; consultation table left out)
    "blind211-forsby-2025-2028": (0.95, 0.95, 0.95),  # first blind measurement 0.435/0.000/0.000 -> now 1.000/1.000/1.000 (goal over its dashed actions in one cell; chart captions with '(målnivå …)')
    "blind212-tolby-2026-2029": (0.95, 0.95, 0.95),  # first blind measurement 0.909/1.000/1.000 -> now 1.000/1.000/1.000 (action-goal link table by code; lettered area goals; strategy goal broken down; (samarbete: X))
    "blind213-ytteresse-2025-2027": (0.95, 0.95, 0.95),  # first blind measurement 0.000/0.308/1.000 -> now 1.000/1.000/1.000 ('Mål N:' under theme sub-headings; semicolon actions; '(mål N)' annual cycle)
    "blind214-kvimo-2026-2029": (0.95, 0.95, 0.95),  # first blind measurement 0.000/0.917/0.000 -> now 1.000/1.000/1.000 ('Det vi vill nå:' goal under the Fokus heading's problem paragraph; 'Så här vet vi om vi lyckas' meters closing '(Fokus N)'; Fokus 3 actions counted by ordinals in prose)
    "blind215-gammelby-2026-2029": (0.95, 0.95, 0.95),  # first blind measurement 1.000/0.909/0.923 -> now 1.000/1.000/1.000 (additions announced by 'följande åtgärder' with '(delmål 1.2)'; '+ X' partners; 'Därtill följs delmål 1.2 upp med …')
    "blind216-ango-2025-2028": (0.95, 0.95, 0.95),  # first blind measurement 0.857/1.000/1.000 -> now 1.000/1.000/1.000 ('Målsättning 2028' beside '2024' and a goal column is the target; nested partner brackets)
    "blind217-nampnas-2025-2028": (0.95, 0.95, 0.95),  # first blind measurement 0.095/0.000/0.000 -> now 1.000/1.000/1.000 (action paragraph over its '·' tag line; goals by the goal table's short names; dashboard boxes with a target pointing to a goal)
    "blind218-sjokulla-2025-2028": (0.95, 0.95, 0.95),  # first blind measurement 0.000/0.963/1.000 -> now 1.000/1.000/1.000 (two-level numbered list: level-one items over sub-items are goals; 'Punkt N genomförs …' lone action; bare 'Åtgärd nr' key rows)
    "blind219-bjorkoby-2025-2027": (0.95, 0.95, 0.95),  # first blind measurement 0.556/0.966/0.000 -> now 1.000/1.000/1.000 (unit named once per group carried across goals; 'Tema: goal' cells; indicators 'per mål' with 'Tema:' labels; interview chapter)
    "blind220-lappvik-2025-2028": (0.95, 0.95, 0.95),  # first blind measurement 0.000/0.963/1.000 -> now 1.000/1.000/1.000 ('Så här ska det vara 2028' margin goals; numbered running feet; 'Tabell 3 (forts.)' past a foot)
    "blind221-langnas-2026-2029": (0.95, 0.95, 0.95),  # first blind measurement 1.000/0.000/0.000 -> now 1.000/1.000/1.000 ('Det gör kommunen | Det gör andra (vem)' doer columns; questions answered in the annual report, '(mål N)')
    "blind222-stromsby-2025-2029": (0.95, 0.95, 0.95),  # first blind measurement 0.769/0.960/1.000 -> now 1.000/1.000/1.000 ('nivå' / 'B1 i ...' wraps; '1)' numbered anew per cell)
    "blind223-lillsund-2025-2028": (0.95, 0.95, 0.95),  # first blind measurement 0.000/0.154/1.000 -> now 1.000/1.000/1.000 ('Mål | Vad vi vill uppnå | Område | Åtgärder: 1–3' summary goals and action ranges; '<doer> tillsammans med X; <time>.' closing sentence; 'Följer upp: åtgärd N')
    "blind224-norrvik-2026-2029": (0.95, 0.95, 0.95),  # first blind measurement 1.000/0.929/0.933 -> now 1.000/1.000/1.000 ('[struken] … [/struken]' and 'Kommentar [AB1]:' dropped; piece under 'Tema N: … (sida N)' caption keeps the goal above)
    "blind225-vastanby-2025-2027": (0.95, 0.95, 0.95),  # first blind measurement 0.600/1.000/1.000 -> now 1.000/1.000/1.000 ('Prestation:' output goals under their 'Effekt:' goal, each over its own action table or cards)
    "blind226-kallvik-2024-2027": (0.95, 0.95, 0.95),  # first blind measurement 0.769/0.400/0.462 -> now 1.000/1.000/1.000 ('Åtgärdskort N · name' cards: first sentence the action, one-row Ansvarig | Med i arbetet | Tid table its fields, 'hör till mål X' note, 'Så ser vi om det fungerar:' meter; 'Mål A' cells)
    "blind227-markby-2025-2028": (0.95, 0.95, 0.95),  # first blind measurement 0.000/0.000/1.000 -> now 1.000/1.000/1.000 ('Inriktning:' goals; 'Insats | Vem och när' cells '<actor>, <time> (med <partner>)'; default doer 'om inget annat sägs' over '<action> – <time>' bullets)
    "blind228-storvik-2026-2029": (0.95, 0.95, 0.95),  # first blind measurement 1.000/0.000/1.000 -> now 1.000/1.000/1.000 (task lists per person, '☐ AF-1 Uppgift: … (tillsammans med X) (5) – <time>'; a task denied by code; follow-up by task code or '(mål 3)')
    "blind229-ekvik-2025-2028": (0.95, 0.95, 0.95),  # first blind measurement 0.000/0.000/0.941 -> now 1.000/1.000/1.000 ('Nivå | Id | Benämning | Hör till' flat level report read by parent ids; key figures naming goal and action ids; 'Avsluta⏎d' broken status)
    "blind230-rosund-2025-2029": (0.95, 0.95, 0.95),  # first blind measurement 0.632/0.923/0.545 -> now 1.000/1.000/1.000 ('Mål N – area – goal' list; 'Uppföljning: Mätare M5' coded meter references; struck-out forms and the blank template)
    "blind231-stenvik-2026-2029": (0.95, 0.95, 0.95),  # first blind measurement 0.000/0.000/0.235 -> now 1.000/1.000/1.000 ('Vem gör vad?' swimlane matrix of dash-line actions per actor column; '(rad X, Y)' meters into its cells; a dash item under an empty cell starts a row; a principle is no goal)
    "blind232-bjorsund-2024-2027": (0.95, 0.95, 0.95),  # first blind measurement 1.000/0.632/0.500 -> now 1.000/1.000/1.000 (repeated column groups 'Åtgärd A | Ansvar A | …' coded '3B'; 'X, stöd: Y'; 'Mål N följs upp med två mätare: … (åtgärd 3B)')
    "blind233-skogsnas-2025-2028": (0.75, 0.95, 0.95),  # first blind measurement 0.667/0.909/0.778 -> now 0.800/1.000/1.000 ('Mål N · theme' headings over 'Beställaren vill att …'; 'Uppdrag' commission table, 'Leveransrapport' no meter; '<förening> – <task>' agreements; m→g 0 -> 0.75)
    "blind234-angsholm-2026-2029": (0.95, 0.95, 0.95),  # first blind measurement 1.000/0.222/0.667 -> now 1.000/1.000/1.000 ('(X · medverkar: Y · time)' action lines in the meter table; meter counts and meters left out are none)
    "blind235-lovsund-2025-2028": (0.95, 0.95, 0.95),  # first blind measurement 0.889/0.000/0.000 -> now 1.000/1.000/1.000 (a plan typed with tab stops rebuilt from its printed pieces, 'd:o' the field above; 'Uppföljning: a) … (åtg. 1.3); b) ….' lettered meters tied to the Nr column's action)
    "blind236-sandbacka-2024-2027": (0.95, 0.95, 0.95),  # first blind measurement 0.769/0.800/0.800 -> now 1.000/1.000/1.000 (LFA matrix Övergripande mål / Delmål N.M / coded Aktiviteter read as goals, sub-goals and actions; an implementation table of activity codes gives doers and time; a sub-goal row's meter stays its own)
    "blind237-kvarnhamn-2026-2029": (0.95, 0.95, 0.95),  # first blind measurement 0.000/0.750/1.000 -> now 1.000/1.000/1.000 (goal in the caption 'Tabell N. <theme> – Mål: <goal>.'; 'Vi …' actions one a line in a cell; 'Det gör vi redan: …' rows out; '(med X)' partners; 'Vi vill ändå berätta' no goal)
    "blind238-storgrund-2025-2029": (0.95, 0.95, 0.95),  # first blind measurement 1.000/1.000/1.000 -> now 1.000/1.000/1.000 (goal, doer, partner and time merged over a goal's rows printed in the group's middle row, tied by 'N.M'; 'Hör till' '1.2' / 'mål 3' meter references; m→g 0.643 -> 1.000, i→m 0.375 -> 1.000, resp 0.786 -> 1.000)
    "blind239-tallsund-2024-2028": (0.95, 0.95, 0.95),  # first blind measurement 0.000/0.333/0.333 -> now 1.000/1.000/1.000 ('Mål N. <goal> | Ansvarig | …' goal in its table's header row over its actions and a closing 'Mätare: a; b' row; a 'jatkuva perustehtävä' time cell is no action; 'hyvinvointialue, <unit>' one name)
    "blind240-ektrask-2026-2030": (0.95, 0.95, 0.95),  # first blind measurement 0.909/0.846/0.000 -> now 1.000/1.000/1.000 (OKR: 'NR1.1' key results coded as the guide's 'nyckelresultat (NR)' defines; 'O1 · theme'; 'Initiativ | Ägare' tables; run-in 'O6 · X. Målsättning: …'; '– ägare: X, med Y – tid: Z' initiatives)
    "blind241-grasund-2025-2028": (0.95, 0.95, 0.95),  # first blind measurement 1.000/0.552/1.000 -> now 1.000/1.000/1.000 (proposals beside the steering group's decision: 'Avslås' / 'Överförs' rows no actions, 'Godkänns i ändrad form: X' the decided wording; 'Målbild N' names a goal; '(i samarbete med X)' wrapped over lines one name)
    "blind242-finnvik-2024-2027": (0.95, 0.95, 0.95),  # first blind measurement 1.000/1.000/0.000 -> now 1.000/1.000/1.000 (endnote meters: '[n]' marks on goal headings and action cells, '[n] Mätare: …' notes read where the marks stand)
    "blind243-ramsvik-2025-2029": (0.95, 0.95, 0.95),  # first blind measurement 0.000/0.571/0.000 -> now 1.000/1.000/1.000 (roadmap: 'Destination 2029: …' goal field; 'Steg K (<time>): …' steps, bracket = schedule; '◆ Milstolpe <year>/efter steg K: …' meters of the track's goal / step K; 'Spår | Samarbetsparter' partners of each track's steps)
    "blind244-tjarnby-2026-2029": (0.95, 0.95, 0.95),  # first blind measurement 1.000/0.880/1.000 -> now 1.000/1.000/1.000 (box 'NYCKELÅTGÄRD N' titled by an action label: first line the action, field lines its fields, title repeated at a page break dropped; 'Övriga åtgärder:' no field of it; 'Följer upp': 'Nyckelåtgärd N' / 'Insatsområde N' by heading label and number)
    "blind245-rodsund-2025-2028": (0.95, 0.95, 0.95),  # first blind measurement 1.000/0.087/0.923 -> now 1.000/1.000/1.000 ('i formen Åtgärd / Ansvar / Samarbete / Tid' note over slash-joined action items; a paragraph saying it 'är ingen åtgärd'; an indicator row struck by '(utgår)' in a value column)
    "blind246-stromnas-2026-2030": (0.95, 0.95, 0.95),  # first blind measurement 1.000/1.000/1.000 -> now 1.000/1.000/1.000, i→m 0.500 -> 1.000 ('Indikator | Gäller | Mätmetod' naming 'åtgärd 1.1' / 'område 1'; a partner bracket broken over a narrow cell's lines)
    "blind247-granholm-2025-2028": (0.95, 0.95, 0.95),  # first blind measurement 1.000/1.000/0.846 -> now 1.000/1.000/1.000, resp 0.571 -> 0.929 (a grouped header of two rows: the sub-header row 'Ansvarig | Tidtabell | Mätare' the columns' names, no action or meter; the partner on a line 'med: <partner>')
    "blind248-tuno-2024-2027": (0.95, 0.95, 0.95),  # first blind measurement 1.000/0.720/1.000 -> now 1.000/1.000/1.000, m→g 0.000 -> 1.000 (goals 'Mål N (<theme>): <goal>' numbered and themed; items closed by '(Mål N – <doer> – <time>)'; a dash line closing the bracket the item above left open is its rest)
    "blind249-ribbnas-2026-2029": (0.95, 0.95, 0.95),  # first blind measurement 1.000/1.000/0.429 -> now 1.000/1.000/1.000, resp 0.583 -> 1.000 (names marked '*' in one actors cell are partners, '**' responsible, where the guide explains the mark; meters keyed 'U1 …', 'U2 …' lose the running code and the closing '(åtgärd N.M)')
    "blind250-mossby-2025-2029": (0.95, 0.95, 0.95),  # first blind measurement 1.000/0.923/1.000 -> now 1.000/1.000/1.000 (a 'FAKTA: …' box between two parts of an area's '(ansvar: …)' list: no section, its own items no actions)
    "blind251-klobbvik-2026-2030": (0.95, 0.95, 0.95),  # first blind measurement 0.000/0.000/1.000 -> now 1.000/1.000/1.000 ('Åtgärd N: <title>' heading over a description and 'Genomförs: … | Med i arbetet: … | Kontaktperson: <namn>, <titel>, <enhet>, tfn …': the title the action, the contact's unit its responsible; field lines alike no running head; 'Vart vill vi? <goal>' goal field; i→m 0.333 -> 1.000)
    "blind252-lervik-2025-2027": (0.95, 0.95, 0.95),  # first blind measurement 0.923/0.857/0.571 -> now 1.000/1.000/1.000 (timetable 'När | Vad händer | Mål | Ansvar': rows with '–' under Mål and '… (se v. 33/2025)' repeats no actions; a meter cell's line opening 'Antal'/'Andel' the next meter)
    "blind253-halsvik-2025-2028": (0.95, 0.95, 0.95),  # first blind measurement 1.000/0.000/0.500 -> now 1.000/1.000/1.000 (a reporting form's printout: label–value tables '8.3 Ansvarig aktör *' read without the field number and the mandatory star; '(ej ifyllt)' / 'Inga' an empty field; two numbered rows run into one split back)
    "blind254-ronnskar-2024-2027": (0.95, 0.95, 0.95),  # first blind measurement 1.000/0.000/1.000 -> now 1.000/1.000/1.000 ('ska staden a) …, b) … och c) …' read under a 'Mål:' field, each item's '(<ansvarig> med <partner> och <partner>; <tid>)' its doers and time; 'Punkt': '2 a' the lettered action of area 2; i→m 0.375 -> 1.000)
    "blind255-asvik-2026-2029": (0.95, 0.95, 0.95),  # first blind measurement 1.000/0.143/0.250 -> now 1.000/1.000/1.000 (a one-cell card's '– action [doer / partners / time]' lines: the bracket's positional fields, `actors.slash_field_bracket`; a line at an item's marker after a hard break, 'Så följer vi upp:', ends the item without hanging indent)
    "blind256-salgrund-2025-2029": (0.95, 0.95, 0.95),  # first blind measurement 0.833/1.000/0.600 -> now 1.000/1.000/1.000 (the goal tree 'Huvudmål N (<theme>): <goal>' under the heading 'Målträd', its items 'Delmål N.M: …' sub-goals of main goal N with its theme; 'Nyckeltal för huvudmål N: a, b och c.' the key figures of goal N, a serial list opening with a rate compound split)
    "blind257-kaggby-2024-2026": (0.95, 0.95, 0.95),  # first blind measurement 1.000/0.909/1.000 -> now 1.000/1.000/1.000, m→g 0.000 -> 1.000 (a task board's export: 'Uppgiftsnamn' the action, 'Tilldelad till' its responsible, 'Bucket' its theme; its progress column no report when its rows are timed into the own period; a bucket the programme says holds no actions dropped)
    "blind258-flisby-2026-2030": (0.95, 0.95, 0.95),  # first blind measurement 0.000/0.167/1.000 -> now 1.000/1.000/1.000 (margin numbers extracted as paragraphs of their own joined to the item under them; '3.1 THEME – goal' over '3.1.1 action' the goal heading of the actions, `outline_parents`; i→m 0.375 -> 1.000)
    "blind259-prastnas-2025-2028": (0.95, 0.95, 0.95),  # first blind measurement 1.000/1.000/1.000 -> now 1.000/1.000/1.000 (theme tables with the goal on its group's first row and a 'Mål: …' / bullets / 'Mätare: …' section: read before the set; nothing built for it)
    "blind260-ravsund-2024-2027": (0.95, 0.95, 0.95),  # first blind measurement 1.000/0.000/1.000 -> now 1.000/1.000/1.000 (a 'Tema: <theme>' line under the goal heading 'Mål N: <goal>' names the goal's theme and no longer stands between the goal and its bullets, which the closing 'Ansvar: … Samarbete: … Tidtabell: …' line gives their doers and time)
    "blind261-saltnas-2026-2029": (0.95, 0.95, 0.95),  # first blind measurement 1.000/0.444/1.000 -> now 1.000/1.000/1.000 (appendix summary 'Nr | Åtgärd | Ansvarig | …' keyed by the numbers of the 'N.M' action paragraphs: each row's doers, time and meter the numbered action's, its short title no action and naming the paragraph's first sentence; i→m 0 -> 1, resp 0.125 -> 1)
    "blind262-tranholm-2025-2029": (0.95, 0.95, 0.95),  # first blind measurement 0.909/1.000/0.000 -> now 1.000/1.000/1.000 ('Så vet vi att vi lyckats:' over a list introduces indicators; a 'Med oss' column holds partners; a section signed 'Stadsdirektör <name>' is a greeting, its success sentence no goal)
    "blind263-vassby-2024-2028": (0.95, 0.95, 0.95),  # first blind measurement 1.000/1.000/1.000 -> now the same (its sections, "Målet är att …" paragraphs over action tables and a closing meter table by section number, were read as they came)
    "blind264-ornvik-2026-2030": (0.95, 0.95, 0.95),  # first blind measurement 0.769/1.000/0.917 -> now 1.000/1.000/1.000 ('Målsättningarna … finns samlade i åtgärdsplanen i bilaga 1': the prose's unserved 'Kommunen vill …' goals dropped; 'Målsättningarna är numrerade …' no goal; '(målsättning N)' closing a meter counts the unnumbered goals in print order)
    "blind265-aspsund-2025-2028": (0.95, 0.95, 0.95),  # first blind measurement 1.000/0.880/1.000 -> now 1.000/1.000/1.000 (bullets closing '(ansvarig; samarbetspartner or –; tidtabell)' read as doer, partners and time, under a lead-in whose bracket legend '(ansvarig, samarbetspartner, tidtabell inom parentes)' makes its list actions)
    "blind266-bredvik-2024-2027": (0.95, 0.95, 0.95),  # first blind measurement 1.000/1.000/1.000 -> now 1.000/1.000/1.000 (read before the set; resp 0.833 -> 1.000: '<unit> för <whom> och <unit in the definite form>' split into two responsible units)
    "blind267-djupnas-2026-2029": (0.95, 0.95, 0.95),  # first blind measurement 1.000/0.000/1.000 -> now 1.000/1.000/1.000 (a numbered action paragraph 'N.M <action>. <how>. Ansvarig: … Samarbetspartner: … Tidtabell: …' is its first sentence; 'Mål N' in a meter table's action column names the goal of the 'Mål N: …' paragraph; a partner closed by 'rf' no sub-unit; i→m 0.2 -> 1)
    "blind268-fagernas-2025-2029": (0.95, 0.95, 0.95),  # first blind measurement 0.667/1.000/1.000 -> now 1.000/1.000/1.000 ('Tyngdpunkt 1.N <sub-goal>' heading with no stop after its dotted code: the label cut off, the sub-goal of the goal its theme's prose stated, its table's actions and its 'Så följer vi upp:' meters the sub-goal's; m→g 0.571 -> 1)
    "blind269-gloskar-2024-2026": (0.95, 0.95, 0.95),  # first blind measurement 0.000/1.000/1.000 -> now 1.000/1.000/1.000 (sub-heading 'Det här vill vi' names the goal paragraph under it; closing 'Nr | Ansvarig | Tillsammans med | När' table keyed by the action numbers gives the numbered actions their doers and times: m→g 0 -> 1, resp 0 -> 1)
    "blind270-mjolvik-2026-2030": (0.95, 0.95, 0.95),  # first blind measurement 1.000/1.000/0.842 -> now 1.000/1.000/1.000 (an 'Uppföljning' cell of two meters one a line, the first closed by its unit '…, %': split there; ruled resp 0.933 left, a word broken at a narrow cell's edge)
    "blind271-hakansvik-2025-2028": (0.95, 0.95, 0.95),  # first blind measurement 1.000/0.880/0.737 -> now 1.000/1.000/1.000 (lower-case meters opening with their count each their own row's, no page-end continuation; key figures '<meter> – <area>' of that area's one goal; a name's genitive alone on a narrow cell's line wrapped: resp 0.909 -> 1)
    "blind272-krokholm-2024-2027": (0.95, 0.95, 0.95),  # first blind measurement 0.667/1.000/0.364 -> now 1.000/1.000/1.000 (unnumbered 'Mål: <goal>' headings and 'Tyngdpunkt: <sub-goal>' headings under one read as goals and sub-goals over their action lists; a follow-up table's 'Mål' column keyed '1', '2', '3a', '3b', '4' keeps its rows apart, states no goals, and its meters count no action: m→g 0.636 -> 1)
    "blind273-lindvik-2026-2030": (0.95, 0.95, 0.95),  # first blind measurement 1.000/0.818/1.000 -> now 1.000/1.000/1.000 ('Ansvaret ligger hos X i samarbete med Y.' before 'Tidtabell: T.' is the action's field of who: resp 0 -> 1; first sentence kept after an adverb-led or accented explanation; a 'mål 3' cell keys a row of its own, also after the row number '5. mål 3': m→g 0.889 -> 1, i→m 0.625 -> 1)
    "blind274-malsund-2025-2029": (0.95, 0.95, 0.95),  # first blind measurement 0.769/1.000/1.000 -> now 1.000/1.000/1.000 ('Mälsund …' headings no longer fold to 'mål' and head a goal list; a genitive alone on a cell line, 'Mälsunds' / 'Hyresbostäder Ab', goes on to the name it owns: ruled resp 0.909 -> 1)
    "blind275-sandholm-2024-2026": (0.95, 0.95, 0.95),  # first blind measurement 1.000/1.000/1.000 -> now 1.000/1.000/1.000 (read as it was: 'VI VILL:' / 'SÅ GÖR VI:' brochure and its follow-up table, every style 1.000)
    "blind276-vikholm-2027-2030": (0.95, 0.95, 0.95),  # first blind measurement 0.824/0.857/0.667 -> now 1.000/1.000/1.000 (goals followed up 'med följande indikatorer' introduce indicators; an 'Uppföljning:' field on or under an action's 'Ansvar: … Tidtabell: …' line is its meter; a lower-case cell under an empty cell continues no row; chapter-numbered 'Åtgärd 3.K' under a 'Tyngdpunkt:' field stay apart from 'Tyngdpunkt N.' actions)
    "blind277-alskar-2025-2028": (None, None, None),
    "blind278-bastvik-2024-2027": (0.95, 0.95, 0.95),  # first blind measurement 1.000/1.000/1.000 -> now 1.000/1.000/1.000 (follow-up table 'Mätare | Gäller' keyed 'Mål N' / 'Mål N / åtgärd K': the K-th action under goal N; i→m 0.444 -> 1.000)
    "blind279-dalsund-2026-2029": (0.95, 0.95, 0.95),  # first blind measurement 0.667/1.000/1.000 -> now 1.000/1.000/1.000 ('Mål N. <area>' over 'Målet är att <goal>. <reasons>.': the sentence is the goal, the area its theme; a numbered record keyed '3. –' ends its line, its 'Mätare:' no tail)
    "blind280-gaddvik-2025-2029": (0.95, 0.95, 0.95),  # first blind measurement 0.909/1.000/1.000 -> now 1.000/1.000/1.000 (a strive sentence followed by 'Den visionen är …' is the municipality's vision, no goal)
    "blind281-harsund-2024-2028": (0.95, 0.95, 0.95),  # first blind measurement 1.000/0.667/0.000 -> now 1.000/1.000/1.000 ('Vi <action> – <doer>' bullets in a document closing its items so; a 'Vad | När' timetable repeating every action gives their times and no new actions; 'Vi följer bland annat:' introduces the indicator list)
    "blind282-kalvsund-2027-2030": (0.6, 0.95, 0.95),  # first blind measurement 0.500/1.000/1.000 -> now 0.667/1.000/1.000 ('…, och därför är målet att X' after a reported wish: the goal X; a wish leading up to goals stated by the goal noun no goal; an action sharing no word with goals stated together goes on with the goal of the one above. 'För X är målet att …' / 'Dessutom är målet att …' kept whole, as golden borga and helsingfors expect)
    "blind283-malmsund-2025-2028": (0.95, 0.95, 0.95),  # first blind measurement 0.923/1.000/1.000 -> now 1.000/1.000/1.000 (a goal given after '… har valt ett eget mål:' at a sentence's end, `colon_goal`)
    "blind284-morkvik-2026-2029": (0.95, 0.95, 0.95),  # first blind measurement 0.571/0.783/1.000 -> now 1.000/1.000/1.000 (a decimal theme heading over 'Mål N. …' / 'Åtgärd N.M. …' paragraphs is no heading action whose fields the line under them gives; 'Ansvarig: X. [Samarbete: Y.] Tidsplan: T.' closing an 'Åtgärd N.M.' paragraph, or going on over the line under it, are its fields: m→g 0.556 -> 1, i→m 0.571 -> 1, resp 0.222 -> 1)
    "blind285-norrholm-2025-2029": (None, None, None),
    "blind286-oxnas-2026-2030": (0.95, 0.95, 0.95),  # first blind measurement 0.182/1.000/1.000 -> now 1.000/1.000/1.000 (a goal sentence's goal also without its opener, `Goal.clause`: 'Målsättningen är att X' matches a gold 'X'; a quote with a dash byline no goal; m→g 0.25 -> 1; a summary table repeating its area on every row carries no empty partner cell down)
    "blind287-prastvik-2025-2027": (0.95, 0.95, 0.95),  # first blind measurement 0.625/0.957/0.000 -> now 1.000/1.000/1.000 (area headings under 'Det här gör vi' name the goal led in by that area; 'hur många …' meters are rows of their own; a body with its own plan, a principle's scope sentence: no action, no goal; i→m 0.333 left: counts in a goal-keyed follow-up table, not linked by decision)
    "blind288-ronnvik-2027-2030": (0.95, 0.95, 0.95),  # first blind measurement 0.909/1.000/0.933 -> now 1.000/1.000/1.000 ('Åtgärd 3.1: X. Ansvarig: Y i samarbete med Z. Tidpunkt: T. Mätare: M.' fields and meter; a wish in a paragraph of the principles the plan rests on is no goal; a row numbered by chapter and an action numbered by goal stay two)
    "blind289-sandskar-2025-2028": (None, None, None),
    "blind290-tallholm-2024-2027": (None, None, None),
    "blind291-ulvnas-2026-2030": (None, None, None),
    "blind292-ytterskar-2025-2029": (None, None, None),
    "blind293-asgrund-2024-2028": (None, None, None),
    "blind294-ostergrund-2027-2030": (None, None, None),
    "blind295-aspnas-2025-2028": (None, None, None),
    "blind296-backsund-2024-2027": (None, None, None),
    "blind297-fladaby-2026-2030": (None, None, None),
    "blind298-granbacka-2025-2029": (None, None, None),
    "blind299-holmby-2024-2028": (None, None, None),
    "blind300-kyrkbacka-2026-2029": (None, None, None),
    "blind301-aspvik-2025-2028": (0.95, 0.95, 0.95),  # first blind measurement 1.000/1.000/1.000 -> now 1.000/1.000/1.000 (a follow-up table's 'Mål' column of bare numbers counts the goals stated unnumbered in their order: the meters are those goals', no action's; i→m 0.286 -> 1.000 in ruled, borderless, twocolumn)
    "blind302-bredsund-2024-2027": (0.95, 0.95, 0.95),  # first blind measurement 0.923/1.000/1.000 -> now 1.000/1.000/1.000 (a follow-up table keyed 'Målsättning N' beside a lower-case meter or target keeps each row its own: no page-end continuation, no goal 'Målsättning 3')
    "blind303-dalkulla-2026-2029": (None, None, None),
    "blind304-enskar-2025-2029": (0.95, 0.95, 0.95),  # first blind measurement 1.000/1.000/1.000 -> now 1.000/1.000/1.000 (nothing built; i→m 0.875 left: the count of a chapter's 'Mätare för X: a samt b.' line linked to the action it counts, not read by decision)
    "blind305-gasvik-2024-2027": (0.95, 0.95, 0.95),  # first blind measurement 1.000/0.800/1.000 -> now 1.000/1.000/1.000 (a folder's boxes 'Visste du?' / 'Röster från X' / a quote between '(doer, time)' bullets; 'varje midsommar' a time; 'Det här mäter vi | Område' table: the counts name the area's action, i→m 0.167 -> 0.833)
    "blind306-hamnby-2027-2030": (0.95, 0.95, 0.95),  # first blind measurement 1.000/1.000/1.000 -> now 1.000/1.000/1.000 (group rows 'Mål N' alone in the appendix action plan name the body's goal N: m→g 0 -> 1; keyvalue: the group's card opening a page is no repeated header, i→m 0.222 -> 1, resp 0.231 -> 1)
    "blind307-knivsund-2025-2028": (None, None, None),
    "blind308-lillnas-2024-2027": (None, None, None),
    "blind309-mellanby-2026-2030": (None, None, None),
    "blind310-norrby-2025-2029": (0.95, 0.95, 0.95),  # first blind measurement 1.000/1.000/1.000 -> now 1.000/1.000/1.000 (group rows 'Mål N' alone in the appendix action plan name the body's goal N, also numbered '1.4 Mål 2': m→g 0 -> 1, numbered measures 0.774 -> 1)
    "blind311-oxby-2024-2026": (0.95, 0.95, 0.95),  # first blind measurement 1.000/0.632/1.000 -> now 1.000/1.000/1.000 (a side box under a deeper heading splitting an area's 'Vi … (doer, when)' list is no section, the list goes on after it; 'somrarna' / 'varje midsommar' are times and 'fritidsledarna' a post, so their parentheses are who/when tails; text under a rebuilt borderless table set larger is no row of it; i→m 0.286 left: counts in an area-keyed follow-up table, not linked by decision)
    "blind312-ravnas-2027-2030": (0.95, 0.95, 0.95),  # first blind measurement 1.000/1.000/1.000 -> now 1.000/1.000/1.000 (resp 0.909 -> 1: 'näringslivsbolaget' alone on a cell line goes on with the body's name under it; i→m 0.857 left: a count of a chapter's 'Mätare för X: a samt b.' line not linked to the action it names, by decision)
    "blind313-strandvik-2025-2028": (0.95, 0.95, 0.95),  # first blind measurement 1.000/1.000/1.000 -> now 1.000/1.000/1.000 (i→m 0 -> 1: a follow-up table's 'Mål' column counting the unnumbered goals 1, 2, 3 in printed order keys its meters to them, no target levels, so no counted-action links)
    "blind314-tallvik-2024-2027": (None, None, None),
    "blind315-viktrask-2026-2029": (None, None, None),
    "blind316-ytterby-2025-2029": (0.95, 0.95, 0.95),  # first blind measurement 1.000/1.000/1.000 -> now 1.000/1.000/1.000 (m→g 0 -> 1: an appendix action plan's 'Mål N' group rows name the goals the chapters stated as 'Mål N: …' paragraphs; numbered m 0.788 -> 1)
    "blind317-asnas-2024-2028": (0.95, 0.95, 0.95),  # first blind measurement 1.000/0.900/1.000 -> now 1.000/1.000/1.000 (a side box 'Visste du?' inside an area's '(who, when)' bullet list; i→m 0.333 left: the counts of its area-sorted 'Vad vi mäter | Område' table stay the goals', as other writers' gold keeps them)
    "blind318-osternas-2026-2030": (0.95, 0.95, 0.95),  # first blind measurement 1.000/1.000/0.545 -> now 1.000/1.000/1.000 ('Mätare för målet: <rate>' after a goal's action table is the goal's meter; a row under a page end with a coordinated doer 'kultur- och …' is its own; i→m 0.833: 'Mätare: Antal ordnade grannkvällar' under a list stays the goal's)
    "blind319-abborrvik-2025-2028": (0.95, 0.25, 0.95),  # first blind measurement 1.000/0.273/1.000 -> now 1.000/0.273/1.000 (i→m 0.250 -> 0.625: a follow-up table keyed by area letters, 'C1' the area's goal and no action, 'C-2' its second action; measures 0.273 left: the gold cuts 'i samarbete med X' off the action's text, which most writers' gold keeps, `partners_in_text`)
    "blind320-bofjard-2024-2027": (None, None, None),
    "blind321-dalholm-2026-2030": (0.95, 0.95, 0.95),  # first blind measurement 0.000/0.000/1.000 -> now 1.000/1.000/1.000 (goals finishing a stem 'Vi vill att' / '• …'; numbered action paragraphs '(doer; time)' with '[mål K]' counting the part's own goals; '<part>, mål K' in a follow-up table names that goal)
    "blind322-ekby-2025-2029": (None, None, None),
    "blind323-farvik-2024-2026": (0.95, 0.95, 0.95),  # first blind measurement 0.000/0.706/1.000 -> now 1.000/1.000/1.000 (a department-by-department part, 'Sektorernas mål och åtgärder' > '3.N <department>': 'Sektorns mål' alone over the goal's paragraph is its label; the department does its items, '(med X) – <time>' cut off as partner and time; the budget table repeating the actions folds into them, also printed as cards: m→g and resp 0 -> 1; numbered print left: its rows as numbered items, m 0.786 / i 0.286)
    "blind324-grasnas-2025-2028": (0.95, 0.95, 0.95),  # first blind measurement 1.000/0.741/1.000 -> now 1.000/1.000/1.000 (a bracket legend going on after 'inom parentes' is still a legend: the follow-up bullets are meters, '(N.M)' the action so numbered in the Nr column, '(N)' the goal of area N; i→m 0.286 -> 1; a caption over cards heads no goal)
    "blind325-klippnas-2025-2028": (None, None, None),
    "blind326-kvarnsund-2024-2027": (0.95, 0.95, 0.95),  # first blind measurement 0.909/1.000/0.875 -> now 1.000/1.000/1.000 ('(åtgärd N)' closing a meter counts the section's unnumbered actions, i→m 0.429 -> 1; a part's heading over a 'Vårt mål:' paragraph and its table is no goal)
    "blind327-lillholm-2026-2029": (None, None, None),
    "blind328-mossnas-2025-2029": (0.95, 0.95, 0.95),  # first blind measurement 1.000/1.000/1.000 -> now 1.000/1.000/1.000 (i→m 0.556 -> 1: a 'Gäller' column naming an area by its letter 'A' beside its actions' codes 'A1'; a card's code beside 'Budget (€):' kept, a closed card's status read)
    "blind329-norrskog-2024-2028": (0.95, 0.95, 0.95),  # first blind measurement 0.000/0.000/1.000 -> now 1.000/1.000/1.000 ('Sektorns mål: …', an owner's genitive goal label; 'Sektorernas del' > '4.N <department>' heads each department's items, 'i samarbete med X (<time>)' cut off as partner and time; 'Sektor | Nyckeltal | Gäller åtgärd': the department's goal and the N-th action of its list, i→m 0.375 -> 1 in ruled; cards / keyvalue i→m 0.625 / 0.500 left: the card extraction shifts the Sektor field by a record)
    "blind330-ravholm-2026-2030": (0.95, 0.95, 0.95),  # first blind measurement 1.000/0.960/0.429 -> now 1.000/1.000/1.000 (follow-up bullets '(<area theme>)' are the area goal's meters of no action; an amendment adopted in the minutes' Behandling is an action; a doer's bracket closed at a line's end ends it, resp 0.75 -> 1; the area field of cards under a goal heading is its theme)
    "blind331-sjoholm-2025-2028": (0.95, 0.95, 0.95),  # first blind measurement 1.000/0.000/1.000 -> now 1.000/1.000/1.000 (a commitment's action without the partners and time set off after it, ', i samarbete med X och Y, <time>', or a dated time closing it, m 0.200 -> 1; a meter table's 'Insatsområde': '2' names the goal of '4.2', the second area of the chapter stating the goals)
    "blind332-tallkulla-2024-2027": (0.95, 0.95, 0.95),  # blind measurement at 683b2bc 0.000/1.000/1.000 -> now 1.000/1.000/1.000 (a numbered label printed in both languages, 'Tavoite N / Mål N', read by its Swedish word: the goal list's bilingual '(<fi> / <sv>)' area stripped and the goal headings over 'Taulukko N / Tabell N' link their actions, m→g 0 -> 1)
    "blind333-uddby-2025-2027": (0.95, 0.95, 0.95),  # blind measurement at 683b2bc (the first per programme not recorded; set 0.701 first) 1.000/0.385/1.000 -> now 1.000/1.000/1.000 ('Målgrupp: <group>' names the part's theme; '(i samarbete med X, Y)' closing a Vad cell in a table with no partner column gives the partners, cut off the text; the code-keyed meter appendix printed as numbered records '1.1 B1' / 'Målgrupp: …' / 'Mätare: …' refers to the coded action, numbered i→m 0.400 -> 1)
    "blind334-vasterkulla-2026-2029": (0.95, 0.5, 0.95),  # blind measurement at 683b2bc 1.000/0.552/0.833 -> now 1.000/0.552/1.000 ('Därutöver följs hela programmet med två nyckeltal: …' names programme-level indicators; the cut of '… tillsammans med X (unit; time)' that took measures to 1.000 was dropped: it lowered the held-out blind293 and blind299, whose golds keep the phrase)
    "blind335-ytterholm-2024-2028": (0.95, 0.95, 0.95),  # first blind measurement 1.000/1.000/0.000 -> now 1.000/1.000/1.000 (follow-up bullets '<goal sentence>: <meter>' are that goal's meters of no action, the goal found in its words with a card's 'Mål N: ' label aside)
    "blind336-ostanvik-2025-2029": (0.95, 0.95, 0.95),  # blind measurement at 683b2bc 0.909/1.000/1.000 -> now 1.000/1.000/1.000 ('Åtgärderna 3.1 och 3.3 gäller den första målsättningen och åtgärd 3.2 den andra.' keys the numbered actions to the goals stated, no goal of its own; a paragraph's first line taken in as a meter table's last row given back, twocolumn i 0.941 -> 1; a running head over a carried borderless table no cell, borderless i 0.941 -> 1; the numbered print's '<N.M> –' meter items left)
    "blind337-aspholm-2025-2028": (0.95, 0.95, 0.95),  # first blind measurement 1.000/1.000/1.000 -> now 1.000/1.000/1.000 (m→g 0.714 -> 1: lower-case dash meter lines start no continuation of the row above; i→m 0.667 -> 1: a goal row of fewer meters than actions makes the meter column the goals' in every table so headed; 'Indikator: – x' keeps its item; a caption's goal titles set in its size take its theme)
    "blind338-bjorkvik-2024-2027": (0.95, 0.95, 0.95),  # first blind measurement 0.842/1.000/0.824 -> now 1.000/1.000/1.000 (a goal cell 'Huvudmål 1' -- a compound of 'mål' and a number -- names the goal so numbered, no goal of its own; 'Vision och värderingar' is no fuzzy 'utvärdering', its value bullets no meters; a sub-goal heading takes its main goal's theme)
    "blind339-brannby-2025-2028": (0.95, 0.95, 0.95),  # first blind measurement 1.000/1.000/0.000 -> now 1.000/1.000/1.000 (follow-up items 'Fokusområde N: <meter>; <meter>' are meters of area N's goal, of no action, one per part; a year grid's card 'Nr: 1.1 2025: x' keeps its number, cards m→g 0 -> 1; 'sysselsättningsområdet' / 'Kustbotten' wrapped in a full line is one doer, resp 0.923 -> 1)
    "blind340-dalnas-2024-2028": (0.95, 0.95, 0.95),  # first blind measurement 1.000/1.000/0.769 -> now 1.000/1.000/1.000 (resp 0.000 -> 1: a matrix lettered A = ansvarig / S = samarbete, RASCI's S, and its card lines; i→m 0.200 -> 1: a key column of numbered parts, '3.1 X' repeated, is no list cut by a page end; a party header broken mid-word)
    "blind341-edsvik-2026-2029": (0.95, 0.95, 0.95),  # first blind measurement 1.000/0.963/0.308 -> now 1.000/1.000/1.000 (a meter cell of lower-case counts one a line is cut at each 'antal' / 'andelen' line; work 'enligt sina egna rutiner' is the body's own, no action; summary-table goals take the theme of the section stating them again)
    "blind342-fagerholm-2025-2028": (0.95, 0.95, 0.95),  # first blind measurement 1.000/0.960/1.000 -> now 1.000/1.000/1.000 (a line opening with a number after 'i tabell' at a line break is no list item)
    "blind343-granskar-2025-2028": (0.95, 0.95, 0.95),  # first blind measurement 0.923/1.000/1.000 -> now 1.000/1.000/1.000 (a slide deck: '<action> | Ansvar: X | Med: Y, Z | <time>' read as fields set apart by bars, resp 0.667 -> 1; 'Tema N | <theme>' names the theme, so the follow-up table's Tema column keys its meters; a question slide 'Vad har vi gjort 2021–2024?' states no goal)
    "blind344-hallvik-2024-2027": (0.95, 0.95, 0.95),  # first blind measurement 0.833/1.000/1.000 -> now 1.000/1.000/1.000 ('Programmets övergripande mål är att X' gives X as the goal's clause; a chapter of common actions whose lead-in says they support the overarching goal lists them under it, m→g 0.769 -> 1)
    "blind345-jungnas-2025-2029": (0.95, 0.95, 0.95),  # first blind measurement 1.000/0.100/1.000 -> now 1.000/1.000/1.000 ('<action>. <how>. Ansvar: X. Samarbete: Y. Tidtabell: T.' paragraphs: the opening sentence is the action, the closing fields its own, also on a line of their own after a page or column break; the summary table 'Nr | Insatsområde | Mål | Åtgärder' repeating the actions in full, one a line, is dropped as a short-name summary was; resp 0 -> 1)
    "blind346-kalknas-2024-2028": (0.95, 0.95, 0.95),  # first blind measurement 1.000/0.533/1.000 -> now 1.000/1.000/1.000 ('<N>. <action> i samarbete med X och Y – <time> (<unit>)': the partners between the action and its time cut off it, a service field '(småbarnspedagogiken)' a doer in brackets, 'årligen i augusti' one time, a wrapped '– <time> (<unit>)' line joined to its item; i→m 0.778 -> 1)
    "blind347-lekvik-2026-2029": (None, None, None),
    "blind348-lovholm-2025-2027": (0.95, 0.95, 0.95),  # first blind measurement 0.625/0.000/0.933 -> now 1.000/1.000/1.000 (a question heading 'Hur …?' answered by 'Vi vill (också) att <goal>.' is those goals' theme, no goal; '<thing> ordnas / görs / erbjuds / reserveras av X tillsammans med Y <time>' is an action with its doer; 'Fråga | Mätare | Hur ofta?' is an indicator table whose question column names the goal, a row sharing words with the question's second goal goes to it)
    "blind349-mjosund-2024-2027": (0.95, 0.95, 0.95),  # first blind measurement 1.000/0.696/1.000 -> now 1.000/1.000/1.000 (a status column dated inside the programme's own period, 'Läge 2026', makes the table the plan's own, done rows still its actions; 'struken – <reason>' strikes its row, also on cards, in a label-value table of several cards and on a numbered record's field line; a leading 'NY: ' is no part of the action)
    "blind350-nabbvik-2025-2028": (None, None, None),
    "blind351-oxholm-2024-2026": (0.95, 0.95, 0.95),  # first blind measurement 1.000/0.000/1.000 -> now 1.000/1.000/1.000 ('• Vi <verb> …' items, each with its doer on a second-level dash item of its own, '– X[,] tillsammans med Y': the item's who field, a time phrase closing its line its when; a follow-up table keyed by its area first, 'Område | Mätare', keeps its meters the goals', i→m stays 1)
    "blind352-portvik-2025-2028": (0.95, 0.95, 0.95),  # blind measurement at 5c23bf8 0.000/1.000/1.000 -> now 1.000/1.000/1.000 ('Delområde' labels an area as 'Insatsområde' does: a 'Delområde | Målsättning 2025–2028' table gives the goals with their themes and 'Delområde N: <theme>' headings key the blocks under them, m→g 0 -> 1; labels asked with a colon, 'Vad görs:' / 'Vem gör det:' / 'Hur följs det upp:', and passive 'Uppföljs genom:' read as their question, i→m 0.556 -> 1; 'Genomfört under …:' is no doer's label, resp 0.769 -> 1)
    "blind353-ramso-2026-2029": (0.95, 0.95, 0.95),  # first blind measurement 0.667/1.000/1.000 -> now 1.000/1.000/1.000 (a lead-in's legend of the brackets said as a clause, '…; numret inom parentes anger målet:', is notation, the '(mål N)' bullets indicators and no goals; a card titled by a goal number alone, 'Mål 8: 4', is an action of goal 4)
    "blind354-ragskar-2025-2029": (0.95, 0.95, 0.95),  # first blind measurement 1.000/0.917/1.000 -> now 1.000/1.000/1.000 (a table row the page end cut in two: the next page's sentence taking up the action describes it, no part of its name; a label-value record at the top of the next piece that only finishes the record before the break folds into it, cards m 0.960 -> 1; i→m 0.909 -> 1)
    "blind355-skatnas-2025-2028": (0.95, 0.95, 0.95),  # first blind measurement 1.000/1.000/1.000 -> now 1.000/1.000/1.000 (ruled; cards/numbered/keyvalue i 0.444 -> 1.000: a follow-up sub-heading repeating a stated goal word for word sorts the meters by goal, also where the goal was read with its print label 'Mål 1: X')
    "blind356-stavsund-2024-2027": (0.95, 0.95, 0.95),  # first blind measurement 1.000/1.000/1.000 -> now 1.000/1.000/1.000 (an Ansvarig cell one unit a line, each closing on a definite noun, pairs line by line with the row's bulleted actions beside one time for the row; resp 0.769 -> 1)
    "blind357-tjarvik-2026-2029": (0.95, 0.95, 0.95),  # first blind measurement 0.444/1.000/1.000 -> now 1.000/1.000/1.000 (a goal list '<short name> – <goal in lower case>.': the short name is the goal's theme, and the plan's and follow-up table's goal columns naming it find the goal, m→g 0 -> 1; a card's 'Budget (€): 1 200' line is a field of its own, no part of the doer, cards / numbered resp 0.083 / 0 -> 1)
    "blind358-torvnas-2024-2028": (0.95, 0.95, 0.95),  # first blind measurement 1.000/1.000/1.000 -> now 1.000/1.000/1.000 (i→m 0.556 -> 1: a traffic-light follow-up table 'Indikator | Insatsområde | Åtgärd | … | Status' whose Åtgärd cells name the plan's actions short, or '–', is the plan's follow-up and no report on an earlier plan; each name is that action)
    "blind359-ulvsund-2025-2027": (0.95, 0.95, 0.95),  # first blind measurement 0.800/0.870/1.000 -> now 1.000/1.000/1.000 (a '4.N <theme>' heading over '<action>. Ansvarig: X.' paragraphs whose further fields a line break set apart is no heading action: the paragraph giving its own fields is an action of the section)
    "blind360-vitnas-2026-2030": (0.95, 0.95, 0.95),  # first blind measurement 1.000/1.000/0.625 -> now 1.000/1.000/1.000 (follow-up bullets '<area>: <Meter> (<action nr>)': a theme label before a capitalised meter, the legend 'anger den åtgärd som mätaren följer upp', the number the action, no number the area; i→m 0.400 -> 1)
    "blind361-aspkulla-2025-2028": (0.95, 0.95, 0.95),  # first blind measurement 1.000/0.000/0.000 -> now 1.000/1.000/1.000 ('Utmaningar | Åtgärder' tables: the challenge column beside the actions makes an action table; 'Ansvar och samarbete: …' after a page's table gives all its actions their doer, partners ('Samarbetet sker med …', '… är samarbetspart') and time ('Åtgärderna genomförs …'); meters 'per insatsområde' keyed by the area's name are the area's goal's, of no action; a two-column page's text beside the next heading ends a borderless table; the same page as records)
    "blind362-bockholm-2024-2027": (0.95, 0.95, 0.95),  # first blind measurement 0.667/1.000/1.000 -> now 1.000/1.000/1.000 (lettered area goals 'A. Arbete: <goal>.' read as numbered ones, theme the area, no goals 'A'..'E' from the meter table's Mål column; a Nr column of codes 'A1', 'B2' keys each action to its letter's goal, m→g 0.250 -> 1; the meter table's Åtgärd codes then name their actions, i→m 0.286 -> 1; the numbered print's '<N.M> –' record ends its line, numbered m/i 0.923/0.833 -> 1)
    "blind363-dalsvik-2026-2029": (0.95, 0.95, 0.95),  # first blind measurement 0.000/1.000/0.444 -> now 1.000/1.000/1.000 ('Inom området X strävar vi efter att Y': the own-voice aim after a fronted adverbial is a goal, its clause Y; m→g 0 -> 1 by the Område column; a follow-up label 'Arbete och kompetens:' naming a goal's theme keys the meter bullets under it to that goal)
    "blind364-angskulla-2024-2028": (0.95, 0.95, 0.95),  # first blind measurement 1.000/0.583/1.000 -> now 1.000/1.000/1.000 ('<action> tillsammans med X och Y. Ansvar: Z. Tidtabell: T.': with no partner field, the cooperation phrase before the item's fields is its partners, cut off the action, the sentence kept as printed)
    "blind365-alsund-2025-2027": (0.95, 0.95, 0.95),  # first blind measurement 0.000/0.815/1.000 -> now 1.000/1.000/1.000 (group rows '<AREA IN CAPITALS>: <goal>' in the action column head their group, the area the goal's theme, also printed between the cards, as a card of their own or numbered among the actions with the cells above repeated, m→g 0 -> 1, i→m 0.5 -> 1; a quote's byline run together with the contact line is still the quote's, twocolumn g 0.909 -> 1)
    "blind366-ostbacka-2025-2029": (0.95, 0.95, 0.95),  # first blind measurement 0.000/0.667/1.000 -> now 1.000/1.000/1.000 ('Det här vill vi uppnå: <goal>' -- the goal said as a clause in the writer's voice, label_vocab.AIM_PHRASE -- is a goal field, m→g 0 -> 1; a checklist item's 'i samarbete med X och Y' right before its '(doer, time)' is cut off as the partners, only where the item has a box)
    "blind367-ersnas-2025-2028": (0.95, 0.95, 0.95),  # first blind measurement 1.000/1.000/0.000 -> now 1.000/1.000/1.000 (a bilingual table with a column per language, 'Tavoite / Mål | Mittari | Mätare': of two columns of one role the Finnish-headed one is the translation, the Swedish one is read)
    "blind368-fjallvik-2024-2027": (0.95, 0.95, 0.95),  # first blind measurement 0.923/1.000/1.000 -> now 1.000/1.000/1.000 (ditto cells '"', '–"–', 'se ovan' take the value of the row above, resp 0.733 -> 1, also on a card where 'Tidtabell: –"–' ends its line; a paragraph labelled as the principles of all the work is no goal; meter records titled by a bare action number key that action, numbered i 0.4 -> 1)
    "blind369-gronvik-2026-2029": (0.95, 0.95, 0.95),  # first blind measurement 0.000/0.000/0.667 -> now 1.000/1.000/1.000 ('Vad vill vi uppnå?' in body type or as a heading over the goal's paragraph: its first sentence the goal, the actions under 'Hur gör vi det?' its measures; meters in running text 'genom att mäta <rate> och <count>', '<Action> följer vi upp genom att räkna …' (that action's), 'Dessutom mäter vi …'; the appendix 'Åtgärd nr | Samarbetspartner' gives the '1)'-numbered actions their partners)
    "blind370-hemsund-2025-2029": (0.95, 0.95, 0.95),  # first blind measurement 0.000/1.000/1.000 -> now 1.000/1.000/1.000 (a strategy map exported as text: goal boxes '<code> | <goal>' under 'FOKUSOMRÅDE A | <area>' read as nothing are kept by their code like coded list items, so the action table's Mål column 'A1' makes each the goal, its area the theme; m→g 0 -> 1)
    "blind371-kopparholm-2024-2026": (0.95, 0.95, 0.95),  # first blind measurement 1.000/1.000/1.000 -> now 1.000/1.000/1.000 (columns per integration phase 'Inledande skede | Etablering | Långsiktigt' marked 'x' are no responsibility matrix, the Ansvarig column stays the doer, resp 0 -> 1 in ruled/borderless/twocolumn; 'Näringslivsbolaget' / 'Kopparholm Ab' is one name)
    "blind372-orrnas-2026-2030": (None, None, None),
    "blind373-gullvik-2024-2027": (0.95, 0.95, 0.95),  # first blind measurement 1.000/0.828/0.667 -> now 1.000/1.000/1.000 (a table's section row '<N> <AREA>' over a labelled goal row 'Mål: <goal>' titles the area, no action, the goal's theme, action_title_rows; the follow-up headings naming the areas then key their meters; printed as cards, an item or the last record with its fields 'as above', capital_section_title)
    "blind374-hjortsund-2025-2028": (0.95, 0.95, 0.95),  # first blind measurement 0.400/1.000/0.857 -> now 1.000/1.000/1.000 (a goal list item '<N>. <goal> (<Area>).' names its area last, council_decision.listed_area_goal, m→g 0.364 -> 1; 'Dessutom följs två övergripande tal upp för hela programmet: X och Y.' lists indicators, prose.followed_up_by)
    "blind375-igelnas-2025-2029": (0.95, 0.95, 0.95),  # first blind measurement 0.909/0.320/0.429 -> now 1.000/1.000/1.000 (a table of horizons alone 'Kort sikt (…) | Lång sikt (…)' under a stated goal is its plan, horizon_columns, resp 0 -> 1; found borderless as a bold pair over one row of bulleted lists, borderless_tables._bold_pair_over_bullets; area-keyed meters naming their action in a bracket under a legend saying so, 'Alla teman:' the programme's; the partner phrase before a cell item's doer bracket; a wish after the follow-up's meters is the vision, no goal)
    "blind376-jolkby-2024-2026": (0.95, 0.95, 0.95),  # first blind measurement 0.000/1.000/1.000 -> now 1.000/1.000/1.000 (the unlabelled one-sentence paragraph alone between an area heading and its first action is the goal made of the heading, the heading's name its theme, m→g 0 -> 1; 'Ansvarig: X / Stöd: Y, Z' in one cell: the label cut, the supporters partners, resp 0 -> 1)
    "blind377-karrholm-2026-2029": (0.95, 0.95, 0.95),  # first blind measurement 0.889/1.000/0.714 -> now 1.000/1.000/1.000 ('Effektmål N' beside the result goals' 'N.M' in a meter table's key column: each a row of its own, 'Effektmål N' the parent of the goals numbered 'N.M'; 'följs upp med statistik och … egna uppgifter' names sources, no meter)
    "blind378-kraknas-2025-2028": (None, None, None),
    "blind379-lerholm-2025-2028": (None, None, None),
    "blind380-marsund-2024-2027": (None, None, None),
    "blind381-notvik-2026-2029": (0.95, 0.95, 0.95),  # first blind measurement 1.000/1.000/0.933 -> now 1.000/1.000/1.000 (the programme's own key figure said in the active voice, 'På programnivå följer kommunen dessutom <rate>.', is an indicator of no goal and no action)
    "blind382-ormnas-2025-2029": (0.95, 0.95, 0.95),  # first blind measurement 1.000/0.800/0.714 -> now 1.000/1.000/1.000 (an action table on its side, 'Fält | Åtgärd 1 | Åtgärd 2' over rows of fields, is turned into a row per action and is no goal's column groups, m→g 0 -> 1, resp 0.125 -> 1; the same table printed as records, one per field, is rebuilt, cards/numbered/keyvalue m/i/resp 0 -> 1; 'Därtill följer staden på programnivå två nyckeltal: X och Y.' gives two indicators of no goal)
    "blind383-palsvik-2024-2027": (0.95, 0.95, 0.95),  # first blind measurement 0.333/1.000/1.000 -> now 1.000/1.000/1.000 ('<situation now>. Vårt mål: <goal in lower case>.' -- an owned goal noun opening a later sentence of the area's paragraph, also 'Vår målsättning:', 'Kommunens mål:' -- is the area's goal, the '3.N' heading its theme; the appendix's Fokusområde column, empty or '(forts.)', then keys every row, m→g 0.167 -> 1, twocolumn g 0 -> 1)
    "blind384-lovkulla-2025-2027": (0.95, 0.95, 0.95),  # first blind measurement 1.000/1.000/1.000 -> now 1.000/1.000/1.000 (goal sub-headings numbered as a list, '1. <goal>', under the numbered chapter '4 Mål och åtgärder' state the goal of the items under them, the 'Tema:' line its theme, themes 0 -> 1, resp 0.667 -> 1; actions lettered '1a) …' are known by that code, so the meter table's Åtgärd '1a' names them, i→m 0.286 -> 1, also printed as records '5.1 1a', numbered g/m 0/0 -> 1/1)
    "blind385-solvik-2025-2028": (0.95, 0.8, 0.95),  # first blind measurement 0.000/0.000/1.000 -> now 1.000/0.818/1.000 (a goal outline flattened into one list, 'Strategiskt mål N – <area>: <goal>' / 'Delmål N.M: <sub-goal>' / plain '<action> (<doer>, <time>)' items: the goal items goals, a sub-goal the child of the item numbered by its stem, the area both's theme, the plain items actions of the goal item above, m→g 1; the meter table's '1.1' keys the sub-goal. Left: '… tillsammans med X (<doer>, <time>)' keeps the phrase in the action, writers split on it)
    "blind386-tjarnas-2024-2027": (0.95, 0.95, 0.95),  # first blind measurement 1.000/1.000/1.000 -> now 1.000/1.000/1.000 (unchanged; left: i→m 0.833, an area-keyed meter sharing an action's words is linked to it, as earlier sets' golds want)
    "blind387-ulvhamn-2025-2028": (0.95, 0.95, 0.95),  # first blind measurement 1.000/0.800/0.824 -> now 1.000/1.000/1.000 (a year wheel, a column of months named alone beside what happens, is no action table read by its cells; 'Uppföljning: antalet X och kommunens andel av Y' is two meters, a count and a share)
    "blind388-vretby-2026-2029": (0.95, 0.95, 0.95),  # first blind measurement 1.000/1.000/0.800 -> now 1.000/1.000/1.000 (a Mätare cell of one meter a line: a line stopped short of the column width before a capitalised line ends the meter, also after a figure, '… i årskurs 9' / 'Trivsel enligt …')
    "blind389-asby-2024-2028": (0.95, 0.95, 0.95),  # first blind measurement 1.000/0.957/0.500 -> now 1.000/1.000/1.000 (follow-up items '<theme> – <meter>' keyed by the theme before a dash, under 'Temanas mätare är:' the theme goal's, no action's, i→m 0 -> 1; a paragraph closing 'Dessa tjänster ingår i X:s plan och inte i detta program' is no action; phase headings 'Under det första året' are no goals in the card prints)
    "blind390-ostermyra-2025-2027": (0.95, 0.95, 0.95),  # first blind measurement 0.500/0.400/1.000 -> now 1.000/1.000/1.000 (goal sub-headings '1.1 Invandrares kompetens tas till vara …', 'Fler invandrare startar företag' read as statements: short verbs and -are nouns after a quantifier; two orders in one cell split at '; ' / ' samt ' with the row's fields; a goal heading over an intro line and items '<action> – <doer> – <time>')
    "blind391-alnas-2025-2028": (0.95, 0.95, 0.95),  # first blind measurement 0.833/1.000/1.000 -> now 1.000/1.000/1.000 (an action table's goal codes 'M1' explained in a legend after it, 'Mål (förklaring …):' / '• M1 <theme>: <goal>': the rows' measures linked to the goals coded so once the document is read, m→g 0 -> 1; the theme after the code is the goal's theme)
    "blind392-backnas-2024-2027": (None, None, None),
    "blind393-dalby-2026-2029": (0.95, 0.95, 0.95),  # first blind measurement 1.000/1.000/1.000 (m→g 0.692) -> now 1.000/1.000/1.000, m→g 1.000 (goal sub-headings whose subject is one adjective-like word, 'Invandrare hittar …', 'Nyanlända känner till …', read as statements: common goal-statement presents and a present before 'sig')
    "blind394-ekbacka-2025-2029": (0.95, 0.95, 0.95),  # first blind measurement 0.833/1.000/1.000 -> now 1.000/1.000/1.000 (running heads whose parts a middle dot separates, the bare page number beside them and the first page's head without its place are page furniture)
    "blind395-fjardby-2024-2028": (0.95, 0.95, 0.95),  # first blind measurement 0.923/1.000/1.000 -> now 1.000/1.000/1.000 (a paragraph whose subject is the goal stated above it, 'Målet bygger på …', explains it; two text columns under outline-numbered headings '4.5.1 Mål' | '4.6.2 Åtgärder' are no table: twocolumn 0.706/0.828/0.857 -> 1.000)
    "blind396-bergsund-2025-2028": (0.95, 0.95, 0.95),  # first blind measurement 1.000/0.333/1.000 -> now 1.000/1.000/1.000 (a numbered action paragraph over an indented list of free sub-bullets and closing labelled ones 'Ansvarig: X' / 'Samarbete: Y' / 'Tidtabell: Z': the labelled ones its fields, the free ones its description, resp 0 -> 1. Left: numbered print i→m 0.400, the meter table printed as records whose key fields come before the 'Mätare:' line)
    "blind397-grasbacka-2025-2028": (0.95, 0.85, 0.9),  # first blind measurement 0.667/0.467/0.556 -> now 1.000/0.909/0.933 (a welfare plan naming its integration chapter part-first, 'Kapitel 6 … utgör kommunens integrationsprogram' / '… innehåller i kapitel 6 kommunens integrationsprogram': the other chapters' goals, actions and goal meters dropped; '– X i samarbete med Y (från 2025)' in an action cell: Y a partner, cut off the text; 'Antal X' / 'Andel Y' lines one meter each; 'X-enheten, kommunkansliet' two actors. Left: the 6.4 prose actions after the tables, and the Mätare lines of a two-action row pair with the actions as earlier sets' golds want)
    "blind398-hagby-2024-2027": (0.95, 0.9, 0.95),  # first blind measurement 0.632/0.923/1.000 -> now 1.000/0.923/1.000 (a follow-up table at the end keyed 'Mål N' / 'Hela programmet' refers to the goal lines 'Mål N – <goal>' read by the fallback, or to no goal, no goals of its own. Left: 'X tillsammans med Y (doer, time)' keeps the phrase in the action, writers split on it)
    "blind399-hogsund-2026-2029": (0.95, 0.95, 0.95),  # first blind measurement 1.000/0.356/0.000 -> now 1.000/1.000/1.000 (a numbered action paragraph 'N. <action>.' over a bulleted list of its fields opening with 'Målgrupp: …', a field of no role: the action's card, 'Ansvar' / 'Samarbete' / 'Tid' / 'Uppföljning' its fields, resp 0 -> 1)
    "blind400-klintby-2025-2029": (0.95, 0.95, 0.95),  # first blind measurement 1.000/0.250/1.000 -> now 1.000/1.000/1.000 ('Därför ska <doer> <verb phrase> [tillsammans med X], <time>.' after a 'Vi vill att' goal: the verb phrase the action, the doer its responsible, the cooperation phrase before the closing time its partners; any infinitive after 'ska <named doer>', a closing ', när …' clause the time)
    "blind401-lerby-2024-2028": (0.95, 0.95, 0.95),  # first blind measurement 1.000/0.000/1.000 -> now 1.000/1.000/1.000 (numbered action paragraphs 'N. <action>. <explaining sentences>.' over an 'Ansvar: … · Samarbete: … · Tidtabell: …' line: the first sentence is the action for a running number as for 'N.M', also when the next sentence is a clause of its own)
    "blind402-myrnas-2026-2030": (0.95, 0.95, 0.95),  # first blind measurement 1.000/0.667/0.720 -> now 1.000/1.000/1.000 (a Finnish half then a Swedish half: the Finnish half's action table left out as its paragraphs are, table rows counted in telling the document bilingual; left: borderless 0.909, the last row's first cell runs over the page break and its last line is read as a paragraph)
    "blind403-ronnkulla-2025-2027": (None, None, None),
    "blind404-sandnas-2024-2027": (None, None, None),
    "blind405-tallbacka-2025-2029": (0.95, 0.95, 0.95),  # first blind measurement 1.000/1.000/1.000 -> now 1.000/1.000/1.000 ('<action> – ansvar: <doer> – <time>': the unlabelled time closing a line of dash fields is the item's when field, also where a narrow column put it on a line of its own, resp 0.429 -> 1)
    "blind406-ulvkulla-2025-2028": (0.95, 0.95, 0.95),  # first blind measurement 0.000/0.828/1.000 -> now 1.000/1.000/1.000 ('Målet för 2028: <goal>.' -- a goal labelled with its target year and preposition -- under a lettered area heading; group rows 'A' | '<theme>' with the group's code in the number column are theme title rows, also printed as cards with the cells above repeated, m→g 0 -> 1; left: numbered print's first group row)
    "blind407-osterhamn-2024-2028": (0.95, 0.95, 0.75),  # first blind measurement 1.000/1.000/0.800 -> now 1.000/1.000/0.800 (unchanged; left: a Mätare cell whose wrapped proper noun 'Welcome\nÖsterhamn' reads as two lines, and two Ansvar lines over two action lines paired line for line where the gold gives both to each)
    "blind408-skogsvik-2026-2029": (0.95, 0.95, 0.95),  # first blind measurement 0.909/1.000/0.933 -> now 1.000/1.000/1.000 ('Ansvar inom kommunen | Ansvar inom välfärdsområdet': every responsibility column's unit is responsible, resp 0.538 -> 1; a meter beside 'Mål N' in an indicator table is the goal's meter, no goal row)
    "blind409-almsund-2025-2028": (0.95, 0.95, 0.95),  # first blind measurement 1.000/0.000/1.000 -> now 1.000/1.000/1.000 (a 'Verkställighetsplan' heading announces actions; year headings '2025' / '2027–2028' over bullets '<action>[, <time>] – <doer> med <partner> (delmål N.M)': the doer after the dash read with the goal reference cut off, 'X med Y' names the partner, '(jfr delmål 3.1)' and '(huvudmål 3)' name goals, a dated time before the dash and the year heading are the schedule; goal table 'Nr' '1.1' under '1' gives the parent)
    "blind410-brunnby-2024-2027": (0.95, 0.95, 0.95),  # first blind measurement 1.000/1.000/1.000 -> now 1.000/1.000/1.000 ('Ansvarig (samarbetspart)' -- the partners in the bracket after the doer, said by the header or by a guide 'Samarbetsparterna anges inom parentes' -- read as responsible and partners, resp 0.357 -> 1; left: numbered print drops two rows)
    "blind411-degernas-2026-2029": (0.95, 0.95, 0.95),  # first blind measurement 1.000/1.000/0.000 -> now 1.000/1.000/1.000 ('Steg på vägen:' announces the actions, so the structure reader reads their 'Ansvar: X. Samarbete: Y. Tid: Z.' fields, resp 0 -> 1; '5 Hur vet vi att vi har lyckats?' with paragraphs 'Area. Vi vet [också] att vi har lyckats när X.': each sentence a meter of the goal of the area the run-in label names)
    "blind412-flakvik-2025-2029": (0.95, 0.95, 0.95),  # first blind measurement 1.000/0.286/0.625 -> now 1.000/1.000/1.000 ('Mål: X.' / 'Åtgärder: a (X, 2025); b (Y tillsammans med Z).' / 'Mätare: c; d.': lower-case action parts each closed by their own bracket and a run-on meter field are one item per part; a second goal card under the same heading is no cut rest; 'Mätarna anges … för varje mål' keeps meters the goal's)
    "blind413-getnas-2024-2028": (0.95, 0.95, 0.95),  # first blind measurement 1.000/0.897/1.000 -> now 1.000/1.000/1.000 ('✓' kept as printed; a legend saying a glyph marks what was done, '✓ genomfört under förra programperioden', makes its items background)
    "blind414-humlevik-2026-2030": (0.95, 0.95, 0.95),  # first blind measurement 1.000/0.750/1.000 -> now 1.000/1.000/1.000 ('1) X' lines in a row's cells key doers and times by number, also as bullets or run on in one line; 'Uppföljningen gäller målet som helhet' keeps the row's meters the goal's; 'För att nå målet ska X …' / 'Dessutom ska Y …' are actions of the goal just stated)
    "blind415-kalvnas-2025-2028": (0.95, 0.95, 0.95),  # first blind measurement 0.923/1.000/1.000 -> now 1.000/1.000/1.000 ('Vi utgår från att …' -- a starting point stated with a verb -- is no goal under a goal heading; subject-doer action sentences give their partners after the cooperation phrase and their time after the last comma)
    "blind416-lovtrask-2024-2027": (0.95, 0.95, 0.95),  # first blind measurement 0.000/1.000/1.000 -> now 1.000/1.000/1.000 (goals as sub-heading rows filling only the number cell, '1. <theme>: <goal>' over actions '1.1', '1.2' -- in the table prints and as a card of the number field alone; the group's number is the goal's, so the key figures' 'Mål nr' links it, m→g 0 -> 1)
    "blind417-ormvik-2026-2029": (0.95, 0.95, 0.95),  # first blind measurement 1.000/1.000/0.571 -> now 1.000/1.000/1.000 (a goal table's 'Så följer vi upp' column split one meter a line as under 'Mätare'; 'Samarbetspartner: …' / 'Tidsplan: …' after an area's bullet list give every action of the list its partners and time, an action's own time kept)
    "blind418-prastkulla-2025-2029": (0.95, 0.95, 0.95),  # first blind measurement 1.000/1.000/1.000 -> now 1.000/1.000/1.000 (unchanged; nearby variants widened: 'Som mätare för huvudmål N används …', 'följs upp med mätarna a, b och c' without a colon)
    "blind419-risnas-2024-2028": (0.95, 0.95, 0.95),  # first blind measurement 1.000/1.000/0.800 -> now 1.000/1.000/1.000 ('Ansvarig (samarbetspart)' / a guide 'samarbetsparter anges inom parentes': the responsible before the bracket, the partners in it, resp 0.429 -> 1; a meters' cell line opening on another capitalised head word after a whole phrase is the next meter)
    "blind420-kyrkholm-2026-2030": (0.95, 0.95, 0.95),  # first blind measurement 1.000/1.000/1.000 -> now 1.000/1.000/1.000 ('Indikatorer för området:' after an area's cards is the area's meters, no card's: i→m 0.75 -> 1 in the cards and numbered prints)
    "blind421-strandby-2025-2028": (0.95, 0.95, 0.95),  # first blind measurement 1.000/0.933/0.875 -> now 1.000/1.000/1.000 ('Utöver uppföljningen av de enskilda åtgärderna följer X två nyckeltal …:' -- the actions in a phrase hung on the noun 'utöver' sets apart -- lists indicators of no goal; a follow-up line sharing only a compound's part with an action ('hobby' / 'hobbysedlar') is the goal's, i→m 0.857 -> 1; left: 'Strandby\nUtveckling Ab' wrapped in a narrow Ansvarig cell reads as two actors in ruled/borderless/twocolumn, resp 0.857)
    "blind422-torsby-2024-2027": (0.95, 0.95, 0.95),  # first blind measurement 1.000/1.000/1.000 -> now 1.000/1.000/1.000 (unchanged: read as it was)
    "blind423-ulvby-2026-2029": (0.95, 0.95, 0.85),  # first blind measurement 0.000/1.000/0.870 -> now 1.000/1.000/0.870 (full-width group rows 'Mål N. <goal>' in the number column, a statement with no full stop, are goal rows; a follow-up table keyed 'Mål N' printed before them names those goals, no goals of its own; 'TEMA A: …' rows the goals' theme; as cards 'Nr: Mål N. …' and the caption again '(fortsättning)' carrying the goal over the break; m→g 0 -> 1; left: 'Servicekontoret öppet; antal besök per år' split at ';' as earlier golds split such cells)
    "blind424-vasterbacka-2025-2029": (0.95, 0.95, 0.95),  # first blind measurement 1.000/0.917/0.941 -> now 1.000/1.000/1.000 (one area in running text beside action tables: 'X ska <verb phrase> [tillsammans med Y], <time>.' are the actions of the goal no table serves; 'med början 2025' a time; 'Som mätare för målsättningen används X.' the goal's meter)
    "blind425-akersund-2024-2028": (0.95, 0.95, 0.95),  # first blind measurement 0.923/1.000/1.000 -> now 1.000/1.000/1.000 ('Hela planen' in a follow-up table's goal-number column: the plan's meter, no goal; left: twocolumn print, where the top of page 3 -- two bullets and two Ansvar paragraphs, one per text column -- is taken for a borderless table, g 0.800 m 0.762)
    "blind426-ostersand-2026-2030": (0.95, 0.95, 0.95),  # first blind measurement 0.625/1.000/1.000 -> now 1.000/1.000/1.000 ('5.N Huvudmål N: <area>' -- a goal heading after its section's number naming the goal's area -- over the one sentence stating the main goal; the sub-goals its theme)
    "blind427-alvik-2025-2028": (0.95, 0.95, 0.95),  # first blind measurement 0.923/1.000/1.000 -> now 1.000/1.000/1.000 (a wish in a chapter titled by the principles alone, '2 Utgångspunkter', is one more principle, no goal)
    "blind428-backby-2024-2027": (0.95, 0.95, 0.95),  # first blind measurement 1.000/1.000/1.000 -> now 1.000/1.000/1.000 (a goal record's follow-up field with its meters on one line, 'Så följer vi upp: X; Y', is the goal's, no pairing with its actions by count, i→m 0.429 -> 1; a chapter of common actions, 'Stadsövergripande åtgärder' / '… är inte knutna till ett enskilt mål', serves no goal, m→g 0.769 -> 1)
    "blind429-dragnas-2025-2029": (0.95, 0.95, 0.95),  # first blind measurement 1.000/0.667/1.000 -> now 1.000/1.000/1.000 (an appendix table restating the bullets in order under short names gives each bullet its doer, partners, year and meter, no actions of its own: resp 0 -> 1, i→m 0 -> 1)
    "blind430-furunas-2026-2030": (0.95, 0.95, 0.75),  # first blind measurement 0.909/1.000/0.769 -> now 1.000/1.000/0.769 ('Stadens mål som arbetsgivare: <goal>.' a goal field; 'Tabell 2 … (fortsätter)' continues the table, its '3)' row the goal above's; left: 'Antal arbetsprövningar' / 'Sysselsättningsgraden …' in a narrow Uppföljning cell read as one meter, i 0.769; a lone '1)' action's follow-up line linked to it, i→m 0.8)
    "blind431-gunnarsby-2024-2026": (0.95, 0.95, 0.95),  # first blind measurement 0.800/0.750/1.000 -> now 1.000/1.000/1.000 (captions 'Blankett N' over forms no table of contents; a form's label row after a page break a row of its own; 'Insatsområde N | <name>' the form's theme; 'X (åtgärd 1–2), Y (åtgärd 3)' keys doers to unnumbered actions by position; 'före utgången av 2026' a time; 'X ska dessutom <verb> …' an added step)
    "blind432-hemnas-2025-2027": (0.95, 0.95, 0.95),  # first blind measurement 1.000/0.750/1.000 -> now 1.000/1.000/1.000 (items closed '– <doer> – <time>' count as evidence that the list puts its doers after a dash, so '– integrationshandledaren' alone is a doer too; a service named by its field, 'småbarnspedagogiken' / 'ungdomsarbetet', reads as an actor; resp 0.889 -> 1)
    "blind433-ivarsby-2025-2028": (0.95, 0.95, 0.95),  # first blind measurement 0.842/1.000/1.000 -> now 1.000/1.000/1.000 (a caption 'Tabell N. <field in nouns>' between a goal heading 'Strategiskt mål N: …' and its table of 'Delmål N.M' section rows is no sub-goal: the sub-goals are the heading goal's)
    "blind434-kronvik-2024-2027": (0.95, 0.95, 0.95),  # first blind measurement 1.000/0.485/0.000 -> now 1.000/1.000/1.000 (', i samarbete med X' set off by a comma closes an action cell as a partner field, cut off the text; 'Åtgärderna följs upp med följande mätare:' introduces indicators; '1) X 2) Y' run on over a card's wrapped lines split by number; left: i→m 0.429, the theme-keyed meters linked to the action they name -- writers disagree)
    "blind435-lindskar-2026-2029": (0.95, 0.95, 0.95),  # first blind measurement 1.000/0.000/0.625 -> now 1.000/1.000/1.000 (two-column action cards headed 'Åtgärd N | <action>' over label rows; a summary goal row with no meter keeps its Nr; 'Se mätare på målnivå' is no indicator; left: the cards / numbered / keyvalue prints of the cards)
    "blind436-norrhamn-2024-2028": (None, None, None),
    "blind437-oxfjard-2025-2027": (0.95, 0.95, 0.95),  # first blind measurement 1.000/1.000/1.000 -> now 1.000/1.000/1.000 (resp 0 -> 1: a joint programme's columns headed by each municipality's own name hold the responsible units, as table, card and line of fields; '(mål N, ansvar: X, <time>)' gives who and when after the goal reference)
    "blind438-rosenvik-2026-2030": (0.95, 0.95, 0.95),  # first blind measurement 0.933/1.000/1.000 -> now 1.000/1.000/1.000 (m→g 0 -> 1: goals 'N.M <goal>' in goal-and-meter tables are known by their dotted number to an action plan's 'Mål' column; 'Målet är inte att …' states no goal)
    "blind439-stenbacka-2025-2028": (0.95, 0.95, 0.95),  # first blind measurement 1.000/1.000/1.000 -> now 1.000/1.000/1.000 ('Insatserna 1–2 i tabellen stöder den första målsättningen och insatserna 3–4 den andra': the keying sentence read with any action noun, unnumbered rows named by their place after it; m→g 0.846 -> 1)
    "blind440-trollby-2024-2027": (None, None, None),
    "blind441-utsund-2025-2027": (0.95, 0.95, 0.95),  # first blind measurement 1.000/0.000/1.000 -> now 1.000/1.000/1.000 (a goal's actions listed in one cell as a sentence lists things, 'A, b samt c' -- and 'A samt b' in a table that lists so -- one action a part sharing the row's doers and time)
    "blind442-vastana-2025-2029": (0.95, 0.95, 0.95),  # first blind measurement 1.000/1.000/1.000 -> now 1.000/1.000/1.000 (meters of a follow-up table keyed by the areas' names stay the area goal's even when naming an action's title; i→m 0.875 -> 1)
    "blind443-akervik-2024-2028": (0.95, 0.95, 0.95),  # first blind measurement 1.000/1.000/0.000 -> now 1.000/1.000/1.000 (a heading repeating a goal of the summary table is that goal again, m->g 0.143 -> 1; meters listed with their target or baseline in a closing bracket, '(utgångsläge 2023: 41 %, mål 2028: 60 %)', '(ingen målnivå, följs upp)': the meter without it; left: cards/numbered prints fold the one-item list after the last card into it, i->m 0.667/0.444)
    "blind444-ornholm-2026-2030": (0.95, 0.95, 0.95),  # first blind measurement 1.000/1.000/1.000 -> now 1.000/1.000/1.000 ('Mätare | Hör till': 'Åtgärd N' names the action under the card heading 'Åtgärd N', 'Mål N.M' the goal so numbered; i→m 0.400 -> 1)
    "blind445-vasterlida-2025-2028": (0.95, 0.95, 0.95),  # first blind measurement 1.000/0.872/1.000 -> now 1.000/1.000/1.000 (a field 'Åtgärder: X' right over a table whose header names its action column is its caption, no card; a goal row whose action cell only names its own section, other cells empty, has no action; left: cards/numbered prints put the theme's goal-level meters on an action's row, i->m 0.750/0.000)
    "blind446-brattvik-2024-2027": (0.95, 0.95, 0.95),  # first blind measurement 1.000/1.000/1.000 -> now 1.000/1.000/1.000 (read right at first measurement)
    "blind447-kvarnholm-2026-2029": (0.95, 0.95, 0.95),  # first blind measurement 1.000/1.000/1.000 -> now 1.000/1.000/1.000 (read right at first measurement)
    "blind448-lindaker-2025-2030": (0.95, 0.95, 0.95),  # first blind measurement 0.667/1.000/1.000 -> now 1.000/1.000/1.000 (a heading larger than the body text that a page break sets first under the running head, no higher than the body opens on other pages, is content, no running head; m→g 0.526 -> 1)
    "blind449-ekvalla-2024-2027": (0.95, 0.95, 0.95),  # first blind measurement 1.000/0.857/1.000 -> now 1.000/1.000/1.000 (a heading naming the action noun only to deny it, '(ingår inte i åtgärdsprogrammet)', announces no actions; left: resp 0.933, 'Välfärdsområdet, ekonomi- och skuldrådgivningen' gold one unit)
    "blind450-sjoberga-2025-2029": (0.95, 0.95, 0.95),  # first blind measurement 1.000/1.000/1.000 -> now 1.000/1.000/1.000 ('X-et och y-et Z': a definite noun before 'och' is a whole name, no attribute sharing the head after it; resp cards/numbered/keyvalue 0.923 -> 1, borderless 0.846 -> 0.923; left: ruled/twocolumn cells wrap 'Sysselsättningsområdet' / 'Mellanbygden' read as two names)
    "blind451-bjornvik-2025-2028": (0.95, 0.95, 0.95),  # first blind measurement 1.000/0.914/1.000 -> now 1.000/1.000/1.000 (a list's lead-in naming the actions only inside an 'utan att …' clause, '… följer den allmänna utvecklingen, utan att den kopplas till enskilda åtgärder:', introduces background, no actions; left: goal themes 'Ankomst' vs gold 'Fas 1 – Ankomst', the phase label kept by this writer)
    "blind452-strandnas-2026-2029": (0.95, 0.95, 0.95),  # first blind measurement 1.000/1.000/1.000 -> now 1.000/1.000/1.000 (unchanged: read as it was)
    "blind453-lindskar-2025-2028": (0.95, 0.95, 0.95),  # first blind measurement 1.000/1.000/1.000 -> now 1.000/1.000/1.000 (unchanged; left: i→m 0.143, theme-keyed meters linked to the action they name where this gold keeps them on the goal -- writers disagree, as blind434; resp 0, '<title>, <unit>' kept as one actor by this writer where others split it; '– klart våren 2025' after the doer not read as the time)
    "blind454-ekmora-2024-2027": (0.95, 0.95, 0.95),  # first blind measurement 1.000/0.455/1.000 -> now 1.000/1.000/1.000 (an action cell that names its action before its lettered steps, 'X: a) …, b) …', is one action; a table with a 'Plan' column naming a plan in every row lists other plans' actions; i→m 0.667 -> 1, in all six prints)
    "blind455-havsby-2026-2029": (0.9, 0.95, 0.85),  # first blind measurement 0.923/1.000/0.880 -> now 0.923/1.000/0.880 (unchanged; left: the phase paragraph 'Målet är att …' read as a goal, a writer's convention; a Mätare cell of two meters wrapped in a ruled column read as one; 'Näringslivsbolaget Havsby Business' split in two)
    "blind456-rosholm-2027-2030": (0.95, 0.95, 0.95),  # first blind measurement 0.519/1.000/1.000 -> now 1.000/1.000/1.000 (a 'Förväntad effekt' column beside a goal column or under a goal heading is no goal, m→g 0 -> 1; 'X; samarbetsparter: Y' wrapped in a narrow column joins the partners' lines; left: the cards/numbered/keyvalue prints miss the first period goal, g 0.923)
    "blind457-norrvalla-2025-2028": (0.95, 0.95, 0.95),  # first blind measurement 1.000/1.000/1.000 -> now 1.000/1.000/1.000 (nothing changed; all links 1 in all six prints)
    "blind458-tallfors-2026-2029": (0.95, 0.95, 0.95),  # first blind measurement 1.000/1.000/1.000 -> now 1.000/1.000/1.000 (nothing changed; left: cards/numbered prints fold a goal's 'Indikatorer:' list of one item, or of as many items as cards, after the last card into the cards, i→m 0.444)
    "blind459-tresund-2025-2029": (0.95, 0.95, 0.95),  # first blind measurement 1.000/1.000/1.000 -> now 1.000/1.000/1.000 ('Tema': '1' in a closing follow-up table names the goals under the heading 'Tema 1 – …', so its meters are those goals', not linked to an action by words; a theme-word column is no agreement part whose action a meter counts; i→m 0 -> 1 in all six prints)
    "blind460-kustbotten-2026-2030": (0.95, 0.95, 0.95),  # first blind measurement 1.000/1.000/1.000 -> now 1.000/1.000/1.000 (nothing to change; all links 1.000)
    "blind461-lindnas-2025-2027": (0.95, 0.95, 0.24),  # first blind measurement 1.000/0.815/0.250 -> now 1.000/1.000/0.250 (a paragraph over a list closing by denying the plan's actions, '… ingår därför inte bland planens åtgärder.', makes the list background, `denied_actions.denies_list_below`; left: the gold splits 'antal X och antal Y' into two indicators, which earlier writers' gold keeps whole, `prose.count_list`; i→m 0.000)
    "blind462-ekadalen-2024-2027": (0.95, None, 0.35),  # first blind measurement 1.000/0.000/0.400 -> now 1.000/0.000/0.400 in the ruled print (cards/keyvalue 1/1/1, resp 0.812 -> 1: 'X enhet, Y kommuns ombud' two actors). Left: its gold reads each line of an 'Åtgärder' cell as an action of its own, the Borgå golden programme's gold a cell's lines as one action; the reader's rule splitting such cells (`cells.plural_header_lines`) was taken out at the merge: it cut a wrapped name in blind54's key-value print and Borgå's two-line actions in bench.header_words (9 prints, measures 1.000 -> 0.833)
    "blind463-solviken-2024-2027": (0.95, 0.75, 0.95),  # first blind measurement 1.000/0.773/1.000 -> now 1.000/0.773/1.000 (unchanged; left: the bullets under 'bygger på följande principer, som gäller … åtgärdsplanen …:' and 'samordnats med följande planer och program, vars egna åtgärder inte upprepas här:' read as actions by the action noun inside the relative clause on the list's head, measures 0.773)
    "blind464-kvarnvik-2025-2028": (0.85, 0.8, 0.7),  # first blind measurement 0.857/0.848/0.727 -> now 0.857/0.848/0.727 (unchanged; left: a prose-only plan: the law's and the welfare area's 'Målet …' sentences read as goals, three action sentences missed and two background ones taken, follow-up sentences naming two counts or a rate, resp 0.692)
    "blind465-norrfjard-2024-2026": (0.95, 0.95, 0.75),  # first blind measurement 1.000/1.000/0.571 -> now 1.000/1.000/0.800 ('Ansvar: X; samarbetspartner Y och Z' makes all names after the partner noun partners, `actors._LABELLED_COOP_RE`, resp 0.850 -> 1.000; a goal row's shared meter line 'antalet X och deltagarnas språknivå …' two meters, a count and a level named by its compound after a genitive, `prose._SHARE_HEAD_RE`, `read_tables`; left: the gold splits 'antalet X och antalet Y', which earlier writers' gold keeps whole, `prose.count_list`)
    "blind466-ekvalla-2025-2029": (0.93, 0.95, 0.95),  # first blind measurement 0.933/1.000/1.000 -> now 0.933/1.000/1.000 (nothing kept; left: the prose wish 'Staden vill stödja mötesplatser …' before Tabell 5 read as an extra goal -- widening `appendix_goals._PLACE_RE` to 'en tabell där målen … anges' fixed it but cost blind44 goals 1.000 -> 0.923, taken out)
    "blind467-lindmo-2024-2028": (0.95, 0.95, 0.95),  # first blind measurement 1.000/1.000/1.000 -> now 1.000/1.000/1.000 (nothing to change; all links 1.000)
    "blind468-havsholm-2025-2027": (0.95, 0.95, 0.95),  # first blind measurement 1.000/0.647/0.000 -> now 1.000/1.000/1.000 (numbered actions giving their own fields share none printed under the last, `records._bullet_run`; a list named 'följande mätare' is the meters whatever actions the lead-in names, `prose._names_list_as_indicators`; 'Åtgärd N: <meter>' items follow action N, `goal_labelled_meters.action_labelled_meter`; i→m – -> 1.000; left: nothing)
    "blind469-ekenholm-2025-2028": (0.0, 0.75, 0.95),  # first blind measurement 0.000/0.778/1.000 -> now 0.000/0.778/1.000 (unchanged; left: goals as the bold lead sentences under level-3 theme headings, the principles and the other-plans table read as goals, the other-plans tasks as actions, the 'fortsätter, strategiskt mål N' rows of the evaluation table -- see notes/t79a.md)
    "blind470-havsmora-2025-2028": (0.95, 0.95, 0.95),  # first blind measurement 0.000/1.000/1.000 -> now 1.000/1.000/1.000 (a goal heading numbered within a roman area, 'Mål II.1 …', heads its goal; 'II.1' alone in a meter table's 'Mål' column names it; m→g 0 -> 1)
    "blind471-lindhamn-2026-2029": (0.95, 0.95, 0.95),  # first blind measurement 1.000/1.000/1.000 -> now 1.000/1.000/1.000 (nothing changed; left: cards/keyvalue prints read the Gantt's shortened action names as eight more actions, m 0.667, and one action's link and responsible, m→g/resp 0.938)
    "blind472-kvarnsund-2025-2029": (0.95, 0.95, 0.95),  # first blind measurement 0.250/1.000/1.000 -> now 1.000/1.000/1.000 (goal labels numbered in Roman numerals, 'Huvudmål II: X', 'Mål II.1 X', read as Arabic ones; m→g 0 -> 0.600 in all six prints; left: actions 'I.1.x' linked to the main goal the caption 'Huvudmål I' names, not the sub-goal 'Mål I.1' their number names (m→g 0.600); cards/keyvalue prints read the Gantt's 'Åtgärd: II.1.1' cards as actions, m 0.769)
    "blind473-sjoberga-2024-2027": (0.95, 0.95, 0.95),  # first blind measurement 1.000/1.000/1.000 -> now 1.000/1.000/1.000 (a table 'Åtgärd | Ansvarig | Samarbetspartner | Tidtabell' naming each action only by the code an action table gave it, 'B1', gives that action its doer, partners and time, over the administration heading it stood under, `table_halves.coded_half_columns`; resp 0 -> 1 in five prints; left: the numbered print's field lines 'Målsättning: 1. Nr: B1. Tema: …' after each action read as goals '1'…'6', g 0.667, m 0.421)
    "blind474-lillmark-2025-2028": (0.95, 0.95, 0.95),  # first blind measurement 0.000/1.000/1.000 -> now 1.000/1.000/1.000 (an area-named goal heading 'Strategiskt mål 1 – Arbete' over a paragraph of several sentences: the lead sentence is the goal unless it tells the present, `area_goal_headings.lead_sentence_goal`; m→g 0 -> 1 in all six prints)
    "blind475-lindvik-2024-2027": (0.95, 0.9, 0.95),  # first blind measurement 1.000/0.800/1.000 -> now 1.000/0.914/1.000 (a list intro naming its items as principles, 'bygger på följande principer, som gäller för alla åtgärder …', lists no actions; left: the other plans' tasks listed after 'Några exempel:' read as actions, cards/numbered link the per-goal 'Uppföljning:' meters to the last action)
    "blind476-grasund-2025-2029": (0.95, 0.95, 0.95),  # first blind measurement 1.000/1.000/1.000 -> now 1.000/1.000/1.000 (read right at first measurement)
    "blind477-havsby-2024-2028": (0.95, 0.95, 0.95),  # first blind measurement 1.000/1.000/1.000 -> now 1.000/1.000/1.000 (unchanged; left: resp 0.947 ruled/borderless, a narrow cell breaking 'Integrationssamordnaren' mid-word)
    "blind478-ekholm-2025-2028": (0.9, 0.7, 0.95),  # first blind measurement 0.909/0.605/1.000 -> now 0.909/0.744/1.000 (in a list closing its items with '(X, <time>).', an item closing with the doer alone, '(X).', has it cut off the action too; left: survey-result bullets and 'Vi frågade.' paragraphs read as actions, 'Vi vill veta …' as a goal, twocolumn measure/indicator lists mixed)
    "blind479-ronnvik-2026-2030": (0.95, 0.95, 0.95),  # first blind measurement 1.000/1.000/1.000 -> now 1.000/1.000/1.000 (read right at first measurement)
    "blind480-karlsnas-2025-2028": (0.95, 0.95, 0.95),  # first blind measurement 1.000/1.000/1.000 -> now 1.000/1.000/1.000 (read right at first measurement)
    "blind481-strandvik-2025-2028": (None, None, None),
    "blind482-bergsund-2026-2029": (None, None, None),
    "blind483-kvarnby-2025-2028": (None, None, None),
    "blind484-lindholm-2026-2029": (None, None, None),
    "blind485-solvik-2025-2028": (None, None, None),
    "blind486-norrvalla-2026-2029": (None, None, None),
    "blind487-skarlinge-2025-2028": (None, None, None),
    "blind488-bergsfjard-2024-2027": (0.95, 0.95, 0.95),  # first blind measurement 0.762/1.000/0.750 -> now 1.000/1.000/1.000 (a listed goal labelled 'Delmål 1.1 …' is known by its dotted number to the appendix plan's 'Mål 1.1' cells; a list introduced as handled 'i andra planer och följs upp där' is background, no indicators; left: nothing)
    "blind489-norrhamn-2025-2029": (None, None, None),
    "blind490-ekvalla-2026-2029": (None, None, None),
    "blind491-sundmark-2024-2027": (0.95, 0.95, 0.95),  # first blind measurement 0.533/1.000/1.000 -> now 1.000/1.000/1.000 (the strategy's goals introduced with the strategy as subject are background; 'Mål 2.2 …' at a page's top after 'Mål 2.1 …' is a paragraph of its own; a matrix marked 'x'/'s' in lower case, printed as cards naming only their parties or as a title over a line of fields, gives responsible and partners; left: nothing)
    "blind492-kvarnvik-2025-2028": (None, None, None),
    "blind493-solviken-2025-2028": (None, None, None),
    "blind494-kustlandet-2026-2029": (None, None, None),
    "blind495-haggsund-2025-2028": (None, None, None),
    "blind496-ronnberga-2024-2027": (None, None, None),
    "blind497-skargardsbygden-2025-2028": (None, None, None),
    "blind498-kvarnholm-2026-2030": (None, None, None),
    "blind499-lindvik-2025-2028": (None, None, None),
    "blind500-sundholm-2024-2027": (None, None, None),
    "blind501-granskog-2025-2029": (None, None, None),
    "blind502-malmnas-2026-2030": (None, None, None),
    "blind503-stromvik-2024-2028": (None, None, None),
    "blind504-kvarnby-2025-2030": (None, None, None),
    "blind505-kvarnby-2025-2028": (None, None, None),
    "blind506-storsund-2024-2027": (None, None, None),
    "blind507-ramsnas-2025-2029": (None, None, None),
    "blind508-angsholm-2024-2028": (None, None, None),
    "blind509-tallnas-2025-2028": (None, None, None),
    "blind510-fjardvik-2026-2029": (None, None, None),
    "blind511-norrvik-2025-2028": (None, None, None),
    "blind512-granholm-2025-2029": (None, None, None),
    "blind513-alvsund-2024-2027": (None, None, None),
    "blind514-bredfors-2026-2029": (None, None, None),
    "blind515-lindvik-2024-2027": (None, None, None),
    "blind516-hammarsund-2026-2030": (None, None, None),
}


@pytest.mark.parametrize("slug", sorted(s for s, f in FLOORS.items() if any(x is not None for x in f)))
def test_blind_programme_floor(slug, tmp_path):
    d = DATA / slug
    pdf = tmp_path / f"{slug}.ruled.pdf"
    pdf.write_bytes(R.render(json.loads((d / "source.json").read_text(encoding="utf-8")), "ruled"))
    got = process_file(pdf, ProcessOptions(), sha256=sha256_file(pdf))
    s = score(got, golden.load_gold(d))
    for kind, floor in zip(("goals", "measures", "indicators"), FLOORS[slug]):
        if floor is None:
            continue
        f1 = getattr(s, kind).f1
        assert f1 >= floor, f"{slug} {kind} F1 {f1:.3f} < {floor}"


def test_every_blind_programme_has_a_floor():
    assert {d.name for d in golden.programs(DATA, None)} == set(FLOORS)
