"""Tables printed as records (cards, numbered actions, label-value tables) read as the same
tables printed as tables: the goal a record belongs to, records with fields of kinds the
model has no place for, actions numbered in one series (classifiers/records.py, builder.py)."""

from __future__ import annotations

from blocks_doc import classify_blocks, heading, paragraph

from classifiers.records import fields


def _card(measure: str, actor: str, when: str = "2025") -> list[dict]:
    return [paragraph(f"Åtgärd: {measure}"), paragraph(f"Ansvar: {actor}"), paragraph(f"Tidtabell: {when}")]


def _goal_of(px, text: str) -> str | None:
    m = next(m for m in px.measures if m.text.startswith(text))
    return next((g.text for g in px.goals if g.id == m.goal), None)


def test_a_numbered_caption_set_as_large_as_the_section_heading_keeps_the_sections_goal():
    px = classify_blocks([
        heading("2 Temaområden", 1), heading("2.1 Mottagande och handledning", 2),
        paragraph("Syftet är att nyanlända får en trygg start i kommunen."),
        heading("Tabell 2. Mottagande och handledning", 2),
        *_card("Flerspråkig rådgivning i servicepunkten", "Integrationstjänsterna"),
        *_card("Samhällsorientering på modersmålet", "Medborgarinstitutet"),
        paragraph("Syftet är också att alla får information om tjänsterna."),
        heading("Tabell 3. Information", 2),
        *_card("Webbsida på lätt svenska", "Kommunikationen"),
        *_card("Infokvällar för nya invånare", "Biblioteket"),
    ])
    assert _goal_of(px, "Flerspråkig rådgivning").startswith("Syftet är att nyanlända")
    assert _goal_of(px, "Samhällsorientering").startswith("Syftet är att nyanlända")
    # the goal stated after the first records, in the same section, is the goal of the next
    assert _goal_of(px, "Webbsida").startswith("Syftet är också")
    assert _goal_of(px, "Infokvällar").startswith("Syftet är också")


def test_a_goal_field_between_records_is_the_goal_of_the_records_under_it():
    px = classify_blocks([
        heading("3 Välkomnande stad", 1),
        paragraph("Målsättning: Alla nya invånare får information om stadens tjänster."),
        *_card("Välkomstpaket till nya invånare", "Kommunikationsenheten"),
        *_card("Rådgivning en dag i veckan", "Välfärdsenheten"),
        *_card("Välkomstkvällar två gånger per år", "Biblioteket"),
        paragraph("Målsättning: Stadens personal kan betjäna invånare på olika språk."),
        *_card("Utbildning i klarspråk för kundtjänsten", "Personalenheten"),
        *_card("Anvisningar för användning av tolk", "Välfärdsenheten"),
    ])
    assert len(px.measures) == 5  # records under a numbered heading are five actions, not one
    assert _goal_of(px, "Välkomstkvällar").startswith("Alla nya invånare")
    assert _goal_of(px, "Utbildning i klarspråk").startswith("Stadens personal")
    assert _goal_of(px, "Anvisningar").startswith("Stadens personal")


def test_a_sub_heading_over_records_is_no_goal_when_the_section_stated_one():
    px = classify_blocks([
        heading("4 Barn, unga och familjer", 1),
        paragraph("Målsättning: Barn och unga med invandrarbakgrund får stöd i skolgången."),
        heading("4.2 Grundläggande utbildning och andra stadiet", 2),
        *_card("Förberedande undervisning i två skolor", "Bildningssektorn"),
        *_card("Studiehandledning på eget modersmål", "Bildningssektorn"),
    ])
    assert [g.text for g in px.goals] == ["Barn och unga med invandrarbakgrund får stöd i skolgången"]
    assert _goal_of(px, "Studiehandledning").startswith("Barn och unga")


