"""Shapes of British, international and business copy, on invented sentences: a request
that someone act, an act only alleged, and the sum of a fine."""

from __future__ import annotations

from stance_facts import held

from newsfacts.pipeline.extractor import Extractor


def test_stances_requesting_someone_to_act_supports_the_act(extractor: Extractor) -> None:
    """ "requested the minister to announce X" asks for the act, as "urged ... to" does."""
    found = held(
        extractor,
        "Opposition leader Ravi Kumar requested the minister to announce a relief package.",
    )
    assert found == {("Ravi Kumar", "support", "announcing a relief package")}


def test_stances_an_act_only_alleged_is_no_stance_of_its_subject(extractor: Extractor) -> None:
    """ "alleged that Northwind Mining had attacked the workers" is the union's charge: the
    company takes no stance toward the workers in the text."""
    found = held(
        extractor, "The union alleged that Northwind Mining had attacked the striking workers."
    )
    assert not any(holder == "Northwind Mining" for holder, _, _ in found)


def test_stances_the_judgment_of_the_one_alleging_stands(extractor: Extractor) -> None:
    """The one alleging holds their own judgment: "alleged that X is guilty of ..."."""
    found = held(
        extractor,
        "Senator Jane Roe alleged that Northwind Mining is guilty of deliberately misleading"
        " investors.",
    )
    assert ("Jane Roe", "oppose", "Northwind Mining") in found


def test_stances_the_sum_of_a_fine_is_not_its_target(extractor: Extractor) -> None:
    """A headline's "Northwind Telecom fined £2.7 million" is the company fined: it opposes
    nothing; the one fining opposes whom it fines."""
    assert not held(extractor, "Northwind Telecom fined £2.7 million after overcharging customers")
    found = held(extractor, "The regulator Ofcom fined Northwind Telecom £2.7 million on Monday.")
    assert found == {("Ofcom", "oppose", "Northwind Telecom")}


def test_stances_one_required_to_act_does_not_ask_for_it(extractor: Extractor) -> None:
    """ "was requested to register" is asked of the subject: no stance of theirs, while
    "requested ... to" in the active voice is the subject's demand."""
    assert not held(extractor, "Jane Roe was requested to register the company in Dublin.")


def test_stances_calling_a_decision_an_affirmation_supports_it(extractor: Extractor) -> None:
    """Nouns of judgment in a naming: "called the decision 'a resounding affirmation'",
    "a milestone" support; "a setback" opposes."""
    found = held(
        extractor,
        'Finance Minister Kofi Mensah called the decision "a resounding affirmation that the'
        ' program is advancing steadily."',
    )
    assert found == {("Kofi Mensah", "support", "the decision")}
    found = held(extractor, 'Jane Roe called the ruling "a serious setback for workers."')
    assert found == {("Jane Roe", "oppose", "the ruling")}


def test_stances_what_a_speaker_calls_essential_is_supported(extractor: Extractor) -> None:
    """ "essential", as "necessary": the quote's speaker supports what it judges."""
    found = held(
        extractor,
        '"Strong competition is essential for consumers," said Matthew Roe, the commissioner.',
    )
    assert found == {("Matthew Roe", "support", "Strong competition")}


def test_stances_an_intent_one_has_is_a_demand_for_its_act(extractor: Extractor) -> None:
    """ "has plans to expand" supports the act; "has no intention of closing" and "don't
    have any intention to cut back" oppose it."""
    found = held(extractor, "Northwind Airways has plans to expand its fleet, Jane Roe said.")
    assert ("Northwind Airways", "support", "expanding its fleet") in found
    found = held(
        extractor, "Health Minister John Roe said he has no intention of closing the hospital."
    )
    assert found == {("John Roe", "oppose", "closing the hospital")}
    found = held(
        extractor,
        '"I don\'t have any intention to cut back on services this year," Health Minister'
        " John Roe said.",
    )
    # the act keeps its preposition's object (an objectless act's "on services")
    assert found == {("John Roe", "oppose", "cutting back on services")}


def test_stances_readiness_to_act_supports_the_act(extractor: Extractor) -> None:
    """ "is willing to offer pay increases" supports the offer, "reluctant to raise prices"
    and "not willing to offer" oppose it; "ready to act" names nothing it is toward."""
    found = held(
        extractor,
        "However, Northwind Airways has said it is willing to offer pay increases of 12.5% or"
        " above if improvements in productivity are discussed.",
    )
    assert found == {("Northwind Airways", "support", "offering pay increases of 12.5%")}
    found = held(extractor, "Northwind Airways is reluctant to raise prices this year.")
    assert found == {("Northwind Airways", "oppose", "raising prices")}
    found = held(extractor, "Northwind Airways is not willing to offer pay increases.")
    assert found == {("Northwind Airways", "oppose", "offering pay increases")}
    assert not held(extractor, "Northwind Airways says it is ready to act.")
