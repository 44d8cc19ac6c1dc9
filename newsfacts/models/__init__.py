"""The records newsfacts emits."""

from newsfacts.models.article import Article
from newsfacts.models.corpus import ActorRef, CorpusActor
from newsfacts.models.records import (
    Actor,
    ActorType,
    Amount,
    ArticleRecord,
    ErrorEntry,
    Evidence,
    ExtractorInfo,
    Mention,
    Quote,
    Stance,
    TimeExpression,
)

Item = Article | ErrorEntry
"""What a reader yields: an article to extract, or the error entry of one it could not read."""
Result = ArticleRecord | ErrorEntry
"""What extraction yields for each item: its record, or its error entry."""

__all__ = [
    "Actor",
    "ActorRef",
    "ActorType",
    "Amount",
    "Article",
    "ArticleRecord",
    "CorpusActor",
    "ErrorEntry",
    "Evidence",
    "ExtractorInfo",
    "Item",
    "Mention",
    "Quote",
    "Result",
    "Stance",
    "TimeExpression",
]
