"""Keep the garbage collector off the objects that live through a whole run.

A loaded pipeline is hundreds of thousands of Python objects (vocabulary tables, the model's
layers, the rule data), and every full collection during a run walks all of them again,
though none of them can become garbage while the run lasts. `gc.freeze` is the documented
way to set such objects aside: objects made during the run are collected as before.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def frozen_heap() -> Iterator[None]:
    """Set aside every object alive now (the loaded pipeline among them) from the collector
    while the block runs; they are the collector's again when it ends."""
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()
