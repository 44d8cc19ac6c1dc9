"""A role noun whose target is the actor named before it: "Roe, a Labour supporter",
"Roe has been a prominent Trump critic"."""

from __future__ import annotations

import pytest
from stance_facts import held

from newsfacts.pipeline.extractor import Extractor


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        (
            "Jeff Smith, a Labour supporter, spoke at the meeting on Monday.",
            ("Jeff Smith", "support", "Labour"),
        ),
        (
            "Mary Jones, the editor of the Daily Ledger, has been a prominent Trump critic.",
            ("Mary Jones", "oppose", "Trump"),
        ),
    ],
)
def test_stances_role_noun_targets_the_actor_named_before_it(
    extractor: Extractor, text: str, stance: tuple[str, str, str]
) -> None:
    assert stance in held(extractor, text)


def test_stances_role_noun_prefers_its_of_object(extractor: Extractor) -> None:
    found = held(extractor, "Jeff Smith, a Labour critic of the Acme merger, spoke on Monday.")
    assert ("Jeff Smith", "oppose", "the Acme merger") in found
    assert ("Jeff Smith", "oppose", "Labour") not in found
