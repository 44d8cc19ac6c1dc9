"""Printing `show`'s view: through the pager on a terminal shorter than the view, straight
out when it fits or when the output is not a terminal."""

from __future__ import annotations

import io

import pytest
from rich.console import Console
from rich.pager import SystemPager

from newsfacts.io.tables import record_view
from newsfacts.models import ArticleRecord
from newsfacts.render.terminal import needs_pager, print_paged


def console(*, terminal: bool, height: int) -> Console:
    return Console(file=io.StringIO(), force_terminal=terminal, width=100, height=height)


@pytest.fixture
def pager(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What the system pager was given (it is never started)."""
    shown: list[str] = []
    monkeypatch.setattr(SystemPager, "show", lambda self, content: shown.append(content))
    return shown


def test_terminal_pages_a_view_taller_than_the_screen(
    whyy_record: ArticleRecord, pager: list[str]
) -> None:
    screen = console(terminal=True, height=10)
    assert needs_pager(screen, record_view(whyy_record))
    print_paged(record_view(whyy_record), screen)
    (content,) = pager
    assert "id whyy-pars" in content
    assert screen.file.getvalue() == ""  # type: ignore[attr-defined]


def test_terminal_prints_a_view_that_fits(whyy_record: ArticleRecord, pager: list[str]) -> None:
    screen = console(terminal=True, height=10_000)
    print_paged(record_view(whyy_record), screen)
    assert pager == []
    assert "id whyy-pars" in screen.file.getvalue()  # type: ignore[attr-defined]


def test_terminal_never_pages_into_a_pipe(whyy_record: ArticleRecord, pager: list[str]) -> None:
    piped = console(terminal=False, height=10)
    assert not needs_pager(piped, record_view(whyy_record))
    print_paged(record_view(whyy_record), piped)
    assert pager == []
    assert "id whyy-pars" in piped.file.getvalue()  # type: ignore[attr-defined]
