"""Rule data read at load time: lexicons, patterns and verb lists (see each file's `_about`)."""

from __future__ import annotations

import json
from functools import cache
from importlib.resources import files
from typing import Any


@cache
def load_resource(name: str) -> Any:
    """The parsed JSON resource `name` shipped in this package, read once per process."""
    return json.loads(files(__name__).joinpath(name).read_text(encoding="utf-8"))
