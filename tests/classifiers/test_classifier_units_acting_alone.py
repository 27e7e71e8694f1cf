"""'Organisation, unit' in a responsibility line is one name ('Borgå stad, koncerntjänsterna')
unless the programme has that unit answer for an action on its own elsewhere: then the comma
lists two actors (actors.split_units_acting_alone, called by classify)."""

from blocks_doc import classify_blocks, heading as _h, paragraph as _p

from classifiers.actors import split_units_acting_alone
from classifiers.model import Measure


def _programme(second_owner: str) -> list[dict]:
    return [
        _h("1 Arbete", 1),
        _p("Mål: Fler invandrare i Exempelby får arbete."),
        _h("Åtgärder", 2),
        _p("1.1 Samkommunen ordnar rekryteringsdagar för arbetsgivare och arbetssökande."),
        _p("Ansvar: Västra regionens samkommun, fritidsenheten"),
        _p("1.2 Sommarjobb erbjuds unga med utländsk bakgrund."),
        _p(f"Ansvar: {second_owner}"),
    ]


def _owners(blocks):
    return [m.responsible for m in classify_blocks(blocks).measures]


def test_unit_answering_alone_elsewhere_is_an_actor_of_its_own():
    assert _owners(_programme("fritidsenheten")) == [
        ["Västra regionens samkommun", "fritidsenheten"], ["fritidsenheten"]]


def test_unit_never_named_alone_stays_part_of_its_organisation():
    assert _owners(_programme("personalförvaltningen")) == [
        ["Västra regionens samkommun, fritidsenheten"], ["personalförvaltningen"]]


def test_partners_are_split_the_same_way():
    ms = [Measure(id="m1", text="a", responsible=["kommunstyrelsen"], partners=["Exempelby stad, biblioteket"]),
          Measure(id="m2", text="b", responsible=["Biblioteket"])]
    split_units_acting_alone(ms)
    assert ms[0].partners == ["Exempelby stad", "biblioteket"]
    assert ms[1].responsible == ["Biblioteket"]


def test_unit_naming_its_organisation_in_the_genitive_stays_its_unit():
    ms = [Measure(id="m1", text="a", responsible=["Fritidssektorn, fritidssektorns ungdomstjänster"]),
          Measure(id="m2", text="b", responsible=["fritidssektorns ungdomstjänster"])]
    split_units_acting_alone(ms)
    assert ms[0].responsible == ["Fritidssektorn, fritidssektorns ungdomstjänster"]
