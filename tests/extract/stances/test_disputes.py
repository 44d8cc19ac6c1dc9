"""Claims disputed and clauses denied, on invented sentences in the shapes of wire and
British copy: "dismissed claims that", "denied the allegations", "denied that"."""

from __future__ import annotations

from newsfacts.pipeline.extractor import Extractor


def _triples(extractor: Extractor, text: str) -> set[tuple[str, str, str]]:
    stances = extractor.nlp(text)._.newsfacts_stances
    return {(s["holder"], s["polarity"], s["target"]) for s in stances}


def test_stances_dismissing_a_claim_opposes_it(extractor: Extractor) -> None:
    """verbs.disputing_readings: a disputing verb whose object is a claim noun opposes the
    claim, with the clause that says what it claims."""
    found = _triples(
        extractor,
        "Senator Maria Lopez has dismissed claims that the minister awarded the contracts.",
    )
    assert found == {("Maria Lopez", "oppose", "claims the minister awarded the contracts")}


def test_stances_denying_a_reported_clause_opposes_it(extractor: Extractor) -> None:
    """ "denied that the overspend was on target": the clause denied is opposed."""
    found = _triples(extractor, "Senator Maria Lopez denied that the overspend was on target.")
    assert found == {("Maria Lopez", "oppose", "the overspend was on target")}


def test_stances_dismissing_a_person_is_no_dispute(extractor: Extractor) -> None:
    """Only a claim is disputed: "dismissed the manager" takes no stance."""
    assert not _triples(extractor, "Senator Maria Lopez dismissed the manager on Friday.")


def test_stances_an_actors_claim_denied_is_read_once(extractor: Extractor) -> None:
    """ "denied Roe's allegations" is one stance, not one of the polarity lexicon's verb
    reading and another of the dispute."""
    stances = extractor.nlp(
        "Senator Maria Lopez denied Robert Smith's allegations on Monday."
    )._.newsfacts_stances
    assert [(s["holder"], s["polarity"]) for s in stances] == [("Maria Lopez", "oppose")]
