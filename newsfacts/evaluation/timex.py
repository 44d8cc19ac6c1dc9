"""The dates stage measured the way TempEval-3 (Task A) scored temporal expressions.

Input: JSONL with one document a line, `{"id", "dct", "text", "timexes": [{"start", "end",
"type", "value"}, ...]}` (the TimeBank/AQUAINT conversion in `../shared/data/` has this
shape); each document's creation time `dct` is its publication date.

Scores, with the definitions of `../shared/eval/spans.py timex` (the scorer of the held-out
TempEval-3 platinum split): strict extent (a prediction with a gold expression's exact
offsets) and relaxed extent (any overlap), each prediction and each gold expression counted
on its own side, so precision counts predictions that overlap some gold expression and
recall gold expressions that some prediction overlaps; value F1 likewise, with an overlapping
partner of the same value (case and spaces ignored) - the figure TempEval-3 ranked systems by
(HeidelTime 77.61, SUTime 67.38 on the test set). Value and type accuracy are read on
one-to-one pairs of overlapping expressions (largest overlaps first). The predictions are
the dates the record gets (`doc._.newsfacts_dates`), so a stage setting such as `distinct`
moves this figure as it moves the held-out one.

`folds` and `fold` score a part of the file: the documents are split into `folds` parts by
a hash of their id (the same split on every machine and run), so rules tuned on some folds
can be measured on the others, as a held-out test would measure them.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from spacy.language import Language

from newsfacts.evaluation.files import jsonl_rows
from newsfacts.evaluation.measures import precision_recall_f1
from newsfacts.extract.dates.component import Dates
from newsfacts.extract.factories import stages_needed_by
from newsfacts.pipeline.composite import Newsfacts
from newsfacts.pipeline.doc import get_facts
from newsfacts.pipeline.extractor import Extractor

# The dates stage and the stages whose facts it reads (amounts, and the actors amounts
# read); the others are not needed to score it and are switched off for speed (the
# all-in-one "newsfacts" component, if that is how the pipeline has them, runs whole).
NEEDED_STAGES = stages_needed_by("newsfacts_dates")


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
    relaxed_predicted: int = 0
    relaxed_gold: int = 0
    value_predicted: int = 0
    value_gold: int = 0
    pairs: int = 0
    value_correct: int = 0
    type_correct: int = 0

    def add(self, gold: list[Timex3], predicted: list[Timex3]) -> None:
        self.documents += 1
        self.gold += len(gold)
        self.predicted += len(predicted)
        for p in predicted:
            overlapping = [g for g in gold if overlaps(g, p)]
            self.strict += any((g.start, g.end) == (p.start, p.end) for g in overlapping)
            self.relaxed_predicted += bool(overlapping)
            self.value_predicted += any(same_value(g.value, p.value) for g in overlapping)
        for g in gold:
            overlapping = [p for p in predicted if overlaps(g, p)]
            self.relaxed_gold += bool(overlapping)
            self.value_gold += any(same_value(g.value, p.value) for p in overlapping)
        for g, p in match_relaxed(gold, predicted):
            self.pairs += 1
            self.value_correct += same_value(g.value, p.value)
            self.type_correct += g.type == p.type

    def scores(self) -> dict[str, Any]:
        return {
            "documents": self.documents,
            "gold": self.gold,
            "predicted": self.predicted,
            "strict": prf(self.strict, self.predicted, self.strict, self.gold),
            "relaxed": prf(self.relaxed_predicted, self.predicted, self.relaxed_gold, self.gold),
            "value": {
                "accuracy": _share(self.value_correct, self.pairs),
                "f1": prf(self.value_predicted, self.predicted, self.value_gold, self.gold)["f1"],
            },
            "type": {
                "accuracy": _share(self.type_correct, self.pairs),
                "f1": prf(self.type_correct, self.predicted, self.type_correct, self.gold)["f1"],
            },
        }


def overlaps(a: Timex3, b: Timex3) -> bool:
    return a.start < b.end and b.start < a.end


def _share(part: int, whole: int) -> float:
    return round(part / whole, 4) if whole else 0.0


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
    added = None if has_dates_stage(nlp) else default_dates_stage(nlp)
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
        for document, parsed in zip(documents, docs, strict=True):
            doc = added(parsed) if added else parsed
            predicted = [
                Timex3(fact["start"], fact["end"], fact["type"], fact["value"])
                for fact in get_facts(doc, "dates")
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


def has_dates_stage(nlp: Language) -> bool:
    """Whether the pipeline runs a dates stage (alone or inside the composite)."""
    return any(
        isinstance(component, Dates)
        or (
            isinstance(component, Newsfacts)
            and any(isinstance(stage, Dates) for stage in component.stages)
        )
        for _, component in nlp.pipeline
    )


def default_dates_stage(nlp: Language) -> Dates:
    """A dates stage with the default settings, for a pipeline that has none."""
    stage = nlp.create_pipe("newsfacts_dates")
    if not isinstance(stage, Dates):
        raise TypeError(f"newsfacts_dates made a {type(stage).__name__}, not a Dates stage")
    return stage


def read_documents(path: Path) -> Iterator[dict[str, Any]]:
    """The documents of a TempEval JSONL file, each with its gold `Timex3` list."""
    for row in jsonl_rows(path):
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


def prf(correct_predicted: int, predicted: int, correct_gold: int, gold: int) -> dict[str, float]:
    """Precision over the predictions, recall over the gold expressions, each with its own
    count of matches (one prediction may match two gold expressions, as in spans.py)."""
    precision, recall, f1 = precision_recall_f1(correct_predicted, predicted, correct_gold, gold)
    return {"p": round(precision, 4), "r": round(recall, 4), "f1": round(f1, 4)}


def _prepared(nlp: Language, documents: list[dict[str, Any]]) -> Iterator[Any]:
    for document in documents:
        doc = nlp.make_doc(document["text"])
        doc._.newsfacts_published = document["dct"]
        yield doc
