"""Conventions of the twenty-ninth blind set's Nystad, Reso and Hyvinge programmes (tests/data/
blind_programs, README there), on made-up text: actions closing on '(who, when)' whose time
is a rate ('2 ggr/år') or a school term ('vårterminerna') and whose doer works 'med stöd av'
a partner; a table in two languages ('Ansvar / Responsible', `translated_columns`); a
newsletter whose articles close with '(Artikeln hör till mål N.)' (`goal_reference_note`),
quoting people (`quoted_speech`); a group of an action chapter that states its goal after a
colon and its actions in sentences ('... följande: X anställer ...', `following_intro`)."""

from __future__ import annotations

from blocks_doc import bullets as _b, classify_blocks as _classify, heading as _h, paragraph as _p

from classifiers.actors import split_actors
from classifiers.colon_goal import goal_after_colon
from classifiers.following_intro import after_following_intro
from classifiers.goal_reference_note import referred_goal_number
from classifiers.prose import is_goal_sentence
from classifiers.prose_actions import prose_action
from classifiers.quoted_speech import attributed_quote
from classifiers.schedule import opens_with_time
from classifiers.translated_columns import own_language, translated_header
from classifiers.classify_document import classify
from golden import render as R
from pipeline.process import ProcessOptions, extract, normalize


def _squash(s):
    return " ".join(s.split())


def _t(columns, rows, caption=""):
    return {"type": "table", "caption": caption, "columns": columns, "rows": rows}


# --- '(who, when)' closing the actions ---------------------------------------------------

def test_a_rate_and_a_school_term_are_times():
    assert opens_with_time("2 ggr/år").group(0) == "2 ggr/år"
    assert opens_with_time("1 gång/mån").group(0) == "1 gång/mån"
    assert opens_with_time("vårterminerna").group(0) == "vårterminerna"
    assert opens_with_time("höstterminen").group(0) == "höstterminen"
    assert opens_with_time("ggr") is None


def test_med_stod_av_names_a_partner():
    assert split_actors("Röda Korsets lokalavdelning med stöd av kommunen") == \
        (["Röda Korsets lokalavdelning"], ["kommunen"])


def test_actions_closing_on_who_and_when_drop_the_parenthesis():
    x = _classify([
        _h("1. Information och service", 2),
        _p("Målsättning: Alla nya invånare hittar den service de behöver."),
        _p("Därför gör vi:"),
        _b("En sida för nya invånare publiceras på webbplatsen (kommunikationen, 2025).",
           "Informationsträffar ordnas på de största arbetsplatserna (integrationskoordinatorn tillsammans med arbetsgivarna, 2 ggr/år).",
           "Simskola för vuxna kvinnor (idrottstjänsterna, vårterminerna).",
           "Föräldrakvällar med tolk i början av läsåret (grundläggande utbildningen, årligen)."),
    ])
    got = {_squash(m.text): (m.responsible, m.partners) for m in x.measures}
    assert got == {
        "En sida för nya invånare publiceras på webbplatsen": (["kommunikationen"], []),
        "Informationsträffar ordnas på de största arbetsplatserna": (["integrationskoordinatorn"], ["arbetsgivarna"]),
        "Simskola för vuxna kvinnor": (["idrottstjänsterna"], []),
        "Föräldrakvällar med tolk i början av läsåret": (["grundläggande utbildningen"], []),
    }


# --- a table in two languages -------------------------------------------------------------

def test_a_translated_header_and_its_cells():
    assert translated_header("Ansvar / Responsible")
    assert not translated_header("Ansvarig / samarbetspart")  # two roles, no translation
    assert not translated_header("Ansvar")
    assert own_language("Medborgarinstitutet och arbetsgivarna / adult education centre and employers") == \
        "Medborgarinstitutet och arbetsgivarna"
    assert own_language("HT/VT") == "HT/VT"


def test_a_two_language_actor_column_gives_the_names_before_the_translation():
    x = _classify([
        _h("2. Arbete och kompetens / Work and skills", 2),
        _p("Målsättning: Fler invånare får arbete som motsvarar deras utbildning."),
        _t(["Åtgärd", "Action", "Ansvar / Responsible", "Tid / Time"],
           [["Finskundervisning på arbetsplatsen", "Finnish lessons at the workplace",
             "Medborgarinstitutet och arbetsgivarna / adult education centre and employers", "2025–2028"],
            ["Startkurs för företagare", "Start-up course for entrepreneurs",
             "Näringslivstjänsterna / business services", "2027"]], "Åtgärder – Actions"),
    ])
    got = {_squash(m.text): m.responsible for m in x.measures}
    assert got == {"Finskundervisning på arbetsplatsen": ["Medborgarinstitutet", "arbetsgivarna"],
                   "Startkurs för företagare": ["Näringslivstjänsterna"]}


# --- a newsletter's articles pointing to goals ------------------------------------------------

def test_a_closing_note_names_the_goal():
    assert referred_goal_number("(Artikeln hör till mål 2.)") == "2"
    assert referred_goal_number("Avsnittet gäller mål 4.") == "4"
    assert referred_goal_number("Projektet hör till det som staden ordnade 2024.") is None
    assert referred_goal_number("Kommunen ordnar kurser som hör till mål 2 i strategin varje år.") is None


