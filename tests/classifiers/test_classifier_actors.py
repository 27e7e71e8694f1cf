import pytest

from classifiers.actors import ActorRegistry, actor_key, same_actor, split_actors


@pytest.mark.parametrize("cell,resp,partners", [
    ("Sysselsättningens ekosystem i samarbete med projektorganisationerna",
     ["Sysselsättningens ekosystem"], ["projektorganisationerna"]),
    ("HR-enheten i samarbete med välfärdsenheten", ["HR-enheten"], ["välfärdsenheten"]),
    ("Sysselsättningens ekosystem i samarbete med välfärdsenheten samt föreningsaktörer",
     ["Sysselsättningens ekosystem"], ["välfärdsenheten", "föreningsaktörer"]),
    ("Stadsmiljösektorn, bostädernas byggherrar, ARA-sammanslutningar, bostadsinvesterare",
     ["Stadsmiljösektorn", "bostädernas byggherrar", "ARA-sammanslutningar", "bostadsinvesterare"], []),
    ("Alma, Welcome Office och välfärdsenheten", ["Alma", "Welcome Office", "välfärdsenheten"], []),
    ("Alma, FRK, kultur- och bibliotekstjänsterna", ["Alma", "FRK", "kultur- och bibliotekstjänsterna"], []),
    # one name: organisation, sub-unit / a conjunction inside a phrase or a compound
    ("Borgå stad, koncerntjänsterna", ["Borgå stad, koncerntjänsterna"], []),
    ("Sektorn för fostran och utbildning", ["Sektorn för fostran och utbildning"], []),
    ("Sektorsövergripande arbetsgruppen samt tjänsterna för barn och familjer",
     ["Sektorsövergripande arbetsgruppen", "tjänsterna för barn och familjer"], []),
    ("Stadskansliets samt sektorernas och affärsverkens personalavdelningar",
     ["Stadskansliets samt sektorernas och affärsverkens personalavdelningar"], []),
    # a comma before an organisation of the same or a higher level lists two actors
    ("Stadskansliets ekonomi- och planeringsavdelning, Stadsmiljösektorn",
     ["Stadskansliets ekonomi- och planeringsavdelning", "Stadsmiljösektorn"], []),
    ("Kultur- och fritidssektorn, kultur- och fritidssektorns utvecklingstjänster",
     ["Kultur- och fritidssektorn, kultur- och fritidssektorns utvecklingstjänster"], []),
    ("Sektorn för fostran och utbildning, Kompetenscentret Stadin osaamiskeskus",
     ["Sektorn för fostran och utbildning, Kompetenscentret Stadin osaamiskeskus"], []),
    # in a longer list, a one-word proper name after an organisation is its named unit
    ("Youth Employment Services, Ohjaamo, The Migrant Youth Helsinki project",
     ["Youth Employment Services, Ohjaamo", "The Migrant Youth Helsinki project"], []),
    # an indefinite conjunct describes one group with what precedes it
    ("Motionstjänsterna och en styrgrupp som upprättats för motionsprogrammet",
     ["Motionstjänsterna och en styrgrupp som upprättats för motionsprogrammet"], []),
    ("Arbetsverksamhet i rehabiliteringssyfte, organisationer och föreningar",
     ["Arbetsverksamhet i rehabiliteringssyfte", "organisationer och föreningar"], []),
    ("Stadens aktörer och föreningar", ["Stadens aktörer", "föreningar"], []),
    # a predicate is not part of the name; a final period is not either
    ("Alla sektorer, invandrartjänsterna har ett särskilt ansvar", ["Alla sektorer", "invandrartjänsterna"], []),
    ("Välfärdsenheten i samarbete med samserviceställets aktörer.", ["Välfärdsenheten"], ["samserviceställets aktörer"]),
    # one name per line in a cell; a wrapped line is not a new name
    ("A-bolagen\nInvandrartjänsterna", ["A-bolagen", "Invandrartjänsterna"], []),
    ("Vasa bostadsrätt i samarbete med\nWelcome Office", ["Vasa bostadsrätt"], ["Welcome Office"]),
    ("", [], []),
])
def test_split_actors(cell, resp, partners):
    assert split_actors(cell) == (resp, partners)


