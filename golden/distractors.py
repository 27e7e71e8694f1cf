"""Content a real integration programme carries besides its goals, measures and indicators.

The golden programs hold the measure tables and a few paragraphs; a programme as a
municipality publishes it runs to 30–60 pages: a table of contents, a background chapter with
statistics, tables of figures, a glossary, contact people, the laws it rests on, how it was
prepared, a budget, figure captions, footnotes and an appendix with a survey. None of that is a
goal, a measure or an indicator; nor is the previous programme's evaluation, its old measures
in a table with their status. `with_distractors(source)` inserts such blocks (written for
this benchmark: generic, municipality-neutral Swedish, nothing taken from the golden programs)
into a golden program's blocks at the places they stand in a programme, so that the hand gold
stays the truth: every extra item the pipeline reads is a false positive.

Used by `bench/distractors.py` and by tests that want realistic non-structure content.
"""

from __future__ import annotations

import copy


def _toc_line(number: str, title: str, page: int, width: int = 46) -> str:
    """One table-of-contents line: number, title, dot leaders, page number."""
    head = f"{number} {title}".strip()
    last = head.rsplit("\n", 1)[-1]  # a long title wraps; the leaders follow its last line
    dots = "." * max(6, width - len(last) - len(str(page)) - 2)
    return f"{head} {dots} {page}"


TOC = [
    ("1", "Inledning", 3),
    ("2", "Bakgrund och utgångspunkter", 4),
    ("2.1", "Befolkningen", 5),
    ("2.2", "Sysselsättning", 7),
    ("2.3", "Lagstiftning och styrdokument", 8),
    ("2.4", "Hur programmet har tagits fram och vilka\nsom har deltagit i beredningen", 9),
    ("3", "Mål och åtgärder", 10),
    ("4", "Uppföljning och indikatorer", 21),
    ("5", "Resurser och finansiering", 24),
    ("6", "Begrepp", 26),
    ("", "Kontaktuppgifter", 28),
    ("", "Bilaga 1. Enkät till invånarna", 29),
]


def toc_blocks() -> list[dict]:
    """Two tables of contents, as programmes print them: one whose titles are followed by
    their page numbers with nothing between (no leaders), then one with dot leaders."""
    return [
        {"type": "heading", "level": 2, "text": "Innehållsförteckning"},
        {"type": "paragraph", "text": "\n".join(
            f"{n} {t.replace(chr(10), ' ')} {p}".strip() for n, t, p in TOC)},
        {"type": "heading", "level": 2, "text": "Innehåll"},
        {"type": "paragraph", "text": "\n".join(_toc_line(n, t, p) for n, t, p in TOC)},
    ]


