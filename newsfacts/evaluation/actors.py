"""Actors measured on CoNLL-style and SEESAW-style JSONL, with the shared scorer's definitions.

Two kinds of file, told apart by their entities:

- CoNLL-2003 style (`{"id", "text", "entities": [{"start", "end", "label"}]}`, labels
  PER/ORG/LOC/MISC): mention F1 against the PER and ORG entities, relaxed: a predicted
  mention of a PERSON, ORG or GROUP actor is right when it overlaps a gold span, a gold span
  is found when a prediction overlaps it (the definition of `spans.py ner`);
- SEESAW style (`{"id", "published", "text", "entities": [{"name", "types", "roles"}]}`):
  recall of each article's main and salient people, organisations and places among the
  actors' names and aliases, names matching when equal, when their last words agree or when
  one's words hold the other's (`spans.py seesaw`, `actor_recall`).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from newsfacts.evaluation.files import jsonl_rows
from newsfacts.evaluation.measures import precision_recall_f1, ratio
from newsfacts.evaluation.names import names_match
from newsfacts.models import Actor, Article, ArticleRecord
from newsfacts.pipeline.extractor import Extractor

GOLD_NER_LABELS = {"PER", "ORG"}
SCORED_ACTOR_TYPES = {"PERSON", "ORG", "GROUP"}
SALIENT_TYPES = {"People", "Organization", "GPE"}


def read_rows(path: Path) -> Iterator[dict[str, Any]]:
    """The annotated documents of a JSONL file, one dict per line."""
    yield from jsonl_rows(path)


def file_kind(rows: list[dict[str, Any]]) -> str:
    """ "ner" when the entities carry CoNLL labels, "seesaw" when they carry SEESAW types."""
    for row in rows:
        for entity in row.get("entities", []):
            return "ner" if "label" in entity else "seesaw"
    raise ValueError("no document in the file has entities to score against")


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def ner_scores(rows: Iterable[dict[str, Any]], actors: Iterable[list[Actor]]) -> dict[str, Any]:
    """Relaxed-overlap precision, recall and F1 of actor mentions against PER and ORG."""
    gold_total = predicted_total = right_predictions = found_gold = 0
    for row, article_actors in zip(rows, actors, strict=True):
        golds = [(e["start"], e["end"]) for e in row["entities"] if e["label"] in GOLD_NER_LABELS]
        predicted = [
            (mention.start, mention.end)
            for actor in article_actors
            if actor.type in SCORED_ACTOR_TYPES
            for mention in actor.mentions
        ]
        gold_total += len(golds)
        predicted_total += len(predicted)
        right_predictions += sum(any(_overlap(p, g) for g in golds) for p in predicted)
        found_gold += sum(any(_overlap(p, g) for p in predicted) for g in golds)
    precision, recall, f1 = precision_recall_f1(
        right_predictions, predicted_total, found_gold, gold_total
    )
    return {
        "kind": "ner",
        "gold": gold_total,
        "predicted": predicted_total,
        "precision": round(precision, 3),
        "recall": round(recall, 3),
        "f1": round(f1, 3),
    }


def salient_recall(rows: Iterable[dict[str, Any]], actors: Iterable[list[Actor]]) -> dict[str, Any]:
    """Share of the gold main and salient people, organisations and places that some actor's
    name or alias matches, with the gold names missed most often."""
    wanted = found = 0
    missed: dict[str, int] = {}
    for row, article_actors in zip(rows, actors, strict=True):
        forms = [form for actor in article_actors for form in [actor.name, *actor.aliases]]
        for entity in row["entities"]:
            if not SALIENT_TYPES & set(entity["types"]):
                continue
            wanted += 1
            if any(names_match(form, entity["name"]) for form in forms):
                found += 1
            else:
                missed[entity["name"]] = missed.get(entity["name"], 0) + 1
    most_missed = sorted(missed.items(), key=lambda item: -item[1])[:10]
    return {
        "kind": "seesaw",
        "salient_entities": wanted,
        "found": found,
        "recall": round(ratio(found, wanted), 3),
        "most_missed": dict(most_missed),
    }


def as_article(row: dict[str, Any]) -> Article:
    published = row.get("published") or row.get("dct")
    return Article(
        id=str(row["id"]),
        text=row["text"],
        title=row.get("title"),
        published=published,
        published_source="metadata" if published else "none",
    )


def evaluate_actors(path: str | Path, extractor: Extractor) -> dict[str, Any]:
    """Run `extractor` over a CoNLL-style or SEESAW-style JSONL file and score its actors.

    Returns `ner_scores` or `salient_recall` plus the number of documents. An article that
    fails to extract scores as one without actors (it costs recall, as it would a user),
    and its id and reason are listed under "failed", so a score never hides a failure.
    """
    rows = list(read_rows(Path(path)))
    kind = file_kind(rows)
    actors: list[list[Actor]] = []
    failed: dict[str, str] = {}
    for result in extractor.pipe(as_article(row) for row in rows):
        if isinstance(result, ArticleRecord):
            actors.append(result.actors)
        else:
            failed[result.id] = f"{result.code}: {result.reason}"
            actors.append([])
    scores = ner_scores(rows, actors) if kind == "ner" else salient_recall(rows, actors)
    return {"documents": len(rows), **scores, "failed": failed}
