"""Step 5 of docs/label_vocabulary.md: the cooperation phrase ('i samarbete med', 'i samverkan
med', 'tillsammans med'), the partner labels and the responsible labels, each one list in
classifiers/label_vocab.py that every cooperation pattern and colon-anchored label reader
builds on. Every text below is made up."""
import importlib
import re

import pytest

from classifiers import label_vocab as lv
from classifiers.headers import field_label, header_role, label_role


# --- the shared lists ----------------------------------------------------------------------

@pytest.mark.parametrize("role,form", [
    (role, form) for role in ("partners", "responsible")
    for w in lv.ROLE_OF[role] for form in lv.FORMS.get(w, (w,))])
def test_partner_and_responsible_labels_read_as_their_role(role, form):
    # the drift guard for the step-5 labels: each form heads its role as a column header
    # and as a colon field ('Samverkan: Röda Korset')
    assert header_role(form.capitalize()) == role
    assert label_role(form.capitalize()) == role
    assert field_label(f"{form.capitalize()}: Föreningen Exempel rf") == (form.capitalize(), role)


def test_step5_labels_widen_the_step1_lists():
    assert {"samarbete", "samverkan"} <= set(lv.PARTNER_LABELS)
    assert "vastuu" in lv.RESPONSIBLE_LABELS
    # 'som samarbete' names no one: the nouns a body is called by are the step-1 partner words
    assert set(lv.PARTNER_NOUNS) == {"samarbetspartner", "samarbetspart", "partner"}
    assert "samarbetspartnerna" in lv.FORMS["samarbetspartner"]


@pytest.mark.parametrize("text", ["i samarbete med", "i samverkan med", "tillsammans med",
                                  "I  samverkan\nmed"])
def test_coop_phrase_reads_each_form(text):
    assert re.fullmatch(lv.COOP_PHRASE, text, re.I)


def test_responsible_label_reads_a_qualified_ansvarig():
    for text in ("Ansvarig enhet", "ansvariga aktörer", "Huvudansvar", "Vastuu", "Ansvarsinstans"):
        assert re.fullmatch(lv.RESPONSIBLE_LABEL, text, re.I), text
    assert not re.fullmatch(lv.RESPONSIBLE_LABEL, "Ansvarig för", re.I)


# (module, pattern name, the shared part it must embed)
_READERS = [
    ("actors", "WITH_PARTNERS_RE", "COOP_PHRASE"), ("actors", "_COOP_PAREN_RE", "COOP_PHRASE"),
    ("actors", "_LEADING_COOP_RE", "COOP_PHRASE"), ("actors", "_COOP_RE", "COOP_PHRASE"),
    ("actors", "_COOP_RE", "COOP_EXTRA"), ("actors", "_WITH_PARTNERS_RE", "COOP_PHRASE"),
    ("actors", "_WRAPPED_COOP_RE", "COOP_LEAD"), ("assignments", "_WITH_RE", "COOP_PHRASE"),
    ("partners_in_text", "_WITH_RE", "COOP_PHRASE"), ("prose_actions", "_COOP_RE", "COOP_PHRASE"),
    ("checklist_items", "_TASK_TAIL_RE", "COOP_PHRASE"), ("doer_columns", "_WITH_RE", "COOP_LEAD"),
    ("dash_field_lines", "_WITH_RE", "COOP_PHRASE"), ("goal_owner", "_JOINS_RE", "COOP_PHRASE"),
    ("paren_numbers", "_PARTNER_LEAD_RE", "COOP_PHRASE"), ("owner_brackets", "_OWNER_BRACKET_RE", "RESPONSIBLE_LABEL"),
    ("actors", "_TRAILING_LABEL_RE", "RESPONSIBLE_LABEL"),
    ("section_responsibility", "_BY_NUMBER_LINE_RE", "RESPONSIBLE_LABEL"),
    ("section_responsibility", "_OWN_RESPONSIBLE_RE", "RESPONSIBLE_LABEL"),
]


@pytest.mark.parametrize("module,name,part", _READERS)
def test_cooperation_and_label_readers_build_on_the_shared_vocabulary(module, name, part):
    # a reader that re-types its own phrase or label list again fails here
    pattern = getattr(importlib.import_module(f"classifiers.{module}"), name).pattern
    assert getattr(lv, part) in pattern


def test_phrase_roles_read_the_shared_coop_phrase():
    from classifiers.headers import _PHRASE_ROLES
    assert any(lv.COOP_PHRASE in rx.pattern and role == "partners" for rx, role in _PHRASE_ROLES)
    assert header_role("I samverkan med") == "partners"


@pytest.mark.parametrize("module,name", [("actors", "_LABELLED_COOP_RE"), ("actors", "_LABELLED_COOP_PAREN_RE"),
                                         ("paren_numbers", "_PARTNER_LEAD_RE")])
def test_partner_label_readers_build_on_the_shared_labels(module, name):
    pattern = getattr(importlib.import_module(f"classifiers.{module}"), name).pattern
    assert lv.alt(lv.PARTNER_LABELS) in pattern


@pytest.mark.parametrize("module,name", [("actors", "_AS_PARTNER_RE"), ("actors", "_PARTNER_FIRST_RE"),
                                         ("footnoted_plan", "_AS_PARTNER_RE")])
def test_partner_noun_readers_build_on_the_shared_nouns(module, name):
    pattern = getattr(importlib.import_module(f"classifiers.{module}"), name).pattern
    assert lv.alt(lv.PARTNER_NOUNS) in pattern


# --- what the readers newly read ------------------------------------------------------------

