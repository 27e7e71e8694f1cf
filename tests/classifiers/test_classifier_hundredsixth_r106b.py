"""Hundred-and-sixth set, second reader: a lead-in whose role noun stands in a sentence before
its closing label (`prose.intro_kind`), two quantities parted by ', och' (`prose.count_list`)
and 'Uppföljningen sker genom …' (`prose.followed_up_by`)."""

from classifiers.prose import count_list, followed_up_by, intro_kind


def test_role_noun_in_an_earlier_sentence_is_no_label_of_the_list():
    # the denied action noun sits in the sentence before 'Det gäller till exempel:', which
    # labels nothing by itself: the list is not read as the programme's actions
    assert intro_kind("Mycket av arbetet hör till den vanliga servicen och räknas därför inte "
                      "som åtgärder i planen. Det gäller till exempel:") != "measure"
    # a label alone still names its list
    assert intro_kind("Åtgärder:") == "measure"


def test_comma_before_och_parts_two_quantities():
    assert count_list("andelen vuxna som deltar i kursen, och andelen unga som har en "
                      "sommarjobbsplats.") == [
        "andelen vuxna som deltar i kursen", "andelen unga som har en sommarjobbsplats"]
    # 'och' alone keeps a pair of counts whole (one thing counted from two sides)
    assert count_list("antal träffar och antal anställningar som följt av dem") == [
        "antal träffar och antal anställningar som följt av dem"]


def test_follow_up_done_by_quantities():
    assert followed_up_by("Uppföljningen sker genom antalet besök i rådgivningen och andelen "
                          "nöjda kunder.") == (
        "Uppföljningen", ["antalet besök i rådgivningen", "andelen nöjda kunder"])
    # a follow-up done by a meeting names no quantity
    assert followed_up_by("Uppföljningen sker genom att styrgruppen träffas varje höst.") is None
