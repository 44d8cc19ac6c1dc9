"""What the parallel engines share: articles go out in partitions, each partition is
extracted where the model already sits, and results come back in input order.

Partitions travel as plain dicts and come back as JSON, which pickles cheaply and is
validated again on arrival. At most `window` partitions are in flight, so memory stays
flat however long the input is. A partition whose task fails as a whole (a worker process
died, say) comes back as one error entry per article: nothing is lost.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from functools import cache
from itertools import islice
from typing import Any, Protocol

from newsfacts.engines.protocol import BatchExtractor, Item, Result
from newsfacts.errors import Errors
from newsfacts.models import Article, ArticleRecord, ErrorEntry

Payload = list[tuple[str, str]]


class Future(Protocol):
    """The part of a concurrent.futures or Dask future the engines use."""

    def result(self) -> Any: ...

    def exception(self) -> BaseException | None: ...


Submit = Callable[[list[dict[str, Any]]], Future]


@cache
def worker_extractor(model: str | None) -> BatchExtractor:
    """The extractor of this worker process, loaded on first use and kept (imported here:
    only a worker process builds one)."""
    from newsfacts.pipeline.extractor import Extractor

    return Extractor(model)


def extract_partition(
    articles: list[dict[str, Any]], model: str | None, keep_text: bool
) -> Payload:
    """Extract one partition in a worker; results as ("record" | "error", JSON) pairs."""
    return extract_with(worker_extractor(model), articles, keep_text)


def extract_with(
    extractor: BatchExtractor, articles: list[dict[str, Any]], keep_text: bool
) -> Payload:
    items = [Article.model_validate(article) for article in articles]
    return [
        ("error" if isinstance(result, ErrorEntry) else "record", result.model_dump_json())
        for result in extractor.pipe(items, keep_text=keep_text)
    ]


def ordered_results(
    items: Iterable[Item], submit: Submit, partition_size: int, window: int
) -> Iterator[Result]:
    """Results for `items` in input order, with at most `window` partitions in flight."""
    pending: deque[tuple[list[Item], Future | None]] = deque()
    for batch in batches(items, partition_size):
        articles = [item.model_dump(mode="json") for item in batch if isinstance(item, Article)]
        pending.append((batch, submit(articles) if articles else None))
        if len(pending) >= window:
            yield from collect(*pending.popleft())
    while pending:
        yield from collect(*pending.popleft())


def batches(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


def collect(batch: list[Item], future: Future | None) -> Iterator[Result]:
    """The batch's results in order: reader errors in their place, a lost partition as
    one error entry per article."""
    outcome = _outcome(future)
    results = iter(outcome) if isinstance(outcome, list) else None
    for item in batch:
        if isinstance(item, ErrorEntry):
            yield item
        elif results is None:
            yield _lost(item, str(outcome))
        else:
            kind, payload = next(results)
            model = ErrorEntry if kind == "error" else ArticleRecord
            yield model.model_validate_json(payload)


def _outcome(future: Future | None) -> Payload | BaseException:
    if future is None:
        return []
    exception = future.exception()
    return exception if exception is not None else future.result()


def _lost(article: Article, detail: str) -> ErrorEntry:
    return ErrorEntry.from_message(article.id, article.source, Errors.E203.format(detail=detail))