def background_blocks() -> list[dict]:
    """A background chapter: prose about the programme and the municipality, statistics in
    running text and in tables, a figure caption, a footnote, the laws, the preparation."""
    return [
        {"type": "heading", "level": 1, "text": "Bakgrund och utgångspunkter"},
        {"type": "paragraph", "text":
            "Målet med programmet är att beskriva hur kommunen tillsammans med sina "
            "samarbetsparter arbetar med integration under programperioden och att samla det "
            "arbete som redan pågår i de olika förvaltningarna."},
        {"type": "paragraph", "text":
            "Syftet med detta kapitel är att ge en bild av verksamhetsmiljön. Uppgifterna bygger "
            "på befolkningsstatistiken och på sysselsättningsstatistiken och gäller, om inget "
            "annat anges, situationen vid årsskiftet 2022/2023."},
        {"type": "paragraph", "text":
            "Vid utgången av 2022 hade 4 312 invånare ett annat modersmål än finska, svenska "
            "eller samiska, vilket motsvarar 8,4 procent av befolkningen. Andelen har ökat med "
            "1,9 procentenheter sedan 2018. Nästan hälften av dem är i arbetsför ålder, och var "
            "femte är under 15 år.1"},
        {"type": "heading", "level": 2, "text": "2.1 Befolkningen"},
        {"type": "table", "caption": "Tabell 1. Befolkningen enligt modersmål 2019–2022",
         "columns": ["Modersmål", "2019", "2020", "2021", "2022"],
         "rows": [
             ["Ryska", "612", "640", "668", "701"],
             ["Estniska", "455", "462", "470", "468"],
             ["Arabiska", "301", "344", "372", "409"],
             ["Engelska", "188", "203", "221", "246"],
             ["Somaliska", "97", "104", "112", "118"],
             ["Övriga språk", "1 602", "1 811", "2 019", "2 370"],
             ["Totalt", "3 255", "3 564", "3 862", "4 312"],
         ]},
        {"type": "paragraph", "text": "Källa: befolkningsstruktur 31.12.2022."},
        {"type": "paragraph", "text":
            "Figur 1. Andelen invånare med främmande modersmål 2013–2022, procent av "
            "befolkningen."},
        {"type": "heading", "level": 2, "text": "2.2 Sysselsättning"},
        {"type": "paragraph", "text":
            "Arbetslöshetsgraden bland invånare med utländsk bakgrund var 17,6 procent i slutet "
            "av 2022, medan den för hela befolkningen var 8,1 procent. Skillnaden är störst "
            "bland kvinnor och bland dem som har bott i landet kortare tid än fem år."},
        {"type": "table", "caption": "Tabell 2. Arbetslösa arbetssökande enligt grupp, december 2022",
         "columns": ["Grupp", "Arbetslösa", "Andel av arbetskraften, %", "Förändring från föregående år"],
         "rows": [
             ["Hela befolkningen", "2 184", "8,1", "-0,6"],
             ["Utländska medborgare", "398", "17,6", "+1,2"],
             ["Kvinnor med utländsk bakgrund", "221", "21,3", "+2,0"],
             ["Unga under 25 år", "264", "11,4", "-1,1"],
             ["Långtidsarbetslösa", "731", "–", "-3,4"],
         ]},
        {"type": "table", "caption": "Tabell 3. Nyckeltal för integrationen",
         "columns": ["Nyckeltal", "2020", "2021", "2022", "Hela landet 2022"],
         "rows": [
             ["Sysselsättningsgrad bland personer med utländsk bakgrund, %", "58,2", "60,9",
              "63,4", "64,8"],
             ["Andel elever med utländsk bakgrund som fortsätter till andra stadiet, %",
              "88", "90", "91", "93"],
             ["Deltagare i integrationsutbildning", "312", "298", "341", "–"],
             ["Kvotflyktingar som tagits emot", "20", "25", "25", "–"],
         ]},
        {"type": "paragraph", "text":
            "1 Med utländsk bakgrund avses en person vars båda föräldrar eller enda kända "
            "förälder är född utomlands."},
        {"type": "heading", "level": 2, "text": "2.3 Lagstiftning och styrdokument"},
        {"type": "paragraph", "text": "Programmet grundar sig på följande lagar och dokument:"},
        {"type": "bullets", "items": [
            "Lagen om främjande av integration (681/2023)",
            "Diskrimineringslagen (1325/2014)",
            "Jämställdhetslagen (609/1986)",
            "Språklagen (423/2003)",
            "Lagen om ordnande av social- och hälsovård (612/2021)",
            "Kommunens strategi och välfärdsberättelse",
        ]},
        {"type": "heading", "level": 2, "text": "2.4 Hur programmet har tagits fram"},
        {"type": "paragraph", "text":
            "Programmet har beretts av en sektorsövergripande arbetsgrupp. Invånarna har kunnat "
            "påverka innehållet genom en enkät (bilaga 1) och i två öppna workshoppar."},
        {"type": "table", "caption": "Tabell 4. Beredningen av programmet",
         "columns": ["Datum", "Händelse", "Ansvarig"],
         "rows": [
             ["15.2.2022", "Arbetsgruppen tillsattes", "Kommunstyrelsen"],
             ["mars–maj 2022", "Enkät till invånarna och workshoppar med organisationer",
              "Arbetsgruppen"],
             ["9.6.2022", "Det första utkastet behandlades", "Arbetsgruppen"],
             ["hösten 2022", "Utlåtanden om utkastet", "Nämnderna och välfärdsområdet"],
             ["12.12.2022", "Programmet godkändes", "Fullmäktige"],
         ]},
    ]


