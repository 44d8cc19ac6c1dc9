"""newsfacts: turn news articles into validated facts.

>>> import newsfacts
>>> record = newsfacts.extract("Mayor Jim Kenney said ...", published="2018-07-27")
>>> record.actors[0].name

The names below are imported on first use (PEP 562), so `import newsfacts` and
`newsfacts --version` do not load spaCy, and `import newsfacts.models` stays light.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsfacts.lazy import lazy_exports

__version__ = "0.1.0"

# public name -> the module that defines it
_EXPORTS = {
    "Extractor": "newsfacts.pipeline.extractor",
    "extract": "newsfacts.api",
    "Actor": "newsfacts.models",
    "Amount": "newsfacts.models",
    "Article": "newsfacts.models",
    "ArticleRecord": "newsfacts.models",
    "CorpusActor": "newsfacts.models",
    "ErrorEntry": "newsfacts.models",
    "Quote": "newsfacts.models",
    "Stance": "newsfacts.models",
    "Store": "newsfacts.io.store",
    "TimeExpression": "newsfacts.models",
    "build_report": "newsfacts.render",
    "merge_actors": "newsfacts.render",
    "render_record_html": "newsfacts.render",
    "to_dataframes": "newsfacts.render",
}

if TYPE_CHECKING:
    from newsfacts.api import extract
    from newsfacts.io.store import Store
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
    from newsfacts.pipeline.extractor import Extractor
    from newsfacts.render import build_report, merge_actors, render_record_html, to_dataframes


__getattr__, __dir__ = lazy_exports("newsfacts", _EXPORTS, globals())

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
    "Store",
    "TimeExpression",
    "__version__",
    "build_report",
    "extract",
    "merge_actors",
    "render_record_html",
    "to_dataframes",
]
