"""The records newsfacts emits."""

from newsfacts.models.article import Article
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

__all__ = [
    "Actor",
    "ActorType",
    "Amount",
    "Article",
    "ArticleRecord",
    "ErrorEntry",
    "Evidence",
    "ExtractorInfo",
    "Mention",
    "Quote",
    "Stance",
    "TimeExpression",
]