def evaluation_blocks() -> list[dict]:
    """The previous programme's evaluation, which programmes report before their new measures:
    the old measures in a table with their status. They are no measures of this programme."""
    return [
        {"type": "heading", "level": 1, "text": "Uppföljning av föregående program 2019–2022"},
        {"type": "paragraph", "text":
            "Det föregående programmet innehöll 24 åtgärder. Arbetsgruppen har bedömt hur de "
            "har genomförts; en del av dem fortsätter i detta program i ny form."},
        {"type": "table", "caption": "Tabell 5. Bedömning av åtgärderna i det föregående programmet",
         "columns": ["Åtgärd", "Ansvarig", "Status"],
         "rows": [
             ["Informationsmaterial om kommunens tjänster översätts till fem språk",
              "Kommunikationsenheten", "Genomförd"],
             ["En gemensam rådgivningspunkt för nyanlända öppnas i stadshuset",
              "Integrationsenheten", "Genomförd"],
             ["Kurser i svenska ordnas på kvällstid för förvärvsarbetande",
              "Vuxenutbildningen", "Delvis genomförd"],
             ["Arbetsplatser erbjuds stöd för att ta emot praktikanter med utländsk bakgrund",
              "Näringslivsenheten", "Pågår"],
             ["Föräldrar i familjer med utländsk bakgrund bjuds in till träffar i skolorna",
              "Bildningsförvaltningen", "Har inte genomförts"],
             ["Idrottsföreningar får bidrag för verksamhet som når nya invånare",
              "Fritidsförvaltningen", "Genomförd"],
             ["Personalen inom hälsovården utbildas i att använda tolk",
              "Välfärdsområdet", "Delvis genomförd"],
             ["En mentorverksamhet för unga vuxna startas tillsammans med föreningar",
              "Ungdomstjänsterna", "Har inte genomförts"],
         ]},
        {"type": "paragraph", "text":
            "Av de åtgärder som inte har genomförts har en del flyttats till detta program."},
    ]


def appendix_blocks() -> list[dict]:
    """What follows the measures: budget, glossary, contacts, an appendix with a survey."""
    return [
        {"type": "heading", "level": 1, "text": "Resurser och finansiering"},
        {"type": "paragraph", "text":
            "Åtgärderna genomförs i huvudsak inom ramen för förvaltningarnas egna budgeter. "
            "Statens ersättningar för integrationsfrämjande och de kostnader de täcker "
            "redovisas i tabellen nedan."},
        {"type": "table", "caption": "Tabell 6. Budget för integrationsarbetet, euro",
         "columns": ["Post", "2023", "2024", "2025", "2026"],
         "rows": [
             ["Personalkostnader", "412 000", "420 000", "428 000", "436 000"],
             ["Tolkning och översättning", "58 000", "60 000", "60 000", "62 000"],
             ["Hyror och lokaler", "31 500", "32 000", "32 500", "33 000"],
             ["Statlig ersättning", "-380 000", "-385 000", "-390 000", "-395 000"],
             ["Netto", "121 500", "127 000", "130 500", "136 000"],
         ]},
        {"type": "heading", "level": 1, "text": "Begrepp"},
        {"type": "table", "caption": "",
         "columns": ["Begrepp", "Förklaring"],
         "rows": [
             ["Integration", "En växelverkan mellan den som flyttat till landet och samhället, "
              "där den nya invånaren får de kunskaper och färdigheter som behövs i samhället "
              "och arbetslivet."],
             ["Tvåvägsintegration", "Integration ses som en process där både den som flyttat "
              "hit och det mottagande samhället förändras."],
             ["Inledande kartläggning", "En bedömning av en persons språkkunskaper, utbildning "
              "och arbetserfarenhet som görs i början av integrationen."],
             ["Integrationsplan", "En individuell plan över de utbildningar och tjänster som "
              "stöder personens integration."],
             ["Kvotflykting", "En person som beviljats flyktingstatus och som tas emot inom "
              "ramen för den årliga flyktingkvoten."],
         ]},
        {"type": "heading", "level": 1, "text": "Kontaktuppgifter"},
        {"type": "table", "caption": "",
         "columns": ["Namn", "Titel", "Telefon", "E-post"],
         "rows": [
             ["Anna Lindqvist", "Integrationskoordinator", "040 123 4567",
              "anna.lindqvist@kommunen.fi"],
             ["Jussi Mäkinen", "Sysselsättningschef", "040 234 5678",
              "jussi.makinen@kommunen.fi"],
             ["Sara Holm", "Rektor, vuxenutbildningen", "040 345 6789",
              "sara.holm@kommunen.fi"],
             ["Mikael Berg", "Ledande socialarbetare", "040 456 7890",
              "mikael.berg@kommunen.fi"],
         ]},
        {"type": "paragraph", "text": "Kontaktperson för programmet: Anna Lindqvist, "
            "integrationskoordinator, tfn 040 123 4567"},
        {"type": "heading", "level": 1, "text": "Bilaga 1. Enkät till invånarna"},
        {"type": "paragraph", "text":
            "Enkäten genomfördes i mars–maj 2022 på svenska, finska, engelska, arabiska och "
            "ryska. Den besvarades av 214 personer, av vilka 61 procent hade bott i kommunen "
            "längre än tre år."},
        {"type": "heading", "level": 3, "text": "Del 1. Bakgrundsfrågor"},
        {"type": "paragraph", "text": "1.1 Hur länge har du bott i kommunen?"},
        {"type": "bullets", "items": ["mindre än ett år", "1–3 år", "mer än tre år"]},
        {"type": "paragraph", "text": "1.2 Vilket eller vilka språk talar du hemma?"},
        {"type": "heading", "level": 3, "text": "Del 2. Tjänster och delaktighet"},
        {"type": "paragraph", "text":
            "2.1 Hur nöjd är du med den information du har fått om kommunens tjänster?"},
        {"type": "bullets", "items": ["mycket nöjd", "ganska nöjd", "inte särskilt nöjd",
                                      "inte alls nöjd"]},
        {"type": "paragraph", "text":
            "2.2 Vad borde kommunen göra för att du ska känna dig mer delaktig? (öppen fråga)"},
        {"type": "table", "caption": "Tabell 7. Svar på fråga 2.1 enligt åldersgrupp, antal",
         "columns": ["Svarsalternativ", "Under 30 år", "30–49 år", "50 år och äldre", "Totalt"],
         "rows": [
             ["Mycket nöjd", "14", "22", "9", "45"],
             ["Ganska nöjd", "31", "48", "17", "96"],
             ["Inte särskilt nöjd", "12", "26", "11", "49"],
             ["Inte alls nöjd", "6", "11", "7", "24"],
         ]},
        {"type": "paragraph", "text": "Figur 2. Svarsfördelning på fråga 2.1, procent."},
    ]


