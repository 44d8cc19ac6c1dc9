"""A time budget for one article's stages, so no article stalls a batch.

The budget is enforced with a real-time interval timer (`signal.setitimer`): when it
expires, `ArticleTimeout` is raised inside whatever stage is running, in pure Python code
as in a loop that never checks a clock. That needs the main thread of a Unix process,
which is where `newsfacts extract` runs its stages, in one process and in each `--workers`
process alike. Elsewhere (a Dask worker's task thread, Windows) the budget is not
enforced, and a debug message says so. A cooperative check between stages was rejected:
it cannot stop the one stage that is stuck, which is the case that matters.
"""

from __future__ import annotations

import logging
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

logger = logging.getLogger("newsfacts")

PER_CHARACTERS = 100_000
ARTICLE_TIMEOUT = 60.0  # seconds of stage time per 100,000 characters; ordinary news needs < 1


class ArticleTimeout(BaseException):
    """An article's stages ran past its budget. A BaseException, like KeyboardInterrupt,
    so that a stage's own error handling cannot mistake it for a failure of that stage."""


def budget_for(length: int, seconds_per_100k: float) -> float:
    """The budget of an article of `length` characters: `seconds_per_100k` for every
    100,000 characters, never less than for 100,000 (0 disables the budget)."""
    return seconds_per_100k * max(1.0, length / PER_CHARACTERS)


def can_enforce() -> bool:
    """Whether a timer can interrupt this thread."""
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


@contextmanager
def deadline(seconds: float) -> Iterator[None]:
    """Raise `ArticleTimeout` in the body once `seconds` have passed (0: no limit). Inside
    `alarm_handler`, only the timer is set: the handler is already in place."""
    if seconds <= 0 or not can_enforce():
        if seconds > 0:
            logger.debug("article time budget not enforced outside a process's main thread")
        yield
        return
    with alarm_handler():
        signal.setitimer(signal.ITIMER_REAL, seconds)
        try:
            yield
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)


_handler_installed = False


@contextmanager
def alarm_handler() -> Iterator[None]:
    """Keep the handler that turns the timer's signal into `ArticleTimeout` installed while
    the body runs, for all the deadlines in it: a group of articles sets one for each of
    its stages, and installing a handler costs several times what setting the timer does.
    The handler that was there before is put back at the end."""
    global _handler_installed
    if _handler_installed or not can_enforce():
        yield
        return
    previous = signal.signal(signal.SIGALRM, _expire)
    _handler_installed = True
    try:
        yield
    finally:
        _handler_installed = False
        signal.signal(signal.SIGALRM, previous)


def _expire(signum: int, frame: FrameType | None) -> None:
    raise ArticleTimeout
