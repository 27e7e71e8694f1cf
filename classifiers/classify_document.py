"""`classify(doc) -> ProgramExtraction`: the whole classifier stage, in order."""

from __future__ import annotations

from .actors import split_units_acting_alone
from .appendix_goals import drop_prose_wishes
from .chapter_of_plan import drop_other_chapters
from .builder import Builder
from .prose import goal_clause
from .elements import document_elements
from .empty_role_fallbacks import fill_empty_roles
from .role_plausibility import (goal_rows_read_as_measures, goals_stated_under_area_headings, put_back_unless_read,
                                take_unread_measures)
from .part_reference_meters import meters_naming_goal_by_place, meters_naming_their_part
from .goal_reference_brackets import actions_closing_with_goal_code
from .reference_tails import goals_without_pointing_brackets
from .goal_fallbacks import fill_goals, goal_sentences_under_headings, goals_from_headings_over_measures
from .table_fallbacks import indicators_in_tables, measures_in_tables
from .role_boxes import read_role_boxes
from .flat_tables import read_flat_tables
from .field_rows import fold_field_rows
from .footnoted_plan import fold_footnoted_plans
from .footnoted_items import fold_footnoted_items
from .doer_field_lists import goals_of_headings_over_doer_items
from .mark_legends import without_mark_legends
from .fact_boxes import without_fact_boxes
from .glyph_outline import fold_glyph_outlines
from .baseline_target_tables import read_baseline_target_tables
from .goal_owner import goal_owner_lines
from .run_in_lists import split_run_in_lists
from .ordinal_items import split_ordinal_items
from .status_tables import fold_status_tables
from .action_card_headings import fold_card_field_tables, fold_titled_card_tables
from .ended_rows import (without_basic_task_rows, without_ended_rows, without_status_tails, without_struck_rows,
                         without_timetable_events)
from .endnote_meters import read_endnote_meters
from .proposal_rows import decided_proposals, without_proposal_rows
from .new_and_ongoing import without_ongoing_rows
from .goal_mark_columns import fold_goal_mark_columns
from .year_goal_matrices import fold_year_goal_matrices
from .column_groups import fold_column_groups
from .side_table_records import read_side_table_records
from .grouped_headers import fold_grouped_headers
from .code_level_columns import fold_code_level_columns
from .logframe_matrices import fold_logframe_matrices
from .level_name_columns import fold_level_name_columns
from .meter_references import drop_running_meter_codes, link_meter_references, link_meters_by_action_code
from .coded_responsible import split_responsible_by_action_code
from .area_code_keys import link_area_code_keys
from .void_cards import without_void_cards
from .slashed_actor_columns import split_slashed_actor_columns
from .doer_columns import fold_actor_lanes, fold_doer_columns, fold_doer_headings
from .labelled_meters import link_labelled_meters
from .heading_meters import split_heading_meters
from .consultation_tables import without_consultation_tables
from .lead_then_partners import partners_after_lead
from .starred_partners import partners_by_asterisk
from .responsibility_prose import read_responsibility_prose
from .responsibility_lists import read_responsibility_lists
from .merge import merge
from .figure_meters import captions_out_of_tables, split_glued_captions
from .part_reference_columns import link_meters_to_parts
from .metadata import metadata
from .model import PageText, ProgramExtraction, ProgramMeta, RepairRecord
from .bilingual import swedish_only
from .language_columns import read_language_columns
from .records import fold_records
from .continued_rows import fold_continued_records
from .outline_parents import outline_parents_as_headings
from .action_references import link_action_references
from .bracketed_action_numbers import link_bracketed_action_numbers
from .goal_action_ranges import link_listed_action_numbers
from .change_markers import without_tracked_changes
from .bulleted_fields import unbullet_field_lists
from .dash_field_lines import dash_fields_as_paragraphs, sub_bullet_fields
from .slash_field_items import read_slash_field_items
from .denied_actions import without_self_denied_paragraphs
from .question_fields import fold_question_fields
from .paired_sub_goals import relink_paired_sub_goals
from .shift_goals import read_shift_goals
from .board_decisions import fold_board_decisions
from .parallel_rows import split_code_parallel_rows
from .checklist_items import without_denied_tasks, without_done_marked_items, without_ticked_items
from .page_furniture import drop_page_furniture
from .table_rows import paragraphs_out_of_tables
from .target_groups import fold_target_groups
from .unit_answers import fold_unit_answers
from .goal_labelled_rows import goal_labelled_rows
from .goal_header_tables import fold_goal_header_tables
from .guide_codes import label_coded_items, split_run_in_goal_heads
from .contact_cards import fold_contact_cards, fold_contact_field_lines
from .capital_field_lines import read_capital_field_lines
from .section_responsibility import read_section_responsibility
from .themes import theme_codes
from .interview_sections import drop_interview_sections
from .continuation_marks import without_continuation_marks, without_repeated_box_titles
from .merged_group_cells import read_merged_group_cells
from .caption_goals import split_caption_goals
from .theme_lines import themes_under_headings