def baseline_blocks() -> list[dict]:
    """The starting point in figures, as a measure chapter often opens with it."""
    return [
        {"type": "paragraph", "text": "Utgångsläget i slutet av 2022:"},
        {"type": "bullets", "items": [
            "Invånare med främmande modersmål: 4 312 personer (8,4 %)",
            "Arbetslösa arbetssökande med utländsk bakgrund: 398",
            "Elever i undervisning i svenska eller finska som andra språk: 611",
        ]},
    ]


def _background_at(blocks: list[dict]) -> int:
    """Where a background chapter stands: before the chapter that holds the first table (its
    last level-1 heading before it, else the headings right above the table); a program
    without tables gets it at the start."""
    first = next((i for i, b in enumerate(blocks) if b.get("type") == "table"), None)
    if first is None:
        return 0
    for i in range(first - 1, -1, -1):
        b = blocks[i]
        if b.get("type") == "heading" and int(b.get("level") or 1) <= 1:
            return i
    i = first
    while i > 0 and blocks[i - 1].get("type") == "heading":
        i -= 1
    return i


def with_distractors(source: dict) -> dict:
    """A copy of `source` (golden source.json) with tables of contents after the title, a
    background chapter and the previous programme's evaluation before the measure content, the starting point in figures under the
    heading of the chapter with the first table, and budget, glossary, contacts and a survey
    appendix after it. `gold` is kept as it is."""
    src = copy.deepcopy(source)
    blocks = list(src.get("blocks") or [])
    at = _background_at(blocks)
    rest = blocks[at:]
    # the measure chapter opens with the starting point in figures, under its heading
    opens = 1 if rest and rest[0].get("type") == "heading" and int(rest[0].get("level") or 1) <= 1 \
        and any(b.get("type") == "table" for b in rest) else 0
    if opens:
        rest = rest[:1] + baseline_blocks() + rest[1:]
    blocks = (toc_blocks() + blocks[:at] + background_blocks() + evaluation_blocks() + rest
              + appendix_blocks())
    src["blocks"] = blocks
    return src
