"""Stances between two actors that depend on who does what: the actor acted on for a
reason does what the reason says ("accused Roe of backing Poe"), a holder's examples hold its
stance ("senators such as Roe"), and "did not just blame" negates nothing."""

from __future__ import annotations

import pytest

from newsfacts.pipeline.extractor import Extractor


def held(extractor: Extractor, text: str) -> set[tuple[str, str, str]]:
    doc = extractor.nlp(text)
    assert not doc._.newsfacts_failures, doc._.newsfacts_failures
    assert doc._.newsfacts_stances is not None, "the stances stage did not run"
    return {(s["holder"], s["polarity"], s["target"]) for s in doc._.newsfacts_stances or []}


@pytest.mark.parametrize(
    ("text", "stance", "not_held"),
    [
        (
            "The United Nations accused Uganda of backing the rebels in Congo.",
            ("Uganda", "support", "the rebels"),
            ("United Nations", "support", "the rebels"),
        ),
        (
            "Senator Mary Jones praised Governor Tom Reed for supporting the union.",
            ("Tom Reed", "support", "the union"),
            ("Mary Jones", "support", "the union"),
        ),
        (
            "Mayor Ann Lee criticised Acme Corp for attacking the council.",
            ("Acme Corp", "oppose", "the council"),
            ("Ann Lee", "oppose", "the council"),
        ),
    ],
)
def test_stances_gerund_of_a_reason_is_held_by_the_actor_acted_on(
    extractor: Extractor,
    text: str,
    stance: tuple[str, str, str],
    not_held: tuple[str, str, str],
) -> None:
    found = held(extractor, text)
    assert stance in found
    assert not_held not in found


def test_stances_the_accuser_keeps_its_own_stance(extractor: Extractor) -> None:
    found = held(extractor, "The United Nations accused Uganda of backing the rebels in Congo.")
    assert ("United Nations", "oppose", "Uganda") in found


@pytest.mark.parametrize(
    ("text", "stances"),
    [
        (
            "Several senators, such as Mary Jones and Tom Reed, criticized Robert Smith.",
            {("Mary Jones", "oppose", "Robert Smith"), ("Tom Reed", "oppose", "Robert Smith")},
        ),
        (
            "The majority of Democrats, such as Mary Jones, endorsed Robert Smith.",
            {("Mary Jones", "support", "Robert Smith")},
        ),
        (
            "Other senators with similar views, like Mary Jones, also criticized Robert Smith.",
            {("Mary Jones", "oppose", "Robert Smith")},
        ),
    ],
)
def test_stances_a_holders_examples_hold_its_stance(
    extractor: Extractor, text: str, stances: set[tuple[str, str, str]]
) -> None:
    assert stances <= held(extractor, text)


def test_stances_not_just_adds_to_the_act(extractor: Extractor) -> None:
    assert held(extractor, "Robert Smith didn't just blame Alice Brown, though.") == {
        ("Robert Smith", "oppose", "Alice Brown")
    }


def test_stances_not_without_focus_still_negates(extractor: Extractor) -> None:
    assert held(extractor, "Robert Smith did not blame Alice Brown.") == set()