def test_label_value_tables_with_fields_of_other_kinds_are_still_records():
    card = {"type": "table", "caption": None, "columns": [], "rows": [
        ["Nr", "4"], ["Åtgärder", "Kvällskurs i svenska för nybörjare"], ["Ansvarig aktör", "Medborgarinstitutet"],
        ["Resurser / kostnad €", "3 200"], ["Status", "Fortsätter"], ["Mätare", "Antal kursdeltagare"]]}
    px = classify_blocks([heading("Mål 1: Vuxna lär sig svenska", 2), card])
    assert [m.text for m in px.measures] == ["Kvällskurs i svenska för nybörjare"]
    assert px.measures[0].responsible == ["Medborgarinstitutet"]
    assert [i.text for i in px.indicators] == ["Antal kursdeltagare"]


def test_a_glossary_defining_a_structure_word_is_no_record():
    glossary = {"type": "table", "caption": None, "columns": ["Begrepp", "Förklaring"], "rows": [
        ["Åtgärd", "En konkret insats som kommunen genomför"], ["Integration", "Växelverkan mellan invandraren och samhället"],
        ["Invandrare", "En person som flyttat till Finland"], ["Kartläggning", "En bedömning av färdigheterna"]]}
    px = classify_blocks([heading("1.1 Centrala begrepp", 2), glossary])
    assert px.measures == []


def test_an_action_numbered_in_one_series_with_its_fields_is_a_measure():
    px = classify_blocks([
        heading("Mål 2: Fler hittar arbete", 2),
        paragraph("12. Gemensam rekryteringsdag för arbetsgivare och arbetssökande"),
        paragraph("Ansvarig: Näringslivsenheten. Tidtabell: Årligen i april. Status: Ny."),
        paragraph("Mätare: Antal besökare"),
    ])
    (m,) = px.measures
    assert m.text.endswith("Gemensam rekryteringsdag för arbetsgivare och arbetssökande")
    assert m.responsible == ["Näringslivsenheten"] and m.schedule == "Årligen i april"
    assert [i.measure for i in px.indicators] == [m.id]


def test_a_goal_field_naming_a_goal_by_its_code_links_the_action_to_it():
    px = classify_blocks([
        heading("A. Utbildning", 1),
        paragraph("Vi strävar efter att"),
        {"type": "bullets", "items": ["A1 alla barn lär sig svenska eller finska", "A2 unga slutför en utbildning"]},
        paragraph("1.1 Språkbad i alla daghemsgrupper"),
        paragraph("Mål: A2. Ansvarig: Bildningsavdelningen. Tidtabell: 2025–2028."),
    ])
    (m,) = px.measures
    assert next(g.text for g in px.goals if g.id == m.goal) == "unga slutför en utbildning"


def test_a_field_of_another_kind_ends_the_value_before_it():
    assert fields("Ansvarig: Kansliet. Status: Ny. Tidtabell: 2025.") == [
        ("responsible", "Ansvarig", "Kansliet"), ("schedule", "Tidtabell", "2025")]
    assert fields("Ansvarig: Kansliet. Resurser / kostnad €: 1 500.")[0] == ("responsible", "Ansvarig", "Kansliet")


def test_cards_of_an_earlier_plans_outcomes_give_no_measures():
    px = classify_blocks([
        heading("Mål 1: Nya invånare hittar service", 2),
        *_card("Infopunkt i biblioteket", "Biblioteket"),
        *_card("Webbsida på fem språk", "Kommunikationen"),
        heading("Bilaga: Utfall av programmet 2019–2022", 1),
        paragraph("Åtgärd: Broschyr om stadens tjänster på engelska"), paragraph("Ansvar: Stadskansliet"),
        paragraph("Utfall: Genomförd 2019"),
        paragraph("Åtgärd: Mentorprogram för högutbildade"), paragraph("Ansvar: Näringslivet"),
        paragraph("Utfall: Inte genomförd"),
        paragraph("Åtgärd: Språkcafé på biblioteket"), paragraph("Ansvar: Biblioteket"),
        paragraph("Utfall: Genomförd, pausad 2020–2021"),
    ])
    assert sorted(m.text for m in px.measures) == ["Infopunkt i biblioteket", "Webbsida på fem språk"]
