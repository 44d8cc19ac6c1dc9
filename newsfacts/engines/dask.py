"""Run newsfacts on a Dask cluster: a LocalCluster on this machine or an existing scheduler.

Each worker loads the model once (a worker plugin warms a per-process cache), articles go
out in partitions, and records come back in input order. A partition whose task fails as a
whole (a worker died, say) comes back as one error entry per article: nothing is lost.
Dask is an optional extra: `pip install newsfacts[dask]`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from functools import partial
from typing import TYPE_CHECKING, Any

from newsfacts.engines.partitions import extract_partition, ordered_results, worker_extractor
from newsfacts.engines.protocol import Item, Result
from newsfacts.models import Article

if TYPE_CHECKING:
    import dask.bag
    from distributed import Client


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
        task = partial(extract_partition, model=model, keep_text=keep_text)
        submit = partial(connected.submit, task, pure=False)
        yield from ordered_results(items, submit, partition_size, window)


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
