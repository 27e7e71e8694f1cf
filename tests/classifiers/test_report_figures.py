"""Which action a figure the follow-up report measures counts (report_figures.py)."""
from classifiers import classify
from classifiers.report_figures import action_counted
from tests.classifiers.blocks_doc import blocks_document

_ACTIONS = [("m1", "En samordnare anställs på halvtid"),
            ("m2", "Lärarna deltar i utbildning i språkmedveten undervisning"),
            ("m3", "Rutin för beställning av tolk införs")]


def test_figure_counts_the_action_sharing_its_words():
    assert action_counted("andelen lärare som gått utbildningen i språkmedveten undervisning",
                          _ACTIONS, ["Skolan möter alla elever"], []) == "m2"
    assert action_counted("antalet tolkade besök per år", _ACTIONS, [], []) == "m3"


def test_a_word_of_the_goal_names_no_action():
    assert action_counted("andelen elever med tolk", _ACTIONS, ["Alla elever och föräldrar förstår skolan med tolk"], []) is None


def test_report_sentence_links_figures_to_actions():
    doc = blocks_document({"title": "Integrationsprogram 2026–2029", "blocks": [
        {"type": "heading", "level": 2, "text": "Kommunen som arbetsgivare"},
        {"type": "paragraph", "text": "Målet är att kommunens service når alla invånare på lika villkor."},
        {"type": "bullets", "items": ["En samordnare anställs på halvtid (kommundirektören, 2026).",
                                      "Cheferna deltar i utbildning i interkulturell kommunikation (personalenheten, 2027)."]},
        {"type": "paragraph", "text": "Utvärderingen 2029 mäter bland annat andelen chefer som gått "
                                      "utbildningen i kommunikation och antalet sökande till tjänsten som samordnare."},
    ]})
    r = classify(doc)
    by_text = {m.id: m.text for m in r.measures}
    links = {i.text: by_text.get(i.measure) for i in r.indicators}
    assert links == {"andelen chefer som gått utbildningen i kommunikation":
                     "Cheferna deltar i utbildning i interkulturell kommunikation",
                     "antalet sökande till tjänsten som samordnare": "En samordnare anställs på halvtid"}


def test_figure_naming_no_action_is_the_report_actions_own():
    doc = blocks_document({"title": "Integrationsprogram 2026–2029", "blocks": [
        {"type": "heading", "level": 2, "text": "Samordning"},
        {"type": "paragraph", "text": "Målet är att integrationsarbetet leds och följs upp samlat."},
        {"type": "bullets", "items": ["En samordnare anställs på halvtid (kommundirektören, 2026).",
                                      "Årlig uppföljningsrapport till nämnden (samordnaren, varje maj)."]},
        {"type": "paragraph", "text": "Uppföljningsrapporten redovisar hur många av åtgärderna som inletts "
                                      "samt antalet sökande till tjänsten som samordnare."},
    ]})
    r = classify(doc)
    by_text = {m.id: m.text for m in r.measures}
    links = {i.text: by_text.get(i.measure) for i in r.indicators}
    assert links == {"hur många av åtgärderna som inletts": "Årlig uppföljningsrapport till nämnden",
                     "antalet sökande till tjänsten som samordnare": "En samordnare anställs på halvtid"}
