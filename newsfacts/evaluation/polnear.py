"""Quote extraction measured on PolNeAR, the way the Gender Gap Tracker measures it.

PolNeAR (Newell, Margolin & Ruths, LREC 2018) annotates attribution relations in 2016 US
election news: the content, cue and source span of each, and whether the content is in
quote marks. The file read here is one JSON object per article: `{"id", "dct", "text",
"quotes": [{"start", "end", "speaker_start", "speaker_end", "direct", ...}]}`.

The measure is the Gender Gap Tracker's (Asr et al., PLoS ONE 2021): a prediction matches
a gold quote when it covers more than 30% of the gold quote's characters; each gold quote
takes its best remaining prediction, one to one; predictions left over are false positives.
The speaker is right when the predicted speaker mention overlaps the gold source span.

Beside it, the fragment-aware measure of `shared/eval/spans.py quotes_covered`, by which the
held-out split is judged: quotes are classed by their kind (direct, partial and mixed against
the gold "direct" relations; indirect against the others), and are not joined; a predicted
quote is right when at least half of it lies in one gold relation or it covers more than 30%
of one; a gold relation is found when the predictions overlapping it cover more than 30% of
it together (an interrupted quote counts once), and its speaker is that of the prediction
overlapping it most: judged only when the gold names a source, and right when the mention
overlaps the source span or a name of the speaker matches the gold source's, as spans.py's
`speaker_ok` and `names_match` decide.

Two alignments with PolNeAR's unit make the comparison fair:
- PolNeAR's "direct" flag is set exactly when the content holds a “, ” or " (so the ''
  quotes of NYT copy are non-direct there); a prediction is put in a class by the same test
  on its content and the marks around it: a direct or partial quote in those marks, or
  reported speech that holds one, is direct;
- PolNeAR annotates a quote interrupted by its attribution (“...,” he said. “...”) as one
  relation, while newsfacts emits one quote per quoted stretch; so predictions that share
  one speaker mention are joined into one relation before matching.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsfacts.evaluation.files import jsonl_rows
from newsfacts.evaluation.measures import precision_recall_f1
from newsfacts.evaluation.names import names_match
from newsfacts.models import Article, ArticleRecord
from newsfacts.pipeline.extractor import Extractor

MATCH_THRESHOLD = 0.3
INSIDE_SHARE = 0.5
DIRECT_KINDS = {"direct", "partial", "mixed"}
GOLD_DIRECT_MARKS = '“”"'


@dataclass(frozen=True)
class Relation:
    """An attribution reduced to what is scored: content span and source span."""

    start: int
    end: int
    source: tuple[int, int] | None
    direct: bool
    names: tuple[str, ...] = ()


@dataclass
class Tally:
    """Counts of one comparison, summed over articles."""

    true_positive: int = 0
    false_positive: int = 0
    false_negative: int = 0
    speaker_right: int = 0

    def add(self, other: Tally) -> None:
        self.true_positive += other.true_positive
        self.false_positive += other.false_positive
        self.false_negative += other.false_negative
        self.speaker_right += other.speaker_right

    def report(self) -> dict[str, float | int]:
        tp, fp, fn = self.true_positive, self.false_positive, self.false_negative
        precision, recall, f1 = precision_recall_f1(tp, tp + fp, tp, tp + fn)
        return {
            "precision": round(precision, 3),
            "recall": round(recall, 3),
            "f1": round(f1, 3),
            "speaker_accuracy": round(self.speaker_right / tp, 3) if tp else 0.0,
            "true_positive": tp,
            "false_positive": fp,
            "false_negative": fn,
        }


@dataclass
class CoveredTally:
    """Counts of the fragment-aware comparison, summed over articles: precision counts
    predictions, recall counts gold relations."""

    predicted: int = 0
    predicted_right: int = 0
    gold: int = 0
    gold_found: int = 0
    speaker_judged: int = 0
    speaker_right: int = 0

    def add(self, other: CoveredTally) -> None:
        self.predicted += other.predicted
        self.predicted_right += other.predicted_right
        self.gold += other.gold
        self.gold_found += other.gold_found
        self.speaker_judged += other.speaker_judged
        self.speaker_right += other.speaker_right

    def report(self) -> dict[str, float | int]:
        precision, recall, f1 = precision_recall_f1(
            self.predicted_right, self.predicted, self.gold_found, self.gold
        )
        judged = self.speaker_judged
        return {
            "precision": round(precision, 3),
            "recall": round(recall, 3),
            "f1": round(f1, 3),
            "speaker_accuracy": round(self.speaker_right / judged, 3) if judged else 0.0,
            "predicted": self.predicted,
            "gold": self.gold,
        }


def read_articles(path: Path) -> Iterator[dict[str, Any]]:
    """The annotated articles of a PolNeAR JSONL file, one dict per line."""
    yield from jsonl_rows(path)


def gold_relations(article: dict[str, Any]) -> list[Relation]:
    relations = []
    for quote in article["quotes"]:
        has_source = quote.get("speaker_start") is not None
        source = (quote["speaker_start"], quote["speaker_end"]) if has_source else None
        names = tuple(n for n in (quote.get("speaker"), quote.get("speaker_mention")) if n)
        relation = Relation(quote["start"], quote["end"], source, bool(quote["direct"]), names)
        relations.append(relation)
    return relations


def is_direct(text: str, start: int, end: int) -> bool:
    """PolNeAR's own test, applied to a prediction: its content, with the marks around
    it, holds a “, ” or \" (the conversion leaves the '' of NYT copy non-direct)."""
    return any(mark in text[max(start - 1, 0) : end + 1] for mark in GOLD_DIRECT_MARKS)


