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
    "Mention",
    "Quote",
    "Stance",
    "TimeExpression",
]
