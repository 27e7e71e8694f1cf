"""theme_code in the Ager & Strang (2008) taxonomy by a transparent Swedish term lexicon.

Each domain has word stems with a weight; a text scores the weights of the stems found in
its tokens (spaCy's Swedish tokenizer; a stem may sit anywhere inside a compound, since
Swedish writes 'arbetslivsorientering' as one word). A measure is scored on its own text,
plus half weight for its goal and the document's theme heading; the best domain wins, no
hit at all -> 'other' (which also has a few words of its own: follow-up, evaluation). The lexicon is general domain vocabulary of integration work, written
from the framework's definitions, not from any one program.

Domains (Ager & Strang): employment, housing, education, health (markers and means);
social_bridges (ties to other groups), social_bonds (ties within one's own community),
social_links (ties to services and the state) (social connection); language_culture,
safety_stability (facilitators); rights_citizenship (foundation).
"""

from __future__ import annotations

import functools
import re

from .text import fold

LEXICON: dict[str, dict[str, float]] = {
    "employment": {
        "arbetsliv": 3, "arbetsmarknad": 3, "sysselsatt": 3, "rekryter": 3, "arbetsgivar": 3,
        "arbetstagar": 2, "arbetskraft": 3, "arbetssok": 3, "arbetslos": 3, "arbetstran": 3,
        "arbetsprovning": 3, "arbetsplats": 2, "arbetserfarenhet": 3, "jobb": 3, "anstall": 2,
        "foretag": 2, "karriar": 3, "lonesubvention": 3, "praktik": 2, "arbete": 2,
        "arbetsverksamhet": 2, "mikroarbete": 3, "kompetenskartlaggning": 2, "cv": 2,
        "talent": 2, "experter": 1, "arbetsuppgift": 2, "praktikant": 3, "arbetslivet": 1, "ekosystem": 1,
    },
    "housing": {
        "bostad": 3, "bostader": 3, "boende": 3, "hyres": 3, "bostadsomrade": 3, "fororts": 3,
        "segregation": 3, "byggande": 3, "bostadsratt": 3, "fastighet": 2, "stadsdel": 2,
        "bostadsproduktion": 3, "boenderadgiv": 3, "bygg": 1,
        "omrade": 1,
    },
    "education": {
        "utbildning": 2, "skol": 3, "elev": 3, "studie": 3, "studera": 3, "undervisning": 3,
        "larare": 3, "laroanstalt": 3, "smabarnspedagogik": 3, "forskol": 3, "examen": 3,
        "examina": 3, "inlarning": 3, "laxhjalp": 3, "hogskol": 3, "gymnasi": 3, "lararen": 3,
        "laroavtal": 3, "studiehandledning": 3, "pedagog": 3, "avgangsbetyg": 3, "kurs": 1,
        "vuxenutbildning": 3, "studiemojlighet": 3, "hobby": 1,
    },
    "health": {
        "halsa": 3, "halso": 3, "sjukvard": 3, "psykisk": 3, "mental": 3, "valfard": 2,
        "valbefinnande": 3, "motion": 3, "idrott": 2, "rehabiliter": 2, "tortyr": 3,
        "trauma": 3, "egenvard": 3, "valmaende": 3, "krigszon": 2, "mottagning": 1,
        "halsovard": 3, "vard": 1,
    },
    "social_bridges": {
        "moten": 1, "moten mellan": 3, "motesplats": 3, "invanarstug": 3, "relationer mellan": 3, "befolkningsgrupp": 3, "mangfald": 2,
        "dubbelriktad": 3, "samhorighet": 3, "kulturkompis": 3, "kulturkafe": 3, "fadder": 3,
        "van": 0, "okanda": 3, "tillsammans": 1, "mangkultur": 2, "integration i bada": 3,
        "stadsodling": 2, "evenemang": 1, "kamrat": 2, "mentor": 2, "nataverkande": 2,
        "natverkande": 2, "fritid": 1, "kultur": 1, "hobb": 2,
    },
    "social_bonds": {
        "etniska foreningar": 3, "egna samfund": 3, "samfund": 2, "invandrarforening": 3,
        "familj": 2, "vardnadshavar": 1, "foraldrar": 2, "hemmaforaldrar": 3, "eget sprak": 1,
        "modersmal": 1, "familjeaterforening": 3, "foreningar": 1,
    },
    "social_links": {
        # generic service words run through texts of every domain: weakest evidence
        "tjanst": 1, "service": 1, "information": 1, "info": 1, "infomot": 3, "flersprak": 1, "introduktion": 2, "dialog": 2, "radgivning": 2,
        "handledning": 0.5, "myndighet": 2, "delaktighet": 2, "paverka": 2, "webb": 2,
        "kanal": 2, "kommunikation": 2, "natverk": 1, "samarbete": 1, "register": 2,
        "klient": 1, "kund": 1, "nyhetsbrev": 3, "samservice": 3, "welcome": 1,
        "forenings": 1, "understod": 2, "organisations": 1, "tredje sektorn": 2,
        "personal": 1, "radet": 1, "kartlagg": 1, "kontaktyt": 2, "invanar": 1,
    },
    "language_culture": {
        "sprak": 3, "finska": 3, "svenska": 3, "s2": 3, "tolk": 3, "oversattning": 3,
        "bibliotek": 2, "lasning": 3, "laskunnig": 3, "kultur": 2,
        "engelsk": 1, "spraklig": 2, "kulturhus": 2, "museum": 2, "museet": 2, "konst": 2,
        "samhallsorienter": 2, "samhallskunskap": 2,
    },
    "safety_stability": {
        "sakerhet": 3, "trygg": 2, "kris": 3, "hatretorik": 3, "rasism": 3, "polis": 3,
        "manniskohandel": 3, "utnyttjande av arbetskraft": 3, "parallellsamhalle": 3, "vald": 3, "beredskap": 2,
        "marginaliser": 2, "utslagning": 2, "mobbning": 3, "skolmobbing": 3, "hedersvald": 3,
        "utanforskap": 2,
    },
    "rights_citizenship": {
        "rattighet": 4, "barnvanlig": 3, "skyldighet": 3, "medborgar": 3, "likabehandling": 3, "jamlikhet": 2,
        "jamstalldhet": 3, "diskriminer": 3, "rostratt": 3, "demokrati": 3, "sarbehandling": 3,
        "uppehallstillstand": 3, "etiska principer": 2, "anonym rekrytering": 2, "nolltolerans": 2,
        "jamlik": 1, "ojamlikhet": 2,
    },
    # the program's own machinery: follow-up, evaluation, statistics, demography
    "other": {
        "uppfoljning": 2, "utvarder": 2, "bedomning": 2, "verkningsfull": 3, "insamling av uppgifter": 3,
        "statistik": 2, "befolkningsutveckling": 3, "rapporter": 1, "analyser": 1, "principer": 2,
    },
}
# Compounds whose head is a different word than the stem inside them: 'samarbete'
# (cooperation) is not 'arbete' (work); 'välfärdsområde' is an administrative region
# (the wellbeing services county), not wellbeing.
FALSE_FRIENDS: dict[str, tuple[str, ...]] = {
    "samarbet": ("arbete", "arbets"),
    "flersprak": ("sprak",),  # multilingual delivery of a service, not language learning
    "valfardsomrad": ("valfard",),
    "arbetssatt": ("arbets",),
    "arbetsgrupp": ("arbets",),
    "tolkning": (),
}

