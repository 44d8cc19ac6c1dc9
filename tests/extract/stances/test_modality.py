"""Negation, refusal, conditionals, denials, questions and neutral reporting, on real
sentences with the real model: they flip a stance, cancel it, or show there is none."""

from __future__ import annotations

import pytest
from stance_facts import held

from newsfacts.pipeline.extractor import Extractor


@pytest.mark.parametrize(
    "text",
    [
        # neutral reporting: meetings and discussions are no stance
        "They also announced that three representatives from Occupy ICE were meeting with "
        "Mayor Jim Kenney this afternoon to discuss more advocacy he can do for Philadelphia "
        "immigrants.",
        "City Solicitor Marcel Pratt met with ICE officials and discussed the contract.",
        "Both the city's Finance and Budget committees meet Tuesday to review the proposed "
        "budget of Mayor Brandon Johnson.",
        # not opposing is not supporting
        "Councilman Bob Blumenfield said he did not oppose the ordinance.",
        # conditional support is no stance yet
        "Councilwoman Nithya Raman said she would support the ordinance only if landlords "
        "received tax credits.",
        # a reported denial cancels
        "The California Apartment Association denied that it had backed the rent freeze.",
        # a question asks, it does not take a stance
        "Did Mayor Brandon Johnson support the property tax hike?",
        # a hedge is no stance
        "Gov. Phil Murphy may veto the bill.",
        # refusing to comment is no stance on anything
        "Officials from the Department of Justice declined to comment.",
    ],
)
def test_stances_modality_no_stance(extractor: Extractor, text: str) -> None:
    assert held(extractor, text) == set()


def test_stances_modality_negated_support_opposes(extractor: Extractor) -> None:
    text = (
        "In a 3-2 vote, the Sacramento County Board of Supervisors chose not to renew the contract."
    )
    assert held(extractor, text) == {
        ("Sacramento County Board of Supervisors", "oppose", "renewing the contract")
    }


def test_stances_modality_refusal_flips_only_its_own_complement(extractor: Extractor) -> None:
    text = "Governor Gavin Newsom refused to sign the bill and urged lawmakers to rewrite it."
    assert ("Gavin Newsom", "oppose", "signing the bill") in held(extractor, text)


def test_stances_modality_negated_judgment_opposes(extractor: Extractor) -> None:
    text = (
        "Councilwoman Misty Perez said the city's initial efforts to gauge the financial impacts "
        "weren't thorough."
    )
    [(holder, polarity, target)] = held(extractor, text)
    assert holder.endswith("Misty Perez") and polarity == "oppose"
    assert target == "the city's initial efforts to gauge the financial impacts"


def test_stances_modality_glad_that_they_did_not_takes_the_clause_stance(
    extractor: Extractor,
) -> None:
    text = (
        "Baltimore County Executive Kevin Kamenetz said: “I’m glad the County Council didn’t "
        "move forward with this legislation.”"
    )
    assert ("Kevin Kamenetz", "oppose", "this legislation") in held(extractor, text)


def test_stances_modality_voting_against_an_act_is_one_opposition(extractor: Extractor) -> None:
    """The act under "against" is not also read as the voter's own act."""
    text = "District 4 Supervisor Sue Frost voted against renewing the contract."
    assert held(extractor, text) == {("Sue Frost", "oppose", "renewing the contract")}