def test_an_attributed_quote_is_no_goal():
    assert attributed_quote('"Vi vill att ingen ska behöva vänta", säger hon.')
    assert not is_goal_sentence('"Vi vill att ingen ska behöva vänta på sin tur", säger hon.')
    assert not attributed_quote("Vi vill att ingen ska behöva vänta på sin tur.")


def test_a_particle_after_a_dated_adverbial_and_reporting_and_following_up():
    a = prose_action("Kulturtjänsterna delar från och med 2026 ut ett startbidrag till föreningar.")
    assert a is not None and a.responsible == ["Kulturtjänsterna"]
    a = prose_action("Arbetsgruppen för integration rapporterar varje år till stadsstyrelsen.")
    assert a is not None
    a = prose_action("Staden följer upp befolkningsstrukturen i stadsdelarna.")
    assert a is not None and a.responsible == ["Staden"]


def _newsletter():
    return [
        _h("Våra mål 2025–2029", 2),
        _b("1. Nyinflyttade hittar snabbt rätt tjänster", "2. Fler vuxna invandrare får arbete inom ett år"),
        _h("Nyhetsbrevet – specialnummer", 2),
        _h("En dörr till alla tjänster", 3),
        _p("Medborgarservicen inför under 2026 tidsbokning med distanstolk. Chefen berättar att idén kom "
           "från grannstaden. \"Vi vill att ingen ska behöva gå från lucka till lucka\", säger hon."),
        _p("(Artikeln hör till mål 1.)"),
        _h("Från kurs till jobb", 3),
        _p("Arbets- och näringstjänsterna startar hösten 2026 en språkkurs för vårdbiträden. "
           "Förra året fick 84 personer arbete via projektet."),
        _p("(Artikeln hör till mål 2.)"),
    ]


def _pdf(tmp_path, blocks, style="ruled"):
    src = {"slug": "t", "municipality": "Exempelby", "title": "Exempelby tillsammans",
           "period_start": 2025, "period_end": 2029, "language": "sv", "blocks": blocks}
    path = tmp_path / f"plan.{style}.pdf"
    path.write_bytes(R.render(src, style))
    o = ProcessOptions()
    return normalize(extract(str(path), o), o)


def test_articles_closed_by_a_goal_note_give_that_goal_their_actions(tmp_path):
    # (a made-up PDF page: the numbered goal list as the PDF path reads it)
    x = classify(_pdf(tmp_path, _newsletter()))
    # (the goal keeps its list number as printed, '1. ...': matched here by its words)
    goals = {_squash(g.text).split(". ", 1)[-1]: g.id for g in x.goals}
    assert set(goals) == {"Nyinflyttade hittar snabbt rätt tjänster",
                          "Fler vuxna invandrare får arbete inom ett år"}
    got = {_squash(m.text): (m.goal, m.responsible) for m in x.measures}
    assert got == {
        "Medborgarservicen inför under 2026 tidsbokning med distanstolk":
            (goals["Nyinflyttade hittar snabbt rätt tjänster"], ["Medborgarservicen"]),
        "Arbets- och näringstjänsterna startar hösten 2026 en språkkurs för vårdbiträden":
            (goals["Fler vuxna invandrare får arbete inom ett år"], ["Arbets- och näringstjänsterna"]),
    }


# --- a group stating its goal after a colon, its actions in sentences ----------------------------

def test_a_goal_quoted_from_where_it_was_set():
    assert goal_after_colon("Målet för boendet är formulerat i stadens strategi: Bostadsområdena är trivsamma.") == \
        "Bostadsområdena är trivsamma"
    assert after_following_intro("Under perioden gäller följande: Bolaget anställer en rådgivare.") == \
        "Bolaget anställer en rådgivare."
    assert after_following_intro("Bolaget anställer en rådgivare.") == "Bolaget anställer en rådgivare."


def test_a_group_stating_its_goal_and_its_actions_in_prose():
    x = _classify([
        _h("3 Åtgärder per tema", 2),
        _h("1 Arbete", 3),
        _t(["Tavoite", "Åtgärd", "Ansvar"],
           [["Fler invånare har arbete", "Rekryteringsmässa för arbetsgivare", "Näringslivstjänsterna"]]),
        _h("2 Boende och närmiljö", 3),
        _p("Målet för boendet är formulerat i stadens strategi: Bostadsområdena i staden är trivsamma och blandade. "
           "Åtgärderna har inte förts in i tabellform, eftersom de genomförs av stadens bostadsbolag."),
        _p("Under perioden gäller följande: Exempelbo Oy anställer en boenderådgivare som talar flera språk. "
           "Staden följer upp befolkningsstrukturen i stadsdelarna och beaktar resultatet i planläggningen. "
           "Samtidigt fortsätter den gårdsverksamhet som föreningen inledde 2024."),
    ])
    goals = {_squash(g.text): g.id for g in x.goals}
    g = goals.get("Bostadsområdena i staden är trivsamma och blandade")
    assert g is not None
    got = {_squash(m.text): m.responsible for m in x.measures if m.goal == g}
    assert got == {"Exempelbo Oy anställer en boenderådgivare som talar flera språk": ["Exempelbo Oy"],
                   "Staden följer upp befolkningsstrukturen i stadsdelarna och beaktar resultatet i planläggningen":
                       ["Staden"]}
