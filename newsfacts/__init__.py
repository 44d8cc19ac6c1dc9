"""newsfacts: turn news articles into validated facts.

>>> import newsfacts
>>> record = newsfacts.extract("Mayor Jim Kenney said ...", published="2018-07-27")
>>> record.actors[0].name
"""

from __future__ import annotations

__version__ = "0.1.0"

from newsfacts.api import Extractor, extract
from newsfacts.models import (
    Actor,
    Amount,
    Article,
    ArticleRecord,
    ErrorEntry,
    Quote,
    Stance,
    TimeExpression,
)

__all__ = [
    "Actor",
    "Amount",
    "Article",
    "ArticleRecord",
    "ErrorEntry",
    "Extractor",
    "Quote",
    "Stance",
    "TimeExpression",
    "__version__",
    "extract",
]
