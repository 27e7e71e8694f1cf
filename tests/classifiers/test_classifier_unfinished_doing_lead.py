"""A lead-in that breaks off into the list under it right after its modal and the programme as
its subject, no colon ('Under perioden ska kommunen' / '• ordna …'): its items are actions
(prose34). Made-up text, other wordings than the blind set's."""


def _unfinished_doc(lead: str):
    from blocks_doc import bullets as _b, classify_blocks as _classify, heading as _h, paragraph as _p
    return _classify([
        _h("3 Arbete", 1),
        _p("Målet är att fler invandrare har ett arbete som motsvarar deras utbildning."),
        _p(lead),
        _b("ordna praktikplatser för vuxna invandrare i kommunens egna enheter",
           "erbjuda språkstöd på arbetsplatserna tillsammans med medborgarinstitutet"),
        _h("4 Uppföljning", 1), _p("Styrgruppen går igenom programmet varje år."),
    ])


def test_items_finishing_a_lead_in_that_breaks_off_after_the_modal_and_subject_are_actions():
    r = _unfinished_doc("Åren 2026–2027 ska kommunen")
    (goal,) = r.goals
    assert [(m.text, m.goal) for m in r.measures] == [
        ("ordna praktikplatser för vuxna invandrare i kommunens egna enheter", goal.id),
        ("erbjuda språkstöd på arbetsplatserna tillsammans med medborgarinstitutet", goal.id)]


def test_what_a_law_says_the_town_must_do_is_no_action_of_the_plan():
    assert _unfinished_doc("Enligt lagen ska kommunen").measures == []
