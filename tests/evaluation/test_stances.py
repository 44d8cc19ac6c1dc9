"""`evaluate-stances` on small DSA-style and SEESAW-style files, scored as `spans.py` does."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from newsfacts.cli import app
from newsfacts.evaluation.stances import evaluate_stances
from newsfacts.pipeline.extractor import Extractor

SENTENCE = "Senator Maria Lopez hammered Governor Tom Reed over the budget on Tuesday."


def _entity(text: str, name: str) -> dict[str, object]:
    start = text.index(name)
    return {"start": start, "end": start + len(name), "text": name}


def test_stances_evaluation_scores_dsa(extractor: Extractor, tmp_path: Path) -> None:
    rows = [
        {
            "id": "1",
            "text": SENTENCE,
            "p": _entity(SENTENCE, "Maria Lopez"),
            "q": _entity(SENTENCE, "Tom Reed"),
            "label": "p_opposes_q",
        },
        {
            "id": "2",
            "text": SENTENCE,
            "p": _entity(SENTENCE, "Tom Reed"),
            "q": _entity(SENTENCE, "Maria Lopez"),
            "label": "p_supports_q",
        },
    ]
    path = tmp_path / "dsa.jsonl"
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    scores = evaluate_stances(path, extractor)
    # row 1 right; row 2 guessed q_opposes_p, a wrong directed class
    assert (scores["kind"], scores["gold_directed"], scores["predicted_directed"]) == ("dsa", 2, 2)
    assert scores["precision"] == 0.5 and scores["recall"] == 0.5


def test_stances_evaluation_scores_seesaw_triples_and_pairs(
    extractor: Extractor, tmp_path: Path
) -> None:
    row = {
        "id": "s",
        "published": "2020-01-01",
        "text": SENTENCE,
        "entities": [],
        "stances": [
            {"holder": "Maria Lopez", "polarity": "oppose", "target": "Tom Reed"},
            {"holder": "Tom Reed", "polarity": "support", "target": "budget"},
        ],
    }
    path = tmp_path / "seesaw.jsonl"
    path.write_text(json.dumps(row) + "\n", encoding="utf-8")
    scores = evaluate_stances(path, extractor)
    assert scores["triples"] == {"precision": 1.0, "recall": 0.5, "f1": 0.667}
    assert scores["pairs"]["recall"] == 0.5


def test_stances_evaluation_missing_file_is_a_usage_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["evaluate-stances", str(tmp_path / "none.jsonl")])
    assert result.exit_code != 0
