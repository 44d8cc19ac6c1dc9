"""The command line a user typed, rebuilt from click's context: for a hint that repeats it
with a change (the `--resume` to type after Ctrl-C), exactly as the shell would take it."""

from __future__ import annotations

import shlex
from enum import Enum
from typing import Any

import click
from click.core import ParameterSource

PROGRAM = "newsfacts"


def repeated_command(
    ctx: click.Context, *, drop: tuple[str, ...] = (), add: tuple[str, ...] = ()
) -> str:
    """The command `ctx` runs, with the options given on its command line (the parameters
    named in `drop` left out), then the words `add` not already there."""
    words = [PROGRAM, ctx.info_name or ""]
    for param in ctx.command.params:
        name = param.name or ""
        if name in drop or ctx.get_parameter_source(name) is not ParameterSource.COMMANDLINE:
            continue
        words.extend(_words_of(param, ctx.params[name]))
    words.extend(word for word in add if word not in words)
    return shlex.join(words)


def _words_of(param: click.Parameter, value: Any) -> list[str]:
    values = value if isinstance(value, list | tuple) else [value]
    texts = [str(v.value if isinstance(v, Enum) else v) for v in values]
    if isinstance(param, click.Argument):
        return texts
    option = param.opts[0]
    if isinstance(param, click.Option) and param.is_flag:
        return [option] if value else []
    return [word for text in texts for word in (option, text)]
