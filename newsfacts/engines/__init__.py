"""Where an extraction runs: this process, N processes on this machine, or a Dask cluster.

    engine = newsfacts.engines.choose_engine("processes", extractor, workers=4)
    for result in engine.pipe(articles): ...

Every engine gives one result per input item, in input order.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any, Literal

from newsfacts.engines.heap import frozen_heap
from newsfacts.engines.protocol import BatchExtractor, Engine, Item, Result

EngineName = Literal["local", "processes", "dask"]

# Articles per partition for worker processes on this machine. At the end of a run the
# other workers wait for the last partition: small ones keep that wait short, and the
# model parses batches of 8 as fast as batches of 32 (each worker also holds fewer Docs).
PROCESS_PARTITION_SIZE = 8


@dataclass(frozen=True)
class LocalEngine:
    """This process: spaCy's `nlp.pipe` in batches of `batch_size`."""

    extractor: BatchExtractor
    batch_size: int = 32

    def pipe(self, items: Iterable[Item], *, keep_text: bool = True) -> Iterator[Result]:
        # the loaded pipeline is set aside from the collector while the run lasts
        with frozen_heap():
            yield from self.extractor.pipe(items, batch_size=self.batch_size, keep_text=keep_text)


@dataclass(frozen=True)
class ProcessEngine:
    """`workers` processes on this machine, each extracting whole partitions."""

    extractor: BatchExtractor
    workers: int = 2
    partition_size: int = 32

    def pipe(self, items: Iterable[Item], *, keep_text: bool = True) -> Iterator[Result]:
        from newsfacts.engines.processes import pipe_processes

        return pipe_processes(
            self.extractor,
            items,
            workers=self.workers,
            partition_size=self.partition_size,
            keep_text=keep_text,
        )


@dataclass(frozen=True)
class DaskEngine:
    """A Dask cluster: `client`, else the scheduler at `scheduler`, else a LocalCluster of
    `workers` processes. Each worker loads the model `model` (None: the default) once."""

    model: str | None = None
    client: Any = None
    scheduler: str | None = None
    workers: int | None = None
    partition_size: int = 32

    def pipe(self, items: Iterable[Item], *, keep_text: bool = True) -> Iterator[Result]:
        from newsfacts.engines.dask import pipe_dask

        return pipe_dask(
            items,
            model=self.model,
            client=self.client,
            scheduler=self.scheduler,
            partition_size=self.partition_size,
            keep_text=keep_text,
            workers=self.workers,
        )


def choose_engine(
    name: EngineName,
    extractor: BatchExtractor,
    *,
    workers: int = 1,
    batch_size: int = 32,
    client: Any = None,
    scheduler: str | None = None,
) -> Engine:
    """The engine the command line's `--engine`/`--workers` name: `local` with more than
    one worker means processes on this machine."""
    if name == "dask":
        if not extractor.portable:
            raise ValueError("the dask engine needs a model name, not a loaded pipeline")
        return DaskEngine(
            extractor.model_name,
            client=client,
            scheduler=scheduler,
            workers=workers if workers > 1 else None,
            partition_size=batch_size,
        )
    if name == "processes" or workers > 1:
        partition = min(batch_size, PROCESS_PARTITION_SIZE)
        return ProcessEngine(extractor, workers=max(workers, 2), partition_size=partition)
    return LocalEngine(extractor, batch_size=batch_size)


__all__ = ["DaskEngine", "Engine", "EngineName", "LocalEngine", "ProcessEngine", "choose_engine"]