@pytest.mark.parametrize("cell", [
    "Biblioteket, samverkan: Föreningen Exempel rf",            # _LABELLED_COOP_RE: 'samverkan:'
    "Biblioteket; samarbetspart: Föreningen Exempel rf",        # ... 'samarbetspart:'
    "Biblioteket (samverkan: Föreningen Exempel rf)",           # _LABELLED_COOP_PAREN_RE
    "Biblioteket (partner: Föreningen Exempel rf)",
    "Biblioteket; samverkan med Föreningen Exempel rf",         # _BARE_COOP_RE: the noun alone
    "Biblioteket och Föreningen Exempel rf som samarbetspart",  # _AS_PARTNER_RE
    "Biblioteket, samarbetspart Föreningen Exempel rf",         # _PARTNER_FIRST_RE
])
def test_split_actors_reads_the_shared_partner_labels(cell):
    from classifiers.actors import split_actors
    assert split_actors(cell) == (["Biblioteket"], ["Föreningen Exempel rf"])


@pytest.mark.parametrize("label", ["ansvarspart", "Huvudansvarig", "Vastuu", "Ansvarig enhet"])
def test_trailing_label_reads_every_responsible_label(label):
    from classifiers.actors import trailing_actors
    assert trailing_actors(f"Språkcaféer för nyanlända ordnas varje vecka – {label}: Biblioteket") == (
        ["Biblioteket"], [], None)


def test_assignment_partners_after_i_samverkan_med():
    from classifiers.assignments import assigned_actors
    assert assigned_actors("Biblioteket ges i uppdrag att i samverkan med Föreningen Exempel rf ordna "
                           "språkcaféer.") == (["Biblioteket"], ["Föreningen Exempel rf"])


def test_goal_owner_splits_at_i_samverkan_med():
    from classifiers.goal_owner import goal_owner_field
    assert goal_owner_field("Ansvarig för målet: Bildningsnämnden i samverkan med Socialnämnden") == [
        "Bildningsnämnden", "Socialnämnden"]


@pytest.mark.parametrize("lead", ["I samverkan med", "Partner:", "Samverkan:"])
def test_numbered_actors_read_partners_after_any_partner_lead(lead):
    from classifiers.paren_numbers import actors_by_number
    assert actors_by_number(f"Biblioteket (1), Skolan (2). {lead} Föreningen Exempel rf (2)", ["1", "2"]) == [
        (["Biblioteket"], []), (["Skolan"], ["Föreningen Exempel rf"])]


def test_numbered_actors_partner_lead_is_a_whole_word():
    # 'Partnerskapet' is a body that does the action, not a label over partners
    from classifiers.paren_numbers import actors_by_number
    assert actors_by_number("Biblioteket (1), Partnerskapet (2)", ["1", "2"]) == [
        (["Biblioteket"], []), (["Partnerskapet"], [])]


@pytest.mark.parametrize("label", ["huvudansvar", "Ansvarig enhet", "vastuu", "ansvarspart"])
def test_owner_bracket_reads_every_responsible_label(label):
    from classifiers.owner_brackets import owner_bracket
    assert owner_bracket(f"Vi ordnar språkcaféer ({label}: Biblioteket).") == (
        "Vi ordnar språkcaféer", ["Biblioteket"], [])


def test_responsible_by_number_reads_huvudansvar():
    from classifiers.section_responsibility import responsible_by_number
    assert responsible_by_number("Huvudansvar: åtgärd 1 Biblioteket, åtgärd 2 Skolan") == {
        1: "Biblioteket", 2: "Skolan"}


def test_own_responsible_field_by_a_shared_label():
    from classifiers.section_responsibility import _OWN_RESPONSIBLE_RE
    assert _OWN_RESPONSIBLE_RE.search("Språkcaféer varje vecka (huvudansvar: Biblioteket)")
    assert _OWN_RESPONSIBLE_RE.search("Språkcaféer varje vecka. Vastuu: Kirjasto")


def test_footnote_partner_as_partner():
    from classifiers.footnoted_plan import note_fields
    assert note_fields("Föreningen Exempel rf som partner") == ([], ["Föreningen Exempel rf"], "")


def test_lane_action_reads_i_samverkan_med_in_brackets():
    from classifiers.doer_columns import lane_action
    assert lane_action("Språkcafé för nyanlända (i samverkan med Föreningen Exempel rf)", "Biblioteket") == (
        "Språkcafé för nyanlända", "Biblioteket", "Föreningen Exempel rf", "")


def test_dash_field_partner_after_i_samverkan_med():
    from classifiers.dash_field_lines import _partner_after_with
    assert _partner_after_with(("responsible", "vem", "Biblioteket, i samverkan med Föreningen Exempel rf")) == [
        ("responsible", "vem", "Biblioteket"), ("partners", "med", "Föreningen Exempel rf")]


def test_actor_cell_wrapped_inside_i_samverkan_med():
    # a narrow responsible cell wraps inside 'i samverkan med' as inside 'i samarbete med':
    # the phrase is one, the partner's name goes on over the next line
    from classifiers.actors import split_actors
    assert split_actors("Ungdomsgården i samverkan\nmed Scoutkåren\nStrandby", width=24) == (
        ["Ungdomsgården"], ["Scoutkåren Strandby"])


def test_actor_cell_split_at_i_samverkan_med():
    # content_roles._PARTS_RE splits an actor cell at the shared phrase: each side is then a
    # name of its own ('Enheten för integration' / 'Föreningen för ... i Exempelby'), where
    # the whole was too long to be one name
    from classifiers.content_roles import _PARTS_RE, is_actor_cell
    assert lv.COOP_PHRASE in _PARTS_RE.pattern
    assert is_actor_cell("Enheten för integration i samverkan med Föreningen för nyanlända familjer i Exempelby")
