"""The follow-up's report or evaluation as the subject measuring the figures ('Utvärderingen
2028 mäter bland annat andelen X och antalet Y.'): each figure an indicator (prose.followed_up_by)."""
from classifiers.prose import followed_up_by


def test_evaluation_measures_figures():
    assert followed_up_by("Utvärderingen 2027 mäter bland annat andelen elever som deltagit i "
                          "läxhjälpen och antalet utlånade böcker på lättläst svenska.") == (
        "Utvärderingen 2027",
        ["andelen elever som deltagit i läxhjälpen", "antalet utlånade böcker på lättläst svenska"])


def test_report_reports_figures():
    assert followed_up_by("Årsrapporten redovisar hur många kurser som ordnats samt antalet deltagare.") == (
        "Årsrapporten", ["hur många kurser som ordnats", "antalet deltagare"])


def test_report_telling_how_work_went_names_no_figure():
    assert followed_up_by("Rapporten redovisar hur åtgärderna har genomförts.") is None


def test_report_covering_the_actions_and_the_follow_up_names_no_figure():
    assert followed_up_by("Rapporten redovisar hur åtgärderna har genomförts och de uppgifter som anges "
                          "under rubriken Uppföljning för respektive mål.") is None
