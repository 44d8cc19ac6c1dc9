"""newsfacts: turn news articles into validated facts.

    >>> import newsfacts
    >>> record = newsfacts.extract("Mayor Jim Kenney said ...", published="2018-07-27")
    >>> record.actors[0].name
"""

from __future__ import annotations

__version__ = "0.1.0"

from newsfacts.api import Extractor, extract  # noqa: E402
from newsfacts.models import (  # noqa: E402
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
