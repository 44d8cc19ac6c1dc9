"""The library's front door: `extract` for a notebook cell, `Extractor` for batches."""

from __future__ import annotations

from functools import cache

from newsfacts.models import ArticleRecord
from newsfacts.pipeline.deadline import ARTICLE_TIMEOUT
from newsfacts.pipeline.extractor import Extractor


@cache
def shared_extractor(model: str | None, article_timeout: float = ARTICLE_TIMEOUT) -> Extractor:
    """One extractor per model (and time budget) per process: loading a model takes seconds."""
    return Extractor(model, article_timeout=article_timeout)


def extract(
    text: str,
    *,
    published: str | None = None,
    title: str | None = None,
    id: str | None = None,
    model: str | None = None,
) -> ArticleRecord:
    """Extract the facts of one article given as text.

    `published` (YYYY-MM-DD) anchors relative dates ("last month"); without it they are
    left unresolved and the record's warnings say so. Raises `ArticleError` (its `code`
    says why, e.g. E201 when a stage failed) if the article cannot be extracted.
    """
    return shared_extractor(model).extract(text, published=published, title=title, id=id)


__all__ = ["Extractor", "extract"]
