"""The PolNeAR quote evaluation: the Gender Gap Tracker's measure, on hand-made gold."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsfacts.evaluation.polnear import (
    Relation,
    compare,
    compare_covered,
    coverage,
    evaluate_quotes,
    is_direct,
)
from newsfacts.pipeline.extractor import Extractor

TEXT = (
    "On Friday, Kenney said his administration has been concerned about ICE’s use of the "
    "database.\n\n"
    "“Such practices sow fear and distrust in Philadelphia’s great immigrant community,” "
    "Kenney said in the release. “I cannot in good conscience allow the agreement to continue.”"
)


def span(text: str, words: str) -> tuple[int, int]:
    start = text.index(words)
    return start, start + len(words)


def gold_row() -> dict[str, object]:
    """One direct relation over the interrupted quote (as PolNeAR annotates it) and one
    reported one, each with its source span."""
    direct_start, _ = span(TEXT, "Such practices")
    _, direct_end = span(TEXT, "to continue.”")
    indirect = span(TEXT, "his administration has been concerned about ICE’s use of the database")
    first_kenney = span(TEXT, "Kenney")
    second_kenney = span(TEXT, "Kenney said in the release")
    return {
        "id": "whyy-excerpt",
        "dct": "2018-07-27",
        "text": TEXT,
        "quotes": [
            {
                "start": indirect[0],
                "end": indirect[1],
                "speaker_start": first_kenney[0],
                "speaker_end": first_kenney[1],
                "direct": False,
            },
            {
                "start": direct_start - 1,
                "end": direct_end,
                "speaker_start": second_kenney[0],
                "speaker_end": second_kenney[0] + len("Kenney"),
                "direct": True,
            },
        ],
    }


def test_evaluate_quotes_on_a_small_file(tmp_path: Path, extractor: Extractor) -> None:
    path = tmp_path / "polnear.jsonl"
    path.write_text(json.dumps(gold_row()) + "\n", encoding="utf-8")
    result = evaluate_quotes(path, extractor)
    assert result["documents"] == 1
    assert result["direct"]["f1"] == 1.0 and result["direct"]["speaker_accuracy"] == 1.0
    assert result["indirect"]["true_positive"] == 1
    assert result["indirect"]["speaker_accuracy"] == 1.0
    covered = result["covered"]
    assert covered["direct"]["f1"] == 1.0 and covered["direct"]["predicted"] == 2
    assert covered["direct"]["speaker_accuracy"] == 1.0
    assert covered["indirect"]["recall"] == 1.0


def test_coverage_is_a_share_of_the_gold_characters() -> None:
    gold = Relation(0, 100, None, True)
    assert coverage(gold, Relation(50, 400, None, True)) == 0.5
    assert coverage(gold, Relation(200, 300, None, True)) == 0.0


def test_matching_is_one_to_one_above_thirty_percent() -> None:
    golds = [Relation(0, 100, (200, 206), True), Relation(300, 400, (500, 506), True)]
    predictions = [
        Relation(0, 31, (200, 210), True),
        Relation(0, 90, (200, 206), True),
        Relation(300, 329, (500, 506), True),
    ]
    tally = compare(golds, predictions)
    assert (tally.true_positive, tally.false_positive, tally.false_negative) == (1, 2, 1)
    assert tally.speaker_right == 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He said “yes” today.", True),
        ('He said "yes" today.', True),
        ("He said ''yes'' today.", False),
        ("He said yes today.", False),
    ],
)
def test_direct_means_double_marks_as_in_polnear(text: str, expected: bool) -> None:
    start, end = span(text, "yes")
    assert is_direct(text, start, end) is expected


def test_fragment_aware_measure_counts_an_interrupted_quote_once() -> None:
    """Both halves of “...,” he said, “...” lie inside the one gold relation: both are right,
    the gold is found once; a prediction outside every gold is wrong."""
    gold = [Relation(0, 100, (45, 47), True)]
    halves = [Relation(1, 40, (45, 47), True), Relation(55, 99, (45, 47), True)]
    stray = Relation(300, 340, None, True)
    tally = compare_covered(gold, [*halves, stray]).report()
    assert (tally["predicted"], tally["gold"]) == (3, 1)
    assert tally["precision"] == round(2 / 3, 3) and tally["recall"] == 1.0
    assert tally["speaker_accuracy"] == 1.0


def test_fragment_aware_measure_wants_more_than_thirty_percent_covered() -> None:
    gold = [Relation(0, 100, None, True)]
    assert compare_covered(gold, [Relation(0, 30, None, True)]).report()["recall"] == 0.0
    assert compare_covered(gold, [Relation(0, 31, None, True)]).report()["recall"] == 1.0


def test_fragment_aware_speaker_is_judged_as_spans_py_judges_it() -> None:
    """A speaker named elsewhere in the text ("Kenney" for the gold "Jim Kenney") is right
    though its mention lies outside the gold source span, a different name is wrong, and a
    gold relation without a source is left out of the speaker figure."""
    golds = [
        Relation(0, 100, (200, 210), True, ("Jim Kenney",)),
        Relation(300, 400, (500, 510), True, ("Jane Roe",)),
        Relation(600, 700, None, True),
    ]
    predictions = [
        Relation(0, 90, (800, 806), True, ("Kenney",)),
        Relation(300, 390, (900, 906), True, ("John Doe",)),
        Relation(600, 690, (950, 956), True, ("Kenney",)),
    ]
    tally = compare_covered(golds, predictions).report()
    assert tally["recall"] == 1.0
    assert tally["speaker_accuracy"] == 0.5
