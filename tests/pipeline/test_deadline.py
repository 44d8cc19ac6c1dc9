"""The time budget's timer: one handler for many deadlines, and the previous one put back."""

from __future__ import annotations

import signal
import time

import pytest

from newsfacts.pipeline.deadline import ArticleTimeout, alarm_handler, deadline


def busy(seconds: float) -> None:
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        pass


def test_deadline_inside_one_handler_each_deadline_still_interrupts_its_own_body() -> None:
    before = signal.getsignal(signal.SIGALRM)
    with alarm_handler():
        for _ in range(2):
            with pytest.raises(ArticleTimeout), deadline(0.05):
                busy(2.0)
        with deadline(1.0):  # a body within its budget is left alone
            busy(0.01)
    assert signal.getsignal(signal.SIGALRM) is before


def test_deadline_alone_installs_the_handler_and_puts_the_previous_one_back() -> None:
    before = signal.getsignal(signal.SIGALRM)
    with pytest.raises(ArticleTimeout), deadline(0.05):
        assert signal.getsignal(signal.SIGALRM) is not before
        busy(2.0)
    assert signal.getsignal(signal.SIGALRM) is before