def classify(doc) -> ProgramExtraction:
    # page numbers and running heads printed in the body's flow are no content
    elements = drop_page_furniture(document_elements(doc))
    # a paragraph's first line a table finder took in as the table's last row: the paragraph's
    elements = paragraphs_out_of_tables(elements)
    # an action table on its side ('Fält | Åtgärd 1 | Åtgärd 2') printed as records, one per
    # field ('Åtgärd 1: X / Åtgärd 2: Y / Fält: Ansvarig'): the table again (`side_table_records`)
    elements = read_side_table_records(elements)
    # a row of line lists, a code on each line, where a table ran onto the next page: one row a line
    elements = split_code_parallel_rows(elements)
    # a draft's tagged deletions ('[struken] … [/struken]') and margin comments ('Kommentar
    # [AB1]: …'): no text of the programme (`change_markers`)
    elements = without_tracked_changes(elements)
    # 'Mål 1: X' / 'Tema: arbete' / the goal's list: the line names the heading's theme, it
    # stands between no goal and its actions (`theme_lines`)
    elements = themes_under_headings(elements)
    # 'Mål 1. … [4]' / 'Vi inför … [5]' and the closing notes '[4] Mätare: …': each meter
    # read where its mark stands (`endnote_meters`)
    elements = read_endnote_meters(elements)
    # 'Tabell 3 (forts.)', 'Åtgärd: (forts.)' where a table printed as cards goes on (`continuation_marks`)
    elements = without_continuation_marks(elements)
    # 'NYCKELÅTGÄRD 1' printed again where the page breaks its box (`continuation_marks`)
    elements = without_repeated_box_titles(elements)
    # 'Nr | Mål | Åtgärd | Ansvar': a goal (or doer, time) merged over its actions' rows,
    # printed in the group's middle row (`merged_group_cells`)
    elements = read_merged_group_cells(elements)
    # 'Tabell 2. Arbete – Mål: Fler i arbete.' over a table: the caption and the goal line of
    # the table's actions (`caption_goals`)
    elements = split_caption_goals(elements)
    if doc.pages and all(getattr(p, "source", "") == "text-file" for p in doc.pages):
        # a text dump: tables OCR flattened into label lines and paragraphs (a PDF keeps cells)
        elements = read_flat_tables(elements)
    else:
        # a one-column box ('Det här gör vi' over one action a row) printed as heading and
        # lines (a text dump's label lines are its flattened tables' headers, read above)
        elements = read_role_boxes(elements)
    # '✓ = åtgärden har inletts …': the legend of a table's mark, no content (`mark_legends`)
    # '✓ genomfört under förra perioden' in the reading guide's legend: the items the tick
    # marks are background, no actions (`checklist_items`)
    elements = without_done_marked_items(elements)
    elements = without_mark_legends(elements)
    # '• X (ansvar: …)' / 'FAKTA: …' box / '• Y (ansvar: …)': the box is no section of the
    # area, the list after it is the area's still (`fact_boxes`)
    elements = without_fact_boxes(elements)
    # questions sent to the units and their answers: the answers' actions as records
    elements = fold_unit_answers(elements)
    # 'Figur 6. … (mål 2029: 30) Figur 7. …': captions a line joining ran together (`figure_meters`)
    elements = split_glued_captions(captions_out_of_tables(elements))
    # 'Svenska | Suomeksi' tables: the text of the Swedish column (`language_columns`)
    elements = read_language_columns(elements)
    # 'Åtgärd: MÅL: ...', '2.1 MÅL: ...': a goal row in a frame that labels every row alike
    elements = goal_labelled_rows(elements)
    # 'Mål 1. <goal> | Ansvarig | Samarbetspart | Tidtabell' over the goal's actions and a
    # closing 'Mätare: …' row: the goal's line, its action table, its meter line (`goal_header_tables`)
    elements = fold_goal_header_tables(elements)
    # '• NR1.1 …' where the reading guide says 'nyckelresultat (NR)': the item labelled by
    # the word its code stands for, 'Nyckelresultat: …' (`guide_codes`)
    elements = label_coded_items(elements)
    # 'O6 · Kommunen som arbetsgivare. Målsättning: …': the coded head a heading, the goal's
    # field a line of its own (`guide_codes`)
    elements = split_run_in_goal_heads(elements)
    # a board's 'Beslut: X' with 'Verkställs av: Y' after it: an action's record (`board_decisions`)
    elements = fold_board_decisions(elements)
    # 'Projekt X (2025–2027)' / action / 'Kontakt: e-post, roll': a project's record
    elements = fold_contact_cards(elements)
    # 'Åtgärd 4: X' / description / 'Genomförs: … | Med i arbetet: … | Kontaktperson: namn,
    # titel, enhet, tfn …': the action, its partners and time, the contact's unit answering for it
    elements = fold_contact_field_lines(elements)
    # 'Temavecka ... – BILD 21, 2024–2027, 2 000 €/år, pågår': a listed action's status and
    # money read off its dash tail, an ended one left out (`ended_rows`)
    elements = without_status_tails(elements)
    # 'Indikator | … | Målnivå 2028' with '(utgår)': a struck row, no indicator (`ended_rows`)
    elements = without_struck_rows(elements)
    # 'Från: <now>' / '→ Till: <goal>': a goal written as a shift (`shift_goals`)
    elements = read_shift_goals(elements)
    # '7. Action' over 'BILDNINGSSEKTORN, 2026': the item's responsible and time in capitals
    elements = read_capital_field_lines(elements)
    # 'Ansvaret för åtgärderna i detta kapitel har X.': every listed action of the section's
    elements = read_section_responsibility(elements)
    # a programme printed in Finnish and Swedish in parallel: its Swedish text
    elements = swedish_only(elements)
    # a checklist's ticked items are steps done before the programme (`checklist_items`)
    elements = without_ticked_items(elements)
    # 'Uppgiften AF-3 … räknas inte som en åtgärd': the coded task so denied (`checklist_items`)
    elements = without_denied_tasks(elements)
    # '… ordnas enligt lagen och är ingen åtgärd i programmet.': a paragraph so denied (`denied_actions`)
    elements = without_self_denied_paragraphs(elements)
    # '• Åtgärd: X' / '• Ansvar: Y' / '• Tid: Z': a card's fields typed as a list (`bulleted_fields`)
    elements = unbullet_field_lists(elements)
    # 'i formen Åtgärd / Ansvar / Tid' over '• X / Y / 2026': the items' fields (`slash_field_items`)
    elements = read_slash_field_items(elements)
    # '– vem: X' / '– när: Y' lines under a bullet: the item's fields (`dash_field_lines`)
    elements = dash_fields_as_paragraphs(elements)
    # '4. Action.' over '• how it is done' / '• Ansvarig: X' / '• Tidtabell: Y': the numbered
    # action's fields, its description no actions (`dash_field_lines.sub_bullet_fields`)
    elements = sub_bullet_fields(elements)
    # 'Vad? X Hur? Y Vem? Z När? W': an action described by four run-in questions (`question_fields`)
    elements = fold_question_fields(elements)
    # 'Åtgärdsblankett Å9 (utgår)' / 'Status | Utgår …', a form of '[En enhet]' placeholders:
    # a struck-out form or the blank template, no action (`void_cards`)
    elements = without_void_cards(elements)
    # '3.1 ARBETE – goal' over '3.1.1 action' / 'Ansvar: X': the parent item the heading of
    # the actions numbered under it (`outline_parents`)
    elements = outline_parents_as_headings(elements)
    elements = fold_records(elements)
    # a label-value table's record at the top of a page that only finishes the record before
    # the page break (its area, doer and time empty, the rest of a list): that record's rest
    elements = fold_continued_records(elements)
    # (the cards' status fields now a column: 'Läge 2026: struken – …' a struck row, as above)
    elements = without_struck_rows(elements)
    # ('Konkreta steg: a (X); b.': a list run into its label's paragraph, read as the list)
    elements = split_run_in_lists(elements)
    # ('Den första: X. Den andra: Y.': items counted by ordinals in prose, read as the list)
    elements = split_ordinal_items(elements)
    # a goal × target-group matrix: the plain action table it lays out as a grid
    elements = fold_target_groups(elements)
    # a goal matrix ('Åtgärd | A | B | C', ● under the action's goal): a plain action table
    elements = fold_goal_mark_columns(elements)
    # 'År | Mål 1. X | Mål 2. Y' over a row per year: the plain action table it lays out
    elements = fold_year_goal_matrices(elements)
    # 'Åtgärd A | Ansvar A | Åtgärd B | Ansvar B': a goal's actions side by side in repeated
    # column groups, one row per filled group, coded '3B' (`column_groups`)
    elements = fold_column_groups(elements)
    # 'Genomförande | '' ' over 'Ansvarig | Tidtabell' as the first data row: a header of two
    # rows, the sub-headers the columns' own (`grouped_headers`)
    elements = fold_grouped_headers(elements)
    # 'Område | Mål | Åtgärd | Text' holding '1' / '1.1' / '1.1.1' only: each row's text in
    # the column of its code's level (`code_level_columns`)
    elements = fold_code_level_columns(elements)
    # 'Interventionslogik | Objektivt verifierbara indikatorer | ...' with rows 'Övergripande
    # mål' / 'Delmål 1.1' / 'Aktiviteter': an LFA matrix, the goal and action table it lays out
    elements = fold_logframe_matrices(elements)
    # 'Nivå | Id | Benämning | Hör till': each row names its level and its parent's id, a
    # strategy system's flat report (`level_name_columns`)
    elements = fold_level_name_columns(elements)
    # 'Ansvarig / samarbete': the responsible before each cell's slash, the partners after
    elements = split_slashed_actor_columns(elements)
    # 'Det gör kommunen | Det gör andra (vem)': one column per doer, each cell an action of it
    # ... and the same table printed without its grid: doer headings over paragraphs
    elements = fold_doer_columns(fold_doer_headings(elements))
    # 'Mål | Kommunen | Välfärdsområdet | Föreningar': a goal's row across the actors' columns,
    # each cell that actor's actions as dash lines ('– X (med Y) [2026]')
    elements = fold_actor_lanes(elements)
    # an action table giving each action a second row of fields ('Ansvar: X · Tid: Y')
    elements = fold_field_rows(elements)
    # a plan's own status table ('Nr | Åtgärd | Status | Kommentar'): an action table
    elements = fold_status_tables(elements)
    # ... and a plan's action table whose Status column marks actions new, going on or
    # ended ('Ny' / 'Pågår' / 'Avslutad'): the ended rows hold no action of the plan
    elements = without_ended_rows(elements)
    # ... or a row whose time cell names a standing basic task ('jatkuva perustehtävä'): the
    # doer's ordinary (statutory) work, no action of the plan (`ended_rows`)
    elements = without_basic_task_rows(elements)
    # ... or a timetable's events tied to no goal ('v. 13/2025 | Fullmäktige godkänner
    # programmet | – | –') and an action set again with '(se v. 33/2025)' (`ended_rows`)
    elements = without_timetable_events(elements)
    # ... or adopted actions beside proposals left to the budget ('Antagen' / 'Förslag –
    # avgörs i budgeten'): the proposals are no part of the adopted plan
    elements = without_proposal_rows(elements)
    # ... or working groups' proposals beside the steering group's decision on each
    # ('Godkänns' / 'Godkänns i ändrad form: X' / 'Avslås – …'): what was decided (`proposal_rows`)
    elements = decided_proposals(elements)
    # ... or rows whose action cell opens 'Det gör vi redan: …': an existing service pointed
    # to, no action of the plan (`new_and_ongoing`)
    elements = without_ongoing_rows(elements)
    # an action plan typed as an indented outline, or actions closed by footnote marks
    # whose notes name who does them and when: a plan table with those fields
    elements = fold_footnoted_plans(elements)
    # '1. Action.¹' over '¹ Ansvar: X, 2025': the note is the action's field line (`footnoted_items`)
    elements = fold_footnoted_items(elements)
    # a plan typed as one bulleted outline whose glyphs tell its levels ('● goal' / '○ action'
    # / '▪ Ansvar: X'): the plan table it lays out (`glyph_outline`)
    elements = fold_glyph_outlines(elements)
    # 'Fråga | Utgångsläge 2024 | Mål 2028': what has a baseline and a target is measured,
    # an indicator table (`baseline_target_tables`)
    elements = read_baseline_target_tables(elements)
    # a goal's responsible field read into the first card of its actions: the goal's again
    elements = goal_owner_lines(elements)
    # 'Mål 1 – X (indikator: Y)': the goal's heading without its indicator, given as a field
    # under it (`heading_meters`)
    elements = split_heading_meters(elements)
    # 'Instans | Synpunkt | Beaktat': the consultation's comments, no part of the plan
    elements = without_consultation_tables(elements)
    # 'Åtgärdskort 2 · X' / the action's text / 'Ansvarig | Med i arbetet | Tid' in one row:
    # the card as an action table (`action_card_headings.fold_card_field_tables`)
    elements = fold_card_field_tables(elements)
    # 'Insats A.2 Mentorprogram …' over 'Målsättning | Ansvarig | … | Indikator' in one row:
    # the caption's title the action of the row (`action_card_headings.fold_titled_card_tables`)
    elements = fold_titled_card_tables(elements)
    meta = metadata(doc)
    built = merge(Builder(own_start=meta["period_start"], own_name=meta["municipality"]).run(elements))
    # 'Mål | … | Åtgärder: 1–3': the actions numbered so serve that row's goal (`goal_action_ranges`)
    link_listed_action_numbers(built)
    # a plan naming one of its chapters as the integration programme: that chapter's
    # the paragraphs' texts, read by the notes that explain a plan's conventions (read only)
    paragraphs = [el.text for el in elements if el.kind == "para"]
    drop_other_chapters(built, paragraphs)
    # 'Målsättningarna … finns samlade i åtgärdsplanen i bilaga 1.' and the plan's table read:
    # the prose's wishes ('Kommunen vill …') serving nothing are no goals (`appendix_goals`)
    drop_prose_wishes(built, paragraphs)
    # a goal and its sub-goal stated back to back: each action the one it speaks of (`paired_sub_goals`)
    relink_paired_sub_goals(built, elements)
    # a role the conventions above left empty where the document plainly has it: read by
    # the conventions nearly every programme shares (`goal_fallbacks` first: the measure
    # fallbacks read a goal's actions in its scope; then `empty_role_fallbacks`, then
    # `table_fallbacks`: the tables no rule knows, read by what their cells hold)
    # a role read from what cannot hold it is unread too (`role_plausibility`): goals that
    # are all area names with the goal sentence under each; measures opening with a goal
    # label ('▓ MÅL: …'); measures all bare references
    goal_rows_read_as_measures(built)
    goals_stated_under_area_headings(built, elements)
    unread_measures = take_unread_measures(built)
    fill_goals(built, elements)
    read_goals = {g.id for g in built.goals}
    fill_empty_roles(built, elements)
    measures_in_tables(built, elements)
    put_back_unless_read(built, unread_measures)
    indicators_in_tables(built, elements)
    # measures and still no goal: the heading over each group of them
    goals_from_headings_over_measures(built, elements)
    # '5.1 <goal>' over '1. action' / 'Ansvar: X': the heading is the actions' goal (`doer_field_lists`)
    goals_of_headings_over_doer_items(built, elements)
    # a goal the fallbacks made of a heading: the goal sentence under it, if one
    goal_sentences_under_headings(built, elements, {g.id for g in built.goals} - read_goals)
    # '• Antal hushåll som fått boendestöd (Fokus 1)': the meter of part 1's goal (`part_reference_meters`)
    meters_naming_their_part(built, elements)
    # '• Sysselsättningsgraden (målsättning 2)' where no goal is numbered: the meter of the
    # second goal printed (`part_reference_meters.meters_naming_goal_by_place`)
    meters_naming_goal_by_place(built)
    # 'Gratis simundervisning (delmål 3.1)': the action of the goal so coded (`goal_reference_brackets`)
    actions_closing_with_goal_code(built)
    split_units_acting_alone(built.measures)
    # 'Följer upp: Åtgärdskort 1–2': the meter of the card so numbered (`action_references`)
    link_action_references(built)
    # 'Uppföljning: Mätare M5' on an action's form: the meter listed as 'M5 …' is the action's;
    # 'Ingen egen mätare' is no meter (`meter_references`)
    link_meter_references(built)
    # 'C1' / 'C-2' in a follow-up table keyed by area letters: the area's goal, its N-th action (`area_code_keys`)
    link_area_code_keys(built, elements)
    # 'Antalet praktikplatser (åtgärd 1.2.1)': the meter of the action so numbered
    link_bracketed_action_numbers(built)
    # '1.1.3 Antalet …' in a goal's meter cell beside '1.1.3 Lönesubvention …': the action's (`meter_references`)
    link_meters_by_action_code(built)
    # '1.1.1–1.1.2 Näringslivsenheten, 1.1.3 Arbetskraftsservicen' in the row's Ansvar cell:
    # each action takes the part its number falls in (`coded_responsible`)
    split_responsible_by_action_code(built)
    # 'U1 Antal … (åtgärd 1.1)', 'U2 …', 'U3 …': the running code and the action's number are
    # the list's keys, no part of the meter (`meter_references`)
    drop_running_meter_codes(built)
    # '• Förslag 4: antal …' in a follow-up list: the meter of the action its label names
    link_labelled_meters(built)
    # 'Parentesen anger ansvarig enhet först och därefter samarbetspart.': the names after
    # the first in an action's closing parenthesis are its partners (`lead_then_partners`)
    partners_after_lead(built.measures, paragraphs)
    # 'Biblioteket, Församlingen*' under 'En asterisk (*) … betyder att aktören är
    # samarbetspart': the starred name is a partner (`starred_partners`)
    partners_by_asterisk(built.measures, paragraphs)
    # 'Ansvarsfördelning' / '• Biblioteket: språkcaféet': the owners of actions no table gave
    read_responsibility_lists(built, elements)
    # 'Ansvar: Föräldrakvällen ansvarar rektorerna för. Språkväskorna sköts av biblioteket.':
    # the doers a paragraph of responsibility sentences names for actions (`responsibility_prose`)
    read_responsibility_prose(built, elements)
    # 'Mått | Artikel: 3': the meter of the action of article 3 it names
    link_meters_to_parts(built, elements)
    # '4 ... – intervju med integrationshandledaren': a person's replies, no plan of the
    # programme's, whatever was read there (`interview_sections`)
    drop_interview_sections(built)
    # 'Mål 1: X (jfr kommunstrategin, mål 1)': the pointer to another document's goal is no
    # part of the goal (`reference_tails.without_pointing_bracket`)
    goals_without_pointing_brackets(built.goals)
    goals_by_id = {g.id: g for g in built.goals}
    for g in built.goals:
        g.theme_code, g.theme_code_alt = theme_codes(g.text, heading=g.theme or "")
        # 'Målet är att X': X, the goal without the sentence's opener (`prose.goal_clause`)
        g.clause = goal_clause(g.text)
    for m in built.measures:
        goal_text = " ".join(goals_by_id[x].text for x in m.goals if x in goals_by_id)
        m.theme_code, m.theme_code_alt = theme_codes(m.text, goal=goal_text, heading=m.theme or "")
        if m.theme is None and m.goal in goals_by_id:
            m.theme = goals_by_id[m.goal].theme
    program = ProgramMeta(
        municipality=meta["municipality"], title=meta["title"],
        period_start=meta["period_start"], period_end=meta["period_end"],
        page_count=len(doc.pages), ocr_pages=sum(1 for p in doc.pages if p.source == "ocr"),
        source_file=doc.source_file, sha256=doc.sha256,
    )
    pages = [
        PageText(page_no=p.page_no, text=_page_text(p), raw_text=p.raw_text, source=p.source,
                 ocr_confidence=p.ocr_confidence)
        for p in doc.pages
    ]
    repairs = [
        RepairRecord(page_no=r.page_no, original=r.original, repaired=r.repaired, rule=r.rule, confidence=r.confidence)
        for r in getattr(doc, "repairs", [])
    ]
    return ProgramExtraction(
        program=program, sections=built.sections, goals=built.goals, measures=built.measures,
        indicators=built.indicators, pages=pages, repairs=repairs, warnings=list(getattr(doc, "warnings", [])),
    )


def _page_text(page) -> str:
    out = []
    for it in page.items:
        if it.kind == "line":
            out.append(it.text)
        else:
            out += [" | ".join(r) for r in it.rows]
    return "\n".join(out)
