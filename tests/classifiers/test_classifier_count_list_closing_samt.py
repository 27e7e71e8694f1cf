"""A serial list of counts whose last member, after the closing 'samt', opens with no quantity
(`prose.count_list`)."""

from classifiers.prose import count_list


def test_closing_samt_member_is_its_own_item():
    assert count_list("antalet besökare i rådgivningen, andelen nöjda kunder och hur de svarat "
                      "samt resultatet av den årliga enkäten.") == [
        "antalet besökare i rådgivningen", "andelen nöjda kunder och hur de svarat",
        "resultatet av den årliga enkäten"]


def test_one_count_and_a_closing_samt_stays_whole():
    # no comma-listed counts before 'samt': no enumeration, the text stays one item
    assert count_list("antal deltagare samt resultatet av enkäten") == [
        "antal deltagare samt resultatet av enkäten"]
    assert count_list("antal deltagare, antal kurser samt Enkäten") == [
        "antal deltagare, antal kurser samt Enkäten"]
