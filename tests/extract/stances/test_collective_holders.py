"""Stances of collective and institutional holders and toward policies, on invented
sentences in the shapes of British, international and business copy: lists of parties
voting, unions and companies on offers, regulators and courts on decisions."""

from __future__ import annotations

from newsfacts.pipeline.extractor import Extractor


def _triples(extractor: Extractor, text: str) -> set[tuple[str, str, str]]:
    stances = extractor.nlp(text)._.newsfacts_stances
    return {(s["holder"], s["polarity"], s["target"]) for s in stances}


def test_stances_every_name_of_a_list_parsed_as_appositions_holds(extractor: Extractor) -> None:
    """holders.expand_holders: "A, B, C and D voted" comes parsed with B as an apposition
    of A and C, D as conjuncts of B; each of the four voted."""
    found = _triples(
        extractor,
        "The Liberal Democrats, the Scottish National Party, Plaid Cymru and the Green Party "
        "voted against the bill on Tuesday.",
    )
    assert {holder for holder, polarity, _ in found if polarity == "oppose"} == {
        "Liberal Democrats",
        "Scottish National Party",
        "Plaid Cymru",
        "Green Party",
    }
