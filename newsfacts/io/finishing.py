"""The one `__exit__` of the io package's context managers (outputs, the store)."""

from __future__ import annotations

from types import TracebackType


class FinishesOnExit:
    """A context manager that calls `finish(ok)` when its `with` block ends: `ok` is False
    when the block raised, so an output can keep or throw away what it wrote."""

    def finish(self, ok: bool) -> None:
        raise NotImplementedError

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.finish(exc_type is None)
