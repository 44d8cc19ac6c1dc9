"""Readers that read the wrong way, on invented sentences in the shapes of wire copy: a
participle's praise carried past its own object to another conjunct's, a naming's
complement parsed as a second object, a demand that an actor act read as support of the
actor, and sums that share only their unit words merged into one stance."""

from __future__ import annotations

from stance_facts import held

from newsfacts.pipeline.extractor import Extractor


def test_stances_a_first_conjunct_judges_only_its_own_object(extractor: Extractor) -> None:
    """tone._acts_on_its_own: "defending herself ..., and labeling Hammond" — the defence
    is of herself, and says nothing of Hammond."""
    found = held(
        extractor,
        "Senator Maria Lopez has pushed back, defending herself and her staff, and labeling"
        " Senator John Hammond a bigot.",
    )
    assert not {s for s in found if s[2].endswith("John Hammond") and s[1] == "support"}


def test_stances_a_naming_complement_judges_by_its_noun(extractor: Extractor) -> None:
    """judgments.naming_readings: "labeled Hammond a bigot" opposes Hammond."""
    found = held(extractor, "Senator Maria Lopez labeled Senator John Hammond a bigot.")
    assert found == {("Maria Lopez", "oppose", "Senator John Hammond")}


def test_stances_a_demand_that_an_actor_act_supports_the_act(extractor: Extractor) -> None:
    """tone._is_asked_to_act: "said the Senate should pass legislation" supports the
    legislation, not the Senate."""
    found = held(
        extractor, "Senator Maria Lopez said the Senate should pass legislation to protect workers."
    )
    assert found
    assert not {s for s in found if s[2] == "the Senate"}


def test_stances_sums_sharing_only_unit_words_stay_apart(extractor: Extractor) -> None:
    """merging.UNIT_WORDS: two plans that each move "millions" are two targets."""
    found = held(
        extractor,
        "Senator Maria Lopez backed the plan to spend millions on schools. She also backed"
        " the bid to raise millions for roads.",
    )
    assert {target for _, _, target in found} == {
        "the plan to spend millions on schools",
        "the bid to raise millions for roads",
    }


def test_stances_a_good_deed_reported_is_no_support_of_its_doer(extractor: Extractor) -> None:
    """tone._good_deed_of: "said Congress approved the budget" is Congress's support of the
    budget, not the speaker's support of Congress; a wrong reported ("said Acme had
    ignored warnings") still opposes the doer."""
    found = held(extractor, "Senator Maria Lopez said Congress approved the budget on Friday.")
    assert found == {("Congress", "support", "the budget")}
    found = held(extractor, "Senator Maria Lopez said Acme had ignored warnings about the dam.")
    assert ("Maria Lopez", "oppose", "Acme") in found


def test_stances_what_suspects_are_suspected_of_is_theirs(extractor: Extractor) -> None:
    """modality._suspects, tone._suspected_between: "a crackdown targeting those suspected
    of supporting Demir" is no support of Demir by the one leading the crackdown."""
    found = held(
        extractor,
        "President Ahmet Kaya led a crackdown targeting those suspected of supporting"
        " Fethullah Demir.",
    )
    assert not {s for s in found if s[0] == "Ahmet Kaya" and s[1] == "support"}


def test_stances_a_feeling_reported_is_the_feelers_own(extractor: Extractor) -> None:
    """tone._feeling_of: "said the union had been disappointed by the delay" is the
    union's opposition to the delay, not the speaker's opposition to the union."""
    found = held(
        extractor,
        "Senator Maria Lopez said the Teamsters union had been disappointed by the delay.",
    )
    assert found == {("Teamsters union", "oppose", "the delay")}
