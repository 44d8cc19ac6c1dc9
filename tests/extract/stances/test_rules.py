"""The pure cores of the stances stage: polarity arithmetic (`cues`), target words and
merging (`merging`)."""

from __future__ import annotations

import pytest

from newsfacts.extract.stances.cues import StanceCues, flip, gerund, negate
from newsfacts.extract.stances.merging import (
    StanceCandidate,
    content_words,
    identifiers,
    merge,
    same_target,
    target_text,
    to_fact,
)


def candidate(target: str, **values: object) -> StanceCandidate:
    fields: dict[str, object] = {
        "holder_id": "a1",
        "holder": "Jim Kenney",
        "polarity": "oppose",
        "target": target,
        "cue": "opposed",
        "evidence": (0, 10),
        "confidence": 0.8,
        "topic": target,
    }
    fields.update(values)
    return StanceCandidate(**fields)  # type: ignore[arg-type]


def test_stances_rules_negating_support_opposes_but_negating_opposition_is_no_stance() -> None:
    assert negate("support") == "oppose"
    assert negate("oppose") is None
    assert flip("oppose") == "support"


@pytest.mark.parametrize(
    ("lemma", "form"),
    [("renew", "renewing"), ("cancel", "canceling"), ("fire", "firing"), ("sign", "signing"),
     ("stop", "stopping"), ("issue", "issuing"), ("table", "tabling"), ("see", "seeing")],
)  # fmt: skip
def test_stances_rules_gerund_of_act_verbs(lemma: str, form: str) -> None:
    assert gerund(lemma) == form


def test_stances_rules_content_words_ignore_function_words_and_plurals() -> None:
    assert content_words("the bills") == content_words("a Bill") == {"bill"}
    assert identifiers("Bill 32-17 and S1163") == {"32-17", "s1163"}


def test_stances_rules_numbered_targets_are_different_things() -> None:
    first, second = candidate("Bill 1079"), candidate("Bill 1080", evidence=(20, 30))
    assert not same_target(first, second)
    assert same_target(candidate("the two bills"), second)


def test_stances_rules_conjoined_targets_of_one_cue_stay_apart() -> None:
    first = candidate("the mayor's budget", siblings=7)
    second = candidate("a second budget offer", siblings=7, evidence=(20, 30))
    merged = merge([first, second])
    assert [stance.target for stance in merged] == ["the mayor's budget", "a second budget offer"]


def test_stances_rules_merge_keeps_every_piece_of_evidence_and_the_named_target() -> None:
    pointer = candidate("the agreement", anaphoric=True, evidence=(50, 60))
    named = candidate("renewing the contract with ICE", evidence=(0, 10))
    other_holder = candidate("the agreement", holder_id="a2", evidence=(70, 80))
    merged = merge([pointer, named, other_holder])
    assert len(merged) == 2
    kenney = merged[0]
    assert kenney.target == "renewing the contract with ICE"
    assert kenney.evidences == [(0, 10), (50, 60)]
    assert kenney.confidence > 0.8


def test_stances_rules_pointer_is_written_with_what_it_points_to() -> None:
    motion = candidate("the motion", anaphoric=True, context="the county's contract with ICE")
    assert target_text(motion) == "the motion (the county's contract with ICE)"
    repeated = candidate("the resolution", anaphoric=True, context="a resolution")
    assert target_text(repeated) == "the resolution"


def test_stances_rules_fact_is_plain_and_shaped_like_the_record() -> None:
    fact = to_fact(merge([candidate("PARS", target_id="a9", evidence=(5, 40))])[0])
    assert fact == {
        "holder": "Jim Kenney",
        "holder_id": "a1",
        "polarity": "oppose",
        "target": "PARS",
        "target_id": "a9",
        "cue": "opposed",
        "evidence": [{"start": 5, "end": 40}],
        "confidence": 0.8,
    }


def test_stances_rules_lexicon_loads_with_polarities() -> None:
    cues = StanceCues.load("stance_cues.json")
    assert cues.verbs["veto"] == "oppose"
    assert cues.verbs["renew"] == "support"
    assert cues.experiencer["disappointed"] == "oppose"
    assert "discuss" in cues.neutral
    assert "end" in cues.reversal_nouns
