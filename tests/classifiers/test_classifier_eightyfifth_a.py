"""Eighty-fifth blind set (blind505, blind510) conventions, on made-up text: a list item's
closing parenthesis naming a post and the bodies it works with ('(rektor, i samarbete med
X)'), and a card's action field listing action titles one a line without marks."""

from classifiers.actors import tail_start, trailing_actors
from classifiers.cells import printed_column_width, title_lines


# ---- '(post, i samarbete med X)' closing a list item -------------------------------------------

def test_post_with_partners_in_closing_parenthesis_is_the_doer():
    item = "Simskola för nyanlända barn på sommaren (idrottsombudet, i samarbete med Simklubben Delfinen)"
    assert trailing_actors(item) == (["idrottsombudet"], ["Simklubben Delfinen"], None)
    assert item[:tail_start(item)].rstrip() == "Simskola för nyanlända barn på sommaren"
    item = "Kurs i matlagning för föräldrar (lärare, i samarbete med Marthaföreningen)"
    assert trailing_actors(item) == (["lärare"], ["Marthaföreningen"], None)


def test_post_alone_in_parenthesis_without_time_or_partners_stays_text():
    # a post alone may be what the sentence speaks of (unchanged)
    assert trailing_actors("Handledning ges av en erfaren kollega (rektor)") is None


# ---- action titles one a line in a card's action field ------------------------------------------

_CARD = ["Alla nya familjer får stöd i vardagen under det första året efter flytten",
         "Hembesök hos nya familjer\nKartläggning av behoven för alla som inte är kunder hos\n"
         "arbetskraftsservicen\nLäxhjälp i skolan två gånger i veckan",
         "Familjearbetet", "Biblioteket, föreningarna", "2026–2029"]


def test_title_lines_split_where_the_line_stopped_short():
    width = printed_column_width("label-value", [_CARD], 1)
    assert width == len(_CARD[0])
    assert title_lines(_CARD[1], width) == [
        "Hembesök hos nya familjer",
        "Kartläggning av behoven för alla som inte är kunder hos arbetskraftsservicen",
        "Läxhjälp i skolan två gånger i veckan"]


def test_title_lines_not_for_sentences_or_full_lines():
    # running text (a full stop): one action, as before
    assert title_lines("Hembesök hos nya familjer.\nKartläggningen görs av kansliet.", 70) is None
    # a line full to the width wrapped onto a capitalised word: one title
    assert title_lines("Information om tjänsterna på webbplatsen och i\nKommunhuset", 40) is None
    assert title_lines("Information om tjänsterna på webbplatsen hos\nKommunen", 40) is None
    assert title_lines("Språkkurser för vuxna på kvällstid i byarnas\nSkolor", 44) is None
    # no width known: nothing to tell a break from a wrap
    assert title_lines("Hembesök\nLäxhjälp", None) is None


def test_card_reads_one_action_a_line_and_meters_one_a_line():
    from blocks_doc import classify_blocks, heading, paragraph

    titles = ["Hembesök hos nya familjer",
              "Kartläggning av behoven för alla som inte är kunder hos arbetskraftsservicen",
              "Läxhjälp i skolan två gånger i veckan"]
    blocks = [heading("Insatsområden", 1),
              {"type": "table", "columns": ["Insatsområde 1", "Familjer"],
               "rows": [["Målsättning", _CARD[0]], ["Insatser", "\n".join(titles)], ["Ansvar", _CARD[2]],
                        ["Samarbetspartner", _CARD[3]], ["Tidtabell", _CARD[4]],
                        ["Uppföljning", "Antal hembesök\nAndel familjer som fått en plan"]]},
              paragraph("Programmet följs upp varje år.")]
    ex = classify_blocks(blocks)
    assert [m.text for m in ex.measures] == titles
    assert sorted(i.text for i in ex.indicators) == ["Andel familjer som fått en plan", "Antal hembesök"]
