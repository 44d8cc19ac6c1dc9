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
    CorpusActor,
    ErrorEntry,
    Quote,
    Stance,
    TimeExpression,
)
from newsfacts.render import build_report, merge_actors, render_record_html, to_dataframes

__all__ = [
    "Actor",
    "Amount",
    "Article",
    "ArticleRecord",
    "CorpusActor",
    "ErrorEntry",
    "Extractor",
    "Quote",
    "Stance",
    "TimeExpression",
    "__version__",
    "build_report",
    "extract",
    "merge_actors",
    "render_record_html",
    "to_dataframes",
]
