"""Structure F1 on programmes written blind: not the golden ones, and by writers who never saw
koto's code.

Each folder of tests/data/blind_programs/ holds a `source.json` in the corpus format (blocks +
hand gold), written by someone who read only the corpus README's convention and two golden
sources for the format (tests/data/blind_programs/README.md says who wrote which and how each
programme is laid out). Every programme is typeset in the golden styles (ruled, borderless,
two-column: golden.render) and, where its tables name their columns in words the renderer
knows, in golden.render_more's styles; each print runs through the whole pipeline
(pipeline.process.process_file, the code path of `koto ingest`) and is scored against the
programme's gold with classifiers.scoring.score (the table of bench.style_scores). PDFs are
cached in bench/out/blind_programs/ (made again with --fresh).

Six sets by six writers (README there): the development set (blind1–blind6), measured
first and then looked at while writing the mechanisms it prompted; the check set
(blind7–blind12), committed before any measurement, measured once after those mechanisms
were in and then looked at too; the final set (blind13–blind18), committed before any
measurement and measured once at the end; the fourth set (blind19–blind24), by a fourth
writer told which conventions the first three sets already used, committed before any
measurement; the fifth set (blind25–blind30), by a fifth writer asked for programmes as real
ones most commonly look, committed before any measurement; the sixth set (blind31–blind36), by a
sixth writer told which conventions the first five sets used and asked for other real ones,
committed before any measurement; the seventh set (blind37–blind42), by a seventh writer who
read only the corpus README and two golden sources and was asked for typical real-world
presentations, committed before any measurement; the eighth set (blind43–blind48), written
the same way by an eighth writer after the mechanisms the seventh prompted, committed before
any measurement; the ninth set (blind49–blind54), by a ninth writer asked for typical real-world
presentations (appendix action plans, one row per goal with several actions and indicators in
a cell, columns that are no structure such as Resurser / Kostnad / Status), committed before
any measurement; the tenth set (blind55–blind60), by a tenth writer asked the same, committed
before any measurement and not read while the ninth set's losses were worked on; the eleventh
set (blind61–blind66), by an eleventh writer asked for typical programmes of several kinds (a
regional joint programme, a welfare area's plan, sub-programmes, a small municipality's short
plan), written after the ninth and tenth sets' work and committed before any measurement; the twelfth set
(blind67–blind72), by a twelfth writer asked for typical programmes of several kinds (by target
group, an integration chapter of a welfare plan, actions numbered across the document and
referred to by number, 'Vad? Vem? När?' tables, landscape action plans with non-structure
columns), committed before any measurement; the thirteenth set (blind73–blind78), by a
thirteenth writer asked for programmes as a municipal office writes them in a word processor (a
translation of a Finnish-language programme, Strategi → Mål → Insatser, bold lead goal sentences
over action sentences, a goal repeated on every table row, 'Vi …' actions, baseline and target in
one indicator cell), written alongside the twelfth, committed before any measurement and not
measured until the twelfth set's work was in; the fourteenth set (blind79–blind84), by a
fourteenth writer asked for six municipalities each publishing its own way (chapters following
the law's required contents, a yearly action plan after the programme, a follow-up table with a
traffic-light status column, 'Vad gör vi? / Vem ansvarar? / När?' run-in labels, numbered goals
referred to as 'Mål 1' or '1', an English summary box), committed before any measurement and not
measured until the thirteenth set's work was in; the fifteenth set (blind85–blind90), by a
fifteenth writer asked for year columns marked 'x', Nuläge / Målsättning / Åtgärder / Uppföljning
chapters, an evaluation table of the previous programme's measures, 'Nuläge' / 'Önskat läge'
goal tables, abbreviations explained in a legend, bullets with a bold short title and a colon, and a
joint programme of two municipalities, committed before any measurement; the sixteenth set
(blind91–blind96), by a sixteenth writer asked for full-width theme rows in one action table,
goals that are the headings themselves, a chapter per administration, short codes ('M1', 'Å1.2',
'I3') that tables refer to each other by, a resources column, an indicator table with data source
and frequency, and a closing summary table, committed before any measurement and not measured
until the fifteenth set's work was in; the seventeenth set (blind97–blind102), by a seventeenth
writer asked for a programme in prose only ('Vi kommer att …'), transposed tables with a column
per goal, priority and cost columns, actions with sub-actions, programme-logic tables (Resurser /
Aktiviteter / Resultat / Effekter) and a slide-like programme, committed before any measurement
and first measured after the fifteenth and sixteenth sets' work; the eighteenth set
(blind103–blind108), by an eighteenth writer asked for real conventions none of the earlier sets
used (a bilingual Finnish/Swedish programme, question-and-answer chapters, an action table
grouped by year, a service-path chapter, SMART-goal tables, goals listed only in the council
decision), committed before any measurement; the nineteenth set (blind109–blind114), by a
nineteenth writer asked for further real conventions (a strand of a city strategy with coded
actions and measurable goal targets, a one-year implementation plan by quarter, actions as the
numbered paragraphs of a council decision, goal rows with dash-line action cells, 'Vårt mål' /
'Så här gör vi' chapters, one long appendix action table), committed before any measurement and
first measured after the eighteenth set's work; the twentieth set (blind115–blind120), by a
twentieth writer asked for further real conventions (a joint programme of several municipalities
with a goal-reference column, a mid-period revision with a status table of the old actions,
a target-group column, a vision → mission → focus-area programme with roman-numeral chapters, a
province-wide programme with two goal levels, a prose programme of one sentence per action),
committed before any measurement; the twenty-first set (blind121–blind126), by a twenty-first
writer asked for further real conventions (a programme as an appendix of a welfare plan, a
slide handout with ongoing and new actions side by side, residents' questions as headings over
parallel multi-line cells, one action table across pages with themes only in running headers, a
goal × target-group grid, a brochure with cost and financing lines), committed before any
measurement and first measured with the session-start code, while the twentieth set was being read;
the twenty-second set (blind127–blind132), by a twenty-second writer (two helpers in turn) asked
for further real conventions (a Gantt-like action table of half-years, a welfare plan's chapter
with an indicator appendix, a joint committee's minutes with '§' decisions, actions as
sub-headings with 'Syfte:' / 'Målgrupp:' lines and merged responsibility cells, short- and
long-term goal lists with actions marked by code, chapters quoting the law's required contents),
committed before any measurement and first measured after the twentieth and twenty-first sets'
work; the twenty-third set (blind133–blind138), by a twenty-third writer asked for further real
conventions (a balanced-scorecard table with 'Styrtal', a dot-leader action list, an exported
spreadsheet plan with Start and Slut columns, an updated programme of numbered assignments marked
'(ny 2026)' / '(struken)', arrow chains to a 'Mätare:', actions grouped by life situation, results
tables per goal, a SWOT-based table), committed before any measurement and first measured after the
twenty-second set's work; the twenty-fourth set (blind139–blind144), by a twenty-fourth writer asked
for further real conventions (boxed 'Det här gör vi' / 'Så vet vi' lists under numbered goal
headlines, one action table per department numbered across the programme with a 'Kopplar till mål'
column of goal names, question goals answered by tables with English project names, A.1 codes with a
'Nyckeltal' side column, goal cards with numbered actions, an annex checklist of ☐ actions),
committed before any measurement and first measured after the twenty-second and twenty-third sets'
work; the twenty-fifth set (blind145–blind150), by a twenty-fifth writer asked for further real
conventions (actions over a second row of 'Ansvar · Tid · Mätare', actions listed per year with
goals in brackets, an e-mail memo of numbered points and sub-points, small per-goal tables of
present state and target level with an appendix of actions by responsible body, promises 'Vi lovar
att …', percentage goals over arrow bullets), committed before any measurement and first measured
after the twenty-fourth set's work; the twenty-sixth set (blind151–blind156), by a twenty-sixth
writer asked for further real conventions (a programme printed from a web page with 'Läs mer om …'
accordion themes and '<Aktör> ska …' actions in paragraphs, year columns saying what happens each
year with responsibility given once per goal, an indented plan without bullets with footnotes
holding the responsible, 'Insats | Aktörer | … | Förväntat resultat | Indikator' tables with a
'(huvudansvar)' lead, 'Konkreta steg: …; …' paragraphs with 'Signaler på framsteg' indicators,
brochure action cards with an 'Ansvar · Partner · Tid · Följs upp med' line), committed before any
measurement and first measured after the twenty-fifth set's work; the twenty-seventh set
(blind157–blind162), by a twenty-seventh writer asked for further real conventions (a landscape
action table split into two page halves matched by number, a theory of change with 'Effekt:' goals
and a merged goal column with responsible initials from a legend, numbered lists restarting per
chapter referred to as 'kap. 3, punkt 2', an annex of questions to the units answered by actions,
'Ska göras' tables beside 'Görs redan' lists with an English summary page, a budget book's sector
tables with '(bindande)' goals), committed before any measurement and first measured after the
twenty-sixth set's work; the twenty-eighth set (blind163–blind168), by a twenty-eighth writer asked for
further real conventions (an agreement in numbered articles with 'förbinder sig att' obligations,
a project plan of work packages, a working group's proposals, a welfare report's priority chapter,
poster pages of three boxes, a maturity model of levels), committed before any measurement; the twenty-ninth set
(blind169–blind174), by a twenty-ninth writer (one row per unit with several actions per cell, board
minutes with 'Beslut:' / 'Verkställs av:', service promises, a survey-based plan with facing Swedish and
English columns, Finnish table headers over Swedish content, newsletter articles pointing to goals),
committed before any measurement; the thirtieth set (blind175–blind180), by a thirtieth writer (a strategy's
implementation plan with codes and budget lines, 'Vem gör vad?' question tables per target group, actions
numbered across the document and grouped under goals in an appendix, numeric 'Indikatormål' with workshop
agreements, shaded goal rows between action rows, short- and long-term cells of '• action (actor)' lines),
committed before any measurement; the thirty-first set (blind181–blind186), by a thirty-first writer (a mind map as
bullets three levels deep, an 'Åtgärdsprogram' table over pages with a broken row, a council's 'Fullmäktige
beslutar att' list, Status / Resurser columns with unit codes, one column per goal marked ● / ○, Åland
guidelines as a theme column), committed before any measurement; the thirty-second set (blind187–blind192), by a
thirty-second writer ('Från … → Till …' goals with action cards whose responsible is ticked boxes, a traffic-light
table of last period's actions with code-only hierarchy columns and indicators in figure captions, Swedish | Finnish
side-by-side tables, a plan annexed to a regional agreement with a financing column, RACI matrices per goal area, an
Åland plan whose 'Målet är nått när …' column is the indicator), committed before any measurement; the thirty-third set (blind193–blind198),
by a thirty-third writer (action tables with 'Lagrum' and 'Målgrupp' columns and a goal × indicator evaluation matrix,
a newcomer's phases with 'Vad? / Hur? / Vem? / När?' blocks, 'Indikatormål' goal sentences with an appendix table keyed
by goal letter, a welfare plan's chapter with recommendations beside adopted actions and responsibility in a closing
sentence, a consultation draft with the responsible in capitals on each action's second line, start / continue / stop
lists), committed before any measurement; the thirty-fourth set (blind199–blind204), by a thirty-fourth writer (a table of
years × goals with the actions in its cells, 'Strategiskt mål' / 'Delmål' / 'Åtgärd N.N.N' prose with '(Ansvar: …)',
'Vi ska …' quote boxes with officials' titles as the responsible, actions under service promises with school-year
terms, a goal tree with a separate responsibility list by short action names, adopted actions beside proposals),
committed before any measurement; the thirty-fifth set (blind205–blind210), by a thirty-fifth writer (a chapter per
service area with 'Nuvarande verksamhet' beside 'Utvecklingsåtgärder', bold goal rows with a ✓ 'Inlett' column and
passive actions with '¹ Ansvar:' lines, 'A.I' goal codes with one shared responsibility line, a presentation
printout with speaker notes and an action serving two goals, a planning board Planeras | Pågår | Klart, goal
headings with their indicator inline), committed before any measurement; the thirty-sixth set (blind211–blind216),
by a thirty-sixth writer (a goal and its '–' actions in one table cell with who / when on matching lines, indicators
only in chart captions, a municipal strategy excerpt with action codes INT-01 and a cross-reference table, priority
sections with several actions in one cell and a month wheel, a coordinator's letter with 'Fokus N' headings, job
titles and quarter times, a regional programme's local sub-goals, actions by season), committed before any
measurement. The thirty-seventh set (blind217–blind222), by a thirty-seventh writer (goals
stated once in an introduction table and referred to by short name with 'Mål: … · Ansvar: …' tag lines and a key-figure
dashboard, board minutes with the programme as 'Bilaga 1' and a two-level numbered plan, an action table sorted by
responsible unit with the goal last and an interview chapter, resident-outcome goals in margin boxes with a table row
continued '(forts.)', 'Det gör kommunen' | 'Det gör andra' tables with question indicators, numbered actions in one
cell per goal row), committed before any measurement. The thirty-eighth set (blind223–blind228), by a thirty-eighth writer (goals only in a
summary box with ranges of action numbers, a Word draft with tracked-changes remnants and goal cells printed on
their first page only, 'Effekt' / 'Prestation' goals with initials and a staff list, one action card per page with
photo captions, a 'Del A Nulägesbeskrivning' / 'Del B Handlingsplan' split on Åland, '☐ Uppgift' checkboxes under
responsible persons), committed before any measurement. The thirty-ninth set (blind229–blind234), by a thirty-ninth
writer (a goal-tracking system's flat report with levels in a 'Nivå' column and the hierarchy only in parent ids, one
action form per action with indicators listed apart, a 'Vem gör vad?' grid of goals × organisations, a spreadsheet of
goal rows with repeated action / responsible column pairs and a separate timetable by action code, a commissioning
plan of committees ordering work from units, indicator tables first with the actions as lines under them), committed
before any measurement. The fortieth set (blind235–blind240), by a fortieth writer (an action plan typed with tab
stops and 'd:o' for a value repeated from the line above, logical-framework matrices per theme with a separate
implementation table by activity code, a 'Ni sa – vi gör' answer to a residents' consultation with the goal only in
the table caption, action tables with vertically merged cells printed in the group's middle row, one small table per
goal with a 'Mätare:' footer and an annex in Finnish, an objectives-and-key-results programme), committed before any
measurement.
The forty-first set (blind241–blind246), by a forty-first writer (working groups' proposals with the steering
group's decision on each, goals in the residents' voice with indicators as numbered endnotes, a roadmap of tracks with
steps and milestones and partners given once per track, one boxed key action per area with compact 'Övriga åtgärder'
and an indicator table broken across a page with its footer and repeated header inside the data, a revised programme
setting each old goal beside the new one, a combined equality and integration plan with survey-finding and
discrimination-ground columns), committed before any measurement.
The forty-second set (blind247–blind252), by a forty-second writer (action tables with a two-row header and a
goal printed on its group's first row only, actions grouped by island with one action serving two goals, one actors
cell per action with '*' marking partners, a two-column magazine with fact boxes breaking the action lists and
'Så mäter vi' margin boxes, one 'Åtgärd N:' heading per action with a contact-person line, a programme written as a
timetable sorted by week or month), committed before any measurement.
The forty-third set (blind253–blind258), by a forty-third writer (a printed reporting form with one numbered
field table per action, lettered actions inside one prose sentence per area, goal cards typed as a one-column table,
action tables with columns that only refer to other documents under a two-level goal tree, an action plan exported
from a task-planning tool, a margin-numbered list extracted with its margin notes as paragraphs of their own),
measured once from the writer's folder with the session-start code and committed unchanged.
The forty-fourth set (blind259–blind264), by a forty-fourth writer asked, as the seventh and eighth were and
unlike the thirty-five writers between, for the layouts programmes MOST OFTEN have rather than new ones (theme tables with the goal on its first row, goal headings
with bulleted actions and one shared responsibility line, numbered goals and numbered action paragraphs with an
appendix summary table, a two-column brochure, 'Målet är att …' sections over action tables, an appendix action
plan with merged cells), measured and committed the same way: the figure for ordinary new programmes.
The forty-fifth set (blind265–blind270), by a forty-fifth writer asked the same as the forty-fourth (area
'Mål:' paragraphs over action tables, goal headings with bullets and one shared responsibility line, numbered
goals and numbered action paragraphs with an appendix indicator table, 'Målet är att …' over question-headed
tables, a brochure with numbered actions and a closing responsibility table, an appendix action plan with merged
cells), committed before any measurement and measured first after the forty-third and forty-fourth sets were read.
The forty-sixth set (blind271–blind276), by a forty-sixth writer asked the same (area goal/action tables with
the goal on its group's first row, goal headings over field-closed bullets with 'Tyngdpunkt' sub-goals, numbered
goals over numbered action paragraphs with an appendix indicator table, an appendix summary table with M1–M5 goals
in the body, a two-column brochure with 'VI VILL:' and 'SÅ GÖR VI:', a 'Målsättning:' paragraph over a
sub-goal table with one area in prose), committed before any measurement and measured first with the final code
of the twenty-second session.
The forty-seventh set (blind277–blind282), by a forty-seventh writer asked the same (theme action tables with
the goal on its group's first row and a closing indicator table, 'Mål N:' headings over 'Åtgärder:' bullets with
'(ansvar: …; tidtabell: …)', numbered prose with 'Målet är att …' and an appendix indicator table, an appendix
action plan with the goals as body bullets, a two-column 'we' brochure, chapters with 'Målet är att …' over action
tables and 'Mätare:' paragraphs), committed before any measurement and measured first after the forty-sixth set
was read.
The forty-eighth, forty-ninth and fiftieth sets (blind283–blind288, blind289–blind294, blind295–blind300), by
three writers asked the same in parallel (area action tables with the goal on its group's first row, 'Mål N.'
paragraphs over 'Åtgärd N.M.' paragraphs, 'Målsättning N:' headings over field-closed bullets, appendix summary
and indicator tables, two-column 'we' brochures, 'Målet är att …' prose), committed before any measurement and
measured first with the session-start code of the twenty-third session, then as a held-out test of the shared
label vocabulary (steps 4–6 of docs/label_vocabulary.md).
The fifty-first, fifty-second and fifty-third sets (blind301–blind306, blind307–blind312, blind313–blind318), by
three writers asked the same in parallel (given the fiftieth set's README section as the format example, each
took over its six layouts in order: area action tables with the goal on its group's first row, 'Målsättning
N:' headings over bullets with one shared field line, numbered prose over an appendix table, a wide
theme table with 'i samarbete med' cells and one theme in prose, a two-column 'Vårt mål:' brochure, an
appendix action plan with 'Mål N' rows), committed before any measurement and measured first with the code
after the twenty-third session's first round of reading (1a3d18d), then read.
The fifty-fourth, fifty-fifth and fifty-sixth sets (blind319–blind324, blind325–blind330, blind331–blind336), by
three writers asked for common layouts other than the six the forty-eighth to fifty-third sets shared (their brief
named six other real forms, and the writers took those up: prose plans of a joint body or welfare area, target-group
chapters, bilingual Finnish–Swedish tables, indicator appendices keyed by codes, department sections, council minutes
with the plan attached), committed before any measurement and measured first with the final code of the
twenty-third session's third round (3ecc0c5); the fifty-fourth and fifty-fifth then read, the fifty-sixth not.
The fifty-seventh, fifty-eighth and fifty-ninth sets (blind337–blind342, blind343–blind348, blind349–blind354), by
three writers asked for common layouts other than those the earlier sets used, each given its own family of real
forms to choose from (current-state, year-grid, responsibility-matrix, resource/priority and baseline/target
tables and goal hierarchies; slide decks, 'Nuläge / Mål / Åtgärder / Uppföljning' chapters, summary tables
restated in the text, actions numbered across the document, fact boxes, question headings; revised plans with
a status column, joint plans with a column per municipality, two-level bullet plans, labelled-line blocks,
goal-number-keyed action tables, tables split over a page break), committed before any measurement
in the twenty-fourth session (5daf4d7); the fifty-seventh and fifty-eighth then read, the fifty-ninth not; the
fifty-sixth read in the same session after two sessions held out.
The sixtieth, sixty-first and sixty-second sets (blind355–blind360, blind361–blind366, blind367–blind372), by three
writers given three more families of common forms (merged theme and goal cells, one row per goal with bulleted
action cells, one-year implementation plans with budgets and quarters, traffic-light indicator tables, job titles as
the responsible; challenge/action theme tables, SWOT tables, abbreviated responsibles, 'Så här gör vi / Så här mäter
vi', season times, one-line checklists; paragraph-by-paragraph bilingual text, ditto marks, indicators in running
text, strategy maps, integration-phase columns, previous-period appendices), committed before any measurement in
the twenty-fifth session; the sixtieth and sixty-first then read, the sixty-second not (read in the twenty-sixth
session, after one session held out); the fifty-ninth read in the same session after one session held out.
The sixty-third, sixty-fourth and sixty-fifth sets (blind373–blind378, blind379–blind384, blind385–blind390), by
three more writers given three more families of common forms (section rows spanning the table, goal-number columns,
short/long-term columns, 'Ansvarig: X / Stöd: Y' cells, effect and result goals, target-value indicator tables;
web-page printouts, easy-to-read summaries, inline 'Vad: … Vem: … När: …' paragraphs, transposed action tables,
landscape appendices over several pages, lettered actions '1a'; strategy lists of three levels, comment columns,
month and week times, budget tables keyed by action number, actions grouped by the newcomer's path, two actions in
one cell), committed at the end of the twenty-fifth session before any measurement and measured once with its
final code, not read; read in the twenty-sixth session.
The sixty-sixth, sixty-seventh and sixty-eighth sets (blind391–blind396, blind397–blind402, blind403–blind408),
by three writers: two given two more families of common forms (goal codes explained in a legend after the table,
responsible and partners in one slashed cell, tables of contents with dotted leaders, running page headers naming
the theme, sibling '4.N.1 Mål / 4.N.2 Åtgärder' sections, numbered actions with sub-bullets; the integration
chapter of a wider welfare plan, one combined follow-up table, 'Målgrupp:' fields, 'Vi vill att … / Därför …'
prose, numbered action paragraphs whose first sentence is the action, a Finnish half then a Swedish half), the
third asked for the most ordinary programmes it could picture (the exclusion list of earlier layouts lifted),
committed at the start of the twenty-sixth session before any measurement; measured with the session-start code
and with the first round's final code, not read (held out: every row the same); then read in the session's
second round.
The sixty-ninth, seventieth and seventy-first sets (blind409–blind414, blind415–blind420, blind421–blind426), by
three writers: two given two more families of common forms (an implementation plan grouped by year whose actions
name their goal only in brackets, the goal column last, 'Önskat läge / Steg på vägen', 'Vi vet att vi har lyckats
när …' indicators, semicolon-separated inline action lists, mixed bullet glyphs; doers named only inside the action
sentence, partners and schedule given once per theme, 'Huvudmål / Delmål', 'Nr' tables with goal sub-heading rows,
indicators per theme, cost and priority columns, a follow-up of the previous programme), the third asked once more
for the most ordinary programmes a municipal office produces in a word processor, committed at the start of the
twenty-seventh session before any measurement, and read in its first round.
The seventy-second, seventy-third and seventy-fourth sets (blind427–blind432, blind433–blind438, blind439–blind444),
by three writers: two asked for the most ordinary programmes of small and mid-sized municipalities and of towns,
cities and joint bodies, the third given one more family of common forms ('Insats | Målgrupp' tables,
'Utvecklingsområden' bullets as measures, several actions in one comma-separated cell, 'Title: description'
action cells, indicators with their target in brackets, goals numbered per theme and actions across the
document), committed in the twenty-seventh session before any measurement, while the sixty-ninth to seventy-first
were being read, and measured first with the session-start code and then with the first round's final code (the
held-out test of that reading: +0.003, 0, 0); then read in the session's second round.
The seventy-fifth, seventy-sixth and seventy-seventh sets (blind445–blind450, blind451–blind456, blind457–blind462),
by three writers: the first asked for the most ordinary programmes of small and mid-sized Swedish-speaking or
bilingual municipalities, the second given a family of common forms (the integration path's phases as themes,
'Långsiktigt mål' over period goals, a SWOT analysis whose bullets read like actions, schedules by quarter or month,
'Förväntat resultat' / 'Förväntad effekt' columns, responsible given as a title and unit or in an 'Ansvarsenhet'
column, a Finnish 'Tiivistelmä', '☐' checklists of actions, lettered sub-steps inside one action, footnote markers),
the third asked for the most ordinary programmes of larger towns, joint and regional bodies and a small
municipality's short plan, some translated from Finnish; committed at the start of the twenty-eighth session before
any measurement, and read in its first round.
The seventy-eighth, seventy-ninth and eightieth sets (blind463–blind468, blind469–blind474, blind475–blind480), by
three writers: the first asked for the most ordinary programmes of municipalities in Nyland, Åboland and
Österbotten, each a different common combination (goals by number in an action-plan table, running prose, goal
headings with short bullets and one shared responsibility line, a theme table, indicators listed once at the end,
actions numbered across the document), the second given a family of common forms ('Vision → Strategiska mål →
Åtgärder' with bold lead goal sentences, Roman-numeral goals, a separate 'Ansvarsfördelning' table by action number,
'Källa' / 'Frekvens' and 'Nuläge / Målnivå' columns, a chapter per administration with the theme in a column,
Gantt-like year columns marked '■', the welfare area's services beside the municipality's actions, previous actions
marked 'fortsätter'), the third asked for ordinary town programmes and mid-period updates (a status column, 'Kort
sikt' / 'Lång sikt' plans, one long table continued over pages, a brochure with fact boxes, target groups as themes,
many partners per action); committed in the twenty-eighth session before any measurement, while the seventy-fifth
to seventy-seventh were being read, and measured first with the session-start code; then read in the session's
second round.
The eighty-first to eighty-sixth sets (blind481–blind486 … blind511–blind516), by six writers working at the same
time: the first asked for the most ordinary first programmes under the new law (681/2023) of small and mid-sized
municipalities, the second given a family of common forms (question headings 'Nuläge / Vad vill vi uppnå? / Hur gör
vi det? / Hur vet vi att vi lyckats?', a 'Bilaga 1' action plan naming goals by number, a responsibility matrix with
'x' / '(x)' cells, goals carrying their target value, indicator tables with one column per year, actions marked
'(fortsätter)' / 'ny', 'Delmål'), the third asked for translated programmes of bilingual towns, joint programmes of
a welfare area and its municipalities and programmes tied to the municipal strategy, the fourth given another family
(three-level numbering, 'Resurser' / 'Kostnad (€)' columns, 'Mätare:' inside an action, responsible as explained
abbreviations, schedules such as 'löpande' and '2025→', '(jfr kommunstrategin, mål 3)' after goals, a glossary and a
previous programme's 'Utfall' table), the fifth asked for very small municipalities' plain programmes, the sixth for
larger towns organised by administrative sector; committed in the twenty-ninth session before any measurement and
measured first with the session-start code.
The eighty-seventh to ninety-second sets (blind517–blind522 … blind547–blind552), by six writers working at the same
time: the first asked for the most ordinary programmes of mid-sized bilingual or Swedish-speaking municipalities under
the new law (681/2023), the second given a family of common forms ('Vi vill att …' goals, 'Vad? / Hur? / Vem? / När?'
action tables, actions grouped by target group, a timeline table with 'X' marks per year, 'Så här följer vi upp'
indicator lists, 'Ansvarig:' / 'Samarbete:' lines, an evaluation of the previous programme), the third asked for
revised programmes (changes against the previous programme, rows marked 'ny' / 'fortsätter' / 'ändrad' / 'avslutad',
old goals with a verdict, indicators with a baseline and a target value, numbering with gaps, actions moved to the
welfare area), the fourth for programmes inside or beside other documents (a welfare plan's integration chapter, an
annual action plan, a joint welfare-area programme with municipal appendices, an indicator annex, a decision extract),
the fifth for short prose programmes of small and archipelago municipalities, the sixth given another family (a 'Mål –
Åtgärd – Mätare' matrix, a responsibility table 'Ansvarig / Delaktig / Informeras', 'Åtgärd 1.1:' with an
'Indikator:' line, goals in a box, actions numbered across the programme, a table over two pages, an indicator table
with 'Källa' and 'Frekvens'); committed in the thirtieth session before any measurement and measured first with the
session-start code.
The ninety-third to ninety-eighth sets (blind553–blind558 … blind583–blind588), by six writers working at the same
time: the first asked for the most ordinary programmes of small and mid-sized Swedish-speaking or bilingual
municipalities under the new law (681/2023), the second given a family of table forms (columns that are not gold:
'Resurser', 'Kostnad (€)', 'Status', 'Förväntat resultat'; baseline and target values for indicators; a 'Tema'
column in one action table; actions pointing to their goal by number; a goals table and an actions table per theme;
actions listed under the responsible unit; a 'Programmet i korthet' summary), the third a family of hierarchies
(strategic goal, sub-goal and actions; the municipal strategy's goals as context; indicators per goal only; themes
as the law's purposes; 'Åtgärd 3.' paragraphs; schedules such as 'Hösten 2026' or 'årligen'; an 'Ansvar och
samarbete' cell), the fourth asked for short prose programmes of small and archipelago municipalities, the fifth
given brochure forms (headed boxes 'Det här vill vi uppnå' / 'Det här gör vi' / 'Så här vet vi att vi lyckats' /
'Vem gör vad?', a plain-language version, residents' quotes, questions and answers, 'Varför: / Hur: / Vem: / När:'
lines, slogan goals, a verdict table of the previous period), the sixth given another family (a goal row whose cell
holds its actions, transposed tables, action codes carrying the goal, an appendix action plan, an indicator table
with 'Hänvisning till åtgärd', a council decision and distribution list, empty cells meaning 'same as above');
committed in the thirty-first session before any measurement and measured first with the session-start code.
The ninety-ninth to hundred-and-fourth sets (blind589–blind594 … blind619–blind624), by six writers working at the
same time: the first asked for the most ordinary programmes of small and mid-sized Swedish-speaking or bilingual
municipalities under the new law (681/2023), the second for the most ordinary programmes of larger bilingual towns
and joint programmes (several municipalities, or a municipality with the welfare area; one translated from Finnish),
the third given a family of table forms (one column per year marked 'x' or '●'; an indicator table with a data
source and a reporting frequency; goals tagged with a strategy focus area or an Agenda 2030 goal; role abbreviations
with a key; an action table continued over pages with its header repeated; actions grouped under target groups; a
budget chapter), the fourth asked for short prose programmes of small, rural and archipelago municipalities, the
fifth given brochure forms (a headed section per goal, slogan goals, fact boxes, residents' quotes, a one-page
summary table at the start, a key-value layout per action, a glossary), the sixth given another family (a matrix
table per theme with one goal cell spanning its action rows, actions numbered per goal in an appendix, indicators
per goal, responsible and partners in one cell, actions serving two goals, a list of earlier actions, a theme
column filled only in its first row); committed in the thirty-second session before any measurement and measured
first with the session-start code.
The hundred-and-fifth to hundred-and-tenth sets (blind625–blind630 … blind655–blind660), by six writers working at
the same time: the first asked for the most ordinary programmes of small and mid-sized municipalities as found on a
municipal website (a foreword, a situation picture, theme chapters, a follow-up chapter), the second for programmes
of mid-sized towns written mostly as running text by a working group, the third given a family of table forms (a
landscape action table with target group, resources and indicator columns; a priority column; an indicator table
with a baseline and a target level; a follow-up-responsibility column; action cells with sub-bullets; goals
referenced by short codes; full-width row headings inside the action table), the fourth asked for programmes
organised by target group instead of by theme, the fifth given another family (a responsibility matrix with actors
as columns marked 'X' or 'A' / 'D'; schedules as year or quarter columns with the active periods marked; full-width
goal rows inside an action table; an indicator table with baseline, target value and source; actions numbered per
theme with letters; a reading guide), the sixth asked for programmes of bilingual towns translated from Finnish, a
joint programme of small municipalities, a welfare area's programme section and a programme that names work-based
immigrants and international students; committed in the thirty-third session before any measurement and measured
first with the session-start code.
The hundred-and-eleventh to hundred-and-sixteenth sets (blind661–blind666 … blind691–blind696), by six writers
working at the same time: the first asked for the most ordinary programmes of small rural municipalities in
Österbotten and the archipelago written by one coordinator (theme chapters with tables or bullet lists with the
responsible in brackets, an action plan appendix in one or two), the second for short programmes drafted from
workshop slides (per theme labelled lines or blocks 'Mål:', 'Åtgärder:', 'Ansvarig:', 'Tidtabell:', 'Mätare:',
spelled and ordered differently, or a label | text table per theme), the third for the Swedish versions of larger
towns' programmes (strategic goal areas, sub-goals, action tables with many rows and long sector names, indicators
per goal area with a baseline), the fourth for programmes revising an earlier one (a review chapter with the old
programme's actions and their status as a distractor, continued actions), the fifth for programmes split into a
programme part (goals and indicators) and an implementation plan at the end whose actions refer to their goals by
number or name, the sixth for programmes with goals as numbered headings, actions as lists with the responsible
after a dash or in parentheses and a follow-up box per theme; committed in the thirty-fourth session before any
measurement and measured first with the session-start code.
The hundred-and-seventeenth to hundred-and-twenty-second sets (blind697–blind702 … blind727–blind732), by six
writers working at the same time: the first asked for the most ordinary programmes of Swedish-speaking and bilingual
municipalities of 5,000–40,000 inhabitants (theme chapters with the office's own names, goals as a sentence, bold
line or numbered list, actions in a table, a bullet list or a numbered list), the second for programmes whose every
theme chapter follows a fixed sequence of sub-headings of the office's own naming ('Nuläge' / 'Mål' / 'Åtgärder' /
'Ansvar och samarbete' / 'Uppföljning', or 'Var står vi?' / 'Hur gör vi?' / 'Hur vet vi?'), the third for one large
action plan table per theme whose goal cell spans several action rows (two goals in one cell, goals repeated per row,
spanning indicator cells, 'se ovan' cells), the fourth for action cards (a block per action with the office's own
field labels, numbered in some, a summary table of the same actions in one or two), the fifth for programmes that
combine integration with related plans (language, good relations and anti-racism, participation; survey indicators;
lists of values, definitions and a glossary as distractors), the sixth for programmes assembled from several authors
whose layout changes between chapters (a table, bullets with '(Ansvar: …)', numbered actions with a 'Vem? När?' line,
running text), with a follow-up table at the end; committed in the thirty-fifth session before any measurement and
measured first with the session-start code.

    python -m bench.blind_programs [--set dev|check|…|hundredtwentysecond|all (the names in _SET_NAMES)] [--styles ruled,borderless,twocolumn]
                                   [--programs SLUG,..] [-v]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from pathlib import Path

from bench import style_scores
from golden import render as R
from golden import render_more as M
from pipeline import golden

DATA = Path(__file__).resolve().parents[1] / "tests" / "data" / "blind_programs"
OUT = Path(__file__).resolve().parent / "out" / "blind_programs"
STYLES = R.STYLES + ("cards", "numbered", "keyvalue")
# the sets in the order they were written, six programmes each (blind1–6 the first)
_SET_NAMES = ("dev", "check", "final", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
              "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
              "twentieth", "twentyfirst", "twentysecond", "twentythird", "twentyfourth", "twentyfifth", "twentysixth",
              "twentyseventh", "twentyeighth", "twentyninth", "thirtieth", "thirtyfirst", "thirtysecond", "thirtythird",
              "thirtyfourth", "thirtyfifth", "thirtysixth", "thirtyseventh", "thirtyeighth",
              "thirtyninth", "fortieth", "fortyfirst", "fortysecond", "fortythird",
              "fortyfourth", "fortyfifth", "fortysixth",
              "fortyseventh", "fortyeighth", "fortyninth", "fiftieth",
              "fiftyfirst", "fiftysecond", "fiftythird",
              "fiftyfourth", "fiftyfifth", "fiftysixth",
              "fiftyseventh", "fiftyeighth", "fiftyninth",
              "sixtieth", "sixtyfirst", "sixtysecond",
              "sixtythird", "sixtyfourth", "sixtyfifth",
              "sixtysixth", "sixtyseventh", "sixtyeighth",
              "sixtyninth", "seventieth", "seventyfirst",
              "seventysecond", "seventythird", "seventyfourth",
              "seventyfifth", "seventysixth", "seventyseventh",
              "seventyeighth", "seventyninth", "eightieth",
              "eightyfirst", "eightysecond", "eightythird", "eightyfourth", "eightyfifth", "eightysixth",
              "eightyseventh", "eightyeighth", "eightyninth", "ninetieth", "ninetyfirst", "ninetysecond",
              "ninetythird", "ninetyfourth", "ninetyfifth", "ninetysixth", "ninetyseventh", "ninetyeighth",
              "ninetyninth", "onehundredth", "hundredfirst", "hundredsecond", "hundredthird", "hundredfourth",
              "hundredfifth", "hundredsixth", "hundredseventh", "hundredeighth", "hundredninth", "hundredtenth",
              "hundredeleventh", "hundredtwelfth", "hundredthirteenth", "hundredfourteenth", "hundredfifteenth", "hundredsixteenth",
              "hundredseventeenth", "hundredeighteenth", "hundrednineteenth", "hundredtwentieth", "hundredtwentyfirst", "hundredtwentysecond")
SETS = {name: range(1 + 6 * k, 7 + 6 * k) for k, name in enumerate(_SET_NAMES)}


def set_of(slug: str) -> str | None:
    n = int(slug.split("-")[0].removeprefix("blind"))
    return next((name for name, nums in SETS.items() if n in nums), None)


def typeset(source: dict, style: str) -> bytes:
    return R.render(source, style) if style in R.STYLES else M.render(source, style)


def cached_print(d: Path, source: dict, style: str, fresh: bool = False) -> Path:
    """The programme in folder `d` typeset in `style`, from the cache in OUT unless `fresh` or
    its source.json or a renderer changed since it was typeset. The print's key (a hash of the
    source and both renderers) sits beside it: file times would trust a cache copied after a
    renderer fix, which then measures stale prints."""
    pdf = OUT / f"{d.name}.{style}.pdf"
    key_file = pdf.with_suffix(".key")
    key = print_key(d / "source.json", style)
    if fresh or not pdf.exists() or not key_file.exists() or key_file.read_text() != key:
        pdf.write_bytes(typeset(source, style))
        key_file.write_text(key)
    return pdf


def print_key(source_file: Path, style: str) -> str:
    h = hashlib.sha256(style.encode())
    for f in (source_file, Path(R.__file__), Path(M.__file__)):
        h.update(f.read_bytes())
    return h.hexdigest()[:16]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.blind_programs")
    ap.add_argument("--styles", default=",".join(STYLES))
    ap.add_argument("--set", choices=(*SETS, "all"), default="all")
    ap.add_argument("--programs", default="")
    ap.add_argument("--data", type=Path, default=DATA, help="folder of <slug>/source.json")
    ap.add_argument("--fresh", action="store_true", help="typeset the PDFs again")
    ap.add_argument("-v", "--verbose", action="store_true", help="print the misses of each run")
    a = ap.parse_args(argv)
    styles = [s for s in a.styles.split(",") if s]
    only = [p for p in a.programs.split(",") if p] or None
    t0, c0 = time.perf_counter(), time.process_time()
    rows: list = []
    OUT.mkdir(parents=True, exist_ok=True)
    print(style_scores.HEADER)
    for d in golden.programs(a.data, only):
        if a.set != "all" and set_of(d.name) != a.set:
            continue
        source = json.loads((d / "source.json").read_text(encoding="utf-8"))
        gold = golden.load_gold(d)
        for style in styles:
            pdf = cached_print(d, source, style, a.fresh)
            rows.append(style_scores.score_row(pdf, gold, d.name, style, a.verbose, 8))
    style_scores.print_summary(rows, styles)
    for name in SETS:
        vals = [v for slug, _, f1 in rows if set_of(slug) == name for v in f1.values() if v is not None]
        if vals:
            print(f"{name + ' set':15} mean F1 {sum(vals) / len(vals):.3f}  min F1 {min(vals):.3f}")
    right, total = style_scores.THEMES
    if total:
        print(f"goal themes (the document's own, of matched goals) right {right}/{total} = {right / total:.3f}")
    print(f"wall {time.perf_counter() - t0:.1f} s, CPU {time.process_time() - c0:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
