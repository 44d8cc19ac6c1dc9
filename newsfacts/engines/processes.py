"""Run newsfacts in several processes on this machine (`--workers N`).

Each process runs the whole extraction (tokenising, the model, the stages, building and
serialising the record) on a partition of articles, so the parent only reads files and
writes lines; spaCy's own `n_process` keeps tokenising and record building in the parent,
which then competes with the workers for the same cores. Where the platform forks, the
workers inherit the parent's loaded pipeline; elsewhere each loads the model once by name.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from functools import partial
from typing import Any

from newsfacts.engines.heap import frozen_heap
from newsfacts.engines.partitions import Payload, extract_partition, extract_with, ordered_results
from newsfacts.engines.protocol import BatchExtractor, Item, Result

# The extractor a forked worker inherits from its parent: set just before the pool starts.
_inherited: BatchExtractor | None = None


def pipe_processes(
    extractor: BatchExtractor,
    items: Iterable[Item],
    *,
    workers: int,
    partition_size: int,
    keep_text: bool,
) -> Iterator[Result]:
    """Records (or error entries) for `items`, in input order, from `workers` processes."""
    global _inherited
    forking = "fork" in multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if forking else "spawn")
    if forking:
        _inherited = extractor
        task = partial(_extract_inherited, keep_text=keep_text)
    elif extractor.portable:
        task = partial(extract_partition, model=extractor.model_name, keep_text=keep_text)
    else:
        raise ValueError("without fork, worker processes need a model name, not a pipeline")
    # The loaded pipeline moves out of the collector's reach before the workers fork: a
    # collection in a forked worker would otherwise write to every one of its objects and
    # copy each page the workers share (the practice `gc.freeze` is documented for).
    with frozen_heap(), ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        yield from ordered_results(
            items, partial(pool.submit, task), partition_size, window=2 * workers
        )


def _extract_inherited(articles: list[dict[str, Any]], keep_text: bool) -> Payload:
    if _inherited is None:
        raise RuntimeError("worker started without the parent's extractor")
    return extract_with(_inherited, articles, keep_text)
