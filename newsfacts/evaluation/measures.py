"""Precision, recall and F1, computed once for every evaluator.

Precision counts the predictions that match, recall the gold items found: the two counts
differ where one prediction may cover two gold items (as in `../shared/eval/spans.py`).
"""

from __future__ import annotations


def ratio(part: float, whole: float) -> float:
    """`part / whole`, 0.0 when there is nothing to divide by (no predictions, no gold)."""
    return part / whole if whole else 0.0


def precision_recall_f1(
    right_predicted: int, predicted: int, found: int, gold: int
) -> tuple[float, float, float]:
    """Precision over the predictions, recall over the gold items, and their harmonic mean."""
    precision, recall = ratio(right_predicted, predicted), ratio(found, gold)
    return precision, recall, ratio(2 * precision * recall, precision + recall)
