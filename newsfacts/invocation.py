"""The command line a user typed, rebuilt from the command's context: for a hint that
repeats it with a change (the `--resume` to type after Ctrl-C), exactly as a shell would
take it.

Typer carries its own copy of click, so parameters are told apart by what they say of
themselves (`param_type_name`, `is_flag`), not by click's classes.
"""

from __future__ import annotations

import shlex
from enum import Enum
from typing import Any

import typer

PROGRAM = "newsfacts"
GIVEN_ON_COMMAND_LINE = "COMMANDLINE"


def repeated_command(
    ctx: typer.Context, *, drop: tuple[str, ...] = (), add: tuple[str, ...] = ()
) -> str:
    """The command `ctx` runs, with the options given on its command line (the parameters
    named in `drop` left out), then the words `add` not already there."""
    words = [PROGRAM, ctx.info_name or ""]
    for param in ctx.command.params:
        name = param.name or ""
        source = ctx.get_parameter_source(name)
        if name in drop or source is None or source.name != GIVEN_ON_COMMAND_LINE:
            continue
        words.extend(_words_of(param, ctx.params[name]))
    words.extend(word for word in add if word not in words)
    return shlex.join(words)


def _words_of(param: Any, value: Any) -> list[str]:
    values = value if isinstance(value, list | tuple) else [value]
    texts = [str(v.value if isinstance(v, Enum) else v) for v in values]
    if param.param_type_name == "argument":
        return texts
    option = param.opts[0]
    if getattr(param, "is_flag", False):
        return [option] if value else []
    return [word for text in texts for word in (option, text)]
