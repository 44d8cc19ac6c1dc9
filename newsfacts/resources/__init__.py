"""Rule data read at load time: lexicons, patterns and verb lists (see each file's `_about`).

Every file is read through one typed loader (`newsfacts.resources.lexicon.Lexicon`):
`load_resource` gives the raw JSON of a shipped file or of a user's own file by path.
"""

from __future__ import annotations

import json
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import Any


@cache
def load_resource(name: str) -> Any:
    """The parsed JSON of the resource `name`: a file shipped in this package ("actors.json")
    or, when `name` is a path to an existing file, that file. Read once per process."""
    path = Path(name)
    if path.is_absolute() or (path.parent != Path(".") and path.is_file()):
        return json.loads(path.read_text(encoding="utf-8"))
    return json.loads(files(__name__).joinpath(name).read_text(encoding="utf-8"))
