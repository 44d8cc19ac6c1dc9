"""The actors evaluation: the shared scorer's CoNLL mention F1 and SEESAW salient recall."""

from __future__ import annotations

import json
from pathlib import Path

from newsfacts.evaluation.actors import evaluate_actors
from newsfacts.evaluation.names import names_match
from newsfacts.pipeline.extractor import Extractor

TEXT = "Maria Lopez of the Teachers Union said on Monday that Acme Corp would cut jobs."


def span(words: str) -> dict[str, object]:
    start = TEXT.index(words)
    return {"start": start, "end": start + len(words), "text": words}


def test_actors_evaluation_scores_conll_mentions(extractor: Extractor, tmp_path: Path) -> None:
    row = {
        "id": "d1",
        "text": TEXT,
        "entities": [
            {**span("Maria Lopez"), "label": "PER"},
            {**span("Teachers Union"), "label": "ORG"},
            {**span("Acme Corp"), "label": "ORG"},
            {**span("Monday"), "label": "MISC"},
        ],
    }
    path = tmp_path / "conll.jsonl"
    path.write_text(json.dumps(row) + "\n")
    scores = evaluate_actors(path, extractor)
    assert scores["kind"] == "ner" and scores["gold"] == 3
    assert scores["recall"] == 1.0 and scores["precision"] == 1.0


def test_actors_evaluation_scores_seesaw_salient_recall(
    extractor: Extractor, tmp_path: Path
) -> None:
    row = {
        "id": "s1",
        "published": "2020-01-06",
        "text": TEXT,
        "entities": [
            {"name": "Maria Lopez", "types": ["People"], "roles": ["Main"]},
            {"name": "Acme Corporation", "types": ["Organization"], "roles": ["Salient"]},
            {"name": "job cuts", "types": ["Topic"], "roles": ["Salient"]},
        ],
    }
    path = tmp_path / "seesaw.jsonl"
    path.write_text(json.dumps(row) + "\n")
    scores = evaluate_actors(path, extractor)
    assert scores["kind"] == "seesaw" and scores["salient_entities"] == 2
    assert scores["found"] == 1 and scores["most_missed"] == {"Acme Corporation": 1}


def test_actors_evaluation_names_match_as_the_scorer_does() -> None:
    assert names_match("Sanders", "Bernie Sanders")
    assert names_match("Republicans", "Republicans")
    assert not names_match("Republicans", "Republican Party")
