"""Forty-fourth blind set (blind260, blind262) conventions, on made-up text: a goal heading
tagged with its theme on the line below ('Tema: …') over the goal's actions and one
'Ansvar: … Samarbete: … Tidtabell: …' line for them all; a brochure's 'Så vet vi att vi
lyckats:' over its indicators, a 'Med oss' partners column, and a greeting signed by its
writer under a slogan heading."""

from blocks_doc import bullets as _b, classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers.prose import intro_kind
from classifiers.headers import header_roles
from classifiers.signed_forewords import is_signature
from classifiers.success_label import success_label
from classifiers.theme_lines import theme_line


def _sq(s):
    return " ".join(s.split())


def _t(caption, columns, rows):
    return {"type": "table", "caption": caption, "columns": columns, "rows": rows}


def _theme_line_doc(label="Tema"):
    return _classify([
        _h("Inledning", 2),
        _p("Kommunen har tagit fram planen tillsammans med föreningarna under året 2025."),
        _h("Mål och åtgärder", 2),
        _p("Under varje mål listas åtgärderna. Ansvaret gäller alla åtgärder under samma mål."),
        _h("Mål 1: Nyinflyttade familjer hittar en bostad snabbt", 3),
        _p(f"{label}: boende"),
        _b("Bostadsrådgivning på flera språk i servicepunkten", "Ett register över lediga hyresbostäder"),
        _p("Ansvar: bostadsbyrån. Samarbete: Hyresbolaget Ab, Röda Korset. Tidtabell: 2026–2028."),
        _h("Mål 2: Alla vuxna kan läsa och skriva svenska", 3),
        _p(f"{label}: språk och utbildning"),
        _b("Läskurser för vuxna i biblioteket", "Språkkaféer varje vecka"),
        _p("Ansvar: biblioteket. Samarbete: –. Tidtabell: från hösten 2026."),
        _h("Uppföljning", 2),
        _p("Planen följs upp varje år av ledningsgruppen."),
    ])


def test_theme_line_under_a_goal_heading_names_its_theme_and_keeps_its_actions():
    got = _theme_line_doc()
    assert [g.theme for g in got.goals] == ["boende", "språk och utbildning"]
    assert [_sq(m.text) for m in got.measures] == [
        "Bostadsrådgivning på flera språk i servicepunkten", "Ett register över lediga hyresbostäder",
        "Läskurser för vuxna i biblioteket", "Språkkaféer varje vecka"]
    g1, g2 = (g.id for g in got.goals)
    assert [m.goal for m in got.measures] == [g1, g1, g2, g2]
    assert [m.responsible for m in got.measures] == [["bostadsbyrån"]] * 2 + [["biblioteket"]] * 2
    assert [m.partners for m in got.measures] == [["Hyresbolaget Ab", "Röda Korset"]] * 2 + [[]] * 2
    assert [m.schedule for m in got.measures] == ["2026–2028"] * 2 + ["från hösten 2026"] * 2


def test_theme_line_with_other_area_labels():
    got = _theme_line_doc("Fokusområde")
    assert [g.theme for g in got.goals] == ["boende", "språk och utbildning"]
    assert len(got.measures) == 4


def test_theme_line_reading():
    assert theme_line("Tema: arbete och kompetens") == "arbete och kompetens"
    assert theme_line("Insatsområde – Barn och unga.") == "Barn och unga"
    # a sentence, another field or a long text is no theme line
    assert theme_line("Tema: Språket är en nyckel. Kurserna ordnas varje vecka.") is None
    assert theme_line("Ansvar: bildningsväsendet") is None
    assert theme_line("Tema: " + " ".join(["ord"] * 12)) is None


def _brochure_doc(label="Så vet vi att vi lyckats:"):
    return _classify([
        _h("Välkommen till Exempelby", 1),
        _h("Exempelby – en by för alla", 2),
        _p("Här bor folk från många länder. Barnen går i samma skolor. Arbetet lyckas när alla byar hjälps åt."),
        _p("Kommundirektör Per Holm"),
        _h("1. Boende", 2),
        _p("Vi vill att nya invånare hittar ett hem snabbt."),
        _p("Det här gör vi:"),
        _b("1. Vi öppnar en bostadsdisk i kommunhuset.", "2. Vi ordnar visningar av lediga bostäder."),
        _p(label),
        _b("antalet nya hyresavtal ökar", "fler hittar bostad inom tre månader (kommunens enkät)"),
        _h("2. Fritid", 2),
        _p("Vi vill att alla barn har en hobby."),
        _p("Det här gör vi:"),
        _b("3. Vi delar ut hobbykort till alla barn."),
        _p(label),
        _b("fler barn har en hobby"),
        _h("Vem gör vad och när?", 2),
        _t("", ["Åtgärd", "Ansvarig", "Med oss", "När"], [
            ["1", "Bostadsbyrån", "Hyresbolaget", "2026"],
            ["2", "Bostadsbyrån", "–", "2027"],
            ["3", "Fritidsbyrån", "idrottsföreningarna, scouterna", "Från 2026"]]),
    ])


def test_success_label_over_a_list_introduces_indicators():
    for label in ("Så vet vi att vi lyckats:", "Så vet vi att vi har lyckats:", "Så ser vi att vi lyckas:",
                  "Hur vet vi att vi lyckats?", "Så vet vi att vi lyckats"):
        got = _brochure_doc(label)
        assert [_sq(i.text) for i in got.indicators] == [
            "antalet nya hyresavtal ökar", "fler hittar bostad inom tre månader (kommunens enkät)",
            "fler barn har en hobby"], label
        g1, g2 = (g.id for g in got.goals)
        assert [i.goal for i in got.indicators] == [g1, g1, g2], label
        assert [i.measure for i in got.indicators] == [None] * 3
        assert len(got.measures) == 3, label


def test_success_label_phrases():
    assert intro_kind("Så vet vi att vi lyckats:") == "indicator"
    assert intro_kind("Så här vet vi att vi har nått målet:") == "indicator"
    assert success_label("Så ser vi att vi lyckas") and success_label("Hur märker vi att vi har lyckats")
    assert not success_label("Så ser vi till att alla får plats")


def test_med_oss_column_holds_the_partners():
    assert header_roles("Med oss") == ["partners"]
    got = _brochure_doc()
    assert [m.responsible for m in got.measures] == [["Bostadsbyrån"], ["Bostadsbyrån"], ["Fritidsbyrån"]]
    assert [m.partners for m in got.measures] == [["Hyresbolaget"], [], ["idrottsföreningarna", "scouterna"]]
    assert [m.schedule for m in got.measures] == ["2026", "2027", "Från 2026"]


def test_a_signed_greeting_states_no_goal():
    # 'Arbetet lyckas när alla byar hjälps åt.' in the section signed 'Kommundirektör Per Holm'
    got = _brochure_doc()
    assert len(got.goals) == 2
    assert all("lyckas när" not in g.text for g in got.goals)


def test_signature_lines():
    assert is_signature("Stadsdirektör Helena Holm")
    assert is_signature("Kommunstyrelsens ordförande Mikael Lind")
    assert is_signature("Mikaela Berg, kommundirektör")
    assert is_signature("Karin Ek\nordförande för kommunstyrelsen")
    assert not is_signature("Bildningsdirektör Johan Ek, tfn 040 123 4567")
    assert not is_signature("Ansvar: kommundirektören.")
    assert not is_signature("Stadsdirektören")
