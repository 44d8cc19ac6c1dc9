"""The dates stage measured the way TempEval-3 (Task A) scored temporal expressions.

Input: JSONL with one document a line, `{"id", "dct", "text", "timexes": [{"start", "end",
"type", "value"}, ...]}` (the TimeBank/AQUAINT conversion in `../shared/data/` has this
shape); each document's creation time `dct` is its publication date.

Scores, as in UzZaman et al. (SemEval 2013): extent precision, recall and F1, strict (same
offsets) and relaxed (any overlap); for the relaxed matches, the share with the right
value (value accuracy) and value F1 = relaxed F1 x value accuracy (the same as the F1 of
the relaxed matches with the right value), which is the figure
TempEval-3 ranked systems by (HeidelTime 77.61, SUTime 67.38 on the test set); type
accuracy and type F1 likewise.

`folds` and `fold` score a part of the file: the documents are split into `folds` parts by
a hash of their id (the same split on every machine and run), so rules tuned on some folds
can be measured on the others, as a held-out test would measure them.
"""

from __future__ import annotations

import json
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from spacy.language import Language

from newsfacts.extract.dates.component import Dates
from newsfacts.pipeline.composite import Newsfacts
from newsfacts.pipeline.extractor import Extractor

# The dates stage reads what these leave on the Doc; the other newsfacts stages are not
# needed to score it and are switched off for speed (the all-in-one "newsfacts" component,
# if that is how the pipeline has them, runs whole).
NEEDED_STAGES = {"newsfacts_cleaning", "newsfacts_amounts"}


@dataclass(frozen=True)
class Timex3:
    """One temporal expression, gold or predicted."""

    start: int
    end: int
    type: str
    value: str | None


@dataclass
class Tally:
    """Counts over a corpus, turned into the TempEval-3 figures by `scores`."""

    documents: int = 0
    gold: int = 0
    predicted: int = 0
    strict: int = 0
    relaxed: int = 0
    value_correct: int = 0
    type_correct: int = 0

    def add(self, gold: list[Timex3], predicted: list[Timex3]) -> None:
        self.documents += 1
        self.gold += len(gold)
        self.predicted += len(predicted)
        for g, p in match_relaxed(gold, predicted):
            self.relaxed += 1
            self.strict += (g.start, g.end) == (p.start, p.end)
            self.value_correct += same_value(g.value, p.value)
            self.type_correct += g.type == p.type

    def scores(self) -> dict[str, Any]:
        relaxed = prf(self.relaxed, self.predicted, self.gold)
        value_accuracy = self.value_correct / self.relaxed if self.relaxed else 0.0
        type_accuracy = self.type_correct / self.relaxed if self.relaxed else 0.0
        return {
            "documents": self.documents,
            "gold": self.gold,
            "predicted": self.predicted,
            "strict": prf(self.strict, self.predicted, self.gold),
            "relaxed": relaxed,
            "value": {
                "accuracy": round(value_accuracy, 4),
                "f1": prf(self.value_correct, self.predicted, self.gold)["f1"],
            },
            "type": {
                "accuracy": round(type_accuracy, 4),
                "f1": prf(self.type_correct, self.predicted, self.gold)["f1"],
            },
        }


def evaluate_timex(
    path: str | Path,
    extractor_or_nlp: Extractor | Language,
    folds: int = 1,
    fold: Iterable[int] = (0,),
) -> dict[str, Any]:
    """TempEval-3 extent, value and type scores of the dates stage on the JSONL file `path`,
    on the documents of the folds `fold` (counted from 0) out of `folds`."""
    chosen = set(fold)
    if folds < 1 or not chosen or not chosen <= set(range(folds)):
        raise ValueError(f"folds must be 0..{folds - 1} of {folds}, not {sorted(chosen)}")
    nlp = extractor_or_nlp.nlp if isinstance(extractor_or_nlp, Extractor) else extractor_or_nlp
    stage = dates_stage(nlp)
    documents = [
        document
        for document in read_documents(Path(path))
        if fold_of(document["id"], folds) in chosen
    ]
    tally = Tally()
    disabled = [
        name
        for name in nlp.pipe_names
        if name.startswith("newsfacts_") and name not in NEEDED_STAGES
    ]
    with nlp.select_pipes(disable=disabled):
        docs = nlp.pipe(_prepared(nlp, documents))
        for document, doc in zip(documents, docs, strict=True):
            predicted = [
                Timex3(fact["start"], fact["end"], fact["type"], fact["value"])
                for fact in stage.time_expressions(doc)
            ]
            tally.add(document["gold"], predicted)
    return tally.scores()