def predicted_relations(record: ArticleRecord, text: str) -> list[Relation]:
    """The record's quotes as relations: quotes of one class that share a speaker mention
    are one relation spanning them all; a quote without a speaker stands alone."""
    joined: dict[tuple[bool, int, int], Relation] = {}
    alone = []
    for quote in record.quotes:
        direct = is_direct(text, quote.start, quote.end)
        mention = quote.speaker_mention
        source = (mention.start, mention.end) if mention else None
        if source is None:
            alone.append(Relation(quote.start, quote.end, None, direct))
            continue
        key = (direct, *source)
        earlier = joined.get(key)
        start = min(quote.start, earlier.start) if earlier else quote.start
        end = max(quote.end, earlier.end) if earlier else quote.end
        joined[key] = Relation(start, end, source, direct)
    return sorted([*joined.values(), *alone], key=lambda relation: relation.start)


def coverage(gold: Relation, predicted: Relation) -> float:
    """Share of the gold content's characters the prediction covers."""
    overlap = min(gold.end, predicted.end) - max(gold.start, predicted.start)
    return max(overlap, 0) / (gold.end - gold.start) if gold.end > gold.start else 0.0


def speaker_matches(gold: Relation, predicted: Relation) -> bool:
    """Overlapping source spans; a gold relation without a source wants none predicted."""
    if gold.source is None:
        return predicted.source is None
    if predicted.source is None:
        return False
    return min(gold.source[1], predicted.source[1]) > max(gold.source[0], predicted.source[0])


def covered_speaker_right(gold: Relation, predicted: Relation) -> bool:
    """spans.py's `speaker_ok`: the mention overlaps the gold source span, or a name of the
    predicted speaker matches the gold speaker or its mention."""
    if speaker_matches(gold, predicted):
        return True
    return any(names_match(ours, theirs) for ours in predicted.names for theirs in gold.names)


def compare(golds: list[Relation], predictions: list[Relation]) -> Tally:
    """One-to-one matching: each gold relation, in text order, takes the remaining
    prediction that covers most of it, if that is more than the threshold."""
    remaining = list(predictions)
    tally = Tally()
    for gold in golds:
        scored = [(coverage(gold, p), i) for i, p in enumerate(remaining)]
        best_score, best = max(scored, default=(0.0, -1))
        if best_score <= MATCH_THRESHOLD:
            tally.false_negative += 1
            continue
        tally.true_positive += 1
        tally.speaker_right += speaker_matches(gold, remaining.pop(best))
    tally.false_positive = len(remaining)
    return tally


