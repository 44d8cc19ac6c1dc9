"""What the quote tests read off a record: its quotes by kind, and who a quote's speaker
mention names."""

from __future__ import annotations

from newsfacts.models import ArticleRecord, Quote
from newsfacts.pipeline.extractor import Extractor

SPOKEN = ("direct", "partial", "mixed")
"""Every kind but reported speech (`indirect`)."""


def spoken(record: ArticleRecord, kinds: tuple[str, ...] = SPOKEN) -> list[Quote]:
    return [q for q in record.quotes if q.kind in kinds]


def quotes(extractor: Extractor, text: str, kinds: tuple[str, ...] = SPOKEN) -> list[Quote]:
    return spoken(extractor.extract(text), kinds)


def direct(record: ArticleRecord) -> list[Quote]:
    return spoken(record, ("direct",))


def mention(quote: Quote) -> str | None:
    return quote.speaker_mention.text if quote.speaker_mention else None
