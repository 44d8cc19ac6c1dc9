"""What an engine needs of an extractor: a way to extract a batch in this process, and
a model name to load the same pipeline in another process. Engines depend on this protocol,
never on `Extractor` itself, so `newsfacts.pipeline` and `newsfacts.engines` do not import
each other."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Protocol

from newsfacts.models import Item, Result


class BatchExtractor(Protocol):
    """Turns articles into records in this process (`newsfacts.Extractor` is one)."""

    @property
    def model_name(self) -> str | None:
        """The installed pipeline other processes load (None: the default model)."""
        ...

    @property
    def portable(self) -> bool:
        """False when the extractor wraps a pipeline object that cannot be loaded by name."""
        ...

    def pipe(
        self, items: Iterable[Item], *, batch_size: int = 32, keep_text: bool = True
    ) -> Iterator[Result]: ...


class Engine(Protocol):
    """Runs an extraction somewhere and gives the results back in input order."""

    def pipe(self, items: Iterable[Item], *, keep_text: bool = True) -> Iterator[Result]: ...
