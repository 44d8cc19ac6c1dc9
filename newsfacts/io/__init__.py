"""Reading articles in and writing records out: files, folders, standard input and back.

>>> from newsfacts.io import Output, OutputFormat, read_articles, run_extraction
>>> with Output(Path("out.jsonl")) as out: ...

The names are imported on first use, so a module of this package (the writers, say) can be
imported without the HTML reader's dependencies.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsfacts.lazy import lazy_exports

_EXPORTS = {
    "Output": "newsfacts.io.writers",
    "OutputFormat": "newsfacts.io.writers",
    "RunSummary": "newsfacts.io.batch",
    "read_articles": "newsfacts.io.readers",
    "run_extraction": "newsfacts.io.batch",
}

if TYPE_CHECKING:
    from newsfacts.io.batch import RunSummary, run_extraction
    from newsfacts.io.readers import read_articles
    from newsfacts.io.writers import Output, OutputFormat


__getattr__, __dir__ = lazy_exports("newsfacts.io", _EXPORTS, globals())

__all__ = ["Output", "OutputFormat", "RunSummary", "read_articles", "run_extraction"]
