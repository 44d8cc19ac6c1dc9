"""The TempEval-3 style evaluation of the dates stage: the scoring on hand-made expressions,
and a run over a small TimeML-like JSONL file written here (the shared TempEval data is
never copied into the repository; `newsfacts evaluate-timex` reads it where it is)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsfacts.evaluation.timex import (
    NEEDED_STAGES,
    Tally,
    Timex3,
    evaluate_timex,
    fold_of,
    match_relaxed,
)
from newsfacts.extract.factories import NEEDS
from newsfacts.pipeline.extractor import Extractor


def test_dates_timex_evaluation_scores_like_tempeval() -> None:
    gold = [
        Timex3(0, 6, "DATE", "1998-01-09"),  # predicted exactly, right value
        Timex3(10, 25, "DATE", "1998-W01"),  # predicted shorter (relaxed only), wrong value
        Timex3(30, 35, "DURATION", "P1D"),  # missed
    ]
    predicted = [
        Timex3(0, 6, "DATE", "1998-01-09"),
        Timex3(15, 25, "DATE", "1998-W02"),
        Timex3(40, 45, "DATE", "PRESENT_REF"),  # spurious
    ]
    tally = Tally()
    tally.add(gold, predicted)
    scores = tally.scores()
    assert scores["strict"] == {"p": 0.3333, "r": 0.3333, "f1": 0.3333}
    assert scores["relaxed"] == {"p": 0.6667, "r": 0.6667, "f1": 0.6667}
    assert scores["value"] == {"accuracy": 0.5, "f1": 0.3333}  # relaxed F1 x value accuracy
    assert scores["type"] == {"accuracy": 1.0, "f1": 0.6667}


def test_dates_timex_evaluation_matches_one_to_one() -> None:
    gold = [Timex3(0, 10, "DATE", "x"), Timex3(11, 20, "DATE", "y")]
    predicted = [Timex3(0, 20, "DATE", "x")]
    assert len(match_relaxed(gold, predicted)) == 1


def test_dates_timex_evaluation_runs_the_stage(tmp_path: Path, extractor: Extractor) -> None:
    text = (
        "The council voted on Tuesday to extend the contract for six months. "
        "Officials said last month that the deal would expire on Aug. 31."
    )

    def timex(words: str, kind: str, value: str) -> dict[str, object]:
        start = text.index(words)
        return {"start": start, "end": start + len(words), "type": kind, "value": value}

    document = {
        "id": "d1",
        "dct": "2018-07-27",
        "text": text,
        "timexes": [
            timex("Tuesday", "DATE", "2018-07-24"),
            timex("six months", "DURATION", "P6M"),
            timex("last month", "DATE", "2018-06"),
            timex("Aug. 31", "DATE", "2018-08-31"),
        ],
    }
    path = tmp_path / "tiny.jsonl"
    path.write_text(json.dumps(document) + "\n", encoding="utf-8")
    scores = evaluate_timex(path, extractor)
    assert (scores["documents"], scores["gold"], scores["predicted"]) == (1, 4, 4)
    assert scores["strict"]["f1"] == 1.0
    assert scores["value"] == {"accuracy": 1.0, "f1": 1.0}


def test_dates_timex_evaluation_folds_split_by_id(tmp_path: Path, extractor: Extractor) -> None:
    ids = [f"doc-{number}" for number in range(40)]
    folds = [fold_of(document_id, 4) for document_id in ids]
    assert set(folds) == {0, 1, 2, 3}
    assert folds == [fold_of(document_id, 4) for document_id in reversed(ids)][::-1]
    text = "The council met on Tuesday."
    path = tmp_path / "folds.jsonl"
    rows = [
        {"id": document_id, "dct": "2018-07-27", "text": text, "timexes": []} for document_id in ids
    ]
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    held = evaluate_timex(path, extractor, folds=4, fold=[2, 3])
    assert held["documents"] == sum(fold in (2, 3) for fold in folds)
    with pytest.raises(ValueError, match="folds"):
        evaluate_timex(path, extractor, folds=4, fold=[4])


def test_dates_timex_evaluation_runs_every_stage_the_dates_stage_reads() -> None:
    # a stage run without one it reads fails (E310) and leaves its facts empty
    assert {
        "newsfacts_cleaning",
        "newsfacts_actors",
        "newsfacts_amounts",
        "newsfacts_dates",
    } == NEEDED_STAGES
    for stage in NEEDED_STAGES:
        assert {f"newsfacts_{kind}" for kind in NEEDS.get(stage, ())} <= NEEDED_STAGES
