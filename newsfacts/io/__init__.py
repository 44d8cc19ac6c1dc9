"""Reading articles in and writing records out: files, folders, standard input and back.

>>> from newsfacts.io import Output, OutputFormat, read_articles, run_extraction
>>> with Output(Path("out.jsonl")) as out: ...
"""

from newsfacts.io.batch import RunSummary, run_extraction
from newsfacts.io.readers import read_articles
from newsfacts.io.writers import Output, OutputFormat

__all__ = ["Output", "OutputFormat", "RunSummary", "read_articles", "run_extraction"]
