"""newsfacts: turn news articles into validated facts.

>>> import newsfacts
>>> record = newsfacts.extract("Mayor Jim Kenney said ...", published="2018-07-27")
>>> record.actors[0].name

The names below are imported on first use (PEP 562), so `import newsfacts` and
`newsfacts --version` do not load spaCy, and `import newsfacts.models` stays light.
"""

from __future__ import annotations

import functools
import importlib
import sys
from types import ModuleType
from typing import TYPE_CHECKING, Any

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
    "FieldKeys": "newsfacts.io.metadata",
    "Quote": "newsfacts.models",
    "Stance": "newsfacts.models",
    "Store": "newsfacts.io.store",
    "TimeExpression": "newsfacts.models",
    "build_report": "newsfacts.render",
    "merge_actors": "newsfacts.render",
    "read_records": "newsfacts.io.records",
    "render_record_html": "newsfacts.render",
    "to_dataframes": "newsfacts.render",
}

if TYPE_CHECKING:
    from newsfacts.api import extract
    from newsfacts.io.metadata import FieldKeys
    from newsfacts.io.records import read_records
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


_lazy_getattr, __dir__ = lazy_exports("newsfacts", _EXPORTS, globals())


class _ExtractEntry:
    """`newsfacts.extract`: the function `newsfacts.api.extract` (its name, doc and
    signature), whose other attributes are those of the subpackage of the same name, the
    stages. An import statement with `as` looks each dotted part up as an attribute, so
    `import newsfacts.extract.stances.cues as cues` reaches the subpackage through it;
    with the bare function it raised "cannot import name 'stances' from 'extract'"."""

    def __init__(self, function: Any) -> None:
        functools.update_wrapper(self, function)
        self._function = function

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return self._function(*args, **kwargs)

    def __getattr__(self, name: str) -> Any:
        return getattr(importlib.import_module("newsfacts.extract"), name)


def __getattr__(name: str) -> Any:
    value = _lazy_getattr(name)
    if name == "extract":
        value = globals()["extract"] = _ExtractEntry(value)
    return value


class _Package(ModuleType):
    """The package, whose function `extract` must not be hidden by its subpackage
    `newsfacts.extract` (the stages): importing a subpackage sets it as an attribute of its
    parent, and `newsfacts.extract(text)` then raised "'module' object is not callable".
    The subpackage stays importable (`import newsfacts.extract.factories`)."""

    def __setattr__(self, name: str, value: Any) -> None:
        if name == "extract" and isinstance(value, ModuleType):
            return
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package

__all__ = [
    "Actor",
    "Amount",
    "Article",
    "ArticleRecord",
    "CorpusActor",
    "ErrorEntry",
    "Extractor",
    "FieldKeys",
    "Quote",
    "Stance",
    "Store",
    "TimeExpression",
    "__version__",
    "build_report",
    "extract",
    "merge_actors",
    "read_records",
    "render_record_html",
    "to_dataframes",
]
