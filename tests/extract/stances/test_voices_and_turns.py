"""Stances held through an actor's voice, negated by "no longer", turned by "unwilling to",
aimed by owned stance nouns, and the tone reading's target and particles, on invented
sentences in the shapes of wire and US political copy."""

from __future__ import annotations

import pytest
from stance_facts import held

from newsfacts.pipeline.extractor import Extractor

VOICES = [
    # holders.actor_of: what an actor's campaign or statement does, the actor does
    (
        "Mrs. Warren's campaign attacked Mr. Jones on Friday as the most extreme pick in a "
        "generation.",
        ("Warren", "oppose", "Mr. Jones"),
    ),
    (
        "Senator Gianforte's initial statement criticized the reporter Ben Jacobs for asking "
        "questions.",
        ("Gianforte", "oppose", "the reporter Ben Jacobs"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), VOICES)
def test_stances_an_actors_voice_holds_its_stance(
    extractor: Extractor, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in held(extractor, text)


def test_stances_no_longer_negates(extractor: Extractor) -> None:
    """modality.negates_clause: "no longer supporting" is the parse's "no" below "longer"."""
    found = held(
        extractor, "Senator Mark Kirk announced that he is no longer supporting Donald Trump."
    )
    assert found == {("Mark Kirk", "oppose", "Donald Trump")}


def test_stances_unwilling_to_act_opposes_the_act(extractor: Extractor) -> None:
    """ "unwilling to accept" turns the acceptance, as "refused to accept" does."""
    found = held(extractor, "But Hamas is unwilling to accept Mahmoud Abbas's ultimatum.")
    assert found == {("Hamas", "oppose", "accepting Mahmoud Abbas's ultimatum")}


def test_stances_hitting_back_at_opposes(extractor: Extractor) -> None:
    found = held(
        extractor,
        "Colin Kaepernick has hit back at Donald Trump's assertion that he should leave the "
        "country.",
    )
    assert found == {
        ("Colin Kaepernick", "oppose", "Donald Trump's assertion he should leave the country")
    }


def test_stances_a_stance_verbs_word_as_a_particle_backs_no_one(extractor: Extractor) -> None:
    """tone._tone_of: the "back" of "hit back" is no backing of the next actor named."""
    found = held(
        extractor, "Senator Maria Lopez hit back on Tuesday, and Governor Tom Reed stayed silent."
    )
    assert ("Maria Lopez", "support", "Tom Reed") not in found


OWNED_NOUNS = [
    # nouns._owners: the subject of the copula a stance noun completes, or its "by" object
    (
        "Senator Elizabeth Warren's speech was, in effect, an attack on Donald Trump's character.",
        ("Elizabeth Warren", "oppose", "Donald Trump's character"),
    ),
    (
        "The attacks by Senator Maria Lopez on Governor Tom Reed grew sharper in the spring.",
        ("Maria Lopez", "oppose", "Governor Tom Reed"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), OWNED_NOUNS)
def test_stances_a_stance_nouns_owner_holds_it(
    extractor: Extractor, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in held(extractor, text)


def test_stances_tone_is_toward_the_actor_a_phrase_names(extractor: Extractor) -> None:
    """tone._named_head: "Democratic" only modifies the nominee, who is named."""
    found = held(
        extractor,
        "Actress Sigourney Weaver spoke in support of Democratic presidential nominee "
        "Hillary Clinton at the convention.",
    )
    assert found == {
        ("Sigourney Weaver", "support", "Democratic presidential nominee Hillary Clinton")
    }


def test_stances_a_coordinated_neutral_verb_cancels_nothing(extractor: Extractor) -> None:
    """modality.cancelled: "discussed" stands beside "criticized", not above it."""
    found = held(
        extractor,
        "The committee discussed the bill, and Senator Maria Lopez criticized Governor Tom Reed.",
    )
    assert ("Maria Lopez", "oppose", "Governor Tom Reed") in found


ALLEGATIONS = [
    # verbs.alleging_readings: the actor a reported clause accuses is opposed
    (
        "When it filed the lawsuit, Core Wireless alleged Apple infringed a dozen of its patents.",
        ("Core Wireless", "oppose", "Apple"),
    ),
    (
        "Senator Maria Lopez charged that Acme Corp had hidden its losses from the workers.",
        ("Maria Lopez", "oppose", "Acme Corp"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), ALLEGATIONS)
def test_stances_alleging_that_an_actor_did_wrong_opposes_it(
    extractor: Extractor, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in held(extractor, text)


def test_stances_tone_turns_a_negated_copulas_complement(extractor: Extractor) -> None:
    """tone._negated_clause: "was not good" judges against, not for."""
    found = held(
        extractor, "Craig once defiantly stated that Arlene was not good at her role as judge."
    )
    assert found == {("Craig", "oppose", "Arlene")}
