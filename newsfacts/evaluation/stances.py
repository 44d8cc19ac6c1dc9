"""Stances measured on DSA-style and SEESAW-style JSONL, with the shared scorer's definitions.

Two kinds of file, told apart by their rows:

- DSA style ("Who blames or endorses whom?", Park et al. 2021: `{"id", "text", "p", "q",
  "label"}`, one sentence with two marked entities and the directed stance between them,
  `p_supports_q`, `q_opposes_p`, ... or `neutral`): for each sentence, the first stance
  whose holder is on one marked entity and whose target is on the other gives the guess
  (an actor is on an entity when one of its mentions overlaps the span or one of its names
  matches the entity's text); micro precision, recall and F1 over the four directed classes
  (`spans.py dsa`);
- SEESAW style (`{"id", "published", "text", "entities", "stances": [{"holder",
  "polarity", "target"}]}`): article-level triples holder -> polarity -> target,
  deduplicated; a holder matches by name (its actor's name or aliases), a target by name
  or by a shared content word; and holder+polarity pairs (`spans.py seesaw`).

`folds` and `fold` score a part of the file, split by a hash of the ids as in
`newsfacts.evaluation.timex`, so rules tuned on some folds can be checked on the others.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from newsfacts.evaluation.actors import as_article, read_rows
from newsfacts.evaluation.measures import precision_recall_f1
from newsfacts.evaluation.names import names_match
from newsfacts.evaluation.timex import fold_of
from newsfacts.models import ArticleRecord
from newsfacts.pipeline.extractor import Extractor

DIRECTED = ("p_supports_q", "q_supports_p", "p_opposes_q", "q_opposes_p")
# The words `spans.py` leaves out when it compares a target's content words.
STOP_WORDS = frozenset(
    {
        "the",
        "a",
        "an",
        "of",
        "to",
        "in",
        "on",
        "for",
        "and",
        "or",
        "with",
        "by",
        "at",
        "from",
        "as",
        "is",
        "was",
        "be",
        "its",
        "his",
        "her",
        "their",
        "our",
        "this",
        "that",
        "these",
        "those",
        "it",
        "he",
        "she",
        "they",
        "we",
    }
)


def file_kind(rows: list[dict[str, Any]]) -> str:
    """ "dsa" when the rows mark two entities and a label, "seesaw" when they list stances."""
    if not rows:
        raise ValueError("the file has no documents")
    first = rows[0]
    if {"p", "q", "label"} <= set(first):
        return "dsa"
    if "stances" in first:
        return "seesaw"
    raise ValueError("rows have neither p, q and label (DSA) nor stances (SEESAW)")


def _prf(right_predicted: int, predicted: int, found: int, gold: int) -> dict[str, float]:
    precision, recall, f1 = precision_recall_f1(right_predicted, predicted, found, gold)
    return {"precision": round(precision, 3), "recall": round(recall, 3), "f1": round(f1, 3)}


def _forms(record: ArticleRecord) -> dict[str, list[str]]:
    """Each actor's id and every name form of it."""
    return {actor.id: [actor.name, *actor.aliases] for actor in record.actors}


def _on_entity(
    entity: dict[str, Any], actor_id: str | None, name: str, record: ArticleRecord
) -> bool:
    """The stance's holder or target is the marked entity: a mention overlaps its span, or
    one of the actor's names (or the stance's own text for it) matches the entity's text."""
    start, end = entity["start"], entity["end"]
    actor = next((a for a in record.actors if a.id == actor_id), None) if actor_id else None
    if actor and any(m.start < end and start < m.end for m in actor.mentions):
        return True
    names = [*([actor.name, *actor.aliases] if actor else []), name]
    return any(form and names_match(form, entity["text"]) for form in names)


def dsa_guess(row: dict[str, Any], record: ArticleRecord | None) -> str:
    """The directed class the record's stances give the sentence's two entities (neutral
    for an article that failed to extract)."""
    if record is None:
        return "neutral"
    for stance in record.stances:
        polarity = "supports" if stance.polarity == "support" else "opposes"
        if _on_entity(row["p"], stance.holder_id, stance.holder, record) and _on_entity(
            row["q"], stance.target_id, stance.target, record
        ):
            return f"p_{polarity}_q"
        if _on_entity(row["q"], stance.holder_id, stance.holder, record) and _on_entity(
            row["p"], stance.target_id, stance.target, record
        ):
            return f"q_{polarity}_p"
    return "neutral"


