"""Printing a view in a terminal: through a pager when it is taller than the screen."""

from __future__ import annotations

import os

from rich.console import Console, RenderableType

LESS_KEEPS_COLOURS = "-R"


def needs_pager(console: Console, renderable: RenderableType) -> bool:
    """Whether `renderable` is taller than the screen of `console`, which is a terminal;
    never for a pipe or a file (a script reading the output gets it all at once)."""
    if not console.is_terminal:
        return False
    lines = console.render_lines(renderable, console.options, pad=False)
    return len(lines) > console.height


def print_paged(renderable: RenderableType, console: Console | None = None) -> None:
    """Print `renderable`, through the system pager (`$PAGER`, else less) when it is taller
    than the terminal; less is told to keep the colours unless `$LESS` says otherwise."""
    console = console or Console()
    if not needs_pager(console, renderable):
        console.print(renderable)
        return
    os.environ.setdefault("LESS", LESS_KEEPS_COLOURS)
    with console.pager(styles=True):
        console.print(renderable)
