"""Reading paragraphs of running text: goal sentences ('Målet är att ...'), goal and
indicator fields ('Mål: ...', 'Mätare: ...'), actions stated in a sentence or a numbered
paragraph with their doers and fields, and the introductions that say what a list is.

`ParagraphReader` is a mixin of `builder.Builder`: its methods read and change the
builder's state.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .goal_group_rows import capital_area_group_goal
from .answered_questions import introduces_answered_questions
from .tag_lines import action_title, tag_line
from .target_boxes import target_boxes
from .start_stop_lists import start_stop_kind
from .action_number_rows import names_target_group_brackets
from .action_number_legends import names_action_brackets, names_action_number_brackets
from .agreement_intros import agreement_intro
from .denied_actions import denies_list_below, disowned_in_sentence, disowns_sentence_before
from .goal_numbered_segments import goal_numbered_segments
from .unit_columns import unit_field
from .service_promises import expectation_line
from .change_signs import labelled_signs
from .actors import (closing_parenthesis, dedupe_actors, labelled_owner_tail, leading_actors, names_actor, names_post,
                     split_actors, trailing_actors)
from .area_follow_up import area_follow_up
from .survey_follow_up import survey_figure
from .indicator_examples import indicator_examples
from .council_decision import area_goal
from .elements import Element
from .label_vocab import FOLLOW_UP_NOUNS, FOLLOW_UP_PHRASE, METER_NOUNS, SUCCESS_PHRASE, alt
from .headers import QUESTION_WORDS, follow_up_label, RUN_IN_LABEL_RE, SHORT_HEADER, header_role, header_roles, names_parts_of_action
from .lead_phrase import carried_out, closes_with_fields, labelled_action, meter_of_labelled_action, owner_said_after, time_of_action_before
from .measured_statements import measured_target
from .goal_outline import lettered_goal_heading, stated_goal
from .goal_lookup import CODED_ITEM_RE
from .named_action import action_named_by, action_named_by_topic, action_set_up_for, actions_named_one_each
from .reference_tails import number_reference
from .theme_lines import theme_line
from .prose import (speaks_of_all_actions, adds_to_goal_before, singles_out, as_own_municipality, states_change_target, leads_in_actions_of_no_goal, coordinated_goal_clause, names_goal_tree, overarching_goal_sentence,
                    goal_sentences, refers_to_overarching_goal, reports_counts, states_in_own_voice)
from .shared_owner import paragraph_owner, shared_owner
from .prose import (_QUANTITY_HEAD, _RATE_HEAD, folded_tokens, is_population_rate, count_and_share, count_list, says_what_was_done, enumerated_actions, followed_up_by, followed_up_topic, goal_named_as,
                    intro_kind, is_goal_heading, is_goal_sentence, names_actions, numbered_goal_clause, reads_as_clause,
                    states_requirement, says_paragraphs_open_with_goal, states_success, states_target, states_wish)
from .field_goal_actions import promised_clauses, received_clauses
from .goal_owner import goal_owner_field
from .boxed_goals import boxed_goals
from .colon_goal import goal_after_colon
from .report_figures import REPORT_SUBJECT_RE, action_counted
from .success_label import signs_label
from .goal_reference_note import referred_goal_number
from .following_intro import after_following_intro
from .partners_in_text import committed_action
from .prose_actions import ProseAction, dated_schedule, partners_in, prose_action
from .parent_goal_fields import hang_under_higher_goal, higher_goal_label
from .action_codes import closing_reference
from .numbered_item_label import opens_with_numbered_label
from .records import fields, item_fields
from .figure_meters import action_named_by_head, without_closing_target
from .pointing_intros import pointing_intro_kind
from .goal_reference_brackets import goal_named_by_code
from .goal_key_figures import goal_figures, names_baseline_brackets, without_baseline
from .schedule import opens_with_times, parse_schedule
from .therefore_actions import says_therefore, adds_step, therefore_actions
from .responsibility_prose import responsibility_sentences
from .text import BULLET_RE, CAPTION_RE, GOAL_LABEL_RE, GOAL_LABEL_WORDS, numbering, sentences, squash, words
from .inline_lists import inline_marks, item_doer_time, lettered_code, lettered_items
from .goal_counts import counts_goals
from .broken_down_goals import area_goal_in_tables, broken_down_area
from .reader_shared import (heading_number, strip_heading_number, theme_name, _theme_key, _GOAL_BY_LABEL_RE, _GOAL_FIELD_RE, goal_field, later_aim_goal, with_goal_label, bare_goal_label,
                            labelled_item, _SUB_GOAL_INTRO_RE, _without_source, subject_actors, as_printed,
                            _without_tail, _owner_sentences, _described_then_fields, _field_actors, PendingAction)


# a lead-in's legend saying the brackets name the area or theme the item belongs to:
# '(målets område inom parentes)', 'Insatsområdet anges inom parentes.'
_AREA_BRACKETS_RE = re.compile(r"\b(?:\w*område\w*|tema\w*)\s+(?:anges\s+|står\s+)?(?:inom|i)\s+parentes", re.I)

# the adverbial of a follow-up sentence adding figures to the meters named elsewhere
# ('Dessutom följs ...', 'Utöver mätarna i tabellerna följs ...', `prose.followed_up_by`)
_ADDED_METERS_RE = re.compile(r"^(?:dessutom|därtill|vidare|också|även|utöver)\b", re.I)


# a sentence whose subject is the goals themselves: 'Målen stöder ...', 'Dessa mål har ...'
_ABOUT_GOALS_RE = re.compile(r"^\s*(?:målen|målsättningarna|(?:dessa|de\s+här|alla)\s+(?:mål|målsättningar))\b"
                             # or the one goal stated above it, doing something other than
                             # being ('Målet bygger på erfarenheterna ...', 'Detta mål kräver
                             # ...'): a paragraph explaining the goal; 'Målet är att ...' and
                             # 'Målet för perioden ...' state it
                             r"|^\s*(?:målet|målsättningen|(?:detta|det\s+här)\s+mål(?:et)?|"
                             r"(?:denna|den\s+här)\s+målsättning(?:en)?)\s+"
                             r"(?!(?:är|blir|var|för|med|inom|till|om)\b)(?![^.]*\bär\s+att\b)[a-zåäö]",
                             re.I)
# a sentence saying what the document holds ('Programmet har sex mål, A–F, grupperade i två
# teman.', 'Planen innehåller fyra mål'): the document is its subject, its contents the
# object -- a reading guide to the goals below, no goal
_DOCUMENT_CONTENTS_RE = re.compile(
    r"^\s*(?:(?:integrations|välkomst)?programmet|planen|dokumentet)\s+(?:har|innehåller|omfattar|består\s+av)\b", re.I)
# the heading of a programme's introduction
# ... or a chapter asking why there is a programme ('Varför ett välkomstprogram?', 'Varför
# behövs ett integrationsprogram?'): the reasons for it, as an introduction gives them
# (a foreword by its writer's greeting too: 'Hälsning från stadsdirektören', 'Ordförandens
# hälsning', 'Till läsaren')
_INTRODUCTION_RE = re.compile(r"^\s*(?:inledning|förord|introduktion|varför\b[^?]{0,40}program\w*\s*\??"
                              r"|(?:\w+s\s+)?hälsning(?:\s+från\s+[^.:?]{1,40})?|till\s+läsaren)\s*$", re.I)
# ... or a chapter describing the situation now ('Nuläge', 'Nulägesbeskrivning', 'Utgångsläge',
# 'Kommunen i dag', 'Integrationen idag', 'Nykytila', 'Lähtötilanne'), the whole heading those
# words: a wish said there ('Kommunen vill ta vara på det.') is what the description moves the
# municipality to, which the goal chapters state as goals -- no goal of its own
_PRESENT_STATE_RE = re.compile(r"^\s*(?:nuläge(?:t|sbeskrivning(?:en)?|sanalys(?:en)?)?|utgångsläge(?:t)?"
                               r"|(?:[^\W\d_]+\s+){1,3}i\s*dag|nykytila|lähtötilanne|(?:[^\W\d_]+\s+){1,3}tänään)\s*$", re.I)
# a sentence stating the vision ('Visionen är ett X där ...', 'Vår vision: ...', 'Stadens
# vision är ...'): the picture of the future the goals serve, said under 'Vision och mål'
# beside them; no goal of its own (no gold goal of the corpus or blind sets is a vision)
# (also dated, 'Vision 2028: ...')
# and of what, 'Visionen för programmet är: ...'
# ... or the principles, values or starting points the work follows, as a label ('Allmänna
# principer för allt arbete: vi ger …', 'Våra värderingar: …', 'Utgångspunkter: …') or a
# subject ('Principerna är …'): how every action is done, no goal (sixty-second set)
_VISION_RE = re.compile(r"^\s*(?:\w+\s+)?vision(?:en)?(?:\s+(?:19|20)\d\d|\s+för\s+\w+)?\s*(?:är\b|:)"
                        r"|^\s*(?:\w+\s+)?(?:grund)?(?:princip(?:en|er|erna)?|värderingar(?:na)?|värdegrund(?:en)?"
                        r"|utgångspunkt(?:en|er|erna)?)(?:\s+för\s+[^\W\d_]+(?:\s+[^\W\d_]+){0,2})?\s*(?:är\b|:)"
                        # ... or the starting point as a verb: 'Vi utgår från att alla bemöts med
                        # respekt', 'Arbetet har som utgångspunkt att …', 'Kommunen tar sin
                        # utgångspunkt i …' -- what the work assumes, no goal it sets (seventieth set)
                        # (the subject may carry where the work is done, 'Arbetet i
                        # kommunen utgår från att …', as a place phrase after its noun)
                        r"|^\s*(?:\w+\s+){1,2}(?:i\s+\w+\s+)?(?:utgår|utgick)\s+från\s+(?:att|principen|tanken)\b"
                        r"|^\s*(?:\w+\s+){1,2}(?:har\s+som|tar\s+sin)\s+utgångspunkt\b", re.I)
# the purpose of the programme ('Syftet med programmet är att samla ...'): in its
# introduction, what the document is for, which its chapters break down into goals (as
# `Builder._in_introduction` says of a wish there)
_PURPOSE_RE = re.compile(r"^\s*(?:\w+\s+)?syftet\b", re.I)
# 'Mål 3', 'Delmål 2', 'Målet 4': a goal named by its number alone (also a main goal's
# label, 'Huvudmål 2', 'Effektmål 1': the goal headed so)
_GOAL_BY_NUMBER_RE = re.compile(r"^(?:del|huvud|effekt)?mål(?:et)?\s+(?:nr\.?\s+)?(\d{1,2})$", re.I)
# a sentence naming the one before it a principle: 'Principen gäller all verksamhet',
# 'Denna princip gäller ...', 'Dessa principer gäller ...' (the principle, definite, as the subject); or a vision, pointed
# back to ('Den visionen är gemensam för …', 'Denna vision gäller …', 'Visionen gäller hela
# kommunen'): what the sentence before stated is the municipality's vision, no goal of the
# plan (a vision of its own, 'Visionen är att …', states itself, it names nothing before it)
_NAMES_PRINCIPLE_RE = re.compile(r"^(?:principen|denna\s+princip|den\s+här\s+principen"
                                 r"|(?:den|denna|den\s+här)\s+visionen|denna\s+vision)\s+(?:gäller|omfattar|är)\b"
                                 r"|^visionen\s+(?:gäller|omfattar)\b"
                                 # ... or in the plural, the sentences before stating them
                                 # ('Dessa principer gäller alla kommunens verksamheter')
                                 r"|^(?:principerna|dessa\s+principer|de\s+här\s+principerna)\s+(?:gäller|omfattar)\b", re.I)
# a paragraph opening with the principles the programme rests on ('Programmet utgår från
# stadens strategi och från principen om lika möjligheter. … Staden vill också att …'): the
# wishes it goes on with are more of those principles -- no goals (forty-eighth blind set)
_RESTS_ON_PRINCIPLES_RE = re.compile(r"^(?:programmet|arbetet|integrationsarbetet|planen)\s+"
                                     r"(?:utgår\s+från|bygger\s+på|vilar\s+på|grundar\s+sig\s+på)\s"
                                     r"[^.]*\bprincip", re.I)
# ... or, in a chapter titled by the principles (below), the work said to rest on values
# ('Integrationsarbetet i X bygger på likabehandling, delaktighet och tvåspråkighet'): the
# title names what it rests on the principles, the word itself need not be repeated
# (what it rests on named as values are named, bare nouns in a list, 'likabehandling, delaktighet
# och tvåspråkighet' -- not a document, 'kommunens strategi')
_RESTS_ON_RE = re.compile(r"^(?:programmet|arbetet|integrationsarbetet|planen)(?:\s+i\s+[^\W\d_]+)?\s+"
                          r"(?:utgår\s+från|bygger\s+på|vilar\s+på|grundar\s+sig\s+på)\s+"
                          r"[a-zåäö-]+(?:\s*,\s*[a-zåäö-]+)*\s+och\s+[a-zåäö-]+\s*\.?$", re.I)
# a chapter titled by the principles, values or starting points of the work and nothing else
# ('2 Utgångspunkter', 'Våra värderingar', 'Grundprinciper för integrationsarbetet',
# 'Lähtökohdat ja periaatteet'): a wish said there ('Vi vill också att …') is one more
# principle, no goal of the plan, whose goals its own chapters state (seventy-second set);
# a title naming goals too ('Utgångspunkter och mål') is not one
_PRINCIPLES_TITLE_RE = re.compile(
    r"^(?:(?:allmänna|våra|programmets|gemensamma|yleiset|ohjelman)\s+)?"
    r"(?:utgångspunkt(?:er|erna)|(?:grund)?princip(?:er|erna)|värderingar(?:na)?|värdegrund(?:en)?"
    r"|lähtökohdat|(?:toiminta)?periaatteet|arvot|arvopohja)"
    r"(?:\s+(?:och|ja)\s+(?:utgångspunkter|principer|värderingar|värdegrund|lähtökohdat|periaatteet|arvot))?"
    r"(?:\s+(?:för|i|inom)\s+[^\W\d_]+(?:\s+[^\W\d_]+){0,2})?\s*$", re.I)
# ... or says, right after it, that it holds for the organisation's own work ('Det gäller både
# kommunens egen personal och de tjänster …', 'Detta gäller all kommunal verksamhet'): a rule
# of conduct for the municipality itself, a principle -- no goal of the plan (forty-eighth
# blind set)
_OWN_WORK_SCOPE_RE = re.compile(r"^(?:det|detta|det\s+här)\s+(?:gäller|omfattar)\s+(?:både\s+|även\s+|också\s+)?"
                                r"(?:all\s+|alla\s+|hela\s+)?(?:kommunens|stadens|kommunal\w*|vår|vårt|våra)\s", re.I)


# 'för åtgärd 6.1' closing a follow-up item of running text: the action it follows up, named
_ACTION_TAIL_RE = re.compile(r"\s+(?:för|inom|av|i)\s+åtgärd(?:erna)?\s+\d{1,2}(?:\.\d{1,2})+\s*$", re.I)
# a measured quantity (`prose._QUANTITY_HEAD`: 'antalet ...', 'andelen ...') or another
# measured value a meter names: an average ('Genomsnittlig tid från ...'), a time ('Tid från
# anmälan till kurs'), a result of a survey or test ('Resultat i
# personalenkäten ...'), or a value given with its unit in parentheses at the end ('... (%)',
# '(dagar)', '(st.)'): a thing measured, no sentence saying how the follow-up is done
_MEASURED_VALUE_RE = re.compile(r"^(?:genomsnittlig[at]?|medel\w*|tid(?:en)?|resultat(?:et|en)?)\b"
                                r"|\((?:%|dagar|veckor|månader|st\.?|€|euro)\)$", re.I)
# ... a count per unit of time or per head with no figure of its own ('Rådets möten per år',
# 'Besök per månad', 'Lån per invånare'): the rate a meter follows -- a figure or 'gånger'
# ('träffas fyra gånger per år') says how often something is done instead
_PER_UNIT_RE = re.compile(r"^(?!.*\d)(?!.*\bgång(?:er)?\b)[^.;:]{3,60}\s+per\s+"
                          r"(?:år|månad|vecka|termin|läsår|invånare|person|deltagare|elev)$", re.I)


def _measured_sentence(sentence: str) -> bool:
    """A sentence that only names a thing measured: a quantity ('Antal deltagare i X', 'Andel
    nya invånare som ...'), another measured value (`_MEASURED_VALUE_RE`), a rate by its
    compound ('Sysselsättningsgraden bland invandrare') or a count per unit ('Rådets möten per
    år') -- a noun phrase set as a sentence, as a follow-up field may list its meters."""
    s = sentence.strip().rstrip(".").strip()
    # (a quantity or a rate named by its compound, 'Sysselsättningsgraden bland ...': `prose._RATE_HEAD`)
    return bool(re.match(_RATE_HEAD, s, re.I) or _MEASURED_VALUE_RE.search(s) or _PER_UNIT_RE.match(s))


# a paragraph of one numbered field under a label that is no goal's, action's or record's
# ('Strategi 1: Invandrare har en stadig förankring i arbetslivet'): a level of the
# programme's own, the parent of the goals numbered under it ('Mål 1.1 ...', `_numbered_parent`)
_NUMBERED_LEVEL_RE = re.compile(r"^\s*(?P<label>[A-ZÅÄÖ][a-zåäö]{3,})\s+(?P<num>\d{1,2})\s*:\s+"
                                r"(?P<text>[A-ZÅÄÖ][^:]*)$", re.S)


def _from_goal_by_noun(text: str) -> str:
    """A goal field's paragraph from its sentence naming the goal by the goal noun on, when a
    wish in the programme's own voice leads up to it ('Vi vill att språket blir tillgängligt.
    Målet är att alla kan delta …'): the wish is the goal's motivation, the goal the sentence
    the noun names (as `prose.goal_sentences` reads a paragraph); else the paragraph."""
    sents = sentences(text)
    if len(sents) < 2 or not states_in_own_voice(sents[0]):
        return text
    stated = goal_sentences(text)
    k = next((k for k, s in enumerate(sents) if stated and s == stated[0]), None)
    return " ".join(sents[k:]) if k else text


# a bracket within a field's value, left out where its sentences are counted
_PARENTHESIS_RE = re.compile(r"\([^()]*\)")


# a theme's name as a follow-up label ('Arbete och kompetens:'): a few words
_THEME_LABEL_WORDS = 6
# ... without a sentence's stop or a digit
_NOT_THEME_LABEL_RE = re.compile(r"[.!?;\d]")


def numbered_level(text: str) -> tuple[str, str] | None:
    """(number, text) of a paragraph 'Strategi 1: ...' whose label names none of the fields a
    record or an action has, nor a goal ('Åtgärd 1:', 'Ansvar:', 'Mål 1:' are read as such);
    else None."""
    m = _NUMBERED_LEVEL_RE.match(text)
    if not m or header_roles(m.group("label")) or names_actions(m.group("label")) \
            or _GOAL_FIELD_RE.match(text) or CAPTION_RE.match(text) or len(sentences(m.group("text"))) != 1:
        return None
    return m.group("num"), squash(m.group("text")).rstrip(".").strip()


def _label_line_kind(text: str, first_item: str = "") -> str | None:
    """'measure' or 'indicator' for a paragraph that is only a label naming what the list
    under it holds ('Åtgärder', 'Mätare'): a run-in heading printed in body type, which
    introduces its list as 'Åtgärder:' does. A label names one role in at most three words
    and ends in no punctuation (a sentence, or an intro ending in ':', is read as such).
    'goal' for a goal label so ('Mål', 'Målsättningar') only when the list's `first_item`
    states a goal as a clause ('1. Varje ny invånare får personlig vägledning …',
    `prose.reads_as_clause`): a list of names under it ('Jämlikhet mellan bostadsområden')
    is the areas of a theme, no goals."""
    text = squash(text)
    if text.endswith("?") and len(words(text)) <= QUESTION_WORDS:
        # a question asking how one knows heads its list of indicators as a column's header
        # would ('Hur vet vi att vi lyckats?'); other questions over a list are asked of
        # the reader ('Hur länge har du bott i kommunen?' over the answers of a survey)
        return "indicator" if header_roles(text) == ["indicator"] else None
    if not text or len(words(text)) > 3 or text[-1] in ".!?:;,":
        return None
    roles = header_roles(text)
    if roles == ["goal"] and first_item:
        item = BULLET_RE.sub("", squash(first_item), count=1).strip()
        return "goal" if reads_as_clause(item) else None
    return roles[0] if roles in (["measure"], ["indicator"]) else None


# a field label of follow-up ('Uppföljning', 'Uppföljning av mål 3'), no meter of one action
_FOLLOW_UP_LABEL_RE = re.compile(r"^\s*(?:uppföljning|utvärdering)", re.I)
# a meter noun alone as the label ('Mätare:', 'Indikatorer:'): the goal's meter field under its
# list of actions, as a card run reads it after the goal's cards (`records`), not one action's
_METER_NOUN_LABEL_RE = re.compile(rf"^\s*{alt(METER_NOUNS)}\s*$", re.I)
# ... in a plural form only ('Indikatorer', 'Indikatorerna', 'Mätarna', 'Nyckeltalen', 'Måtten';
# 'Mätare' and 'Nyckeltal' are singular too): the label announces several meters
_PLURAL_METER_LABEL_RE = re.compile(r"^\s*(?:indikatorer(?:na)?|mätarna|nyckeltalen|måtten)\s*$", re.I)
# ... and a label whose subject is the goal itself ('Målet följs upp genom:', 'Löftet följs upp
# genom:' in a programme of promises, 'Delmålet mäts med:'): what it names follows the goal
_GOAL_FOLLOWED_UP_RE = re.compile(r"^\s*(?:del)?(?:målet|målen|löftet|löftena)\s+(?:följs|mäts)\b", re.I)
# ... or a meter or follow-up label naming the goal as its scope, 'Mätare för målet:', 'Indikator
# för delmålet:', 'Uppföljning av målen:' (the nouns in their forms from label_vocab): its value
# is the goal's meter, after the goal's action table as after its list
_GOAL_SCOPED_LABEL_RE = re.compile(rf"^\s*{alt(FOLLOW_UP_NOUNS + METER_NOUNS)}\s+(?:av|för)\s+"
                                   r"(?:del)?(?:målet|målen|målsättningen|målsättningarna)\s*$", re.I)
# a measured quantity opening a meter: 'Antal …', 'Andelen …', or a rate named by a compound
# ('Sysselsättningsgrad bland …', 'Utbildningsnivån …')
_QUANTITY_OPENING_RE = re.compile(rf"^(?:{_QUANTITY_HEAD}|[^\W\d_]{{3,}}(?:grad|graden|andel|andelen|nivå|nivån)\b)", re.I)


# a follow-up label naming its goal by label and number: 'Uppföljning av (strategiskt) mål 3:',
# and so an indicator label ('Indikator för mål 5:', 'Mätare för delmål 2.1:'): the number
# names the goal the field is of, it makes the label no less a label
# (the meter and follow-up nouns in their forms from label_vocab: 'Mätarna för mål 2:', not
# 'mätarena'; 'Nyckeltal för mål 3:')
_FOLLOW_UP_OF_GOAL_RE = re.compile(rf"^\s*{alt(FOLLOW_UP_NOUNS + METER_NOUNS)}\s+(?:av|för)\s+(?:[^\W\d_]+\s+)?"
                                   # (the goal's label words: the shared list, text.GOAL_LABEL_WORDS)
                                   rf"{GOAL_LABEL_WORDS}\s+(?P<num>\d{{1,2}}(?:\.\d{{1,2}})*)\s*:\s+(?P<rest>\S.*)$",
                                   re.I | re.S)


# ... and a field's label ending on the goal it is of ('Nyckeltal för huvudmål 1', 'Mätare
# för delmål 2.1'): the goal by its label word (a compound of 'mål' too) and number
# (the label words: the shared main-goal list, text.GOAL_LABEL_WORDS: 'Mätare för tyngdpunkt 2')
_LABEL_NAMES_GOAL_RE = re.compile(rf"\s(?:av|för)\s+(?:[^\W\d_]+\s+)?(?:huvud|del)?{GOAL_LABEL_WORDS}\s+"
                                  r"(?P<num>\d{1,2}(?:\.\d{1,2})*)\s*:?$", re.I)


# the municipality as a whole, the subject of its programme's sentences ('Kommunen erbjuder ...')
_MUNICIPALITY_RE = re.compile(r"^(?:kommunen|staden)$", re.I)


# a sentence closed by a mark (full stop, colon, closing parenthesis or quote ...): not one
# that breaks off into the list under it
_CLOSED_RE = re.compile(r"[.!?:;…)\"”]\s*$")


def _unfinished_follow_up(text: str) -> str | None:
    """'indicator' for a paragraph whose last sentence breaks off into the list under it
    and says what follows up ('Hur det går följs upp med' / '• antalet ...'): it is the list's
    intro as it would be with a ':', each item finishing the sentence with one indicator."""
    sents = sentences(text)
    if not sents or _CLOSED_RE.search(sents[-1]):
        return None
    if (fs := fields(text)) and all(value.strip() for _, _, value in fs):
        # 'Mätare: Antal besök på webbsidan per år' with no full stop: a field and its
        # value, whole -- a card's last line, the list under it the next card's items
        return None
    return "indicator" if intro_kind(sents[-1].rstrip() + ":") == "indicator" else None


def _unfinished_background(text: str) -> str | None:
    """'background' for a paragraph whose last sentence breaks off into the list under it
    and would, closed by a ':', introduce a list of no action, goal or meter ('Lagen
    innehåller bland annat bestämmelser om' / '• integrationstjänster ...'): it is the list's
    intro as it would be with the ':' (`prose.intro_kind`)."""
    sents = sentences(text)
    if not sents or _CLOSED_RE.search(sents[-1]):
        return None
    return "background" if intro_kind(sents[-1].rstrip() + ":") == "background" else None


# an unfinished sentence whose list finishes it with what the programme will do: its modal and
# the programme as the subject last, after a time adverbial or nothing ('Under perioden ska
# staden', 'Åren 2026–2027 kommer kommunen att', 'Vi ska'); not what a law or another body
# says the town must do ('Enligt lagen ska kommunen': a requirement, no action of the plan)
_UNFINISHED_DOING_RE = re.compile(
    r"^(?:(?:under|fran|fram\s+till|till\s+och\s+med|ar|aren|nu|darfor|dessutom)\b(?:\s+\S+){0,4}\s+)?"
    r"(?:(?:ska|skall|kommer)\s+(?:vi|kommunen|staden)(?:\s+att)?|(?:vi|kommunen|staden)\s+(?:ska|skall|kommer\s+att))$")


def _unfinished_doing(text: str) -> str | None:
    """'measure' for a paragraph whose last sentence breaks off into the list under it right
    after its modal and the programme as its subject ('Under perioden ska staden' / '• ordna
    ...'): each item finishes the sentence with what the town will do, as under 'Under
    perioden ska staden:' (`_UNFINISHED_DOING_RE`, `prose.intro_kind`)."""
    sents = sentences(text)
    if not sents or _CLOSED_RE.search(sents[-1]):
        return None
    last = sents[-1].rstrip()
    if not _UNFINISHED_DOING_RE.match(" ".join(folded_tokens(last))):
        return None
    return "measure" if intro_kind(last + ":") == "measure" else None


# the opening words of a stem a list finishes: one unfinished sentence of a few words ending in
# the subordinating 'att' ('Vi vill att', 'Målet är att', 'Kommunen strävar efter att')
_STEM_MAX_WORDS = 8
_STEM_END_RE = re.compile(r"\batt\s*$", re.I)


def goal_stem_over_items(paragraph: str, first_item: str) -> bool:
    """A paragraph that is only the opening of a goal sentence ('Vi vill att', 'Målet är
    att', no colon, no full stop) over a list whose items finish it in lower case ('•
    barnfamiljer hittar en plats ...'): each item completes the sentence into a goal, so the
    list holds the goals -- what the stem and the item say together is a goal sentence
    (`prose.is_goal_sentence`), the item as printed its text."""
    stem = squash(paragraph)
    item = BULLET_RE.sub("", first_item, count=1).strip()
    if not stem or _CLOSED_RE.search(stem) or not _STEM_END_RE.search(stem) \
            or len(stem.split()) > _STEM_MAX_WORDS or len(sentences(stem)) != 1 or not item[:1].islower():
        return False
    return is_goal_sentence(f"{stem} {item}", opens_paragraph=True)


def _goal_then_unfinished(sents: list[str]) -> bool:
    """A paragraph that states a goal and then breaks off mid-sentence ('Vi vill att ... .
    Därför', 'Målsättning 4 är att ... . Under programperioden'): the list after it finishes
    that sentence, one item each, so it says what is done for the goal. Its last sentence
    has no closing mark (a paragraph introducing a list otherwise ends in ':') and is not
    the goal sentence itself cut off ('Målet är att' over a list of goals)."""
    if len(sents) < 2 or _CLOSED_RE.search(sents[-1]) or is_goal_sentence(sents[-1], False):
        return False
    return any(is_goal_sentence(s, opens_paragraph=k == 0) for k, s in enumerate(sents[:-1]))


def _follow_up_phrase_field(text: str) -> list[tuple[str, str, str]] | None:
    """[('indicator', label, value)] of a paragraph run in by a phrase saying how progress is
    followed up ('Så följer vi upp: antal X; antal Y.'): the phrase names the role as a whole
    (`headers.header_role`), though its words are more than a field label qualifies its
    structure word with (`records.fields`); else None."""
    m = RUN_IN_LABEL_RE.match(squash(text))
    if not m or header_role(m.group(1)) != "indicator":
        return None
    if len(m.group(1).split()) > SHORT_HEADER and not _FOLLOWED_UP_OBJECT_RE.match(m.group(1)):
        return None
    return [("indicator", m.group(1), m.group(2))]


# ... the phrase with what it follows up after it ('Så följer vi upp skedet:', 'Så här följer
# vi upp målet:'): one or two words naming the part of the plan, still the phrase's label
# ... or saying how success is known ('Så ser vi om det fungerar:', 'Så här vet vi att vi nått
# målet:', 'Tecken på att vi lyckats:'): the evidence looked for, the card's follow-up said as
# a question of success -- the phrases every label reader shares (label_vocab)
_FOLLOWED_UP_OBJECT_RE = re.compile(rf"^(?:{FOLLOW_UP_PHRASE}(?:\s+[^\W\d_]+){{0,2}}|{SUCCESS_PHRASE})$", re.I)


# a field value saying how the follow-up is done rather than what is counted: a passive verb
# of following up first ('följs upp i den årliga rapporten', 'redovisas i bokslutet')
_HOW_FOLLOWED_UP_RE = re.compile(r"^(?:följs\s+upp|redovisas|rapporteras|utvärderas|granskas|bedöms)\b", re.I)


# the speaker following up by counting ('genom att räkna antalet ...', 'genom att mäta ...')
_COUNTING_RE = re.compile(r"\bgenom\s+att\s+(?:räkna|mäta)\s", re.I)


_ADDS_GOAL_RE = re.compile(r"\b(?:också|även|dessutom)\b", re.I)


def _states_goals_past_opening(paragraph: str) -> bool:
    """The paragraph states goal sentences of its own ('Vårt mål är att …', 'Vi vill också att
    …', `goal_sentences`) past its first sentence: those are its goals, read as goal sentences
    are -- the opening sentence is their motivation ('Att kunna svenska öppnar vägen …') or one
    goal of several, not the one goal of a field."""
    stated = goal_sentences(paragraph)
    if not stated:
        return False
    if squash(stated[0]) != squash(sentences(paragraph)[0]):
        return True
    # (a paragraph opening with its goal keeps it as the field's goal; a wish after it is one
    # more goal only when it says so by an additive adverb, 'Vi vill också att …')
    return any(_ADDS_GOAL_RE.search(s) for s in stated[1:])


def _own_tail(sentence: str) -> bool:
    """The sentence closes with a parenthesis saying who does it and / or when ('...
    (kommunstyrelsen, 2026).', '... (från 2026).'), as the items of an action list do."""
    inner = closing_parenthesis(sentence)
    if inner is None:
        return False
    when = opens_with_times(inner.strip())
    return trailing_actors(sentence) is not None or (when is not None and when.end() == len(inner.strip()))


def _sentence_opens_with_capital(sentence: str) -> bool:
    return sentence.lstrip()[:1].isupper()


class ParagraphReader:
    """`Builder.on_para` and what only it calls."""

    def _in_introduction(self) -> bool:
        """Under the programme's introduction ('1 Inledning', 'Förord'): what the municipality
        wishes there ('Kommunen vill att nya invånare ...') is the intent of the whole
        programme, which its chapters break down into goals; no goal of the corpus or blind
        gold stands in an introduction."""
        # (or a section signed by its writer, 'Stadsdirektör Helena Åkerlund': a greeting
        # under whatever heading, `signed_forewords`)
        # (or a chapter describing the present situation, `_PRESENT_STATE_RE`)
        return any(_INTRODUCTION_RE.match(strip_heading_number(h.text)) or h.signed
                   or _PRESENT_STATE_RE.match(strip_heading_number(h.text)) for h in self.stack)

    def _closing_follow_up(self) -> bool:
        """After the meters of a follow-up chapter ('5 Uppföljning' over its list of meters),
        in a programme that stated its goals before: what the municipality wishes there
        ('Vi vill att Exby ska vara en kommun där alla trivs.') closes the programme as its
        vision, no goal of the follow-up."""
        # (the chapter's heading, or an area's heading under it: 'Arbete' > its meters)
        return (any(h.kind == "indicator" for h in self.stack) and bool(self.b.goals)
                and len(self.b.indicators) > self._indicators_at_heading)

    def on_para(self, el: Element, nxt: Element | None = None) -> None:
        text = el.text
        label, self._goal_label_line = self._goal_label_line, None
        if nxt is not None and nxt.kind == "para" and squash(text) in self.goal_label_lines:
            # 'Sektorns mål' alone over the paragraph of the goal: the label of the field
            # the next paragraph fills (`reader_shared.bare_goal_label`)
            self._goal_label_line = squash(text)
            return
        if not label and self.stack and self.stack[-1].kind == "goal" and self.stack[-1].text.rstrip().endswith("?") \
                and bare_goal_label(self.stack[-1].text) and not any(g.section == self.section() for g in self.b.goals) \
                and not _states_goals_past_opening(text):
            # ... and so under the question printed as a heading ('Vad vill vi uppnå?' set as a
            # sub-heading): the paragraph answering it is the goal field, its first sentence the
            # goal and the sentences after it what the goal is about. (A noun heading,
            # 'Programmets mål', heads a chapter stating its goals in any form: blind111.)
            label = squash(self.stack[-1].text)
        if label:
            text = with_goal_label(label, _from_goal_by_noun(text))
        if self.read_milestone(text, el.page):
            return  # '◆ Milstolpe 2026: …' after a track's steps: a meter (`milestone_items`)
        if self.stack and (area := theme_line(text)) is not None:
            # 'TEMA B: ARBETE OCH FÖRETAGANDE' among an action plan's cards (its group row
            # printed as a line, no heading over it): the theme of the goals after it in the
            # section, as a theme line right under a heading is (`theme_lines`)
            self.stack[-1].theme = area
            return
        was_mode = self.list_mode
        # a label line introduces the bulleted list right under it; over numbered items
        # ('Åtgärder' / '1. Åtgärdshelhet för ...' / '1.1 ...') it is a title of the groups
        labels_list = nxt is not None and nxt.kind == "bullet" and bool(BULLET_RE.match(nxt.text))
        # 'Vi har kommit överens om att …': what was agreed, the actions (`agreement_intros`)
        # ... unless the intro names its list as something else, the agreement only saying how
        # it was reached ('Programmet vilar på några principer som arbetsgruppen enades om:':
        # the principles, `intro_kind`'s background)
        self.agreement_list = labels_list and agreement_intro(text) and intro_kind(text) != "background"
        self.list_mode = ("measure" if self.agreement_list else None) or intro_kind(text) \
            or ("background" if labels_list and denies_list_below(text) else None) \
            or (_label_line_kind(text, nxt.text) if labels_list else None) \
            or (start_stop_kind(text) if labels_list else None) \
            or (_unfinished_follow_up(text) if labels_list else None) \
            or (_unfinished_background(text) if labels_list else None) \
            or (_unfinished_doing(text) if labels_list else None) \
            or (pointing_intro_kind(text) if labels_list else None) \
            or ("indicator" if labels_list and expectation_line(text) else None) \
            or ("indicator" if introduces_answered_questions(text) else None)
        if self.list_mode == "goal" and labels_list and len(words(text)) <= 3 \
                and header_roles(squash(text).rstrip(":")) == ["goal"]:
            # ('Vi vill att alla nya invånare snabbt får veta …' / 'Mål' / '1. Varje ny invånare
            # …': the wish in the section's text before its goals listed under their label leads
            # up to them, as before a labelled goal, `_drop_prose_goals_of`)
            self._drop_prose_goals_of(self._statement_section(), wishes_only=True)
        if self.list_mode == "goal" and labels_list and self._have_measures(self.last_goal_list):
            # 'Målsättning 2:' over its list after 'Målsättning 1:', its list and its actions
            # ('Åtgärder:' / list): the goals listed before got their actions, and the new
            # list's goals head what follows alone, as a goal stated after a goal's actions
            # does (`_state_goal`); not every goal listed so far
            self.last_goal_list = []
        if text.rstrip().endswith(":") and names_parts_of_action(text):
            # 'Delåtgärder:' under an action: its list holds the steps of that action
            self.list_mode = "parts"
        self.list_intro = text.rstrip().endswith(":") or self.list_mode is not None
        self._intro_text = text
        self._broken_down_parent = None
        if self.list_intro and (area := broken_down_area(text)) \
                and (higher := area_goal_in_tables(self._quoted_tables, area)):
            # the higher plan's goal of the area the goals below break down (`broken_down_goals`)
            self._broken_down_parent = self.add_goal(higher, el.page, theme=area)
        # 'Målgruppen inom parentes.': the list's closing brackets name the target group
        self._target_group_brackets = names_target_group_brackets(text)
        # 'Siffran inom parentes anger åtgärden.': the list's closing numbers are actions'
        self._action_number_brackets = names_action_number_brackets(text)
        # '… anges med åtgärden inom parentes': the list's closing brackets name actions in words
        self._action_name_brackets = names_action_brackets(text)
        # '(målets område inom parentes)': the list's closing brackets name the goal's area
        self._area_brackets = bool(_AREA_BRACKETS_RE.search(text or ""))
        self.list_continues = False
        if self.list_mode is None and labels_list and goal_stem_over_items(text, nxt.text):
            # 'Vi vill att' / '• barnfamiljer hittar ...': the items finish the goal sentence,
            # each a goal (`goal_stem_over_items`)
            self.list_mode, self.list_continues, self.list_intro = "goal", True, True
        self._follow_up_goal = self._goal_label_in_follow_up(text, was_mode)
        if self._follow_up_goal:
            self.list_mode = "indicator"
        if self.list_mode == "measure" and (named := self._goal_of_measure_heading(text.rstrip().rstrip(":"))):
            # 'Utvecklingsområden för mål 3:' over a list: its items serve goal 3, not every
            # goal stated in the section (as a heading 'Åtgärder för mål 3' says it)
            self.last_goal_list = [named]
        self._serve_overarching_goal(text)
        if leads_in_actions_of_no_goal(text) and self.stack and self.stack[-1].goal_id is None:
            # 'Följande åtgärder … är inte knutna till ett enskilt mål.' (a chapter of common
            # actions after the goals' chapters): what the chapter lists serves no goal, not
            # the goal read last, as a goal cell's dash says of its row
            self.stack[-1].no_goal = True
            self.last_goal_list = []
        if self._area_follow_up(text, el.page):
            return
        if (signed := labelled_signs(text)) is not None:
            # 'Vi ser förändringen när X.' after a goal: X follows up that goal (`change_signs`)
            # ... and 'Första tiden. Vi vet att vi har lyckats när X. Vi vet också att …' in a
            # follow-up chapter: each sign of the goal of the area the run-in label names
            label, signs = signed
            goal = self.goal_lookup.goal_of_area_name(label) if label else None
            if goal is None and self.b.goals and self.b.goals[-1].section == self.section():
                goal = self.b.goals[-1].id
            if goal is not None:
                for sign in signs:
                    self.add_indicator(sign, el.page, None, [goal])
                return
        if self._placed_by_note(text):
            return
        num = numbering(text)
        area = area_goal(text) if self.goal_mode() else None
        if area:
            # 'Mål 2 – Arbete: Fler vuxna ...': the goal is the sentence, the area its theme;
            # the number is how decision paragraphs and tables refer to it ('(mål 2)')
            gid = self.add_goal(area.text, el.page, parent=self.heading_goal(), theme=area.area)
            self.numbered_goals.setdefault(area.number, gid)
            self.last_goal_list.append(gid)
            return
        if (self.goal_mode() and len(sentences(text)) == 1 and len(words(text)) <= 60
                # (a goal tree's chapter states its goals by their level's label, read above:
                # a plain sentence there explains the tree, `prose.names_goal_tree`)
                and not names_goal_tree(self.stack[-1].text)
                and not text.rstrip().endswith(":") and not _ABOUT_GOALS_RE.match(text)
                # (nor the unfinished intro of a list read as background, 'Lagen förutsätter
                # bland annat att kommunen' / '• ordnar ...': its ':' left out, as above)
                and not (labels_list and self.list_mode == "background")
                and not _DOCUMENT_CONTENTS_RE.match(text) and not counts_goals(text)
                and not _VISION_RE.match(text) and not says_what_was_done(text)
                # a labelled goal field ('Strategiskt mål: ...' after the table of the goal
                # above) is read as a field below: the goal without its label, stated for
                # the actions after it
                and not goal_field(text)):
            # under 'Programmets mål' each one-sentence paragraph is a goal; not the intro
            # of a goal list ('... fem mål för integrationsarbetet:') nor a sentence about
            # the goals ('Målen stöder stadsstrategins vision ...'), nor the council's
            # decision reported after its list of goals ('Stadsstyrelsen ålades att ...')
            gid = self.add_goal(goal_after_colon(text) or text, el.page, parent=self.heading_goal())
            self.last_goal_list.append(gid)
            return
        if measured_target(text, nxt.text if nxt is not None and nxt.kind == "para" else None, self.own_start):
            # 'År 2028 har ... ett arbete.' over 'Så här mäter vi: ...': the target state the
            # field under it measures is a goal, heading the actions after it
            gid = self.add_goal(squash(text).rstrip(".").strip(), el.page, parent=self.heading_goal())
            self._state_goal(gid)
            self.last_goal_list = [gid]
            return
        self._field_goal = None
        if says_paragraphs_open_with_goal(text) and self.section():
            self._lead_goal_scope = self.section()
        self._of_action_above = self.list_mode == "parts"
        fields_above, self._fields_given_to = self._fields_given_to, None
        if el is self._taken_fields:
            if fields_above is not None:
                # ('<action>.' / 'Ansvarig: X' / 'Samarbete: Y' / 'Tidtabell: T': the field lines
                # under the doer's line go on with the same action's fields, `_fields_of_action_above`)
                self._fields_given_to = fields_above
                self._of_action_above = True
            return  # the fields line of the action paragraph above, read with it
        if self._action_over_tag_line(el, text, nxt):
            return
        if (boxes := target_boxes(text)) is not None and all(
                gids := [self.goal_lookup.goal_by_number(g) or self.goal_lookup.goal_named_by_field(g)
                         for _, g in boxes]):
            # '58 % | sysselsättningsgrad … | Målvärde 2028: 65 % → Jobbet': a dashboard box
            # with a target pointing to a goal is that goal's meter (`target_boxes`)
            for (label, _), gid in zip(boxes, gids):
                self.add_indicator(label, el.page, None, [gid])
            return
        if self._fields_of_action_above(text, fields_above, el.page):
            self._of_action_above = True
            return
        if self._lead_goal_paragraph(el, text, nxt):
            return
        if self._owned_measures() and (self._assign_owner(text) or self._fields_of_listed_actions(text)):
            return
        owner = goal_owner_field(text)
        if owner and (gid := self.heading_goal() or (self.current_goals() or [None])[-1]):
            # 'Ansvarig för målet: X' under a goal: the responsible of the goal's actions
            # (`goal_owner`), given them when all is read (`Builder._goal_owners`)
            self.goal_owners[gid] = owner
            return
        if names_baseline_brackets(text):
            # 'Utgångsvärdet anges inom parentes.': the figures' closing brackets in this
            # section are their baselines (`goal_key_figures`)
            self._baseline_brackets = True
        if self._indicator_field(text, el.page, fields_above) or self._follow_up_of_numbered_goal(text, el.page) \
                or self._goal_key_figures(text, el.page):
            return
        level = numbered_level(text)
        if level:
            # 'Strategi 1: ...': a goal once the goals numbered under it show it is a level
            # above them ('Mål 1.1 ...'); no goal while nothing is numbered under it
            self._numbered_levels[level[0]] = [level[1], el.page, self.theme(), None]
        field_goal = goal_field(text) or self._goal_in_measure_field(text) or later_aim_goal(text)
        if field_goal and (head := self.heading_goal()) and higher_goal_label(text):
            # 'Övergripande mål: X.' in the card of the goal heading above: the goal X serves
            # is its parent, no goal under it (`parent_goal_fields`)
            hang_under_higher_goal(self, head, field_goal[0], el.page)
            return
        named = self.goal_lookup.goal_named_by_field(field_goal[0]) if field_goal else None
        if named:
            # 'Mål: Jobb.' / 'Mål: <a goal stated above>. Tema: ...' under an action: the
            # field refers to the goal the action serves, it states no new one
            self._state_goal(named)
            # (a report listing its goals under the title, then a chapter per goal opening
            # with it again, 'Mål 1: ...': the chapter names the goal's theme)
            self._theme_from_section(named)
            return
        named = self._goal_in_group_card(text)
        if named:
            # 'Åtgärd: Mål 2. Barn och unga': an action plan's group row printed as a card of
            # its own -- the cards after it are the actions of that chapter's goal
            self._state_goal(named)
            return
        next_is_card = nxt is not None and (nxt.kind == "table" or (
            nxt.kind == "para" and bool(fs_next := fields(nxt.text)) and fs_next[0][0] == "measure"))
        group_goal = capital_area_group_goal(text, next_is_card)
        if group_goal:
            # 'SPRÅK: <goal>' between an action table's cards, or as a card of its own
            # ('Åtgärd: BARN OCH UNGA: <goal>'): the table's group row, the goal of the cards
            # after it, its area the goal's theme (`goal_group_rows.capital_area_group_goal`)
            gid = self.add_goal(group_goal[0], el.page, parent=self.heading_goal(), theme=group_goal[1])
            self._state_goal(gid)
            return
        if field_goal:
            # 'Mål: Invånarna får ...' -- a goal given as a labelled field of the section
            sub_of = None if self.heading_goal() else (self._sub_goal_field_parent(text)
                                                       or self._numbered_parent(field_goal[1]))
            gid = self.add_goal(field_goal[0], el.page, parent=self.heading_goal() or sub_of)
            self._state_goal(gid, instead_of_parent=sub_of is not None)
            self._on_goal_field(gid, field_goal[1])
            return
        if self.in_measure_scope() and not self.goal_mode():
            grp = self.group_number()
            if grp and not self.group_had_items and len(words(text)) >= 20 \
                    and not self._states_own_goal(text):
                self.add_measure(text, el.page, self.last_goal_list, number=num or grp)
                self.group_had_items = True
                return
        action = carried_out(text)
        if action:
            # 'Språkcafé för föräldrar. ... Genomförs av X tillsammans med Y från hösten 2025.'
            name, resp, partners, when = action
            sched, start, end = parse_schedule(when)
            self.add_measure(name, el.page, self.current_goals(), responsible=resp, partners=partners,
                             schedule=sched, start_year=start, end_year=end)
            return
        labelled = labelled_action(text)
        if labelled:
            # 'Åtgärd 4.1. En arbetsgivarträff ordnas ... X ansvarar för åtgärden ...': one
            # numbered action, described in a paragraph of its own
            num, name, resp, partners, when = labelled
            sched, start, end = parse_schedule(when)
            goals = self.current_goals()
            mid = self.add_measure(name, el.page, goals, number=num, responsible=resp,
                                   partners=partners, schedule=sched, start_year=start, end_year=end)
            if (meter := meter_of_labelled_action(text)) is not None:
                # '… Tidpunkt: T. Mätare: M.': the action's own meter (`lead_phrase`)
                self.add_indicator(meter, el.page, mid, goals)
            if resp and closes_with_fields(text):
                # ('… Ansvarig: X.' / 'Samarbete: Y. Tidsplan: T.' on the line under it: the
                # fields go on, as a field line under the action's own field line does)
                self._fields_given_to = mid
            return
        if self._action_then_owner_field(text, el.page, nxt):
            return
        if self._statement_section() in self._field_sections:
            # the section gave its goal as a field: its prose is the background, but for a
            # sentence naming what that goal is followed up by ('Som mätare används ...'), and
            # for a named doer's promise to act ('X ska ordna ...': `field_goal_actions`)
            for s in sentences(text):
                # ('För att nå målet ska staden a) ..., b) ... och c) ...': the goal's actions
                # listed inline, read as after a goal stated in prose)
                if not self._followed_up(s, el.page) and not self._enumerated_actions(s, el.page):
                    for clause in promised_clauses(s):
                        self._note_prose_action(clause, el.page)
                    for clause in received_clauses(s):
                        self._note_received(clause, el.page)
            return
        explains_goal = self._heading_states_goal()
        # 'A1 | Invandrares kompetens ...': a goal's box of a strategy map exported as text (or
        # a paragraph coded so), read as nothing below, is kept by its code as a coded list
        # item is: the goal an action table's goal column names by that code ('Mål': 'A1')
        coded_box = CODED_ITEM_RE.match(squash(text))
        coded_box_goal = stated_goal(coded_box.group(2)) if coded_box else None
        read_before = (len(self.b.goals), len(self.b.measures), len(self.b.indicators))
        boxed = boxed_goals(text)
        if boxed and not explains_goal:
            # 'VI SKA | ”Vi ska ...”': a chapter's goal set apart in a quote box (`boxed_goals`)
            for goal in boxed:
                gid = self.add_goal(goal, el.page, parent=self.heading_goal())
                self._state_goal(gid)
                self._prose_goals.setdefault(self._statement_section(), []).append(gid)
                self.b.goal_from_prose.add(gid)
            return
        sents = sentences(text)
        if self.list_mode is None and _goal_then_unfinished(sents) and not explains_goal:
            # 'Målet är att ... . Därför' / '... Under programperioden' and a list whose items
            # finish that sentence ('• översätts kommunens webbsidor ...'): the goal's actions
            self.list_mode = "measure"
            self.list_continues = True
        required = self._requirements_before_actions(sents, nxt) if not explains_goal else set()
        opening: str | None = None  # the measure the paragraph's opening sentence stated
        # a paragraph naming its goals by the goal noun ('Målet är att …', '…, och därför är
        # målet att …'): those are its goals, a wish leading up to them ('Staden vill att …
        # . Målet är att …') their motivation (`prose.goal_sentences`)
        # (each sentence a goal sentence or not, once: an aim added right after a goal,
        # 'Dessutom strävar staden efter att …', is one too, `prose.is_goal_sentence`)
        said_goal: list[bool] = []
        # (the actions noted before this paragraph: 'Ansvaret ligger hos X.' speaks of its own, `_paragraph_owner`)
        noted_before = {id(p) for p in self.pending_actions}
        for k, s in enumerate(sents):
            # ('Ramsö strävar efter att …': the municipality by its own name, `as_own_municipality`)
            said_goal.append(not explains_goal and is_goal_sentence(as_own_municipality(s, self.own_name),
                                                                    opens_paragraph=k == 0,
                                                                    after_goal=k > 0 and said_goal[-1]))
        noun_at = [k for k, s in enumerate(sents) if not explains_goal and (
            (said_goal[k] and not states_in_own_voice(s))
            or coordinated_goal_clause(s) is not None)]
        # ('Vi strävar efter att … . Dessutom är målet att …': the noun goal adds to the wish,
        # a goal too, `prose.adds_to_goal_before`)
        by_noun = bool(noun_at) and not adds_to_goal_before(sents[noun_at[0]])
        # (asked once a paragraph: the last sentence naming a principle, and whether the
        # paragraph opens on the principles the programme rests on)
        last_principle = max((j for j, x in enumerate(sents) if _NAMES_PRINCIPLE_RE.match(x)), default=-1)
        rests_on_principles = bool(sents) and _RESTS_ON_PRINCIPLES_RE.match(sents[0]) is not None
        # ... or, in a chapter titled by the principles alone ('2 Utgångspunkter', 'Våra
        # värderingar', 'Lähtökohdat'), comes after a sentence stating a principle or starting
        # point ('Vi utgår från att …', `_VISION_RE`): the wish goes on with those principles
        principles_chapter = bool(self.stack) and _PRINCIPLES_TITLE_RE.match(
            squash(strip_heading_number(self.stack[-1].text))) is not None
        therefore_before = False  # the sentence before stated the goal's actions by a connective
        last_stated: str | None = None  # the goal this paragraph's sentence stated last
        for k, s in enumerate(sents):
            if self._followed_up(s, el.page):
                continue
            if k < last_principle or (said_goal[k] and disowned_in_sentence(s)) or (
                    k + 1 < len(sents) and (_OWN_WORK_SCOPE_RE.match(sents[k + 1])
                                            or disowns_sentence_before(sents[k + 1]))) or (
                    k > 0 and rests_on_principles and states_wish(s)) or (
                    principles_chapter and k > 0 and states_wish(s)
                    and any(_VISION_RE.match(x) or _RESTS_ON_PRINCIPLES_RE.match(x)
                            or _RESTS_ON_RE.match(x) for x in sents[:k])):
                # 'Kommunen strävar efter att alla ... Principen gäller all verksamhet och
                # beskrivs därför inte som en egen åtgärd.': the paragraph names what it
                # stated a principle of all the work -- no goal or action of the plan (so
                # does 'Det gäller både kommunens egen personal …' right after it, and a wish
                # in a paragraph opened by the principles the programme rests on; and a task
                # the next sentence sets apart, 'De beskrivs inte närmare här, eftersom de
                # bereds som separata dokument.', `denied_actions.disowns_sentence_before`)
                continue
            # ('Dessutom ska Y …' adds a step to the one the sentence before it tied to the
            # goal, 'För att nå målet ska X …': only right after it, in the same paragraph)
            if not adds_step(s) or therefore_before:
                n_tied = len(self.tied_steps)
                if self._therefore_actions(s, el.page):
                    therefore_before = True
                    continue
                therefore_before = len(self.tied_steps) > n_tied
            else:
                therefore_before = False
            if not explains_goal and self._goal_named_as(s, el.page):
                continue
            if not explains_goal and (announced := goal_after_colon(s)):
                # 'Huvudmålet för planperioden är: X.': the goal X (`colon_goal`)
                gid = self.add_goal(announced, el.page, parent=self.heading_goal())
                self._state_goal(gid)
                if self.in_measure_scope():
                    # a group of an action chapter quoting its goal: its doer sentences may
                    # be the goal's actions (`_note_scope_action`)
                    self._quoted_goal_sections.add(self._statement_section())
                self._prose_goals.setdefault(self._statement_section(), []).append(gid)
                self.b.goal_from_prose.add(gid)
                continue
            if by_noun and k < noun_at[0] and k not in required and states_in_own_voice(s) \
                    and said_goal[k]:
                continue  # the wish leading up to the goals the paragraph names by the noun
            clause = coordinated_goal_clause(s) if by_noun and not explains_goal else None
            if k in required or clause is not None \
                    or (said_goal[k] and not explains_goal
                        and not ((states_wish(s) or _PURPOSE_RE.match(s) or states_success(s))
                                 and (self._in_introduction() or self._closing_follow_up()))):
                numbered = numbered_goal_clause(s)
                # ('…, och därför är målet att X.': the goal X the main clause after the comma
                # states, `prose.coordinated_goal_clause`)
                stated = (numbered[1] if numbered else s if k in required or said_goal[k]
                          else clause)
                # ('Målet är att X. Under perioden vill vi särskilt att Y.': Y singled out of
                # the goal X stated right before it, a sub-goal of X, `prose.singles_out`)
                singled = k > 0 and said_goal[k - 1] and last_stated is not None and singles_out(s)
                if by_noun and k == noun_at[0]:
                    # ('Vi vill att familjerna ska kunna delta …' / 'Målet är att barn och
                    # familjer …': the wish a paragraph of the section said before the one naming
                    # the section's goal by the noun led up to it, as within one paragraph,
                    # `prose.goal_sentences`)
                    self._drop_prose_goals_of(self._statement_section(), wishes_only=True)
                gid = self.add_goal(stated, el.page, parent=last_stated if singled else self.heading_goal())
                last_stated = gid
                if numbered:
                    # 'Målsättning 4 är att ...': the number labels the goal, as a goal
                    # heading's does; tables and lists may refer to it by that number
                    self.numbered_goals.setdefault(numbered[0], gid)
                if not singled:
                    # (a part singled out of the goal before it heads nothing of its own: what
                    # follows serves the paragraph's goal, of which it is part)
                    self._state_goal(gid)
                self._prose_goals.setdefault(self._statement_section(), []).append(gid)
                self.b.goal_from_prose.add(gid)
            elif not self._enumerated_actions(s, el.page):
                if (k == 0 or self._asks_for_actions()) and self._opening_action(s, el.page):
                    opening = self.b.measures[-1].id
                    continue
                if k > 0 and (opening is not None or labelled_owner_tail(s)) and _own_tail(s) \
                        and self._opening_action(s, el.page):
                    # a later sentence closing with a who/when parenthesis of its own
                    # ('... Kommunen betalar avgiften (från 2026).'): how this plan marks its
                    # actions, so an action of its own, not one telling how the first is done
                    # (... and a labelled one, '(ansvar: X, 2026)', marks its sentence so after
                    # a paragraph's opening sentence that was none, 'Ett delmål gäller …')
                    continue
                if k == 1 and opening is not None and self._owner_said_after(s, opening):
                    continue
                if k > 0 and self._paragraph_owner(s, opening, noted_before):
                    continue
                self._note_prose_action(s, el.page)
        if coded_box_goal and read_before == (len(self.b.goals), len(self.b.measures), len(self.b.indicators)):
            self.coded_items.setdefault(coded_box.group(1), (coded_box_goal, el.page, self.theme()))

    def _goal_label_in_follow_up(self, text: str, was_mode: str | None) -> str | None:
        """The goal a label line 'Mål 1:' names in a follow-up ('Uppföljning' / 'Målen 1 och
        2 följs upp med följande mätare.' / 'Mål 1:' / '• Antal ...'): a goal's label and
        number alone, closed by a colon, under a heading announcing indicators or right after
        the list of another such label. It sorts the follow-up by goal: the list under it is
        that goal's indicators, no goals of their own, as under a heading naming the goal
        (`_follow_up_by_goal`). None for other text, or a number naming no goal stated."""
        label = squash(text)
        if not label.endswith(":") or not (
                (self.stack and self.stack[-1].kind == "indicator") or (was_mode == "indicator" and self._follow_up_goal)):
            return None
        m = _GOAL_BY_LABEL_RE.match(label[:-1].strip())
        if not m or not m.group("num") or m.group("what"):
            # ... or the goal's theme alone ('Arbete och kompetens:' / '• arbetslöshetsgraden
            # …'): a follow-up listing its meters per area names each goal by the area its
            # chapter gave it, as a follow-up heading so named does -- read only where the
            # name, a few words without a sentence's stop, is the theme of one goal
            name = label[:-1].strip()
            if not name or len(words(name)) > _THEME_LABEL_WORDS or _NOT_THEME_LABEL_RE.search(name) \
                    or not name[0].isupper():
                return None
            return self.goal_lookup.goal_by_theme(name)
        named = self._goal_named_by_label(label[:-1].strip())
        return named[0] if named else None

    def _action_over_tag_line(self, el: Element, text: str, nxt: Element | None) -> bool:
        """A paragraph of a title sentence and its description over a tag line of fields
        ('Mål: Första tiden · Ansvar: X · Partner: Y · År: 2025 · Följs upp: antal …',
        `tag_lines`): the title is one action, of the goal the tag line names (by number,
        words, heading or short name), its doers and time the fields', its meter the
        'Följs upp' field. True when it was one."""
        if nxt is None or nxt.kind != "para" or el.kind != "para":
            return False
        tag = tag_line(nxt.text)
        title = action_title(text) if tag else None
        if title is None:
            return False
        fs, meters = tag
        resp, partners, when = _field_actors(fs)
        value = next((v for role, _, v in fs if role == "goal"), None)
        goal = (self.goal_lookup.goal_by_number(value.strip().rstrip("."))
                or self.goal_lookup.goal_named_by_field(value)) if value else None
        goals = [goal] if goal else self.current_goals()
        sched, start, end = parse_schedule(when)
        mid = self.add_measure(title, el.page, goals, responsible=resp, partners=partners,
                               schedule=sched, start_year=start, end_year=end)
        self.list_measures.append(mid)
        for meter in meters:
            self.add_indicator(meter, el.page, mid, goals)
        self._taken_fields = nxt  # read here, not again as a paragraph of its own
        return True

    def _action_then_owner_field(self, text: str, page: int, nxt: Element | None = None) -> bool:
        """A paragraph of one sentence stating an action ('Kommunen ordnar i samarbete med X
        en kurs ...', `prose_action`) and a closing field saying who answers for it
        ('Ansvar: bildningschefen.', in the same paragraph or on a line of its own right
        after it): one measure of the goal stated above, its responsible from the field, its
        partners from the sentence. The field names the doer, so the sentence's generic
        subject ('Kommunen') is not recorded. True when it was one."""
        sents = sentences(text)
        if not self.current_goals():
            return False
        if len(sents) >= 2:
            after, taken = sents[1:], None
        elif len(sents) == 1 and nxt is not None and nxt.kind == "para":
            after, taken = [nxt.text], nxt
        else:
            return False
        said = _owner_sentences(after)
        described = False
        if said is None and taken is None:
            # '<action>. <a sentence telling how>. Ansvar: X. Tidtabell: T.': the labelled
            # fields closing the paragraph are its opening sentence's, the description
            # between them no action of its own (`_described_then_fields`); the fields may
            # stand on a line of their own under it (a page or a column broke the paragraph)
            said = _described_then_fields(sents)
            # (... only in a programme whose actions were read so already: a paragraph of text
            # over a contact line, 'Ansvarsperson: X, tfn …', is no action broken off its fields)
            below = sentences(nxt.text) if said is None and nxt is not None and nxt.kind == "para" \
                and self._described_sections and not any(fields(s) for s in sents) else []
            if below and all(fields(s) for s in below):
                said = _described_then_fields(sents + below)
                taken = nxt if said is not None else None
                after = below
            elif said is not None:
                after = [s for s in after if fields(s)]
            described = said is not None
        if said is None or (taken is not None and not said[3]):
            return False  # a paragraph of its own after the action says who only as a field
        resp, partners, when, as_field = said
        action = prose_action(sents[0])
        if action is None and as_field and (taken is None or self.in_measure_scope()
                                            or opens_with_numbered_label(sents[0])
                                            # (a section whose actions are read so already,
                                            # one paragraph each: this one broken off its fields)
                                            or described
                                            # (... or a programme that already printed an action
                                            # as one sentence over its own doer's line: its
                                            # other sentences so printed are its actions too,
                                            # whatever their verb)
                                            or (taken is not None and self._owner_line_actions)) \
                and _sentence_opens_with_capital(sents[0]):
            # 'Barnpassning under kurskvällarna. Ansvar: X.': the field closing the paragraph
            # says its sentence is something X answers for, an action even when it names no
            # verb (a field on a line of its own may close a card whose text came before --
            # but not under a heading naming the actions, 'Så här når vi dit' / 'Åtgärder':
            # there each paragraph over its own 'Ansvar:' line is one of them)
            # (... and a paragraph numbered as one of a series, 'Förslag 3: …': the field line
            # under it is its own, `numbered_item_label`)
            action = ProseAction(sents[0].strip().rstrip(".").strip(), [], [], None, None, None)
        if action is None:
            return False
        sched, start, end = parse_schedule(when) if when else (action.schedule, action.start_year, action.end_year)
        # 'Mål: 3.' among the closing fields: the number of the goal listed before that the
        # action serves, as a table's 'Mål' column names it -- not every goal in scope
        closing = [f for s in after for f in fields(s) or []]  # (read once: the goal, the meters)
        named = [g for role, _, v in closing
                 if role == "goal" and (g := self.goal_lookup.goal_by_number(v.strip().rstrip(".")))]
        mid = self.add_measure(action.text, page, named[:1] or self.current_goals(), responsible=resp,
                               partners=partners or action.partners, schedule=sched,
                               start_year=start, end_year=end)
        self.list_measures.append(mid)
        if not as_field:
            # '<action>. Kvällarna ordnas av X.': the doer told in a sentence of running text,
            # no labelled field -- prose, no sign that the programme lists its measures
            # (`_settle_prose_actions` keeps the other action sentences of its text)
            self.therefore_measures.add(mid)
        # 'Ansvarig: X. År: 2026. Nyckeltal: antal ...': a follow-up field among the closing
        # fields is the action's own indicator, as a 'Nyckeltal' column beside an action's row is
        for role, _, value in closing:
            if role == "indicator" and value.strip().rstrip("."):
                self.add_indicator(value.strip().rstrip(".").strip(), page, mid, self.current_goals())
        if taken is not None:
            self._taken_fields = taken  # read here, not again as a paragraph of its own
            # (the lines under the doer's line, 'Samarbete: Y' / 'Tidtabell: T', are its fields too)
            self._fields_given_to = mid
            if len(sents) == 1 and said[3]:
                self._owner_line_actions = True
        if described:
            self._described_sections.add(self.section())
        if taken is None and described and closes_with_fields(text):
            # (a narrow column goes on with the fields on the line under it, 'Samarbete: Y.
            # Tidtabell: T.': `_fields_of_action_above`)
            self._fields_given_to = mid
        return True

    def _goal_numbered_paragraph(self, el: Element, nxt: Element | None) -> bool:
        """'a (1); b (1); c (2)' as a paragraph of its own (a unit's row of actions printed as
        text, `goal_numbered_segments`): one action per part, of the goal its number names;
        a unit's field line right under it ('Enhet: X. Tidsram: 2025–2028.', `unit_columns`)
        names who answers for them all and when. True when it was one."""
        segs = goal_numbered_segments(el.text, lambda n: self.numbered_goals.get(n)
                                      or self.goal_lookup.goal_labelled(n))
        if not segs:
            return False
        resp: list[str] = []
        partners: list[str] = []
        when: tuple = (None, None, None)
        unit = unit_field(nxt.text) if nxt is not None and nxt.kind == "para" else None
        if unit:
            resp, partners = split_actors(unit[0])
            # (the card's other fields, 'Kontaktperson: …', are passed over: each its own sentence)
            sched = next((v for piece in sentences(unit[1])
                          for role, _, v in fields(piece) or [] if role == "schedule"), None)
            when = parse_schedule(sched.rstrip(".")) if sched else when
            self._taken_fields = nxt
        self.list_measures = []
        for text, gid in segs:
            mid = self.add_measure(text, el.page, [gid], responsible=list(resp), partners=list(partners),
                                   schedule=when[0], start_year=when[1], end_year=when[2])
            self.list_measures.append(mid)
        return True

    def _fields_of_listed_actions(self, text: str) -> bool:
        """'Samarbetspartner: A, B och C' / 'Tidsplan: hela perioden' -- a paragraph of who or
        when fields alone right after a list of actions (`_owned_measures`; the list's items
        naming their own doer in brackets or none): given once for every action of the list,
        as a programme that lists its actions per area gives the area's partners and time
        once ('gäller alla åtgärder under det, om inte annat anges vid åtgärden'). Each action
        keeps what it names itself (its own time in its bracket, its own partners); the field
        fills what it lacks. True when it was such a paragraph."""
        fs = fields(text)
        if not fs or not all(role in ("responsible", "actors", "partners", "schedule") for role, _, _ in fs):
            return False
        if responsibility_sentences(text):
            # 'Ansvar: Föräldrakvällen ansvarar rektorerna för. Språkväskorna sköts av X.': the
            # label opens sentences handing the actions out one by one (`responsibility_prose`),
            # no doer of them all
            return False
        ids = self._owned_measures()
        if len(ids) < 2 or any(mid in self.b.measure_from_table for mid in ids):
            # (one action: the field line of that action, read as before; a table's rows
            # carry their own cells)
            return False
        resp, partners, when = _field_actors(fs)
        if not (resp or partners or when):
            return False
        sched = parse_schedule(squash(when).rstrip(".")) if when else None
        for mid in ids:
            meas = self._measure(mid)
            if resp and not meas.responsible:
                meas.responsible = list(resp)
            if partners and not meas.partners:
                meas.partners = list(partners)
            if sched and meas.schedule is None:
                meas.schedule, meas.start_year, meas.end_year = sched
        return True

    def _fields_of_action_above(self, text: str, fields_above: str | None = None, page: int = 0) -> bool:
        """A paragraph made only of who/when fields ('Ansvar: X i samarbete med Y. Tidtabell:
        2025.') right under a paragraph that stated one action naming no doer and no time
        ('Åtgärd 1.1: Vi inför ...'): that action's responsible, partners and schedule, as a
        field closing the action's own paragraph would be. A follow-up field closing the
        same line ('... Tidtabell: 2027. Uppföljning: antal besökare per år.') is that
        action's meter, as the follow-up cell of its table row would be. True when it was
        one."""
        mid = self._para_measure
        fs = fields(text) if mid is not None else None
        if not fs or not all(role in ("responsible", "actors", "partners", "schedule", "indicator")
                             for role, _, _ in fs):
            return False
        meters = [squash(v).rstrip(".").strip() for role, _, v in fs if role == "indicator"]
        if any(role == "indicator" and len(label.split()) > 1 for role, label, _ in fs):
            return False  # 'Uppföljning av insatsen: …' names a scope of its own, no field of the action's
        fs = [f for f in fs if f[0] != "indicator"]
        if not fs or not all(meters):
            return False
        meas = self._measure(mid)
        resp, partners, when = _field_actors(fs)
        # the fields may go on over a line of their own ('Ansvar: X.' / 'Tidtabell: 2025.', a
        # narrow column wrapping before the second label): each line gives what the action
        # still lacks, and a line of the time alone follows one that named the doer
        if (resp and meas.responsible) or (when and meas.schedule) \
                or not (resp or (fields_above == mid and meas.responsible)):
            return False
        if resp:
            # ... and one the action names in its own text ('Samtalsgrupp för föräldrar i
            # samarbete med Ålands församlingar.' / 'Ansvar och tid: KST, hösten 2026.'), unless
            # the field names it as the doer ('Kvällskurs ... i samarbete med Medis' done by
            # 'Medborgarinstitutet Medis')
            in_text = [p for p in partners_in(meas.text) if not any(p in r or r in p for r in resp)]
            meas.responsible, meas.partners = resp, dedupe_actors(meas.partners + partners + in_text)
        elif partners:
            # ('Samarbete: Y. Tidsplan: T.' going on with the doer's field above: its partners)
            meas.partners = dedupe_actors(meas.partners + partners)
        self._fields_given_to = mid
        if when:
            meas.schedule, meas.start_year, meas.end_year = parse_schedule(when)
        for meter in meters:
            self.add_indicator(meter, page, mid, list(meas.goals or ([meas.goal] if meas.goal else [])))
        return True

    def _owner_said_after(self, sentence: str, mid: str) -> bool:
        """The sentence right after an opening action sentence says who carries it out and
        when ('Välkomstpaketet delas ut av kommunkansliet från och med 2025.', 'För träffen
        ansvarar X tillsammans med Y.', `lead_phrase.owner_said_after`): the action's
        responsible, partners and schedule, where it names no doer but the municipality as
        a whole ('Kommunen erbjuder ...': the sentence after says which part of it does)
        and no time. True when it was such a sentence."""
        found = owner_said_after(sentence)
        if found is None:
            return False
        resp, partners = split_actors(found[0])
        if not resp or not all(names_actor(n) or names_post(n) for n in resp + partners):
            return False
        meas = self._measure(mid)
        if meas.responsible and not all(_MUNICIPALITY_RE.match(n) for n in meas.responsible):
            return False
        meas.responsible, meas.partners = resp, dedupe_actors(meas.partners + partners)
        if found[1] and not meas.schedule:
            meas.schedule, meas.start_year, meas.end_year = parse_schedule(found[1])
        return True

    def _paragraph_owner(self, sentence: str, opening: str | None, noted_before: set[int]) -> bool:
        """'Ansvaret ligger hos X.' / 'Ansvaret för kartläggningen ligger hos X.' after action
        sentences of its paragraph (`shared_owner.paragraph_owner`): X answers for those of
        them that name no doer but the municipality as a whole ('Kommunen erbjuder …', 'Vi
        kartlägger …') -- the last of them when the sentence names one thing back by a
        definite noun. True when it gave a responsible."""
        found = paragraph_owner(sentence)
        if found is None:
            return False
        who, one = found
        if not all(names_actor(n) or names_post(n) for n in who):
            return False

        def generic(names: list[str]) -> bool:
            return all(_MUNICIPALITY_RE.match(n) or n.lower() == "vi" for n in names)

        targets: list = []
        if opening is not None and generic(self._measure(opening).responsible):
            targets.append(self._measure(opening))
        targets += [p for p in self.pending_actions
                    if id(p) not in noted_before and p.section == self.section() and generic(p.action.responsible)]
        if one:
            targets = targets[-1:]
        if not targets:
            return False
        for t in targets:
            if isinstance(t, PendingAction):
                t.action = replace(t.action, responsible=list(who))
                if t in self._ownerless_actions:
                    self._ownerless_actions.remove(t)
            else:
                t.responsible = list(who)
        return True

    def _requirements_before_actions(self, sents: list[str], nxt: Element | None) -> set[int]:
        """The sentences stating a requirement ('Kommunen ska se till att alla ...', 'Barn
        ... ska få det stöd de behöver', `prose.states_requirement`) of a paragraph right
        over its section's 'Åtgärder:' label, when neither it nor the section's text so far
        states a goal otherwise: the section says what is to hold, then what is done about
        it, so those sentences are what the actions are for. A requirement that is itself an
        action ('Kommunen ska ordna ...', `prose_action`) is none of them."""
        if nxt is None or nxt.kind != "para" or intro_kind(nxt.text) != "measure" or len(words(nxt.text)) > 3:
            return set()
        if self.stated_goals.get(self._statement_section()) or self.heading_goal() \
                or any(is_goal_sentence(s) for s in sents):
            return set()
        return {k for k, s in enumerate(sents) if states_requirement(s) and prose_action(s) is None}

    def _lead_goal_paragraph(self, el: Element, text: str, nxt: Element | None = None) -> bool:
        """A paragraph under a heading of the section that said its paragraphs open with the
        goal, the actions after it (`says_paragraphs_open_with_goal`): its first sentence
        is a goal, each sentence after it an action towards that goal. A paragraph of one
        sentence with its own fields ('... Ansvar: X. Tidtabell: 2025.', or those fields as
        the next paragraph) is one more action of the goal stated above; one sentence
        alone is text about the section. Fields closing a paragraph ('Ansvar för åtgärderna
        ovan: X. Tidtabell: Y.') give its actions who and when, over the subjects of their
        sentences. True when it was one."""
        scope = self._lead_goal_scope
        if scope is None or scope not in [h.section for h in self.stack[:-1]]:
            return False
        # (with the fields the paragraph's element carries, `records.item_fields`)
        page = el.page
        inline = item_fields(squash(text), el)
        body = inline[0] if inline else squash(text)
        below = fields(nxt.text) if nxt is not None and nxt.kind == "para" else None
        if not inline and below and all(role in ("responsible", "actors", "partners", "schedule")
                                        for role, _, _ in below):
            inline, taken = (body, below), nxt
        else:
            taken = None
        sents = [x for x in (sentences(body) or [body]) if x.strip()]
        if len(sents) >= 2:
            gid = self.add_goal(sents[0].strip().rstrip(".").strip(), page)
            self._state_goal(gid)
            actions = sents[1:]
        elif inline and self.current_goals():
            actions = sents
        else:
            return False
        fresp, fpartners, fwhen = _field_actors(inline[1]) if inline else ([], [], None)
        self._taken_fields = taken
        for sentence in actions:
            self._lead_paragraph_action(squash(sentence), page, fresp, fpartners, fwhen)
        return True

    def _lead_paragraph_action(self, sentence: str, page: int, fresp: list[str],
                               fpartners: list[str], fwhen: str | None) -> None:
        """One action sentence of a lead-goal paragraph: who and when from its own tail
        ('(kansliet, fortlöpande)', '– ansvar: X'), else from the paragraph's closing fields,
        else its subject ('AMS ordnar i samarbete med Y ...', 'Biblioteket fortsätter ...');
        partners also from 'i samarbete med' in the sentence."""
        text = sentence.rstrip(".").strip()
        tail = trailing_actors(text)
        printed = None
        if tail:
            resp, partners, when = tail
            cut = _without_tail(text)
            if cut != text:
                printed, text = text, cut
        elif fresp:
            resp, partners, when = fresp, fpartners, fwhen
        else:
            resp, partners = leading_actors(text) or (subject_actors(text), [])
            when = fwhen
        partners = list(dict.fromkeys(partners + partners_in(text)))
        sched, start, end = parse_schedule(when)
        self.add_measure(text, page, self.current_goals(), responsible=resp, partners=partners,
                         schedule=sched, start_year=start, end_year=end, printed=as_printed(printed))

    def _opening_action(self, sentence: str, page: int) -> bool:
        """A paragraph under a numbered group of a chapter that announces actions ('3. Så här
        gör vi' > '3.1 Välkomnande') opening with a sentence that states an action
        ('Kommunen erbjuder alla nyinflyttade ett välkomstpaket ...', `prose_action`): that
        sentence is one of the group's measures, as an item of a list there would be. Only
        the opening sentence: the sentences after it tell who does it and how, or describe.
        True when it was one."""
        if not self.in_measure_scope() or self.list_mode is not None or self.stack[-1].kind == "indicator" \
                or (self.stack[-1].kind == "measure" and not self._asks_for_actions()):
            # (nor under a heading of the follow-up, 'Hur vet vi att vi lyckas?': it says who
            # follows the work up, no action of it)
            return False
        if not sentence.lstrip()[:1].isupper():
            return False  # '– kartläggningen görs ...': a line going on with an item above
        if speaks_of_all_actions(sentence):
            # 'Åtgärderna genomförs huvudsakligen inom sektorernas budgetar.': the actions as
            # a whole are its subject -- how they are funded or carried out, no action
            return False
        action = prose_action(sentence)
        if action is None:
            # a sentence closing with a labelled who/when ('Vid planläggningen bedöms …
            # (ansvar: stadsplaneringen, fortlöpande).', 'All personal deltar i … (ansvar:
            # X, 2026).'): the label marks it as one of the plan's actions whatever its verb
            return labelled_owner_tail(sentence) and self._labelled_action(sentence, page)
        # who and when in a closing parenthesis ('... (kommunstyrelsen, 2026).') before the subject
        tail = trailing_actors(sentence)
        resp, partners, when = tail if tail else (action.responsible, action.partners, action.schedule)
        sched, start, end = parse_schedule(when) if tail else (action.schedule, action.start_year, action.end_year)
        text = _without_tail(action.text) if tail else action.text  # the tail read is cut, as a list item's
        mid = self.add_measure(text, page, self.current_goals(), responsible=resp,
                               partners=partners, schedule=sched, start_year=start, end_year=end,
                               printed=as_printed(action.text) if text != action.text else None)
        self.list_measures.append(mid)
        return True

    def _labelled_action(self, sentence: str, page: int) -> bool:
        """One measure of the sentence closing with a labelled who/when tail
        (`labelled_owner_tail`): the sentence before the tail is the action, the tail's
        responsible, partners and time its own. True when it was one."""
        tail = trailing_actors(sentence)
        text = _without_tail(squash(sentence)).rstrip(".").strip()
        if tail is None or not text:
            return False
        resp, partners, when = tail
        sched, start, end = parse_schedule(when)
        mid = self.add_measure(text, page, self.current_goals(), responsible=resp, partners=partners,
                               schedule=sched, start_year=start, end_year=end,
                               printed=as_printed(squash(sentence)))
        self.list_measures.append(mid)
        return True

    def _asks_for_actions(self) -> bool:
        """The heading right over this text asks for the actions ('Vad gör vi?', 'Vad gör
        kommunen konkret?'): a question of a programme in questions and answers, answered by
        the paragraph under it -- each of its sentences stating an action is one, as each item
        of a list answering it would be. (A noun heading, 'Åtgärder', may head a chapter's
        introduction and description as well.)"""
        return bool(self.stack) and self.stack[-1].kind == "measure" and self.stack[-1].text.rstrip().endswith("?")

    def _heading_states_goal(self) -> bool:
        """The heading over this text is a goal stated in full: one the tables name by its
        code ('... (M3)'), or a goal heading whose goal is a clause ('Mål 1: Fler invandrare
        är sysselsatta'). The text under it explains that goal: a 'Vi vill att ...' there
        restates it or says what it takes, and is no goal of its own. A goal heading that
        is a title ('Mål 2: Arbete') leaves its goal to be said in the text, and a goal
        asked as a question is answered there."""
        head = self.stack[-1] if self.stack else None
        if head is None or head.goal_id is None or head.goal_id in self._question_goals:
            return False
        if self._coded_goal_heading(head.text) is not None or head.outline_goal or head.clause_goal:
            # (... or a clause the outline made the goal of the items numbered under it,
            # '3.1 Fler stannar i staden' over '3.1.1 …': `read_headings._states_goal_of_actions`)
            return True
        if (lettered := lettered_goal_heading(head.text)) is not None and reads_as_clause(lettered[1]):
            # ... or a goal headed by its letter ('Mål A. Alla nyinflyttade får ett gott
            # mottagande', `read_headings`: the heading is the goal when it is a clause)
            return True
        # (a goal stated as the change it aims at, without a verb, 'Mål 1: Fler invandrare i
        # arbete …', is stated in full as well: `prose.states_change_target`)
        stated = GOAL_LABEL_RE.sub("", strip_heading_number(head.text), count=1)
        return is_goal_heading(head.text) and (reads_as_clause(stated) or states_change_target(stated))

    def _serve_overarching_goal(self, text: str) -> None:
        """'Följande åtgärder gäller hela kommunorganisationen och stöder programmets
        övergripande mål.' in a chapter that states no goal of its own (the common actions
        after the areas' chapters): what the chapter lists serves the overarching goal the
        programme stated ('Programmets övergripande mål är att …'), not the goal of the
        last area read. That goal is stated in the chapter, as its own would be."""
        if not refers_to_overarching_goal(text) or self.stated_goals.get(self._statement_section()) \
                or self.heading_goal():
            return
        top = [g.id for g in self.b.goals if g.parent is None and overarching_goal_sentence(g.text)]
        if len(top) == 1:
            self._state_goal(top[0])

    def _goal_named_as(self, sentence: str, page: int) -> bool:
        """'Som delmål eftersträvar vi att ...': a goal so labelled, a sub-goal of the goal
        stated last in this section's text for a 'delmål'. True when the sentence was one."""
        named = goal_named_as(sentence)
        if not named:
            return False
        sub, clause = named
        stated = self.stated_goals.get(self._statement_section(), [])
        parent = stated[-1] if sub and stated else self.heading_goal()
        gid = self.add_goal(clause, page, parent=parent)
        self._state_goal(gid)
        return True

    def _followed_up(self, sentence: str, page: int) -> bool:
        """'Målen för språk och kommunikation följs upp genom antalet deltagare ... samt
        antalet besök ...': each thing named is an indicator, of no measure; of the goals
        of the theme the sentence names, else of the goals in scope (none in a follow-up
        chapter of its own). True when the sentence was such a list."""
        # (or through a survey whose 'där' clause names the figure: `survey_follow_up`)
        # (or the indicators named as examples of a kind: `indicator_examples`)
        found = followed_up_by(sentence) or survey_figure(sentence) or indicator_examples(sentence)
        if not found and (run := _follow_up_phrase_field(sentence)) and run[0][2][:1].isupper():
            # 'Så här följer vi upp: Vi följer andelen X och antalet Y.': the phrase run in
            # before a sentence of its own, which names the figures followed -- the sentence
            # read without the phrase, as it would be standing alone
            found = followed_up_by(run[0][2])
        if not found:
            return False
        what, items = found
        key = squash(what).casefold()
        themes = {g.theme for g in self.b.goals if g.parent is None and g.theme}
        named = next((t for t in themes if _theme_key(t) and _theme_key(t) in key), None)
        # ('Därtill följs delmål 1.2 upp med …': the goal named by the code it was tabled with)
        coded = goal_named_by_code(what, self.b.goals)
        if coded is None and (num := _GOAL_BY_NUMBER_RE.match(squash(what))):
            # 'Mål 3 följs upp med ...': the goal of that number
            coded = self.goal_lookup.goal_by_number(num.group(1))
        goals = ([coded] if coded else None) or (self.goal_lookup.goals_of_theme(named) if named else None) \
            or self.current_goals() or ([self.heading_goal()] if self.heading_goal() else [])
        # 'Vi följer upp genom att räkna antalet X och antalet Y' after a list of actions: the
        # speaker counts what the listed activities gather, each count naming its own action
        # is that action's indicator ('Som mätare används antalet ...' names the goal's
        # measures, the eighth set's convention (test_classifier_eighth_conventions): left
        # goal-level)
        counting = bool(_COUNTING_RE.search(squash(sentence)))
        # ... and 'Antal X och antal Y rapporteras till ...' after the actions of its section
        # (a table of them, `prose.reports_counts`): the counts the doers report of what they run
        reported = reports_counts(sentence)
        acts = self.list_measures or ([m.id for m in self.b.measures if m.section == self.section()]
                                      if reported else [])
        named = actions_named_one_each(items, [(m, self._measure(m).text) for m in acts]) \
            if acts and (counting or reported) else None
        if named is None and (topic := followed_up_topic(sentence)):
            # 'Läxhjälpen följer vi upp genom att räkna antalet X' after the section's actions:
            # the topic put first names the action followed up, its figures that action's
            # (the section's actions, or, under a follow-up heading of its own, the actions of
            # the goal it follows up)
            mine = acts or [m.id for m in self.b.measures if m.section == self.section()] \
                or [m.id for m in self.b.measures if m.goal in goals]
            mid = action_named_by_topic(topic, [(m, self._measure(m).text) for m in mine])
            named = [mid] * len(items) if mid else None
        if named is None and _ADDED_METERS_RE.match(what) and self._meters_numbered_in == self.section():
            # 'Dessutom följs andelen X.' after a list whose lead-in said its brackets hold the
            # actions' numbers: the section names by number the action each meter follows,
            # and this one it names none of -- the goal's meter (`action_number_legends`)
            named = [None] * len(items)
        if named is None and _ADDED_METERS_RE.match(what):
            # 'Dessutom följs antalet X ...': figures added to the goals' meters, in the
            # follow-up after every action; one naming a single action by its words (the
            # training it counts the trained of) is that action's, as a table's meter is
            every = [(m.id, m.text) for m in self.b.measures]
            # (a rate of a group of residents, 'sysselsättningsgraden bland …', measures the
            # goal's outcome, not what one action set up: no action's)
            named = [None if is_population_rate(it) else action_named_by(it, every) or action_set_up_for(it, every)
                     for it in items]
        if named is None and REPORT_SUBJECT_RE.match(what):
            # 'Utvärderingen 2028 mäter bland annat andelen X och antalet Y' after the goal's
            # actions: each figure the action it counts, by its words (`report_figures`)
            own = [(m.id, m.text) for m in self.b.measures if m.goal in goals]
            every = [g.text for g in self.b.goals] + [m.text for m in self.b.measures]
            texts = [g.text for g in self.b.goals if g.id in goals]
            named = [action_counted(it, own, texts, every) for it in items]
            # a figure naming no action is the report's own, when the report is one of the
            # goal's actions ('Uppföljningsrapporten redovisar hur långt varje tema kommit'
            # after 'Årlig uppföljningsrapport till fullmäktige'): what that action presents
            report = action_counted(what, own, texts, every)
            named = [n or report for n in named]
        for k, item in enumerate(items):
            own_goals = goals
            ref = number_reference(item)
            if ref is not None and ref[1] == "measure":
                # '... (åtgärd 3B)': the meter of the action so numbered or coded; the
                # reference is no part of the meter
                mid = self._referred_measure(ref[2])
                if mid:
                    item = ref[0]
                    named = named or [None] * len(items)
                    named[k] = mid
                    own_goals = [g for g in [self._measure(mid).goal] if g] or goals
            self._followed_up_in_text.append((self.add_indicator(item, page, named[k] if named else None,
                                                                 own_goals), own_goals))
        return True

    def _enumerated_actions(self, sentence: str, page: int) -> bool:
        """'För att nå dit kommer kommunen att (1) starta ..., (2) bjuda in ... och (3) ordna
        ...': the actions listed inside the sentence become measures of the goals in scope,
        carried out by the doer the intro names, with the partners an item names ('i
        samarbete med församlingen'). True when the sentence was such a list."""
        found = enumerated_actions(sentence)
        goals = self.current_goals()
        if not found or not (goals or self.in_measure_scope()):
            return False
        doer, items = found
        # lettered items under a numbered area ('4.2' > 'a) ..., b) ...'): a follow-up table
        # names each by the area's number and its letter, '2 b' (`inline_lists.lettered_code`)
        marks = inline_marks(sentence)
        area = next((n.split(".")[-1] for h in reversed(self.stack) if (n := heading_number(h.text))), None)
        for k, item in enumerate(items):
            tail = item_doer_time(item)
            if tail:
                # '... (bildningssektorn med X och Y; från hösten 2024)': the item's own
                # doers and time in its closing bracket (`inline_lists.item_doer_time`)
                text, resp, partners, when = tail
                sched, start, end = parse_schedule(when)
                mid = self.add_measure(text, page, goals, responsible=[resp], partners=partners,
                                       schedule=sched, start_year=start, end_year=end)
            else:
                mid = self.add_measure(item, page, goals, responsible=[doer] if doer else [],
                                       partners=partners_in(item))
            self.list_measures.append(mid)
            if area and len(marks) == len(items) and marks[k].isalpha():
                self.coded_measures.setdefault(lettered_code(area, marks[k]), mid)
        return True

    @staticmethod
    def _goal_in_measure_field(text: str) -> tuple[str, str | None] | None:
        """(goal, code) of an action field whose value is a labelled goal ('Åtgärd: Mål 1:
        ...'): an action table's goal row printed as a card of its own."""
        fs = fields(text)
        if not fs or len(fs) != 1 or fs[0][0] != "measure":
            return None
        lab = labelled_item(fs[0][2])
        return (lab[1], lab[2]) if lab and lab[0] == "goal" else None

    def _goal_in_group_card(self, text: str) -> str | None:
        """The goal a paragraph names by its number and chapter, alone ('Mål 2. Barn och
        unga') or as an action field ('Åtgärd: Mål 2. Barn och unga'), see `_group_row_goal`;
        else None."""
        fs = fields(text)
        if fs and len(fs) == 1 and fs[0][0] == "measure":
            text = fs[0][2]
        # (also by its label and number alone, 'Åtgärd: Mål 3': `GoalLookup.goal_named_by_number`)
        return self.goal_lookup.goal_named_by_number(text)

    def _indicator_field(self, text: str, page: int, fields_above: str | None = None) -> bool:
        """'Uppföljning: antal deltagare; antal besök.' (or 'antal deltagare, antal besök och
        antal ...', a list of counts) under a goal: the goal's indicators, listed in the
        field as a list would list them (items after ';' in lower case, as list items are
        written; a sentence after the label, 'Uppföljning: Gruppen
        rapporterar årligen.', says how the follow-up is done). Of no measure: the field
        follows the goal's whole list. True when the paragraph was that field."""
        fs = fields(text)
        # run in by a phrase ('Så följer vi upp:', 'Så här mäter vi:'), read as a field or not
        phrase = not fs or follow_up_label(fs[0][1])
        fs = fs or _follow_up_phrase_field(text)
        if not fs or len(fs) != 1 or fs[0][0] != "indicator":
            return False
        items = [squash(x).rstrip(".").strip() for x in fs[0][2].split(";")]
        # 'Uppföljning: a) antal X (åtg. 1.3); b) andel Y.': the items without their letters
        items = lettered_items(items) or items
        # 'Så här följer vi upp: Antal deltagare i X. Sysselsättningsgraden bland Y.': the meters
        # set as sentences of their own, one a sentence, when every sentence only names a thing
        # measured (`_measured_sentence`) after the actions it follows up -- a sentence saying
        # how the follow-up is done ('Gruppen rapporterar årligen.') keeps the value whole
        counted_sentences = False
        # (a bracket may name the action an item follows up: read whole, as before)
        if len(items) == 1 and "(" not in items[0] and (bool(self.list_measures) or self._para_measure is not None):
            sents = [x.rstrip(".").strip() for x in sentences(items[0])]
            if len(sents) > 1 and all(_measured_sentence(x) for x in sents):
                items, counted_sentences = sents, True
        if len(items) == 1:
            items = count_list(items[0])  # 'Mätare: antal X, antal Y och antal Z.'
        if len(items) == 1 and _PLURAL_METER_LABEL_RE.match(fs[0][1]):
            # 'Indikatorer: väntetid till X (dagar), antalet Y.': a label in the plural says
            # the value lists several meters, so a comma before a quantity parts them, with
            # no closing 'och' (a cell's 'Antal X, antal Y' under no such label stays whole)
            items = [p.strip() for p in re.split(rf",\s+(?={_RATE_HEAD})", items[0], flags=re.I)]
        one_each: list[str] | None = None
        if len(items) == 1:
            # 'antal utdelade prova-på-kort och antal nya föreningsmedlemmar': a pair joined by
            # 'och' is two meters when each counts another of the actions just read, by words
            # no other of them uses (one thing counted from two sides names one action)
            pair = [p.strip() for p in re.split(rf"\s+och\s+(?={_QUANTITY_HEAD})", items[0], flags=re.I)]
            above = [(m, self._measure(m).text) for m in self.list_measures] or [
                (m.id, m.text) for m in self.b.measures if self.b.measure_table.get(m.id) == self._n_tables]
            one_each = actions_named_one_each(pair, above) if len(pair) == 2 else None
            if one_each:
                items = pair
        if len(items) == 1:
            # 'antal X för åtgärd 6.1 samt andelen Y': 'samt' joins two things counted
            items = [p.strip() for p in re.split(rf"\s+samt\s+(?={_QUANTITY_HEAD})", items[0], flags=re.I)]
        # ... or, after a list of actions or under a paragraph whose one action was read, a
        # thing counted, upper-case as a field's value may be ('Mätare: Andel anställda som
        # ...', 'Indikator: Antalet ...'): a quantity is no sentence saying how the follow-up
        # is done. Elsewhere such a field may close a card whose action was not read
        # ('Åtgärd: ... / Ansvar: ... / Indikator: Antalet ...'): it is that action's, which
        # the goal would be taken for
        counted = bool(self.list_measures) or self._para_measure is not None
        # (a label naming the goal as its scope says its value is a meter: a quantity, of any
        # case, also after the goal's action table)
        goal_scoped = bool(_GOAL_SCOPED_LABEL_RE.match(fs[0][1]))
        if any(_HOW_FOLLOWED_UP_RE.match(x) for x in items):
            # 'Så ser vi om det fungerar: följs upp i den årliga rapporten.': the value says
            # how and where the follow-up is done, a passive verb first -- it names no meter
            return False
        if not all(items) or not all(x[:1].islower() or (counted and (re.match(_QUANTITY_HEAD, x, re.I)
                                                                       or _MEASURED_VALUE_RE.search(x)))
                                     or (goal_scoped and _QUANTITY_OPENING_RE.match(x))
                                     or counted_sentences
                                     for x in items) \
                or (len(sentences(_PARENTHESIS_RE.sub("", fs[0][2]))) > 1 and not counted_sentences):
            # (a bracket's dot ends no sentence: '(åtg. 1.3)' names the action an item follows up)
            return False
        goals = self.current_goals() or ([self.heading_goal()] if self.heading_goal() else [])
        if (named := _LABEL_NAMES_GOAL_RE.search(squash(fs[0][1]))) \
                and (numbered := self.goal_lookup.goal_by_number(named.group("num"))):
            # 'Nyckeltal för huvudmål 1: a, b och c.' in a follow-up chapter after all the
            # goals: the label names the goal its figures follow up by the number it was
            # stated with, not the goal read last
            goals = [numbered]
        if not goals:
            return False
        # a meter right under a paragraph that stated one action ('1.1.2 Mentorprogram ... –
        # Ansvar: ...' / 'Mätare: antal mentorpar') is that action's, as a table row's meter
        # cell is; under a list it follows the goal's whole list, and a follow-up field
        # ('Uppföljning: ...') follows up the goal
        of_goal = bool(_GOAL_FOLLOWED_UP_RE.match(fs[0][1])) or goal_scoped
        # (nor right under the one bulleted item of a list its intro announced, 'Åtgärder:' /
        # '• X.': the goal's list, whose meter line follows the goal up, `Builder._listed_lone`)
        listed = fields_above is None and self._para_measure is not None and self._para_measure == self._listed_lone
        own = self._para_measure if not (_FOLLOW_UP_LABEL_RE.match(fs[0][1]) or of_goal or listed) else None
        if own is None and not of_goal and fields_above is not None and fields_above == self._para_measure \
                and len(fs[0][1].split()) == 1:
            # ... but right under the who/when line of that action ('Ansvar: X. Tidtabell: T.'
            # / 'Uppföljning: antal Y.', a narrow column wrapping before the last label) the
            # bare label goes on with the action's fields: its meter, as on the same line. A
            # label naming what it follows up ('Uppföljning av insatsen: …') names its own scope
            own = fields_above
        if own is not None:
            goals = [g for g in self._measure(own).goals] or goals
        elif len(items) == 1:
            # 'Uppföljning: antalet X och kommunens andel av Y' following up the goal: a count
            # and a share, two meters (`prose.count_and_share`); the meter line of one action
            # ('Mätare: antal mentorpar och andel mentorerade som fått arbete') counts that
            # action from two sides, one meter
            items = count_and_share(items[0])
        # one follow-up after a list of actions naming one of them by its words
        # (`named_action`): that action's indicator
        # (not under a bare meter noun, 'Mätare: …' after the goal's list: the goal's field,
        # as it is when the list and the line are read as cards)
        # (named by the action's own words, inflected -- 'webbutbildningen' of 'en webbutbildning';
        # a compound built on a word names another thing: 'hobby' is no word of 'hobbysedlar för
        # barn', seventy-first set)
        in_words = (action_named_by(items[0], [(m, self._measure(m).text) for m in self.list_measures],
                                    inflected=True)
                    if len(items) == 1 and own is None and not of_goal
                    and not _METER_NOUN_LABEL_RE.match(fs[0][1]) else None)
        counts_each = None
        if len(items) > 1 and own is None and one_each is None and self.list_measures and signs_label(fs[0][1]):
            # 'Signaler på framsteg: antalet deltagare i X; andelen Y.' after the goal's actions:
            # each sign the action it counts by its words, else the goal's (`report_figures`)
            acts = [(m, self._measure(m).text) for m in self.list_measures]
            every = [g.text for g in self.b.goals] + [m.text for m in self.b.measures]
            texts = [g.text for g in self.b.goals if g.id in goals]
            counts_each = [action_counted(it, acts, texts, every) for it in items]
        for k, it in enumerate(items):
            # 'antal deltagare (II.b)' / '(hela fokusområdet)': the action it follows up by
            # the code the action was listed with, or the whole area (`action_codes`)
            if closing_reference(it) is not None:
                it, coded, links = self._coded_reference(it, None, goals)
                self.add_indicator(it, page, coded, links)
                continue
            # 'antal X (åtg. 1.3)': the action its closing bracket names by number -- printed
            # with it, or numbered so in a table's number column ('Nr') -- the bracket no part of it
            ref = number_reference(it)
            if ref and ref[1] == "measure" and (mid := self._referred_measure(ref[2])):
                self.add_indicator(ref[0], page, mid, goals)
                continue
            # 'antal X för åtgärd 6.1': the one action it follows up, named in the sentence
            named = self._named_measure(it) or own or in_words or (one_each[k] if one_each else None) \
                or (counts_each[k] if counts_each else None)
            it = _ACTION_TAIL_RE.sub("", it) if named else it
            # 'Mätare för mål 1: andelen X (utgångsläge 2023: 64 %, målvärde 2027: 90 %).': the
            # closing bracket gives the meter's baseline and target, no words of what is
            # measured, as a listed meter's does (`figure_meters.without_closing_target`)
            it = without_closing_target(it) or it
            if phrase:
                # 'Så här mäter vi: a (Statistikcentralen); b.': a brochure's measuring line
                # names where each figure comes from, no part of the indicator
                it = _without_source(it)
            self.add_indicator(it, page, named, goals)
        return True

    def _area_follow_up(self, text: str, page: int) -> bool:
        """'Arbete och näringsliv: Vi mäter antal X; andel Y.' where the area named is the
        theme of goals read so far (a table's 'Område' column): the indicators of that area's
        goals, of no action (`area_follow_up`). True when the paragraph was one."""
        found = area_follow_up(text)
        goals = self.goal_lookup.goals_of_theme(found.area) if found else []
        if not goals:
            return False
        for it in found.indicators:
            self.add_indicator(it, page, None, goals)
        return True

    def _follow_up_of_numbered_goal(self, text: str, page: int) -> bool:
        """'Uppföljning av mål 3: Avtalet är undertecknat. Antalet X följs upp halvårsvis.':
        a follow-up field whose label names the goal it follows up by the number the goal
        was stated with. Naming its goal, the label says the field lists what that goal is
        followed up by: each sentence one of its indicators, of no action (a follow-up of
        the whole goal), written as sentences as well as counts. True when the paragraph was
        that field."""
        m = _FOLLOW_UP_OF_GOAL_RE.match(squash(text))
        if not m:
            return False
        gid = self.goal_lookup.goal_by_number(m.group("num"))
        items = [x.rstrip(".").strip() for x in sentences(m.group("rest"))]
        if gid is None or not items or not all(items):
            return False
        for it in items:
            self.add_indicator(it, page, None, [gid])
        return True

    def _goal_key_figures(self, text: str, page: int) -> bool:
        """'Mål 1 – nyckeltal: A (2024: 61 %); B (2024: 2 310).': the figures of the goal its
        number names, each of the goal's action it counts, else of the goal alone
        (`goal_key_figures`). True when the paragraph was such a line."""
        found = goal_figures(text)
        gid = self.goal_lookup.goal_by_number(found[0]) if found else None
        if gid is None:
            return False
        own = [(m.id, m.text) for m in self.measures_of_goal(gid)]
        # (the figures themselves count among the programme's texts: words they share, 'unga
        # med främmande modersmål', name the people followed up, not one action)
        figures = [i.text for i in self.b.indicators] + found[1]
        programme = [g.text for g in self.b.goals] + [m.text for m in self.b.measures]
        texts = [g.text for g in self.b.goals if g.id == gid]
        for k, it in enumerate(found[1]):
            every = programme + [f for j, f in enumerate(figures) if j != len(figures) - len(found[1]) + k]
            if self._baseline_brackets:
                it = without_baseline(it)
            # (or, failing that, the one action whose head word it names: 'Antal deltagare i
            # språkträningen' beside 'Språkträning på arbetsplatsen prövas …', `figure_meters`)
            mid = (action_counted(it, own, texts, every) or action_named_by_head(it, own)) if own else None
            self.add_indicator(it, page, mid, [gid])
        return True

    def _on_goal_field(self, gid: str, code: str | None) -> None:
        """A section that gives its goal as a labelled field ('Önskat läge 2028: ...') states
        it there: the goal sentences of its prose before the field ('Målet är att fler ska
        stanna.', 'Integration lyckas när ...') are the background to it, not goals of their
        own (unless something is already linked to them). The field's code ('Effektmål E1')
        names the goal for the items that refer to it, and coded items right under it
        ('R1: ...') are its sub-goals (`on_bullet`)."""
        sec = self._statement_section()
        if sec is not None:
            self._field_sections.add(sec)
            self._drop_prose_goals_of(sec)
        if code:
            self.coded_goals.setdefault(code, gid)
            if self.numbered_goals.get(code) in self.b.goal_summary:
                # 'Mål 1: …' in full after the summary's '1. …': the number names this one
                # (`summary_goal_lists`)
                self.numbered_goals[code] = gid
        self._field_goal = gid

    def _drop_prose_goals_of(self, sec: str, wishes_only: bool = False) -> None:
        """The goal sentences the prose of section `sec` stated, dropped where a labelled goal
        ('Mål: X' as a field, or as a heading right under the section) states its goal: they
        were its background (unless something is already linked to them). `wishes_only`: only
        those said in the programme's own voice ('Staden vill att …', `states_in_own_voice`),
        the others kept as the section's goals."""
        linked = {m.goal for m in self.b.measures} | {i.goal for i in self.b.indicators}
        if wishes_only:
            # (and a wish its section's text went on to give actions, 'Vi fortsätter att …',
            # kept till the end of the programme, `_note_prose_action`: a goal of its own)
            linked |= {p.goal for p in self.pending_actions} | {t[0] for t in self.pending_targets}
        texts = {g.id: g.text for g in self.b.goals}
        kept = []
        for old in self._prose_goals.pop(sec, []):
            if wishes_only and not states_in_own_voice(texts.get(old, "")):
                kept.append(old)
                continue
            if old in linked:
                continue
            self.b.goals = [g for g in self.b.goals if g.id != old]
            if old in self.stated_goals.get(sec, []):
                self.stated_goals[sec].remove(old)
            if old in self._last_goal_list:
                self._last_goal_list.remove(old)
        if kept:
            self._prose_goals[sec] = kept

    def _sub_goal_field_parent(self, text: str) -> str | None:
        """The goal a sub-goal field ('Delmål: ...', no number) is part of: the latest goal
        of its section that is no sub-goal, stated before it ('Målsättning: ...'), else None."""
        if not _SUB_GOAL_INTRO_RE.match(text):
            return None
        sec = self.section()
        tops = [g.id for g in self.b.goals
                if g.section == sec and g.parent is None and g.id not in self.b.goal_from_table]
        return tops[-1] if tops else None

    def _stated_goals_now(self) -> list[str]:
        """The goals the running text of the enclosing section stated (`_stated_section`)
        while they are still the goals of what is read now -- no goal list or goal heading
        came after them; else []."""
        sec = self._stated_section()
        goals = self.current_goals() if sec is not None else []
        return goals if goals and goals == self.stated_goals[sec] else []

    def _therefore_actions(self, sentence: str, page: int) -> bool:
        """'Därför samordnar vi språkkurserna ...' after the goal this section's text stated
        last ('Vi vill att ...'): the actions of that goal (`therefore_actions`). True when
        the sentence gave them."""
        goals = self._stated_goals_now() if not self.in_measure_scope() else []
        if not goals:
            return False
        parts = therefore_actions(sentence)
        if not parts:
            return False
        # ('För att nå målet ska X …' / 'Dessutom ska Y …': the purpose or the added step ties
        # the sentence to the goal as 'Därför' does, but a programme that says what it does in
        # its text reads such sentences with its other action sentences, `_settle_prose_actions`;
        # only where that reading is left out -- the programme's actions are its tables -- are
        # they the goal's actions by the tie, `Builder._tied_steps`)
        tied_only = not says_therefore(sentence)
        made: list = []
        for k, part in enumerate(parts):
            # the first clause keeps the connective for reading its doer: 'Därför ordnar
            # skolorna ...' puts the subject after the verb
            action = (prose_action(f"Därför {part}" if k == 0 else part) or prose_action(part)
                      or ProseAction(part, [], [], None, None, None))
            text, partners, printed = part, action.partners, None
            if action.clause:
                # 'Därför ska skolan ordna X tillsammans med Y, varje höst.': a commitment
                # naming its doer (or 'vi', the writers) before the verb -- what is done is the verb phrase
                # (`ProseAction.clause`), as for a prose action settled at the end
                # (`partners_in_text.committed_action`)
                text, partners = committed_action(action)
                printed = part
            kw = dict(responsible=action.responsible, partners=partners, schedule=action.schedule,
                      start_year=action.start_year, end_year=action.end_year, printed=printed)
            if tied_only:
                made.append((text, page, goals[-1], self.theme(), self.section(), kw))
                continue
            mid = self.add_measure(text, page, [goals[-1]], **kw)
            self.therefore_measures.add(mid)
        if tied_only:
            self.tied_steps += made
            return False
        return True

    def _note_prose_action(self, sentence: str, page: int) -> None:
        """Keep a sentence that states an action after a goal stated in this section's text
        ('Vårt mål är att ...' / 'Kommunen ordnar ...'); whether it is a measure is known
        at the end of the programme (`_settle_prose_actions`). Not under a measure heading (its
        list is the measures) nor after a goal list or goal heading that came after the
        stated goal (the section has structure of its own)."""
        if self._owner_of_actions_before(sentence):
            return
        sec = self._stated_section()
        if sec is None and not self.in_measure_scope():
            if self.heading_goal() is None:
                # no goal above it yet: a note closing the section may name one
                self._unplaced_sentences.append((self.section(), self.theme(), sentence, page))
            self._note_heading_action(sentence, page)
            return
        if sec is None or self.in_measure_scope():
            if sec is not None and sec == self.section():
                self._note_scope_action(sentence, page)
            return
        goals = self._stated_goals_now()
        if not goals:
            return
        if states_target(sentence):
            self.pending_targets.append((goals[-1], squash(sentence).rstrip(".").strip(), page))
            return
        action = prose_action(sentence)
        if action is not None:
            self.pending_actions.append(PendingAction(goals[-1], action, page, self.section(), self.theme()))
            if not action.responsible:
                self._ownerless_actions.append(self.pending_actions[-1])

    def _states_own_goal(self, text: str) -> bool:
        """A paragraph of a numbered group under a measure chapter that states the group's
        goal ('Målet för boendet är formulerat i stadens strategi: X.', `colon_goal`), or one
        after such a paragraph: the group's text is a goal and the sentences telling what is
        done about it, not one action described in a paragraph."""
        first = (sentences(text) or [""])[0]
        return goal_after_colon(first) is not None or self._stated_section() == self.section()

    def _note_scope_action(self, sentence: str, page: int) -> None:
        """A group of a measure chapter that states its goal in its text and then says in
        plain sentences what is done ('Målet ... är formulerat i ...: X.' / 'Bolaget
        anställer en boenderådgivare ...'): a sentence whose named doer acts is a measure of
        that goal when the goal gets none in any other way (`_settle_prose_actions`, as a
        goal heading's sentences)."""
        goals = self._stated_goals_now()
        if not goals:
            return
        action = prose_action(after_following_intro(sentence))
        if action is None or not action.responsible:
            return
        if self._stated_section() not in self._quoted_goal_sections and not action.by_agent:
            # ('Målet är att ...' in an action chapter's running text, no goal quoted after
            # a colon: the text describes, the chapter's lists and tables are the actions --
            # but a thing done with its doer as the agent, '<action> ordnas av X <time>', says
            # who does what, as an item of a list would; and so does a named doer's promise,
            # '[Under perioden ska] X ska <verb phrase> [tillsammans med Y], <time>.': what the
            # plan commits X to, the goal's action when the goal gets none in a list or table
            # (`_settle_prose_actions`) -- the verb phrase is the action, as after 'Därför ska X')
            if not (action.commits and action.clause):
                return
            text, partners = committed_action(action)
            action = replace(action, text=text, partners=partners, printed=action.printed or action.text)
        self.heading_actions.append(PendingAction(goals[-1], action, page, self.section(), self.theme()))

    def _placed_by_note(self, text: str) -> bool:
        """'(Artikeln hör till mål 2.)' closing a section of running text: the sentences of
        the section stating an action are that numbered goal's (`goal_reference_note`),
        kept as prose actions are (measures when the programme gives them in no other way,
        `_settle_prose_actions`). The note itself is nothing else."""
        number = referred_goal_number(text)
        if number is None:
            return False
        gid = self.numbered_goals.get(number)
        if gid is None:
            return True
        here = self.section()
        self._theme_from_section(gid)
        for sec, theme, sentence, page in [u for u in self._unplaced_sentences if u[0] == here]:
            action = prose_action(sentence)
            if action is not None:
                self.pending_actions.append(PendingAction(gid, action, page, sec, theme))
        self._unplaced_sentences = [u for u in self._unplaced_sentences if u[0] != here]
        return True

    def _theme_from_section(self, gid: str) -> None:
        """A section tied to a goal listed before -- by a closing note ('(Artikeln hör till
        mål 1.)') or by stating the goal again ('Mål 1: ...') -- is that goal's theme when the
        goal took its theme from a heading enclosing the section (a goal list under the cover
        title, then an article or chapter per goal): the cover title names the document, the
        section the goal."""
        theme = self.theme()
        enclosing = {theme_name(h.text) for h in self.stack[:-1]}
        goal = next((g for g in self.b.goals if g.id == gid), None)
        if goal is not None and theme and goal.theme != theme \
                and (goal.theme in enclosing or self._table_named_theme(goal)):
            self._theme_before.setdefault(goal.id, goal.theme)
            goal.theme = theme

    def _table_named_theme(self, goal) -> bool:
        """`goal` was read from a summary table of goals in another section ('Tabell 1.
        Effektmål och mätare' in '2 Sammanfattning'), whose goals all took one theme -- the
        table's caption or chapter, which names the table, not each goal's area: the section
        that states the goal again ('3.1 Språk' over 'Effektmål: …') names its theme."""
        if goal.id not in self.b.goal_from_table or goal.section == self.section():
            return False
        rows = [g for g in self.b.goals if g.id in self.b.goal_from_table and g.section == goal.section]
        # (as read from the table: a row whose section named it already counts with its first theme)
        return len(rows) >= 2 and len({self._theme_before.get(g.id, g.theme) for g in rows}) == 1

    def _note_received(self, clause: str, page: int) -> None:
        """'Chefer ska få stöd i att …' under a goal field: an action of that goal whose doer
        is not named -- the subject receives it (`field_goal_actions.received_clauses`)."""
        goals = self._stated_goals_now()
        if not goals:
            return
        text = squash(clause).rstrip(".").strip()
        sched, start, end = dated_schedule(text)
        action = ProseAction(text, [], [], sched, start, end, commits=True)
        self.pending_actions.append(PendingAction(goals[-1], action, page, self.section(), self.theme()))

    def _owner_of_actions_before(self, sentence: str) -> bool:
        """'Ansvaret för båda insatserna har X, och de startar hösten 2026' after 'we'
        actions of this section (`shared_owner`): the doer and time of those actions, which
        are then the section's measures as actions with a named doer are."""
        # (most sentences: none waiting, the sentence not read)
        waiting = [p for p in self._ownerless_actions if p.section == self.section()]
        owner = shared_owner(sentence) if waiting else None
        if owner is None:
            return False
        count, who, when = owner
        sched, start, end = parse_schedule(when) if when else (None, None, None)
        for p in waiting[-count if count else 0:]:
            p.action = replace(p.action, responsible=who, schedule=p.action.schedule or sched,
                               start_year=p.action.start_year or start, end_year=p.action.end_year or end)
            if p in self.pending_actions:
                self.pending_actions.remove(p)
            self.heading_actions.append(p)
        self._ownerless_actions = []
        return True

    def _note_heading_action(self, sentence: str, page: int) -> None:
        """A sentence of running text right under a goal heading ('Mål 3: ...'): an action
        with a named doer as its subject is kept for that goal (`_settle_prose_actions`); a
        sentence after it that gives only the time of 'the activity' ('Verksamheten inleds
        våren 2025.') is that action's schedule."""
        last, self._last_sentence_action = self._last_sentence_action, None
        gid = self.heading_goal()
        if gid is None or gid not in self.b.goal_from_heading or self.current_goals() != [gid]:
            return
        when = time_of_action_before(sentence)
        if when is not None:
            if last is not None and last.goal == gid and last.action.schedule is None:
                sched, start, end = parse_schedule(when)
                last.action = replace(last.action, schedule=sched, start_year=start, end_year=end)
            return
        action = prose_action(sentence)
        if action is None:
            return
        if not action.responsible:
            # 'Vi utbildar ...': kept until a sentence names who carries it out
            self._ownerless_actions.append(PendingAction(gid, action, page, self.section(), self.theme()))
            return
        pending = PendingAction(gid, action, page, self.section(), self.theme())
        self.heading_actions.append(pending)
        self._last_sentence_action = pending