def fold_of(document_id: str, folds: int) -> int:
    """The fold of a document: a CRC-32 of its id, so the split never depends on file order."""
    return zlib.crc32(document_id.encode("utf-8")) % folds


def format_timex_report(scores: dict[str, Any]) -> str:
    """The scores as a few aligned lines for a terminal."""
    lines = [
        f"documents {scores['documents']}  gold {scores['gold']}  predicted {scores['predicted']}"
    ]
    for name in ("strict", "relaxed"):
        s = scores[name]
        lines.append(f"{name:8} P={s['p']:.4f} R={s['r']:.4f} F1={s['f1']:.4f}")
    for name in ("value", "type"):
        s = scores[name]
        lines.append(f"{name:8} accuracy={s['accuracy']:.4f} F1={s['f1']:.4f}")
    return "\n".join(lines)


def dates_stage(nlp: Language) -> Dates:
    """The pipeline's dates stage (alone or inside the composite), or a new default one."""
    for _, component in nlp.pipeline:
        if isinstance(component, Dates):
            return component
        if isinstance(component, Newsfacts):
            found = [stage for stage in component.stages if isinstance(stage, Dates)]
            if found:
                return found[0]
    stage = nlp.create_pipe("newsfacts_dates")
    if not isinstance(stage, Dates):
        raise TypeError(f"newsfacts_dates made a {type(stage).__name__}, not a Dates stage")
    return stage


def read_documents(path: Path) -> Iterator[dict[str, Any]]:
    """The documents of a TempEval JSONL file, each with its gold `Timex3` list."""
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if not line.strip():
                continue
            row = json.loads(line)
            gold = [Timex3(t["start"], t["end"], t["type"], t.get("value")) for t in row["timexes"]]
            yield {"id": row["id"], "dct": row.get("dct"), "text": row["text"], "gold": gold}


def match_relaxed(gold: list[Timex3], predicted: list[Timex3]) -> list[tuple[Timex3, Timex3]]:
    """One-to-one pairs of overlapping expressions, the largest overlaps first."""
    candidates = sorted(
        (
            (min(g.end, p.end) - max(g.start, p.start), i, j)
            for i, g in enumerate(gold)
            for j, p in enumerate(predicted)
            if g.start < p.end and p.start < g.end
        ),
        reverse=True,
    )
    used_gold: set[int] = set()
    used_predicted: set[int] = set()
    pairs = []
    for _, i, j in candidates:
        if i in used_gold or j in used_predicted:
            continue
        used_gold.add(i)
        used_predicted.add(j)
        pairs.append((gold[i], predicted[j]))
    return pairs


def same_value(gold: str | None, predicted: str | None) -> bool:
    return (
        bool(gold)
        and bool(predicted)
        and str(gold).strip().upper() == str(predicted).strip().upper()
    )


def prf(correct: int, predicted: int, gold: int) -> dict[str, float]:
    precision = correct / predicted if predicted else 0.0
    recall = correct / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"p": round(precision, 4), "r": round(recall, 4), "f1": round(f1, 4)}


def _prepared(nlp: Language, documents: list[dict[str, Any]]) -> Iterator[Any]:
    for document in documents:
        doc = nlp.make_doc(document["text"])
        doc._.newsfacts_published = document["dct"]
        yield doc