# Order breaks ties: the more specific (markers and means) before the general (links).
DOMAIN_ORDER = (
    "employment", "housing", "education", "health", "safety_stability", "rights_citizenship",
    "language_culture", "social_bridges", "social_bonds", "social_links", "other",
)


@functools.lru_cache(maxsize=1)
def _tokenizer():
    try:
        import spacy

        return spacy.blank("sv")
    except Exception:  # pragma: no cover - spaCy is a dependency; keep a fallback anyway
        return None


def tokens(text: str) -> list[str]:
    nlp = _tokenizer()
    if nlp is None:
        toks = re.findall(r"\w+", text)
    else:
        toks = [t.text for t in nlp.make_doc(text) if not t.is_punct and not t.is_space]
    return [fold(t) for t in toks]


def _false_friend(token: str, stem: str) -> bool:
    return any(ff in token and stem in bad for ff, bad in FALSE_FRIENDS.items())


def domain_scores(text: str) -> dict[str, float]:
    """Weight of the domain's words found in the text: every stem found counts once (a
    repeated word is not more evidence than one mention; a stem may sit inside a compound).
    Phrases count where their words follow each other, each word as a prefix
    ('utnyttjande av arbetskraft' ~ 'utnyttjandet av arbetskraften')."""
    toks = tokens(text)
    joined = " " + " ".join(toks) + " "
    scores = {d: 0.0 for d in LEXICON}
    for d, stems in LEXICON.items():
        for stem, w in stems.items():
            if not w:
                continue
            if " " in stem:
                pat = r"(?<!\w)" + r"\w*\s+".join(re.escape(x) for x in stem.split())
                if re.search(pat, joined):
                    scores[d] += w
            elif any(stem in t and not _false_friend(t, stem) for t in toks):
                scores[d] += w
    return scores


GOAL_WEIGHT = 0.5  # the measure's goal names its purpose
HEADING_WEIGHT = 0.25  # a theme heading often groups several domains ('Hälsa och välmående')


def theme_code(text: str, goal: str = "", heading: str = "") -> str:
    s = domain_scores(text)
    for ctx, w in ((goal, GOAL_WEIGHT), (heading, HEADING_WEIGHT)):
        if ctx:
            for d, v in domain_scores(ctx).items():
                s[d] += w * v
    best = max(DOMAIN_ORDER, key=lambda d: (s[d], -DOMAIN_ORDER.index(d)))
    return best if s[best] > 0 else "other"