def quote_relations(record: ArticleRecord) -> list[tuple[Relation, str]]:
    """Each quote of the record as a relation of its own, with its kind."""
    relations: list[tuple[Relation, str]] = []
    for quote in record.quotes:
        mention = quote.speaker_mention
        source = (mention.start, mention.end) if mention else None
        direct = quote.kind in DIRECT_KINDS
        names = tuple(n for n in (quote.speaker, mention.text if mention else None) if n)
        relation = Relation(quote.start, quote.end, source, direct, names)
        relations.append((relation, quote.kind))
    return relations


def overlap(first: Relation, second: Relation) -> int:
    return max(0, min(first.end, second.end) - max(first.start, second.start))


def compare_covered(golds: list[Relation], predictions: list[Relation]) -> CoveredTally:
    """The fragment-aware comparison of `spans.py quotes_covered` (see the module text)."""
    tally = CoveredTally(predicted=len(predictions), gold=len(golds))
    for predicted in predictions:
        tally.predicted_right += any(
            overlap(predicted, gold) >= INSIDE_SHARE * max(1, predicted.end - predicted.start)
            or coverage(gold, predicted) > MATCH_THRESHOLD
            for gold in golds
        )
    for gold in golds:
        touching = [p for p in predictions if overlap(gold, p) > 0]
        covered = set().union(
            *(range(max(p.start, gold.start), min(p.end, gold.end)) for p in touching)
        )
        if len(covered) > MATCH_THRESHOLD * max(1, gold.end - gold.start):
            tally.gold_found += 1
            if gold.source is None:
                continue
            best = max(touching, key=lambda p: overlap(gold, p))
            tally.speaker_judged += 1
            tally.speaker_right += covered_speaker_right(gold, best)
    return tally


def as_article(row: dict[str, Any]) -> Article:
    return Article(
        id=str(row["id"]),
        text=row["text"],
        title=row.get("title"),
        published=row.get("dct"),
        published_source="metadata" if row.get("dct") else "none",
    )


def evaluate_records(
    rows: Iterable[dict[str, Any]], records: Iterable[ArticleRecord]
) -> dict[str, Any]:
    """Direct and non-direct scores of records against the annotated rows they came from."""
    tallies = {"direct": Tally(), "indirect": Tally()}
    covered = {"direct": CoveredTally(), "indirect": CoveredTally()}
    documents = 0
    for row, record in zip(rows, records, strict=True):
        documents += 1
        golds = gold_relations(row)
        predictions = predicted_relations(record, row["text"])
        quotes = quote_relations(record)
        for name, direct in (("direct", True), ("indirect", False)):
            wanted = [g for g in golds if g.direct == direct]
            tallies[name].add(compare(wanted, [p for p in predictions if p.direct == direct]))
            kinds = DIRECT_KINDS if direct else {"indirect"}
            covered[name].add(compare_covered(wanted, [q for q, k in quotes if k in kinds]))
    return {
        "documents": documents,
        "threshold": MATCH_THRESHOLD,
        **{name: tally.report() for name, tally in tallies.items()},
        "covered": {name: tally.report() for name, tally in covered.items()},
    }


def evaluate_quotes(path: str | Path, extractor: Extractor) -> dict[str, Any]:
    """Run `extractor` over a PolNeAR JSONL file and score its quotes.

    Returns `{"documents", "threshold", "direct": {...}, "indirect": {...}, "covered":
    {"direct": {...}, "indirect": {...}}}`: the Gender Gap Tracker measure, then the
    fragment-aware one; each part with precision, recall, f1, speaker_accuracy and the
    counts behind them. Articles that fail
    to extract are not expected; one that does raises, so a score never hides a failure.
    """
    rows = list(read_articles(Path(path)))
    records = []
    for result in extractor.pipe(as_article(row) for row in rows):
        if not isinstance(result, ArticleRecord):
            raise ValueError(f"{result.code} {result.id}: {result.reason}")
        records.append(result)
    return evaluate_records(rows, records)
