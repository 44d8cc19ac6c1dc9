"""Stances between two actors held through the examples of a holder: "senators such as
Roe", "Republicans with his views, like Roe", "the majority of Democrats, such as Roe"."""

from __future__ import annotations

import pytest
from stance_facts import held

from newsfacts.pipeline.extractor import Extractor


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
