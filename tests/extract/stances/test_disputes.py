"""Claims disputed, clauses denied, warnings and namings through "as", on invented
sentences in the shapes of wire and British copy: "dismissed claims that", "denied the
allegations", "denied that", "warned that the plan could fail", "described the plan as a
betrayal"."""

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


def test_stances_what_a_warning_says_could_do_harm_is_opposed(extractor: Extractor) -> None:
    """verbs.warning_readings: "warned that the plan could ..." opposes the plan; a gerund
    subject is the act opposed."""
    assert _triples(
        extractor, "The Labour Party has warned the government's plan to cut taxes could fail."
    ) == {("Labour Party", "oppose", "the government's plan to cut taxes")}
    assert _triples(
        extractor, "Senator Maria Lopez cautioned that doubling the threshold would be excessive."
    ) == {("Maria Lopez", "oppose", "doubling the threshold")}


def test_stances_an_actor_warned_off_acting_is_opposed(extractor: Extractor) -> None:
    """ "warned Trump against using the memo", "warned the minister not to count on it"."""
    found = _triples(extractor, "Senator Maria Lopez warned Donald Trump against using the memo.")
    assert found == {("Maria Lopez", "oppose", "Donald Trump")}


def test_stances_a_warning_with_no_modal_or_of_a_pronoun_is_no_stance(
    extractor: Extractor,
) -> None:
    """A warning of what is (no modal), or of what a pronoun will do, opposes nothing it names."""
    assert not _triples(extractor, "Senator Maria Lopez warned that the river was rising.")
    assert not _triples(extractor, "Senator Maria Lopez warned that they could arrive late.")


def test_stances_a_naming_through_as_judges_its_object(extractor: Extractor) -> None:
    """judgments._named_as: "described the plan as a betrayal", "branded the proposals as
    unfair" (the parse hangs "as" from the verb or from its object)."""
    assert _triples(
        extractor, "The GMB union described the plan as a betrayal of working people."
    ) == {("GMB union", "oppose", "the plan")}
    assert _triples(extractor, "Senator Maria Lopez branded the proposals as unfair.") == {
        ("Maria Lopez", "oppose", "the proposals")
    }