def test_partner_column_puts_everyone_in_partners():
    assert split_actors("Alma, Efo", role="partners") == ([], ["Alma", "Efo"])


def test_canonical_names_fold_case_inflection_and_ocr_variants():
    assert actor_key("Hr-enheten") == actor_key("HR-enheten")
    assert actor_key("Integrationsservicen") == actor_key("integrationsservice")
    assert same_actor("TNO-tjänsterna", "TNO-tjänsten")
    assert same_actor("Välfärdsenheten", "Valfardsenheten")  # OCR lost the diacritics
    assert same_actor("Sysselsättningens ekosystem", "Sysselsattningens ekosystcm")
    assert not same_actor("Alma", "Almo")  # short names only match exactly
    assert not same_actor("Välfärdsenheten", "Välfärdsservicen")

    reg = ActorRegistry()
    for raw in ["Välfärdsenheten", "välfärdsenheten", "Valfardsenheten", "Alma", "HR-enheten", "Hr-enheten"]:
        reg.add(raw)
    assert reg.canonical("valfärdsenheten") == "Välfärdsenheten"
    assert reg.canonical("Hr-enheten") == "HR-enheten"
    assert sorted(reg.names()) == ["Alma", "HR-enheten", "Välfärdsenheten"]


def test_definite_noun_before_och_is_a_whole_name():
    # two words alike in their last letters around 'och' share a head only when the first
    # is an attribute ('Finska och svenska bildningsenheten'); a noun in the definite form
    # ('Hälsorådet och nätverksrådet Västby') is a name of its own
    from classifiers.actors import split_actors

    assert split_actors("Hälsorådet och nätverksrådet Västby") == (["Hälsorådet", "nätverksrådet Västby"], [])
    assert split_actors("Finska och svenska bildningsenheten") == (["Finska och svenska bildningsenheten"], [])


def test_municipalities_plural_with_their_place_names_is_one_actor():
    # 'Kommunerna A, B och C': the plural followed by the names it counts is one collective
    # actor; without names ('Kommunerna och välfärdsområdet') the conjunction lists two
    assert split_actors("Städerna Norrby och Söderby") == (["Städerna Norrby och Söderby"], [])
    assert split_actors("Kommunerna Åby, Bäckby och Dalby i samarbete med föreningarna") == (
        ["Kommunerna Åby, Bäckby och Dalby"], ["föreningarna"])
    assert split_actors("Kommunerna och välfärdsområdet") == (["Kommunerna", "välfärdsområdet"], [])


def test_service_unit_in_plural_after_comma_stays_with_its_organisation():
    # one lower-case word headed by an organisation level below the name before the comma
    # ('-tjänster') is the unit that acts; a bare group ('föreningar') is listed apart
    assert split_actors("Västra regionen, hemtjänster") == (["Västra regionen, hemtjänster"], [])
    assert split_actors("Stadens idrottssektor, simhallstjänster") == (["Stadens idrottssektor, simhallstjänster"], [])
    assert split_actors("Ekby kommun, föreningar") == (["Ekby kommun", "föreningar"], [])


def test_split_actors_partner_label_after_full_stop():
    # a cell writing both roles as two sentences: the partner label after the doer's full stop
    # opens the partners as it does after a comma, a slash or a line break
    assert split_actors("Ansvar: Kulturtjänsterna. Samarbete: Biblioteket, Röda Korset") == (
        ["Kulturtjänsterna"], ["Biblioteket", "Röda Korset"])
    assert split_actors("Fritidsenheten. Medverkande: Scouterna") == (["Fritidsenheten"], ["Scouterna"])


def test_split_actors_drops_a_year_alone_among_the_names():
    # a matrix's party and year columns printed into one field ('Ansvar: Biblioteket,
    # Skolan, 2025, 2026'): a year alone says when, it names no actor
    assert split_actors("Biblioteket, Skolan, 2025, 2026") == (["Biblioteket", "Skolan"], [])
    assert split_actors("Fritidsenheten, 2027") == (["Fritidsenheten"], [])
