"""Run newsfacts on a Dask cluster: a LocalCluster on this machine or an existing scheduler.

Each worker loads the model once (a worker plugin warms a per-process cache), articles go
out in partitions, and records come back in input order. A partition whose task fails as a
whole (a worker died, say) comes back as one error entry per article: nothing is lost.
Dask is an optional extra: `pip install newsfacts[dask]`.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from functools import cache
from itertools import islice
from typing import TYPE_CHECKING, Any

from newsfacts.errors import Errors
from newsfacts.extract.pipeline import Extractor
from newsfacts.models import Article, ArticleRecord, ErrorEntry

if TYPE_CHECKING:
    import dask.bag
    from distributed import Client

Item = Article | ErrorEntry
Result = ArticleRecord | ErrorEntry


@cache
def worker_extractor(model: str | None) -> Extractor:
    """The extractor of this worker process, loaded on first use and kept."""
    return Extractor(model)


def extract_partition(
    articles: list[dict[str, Any]], model: str | None, keep_text: bool
) -> list[tuple[str, str]]:
    """Extract one partition on a worker; results as ("record" | "error", JSON) pairs, which
    travel cheaply and validate again on arrival."""
    extractor = worker_extractor(model)
    items = [Article.model_validate(article) for article in articles]
    return [
        ("error" if isinstance(result, ErrorEntry) else "record", result.model_dump_json())
        for result in extractor.pipe(items, keep_text=keep_text)
    ]


def pipe_dask(
    items: Iterable[Item],
    *,
    model: str | None = None,
    client: Client | None = None,
    scheduler: str | None = None,
    partition_size: int = 32,
    keep_text: bool = True,
    workers: int | None = None,
) -> Iterator[Result]:
    """Records (or error entries) for `items`, in input order, computed on a Dask cluster.

    Uses `client` if given, else connects to `scheduler` (an address such as
    "tcp://10.0.0.5:8786"), else starts a LocalCluster of `workers` processes (default:
    one per core) on this machine for the run.
    """
    with _connected(client, scheduler, workers) as connected:
        connected.register_plugin(model_loader(model), name=f"newsfacts-model-{model}")
        window = 2 * max(len(connected.scheduler_info().get("workers", {})), 1)
        pending: deque[tuple[list[Item], Any]] = deque()
        batches = _batches(items, partition_size)
        for batch in batches:
            pending.append((batch, _submit(connected, batch, model, keep_text)))
            if len(pending) >= window:
                yield from _collect(*pending.popleft())
        while pending:
            yield from _collect(*pending.popleft())


def extract_bag(articles: dask.bag.Bag, *, model: str | None = None) -> dask.bag.Bag:
    """Map a `dask.bag` of article dicts (id, text, title, published, ...) to a bag of
    record dicts (error entries carry a `code` and a `reason`), for users who already
    have their articles in Dask."""
    return articles.map_partitions(_extract_dicts, model=model)


def _extract_dicts(articles: Iterable[dict[str, Any]], model: str | None) -> list[dict[str, Any]]:
    extractor = worker_extractor(model)
    items = [Article.model_validate(article) for article in articles]
    return [result.model_dump(mode="json") for result in extractor.pipe(items)]


def model_loader(model: str | None) -> Any:
    """A worker plugin that loads the model when a worker joins, not on its first task."""
    from distributed import WorkerPlugin

    class ModelLoader(WorkerPlugin):
        def setup(self, worker: object) -> None:
            worker_extractor(model)

    return ModelLoader()


@contextmanager
def _connected(
    client: Client | None, scheduler: str | None, workers: int | None
) -> Iterator[Client]:
    from distributed import Client, LocalCluster

    if client is not None:
        yield client
        return
    if scheduler is not None:
        with Client(scheduler) as remote:
            yield remote
        return
    with (
        LocalCluster(
            n_workers=workers, processes=True, threads_per_worker=1, dashboard_address=None
        ) as cluster,
        Client(cluster) as local,
    ):
        yield local


def _batches(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


def _submit(client: Client, batch: list[Item], model: str | None, keep_text: bool) -> Any:
    articles = [item.model_dump(mode="json") for item in batch if isinstance(item, Article)]
    if not articles:
        return None
    return client.submit(extract_partition, articles, model, keep_text, pure=False)


def _collect(batch: list[Item], future: Any) -> Iterator[Result]:
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


def _outcome(future: Any) -> list[tuple[str, str]] | BaseException:
    if future is None:
        return []
    exception = future.exception()
    return exception if exception is not None else future.result()


def _lost(article: Article, detail: str) -> ErrorEntry:
    code, _, reason = Errors.E203.format(detail=detail).partition(" ")
    return ErrorEntry(id=article.id, source=article.source, code=code, reason=reason)