def dsa_scores(
    rows: Iterable[dict[str, Any]], records: Iterable[ArticleRecord | None]
) -> dict[str, Any]:
    """Micro P/R/F1 over the directed classes, and how often a neutral pair got a stance."""
    confusion: Counter[tuple[str, str]] = Counter(
        (row["label"], dsa_guess(row, record)) for row, record in zip(rows, records, strict=True)
    )
    right = sum(n for (gold, guess), n in confusion.items() if gold == guess and gold in DIRECTED)
    predicted = sum(n for (_, guess), n in confusion.items() if guess in DIRECTED)
    gold = sum(n for (label, _), n in confusion.items() if label in DIRECTED)
    return {
        "kind": "dsa",
        "gold_directed": gold,
        "predicted_directed": predicted,
        **_prf(right, predicted, right, gold),
        "false_on_neutral": sum(
            n for (label, guess), n in confusion.items() if label == "neutral" and guess in DIRECTED
        ),
    }


def _content_words(text: str) -> set[str]:
    words = re.sub(r"[^\w\s]", " ", str(text or "").replace("’", "'")).lower().split()
    return {word for word in words if word not in STOP_WORDS}


def _predicted_triples(record: ArticleRecord) -> list[tuple[list[str], str, list[str]]]:
    forms = _forms(record)
    return [
        (
            forms.get(stance.holder_id or "") or [stance.holder],
            stance.polarity,
            [*forms.get(stance.target_id or "", []), stance.target],
        )
        for stance in record.stances
    ]


def _holder_matches(names: list[str], holder: str) -> bool:
    return any(name and names_match(name, holder) for name in names)


def _target_matches(names: list[str], target: str) -> bool:
    return any(
        name and (names_match(name, target) or _content_words(name) & _content_words(target))
        for name in names
    )


def seesaw_scores(
    rows: Iterable[dict[str, Any]], records: Iterable[ArticleRecord | None]
) -> dict[str, Any]:
    """Triple and holder+polarity pair precision, recall and F1 over the articles."""
    counts = Counter[str]()
    for row, record in zip(rows, records, strict=True):
        gold = {(s["holder"], s["polarity"], s["target"]) for s in row["stances"]}
        gold_pairs = {(holder, polarity) for holder, polarity, _ in gold}
        predicted = _predicted_triples(record) if record else []
        pairs = {(tuple(holder), polarity) for holder, polarity, _ in predicted}

        def triple_match(p: tuple[list[str], str, list[str]], g: tuple[str, str, str]) -> bool:
            return p[1] == g[1] and _holder_matches(p[0], g[0]) and _target_matches(p[2], g[2])

        def pair_match(p: tuple[tuple[str, ...], str], g: tuple[str, str]) -> bool:
            return p[1] == g[1] and _holder_matches(list(p[0]), g[0])

        counts["gold"] += len(gold)
        counts["predicted"] += len(predicted)
        counts["right"] += sum(any(triple_match(p, g) for g in gold) for p in predicted)
        counts["found"] += sum(any(triple_match(p, g) for p in predicted) for g in gold)
        counts["gold_pairs"] += len(gold_pairs)
        counts["predicted_pairs"] += len(pairs)
        counts["right_pairs"] += sum(any(pair_match(p, g) for g in gold_pairs) for p in pairs)
        counts["found_pairs"] += sum(any(pair_match(p, g) for p in pairs) for g in gold_pairs)
    triples = _prf(counts["right"], counts["predicted"], counts["found"], counts["gold"])
    pairs_scores = _prf(
        counts["right_pairs"],
        counts["predicted_pairs"],
        counts["found_pairs"],
        counts["gold_pairs"],
    )
    return {
        "kind": "seesaw",
        "gold_triples": counts["gold"],
        "predicted_triples": counts["predicted"],
        "triples": triples,
        "pairs": pairs_scores,
    }


def evaluate_stances(
    path: str | Path, extractor: Extractor, folds: int = 1, fold: Iterable[int] = (0,)
) -> dict[str, Any]:
    """Run `extractor` over a DSA-style or SEESAW-style JSONL file and score its stances.

    An article that fails to extract scores as one without stances (it costs recall, as it
    would a user), and its id and reason are listed under "failed"."""
    chosen = set(fold)
    if folds < 1 or not chosen or not chosen <= set(range(folds)):
        raise ValueError(f"folds must be 0..{folds - 1} of {folds}, not {sorted(chosen)}")
    rows = [row for row in read_rows(Path(path)) if fold_of(str(row["id"]), folds) in chosen]
    kind = file_kind(rows)
    records: list[ArticleRecord | None] = []
    failed: dict[str, str] = {}
    for result in extractor.pipe(as_article(row) for row in rows):
        if isinstance(result, ArticleRecord):
            records.append(result)
        else:
            failed[result.id] = f"{result.code}: {result.reason}"
            records.append(None)
    scores = dsa_scores(rows, records) if kind == "dsa" else seesaw_scores(rows, records)
    return {"documents": len(rows), **scores, "failed": failed}
